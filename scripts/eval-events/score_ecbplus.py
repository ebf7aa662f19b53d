#!/usr/bin/env python3
"""Reference scorer for `newsgraph evaluate events`: event mention detection against ECB+'s action mentions.

Usage: score_ecbplus.py [--topics 36-45] ECBPLUS.tar.gz MENTIONS.jsonl

MENTIONS.jsonl holds one system mention a line, {"doc": "36_1ecb.xml", "tokens": [21, 22]} (token t_ids; what
`evaluate events --mentions-out` writes). Gold mentions are the markables whose tag starts with ACTION_ or
NEG_ACTION_ and that have token anchors. Only annotated sentences count: those where any markable is anchored.
A system mention is its set of tokens (equal sets are one mention) and counts when one of its tokens is in an
annotated sentence. Gold and system mentions are paired one to one by a maximum matching (augmenting paths; gold
taken by first token then m_id, system tried in order of the sorted token lists): "overlap" pairs share a token,
"exact" pairs have the same tokens. Prints counts, precision, recall and F1, then recall per action class.
"""
import argparse
import json
import re
import sys
import tarfile
import xml.etree.ElementTree as ET


def topics(spec):
    out = set()
    for part in spec.split(","):
        bounds = part.strip().split("-", 1)
        lo = int(bounds[0])
        hi = int(bounds[1]) if len(bounds) == 2 else lo
        out.update(range(lo, hi + 1))
    return out


def read_gold(path, wanted):
    """{doc name: (sentence of each token id, annotated sentences, [(first token, m_id, class, token set)])}"""
    docs = {}
    with tarfile.open(path) as tar:
        for member in tar:
            parts = member.name.split("/")
            if not member.isfile() or len(parts) < 2 or not parts[-1].endswith(".xml") \
                    or not re.fullmatch(r"\d+", parts[-2]) or int(parts[-2]) not in wanted:
                continue
            root = ET.parse(tar.extractfile(member)).getroot()
            sentence = {int(t.get("t_id")): int(t.get("sentence")) for t in root.iter("token")}
            annotated, actions = set(), []
            for m in root.find("Markables"):
                anchors = sorted(int(a.get("t_id")) for a in m.findall("token_anchor"))
                annotated.update(sentence[t] for t in anchors)
                if anchors and (m.tag.startswith("ACTION_") or m.tag.startswith("NEG_ACTION_")):
                    actions.append((anchors[0], int(m.get("m_id")), m.tag, frozenset(anchors)))
            docs[parts[-1]] = (sentence, annotated, sorted(actions))
    return docs


def match(gold, system, fits):
    """Which gold mentions a maximum one-to-one matching pairs (Kuhn's augmenting paths, in the given order)."""
    candidates = [[s for s, tokens in enumerate(system) if fits(g[3], tokens)] for g in gold]
    owner = [-1] * len(system)

    def augment(g, seen):
        for s in candidates[g]:
            if s not in seen:
                seen.add(s)
                if owner[s] < 0 or augment(owner[s], seen):
                    owner[s] = g
                    return True
        return False

    return [augment(g, set()) for g in range(len(gold))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--topics", default="36-45")
    parser.add_argument("ecbplus")
    parser.add_argument("mentions")
    args = parser.parse_args()
    gold = read_gold(args.ecbplus, topics(args.topics))
    system = {}
    with open(args.mentions, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                m = json.loads(line)
                if m["doc"] not in gold:
                    sys.exit("system mentions for %s, which is not a gold document" % m["doc"])
                system.setdefault(m["doc"], set()).add(tuple(sorted(set(m["tokens"]))))
    n_gold = n_system = n_overlap = n_exact = 0
    classes = {}
    for doc, (sentence, annotated, actions) in gold.items():
        for tokens in system.get(doc, ()):
            for t in tokens:
                if t not in sentence:
                    sys.exit("a system mention of %s has token %d, which the document does not have" % (doc, t))
        mentions = sorted(list(t) for t in system.get(doc, ()) if any(sentence[i] in annotated for i in t))
        overlap = match(actions, mentions, lambda g, s: not g.isdisjoint(s))
        exact = match(actions, mentions, lambda g, s: g == frozenset(s))
        n_gold += len(actions)
        n_system += len(mentions)
        for a, o, e in zip(actions, overlap, exact):
            c = classes.setdefault(a[2], [0, 0, 0])
            c[0] += 1
            c[1] += o
            c[2] += e
        n_overlap += sum(overlap)
        n_exact += sum(exact)
    print("Metric               |      Gold |    System |   Correct | Precision |    Recall |        F1")
    print("---------------------+-----------+-----------+-----------+-----------+-----------+-----------")
    for name, c in [("Mentions overlap", n_overlap), ("Mentions exact", n_exact)]:
        p = c / n_system if n_system else 0.0
        r = c / n_gold if n_gold else 0.0
        f = 2 * c / (n_system + n_gold) if n_system or n_gold else 0.0
        print("{:21}|{:10d} |{:10d} |{:10d} |{:10.2f} |{:10.2f} |{:10.2f}".format(name, n_gold, n_system, c,
                                                                              100 * p, 100 * r, 100 * f))
    print()
    print("Class                |      Gold |   Overlap |    Recall |     Exact |    Recall")
    print("---------------------+-----------+-----------+-----------+-----------+-----------")
    for name in sorted(classes):
        g, o, e = classes[name]
        print("{:21}|{:10d} |{:10d} |{:10.2f} |{:10d} |{:10.2f}".format(name, g, o, 100 * o / g, e, 100 * e / g))


if __name__ == "__main__":
    main()
