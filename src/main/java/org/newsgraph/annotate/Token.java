package org.newsgraph.annotate;

/**
 * A token: offsets are UTF-16 indexes into the annotated text (end exclusive); {@code pos} is a
 * Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, ...).
 */
public record Token(int begin, int end, String text, String pos) {

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
