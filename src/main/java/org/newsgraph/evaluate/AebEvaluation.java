package org.newsgraph.evaluate;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.newsgraph.export.Json;
import org.newsgraph.source.ArticleExtractor;
import org.newsgraph.source.SourceException;

/**
 * The Article Extraction Benchmark (Scrapinghub/Zyte): runs an extractor over the benchmark's
 * pages and scores the article bodies exactly as {@code score_aeb.py} does (itself a copy of the
 * benchmark's {@code evaluate.py}): token 4-gram shingles, per-document precision and recall,
 * macro-averaged, F1 of the two averages, and a seeded bootstrap for the "±" figures. The
 * figures must agree with the Python scorer to the last printed digit, so the tokenizer, the
 * summation and even the random number generator follow Python's.
 */
public final class AebEvaluation {

    /** Token n-gram size of the benchmark's shingles. */
    public static final int NGRAM = 4;

    private AebEvaluation() {
    }

    /**
     * The benchmark's figures. The {@code *Std} fields are NaN when no bootstrap was run.
     *
     * @param emptyPredictions documents whose prediction yields no shingle
     */
    public record Scores(double f1, double precision, double recall, double accuracy,
                         int documents, int emptyPredictions,
                         double f1Std, double precisionStd, double recallStd, double accuracyStd) {

        /** The two lines {@code score_aeb.py} prints (header and figures), newline-terminated. */
        public String table() {
            return String.format(Locale.ROOT, "%-14s %-14s %-14s %-14s n  empty%n%-14s %-14s %-14s %-14s %d %d%n",
                    "F1", "precision", "recall", "accuracy",
                    fmt(f1, f1Std), fmt(precision, precisionStd), fmt(recall, recallStd), fmt(accuracy, accuracyStd),
                    documents, emptyPredictions);
        }

        private static String fmt(double value, double std) {
            return Double.isNaN(std) ? round3(value) : round3(value) + " ± " + round3(std);
        }
    }

    /** Per-document counts, as {@code doc_counts} in the scorer. */
    record DocCounts(long tp, long truthShingles, long predShingles, boolean exact) {
    }

    // ---------------------------------------------------------------- reading and writing items

    /**
     * Items of a ground-truth or prediction file: id to article body, in file order. Accepts the
     * plain {@code {id: {"articleBody": text}}} object and the wrapped
     * {@code {"version": ..., "output": {...}}} form; a null or missing body is empty text.
     */
    public static Map<String, String> readItems(Path file) throws IOException {
        JsonObject json;
        try (InputStream in = Files.newInputStream(file)) {
            json = JSON.parse(in);
        } catch (JsonException e) {
            throw new IOException(file + ": not valid JSON: " + e.getMessage(), e);
        }
        if (json.keys().size() == 2 && json.hasKey("version") && json.hasKey("output") && json.get("output").isObject()) {
            json = json.get("output").getAsObject();
        }
        Map<String, String> items = new LinkedHashMap<>();
        for (String id : json.keys()) {
            items.put(id, body(json.get(id)));
        }
        return items;
    }

    private static String body(JsonValue value) {
        if (value != null && value.isObject()) {
            JsonValue b = value.getAsObject().get("articleBody");
            return b != null && b.isString() ? b.getAsString().value() : "";
        }
        return value != null && value.isString() ? value.getAsString().value() : "";
    }

    /** Writes predictions in the benchmark's wrapped output format, ids in the given order. */
    public static void writePredictions(Path file, Map<String, String> predictions, String version) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\n  \"version\": ");
            w.write(Json.quote(version));
            w.write(",\n  \"output\": {");
            boolean first = true;
            for (Map.Entry<String, String> e : predictions.entrySet()) {
                w.write(first ? "\n    " : ",\n    ");
                first = false;
                w.write(Json.quote(e.getKey()));
                w.write(": {\"articleBody\": ");
                w.write(Json.quote(e.getValue()));
                w.write('}');
            }
            w.write("\n  }\n}\n");
        }
    }

    // ---------------------------------------------------------------- running the extractor

    /** The page file of one benchmark item: {@code ID.html} or {@code ID.html.gz}. */
    public static Path pageFile(Path pagesDir, String id) {
        Path plain = pagesDir.resolve(id + ".html");
        return Files.exists(plain) ? plain : pagesDir.resolve(id + ".html.gz");
    }

    /** The page's bytes, gunzipped when the name ends in {@code .gz}. */
    public static byte[] readPage(Path page) throws IOException {
        try (InputStream in = Files.newInputStream(page)) {
            return page.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(in).readAllBytes() : in.readAllBytes();
        }
    }

    /**
     * Runs the extractor over the page of every id. A page that cannot be read or from which the
     * extractor finds no article is predicted as empty text (as the benchmark scores a failure);
     * its reason goes to {@code failures}.
     */
    public static Map<String, String> predict(Iterable<String> ids, Path pagesDir, ArticleExtractor extractor,
                                              List<String> failures) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : ids) {
            Path page = pageFile(pagesDir, id);
            String body = "";
            try {
                body = extractor.extract(page.toString(), readPage(page)).body();
            } catch (IOException e) {
                failures.add(page + ": cannot read: " + e.getMessage());
            } catch (SourceException e) {
                failures.add(e.getMessage());
            }
            out.put(id, body);
        }
        return out;
    }

    // ---------------------------------------------------------------- the metric

    /**
     * Scores predictions against the ground truth; ids absent from the predictions count as
     * empty text. {@code bootstrap} resamples (0 for none) with Python's {@code random.Random(seed)}.
     */
    public static Scores score(Map<String, String> truth, Map<String, String> predictions, int bootstrap, long seed) {
        List<DocCounts> rows = new ArrayList<>(truth.size());
        for (Map.Entry<String, String> e : truth.entrySet()) {
            rows.add(docCounts(e.getValue(), predictions.getOrDefault(e.getKey(), "")));
        }
        double[] main = aggregate(rows);
        int empty = (int) rows.stream().filter(r -> r.predShingles == 0).count();
        double[] std = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        if (bootstrap > 0 && !rows.isEmpty()) {
            PythonRandom rng = new PythonRandom(seed);
            int n = rows.size();
            double[][] samples = new double[4][bootstrap];
            List<DocCounts> sample = new ArrayList<>(n);
            for (int s = 0; s < bootstrap; s++) {
                sample.clear();
                for (int i = 0; i < n; i++) {
                    sample.add(rows.get(rng.randbelow(n)));
                }
                double[] m = aggregate(sample);
                for (int k = 0; k < 4; k++) {
                    samples[k][s] = m[k];
                }
            }
            for (int k = 0; k < 4; k++) {
                std[k] = std(samples[k]);
            }
        }
        return new Scores(main[0], main[1], main[2], main[3], rows.size(), empty, std[0], std[1], std[2], std[3]);
    }

    static DocCounts docCounts(String truthText, String predText) {
        List<String> tt = tokens(truthText);
        List<String> pt = tokens(predText);
        Map<String, Integer> ts = shingles(tt);
        Map<String, Integer> ps = shingles(pt);
        long tp = 0;
        for (Map.Entry<String, Integer> e : ps.entrySet()) {
            Integer t = ts.get(e.getKey());
            if (t != null) {
                tp += Math.min(t, e.getValue());
            }
        }
        long nTrue = ts.values().stream().mapToLong(Integer::longValue).sum();
        long nPred = ps.values().stream().mapToLong(Integer::longValue).sum();
        return new DocCounts(tp, nTrue, nPred, tt.equals(pt));
    }

    /** f1, precision, recall, accuracy; as {@code aggregate} in the scorer. */
    private static double[] aggregate(List<DocCounts> rows) {
        List<Double> precs = new ArrayList<>();
        List<Double> recs = new ArrayList<>();
        int exact = 0;
        for (DocCounts r : rows) {
            if (r.predShingles > 0) {
                precs.add((double) r.tp / r.predShingles);
            }
            if (r.truthShingles > 0) {
                recs.add((double) r.tp / r.truthShingles);
            }
            if (r.exact) {
                exact++;
            }
        }
        double p = precs.isEmpty() ? 0.0 : fsum(precs) / precs.size();
        double r = recs.isEmpty() ? 0.0 : fsum(recs) / recs.size();
        double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
        double acc = rows.isEmpty() ? 0.0 : (double) exact / rows.size();
        return new double[] {f1, p, r, acc};
    }

    private static double std(double[] values) {
        if (values.length < 2) {
            return 0.0;
        }
        List<Double> all = new ArrayList<>(values.length);
        for (double v : values) {
            all.add(v);
        }
        double m = fsum(all) / values.length;
        List<Double> sq = new ArrayList<>(values.length);
        for (double v : values) {
            sq.add((v - m) * (v - m));
        }
        return Math.sqrt(fsum(sq) / (values.length - 1));
    }

    /** Python's {@code math.fsum}: the correctly rounded sum, exact through BigDecimal. */
    private static double fsum(List<Double> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : values) {
            sum = sum.add(new BigDecimal(v));
        }
        return sum.doubleValue();
    }

    /**
     * Python's {@code re.findall(r"\w+", text)}: runs of characters that are {@code str.isalnum()}
     * (letters of categories L*, numbers of categories N*) or "_". Java's own {@code \w}, even
     * with UNICODE_CHARACTER_CLASS, also takes combining marks and joiners, so it would split
     * words differently.
     */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean word = isWord(cp);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    static boolean isWord(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /** Multiset of token 4-grams; 1..3 tokens make one shorter shingle, none make none. */
    static Map<String, Integer> shingles(List<String> toks) {
        Map<String, Integer> out = new HashMap<>();
        if (toks.isEmpty()) {
            return out;
        }
        if (toks.size() < NGRAM) {
            out.put(String.join(" ", toks), 1);
            return out;
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i + NGRAM <= toks.size(); i++) {
            key.setLength(0);
            for (int j = i; j < i + NGRAM; j++) {
                // tokens hold only word characters, so a space cannot make two shingles collide
                key.append(toks.get(j)).append(' ');
            }
            out.merge(key.toString(), 1, Integer::sum);
        }
        return out;
    }

    /** Python's {@code f"{x:.3f}"}: the exact binary value rounded half-even. */
    static String round3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /**
     * CPython's {@code random.Random(seed)} (MT19937 seeded by {@code init_by_array}) and its
     * {@code randrange(n)}, so that the bootstrap draws the same resamples as the scorer.
     */
    static final class PythonRandom {
        private static final int N = 624;
        private static final int M = 397;
        private final int[] mt = new int[N];
        private int mti = N + 1;

        PythonRandom(long seed) {
            long a = Math.abs(seed);
            int[] key;
            if (a == 0) {
                key = new int[] {0};
            } else {
                key = (a >>> 32) == 0 ? new int[] {(int) a} : new int[] {(int) a, (int) (a >>> 32)};
            }
            initByArray(key);
        }

        private void initGenrand(int s) {
            mt[0] = s;
            for (mti = 1; mti < N; mti++) {
                mt[mti] = 1812433253 * (mt[mti - 1] ^ (mt[mti - 1] >>> 30)) + mti;
            }
        }

        private void initByArray(int[] key) {
            initGenrand(19650218);
            int i = 1;
            int j = 0;
            for (int k = Math.max(N, key.length); k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
                i++;
                j++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
                if (j >= key.length) {
                    j = 0;
                }
            }
            for (int k = N - 1; k > 0; k--) {
                mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
                i++;
                if (i >= N) {
                    mt[0] = mt[N - 1];
                    i = 1;
                }
            }
            mt[0] = 0x80000000;
        }

        private int next32() {
            int y;
            if (mti >= N) {
                int kk;
                for (kk = 0; kk < N - M; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + M] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                for (; kk < N - 1; kk++) {
                    y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
                    mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                }
                y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
                mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ ((y & 1) != 0 ? 0x9908b0df : 0);
                mti = 0;
            }
            y = mt[mti++];
            y ^= y >>> 11;
            y ^= (y << 7) & 0x9d2c5680;
            y ^= (y << 15) & 0xefc60000;
            y ^= y >>> 18;
            return y;
        }

        /** {@code randrange(n)} for 0 < n < 2^31: rejection sampling on bit_length(n) bits. */
        int randbelow(int n) {
            int k = 32 - Integer.numberOfLeadingZeros(n);
            int r;
            do {
                r = next32() >>> (32 - k);
            } while (r >= n);
            return r;
        }
    }

    /** Convenience for callers that only hold paths: reads, predicts, scores. */
    public static Scores evaluate(Path gold, Path pagesDir, ArticleExtractor extractor, Path predictionsOut,
                                  String version, List<String> failures) throws IOException {
        Map<String, String> truth = readItems(gold);
        Map<String, String> predictions = predict(truth.keySet(), pagesDir, extractor, failures);
        if (predictionsOut != null) {
            writePredictions(predictionsOut, predictions, version);
        }
        return score(truth, predictions, 1000, 0);
    }
}
