package org.newsgraph.evaluate;

import java.util.Locale;
import org.newsgraph.export.Json;

/** A mention the system produced, in the scorer's JSONL format (offsets in code points). */
public record SystemMention(String doc, int start, int end, String type, String entity) {

    /** One JSON line: {@code {"doc": ..., "start": ..., "end": ..., "type": ..., "entity": ...}}. */
    public String toJsonLine() {
        return String.format(Locale.ROOT, "{\"doc\": %s, \"start\": %d, \"end\": %d, \"type\": %s, \"entity\": %s}",
                Json.quote(doc), start, end, Json.quote(type), Json.quote(entity));
    }
}
