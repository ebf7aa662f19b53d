package org.newsgraph.pipeline;

import org.apache.jena.riot.system.StreamRDF;
import org.newsgraph.annotate.Annotator;
import org.newsgraph.annotate.OpenNlpAnnotator;
import org.newsgraph.extract.Extraction;
import org.newsgraph.extract.Extractor;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ExtractionRun;
import org.newsgraph.source.Article;

/**
 * The library as a function from an article to its extraction and its quads, with no store: what
 * each ingest worker runs, and what a job elsewhere (a Spark partition) runs. Not thread-safe: one
 * per thread; the models behind it are loaded once per JVM and shared.
 */
public final class ArticleProcessor {

    private final Annotator annotator;
    private final Extractor extractor;
    private final ArticleMapper mapper = new ArticleMapper();

    public ArticleProcessor(Annotator annotator, Extractor extractor) {
        this.annotator = annotator;
        this.extractor = extractor;
    }

    /** OpenNLP annotation and the standard extractor, as {@code ingest} runs them by default. */
    public static ArticleProcessor standard() {
        return new ArticleProcessor(new OpenNlpAnnotator(), Extractor.standard());
    }

    /** Annotates and extracts one article. */
    public Extraction extract(Article article) {
        return extractor.extract(annotator.annotate(article));
    }

    /**
     * Annotates, extracts and maps one article, sending its quads to {@code sink} as they are made
     * (the quads {@code ingest} stores for it); returns how many were sent.
     */
    public int quads(Article article, ExtractionRun run, StreamRDF sink) {
        return mapper.stream(extract(article), run, sink);
    }
}
