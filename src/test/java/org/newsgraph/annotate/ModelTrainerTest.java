package org.newsgraph.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training learns a small treebank, records its data, and refuses development data. */
class ModelTrainerTest {

    private static final String TREEBANK = """
            # text = Ford sold cars.
            1	Ford	Ford	PROPN	NNP	_	2	nsubj	_	_
            2	sold	sell	VERB	VBD	_	0	root	_	_
            3	cars	car	NOUN	NNS	_	2	obj	_	SpaceAfter=No
            4	.	.	PUNCT	.	_	2	punct	_	_

            1	The	the	DET	DT	_	2	det	_	_
            2	bank	bank	NOUN	NN	_	3	nsubj	_	_
            3	bought	buy	VERB	VBD	_	0	root	_	_
            4	the	the	DET	DT	_	5	det	_	_
            5	shares	share	NOUN	NNS	_	3	obj	_	_
            6	in	in	ADP	IN	_	7	case	_	_
            7	May	May	PROPN	NNP	_	3	obl	_	_

            1-2	Don't	_	_	_	_	_	_	_	_
            1	Do	do	AUX	VB	_	3	aux	_	_
            2	n't	not	PART	RB	_	3	advmod	_	_
            3	sell	sell	VERB	VB	_	0	root	_	_
            4	it	it	PRON	PRP	_	3	obj	_	_

            """;

    @TempDir
    Path dir;

    /** The treebank twice, in different jackknife folds: each fold's tagger has seen every word. */
    private Path tinyTreebank() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Path train = data.resolve("tiny.conllu");
        Files.writeString(train, TREEBANK + TREEBANK, StandardCharsets.UTF_8);
        return train;
    }

    @Test
    void learnsTheTrainingTreesAndRecordsWhereTheyCameFrom() throws IOException {
        Path train = tinyTreebank();
        Path data = train.getParent();
        Path out = dir.resolve("models");
        ModelTrainer.train(new ModelTrainer.Settings("test-1", data, List.of(train), List.of(), null, out, 7, 10, 10, 2, 0.9),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        PosTagger tagger;
        DependencyParser parser;
        try (var in = SyntaxModel.open(out.resolve("pos-tagger.bin.gz"))) {
            SyntaxModel.Provenance p = SyntaxModel.header(in, "tagger");
            assertEquals("test-1", p.script());
            assertEquals(List.of(ModelTrainer.sha256(train) + "  tiny.conllu"), p.data());
            tagger = PosTagger.read(in);
        }
        try (var in = SyntaxModel.open(out.resolve("dependency-parser.bin.gz"))) {
            SyntaxModel.header(in, "parser");
            parser = DependencyParser.read(in);
        }
        List<Conllu.Sentence> sentences = Conllu.read(train);
        for (Conllu.Sentence s : sentences) {
            PosTagger.Tags tags = tagger.tag(s.forms());
            DependencyParser.Parse parse = parser.parse(s.forms(), tags);
            assertEquals(s.words().stream().map(Conllu.Word::upos).toList(), Arrays.asList(tags.upos()));
            assertEquals(s.words().stream().map(Conllu.Word::head).toList(), Arrays.stream(parse.heads()).boxed().toList());
            assertEquals(s.words().stream().map(Conllu.Word::deprel).toList(), Arrays.asList(parse.relations()));
        }
        assertEquals(TREEBANK + TREEBANK, String.join("", sentences.stream().map(Conllu.Sentence::text).toList()),
                "CoNLL-U written back as read");
    }

    @Test
    void parserOnlyTreesTeachTheParserAndNotTheTagger() throws IOException {
        Path train = tinyTreebank();
        Path data = train.getParent();
        Path more = data.resolve("more.conllu");
        Files.writeString(more, TREEBANK.replace("obj", "iobj"), StandardCharsets.UTF_8);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Path alone = dir.resolve("alone");
        Path with = dir.resolve("with");
        ModelTrainer.train(new ModelTrainer.Settings("t", data, List.of(train), List.of(), null, alone, 7, 10, 10, 2, 0.9), quiet);
        ModelTrainer.train(new ModelTrainer.Settings("t", data, List.of(train), List.of(more), null, with, 7, 10, 10, 2, 0.9), quiet);
        try (var a = SyntaxModel.open(alone.resolve("pos-tagger.bin.gz")); var w = SyntaxModel.open(with.resolve("pos-tagger.bin.gz"))) {
            SyntaxModel.header(a, "alone");
            SyntaxModel.Provenance p = SyntaxModel.header(w, "with");
            assertEquals(List.of(ModelTrainer.sha256(train) + "  tiny.conllu", ModelTrainer.sha256(more) + "  more.conllu"), p.data());
            assertTrue(p.settings().endsWith(" parser-only-files=1"), p.settings());
            assertTrue(Arrays.equals(a.readAllBytes(), w.readAllBytes()), "the tagger learns from the training files only");
        }
        try (var in = SyntaxModel.open(with.resolve("dependency-parser.bin.gz"))) {
            SyntaxModel.header(in, "parser");
            String written = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(written.contains("iobj"), "the parser knows the relation only the parser-only trees have");
        }
    }

    @Test
    void refusesGumNewsDocuments() throws IOException {
        Path news = dir.resolve("GUM_news_x.conllu");
        Files.writeString(news, TREEBANK, StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelTrainer.train(
                new ModelTrainer.Settings("t", dir, List.of(news), List.of(), null, dir, 1, 1, 1, 2, 0.9), System.err));
        assertTrue(e.getMessage().contains("GUM_news_x.conllu"), e.getMessage());
    }
}
