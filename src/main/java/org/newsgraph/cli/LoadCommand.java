package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Loads the N-Quads of articles extracted elsewhere (the Spark job's output, ingest --bulk --nquads), "
                + "replacing older versions of those articles as ingest does: into a local store with TDB2's bulk loader, "
                + "into a remote one article by article.")
final class LoadCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "N-Quads files (.nq, gzipped or not) or directories of them (Spark's part-NNNNN.gz files; "
                    + "hidden files and _SUCCESS markers are left out)")
    List<Path> paths;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<Path> files = files();
        try (GraphStore store = main.openGraphStore()) {
            long t = System.nanoTime();
            long quads = store.loadNQuads(files);
            out.printf(Locale.ROOT, "loaded %d quads from %d file%s in %.2f s%nstore %s: %d quads%n", quads, files.size(),
                    files.size() == 1 ? "" : "s", (System.nanoTime() - t) / 1e9, store.location(), store.quadCount());
        }
        return ExitCodes.OK;
    }

    private List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> entries = Files.list(p)) {
                List<Path> found = entries.filter(f -> Files.isRegularFile(f) && isNQuads(f.getFileName().toString()))
                        .sorted().toList();
                if (found.isEmpty()) {
                    throw new IllegalArgumentException(p + ": no N-Quads files (.nq, .nq.gz, part-NNNNN.gz) in this directory");
                }
                files.addAll(found);
            } catch (IOException e) {
                throw new StoreException(p + ": cannot read directory: " + e.getMessage(), e);
            }
        }
        return files;
    }

    private static boolean isNQuads(String name) {
        return !name.startsWith(".") && !name.startsWith("_")
                && (name.endsWith(".nq") || name.endsWith(".gz") || name.startsWith("part-"));
    }
}
