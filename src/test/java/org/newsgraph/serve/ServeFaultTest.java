package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.Fixtures;
import org.newsgraph.rdf.ArticleMapper;
import org.newsgraph.rdf.ExtractionRun;
import org.newsgraph.store.TdbStore;

/**
 * The endpoint against hostile clients: no outbound request for any form of SERVICE (a local
 * listener must see no connection), no cross-site reads, no foreign Host, size caps, parse
 * timeout, result caps on every query form with the truncation header, and the landing page.
 */
class ServeFaultTest {

    private static TdbStore store;

    @BeforeAll
    static void fill() {
        store = TdbStore.inMemory();
        store.put(new ArticleMapper().map(Fixtures.albania(), new ExtractionRun("newsgraph", "t", Instant.now())));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    private static SparqlServer start(long maxResults, long maxRequest, long maxResponse, Duration timeout, String cors) {
        return SparqlServer.start(store, new SparqlServer.Settings("127.0.0.1", 0, timeout, maxResults,
                maxRequest, maxResponse, cors, List.of("newsgraph.internal")));
    }

    private static SparqlServer start() {
        return start(10_000, 1 << 20, 64L << 20, Duration.ofSeconds(10), null);
    }

    private static HttpResponse<String> get(String url, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        // a new client per request: Jetty may close a connection after refusing a request
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()
                .send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> query(SparqlServer server, String query, String accept) throws Exception {
        return get(server.endpoint() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", accept);
    }

    /** A raw HTTP/1.1 exchange, for headers the JDK client will not send (Host); returns status line and headers. */
    private static String raw(SparqlServer server, String request) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            s.getOutputStream().flush();
            return new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void serviceIsRefusedInEveryFormAndNothingIsFetched() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             SparqlServer server = start()) {
            AtomicInteger connections = new AtomicInteger();
            listener.setSoTimeout(200);
            Thread watcher = new Thread(() -> {
                while (!listener.isClosed()) {
                    try (Socket ignored = listener.accept()) {
                        connections.incrementAndGet();
                    } catch (SocketTimeoutException e) {
                        // keep watching until the test closes the listener
                    } catch (IOException e) {
                        return;
                    }
                }
            });
            watcher.start();
            String url = "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
            List<String> queries = List.of(
                    "SELECT * WHERE { SERVICE <" + url + "> { ?s ?p ?o } }",
                    "SELECT * WHERE { SERVICE SILENT <" + url + "> { ?s ?p ?o } }",
                    "SELECT * WHERE { VALUES ?u { <" + url + "> } SERVICE ?u { ?s ?p ?o } }",
                    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <" + url + "> { ?s ?p ?o } } } }",
                    "SELECT * WHERE { ?a ?b ?c FILTER EXISTS { SERVICE <" + url + "> { ?s ?p ?o } } }",
                    "SELECT * WHERE { ?a ?b ?c FILTER NOT EXISTS { SERVICE SILENT <" + url + "> { ?s ?p ?o } } }",
                    "ASK { SERVICE <" + url + "> { ?s ?p ?o } }",
                    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <" + url + "> { ?s ?p ?o } }",
                    "DESCRIBE ?s WHERE { OPTIONAL { SERVICE <" + url + "> { ?s ?p ?o } } }");
            for (String q : queries) {
                HttpResponse<String> r = query(server, q, "application/sparql-results+json");
                assertEquals(400, r.statusCode(), q + " -> " + r.body());
                assertTrue(r.body().contains("SERVICE is not allowed"), r.body());
            }
            Thread.sleep(300);
            listener.close();
            watcher.join(5_000);
            assertEquals(0, connections.get(), "the listener received a connection");
        }
    }

    @Test
    void crossSiteReadsAreOffByDefaultAndOneOriginAtMostNeverWithCredentials() throws Exception {
        String ask = "?query=" + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8);
        try (SparqlServer server = start()) {
            HttpResponse<String> r = get(server.endpoint() + ask, "Origin", "http://evil.example");
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), r.headers().toString());
            assertTrue(r.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
            String preflight = raw(server, "OPTIONS /newsgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Origin: http://evil.example\r\nAccess-Control-Request-Method: POST\r\nConnection: close\r\n\r\n");
            assertFalse(preflight.toLowerCase(Locale.ROOT).contains("access-control-allow"), preflight);
        }
        try (SparqlServer server = start(10_000, 1 << 20, 64L << 20, Duration.ofSeconds(10), "http://localhost:8080")) {
            HttpResponse<String> allowed = get(server.endpoint() + ask, "Origin", "http://localhost:8080");
            assertEquals("http://localhost:8080", allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
            assertTrue(allowed.headers().firstValue("Access-Control-Allow-Credentials").isEmpty());
            HttpResponse<String> other = get(server.endpoint() + ask, "Origin", "http://evil.example");
            assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        try (SparqlServer server = start()) {
            String path = "/newsgraph/sparql?query=ASK%7B%7D";
            for (String host : List.of("evil.example", "evil.example:" + server.port(), "127.0.0.1.evil.example", "")) {
                String reply = raw(server, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
                assertFalse(reply.startsWith("HTTP/1.1 200"), host + ": " + reply);
            }
            for (String host : List.of("127.0.0.1:" + server.port(), "localhost:" + server.port(), "newsgraph.internal")) {
                String reply = raw(server, "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
                assertTrue(reply.startsWith("HTTP/1.1 200"), host + ": " + reply);
            }
        }
    }

    @Test
    void requestsAreCappedInSize() throws Exception {
        try (SparqlServer server = start(10_000, 4096, 64L << 20, Duration.ofSeconds(10), null)) {
            String big = "ASK { FILTER(\"" + "x".repeat(5000) + "\" != \"\") }";
            assertEquals(414, query(server, big, "application/sparql-results+json").statusCode());
            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> body = client.send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(big)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, body.statusCode(), body.body());
            // a chunked body has no length to check up front
            HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                            big.getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode(), chunked.body());
            HttpResponse<String> small = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                    .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                            "ASK {}".getBytes(StandardCharsets.UTF_8)))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, small.statusCode(), small.body());
        }
    }

    @Test
    void parsingCountsAgainstTheTimeout() throws Exception {
        StringBuilder q = new StringBuilder("SELECT * WHERE { ");
        for (int i = 0; q.length() < 900_000; i++) {
            q.append("?s").append(i).append(" <urn:p> \"").append(i).append("\" . ");
        }
        q.append('}');
        try (SparqlServer server = start(10_000, 1 << 20, 64L << 20, Duration.ofMillis(1), null)) {
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.endpoint()))
                    .header("Content-Type", "application/sparql-query")
                    .POST(HttpRequest.BodyPublishers.ofString(q.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("not parsed within the time limit"), r.body());
        }
    }

    @Test
    void everyQueryFormIsCutAndMarked() throws Exception {
        try (SparqlServer server = start(5, 1 << 20, 64L << 20, Duration.ofSeconds(10), null)) {
            HttpResponse<String> select = query(server, "SELECT * WHERE { ?s ?p ?o }", "application/sparql-results+json");
            assertEquals(5, JSON.parse(select.body()).get("results").getAsObject().get("bindings").getAsArray().size());
            assertEquals("5 rows", select.headers().firstValue(GuardedQuery.TRUNCATED).orElse(null));
            HttpResponse<String> full = query(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 5", "application/sparql-results+json");
            assertNull(full.headers().firstValue(GuardedQuery.TRUNCATED).orElse(null), "a result that fits is not marked");
            for (String q : List.of("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "DESCRIBE ?s WHERE { ?s ?p ?o }",
                    "CONSTRUCT { GRAPH ?g { ?s ?p ?o } } WHERE { GRAPH ?g { ?s ?p ?o } }")) {
                HttpResponse<String> r = query(server, q, "application/n-quads");
                assertEquals(200, r.statusCode(), r.body());
                assertEquals(5, r.body().lines().filter(l -> !l.isBlank()).count(), q + "\n" + r.body());
                assertEquals("5 triples", r.headers().firstValue(GuardedQuery.TRUNCATED).orElse(null));
            }
        }
        try (SparqlServer server = start(10_000, 1 << 20, 2000, Duration.ofSeconds(10), null)) {
            HttpResponse<String> r = query(server, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "application/n-triples");
            assertTrue(r.body().length() < 4000, "about the byte cap: " + r.body().length());
            assertEquals("2000 bytes", r.headers().firstValue(GuardedQuery.TRUNCATED).orElse(null));
        }
    }

    @Test
    void groupConcatStopsGrowingAtTheByteCapAndIsMarked() throws Exception {
        String small = "SELECT (GROUP_CONCAT(DISTINCT STR(?p); SEPARATOR=\"|\") AS ?x) WHERE { GRAPH ?g { ?s ?p ?o } }";
        String expected = Txn.calculateRead(store.dataset(), () -> QueryExecutionFactory
                .create(small, store.dataset()).execSelect().next().getLiteral("x").getString());
        // a cross product of the store with itself: concatenated whole it would be far beyond the heap
        String cross = "SELECT (GROUP_CONCAT(STR(?o)) AS ?x) WHERE { ?a ?b ?c . ?s ?p ?o }";
        String inner = "SELECT ?x WHERE { { " + cross + " } }";
        try (SparqlServer server = start(10_000, 1 << 20, 50_000, Duration.ofSeconds(20), null)) {
            HttpResponse<String> r = query(server, small, "application/sparql-results+json");
            assertEquals(expected, value(r), "a concatenation within the cap is the engine's own");
            assertNull(r.headers().firstValue(GuardedQuery.TRUNCATED).orElse(null));
            for (String q : List.of(cross, inner)) {
                HttpResponse<String> cut = query(server, q, "application/sparql-results+json");
                assertEquals(200, cut.statusCode(), cut.body());
                assertTrue(value(cut).length() <= 25_000, q + ": " + value(cut).length());
                assertTrue(value(cut).length() > 20_000, "filled up to the cap: " + value(cut).length());
                assertEquals("25000 characters of GROUP_CONCAT", cut.headers().firstValue(GuardedQuery.TRUNCATED).orElse(null));
            }
        }
    }

    private static String value(HttpResponse<String> r) {
        return JSON.parse(r.body()).get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject()
                .get("x").getAsObject().get("value").getAsString().value();
    }

    @Test
    void aBrowserGetsTheLandingPageAtTheRootAndAtThePrintedUrl() throws Exception {
        try (SparqlServer server = start()) {
            String root = server.endpoint().replace("/newsgraph/sparql", "/");
            for (String url : List.of(root, server.endpoint())) {
                HttpResponse<String> r = get(url, "Accept", "text/html");
                assertEquals(200, r.statusCode(), url);
                assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
                assertTrue(r.body().contains(server.endpoint()), "names the endpoint URL");
                assertTrue(r.body().contains("<textarea") && r.body().contains(GuardedQuery.TRUNCATED),
                        "has a query form and shows the truncation header");
                assertFalse(r.body().contains("src=\"http"), "loads nothing from elsewhere");
            }
        }
    }
}
