package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.extract.time.Timex;
import org.newsgraph.extract.time.TimexTagger;

/** The extract stage: mentions, entities, times, relations and events, then who says what. Not thread-safe. */
public final class Extractor {

    private final Recognizer recognizer;
    private final EntityGrouper grouper = new EntityGrouper();
    private final AttributionFinder attributions = new AttributionFinder();
    private final TimexTagger temporal = new TimexTagger();
    private final EventExtractor events = new EventExtractor();
    private final RelationExtractor relations;

    public Extractor(Recognizer recognizer, Gazetteer gazetteer) {
        this.recognizer = recognizer;
        this.relations = new RelationExtractor(gazetteer);
    }

    /** The standard extractor: {@link NameRecognizer} with the bundled gazetteers. */
    public static Extractor standard() {
        Gazetteer gazetteer = Gazetteer.load();
        return new Extractor(new NameRecognizer(gazetteer), gazetteer);
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

    /** The time expressions of each sentence, normalized against the publication date. */
    private List<TimeExpression> times(AnnotatedText text) {
        List<TimeExpression> out = new ArrayList<>();
        List<Timex> found = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            found.clear();
            temporal.tag(text.text(), s.begin(), s.end(), text.article().metadata().datePublished(), found);
            found.forEach(t -> out.add(TimeExpression.of(t, s.index())));
        }
        return out;
    }

    public Extraction extract(AnnotatedText text) {
        List<Mention> mentions = recognizer.recognize(text);
        List<Entity> entities = grouper.group(text, mentions);
        List<TimeExpression> times = times(text);
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
