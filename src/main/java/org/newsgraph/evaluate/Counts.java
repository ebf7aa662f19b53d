package org.newsgraph.evaluate;

/** Gold, system and correct counts of one metric, and the precision, recall and F1 they give. */
record Counts(long gold, long system, long correct) {

    double precision() {
        return system == 0 ? 0.0 : (double) correct / system;
    }

    double recall() {
        return gold == 0 ? 0.0 : (double) correct / gold;
    }

    double f1() {
        return system + gold == 0 ? 0.0 : (double) (2 * correct) / (system + gold);
    }
}
