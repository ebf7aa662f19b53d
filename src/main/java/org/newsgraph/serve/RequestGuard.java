package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What every request passes before Fuseki sees it: the {@code Host} header must name the bound
 * address (so a page on another site cannot reach a loopback server through DNS rebinding), the
 * query string and body must fit the size cap, cross-origin reads are allowed for one configured
 * origin only and never with credentials, and a browser asking for the root or the endpoint
 * without a query gets the landing page.
 */
final class RequestGuard implements Filter {

    private final Set<String> hosts;
    private final boolean anyAddress;
    private final long maxRequestBytes;
    private final String corsOrigin;
    private final LandingPage landing;

    /**
     * @param hosts host names and address literals (lower case, IPv6 without brackets) accepted in {@code Host}
     * @param anyAddress whether any IP address literal is accepted too (the server listens on every interface)
     * @param corsOrigin the one origin allowed to read responses cross-site, or null for none
     */
    RequestGuard(Set<String> hosts, boolean anyAddress, long maxRequestBytes, String corsOrigin, LandingPage landing) {
        this.hosts = Set.copyOf(hosts);
        this.anyAddress = anyAddress;
        this.maxRequestBytes = maxRequestBytes;
        this.corsOrigin = corsOrigin;
        this.landing = landing;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!hostAllowed(request.getHeader("Host"))) {
            refuse(response, 421, "Host " + request.getHeader("Host") + " is not this server's address");
            return;
        }
        String query = request.getQueryString();
        if (query != null && query.length() > maxRequestBytes) {
            refuse(response, 414, "query string longer than the limit of " + maxRequestBytes + " bytes");
            return;
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            refuse(response, 413, "request body longer than the limit of " + maxRequestBytes + " bytes");
            return;
        }
        String origin = request.getHeader("Origin");
        boolean crossOriginAllowed = corsOrigin != null && corsOrigin.equals(origin);
        if (crossOriginAllowed) {
            response.setHeader("Access-Control-Allow-Origin", corsOrigin);
            response.setHeader("Access-Control-Expose-Headers", GuardedQuery.TRUNCATED);
            response.setHeader("Vary", "Origin");
        }
        if ("OPTIONS".equals(request.getMethod()) && request.getHeader("Access-Control-Request-Method") != null) {
            if (crossOriginAllowed) {
                response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                response.setHeader("Access-Control-Allow-Headers", "Accept, Content-Type");
                response.setHeader("Access-Control-Max-Age", "600");
            }
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
            return;
        }
        if (landing.wants(request)) {
            landing.send(request, response);
            return;
        }
        if (request.getContentLengthLong() < 0 && !isForm(request) && "POST".equals(request.getMethod())) {
            byte[] body = readCapped(request.getInputStream());
            if (body == null) {
                refuse(response, 413, "request body longer than the limit of " + maxRequestBytes + " bytes");
                return;
            }
            request = new Replayed(request, body);
        }
        chain.doFilter(request, response);
    }

    boolean hostAllowed(String header) {
        if (header == null || header.isBlank()) {
            return false;
        }
        String host = header.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            if (end < 0) {
                return false;
            }
            host = host.substring(1, end);
        } else if (host.indexOf(':') >= 0) {
            host = host.substring(0, host.lastIndexOf(':'));
        }
        return hosts.contains(host) || (anyAddress && isAddressLiteral(host));
    }

    private static boolean isAddressLiteral(String host) {
        return host.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || (host.contains(":") && host.matches("[0-9a-f:.]+"));
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** The whole body, or null when it is longer than the cap (a chunked body has no length to check first). */
    private byte[] readCapped(InputStream in) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxRequestBytes + 1));
        return body.length > maxRequestBytes ? null : body;
    }

    private static void refuse(HttpServletResponse response, int status, String reason) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getOutputStream().write((reason + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A request whose body has been read already, served again from memory. */
    private static final class Replayed extends HttpServletRequestWrapper {
        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }
    }
}
