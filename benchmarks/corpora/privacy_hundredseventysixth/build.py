#!/usr/bin/env python3
"""Build the p176 held-out credential corpus.

python3 build.py [outdir]   generate twice, check, run mutation tests, then write
python3 build.py --freeze   re-extract the deny-list from /tmp/brief176/ into brief_names.json
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks176  # noqa: E402
import common176  # noqa: E402
import everyday176  # noqa: E402
import evasions176  # noqa: E402
import negatives176  # noqa: E402
import positional176  # noqa: E402
import prose176  # noqa: E402
import readme176  # noqa: E402
import vendor176  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def generate_all():
    reg = common176.Registry()
    everyday = everyday176.generate(reg, 1)
    vendor = vendor176.generate(reg, 1 + len(everyday))
    password, hidden = positional176.generate(reg, 1 + len(everyday) + len(vendor))
    prose = prose176.generate(reg, 1 + len(everyday) + len(vendor) + len(password))
    evasions = evasions176.generate(reg)
    forbidden = list(reg.items) + list(hidden)
    negatives = negatives176.generate(forbidden)
    return {"everyday": everyday, "vendor": vendor, "password": password, "prose": prose,
            "evasions": evasions, "negatives": negatives, "hidden": hidden}


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def serialise(d):
    pos = d["everyday"] + d["vendor"] + d["password"] + d["prose"]
    return {"secrets.jsonl": jsonl(pos), "evasions.jsonl": jsonl(d["evasions"]), "negatives.jsonl": jsonl(d["negatives"])}


def deny_json(deny):
    return (json.dumps(deny, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def main(argv):
    if "--freeze" in argv:
        deny = common176.extract_denylist()
        with open(FROZEN, "wb") as fh:
            fh.write(deny_json(deny))
        print("froze %d names, %d syntaxes, %d language codes, %d language names" % (
            len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    with open(FROZEN, encoding="utf-8") as fh:
        deny = json.load(fh)
    if os.path.isdir(common176.BRIEF_DIR):
        fresh = common176.extract_denylist()
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of %s" % common176.BRIEF_DIR)
        deny_status = "re-extracted from %s and identical" % common176.BRIEF_DIR
    else:
        deny_status = "%s absent; the frozen copy was used" % common176.BRIEF_DIR

    d1 = generate_all()
    d2 = generate_all()
    f1, f2 = serialise(d1), serialise(d2)
    for name in f1:
        if f1[name] != f2[name]:
            errors.append("non-deterministic output: " + name)
    errors += checks176.check_all(d1, deny)
    muts = checks176.run_mutations(d1, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: " + name)
    readme1 = readme176.render(d1, deny, muts, deny_status)
    readme2 = readme176.render(d2, deny, checks176.run_mutations(d2, deny), deny_status)
    if readme1 != readme2:
        errors.append("README not deterministic")
    if errors:
        for e in errors[:80]:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        return 1
    os.makedirs(outdir, exist_ok=True)
    files = dict(f1)
    files["README.md"] = readme1.encode("utf-8")
    files["brief_names.json"] = deny_json(deny)
    for name, data in files.items():
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(data)
    print("wrote %s: secrets %d, evasions %d, negatives %d; mutations caught %d/%d" % (
        outdir, sum(len(d1[k]) for k in ("everyday", "vendor", "password", "prose")), len(d1["evasions"]),
        len(d1["negatives"]), sum(c for _n, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
