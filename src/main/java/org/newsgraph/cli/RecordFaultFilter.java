package org.newsgraph.cli;

import java.io.PrintStream;

/**
 * Standard error without the line that Jena's record layer prints itself ({@code bb.position(...)
 * idx=... <RecordFactory ...>}) before it rethrows a fault in reading an index page. On a full disk
 * that fault is the memory-mapped store failing, which the ingest reports as one line naming the
 * input and the reason; Jena's line would only precede it with buffer offsets. Everything else
 * written to standard error passes through unchanged.
 */
final class RecordFaultFilter extends PrintStream {

    private static final String RECORD_FACTORY = "org.apache.jena.dboe.base.record.RecordFactory";

    private static final StackWalker STACK = StackWalker.getInstance();

    RecordFaultFilter(PrintStream stderr) {
        super(stderr, true);
    }

    @Override
    public void write(int b) {
        if (!fromRecordFactory()) {
            super.write(b);
        }
    }

    @Override
    public void write(byte[] buf, int off, int len) {
        if (!fromRecordFactory()) {
            super.write(buf, off, len);
        }
    }

    /** Standard error is written rarely, so a walk of the caller's stack per write costs nothing that shows. */
    private static boolean fromRecordFactory() {
        return STACK.walk(frames -> frames.anyMatch(f -> f.getClassName().equals(RECORD_FACTORY)));
    }
}
