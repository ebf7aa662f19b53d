package org.newsgraph.annotate;

/**
 * Converts UTF-16 indexes (Java's) into Unicode code point offsets (NIF's and Python's), in
 * constant time after one pass over the text.
 */
public final class CodePoints {

    private final int[] before;

    public CodePoints(String text) {
        before = new int[text.length() + 1];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            before[i] = count;
            if (!Character.isLowSurrogate(text.charAt(i))) {
                count++;
            }
        }
        before[text.length()] = count;
    }

    /** The number of code points before UTF-16 index {@code index}. */
    public int offset(int index) {
        return before[index];
    }
}
