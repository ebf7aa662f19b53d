package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.lang.Lexicon;

/** The pipeline list is data, checked when the extractor is built; a component can be replaced by name. */
class ExtractorPipelineTest {

    private static List<Component> standard(List<String> names) {
        return Components.standard(Gazetteer.load(), Lexicon.english()).list(names);
    }

    @Test
    void theStandardPipelineRunsInTheOrderOfItsList() {
        assertEquals(Components.STANDARD_PIPELINE, Extractor.standard().names());
        assertEquals(List.of("recognizer", "grouper", "times", "coreference", "referents", "relations", "events", "frames",
                "things", "attributions"),
                Components.STANDARD_PIPELINE);
    }

    @Test
    void aComponentWhoseNeedsNoEarlierOneAddsIsAnError() {
        List<String> names = new ArrayList<>(Components.STANDARD_PIPELINE);
        names.remove("referents");
        names.add("referents");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Extractor(standard(names)));
        assertTrue(e.getMessage().contains("relations needs referents"), e.getMessage());
    }

    @Test
    void aLayerIsAddedOnceAndNamesAreKnown() {
        List<Component> twice = new ArrayList<>(standard(List.of("recognizer", "grouper")));
        twice.add(Components.of("other-grouper", Set.of(Layer.MENTIONS), Set.of(Layer.ENTITIES), doc -> { }));
        assertThrows(IllegalArgumentException.class, () -> new Extractor(twice));
        assertThrows(IllegalArgumentException.class, () -> standard(List.of("recognizer", "no-such-step")));
    }

    @Test
    void aReplacedRecognizerFeedsTheSameLaterComponents() {
        Component dictionary = Components.recognizer(Fixtures.dictionary(Map.of("Tirana", EntityType.PLACE)));
        Extractor x = Extractor.standard().with(dictionary);
        Extraction e = x.extract(new OpenNlpAnnotator().annotate(Fixtures.article(null, "Police raided a camp near Tirana.", null)));
        assertEquals(List.of("Tirana"), e.entities().stream().map(Entity::label).toList());
        assertTrue(e.facts().stream().anyMatch(f -> f instanceof Fact.Link l && l.relation() == Fact.Relation.LOCATION
                && l.object().equals("place/tirana")), e.facts().toString());
    }
}
