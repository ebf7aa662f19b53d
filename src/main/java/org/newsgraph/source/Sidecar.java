package org.newsgraph.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Metadata in {@code NAME.json} beside {@code NAME.txt}: {@code headline}, {@code datePublished},
 * {@code url}, {@code publisher} (a string or an object with a name), {@code author}.
 */
public final class Sidecar {

    /** Deeper JSON is refused: metadata is flat, and the parser recurses per level. */
    static final int MAX_DEPTH = 64;

    private Sidecar() {
    }

    /** The sidecar's metadata, or {@link ArticleMetadata#EMPTY} when there is none. */
    public static ArticleMetadata read(Path input) throws SourceException {
        Path parent = input.toAbsolutePath().getParent();
        Path file = parent.resolve(Inputs.stemOf(input.getFileName().toString()) + ".json");
        if (!Files.isRegularFile(file) || file.equals(input.toAbsolutePath())) {
            return ArticleMetadata.EMPTY;
        }
        String name = Input.printable(file.toString());
        try {
            return metadata(name, object(name, Files.readString(file), "sidecar metadata"));
        } catch (IOException e) {
            throw new SourceException(name, "cannot read sidecar metadata: " + e.getMessage(), e);
        }
    }

    /** The metadata fields of {@code json}; {@code source} names it in errors. */
    static ArticleMetadata metadata(String source, JsonObject json) throws SourceException {
        return new ArticleMetadata(
                string(json, "headline"),
                date(source, string(json, "datePublished")),
                date(source, string(json, "dateModified")),
                string(json, "url"),
                name(json.get("publisher")),
                authors(json.get("author")),
                string(json, "language"),
                string(json, "section"));
    }

    /**
     * {@code text} parsed as one JSON object. Nesting is checked first: the parser recurses per
     * level, and a few thousand {@code [} would overflow its stack.
     */
    static JsonObject object(String source, String text, String what) throws SourceException {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if ((c == '{' || c == '[') && ++depth > MAX_DEPTH) {
                throw new SourceException(source, what + " is nested too deeply (more than " + MAX_DEPTH + " levels)");
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        try {
            JsonValue v = JSON.parseAny(text);
            if (!v.isObject()) {
                throw new SourceException(source, what + " is not a JSON object");
            }
            return v.getAsObject();
        } catch (JsonException e) {
            throw new SourceException(source, what + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    static String string(JsonObject json, String key) {
        JsonValue v = json.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    private static String name(JsonValue v) {
        if (v == null) {
            return null;
        }
        if (v.isString()) {
            return v.getAsString().value();
        }
        return v.isObject() ? string(v.getAsObject(), "name") : null;
    }

    private static List<String> authors(JsonValue v) {
        List<String> out = new ArrayList<>();
        if (v != null && v.isArray()) {
            v.getAsArray().forEach(a -> {
                String n = name(a);
                if (n != null) {
                    out.add(n);
                }
            });
        } else if (name(v) != null) {
            out.add(name(v));
        }
        return out;
    }

    private static LocalDate date(String source, String value) throws SourceException {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new SourceException(source, "date '" + value + "' is not YYYY-MM-DD", e);
        }
    }
}
