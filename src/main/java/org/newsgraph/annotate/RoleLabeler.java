package org.newsgraph.annotate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * PropBank semantic roles over a dependency parse: which words are predicates (verbs, event
 * nouns, adjectives), their roleset ({@code fall.01}), and the head word and role of each argument
 * (ARG0, ARG1, ARGM-TMP, ...). Two averaged perceptrons: one decides per word whether it is a
 * predicate, one labels every other word for each predicate (or leaves it out), with features of
 * the dependency path between them (Gildea and Jurafsky 2002; Johansson and Nugues 2008). The
 * roleset is the one most often annotated for the word form, else for its lemma. Thread-safe.
 */
public final class RoleLabeler {

    private static final int FEATURES = 24;
    private static final int NONE = 0;
    private static final int MAX_PATH = 8;

    private final String[] roles;
    private final Perceptron predicates;
    private final Perceptron arguments;
    private final Map<String, String> rolesetByForm;
    private final Map<String, String> rolesetByLemma;
    private final Map<String, String> lemmaByForm;

    private RoleLabeler(String[] roles, Perceptron predicates, Perceptron arguments, Map<String, String> rolesetByForm,
            Map<String, String> rolesetByLemma, Map<String, String> lemmaByForm) {
        this.roles = roles;
        this.predicates = predicates;
        this.arguments = arguments;
        this.rolesetByForm = rolesetByForm;
        this.rolesetByLemma = rolesetByLemma;
        this.lemmaByForm = lemmaByForm;
    }

    /** A parsed sentence as the role features read it: heads 0-based, -1 for the root. */
    record Tree(String[] lower, String[] upos, String[] xpos, int[] head, String[] deprel, List<List<Integer>> children) {

        static Tree of(String[] words, String[] upos, String[] xpos, int[] heads1, String[] deprel) {
            int n = words.length;
            String[] lower = new String[n];
            int[] head = new int[n];
            List<List<Integer>> children = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                lower[i] = words[i].toLowerCase(Locale.ROOT);
                head[i] = heads1[i] - 1;
                children.add(new ArrayList<>(2));
            }
            for (int i = 0; i < n; i++) {
                if (head[i] >= 0) {
                    children.get(head[i]).add(i);
                }
            }
            return new Tree(lower, upos, xpos, head, deprel, children);
        }

        int size() {
            return lower.length;
        }
    }

    /** The predicates of a tagged and parsed sentence, with their arguments. */
    public List<PropBank.Predicate> label(String[] words, PosTagger.Tags tags, DependencyParser.Parse parse) {
        Tree t = Tree.of(words, tags.upos(), tags.xpos(), parse.heads(), parse.relations());
        List<PropBank.Predicate> out = new ArrayList<>();
        int[] f = new int[FEATURES];
        float[] two = new float[2];
        float[] scores = new float[arguments.classes()];
        for (int p = 0; p < t.size(); p++) {
            Arrays.fill(two, 0f);
            predicates.score(f, predicateFeatures(t, p, f), two);
            if (two[1] <= two[0]) {
                continue;
            }
            String roleset = roleset(t, p);
            int sense = roleset.hashCode();
            List<PropBank.Argument> args = new ArrayList<>();
            for (int c = 0; c < t.size(); c++) {
                int n = argumentFeatures(t, p, c, sense, f);
                if (n == 0) {
                    continue;
                }
                Arrays.fill(scores, 0f);
                arguments.score(f, n, scores);
                int best = Perceptron.argmax(scores);
                if (best != NONE) {
                    args.add(new PropBank.Argument(c, roles[best]));
                }
            }
            out.add(new PropBank.Predicate(p, roleset, args));
        }
        return out;
    }

    private String roleset(Tree t, int p) {
        String form = t.lower()[p];
        String r = rolesetByForm.get(form + "/" + t.upos()[p]);
        if (r == null) {
            r = rolesetByForm.get(form);
        }
        if (r == null) {
            String lemma = lemmaByForm.getOrDefault(form, form);
            r = rolesetByLemma.getOrDefault(lemma, lemma + ".01");
        }
        return r;
    }

    private static int predicateFeatures(Tree t, int i, int[] f) {
        int k = 0;
        String w = t.lower()[i];
        String u = t.upos()[i];
        String rel = t.deprel()[i];
        int h = t.head()[i];
        StringBuilder kids = new StringBuilder();
        for (int c : t.children().get(i)) {
            kids.append(t.deprel()[c]).append(',');
        }
        f[k++] = Perceptron.key(0, 0, 0, 0);
        f[k++] = Perceptron.key(1, w.hashCode(), 0, 0);
        f[k++] = Perceptron.key(2, w.hashCode(), u.hashCode(), 0);
        f[k++] = Perceptron.key(3, u.hashCode(), t.xpos()[i].hashCode(), 0);
        f[k++] = Perceptron.key(4, rel.hashCode(), u.hashCode(), 0);
        f[k++] = Perceptron.key(5, w.hashCode(), rel.hashCode(), 0);
        f[k++] = Perceptron.key(6, suffix(w, 3), u.hashCode(), 0);
        f[k++] = Perceptron.key(7, h < 0 ? 1 : t.upos()[h].hashCode(), rel.hashCode(), u.hashCode());
        f[k++] = Perceptron.key(8, kids.toString().hashCode(), u.hashCode(), 0);
        f[k++] = Perceptron.key(9, i > 0 ? t.lower()[i - 1].hashCode() : 1, u.hashCode(), 0);
        f[k++] = Perceptron.key(10, i + 1 < t.size() ? t.lower()[i + 1].hashCode() : 1, u.hashCode(), 0);
        f[k++] = Perceptron.key(11, w.hashCode(), kids.toString().hashCode(), 0);
        f[k++] = Perceptron.key(12, suffix(w, 4), u.hashCode(), rel.hashCode());
        return k;
    }

    private static int suffix(String w, int n) {
        return w.length() <= n ? w.hashCode() : w.substring(w.length() - n).hashCode();
    }

    /** The path from candidate to predicate: relations going up to the common ancestor, then down. */
    private static String path(Tree t, int c, int p) {
        int[] upC = new int[MAX_PATH + 1];
        int nc = 0;
        for (int x = c; x >= 0 && nc <= MAX_PATH; x = t.head()[x]) {
            upC[nc++] = x;
        }
        int[] upP = new int[MAX_PATH + 1];
        int np = 0;
        for (int x = p; x >= 0 && np <= MAX_PATH; x = t.head()[x]) {
            upP[np++] = x;
        }
        for (int i = 0; i < nc; i++) {
            for (int j = 0; j < np; j++) {
                if (upC[i] == upP[j]) {
                    if (i + j > MAX_PATH) {
                        return null;
                    }
                    StringBuilder sb = new StringBuilder();
                    for (int a = 0; a < i; a++) {
                        sb.append(t.deprel()[upC[a]]).append('^');
                    }
                    for (int b = j - 1; b >= 0; b--) {
                        sb.append(t.deprel()[upP[b]]).append('v');
                    }
                    return sb.toString();
                }
            }
        }
        return null;
    }

    private static boolean passive(Tree t, int p) {
        for (int c : t.children().get(p)) {
            String r = t.deprel()[c];
            if (r.equals("aux:pass") || r.equals("nsubj:pass") || r.equals("csubj:pass")) {
                return true;
            }
        }
        return t.xpos()[p].equals("VBN") && (t.deprel()[p].startsWith("acl") || t.deprel()[p].equals("amod"));
    }

    /** The word a case or mark child adds ("by", "in", "that"), or empty. */
    private static String marker(Tree t, int c) {
        for (int k : t.children().get(c)) {
            String r = t.deprel()[k];
            if (r.equals("case") || r.equals("mark")) {
                return t.lower()[k];
            }
        }
        return "";
    }

    /** Features of a candidate argument, or 0 when the word cannot be one (itself, punctuation, too far). */
    private static int argumentFeatures(Tree t, int p, int c, int sense, int[] f) {
        if (c == p || t.upos()[c].equals("PUNCT")) {
            return 0;
        }
        String path = path(t, c, p);
        if (path == null) {
            return 0;
        }
        int k = 0;
        int ph = path.hashCode();
        int pw = t.lower()[p].hashCode();
        int cw = t.lower()[c].hashCode();
        int cr = t.deprel()[c].hashCode();
        int cu = t.upos()[c].hashCode();
        int pu = t.upos()[p].hashCode();
        int dir = c < p ? 1 : 2;
        int voice = passive(t, p) ? 1 : 2;
        int mark = marker(t, c).hashCode();
        int dist = Math.min(Math.abs(c - p), 8);
        boolean child = t.head()[c] == p;
        f[k++] = Perceptron.key(0, 0, 0, 0);
        f[k++] = Perceptron.key(1, ph, 0, 0);
        f[k++] = Perceptron.key(2, ph, pw, 0);
        f[k++] = Perceptron.key(3, cr, dir, voice);
        f[k++] = Perceptron.key(4, cw, 0, 0);
        f[k++] = Perceptron.key(5, cu, cr, 0);
        f[k++] = Perceptron.key(6, pw, cw, 0);
        f[k++] = Perceptron.key(7, mark, ph, 0);
        f[k++] = Perceptron.key(8, pu, ph, 0);
        f[k++] = Perceptron.key(9, dist, dir, child ? 1 : 0);
        f[k++] = Perceptron.key(10, cr, pw, dir);
        f[k++] = Perceptron.key(11, child ? 1 : 0, cr, voice);
        f[k++] = Perceptron.key(12, pw, mark, 0);
        f[k++] = Perceptron.key(13, cu, ph, voice);
        f[k++] = Perceptron.key(14, t.deprel()[p].hashCode(), ph, 0);
        f[k++] = Perceptron.key(15, cw, ph, 0);
        f[k++] = Perceptron.key(16, sense, ph, 0);
        f[k++] = Perceptron.key(17, sense, cr, dir);
        f[k++] = Perceptron.key(18, sense, mark, 0);
        f[k++] = Perceptron.key(19, ph, voice, dir);
        f[k++] = Perceptron.key(20, t.xpos()[c].hashCode(), cw, mark);
        f[k++] = Perceptron.key(21, pu, cr, mark);
        f[k++] = Perceptron.key(22, path.length() <= 12 ? ph : path.substring(0, path.indexOf('^') + 1).hashCode(), cu, 0);
        f[k++] = Perceptron.key(23, sense, cw, 0);
        return k;
    }

    void write(DataOutputStream out) throws IOException {
        SyntaxModel.writeStrings(out, Arrays.asList(roles));
        for (Map<String, String> m : List.of(rolesetByForm, rolesetByLemma, lemmaByForm)) {
            out.writeInt(m.size());
            for (Map.Entry<String, String> e : m.entrySet()) {
                out.writeUTF(e.getKey());
                out.writeUTF(e.getValue());
            }
        }
        predicates.write(out);
        arguments.write(out);
    }

    static RoleLabeler read(DataInputStream in) throws IOException {
        String[] roles = SyntaxModel.readStrings(in);
        List<Map<String, String>> maps = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            int n = in.readInt();
            Map<String, String> map = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) {
                map.put(in.readUTF(), in.readUTF());
            }
            maps.add(map);
        }
        return new RoleLabeler(roles, Perceptron.read(in), Perceptron.read(in), maps.get(0), maps.get(1), maps.get(2));
    }

    /** Trains on gold trees and gold predicates, visiting sentences in an order fixed by {@code seed}. */
    static RoleLabeler train(List<PropBank.Sentence> sentences, int iterations, long seed, PrintStream log) {
        Map<String, Map<String, Integer>> byForm = new HashMap<>();
        Map<String, Map<String, Integer>> byLemma = new HashMap<>();
        Map<String, Map<String, Integer>> lemmas = new HashMap<>();
        Map<String, Integer> roleIds = new LinkedHashMap<>();
        roleIds.put("_", NONE);
        List<Tree> trees = new ArrayList<>();
        for (PropBank.Sentence s : sentences) {
            List<Conllu.Word> w = s.tree().words();
            Tree t = Tree.of(s.tree().forms(), w.stream().map(Conllu.Word::upos).toArray(String[]::new),
                    w.stream().map(Conllu.Word::xpos).toArray(String[]::new),
                    w.stream().mapToInt(Conllu.Word::head).toArray(), w.stream().map(Conllu.Word::deprel).toArray(String[]::new));
            trees.add(t);
            for (int i = 0; i < w.size(); i++) {
                count(lemmas, t.lower()[i], w.get(i).lemma().toLowerCase(Locale.ROOT));
            }
            for (PropBank.Predicate p : s.predicates()) {
                String form = t.lower()[p.index()];
                count(byForm, form + "/" + t.upos()[p.index()], p.roleset());
                count(byForm, form, p.roleset());
                count(byLemma, p.roleset().substring(0, Math.max(0, p.roleset().lastIndexOf('.'))), p.roleset());
                for (PropBank.Argument a : p.arguments()) {
                    roleIds.computeIfAbsent(a.role(), k -> roleIds.size());
                }
            }
        }
        RoleLabeler shape = new RoleLabeler(roleIds.keySet().toArray(new String[0]), null, null, top(byForm),
                top(byLemma), top(lemmas));
        PerceptronTrainer predicateTrainer = new PerceptronTrainer(2);
        PerceptronTrainer argumentTrainer = new PerceptronTrainer(roleIds.size());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            order.add(i);
        }
        Random random = new Random(seed);
        int[] f = new int[FEATURES];
        float[] two = new float[2];
        float[] scores = new float[roleIds.size()];
        for (int it = 0; it < iterations; it++) {
            Collections.shuffle(order, random);
            long predRight = 0;
            long argRight = 0;
            long argGold = 0;
            long words = 0;
            for (int si : order) {
                Tree t = trees.get(si);
                Map<Integer, PropBank.Predicate> gold = new HashMap<>();
                for (PropBank.Predicate p : sentences.get(si).predicates()) {
                    gold.put(p.index(), p);
                }
                for (int p = 0; p < t.size(); p++) {
                    int n = predicateFeatures(t, p, f);
                    Arrays.fill(two, 0f);
                    predicateTrainer.score(f, n, two);
                    int guess = two[1] > two[0] ? 1 : 0;
                    int truth = gold.containsKey(p) ? 1 : 0;
                    predicateTrainer.tick();
                    predicateTrainer.update(f, n, truth, guess);
                    predRight += guess == truth ? 1 : 0;
                    words++;
                    PropBank.Predicate g = gold.get(p);
                    if (g == null) {
                        continue;
                    }
                    int[] role = new int[t.size()];
                    for (PropBank.Argument a : g.arguments()) {
                        role[a.head()] = roleIds.get(a.role());
                        argGold++;
                    }
                    int sense = shape.roleset(t, p).hashCode();
                    for (int c = 0; c < t.size(); c++) {
                        int m = argumentFeatures(t, p, c, sense, f);
                        if (m == 0) {
                            continue;
                        }
                        Arrays.fill(scores, 0f);
                        argumentTrainer.score(f, m, scores);
                        int best = Perceptron.argmax(scores);
                        argumentTrainer.tick();
                        argumentTrainer.update(f, m, role[c], best);
                        argRight += best == role[c] && best != NONE ? 1 : 0;
                    }
                }
            }
            log.printf(Locale.ROOT, "roles iteration %d: predicates %.2f%% right, arguments %.2f%% found while training%n",
                    it + 1, 100.0 * predRight / words, 100.0 * argRight / Math.max(1, argGold));
        }
        return new RoleLabeler(shape.roles, predicateTrainer.freeze(1e-3f), argumentTrainer.freeze(1e-3f),
                shape.rolesetByForm, shape.rolesetByLemma, shape.lemmaByForm);
    }

    private static void count(Map<String, Map<String, Integer>> m, String key, String value) {
        m.computeIfAbsent(key, k -> new HashMap<>()).merge(value, 1, Integer::sum);
    }

    /** The most frequent value per key; ties go to the alphabetically first, so training is deterministic. */
    private static Map<String, String> top(Map<String, Map<String, Integer>> m) {
        Map<String, String> out = new HashMap<>();
        java.util.Comparator<Map.Entry<String, Integer>> order = Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed());
        m.forEach((k, counts) -> out.put(k, counts.entrySet().stream().max(order).orElseThrow().getKey()));
        return out;
    }
}
