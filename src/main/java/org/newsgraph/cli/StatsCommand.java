package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.newsgraph.query.QueryCatalog;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.StoreCounts;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"Counts what the store holds: articles, sentences, mentions, entities by type, and with --quads its quads.",
                "The figures are the store's totals of the counts each article keeps (added when it is stored, "
                        + "taken out when it is removed), so they take no scan of the store."})
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--recount", description = "First add the counts to articles stored by an older version, which kept none, and the store-wide totals of those counts.")
    boolean recount;

    @Option(names = "--quads", description = "Also count the quads (a pass over the store's quad index: about a second per 5 million quads).")
    boolean quads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore store = main.openExistingGraphStore()) {
            if (recount) {
                if (!(store instanceof TdbStore local)) {
                    throw new IllegalArgumentException(store.location() + ": --recount writes, and works on a local store only");
                }
                spec.commandLine().getErr().printf("counted %d articles%n", StoreCounts.recount(local));
            }
            List<Node> uncounted = StoreCounts.uncounted(store);
            if (!uncounted.isEmpty()) {
                spec.commandLine().getErr().printf("newsgraph: %d articles were stored by an older version and are not "
                        + "counted here, nor by the bundled queries; `newsgraph stats --recount` counts them%n", uncounted.size());
            }
            if (StoreCounts.totalsMissing(store)) {
                spec.commandLine().getErr().printf("newsgraph: the store keeps no totals, or not all of today's (written by an older "
                        + "version), so these counts and the people, places, organizations, cooccurrence and typed-events "
                        + "queries miss articles; `newsgraph stats --recount` adds them%n");
            }
            var stats = QueryCatalog.bundled().get("stats").orElseThrow();
            for (Map<String, Node> row : new QueryRunner(store).select(stats, Map.of())) {
                out.printf("%-22s %s%n", row.get("what").getLiteralLexicalForm(), row.get("count").getLiteralLexicalForm());
            }
            if (quads) {
                out.printf("%-22s %s%n", "quads", store.quadCount());
            }
            out.printf("%-22s %s%n", "store", store.location());
        }
        return ExitCodes.OK;
    }
}
