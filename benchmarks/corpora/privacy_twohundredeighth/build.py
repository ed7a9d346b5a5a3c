#!/usr/bin/env python3
"""Build corpus p208 (privacy_twohundredeighth). Standard library only, deterministic, no clock, no network.

python3 build.py [outdir]     generate twice, check, run mutation tests, then write
python3 build.py --freeze     re-extract brief_names.json from /tmp/brief208/
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks208  # noqa: E402
import common208 as C  # noqa: E402
import everyday208  # noqa: E402
import evasions208  # noqa: E402
import negatives208  # noqa: E402
import positional208  # noqa: E402
import prose208  # noqa: E402
import readme208  # noqa: E402
import vendor208  # noqa: E402

DENY_PATH = os.path.join(HERE, "brief_names.json")


def generate(deny):
    reg = C.Registry()
    tuples = everyday208.generate(reg) + vendor208.generate(reg) + positional208.generate(reg) + prose208.generate(reg)
    secrets, hidden, hidden_by_id = [], [], {}
    for i, (src, typ, cont, text, value, s, e, hid) in enumerate(tuples):
        rid = "%s-s-%04d" % (C.PREFIX, i + 1)
        secrets.append(C.record(rid, typ, cont, text, value, s, e, src))
        if hid:
            hidden.append(hid)
            hidden_by_id[rid] = hid
    evasions = evasions208.generate(reg)
    forbidden = [x for x in reg.items if len(x) >= 6]
    negatives = negatives208.generate(forbidden)
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "hidden": hidden,
            "hidden_by_id": hidden_by_id, "deny": deny, "registry_size": len(reg.items)}


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def load_and_verify_deny(errs):
    deny = C.load_deny(DENY_PATH)
    status = "frozen copy used (/tmp/brief208 absent)"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist(C.BRIEF_DIR)
        frozen = {k: v for k, v in deny.items() if not k.startswith("_")}
        if fresh != frozen:
            errs.append("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
            status = "re-extracted from %s and DIFFERENT" % C.BRIEF_DIR
        else:
            status = "re-extracted from %s and identical" % C.BRIEF_DIR
    return deny, status


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist(C.BRIEF_DIR)
        with open(DENY_PATH, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes" % (len(d["names"]), len(d["syntaxes"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errs = []
    deny, deny_status = load_and_verify_deny(errs)
    a = generate(deny)
    b = generate(deny)
    files_a = {n: dump(a[k]) for n, k in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"), ("negatives.jsonl", "negatives"))}
    files_b = {n: dump(b[k]) for n, k in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"), ("negatives.jsonl", "negatives"))}
    for n in files_a:
        if files_a[n] != files_b[n]:
            errs.append("non-deterministic output: %s" % n)
    errs += checks208.check_all(a)
    muts = checks208.run_mutations(a, errs)
    for name, caught in muts:
        if not caught:
            errs.append("mutation test not caught: %s" % name)
    meta = {"deny_status": deny_status, "mutations": muts}
    ra = readme208.render(a, meta)
    rb = readme208.render(b, meta)
    if ra != rb:
        errs.append("README not deterministic")
    if errs:
        for e in errs[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errs))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for n, data in files_a.items():
        with open(os.path.join(outdir, n), "wb") as f:
            f.write(data)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(ra)
    if os.path.abspath(outdir) != HERE:
        with open(DENY_PATH, "rb") as src, open(os.path.join(outdir, "brief_names.json"), "wb") as dst:
            dst.write(src.read())
    print("ok: %d secrets, %d evasions, %d negatives; mutations %d/%d caught; deny-list %s"
          % (len(a["secrets"]), len(a["evasions"]), len(a["negatives"]), sum(c for _, c in muts), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
