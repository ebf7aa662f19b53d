package org.newsgraph.source.html;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders element subtrees as paragraphs of text the way a browser lays them out: block
 * elements start a new paragraph, inline elements flow (so "foo&lt;b&gt;bar&lt;/b&gt;" stays one
 * word), white space collapses, {@code <br>} breaks a line and two of them a paragraph. The walk
 * is iterative (Jsoup's {@link NodeTraversor}), so deeply nested pages cannot overflow the stack.
 */
final class TextRenderer implements NodeFilter {

    /**
     * One paragraph of output.
     *
     * @param chars non-space characters
     * @param linkChars non-space characters inside links
     * @param owner the innermost block element holding the text
     */
    record Paragraph(String text, int chars, int linkChars, Element owner) {

        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }

        boolean isHeading() {
            return Blocks.HEADING.contains(owner.normalName());
        }
    }

    private final Predicate<Element> skip;
    private final List<Paragraph> out = new ArrayList<>();
    private final StringBuilder buf = new StringBuilder();
    private final Deque<Element> blocks = new ArrayDeque<>();
    private int linkDepth;
    private int chars;
    private int linkChars;
    private boolean pendingSpace;

    private TextRenderer(Predicate<Element> skip) {
        this.skip = skip;
    }

    /** The paragraphs under {@code root}, leaving out every subtree {@code skip} accepts. */
    static List<Paragraph> render(Element root, Predicate<Element> skip) {
        TextRenderer r = new TextRenderer(skip);
        r.blocks.push(root);
        NodeTraversor.filter(r, root);
        r.flush();
        return r.out;
    }

    /** Plain text of a subtree, paragraphs joined by a space (for scoring and metadata). */
    static String text(Element root) {
        StringBuilder b = new StringBuilder();
        for (Paragraph p : render(root, e -> false)) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(p.text);
        }
        return b.toString();
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        if (depth > 0 && skip.test(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String name = e.normalName();
        if (name.equals("br")) {
            lineBreak();
        } else if (name.equals("a")) {
            linkDepth++;
        } else if (name.equals("td") || name.equals("th")) {
            cell(); // a table row is one line of text, its cells separated by bars
        } else if (depth > 0 && Blocks.isBlock(e)) {
            flush();
            blocks.push(e);
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && depth > 0) {
            String name = e.normalName();
            if (name.equals("a")) {
                linkDepth--;
            } else if (Blocks.isBlock(e) && !name.equals("td") && !name.equals("th")) {
                flush();
                blocks.pop();
            }
        }
        return FilterResult.CONTINUE;
    }

    private void append(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u3000'
                    || c == '\u2009' || c == '\u202F' || c == '\u2002' || c == '\u2003') {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && !buf.isEmpty() && buf.charAt(buf.length() - 1) != '\n') {
                buf.append(' ');
            }
            pendingSpace = false;
            buf.append(c);
            chars++;
            if (linkDepth > 0) {
                linkChars++;
            }
        }
    }

    private void cell() {
        if (!buf.isEmpty() && buf.charAt(buf.length() - 1) != '\n') {
            buf.append(" | ");
            pendingSpace = false;
        }
    }

    private void lineBreak() {
        if (buf.isEmpty()) {
            return;
        }
        if (buf.charAt(buf.length() - 1) == '\n') {
            flush(); // two line breaks in a row separate paragraphs, as pages without <p> write them
        } else {
            buf.append('\n');
            pendingSpace = false;
        }
    }

    private void flush() {
        String text = buf.toString().strip();
        if (!text.isEmpty()) {
            out.add(new Paragraph(text, chars, linkChars, blocks.peek()));
        }
        buf.setLength(0);
        chars = 0;
        linkChars = 0;
        pendingSpace = false;
    }
}
