#!/usr/bin/env python3
"""Build the p177 held-out credential corpus.

python3 build.py [outdir]   – generate twice, check, run mutation tests, then write
python3 build.py --freeze   – re-extract brief_names.json from /tmp/brief177/
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks177  # noqa: E402
import everyday177  # noqa: E402
import evasions177  # noqa: E402
import negatives177  # noqa: E402
import positional177  # noqa: E402
import prose177  # noqa: E402
import readme177  # noqa: E402
import vendor177  # noqa: E402
from common177 import BRIEF_DIR, Registry, dumps_jsonl, extract_denylist  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = Registry()
    pos = everyday177.build(reg) + vendor177.build(reg) + positional177.build(reg) + prose177.build(reg)
    eva = evasions177.build(reg)
    neg = negatives177.build(list(reg.items))
    out = {"secrets": [], "evasions": [], "negatives": []}
    for i, r in enumerate(pos):
        out["secrets"].append(dict([("id", "p177-s-%04d" % (i + 1))] + list(r.items())))
    for i, r in enumerate(eva):
        out["evasions"].append(dict([("id", "p177-e-%04d" % (i + 1))] + list(r.items())))
    for i, r in enumerate(neg):
        out["negatives"].append(dict([("id", "p177-n-%04d" % (i + 1))] + list(r.items())))
    return out


def load_deny():
    notes = []
    frozen = None
    if os.path.exists(DENY_FILE):
        with open(DENY_FILE, encoding="utf-8") as f:
            frozen = json.load(f)
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        if frozen is None:
            return None, ["brief_names.json missing – run with --freeze"]
        if fresh != frozen:
            return None, ["brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR]
        notes.append("re-extracted from %s and identical" % BRIEF_DIR)
    elif frozen is None:
        return None, ["no brief_names.json and no %s" % BRIEF_DIR]
    else:
        notes.append("%s absent; frozen list used" % BRIEF_DIR)
    return frozen, notes


def main(argv):
    if "--freeze" in argv:
        d = extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d codes, %d language names" % (len(d["names"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[0] if argv else HERE
    deny, notes = load_deny()
    if deny is None:
        print("FAIL:", *notes, sep="\n  ")
        return 1
    errs = []
    a, b = generate(), generate()
    blobs_a = {k: dumps_jsonl(v) for k, v in a.items()}
    blobs_b = {k: dumps_jsonl(v) for k, v in b.items()}
    for k in blobs_a:
        if blobs_a[k] != blobs_b[k]:
            errs.append("determinism: %s differs between two generations" % k)
    errs += checks177.run_checks(a, deny)
    muts = checks177.run_mutations(a, deny) if not errs else []
    for name, caught in muts:
        if not caught:
            errs.append("mutation test not caught: %s" % name)
    if not errs:
        ra = readme177.render(a, deny, notes, muts)
        rb = readme177.render(b, deny, notes, muts)
        if ra != rb:
            errs.append("determinism: README differs between two generations")
    if errs:
        print("FAIL – nothing written:")
        for e in errs[:200]:
            print("  " + e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(blobs_a[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(ra)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: %d positives, %d evasions, %d negatives; mutations caught %d/%d; deny-list: %s" % (
        len(a["secrets"]), len(a["evasions"]), len(a["negatives"]), sum(c for _n, c in muts), len(muts), "; ".join(notes)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
