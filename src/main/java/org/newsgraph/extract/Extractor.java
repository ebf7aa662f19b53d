package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.extract.gazetteer.Gazetteer;

/** The extract stage: mentions, then entities, then who says what. Not thread-safe. */
public final class Extractor {

    private final Recognizer recognizer;
    private final EntityGrouper grouper = new EntityGrouper();
    private final AttributionFinder attributions = new AttributionFinder();

    public Extractor(Recognizer recognizer) {
        this.recognizer = recognizer;
    }

    /** The standard extractor: {@link NameRecognizer} with the bundled gazetteers. */
    public static Extractor standard() {
        return new Extractor(new NameRecognizer(Gazetteer.load()));
    }

    public Extraction extract(AnnotatedText text) {
        List<Mention> mentions = recognizer.recognize(text);
        List<Entity> entities = grouper.group(text, mentions);
        return new Extraction(text, entities, attributions.attribute(text, entities));
    }
}
