package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
public final class AttributionFinder implements Component {

    private final Pattern accordingTo;
    /** "..., an informed source familiar with X said at the time." / "..., the source added." */
    private final Pattern speakerAfter;
    /** "..., said KCNA." / "”, added the minister." */
    private final Pattern speakerInverted;
    /** Speech verbs that are not also common plural nouns or name parts ("reports", "States"). */
    private final Pattern speechVerb;
    /** "X said (that) ..." at the start. */
    private final Pattern speakerBefore;
    private final Pattern trailingAdverbs;
    private final Pattern sourcesReported;
    private final Pattern hedge;
    /** "He was said to be", "is believed": hedged passives, not a speaker. */
    private final Pattern passiveReport;
    private final Pattern negation;
    private final Set<String> be;
    private final Set<String> nonSpeakers;

    /** The finder with the bundled English lexicon. */
    public AttributionFinder() {
        this(Lexicon.english());
    }

    public AttributionFinder(Lexicon lexicon) {
        String speech = lexicon.alternation("speech-verbs");
        List<String> verbs = new ArrayList<>(lexicon.entries("speech-verbs"));
        verbs.removeAll(lexicon.words("speech-verbs-nouns"));
        String unambiguous = verbs.isEmpty() ? "(?!)" : "(?:" + String.join("|", verbs) + ")";
        String be = lexicon.alternation("be-forms");
        String perfect = "(?:" + lexicon.alternation("perfect-auxiliaries") + " )?";
        this.accordingTo = Pattern.compile("\\b[Aa]ccording to ([^,.;]{2,80}?)(?:,|\\.|;| who\\b| that\\b|$)");
        this.speakerAfter = Pattern.compile("[,”\"]\\s*([^,”\"]{2,120}?)\\s+" + speech + "\\b[^.”\"]{0,40}[.!?]?\\s*$");
        this.speakerInverted = Pattern.compile("[,”\"]\\s*" + lexicon.alternation("speech-verbs-inverted")
                + "\\s+([^,”\".]{2,80}?)\\s*[.!?]?\\s*$");
        this.speechVerb = Pattern.compile(unambiguous);
        this.speakerBefore = Pattern.compile("^([A-Z][^,.;“\"]{1,120}?)\\s+" + perfect + unambiguous + "\\b");
        this.trailingAdverbs = Pattern.compile("(?:\\s+" + lexicon.alternation("trailing-adverbs") + ")+$");
        this.sourcesReported = Pattern.compile("(?i)\\b(" + lexicon.alternation("report-nouns") + ")\\s+" + perfect + "("
                + lexicon.alternation("report-verbs") + ")\\b");
        this.hedge = Pattern.compile("(?i)\\b(" + lexicon.alternation("hedges") + ")\\b");
        this.passiveReport = Pattern.compile("(?i)\\b(" + be + ") (" + lexicon.alternation("passive-report-verbs") + ")\\b");
        this.negation = Pattern.compile("(?i)\\b(" + lexicon.alternation("negations") + ")\\b");
        this.be = lexicon.words("be-forms");
        this.nonSpeakers = lexicon.words("non-speaker-subjects");
    }

    @Override
    public String name() {
        return "attributions";
    }

    @Override
    public Set<Layer<?>> needs() {
        return Set.of(Layer.TOKENS, Layer.ENTITIES);
    }

    @Override
    public Set<Layer<?>> adds() {
        return Set.of(Layer.ATTRIBUTIONS);
    }

    @Override
    public void process(Document doc) {
        doc.add(Layer.ATTRIBUTIONS, attribute(doc.annotated(), doc.get(Layer.ENTITIES)));
    }

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
            if ((m = accordingTo.matcher(s.text())).find()) {
                source = m.group(1).strip();
                certainty = Certainty.REPORTED;
            } else if ((m = speakerInverted.matcher(s.text())).find() && m.group(1).strip().split("\\s+").length <= 6) {
                source = m.group(1).strip();
                certainty = Certainty.REPORTED;
            } else if ((m = speakerAfter.matcher(s.text())).find()) {
                source = m.group(1).strip();
                certainty = Certainty.REPORTED;
            } else if ((m = speakerBefore.matcher(s.text())).find() && !startsWithPronounOrReport(m.group(1))
                    && !passiveReport.matcher(s.text()).find()) {
                source = m.group(1).strip();
                certainty = Certainty.REPORTED;
            } else if (sourcesReported.matcher(s.text()).find()) {
                source = "unnamed sources";
                certainty = Certainty.REPORTED;
            }
            if (hedge.matcher(s.text()).find()) {
                certainty = Certainty.HEDGED;
            } else if (negation.matcher(s.text()).find() && certainty == Certainty.ASSERTED) {
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
    private List<String> namedSpeakers(Sentence s, List<Entity> entities) {
        List<org.newsgraph.annotate.Token> t = s.tokens();
        int verb = -1;
        for (int i = 0; i < t.size(); i++) {
            org.newsgraph.annotate.Token tok = t.get(i);
            if (tok.pos().equals("VERB") && speechVerb.matcher(tok.text()).matches()) {
                boolean passive = i > 0 && be.contains(t.get(i - 1).text().toLowerCase(Locale.ROOT));
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
    private String speaker(String phrase) {
        String p = trailingAdverbs.matcher(phrase.strip()).replaceAll("");
        int and = p.lastIndexOf(" and ");
        if (and > 0 && p.split("\\s+").length > 6) {
            p = p.substring(and + 5);
        }
        return p;
    }

    private boolean startsWithPronounOrReport(String subject) {
        String first = subject.split("\\s+")[0].toLowerCase(Locale.ROOT);
        return nonSpeakers.contains(first);
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
