#!/usr/bin/env python3
"""Build p275: python3 build.py [outdir]   (python3 build.py --freeze re-extracts the deny-list)."""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks275  # noqa: E402
import common275 as C  # noqa: E402
import deny275  # noqa: E402
import everyday275  # noqa: E402
import evasions275  # noqa: E402
import negatives275  # noqa: E402
import positional275  # noqa: E402
import prose275  # noqa: E402
import readme275  # noqa: E402
import vendor275  # noqa: E402
import world275 as W  # noqa: E402

DENY_PATH = os.path.join(HERE, "brief_names.json")


def generate_all():
    reg = C.Registry()
    ev = everyday275.generate(reg)
    vd, neighbours = vendor275.generate(reg)
    pw = positional275.generate(reg)
    pr = prose275.generate(reg)
    eva = evasions275.generate(reg)
    registered = [s for s in reg.items if len(s) >= 6]

    def forbid(text):
        probs = []
        for s in registered:
            if s in text:
                probs.append("registered string")
                break
        if W.forms_in(text):
            probs.append("password form")
        if checks275.JWT_RE.search(text):
            probs.append("jwt")
        if C.non_v4_uuids(text):
            probs.append("uuid")
        return probs

    neg = negatives275.generate(reg, forbid)
    pos = []
    for i, r in enumerate(ev + vd + pw + pr, 1):
        pos.append({"id": f"p275-s-{i:04d}", **r})
    eva2 = [{"id": f"p275-e-{i:04d}", **r} for i, r in enumerate(eva, 1)]
    neg2 = [{"id": f"p275-n-{i:04d}", **r} for i, r in enumerate(neg, 1)]
    return pos, eva2, neg2, neighbours, len(reg.items)


def main(argv):
    errors = []
    if "--freeze" in argv:
        d = deny275.extract_denylist()
        with open(DENY_PATH, "w", encoding="utf-8") as fh:
            fh.write(deny275.dump_denylist(d))
        print(f"froze deny-list from {d['source']}: {len(d['names'])} names")
        return 0
    outdir = next((a for a in argv if not a.startswith("--")), HERE)

    selftest = C.selftest()
    deny = deny275.load_frozen(DENY_PATH)
    if os.path.isdir(deny275.BRIEF_DIR):
        fresh = deny275.extract_denylist()
        if fresh != deny:
            errors.append("deny-list re-extracted from /tmp/brief275 differs from brief_names.json")
        deny_note = "re-extracted from /tmp/brief275 and identical" if fresh == deny else "re-extracted and DIFFERENT"
    else:
        deny_note = "/tmp/brief275 absent; frozen copy used"

    runs = []
    for _ in range(2):
        pos, eva, neg, neighbours, nreg = generate_all()
        runs.append((C.jsonl(pos), C.jsonl(eva), C.jsonl(neg)))
    if runs[0] != runs[1]:
        errors.append("the two generations differ")
    blobs = runs[0]
    back = [[json.loads(l) for l in b.splitlines()] for b in blobs]
    if back != [pos, eva, neg]:
        errors.append("JSONL does not parse back to the same records")

    errors += checks275.run_checks(pos, eva, neg, deny, neighbours)
    muts = checks275.mutations(pos, eva, neg, deny, neighbours, errors)
    for name, caught, ex in muts:
        if not caught:
            errors.append(f"mutation {name} not caught {ex}")

    stats = dict(selftest=selftest, deny=deny, deny_note=deny_note, mutations=muts, clean_errors=len(errors),
                 nreg=nreg, pos=pos, eva=eva, neg=neg, neighbours=neighbours)
    readme = [readme275.render(stats) for _ in range(2)]
    if readme[0] != readme[1]:
        errors.append("README renders differ")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print(f"{len(errors)} errors; nothing written")
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, b in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), blobs):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as fh:
            fh.write(b)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme[0])
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            fh.write(deny275.dump_denylist(deny))
    print(f"wrote {len(pos)} positives, {len(eva)} evasions, {len(neg)} negatives to {outdir}; "
          f"{sum(1 for m in muts if m[1])}/{len(muts)} mutations caught; {len(selftest)} self-test vectors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
