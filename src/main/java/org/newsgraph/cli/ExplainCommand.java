package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.export.RdfExporter;
import org.newsgraph.query.Explainer;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Shows what the graph says about an entity, sentence by sentence, with each sentence's text.")
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
            PrefixMapping pm = PrefixMapping.Factory.create();
            RdfExporter.prefixes().forEach(pm::setNsPrefix);
            out.println(x.entity().getURI());
            Node sentence = null;
            for (Explainer.Fact f : x.facts()) {
                if (!f.sentence().equals(sentence)) {
                    sentence = f.sentence();
                    out.printf("%n  from %s%n    \"%s\"%n", sentence.getURI(), f.sentenceText());
                }
                out.printf("    %s %s %s%n", f.subject().toString(pm), f.predicate().toString(pm), f.object().toString(pm));
            }
        }
        return ExitCodes.OK;
    }
}
