package org.newsgraph.extract;

import java.util.List;

/**
 * One real-world entity found in an article, with all its mentions there.
 *
 * @param key stable across runs and articles ("person/saddam-hussein"); the rdf stage makes it an IRI
 * @param label the canonical name
 * @param altLabels the other names seen for it, in order of appearance
 */
public record Entity(String key, EntityType type, String label, List<String> altLabels, List<Mention> mentions) {

    public Entity {
        altLabels = List.copyOf(altLabels);
        mentions = List.copyOf(mentions);
    }
}
