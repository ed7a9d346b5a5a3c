#!/usr/bin/env python3
"""Build privacy_eighteenth: python3 build.py  (stdlib only, deterministic; checks run before anything is written)."""
import collections
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks  # noqa: E402
import gen_everyday  # noqa: E402
import gen_evasions  # noqa: E402
import gen_negatives  # noqa: E402
import gen_passwords  # noqa: E402
import gen_prose  # noqa: E402
import gen_vendor  # noqa: E402
import readme  # noqa: E402
from common import assemble  # noqa: E402


def build():
    parts = [("everyday", gen_everyday.generate()), ("vendor", gen_vendor.generate()[0]),
             ("passwords", gen_passwords.generate()), ("prose", gen_prose.generate())]
    pos = []
    part_of = {}
    for pname, recs in parts:
        for r in recs:
            text, spans = assemble(r["parts"])
            rid = "p18-s-%04d" % (len(pos) + 1)
            pos.append({"id": rid, "type": spans[0]["type"], "container": r["kind"], "text": text, "secrets": spans,
                        "source": r["source"]})
            part_of[rid] = (pname, r.get("lang"))
    pos_values = set(s["value"] for r in pos for s in r["secrets"])
    eva = []
    for r in gen_evasions.generate(sorted(pos_values)):
        text, spans = assemble(r["parts"])
        sp = spans[0]
        sp["encoding"] = r["enc"]
        if r["key"] is not None:
            sp["encoding_key"] = r["key"]
        eva.append({"id": "p18-e-%04d" % (len(eva) + 1), "type": sp["type"], "container": r["kind"], "encoding": r["enc"],
                    "text": text, "secrets": [sp], "source": r["source"]})
    neg = []
    for r in gen_negatives.generate():
        neg.append({"id": "p18-n-%04d" % (len(neg) + 1), "class": r["cls"], "container": r["kind"], "text": r["text"],
                    "source": r["source"]})
    return pos, eva, neg, part_of


def main():
    pos, eva, neg, part_of = build()
    results = []
    results += checks.check_ids(pos, eva, neg)
    results += checks.check_positives(pos)
    results += checks.check_structured(pos)
    pos_values = set(s["value"] for r in pos for s in r["secrets"])
    results += checks.check_evasions(eva, pos_values)
    results += checks.check_negatives(neg, pos, eva)
    # counts
    pc = collections.Counter(part_of[r["id"]][0] for r in pos)
    langs = sorted(set(l for p, l in part_of.values() if l))
    encs = collections.Counter(r["encoding"] for r in eva)
    classes = collections.Counter(r["class"] for r in neg)
    checks.fail(580 <= len(pos) <= 640, "positive count")
    checks.fail(pc["everyday"] == 240 and pc["prose"] == 40 and len(langs) == 40, "part counts")
    checks.fail(pc["vendor"] >= 200 and pc["passwords"] >= 100, "new part counts")
    checks.fail(len(eva) == 99 and len(encs) == 33 and all(v == 3 for v in encs.values()), "evasion counts")
    checks.fail(len(neg) == 230 and len(classes) == 16, "negative counts")
    new_types = sorted(set(s["type"] for r in pos if part_of[r["id"]][0] in ("vendor", "passwords") for s in r["secrets"]))
    results.append("counts: %d positives (%d everyday = %d%%, %d vendor / key-file, %d positional-password, %d prose in %d languages), %d new-part span types, %d evasions over %d encodings, %d negatives in %d classes"
                   % (len(pos), pc["everyday"], round(100 * pc["everyday"] / len(pos)), pc["vendor"], pc["passwords"], pc["prose"], len(langs),
                      len(new_types), len(eva), len(encs), len(neg), len(classes)))
    kinds = sorted(set(r["container"] for r in pos + eva + neg))
    results += checks.check_overlap(kinds, sorted(encs), langs, new_types)
    results.append("determinism: every random choice comes from per-part `random.Random` streams with constant seeds (18001 everyday, 18002 vendor types, 18003 positional passwords, 18004 prose, 18005 evasions, 18006 negatives); no clock, environment, set-iteration order or network influences output")
    readme_text = readme.render(pos, eva, neg, part_of, results)
    # write (only after every check passed and the README rendered)
    def dump(name, recs):
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="\n") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    dump("secrets.jsonl", pos)
    dump("evasions.jsonl", eva)
    dump("negatives.jsonl", neg)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme_text)
    print("\n".join(results))
    print("wrote secrets.jsonl (%d), evasions.jsonl (%d), negatives.jsonl (%d), README.md" % (len(pos), len(eva), len(neg)))


if __name__ == "__main__":
    try:
        main()
    except AssertionError as e:
        print("CHECK FAILED: %s" % e, file=sys.stderr)
        sys.exit(1)
