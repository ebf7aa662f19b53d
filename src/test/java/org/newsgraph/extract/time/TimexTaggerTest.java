package org.newsgraph.extract.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.TimeExpression;
import org.newsgraph.extract.TimeValue;

class TimexTaggerTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 6, 29); // a Thursday
    private static final TimexTagger TAGGER = new TimexTagger();

    private static List<Timex> tag(String sentence, LocalDate published) {
        List<Timex> out = new ArrayList<>();
        TAGGER.tag(sentence, 0, sentence.length(), published, out);
        return out;
    }

    private static TimeExpression one(String sentence) {
        List<Timex> all = tag(sentence, PUBLISHED);
        assertEquals(1, all.size(), all.toString());
        return TimeExpression.of(all.get(0), 0);
    }

    /** Every line of cases.tsv, and every grammar line matched by one of them. */
    @Test
    void casesCoverTheGrammar() {
        Set<String> used = new HashSet<>();
        List<String> failures = new ArrayList<>();
        for (String[] c : TimeGrammar.rows("cases.tsv")) {
            String marked = c[1];
            int b = marked.indexOf('[');
            int e = marked.indexOf(']') - 1;
            String sentence = marked.replace("[", "").replace("]", "");
            Timex hit = tag(sentence, LocalDate.parse(c[0])).stream()
                    .filter(t -> t.begin() == b && t.end() == e).findFirst().orElse(null);
            if (hit == null) {
                failures.add(marked + ": not found in " + tag(sentence, LocalDate.parse(c[0])));
            } else if (!hit.type().name().equals(c[2]) || !c[3].equals(hit.value())) {
                failures.add(marked + ": " + hit.type() + " " + hit.value() + " (" + hit.rule() + "), expected " + c[2] + " " + c[3]);
            } else {
                used.add(hit.rule());
            }
        }
        assertEquals(List.of(), failures);
        List<String> unused = TimeGrammar.english().rules().stream().map(TimeGrammar.Rule::id)
                .filter(id -> !used.contains(id)).toList();
        assertEquals(List.of(), unused, "grammar lines without a case");
    }

    @Test
    void weekdayWithPartOfDayIsOneExpressionStartingThatDay() {
        TimeExpression t = one("Forces were deployed on Thursday morning.");
        assertEquals("Thursday morning", t.text());
        assertEquals(new TimeValue("2023-06-29", TimeValue.Precision.DAY), t.start());
    }

    @Test
    void spansPeriodsAndOpenSpans() {
        TimeExpression span = one("They fought during the 1980-88 war.");
        assertEquals("1980", span.start().lexical());
        assertEquals("1988", span.until().lexical());
        TimeExpression since = one("It has hosted them since 2016.");
        assertEquals(new TimeValue("2016", TimeValue.Precision.YEAR), since.start());
        assertTrue(since.ongoing());
        TimeExpression week = one("Talks resumed this week in Geneva.");
        assertEquals("2023-06-26", week.start().lexical());
        assertEquals("2023-07-02", week.until().lexical());
        TimeExpression quarter = one("Sales rose in the second quarter.");
        assertEquals("2023-04", quarter.start().lexical());
        assertEquals("2023-06", quarter.until().lexical());
        TimeExpression decade = one("Prices doubled in the 1990s.");
        assertEquals("1990", decade.start().lexical());
        assertEquals("1999", decade.until().lexical());
        TimeExpression duration = one("He served for three years.");
        assertEquals(TimeValue.Precision.UNRESOLVED, duration.start().precision());
    }

    @Test
    void withoutAPublicationDateRelativeDatesKeepOnlyWhatTheTextSays() {
        List<Timex> t = tag("On Thursday they met, and on June 20 they left; last year it rained.", null);
        assertEquals(List.of("XXXX-WXX-4", "XXXX-06-20"), t.subList(0, 2).stream().map(Timex::value).toList());
        assertNull(t.get(2).value());
        assertEquals(TimeValue.Precision.UNRESOLVED, TimeExpression.of(t.get(1), 0).start().precision());
    }

    @Test
    void amountsAreNotYears() {
        assertEquals(List.of(), tag("He paid $2012 for 10.5% of 1,998 shares.", PUBLISHED));
    }
}
