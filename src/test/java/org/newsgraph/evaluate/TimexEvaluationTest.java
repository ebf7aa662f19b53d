package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.OpenNlpAnnotator;

class TimexEvaluationTest {

    private static final Path TE3 = Path.of("../shared/eval/te3");

    private static final String DOC = """
            <?xml version="1.0" ?>
            <TimeML>
            <DOCID>x</DOCID>
            <DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-07" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
            <TEXT>
            Bombs <EVENT eid="e1" class="OCCURRENCE">exploded</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> &amp; <TIMEX3 tid="t2" type="DURATION" value="P3Y">three years</TIMEX3> after the <TIMEX3 tid="t3" type="DATE" value="1995">1995</TIMEX3> talks, <TIMEX3 tid="t4" type="TIME" value="1998-08-07TMO">this morning</TIMEX3>.
            </TEXT>
            </TimeML>
            """;

    @Test
    void scoresAsTheOfficialScorer(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold");
        Path out = dir.resolve("out");
        Files.createDirectories(gold);
        Files.createDirectories(out);
        Files.writeString(gold.resolve("x.tml"), DOC);
        TimexEvaluation.Document d = new TimexEvaluation(new OpenNlpAnnotator()).run(gold.resolve("x.tml"), out);
        assertEquals(4, d.gold().size());
        assertEquals(List.of("Friday", "three years", "1995", "this morning"), d.system().stream().map(TimexEvaluation.Mention::text).toList());
        String written = Files.readString(out.resolve("x.tml"));
        assertTrue(written.contains("<TIMEX3 tid=\"t2\" type=\"DURATION\" value=\"P3Y\">three years</TIMEX3>"), written);
        assertTrue(written.contains("Friday</TIMEX3> &amp; <TIMEX3"), "the text keeps its character references: " + written);
        TimexEvaluation.Score s = TimexEvaluation.score(List.of(d));
        assertEquals(new TimexEvaluation.Score(4, 4, 4, 4, 4, 4, 4, 4), s);
        assertTrue(s.report().startsWith("=== Timex Performance ===\nStrict Match\tF1\tP\tR\n\t\t100.0\t100.0\t100.0\n"), s.report());
        // one gold expression found with a shorter span ("morning"), one spurious: relaxed but not strict
        TimexEvaluation.Mention morning = new TimexEvaluation.Mention(d.system().get(3).begin() + 5, d.system().get(3).end(),
                "morning", "TIME", "1998-08-07TMO");
        List<TimexEvaluation.Mention> system = new ArrayList<>(d.system().subList(0, 3));
        system.add(morning);
        system.add(new TimexEvaluation.Mention(0, 5, "Bombs", "DATE", "X"));
        system.sort(java.util.Comparator.comparingInt(TimexEvaluation.Mention::begin));
        TimexEvaluation.Score partial = TimexEvaluation.score(List.of(new TimexEvaluation.Document("x", d.gold(), system)));
        assertEquals(new TimexEvaluation.Score(4, 5, 3, 4, 3, 4, 4, 4), partial);
        assertTrue(partial.report().contains("Relaxed Match\tF1\tP\tR\n\t\t88.89\t80.0\t100.0\n"), partial.report());
    }

    /** The official TempEval-3 scorer on a few TE3 files prints the same timex block as evaluate timex. */
    @Test
    void agreesWithTheOfficialScorerOnTempEval3(@TempDir Path dir) throws Exception {
        Path python = python2();
        assumeTrue(Files.isDirectory(TE3.resolve("AQUAINT")), "../shared/eval/te3 is absent");
        assumeTrue(python != null, "python2.7 is not installed (pyenv), the official TempEval-3 scorer needs it");
        Path gold = dir.resolve("gold");
        Path out = dir.resolve("system");
        Files.createDirectories(gold);
        Files.createDirectories(out);
        List<Path> files = TimexEvaluation.files(TE3.resolve("AQUAINT")).subList(0, 6);
        TimexEvaluation evaluation = new TimexEvaluation(new OpenNlpAnnotator());
        List<TimexEvaluation.Document> docs = new ArrayList<>();
        for (Path f : files) {
            Files.copy(f, gold.resolve(f.getFileName()));
            docs.add(evaluation.run(f, out));
        }
        String ours = TimexEvaluation.score(docs).report();
        ProcessBuilder pb = new ProcessBuilder(python.toString(), "TE3-evaluation.py", gold.toAbsolutePath().toString(),
                out.toAbsolutePath().toString()).directory(TE3.resolve("tools").toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", python.getParent() + java.io.File.pathSeparator + System.getenv("PATH"));
        Process p = pb.start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "scorer timed out");
        int at = printed.indexOf("=== Timex Performance ===");
        assertTrue(at >= 0, printed);
        assertEquals(printed.substring(at, at + ours.length()), ours);
    }

    private static Path python2() {
        Path pyenv = Path.of(System.getProperty("user.home"), ".pyenv", "versions");
        if (Files.isDirectory(pyenv)) {
            try (var s = Files.list(pyenv)) {
                for (Path v : s.filter(v -> v.getFileName().toString().startsWith("2.7")).sorted().toList()) {
                    Path bin = v.resolve("bin").resolve("python");
                    if (Files.isExecutable(bin)) {
                        return bin;
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path bin = Path.of(dir, "python2.7");
            if (Files.isExecutable(bin)) {
                return bin;
            }
        }
        return null;
    }
}
