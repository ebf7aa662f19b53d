package org.newsgraph.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store as a read-only SPARQL 1.1 endpoint (Jena Fuseki) at "
                + "http://ADDR:PORT/newsgraph/sparql until interrupted (Ctrl-C).",
                "The default graph is the union of all graphs; updates and graph-store writes are refused; SERVICE "
                + "is refused (the server makes no outbound requests). A browser gets a query page at the root URL."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "3030", paramLabel = "N", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDR",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Query time limit (default: ${DEFAULT-VALUE}).")
    long timeout;

    @Option(names = "--max-results", defaultValue = "10000", paramLabel = "N",
            description = "Most result rows (SELECT) or triples (CONSTRUCT, DESCRIBE) a query returns; a cut result "
                    + "has the response header Newsgraph-Truncated (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Option(names = "--max-response-size", defaultValue = "67108864", paramLabel = "BYTES",
            description = "Results are also cut at about this many bytes (default: ${DEFAULT-VALUE}, 64 MB).")
    long maxResponseBytes;

    @Option(names = "--max-request-size", defaultValue = "1048576", paramLabel = "BYTES",
            description = "Longest query string or request body accepted (default: ${DEFAULT-VALUE}, 1 MB).")
    long maxRequestBytes;

    @Option(names = "--cors", paramLabel = "ORIGIN",
            description = "Let pages from this one origin (e.g. http://localhost:8080) read results; never with "
                    + "credentials. Default: no cross-origin reads.")
    String corsOrigin;

    @Option(names = "--host", paramLabel = "NAME",
            description = "Also answer requests whose Host header is NAME (e.g. behind a reverse proxy); by default "
                    + "only the bound address (and localhost on loopback) is accepted, against DNS rebinding. Repeatable.")
    List<String> hosts = new ArrayList<>();

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port " + port + ": not a TCP port");
        }
        try (TdbStore store = main.openExistingStore();
             SparqlServer server = SparqlServer.start(store,
                     new SparqlServer.Settings(bind, port, Duration.ofSeconds(timeout), maxResults,
                             maxRequestBytes, maxResponseBytes, corsOrigin, hosts))) {
            PrintWriter out = spec.commandLine().getOut();
            out.println("SPARQL endpoint: " + server.endpoint() + "  (store " + main.storePath() + "; Ctrl-C stops)");
            out.flush();
            server.join();
        }
        return ExitCodes.OK;
    }
}
