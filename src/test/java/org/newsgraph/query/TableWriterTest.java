package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.junit.jupiter.api.Test;

class TableWriterTest {

    private static List<Binding> rows(int n) {
        List<Binding> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(BindingFactory.builder()
                    .add(Var.alloc("entity"), NodeFactory.createURI("https://w3id.org/newsgraph/id/person/person-" + i))
                    .add(Var.alloc("text"), NodeFactory.createLiteralString("A long sentence\nthat goes on and on about person " + i))
                    .add(Var.alloc("mentions"), NodeFactory.createLiteralDT(Integer.toString(i * 10), XSDDatatype.XSDinteger))
                    .build());
        }
        return out;
    }

    private static List<String> write(int limit, int width, int n) {
        StringWriter s = new StringWriter();
        new TableWriter(limit, width).write(List.of("entity", "text", "mentions"), rows(n).iterator(), new PrintWriter(s));
        return s.toString().lines().toList();
    }

    @Test
    void prefixedNamesPlainLiteralsAndAHeaderWhenRowsAreCut() {
        List<String> lines = write(2, 0, 5);
        assertEquals("# 2 of 5 rows (--limit 0 shows all)", lines.get(0));
        assertTrue(lines.get(1).startsWith("entity"), lines.get(1));
        assertTrue(lines.get(3).startsWith("ngid:person/person-0  A long sentence that goes on"), lines.get(3));
        assertTrue(lines.get(4).endsWith("  10"), "numbers without their datatype, right-aligned: " + lines.get(4));
        assertEquals(5, lines.size());
    }

    @Test
    void allRowsWithoutAHeaderWhenNothingIsCut() {
        List<String> lines = write(0, 0, 3);
        assertTrue(lines.get(0).startsWith("entity"));
        assertEquals(5, lines.size());
    }

    @Test
    void linesFitTheWidthByCuttingTheWidestCells() {
        for (String line : write(0, 50, 12)) {
            assertTrue(line.codePointCount(0, line.length()) <= 50, line.length() + ": " + line);
        }
        assertTrue(write(0, 50, 12).get(2).contains("…"));
    }
}
