package org.newsgraph.evaluate;

import java.util.List;
import java.util.Locale;

/**
 * One metric's counts: gold, system and correct, and for a score over aligned words the aligned
 * total (null otherwise).
 */
public record MetricScore(String metric, long gold, long system, long correct, Long aligned) {

    /** The metrics as the reference scorers print them: counts, then precision, recall and F1 in percent. */
    static String table(List<MetricScore> scores) {
        StringBuilder sb = new StringBuilder();
        sb.append("Metric               |      Gold |    System |   Correct | Precision |    Recall |        F1\n");
        sb.append("---------------------+-----------+-----------+-----------+-----------+-----------+-----------\n");
        for (MetricScore s : scores) {
            Counts c = s.counts();
            sb.append(String.format(Locale.ROOT, "%-21s|%10d |%10d |%10d |%s |%s |%s%n", s.metric(), s.gold(),
                    s.system(), s.correct(), PythonFormat.fixed10(100 * c.precision()),
                    PythonFormat.fixed10(100 * c.recall()), PythonFormat.fixed10(100 * c.f1())));
        }
        return sb.toString();
    }

    Counts counts() {
        return new Counts(gold, system, correct);
    }

    static MetricScore find(List<MetricScore> scores, String metric) {
        return scores.stream().filter(s -> s.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric " + metric));
    }
}
