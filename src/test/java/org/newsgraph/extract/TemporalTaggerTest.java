package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

class TemporalTaggerTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2023, 6, 29); // a Thursday

    private static List<TimeExpression> tag(String sentence, LocalDate published) {
        Article a = new Article("t", sentence, ArticleMetadata.EMPTY);
        return new TemporalTagger().tag(new OpenNlpAnnotator().annotate(a), published);
    }

    private static TimeExpression one(String sentence) {
        List<TimeExpression> all = tag(sentence, PUBLISHED);
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    @Test
    void weekdayIsTheLastSuchDayOnOrBeforePublication() {
        assertEquals(new TimeValue("2023-06-29", TimeValue.Precision.DAY), one("Forces were deployed on Thursday morning.").start());
        assertEquals(new TimeValue("2023-06-26", TimeValue.Precision.DAY), one("They met on Monday.").start());
    }

    @Test
    void monthAndDayTakeThePublicationYear() {
        assertEquals("2023-06-20", one("On June 20, authorities entered the camp.").start().lexical());
        assertEquals("2022-12-20", one("On December 20, they left.").start().lexical(), "not in the future");
        assertEquals("2023-06-29", one("The camp, on June 29, 2023, was quiet.").start().lexical());
    }

    @Test
    void monthsYearsSpansAndOpenSpans() {
        TimeExpression month = one("An operation in July 1988 failed.");
        assertEquals(new TimeValue("1988-07", TimeValue.Precision.MONTH), month.start());
        TimeExpression span = one("They fought during the 1980-88 war.");
        assertEquals("1980", span.start().lexical());
        assertEquals("1988", span.until().lexical());
        TimeExpression since = one("It has hosted them since 2016.");
        assertEquals(new TimeValue("2016", TimeValue.Precision.YEAR), since.start());
        assertTrue(since.ongoing());
        assertEquals("2012", one("In 2012, the group was delisted.").start().lexical());
    }

    @Test
    void withoutAPublicationDateRelativeDatesStayUnresolved() {
        List<TimeExpression> t = tag("On Thursday they met, and on June 20 they left.", null);
        assertEquals(2, t.size());
        assertEquals(TimeValue.Precision.UNRESOLVED, t.get(0).start().precision());
        assertEquals(TimeValue.Precision.UNRESOLVED, t.get(1).start().precision());
    }

    @Test
    void numbersAreNotYears() {
        assertEquals(0, tag("He paid 2012 dollars for 1988 apples.", PUBLISHED).size());
    }
}
