package org.newsgraph.rdf;

import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

/**
 * Who an article is in the store and what version of it: known from the read article alone, so
 * that an unchanged article is recognised before any annotation.
 *
 * @param article the article IRI, also the name of its own graph
 * @param contentHash a digest of the text and of every piece of metadata the graph records, so a
 *        corrected {@code --date} or {@code --publisher} counts as a change
 * @param sourceName where it was read from, to replace what an earlier read of that file stored
 */
public record ArticleKey(Node article, String contentHash, String sourceName) {

    private static final String VERSION = ExtractionRun.buildVersion();

    public static ArticleKey of(Article article) {
        return new ArticleKey(Iris.article(article), contentHash(article), article.sourceName());
    }

    private static String contentHash(Article article) {
        ArticleMetadata m = article.metadata();
        // the build version too: a newer extractor's graph differs, so an upgrade re-extracts
        String metadata = String.join("\u0000", String.valueOf(m.datePublished()), String.valueOf(m.dateModified()),
                String.valueOf(m.url()), String.valueOf(m.publisher()), String.valueOf(m.language()),
                String.valueOf(m.section()), m.authors().stream().collect(Collectors.joining("\u0001")));
        return Iris.digest(article.contentHash() + "\u0000" + metadata + "\u0000" + VERSION);
    }
}
