#!/usr/bin/env python3
"""Build corpus p224 (privacy_twohundredtwentyfourth): python3 build.py [outdir] | --freeze

Generates everything twice in one process, compares the bytes, runs every check and the mutation tests,
renders the README twice and compares it, and only then writes the files. On any failure it prints the
errors, writes nothing and exits 1.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks224  # noqa: E402
import common224  # noqa: E402
import everyday224  # noqa: E402
import evasions224  # noqa: E402
import negatives224  # noqa: E402
import positional224  # noqa: E402
import prose224  # noqa: E402
import readme224  # noqa: E402
import vendor224  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def generate():
    reg = common224.Registry()
    secrets = everyday224.build(reg, 1)
    secrets += vendor224.build(reg, len(secrets) + 1)
    pw, hidden = positional224.build(reg, len(secrets) + 1)
    secrets += pw
    secrets += prose224.build(reg, len(secrets) + 1)
    evasions = evasions224.build(reg)
    negatives = negatives224.build(list(reg.items))
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "hidden": hidden,
            "registry_size": len(reg.items)}


def dump_deny(deny):
    return json.dumps(deny, ensure_ascii=False, indent=1) + "\n"


def main(argv):
    errors = []
    if "--freeze" in argv:
        deny = common224.extract_denylist(common224.read_brief())
        with open(FROZEN, "w", encoding="utf-8") as fh:
            fh.write(dump_deny(deny))
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    if not os.path.exists(FROZEN):
        print("ERROR: brief_names.json missing (run with --freeze while /tmp/brief224 exists)")
        return 1
    with open(FROZEN, encoding="utf-8") as fh:
        frozen_text = fh.read()
    deny = json.loads(frozen_text)
    refreeze_note = "`/tmp/brief224/` absent at build time; the frozen list was used as is"
    if os.path.isdir(common224.BRIEF_DIR):
        fresh = common224.extract_denylist(common224.read_brief())
        if dump_deny(fresh) != frozen_text:
            errors.append("brief_names.json differs from a fresh extraction of /tmp/brief224")
        refreeze_note = "re-extracted from /tmp/brief224 and identical"
    pdeny = common224.prep_deny(deny)

    d1 = generate()
    d2 = generate()
    files1 = {k: common224.dumps_jsonl(d1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: common224.dumps_jsonl(d2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("non-deterministic output: %s" % k)
    errs = checks224.check(d1, pdeny)
    errors += errs
    muts = checks224.mutation_tests(d1, pdeny, errs)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test not caught: %s" % name)
    readme1 = readme224.render(d1, deny, muts, refreeze_note)
    readme2 = readme224.render(d2, deny, muts, refreeze_note)
    if readme1 != readme2:
        errors.append("README differs between generations")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, name in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as fh:
            fh.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            fh.write(frozen_text)
    print("ok: %d positives, %d evasions, %d negatives; %d/%d mutation tests caught; written to %s" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _, c in muts), len(muts), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
