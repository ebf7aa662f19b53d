package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.query.BundledQuery;
import org.newsgraph.query.QueryCatalog;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a bundled query by name, or a SPARQL file, over the store.",
                "The default graph is the union of all graphs; GRAPH ?sentence { ... } finds where a fact came from.",
                "Parameters are bound as RDF terms (an absolute IRI becomes an IRI, anything else a string), never pasted into the query text."})
final class QueryCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "NAME|FILE.rq", arity = "0..1", description = "A bundled query's name (see --list) or a .rq file.")
    String query;

    @Option(names = "--list", description = "List the bundled queries with their descriptions and parameters.")
    boolean list;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE", description = "A query parameter (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|tsv|json",
            description = "Result format (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalog catalog = QueryCatalog.bundled();
        if (list || query == null) {
            for (BundledQuery q : catalog.all()) {
                out.printf("%-14s %s%n", q.name(), q.description());
                q.parameters().forEach(p -> out.printf("%-14s   --param %s=...  %s%n", "", p.name(), p.description()));
            }
            return ExitCodes.OK;
        }
        ResultFormat resultFormat = Enums.parse(ResultFormat.class, format, "--format");
        BundledQuery q = resolve(catalog, query);
        out.flush();
        try (GraphStore store = main.openExistingGraphStore()) {
            // results are bytes in UTF-8 whatever the platform charset
            new QueryRunner(store).run(q, params, resultFormat, main.stdout());
            main.stdout().flush();
        }
        return ExitCodes.OK;
    }

    static BundledQuery resolve(QueryCatalog catalog, String nameOrFile) {
        Path file = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".rq") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(nameOrFile + ": no such query file");
            }
            return QueryCatalog.read(file);
        }
        return catalog.get(nameOrFile).orElseThrow(() -> new IllegalArgumentException(
                "no bundled query named '" + nameOrFile + "' (newsgraph query --list shows them)"));
    }
}
