package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsgraph.evaluate.GoldDocument;
import org.newsgraph.evaluate.MentionEvaluation;
import org.newsgraph.evaluate.MentionScorer;
import org.newsgraph.evaluate.SystemMention;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.source.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measures entity extraction against gold mentions (GUM-derived JSON, e.g. ../shared/eval/gum): "
                + "per-type precision/recall/F1, strict (exact span) and relaxed (overlap), and B-cubed entity grouping, "
                + "the same figures as shared/eval/score_mentions.py prints.",
                "evaluate html measures HTML article extraction instead."},
        subcommands = {EvaluateHtmlCommand.class, EvaluateTimexCommand.class})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // not required by picocli: "evaluate html" has its own --gold
    @Option(names = "--gold", paramLabel = "DIR", description = "Directory of gold ID.json documents (required).")
    Path gold;

    @Option(names = "--docs", split = ",", paramLabel = "ID", description = "Only these documents (comma-separated ids).")
    List<String> docs;

    @Option(names = "--prefix", paramLabel = "PREFIX", description = "Only documents whose id starts with PREFIX (e.g. GUM_news_).")
    String prefix;

    @Option(names = "--mentions-out", paramLabel = "FILE.jsonl", description = "Also write the system mentions in the scorer's JSONL format.")
    Path mentionsOut;

    @Override
    public Integer call() throws IOException {
        if (gold == null) {
            throw new IllegalArgumentException("evaluate: --gold DIR is required (see newsgraph evaluate --help)");
        }
        Set<String> ids = docs == null ? Set.of() : new LinkedHashSet<>(docs);
        List<GoldDocument> gold = GoldDocument.load(this.gold, ids).stream()
                .filter(d -> prefix == null || d.id().startsWith(prefix)).toList();
        if (gold.isEmpty()) {
            throw new IllegalArgumentException(this.gold + ": no gold documents match");
        }
        List<SystemMention> mentions = new MentionEvaluation(Pipeline.standard(new ArticleReader())).run(gold);
        if (mentionsOut != null) {
            try (BufferedWriter w = Files.newBufferedWriter(mentionsOut, StandardCharsets.UTF_8)) {
                for (SystemMention m : mentions) {
                    w.write(m.toJsonLine());
                    w.newLine();
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d documents, %d system mentions%n", gold.size(), mentions.size());
        out.print(new MentionScorer().score(gold, mentions).report());
        out.flush();
        return ExitCodes.OK;
    }
}
