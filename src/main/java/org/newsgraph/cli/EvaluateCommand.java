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
import org.newsgraph.evaluate.IobCorpus;
import org.newsgraph.evaluate.IobEvaluation;
import org.newsgraph.evaluate.IobScorer;
import org.newsgraph.evaluate.MentionEvaluation;
import org.newsgraph.evaluate.MentionScorer;
import org.newsgraph.evaluate.SystemMention;
import org.newsgraph.extract.Extractor;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.source.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Measures entity extraction against gold mentions (GUM-derived JSON, e.g. ../shared/eval/gum): "
                + "per-type precision/recall/F1, strict (exact span) and relaxed (overlap), and B-cubed entity grouping, "
                + "the same figures as shared/eval/score_mentions.py prints.",
                "With --gold FILE.iob2 (a token-per-line IOB file such as UniversalNER's), tags its tokens and prints "
                        + "per-type strict and relaxed span scores, the same figures as scripts/score_iob.py prints.",
                "evaluate html measures HTML article extraction instead; evaluate deps the tagger and parser on a CoNLL-U "
                        + "treebank, evaluate srl predicates and roles on PropBank EWT, evaluate timex time expressions "
                        + "on TimeML files (TempEval-3), evaluate events the triggers of extracted events on ECB+."},
        subcommands = {EvaluateHtmlCommand.class, EvaluateDepsCommand.class, EvaluateSrlCommand.class,
                EvaluateTimexCommand.class, EvaluateEventsCommand.class})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // not required by picocli: "evaluate html" has its own --gold
    @Option(names = "--gold", paramLabel = "DIR|FILE", description = "Directory of gold ID.json documents, or an IOB file (required).")
    Path gold;

    @Option(names = "--docs", split = ",", paramLabel = "ID", description = "Only these documents (comma-separated ids).")
    List<String> docs;

    @Option(names = "--prefix", paramLabel = "PREFIX", description = "Only documents whose id starts with PREFIX (e.g. GUM_news_).")
    String prefix;

    @Option(names = "--mentions-out", paramLabel = "FILE.jsonl", description = "Also write the system mentions in the scorer's JSONL format.")
    Path mentionsOut;

    @Option(names = "--predictions-out", paramLabel = "FILE", description = "With an IOB file: also write the predicted tags (token TAB tag).")
    Path predictionsOut;

    @Mixin
    RecognizerOptions recognizer;

    @Override
    public Integer call() throws IOException {
        if (gold == null) {
            throw new IllegalArgumentException("evaluate: --gold DIR is required (see newsgraph evaluate --help)");
        }
        PrintWriter out = spec.commandLine().getOut();
        Pipeline pipeline = new Pipeline(new ArticleReader(), () -> Extractor.standard(recognizer.choice()));
        if (Files.isRegularFile(this.gold)) {
            return iob(pipeline, out);
        }
        Set<String> ids = docs == null ? Set.of() : new LinkedHashSet<>(docs);
        List<GoldDocument> gold = GoldDocument.load(this.gold, ids).stream()
                .filter(d -> prefix == null || d.id().startsWith(prefix)).toList();
        if (gold.isEmpty()) {
            throw new IllegalArgumentException(this.gold + ": no gold documents match");
        }
        List<SystemMention> mentions = new MentionEvaluation(pipeline).run(gold);
        if (mentionsOut != null) {
            try (BufferedWriter w = Files.newBufferedWriter(mentionsOut, StandardCharsets.UTF_8)) {
                for (SystemMention m : mentions) {
                    w.write(m.toJsonLine());
                    w.newLine();
                }
            }
        }
        out.printf("%d documents, %d system mentions%n", gold.size(), mentions.size());
        out.print(new MentionScorer().score(gold, mentions).report());
        out.flush();
        return ExitCodes.OK;
    }

    private int iob(Pipeline pipeline, PrintWriter out) throws IOException {
        IobCorpus corpus = IobCorpus.read(gold);
        List<String> predicted = new IobEvaluation(pipeline).run(corpus);
        if (predictionsOut != null) {
            try (BufferedWriter w = Files.newBufferedWriter(predictionsOut, StandardCharsets.UTF_8)) {
                int k = 0;
                for (IobCorpus.Doc d : corpus.docs()) {
                    for (List<IobCorpus.Tok> s : d.sentences()) {
                        for (IobCorpus.Tok t : s) {
                            w.write(t.text() + "\t" + predicted.get(k++));
                            w.newLine();
                        }
                        w.newLine();
                    }
                }
            }
        }
        out.printf("%d documents, %d tokens%n", corpus.docs().size(), predicted.size());
        out.print(IobScorer.report(corpus.tags(), predicted, corpus.sentenceStarts()));
        out.flush();
        return ExitCodes.OK;
    }
}
