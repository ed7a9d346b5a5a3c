#!/usr/bin/env python3
"""Build corpus p225 (farriers, equine vets, livery yards).

python3 build.py [outdir]   generate twice, check, run mutation tests, then write
python3 build.py --freeze   re-extract the deny-list from /tmp/brief225/ into brief_names.json
Python 3 standard library only; fixed seeds; no clock; no network.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks225  # noqa: E402
import everyday225  # noqa: E402
import evasions225  # noqa: E402
import negatives225  # noqa: E402
import positional225  # noqa: E402
import prose225  # noqa: E402
import readme225  # noqa: E402
import vendor225  # noqa: E402
from common225 import BRIEF_DIR, Registry, dumps_jsonl, extract_denylist, prep_deny  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = Registry()
    secrets = everyday225.generate(reg, 1)
    vend, vmeta = vendor225.generate(reg, len(secrets) + 1)
    secrets += vend
    secrets += positional225.generate(reg, len(secrets) + 1)
    secrets += prose225.generate(reg, len(secrets) + 1)
    evasions = evasions225.generate(reg, 1)
    negatives = negatives225.generate(reg.items, 1)
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives}, vmeta, len(reg.items)


def load_deny():
    with open(DENY_FILE, encoding="utf-8") as fh:
        frozen = json.load(fh)
    status = "frozen copy only (/tmp/brief225 not present)"
    errs = []
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist(BRIEF_DIR)
        if fresh != frozen:
            errs.append("brief_names.json differs from a fresh extraction of " + BRIEF_DIR)
            status = "re-extracted from /tmp/brief225 and DIFFERENT"
        else:
            status = "re-extracted from /tmp/brief225 and identical"
    return frozen, status, errs


def main(argv):
    if argv and argv[0] == "--freeze":
        d = extract_denylist(BRIEF_DIR)
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze", {k: len(v) for k, v in d.items() if isinstance(v, list)})
        return 0
    outdir = argv[0] if argv else HERE
    frozen, deny_status, errs = load_deny()
    deny = prep_deny(frozen)

    data1, vmeta, nreg = generate()
    data2, _, _ = generate()
    blobs1 = [dumps_jsonl(data1[k]) for k in ("secrets", "evasions", "negatives")]
    blobs2 = [dumps_jsonl(data2[k]) for k in ("secrets", "evasions", "negatives")]
    if blobs1 != blobs2:
        errs.append("two in-process generations differ")
    errs += checks225.run_checks(data1, deny, vmeta)
    muts = checks225.run_mutations(data1, deny, vmeta)
    for name, caught in muts:
        if not caught:
            errs.append(f"mutation {name} not caught")
    readme1 = readme225.render(data1, vmeta, frozen, deny_status, muts, nreg)
    readme2 = readme225.render(data2, vmeta, frozen, deny_status, muts, nreg)
    if readme1 != readme2:
        errs.append("README renders differ")
    if errs:
        print("BUILD FAILED – nothing written:")
        for e in errs[:200]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, blob in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), blobs1):
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as fh:
            fh.write(blob)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(frozen, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print(f"ok: {len(data1['secrets'])} secrets, {len(data1['evasions'])} evasions, "
          f"{len(data1['negatives'])} negatives; mutations {sum(c for _, c in muts)}/{len(muts)} caught; deny-list {deny_status}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
