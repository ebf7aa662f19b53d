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
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;
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
    void aYearEarlierRefersBackToTheQuarterAnEarlierSentenceReported() {
        String text = "Net income fell in the third quarter. A year earlier, the company earned more.";
        int cut = text.indexOf('A');
        LocalDate published = LocalDate.of(2023, 10, 20);
        Article article = new Article("quarter.txt", text,
                new ArticleMetadata(null, published, null, null, null, List.of(), null, null));
        AnnotatedText annotated = new AnnotatedText(article, text, List.of(
                new Sentence(0, 0, cut - 1, text.substring(0, cut - 1), List.of()),
                new Sentence(1, cut, text.length(), text.substring(cut), List.of())));
        List<Timex> t = TAGGER.tag(annotated, published);
        assertEquals(List.of("2023-Q3", "2022-Q3"), t.stream().map(Timex::value).toList());
        // read on its own, the second sentence has no quarter to refer to
        assertEquals("2022", tag(text.substring(cut), published).get(0).value());
    }

    /** The verb a date attaches to gives its direction, beyond the words right before it. */
    @Test
    void theGoverningVerbPointsForwardUnlessSinceLooksBack() {
        LocalDate published = LocalDate.of(2023, 2, 13);
        String text = "The airline will almost double its flights between Sydney and Mumbai by August. "
                + "Inspectors were allowed to carry out visits since Jan. 13 without escorts.";
        Article article = new Article("direction.txt", text,
                new ArticleMetadata(null, published, null, null, null, List.of(), null, null));
        List<Timex> t = TAGGER.tag(new OpenNlpAnnotator().annotate(article), published);
        assertEquals(List.of("2023-08", "2023-01-13"), t.stream().map(Timex::value).toList());
        // the words right before "August" hold no cue: on its own the sentence reads as past
        assertEquals("2022-08", tag(text.substring(0, text.indexOf(" Inspectors")), published).get(0).value());
    }

    @Test
    void amountsAreNotYears() {
        assertEquals(List.of(), tag("He paid $2012 for 10.5% of 1,998 shares.", PUBLISHED));
    }
}
