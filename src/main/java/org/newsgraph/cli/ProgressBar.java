package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress bar with rate and ETA, redrawn in place on standard error at most five
 * times a second; only when standard error is a terminal, so logs and pipes stay clean.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final long start = System.nanoTime();
    private long drawn;
    private int done;
    private boolean visible;

    ProgressBar(PrintWriter err, int total) {
        this.err = err;
        this.total = total;
    }

    /** Whether standard error is a terminal: Java only says so for stdin and stdout together. */
    static boolean stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (java.io.IOException | UnsupportedOperationException e) {
            // not Linux: fall back on the console, which is there when stdin and stdout are terminals
            return System.console() != null;
        }
    }

    /** One more input finished. */
    void advance() {
        done++;
        long now = System.nanoTime();
        if (now - drawn > 200_000_000L || done == total) {
            drawn = now;
            draw(now);
        }
    }

    /** Removes the bar so that another line can be printed; the next advance draws it again. */
    void clear() {
        if (visible) {
            err.print("\r\033[K");
            err.flush();
            visible = false;
        }
    }

    private void draw(long now) {
        double seconds = (now - start) / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        String eta = done == 0 ? "--:--" : clock((long) ((total - done) / rate));
        err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d %3d%% %.1f articles/s ETA %s\033[K",
                "=".repeat(filled), " ".repeat(WIDTH - filled), done, total,
                total == 0 ? 100 : 100L * done / total, rate, eta));
        err.flush();
        visible = true;
    }

    private static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
