package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.ArticleGraph;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Nif;
import org.newsgraph.rdf.Schema;

/**
 * An embedded Apache Jena TDB2 store in a directory. TDB2 transactions make each article's write
 * all-or-nothing, even if the process is killed mid-write.
 */
public final class TdbStore implements GraphStore {

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
    public IngestOutcome put(ArticleGraph graph) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            Optional<String> stored = hashIn(dsg, graph.article());
            if (stored.isPresent() && stored.get().equals(graph.contentHash())) {
                return IngestOutcome.UNCHANGED;
            }
            List<Node> replaced = new ArrayList<>(List.of(graph.article()));
            if (stored.isEmpty()) {
                replaced = articlesFromSource(dsg, graph.sourceName());
            }
            Set<Node> touched = EntityIdentity.entitiesOf(dsg, replaced);
            replaced.forEach(a -> deleteArticle(dsg, a));
            for (Quad q : graph.quads()) {
                dsg.add(q);
            }
            touched.addAll(EntityIdentity.entitiesIn(graph.quads()));
            EntityIdentity.consolidate(dsg, touched);
            return replaced.isEmpty() ? IngestOutcome.ADDED : IngestOutcome.REPLACED;
        });
    }

    @Override
    public List<Node> remove(String ref) {
        return Txn.calculateWrite(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            List<Node> articles = articlesNamed(dsg, ref);
            Set<Node> touched = EntityIdentity.entitiesOf(dsg, articles);
            articles.forEach(a -> deleteArticle(dsg, a));
            EntityIdentity.consolidate(dsg, touched);
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
     * store grows with each ingest, even of unchanged data); the old generation is deleted.
     */
    public void compact() {
        if (directory == null) {
            return;
        }
        DatabaseMgr.compact(dataset.asDatasetGraph(), true);
    }

    /** Bytes the store takes on disk. */
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
        return read(ds -> {
            long n = 0;
            var it = ds.asDatasetGraph().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
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
    private static void deleteArticle(DatasetGraph dsg, Node article) {
        List<Node> graphs = new ArrayList<>();
        var sentences = dsg.find(article, Node.ANY, RDF.type.asNode(), Nif.Sentence);
        sentences.forEachRemaining(q -> graphs.add(q.getSubject()));
        graphs.add(article);
        for (Node g : graphs) {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
    }

    private static List<Node> articlesFromSource(DatasetGraph dsg, String sourceName) {
        if (sourceName == null || "-".equals(sourceName)) {
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
