import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.newsgraph.extract.gazetteer.Gazetteer;
import org.newsgraph.extract.ner.FeatureTable;
import org.newsgraph.extract.ner.NerFeatures;
import org.newsgraph.extract.ner.NerModel;
import org.newsgraph.extract.ner.WordClusters;

/**
 * Trains newsgraph's entity tagger (scripts/train-ner/README.md): an averaged perceptron over
 * BIO labels with greedy decoding, on the corpora in ../shared/train, and builds the word
 * clusters it uses from the unlabelled Wikipedia text. Deterministic: fixed seed, sorted inputs.
 *
 * <pre>
 * java -cp target/newsgraph.jar scripts/train-ner/TrainNer.java clusters TRAIN_DIR OUT.tsv.gz
 * java -cp target/newsgraph.jar scripts/train-ner/TrainNer.java train TRAIN_DIR CLUSTERS OUT.bin.gz [--exclude ID,ID...]
 * </pre>
 */
public class TrainNer {

    /** Recorded in the model; bump on any change to this script that changes the model. */
    static final String VERSION = "2";
    /** The project's part-of-speech model (annotate.OpenNlpModels), so that training sees the tags inference sees. */
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    static final long SEED = 20261201L;
    static final int EPOCHS = 8;
    static final List<String> LABELS = List.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC",
            "B-EVT", "I-EVT", "B-MISC", "I-MISC");

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && args[0].equals("clusters")) {
            clusters(Path.of(args[1]), Path.of(args[2]));
        } else if (args.length >= 4 && args[0].equals("train")) {
            // --exclude ID,ID (repeatable): one more model, OUT.N.bin.gz, trained without those GUM documents
            List<Set<String>> folds = new ArrayList<>();
            folds.add(Set.of());
            for (int k = 4; k + 1 < args.length; k += 2) {
                if (args[k].equals("--exclude")) {
                    folds.add(new HashSet<>(Arrays.asList(args[k + 1].split(","))));
                }
            }
            train(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), folds);
        } else {
            System.err.println("usage: TrainNer clusters TRAIN_DIR OUT.tsv.gz | train TRAIN_DIR CLUSTERS OUT.bin.gz [--exclude ID,...]");
            System.exit(2);
        }
    }

    // ------------------------------------------------------------------------------ corpora

    /** A labelled sentence; {@code hasEvents}/{@code hasMisc}: whether its corpus labels those at all. */
    record Sent(String doc, String[] words, String[] labels, boolean gumStyle, boolean hasEvents, boolean hasMisc) {
    }

    static final Map<String, String> digests = new TreeMap<>();

    static List<String> lines(Path train, String rel) throws IOException {
        Path f = train.resolve(rel);
        byte[] bytes = Files.readAllBytes(f);
        digests.put("sha256:" + rel, sha256(bytes));
        return new String(bytes, StandardCharsets.UTF_8).lines().toList();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Column files: {@code col} holds the tag; IOB1 is turned into IOB2; {@code map} maps types (null drops). */
    static List<Sent> columns(Path train, String rel, String sep, int col, boolean misc, Map<String, String> map)
            throws IOException {
        List<Sent> out = new ArrayList<>();
        List<String> w = new ArrayList<>();
        List<String> t = new ArrayList<>();
        for (String line : lines(train, rel)) {
            if (line.startsWith("# ")) {
                continue;
            }
            if (line.isBlank() || line.startsWith("-DOCSTART-")) {
                if (!w.isEmpty()) {
                    out.add(new Sent(rel, w.toArray(String[]::new), t.toArray(String[]::new), false, false, misc));
                    w.clear();
                    t.clear();
                }
                continue;
            }
            String[] f = line.split(sep);
            String word = f[col == 2 ? 1 : 0];
            String tag = f.length > col ? f[col] : "O";
            w.add(word);
            t.add(tag);
        }
        if (!w.isEmpty()) {
            out.add(new Sent(rel, w.toArray(String[]::new), t.toArray(String[]::new), false, false, misc));
        }
        for (Sent s : out) {
            String prevType = null;
            for (int i = 0; i < s.labels.length; i++) {
                String tag = s.labels[i];
                String type = tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-")) ? map.get(tag.substring(2)) : null;
                if (type == null) {
                    s.labels[i] = "O";
                } else if (tag.startsWith("I-") && type.equals(prevType)) {
                    s.labels[i] = "I-" + type;
                } else {
                    s.labels[i] = "B-" + type;
                }
                prevType = type;
            }
        }
        return out;
    }

    static final Pattern ENTITY = Pattern.compile("\\(([^()|]+)\\)?|(\\d+)\\)");
    static final Map<String, String> GUM_TYPES = Map.of("person", "PER", "organization", "ORG", "place", "LOC",
            "event", "EVT", "object", "MISC", "abstract", "MISC", "substance", "MISC", "animal", "MISC", "plant", "MISC");

    /**
     * A GUM document: its named mentions (head a proper noun) of the mapped types, without a
     * leading article or trailing possessive, outermost first where they nest.
     */
    static List<Sent> gum(Path train, String rel, String id) throws IOException {
        List<String> forms = new ArrayList<>();
        List<String> upos = new ArrayList<>();
        List<Integer> heads = new ArrayList<>();
        List<Integer> sentStart = new ArrayList<>();
        List<int[]> spans = new ArrayList<>(); // start, end (inclusive), type index
        List<String> spanType = new ArrayList<>();
        Map<String, Integer> openStart = new HashMap<>();
        Map<String, String> openType = new HashMap<>();
        Map<String, List<String>> stack = new HashMap<>();
        int base = 0;
        for (String line : lines(train, rel)) {
            if (line.isBlank()) {
                base = forms.size();
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].contains("-") || f[0].contains(".")) {
                continue;
            }
            if (f[0].equals("1")) {
                sentStart.add(forms.size());
                base = forms.size();
            }
            int index = forms.size();
            forms.add(f[1]);
            upos.add(f[3]);
            int head = Integer.parseInt(f[6]);
            heads.add(head == 0 ? -1 : base + head - 1);
            for (String misc : f[9].split("\\|")) {
                if (!misc.startsWith("Entity=")) {
                    continue;
                }
                Matcher m = ENTITY.matcher(misc.substring(7));
                while (m.find()) {
                    if (m.group(1) != null) {
                        String[] parts = m.group(1).split("-");
                        String entity = parts[0];
                        String type = parts.length > 1 ? parts[1] : "";
                        if (m.group(0).endsWith(")")) {
                            spans.add(new int[] {index, index});
                            spanType.add(type);
                        } else {
                            stack.computeIfAbsent(entity, k -> new ArrayList<>()).add(index + "\t" + type);
                        }
                    } else {
                        List<String> open = stack.get(m.group(2));
                        if (open == null || open.isEmpty()) {
                            throw new IllegalArgumentException(rel + ": closing an entity never opened at token " + index);
                        }
                        String[] o = open.remove(open.size() - 1).split("\t");
                        spans.add(new int[] {Integer.parseInt(o[0]), index});
                        spanType.add(o[1]);
                    }
                }
            }
        }
        int n = forms.size();
        String[] labels = new String[n];
        Arrays.fill(labels, "O");
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            order.add(k);
        }
        order.sort((a, b) -> {
            int la = spans.get(a)[1] - spans.get(a)[0];
            int lb = spans.get(b)[1] - spans.get(b)[0];
            return la != lb ? Integer.compare(lb, la) : Integer.compare(spans.get(a)[0], spans.get(b)[0]);
        });
        for (int k : order) {
            String type = GUM_TYPES.get(spanType.get(k));
            int s = spans.get(k)[0];
            int e = spans.get(k)[1];
            if (type == null || !named(s, e, upos, heads)) {
                continue;
            }
            while (s < e && upos.get(s).equals("DET")) {
                s++;
            }
            while (e > s && (forms.get(e).equals("'s") || forms.get(e).equals("’s") || forms.get(e).equals("'"))) {
                e--;
            }
            boolean free = true;
            for (int i = s; i <= e; i++) {
                free &= labels[i].equals("O");
            }
            if (free) {
                for (int i = s; i <= e; i++) {
                    labels[i] = (i == s ? "B-" : "I-") + type;
                }
            }
        }
        List<Sent> out = new ArrayList<>();
        sentStart.add(n);
        for (int k = 0; k + 1 < sentStart.size(); k++) {
            int a = sentStart.get(k);
            int b = sentStart.get(k + 1);
            out.add(new Sent(id, forms.subList(a, b).toArray(String[]::new), Arrays.copyOfRange(labels, a, b), true, true, true));
        }
        return out;
    }

    /** Whether the span's head (its token whose head lies outside it) is a proper noun. */
    static boolean named(int s, int e, List<String> upos, List<Integer> heads) {
        for (int i = s; i <= e; i++) {
            int h = heads.get(i);
            if (h < s || h > e) {
                return upos.get(i).equals("PROPN");
            }
        }
        return false;
    }

    static List<Sent> corpora(Path train) throws IOException {
        List<Sent> all = new ArrayList<>();
        List<String> gumDocs;
        try (Stream<Path> s = Files.list(train.resolve("gum/conllu"))) {
            gumDocs = s.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".conllu")).sorted().toList();
        }
        for (String f : gumDocs) {
            String id = f.substring(0, f.length() - ".conllu".length());
            // GUM_news_* is the news dev set: never trained on
            if (!id.startsWith("GUM_news_")) {
                all.addAll(gum(train, "gum/conllu/" + f, id));
            }
        }
        Map<String, String> four = Map.of("PER", "PER", "ORG", "ORG", "LOC", "LOC", "MISC", "MISC");
        // UNER EWT's test file is a dev set: never trained on; OTH and the stray B-O are O (README)
        all.addAll(columns(train, "uner/en_ewt-ud-train.iob2", "\t", 2, false, four));
        all.addAll(columns(train, "uner/en_ewt-ud-dev.iob2", "\t", 2, false, four));
        all.addAll(columns(train, "uner/en_pud-ud-test.iob2", "\t", 2, false, four));
        all.addAll(columns(train, "wikigold/wikigold.conll.txt", " ", 1, true, four));
        for (String sec : List.of("a", "b", "e", "f", "g", "h")) {
            all.addAll(columns(train, "BTC/" + sec + ".conll", "\t", 1, false, four));
        }
        Map<String, String> wnut = Map.of("person", "PER", "location", "LOC", "corporation", "ORG", "group", "ORG",
                "product", "MISC", "creative-work", "MISC");
        for (String f : List.of("WNUT17/wnut17train.conll", "WNUT17/emerging.dev.conll", "WNUT17/emerging.test.annotated")) {
            all.addAll(columns(train, f, "\t", 1, true, wnut));
        }
        return all;
    }

    // ------------------------------------------------------------------------------ training

    static void train(Path train, Path clustersFile, Path out, List<Set<String>> folds) throws Exception {
        long t0 = System.nanoTime();
        List<Sent> data = corpora(train);
        byte[] clusterBytes = Files.readAllBytes(clustersFile);
        WordClusters clusters = WordClusters.read(new java.io.ByteArrayInputStream(clusterBytes), clustersFile.toString());
        NerFeatures features = new NerFeatures(Gazetteer.load(), clusters);
        long tokens = data.stream().mapToLong(s -> s.words.length).sum();
        System.err.printf("%d sentences, %d tokens read in %.1f s%n", data.size(), tokens, (System.nanoTime() - t0) / 1e9);
        long[][][] obs = new long[data.size()][][];
        POSTaggerME tagger;
        try (java.io.InputStream in = TrainNer.class.getClassLoader().getResourceAsStream(POS_MODEL)) {
            tagger = new POSTaggerME(new POSModel(in));
        }
        for (int k = 0; k < data.size(); k++) {
            obs[k] = features.observe(data.get(k).words, tagger.tag(data.get(k).words), data.get(k).gumStyle);
        }
        System.err.printf("features in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        for (int f = 0; f < folds.size(); f++) {
            String name = out.getFileName().toString();
            Path target = f == 0 ? out : out.resolveSibling(name.replace(".bin.gz", "") + "." + f + ".bin.gz");
            trainOne(data, obs, folds.get(f), clusterBytes, target, t0);
        }
    }

    static void trainOne(List<Sent> data, long[][][] obs, Set<String> exclude, byte[] clusterBytes, Path out, long t0)
            throws IOException {
        int n = LABELS.size();
        FeatureTable table = new FeatureTable(1 << 20);
        float[][] wu = {new float[n << 20], new float[n << 20]};
        NerModel shape = new NerModel(LABELS, Map.of(), new FeatureTable(1), new float[0]);
        Map<String, Integer> idx = new HashMap<>();
        for (int k = 0; k < n; k++) {
            idx.put(LABELS.get(k), k);
        }
        List<Integer> kept0 = new ArrayList<>();
        for (int k = 0; k < data.size(); k++) {
            if (!exclude.contains(data.get(k).doc)) {
                kept0.add(k);
            }
        }
        Integer[] order = kept0.toArray(Integer[]::new);
        Random random = new Random(SEED);
        long c = 1;
        float[] scores = new float[n];
        for (int epoch = 1; epoch <= EPOCHS; epoch++) {
            Collections.shuffle(Arrays.asList(order), random);
            int errors = 0;
            for (int si : order) {
                Sent s = data.get(si);
                int[] hist = new int[s.words.length];
                for (int i = 0; i < s.words.length; i++) {
                    String p2 = i > 1 ? LABELS.get(hist[i - 2]) : null;
                    String p1 = i > 0 ? LABELS.get(hist[i - 1]) : null;
                    long[] h = NerFeatures.history(p2, p1, s.words[i], NerFeatures.shape(s.words[i]), s.gumStyle);
                    Arrays.fill(scores, 0f);
                    addScores(table, wu[0], obs[si][i], scores, n);
                    addScores(table, wu[0], h, scores, n);
                    int prev = i > 0 ? hist[i - 1] : -1;
                    int pred = shape.best(scores, prev);
                    int gold = idx.get(s.labels[i]);
                    if (!shape.allowed(prev, gold)) {
                        gold = idx.get("B-" + s.labels[i].substring(2));
                    }
                    if (pred != gold && !unknowable(s, gold, LABELS.get(pred))) {
                        errors++;
                        wu = update(table, wu, obs[si][i], gold, pred, c, n);
                        wu = update(table, wu, h, gold, pred, c, n);
                        hist[i] = gold;
                    } else {
                        hist[i] = pred;
                    }
                    c++;
                }
            }
            System.err.printf("epoch %d: %d errors, %d features, %.1f s%n", epoch, errors, table.size(), (System.nanoTime() - t0) / 1e9);
        }
        // averaged weights; rows whose weights are all tiny are dropped
        FeatureTable kept = new FeatureTable(table.size());
        long[] keys = table.keys();
        float[] avg = new float[keys.length * n];
        int rows = 0;
        for (int r = 0; r < keys.length; r++) {
            float max = 0f;
            for (int k = 0; k < n; k++) {
                float a = wu[0][r * n + k] - wu[1][r * n + k] / c;
                avg[rows * n + k] = a;
                max = Math.max(max, Math.abs(a));
            }
            if (max >= 0.01f) {
                kept.add(keys[r]);
                rows++;
            }
        }
        Map<String, String> provenance = new LinkedHashMap<>();
        provenance.put("script", "scripts/train-ner/TrainNer.java " + VERSION);
        provenance.put("epochs", Integer.toString(EPOCHS));
        provenance.put("seed", Long.toString(SEED));
        provenance.put("excluded", String.join(",", new java.util.TreeSet<>(exclude)));
        provenance.putAll(digests);
        provenance.put("sha256:clusters", sha256(clusterBytes));
        NerModel model = new NerModel(LABELS, provenance, kept, Arrays.copyOf(avg, rows * n));
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.err.printf("%d of %d feature rows kept, %s: %d bytes, %.1f s%n", rows, keys.length, out, Files.size(out),
                (System.nanoTime() - t0) / 1e9);
    }

    /**
     * A corpus that labels no events (or no other names) gives no evidence against a predicted
     * event (or other name) where it says O.
     */
    static boolean unknowable(Sent s, int gold, String pred) {
        if (gold != 0) {
            return false;
        }
        return !s.hasEvents && pred.endsWith("-EVT") || !s.hasMisc && pred.endsWith("-MISC");
    }

    static void addScores(FeatureTable table, float[] w, long[] features, float[] scores, int n) {
        for (long f : features) {
            int row = table.get(f);
            if (row >= 0) {
                for (int k = 0; k < n; k++) {
                    scores[k] += w[row * n + k];
                }
            }
        }
    }

    /** The perceptron step, with the running sums for averaging (w - u/c at the end). */
    static float[][] update(FeatureTable table, float[][] wu, long[] features, int gold, int pred, long c, int n) {
        for (long f : features) {
            int row = table.add(f);
            if ((row + 1) * n > wu[0].length) {
                wu = new float[][] {Arrays.copyOf(wu[0], wu[0].length * 2), Arrays.copyOf(wu[1], wu[1].length * 2)};
            }
            wu[0][row * n + gold] += 1f;
            wu[1][row * n + gold] += c;
            wu[0][row * n + pred] -= 1f;
            wu[1][row * n + pred] -= c;
        }
        return wu;
    }

    // ------------------------------------------------------------------------------ clusters

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[.'’&-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");
    static final int VOCAB = 40_000;
    static final int CONTEXTS = 500;
    static final int DIMS = 100;
    static final int K = 300;

    /**
     * Word clusters from the Wikipedia text: each of the 40,000 commonest lower-cased words is
     * described by its left and right neighbours among the 500 commonest (positive PMI), projected
     * to 100 random dimensions, and the vectors are grouped by spherical k-means into 300 clusters.
     */
    static void clusters(Path train, Path out) throws Exception {
        Path wiki = train.resolve("wikipedia/wiki-text.txt.gz");
        digests.put("sha256:wikipedia/wiki-text.txt.gz", sha256(Files.readAllBytes(wiki)));
        Map<String, int[]> counts = new HashMap<>();
        List<int[]> docs = new ArrayList<>();
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(wiki), 1 << 16), StandardCharsets.UTF_8))) {
            List<Integer> cur = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("<doc") || line.startsWith("</doc")) {
                    continue;
                }
                Matcher m = WORD.matcher(line);
                cur.clear();
                while (m.find()) {
                    String w = m.group().toLowerCase(Locale.ROOT);
                    Integer id = ids.get(w);
                    if (id == null) {
                        id = words.size();
                        ids.put(w, id);
                        words.add(w);
                    }
                    cur.add(id);
                }
                if (!cur.isEmpty()) {
                    docs.add(cur.stream().mapToInt(Integer::intValue).toArray());
                }
            }
        }
        int[] freq = new int[words.size()];
        for (int[] d : docs) {
            for (int w : d) {
                freq[w]++;
            }
        }
        Integer[] byFreq = new Integer[words.size()];
        for (int k = 0; k < byFreq.length; k++) {
            byFreq[k] = k;
        }
        Arrays.sort(byFreq, (a, b) -> freq[a] != freq[b] ? Integer.compare(freq[b], freq[a]) : words.get(a).compareTo(words.get(b)));
        int v = Math.min(VOCAB, byFreq.length);
        int[] vocab = new int[words.size()];
        int[] ctx = new int[words.size()];
        Arrays.fill(vocab, -1);
        Arrays.fill(ctx, -1);
        for (int k = 0; k < v; k++) {
            vocab[byFreq[k]] = k;
        }
        for (int k = 0; k < CONTEXTS; k++) {
            ctx[byFreq[k]] = k;
        }
        float[] m = new float[v * 2 * CONTEXTS];
        for (int[] d : docs) {
            for (int i = 0; i < d.length; i++) {
                int w = vocab[d[i]];
                if (w < 0) {
                    continue;
                }
                if (i > 0 && ctx[d[i - 1]] >= 0) {
                    m[w * 2 * CONTEXTS + ctx[d[i - 1]]]++;
                }
                if (i + 1 < d.length && ctx[d[i + 1]] >= 0) {
                    m[w * 2 * CONTEXTS + CONTEXTS + ctx[d[i + 1]]]++;
                }
            }
        }
        docs = null;
        int cols = 2 * CONTEXTS;
        double total = 0;
        double[] colSum = new double[cols];
        double[] rowSum = new double[v];
        for (int w = 0; w < v; w++) {
            for (int j = 0; j < cols; j++) {
                float x = m[w * cols + j];
                rowSum[w] += x;
                colSum[j] += x;
                total += x;
            }
        }
        Random random = new Random(SEED);
        float[] proj = new float[cols * DIMS];
        for (int k = 0; k < proj.length; k++) {
            proj[k] = (float) random.nextGaussian();
        }
        float[] vec = new float[v * DIMS];
        for (int w = 0; w < v; w++) {
            for (int j = 0; j < cols; j++) {
                float x = m[w * cols + j];
                if (x == 0f) {
                    continue;
                }
                double pmi = Math.log(x * total / (rowSum[w] * colSum[j]));
                if (pmi <= 0) {
                    continue;
                }
                for (int d = 0; d < DIMS; d++) {
                    vec[w * DIMS + d] += (float) pmi * proj[j * DIMS + d];
                }
            }
            normalize(vec, w);
        }
        float[] centers = new float[K * DIMS];
        for (int k = 0; k < K; k++) {
            // seeds spread over the frequency ranks, deterministic
            System.arraycopy(vec, (int) ((long) k * v / K) * DIMS, centers, k * DIMS, DIMS);
        }
        int[] assign = new int[v];
        for (int iter = 0; iter < 15; iter++) {
            for (int w = 0; w < v; w++) {
                int best = 0;
                double bestDot = -2;
                for (int k = 0; k < K; k++) {
                    double dot = 0;
                    for (int d = 0; d < DIMS; d++) {
                        dot += vec[w * DIMS + d] * centers[k * DIMS + d];
                    }
                    if (dot > bestDot) {
                        bestDot = dot;
                        best = k;
                    }
                }
                assign[w] = best;
            }
            Arrays.fill(centers, 0f);
            for (int w = 0; w < v; w++) {
                for (int d = 0; d < DIMS; d++) {
                    centers[assign[w] * DIMS + d] += vec[w * DIMS + d];
                }
            }
            for (int k = 0; k < K; k++) {
                normalize(centers, k);
            }
        }
        try (Writer w = new java.io.OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(out)), StandardCharsets.UTF_8)) {
            for (int k = 0; k < v; k++) {
                w.write(words.get(byFreq[k]) + "\t" + assign[k] + "\n");
            }
        }
        System.err.printf("%d words in %d clusters: %s%n", v, K, out);
    }

    static void normalize(float[] a, int row) {
        double s = 0;
        for (int d = 0; d < DIMS; d++) {
            s += a[row * DIMS + d] * a[row * DIMS + d];
        }
        float inv = s == 0 ? 0f : (float) (1 / Math.sqrt(s));
        for (int d = 0; d < DIMS; d++) {
            a[row * DIMS + d] *= inv;
        }
    }
}
