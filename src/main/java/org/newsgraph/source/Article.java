package org.newsgraph.source;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;

/**
 * One input after source extraction: the clean body, its metadata, and the captions found beside it.
 *
 * @param sourceName where it came from (a file path, or "-" for standard input), for messages
 * @param body the article body without its headline, paragraphs separated by blank lines; kept
 *        exactly as given, so offsets into it stay valid (see {@link #normalized()})
 */
public record Article(String sourceName, String body, ArticleMetadata metadata, List<String> captions) {

    public Article {
        captions = captions == null ? List.of() : List.copyOf(captions);
    }

    public Article(String sourceName, String body, ArticleMetadata metadata) {
        this(sourceName, body, metadata, List.of());
    }

    /** The same article with its text in Unicode NFC, so that equal text hashes and matches equally. */
    public Article normalized() {
        String headline = metadata.headline();
        ArticleMetadata m = headline == null ? metadata : metadata.withHeadline(Normalizer.normalize(headline.strip(), Normalizer.Form.NFC));
        return new Article(sourceName, Normalizer.normalize(body.strip(), Normalizer.Form.NFC), m,
                captions.stream().map(c -> Normalizer.normalize(c.strip(), Normalizer.Form.NFC)).toList());
    }

    /**
     * The text the graph annotates and its offsets count in: the headline, the body, then the
     * captions (which the body leaves out, but which say things too: who took the photo, where,
     * when), each a paragraph.
     */
    public String text() {
        StringBuilder b = new StringBuilder(mainText());
        captions.forEach(c -> b.append("\n\n").append(c));
        return b.toString();
    }

    /** Where the captions start in {@link #text()} (its length when there are none). */
    public int captionsStart() {
        return captions.isEmpty() ? text().length() : mainText().length() + 2;
    }

    private String mainText() {
        String headline = metadata.headline();
        return headline == null || headline.isBlank() ? body : headline + "\n\n" + body;
    }

    /**
     * A digest of {@link #text()}: equal for the same article however it was read, so that
     * re-ingesting it is recognised and changes nothing.
     */
    public String contentHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
