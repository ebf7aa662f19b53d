package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.extract.gazetteer.Gazetteer;

/**
 * Decides, once per document, whether a country acts there as an agent (a state or a national
 * team: "North Korea fired artillery", "Sweden defeated South Korea 1 – 0") or is a place ("in
 * Australia"). An agent country's mentions take the organization role, as in news annotation
 * conventions (GUM, OntoNotes GPE-as-ORG); the entity stays a place in the graph.
 *
 * <p>The decision is per country and per document, because a document keeps one view of a
 * country: it counts agent cues (the country is the subject of a verb, a side in a score or a
 * contest) against place cues (a locative preposition before it), and needs at least two agent
 * cues and more agent than place cues.
 */
final class CountryRoles {

    private final Gazetteer gazetteer;
    private final Set<String> locative;
    /** Words before a side of a contest: "defeated Panama", "against Belgium", "versus England". */
    private final Set<String> contest;
    /** Verb forms that do not make the country an agent ("Iran-based", "Iraq located ..."). */
    private final Set<String> notAgentive;

    CountryRoles(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        Set<String> placeCues = new java.util.HashSet<>(lexicon.words("place-prepositions"));
        placeCues.addAll(lexicon.words("visit-verbs"));
        this.locative = Set.copyOf(placeCues);
        this.contest = lexicon.words("contest-words");
        this.notAgentive = lexicon.words("not-agentive");
    }

    /** {@code mentions} with the organization role for the countries acting as agents. */
    List<Mention> apply(AnnotatedText text, List<Mention> mentions) {
        String doc = text.text();
        Map<String, int[]> cues = new HashMap<>();
        String[] country = new String[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.entityType() != EntityType.PLACE) {
                continue;
            }
            Optional<String> c = gazetteer.countryOf(m.name(doc));
            if (c.isEmpty() && gazetteer.regionKind(m.name(doc)).filter("nation"::equals).isPresent()) {
                // England, Scotland, Wales: nations with their own teams and bodies
                c = Optional.of(m.name(doc));
            }
            if (c.isEmpty()) {
                continue;
            }
            country[i] = c.get();
            int[] counts = cues.computeIfAbsent(c.get(), k -> new int[2]);
            Sentence s = text.sentences().get(m.sentence());
            int first = Document.tokenAt(s, m.begin());
            int last = Document.tokenAt(s, m.end() - 1);
            if (first < 0 || last < 0) {
                continue;
            }
            if (isAgent(s.tokens(), first, last)) {
                counts[0]++;
            } else {
                int before = skipArticle(s.tokens(), first) - 1;
                if (before >= 0 && locative.contains(lower(s.tokens().get(before)))) {
                    counts[1]++;
                }
            }
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            int[] counts = country[i] == null ? null : cues.get(country[i]);
            out.add(counts != null && counts[0] >= 2 && counts[0] > counts[1] ? m.withRole(EntityType.ORGANIZATION) : m);
        }
        return out;
    }

    /** Subject of a verb, a side of a score, or the object of a contest word. */
    private boolean isAgent(List<Token> t, int first, int last) {
        int next = last + 1;
        if (next < t.size()) {
            Token n = t.get(next);
            boolean verb = (n.pos().equals("VERB") || n.pos().equals("AUX")) && !n.isCapitalized()
                    && !notAgentive.contains(lower(n));
            if (verb || isScore(n.text())) {
                return true;
            }
        }
        int before = skipArticle(t, first) - 1;
        if (before >= 0) {
            Token p = t.get(before);
            if (contest.contains(lower(p)) || isScore(p.text())) {
                return true;
            }
        }
        return false;
    }

    private static int skipArticle(List<Token> t, int first) {
        return first > 0 && lower(t.get(first - 1)).equals("the") ? first - 1 : first;
    }

    private static boolean isScore(String token) {
        return !token.isEmpty() && token.length() <= 2 && token.chars().allMatch(Character::isDigit);
    }

    private static String lower(Token t) {
        return t.text().toLowerCase(Locale.ROOT);
    }
}
