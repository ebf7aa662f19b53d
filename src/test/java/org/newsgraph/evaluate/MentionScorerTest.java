package org.newsgraph.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring rules, on a document small enough to count by hand. */
class MentionScorerTest {

    private static final GoldDocument DOC = new GoldDocument("d", "US President Barack Obama met Sweden in Irving, Texas.", List.of(
            new GoldDocument.GoldMention(0, 25, "person", "1", true),
            new GoldDocument.GoldMention(0, 2, "place", "2", true),
            new GoldDocument.GoldMention(30, 36, "organization", "3", true),
            new GoldDocument.GoldMention(40, 53, "place", "4", true),
            new GoldDocument.GoldMention(47, 52, "place", "5", true),
            new GoldDocument.GoldMention(40, 46, "place", "4", false)));

    @Test
    void strictRelaxedAndIgnored() {
        List<SystemMention> sys = List.of(
                new SystemMention("d", 13, 25, "person", "obama"),      // inside the gold person: relaxed only
                new SystemMention("d", 0, 2, "place", "us"),            // exact
                new SystemMention("d", 30, 36, "place", "sweden"),      // wrong type: fp place, fn organization
                new SystemMention("d", 40, 46, "place", "irving"),      // a non-named gold span: exact match of nothing named, but overlaps named 40-53
                new SystemMention("d", 47, 52, "place", "texas"));      // exact
        MentionScorer.Score s = new MentionScorer().score(List.of(DOC), sys);
        assertEquals(new MentionScorer.Counts(0, 1, 1), s.strict().get("person"));
        assertEquals(new MentionScorer.Counts(2, 1, 1), s.strict().get("place"), "irving is ignored: it overlaps a non-named gold place");
        assertEquals(new MentionScorer.Counts(0, 0, 1), s.strict().get("organization"));
        assertEquals(new MentionScorer.Counts(1, 0, 0), s.relaxed().get("person"));
        assertEquals(new MentionScorer.Counts(3, 1, 0), s.relaxed().get("place"), "sweden typed place is a false place");
        assertEquals(new MentionScorer.Counts(5, 0, 0), s.untyped());
        assertEquals(4, s.b3Matches());
        assertEquals(1.0, s.b3Precision(), 1e-9);
    }
}
