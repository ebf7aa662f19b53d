package org.newsgraph.evaluate;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.source.ArticleExtractor;
import org.newsgraph.source.SourceException;

/**
 * Throughput of HTML extraction alone: every page of a directory is read into memory first
 * (gunzipped where needed), so that disk and decompression do not count; then the extractor
 * runs over all of them on one thread, several times after a warm-up, and the median rate is
 * reported, by the wall clock and per second of the thread's own CPU time (on a shared machine
 * the wall clock also counts other processes' turns). Pages it refuses still count as
 * processed: refusing is work too.
 */
public final class HtmlBenchmark {

    /**
     * The figures of one benchmark.
     *
     * @param pagesPerSecond the rate of each timed run by the wall clock, in run order
     * @param pagesPerCpuSecond the rate of each run per second of the extracting thread's CPU time,
     *     which other processes on a busy machine do not distort (NaN where the JVM cannot tell)
     */
    public record Result(int pages, long bytes, double[] pagesPerSecond, double[] pagesPerCpuSecond) {

        /** Median pages per second, wall clock. */
        public double median() {
            return median(pagesPerSecond);
        }

        /** Median pages per CPU second of the extracting thread. */
        public double cpuMedian() {
            return median(pagesPerCpuSecond);
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    private HtmlBenchmark() {
    }

    /** The {@code .html}, {@code .htm} and {@code .html.gz} files of the directory, sorted, in memory. */
    public static List<byte[]> loadPages(Path dir) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.sorted().toList()) {
                String n = p.getFileName().toString();
                if (Files.isRegularFile(p) && (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".html.gz"))) {
                    pages.add(AebEvaluation.readPage(p));
                }
            }
        }
        return pages;
    }

    /**
     * Warms up with {@code warmups} passes over the pages, then times {@code runs} passes.
     */
    public static Result run(List<byte[]> pages, ArticleExtractor extractor, int warmups, int runs) {
        long bytes = pages.stream().mapToLong(b -> b.length).sum();
        for (int i = 0; i < warmups; i++) {
            pass(pages, extractor);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        boolean cpu = threads.isCurrentThreadCpuTimeSupported();
        double[] rates = new double[runs];
        double[] cpuRates = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = cpu ? threads.getCurrentThreadCpuTime() : 0;
            long start = System.nanoTime();
            pass(pages, extractor);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = cpu ? (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9 : Double.NaN;
            rates[i] = pages.size() / seconds;
            cpuRates[i] = pages.size() / cpuSeconds;
        }
        return new Result(pages.size(), bytes, rates, cpuRates);
    }

    private static int pass(List<byte[]> pages, ArticleExtractor extractor) {
        int chars = 0;
        for (int i = 0; i < pages.size(); i++) {
            try {
                chars += extractor.extract("page " + i, pages.get(i)).body().length();
            } catch (SourceException e) {
                chars++;
            }
        }
        return chars; // returned so that the JIT cannot drop the work
    }
}
