package org.newsgraph.source;

import java.nio.file.Path;

/**
 * One named input: a file, standard input when {@code path} is null, or one line of a JSON Lines
 * file ({@code offset} and {@code length} in bytes; -1 for a whole file). An input found unusable
 * while listing a directory carries the {@code problem}, reported when it is read, in its turn.
 *
 * @param name how messages and the article's source name call it: the path, with control characters
 *             escaped so that a file name never splits a message line
 */
public record Input(String name, Path path, long offset, long length, String problem) {

    public static final String STDIN = "-";

    public static Input stdin() {
        return new Input(STDIN, null, -1, -1, null);
    }

    public static Input of(Path path) {
        return new Input(printable(path.toString()), path, -1, -1, null);
    }

    /** Line {@code line} (from 1) of a JSON Lines file, at {@code offset} for {@code length} bytes. */
    public static Input line(Path path, long line, long offset, long length) {
        return new Input(printable(path.toString()) + ":" + line, path, offset, length, null);
    }

    /** An input that will fail with {@code problem} when read. */
    public static Input failed(Path path, String problem) {
        return new Input(printable(path.toString()), path, -1, -1, problem);
    }

    public boolean isStdin() {
        return path == null;
    }

    /** Whether this is one line of a JSON Lines file. */
    public boolean isLine() {
        return offset >= 0;
    }

    /** {@code s} with control, line-separator and bidi characters shown as {@code \\uXXXX} (newline as {@code \\n}). */
    public static String printable(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hidden = Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
                    || Character.getType(c) == Character.FORMAT;
            if (hidden && out == null) {
                out = new StringBuilder(s.substring(0, i));
            }
            if (out != null) {
                if (!hidden) {
                    out.append(c);
                } else if (c == '\n') {
                    out.append("\\n");
                } else {
                    out.append(String.format("\\u%04X", (int) c));
                }
            }
        }
        return out == null ? s : out.toString();
    }
}
