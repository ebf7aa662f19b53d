package org.newsgraph.export;

/**
 * Text for XML 1.0 documents (GraphML, GEXF). XML 1.0 has no way to write most control
 * characters, not even as character references ({@code &#1;} makes a document ill-formed), so
 * they, lone surrogates and U+FFFE/U+FFFF are dropped; escaping is the XML writer's business.
 */
public final class XmlText {

    private XmlText() {
    }

    /** {@code s} without the characters XML 1.0 cannot hold; the same instance when it has none. */
    public static String legal(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            int n = Character.charCount(c);
            boolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
            if (!ok && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            } else if (ok && out != null) {
                out.appendCodePoint(c);
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }
}
