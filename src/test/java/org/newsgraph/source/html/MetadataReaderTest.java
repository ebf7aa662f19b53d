package org.newsgraph.source.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.newsgraph.source.ArticleMetadata;

class MetadataReaderTest {

    private static ArticleMetadata read(String html) {
        return new MetadataReader().read(Jsoup.parse(html));
    }

    @Test
    void jsonLdNewsArticleInsideGraphWithReferencesAndArrays() {
        String html = """
                <html lang="fr"><head><title>Wrong | Site</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","@id":"https://ex.com/#site","name":"Example"},
                  {"@type":"Organization","@id":"https://ex.com/#org","name":"Example News"},
                  {"@type":["NewsArticle"],"headline":"Ships &amp; harbours reopen",
                   "datePublished":"2019-11-20T23:30:00-05:00","dateModified":"2019-11-21",
                   "author":[{"@type":"Person","name":"Ann Lee"},{"@type":"Person","name":"By Bob Stone"}],
                   "publisher":{"@id":"https://ex.com/#org"},"articleSection":["World","Europe"],
                   "inLanguage":"en_GB","mainEntityOfPage":{"@id":"https://ex.com/a/1"}}]}</script>
                <meta property="og:title" content="OG title"></head><body><h1>Visible</h1></body></html>""";
        ArticleMetadata m = read(html);
        assertEquals("Ships & harbours reopen", m.headline());
        assertEquals(LocalDate.of(2019, 11, 20), m.datePublished(), "the date as written, not moved to UTC");
        assertEquals(LocalDate.of(2019, 11, 21), m.dateModified());
        assertEquals(List.of("Ann Lee", "Bob Stone"), m.authors());
        assertEquals("Example News", m.publisher());
        assertEquals("World", m.section());
        assertEquals("en-GB", m.language());
        assertEquals("https://ex.com/a/1", m.url());
    }

    @Test
    void brokenJsonLdIsSkippedAndOpenGraphFillsIn() {
        String html = """
                <html><head>
                <script type="application/ld+json">{"@type":"NewsArticle","headline":"Broken", </script>
                <script type="application/ld+json">[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]</script>
                <meta property="og:title" content="From OpenGraph">
                <meta property="og:site_name" content="The Daily">
                <meta property="og:url" content="https://daily.example/x">
                <meta property="article:published_time" content="2020-02-03T10:00:00Z">
                <meta property="article:author" content="https://daily.example/staff/jo">
                <meta name="author" content="Jo Smith and Al Jones">
                <meta property="og:locale" content="de_DE">
                </head><body><p>x</p></body></html>""";
        ArticleMetadata m = read(html);
        assertEquals("From OpenGraph", m.headline());
        assertEquals("The Daily", m.publisher());
        assertEquals("https://daily.example/x", m.url());
        assertEquals(LocalDate.of(2020, 2, 3), m.datePublished());
        assertEquals(List.of("Jo Smith", "Al Jones"), m.authors(), "a URL is no author name; meta author is split");
        assertEquals("de-DE", m.language());
    }

    @Test
    void jsonLdWinsOverOpenGraphWhichWinsOverMetaNames() {
        String html = """
                <html><head>
                <meta name="twitter:title" content="Twitter title">
                <meta property="og:title" content="OG title">
                <script type="application/ld+json">{"@type":"Article","headline":"LD title"}</script>
                </head><body></body></html>""";
        assertEquals("LD title", read(html).headline());
        assertEquals("OG title", read(html.replace("\"headline\":\"LD title\"", "\"x\":1")).headline());
    }

    @Test
    void metaNamesTimeElementsAndVisibleBylineAsLastResorts() {
        String html = """
                <html lang="es"><head><title>Big news today - The Site</title>
                <link rel="canonical" href="https://site.example/big-news">
                </head><body>
                <article><h1>Big news today</h1><p class="byline">Por María Pérez</p>
                <time datetime="2018-05-10T08:00">May 10</time><p>Text.</p></article>
                <time datetime="2001-01-01">old</time></body></html>""";
        ArticleMetadata m = read(html);
        assertEquals("Big news today", m.headline());
        assertEquals(LocalDate.of(2018, 5, 10), m.datePublished());
        assertEquals(List.of("María Pérez"), m.authors());
        assertEquals("https://site.example/big-news", m.url());
        assertEquals("es", m.language());
        assertNull(m.publisher());
    }

    @Test
    void titleWithoutSiteName() {
        assertEquals("Storm closes the coast road", MetadataReader.cleanTitle("Storm closes the coast road | Coast News", null));
        assertEquals("Short | Site", MetadataReader.cleanTitle("Short | Site", null));
    }

    @Test
    void siteNameIsTakenOffAHeadlineThatCarriesIt() {
        assertEquals("Governor defends campaign", MetadataReader.withoutSiteName("Governor defends campaign | TheHill", "The Hill"));
        assertEquals("Left - right", MetadataReader.withoutSiteName("Left - right", "The Hill"));
    }

    @Test
    void datesInTheFormsPagesUse() {
        assertEquals(LocalDate.of(2019, 11, 20), DateParser.parse("2019-11-20T10:00:00Z"));
        assertEquals(LocalDate.of(2019, 11, 20), DateParser.parse("20191120"));
        assertEquals(LocalDate.of(2019, 11, 20), DateParser.parse("Wed, 20 Nov 2019 15:00:00 GMT"));
        assertEquals(LocalDate.of(2019, 11, 20), DateParser.parse("November 20, 2019"));
        assertNull(DateParser.parse("2019-02-30"));
        assertNull(DateParser.parse("0001-01-01"));
        assertNull(DateParser.parse("Marchers 20, 2019"));
    }
}
