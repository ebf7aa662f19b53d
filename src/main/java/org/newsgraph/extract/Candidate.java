package org.newsgraph.extract;

/**
 * A stretch of a sentence's tokens that may name something, before it is typed.
 *
 * @param first index of the first token of the name (in the sentence's tokens)
 * @param last index of the last token of the name, inclusive
 * @param modifierStart index of the first token of the title and modifiers before the name
 *        ("US President" in "US President Barack Obama"), equal to {@code first} when none
 */
record Candidate(int sentence, int first, int last, int modifierStart, boolean titled) {

    int length() {
        return last - first + 1;
    }
}
