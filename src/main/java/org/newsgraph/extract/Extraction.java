package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.annotate.AnnotatedText;

/**
 * Everything the extract stage found in one article; the input of the rdf stage.
 *
 * @param facts relations, events, positions and characterizations, each from one sentence
 * @param times the temporal expressions of the text, normalized
 */
public record Extraction(AnnotatedText text, List<Entity> entities, List<Attribution> attributions,
                         List<Fact> facts, List<TimeExpression> times) {

    public Extraction {
        entities = List.copyOf(entities);
        attributions = List.copyOf(attributions);
        facts = List.copyOf(facts);
        times = List.copyOf(times);
    }
}
