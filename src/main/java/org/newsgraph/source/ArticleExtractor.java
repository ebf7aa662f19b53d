package org.newsgraph.source;

/** Turns the raw bytes of one input into an article (body plus metadata found inside it). */
public interface ArticleExtractor {

    /**
     * @param sourceName the input's name, for error messages
     * @param content the raw bytes, already checked to be non-empty
     */
    Article extract(String sourceName, byte[] content) throws SourceException;
}
