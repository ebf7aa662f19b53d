package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.extract.EntityType;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ExtractionRun;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

class TdbStoreTest {

    @TempDir
    Path dir;

    private static ArticleGraph graph(String source, String body, String url) {
        Article a = new Article(source, body, new ArticleMetadata("Headline", null, null, url, null, List.of(), null, null));
        return new ArticleMapper().map(Fixtures.extract(a, Map.of("Tirana", EntityType.PLACE, "Cuci", EntityType.PERSON)),
                new ExtractionRun("newsgraph", "test", Instant.now()));
    }

    /** The store's quads outside its graph of totals: what the articles hold. */
    private static long articleQuads(TdbStore store) {
        return store.quadCount() - store.read(ds -> ds.asDatasetGraph().stream(org.newsgraph.rdf.Iris.TOTALS_GRAPH, Node.ANY, Node.ANY, Node.ANY).count());
    }

    @Test
    void reIngestingTheSameTextChangesNothing() {
        try (TdbStore store = TdbStore.open(dir)) {
            ArticleGraph g = graph("a.txt", "Cuci went to Tirana. He left.", null);
            assertEquals(IngestOutcome.ADDED, store.put(g));
            long quads = articleQuads(store);
            assertEquals(g.quads().size(), quads);
            // a new run (new timestamp) of the same text is still the same article
            assertEquals(IngestOutcome.UNCHANGED, store.put(graph("a.txt", "Cuci went to Tirana. He left.", null)));
            assertEquals(quads, articleQuads(store));
        }
    }

    @Test
    void aChangedArticleReplacesItsGraphs() {
        try (TdbStore store = TdbStore.open(dir)) {
            store.put(graph("a.txt", "Cuci went to Tirana. He left.", null));
            ArticleGraph changed = graph("a.txt", "Cuci stayed in Tirana.", null);
            assertEquals(IngestOutcome.REPLACED, store.put(changed));
            assertEquals(changed.quads().size(), articleQuads(store), "nothing of the old version is left");

            store.put(graph("b.txt", "Tirana is big.", "https://example.org/x"));
            ArticleGraph newVersion = graph("b2.txt", "Tirana is bigger.", "https://example.org/x");
            assertEquals(IngestOutcome.REPLACED, store.put(newVersion), "same URL, same article");
            assertEquals(changed.quads().size() + newVersion.quads().size(), articleQuads(store));
            // the replaced version's pair is taken out of the totals: Cuci and Tirana share one sentence
            assertEquals(List.of("1"), store.read(ds -> ds.asDatasetGraph().stream(org.newsgraph.rdf.Iris.TOTALS_GRAPH, Node.ANY,
                    org.newsgraph.rdf.NG.sentenceCount, Node.ANY).filter(q -> q.getSubject().getURI().startsWith(org.newsgraph.rdf.Iris.PAIR_TOTAL_BASE))
                    .map(q -> q.getObject().getLiteralLexicalForm()).toList()));
        }
    }

    @Test
    void removeDeletesEveryGraphOfTheArticleAndReIngestRestoresIt() {
        try (TdbStore store = TdbStore.open(dir)) {
            ArticleGraph a = graph("a.txt", "Cuci went to Tirana. He left.", null);
            ArticleGraph b = graph("b.txt", "Tirana is big.", "https://example.org/x");
            store.put(a);
            store.put(b);
            long both = store.quadCount();
            List<Node> removed = store.remove("a.txt");
            assertEquals(List.of(a.article()), removed);
            assertEquals(b.quads().size(), articleQuads(store));
            assertEquals(List.of(b.article()), store.remove("https://example.org/x"), "by URL");
            assertEquals(0, store.quadCount(), "no totals are left either");
            assertTrue(store.remove("nothing").isEmpty());
            store.put(a);
            store.put(b);
            assertEquals(both, store.quadCount());
        }
    }

    @Test
    void compactKeepsTheDataAndFreesOldVersions() {
        try (TdbStore store = TdbStore.open(dir)) {
            for (int i = 0; i < 5; i++) {
                store.put(graph("a.txt", "Cuci went to Tirana, version " + i + ".", null));
            }
            long quads = store.quadCount();
            long before = store.diskSize();
            store.compact();
            assertEquals(quads, store.quadCount());
            assertTrue(store.diskSize() < before, store.diskSize() + " < " + before);
            store.put(graph("b.txt", "Tirana is big.", null));
            assertTrue(store.quadCount() > quads, "still writable after compaction");
        }
    }

    @Test
    void storePersistsAcrossOpenings() {
        ArticleGraph g = graph("a.txt", "Cuci went to Tirana.", null);
        try (TdbStore store = TdbStore.open(dir)) {
            store.put(g);
        }
        try (TdbStore store = TdbStore.open(dir)) {
            assertEquals(g.quads().size(), articleQuads(store));
            assertEquals(g.contentHash(), store.contentHash(g.article()).orElseThrow());
        }
    }
}
