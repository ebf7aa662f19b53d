package org.newsgraph.serve;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * The page a browser gets at {@code /} and at the endpoint URL without a query: the endpoint's
 * URL, a query form that posts to it and shows the results, and a line saying when the server cut
 * them. Self-contained (no scripts or styles from elsewhere).
 */
final class LandingPage {

    private static final String RESOURCE = "landing.html";
    private final String template;
    private final Set<String> paths;

    /** @param paths the request paths (besides {@code /}) that show the page when they carry no query */
    LandingPage(Set<String> paths) {
        this.paths = Set.copyOf(paths);
        try (InputStream in = LandingPage.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    boolean wants(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            return false;
        }
        String path = request.getRequestURI();
        if ("/".equals(path) || "".equals(path)) {
            return true;
        }
        // A SPARQL client always sends a query; a browser following the printed URL sends none
        return paths.contains(path) && request.getParameter("query") == null;
    }

    void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String endpoint = request.getScheme() + "://" + request.getHeader("Host") + SparqlServer.DATASET + "/sparql";
        byte[] page = template.replace("{{ENDPOINT}}", escape(endpoint)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Content-Security-Policy", "default-src 'none'; script-src 'unsafe-inline'; "
                + "style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'");
        response.setContentLength(page.length);
        if ("GET".equals(request.getMethod())) {
            response.getOutputStream().write(page);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
