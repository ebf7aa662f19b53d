package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Mention;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;
import org.newsgraph.source.ArticleReader;

/**
 * The fault and fuzz suite at the command line: generated hostile batches must end with each bad
 * input as one clear line, the good ones stored, and nothing created where no store was asked for;
 * mutated articles and a long line without punctuation must go through the stages in linear time.
 */
class IngestFaultTest {

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        return Fixtures.write(dir, name, content);
    }

    private Path write(String name, String content) throws IOException {
        return write(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> tree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.map(Path::toString).sorted().toList();
        }
    }

    @Test
    void readOnlyCommandsOnAPathThatIsNoStoreExit2AndCreateNothing() throws IOException {
        Path articles = write("articles/story.txt", "Headline\n\nA body.").getParent();
        List<String> before = tree(articles);
        Path missing = dir.resolve("typo-db");
        List<List<String>> commands = List.of(List.of("query", "people"), List.of("export", "--format", "turtle"),
                List.of("export", "--format", "graphml"), List.of("stats"), List.of("explain", "Bledi Cuci"),
                List.of("validate"), List.of("serve", "--port", "0"), List.of("remove", "x.txt"), List.of("compact"));
        for (Path store : List.of(missing, articles)) {
            for (List<String> command : commands) {
                String[] args = Stream.concat(Stream.of("--store", store.toString()), command.stream()).toArray(String[]::new);
                CliTestSupport.Run run = CliTestSupport.run(args);
                assertEquals(2, run.exit(), command + ": " + run);
                assertTrue(run.err().contains("no newsgraph store at " + store), run.err());
                assertEquals("", run.out(), command.toString());
            }
        }
        assertFalse(Files.exists(missing), "nothing created at the mistyped path");
        assertEquals(before, tree(articles), "nothing written into the folder of articles");
    }

    @Test
    void aHostileBatchFailsInputByInputAndStoresTheRest() throws IOException {
        Random random = new Random(2026);
        write("in/good-1.txt", "Police enter camp\n\nAlbanian police entered the camp on Tuesday, said Bledi Cuci.");
        write("in/good-2.html", "<html><head><title>Talks in Tirana</title></head><body><article><h1>Talks in Tirana</h1>"
                + "<p>The minister met Nouri al-Maliki in Tirana on Monday.</p></article></body></html>");
        byte[] noise = new byte[3000];
        random.nextBytes(noise);
        noise[0] = (byte) 0xFF;
        noise[1] = (byte) 0xFE;
        write("in/utf16-noise.txt", noise);
        write("in/late-nul.txt", "Headline\n\n" + "Words and more words. ".repeat(600) + "\0tail");
        write("in/blank.txt", "\u3000\u00A0\n\u2003");
        write("in/nested.txt", "Headline\n\nA body sentence.");
        write("in/nested.json", "[".repeat(50_000));
        write("in/new\nline.txt", "");
        write("in/readme.md", "# not an article");
        write("in/feed.jsonl", "{\"text\": \"Ships docked in Durres on Friday.\", \"headline\": \"Ships dock\"}\n{broken\n");
        write("in/long.txt", "Long line\n\n" + "the army moved near the camp and John Smith said ".repeat(6_000));
        write("in/five-mb.txt", "One line\n\n" + "the army moved near the camp and John Smith said ".repeat(110_000));
        Path outside = write("outside.txt", "Outside\n\nNot for the store.");
        Files.createSymbolicLink(dir.resolve("in/link.txt"), outside);
        String store = dir.resolve("db").toString();

        // a generous time budget: this test is about failures of input, not of time on a loaded machine
        CliTestSupport.Run run = CliTestSupport.run("--store", store, "ingest", "--article-timeout", "600",
                dir.resolve("in").toString());
        assertEquals(1, run.exit(), run.toString());
        List<String> errors = run.err().lines().toList();
        for (String line : errors) {
            assertTrue(line.startsWith("newsgraph: "), "one line per message: " + line);
            assertFalse(line.matches(".*(Exception|Error|java\\.).*"), "no Java internals: " + line);
        }
        for (String reason : List.of("utf16-noise.txt: binary file", "late-nul.txt: binary file (it holds NUL bytes)",
                "blank.txt: empty file (only white space)", "nested.json: sidecar metadata is nested too deeply",
                "new\\nline.txt: empty file", "feed.jsonl:2: the line is not valid JSON",
                "link.txt: a link to", "skipped 1 file that is not .txt",
                "five-mb.txt: too long for one article (5,390,009 characters of text, the limit is 1,000,000; --max-chars)")) {
            assertTrue(errors.stream().anyMatch(l -> l.contains(reason)), reason + " in\n" + run.err());
        }
        assertTrue(run.out().contains("4 added"), "good-1, good-2, the JSON line and the long line:\n" + run.out());
        assertTrue(run.out().contains("8 failed"), run.out());
    }

    @Test
    void labelsAreCleanWhileTheTextAndItsOffsetsStayIntact() {
        String body = "Police said Bledi\u200B Cuci met Nouri\u202E al-Maliki\u202C in Tirana on Monday. "
                + "Later Bledi\u200B Cuci spoke to Press\u2066 TV\u2069 reporters.";
        Article article = new Article("zw.txt", body, new ArticleMetadata("Talks", null, null, null, null, List.of(), "en", null),
                List.of());
        Extraction x = Pipeline.standard(new ArticleReader()).extract(article.normalized());
        String text = x.text().text();
        List<Mention> mentions = x.entities().stream().flatMap(e -> e.mentions().stream()).toList();
        assertFalse(mentions.isEmpty());
        boolean rawKept = false;
        for (Mention m : mentions) {
            String name = m.name(text);
            assertTrue(name.codePoints().noneMatch(c -> Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.CONTROL), "clean label: " + name);
            rawKept |= m.text(text).chars().anyMatch(c -> Character.getType(c) == Character.FORMAT);
        }
        assertTrue(rawKept, "a mention's own text still holds the formatting character: " + mentions);
        x.entities().forEach(e -> assertTrue(e.label().codePoints().noneMatch(c -> Character.getType(c) == Character.FORMAT),
                e.label()));
    }

    @Test
    void mutatedArticlesNeverCrashAStage() throws IOException {
        byte[] seed = Files.readAllBytes(Path.of("seeds", "000_7c8e2674e13b320e.txt"));
        Random random = new Random(15);
        ArticleReader reader = new ArticleReader();
        Pipeline pipeline = Pipeline.standard(reader);
        String[] inserts = {"\u200B", "\u202E", "\u2066", "\u00AD", "\uFEFF", "(", ")", "\"", "\u201C", "\n\n", "....",
                "Mr.", "(MKO)", "\uD83D\uDE00", "\u3000", "-", "'s", "http://x.example/" + "a".repeat(300)};
        int extracted = 0;
        for (int round = 0; round < 25; round++) {
            StringBuilder s = new StringBuilder(new String(seed, StandardCharsets.UTF_8));
            s.setLength(random.nextInt(s.length()) + 1);
            for (int k = 0; k < 40; k++) {
                s.insert(random.nextInt(s.length() + 1), inserts[random.nextInt(inserts.length)]);
            }
            Path p = write("fuzz/" + round + ".txt", s.toString());
            try {
                Extraction x = pipeline.extract(reader.read(org.newsgraph.source.Input.of(p)));
                assertTrue(x.text().text().length() <= s.length() + 1, "no text invented");
                extracted++;
            } catch (org.newsgraph.source.SourceException e) {
                assertTrue(e.getMessage().startsWith(p + ": "), e.getMessage());
            }
        }
        assertTrue(extracted >= 20, "most mutants are articles, so the stages are exercised: " + extracted);
    }

    /**
     * A line of text with no sentence end costs what its length does: ten times the text, about ten
     * times the CPU time (a quadratic stage would take a hundred). Measured as a ratio, so a slower
     * machine does not fail it; CPU time of this thread, so a loaded one does not either.
     */
    @Test
    void aLongLineWithoutPunctuationIsLinearWork() {
        double small = extractionSeconds(200 * 1024);
        double large = extractionSeconds(2 * 1024 * 1024);
        assertTrue(large < 20 * small, "a line ten times longer took " + large + " CPU-s against " + small);
    }

    private static double extractionSeconds(int length) {
        String[] words = "the army moved near the camp and John Smith said that Maria Lopez met officials in Tirana while police watched"
                .split(" ");
        Random random = new Random(5);
        StringBuilder line = new StringBuilder(length + 64);
        while (line.length() < length) {
            line.append(words[random.nextInt(words.length)]).append(' ');
        }
        Article article = new Article("long-line.txt", line.toString(),
                new ArticleMetadata("One line", null, null, null, null, List.of(), "en", null), List.of());
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        Extraction x = Pipeline.standard(new ArticleReader()).extract(article.normalized());
        double seconds = (cpu.getCurrentThreadCpuTime() - start) / 1e9;
        assertTrue(x.text().sentences().stream().allMatch(s -> s.end() - s.begin() <= 2_000), "sentences are capped");
        assertTrue(x.entities().size() > 2, "the names are still found");
        return seconds;
    }
}
