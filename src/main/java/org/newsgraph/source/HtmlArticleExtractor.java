package org.newsgraph.source;

import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.newsgraph.source.html.HtmlDecoder;
import org.newsgraph.source.html.MainContentExtractor;
import org.newsgraph.source.html.MetadataReader;
import org.newsgraph.source.html.NestingGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTML articles: the page is decoded ({@link HtmlDecoder}), parsed by Jsoup, its metadata read
 * ({@link MetadataReader}) and its article text found among the page furniture
 * ({@link MainContentExtractor}). A page with no article text is refused with a reason rather
 * than turned into an empty article; nothing a page holds makes this throw anything else.
 */
public final class HtmlArticleExtractor implements ArticleExtractor {

    private static final Logger LOG = LoggerFactory.getLogger(HtmlArticleExtractor.class);

    /**
     * Deeper nesting than this is refused before parsing: real pages stay far below it, and tree
     * building time grows with the square of the depth.
     */
    static final int MAX_NESTING = 2000;

    private final MetadataReader metadata = new MetadataReader();
    private final MainContentExtractor content = new MainContentExtractor();

    public HtmlArticleExtractor() {
    }

    @Override
    public Article extract(String sourceName, byte[] content) throws SourceException {
        HtmlDecoder.Decoded decoded = HtmlDecoder.decode(content);
        if (decoded.note() != null) {
            LOG.warn("{}: {}", sourceName, decoded.note());
        }
        String html = decoded.text();
        if (looksBinary(html)) {
            throw new SourceException(sourceName, "not HTML: binary content");
        }
        int depth = NestingGuard.maxDepth(html);
        if (depth > MAX_NESTING) {
            throw new SourceException(sourceName, "HTML elements nested " + depth
                    + " levels deep (the limit is " + MAX_NESTING + "): not a readable page");
        }
        Document doc;
        try {
            doc = Parser.htmlParser().parseInput(html, "");
        } catch (RuntimeException | StackOverflowError e) {
            throw new SourceException(sourceName, "cannot parse the HTML: " + e, e);
        }
        ArticleMetadata meta;
        String body;
        try {
            meta = metadata.read(doc);
            body = this.content.extract(doc, meta.headline(), MetadataReader.description(doc), meta.authors());
        } catch (StackOverflowError e) {
            throw new SourceException(sourceName, "the HTML is nested too deeply to read", e);
        }
        if (body.isBlank()) {
            throw new SourceException(sourceName, "no article text found in the HTML");
        }
        return new Article(sourceName, body, meta);
    }

    /** Control characters all over the decoded text mean it was never text. */
    private static boolean looksBinary(String s) {
        int sample = Math.min(s.length(), 8192);
        int bad = 0;
        for (int i = 0; i < sample; i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD') {
                bad++;
            }
        }
        return sample > 0 && bad * 10 > sample;
    }
}
