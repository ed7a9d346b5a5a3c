#!/usr/bin/env python3
"""Deterministic builder of the p187 held-out credential corpus.

python3 build.py [outdir]   generate twice, check, run mutation tests, then write
python3 build.py --freeze   re-extract the deny-list from /tmp/brief187/ into brief_names.json
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common187 as C  # noqa: E402
import checks187  # noqa: E402
import everyday187  # noqa: E402
import evasions187  # noqa: E402
import negatives187  # noqa: E402
import positional187  # noqa: E402
import prose187  # noqa: E402
import readme187  # noqa: E402
import vendor187  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    ev = everyday187.generate(reg)
    ve = vendor187.generate(reg)
    pw = positional187.generate(reg)
    pr = prose187.generate(reg)
    evs = evasions187.generate(reg)
    hidden = []
    secrets = []
    for i, r in enumerate(ev + ve + pw + pr):
        rid = "%s-s-%04d" % (C.PREFIX, i + 1)
        rec = {"id": rid}
        for k in ("type", "container", "text", "secrets", "source"):
            rec[k] = r[k]
        if "_hidden" in r:
            hidden.append({"id": rid, "password": r["_hidden"], "kind": r["_b64kind"]})
        secrets.append(rec)
    evasions = []
    for i, r in enumerate(evs):
        rec = {"id": "%s-e-%04d" % (C.PREFIX, i + 1)}
        for k in ("type", "container", "encoding", "text", "secrets", "source"):
            rec[k] = r[k]
        evasions.append(rec)
    negs = []
    for i, r in enumerate(negatives187.generate(list(reg.items))):
        rec = {"id": "%s-n-%04d" % (C.PREFIX, i + 1)}
        rec.update(r)
        negs.append(rec)
    return {"secrets": secrets, "evasions": evasions, "negatives": negs, "hidden": hidden}


def serialise(data):
    return {"secrets.jsonl": C.dumps_jsonl(data["secrets"]),
            "evasions.jsonl": C.dumps_jsonl(data["evasions"]),
            "negatives.jsonl": C.dumps_jsonl(data["negatives"])}


def load_deny():
    errors = []
    if not os.path.exists(FROZEN):
        return None, ["frozen deny-list brief_names.json missing (run with --freeze)"], "missing"
    with open(FROZEN, encoding="utf-8") as f:
        deny = json.load(f)
    note = "frozen copy used; /tmp/brief187 not present"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        same = all(fresh[k] == deny.get(k) for k in ("names", "syntaxes", "language_codes", "language_names"))
        if not same:
            errors.append("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
        note = "re-extracted from /tmp/brief187 and identical" if same else "re-extracted and DIFFERENT"
    return deny, errors, note


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = C.extract_denylist()
        with open(FROZEN, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        print("froze %d names, %d syntaxes, %d language codes, %d language names"
              % (len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = os.path.abspath(argv[1]) if len(argv) > 1 else HERE
    deny, errors, note = load_deny()
    if deny is None:
        print("\n".join(errors))
        return 1
    d1 = generate()
    d2 = generate()
    s1, s2 = serialise(d1), serialise(d2)
    for k in s1:
        if s1[k] != s2[k]:
            errors.append("non-deterministic output: %s" % k)
    errs = checks187.check(d1, deny)
    errors += errs
    muts = checks187.run_mutations(d1, deny, errs)
    for name, ok in muts:
        if not ok:
            errors.append("mutation not caught: %s" % name)
    r1 = readme187.render(d1, deny, note, muts)
    r2 = readme187.render(d2, deny, note, checks187.run_mutations(d2, deny, checks187.check(d2, deny)))
    if r1 != r2:
        errors.append("README differs between generations")
    if errors:
        print("BUILD FAILED (%d errors); nothing written" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, v in s1.items():
        with open(os.path.join(outdir, k), "w", encoding="utf-8") as f:
            f.write(v)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(os.path.join(outdir, "brief_names.json")) != FROZEN:
        with open(FROZEN, encoding="utf-8") as f:
            frozen = f.read()
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            f.write(frozen)
    print("ok: %d secrets, %d evasions, %d negatives, %d/%d mutations caught -> %s"
          % (len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(1 for _, o in muts if o), len(muts), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
