package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

class NameRecognizerTest {

    private static final OpenNlpAnnotator ANNOTATOR = new OpenNlpAnnotator();

    private static Extraction extract(String text) {
        AnnotatedText t = ANNOTATOR.annotate(new Article("t", text, ArticleMetadata.EMPTY));
        return Extractor.standard().extract(t);
    }

    private static Entity entity(Extraction x, String label) {
        return x.entities().stream().filter(e -> e.label().equals(label)).findFirst().orElse(null);
    }

    @Test
    void countryActingAsTeamIsAnOrganizationMentionOfAPlace() {
        Extraction x = extract("Sweden defeated Panama 1 – 0 on Monday. Sweden had more of the ball, and Panama lost "
                + "their second game. Sweden faced Belgium later.");
        Entity sweden = entity(x, "Sweden");
        assertNotNull(sweden);
        assertEquals(EntityType.PLACE, sweden.type(), "the graph keeps the country a place");
        assertEquals("place/sweden", sweden.key());
        assertTrue(sweden.mentions().size() >= 3);
        assertTrue(sweden.mentions().stream().allMatch(m -> m.type() == EntityType.ORGANIZATION), "agent role in text");
        assertTrue(sweden.mentions().stream().allMatch(m -> m.entityType() == EntityType.PLACE));
    }

    @Test
    void aRegionAfterAPlaceIsOneMentionNotTwo() {
        Extraction x = extract("Ahmed Mohamed, a 14-year-old boy from Irving, Texas, was arrested at his school.");
        Entity texas = entity(x, "Texas");
        assertNotNull(texas, x.entities().toString());
        assertEquals(1, texas.mentions().size(), texas.mentions().toString());
        assertNotNull(entity(x, "Irving"));
    }

    @Test
    void countryAsLocationStaysAPlace() {
        Extraction x = extract("Children in Australia lack iodine. Bread sold in Australia will be iodised. "
                + "Milk was the main source in Australia.");
        Entity australia = entity(x, "Australia");
        assertNotNull(australia);
        assertTrue(australia.mentions().stream().allMatch(m -> m.type() == EntityType.PLACE));
    }

    @Test
    void aliasesOfOneCountryAreOneEntity() {
        Extraction x = extract("The United States criticised the plan. The US envoy left.");
        List<Entity> places = x.entities().stream().filter(e -> e.type() == EntityType.PLACE).toList();
        assertEquals(1, places.size(), places.toString());
        assertEquals("place/united-states", places.get(0).key());
        assertEquals("United States", places.get(0).label());
        assertEquals(List.of("US"), places.get(0).altLabels());
    }

    @Test
    void namesMadeOfOrdinaryWordsAreNotPeople() {
        Extraction x = extract("He read an article in the propaganda publication Freedom Magazine last year.");
        Entity magazine = entity(x, "Freedom Magazine");
        assertNotNull(magazine, x.entities().toString());
        assertEquals(EntityType.ORGANIZATION, magazine.type());
    }

    @Test
    void unknownSingleNameIsAPerson() {
        Extraction x = extract("In the 69th minute, the striker Lukaku doubled the lead with a header.");
        Entity lukaku = entity(x, "Lukaku");
        assertNotNull(lukaku, x.entities().toString());
        assertEquals(EntityType.PERSON, lukaku.type());
    }

    @Test
    void acronymOfACommonNounIsNoEntity() {
        Extraction x = extract("Households replaced bulbs with compact fluorescent lamps (CFLs). The CFLs use less power.");
        assertFalse(x.entities().stream().anyMatch(e -> e.label().startsWith("CFL")), x.entities().toString());
    }

    @Test
    void surnameGoesToThePersonWhoseSurnameItIs() {
        Extraction x = extract("Ahmed Mohamed brought a clock to school. His father, Mohamed El-Hassan Mohamed, spoke. "
                + "Ahmed Mohamed was arrested. Later Mohamed was released.");
        Entity ahmed = entity(x, "Ahmed Mohamed");
        assertNotNull(ahmed, x.entities().toString());
        assertEquals(3, ahmed.mentions().size(), "the most-named person with that surname gets the bare surname");
    }

    @Test
    void personMentionHoldsItsPartyButIsLabelledByItsName() {
        String text = "Voters elected Lee Cheuk-yan of the Labour Party and the Civic Party's Alvin Yeung on Sunday.";
        Extraction x = extract(text);
        Entity lee = entity(x, "Lee Cheuk-yan");
        assertNotNull(lee);
        assertEquals("Lee Cheuk-yan of the Labour Party", lee.mentions().get(0).text(text));
        Entity yeung = entity(x, "Alvin Yeung");
        assertNotNull(yeung);
        assertEquals("Civic Party's Alvin Yeung", yeung.mentions().get(0).text(text));
        assertNotNull(entity(x, "Labour Party"), "the party stays a mention of its own");
        assertNotNull(entity(x, "Civic Party"));
    }

    @Test
    void possessiveInsideAnOrganizationName() {
        String text = "Commanders of the Korean People's Army said the drills would go on.";
        assertNotNull(entity(extract(text), "Korean People's Army"));
    }

    private static boolean hasMention(Extraction x, String text, String name, EntityType type) {
        return x.entities().stream().flatMap(e -> e.mentions().stream())
                .anyMatch(m -> m.type() == type && m.text(text).equals(name));
    }

    private static boolean hasAnyMention(Extraction x, String text, String name) {
        return x.entities().stream().flatMap(e -> e.mentions().stream()).anyMatch(m -> m.text(text).equals(name));
    }

    @Test
    void acronymsForThingsAndRolesAreNoOrganizations() {
        String text = "Children with iodine deficiency lose 15 IQ points. The page uses HTML and the singer was a VIP guest. "
                + "The prosecutor, Mark Tedeschi, QC, spoke. NATO met in Brussels.";
        Extraction x = extract(text);
        assertFalse(hasAnyMention(x, text, "IQ"));
        assertFalse(hasAnyMention(x, text, "HTML"));
        assertFalse(hasAnyMention(x, text, "VIP"));
        assertFalse(hasAnyMention(x, text, "QC"));
        assertTrue(hasMention(x, text, "NATO", EntityType.ORGANIZATION));
    }

    @Test
    void productsAreNoOrganizationsButTheirMakersAre() {
        String text = "Users of Internet Explorer 6 were urged to switch to Firefox or Google Chrome. "
                + "Windows XP shipped with it.";
        Extraction x = extract(text);
        assertFalse(hasAnyMention(x, text, "Internet Explorer"));
        assertFalse(hasAnyMention(x, text, "Windows XP"));
        assertFalse(hasAnyMention(x, text, "Google Chrome"));
        assertTrue(hasMention(x, text, "Google", EntityType.ORGANIZATION));
    }

    @Test
    void recurringCapitalizedWordIsAName() {
        String text = "He was a member of Scientology for years. The Scientology officials declined to comment. "
                + "He left Scientology in 2004 and joined the Sea Org later.";
        Extraction x = extract(text);
        Entity s = entity(x, "Scientology");
        assertNotNull(s, x.entities().toString());
        assertEquals(EntityType.ORGANIZATION, s.type());
        assertEquals(3, s.mentions().size());
        assertTrue(hasMention(x, text, "Sea Org", EntityType.ORGANIZATION));
    }

    @Test
    void letteredGroupsAndShortCountryNames() {
        String text = "In Group F, Sweden beat Korea 1 – 0 in Nizhny Novgorod.";
        Extraction x = extract(text);
        assertTrue(hasMention(x, text, "Group F", EntityType.ORGANIZATION));
        assertTrue(x.entities().stream().anyMatch(e -> e.key().equals("place/south-korea")), x.entities().toString());
    }

    @Test
    void placeEndingABodysNameIsPartOfIt() {
        String text = "A report by Environment Canada was found on a street in Ottawa.";
        Extraction x = extract(text);
        assertTrue(hasMention(x, text, "Environment Canada", EntityType.ORGANIZATION));
        assertFalse(hasAnyMention(x, text, "Canada"));
    }

    @Test
    void typeNounBeforeANameAndPossessorOfAPerson() {
        String text = "The secularist magazine MicroMega criticised the ruling. Demosisto's Nathan Law won a seat.";
        Extraction x = extract(text);
        assertTrue(hasMention(x, text, "MicroMega", EntityType.ORGANIZATION));
        assertNotNull(entity(x, "Demosisto"), x.entities().toString());
        assertEquals(EntityType.ORGANIZATION, entity(x, "Demosisto").type());
    }
}
