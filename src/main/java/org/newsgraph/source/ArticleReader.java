package org.newsgraph.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Reads one input into an {@link Article}: checks the bytes (present, not empty, not binary, not
 * too large), picks the text or HTML extractor, then layers metadata: what the caller gives
 * overrides the sidecar file, which overrides what the input says about itself.
 */
public final class ArticleReader {

    /** Inputs above this size are refused rather than held in memory whole. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    /**
     * Articles whose text is longer than this many characters are refused before any NLP: the
     * longest news features run to about 150,000, and a text many times that (a book, a log, a
     * dump) would hold one worker for minutes and put millions of quads in one transaction.
     */
    public static final int DEFAULT_MAX_CHARS = 1_000_000;

    private final SourceFormat format;
    private final ArticleMetadata given;
    private final long maxBytes;
    private final int maxChars;
    private final ArticleExtractor text = new PlainTextExtractor();
    private final ArticleExtractor html = new HtmlArticleExtractor();

    public ArticleReader(SourceFormat format, ArticleMetadata given, long maxBytes, int maxChars) {
        this.format = format;
        this.given = given;
        if (maxBytes < 1 || maxChars < 1) {
            throw new IllegalArgumentException("the size and length limits for an input must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxChars = maxChars;
    }

    public ArticleReader(SourceFormat format, ArticleMetadata given, long maxBytes) {
        this(format, given, maxBytes, DEFAULT_MAX_CHARS);
    }

    public ArticleReader() {
        this(SourceFormat.AUTO, ArticleMetadata.EMPTY, DEFAULT_MAX_BYTES);
    }

    public Article read(Input input) throws SourceException {
        if (input.problem() != null) {
            throw new SourceException(input.name(), input.problem());
        }
        if (input.isLine()) {
            return readLine(input);
        }
        byte[] bytes = bytes(input);
        if (input.isStdin() && bytes.length == 0) {
            throw new SourceException(input.name(), "standard input is empty (or closed)");
        }
        return file(input.name(), bytes, input.isStdin() ? ArticleMetadata.EMPTY : Sidecar.read(input.path()));
    }

    /**
     * Reads a file's content from {@code in} (gunzipped when {@code name} ends in {@code .gz}), for
     * callers whose files are not on the local file system (a Spark job's Hadoop paths); a sidecar
     * is not looked for. {@code name} is the article's source name.
     */
    public Article read(String name, InputStream in) throws SourceException {
        try {
            return file(name, content(name, in), ArticleMetadata.EMPTY);
        } catch (IOException e) {
            throw new SourceException(name, "cannot read: " + e.getMessage(), e);
        }
    }

    private Article file(String name, byte[] bytes, ArticleMetadata sidecar) throws SourceException {
        String reason = unreadable(bytes);
        if (reason != null) {
            throw new SourceException(name, reason);
        }
        Article article = (isHtml(name, bytes) ? html : text).extract(name, bytes);
        return withinLength(name, new Article(article.sourceName(), article.body(),
                given.orElse(sidecar).orElse(article.metadata()), article.captions()).normalized());
    }

    /**
     * One line of a JSON Lines file: an object with {@code text} or {@code html} and the metadata
     * fields of a sidecar. Without a {@code headline}, plain text is read as a text file would be.
     */
    private Article readLine(Input input) throws SourceException {
        if (input.length() > maxBytes) {
            throw tooLarge(input.name(), input.length());
        }
        byte[] bytes = new byte[(int) input.length()];
        try (FileChannel channel = FileChannel.open(input.path())) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining() && channel.read(buffer, input.offset() + buffer.position()) >= 0) {
                // read until full or at the end
            }
            if (buffer.hasRemaining()) {
                throw new SourceException(input.name(), "the file changed while being read");
            }
        } catch (IOException e) {
            throw new SourceException(input.name(), "cannot read: " + Inputs.reason(e), e);
        }
        return jsonLine(input.name(), bytes);
    }

    /**
     * One line of a JSON Lines file, given as its bytes; {@code name} is the article's source name
     * ({@code FILE:LINE}, as {@link Inputs} names lines).
     */
    public Article jsonLine(String name, byte[] bytes) throws SourceException {
        if (bytes.length > maxBytes) {
            throw tooLarge(name, bytes.length);
        }
        JsonObject json = Sidecar.object(name, TextDecoder.decodeUtf8(name, bytes), "the line");
        ArticleMetadata own = Sidecar.metadata(name, json);
        String body = Sidecar.string(json, "text");
        String page = Sidecar.string(json, "html");
        if (body == null && page == null) {
            throw new SourceException(name, "the line has no \"text\" or \"html\" string");
        }
        byte[] content = (body != null ? body : page).getBytes(StandardCharsets.UTF_8);
        String reason = unreadable(content);
        if (reason != null) {
            throw new SourceException(name, reason.replace("file", body != null ? "text" : "html"));
        }
        Article article;
        if (body != null && own.headline() != null) {
            article = new Article(name, body, ArticleMetadata.EMPTY, List.of());
        } else {
            article = (body != null ? text : html).extract(name, content);
        }
        return withinLength(name, new Article(article.sourceName(), article.body(),
                given.orElse(own).orElse(article.metadata()), article.captions()).normalized());
    }

    private Article withinLength(String name, Article article) throws SourceException {
        int length = article.text().length();
        if (length > maxChars) {
            throw new SourceException(name, String.format(Locale.ROOT,
                    "too long for one article (%,d characters of text, the limit is %,d; --max-chars): split it",
                    length, maxChars));
        }
        return article;
    }

    private byte[] bytes(Input input) throws SourceException {
        try {
            if (input.isStdin()) {
                if (stdinClosed()) {
                    throw new SourceException(input.name(), "standard input is closed");
                }
                return limited(input.name(), System.in);
            }
            if (Files.isDirectory(input.path())) {
                throw new SourceException(input.name(), "is a directory");
            }
            long size = Files.size(input.path());
            if (size > maxBytes) {
                throw tooLarge(input.name(), size);
            }
            try (InputStream in = Files.newInputStream(input.path())) {
                return content(input.name(), in);
            }
        } catch (NoSuchFileException e) {
            throw new SourceException(input.name(), "no such file or directory", e);
        } catch (AccessDeniedException e) {
            throw new SourceException(input.name(), "permission denied", e);
        } catch (IOException e) {
            throw new SourceException(input.name(), "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the process was started with standard input closed: the JVM then opens one of its own
     * files (the class library or the jar) as descriptor 0, and reading "stdin" would read that.
     * Only Linux says so (through /proc); elsewhere this answers false.
     */
    static boolean stdinClosed() {
        Path fd0 = Path.of("/proc/self/fd/0");
        if (!Files.isSymbolicLink(fd0)) {
            return false;
        }
        try {
            Path target = Files.readSymbolicLink(fd0);
            if (target.startsWith(Path.of(System.getProperty("java.home")))) {
                return true;
            }
            for (String entry : System.getProperty("java.class.path", "").split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty() && target.equals(Path.of(entry).toAbsolutePath())) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot inspect standard input: " + e.getMessage(), e);
        }
    }

    /** A file's bytes, gunzipped when its name ends in .gz. */
    private byte[] content(String name, InputStream in) throws IOException, SourceException {
        return limited(name, name.endsWith(".gz") ? new GZIPInputStream(in) : in);
    }

    private byte[] limited(String name, InputStream in) throws IOException, SourceException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            if (out.size() > maxBytes) {
                throw tooLarge(name, out.size());
            }
        }
        return out.toByteArray();
    }

    private SourceException tooLarge(String name, long size) {
        return new SourceException(name, String.format(Locale.ROOT,
                "too large (%.1f MB, the limit is %.1f MB; a news article is far smaller: split the file)",
                size / 1048576.0, maxBytes / 1048576.0));
    }

    /**
     * Why these bytes are no article, or null when they may be one. The whole input is checked: a
     * NUL or another control character anywhere (in UTF-16 once decoded, where a full byte order
     * mark announces it) means binary data, which would reach the store and break exports.
     */
    static String unreadable(byte[] bytes) {
        if (bytes.length == 0) {
            return "empty file";
        }
        if (startsWith(bytes, "%PDF")) {
            return "a PDF document, not text or HTML";
        }
        boolean utf16 = bytes.length >= 2 && (((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)
                || ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE));
        CharSequence chars = null;
        if (utf16) {
            try {
                chars = StandardCharsets.UTF_16.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                return "binary file (a UTF-16 byte order mark, then bytes that are not UTF-16), not text or HTML";
            }
        }
        int length = utf16 ? chars.length() : bytes.length;
        boolean blank = true;
        for (int i = 0; i < length; i++) {
            int c = utf16 ? chars.charAt(i) : bytes[i] & 0xFF;
            if (c == 0) {
                return "binary file (it holds NUL bytes), not text or HTML";
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                return String.format(Locale.ROOT, "binary file (control character 0x%02X at %s %d), not text or HTML",
                        c, utf16 ? "character" : "byte", i);
            }
            if (blank && c > ' ') {
                blank = false;
            }
        }
        if (blank || isBlank(utf16 ? chars.toString() : new String(bytes, StandardCharsets.UTF_8))) {
            return "empty file (only white space)";
        }
        return null;
    }

    /** Only white space, counting the no-break, ideographic and zero-width spaces and byte order marks. */
    static boolean isBlank(String s) {
        return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\uFEFF' || c == '\u200B' || c == '\u2060' || c == '\u180E');
    }

    private boolean isHtml(String inputName, byte[] bytes) {
        return switch (format) {
            case HTML -> true;
            case TEXT -> false;
            case AUTO -> {
                String name = inputName.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
                if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
                    yield true;
                }
                if (name.endsWith(".txt") || name.endsWith(".text")) {
                    yield false;
                }
                String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                        .stripLeading().toLowerCase(Locale.ROOT);
                yield head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body");
            }
        };
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
