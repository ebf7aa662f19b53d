package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.jena.dboe.base.record.RecordFactory;
import org.junit.jupiter.api.Test;

/** Jena's own diagnostic line before a record fault is dropped; all else on standard error passes. */
class RecordFaultFilterTest {

    @Test
    void dropsOnlyWhatJenasRecordLayerPrintsBeforeRethrowing() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream stderr = System.err;
        System.setErr(new RecordFaultFilter(new PrintStream(captured, true, StandardCharsets.UTF_8)));
        try {
            // a record read past the page's end: Jena prints "bb.position(...)" to System.err, then throws
            assertThrows(IllegalArgumentException.class, () -> new RecordFactory(32, 0).buildFrom(ByteBuffer.allocate(64), 5));
            System.err.println("newsgraph: a.txt: cannot store: no space left on device");
            System.err.printf("%d articles%n", 3);
        } finally {
            System.setErr(stderr);
        }
        assertEquals("newsgraph: a.txt: cannot store: no space left on device\n3 articles\n",
                captured.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"));
    }
}
