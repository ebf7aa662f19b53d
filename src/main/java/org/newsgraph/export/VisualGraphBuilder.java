package org.newsgraph.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.newsgraph.export.VisualGraph.Edge;
import org.newsgraph.export.VisualGraph.EdgeKind;
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
 * nodes from the class index; relations from each node's outgoing quads; event edges from the
 * agent and patient indexes; mention counts, article links and co-occurrences in one pass over
 * the articles, one article's mentions at a time. Memory grows with the number of nodes and edges
 * drawn (and {@code sourcesPerEdge}), not with the number of articles or quads.
 */
public final class VisualGraphBuilder {

    private static final Map<Kind, Node> CLASSES = Map.of(Kind.PERSON, Schema.Person,
            Kind.ORGANIZATION, Schema.Organization, Kind.PLACE, Schema.Place, Kind.EVENT, Schema.Event,
            Kind.THING, Schema.Thing);
    private static final Set<Kind> ENTITIES = EnumSet.of(Kind.PERSON, Kind.ORGANIZATION, Kind.PLACE);
    /** The edge kinds drawn unless asked otherwise: together they connect most of a corpus. */
    public static final Set<EdgeKind> DEFAULT_EDGES = EnumSet.of(EdgeKind.RELATION, EdgeKind.EVENT, EdgeKind.COOCCURRENCE);

    /**
     * What to draw. {@code kinds} empty means entities (plus events and things with
     * {@code events}); {@code article} an article IRI, URL or source name, or null;
     * {@code around} a node IRI or label, or null; {@code edges} the edge kinds ({@code MENTION}
     * needs {@code articleNodes}); {@code minWeight} the fewest sentences a co-occurrence needs;
     * {@code sourcesPerEdge} the sentences kept per edge and per node (for the explorer).
     */
    public record Options(Set<Kind> kinds, boolean events, int minMentions, String article, String around,
                          int depth, int sourcesPerEdge, Set<EdgeKind> edges, int minWeight, boolean articleNodes) {
        public static Options defaults() {
            return new Options(Set.of(), false, 0, null, null, 1, 0, DEFAULT_EDGES, 1, false);
        }

        public Options withSources(int n) {
            return new Options(kinds, events, minMentions, article, around, depth, n, edges, minWeight, articleNodes);
        }

        public Options withEdges(Set<EdgeKind> kinds, int minWeight, boolean articleNodes) {
            return new Options(this.kinds, events, minMentions, article, around, depth, sourcesPerEdge, kinds,
                    minWeight, articleNodes);
        }

        /** The node kinds drawn. */
        Set<Kind> effectiveKinds() {
            Set<Kind> out = EnumSet.noneOf(Kind.class);
            if (!kinds.isEmpty()) {
                out.addAll(kinds);
            } else {
                out.addAll(events ? EnumSet.of(Kind.PERSON, Kind.ORGANIZATION, Kind.PLACE, Kind.EVENT, Kind.THING) : ENTITIES);
            }
            if (articleNodes) {
                out.add(Kind.ARTICLE);
            }
            return out;
        }
    }

    private final OntologyTerms ontology = new OntologyTerms();

    /** Builds the graph; throws IllegalArgumentException when --article or --around names nothing. */
    public VisualGraph build(GraphStore store, Options options) {
        VisualGraph graph = store.read(ds -> read(ds.asDatasetGraph(), options));
        if (options.minMentions() > 0) {
            graph = graph.filter(n -> n.kind() == Kind.ARTICLE || n.mentions() >= options.minMentions());
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
        return ontology.label(term);
    }

    private VisualGraph read(DatasetGraph dsg, Options options) {
        Graph union = dsg.getUnionGraph();
        List<Node> articles;
        Set<Node> scope = null;
        if (options.article() != null) {
            articles = new ArrayList<>(TdbStore.articlesNamed(dsg, options.article()));
            if (articles.isEmpty()) {
                throw new IllegalArgumentException("--article " + options.article() + ": no such article (IRI, URL or source name)");
            }
            scope = new HashSet<>(articles);
            for (Node a : articles) {
                Set<Node> s = scope;
                dsg.find(a, Node.ANY, RDF.type.asNode(), Nif.Sentence).forEachRemaining(q -> s.add(q.getSubject()));
            }
        } else {
            articles = new ArrayList<>();
            dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), Schema.NewsArticle).forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject())) {
                    articles.add(q.getSubject());
                }
            });
        }
        articles.sort(Comparator.comparing(Node::getURI));
        Map<Node, Integer> articleIndex = new HashMap<>();
        List<VisualGraph.Article> articleList = new ArrayList<>(articles.size());
        for (Node a : articles) {
            articleIndex.put(a, articleList.size());
            String headline = literal(dsg, a, a, Schema.headline);
            articleList.add(new VisualGraph.Article(a.getURI(), headline.isEmpty() ? literal(dsg, a, a, NG.sourceName) : headline,
                    literal(dsg, a, a, Schema.datePublished)));
        }

        Map<Node, Kind> kinds = new HashMap<>();
        Set<Kind> wanted = options.effectiveKinds();
        for (Kind kind : Kind.values()) {
            if (!wanted.contains(kind) || kind == Kind.ARTICLE) {
                continue;
            }
            Iterator<Node> subjects = scope == null
                    ? union.find(Node.ANY, RDF.type.asNode(), CLASSES.get(kind)).mapWith(Triple::getSubject)
                    : scopedSubjects(dsg, scope, CLASSES.get(kind));
            subjects.forEachRemaining(s -> {
                if (s.isURI()) {
                    kinds.merge(s, kind, (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                }
            });
        }
        int cap = options.sourcesPerEdge();
        Sentences sentences = new Sentences(union, articleList, articleIndex);
        MentionPass mentions = new MentionPass(dsg, kinds, articles, articleIndex, cap,
                options.edges().contains(EdgeKind.COOCCURRENCE), options.articleNodes() && options.edges().contains(EdgeKind.MENTION));

        Map<String, VisualGraph.Node> nodes = new LinkedHashMap<>();
        kinds.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().getURI())).forEach(e -> {
            Node n = e.getKey();
            Kind kind = e.getValue();
            boolean entity = ENTITIES.contains(kind);
            List<Integer> in = entity ? mentions.articlesOf(n) : articleOfLocal(n, articleIndex);
            nodes.put(n.getURI(), new VisualGraph.Node(n.getURI(), labelOf(union, n), kind, subtype(union, n, kind),
                    entity ? mentions.count(n) : localMentions(dsg, n, kind), entity ? altLabels(union, n) : List.of(),
                    in, entity ? sentences.sources(mentions.sentencesOf(n)) : List.of()));
        });
        if (options.articleNodes()) {
            for (int i = 0; i < articleList.size(); i++) {
                VisualGraph.Article a = articleList.get(i);
                nodes.put(a.id(), new VisualGraph.Node(a.id(), a.headline().isEmpty() ? a.id() : a.headline(), Kind.ARTICLE,
                        "", mentions.inArticle(i), List.of(), List.of(i), List.of()));
            }
        }

        List<Edge> out = new ArrayList<>();
        if (options.edges().contains(EdgeKind.RELATION)) {
            out.addAll(relations(dsg, union, kinds, scope, cap, sentences));
        }
        if (options.edges().contains(EdgeKind.EVENT)) {
            out.addAll(eventEdges(dsg, union, kinds, scope, cap, sentences));
        }
        if (options.edges().contains(EdgeKind.COOCCURRENCE)) {
            out.addAll(mentions.cooccurrences(options.minWeight(), sentences));
        }
        if (options.articleNodes() && options.edges().contains(EdgeKind.MENTION)) {
            out.addAll(mentions.articleEdges(articleList));
        }
        return new VisualGraph(nodes, out, List.copyOf(articleList));
    }

    private List<Edge> relations(DatasetGraph dsg, Graph union, Map<Node, Kind> kinds, Set<Node> scope, int cap,
                                 Sentences sentences) {
        Map<String, EdgeBuilder> edges = new HashMap<>();
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
                        add(edges, EdgeKind.RELATION, s, NG.holdsPosition, label, org, g, cap);
                    }
                } else if (kinds.containsKey(o)) {
                    add(edges, EdgeKind.RELATION, s, p, label(p), o, g, cap);
                }
            }
        }
        return finish(edges, sentences);
    }

    /**
     * Agent to patient of each event, both named entities drawn, labelled with the event class;
     * the weight counts the distinct sentences stating either role.
     */
    private List<Edge> eventEdges(DatasetGraph dsg, Graph union, Map<Node, Kind> kinds, Set<Node> scope, int cap,
                                  Sentences sentences) {
        Map<Node, List<Quad>> agents = roles(dsg, NG.agent, kinds, scope, null);
        Map<Node, List<Quad>> patients = roles(dsg, NG.patient, kinds, scope, agents.keySet());
        Map<String, EdgeBuilder> edges = new HashMap<>();
        agents.keySet().stream().filter(patients::containsKey).sorted(Comparator.comparing(Node::getURI)).forEach(event -> {
            Node cls = eventClass(union, event);
            String label = cls == null ? "event" : label(cls);
            Node property = cls == null ? Schema.Event : cls;
            for (Quad a : agents.get(event)) {
                for (Quad p : patients.get(event)) {
                    if (a.getObject().equals(p.getObject())) {
                        continue;
                    }
                    add(edges, EdgeKind.EVENT, a.getObject(), property, label, p.getObject(), a.getGraph(), cap);
                    if (!p.getGraph().equals(a.getGraph())) {
                        add(edges, EdgeKind.EVENT, a.getObject(), property, label, p.getObject(), p.getGraph(), cap);
                    }
                }
            }
        });
        return finish(edges, sentences);
    }

    /** Event -> the quads naming a drawn entity in {@code role}, restricted to {@code events} when given. */
    private static Map<Node, List<Quad>> roles(DatasetGraph dsg, Node role, Map<Node, Kind> kinds, Set<Node> scope,
                                               Set<Node> events) {
        Map<Node, List<Quad>> out = new HashMap<>();
        dsg.find(Node.ANY, Node.ANY, role, Node.ANY).forEachRemaining(q -> {
            Kind k = kinds.get(q.getObject());
            if (k != null && ENTITIES.contains(k) && (scope == null || scope.contains(q.getGraph()))
                    && (events == null || events.contains(q.getSubject()))) {
                out.computeIfAbsent(q.getSubject(), x -> new ArrayList<>()).add(q);
            }
        });
        return out;
    }

    private static Node eventClass(Graph union, Node event) {
        var it = union.find(event, RDF.type.asNode(), Node.ANY);
        try {
            while (it.hasNext()) {
                Node c = it.next().getObject();
                if (c.isURI() && c.getURI().startsWith(NG.NS)) {
                    return c;
                }
            }
            return null;
        } finally {
            it.close();
        }
    }

    private static List<Edge> finish(Map<String, EdgeBuilder> edges, Sentences sentences) {
        List<Edge> out = new ArrayList<>(edges.size());
        edges.values().stream().sorted(Comparator.comparing(EdgeBuilder::key)).forEach(b -> out.add(new Edge(b.kind,
                b.s.getURI(), b.o.getURI(), b.p.getURI(), b.label, b.weight, sentences.articles(b.seen),
                sentences.sources(b.sentences))));
        return out;
    }

    /** The texts, articles and headlines of sentences, looked up once each. */
    private static final class Sentences {
        private final Graph union;
        private final List<VisualGraph.Article> articles;
        private final Map<Node, Integer> articleIndex;
        private final Map<Node, Source> cache = new HashMap<>();

        Sentences(Graph union, List<VisualGraph.Article> articles, Map<Node, Integer> articleIndex) {
            this.union = union;
            this.articles = articles;
            this.articleIndex = articleIndex;
        }

        List<Source> sources(List<Node> sentences) {
            List<Source> out = new ArrayList<>(sentences.size());
            for (Node s : sentences) {
                out.add(cache.computeIfAbsent(s, x -> {
                    Integer a = articleIndex.get(articleOf(x));
                    return new Source(x.getURI(), literal(union, x, Nif.anchorOf), a == null ? "" : articles.get(a).headline());
                }));
            }
            return List.copyOf(out);
        }

        List<Integer> articles(Set<Node> sentences) {
            Set<Integer> out = new java.util.TreeSet<>();
            for (Node s : sentences) {
                Integer a = articleIndex.get(articleOf(s));
                if (a != null) {
                    out.add(a);
                }
            }
            return List.copyOf(out);
        }
    }

    /**
     * One pass over the articles' mentions, an article at a time: mention counts, the articles and
     * first sentences of each entity, and the sentences where two drawn entities co-occur.
     */
    private static final class MentionPass {
        private final Map<Node, Integer> ids = new HashMap<>();
        private final List<Node> byId = new ArrayList<>();
        private final Map<Node, int[]> counts = new HashMap<>();
        private final Map<Node, List<Integer>> nodeArticles = new HashMap<>();
        private final Map<Node, List<Node>> nodeSentences = new HashMap<>();
        private final Map<Long, Pair> pairs = new HashMap<>();
        private final List<Map<Node, Integer>> perArticle = new ArrayList<>();
        private final int[] articleMentions;

        MentionPass(DatasetGraph dsg, Map<Node, Kind> kinds, List<Node> articles, Map<Node, Integer> articleIndex, int cap,
                    boolean cooccurrence, boolean articleEdges) {
            articleMentions = new int[articles.size()];
            for (Node article : articles) {
                int ai = articleIndex.get(article);
                Map<Node, Set<Node>> bySentence = new java.util.TreeMap<>(Comparator.comparingInt(VisualGraphBuilder::begin)
                        .thenComparing(Node::getURI));
                Map<Node, Integer> inThis = new HashMap<>();
                dsg.find(article, Node.ANY, ItsRdf.taIdentRef, Node.ANY).forEachRemaining(q -> {
                    Node e = q.getObject();
                    Kind k = kinds.get(e);
                    if (k == null || !ENTITIES.contains(k)) {
                        return;
                    }
                    Triple sentence = first(dsg, article, q.getSubject(), Nif.sentence);
                    if (sentence != null) {
                        bySentence.computeIfAbsent(sentence.getObject(), x -> new HashSet<>()).add(e);
                    }
                    counts.computeIfAbsent(e, x -> new int[1])[0]++;
                    inThis.merge(e, 1, Integer::sum);
                    articleMentions[ai]++;
                });
                for (Node e : inThis.keySet()) {
                    nodeArticles.computeIfAbsent(e, x -> new ArrayList<>()).add(ai);
                }
                perArticle.add(articleEdges ? inThis : Map.of());
                for (Map.Entry<Node, Set<Node>> s : bySentence.entrySet()) {
                    for (Node e : s.getValue()) {
                        List<Node> l = nodeSentences.computeIfAbsent(e, x -> new ArrayList<>(2));
                        if (l.size() < cap) {
                            l.add(s.getKey());
                        }
                    }
                    if (cooccurrence && s.getValue().size() > 1) {
                        int[] members = s.getValue().stream().mapToInt(this::id).sorted().toArray();
                        for (int i = 0; i < members.length; i++) {
                            for (int j = i + 1; j < members.length; j++) {
                                Pair p = pairs.computeIfAbsent(((long) members[i] << 32) | members[j], x -> new Pair());
                                p.weight++;
                                if (p.articles.isEmpty() || p.articles.get(p.articles.size() - 1) != ai) {
                                    p.articles.add(ai);
                                }
                                if (p.sentences.size() < cap) {
                                    p.sentences.add(s.getKey());
                                }
                            }
                        }
                    }
                }
            }
        }

        private int id(Node n) {
            return ids.computeIfAbsent(n, x -> {
                byId.add(x);
                return byId.size() - 1;
            });
        }

        int count(Node n) {
            int[] c = counts.get(n);
            return c == null ? 0 : c[0];
        }

        int inArticle(int article) {
            return articleMentions[article];
        }

        List<Integer> articlesOf(Node n) {
            return List.copyOf(nodeArticles.getOrDefault(n, List.of()));
        }

        List<Node> sentencesOf(Node n) {
            return nodeSentences.getOrDefault(n, List.of());
        }

        /** Undirected, so from the IRI that sorts first; labelled "co-occurs" with the sentence count. */
        List<Edge> cooccurrences(int minWeight, Sentences sentences) {
            List<Edge> out = new ArrayList<>();
            pairs.forEach((key, p) -> {
                if (p.weight >= minWeight) {
                    Node a = byId.get((int) (key >>> 32));
                    Node b = byId.get((int) (long) key);
                    if (a.getURI().compareTo(b.getURI()) > 0) {
                        Node t = a;
                        a = b;
                        b = t;
                    }
                    out.add(new Edge(EdgeKind.COOCCURRENCE, a.getURI(), b.getURI(), "", "co-occurs", p.weight,
                            List.copyOf(p.articles), sentences.sources(p.sentences)));
                }
            });
            out.sort(Comparator.comparing(Edge::source).thenComparing(Edge::target));
            return out;
        }

        /** Article -> each entity it names, weighted by its mentions there. */
        List<Edge> articleEdges(List<VisualGraph.Article> articles) {
            List<Edge> out = new ArrayList<>();
            for (int i = 0; i < perArticle.size(); i++) {
                int ai = i;
                perArticle.get(i).entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().getURI())).forEach(e ->
                        out.add(new Edge(EdgeKind.MENTION, articles.get(ai).id(), e.getKey().getURI(), ItsRdf.taIdentRef.getURI(),
                                "mentions", e.getValue(), List.of(ai), List.of())));
            }
            return out;
        }
    }

    /** Co-occurrence counts of one pair of entities. */
    private static final class Pair {
        int weight;
        final List<Integer> articles = new ArrayList<>(1);
        final List<Node> sentences = new ArrayList<>(1);
    }

    /** The begin offset of a {@code #char=b,e} IRI, for text order. */
    private static int begin(Node span) {
        String iri = span.getURI();
        int at = iri.lastIndexOf("#char=");
        int comma = iri.indexOf(',', at);
        try {
            return at < 0 || comma < 0 ? 0 : Integer.parseInt(iri.substring(at + 6, comma));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Iterator<Node> scopedSubjects(DatasetGraph dsg, Set<Node> scope, Node cls) {
        Set<Node> out = new HashSet<>();
        for (Node g : scope) {
            dsg.find(g, Node.ANY, RDF.type.asNode(), cls).forEachRemaining(q -> out.add(q.getSubject()));
        }
        return out.iterator();
    }

    private static final class EdgeBuilder {
        final EdgeKind kind;
        final Node s;
        final Node p;
        final Node o;
        final String label;
        int weight;
        final List<Node> sentences = new ArrayList<>(2);
        final Set<Node> seen = new HashSet<>(2);

        EdgeBuilder(EdgeKind kind, Node s, Node p, String label, Node o) {
            this.kind = kind;
            this.s = s;
            this.p = p;
            this.o = o;
            this.label = label;
        }

        String key() {
            return s.getURI() + " " + p.getURI() + " " + label + " " + o.getURI();
        }
    }

    /** Counts one more sentence stating the edge (a sentence counts once per edge). */
    private static void add(Map<String, EdgeBuilder> edges, EdgeKind kind, Node s, Node p, String label, Node o,
                            Node sentence, int cap) {
        EdgeBuilder b = edges.computeIfAbsent(s.getURI() + " " + p.getURI() + " " + label + " " + o.getURI(),
                k -> new EdgeBuilder(kind, s, p, label, o));
        if (!b.seen.add(sentence)) {
            return;
        }
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
        return l.isEmpty() ? OntologyTerms.words(n.getLocalName().isEmpty() ? n.getURI() : n.getLocalName()) : l;
    }

    private String subtype(Graph union, Node n, Kind kind) {
        Node cls = kind == Kind.EVENT ? eventClass(union, n) : null;
        return cls == null ? "" : label(cls);
    }

    /** Events: their trigger words; things: the sentences describing them. */
    private static int localMentions(DatasetGraph dsg, Node n, Kind kind) {
        Node p = kind == Kind.EVENT ? NG.trigger : RDF.type.asNode();
        Set<Node> seen = new HashSet<>();
        dsg.find(Node.ANY, n, p, Node.ANY).forEachRemaining(q -> seen.add(kind == Kind.EVENT ? q.getObject() : q.getGraph()));
        return seen.size();
    }

    /** Events and things live in one article ({@code <article#event-N>}). */
    private static List<Integer> articleOfLocal(Node n, Map<Node, Integer> articleIndex) {
        Integer a = articleIndex.get(articleOf(n));
        return a == null ? List.of() : List.of(a);
    }

    /** The entity's other names, sorted. */
    private static List<String> altLabels(Graph union, Node n) {
        Set<String> out = new java.util.TreeSet<>();
        union.find(n, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isLiteral()) {
                out.add(t.getObject().getLiteralLexicalForm());
            }
        });
        return List.copyOf(out);
    }

    private static Triple first(DatasetGraph dsg, Node g, Node s, Node p) {
        Iterator<Quad> it = dsg.find(g, s, p, Node.ANY);
        return it.hasNext() ? it.next().asTriple() : null;
    }

    private static String literal(DatasetGraph dsg, Node g, Node s, Node p) {
        Triple t = first(dsg, g, s, p);
        return t != null && t.getObject().isLiteral() ? t.getObject().getLiteralLexicalForm() : "";
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

}
