package org.newsgraph.extract;

/**
 * A noun phrase of a sentence (token indexes, inclusive) and what it refers to: an entity key,
 * an article-local thing, or nothing known yet.
 */
record Phrase(int sentence, int first, int last, int begin, int end, String text, String head, String ref) {

    Phrase withRef(String r) {
        return new Phrase(sentence, first, last, begin, end, text, head, r);
    }
}
