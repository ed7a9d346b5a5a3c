#!/usr/bin/env python3
"""Regenerates secrets.jsonl, evasions.jsonl, negatives.jsonl and README.md for privacy_fifteenth.
Python 3 standard library only; all randomness from fixed per-module seeds.  Runs every check first
and writes nothing if one fails."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks, gen_evasions, gen_keys, gen_misc, gen_negatives, gen_passwords, gen_prose, gen_vendor, readme


def number(recs, prefix):
    out = []
    for i, r in enumerate(recs, 1):
        d = {"id": "%s-%04d" % (prefix, i)}
        d.update(r)
        out.append(d)
    return out


def order_pos(r):
    return {k: r[k] for k in ("id", "type", "container", "text", "secrets", "source")}


def order_eva(r):
    return {k: r[k] for k in ("id", "type", "container", "encoding", "text", "secrets", "source")}


def main():
    vendor, leftovers, _spare = gen_vendor.build()
    pos = vendor + gen_passwords.build() + gen_keys.build() + gen_misc.build() + gen_prose.build(leftovers)
    pos = [order_pos(r) for r in number(pos, "p15-s")]
    eva = [order_eva(r) for r in number(gen_evasions.build(), "p15-e")]
    neg = number(gen_negatives.build(), "p15-n")
    report = checks.run(pos, eva, neg, gen_prose.LANGS)
    files = {}
    for name, recs in (("secrets.jsonl", pos), ("evasions.jsonl", eva), ("negatives.jsonl", neg)):
        files[name] = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)
    files["README.md"] = readme.render(pos, eva, neg, report)
    for name, data in files.items():
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
    print("ok: %d positives (%d spans), %d evasions, %d negatives" % (len(pos), sum(len(r["secrets"]) for r in pos), len(eva), len(neg)))
    print("checks:", json.dumps(report, sort_keys=True))


if __name__ == "__main__":
    main()
