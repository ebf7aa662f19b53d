package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.lang.Lexicon;

/**
 * The standard recognizer: candidate names from part of speech ({@link NameChunker}), typed by
 * gazetteers and context cues ({@link NameTyper}), then made consistent across the document: a
 * name typed with confidence somewhere lends its type to the same name, or its surname, elsewhere.
 * Places nested in names ("Texas" in "Irving, Texas" or in "US President ...") are mentions too.
 */
public final class NameRecognizer implements Recognizer {

    private final Gazetteer gazetteer;
    private final NameChunker chunker;
    private final NameTyper typer;
    private final CountryRoles countryRoles;

    private final Set<String> possessive;
    private final Set<String> postmodifier;
    /** Compass words name no place on their own inside a longer name ("Kowloon East", "North Oakland"). */
    private final Set<String> directions;
    private final Set<String> functionWords;

    /** The recognizer with the bundled English lexicon. */
    public NameRecognizer(Gazetteer gazetteer) {
        this(gazetteer, Lexicon.english());
    }

    public NameRecognizer(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.chunker = new NameChunker(gazetteer, lexicon);
        this.typer = new NameTyper(gazetteer, lexicon);
        this.countryRoles = new CountryRoles(gazetteer, lexicon);
        this.possessive = lexicon.words("possessive-markers");
        this.postmodifier = lexicon.words("name-postmodifiers");
        this.directions = lexicon.words("directions");
        this.functionWords = lexicon.words("acronym-function-words");
    }

    @Override
    public List<Mention> recognize(AnnotatedText text) {
        String doc = text.text();
        List<Typed> typed = new ArrayList<>();
        Set<String> commonAcronyms = commonNounAcronyms(text);
        for (Sentence s : text.sentences()) {
            for (Candidate c : chunker.chunk(s)) {
                if (typer.isDemonym(s, c)) {
                    continue;
                }
                String name = name(s, c);
                if (c.length() == 1 && (isCommonAcronym(commonAcronyms, name) || isGeneralAcronym(name))) {
                    continue;
                }
                if (gazetteer.isProduct(name)) {
                    // "Internet Explorer", "Windows XP": a product, not the company that makes it;
                    // the maker named first ("Google Chrome") is a mention of its own
                    Token maker = s.tokens().get(c.first());
                    if (c.length() > 1 && gazetteer.organization(maker.text()).isPresent()) {
                        typed.add(new Typed(s, new Candidate(c.sentence(), c.first(), c.first(), c.first(), false),
                                maker.text(), new NameTyper.Guess(EntityType.ORGANIZATION, NameTyper.STRONG)));
                    }
                    continue;
                }
                typed.add(new Typed(s, c, name, typer.type(s, c)));
            }
        }
        Map<String, NameTyper.Guess> known = documentTypes(typed);
        recurringNames(text, typed, known);
        groupsOfPeople(typed, known);
        List<Mention> out = new ArrayList<>();
        for (Typed t : typed) {
            NameTyper.Guess guess = t.guess;
            NameTyper.Guess seen = known.get(t.name);
            if (seen != null && (guess == null || seen.strength() > guess.strength())) {
                guess = seen;
            }
            if (guess == null) {
                guess = typer.fallback(t.sentence, t.candidate);
            }
            if (guess == null) {
                continue;
            }
            addMentions(out, t.sentence, t.candidate, guess.type());
        }
        // "Irving, Texas" yields "Texas" as the region of "Irving" and as a name of its own: one mention
        List<Mention> distinct = new ArrayList<>(new LinkedHashSet<>(out));
        distinct.sort((a, b) -> a.begin() != b.begin() ? Integer.compare(a.begin(), b.begin()) : Integer.compare(b.end(), a.end()));
        return attachModifiers(text, countryRoles.apply(text, distinct));
    }

    /**
     * Gold mentions are whole noun phrases: a person named with the group they belong to, before
     * as a possessive ("DAB's Ben Chan", "Korea's Kim Shin-wook") or after as "of"/"from"
     * ("Lee Cheuk-yan of the Labour Party"), is one mention holding the other; the name span,
     * and so the label, stays the person's name.
     */
    private List<Mention> attachModifiers(AnnotatedText text, List<Mention> mentions) {
        Map<Integer, Mention> byBegin = new HashMap<>();
        Map<Integer, Mention> byEnd = new HashMap<>();
        for (Mention m : mentions) {
            if (m.type() == EntityType.PERSON) {
                continue;
            }
            byBegin.merge(m.begin(), m, (a, b) -> b.end() > a.end() ? b : a);
            byEnd.merge(m.end(), m, (a, b) -> b.begin() < a.begin() ? b : a);
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                out.add(m);
                continue;
            }
            Sentence s = text.sentences().get(m.sentence());
            List<Token> t = s.tokens();
            int first = Document.tokenAt(s, m.begin());
            int last = Document.tokenAt(s, m.end() - 1);
            first = first >= 0 && t.get(first).begin() == m.begin() ? first : -1;
            last = last >= 0 && t.get(last).end() == m.end() ? last : -1;
            int begin = m.begin();
            int end = m.end();
            if (first >= 2 && possessive.contains(t.get(first - 1).text())) {
                Mention owner = byEnd.get(t.get(first - 2).end());
                if (owner != null && owner.type() != EntityType.EVENT) {
                    begin = owner.begin();
                }
            }
            if (last >= 0 && last + 2 < t.size() && postmodifier.contains(t.get(last + 1).text())) {
                int k = t.get(last + 2).text().equals("the") && last + 3 < t.size() ? last + 3 : last + 2;
                Mention group = byBegin.get(t.get(k).begin());
                if (group != null && group.type() == EntityType.ORGANIZATION && group.entityType() == EntityType.ORGANIZATION) {
                    end = group.end();
                }
            }
            out.add(begin == m.begin() && end == m.end() ? m
                    : new Mention(begin, end, m.nameBegin(), m.nameEnd(), m.type(), m.sentence(), m.entityType()));
        }
        return out;
    }

    private static final java.util.regex.Pattern DOTTED_ABBREVIATION = java.util.regex.Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})+");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)\\d\\d");

    /**
     * Acronyms the text defines as abbreviations of common nouns ("compact fluorescent lamps
     * (CFLs)", "geographic information systems (GIS)"): they name no entity.
     */
    Set<String> commonNounAcronyms(AnnotatedText text) {
        Set<String> out = new HashSet<>();
        for (Sentence s : text.sentences()) {
            List<Token> t = s.tokens();
            for (int i = 1; i + 1 < t.size(); i++) {
                String acr = t.get(i).text();
                if (!t.get(i - 1).text().equals("(") || !t.get(i + 1).text().equals(")") || !NameTyper.isAcronym(stripPlural(acr))) {
                    continue;
                }
                String letters = stripPlural(acr).replace(".", "").toLowerCase(Locale.ROOT);
                StringBuilder initials = new StringBuilder();
                boolean lowerCase = true;
                for (int k = i - 2; k >= 0 && initials.length() < letters.length(); k--) {
                    String w = t.get(k).text();
                    if (functionWords.contains(w)) {
                        continue;
                    }
                    if (!Character.isLetter(w.codePointAt(0))) {
                        break;
                    }
                    lowerCase &= Character.isLowerCase(w.codePointAt(0));
                    initials.insert(0, Character.toLowerCase(w.charAt(0)));
                }
                if (lowerCase && initials.toString().equals(letters)) {
                    out.add(stripPlural(acr));
                }
            }
        }
        return out;
    }

    private static boolean isCommonAcronym(Set<String> acronyms, String name) {
        return !acronyms.isEmpty() && acronyms.contains(stripPlural(name));
    }

    private static String stripPlural(String acronym) {
        return acronym.length() > 2 && acronym.endsWith("s") ? acronym.substring(0, acronym.length() - 1) : acronym;
    }

    /**
     * "IQ", "HTML", "VIP", "MPs": an acronym for a thing, a quantity or a role names no
     * organization, unless the gazetteer knows an organization by it.
     */
    private boolean isGeneralAcronym(String name) {
        String acr = gazetteer.isCommonAcronym(name) ? name : stripPlural(name);
        return gazetteer.isCommonAcronym(acr) && gazetteer.organization(name).isEmpty();
    }

    /**
     * A single capitalized word, in no dictionary, that the tagger mostly did not take for a proper
     * noun ("Scientology", "Wicca") is still a name when the document writes it capitalized inside
     * sentences at least twice and never in lower case, and once at least stands alone as the object
     * of a preposition ("a member of Scientology"). Unknown to the place and name gazetteers and with no better evidence,
     * such a word names a body, a movement or a brand: an organization, for the whole document.
     */
    private void recurringNames(AnnotatedText text, List<Typed> typed, Map<String, NameTyper.Guess> known) {
        Map<String, Integer> inside = null;
        Set<String> argument = null;
        for (Typed t : typed) {
            Candidate c = t.candidate;
            if (c.length() != 1 || c.modifierStart() != c.first() || c.first() == 0 || known.containsKey(t.name)
                    || t.guess != null && t.guess.strength() >= NameTyper.MEDIUM
                    || NameTyper.isAcronym(t.name) || !isPlainWord(t.name)
                    || gazetteer.isCity(t.name) || gazetteer.isGivenName(t.name) || gazetteer.isRegion(t.name)
                    || gazetteer.isCountry(t.name) || gazetteer.isCommonWord(t.name)) {
                continue;
            }
            if (inside == null) {
                inside = new HashMap<>();
            }
            // +1 for each common-noun tag, -1 for each proper-noun tag: the tagger's doubt is the cue
            inside.merge(t.name, t.sentence.tokens().get(c.first()).isProperNoun() ? -1 : 1, Integer::sum);
            if (isBareArgument(t.sentence.tokens(), c.first())) {
                if (argument == null) {
                    argument = new HashSet<>();
                }
                argument.add(t.name);
            }
        }
        if (argument == null) {
            return;
        }
        inside.keySet().retainAll(argument);
        if (inside == null) {
            return;
        }
        inside.values().removeIf(n -> n < 2);
        if (inside.isEmpty()) {
            return;
        }
        Set<String> lower = new HashSet<>();
        for (String w : inside.keySet()) {
            lower.add(w.toLowerCase(Locale.ROOT));
        }
        for (Sentence s : text.sentences()) {
            for (Token tok : s.tokens()) {
                String w = tok.text();
                if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && lower.remove(w)) {
                    if (lower.isEmpty()) {
                        return;
                    }
                }
            }
        }
        for (String w : inside.keySet()) {
            if (lower.contains(w.toLowerCase(Locale.ROOT))) {
                known.put(w, new NameTyper.Guess(EntityType.ORGANIZATION, NameTyper.MEDIUM));
            }
        }
    }

    /**
     * "Demosisto's Nathan Law": a name nothing else types, the possessive before a person's full
     * name, is the group the person belongs to. ("Nathan Law of Demosisto" is no such cue: "of"
     * also gives a person's origin, "Theodorus of Tabennese".)
     */
    private void groupsOfPeople(List<Typed> typed, Map<String, NameTyper.Guess> known) {
        Map<Long, Typed> byFirst = new HashMap<>();
        Map<Long, Typed> byLast = new HashMap<>();
        for (Typed t : typed) {
            byFirst.put(key(t.candidate.sentence(), t.candidate.modifierStart()), t);
            byLast.put(key(t.candidate.sentence(), t.candidate.last()), t);
        }
        for (Typed t : typed) {
            Candidate c = t.candidate;
            NameTyper.Guess seen = known.get(t.name);
            if (seen != null || t.guess != null && t.guess.strength() >= NameTyper.MEDIUM || c.length() > 3
                    || gazetteer.isCountry(t.name) || gazetteer.isRegion(t.name) || gazetteer.isCity(t.name)
                    || c.length() > 1 && gazetteer.isGivenName(t.sentence.tokens().get(c.first()).text())) {
                continue;
            }
            List<Token> tok = t.sentence.tokens();
            Typed person = null;
            if (c.last() + 2 < tok.size() && possessive.contains(tok.get(c.last() + 1).text())) {
                person = byFirst.get(key(c.sentence(), c.last() + 2));
            }
            if (person != null && person != t && !person.candidate.titled() && person.candidate.length() > 1
                    && isPerson(person, known)) {
                known.put(t.name, new NameTyper.Guess(EntityType.ORGANIZATION, NameTyper.MEDIUM));
            }
        }
    }

    private static boolean isPerson(Typed t, Map<String, NameTyper.Guess> known) {
        NameTyper.Guess g = known.get(t.name);
        if (g == null || t.guess != null && t.guess.strength() > g.strength()) {
            g = t.guess;
        }
        return g != null && g.type() == EntityType.PERSON && g.strength() >= NameTyper.MEDIUM;
    }

    private static long key(int sentence, int token) {
        return ((long) sentence << 32) | token;
    }

    /**
     * "a member of Scientology,", "religions such as Wicca.": the word alone is the object of a
     * preposition, not an adjective or a modifier of a following noun ("Jewish community").
     */
    private static boolean isBareArgument(List<Token> t, int k) {
        if (k == 0 || !t.get(k - 1).pos().equals("ADP")) {
            return false;
        }
        if (k + 1 >= t.size()) {
            return true;
        }
        String next = t.get(k + 1).pos();
        return !next.equals("NOUN") && !next.equals("PROPN") && !next.equals("ADJ") && !next.equals("NUM");
    }

    private static boolean isPlainWord(String w) {
        if (w.length() < 3 || !Character.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int k = 1; k < w.length(); k++) {
            if (!Character.isLowerCase(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The strongest type each name (and each confident person's surname) gets in the document. */
    private static Map<String, NameTyper.Guess> documentTypes(List<Typed> typed) {
        Map<String, NameTyper.Guess> out = new HashMap<>();
        for (Typed t : typed) {
            if (t.guess == null || t.guess.strength() < NameTyper.MEDIUM) {
                continue;
            }
            out.merge(t.name, t.guess, (a, b) -> b.strength() > a.strength() ? b : a);
            String[] words = t.name.split("\\s+");
            if (t.guess.type() == EntityType.PERSON && words.length > 1) {
                // the surname, or the given name alone, names the same person later ("Saddam", "Hussein")
                NameTyper.Guess part = new NameTyper.Guess(EntityType.PERSON, NameTyper.MEDIUM);
                out.merge(words[words.length - 1], part, (a, b) -> b.strength() > a.strength() ? b : a);
                out.merge(words[0], part, (a, b) -> b.strength() > a.strength() ? b : a);
            }
        }
        return out;
    }

    private void addMentions(List<Mention> out, Sentence s, Candidate c, EntityType type) {
        List<Token> t = s.tokens();
        int begin = t.get(c.modifierStart()).begin();
        int nameBegin = t.get(c.first()).begin();
        int end = t.get(c.last()).end();
        // "Irving, Texas": a place followed by its region or country is one place holding another
        if (type == EntityType.PLACE && c.last() + 2 < t.size() && t.get(c.last() + 1).text().equals(",")) {
            Token next = t.get(c.last() + 2);
            if (next.isProperNoun() && (gazetteer.isRegion(next.text()) || gazetteer.isCountry(next.text()))
                    && (c.last() + 3 >= t.size() || !t.get(c.last() + 3).isProperNoun())) {
                out.add(Mention.of(next.begin(), next.end(), EntityType.PLACE, s.index()));
                out.add(new Mention(begin, next.end(), nameBegin, end, type, s.index()));
                return;
            }
        }
        int last = c.last();
        if (last + 1 < t.size() && t.get(last + 1).text().equals(".") && t.get(last + 1).begin() == end
                && DOTTED_ABBREVIATION.matcher(t.get(last).text()).matches()) {
            // "U.N." whose final period the tokenizer took for the end of the sentence
            end = t.get(last + 1).end();
        }
        if (type == EntityType.EVENT && last + 1 < t.size() && YEAR.matcher(t.get(last + 1).text()).matches()) {
            // "FIFA World Cup 2018": the edition's year belongs to the event's name
            last++;
            end = t.get(last).end();
        }
        out.add(new Mention(begin, end, nameBegin, end, type, s.index()));
        if (type == EntityType.EVENT && c.length() > 1) {
            // "FIFA World Cup", "Google Science Fair": the organizer named first is a mention of its own
            Token head = t.get(c.first());
            if (gazetteer.organization(head.text()).isPresent() || NameTyper.isAcronym(head.text())) {
                out.add(Mention.of(head.begin(), head.end(), EntityType.ORGANIZATION, s.index()));
            }
        }
        if (type == EntityType.PERSON) {
            nestedPlaces(out, s, c.modifierStart(), c.first() - 1, true);
        } else if (type != EntityType.PLACE) {
            nestedPlaces(out, s, c.modifierStart(), c.last(), false);
        }
    }

    /**
     * Countries, regions and large cities named among tokens {@code from..to}; the whole range
     * counts only when it is not itself the mention ({@code includeWhole}).
     */
    private void nestedPlaces(List<Mention> out, Sentence s, int from, int to, boolean includeWhole) {
        List<Token> t = s.tokens();
        for (int i = from; i <= to; i++) {
            for (int j = Math.min(to, i + 3); j >= i; j--) {
                if (!includeWhole && i == from && j == to) {
                    continue;
                }
                String phrase = Document.span(s, i, j);
                if (!directions.contains(phrase)
                        && (gazetteer.isCountry(phrase) || gazetteer.isRegion(phrase) || isLargeCity(phrase))) {
                    // a place ending a body's name after a common noun is part of the name
                    // ("Environment Canada", "Air Canada"), not a place the text speaks of
                    if (includeWhole || j != to || i == from || !isCommonNoun(t.get(i - 1))) {
                        out.add(Mention.of(t.get(i).begin(), t.get(j).end(), EntityType.PLACE, s.index()));
                    }
                    i = j;
                    break;
                }
            }
        }
    }

    /** "Environment", "Air": a word for a thing, whether or not the tagger took it for a name. */
    private boolean isCommonNoun(Token tok) {
        String pos = tok.pos();
        return pos.equals("NOUN") || pos.equals("PROPN") && gazetteer.isCommonWord(tok.text())
                && !directions.contains(tok.text()) && !gazetteer.isGivenName(tok.text());
    }

    private boolean isLargeCity(String name) {
        return gazetteer.cityPopulation(name).orElse(0) >= 100_000;
    }

    private static String name(Sentence s, Candidate c) {
        return Document.span(s, c.first(), c.last());
    }

    /** A candidate with its local type guess (null when the sentence alone does not tell). */
    private record Typed(Sentence sentence, Candidate candidate, String name, NameTyper.Guess guess) {
    }
}
