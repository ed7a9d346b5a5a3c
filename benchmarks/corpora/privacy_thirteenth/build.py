#!/usr/bin/env python3
"""Build privacy_thirteenth (p13): python3 build.py  -> secrets.jsonl, evasions.jsonl, negatives.jsonl, README.md.
Standard library only, deterministic.  All checks run first; nothing is written if one fails."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks  # noqa: E402
import gen_evasions  # noqa: E402
import gen_misc  # noqa: E402
import gen_negatives  # noqa: E402
import gen_passwords  # noqa: E402
import gen_prose  # noqa: E402
import gen_vendor  # noqa: E402
import readme  # noqa: E402


def with_ids(recs, prefix):
    out = []
    for i, r in enumerate(recs, 1):
        d = {"id": "%s%04d" % (prefix, i)}
        d.update(r)
        out.append(d)
    return out


def order_pos(r):
    r["secrets"] = sorted(r["secrets"], key=lambda s: s["start"])
    r["type"] = r["secrets"][0]["type"]
    keys = ["type", "container", "text", "secrets", "source"]
    return {k: r[k] for k in keys}


def main():
    pos = [order_pos(r) for r in (gen_vendor.records() + gen_passwords.records() + gen_prose.records()
                                  + gen_misc.records())]
    pos = with_ids(pos, "p13-s-")
    ev = with_ids(gen_evasions.records(), "p13-e-")
    neg = with_ids(gen_negatives.records(), "p13-n-")
    report = checks.run_all(pos, ev, neg, gen_evasions.DECODERS)
    for line in report["lines"]:
        print(line)
    if report["errors"]:
        print("CHECKS FAILED (%d):" % len(report["errors"]))
        for e in report["errors"][:60]:
            print("  -", e)
        sys.exit(1)
    files = {"secrets.jsonl": pos, "evasions.jsonl": ev, "negatives.jsonl": neg}
    for name, recs in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme.render(pos, ev, neg, report))
    print("wrote %d positives, %d evasions, %d negatives" % (len(pos), len(ev), len(neg)))


if __name__ == "__main__":
    main()
