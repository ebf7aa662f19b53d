package org.newsgraph.serve;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Fuseki's query service with the limits a public-facing endpoint needs: parsing runs under the
 * time limit, {@code SERVICE} (which would make the server fetch URLs for its client) is refused
 * before anything runs, and results are cut at a number of rows or triples and an estimated
 * number of bytes. A cut result carries the {@link #TRUNCATED} header.
 */
final class GuardedQuery extends SPARQL_QueryDataset {

    /** Response header present when a result was cut; its value says at what. */
    static final String TRUNCATED = "Newsgraph-Truncated";

    /** Per-term overhead in the byte estimate: quotes, tags and separators of the result formats. */
    private static final int TERM_OVERHEAD = 16;

    private final long maxResults;
    private final long maxBytes;
    private final Duration timeout;
    private final ExecutorService parsers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "newsgraph-query-parser");
        t.setDaemon(true);
        return t;
    });

    GuardedQuery(long maxResults, long maxBytes, Duration timeout) {
        this.maxResults = maxResults;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
    }

    @Override
    protected void execute(String queryString, HttpAction action) {
        Query query = parseWithin(queryString);
        if (query != null && usesService(query)) {
            ServletOps.errorBadRequest("SERVICE is not allowed: this endpoint makes no outbound requests");
        }
        // Fuseki parses again (cheap next to the limit) and reports syntax errors its usual way
        super.execute(queryString, action);
    }

    /** The parsed query, or null when it does not parse (Fuseki then reports the error). */
    private Query parseWithin(String queryString) {
        Future<Query> parsed = parsers.submit(() -> QueryFactory.create(queryString, Syntax.syntaxARQ));
        try {
            return parsed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            parsed.cancel(true);
            ServletOps.error(503, "query not parsed within the time limit (" + timeout.toSeconds() + " s)");
            return null;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof QueryParseException) {
                return null;
            }
            throw new IllegalStateException("parsing the query failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ServletOps.error(503, "interrupted while parsing the query");
            return null;
        }
    }

    /** Whether the query calls SERVICE anywhere: in sub-queries and in EXISTS / NOT EXISTS filters too. */
    static boolean usesService(Query query) {
        Op op = Algebra.compile(query);
        boolean[] found = {false};
        OpVisitorBase services = new OpVisitorBase() {
            @Override
            public void visit(OpService opService) {
                found[0] = true;
            }
        };
        Walker.walk(op, services, new ExprVisitorBase(), services, null);
        return found[0];
    }

    @Override
    protected Pair<DatasetGraph, Query> decideDataset(HttpAction action, Query query, String queryStringLog) {
        Pair<DatasetGraph, Query> chosen = super.decideDataset(action, query, queryStringLog);
        Query q = chosen.getRight().cloneQuery();
        // One row beyond the cap lets the engine stop early and still tells a cut result from a full one
        if (q.isSelectType() && (!q.hasLimit() || q.getLimit() > maxResults)) {
            q.setLimit(maxResults + 1);
        }
        BoundedConcat concat = new BoundedConcat(concatChars());
        concat.apply(q);
        action.getRequest().setAttribute(BoundedConcat.class.getName(), concat);
        return Pair.create(chosen.getLeft(), q);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        Budget budget = new Budget();
        QueryExecResult result;
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            List<Binding> kept = new ArrayList<>();
            while (rows.hasNext() && budget.admit(rows.next(), kept)) {
                // kept by admit
            }
            result = new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        } else if (query.isConstructType() && query.isConstructQuad()) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            Iterator<Quad> quads = exec.constructQuads();
            while (quads.hasNext() && budget.admit(quads.next(), dsg)) {
                // kept by admit
            }
            result = new QueryExecResult(dsg);
        } else if (query.isConstructType() || query.isDescribeType()) {
            Graph graph = GraphFactory.createDefaultGraph();
            Iterator<Triple> triples = query.isConstructType() ? exec.constructTriples() : exec.describeTriples();
            while (triples.hasNext() && budget.admit(triples.next(), graph)) {
                // kept by admit
            }
            result = new QueryExecResult(graph);
        } else {
            return super.executeQuery(action, exec, query, queryStringLog);
        }
        if (budget.cut == null && action.getRequest().getAttribute(BoundedConcat.class.getName()) instanceof BoundedConcat c
                && c.wasCut()) {
            budget.cut = concatChars() + " characters of GROUP_CONCAT";
        }
        if (budget.cut != null) {
            action.setResponseHeader(TRUNCATED, budget.cut);
        }
        return result;
    }

    /**
     * How many characters one query's concatenations may hold: half the response cap (so that a row
     * holding one still fits under it), or less on a small heap, where a builder of that size grows
     * by doubling and is copied once more when done.
     */
    private long concatChars() {
        return Math.min(maxBytes / 2, Runtime.getRuntime().maxMemory() / 16);
    }

    /** Counts what a result has taken so far and says where it was cut. */
    private final class Budget {
        private long items;
        private long bytes;
        private String cut;

        boolean admit(Binding row, List<Binding> kept) {
            long size = 0;
            for (Iterator<Var> vars = row.vars(); vars.hasNext(); ) {
                size += size(row.get(vars.next()));
            }
            if (take(size, "rows")) {
                kept.add(row);
                return true;
            }
            return false;
        }

        boolean admit(Triple t, Graph graph) {
            if (take(size(t.getSubject()) + size(t.getPredicate()) + size(t.getObject()), "triples")) {
                graph.add(t);
                return true;
            }
            return false;
        }

        boolean admit(Quad q, DatasetGraph dsg) {
            if (take(size(q.getGraph()) + size(q.getSubject()) + size(q.getPredicate()) + size(q.getObject()), "triples")) {
                dsg.add(q);
                return true;
            }
            return false;
        }

        private boolean take(long size, String unit) {
            if (items >= maxResults) {
                cut = maxResults + " " + unit;
                return false;
            }
            if (bytes + size > maxBytes) {
                cut = maxBytes + " bytes";
                return false;
            }
            items++;
            bytes += size;
            return true;
        }

        private static long size(Node n) {
            return n == null ? 0 : n.toString().length() + TERM_OVERHEAD;
        }
    }

    /** Stops the parser threads (with the server). */
    void shutdown() {
        parsers.shutdownNow();
    }
}
