package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query-side commands as a user meets them: tables, plans, explain, stats and remove. */
class QueryCommandsTest {

    @TempDir
    Path dir;

    @Test
    void tablesAreReadableAndSayWhenRowsWereCut() {
        String store = CliTestSupport.seedStore(dir);
        CliTestSupport.Run run = CliTestSupport.run("--store", store, "query", "people", "--limit", "2", "--width", "80");
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).matches("# 2 of \\d+ rows \\(--limit 0 shows all\\)"), lines.get(0));
        assertTrue(run.out().contains("ngid:person/"), run.out());
        assertFalse(run.out().contains("^^"), run.out());
        lines.forEach(l -> assertTrue(l.length() <= 80, l));
    }

    @Test
    void explainPrintsThePlanWithTheParameterBound() {
        String store = CliTestSupport.seedStore(dir);
        CliTestSupport.Run run = CliTestSupport.run("--store", store, "query", "mentions", "--param", "entity=MKO", "--explain");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("(bgp") && run.out().contains("\"mko\""), run.out());
    }

    @Test
    void explainGroupsFactsByArticleInTextOrder() {
        String store = CliTestSupport.seedStore(dir);
        CliTestSupport.Run run = CliTestSupport.run("--store", store, "explain", "MKO");
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("(schema:Organization)") && out.contains("also: MKO"), out);
        assertTrue(out.contains("2023-06-29  Albanian police enter MKO terrorist camp"), "the article's date and headline: " + out);
        // the types and labels are said once, not per sentence
        assertFalse(out.contains("rdf:type") || out.contains("rdfs:label"), out);
        // claims lists every sentence in text order
        String text = CliTestSupport.run("--store", store, "query", "claims", "--param", "article=" + CliTestSupport.SEED_HEADLINE, "--format", "tsv").out();
        List<Integer> at = out.lines().filter(l -> l.startsWith("    \""))
                .map(l -> text.indexOf(l.strip().substring(1, Math.min(30, l.strip().length() - 1)))).toList();
        assertTrue(at.size() >= 3, out);
        assertEquals(at.stream().sorted().toList(), at, "sentences in text order: " + out);
    }

    @Test
    void removeTakesAPieceOfTheHeadlineAndStatsFollow() {
        String store = CliTestSupport.seedStore(dir);
        CliTestSupport.Run none = CliTestSupport.run("--store", store, "remove", "no such headline anywhere");
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("no such article"), none.err());
        CliTestSupport.Run stats = CliTestSupport.run("--store", store, "stats");
        assertTrue(stats.out().matches("(?s)articles\\s+1\\n.*"), stats.out());
        // the quads are a pass over the index, counted only when asked for
        assertFalse(stats.out().contains("quads"), stats.out());
        assertTrue(CliTestSupport.run("--store", store, "stats", "--quads").out().matches("(?s).*\\nquads\\s+[1-9][0-9]*\\n.*"));
        CliTestSupport.Run removed = CliTestSupport.run("--store", store, "remove", "police ENTER");
        assertEquals(0, removed.exit(), removed.err());
        assertTrue(removed.out().contains("removed https://w3id.org/newsgraph/article/"), removed.out());
        assertTrue(removed.out().contains("0 articles, 0 quads"), removed.out());
        assertTrue(CliTestSupport.run("--store", store, "stats").out().matches("(?s)articles\\s+0\\n.*"));
    }

    /** The script's warm-up runs every bundled query and leaves no store behind. */
    @Test
    void warmUpRunsEveryQueryAndCleansUp() throws java.io.IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        java.util.function.Supplier<Long> stores = () -> {
            try (var files = java.nio.file.Files.list(tmp)) {
                return files.filter(f -> f.getFileName().toString().startsWith("newsgraph-warm-up")).count();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
        long before = stores.get();
        CliTestSupport.Run run = CliTestSupport.run("warm-up");
        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals(before, stores.get());
    }
}
