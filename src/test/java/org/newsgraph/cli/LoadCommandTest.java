package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code load} puts N-Quads of articles extracted elsewhere into a store: the store {@code ingest}
 * builds, locally (bulk loader) and on a SPARQL server (article by article), and again unchanged.
 */
class LoadCommandTest {

    @TempDir
    Path dir;

    @Test
    void loadedNQuadsGiveTheStoreIngestGives() throws Exception {
        Path corpus = CliTestSupport.seedVariants(dir, "corpus", "seize documents", 3);
        String ingested = dir.resolve("ingested").toString();
        Path nquads = dir.resolve("nq");
        CliTestSupport.Run bulk = CliTestSupport.run("--store", ingested, "ingest", "-q", "--bulk", "--nquads",
                nquads.toString(), "--batch-articles", "2", corpus.toString());
        assertEquals(0, bulk.exit(), bulk.err());
        Files.writeString(nquads.resolve("_SUCCESS"), "");

        String loaded = dir.resolve("loaded").toString();
        CliTestSupport.Run load = CliTestSupport.run("--store", loaded, "load", nquads.toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.out().contains("from 2 files"), load.out());
        assertEquals(CliTestSupport.storeQuads(ingested), CliTestSupport.storeQuads(loaded));
        assertEquals(0, CliTestSupport.run("--store", loaded, "load", nquads.toString()).exit());
        assertEquals(CliTestSupport.storeQuads(ingested), CliTestSupport.storeQuads(loaded), "loading again changes nothing");

        DatasetGraph viaIngest = DatasetGraphFactory.createTxnMem();
        DatasetGraph viaLoad = DatasetGraphFactory.createTxnMem();
        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .add("/ingest", viaIngest, true).add("/load", viaLoad, true).build().start();
        try {
            String base = "http://localhost:" + server.getPort();
            assertEquals(0, CliTestSupport.run("--store", base + "/ingest", "ingest", "-q", corpus.toString()).exit());
            CliTestSupport.Run remote = CliTestSupport.run("--store", base + "/load", "load", nquads.toString());
            assertEquals(0, remote.exit(), remote.err());
            assertEquals(Txn.calculateRead(viaIngest, () -> CliTestSupport.quads(viaIngest)),
                    Txn.calculateRead(viaLoad, () -> CliTestSupport.quads(viaLoad)));
        } finally {
            server.stop();
        }

        Path notQuads = Files.writeString(dir.resolve("notes.nq"), "this is not N-Quads\n");
        CliTestSupport.Run bad = CliTestSupport.run("--store", loaded, "load", notQuads.toString());
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains(notQuads + ": not N-Quads"), bad.err());
    }
}
