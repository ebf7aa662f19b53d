package org.newsgraph.query;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.newsgraph.export.RdfExporter;
import org.newsgraph.rdf.NG;

/**
 * Prints results as a table for people: IRIs as prefixed names, literals as their plain text,
 * columns cut to fit a width, at most {@code limit} rows, and a first line saying so when rows were
 * left out.
 */
public final class TableWriter {

    private static final String GAP = "  ";
    private static final int NARROWEST = 6;

    private final int limit;
    private final int width;

    /**
     * @param limit the most rows printed, 0 for all
     * @param width the widest line, 0 for no limit
     */
    public TableWriter(int limit, int width) {
        this.limit = limit;
        this.width = width;
    }

    /** Prints the rows of {@code vars} from {@code rows}, consuming them all to count them. */
    public void write(List<String> vars, Iterator<Binding> rows, PrintWriter out) {
        List<String[]> shown = new ArrayList<>();
        long total = 0;
        while (rows.hasNext()) {
            Binding b = rows.next();
            total++;
            if (limit == 0 || shown.size() < limit) {
                String[] cells = new String[vars.size()];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = text(b.get(Var.alloc(vars.get(i))));
                }
                shown.add(cells);
            }
        }
        if (shown.size() < total) {
            out.printf(Locale.ROOT, "# %,d of %,d rows (--limit 0 shows all)%n", shown.size(), total);
        }
        int[] widths = fit(naturalWidths(vars, shown));
        boolean[] numeric = numericColumns(vars.size(), shown);
        line(vars.toArray(String[]::new), widths, new boolean[vars.size()], out);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : GAP).append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (String[] cells : shown) {
            line(cells, widths, numeric, out);
        }
        if (total == 0) {
            out.println("(no rows)");
        }
        out.flush();
    }

    /** Made on first use, after Jena has initialised (its vocabulary classes must not start from here). */
    private static final class Prefixes {
        static final PrefixMap MAP = make();

        private static PrefixMap make() {
            org.apache.jena.sys.JenaSystem.init();
            PrefixMap pm = RdfExporter.prefixes();
            // only for reading: article, sentence and mention IRIs are the longest in a table
            pm.add("art", NG.ARTICLE_BASE);
            return pm;
        }
    }

    /** A term as a person reads it: a prefixed name, a literal's text on one line, nothing when unbound. */
    public static String text(Node n) {
        if (n == null) {
            return "";
        }
        if (n.isURI()) {
            return abbreviate(n.getURI());
        }
        if (n.isLiteral()) {
            return n.getLiteralLexicalForm().replaceAll("\\s+", " ").strip();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        return n.toString();
    }

    /** The longest namespace wins, and the rest may hold '/' and '#' (not a Turtle local name: read, not parsed). */
    private static String abbreviate(String iri) {
        String prefix = null;
        String namespace = "";
        for (var e : Prefixes.MAP.getMapping().entrySet()) {
            if (iri.startsWith(e.getValue()) && e.getValue().length() > namespace.length()) {
                prefix = e.getKey();
                namespace = e.getValue();
            }
        }
        return prefix == null ? iri : prefix + ":" + iri.substring(namespace.length());
    }

    private static int[] naturalWidths(List<String> vars, List<String[]> rows) {
        int[] w = new int[vars.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = vars.get(i).length();
        }
        for (String[] cells : rows) {
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(w[i], length(cells[i]));
            }
        }
        return w;
    }

    /** Caps the widest columns, as little as possible, until the line fits the width. */
    private int[] fit(int[] natural) {
        int gaps = GAP.length() * Math.max(0, natural.length - 1);
        if (width <= 0 || sum(natural) + gaps <= width) {
            return natural;
        }
        int budget = Math.max(width - gaps, NARROWEST * natural.length);
        int cap = 0;
        int widest = java.util.Arrays.stream(natural).max().orElse(0);
        for (int c = 1; c <= widest; c++) {
            int total = 0;
            for (int w : natural) {
                total += Math.min(w, c);
            }
            if (total > budget) {
                break;
            }
            cap = c;
        }
        int[] out = new int[natural.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(Math.min(natural[i], cap), Math.min(natural[i], NARROWEST));
        }
        return out;
    }

    private static boolean[] numericColumns(int n, List<String[]> rows) {
        boolean[] numeric = new boolean[n];
        for (int i = 0; i < n; i++) {
            boolean all = !rows.isEmpty();
            for (String[] cells : rows) {
                all &= cells[i].matches("-?\\d+(\\.\\d+)?");
            }
            numeric[i] = all;
        }
        return numeric;
    }

    private static void line(String[] cells, int[] widths, boolean[] numeric, PrintWriter out) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            String cell = cut(cells[i], widths[i]);
            String pad = " ".repeat(widths[i] - length(cell));
            b.append(i == 0 ? "" : GAP).append(numeric[i] ? pad + cell : cell + (i == cells.length - 1 ? "" : pad));
        }
        out.println(b);
    }

    private static String cut(String s, int width) {
        if (length(s) <= width) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, width - 1)) + "…";
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int x : a) {
            s += x;
        }
        return s;
    }
}
