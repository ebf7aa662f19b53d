package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.lang.Lexicon;

/**
 * Rule-based coreference over the document: which entity a pronoun or a definite description
 * refers to, when the text makes it clear. Read in text order, with the entities' mentions and each
 * resolved reference as the history:
 * <ul>
 * <li>"he", "she": the one person named in this sentence before it or in the previous one (with
 * two candidates, recency guesses wrong too often);</li>
 * <li>"it", "its": the organization or place that is the subject of the previous sentence (for "its",
 * first the subject of its own sentence), else the only one named in this sentence before it or in
 * the previous one;</li>
 * <li>"the terrorists", "the notorious organization": a description word the text used right
 * next to an entity's name ("MKO terrorists", "the terrorist Mujahedin-e-Khalq Organization") refers
 * to the entity it was last used with;</li>
 * <li>"the European country", "the company", "the minister": a type noun refers to the entity of
 * that type that is the subject of the previous sentence (the centre of attention), else the only
 * one of that type named in the last two sentences; "the group" with no such entity refers to the
 * organization the article names most (three times at least).</li>
 * </ul>
 * A description with a restrictive modifier after its head ("the head of the police", "the
 * country where ...") introduces something new and is left alone; so is everything unclear, since
 * a wrong referent is worse than none.
 */
final class Coreference implements Component {

    /** What each resolved pronoun or description head (by its token's begin offset) refers to. */
    static final Layer<Antecedent> LAYER = new Layer<>("coreference");

    /** A referring token (the pronoun, or the head of the description) and the entity it refers to. */
    record Antecedent(int begin, String entity) {
    }

    private final Set<String> personPronouns;
    private final Set<String> thingPronouns;
    private final Set<String> definite;
    private final Set<String> groupNouns;
    private final Set<String> orgNouns;
    private final Set<String> placeNouns;
    private final Set<String> personNouns;

    Coreference(Lexicon lexicon) {
        this.personPronouns = lexicon.words("person-pronouns");
        this.thingPronouns = lexicon.words("thing-pronouns");
        this.definite = lexicon.words("definite-determiners");
        this.groupNouns = lexicon.words("group-nouns");
        this.orgNouns = lexicon.words("org-nouns");
        this.placeNouns = lexicon.words("place-heads");
        this.personNouns = lexicon.words("person-nouns");
    }

    @Override
    public String name() {
        return "coreference";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(LAYER);
    }

    @Override
    public void process(Document doc) {
        doc.add(LAYER, resolve(doc.annotated(), doc.get(Layer.ENTITIES)));
    }

    /** A mention in the history: the entity, its type, where its head token is, and whether it is a subject. */
    private record Seen(String entity, EntityType type, int sentence, int token, boolean subject) {
    }

    List<Antecedent> resolve(AnnotatedText text, List<Entity> entities) {
        Map<Integer, Entity> byToken = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (Entity e : entities) {
            counts.put(e.key(), e.mentions().size());
            for (Mention m : e.mentions()) {
                Sentence s = text.sentences().get(m.sentence());
                for (Token t : s.tokens()) {
                    if (t.begin() >= m.nameBegin() && t.end() <= m.nameEnd()) {
                        byToken.merge(t.begin(), e, (a, b) -> a);
                    }
                }
            }
        }
        String salient = salientOrganization(entities, counts);
        List<Seen> history = new ArrayList<>();
        Map<String, String> described = new LinkedHashMap<>();
        List<Antecedent> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Token> t = s.tokens();
            Set<String> inSentence = new HashSet<>();
            for (int i = 0; i < t.size(); i++) {
                Entity e = byToken.get(t.get(i).begin());
                if (e != null) {
                    if (inSentence.add(e.key() + "@" + headOf(s, i, byToken, e))) {
                        int head = headOf(s, i, byToken, e);
                        history.add(new Seen(e.key(), e.type(), s.index(), head, isSubject(t.get(head))));
                    }
                    describe(s, i, e, byToken, described);
                    continue;
                }
                String w = Referents.lower(t.get(i));
                String found = null;
                if (t.get(i).pos().equals("PRON") && personPronouns.contains(w)) {
                    found = only(history, s.index(), i, Set.of(EntityType.PERSON), 1);
                } else if (t.get(i).pos().equals("PRON") && thingPronouns.contains(w) && !t.get(i).deprel().equals("expl")) {
                    Set<EntityType> types = Set.of(EntityType.ORGANIZATION, EntityType.PLACE);
                    // "the EU followed suit, removing the group from its list": a possessive refers to its own clause's subject
                    found = t.get(i).deprel().equals("nmod:poss") ? subjectBefore(history, s.index(), i, types) : null;
                    if (found == null) {
                        found = previousSubject(history, s.index(), types);
                    }
                    if (found == null) {
                        found = only(history, s.index(), i, types, 1);
                    }
                } else if (t.get(i).pos().equals("NOUN") && isDefiniteDescription(s, i)) {
                    found = description(s, i, history, described, salient);
                }
                if (found != null) {
                    out.add(new Antecedent(t.get(i).begin(), found));
                    history.add(new Seen(found, typeOf(entities, found), s.index(), i, isSubject(t.get(i))));
                }
            }
        }
        return out;
    }

    /** The head token of the mention of {@code e} that covers token {@code i}: its last token. */
    private static int headOf(Sentence s, int i, Map<Integer, Entity> byToken, Entity e) {
        int j = i;
        while (j + 1 < s.tokens().size() && byToken.get(s.tokens().get(j + 1).begin()) == e) {
            j++;
        }
        return j;
    }

    /** Description words used right next to a name: "terrorist" before it, a plural noun after it ("MKO terrorists"). */
    private static void describe(Sentence s, int i, Entity e, Map<Integer, Entity> byToken, Map<String, String> described) {
        List<Token> t = s.tokens();
        boolean first = i == 0 || byToken.get(t.get(i - 1).begin()) != e;
        if (first && i > 0 && (t.get(i - 1).pos().equals("ADJ") || t.get(i - 1).pos().equals("NOUN"))) {
            described.put(singular(Referents.lower(t.get(i - 1))), e.key());
        }
        boolean last = i + 1 >= t.size() || byToken.get(t.get(i + 1).begin()) != e;
        if (last && i + 1 < t.size() && t.get(i + 1).pos().equals("NOUN") && t.get(i + 1).text().endsWith("s")) {
            described.put(singular(Referents.lower(t.get(i + 1))), e.key());
        }
    }

    /** "the [modifiers] NOUN" with no restrictive modifier after the noun. */
    private boolean isDefiniteDescription(Sentence s, int i) {
        List<Token> t = s.tokens();
        int j = i - 1;
        while (j >= 0 && (t.get(j).pos().equals("ADJ") || t.get(j).pos().equals("NOUN") && t.get(j).deprel().startsWith("compound"))) {
            j--;
        }
        if (j < 0 || !definite.contains(Referents.lower(t.get(j)))) {
            return false;
        }
        if (i + 1 < t.size() && t.get(i + 1).pos().equals("NOUN")) {
            return false; // "the terrorist group": the head is further on
        }
        for (int k = 0; k < t.size(); k++) {
            String rel = t.get(k).deprel();
            // a participle after the noun is too often a parse error to count ("a commander of the group named X")
            if (t.get(k).head() == i && (rel.equals("acl:relcl") || rel.equals("nmod") && hasCase(t, k, "of"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasCase(List<Token> t, int head, String word) {
        for (Token k : t) {
            if (k.head() == head && k.deprel().equals("case") && Referents.lower(k).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private String description(Sentence s, int i, List<Seen> history, Map<String, String> described, String salient) {
        String head = Referents.lower(s.tokens().get(i));
        String byWord = described.get(singular(head));
        if (byWord != null) {
            return byWord;
        }
        Set<EntityType> types = placeNouns.contains(head) ? Set.of(EntityType.PLACE)
                : orgNouns.contains(head) || groupNouns.contains(head) ? Set.of(EntityType.ORGANIZATION)
                : personNouns.contains(head) ? Set.of(EntityType.PERSON) : Set.of();
        if (types.isEmpty()) {
            return null;
        }
        String found = previousSubject(history, s.index(), types);
        if (found == null) {
            found = only(history, s.index(), i, types, 2);
        }
        if (found == null && groupNouns.contains(head)) {
            found = salient;
        }
        return found;
    }

    /** The entity of one of these types that is the subject of the previous sentence, or null. */
    private static String previousSubject(List<Seen> history, int sentence, Set<EntityType> types) {
        for (int k = history.size() - 1; k >= 0; k--) {
            Seen h = history.get(k);
            if (h.sentence() < sentence - 1) {
                break;
            }
            if (h.sentence() == sentence - 1 && h.subject() && types.contains(h.type())) {
                return h.entity();
            }
        }
        return null;
    }

    /** The entity of one of these types that is a subject in this sentence before token {@code before}, or null. */
    private static String subjectBefore(List<Seen> history, int sentence, int before, Set<EntityType> types) {
        for (int k = history.size() - 1; k >= 0 && history.get(k).sentence() == sentence; k--) {
            Seen h = history.get(k);
            if (h.token() < before && h.subject() && types.contains(h.type())) {
                return h.entity();
            }
        }
        return null;
    }

    /** The one entity of these types seen in the last {@code back} sentences or this one before token {@code before}, or null. */
    private static String only(List<Seen> history, int sentence, int before, Set<EntityType> types, int back) {
        Set<String> found = new HashSet<>();
        for (Seen h : history) {
            boolean recent = h.sentence() >= sentence - back && (h.sentence() < sentence || h.token() < before);
            if (recent && types.contains(h.type())) {
                found.add(h.entity());
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    private static boolean isSubject(Token t) {
        return t.deprel().startsWith("nsubj");
    }

    private static String singular(String w) {
        return w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    }

    private static EntityType typeOf(List<Entity> entities, String key) {
        for (Entity e : entities) {
            if (e.key().equals(key)) {
                return e.type();
            }
        }
        return null;
    }

    /** The organization the article mentions most, when it does so three times at least: what "the group" refers to. */
    private static String salientOrganization(List<Entity> entities, Map<String, Integer> counts) {
        String best = null;
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION && (best == null || counts.get(e.key()) > counts.get(best))) {
                best = e.key();
            }
        }
        return best != null && counts.get(best) >= 3 ? best : null;
    }
}
