package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's time expressions through the bundled {@code times} query, and the events anchored to them. */
class SeedTimesTest {

    @TempDir
    static Path dir;

    static String store;

    @BeforeAll
    static void ingestSeed() {
        store = CliTestSupport.seedStore(dir);
    }

    private static List<Map<String, String>> rows(String... args) {
        return CliTestSupport.rows(store, args);
    }

    @Test
    void theSeedsTimeExpressionsWithTheirValuesAndEvents() {
        String article = rows("query", "articles").get(0).get("article");
        List<Map<String, String>> times = rows("query", "times", "--param", "article=" + article);
        Map<String, String> values = new LinkedHashMap<>();
        times.forEach(r -> values.put(r.get("text"), r.get("type") + " " + r.get("value") + " " + r.get("start")));
        // published 2023-06-29, a Thursday
        assertEquals("TIME 2023-06-29TMO 2023-06-29", values.get("Thursday morning"), values.toString());
        assertEquals("DATE 2023-06-20 2023-06-20", values.get("June 20"), values.toString());
        assertEquals("DATE 1988-07 1988-07", values.get("July 1988"), values.toString());
        assertEquals("DURATION P8Y 1980", values.get("1980-88"), values.toString());
        assertEquals("DATE 2016 2016", values.get("2016"), values.toString());
        assertEquals("DATE 2012 2012", values.get("2012"), values.toString());
        assertEquals("SET P1Y ", values.get("every year"), values.toString());
        assertEquals("DURATION PXDE ", values.get("the past decades"), values.toString());
        Map<String, String> events = new LinkedHashMap<>();
        times.forEach(r -> events.put(r.get("text"), r.get("events")));
        for (String anchored : List.of("June 20", "July 1988", "1980-88", "2012")) {
            assertTrue(!events.get(anchored).isEmpty(), anchored + " anchors no event: " + events);
        }
    }
}
