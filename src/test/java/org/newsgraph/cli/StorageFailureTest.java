package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.TdbStore;

/**
 * Fills the disk under a store mid-ingest (a small tmpfs; needs Linux and the right to mount, so
 * it is skipped elsewhere): one error line naming the input, the summary, exit 1, and a store that
 * a second run, with space again, completes to exactly what a clean run stores.
 */
class StorageFailureTest {

    @TempDir
    Path dir;

    private Path mounted;

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            command("umount", mounted.toString());
        }
    }

    @Test
    void aFullDiskStopsTheBatchCleanlyAndARerunCompletesIt() throws Exception {
        Path small = dir.resolve("small");
        Files.createDirectories(small);
        Assumptions.assumeTrue(command("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", small.toString()) == 0,
                "skipped: cannot mount a small tmpfs here (needs Linux and root)");
        mounted = small;
        Path corpus = CliTestSupport.seedVariants(dir, "corpus", "seize documents", 40);
        Path store = small.resolve("db");

        Process full = CliTestSupport.child("--store", store.toString(), "ingest", "-q", "--batch-articles", "3", corpus.toString()).start();
        String out = new String(full.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(full.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(full.waitFor(120, TimeUnit.SECONDS));
        assertEquals(1, full.exitValue(), out + err);
        List<String> errors = err.lines().toList();
        assertEquals(1, errors.size(), err);
        assertTrue(errors.get(0).matches("newsgraph: .*a\\d\\d\\.txt: cannot store: no space left on device.*"), err);
        assertTrue(out.contains("stopped (cannot store: no space left on device"), out);
        assertTrue(out.contains("inputs not ingested, run again to finish"), out);

        assertEquals(0, command("mount", "-o", "remount,size=400m", small.toString()));
        CliTestSupport.Run rerun = CliTestSupport.run("--store", store.toString(), "ingest", "-q", corpus.toString());
        assertEquals(0, rerun.exit(), rerun.out() + rerun.err());
        assertTrue(rerun.out().matches("(?s).*40 articles \\(\\d+ added, 0 replaced, [1-9]\\d* unchanged\\), 0 failed.*"), rerun.out());
        Path clean = dir.resolve("clean");
        assertEquals(0, CliTestSupport.run("--store", clean.toString(), "ingest", "-q", corpus.toString()).exit());
        try (TdbStore a = TdbStore.open(store); TdbStore b = TdbStore.open(clean)) {
            assertEquals(b.quadCount(), a.quadCount());
        }
    }

    private static int command(String... args) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
