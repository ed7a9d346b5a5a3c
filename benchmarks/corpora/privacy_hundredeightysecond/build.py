#!/usr/bin/env python3
"""Build the p182 held-out credential corpus.

python3 build.py [outdir]   generate twice, check, run mutation tests, then write
python3 build.py --freeze   re-extract brief_names.json from /tmp/brief182/
"""
import base64
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common182  # noqa: E402
import everyday182  # noqa: E402
import vendor182  # noqa: E402
import positional182  # noqa: E402
import prose182  # noqa: E402
import evasions182  # noqa: E402
import negatives182  # noqa: E402
import checks182  # noqa: E402
import readme182  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate_all():
    reg = common182.Registry()
    secrets = []
    secrets += everyday182.generate(reg, len(secrets) + 1)
    secrets += vendor182.generate(reg, len(secrets) + 1)
    secrets += positional182.generate(reg, len(secrets) + 1)
    secrets += prose182.generate(reg, len(secrets) + 1)
    # hidden passwords inside Base64 positional values join the registry too
    for r in secrets:
        hp = checks182.hidden_password(r)
        if hp is not None and hp not in reg.items:
            raise RuntimeError("hidden password not registered")
    evs = evasions182.generate(reg, 1)
    forbidden = [r["secrets"][0]["value"] for r in secrets + evs] + [r["secrets"][0]["plain"] for r in evs]
    forbidden += [checks182.hidden_password(r) for r in secrets if checks182.hidden_password(r)]
    negs = negatives182.generate(forbidden, 1)
    return {"secrets": secrets, "evasions": evs, "negatives": negs}


def serialise(data):
    return {k: common182.jsonl(v).encode("utf-8") for k, v in data.items()}


def load_deny():
    with open(DENY_FILE, encoding="utf-8") as f:
        deny = json.load(f)
    status = "frozen copy used; /tmp/brief182 not present"
    if os.path.isdir(common182.BRIEF_DIR):
        fresh = common182.extract_denylist()
        if fresh != deny:
            raise SystemExit("brief_names.json differs from a fresh extraction of /tmp/brief182 – run --freeze")
        status = "re-extracted from /tmp/brief182 and identical"
    deny["_names"] = set(deny["names"])
    deny["_syntaxes"] = set(deny["syntaxes"])
    deny["_codes"] = set(deny["language_codes"])
    deny["_langnames"] = set(deny["language_names"])
    return deny, status


def main(argv):
    if argv[1:2] == ["--freeze"]:
        d = common182.extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            f.write(common182.dump_json(d))
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny, deny_status = load_deny()
    errors = []
    a = generate_all()
    b = generate_all()
    sa, sb = serialise(a), serialise(b)
    for k in sa:
        if sa[k] != sb[k]:
            errors.append("non-deterministic output: %s" % k)
    errors += checks182.run_checks(a, deny)
    # the deny-list itself must not be empty or malformed
    if not deny["_names"] or not deny["_codes"]:
        errors.append("deny-list empty")
    muts = checks182.run_mutations(a, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: %s" % name)
    if len(muts) < 10:
        errors.append("too few mutation tests")
    ra = readme182.render(a, {k: v for k, v in deny.items() if not k.startswith("_")}, muts, deny_status)
    rb = readme182.render(b, {k: v for k, v in deny.items() if not k.startswith("_")}, muts, deny_status)
    if ra != rb:
        errors.append("README not deterministic")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d error(s); nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    names = {"secrets": "secrets.jsonl", "evasions": "evasions.jsonl", "negatives": "negatives.jsonl"}
    for k, fn in names.items():
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(sa[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(ra)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            f.write(common182.dump_json({k: v for k, v in deny.items() if not k.startswith("_")}))
    print("wrote %d secrets, %d evasions, %d negatives to %s (%d/%d mutations caught)" % (
        len(a["secrets"]), len(a["evasions"]), len(a["negatives"]), outdir, sum(c for _n, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
