package org.newsgraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.newsgraph.rdf.ArticleKey;

/**
 * The first half of a bulk ingest: writes each batch of articles to its own gzipped N-Quads file
 * (so an aborted batch is one file deleted), and remembers which articles they replace; {@link
 * TdbStore#bulkLoad} then loads the files with TDB2's bulk loader.
 */
public final class BulkWriter implements ArticleWriter {

    private final Path directory;
    private final Map<Node, String> stored;
    private final Set<String> storedSources;
    private final Map<Node, String> written = new HashMap<>();
    private final Map<Node, String> batchKeys = new HashMap<>();
    private final List<ArticleKey> keys = new ArrayList<>();
    private final List<ArticleKey> batch = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private Path file;
    private OutputStream out;
    private StreamRDF stream;

    /**
     * @param directory where the N-Quads files go (created when absent)
     * @param stored the store's articles and their content hashes
     * @param storedSources the source names the store's articles were read from
     */
    BulkWriter(Path directory, Map<Node, String> stored, Set<String> storedSources) {
        this.directory = directory;
        this.stored = stored;
        this.storedSources = storedSources;
    }

    @Override
    public IngestOutcome put(ArticleKey key, Consumer<StreamRDF> quads) {
        String before = batchKeys.containsKey(key.article()) ? batchKeys.get(key.article()) : written.get(key.article());
        if (before != null) {
            if (before.equals(key.contentHash())) {
                return IngestOutcome.UNCHANGED;
            }
            // the loader adds, it cannot replace what an earlier file of this run holds
            throw new ArticleRefusedException("another version of this article is in the same bulk ingest; "
                + "ingest it again without --bulk");
        }
        if (stream == null) {
            open();
        }
        quads.accept(stream);
        batch.add(key);
        batchKeys.put(key.article(), key.contentHash());
        boolean replaces = stored.containsKey(key.article())
                || !TdbStore.STDIN.equals(key.sourceName()) && storedSources.contains(key.sourceName());
        return replaces ? IngestOutcome.REPLACED : IngestOutcome.ADDED;
    }

    @Override
    public void commit() {
        if (stream == null) {
            return;
        }
        try {
            stream.finish();
            out.close();
        } catch (IOException e) {
            throw new StoreException(file + ": cannot write: " + e.getMessage(), e);
        }
        files.add(file);
        keys.addAll(batch);
        written.putAll(batchKeys);
        clearBatch();
    }

    @Override
    public void abort() {
        if (stream == null) {
            return;
        }
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot remove: " + e.getMessage(), e);
        }
        clearBatch();
    }

    @Override
    public void close() {
        abort();
    }

    /** The committed N-Quads files, in order. */
    public List<Path> files() {
        return List.copyOf(files);
    }

    /** The articles the committed files hold. */
    public List<ArticleKey> keys() {
        return List.copyOf(keys);
    }

    private void open() {
        try {
            Files.createDirectories(directory);
            file = directory.resolve(String.format("part-%05d.nq.gz", files.size() + 1));
            out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 64 * 1024);
        } catch (IOException e) {
            throw new StoreException(directory + ": cannot write N-Quads: " + e.getMessage(), e);
        }
        stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        stream.start();
    }

    private void clearBatch() {
        stream = null;
        out = null;
        file = null;
        batch.clear();
        batchKeys.clear();
    }
}
