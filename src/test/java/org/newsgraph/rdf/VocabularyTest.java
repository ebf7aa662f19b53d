package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** Every term of the project's vocabulary class is declared in ontology/newsgraph.ttl. */
class VocabularyTest {

    @Test
    void everyNgTermIsDeclaredInTheOntology() throws IllegalAccessException {
        Model ontology = RDFDataMgr.loadModel(Path.of("ontology", "newsgraph.ttl").toString());
        int checked = 0;
        for (Field f : NG.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == Node.class) {
                Node term = (Node) f.get(null);
                assertTrue(ontology.contains(ontology.createResource(term.getURI()), RDF.type),
                        term.getURI() + " is not declared in ontology/newsgraph.ttl");
                checked++;
            }
        }
        for (org.newsgraph.extract.EventType type : org.newsgraph.extract.EventType.all()) {
            Node c = NG.eventClass(type.localName());
            assertTrue(ontology.contains(ontology.createResource(c.getURI()), org.apache.jena.vocabulary.RDFS.subClassOf,
                    ontology.createResource(Schema.Event.getURI())), c.getURI() + " is not an event class of the ontology");
            var code = ontology.getProperty(ontology.createResource(c.getURI()), ontology.createProperty(NG.cameoCode.getURI()));
            assertEquals(type.cameo(), code == null ? null : code.getString(), c.getURI() + " CAMEO code");
            checked++;
        }
        // and back: every event class of the ontology has its row in the event-frame table
        java.util.Set<String> table = new java.util.HashSet<>();
        org.newsgraph.extract.EventType.all().forEach(t -> table.add(NG.eventClass(t.localName()).getURI()));
        ontology.listSubjectsWithProperty(org.apache.jena.vocabulary.RDFS.subClassOf, ontology.createResource(Schema.Event.getURI()))
                .forEach(c -> assertTrue(table.contains(c.getURI()), c.getURI() + " has no row in lang/en/events.tsv"));
        assertTrue(checked >= 30, "checked " + checked);
    }
}
