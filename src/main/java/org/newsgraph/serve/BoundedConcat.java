package org.newsgraph.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.Accumulator;
import org.apache.jena.sparql.expr.aggregate.AccumulatorExpr;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;

/**
 * One query's {@code GROUP_CONCAT}s held to a shared number of characters. The engine builds each
 * concatenation in memory before a row reaches the response limits, so one aggregate over a cross
 * product could fill the heap; here the concatenations stop growing at the budget, and the query
 * is marked {@linkplain #wasCut() cut} as rows over the row limit are.
 */
final class BoundedConcat {

    private final AtomicLong left;
    private final AtomicBoolean cut = new AtomicBoolean();

    BoundedConcat(long maxChars) {
        this.left = new AtomicLong(maxChars);
    }

    /** Replaces the {@code GROUP_CONCAT}s of {@code query} and of its sub-queries with bounded ones. */
    void apply(Query query) {
        bound(query.getAggregators());
        if (query.getQueryPattern() != null) {
            ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
                @Override
                public void visit(ElementSubQuery el) {
                    apply(el.getQuery());
                }
            });
        }
    }

    /** Whether some concatenation reached the budget. */
    boolean wasCut() {
        return cut.get();
    }

    private void bound(List<ExprAggregator> aggregators) {
        for (int i = 0; i < aggregators.size(); i++) {
            ExprAggregator e = aggregators.get(i);
            Aggregator bounded = bounded(e.getAggregator());
            if (bounded != null) {
                aggregators.set(i, new ExprAggregator(e.getVar(), bounded));
            }
        }
    }

    private Aggregator bounded(Aggregator a) {
        if (a instanceof Plain || a instanceof Distinct) {
            return null;
        }
        if (a instanceof AggGroupConcat g) {
            return new Plain(g.getExprList().get(0), g.getSeparator());
        }
        if (a instanceof AggGroupConcatDistinct g) {
            return new Distinct(g.getExprList().get(0), g.getSeparator());
        }
        return null;
    }

    private static String separator(String given) {
        return given == null ? " " : given;
    }

    private final class Plain extends AggGroupConcat {
        private final String separator;

        Plain(Expr expr, String separator) {
            super(expr, separator);
            this.separator = separator;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Plain(exprs.get(0), separator);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Concatenation(getExprList().get(0), false, separator(separator));
        }
    }

    private final class Distinct extends AggGroupConcatDistinct {
        private final String separator;

        Distinct(Expr expr, String separator) {
            super(expr, separator);
            this.separator = separator;
        }

        @Override
        public Aggregator copy(ExprList exprs) {
            return new Distinct(exprs.get(0), separator);
        }

        @Override
        public Accumulator createAccumulator() {
            return new Concatenation(getExprList().get(0), true, separator(separator));
        }
    }

    /** What the engine's own group concatenation does, until the shared budget is spent. */
    private final class Concatenation extends AccumulatorExpr {
        private final StringBuilder text = new StringBuilder();
        private final String separator;
        private boolean first = true;

        Concatenation(Expr expr, boolean distinct, String separator) {
            super(expr, distinct);
            this.separator = separator;
        }

        @Override
        protected void accumulate(NodeValue nv, Binding binding, FunctionEnv env) {
            if (cut.get()) {
                return;
            }
            String piece = first ? nv.asString() : separator + nv.asString();
            if (left.addAndGet(-piece.length()) < 0) {
                cut.set(true);
                return;
            }
            text.append(piece);
            first = false;
        }

        @Override
        protected void accumulateError(Binding binding, FunctionEnv env) {
            // as the engine's GROUP_CONCAT: a value that is an error adds nothing
        }

        @Override
        protected NodeValue getAccValue() {
            return NodeValue.makeString(text.toString());
        }
    }
}
