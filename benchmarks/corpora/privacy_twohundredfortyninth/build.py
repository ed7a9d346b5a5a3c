#!/usr/bin/env python3
"""Build the p249 corpus (thatchers, roofers and scaffolding firms).

python3 build.py [outdir]   generate twice, check, run mutation tests, write
python3 build.py --freeze   re-extract the deny-list from /tmp/brief249

Standard library only, fixed seeds, no clock, no network.  Nothing is written
unless every check passes.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common249 as C  # noqa: E402
import checks249  # noqa: E402
import everyday249  # noqa: E402
import evasions249  # noqa: E402
import negatives249  # noqa: E402
import positional249  # noqa: E402
import prose249  # noqa: E402
import readme249  # noqa: E402
import vendor249  # noqa: E402


def _order(rec, fields):
    return {k: rec[k] for k in fields}


def generate():
    reg = C.Registry()
    parts = [everyday249.build(reg), vendor249.build(reg), positional249.build(reg), prose249.build(reg)]
    pos = []
    for part in parts:
        pos.extend(part)
    for i, r in enumerate(pos):
        r["id"] = "%s-s-%04d" % (C.PREFIX, i + 1)
    pos = [_order(r, checks249.POS_FIELDS) for r in pos]
    eva = evasions249.build(reg)
    for i, r in enumerate(eva):
        r["id"] = "%s-e-%04d" % (C.PREFIX, i + 1)
    eva = [_order(r, checks249.EVA_FIELDS) for r in eva]
    forbidden = list(reg.items) + [r["secrets"][0]["plain"] for r in eva]
    neg = negatives249.build(forbidden, C.PASSWORD_FORM_IN_TEXT)
    for i, r in enumerate(neg):
        r["id"] = "%s-n-%04d" % (C.PREFIX, i + 1)
    neg = [_order(r, checks249.NEG_FIELDS) for r in neg]
    return pos, eva, neg, len(reg.items)


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def deny_status():
    deny = C.load_denylist()
    info = {"frozen": len(deny["names"])}
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != deny:
            info["error"] = "deny-list re-extracted from %s differs from brief_names.json" % C.BRIEF_DIR
            info["status"] = "re-extracted from %s and DIFFERENT" % C.BRIEF_DIR
        else:
            info["status"] = "re-extracted from %s and identical" % C.BRIEF_DIR
    else:
        info["status"] = "%s absent; the frozen list was used" % C.BRIEF_DIR
    return deny, info


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist()
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny, info = deny_status()

    pos, eva, neg, nreg = generate()
    pos2, eva2, neg2, nreg2 = generate()
    errors = []
    b1 = [jsonl(pos), jsonl(eva), jsonl(neg)]
    b2 = [jsonl(pos2), jsonl(eva2), jsonl(neg2)]
    if b1 != b2:
        errors.append("determinism: the two generations differ")
    for blob, recs in zip(b1, (pos, eva, neg)):
        if [json.loads(line) for line in blob.decode("utf-8").splitlines()] != recs:
            errors.append("JSONL bytes do not parse back to the same records")

    errors += checks249.run_checks(pos, eva, neg, deny, info)
    muts = checks249.run_mutations(pos, eva, neg, deny)
    missed = [m for m, caught in muts if not caught]
    if missed:
        errors.append("mutation tests not caught: " + ", ".join(missed))
    if len(muts) < 12:
        errors.append("fewer than 12 mutation tests")

    stats = {"registry": nreg, "errors": len(errors), "mutations": muts, "deny": info}
    readme1 = readme249.render(pos, eva, neg, deny, stats).encode("utf-8")
    readme2 = readme249.render(pos2, eva2, neg2, deny, dict(stats, registry=nreg2)).encode("utf-8")
    if readme1 != readme2:
        errors.append("determinism: README differs between generations")
        stats["errors"] = len(errors)
        readme1 = readme249.render(pos, eva, neg, deny, stats).encode("utf-8")

    if errors:
        print("BUILD FAILED – nothing written")
        for e in errors[:200]:
            print("  -", e)
        if len(errors) > 200:
            print("  … %d more" % (len(errors) - 200))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, blob in (("secrets.jsonl", b1[0]), ("evasions.jsonl", b1[1]), ("negatives.jsonl", b1[2]),
                       ("README.md", readme1)):
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(blob)
    print("ok: %d positives, %d evasions, %d negatives; %d/%d mutation tests caught; deny-list %s"
          % (len(pos), len(eva), len(neg), sum(1 for _, c in muts if c), len(muts), info["status"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
