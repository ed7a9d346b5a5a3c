#!/usr/bin/env python3
"""Build the p252 corpus (organic-box schemes, food co-ops, zero-waste refill shops).

python3 build.py [outdir]     generate twice, compare, run every check and mutation test, then write
python3 build.py --freeze     re-extract the deny-list from /tmp/brief252 into brief_names.json
Python 3 standard library only; fixed seeds; no clock; no network.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common252 as C  # noqa: E402
import everyday252  # noqa: E402
import vendor252  # noqa: E402
import positional252  # noqa: E402
import prose252  # noqa: E402
import evasions252  # noqa: E402
import negatives252  # noqa: E402
import checks252  # noqa: E402
import readme252  # noqa: E402


def generate():
    reg = C.Registry()
    everyday, pairs = everyday252.build(reg)
    vendor, assign = vendor252.build(reg)
    positional = positional252.build(reg)
    prose = prose252.build(reg)
    evasions = evasions252.build(reg)
    secrets = everyday + vendor + positional + prose
    for i, r in enumerate(secrets):
        r["id"] = "%s-s-%04d" % (C.PREFIX, i + 1)
    for i, r in enumerate(evasions):
        r["id"] = "%s-e-%04d" % (C.PREFIX, i + 1)
    plains = [r["secrets"][0]["plain"] for r in evasions]
    registered = list(reg.items)
    negatives = negatives252.build(lambda t: checks252.neg_problem(t, registered, plains))
    for i, r in enumerate(negatives):
        r["id"] = "%s-n-%04d" % (C.PREFIX, i + 1)
    data = {"secrets": secrets, "evasions": evasions, "negatives": negatives}
    ctx = {"pairs": pairs, "assign": assign, "registered": registered}
    return data, ctx


def main(argv):
    outdir = HERE
    if argv and argv[0] == "--freeze":
        d = C.extract_denylist(C.BRIEF_DIR)
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    if argv:
        outdir = argv[0]
    deny, deny_status = C.load_denylist(HERE)

    data1, ctx1 = generate()
    data2, ctx2 = generate()
    errors = []
    for key in ("secrets", "evasions", "negatives"):
        b1, b2 = C.jsonl_bytes(data1[key]), C.jsonl_bytes(data2[key])
        if b1 != b2:
            errors.append("determinism: %s differs between two generations" % key)
        back = [json.loads(line) for line in b1.decode("utf-8").splitlines()]
        if back != data1[key]:
            errors.append("determinism: %s does not parse back to the same records" % key)

    errors += checks252.run_checks(data1, deny, ctx1["registered"])
    muts = checks252.mutations(data1, deny, ctx1["registered"])
    missed = [m for m, caught in muts if not caught]
    if missed:
        errors.append("mutation tests not caught: %s" % ", ".join(missed))

    info = {"deny": deny, "deny_status": deny_status, "mutations": muts, "errors": len(errors),
            "registered": len(ctx1["registered"]), "pairs": ctx1["pairs"], "assign": ctx1["assign"]}
    readme1 = readme252.render(data1, info)
    readme2 = readme252.render(data2, dict(info, pairs=ctx2["pairs"], assign=ctx2["assign"]))
    if readme1 != readme2:
        errors.append("determinism: README differs between two generations")

    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d error(s); nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    C.write_jsonl(os.path.join(outdir, "secrets.jsonl"), data1["secrets"])
    C.write_jsonl(os.path.join(outdir, "evasions.jsonl"), data1["evasions"])
    C.write_jsonl(os.path.join(outdir, "negatives.jsonl"), data1["negatives"])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    src = collections_count(data1["secrets"])
    print("ok: secrets %d (%s), evasions %d, negatives %d; mutation tests %d/%d caught; deny-list %s" % (
        len(data1["secrets"]), src, len(data1["evasions"]), len(data1["negatives"]),
        sum(1 for _, c in muts if c), len(muts), deny_status))
    return 0


def collections_count(recs):
    out = {}
    for r in recs:
        out[r["source"]] = out.get(r["source"], 0) + 1
    return ", ".join("%s %d" % kv for kv in out.items())


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
