package org.newsgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimeGrammarTest {

    /**
     * A regex with every escaped character and every character class's contents blanked, same length: what is left
     * is its structure (groups and quantifiers).
     */
    private static String structure(String regex) {
        char[] out = regex.toCharArray();
        for (int j = 0; j < out.length; j++) {
            if (out[j] == '\\') {
                out[j] = out[j + 1] = '_';
                j++;
            } else if (out[j] == '[') {
                int close = FirstChars.classEnd(regex, j);
                assertTrue(close > j, "unclosed class in " + regex);
                Arrays.fill(out, j + 1, close, '_');
                j = close;
            }
        }
        return new String(out);
    }

    /** A look-behind group of a compiled pattern, from its "(?<=" or "(?<!" to its ")", with its structure. */
    private record Behind(String text, String structure) {
        boolean unbounded() {
            return structure.contains("+") || structure.contains("*");
        }
    }

    private static List<Behind> lookBehinds(String regex) {
        String plain = structure(regex);
        List<Behind> out = new ArrayList<>();
        for (int i = plain.indexOf("(?<"); i >= 0; i = plain.indexOf("(?<", i + 1)) {
            if (!plain.startsWith("(?<=", i) && !plain.startsWith("(?<!", i)) {
                continue;
            }
            int depth = 0;
            int j = i;
            for (; j < plain.length(); j++) {
                if (plain.charAt(j) == '(') {
                    depth++;
                } else if (plain.charAt(j) == ')' && --depth == 0) {
                    break;
                }
            }
            out.add(new Behind(regex.substring(i, j + 1), plain.substring(i, j + 1)));
        }
        return out;
    }

    @Test
    void everyLookBehindIsBounded() {
        // Java tries a look-behind from every position its longest match may start at: an unbounded
        // one goes back to the start of the text at every position a pattern is tried
        int seen = 0;
        for (TimeGrammar.Rule rule : TimeGrammar.english().rules()) {
            for (Behind behind : lookBehinds(rule.pattern().pattern())) {
                seen++;
                assertFalse(behind.unbounded(), rule.id() + ": " + behind.text());
            }
        }
        assertTrue(seen >= TimeGrammar.english().rules().size(), "every pattern opens with a look-behind: " + seen);
    }

    @Test
    void aSpaceInALookBehindStandsForAShortRunOfWhitespace() {
        Pattern season = TimeGrammar.english().rules().stream().filter(r -> r.id().equals("the-season")).findFirst()
                .orElseThrow().pattern();
        assertTrue(season.matcher("in  \n summer").useTransparentBounds(true).region(6, 12).lookingAt());
        String far = "in" + " ".repeat(TimeGrammar.BEHIND_SPACE + 1) + "summer";
        int at = far.indexOf('s');
        assertFalse(season.matcher(far).useTransparentBounds(true).region(at, far.length()).lookingAt());
    }

    @Test
    void aSpaceInACharacterClassIsOneWhitespaceCharacter() {
        TimeGrammar.Rule rule = TimeGrammar.english().rules().stream().filter(r -> r.pattern().pattern().contains("[\\s-]"))
                .findFirst().orElseThrow();
        assertFalse(rule.pattern().pattern().contains("[\\s+-]"), rule.id());
        assertEquals(-1, rule.pattern().pattern().indexOf("[ -]"), rule.id());
    }
}
