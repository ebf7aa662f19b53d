package org.newsgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class FirstCharsTest {

    private static String firsts(String regex) {
        FirstChars f = FirstChars.of(regex);
        StringBuilder out = new StringBuilder();
        for (char c = ' '; c < 127; c++) {
            if (f.contains(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Test
    void optionalPiecesLookaroundsAndQuotesAddTheirFollowers() {
        assertEquals("0123456789Tt", firsts("(?<![\\p{L}])(?:the )?\\d+(?=x)"));
        assertEquals("FJfj", firsts("\\Qjan.\\E|\\Qfeb\\E\\s+x"));
        assertEquals("'012345", firsts("'?[0-5]x{0,3}y"));
        assertEquals("AYay", firsts("(?<=\\bquarter\\b[^.;]{0,150})(?:a year|year-(?:ago))"));
        assertEquals("Mm", firsts("(?-i:M)(?<m>x)?"));
    }

    @Test
    void whatItCannotReadCanStartWithAnything() {
        assertEquals(95, firsts("[^a]b").length());
        assertEquals(95, firsts(".x").length());
        assertEquals(95, firsts("\\wx").length());
        assertTrue(FirstChars.of("abc").contains('é'), "every non-ASCII character may fold to a letter");
        assertFalse(FirstChars.of("abc").contains('b'));
    }

    /** Where a grammar pattern matches in the case sentences, its first character is one the analysis allows. */
    @Test
    void everyGrammarMatchStartsWithAnAllowedCharacter() {
        List<String> misses = new ArrayList<>();
        int matches = 0;
        for (String[] c : TimeGrammar.rows("cases.tsv")) {
            String sentence = c[1].replace("[", "").replace("]", "");
            for (TimeGrammar.Rule rule : TimeGrammar.english().rules()) {
                Matcher m = rule.pattern().matcher(sentence);
                while (m.find()) {
                    matches++;
                    if (!rule.first().contains(sentence.charAt(m.start())) || !TimeGrammar.mayStartAt(sentence, m.start())) {
                        misses.add(rule.id() + ": " + m.group());
                    }
                }
            }
        }
        assertTrue(matches > 100, "the cases exercise the grammar");
        assertEquals(List.of(), misses);
    }
}
