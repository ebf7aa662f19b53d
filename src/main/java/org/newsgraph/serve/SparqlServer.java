package org.newsgraph.serve;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.newsgraph.store.GraphStore;

/**
 * A read-only SPARQL 1.1 endpoint over the store, on Jena Fuseki (main). Only the query service is
 * registered (at {@code /newsgraph/sparql}, {@code /newsgraph/query} and {@code /newsgraph}), so
 * SPARQL Update and Graph Store Protocol writes have no endpoint to reach. The default graph is the
 * union of all graphs (the store's setting); each query is cut off after {@code timeout} and its
 * results capped at {@code maxResults} rows (a LIMIT is added, or lowered, where needed).
 */
public final class SparqlServer implements AutoCloseable {

    /** The dataset name in the URL: {@code http://HOST:PORT/newsgraph/sparql}. */
    public static final String DATASET = "/newsgraph";

    /** Where and how to serve. Port 0 picks a free port. */
    public record Settings(String bind, int port, Duration timeout, long maxResults) {
        public static Settings defaults() {
            return new Settings("127.0.0.1", 3030, Duration.ofSeconds(30), 10_000);
        }
    }

    private final FusekiServer server;
    private final String host;

    private SparqlServer(FusekiServer server, String host) {
        this.server = server;
        this.host = host;
    }

    /** Starts serving {@code store}, which must stay open until {@link #close()}. */
    public static SparqlServer start(GraphStore store, Settings settings) {
        if (settings.maxResults() <= 0 || settings.timeout().isNegative() || settings.timeout().isZero()) {
            throw new IllegalArgumentException("the timeout and the result limit must be positive");
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
        DataService service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.Query)
                .build();
        FusekiServer server = FusekiServer.create()
                .port(settings.port())
                .loopback(address.isLoopbackAddress())
                .enablePing(true)
                .enableCors(true)
                .registerOperation(Operation.Query, new LimitedQuery(settings.maxResults()))
                .add(DATASET, service)
                .build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector sc) {
                sc.setHost(address.getHostAddress());
            }
        }
        server.start();
        String shown = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        return new SparqlServer(server, shown);
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
    }

    /** The standard query service with a cap on the number of results. */
    private static final class LimitedQuery extends SPARQL_QueryDataset {
        private final long max;

        LimitedQuery(long max) {
            this.max = max;
        }

        @Override
        protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
            Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
            Query q = chosen.getRight();
            if (!q.isAskType() && (!q.hasLimit() || q.getLimit() > max)) {
                q = q.cloneQuery();
                q.setLimit(max);
            }
            return Pair.create(chosen.getLeft(), q);
        }
    }
}
