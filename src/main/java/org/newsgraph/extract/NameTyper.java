package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.extract.gazetteer.Gazetteer;

/**
 * Types a candidate name from what the sentence and the gazetteers say, with a strength so that
 * document-level consistency can prefer the better evidence. Order matters: a known organization
 * or a title beats a head word, which beats a gazetteer place, which beats weak context cues.
 */
final class NameTyper {

    static final int WEAK = 1;
    static final int MEDIUM = 2;
    static final int STRONG = 3;

    /** A type and how sure of it we are. */
    record Guess(EntityType type, int strength) {
    }

    private final Set<String> eventHeads;
    private final Set<String> speech;
    /** Lower-case place words: "the capital Tirana", "the Ashraf-3 camp", "the Gaza border". */
    private final Set<String> placeNouns;
    /** Lower-case words for bodies right before a name: "the magazine MicroMega", "the firm Acme". */
    private final Set<String> orgNouns;
    private final Set<String> locative;

    private static final java.util.regex.Pattern DESIGNATOR = java.util.regex.Pattern.compile("\\p{Lu}|\\d{1,2}");

    private final Gazetteer gazetteer;

    NameTyper(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.eventHeads = lexicon.words("event-heads");
        this.speech = lexicon.words("speech-verbs");
        this.placeNouns = lexicon.words("place-nouns");
        this.orgNouns = lexicon.words("org-nouns");
        this.locative = lexicon.words("place-prepositions");
    }

    /** The type the sentence supports, or null when it says nothing definite. */
    Guess type(Sentence s, Candidate c) {
        List<Token> t = s.tokens();
        String name = text(s, c.first(), c.last());
        String first = t.get(c.first()).text();
        String last = t.get(c.last()).text();
        if (gazetteer.organization(name).isPresent()) {
            return new Guess(EntityType.ORGANIZATION, STRONG);
        }
        if (c.titled()) {
            return new Guess(EntityType.PERSON, STRONG);
        }
        if (c.length() == 2 && gazetteer.isOrgHead(first) && DESIGNATOR.matcher(last).matches()) {
            // "Group F", "Pool B", "Division 2": a lettered or numbered section of a body
            return new Guess(EntityType.ORGANIZATION, STRONG);
        }
        if (eventHeads.contains(last) && c.length() > 1) {
            return new Guess(EntityType.EVENT, STRONG);
        }
        // "Irving Independent School District": an organization head before a place head names a body
        if (c.length() > 1 && (gazetteer.isOrgHead(last) || startsWithOrgPrefix(s, c)
                || gazetteer.isPlaceHead(last) && c.length() > 2 && gazetteer.isOrgHead(t.get(c.last() - 1).text()))) {
            return new Guess(EntityType.ORGANIZATION, STRONG);
        }
        if (c.length() > 1 && (gazetteer.isPlaceHead(last) || startsWithPlacePrefix(s, c))) {
            return new Guess(EntityType.PLACE, STRONG);
        }
        if (gazetteer.isCountry(name) || gazetteer.isRegion(name)) {
            return new Guess(EntityType.PLACE, STRONG);
        }
        if (c.modifierStart() >= 1 && orgNouns.contains(t.get(c.modifierStart() - 1).text())) {
            // "the secularist magazine MicroMega", "the localist group Youngspiration"
            return new Guess(EntityType.ORGANIZATION, MEDIUM);
        }
        if (followedBySpeech(t, c) && c.length() <= 3 && !isAcronym(name)) {
            return new Guess(EntityType.PERSON, MEDIUM);
        }
        if (c.length() > 1 && gazetteer.isGivenName(first) && !gazetteer.isAmbiguousGivenName(first)
                && !gazetteer.isCity(name)) {
            return new Guess(EntityType.PERSON, MEDIUM);
        }
        if (gazetteer.isCity(name)) {
            return new Guess(EntityType.PLACE, gazetteer.cityPopulation(name).orElse(0) >= 100_000 ? MEDIUM : WEAK);
        }
        if (c.length() > 1 && gazetteer.isGivenName(first)) {
            return new Guess(EntityType.PERSON, WEAK);
        }
        if (isAcronym(name) && !hasDigit(name)) {
            return new Guess(EntityType.ORGANIZATION, WEAK);
        }
        if (placeNounAround(s, c)) {
            return new Guess(EntityType.PLACE, MEDIUM);
        }
        if (precededByLocative(t, c)) {
            return new Guess(EntityType.PLACE, WEAK);
        }
        return null;
    }

    /** A demonym alone ("Albanian", "Iranians") describes, it does not name: no mention. */
    boolean isDemonym(Sentence s, Candidate c) {
        return c.length() == 1 && gazetteer.countryOfDemonym(text(s, c.first(), c.last())).isPresent();
    }

    /** "the town of Manëz", "the Ashraf-3 camp": a place word right before or after the name. */
    private boolean placeNounAround(Sentence s, Candidate c) {
        List<Token> t = s.tokens();
        int f = c.modifierStart();
        if (f >= 2 && gazetteer.isPlacePrefix(text(s, f - 2, f - 1).toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (f >= 1 && placeNouns.contains(t.get(f - 1).text())) {
            return true;
        }
        int next = c.last() + 1;
        return next < t.size() && placeNouns.contains(t.get(next).text());
    }

    /**
     * The guess for a name nothing in the document typed, or null for no mention. Personal names
     * are rarely made of ordinary English words: a name headed by one ("Freedom Magazine", "People
     * Power") names a group or a thing; a lone ordinary word ("Iodine", "Countdown") is no name; a
     * name ending in a country or city ("Environment Canada") is an organization; the rest of the
     * names of one to three words ("Lukaku", "Kim Shin-wook") are people.
     */
    Guess fallback(Sentence s, Candidate c) {
        List<Token> t = s.tokens();
        String name = text(s, c.first(), c.last());
        String head = t.get(c.last()).text();
        if (c.length() == 1 && isAcronym(name) && hasDigit(name)) {
            // "IE6", "L2", "A19": a version, a model or a road, not a body
            return null;
        }
        if (hasDigit(name) || c.length() > 3) {
            return new Guess(EntityType.ORGANIZATION, WEAK);
        }
        if (isAcronym(name)) {
            return new Guess(EntityType.ORGANIZATION, WEAK);
        }
        boolean headWord = gazetteer.isCommonWord(head) && !gazetteer.isGivenName(head);
        if (c.length() == 1) {
            if (headWord || !t.get(c.first()).isProperNoun() && !gazetteer.isGivenName(head)) {
                return null;
            }
            return new Guess(EntityType.PERSON, WEAK);
        }
        if (headWord || gazetteer.isCountry(head) || gazetteer.isCity(head) && !gazetteer.isGivenName(t.get(c.first()).text())) {
            return new Guess(EntityType.ORGANIZATION, WEAK);
        }
        return new Guess(EntityType.PERSON, WEAK);
    }

    private boolean startsWithOrgPrefix(Sentence s, Candidate c) {
        return c.length() > 2 && gazetteer.isOrgPrefix(text(s, c.first(), c.first() + 1));
    }

    private boolean startsWithPlacePrefix(Sentence s, Candidate c) {
        return c.length() > 2 && gazetteer.isPlacePrefix(text(s, c.first(), c.first() + 1));
    }

    private boolean followedBySpeech(List<Token> t, Candidate c) {
        int next = c.last() + 1;
        if (next < t.size() && t.get(next).text().equals(",")) {
            return false;
        }
        return next < t.size() && speech.contains(t.get(next).text().toLowerCase(Locale.ROOT));
    }

    private boolean precededByLocative(List<Token> t, Candidate c) {
        int before = c.modifierStart() - 1;
        return before >= 0 && locative.contains(t.get(before).text().toLowerCase(Locale.ROOT));
    }

    private static boolean hasDigit(String name) {
        return name.chars().anyMatch(Character::isDigit);
    }

    static boolean isAcronym(String name) {
        String letters = name.replace(".", "");
        return letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
    }

    private static String text(Sentence s, int from, int to) {
        return Document.span(s, from, to);
    }
}
