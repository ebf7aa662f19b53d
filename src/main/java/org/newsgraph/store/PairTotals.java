package org.newsgraph.store;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;

/**
 * The store-wide co-occurrence totals ({@link Iris#TOTALS_GRAPH}): for each pair of entities, the
 * sentences they share over all articles, so that the {@code cooccurrence} query reads one total
 * per pair instead of adding up the pairs every article keeps (a 20,000-article store keeps about
 * a million). A total is kept as its articles come and go: an article's pairs are added when it is
 * stored and taken away before it is deleted or merges change its entities (see
 * {@link ArticleCounts}). The totals are exactly what adding up the articles' pairs gives. All
 * methods run inside the caller's write transaction.
 */
public final class PairTotals {

    private PairTotals() {
    }

    /** Adds the pairs {@code article} keeps in its graph to the totals. */
    public static void add(DatasetGraph dsg, Node article) {
        pairsOf(dsg, article).forEach((pair, n) -> change(dsg, pair.get(0), pair.get(1), n));
    }

    /** Takes the pairs {@code article} keeps away from the totals (before the article is deleted). */
    public static void subtract(DatasetGraph dsg, Node article) {
        pairsOf(dsg, article).forEach((pair, n) -> change(dsg, pair.get(0), pair.get(1), n.negate()));
    }

    /** Replaces the totals by the sum of every article's pairs (a store written before totals were kept). */
    public static void rebuild(DatasetGraph dsg) {
        dsg.deleteAny(Iris.TOTALS_GRAPH, Node.ANY, Node.ANY, Node.ANY);
        Map<List<Node>, BigInteger> sums = new HashMap<>();
        ArticleGraphs.articles(dsg).forEach(a -> pairsOf(dsg, a).forEach((pair, n) -> sums.merge(pair, n, BigInteger::add)));
        sums.forEach((pair, n) -> change(dsg, pair.get(0), pair.get(1), n));
    }

    /** Whether the store keeps pairs but no totals (written by a version that kept none). */
    public static boolean missing(DatasetGraph dsg) {
        return dsg.find(Node.ANY, Node.ANY, NG.pairFirst, Node.ANY).hasNext()
                && !dsg.find(Iris.TOTALS_GRAPH, Node.ANY, Node.ANY, Node.ANY).hasNext();
    }

    /** The article's pairs, (first, second) to sentences. */
    private static Map<List<Node>, BigInteger> pairsOf(DatasetGraph dsg, Node article) {
        Map<List<Node>, BigInteger> out = new HashMap<>();
        dsg.find(article, article, NG.cooccurrence, Node.ANY).forEachRemaining(q -> {
            Node pair = q.getObject();
            Node first = object(dsg, article, pair, NG.pairFirst);
            Node second = object(dsg, article, pair, NG.pairSecond);
            Node n = object(dsg, article, pair, NG.sentenceCount);
            if (first != null && second != null && n != null) {
                out.merge(List.of(first, second), new BigInteger(n.getLiteralLexicalForm()), BigInteger::add);
            }
        });
        return out;
    }

    private static void change(DatasetGraph dsg, Node first, Node second, BigInteger by) {
        Node total = Iris.pairTotal(first, second);
        BigInteger n = count(dsg, total).add(by);
        dsg.deleteAny(Iris.TOTALS_GRAPH, total, NG.sentenceCount, Node.ANY);
        if (n.signum() <= 0) {
            dsg.deleteAny(Iris.TOTALS_GRAPH, total, Node.ANY, Node.ANY);
            return;
        }
        dsg.add(Iris.TOTALS_GRAPH, total, NG.pairFirst, first);
        dsg.add(Iris.TOTALS_GRAPH, total, NG.pairSecond, second);
        dsg.add(Iris.TOTALS_GRAPH, total, NG.sentenceCount, NodeFactory.createLiteralDT(n.toString(), XSDDatatype.XSDinteger));
    }

    private static BigInteger count(DatasetGraph dsg, Node total) {
        Node n = object(dsg, total, NG.sentenceCount);
        return n == null ? BigInteger.ZERO : new BigInteger(n.getLiteralLexicalForm());
    }

    private static Node object(DatasetGraph dsg, Node total, Node p) {
        return object(dsg, Iris.TOTALS_GRAPH, total, p);
    }

    private static Node object(DatasetGraph dsg, Node graph, Node s, Node p) {
        var it = dsg.find(graph, s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }
}
