package org.newsgraph.store;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;

/**
 * The store-wide totals ({@link Iris#TOTALS_GRAPH}) of the counts every article keeps (see
 * {@code ArticleSummary}), so that the store-wide queries read one total instead of adding up
 * thousands of articles' counts:
 * <ul>
 * <li>for each pair of entities, the sentences they share ({@code cooccurrence});</li>
 * <li>for each entity and type, its mentions, the articles that mention it and the articles that
 * tally it ({@code people}, {@code places}, {@code organizations}, {@code stats});</li>
 * <li>for the store, its articles, sentences, sentence graphs with facts, mentions and own events
 * ({@code stats}).</li>
 * </ul>
 * A total follows its articles: their counts are added when they are stored and taken away before
 * they are deleted or a merge changes their entities, so that the totals are always what adding
 * up the articles' counts gives. The changes are SPARQL updates, the same text for the local store
 * (run inside the caller's write transaction) and a remote one (sent with the article's own update),
 * so the two keep the same totals; the IRIs of the totals are minted by SPARQL's {@code SHA256}
 * (see {@link Iris#PAIR_TOTAL_BASE}).
 */
public final class Totals {

    /** The variable that names the articles whose counts change. */
    static final String ARTICLE = "?article";

    /**
     * One kind of total: the article's counts it reads ({@code source}, in the article's graph),
     * grouped by {@code groupBy} into one total each, which {@code key} names and {@code fixed}
     * describes; each counter adds up an aggregate of the group, and the total is gone when its
     * first counter is back to 0.
     */
    private record Kind(String source, String groupBy, String key, String fixed, List<Counter> counters) {
    }

    private record Counter(Node predicate, String aggregate) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(ARTICLE + " " + nt(NG.cooccurrence) + " ?x . ?x " + nt(NG.pairFirst) + " ?a ; " + nt(NG.pairSecond) + " ?b ; "
                    + nt(NG.sentenceCount) + " ?n .",
                    "?a ?b", digestIri(Iris.PAIR_TOTAL_BASE, "?a", "?b"),
                    "?t " + nt(NG.pairFirst) + " ?a ; " + nt(NG.pairSecond) + " ?b .",
                    List.of(new Counter(NG.sentenceCount, "SUM(?n)"))),
            new Kind(ARTICLE + " " + nt(NG.tally) + " ?x . ?x " + nt(NG.tallied) + " ?e ; " + nt(NG.talliedType) + " ?type ; "
                    + nt(NG.mentionCount) + " ?n .",
                    "?e ?type", digestIri(Iris.ENTITY_TOTAL_BASE, "?e", "?type"),
                    "?t " + nt(NG.tallied) + " ?e ; " + nt(NG.talliedType) + " ?type .",
                    List.of(new Counter(NG.tallyCount, "COUNT(*)"), new Counter(NG.mentionCount, "SUM(?n)"),
                            new Counter(NG.articleCount, "SUM(IF(?n > 0, 1, 0))"))),
            new Kind(ARTICLE + " " + nt(NG.factGraphCount) + " ?g ; " + nt(NG.sentenceCount) + " ?s ; " + nt(NG.mentionCount) + " ?m ; "
                    + nt(NG.eventCount) + " ?v .",
                    "", nt(Iris.STORE_TOTAL), "",
                    List.of(new Counter(NG.articleCount, "COUNT(*)"), new Counter(NG.sentenceCount, "SUM(?s)"),
                            new Counter(NG.factGraphCount, "SUM(?g)"), new Counter(NG.mentionCount, "SUM(?m)"),
                            new Counter(NG.eventCount, "SUM(?v)"))));

    private Totals() {
    }

    /** Adds the counts of {@code articles} (stored) to the totals. */
    public static void add(DatasetGraph dsg, Collection<Node> articles) {
        if (!articles.isEmpty()) {
            UpdateAction.parseExecute(add(values(articles)), dsg);
        }
    }

    /** Takes the counts of {@code articles} away from the totals (before they are deleted or changed). */
    public static void subtract(DatasetGraph dsg, Collection<Node> articles) {
        if (!articles.isEmpty()) {
            UpdateAction.parseExecute(subtract(values(articles)), dsg);
        }
    }

    /** Replaces the totals by the sums of every article's counts (a store written before they were kept). */
    public static void rebuild(DatasetGraph dsg) {
        dsg.deleteAny(Iris.TOTALS_GRAPH, Node.ANY, Node.ANY, Node.ANY);
        UpdateAction.parseExecute(add(""), dsg);
    }

    /** Whether the store keeps articles with counts but not all of today's totals (written by an older version). */
    public static boolean missing(DatasetGraph dsg) {
        return dsg.find(Node.ANY, Node.ANY, NG.factGraphCount, Node.ANY).hasNext()
                && !dsg.find(Iris.TOTALS_GRAPH, Iris.STORE_TOTAL, NG.articleCount, Node.ANY).hasNext();
    }

    /**
     * The update that adds the counts of the articles {@code articles} binds to {@link #ARTICLE}
     * (a pattern; empty for every article) to the totals.
     */
    static String add(String articles) {
        return KINDS.stream().map(k -> change(k, articles, "+")).collect(Collectors.joining(" ;\n"));
    }

    /**
     * The update that takes the counts of the articles {@code articles} binds to {@link #ARTICLE}
     * away from the totals, and drops the totals that are left at 0.
     */
    static String subtract(String articles) {
        String totals = nt(Iris.TOTALS_GRAPH);
        return KINDS.stream().map(k -> change(k, articles, "-") + " ;\n"
                        + "DELETE { GRAPH " + totals + " { ?t ?p ?o } } WHERE { " + changed(k, articles) + " GRAPH " + totals + " { ?t "
                        + nt(k.counters().get(0).predicate()) + " 0 ; ?p ?o } }")
                .collect(Collectors.joining(" ;\n"));
    }

    /** Binds ?t to each total of kind {@code k} that the articles change, with the changes as ?d0, ?d1... */
    private static String changed(Kind k, String articles) {
        StringBuilder sums = new StringBuilder();
        for (int i = 0; i < k.counters().size(); i++) {
            sums.append(" (").append(k.counters().get(i).aggregate()).append(" AS ?d").append(i).append(')');
        }
        return "{ SELECT " + k.groupBy() + sums + " WHERE { " + articles + " GRAPH " + ARTICLE + " { " + k.source() + " } }"
                + (k.groupBy().isEmpty() ? "" : " GROUP BY " + k.groupBy()) + " } BIND(" + k.key() + " AS ?t)";
    }

    private static String change(Kind k, String articles, String sign) {
        String totals = nt(Iris.TOTALS_GRAPH);
        StringBuilder delete = new StringBuilder();
        StringBuilder insert = new StringBuilder(k.fixed());
        StringBuilder lookups = new StringBuilder();
        for (int i = 0; i < k.counters().size(); i++) {
            String p = nt(k.counters().get(i).predicate());
            delete.append("?t ").append(p).append(" ?old").append(i).append(" . ");
            insert.append(" ?t ").append(p).append(" ?new").append(i).append(" .");
            lookups.append(" OPTIONAL { GRAPH ").append(totals).append(" { ?t ").append(p).append(" ?old").append(i).append(" } }")
                    .append(" BIND(COALESCE(?old").append(i).append(", 0) ").append(sign).append(" ?d").append(i)
                    .append(" AS ?new").append(i).append(')');
        }
        return "DELETE { GRAPH " + totals + " { " + delete + "} }"
                + " INSERT { GRAPH " + totals + " { " + insert + " } }"
                + " WHERE { " + changed(k, articles) + lookups + " }";
    }

    /** A VALUES block binding {@link #ARTICLE} to each of {@code articles}. */
    static String values(Collection<Node> articles) {
        return "VALUES " + ARTICLE + " { " + articles.stream().map(Totals::nt).collect(Collectors.joining(" ")) + " }";
    }

    /** An IRI under {@code base} followed by the SHA-256 of the two IRIs joined by a space. */
    private static String digestIri(String base, String first, String second) {
        return "IRI(CONCAT(\"" + base + "\", SHA256(CONCAT(STR(" + first + "), \" \", STR(" + second + ")))))";
    }

    static String nt(Node n) {
        return NodeFmtLib.strNT(n);
    }
}
