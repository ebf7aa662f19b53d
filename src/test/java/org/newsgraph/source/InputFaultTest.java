package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;

/**
 * Adversarial inputs, generated here (no committed blobs): binary data in every disguise, blank
 * files of exotic spaces, hostile directory trees, nested JSON, JSON Lines. Each must end as one
 * clear failure of that input, never as an article or as the end of the batch.
 */
class InputFaultTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, byte[] content) throws IOException {
        return Fixtures.write(dir, name, content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private String error(Input input) {
        return assertThrows(SourceException.class, () -> reader.read(input)).getMessage();
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void binaryIsFoundAnywhereAndWhateverItStartsWith() throws IOException {
        Random random = new Random(15);
        byte[] noise = new byte[4096];
        String text = "Police raided the camp on Tuesday. ".repeat(400); // 14 KB of good text
        for (int seed = 0; seed < 20; seed++) {
            random.nextBytes(noise);
            for (byte[] start : List.of(new byte[]{(byte) 0xFF, (byte) 0xFE}, new byte[]{(byte) 0xFE, (byte) 0xFF},
                    new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xFE}, new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
                Path p = write("b" + seed + ".txt", concat(start, noise));
                String e = error(Input.of(p));
                assertTrue(e.contains("binary") || e.contains("not valid UTF-8"), e);
            }
        }
        assertTrue(error(Input.of(write("late-nul.txt", text + "\0" + text))).contains("it holds NUL bytes"));
        assertTrue(error(Input.of(write("late-ctl.txt", text + "\u0001" + text))).contains("control character 0x01 at byte 14000"));
        byte[] utf16 = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, (text + "\0").getBytes(StandardCharsets.UTF_16LE));
        assertTrue(error(Input.of(write("u16.txt", utf16))).contains("it holds NUL bytes"));
        // a UTF-16 article with a full byte order mark is still read
        byte[] good16 = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, ("Headline\n\n" + text).getBytes(StandardCharsets.UTF_16LE));
        assertTrue(assertDoesNotFail(Input.of(write("good16.txt", good16))).body().startsWith("Police raided"));
    }

    private Article assertDoesNotFail(Input input) {
        try {
            return reader.read(input);
        } catch (SourceException e) {
            throw new AssertionError(e.getMessage(), e);
        }
    }

    @Test
    void filesOfExoticSpacesAreEmpty() throws IOException {
        for (String blank : List.of("\u00A0\u00A0\n", "\u3000 \u3000", "\uFEFF\u200B\n\u2007\u202F", " \t\r\n\f")) {
            Path p = write("blank.txt", blank);
            assertEquals(p + ": empty file (only white space)", error(Input.of(p)));
        }
    }

    @Test
    void aNewlineInAFileNameDoesNotSplitTheMessage() throws IOException {
        Path p = write("bad\nname\u202E.txt", "");
        String e = error(Input.of(p));
        assertFalse(e.contains("\n") || e.contains("\u202E"), e);
        assertTrue(e.contains("bad\\nname\\u202E.txt: empty file"), e);
    }

    @Test
    void deeplyNestedSidecarIsAClearError() throws IOException {
        write("a.txt", "Headline\n\nA body sentence.");
        write("a.json", "{\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        String e = error(Input.of(dir.resolve("a.txt")));
        assertTrue(e.endsWith("a.json: sidecar metadata is nested too deeply (more than 64 levels)"), e);
        write("a.json", "[1, 2]");
        assertTrue(error(Input.of(dir.resolve("a.txt"))).endsWith("sidecar metadata is not a JSON object"));
    }

    @Test
    void directoriesKeepArticleTypesAndSayWhatTheySkipped() throws IOException {
        write("d/a.txt", "Headline\n\nA body.");
        write("d/a.json", "{\"headline\": \"Sidecar\"}");
        write("d/b.html", "<html><body><p>Text.</p></body></html>");
        write("d/sub/c.htm.gz", new byte[]{1});
        write("d/notes.md", "# notes");
        write("d/data.csv", "a,b");
        write("d/package.json", "{}");
        write("d/.hidden.txt", "hidden");
        Inputs.Scan scan = Inputs.scan(List.of(dir.resolve("d").toString()), false);
        List<String> names = scan.inputs().stream().map(i -> dir.resolve("d").relativize(Path.of(i.name())).toString()).toList();
        assertEquals(List.of("a.txt", "b.html", "sub/c.htm.gz"), names);
        assertEquals(3, scan.skipped());
        assertTrue(scan.skippedSummary().startsWith("skipped 3 files that are not .txt"), scan.skippedSummary());
        assertTrue(scan.skippedSummary().contains("data.csv, notes.md, package.json"), scan.skippedSummary());
    }

    @Test
    void emptyDirectoriesAreReported() throws IOException {
        Files.createDirectories(dir.resolve("empty/inner"));
        write("only-other/x.csv", "a");
        List<Input> inputs = Inputs.expand(List.of(dir.resolve("empty").toString(), dir.resolve("only-other").toString()));
        assertEquals(2, inputs.size());
        for (Input i : inputs) {
            assertTrue(error(i).contains("no articles in this directory"), error(i));
        }
    }

    @Test
    void linksAreFollowedInsideTheTreeOnly() throws IOException {
        Path outside = write("outside/secret.txt", "Secret\n\nNot for the store.");
        write("tree/a.txt", "Headline\n\nA body.");
        Files.createSymbolicLink(dir.resolve("tree/out.txt"), outside);
        Files.createSymbolicLink(dir.resolve("tree/outdir"), outside.getParent());
        Files.createSymbolicLink(dir.resolve("tree/same.txt"), dir.resolve("tree/a.txt"));
        Files.createSymbolicLink(dir.resolve("tree/loop"), dir.resolve("tree"));
        Files.createSymbolicLink(dir.resolve("tree/broken.txt"), dir.resolve("nowhere.txt"));
        List<Input> inputs = Inputs.expand(List.of(dir.resolve("tree").toString()));
        List<String> read = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Input i : inputs) {
            if (i.problem() == null) {
                read.add(Path.of(i.name()).getFileName().toString());
            } else {
                failed.add(error(i));
            }
        }
        assertEquals(1, read.size(), "a.txt once (same.txt is the same file): " + read);
        assertEquals(3, failed.size(), failed.toString());
        assertTrue(failed.stream().filter(f -> f.contains("outside") && f.contains("--follow-links")).count() == 2, failed.toString());
        assertTrue(failed.stream().anyMatch(f -> f.contains("broken.txt: a broken symbolic link")), failed.toString());
        List<Input> followed = Inputs.scan(List.of(dir.resolve("tree").toString()), true).inputs();
        assertTrue(followed.stream().filter(i -> i.problem() == null).count() == 2, "the outside file, once: " + followed);
    }

    @Test
    void anUnreadableSubdirectoryFailsAloneAndTheRestIsListed() throws IOException {
        write("tree/a.txt", "Headline\n\nA body.");
        Path locked = write("tree/locked/b.txt", "Headline\n\nB body.").getParent();
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions are not enforced");
            List<Input> inputs = Inputs.expand(List.of(dir.resolve("tree").toString()));
            assertEquals(2, inputs.size(), inputs.toString());
            assertTrue(error(inputs.stream().filter(i -> i.problem() != null).findFirst().orElseThrow())
                    .endsWith("locked: cannot read: permission denied"));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void jsonLinesGiveOneArticlePerLineWithItsMetadata() throws IOException {
        Path f = write("feed.jsonl", String.join("\n",
                "{\"text\": \"Police raided the camp. Two men were hurt.\", \"headline\": \"Raid\", "
                        + "\"datePublished\": \"2023-06-29\", \"url\": \"https://example.org/1\", "
                        + "\"publisher\": {\"name\": \"Press TV\"}, \"author\": [\"A. Writer\"]}",
                "",
                "{\"html\": \"<html><head><title>Page</title></head><body><article><h1>Page</h1>"
                        + "<p>The minister spoke in Tirana on Monday about the camp.</p></article></body></html>\"}",
                "{\"text\": \"no closing brace\"",
                "{\"headline\": \"No body\"}",
                "{\"text\": \"\u3000\u00A0\"}"));
        List<Input> inputs = Inputs.expand(List.of(f.toString()));
        assertEquals(List.of(":1", ":3", ":4", ":5", ":6"),
                inputs.stream().map(i -> i.name().substring(i.name().lastIndexOf(':'))).toList());
        Article first = assertDoesNotFail(inputs.get(0));
        assertEquals("Raid", first.metadata().headline());
        assertEquals("Police raided the camp. Two men were hurt.", first.body());
        assertEquals(LocalDate.of(2023, 6, 29), first.metadata().datePublished());
        assertEquals("Press TV", first.metadata().publisher());
        assertEquals(List.of("A. Writer"), first.metadata().authors());
        assertEquals(f + ":1", first.sourceName());
        assertTrue(assertDoesNotFail(inputs.get(1)).body().contains("Tirana"));
        assertTrue(error(inputs.get(2)).contains("feed.jsonl:4: the line is not valid JSON"), error(inputs.get(2)));
        assertTrue(error(inputs.get(3)).endsWith("feed.jsonl:5: the line has no \"text\" or \"html\" string"));
        assertTrue(error(inputs.get(4)).endsWith("only white space)"), error(inputs.get(4)));
        assertNotNull(Inputs.expand(List.of(write("blank.jsonl", "\n \n").toString())).get(0).problem());
    }
}
