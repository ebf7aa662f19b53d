package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.extract.Extractor;
import org.newsgraph.extract.NameRecognizer;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.query.QueryCatalog;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.source.ArticleMetadata;
import org.newsgraph.source.ArticleReader;
import org.newsgraph.source.Input;
import org.newsgraph.source.Inputs;
import org.newsgraph.source.SourceFormat;
import org.newsgraph.store.TdbStore;

class PipelineTest {

    @TempDir
    Path dir;

    @Test
    void theSameEntityInTwoArticlesIsOneNode() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Iraq remembers its ruler\n\nThe former dictator Saddam Hussein ruled Iraq for decades.");
        Files.writeString(dir.resolve("b.txt"), "Trial ends\n\nSaddam Hussein was tried in Baghdad in 2006, officials said.");
        try (TdbStore store = TdbStore.inMemory()) {
            IngestReport report = Pipeline.standard(new ArticleReader()).ingest(Inputs.expand(List.of(dir.toString())), store, 2,
                    IngestListener.NONE);
            assertEquals(2, report.added());
            List<Map<String, Node>> people = new QueryRunner(store).select(QueryCatalog.bundled().get("people").orElseThrow(), Map.of());
            List<Map<String, Node>> saddam = people.stream()
                    .filter(r -> r.get("label").getLiteralLexicalForm().equals("Saddam Hussein")).toList();
            assertEquals(1, saddam.size(), people.toString());
            assertEquals("https://w3id.org/newsgraph/id/person/saddam-hussein", saddam.get(0).get("entity").getURI());
            assertEquals(2, Integer.parseInt(saddam.get(0).get("articles").getLiteralLexicalForm()));
        }
    }

    /** Each input is heard of once as written (into the open batch) or failed, and the written ones again as stored at the commit. */
    @Test
    void inputsAreWrittenIntoTheBatchBeforeItsCommitStoresThem() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Headline\n\nCanada and Japan met in Paris.");
        Files.writeString(dir.resolve("b.txt"), "Other\n\nSaddam Hussein ruled Iraq.");
        Files.write(dir.resolve("c.txt"), new byte[]{0, 1, 2, 3});
        List<String> heard = new java.util.ArrayList<>();
        try (TdbStore store = TdbStore.inMemory()) {
            Pipeline.standard(new ArticleReader()).ingest(Inputs.expand(List.of(dir.toString())), store,
                    new IngestSettings(1, 10, Duration.ofMinutes(1), Duration.ofSeconds(30)), new IngestListener() {
                        @Override
                        public void written(Input input) {
                            heard.add("written " + Path.of(input.name()).getFileName());
                        }

                        @Override
                        public void stored(Input input, ArticleResult result) {
                            heard.add("stored " + Path.of(input.name()).getFileName());
                        }

                        @Override
                        public void failed(Input input, String message) {
                            heard.add("failed " + Path.of(input.name()).getFileName());
                        }
                    });
        }
        assertEquals(List.of("written a.txt", "written b.txt", "failed c.txt", "stored a.txt", "stored b.txt"), heard);
    }

    @Test
    void aFailingInputIsReportedAndTheOthersAreStored() throws Exception {
        Files.writeString(dir.resolve("good.txt"), "Headline\n\nCanada and Japan met in Paris.");
        Files.write(dir.resolve("bin.txt"), new byte[]{0, 1, 2, 3});
        List<String> failed = new java.util.ArrayList<>();
        try (TdbStore store = TdbStore.inMemory()) {
            IngestReport report = Pipeline.standard(new ArticleReader()).ingest(Inputs.expand(List.of(dir.toString())), store, 1,
                    new IngestListener() {
                        @Override
                        public void stored(Input input, ArticleResult result) {
                        }

                        @Override
                        public void failed(Input input, String message) {
                            failed.add(message);
                        }
                    });
            assertEquals(1, report.added());
            assertEquals(List.of(dir.resolve("bin.txt") + ": binary file (it holds NUL bytes), not text or HTML"), failed);
            assertTrue(report.summary().contains("1 failed"), report.summary());
        }
    }

    @Test
    void anUnchangedArticleIsRecognisedBeforeAnnotationAndACorrectedDateReplacesIt() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Iraq remembers its ruler\n\nThe former dictator Saddam Hussein ruled Iraq for decades.");
        Files.writeString(dir.resolve("b.txt"), "Trial ends\n\nSaddam Hussein was tried in Baghdad in 2006, officials said.");
        List<Input> inputs = Inputs.expand(List.of(dir.toString()));
        try (TdbStore store = TdbStore.inMemory()) {
            assertEquals(2, Pipeline.standard(new ArticleReader()).ingest(inputs, store, 2, IngestListener.NONE).added());
            long quads = store.quadCount();
            IngestReport again = Pipeline.standard(new ArticleReader()).ingest(inputs, store, 2, IngestListener.NONE);
            assertEquals(2, again.unchanged());
            assertEquals(0, again.tokens(), "nothing was annotated");
            ArticleMetadata dated = new ArticleMetadata(null, LocalDate.of(2006, 11, 5), null, null, null, List.of(), null, null);
            IngestReport corrected = Pipeline.standard(new ArticleReader(SourceFormat.AUTO, dated, ArticleReader.DEFAULT_MAX_BYTES))
                    .ingest(inputs, store, 1, IngestListener.NONE);
            assertEquals(2, corrected.replaced(), corrected.summary());
            assertEquals(quads + 2, store.quadCount(), "each article gained its date, and kept nothing old");
        }
    }

    @Test
    void anArticlePastItsTimeBudgetFailsAndTheBatchGoesOn() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Headline\n\nCanada and Japan met in Paris.");
        Files.writeString(dir.resolve("b.txt"), "Stuck\n\nThis one never finishes in Rome.");
        Files.writeString(dir.resolve("c.txt"), "Another\n\nGermany and France met in Berlin.");
        Gazetteer gazetteer = Gazetteer.load();
        Pipeline pipeline = new Pipeline(new ArticleReader(), () -> {
            NameRecognizer names = new NameRecognizer(gazetteer);
            return new Extractor(text -> {
                if (text.text().contains("never finishes")) {
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        throw new IllegalStateException("given up", e);
                    }
                }
                return names.recognize(text);
            }, gazetteer);
        });
        List<String> failed = new java.util.ArrayList<>();
        try (TdbStore store = TdbStore.inMemory()) {
            long start = System.nanoTime();
            IngestReport report = pipeline.ingest(Inputs.expand(List.of(dir.toString())), store,
                    new IngestSettings(1, 10, Duration.ofMillis(100), Duration.ofSeconds(3)), new IngestListener() {
                        @Override
                        public void stored(Input input, ArticleResult result) {
                        }

                        @Override
                        public void failed(Input input, String message) {
                            failed.add(message);
                        }
                    });
            assertTrue(System.nanoTime() - start < 20_000_000_000L, "the stuck article did not hold up the run");
            assertEquals(2, report.added(), report.summary() + " " + failed);
            assertEquals(List.of(dir.resolve("b.txt") + ": not done within the per-article time budget of 3.0 s "
                    + "(--article-timeout); skipped"), failed);
        }
    }
}
