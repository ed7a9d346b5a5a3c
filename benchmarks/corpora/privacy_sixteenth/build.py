#!/usr/bin/env python3
"""Build privacy_sixteenth: regenerate secrets.jsonl, evasions.jsonl, negatives.jsonl and
README.md. All checks run first; nothing is written if one fails.
Python 3 standard library only; deterministic (fixed seeds, no clock, no network)."""
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen_common as G  # noqa: E402
import gen_everyday_a, gen_everyday_b, gen_everyday_c, gen_everyday_d  # noqa: E402
import gen_new_a, gen_new_b, gen_new_c, gen_new_d  # noqa: E402
import gen_prose  # noqa: E402
import gen_evasions  # noqa: E402
import gen_negatives_a as NA  # noqa: E402
import gen_negatives_b as NB  # noqa: E402
import checks  # noqa: E402
import readme  # noqa: E402

SEEDS = {"everyday": 16001, "new": 16002, "prose": 16003, "evasions": 16005, "negatives": 16006}
EVERYDAY = [gen_everyday_a, gen_everyday_b, gen_everyday_c, gen_everyday_d]
NEW = [gen_new_a, gen_new_b, gen_new_c, gen_new_d]


def build_positives():
    recs = []
    g = G.Gen(SEEDS["everyday"])
    for m in EVERYDAY:
        for r in G.build(g, m.SPECS, "p16", "synthetic:" + m.__name__):
            r["_part"] = "everyday"
            recs.append(r)
    g = G.Gen(SEEDS["new"])
    for m in NEW:
        for r in G.build(g, m.SPECS, "p16", "synthetic:" + m.__name__):
            r["_part"] = "new"
            recs.append(r)
    g = G.Gen(SEEDS["prose"])
    for r in G.build(g, gen_prose.specs(), "p16", "synthetic:gen_prose"):
        r["_part"] = "prose"
        recs.append(r)
    for i, r in enumerate(recs, 1):
        r["id"] = "p16-s-%04d" % i
    return recs


def build_evasions():
    recs = gen_evasions.build(SEEDS["evasions"], 1)
    for i, r in enumerate(recs, 1):
        r["id"] = "p16-e-%04d" % i
    return recs


def build_negatives():
    g = G.Gen(SEEDS["negatives"])
    recs = []
    for container, tpl in NA.DOCS:
        text, _ = G.render(tpl, {}, G.make_filler(g))
        recs.append({"id": None, "class": "vendor_docs_sample_value", "container": container, "text": text,
                     "source": "synthetic:gen_negatives_a (published documentation value)"})
    classes = dict(NA.CLASSES_A)
    classes.update(NB.CLASSES_B)
    for wi, (cls, bases) in enumerate(classes.items()):
        for bi, (container, tpl) in enumerate(bases):
            text, _ = G.render(tpl, {}, G.make_filler(g))
            recs.append({"id": None, "class": cls, "container": container, "text": text,
                         "source": "synthetic:gen_negatives"})
            suffix, pre, post = NB.WRAPPERS[(wi + bi) % len(NB.WRAPPERS)]
            text, _ = G.render(pre + tpl + post, {}, G.make_filler(g))
            recs.append({"id": None, "class": cls, "container": container + suffix, "text": text,
                         "source": "synthetic:gen_negatives"})
    for i, r in enumerate(recs, 1):
        r["id"] = "p16-n-%04d" % i
    return recs


def order_pos(r):
    return {"id": r["id"], "type": r["type"], "container": r["container"], "text": r["text"],
            "secrets": r["secrets"], "source": r["source"]}


def order_eva(r):
    return {"id": r["id"], "type": r["type"], "container": r["container"], "encoding": r["encoding"],
            "text": r["text"], "secrets": r["secrets"], "source": r["source"]}


def dump(path, recs):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def main():
    pos = build_positives()
    eva = build_evasions()
    neg = build_negatives()
    brief = checks.load_brief("/tmp/brief16")
    report = checks.run_all(pos, eva, neg, brief)
    text = readme.render(pos, eva, neg, brief, report)
    dump(os.path.join(HERE, "secrets.jsonl"), [order_pos(r) for r in pos])
    dump(os.path.join(HERE, "evasions.jsonl"), [order_eva(r) for r in eva])
    dump(os.path.join(HERE, "negatives.jsonl"), neg)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("ok: %d positives, %d evasions, %d negatives" % (len(pos), len(eva), len(neg)))


if __name__ == "__main__":
    main()
