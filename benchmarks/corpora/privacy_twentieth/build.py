#!/usr/bin/env python3
"""Build privacy_twentieth (p20): run every check, then write the JSONL files and README.

Standard library only; fixed seeds 20001-20006; no clock, environment or network.
Nothing is written if a check fails.
"""
import json
import os
import sys
from collections import Counter

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks  # noqa: E402
import gen_decoders  # noqa: E402
import gen_everyday  # noqa: E402
import gen_evasions  # noqa: E402
import gen_negatives  # noqa: E402
import gen_passwords  # noqa: E402
import gen_prose  # noqa: E402
import gen_vendor  # noqa: E402
import readme  # noqa: E402
from common import build  # noqa: E402

EXPECT = {"everyday": 240, "vendor": 211, "passwords": 115, "prose": 40,
          "evasions": 99, "encodings": 33, "negatives": 235, "classes": 16}


def make():
    raw = gen_everyday.generate() + gen_vendor.generate() + gen_passwords.generate() + gen_prose.generate()
    pos = []
    meta = []
    for i, r in enumerate(raw, 1):
        text, spans = build(r["parts"])
        pos.append({"id": "p20-s-%04d" % i, "type": spans[0]["type"], "container": r["container"],
                    "text": text, "secrets": spans, "source": r["source"]})
        meta.append(r)
    pos_vals = {s["value"] for p in pos for s in p["secrets"]}
    ev = []
    for i, r in enumerate(gen_evasions.generate(pos_vals), 1):
        text, spans = build(r["parts"])
        s = spans[0]
        s["encoding"] = r["encoding"]
        if r["encoding_key"] is not None:
            s["encoding_key"] = r["encoding_key"]
        ev.append({"id": "p20-e-%04d" % i, "type": s["type"], "container": r["container"],
                   "encoding": r["encoding"], "text": text, "secrets": spans, "source": r["source"]})
    neg = []
    for i, r in enumerate(gen_negatives.generate(), 1):
        neg.append({"id": "p20-n-%04d" % i, "class": r["class"], "container": r["container"],
                    "text": r["text"], "source": r["source"]})
    return pos, meta, ev, neg


def run_checks(pos, meta, ev, neg):
    stats = Counter()
    names = checks.brief_names()
    checks.need(gen_decoders.self_test(), "decoder self-test")
    checks.need(gen_negatives.self_test(), "documentation self-test")
    nids = checks.check_ids(pos, ev, neg)
    pos_vals = checks.check_positives(pos, stats)
    checks.check_evasions(ev, pos_vals, stats)
    checks.check_negatives(neg, pos_vals, ev)
    parts = Counter(m["part"] for m in meta)
    for k in ("everyday", "vendor", "passwords", "prose"):
        checks.need(parts[k] == EXPECT[k], "count %s = %d" % (k, parts[k]))
    checks.need(len(ev) == EXPECT["evasions"], "evasion count")
    encs = Counter(e["encoding"] for e in ev)
    checks.need(len(encs) == EXPECT["encodings"] and set(encs.values()) == {3}, "encodings x3")
    checks.need(len(neg) == EXPECT["negatives"], "negative count %d" % len(neg))
    checks.need(len({n["class"] for n in neg}) == EXPECT["classes"], "negative classes")
    langs = {m["lang"] for m in meta if m["part"] == "prose"}
    checks.need(len(langs) == 40, "40 prose languages")
    vendor_styles = {m["style"] for m in meta if m["part"] == "vendor"}
    new_types = set()
    for p, m in zip(pos, meta):
        if m["part"] in ("vendor", "passwords"):
            new_types.update(s["type"] for s in p["secrets"])
    vt = [p["type"] for p, m in zip(pos, meta) if m["part"] == "vendor"]
    checks.need(len(vt) == len(set(vt)), "one vendor type per record")
    checks.check_overlap(names, pos, ev, neg, langs, vendor_styles, new_types)
    stats["ids"] = nids
    stats["brief_names"] = len(names)
    return stats


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main():
    pos, meta, ev, neg = make()
    try:
        stats = run_checks(pos, meta, ev, neg)
    except checks.CheckError as e:
        print("CHECK FAILED:", e)
        sys.exit(1)
    out = {"secrets.jsonl": dump(pos), "evasions.jsonl": dump(ev), "negatives.jsonl": dump(neg),
           "README.md": readme.render(pos, meta, ev, neg, stats)}
    for fn, data in out.items():
        with open(os.path.join(HERE, fn), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
    print("ok: %d positives, %d evasions, %d negatives; checks: %s" % (
        len(pos), len(ev), len(neg), dict(sorted(stats.items()))))


if __name__ == "__main__":
    main()
