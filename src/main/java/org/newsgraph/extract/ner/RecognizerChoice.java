package org.newsgraph.extract.ner;

import java.nio.file.Path;
import org.newsgraph.lang.Lexicon;
import org.newsgraph.extract.NameRecognizer;
import org.newsgraph.extract.Recognizer;
import org.newsgraph.extract.gazetteer.Gazetteer;

/**
 * Which entity recognizer the extract stage runs (ingest, evaluate and bench take it as
 * {@code --recognizer}), in which language ({@code --lang}; null detects it per article), and
 * with which model file ({@code --model}; null for the bundled one).
 */
public record RecognizerChoice(Kind kind, String language, Path model) {

    /** The recognizers. */
    public enum Kind {
        /** The trained tagger ({@link ModelRecognizer}). */
        MODEL,
        /** The hand-written rules ({@link NameRecognizer}). */
        RULES,
        /** The rules checked and completed by the model ({@link HybridRecognizer}). */
        HYBRID
    }

    /**
     * The default: the rules, language detected. The trained model and the hybrid are selectable;
     * neither beats the rules on the news dev set yet (README, "Entity recognizers").
     */
    public static final RecognizerChoice DEFAULT = new RecognizerChoice(Kind.RULES, null, null);

    private ModelRecognizer model(Gazetteer gazetteer) {
        return model == null ? ModelRecognizer.bundled(gazetteer) : ModelRecognizer.fromFile(model, gazetteer);
    }

    /** The recognizer over {@code gazetteer} (the rules also read {@code lexicon}), behind the language gate. */
    public Recognizer create(Gazetteer gazetteer, Lexicon lexicon) {
        Recognizer r = switch (kind) {
            case MODEL -> model(gazetteer);
            case RULES -> new NameRecognizer(gazetteer, lexicon);
            case HYBRID -> new HybridRecognizer(new NameRecognizer(gazetteer, lexicon), model(gazetteer));
        };
        return new LanguageGate(r, language, lexicon);
    }
}
