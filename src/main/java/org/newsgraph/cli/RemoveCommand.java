package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.newsgraph.query.ArticleFinder;
import org.newsgraph.query.StoreCounts;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Deletes an article and every graph derived from it (its counts too). Exit code 1 when nothing matched.",
                "ARTICLE is looked up as an article IRI, a URL or the file name as ingested; failing that, as the end of "
                        + "a file path, then as a piece of a headline (case-insensitive). Several headline matches "
                        + "are listed, not deleted, unless --all."})
final class RemoveCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE", description = "The article's IRI, its URL, its file name, or a piece of its headline.")
    String article;

    @Option(names = "--all", description = "Delete every article ARTICLE matches, even several headlines.")
    boolean all;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (GraphStore store = main.openExistingGraphStore()) {
            ArticleFinder.Found found = ArticleFinder.find(store, article);
            List<Node> matched = found.articles();
            if (matched.isEmpty()) {
                err.println("newsgraph: " + article + ": no such article in the store (IRI, URL, file name or headline)");
                return ExitCodes.PARTIAL;
            }
            if (matched.size() > 1 && !"name".equals(found.how()) && !all) {
                err.println("newsgraph: " + article + ": matches the " + found.how() + " of " + matched.size()
                        + " articles; give one of these, or --all to delete them all:");
                matched.forEach(a -> err.println("  " + a.getURI()));
                return ExitCodes.PARTIAL;
            }
            for (Node a : matched) {
                store.remove(a.getURI()).forEach(r -> out.println("removed " + r.getURI()));
            }
            out.printf("store %s: %d articles, %d quads%n", store.location(), StoreCounts.articles(store), store.quadCount());
        }
        return ExitCodes.OK;
    }
}
