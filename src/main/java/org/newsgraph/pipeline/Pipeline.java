package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.rdf.ArticleKey;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ExtractionRun;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleReader;
import org.newsgraph.source.Input;
import org.newsgraph.source.SourceException;
import org.newsgraph.store.ArticleRefusedException;
import org.newsgraph.store.ArticleWriter;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.IngestOutcome;
import org.newsgraph.store.StoreException;

/**
 * Wires the stages together. Source, annotate and extract run on {@code jobs} worker threads (each
 * with its own annotator and extractor), fed through a bounded window so memory stays proportional
 * to the jobs, not to the corpus. One writer, the calling thread, maps each extraction straight
 * into the store's open transaction and commits batches of whole articles (group commit), in input
 * order. An input whose stored version is the same is recognised from its text and metadata before
 * any annotation. A failing input is reported and skipped; a storage failure stops the run cleanly.
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
        return ingest(inputs, store, IngestSettings.defaults().withJobs(jobs), listener);
    }

    public IngestReport ingest(List<Input> inputs, GraphStore store, IngestSettings settings, IngestListener listener) {
        try (ArticleWriter writer = store.writer()) {
            return ingest(inputs, store.contentHashes(), writer, settings, listener);
        }
    }

    /**
     * Runs the workers over {@code inputs} and writes each extraction, in input order, with {@code
     * writer}; {@code known} are the stored articles' content hashes, for the inputs to skip.
     */
    public IngestReport ingest(List<Input> inputs, Map<Node, String> known, ArticleWriter writer, IngestSettings settings,
                        IngestListener listener) {
        return new Run(inputs, known, writer, settings, listener).run();
    }

    private ArticleProcessor worker() {
        return new ArticleProcessor(new OpenNlpAnnotator(), extractors.get());
    }

    /**
     * What a worker made of an input: the article's identity, and its extraction unless the store
     * already holds this version ({@code extraction} null).
     */
    private record Prepared(ArticleKey key, Extraction extraction) {
    }

    /** An input handed to the workers, with when a worker started on it (0 until then). */
    private record Pending(Input input, Future<Prepared> future, AtomicLong started) {
    }

    /** An article written into the open batch, reported once the batch is committed. */
    private record Entry(Input input, Prepared prepared, IngestOutcome outcome, int quads) {
    }

    /** Why the run stopped before its end. */
    private static final class Stop extends RuntimeException {
        Stop(String message) {
            super(message, null, false, false);
        }
    }

    /** One ingest run: the writer's state. */
    private final class Run {
        private final List<Input> inputs;
        private final Map<Node, String> known;
        private final ArticleWriter writer;
        private final IngestSettings settings;
        private final IngestListener listener;
        private final ExtractionRun extractionRun = ExtractionRun.now();
        private final Totals totals = new Totals();
        private final List<Entry> batch = new ArrayList<>();
        private long batchStarted;

        Run(List<Input> inputs, Map<Node, String> known, ArticleWriter writer, IngestSettings settings,
            IngestListener listener) {
            this.inputs = inputs;
            this.known = known;
            this.writer = writer;
            this.settings = settings;
            this.listener = listener;
        }

        IngestReport run() {
            long start = System.nanoTime();
            ThreadLocal<ArticleProcessor> workers = ThreadLocal.withInitial(Pipeline.this::worker);
            int jobs = settings.jobs();
            ThreadPoolExecutor pool = new ThreadPoolExecutor(jobs, jobs, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "newsgraph-worker");
                t.setDaemon(true);
                return t;
            });
            Deque<Pending> window = new ArrayDeque<>();
            int lookAhead = 4 * jobs;
            try {
                Iterator<Input> next = inputs.iterator();
                while (next.hasNext() || !window.isEmpty()) {
                    while (next.hasNext() && window.size() < lookAhead) {
                        Input input = next.next();
                        AtomicLong started = new AtomicLong();
                        window.add(new Pending(input, pool.submit(() -> {
                            // a new thread's models load before the clock starts: the budget is the article's
                            ArticleProcessor worker = workers.get();
                            started.set(System.nanoTime());
                            Article article = reader.read(input);
                            ArticleKey key = ArticleKey.of(article);
                            if (key.contentHash().equals(known.get(key.article()))) {
                                return new Prepared(key, null);
                            }
                            return new Prepared(key, worker.extract(article));
                        }), started));
                    }
                    handle(window.poll(), pool);
                }
                commit();
            } catch (Stop stop) {
                totals.stopped = stop.getMessage();
                try {
                    writer.abort();
                } catch (StoreException e) {
                    // the batch is lost either way; the store's own recovery drops it on the next open
                    totals.stopped += "; dropping the open batch failed too: " + e.getMessage();
                }
                totals.notIngested = inputs.size() - totals.articles() - totals.failures.size();
                window.forEach(p -> p.future.cancel(true));
            } finally {
                pool.shutdownNow();
            }
            return totals.report(Duration.ofNanos(System.nanoTime() - start));
        }

        private void handle(Pending p, ThreadPoolExecutor pool) {
            Prepared prepared;
            try {
                prepared = await(p, pool);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                fail(p.input, cause instanceof SourceException ? cause.getMessage()
                        : p.input.name() + ": " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
                return;
            } catch (TimeoutException e) {
                fail(p.input, p.input.name() + ": not done within the per-article time budget of "
                        + settings.articleBudget().toMillis() / 1000.0 + " s (--article-timeout); skipped");
                return;
            }
            if (batch.isEmpty()) {
                batchStarted = System.nanoTime();
            }
            if (prepared.extraction() == null) {
                batch.add(new Entry(p.input, prepared, IngestOutcome.UNCHANGED, 0));
            } else {
                write(p.input, prepared);
            }
            if (!batch.isEmpty() && batch.get(batch.size() - 1).input == p.input) {
                listener.written(p.input);
            }
            if (batch.size() >= settings.batchArticles() || batchDue()) {
                commit();
            }
        }

        /**
         * Waits for a worker's result, committing the open batch when its time is up meanwhile,
         * and giving up on an article that has run past the budget: its worker is interrupted and
         * left to finish in the background while a fresh thread takes its place.
         */
        private Prepared await(Pending p, ThreadPoolExecutor pool) throws ExecutionException, TimeoutException {
            long budget = settings.articleBudget().toNanos();
            while (true) {
                try {
                    return p.future.get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (!batch.isEmpty() && batchDue()) {
                        commit();
                    }
                    long started = p.started.get();
                    if (started != 0 && System.nanoTime() - started > budget) {
                        p.future.cancel(true);
                        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                        throw e;
                    }
                } catch (CancellationException e) {
                    throw new ExecutionException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new Stop("interrupted");
                }
            }
        }

        private boolean batchDue() {
            return System.nanoTime() - batchStarted >= settings.batchTime().toNanos();
        }

        /** Writes one article into the open batch; a mapping failure drops it and replays the rest. */
        private void write(Input input, Prepared prepared) {
            try {
                batch.add(put(input, prepared));
            } catch (StoreException e) {
                throw storageFailure(input, e);
            } catch (ArticleRefusedException e) {
                fail(input, input.name() + ": " + e.getMessage());
            } catch (RuntimeException e) {
                // the failed article is partly in the transaction: drop the batch, write the others again
                writer.abort();
                List<Entry> others = List.copyOf(batch);
                batch.clear();
                for (Entry other : others) {
                    try {
                        batch.add(other.prepared.extraction() == null ? other : put(other.input, other.prepared));
                    } catch (StoreException again) {
                        throw storageFailure(other.input, again);
                    }
                }
                fail(input, input.name() + ": cannot map to RDF: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }

        private Entry put(Input input, Prepared prepared) {
            int[] quads = {0};
            IngestOutcome outcome = writer.put(prepared.key(),
                    sink -> quads[0] = mapper.stream(prepared.extraction(), extractionRun, sink));
            return new Entry(input, prepared, outcome, quads[0]);
        }

        private void commit() {
            if (batch.isEmpty()) {
                return;
            }
            try {
                writer.commit();
            } catch (StoreException e) {
                throw storageFailure(batch.get(batch.size() - 1).input, e);
            }
            for (Entry e : batch) {
                Extraction x = e.prepared.extraction();
                int tokens = x == null ? 0 : x.text().tokenCount();
                int entities = x == null ? 0 : x.entities().size();
                totals.count(e.outcome, tokens, e.quads);
                listener.stored(e.input, new ArticleResult(e.prepared.key().article(), e.outcome, tokens, entities, e.quads));
            }
            batch.clear();
        }

        private Stop storageFailure(Input input, StoreException e) {
            String message = input.name() + ": cannot store: " + e.getMessage();
            fail(input, message);
            return new Stop("cannot store: " + e.getMessage());
        }

        private void fail(Input input, String message) {
            totals.failures.add(message);
            listener.failed(input, message);
        }
    }

    /** Running totals, touched only by the writer. */
    private static final class Totals {
        int added;
        int replaced;
        int unchanged;
        long tokens;
        long quads;
        String stopped;
        int notIngested;
        final List<String> failures = new ArrayList<>();

        void count(IngestOutcome outcome, int articleTokens, int articleQuads) {
            switch (outcome) {
                case ADDED -> added++;
                case REPLACED -> replaced++;
                case UNCHANGED -> unchanged++;
            }
            tokens += articleTokens;
            quads += articleQuads;
        }

        int articles() {
            return added + replaced + unchanged;
        }

        IngestReport report(Duration elapsed) {
            return new IngestReport(added, replaced, unchanged, failures, tokens, quads, elapsed, stopped, notIngested);
        }
    }
}
