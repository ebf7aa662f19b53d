package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.source.Article;

/** The IRIs newsgraph mints, in one place so that they stay stable across runs and versions. */
public final class Iris {

    /**
     * The store-level graph of entity identity: the merges made automatically ({@code owl:sameAs})
     * and the chosen names that no article spells out.
     */
    public static final Node IDENTITY_GRAPH = NodeFactory.createURI(NG.BASE + "graph/identity");
    /** The store-level graph of the user's merges and alias-file names. */
    public static final Node ALIASES_GRAPH = NodeFactory.createURI(NG.BASE + "graph/aliases");

    /**
     * The store-level graph of totals: the counts every article keeps, added up over the articles
     * per pair of entities, per entity and type, and for the store (kept by the store as articles
     * come and go).
     */
    public static final Node TOTALS_GRAPH = NodeFactory.createURI(NG.BASE + "graph/totals");
    /**
     * The store-level graph of the typed-events timeline: one pre-rendered row per typed event,
     * kept by the store as articles come and go and as their entities are relabelled.
     */
    public static final Node TIMELINE_GRAPH = NodeFactory.createURI(NG.BASE + "graph/timeline");
    /**
     * Where the IRI of a pair's total starts; the rest is the hex SHA-256 of the two entity IRIs
     * joined by a space (minted by the store's SPARQL updates, {@code store.Totals}).
     */
    public static final String PAIR_TOTAL_BASE = NG.BASE + "pair/";
    /** Where the IRI of an entity's total of one type starts; the rest as for {@link #PAIR_TOTAL_BASE} (entity, type). */
    public static final String ENTITY_TOTAL_BASE = NG.BASE + "total/";
    /** The store's own total: its articles, sentences, fact graphs, mentions and own events. */
    public static final Node STORE_TOTAL = NodeFactory.createURI(NG.BASE + "total/store");

    /** GeoNames features, as GeoNames names them for the Semantic Web: {@code https://sws.geonames.org/ID/}. */
    public static final String GEONAMES_BASE = "https://sws.geonames.org/";

    private Iris() {
    }

    /** A GeoNames feature. */
    public static Node geonames(long id) {
        return NodeFactory.createURI(GEONAMES_BASE + id + "/");
    }

    /** The coordinates of a GeoNames feature ({@code schema:GeoCoordinates}), one node per feature. */
    public static Node coordinates(long geonamesId) {
        return NodeFactory.createURI(NG.BASE + "geo/geonames/" + geonamesId);
    }

    /** An entity from its key ("person/saddam-hussein"). */
    public static Node entity(String key) {
        return NodeFactory.createURI(NG.ENTITY_BASE + key);
    }

    /**
     * An article: from its URL when known (so a changed version of the page replaces the old one),
     * else from its text (so the same text read twice is one article).
     */
    public static Node article(Article article) {
        String url = article.metadata().url();
        String basis = url != null && !url.isBlank() ? "url:" + url.strip() : "text:" + article.contentHash();
        return NodeFactory.createURI(NG.ARTICLE_BASE + digest(basis).substring(0, 16));
    }

    /** A span of an article's text, NIF's RFC 5147 style: {@code <article#char=b,e>}. */
    public static Node span(Node article, int begin, int end) {
        return NodeFactory.createURI(article.getURI() + "#char=" + begin + "," + end);
    }

    static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
