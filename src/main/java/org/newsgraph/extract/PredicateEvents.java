package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.annotate.PropBank;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.lang.Lexicon;

/**
 * Events from predicate-argument structure: every verb or event noun the role labeller marks as
 * a predicate becomes an event with its roleset ({@code ng:frame}), ARG0 as agent, ARG1 as patient,
 * a place of its ARGM-LOC as location, the time expression of its ARGM-TMP or of its own clause as
 * time, and its other arguments as {@link Fact.Argument}s. Not events: auxiliaries, copulas,
 * states and aspect ({@code not-events}), light verbs (their noun is the event), words inside a name,
 * a dateline's verb with no subject or object ({@code dateline-verbs}: "Posted: June 12"), nouns that
 * name things ({@code concrete-nouns}: "administration", "building") and nouns with no core argument
 * unless they are event nouns ({@code event-nouns}: "the trial", "a fire"); both noun lists are GUM's
 * entity types, read by {@code scripts/event-nouns/build.py}. A core role the labeller gives twice
 * ("ARG0 Paganini", "ARG0 Keck Observatory") keeps only one argument.
 * Its class comes from the typing table {@code event-classes.tsv} (CAMEO verbs mapped to the
 * ontology's classes), looked up by the roleset's lemma, then by the word; otherwise it is a plain
 * event.
 *
 * <p>The trigger-table extractor ({@link EventExtractor}, run before) stays the typed layer for
 * its own trigger words: where it made an event, this component adds the frame and the further
 * arguments to that event; where it refused one of its verbs (no participant its patterns accept:
 * "causing destruction and killing 10 people", "prices entered"), the predicate is a plain event, since the
 * table's class holds only for the senses its patterns check; a noun it refused is no event ("no injuries"),
 * except an event noun refused for want of participants ("the trial began", "the murder shocked the town")
 * that no negator ({@code negators}) denies. An event noun the labeller gives no roleset ("the theft", "the
 * quake") is an event without a frame. A participle the tagger calls an adjective is a verb in the passive
 * ("was damaged"). Negation
 * ("did not") makes the event negated; a hedging modal ("may") or an intention or raising verb above
 * it ("plans to sell", "is estimated to have been") makes it hedged. A predicate with no subject of its own takes the subject of the clause it is
 * joined to ("He was said to be ..., and was in charge"); one whose argument is marked as during or
 * in another event ("during an operation") is part of that event.
 */
final class PredicateEvents implements Component {

    /** Events from frames, and what they add to the trigger table's events. */
    static final Layer<Fact> LAYER = new Layer<>("frames");

    private final EventFrames frames;
    private final Map<String, EventType> classes = new HashMap<>();
    private final Set<String> notEvents;
    private final Set<String> lightVerbs;
    private final Set<String> hedgingModals;
    private final Set<String> intention;
    private final Set<String> presentPerfectAuxiliaries;
    private final Set<String> raising;
    private final Set<String> subeventLinks;
    private final Set<String> eventNouns;
    private final Set<String> concreteNouns;
    private final Set<String> negators;
    private final Set<String> datelineVerbs;

    PredicateEvents(Lexicon lexicon) {
        this.frames = new EventFrames(lexicon);
        for (String[] row : lexicon.table("event-classes.tsv")) {
            if (row.length < 3) {
                throw new IllegalArgumentException("event-classes.tsv: row " + String.join(" | ", row) + ": needs 4 tab-separated columns");
            }
            EventType type = frames.types().get(row[2]);
            if (type != null) {
                classes.put(row[0], type);
            }
        }
        this.notEvents = lexicon.words("not-events");
        this.lightVerbs = lexicon.words("light-verbs");
        this.hedgingModals = lexicon.words("hedging-modals");
        this.intention = lexicon.words("intention-verbs");
        this.presentPerfectAuxiliaries = lexicon.words("present-perfect-auxiliaries");
        this.raising = lexicon.words("raising-verbs");
        this.subeventLinks = lexicon.words("subevent-links");
        this.eventNouns = lexicon.words("event-nouns");
        this.concreteNouns = lexicon.words("concrete-nouns");
        this.negators = lexicon.words("negators");
        this.datelineVerbs = lexicon.words("dateline-verbs");
    }

    @Override
    public String name() {
        return "frames";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layer.TOKENS, Layer.TIMES, Referents.LAYER, Layer.EVENTS);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(LAYER);
    }

    @Override
    public void process(Document doc) {
        Referents refs = Referents.of(doc);
        Map<Integer, String> triggers = new HashMap<>();
        Set<String> seen = new HashSet<>();
        int count = 0;
        for (Fact f : doc.get(Layer.EVENTS)) {
            if (f instanceof Fact.Event) {
                count++;
            } else if (f instanceof Fact.Trigger t && seen.add(t.subject())) {
                // an event's first trigger is the word that made it; later ones are references ("the raid")
                triggers.put(t.begin(), t.subject());
            }
        }
        Map<Integer, String> nounEvents = new HashMap<>();
        doc.get(Layer.EVENTS).forEach(f -> {
            if (f instanceof Fact.Trigger t) {
                nounEvents.put(t.begin(), t.subject());
            }
        });
        List<TimeExpression> times = doc.get(Layer.TIMES);
        java.time.LocalDate published = doc.annotated().article().metadata().datePublished();
        List<Fact> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (PropBank.Predicate p : s.predicates()) {
                Token t = s.tokens().get(p.index());
                String existing = triggers.get(t.begin());
                if (existing != null) {
                    enrich(s, p, existing, refs, out);
                } else if (isEvent(s, p, refs)) {
                    // a word the trigger table refused gets no class: the table's class holds only for the senses its patterns check
                    boolean typed = frames.lookup(t.text(), t.pos()) == null || isUndeniedEventNoun(s, p.index());
                    if (!typed && !isVerbal(s, p.index())) {
                        continue;
                    }
                    String id = "#event-" + (++count);
                    nounEvents.put(t.begin(), id);
                    event(s, p, id, typed, refs, times, published, nounEvents, out);
                }
            }
            for (int i = 0; i < s.tokens().size(); i++) {
                Token t = s.tokens().get(i);
                if (!nounEvents.containsKey(t.begin()) && !t.deprel().startsWith("compound") && refs.entityAt(s, i) == null
                        && isUndeniedEventNoun(s, i)) {
                    // an event noun the labeller gives no roleset ("the quake", "the trial"): an event all the same
                    String id = "#event-" + (++count);
                    nounEvents.put(t.begin(), id);
                    event(s, new PropBank.Predicate(i, null, List.of()), id, true, refs, times, published, nounEvents, out);
                }
            }
        }
        doc.add(LAYER, out);
    }

    private boolean isEvent(Sentence s, PropBank.Predicate p, Referents refs) {
        Token t = s.tokens().get(p.index());
        String lemma = lemma(p.roleset());
        if (notEvents.contains(lemma) || t.deprel().startsWith("aux") || t.deprel().equals("cop")
                || lightVerbs.contains(Referents.lower(t)) || refs.entityAt(s, p.index()) != null
                || raising.contains(Referents.lower(t)) && child(s, p.index(), "xcomp") >= 0) {
            // "he was said to be", "is estimated to have been": the raising verb hedges its complement, which is the event
            return false;
        }
        if (isVerbal(s, p.index())) {
            // "Posted: June 12, 2013" dates the page
            return !datelineVerbs.contains(lemma) || child(s, p.index(), "obj") >= 0 || hasSubject(s, p.index());
        }
        String word = Referents.lower(t);
        return t.pos().equals("NOUN") && !t.deprel().startsWith("compound") && !concreteNouns.contains(word)
                && (classOf(p, t) != null || eventNouns.contains(word) || p.arguments().stream().anyMatch(a -> isCore(a.role())));
    }

    /** A verb, or a participle in the passive that the tagger calls an adjective ("was damaged", "had been damaged"). */
    private static boolean isVerbal(Sentence s, int i) {
        String pos = s.tokens().get(i).pos();
        return pos.equals("VERB") || pos.equals("ADJ") && (child(s, i, "aux:pass") >= 0 || child(s, i, "nsubj:pass") >= 0);
    }

    /** An event noun none of whose dependents is a negator ("the trial", not "no injuries", "without casualties"). */
    private boolean isUndeniedEventNoun(Sentence s, int noun) {
        Token t = s.tokens().get(noun);
        if (!t.pos().equals("NOUN") || !eventNouns.contains(Referents.lower(t))) {
            return false;
        }
        return s.tokens().stream().noneMatch(k -> k.head() == noun && negators.contains(Referents.lower(k)));
    }

        /** The frame and the arguments the trigger table's event does not have yet (it keeps its own agent, patient, place, time). */
    private void enrich(Sentence s, PropBank.Predicate p, String id, Referents refs, List<Fact> out) {
        out.add(new Fact.Text(id, Fact.Attribute.FRAME, p.roleset(), s.index()));
        int n = 0;
        for (PropBank.Argument a : p.arguments()) {
            String r = a.role();
            if (!r.equals("ARG0") && !r.equals("ARG1") && !r.equals("ARGM-LOC") && !r.equals("ARGM-TMP") && isOther(r)) {
                out.add(argument(s, a, id, ++n, refs));
            }
        }
    }

    private void event(Sentence s, PropBank.Predicate p, String id, boolean typed, Referents refs, List<TimeExpression> times,
            java.time.LocalDate published, Map<Integer, String> nounEvents, List<Fact> out) {
        Token t = s.tokens().get(p.index());
        EventType type = typed ? classOf(p, t) : null;
        out.add(new Fact.Event(id, type, s.index()));
        out.add(new Fact.Trigger(id, t.begin(), t.end(), s.index()));
        if (p.roleset() != null) {
            out.add(new Fact.Text(id, Fact.Attribute.FRAME, p.roleset(), s.index()));
        }
        List<String> patients = new ArrayList<>();
        boolean agent = false;
        TimeExpression time = null;
        Certainty certainty = hedgedByHead(s, p.index()) ? Certainty.HEDGED : null;
        int n = 0;
        Set<PropBank.Argument> kept = new HashSet<>(oneEachCoreRole(s, p));
        for (PropBank.Argument a : p.arguments()) {
            String r = a.role();
            Token h = s.tokens().get(a.head());
            if (!kept.contains(a)) {
                // a second ARG1 is no patient, but "during an operation" still makes the event part of it
            } else if (r.equals("ARGM-NEG")) {
                certainty = Certainty.NEGATED;
            } else if (r.equals("ARGM-MOD")) {
                if (certainty == null && hedgingModals.contains(Referents.lower(h))) {
                    certainty = Certainty.HEDGED;
                }
            } else if (r.equals("ARG0") && isNominal(h)) {
                for (String x : participants(s, a.head(), refs)) {
                    out.add(new Fact.Link(id, Fact.Relation.AGENT, x, s.index()));
                    agent = true;
                }
            } else if (r.equals("ARG1") && isNominal(h) && !isClause(s, a.head())) {
                for (String x : participants(s, a.head(), refs)) {
                    if (!patients.contains(x)) {
                        patients.add(x);
                        out.add(new Fact.Link(id, Fact.Relation.PATIENT, x, s.index()));
                    }
                }
            } else if (r.equals("ARGM-TMP") && time == null
                    && (time = own(s, p.index(), timeIn(s, a.head(), times), published)) != null) {
                out.add(new Fact.Time(id, time, s.index()));
            } else if (r.equals("ARGM-LOC") && place(s, a.head(), refs) != null) {
                out.add(new Fact.Link(id, Fact.Relation.LOCATION, place(s, a.head(), refs), s.index()));
            } else if (isOther(r) || r.equals("ARG0") || r.equals("ARG1")) {
                out.add(argument(s, a, id, ++n, refs));
            }
            String whole = isNominal(h) && subeventLinks.contains(marker(s, a.head())) ? nounEvents.get(h.begin()) : null;
            if (whole != null && !whole.equals(id)) {
                out.add(new Fact.Link(id, Fact.Relation.PART_OF, whole, s.index()));
            }
        }
        if (!agent && p.arguments().stream().noneMatch(a -> a.role().equals("ARG0"))) {
            int subject = inheritedSubject(s, p.index());
            if (subject >= 0) {
                // a passive subject stays the patient, except that of a raising verb ("he was said to ...")
                Token k = s.tokens().get(subject);
                boolean passive = k.deprel().equals("nsubj:pass") && !raising.contains(Referents.lower(s.tokens().get(k.head())));
                Fact.Relation role = passive ? Fact.Relation.PATIENT : Fact.Relation.AGENT;
                participants(s, subject, refs).stream().filter(x -> !patients.contains(x))
                        .forEach(x -> out.add(new Fact.Link(id, role, x, s.index())));
            }
        }
        if (time == null && (time = own(s, p.index(), ownClauseTime(s, p.index(), times), published)) != null) {
            out.add(new Fact.Time(id, time, s.index()));
        }
        if (certainty != null) {
            out.add(new Fact.Modality(id, certainty, s.index()));
        }
        String tail = patients.isEmpty() ? "" : " " + refs.label(patients.get(0));
        String kind = type != null ? type.localName() : p.roleset() != null ? lemma(p.roleset()) : Referents.lower(t);
        out.add(new Fact.Text(id, Fact.Attribute.LABEL, kind + ": " + t.text().toLowerCase(Locale.ROOT) + tail, s.index()));
    }

    /**
     * The predicate's arguments with each numbered role once: PropBank gives a predicate one ARG0 and one
     * ARG1, so where the labeller marks two ("ARG0 Paganini", "ARG0 Keck Observatory" of "spotted"), the
     * predicate's own dependent is kept, else the noun the predicate modifies, else the one nearest to it.
     */
    private static List<PropBank.Argument> oneEachCoreRole(Sentence s, PropBank.Predicate p) {
        Map<String, PropBank.Argument> best = new HashMap<>();
        for (PropBank.Argument a : p.arguments()) {
            if (isCore(a.role())) {
                best.merge(a.role(), a, (x, y) -> distance(s, p.index(), y.head()) < distance(s, p.index(), x.head()) ? y : x);
            }
        }
        return p.arguments().stream().filter(a -> !isCore(a.role()) || best.get(a.role()) == a).toList();
    }

    /** 0 for the predicate's own dependent, 1 for the noun it modifies ("a presentation led by ..."), else 2 plus the words between them. */
    private static int distance(Sentence s, int predicate, int head) {
        if (s.tokens().get(head).head() == predicate) {
            return 0;
        }
        return s.tokens().get(predicate).head() == head ? 1 : 2 + Math.abs(head - predicate);
    }

    private EventType classOf(PropBank.Predicate p, Token t) {
        EventType c = p.roleset() == null ? null : classes.get(lemma(p.roleset()));
        return c != null ? c : classes.get(Referents.lower(t));
    }

    private Fact.Argument argument(Sentence s, PropBank.Argument a, String event, int n, Referents refs) {
        int[] span = subtree(s, a.head());
        List<String> refers = isNominal(s.tokens().get(a.head())) ? participants(s, a.head(), refs) : List.of();
        return new Fact.Argument(event, event + "-arg-" + n, a.role(), Document.span(s, span[0], span[1]),
                refers.isEmpty() ? null : refers.get(0), s.index());
    }

    /** "during the operation", "in the raid": the case word of an argument. */
    private static String marker(Sentence s, int head) {
        for (Token k : s.tokens()) {
            if (k.head() == head && k.deprel().equals("case")) {
                return Referents.lower(k);
            }
        }
        return "";
    }

    /** What a nominal argument head refers to: the entity or thing of its phrase, and of each conjunct. */
    private static List<String> participants(Sentence s, int head, Referents refs) {
        List<String> out = new ArrayList<>();
        List<Token> t = s.tokens();
        List<Integer> heads = new ArrayList<>(List.of(head));
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).deprel().equals("conj") && heads.contains(t.get(k).head()) && isNominal(t.get(k))) {
                heads.add(k);
            }
        }
        for (int h : heads) {
            String ref = t.get(h).pos().equals("PRON") ? refs.pronoun(s, h) : refs.entityAt(s, h);
            if (ref == null && !t.get(h).pos().equals("PRON")) {
                Phrase p = refs.phraseEndingAt(s, h);
                ref = p == null ? null : p.ref();
            }
            if (ref != null && !out.contains(ref)) {
                out.add(ref);
            }
        }
        return out;
    }

    private static String place(Sentence s, int head, Referents refs) {
        List<String> p = participants(s, head, refs);
        return p.isEmpty() || refs.type(p.get(0)) != EntityType.PLACE ? null : p.get(0);
    }

    /**
     * The time the parse gives a predicate, unless English says it is another's: "since" bounds the
     * state before a noun's event ("the first victory since 1958"); an intention verb's future is
     * that of its complement ("plans to meet tomorrow"); a present perfect ("has inspired") takes
     * no period over before publication ("news of the arrest last week has inspired").
     */
    private TimeExpression own(Sentence s, int predicate, TimeExpression te, java.time.LocalDate published) {
        if (te == null) {
            return null;
        }
        Token t = s.tokens().get(predicate);
        if (te.ongoing() && !t.pos().equals("VERB")) {
            return null;
        }
        boolean complement = false;
        boolean presentPerfect = false;
        for (Token k : s.tokens()) {
            if (k.head() == predicate) {
                complement |= k.deprel().equals("xcomp");
                presentPerfect |= k.deprel().equals("aux") && presentPerfectAuxiliaries.contains(Referents.lower(k));
            }
        }
        if (complement && intention.contains(Referents.lower(t))) {
            return null;
        }
        return presentPerfect && !te.ongoing() && published != null && endsBefore(te, published) ? null : te;
    }

    /** Whether a calendar time ends before the day {@code day}. */
    private static boolean endsBefore(TimeExpression te, java.time.LocalDate day) {
        TimeValue end = te.until() != null ? te.until() : te.start();
        return switch (end.precision()) {
            case DAY -> java.time.LocalDate.parse(end.lexical()).isBefore(day);
            case MONTH -> java.time.YearMonth.parse(end.lexical()).isBefore(java.time.YearMonth.from(day));
            case YEAR -> Integer.parseInt(end.lexical()) < day.getYear();
            default -> false;
        };
    }

    /** The time expression that overlaps the argument's words. */
    private static TimeExpression timeIn(Sentence s, int head, List<TimeExpression> times) {
        int[] span = subtree(s, head);
        int from = s.tokens().get(span[0]).begin();
        int to = s.tokens().get(span[1]).end();
        for (TimeExpression te : times) {
            if (te.sentence() == s.index() && te.anchorsEvents() && te.begin() < to && te.end() > from) {
                return te;
            }
        }
        return null;
    }

    /** A time expression whose nearest verb or predicate above it is this predicate: one of its own clause ("July" in "in charge ... in July 1988"). */
    private static TimeExpression ownClauseTime(Sentence s, int predicate, List<TimeExpression> times) {
        List<Token> t = s.tokens();
        Set<Integer> predicates = new HashSet<>();
        s.predicates().forEach(p -> predicates.add(p.index()));
        for (TimeExpression te : times) {
            int head = te.sentence() == s.index() && te.anchorsEvents() ? headOf(s, te) : -1;
            if (head < 0) {
                continue;
            }
            int up = t.get(head).head();
            for (int steps = 0; up >= 0 && !predicates.contains(up) && !t.get(up).pos().equals("VERB") && steps < t.size(); steps++) {
                up = t.get(up).head();
            }
            if (up == predicate) {
                return te;
            }
        }
        return null;
    }

    /** The token of a time expression whose head lies outside it, or -1. */
    private static int headOf(Sentence s, TimeExpression te) {
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            if (within(t.get(k), te) && (t.get(k).head() < 0 || !within(t.get(t.get(k).head()), te))) {
                return k;
            }
        }
        return -1;
    }

    private static boolean within(Token k, TimeExpression te) {
        return k.begin() >= te.begin() && k.end() <= te.end();
    }

    /** "plans to sell", "is estimated to have been accommodating": an intention or raising verb above the predicate. */
    private boolean hedgedByHead(Sentence s, int predicate) {
        Token t = s.tokens().get(predicate);
        if (!t.deprel().equals("xcomp") || t.head() < 0) {
            return false;
        }
        String head = Referents.lower(s.tokens().get(t.head()));
        return intention.contains(head) || raising.contains(head);
    }

    /**
     * The subject of a predicate with none of its own: that of the clause it is coordinated with
     * or is the complement of ("He was said ..., and was in charge"; "Albania started hosting").
     */
    private static int inheritedSubject(Sentence s, int predicate) {
        List<Token> t = s.tokens();
        int at = predicate;
        for (int depth = 0; at >= 0 && depth < 4; depth++) {
            for (int k = 0; k < t.size(); k++) {
                if (t.get(k).head() == at && t.get(k).deprel().startsWith("nsubj")) {
                    return at == predicate ? -1 : k;
                }
            }
            String rel = t.get(at).deprel();
            // a conjunct joined by "and", "but": one without the conjunction is more often a parse that went wrong
            if (!(rel.equals("conj") && child(s, at, "cc") >= 0) && !rel.equals("xcomp")) {
                return -1;
            }
            at = t.get(at).head();
        }
        return -1;
    }

    private static boolean hasSubject(Sentence s, int head) {
        return s.tokens().stream().anyMatch(k -> k.head() == head && k.deprel().startsWith("nsubj"));
    }

        /** The first child of {@code head} by {@code deprel}, or -1. */
    private static int child(Sentence s, int head, String deprel) {
        for (int k = 0; k < s.tokens().size(); k++) {
            if (s.tokens().get(k).head() == head && s.tokens().get(k).deprel().equals(deprel)) {
                return k;
            }
        }
        return -1;
    }

    /** A nominal head with a subject or copula of its own heads a clause ("that X was a commander"), not a noun phrase. */
    private static boolean isClause(Sentence s, int head) {
        for (Token k : s.tokens()) {
            if (k.head() == head && (k.deprel().equals("cop") || k.deprel().startsWith("nsubj"))) {
                return true;
            }
        }
        return false;
    }

    /** First and last token index of the subtree of {@code head} (its contiguous words). */
    private static int[] subtree(Sentence s, int head) {
        int first = head;
        int last = head;
        for (int k = 0; k < s.tokens().size(); k++) {
            if (dominates(s, head, k)) {
                first = Math.min(first, k);
                last = Math.max(last, k);
            }
        }
        while (last > first && s.tokens().get(last).pos().equals("PUNCT")) {
            last--;
        }
        while (first < last && s.tokens().get(first).pos().equals("PUNCT")) {
            first++;
        }
        return new int[] {first, last};
    }

    private static boolean dominates(Sentence s, int head, int k) {
        for (int x = k, steps = 0; x >= 0 && steps < s.tokens().size(); x = s.tokens().get(x).head(), steps++) {
            if (x == head) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNominal(Token t) {
        return t.pos().equals("NOUN") || t.pos().equals("PROPN") || t.pos().equals("PRON") || t.pos().equals("NUM");
    }

    private static boolean isCore(String role) {
        return role.matches("ARG[0-5]");
    }

    /** Roles kept as arguments: the numbered ones and the modifiers with content (not discourse, negation, modals, references). */
    private static boolean isOther(String role) {
        return role.matches("ARG[2-5]|ARGM-(LOC|TMP|MNR|CAU|PRP|GOL|DIR|EXT|PRD|ADV|COM|PNC)");
    }

    private static String lemma(String roleset) {
        int dot = roleset.lastIndexOf('.');
        return dot < 0 ? roleset : roleset.substring(0, dot);
    }
}
