package org.newsgraph.annotate;

/**
 * Converts UTF-16 indexes (Java's) into Unicode code point offsets (NIF's and Python's), in
 * constant time after one pass over the text.
 */
public final class CodePoints {

    private final String text;
    private final int[] before;

    public CodePoints(String text) {
        this.text = text;
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

    /** The UTF-16 index of code point offset {@code codePoint}; the inverse of {@link #offset}. */
    public int index(int codePoint) {
        int i = firstAtLeast(codePoint);
        // a low surrogate shares its count with its high one; the code point boundary is after it
        return i < text.length() && Character.isLowSurrogate(text.charAt(i)) ? i + 1 : i;
    }

    private int firstAtLeast(int codePoint) {
        int lo = 0;
        int hi = before.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (before[mid] < codePoint) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
