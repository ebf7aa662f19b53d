package org.newsgraph.extract;

import java.util.Locale;

/** The kinds of entity the graph holds; each maps to one schema.org class. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE, EVENT;

    /** Lower-case name, as used in entity keys and the evaluation format. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
