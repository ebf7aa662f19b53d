package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

/** Events and relations from small texts, through the standard extractor. */
class EventExtractorTest {

    private static Extraction extract(String body) {
        Article a = new Article("t", body, new ArticleMetadata(null, LocalDate.of(2023, 6, 29), null, null, "Daily", List.of(), "en", null));
        Gazetteer g = Gazetteer.load();
        return new Extractor(new NameRecognizer(g), g).extract(new OpenNlpAnnotator().annotate(a));
    }

    /** Event id → its facts by predicate. */
    private static Map<String, List<Fact>> events(Extraction x) {
        return x.facts().stream().filter(f -> f.subject().startsWith("#event-")).collect(Collectors.groupingBy(Fact::subject));
    }

    private static String label(Extraction x, Object ref) {
        String id = ((Fact.Ref) ref).id();
        for (Entity e : x.entities()) {
            if (e.key().equals(id)) {
                return e.label();
            }
        }
        return x.facts().stream().filter(f -> f.subject().equals(id) && f.predicate() == Fact.Predicate.LABEL)
                .map(f -> ((Fact.Literal) f.object()).text()).findFirst().orElse(id);
    }

    private static List<String> role(Extraction x, List<Fact> event, Fact.Predicate p) {
        return event.stream().filter(f -> f.predicate() == p).map(f -> label(x, f.object())).toList();
    }

    private static List<Fact> only(Extraction x, EventType type) {
        List<List<Fact>> found = events(x).values().stream()
                .filter(fs -> fs.stream().anyMatch(f -> f.predicate() == Fact.Predicate.EVENT_TYPE && type.equals(f.object()))).toList();
        assertEquals(1, found.size(), type + " in " + x.facts());
        return found.get(0);
    }

    @Test
    void passiveWithByAgentAndCoordinatedVerbs() {
        Extraction x = extract("MKO members spent many years in Iraq, where they were hosted and armed by the former Iraqi dictator Saddam Hussein.");
        List<Fact> hosting = only(x, EventType.named("Hosting"));
        assertEquals(List.of("Saddam Hussein"), role(x, hosting, Fact.Predicate.AGENT));
        assertEquals(List.of("MKO members"), role(x, hosting, Fact.Predicate.PATIENT));
        assertEquals(List.of("Iraq"), role(x, hosting, Fact.Predicate.LOCATION));
        assertEquals(List.of("Saddam Hussein"), role(x, only(x, EventType.named("Arming")), Fact.Predicate.AGENT));
    }

    @Test
    void coordinatedAgentsAndTheListOwner() {
        Extraction x = extract("The European Union, Canada, the United States, and Japan had listed the MKO as a terrorist group. "
                + "In 2012, the group was taken off the US list of terrorist organizations.");
        assertEquals(List.of("European Union", "Canada", "United States", "Japan"),
                role(x, only(x, EventType.named("Designation")), Fact.Predicate.AGENT));
        List<Fact> delisting = only(x, EventType.named("Delisting"));
        assertEquals(List.of("United States"), role(x, delisting, Fact.Predicate.AGENT));
        TimeExpression when = (TimeExpression) delisting.stream().filter(f -> f.predicate() == Fact.Predicate.TIME).findFirst().orElseThrow().object();
        assertEquals("2012", when.start().lexical());
    }

    @Test
    void negatedEventsAreNotEvents() {
        Extraction x = extract("No injuries were reported in the town. Police did not arrest anyone.");
        assertTrue(events(x).isEmpty(), x.facts().toString());
    }

    @Test
    void purposeClauseSharesTheSubjectAndFiringHasAnInstrument() {
        Extraction x = extract("On June 20, Albanian authorities raided the camp to seize 150 computer devices. "
                + "North Korea fired artillery rounds at a loudspeaker.");
        List<Fact> seizure = only(x, EventType.named("Seizure"));
        assertEquals(List.of("Albanian authorities"), role(x, seizure, Fact.Predicate.AGENT));
        assertEquals(List.of("150 computer devices"), role(x, seizure, Fact.Predicate.PATIENT));
        List<Fact> attack = only(x, EventType.named("Attack"));
        assertEquals(List.of("artillery rounds"), role(x, attack, Fact.Predicate.INSTRUMENT));
        assertEquals(List.of("loudspeaker"), role(x, attack, Fact.Predicate.PATIENT));
    }

    @Test
    void aTitleGivesAPositionAndAnEvaluativeWordACharacterization() {
        Extraction x = extract("Former Iraqi Prime Minister Nouri al-Maliki met the former Iraqi dictator Saddam Hussein.");
        assertTrue(x.facts().stream().anyMatch(f -> f.predicate() == Fact.Predicate.JOB_TITLE
                && ((Fact.Literal) f.object()).text().equals("Prime Minister")), x.facts().toString());
        assertTrue(x.facts().stream().anyMatch(f -> f.predicate() == Fact.Predicate.FORMER));
        assertTrue(x.facts().stream().anyMatch(f -> f.predicate() == Fact.Predicate.CHARACTERIZED_AS
                && ((Fact.Literal) f.object()).text().equals("dictator")));
        assertTrue(x.facts().stream().noneMatch(f -> f.predicate() == Fact.Predicate.JOB_TITLE
                && ((Fact.Literal) f.object()).text().contains("dictator")), "an evaluative word is no job");
    }
}
