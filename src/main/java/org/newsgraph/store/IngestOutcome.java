package org.newsgraph.store;

/** What writing an article did to the store. */
public enum IngestOutcome {
    /** A new article. */
    ADDED,
    /** The same article (same identity) with different text: its old graphs were replaced. */
    REPLACED,
    /** The same text was already stored: nothing changed. */
    UNCHANGED
}
