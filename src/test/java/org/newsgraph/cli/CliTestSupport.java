package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures what it prints. */
final class CliTestSupport {

    /** The seed article's headline, which the per-article queries take. */
    static final String SEED_HEADLINE = "Albanian police enter MKO terrorist camp near Tirana again, seize documents";

    /** Exit code and output of one run. */
    record Run(int exit, String out, String err) {
    }

    private CliTestSupport() {
    }

    /** Ingests seeds/ into a new store under {@code dir}; returns the store path. */
    static String seedStore(java.nio.file.Path dir) {
        String store = dir.resolve("db").toString();
        Run run = run("--store", store, "ingest", "seeds/");
        if (run.exit() != 0 || !run.out().contains("1 added")) {
            throw new AssertionError("seed ingest failed: " + run);
        }
        return store;
    }

    /**
     * Writes {@code n} distinct articles into a new folder {@code dir/name}: the seed with "seize
     * documents" replaced by {@code change} and a part number; returns the folder.
     */
    static java.nio.file.Path seedVariants(java.nio.file.Path dir, String name, String change, int n) throws java.io.IOException {
        java.nio.file.Path corpus = java.nio.file.Files.createDirectories(dir.resolve(name));
        String seed = java.nio.file.Files.readString(org.newsgraph.Fixtures.seed());
        for (int i = 0; i < n; i++) {
            java.nio.file.Files.writeString(corpus.resolve(String.format("a%02d.txt", i)),
                    seed.replace("seize documents", change + ", part " + i));
        }
        return corpus;
    }

    /** Reads the child's output until {@code n} articles were reported added, then kills it (SIGKILL); returns how many were. */
    static int killAfterAdded(Process p, int n) throws java.io.IOException, InterruptedException {
        int added = 0;
        try (java.io.BufferedReader out = new java.io.BufferedReader(
                new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; added < n && (line = out.readLine()) != null; ) {
                if (line.contains(": added ")) {
                    added++;
                }
            }
            p.destroyForcibly();
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new AssertionError("the child did not die");
            }
        }
        return added;
    }

    /** The command line in a child JVM (for kills and faults the test's own JVM must not suffer). */
    static ProcessBuilder child(String... args) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command);
    }

    /** A dataset's quads as text, with the extraction time (which differs between runs) made one value. */
    static java.util.Set<String> quads(org.apache.jena.sparql.core.DatasetGraph dsg) {
        org.apache.jena.graph.Node anyTime = org.apache.jena.graph.NodeFactory.createLiteralString("time");
        java.util.Set<String> out = new java.util.TreeSet<>();
        dsg.find().forEachRemaining(q -> out.add((q.getPredicate().equals(org.newsgraph.rdf.Prov.startedAtTime)
                ? org.apache.jena.sparql.core.Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), anyTime) : q)
                .toString()));
        return out;
    }

    /** The quads of the store in {@code dir}, as {@link #quads(org.apache.jena.sparql.core.DatasetGraph)}. */
    static java.util.Set<String> storeQuads(String dir) {
        try (org.newsgraph.store.TdbStore s = org.newsgraph.store.TdbStore.open(java.nio.file.Path.of(dir))) {
            return s.read(ds -> quads(ds.asDatasetGraph()));
        }
    }

    /** Rows of a query run on {@code store} as maps from column to value (TSV, quotes and datatypes stripped). */
    static java.util.List<java.util.Map<String, String>> rows(String store, String... args) {
        String[] full = new String[args.length + 4];
        full[0] = "--store";
        full[1] = store;
        System.arraycopy(args, 0, full, 2, args.length);
        full[args.length + 2] = "--format";
        full[args.length + 3] = "tsv";
        Run run = run(full);
        org.junit.jupiter.api.Assertions.assertEquals(0, run.exit(), run.err());
        java.util.List<String> lines = run.out().lines().toList();
        String[] header = lines.get(0).split("\t", -1);
        return lines.stream().skip(1).map(l -> {
            String[] cells = l.split("\t", -1);
            java.util.Map<String, String> row = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i].substring(1), i < cells.length ? cells[i].replaceAll("\\^\\^<[^>]*>$", "")
                        .replaceAll("^\"|\"$", "").replaceAll("^<|>$", "") : "");
            }
            return row;
        }).toList();
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.commandLine(out, err).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
