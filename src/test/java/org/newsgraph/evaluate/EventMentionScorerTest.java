package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.source.ArticleReader;

/** Event mentions against ECB+ actions: one-to-one matching, annotated sentences only, as the reference scorer counts. */
class EventMentionScorerTest {

    @TempDir
    Path dir;

    /** Sentence 0: "Police arrested him and charged him"; sentence 1 (no markable): "He denied it". */
    private static EcbPlus.Document doc(List<EcbPlus.Action> actions) {
        String[] words = {"Police", "arrested", "him", "and", "charged", "him", "He", "denied", "it"};
        List<EcbPlus.Token> tokens = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            tokens.add(new EcbPlus.Token(i + 1, i < 6 ? 0 : 1, words[i]));
        }
        return new EcbPlus.Document("1_1ecb.xml", 1, tokens, actions, Set.of(0));
    }

    private static EventMentionScorer.Mention system(Integer... tokens) {
        return new EventMentionScorer.Mention("1_1ecb.xml", List.of(tokens));
    }

    @Test
    void matchesOneToOneByAugmentingPaths() {
        // taken in order, "arrested him" would keep the mention {1, 3}, the only one "him and" overlaps
        EcbPlus.Document d = doc(List.of(new EcbPlus.Action(10, "ACTION_OCCURRENCE", List.of(2, 3)),
                new EcbPlus.Action(11, "ACTION_STATE", List.of(3, 4))));
        EventMentionScorer.Report r = new EventMentionScorer().score(List.of(d), List.of(system(1, 3), system(2)));
        assertEquals(new MetricScore(EventMentionScorer.OVERLAP, 2, 2, 2, null), r.get(EventMentionScorer.OVERLAP));
        assertEquals(new MetricScore(EventMentionScorer.EXACT, 2, 2, 0, null), r.get(EventMentionScorer.EXACT));
    }

    @Test
    void aMentionCountsOnceAndOnlyInAnnotatedSentences() {
        EcbPlus.Document d = doc(List.of(new EcbPlus.Action(10, "ACTION_OCCURRENCE", List.of(2)),
                new EcbPlus.Action(11, "ACTION_OCCURRENCE", List.of(5)),
                new EcbPlus.Action(12, "NEG_ACTION_STATE", List.of(4))));
        EventMentionScorer.Report r = new EventMentionScorer().score(List.of(d),
                List.of(system(2), system(2), system(5, 6), system(8)));
        assertEquals(new MetricScore(EventMentionScorer.OVERLAP, 3, 2, 2, null), r.get(EventMentionScorer.OVERLAP));
        assertEquals(new MetricScore(EventMentionScorer.EXACT, 3, 2, 1, null), r.get(EventMentionScorer.EXACT));
        assertEquals(List.of(new EventMentionScorer.ClassRecall("ACTION_OCCURRENCE", 2, 2, 1),
                new EventMentionScorer.ClassRecall("NEG_ACTION_STATE", 1, 0, 0)), r.classes());
        assertEquals("ACTION_OCCURRENCE    |         2 |         2 |    100.00 |         1 |     50.00",
                r.table().lines().filter(l -> l.startsWith("ACTION_OCCURRENCE")).findFirst().orElseThrow());
        assertEquals("Mentions overlap     |         3 |         2 |         2 |    100.00 |     66.67 |     80.00",
                r.table().lines().filter(l -> l.startsWith("Mentions overlap")).findFirst().orElseThrow());
    }

    @Test
    void refusesMentionsOfUnknownDocumentsOrTokens() {
        EcbPlus.Document d = doc(List.of());
        assertThrows(IllegalArgumentException.class, () -> new EventMentionScorer().score(List.of(d),
                List.of(new EventMentionScorer.Mention("2_1ecb.xml", List.of(1)))));
        assertThrows(IllegalArgumentException.class, () -> new EventMentionScorer().score(List.of(d), List.of(system(99))));
    }

    @Test
    void triggersMapToTheTokensTheyOverlapInTheRebuiltText() {
        EcbPlus.Document d = doc(List.of());
        EventMentionEvaluation.Layout l = EventMentionEvaluation.layout(d);
        assertEquals("Police arrested him and charged him\nHe denied it", l.text());
        int charged = l.text().indexOf("charged");
        assertEquals(List.of(5), EventMentionEvaluation.mention(d, l, charged, charged + 7).orElseThrow().tokens());
        assertEquals(List.of(5, 6), EventMentionEvaluation.mention(d, l, charged + 2, charged + 10).orElseThrow().tokens());
        assertEquals(true, EventMentionEvaluation.mention(d, l, charged - 1, charged).isEmpty(), "the space before");
    }

    @Test
    void topicListsAndRanges() {
        assertEquals(Set.of(1, 2, 3, 40), EcbPlus.topics("1-3, 40"));
        assertThrows(IllegalArgumentException.class, () -> EcbPlus.topics("36-x"));
    }

    @Test
    void javaScorerPrintsWhatThePythonScorerPrints() throws IOException, InterruptedException {
        Path shared = Fixtures.shared();
        Path archive = shared == null ? null : shared.resolve("train/ecbplus/ecbplus.tar.gz");
        assumeTrue(archive != null && Files.isRegularFile(archive), "../shared/train/ecbplus is absent");
        assumeTrue(Fixtures.python(), "python3 is absent");
        List<EcbPlus.Document> docs = EcbPlus.read(archive, EcbPlus.topics("36,45"));
        List<EventMentionScorer.Mention> pipeline =
                new EventMentionEvaluation(Pipeline.standard(new ArticleReader())).run(docs);
        // the pipeline finds few events today: a made-up system with many overlapping and repeated spans too
        List<EventMentionScorer.Mention> madeUp = new ArrayList<>();
        for (EcbPlus.Document d : docs) {
            List<EcbPlus.Token> t = d.tokens();
            for (int i = 0; i + 1 < t.size(); i += 3) {
                madeUp.add(new EventMentionScorer.Mention(d.name(), List.of(t.get(i).id())));
                madeUp.add(new EventMentionScorer.Mention(d.name(), List.of(t.get(i + 1).id(), t.get(i).id())));
                madeUp.add(new EventMentionScorer.Mention(d.name(), List.of(t.get(i).id())));
            }
        }
        for (List<EventMentionScorer.Mention> system : List.of(pipeline, madeUp)) {
            Path file = dir.resolve("mentions.jsonl");
            Files.write(file, system.stream().map(EventMentionScorer.Mention::toJsonLine).toList(), StandardCharsets.UTF_8);
            String python = Fixtures.runPython("scripts/eval-events/score_ecbplus.py", "--topics", "36,45",
                    archive.toString(), file.toString());
            assertEquals(python, new EventMentionScorer().score(docs, system).table());
        }
    }
}
