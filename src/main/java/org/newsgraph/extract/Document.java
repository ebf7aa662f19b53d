package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * The document the extract stage works on (the spaCy {@code Doc} idea): the annotated text with
 * its sentences, tokens and part of speech, one offset-to-token index over them, and the typed
 * layers components add as views over the same text (mentions, entities, times, relations,
 * events, attributions). A layer is written once; what a later component wants different, it
 * adds as a layer of its own. {@link #finish()} gives the immutable {@link Extraction} the rdf
 * stage reads.
 */
public final class Document {

    private final AnnotatedText text;
    private final Map<String, List<?>> layers = new HashMap<>();

    public Document(AnnotatedText text) {
        this.text = text;
    }

    public AnnotatedText annotated() {
        return text;
    }

    /** The whole text; token and layer offsets are UTF-16 indexes into it. */
    public String text() {
        return text.text();
    }

    public List<Sentence> sentences() {
        return text.sentences();
    }

    public Sentence sentence(int index) {
        return text.sentences().get(index);
    }

    /** Whether a component has added the layer (the tokens are always there). */
    public boolean has(Layer<?> layer) {
        return layer.equals(Layer.TOKENS) || layers.containsKey(layer.name());
    }

    /** The layer's items; empty when no component added it. */
    @SuppressWarnings("unchecked")
    public <T> List<T> get(Layer<T> layer) {
        return (List<T>) layers.getOrDefault(layer.name(), List.of());
    }

    /** Adds a layer; a layer is written once. */
    public <T> void add(Layer<T> layer, List<? extends T> items) {
        if (layers.putIfAbsent(layer.name(), List.copyOf(items)) != null) {
            throw new IllegalStateException("layer " + layer + " was already added to " + text.article().sourceName());
        }
    }

    /** Index in {@code s} of the token holding character {@code offset}, or -1. */
    public static int tokenAt(Sentence s, int offset) {
        List<Token> t = s.tokens();
        int lo = 0;
        int hi = t.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token k = t.get(mid);
            if (offset < k.begin()) {
                hi = mid - 1;
            } else if (offset >= k.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** Index in {@code s} of the first token that begins at or after {@code offset}; the token count when none does. */
    public static int tokenFrom(Sentence s, int offset) {
        List<Token> t = s.tokens();
        int lo = 0;
        int hi = t.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The text of tokens {@code first..last} (inclusive) of {@code s}, with the spacing of the text. */
    public static String span(Sentence s, int first, int last) {
        return s.text().substring(s.tokens().get(first).begin() - s.begin(), s.tokens().get(last).end() - s.begin());
    }

    /** What the extract stage found, for the rdf stage: relations, events and things as one list of facts. */
    public Extraction finish() {
        List<Fact> facts = new java.util.ArrayList<>(get(Layer.RELATIONS));
        facts.addAll(get(Layer.EVENTS));
        facts.addAll(get(PredicateEvents.LAYER));
        facts.addAll(get(Layer.THINGS));
        return new Extraction(text, get(Layer.ENTITIES), get(Layer.ATTRIBUTIONS), facts, get(Layer.TIMES));
    }
}
