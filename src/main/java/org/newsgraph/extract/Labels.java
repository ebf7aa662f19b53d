package org.newsgraph.extract;

/**
 * Names as labels: without control, zero-width and bidirectional formatting characters (which
 * make equal-looking names differ and can reorder what a reader sees), white space of any kind as
 * one space. The text itself keeps them, so offsets stay valid; only the name taken from it is
 * cleaned.
 */
public final class Labels {

    private Labels() {
    }

    /** {@code name} cleaned; the same instance when nothing needs cleaning (the common case). */
    public static String clean(String name) {
        if (isClean(name)) {
            return name;
        }
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            int next = i + Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else if (keep(name, i, c, next)) {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out.toString();
    }

    private static boolean isClean(String name) {
        boolean lastSpace = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                if (lastSpace) {
                    return false;
                }
                lastSpace = true;
                continue;
            }
            int type = Character.getType(c);
            if (c < ' ' || type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return false;
            }
            lastSpace = false;
        }
        return !lastSpace || name.isEmpty();
    }

    /**
     * Whether a character stays: not a control, lone surrogate or format character, except the
     * zero-width (non-)joiner between two letters of a script that joins letters (Persian, Arabic,
     * Indic), where it is spelling.
     */
    private static boolean keep(String s, int at, int c, int next) {
        int type = Character.getType(c);
        if (type == Character.CONTROL || type == Character.SURROGATE || type == Character.UNASSIGNED) {
            return false;
        }
        if (type != Character.FORMAT) {
            return true;
        }
        if ((c == 0x200C || c == 0x200D) && at > 0 && next < s.length()) {
            int before = s.codePointBefore(at);
            int after = s.codePointAt(next);
            return Character.isLetter(before) && Character.isLetter(after)
                    && Character.UnicodeScript.of(before) != Character.UnicodeScript.LATIN
                    && Character.UnicodeScript.of(before) == Character.UnicodeScript.of(after);
        }
        return false;
    }
}
