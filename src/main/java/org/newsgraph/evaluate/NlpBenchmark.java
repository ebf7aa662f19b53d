package org.newsgraph.evaluate;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.extract.Component;
import org.newsgraph.extract.Document;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.ner.RecognizerChoice;
import org.newsgraph.extract.Layer;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

/**
 * Speed of the NLP stages (annotate + extract) on one thread: the time to load the models and
 * gazetteers (first construction of the annotator and extractor in this JVM), then tokens and
 * articles per second over texts held in memory, as the median of several timed passes after
 * warm-up passes, and the heap used.
 */
public final class NlpBenchmark {

    /**
     * The figures of one benchmark.
     *
     * @param loadMillis time to construct the first annotator and extractor (models, gazetteers)
     * @param tokensPerSecond the rate of each timed run, in run order
     * @param peakHeapBytes the peak heap use seen by the JVM's memory pools over the whole benchmark
     * @param liveHeapBytes heap in use after a garbage collection at the end, models still loaded
     * @param maxHeapBytes the heap limit ({@code -Xmx})
     * @param steps each step of the pipeline ("annotate", then the extract components in running
     *        order) with its share of each timed run's time
     */
    public record Result(int articles, long tokens, long mentions, double loadMillis, double[] tokensPerSecond,
                         long peakHeapBytes, long liveHeapBytes, long maxHeapBytes, List<Step> steps) {

        /**
         * The temporal tagger's ("times") share of each run's time, in run order; empty when it did
         * not run ({@code entitiesOnly}).
         */
        public double[] timeTaggerShare() {
            return steps.stream().filter(s -> s.name().equals(TIMES)).findFirst().map(Step::shares).orElse(new double[0]);
        }

        /** The median of {@link #timeTaggerShare}, or NaN when it was not measured. */
        public double medianTimeTaggerShare() {
            return median(timeTaggerShare());
        }

        public double medianTokensPerSecond() {
            return median(tokensPerSecond);
        }

        public double medianArticlesPerSecond() {
            return tokens == 0 ? Double.NaN : medianTokensPerSecond() * articles / tokens;
        }
    }

    /** One step of the pipeline and the fraction of each timed run's time spent in it. */
    public record Step(String name, double[] shares) {

        /** The median share over the runs. */
        public double medianShare() {
            return median(shares);
        }
    }

    private static final String TIMES = "times";

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** A pipeline step that adds up the time spent in it. */
    private static final class Timed implements Component {
        private final Component step;
        private long nanos;

        Timed(Component step) {
            this.step = step;
        }

        @Override
        public String name() {
            return step.name();
        }

        @Override
        public Set<Layer<?>> needs() {
            return step.needs();
        }

        @Override
        public Set<Layer<?>> adds() {
            return step.adds();
        }

        @Override
        public void process(Document doc) {
            long start = System.nanoTime();
            step.process(doc);
            nanos += System.nanoTime() - start;
        }
    }

    private NlpBenchmark() {
    }

    /** Articles with no metadata for the given texts, ids "text-0", "text-1", ... */
    public static List<Article> articles(List<String> texts) {
        return java.util.stream.IntStream.range(0, texts.size())
                .mapToObj(i -> new Article("text-" + i, texts.get(i), ArticleMetadata.EMPTY)).toList();
    }

    /**
     * Loads the models (timed), warms up with {@code warmups} passes over the articles, then times
     * {@code runs} passes. Call it first thing in a fresh JVM for a true model load time.
     */
    public static Result run(List<Article> articles, int warmups, int runs) {
        return run(articles, warmups, runs, false, RecognizerChoice.DEFAULT);
    }

    /**
     * As {@link #run(List, int, int)} with the chosen recognizer; {@code entitiesOnly} stops
     * extraction after entity grouping.
     */
    public static Result run(List<Article> articles, int warmups, int runs, boolean entitiesOnly, RecognizerChoice recognizer) {
        if (articles.isEmpty() || runs < 1) {
            throw new IllegalArgumentException("need at least one article and one run");
        }
        resetPeaks();
        long t0 = System.nanoTime();
        Annotator annotator = new OpenNlpAnnotator();
        Map<String, Timed> timed = new LinkedHashMap<>();
        Extractor extractor = Extractor.standard(recognizer).wrapped(c -> timed.computeIfAbsent(c.name(), n -> new Timed(c)));
        // a tiny text makes sure every model and list is really read, not only referenced
        extractor.extract(annotator.annotate(new Article("load", "Load the models in Paris.", ArticleMetadata.EMPTY)));
        double loadMillis = (System.nanoTime() - t0) / 1e6;

        long tokens = 0;
        long mentions = 0;
        for (Article a : articles) {
            AnnotatedText t = annotator.annotate(a);
            tokens += t.tokenCount();
            Extraction x = entitiesOnly ? extractor.extractEntities(t) : extractor.extract(t);
            mentions += x.entities().stream().mapToLong(e -> e.mentions().size()).sum();
        }
        for (int i = 1; i < warmups; i++) {
            pass(articles, annotator, extractor, entitiesOnly);
        }
        double[] rates = new double[runs];
        double[] annotateShares = new double[runs];
        Map<String, double[]> shares = new LinkedHashMap<>();
        for (int r = 0; r < runs; r++) {
            timed.values().forEach(t -> t.nanos = 0);
            long start = System.nanoTime();
            long annotateNanos = pass(articles, annotator, extractor, entitiesOnly);
            long passNanos = System.nanoTime() - start;
            rates[r] = tokens / (passNanos / 1e9);
            annotateShares[r] = (double) annotateNanos / passNanos;
            for (Timed t : timed.values()) {
                if (t.nanos > 0) {
                    shares.computeIfAbsent(t.name(), n -> new double[runs])[r] = (double) t.nanos / passNanos;
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("annotate", annotateShares));
        shares.forEach((name, each) -> steps.add(new Step(name, each)));
        long peak = peakHeap();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        long live = rt.totalMemory() - rt.freeMemory();
        return new Result(articles.size(), tokens, mentions, loadMillis, rates, peak, live, rt.maxMemory(), steps);
    }

    private static long sink;

    /** One pass over the articles; returns the time spent annotating. */
    private static long pass(List<Article> articles, Annotator annotator, Extractor extractor, boolean entitiesOnly) {
        long n = 0;
        long annotateNanos = 0;
        for (Article a : articles) {
            long start = System.nanoTime();
            AnnotatedText t = annotator.annotate(a);
            annotateNanos += System.nanoTime() - start;
            n += (entitiesOnly ? extractor.extractEntities(t) : extractor.extract(t)).entities().size();
        }
        sink += n;
        return annotateNanos;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks: an upper bound of the heap ever in use at once. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
