#!/usr/bin/env python3
"""Builds the p265 corpus.  python3 build.py [outdir] | python3 build.py --freeze"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks265 as K          # noqa: E402
import common265 as C          # noqa: E402
import everyday265 as E        # noqa: E402
import evasions265 as EV       # noqa: E402
import negatives265 as N       # noqa: E402
import positional265 as P      # noqa: E402
import prose265 as PR          # noqa: E402
import readme265 as RD         # noqa: E402
import vendor265 as V          # noqa: E402


def freeze():
    d = C.extract_denylist([os.path.join(K.BRIEF_DIR, f) for f in K.BRIEF_FILES])
    out = {"source": K.BRIEF_DIR, "files": K.BRIEF_FILES}
    out.update(d)
    with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print("frozen %d names, %d syntaxes, %d codes, %d language names" %
          (len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))


def _order(rec, fields):
    return {k: rec[k] for k in fields}


def generate():
    C.self_test_checks()
    N.self_test_ids()
    reg = C.Registry()
    sec = E.build(reg) + V.build(reg) + P.build(reg) + PR.build(reg)
    ev = EV.build(reg)
    neg = N.build(reg)
    for i, r in enumerate(sec, 1):
        r["id"] = "%s-s-%04d" % (C.PREFIX, i)
    for i, r in enumerate(ev, 1):
        r["id"] = "%s-e-%04d" % (C.PREFIX, i)
    for i, r in enumerate(neg, 1):
        r["id"] = "%s-n-%04d" % (C.PREFIX, i)
    sec = [_order(r, K.SFIELDS) for r in sec]
    ev = [_order(r, K.EFIELDS) for r in ev]
    neg = [_order(r, K.NFIELDS) for r in neg]
    return {"secrets": sec, "evasions": ev, "negatives": neg}, len(reg.items)


def to_bytes(recs):
    return ("\n".join(C.dumps(r) for r in recs) + "\n").encode("utf-8")


def main(argv):
    if "--freeze" in argv:
        freeze()
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny, note, derrs = K.load_deny(HERE)
    stats = {"deny_names": len(deny["names"]), "deny_syntaxes": len(deny["syntaxes"]),
             "deny_codes": len(deny["language_codes"]), "deny_lnames": len(deny["language_names"]), "deny_note": note}
    data1, nreg = generate()
    data2, _ = generate()
    errs = list(derrs)
    for key in ("secrets", "evasions", "negatives"):
        b1, b2 = to_bytes(data1[key]), to_bytes(data2[key])
        if b1 != b2:
            errs.append("determinism: %s differs between two generations" % key)
        back = [json.loads(line) for line in b1.decode("utf-8").splitlines()]
        if back != data1[key]:
            errs.append("round trip: %s does not parse back to the same records" % key)
    clean = K.run_all(data1, dict(deny))
    errs += clean
    muts = K.run_mutations(data1, deny, clean)
    for name, caught in muts:
        if not caught:
            errs.append("mutation test not caught: %s" % name)
    stats.update({"registry": nreg, "mutations": muts, "clean_errors": len(clean)})
    readme1 = RD.render(data1, stats)
    readme2 = RD.render(data2, stats)
    if readme1 != readme2:
        errs.append("determinism: README differs")
    if errs:
        for e in errs[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errs))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for key, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(to_bytes(data1[key]))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme1 if readme1.endswith("\n") else readme1 + "\n")
    S = data1["secrets"]
    print("ok: %d positives (everyday %d, vendor %d, password %d, prose %d), %d evasions, %d negatives; "
          "%d/%d mutation tests caught; deny-list %s" %
          (len(S), sum(r["source"] == "everyday" for r in S), sum(r["source"] == "vendor" for r in S),
           sum(r["source"] == "password" for r in S), sum(r["source"] == "prose" for r in S),
           len(data1["evasions"]), len(data1["negatives"]), sum(c for _, c in muts), len(muts), note))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
