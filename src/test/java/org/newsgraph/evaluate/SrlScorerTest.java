package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.annotate.PropBank;
import org.newsgraph.annotate.SyntaxModel;

/** Role labelling scores: counted per predicate word and argument head, printed as the reference scorer prints. */
class SrlScorerTest {

    @TempDir
    Path dir;

    private static SrlScorer.Labelled sentence(PropBank.Predicate... predicates) {
        return new SrlScorer.Labelled("s1", List.of(predicates));
    }

    @Test
    void countsPredicatesRolesetsAndArguments() {
        SrlScorer.Labelled gold = sentence(
                new PropBank.Predicate(1, "fall.01", List.of(new PropBank.Argument(0, "ARG1"),
                        new PropBank.Argument(3, "ARGM-TMP"))),
                new PropBank.Predicate(5, "say.01", List.of(new PropBank.Argument(4, "ARG0"))));
        SrlScorer.Labelled system = sentence(
                new PropBank.Predicate(1, "fall.02", List.of(new PropBank.Argument(0, "ARG1"),
                        new PropBank.Argument(3, "ARG2"))));
        SrlScorer.Report r = new SrlScorer().score(List.of(gold), List.of(system));
        assertEquals(new MetricScore("Predicates", 2, 1, 1, null), r.get("Predicates"));
        assertEquals(new MetricScore("Rolesets", 2, 1, 0, null), r.get("Rolesets"));
        assertEquals(new MetricScore("Arguments labelled", 3, 2, 1, null), r.get("Arguments labelled"));
        assertEquals(new MetricScore("Arguments unlabelled", 3, 2, 2, null), r.get("Arguments unlabelled"));
        assertEquals("Arguments labelled   |         3 |         2 |         1 |     50.00 |     33.33 |     40.00",
                r.table().lines().filter(l -> l.startsWith("Arguments labelled")).findFirst().orElseThrow());
    }

    @Test
    void javaScorerPrintsWhatThePythonScorerPrints() throws IOException, InterruptedException {
        Path shared = Fixtures.shared();
        assumeTrue(shared != null && Files.isRegularFile(shared.resolve("train/propbank/propbank-ewt.tar.gz")),
                "../shared/train/propbank is absent");
        assumeTrue(Fixtures.python(), "python3 is absent");
        List<PropBank.Sentence> dev = PropBank.read(shared.resolve("train/propbank/propbank-ewt.tar.gz"),
                shared.resolve("train/ud/en_ewt-ud-dev.conllu"), "dev").sentences().subList(0, 300);
        List<SrlScorer.Labelled> gold = SrlEvaluation.gold(dev);
        List<SrlScorer.Labelled> system = new SrlEvaluation(SyntaxModel.tagger(), SyntaxModel.parser(),
                SyntaxModel.roles()).predict(dev);
        Path goldFile = dir.resolve("gold.tsv");
        Path systemFile = dir.resolve("system.tsv");
        Files.write(goldFile, SrlScorer.lines(gold), StandardCharsets.UTF_8);
        Files.write(systemFile, SrlScorer.lines(system), StandardCharsets.UTF_8);
        String python = Fixtures.runPython("scripts/eval-srl/srl_eval.py", goldFile.toString(),
                systemFile.toString());
        assertEquals(python, new SrlScorer().score(gold, system).table());
    }
}
