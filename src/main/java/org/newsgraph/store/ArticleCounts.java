package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.rdf.ArticleSummary;

/**
 * The counts an article keeps ({@link ArticleSummary}), computed again from its stored quads: for
 * a store written before they were kept, and after a merge changed the entities an article names
 * (two entities merged in one sentence are one entity there: its pairs and tallies change, they
 * do not add up). Runs inside the caller's write transaction.
 */
public final class ArticleCounts {

    private ArticleCounts() {
    }

    /** Replaces the counts {@code article} keeps by those its quads give now. */
    public static void recount(DatasetGraph dsg, Node article) {
        List<Quad> quads = new ArrayList<>();
        List<Quad> kept = new ArrayList<>();
        for (Node g : ArticleGraphs.graphs(dsg, article)) {
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> (ArticleSummary.isSummary(article, q) ? kept : quads).add(q));
        }
        kept.forEach(dsg::delete);
        ArticleSummary.of(article, quads).forEach(dsg::add);
    }
}
