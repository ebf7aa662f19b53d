package org.newsgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.Nif;
import org.newsgraph.store.GraphStore;

/** What the graph says about one entity, each fact with the sentence it came from. */
public final class Explainer {

    /** One fact and its source sentence; {@code subject} is the entity unless the fact points at it. */
    public record Fact(Node subject, Node predicate, Node object, Node sentence, String sentenceText) {
    }

    /** The entity with its facts, or {@code entity == null} when nothing matched. */
    public record Explanation(Node entity, List<Node> candidates, List<Fact> facts) {
    }

    private final GraphStore store;

    public Explainer(GraphStore store) {
        this.store = store;
    }

    /** Explains the entity named by {@code ref}: an IRI, or a label or other name (case-insensitive). */
    public Explanation explain(String ref) {
        return store.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            List<Node> candidates = resolve(dsg, ref);
            if (candidates.size() != 1) {
                return new Explanation(null, candidates, List.of());
            }
            Node e = candidates.get(0);
            List<Fact> facts = new ArrayList<>();
            dsg.find(Node.ANY, e, Node.ANY, Node.ANY).forEachRemaining(q -> facts.add(fact(dsg, q)));
            dsg.find(Node.ANY, Node.ANY, Node.ANY, e).forEachRemaining(q -> {
                if (!q.getGraph().equals(q.getSubject()) && isSentence(q.getGraph())) {
                    facts.add(fact(dsg, q));
                }
            });
            facts.removeIf(f -> !isSentence(f.sentence()));
            facts.sort((a, b) -> a.sentence().getURI().compareTo(b.sentence().getURI()));
            return new Explanation(e, candidates, facts);
        });
    }

    private static boolean isSentence(Node graph) {
        return graph.isURI() && graph.getURI().contains("#char=");
    }

    private static Fact fact(DatasetGraph dsg, Quad q) {
        String text = null;
        var it = dsg.find(Node.ANY, q.getGraph(), Nif.anchorOf, Node.ANY);
        if (it.hasNext()) {
            text = it.next().getObject().getLiteralLexicalForm();
        }
        return new Fact(q.getSubject(), q.getPredicate(), q.getObject(), q.getGraph(), text);
    }

    private static List<Node> resolve(DatasetGraph dsg, String ref) {
        List<Node> out = new ArrayList<>();
        if (ref.matches("(?i)(https?|urn):\\S+")) {
            Node iri = NodeFactory.createURI(ref);
            if (dsg.find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext()) {
                out.add(iri);
            }
            return out;
        }
        String wanted = ref.strip().toLowerCase(Locale.ROOT);
        for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
            dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                if (q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().toLowerCase(Locale.ROOT).equals(wanted)
                        && !out.contains(q.getSubject())) {
                    out.add(q.getSubject());
                }
            });
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }
}
