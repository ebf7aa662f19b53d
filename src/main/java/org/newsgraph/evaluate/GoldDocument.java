package org.newsgraph.evaluate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * A gold document of the GUM-derived evaluation set: its text and annotated mentions. Offsets
 * count code points, as Python does.
 */
public record GoldDocument(String id, String text, List<GoldMention> mentions) {

    public GoldDocument {
        mentions = List.copyOf(mentions);
    }

    /** One gold mention; {@code named} is true when its head is a proper noun. */
    public record GoldMention(int start, int end, String type, String entity, boolean named) {
    }

    /** The documents of {@code dir} (its {@code *.json} files) in id order, optionally only {@code ids}. */
    public static List<GoldDocument> load(Path dir, Set<String> ids) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": no such gold directory");
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<GoldDocument> out = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                GoldDocument d = read(f);
                if (ids == null || ids.isEmpty() || ids.contains(d.id())) {
                    out.add(d);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list gold documents: " + e.getMessage(), e);
        }
    }

    static GoldDocument read(Path file) {
        try {
            JsonObject json = JSON.parse(Files.readString(file));
            List<GoldMention> mentions = new ArrayList<>();
            for (JsonValue v : json.get("mentions").getAsArray()) {
                JsonObject m = v.getAsObject();
                mentions.add(new GoldMention(
                        m.get("start").getAsNumber().value().intValue(),
                        m.get("end").getAsNumber().value().intValue(),
                        m.get("type").getAsString().value(),
                        m.get("entity").isString() ? m.get("entity").getAsString().value() : m.get("entity").toString(),
                        m.get("named").getAsBoolean().value()));
            }
            return new GoldDocument(json.get("id").getAsString().value(), json.get("text").getAsString().value(), mentions);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read gold document: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + ": not a gold document: " + e.getMessage(), e);
        }
    }
}
