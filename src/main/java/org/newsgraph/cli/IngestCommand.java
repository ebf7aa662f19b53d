package org.newsgraph.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.ArticleResult;
import org.newsgraph.pipeline.IngestListener;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.source.ArticleMetadata;
import org.newsgraph.source.ArticleReader;
import org.newsgraph.source.Input;
import org.newsgraph.source.Inputs;
import org.newsgraph.source.SourceFormat;
import org.newsgraph.store.EntityIdentity;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads articles (plain text or HTML; files, directories recursively, - for stdin), "
                + "extracts entities and facts, and stores them with per-sentence provenance.",
                "Metadata comes from the options, else a sidecar NAME.json beside NAME.txt "
                        + "(datePublished, url, publisher, headline), else the article itself.",
                "Re-ingesting the same text changes nothing; a changed article (same URL or file) replaces the old one.",
                "Exit code 1 when some inputs failed (the others are stored)."})
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

    @Option(names = "--jobs", defaultValue = "1", paramLabel = "N", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int jobs;

    @Option(names = "--max-size", defaultValue = "20", paramLabel = "MB",
            description = "Refuse inputs larger than this many megabytes (default: ${DEFAULT-VALUE}).")
    double maxSizeMb;

    @Option(names = {"-q", "--quiet"}, description = "Print only errors and the summary.")
    boolean quiet;

    @Option(names = "--aliases", paramLabel = "FILE",
            description = "Entities to merge, kept in the store for later ingests too: one per line, "
                    + "TYPE<TAB>CANONICAL NAME<TAB>OTHER NAME... (TYPE person, organization or place); see `merge`.")
    Path aliases;

    @Override
    public Integer call() throws java.io.IOException {
        List<EntityIdentity.Alias> aliasList = aliases == null ? List.of() : EntityIdentity.readAliases(aliases);
        SourceFormat sourceFormat = Enums.parse(SourceFormat.class, format, "--format");
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1");
        }
        ArticleMetadata given = new ArticleMetadata(headline, date, null, url, publisher, List.of(), null, null);
        ArticleReader reader = new ArticleReader(sourceFormat, given, (long) (maxSizeMb * 1024 * 1024));
        List<Input> inputs = Inputs.expand(paths);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (TdbStore store = main.openStore()) {
            EntityIdentity.applyAliases(store, aliasList);
            IngestReport report = Pipeline.standard(reader).ingest(inputs, store, jobs, new IngestListener() {
                @Override
                public void stored(Input input, ArticleResult r) {
                    if (!quiet) {
                        out.printf("%s: %s %s (%d tokens, %d entities, %d quads)%n", input.name(),
                                r.outcome().name().toLowerCase(java.util.Locale.ROOT), r.article().getURI(),
                                r.tokens(), r.entities(), r.quads());
                        out.flush();
                    }
                }

                @Override
                public void failed(Input input, String message) {
                    err.println("newsgraph: " + message);
                    err.flush();
                }
            });
            out.println(report.summary());
            out.printf("store %s: %d quads%n", store.directory(), store.quadCount());
            return report.failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
        }
    }
}
