package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsgraph.evaluate.GoldDocument;
import org.newsgraph.evaluate.NlpBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: speed of annotate + extract on one thread (model load time, tokens/s, articles/s,
 * heap), over the texts of gold documents or of plain-text files. {@code bench html} measures HTML
 * extraction alone.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = {BenchHtmlCommand.class, BenchQueryCommand.class},
        description = "Measure annotate + extract speed on one thread: model load time, then tokens/s and "
                + "articles/s (median of several runs after warm-up), each step's share of the time, and heap used. Run the JVM with "
                + "-Xmx512m (NEWSGRAPH_JAVA_OPTS=-Xmx512m) to show it fits.")
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "DIR", description = "texts of the gold ID.json documents of DIR")
    Path gold;

    @Option(names = "--prefix", paramLabel = "PREFIX", description = "with --gold: only ids starting with PREFIX")
    String prefix;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "plain-text files, or directories of .txt files")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--entities-only", description = "stop extraction after entities (no times, relations, events, attribution), to see what those cost")
    boolean entitiesOnly;

    @Mixin
    RecognizerOptions recognizer;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "timed runs (default: ${DEFAULT-VALUE})")
    int runs;

    @Option(names = "--warmups", paramLabel = "N", defaultValue = "3", description = "warm-up passes (default: ${DEFAULT-VALUE})")
    int warmups;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1 || warmups < 1) {
            err.println("bench: --runs and --warmups must be at least 1");
            return 2;
        }
        if (gold == null && paths.isEmpty()) {
            err.println("bench: give --gold DIR or text files");
            return 2;
        }
        List<String> texts = new ArrayList<>();
        try {
            if (gold != null) {
                for (GoldDocument d : GoldDocument.load(gold, null)) {
                    if (prefix == null || d.id().startsWith(prefix)) {
                        texts.add(d.text());
                    }
                }
            }
            for (Path p : paths) {
                readTexts(p, texts);
            }
        } catch (IOException | RuntimeException e) {
            err.println("bench: " + e.getMessage());
            return 2;
        }
        if (texts.isEmpty()) {
            err.println("bench: no texts to measure");
            return 2;
        }
        NlpBenchmark.Result r = NlpBenchmark.run(NlpBenchmark.articles(texts), warmups, runs, entitiesOnly, recognizer.choice());
        StringBuilder each = new StringBuilder();
        for (double x : r.tokensPerSecond()) {
            each.append(each.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", x));
        }
        out.printf(Locale.ROOT, "%d articles, %d tokens, %d mentions; one thread, %d warm-up and %d timed runs%n",
                r.articles(), r.tokens(), r.mentions(), warmups, runs);
        out.printf(Locale.ROOT, "model load: %.0f ms%n", r.loadMillis());
        out.printf(Locale.ROOT, "runs: %s tokens/s%n", each);
        out.printf(Locale.ROOT, "median: %.0f tokens/s, %.1f articles/s%n", r.medianTokensPerSecond(), r.medianArticlesPerSecond());
        StringBuilder steps = new StringBuilder();
        for (NlpBenchmark.Step s : r.steps()) {
            steps.append(steps.isEmpty() ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f%%", s.name(), 100 * s.medianShare()));
        }
        out.printf(Locale.ROOT, "time per step (median share of a run): %s%n", steps);
        if (r.timeTaggerShare().length > 0) {
            out.printf(Locale.ROOT, "time expressions: %.1f%% of the run time (median)%n", 100 * r.medianTimeTaggerShare());
        }
        out.printf(Locale.ROOT, "heap: peak %.0f MB, live after GC %.0f MB, max %.0f MB%n",
                r.peakHeapBytes() / 1048576.0, r.liveHeapBytes() / 1048576.0, r.maxHeapBytes() / 1048576.0);
        out.flush();
        return 0;
    }

    private static void readTexts(Path p, List<String> texts) throws IOException {
        if (Files.isDirectory(p)) {
            try (Stream<Path> files = Files.walk(p)) {
                for (Path f : files.filter(f -> Files.isRegularFile(f) && f.toString().endsWith(".txt")).sorted().toList()) {
                    texts.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        } else {
            texts.add(Files.readString(p, StandardCharsets.UTF_8));
        }
    }
}
