package org.newsgraph.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private final Gazetteer g = Gazetteer.load();

    @Test
    void loadIsCached() {
        assertSame(g, Gazetteer.load());
    }

    @Test
    void countriesByNameAndAlternativeName() {
        assertTrue(g.isCountry("Albania"));
        assertEquals(Optional.of("United States"), g.countryOf("USA"));
        assertEquals(Optional.of("United States"), g.countryOf("U.S."));
        assertEquals(Optional.of("United Kingdom"), g.countryOf("Britain"));
        assertEquals(Optional.of("United Kingdom"), g.countryOf("UK"));
        assertEquals(Optional.of("Netherlands"), g.countryOf("Holland"));
        assertEquals(Optional.of("North Korea"), g.countryOf("DPRK"));
        assertEquals(Optional.of("Ivory Coast"), g.countryOf("Côte d'Ivoire"));
        assertEquals(Optional.of("Turkey"), g.countryOf("Türkiye"));
        assertEquals(Optional.of("Greenland"), g.countryOf("Greenland"), "dependent territories are included");
        // Two-letter ISO codes other than curated ones would collide with words such as "IN" or "IT".
        assertFalse(g.isCountry("IN"));
        assertFalse(g.isCountry("albania"), "lookups are case-sensitive");
        assertFalse(g.isCountry(null));
    }

    @Test
    void demonymsIncludingPlurals() {
        assertEquals(Optional.of("Albania"), g.countryOfDemonym("Albanian"));
        assertEquals(Optional.of("Iran"), g.countryOfDemonym("Iranians"));
        assertEquals(Optional.of("Iraq"), g.countryOfDemonym("Iraqis"));
        assertEquals(Optional.of("China"), g.countryOfDemonym("Chinese"));
        assertEquals(Optional.of("United Kingdom"), g.countryOfDemonym("Britons"));
        assertEquals(Optional.of("Germany"), g.countryOfDemonym("Germans"));
        assertEquals(Optional.of("Philippines"), g.countryOfDemonym("Filipinos"));
        assertEquals(Optional.empty(), g.countryOfDemonym("Germen"));
    }

    @Test
    void regionsContinentsAndCities() {
        assertTrue(g.isRegion("Texas"));
        assertTrue(g.isRegion("Bavaria"));
        assertTrue(g.isRegion("Scotland"));
        assertTrue(g.isRegion("Ontario"));
        assertTrue(g.isRegion("Middle East"));
        assertEquals(Optional.of("continent"), g.regionKind("Europe"));
        assertEquals(Optional.of("state"), g.regionKind("Texas"));

        assertTrue(g.isCity("Tirana"));
        assertTrue(g.isCity("Kyiv"));
        assertTrue(g.isCity("Kiev"), "well-known exonyms of large cities are listed");
        assertTrue(g.isCity("Vaduz"), "capitals are kept whatever their size");
        assertTrue(g.cityPopulation("Tirana").orElse(0) > 100_000);
        // "Paris" is also a small US town; the population reported is the largest one.
        assertTrue(g.cityPopulation("Paris").orElse(0) > 1_000_000);
        assertTrue(g.cityPopulation("Xyzzyville").isEmpty());
    }

    @Test
    void givenNamesAndAmbiguousOnes() {
        assertTrue(g.isGivenName("Barack"));
        assertTrue(g.isGivenName("Mohammed"));
        assertTrue(g.isGivenName("Volodymyr"));
        assertTrue(g.isGivenName("José"));
        assertTrue(g.isGivenName("Jose"), "accented names are also listed without diacritics");
        assertFalse(g.isGivenName("The"));
        assertTrue(g.isGivenName("May"));
        assertTrue(g.isAmbiguousGivenName("May"));
        assertTrue(g.isAmbiguousGivenName("Will"));
        assertTrue(g.isAmbiguousGivenName("Georgia"));
        assertTrue(g.isAmbiguousGivenName("Paris"));
        assertFalse(g.isAmbiguousGivenName("Barack"));
    }

    @Test
    void organizationsByNameAndAlias() {
        KnownOrganization un = g.organization("UN").orElseThrow();
        assertEquals("United Nations", un.name());
        assertEquals(KnownOrganization.Type.INTERGOVERNMENTAL, un.type());
        assertSame(un, g.organization("United Nations").orElseThrow());
        assertEquals("North Atlantic Treaty Organization", g.organization("NATO").orElseThrow().name());
        assertTrue(g.organization("Pentagon").isPresent());
        assertEquals(KnownOrganization.Type.NEWS, g.organization("Reuters").orElseThrow().type());
        assertEquals(KnownOrganization.Type.POLITICAL_PARTY, g.organization("GOP").orElseThrow().type());
        assertTrue(g.organization("Acme Widgets").isEmpty());
    }

    @Test
    void cueWordsAndTitles() {
        assertTrue(g.isOrgHead("Party"));
        assertTrue(g.isOrgHead("Ministry"));
        assertTrue(g.isOrgPrefix("University of"));
        assertTrue(g.isOrgPrefix("Bank  of"), "whitespace inside a phrase is normalised");
        assertFalse(g.isOrgHead("party"));

        assertTrue(g.isPersonTitle("Minister"));
        assertTrue(g.isPersonTitle("prime minister"));
        assertTrue(g.isPersonTitle("PRIME MINISTER"), "titles are case-insensitive");
        assertTrue(g.isPersonTitle("Gen."));
        assertFalse(g.isPersonTitle("Street"));

        assertTrue(g.isPlaceHead("River"));
        assertTrue(g.isPlaceHead("Airport"));
        assertTrue(g.isPlacePrefix("city of"));
        assertFalse(g.isPlaceHead("Party"));
    }
}
