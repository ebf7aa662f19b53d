package org.newsgraph.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores system mentions against gold exactly as {@code shared/eval/score_mentions.py} does:
 * strict (same span and type) and relaxed (overlap and type, one-to-one, largest overlap first)
 * precision/recall/F1 per type, an untyped relaxed diagnostic, and B-cubed over relaxed matches.
 * A system mention overlapping a gold mention of the same type that is not named is ignored.
 */
public final class MentionScorer {

    public static final List<String> TYPES = List.of("person", "organization", "place", "event");

    /** True positives, false positives and false negatives. */
    public record Counts(int tp, int fp, int fn) {
        public double precision() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Counts plus(Counts o) {
            return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
        }
    }

    /** All figures of one scoring. */
    public record Score(Map<String, Counts> strict, Map<String, Counts> relaxed, Counts untyped,
                        int b3Matches, double b3Precision, double b3Recall) {

        public Counts strictAll() {
            return strict.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        }

        public Counts relaxedAll() {
            return relaxed.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
        }

        public double b3F1() {
            return b3Precision + b3Recall == 0 ? 0 : 2 * b3Precision * b3Recall / (b3Precision + b3Recall);
        }

        /** The report, line for line as the Python scorer prints it. */
        public String report() {
            StringBuilder b = new StringBuilder();
            for (var table : List.of(Map.entry("strict", strict), Map.entry("relaxed", relaxed))) {
                b.append("== ").append(table.getKey()).append('\n');
                for (String t : TYPES) {
                    b.append(line(t, table.getValue().get(t))).append('\n');
                }
                b.append(line("ALL", table.getValue().values().stream().reduce(new Counts(0, 0, 0), Counts::plus))).append('\n');
            }
            b.append(line("untyped", untyped).replace("untyped      ", "== untyped relaxed")).append('\n');
            if (b3Matches > 0) {
                b.append(String.format(Locale.ROOT, "== entity clustering (B3 over %d relaxed matches) P=%.3f R=%.3f F1=%.3f%n",
                        b3Matches, b3Precision, b3Recall, b3F1()));
            }
            b.append(String.format(Locale.ROOT, "strict F1 %.3f%n", strictAll().f1()));
            return b.toString();
        }

        private static String line(String name, Counts c) {
            return String.format(Locale.ROOT, "%-13s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)",
                    name, c.precision(), c.recall(), c.f1(), c.tp, c.fp, c.fn);
        }
    }

    private record Key(int start, int end, String type) {
    }

    public Score score(List<GoldDocument> gold, List<SystemMention> system) {
        Map<String, List<SystemMention>> byDoc = new LinkedHashMap<>();
        for (SystemMention m : system) {
            if (TYPES.contains(m.type())) {
                byDoc.computeIfAbsent(m.doc(), d -> new ArrayList<>()).add(m);
            }
        }
        Map<String, int[]> strict = counters();
        Map<String, int[]> relaxed = counters();
        int[] untyped = new int[3];
        List<String[]> pairs = new ArrayList<>();
        for (GoldDocument doc : gold) {
            List<Key> ignore = new ArrayList<>();
            List<GoldDocument.GoldMention> gms = new ArrayList<>();
            Set<Key> seenGold = new HashSet<>();
            for (GoldDocument.GoldMention m : doc.mentions()) {
                if (!TYPES.contains(m.type())) {
                    continue;
                }
                if (!m.named()) {
                    ignore.add(new Key(m.start(), m.end(), m.type()));
                } else if (seenGold.add(new Key(m.start(), m.end(), m.type()))) {
                    gms.add(m);
                }
            }
            List<SystemMention> sms = new ArrayList<>();
            Set<Key> seen = new HashSet<>();
            for (SystemMention m : byDoc.getOrDefault(doc.id(), List.of())) {
                if (seen.add(new Key(m.start(), m.end(), m.type()))) {
                    sms.add(m);
                }
            }
            Set<Key> gk = new HashSet<>();
            gms.forEach(m -> gk.add(new Key(m.start(), m.end(), m.type())));
            Set<Key> sk = new HashSet<>();
            for (SystemMention m : sms) {
                Key k = new Key(m.start(), m.end(), m.type());
                if (gk.contains(k) || !ignorable(ignore, m)) {
                    sk.add(k);
                }
            }
            for (String t : TYPES) {
                int tp = 0;
                int fp = 0;
                int fn = 0;
                for (Key k : sk) {
                    if (k.type().equals(t)) {
                        if (gk.contains(k)) {
                            tp++;
                        } else {
                            fp++;
                        }
                    }
                }
                for (Key k : gk) {
                    if (k.type().equals(t) && !sk.contains(k)) {
                        fn++;
                    }
                }
                add(strict.get(t), tp, fp, fn);
            }
            for (String t : TYPES) {
                List<GoldDocument.GoldMention> gl = new ArrayList<>(gms.stream().filter(m -> m.type().equals(t)).toList());
                List<SystemMention> sl = sms.stream().filter(m -> m.type().equals(t)).toList();
                gl.sort((a, b) -> Integer.compare(a.start(), b.start()));
                Set<Integer> matched = new HashSet<>();
                for (GoldDocument.GoldMention gm : gl) {
                    int bestOverlap = -1;
                    int best = -1;
                    for (int j = 0; j < sl.size(); j++) {
                        SystemMention sm = sl.get(j);
                        if (!matched.contains(j) && sm.start() < gm.end() && gm.start() < sm.end()) {
                            int ov = Math.min(sm.end(), gm.end()) - Math.max(sm.start(), gm.start());
                            if (best < 0 || ov > bestOverlap) {
                                bestOverlap = ov;
                                best = j;
                            }
                        }
                    }
                    if (best >= 0) {
                        matched.add(best);
                        relaxed.get(t)[0]++;
                        pairs.add(new String[]{doc.id(), gm.entity(), String.valueOf(sl.get(best).entity())});
                    } else {
                        relaxed.get(t)[2]++;
                    }
                }
                for (int j = 0; j < sl.size(); j++) {
                    if (!matched.contains(j) && !ignorable(ignore, sl.get(j))) {
                        relaxed.get(t)[1]++;
                    }
                }
            }
            untyped(doc, gms, ignore, byDoc.getOrDefault(doc.id(), List.of()), untyped);
        }
        double[] b3 = bcubed(pairs);
        return new Score(freeze(strict), freeze(relaxed), new Counts(untyped[0], untyped[1], untyped[2]),
                (int) b3[2], b3[0], b3[1]);
    }

    /** Overlap regardless of type: how much of the error is type confusion. */
    private static void untyped(GoldDocument doc, List<GoldDocument.GoldMention> gms, List<Key> ignore,
                                List<SystemMention> system, int[] c) {
        Map<List<Integer>, SystemMention> bySpan = new LinkedHashMap<>();
        for (SystemMention m : system) {
            bySpan.put(List.of(m.start(), m.end()), m);
        }
        List<SystemMention> sl = new ArrayList<>(bySpan.values());
        Set<Integer> used = new HashSet<>();
        for (GoldDocument.GoldMention gm : gms) {
            int hit = -1;
            for (int j = 0; j < sl.size() && hit < 0; j++) {
                if (!used.contains(j) && sl.get(j).start() < gm.end() && gm.start() < sl.get(j).end()) {
                    hit = j;
                }
            }
            if (hit < 0) {
                c[2]++;
            } else {
                used.add(hit);
                c[0]++;
            }
        }
        for (int j = 0; j < sl.size(); j++) {
            SystemMention sm = sl.get(j);
            if (!used.contains(j) && ignore.stream().noneMatch(k -> sm.start() < k.end() && k.start() < sm.end())) {
                c[1]++;
            }
        }
    }

    private static double[] bcubed(List<String[]> pairs) {
        Map<String, List<String[]>> byDoc = new LinkedHashMap<>();
        pairs.forEach(p -> byDoc.computeIfAbsent(p[0], d -> new ArrayList<>()).add(p));
        double bp = 0;
        double br = 0;
        int n = 0;
        for (List<String[]> items : byDoc.values()) {
            for (int i = 0; i < items.size(); i++) {
                String ge = items.get(i)[1];
                String se = items.get(i)[2];
                Set<Integer> gc = new LinkedHashSet<>();
                Set<Integer> sc = new LinkedHashSet<>();
                for (int j = 0; j < items.size(); j++) {
                    if (items.get(j)[1].equals(ge)) {
                        gc.add(j);
                    }
                    if (items.get(j)[2].equals(se) && !"None".equals(se)) {
                        sc.add(j);
                    }
                }
                if (sc.isEmpty()) {
                    sc.add(i);
                }
                Set<Integer> inter = new HashSet<>(gc);
                inter.retainAll(sc);
                bp += (double) inter.size() / sc.size();
                br += (double) inter.size() / gc.size();
                n++;
            }
        }
        return n == 0 ? new double[]{0, 0, 0} : new double[]{bp / n, br / n, n};
    }

    private static boolean ignorable(List<Key> ignore, SystemMention m) {
        return ignore.stream().anyMatch(k -> k.type().equals(m.type()) && m.start() < k.end() && k.start() < m.end());
    }

    private static Map<String, int[]> counters() {
        Map<String, int[]> out = new LinkedHashMap<>();
        TYPES.forEach(t -> out.put(t, new int[3]));
        return out;
    }

    private static void add(int[] c, int tp, int fp, int fn) {
        c[0] += tp;
        c[1] += fp;
        c[2] += fn;
    }

    private static Map<String, Counts> freeze(Map<String, int[]> m) {
        Map<String, Counts> out = new LinkedHashMap<>();
        m.forEach((t, c) -> out.put(t, new Counts(c[0], c[1], c[2])));
        return out;
    }
}
