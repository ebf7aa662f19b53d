package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.Fixtures;
import org.newsgraph.store.TdbStore;

/** The seed article through the command line, checked the way the backbone issue's acceptance asks. */
class SeedEndToEndTest {

    @TempDir
    static Path dir;

    static String store;

    @BeforeAll
    static void ingestSeed() {
        store = CliTestSupport.seedStore(dir);
    }

    private static Set<String> labels(String query) {
        CliTestSupport.Run run = CliTestSupport.run("--store", store, "query", query, "--format", "tsv");
        assertEquals(0, run.exit(), run.err());
        return Arrays.stream(run.out().split("\n")).skip(1).filter(l -> !l.isBlank())
                .map(l -> l.split("\t")[1].replaceAll("^\"|\"$", "")).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void theFivePeopleTheArticleNames() {
        assertEquals(new TreeSet<>(List.of("Abdolvahhab Faraji", "Bledi Cuci", "Muhamet Rrumbullaku", "Nouri al-Maliki",
                "Saddam Hussein")), labels("people"));
    }

    @Test
    void organizationsAndPlaces() {
        Set<String> orgs = labels("organizations");
        assertTrue(orgs.containsAll(List.of("Albanian Daily News", "European Union", "Press TV")), orgs.toString());
        assertTrue(orgs.stream().anyMatch(o -> o.startsWith("Mujahedin")), orgs.toString());
        Set<String> places = labels("places");
        assertTrue(places.containsAll(List.of("Albania", "Tirana", "Manëz", "Iran", "Iraq", "Canada", "Japan", "Paris")),
                places.toString());
        for (String crumbOrFooter : List.of("News", "Politics", "More", "Roku", "Press TV News Roku")) {
            assertFalse(orgs.contains(crumbOrFooter) || places.contains(crumbOrFooter), crumbOrFooter);
        }
    }

    @Test
    void noFactOutsideASentenceGraphAndEverySentenceGraphIsASentenceWithText() {
        try (TdbStore s = TdbStore.open(Path.of(store))) {
            long outside = s.read(ds -> count(ds, """
                    PREFIX schema: <http://schema.org/>
                    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                    SELECT (COUNT(*) AS ?n) {
                      GRAPH ?g { ?e ?p ?o }
                      ?mention <http://www.w3.org/2005/11/its/rdf#taIdentRef> ?e .
                      FILTER NOT EXISTS { ?g a nif:Sentence }
                      FILTER NOT EXISTS { ?article schema:publisher ?e }
                    }"""));
            assertEquals(0, outside, "facts about mentioned entities only in sentence graphs (publisher metadata aside)");
            long badGraphs = s.read(ds -> count(ds, """
                    PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                    PREFIX schema: <http://schema.org/>
                    SELECT (COUNT(DISTINCT ?g) AS ?n) {
                      GRAPH ?g { ?s ?p ?o }
                      FILTER NOT EXISTS { ?g a nif:Sentence ; nif:anchorOf ?text }
                      FILTER NOT EXISTS { ?g a schema:NewsArticle }
                      # the store's own graphs of totals and of the typed-events timeline
                      FILTER(?g != <https://w3id.org/newsgraph/graph/totals> && ?g != <https://w3id.org/newsgraph/graph/timeline>)
                    }"""));
            assertEquals(0, badGraphs);
        }
    }

    private static long count(Dataset ds, String sparql) {
        try (var qe = org.apache.jena.query.QueryExecutionFactory.create(sparql, ds)) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }

    @Test
    void turtleExportParsesAndReifiedKeepsTheSentences() throws Exception {
        Path ttl = dir.resolve("seed.ttl");
        assertEquals(0, CliTestSupport.run("--store", store, "export", "--format", "turtle", "--provenance", "reified",
                "-o", ttl.toString()).exit());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(ttl).lang(Lang.TURTLE).parse(m);
        assertTrue(m.size() > 500, "triples: " + m.size());
        assertTrue(m.listStatements(null, m.createProperty("https://w3id.org/newsgraph/ontology#extractedFrom"), (org.apache.jena.rdf.model.RDFNode) null).hasNext());

        Path trig = dir.resolve("seed.trig");
        assertEquals(0, CliTestSupport.run("--store", store, "export", "--format", "trig", "-o", trig.toString()).exit());
        Dataset ds = DatasetFactory.create();
        RDFDataMgr.read(ds, trig.toString(), Lang.TRIG);
        try (TdbStore s = TdbStore.open(Path.of(store))) {
            long names = ds.asDatasetGraph().stream().map(q -> q.getGraph()).distinct().count();
            assertEquals(s.quadCount(), ds.asDatasetGraph().stream().count());
            assertTrue(names > 10, "graphs kept: " + names);
        }
    }

    @Test
    void turtleHoldsEachDistinctTripleOfAllGraphs() {
        Path ttl = dir.resolve("plain.ttl");
        assertEquals(0, CliTestSupport.run("--store", store, "export", "--format", "turtle", "-o", ttl.toString()).exit());
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(ttl).lang(Lang.TURTLE).parse(m);
        try (TdbStore s = TdbStore.open(Path.of(store))) {
            long distinct = s.read(ds -> count(ds, "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"));
            assertEquals(distinct, m.size());
        }
    }

    @Test
    void validateReportsNoViolations() {
        CliTestSupport.Run run = CliTestSupport.run("--store", store, "validate");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("conforms"), run.out());
    }

    @Test
    void reIngestChangesNothingAndRemoveThenIngestRestores() {
        long before = quads();
        CliTestSupport.Run again = CliTestSupport.run("--store", store, "ingest", "seeds/");
        assertTrue(again.out().contains("1 unchanged"), again.out());
        assertEquals(before, quads());
        Path copy = dir.resolve("other-store");
        assertEquals(0, CliTestSupport.run("--store", copy.toString(), "ingest", "seeds/").exit());
        assertEquals(0, CliTestSupport.run("--store", copy.toString(), "remove", Fixtures.seed().toString()).exit());
        try (TdbStore s = TdbStore.open(copy)) {
            assertEquals(0, s.quadCount());
        }
        assertEquals(0, CliTestSupport.run("--store", copy.toString(), "ingest", "seeds/").exit());
        try (TdbStore s = TdbStore.open(copy)) {
            assertEquals(before, s.quadCount());
        }
    }

    private static long quads() {
        try (TdbStore s = TdbStore.open(Path.of(store))) {
            return s.quadCount();
        }
    }

    @Test
    void explainShowsFactsWithTheirSentences() {
        CliTestSupport.Run run = CliTestSupport.run("--store", store, "explain", "MKO");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("/id/organization/"), "OUT[" + run.out() + "] ERR[" + run.err() + "]");
        assertTrue(run.out().contains("previously listed the MKO"), run.out());
    }

    @Test
    void everyBundledQueryRuns() {
        CliTestSupport.Run list = CliTestSupport.run("query", "--list");
        for (String line : list.out().split("\n")) {
            if (line.isBlank() || line.startsWith(" ")) {
                continue;
            }
            String name = line.split("\\s+")[0];
            if (needsParameter(list.out(), name, "event") || needsParameter(list.out(), name, "article")) {
                continue; // needs an event IRI or an article: SeedEventsTest and SeedTimesTest run them
            }
            String[] args = line.contains("--param entity=") || list.out().contains(name + " ") && needsEntity(list.out(), name)
                    ? new String[]{"--store", store, "query", name, "--param", "entity=MKO", "--format", "csv"}
                    : new String[]{"--store", store, "query", name, "--format", "csv"};
            CliTestSupport.Run run = CliTestSupport.run(args);
            assertEquals(0, run.exit(), name + ": " + run.err());
            assertTrue(run.out().lines().count() > 1, name + " returned no rows");
        }
    }

    private static boolean needsEntity(String listing, String name) {
        return needsParameter(listing, name, "entity");
    }

    /** Whether the listing shows the parameter under the query's line. */
    private static boolean needsParameter(String listing, String name, String parameter) {
        List<String> lines = listing.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(name + " ")) {
                return i + 1 < lines.size() && lines.get(i + 1).contains("--param " + parameter + "=");
            }
        }
        return false;
    }

    @Test
    void stdinIngestAndBadInputsInOneBatch() throws Exception {
        Path batch = dir.resolve("batch");
        Files.createDirectories(batch);
        Files.writeString(batch.resolve("good.txt"), "Police in Albania\n\nPolice in Albania entered a camp near Tirana.");
        Files.write(batch.resolve("bad.txt"), new byte[]{(byte) 0xC3, (byte) 0x28, 'a', 'b'});
        Files.write(batch.resolve("empty.txt"), new byte[0]);
        String db = dir.resolve("batch-db").toString();
        CliTestSupport.Run run = CliTestSupport.run("--store", db, "ingest", batch.toString(), dir.resolve("missing.txt").toString());
        assertEquals(1, run.exit(), "some inputs failed");
        assertTrue(run.err().contains("bad.txt: not valid UTF-8"), run.err());
        assertTrue(run.err().contains("empty.txt: empty file"), run.err());
        assertTrue(run.err().contains("missing.txt: no such file or directory"), run.err());
        assertTrue(run.out().contains("1 added"), run.out());

        java.io.InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("A headline\n\nCanada and Japan met in Paris.".getBytes(StandardCharsets.UTF_8)));
            CliTestSupport.Run fromStdin = CliTestSupport.run("--store", db, "ingest", "-");
            assertEquals(0, fromStdin.exit(), fromStdin.err());
            assertTrue(fromStdin.out().contains("-: added"), fromStdin.out());
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void unknownQueryAndBadOptionsAreClearErrors() {
        CliTestSupport.Run run = CliTestSupport.run("--store", store, "query", "nosuch");
        assertEquals(ExitCodes.ERROR, run.exit());
        assertTrue(run.err().contains("no bundled query named 'nosuch'"), run.err());
        CliTestSupport.Run fmt = CliTestSupport.run("--store", store, "export", "--format", "xml");
        assertTrue(fmt.err().contains("--format: 'xml' is not one of turtle|trig|nquads|jsonld"), fmt.err());
    }
}
