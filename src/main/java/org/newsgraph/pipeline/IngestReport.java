package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Totals of one ingest run, with throughput.
 *
 * @param stopped why the run stopped before its end (a storage failure), null when it ran through
 * @param notIngested inputs left unread or uncommitted because of the stop
 */
public record IngestReport(int added, int replaced, int unchanged, List<String> failures,
                           long tokens, long quads, Duration elapsed, String stopped, int notIngested) {

    public IngestReport {
        failures = List.copyOf(failures);
    }

    /** The same report for a run that took {@code more} time besides (a bulk load after extraction). */
    public IngestReport plus(Duration more) {
        return new IngestReport(added, replaced, unchanged, failures, tokens, quads, elapsed.plus(more), stopped, notIngested);
    }

    public int articles() {
        return added + replaced + unchanged;
    }

    /** A small table for the end of a run: articles by outcome, then the totals and rates. */
    public String table() {
        double s = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        StringBuilder b = new StringBuilder();
        String row = "%-13s %10s%n";
        b.append(String.format(Locale.ROOT, row, "articles", "count"));
        b.append(String.format(Locale.ROOT, row, "added", added));
        b.append(String.format(Locale.ROOT, row, "replaced", replaced));
        b.append(String.format(Locale.ROOT, row, "unchanged", unchanged));
        b.append(String.format(Locale.ROOT, row, "failed", failures.size()));
        if (stopped != null) {
            b.append(String.format(Locale.ROOT, row, "not ingested", notIngested));
        }
        b.append(String.format(Locale.ROOT, row, "tokens", tokens));
        b.append(String.format(Locale.ROOT, row, "quads written", quads));
        b.append(String.format(Locale.ROOT, "%-13s %10.2f%n", "seconds", s));
        b.append(String.format(Locale.ROOT, "%-13s %10.1f%n", "articles/s", articles() / s));
        return b.toString();
    }

    /** One line for people: counts and articles/s, tokens/s, quads/s. */
    public String summary() {
        double s = Math.max(elapsed.toNanos() / 1e9, 1e-9);
        String line = String.format(Locale.ROOT,
                "%d articles (%d added, %d replaced, %d unchanged), %d failed; %d tokens, %d quads in %.2f s: "
                        + "%.1f articles/s, %.0f tokens/s, %.0f quads/s",
                articles(), added, replaced, unchanged, failures.size(), tokens, quads, s,
                articles() / s, tokens / s, quads / s);
        return stopped == null ? line
                : line + String.format(Locale.ROOT, "; stopped (%s): %d inputs not ingested, run again to finish",
                        stopped, notIngested);
    }
}
