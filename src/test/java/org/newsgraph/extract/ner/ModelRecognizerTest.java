package org.newsgraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.extract.Entity;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

class ModelRecognizerTest {

    private static AnnotatedText annotate(String text) {
        return new OpenNlpAnnotator().annotate(new Article("t.txt", text, ArticleMetadata.EMPTY));
    }

    private static Extraction extract(String text) {
        return Extractor.standard(new RecognizerChoice(RecognizerChoice.Kind.MODEL, "en", null)).extract(annotate(text));
    }

    private static Entity entity(Extraction x, String label) {
        return x.entities().stream().filter(e -> e.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not among " + x.entities().stream().map(Entity::label).toList()));
    }

    @Test
    void findsPeopleAndPlacesAndGroupsASurnameWithTheFullName() {
        Extraction x = extract("Barack Obama visited Paris on Monday. Obama met French officials there.");
        Entity obama = entity(x, "Barack Obama");
        assertEquals(EntityType.PERSON, obama.type());
        assertEquals(2, obama.mentions().size());
        assertEquals(EntityType.PLACE, entity(x, "Paris").type());
    }

    @Test
    void aNameRecurringUntaggedIsStillAMentionOfTheSameType() {
        String text = "Angela Merkel spoke in Berlin on Monday. Later the crowd cheered for Angela Merkel again.";
        List<Mention> mentions = ModelRecognizer.bundled(Gazetteer.load()).recognize(annotate(text));
        long merkel = mentions.stream().filter(m -> m.name(text).equals("Angela Merkel") && m.type() == EntityType.PERSON).count();
        assertEquals(2, merkel, mentions.toString());
    }

    @Test
    void noMentionTwiceAndTypesAreTheGraphTypes() {
        String text = "US President Barack Obama met Chinese President Xi Jinping in Washington. "
                + "The Medical Journal of Australia reported on the meeting of the United Nations in New York.";
        List<Mention> mentions = ModelRecognizer.bundled(Gazetteer.load()).recognize(annotate(text));
        Set<String> spans = new HashSet<>();
        for (Mention m : mentions) {
            assertTrue(spans.add(m.begin() + "-" + m.end()), "twice: " + m.text(text));
            assertEquals(m.type(), m.entityType());
        }
        assertTrue(mentions.stream().anyMatch(m -> m.name(text).equals("Barack Obama") && m.type() == EntityType.PERSON), mentions.toString());
    }

    @Test
    void aModelSurvivesWritingAndReading() throws IOException {
        FeatureTable table = new FeatureTable(4);
        table.add(NerFeatures.hash("w=Paris"));
        table.add(NerFeatures.hash("b"));
        List<String> labels = List.of("O", "B-LOC", "I-LOC");
        NerModel model = new NerModel(labels, Map.of("script", "test 1"), table, new float[] {0f, 2f, -1f, 0.5f, -0.25f, 0f});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        NerModel back = NerModel.read(new ByteArrayInputStream(bytes.toByteArray()), "test");
        assertEquals(labels, back.labels());
        assertEquals(Map.of("script", "test 1"), back.provenance());
        float[] scores = new float[3];
        back.score(new long[] {NerFeatures.hash("w=Paris"), NerFeatures.hash("b"), NerFeatures.hash("unknown")}, scores);
        assertEquals(0.5f, scores[0], 1e-3);
        assertEquals(1.75f, scores[1], 1e-3);
        assertEquals(-1f, scores[2], 1e-3);
        assertTrue(!back.allowed(-1, 2) && back.allowed(1, 2) && !back.allowed(0, 2));
    }
}
