package org.newsgraph.annotate;

import java.util.List;

/**
 * A sentence with its tokens and its PropBank predicates (token indexes into {@code tokens});
 * offsets as in {@link Token}.
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<PropBank.Predicate> predicates) {

    public Sentence {
        tokens = List.copyOf(tokens);
        predicates = List.copyOf(predicates);
    }

    /** A sentence whose predicates are not labelled. */
    public Sentence(int index, int begin, int end, String text, List<Token> tokens) {
        this(index, begin, end, text, tokens, List.of());
    }
}
