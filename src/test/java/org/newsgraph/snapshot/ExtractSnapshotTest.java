package org.newsgraph.snapshot;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.evaluate.GoldDocument;
import org.newsgraph.evaluate.MentionEvaluation;
import org.newsgraph.evaluate.SystemMention;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ExtractionRun;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;
import org.newsgraph.source.ArticleReader;
import org.newsgraph.source.Input;

/**
 * Golden files of what the annotate, extract and rdf stages produce today: the seed's quads, the
 * GUM news dev mentions, and the sentence-graph facts (events, relations, types, labels) of three
 * GUM news documents. A refactoring keeps them; a change in behaviour shows here line by line.
 * Run with {@code -Dsnapshots.update=true} to rewrite them after an intended, explained change.
 */
public class ExtractSnapshotTest {

    /** Where the golden files are. */
    public static final Path GOLDEN = Path.of("src/test/resources/org/newsgraph/snapshot");
    /** The run recorded in snapshot quads: fixed, so that they do not change with the clock or the version. */
    public static final ExtractionRun RUN = new ExtractionRun("newsgraph", "snapshot", Instant.EPOCH);
    private static final Set<String> FACT_DOCS = Set.of("GUM_news_korea", "GUM_news_clock", "GUM_news_defector");

    private final Pipeline pipeline = Pipeline.standard(new ArticleReader());

    @Test
    void seedQuads() throws Exception {
        Article seed = new ArticleReader().read(Input.of(Fixtures.seed()));
        ArticleGraph g = new ArticleMapper().map(pipeline.extract(seed), RUN);
        check("seed.nq", nquads(g.quads(), false));
    }

    @Test
    void gumNewsMentions() throws IOException {
        Path gum = gum();
        List<GoldDocument> docs = GoldDocument.load(gum, null).stream().filter(d -> d.id().startsWith("GUM_news_")).toList();
        List<String> lines = new ArrayList<>();
        for (SystemMention m : new MentionEvaluation(pipeline).run(docs)) {
            lines.add(m.toJsonLine());
        }
        check("gum-news-mentions.jsonl", lines);
    }

    @Test
    void gumNewsFacts() throws IOException {
        Path gum = gum();
        List<String> lines = new ArrayList<>();
        for (GoldDocument d : GoldDocument.load(gum, FACT_DOCS)) {
            Article a = new Article(d.id(), d.text(), ArticleMetadata.EMPTY);
            lines.addAll(nquads(new ArticleMapper().map(pipeline.extract(a), RUN).quads(), true));
        }
        check("gum-news-facts.nq", lines.stream().sorted().toList());
    }

    private static Path gum() {
        Path shared = Fixtures.shared();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("eval/gum")), "../shared/eval/gum is absent");
        return shared.resolve("eval/gum");
    }

    /** N-Quads lines, sorted; only the quads of sentence graphs (facts) when {@code factsOnly}. */
    public static List<String> nquads(List<Quad> quads, boolean factsOnly) {
        List<String> out = new ArrayList<>();
        for (Quad q : quads) {
            if (factsOnly && !q.getGraph().getURI().contains("#char=")) {
                continue;
            }
            out.add(NodeFmtLib.strNT(q.getSubject()) + " " + NodeFmtLib.strNT(q.getPredicate()) + " "
                    + NodeFmtLib.strNT(q.getObject()) + " " + NodeFmtLib.strNT(q.getGraph()) + " .");
        }
        return out.stream().sorted().toList();
    }

    private static void check(String name, List<String> lines) throws IOException {
        Path file = GOLDEN.resolve(name);
        String actual = String.join("\n", lines) + "\n";
        if (Boolean.getBoolean("snapshots.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), () -> file + " is missing: run with -Dsnapshots.update=true");
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) {
            Path out = Path.of("target", "snapshot-actual", name);
            Files.createDirectories(out.getParent());
            Files.writeString(out, actual, StandardCharsets.UTF_8);
            List<String> gone = new ArrayList<>(expected.lines().toList());
            gone.removeAll(lines);
            List<String> added = new ArrayList<>(lines);
            added.removeAll(expected.lines().toList());
            fail(name + " differs from the golden file (actual output in " + out + ")\n- " + String.join("\n- ", gone)
                    + "\n+ " + String.join("\n+ ", added));
        }
    }
}
