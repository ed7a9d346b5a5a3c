#!/usr/bin/env python3
"""Build the p178 held-out credential corpus.

python3 build.py [outdir]   generate twice, check, mutation-test, then write (nothing is written on failure)
python3 build.py --freeze   re-extract the deny-list from /tmp/brief178/ into brief_names.json
"""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common178 import Registry, extract_denylist, load_deny, denied, make_record
import everyday178, vendor178, positional178, prose178, evasions178, negatives178, checks178, readme178, enc178

BRIEF = "/tmp/brief178"
FROZEN = os.path.join(HERE, "brief_names.json")


def generate_all(deny):
    reg = Registry()
    secrets, meta = [], {"dropped": {}}
    # everyday
    for (t, c, text, s, e) in everyday178.generate(reg):
        secrets.append(("everyday", t, c, text, s, e))
    # vendor: deny-listed candidates are dropped before the cut
    kept = [v for v in vendor178.V if not denied(v[0], deny)]
    meta["dropped"]["vendor"] = len(vendor178.V) - len(kept)
    saved = vendor178.V
    vendor178.V = kept
    try:
        vrecs = vendor178.generate(reg)
    finally:
        vendor178.V = saved
    meta["vendor_kept"] = kept[:vendor178.KEEP]
    meta["vendor_tail"] = [v[0] for v in kept[vendor178.KEEP:]]
    for (t, c, text, s, e) in vrecs:
        secrets.append(("vendor", t, c, text, s, e))
    # positional
    syn = set(deny["syntaxes"])
    keptp = [x for x in positional178.S if x[0] not in syn and not denied(x[0], deny)]
    meta["dropped"]["positional"] = len(positional178.S) - len(keptp)
    savedp = positional178.S
    positional178.S = keptp[:120]
    try:
        precs = positional178.generate(reg)
    finally:
        positional178.S = savedp
    meta["positional"] = [(x[0], x[1], x[5]) for x in precs]
    for (t, c, text, s, e, _f, _pw) in precs:
        secrets.append(("password", t, c, text, s, e))
    # prose
    langs, spare = prose178.chosen(deny)
    meta["languages_used"] = [(c, n) for c, n, _ in langs]
    meta["languages_spare"] = [(c, n) for c, n, _ in spare]
    meta["dropped"]["languages"] = len([x for x in prose178.L[:40] if x not in langs])
    for (t, c, text, s, e) in prose178.generate(reg, deny):
        secrets.append(("prose", t, c, text, s, e))
    sec_recs = []
    for i, (src, t, c, text, s, e) in enumerate(secrets):
        sec_recs.append(make_record("p178-s-%04d" % (i + 1), t, c, text, s, e, src))
    # evasions
    eva_recs = []
    for i, r in enumerate(evasions178.generate(reg)):
        eva_recs.append({"id": "p178-e-%04d" % (i + 1), "type": r["type"], "container": r["container"], "text": r["text"],
                         "secrets": [{"value": r["value"], "start": r["start"], "end": r["end"], "type": r["type"],
                                      "plain": r["plain"], "encoding": r["encoding"]}],
                         "source": "evasion", "encoding": r["encoding"]})
    # negatives: free of every registered string (values, hidden passwords, plains, runs)
    neg_recs = []
    for i, r in enumerate(negatives178.generate(list(reg.items))):
        neg_recs.append({"id": "p178-n-%04d" % (i + 1), "class": r["class"], "container": r["container"],
                         "text": r["text"], "source": "negative"})
    return {"secrets": sec_recs, "evasions": eva_recs, "negatives": neg_recs}, meta


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def check_meta(meta):
    m = dict(meta)
    m["everyday_password_types"] = [t[0] for t in everyday178.TYPES if t[4]]
    m["vendor_password_types"] = [v[0] for v in vendor178.V if v[1] == "P"]
    m["jwt_types"] = {"resurfacer_telematics_device_jwt", "monday_com_api_token"}
    m["pw_prefix"] = positional178.PFX
    m["wordings"] = set(evasions178.WORDINGS)
    m["languages"] = {c: n for c, n, _ in prose178.L}
    return m


def main(argv):
    if "--freeze" in argv:
        d = extract_denylist(BRIEF)
        with open(FROZEN, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny = load_deny(FROZEN)
    frozen_state = "frozen copy only (/tmp/brief178 absent)"
    if os.path.isdir(BRIEF):
        fresh = extract_denylist(BRIEF)
        plain = {k: v for k, v in deny.items() if not k.startswith("_")}
        if fresh != plain:
            errors.append("frozen brief_names.json differs from a fresh extraction of /tmp/brief178")
            frozen_state = "re-extracted from /tmp/brief178 and DIFFERENT"
        else:
            frozen_state = "re-extracted from /tmp/brief178 and identical"
    data1, meta1 = generate_all(deny)
    data2, meta2 = generate_all(deny)
    blobs1 = {k: dumps(v) for k, v in data1.items()}
    blobs2 = {k: dumps(v) for k, v in data2.items()}
    if blobs1 != blobs2:
        errors.append("two generations differ")
    cm = check_meta(meta1)
    errors += checks178.run_checks(data1, deny, cm)
    muts = checks178.run_mutations(data1, deny, cm)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: " + name)
    info = {"deny": deny, "frozen_state": frozen_state, "mutations": muts}
    readme1 = readme178.render(data1, meta1, info)
    readme2 = readme178.render(data2, meta2, info)
    if readme1 != readme2:
        errors.append("README differs between generations")
    if errors:
        for e in errors[:60]:
            print("ERROR:", e, file=sys.stderr)
        print("%d error(s); nothing written" % len(errors), file=sys.stderr)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k in ("secrets", "evasions", "negatives"):
        with open(os.path.join(outdir, k + ".jsonl"), "wb") as fh:
            fh.write(blobs1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump({k: v for k, v in deny.items() if not k.startswith("_")}, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote %d secrets, %d evasions, %d negatives to %s (mutations caught %d/%d)" % (
        len(data1["secrets"]), len(data1["evasions"]), len(data1["negatives"]), outdir, sum(c for _, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
