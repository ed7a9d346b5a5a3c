#!/usr/bin/env python3
"""Build corpus p202. Usage: python3 build.py [outdir]   |   python3 build.py --freeze

Generates everything twice in one process, compares bytes, runs every check and the mutation
tests, renders README.md from both generations, and only then writes the files. On any
failure it prints the errors, writes nothing and exits 1."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks202  # noqa: E402
import everyday202  # noqa: E402
import evasions202  # noqa: E402
import negatives202  # noqa: E402
import positional202  # noqa: E402
import prose202  # noqa: E402
import readme202  # noqa: E402
import vendor202  # noqa: E402
from common202 import BRIEF_DIR, PREFIX, Registry, dumps_jsonl, extract_denylist, load_denylist  # noqa: E402


def generate():
    reg = Registry()
    ev = everyday202.build(reg)
    vd = vendor202.build(reg)
    pw, hidden = positional202.build(reg)
    pr = prose202.build(reg)
    eva = evasions202.build(reg)
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos):
        r["id"] = "%s-s-%04d" % (PREFIX, i + 1)
    for i, r in enumerate(eva):
        r["id"] = "%s-e-%04d" % (PREFIX, i + 1)
    neg = negatives202.build(reg.items)
    for i, r in enumerate(neg):
        r["id"] = "%s-n-%04d" % (PREFIX, i + 1)
    hid = []
    idmap = {r["type"]: r["id"] for r in pw}
    for typ, h in hidden:
        hid.append((idmap[typ], h))
    return {"secrets": pos, "evasions": eva, "negatives": neg, "hidden": hid, "registry_size": len(reg.items)}


def main(argv):
    freeze = "--freeze" in argv
    args = [a for a in argv if not a.startswith("--")]
    outdir = os.path.abspath(args[0]) if args else HERE
    errors = []
    if freeze:
        deny = extract_denylist()
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("frozen deny-list: %d names" % len(deny["names"]))
        return 0
    deny = load_denylist()
    deny_status = "not re-extracted (%s absent)" % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR)
            deny_status = "re-extracted from %s and DIFFERENT" % BRIEF_DIR
        else:
            deny_status = "re-extracted from %s and identical" % BRIEF_DIR
    d1 = generate()
    d2 = generate()
    files1 = {k: dumps_jsonl(d1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: dumps_jsonl(d2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("generation is not deterministic for %s" % k)
    errs = checks202.run_checks(d1, deny)
    errors += errs
    muts = checks202.run_mutations(d1, deny, errs)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test %s was not caught" % name)
    readme1 = readme202.render(d1, deny, muts, deny_status)
    readme2 = readme202.render(d2, deny, muts, deny_status)
    if readme1 != readme2:
        errors.append("README rendering is not deterministic")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as fh:
            fh.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote %d positives, %d evasions, %d negatives to %s (mutation tests %d/%d caught)" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), outdir,
        sum(1 for _, c in muts if c), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
