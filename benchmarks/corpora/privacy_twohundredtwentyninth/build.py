#!/usr/bin/env python3
"""Build corpus p229 (privacy_twohundredtwentyninth).

python3 build.py [outdir]      generate twice, check, mutate, render README, then write
python3 build.py --freeze      re-extract brief_names.json from /tmp/brief229/
Standard library only; fixed seeds; no clock; no network.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import checks229  # noqa: E402
import everyday229  # noqa: E402
import evasions229  # noqa: E402
import negatives229  # noqa: E402
import positional229  # noqa: E402
import prose229  # noqa: E402
import readme229  # noqa: E402
import vendor229  # noqa: E402
from common229 import BRIEF_DIR, HERE, PREFIX, Registry, dumps_jsonl, extract_denylist, load_denylist  # noqa: E402


def generate():
    reg = Registry()
    ev = everyday229.build(reg)
    vd = vendor229.build(reg)
    pw, hidden = positional229.build(reg)
    pr = prose229.build(reg)
    ea = evasions229.build(reg)
    ng = negatives229.build(reg)
    secrets = []
    for i, r in enumerate(ev + vd + pw + pr):
        secrets.append(dict([("id", "%s-s-%04d" % (PREFIX, i + 1))] + list(r.items())))
    evas = [dict([("id", "%s-e-%04d" % (PREFIX, i + 1))] + list(r.items())) for i, r in enumerate(ea)]
    negs = [dict([("id", "%s-n-%04d" % (PREFIX, i + 1))] + list(r.items())) for i, r in enumerate(ng)]
    return {"secrets": secrets, "evasions": evas, "negatives": negs, "hidden": hidden, "registry_size": len(reg.items)}


def main(argv):
    freeze = "--freeze" in argv
    args = [a for a in argv if not a.startswith("--")]
    outdir = args[0] if args else HERE
    errors = []
    deny_note = "frozen list used (brief directory absent)"
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        if freeze:
            with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as f:
                json.dump(fresh, f, ensure_ascii=False, indent=1)
                f.write("\n")
            print("brief_names.json frozen from", BRIEF_DIR)
            return 0
        frozen = load_denylist()
        if fresh != frozen:
            errors.append("brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR)
        else:
            deny_note = "re-extracted from %s and identical" % BRIEF_DIR
    deny = load_denylist()

    a = generate()
    b = generate()
    files_a = {k: dumps_jsonl(a[k]) for k in ("secrets", "evasions", "negatives")}
    files_b = {k: dumps_jsonl(b[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files_a:
        if files_a[k].encode() != files_b[k].encode():
            errors.append("generation is not deterministic: %s.jsonl" % k)
    for k in ("secrets", "evasions", "negatives"):
        for line in files_a[k].splitlines():
            json.loads(line)

    errors += checks229.run_checks(a, deny)
    muts = checks229.run_mutations(a, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: " + name)

    readme_a = readme229.render(a, deny, muts, deny_note)
    readme_b = readme229.render(b, deny, muts, deny_note)
    if readme_a != readme_b:
        errors.append("README rendering is not deterministic")

    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, s in files_a.items():
        with open(os.path.join(outdir, k + ".jsonl"), "w", encoding="utf-8") as f:
            f.write(s)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme_a)
    if os.path.abspath(outdir) != os.path.abspath(HERE):
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d positives, %d evasions, %d negatives to %s (mutations caught %d/%d)" % (
        len(a["secrets"]), len(a["evasions"]), len(a["negatives"]), outdir, sum(c for _, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
