package org.newsgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.export.VisualGraph.Edge;
import org.newsgraph.export.VisualGraph.Kind;
import org.newsgraph.export.VisualGraph.Source;
import org.newsgraph.rdf.ItsRdf;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Nif;
import org.newsgraph.rdf.Schema;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.TdbStore;

/**
 * Builds a {@link VisualGraph} from the store in one read transaction, walking TDB2's indexes:
 * nodes from the class index, then each node's outgoing quads for its relations. Memory grows
 * with the number of entities and distinct relations drawn (and {@code sourcesPerEdge}), not with
 * the number of articles or quads.
 */
public final class VisualGraphBuilder {

    private static final String ONTOLOGY = "ontology/newsgraph.ttl";
    private static final Map<Kind, Node> CLASSES = Map.of(Kind.PERSON, Schema.Person,
            Kind.ORGANIZATION, Schema.Organization, Kind.PLACE, Schema.Place, Kind.EVENT, Schema.Event,
            Kind.THING, Schema.Thing);

    /**
     * What to draw. {@code kinds} empty means entities (plus events and things with
     * {@code events}); {@code article} an article IRI, URL or source name, or null;
     * {@code around} a node IRI or label, or null.
     */
    public record Options(Set<Kind> kinds, boolean events, int minMentions, String article, String around,
                          int depth, int sourcesPerEdge) {
        public static Options defaults() {
            return new Options(Set.of(), false, 0, null, null, 1, 0);
        }

        public Options withSources(int n) {
            return new Options(kinds, events, minMentions, article, around, depth, n);
        }

        /** The node kinds drawn. */
        Set<Kind> effectiveKinds() {
            if (!kinds.isEmpty()) {
                return kinds;
            }
            return events ? EnumSet.allOf(Kind.class) : EnumSet.of(Kind.PERSON, Kind.ORGANIZATION, Kind.PLACE);
        }
    }

    private final Map<Node, String> labels;

    public VisualGraphBuilder() {
        labels = ontologyLabels();
    }

    /** Builds the graph; throws IllegalArgumentException when --article or --around names nothing. */
    public VisualGraph build(GraphStore store, Options options) {
        VisualGraph graph = store.read(ds -> read(ds.asDatasetGraph(), options));
        if (options.minMentions() > 0) {
            graph = graph.filter(n -> n.mentions() >= options.minMentions());
        }
        if (options.around() != null) {
            VisualGraph.Node center = graph.find(options.around());
            if (center == null) {
                throw new IllegalArgumentException("--around " + options.around() + ": no such entity in the graph drawn");
            }
            graph = graph.around(center, options.depth());
        }
        return graph;
    }

    /** The readable label of a property or class: the ontology's rdfs:label, else its local name in words. */
    public String label(Node term) {
        String l = labels.get(term);
        return l != null ? l : words(term.getLocalName());
    }

    private VisualGraph read(DatasetGraph dsg, Options options) {
        Set<Node> articles = null;
        Set<Node> scope = null;
        if (options.article() != null) {
            articles = new HashSet<>(TdbStore.articlesNamed(dsg, options.article()));
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("--article " + options.article() + ": no such article (IRI, URL or source name)");
            }
            scope = new HashSet<>(articles);
            for (Node a : articles) {
                Set<Node> s = scope;
                dsg.find(a, Node.ANY, RDF.type.asNode(), Nif.Sentence).forEachRemaining(q -> s.add(q.getSubject()));
            }
        }
        Map<Node, Kind> kinds = new HashMap<>();
        Set<Kind> wanted = options.effectiveKinds();
        for (Kind kind : Kind.values()) {
            if (!wanted.contains(kind)) {
                continue;
            }
            Iterator<Node> subjects = scope == null
                    ? dsg.getUnionGraph().find(Node.ANY, RDF.type.asNode(), CLASSES.get(kind)).mapWith(Triple::getSubject)
                    : scopedSubjects(dsg, scope, CLASSES.get(kind));
            subjects.forEachRemaining(s -> {
                if (s.isURI()) {
                    kinds.merge(s, kind, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                }
            });
        }
        Graph union = dsg.getUnionGraph();
        Set<Node> inArticles = articles;
        Map<String, VisualGraph.Node> nodes = new LinkedHashMap<>();
        kinds.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().getURI())).forEach(e -> {
            Node n = e.getKey();
            nodes.put(n.getURI(), new VisualGraph.Node(n.getURI(), labelOf(union, n), e.getValue(),
                    subtype(union, n, e.getValue()), mentions(dsg, n, e.getValue(), inArticles)));
        });

        Map<String, EdgeBuilder> edges = new LinkedHashMap<>();
        Map<Node, Triple[]> positions = new HashMap<>();
        for (Node s : kinds.keySet()) {
            Iterator<Quad> it = dsg.find(Node.ANY, s, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                Quad q = it.next();
                Node g = q.getGraph();
                Node p = q.getPredicate();
                Node o = q.getObject();
                if (!o.isURI() || p.equals(RDF.type.asNode()) || !isSentenceGraph(g) || scope != null && !scope.contains(g)) {
                    continue;
                }
                if (p.equals(NG.holdsPosition)) {
                    Triple[] pos = positions.computeIfAbsent(o, x -> position(union, x));
                    Node org = pos[0] == null ? null : pos[0].getObject();
                    if (org != null && kinds.containsKey(org)) {
                        String title = pos[1] == null ? "" : pos[1].getObject().getLiteralLexicalForm();
                        String label = "position: " + title + (pos[2] != null ? " (former)" : "");
                        add(edges, s, NG.holdsPosition, label, org, g, options.sourcesPerEdge());
                    }
                } else if (kinds.containsKey(o)) {
                    add(edges, s, p, label(p), o, g, options.sourcesPerEdge());
                }
            }
        }
        Map<Node, String> headlines = new HashMap<>();
        List<Edge> out = new ArrayList<>(edges.size());
        edges.values().stream().sorted(Comparator.comparing(EdgeBuilder::key)).forEach(b -> {
            List<Source> sources = new ArrayList<>();
            for (Node sentence : b.sentences) {
                sources.add(new Source(sentence.getURI(), literal(union, sentence, Nif.anchorOf),
                        headlines.computeIfAbsent(articleOf(sentence), a -> literal(union, a, Schema.headline))));
            }
            out.add(new Edge(b.s.getURI(), b.o.getURI(), b.p.getURI(), b.label, b.weight, List.copyOf(sources)));
        });
        return new VisualGraph(nodes, out);
    }

    private static Iterator<Node> scopedSubjects(DatasetGraph dsg, Set<Node> scope, Node cls) {
        Set<Node> out = new HashSet<>();
        for (Node g : scope) {
            dsg.find(g, Node.ANY, RDF.type.asNode(), cls).forEachRemaining(q -> out.add(q.getSubject()));
        }
        return out.iterator();
    }

    private static final class EdgeBuilder {
        final Node s;
        final Node p;
        final Node o;
        final String label;
        int weight;
        final List<Node> sentences = new ArrayList<>(2);

        EdgeBuilder(Node s, Node p, String label, Node o) {
            this.s = s;
            this.p = p;
            this.o = o;
            this.label = label;
        }

        String key() {
            return s.getURI() + " " + p.getURI() + " " + label + " " + o.getURI();
        }
    }

    private static void add(Map<String, EdgeBuilder> edges, Node s, Node p, String label, Node o, Node sentence, int cap) {
        EdgeBuilder b = new EdgeBuilder(s, p, label, o);
        b = edges.computeIfAbsent(b.key(), k -> new EdgeBuilder(s, p, label, o));
        b.weight++;
        if (b.sentences.size() < cap) {
            b.sentences.add(sentence);
        }
    }

    /** ng:positionIn, schema:roleName (else rdfs:label) and ng:former of a position. */
    private static Triple[] position(Graph union, Node pos) {
        Triple[] out = new Triple[3];
        out[0] = first(union, pos, NG.positionIn);
        out[1] = first(union, pos, Schema.roleName);
        if (out[1] == null) {
            out[1] = first(union, pos, RDFS.label.asNode());
        }
        Triple former = first(union, pos, NG.former);
        out[2] = former != null && "true".equals(former.getObject().getLiteralLexicalForm()) ? former : null;
        return out;
    }

    private static Triple first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next() : null;
        } finally {
            it.close();
        }
    }

    private static String literal(Graph g, Node s, Node p) {
        Triple t = first(g, s, p);
        return t != null && t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : "";
    }

    private static String labelOf(Graph union, Node n) {
        String l = literal(union, n, RDFS.label.asNode());
        return l.isEmpty() ? words(n.getLocalName().isEmpty() ? n.getURI() : n.getLocalName()) : l;
    }

    private String subtype(Graph union, Node n, Kind kind) {
        if (kind != Kind.EVENT) {
            return "";
        }
        var it = union.find(n, RDF.type.asNode(), Node.ANY);
        while (it.hasNext()) {
            Node c = it.next().getObject();
            if (c.isURI() && c.getURI().startsWith(NG.NS)) {
                return label(c);
            }
        }
        return "";
    }

    /** Entities: their mentions (in the chosen articles); events: trigger words; things: sentences describing them. */
    private static int mentions(DatasetGraph dsg, Node n, Kind kind, Set<Node> articles) {
        if (kind == Kind.EVENT || kind == Kind.THING) {
            Node p = kind == Kind.EVENT ? NG.trigger : RDF.type.asNode();
            Set<Node> seen = new HashSet<>();
            dsg.find(Node.ANY, n, p, Node.ANY).forEachRemaining(q -> seen.add(kind == Kind.EVENT ? q.getObject() : q.getGraph()));
            if (kind == Kind.EVENT && seen.isEmpty()) {
                return 0;
            }
            return seen.size();
        }
        int count = 0;
        if (articles == null) {
            var it = dsg.find(Node.ANY, Node.ANY, ItsRdf.taIdentRef, n);
            while (it.hasNext()) {
                it.next();
                count++;
            }
        } else {
            for (Node a : articles) {
                var it = dsg.find(a, Node.ANY, ItsRdf.taIdentRef, n);
                while (it.hasNext()) {
                    it.next();
                    count++;
                }
            }
        }
        return count;
    }

    /** Sentence graphs are named {@code <article#char=b,e>}; the article's own graph is not. */
    private static boolean isSentenceGraph(Node g) {
        return g.isURI() && g.getURI().contains("#char=");
    }

    private static Node articleOf(Node sentence) {
        String iri = sentence.getURI();
        int hash = iri.indexOf('#');
        return NodeFactory.createURI(hash < 0 ? iri : iri.substring(0, hash));
    }

    /** "containedInPlace" -> "contained in place". */
    static String words(String localName) {
        return localName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static Map<Node, String> ontologyLabels() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = VisualGraphBuilder.class.getClassLoader().getResourceAsStream(ONTOLOGY)) {
            if (in == null) {
                throw new IllegalStateException(ONTOLOGY + " is missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ONTOLOGY, e);
        }
        Map<Node, String> out = new HashMap<>();
        g.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                String lang = t.getObject().getLiteralLanguage();
                if (lang.isEmpty() || lang.startsWith("en") || !out.containsKey(t.getSubject())) {
                    out.put(t.getSubject(), t.getObject().getLiteralLexicalForm());
                }
            }
        });
        return out;
    }
}
