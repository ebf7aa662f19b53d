package org.newsgraph.store;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.newsgraph.rdf.ArticleGraph;

/**
 * Where article graphs live. Each article is written atomically; readers see the union of all
 * named graphs as the default graph.
 */
public interface GraphStore extends AutoCloseable {

    /** Where the store is, for messages: a directory or a URL. */
    String location();

    /** A writer that groups whole articles into transactions; one at a time per store. */
    ArticleWriter writer();

    /** Writes one article in one transaction, replacing an older version of it. */
    default IngestOutcome put(ArticleGraph graph) {
        try (ArticleWriter writer = writer()) {
            IngestOutcome outcome = writer.put(graph.key(), sink -> graph.quads().forEach(sink::quad));
            writer.commit();
            return outcome;
        }
    }

    /**
     * Stores the articles of N-Quads files that newsgraph wrote elsewhere (the Spark job's output,
     * {@code ingest --bulk --nquads}), one article at a time, replacing older versions as {@code
     * ingest} does; returns the quads written (an article already stored in this version is left).
     */
    default long loadNQuads(List<Path> files) {
        long[] written = {0};
        try (ArticleWriter writer = writer()) {
            for (Path file : files) {
                ArticleNQuads.read(file, graph -> {
                    if (writer.put(graph.key(), sink -> graph.quads().forEach(sink::quad)) != IngestOutcome.UNCHANGED) {
                        written[0] += graph.quads().size();
                    }
                    writer.commit();
                });
            }
        }
        return written[0];
    }

    /** Every stored article with its content hash, to skip unchanged inputs before any annotation. */
    Map<Node, String> contentHashes();

    /**
     * Removes the articles that {@code ref} names (an article IRI, its URL, or its source name)
     * and every graph derived from them; returns the IRIs removed.
     */
    List<Node> remove(String ref);

    /** Runs {@code reader} inside a read transaction over the dataset (union default graph). */
    <T> T read(Function<Dataset, T> reader);

    /**
     * The dataset itself (union default graph), for services that run their own transactions on
     * it, such as the SPARQL endpoint; everyone else uses {@link #read}.
     */
    Dataset dataset();

    /** The number of quads in all named graphs. */
    long quadCount();

    /** The article stored under this IRI, if any: its content hash. */
    Optional<String> contentHash(Node article);

    @Override
    void close();
}
