package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.Fixtures;
import org.newsgraph.cli.Main;

/** A store holding the seed article, built once per JVM through the command line, and exports of it. */
final class SeedExports {

    /** Exit code and output of one command. */
    record Run(int exit, String out, String err) {
    }

    private static Path store;

    private SeedExports() {
    }

    static synchronized Path store() throws IOException {
        if (store == null) {
            Path dir = Files.createTempDirectory("newsgraph-viz");
            Run r = run(dir.resolve("store"), "ingest", Fixtures.seed().toString(), "-q");
            assertEquals(0, r.exit(), r.err());
            store = dir.resolve("store");
        }
        return store;
    }

    static Run run(Path storeDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--store", storeDir.toString()));
        all.addAll(List.of(args));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.commandLine(out, err).execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** {@code export --format FORMAT ARGS…} of the seed store to standard output; fails on a non-zero exit. */
    static String export(String format, String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("export", "--format", format));
        all.addAll(List.of(args));
        Run r = run(store(), all.toArray(String[]::new));
        assertEquals(0, r.exit(), r.err());
        return r.out();
    }
}
