package org.newsgraph.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** What the command line knows about the terminal it prints to. */
final class Terminal {

    private Terminal() {
    }

    /**
     * The terminal's width in columns: {@code $COLUMNS} when set, else what {@code stty} says when
     * standard output is a terminal, else 0 (output to a file or a pipe is not cut).
     */
    static int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.strip().matches("\\d{1,5}")) {
            return Integer.parseInt(columns.strip());
        }
        if (System.console() == null || !new File("/dev/tty").canRead()) {
            return 0;
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            if (stty.waitFor(2, TimeUnit.SECONDS) && size.matches("\\d+ \\d+")) {
                return Integer.parseInt(size.split(" ")[1]);
            }
        } catch (IOException e) {
            // no stty on this system: the table keeps its natural width
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
