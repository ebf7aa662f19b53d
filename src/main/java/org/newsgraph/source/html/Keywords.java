package org.newsgraph.source.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds many keywords in a short lower-case string in one pass (a trie walked from every
 * position), each keyword contributing its flag bits. Class and id names are matched against
 * some hundred words per element, which as a regular-expression alternation dominated the
 * extraction time. A keyword may require a word boundary at its start ("^ad") or end ("ad$");
 * a boundary is the string's edge or any character other than a letter, digit or "_".
 */
final class Keywords {

    private static final int ALPHABET = 38; // a-z, 0-9, '-', '_'

    private final List<int[]> next = new ArrayList<>();
    /** Per node: flags of keywords ending here, split by their boundary needs. */
    private final List<int[]> flags = new ArrayList<>();

    Keywords() {
        newNode();
    }

    private int newNode() {
        next.add(new int[ALPHABET]);
        flags.add(new int[4]); // index: (needs start boundary ? 2 : 0) | (needs end boundary ? 1 : 0)
        return next.size() - 1;
    }

    private static int symbol(char c) {
        if (c >= 'a' && c <= 'z') {
            return c - 'a';
        }
        if (c >= '0' && c <= '9') {
            return 26 + c - '0';
        }
        return c == '-' ? 36 : c == '_' ? 37 : -1;
    }

    Keywords add(int bits, String... words) {
        for (String w : words) {
            boolean start = w.startsWith("^");
            boolean end = w.endsWith("$");
            String word = w.substring(start ? 1 : 0, w.length() - (end ? 1 : 0));
            int node = 0;
            for (int i = 0; i < word.length(); i++) {
                int s = symbol(word.charAt(i));
                if (s < 0) {
                    throw new IllegalArgumentException("keyword character out of range: " + w);
                }
                if (next.get(node)[s] == 0) {
                    int created = newNode();
                    next.get(node)[s] = created;
                }
                node = next.get(node)[s];
            }
            flags.get(node)[(start ? 2 : 0) | (end ? 1 : 0)] |= bits;
        }
        return this;
    }

    /** The union of the flags of every keyword found in {@code s} (already lower case). */
    int match(String s) {
        int out = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            boolean startBoundary = i == 0 || !isWordChar(s.charAt(i - 1));
            int node = 0;
            for (int j = i; j < n; j++) {
                int sym = symbol(s.charAt(j));
                if (sym < 0) {
                    break;
                }
                node = next.get(node)[sym];
                if (node == 0) {
                    break;
                }
                int[] f = flags.get(node);
                boolean endBoundary = j + 1 == n || !isWordChar(s.charAt(j + 1));
                out |= f[0];
                if (endBoundary) {
                    out |= f[1];
                }
                if (startBoundary) {
                    out |= f[2];
                    if (endBoundary) {
                        out |= f[3];
                    }
                }
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || Character.isLetterOrDigit(c);
    }
}
