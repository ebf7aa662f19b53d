package org.newsgraph.extract;

import java.util.List;

/**
 * Who says what a sentence says, and how firmly.
 *
 * @param sentence index of the sentence
 * @param sourceEntities keys of the entities the claim is attributed to ("X and Y said"); empty
 *        for the publisher or an unnamed source
 * @param sourceDescription how the text describes the source ("an informed source familiar with
 *        ..."), or null when it is the publisher or named entities
 */
public record Attribution(int sentence, List<String> sourceEntities, String sourceDescription, Certainty certainty) {

    public Attribution {
        sourceEntities = List.copyOf(sourceEntities);
    }

    public Attribution(int sentence, String sourceEntity, String sourceDescription, Certainty certainty) {
        this(sentence, sourceEntity == null ? List.of() : List.of(sourceEntity), sourceDescription, certainty);
    }

    /** The first source entity, or null. */
    public String sourceEntity() {
        return sourceEntities.isEmpty() ? null : sourceEntities.get(0);
    }
}
