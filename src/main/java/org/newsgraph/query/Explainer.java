package org.newsgraph.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.rdf.ArticleSummary;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Nif;
import org.newsgraph.rdf.Schema;
import org.newsgraph.store.GraphStore;

/**
 * What the graph says about one entity: its types and names once, then its facts article by
 * article (by date) and sentence by sentence in text order, each article with its headline and date.
 */
public final class Explainer {

    /** One fact; {@code subject} is the entity unless the fact points at it. */
    public record Fact(Node subject, Node predicate, Node object) {
    }

    /** A sentence (in text order within its article) and the facts it states about the entity. */
    public record SentenceFacts(Node sentence, int begin, String text, List<Fact> facts) {
    }

    /** An article's facts about the entity; {@code headline} and {@code date} may be null. */
    public record ArticleFacts(Node article, String headline, String date, List<SentenceFacts> sentences) {
    }

    /**
     * The entity with its facts, or {@code entity == null} when {@code candidates} is not one
     * entity. {@code mentionOnly} counts the sentences that name the entity and state nothing else about it.
     */
    public record Explanation(Node entity, List<Node> candidates, Set<Node> types, Set<String> labels,
                              Set<String> otherNames, List<ArticleFacts> articles, int mentionOnly) {
    }

    private static final Set<Node> NAMING = Set.of(RDF.type.asNode(), RDFS.label.asNode(), SKOS.altLabel.asNode());

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
                return new Explanation(null, candidates, Set.of(), Set.of(), Set.of(), List.of(), 0);
            }
            Node e = candidates.get(0);
            Set<Node> types = new LinkedHashSet<>();
            Set<String> labels = new LinkedHashSet<>();
            Set<String> otherNames = new LinkedHashSet<>();
            Map<Node, List<Fact>> bySentence = new TreeMap<>(Comparator.comparing(Node::getURI));
            Set<Node> namingOnly = new LinkedHashSet<>();
            dsg.find(Node.ANY, e, Node.ANY, Node.ANY).forEachRemaining(q -> {
                if (!isSentence(q.getGraph())) {
                    return;
                }
                Node p = q.getPredicate();
                if (NAMING.contains(p)) {
                    if (p.equals(RDF.type.asNode())) {
                        types.add(q.getObject());
                    } else if (q.getObject().isLiteral()) {
                        (p.equals(RDFS.label.asNode()) ? labels : otherNames).add(q.getObject().getLiteralLexicalForm());
                    }
                    namingOnly.add(q.getGraph());
                } else {
                    bySentence.computeIfAbsent(q.getGraph(), k -> new ArrayList<>()).add(fact(q));
                }
            });
            dsg.find(Node.ANY, Node.ANY, Node.ANY, e).forEachRemaining(q -> {
                if (isSentence(q.getGraph())) {
                    bySentence.computeIfAbsent(q.getGraph(), k -> new ArrayList<>()).add(fact(q));
                }
            });
            otherNames.removeAll(labels);
            namingOnly.removeAll(bySentence.keySet());
            return new Explanation(e, candidates, types, labels, otherNames, group(dsg, bySentence), namingOnly.size());
        });
    }

    private static List<ArticleFacts> group(DatasetGraph dsg, Map<Node, List<Fact>> bySentence) {
        Map<Node, List<SentenceFacts>> byArticle = new TreeMap<>(Comparator.comparing(Node::getURI));
        bySentence.forEach((sentence, facts) -> {
            Node article = articleOf(sentence);
            byArticle.computeIfAbsent(article, k -> new ArrayList<>())
                    .add(new SentenceFacts(sentence, begin(sentence), literal(dsg, article, sentence, Nif.anchorOf), facts));
        });
        List<ArticleFacts> out = new ArrayList<>();
        byArticle.forEach((article, sentences) -> {
            sentences.sort(Comparator.comparingInt(SentenceFacts::begin));
            out.add(new ArticleFacts(article, literal(dsg, article, article, Schema.headline),
                    literal(dsg, article, article, Schema.datePublished), sentences));
        });
        // by date, undated last; articles of the same date by IRI, as they were gathered
        out.sort(Comparator.comparing(ArticleFacts::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    private static Fact fact(Quad q) {
        return new Fact(q.getSubject(), q.getPredicate(), q.getObject());
    }

    private static boolean isSentence(Node graph) {
        return graph.isURI() && graph.getURI().contains("#char=");
    }

    /** Sentence IRIs are {@code <article#char=b,e>}. */
    private static Node articleOf(Node sentence) {
        String iri = sentence.getURI();
        return NodeFactory.createURI(iri.substring(0, iri.indexOf('#')));
    }

    private static int begin(Node sentence) {
        String iri = sentence.getURI();
        String span = iri.substring(iri.indexOf("#char=") + 6);
        return Integer.parseInt(span.substring(0, span.indexOf(',')));
    }

    private static String literal(DatasetGraph dsg, Node graph, Node subject, Node predicate) {
        var it = dsg.find(graph, subject, predicate, Node.ANY);
        return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
    }

    /**
     * An IRI names the entity when anything is said about it; a name is looked up among the
     * lower-cased names the articles keep (ng:nameKey), labels before other names.
     */
    private static List<Node> resolve(DatasetGraph dsg, String ref) {
        List<Node> out = new ArrayList<>();
        if (ref.matches("(?i)(https?|urn):\\S+")) {
            Node iri = NodeFactory.createURI(ref);
            if (dsg.find(Node.ANY, iri, Node.ANY, Node.ANY).hasNext()) {
                out.add(iri);
            }
            return out;
        }
        String wanted = ArticleSummary.nameKey(ref.strip());
        Set<Node> named = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, NG.nameKey, NodeFactory.createLiteralString(wanted)).forEachRemaining(t ->
                dsg.find(t.getGraph(), t.getSubject(), NG.tallied, Node.ANY).forEachRemaining(q -> named.add(q.getObject())));
        for (Node p : List.of(RDFS.label.asNode(), SKOS.altLabel.asNode())) {
            for (Node e : named) {
                var names = dsg.find(Node.ANY, e, p, Node.ANY);
                while (names.hasNext()) {
                    Node name = names.next().getObject();
                    if (name.isLiteral() && ArticleSummary.nameKey(name.getLiteralLexicalForm()).equals(wanted)) {
                        out.add(e);
                        break;
                    }
                }
            }
            if (!out.isEmpty()) {
                break;
            }
        }
        return out;
    }
}
