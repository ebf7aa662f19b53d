package org.newsgraph.pipeline;

import org.newsgraph.source.Input;

/** Hears about each input of an ingest as it finishes, in input order. */
public interface IngestListener {

    /**
     * The input is in the open batch and will be {@link #stored} when the batch commits (a
     * progress bar can move now rather than at each commit).
     */
    default void written(Input input) {
    }

    /** The input was stored (or found unchanged). */
    void stored(Input input, ArticleResult result);

    /** The input could not be ingested; {@code message} names it and says why. */
    void failed(Input input, String message);

    IngestListener NONE = new IngestListener() {
        @Override
        public void stored(Input input, ArticleResult result) {
        }

        @Override
        public void failed(Input input, String message) {
        }
    };
}
