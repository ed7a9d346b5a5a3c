#!/usr/bin/env python3
"""Build the p250 corpus (printmakers, bookbinders and letterpress studios).

python3 build.py [outdir]   generate twice, check, write (nothing is written on any error)
python3 build.py --freeze   re-extract the deny-list from /tmp/brief250/ into brief_names.json
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks250  # noqa: E402
import everyday250  # noqa: E402
import evasions250  # noqa: E402
import negatives250  # noqa: E402
import positional250  # noqa: E402
import prose250  # noqa: E402
import readme250  # noqa: E402
import vendor250  # noqa: E402
from common250 import (JWT_SHAPED, PREFIX, PW_FORM_IN_TEXT, UUID_SHAPED, Registry, extract_denylist, jdump,  # noqa: E402
                       load_deny, uuid_is_v4)

BRIEF = "/tmp/brief250"
DENY_FILE = os.path.join(HERE, "brief_names.json")


def _order(rec, fields):
    return {k: rec[k] for k in fields}


def generate():
    reg = Registry()
    ev, pairs = everyday250.build(reg)
    vd, styles = vendor250.build(reg)
    pw = positional250.build(reg)
    pr = prose250.build(reg)
    eva = evasions250.build(reg)

    def extra(text):
        if JWT_SHAPED.search(text):
            return True
        return any(not uuid_is_v4(m.group(0)) for m in UUID_SHAPED.finditer(text))

    neg = negatives250.build(list(reg.items), lambda t: bool(PW_FORM_IN_TEXT.search(t)), extra)
    secrets = []
    for i, r in enumerate(ev + vd + pw + pr):
        r = dict(r)
        r["id"] = "%s-s-%04d" % (PREFIX, i + 1)
        secrets.append(_order(r, checks250.POS_FIELDS))
    evasions = []
    for i, r in enumerate(eva):
        r = dict(r)
        r["id"] = "%s-e-%04d" % (PREFIX, i + 1)
        evasions.append(_order(r, checks250.EVA_FIELDS))
    negatives = []
    for i, r in enumerate(neg):
        r = dict(r)
        r["id"] = "%s-n-%04d" % (PREFIX, i + 1)
        negatives.append(_order(r, checks250.NEG_FIELDS))
    data = {"secrets": secrets, "evasions": evasions, "negatives": negatives}
    meta = {"pairs": pairs, "styles": styles, "registry_size": len(reg.items)}
    return data, meta


def serialise(data):
    return {k: ("\n".join(jdump(r) for r in data[k]) + "\n").encode("utf-8") for k in ("secrets", "evasions", "negatives")}


def deny_list():
    """Load the frozen deny-list; re-extract and compare when the brief directory exists."""
    errs = []
    if not os.path.exists(DENY_FILE):
        return None, ["brief_names.json missing (run build.py --freeze)"], "missing"
    deny = load_deny(DENY_FILE)
    status = "frozen list used; /tmp/brief250 not present"
    if os.path.isdir(BRIEF):
        fresh = extract_denylist(BRIEF)
        frozen = {k: deny[k] for k in ("source", "files", "names", "syntaxes", "language_codes", "language_names")}
        if fresh != frozen:
            errs.append("deny-list re-extracted from %s differs from brief_names.json" % BRIEF)
            status = "re-extracted from /tmp/brief250 and DIFFERENT"
        else:
            status = "re-extracted from /tmp/brief250 and identical"
    return deny, errs, status


def main(argv):
    if "--freeze" in argv:
        d = extract_denylist(BRIEF)
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny, errs, status = deny_list()
    if deny is None:
        print("\n".join(errs))
        return 1
    data1, meta1 = generate()
    data2, meta2 = generate()
    b1, b2 = serialise(data1), serialise(data2)
    for k in b1:
        if b1[k] != b2[k]:
            errs.append("determinism: %s differs between two generations" % k)
    errs += checks250.run_all(data1, deny)
    clean_errors = len(errs)
    muts = checks250.run_mutations(data1, deny)
    for name, ok in muts:
        if not ok:
            errs.append("mutation test %s was not caught" % name)
    if len(muts) < 12:
        errs.append("fewer than 12 mutation tests")
    for meta in (meta1, meta2):
        meta.update({"deny": deny, "deny_status": status, "mutations": muts, "clean_errors": clean_errors})
    r1 = readme250.render(data1, meta1)
    r2 = readme250.render(data2, meta2)
    if r1 != r2:
        errs.append("determinism: README differs between two generations")
    if errs:
        print("BUILD FAILED - nothing written (%d errors):" % len(errs))
        for e in errs[:200]:
            print("  " + e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, name in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(b1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1 + "\n")
    print("ok: %d positives (everyday %d, vendor %d, password %d, prose %d), %d evasions, %d negatives; "
          "%d/%d mutations caught; deny-list %s" % (
              len(data1["secrets"]), *[sum(1 for r in data1["secrets"] if r["source"] == s)
                                       for s in ("everyday", "vendor", "password", "prose")],
              len(data1["evasions"]), len(data1["negatives"]), sum(ok for _, ok in muts), len(muts), status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
