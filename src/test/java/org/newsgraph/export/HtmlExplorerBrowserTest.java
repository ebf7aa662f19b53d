package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Opens the HTML explorer of the seed in a real headless Chromium, driven over the DevTools
 * protocol: the page loads with no console errors and no network, shows the seed's entities, a
 * mouse click on a node lists its facts with a source sentence, and cytoscape.js loads the
 * {@code --format cytoscape} export. Skipped where no Chromium is installed.
 */
class HtmlExplorerBrowserTest {

    private static Path chromium() {
        for (String p : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(p))) {
                return Path.of(p);
            }
        }
        return null;
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void explorerShowsEntitiesAndSourceSentenceOnClick() throws Exception {
        Path chromium = chromium();
        Assumptions.assumeTrue(chromium != null, "no chromium installed (apt-get install -y chromium)");
        Path dir = Files.createTempDirectory("newsgraph-browser");
        Path page = dir.resolve("graph.html");
        SeedExports.Run r = SeedExports.run(SeedExports.store(), "export", "--format", "html", "-o", page.toString());
        assertEquals(0, r.exit(), r.err());
        String cytoscapeJson = SeedExports.export("cytoscape");

        Process browser = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--remote-allow-origins=*", "--remote-debugging-port=0",
                "--window-size=1280,900", "--user-data-dir=" + dir.resolve("profile"), "about:blank")
                .redirectErrorStream(true).start();
        try (Cdp cdp = Cdp.connect(browser)) {
            cdp.call("Runtime.enable", Map.of());
            cdp.call("Log.enable", Map.of());
            cdp.call("Network.enable", Map.of());
            cdp.call("Page.enable", Map.of());
            cdp.call("Page.navigate", Map.of("url", page.toUri().toString()));
            waitFor(cdp, "document.body && document.body.getAttribute('data-ready') === 'true'");

            String labels = cdp.eval("JSON.stringify(newsgraph.cy.nodes().map(n => n.data('label')))");
            for (String name : List.of("Bledi Cuci", "Albania", "Tirana", "Mujahedin-e-Khalq Organization")) {
                assertTrue(labels.contains("\"" + name + "\""), labels);
            }
            assertTrue(cdp.eval("document.getElementById('types').textContent").contains("person"));

            // a real mouse click at the node's position on screen
            JsonObject at = JSON.parse(cdp.eval("(() => { const n = newsgraph.cy.nodes().filter(n => n.data('label') === 'Bledi Cuci')[0];"
                    + " newsgraph.cy.center(n); const p = n.renderedPosition();"
                    + " const r = document.getElementById('cy').getBoundingClientRect();"
                    + " return JSON.stringify({x: p.x + r.left, y: p.y + r.top}); })()"));
            double x = at.get("x").getAsNumber().value().doubleValue();
            double y = at.get("y").getAsNumber().value().doubleValue();
            cdp.call("Input.dispatchMouseEvent", Map.of("type", "mouseMoved", "x", x, "y", y));
            cdp.call("Input.dispatchMouseEvent", Map.of("type", "mousePressed", "x", x, "y", y, "button", "left", "clickCount", 1));
            cdp.call("Input.dispatchMouseEvent", Map.of("type", "mouseReleased", "x", x, "y", y, "button", "left", "clickCount", 1));
            waitFor(cdp, "document.querySelector('#facts .source-sentence') !== null");
            String facts = cdp.eval("document.getElementById('facts').textContent");
            assertTrue(facts.contains("position: Interior Minister"), facts);
            assertTrue(facts.contains("Albanian Interior Minister Bledi Cuci and the head of the national police"), facts);

            // the Cytoscape export loads in cytoscape.js as it is
            String count = cdp.eval("String(cytoscape({headless: true, elements: (" + cytoscapeJson
                    + ").elements}).nodes().length)");
            assertEquals(JSON.parse(cytoscapeJson).get("elements").getAsObject().get("nodes").getAsArray().size(),
                    Integer.parseInt(count));

            assertEquals(List.of(), cdp.errors, "console errors");
            assertEquals(List.of(), cdp.requests.stream().filter(u -> !u.startsWith("file:") && !u.startsWith("data:")
                    && !u.startsWith("about:")).toList(), "network requests");
        } finally {
            browser.destroy();
            if (!browser.waitFor(5, TimeUnit.SECONDS)) {
                browser.destroyForcibly();
            }
        }
    }

    private static void waitFor(Cdp cdp, String condition) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < end) {
            if ("true".equals(cdp.eval("String(" + condition + ")"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + condition + "; errors: " + cdp.errors);
    }

    /** A minimal DevTools protocol client on java.net.http's WebSocket, attached to the first page. */
    private static final class Cdp implements WebSocket.Listener, AutoCloseable {
        private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
        private final AtomicInteger ids = new AtomicInteger();
        private final StringBuilder frame = new StringBuilder();
        final List<String> errors = Collections.synchronizedList(new ArrayList<>());
        final List<String> requests = Collections.synchronizedList(new ArrayList<>());
        private WebSocket socket;

        static Cdp connect(Process browser) throws Exception {
            BufferedReader out = new BufferedReader(new InputStreamReader(browser.getInputStream(), StandardCharsets.UTF_8));
            Pattern listening = Pattern.compile("DevTools listening on ws://([^/]+)/");
            String hostPort = null;
            for (String line; hostPort == null && (line = out.readLine()) != null; ) {
                Matcher m = listening.matcher(line);
                if (m.find()) {
                    hostPort = m.group(1);
                }
            }
            if (hostPort == null) {
                throw new IOException("chromium did not start its DevTools server");
            }
            Thread drain = new Thread(() -> {
                try {
                    while (out.readLine() != null) {
                        // keep the pipe from filling
                    }
                } catch (IOException ignored) {
                    // the browser has gone
                }
            });
            drain.setDaemon(true);
            drain.start();
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(java.net.http.HttpRequest.newBuilder(URI.create("http://" + hostPort + "/json/list")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
            String ws = JSON.parseAny(list).getAsArray().stream().map(v -> v.getAsObject())
                    .filter(o -> o.get("type").getAsString().value().equals("page")).findFirst().orElseThrow()
                    .get("webSocketDebuggerUrl").getAsString().value();
            Cdp cdp = new Cdp();
            cdp.socket = http.newWebSocketBuilder().buildAsync(URI.create(ws), cdp).get(10, TimeUnit.SECONDS);
            return cdp;
        }

        JsonObject call(String method, Map<String, Object> params) throws Exception {
            int id = ids.incrementAndGet();
            JsonObject msg = new JsonObject();
            msg.put("id", id);
            msg.put("method", method);
            JsonObject p = new JsonObject();
            params.forEach((k, v) -> {
                if (v instanceof Number n) {
                    p.put(k, org.apache.jena.atlas.json.JsonNumber.value(n.doubleValue()));
                } else if (v instanceof Boolean b) {
                    p.put(k, b);
                } else {
                    p.put(k, v.toString());
                }
            });
            msg.put("params", p);
            CompletableFuture<JsonObject> reply = new CompletableFuture<>();
            pending.put(id, reply);
            socket.sendText(msg.toString(), true).get(5, TimeUnit.SECONDS);
            JsonObject r = reply.get(20, TimeUnit.SECONDS);
            if (r.hasKey("error")) {
                throw new IOException(method + ": " + r.get("error"));
            }
            return r.get("result").getAsObject();
        }

        /** Evaluates a JavaScript expression in the page and returns its value as a string. */
        String eval(String expression) throws Exception {
            JsonObject r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
            if (r.hasKey("exceptionDetails")) {
                throw new AssertionError("page threw: " + r.get("exceptionDetails"));
            }
            JsonObject value = r.get("result").getAsObject();
            return value.hasKey("value") ? (value.get("value") instanceof JsonString s ? s.value() : value.get("value").toString()) : "";
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            frame.append(data);
            if (last) {
                JsonObject msg = JSON.parse(frame.toString());
                frame.setLength(0);
                if (msg.hasKey("id")) {
                    CompletableFuture<JsonObject> f = pending.remove(msg.get("id").getAsNumber().value().intValue());
                    if (f != null) {
                        f.complete(msg);
                    }
                } else {
                    event(msg.get("method").getAsString().value(), msg.get("params").getAsObject());
                }
            }
            ws.request(1);
            return null;
        }

        private void event(String method, JsonObject params) {
            switch (method) {
                case "Runtime.exceptionThrown" -> errors.add("exception: " + params.get("exceptionDetails"));
                case "Runtime.consoleAPICalled" -> {
                    String type = params.get("type").getAsString().value();
                    if (type.equals("error") || type.equals("assert")) {
                        errors.add("console." + type + ": " + params.get("args"));
                    }
                }
                case "Log.entryAdded" -> {
                    JsonObject entry = params.get("entry").getAsObject();
                    if (entry.get("level").getAsString().value().equals("error")) {
                        errors.add("log: " + entry.get("text"));
                    }
                }
                case "Network.requestWillBeSent" ->
                        requests.add(params.get("request").getAsObject().get("url").getAsString().value());
                default -> {
                }
            }
        }

        @Override
        public void close() {
            if (socket != null) {
                socket.abort();
            }
        }
    }
}
