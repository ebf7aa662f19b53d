package org.newsgraph.extract.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** GeoNames features and Phoenix actor codes behind names, from the generated tables. */
class LinksTest {

    private final GeoNames geo = GeoNames.load();
    private final PhoenixCodes phoenix = PhoenixCodes.load();

    private long id(String name, String... context) {
        return geo.place(name, Set.of(context)).orElseThrow(() -> new AssertionError(name + ": no feature")).id();
    }

    @Test
    void countriesAndCitiesHaveTheirGeoNamesFeatureAndCoordinates() {
        GeoNames.Feature tirana = geo.place("Tirana", Set.of()).orElseThrow();
        assertEquals(3183875, tirana.id());
        assertEquals("AL", tirana.country());
        assertEquals(41.33, Double.parseDouble(tirana.latitude()), 0.05);
        assertEquals(19.82, Double.parseDouble(tirana.longitude()), 0.05);
        assertEquals(783754, id("Albania"), "the country, not the Colombian town of that name");
        assertEquals(130758, id("Iran"));
        assertEquals(id("Iran"), id("Persia"), "an alternative name is the same country");
        GeoNames.Feature iran = geo.place("Iran", Set.of()).orElseThrow();
        assertEquals(32, Double.parseDouble(iran.latitude()), 1.0);
        assertEquals(53, Double.parseDouble(iran.longitude()), 1.0);
        assertEquals(Optional.of("GB"), geo.countryCode("UK"));
    }

    @Test
    void sameNamedCitiesGoToTheContextsCountryOnlyWhenItsCityIsNotTiny() {
        assertEquals(2988507, id("Paris"), "Paris, France, the most populous");
        assertEquals(2988507, id("Paris", "US"), "Paris, Texas is under a tenth of its size");
        assertEquals("LY", geo.place("Tripoli", Set.of()).orElseThrow().country());
        assertEquals("LB", geo.place("Tripoli", Set.of("LB")).orElseThrow().country());
    }

    @Test
    void regionsAndWorldRegionsHaveNoCityFeature() {
        assertTrue(geo.place("Florida", Set.of("US")).isEmpty(), "the US state, not a town in Uruguay");
        assertTrue(geo.place("Florida", Set.of()).isEmpty(), "regions of that name in several countries");
        assertTrue(geo.place("Middle East", Set.of()).isEmpty());
        assertTrue(geo.place("Ashraf-3", Set.of()).isEmpty());
        assertTrue(geo.place("Man", Set.of()).isEmpty(), "a common word, unless the text names Ivory Coast");
        assertEquals("CI", geo.place("Man", Set.of("CI")).orElseThrow().country());
    }

    @Test
    void phoenixCodesOfCountriesBodiesAndPeople() {
        assertEquals(Optional.of("IRN"), phoenix.code("Iran"));
        assertEquals(Optional.of("IGOUNO"), phoenix.code("United Nations"));
        assertEquals(Optional.of("IGOUNO"), phoenix.code("the United Nations"));
        assertEquals(Optional.of("IGOUNO"), phoenix.code("U.N."));
        // dated roles IRQELI and IRQGOV: the actor's code, not a role of one period
        assertEquals(Optional.of("IRQ"), phoenix.code("Saddam Hussein"));
        assertEquals(Optional.of("INTREB"), phoenix.code("Mujahedin-e-Khalq"));
        assertFalse(phoenix.code("Bledi Cuci").isPresent());
        assertEquals("MUJAHEDIN E KHALQ", PhoenixCodes.key("Mujahedin-e-Khalq"));
        assertEquals("CURACAO", PhoenixCodes.key("Curaçao"));
    }

    @Test
    void nationalitiesAreNoPeople() {
        assertTrue(geo.namesNationality("South Korean"));
        assertTrue(geo.namesNationality("Iranian officials"));
        assertFalse(geo.namesNationality("Saddam Hussein"));
    }
}
