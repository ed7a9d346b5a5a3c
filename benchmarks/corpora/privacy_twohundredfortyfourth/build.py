#!/usr/bin/env python3
"""Build corpus p244 (racket and cricket clubs).

python3 build.py [outdir]     generate twice, check, mutate, render README, then write
python3 build.py --freeze     re-extract brief_names.json from /tmp/brief244/
Standard library only; fixed seeds; no clock; no network.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks244  # noqa: E402
import common244 as C  # noqa: E402
import everyday244  # noqa: E402
import evasions244  # noqa: E402
import negatives244  # noqa: E402
import positional244  # noqa: E402
import prose244  # noqa: E402
import readme244  # noqa: E402
import vendor244  # noqa: E402


def generate():
    reg = C.Registry()
    ev = everyday244.build(reg)
    vd, styles = vendor244.build(reg)
    pw, hidden = positional244.build(reg)
    pr = prose244.build(reg)
    eva = evasions244.build(reg)
    secrets = ev + vd + pw + pr
    for i, r in enumerate(secrets):
        r["id"] = "%s-s-%04d" % (C.PREFIX, i + 1)
    for i, r in enumerate(eva):
        r["id"] = "%s-e-%04d" % (C.PREFIX, i + 1)
    secret_strings = [r["secrets"][0]["value"] for r in secrets + eva] + \
                     [r["secrets"][0]["plain"] for r in eva] + list(hidden)
    neg = negatives244.build(secret_strings)
    for i, r in enumerate(neg):
        r["id"] = "%s-n-%04d" % (C.PREFIX, i + 1)
    data = {"secrets": secrets, "evasions": eva, "negatives": neg}
    meta = {"registry": len(reg.items), "styles": styles, "hidden": hidden}
    return data, meta


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist()
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes" % (len(d["names"]), len(d["syntaxes"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny = C.load_denylist(HERE)
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
        deny_note = "re-extracted from %s and identical" % C.BRIEF_DIR if fresh == deny else "DIFFERS"
    else:
        deny_note = "%s absent; the frozen list was used" % C.BRIEF_DIR

    data1, meta1 = generate()
    data2, meta2 = generate()
    files1 = {k: dump(data1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: dump(data2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("non-deterministic output: %s" % k)

    clean = checks244.run_all(data1, deny, meta1["hidden"])
    errors += clean
    muts = checks244.run_mutations(data1, deny, meta1["hidden"], clean)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test not caught: %s" % name)

    r1 = readme244.render(data1, meta1, deny, deny_note, muts, len(clean))
    r2 = readme244.render(data2, meta2, deny, deny_note, muts, len(clean))
    if r1 != r2:
        errors.append("README differs between the two generations")

    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    names = {"secrets": "secrets.jsonl", "evasions": "evasions.jsonl", "negatives": "negatives.jsonl"}
    for k, fn in names.items():
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d positives, %d evasions, %d negatives to %s; mutations %d/%d caught"
          % (len(data1["secrets"]), len(data1["evasions"]), len(data1["negatives"]), outdir,
             sum(1 for _, c in muts if c), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
