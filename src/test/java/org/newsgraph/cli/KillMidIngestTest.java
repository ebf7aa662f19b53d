package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.TdbStore;

/**
 * Kills an ingest mid-way (SIGKILL, no shutdown hook) and checks that the store holds only whole
 * articles: finishing the ingest afterwards gives exactly the store a clean run gives.
 */
class KillMidIngestTest {

    @TempDir
    Path dir;

    @Test
    void aKilledIngestLeavesNoHalfArticle() throws Exception {
        Path corpus = CliTestSupport.seedVariants(dir, "corpus", "seize documents", 16);
        Path killed = dir.resolve("killed");
        Process p = CliTestSupport.child("--store", killed.toString(), "ingest", "--batch-articles", "2", corpus.toString())
                .redirectErrorStream(true).start();
        assertEquals(4, CliTestSupport.killAfterAdded(p, 4), "the child ingested a few articles before the kill");

        CliTestSupport.Run resumed = CliTestSupport.run("--store", killed.toString(), "ingest", corpus.toString());
        assertEquals(0, resumed.exit(), resumed.err());
        Path clean = dir.resolve("clean");
        assertEquals(0, CliTestSupport.run("--store", clean.toString(), "ingest", corpus.toString()).exit());
        try (TdbStore a = TdbStore.open(killed)) {
            long resumedQuads = a.quadCount();
            try (TdbStore b = TdbStore.open(clean)) {
                assertEquals(b.quadCount(), resumedQuads);
            }
        }
        assertTrue(resumed.out().contains("unchanged"), "articles written before the kill are whole: " + resumed.out());
    }
}
