package org.newsgraph.source.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.newsgraph.source.html.TextRenderer.Paragraph;

/**
 * Finds the article in a page and renders its text, paragraphs separated by blank lines.
 *
 * <p>The container is chosen as Mozilla Readability does: every paragraph scores by its length
 * and commas, the score flows to its parent and more weakly to further ancestors, containers
 * are weighed by their tag and by what their class and id say, and discounted by their link
 * density; the best one, with the siblings that score well next to it, is the article. Inside
 * it, blocks that are furniture rather than text (share bars, related-article lists, captions,
 * bylines, link lists, forms) are left out, by their names and by their link and text density.
 * When that leaves too little text, the extraction is repeated with fewer of those filters, as
 * Readability does, and the longest result wins, because short articles exist but a filter
 * that ate the article is the likelier explanation.
 *
 * <p>Everything is decided on marks beside the Jsoup tree, never by editing it, and every walk
 * is iterative, so hostile nesting depth cannot overflow the stack.
 */
public final class MainContentExtractor {

    /** Paragraphs with at least this share of their text in links are navigation, not text. */
    static final double LINK_PARAGRAPH = 0.8;

    /** Below this many characters an extraction is retried with fewer filters. */
    static final int MIN_TEXT = 500;

    private static final int STRIP_UNLIKELY = 1;
    private static final int WEIGHT_CLASSES = 2;
    private static final int CLEAN_CONDITIONALLY = 4;
    private static final int[] ATTEMPTS = {
        STRIP_UNLIKELY | WEIGHT_CLASSES | CLEAN_CONDITIONALLY,
        WEIGHT_CLASSES | CLEAN_CONDITIONALLY,
        CLEAN_CONDITIONALLY,
        0,
    };

    private static final Pattern AD_WORDS = Pattern.compile(
            "(?iu)^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|sponsored( content)?)$");
    private static final Pattern LOADING_WORDS = Pattern.compile(
            "(?iu)^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$");
    /** A numeric date or a clock time: "05/10/2018", "2019-11-19", "10:43", "0:13". */
    private static final Pattern DATE_LINE = Pattern.compile(
            "\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}\\b"
                    + "|\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}, \\d{4}\\b");
    private static final Pattern BYLINE = Pattern.compile("(?iu)^(by|von|par|por|di|door|av|af|przez|от)\\s+\\p{Lu}");
    private static final Pattern COMMENTS = Pattern.compile("(?iu)(\\d+\\s+)?(comments?|kommentare|commentaires|comentários|comentarios|commenti)(\\s*\\(\\d+\\))?");
    private static final Pattern LABEL = Pattern.compile("^[^:.!?]{1,25}:\\s");
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");

    /**
     * The article text of a parsed page.
     *
     * @param headline the headline found in the metadata, left out of the body; may be null
     */
    public String extract(Document doc, String headline) {
        return extract(doc, headline, null, List.of());
    }

    /**
     * The article text of a parsed page.
     *
     * @param headline the headline found in the metadata, left out of the body; may be null
     * @param description the page's summary (meta description); a standfirst repeating it above
     *     the text is left out; may be null
     * @param authors the article's authors, whose byline is left out
     */
    public String extract(Document doc, String headline, String description, List<String> authors) {
        Element body = doc.body();
        if (body == null) {
            return "";
        }
        Set<Element> junk = junk(body);
        Cues cues = new Cues();
        String best = "";
        for (int flags : ATTEMPTS) {
            String text = new Attempt(body, junk, flags, headline, description, authors, cues).run();
            if (text.length() >= MIN_TEXT) {
                return text;
            }
            if (text.length() > best.length()) {
                best = text;
            }
        }
        return best;
    }

    /** Elements that never hold article text: scripts, forms controls, page navigation, hidden parts. */
    static Set<Element> junk(Element body) {
        Set<Element> junk = Collections.newSetFromMap(new HashMap<>());
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && depth > 0 && isJunk(e)) {
                    junk.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return node instanceof Element ? FilterResult.CONTINUE : FilterResult.SKIP_ENTIRELY;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return junk;
    }

    private static boolean isJunk(Element e) {
        String name = e.normalName();
        if (Blocks.JUNK.contains(name)) {
            return true;
        }
        if (e.hasAttr("hidden")) {
            return true;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && Blocks.JUNK_ROLES.contains(role.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
            return s.contains("display:none") || s.contains("visibility:hidden");
        }
        return false;
    }

    /** Per-element measures, summed over the subtree (dropped parts excluded). */
    static final class Stats {
        int chars;
        int linkChars;
        int commas;
        int headingChars;
        int ownChars;
        int ownCommas;
        int paragraphs;
        int images;
        int listItems;
        int links;
        int tables;
        int rows;
        int cells;
        int headerCells;
        int elements;
        int inputs;
        int embeds;
        boolean hasBlock;
        boolean candidate;
        double score;
    }

    /** One extraction with a given set of filters. */
    private static final class Attempt {
        private final Element body;
        private final Set<Element> dropped;
        private final int flags;
        private final String headline;
        private final Map<Element, Stats> stats = new HashMap<>();
        private final List<Element> order = new ArrayList<>();
        private final List<Element> candidates = new ArrayList<>();

        private final Cues cues;

        private final String description;

        private final List<String> authors;

        Attempt(Element body, Set<Element> junk, int flags, String headline, String description,
                List<String> authors, Cues cues) {
            this.body = body;
            this.authors = authors;
            this.description = description;
            this.cues = cues;
            this.flags = flags;
            this.headline = headline;
            this.dropped = Collections.newSetFromMap(new HashMap<>());
            this.dropped.addAll(junk);
        }

        String run() {
            if ((flags & STRIP_UNLIKELY) != 0) {
                stripUnlikely();
            }
            measure();
            scoreParagraphs();
            Element top = topCandidate();
            List<Element> roots = top == null ? List.of(body) : withSiblings(top);
            List<Paragraph> paragraphs = new ArrayList<>();
            Set<Element> rootSet = new HashSet<>(roots);
            int total = 0;
            for (Element r : roots) {
                Stats s = stats.get(r);
                total += s == null ? 0 : s.chars;
            }
            final int rootChars = total;
            for (Element root : roots) {
                paragraphs.addAll(TextRenderer.render(root, e -> !rootSet.contains(e) && skip(e, rootChars)));
            }
            return join(filter(paragraphs));
        }

        // ------------------------------------------------------------ pruning and measuring

        /** Readability's "unlikely candidates": boilerplate by name, unless it holds most of the page. */
        private void stripUnlikely() {
            List<Element> unlikely = new ArrayList<>();
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (!(node instanceof Element e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (dropped.contains(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    String name = e.normalName();
                    if (depth > 0 && !name.equals("a") && !name.equals("body") && !name.startsWith("t")
                            && !name.equals("code") && !name.equals("pre") && cues.isUnlikely(e)) {
                        unlikely.add(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    return FilterResult.CONTINUE;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    return FilterResult.CONTINUE;
                }
            }, body);
            dropped.addAll(unlikely);
        }

        private void measure() {
            Deque<Element> blocks = new ArrayDeque<>();
            Deque<Element> blockOwners = new ArrayDeque<>();
            int[] linkDepth = {0};
            int[] headingDepth = {0};
            NodeTraversor.filter(new NodeFilter() {
                @Override
                public FilterResult head(Node node, int depth) {
                    if (node instanceof TextNode t) {
                        count(t.getWholeText());
                        return FilterResult.CONTINUE;
                    }
                    if (!(node instanceof Element e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (dropped.contains(e)) {
                        Element parent = blocks.peek();
                        String n = e.normalName();
                        if (parent != null && (n.equals("input") || n.equals("select") || n.equals("textarea") || n.equals("button"))) {
                            stats.get(parent).inputs++;
                        } else if (parent != null && (n.equals("iframe") || n.equals("object") || n.equals("embed"))) {
                            stats.get(parent).embeds++;
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    stats.put(e, new Stats());
                    order.add(e);
                    String n = e.normalName();
                    if (n.equals("a")) {
                        linkDepth[0]++;
                    } else if (Blocks.HEADING.contains(n)) {
                        headingDepth[0]++;
                    }
                    blocks.push(e);
                    if (Blocks.isBlock(e) || blockOwners.isEmpty()) {
                        blockOwners.push(e);
                    }
                    return FilterResult.CONTINUE;
                }

                private void count(String text) {
                    Element owner = blocks.peek();
                    if (owner == null) {
                        return;
                    }
                    int chars = 0;
                    int commas = 0;
                    for (int i = 0; i < text.length(); i++) {
                        char c = text.charAt(i);
                        if (!Character.isWhitespace(c) && c != '\u00A0') {
                            chars++;
                            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                                commas++;
                            }
                        }
                    }
                    Stats s = stats.get(owner);
                    s.chars += chars;
                    s.commas += commas;
                    if (linkDepth[0] > 0) {
                        s.linkChars += chars;
                    }
                    if (headingDepth[0] > 0) {
                        s.headingChars += chars;
                    }
                    // text whose nearest block ancestor is this element: an unwrapped paragraph
                    Stats bs = stats.get(blockOwners.peek());
                    bs.ownChars += chars;
                    bs.ownCommas += commas;
                }

                @Override
                public FilterResult tail(Node node, int depth) {
                    if (!(node instanceof Element e)) {
                        return FilterResult.CONTINUE;
                    }
                    blocks.pop();
                    if (blockOwners.peek() == e) {
                        blockOwners.pop();
                    }
                    String n = e.normalName();
                    if (n.equals("a")) {
                        linkDepth[0]--;
                    } else if (Blocks.HEADING.contains(n)) {
                        headingDepth[0]--;
                    }
                    Element parent = blocks.peek();
                    if (parent != null) {
                        Stats s = stats.get(e);
                        Stats p = stats.get(parent);
                        p.chars += s.chars;
                        p.linkChars += s.linkChars;
                        p.commas += s.commas;
                        p.headingChars += s.headingChars;
                        p.paragraphs += s.paragraphs + (n.equals("p") ? 1 : 0);
                        p.images += s.images + (n.equals("img") ? 1 : 0);
                        p.listItems += s.listItems + (n.equals("li") ? 1 : 0);
                        p.links += s.links + (n.equals("a") ? 1 : 0);
                        p.elements += s.elements + 1;
                        p.tables += s.tables + (n.equals("table") ? 1 : 0);
                        p.rows += s.rows + (n.equals("tr") ? 1 : 0);
                        p.cells += s.cells + (n.equals("td") || n.equals("th") ? 1 : 0);
                        p.headerCells += s.headerCells + (n.equals("th") || n.equals("thead") || n.equals("caption") ? 1 : 0);
                        p.inputs += s.inputs;
                        p.embeds += s.embeds;
                        p.hasBlock |= s.hasBlock || Blocks.isBlock(e);
                    }
                    return FilterResult.CONTINUE;
                }
            }, body);
        }

        // ------------------------------------------------------------ choosing the container

        private void scoreParagraphs() {
            for (Element e : order) {
                Stats s = stats.get(e);
                String n = e.normalName();
                Element start;
                int chars;
                int commas;
                if (Blocks.SCORED.contains(n) && !n.equals("section")) {
                    start = e.parent();
                    chars = s.chars;
                    commas = s.commas;
                } else if (isDivLike(n) && s.ownChars >= 25) {
                    // a div of bare text is a paragraph; bare text beside blocks is one inside the div
                    start = s.hasBlock ? e : e.parent();
                    chars = s.ownChars;
                    commas = s.ownCommas;
                } else {
                    continue;
                }
                if (chars < 25 || start == null) {
                    continue;
                }
                double score = 1 + commas + Math.min(chars / 100, 3);
                Element a = start;
                for (int level = 0; level < 5 && a != null && a.parent() != null && stats.containsKey(a); level++) {
                    Stats as = stats.get(a);
                    if (!as.candidate) {
                        as.candidate = true;
                        as.score = Blocks.tagBase(a) + ((flags & WEIGHT_CLASSES) != 0 ? cues.weight(a) : 0);
                        candidates.add(a);
                    }
                    as.score += score / (level == 0 ? 1 : level == 1 ? 2 : level * 3);
                    a = a.parent();
                }
            }
            for (Element c : candidates) {
                Stats s = stats.get(c);
                s.score *= 1 - linkDensity(s);
            }
        }

        private static boolean isDivLike(String n) {
            return n.equals("div") || n.equals("article") || n.equals("section") || n.equals("main")
                    || n.equals("center") || n.equals("blockquote") || n.equals("font");
        }

        private Element topCandidate() {
            if (candidates.isEmpty()) {
                return null;
            }
            List<Element> sorted = new ArrayList<>(candidates);
            sorted.sort((a, b) -> Double.compare(stats.get(b).score, stats.get(a).score));
            Element top = sorted.get(0);
            double topScore = stats.get(top).score;
            if (top == body) {
                return body;
            }
            // several near-best candidates under one ancestor: the article is split, take the ancestor
            List<Set<Element>> alternatives = new ArrayList<>();
            for (int i = 1; i < Math.min(5, sorted.size()); i++) {
                if (stats.get(sorted.get(i)).score / topScore >= 0.75) {
                    alternatives.add(ancestors(sorted.get(i)));
                }
            }
            if (alternatives.size() >= 3) {
                for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                    int containing = 0;
                    for (Set<Element> anc : alternatives) {
                        if (anc.contains(p)) {
                            containing++;
                        }
                    }
                    if (containing >= 3) {
                        top = p;
                        break;
                    }
                }
            }
            Stats ts = stats.get(top);
            if (!ts.candidate) {
                ts.candidate = true;
                ts.score = Blocks.tagBase(top) + ((flags & WEIGHT_CLASSES) != 0 ? cues.weight(top) : 0);
            }
            double lastScore = ts.score;
            double threshold = lastScore / 3;
            for (Element p = top.parent(); p != null && p != body; p = p.parent()) {
                Stats ps = stats.get(p);
                if (ps == null || !ps.candidate) {
                    continue;
                }
                if (ps.score < threshold) {
                    break;
                }
                if (ps.score > lastScore) {
                    top = p;
                    break;
                }
                lastScore = ps.score;
            }
            for (Element p = top.parent(); p != null && p != body && liveChildren(p).size() == 1; p = p.parent()) {
                top = p;
            }
            return top;
        }

        private Set<Element> ancestors(Element e) {
            Set<Element> out = new HashSet<>();
            for (Element p = e.parent(); p != null; p = p.parent()) {
                out.add(p);
            }
            return out;
        }

        private List<Element> liveChildren(Element e) {
            List<Element> out = new ArrayList<>();
            for (Element c : e.children()) {
                if (!dropped.contains(c)) {
                    out.add(c);
                }
            }
            return out;
        }

        /** The top candidate with the siblings that belong to the article too. */
        private List<Element> withSiblings(Element top) {
            if (top == body || top.parent() == null) {
                return List.of(top);
            }
            Stats ts = stats.get(top);
            double threshold = Math.max(10, ts.score * 0.2);
            List<Element> out = new ArrayList<>();
            for (Element sibling : liveChildren(top.parent())) {
                if (sibling == top) {
                    out.add(sibling);
                    continue;
                }
                Stats s = stats.get(sibling);
                if (s == null) {
                    continue;
                }
                double bonus = !top.className().isEmpty() && sibling.className().equals(top.className()) ? ts.score * 0.2 : 0;
                if (s.candidate && s.score + bonus >= threshold) {
                    out.add(sibling);
                } else if (sibling.normalName().equals("p")) {
                    double ld = linkDensity(s);
                    if (s.chars > 80 && ld < 0.25) {
                        out.add(sibling);
                    } else if (s.chars < 80 && s.chars > 0 && ld == 0
                            && SENTENCE_END.matcher(TextRenderer.text(sibling)).find()) {
                        out.add(sibling);
                    }
                }
            }
            return out;
        }

        // ------------------------------------------------------------ cleaning inside the article

        private boolean skip(Element e, int rootChars) {
            if (dropped.contains(e)) {
                return true;
            }
            String n = e.normalName();
            if (n.equals("figure") || n.equals("figcaption")) {
                return true;
            }
            Stats s = stats.get(e);
            if (s == null) {
                return true;
            }
            if (cues.isEmbed(e)) {
                return false; // a quoted post: links and all, it is what the article quotes
            }
            if (cues.isCut(e) && !(s.chars * 2 > rootChars && linkDensity(s) < 0.5)) {
                return true;
            }
            if ((flags & WEIGHT_CLASSES) != 0 && (n.equals("h1") || n.equals("h2")) && cues.weight(e) < 0) {
                return true;
            }
            if ((flags & CLEAN_CONDITIONALLY) != 0 && (n.equals("div") || n.equals("section") || n.equals("ul")
                    || n.equals("ol") || n.equals("table") || n.equals("form") || n.equals("fieldset")
                    || n.equals("header") || n.equals("dl"))) {
                return cleanConditionally(e, s, n);
            }
            return false;
        }

        /** Readability's conditional cleaning: containers that look like lists of links, forms, or ads. */
        private boolean cleanConditionally(Element e, Stats s, String n) {
            if (n.equals("table") && isDataTable(e, s)) {
                return false;
            }
            int weight = (flags & WEIGHT_CLASSES) != 0 ? cues.weight(e) : 0;
            if (weight < 0) {
                return true;
            }
            if (s.commas >= 10) {
                return false;
            }
            boolean isList = n.equals("ul") || n.equals("ol");
            int p = s.paragraphs;
            int img = s.images;
            int li = s.listItems - 100;
            double headingDensity = s.chars == 0 ? 0 : (double) s.headingChars / s.chars;
            double ld = linkDensity(s);
            if (s.chars < 25 && s.elements < 10) {
                String text = TextRenderer.text(e);
                if (AD_WORDS.matcher(text).matches() || LOADING_WORDS.matcher(text).matches()) {
                    return true;
                }
            }
            return (img > 1 && (double) p / img < 0.5)
                    || (!isList && li > p)
                    || (s.inputs > p / 3)
                    || (!isList && headingDensity < 0.9 && s.chars < 25 && (img == 0 || img > 2))
                    // Readability drops at 0.2, which loses a paragraph with two links in a wrapper of its
                    // own; link lists have little text besides their links
                    || (!isList && weight < 25 && ld > 0.2 && (ld > 0.5 || s.chars - s.linkChars < 100 && s.links > 1))
                    || (weight >= 25 && ld > 0.5)
                    || (s.embeds == 1 && s.chars < 75) || s.embeds > 1;
        }

        /** Readability's test for a table of data rather than of layout, from the subtree counts. */
        private boolean isDataTable(Element table, Stats s) {
            if ("presentation".equals(table.attr("role"))) {
                return false;
            }
            if (s.headerCells > 0) {
                return true;
            }
            if (s.tables > 0) {
                return false;
            }
            int rows = s.rows;
            int cols = rows == 0 ? 0 : (s.cells + rows - 1) / rows;
            return rows >= 10 || cols > 4 || rows * cols > 10;
        }

        private List<Paragraph> filter(List<Paragraph> in) {
            List<Paragraph> out = new ArrayList<>(in.size());
            boolean[] links = new boolean[in.size()];
            for (int i = 0; i < in.size(); i++) {
                Paragraph p = in.get(i);
                // a paragraph that is (nearly) all link is a pointer to another page: "Read more: ...", related lists
                links[i] = (p.linkDensity() >= LINK_PARAGRAPH || labelledLink(p)) && p.chars() < 300 && !inEmbed(p.owner());
            }
            for (int i = 0; i < in.size(); i++) {
                Paragraph p = in.get(i);
                if (links[i] || AD_WORDS.matcher(p.text()).matches() || LOADING_WORDS.matcher(p.text()).matches()) {
                    continue;
                }
                if (i + 1 < in.size() && links[i + 1] && isLabel(p, i + 2 < in.size() && links[i + 2])) {
                    continue; // "You may also like...", "Related:" above a list of links
                }
                if (headline != null && (p.owner().normalName().equals("h1") || out.isEmpty())
                        && sameText(p.text(), headline)) {
                    continue;
                }
                if (out.size() < 2 && description != null && sameText(p.text(), description) && i + 1 < in.size()
                        && !sameFlow(p, in.get(i + 1))) {
                    continue; // a standfirst repeating the summary, set apart from the text below it
                }
                out.add(p);
            }
            // bylines and datelines sit at the edges of the text
            for (int pass = 0; pass < 2; pass++) {
                for (int k = 0; k < 3 && !out.isEmpty(); k++) {
                    int i = pass == 0 ? 0 : out.size() - 1;
                    if (!isFurniture(out.get(i).text())) {
                        break;
                    }
                    out.remove(i);
                }
            }
            return out;
        }

        /** A byline, a date line or a comment-count line: short, no sentence, names an author or a date. */
        private boolean isFurniture(String t) {
            if (t.length() > 120 || t.endsWith(".") && !t.endsWith("..")) {
                return false;
            }
            if (DATE_LINE.matcher(t).find() && t.length() <= 100 || BYLINE.matcher(t).find()
                    || COMMENTS.matcher(t).matches()) {
                return true;
            }
            for (String a : authors) {
                if (a.length() > 3 && t.contains(a) && t.length() < a.length() + 60) {
                    return true;
                }
            }
            return false;
        }

        private boolean inEmbed(Element e) {
            Element x = e;
            for (int i = 0; i < 6 && x != null && x != body; i++, x = x.parent()) {
                if (cues.isEmbed(x)) {
                    return true;
                }
            }
            return false;
        }

        private static double linkDensity(Stats s) {
            return s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
        }
    }

    /** "Read more: a link", "Related: a link": a label and a link, nothing else. */
    private static boolean labelledLink(Paragraph p) {
        return p.linkDensity() >= 0.5 && p.chars() - p.linkChars() <= 25 && LABEL.matcher(p.text()).find();
    }

    /** A short line introducing what follows rather than saying anything itself. */
    private static boolean isLabel(Paragraph p, boolean aListFollows) {
        String t = p.text();
        if (t.length() > 100) {
            return false;
        }
        return t.endsWith(":") || t.endsWith("...") || t.endsWith("…") || aListFollows && t.length() <= 60 && !t.endsWith(".");
    }

    /** Two paragraphs of the same run of text: same kind of element in the same kind of wrapper. */
    private static boolean sameFlow(Paragraph a, Paragraph b) {
        Element x = a.owner();
        Element y = b.owner();
        if (x == y || x.parent() == y.parent()) {
            return true;
        }
        Element px = x.parent();
        Element py = y.parent();
        return x.normalName().equals(y.normalName()) && x.className().equals(y.className())
                && px != null && py != null && px.normalName().equals(py.normalName())
                && px.className().equals(py.className());
    }

    static boolean sameText(String a, String b) {
        return normalize(a).equals(normalize(b));
    }

    private static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static String join(List<Paragraph> paragraphs) {
        StringBuilder b = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (!b.isEmpty()) {
                b.append("\n\n");
            }
            b.append(p.text());
        }
        return b.toString();
    }
}
