package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.extract.Extractor;
import org.newsgraph.pipeline.ArticleResult;
import org.newsgraph.pipeline.IngestListener;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.IngestSettings;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.source.ArticleMetadata;
import org.newsgraph.source.ArticleReader;
import org.newsgraph.source.Input;
import org.newsgraph.source.Inputs;
import org.newsgraph.source.SourceFormat;
import org.newsgraph.store.BulkWriter;
import org.newsgraph.store.EntityIdentity;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (plain text or HTML; files, directories recursively, - for stdin), "
                + "extracts entities and facts, and stores them with per-sentence provenance.",
                "From directories: .txt, .html, .htm (also gzipped) and .jsonl (one article per line: text or html, "
                        + "plus headline, datePublished, url, publisher, author); other files are counted and skipped.",
                "Metadata comes from the options, else a sidecar NAME.json beside NAME.txt "
                        + "(datePublished, url, publisher, headline), else the article itself.",
                "Re-ingesting the same text changes nothing; a changed article (same URL or file) replaces the old one.",
                "Articles are read, annotated and extracted on --jobs threads; one writer commits them in batches of "
                        + "whole articles, so the store never holds half an article.",
                "Exit code 1 when some inputs failed (the others are stored) or the store could not be written "
                        + "(the run stops with its summary; running it again finishes)."})
final class IngestCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories, or - for standard input.")
    List<String> paths;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date (relative dates are resolved against it).")
    LocalDate date;

    @Option(names = "--url", description = "The article's URL.")
    String url;

    @Option(names = "--publisher", paramLabel = "NAME", description = "The publisher (the default source of every claim).")
    String publisher;

    @Option(names = "--headline", description = "The headline (default: the article's first line or HTML metadata).")
    String headline;

    @Option(names = "--format", defaultValue = "auto", paramLabel = "auto|html|text",
            description = "How to read inputs (default: ${DEFAULT-VALUE}, by file name and content).")
    String format;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Worker threads for reading, annotation and extraction (default: the number of cores).")
    Integer jobs;

    @Option(names = "--batch-articles", defaultValue = "" + IngestSettings.DEFAULT_BATCH_ARTICLES, paramLabel = "N",
            description = "Commit at most this many articles per transaction (default: ${DEFAULT-VALUE}).")
    int batchArticles;

    @Option(names = "--batch-ms", defaultValue = "" + IngestSettings.DEFAULT_BATCH_MILLIS, paramLabel = "MS",
            description = "Commit the open batch after this many milliseconds (default: ${DEFAULT-VALUE}); "
                    + "a crash loses at most the uncommitted batch, which the next run writes again.")
    long batchMs;

    @Option(names = "--article-timeout", defaultValue = "30", paramLabel = "SECONDS",
            description = "Give up on an article that takes longer than this to read, annotate and extract "
                    + "(default: ${DEFAULT-VALUE}); it is reported and the others go on.")
    double articleTimeout;

    @Option(names = "--max-size", defaultValue = "20", paramLabel = "MB",
            description = "Refuse inputs larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    double maxSizeMb;

    @Option(names = "--max-chars", defaultValue = "1000000", paramLabel = "N",
            description = "Refuse articles whose text (after HTML extraction) is longer than this many characters, "
                    + "before any NLP (default: ${DEFAULT-VALUE}; long news features run to about 150,000).")
    int maxChars;

    @Option(names = "--follow-links", description = "In directories, also read symbolic links to files and "
            + "directories outside the directory (by default such links are reported and skipped).")
    boolean followLinks;

    @Mixin
    RecognizerOptions recognizer;

    @Option(names = "--compact", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "After an ingest that leaves the store more than twice the size compaction would give, "
                    + "compact it (default: on; --no-compact to leave it).")
    boolean compact;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar with ETA on standard error (default: when it is a terminal).")
    Boolean progress;

    @Option(names = "--bulk",
            description = "For a new store or a large corpus: extract in parallel to gzipped N-Quads, then load them "
                    + "with TDB2's bulk loader (the same graphs; older versions of the articles are removed first).")
    boolean bulk;

    @Option(names = "--nquads", paramLabel = "DIR",
            description = "With --bulk: keep the N-Quads files in DIR (default: a temporary folder, deleted after loading).")
    Path nquads;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the summary.")
    boolean quiet;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Entities to merge, kept in the store for later ingests too: one per line, "
                    + "TYPE<TAB>CANONICAL NAME<TAB>OTHER NAME... (TYPE person, organization or place); see `merge`.")
    Path aliases;

    @Override
    public Integer call() throws IOException {
        List<EntityIdentity.Alias> aliasList = aliases == null ? List.of() : EntityIdentity.readAliases(aliases);
        SourceFormat sourceFormat = Enums.parse(SourceFormat.class, format, "--format");
        IngestSettings settings = new IngestSettings(jobs == null ? Runtime.getRuntime().availableProcessors() : jobs,
                batchArticles, Duration.ofMillis(batchMs), Duration.ofMillis((long) (articleTimeout * 1000)));
        ArticleMetadata given = new ArticleMetadata(headline, date, null, url, publisher, List.of(), null, null);
        ArticleReader reader = new ArticleReader(sourceFormat, given, (long) (maxSizeMb * 1024 * 1024), maxChars);
        Inputs.Scan scan = Inputs.scan(paths, followLinks);
        List<Input> inputs = scan.inputs();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (scan.skippedSummary() != null) {
            err.println("newsgraph: " + scan.skippedSummary());
        }
        ProgressBar bar = (progress != null ? progress : ProgressBar.stderrIsTerminal())
                ? new ProgressBar(err, inputs.size()) : null;
        try (GraphStore store = main.openGraphStore()) {
            if (!aliasList.isEmpty()) {
                if (!(store instanceof TdbStore)) {
                    throw new IllegalArgumentException("--aliases needs a local store");
                }
                EntityIdentity.applyAliases(store, aliasList);
            }
            IngestListener listener = new IngestListener() {
                @Override
                public void written(Input input) {
                    advance();
                }

                @Override
                public void stored(Input input, ArticleResult r) {
                    if (!quiet) {
                        clear();
                        out.printf("%s: %s %s (%d tokens, %d entities, %d quads)%n", input.name(),
                                r.outcome().name().toLowerCase(Locale.ROOT), r.article().getURI(),
                                r.tokens(), r.entities(), r.quads());
                        out.flush();
                    }
                }

                @Override
                public void failed(Input input, String message) {
                    clear();
                    err.println("newsgraph: " + message);
                    err.flush();
                    advance();
                }

                private void clear() {
                    if (bar != null) {
                        bar.clear();
                    }
                }

                private void advance() {
                    if (bar != null) {
                        bar.advance();
                    }
                }
            };
            Pipeline pipeline = new Pipeline(reader, () -> Extractor.standard(recognizer.choice()));
            IngestReport report;
            if (bulk) {
                if (!(store instanceof TdbStore tdb)) {
                    throw new IllegalArgumentException("--bulk loads a local store; a remote one takes each article as an update");
                }
                report = bulk(pipeline, inputs, tdb, settings, listener, out);
            } else {
                report = pipeline.ingest(inputs, store, settings, listener);
            }
            if (bar != null) {
                bar.clear();
            }
            out.print(report.table());
            out.println(report.summary());
            if (report.stopped() != null) {
                return ExitCodes.PARTIAL;
            }
            boolean compacted = !compact || report.added() + report.replaced() == 0
                    || !(store instanceof TdbStore tdb) || compact(tdb, out, err);
            out.printf(Locale.ROOT, "store %s: %d quads%s%n", store.location(), store.quadCount(),
                    store instanceof TdbStore tdb ? String.format(Locale.ROOT, ", %.1f MB", tdb.diskSize() / 1048576.0) : "");
            return report.failures().isEmpty() && compacted ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }

    /** Extracts to N-Quads files, then bulk-loads them; the report covers both. */
    private IngestReport bulk(Pipeline pipeline, List<Input> inputs, TdbStore store, IngestSettings settings,
                              IngestListener listener, PrintWriter out) {
        Path dir = nquads;
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("newsgraph-bulk");
            }
            IngestReport report;
            long quads;
            long t;
            try (BulkWriter writer = store.bulkWriter(dir)) {
                report = pipeline.ingest(inputs, store.contentHashes(), writer, settings, listener);
                t = System.nanoTime();
                quads = store.bulkLoad(writer);
            }
            Duration load = Duration.ofNanos(System.nanoTime() - t);
            out.printf(Locale.ROOT, "bulk load: %d quads from %s in %.2f s%n", quads, dir, load.toNanos() / 1e9);
            return report.plus(load);
        } catch (IOException e) {
            throw new StoreException((dir == null ? "temporary folder" : dir) + ": cannot write N-Quads: " + e.getMessage(), e);
        } finally {
            if (nquads == null && dir != null) {
                deleteTree(dir);
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            throw new StoreException(dir + ": cannot remove the temporary N-Quads: " + e.getMessage(), e);
        }
    }

    /** Compacts a store that grew past twice its data; false when that failed (the data is intact). */
    private static boolean compact(TdbStore store, PrintWriter out, PrintWriter err) {
        if (!store.grown()) {
            return true;
        }
        long before = store.diskSize();
        long t = System.nanoTime();
        try {
            store.compact();
        } catch (RuntimeException e) {
            err.println("newsgraph: " + store.directory() + ": cannot compact (the ingested data is stored; "
                    + "run compact later): " + e.getMessage());
            return false;
        }
        out.printf(Locale.ROOT, "compacted the store: %.1f MB before, %.1f MB after, in %.1f s%n",
                before / 1048576.0, store.diskSize() / 1048576.0, (System.nanoTime() - t) / 1e9);
        return true;
    }
}
