package org.newsgraph.source;

import java.nio.file.Path;

/**
 * One named input: a file, or standard input when {@code path} is null.
 */
public record Input(String name, Path path) {

    public static final String STDIN = "-";

    public static Input stdin() {
        return new Input(STDIN, null);
    }

    public static Input of(Path path) {
        return new Input(path.toString(), path);
    }

    public boolean isStdin() {
        return path == null;
    }
}
