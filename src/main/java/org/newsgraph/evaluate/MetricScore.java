package org.newsgraph.evaluate;

import java.util.List;

/**
 * One metric's counts: gold, system and correct, and for a score over aligned words the aligned
 * total (null otherwise).
 */
public record MetricScore(String metric, long gold, long system, long correct, Long aligned) {

    Counts counts() {
        return new Counts(gold, system, correct);
    }

    static MetricScore find(List<MetricScore> scores, String metric) {
        return scores.stream().filter(s -> s.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no metric " + metric));
    }
}
