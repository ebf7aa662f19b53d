package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in-process and captures what it prints. */
final class CliTestSupport {

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

    /** The command line in a child JVM (for kills and faults the test's own JVM must not suffer). */
    static ProcessBuilder child(String... args) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command);
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.commandLine(out, err).execute(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
