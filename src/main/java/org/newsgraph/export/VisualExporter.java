package org.newsgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.newsgraph.export.VisualGraph.Edge;
import org.newsgraph.export.VisualGraph.EdgeKind;
import org.newsgraph.export.VisualGraph.Kind;
import org.newsgraph.export.VisualGraph.Node;
import org.newsgraph.export.VisualGraph.Source;

/**
 * Writes a {@link VisualGraph} for graph visualizers. GraphML, GEXF and DOT go through JGraphT's
 * exporters with every attribute declared (typed keys in GraphML, attribute classes in GEXF), so
 * Gephi, yEd and Cytoscape show label, type and mention count without configuration; Cytoscape.js
 * JSON and the HTML explorer are written here.
 */
public final class VisualExporter {

    /** Fill colours per node kind, shared by DOT and the HTML explorer. */
    static final Map<Kind, String> COLOURS = Map.of(Kind.PERSON, "#4e79a7", Kind.ORGANIZATION, "#f28e2b",
            Kind.PLACE, "#59a14f", Kind.EVENT, "#e15759", Kind.THING, "#9c9c9c", Kind.ARTICLE, "#b07aa1");
    /** Line colours and DOT styles per edge kind, shared by DOT and the HTML explorer's legend. */
    static final Map<EdgeKind, String> EDGE_COLOURS = Map.of(EdgeKind.RELATION, "#555555", EdgeKind.EVENT, "#e15759",
            EdgeKind.COOCCURRENCE, "#bbbbbb", EdgeKind.MENTION, "#d4b9cf");
    private static final Map<EdgeKind, String> DOT_STYLES = Map.of(EdgeKind.RELATION, "solid", EdgeKind.EVENT, "bold",
            EdgeKind.COOCCURRENCE, "dashed", EdgeKind.MENTION, "dotted");

    public void write(VisualGraph graph, VisualFormat format, Writer out) throws IOException {
        switch (format) {
            case GRAPHML -> graphml(graph, out);
            case GEXF -> gexf(graph, out);
            case DOT -> dot(graph, out);
            case CYTOSCAPE -> cytoscape(graph, out);
            case HTML -> html(graph, out);
        }
        out.flush();
    }

    private static Graph<Node, Edge> jgrapht(VisualGraph graph) {
        Graph<Node, Edge> g = GraphTypeBuilder.<Node, Edge>directed().allowingMultipleEdges(true)
                .allowingSelfLoops(true).weighted(true).buildGraph();
        graph.nodes().forEach(g::addVertex);
        for (Edge e : graph.edges()) {
            g.addEdge(graph.node(e.source()), graph.node(e.target()), e);
            g.setEdgeWeight(e, e.weight());
        }
        return g;
    }

    private static Map<String, Attribute> nodeAttributes(Node n) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(XmlText.legal(n.label())));
        a.put("type", DefaultAttribute.createAttribute(n.kind().key()));
        a.put("subtype", DefaultAttribute.createAttribute(XmlText.legal(n.subtype())));
        a.put("mentions", DefaultAttribute.createAttribute(n.mentions()));
        a.put("iri", DefaultAttribute.createAttribute(XmlText.legal(n.id())));
        return a;
    }

    private static Map<String, Attribute> edgeAttributes(Edge e) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("label", DefaultAttribute.createAttribute(XmlText.legal(e.label())));
        a.put("kind", DefaultAttribute.createAttribute(e.kind().key()));
        a.put("property", DefaultAttribute.createAttribute(XmlText.legal(e.property())));
        return a;
    }

    private static Map<Node, String> ids(VisualGraph graph) {
        Map<Node, String> ids = new HashMap<>();
        for (Node n : graph.nodes()) {
            ids.put(n, "n" + ids.size());
        }
        return ids;
    }

    private static void graphml(VisualGraph graph, Writer out) {
        // GraphML ids are NMTOKENs (no '/'): n0, n1, …; the IRI is the "iri" attribute
        GraphMLExporter<Node, Edge> x = new GraphMLExporter<>(ids(graph)::get);
        Map<Edge, String> edgeIds = new HashMap<>();
        x.setEdgeIdProvider(e -> edgeIds.computeIfAbsent(e, k -> "e" + edgeIds.size()));
        x.setExportEdgeWeights(true);
        // labels come from toString() (the node's or edge's label), under the attribute name tools look for
        x.setExportVertexLabels(true);
        x.setVertexLabelAttributeName("label");
        x.setExportEdgeLabels(true);
        x.setEdgeLabelAttributeName("label");
        x.registerAttribute("type", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        x.registerAttribute("subtype", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        x.registerAttribute("mentions", GraphMLExporter.AttributeCategory.NODE, AttributeType.INT);
        x.registerAttribute("iri", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        x.registerAttribute("kind", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        x.registerAttribute("property", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        x.setVertexAttributeProvider(n -> without(nodeAttributes(n), "label"));
        x.setEdgeAttributeProvider(e -> without(edgeAttributes(e), "label"));
        x.exportGraph(jgrapht(graph), out);
    }

    private static Map<String, Attribute> without(Map<String, Attribute> a, String name) {
        a.remove(name);
        return a;
    }

    private static void gexf(VisualGraph graph, Writer out) {
        Map<Edge, String> edgeIds = new HashMap<>();
        GEXFExporter<Node, Edge> x = new GEXFExporter<>(n -> XmlText.legal(n.id()), e -> edgeIds.computeIfAbsent(e, k -> "e" + edgeIds.size()));
        x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
        x.setParameter(GEXFExporter.Parameter.EXPORT_META, true);
        x.setCreator("newsgraph");
        x.setDescription("Entities and their links extracted from news articles; edge kind " + kinds(graph)
                + "; weight = supporting sentences");
        x.registerAttribute("type", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        x.registerAttribute("subtype", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        x.registerAttribute("mentions", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.INTEGER);
        x.registerAttribute("iri", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        x.registerAttribute("kind", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        x.registerAttribute("property", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        x.setVertexAttributeProvider(VisualExporter::nodeAttributes);
        x.setEdgeAttributeProvider(VisualExporter::edgeAttributes);
        x.exportGraph(jgrapht(graph), out);
    }

    private static void dot(VisualGraph graph, Writer out) throws IOException {
        Map<Node, String> ids = ids(graph);
        DOTExporter<Node, Edge> x = new DOTExporter<>(ids::get);
        x.setGraphIdProvider(() -> "newsgraph");
        x.setVertexAttributeProvider(n -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(n.label()));
            a.put("tooltip", DefaultAttribute.createAttribute(n.kind().key() + ", " + n.mentions() + " mentions: " + n.id()));
            a.put("shape", DefaultAttribute.createAttribute(n.kind() == Kind.EVENT ? "box" : "ellipse"));
            a.put("style", DefaultAttribute.createAttribute("filled"));
            a.put("fillcolor", DefaultAttribute.createAttribute(COLOURS.get(n.kind())));
            a.put("type", DefaultAttribute.createAttribute(n.kind().key()));
            a.put("mentions", DefaultAttribute.createAttribute(n.mentions()));
            return a;
        });
        x.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(e.kind() == EdgeKind.COOCCURRENCE ? "" : e.label()));
            a.put("tooltip", DefaultAttribute.createAttribute(e.kind().key() + ": " + e.label() + ", " + e.weight() + " sentences"));
            a.put("kind", DefaultAttribute.createAttribute(e.kind().key()));
            a.put("weight", DefaultAttribute.createAttribute(e.weight()));
            a.put("penwidth", DefaultAttribute.createAttribute(Math.min(1 + Math.log(e.weight()), 6)));
            a.put("style", DefaultAttribute.createAttribute(DOT_STYLES.get(e.kind())));
            a.put("color", DefaultAttribute.createAttribute(EDGE_COLOURS.get(e.kind())));
            if (e.kind() == EdgeKind.COOCCURRENCE) {
                a.put("dir", DefaultAttribute.createAttribute("none"));
            }
            return a;
        });
        StringWriter body = new StringWriter();
        x.exportGraph(jgrapht(graph), body);
        String dot = body.toString();
        int end = dot.lastIndexOf('}');
        out.write(dot, 0, end);
        out.write(dotLegend(graph));
        out.write(dot, end, dot.length() - end);
    }

    /** A legend cluster: one sample node per node kind drawn, one sample edge per edge kind. */
    private static String dotLegend(VisualGraph graph) {
        StringBuilder b = new StringBuilder("  subgraph cluster_legend {\n    label=\"legend\";\n    fontsize=10;\n");
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        graph.nodes().forEach(n -> kinds.add(n.kind()));
        for (Kind k : kinds) {
            b.append("    legend_").append(k.key()).append(" [label=\"").append(k.key()).append("\", shape=")
                    .append(k == Kind.EVENT ? "box" : "ellipse").append(", style=filled, fillcolor=\"")
                    .append(COLOURS.get(k)).append("\"];\n");
        }
        for (EdgeKind k : graph.edgeKinds()) {
            b.append("    legend_").append(k.key()).append("_a [label=\"\", shape=point];\n");
            b.append("    legend_").append(k.key()).append("_b [label=\"\", shape=point];\n");
            b.append("    legend_").append(k.key()).append("_a -> legend_").append(k.key()).append("_b [label=\"")
                    .append(k.key()).append("\", style=").append(DOT_STYLES.get(k)).append(", color=\"")
                    .append(EDGE_COLOURS.get(k)).append("\"").append(k == EdgeKind.COOCCURRENCE ? ", dir=none" : "")
                    .append("];\n");
        }
        return b.append("  }\n").toString();
    }

    private static String kinds(VisualGraph graph) {
        StringBuilder b = new StringBuilder();
        for (EdgeKind k : graph.edgeKinds()) {
            b.append(b.length() == 0 ? "" : "|").append(k.key());
        }
        return b.length() == 0 ? "(none)" : b.toString();
    }

    /** Cytoscape.js elements: {@code {"elements":{"nodes":[{"data":…}],"edges":[…]}}}. */
    private static void cytoscape(VisualGraph graph, Writer out) throws IOException {
        out.write("{\"elements\":{\"nodes\":[");
        nodesJson(graph, out);
        out.write("],\n\"edges\":[");
        edgesJson(graph, out);
        out.write("]}}\n");
    }

    private static void nodesJson(VisualGraph graph, Writer out) throws IOException {
        boolean first = true;
        for (Node n : graph.nodes()) {
            out.write(first ? "\n" : ",\n");
            first = false;
            out.write("{\"data\":{\"id\":" + Json.quote(n.id()) + ",\"label\":" + Json.quote(n.label())
                    + ",\"type\":" + Json.quote(n.kind().key()) + ",\"subtype\":" + Json.quote(n.subtype())
                    + ",\"mentions\":" + n.mentions() + "}}");
        }
    }

    private static void edgesJson(VisualGraph graph, Writer out) throws IOException {
        int i = 0;
        for (Edge e : graph.edges()) {
            out.write(i == 0 ? "\n" : ",\n");
            out.write("{\"data\":{\"id\":\"e" + i++ + "\",\"source\":" + Json.quote(e.source()) + ",\"target\":"
                    + Json.quote(e.target()) + ",\"kind\":" + Json.quote(e.kind().key()) + ",\"label\":"
                    + Json.quote(e.label()) + ",\"property\":" + Json.quote(e.property()) + ",\"weight\":" + e.weight() + "}}");
        }
    }

    /**
     * The explorer page: the template with sigma.js, graphology and the graph inlined. The graph
     * is JSON in a non-executed script element: nodes with their laid-out position (computed
     * here, see {@link ForceLayout}), edges by node index, and each source sentence once, by index.
     */
    private static void html(VisualGraph graph, Writer out) throws IOException {
        String template = resource("explorer.html");
        int lib = template.indexOf("/*LIBRARIES*/");
        int data = template.indexOf("/*GRAPH*/");
        if (lib < 0 || data < lib) {
            throw new IllegalStateException("explorer.html: placeholders missing");
        }
        out.write(template, 0, lib);
        out.write(script(resource("vendor/graphology.umd.min.js")));
        out.write("\n");
        out.write(script(resource("vendor/sigma.min.js")));
        out.write(template, lib + "/*LIBRARIES*/".length(), data - lib - "/*LIBRARIES*/".length());
        graphJson(graph, out);
        out.write(template, data + "/*GRAPH*/".length(), template.length() - data - "/*GRAPH*/".length());
    }

    /** Inline script text cannot hold "</script". */
    private static String script(String js) {
        return js.replaceAll("(?i)</script", "<\\\\/script");
    }

    private static void graphJson(VisualGraph graph, Writer out) throws IOException {
        List<Node> nodes = List.copyOf(graph.nodes());
        Map<String, Integer> index = new HashMap<>();
        for (Node n : nodes) {
            index.put(n.id(), index.size());
        }
        List<Edge> edges = graph.edges();
        int[] from = new int[edges.size()];
        int[] to = new int[edges.size()];
        double[] weight = new double[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            from[i] = index.get(edges.get(i).source());
            to[i] = index.get(edges.get(i).target());
            weight[i] = edges.get(i).weight();
        }
        double[] pos = ForceLayout.layout(nodes.size(), from, to, weight);
        Map<String, Integer> sentenceIndex = new LinkedHashMap<>();
        List<Source> sentences = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        b.append("{\"articles\":[");
        List<VisualGraph.Article> articles = graph.articles();
        for (int i = 0; i < articles.size(); i++) {
            VisualGraph.Article a = articles.get(i);
            b.append(i == 0 ? "\n" : ",\n").append('[').append(Json.quote(a.id())).append(',')
                    .append(Json.quote(a.headline())).append(',').append(Json.quote(a.date())).append(']');
        }
        b.append("],\n\"nodes\":[");
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("{\"id\":").append(Json.quote(n.id())).append(",\"label\":")
                    .append(Json.quote(n.label())).append(",\"type\":").append(Json.quote(n.kind().key()))
                    .append(",\"subtype\":").append(Json.quote(n.subtype())).append(",\"mentions\":").append(n.mentions())
                    .append(",\"x\":").append(round(pos[2 * i])).append(",\"y\":").append(round(pos[2 * i + 1]))
                    .append(",\"alt\":[");
            for (int k = 0; k < n.altLabels().size(); k++) {
                b.append(k == 0 ? "" : ",").append(Json.quote(n.altLabels().get(k)));
            }
            b.append("],\"articles\":").append(ints(n.articles())).append(",\"sources\":")
                    .append(sources(n.sources(), sentenceIndex, sentences)).append('}');
            flush(b, out);
        }
        b.append("],\n\"edges\":[");
        for (int i = 0; i < edges.size(); i++) {
            Edge e = edges.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("{\"source\":").append(from[i]).append(",\"target\":").append(to[i])
                    .append(",\"kind\":").append(Json.quote(e.kind().key())).append(",\"label\":").append(Json.quote(e.label()))
                    .append(",\"weight\":").append(e.weight()).append(",\"articles\":").append(ints(e.articles()))
                    .append(",\"sources\":").append(sources(e.sources(), sentenceIndex, sentences)).append('}');
            flush(b, out);
        }
        b.append("],\n\"sentences\":[");
        for (int i = 0; i < sentences.size(); i++) {
            Source s = sentences.get(i);
            b.append(i == 0 ? "\n" : ",\n").append('[').append(Json.quote(s.sentence())).append(',')
                    .append(Json.quote(s.text())).append(',').append(Json.quote(s.headline())).append(']');
            flush(b, out);
        }
        b.append("]}");
        out.write(script(b.toString()));
    }

    private static void flush(StringBuilder b, Writer out) throws IOException {
        if (b.length() > 1 << 16) {
            out.write(script(b.toString()));
            b.setLength(0);
        }
    }

    private static String round(double v) {
        return Double.toString(Math.round(v * 10) / 10.0);
    }

    private static String ints(List<Integer> values) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            b.append(i == 0 ? "" : ",").append(values.get(i));
        }
        return b.append(']').toString();
    }

    private static String sources(List<Source> sources, Map<String, Integer> index, List<Source> all) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            int at = index.computeIfAbsent(s.sentence(), k -> {
                all.add(s);
                return all.size() - 1;
            });
            b.append(i == 0 ? "" : ",").append(at);
        }
        return b.append(']').toString();
    }

    private static String resource(String name) {
        try (InputStream in = VisualExporter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("org/newsgraph/export/" + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
