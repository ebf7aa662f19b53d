package org.newsgraph.pipeline;

import java.time.Duration;

/**
 * How an ingest runs.
 *
 * @param jobs worker threads for reading, annotation and extraction
 * @param batchArticles the most articles one transaction commits (group commit)
 * @param batchTime the longest an article waits in an open batch before it is committed
 * @param articleBudget how long one article may take to read, annotate and extract before it is
 *        given up with an error (the batch goes on)
 */
public record IngestSettings(int jobs, int batchArticles, Duration batchTime, Duration articleBudget) {

    /**
     * Every commit costs a sync and copies the index pages it changes (TDB2 keeps the old ones
     * until compaction), and every batch its store-wide upkeep: on 2,000 articles, batches of up
     * to 500 articles leave the store within the size that needs no compaction afterwards.
     */
    public static final int DEFAULT_BATCH_ARTICLES = 500;
    /** See {@link #DEFAULT_BATCH_ARTICLES}; a crash loses at most this much work, which the next run does again. */
    public static final long DEFAULT_BATCH_MILLIS = 30_000;
    public static final Duration DEFAULT_BATCH_TIME = Duration.ofMillis(DEFAULT_BATCH_MILLIS);
    public static final Duration DEFAULT_ARTICLE_BUDGET = Duration.ofSeconds(30);

    public IngestSettings {
        if (jobs < 1) {
            throw new IllegalArgumentException("--jobs must be at least 1");
        }
        if (batchArticles < 1) {
            throw new IllegalArgumentException("--batch-articles must be at least 1");
        }
        if (batchTime.isNegative()) {
            throw new IllegalArgumentException("--batch-ms must not be negative");
        }
        if (articleBudget.isNegative() || articleBudget.isZero()) {
            throw new IllegalArgumentException("--article-timeout must be positive");
        }
    }

    /** All cores, the default batches and budget. */
    public static IngestSettings defaults() {
        return new IngestSettings(Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH_ARTICLES,
                DEFAULT_BATCH_TIME, DEFAULT_ARTICLE_BUDGET);
    }

    public IngestSettings withJobs(int n) {
        return new IngestSettings(n, batchArticles, batchTime, articleBudget);
    }
}
