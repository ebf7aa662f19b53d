package org.newsgraph.extract.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The GeoNames features behind the gazetteer's countries and cities: their GeoNames ids and
 * coordinates (columns of {@code countries.tsv} and {@code cities.tsv}, see SOURCES.md), and which
 * feature a place name stands for. Read on first use; immutable and safe to share between threads.
 */
public final class GeoNames {

    /**
     * A GeoNames feature.
     *
     * @param id        the GeoNames id ({@code https://sws.geonames.org/ID/})
     * @param latitude  WGS84 decimal degrees, as GeoNames writes them
     * @param longitude WGS84 decimal degrees, as GeoNames writes them
     * @param country   ISO 3166-1 alpha-2 code of the country (the country itself for a country)
     */
    public record Feature(long id, String latitude, String longitude, String country) {
    }

    /** A city of the gazetteer: its feature and the population that ranks same-named cities. */
    private record City(Feature feature, long population) {
    }

    /** A city in a country the text names wins when it has at least 1/CONTEXT_SHARE of the largest one's population. */
    private static final long CONTEXT_SHARE = 10;

    private final Gazetteer gazetteer;
    private final Map<String, String> isoCodes;
    private final Map<String, Feature> countries;
    /** City name → its rows of cities.tsv after the name (country, population, id, latitude, longitude). */
    private final Map<String, List<String>> cities;
    /** Region name → its rows of regions.tsv after the name (country, empty for world regions; kind). */
    private final Map<String, List<String>> regions;

    private static final class Holder {
        static final GeoNames INSTANCE = read(Gazetteer.load());
    }

    private GeoNames(Gazetteer gazetteer, Map<String, String> isoCodes, Map<String, Feature> countries,
            Map<String, List<String>> cities, Map<String, List<String>> regions) {
        this.gazetteer = gazetteer;
        this.isoCodes = isoCodes;
        this.regions = regions;
        this.countries = countries;
        this.cities = cities;
    }

    /** The shared instance, reading the classpath resources on the first call. */
    public static GeoNames load() {
        return Holder.INSTANCE;
    }

    /** The ISO 3166-1 alpha-2 code of a country name or alternative name ("UK" → GB). */
    public Optional<String> countryCode(String name) {
        return gazetteer.countryOf(name).map(isoCodes::get);
    }

    /** Whether the name or a word of it is a demonym or nationality noun ("South Korean", "Iranian officials"). */
    public boolean namesNationality(String name) {
        if (gazetteer.countryOfDemonym(name.strip()).isPresent()) {
            return true;
        }
        for (String w : name.strip().split("\\s+")) {
            if (gazetteer.countryOfDemonym(w).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The feature a place name stands for: the country when it names one; else the most populous
     * city of that name (ties: the lowest id), unless one in {@code contextCountries} (ISO codes of
     * the countries the text names) has at least a tenth of that population: then the most populous
     * of those. So "Tripoli" beside "Lebanon" is Tripoli, Lebanon, but "Paris" beside "United
     * States" stays Paris, France rather than Paris, Texas. Empty for names of neither (regions,
     * continents, streets), for a region's name unless the city is in that region's country or a
     * country the text names, for a common word ("Man") unless the city is in a country the text
     * names, and for countries GeoNames has no feature for.
     */
    public Optional<Feature> place(String name, Collection<String> contextCountries) {
        Optional<String> country = gazetteer.countryOf(name);
        if (country.isPresent()) {
            return Optional.ofNullable(countries.get(country.get()));
        }
        List<String> rows = cities.get(name);
        if (rows == null) {
            return Optional.empty();
        }
        List<City> named = new ArrayList<>(rows.size());
        for (String row : rows) {
            String[] f = Gazetteer.splitTabs(row);
            if (f.length >= 5) {
                named.add(new City(new Feature(Long.parseLong(f[2]), f[3], f[4], f[0]), Long.parseLong(f[1])));
            }
        }
        if (named.isEmpty()) {
            return Optional.empty();
        }
        City largest = largest(named);
        City local = largest(named.stream().filter(c -> contextCountries.contains(c.feature().country())).toList());
        boolean preferLocal = local != null && local.population() * CONTEXT_SHARE >= largest.population();
        Feature chosen = (preferLocal ? local : largest).feature();
        // a city named like a common word ("Man", Ivory Coast; "Bush", Egypt) is more often a
        // misread word or name than the city, unless the text names its country
        if (gazetteer.isCommonWord(name) && !contextCountries.contains(chosen.country())) {
            return Optional.empty();
        }
        // a region's name ("Florida") means the region, which has no feature here, unless the city
        // lies in the region's country ("Tirana", city and county) or in a country the text names
        List<String> regionRows = regions.get(name);
        if (regionRows != null && !contextCountries.contains(chosen.country())
                && regionRows.stream().noneMatch(r -> r.startsWith(chosen.country() + "\t"))) {
            return Optional.empty();
        }
        return Optional.of(chosen);
    }

    /** The most populous city (ties: the lowest id), or null for none. */
    private static City largest(List<City> cities) {
        City best = null;
        for (City c : cities) {
            if (best == null || c.population() > best.population()
                    || c.population() == best.population() && c.feature().id() < best.feature().id()) {
                best = c;
            }
        }
        return best;
    }

    private static GeoNames read(Gazetteer gazetteer) {
        Map<String, String> isoCodes = new HashMap<>(512);
        Map<String, Feature> countries = new HashMap<>(512);
        for (String[] f : Gazetteer.rows("countries.tsv")) {
            isoCodes.put(f[0], f[1]);
            if (!Gazetteer.field(f, 5).isEmpty()) {
                countries.put(f[0], new Feature(Long.parseLong(f[5]), f[6], f[7], f[1]));
            }
        }
        return new GeoNames(gazetteer, isoCodes, countries, Gazetteer.keyedRows("cities.tsv"), Gazetteer.keyedRows("regions.tsv"));
    }
}
