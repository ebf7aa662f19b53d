package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The counts kept with an article so that queries add them up instead of scanning the store:
 * sentences, mentions, entities and fact graphs of the article, how often it mentions each entity
 * ({@code ng:EntityTally}, with its names lower-cased to look it up by), which entities share
 * sentences ({@code ng:Cooccurrence}), how many events of its own it holds and which of them have
 * a class of the event taxonomy ({@code ng:typedEvent}: the store's timeline of typed events
 * starts from these instead of reading every event). Only entities that articles share (IRIs
 * under {@link NG#ENTITY_BASE}) are tallied: an event found in one sentence is the article's own,
 * counted, not tallied (a news store holds about 80 of them per article, and a tally each made
 * every count over tallies scan them). They are computed from the article's own quads and written
 * into the article's graph, so replacing or removing the article replaces or removes them with it.
 * The quad count leaves out the family names the store adds ({@code schema:familyName}).
 */
public final class ArticleSummary {

    private static final Set<Node> ENTITY_CLASSES = Set.of(Schema.Person, Schema.Organization, Schema.Place, Schema.Event);
    // IRIs sort as SPARQL's STR(?a) < STR(?b) does: by code point
    private static final Comparator<Node> BY_IRI = Comparator.comparing(Node::getURI, ArticleSummary::compareCodePoints);

    private static final Set<Node> SUMMARY_PREDICATES = Set.of(NG.sentenceCount, NG.mentionCount, NG.entityCount,
            NG.factGraphCount, NG.eventCount, NG.typedEvent, NG.quadCount, NG.tally, NG.cooccurrence);

    private final Node article;
    private final Set<Node> sentences = new HashSet<>();
    private final Set<Node> factGraphs = new HashSet<>();
    private final Map<Node, Set<Node>> types = new TreeMap<>(BY_IRI);
    private final Set<Node> ownEvents = new HashSet<>();
    private final Set<Node> classed = new HashSet<>();
    private final Map<Node, Set<Node>> entitiesOfMention = new HashMap<>();
    private final Map<Node, Node> sentenceOfMention = new HashMap<>();
    private final Map<Node, Set<String>> names = new HashMap<>();
    private int seen;

    /** A summary of {@code article}, to be given each of its quads once. */
    public ArticleSummary(Node article) {
        this.article = article;
    }

    /** The summary quads of the article whose quads (all its graphs) are {@code quads}. */
    public static List<Quad> of(Node article, List<Quad> quads) {
        ArticleSummary summary = new ArticleSummary(article);
        quads.forEach(summary::add);
        return summary.quads();
    }

    /** Takes one quad of the article into account. */
    public void add(Quad q) {
        Node p = q.getPredicate();
        if (p.equals(Schema.familyName)) {
            // the store writes these beside a person's chosen name, as its other articles decide:
            // not counted, so that the count does not depend on when it was taken
            return;
        }
        seen++;
        if (!q.getGraph().equals(article)) {
            factGraphs.add(q.getGraph());
        }
        if (p.equals(RDF.type.asNode())) {
            if (q.getObject().equals(Nif.Sentence) && q.getGraph().equals(article)) {
                sentences.add(q.getSubject());
            } else if (ENTITY_CLASSES.contains(q.getObject()) && q.getSubject().isURI()) {
                if (q.getSubject().getURI().startsWith(NG.ENTITY_BASE)) {
                    types.computeIfAbsent(q.getSubject(), k -> new TreeSet<>(BY_IRI)).add(q.getObject());
                } else if (q.getObject().equals(Schema.Event)) {
                    ownEvents.add(q.getSubject());
                }
            } else {
                classed.add(q.getSubject());
            }
        } else if (p.equals(ItsRdf.taIdentRef) && q.getObject().isURI()) {
            entitiesOfMention.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(q.getObject());
        } else if ((p.equals(RDFS.label.asNode()) || p.equals(SKOS.altLabel.asNode())) && q.getObject().isLiteral()) {
            names.computeIfAbsent(q.getSubject(), k -> new TreeSet<>()).add(nameKey(q.getObject().getLiteralLexicalForm()));
        } else if (p.equals(Nif.sentence)) {
            sentenceOfMention.put(q.getSubject(), q.getObject());
        }
    }

    /** The summary quads, in the article's graph; its quad count covers the quads given, these, and itself. */
    public List<Quad> quads() {
        Map<Node, Integer> mentions = new HashMap<>();
        Map<Node, Set<Node>> entitiesOfSentence = new LinkedHashMap<>();
        entitiesOfMention.forEach((mention, entities) -> {
            entities.forEach(entity -> mentions.merge(entity, 1, Integer::sum));
            Node sentence = sentenceOfMention.get(mention);
            if (sentence != null) {
                entitiesOfSentence.computeIfAbsent(sentence, k -> new HashSet<>()).addAll(entities);
            }
        });
        Map<List<Node>, Integer> pairs = new TreeMap<>(Comparator.<List<Node>, Node>comparing(l -> l.get(0), BY_IRI)
                .thenComparing(l -> l.get(1), BY_IRI));
        for (Set<Node> entities : entitiesOfSentence.values()) {
            List<Node> sorted = entities.stream().sorted(BY_IRI).toList();
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    pairs.merge(List.of(sorted.get(i), sorted.get(j)), 1, Integer::sum);
                }
            }
        }

        List<Quad> out = new ArrayList<>();
        Writer w = new Writer(article, out);
        w.add(article, NG.sentenceCount, count(sentences.size()));
        w.add(article, NG.mentionCount, count(entitiesOfMention.size()));
        w.add(article, NG.entityCount, count(mentions.size()));
        w.add(article, NG.factGraphCount, count(factGraphs.size()));
        w.add(article, NG.eventCount, count(ownEvents.size()));
        ownEvents.stream().filter(classed::contains).sorted(BY_IRI).forEach(e -> w.add(article, NG.typedEvent, e));
        int n = 0;
        for (Map.Entry<Node, Set<Node>> e : types.entrySet()) {
            Node tally = NodeFactory.createURI(article.getURI() + "#tally-" + ++n);
            w.add(article, NG.tally, tally);
            w.add(tally, NG.tallied, e.getKey());
            e.getValue().forEach(type -> w.add(tally, NG.talliedType, type));
            w.add(tally, NG.mentionCount, count(mentions.getOrDefault(e.getKey(), 0)));
            names.getOrDefault(e.getKey(), Set.of()).forEach(name -> w.add(tally, NG.nameKey, NodeFactory.createLiteralString(name)));
        }
        n = 0;
        for (Map.Entry<List<Node>, Integer> e : pairs.entrySet()) {
            Node pair = NodeFactory.createURI(article.getURI() + "#pair-" + ++n);
            w.add(article, NG.cooccurrence, pair);
            w.add(pair, NG.pairFirst, e.getKey().get(0));
            w.add(pair, NG.pairSecond, e.getKey().get(1));
            w.add(pair, NG.sentenceCount, count(e.getValue()));
        }
        // the article's quads, these included, and this one
        w.add(article, NG.quadCount, count(seen + out.size() + 1));
        return out;
    }

    /** Whether {@code q} is one of the quads a summary of {@code article} writes. */
    public static boolean isSummary(Node article, Quad q) {
        if (!q.getGraph().equals(article) || !q.getSubject().isURI()) {
            return false;
        }
        if (q.getSubject().equals(article)) {
            return SUMMARY_PREDICATES.contains(q.getPredicate());
        }
        String s = q.getSubject().getURI();
        return s.startsWith(article.getURI() + "#tally-") || s.startsWith(article.getURI() + "#pair-");
    }

    /** How a name is looked up: SPARQL's {@code LCASE(STR(?name))}, so that a query can find it by index. */
    public static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Node count(int n) {
        return NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    private static int compareCodePoints(String a, String b) {
        return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
    }

    private record Writer(Node graph, List<Quad> out) {
        void add(Node s, Node p, Node o) {
            out.add(Quad.create(graph, s, p, o));
        }
    }
}
