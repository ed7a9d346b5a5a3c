#!/usr/bin/env python3
"""Build corpus p246 (mushroom growers).  python3 build.py [outdir]   |   python3 build.py --freeze

Generates everything twice in one process, compares bytes, runs every check and the mutation
tests and only then writes secrets.jsonl, evasions.jsonl, negatives.jsonl, README.md and
brief_names.json.  On any failure it prints the errors, writes nothing and exits 1.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks246            # noqa: E402
import common246            # noqa: E402
import everyday246          # noqa: E402
import evasions246          # noqa: E402
import negatives246         # noqa: E402
import positional246        # noqa: E402
import prose246             # noqa: E402
import readme246            # noqa: E402
import vendor246            # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def generate_all():
    reg = common246.Registry()
    sec = []
    sec += everyday246.generate(reg, len(sec) + 1)
    sec += vendor246.generate(reg, len(sec) + 1)
    sec += positional246.generate(reg, len(sec) + 1)
    sec += prose246.generate(reg, len(sec) + 1)
    eva = evasions246.generate(reg, 1)
    values = [r["secrets"][0]["value"] for r in sec + eva]
    plains = [r["secrets"][0]["plain"] for r in eva]
    neg = negatives246.generate(checks246.negative_ok_factory(values, plains))
    return {"secrets": sec, "evasions": eva, "negatives": neg, "registry_size": len(reg.items)}


def load_deny():
    notes = []
    if not os.path.exists(FROZEN):
        return None, ["brief_names.json missing (run build.py --freeze while /tmp/brief246 exists)"], notes
    with open(FROZEN, encoding="utf-8") as f:
        frozen = json.load(f)
    errs = []
    if os.path.isdir(common246.BRIEF_DIR):
        fresh = common246.extract_denylist()
        if fresh != frozen:
            errs.append("deny-list re-extracted from %s differs from brief_names.json" % common246.BRIEF_DIR)
        else:
            notes.append("re-extracted from %s and identical" % common246.BRIEF_DIR)
    else:
        notes.append("%s absent; frozen copy used" % common246.BRIEF_DIR)
    return frozen, errs, notes


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = common246.extract_denylist()
        with open(FROZEN, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes, %d language codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = os.path.abspath(argv[1]) if len(argv) > 1 else HERE
    deny, errs, notes = load_deny()
    if errs:
        print("\n".join(errs))
        return 1
    a = generate_all()
    b = generate_all()
    files_a = {n: common246.dumps_jsonl(a[k]) for n, k in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"), ("negatives.jsonl", "negatives"))}
    files_b = {n: common246.dumps_jsonl(b[k]) for n, k in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"), ("negatives.jsonl", "negatives"))}
    errors = []
    for n in files_a:
        if files_a[n] != files_b[n]:
            errors.append("non-deterministic output: %s" % n)
    errors += checks246.run_checks(a, deny)
    clean, muts = checks246.mutations(a, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test not caught: %s" % name)
    info = {"deny_notes": notes, "mutations": muts, "clean_errors": len(clean), "deny": deny}
    readme_a = readme246.render(a, info).encode("utf-8")
    readme_b = readme246.render(b, info).encode("utf-8")
    if readme_a != readme_b:
        errors.append("non-deterministic output: README.md")
    # round-trip: what will be written must parse back to the same records
    for n, k in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"), ("negatives.jsonl", "negatives")):
        back = [json.loads(line) for line in files_a[n].decode("utf-8").splitlines()]
        if back != a[k]:
            errors.append("JSON round trip differs: %s" % n)
    if errors:
        print("BUILD FAILED – nothing written:")
        print("\n".join(errors[:200]))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for n, data in files_a.items():
        with open(os.path.join(outdir, n), "wb") as f:
            f.write(data)
    with open(os.path.join(outdir, "README.md"), "wb") as f:
        f.write(readme_a)
    if os.path.abspath(os.path.join(outdir, "brief_names.json")) != FROZEN:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: secrets %d, evasions %d, negatives %d; mutations caught %d/%d; deny-list %s" % (
        len(a["secrets"]), len(a["evasions"]), len(a["negatives"]), sum(c for _, c in muts), len(muts), "; ".join(notes)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
