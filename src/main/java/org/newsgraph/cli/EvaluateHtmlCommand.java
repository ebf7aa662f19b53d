package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.evaluate.AebEvaluation;
import org.newsgraph.source.HtmlArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate html}: article-body extraction scored on the Article Extraction Benchmark. */
@Command(name = "html",
        description = "Score HTML article extraction on the Article Extraction Benchmark (ground-truth JSON and "
                + "pages ID.html[.gz]); prints F1, precision, recall and accuracy as score_aeb.py does.")
public final class EvaluateHtmlCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GROUND_TRUTH.json",
            description = "ground truth: {id: {\"articleBody\": text}}")
    Path gold;

    @Option(names = "--pages", required = true, paramLabel = "DIR", description = "directory of ID.html or ID.html.gz")
    Path pages;

    @Option(names = "--predictions", paramLabel = "OUT.json",
            description = "also write the predictions in the benchmark's output format")
    Path predictions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(gold)) {
            err.println(gold + ": no such file");
            return 2;
        }
        if (!Files.isDirectory(pages)) {
            err.println(pages + ": not a directory");
            return 2;
        }
        try {
            Map<String, String> truth = AebEvaluation.readItems(gold);
            List<String> failures = new ArrayList<>();
            Map<String, String> predicted = AebEvaluation.predict(truth.keySet(), pages, new HtmlArticleExtractor(), failures);
            for (String f : failures) {
                err.println("warning: " + f);
            }
            if (predictions != null) {
                AebEvaluation.writePredictions(predictions, predicted, version());
            }
            out.print(AebEvaluation.score(truth, predicted, 1000, 0).table());
            out.flush();
            return 0;
        } catch (IOException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    private static String version() {
        String v = EvaluateHtmlCommand.class.getPackage().getImplementationVersion();
        return "newsgraph " + (v == null ? "dev" : v);
    }
}
