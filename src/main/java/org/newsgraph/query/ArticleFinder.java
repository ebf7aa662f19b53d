package org.newsgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Schema;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.TdbStore;

/**
 * Finds the articles a user means: by IRI, URL or the exact file name first; failing that, by the
 * end of the file path ({@code story.txt} for {@code corpus/story.txt}), then by a piece of the
 * headline (case-insensitive).
 */
public final class ArticleFinder {

    /** The articles found, and how: {@code "headline"} matches deserve a second look before deleting. */
    public record Found(List<Node> articles, String how) {
    }

    private ArticleFinder() {
    }

    public static Found find(GraphStore store, String ref) {
        return store.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            List<Node> exact = TdbStore.articlesNamed(dsg, ref);
            if (!exact.isEmpty()) {
                return new Found(exact, "name");
            }
            String suffix = "/" + ref.replaceFirst("^\\./", "");
            List<Node> byPath = ownLiterals(dsg, NG.sourceName, s -> s.endsWith(suffix));
            if (!byPath.isEmpty()) {
                return new Found(byPath, "file");
            }
            String wanted = ref.strip().toLowerCase(Locale.ROOT);
            return new Found(wanted.isEmpty() ? List.of()
                    : ownLiterals(dsg, Schema.headline, h -> h.toLowerCase(Locale.ROOT).contains(wanted)), "headline");
        });
    }

    /** Articles whose own graph gives {@code predicate} a literal that {@code test} accepts. */
    private static List<Node> ownLiterals(DatasetGraph dsg, Node predicate, java.util.function.Predicate<String> test) {
        Set<Node> out = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral() && test.test(q.getObject().getLiteralLexicalForm())) {
                out.add(q.getSubject());
            }
        });
        return new ArrayList<>(out);
    }
}
