package org.newsgraph.source.html;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.parser.Parser;
import org.newsgraph.source.ArticleMetadata;

/**
 * What a page says about its article: headline, dates, authors, publisher, canonical URL,
 * language and section. Sources are layered in order of trust, each filling only what the
 * more trusted ones left open: JSON-LD (a NewsArticle or other Article type, also inside
 * {@code @graph} and arrays), OpenGraph, other {@code <meta>} names and microdata,
 * {@code <time>} elements, and last what the page shows (bylines, the {@code <h1>}, the
 * {@code <title>}). Broken JSON-LD is skipped, never fatal.
 */
public final class MetadataReader {

    /** JSON-LD blocks larger or deeper than this are not parsed (no article needs them; a hostile page might). */
    private static final int MAX_JSON_LD_CHARS = 1_000_000;
    private static final int MAX_JSON_DEPTH = 64;
    private static final int MAX_AUTHORS = 20;
    private static final Pattern BY = Pattern.compile("(?iu)^\\s*(by|von|par|por|di|door|av|af|przez|от|автор)\\s*:?\\s+");
    private static final Pattern AUTHOR_SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|&|\\bund\\b|\\by\\b|\\bet\\b|\\|)\\s*");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»]\\s+|\\s+::\\s+");
    private static final Pattern SITE_SUFFIX = Pattern.compile("(.+?)\\s+[|\\-–—:·•»]\\s+([^|\\-–—:·•»]+)");
    private static final Pattern BYLINE_CLASS = Pattern.compile("(?i)byline|author-name|author__name|article-author");
    private static final Set<String> NEWS_TYPES = Set.of(
            "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
            "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "livebloposting", "liveblogposting");
    private static final Set<String> PAGE_TYPES = Set.of(
            "webpage", "itempage", "aboutpage", "collectionpage", "profilepage", "qapage", "mediapage");

    /** The page's metadata; fields the page does not state are null (authors empty). */
    public ArticleMetadata read(Document doc) {
        Page page = new Page(doc);
        Map<String, String> meta = metaTags(page);
        ArticleMetadata m = jsonLd(page);
        m = m.orElse(openGraph(meta));
        m = m.orElse(metaNames(page, meta));
        m = m.orElse(timeElements(page));
        m = m.orElse(visible(page, m.publisher()));
        return m.withHeadline(withoutSiteName(m.headline(), m.publisher()));
    }

    /** "Headline | TheSite" becomes "Headline" when the tail names the publisher. */
    static String withoutSiteName(String headline, String publisher) {
        if (headline == null || publisher == null) {
            return headline;
        }
        Matcher m = SITE_SUFFIX.matcher(headline);
        if (m.matches() && letters(m.group(2)).equals(letters(publisher)) && !letters(m.group(1)).isEmpty()) {
            return m.group(1).strip();
        }
        return headline;
    }

    private static String letters(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** The page's own summary of the article (meta or OpenGraph description), or null. */
    public static String description(Document doc) {
        for (Element m : doc.getElementsByTag("meta")) {
            String key = (m.attr("name") + m.attr("property")).toLowerCase(Locale.ROOT);
            if (key.equals("description") || key.equals("og:description") || key.equals("twitter:description")) {
                String d = clean(m.attr("content"));
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * The elements metadata is read from, gathered in one walk over the page (each Jsoup select
     * would walk the whole tree again).
     */
    private static final class Page implements NodeVisitor {
        final Document doc;
        final List<Element> metas = new ArrayList<>();
        final List<Element> jsonLd = new ArrayList<>();
        final List<Element> itemAuthors = new ArrayList<>();
        final List<Element> bylines = new ArrayList<>();
        Element canonical;
        Element itemDate;
        Element itemHeadline;
        Element markedTime;
        Element articleTime;
        Element anyTime;
        Element articleH1;
        Element anyH1;
        private int inArticle;

        Page(Document doc) {
            this.doc = doc;
            NodeTraversor.traverse(this, doc);
        }

        @Override
        public void head(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String n = e.normalName();
            switch (n) {
                case "meta" -> metas.add(e);
                case "script" -> {
                    if (e.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
                        jsonLd.add(e);
                    }
                }
                case "link" -> {
                    if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                        canonical = e;
                    }
                }
                case "time" -> {
                    if (markedTime == null && (e.hasAttr("pubdate") || e.attr("itemprop").equals("datePublished"))) {
                        markedTime = e;
                    }
                    if (e.hasAttr("datetime")) {
                        if (articleTime == null && inArticle > 0) {
                            articleTime = e;
                        }
                        if (anyTime == null) {
                            anyTime = e;
                        }
                    }
                }
                case "h1" -> {
                    if (articleH1 == null && inArticle > 0) {
                        articleH1 = e;
                    }
                    if (anyH1 == null) {
                        anyH1 = e;
                    }
                }
                case "article", "main", "header" -> inArticle++;
                default -> {
                }
            }
            String prop = e.attr("itemprop");
            if (!prop.isEmpty()) {
                if (prop.equals("author") && itemAuthors.size() < MAX_AUTHORS) {
                    itemAuthors.add(e);
                } else if (prop.equals("datePublished") && itemDate == null) {
                    itemDate = e;
                } else if (prop.equals("headline") && itemHeadline == null) {
                    itemHeadline = e;
                }
            }
            if (bylines.size() < 5 && isByline(e)) {
                bylines.add(e);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element e) {
                String n = e.normalName();
                if (n.equals("article") || n.equals("main") || n.equals("header")) {
                    inArticle--;
                }
            }
        }
    }

    // ------------------------------------------------------------------ JSON-LD

    private ArticleMetadata jsonLd(Page page) {
        List<Found> found = new ArrayList<>();
        Map<String, JsonObject> byId = new HashMap<>();
        int position = 0;
        for (Element script : page.jsonLd) {
            String data = script.data().strip();
            // only objects with a type can be an article; parsing the rest (breadcrumbs, site search) costs time
            if (data.isEmpty() || data.length() > MAX_JSON_LD_CHARS || !data.contains("@type")
                    || jsonDepth(data) > MAX_JSON_DEPTH) {
                continue;
            }
            JsonValue root = parse(data);
            if (root == null) {
                continue;
            }
            position = collect(root, found, byId, position);
        }
        if (found.isEmpty()) {
            return ArticleMetadata.EMPTY;
        }
        found.sort((a, b) -> a.rank != b.rank ? Integer.compare(b.rank, a.rank)
                : a.depth != b.depth ? Integer.compare(a.depth, b.depth) : Integer.compare(a.position, b.position));
        ArticleMetadata m = ArticleMetadata.EMPTY;
        for (Found f : found) {
            if (f.rank > 0) {
                m = m.orElse(fromJsonLd(f.object, byId, f.rank > 1));
            }
        }
        return m;
    }

    /** An object of JSON-LD with how article-like its type is (3 news, 2 article, 1 web page). */
    private record Found(JsonObject object, int rank, int depth, int position) {
    }

    private static JsonValue parse(String data) {
        // JSON-LD in the wild has CDATA wrappers, HTML comments and raw line breaks inside strings
        String s = data;
        if (s.startsWith("<!--")) {
            s = s.substring(4);
        }
        if (s.endsWith("-->")) {
            s = s.substring(0, s.length() - 3);
        }
        s = s.replace("//<![CDATA[", "").replace("//]]>", "").replace("<![CDATA[", "").replace("]]>", "");
        s = s.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').strip();
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1);
        }
        try {
            return JSON.parseAny(s);
        } catch (RuntimeException | StackOverflowError e) {
            return null; // broken JSON-LD says nothing; the other sources still do
        }
    }

    /**
     * Nesting depth of brackets outside strings: refuses pathological input before the recursive
     * parser sees it (also for sidecar and JSON Lines metadata).
     */
    public static int jsonDepth(String s) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                max = Math.max(max, ++depth);
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return max;
    }

    /** Every object in the value, iteratively, with its rank; indexes objects by {@code @id}. */
    private static int collect(JsonValue root, List<Found> out, Map<String, JsonObject> byId, int position) {
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, 0});
        while (!stack.isEmpty() && position < 10_000) {
            Object[] top = stack.pop();
            JsonValue v = (JsonValue) top[0];
            int depth = (Integer) top[1];
            if (v.isArray()) {
                JsonArray a = v.getAsArray();
                for (int i = a.size() - 1; i >= 0; i--) {
                    stack.push(new Object[] {a.get(i), depth});
                }
            } else if (v.isObject()) {
                JsonObject o = v.getAsObject();
                String id = string(o.get("@id"));
                if (id != null && !byId.containsKey(id) && o.keys().size() > 1) {
                    byId.put(id, o);
                }
                out.add(new Found(o, rank(o), depth, position++));
                List<String> keys = new ArrayList<>(o.keys());
                for (int i = keys.size() - 1; i >= 0; i--) {
                    JsonValue child = o.get(keys.get(i));
                    if (child.isObject() || child.isArray()) {
                        stack.push(new Object[] {child, depth + 1});
                    }
                }
            }
        }
        return position;
    }

    private static int rank(JsonObject o) {
        int best = 0;
        for (String t : types(o)) {
            String type = t.toLowerCase(Locale.ROOT);
            int slash = Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'));
            type = type.substring(slash + 1);
            if (NEWS_TYPES.contains(type)) {
                best = Math.max(best, 3);
            } else if (type.endsWith("article") || type.equals("blogposting") || type.equals("report")
                    || type.equals("socialmediaposting") || type.equals("discussionforumposting")) {
                best = Math.max(best, 2);
            } else if (PAGE_TYPES.contains(type)) {
                best = Math.max(best, 1);
            }
        }
        return best;
    }

    private static List<String> types(JsonObject o) {
        JsonValue t = o.get("@type");
        List<String> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            for (JsonValue x : t.getAsArray()) {
                if (x.isString()) {
                    out.add(x.getAsString().value());
                }
            }
        } else if (t.isString()) {
            out.add(t.getAsString().value());
        }
        return out;
    }

    private ArticleMetadata fromJsonLd(JsonObject o, Map<String, JsonObject> byId, boolean article) {
        String headline = clean(string(o.get("headline")));
        if (headline == null) {
            headline = clean(string(o.get("name")));
        }
        String url = string(o.get("url"));
        if (url == null) {
            JsonValue main = o.get("mainEntityOfPage");
            url = main != null && main.isObject() ? string(main.getAsObject().get("@id")) : string(main);
        }
        if (!article) {
            // a WebPage object says when the page appeared and what it is called, little more
            return new ArticleMetadata(headline, date(o, "datePublished"), date(o, "dateModified"),
                    absolute(url), null, List.of(), language(o.get("inLanguage")), null);
        }
        List<String> authors = new ArrayList<>();
        for (JsonValue a : values(o.get("author"))) {
            String name = name(a, byId);
            if (name != null) {
                addAuthor(authors, name, false);
            }
        }
        String publisher = null;
        for (JsonValue p : values(o.get("publisher"))) {
            publisher = name(p, byId);
            if (publisher != null) {
                break;
            }
        }
        String section = null;
        for (JsonValue s : values(o.get("articleSection"))) {
            section = clean(string(s));
            if (section != null) {
                break;
            }
        }
        return new ArticleMetadata(headline, date(o, "datePublished"), date(o, "dateModified"), absolute(url),
                publisher, authors, language(o.get("inLanguage")), section);
    }

    private static LocalDate date(JsonObject o, String key) {
        LocalDate d = DateParser.parse(string(o.get(key)));
        if (d == null && key.equals("datePublished")) {
            d = DateParser.parse(string(o.get("dateCreated")));
        }
        return d;
    }

    private static String language(JsonValue v) {
        if (v != null && v.isObject()) {
            String code = string(v.getAsObject().get("alternateName"));
            return normalizeLanguage(code != null ? code : string(v.getAsObject().get("name")));
        }
        return normalizeLanguage(string(v));
    }

    private static List<JsonValue> values(JsonValue v) {
        List<JsonValue> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (v.isArray()) {
            v.getAsArray().forEach(out::add);
        } else {
            out.add(v);
        }
        return out;
    }

    /** A person's or organization's name: a string, an object with a name, or a reference to one by {@code @id}. */
    private static String name(JsonValue v, Map<String, JsonObject> byId) {
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            return clean(v.getAsString().value());
        }
        if (!v.isObject()) {
            return null;
        }
        JsonObject o = v.getAsObject();
        String n = clean(string(o.get("name")));
        if (n == null) {
            String id = string(o.get("@id"));
            JsonObject target = id == null ? null : byId.get(id);
            n = target == null || target == o ? null : clean(string(target.get("name")));
        }
        return n;
    }

    private static String string(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        if (v.isArray() && v.getAsArray().size() > 0) {
            return string(v.getAsArray().get(0));
        }
        return null;
    }

    // ------------------------------------------------------------------ meta tags

    /** Every {@code <meta>}'s content by its property, name or itemprop (lower case); the first one wins. */
    private static Map<String, String> metaTags(Page page) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Element m : page.metas) {
            String content = m.attr("content");
            if (content.isBlank()) {
                continue;
            }
            for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                String key = m.attr(attr).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    out.putIfAbsent(key, content.strip());
                }
            }
        }
        return out;
    }

    private static ArticleMetadata openGraph(Map<String, String> meta) {
        List<String> authors = new ArrayList<>();
        String author = meta.get("article:author");
        if (author != null) {
            addAuthor(authors, author, true);
        }
        return new ArticleMetadata(
                clean(meta.get("og:title")),
                DateParser.parse(first(meta, "article:published_time", "og:article:published_time", "article:published")),
                DateParser.parse(first(meta, "article:modified_time", "og:article:modified_time", "og:updated_time")),
                absolute(meta.get("og:url")),
                clean(meta.get("og:site_name")),
                authors,
                normalizeLanguage(meta.get("og:locale")),
                clean(first(meta, "article:section", "og:article:section")));
    }

    private static ArticleMetadata metaNames(Page page, Map<String, String> meta) {
        List<String> authors = new ArrayList<>();
        String author = first(meta, "author", "byl", "dc.creator", "dcterms.creator", "parsely-author",
                "sailthru.author", "article.author", "citation_author", "twitter:creator:name");
        if (author != null) {
            addAuthor(authors, author, true);
        }
        if (authors.isEmpty()) {
            for (Element e : page.itemAuthors) {
                Element name = e.selectFirst("[itemprop=name]");
                String n = name != null ? (name.hasAttr("content") ? name.attr("content") : name.text())
                        : e.hasAttr("content") ? e.attr("content") : e.text();
                addAuthor(authors, n, true);
                if (authors.size() >= MAX_AUTHORS) {
                    break;
                }
            }
        }
        String canonical = null;
        if (page.canonical != null) {
            canonical = absolute(page.canonical.attr("href"));
        }
        String lang = normalizeLanguage(first(meta, "content-language", "dc.language", "language"));
        if (lang == null) {
            Element html = page.doc.firstElementChild();
            lang = html == null ? null : normalizeLanguage(html.attr("lang"));
        }
        LocalDate published = DateParser.parse(first(meta, "datepublished", "date", "pubdate", "publishdate",
                "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.created", "dcterms.issued",
                "dcterms.date", "article.published", "parsely-pub-date", "sailthru.date", "citation_publication_date",
                "citation_date", "originalpublicationdate", "date.release", "displaydate", "og:pubdate"));
        if (published == null) {
            Element e = page.itemDate;
            if (e != null) {
                published = DateParser.parse(e.hasAttr("content") ? e.attr("content")
                        : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
            }
        }
        String headline = clean(first(meta, "twitter:title", "dc.title", "dcterms.title", "parsely-title",
                "sailthru.title", "headline"));
        if (headline == null) {
            Element e = page.itemHeadline;
            headline = e == null ? null : clean(e.hasAttr("content") ? e.attr("content") : e.text());
        }
        return new ArticleMetadata(
                headline,
                published,
                DateParser.parse(first(meta, "datemodified", "last-modified", "dcterms.modified", "dc.date.modified",
                        "article.updated", "lastmod")),
                canonical,
                clean(first(meta, "publisher", "dc.publisher", "dcterms.publisher", "application-name",
                        "citation_publisher")),
                authors,
                lang,
                clean(first(meta, "section", "article.section", "parsely-section", "category")));
    }

    private static ArticleMetadata timeElements(Page page) {
        Element time = page.markedTime != null ? page.markedTime
                : page.articleTime != null ? page.articleTime : page.anyTime;
        LocalDate date = time == null ? null
                : DateParser.parse(time.hasAttr("datetime") ? time.attr("datetime") : time.text());
        return new ArticleMetadata(null, date, null, null, null, List.of(), null, null);
    }

    /** What a reader sees: a byline, the page's main heading, its title. */
    private static ArticleMetadata visible(Page page, String publisher) {
        List<String> authors = new ArrayList<>();
        for (Element e : page.bylines) {
            String text = e.text();
            if (text.length() <= 120) {
                addAuthor(authors, text, true);
            }
            if (!authors.isEmpty()) {
                break;
            }
        }
        String headline = null;
        Element h1 = page.articleH1 != null ? page.articleH1 : page.anyH1;
        if (h1 != null && !h1.text().isBlank() && h1.text().length() < 300) {
            headline = clean(h1.text());
        }
        if (headline == null) {
            headline = cleanTitle(page.doc.title(), publisher);
        }
        return new ArticleMetadata(headline, null, null, null, null, authors, null, null);
    }

    private static boolean isByline(Element e) {
        if (e.attr("rel").equalsIgnoreCase("author")) {
            return true;
        }
        String cls = e.className();
        if (cls.length() < 6) {
            return false;
        }
        String l = cls.toLowerCase(Locale.ROOT);
        return (l.contains("byline") || l.contains("author")) && BYLINE_CLASS.matcher(l).find();
    }

    /** The page title without the site name that titles usually carry ("Headline | Site"). */
    static String cleanTitle(String title, String publisher) {
        String t = clean(title);
        if (t == null) {
            return null;
        }
        String[] parts = TITLE_SEPARATOR.split(t);
        if (parts.length < 2) {
            return t;
        }
        String longest = parts[0];
        for (String p : parts) {
            if (publisher != null && p.equalsIgnoreCase(publisher)) {
                continue;
            }
            if (p.length() > longest.length()) {
                longest = p;
            }
        }
        return longest.split("\\s+").length >= 3 ? longest : t;
    }

    // ------------------------------------------------------------------ helpers

    private static String first(Map<String, String> meta, String... keys) {
        for (String k : keys) {
            String v = meta.get(k);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** Text without entity escapes, markup remnants or runs of white space; null when empty. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s;
        if (t.indexOf('&') >= 0) {
            t = Parser.unescapeEntities(t, false);
        }
        if (t.indexOf('<') >= 0) {
            t = org.jsoup.Jsoup.parse(t).text();
        }
        t = t.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    /**
     * Adds the names in a byline or author field. {@code split} splits "A, B and C" (bylines and
     * meta tags list several people in one string; JSON-LD lists them as an array).
     */
    private static void addAuthor(List<String> authors, String raw, boolean split) {
        String s = clean(raw);
        if (s == null || s.length() > 200) {
            return;
        }
        s = BY.matcher(s).replaceFirst("");
        String[] names = split ? AUTHOR_SPLIT.split(s) : new String[] {s};
        for (String n : names) {
            String name = BY.matcher(n.strip()).replaceFirst("").strip();
            if (name.isEmpty() || name.length() > 80 || name.contains("://") || name.startsWith("www.")
                    || name.contains("@") || name.split("\\s+").length > 6 || !Character.isLetter(name.codePointAt(0))) {
                continue;
            }
            if (authors.stream().noneMatch(a -> a.equalsIgnoreCase(name)) && authors.size() < MAX_AUTHORS) {
                authors.add(name);
            }
        }
    }

    /** A URL usable as the article's address: absolute http(s) only. */
    private static String absolute(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        return u.startsWith("http://") || u.startsWith("https://") ? u : null;
    }

    /** A BCP 47 tag ("en_US" becomes "en-US"); null for anything that is not one. */
    static String normalizeLanguage(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().replace('_', '-');
        if (!v.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            return null;
        }
        String[] parts = v.split("-");
        StringBuilder b = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < parts.length; i++) {
            b.append('-').append(parts[i].length() == 2 ? parts[i].toUpperCase(Locale.ROOT) : parts[i]);
        }
        return b.toString();
    }
}
