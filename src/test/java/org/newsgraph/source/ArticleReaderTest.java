package org.newsgraph.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;

class ArticleReaderTest {

    @TempDir
    Path dir;

    private final ArticleReader reader = new ArticleReader();

    private Path write(String name, byte[] content) throws IOException {
        return Fixtures.write(dir, name, content);
    }

    private String error(Path p) {
        return assertThrows(SourceException.class, () -> reader.read(Input.of(p))).getMessage();
    }

    @Test
    void missingFile() {
        assertEquals(dir.resolve("nope.txt") + ": no such file or directory", error(dir.resolve("nope.txt")));
    }

    @Test
    void emptyAndBlankFiles() throws IOException {
        assertEquals(dir.resolve("e.txt") + ": empty file", error(write("e.txt", new byte[0])));
        assertTrue(error(write("b.txt", " \n\n \t".getBytes(StandardCharsets.UTF_8))).endsWith("empty file (only white space)"));
    }

    @Test
    void binaryAndPdf() throws IOException {
        assertTrue(error(write("x.txt", new byte[]{1, 2, 0, 4, 5})).contains("binary file"));
        assertTrue(error(write("x.html", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).contains("a PDF document"));
    }

    @Test
    void invalidUtf8IsRefusedWithTheOffset() throws IOException {
        byte[] bytes = "Title\n\nCaf\u00e9 text.".getBytes(StandardCharsets.ISO_8859_1);
        String message = error(write("latin1.txt", bytes));
        assertTrue(message.contains("not valid UTF-8 (bad byte at offset 10)"), message);
    }

    @Test
    void tooLargeIsRefusedWithoutReadingIt() throws IOException {
        ArticleReader small = new ArticleReader(SourceFormat.AUTO, ArticleMetadata.EMPTY, 1024);
        Path big = write("big.txt", "word ".repeat(1000).getBytes(StandardCharsets.UTF_8));
        SourceException e = assertThrows(SourceException.class, () -> small.read(Input.of(big)));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void tooLongATextIsRefusedBeforeAnyNlp() throws IOException, SourceException {
        ArticleReader shortOnly = new ArticleReader(SourceFormat.AUTO, ArticleMetadata.EMPTY, ArticleReader.DEFAULT_MAX_BYTES, 100);
        Path html = write("long.html", ("<html><body><article><h1>Title</h1><p>" + "word ".repeat(40)
                + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8));
        SourceException e = assertThrows(SourceException.class, () -> shortOnly.read(Input.of(html)));
        assertEquals(html + ": too long for one article (206 characters of text, the limit is 100; --max-chars): split it",
                e.getMessage());
        Path fits = write("fits.txt", "Title\n\nA short body.".getBytes(StandardCharsets.UTF_8));
        assertEquals("Title\n\nA short body.", shortOnly.read(Input.of(fits)).text());
    }

    @Test
    void sidecarMetadataAndOptionsLayer() throws IOException, SourceException {
        Path txt = write("a/story.txt", "Headline line\n\nBody sentence here.".getBytes(StandardCharsets.UTF_8));
        write("a/story.json", """
                {"datePublished": "2023-06-29", "url": "https://example.org/s", "publisher": {"name": "Daily"}}
                """.getBytes(StandardCharsets.UTF_8));
        Article a = reader.read(Input.of(txt));
        assertEquals(LocalDate.of(2023, 6, 29), a.metadata().datePublished());
        assertEquals("Daily", a.metadata().publisher());
        assertEquals("Headline line", a.metadata().headline());

        ArticleMetadata given = new ArticleMetadata(null, null, null, null, "Given", List.of(), null, null);
        Article b = new ArticleReader(SourceFormat.AUTO, given, ArticleReader.DEFAULT_MAX_BYTES).read(Input.of(txt));
        assertEquals("Given", b.metadata().publisher());
        assertEquals("https://example.org/s", b.metadata().url());
    }

    @Test
    void directoriesExpandRecursivelySkippingSidecarsAndHiddenFiles() throws IOException {
        write("d/one.txt", "x".getBytes(StandardCharsets.UTF_8));
        write("d/one.json", "{}".getBytes(StandardCharsets.UTF_8));
        write("d/sub/two.txt", "y".getBytes(StandardCharsets.UTF_8));
        write("d/.hidden/three.txt", "z".getBytes(StandardCharsets.UTF_8));
        List<String> names = Inputs.expand(List.of(dir.resolve("d").toString(), "missing.txt")).stream()
                .map(Input::name).toList();
        assertEquals(List.of(dir.resolve("d/one.txt").toString(), dir.resolve("d/sub/two.txt").toString(), "missing.txt"), names);
    }

    @Test
    void gzippedInputsAreRead() throws IOException, SourceException {
        Path gz = dir.resolve("story.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("Title\n\nA body.".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals("A body.", reader.read(Input.of(gz)).body());
    }

    @Test
    void sameTextSameHashWhateverTheLineEndings() throws SourceException, IOException {
        Article unix = reader.read(Input.of(write("u.txt", "Title\n\nBody.\n".getBytes(StandardCharsets.UTF_8))));
        Article dos = reader.read(Input.of(write("w.txt", "Title\r\n\r\nBody.\r\n".getBytes(StandardCharsets.UTF_8))));
        assertEquals(unix.contentHash(), dos.contentHash());
    }
}
