package org.newsgraph.source.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsgraph.source.Article;
import org.newsgraph.source.HtmlArticleExtractor;
import org.newsgraph.source.SourceException;

/** Pages no reader should choke on: each gives an article or a SourceException naming the input, quickly. */
class BadHtmlTest {

    private static final Duration QUICK = Duration.ofSeconds(10);
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private Article extract(String name, String html) throws SourceException {
        return extractor.extract(name, html.getBytes(StandardCharsets.UTF_8));
    }

    private void refused(String name, String html, String reason) {
        SourceException e = assertTimeoutPreemptively(QUICK, () -> assertThrows(SourceException.class, () -> extract(name, html)));
        assertEquals(name, e.input());
        assertTrue(e.reason().contains(reason), e.getMessage());
    }

    @Test
    void hostileNestingIsRefusedQuicklyWithoutStackOverflow() {
        refused("divs.html", "<html><body>" + "<div>".repeat(200_000) + "text</body></html>", "nested");
        refused("tables.html", "<html><body>" + "<table><tr><td>".repeat(50_000) + "text</body></html>", "nested");
        refused("spans.html", "<html><body><p>" + "<span><b>".repeat(100_000) + "text</p></body></html>", "nested");
    }

    @Test
    void nestingJustBelowTheLimitIsRead() throws SourceException {
        String text = "Deep text, written with commas, to be found by the extractor, at depth. ".repeat(10);
        Article a = assertTimeoutPreemptively(QUICK, () -> extract("deep.html",
                "<html><body>" + "<div>".repeat(1_500) + "<p>" + text + "</p>" + "</div>".repeat(1_500) + "</body></html>"));
        assertEquals(text.strip(), a.body());
    }

    @Test
    void binaryGarbageIsRefused() {
        byte[] garbage = new byte[50_000];
        new Random(7).nextBytes(garbage);
        SourceException e = assertThrows(SourceException.class, () -> extractor.extract("garbage.html", garbage));
        assertEquals("garbage.html", e.input());
    }

    @Test
    void pagesWithoutArticleTextAreRefusedWithAReason() {
        refused("head.html", "<html><head><title>Only a head</title></head></html>", "no article text");
        refused("frames.html", "<html><frameset><frame src=a.html></frameset></html>", "no article text");
        refused("script.html", "<html><body><script>var x = '" + "y".repeat(5000) + "';</script></body></html>", "no article text");
        refused("comment.html", "<html><body>" + "<!--".repeat(10_000) + "</body></html>", "no article text");
    }

    @Test
    void truncatedPageGivesWhatItHas() throws SourceException {
        Article a = extract("cut.html", "<html><head><title>Cut</title></head><body><article><p>A sentence that stops in the mid");
        assertEquals("A sentence that stops in the mid", a.body());
    }

    @Test
    void largePageIsReadInBoundedTime() throws SourceException {
        StringBuilder big = new StringBuilder("<html><body><nav>").append("<a href=x>link</a>".repeat(10_000)).append("</nav><article>");
        String para = "<p>A paragraph of a very long article, with commas, and more words to make it long enough.</p>\n";
        while (big.length() < 8_000_000) {
            big.append(para);
        }
        Article a = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extract("big.html", big + "</article></body></html>"));
        assertTrue(a.body().length() > 6_000_000);
        assertTrue(!a.body().contains("link"));
    }

    @Test
    void jsonLdNestedTooDeeplyIsIgnoredNotFatal() throws SourceException {
        Article a = extract("ld.html", "<html><head><script type=application/ld+json>" + "[".repeat(100_000)
                + "</script></head><body><p>The article text is here, all of it, and readable.</p></body></html>");
        assertEquals("The article text is here, all of it, and readable.", a.body());
    }
}
