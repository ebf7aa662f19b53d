package org.newsgraph.extract.gazetteer;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A well-known organization from the curated gazetteer.
 *
 * @param name    canonical name, e.g. "North Atlantic Treaty Organization"
 * @param type    coarse kind of organization
 * @param aliases other surface forms and acronyms, e.g. "NATO"; never contains {@code name}
 */
public record KnownOrganization(String name, Type type, List<String> aliases) {

    /** Coarse organization kinds, as written (lower case) in {@code organizations.tsv}. */
    public enum Type {
        GOVERNMENT, INTERGOVERNMENTAL, COMPANY, NEWS, POLITICAL_PARTY, MILITARY, NGO, SPORTS, EDUCATION, OTHER;

        /** The lower-case spelling used in the data file. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Type fromKey(String key) {
            return valueOf(key.trim().toUpperCase(Locale.ROOT));
        }
    }

    public KnownOrganization {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
    }
}
