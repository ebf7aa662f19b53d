package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.extract.ner.RecognizerChoice;
import picocli.CommandLine.Option;

/** {@code --recognizer} and {@code --lang}, shared by the commands that extract entities. */
final class RecognizerOptions {

    @Option(names = "--recognizer", defaultValue = "rules", paramLabel = "model|rules|hybrid",
            description = "Entity recognizer: the trained model, the hand-written rules, or the rules checked and "
                    + "completed by the model (default: ${DEFAULT-VALUE}).")
    String recognizer;

    @Option(names = "--lang", paramLabel = "CODE",
            description = "The articles' language (e.g. en, de): no detection; entities are found only in English. "
                    + "Default: detected per article; a non-English article gets no entities and a warning.")
    String lang;

    @Option(names = "--model", paramLabel = "FILE",
            description = "With --recognizer model: a model file from scripts/train-ner instead of the bundled one.")
    Path model;

    RecognizerChoice choice() {
        return new RecognizerChoice(Enums.parse(RecognizerChoice.Kind.class, recognizer, "--recognizer"),
                lang == null || lang.isBlank() ? null : lang.strip(), model);
    }
}
