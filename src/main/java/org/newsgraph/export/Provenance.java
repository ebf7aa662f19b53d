package org.newsgraph.export;

/** What a graph-less format (Turtle) keeps of each fact's source sentences. */
public enum Provenance {
    /** Only the facts (the union of all graphs). */
    NONE,
    /** Each fact also as an {@code rdf:Statement} with {@code ng:extractedFrom} its sentences. */
    REIFIED
}
