package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code export --format tables} of the seed: every documented table with its header, rows of
 * the header's width (RFC 4180 quoting of commas, quotes and line breaks), and the seed's facts
 * in them: mentions with offsets, a flattened position, events with CAMEO codes and participants.
 */
class TableExportTest {

    /** RFC 4180: rows of fields; quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        return rows;
    }

    private static List<Map<String, String>> table(Path dir, String name) throws Exception {
        List<List<String>> rows = parse(Files.readString(dir.resolve(name + ".csv")));
        assertEquals(TableExporter.TABLES.get(name), rows.get(0), name + " header");
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            assertEquals(rows.get(0).size(), r.size(), name + ": " + r);
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < r.size(); i++) {
                m.put(rows.get(0).get(i), r.get(i));
            }
            out.add(m);
        }
        return out;
    }

    @Test
    void seedTablesHoldItsFacts() throws Exception {
        Path dir = Files.createTempDirectory("newsgraph-tables").resolve("out");
        SeedExports.Run r = SeedExports.run(SeedExports.store(), "export", "--format", "tables", "-o", dir.toString());
        assertEquals(0, r.exit(), r.err());
        for (String name : TableExporter.TABLES.keySet()) {
            assertTrue(Files.exists(dir.resolve(name + ".csv")), name);
        }
        List<Map<String, String>> articles = table(dir, "articles");
        assertEquals(1, articles.size());
        assertEquals("2023-06-29", articles.get(0).get("date_published"));
        assertTrue(articles.get(0).get("headline").contains(","), "a quoted headline with a comma");

        List<Map<String, String>> entities = table(dir, "entities");
        Map<String, String> mko = entities.stream().filter(e -> e.get("label").equals("Mujahedin-e-Khalq Organization"))
                .findFirst().orElseThrow();
        assertEquals("organization", mko.get("type"));
        assertTrue(mko.get("alt_labels").contains("MKO"), mko.toString());
        Map<String, String> tirana = entities.stream().filter(e -> e.get("label").equals("Tirana")).findFirst().orElseThrow();
        assertEquals("https://sws.geonames.org/3183875/", tirana.get("same_as"));
        assertEquals(41.33, Double.parseDouble(tirana.get("latitude")), 0.05);
        assertEquals(19.82, Double.parseDouble(tirana.get("longitude")), 0.05);
        Map<String, String> iran = entities.stream().filter(e -> e.get("label").equals("Iran")).findFirst().orElseThrow();
        assertEquals("IRN", iran.get("phoenix_code"));
        assertEquals("https://sws.geonames.org/130758/", iran.get("same_as"));
        assertEquals("", mko.get("latitude"), "no coordinates for an organization");
        List<Map<String, String>> mentions = table(dir, "mentions");
        assertEquals(Integer.parseInt(mko.get("mentions")), mentions.stream().filter(m -> m.get("entity").equals(mko.get("entity"))).count());
        Map<String, String> first = mentions.get(0);
        assertEquals(Integer.parseInt(first.get("end")) - Integer.parseInt(first.get("begin")), first.get("text").codePointCount(0, first.get("text").length()));

        assertTrue(table(dir, "relations").stream().anyMatch(x -> x.get("subject_label").equals("Bledi Cuci")
                && x.get("predicate").equals("ng:holdsPosition") && x.get("detail").equals("Interior Minister")
                && x.get("object_label").equals("Albania")));
        List<Map<String, String>> events = table(dir, "events");
        Map<String, String> raid = events.stream().filter(e -> e.get("class").equals("ng:Raid")).findFirst().orElseThrow();
        assertNotEquals("", raid.get("cameo_code"));
        assertTrue(table(dir, "event_participants").stream().anyMatch(p -> p.get("event").equals(raid.get("event"))));
        assertEquals(Integer.parseInt(articles.get(0).get("sentences")), table(dir, "claims").size());

        SeedExports.Run noDir = SeedExports.run(SeedExports.store(), "export", "--format", "tables");
        assertEquals(2, noDir.exit());
        assertTrue(noDir.err().contains("-o DIR"), noDir.err());
    }
}
