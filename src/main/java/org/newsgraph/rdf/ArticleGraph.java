package org.newsgraph.rdf;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * All quads of one article, the unit the store writes in one transaction.
 *
 * @param article the article IRI, also the name of its own graph
 * @param contentHash digest of the article text and graph-changing metadata, to recognise a re-ingest
 * @param sentenceGraphs how many sentence graphs the quads fill
 */
public record ArticleGraph(Node article, String contentHash, String sourceName, List<Quad> quads, int sentenceGraphs) {

    public ArticleGraph {
        quads = List.copyOf(quads);
    }

    public ArticleKey key() {
        return new ArticleKey(article, contentHash, sourceName);
    }
}
