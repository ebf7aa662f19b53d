package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.pipeline.IngestListener;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ExtractionRun;
import org.newsgraph.rdf.NG;
import org.newsgraph.source.ArticleReader;
import org.newsgraph.source.Input;
import org.newsgraph.store.TdbStore;

/**
 * The bundled queries that add up the counts articles keep give the answers of the queries they
 * replaced (kept in test resources under {@code before/}, which scan the store), also after a
 * remove and a re-ingest.
 */
class CountedQueriesTest {

    private static final ExtractionRun RUN = new ExtractionRun("newsgraph", "t", Instant.parse("2024-01-01T00:00:00Z"));

    private static ArticleGraph albania() {
        return new ArticleMapper().map(Fixtures.albania(), RUN);
    }

    private static ArticleGraph cuciAgain() {
        var names = new java.util.LinkedHashMap<String, org.newsgraph.extract.EntityType>();
        names.put("Bledi Cuci", org.newsgraph.extract.EntityType.PERSON);
        names.put("Cuci", org.newsgraph.extract.EntityType.PERSON);
        names.put("Tirana", org.newsgraph.extract.EntityType.PLACE);
        names.put("MKO", org.newsgraph.extract.EntityType.ORGANIZATION);
        var article = new org.newsgraph.source.Article("cuci.txt",
                "Bledi Cuci met MKO members in Tirana. Cuci said the MKO camp in Tirana was searched.",
                new org.newsgraph.source.ArticleMetadata("Minister visits Tirana", null, null, "https://example.org/news/cuci", "Other Paper", List.of(), "en", null));
        return new ArticleMapper().map(Fixtures.extract(article, names), RUN);
    }

    private static TdbStore store() {
        TdbStore store = TdbStore.inMemory();
        Pipeline.standard(new ArticleReader()).ingest(List.of(Input.of(Fixtures.seed())), store, 1, IngestListener.NONE);
        store.put(albania());
        store.put(cuciAgain());
        return store;
    }

    private static BundledQuery before(String name) throws IOException {
        try (InputStream in = CountedQueriesTest.class.getResourceAsStream("before/" + name + ".rq")) {
            return BundledQuery.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The rows, each on the columns of the old query, sorted: the same answers whatever the order. */
    private static List<String> rows(QueryRunner runner, BundledQuery query, List<String> columns, Map<String, String> params) {
        List<String> out = new ArrayList<>();
        for (Map<String, Node> row : runner.select(query, params)) {
            out.add(line(row, columns));
        }
        out.sort(null);
        return out;
    }

    private static void assertSameAnswers(TdbStore store, String name, Map<String, String> params) throws IOException {
        QueryRunner runner = new QueryRunner(store);
        BundledQuery old = before(name);
        List<String> columns = org.apache.jena.query.QueryFactory.create(old.sparql()).getResultVars();
        BundledQuery now = QueryCatalog.bundled().get(name).orElseThrow();
        List<String> expected = rows(runner, old, columns, params);
        assertEquals(expected, rows(runner, now, columns, params), name + " " + params);
        assertFalse(expected.isEmpty(), name + " " + params + " answers something");
    }

    private static void assertAllSame(TdbStore store) throws IOException {
        for (String name : List.of("people", "organizations", "places", "cooccurrence", "articles", "typed-events", "roles")) {
            assertSameAnswers(store, name, Map.of());
        }
        for (String entity : List.of("Bledi Cuci", "bledi cuci", "Cuci", "MKO", "Tirana", "https://w3id.org/newsgraph/id/place/tirana")) {
            for (String name : List.of("entity", "mentions")) {
                assertSameAnswers(store, name, Map.of("entity", entity));
            }
        }
        assertSameAnswers(store, "events-of", Map.of("entity", "MKO"));
        assertEquals(0, new QueryRunner(store).select(QueryCatalog.bundled().get("entity").orElseThrow(),
                Map.of("entity", "x\") } UNION { ?e ?p ?o } #")).size());
    }

    @Test
    void countedQueriesAnswerAsTheScansDid() throws IOException {
        try (TdbStore store = store()) {
            assertAllSame(store);
        }
    }

    /**
     * {@code claims} asks about one article: its rows are the rows the store-wide query gave for
     * that article, in the same order, whichever way the article is named.
     */
    @Test
    void claimsOfAnArticleAreTheStoreWideClaimsOfThatArticle() throws IOException {
        try (TdbStore store = store()) {
            QueryRunner runner = new QueryRunner(store);
            List<Map<String, Node>> all = runner.select(before("claims"), Map.of());
            Node albania = albania().article();
            Node cuci = cuciAgain().article();
            Map<String, Node> named = Map.of(albania.getURI(), albania, "Police enter camp near Tirana", albania,
                    "Minister visits Tirana", cuci, "cuci.txt", cuci, "https://example.org/news/cuci", cuci);
            BundledQuery claims = QueryCatalog.bundled().get("claims").orElseThrow();
            List<String> columns = List.of("source", "certainty", "sentenceText");
            named.forEach((name, article) -> {
                List<String> expected = all.stream().filter(r -> r.get("article").equals(article)).map(r -> line(r, columns)).toList();
                assertTrue(expected.size() > 1 && expected.size() < all.size(), expected.toString());
                assertEquals(expected, runner.select(claims, Map.of("article", name)).stream().map(r -> line(r, columns)).toList(), name);
            });
            assertTrue(runner.select(claims, Map.of("article", "no such article")).isEmpty());
        }
    }

    /** {@code events} lists one article's: the rows the store-wide timeline gave for the events of that article. */
    @Test
    void eventsOfAnArticleAreTheStoreWideEventsOfThatArticle() throws IOException {
        try (TdbStore store = store()) {
            QueryRunner runner = new QueryRunner(store);
            List<String> columns = org.apache.jena.query.QueryFactory.create(before("events").sparql()).getResultVars();
            List<Map<String, Node>> all = runner.select(before("events"), Map.of());
            BundledQuery events = QueryCatalog.bundled().get("events").orElseThrow();
            Quad seed = store.read(ds -> ds.asDatasetGraph().stream(Node.ANY, Node.ANY, NG.sourceName, Node.ANY)
                    .filter(q -> q.getObject().getLiteralLexicalForm().contains("7c8e2674")).findFirst().orElseThrow());
            for (Node article : List.of(seed.getSubject(), albania().article(), cuciAgain().article())) {
                List<String> expected = all.stream().filter(r -> r.get("e").getURI().startsWith(article.getURI() + "#"))
                        .map(r -> line(r, columns)).sorted().toList();
                List<String> got = runner.select(events, Map.of("article", article.getURI())).stream().map(r -> line(r, columns)).sorted().toList();
                assertEquals(expected, got, article.getURI());
            }
            assertTrue(all.stream().filter(r -> r.get("e").getURI().startsWith(seed.getSubject().getURI())).count() > 10);
        }
    }

    /** {@code times} finds its article by index lookup: the rows, in order, of the query that compared every article's names. */
    @Test
    void timesOfAnArticleAreThoseTheScanFound() throws IOException {
        try (TdbStore store = store()) {
            QueryRunner runner = new QueryRunner(store);
            BundledQuery times = QueryCatalog.bundled().get("times").orElseThrow();
            List<String> columns = org.apache.jena.query.QueryFactory.create(before("times").sparql()).getResultVars();
            Quad seed = store.read(ds -> ds.asDatasetGraph().stream(Node.ANY, Node.ANY, NG.sourceName, Node.ANY)
                    .filter(q -> q.getObject().getLiteralLexicalForm().contains("7c8e2674")).findFirst().orElseThrow());
            List<String> names = List.of(seed.getSubject().getURI(), seed.getObject().getLiteralLexicalForm(),
                    "Police enter camp near Tirana", "https://example.org/news/cuci");
            for (String name : names) {
                List<String> expected = runner.select(before("times"), Map.of("article", name)).stream().map(r -> line(r, columns)).toList();
                assertTrue(!expected.isEmpty() || !name.equals(names.get(0)), "the seed has time expressions");
                assertEquals(expected, runner.select(times, Map.of("article", name)).stream().map(r -> line(r, columns)).toList(), name);
            }
            assertTrue(runner.select(times, Map.of("article", "no such article")).isEmpty());
        }
    }

    /** A row as text; the names a column joins (GROUP_CONCAT, in an order SPARQL leaves open) sorted. */
    private static String line(Map<String, Node> row, List<String> columns) {
        StringBuilder b = new StringBuilder();
        for (String c : columns) {
            Node n = row.get(c);
            String value = n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
            b.append(String.join(" | ", new java.util.TreeSet<>(List.of(value.split(" \\| ", -1))))).append(" || ");
        }
        return b.toString();
    }

    @Test
    void countsFollowRemoveAndReIngest() throws IOException {
        try (TdbStore store = store()) {
            Map<String, String> before = stats(store);
            long quads = store.quadCount();
            assertEquals(List.of(albania().article()), store.remove(albania().article().getURI()));
            assertAllSame(store);
            Map<String, String> removed = stats(store);
            assertTrue(Long.parseLong(removed.get("articles")) == Long.parseLong(before.get("articles")) - 1, removed.toString());
            store.put(albania());
            assertAllSame(store);
            assertEquals(before, stats(store));
            assertEquals(quads, store.quadCount());
        }
    }

    /** A merge of two entities moves their totals: they stay what adding up the articles' counts gives. */
    @Test
    void totalsFollowAMerge() throws IOException {
        try (TdbStore store = store()) {
            assertTrue(totals(store).size() > 10, totals(store).toString());
            org.newsgraph.store.EntityIdentity.merge(store, "Bledi Cuci", "Muhamet Rrumbullaku");
            assertAllSame(store);
            Set<Quad> kept = totals(store);
            Txn.executeWrite(store.dataset(), () -> org.newsgraph.store.Totals.rebuild(store.dataset().asDatasetGraph()));
            assertEquals(totals(store), kept);
            assertFalse(StoreCounts.totalsMissing(store));
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph()
                    .deleteAny(org.newsgraph.rdf.Iris.TOTALS_GRAPH, Node.ANY, Node.ANY, Node.ANY));
            assertTrue(StoreCounts.totalsMissing(store));
            StoreCounts.recount(store);
            assertEquals(kept, totals(store));
        }
    }

    /**
     * One batch that writes two articles, one of them twice (another version replacing the first
     * before the commit), leaves the store that writing the last versions one by one does: the
     * totals, identity and timeline, done once at the batch's end, count the version that stays.
     */
    @Test
    void aBatchLeavesTheStoreItsArticlesWrittenOneByOneDo() throws IOException {
        ArticleGraph first = albania();
        ArticleGraph other = new ArticleGraph(first.article(), first.contentHash() + "-other", first.sourceName(),
                first.quads(), first.sentenceGraphs());
        try (TdbStore oneByOne = store(); TdbStore batched = TdbStore.inMemory()) {
            Pipeline.standard(new ArticleReader()).ingest(List.of(Input.of(Fixtures.seed())), batched, 1, IngestListener.NONE);
            try (org.newsgraph.store.ArticleWriter writer = batched.writer()) {
                for (ArticleGraph g : List.of(first, other, cuciAgain())) {
                    writer.put(g.key(), sink -> g.quads().forEach(sink::quad));
                }
                writer.commit();
            }
            Set<Quad> expected = withoutClock(oneByOne);
            Set<Quad> actual = withoutClock(batched);
            assertEquals(Set.of(), difference(expected, actual), "quads missing from the batched store");
            assertEquals(Set.of(), difference(actual, expected), "quads only the batched store has");
            assertEquals(stats(oneByOne), stats(batched));
            assertAllSame(batched);
        }
    }

    private static Set<Quad> difference(Set<Quad> a, Set<Quad> b) {
        Set<Quad> out = new java.util.HashSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** The store's quads but those that give a time of day (when the seed's extraction ran). */
    private static Set<Quad> withoutClock(TdbStore store) {
        return store.read(ds -> {
            Set<Quad> out = new java.util.HashSet<>();
            ds.asDatasetGraph().find().forEachRemaining(q -> {
                if (!(q.getObject().isLiteral() && org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime.equals(q.getObject().getLiteralDatatype()))) {
                    out.add(q);
                }
            });
            return out;
        });
    }

    private static Set<Quad> totals(TdbStore store) {
        return store.read(ds -> {
            Set<Quad> out = new java.util.HashSet<>();
            ds.asDatasetGraph().find(org.newsgraph.rdf.Iris.TOTALS_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(out::add);
            return out;
        });
    }

    @Test
    void statsAgreesWithTheScanExceptThatMentionsAreEntityMentions() throws IOException {
        try (TdbStore store = store()) {
            Map<String, String> old = new TreeMap<>();
            new QueryRunner(store).select(before("stats"), Map.of()).forEach(r ->
                    old.put(r.get("what").getLiteralLexicalForm(), r.get("count").getLiteralLexicalForm()));
            Map<String, String> now = stats(store);
            long entityMentions = store.read(ds -> ds.asDatasetGraph().stream(Node.ANY, Node.ANY,
                    org.newsgraph.rdf.ItsRdf.taIdentRef, Node.ANY).map(Quad::getSubject).distinct().count());
            assertEquals(Long.toString(entityMentions), now.remove("mentions"));
            old.remove("mentions");
            old.remove("quads");
            assertEquals(old, now);
        }
    }

    @Test
    void recountAddsTheCountsAnOlderVersionDidNotKeep() throws IOException {
        try (TdbStore store = store()) {
            Map<String, String> counted = stats(store);
            // strip every article's counts, as a store written before they existed
            Txn.executeWrite(store.dataset(), () -> {
                var dsg = store.dataset().asDatasetGraph();
                List<Quad> summary = new ArrayList<>();
                dsg.find().forEachRemaining(q -> {
                    if (org.newsgraph.rdf.ArticleSummary.isSummary(q.getGraph(), q)) {
                        summary.add(q);
                    }
                });
                summary.forEach(dsg::delete);
            });
            assertEquals(3, StoreCounts.uncounted(store).size());
            assertEquals(3, StoreCounts.recount(store));
            assertEquals(0, StoreCounts.uncounted(store).size());
            assertEquals(counted, stats(store));
            assertAllSame(store);
        }
    }

    private static Map<String, String> stats(TdbStore store) {
        Map<String, String> out = new TreeMap<>();
        new QueryRunner(store).select(QueryCatalog.bundled().get("stats").orElseThrow(), Map.of()).forEach(r ->
                out.put(r.get("what").getLiteralLexicalForm(), r.get("count").getLiteralLexicalForm()));
        return out;
    }
}
