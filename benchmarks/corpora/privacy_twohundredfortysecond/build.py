#!/usr/bin/env python3
"""Build corpus p242 (ice-cream makers). Usage: python3 build.py [outdir] | --freeze"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common242  # noqa: E402
from common242 import PW_FORM_ANY, Registry, dumps_jsonl, jwt_valid  # noqa: E402
import checks242  # noqa: E402
import everyday242  # noqa: E402
import evasions242  # noqa: E402
import negatives242  # noqa: E402
import positional242  # noqa: E402
import prose242  # noqa: E402
import readme242  # noqa: E402
import vendor242  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def deny_payload():
    d = common242.extract_denylist(common242.read_brief())
    return {"source": common242.BRIEF_DIR, "files": common242.BRIEF_FILES, **d}


def counter(kind):
    n = [0]

    def nxt():
        n[0] += 1
        return "%s-%s-%04d" % (common242.PREFIX, kind, n[0])
    return nxt


def generate():
    reg = Registry()
    sid = counter("s")
    secrets = []
    secrets += everyday242.build(reg, sid)
    secrets += vendor242.build(reg, sid)
    secrets += positional242.build(reg, sid)
    secrets += prose242.build(reg, sid)
    evasions = evasions242.build(reg, counter("e"))
    long_items = [s for s in reg.items if len(s) >= 6]

    def ok_negative(text):
        if any(s in text for s in long_items):
            return False
        if PW_FORM_ANY.search(text):
            return False
        for u in checks242.UUID_ANY.findall(text):
            if u[14] != "4" or u[19].lower() not in "89ab":
                return False
        return all(jwt_valid(j) for j in checks242.JWT_ANY.findall(text))

    negatives = negatives242.build(reg, counter("n"), ok_negative)
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "registry_size": len(reg.items)}


def main(argv):
    if "--freeze" in argv:
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(deny_payload(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze", DENY_FILE)
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    with open(DENY_FILE, encoding="utf-8") as fh:
        deny = json.load(fh)
    if os.path.isdir(common242.BRIEF_DIR):
        fresh = deny_payload()
        deny_status = "re-extracted from %s and identical" % common242.BRIEF_DIR
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of " + common242.BRIEF_DIR)
            deny_status = "re-extracted from %s and DIFFERENT" % common242.BRIEF_DIR
    else:
        deny_status = "%s absent; frozen list used" % common242.BRIEF_DIR

    a = generate()
    b = generate()
    files_a = {k: dumps_jsonl(a[k]) for k in ("secrets", "evasions", "negatives")}
    files_b = {k: dumps_jsonl(b[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files_a:
        if files_a[k] != files_b[k]:
            errors.append("non-deterministic: %s" % k)
    errors += checks242.run_checks(a, deny)
    muts = checks242.mutations(a, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: %s" % name)
    info = {"deny_status": deny_status, "mutations": muts, "clean_errors": len(errors),
            "registry_size": a["registry_size"], "deny": deny}
    readme_a = readme242.render(a, info)
    readme_b = readme242.render(b, info)
    if readme_a != readme_b:
        errors.append("non-deterministic: README")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as fh:
            fh.write(files_a[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme_a)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote %d secrets, %d evasions, %d negatives to %s (mutations caught %d/%d; deny-list %s)" % (
        len(a["secrets"]), len(a["evasions"]), len(a["negatives"]), outdir,
        sum(1 for _, c in muts if c), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
