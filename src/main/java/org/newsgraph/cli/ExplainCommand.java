package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsgraph.query.Explainer;
import org.newsgraph.query.TableWriter;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Shows what the graph says about an entity: its types and names, then its facts article by article "
                + "(by date, with the headline) and sentence by sentence in text order, with each sentence's text.",
                "Sentences that only name the entity are counted at the end; `query mentions` lists them."})
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ENTITY", description = "The entity's IRI, or its label or another of its names.")
    String entity;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (TdbStore store = main.openExistingStore()) {
            Explainer.Explanation x = new Explainer(store).explain(entity);
            if (x.entity() == null) {
                if (x.candidates().isEmpty()) {
                    throw new IllegalArgumentException(entity + ": no entity with that IRI or name");
                }
                out.println(entity + " names several entities; give one IRI:");
                x.candidates().forEach(c -> out.println("  " + c.getURI()));
                return ExitCodes.PARTIAL;
            }
            out.printf("%s  (%s)%n", x.entity().getURI(), x.types().stream().map(TableWriter::text).collect(Collectors.joining(", ")));
            out.printf("  name: %s%n", String.join(" | ", x.labels()));
            if (!x.otherNames().isEmpty()) {
                out.printf("  also: %s%n", String.join(" | ", x.otherNames()));
            }
            for (Explainer.ArticleFacts a : x.articles()) {
                out.printf("%n%s  %s%n  %s%n", a.date() == null ? "(undated)" : a.date(),
                        a.headline() == null ? "(no headline)" : a.headline(), a.article().getURI());
                for (Explainer.SentenceFacts s : a.sentences()) {
                    out.printf("    \"%s\"%n", s.text());
                    for (Explainer.Fact f : s.facts()) {
                        out.printf("      %s %s %s%n", TableWriter.text(f.subject()), TableWriter.text(f.predicate()), term(f.object()));
                    }
                }
            }
            if (x.mentionOnly() > 0) {
                out.printf("%n%d more sentences name it and say nothing else about it (newsgraph query mentions --param entity=...)%n",
                        x.mentionOnly());
            }
        }
        return ExitCodes.OK;
    }

    private static String term(org.apache.jena.graph.Node n) {
        return n.isLiteral() ? "\"" + TableWriter.text(n) + "\"" : TableWriter.text(n);
    }
}
