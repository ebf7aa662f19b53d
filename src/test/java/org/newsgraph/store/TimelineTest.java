package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.extract.EntityKeys;
import org.newsgraph.extract.EntityType;
import org.newsgraph.pipeline.IngestListener;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.query.QueryCatalog;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.rdf.Iris;
import org.newsgraph.source.ArticleReader;
import org.newsgraph.source.Input;

/** The timeline's rows give the names the store gives now: a relabel renders the rows that name the entity again. */
class TimelineTest {

    private static List<String> agents(TdbStore store) {
        List<String> out = new ArrayList<>();
        new QueryRunner(store).select(QueryCatalog.bundled().get("typed-events").orElseThrow(), Map.of())
                .forEach(row -> out.add(row.get("agents").getLiteralLexicalForm()));
        return out;
    }

    @Test
    void aRelabelRendersTheRowsThatNameTheEntity() {
        try (TdbStore store = TdbStore.inMemory()) {
            Pipeline.standard(new ArticleReader()).ingest(List.of(Input.of(Fixtures.seed())), store, 1, IngestListener.NONE);
            Node saddam = Iris.entity(EntityKeys.of(EntityType.PERSON, "Saddam Hussein"));
            assertTrue(agents(store).contains("Saddam Hussein"), agents(store).toString());
            // the names of a joined column in one order, whatever order the store keeps them in
            assertTrue(agents(store).contains("Canada | European Union | Japan | United States"), agents(store).toString());
            Set<Node> articles = Txn.calculateWrite(store.dataset(), () -> {
                DatasetGraph dsg = store.dataset().asDatasetGraph();
                assertEquals(Set.of(), Timeline.relabelled(dsg, Map.of(saddam, "Saddam Hussein")), "the label the rows give");
                // as a later article could make the store do: every statement of his label says another name
                List<Quad> labels = new ArrayList<>();
                dsg.find(Node.ANY, saddam, RDFS.label.asNode(), Node.ANY).forEachRemaining(labels::add);
                for (Quad q : labels) {
                    dsg.delete(q);
                    dsg.add(q.getGraph(), saddam, RDFS.label.asNode(), NodeFactory.createLiteralString("Saddam Hussein al-Tikriti"));
                }
                Set<Node> stale = Timeline.relabelled(dsg, Map.of(saddam, "Saddam Hussein al-Tikriti"));
                Timeline.render(dsg, stale);
                return stale;
            });
            assertEquals(1, articles.size(), articles.toString());
            List<String> now = agents(store);
            assertTrue(now.contains("Saddam Hussein al-Tikriti") && !now.contains("Saddam Hussein"), now.toString());
            // the rows and the labels they record go with their article
            store.remove(articles.iterator().next().getURI());
            boolean left = store.read(ds -> ds.asDatasetGraph().contains(Iris.TIMELINE_GRAPH, Node.ANY, Node.ANY, Node.ANY));
            assertFalse(left);
            assertEquals(List.of(), agents(store));
        }
    }

    /** Articles that spell a source's name otherwise, and more often, make it the store's label: the seed's rows follow. */
    @Test
    void aLabelAnotherArticleChangesReachesTheSeedsRows() {
        try (TdbStore store = TdbStore.inMemory()) {
            Pipeline.standard(new ArticleReader()).ingest(List.of(Input.of(Fixtures.seed())), store, 1, IngestListener.NONE);
            List<String> sources = new ArrayList<>();
            new QueryRunner(store).select(QueryCatalog.bundled().get("typed-events").orElseThrow(), Map.of())
                    .forEach(row -> sources.add(row.get("source").getLiteralLexicalForm()));
            assertTrue(sources.contains("Bledi Cuci"), sources.toString());
            for (int i = 0; i < 3; i++) {
                var article = new org.newsgraph.source.Article("cuci-" + i + ".txt",
                        "Bledi Çuçi spoke in Tirana. Bledi Çuçi said more. Bledi Çuçi left Tirana.",
                        new org.newsgraph.source.ArticleMetadata("Minister speaks " + i, null, null, "https://example.org/news/cuci-" + i,
                                "Other Paper", List.of(), "en", null));
                var names = new java.util.LinkedHashMap<String, EntityType>();
                names.put("Bledi Çuçi", EntityType.PERSON);
                names.put("Tirana", EntityType.PLACE);
                store.put(new org.newsgraph.rdf.ArticleMapper().map(Fixtures.extract(article, names),
                        new org.newsgraph.rdf.ExtractionRun("newsgraph", "t", java.time.Instant.parse("2024-01-01T00:00:00Z"))));
            }
            List<String> now = new ArrayList<>();
            new QueryRunner(store).select(QueryCatalog.bundled().get("typed-events").orElseThrow(), Map.of())
                    .forEach(row -> now.add(row.get("source").getLiteralLexicalForm()));
            assertTrue(now.contains("Bledi Çuçi") && !now.contains("Bledi Cuci"), now.toString());
        }
    }
}
