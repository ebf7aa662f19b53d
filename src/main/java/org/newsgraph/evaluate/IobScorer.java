package org.newsgraph.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Scores predicted IOB tags against gold ones, span by span: strict (same tokens and type, as
 * conlleval and seqeval count) and relaxed (overlapping tokens and the same type, each gold span
 * matched to the unmatched predicted span it overlaps most, as score_mentions.py matches). The
 * report is exactly what scripts/score_iob.py prints for the same two files.
 */
public final class IobScorer {

    private IobScorer() {
    }

    /** The report for gold and predicted tags (same length, corpus order). */
    public static String report(List<String> gold, List<String> predicted, boolean[] sentenceStarts) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold has " + gold.size() + " tokens, predictions " + predicted.size());
        }
        List<IobCorpus.Span> g = IobCorpus.spans(gold, sentenceStarts);
        List<IobCorpus.Span> p = IobCorpus.spans(predicted, sentenceStarts);
        TreeSet<String> types = new TreeSet<>();
        g.forEach(s -> types.add(s.type()));
        p.forEach(s -> types.add(s.type()));
        StringBuilder out = new StringBuilder();
        int[] strictAll = new int[3];
        for (boolean strict : new boolean[] {true, false}) {
            out.append("== ").append(strict ? "strict" : "relaxed").append('\n');
            int[] all = new int[3];
            for (String t : types) {
                List<IobCorpus.Span> gt = ofType(g, t);
                List<IobCorpus.Span> pt = ofType(p, t);
                int[] c = strict ? strictCounts(gt, pt) : relaxedCounts(gt, pt);
                for (int k = 0; k < 3; k++) {
                    all[k] += c[k];
                }
                out.append(line(t, c));
            }
            out.append(line("ALL", all));
            if (strict) {
                System.arraycopy(all, 0, strictAll, 0, 3);
            }
        }
        out.append(String.format(Locale.ROOT, "strict F1 %.3f%n", prf(strictAll)[2]));
        return out.toString();
    }

    private static List<IobCorpus.Span> ofType(List<IobCorpus.Span> spans, String type) {
        List<IobCorpus.Span> out = new ArrayList<>();
        for (IobCorpus.Span s : spans) {
            if (s.type().equals(type)) {
                out.add(s);
            }
        }
        return out;
    }

    private static int[] strictCounts(List<IobCorpus.Span> gold, List<IobCorpus.Span> predicted) {
        int tp = 0;
        for (IobCorpus.Span s : predicted) {
            if (gold.contains(s)) {
                tp++;
            }
        }
        return new int[] {tp, predicted.size() - tp, gold.size() - tp};
    }

    private static int[] relaxedCounts(List<IobCorpus.Span> gold, List<IobCorpus.Span> predicted) {
        boolean[] used = new boolean[predicted.size()];
        int tp = 0;
        for (IobCorpus.Span gs : gold) {
            int best = -1;
            int bestOverlap = 0;
            for (int j = 0; j < predicted.size(); j++) {
                IobCorpus.Span ps = predicted.get(j);
                int overlap = Math.min(ps.end(), gs.end()) - Math.max(ps.start(), gs.start());
                if (!used[j] && overlap > 0 && overlap > bestOverlap) {
                    best = j;
                    bestOverlap = overlap;
                }
            }
            if (best >= 0) {
                used[best] = true;
                tp++;
            }
        }
        return new int[] {tp, predicted.size() - tp, gold.size() - tp};
    }

    private static double[] prf(int[] c) {
        double p = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new double[] {p, r, f};
    }

    private static String line(String name, int[] c) {
        double[] x = prf(c);
        return String.format(Locale.ROOT, "%-13s P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)%n", name, x[0], x[1], x[2], c[0], c[1], c[2]);
    }
}
