package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;

/** The bundled tagger and parser: built by the current training script from the current data, and working. */
class SyntaxModelTest {

    private static final String[][] MODELS = {
        {SyntaxModel.TAGGER, "train-parser"}, {SyntaxModel.PARSER, "train-parser"}, {SyntaxModel.ROLES, "train-srl"}};

    @Test
    void modelsRecordTheTrainingScriptVersionTheyWereBuiltWith() throws IOException {
        for (String[] model : MODELS) {
            String script = Files.readString(Path.of("scripts", model[1], "train.sh"), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("(?m)^VERSION=(\\S+)$").matcher(script);
            assertEquals(true, m.find(), model[1] + "/train.sh declares VERSION=");
            SyntaxModel.Provenance p = SyntaxModel.provenance(model[0]);
            assertEquals(model[1] + "-" + m.group(1), p.script(), model[0]);
            assertFalse(p.data().isEmpty(), model[0]);
            assertFalse(p.data().stream().anyMatch(d -> d.contains("GUM_news_") || d.contains("-test.")),
                    model[0] + " trained on development or test data");
        }
    }

    @Test
    void modelsWereTrainedOnTheTrainingDataAsItIsNow() throws IOException {
        Path shared = Fixtures.shared();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("train/ud")), "../shared/train is absent");
        for (String[] model : MODELS) {
            for (String d : SyntaxModel.provenance(model[0]).data()) {
                String digest = d.substring(0, d.indexOf(' '));
                Path file = shared.resolve("train").resolve(d.substring(d.indexOf(' ')).strip());
                assertEquals(digest, ModelTrainer.sha256(file), model[0] + ": " + file + " changed since training");
            }
        }
    }

    @Test
    void parsesSubjectAndObject() {
        String[] words = {"Airbus", "announced", "a", "new", "plane", "on", "Monday", "."};
        PosTagger.Tags tags = SyntaxModel.tagger().tag(words);
        assertEquals("[PROPN, VERB, DET, ADJ, NOUN, ADP, PROPN, PUNCT]", Arrays.toString(tags.upos()));
        DependencyParser.Parse p = SyntaxModel.parser().parse(words, tags);
        assertEquals("[2, 0, 5, 5, 2, 7, 2, 2]", Arrays.toString(p.heads()));
        assertEquals("[nsubj, root, det, amod, obj, case, obl, punct]", Arrays.toString(p.relations()));
    }

    @Test
    void labelsPredicatesAndTheirArguments() {
        String[] words = {"Airbus", "announced", "a", "new", "plane", "on", "Monday", "."};
        PosTagger.Tags tags = SyntaxModel.tagger().tag(words);
        java.util.List<PropBank.Predicate> frames = SyntaxModel.roles().label(words, tags,
                SyntaxModel.parser().parse(words, tags));
        PropBank.Predicate announce = frames.stream().filter(p -> p.index() == 1).findFirst().orElseThrow();
        assertEquals("announce.01", announce.roleset());
        assertEquals(java.util.List.of(new PropBank.Argument(0, "ARG0"), new PropBank.Argument(4, "ARG1"),
                new PropBank.Argument(6, "ARGM-TMP")), announce.arguments());
    }

    @Test
    void annotatorAttachesTokensToTheirHeads() {
        Sentence s = new OpenNlpAnnotator().annotate(new org.newsgraph.source.Article("t",
                "Shares of the company fell sharply.", org.newsgraph.source.ArticleMetadata.EMPTY)).sentences().get(0);
        Token fell = s.tokens().get(4);
        assertEquals("fell", fell.text());
        assertEquals("root", fell.deprel());
        assertEquals(-1, fell.head());
        assertEquals("nsubj", s.tokens().get(0).deprel());
        assertEquals(4, s.tokens().get(0).head());
        assertEquals("VERB", fell.pos());
    }
}
