#!/usr/bin/env python3
"""Build the p183 held-out credential corpus.

python3 build.py [outdir]     generate twice, check, mutate, render README, then write
python3 build.py --freeze     re-extract brief_names.json from /tmp/brief183/
"""
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks183  # noqa: E402
import everyday183  # noqa: E402
import evasions183  # noqa: E402
import negatives183  # noqa: E402
import positional183  # noqa: E402
import prose183  # noqa: E402
import readme183  # noqa: E402
import vendor183  # noqa: E402
from common183 import BRIEF_DIR, PREFIX, Registry, extract_denylist, jsonl, prep_deny  # noqa: E402

SEEDS = {"everyday": 18301, "vendor": 18302, "password": 18303, "prose": 18304, "evasion": 18305, "negative": 18306}
DENY_FILE = os.path.join(HERE, "brief_names.json")


def counter(kind):
    n = [0]

    def nxt():
        n[0] += 1
        return "%s-%s-%04d" % (PREFIX, kind, n[0])
    return nxt


def generate():
    reg = Registry()
    sid = counter("s")
    pos = []
    pos += everyday183.build(random.Random(SEEDS["everyday"]), reg, sid)
    pos += vendor183.build(random.Random(SEEDS["vendor"]), reg, sid)
    pw_recs, hidden = positional183.build(random.Random(SEEDS["password"]), reg, sid)
    pos += pw_recs
    pos += prose183.build(random.Random(SEEDS["prose"]), reg, sid)
    ev = evasions183.build(random.Random(SEEDS["evasion"]), reg, counter("e"))
    neg = negatives183.build(random.Random(SEEDS["negative"]), list(reg.items), counter("n"))
    return {"secrets": pos, "evasions": ev, "negatives": neg, "hidden": hidden}


def serialise(data):
    return {"secrets.jsonl": jsonl(data["secrets"]), "evasions.jsonl": jsonl(data["evasions"]),
            "negatives.jsonl": jsonl(data["negatives"])}


def load_deny():
    with open(DENY_FILE, encoding="utf-8") as f:
        frozen = json.load(f)
    note = "frozen file used; %s not present" % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist(BRIEF_DIR)
        if fresh != frozen:
            return frozen, "re-extracted from %s and DIFFERENT" % BRIEF_DIR, False
        note = "re-extracted from %s and identical" % BRIEF_DIR
    return frozen, note, True


def main(argv):
    if argv and argv[0] == "--freeze":
        d = extract_denylist(BRIEF_DIR)
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[0] if argv else HERE
    errors = []
    frozen, deny_note, deny_ok = load_deny()
    if not deny_ok:
        errors.append("brief_names.json differs from a fresh extraction of " + BRIEF_DIR)
    deny = prep_deny(frozen)

    d1 = generate()
    d2 = generate()
    s1, s2 = serialise(d1), serialise(d2)
    for k in s1:
        if s1[k] != s2[k]:
            errors.append("non-deterministic output: " + k)
    errors += checks183.check_all(d1, deny)
    muts = checks183.run_mutations(d1, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: " + name)
    r1 = readme183.render(d1, frozen, deny_note, muts)
    r2 = readme183.render(d2, frozen, deny_note, checks183.run_mutations(d2, deny))
    if r1 != r2:
        errors.append("README rendering not deterministic")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, v in s1.items():
        with open(os.path.join(outdir, k), "w", encoding="utf-8") as f:
            f.write(v)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(frozen, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d secrets, %d evasions, %d negatives to %s (mutations caught %d/%d)" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), outdir,
        sum(1 for _, c in muts if c), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
