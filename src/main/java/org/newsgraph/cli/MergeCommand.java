package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Node;
import org.newsgraph.store.EntityIdentity;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Makes two entities one: every fact and mention of FROM moves to INTO, FROM's names "
                + "become other names (skos:altLabel) of INTO, and articles ingested later that name FROM "
                + "are merged too (the merge is kept in the store as owl:sameAs).",
                "With --aliases FILE, applies an alias file instead (the format `ingest --aliases` takes): "
                        + "one entity per line, TYPE<TAB>CANONICAL NAME<TAB>OTHER NAME..., TYPE person, "
                        + "organization or place; re-running it is harmless."})
final class MergeCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FROM", description = "The entity merged away: its IRI or a name.")
    String from;

    @Parameters(index = "1", arity = "0..1", paramLabel = "INTO", description = "The entity kept: its IRI or a name.")
    String into;

    @Option(names = "--aliases", paramLabel = "FILE", description = "Apply this alias file.")
    Path aliases;

    @Override
    public Integer call() throws IOException {
        if ((aliases == null) == (from == null || into == null)) {
            throw new IllegalArgumentException("give FROM and INTO, or --aliases FILE");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (TdbStore store = main.openStore()) {
            if (aliases != null) {
                List<Node> entities = EntityIdentity.applyAliases(store, EntityIdentity.readAliases(aliases));
                out.printf("%s: %d entities%n", aliases, entities.size());
            } else {
                List<Node> merged = EntityIdentity.merge(store, from, into);
                out.printf("merged %s into %s%n", merged.get(0).getURI(), merged.get(1).getURI());
            }
        }
        return ExitCodes.OK;
    }
}
