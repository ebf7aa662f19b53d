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

    private static String label(Extraction x, String id) {
        for (Entity e : x.entities()) {
            if (e.key().equals(id)) {
                return e.label();
            }
        }
        return x.facts().stream().filter(f -> f.subject().equals(id) && f instanceof Fact.Text t && t.attribute() == Fact.Attribute.LABEL)
                .map(f -> ((Fact.Text) f).value()).findFirst().orElse(id);
    }

    private static List<String> role(Extraction x, List<Fact> event, Fact.Relation r) {
        return event.stream().filter(f -> f instanceof Fact.Link l && l.relation() == r).map(f -> label(x, ((Fact.Link) f).object())).toList();
    }

    private static List<Fact> only(Extraction x, EventType type) {
        List<List<Fact>> found = events(x).values().stream()
                .filter(fs -> fs.stream().anyMatch(f -> f instanceof Fact.Event t && type.equals(t.type()))).toList();
        assertEquals(1, found.size(), type + " in " + x.facts());
        return found.get(0);
    }

    @Test
    void passiveWithByAgentAndCoordinatedVerbs() {
        Extraction x = extract("MKO members spent many years in Iraq, where they were hosted and armed by the former Iraqi dictator Saddam Hussein.");
        List<Fact> hosting = only(x, EventType.named("Hosting"));
        assertEquals(List.of("Saddam Hussein"), role(x, hosting, Fact.Relation.AGENT));
        assertEquals(List.of("MKO members"), role(x, hosting, Fact.Relation.PATIENT));
        assertEquals(List.of("Iraq"), role(x, hosting, Fact.Relation.LOCATION));
        assertEquals(List.of("Saddam Hussein"), role(x, only(x, EventType.named("Arming")), Fact.Relation.AGENT));
    }

    @Test
    void coordinatedAgentsAndTheListOwner() {
        Extraction x = extract("The European Union, Canada, the United States, and Japan had listed the MKO as a terrorist group. "
                + "In 2012, the group was taken off the US list of terrorist organizations.");
        assertEquals(List.of("European Union", "Canada", "United States", "Japan"),
                role(x, only(x, EventType.named("Designation")), Fact.Relation.AGENT));
        List<Fact> delisting = only(x, EventType.named("Delisting"));
        assertEquals(List.of("United States"), role(x, delisting, Fact.Relation.AGENT));
        TimeExpression when = delisting.stream().filter(f -> f instanceof Fact.Time).map(f -> ((Fact.Time) f).time()).findFirst().orElseThrow();
        assertEquals("2012", when.start().lexical());
    }

    @Test
    void negatedEventsAreNotEvents() {
        Extraction x = extract("No injuries were reported in the town. Police did not arrest anyone.");
        // the reporting is an event of no class; no injury and no arrest
        assertTrue(x.facts().stream().noneMatch(f -> f instanceof Fact.Event e && e.type() != null), x.facts().toString());
    }

    @Test
    void purposeClauseSharesTheSubjectAndFiringHasAnInstrument() {
        Extraction x = extract("On June 20, Albanian authorities raided the camp to seize 150 computer devices. "
                + "North Korea fired artillery rounds at a loudspeaker.");
        List<Fact> seizure = only(x, EventType.named("Seizure"));
        assertEquals(List.of("Albanian authorities"), role(x, seizure, Fact.Relation.AGENT));
        assertEquals(List.of("150 computer devices"), role(x, seizure, Fact.Relation.PATIENT));
        List<Fact> attack = only(x, EventType.named("Attack"));
        assertEquals(List.of("artillery rounds"), role(x, attack, Fact.Relation.INSTRUMENT));
        assertEquals(List.of("loudspeaker"), role(x, attack, Fact.Relation.PATIENT));
    }

    @Test
    void aTitleGivesAPositionAndAnEvaluativeWordACharacterization() {
        Extraction x = extract("Former Iraqi Prime Minister Nouri al-Maliki met the former Iraqi dictator Saddam Hussein.");
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Fact.Text t && t.attribute() == Fact.Attribute.JOB_TITLE
                && t.value().equals("Prime Minister")), x.facts().toString());
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Fact.Former));
        assertTrue(x.facts().stream().anyMatch(f -> f instanceof Fact.Text t && t.attribute() == Fact.Attribute.CHARACTERIZED_AS
                && t.value().equals("dictator")));
        assertTrue(x.facts().stream().noneMatch(f -> f instanceof Fact.Text t && t.attribute() == Fact.Attribute.JOB_TITLE
                && t.value().contains("dictator")), "an evaluative word is no job");
    }

    @Test
    void protestsComeFromTheEventFrameTable() {
        Extraction x = extract("Thousands rallied outside the ministry in Tirana.");
        List<Fact> protest = only(x, EventType.named("Protest"));
        assertEquals(List.of("Tirana"), role(x, protest, Fact.Relation.LOCATION), x.facts().toString());
        assertEquals("14", EventType.named("Protest").cameo());
    }
}
