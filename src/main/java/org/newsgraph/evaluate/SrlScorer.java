package org.newsgraph.evaluate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.annotate.PropBank;

/**
 * Predicate and argument precision, recall and F1 of semantic role labelling, dependency style
 * (CoNLL 2009): a predicate is its word, an argument its head word; labelled arguments need the
 * role too. The same table as {@code scripts/eval-srl/srl_eval.py} prints from the files
 * {@link #lines} writes.
 */
public final class SrlScorer {

    /** One sentence's predicates, gold or system, under the sentence's id. */
    public record Labelled(String sentence, List<PropBank.Predicate> predicates) {
    }

    /** The metrics and their table. */
    public record Report(List<MetricScore> scores) {

        public MetricScore get(String metric) {
            return MetricScore.find(scores, metric);
        }

        public String table() {
            return MetricScore.table(scores);
        }
    }

    private static final String[] METRICS = {"Predicates", "Rolesets", "Arguments labelled", "Arguments unlabelled"};

    /** The facts each metric counts, as the lines of the exchange format ({@code P} and {@code A} lines). */
    public static List<String> lines(List<Labelled> sentences) {
        List<String> out = new ArrayList<>();
        for (Labelled s : sentences) {
            for (PropBank.Predicate p : s.predicates()) {
                out.add("P\t" + s.sentence() + "\t" + p.index() + "\t" + p.roleset());
                for (PropBank.Argument a : p.arguments()) {
                    out.add("A\t" + s.sentence() + "\t" + p.index() + "\t" + a.head() + "\t" + a.role());
                }
            }
        }
        return out;
    }

    public Report score(List<Labelled> gold, List<Labelled> system) {
        List<Set<String>> g = facts(lines(gold));
        List<Set<String>> s = facts(lines(system));
        List<MetricScore> scores = new ArrayList<>();
        for (int m = 0; m < METRICS.length; m++) {
            Set<String> both = new HashSet<>(g.get(m));
            both.retainAll(s.get(m));
            scores.add(new MetricScore(METRICS[m], g.get(m).size(), s.get(m).size(), both.size(), null));
        }
        return new Report(scores);
    }

    private static List<Set<String>> facts(List<String> lines) {
        List<Set<String>> out = new ArrayList<>();
        for (int m = 0; m < METRICS.length; m++) {
            out.add(new HashSet<>());
        }
        for (String line : lines) {
            String[] c = line.split("\t");
            if (c[0].equals("P")) {
                out.get(0).add(c[1] + "\t" + c[2]);
                out.get(1).add(c[1] + "\t" + c[2] + "\t" + c[3]);
            } else {
                out.get(2).add(c[1] + "\t" + c[2] + "\t" + c[3] + "\t" + c[4]);
                out.get(3).add(c[1] + "\t" + c[2] + "\t" + c[3]);
            }
        }
        return out;
    }
}
