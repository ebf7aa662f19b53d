package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questions of the events issue, asked of the seed through the bundled queries. */
class SeedEventsTest {

    @TempDir
    static Path dir;

    static String store;

    @BeforeAll
    static void ingestSeed() {
        store = CliTestSupport.seedStore(dir);
    }

    private static List<java.util.Map<String, String>> rows(String... args) {
        return CliTestSupport.rows(store, args);
    }

    /** The seed's events, the article named by its source file. */
    private static List<java.util.Map<String, String>> events() {
        return rows("query", "events", "--param", "article=seeds/000_7c8e2674e13b320e.txt");
    }

    @Test
    void albaniasInteriorMinisterAndTheHeadOfItsNationalPolice() {
        var roles = rows("query", "roles");
        assertTrue(roles.stream().anyMatch(r -> r.get("person").equals("Bledi Cuci") && r.get("position").equals("Interior Minister")
                && r.get("in").equals("Albania") && r.get("sentenceText").contains("Albanian Interior Minister Bledi Cuci")), roles.toString());
        assertTrue(roles.stream().anyMatch(r -> r.get("person").equals("Muhamet Rrumbullaku") && r.get("position").equals("head")
                && r.get("in").contains("national police")), roles.toString());
        assertTrue(roles.stream().anyMatch(r -> r.get("person").equals("Nouri al-Maliki") && r.get("in").equals("Iraq")
                && r.get("former").equals("true")), roles.toString());
    }

    @Test
    void whatHappenedAtTheCampOnJune20AndJune29() {
        var events = events();
        var june20 = events.stream().filter(r -> r.get("date").equals("2023-06-20")).toList();
        assertTrue(june20.stream().anyMatch(r -> r.get("type").equals("Seizure") && r.get("patients").contains("150 computer devices")
                && r.get("agents").contains("Albanian authorities") && r.get("place").equals("Ashraf-3")), june20.toString());
        assertTrue(june20.stream().anyMatch(r -> r.get("type").equals("Injury") && r.get("patients").contains("police officers")
                && r.get("patients").contains("MKO terrorists")), june20.toString());
        assertTrue(june20.stream().anyMatch(r -> r.get("type").equals("Killing") && r.get("patients").equals("Abdolvahhab Faraji")
                && r.get("certainty").equals("Hedged")), june20.toString());
        var june29 = events.stream().filter(r -> r.get("date").equals("2023-06-29")).toList();
        assertTrue(june29.stream().anyMatch(r -> r.get("type").equals("Deployment") && r.get("place").equals("Ashraf-3")
                && r.get("source").equals("Albanian Daily News") && r.get("certainty").equals("Reported")), june29.toString());
        String event = june20.get(0).get("e");
        var detail = rows("query", "event", "--param", "event=" + event);
        assertTrue(detail.stream().anyMatch(r -> r.get("predicate").endsWith("#trigger")), detail.toString());
    }

    @Test
    void whoListedTheMkoAndWhoTookItOff() {
        var events = events();
        assertTrue(events.stream().anyMatch(r -> r.get("type").equals("Designation")
                && Arrays.asList(r.get("agents").split(" \\| ")).containsAll(List.of("European Union", "Canada", "United States", "Japan"))
                && r.get("patients").startsWith("Mujahedin")), events.toString());
        assertTrue(events.stream().anyMatch(r -> r.get("type").equals("Delisting") && r.get("date").equals("2012")
                && r.get("agents").equals("United States")), events.toString());
        assertTrue(events.stream().anyMatch(r -> r.get("type").equals("Delisting") && r.get("agents").equals("European Union")));
    }

    @Test
    void mkoEventsInDateOrder() {
        var events = rows("query", "events-of", "--param", "entity=MKO");
        List<String> dated = events.stream().map(r -> r.get("date")).filter(d -> !d.isEmpty()).toList();
        assertEquals(dated.stream().sorted().toList(), dated, "date order");
        assertTrue(dated.contains("1988-07") && dated.contains("2012") && dated.contains("2023-06-20"), dated.toString());
        assertTrue(events.stream().anyMatch(r -> r.get("type").equals("Hosting")), "hosted in Iraq: " + events);
    }

    @Test
    void albaniaHostsTheMkoSince2016() {
        var events = rows("query", "typed-events");
        // "Albania started hosting the terrorists": the terrorists are the MKO ("MKO terrorists" before)
        assertTrue(events.stream().anyMatch(r -> r.get("type").equals("Hosting") && r.get("agents").equals("Albania")
                && r.get("patients").equals("Mujahedin-e-Khalq Organization")), events.toString());
        // "The European country is estimated to have been accommodating some 3,000 members of the terror cult since 2016"
        var mko = rows("query", "events-of", "--param", "entity=MKO");
        assertTrue(mko.stream().anyMatch(r -> r.get("type").equals("Hosting") && r.get("date").equals("2016")
                && r.get("role").equals("patient (members)")), mko.toString());
        var albania = rows("query", "events-of", "--param", "entity=Albania");
        assertTrue(albania.stream().anyMatch(r -> r.get("type").equals("Hosting") && r.get("date").equals("2016")
                && r.get("role").equals("agent") && r.get("sentenceText").startsWith("The European country")), albania.toString());
        assertTrue(events.stream().filter(r -> r.get("date").equals("2016")).allMatch(r -> r.get("certainty").equals("Hedged")),
                "is estimated to have been: " + events);
    }

    @Test
    void farajiInTheJuly1988Operation() {
        // "He was said to be an expert ..., and was apparently in charge of ... activities during an anti-Iran operation ... in July 1988."
        var faraji = rows("query", "events-of", "--param", "entity=Abdolvahhab Faraji");
        var charge = faraji.stream().filter(r -> r.get("date").equals("1988-07") && r.get("role").equals("agent")).toList();
        assertEquals(1, charge.size(), faraji.toString());
        assertEquals("charge.08", charge.get(0).get("frame"));
        String e = events().stream().filter(r -> "charge.08".equals(r.get("frame"))).findFirst().orElseThrow().get("e");
        var detail = rows("query", "event", "--param", "event=" + e);
        assertTrue(detail.stream().anyMatch(r -> r.get("predicate").endsWith("superEvent")
                && r.get("valueLabel").equals("MilitaryOperation: operation")), detail.toString());
    }

    @Test
    void everyPredicateIsAnEventAndTypedEventsListOnlyClassedOnes() {
        var events = events();
        assertTrue(events.stream().anyMatch(r -> r.get("type").equals("Event") && r.get("frame").equals("say.01")
                && r.get("agents").contains("Bledi Cuci") && r.get("arguments").startsWith("ARG1 both police officers")), events.toString());
        assertTrue(events.stream().noneMatch(r -> r.get("frame").startsWith("be.") || r.get("frame").startsWith("have.")), "no copulas");
        var typed = rows("query", "typed-events");
        assertTrue(typed.stream().noneMatch(r -> r.get("type").equals("Event")), typed.toString());
        assertEquals(events.stream().filter(r -> !r.get("type").equals("Event")).count(), typed.size());
    }

    @Test
    void claimsByAlbanianDailyNewsTheInformedSourceAndHedges() {
        var claims = rows("query", "claims", "--param", "article=" + CliTestSupport.SEED_HEADLINE);
        assertTrue(claims.stream().anyMatch(r -> r.get("source").equals("Albanian Daily News")
                && r.get("sentenceText").startsWith("According to Albanian Daily News")));
        var informed = claims.stream().filter(r -> r.get("source").startsWith("an informed source")).toList();
        assertEquals(2, informed.size(), "the quotation and 'the source added': " + informed);
        assertTrue(claims.stream().filter(r -> r.get("certainty").equals("Hedged"))
                .anyMatch(r -> r.get("sentenceText").startsWith("Reports suggest")));
        assertFalse(claims.stream().anyMatch(r -> r.get("source").startsWith("Mujahedin")), "the MKO is talked about, it does not speak");
        List<String> injurySources = claims.stream().filter(r -> r.get("sentenceText").contains("were injured during the raid"))
                .map(r -> r.get("source")).sorted().toList();
        assertEquals(List.of("Bledi Cuci", "Muhamet Rrumbullaku"), injurySources, "both officials said it");
    }

    @Test
    void evaluativeLabelsAreCharacterizationsNotTypes() {
        var chars = rows("query", "characterizations");
        assertTrue(chars.stream().anyMatch(r -> r.get("entityLabel").equals("Saddam Hussein") && r.get("characterization").equals("dictator")));
        assertTrue(chars.stream().anyMatch(r -> r.get("entityLabel").startsWith("Mujahedin") && r.get("characterization").equals("terrorist")
                && r.get("source").equals("Press TV")));
        var roles = rows("query", "roles");
        assertFalse(roles.stream().anyMatch(r -> r.get("position").equals("dictator")), roles.toString());
    }
}
