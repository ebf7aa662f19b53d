package org.newsgraph.annotate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A greedy left-to-right part-of-speech tagger with an averaged perceptron (Collins 2002;
 * features after Ratnaparkhi 1996): word, affixes, shape, neighbouring words and the two previous
 * tags. Each class is a pair of a Universal POS tag and a Penn Treebank tag. Thread-safe.
 */
public final class PosTagger {

    private static final int FEATURES = 26;
    private static final int NONE = 0x5bd1e995;

    private final String[] upos;
    private final String[] xpos;
    private final Perceptron model;

    private PosTagger(String[] upos, String[] xpos, Perceptron model) {
        this.upos = upos;
        this.xpos = xpos;
        this.model = model;
    }

    /** Universal and Penn Treebank tags of a sentence's words. */
    public record Tags(String[] upos, String[] xpos) {
    }

    public Tags tag(String[] words) {
        int[] classes = tagClasses(words);
        String[] u = new String[words.length];
        String[] x = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            u[i] = upos[classes[i]];
            x[i] = xpos[classes[i]];
        }
        return new Tags(u, x);
    }

    int[] tagClasses(String[] words) {
        Context c = new Context(words);
        int[] out = new int[words.length];
        int[] f = new int[FEATURES];
        float[] scores = new float[model.classes()];
        for (int i = 0; i < words.length; i++) {
            int n = c.features(i, out, f);
            java.util.Arrays.fill(scores, 0f);
            model.score(f, n, scores);
            out[i] = Perceptron.argmax(scores);
        }
        return out;
    }

    /** Per-sentence word hashes, computed once for all the features that use them. */
    private static final class Context {
        final int n;
        final int[] word;
        final int[] lower;
        final int[] shape;
        final int[] suf1;
        final int[] suf2;
        final int[] suf3;
        final int[] suf4;
        final int[] pre1;
        final int[] pre2;

        Context(String[] words) {
            n = words.length;
            word = new int[n];
            lower = new int[n];
            shape = new int[n];
            suf1 = new int[n];
            suf2 = new int[n];
            suf3 = new int[n];
            suf4 = new int[n];
            pre1 = new int[n];
            pre2 = new int[n];
            for (int i = 0; i < n; i++) {
                String w = words[i];
                String l = w.toLowerCase(Locale.ROOT);
                word[i] = w.hashCode();
                lower[i] = l.hashCode();
                shape[i] = shape(w);
                suf1[i] = suffix(l, 1);
                suf2[i] = suffix(l, 2);
                suf3[i] = suffix(l, 3);
                suf4[i] = suffix(l, 4);
                pre1[i] = w.isEmpty() ? NONE : w.codePointAt(0);
                pre2[i] = w.length() < 2 ? NONE : w.substring(0, 2).hashCode();
            }
        }

        int at(int[] values, int i) {
            return i < 0 ? NONE - 1 : i >= n ? NONE + 1 : values[i];
        }

        int features(int i, int[] tags, int[] f) {
            int t1 = i > 0 ? tags[i - 1] : -1;
            int t2 = i > 1 ? tags[i - 2] : -1;
            int k = 0;
            f[k++] = Perceptron.key(0, 0, 0, 0);
            f[k++] = Perceptron.key(1, lower[i], 0, 0);
            f[k++] = Perceptron.key(2, word[i], 0, 0);
            f[k++] = Perceptron.key(3, suf1[i], 0, 0);
            f[k++] = Perceptron.key(4, suf2[i], 0, 0);
            f[k++] = Perceptron.key(5, suf3[i], 0, 0);
            f[k++] = Perceptron.key(6, suf4[i], 0, 0);
            f[k++] = Perceptron.key(7, pre1[i], 0, 0);
            f[k++] = Perceptron.key(8, pre2[i], 0, 0);
            f[k++] = Perceptron.key(9, shape[i], 0, 0);
            f[k++] = Perceptron.key(10, shape[i], i == 0 ? 1 : 0, 0);
            f[k++] = Perceptron.key(11, t1, 0, 0);
            f[k++] = Perceptron.key(12, t1, t2, 0);
            f[k++] = Perceptron.key(13, t1, lower[i], 0);
            f[k++] = Perceptron.key(14, at(lower, i - 1), 0, 0);
            f[k++] = Perceptron.key(15, at(suf3, i - 1), 0, 0);
            f[k++] = Perceptron.key(16, at(lower, i - 2), 0, 0);
            f[k++] = Perceptron.key(17, at(lower, i + 1), 0, 0);
            f[k++] = Perceptron.key(18, at(suf3, i + 1), 0, 0);
            f[k++] = Perceptron.key(19, at(lower, i + 2), 0, 0);
            f[k++] = Perceptron.key(20, at(lower, i - 1), lower[i], 0);
            f[k++] = Perceptron.key(21, lower[i], at(lower, i + 1), 0);
            f[k++] = Perceptron.key(22, t1, at(lower, i + 1), 0);
            f[k++] = Perceptron.key(23, at(shape, i - 1), shape[i], at(shape, i + 1));
            f[k++] = Perceptron.key(24, t1, suf3[i], 0);
            f[k++] = Perceptron.key(25, at(lower, i + 1), at(lower, i + 2), 0);
            return k;
        }

        private static int suffix(String l, int len) {
            return l.length() <= len ? l.hashCode() ^ 0x3c6ef372 : l.substring(l.length() - len).hashCode();
        }

        /** "Airbus" Xx, "F-16" X-d, "1988" d: character classes with runs of more than two shortened. */
        private static int shape(String w) {
            int h = 17;
            char last = 0;
            int run = 0;
            for (int i = 0; i < w.length(); i++) {
                char ch = w.charAt(i);
                char cls = Character.isUpperCase(ch) ? 'X' : Character.isLowerCase(ch) ? 'x'
                        : Character.isDigit(ch) ? 'd' : ch;
                run = cls == last ? run + 1 : 1;
                last = cls;
                if (run <= 2) {
                    h = h * 31 + cls;
                }
            }
            return h;
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeInt(upos.length);
        for (int i = 0; i < upos.length; i++) {
            out.writeUTF(upos[i]);
            out.writeUTF(xpos[i]);
        }
        model.write(out);
    }

    static PosTagger read(DataInputStream in) throws IOException {
        int n = in.readInt();
        String[] u = new String[n];
        String[] x = new String[n];
        for (int i = 0; i < n; i++) {
            u[i] = in.readUTF();
            x[i] = in.readUTF();
        }
        return new PosTagger(u, x, Perceptron.read(in));
    }

    /** Trains a tagger on gold-tagged sentences, visiting them in an order fixed by {@code seed}. */
    static PosTagger train(List<Conllu.Sentence> sentences, int iterations, long seed, java.io.PrintStream log) {
        Map<String, Integer> classes = new LinkedHashMap<>();
        List<int[]> gold = new ArrayList<>();
        List<String[]> forms = new ArrayList<>();
        for (Conllu.Sentence s : sentences) {
            int[] g = new int[s.words().size()];
            for (int i = 0; i < g.length; i++) {
                Conllu.Word w = s.words().get(i);
                g[i] = classes.computeIfAbsent(w.upos() + "\t" + w.xpos(), k -> classes.size());
            }
            gold.add(g);
            forms.add(s.forms());
        }
        PerceptronTrainer trainer = new PerceptronTrainer(classes.size());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        int[] f = new int[FEATURES];
        float[] scores = new float[classes.size()];
        for (int it = 0; it < iterations; it++) {
            Collections.shuffle(order, random);
            int correct = 0;
            int total = 0;
            for (int s : order) {
                Context c = new Context(forms.get(s));
                int[] g = gold.get(s);
                int[] tags = new int[g.length];
                for (int i = 0; i < g.length; i++) {
                    int n = c.features(i, tags, f);
                    java.util.Arrays.fill(scores, 0f);
                    trainer.score(f, n, scores);
                    int guess = Perceptron.argmax(scores);
                    trainer.tick();
                    trainer.update(f, n, g[i], guess);
                    tags[i] = guess;
                    correct += guess == g[i] ? 1 : 0;
                    total++;
                }
            }
            log.printf(Locale.ROOT, "tagger iteration %d: %.2f%% right while training%n", it + 1, 100.0 * correct / total);
        }
        String[] u = new String[classes.size()];
        String[] x = new String[classes.size()];
        classes.forEach((k, v) -> {
            u[v] = k.substring(0, k.indexOf('\t'));
            x[v] = k.substring(k.indexOf('\t') + 1);
        });
        return new PosTagger(u, x, trainer.freeze(1e-4f));
    }
}
