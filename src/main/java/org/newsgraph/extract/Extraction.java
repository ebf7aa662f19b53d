package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.annotate.AnnotatedText;

/** Everything the extract stage found in one article; the input of the rdf stage. */
public record Extraction(AnnotatedText text, List<Entity> entities, List<Attribution> attributions) {

    public Extraction {
        entities = List.copyOf(entities);
        attributions = List.copyOf(attributions);
    }
}
