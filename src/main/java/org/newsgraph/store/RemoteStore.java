package org.newsgraph.store;

import java.net.Authenticator;
import java.net.ConnectException;
import java.net.PasswordAuthentication;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.ArticleKey;
import org.newsgraph.rdf.Iris;
import org.newsgraph.rdf.NG;
import org.newsgraph.rdf.Nif;
import org.newsgraph.rdf.Schema;

/**
 * A store on a SPARQL 1.1 server (Apache Jena Fuseki, GraphDB, Virtuoso): the URL answers
 * queries, updates and the Graph Store Protocol, as a Fuseki dataset URL does. Each article is one
 * update request that drops its old graphs and inserts the new ones, which the server runs
 * atomically. Reading commands work on a copy of the dataset fetched once (a remote store is
 * meant for writing from many machines; query a large one on its own endpoint). Credentials come
 * from {@code NEWSGRAPH_STORE_USER} and {@code NEWSGRAPH_STORE_PASSWORD}.
 */
public final class RemoteStore implements GraphStore {

    private final String url;
    private final RDFConnection connection;
    private TdbStore copy;

    private RemoteStore(String url, RDFConnection connection) {
        this.url = url;
        this.connection = connection;
    }

    /** Whether {@code location} names a remote store rather than a directory. */
    public static boolean isRemote(String location) {
        return location.startsWith("http://") || location.startsWith("https://");
    }

    /** Connects to the dataset at {@code url}; checks that it answers. */
    public static RemoteStore connect(String url) {
        HttpClient.Builder http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        String user = System.getenv("NEWSGRAPH_STORE_USER");
        if (user != null && !user.isEmpty()) {
            String password = System.getenv().getOrDefault("NEWSGRAPH_STORE_PASSWORD", "");
            http.authenticator(new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user, password.toCharArray());
                }
            });
        }
        RDFConnection connection = RDFConnectionRemote.newBuilder().destination(url)
                .queryEndpoint(url).updateEndpoint(url).gspEndpoint(url).httpClient(http.build()).build();
        RemoteStore store = new RemoteStore(url, connection);
        store.remote(() -> connection.queryAsk("ASK {}"));
        return store;
    }

    @Override
    public String location() {
        return url;
    }

    @Override
    public ArticleWriter writer() {
        return new ArticleWriter() {
            @Override
            public IngestOutcome put(ArticleKey key, Consumer<org.apache.jena.riot.system.StreamRDF> quads) {
                return RemoteStore.this.put(key, quads);
            }

            @Override
            public void commit() {
                // every article was its own update
            }

            @Override
            public void abort() {
                // an article's update is sent only once all its quads are made: nothing half-sent to undo
            }

            @Override
            public void close() {
            }
        };
    }

    private IngestOutcome put(ArticleKey key, Consumer<org.apache.jena.riot.system.StreamRDF> quads) {
        Node source = NodeFactory.createLiteralString(key.sourceName());
        boolean bySource = key.sourceName() != null && !TdbStore.STDIN.equals(key.sourceName());
        String stored = "SELECT ?hash ?old WHERE { { GRAPH " + nt(key.article()) + " { " + nt(key.article()) + " "
                + nt(NG.contentHash) + " ?hash } }"
                + (bySource ? " UNION { GRAPH ?old { ?old " + nt(NG.sourceName) + " " + nt(source) + " } }" : "") + " }";
        List<QuerySolution> rows = remote(() -> {
            List<QuerySolution> out = new ArrayList<>();
            connection.querySelect(stored, out::add);
            return out;
        });
        Optional<String> hash = rows.stream().filter(r -> r.contains("hash"))
                .map(r -> r.getLiteral("hash").getLexicalForm()).findFirst();
        if (hash.isPresent() && hash.get().equals(key.contentHash())) {
            return IngestOutcome.UNCHANGED;
        }
        StringBuilder update = new StringBuilder(deleteArticle(nt(key.article())));
        boolean replaces = hash.isPresent();
        if (hash.isEmpty() && bySource && rows.stream().anyMatch(r -> r.contains("old"))) {
            update.append(deleteWhere("GRAPH " + Totals.ARTICLE + " { " + Totals.ARTICLE + " " + nt(NG.sourceName) + " " + nt(source) + " }"));
            replaces = true;
        }
        update.append("INSERT DATA {\n");
        // the timeline's rows are rendered here, from the article alone: a SPARQL server need not
        // read its default graph as the union of its graphs, which the rendering reads
        try (TdbStore scratch = TdbStore.inMemory()) {
            DatasetGraph rendered = scratch.dataset().asDatasetGraph();
            Txn.executeWrite(scratch.dataset(), () -> {
                quads.accept(new StreamRDFBase() {
                    @Override
                    public void quad(Quad q) {
                        append(update, q);
                        rendered.add(q);
                    }
                });
                Timeline.render(rendered, List.of(key.article()));
                rendered.find(Iris.TIMELINE_GRAPH, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> append(update, q));
            });
        }
        update.append("} ;\n").append(Totals.add("BIND(" + nt(key.article()) + " AS " + Totals.ARTICLE + ")"));
        remote(() -> connection.update(update.toString()));
        return replaces ? IngestOutcome.REPLACED : IngestOutcome.ADDED;
    }

    private static void append(StringBuilder update, Quad q) {
        update.append("GRAPH ").append(nt(q.getGraph())).append(" { ").append(nt(q.getSubject())).append(' ')
                .append(nt(q.getPredicate())).append(' ').append(nt(q.getObject())).append(" }\n");
    }

    /** Deletes an article's sentence graphs, then its own graph. */
    private static String deleteArticle(String article) {
        return deleteWhere("BIND(" + article + " AS " + Totals.ARTICLE + ")");
    }

    /**
     * Deletes the sentence graphs and the own graph of every article that {@code pattern} binds to
     * {@link Totals#ARTICLE}, its counts taken out of the store's totals and its timeline rows first.
     */
    private static String deleteWhere(String pattern) {
        String old = Totals.ARTICLE;
        String sentences = "GRAPH " + old + " { ?g " + nt(RDF.type.asNode()) + " " + nt(Nif.Sentence) + " }";
        return Totals.subtract(pattern) + " ;\n" + Timeline.drop(pattern) + " ;\n"
                + "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { " + pattern + " " + sentences + " GRAPH ?g { ?s ?p ?o } } ;\n"
                + "DELETE { GRAPH " + old + " { ?s ?p ?o } } WHERE { " + pattern + " GRAPH " + old + " { ?s ?p ?o } } ;\n";
    }

    @Override
    public List<Node> remove(String ref) {
        Node iri = NodeFactory.createURI(ref);
        Node literal = NodeFactory.createLiteralString(ref);
        String named = "SELECT DISTINCT ?a WHERE { { GRAPH ?a { ?a " + nt(NG.contentHash) + " ?h } FILTER(?a = " + nt(iri) + ") }"
                + " UNION { GRAPH ?a { ?a " + nt(NG.sourceName) + " " + nt(literal) + " } }"
                + " UNION { GRAPH ?a { ?a " + nt(Schema.url) + " ?u } FILTER(STR(?u) = " + nt(literal) + ") } }";
        List<Node> articles = remote(() -> {
            List<Node> out = new ArrayList<>();
            connection.querySelect(named, r -> out.add(r.getResource("a").asNode()));
            return out;
        });
        for (Node a : articles) {
            remote(() -> connection.update(deleteArticle(nt(a))));
        }
        return articles;
    }

    @Override
    public Map<Node, String> contentHashes() {
        return remote(() -> {
            Map<Node, String> out = new HashMap<>();
            connection.querySelect("SELECT ?a ?h WHERE { GRAPH ?a { ?a " + nt(NG.contentHash) + " ?h } }",
                    r -> out.put(r.getResource("a").asNode(), r.getLiteral("h").getLexicalForm()));
            return out;
        });
    }

    @Override
    public <T> T read(Function<Dataset, T> reader) {
        return copy().read(reader);
    }

    @Override
    public Dataset dataset() {
        return copy().dataset();
    }

    @Override
    public long quadCount() {
        return remote(() -> {
            long[] n = {0};
            connection.querySelect("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                    r -> n[0] = r.getLiteral("n").getLong());
            return n[0];
        });
    }

    @Override
    public Optional<String> contentHash(Node article) {
        return Optional.ofNullable(contentHashes().get(article));
    }

    @Override
    public void close() {
        connection.close();
        if (copy != null) {
            copy.close();
        }
    }

    /** The dataset, fetched once (Graph Store Protocol) into memory. */
    private TdbStore copy() {
        if (copy == null) {
            TdbStore local = TdbStore.inMemory();
            Dataset fetched = remote(connection::fetchDataset);
            local.load(fetched.asDatasetGraph());
            copy = local;
        }
        return copy;
    }

    private void remote(Runnable call) {
        remote(() -> {
            call.run();
            return null;
        });
    }

    /** Runs a request, turning what the HTTP client throws into a {@link StoreException} naming the server. */
    private <T> T remote(Supplier<T> call) {
        try {
            return call.get();
        } catch (RuntimeException e) {
            throw new StoreException(url + ": " + reason(e), e);
        }
    }

    private static String reason(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "cannot connect (is the server running?)";
            }
            if (t instanceof HttpTimeoutException) {
                return "the server did not answer in time";
            }
        }
        int status = e instanceof HttpException h ? h.getStatusCode()
                : e instanceof QueryExceptionHTTP q ? q.getStatusCode() : -1;
        if (status == 401 || status == 403) {
            return "the server refused (HTTP " + status + "; credentials come from NEWSGRAPH_STORE_USER "
                    + "and NEWSGRAPH_STORE_PASSWORD)";
        }
        if (status > 0) {
            return "the server refused (HTTP " + status + ": " + e.getMessage() + ")";
        }
        return e.getClass().getSimpleName() + ": " + e.getMessage();
    }

    private static String nt(Node n) {
        return Totals.nt(n);
    }
}
