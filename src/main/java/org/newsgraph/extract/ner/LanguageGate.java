package org.newsgraph.extract.ner;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.annotate.AnnotatedText;
import org.newsgraph.annotate.Sentence;
import org.newsgraph.annotate.Token;
import org.newsgraph.lang.Lexicon;
import org.newsgraph.extract.Mention;
import org.newsgraph.extract.Recognizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognizes entities only in English articles: the recognizers are trained on English, and on
 * other languages they take common nouns for names (German capitalizes every noun). English is
 * told by the share of words that are English function words; a forced language ({@code --lang})
 * decides instead. Articles found not English get no mentions and a one-line warning naming the
 * input. Thread-safe.
 */
public final class LanguageGate implements Recognizer {

    private static final Logger LOG = LoggerFactory.getLogger(LanguageGate.class);
    /** Below this share of function words a text is not English (English news: about 0.3). */
    static final double MIN_SHARE = 0.12;
    /** Texts with fewer words are taken as English: too short to tell. */
    static final int MIN_WORDS = 30;

    private final Recognizer english;
    private final String forced;
    private final Set<String> functionWords;

    /**
     * {@code forcedLanguage}: an ISO 639 code that overrides detection, or null to detect;
     * the function words are the lexicon's {@code function-words}.
     */
    public LanguageGate(Recognizer english, String forcedLanguage, Lexicon lexicon) {
        this.english = english;
        this.forced = forcedLanguage == null ? null : forcedLanguage.toLowerCase(Locale.ROOT);
        this.functionWords = lexicon.words("function-words");
    }

    @Override
    public List<Mention> recognize(AnnotatedText text) {
        if (forced != null) {
            return isEnglishCode(forced) ? english.recognize(text) : List.of();
        }
        int words = 0;
        int function = 0;
        for (Sentence s : text.sentences()) {
            for (Token t : s.tokens()) {
                String w = t.text();
                if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
                    words++;
                    if (functionWords.contains(w.toLowerCase(Locale.ROOT))) {
                        function++;
                    }
                }
            }
        }
        if (words < MIN_WORDS || function >= MIN_SHARE * words) {
            return english.recognize(text);
        }
        LOG.warn("{}: not English ({}% of {} words are English function words); no entities (--lang en forces English)",
                text.article().sourceName(), Math.round(100.0 * function / words), words);
        return List.of();
    }

    private static boolean isEnglishCode(String code) {
        return code.equals("en") || code.startsWith("en-") || code.startsWith("en_") || code.equals("eng");
    }
}
