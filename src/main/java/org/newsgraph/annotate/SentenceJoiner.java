package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.lang.Lexicon;

/**
 * Undoes sentence breaks after abbreviations that the statistical detector takes for a full stop
 * ("Feb. | 28", "Gov. | Kristi Noem", "U.S. | officials"), from the lexicon
 * {@code lang/en/abbreviations.tsv}. A single capital initial between names ("John J. | Smith")
 * is joined too.
 */
final class SentenceJoiner {

    private enum Kind { TITLE, MONTH, INITIALISM, ABBREV }

    private final Map<String, Kind> abbreviations = new HashMap<>();
    private final Set<String> openers = new HashSet<>();

    SentenceJoiner(Lexicon lexicon) {
        for (String[] f : lexicon.table("abbreviations.tsv")) {
            if (f.length != 2) {
                throw new IllegalStateException("lang/en/abbreviations.tsv: expected word<TAB>kind: " + String.join("\t", f));
            }
            abbreviations.put(f[0], Kind.valueOf(f[1].toUpperCase(java.util.Locale.ROOT)));
        }
        openers.addAll(lexicon.words("sentence-openers"));
    }

    /** Sentence spans {begin, end} of {@code text} with wrong breaks removed. */
    List<int[]> join(String text, List<int[]> spans) {
        List<int[]> out = new ArrayList<>(spans.size());
        for (int[] s : spans) {
            int[] prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && continues(text, prev, s)) {
                prev[1] = s[1];
            } else {
                out.add(new int[] {s[0], s[1]});
            }
        }
        return out;
    }

    private boolean continues(String text, int[] prev, int[] next) {
        int end = prev[1];
        int wordStart = end;
        while (wordStart > prev[0] && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String last = text.substring(wordStart, end).replaceFirst("^[(\"'“‘\\[]+", "");
        if (!last.endsWith(".") || next[0] >= next[1]) {
            return false;
        }
        int wordEnd = next[0];
        while (wordEnd < next[1] && Character.isLetterOrDigit(text.charAt(wordEnd))) {
            wordEnd++;
        }
        String first = text.substring(next[0], wordEnd);
        char c = text.charAt(next[0]);
        Kind kind = abbreviations.get(last);
        if (kind == null) {
            return isInitial(last) && Character.isUpperCase(c) && !openers.contains(first) && previousIsName(text, prev[0], wordStart);
        }
        return switch (kind) {
            case TITLE -> Character.isUpperCase(c) || Character.isDigit(c);
            case MONTH -> Character.isDigit(c);
            case INITIALISM -> Character.isLowerCase(c) || Character.isDigit(c) || Character.isUpperCase(c) && !openers.contains(first);
            case ABBREV -> Character.isLowerCase(c) || Character.isDigit(c);
        };
    }

    private static boolean isInitial(String word) {
        return word.length() == 2 && Character.isUpperCase(word.charAt(0));
    }

    private static boolean previousIsName(String text, int from, int wordStart) {
        int i = wordStart - 1;
        while (i > from && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        int end = i + 1;
        while (i >= from && Character.isLetter(text.charAt(i))) {
            i--;
        }
        return end - (i + 1) >= 2 && Character.isUpperCase(text.charAt(i + 1));
    }
}
