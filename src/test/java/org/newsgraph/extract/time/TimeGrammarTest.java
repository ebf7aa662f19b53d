package org.newsgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TimeGrammarTest {

    /** The look-behind groups of a compiled pattern, each from its "(?<=" or "(?<!" to its ")". */
    private static List<String> lookBehinds(String regex) {
        List<String> out = new ArrayList<>();
        for (int i = regex.indexOf("(?<"); i >= 0; i = regex.indexOf("(?<", i + 1)) {
            if (!regex.startsWith("(?<=", i) && !regex.startsWith("(?<!", i)) {
                continue;
            }
            int depth = 0;
            int j = i;
            boolean inClass = false;
            for (; j < regex.length(); j++) {
                char c = regex.charAt(j);
                if (c == '\\') {
                    j++;
                } else if (inClass) {
                    inClass = c != ']';
                } else if (c == '[') {
                    inClass = true;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    break;
                }
            }
            out.add(regex.substring(i, j + 1));
        }
        return out;
    }

    /** Whether a regex holds an unescaped + or * outside a character class. */
    private static boolean unbounded(String regex) {
        boolean inClass = false;
        for (int j = 0; j < regex.length(); j++) {
            char c = regex.charAt(j);
            if (c == '\\') {
                j++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '+' || c == '*') {
                return true;
            }
        }
        return false;
    }

    @Test
    void everyLookBehindIsBounded() {
        // Java tries a look-behind from every position its longest match may start at: an unbounded
        // one goes back to the start of the text at every position a pattern is tried
        int seen = 0;
        for (TimeGrammar.Rule rule : TimeGrammar.english().rules()) {
            for (String behind : lookBehinds(rule.pattern().pattern())) {
                seen++;
                assertFalse(unbounded(behind), rule.id() + ": " + behind);
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
