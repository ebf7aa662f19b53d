package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;

/**
 * Events from trigger words, with their participants found by surface patterns over part of
 * speech (no parser): the subject before an active verb is the agent and the phrase after it the
 * patient; a passive verb's subject is the patient and its "by" phrase the agent; "in/at/near"
 * a place gives the location, the nearest date in the sentence the time. A definite "the raid"
 * refers back to the last operation instead of making a new event, and "injured during the raid"
 * makes the injury part of it. Where a pattern does not apply, the role stays empty.
 */
final class EventExtractor implements Component {

    private final EventFrames frames;
    private final Set<String> be;
    private final Set<String> catenative;
    /** "is estimated to have been accommodating": raising verbs between a subject and its verb. */
    private final Set<String> raising;
    private final Set<String> firing;
    private final Set<String> lightVerbs;
    private final Set<String> locative;
    private final Set<String> securityForces;
    private final Set<String> placeOfNouns;
    private final Set<String> subeventLinks;
    private final Set<String> negators;
    private final Set<String> removalVerbs;
    private final Set<String> listNouns;
    private final Set<String> definite;
    private final Set<String> namingVerbs;
    private final Set<String> subjectPrepositions;
    private final Set<String> pluralPronouns;
    private final EventType listRemoval;

    EventExtractor(Lexicon lexicon) {
        this.frames = new EventFrames(lexicon);
        this.be = lexicon.words("be-forms");
        this.catenative = lexicon.words("catenative-verbs");
        this.raising = lexicon.words("raising-verbs");
        this.firing = lexicon.words("firing-verbs");
        this.lightVerbs = lexicon.words("light-verbs");
        this.locative = lexicon.words("place-prepositions");
        this.securityForces = lexicon.words("security-forces");
        this.placeOfNouns = lexicon.words("place-nouns");
        this.subeventLinks = lexicon.words("subevent-links");
        this.negators = lexicon.words("negators");
        this.removalVerbs = lexicon.words("removal-verbs");
        this.listNouns = lexicon.words("list-nouns");
        this.definite = lexicon.words("definite-determiners");
        this.namingVerbs = lexicon.words("naming-verbs");
        this.subjectPrepositions = lexicon.words("subject-prepositions");
        this.pluralPronouns = lexicon.words("plural-pronouns");
        this.listRemoval = frames.withBehaviour(EventType.LIST_REMOVAL);
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layer.TOKENS, Layer.TIMES, Referents.LAYER);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public void process(Document doc) {
        doc.add(Layer.EVENTS, extract(doc.annotated(), Referents.of(doc), doc.get(Layer.TIMES)));
    }

    /** An event being built. */
    private static final class Draft {
        final String id;
        final EventType type;
        final int sentence;
        final int trigger;
        final List<Fact> facts = new ArrayList<>();
        List<String> agents = List.of();
        List<String> patients = List.of();
        String location;

        Draft(String id, EventType type, int sentence, int trigger) {
            this.id = id;
            this.type = type;
            this.sentence = sentence;
            this.trigger = trigger;
        }
    }

    List<Fact> extract(AnnotatedText text, Referents refs, List<TimeExpression> times) {
        List<Draft> events = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Draft> inSentence = new ArrayList<>();
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                EventFrames.Entry e = listRemoval != null && delisting(s, i) ? new EventFrames.Entry(listRemoval, true, false)
                        : frames.lookup(t.text(), t.pos());
                if (e == null) {
                    continue;
                }
                if (!e.verbal() && isDefiniteReference(s, i) && e.type().isOperation()) {
                    Draft earlier = lastOperation(events);
                    if (earlier != null) {
                        earlier.facts.add(new Fact.Trigger(earlier.id, t.begin(), t.end(), s.index()));
                        continue;
                    }
                }
                if (negated(s, i) || !e.verbal() && isModifierNoun(s, i)) {
                    continue; // "no injuries were reported" is no injury; "War maniacs" is no war
                }
                Draft d = new Draft("#event-" + (events.size() + 1), e.type(), s.index(), i);
                if (e.verbal() ? verbArguments(s, i, d, refs, inSentence, e.needsForce()) : nounArguments(s, i, d, refs)) {
                    location(s, i, d, refs);
                    d.facts.add(0, new Fact.Event(d.id, d.type, s.index()));
                    d.facts.add(new Fact.Trigger(d.id, t.begin(), t.end(), s.index()));
                    d.facts.add(new Fact.Text(d.id, Fact.Attribute.LABEL, label(s, i, d, refs), s.index()));
                    time(s, i, d, times);
                    partOf(s, i, d, events);
                    events.add(d);
                    inSentence.add(d);
                }
            }
        }
        List<Fact> out = new ArrayList<>();
        events.forEach(d -> out.addAll(d.facts));
        return out;
    }

    /** "no injuries", "did not attack", "never raided": the text says the event did not happen. */
    private boolean negated(Sentence s, int i) {
        List<Token> t = s.tokens();
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            String w = Referents.lower(t.get(j));
            if (negators.contains(w)) {
                return true;
            }
            if (!t.get(j).pos().matches("AUX|ADV|ADJ|PART|DET")) {
                return false;
            }
        }
        return false;
    }

    /** An event noun used as a modifier of another noun ("War maniacs", "attack helicopters"). */
    private boolean isModifierNoun(Sentence s, int i) {
        List<Token> t = s.tokens();
        return i + 1 < t.size() && t.get(i + 1).pos().equals("NOUN") && !t.get(i + 1).text().endsWith("ing");
    }

    /** "taken off the list", "removing the group from its list". */
    private boolean delisting(Sentence s, int i) {
        String w = Referents.lower(s.tokens().get(i));
        if (!removalVerbs.contains(w)) {
            return false;
        }
        for (int j = i + 1; j < Math.min(s.tokens().size(), i + 9); j++) {
            String x = Referents.lower(s.tokens().get(j));
            if (listNouns.contains(x)) {
                return true;
            }
            if (x.equals(".") || x.equals(";")) {
                return false;
            }
        }
        return false;
    }

    private boolean isDefiniteReference(Sentence s, int i) {
        int j = i - 1;
        while (j >= 0 && (s.tokens().get(j).pos().equals("ADJ") || Referents.lower(s.tokens().get(j)).equals("same"))) {
            j--;
        }
        return j >= 0 && definite.contains(Referents.lower(s.tokens().get(j)));
    }

    /**
     * What "the raid", "the operation", "the incident" refer back to: the last raid or seizure
     * (the coercive operation a news story is usually about), else the last operation of any kind.
     */
    private Draft lastOperation(List<Draft> events) {
        for (int k = events.size() - 1; k >= 0; k--) {
            if (events.get(k).type.has(EventType.MAIN_OPERATION)) {
                return events.get(k);
            }
        }
        for (int k = events.size() - 1; k >= 0; k--) {
            if (events.get(k).type.isOperation()) {
                return events.get(k);
            }
        }
        return null;
    }

    private boolean verbArguments(Sentence s, int i, Draft d, Referents refs, List<Draft> inSentence, boolean needsForce) {
        List<Token> t = s.tokens();
        boolean passive = isPassive(t, i);
        boolean reducedRelative = !passive && i > 0 && t.get(i).text().endsWith("ed") && isNounLike(t.get(i - 1))
                && (i + 1 >= t.size() || t.get(i + 1).pos().equals("ADP") || t.get(i + 1).pos().equals("PUNCT"));
        boolean infinitive = i > 0 && Referents.lower(t.get(i - 1)).equals("to") && t.get(i - 1).pos().equals("PART");
        boolean participle = i > 0 && t.get(i).text().endsWith("ing") && Referents.lower(t.get(i - 1)).equals(",");
        List<Phrase> subject = infinitive || participle ? List.of() : subject(s, i, refs);
        if (passive || reducedRelative) {
            d.patients = refs(subject);
            String named = reducedRelative ? namedLater(s, i, refs) : null;
            if (named != null) {
                d.patients = List.of(named);
            }
            d.agents = refs(coordinated(s, after(s, i, "by", refs), refs));
        } else {
            if (infinitive) {
                // "entered the camp to seize ...": the purpose shares the subject and place of the verb before it
                int verb = previousVerb(t, i - 1);
                subject = verb < 0 ? List.of() : subject(s, verb, refs);
                Phrase where = verb < 0 ? null : object(s, verb, refs);
                if (where != null && where.ref() != null && refs.type(where.ref()) == EntityType.PLACE) {
                    d.location = where.ref();
                }
            } else if (participle) {
                // ", killing nearly 17,000 Iranians": the participle's agent is the clause's subject
                subject = inSentence.isEmpty() ? subject(s, firstVerb(t), refs) : List.of();
                d.agents = inSentence.isEmpty() ? List.of() : inSentence.get(0).agents;
            } else if (t.get(i).text().endsWith("ing") && subject.isEmpty()) {
                return false; // a gerund used as a noun ("sheltering terrorists comes at a price")
            }
            if (d.agents.isEmpty()) {
                d.agents = refs(subject);
            }
            d.patients = refs(coordinated(s, object(s, i, refs), refs));
            if (firing.contains(Referents.lower(t.get(i)))) {
                // "fired artillery rounds at X": what is fired is the instrument, X the target
                d.patients.forEach(x -> add(d, Fact.Relation.INSTRUMENT, x, s));
                d.patients = refs(coordinated(s, after(s, i, "at", refs), refs));
            }
            if (d.type.has(EventType.WITH_PATIENT) && d.patients.isEmpty()) {
                d.patients = refs(coordinated(s, after(s, i, "with", refs), refs));
            }
        }
        if (needsForce && (subject.isEmpty() || !securityForces.contains(subject.get(subject.size() - 1).head()))) {
            return false;
        }
        if (d.type.has(EventType.LIST_OWNER) && d.agents.isEmpty()) {
            d.agents = listOwner(s, i, refs);
        }
        d.agents.forEach(a -> add(d, Fact.Relation.AGENT, a, s));
        d.patients.forEach(p -> add(d, Fact.Relation.PATIENT, p, s));
        return !d.agents.isEmpty() || !d.patients.isEmpty();
    }

    /** "an MKO member killed in the raid was a commander ... named X": the member is X. */
    private String namedLater(Sentence s, int i, Referents refs) {
        List<Token> t = s.tokens();
        boolean copula = false;
        for (int j = i + 1; j + 1 < t.size(); j++) {
            String w = Referents.lower(t.get(j));
            copula = copula || be.contains(w);
            if (copula && namingVerbs.contains(w)) {
                String e = refs.entityAt(s, j + 1);
                return e != null && refs.type(e) == EntityType.PERSON ? e : null;
            }
        }
        return null;
    }

    /** "taken off the US list": the list's owner is who acts. */
    private List<String> listOwner(Sentence s, int i, Referents refs) {
        List<Token> t = s.tokens();
        for (int j = i + 1; j < Math.min(t.size(), i + 9); j++) {
            if (listNouns.contains(Referents.lower(t.get(j)))) {
                for (int k = j - 1; k > i; k--) {
                    String e = refs.entityAt(s, k);
                    if (e != null) {
                        return List.of(e);
                    }
                }
                return List.of();
            }
        }
        return List.of();
    }

    private boolean nounArguments(Sentence s, int i, Draft d, Referents refs) {
        List<Token> t = s.tokens();
        d.agents = refs(coordinated(s, right(s, i, "by", refs), refs));
        d.patients = refs(coordinated(s, right(s, i, "against", refs), refs));
        if (d.patients.isEmpty() && i > 0 && t.get(i - 1).text().startsWith("anti-")) {
            // "an anti-Iran operation": the operation is against Iran
            String target = refs.entityNamed(t.get(i - 1).text().substring(5));
            d.patients = target == null ? List.of() : List.of(target);
        }
        if (d.agents.isEmpty()) {
            d.agents = lightVerbSubject(s, i, refs);
        }
        d.agents.forEach(a -> add(d, Fact.Relation.AGENT, a, s));
        d.patients.forEach(p -> add(d, Fact.Relation.PATIENT, p, s));
        // a bare event noun with no participant ("an expert in engineering operations") is no event
        return !d.agents.isEmpty() || !d.patients.isEmpty() || hasPlace(s, i, d.type, refs);
    }

    private boolean hasPlace(Sentence s, int i, EventType type, Referents refs) {
        Draft probe = new Draft("#probe", type, s.index(), i);
        location(s, i, probe, refs);
        return probe.location != null;
    }

    /** The subject of "carried out ... attacks", "throws ... conferences" when the noun is its object. */
    private List<String> lightVerbSubject(Sentence s, int i, Referents refs) {
        List<Token> t = s.tokens();
        for (int j = i - 1; j >= Math.max(0, i - 5); j--) {
            String w = Referents.lower(t.get(j));
            if (lightVerbs.contains(w)) {
                return refs(subject(s, j, refs));
            }
            if (!(t.get(j).pos().equals("ADJ") || t.get(j).pos().equals("DET") || t.get(j).pos().equals("ADP")
                    || t.get(j).pos().equals("NOUN") || t.get(j).pos().equals("ADV"))) {
                return List.of();
            }
        }
        return List.of();
    }

    private boolean isPassive(List<Token> t, int i) {
        int j = i - 1;
        while (j >= 0 && (t.get(j).pos().equals("ADV") || Referents.lower(t.get(j)).equals("not"))) {
            j--;
        }
        if (j >= 1 && t.get(j).pos().equals("CCONJ") && t.get(j - 1).text().endsWith("ed")) {
            return isPassive(t, j - 1);
        }
        return j >= 0 && be.contains(Referents.lower(t.get(j))) && (t.get(i).text().endsWith("ed") || t.get(i).text().endsWith("en"));
    }

    /**
     * The subject before token {@code i}: the noun phrase before the auxiliaries, climbing over
     * "X in Y", with the phrases coordinated with it ("the European Union, Canada ... and Japan").
     */
    private List<Phrase> subject(Sentence s, int i, Referents refs) {
        List<Token> t = s.tokens();
        int j = i - 1;
        while (j >= 0) {
            Token x = t.get(j);
            String w = Referents.lower(x);
            boolean raising = this.raising.contains(w) && j + 1 < t.size() && Referents.lower(t.get(j + 1)).equals("to");
            if (x.pos().equals("AUX") || x.pos().equals("ADV") || x.pos().equals("PART") || catenative.contains(w) || raising
                    || x.pos().equals("CCONJ") && j > 0 && t.get(j - 1).pos().matches("VERB|ADJ")
                    || x.pos().matches("VERB|ADJ") && j + 1 < t.size() && t.get(j + 1).pos().equals("CCONJ")) {
                j--;
                continue;
            }
            break;
        }
        if (j < 0) {
            return List.of();
        }
        Token x = t.get(j);
        if (x.pos().equals("PRON")) {
            String he = refs.pronoun(s, j);
            if (he != null) {
                return List.of(new Phrase(s.index(), j, j, x.begin(), x.end(), x.text(), Referents.lower(x), he));
            }
            Phrase they = pluralPronouns.contains(Referents.lower(x)) ? refs.plural(s, j) : null;
            return they == null ? List.of() : List.of(they);
        }
        Phrase p = refs.phraseEndingAt(s, j);
        // "Police in Albania have entered": the subject is the phrase the prepositional phrase hangs on
        while (p != null && p.first() >= 2 && subjectPrepositions.contains(Referents.lower(t.get(p.first() - 1)))) {
            Phrase head = refs.phraseEndingAt(s, p.first() - 2);
            if (head == null) {
                break;
            }
            p = head;
        }
        List<Phrase> out = new ArrayList<>();
        boolean list = false;
        while (p != null) {
            out.add(0, p);
            int k = p.first() - 1;
            boolean and = k >= 0 && t.get(k).pos().equals("CCONJ");
            if (and) {
                k--;
            }
            boolean comma = k >= 0 && t.get(k).text().equals(",");
            if (comma) {
                k--;
            }
            // "A, B, and C": commas join only a list that ends in "and"; "On June 20, X" is no list
            list = list || and;
            p = (and || comma && list) && k >= 0 ? refs.phraseEndingAt(s, k) : null;
        }
        return out;
    }

    /** A phrase with those coordinated after it ("police officers and MKO terrorists"). */
    private List<Phrase> coordinated(Sentence s, Phrase first, Referents refs) {
        List<Phrase> out = new ArrayList<>();
        List<Token> t = s.tokens();
        for (Phrase p = first; p != null; ) {
            out.add(p);
            int k = p.last() + 1;
            if (k < t.size() && t.get(k).text().equals(",")) {
                k++;
            }
            if (k < t.size() && t.get(k).pos().equals("CCONJ")) {
                k++;
            }
            p = k > p.last() + 1 && k < t.size() ? refs.phraseStartingAt(s, k) : null;
        }
        return out;
    }

    private Phrase object(Sentence s, int i, Referents refs) {
        List<Token> t = s.tokens();
        int j = i + 1;
        if (j < t.size() && t.get(j).pos().equals("PRON")) {
            String him = refs.pronoun(s, j);
            return him == null ? null : new Phrase(s.index(), j, j, t.get(j).begin(), t.get(j).end(), t.get(j).text(), "", him);
        }
        return j < t.size() && !t.get(j).pos().matches("ADP|PUNCT|AUX|VERB|SCONJ|CCONJ|PART") ? refs.phraseStartingAt(s, j) : null;
    }

    /** The phrase after {@code preposition} right after an event noun ("the operation by X"). */
    private Phrase right(Sentence s, int i, String preposition, Referents refs) {
        List<Token> t = s.tokens();
        return i + 2 < t.size() && Referents.lower(t.get(i + 1)).equals(preposition) ? refs.phraseStartingAt(s, i + 2) : null;
    }

    /** The phrase after the first {@code preposition} following token {@code i} in the same clause. */
    private Phrase after(Sentence s, int i, String preposition, Referents refs) {
        List<Token> t = s.tokens();
        for (int j = i + 1; j < t.size() - 1; j++) {
            String w = Referents.lower(t.get(j));
            if (w.equals(";") || w.equals(".") || (w.equals(",") && j > i + 8)) {
                return null;
            }
            if (w.equals(preposition)) {
                return refs.phraseStartingAt(s, j + 1);
            }
        }
        return null;
    }

    /** The first place after a locative preposition in the clause; for entering a place, the place entered. */
    private void location(Sentence s, int i, Draft d, Referents refs) {
        List<Token> t = s.tokens();
        if (d.location == null && d.type.has(EventType.PLACE_PATIENT)) {
            d.location = d.patients.stream().filter(p -> refs.type(p) == EntityType.PLACE).findFirst().orElse(null);
        }
        for (int j = i - 2; d.location == null && j >= 1 && j > i - 6; j--) {
            // "in Iraq, where they were hosted": the relative clause happens in the place before it
            if (Referents.lower(t.get(j)).equals("where") && t.get(j - 1).text().equals(",")) {
                Phrase place = refs.phraseEndingAt(s, j - 2);
                if (place != null && place.ref() != null && refs.type(place.ref()) == EntityType.PLACE) {
                    d.location = place.ref();
                }
            }
        }
        for (int j = i + 1; d.location == null && j < t.size() - 1; j++) {
            String w = Referents.lower(t.get(j));
            if (w.equals(";") || w.equals(".") || w.equals(",") && j > i + 12 || w.equals("against")
                    || t.get(j).pos().equals("CCONJ") && j > i + 1) {
                break;
            }
            boolean placeOf = w.equals("of") && placeOfNouns.contains(Referents.lower(t.get(j - 1)));
            if (locative.contains(w) || placeOf) {
                Phrase p = refs.phraseStartingAt(s, j + 1);
                if (p != null && p.ref() != null && refs.type(p.ref()) == EntityType.PLACE) {
                    d.location = p.ref();
                }
            }
        }
        if (d.location != null) {
            d.facts.add(new Fact.Link(d.id, Fact.Relation.LOCATION, d.location, s.index()));
        }
    }

    /** The time expression nearest the trigger in its clause (no "and", "but" or ";" between them). */
    private void time(Sentence s, int i, Draft d, List<TimeExpression> times) {
        int at = s.tokens().get(i).begin();
        TimeExpression best = null;
        for (TimeExpression te : times) {
            if (te.sentence() == s.index() && sameClause(s, at, te.begin())
                    && (best == null || Math.abs(te.begin() - at) < Math.abs(best.begin() - at))) {
                best = te;
            }
        }
        if (best != null) {
            d.facts.add(new Fact.Time(d.id, best, s.index()));
        }
    }

    private boolean sameClause(Sentence s, int a, int b) {
        int from = Math.min(a, b);
        int to = Math.max(a, b);
        for (Token t : s.tokens()) {
            if (t.begin() > from && t.end() <= to && (t.pos().equals("CCONJ") || t.text().equals(";"))) {
                return false;
            }
        }
        return true;
    }

    /** "injured during the raid", "killed in the raid": part of the operation the noun refers to. */
    private void partOf(Sentence s, int i, Draft d, List<Draft> events) {
        if (d.type.isOperation()) {
            return;
        }
        List<Token> t = s.tokens();
        for (int j = i + 1; j + 2 < t.size() && j < i + 6; j++) {
            if (subeventLinks.contains(Referents.lower(t.get(j))) && Referents.lower(t.get(j + 1)).equals("the")) {
                EventFrames.Entry e = frames.lookup(t.get(j + 2).text(), t.get(j + 2).pos());
                Draft op = lastOperation(events);
                if (e != null && !e.verbal() && e.type().isOperation() && op != null) {
                    d.facts.add(new Fact.Link(d.id, Fact.Relation.PART_OF, op.id, s.index()));
                    return;
                }
            }
        }
    }

    private String label(Sentence s, int i, Draft d, Referents refs) {
        String trigger = s.tokens().get(i).text().toLowerCase(Locale.ROOT);
        Phrase o = refs.phraseStartingAt(s, i + 1);
        String tail = o != null && o.ref() != null && d.patients.contains(o.ref()) ? " " + o.text() : "";
        return d.type.localName() + ": " + trigger + tail;
    }

    private int firstVerb(List<Token> t) {
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).pos().equals("VERB")) {
                return k;
            }
        }
        return 0;
    }

    private int previousVerb(List<Token> t, int before) {
        for (int k = before - 1; k >= 0; k--) {
            if (t.get(k).pos().equals("VERB")) {
                return k;
            }
        }
        return -1;
    }

    private boolean isNounLike(Token t) {
        return t.pos().equals("NOUN") || t.pos().equals("PROPN");
    }

    private List<String> refs(List<Phrase> phrases) {
        return Referents.refs(phrases);
    }

    private void add(Draft d, Fact.Relation p, String ref, Sentence s) {
        if (ref != null) {
            d.facts.add(new Fact.Link(d.id, p, ref, s.index()));
        }
    }
}
