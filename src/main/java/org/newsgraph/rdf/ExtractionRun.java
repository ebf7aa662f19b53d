package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Properties;

/** The software that produced a graph and when, recorded with PROV on every sentence graph. */
public record ExtractionRun(String software, String version, Instant started) {

    /** This build of newsgraph, starting now. */
    public static ExtractionRun now() {
        return startedAt(Instant.now());
    }

    /** This build of newsgraph, started at {@code started} (one run spread over several machines). */
    public static ExtractionRun startedAt(Instant started) {
        return new ExtractionRun("newsgraph", buildVersion(), started);
    }

    /** The version Maven wrote into the build; "dev" when run from unpackaged classes. */
    public static String buildVersion() {
        try (InputStream in = ExtractionRun.class.getResourceAsStream("/org/newsgraph/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build's version.properties", e);
        }
    }
}
