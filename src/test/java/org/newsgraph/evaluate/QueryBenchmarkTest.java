package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.BundledQuery;
import org.newsgraph.store.TdbStore;

class QueryBenchmarkTest {

    @Test
    void timesEachQueryAsCommandsAndInThisJvmAndSkipsOneWithoutItsParameters(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("store");
        try (TdbStore s = TdbStore.open(store)) {
            Txn.executeWrite(s.dataset(), () -> {
                for (int i = 0; i < 3; i++) {
                    s.dataset().asDatasetGraph().add(Quad.create(NodeFactory.createURI("urn:g"),
                            NodeFactory.createURI("urn:s" + i), NodeFactory.createURI("urn:p"), NodeFactory.createLiteralString("o")));
                }
            });
        }
        Path all = Files.writeString(dir.resolve("all.rq"), "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }");
        Path named = Files.writeString(dir.resolve("named.rq"), "# @param who a name\nSELECT ?s WHERE { ?s ?p ?who }");
        List<BundledQuery> queries = List.of(BundledQuery.parse("all", Files.readString(all)),
                BundledQuery.parse("named", Files.readString(named)));
        List<String> progress = new ArrayList<>();
        List<QueryBenchmark.Timing> timings = new QueryBenchmark(dir.resolve("work"), progress::add)
                .time(store, queries, q -> dir.resolve(q.name() + ".rq").toString(), Map.of(), 2, 120_000);

        assertEquals(1, timings.size(), "the query without a value for its parameter is skipped");
        QueryBenchmark.Timing t = timings.get(0);
        assertEquals("all", t.query());
        assertEquals(3, t.rows());
        assertEquals(2, t.commandMillis().size());
        assertEquals(2, t.millis().size());
        assertFalse(t.timedOut());
        assertEquals("named: skipped (no value for its parameters)", progress.get(0));
    }
}
