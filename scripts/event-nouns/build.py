#!/usr/bin/env python3
"""Builds lang/en/event-nouns.txt and lang/en/concrete-nouns.txt from GUM's entity annotation (Zeldes 2017,
CC BY 4.0; ../shared/train/gum/conllu, without the GUM_news_* documents, which are dev data).

Every entity mention of GUM has a type (event, abstract, person, place, object, ...). A noun that heads
mentions counts each type it heads; a noun heading at least MIN_MENTIONS mentions is
- an event noun when at least EVENT_SHARE of them are events ("trial", "election", "fire"): a noun predicate
  of the role labeller that is one is an event even without a core argument of its own;
- a concrete noun when at least CONCRETE_SHARE are people, organizations, places, objects, substances,
  animals, plants or times ("administration", "building", "population"): a noun predicate that is one
  names a thing, not an event.
Each noun is listed with every form that GUM and UD English-EWT train give its lemma (lower-cased).
A second source of event nouns is ECB+'s action mentions (Cybulska & Vossen 2014, annotation CC BY 3.0) in its
training topics 1-35 (36-45 are the standard test topics): a noun whose forms occur at least ECB_MIN times in
the annotated sentences and are a one-word occurrence, report or perception mention at least ECB_SHARE of
those times, in at least ECB_TOPICS_MIN topics ("shooting", "riots", "aftershock"), is an event noun too, unless
GUM has typed it often enough to have said otherwise.
The thresholds were chosen on ECB+ training topics (see the commits that added them).

Usage: scripts/event-nouns/build.py [GUM_CONLLU_DIR [EWT_TRAIN_CONLLU [OUT_DIR [ECBPLUS_TAR_GZ [TOPICS]]]]]
"""
import collections
import glob
import os
import re
import sys
import tarfile
import xml.etree.ElementTree as ET

MIN_MENTIONS = 2
EVENT_SHARE = 0.5
CONCRETE_SHARE = 0.75
CONCRETE = {"person", "organization", "place", "object", "substance", "animal", "plant", "time"}
ECB_MIN = 3
ECB_SHARE = 0.5
# a word of one topic's story ("charm" of a "Charm School") says little of news in general
ECB_TOPICS_MIN = 2
ECB_TOPICS = range(1, 36)
# occurrences, reports and perceptions; states ("job", "role"), aspect and generic mentions are no events here
ECB_EVENT_CLASSES = {"ACTION_OCCURRENCE", "ACTION_REPORTING", "ACTION_PERCEPTION"}


def ecb_counts(path, topics):
    """{lower-cased word: [occurrences in annotated sentences, occurrences as a one-word action mention, topics of
    those]} over ECB+."""
    counts = collections.defaultdict(lambda: [0, 0, set()])
    with tarfile.open(path) as tar:
        for member in tar:
            parts = member.name.split("/")
            if not member.isfile() or len(parts) < 2 or not parts[-1].endswith(".xml") \
                    or not re.fullmatch(r"\d+", parts[-2]) or int(parts[-2]) not in topics:
                continue
            root = ET.parse(tar.extractfile(member)).getroot()
            tokens = {t.get("t_id"): (t.get("sentence"), (t.text or "").lower()) for t in root.iter("token")}
            annotated, action = set(), set()
            for m in root.find("Markables"):
                anchors = [a.get("t_id") for a in m.findall("token_anchor")]
                annotated.update(tokens[a][0] for a in anchors)
                if len(anchors) == 1 and m.tag.replace("NEG_", "") in ECB_EVENT_CLASSES:
                    # a one-word mention: the word is the event ("checks into" says nothing of "into")
                    action.update(anchors)
            for t_id, (sentence, word) in tokens.items():
                if sentence in annotated:
                    counts[word][0] += 1
                    if t_id in action:
                        counts[word][1] += 1
                        counts[word][2].add(parts[-2])
    return counts


def sentences(path):
    """The sentences of a CoNLL-U file: lists of (id, form, lemma, upos, head, misc), multiword ranges left out."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield rows
                rows = []
            elif not line.startswith("#"):
                c = line.split("\t")
                if "-" not in c[0] and "." not in c[0]:
                    rows.append((c[0], c[1], c[2], c[3], c[6], c[9]))
    if rows:
        yield rows


def spans(rows):
    """(first, last, type) of each entity bracket of a sentence (MISC Entity=(id-type-...  ...id))."""
    open_ = collections.defaultdict(list)
    out = []
    for i, row in enumerate(rows):
        m = re.search(r"Entity=([^|]*)", row[5])
        if not m:
            continue
        for b in re.finditer(r"\((\d+)-([a-z]+)[^()]*?(\))?(?=\(|\)|$)|(\d+)\)", m.group(1)):
            if b.group(1) and b.group(3):
                out.append((i, i, b.group(2)))
            elif b.group(1):
                open_[b.group(1)].append((i, b.group(2)))
            elif open_[b.group(4)]:
                first, kind = open_[b.group(4)].pop()
                out.append((first, i, kind))
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    gum = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "../../../shared/train/gum/conllu")
    ewt = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../shared/train/ud/en_ewt-ud-train.conllu")
    out_dir = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, "../../src/main/resources/org/newsgraph/lang/en")
    ecb = sys.argv[4] if len(sys.argv) > 4 else os.path.join(here, "../../../shared/train/ecbplus/ecbplus.tar.gz")
    ecb_topics = ECB_TOPICS
    if len(sys.argv) > 5:
        lo, hi = sys.argv[5].split("-")
        ecb_topics = range(int(lo), int(hi) + 1)
    types = collections.defaultdict(collections.Counter)
    forms = collections.defaultdict(set)
    tags = collections.defaultdict(collections.Counter)
    files = sorted(f for f in glob.glob(os.path.join(gum, "*.conllu")) if not os.path.basename(f).startswith("GUM_news_"))
    if not files:
        sys.exit(gum + ": no GUM CoNLL-U files")
    for path in files + [ewt]:
        for rows in sentences(path):
            for row in rows:
                tags[row[1].lower()][row[3] == "NOUN"] += 1
                if row[3] == "NOUN":
                    forms[row[2].lower()].add(row[1].lower())
            if path == ewt:
                continue
            ids = [r[0] for r in rows]
            for first, last, kind in spans(rows):
                inside = set(ids[first:last + 1])
                head = next((k for k in range(first, last + 1) if rows[k][4] not in inside), None)
                if head is not None and rows[head][3] == "NOUN":
                    types[rows[head][2].lower()][kind] += 1
    events, concrete = set(), set()
    for lemma, c in types.items():
        n = sum(c.values())
        if n < MIN_MENTIONS:
            continue
        if c["event"] / n >= EVENT_SHARE:
            events.update(forms[lemma] | {lemma})
        elif sum(c[k] for k in CONCRETE) / n >= CONCRETE_SHARE:
            concrete.update(forms[lemma] | {lemma})
    words = ecb_counts(ecb, set(ecb_topics))
    for lemma, fs in forms.items():
        # only the forms that are mostly nouns in the treebanks: ECB+ has no tags, and "shot" is mostly a verb
        nouns = [f for f in fs | {lemma} if f in words and tags[f][True] >= tags[f][False]]
        seen = sum(words[f][0] for f in nouns)
        inside = sum(words[f][1] for f in nouns)
        topics = set().union(*(words[f][2] for f in nouns)) if nouns else set()
        # GUM's types speak for a noun it has seen often enough ("job", "history" are mostly abstract there)
        gum_says_no = sum(types[lemma].values()) >= MIN_MENTIONS
        if not gum_says_no and seen >= ECB_MIN and inside / seen >= ECB_SHARE and len(topics) >= ECB_TOPICS_MIN:
            events.update(nouns)
    source = ("# Generated by scripts/event-nouns/build.py from GUM's entity types (Zeldes 2017, CC BY 4.0; GUM_news_* left out),"
              " ECB+'s action mentions of topics %d-%d (Cybulska & Vossen 2014, CC BY 3.0)"
              " and word forms of GUM and UD English-EWT train (CC BY-SA 4.0); do not edit.\n" % (ecb_topics[0], ecb_topics[-1]))
    for name, words, what in [
            ("event-nouns.txt", events, "# Nouns whose GUM mentions are mostly events (share >= %.2f of >= %d), or whose ECB+ uses are mostly"
             " action mentions (share >= %.2f of >= %d): event nouns even without a core argument.\n"
             % (EVENT_SHARE, MIN_MENTIONS, ECB_SHARE, ECB_MIN)),
            ("concrete-nouns.txt", concrete - events, "# Nouns whose GUM mentions are mostly people, organizations, places, objects, substances, animals,"
             " plants or times (share >= %.2f of >= %d): as predicates they name a thing, not an event.\n" % (CONCRETE_SHARE, MIN_MENTIONS))]:
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            f.write(what + source)
            for w in sorted(w for w in words if re.fullmatch(r"[a-z][a-z'-]*", w)):
                f.write(w + "\n")


if __name__ == "__main__":
    main()
