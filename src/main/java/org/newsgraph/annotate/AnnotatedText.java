package org.newsgraph.annotate;

import java.util.List;
import org.newsgraph.source.Article;

/** The output of the annotate stage: the article, its text, and its sentences with tokens. */
public record AnnotatedText(Article article, String text, List<Sentence> sentences) {

    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    public int tokenCount() {
        return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
}
