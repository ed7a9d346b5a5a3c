#!/usr/bin/env python3
"""Build corpus p233 (bakeries). python3 build.py [outdir] | --freeze"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks233  # noqa: E402
import common233 as C  # noqa: E402
import everyday233  # noqa: E402
import evasions233  # noqa: E402
import negatives233  # noqa: E402
import positional233  # noqa: E402
import prose233  # noqa: E402
import readme233  # noqa: E402
import vendor233  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    secrets = []
    secrets += everyday233.generate(reg)
    secrets += vendor233.generate(reg)
    pw = positional233.generate(reg)
    hidden = [r.pop("_hidden") for r in pw if "_hidden" in r]
    secrets += pw
    secrets += prose233.generate(reg)
    evas = evasions233.generate(reg)
    negs = negatives233.generate(reg)
    out_s = [dict([("id", "%s-s-%04d" % (C.PREFIX, i + 1))] + list(r.items())) for i, r in enumerate(secrets)]
    out_e = [dict([("id", "%s-e-%04d" % (C.PREFIX, i + 1))] + list(r.items())) for i, r in enumerate(evas)]
    out_n = [dict([("id", "%s-n-%04d" % (C.PREFIX, i + 1))] + list(r.items())) for i, r in enumerate(negs)]
    return {"secrets": out_s, "evasions": out_e, "negatives": out_n, "hidden": hidden, "registry_size": len(reg.items)}


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def load_deny():
    errs = []
    frozen = json.load(open(DENY_FILE, encoding="utf-8"))
    status = "`/tmp/brief233/` absent at build time, frozen copy used"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != frozen:
            errs.append("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
            status = "re-extracted from /tmp/brief233 and DIFFERENT"
        else:
            status = "when `/tmp/brief233/` exists the build re-extracts it and fails if it differs (this build: re-extracted from /tmp/brief233 and identical)"
    return C.prepare_deny(frozen), status, errs


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = C.extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes" % (len(d["names"]), len(d["syntaxes"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny, status, errs = load_deny()
    d1 = generate()
    d2 = generate()
    files1 = {k: dumps(d1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: dumps(d2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errs.append("non-deterministic output: %s" % k)
    errs += checks233.check_all(d1, deny)
    muts = checks233.run_mutations(d1, deny, errs)
    for n, ok in muts:
        if not ok:
            errs.append("mutation test not caught: %s" % n)
    r1 = readme233.render(d1, deny, muts, status)
    r2 = readme233.render(d2, deny, muts, status)
    if r1 != r2:
        errs.append("README not deterministic")
    if errs:
        for e in errs:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errs))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k in ("secrets", "evasions", "negatives"):
        with open(os.path.join(outdir, k + ".jsonl"), "w", encoding="utf-8") as f:
            f.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump({k: v for k, v in deny.items() if not k.startswith("_")}, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: secrets %d, evasions %d, negatives %d; mutations %d/%d caught" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(1 for _, ok in muts if ok), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
