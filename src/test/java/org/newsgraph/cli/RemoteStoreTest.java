package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;

/**
 * {@code --store http://...} against a real Fuseki server (read-write, on a TDB2 dataset so that
 * it survives a restart): the same quads as a local store, a client killed mid-ingest leaves no
 * half article, a server that is down gives a clear error and the summary, and reading commands work.
 */
class RemoteStoreTest {

    @TempDir
    Path dir;

    private FusekiServer server;
    private DatasetGraph data;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void aRemoteStoreHoldsWhatALocalStoreHoldsThroughKillsAndRestarts() throws Exception {
        data = DatabaseMgr.connectDatasetGraph(dir.resolve("server-db").toString());
        server = FusekiServer.create().port(0).loopback(true).add("/ds", data, true).build().start();
        int port = server.getPort();
        String url = "http://localhost:" + port + "/ds";
        Path first = CliTestSupport.seedVariants(dir, "first", "seize documents", 1);
        Files.copy(Fixtures.seed(), first.resolve("seed.txt"));
        Path second = CliTestSupport.seedVariants(dir, "second", "take files", 5);
        String local = dir.resolve("local").toString();

        CliTestSupport.Run remote = CliTestSupport.run("--store", url, "ingest", "-q", first.toString());
        assertEquals(0, remote.exit(), remote.err());
        assertEquals(0, CliTestSupport.run("--store", local, "ingest", "-q", first.toString()).exit());
        assertEquals(namesAsOne(CliTestSupport.storeQuads(local)), namesAsOne(serverQuads()));
        CliTestSupport.Run again = CliTestSupport.run("--store", url, "ingest", "-q", first.toString());
        assertTrue(again.out().contains("2 articles (0 added, 0 replaced, 2 unchanged)"), again.out());
        CliTestSupport.Run stats = CliTestSupport.run("--store", url, "stats");
        assertEquals(0, stats.exit(), stats.err());
        assertTrue(stats.out().contains(url), stats.out());
        CliTestSupport.Run people = CliTestSupport.run("--store", url, "query", "people", "--format", "csv");
        assertEquals(CliTestSupport.run("--store", local, "query", "people", "--format", "csv").out(), people.out());
        CliTestSupport.Run typed = CliTestSupport.run("--store", url, "query", "typed-events", "--format", "csv");
        long rows = typed.out().lines().count();
        assertTrue(rows > 10, typed.out() + typed.err());
        assertEquals(CliTestSupport.run("--store", local, "query", "typed-events", "--format", "csv").out().lines().count(), rows);

        // a client killed mid-ingest: each article is one update, so the server holds whole ones only
        Process p = CliTestSupport.child("--store", url, "ingest", second.toString()).redirectErrorStream(true).start();
        assertEquals(1, CliTestSupport.killAfterAdded(p, 1), "the child stored articles before the kill");

        // the server goes down: a clear error, the summary, exit 1; after a restart the run completes
        server.stop();
        CliTestSupport.Run down = CliTestSupport.run("--store", url, "ingest", "-q", second.toString());
        assertEquals(2, down.exit(), down.out() + down.err());
        assertTrue(down.err().contains(url + ": cannot connect (is the server running?)"), down.err());
        server = FusekiServer.create().port(port).loopback(true).add("/ds", data, true).build().start();
        CliTestSupport.Run resumed = CliTestSupport.run("--store", url, "ingest", "-q", second.toString());
        assertEquals(0, resumed.exit(), resumed.err());
        assertTrue(resumed.out().matches("(?s).*5 articles \\(\\d+ added, 0 replaced, [1-9]\\d* unchanged\\), 0 failed.*"),
                resumed.out());
        assertEquals(0, CliTestSupport.run("--store", local, "ingest", "-q", second.toString()).exit());
        assertEquals(namesAsOne(CliTestSupport.storeQuads(local)), namesAsOne(serverQuads()));

        CliTestSupport.Run removed = CliTestSupport.run("--store", url, "remove", first.resolve("a00.txt").toString());
        assertEquals(0, removed.exit(), removed.err());
        assertEquals(0, CliTestSupport.run("--store", local, "remove", first.resolve("a00.txt").toString()).exit());
        assertEquals(namesAsOne(CliTestSupport.storeQuads(local)), namesAsOne(serverQuads()));
    }

    /**
     * The quads with the choice of label left out: a remote store keeps each article's names as
     * written, the local store chooses one label per entity across articles (EntityIdentity).
     */
    private static Set<String> namesAsOne(Set<String> quads) {
        Set<String> out = new java.util.TreeSet<>();
        for (String q : quads) {
            // the timeline's rows give the names the store gives, which only a local store consolidates
            if (!q.contains("http://schema.org/familyName") && !q.contains("https://w3id.org/newsgraph/graph/timeline")) {
                out.add(q.replace("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel"));
            }
        }
        return out;
    }

    private Set<String> serverQuads() {
        return Txn.calculateRead(data, () -> CliTestSupport.quads(data));
    }
}
