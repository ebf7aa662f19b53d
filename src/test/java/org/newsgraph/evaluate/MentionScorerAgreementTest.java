package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.source.ArticleReader;

/** `newsgraph evaluate` and shared/eval/score_mentions.py print the same figures for the same mentions. */
class MentionScorerAgreementTest {

    @TempDir
    Path dir;

    @Test
    void javaScorerPrintsWhatThePythonScorerPrints() throws IOException, InterruptedException {
        Path shared = Fixtures.shared();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("eval/gum")), "../shared/eval/gum is absent");
        assumeTrue(Fixtures.python(), "python3 is absent");
        Set<String> docs = Set.of("GUM_news_korea", "GUM_news_clock", "GUM_news_election");
        List<GoldDocument> gold = GoldDocument.load(shared.resolve("eval/gum"), docs);
        assertEquals(3, gold.size());
        List<SystemMention> mentions = new MentionEvaluation(Pipeline.standard(new ArticleReader())).run(gold);
        Path jsonl = dir.resolve("m.jsonl");
        List<String> lines = new ArrayList<>();
        mentions.forEach(m -> lines.add(m.toJsonLine()));
        Files.write(jsonl, lines, StandardCharsets.UTF_8);

        Process p = new ProcessBuilder("python3", shared.resolve("eval/score_mentions.py").toString(),
                shared.resolve("eval/gum").toString(), jsonl.toString(), "--docs", String.join(",", docs))
                .redirectErrorStream(true).start();
        String python = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), python);
        assertEquals(python.strip(), new MentionScorer().score(gold, mentions).report().strip());
    }
}
