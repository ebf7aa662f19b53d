package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.lang.Lexicon;

/**
 * Relations between entities, each from one sentence: positions from titles before a name
 * ("Albanian Interior Minister Bledi Cuci": a position "Interior Minister" in Albania) and from
 * appositions ("the head of the national police, Muhamet Rrumbullaku"); membership ("MKO members",
 * "a commander of the group named X"); containment ("the Ashraf-3 camp in the town of Manëz");
 * and the evaluative words a source applies to an entity ("the terrorist MKO", "dictator Saddam
 * Hussein"), recorded as its characterization, never as a type or a job.
 */
final class RelationExtractor implements Component {

    private final Gazetteer gazetteer;
    private final Set<String> evaluative;
    private final Set<String> memberHeads;
    private final Set<String> appositiveTitles;
    /** Kinship is a relation between people, not a position someone holds. */
    private final Set<String> kinship;
    private final Set<String> former;

    RelationExtractor(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.evaluative = lexicon.words("evaluative");
        this.memberHeads = lexicon.words("member-nouns");
        this.appositiveTitles = lexicon.words("appositive-titles");
        this.kinship = lexicon.words("kinship");
        this.former = lexicon.words("former-markers");
    }

    @Override
    public String name() {
        return "relations";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layer.TOKENS, Layer.ENTITIES, Referents.LAYER);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layer.RELATIONS);
    }

    @Override
    public void process(Document doc) {
        doc.add(Layer.RELATIONS, extract(doc.annotated(), doc.get(Layer.ENTITIES), Referents.of(doc)));
    }

    List<Fact> extract(AnnotatedText text, List<Entity> entities, Referents refs) {
        List<Fact> out = new ArrayList<>();
        int[] positions = {0};
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                Sentence s = text.sentences().get(m.sentence());
                if (e.type() == EntityType.PERSON) {
                    titleBefore(text, s, e, m, entities, out, positions);
                }
                characterization(s, e, m, out);
            }
        }
        for (Sentence s : text.sentences()) {
            describedGroups(s, refs, out);
            appositions(s, refs, out, positions);
            membership(s, refs, out);
            containment(s, refs, out);
        }
        return out;
    }

    /** "former Iraqi Prime Minister Nouri al-Maliki": a position, in a country, perhaps former. */
    private void titleBefore(AnnotatedText text, Sentence s, Entity person, Mention m, List<Entity> entities,
                             List<Fact> out, int[] positions) {
        List<Token> t = s.tokens();
        List<String> title = new ArrayList<>();
        String country = null;
        boolean former = false;
        for (Token tok : t) {
            if (tok.begin() >= m.begin() && tok.end() <= m.nameBegin()) {
                String w = tok.text();
                var demonym = gazetteer.countryOfDemonym(w);
                var named = gazetteer.countryOf(w);
                if (title.isEmpty() && this.former.contains(w.toLowerCase(Locale.ROOT))) {
                    former = true;
                } else if (title.isEmpty() && (demonym.isPresent() || named.isPresent())) {
                    country = demonym.orElseGet(named::get);
                } else {
                    title.add(w);
                }
            }
            if (tok.end() == m.begin() - 1 && this.former.contains(tok.text().toLowerCase(Locale.ROOT))) {
                former = true;
            }
        }
        int before = Document.tokenFrom(s, m.begin()) - 1;
        while (before >= 0 && title.isEmpty() && (t.get(before).pos().equals("ADJ") || t.get(before).pos().equals("NOUN"))) {
            String w = t.get(before).text();
            if (w.equalsIgnoreCase("former")) {
                former = true;
            } else if (gazetteer.countryOfDemonym(w).isPresent()) {
                country = country == null ? gazetteer.countryOfDemonym(w).get() : country;
            } else if (gazetteer.isPersonTitle(w) && !evaluative.contains(w.toLowerCase(Locale.ROOT))
                    && !kinship.contains(w.toLowerCase(Locale.ROOT))) {
                title.add(0, w);
            }
            before--;
        }
        // "University of Texas Arlington Muslim Student Association president Sehar Memon"
        String organization = before >= 0 && !title.isEmpty() ? organizationEndingAt(s, entities, t.get(before).end()) : null;
        if (before >= 0 && t.get(before).text().equalsIgnoreCase("former")) {
            former = true;
        }
        if (title.isEmpty()) {
            return;
        }
        String titleText = String.join(" ", title);
        String id = "#position-" + (++positions[0]);
        out.add(new Fact.Text(person.key(), Fact.Attribute.JOB_TITLE, titleText, s.index()));
        out.add(new Fact.Link(person.key(), Fact.Relation.HOLDS_POSITION, id, s.index()));
        out.add(new Fact.Text(id, Fact.Attribute.ROLE_NAME, titleText, s.index()));
        out.add(new Fact.Text(id, Fact.Attribute.LABEL, titleText + (country == null ? "" : ", " + country), s.index()));
        if (former) {
            out.add(new Fact.Former(id, s.index()));
        }
        if (organization != null) {
            out.add(new Fact.Link(id, Fact.Relation.POSITION_IN, organization, s.index()));
            out.add(new Fact.Link(person.key(), Fact.Relation.MEMBER_OF, organization, s.index()));
        } else if (country != null) {
            String key = EntityKeys.of(EntityType.PLACE, country);
            for (Entity e : entities) {
                if (e.key().equals(key) || e.type() == EntityType.PLACE && e.label().equals(country)) {
                    out.add(new Fact.Link(id, Fact.Relation.POSITION_IN, e.key(), s.index()));
                    break;
                }
            }
        }
    }

    private String organizationEndingAt(Sentence s, List<Entity> entities, int end) {
        for (Entity e : entities) {
            if (e.type() == EntityType.ORGANIZATION && e.mentions().stream().anyMatch(m -> m.sentence() == s.index() && m.end() == end)) {
                return e.key();
            }
        }
        return null;
    }

    /** "the head of the national police, Muhamet Rrumbullaku," and "X, the head of Y,". */
    private void appositions(Sentence s, Referents refs, List<Fact> out, int[] positions) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 3 < t.size(); i++) {
            String w = Referents.lower(t.get(i));
            if (!appositiveTitles.contains(w) || !Referents.lower(t.get(i + 1)).equals("of")) {
                continue;
            }
            Phrase org = refs.phraseStartingAt(s, i + 2);
            if (org == null || org.ref() == null) {
                continue;
            }
            int after = org.last() + 1;
            String person = null;
            if (after + 1 < t.size() && (t.get(after).text().equals(",") || Referents.lower(t.get(after)).equals("named"))) {
                person = personAt(s, after + 1, refs);
            }
            if (person == null && i >= 3 && t.get(i - 2).text().equals(",")) {
                person = personEndingAt(s, i - 3, refs);
            }
            if (person == null) {
                continue;
            }
            String title = t.get(i).text();
            String id = "#position-" + (++positions[0]);
            out.add(new Fact.Text(person, Fact.Attribute.JOB_TITLE, title + " of " + org.text(), s.index()));
            out.add(new Fact.Link(person, Fact.Relation.HOLDS_POSITION, id, s.index()));
            out.add(new Fact.Text(id, Fact.Attribute.ROLE_NAME, title, s.index()));
            out.add(new Fact.Text(id, Fact.Attribute.LABEL, title + " of " + org.text(), s.index()));
            out.add(new Fact.Link(id, Fact.Relation.POSITION_IN, org.ref(), s.index()));
            if (refs.type(org.ref()) == EntityType.ORGANIZATION) {
                out.add(new Fact.Link(person, Fact.Relation.MEMBER_OF, org.ref(), s.index()));
            }
        }
    }

    private String personAt(Sentence s, int i, Referents refs) {
        String e = i < s.tokens().size() ? refs.entityAt(s, i) : null;
        return e != null && refs.type(e) == EntityType.PERSON ? e : null;
    }

    private String personEndingAt(Sentence s, int i, Referents refs) {
        return i >= 0 ? personAt(s, i, refs) : null;
    }

    /** "MKO members", "MKO terrorist commanders", "members of the group": a group of people belonging to the organization. */
    private void membership(Sentence s, Referents refs, List<Fact> out) {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            if (!memberHeads.contains(Referents.lower(t.get(i))) || !t.get(i).pos().equals("NOUN")) {
                continue;
            }
            Phrase p = refs.phraseEndingAt(s, i);
            if (p == null || p.ref() == null || refs.type(p.ref()) != null) {
                continue;
            }
            // "members of the terror cult": the organization the "of" phrase refers to
            Phrase of = i + 2 < t.size() && Referents.lower(t.get(i + 1)).equals("of") ? refs.phraseStartingAt(s, i + 2) : null;
            if (of != null && of.ref() != null && refs.type(of.ref()) == EntityType.ORGANIZATION) {
                out.add(new Fact.Link(p.ref(), Fact.Relation.MEMBER_OF, of.ref(), s.index()));
                continue;
            }
            // the organization right before the head, with at most an adjective or evaluative word
            // between ("MKO terrorist commanders"); a longer stretch is likely a tagging error
            for (int j = i - 1; j >= p.first() && j >= i - 2; j--) {
                String org = refs.entityAt(s, j);
                if (org != null && refs.type(org) == EntityType.ORGANIZATION) {
                    out.add(new Fact.Link(p.ref(), Fact.Relation.MEMBER_OF, org, s.index()));
                    break;
                }
                if (!t.get(j).pos().equals("ADJ") && !evaluative.contains(Referents.lower(t.get(j)))) {
                    break;
                }
            }
        }
    }

    /** "the Ashraf-3 camp in the western town of Manëz": a place inside another. */
    private void containment(Sentence s, Referents refs, List<Fact> out) {
        List<Token> t = s.tokens();
        for (int i = 0; i + 2 < t.size(); i++) {
            if (!Referents.lower(t.get(i + 1)).equals("in")) {
                continue;
            }
            Phrase inner = refs.phraseEndingAt(s, i);
            Phrase outer = refs.phraseStartingAt(s, i + 2);
            if (inner == null || outer == null || inner.ref() == null || outer.ref() == null || inner.ref().equals(outer.ref())) {
                continue;
            }
            String via = outer.ref();
            if (refs.type(via) != EntityType.PLACE && outer.last() + 2 < t.size() && Referents.lower(t.get(outer.last() + 1)).equals("of")) {
                Phrase named = refs.phraseStartingAt(s, outer.last() + 2);
                via = named == null ? null : named.ref();
            }
            if (refs.type(inner.ref()) == EntityType.PLACE && via != null && refs.type(via) == EntityType.PLACE) {
                out.add(new Fact.Link(inner.ref(), Fact.Relation.CONTAINED_IN, via, s.index()));
            }
        }
    }

    /** "the notorious organization", "the terror cult": evaluative words in a description of an organization. */
    private void describedGroups(Sentence s, Referents refs, List<Fact> out) {
        List<Token> t = s.tokens();
        for (int i = 1; i < t.size(); i++) {
            if (!t.get(i).pos().equals("NOUN")) {
                continue;
            }
            Phrase p = refs.phraseEndingAt(s, i);
            if (p == null || p.ref() == null || refs.type(p.ref()) != EntityType.ORGANIZATION || refs.entityAt(s, i) != null) {
                continue;
            }
            for (int j = p.first(); j <= i; j++) {
                String w = Referents.lower(t.get(j));
                if (evaluative.contains(w)) {
                    out.add(new Fact.Text(p.ref(), Fact.Attribute.CHARACTERIZED_AS, p.text().toLowerCase(Locale.ROOT), s.index()));
                    break;
                }
            }
        }
    }

    /** Evaluative words right before a mention, inside its noun phrase. */
    private void characterization(Sentence s, Entity e, Mention m, List<Fact> out) {
        List<Token> t = s.tokens();
        int i = Document.tokenFrom(s, m.nameBegin()) - 1;
        while (i >= 0 && (t.get(i).pos().matches("ADJ|NOUN|PROPN") || t.get(i).begin() >= m.begin())) {
            String w = Referents.lower(t.get(i));
            if (evaluative.contains(w)) {
                out.add(new Fact.Text(e.key(), Fact.Attribute.CHARACTERIZED_AS, w, s.index()));
            }
            i--;
        }
    }
}
