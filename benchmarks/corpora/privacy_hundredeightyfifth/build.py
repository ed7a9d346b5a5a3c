#!/usr/bin/env python3
"""Build the p185 held-out credential corpus. Usage: python3 build.py [outdir] | --freeze"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import common185 as C  # noqa: E402
import everyday185, vendor185, positional185, prose185, evasions185, negatives185  # noqa: E402
import checks185, readme185  # noqa: E402


def generate_all():
    reg = C.Registry()
    ev = everyday185.generate(reg)
    ve = vendor185.generate(reg)
    pw, _hidden = positional185.generate(reg)
    pr = prose185.generate(reg)
    ea = evasions185.generate(reg)
    ng = negatives185.generate(list(reg.items))
    secrets = []
    for i, r in enumerate(ev + ve + pw + pr):
        secrets.append({"id": "%s-s-%04d" % (C.OUT_PREFIX, i + 1), "type": r["type"], "container": r["container"],
                        "text": r["text"], "secrets": [{"value": r["value"], "start": r["start"], "end": r["end"], "type": r["type"]}],
                        "source": r["source"]})
    evas = []
    for i, r in enumerate(ea):
        evas.append({"id": "%s-e-%04d" % (C.OUT_PREFIX, i + 1), "type": r["type"], "container": r["container"],
                     "encoding": r["encoding"], "text": r["text"],
                     "secrets": [{"value": r["value"], "start": r["start"], "end": r["end"], "type": r["type"],
                                  "plain": r["plain"], "encoding": r["encoding"]}], "source": "evasion"})
    negs = []
    for i, r in enumerate(ng):
        negs.append({"id": "%s-n-%04d" % (C.OUT_PREFIX, i + 1), "class": r["class"], "container": r["container"],
                     "text": r["text"], "source": "negative"})
    return {"secrets": secrets, "evasions": evas, "negatives": negs}


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def main(argv):
    if argv[1:2] == ["--freeze"]:
        d = C.extract_denylist()
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze deny-list:", {k: len(v) for k, v in d.items() if k != "source"})
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny = C.load_denylist(HERE)
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of " + C.BRIEF_DIR)
        deny_note = "re-extracted from %s and identical" % C.BRIEF_DIR
    else:
        deny_note = "%s absent; frozen copy used" % C.BRIEF_DIR
    a, b = generate_all(), generate_all()
    files_a = {k: dump(a[k]) for k in ("secrets", "evasions", "negatives")}
    files_b = {k: dump(b[k]) for k in ("secrets", "evasions", "negatives")}
    if files_a != files_b:
        errors.append("two in-process generations differ")
    errs = checks185.run_all(a, deny)
    errors += errs
    muts = checks185.run_mutations(a, deny, errs)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test not caught: " + name)
    ra = readme185.render(a, deny, muts, deny_note)
    rb = readme185.render(b, deny, muts, deny_note)
    if ra != rb:
        errors.append("README renders differ between generations")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d error(s); nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k in ("secrets", "evasions", "negatives"):
        with open(os.path.join(outdir, k + ".jsonl"), "wb") as fh:
            fh.write(files_a[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(ra)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote %d secrets, %d evasions, %d negatives to %s (mutations %d/%d caught)" % (
        len(a["secrets"]), len(a["evasions"]), len(a["negatives"]), outdir, sum(c for _, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
