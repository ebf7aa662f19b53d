package org.newsgraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.NG;

/** What exports show of the project's ontology: readable labels of terms and the CAMEO codes of event classes. */
final class OntologyTerms {

    private static final String ONTOLOGY = "ontology/newsgraph.ttl";

    private final Map<Node, String> labels = new HashMap<>();
    private final Map<Node, String> cameo = new HashMap<>();

    OntologyTerms() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = OntologyTerms.class.getClassLoader().getResourceAsStream(ONTOLOGY)) {
            if (in == null) {
                throw new IllegalStateException(ONTOLOGY + " is missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ONTOLOGY, e);
        }
        g.find(Node.ANY, RDFS.label.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                String lang = t.getObject().getLiteralLanguage();
                if (lang.isEmpty() || lang.startsWith("en") || !labels.containsKey(t.getSubject())) {
                    labels.put(t.getSubject(), t.getObject().getLiteralLexicalForm());
                }
            }
        });
        g.find(Node.ANY, NG.cameoCode, Node.ANY).forEachRemaining(t -> cameo.put(t.getSubject(), t.getObject().getLiteralLexicalForm()));
    }

    /** The readable label of a property or class: the ontology's rdfs:label, else its local name in words. */
    String label(Node term) {
        String l = labels.get(term);
        return l != null ? l : words(term.getLocalName());
    }

    /** The CAMEO root code of an event class, or "". */
    String cameo(Node eventClass) {
        return cameo.getOrDefault(eventClass, "");
    }

    /** "containedInPlace" -> "contained in place". */
    static String words(String localName) {
        return localName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
