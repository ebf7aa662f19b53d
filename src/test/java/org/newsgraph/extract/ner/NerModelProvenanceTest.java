package org.newsgraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;

/**
 * The bundled model is the one scripts/train-ner produces from ../shared/train: it records the
 * script's version and the SHA-256 of every file it was trained on, and of the clusters it uses.
 */
class NerModelProvenanceTest {

    private static final Path SCRIPT = Path.of("scripts/train-ner/TrainNer.java");

    @Test
    void recordsTheScriptVersion() throws IOException {
        Matcher m = Pattern.compile("static final String VERSION = \"([^\"]+)\";").matcher(Files.readString(SCRIPT));
        assertTrue(m.find(), "no VERSION in " + SCRIPT);
        assertEquals("scripts/train-ner/TrainNer.java " + m.group(1), NerModel.bundled().provenance().get("script"));
        assertEquals("", NerModel.bundled().provenance().get("excluded"), "the shipped model must hold out no document");
    }

    @Test
    void usesTheBundledClusters() throws IOException {
        try (InputStream in = WordClusters.class.getResourceAsStream(WordClusters.RESOURCE)) {
            assertEquals(sha256(in.readAllBytes()), NerModel.bundled().provenance().get("sha256:clusters"));
        }
    }

    @Test
    void wasTrainedOnTheFilesInSharedTrainAsTheyAre() throws IOException {
        Path shared = Fixtures.shared();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("train")), "../shared/train is absent");
        int files = 0;
        for (Map.Entry<String, String> e : NerModel.bundled().provenance().entrySet()) {
            if (e.getKey().startsWith("sha256:") && !e.getKey().equals("sha256:clusters")) {
                String rel = e.getKey().substring("sha256:".length());
                assertEquals(e.getValue(), sha256(Files.readAllBytes(shared.resolve("train").resolve(rel))), rel);
                files++;
            }
        }
        assertTrue(files > 150, "digests of " + files + " files only");
        assertTrue(NerModel.bundled().provenance().keySet().stream().noneMatch(k -> k.contains("GUM_news_") || k.contains("ewt-ud-test")),
                "trained on a dev set");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
