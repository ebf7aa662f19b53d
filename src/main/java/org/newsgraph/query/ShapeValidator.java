package org.newsgraph.query;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.store.GraphStore;

/** Checks the store against the SHACL shapes of the data model ({@code ontology/shapes.ttl}). */
public final class ShapeValidator {

    private static final String SHAPES = "ontology/shapes.ttl";

    /** One violation: the node, the path, and SHACL's message. */
    public record Violation(String focusNode, String path, String message) {
    }

    private final Shapes shapes;

    public ShapeValidator() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapeValidator.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException(SHAPES + " is missing from the classpath");
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + SHAPES, e);
        }
        shapes = Shapes.parse(g);
    }

    /** Violations of the shapes by the union of all graphs; empty when the store conforms. */
    public List<Violation> validate(GraphStore store) {
        return store.read(ds -> {
            ValidationReport report = ShaclValidator.get().validate(shapes, ds.asDatasetGraph().getUnionGraph());
            List<Violation> out = new ArrayList<>();
            for (ReportEntry e : report.getEntries()) {
                out.add(new Violation(String.valueOf(e.focusNode()), String.valueOf(e.resultPath()), e.message()));
            }
            return out;
        });
    }
}
