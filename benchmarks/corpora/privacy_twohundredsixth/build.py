#!/usr/bin/env python3
"""Deterministic builder of the p206 held-out credential corpus.

python3 build.py [outdir]      generate twice, check, run mutation tests, then write
python3 build.py --freeze      re-extract the deny-list from /tmp/brief206/ into brief_names.json
Standard library only; fixed seeds; no clock; no network.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks206  # noqa: E402
import common206 as C  # noqa: E402
import everyday206  # noqa: E402
import evasions206  # noqa: E402
import negatives206  # noqa: E402
import positional206  # noqa: E402
import prose206  # noqa: E402
import readme206  # noqa: E402
import vendor206  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    pos = []
    pos += everyday206.build(reg)
    pos += vendor206.build(reg)
    pw, hidden = positional206.build(reg)
    pos += pw
    pos += prose206.build(reg)
    ev = evasions206.build(reg)
    ng = negatives206.build(reg)
    sec = []
    for i, (src, typ, cont, text, s, e) in enumerate(pos):
        sec.append(C.positive("%s-s-%04d" % (C.PREFIX, i + 1), typ, cont, text, s, e, src))
    eva = []
    for i, (enc, typ, cont, text, s, e, plain) in enumerate(ev):
        eva.append({"id": "%s-e-%04d" % (C.PREFIX, i + 1), "type": typ, "container": cont, "encoding": enc, "text": text,
                    "secrets": [{"value": text[s:e], "start": s, "end": e, "type": typ, "plain": plain, "encoding": enc}],
                    "source": "evasion"})
    neg = []
    for i, (cls, cont, text) in enumerate(ng):
        neg.append({"id": "%s-n-%04d" % (C.PREFIX, i + 1), "class": cls, "container": cont, "text": text, "source": "negative"})
    return sec, eva, neg, hidden, len(reg.items)


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist()
        with open(FROZEN, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("frozen deny-list written to", FROZEN)
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    if not os.path.exists(FROZEN):
        print("brief_names.json missing; run with --freeze first")
        return 1
    with open(FROZEN, encoding="utf-8") as fh:
        deny = json.load(fh)
    deny_note = "frozen copy used (/tmp/brief206 not present)"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
        deny_note = "re-extracted from %s and identical" % C.BRIEF_DIR if fresh == deny else "re-extracted and DIFFERENT"
    g1 = generate()
    g2 = generate()
    b1 = [dumps(x) for x in g1[:3]]
    b2 = [dumps(x) for x in g2[:3]]
    if b1 != b2:
        errors.append("the two in-process generations differ")
    sec, eva, neg, hidden, nreg = g1
    errors += checks206.check(sec, eva, neg, deny, hidden)
    muts = checks206.run_mutations(sec, eva, neg, deny, hidden, errors)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test %s not caught" % name)
    r1 = readme206.render(sec, eva, neg, deny, muts, deny_note, nreg)
    r2 = readme206.render(g2[0], g2[1], g2[2], deny, muts, deny_note, g2[4])
    if r1 != r2:
        errors.append("README renders differ between generations")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d error(s); nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    files = {"secrets.jsonl": b1[0], "evasions.jsonl": b1[1], "negatives.jsonl": b1[2], "README.md": r1,
             "brief_names.json": json.dumps(deny, ensure_ascii=False, indent=1) + "\n"}
    for fn, content in files.items():
        with open(os.path.join(outdir, fn), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
    print("wrote %d positives, %d evasions, %d negatives to %s; %d/%d mutation tests caught; deny-list %s"
          % (len(sec), len(eva), len(neg), outdir, sum(c for _, c in muts), len(muts), deny_note))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
