package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.evaluate.EcbPlus;
import org.newsgraph.evaluate.EventMentionEvaluation;
import org.newsgraph.evaluate.EventMentionScorer;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.source.ArticleReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code evaluate events}: event triggers scored against ECB+'s action mentions. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = {"Run the pipeline on the documents of ECB+ (read from its archive; each document's text is its "
                + "tokens, one sentence a line) and score the triggers of the extracted events against the corpus's "
                + "action mentions (every ACTION_* and NEG_ACTION_* class) in the sentences that carry any annotation: "
                + "precision, recall and F1 with a one-to-one matching where a pair shares a token (overlap) or has "
                + "the same tokens (exact), and recall per class; the tables scripts/eval-events/score_ecbplus.py "
                + "prints for the file --mentions-out writes."})
public final class EvaluateEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--ecbplus", required = true, paramLabel = "ecbplus.tar.gz", description = "the ECB+ archive")
    Path ecbplus;

    @Option(names = "--topics", defaultValue = "36-45", paramLabel = "LIST",
            description = "topics, numbers and ranges (default: ${DEFAULT-VALUE}, the standard test topics)")
    String topics;

    @Option(names = "--mentions-out", paramLabel = "FILE.jsonl", description = "also write the system mentions")
    Path mentionsOut;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(ecbplus)) {
            throw new IllegalArgumentException(ecbplus + ": no such file");
        }
        List<EcbPlus.Document> docs = EcbPlus.read(ecbplus, EcbPlus.topics(topics));
        if (docs.isEmpty()) {
            throw new IllegalArgumentException(ecbplus + ": no document of topics " + topics);
        }
        List<EventMentionScorer.Mention> mentions =
                new EventMentionEvaluation(Pipeline.standard(new ArticleReader())).run(docs);
        if (mentionsOut != null) {
            Files.write(mentionsOut, mentions.stream().map(EventMentionScorer.Mention::toJsonLine).toList(),
                    StandardCharsets.UTF_8);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%d documents of topics %s%n", docs.size(), topics);
        out.print(new EventMentionScorer().score(docs, mentions).table());
        out.flush();
        return ExitCodes.OK;
    }
}
