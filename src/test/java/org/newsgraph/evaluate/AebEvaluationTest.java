package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.source.HtmlArticleExtractor;

class AebEvaluationTest {

    /** The benchmark and its scorer, beside the project (absent on machines without the evaluation data). */
    private static final Path AEB = Path.of("..", "shared", "eval", "aeb");

    @Test
    void tokensArePythonWordRuns() {
        assertEquals(List.of("don", "t", "snake_case", "cafe", "日本語", "x²³", "Ⅻ", "٣٤", "½"),
                AebEvaluation.tokens("don't snake_case cafe\u0301 日本語 x²³ Ⅻ ٣٤ ½"),
                "as re.findall(r'\\w+'): combining marks split, _ joins, letters and numbers of any script");
        assertEquals(List.of(), AebEvaluation.tokens(" \n—!? "));
    }

    @Test
    void shinglesAreTokenFourGramsOrOneShortShingle() {
        assertEquals(Map.of("a b c d ", 1, "b c d a ", 1, "c d a b ", 1, "d a b c ", 1),
                AebEvaluation.shingles(List.of("a", "b", "c", "d", "a", "b", "c")));
        assertEquals(Map.of("a b", 1), AebEvaluation.shingles(List.of("a", "b")));
        assertTrue(AebEvaluation.shingles(List.of()).isEmpty());
    }

    @Test
    void perDocumentCountsAndMacroAverages() {
        Map<String, String> truth = new LinkedHashMap<>();
        truth.put("1", "a b c d e");
        truth.put("2", "one two three four");
        truth.put("3", "x y z w");
        Map<String, String> pred = new LinkedHashMap<>();
        pred.put("1", "a b c d");            // 1 of 2 true shingles, nothing wrong
        pred.put("2", "one two three four"); // exact
        pred.put("3", "");                   // empty: no precision, zero recall
        AebEvaluation.Scores s = AebEvaluation.score(truth, pred, 0, 0);
        assertEquals(1.0, s.precision(), 1e-15, "the empty prediction does not count for precision");
        assertEquals((0.5 + 1 + 0) / 3, s.recall(), 1e-15);
        assertEquals(2 * s.precision() * s.recall() / (s.precision() + s.recall()), s.f1(), 1e-15);
        assertEquals(1.0 / 3, s.accuracy(), 1e-15);
        assertEquals(1, s.emptyPredictions());
        assertTrue(Double.isNaN(s.f1Std()));
    }

    @Test
    void bootstrapDrawsAsPythonsRandomDoes() {
        AebEvaluation.PythonRandom r = new AebEvaluation.PythonRandom(0);
        int[] expected = {49, 53, 5, 33, 65, 62, 51, 38, 61, 45, 74, 27}; // random.Random(0).randrange(90)
        for (int e : expected) {
            assertEquals(e, r.randbelow(90));
        }
        AebEvaluation.PythonRandom big = new AebEvaluation.PythonRandom(12345678901L);
        for (int e : new int[] {4, 2, 6, 3, 2, 4, 5, 0}) {
            assertEquals(e, big.randbelow(7));
        }
    }

    @Test
    void figuresAreRoundedAsPythonFormatsThem() {
        assertEquals("0.062", AebEvaluation.round3(0.0625));
        assertEquals("1.000", AebEvaluation.round3(0.9995));
        assertEquals("0.123", AebEvaluation.round3(0.1235));
        assertEquals("0.001", AebEvaluation.round3(0.0005));
    }

    @Test
    void predictionsRoundTripThroughTheBenchmarkFormat(@TempDir Path dir) throws IOException {
        Map<String, String> pred = new LinkedHashMap<>();
        pred.put("b", "line \"one\"\n\ntab\there \\ \u0001 é");
        pred.put("a", "");
        Path file = dir.resolve("p.json");
        AebEvaluation.writePredictions(file, pred, "test 1");
        JsonObject json = JSON.read(file.toString());
        assertEquals("test 1", json.get("version").getAsString().value());
        assertEquals(pred, AebEvaluation.readItems(file));
        assertEquals(List.of("b", "a"), new ArrayList<>(AebEvaluation.readItems(file).keySet()), "file order kept");
    }

    /** The Java figures equal score_aeb.py's on real benchmark pages, to the last bit and the printed digit. */
    @Test
    void agreesWithTheReferenceScorer(@TempDir Path dir) throws Exception {
        Path scorer = AEB.resolve("score_aeb.py");
        assumeTrue(Files.isRegularFile(scorer) && Files.isDirectory(AEB.resolve("html")), "no benchmark data at " + AEB);
        assumeTrue(hasPython(), "no python3");
        Map<String, String> all = AebEvaluation.readItems(AEB.resolve("ground-truth.json"));
        Map<String, String> truth = new LinkedHashMap<>();
        for (String id : all.keySet()) {
            if (truth.size() < 8) {
                truth.put(id, all.get(id));
            }
        }
        List<String> failures = new ArrayList<>();
        Map<String, String> pred = AebEvaluation.predict(truth.keySet(), AEB.resolve("html"), new HtmlArticleExtractor(), failures);
        assertTrue(failures.isEmpty(), failures.toString());
        pred.put(truth.keySet().iterator().next(), ""); // one empty prediction, which the averages treat apart
        Path gold = dir.resolve("gold.json");
        Path out = dir.resolve("pred.json");
        AebEvaluation.writePredictions(gold, truth, "gold");
        AebEvaluation.writePredictions(out, pred, "test");

        AebEvaluation.Scores java = AebEvaluation.score(truth, pred, 1000, 0);
        JsonObject py = JSON.parse(run(scorer.toString(), gold.toString(), out.toString(), "--json"));
        assertEquals(py.get("f1").getAsNumber().value().doubleValue(), java.f1(), 0.0);
        assertEquals(py.get("precision").getAsNumber().value().doubleValue(), java.precision(), 0.0);
        assertEquals(py.get("recall").getAsNumber().value().doubleValue(), java.recall(), 0.0);
        assertEquals(py.get("accuracy").getAsNumber().value().doubleValue(), java.accuracy(), 0.0);
        assertEquals(py.get("f1_std").getAsNumber().value().doubleValue(), java.f1Std(), 1e-12);
        assertEquals(py.get("recall_std").getAsNumber().value().doubleValue(), java.recallStd(), 1e-12);
        assertEquals(py.get("n_empty_predictions").getAsNumber().value().intValue(), java.emptyPredictions());
        assertEquals(run(scorer.toString(), gold.toString(), out.toString()), java.table());
        assertFalse(java.table().contains("NaN"));
    }

    private static boolean hasPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "score_aeb.py failed");
        return out;
    }
}
