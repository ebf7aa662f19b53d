package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ExtractionRun;
import org.newsgraph.store.TdbStore;

class QueryRunnerTest {

    private static TdbStore albaniaStore() {
        TdbStore store = TdbStore.inMemory();
        store.put(new ArticleMapper().map(Fixtures.albania(), new ExtractionRun("newsgraph", "t", Instant.now())));
        return store;
    }

    @Test
    void everyBundledQueryParsesAndDescribesItself() {
        List<BundledQuery> all = QueryCatalog.bundled().all();
        assertTrue(all.size() >= 8);
        for (BundledQuery q : all) {
            assertFalse(q.description().isBlank(), q.name());
            org.apache.jena.query.QueryFactory.create(q.sparql());
        }
    }

    @Test
    void parametersAreBoundAsTermsNotPasted() {
        try (TdbStore store = albaniaStore()) {
            BundledQuery mentions = QueryCatalog.bundled().get("mentions").orElseThrow();
            QueryRunner runner = new QueryRunner(store);
            assertEquals(2, runner.select(mentions, Map.of("entity", "Bledi Cuci")).size());
            assertEquals(2, runner.select(mentions, Map.of("entity", "https://w3id.org/newsgraph/id/person/bledi-cuci")).size());
            // an injection attempt is just a string that names nothing
            assertEquals(0, runner.select(mentions, Map.of("entity", "x\") } UNION { ?e ?p ?o } #")).size());
        }
    }

    @Test
    void missingAndUnknownParametersAreErrors() {
        try (TdbStore store = albaniaStore()) {
            BundledQuery entity = QueryCatalog.bundled().get("entity").orElseThrow();
            QueryRunner runner = new QueryRunner(store);
            assertTrue(assertThrows(QueryException.class, () -> runner.select(entity, Map.of())).getMessage()
                    .contains("missing parameter entity"));
            assertTrue(assertThrows(QueryException.class, () -> runner.select(entity, Map.of("entity", "x", "other", "y")))
                    .getMessage().contains("unknown parameter other"));
        }
    }

    @Test
    void termsFromValues() {
        assertTrue(QueryRunner.term("https://example.org/a").isURI());
        assertTrue(QueryRunner.term("<urn:x:1>").isURI());
        Node literal = QueryRunner.term("Saddam Hussein");
        assertEquals("Saddam Hussein", literal.getLiteralLexicalForm());
    }
}
