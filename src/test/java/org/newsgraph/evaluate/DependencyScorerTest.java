package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.annotate.Conllu;
import org.newsgraph.annotate.SyntaxModel;

/** CoNLL 2018 metrics: counted as the shared task counts them, printed as the reference scorer prints them. */
class DependencyScorerTest {

    private static final String GOLD = """
            1	Prices	price	NOUN	NNS	Number=Plur	2	nsubj	_	_
            2	fell	fall	VERB	VBD	Tense=Past|Mood=Ind	0	root	_	_
            3	on	on	ADP	IN	_	4	case	_	_
            4	Monday	Monday	PROPN	NNP	Number=Sing	2	obl:tmod	_	_

            """;
    private static final String SYSTEM = """
            1	Prices	_	NOUN	NNS	_	2	nsubj	_	_
            2	fell	_	VERB	VBD	_	0	root	_	_
            3	on	_	ADP	RP	_	2	compound:prt	_	_
            4	Monday	_	PROPN	NNP	_	2	obl	_	_

            """;

    @TempDir
    Path dir;

    private List<Conllu.Sentence> read(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return Conllu.read(f);
    }

    @Test
    void subtypesAreIgnoredAndContentWordsScoredApart() throws IOException {
        DependencyScorer.Report r = new DependencyScorer().score(read("g", GOLD), read("s", SYSTEM));
        assertEquals(3, r.get("UAS").correct());
        assertEquals(3, r.get("LAS").correct(), "obl:tmod against obl is right");
        assertEquals(3, r.get("XPOS").correct());
        assertEquals(3, r.get("CLAS").gold(), "case is not a content relation");
        assertEquals(4, r.get("CLAS").system(), "compound is");
        assertEquals(3, r.get("CLAS").correct());
        assertEquals(0, r.get("Lemmas").correct());
        assertEquals(1, r.get("UFeats").correct(), "only the word without universal features");
        assertEquals(0, r.get("MLAS").correct(), "features and functional children wrong");
        assertEquals("LAS        |     75.00 |     75.00 |     75.00 |     75.00",
                r.table().lines().filter(l -> l.startsWith("LAS")).findFirst().orElseThrow());
    }

    @Test
    void refusesDifferentWords() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> new DependencyScorer().score(read("g", GOLD),
                read("s", SYSTEM.replace("Prices", "Price"))));
    }

    @Test
    void javaScorerPrintsWhatThePythonScorerPrints() throws IOException, InterruptedException {
        Path shared = Fixtures.shared();
        assumeTrue(shared != null && Files.isRegularFile(shared.resolve("train/ud/en_ewt-ud-dev.conllu")),
                "../shared/train/ud is absent");
        assumeTrue(Fixtures.python(), "python3 is absent");
        List<Conllu.Sentence> gold = Conllu.read(shared.resolve("train/ud/en_ewt-ud-dev.conllu")).subList(0, 400);
        List<Conllu.Sentence> system = new DependencyEvaluation(SyntaxModel.tagger(), SyntaxModel.parser()).parse(gold);
        Path goldFile = dir.resolve("gold.conllu");
        Path systemFile = dir.resolve("system.conllu");
        Files.writeString(goldFile, String.join("", gold.stream().map(Conllu.Sentence::text).toList()));
        Files.writeString(systemFile, String.join("", system.stream().map(Conllu.Sentence::text).toList()));
        String python = Fixtures.runPython("scripts/eval-deps/conllu_eval.py", goldFile.toString(),
                systemFile.toString());
        assertEquals(python, new DependencyScorer().score(gold, system).table());
    }
}
