package org.newsgraph.pipeline;

import org.apache.jena.graph.Node;
import org.newsgraph.store.IngestOutcome;

/** What ingesting one article produced. */
public record ArticleResult(Node article, IngestOutcome outcome, int tokens, int entities, int quads) {
}
