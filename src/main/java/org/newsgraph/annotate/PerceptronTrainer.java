package org.newsgraph.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains an averaged perceptron (Collins 2002) with lazy averaging: each weight remembers when it
 * last changed, so an update costs only the features involved.
 */
final class PerceptronTrainer {

    private static final class Row {
        short[] cls = new short[2];
        float[] weight = new float[2];
        float[] total = new float[2];
        int[] stamp = new int[2];
        int n;

        int find(int c) {
            for (int i = 0; i < n; i++) {
                if (cls[i] == c) {
                    return i;
                }
            }
            if (n == cls.length) {
                cls = java.util.Arrays.copyOf(cls, n * 2);
                weight = java.util.Arrays.copyOf(weight, n * 2);
                total = java.util.Arrays.copyOf(total, n * 2);
                stamp = java.util.Arrays.copyOf(stamp, n * 2);
            }
            cls[n] = (short) c;
            return n++;
        }
    }

    private final int classes;
    private final Map<Integer, Row> rows = new HashMap<>();
    private int clock;

    PerceptronTrainer(int classes) {
        if (classes > 255) {
            throw new IllegalArgumentException(classes + " classes: at most 255");
        }
        this.classes = classes;
    }

    void score(int[] features, int count, float[] scores) {
        for (int i = 0; i < count; i++) {
            Row row = rows.get(features[i]);
            if (row != null) {
                for (int j = 0; j < row.n; j++) {
                    scores[row.cls[j]] += row.weight[j];
                }
            }
        }
    }

    int size() {
        return rows.size();
    }

    /** One training example seen; call once per decision, whether or not it was right. */
    void tick() {
        clock++;
    }

    void update(int[] features, int count, int gold, int guess) {
        if (gold == guess) {
            return;
        }
        for (int i = 0; i < count; i++) {
            Row row = rows.computeIfAbsent(features[i], k -> new Row());
            change(row, row.find(gold), 1f);
            change(row, row.find(guess), -1f);
        }
    }

    private void change(Row row, int j, float delta) {
        row.total[j] += (clock - row.stamp[j]) * row.weight[j];
        row.stamp[j] = clock;
        row.weight[j] += delta;
    }

    /** The averaged weights, without the entries that average to (almost) zero. */
    Perceptron freeze(float minWeight) {
        List<Integer> keys = new ArrayList<>(rows.size());
        List<short[]> cl = new ArrayList<>();
        List<float[]> wt = new ArrayList<>();
        int entries = 0;
        for (Map.Entry<Integer, Row> e : rows.entrySet()) {
            Row row = e.getValue();
            short[] c = new short[row.n];
            float[] w = new float[row.n];
            int k = 0;
            for (int j = 0; j < row.n; j++) {
                float avg = (row.total[j] + (clock - row.stamp[j]) * row.weight[j]) / Math.max(1, clock);
                if (Math.abs(avg) >= minWeight) {
                    c[k] = row.cls[j];
                    w[k++] = avg;
                }
            }
            if (k > 0) {
                keys.add(e.getKey());
                cl.add(java.util.Arrays.copyOf(c, k));
                wt.add(java.util.Arrays.copyOf(w, k));
                entries += k;
            }
        }
        int[] featureKeys = new int[keys.size()];
        int[] rowStart = new int[keys.size() + 1];
        short[] cls = new short[entries];
        float[] weight = new float[entries];
        int used = 0;
        for (int r = 0; r < featureKeys.length; r++) {
            featureKeys[r] = keys.get(r);
            System.arraycopy(cl.get(r), 0, cls, used, cl.get(r).length);
            System.arraycopy(wt.get(r), 0, weight, used, wt.get(r).length);
            used += cl.get(r).length;
            rowStart[r + 1] = used;
        }
        return new Perceptron(classes, featureKeys, rowStart, cls, weight);
    }
}
