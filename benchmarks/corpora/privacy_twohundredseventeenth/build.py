#!/usr/bin/env python3
"""Deterministic builder of the p217 held-out credential corpus.

python3 build.py [outdir]      generate twice, check, mutate, render README, then write
python3 build.py --freeze      re-extract the deny-list from /tmp/brief217/ into brief_names.json
Standard library only; fixed seeds; no clock; no network.
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks217  # noqa: E402
import everyday217  # noqa: E402
import evasions217  # noqa: E402
import negatives217  # noqa: E402
import positional217  # noqa: E402
import prose217  # noqa: E402
import readme217  # noqa: E402
import vendor217  # noqa: E402
from common217 import Registry, extract_denylist, record  # noqa: E402

BRIEF_DIR = "/tmp/brief217"
BRIEF_FILES = ["README_twohundredtwelfth.md", "README_twohundredfourteenth.md"]
FROZEN = os.path.join(HERE, "brief_names.json")


def generate():
    reg = Registry()
    hidden = []
    secrets = []

    def add(source, rows):
        for (typ, cont, text, s, e) in rows:
            secrets.append(record(source, "p217-s-%04d" % (len(secrets) + 1), typ, cont, text, s, e))

    add("everyday", everyday217.generate(reg, None))
    add("vendor", vendor217.generate(reg))
    add("password", positional217.generate(reg, hidden))
    add("prose", prose217.generate(reg))
    evasions = []
    for (typ, cont, text, s, e, enc, plain) in evasions217.generate(reg):
        r = record("evasion", "p217-e-%04d" % (len(evasions) + 1), typ, cont, text, s, e,
                   extra_span={"plain": plain, "encoding": enc})
        r = {"id": r["id"], "type": r["type"], "container": r["container"], "encoding": enc, "text": r["text"],
             "secrets": r["secrets"], "source": "evasion"}
        evasions.append(r)
    negatives = []
    for (cls, cont, text) in negatives217.generate(reg.items, hidden):
        negatives.append({"id": "p217-n-%04d" % (len(negatives) + 1), "class": cls, "container": cont,
                          "text": text, "source": "negative"})
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "hidden": hidden,
            "registry_size": len(reg.items)}


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def load_deny(errs):
    if not os.path.exists(FROZEN):
        errs.append("frozen deny-list brief_names.json missing (run --freeze)")
        return None, "missing"
    deny = json.load(open(FROZEN, encoding="utf-8"))
    status = "frozen copy only (%s not present)" % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist([os.path.join(BRIEF_DIR, f) for f in BRIEF_FILES])
        if fresh != deny:
            errs.append("deny-list re-extracted from %s differs from brief_names.json" % BRIEF_DIR)
            status = "re-extracted and DIFFERENT"
        else:
            status = "re-extracted from %s and identical" % BRIEF_DIR
    return deny, status


def main(argv):
    if "--freeze" in argv:
        d = extract_denylist([os.path.join(BRIEF_DIR, f) for f in BRIEF_FILES])
        with open(FROZEN, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes" % (len(d["names"]), len(d["syntaxes"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errs = []
    deny, deny_status = load_deny(errs)
    if deny is None:
        print("\n".join(errs))
        return 1
    g1 = generate()
    g2 = generate()
    files1 = {k: dump(g1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: dump(g2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errs.append("determinism: %s differs between two generations" % k)
    errs += checks217.run_checks(g1, deny)
    muts = checks217.run_mutations(g1, deny)
    for name, caught in muts:
        if not caught:
            errs.append("mutation test not caught: " + name)
    ctx = {"deny": deny, "deny_status": deny_status, "mutations": muts}
    readme1 = readme217.render(g1, ctx)
    readme2 = readme217.render(g2, ctx)
    if readme1 != readme2:
        errs.append("determinism: README differs between two generations")
    if errs:
        print("BUILD FAILED – nothing written:")
        for e in errs[:200]:
            print("  - " + e)
        if len(errs) > 200:
            print("  … %d more" % (len(errs) - 200))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("ok: %d secrets, %d evasions, %d negatives; %d/%d mutations caught; deny-list %s" % (
        len(g1["secrets"]), len(g1["evasions"]), len(g1["negatives"]), sum(c for _, c in muts), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
