package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.extract.gazetteer.Gazetteer;

/**
 * Finds the candidate names of a sentence: runs of proper nouns and capitalized words, joined
 * across "of"/"for"/"on"/"de"/"&" where the left part is an organization or place head ("University
 * of Texas"), with a title and its modifiers before the name split off ("Interior Minister" |
 * "Bledi Cuci"). Months, weekdays and a lone sentence-initial capital are not names.
 */
final class NameChunker {

    private final Set<String> notNames;
    private final Set<String> joiners;
    /** Lower-case particles inside personal names: "Osama bin Laden", "Ludwig van Beethoven". */
    private final Set<String> particles;
    /** "al-Maliki", "el-Sisi", "bin-Salman": a particle hyphened to a capitalized name. */
    private final Pattern hyphenedParticle;
    private final Set<String> opening;
    private final Set<String> possessive;
    /** "MKO", "FBI", "U.S.": acronyms name something whatever the tagger says. */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}(?:\\p{Lu}|\\.\\p{Lu}){1,5}\\.?");

    private final Gazetteer gazetteer;

    NameChunker(Gazetteer gazetteer, Lexicon lexicon) {
        this.gazetteer = gazetteer;
        this.notNames = lexicon.words("not-names");
        this.joiners = lexicon.words("name-joiners");
        this.particles = lexicon.words("name-particles");
        this.hyphenedParticle = Pattern.compile(lexicon.alternation("hyphened-particles") + "-\\p{Lu}.*");
        this.opening = lexicon.words("opening-punctuation");
        this.possessive = lexicon.words("possessive-markers");
    }

    List<Candidate> chunk(Sentence s) {
        List<Token> t = s.tokens();
        if (isAllCapitals(t)) {
            // capitals carry no evidence in a shouted sentence ("POLICE RAID CAMP"): no guesses
            return List.of();
        }
        boolean[] name = nameTokens(t);
        List<Candidate> out = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (!name[i]) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            while (true) {
                if (end + 1 < t.size() && name[end + 1]) {
                    end++;
                } else if (possessiveOrgName(t, name, end) > end) {
                    end = possessiveOrgName(t, name, end);
                } else if (end + 2 < t.size() && joins(t, name, end)) {
                    end += t.get(end + 2).text().equalsIgnoreCase("the") && end + 3 < t.size() ? 3 : 2;
                } else {
                    break;
                }
            }
            out.addAll(split(s.index(), t, start, end));
            i = end + 1;
        }
        return out;
    }

    /**
     * "Korean People's Army", "New People's Party": a possessive inside an organization's name,
     * told by the organization head word that ends it. The index of that head, or -1.
     */
    private int possessiveOrgName(List<Token> t, boolean[] name, int end) {
        if (end + 2 >= t.size() || !possessive.contains(t.get(end + 1).text())
                || !t.get(end).isProperNoun() && !name[end]) {
            return -1;
        }
        for (int k = end + 2; k < t.size() && k <= end + 4 && name[k]; k++) {
            if (gazetteer.isOrgHead(t.get(k).text()) && (k + 1 >= t.size() || !name[k + 1])) {
                return k;
            }
        }
        return -1;
    }

    /** A title inside the run ("Interior Minister Bledi Cuci"): the name is what follows it. */
    private List<Candidate> split(int sentence, List<Token> t, int start, int end) {
        int titleEnd = -1;
        for (int k = end - 1; k >= start; k--) {
            if (isTitleWord(t.get(k).text())) {
                titleEnd = k;
                break;
            }
        }
        if (titleEnd >= start && titleEnd < end) {
            return List.of(new Candidate(sentence, titleEnd + 1, end, start, true));
        }
        // a lower-case title before the name types it but stays out of the span, as in the gold convention
        boolean titled = start > 0 && isTitleWord(t.get(start - 1).text());
        return List.of(new Candidate(sentence, start, end, start, titled));
    }

    private boolean isTitleWord(String word) {
        return gazetteer.isPersonTitle(word) || gazetteer.isPersonTitle(word.replace(".", ""));
    }

    private boolean joins(List<Token> t, boolean[] name, int end) {
        String joinerText = t.get(end + 1).text();
        String joiner = joinerText.toLowerCase(Locale.ROOT);
        boolean particle = particles.contains(joinerText);
        if (!joiners.contains(joiner) && !particle) {
            return false;
        }
        int next = t.get(end + 2).text().equalsIgnoreCase("the") ? end + 3 : end + 2;
        if (next >= t.size() || !name[next]) {
            return false;
        }
        String left = t.get(end).text();
        if (joiner.equals("&")) {
            return true;
        }
        if (particle && next == end + 2 && t.get(end).isProperNoun() && t.get(next).isProperNoun() && !gazetteer.isOrgHead(left)) {
            return true;
        }
        if (joiner.equals("and")) {
            return false;
        }
        return gazetteer.isOrgHead(left) || gazetteer.isOrgPrefix(left + " " + joiner)
                || gazetteer.isPlacePrefix(left + " " + joiner) || gazetteer.isPlaceHead(left);
    }

    /**
     * Which tokens may be part of a name: proper nouns; capitalized nouns inside a sentence (mid-
     * sentence capitals are names in English, whatever the tagger says: "the capital Tirana");
     * capitalized adjectives and demonyms right before a name ("former Iraqi Prime Minister",
     * "Albanian Daily News"). Decided right to left, so that a run of such adjectives joins.
     */
    private boolean[] nameTokens(List<Token> t) {
        boolean[] name = new boolean[t.size()];
        for (int i = t.size() - 1; i >= 0; i--) {
            Token tok = t.get(i);
            String word = tok.text();
            if (hyphenedParticle.matcher(word).matches() && i > 0 && t.get(i - 1).isCapitalized()) {
                name[i] = true;
                continue;
            }
            if (!tok.isCapitalized() || notNames.contains(word.toLowerCase(Locale.ROOT).replace(".", ""))) {
                continue;
            }
            if (ACRONYM.matcher(word).matches()) {
                name[i] = true;
                continue;
            }
            boolean initial = i == 0 || isOpening(t.get(i - 1).text());
            boolean beforeName = i + 1 < t.size() && name[i + 1];
            if (isUnknownWord(word)) {
                // a capitalized word no dictionary knows is a name, whatever the tagger says ("Montalvo/ADV")
                name[i] = true;
            } else if (tok.isProperNoun()) {
                name[i] = true;
            } else if (tok.pos().equals("ADJ") || gazetteer.countryOfDemonym(word).isPresent()) {
                name[i] = beforeName;
            } else if (tok.pos().equals("NOUN") || tok.pos().equals("X")) {
                name[i] = !initial || beforeName;
            }
        }
        return name;
    }

    /**
     * Whether most words are written in capitals, common words among them: acronyms alone ("NATO
     * and the EU") do not count, "POLICE RAID CAMP NEAR TIRANA" does.
     */
    private boolean isAllCapitals(List<Token> t) {
        int words = 0;
        int capitals = 0;
        int commonCapitals = 0;
        for (Token tok : t) {
            String w = tok.text();
            if (w.length() < 2 || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            words++;
            if (w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT))) {
                capitals++;
                if (gazetteer.isCommonWord(w)) {
                    commonCapitals++;
                }
            }
        }
        return commonCapitals >= 2 && capitals * 2 > words;
    }

    /** A capitalized word of letters, not all capitals, that is no common English word. */
    private boolean isUnknownWord(String word) {
        if (word.length() < 2) {
            return false;
        }
        boolean lower = false;
        for (int k = 0; k < word.length(); k++) {
            char ch = word.charAt(k);
            if (!Character.isLetter(ch)) {
                return false;
            }
            lower |= Character.isLowerCase(ch);
        }
        return lower && !gazetteer.isCommonWord(word);
    }

    private boolean isOpening(String token) {
        return opening.contains(token);
    }
}
