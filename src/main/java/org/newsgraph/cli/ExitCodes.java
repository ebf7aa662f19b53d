package org.newsgraph.cli;

/** Exit codes of every command. */
final class ExitCodes {

    static final int OK = 0;
    /** Some inputs failed, or a check found problems; the rest was done. */
    static final int PARTIAL = 1;
    /** The command could not run. */
    static final int ERROR = 2;

    private ExitCodes() {
    }
}
