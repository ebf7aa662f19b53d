package org.newsgraph.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.ArticleSummary;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Nif;
import org.newsgraph.store.GraphStore;

/**
 * The counts the articles keep (see {@link ArticleSummary}), added up; and, for a store written
 * by a version that kept none, a way to add them.
 */
public final class StoreCounts {

    private StoreCounts() {
    }

    /** The number of articles. */
    public static long articles(GraphStore store) {
        return store.read(ds -> (long) articlesIn(ds.asDatasetGraph()).size());
    }

    /** The articles that keep no counts (stored by an older version). */
    public static List<Node> uncounted(GraphStore store) {
        return store.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            List<Node> out = new ArrayList<>();
            for (Node article : articlesIn(dsg)) {
                if (!dsg.contains(article, article, NG.quadCount, Node.ANY)) {
                    out.add(article);
                }
            }
            return out;
        });
    }

    /** Adds the counts to every article that keeps none, one transaction per article; returns how many. */
    public static int recount(org.newsgraph.store.TdbStore store) {
        List<Node> articles = uncounted(store);
        for (Node article : articles) {
            Txn.executeWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                List<Quad> quads = new ArrayList<>();
                List<Node> graphs = new ArrayList<>(List.of(article));
                dsg.find(article, Node.ANY, RDF.type.asNode(), Nif.Sentence).forEachRemaining(q -> graphs.add(q.getSubject()));
                for (Node g : graphs) {
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(quads::add);
                }
                ArticleSummary.of(article, quads).forEach(dsg::add);
            });
        }
        return articles.size();
    }

    /** Articles are the subjects of ng:contentHash in their own graph. */
    private static List<Node> articlesIn(DatasetGraph dsg) {
        List<Node> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, NG.contentHash, Node.ANY).forEachRemaining(q -> {
            if (q.getGraph().equals(q.getSubject())) {
                out.add(q.getSubject());
            }
        });
        return out;
    }
}
