package org.newsgraph.source.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.source.Article;
import org.newsgraph.source.HtmlArticleExtractor;
import org.newsgraph.source.SourceException;

class MainContentExtractorTest {

    private static final String P1 = "The harbour authority said on Tuesday that the northern quay, closed since the storm in "
            + "October, would reopen to ferries next month, after repairs costing about four million euros.";
    private static final String P2 = "Fishermen, who had moved their boats to the southern basin, welcomed the decision, "
            + "although several said the works had taken far longer than promised by the city council.";
    private static final String P3 = "The mayor, speaking at the quay, said the city had learned lessons, and that a new "
            + "sea wall, designed to withstand stronger storms, would be built over the next three years.";

    /** A news page with the furniture real pages have around and inside the article. */
    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
            <title>Harbour quay to reopen | Coast Times</title>
            <meta name="description" content="The northern quay reopens next month.">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour quay to reopen",
              "datePublished":"2019-11-19","author":{"@type":"Person","name":"Kim Berg"}}</script>
            <style>p { color: red }</style></head>
            <body>
            <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
              <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
            <div class="layout">
             <main><article class="story">
              <h1>Harbour quay to reopen</h1>
              <p class="standfirst">The northern quay reopens next month.</p>
              <div class="byline">By Kim Berg</div>
              <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet this article</a></div>
              <div class="article-body">
               <p>%s</p>
               <figure><img src="q.jpg"><figcaption>The quay after the storm. Photo: Coast Times</figcaption></figure>
               <p>%s</p>
               <h2>A new sea wall</h2>
               <p>%s</p>
               <ul><li>Ferries resume on 1 December, with a reduced timetable.</li>
                   <li>Full service returns in the spring, the authority said.</li></ul>
               <table><tr><th>Year</th><th>Cost</th></tr><tr><td>2020</td><td>1.2 million</td></tr>
                 <tr><td>2021</td><td>2.3 million</td></tr></table>
               <div class="ad">Advertisement</div>
               <p>Read more: <a href="/x">Storm damage across the coast in pictures</a></p>
              </div>
              <div class="related-articles"><h3>Related</h3><ul>
               <li><a href="/a">Council approves budget for the new harbour wall</a></li>
               <li><a href="/b">Ferry company reports record summer season</a></li>
               <li><a href="/c">Storm warnings issued for the weekend</a></li></ul></div>
              <section id="comments"><h3>3 comments</h3><p>Great news, it took them long enough though, typical council,
               slow as always, and the cost, who pays, we do, of course, as always.</p></section>
             </article></main>
             <aside class="sidebar"><h3>Most read</h3><ol><li><a href="/m1">Something else entirely</a></li></ol></aside>
            </div>
            <footer><p>© 2019 Coast Times. All rights reserved. Contact us, privacy, terms.</p></footer>
            </body></html>""".formatted(P1, P2, P3);

    private static Article extract(String html) throws SourceException {
        return new HtmlArticleExtractor().extract("test.html", html.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keepsTheArticleParagraphsAsParagraphs() throws SourceException {
        String body = extract(PAGE).body();
        assertTrue(body.startsWith(P1), body);
        assertTrue(body.contains(P1 + "\n\n" + P2), "paragraphs are separated by one blank line: " + body);
        assertTrue(body.contains(P2 + "\n\nA new sea wall\n\n" + P3), "headings inside the article stay: " + body);
    }

    @Test
    void keepsListsAndTablesOfTheArticle() throws SourceException {
        String body = extract(PAGE).body();
        assertTrue(body.contains("Ferries resume on 1 December, with a reduced timetable."), body);
        assertTrue(body.contains("Full service returns in the spring"), body);
        assertTrue(body.contains("Year | Cost\n\n2020 | 1.2 million\n\n2021 | 2.3 million"), "a table row is a line: " + body);
    }

    @Test
    void leavesOutPageFurniture() throws SourceException {
        String body = extract(PAGE).body();
        for (String furniture : List.of("Home", "Share on Facebook", "Photo: Coast Times", "By Kim Berg", "Advertisement",
                "Read more", "Council approves budget", "Great news", "Something else", "All rights reserved",
                "Harbour quay to reopen", "The northern quay reopens next month", "color: red", "Related")) {
            assertFalse(body.contains(furniture), "'" + furniture + "' is not article text: " + body);
        }
    }

    @Test
    void readsTheMetadataAlongside() throws SourceException {
        Article a = extract(PAGE);
        assertEquals("Harbour quay to reopen", a.metadata().headline());
        assertEquals(LocalDate.of(2019, 11, 19), a.metadata().datePublished());
        assertEquals(List.of("Kim Berg"), a.metadata().authors());
        assertEquals("en", a.metadata().language());
    }

    @Test
    void paragraphsWrittenWithLineBreaksBecomeParagraphs() throws SourceException {
        String html = "<html><body><div class=\"post\">" + P1 + "<br><br>" + P2 + "<br>\n<br>" + P3 + "</div>"
                + "<div class=\"menu\"><a href=/>Home</a> <a href=/a>About</a></div></body></html>";
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, extract(html).body());
    }

    @Test
    void inlineMarkupDoesNotSplitWords() throws SourceException {
        String html = "<html><body><article><p>" + P1 + " It was <b>un</b>expected, the <i>mayor</i>&nbsp;said.</p>"
                + "<p>" + P2 + "</p></article></body></html>";
        assertTrue(extract(html).body().contains("It was unexpected, the mayor said."));
    }

    @Test
    void anArticleSplitOverSeveralContainersIsKeptWhole() throws SourceException {
        String html = "<html><body><div id=page><div class=chunk><p>" + P1 + "</p></div><div class=ad-slot></div>"
                + "<div class=chunk><p>" + P2 + "</p></div><div class=chunk><p>" + P3 + "</p></div></div></body></html>";
        String body = extract(html).body();
        assertEquals(P1 + "\n\n" + P2 + "\n\n" + P3, body);
    }

    @Test
    void embeddedTweetsQuotedByTheArticleStay() throws SourceException {
        String html = "<html><body><article><p>" + P1 + "</p><div class=\"social-embed\"><blockquote class=\"twitter-tweet\">"
                + "<p>The quay is open again at last <a href=\"https://t.co/x\">https://t.co/x</a></p>— Ann (@ann) "
                + "<a href=\"https://twitter.com/ann/status/1\">November 18, 2019</a></blockquote></div><p>" + P2
                + "</p><p>" + P3 + "</p></article></body></html>";
        assertTrue(extract(html).body().contains("The quay is open again at last"));
    }
}
