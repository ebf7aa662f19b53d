package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = "Deletes an article and every graph derived from it. Exit code 1 when nothing matched.")
final class RemoveCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE", description = "The article's IRI, its URL, or the file name it was ingested from.")
    String article;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (GraphStore store = main.openExistingGraphStore()) {
            List<Node> removed = store.remove(article);
            if (removed.isEmpty()) {
                spec.commandLine().getErr().println("newsgraph: " + article + ": no such article in the store");
                return ExitCodes.PARTIAL;
            }
            removed.forEach(a -> out.println("removed " + a.getURI()));
            out.printf("store %s: %d quads%n", store.location(), store.quadCount());
        }
        return ExitCodes.OK;
    }
}
