package org.newsgraph.annotate;

import org.newsgraph.source.Article;

/** Splits an article's text into sentences and part-of-speech tagged tokens. Not thread-safe. */
public interface Annotator {

    AnnotatedText annotate(Article article);
}
