package org.newsgraph.source.html;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Tag classes the content extractor reasons with. */
final class Blocks {

    /** Elements that start a new line of text (the rest flow inline). */
    static final Set<String> BLOCK = Set.of(
            "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir",
            "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
            "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p",
            "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "ul",
            "noscript", "output", "search");

    /** Elements that hold no article text at all: dropped before anything else. */
    static final Set<String> JUNK = Set.of(
            "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed",
            "video", "audio", "source", "track", "map", "input", "select", "option", "optgroup", "button",
            "textarea", "datalist", "link", "meta", "base", "head", "title", "dialog", "frameset", "frame",
            "nav", "aside", "footer", "menu", "label");

    /** ARIA landmark roles of page furniture. */
    static final Set<String> JUNK_ROLES = Set.of(
            "navigation", "banner", "contentinfo", "complementary", "menu", "menubar", "dialog", "alertdialog",
            "search", "toolbar", "tablist", "alert", "tooltip");

    static final Set<String> HEADING = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Units of text that readability scores as paragraphs. */
    static final Set<String> SCORED = Set.of("p", "pre", "td", "h2", "h3", "h4", "h5", "h6", "section");

    private Blocks() {
    }

    static boolean isBlock(Element e) {
        return BLOCK.contains(e.normalName());
    }

    /** Readability's starting score of a candidate container, by tag. */
    static int tagBase(Element e) {
        return switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
    }
}
