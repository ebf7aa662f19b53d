package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ExtractionRun;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleReader;
import org.newsgraph.source.Input;
import org.newsgraph.source.SourceException;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.IngestOutcome;

/**
 * Wires the stages together: source, annotate, extract and rdf run on {@code jobs} worker threads
 * (each with its own annotator and extractor); the store is written by the calling thread, one
 * article per transaction, in input order. A failing input is reported and skipped.
 */
public final class Pipeline {

    private final ArticleReader reader;
    private final Supplier<Extractor> extractors;
    private final ArticleMapper mapper = new ArticleMapper();

    public Pipeline(ArticleReader reader, Supplier<Extractor> extractors) {
        this.reader = reader;
        this.extractors = extractors;
    }

    /** The default pipeline: OpenNLP annotation and the standard extractor. */
    public static Pipeline standard(ArticleReader reader) {
        return new Pipeline(reader, Extractor::standard);
    }

    /** Annotates and extracts one article (no store involved). */
    public Extraction extract(Article article) {
        return worker().extract(article);
    }

    public IngestReport ingest(List<Input> inputs, GraphStore store, int jobs, IngestListener listener) {
        long start = System.nanoTime();
        ExtractionRun run = ExtractionRun.now();
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(this::worker);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, jobs), r -> {
            Thread t = new Thread(r, "newsgraph-worker");
            t.setDaemon(true);
            return t;
        });
        Deque<Pending> window = new ArrayDeque<>();
        Totals totals = new Totals();
        try {
            for (Input input : inputs) {
                window.add(new Pending(input, pool.submit(() -> workers.get().graph(input, run))));
                // bounded look-ahead: memory stays proportional to jobs, not to the number of inputs
                if (window.size() >= 2 * Math.max(1, jobs)) {
                    store(window.poll(), store, listener, totals);
                }
            }
            while (!window.isEmpty()) {
                store(window.poll(), store, listener, totals);
            }
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(totals.added, totals.replaced, totals.unchanged, totals.failures,
                totals.tokens, totals.quads, Duration.ofNanos(System.nanoTime() - start));
    }

    private void store(Pending p, GraphStore store, IngestListener listener, Totals totals) {
        try {
            Graphed g = p.future.get();
            IngestOutcome outcome = store.put(g.graph);
            totals.count(outcome, g);
            listener.stored(p.input, new ArticleResult(g.graph.article(), outcome, g.tokens, g.entities, g.graph.quads().size()));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String message = cause instanceof SourceException ? cause.getMessage()
                    : p.input.name() + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage();
            totals.failures.add(message);
            listener.failed(p.input, message);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("ingest interrupted", e);
        } catch (RuntimeException e) {
            String message = p.input.name() + ": cannot store: " + e.getMessage();
            totals.failures.add(message);
            listener.failed(p.input, message);
        }
    }

    private Worker worker() {
        return new Worker(new OpenNlpAnnotator(), extractors.get());
    }

    private record Pending(Input input, Future<Graphed> future) {
    }

    private record Graphed(ArticleGraph graph, int tokens, int entities) {
    }

    /** One thread's stages. */
    private final class Worker {
        private final Annotator annotator;
        private final Extractor extractor;

        Worker(Annotator annotator, Extractor extractor) {
            this.annotator = annotator;
            this.extractor = extractor;
        }

        Extraction extract(Article article) {
            AnnotatedText text = annotator.annotate(article);
            return extractor.extract(text);
        }

        Graphed graph(Input input, ExtractionRun run) throws SourceException {
            Extraction x = extract(reader.read(input));
            return new Graphed(mapper.map(x, run), x.text().tokenCount(), x.entities().size());
        }
    }

    /** Running totals, touched only by the storing thread. */
    private static final class Totals {
        int added;
        int replaced;
        int unchanged;
        long tokens;
        long quads;
        final List<String> failures = new ArrayList<>();

        void count(IngestOutcome outcome, Graphed g) {
            switch (outcome) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
            }
            tokens += g.tokens;
            if (outcome != IngestOutcome.UNCHANGED) {
                quads += g.graph.quads().size();
            }
        }
    }
}
