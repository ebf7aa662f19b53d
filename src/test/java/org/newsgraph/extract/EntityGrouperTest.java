package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

class EntityGrouperTest {

    private final EntityGrouper grouper = new EntityGrouper();

    /** Mentions of each given name, typed, at its first occurrence after the previous one. */
    private static List<Entity> group(String text, Object... nameTypePairs) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            String name = (String) nameTypePairs[i];
            int at = text.indexOf(name, from);
            mentions.add(Mention.of(at, at + name.length(), (EntityType) nameTypePairs[i + 1], 0));
            from = at + name.length();
        }
        AnnotatedText t = new AnnotatedText(new Article("t", text, ArticleMetadata.EMPTY), text, List.of());
        return new EntityGrouper().group(t, mentions);
    }

    @Test
    void acronymAndSpellingVariantsAreOneEntity() {
        String text = "members of the Mujahedin-e-Khalq Organization (MKO) and the Mujahedin Khalq Organization (MKO); the MKO said";
        List<Entity> e = group(text,
                "Mujahedin-e-Khalq Organization", EntityType.ORGANIZATION, "MKO", EntityType.ORGANIZATION,
                "Mujahedin Khalq Organization", EntityType.ORGANIZATION, "MKO", EntityType.ORGANIZATION,
                "MKO", EntityType.ORGANIZATION);
        assertEquals(1, e.size());
        assertEquals("Mujahedin-e-Khalq Organization", e.get(0).label());
        assertEquals(List.of("MKO", "Mujahedin Khalq Organization"), e.get(0).altLabels().stream().sorted().toList());
        assertEquals("organization/mujahedin-khalq-organization", e.get(0).key(), "particles are not part of the key");
        assertEquals(5, e.get(0).mentions().size());
    }

    @Test
    void surnameJoinsTheFullNameEvenWhenItComesFirst() {
        List<Entity> e = group("Saddam said. Later Saddam Hussein left. Hussein returned.",
                "Saddam", EntityType.PERSON, "Saddam Hussein", EntityType.PERSON, "Hussein", EntityType.PERSON);
        assertEquals(1, e.size());
        assertEquals("Saddam Hussein", e.get(0).label());
    }

    @Test
    void differentTypesStayApart() {
        List<Entity> e = group("Jordan met Jordan.", "Jordan", EntityType.PERSON, "Jordan", EntityType.PLACE);
        assertEquals(2, e.size());
    }

    @Test
    void acronymsNeedMatchingInitials() {
        assertTrue(EntityGrouper.isAcronymOf("EU", "European Union"));
        assertTrue(EntityGrouper.isAcronymOf("MKO", "Mujahedin-e-Khalq Organization"));
        assertFalse(EntityGrouper.isAcronymOf("UN", "European Union"));
        assertFalse(EntityGrouper.isAcronymOf("Eu", "European Union"));
    }

    @Test
    void partsOfNames() {
        assertTrue(EntityGrouper.isPartOfName("Obama", "Barack Obama"));
        assertTrue(EntityGrouper.isPartOfName("Barack", "Barack Obama"));
        assertFalse(EntityGrouper.isPartOfName("Obama", "Hussein Obama Smith"), "a middle name alone is too weak");
        assertFalse(EntityGrouper.isPartOfName("Barack Obama", "Barack Obama"));
    }

    @Test
    void knownAliasesOfACountryShareTheCanonicalKey() {
        List<Entity> e = group("The DPRK warned. North Korea fired. Then the DPRK waited.",
                "DPRK", EntityType.PLACE, "North Korea", EntityType.PLACE, "DPRK", EntityType.PLACE);
        assertEquals(1, e.size());
        assertEquals("place/north-korea", e.get(0).key());
        assertEquals("North Korea", e.get(0).label(), "the canonical name, as the text uses it");
    }

    @Test
    void keyIsCanonicalEvenWhenTheTextUsesOnlyAnAlias() {
        List<Entity> e = group("US troops left.", "US", EntityType.PLACE);
        assertEquals("place/united-states", e.get(0).key());
        assertEquals("US", e.get(0).label(), "the label is a name the text uses");
    }

    @Test
    void mentionInTheOrganizationRoleStaysWithItsPlace() {
        String text = "Sweden won. Fans in Sweden cheered.";
        Mention role = new Mention(0, 6, 0, 6, EntityType.ORGANIZATION, 0, EntityType.PLACE);
        int at = text.lastIndexOf("Sweden");
        Mention place = Mention.of(at, at + 6, EntityType.PLACE, 0);
        AnnotatedText t = new AnnotatedText(new Article("t", text, ArticleMetadata.EMPTY), text, List.of());
        List<Entity> e = new EntityGrouper().group(t, List.of(role, place));
        assertEquals(1, e.size());
        assertEquals(EntityType.PLACE, e.get(0).type());
        assertEquals(EntityType.ORGANIZATION, e.get(0).mentions().get(0).type());
    }
}
