package org.newsgraph.annotate;

/**
 * A token: offsets are UTF-16 indexes into the annotated text (end exclusive); {@code pos} is a
 * Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, ...). {@code head} is the index
 * in its sentence of the token it depends on, -1 for the sentence's root (and for a token that was
 * not parsed); {@code deprel} is the Universal Dependencies relation to that head ({@code nsubj},
 * {@code obj}, {@code obl:tmod}, ..., {@code root}), empty when not parsed.
 */
public record Token(int begin, int end, String text, String pos, int head, String deprel) {

    /** A token not (yet) parsed. */
    public Token(int begin, int end, String text, String pos) {
        this(begin, end, text, pos, -1, "");
    }

    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }

    public boolean isCapitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** This token attached to {@code head} by {@code deprel}. */
    public Token withDependency(int head, String deprel) {
        return new Token(begin, end, text, pos, head, deprel);
    }
}
