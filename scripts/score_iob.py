#!/usr/bin/env python3
"""Score predicted IOB tags against gold ones (the reference for `newsgraph evaluate --gold FILE.iob2`).

usage: score_iob.py GOLD.iob2 PREDICTED
Both files: one token a line, blank lines between sentences, '# ' comment lines; the tag is the last column, or the
third when the first column is a token number (UniversalNER). The files must hold the same tokens in the same order.
Spans as conlleval reads them: B-X starts one, so does I-X not continuing an X; a sentence end closes one.
Prints per-type and overall precision/recall/F1, strict (same tokens and type) and relaxed (overlap and type, each
gold span matched to the unmatched predicted span of its type it overlaps most, first on ties). Last line: strict F1.
"""
import sys

def read(path):
    tags, starts, new = [], [], True
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# ") or line == "#":
            if line.startswith("# newdoc"): new = True
            continue
        if not line.strip() or line.startswith("-DOCSTART-"):
            new = True; continue
        f = line.split("\t") if "\t" in line else line.split(" ")
        numbered = len(f) >= 3 and f[0].isdigit()
        tags.append(f[2] if numbered else f[-1]); starts.append(new); new = False
    return tags, starts

def spans(tags, starts):
    out, start, typ = [], -1, None
    for i in range(len(tags) + 1):
        tag = tags[i] if i < len(tags) else "O"
        inside = tag.startswith("I-") and typ is not None and tag[2:] == typ and not (i < len(starts) and starts[i])
        if not inside and typ is not None:
            out.append((start, i, typ)); typ = None
        if not inside and (tag.startswith("B-") or tag.startswith("I-")):
            start, typ = i, tag[2:]
    return out

def prf(c):
    tp, fp, fn = c
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)

def line(name, c):
    p, r, f = prf(c)
    return f"{name:13s} P={p:.3f} R={r:.3f} F1={f:.3f} (tp={c[0]} fp={c[1]} fn={c[2]})"

def main():
    gold, starts = read(sys.argv[1])
    pred, _ = read(sys.argv[2])
    if len(gold) != len(pred):
        sys.exit(f"gold has {len(gold)} tokens, predictions {len(pred)}")
    g, p = spans(gold, starts), spans(pred, starts)
    types = sorted({s[2] for s in g} | {s[2] for s in p})
    strict_all = None
    for label in ("strict", "relaxed"):
        print(f"== {label}")
        tot = [0, 0, 0]
        for t in types:
            gt = [s for s in g if s[2] == t]; pt = [s for s in p if s[2] == t]
            if label == "strict":
                tp = len(set(gt) & set(pt))
            else:
                used, tp = set(), 0
                for gs in gt:
                    best = None
                    for j, ps in enumerate(pt):
                        ov = min(ps[1], gs[1]) - max(ps[0], gs[0])
                        if j not in used and ov > 0 and (best is None or ov > best[0]): best = (ov, j)
                    if best: used.add(best[1]); tp += 1
            c = [tp, len(pt) - tp, len(gt) - tp]
            tot = [a + b for a, b in zip(tot, c)]
            print(line(t, c))
        print(line("ALL", tot))
        if label == "strict": strict_all = tot
    print(f"strict F1 {prf(strict_all)[2]:.3f}")

if __name__ == "__main__":
    main()
