package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.evaluate.HtmlBenchmark;
import org.newsgraph.source.HtmlArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench html}: pages per second of HTML extraction alone, on one thread. */
@Command(name = "html",
        description = "Measure HTML extraction throughput (pages/s, one thread, median of several runs after "
                + "a warm-up) over a directory of .html or .html.gz pages held in memory.")
public final class BenchHtmlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--pages", required = true, paramLabel = "DIR", description = "directory of .html or .html.gz pages")
    Path pages;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "timed runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(pages)) {
            err.println(pages + ": not a directory");
            return 2;
        }
        if (runs < 1) {
            err.println("--runs must be at least 1");
            return 2;
        }
        try {
            List<byte[]> loaded = HtmlBenchmark.loadPages(pages);
            if (loaded.isEmpty()) {
                err.println(pages + ": no .html or .html.gz pages");
                return 2;
            }
            // warm-up until the JIT has compiled the hot paths: a few passes, at least ~300 pages
            int warmups = Math.max(3, 300 / loaded.size());
            HtmlBenchmark.Result r = HtmlBenchmark.run(loaded, new HtmlArticleExtractor(), warmups, runs);
            StringBuilder each = new StringBuilder();
            for (double x : r.pagesPerSecond()) {
                each.append(each.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", x));
            }
            out.printf(Locale.ROOT, "%d pages (%.1f MB), %d runs: %s pages/s%n", r.pages(), r.bytes() / 1048576.0, runs, each);
            out.printf(Locale.ROOT, "median: %.0f pages/s (wall clock), %.0f pages per CPU second of the extracting thread%n",
                    r.median(), r.cpuMedian());
            out.flush();
            return 0;
        } catch (IOException e) {
            err.println(e.getMessage());
            return 1;
        }
    }
}
