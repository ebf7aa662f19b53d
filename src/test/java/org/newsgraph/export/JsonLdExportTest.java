package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.NG;
import org.newsgraph.store.TdbStore;

/** The streamed JSON-LD holds exactly the store's quads, with the project's prefixes as its context. */
class JsonLdExportTest {

    @Test
    void jsonLdParsesBackToTheSameQuadsWithTheProjectsContext() throws Exception {
        try (TdbStore store = TdbStore.inMemory()) {
            org.newsgraph.pipeline.Pipeline.standard(new org.newsgraph.source.ArticleReader()).ingest(
                    java.util.List.of(org.newsgraph.source.Input.of(org.newsgraph.Fixtures.seed())), store, 1,
                    org.newsgraph.pipeline.IngestListener.NONE);
            // a language-tagged, a typed and an awkward literal, a blank node and the default graph too
            Txn.executeWrite(store.dataset(), () -> {
                var dsg = store.dataset().asDatasetGraph();
                var g = NodeFactory.createURI(NG.ARTICLE_BASE + "test");
                var s = NodeFactory.createURI(NG.ENTITY_BASE + "person/x-y");
                dsg.add(g, s, NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#comment"), NodeFactory.createLiteralLang("été", "fr"));
                dsg.add(g, s, NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString("a \"quote\"\n</script> \\ \u0001"));
                dsg.add(g, NodeFactory.createBlankNode("b1"), NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralDT("3", org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
                dsg.getDefaultGraph().add(s, NodeFactory.createURI("http://example.org/q"), NodeFactory.createURI("urn:example:1"));
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new RdfExporter().export(store, RdfFormat.JSONLD, Provenance.NONE, out);
            String json = out.toString(StandardCharsets.UTF_8);
            JsonObject context = JSON.parse(json).get("@context").getAsObject();
            assertEquals(NG.NS, context.get("ng").getAsString().value());
            assertEquals("http://schema.org/", context.get("schema").getAsString().value());
            assertTrue(json.contains("\"ngid:person/"), "entity IRIs are compact");
            assertTrue(json.contains("https://sws.geonames.org/3183875/"), "Tirana's GeoNames link");
            assertTrue(json.contains("\"IRN\""), "Iran's Phoenix code");

            Dataset parsed = DatasetFactory.create();
            RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.JSONLD11).parse(parsed);
            Set<String> expected = store.read(ds -> quads(ds));
            Set<String> actual = quads(parsed);
            Set<String> missing = new java.util.TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> extra = new java.util.TreeSet<>(actual);
            extra.removeAll(expected);
            assertEquals(Set.of(), missing.stream().limit(5).collect(java.util.stream.Collectors.toSet()), "missing; extra: "
                    + extra.stream().limit(5).toList());
            assertEquals(Set.of(), extra, "extra");
            assertTrue(expected.size() > 500, "quads: " + expected.size());
        }
    }

    /** Quads as text, blank nodes as one label (there is one), the default graph under one name. */
    private static Set<String> quads(Dataset ds) {
        Set<String> out = new HashSet<>();
        ds.asDatasetGraph().find().forEachRemaining(q -> {
            String g = Quad.isDefaultGraph(q.getGraph()) ? "default" : q.getGraph().toString();
            String s = q.getSubject().isBlank() ? "_:b" : q.getSubject().toString();
            out.add(g + " " + s + " " + q.getPredicate() + " " + q.getObject());
        });
        return out;
    }
}
