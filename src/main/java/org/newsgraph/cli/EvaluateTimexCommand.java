package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.evaluate.TimexEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate timex}: time expressions scored on TimeML gold files (TempEval-3). */
@Command(name = "timex",
        description = {"Score time expressions on TimeML files (e.g. ../shared/eval/te3/TimeBank): each file's DCT is "
                + "the publication date; prints strict and relaxed span F1 and value and type F1 in the layout of the "
                + "official TempEval-3 scorer (TE3-evaluation.py), with the same figures.",
                "With --out, writes each file with the tool's TIMEX3 tags instead of the gold ones, for the official "
                + "scorer: python2.7 TE3-evaluation.py GOLD_DIR OUT_DIR."})
public final class EvaluateTimexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "directory of TimeML .tml files")
    Path gold;

    @Option(names = "--out", paramLabel = "DIR", description = "write the tagged TimeML files here (created if missing)")
    Path out;

    @Option(names = "--differences", paramLabel = "FILE",
            description = "write every missed, spurious or wrongly normalized expression to FILE (tab-separated)")
    Path differences;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(gold)) {
            throw new IllegalArgumentException(gold + ": not a directory");
        }
        List<Path> files = TimexEvaluation.files(gold);
        if (files.isEmpty()) {
            throw new IllegalArgumentException(gold + ": no .tml files");
        }
        if (out != null) {
            Files.createDirectories(out);
        }
        TimexEvaluation evaluation = new TimexEvaluation(new OpenNlpAnnotator());
        List<TimexEvaluation.Document> docs = new ArrayList<>();
        PrintWriter err = spec.commandLine().getErr();
        for (Path f : files) {
            docs.add(evaluation.run(f, out));
            if (docs.size() % 50 == 0) {
                err.printf("%d/%d files%n", docs.size(), files.size());
                err.flush();
            }
        }
        if (differences != null) {
            Files.write(differences, TimexEvaluation.differences(docs), java.nio.charset.StandardCharsets.UTF_8);
        }
        PrintWriter w = spec.commandLine().getOut();
        TimexEvaluation.Score score = TimexEvaluation.score(docs);
        w.printf("%d documents, %d gold and %d system time expressions%n", docs.size(), score.gold(), score.system());
        w.print(score.report());
        w.flush();
        return ExitCodes.OK;
    }
}
