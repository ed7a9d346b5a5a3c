#!/usr/bin/env python3
"""Build corpus p179 (florist, wedding and event-planning developers).

python3 build.py [outdir]      generate twice, check, mutate, render README, then write
python3 build.py --freeze      re-extract the deny-list from /tmp/brief179/ into brief_names.json
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common179 as C  # noqa: E402
import checks179  # noqa: E402
import everyday179  # noqa: E402
import evasions179  # noqa: E402
import negatives179  # noqa: E402
import positional179  # noqa: E402
import prose179  # noqa: E402
import readme179  # noqa: E402
import vendor179  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    pos = everyday179.generate(reg)
    pos += vendor179.generate(reg, len(pos))
    pos += positional179.generate(reg, len(pos))
    pos += prose179.generate(reg, len(pos))
    eva = evasions179.generate(reg)
    forbidden = [x["secrets"][0]["value"] for x in pos + eva] + [x["secrets"][0]["plain"] for x in eva]
    forbidden += [h for h in (positional179.hidden_password(x) for x in pos if x["source"] == "password") if h]
    neg = negatives179.generate(forbidden)
    return {"secrets": pos, "evasions": eva, "negatives": neg}


def dump_json(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    errors = []
    if "--freeze" in argv:
        d = C.extract_denylist(C.read_brief())
        with open(FROZEN, "w", encoding="utf-8") as fh:
            fh.write(dump_json(d))
        print("frozen", {k: len(v) for k, v in d.items() if isinstance(v, list)})
        return 0
    outdir = os.path.abspath(argv[1]) if len(argv) > 1 else HERE
    with open(FROZEN, encoding="utf-8") as fh:
        deny = json.load(fh)
    deny_note = "not re-extracted (/tmp/brief179 absent)"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist(C.read_brief())
        if fresh != deny:
            errors.append("frozen brief_names.json differs from a fresh extraction of /tmp/brief179")
        deny_note = "re-extracted from /tmp/brief179 and identical" if fresh == deny else "DIFFERS"

    b1 = generate()
    b2 = generate()
    files1 = {k: C.dumps_jsonl(b1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: C.dumps_jsonl(b2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append(f"{k}.jsonl differs between two in-process generations")
    errs = checks179.run_checks(b1, deny)
    errors += errs
    muts = checks179.run_mutations(b1, deny, errs)
    for name, caught in muts:
        if not caught:
            errors.append(f"mutation {name} not caught")
    r1 = readme179.render(b1, deny, muts, deny_note)
    r2 = readme179.render(b2, deny, muts, deny_note)
    if r1 != r2:
        errors.append("README differs between the two generations")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print(f"{len(errors)} error(s); nothing written")
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, data in files1.items():
        with open(os.path.join(outdir, k + ".jsonl"), "w", encoding="utf-8") as fh:
            fh.write(data)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(os.path.join(outdir, "brief_names.json")) != FROZEN:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            fh.write(dump_json(deny))
    print(f"wrote {len(b1['secrets'])} positives, {len(b1['evasions'])} evasions, {len(b1['negatives'])} negatives "
          f"to {outdir}; mutations caught {sum(c for _, c in muts)}/{len(muts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
