package org.newsgraph.source.html;

import java.util.Locale;
import java.util.Set;

/**
 * Estimates how deeply a page's elements nest, from its markup, before it is parsed. Real pages
 * nest some tens of levels; tens of thousands (a generated or hostile page) make HTML tree
 * building quadratic, so such a page is refused up front instead of taking minutes.
 */
public final class NestingGuard {

    /** Elements that never hold others, or that the parser closes by itself when the next one opens. */
    private static final Set<String> NOT_NESTING = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
            "track", "wbr", "keygen", "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt",
            "rp", "thead", "tbody", "tfoot", "colgroup", "html", "head", "body", "image", "frame", "basefont", "bgsound",
            "a", "nobr");
    /** Elements whose content is raw text: markup inside them is not markup. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title", "xmp", "plaintext", "noembed", "noframes");

    private NestingGuard() {
    }

    /** The deepest nesting of elements the markup opens (an estimate: implied end tags are guessed). */
    public static int maxDepth(String html) {
        int depth = 0;
        int max = 0;
        int n = html.length();
        int i = html.indexOf('<');
        while (i >= 0 && i < n - 1) {
            char c = html.charAt(i + 1);
            if (c == '!') {
                int end = html.startsWith("<!--", i) ? html.indexOf("-->", i + 4) : html.indexOf('>', i + 2);
                i = end < 0 ? -1 : html.indexOf('<', end + 1);
                continue;
            }
            boolean closing = c == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int nameEnd = nameStart;
            while (nameEnd < n && isNameChar(html.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == nameStart) {
                i = html.indexOf('<', i + 1);
                continue;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            int tagEnd = html.indexOf('>', nameEnd);
            if (tagEnd < 0) {
                break;
            }
            if (closing) {
                if (!NOT_NESTING.contains(name) && depth > 0) {
                    depth--;
                }
            } else if (RAW_TEXT.contains(name)) {
                int close = indexOfIgnoreCase(html, "</" + name, tagEnd + 1);
                if (close < 0) {
                    break;
                }
                tagEnd = close;
            } else if (!NOT_NESTING.contains(name) && html.charAt(tagEnd - 1) != '/') {
                max = Math.max(max, ++depth);
            }
            i = html.indexOf('<', tagEnd + 1);
        }
        return max;
    }

    private static boolean isNameChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
