package org.newsgraph.export;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The graph that visualizers draw: entities (and optionally events, their participants and the
 * articles) as nodes; relations, event-derived entity-entity links, same-sentence co-occurrences
 * and article mentions as weighted, labelled edges of their {@link EdgeKind}. Built by
 * {@link VisualGraphBuilder}; its size is that of the drawing, never that of the store's quads.
 */
public final class VisualGraph {

    /** Node kinds, in order of precedence when a node has several classes. */
    public enum Kind {
        PERSON, ORGANIZATION, PLACE, EVENT, THING, ARTICLE;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where an edge comes from; each kind can be switched on and off. */
    public enum EdgeKind {
        /** A relation the text states (member of, position, contained in, an event's roles). */
        RELATION,
        /** Agent to patient of an event, labelled with the event class. */
        EVENT,
        /** Two entities named in the same sentence (undirected). */
        COOCCURRENCE,
        /** An article to an entity it names (with article nodes only). */
        MENTION;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** An article drawn from: IRI, headline (or source name) and publication date ("" when unknown). */
    public record Article(String id, String headline, String date) {
    }

    /**
     * A node: IRI, label, kind, a finer class label (event type) or "", mention count, its other
     * names, the articles (indexes into {@link #articles()}) that name it, and up to a few of the
     * sentences that mention it.
     */
    public record Node(String id, String label, Kind kind, String subtype, int mentions, List<String> altLabels,
                       List<Integer> articles, List<Source> sources) {
        /** The label: what exporters (JGraphT's GraphML labels) show, so legal in XML. */
        @Override
        public String toString() {
            return XmlText.legal(label);
        }
    }

    /** One source sentence of a relation: its IRI, its text and the headline of its article. */
    public record Source(String sentence, String text, String headline) {
    }

    /**
     * An edge: its kind, source and target node IRIs, the property IRI (for flattened positions
     * {@code ng:holdsPosition}, for event edges the event class, for co-occurrences
     * {@code schema:mentions}... see {@link VisualGraphBuilder}), a readable label, the number of
     * sentences that state it, the articles they are in, and up to a few of those sentences.
     */
    public record Edge(EdgeKind kind, String source, String target, String property, String label, int weight,
                       List<Integer> articles, List<Source> sources) {
        public String id() {
            return kind.key() + " " + source + " " + property + " " + label + " " + target;
        }

        /** The label: what exporters (JGraphT's GraphML labels) show, so legal in XML. */
        @Override
        public String toString() {
            return XmlText.legal(label);
        }
    }

    private final Map<String, Node> nodes;
    private final List<Edge> edges;
    private final List<Article> articles;

    public VisualGraph(Map<String, Node> nodes, List<Edge> edges, List<Article> articles) {
        this.nodes = nodes;
        this.edges = edges;
        this.articles = articles;
    }

    /** The articles nodes and edges refer to by index. */
    public List<Article> articles() {
        return articles;
    }

    /** The edge kinds present, in declaration order. */
    public Set<EdgeKind> edgeKinds() {
        Set<EdgeKind> out = EnumSet.noneOf(EdgeKind.class);
        edges.forEach(e -> out.add(e.kind()));
        return out;
    }

    public Collection<Node> nodes() {
        return nodes.values();
    }

    public Node node(String id) {
        return nodes.get(id);
    }

    public List<Edge> edges() {
        return edges;
    }

    /** The nodes {@code keep} accepts and the edges between them. */
    public VisualGraph filter(Predicate<Node> keep) {
        Map<String, Node> kept = new LinkedHashMap<>();
        nodes.values().stream().filter(keep).forEach(n -> kept.put(n.id(), n));
        List<Edge> keptEdges = edges.stream()
                .filter(e -> kept.containsKey(e.source()) && kept.containsKey(e.target())).toList();
        return new VisualGraph(kept, keptEdges, articles);
    }

    /**
     * The node named by {@code ref}: its IRI, else a node whose label equals it (ignoring case),
     * preferring entities and the most mentioned.
     */
    public Node find(String ref) {
        Node byId = nodes.get(ref);
        if (byId != null) {
            return byId;
        }
        Node best = null;
        for (Node n : nodes.values()) {
            if (n.label().equalsIgnoreCase(ref.strip())
                    && (best == null || n.kind().ordinal() < best.kind().ordinal()
                    || n.kind() == best.kind() && n.mentions() > best.mentions())) {
                best = n;
            }
        }
        return best;
    }

    /** The nodes within {@code depth} edges of {@code center} (either direction) and their edges. */
    public VisualGraph around(Node center, int depth) {
        Map<String, List<String>> adjacent = new HashMap<>();
        for (Edge e : edges) {
            adjacent.computeIfAbsent(e.source(), k -> new ArrayList<>()).add(e.target());
            adjacent.computeIfAbsent(e.target(), k -> new ArrayList<>()).add(e.source());
        }
        Map<String, Integer> distance = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        distance.put(center.id(), 0);
        queue.add(center.id());
        while (!queue.isEmpty()) {
            String at = queue.poll();
            int d = distance.get(at);
            if (d >= depth) {
                continue;
            }
            for (String next : adjacent.getOrDefault(at, List.of())) {
                if (distance.putIfAbsent(next, d + 1) == null) {
                    queue.add(next);
                }
            }
        }
        Set<String> within = distance.keySet();
        return filter(n -> within.contains(n.id()));
    }
}
