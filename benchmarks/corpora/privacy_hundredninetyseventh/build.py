#!/usr/bin/env python3
"""Build corpus 197 (privacy_hundredninetyseventh): python3 build.py [outdir] | --freeze

Generates everything twice in one process, compares the bytes, runs every check and the mutation
tests, renders README.md from both generations, and only then writes the files. On any failure it
prints the errors, writes nothing and exits 1.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True

import checks197  # noqa: E402
import common197 as C  # noqa: E402
import everyday197  # noqa: E402
import evasions197  # noqa: E402
import negatives197  # noqa: E402
import positional197  # noqa: E402
import prose197  # noqa: E402
import readme197  # noqa: E402
import vendor197  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    secrets = everyday197.build(reg, 1)
    secrets += vendor197.build(reg, len(secrets) + 1)
    pw, hidden = positional197.build(reg, len(secrets) + 1)
    secrets += pw
    secrets += prose197.build(reg, len(secrets) + 1)
    evasions = evasions197.build(reg, 1)
    negatives = negatives197.build(reg, 1)
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "hidden": hidden,
            "registry_size": len(reg.items)}


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def load_deny():
    """Returns (deny-list, status sentence, ok flag)."""
    frozen = None
    if os.path.exists(FROZEN):
        frozen = json.load(open(FROZEN, encoding="utf-8"))
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if frozen is None:
            return fresh, "no frozen list found; extracted from %s" % C.BRIEF_DIR, False
        same = fresh == frozen
        return frozen, ("re-extracted from %s and %s" % (C.BRIEF_DIR, "identical" if same else "DIFFERENT")), same
    if frozen is None:
        return None, "neither %s nor brief_names.json available" % C.BRIEF_DIR, False
    return frozen, "%s not present; frozen list used as is" % C.BRIEF_DIR, True


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist()
        with open(FROZEN, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes, %d language codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny, deny_status, brief_ok = load_deny()
    if deny is None:
        print("FAILED: " + deny_status)
        return 1

    g1, g2 = generate(), generate()
    files1 = {k: jsonl(g1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: jsonl(g2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("determinism: %s differs between the two generations" % k)

    errors += checks197.run_checks(g1, deny, brief_ok)
    muts = checks197.run_mutations(g1, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test %s not caught" % name)

    readme1 = readme197.render(g1, deny, deny_status, muts)
    readme2 = readme197.render(g2, deny, deny_status, muts)
    if readme1 != readme2:
        errors.append("determinism: README differs between the two generations")

    if errors:
        print("FAILED with %d error(s); nothing written" % len(errors))
        for e in errors[:200]:
            print("  - " + e)
        return 1

    os.makedirs(outdir, exist_ok=True)
    for k in files1:
        with open(os.path.join(outdir, k + ".jsonl"), "wb") as f:
            f.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("OK: %d positives, %d evasions, %d negatives written to %s (mutation tests %d/%d caught; deny-list %s)" % (
        len(g1["secrets"]), len(g1["evasions"]), len(g1["negatives"]), outdir,
        sum(1 for _, c in muts if c), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
