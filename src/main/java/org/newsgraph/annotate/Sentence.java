package org.newsgraph.annotate;

import java.util.List;

/** A sentence with its tokens; offsets as in {@link Token}. */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens) {

    public Sentence {
        tokens = List.copyOf(tokens);
    }
}
