#!/usr/bin/env python3
"""Build the p263 corpus.  python3 build.py [outdir] | --freeze

Generates everything twice in one process, compares bytes, parses the JSONL
back, runs every check and the mutation tests, renders the README twice, and
writes only when everything passes (otherwise prints the errors, exits 1)."""
import glob
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks263 as K  # noqa: E402
import common263 as C  # noqa: E402
import enc263  # noqa: E402
import everyday263 as E  # noqa: E402
import evasions263 as EV  # noqa: E402
import negatives263 as N  # noqa: E402
import positional263 as P  # noqa: E402
import prose263 as PR  # noqa: E402
import readme263 as R  # noqa: E402
import vendor263 as V  # noqa: E402

BRIEF_DIR = "/tmp/brief263"
DENY_FILE = os.path.join(HERE, "brief_names.json")


def extract_brief():
    paths = sorted(glob.glob(os.path.join(BRIEF_DIR, "README_*.md")))
    d = {"source": BRIEF_DIR, "files": [os.path.basename(p) for p in paths]}
    d.update(C.extract_denylist(paths))
    return d


def load_deny():
    deny = json.load(open(DENY_FILE, encoding="utf-8"))
    note = "frozen list used (%s not present)" % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_brief()
        if fresh != deny:
            return deny, "re-extracted from %s and DIFFERENT" % BRIEF_DIR, False
        note = "re-extracted from %s and identical" % BRIEF_DIR
    return deny, note, True


def generate():
    reg = C.Registry()
    ed, jwe_key = E.build(reg)
    vd = V.build(reg)
    pd = P.build(reg)
    pr = PR.build(reg)
    ev = EV.build(reg)
    neg, pubs, fkey, rkey = N.build(reg.items, ed)
    secrets = []
    for r in ed + vd + pd + pr:
        secrets.append({"id": "%s-s-%04d" % (C.OUT_PREFIX, len(secrets) + 1), "type": r["type"], "container": r["container"], "text": r["text"],
                        "secrets": [{"value": r["value"], "start": r["start"], "end": r["end"], "type": r["type"]}], "source": r["source"]})
    evasions = []
    for r in ev:
        evasions.append({"id": "%s-e-%04d" % (C.OUT_PREFIX, len(evasions) + 1), "type": r["type"], "container": r["container"], "encoding": r["encoding"],
                         "text": r["text"], "secrets": [{"value": r["value"], "start": r["start"], "end": r["end"], "type": r["type"],
                                                          "plain": r["plain"], "encoding": r["encoding"]}], "source": "evasion"})
    negatives = []
    for r in neg:
        negatives.append({"id": "%s-n-%04d" % (C.OUT_PREFIX, len(negatives) + 1), "class": r["class"], "container": r["container"],
                          "text": r["text"], "source": "negative"})
    neighbours = [n for r in vd for n in r["neighbours"]]
    meta = dict(jwe_key=jwe_key, fkey=fkey, rkey=rkey, wg_pubs=pubs, neighbours=neighbours, registry=len(reg.items),
                raw=dict(everyday=ed, vendor=vd, positional=pd, prose=pr, evasions=ev, negatives=neg))
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives}, meta


def jsonl(lst):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lst)


def module_names():
    names = set()
    names |= {t["name"] for t in E.TYPES} | {k[0] for k in E.KINDS}
    names |= {v[0] for v in V.VENDORS} | set(V.STYLES)
    names |= {s[0] for s in P.SYNTAXES} | {P.PREFIX + s[0] for s in P.SYNTAXES} | set(P.WHERE.values())
    names |= {PR.TYPE} | set(PR.FORMATS)
    names |= {t[0] for t in EV.TYPES} | set(EV.WORDINGS) | set(enc263.ENCODINGS)
    for cls, kinds, _, _ in N.CLASSES:
        names.add(cls)
        names |= set(kinds)
    names |= {w[0].lstrip("_") for w in N.WRAPPERS if w[0]}
    return names


def make_ctx(deny, meta):
    return dict(deny=deny, module_names=module_names(), syntaxes=[s[0] for s in P.SYNTAXES], encodings=list(enc263.ENCODINGS),
                langs=[(l[0], l[1]) for l in PR.LANGS] + list(PR.SPARES), lang_names={l[0]: l[1] for l in PR.LANGS},
                jwe_key=meta["jwe_key"], fkey=meta["fkey"], rkey=meta["rkey"], wg_pubs=meta["wg_pubs"], neighbours=meta["neighbours"])


def main(argv):
    if "--freeze" in argv:
        d = extract_brief()
        json.dump(d, open(DENY_FILE, "w", encoding="utf-8"), indent=1, ensure_ascii=False)
        print("frozen %d names, %d syntaxes, %d language codes, %d language names" % (len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    C.selftest()
    deny, deny_note, deny_ok = load_deny()
    if not deny_ok:
        errors.append("deny-list: " + deny_note)

    data1, meta1 = generate()
    data2, meta2 = generate()
    files1 = {k: jsonl(v) for k, v in data1.items()}
    files2 = {k: jsonl(v) for k, v in data2.items()}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("determinism: %s differs between two generations" % k)
        back = [json.loads(line) for line in files1[k].splitlines()]
        if back != data1[k]:
            errors.append("JSONL of %s does not parse back to the same records" % k)

    ctx = make_ctx(deny, meta1)
    clean = K.run_checks(data1, ctx)
    errors += clean
    muts = K.run_mutations(data1, ctx, clean)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: " + name)

    summary = dict(deny_note=deny_note, clean_errors=len(clean), mutations=muts, registry=meta1["registry"], deny=deny)
    readme1 = R.render(data1, meta1, summary)
    readme2 = R.render(data2, meta2, summary)
    if readme1 != readme2:
        errors.append("determinism: README differs between two renders")

    if errors:
        print("BUILD FAILED (%d errors); nothing written" % len(errors))
        for e in errors[:80]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fname in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8") as f:
            f.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme1)
    print("ok: %d positives, %d evasions, %d negatives; checks clean; %d/%d mutations caught; deny-list %s"
          % (len(data1["secrets"]), len(data1["evasions"]), len(data1["negatives"]), sum(c for _, c in muts), len(muts), deny_note))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
