package org.newsgraph.source;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about an article besides its text. Every field may be null (or empty) when
 * unknown; {@link #orElse} merges two sources of metadata, the receiver winning.
 */
public record ArticleMetadata(
        String headline,
        LocalDate datePublished,
        LocalDate dateModified,
        String url,
        String publisher,
        List<String> authors,
        String language,
        String section) {

    public static final ArticleMetadata EMPTY = new ArticleMetadata(null, null, null, null, null, List.of(), null, null);

    public ArticleMetadata {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Fields of this record, each falling back to {@code other}'s where this one has none. */
    public ArticleMetadata orElse(ArticleMetadata other) {
        return new ArticleMetadata(
                first(headline, other.headline),
                first(datePublished, other.datePublished),
                first(dateModified, other.dateModified),
                first(url, other.url),
                first(publisher, other.publisher),
                authors.isEmpty() ? other.authors : authors,
                first(language, other.language),
                first(section, other.section));
    }

    public ArticleMetadata withHeadline(String value) {
        return new ArticleMetadata(value, datePublished, dateModified, url, publisher, authors, language, section);
    }

    private static <T> T first(T a, T b) {
        if (a instanceof String s && s.isBlank()) {
            return b;
        }
        return a != null ? a : b;
    }
}
