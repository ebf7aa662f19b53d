package org.newsgraph.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The official Apache OpenNLP English models (Universal Dependencies EWT, from Maven Central),
 * loaded once from the classpath; models are thread-safe and shared by all annotators.
 */
final class OpenNlpModels {

    static final String SENTENCE = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    static final String TOKENS = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private OpenNlpModels() {
    }

    private static final class Holder {
        static final SentenceModel SENTENCE_MODEL = load(SENTENCE, SentenceModel::new);
        static final TokenizerModel TOKENIZER_MODEL = load(TOKENS, TokenizerModel::new);
        static final POSModel POS_MODEL = load(POS, POSModel::new);
    }

    static SentenceModel sentences() {
        return Holder.SENTENCE_MODEL;
    }

    static TokenizerModel tokens() {
        return Holder.TOKENIZER_MODEL;
    }

    static POSModel pos() {
        return Holder.POS_MODEL;
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Reader<T> reader) {
        try (InputStream in = OpenNlpModels.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load OpenNLP model " + resource + ": " + e.getMessage(), e);
        }
    }
}
