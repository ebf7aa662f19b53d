package org.newsgraph.extract;

/**
 * Who says what a sentence says, and how firmly.
 *
 * @param sentence index of the sentence
 * @param sourceEntity key of the entity the claim is attributed to, or null for the publisher
 *        (or an unnamed source)
 * @param sourceDescription how the text describes the source ("an informed source familiar with
 *        ..."), or null when it is the publisher
 */
public record Attribution(int sentence, String sourceEntity, String sourceDescription, Certainty certainty) {
}
