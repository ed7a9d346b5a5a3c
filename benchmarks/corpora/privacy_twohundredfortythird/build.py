#!/usr/bin/env python3
"""Build corpus p243 (sheep farmers and wool mills).

python3 build.py [outdir]   generate twice, check, run mutation tests, then write
python3 build.py --freeze   re-extract brief_names.json from /tmp/brief243/
Standard library only; fixed seeds; no clock; no network. Writes nothing on failure.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common243  # noqa: E402
import everyday243  # noqa: E402
import vendor243  # noqa: E402
import positional243  # noqa: E402
import prose243  # noqa: E402
import evasions243  # noqa: E402
import negatives243  # noqa: E402
import checks243  # noqa: E402
import readme243  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def generate():
    reg = common243.Registry()
    every = everyday243.build(reg, 1)
    vend, neighbours = vendor243.build(reg, 181)
    posi = positional243.build(reg, 301)
    pros = prose243.build(reg, 301 + len(posi))
    evas = evasions243.build(reg, 1)
    forbidden = [r["secrets"][0]["value"] for r in every + vend + posi + pros] + \
                [r["secrets"][0]["plain"] for r in evas]
    negs = negatives243.build(forbidden, 1)
    return {"positives": every + vend + posi + pros, "evasions": evas, "negatives": negs,
            "registry_size": len(reg.items), "neighbours": len(neighbours)}


def dumps(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def load_deny():
    errs = []
    if not os.path.exists(FROZEN):
        return None, ["brief_names.json missing (run --freeze)"], "missing"
    with open(FROZEN, encoding="utf-8") as fh:
        frozen = json.load(fh)
    status = "frozen copy used (/tmp/brief243 absent)"
    if os.path.isdir(common243.BRIEF_DIR):
        fresh = common243.extract_denylist()
        if fresh != frozen:
            errs.append("deny-list re-extracted from /tmp/brief243 differs from brief_names.json")
            status = "re-extracted and DIFFERENT"
        else:
            status = "re-extracted from /tmp/brief243 and identical"
    return frozen, errs, status


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = common243.extract_denylist()
        with open(FROZEN, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes" % (len(d["names"]), len(d["syntaxes"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    frozen, errs, deny_status = load_deny()
    if frozen is None:
        print("\n".join(errs))
        return 1
    deny = common243.prepare_deny(dict(frozen))
    a = generate()
    b = generate()
    files = {}
    for key, fname in (("positives", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        ba, bb = dumps(a[key]), dumps(b[key])
        if ba != bb:
            errs.append("non-deterministic %s" % fname)
        files[fname] = ba
    errs += checks243.validate(a, deny)
    muts = checks243.run_mutations(a, deny, errs)
    for name, caught in muts:
        if not caught:
            errs.append("mutation %s not caught" % name)
    meta = {"deny_status": deny_status, "mutations": muts, "clean_errors": len(errs), "deny": frozen,
            "registry_size": a["registry_size"], "neighbours": a["neighbours"]}
    ra = readme243.render(a, meta)
    rb = readme243.render(b, meta)
    if ra != rb:
        errs.append("non-deterministic README")
    if errs:
        print("BUILD FAILED (nothing written):")
        for e in errs[:200]:
            print(" -", e)
        return 1
    files["README.md"] = ra.encode("utf-8")
    files["brief_names.json"] = (json.dumps(frozen, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    os.makedirs(outdir, exist_ok=True)
    for fname, data in files.items():
        with open(os.path.join(outdir, fname), "wb") as fh:
            fh.write(data)
    print("ok: %d positives, %d evasions, %d negatives; %d/%d mutations caught; deny-list %s" % (
        len(a["positives"]), len(a["evasions"]), len(a["negatives"]),
        sum(1 for _n, c in muts if c), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
