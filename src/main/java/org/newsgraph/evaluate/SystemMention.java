package org.newsgraph.evaluate;

import java.util.Locale;

/** A mention the system produced, in the scorer's JSONL format (offsets in code points). */
public record SystemMention(String doc, int start, int end, String type, String entity) {

    /** One JSON line: {@code {"doc": ..., "start": ..., "end": ..., "type": ..., "entity": ...}}. */
    public String toJsonLine() {
        return String.format(Locale.ROOT, "{\"doc\": %s, \"start\": %d, \"end\": %d, \"type\": %s, \"entity\": %s}",
                quote(doc), start, end, quote(type), quote(entity));
    }

    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
