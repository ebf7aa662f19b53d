package org.newsgraph.store;

import java.util.function.Consumer;
import org.apache.jena.riot.system.StreamRDF;
import org.newsgraph.rdf.ArticleKey;

/**
 * Writes whole articles into a store, several per transaction (group commit): nothing of a batch
 * is visible, or survives a crash, until {@link #commit}, so the store never holds half an article
 * and the batch a crash interrupts is simply written again by the next run.
 */
public interface ArticleWriter extends AutoCloseable {

    /**
     * Adds one article to the open batch, replacing what an older version of it stored; {@code
     * quads} sends the article's quads to the sink it is given. Storage failures are {@link
     * StoreException}s; an {@link ArticleRefusedException} means nothing of this article was
     * written and the batch can go on; anything else thrown comes from {@code quads}, and the
     * caller must then {@link #abort} the batch, as it holds part of that article.
     */
    IngestOutcome put(ArticleKey key, Consumer<StreamRDF> quads);

    /** Makes the batch durable and visible. */
    void commit();

    /** Drops the open batch. */
    void abort();

    /** Drops an uncommitted batch. */
    @Override
    void close();
}
