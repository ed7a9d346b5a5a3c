#!/usr/bin/env python3
"""Deterministic builder of corpus privacy_hundredninetysecond (p192).

python3 build.py [outdir]   generate twice, check, run mutation tests, render README, then write
python3 build.py --freeze   re-extract brief_names.json from /tmp/brief192/
Standard library only; fixed seeds; no clock; no network.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common192 as C  # noqa: E402
import checks192  # noqa: E402
import everyday192  # noqa: E402
import evasions192  # noqa: E402
import negatives192  # noqa: E402
import positional192  # noqa: E402
import prose192  # noqa: E402
import readme192  # noqa: E402
import vendor192  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    rows = everyday192.generate(reg)
    rows += vendor192.generate(reg)
    pw_rows, hidden = positional192.generate(reg)
    rows += pw_rows
    rows += prose192.generate(reg)
    secrets = []
    for i, (typ, cont, tmpl, value, src) in enumerate(rows):
        secrets.append(C.positive("%s-s-%04d" % (C.PREFIX, i + 1), typ, cont, tmpl, value, src))
    evas = []
    for i, r in enumerate(evasions192.generate(reg)):
        rec = {"id": "%s-e-%04d" % (C.PREFIX, i + 1)}
        rec.update(r)
        evas.append(rec)
    negs = []
    for i, r in enumerate(negatives192.generate(reg)):
        rec = {"id": "%s-n-%04d" % (C.PREFIX, i + 1)}
        rec.update(r)
        negs.append(rec)
    return {"secrets": secrets, "evasions": evas, "negatives": negs, "hidden": hidden, "registry": len(reg.items)}


def serialise(data):
    return {k: "".join(C.dumps(r) + "\n" for r in data[k]) for k in ("secrets", "evasions", "negatives")}


def load_deny():
    with open(DENY_FILE, encoding="utf-8") as f:
        frozen = json.load(f)
    status = "frozen copy used (/tmp/brief192 absent)"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != frozen:
            return None, "brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR
        status = "re-extracted from %s and identical" % C.BRIEF_DIR
    return frozen, status


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(C.extract_denylist(), f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze", DENY_FILE)
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    frozen, status = load_deny()
    if frozen is None:
        print("FAIL:", status)
        return 1
    deny = C.prep_deny(frozen)
    d1, d2 = generate(), generate()
    s1, s2 = serialise(d1), serialise(d2)
    for k in s1:
        if s1[k] != s2[k]:
            errors.append("non-deterministic output: %s" % k)
    errors += checks192.check(d1, deny)
    muts = checks192.run_mutations(d1, deny, errors)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: %s" % name)
    r1 = readme192.render(d1, frozen, status, muts)
    r2 = readme192.render(d2, frozen, status, muts)
    if r1 != r2:
        errors.append("README not deterministic")
    if errors:
        print("FAIL: %d errors; nothing written" % len(errors))
        for e in errors[:200]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(s1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(frozen, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("OK: %d secrets, %d evasions, %d negatives; %d/%d mutations caught; deny-list %s" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _, c in muts), len(muts), status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
