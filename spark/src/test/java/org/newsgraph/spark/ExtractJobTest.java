package org.newsgraph.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.pipeline.IngestListener;
import org.newsgraph.pipeline.IngestReport;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.rdf.Prov;
import org.newsgraph.source.ArticleReader;
import org.newsgraph.source.Inputs;
import org.newsgraph.store.TdbStore;

/** The Spark job in local mode gives, once loaded, the store {@code ingest} gives for the same files. */
class ExtractJobTest {

    /** The evaluation data beside the repository (this module is one level down). */
    private static final Path GUM = Path.of("../../shared/eval/gum");

    @TempDir
    Path dir;

    @Test
    void sparkExtractionLoadsToTheStoreIngestBuilds() throws IOException {
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus.resolve("sub"));
        Files.copy(Path.of("../seeds/000_7c8e2674e13b320e.txt"), corpus.resolve("seed.txt"));
        if (Files.isDirectory(GUM)) {
            try (Stream<Path> docs = Files.list(GUM)) {
                for (Path doc : docs.filter(p -> p.getFileName().toString().matches("GUM_news_.*\\.txt")).sorted().limit(3).toList()) {
                    Files.copy(doc, corpus.resolve("sub").resolve(doc.getFileName()));
                }
            }
        }
        Files.writeString(corpus.resolve("feed.jsonl"), """
                {"text": "Ships docked in Durres on Friday, the port authority said.", "headline": "Ships dock", "url": "https://example.org/ships"}

                {"html": "<html><body><h1>Talks in Tirana</h1><p>Edi Rama met Olaf Scholz in Tirana on Monday.</p></body></html>"}
                """);
        Files.writeString(corpus.resolve("empty.txt"), "  \n");
        Files.writeString(corpus.resolve("notes.md"), "not an article type");
        String input = corpus.toAbsolutePath().toString();
        ExtractJob.Result result = sameAsIngest(input, dir);
        assertEquals(List.of(corpus.resolve("empty.txt").toAbsolutePath() + ": empty file (only white space)"),
                result.failures());
        assertTrue(result.articles() >= 3, "the seed and both JSON lines: " + result);
    }

    /**
     * A corpus of one's own ({@code -Dnewsgraph.spark.corpus=PATH}, e.g. 200 articles in JSON Lines):
     * the same check, with the job's and the ingest's times printed.
     */
    @Test
    void aGivenCorpusLoadsToTheStoreIngestBuilds() throws IOException {
        String corpus = System.getProperty("newsgraph.spark.corpus");
        org.junit.jupiter.api.Assumptions.assumeTrue(corpus != null, "no -Dnewsgraph.spark.corpus");
        ExtractJob.Result result = sameAsIngest(Path.of(corpus).toAbsolutePath().toString(), dir);
        assertTrue(result.failures().isEmpty(), result.failures().toString());
    }

    /** Runs the job in local mode on {@code input}, loads its N-Quads and compares them with what ingest stores. */
    private static ExtractJob.Result sameAsIngest(String input, Path dir) throws IOException {
        Path out = dir.resolve("nquads");
        ExtractJob.Result result;
        long start = System.nanoTime();
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("test")
                .set("spark.ui.enabled", "false"))) {
            result = ExtractJob.run(sc, List.of(input), out.toString(), 3);
        }
        long spark = System.nanoTime();
        try (TdbStore sparkStore = TdbStore.open(dir.resolve("spark"));
             TdbStore ingest = TdbStore.open(dir.resolve("ingest"))) {
            try (Stream<Path> parts = Files.list(out)) {
                List<Path> files = parts.filter(p -> p.getFileName().toString().startsWith("part-")).toList();
                assertEquals(result.quads(), sparkStore.loadNQuads(files));
            }
            long loaded = System.nanoTime();
            IngestReport report = Pipeline.standard(new ArticleReader())
                    .ingest(Inputs.expand(List.of(input)), ingest, 2, IngestListener.NONE);
            long ingested = System.nanoTime();
            System.out.printf("%s: %d articles, %d quads; Spark local[2] %.1f s, its N-Quads loaded in %.1f s; ingest --jobs 2 %.1f s%n",
                    input, result.articles(), result.quads(), (spark - start) / 1e9, (loaded - spark) / 1e9, (ingested - loaded) / 1e9);
            assertEquals(report.added(), result.articles());
            Set<String> expected = quads(ingest);
            Set<String> got = quads(sparkStore);
            // the differences, a few of each, not two sets of half a million quads in the message
            List<String> missing = expected.stream().filter(q -> !got.contains(q)).toList();
            List<String> extra = got.stream().filter(q -> !expected.contains(q)).toList();
            assertTrue(missing.isEmpty() && extra.isEmpty(), missing.size() + " quads ingest stores that the job's do not hold, "
                    + extra.size() + " the other way; the first of each: " + missing.stream().limit(5).toList() + " "
                    + extra.stream().limit(5).toList());
        }
        return result;
    }

    /** A store's quads as text, with the extraction time (which differs between runs) made one value. */
    private static Set<String> quads(TdbStore store) {
        Node anyTime = NodeFactory.createLiteralString("time");
        return store.read(ds -> {
            Set<String> out = new TreeSet<>();
            ds.asDatasetGraph().find().forEachRemaining(q -> out.add((q.getPredicate().equals(Prov.startedAtTime)
                    ? Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(), anyTime) : q).toString()));
            return out;
        });
    }
}
