#!/usr/bin/env python3
"""Build corpus p222 (locksmiths). Usage: python3 build.py [outdir] | python3 build.py --freeze

Generates everything twice in one process, compares bytes, runs all checks and mutation tests,
renders the README from both generations, and only then writes the files.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common222 as C  # noqa: E402
import checks222  # noqa: E402
import everyday222  # noqa: E402
import evasions222  # noqa: E402
import negatives222  # noqa: E402
import positional222  # noqa: E402
import prose222  # noqa: E402
import readme222  # noqa: E402
import vendor222  # noqa: E402


def id_counter(kind):
    n = [0]

    def nxt():
        n[0] += 1
        return "%s-%s-%04d" % (C.PREFIX, kind, n[0])
    return nxt


def generate(deny):
    reg = C.Registry()
    sid = id_counter("s")
    secrets = everyday222.make_records(reg, sid)
    secrets += vendor222.make_records(reg, sid)
    pos, hidden = positional222.make_records(reg, sid)
    secrets += pos
    secrets += prose222.make_records(reg, sid)
    evasions = evasions222.make_records(reg, id_counter("e"))
    forbidden = [r["secrets"][0]["value"] for r in secrets + evasions] + \
                [r["secrets"][0]["plain"] for r in evasions] + hidden
    negatives = negatives222.make_records(id_counter("n"), forbidden)
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "hidden": hidden,
            "deny": deny, "registry_size": len(reg.items)}


def main(argv):
    freeze = "--freeze" in argv
    args = [a for a in argv if not a.startswith("--")]
    outdir = os.path.abspath(args[0]) if args else HERE
    frozen_path = os.path.join(HERE, "brief_names.json")
    errors = []
    deny_note = "frozen copy used (/tmp/brief222 not present)"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if freeze or not os.path.exists(frozen_path):
            with open(frozen_path, "w", encoding="utf-8") as f:
                json.dump(fresh, f, ensure_ascii=False, indent=1)
                f.write("\n")
            print("froze deny-list to", frozen_path)
        deny = C.load_denylist(HERE)
        if deny != fresh:
            errors.append("brief_names.json differs from a fresh extraction of " + C.BRIEF_DIR)
        deny_note = "re-extracted from %s and identical" % C.BRIEF_DIR if deny == fresh else "DIFFERS"
    else:
        deny = C.load_denylist(HERE)

    g1 = generate(deny)
    g2 = generate(deny)
    files1 = {n: C.dumps_jsonl(g1[k]) for n, k in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"),
                                                   ("negatives.jsonl", "negatives"))}
    files2 = {n: C.dumps_jsonl(g2[k]) for n, k in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"),
                                                   ("negatives.jsonl", "negatives"))}
    for n in files1:
        if files1[n].encode() != files2[n].encode():
            errors.append("non-deterministic output: " + n)
    errors += checks222.check_all(g1)
    muts = checks222.run_mutations(g1)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: " + name)
    readme1 = readme222.render(g1, muts, deny_note)
    readme2 = readme222.render(g2, muts, deny_note)
    if readme1 != readme2:
        errors.append("README differs between generations")
    if errors:
        print("BUILD FAILED - nothing written:")
        for e in errors[:200]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for n, body in files1.items():
        with open(os.path.join(outdir, n), "w", encoding="utf-8") as f:
            f.write(body)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: secrets %d, evasions %d, negatives %d, mutations caught %d/%d -> %s" % (
        len(g1["secrets"]), len(g1["evasions"]), len(g1["negatives"]), sum(c for _, c in muts), len(muts), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
