package org.newsgraph.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.extract.EntityType;
import org.newsgraph.lang.Lexicon;
import org.newsgraph.extract.Recognizer;
import org.newsgraph.source.Article;
import org.newsgraph.source.ArticleMetadata;

class LanguageGateTest {

    private static final String GERMAN = "Die Patienten wurden nach der Diagnose in der Klinik behandelt. "
            + "Nach Angaben der Ärzte waren die Diagnosen eindeutig, und die Behandlung begann sofort. "
            + "Der Leiter der Station sagte, dass die Zahl der Patienten in diesem Jahr deutlich gestiegen sei. "
            + "Viele Menschen warten noch auf einen Termin bei einem Facharzt in Berlin.";
    private static final String ENGLISH = "The patients were treated in the clinic after the diagnosis. "
            + "According to the doctors, the diagnoses were clear, and the treatment began at once. "
            + "The head of the ward said that the number of patients has risen sharply this year. "
            + "Many people are still waiting for an appointment with a specialist in Berlin.";

    private final Recognizer berlin = Fixtures.dictionary(Map.of("Berlin", EntityType.PLACE));

    private static AnnotatedText annotate(String text) {
        return new OpenNlpAnnotator().annotate(new Article("page.html", text, ArticleMetadata.EMPTY));
    }

    @Test
    void englishTextIsRecognized() {
        assertEquals(1, new LanguageGate(berlin, null, Lexicon.english()).recognize(annotate(ENGLISH)).size());
    }

    @Test
    void germanTextGetsNoEntities() {
        assertTrue(new LanguageGate(berlin, null, Lexicon.english()).recognize(annotate(GERMAN)).isEmpty());
    }

    @Test
    void aForcedLanguageDecides() {
        assertEquals(1, new LanguageGate(berlin, "en", Lexicon.english()).recognize(annotate(GERMAN)).size());
        assertEquals(1, new LanguageGate(berlin, "en-GB", Lexicon.english()).recognize(annotate(GERMAN)).size());
        assertEquals(List.of(), new LanguageGate(berlin, "de", Lexicon.english()).recognize(annotate(ENGLISH)));
    }

    @Test
    void aShortTextIsTakenAsEnglish() {
        assertEquals(1, new LanguageGate(berlin, null, Lexicon.english()).recognize(annotate("Treffen in Berlin.")).size());
    }
}
