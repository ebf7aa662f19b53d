package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.newsgraph.query.QueryCatalog;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Counts what the store holds: articles, sentences, mentions, entities by type, facts, quads.")
final class StatsCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore store = main.openExistingGraphStore()) {
            var stats = QueryCatalog.bundled().get("stats").orElseThrow();
            for (Map<String, Node> row : new QueryRunner(store).select(stats, Map.of())) {
                out.printf("%-22s %s%n", row.get("what").getLiteralLexicalForm(), row.get("count").getLiteralLexicalForm());
            }
            out.printf("%-22s %d%n", "quads", store.quadCount());
            out.printf("%-22s %s%n", "store", store.location());
        }
        return ExitCodes.OK;
    }
}
