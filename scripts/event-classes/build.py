#!/usr/bin/env python3
"""Builds lang/en/event-classes.tsv, the typing table of predicate events, from PETRARCH2's CAMEO verb
dictionary (CAMEO.2.0.txt, MIT licence, (c) Open Event Data Alliance; in ../shared/train/cameo).

Each verb of the dictionary takes its own CAMEO code, else the default code of its verb block; the code
maps to an ontology event class by the longest prefix in CODE_CLASSES below. Verbs of no mapped code are
left out (their events stay plain schema:Event). The table lists every form of each verb: the forms the
dictionary gives in braces, else the regular ones.

Usage: scripts/event-classes/build.py [CAMEO.2.0.txt] > src/main/resources/org/newsgraph/lang/en/event-classes.tsv
"""
import os
import re
import sys

# CAMEO code prefix -> ontology class (ontology/newsgraph.ttl); the longest prefix wins. Codes not listed
# (statements, appeals, cooperation, demands, threats, yielding, ...) name no class of the ontology.
CODE_CLASSES = {
    "043": "Meeting", "044": "Meeting", "046": "Meeting",
    "075": "Hosting",
    "174": "Rejection",
    "14": "Protest",
    "15": "Deployment",
    "171": "Seizure", "1712": "Attack",
    "173": "Arrest",
    "175": "Repression",
    "18": "Attack", "186": "Killing",
    "19": "Attack", "192": "MilitaryOperation",
    "20": "Killing",
}
# Left out on purpose: 062/072 (military aid: mostly "equip", "furnish", "stock"), 12 (reject: mostly
# "decline", "delay", "fail", which in economic news are no rejection).
# Blocks whose default code does not fit most uses of their verbs: dying is not an attack; MEET_PEOPLE
# (040, "consult") holds meeting verbs, which the code alone does not single out.
BLOCK_CLASSES = {"DIE": None, "MEET_PEOPLE": "Meeting", "DISTURB": None, "PROVOKE": None}
# Verbs whose everyday sense, in economic, sports and general news, is not the class of their code
# ("sales hit a record", "struck a deal", "shares rallied", "took office", "sued the firm"); the dictionary
# tells them apart by patterns, which a table of single verbs cannot.
NOT_FITTING = {"MATCH", "HIT", "STRIKE", "HAMMER", "STRUGGLE", "PIT", "ENGAGE", "TARGET", "AIM", "POUND",
               "FACE", "CONTACT", "ENCOUNTER", "INTERACT", "BRAVE", "CONFRONT", "CONFLICT", "STONE",
               "RESIDE", "INHABIT", "INFEST", "TAKE", "PULL", "CATCH", "EXTRACT", "PLUCK", "OVERTURN",
               "REVOLUTIONISE", "REVOLUTIONIZE", "SUBVERT", "APPROPRIATE", "SUE", "PROSECUTE", "INDICT",
               "CONVICT", "RE", "GARNER", "RALLY", "REMOVE", "BEST", "BREAK", "BLOW", "CRACK", "RING", "CIRCLE",
               "MASTER", "DOMINATE", "OVERTAKE", "OVERCOME", "SURMOUNT", "OVERSHADOW", "TEAR", "SPOIL", "RUIN",
               "MAR", "TARNISH", "DISHONOR", "DISHONOUR", "CORRUPT", "VITIATE", "IMPAIR", "CONTAMINATE",
               "DISARM", "BEAT", "DEFEAT", "LASH", "KICK", "HURT", "DAMAGE", "HARM", "FIRE", "CANE", "SHATTER",
               "SMASH", "DEVASTATE", "DECIMATE", "FLATTEN", "RAM", "THUMP", "WHIP", "RIP", "BUST", "SHELL"}

HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
VERB = re.compile(r"^([A-Z][A-Z_]*)\s*(\{[^}]*\})?\s*(\[[0-9:]+\])?")


def klass(code):
    best = None
    for prefix, c in CODE_CLASSES.items():
        if code.startswith(prefix) and (best is None or len(prefix) > len(best[0])):
            best = (prefix, c)
    return best[1] if best else None


def inflections(base):
    if base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif re.fullmatch(r".*[^aeiou][aeiou][bdgmnpt]", base) and not re.fullmatch(r".*(en|er|on|et)", base):
        past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    third = base + "es" if re.fullmatch(r".*(s|sh|ch|x|z)", base) else base + "s"
    if re.fullmatch(r".*[^aeiou]y", base):
        third, past = base[:-1] + "ies", base[:-1] + "ied"
    return [base, third, past, ing]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "../../../shared/train/cameo/CAMEO.2.0.txt")
    rows = {}
    block, default = None, None
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.split("#", 1)[0].rstrip()
            h = HEADER.match(line)
            if h:
                block = h.group(1)
                default = h.group(2) if h.group(2)[:1].isdigit() else None
                continue
            m = VERB.match(line)
            if not m or block is None or "_" in m.group(1) or m.group(1) in NOT_FITTING:
                continue
            code = m.group(3)[1:-1].split(":")[0] if m.group(3) else default
            if block in BLOCK_CLASSES:
                c = BLOCK_CLASSES[block]
            else:
                c = klass(code) if code else None
            if c is None:
                continue
            base = m.group(1).lower()
            forms = [base] + (m.group(2)[1:-1].lower().split() if m.group(2) else inflections(base)[1:])
            for form in forms:
                rows.setdefault(form, (base, c, code or "-"))
    print("# The typing table of predicate events (generated by scripts/event-classes/build.py; do not edit).")
    print("# From PETRARCH2's CAMEO verb dictionary CAMEO.2.0.txt (MIT licence, (c) Open Event Data Alliance):")
    print("# each verb form, its base form, the ontology event class its CAMEO code maps to, and the code.")
    print("# form\tverb\tclass\tcameo")
    for form in sorted(rows):
        base, c, code = rows[form]
        print(f"{form}\t{base}\t{c}\t{code}")


main()
