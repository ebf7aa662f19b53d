package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.XSD;
import org.newsgraph.rdf.NG;

/**
 * Writes quads as one JSON-LD 1.1 document, streaming: an {@code @context} with the project's
 * prefixes, then each named graph as {@code {"@id": graph, "@graph": [node, ...]}}. The quads must
 * come grouped by graph and, within a graph, by subject and predicate (TDB2's GSPO order), so that
 * only one node is held in memory at a time, whatever the size of the store.
 */
final class JsonLdWriter {

    private final Writer out;
    private final PrefixMap prefixes;
    private Node graph;
    private Node subject;
    private Node predicate;
    private boolean firstGraph = true;
    private boolean firstNode;
    private boolean firstValue;

    private JsonLdWriter(OutputStream out, PrefixMap prefixes) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.prefixes = prefixes;
    }

    /** Writes {@code quads} (in GSPO order) to {@code out} with {@code prefixes} as the context. */
    static void write(Iterator<Quad> quads, PrefixMap prefixes, OutputStream out) {
        PrefixMap context = org.apache.jena.riot.system.PrefixMapFactory.create(prefixes);
        // article, sentence and mention IRIs are most of a document's IRIs
        context.add("ngart", NG.ARTICLE_BASE);
        JsonLdWriter w = new JsonLdWriter(out, context);
        try {
            w.start();
            while (quads.hasNext()) {
                w.quad(quads.next());
            }
            w.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON-LD: " + e.getMessage(), e);
        }
    }

    private void start() throws IOException {
        out.write("{\n  \"@context\": {");
        boolean first = true;
        for (Map.Entry<String, String> p : prefixes.getMapping().entrySet()) {
            out.write(first ? "\n" : ",\n");
            out.write("    " + Json.quote(p.getKey()) + ": " + Json.quote(p.getValue()));
            first = false;
        }
        out.write("\n  },\n  \"@graph\": [");
    }

    private void quad(Quad q) throws IOException {
        Node g = q.getGraph();
        if (!g.equals(graph)) {
            closeGraph();
            graph = g;
            // the default graph's nodes stand at the top, beside the named graphs
            if (!Quad.isDefaultGraph(g)) {
                out.write(firstGraph ? "\n" : ",\n");
                firstGraph = false;
                out.write("    {\"@id\": " + Json.quote(id(g)) + ", \"@graph\": [");
                firstNode = true;
            }
        }
        if (!q.getSubject().equals(subject)) {
            closeNode();
            boolean top = Quad.isDefaultGraph(graph);
            out.write((top ? firstGraph : firstNode) ? "\n" : ",\n");
            if (top) {
                firstGraph = false;
                out.write("  ");
            } else {
                firstNode = false;
            }
            subject = q.getSubject();
            out.write("      {\"@id\": " + Json.quote(id(subject)));
            predicate = null;
        }
        if (!q.getPredicate().equals(predicate)) {
            if (predicate != null) {
                out.write("]");
            }
            predicate = q.getPredicate();
            String key = predicate.equals(RDF.type.asNode()) ? "@type" : id(predicate);
            out.write(", " + Json.quote(key) + ": [");
            firstValue = true;
        }
        if (!firstValue) {
            out.write(", ");
        }
        firstValue = false;
        out.write(value(q.getObject(), predicate.equals(RDF.type.asNode())));
    }

    private void closeNode() throws IOException {
        if (subject != null) {
            out.write(predicate != null ? "]}" : "}");
            subject = null;
            predicate = null;
        }
    }

    private void closeGraph() throws IOException {
        if (graph != null) {
            closeNode();
            if (!Quad.isDefaultGraph(graph)) {
                out.write("\n    ]}");
            }
        }
    }

    private void finish() throws IOException {
        closeGraph();
        out.write("\n  ]\n}\n");
        out.flush();
    }

    private String value(Node o, boolean type) {
        if (type && o.isURI()) {
            return Json.quote(id(o));
        }
        if (o.isURI() || o.isBlank()) {
            return "{\"@id\": " + Json.quote(id(o)) + "}";
        }
        String lexical = Json.quote(o.getLiteralLexicalForm());
        if (!o.getLiteralLanguage().isEmpty()) {
            return "{\"@value\": " + lexical + ", \"@language\": " + Json.quote(o.getLiteralLanguage()) + "}";
        }
        if (o.getLiteralDatatypeURI().equals(XSD.xstring.getURI())) {
            return lexical;
        }
        return "{\"@value\": " + lexical + ", \"@type\": " + Json.quote(id(o.getLiteralDatatypeURI())) + "}";
    }

    private String id(Node n) {
        return n.isBlank() ? "_:" + n.getBlankNodeLabel() : id(n.getURI());
    }

    /** A compact IRI when a prefix covers it (JSON-LD allows any suffix that does not start with "//"). */
    private String id(String iri) {
        String best = null;
        String namespace = "";
        for (Map.Entry<String, String> p : prefixes.getMapping().entrySet()) {
            if (iri.startsWith(p.getValue()) && p.getValue().length() > namespace.length()) {
                best = p.getKey();
                namespace = p.getValue();
            }
        }
        String suffix = iri.substring(namespace.length());
        return best == null || suffix.startsWith("//") ? iri : best + ":" + suffix;
    }
}
