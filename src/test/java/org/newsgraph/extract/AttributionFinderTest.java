package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

class AttributionFinderTest {

    private static Attribution attribute(String sentence, Entity... entities) {
        AnnotatedText t = new OpenNlpAnnotator().annotate(new Article("t", sentence, ArticleMetadata.EMPTY));
        List<Attribution> all = new AttributionFinder().attribute(t, List.of(entities));
        assertEquals(t.sentences().size(), all.size());
        return all.get(0);
    }

    @Test
    void plainSentenceIsThePublishersAssertion() {
        Attribution a = attribute("The group throws lavish conferences every year in Paris.");
        assertNull(a.sourceEntity());
        assertNull(a.sourceDescription());
        assertEquals(Certainty.ASSERTED, a.certainty());
    }

    @Test
    void accordingToNamesTheSource() {
        String s = "According to Albanian Daily News, security forces were deployed at the entrance.";
        int at = s.indexOf("Albanian Daily News");
        Entity adn = new Entity("organization/albanian-daily-news", EntityType.ORGANIZATION, "Albanian Daily News",
                List.of(), List.of(Mention.of(at, at + 19, EntityType.ORGANIZATION, 0)));
        Attribution a = attribute(s, adn);
        assertEquals("organization/albanian-daily-news", a.sourceEntity());
        assertEquals(Certainty.REPORTED, a.certainty());
    }

    @Test
    void quotationGoesToItsDescribedSpeaker() {
        Attribution a = attribute("“What happened is the result of diplomacy,” an informed source familiar with the group said at the time.");
        assertEquals("an informed source familiar with the group", a.sourceDescription());
        assertEquals(Certainty.REPORTED, a.certainty());
    }

    @Test
    void hedgesAndNegation() {
        assertEquals(Certainty.HEDGED, attribute("Reports suggest that a member was killed in the raid.").certainty());
        assertEquals(Certainty.HEDGED, attribute("He was apparently in charge of the operation.").certainty());
        assertEquals(Certainty.HEDGED, attribute("The country is estimated to have hosted 3,000 members.").certainty());
        assertEquals(Certainty.NEGATED, attribute("The police did not enter the camp.").certainty());
    }

    @Test
    void aQuotationOverSeveralSentencesGoesToTheSpeakerNamedAtItsEnd() {
        String text = "\"War maniacs made another provocation. They fired 36 shells at the posts\", said KCNA. The army was put on alert.";
        AnnotatedText t = new OpenNlpAnnotator().annotate(new Article("t", text, ArticleMetadata.EMPTY));
        List<Attribution> all = new AttributionFinder().attribute(t, List.of());
        assertEquals(3, all.size());
        assertEquals("KCNA", all.get(0).sourceDescription(), "the quotation's first sentence");
        assertEquals(Certainty.REPORTED, all.get(0).certainty());
        assertEquals("KCNA", all.get(1).sourceDescription());
        assertNull(all.get(2).sourceDescription(), "after the quotation the publisher speaks again");
    }

    @Test
    void theSourceAddedIsTheSourceDescribedBefore() {
        String text = "“It is a price,” an informed source familiar with the group said. “It is diplomacy,” the source added.";
        AnnotatedText t = new OpenNlpAnnotator().annotate(new Article("t", text, ArticleMetadata.EMPTY));
        List<Attribution> all = new AttributionFinder().attribute(t, List.of());
        assertEquals("an informed source familiar with the group", all.get(1).sourceDescription());
    }

    @Test
    void speakersLoseAdverbsAndLeadingClauses() {
        assertEquals("Memon", attribute("Memon also said she believed the movement helped.").sourceDescription());
        assertEquals("South Korea", attribute("The broadcasts began on August 10 and South Korea says they will continue.").sourceDescription());
        assertNull(attribute("He was said to be an expert in engineering.").sourceDescription(), "a hedge, not a speaker");
    }

    @Test
    void unnamedSourcesReport() {
        Attribution a = attribute("Sources have reported that other members are in critical condition.");
        assertEquals("unnamed sources", a.sourceDescription());
        assertEquals(Certainty.REPORTED, a.certainty());
    }
}
