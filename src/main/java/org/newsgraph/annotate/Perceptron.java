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
    private final int[] keys;
    private final int[] rows;
    private final int[] rowStart;
    private final short[] rowClass;
    private final float[] rowWeight;
    private final int mask;

    Perceptron(int classes, int[] featureKeys, int[] rowStart, short[] rowClass, float[] rowWeight) {
        this.classes = classes;
        this.rowStart = rowStart;
        this.rowClass = rowClass;
        this.rowWeight = rowWeight;
        int capacity = Integer.highestOneBit(Math.max(4, featureKeys.length * 2 - 1)) << 1;
        this.keys = new int[capacity];
        this.rows = new int[capacity];
        Arrays.fill(rows, -1);
        this.mask = capacity - 1;
        for (int r = 0; r < featureKeys.length; r++) {
            int slot = slot(featureKeys[r]);
            while (rows[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = featureKeys[r];
            rows[slot] = r;
        }
    }

    int classes() {
        return classes;
    }

    /** Adds the weights of the {@code count} first features to {@code scores} (not cleared). */
    void score(int[] features, int count, float[] scores) {
        for (int i = 0; i < count; i++) {
            int key = features[i];
            int slot = slot(key);
            int r;
            while ((r = rows[slot]) >= 0 && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            if (r >= 0) {
                for (int j = rowStart[r], end = rowStart[r + 1]; j < end; j++) {
                    scores[rowClass[j]] += rowWeight[j];
                }
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
        int features = rowStart.length - 1;
        int[] byRow = new int[features];
        for (int s = 0; s < rows.length; s++) {
            if (rows[s] >= 0) {
                byRow[rows[s]] = keys[s];
            }
        }
        Integer[] order = new Integer[features];
        for (int r = 0; r < features; r++) {
            order[r] = r;
        }
        Arrays.sort(order, (a, b) -> Integer.compareUnsigned(byRow[a], byRow[b]));
        float max = 0f;
        for (float w : rowWeight) {
            max = Math.max(max, Math.abs(w));
        }
        float scale = max == 0f ? 1f : max / Short.MAX_VALUE;
        out.writeInt(classes);
        out.writeInt(features);
        out.writeFloat(scale);
        long previous = 0;
        for (int r : order) {
            long key = Integer.toUnsignedLong(byRow[r]);
            writeVarint(out, key - previous);
            previous = key;
            out.writeByte(rowStart[r + 1] - rowStart[r]);
            for (int j = rowStart[r]; j < rowStart[r + 1]; j++) {
                out.writeByte(rowClass[j]);
                out.writeShort(Math.round(rowWeight[j] / scale));
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
