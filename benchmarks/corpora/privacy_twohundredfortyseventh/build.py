#!/usr/bin/env python3
"""Build corpus p247 (guesthouses). Usage: python3 build.py [outdir] | python3 build.py --freeze"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks247  # noqa: E402
import common247 as C  # noqa: E402
import everyday247  # noqa: E402
import evasions247  # noqa: E402
import negatives247  # noqa: E402
import positional247  # noqa: E402
import prose247  # noqa: E402
import readme247  # noqa: E402
import vendor247  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    recs = everyday247.build(reg) + vendor247.build(reg) + positional247.build(reg) + prose247.build(reg)
    hidden = [r["_hidden"] for r in recs if r.get("_hidden")]
    secrets = []
    for i, r in enumerate(recs):
        secrets.append({"id": "%s-s-%04d" % (C.PREFIX, i + 1), "type": r["type"], "container": r["container"],
                        "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    eva = []
    for i, r in enumerate(evasions247.build(reg)):
        eva.append({"id": "%s-e-%04d" % (C.PREFIX, i + 1), **r})
    positive_values = [r["secrets"][0]["value"] for r in secrets + eva] + \
                      [r["secrets"][0]["plain"] for r in eva] + hidden
    neg = []
    for i, r in enumerate(negatives247.build(reg, positive_values)):
        neg.append({"id": "%s-n-%04d" % (C.PREFIX, i + 1), **r})
    return {"secrets": secrets, "evasions": eva, "negatives": neg}, len(reg.items)


def dump(lst):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lst)


def load_deny():
    errs = []
    if not os.path.exists(DENY_FILE):
        return None, ["brief_names.json missing (run --freeze with /tmp/brief247 present)"], "missing"
    deny = C.load_deny(DENY_FILE)
    status = "frozen copy only (/tmp/brief247 absent)"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist(C.BRIEF_DIR)
        for k in ("files", "names", "syntaxes", "language_codes", "language_names"):
            if fresh[k] != deny[k]:
                errs.append("deny-list differs from re-extraction in %r" % k)
        status = "re-extracted from %s and identical" % C.BRIEF_DIR if not errs else "re-extraction DIFFERS"
    return deny, errs, status


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist(C.BRIEF_DIR)
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny, errs, status = load_deny()
    if deny is None:
        print("\n".join(errs))
        return 1
    data1, nreg1 = generate()
    data2, nreg2 = generate()
    files1 = {k: dump(data1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: dump(data2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errs.append("non-deterministic %s.jsonl" % k)
    errs += checks247.check(data1, deny)
    muts = checks247.run_mutations(data1, deny, errs)
    for name, caught in muts:
        if not caught:
            errs.append("mutation test %s not caught" % name)
    info = {"deny": deny, "deny_status": status, "mutations": muts, "clean_errors": len(errs),
            "registry": nreg1}
    readme1 = readme247.render(data1, info)
    readme2 = readme247.render(data2, dict(info, registry=nreg2))
    if readme1 != readme2:
        errs.append("non-deterministic README.md")
    if errs:
        print("BUILD FAILED - nothing written:")
        for e in errs[:200]:
            print("  " + e)
        print("(%d errors)" % len(errs))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, body in files1.items():
        with open(os.path.join(outdir, k + ".jsonl"), "w", encoding="utf-8") as fh:
            fh.write(body)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(DENY_FILE, encoding="utf-8") as src, \
                open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as dst:
            dst.write(src.read())
    print("ok: %d positives, %d evasions, %d negatives; %d/%d mutation tests caught; deny-list %s" % (
        len(data1["secrets"]), len(data1["evasions"]), len(data1["negatives"]),
        sum(1 for _, c in muts if c), len(muts), status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
