package org.newsgraph.extract.ner;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A BIO tagger's weights (an averaged perceptron, trained by scripts/train-ner) and its greedy
 * left-to-right decoder. Immutable and thread-safe. The file is gzip: a magic line, the
 * provenance entries (script version, SHA-256 of every training file), the labels, then the
 * feature hashes and their weights quantized to 16 bits.
 */
public final class NerModel {

    /** The bundled model. */
    public static final String RESOURCE = "/org/newsgraph/extract/ner/ner-model.bin.gz";
    private static final String MAGIC = "newsgraph-ner-1";

    private final List<String> labels;
    private final Map<String, String> provenance;
    private final FeatureTable table;
    /** {@code weights[row * labels + label]}; row from {@link #table}. */
    private final float[] weights;
    private final int[] labelType;
    private final boolean[] inside;

    public NerModel(List<String> labels, Map<String, String> provenance, FeatureTable table, float[] weights) {
        this.labels = List.copyOf(labels);
        this.provenance = Map.copyOf(provenance);
        this.table = table;
        this.weights = weights;
        int n = labels.size();
        labelType = new int[n];
        inside = new boolean[n];
        for (int k = 0; k < n; k++) {
            String l = labels.get(k);
            inside[k] = l.startsWith("I-");
            labelType[k] = l.equals("O") ? -1 : type(l.substring(2));
        }
    }

    private int type(String t) {
        return labels.indexOf("B-" + t);
    }

    public List<String> labels() {
        return labels;
    }

    /** Where the model came from: "script" (its version) and "sha256:FILE" for each training file. */
    public Map<String, String> provenance() {
        return provenance;
    }

    /** Adds the weights of {@code features} to {@code scores} (one per label). */
    public void score(long[] features, float[] scores) {
        int n = labels.size();
        for (long f : features) {
            int row = table.get(f);
            if (row >= 0) {
                int base = row * n;
                for (int k = 0; k < n; k++) {
                    scores[k] += weights[base + k];
                }
            }
        }
    }

    /**
     * Whether label {@code next} may follow {@code prev} (-1 at the start): I-X only continues
     * B-X or I-X.
     */
    public boolean allowed(int prev, int next) {
        return !inside[next] || prev >= 0 && labelType[prev] == labelType[next];
    }

    /** Greedy decoding of a sentence (words and their part of speech) in the given span convention: one label index per word. */
    public int[] tag(NerFeatures features, String[] words, String[] pos, boolean gumStyle) {
        long[][] obs = features.observe(words, pos, gumStyle);
        int n = labels.size();
        int[] out = new int[words.length];
        float[] scores = new float[n];
        for (int i = 0; i < words.length; i++) {
            Arrays.fill(scores, 0f);
            score(obs[i], scores);
            score(NerFeatures.history(i > 1 ? labels.get(out[i - 2]) : null, i > 0 ? labels.get(out[i - 1]) : null,
                    words[i], NerFeatures.shape(words[i]), gumStyle), scores);
            out[i] = best(scores, i > 0 ? out[i - 1] : -1);
        }
        return out;
    }

    /** The best-scoring label allowed after {@code prev}. */
    public int best(float[] scores, int prev) {
        int best = -1;
        for (int k = 0; k < scores.length; k++) {
            if (allowed(prev, k) && (best < 0 || scores[k] > scores[best])) {
                best = k;
            }
        }
        return best;
    }

    public void write(OutputStream out) throws IOException {
        int n = labels.size();
        float max = 0f;
        for (float w : weights) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0f ? 1f : max / Short.MAX_VALUE;
        GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
        DataOutputStream d = new DataOutputStream(gz);
        d.writeUTF(MAGIC);
        d.writeInt(provenance.size());
        for (Map.Entry<String, String> e : new java.util.TreeMap<>(provenance).entrySet()) {
            d.writeUTF(e.getKey());
            d.writeUTF(e.getValue());
        }
        d.writeInt(n);
        for (String l : labels) {
            d.writeUTF(l);
        }
        long[] keys = table.keys();
        d.writeInt(keys.length);
        d.writeFloat(scale);
        // keys sorted and delta-coded, weights column by column: both compress far better that way
        Integer[] order = new Integer[keys.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        long prev = 0;
        for (Integer row : order) {
            d.writeLong(keys[row] - prev);
            prev = keys[row];
        }
        for (int k = 0; k < n; k++) {
            for (Integer row : order) {
                d.writeShort(Math.round(weights[row * n + k] / scale));
            }
        }
        d.flush();
        gz.finish();
    }

    public static NerModel read(InputStream in, String name) {
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16))) {
            if (!MAGIC.equals(d.readUTF())) {
                throw new IllegalArgumentException(name + ": not a newsgraph entity model");
            }
            Map<String, String> provenance = new LinkedHashMap<>();
            for (int k = d.readInt(); k > 0; k--) {
                provenance.put(d.readUTF(), d.readUTF());
            }
            int n = d.readInt();
            String[] labels = new String[n];
            for (int k = 0; k < n; k++) {
                labels[k] = d.readUTF();
            }
            int rows = d.readInt();
            float scale = d.readFloat();
            FeatureTable table = new FeatureTable(rows);
            long key = 0;
            for (int r = 0; r < rows; r++) {
                key += d.readLong();
                table.add(key);
            }
            float[] weights = new float[rows * n];
            for (int k = 0; k < n; k++) {
                for (int r = 0; r < rows; r++) {
                    weights[r * n + k] = d.readShort() * scale;
                }
            }
            return new NerModel(Arrays.asList(labels), provenance, table, weights);
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot read entity model: " + e.getMessage(), e);
        }
    }

    /** The bundled model, read once. */
    public static NerModel bundled() {
        return Bundled.MODEL;
    }

    private static final class Bundled {
        static final NerModel MODEL = load();

        private static NerModel load() {
            InputStream in = NerModel.class.getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": missing from the classpath");
            }
            return read(in, RESOURCE);
        }
    }
}
