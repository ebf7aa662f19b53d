package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.TxnType;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.rdf.ArticleKey;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Schema;

/**
 * An embedded Apache Jena TDB2 store in a directory. TDB2 transactions make each article's write
 * all-or-nothing, even if the process is killed mid-write.
 */
public final class TdbStore implements GraphStore {

    /** A compacted store's size per quad (about 430 bytes measured on 2,000 GUM-derived articles). */
    private static final long COMPACTED_BYTES_PER_QUAD = 430;
    /** Compact past this ratio of the estimated compacted size, leaving room for the estimate's error. */
    private static final double GROWTH_LIMIT = 1.5;
    /**
     * TDB2 grows its memory-mapped index files in 8 MB steps, so even a compacted store's files
     * are up to this much longer than its data (sparse: the disk does not hold the gap).
     */
    private static final long MAPPED_SLACK_BYTES = 256L * 1024 * 1024;

    /** The source name of standard input, which names no file to replace by. */
    static final String STDIN = "-";

    private final Path directory;
    private final Dataset dataset;

    private TdbStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens the store in {@code directory}, creating it when absent. */
    public static TdbStore open(Path directory) {
        try {
            if (Files.exists(directory) && !Files.isDirectory(directory)) {
                throw new StoreException(directory + ": store path exists and is not a directory");
            }
            Files.createDirectories(directory);
            return new TdbStore(directory, TDB2Factory.connectDataset(Location.create(directory)));
        } catch (IOException e) {
            throw new StoreException(directory + ": cannot create store directory: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof StoreException) {
                throw e;
            }
            throw new StoreException(directory + ": cannot open TDB2 store: " + e.getMessage(), e);
        }
    }

    /** An in-memory TDB2 store, for tests and benchmarks. */
    public static TdbStore inMemory() {
        return new TdbStore(null, TDB2Factory.createDataset());
    }

    public Path directory() {
        return directory;
    }

    @Override
    public String location() {
        return directory == null ? "(in memory)" : directory.toString();
    }

    /** Adds every quad of {@code data}, in one transaction. */
    void load(DatasetGraph data) {
        DatasetGraph dsg = dataset.asDatasetGraph();
        Txn.executeWrite(dataset, () -> data.find().forEachRemaining(dsg::add));
    }

    @Override
    public ArticleWriter writer() {
        return new Writer();
    }

    @Override
    public Map<Node, String> contentHashes() {
        return read(ds -> {
            Map<Node, String> out = new HashMap<>();
            ds.asDatasetGraph().find(Node.ANY, Node.ANY, NG.contentHash, Node.ANY).forEachRemaining(q -> {
                if (q.getGraph().equals(q.getSubject()) && q.getObject().isLiteral()) {
                    out.put(q.getSubject(), q.getObject().getLiteralLexicalForm());
                }
            });
            return out;
        });
    }

    /**
     * Group commit: one write transaction spans the articles of a batch. The store-wide work an
     * article causes (its counts added to the totals, the identity of the entities it names, its
     * timeline rows) is done once for the whole batch, just before the commit, as a bulk load does
     * it for all its files: an entity named by many articles of the batch ("United States") is
     * relabelled once, not once per article, and a total they share is rewritten once. The store
     * is the same either way, as identity depends on the stored articles only.
     */
    private final class Writer implements ArticleWriter {

        /** The entities (and family names) the open batch touched. */
        private final Set<Node> touched = new LinkedHashSet<>();
        /** The articles the open batch wrote, whose counts are not in the totals yet. */
        private final Set<Node> written = new LinkedHashSet<>();

        @Override
        public IngestOutcome put(ArticleKey key, Consumer<StreamRDF> quads) {
            DatasetGraph dsg = dataset.asDatasetGraph();
            IngestOutcome outcome = storing(() -> {
                if (!dataset.isInTransaction()) {
                    dataset.begin(TxnType.WRITE);
                }
                return replace(dsg, key, touched, written);
            });
            if (outcome != IngestOutcome.UNCHANGED) {
                written.add(key.article());
                try {
                    quads.accept(new StreamRDFBase() {
                        @Override
                        public void quad(Quad quad) {
                            storing(() -> dsg.add(quad));
                            EntityIdentity.collect(quad, touched);
                        }
                    });
                } catch (InternalError e) {
                    // a fault in a memory-mapped file (disk full) reaches the thread at its next
                    // safepoint, which may be in the mapper's code rather than in dsg.add
                    throw new StoreException(reason(e), e);
                }
            }
            return outcome;
        }

        @Override
        public void commit() {
            if (dataset.isInTransaction()) {
                DatasetGraph dsg = dataset.asDatasetGraph();
                storing(() -> {
                    Totals.add(dsg, written);
                    EntityIdentity.consolidate(dsg, touched, written);
                    dataset.commit();
                    dataset.end();
                });
            }
            forget();
        }

        @Override
        public void abort() {
            forget();
            if (dataset.isInTransaction()) {
                storing(() -> {
                    dataset.abort();
                    dataset.end();
                });
            }
        }

        private void forget() {
            touched.clear();
            written.clear();
        }

        @Override
        public void close() {
            abort();
        }
    }

    /**
     * A writer for the first half of a bulk ingest: N-Quads files in {@code directory}, which
     * {@link #bulkLoad} then loads.
     */
    public BulkWriter bulkWriter(Path nquads) {
        Set<String> sources = read(ds -> {
            Set<String> out = new HashSet<>();
            ds.asDatasetGraph().find(Node.ANY, Node.ANY, NG.sourceName, Node.ANY)
                    .forEachRemaining(q -> out.add(q.getObject().getLiteralLexicalForm()));
            return out;
        });
        return new BulkWriter(nquads, contentHashes(), sources);
    }

    /** Loads what {@code writer} wrote, as {@link #bulkLoad(List, List)}. */
    public long bulkLoad(BulkWriter writer) {
        return bulkLoad(writer.keys(), writer.files());
    }

    /**
     * Loads N-Quads files of whole articles that newsgraph wrote elsewhere with TDB2's bulk loader:
     * the articles they hold are read from the files first, so that older versions are replaced
     * as {@code ingest} replaces them.
     */
    @Override
    public long loadNQuads(List<Path> files) {
        List<ArticleKey> keys = new ArrayList<>();
        files.forEach(f -> ArticleNQuads.read(f, graph -> keys.add(graph.key())));
        return bulkLoad(keys, files);
    }

    /**
     * Loads {@code files}, the N-Quads of the articles {@code keys}, with TDB2's parallel bulk
     * loader, after removing, in one transaction, the older versions of those articles (a crash
     * between the two leaves them out, whole; running the ingest again brings them back).
     */
    private long bulkLoad(List<ArticleKey> keys, List<Path> files) {
        if (files.isEmpty()) {
            return 0;
        }
        DatasetGraph dsg = dataset.asDatasetGraph();
        Set<Node> touched = new LinkedHashSet<>();
        List<Node> changed = new ArrayList<>();
        storing(() -> Txn.executeWrite(dataset, () -> keys.forEach(k -> {
            if (replace(dsg, k, touched, Collections.emptySet()) != IngestOutcome.UNCHANGED) {
                changed.add(k.article());
            }
        })));
        DataLoader loader = LoaderFactory.parallelLoader(dsg, (format, args) -> { });
        return storing(() -> {
            loader.startBulk();
            try {
                files.forEach(f -> ArticleNQuads.parse(f, loader.stream()));
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
            long loaded = loader.countQuads();
            Txn.executeWrite(dataset, () -> {
                // an unchanged article is loaded again as the same quads: its counts are in the totals already
                Totals.add(dsg, changed);
                EntityIdentity.consolidate(dsg, EntityIdentity.entitiesIn(dsg, touched), changed);
            });
            return loaded;
        });
    }

    /**
     * Prepares the store for {@code key}'s quads inside a write transaction: nothing to do when the
     * same version is stored, else the older versions (same IRI, or same source file) go. Those
     * in {@code uncounted} (written by the open batch, their counts not yet in the totals) leave
     * it, and the totals as they are.
     */
    private static IngestOutcome replace(DatasetGraph dsg, ArticleKey key, Set<Node> touched, Set<Node> uncounted) {
        Optional<String> stored = hashIn(dsg, key.article());
        if (stored.isPresent() && stored.get().equals(key.contentHash())) {
            return IngestOutcome.UNCHANGED;
        }
        List<Node> replaced = new ArrayList<>(List.of(key.article()));
        if (stored.isEmpty()) {
            replaced = articlesFromSource(dsg, key.sourceName());
        }
        touched.addAll(EntityIdentity.entitiesOf(dsg, replaced));
        replaced.forEach(a -> deleteArticle(dsg, a, !uncounted.remove(a)));
        return replaced.isEmpty() ? IngestOutcome.ADDED : IngestOutcome.REPLACED;
    }

    private void storing(Runnable write) {
        storing(() -> {
            write.run();
            return null;
        });
    }

    /**
     * Runs a write, turning what the disk and TDB2 throw (an I/O error, a fault in a memory-mapped
     * file when the disk is full) into a {@link StoreException} with a reason a person can act on.
     */
    private <T> T storing(Supplier<T> write) {
        try {
            return write.get();
        } catch (StoreException e) {
            throw e;
        } catch (RuntimeException | InternalError e) {
            throw new StoreException(reason(e), e);
        }
    }

    private String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("No space left on device")) {
                return "no space left on device (" + directory + ")";
            }
        }
        if (directory != null) {
            try {
                if (Files.getFileStore(directory).getUsableSpace() < 1024 * 1024) {
                    return "no space left on device (" + directory + ")";
                }
            } catch (IOException unknown) {
                // the original error below says more than why the free space is unknown
                e.addSuppressed(unknown);
            }
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    @Override
    public List<Node> remove(String ref) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<Node> articles = articlesNamed(dsg, ref);
            Set<Node> touched = EntityIdentity.entitiesOf(dsg, articles);
            articles.forEach(a -> deleteArticle(dsg, a, true));
            EntityIdentity.consolidate(dsg, touched, List.of());
            return articles;
        });
    }

    @Override
    public <T> T read(Function<Dataset, T> reader) {
        if (dataset.isInTransaction()) {
            return reader.apply(dataset);
        }
        return Txn.calculateRead(dataset, () -> reader.apply(dataset));
    }

    /**
     * Rewrites the store without the old versions TDB2 keeps after every write transaction (a
     * store grows with each ingest, even of unchanged data). Every superseded data generation is
     * deleted, not only the one this run replaced: a run killed after TDB2 switched generations
     * but before it deleted the old one leaves that one behind, and the next run removes it.
     */
    public void compact() {
        if (directory == null) {
            return;
        }
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
        deleteSupersededGenerations();
    }

    /** Deletes the {@code Data-NNNN} directories (and unfinished {@code Data-NNNN-tmp}) other than the one in use. */
    private void deleteSupersededGenerations() {
        Path current = DatabaseOps.findStorageLocation(directory).toAbsolutePath().normalize();
        try (var entries = Files.list(directory)) {
            for (Path p : entries.toList()) {
                if (Files.isDirectory(p) && p.getFileName().toString().matches("Data-\\d+(-tmp)?")
                        && !p.toAbsolutePath().normalize().equals(current)) {
                    deleteTree(p);
                }
            }
        } catch (IOException e) {
            throw new StoreException(directory + ": compacted, but an old data generation could not be deleted: "
                    + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }

    /**
     * Whether the store takes more than twice what its data needs, that is, mostly old versions
     * TDB2 keeps after write transactions: the size compaction would give is estimated from the
     * quad count (bytes per quad of compacted stores, measured).
     */
    public boolean grown() {
        if (directory == null) {
            return false;
        }
        long size = diskSize();
        return size > MAPPED_SLACK_BYTES + GROWTH_LIMIT * COMPACTED_BYTES_PER_QUAD * quadCount();
    }

    /** Bytes the store's files hold (their length; memory-mapped index files are partly sparse). */
    public long diskSize() {
        if (directory == null) {
            return 0;
        }
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new StoreException(directory + ": cannot measure the store: " + e.getMessage(), e);
        }
    }

    @Override
    public Dataset dataset() {
        return dataset;
    }

    @Override
    public long quadCount() {
        // the quad index's record count: no node is decoded, so a store of millions counts in a moment
        return read(ds -> TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph()).getQuadTable().getNodeTupleTable().size());
    }

    @Override
    public Optional<String> contentHash(Node article) {
        return read(ds -> hashIn(ds.asDatasetGraph(), article));
    }

    @Override
    public void close() {
        if (directory != null) {
            // release the directory (and its lock) so that this JVM or another may open it again
            TDBInternal.expel(dataset.asDatasetGraph());
        } else {
            dataset.close();
        }
    }

    private static Optional<String> hashIn(DatasetGraph dsg, Node article) {
        var it = dsg.find(article, article, NG.contentHash, Node.ANY);
        return it.hasNext() ? Optional.of(it.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    /** Deletes the article's own graph and every sentence graph under its IRI. */
    private static void deleteArticle(DatasetGraph dsg, Node article, boolean counted) {
        if (counted) {
            Totals.subtract(dsg, List.of(article));
        }
        Timeline.drop(dsg, List.of(article));
        for (Node g : ArticleGraphs.graphs(dsg, article)) {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
    }

    private static List<Node> articlesFromSource(DatasetGraph dsg, String sourceName) {
        if (sourceName == null || STDIN.equals(sourceName)) {
            return new ArrayList<>();
        }
        List<Node> out = new ArrayList<>();
        dsg.find(Node.ANY, Node.ANY, NG.sourceName, NodeFactory.createLiteralString(sourceName))
                .forEachRemaining(q -> {
                    if (q.getGraph().equals(q.getSubject())) {
                        out.add(q.getSubject());
                    }
                });
        return out;
    }

    /**
     * The articles {@code ref} names: an article IRI, an article's URL, or the source name it was
     * ingested from (what {@code remove} and {@code export --article} take).
     */
    public static List<Node> articlesNamed(DatasetGraph dsg, String ref) {
        List<Node> out = new ArrayList<>();
        Node iri = NodeFactory.createURI(ref);
        if (dsg.contains(iri, iri, NG.contentHash, Node.ANY)) {
            out.add(iri);
            return out;
        }
        for (Node p : List.of(Schema.url, NG.sourceName)) {
            dsg.find(Node.ANY, Node.ANY, p, Node.ANY).forEachRemaining(q -> {
                boolean own = q.getGraph().equals(q.getSubject());
                if (own && q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals(ref)
                        && !out.contains(q.getSubject())) {
                    out.add(q.getSubject());
                }
            });
        }
        return out;
    }
}
