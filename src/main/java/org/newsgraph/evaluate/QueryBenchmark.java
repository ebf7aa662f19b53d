package org.newsgraph.evaluate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.newsgraph.pipeline.IngestListener;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.query.BundledQuery;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Schema;
import org.newsgraph.source.ArticleReader;
import org.newsgraph.source.Input;
import org.newsgraph.store.ArticleGraphs;
import org.newsgraph.store.Timeline;
import org.newsgraph.store.Totals;
import org.newsgraph.store.TdbStore;

/**
 * Times the bundled queries on stores of a given number of articles. The stores are built once in
 * a work directory: GUM texts are ingested into a base store, whose articles are then copied
 * under new IRIs, content hashes and distinct headlines (a copy is a different article with the
 * same text) and bulk loaded, so that a 20,000-article store takes minutes, not hours.
 */
public final class QueryBenchmark {

    /** The heap the {@code newsgraph} script gives a command. */
    private static final String COMMAND_HEAP = "-Xmx2g";
    /** The environment variable by which the {@code newsgraph} script names itself. */
    private static final String LAUNCHER = "NEWSGRAPH_LAUNCHER";

    /**
     * One query's times in milliseconds: wall-clock of the command ({@code newsgraph query} in a
     * JVM of its own, its start included), wall-clock and CPU time of the same query run in this
     * JVM (CPU time of the thread that runs it, which a machine busy with other work does not
     * inflate), with the number of rows it returned; {@code timedOut} when it was stopped (its
     * times are then the timeout).
     */
    public record Timing(String query, int rows, List<Double> commandMillis, List<Double> millis, List<Double> cpuMillis,
                         boolean timedOut) {
        public double commandMedian() {
            return median(commandMillis);
        }

        public double median() {
            return median(millis);
        }

        public double cpuMedian() {
            return median(cpuMillis);
        }

        private static double median(List<Double> values) {
            List<Double> sorted = values.stream().sorted().toList();
            int n = sorted.size();
            return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        }
    }

    private final Path work;
    private final Consumer<String> progress;

    public QueryBenchmark(Path work, Consumer<String> progress) {
        this.work = work;
        this.progress = progress;
    }

    /** The store of {@code articles} articles, built (from {@code texts}) when it is not there yet. */
    public Path store(int articles, List<GoldDocument> texts) {
        Path base = work.resolve("base");
        if (!Files.isDirectory(base)) {
            buildBase(base, texts);
        }
        Path store = work.resolve("store-" + articles);
        if (!Files.isDirectory(store)) {
            copy(base, store, articles);
        }
        return store;
    }

    private void buildBase(Path base, List<GoldDocument> texts) {
        Path dir = work.resolve("texts");
        List<Input> inputs = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (GoldDocument d : texts) {
                Path f = dir.resolve(d.id() + ".txt");
                // the first line is the headline: one per document
                Files.writeString(f, d.id().replace('_', ' ') + "\n\n" + d.text(), StandardCharsets.UTF_8);
                inputs.add(Input.of(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot write texts: " + e.getMessage(), e);
        }
        progress.accept("ingesting " + inputs.size() + " texts into " + base);
        Path partial = work.resolve("base.partial");
        try (TdbStore store = TdbStore.open(partial)) {
            Pipeline.standard(new ArticleReader()).ingest(inputs, store, 1, IngestListener.NONE);
        }
        move(partial, base);
    }

    /** Copies the base store's articles until there are {@code articles}, bulk loaded into {@code target}. */
    private void copy(Path base, Path target, int articles) {
        Map<Node, List<Quad>> byArticle = new LinkedHashMap<>();
        try (TdbStore store = TdbStore.open(base)) {
            store.read(ds -> {
                ArticleGraphs.articles(ds.asDatasetGraph()).forEach(a -> byArticle.put(a, new ArrayList<>()));
                ds.asDatasetGraph().find().forEachRemaining(q -> {
                    List<Quad> of = ArticleGraphs.articleOf(q.getGraph()).map(byArticle::get).orElse(null);
                    if (of != null) {
                        of.add(q);
                    }
                });
                return null;
            });
        }
        if (byArticle.isEmpty()) {
            throw new IllegalStateException(base + ": the base store holds no articles");
        }
        progress.accept("copying " + byArticle.size() + " articles into " + articles + " in " + target);
        Path partial = work.resolve(target.getFileName() + ".partial");
        try (TdbStore store = TdbStore.open(partial)) {
            DataLoader loader = LoaderFactory.phasedLoader(store.dataset().asDatasetGraph(), (format, args) -> { });
            loader.startBulk();
            int n = 0;
            for (int copy = 0; n < articles; copy++) {
                for (Map.Entry<Node, List<Quad>> a : byArticle.entrySet()) {
                    if (n++ >= articles) {
                        break;
                    }
                    String from = a.getKey().getURI();
                    String to = copy == 0 ? from : NG.ARTICLE_BASE + Integer.toHexString(copy) + "x" + from.substring(NG.ARTICLE_BASE.length());
                    for (Quad q : a.getValue()) {
                        loader.stream().quad(rewrite(q, from, to, copy));
                    }
                }
            }
            loader.finishBulk();
            // the loader bypasses the store's writer, which keeps the totals and the timeline
            Txn.executeWrite(store.dataset(), () -> {
                Totals.rebuild(store.dataset().asDatasetGraph());
                Timeline.rebuild(store.dataset().asDatasetGraph());
            });
        }
        move(partial, target);
    }

    private static Quad rewrite(Quad q, String from, String to, int copy) {
        Node o = q.getObject();
        if (copy > 0 && o.isLiteral()) {
            if (q.getPredicate().equals(Schema.headline)) {
                o = NodeFactory.createLiteralString(o.getLiteralLexicalForm() + " [copy " + copy + "]");
            } else if (q.getPredicate().equals(NG.contentHash) || q.getPredicate().equals(NG.sourceName)) {
                o = NodeFactory.createLiteralString(o.getLiteralLexicalForm() + "#" + copy);
            }
        }
        return Quad.create(iri(q.getGraph(), from, to), iri(q.getSubject(), from, to), q.getPredicate(), iri(o, from, to));
    }

    private static Node iri(Node n, String from, String to) {
        return n.isURI() && n.getURI().startsWith(from) ? NodeFactory.createURI(to + n.getURI().substring(from.length())) : n;
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(from + ": cannot rename to " + to + ": " + e.getMessage(), e);
        }
    }

    /**
     * Times each query {@code runs} times as a command (a new JVM running
     * {@code newsgraph --store STORE query ARGUMENT --format tsv}, where {@code argument} gives
     * the query's name or file) and {@code runs} times in this JVM, opening the store, printing all
     * results as TSV into nothing and closing it again, as one command-line call would. Every
     * command runs before any query runs here, each once this JVM's compiler is idle: on two cores
     * a command that shares the machine with this JVM compiling the code it has just run takes a
     * fifth to a third longer than one started at a terminal.
     */
    public List<Timing> time(Path store, List<BundledQuery> queries, Function<BundledQuery, String> argument,
                             Map<String, String> params, int runs, long timeoutMillis) {
        Map<BundledQuery, Map<String, String>> given = new LinkedHashMap<>();
        for (BundledQuery q : queries) {
            Map<String, String> values = new LinkedHashMap<>();
            q.parameters().forEach(p -> {
                if (params.containsKey(p.name())) {
                    values.put(p.name(), params.get(p.name()));
                }
            });
            if (values.size() == q.parameters().size()) {
                given.put(q, values);
            } else {
                progress.accept(q.name() + ": skipped (no value for its parameters)");
            }
        }
        Map<BundledQuery, List<Double>> commandMillis = new LinkedHashMap<>();
        Set<BundledQuery> stopped = new HashSet<>();
        given.forEach((q, values) -> {
            List<Double> times = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                awaitIdleCompiler();
                long start = System.nanoTime();
                boolean finished = command(store, argument.apply(q), values, timeoutMillis);
                times.add(finished ? (System.nanoTime() - start) / 1e6 : timeoutMillis);
                if (!finished) {
                    stopped.add(q);
                    break;
                }
            }
            commandMillis.put(q, times);
        });
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Timing> out = new ArrayList<>();
        given.forEach((q, values) -> {
            List<Double> millis = new ArrayList<>();
            List<Double> cpuMillis = new ArrayList<>();
            CountingStream sink = new CountingStream();
            boolean timedOut = stopped.contains(q);
            if (timedOut) {
                millis.add((double) timeoutMillis);
                cpuMillis.add((double) timeoutMillis);
            }
            for (int r = 0; r < runs && !timedOut; r++) {
                long start = System.nanoTime();
                long cpuStart = cpu.getCurrentThreadCpuTime();
                try (TdbStore s = TdbStore.open(store)) {
                    new QueryRunner(s).timeout(timeoutMillis).run(q, values, ResultFormat.TSV, sink);
                } catch (org.apache.jena.query.QueryCancelledException e) {
                    timedOut = true;
                }
                millis.add((System.nanoTime() - start) / 1e6);
                cpuMillis.add((cpu.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            }
            Timing t = new Timing(q.name(), timedOut ? -1 : (int) (sink.lines / millis.size()) - 1,
                    commandMillis.get(q), millis, cpuMillis, timedOut);
            progress.accept(String.format(Locale.ROOT, "%-18s %8.0f ms command  %8.0f ms  %8.0f ms CPU  (%s)", q.name(),
                    t.commandMedian(), t.median(), t.cpuMedian(),
                    timedOut ? "stopped after " + timeoutMillis / 1000 + " s" : t.rows() + " rows"));
            out.add(t);
        });
        return out;
    }

    /**
     * Waits until this JVM's JIT compiler has added no compile time for 100 ms (at most 3 s), so
     * that a command timed next does not share the cores with it.
     */
    private static void awaitIdleCompiler() {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        long seen = jit.getTotalCompilationTime();
        try {
            while (System.nanoTime() < deadline) {
                Thread.sleep(100);
                long now = jit.getTotalCompilationTime();
                if (now == seen) {
                    return;
                }
                seen = now;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Runs the query as a command, its results thrown away: through the {@code newsgraph} script
     * when this JVM was started by it (a user's command, with the script's start-up options),
     * else in a JVM of its own with this one's class path and the heap the script gives; false
     * when it was stopped after {@code timeoutMillis}.
     */
    private static boolean command(Path store, String query, Map<String, String> params, long timeoutMillis) {
        String launcher = System.getenv(LAUNCHER);
        List<String> cmd = new ArrayList<>(launcher != null && Files.isExecutable(Path.of(launcher)) ? List.of(launcher)
                : List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), COMMAND_HEAP, "-Dfile.encoding=UTF-8",
                        "-cp", System.getProperty("java.class.path"), "org.newsgraph.cli.Main"));
        cmd.addAll(List.of("--store", store.toString(), "query", query, "--format", "tsv"));
        params.forEach((k, v) -> cmd.addAll(List.of("--param", k + "=" + v)));
        try {
            // stderr into a file, not a pipe: a pipe read would block past the timeout
            Path err = Files.createTempFile("newsgraph-bench", ".err");
            err.toFile().deleteOnExit();
            Process p = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile()).start();
            if (!p.waitFor(timeoutMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
                return false;
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException(query + ": the command exited with " + p.exitValue() + ": "
                        + Files.readString(err, StandardCharsets.UTF_8).strip());
            }
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(query + ": cannot run the command: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(query + ": interrupted", e);
        }
    }

    /** Prints the timings as a table. */
    public static void print(List<Timing> timings, PrintWriter out) {
        out.printf("%-18s %12s %12s %10s %8s  %s%n", "query", "command ms", "in-JVM ms", "CPU ms", "rows", "command runs (ms)");
        for (Timing t : timings) {
            StringBuilder runs = new StringBuilder();
            t.commandMillis().forEach(m -> runs.append(runs.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", m)));
            String over = t.timedOut() ? ">" : "";
            out.printf(Locale.ROOT, "%-18s %12s %12s %10.0f %8s  %s%n", t.query(), over + String.format(Locale.ROOT, "%.0f", t.commandMedian()),
                    over + String.format(Locale.ROOT, "%.0f", t.median()), t.cpuMedian(), t.timedOut() ? "-" : Integer.toString(t.rows()), runs);
        }
        out.flush();
    }

    /** Throws the bytes away, counting lines. */
    private static final class CountingStream extends OutputStream {
        long lines;

        @Override
        public void write(int b) {
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                write(b[i]);
            }
        }
    }
}
