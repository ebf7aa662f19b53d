package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.extract.ner.RecognizerChoice;

/** The extract stage: mentions, entities, times, relations and events, then who says what. Not thread-safe. */
public final class Extractor {

    private final Recognizer recognizer;
    private final EntityGrouper grouper = new EntityGrouper();
    private final AttributionFinder attributions = new AttributionFinder();
    private final TemporalTagger temporal = new TemporalTagger();
    private final EventExtractor events = new EventExtractor();
    private final RelationExtractor relations;

    public Extractor(Recognizer recognizer, Gazetteer gazetteer) {
        this.recognizer = recognizer;
        this.relations = new RelationExtractor(gazetteer);
    }

    /** The standard extractor: the default recognizer ({@link RecognizerChoice#DEFAULT}) with the bundled gazetteers. */
    public static Extractor standard() {
        return standard(RecognizerChoice.DEFAULT);
    }

    /** The standard extractor with the chosen recognizer. */
    public static Extractor standard(RecognizerChoice choice) {
        Gazetteer gazetteer = Gazetteer.load();
        return new Extractor(choice.create(gazetteer), gazetteer);
    }

    /**
     * Only mentions and entities: no times, relations, events or attributions (every sentence
     * left to the publisher). For measuring what the later steps cost, and for users who want
     * only who and what is named.
     */
    public Extraction extractEntities(AnnotatedText text) {
        List<Entity> entities = grouper.group(text, recognizer.recognize(text));
        return new Extraction(text, entities, List.of(), List.of(), List.of());
    }

    public Extraction extract(AnnotatedText text) {
        List<Mention> mentions = recognizer.recognize(text);
        List<Entity> entities = grouper.group(text, mentions);
        List<TimeExpression> times = temporal.tag(text, text.article().metadata().datePublished());
        Referents refs = new Referents(text, entities);
        List<Fact> facts = new ArrayList<>(relations.extract(text, entities, refs));
        facts.addAll(events.extract(text, refs, times));
        Set<String> used = new HashSet<>();
        facts.forEach(f -> {
            used.add(f.subject());
            if (f.object() instanceof Fact.Ref r) {
                used.add(r.id());
            }
        });
        refs.things().forEach((id, phrase) -> {
            if (used.contains(id)) {
                facts.add(new Fact(id, Fact.Predicate.THING, Boolean.TRUE, phrase.sentence()));
                facts.add(new Fact(id, Fact.Predicate.LABEL, new Fact.Literal(phrase.text()), phrase.sentence()));
            }
        });
        return new Extraction(text, entities, attributions.attribute(text, entities), facts, times);
    }
}
