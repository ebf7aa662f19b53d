package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Nif;

/**
 * How the stored articles are laid out: an article is the subject of {@code ng:contentHash} in a
 * graph of its own, and each of its sentences is a graph {@code <article#char=b,e>} that its own
 * graph types {@code nif:Sentence}.
 */
public final class ArticleGraphs {

    private ArticleGraphs() {
    }

    /** Every stored article. */
    public static List<Node> articles(DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, NG.contentHash, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) {
                out.add(q.getSubject());
            }
        });
        return out;
    }

    /** The article's own graph, then its sentence graphs. */
    public static List<Node> graphs(DatasetGraph dsg, Node article) {
        List<Node> out = new ArrayList<>(List.of(article));
        dsg.find(article, Node.ANY, RDF.type.asNode(), Nif.Sentence).forEachRemaining(q -> out.add(q.getSubject()));
        return out;
    }

    /** The article whose graph (its own or one of its sentences') {@code graph} is; none for the store's own graphs. */
    public static Optional<Node> articleOf(Node graph) {
        if (!graph.isURI() || !graph.getURI().startsWith(NG.ARTICLE_BASE)) {
            return Optional.empty();
        }
        int hash = graph.getURI().indexOf('#');
        return Optional.of(hash < 0 ? graph : NodeFactory.createURI(graph.getURI().substring(0, hash)));
    }
}
