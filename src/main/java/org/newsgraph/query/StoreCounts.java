package org.newsgraph.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.newsgraph.rdf.ArticleSummary;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.ArticleCounts;
import org.newsgraph.store.ArticleGraphs;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.Timeline;
import org.newsgraph.store.Totals;

/**
 * The counts the articles keep (see {@link ArticleSummary}), added up; and, for a store written
 * by a version that kept none, a way to add them.
 */
public final class StoreCounts {

    private StoreCounts() {
    }

    /** The number of articles. */
    public static long articles(GraphStore store) {
        return store.read(ds -> (long) ArticleGraphs.articles(ds.asDatasetGraph()).size());
    }

    /** The articles that keep no counts, or not all of today's (stored by an older version). */
    public static List<Node> uncounted(GraphStore store) {
        return store.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            List<Node> out = new ArrayList<>();
            for (Node article : ArticleGraphs.articles(dsg)) {
                // the newest of the counts: an article without it keeps older counts, or none
                if (!dsg.contains(article, article, NG.eventCount, Node.ANY)) {
                    out.add(article);
                }
            }
            return out;
        });
    }

    /**
     * Adds the counts to every article that keeps none, one transaction per article, then the
     * store-wide totals if they need them; returns how many articles were counted.
     */
    public static int recount(org.newsgraph.store.TdbStore store) {
        List<Node> articles = uncounted(store);
        for (Node article : articles) {
            Txn.executeWrite(store.dataset(), () -> ArticleCounts.recount(store.dataset().asDatasetGraph(), article));
        }
        if (!articles.isEmpty() || store.read(ds -> Totals.missing(ds.asDatasetGraph()))) {
            Txn.executeWrite(store.dataset(), () -> Totals.rebuild(store.dataset().asDatasetGraph()));
        }
        if (!articles.isEmpty() || store.read(ds -> Timeline.missing(ds.asDatasetGraph()))) {
            Txn.executeWrite(store.dataset(), () -> Timeline.rebuild(store.dataset().asDatasetGraph()));
        }
        return articles.size();
    }

    /**
     * Whether the store's articles keep counts but the store not all of today's totals of them, or
     * no timeline of their typed events (an older version's store).
     */
    public static boolean totalsMissing(GraphStore store) {
        return store.read(ds -> Totals.missing(ds.asDatasetGraph()) || Timeline.missing(ds.asDatasetGraph()));
    }

}
