package org.newsgraph.rdf;

import static org.newsgraph.rdf.Vocab.term;

import org.apache.jena.graph.Node;

/**
 * The project's own ontology ({@code ontology/newsgraph.ttl}); a test checks that every term
 * here is declared there. Also the bases of the IRIs newsgraph mints.
 */
public final class NG {

    public static final String BASE = "https://w3id.org/newsgraph/";
    public static final String NS = BASE + "ontology#";
    /** Entities: {@code id/person/saddam-hussein}, stable across runs and articles. */
    public static final String ENTITY_BASE = BASE + "id/";
    /** Articles: {@code article/<digest>}; sentences and mentions add {@code #char=b,e}. */
    public static final String ARTICLE_BASE = BASE + "article/";

    public static final Node Certainty = term(NS, "Certainty");
    public static final Node Asserted = term(NS, "Asserted");
    public static final Node Reported = term(NS, "Reported");
    public static final Node Hedged = term(NS, "Hedged");
    public static final Node Negated = term(NS, "Negated");
    public static final Node ExtractionRun = term(NS, "ExtractionRun");
    public static final Node CaptionSentence = term(NS, "CaptionSentence");

    public static final Node Position = term(NS, "Position");
    public static final Node TimeExpression = term(NS, "TimeExpression");
    public static final Node Argument = term(NS, "Argument");

    public static final Node trigger = term(NS, "trigger");
    public static final Node agent = term(NS, "agent");
    public static final Node patient = term(NS, "patient");
    public static final Node timeText = term(NS, "timeText");
    public static final Node ongoing = term(NS, "ongoing");
    public static final Node time = term(NS, "time");
    public static final Node timexType = term(NS, "timexType");
    public static final Node timexValue = term(NS, "timexValue");
    public static final Node holdsPosition = term(NS, "holdsPosition");
    public static final Node positionIn = term(NS, "positionIn");
    public static final Node former = term(NS, "former");
    public static final Node characterizedAs = term(NS, "characterizedAs");
    public static final Node cameoCode = term(NS, "cameoCode");
    public static final Node frame = term(NS, "frame");
    public static final Node argument = term(NS, "argument");
    public static final Node semanticRole = term(NS, "semanticRole");
    public static final Node argumentText = term(NS, "argumentText");
    public static final Node argumentValue = term(NS, "argumentValue");
    public static final Node eventCertainty = term(NS, "eventCertainty");
    public static final Node phoenixCode = term(NS, "phoenixCode");

    /** The class of an event type of the taxonomy. */
    public static Node eventClass(String localName) {
        return term(NS, localName);
    }

    public static final Node contentHash = term(NS, "contentHash");
    public static final Node sourceName = term(NS, "sourceName");
    public static final Node attributedTo = term(NS, "attributedTo");
    public static final Node sourceDescription = term(NS, "sourceDescription");
    public static final Node certainty = term(NS, "certainty");
    public static final Node extractedFrom = term(NS, "extractedFrom");
    public static final Node softwareVersion = term(NS, "softwareVersion");
    public static final Node context = term(NS, "context");

    // counts kept with each article (ArticleSummary), so that queries read them instead of scanning
    public static final Node sentenceCount = term(NS, "sentenceCount");
    public static final Node mentionCount = term(NS, "mentionCount");
    public static final Node entityCount = term(NS, "entityCount");
    public static final Node factGraphCount = term(NS, "factGraphCount");
    public static final Node eventCount = term(NS, "eventCount");
    public static final Node typedEvent = term(NS, "typedEvent");
    public static final Node quadCount = term(NS, "quadCount");
    // the store's totals of those counts (store.Totals)
    public static final Node articleCount = term(NS, "articleCount");
    public static final Node tallyCount = term(NS, "tallyCount");
    public static final Node tally = term(NS, "tally");
    public static final Node tallied = term(NS, "tallied");
    public static final Node talliedType = term(NS, "talliedType");
    public static final Node nameKey = term(NS, "nameKey");
    public static final Node cooccurrence = term(NS, "cooccurrence");
    public static final Node pairFirst = term(NS, "pairFirst");
    public static final Node pairSecond = term(NS, "pairSecond");
    // the store's timeline of typed events (store.Timeline)
    public static final Node timelineArticle = term(NS, "timelineArticle");
    public static final Node timelineEvent = term(NS, "timelineEvent");
    public static final Node timelineText = term(NS, "timelineText");
    public static final Node timelineLabel = term(NS, "timelineLabel");

    private NG() {
    }
}
