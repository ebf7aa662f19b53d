package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The IOB scorer against scripts/score_iob.py: a fixture with split and joined spans, IOB1 starts,
 * type changes and nesting across types; the expected report is what the Python scorer printed.
 */
class IobScorerTest {

    private static final Path DIR = Path.of("src/test/resources/org/newsgraph/evaluate");

    @Test
    void printsWhatThePythonScorerPrinted() throws IOException {
        IobCorpus gold = IobCorpus.read(DIR.resolve("gold.iob2"));
        IobCorpus predicted = IobCorpus.read(DIR.resolve("predicted.iob2"));
        assertEquals(2, gold.docs().size());
        assertEquals("d1", gold.docs().get(0).id());
        String report = IobScorer.report(gold.tags(), predicted.tags(), gold.sentenceStarts());
        assertEquals(Files.readString(DIR.resolve("score_iob.expected"), StandardCharsets.UTF_8), report);
    }

    @Test
    void pythonScorerStillPrintsTheExpectedReport() throws IOException, InterruptedException {
        Process p;
        try {
            p = new ProcessBuilder("python3", "scripts/score_iob.py", DIR.resolve("gold.iob2").toString(),
                    DIR.resolve("predicted.iob2").toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 is absent");
            return;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(Files.readString(DIR.resolve("score_iob.expected"), StandardCharsets.UTF_8), out);
    }

    @Test
    void aSentenceEndClosesASpanAndIob1StartsOne() {
        List<IobCorpus.Span> spans = IobCorpus.spans(List.of("I-PER", "I-PER", "I-PER", "B-LOC", "I-ORG"),
                new boolean[] {true, false, true, false, false});
        assertEquals(List.of(new IobCorpus.Span(0, 2, "PER"), new IobCorpus.Span(2, 3, "PER"),
                new IobCorpus.Span(3, 4, "LOC"), new IobCorpus.Span(4, 5, "ORG")), spans);
    }
}
