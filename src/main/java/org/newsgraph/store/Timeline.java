package org.newsgraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.update.UpdateAction;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Schema;

/**
 * The store's timeline of typed events ({@link Iris#TIMELINE_GRAPH}): each row the
 * {@code typed-events} query gives, rendered into one literal when its article is stored, so
 * that the query reads one row per event instead of looking up some twenty facts of each (on
 * 20,000 articles, 38,000 events). A row holds the names of the entities it mentions as the store
 * labels them, and the article's tally of each of those entities records the label its rows give
 * it ({@code ng:timelineLabel}): when the store relabels one (a new article, a merge, a removal),
 * the rows of the articles whose record differs are rendered again. The changes are SPARQL updates
 * run in the store's transaction. A remote store, which keeps no entity identity, gets its rows
 * rendered by the client from the article alone (so they keep the names the article gives) and
 * drops them with the same update text.
 */
public final class Timeline {

    private static final String ROWS = rows();
    /** The prefixes of {@link #ROWS}, which an update gives before the operation that uses them. */
    private static final String PROLOGUE = prologue();
    private static final String GRAPH = nt(Iris.TIMELINE_GRAPH);

    private Timeline() {
    }

    /** Renders the rows of {@code articles} (stored) again, replacing those they had. */
    public static void render(DatasetGraph dsg, Collection<Node> articles) {
        if (!articles.isEmpty()) {
            UpdateAction.parseExecute(render(Totals.values(articles)), dsg);
        }
    }

    /** Drops the rows of {@code articles} (before they are deleted). */
    public static void drop(DatasetGraph dsg, Collection<Node> articles) {
        if (!articles.isEmpty()) {
            UpdateAction.parseExecute(drop(Totals.values(articles)), dsg);
        }
    }

    /**
     * The articles whose rows are to be rendered again: those whose rows give an entity another
     * label than {@code labels}, which maps the entities the store just relabelled to their label.
     */
    public static Set<Node> relabelled(DatasetGraph dsg, Map<Node, String> labels) {
        Set<Node> articles = new HashSet<>();
        labels.forEach((e, label) -> dsg.find(Node.ANY, Node.ANY, NG.tallied, e).forEachRemaining(tally -> {
            var given = dsg.find(Iris.TIMELINE_GRAPH, tally.getSubject(), NG.timelineLabel, Node.ANY);
            while (given.hasNext()) {
                if (!given.next().getObject().getLiteralLexicalForm().equals(label)) {
                    articles.add(tally.getGraph());
                }
            }
        }));
        return articles;
    }

    /** Replaces the timeline by the rows of every article (a store written before it was kept). */
    public static void rebuild(DatasetGraph dsg) {
        dsg.deleteAny(Iris.TIMELINE_GRAPH, Node.ANY, Node.ANY, Node.ANY);
        UpdateAction.parseExecute(render(""), dsg);
    }

    /** Whether the store's articles list typed events but the store keeps no timeline of them (an older version's store). */
    public static boolean missing(DatasetGraph dsg) {
        return dsg.find(Node.ANY, Node.ANY, NG.typedEvent, Node.ANY).hasNext()
                && !dsg.find(Iris.TIMELINE_GRAPH, Node.ANY, NG.timelineText, Node.ANY).hasNext();
    }

    /**
     * The update that renders the rows of the articles {@code articles} binds to
     * {@link Totals#ARTICLE} (a pattern; empty for every article), replacing their old rows, and
     * records the labels the rows give their entities.
     */
    static String render(String articles) {
        // the tallies of the entities the rows name: their agents, patients, places and sources
        String named = articles + " ?article " + nt(NG.typedEvent) + " ?e . { ?e " + nt(NG.agent) + " ?x } UNION { ?e "
                + nt(NG.patient) + " ?x } UNION { ?e " + nt(Schema.location) + " ?x } UNION { GRAPH ?s { ?e " + nt(NG.trigger)
                + " ?trigger } ?s " + nt(NG.attributedTo) + " ?x } GRAPH ?article { ?article " + nt(NG.tally) + " ?t . ?t "
                + nt(NG.tallied) + " ?x }";
        return drop(articles) + " ;\n"
                + PROLOGUE + "INSERT { GRAPH " + GRAPH + " { ?row " + nt(NG.timelineArticle) + " ?article ; " + nt(NG.timelineEvent) + " ?e ; "
                + nt(NG.timelineText) + " ?text } } WHERE { { " + ROWS.replace("ARTICLES", articles) + " } "
                + "BIND(IRI(CONCAT(STR(?e), \"-row-\", SHA1(?text))) AS ?row) } ;\n"
                + "INSERT { GRAPH " + GRAPH + " { ?t " + nt(NG.timelineLabel) + " ?label } } WHERE { " + named + " ?x "
                + nt(RDFS.label.asNode()) + " ?label }";
    }

    /**
     * The update that drops the rows of the articles {@code articles} binds to {@link Totals#ARTICLE}
     * and the labels their tallies record.
     */
    static String drop(String articles) {
        return "DELETE { GRAPH " + GRAPH + " { ?row ?p ?o } } WHERE { " + articles + " GRAPH " + GRAPH + " { ?row "
                + nt(NG.timelineArticle) + " ?article ; ?p ?o } } ;\n"
                + "DELETE { GRAPH " + GRAPH + " { ?t " + nt(NG.timelineLabel) + " ?label } } WHERE { " + articles + " GRAPH ?article { ?article "
                + nt(NG.tally) + " ?t } GRAPH " + GRAPH + " { ?t " + nt(NG.timelineLabel) + " ?label } }";
    }

    private static String rows() {
        String text = resource();
        return text.substring(text.indexOf("\nSELECT") + 1);
    }

    private static String prologue() {
        String text = resource();
        return text.substring(0, text.indexOf("\nSELECT") + 1);
    }

    private static String resource() {
        try (InputStream in = Timeline.class.getResourceAsStream("timeline-rows.rq")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("timeline-rows.rq: " + e.getMessage(), e);
        }
    }

    private static String nt(Node n) {
        return Totals.nt(n);
    }
}
