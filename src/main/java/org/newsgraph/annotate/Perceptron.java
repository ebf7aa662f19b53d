package org.newsgraph.annotate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * A frozen averaged perceptron over hashed sparse features: each feature keeps only the classes
 * whose averaged weight is not zero, so scoring touches a handful of entries per feature and the
 * model stays small. Immutable and thread-safe; {@link PerceptronTrainer} builds it.
 */
final class Perceptron {

    private final int classes;
    /** Open addressing: feature key in the high half, 1 + its offset in {@link #entries} in the low; 0 is empty. */
    private final long[] table;
    /** Per feature: its entry count, then that many entries of class (high half) and float weight bits (low). */
    private final long[] entries;
    private final int mask;

    Perceptron(int classes, int[] featureKeys, int[] rowStart, short[] rowClass, float[] rowWeight) {
        this.classes = classes;
        int capacity = Integer.highestOneBit(Math.max(4, featureKeys.length * 2 - 1)) << 1;
        this.table = new long[capacity];
        this.mask = capacity - 1;
        this.entries = new long[featureKeys.length + rowClass.length];
        int used = 0;
        for (int r = 0; r < featureKeys.length; r++) {
            int slot = slot(featureKeys[r]);
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = ((long) featureKeys[r] << 32) | (used + 1);
            entries[used++] = rowStart[r + 1] - rowStart[r];
            for (int j = rowStart[r]; j < rowStart[r + 1]; j++) {
                entries[used++] = ((long) rowClass[j] << 32) | (Float.floatToRawIntBits(rowWeight[j]) & 0xFFFFFFFFL);
            }
        }
    }

    int classes() {
        return classes;
    }

    /**
     * Adds the weights of the {@code count} first features to {@code scores} (not cleared). Key and
     * offset share one slot and a feature's entries lie together, so a feature costs about two cache
     * misses. Every feature's slot and entry count are read before any weight: those reads do not
     * depend on one another, so the processor overlaps their misses (the models are far larger than
     * the caches), where one loop over both would wait for each feature's entries in turn.
     */
    void score(int[] features, int count, float[] scores) {
        int[] start = new int[count];
        int[] end = new int[count];
        for (int i = 0; i < count; i++) {
            int key = features[i];
            int slot = slot(key);
            long e = table[slot];
            while (e != 0 && (int) (e >>> 32) != key) {
                slot = (slot + 1) & mask;
                e = table[slot];
            }
            if (e != 0) {
                int o = (int) e;
                start[i] = o;
                end[i] = o + (int) entries[o - 1];
            }
        }
        for (int i = 0; i < count; i++) {
            for (int j = start[i]; j < end[i]; j++) {
                long x = entries[j];
                scores[(int) (x >>> 32)] += Float.intBitsToFloat((int) x);
            }
        }
    }

    /** The highest-scoring class (the first of equals). */
    static int argmax(float[] scores) {
        int best = 0;
        for (int k = 1; k < scores.length; k++) {
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        return best;
    }

    private int slot(int key) {
        int h = key * 0x9E3779B1;
        return (h ^ (h >>> 16)) & mask;
    }

    /**
     * Writes the weights compactly: features sorted by key with the keys delta-coded as varints,
     * weights quantized to 16 bits against the largest one (a relative error below 1/32767).
     */
    void write(DataOutputStream out) throws IOException {
        int features = 0;
        for (long e : table) {
            features += e != 0 ? 1 : 0;
        }
        long[] used = new long[features];
        int k = 0;
        for (long e : table) {
            if (e != 0) {
                used[k++] = e;
            }
        }
        // unsigned order of the keys in the high half
        Arrays.sort(used);
        int firstNonNegative = 0;
        while (firstNonNegative < used.length && used[firstNonNegative] < 0) {
            firstNonNegative++;
        }
        long[] order = new long[features];
        System.arraycopy(used, firstNonNegative, order, 0, features - firstNonNegative);
        System.arraycopy(used, 0, order, features - firstNonNegative, firstNonNegative);
        float max = 0f;
        for (long e : order) {
            int o = (int) e - 1;
            for (int j = o + 1; j <= o + (int) entries[o]; j++) {
                max = Math.max(max, Math.abs(Float.intBitsToFloat((int) entries[j])));
            }
        }
        float scale = max == 0f ? 1f : max / Short.MAX_VALUE;
        out.writeInt(classes);
        out.writeInt(features);
        out.writeFloat(scale);
        long previous = 0;
        for (long e : order) {
            long key = e >>> 32;
            writeVarint(out, key - previous);
            previous = key;
            int o = (int) e - 1;
            out.writeByte((int) entries[o]);
            for (int j = o + 1; j <= o + (int) entries[o]; j++) {
                out.writeByte((int) (entries[j] >>> 32));
                out.writeShort(Math.round(Float.intBitsToFloat((int) entries[j]) / scale));
            }
        }
    }

    private static void writeVarint(DataOutputStream out, long v) throws IOException {
        while (v >= 0x80) {
            out.writeByte((int) (v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.writeByte((int) v);
    }

    private static long readVarint(DataInputStream in) throws IOException {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            v |= (long) (b & 0x7F) << shift;
            if (b < 0x80) {
                return v;
            }
            if (shift > 35) {
                throw new IOException("malformed feature key");
            }
        }
    }

    static Perceptron read(DataInputStream in) throws IOException {
        int classes = in.readInt();
        if (classes > 255) {
            throw new IOException("perceptron with " + classes + " classes: at most 255");
        }
        int features = in.readInt();
        float scale = in.readFloat();
        int[] featureKeys = new int[features];
        int[] rowStart = new int[features + 1];
        short[] cls = new short[Math.max(16, features * 4)];
        float[] w = new float[cls.length];
        int used = 0;
        long key = 0;
        for (int r = 0; r < features; r++) {
            key += readVarint(in);
            featureKeys[r] = (int) key;
            int n = in.readUnsignedByte();
            if (used + n > cls.length) {
                cls = Arrays.copyOf(cls, (used + n) * 2);
                w = Arrays.copyOf(w, cls.length);
            }
            for (int j = 0; j < n; j++) {
                cls[used] = (short) in.readUnsignedByte();
                w[used++] = in.readShort() * scale;
            }
            rowStart[r + 1] = used;
        }
        return new Perceptron(classes, featureKeys, rowStart, Arrays.copyOf(cls, used), Arrays.copyOf(w, used));
    }

    /** A 32-bit key for a feature template and up to three values (collisions merge features, harmlessly rare). */
    static int key(int template, long a, long b, long c) {
        long h = (template + 1) * 0xD6E8FEB86659FD93L;
        h = (h ^ a) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 29) ^ b) * 0x94D049BB133111EBL;
        h = (h ^ (h >>> 32) ^ c) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 31;
        return (int) (h ^ (h >>> 32));
    }
}
