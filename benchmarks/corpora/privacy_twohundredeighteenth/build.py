#!/usr/bin/env python3
"""Deterministic builder of the p218 held-out credential corpus (standard library only)."""
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common218 as C  # noqa: E402
import checks218  # noqa: E402
import everyday218  # noqa: E402
import evasions218  # noqa: E402
import negatives218  # noqa: E402
import positional218  # noqa: E402
import prose218  # noqa: E402
import readme218  # noqa: E402
import vendor218  # noqa: E402

DENY_FILE = "brief_names.json"


def generate():
    reg = C.Registry()
    secrets = everyday218.build(reg) + vendor218.build(reg)
    pw, _hidden = positional218.build(reg)
    secrets += pw + prose218.build(reg)
    evasions = evasions218.build(reg)
    negatives = negatives218.build(reg.items + _hidden, C.PW_SEARCH_STRICT)
    for tag, recs in (("s", secrets), ("e", evasions), ("n", negatives)):
        for i, r in enumerate(recs):
            r["id"] = "%s-%s-%04d" % (C.PREFIX, tag, i + 1)
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "registry_size": len(reg.items)}


def serialise(data):
    return {k: "".join(C.jline(r) + "\n" for r in data[k]).encode("utf-8") for k in ("secrets", "evasions", "negatives")}


def load_deny(errors):
    path = os.path.join(HERE, DENY_FILE)
    freeze = "--freeze" in sys.argv
    brief_exists = os.path.isdir(C.BRIEF_DIR)
    fresh = C.extract_denylist() if brief_exists else None
    if freeze:
        if not brief_exists:
            errors.append("--freeze needs " + C.BRIEF_DIR)
            return None, "missing"
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(fresh, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    if not os.path.exists(path):
        errors.append(DENY_FILE + " missing (run with --freeze while " + C.BRIEF_DIR + " exists)")
        return None, "missing"
    frozen = C.load_frozen(path)
    status = "frozen list used; " + C.BRIEF_DIR + " not present, no re-extraction"
    if brief_exists:
        if fresh != frozen:
            errors.append("deny-list differs from a fresh extraction of " + C.BRIEF_DIR)
        status = "re-extracted from " + C.BRIEF_DIR + " and identical"
    return frozen, status


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    outdir = os.path.abspath(args[0]) if args else HERE
    errors = []
    deny, deny_status = load_deny(errors)
    if deny is None:
        print("\n".join(errors))
        return 1
    d1, d2 = generate(), generate()
    b1, b2 = serialise(d1), serialise(d2)
    for k in b1:
        if b1[k] != b2[k]:
            errors.append(f"non-deterministic {k}")
    errors += checks218.run_checks(d1, deny)
    muts = checks218.run_mutations(d1, deny)
    for name, caught in muts:
        if not caught:
            errors.append(f"mutation not caught: {name}")
    r1 = readme218.render(d1, deny, deny_status, muts)
    r2 = readme218.render(d2, deny, deny_status, muts)
    if r1 != r2:
        errors.append("README not deterministic")
    if errors:
        print("BUILD FAILED (nothing written):")
        for e in errors[:200]:
            print("  " + e)
        print(f"  ({len(errors)} errors)")
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(b1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if outdir != HERE:
        with open(os.path.join(outdir, DENY_FILE), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print(f"ok: {len(d1['secrets'])} positives, {len(d1['evasions'])} evasions, {len(d1['negatives'])} negatives; "
          f"mutations caught {sum(c for _, c in muts)}/{len(muts)}; deny-list {deny_status}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
