package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.annotate.PropBank;
import org.newsgraph.annotate.SyntaxModel;
import org.newsgraph.evaluate.SrlEvaluation;
import org.newsgraph.evaluate.SrlScorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate srl}: predicates and semantic roles scored on PropBank's annotation of English-EWT. */
@Command(name = "srl", mixinStandardHelpOptions = true,
        description = {"Tag, parse and role-label the sentences of one split of PropBank EWT (joined to the UD trees of "
                + "the same split) and score predicates, rolesets and arguments (precision, recall, F1; an argument is "
                + "its head word, as in CoNLL 2009), the table scripts/eval-srl/srl_eval.py prints for the files "
                + "--gold-out and --system-out write. Only the words are gold."})
public final class EvaluateSrlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--propbank", required = true, paramLabel = "propbank-ewt.tar.gz",
            description = "PropBank EWT archive (.gold_skel files and docs/evaluation splits)")
    Path propbank;

    @Option(names = "--ud", required = true, paramLabel = "FILE.conllu",
            description = "UD English-EWT file of the same split (e.g. en_ewt-ud-test.conllu)")
    Path ud;

    @Option(names = "--split", defaultValue = "test", paramLabel = "SPLIT",
            description = "official split: train, dev or test (default: ${DEFAULT-VALUE})")
    String split;

    @Option(names = "--gold-out", paramLabel = "FILE.tsv", description = "also write the gold facts")
    Path goldOut;

    @Option(names = "--system-out", paramLabel = "FILE.tsv", description = "also write the system facts")
    Path systemOut;

    @Override
    public Integer call() throws IOException {
        for (Path p : new Path[] {propbank, ud}) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(p + ": no such file");
            }
        }
        PropBank.Split data = PropBank.read(propbank, ud, split);
        if (data.sentences().isEmpty()) {
            throw new IllegalArgumentException(ud + ": no sentence of PropBank's " + split + " split");
        }
        List<SrlScorer.Labelled> gold = SrlEvaluation.gold(data.sentences());
        List<SrlScorer.Labelled> system = new SrlEvaluation(SyntaxModel.tagger(), SyntaxModel.parser(),
                SyntaxModel.roles()).predict(data.sentences());
        if (goldOut != null) {
            Files.write(goldOut, SrlScorer.lines(gold), StandardCharsets.UTF_8);
        }
        if (systemOut != null) {
            Files.write(systemOut, SrlScorer.lines(system), StandardCharsets.UTF_8);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.printf("%d sentences of the %s split (%d annotated sentences could not be joined to the UD words)%n",
                data.sentences().size(), split, data.unaligned());
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.print(new SrlScorer().score(gold, system).table());
        out.flush();
        return ExitCodes.OK;
    }
}
