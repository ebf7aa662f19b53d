package org.newsgraph.source.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id, role and itemprop say about it. Page templates name their parts
 * after what they are ("article-body", "share-bar", "related-posts") across sites and CMSs, so
 * these names are a general signal; the word lists follow Mozilla Readability's, widened with
 * names common on news sites. One instance serves one page.
 */
final class Cues {


    private static final int NEG = 1;
    private static final int POS = 2;
    private static final int CUTS = 4;
    private static final int BODYS = 8;
    private static final int EMBED = 16;

    /**
     * The words, each with what it signals. "^" before a word means it must start at a word
     * boundary, "$" after it that it must end at one ("ad" is an advert, "header" is not).
     */
    private static final Keywords WORDS = new Keywords()
            // the article's own container
            .add(POS, "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text",
                    "blog", "story", "column", "prose")
            // things around an article, never part of it (Readability's list, widened)
            .add(NEG, "advert", "banner", "breadcrumb", "combx", "comment", "community", "contact", "cookie",
                    "consent", "disqus", "footer", "footnote", "gdpr", "masthead", "menu", "^nav", "outbrain",
                    "taboola", "promo", "related", "recommend", "remark", "replies", "rss", "shoutbox", "sidebar",
                    "skyscraper", "shopping", "popup", "modal", "widget", "trending", "popular", "jump", "^tagline",
                    "pager", "meta", "login", "teaser", "rail", "carousel", "video", "gallery", "^follow")
            // boilerplate either way: around the article, or cut out of it
            .add(NEG | CUTS, "^ad$", "^ads$", "^ad-", "-ad$", "-ad-", "share", "sharing", "social", "sponsor",
                    "subscribe", "newsletter", "signup", "sign-up", "toolbar", "most-read", "more-stories", "read-more",
                    "readmore", "also-read", "pagination", "^tag$", "^tags$", "byline", "author", "caption", "credit",
                    "timestamp", "dateline", "^print$", "skip", "paywall", "^hidden$", "^hide$")
            // only cut out of the article
            .add(CUTS, "tag-list", "taglist", "^nav$", "navigation", "visually-hidden", "sr-only", "screen-reader",
                    "jump-link", "rail$", "standfirst", "subtitle", "sub-title", "subhead", "^dek$", "strapline",
                    "kicker", "excerpt")
            // embedded posts quoted by the article (tweets, Instagram): the article's text, whatever else they say
            .add(EMBED, "tweet", "embed", "instagram-media", "tiktok")
            .add(CUTS | NEG, "comment", "disqus", "related", "recommend", "outbrain", "taboola", "promo", "advert",
                    "breadcrumb", "trending", "popular", "cookie", "consent", "gdpr", "pager", "menu", "footer",
                    "sidebar", "widget", "modal", "popup")
            // names that the article body carries on many sites and CMSs
            .add(BODYS, "articlebody", "article-body", "article_body", "article__body", "articletext", "article-text",
                    "article-content", "articlecontent", "article__content", "story-body", "storybody",
                    "story-content", "story__body", "story-text", "entry-content", "post-content", "post-body",
                    "postbody", "post__content", "blog-post", "body-text", "bodytext", "main-content", "article-main",
                    "text-body", "content-body", "field-body", "rich-text", "richtext");


    /**
     * Flags of each class or id string seen on this page: pages repeat the same few class names
     * on thousands of elements, and the patterns are long alternations.
     */
    private final Map<String, Integer> memo = new HashMap<>();

    /** The cues of one element: its class and id weighed separately, as Readability does. */
    private int flags(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        Integer f = memo.get(s);
        if (f == null) {
            f = WORDS.match(s.toLowerCase(Locale.ROOT));
            memo.put(s, f);
        }
        return f;
    }

    private int all(Element e) {
        return flags(e.className()) | flags(e.id()) | flags(e.attr("role")) | flags(e.attr("itemprop"));
    }

    /** Readability's class weight: +25 for a content name, -25 for a boilerplate one, on class and id each. */
    int weight(Element e) {
        int w = 0;
        for (int f : new int[] {flags(e.className()), flags(e.id())}) {
            if ((f & NEG) != 0) {
                w -= 25;
            }
            if ((f & POS) != 0) {
                w += 25;
            }
        }
        if (isArticleBody(e)) {
            w += 50;
        }
        return w;
    }

    /** An element the page itself marks as the article body. */
    boolean isArticleBody(Element e) {
        return (all(e) & BODYS) != 0 || "articleBody".equalsIgnoreCase(e.attr("itemprop"));
    }

    /** A block inside the article to leave out of its text, by its names alone. */
    boolean isCut(Element e) {
        int f = all(e);
        return (f & CUTS) != 0 && (f & (BODYS | EMBED)) == 0 && !"articleBody".equalsIgnoreCase(e.attr("itemprop"));
    }

    /** A post from elsewhere embedded in the article (a tweet), which the article quotes. */
    boolean isEmbed(Element e) {
        return (all(e) & EMBED) != 0 && (e.normalName().equals("blockquote") || e.selectFirst("blockquote") != null);
    }

    /** A container whose names say it is boilerplate (and not also the content). */
    boolean isUnlikely(Element e) {
        int f = all(e);
        return (f & NEG) != 0 && (f & POS) == 0 && !isEmbed(e);
    }
}
