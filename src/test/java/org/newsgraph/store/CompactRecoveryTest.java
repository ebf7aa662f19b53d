package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ExtractionRun;

/** compact after an interrupted compact: every superseded generation goes, the data stays. */
class CompactRecoveryTest {

    @TempDir
    Path dir;

    private List<String> generations(Path store) throws IOException {
        try (Stream<Path> s = Files.list(store)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    @Test
    void aRunAfterAnInterruptedOneRemovesEveryOldGeneration() throws IOException {
        Path store = dir.resolve("db");
        long quads;
        try (TdbStore s = TdbStore.open(store)) {
            s.put(new ArticleMapper().map(Fixtures.albania(), new ExtractionRun("newsgraph", "t", Instant.now())));
            quads = s.quadCount();
        }
        // killed after TDB2 switched to a new generation and before it deleted the old one,
        // with a second run's unfinished copy beside them
        copyTree(store.resolve("Data-0001"), store.resolve("Data-0002"));
        copyTree(store.resolve("Data-0001"), store.resolve("Data-0003-tmp"));
        try (TdbStore s = TdbStore.open(store)) {
            assertEquals(quads, s.quadCount());
            s.compact();
            assertEquals(quads, s.quadCount());
        }
        List<String> left = generations(store);
        assertEquals(1, left.size(), left.toString());
        assertTrue(left.get(0).matches("Data-\\d{4}"), left.toString());
        try (TdbStore s = TdbStore.open(store)) {
            assertEquals(quads, s.quadCount(), "the store reopens with all its data");
            s.compact();
        }
        assertEquals(1, generations(store).size());
    }
}
