#!/usr/bin/env python3
"""Build corpus p245 (chocolatiers). Usage: python3 build.py [outdir] | python3 build.py --freeze"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks245  # noqa: E402
import common245  # noqa: E402
import evasions245  # noqa: E402
import everyday245  # noqa: E402
import negatives245  # noqa: E402
import positional245  # noqa: E402
import prose245  # noqa: E402
import readme245  # noqa: E402
import vendor245  # noqa: E402
from common245 import (JWT_LIKE, PW_FORM_IN_TEXT, UUID_LIKE, Registry, dumps_jsonl, jwt_valid,  # noqa: E402
                       uuid_is_v4)

DENY_FILE = os.path.join(HERE, "brief_names.json")


def deny_json(d):
    return json.dumps(d, ensure_ascii=False, indent=1) + "\n"


def load_deny(errors):
    if not os.path.exists(DENY_FILE):
        errors.append("brief_names.json missing (run --freeze)")
        return None, "missing"
    with open(DENY_FILE, encoding="utf-8") as f:
        frozen = json.load(f)
    status = "brief directory absent; frozen list used as is"
    if os.path.isdir(common245.BRIEF_DIR):
        fresh = common245.extract_denylist()
        if fresh != frozen:
            errors.append("deny-list re-extracted from %s differs from brief_names.json" % common245.BRIEF_DIR)
            status = "re-extracted and DIFFERENT"
        else:
            status = "re-extracted from %s and identical" % common245.BRIEF_DIR
    return frozen, status


def generate():
    reg = Registry()
    hidden = []
    sec = everyday245.build(reg) + vendor245.build(reg) + positional245.build(reg, hidden) + prose245.build(reg)
    eva = evasions245.build(reg)
    long_items = [s for s in reg.items if len(s) >= 6]

    def ok(text):
        if any(s in text for s in long_items):
            return False
        if PW_FORM_IN_TEXT.search(text):
            return False
        if any(not uuid_is_v4(u) for u in UUID_LIKE.findall(text)):
            return False
        if any(not jwt_valid(j) for j in JWT_LIKE.findall(text)):
            return False
        return True

    neg = negatives245.build(ok)
    out_s, out_e, out_n = [], [], []
    for i, r in enumerate(sec):
        out_s.append({"id": "p245-s-%04d" % (i + 1), "type": r["type"], "container": r["container"], "text": r["text"],
                      "secrets": r["secrets"], "source": r["source"]})
    for i, r in enumerate(eva):
        out_e.append({"id": "p245-e-%04d" % (i + 1), "type": r["type"], "container": r["container"], "encoding": r["encoding"],
                      "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    for i, r in enumerate(neg):
        out_n.append({"id": "p245-n-%04d" % (i + 1), "class": r["class"], "container": r["container"], "text": r["text"],
                      "source": r["source"]})
    return {"secrets": out_s, "evasions": out_e, "negatives": out_n}, {"registry": len(reg.items), "hidden": hidden}


def main(argv):
    if "--freeze" in argv:
        d = common245.extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            f.write(deny_json(d))
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny, deny_status = load_deny(errors)
    if deny is None:
        print("\n".join(errors))
        return 1
    deny_run = dict(deny)
    deny_run["_names"] = set(deny["names"])

    data1, meta1 = generate()
    data2, meta2 = generate()
    files1 = {k: dumps_jsonl(v) for k, v in data1.items()}
    files2 = {k: dumps_jsonl(v) for k, v in data2.items()}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("generation not deterministic: %s" % k)

    errs = checks245.run_checks(data1, deny_run)
    errors.extend(errs)
    muts = checks245.mutations(data1, deny_run, errs)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: %s" % name)

    info = {"deny_status": deny_status, "mutations": muts, "clean_errors": len(errs), "registry": meta1["registry"]}
    readme1 = readme245.render(data1, deny, info)
    readme2 = readme245.render(data2, deny, info)
    if readme1 != readme2:
        errors.append("README not deterministic")

    if errors:
        print("BUILD FAILED (%d errors); nothing written" % len(errors))
        for e in errors[:80]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, key in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"), ("negatives.jsonl", "negatives")):
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(files1[key])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme1)
    if os.path.abspath(os.path.join(outdir, "brief_names.json")) != os.path.abspath(DENY_FILE):
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            f.write(deny_json(deny))
    print("ok: %d positives, %d evasions, %d negatives; mutations caught %d/%d; deny-list %s" % (
        len(data1["secrets"]), len(data1["evasions"]), len(data1["negatives"]),
        sum(c for _, c in muts), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
