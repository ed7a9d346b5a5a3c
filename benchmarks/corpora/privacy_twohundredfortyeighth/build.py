#!/usr/bin/env python3
"""Build the p248 corpus: generate twice, check, run mutation tests, then write.

    python3 build.py [outdir]     build (default: this directory)
    python3 build.py --freeze     re-extract the deny-list from /tmp/brief248 into brief_names.json
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common248 as C          # noqa: E402
import checks248 as K          # noqa: E402
import everyday248 as E        # noqa: E402
import evasions248 as EV       # noqa: E402
import negatives248 as N       # noqa: E402
import positional248 as P      # noqa: E402
import prose248 as PR          # noqa: E402
import readme248 as R          # noqa: E402
import vendor248 as V          # noqa: E402


def generate():
    E.EDDSA_PUBLIC.clear()
    V.SUPABASE_REF[0] = None
    reg = C.Registry()
    pos = E.build(reg) + V.build(reg) + P.build(reg) + PR.build(reg)
    eva = EV.build(reg)
    neg = N.build(reg)
    out_pos, out_eva, out_neg = [], [], []
    for i, r in enumerate(pos, 1):
        out_pos.append({"id": "%s-s-%04d" % (C.PREFIX, i), "type": r["type"], "container": r["container"], "text": r["text"],
                        "secrets": r["secrets"], "source": r["source"]})
    for i, r in enumerate(eva, 1):
        out_eva.append({"id": "%s-e-%04d" % (C.PREFIX, i), "type": r["type"], "container": r["container"], "encoding": r["encoding"],
                        "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    for i, r in enumerate(neg, 1):
        out_neg.append({"id": "%s-n-%04d" % (C.PREFIX, i), "class": r["class"], "container": r["container"], "text": r["text"],
                        "source": r["source"]})
    return out_pos, out_eva, out_neg, len(reg.items)


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist(C.BRIEF_DIR)
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
        print("frozen %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[0] if argv else HERE
    errors = []
    deny, deny_state, deny_same = K.denylist_state()
    if not deny_same:
        errors.append("deny-list in brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)

    p1, e1, n1, nreg1 = generate()
    b1 = (dump(p1), dump(e1), dump(n1))
    eddsa_1 = dict(E.EDDSA_PUBLIC)
    p2, e2, n2, nreg2 = generate()
    b2 = (dump(p2), dump(e2), dump(n2))
    if b1 != b2 or nreg1 != nreg2 or eddsa_1 != E.EDDSA_PUBLIC:
        errors.append("generation is not deterministic")
    for blob, recs in zip(b1, (p1, e1, n1)):
        back = [json.loads(line) for line in blob.decode("utf-8").splitlines()]
        if back != recs:
            errors.append("JSONL does not parse back to the same records")

    clean = K.run_all(p1, e1, n1, deny)
    errors += clean
    muts = K.run_mutations(p1, e1, n1, deny, clean)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test not caught: %s" % name)
    if len(muts) < 12:
        errors.append("fewer than 12 mutation tests")

    readme1 = R.render(p1, e1, n1, deny, deny_state, muts, clean, nreg1)
    readme2 = R.render(p2, e2, n2, deny, deny_state, muts, clean, nreg2)
    if readme1 != readme2:
        errors.append("README rendering is not deterministic")

    if errors:
        print("BUILD FAILED (%d errors); nothing written" % len(errors))
        for e in errors[:200]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, blob in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), b1):
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(blob)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    src = {}
    for r in p1:
        src[r["source"]] = src.get(r["source"], 0) + 1
    print("OK: positives %d (%s), evasions %d, negatives %d in %d classes; checks passed; mutation tests %d/%d caught; deny-list %s" % (
        len(p1), ", ".join("%s %d" % kv for kv in src.items()), len(e1), len(n1), len(set(r["class"] for r in n1)),
        sum(1 for _, c in muts if c), len(muts), deny_state))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
