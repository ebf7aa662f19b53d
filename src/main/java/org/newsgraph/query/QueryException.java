package org.newsgraph.query;

/** A query that cannot run: bad syntax, a missing parameter; the message says which and why. */
public class QueryException extends RuntimeException {

    public QueryException(String message) {
        super(message);
    }

    public QueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
