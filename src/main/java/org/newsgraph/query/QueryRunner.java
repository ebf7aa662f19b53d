package org.newsgraph.query;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.newsgraph.store.GraphStore;

/**
 * Runs SPARQL over a store. Parameters are bound as RDF terms by substitution into the parsed
 * query, never pasted into its text, so a value cannot change the query.
 */
public final class QueryRunner {

    private final GraphStore store;
    private final long timeoutMillis;

    public QueryRunner(GraphStore store) {
        this(store, 0);
    }

    private QueryRunner(GraphStore store, long timeoutMillis) {
        this.store = store;
        this.timeoutMillis = timeoutMillis;
    }

    /** This runner with queries stopped after {@code millis} (a {@code QueryCancelledException}); 0 never stops them. */
    public QueryRunner timeout(long millis) {
        return new QueryRunner(store, millis);
    }

    /** Runs {@code query} with {@code params} and prints all its results to {@code out}. */
    public void run(BundledQuery query, Map<String, String> params, ResultFormat format, OutputStream out) {
        run(query, params, format, 0, 0, out);
    }

    /**
     * Runs {@code query} with {@code params} and prints its results to {@code out}: at most
     * {@code limit} rows (0 for all), a table at most {@code width} columns wide (0 for any).
     */
    public void run(BundledQuery query, Map<String, String> params, ResultFormat format, int limit, int width, OutputStream out) {
        Query parsed = parse(query);
        Binding binding = bind(query, params);
        if (limit > 0 && format != ResultFormat.TABLE && (!parsed.hasLimit() || parsed.getLimit() > limit)) {
            parsed.setLimit(limit);
        }
        store.read(ds -> {
            QueryExecBuilder exec = QueryExec.dataset(ds.asDatasetGraph()).query(parsed).substitution(binding);
            if (timeoutMillis > 0) {
                exec.timeout(timeoutMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            if (parsed.isSelectType()) {
                RowSet rows = exec.select();
                if (format == ResultFormat.TABLE) {
                    PrintWriter text = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    new TableWriter(limit, width).write(rows.getResultVars().stream().map(Var::getVarName).toList(), rows, text);
                } else {
                    print(ResultSet.adapt(rows), format, out);
                }
            } else if (parsed.isAskType()) {
                ResultSetFormatter.out(out, exec.ask());
            } else {
                RDFDataMgr.write(out, exec.construct(), Lang.TURTLE);
            }
            return null;
        });
    }

    /** Runs a SELECT and returns its rows materialized (for callers that format them themselves). */
    public java.util.List<Map<String, Node>> select(BundledQuery query, Map<String, String> params) {
        Query parsed = parse(query);
        if (!parsed.isSelectType()) {
            throw new QueryException(query.name() + ": not a SELECT query");
        }
        Binding binding = bind(query, params);
        return store.read(ds -> {
            java.util.List<Map<String, Node>> rows = new java.util.ArrayList<>();
            QueryExec.dataset(ds.asDatasetGraph()).query(parsed).substitution(binding).select().forEachRemaining(b -> {
                Map<String, Node> row = new java.util.LinkedHashMap<>();
                parsed.getResultVars().forEach(v -> row.put(v, b.get(v)));
                rows.add(row);
            });
            return rows;
        });
    }

    /**
     * The plan of {@code query} with {@code params}: the SPARQL algebra after Jena's optimizer, as
     * the store runs it (TDB2 reorders each basic graph pattern once more by its statistics).
     */
    public String plan(BundledQuery query, Map<String, String> params) {
        Query parsed = parse(query);
        Binding binding = bind(query, params);
        Map<Var, Node> values = new java.util.HashMap<>();
        binding.forEach(values::put);
        Query substituted = QueryTransformOps.replaceVars(parsed, values);
        return store.read(ds -> Algebra.optimize(Algebra.compile(substituted), ds.getContext()).toString(substituted.getPrefixMapping()));
    }

    private static Query parse(BundledQuery query) {
        try {
            return QueryFactory.create(query.sparql());
        } catch (QueryParseException e) {
            throw new QueryException(query.name() + ": SPARQL syntax error: " + e.getMessage(), e);
        }
    }

    private static Binding bind(BundledQuery query, Map<String, String> params) {
        for (BundledQuery.Parameter p : query.parameters()) {
            if (!params.containsKey(p.name())) {
                throw new QueryException(query.name() + ": missing parameter " + p.name()
                        + " (--param " + p.name() + "=VALUE: " + p.description() + ")");
            }
        }
        for (String name : params.keySet()) {
            if (query.parameters().stream().noneMatch(p -> p.name().equals(name))) {
                throw new QueryException(query.name() + ": unknown parameter " + name + " (it takes "
                        + (query.parameters().isEmpty() ? "none" : query.parameters().stream().map(BundledQuery.Parameter::name).toList()) + ")");
            }
        }
        BindingBuilder b = BindingBuilder.create();
        params.forEach((k, v) -> b.add(Var.alloc(k), term(v)));
        return b.build();
    }

    /** An absolute IRI (bare or in angle brackets) becomes an IRI; anything else a string literal. */
    static Node term(String value) {
        String v = value.strip();
        if (v.startsWith("<") && v.endsWith(">")) {
            return NodeFactory.createURI(v.substring(1, v.length() - 1));
        }
        if (v.matches("(?i)(https?|urn):[^\\s<>\"{}|\\\\^`]+")) {
            return NodeFactory.createURI(v);
        }
        return NodeFactory.createLiteralString(value);
    }

    private static void print(ResultSet results, ResultFormat format, OutputStream out) {
        switch (format) {
            case TABLE -> throw new IllegalArgumentException("tables are printed by TableWriter");
            case CSV -> ResultSetFormatter.outputAsCSV(out, results);
            case TSV -> ResultSetFormatter.outputAsTSV(out, results);
            case JSON -> ResultSetFormatter.outputAsJSON(out, results);
        }
    }
}
