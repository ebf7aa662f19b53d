package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;

/** {@code ingest --bulk} gives the same graphs as the normal path, for a new store and over an old one. */
class BulkIngestTest {

    @TempDir
    Path dir;

    @Test
    void bulkIngestStoresWhatTheNormalPathStores() throws Exception {
        Path corpus = CliTestSupport.seedVariants(dir, "corpus", "seize documents", 5);
        String seed = Files.readString(Fixtures.seed());
        String normal = dir.resolve("normal").toString();
        String bulk = dir.resolve("bulk").toString();
        assertEquals(0, CliTestSupport.run("--store", normal, "ingest", "-q", corpus.toString()).exit());
        assertEquals(0, CliTestSupport.run("--store", bulk, "ingest", "-q", corpus.toString()).exit());

        Files.writeString(corpus.resolve("a02.txt"), seed.replace("seize documents", "seize papers"));
        Files.writeString(corpus.resolve("a05.txt"), seed.replace("seize documents", "seize documents, part 5"));
        assertEquals(0, CliTestSupport.run("--store", normal, "ingest", "-q", corpus.toString()).exit());
        Path nquads = dir.resolve("nq");
        CliTestSupport.Run over = CliTestSupport.run("--store", bulk, "ingest", "--bulk", "--nquads", nquads.toString(),
                "--batch-articles", "1", corpus.toString());
        assertEquals(0, over.exit(), over.err());
        assertTrue(over.out().contains("6 articles (1 added, 1 replaced, 4 unchanged)"), over.out());
        assertEquals(2, Files.list(nquads).filter(f -> f.toString().endsWith(".nq.gz")).count(), "one file per batch");
        String fresh = dir.resolve("fresh").toString();
        CliTestSupport.Run all = CliTestSupport.run("--store", fresh, "ingest", "--bulk", "-q", corpus.toString());
        assertEquals(0, all.exit(), all.err());

        java.util.Set<String> expected = CliTestSupport.storeQuads(normal);
        assertEquals(expected, CliTestSupport.storeQuads(bulk));
        assertEquals(expected, CliTestSupport.storeQuads(fresh));
    }
}
