#!/usr/bin/env python3
"""Build corpus p237 (dentists). Usage: python3 build.py [outdir] | python3 build.py --freeze"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks237  # noqa: E402
import everyday237  # noqa: E402
import evasions237  # noqa: E402
import negatives237  # noqa: E402
import positional237  # noqa: E402
import prose237  # noqa: E402
import readme237  # noqa: E402
import vendor237  # noqa: E402
from common237 import BRIEF_DIR, PREFIX, Registry, extract_denylist, prepare_deny  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def dumps_deny(d):
    return json.dumps(d, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def load_deny():
    status = "frozen copy only; /tmp/brief237 not present"
    frozen = None
    if os.path.exists(FROZEN):
        with open(FROZEN, encoding="utf-8") as fh:
            frozen = json.load(fh)
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        if frozen is None:
            frozen = fresh
            status = "extracted from /tmp/brief237 (no frozen copy yet)"
        elif fresh != frozen:
            raise SystemExit("deny-list differs from a fresh extraction of /tmp/brief237 – run --freeze deliberately")
        else:
            status = "re-extracted from /tmp/brief237 and identical"
    if frozen is None:
        raise SystemExit("no deny-list: brief_names.json missing and /tmp/brief237 absent")
    return frozen, status


def generate():
    reg = Registry()
    secrets = everyday237.generate(reg) + vendor237.generate(reg) + positional237.generate(reg) + prose237.generate(reg)
    evas = evasions237.generate(reg)
    negs = negatives237.generate(reg.items)
    out = {"secrets": [], "evasions": [], "negatives": []}
    for i, r in enumerate(secrets):
        out["secrets"].append({"id": "%s-s-%04d" % (PREFIX, i + 1), **r})
    for i, r in enumerate(evas):
        out["evasions"].append({"id": "%s-e-%04d" % (PREFIX, i + 1), "type": r["type"], "container": r["container"],
                                "encoding": r["encoding"], "text": r["text"], "secrets": r["secrets"],
                                "source": r["source"]})
    for i, r in enumerate(negs):
        out["negatives"].append({"id": "%s-n-%04d" % (PREFIX, i + 1), **r})
    return out, len(reg.items)


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = extract_denylist()
        with open(FROZEN, "w", encoding="utf-8") as fh:
            fh.write(dumps_deny(d))
        print("froze %d names" % len(d["names"]))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny_raw, status = load_deny()
    deny = prepare_deny(deny_raw)
    errors = []
    d1, n1 = generate()
    d2, n2 = generate()
    files1 = {k: jsonl(d1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: jsonl(d2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("non-deterministic output: %s" % k)
    # round-trip through JSON so that checks see exactly what is written
    data = {k: [json.loads(line) for line in files1[k].decode("utf-8").splitlines()] for k in files1}
    clean = checks237.check_all(data, deny)
    errors += clean
    muts = checks237.run_mutations(data, deny, clean)
    for name, ok in muts:
        if not ok:
            errors.append("mutation not caught: " + name)
    readme1 = readme237.render(data, deny_raw, status, clean, muts, n1)
    data2 = {k: [json.loads(line) for line in files2[k].decode("utf-8").splitlines()] for k in files2}
    readme2 = readme237.render(data2, deny_raw, status, checks237.check_all(data2, deny),
                               checks237.run_mutations(data2, deny, []), n2)
    if readme1 != readme2:
        errors.append("non-deterministic README")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, name in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
        fh.write(dumps_deny(deny_raw))
    print("wrote %d secrets, %d evasions, %d negatives to %s (%s; mutations %d/%d caught)" % (
        len(data["secrets"]), len(data["evasions"]), len(data["negatives"]), outdir, status,
        sum(ok for _n, ok in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
