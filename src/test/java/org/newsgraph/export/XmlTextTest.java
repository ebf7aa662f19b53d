package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** GraphML and GEXF stay well-formed XML 1.0 whatever characters the names hold. */
class XmlTextTest {

    @Test
    void dropsWhatXml10CannotHold() {
        assertEquals("JohnSmith", XmlText.legal("John\u0001Smith"));
        assertEquals("a\tb\nc\rd", XmlText.legal("a\tb\nc\rd"));
        assertEquals("xy", XmlText.legal("x\uFFFE\uD800y\u0000"));
        assertEquals("\uD83D\uDE00", XmlText.legal("\uD83D\uDE00"));
        String clean = "Saddam Hussein";
        assertSame(clean, XmlText.legal(clean));
    }

    @Test
    void graphmlAndGexfOfHostileNamesParse() throws Exception {
        Random random = new Random(7);
        Map<String, VisualGraph.Node> nodes = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            StringBuilder label = new StringBuilder("N");
            for (int k = 0; k < 12; k++) {
                label.append((char) random.nextInt(0x40)); // controls and ASCII
            }
            label.append('\uFFFF').append('\uDC00');
            String id = "https://w3id.org/newsgraph/entity/n" + i + (i % 7 == 0 ? "\u0002" : "");
            nodes.put(id, new VisualGraph.Node(id, label.toString(), VisualGraph.Kind.PERSON, "\u0003sub", i,
                    List.of(), List.of(), List.of()));
        }
        List<String> ids = List.copyOf(nodes.keySet());
        List<VisualGraph.Edge> edges = List.of(new VisualGraph.Edge(VisualGraph.EdgeKind.RELATION, ids.get(0), ids.get(1),
                "urn:p\u0004", "knows\u0005", 2, List.of(), List.of()));
        VisualGraph graph = new VisualGraph(nodes, edges, List.of());
        for (VisualFormat format : List.of(VisualFormat.GRAPHML, VisualFormat.GEXF)) {
            StringWriter out = new StringWriter();
            new VisualExporter().write(graph, format, out);
            String xml = out.toString();
            assertFalse(xml.matches("(?s).*&#(x0*[0-8bcefBCEF]|x0*1[0-9a-fA-F]|0*[0-8]|0*1[1-24-9]|0*2[0-9]|0*3[01]);.*"),
                    format + " holds a character reference XML 1.0 forbids");
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            assertTrue(xml.contains("knows"), format.toString());
        }
    }
}
