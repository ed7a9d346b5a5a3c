#!/usr/bin/env python3
"""Build corpus p231 (opticians). Usage: python3 build.py [outdir] | python3 build.py --freeze"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common231 as C  # noqa: E402
import checks231  # noqa: E402
import everyday231  # noqa: E402
import evasions231  # noqa: E402
import negatives231  # noqa: E402
import positional231  # noqa: E402
import prose231  # noqa: E402
import readme231  # noqa: E402
import vendor231  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    secrets = []
    secrets += everyday231.build(reg)
    secrets += vendor231.build(reg)
    secrets += positional231.build(reg)
    secrets += prose231.build(reg)
    evasions = evasions231.build(reg)
    hidden = {}
    for i, r in enumerate(secrets):
        r["id"] = "%s-s-%04d" % (C.PREFIX, i + 1)
        h = r.pop("_hidden", None)
        if h:
            hidden[r["id"]] = h["hidden_password"]
    for i, r in enumerate(evasions):
        r["id"] = "%s-e-%04d" % (C.PREFIX, i + 1)
    long_items = [s for s in reg.items if len(s) >= 6]
    uuid_shape = checks231.UUID_SHAPE

    def forbidden(text):
        if checks231.WORLD_PW.search(text):
            return True
        for m in uuid_shape.finditer(text):
            if not checks231.UUID_V4.match(m.group(0)):
                return True
        return any(s in text for s in long_items)

    negatives = negatives231.build(forbidden)
    for i, r in enumerate(negatives):
        r["id"] = "%s-n-%04d" % (C.PREFIX, i + 1)
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "hidden": hidden}, len(reg.items)


def serialise(data):
    return {
        "secrets.jsonl": C.dumps_jsonl(data["secrets"]),
        "evasions.jsonl": C.dumps_jsonl(data["evasions"]),
        "negatives.jsonl": C.dumps_jsonl(data["negatives"]),
    }


def load_deny():
    with open(DENY_FILE, encoding="utf-8") as fh:
        frozen = json.load(fh)
    status = "no /tmp/brief231 present; frozen list used"
    errors = []
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist(C.read_brief_texts())
        if fresh != frozen:
            errors.append("deny-list re-extracted from %s differs from brief_names.json" % C.BRIEF_DIR)
        status = "re-extracted from /tmp/brief231 and identical"
    return frozen, status, errors


def main(argv):
    if argv and argv[0] == "--freeze":
        d = C.extract_denylist(C.read_brief_texts())
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes" % (len(d["names"]), len(d["syntaxes"])))
        return 0
    outdir = os.path.abspath(argv[0]) if argv else HERE
    deny, deny_status, errors = load_deny()

    data1, nreg1 = generate()
    data2, nreg2 = generate()
    files1, files2 = serialise(data1), serialise(data2)
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("non-deterministic output: " + k)
    if nreg1 != nreg2:
        errors.append("non-deterministic registry size")
    errors += checks231.check_all(data1, deny)
    nmut = len(checks231.mutations())
    errors += checks231.run_mutations(data1, deny)
    readme1 = readme231.render(data1, deny, nmut, nreg1, deny_status)
    readme2 = readme231.render(data2, deny, nmut, nreg2, deny_status)
    if readme1 != readme2:
        errors.append("non-deterministic README")
    if not readme1.startswith("# privacy_twohundredthirtyfirst (p231) – held-out credential corpus"):
        errors.append("README title")
    for sec in ["## Files and counts", "## Conventions", "## Categories (positives)", "## Evasion encodings", "## Negative classes",
                "## Checks run by build.py before writing", "## Shapes you had to guess", "## Judgement calls", "## Sources consulted"]:
        if sec not in readme1:
            errors.append("README lacks section " + sec)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d errors; nothing written" % len(errors), file=sys.stderr)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, content in files1.items():
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as fh:
            fh.write(content)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote %s: secrets %d, evasions %d, negatives %d; %d mutation tests caught" % (
        outdir, len(data1["secrets"]), len(data1["evasions"]), len(data1["negatives"]), nmut))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
