#!/usr/bin/env python3
"""Build corpus p228 (piano tuners, organ builders, instrument repairers).

python3 build.py [outdir]     generate twice, check, mutate, render README, then write
python3 build.py --freeze     re-extract the deny-list from /tmp/brief228/ into brief_names.json next to this script
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks228  # noqa: E402
import common228 as C  # noqa: E402
import everyday228  # noqa: E402
import evasions228  # noqa: E402
import negatives228  # noqa: E402
import positional228  # noqa: E402
import prose228  # noqa: E402
import readme228  # noqa: E402
import vendor228  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    secrets, evasions, negatives = [], [], []
    info = {"hidden": {}}

    def pos(typ, container, text, value, source):
        secrets.append(C.positive("%s-s-%04d" % (C.PREFIX, len(secrets) + 1), typ, container, text, value, source))

    for t, kind, text, v in everyday228.build(reg):
        pos(t, kind, text, v, "everyday")
    for t, cont, text, v in vendor228.build(reg):
        pos(t, cont, text, v, "vendor")
    for t, cont, text, v, hidden, where, desc in positional228.build(reg):
        pos(t, cont, text, v, "password")
        if hidden:
            info["hidden"][t] = hidden
    for t, cont, text, v, code in prose228.build(reg):
        pos(t, cont, text, v, "prose")
    for t, cont, encname, text, run, plain in evasions228.build(reg):
        s, e = C.find_span(text, run)
        evasions.append({"id": "%s-e-%04d" % (C.PREFIX, len(evasions) + 1), "type": t, "container": cont, "encoding": encname,
                         "text": text, "secrets": [{"value": run, "start": s, "end": e, "type": t, "plain": plain, "encoding": encname}],
                         "source": "evasion"})
    for cls, cont, text in negatives228.build(reg):
        negatives.append({"id": "%s-n-%04d" % (C.PREFIX, len(negatives) + 1), "class": cls, "container": cont, "text": text, "source": "negative"})
    info["registry_size"] = len(reg.items)
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives}, info


def load_deny():
    frozen = None
    if os.path.exists(FROZEN):
        with open(FROZEN, encoding="utf-8") as f:
            frozen = json.load(f)
    if frozen is None:
        if not os.path.isdir(C.BRIEF_DIR):
            raise SystemExit("no brief_names.json and no %s" % C.BRIEF_DIR)
        raise SystemExit("brief_names.json missing: run python3 build.py --freeze first")
    return frozen


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist()
        with open(FROZEN, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes, %d language codes, %d language names" % (len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    frozen = load_deny()
    deny = C.prepare_deny(frozen)
    errors = []
    data1, info1 = generate()
    data2, info2 = generate()
    blobs1 = [C.dumps_jsonl(data1[k]) for k in ("secrets", "evasions", "negatives")]
    blobs2 = [C.dumps_jsonl(data2[k]) for k in ("secrets", "evasions", "negatives")]
    if blobs1 != blobs2:
        errors.append("two generations differ")
    errors += checks228.check_all(data1, deny, frozen=frozen)
    fresh_status = "re-extracted from %s and identical" % C.BRIEF_DIR if os.path.isdir(C.BRIEF_DIR) else "not re-extracted (%s absent)" % C.BRIEF_DIR
    muts = checks228.run_mutations(data1, deny, errors, frozen)
    missed = [n for n, ok in muts if not ok]
    if missed:
        errors.append("mutation tests not caught: %s" % missed)
    readme1 = readme228.render(data1, info1, frozen, muts, fresh_status)
    readme2 = readme228.render(data2, info2, frozen, muts, fresh_status)
    if readme1 != readme2:
        errors.append("README renders differ")
    if errors:
        print("BUILD FAILED – nothing written:")
        for e in errors[:200]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    names = ("secrets.jsonl", "evasions.jsonl", "negatives.jsonl")
    for n, b in zip(names, blobs1):
        with open(os.path.join(outdir, n), "w", encoding="utf-8") as f:
            f.write(b)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(frozen, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: %d secrets, %d evasions, %d negatives; mutations %d/%d caught; written to %s"
          % (len(data1["secrets"]), len(data1["evasions"]), len(data1["negatives"]), len(muts) - len(missed), len(muts), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
