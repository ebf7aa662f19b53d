package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ExtractionRun;
import org.newsgraph.store.TdbStore;

/** The read-only endpoint over HTTP: queries over the union graph, result cap, writes refused, clean stop. */
class SparqlServerTest {

    private static TdbStore store;
    /**
     * A new client (so a new connection) per request: Jetty may close a connection after refusing
     * a request whose body it did not read, and a reused connection then fails at random.
     */
    private static final class Http {
        <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(request, handler);
        }
    }

    private static final Http HTTP = new Http();

    @BeforeAll
    static void fill() {
        store = TdbStore.inMemory();
        store.put(new ArticleMapper().map(Fixtures.albania(), new ExtractionRun("newsgraph", "t", Instant.now())));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static SparqlServer start(long maxResults) {
        return SparqlServer.start(store, new SparqlServer.Settings("127.0.0.1", 0, Duration.ofSeconds(10), maxResults,
                1 << 20, 64L << 20, null, java.util.List.of()));
    }

    private static HttpResponse<String> select(SparqlServer server, String query) throws Exception {
        URI uri = URI.create(server.endpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", "application/sparql-results+json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int rows(HttpResponse<String> r) {
        JsonObject json = JSON.parse(r.body());
        return json.get("results").getAsObject().get("bindings").getAsArray().size();
    }

    @Test
    void selectOverTheUnionOfSentenceGraphs() throws Exception {
        try (SparqlServer server = start(1000)) {
            assertTrue(server.endpoint().startsWith("http://127.0.0.1:"), server.endpoint());
            HttpResponse<String> r = select(server, "PREFIX schema: <http://schema.org/> "
                    + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                    + "SELECT ?name WHERE { ?p a schema:Person ; rdfs:label ?name }");
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(r.body().contains("\"Bledi Cuci\""), r.body());
            // the same through a POSTed query form
            HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                    .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("ASK { GRAPH ?g { ?s ?p ?o } }")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, post.statusCode(), post.body());
            assertTrue(post.body().contains("true"));
        }
    }

    @Test
    void resultsAreCappedAtTheLimit() throws Exception {
        try (SparqlServer server = start(3)) {
            assertEquals(3, rows(select(server, "SELECT * WHERE { ?s ?p ?o }")));
            assertEquals(2, rows(select(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 2")));
            assertEquals(3, rows(select(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 50")));
        }
    }

    @Test
    void updatesAndGraphStoreWritesAreRefused() throws Exception {
        long before = store.quadCount();
        try (SparqlServer server = start(1000)) {
            String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
            String base = server.endpoint().replace("/sparql", "");
            for (String path : new String[]{"/sparql", "/query", "/update", ""}) {
                HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString(update)).build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, path + ": " + r.statusCode());
                HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(update, StandardCharsets.UTF_8)))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertTrue(form.statusCode() >= 400 && form.statusCode() < 500, path + " form: " + form.statusCode());
            }
            for (String path : new String[]{"/data?default", "?default", "/data?graph=urn:g", "?graph=urn:g"}) {
                HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> <urn:z> .")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(put.statusCode() >= 400 && put.statusCode() < 500, path + " PUT: " + put.statusCode());
            }
        }
        assertEquals(before, store.quadCount(), "the store is unchanged");
    }

    @Test
    void stopsCleanlyAndFreesThePort() throws Exception {
        SparqlServer server = start(10);
        String endpoint = server.endpoint();
        assertEquals(200, select(server, "ASK {}").statusCode());
        server.close();
        assertThrows(IOException.class, () -> HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "?query=ASK%7B%7D"))
                .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.ofString()));
        // the store is still usable after the server stopped
        assertTrue(store.quadCount() > 0);
    }
}
