#!/usr/bin/env python3
"""Deterministic builder of corpus p184 (privacy_hundredeightyfourth).

python3 build.py [outdir]     generate twice, check, run mutation tests, render README, then write
python3 build.py --freeze     re-extract brief_names.json from /tmp/brief184/ (into this directory)
"""
import json
import os
import sys

sys.dont_write_bytecode = True  # keep the corpus directory free of __pycache__

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common184  # noqa: E402
from common184 import Registry, record, PREFIX  # noqa: E402
import everyday184  # noqa: E402
import vendor184  # noqa: E402
import positional184  # noqa: E402
import prose184  # noqa: E402
import evasions184  # noqa: E402
import negatives184  # noqa: E402
import checks184  # noqa: E402
import readme184  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = Registry()
    ev = everyday184.generate(reg)
    vd = vendor184.generate(reg)
    pw, hidden = positional184.generate(reg)
    pr = prose184.generate(reg)
    es = evasions184.generate(reg)
    ng = negatives184.generate(list(reg.items))

    secrets = []
    n = 0
    for src, rows in (("everyday", ev), ("vendor", vd), ("password", pw), ("prose", pr)):
        for typ, cont, text, s, e in rows:
            n += 1
            secrets.append(record("%s-s-%04d" % (PREFIX, n), typ, cont, text, s, e, src))
    evasions = []
    for i, (typ, cont, enc, text, s, e, plain) in enumerate(es, 1):
        rec = {"id": "%s-e-%04d" % (PREFIX, i), "type": typ, "container": cont, "encoding": enc, "text": text,
               "secrets": [{"value": text[s:e], "start": s, "end": e, "type": typ, "plain": plain, "encoding": enc}],
               "source": "evasion"}
        evasions.append(rec)
    negatives = []
    for i, (cls, cont, text) in enumerate(ng, 1):
        negatives.append({"id": "%s-n-%04d" % (PREFIX, i), "class": cls, "container": cont, "text": text, "source": "negative"})

    labels = (list(vendor184.STYLES) + list(positional184.SUFFIX.values()) + list(prose184.FORMATS)
              + [w[0] for w in evasions184.WORDINGS] + [w[0].lstrip("_") for w in negatives184.WRAPPERS if w[0]]
              + [k.__name__ for _c, _d, ks in negatives184.CLASSES for k in ks]
              + [c[0] for c in everyday184.CONTAINERS] + [t[0] for t in everyday184.TYPES]
              + [e[0] for e in evasions184.ETYPES] + [prose184.TYPE])
    languages = [(c, nme) for c, nme, _s, _t in prose184.LANGS] + list(prose184.SPARES)
    meta = {"hidden_passwords": hidden, "labels": labels, "languages": languages}
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "meta": meta}


def dump(recs):
    return ("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n").encode("utf-8")


def main(argv):
    if argv[1:2] == ["--freeze"]:
        d = common184.fresh_denylist()
        if d is None:
            print("no /tmp/brief184/ to extract from")
            return 1
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    with open(DENY_FILE, encoding="utf-8") as fh:
        deny = json.load(fh)
    fresh = common184.fresh_denylist()
    deny_status = ("re-extracted from /tmp/brief184 and identical" if fresh == deny else
                   "re-extracted from /tmp/brief184 and DIFFERENT") if fresh is not None else \
        "/tmp/brief184 not present, frozen list used"

    g1 = generate()
    g2 = generate()
    files1 = {k: dump(g1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: dump(g2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("non-deterministic output: %s.jsonl" % k)

    errs = checks184.check(g1, deny, fresh)
    errors += errs
    muts = checks184.run_mutations(g1, deny, errs)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test not caught: " + name)

    r1 = readme184.render(g1, deny, muts, deny_status)
    r2 = readme184.render(g2, deny, muts, deny_status)
    if r1 != r2:
        errors.append("README rendering not deterministic")

    if errors:
        print("BUILD FAILED, nothing written:")
        for e in errors[:200]:
            print("  -", e)
        if len(errors) > 200:
            print("  ... and %d more" % (len(errors) - 200))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, b in files1.items():
        with open(os.path.join(outdir, k + ".jsonl"), "wb") as fh:
            fh.write(b)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("ok: %d secrets, %d evasions, %d negatives; %d/%d mutation tests caught; deny-list %s" % (
        len(g1["secrets"]), len(g1["evasions"]), len(g1["negatives"]), sum(c for _, c in muts), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
