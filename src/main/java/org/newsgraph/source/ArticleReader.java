package org.newsgraph.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input into an {@link Article}: checks the bytes (present, not empty, not binary, not
 * too large), picks the text or HTML extractor, then layers metadata: what the caller gives
 * overrides the sidecar file, which overrides what the input says about itself.
 */
public final class ArticleReader {

    /** Inputs above this size are refused rather than held in memory whole. */
    public static final long DEFAULT_MAX_BYTES = 20L * 1024 * 1024;

    private final SourceFormat format;
    private final ArticleMetadata given;
    private final long maxBytes;
    private final ArticleExtractor text = new PlainTextExtractor();
    private final ArticleExtractor html = new HtmlArticleExtractor();

    public ArticleReader(SourceFormat format, ArticleMetadata given, long maxBytes) {
        this.format = format;
        this.given = given;
        this.maxBytes = maxBytes;
    }

    public ArticleReader() {
        this(SourceFormat.AUTO, ArticleMetadata.EMPTY, DEFAULT_MAX_BYTES);
    }

    public Article read(Input input) throws SourceException {
        byte[] bytes = bytes(input);
        String reason = unreadable(bytes);
        if (reason != null) {
            throw new SourceException(input.name(), reason);
        }
        Article article = (isHtml(input, bytes) ? html : text).extract(input.name(), bytes);
        ArticleMetadata sidecar = input.isStdin() ? ArticleMetadata.EMPTY : Sidecar.read(input.path());
        return new Article(article.sourceName(), article.body(), given.orElse(sidecar).orElse(article.metadata()),
                article.captions()).normalized();
    }

    private byte[] bytes(Input input) throws SourceException {
        try {
            if (input.isStdin()) {
                return limited(input, System.in);
            }
            if (Files.isDirectory(input.path())) {
                throw new SourceException(input.name(), "is a directory");
            }
            long size = Files.size(input.path());
            if (size > maxBytes) {
                throw tooLarge(input, size);
            }
            try (InputStream in = Files.newInputStream(input.path())) {
                InputStream stream = input.name().endsWith(".gz") ? new GZIPInputStream(in) : in;
                return limited(input, stream);
            }
        } catch (NoSuchFileException e) {
            throw new SourceException(input.name(), "no such file or directory", e);
        } catch (AccessDeniedException e) {
            throw new SourceException(input.name(), "permission denied", e);
        } catch (IOException e) {
            throw new SourceException(input.name(), "cannot read: " + e.getMessage(), e);
        }
    }

    private byte[] limited(Input input, InputStream in) throws IOException, SourceException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            if (out.size() > maxBytes) {
                throw tooLarge(input, out.size());
            }
        }
        return out.toByteArray();
    }

    private SourceException tooLarge(Input input, long size) {
        return new SourceException(input.name(), String.format(Locale.ROOT,
                "too large (%.1f MB, the limit is %.1f MB; a news article is far smaller: split the file)",
                size / 1048576.0, maxBytes / 1048576.0));
    }

    /** Why these bytes are no article, or null when they may be one. */
    static String unreadable(byte[] bytes) {
        if (bytes.length == 0) {
            return "empty file";
        }
        if (startsWith(bytes, "%PDF")) {
            return "a PDF document, not text or HTML";
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF);
        int control = 0;
        int sample = Math.min(bytes.length, 8192);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0 && !utf16) {
                return "binary file (it holds NUL bytes), not text or HTML";
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        if (!utf16 && control * 20 > sample) {
            return "binary file (too many control bytes), not text or HTML";
        }
        if (new String(bytes, 0, sample, StandardCharsets.ISO_8859_1).isBlank()) {
            return "empty file (only white space)";
        }
        return null;
    }

    private boolean isHtml(Input input, byte[] bytes) {
        return switch (format) {
            case HTML -> true;
            case TEXT -> false;
            case AUTO -> {
                String name = input.name().toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
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
