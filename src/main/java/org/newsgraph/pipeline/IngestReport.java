package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** Totals of one ingest run, with throughput. */
public record IngestReport(int added, int replaced, int unchanged, List<String> failures,
                           long tokens, long quads, Duration elapsed) {

    public IngestReport {
        failures = List.copyOf(failures);
    }

    public int articles() {
        return added + replaced + unchanged;
    }

    /** One line for people: counts and articles/s, tokens/s, quads/s. */
    public String summary() {
        double s = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        return String.format(Locale.ROOT,
                "%d articles (%d added, %d replaced, %d unchanged), %d failed; %d tokens, %d quads in %.2f s: "
                        + "%.1f articles/s, %.0f tokens/s, %.0f quads/s",
                articles(), added, replaced, unchanged, failures.size(), tokens, quads, s,
                articles() / s, tokens / s, quads / s);
    }
}
