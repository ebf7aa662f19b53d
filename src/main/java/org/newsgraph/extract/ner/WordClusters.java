package org.newsgraph.extract.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Lower-cased words grouped by the contexts they occur in (from unlabelled Wikipedia text, built
 * by scripts/train-ner): a word the labelled data never saw still shares a cluster with words it
 * did. Lines are {@code word TAB cluster}.
 */
public final class WordClusters {

    /** The clusters the bundled model was trained with. */
    public static final String RESOURCE = "/org/newsgraph/extract/ner/word-clusters.tsv.gz";
    private static final String UNKNOWN = "?";

    private final Map<String, String> clusterOf;

    public WordClusters(Map<String, String> clusterOf) {
        this.clusterOf = Map.copyOf(clusterOf);
    }

    /** The cluster of a lower-cased word; "?" for a word outside the vocabulary. */
    public String cluster(String lowerWord) {
        return clusterOf.getOrDefault(lowerWord, UNKNOWN);
    }

    /** Reads clusters in the resource format from a gzip stream; {@code name} names it in errors. */
    public static WordClusters read(InputStream gz, String name) {
        Map<String, String> map = new HashMap<>(1 << 17);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(gz), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalArgumentException(name + ": not a cluster line: " + line);
                }
                map.put(line.substring(0, tab), line.substring(tab + 1).intern());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read word clusters: " + e.getMessage(), e);
        }
        return new WordClusters(map);
    }

    /** The bundled clusters. */
    public static WordClusters bundled() {
        InputStream in = WordClusters.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + ": missing from the classpath");
        }
        return read(in, RESOURCE);
    }
}
