package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
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
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        String seed = Files.readString(Fixtures.seed());
        for (int i = 0; i < 16; i++) {
            Files.writeString(corpus.resolve(String.format("a%02d.txt", i)), seed.replace("seize documents", "seize documents, part " + i));
        }
        Path killed = dir.resolve("killed");
        Process p = CliTestSupport.child("--store", killed.toString(), "ingest", "--batch-articles", "2", corpus.toString())
                .redirectErrorStream(true).start();
        int added = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; added < 4 && (line = out.readLine()) != null; ) {
                if (line.contains(": added ")) {
                    added++;
                }
            }
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        }
        assertEquals(4, added, "the child ingested a few articles before the kill");

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
