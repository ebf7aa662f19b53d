package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Sentence;

/**
 * Decides, sentence by sentence, who makes the claim and how firmly: the publisher by default;
 * "according to X" and "X said" (also around quotations) give the claim to X, resolved to an
 * entity when X is one; hedges ("reports suggest", "apparently", "was said to be") make it hedged;
 * negation makes it negated. A quotation's sentence keeps the speaker of the paragraph.
 */
public final class AttributionFinder {

    private static final String SPEECH = "(?:said|says|say|added|adds|told|stated|states|announced|announces"
            + "|claimed|claims|reported|reports|noted|notes|argued|argues|warned|warns|explained|explains"
            + "|insisted|insists|confirmed|confirms|denied|denies|wrote|writes|observed|tweeted)";
    private static final Pattern ACCORDING_TO = Pattern.compile("\\b[Aa]ccording to ((?:the |an? )?[^,.;]{2,80}?)(?:,|\\.|;| who\\b| that\\b|$)");
    /** "..., an informed source familiar with X said at the time." / "..., the source added." */
    private static final Pattern SPEAKER_AFTER = Pattern.compile(
            "[,”\"]\\s*((?:the |an? )?[^,”\"]{2,120}?)\\s+" + SPEECH + "\\b[^.”\"]{0,40}[.!?]?\\s*$");
    /** "..., said KCNA." / "”, added the minister." */
    private static final Pattern SPEAKER_INVERTED = Pattern.compile(
            "[,”\"]\\s*(?:said|says|added|adds|told reporters|wrote|stated)\\s+((?:the |an? )?[^,”\".]{2,80}?)\\s*[.!?]?\\s*$");
    /** Speech verbs that are not also common plural nouns or name parts ("reports", "States"). */
    private static final String SPEECH_VERB = "(?:said|says|say|added|adds|told|stated|announced|announces|claimed"
            + "|reported|noted|argued|argues|warned|warns|explained|explains|insisted|insists|confirmed|confirms"
            + "|denied|wrote|writes|observed|tweeted)";
    /** "X said (that) ..." at the start. */
    private static final Pattern SPEAKER_BEFORE = Pattern.compile(
            "^((?:The |An? )?[A-Z][^,.;“\"]{1,120}?)\\s+(?:has |have |had )?" + SPEECH_VERB + "\\b");
    private static final Pattern TRAILING_ADVERBS = Pattern.compile("(?:\\s+(?:also|later|then|previously|earlier|again|"
            + "reportedly|separately|further|too|himself|herself|themselves))+$");
    private static final Pattern SOURCES_REPORTED = Pattern.compile(
            "(?i)\\b(sources?|reports?|officials?|witnesses|media)\\s+(?:have |has |had )?(reported|said|say|says|indicated|claimed|claim)\\b");
    private static final Pattern HEDGE = Pattern.compile(
            "(?i)\\b(reports? suggests?|suggests?|reportedly|allegedly|apparently|purportedly|possibly|probably|likely"
                    + "|may have|might|could have|is estimated|are estimated|was estimated|were estimated|estimated to"
                    + "|(?:is|was|are|were) said to|(?:is|was|are|were) believed|(?:is|was|are|were) thought to"
                    + "|appears? to|seems? to|rumou?red|unconfirmed|it is understood)\\b");
    /** "He was said to be", "is believed": hedged passives, not a speaker. */
    private static final Pattern PASSIVE_REPORT = Pattern.compile("(?i)\\b(is|was|are|were|been|being) (said|reported|believed|thought|alleged)\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "(?i)\\b(not|n't|never|no longer|denied|denies|deny|refuted|rejected the claim)\\b");

    /** One attribution per sentence, in order; a quotation over several sentences goes to its speaker. */
    public List<Attribution> attribute(AnnotatedText text, List<Entity> entities) {
        List<Attribution> out = perSentence(text, entities);
        List<Sentence> sentences = text.sentences();
        int open = -1;
        for (Sentence s : sentences) {
            int balance = quoteBalance(s.text());
            if (open < 0 && balance > 0) {
                open = s.index();
            } else if (open >= 0 && balance < 0) {
                // the quotation opened in sentence `open` closes here, where its speaker is named
                Attribution speaker = out.get(s.index());
                if (speaker.sourceEntity() != null || speaker.sourceDescription() != null) {
                    for (int k = open; k < s.index(); k++) {
                        Attribution a = out.get(k);
                        Certainty c = a.certainty() == Certainty.ASSERTED ? Certainty.REPORTED : a.certainty();
                        out.set(k, new Attribution(k, speaker.sourceEntities(), speaker.sourceDescription(), c));
                    }
                }
                open = -1;
            } else if (open >= 0 && s.text().isBlank()) {
                open = -1;
            }
        }
        return out;
    }

    /** Opening minus closing quotation marks; straight quotes count as opening when they start a word. */
    private static int quoteBalance(String sentence) {
        int balance = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '“') {
                balance++;
            } else if (c == '”') {
                balance--;
            } else if (c == '"') {
                boolean opening = i == 0 || Character.isWhitespace(sentence.charAt(i - 1)) || sentence.charAt(i - 1) == '(';
                balance += opening ? 1 : -1;
            }
        }
        return balance;
    }

    private List<Attribution> perSentence(AnnotatedText text, List<Entity> entities) {
        List<Attribution> out = new ArrayList<>();
        String lastDescription = null;
        for (Sentence s : text.sentences()) {
            String source = null;
            Certainty certainty = Certainty.ASSERTED;
            Matcher m;
            if ((m = ACCORDING_TO.matcher(s.text())).find()) {
                source = m.group(1).strip();
                certainty = Certainty.REPORTED;
            } else if ((m = SPEAKER_INVERTED.matcher(s.text())).find() && m.group(1).strip().split("\\s+").length <= 6) {
                source = m.group(1).strip();
                certainty = Certainty.REPORTED;
            } else if ((m = SPEAKER_AFTER.matcher(s.text())).find()) {
                source = m.group(1).strip();
                certainty = Certainty.REPORTED;
            } else if ((m = SPEAKER_BEFORE.matcher(s.text())).find() && !startsWithPronounOrReport(m.group(1))
                    && !PASSIVE_REPORT.matcher(s.text()).find()) {
                source = m.group(1).strip();
                certainty = Certainty.REPORTED;
            } else if (SOURCES_REPORTED.matcher(s.text()).find()) {
                source = "unnamed sources";
                certainty = Certainty.REPORTED;
            }
            if (HEDGE.matcher(s.text()).find()) {
                certainty = Certainty.HEDGED;
            } else if (NEGATION.matcher(s.text()).find() && certainty == Certainty.ASSERTED) {
                certainty = Certainty.NEGATED;
            }
            if (source == null) {
                List<String> speakers = namedSpeakers(s, entities);
                out.add(new Attribution(s.index(), speakers, null, speakers.isEmpty() ? certainty
                        : certainty == Certainty.ASSERTED ? Certainty.REPORTED : certainty));
                continue;
            }
            source = speaker(source);
            Entity e = entityNamed(text.text(), entities, s, source);
            if (e == null) {
                // "the source added": the source described before, not a new one
                if (lastDescription != null && source.toLowerCase(Locale.ROOT).startsWith("the ")
                        && lastDescription.toLowerCase(Locale.ROOT).contains(source.substring(4).toLowerCase(Locale.ROOT))) {
                    source = lastDescription;
                }
                lastDescription = source;
            }
            out.add(new Attribution(s.index(), e == null ? null : e.key(), e == null ? source : null, certainty));
        }
        return out;
    }

    /**
     * "Minister X and the head of the police, Y, said ...": the people and organizations named
     * before the sentence's first speech verb, when no other verb comes before it.
     */
    private static List<String> namedSpeakers(Sentence s, List<Entity> entities) {
        List<org.newsgraph.annotate.Token> t = s.tokens();
        int verb = -1;
        for (int i = 0; i < t.size(); i++) {
            org.newsgraph.annotate.Token tok = t.get(i);
            if (tok.pos().equals("VERB") && tok.text().matches(SPEECH_VERB)) {
                boolean passive = i > 0 && t.get(i - 1).text().matches("(?i)is|was|are|were|been|be");
                verb = passive ? -2 : i;
                break;
            }
            if (tok.pos().equals("VERB") || tok.pos().equals("AUX")) {
                return List.of();
            }
        }
        if (verb < 0) {
            return List.of();
        }
        int before = t.get(verb).begin();
        List<String> out = new ArrayList<>();
        for (Entity e : entities) {
            if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.sentence() == s.index() && m.end() <= before && !out.contains(e.key())) {
                    out.add(e.key());
                }
            }
        }
        return out;
    }

    /**
     * The speaker within a matched subject: adverbs dropped ("Memon also"), and only the last
     * conjunct of a clause ("The broadcasts began on August 10 and South Korea" says: South Korea).
     */
    private static String speaker(String phrase) {
        String p = TRAILING_ADVERBS.matcher(phrase.strip()).replaceAll("");
        int and = p.lastIndexOf(" and ");
        if (and > 0 && p.split("\\s+").length > 6) {
            p = p.substring(and + 5);
        }
        return p;
    }

    private static boolean startsWithPronounOrReport(String subject) {
        String first = subject.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return List.of("it", "this", "that", "there", "reports", "sources").contains(first);
    }

    /**
     * The entity a source phrase names: a person or organization mention that ends the phrase
     * ("Interior Minister Bledi Cuci") or is all of it. "An informed source familiar with the
     * MKO" names no entity: the MKO is not who speaks.
     */
    private static Entity entityNamed(String doc, List<Entity> entities, Sentence s, String phrase) {
        int at = doc.indexOf(phrase, s.begin());
        if (at < 0 || at >= s.end()) {
            return null;
        }
        int end = at + phrase.length();
        for (Entity e : entities) {
            if (e.type() == EntityType.PLACE || e.type() == EntityType.EVENT) {
                continue;
            }
            for (Mention m : e.mentions()) {
                if (m.begin() >= at && m.end() == end) {
                    return e;
                }
            }
        }
        return null;
    }
}
