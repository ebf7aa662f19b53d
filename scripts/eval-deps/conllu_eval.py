#!/usr/bin/env python3
"""Reference scorer for `newsgraph evaluate deps`: CoNLL 2018 shared-task metrics (conll18_ud_eval.py -v
semantics) for a system file that keeps the gold file's tokenization, as a parse of the gold words does.

Usage: conllu_eval.py GOLD.conllu SYSTEM.conllu

Prints the verbose table of the CoNLL 2018 scorer: Tokens, Sentences, Words, UPOS, XPOS, UFeats, AllTags,
Lemmas, UAS, LAS, CLAS, MLAS, BLEX as precision, recall, F1 and aligned accuracy. Relations are compared
without their subtypes (obl:tmod counts as obl); only universal features count; CLAS, MLAS and BLEX score
content words only; MLAS also needs the functional children (aux, cop, mark, det, clf, case, cc) right.
Files whose words differ are refused (exit 1): this scorer does not align different tokenizations.
Written for newsgraph from the published definition of the metrics.
"""
import sys

CONTENT = {"nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "obl", "vocative", "expl", "dislocated", "advcl",
           "advmod", "discourse", "nmod", "appos", "nummod", "acl", "amod", "conj", "fixed", "flat", "compound",
           "list", "parataxis", "orphan", "goeswith", "reparandum", "root", "dep"}
FUNCTIONAL = {"aux", "cop", "mark", "det", "clf", "case", "cc"}
UNIVERSAL_FEATS = {"PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy", "Number",
                   "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect", "Voice", "Evident",
                   "Polarity", "Person", "Polite"}


def read(path):
    """Sentences as lists of word dicts, plus the token count (multiword tokens count once)."""
    sentences, words, tokens, mwt_end = [], [], 0, 0
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if words:
                    sentences.append(words)
                    words = []
                mwt_end = 0
                continue
            if line.startswith("#"):
                continue
            c = line.split("\t")
            if len(c) != 10:
                sys.exit("%s: not 10 columns: %r" % (path, line))
            if "." in c[0]:
                continue
            if "-" in c[0]:
                tokens += 1
                mwt_end = int(c[0].split("-")[1])
                continue
            wid = int(c[0])
            if wid > mwt_end:
                tokens += 1
            feats = "|".join(sorted(x for x in c[5].split("|") if x.split("=", 1)[0] in UNIVERSAL_FEATS))
            words.append({"form": c[1], "lemma": c[2], "upos": c[3], "xpos": c[4], "feats": feats,
                          "head": int(c[6]), "deprel": c[7].split(":")[0]})
    if words:
        sentences.append(words)
    for s in sentences:
        roots = sum(1 for w in s if w["head"] == 0)
        if roots != 1:
            sys.exit("%s: a sentence with %d roots" % (path, roots))
        for w in s:
            w["children"] = []
        for i, w in enumerate(s):
            if w["head"] and w["deprel"] in FUNCTIONAL:
                s[w["head"] - 1]["children"].append(i)
    return sentences, tokens


def key(metric, s, i, gold_s):
    w = s[i]
    lemma = w["lemma"] if gold_s[i]["lemma"] != "_" else "_"
    if metric == "UPOS":
        return w["upos"]
    if metric == "XPOS":
        return w["xpos"]
    if metric == "UFeats":
        return w["feats"]
    if metric == "AllTags":
        return (w["upos"], w["xpos"], w["feats"])
    if metric == "Lemmas":
        return lemma
    if metric == "UAS":
        return w["head"]
    if metric in ("LAS", "CLAS"):
        return (w["head"], w["deprel"])
    if metric == "MLAS":
        return (w["head"], w["deprel"], w["upos"], w["feats"],
                [(c, s[c]["deprel"], s[c]["upos"], s[c]["feats"]) for c in w["children"]])
    if metric == "BLEX":
        return (w["head"], w["deprel"], lemma)
    raise ValueError(metric)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    gold, gold_tokens = read(sys.argv[1])
    system, system_tokens = read(sys.argv[2])
    if len(gold) != len(system) or any([w["form"] for w in g] != [w["form"] for w in s]
                                       for g, s in zip(gold, system)):
        sys.exit("the system file's words are not the gold file's words")
    if gold_tokens != system_tokens:
        sys.exit("the system file's tokens are not the gold file's tokens")
    words = sum(len(s) for s in gold)
    print("Metric     | Precision |    Recall |  F1 Score | AligndAcc")
    print("-----------+-----------+-----------+-----------+-----------")

    def row(metric, gold_total, system_total, correct, aligned):
        p = correct / system_total if system_total else 0.0
        r = correct / gold_total if gold_total else 0.0
        f = 2 * correct / (system_total + gold_total) if system_total + gold_total else 0.0
        acc = "" if aligned is None else "{:10.2f}".format(100 * (correct / aligned if aligned else 0.0))
        print("{:11}|{:10.2f} |{:10.2f} |{:10.2f} |{}".format(metric, 100 * p, 100 * r, 100 * f, acc))

    row("Tokens", gold_tokens, system_tokens, gold_tokens, None)
    row("Sentences", len(gold), len(system), len(gold), None)
    row("Words", words, words, words, None)
    for metric in ["UPOS", "XPOS", "UFeats", "AllTags", "Lemmas", "UAS", "LAS", "CLAS", "MLAS", "BLEX"]:
        content = metric in ("CLAS", "MLAS", "BLEX")
        g_total = s_total = correct = 0
        for g, s in zip(gold, system):
            for i in range(len(g)):
                g_in = not content or g[i]["deprel"] in CONTENT
                s_in = not content or s[i]["deprel"] in CONTENT
                g_total += g_in
                s_total += s_in
                if g_in and key(metric, g, i, g) == key(metric, s, i, g):
                    correct += 1
        row(metric, g_total, s_total, correct, g_total)


if __name__ == "__main__":
    main()
