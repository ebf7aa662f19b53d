package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.lang.Lexicon;

/**
 * Noun phrases and what they refer to, for the event and relation extractors: a named entity when
 * the phrase is headed by its name ("the MKO") or is a place word around a place name ("the
 * Ashraf-3 camp"); a place word used for a place before ("the camp"); a pronoun or description
 * the {@link Coreference} step resolved ("he", "the group", "the European country"); otherwise an
 * article-local thing ("150 computer devices"). Only these safe cases are resolved: a wrong
 * referent is worse than none.
 */
final class Referents {

    /** The document's phrase index, shared by the relation and event extractors (their things share one numbering). */
    static final Layer<Referents> LAYER = new Layer<>("referents");

    private final Set<String> determiners;
    private final Set<String> placeHeads;
    private final Set<String> quantifiers;
    private final Set<String> definite;
    private final AnnotatedText text;
    private final Map<Integer, String> entityAtToken = new HashMap<>();
    private final Map<String, EntityType> types = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();
    /** What the coreference step resolved: referring token's begin offset → entity. */
    private final Map<Integer, String> antecedents = new HashMap<>();
    private final Map<String, String> things = new LinkedHashMap<>();
    private final Map<String, Phrase> thingPhrases = new LinkedHashMap<>();
    /** The place each place word was last used for: "camp" → the Ashraf-3 camp's entity. */
    private final Map<String, String> placeByHead = new HashMap<>();

    Referents(AnnotatedText text, List<Entity> entities, List<Coreference.Antecedent> antecedents, Lexicon lexicon) {
        this.text = text;
        this.determiners = lexicon.words("determiners");
        this.placeHeads = lexicon.words("place-heads");
        this.quantifiers = lexicon.words("quantifiers");
        this.definite = lexicon.words("definite-determiners");
        antecedents.forEach(a -> this.antecedents.put(a.begin(), a.entity()));
        for (Entity e : entities) {
            types.put(e.key(), e.type());
            labels.put(e.key(), e.label());
            for (Mention m : e.mentions()) {
                Sentence s = text.sentences().get(m.sentence());
                for (int i = 0; i < s.tokens().size(); i++) {
                    Token t = s.tokens().get(i);
                    if (t.begin() >= m.nameBegin() && t.end() <= m.nameEnd()) {
                        // nested mentions: the innermost (shortest) one wins a token
                        entityAtToken.merge(t.begin(), e.key(), (a, b) -> a);
                    }
                }
            }
        }
    }

    /** The phrase index of a document, added by the {@link Finder}. */
    static Referents of(Document doc) {
        return doc.get(LAYER).get(0);
    }

    /** The component that indexes a document's phrases once its entities are known. */
    static final class Finder implements Component {
        private final Lexicon lexicon;

        Finder(Lexicon lexicon) {
            this.lexicon = lexicon;
        }

        @Override
        public String name() {
            return "referents";
        }

        @Override
        public Set<Layer<?>> needs() {
            return Set.of(Layer.TOKENS, Layer.ENTITIES, Coreference.LAYER);
        }

        @Override
        public Set<Layer<?>> adds() {
            return Set.of(LAYER);
        }

        @Override
        public void process(Document doc) {
            doc.add(LAYER, List.of(new Referents(doc.annotated(), doc.get(Layer.ENTITIES), doc.get(Coreference.LAYER), lexicon)));
        }
    }

    EntityType type(String ref) {
        return types.get(ref);
    }

    /** The label of an entity, or the words of a thing. */
    String label(String ref) {
        Phrase p = thingPhrases.get(ref);
        return p != null ? p.text() : labels.getOrDefault(ref, ref);
    }

    /** The entity named at token {@code i} of the sentence, or null. */
    String entityAt(Sentence s, int i) {
        return entityAtToken.get(s.tokens().get(i).begin());
    }

    /** The article-local things found so far: id → label, with the phrase each came from. */
    Map<String, Phrase> things() {
        return thingPhrases;
    }

    /** The noun phrase that ends at token {@code last} (its head), or null. */
    Phrase phraseEndingAt(Sentence s, int last) {
        List<Token> t = s.tokens();
        if (last < 0 || last >= t.size() || !isNominal(t.get(last))) {
            return null;
        }
        int first = last;
        while (first > 0 && (isNominal(t.get(first - 1)) || isModifier(t.get(first - 1)))) {
            first--;
        }
        if (first > 0 && determiners.contains(lower(t.get(first - 1)))) {
            first--;
        }
        return phrase(s, first, last);
    }

    /** The noun phrase starting at token {@code first} (after determiners, quantifiers and modifiers), or null. */
    Phrase phraseStartingAt(Sentence s, int first) {
        List<Token> t = s.tokens();
        int i = first;
        while (i < t.size() && (determiners.contains(lower(t.get(i))) || quantifiers.contains(lower(t.get(i))) || isModifier(t.get(i)))) {
            i++;
        }
        int last = -1;
        while (i < t.size() && (isNominal(t.get(i)) || isModifier(t.get(i)) && i + 1 < t.size() && isNominal(t.get(i + 1)))) {
            if (isNominal(t.get(i))) {
                last = i;
            }
            i++;
        }
        return last < 0 ? null : phrase(s, first, last);
    }

    /** The entity whose label is {@code name} ("Iran" in "anti-Iran"), or null. */
    String entityNamed(String name) {
        for (var e : labels.entrySet()) {
            if (e.getValue().equals(name)) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * What "they" refers to: the plural phrase that opens this sentence before the pronoun, else
     * the one that opens the previous sentence ("MKO members spent years in Iraq. They sided ...").
     */
    Phrase plural(Sentence s, int pronoun) {
        Phrase first = phraseStartingAt(s, 0);
        if (first != null && first.last() < pronoun && first.head().endsWith("s")) {
            return first;
        }
        if (pronoun == 0 && s.index() > 0) {
            Phrase previous = phraseStartingAt(text.sentences().get(s.index() - 1), 0);
            return previous != null && previous.head().endsWith("s") ? previous : null;
        }
        return null;
    }

    /** The entity the pronoun at token {@code i} refers to (see {@link Coreference}), or null. */
    String pronoun(Sentence s, int i) {
        return antecedents.get(s.tokens().get(i).begin());
    }

    private Phrase phrase(Sentence s, int first, int last) {
        List<Token> t = s.tokens();
        int content = first;
        while (content < last && determiners.contains(lower(t.get(content)))) {
            content++;
        }
        String text = Document.span(s, content, last);
        String head = lower(t.get(last));
        Phrase p = new Phrase(s.index(), first, last, t.get(content).begin(), t.get(last).end(), text, head, null);
        return p.withRef(resolve(s, p, content));
    }

    private String resolve(Sentence s, Phrase p, int content) {
        List<Token> t = s.tokens();
        String atHead = entityAt(s, p.last());
        if (atHead != null) {
            return atHead;
        }
        for (int i = content; i < p.last(); i++) {
            String e = entityAt(s, i);
            if (e != null && types.get(e) == EntityType.PLACE && placeHeads.contains(p.head())) {
                placeByHead.put(p.head(), e);
                return e;
            }
        }
        boolean definite = p.first() < content && this.definite.contains(lower(t.get(p.first())));
        if (definite && content == p.last() || definite && p.text().toLowerCase(Locale.ROOT).startsWith("same ")) {
            if (placeByHead.containsKey(p.head())) {
                return placeByHead.get(p.head());
            }
        }
        String antecedent = antecedents.get(t.get(p.last()).begin());
        return antecedent != null ? antecedent : thing(p);
    }

    private String thing(Phrase p) {
        String key = p.text().toLowerCase(Locale.ROOT);
        String id = things.computeIfAbsent(key, k -> "#thing-" + (things.size() + 1));
        thingPhrases.putIfAbsent(id, p);
        return id;
    }

    private static boolean isNominal(Token t) {
        return t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("NUM") && t.text().matches("[\\d,.]+");
    }

    private static boolean isModifier(Token t) {
        return t.pos().equals("ADJ") || t.pos().equals("NUM") || t.text().contains("-") && !t.text().equals("-");
    }

    static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }

    /** All entity keys referred to by phrases of a list (deduplicated, in order). */
    static List<String> refs(List<Phrase> phrases) {
        List<String> out = new ArrayList<>();
        phrases.forEach(p -> {
            if (p.ref() != null && !out.contains(p.ref())) {
                out.add(p.ref());
            }
        });
        return out;
    }
}
