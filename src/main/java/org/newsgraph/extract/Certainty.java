package org.newsgraph.extract;

/** How firmly a sentence's source states its content. */
public enum Certainty {
    /** Stated as fact by the source. */
    ASSERTED,
    /** Relayed from another source ("sources have reported", "X said"). */
    REPORTED,
    /** Qualified ("reports suggest", "apparently", "was said to be"). */
    HEDGED,
    /** Denied or negated. */
    NEGATED
}
