package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.annotate.Conllu;
import org.newsgraph.annotate.SyntaxModel;
import org.newsgraph.evaluate.DependencyEvaluation;
import org.newsgraph.evaluate.DependencyScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate deps}: the bundled tagger and parser scored on a CoNLL-U treebank. */
@Command(name = "deps", mixinStandardHelpOptions = true,
        description = {"Tag and parse the words of a CoNLL-U treebank (e.g. ../shared/train/ud/en_ewt-ud-test.conllu) "
                + "and score the result with the CoNLL 2018 shared-task metrics (UPOS, XPOS, UAS, LAS, CLAS, MLAS, ...), "
                + "the table conll18_ud_eval.py -v and scripts/eval-deps/conllu_eval.py print. The parser sees the "
                + "gold words and its own tags; lemmas and features are not predicted (so Lemmas, UFeats, MLAS and "
                + "BLEX are low). Speed goes to stderr."})
public final class EvaluateDepsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "FILE.conllu", description = "gold treebank")
    Path gold;

    @Option(names = "--system", paramLabel = "FILE.conllu",
            description = "score this parse (same words as the gold file) instead of parsing")
    Path system;

    @Option(names = "--system-out", paramLabel = "FILE.conllu", description = "also write the parse as CoNLL-U")
    Path systemOut;

    @Override
    public Integer call() throws IOException {
        List<Conllu.Sentence> goldSentences = Conllu.read(existing(gold));
        List<Conllu.Sentence> predicted;
        PrintWriter err = spec.commandLine().getErr();
        if (system != null) {
            predicted = Conllu.read(existing(system));
        } else {
            DependencyEvaluation evaluation = new DependencyEvaluation(SyntaxModel.tagger(), SyntaxModel.parser());
            long start = System.nanoTime();
            predicted = evaluation.parse(goldSentences);
            double seconds = (System.nanoTime() - start) / 1e9;
            long words = goldSentences.stream().mapToLong(s -> s.words().size()).sum();
            err.printf(Locale.ROOT, "%d words tagged and parsed in %.1f s (%.0f words/s, models loaded)%n", words,
                    seconds, words / seconds);
            err.flush();
        }
        if (systemOut != null) {
            try (BufferedWriter w = Files.newBufferedWriter(systemOut, StandardCharsets.UTF_8)) {
                for (Conllu.Sentence s : predicted) {
                    w.write(s.text());
                }
            }
        }
        DependencyScorer.Report report;
        try {
            report = new DependencyScorer().score(goldSentences, predicted);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException((system == null ? gold : system) + ": " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(report.table());
        out.flush();
        return ExitCodes.OK;
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        return file;
    }
}
