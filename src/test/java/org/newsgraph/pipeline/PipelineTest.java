package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.query.QueryCatalog;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.source.ArticleReader;
import org.newsgraph.source.Input;
import org.newsgraph.source.Inputs;
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
}
