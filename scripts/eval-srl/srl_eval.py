#!/usr/bin/env python3
"""Reference scorer for `newsgraph evaluate srl`: predicate and argument precision/recall/F1, dependency style
(CoNLL 2009): a predicate is its word, an argument its head word.

Usage: srl_eval.py GOLD.tsv SYSTEM.tsv

Both files hold lines `P<TAB>sentence<TAB>predicate-index<TAB>roleset` and
`A<TAB>sentence<TAB>predicate-index<TAB>head-index<TAB>role` (what `evaluate srl --gold-out/--system-out` write).
Predicates count the predicate words, Rolesets the word with its roleset, Arguments labelled the
(predicate, head, role) triples, Arguments unlabelled the (predicate, head) pairs.
"""
import sys


def facts(path):
    preds, sets, labelled, unlabelled = set(), set(), set(), set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            if c[0] == "P":
                preds.add((c[1], c[2]))
                sets.add((c[1], c[2], c[3]))
            elif c[0] == "A":
                labelled.add((c[1], c[2], c[3], c[4]))
                unlabelled.add((c[1], c[2], c[3]))
    return [preds, sets, labelled, unlabelled]


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gold, system = facts(sys.argv[1]), facts(sys.argv[2])
    print("Metric               |      Gold |    System |   Correct | Precision |    Recall |        F1")
    print("---------------------+-----------+-----------+-----------+-----------+-----------+-----------")
    for name, g, s in zip(["Predicates", "Rolesets", "Arguments labelled", "Arguments unlabelled"], gold, system):
        c = len(g & s)
        p = c / len(s) if s else 0.0
        r = c / len(g) if g else 0.0
        f = 2 * c / (len(s) + len(g)) if s or g else 0.0
        print("{:21}|{:10d} |{:10d} |{:10d} |{:10.2f} |{:10.2f} |{:10.2f}".format(name, len(g), len(s), c,
                                                                              100 * p, 100 * r, 100 * f))


if __name__ == "__main__":
    main()
