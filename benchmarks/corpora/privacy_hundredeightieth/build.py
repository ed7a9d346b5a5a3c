#!/usr/bin/env python3
"""Build the p180 held-out credential corpus (bicycle-shop, bike-repair and cycling-club developers).

python3 build.py [outdir]      generate twice, check, run mutation tests, then write
python3 build.py --freeze      re-extract brief_names.json from /tmp/brief180/
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import checks180  # noqa: E402
import common180  # noqa: E402
import everyday180  # noqa: E402
import evasions180  # noqa: E402
import negatives180  # noqa: E402
import positional180  # noqa: E402
import prose180  # noqa: E402
import readme180  # noqa: E402
import vendor180  # noqa: E402

DENY_PATH = os.path.join(HERE, "brief_names.json")


def generate():
    reg = common180.Registry()
    sec = everyday180.build(reg)
    sec += vendor180.build(reg, len(sec) + 1)
    pw = positional180.build(reg, len(sec) + 1)
    hidden = {}
    for r in pw:
        h = r.pop("_hidden")
        if h:
            hidden[r["id"]] = h
    sec += pw
    sec += prose180.build(reg, len(sec) + 1)
    ev = evasions180.build(reg)
    forbidden = [r["secrets"][0]["value"] for r in sec] + [r["secrets"][0]["value"] for r in ev] + \
        [r["secrets"][0]["plain"] for r in ev] + list(hidden.values())
    neg = negatives180.build(forbidden)
    return {"secrets": sec, "evasions": ev, "negatives": neg, "hidden": hidden}


def dump_jsonl(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def meta():
    return {
        "everyday_password_types": set(everyday180.PASSWORD_TYPES),
        "vendor_password_types": {v[0] for v in vendor180.VENDORS if v[4] == "owner"},
        "pw_prefix": positional180.PFX,
        "languages": [(c, n) for c, n, _s, _c, _t in prose180.LANGS],
    }


def load_deny():
    with open(DENY_PATH, encoding="utf-8") as f:
        deny = json.load(f)
    status = "frozen copy only (/tmp/brief180 not present)"
    if os.path.isdir(common180.BRIEF_DIR):
        fresh = common180.extract_denylist()
        if fresh != deny:
            return deny, None
        status = "re-extracted from /tmp/brief180 and identical"
    return deny, status


def main(argv):
    if "--freeze" in argv:
        deny = common180.extract_denylist()
        with open(DENY_PATH, "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d codes, %d language names" % (len(deny["names"]), len(deny["language_codes"]), len(deny["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny, status = load_deny()
    if status is None:
        errors.append("brief_names.json differs from a fresh extraction of /tmp/brief180")
        status = "MISMATCH"
    d1 = generate()
    d2 = generate()
    files1 = {k: dump_jsonl(d1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: dump_jsonl(d2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("generation is not deterministic: %s" % k)
    m = meta()
    errors += checks180.check_all(d1, deny, m)
    muts = checks180.run_mutations(d1, deny, m)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test not caught: %s" % name)
    readme1 = readme180.render(d1, deny, muts, status)
    readme2 = readme180.render(d2, deny, muts, status)
    if readme1 != readme2:
        errors.append("README rendering is not deterministic")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("nothing written")
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, name in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d positives, %d evasions, %d negatives to %s (mutations caught %d/%d; deny-list: %s)"
          % (len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), outdir,
             sum(c for _, c in muts), len(muts), status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
