package org.newsgraph.source;

/** An input that cannot become an article; the message names the input and the reason. */
public class SourceException extends Exception {

    private final String input;
    private final String reason;

    public SourceException(String input, String reason) {
        this(input, reason, null);
    }

    public SourceException(String input, String reason, Throwable cause) {
        super(input + ": " + reason, cause);
        this.input = input;
        this.reason = reason;
    }

    public String input() {
        return input;
    }

    public String reason() {
        return reason;
    }
}
