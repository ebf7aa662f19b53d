package org.newsgraph.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.store.GraphStore;

/**
 * A read-only SPARQL 1.1 endpoint over the store, on Jena Fuseki (main). Only the query service is
 * registered (at {@code /newsgraph/sparql}, {@code /newsgraph/query} and {@code /newsgraph}), so
 * SPARQL Update and Graph Store Protocol writes have no endpoint to reach. The default graph is the
 * union of all graphs (the store's setting). The server makes no outbound requests ({@code SERVICE}
 * is refused), answers only requests whose {@code Host} names it, allows cross-origin reads for
 * one configured origin at most, caps request sizes, parses and runs each query under the time
 * limit and cuts results at {@code maxResults} rows or triples and {@code maxResponseBytes},
 * saying so in the {@code Newsgraph-Truncated} header. A browser gets a query page at {@code /}.
 */
public final class SparqlServer implements AutoCloseable {

    /** The dataset name in the URL: {@code http://HOST:PORT/newsgraph/sparql}. */
    public static final String DATASET = "/newsgraph";

    /**
     * Where and how to serve. Port 0 picks a free port.
     *
     * @param hosts extra names accepted in the {@code Host} header (e.g. of a reverse proxy), besides the bound address
     * @param corsOrigin the one origin whose pages may read responses, or null for none
     */
    public record Settings(String bind, int port, Duration timeout, long maxResults, long maxRequestBytes,
                           long maxResponseBytes, String corsOrigin, List<String> hosts) {
        public Settings {
            hosts = List.copyOf(hosts);
        }

        public static Settings defaults() {
            return new Settings("127.0.0.1", 3030, Duration.ofSeconds(30), 10_000, 1 << 20, 64L << 20, null, List.of());
        }
    }

    /** Room for the request line and ordinary headers on top of the query string cap. */
    private static final int HEADER_ROOM = 16 * 1024;

    private final FusekiServer server;
    private final GuardedQuery queries;
    private final String host;

    private SparqlServer(FusekiServer server, GuardedQuery queries, String host) {
        this.server = server;
        this.queries = queries;
        this.host = host;
    }

    /** Starts serving {@code store}, which must stay open until {@link #close()}. */
    public static SparqlServer start(GraphStore store, Settings settings) {
        if (settings.maxResults() <= 0 || settings.timeout().isNegative() || settings.timeout().isZero()
                || settings.maxRequestBytes() <= 0 || settings.maxResponseBytes() <= 0) {
            throw new IllegalArgumentException("the timeout and the size and result limits must be positive");
        }
        if (settings.maxRequestBytes() > Integer.MAX_VALUE - HEADER_ROOM) {
            throw new IllegalArgumentException("the request size limit must be below 2 GB");
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(settings.bind());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + settings.bind() + ": unknown address", e);
        }
        // Fuseki runs its own read transactions on the store's dataset
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        // Second line of defence behind GuardedQuery's refusal: the engine itself will not call out
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        DataService service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query)
                .build();
        GuardedQuery queries = new GuardedQuery(settings.maxResults(), settings.maxResponseBytes(), settings.timeout());
        RequestGuard guard = new RequestGuard(acceptedHosts(address, settings.hosts()), address.isAnyLocalAddress(),
                settings.maxRequestBytes(), settings.corsOrigin(),
                new LandingPage(Set.of(DATASET, DATASET + "/sparql", DATASET + "/query")));
        FusekiServer server = FusekiServer.create()
                .port(settings.port())
                .loopback(address.isLoopbackAddress())
                .enablePing(true)
                .enableCors(false)
                .addFilter("/*", guard)
                .registerOperation(Operation.Query, queries)
                .add(DATASET, service)
                .build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(address.getHostAddress());
                HttpConnectionFactory http = sc.getConnectionFactory(HttpConnectionFactory.class);
                if (http != null) {
                    http.getHttpConfiguration().setRequestHeaderSize((int) settings.maxRequestBytes() + HEADER_ROOM);
                }
            }
        }
        ServletContextHandler context = server.getJettyServer().getDescendant(ServletContextHandler.class);
        if (context != null) {
            context.setMaxFormContentSize((int) settings.maxRequestBytes());
        }
        server.start();
        String shown = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        return new SparqlServer(server, queries, shown);
    }

    /** The bound address and the names that mean it, as they appear in a {@code Host} header. */
    private static Set<String> acceptedHosts(InetAddress address, List<String> extra) {
        Set<String> hosts = new HashSet<>();
        hosts.add(address.getHostAddress().toLowerCase(Locale.ROOT));
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            hosts.add("localhost");
            hosts.add("127.0.0.1");
            hosts.add("::1");
        }
        for (String h : extra) {
            hosts.add(h.toLowerCase(Locale.ROOT));
        }
        return hosts;
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return server.getHttpPort();
    }

    /** The query endpoint URL. */
    public String endpoint() {
        return "http://" + host + ":" + port() + DATASET + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
        queries.shutdown();
    }
}
