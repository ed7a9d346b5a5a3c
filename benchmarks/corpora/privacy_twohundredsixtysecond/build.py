#!/usr/bin/env python3
"""Build the p262 corpus (coopers, barrel makers and cask brokers).

python3 build.py [outdir]   generate twice, check, run mutation tests, write
python3 build.py --freeze   re-extract the deny-list from /tmp/brief262/
Standard library only, fixed seeds, no clock, no network."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common262 as C  # noqa: E402
import checks262  # noqa: E402
import everyday262  # noqa: E402
import evasions262  # noqa: E402
import negatives262  # noqa: E402
import positional262  # noqa: E402
import prose262  # noqa: E402
import readme262  # noqa: E402
import vendor262  # noqa: E402

BRIEF_DIR = "/tmp/brief262"
DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    ev, ectx = everyday262.build(reg)
    vd, vctx, usage = vendor262.build(reg)
    pos = positional262.build(reg)
    pro = prose262.build(reg)
    evs = evasions262.build(reg)
    neg = negatives262.build(ectx.key, ectx.kid, list(reg.items))
    meta = {"syntax": {}, "neighbour": {}, "style": {}, "where": {}, "short": {}, "lang": {}}
    secrets = []
    for i, r in enumerate(ev + vd + pos + pro, 1):
        rid = "p262-s-%04d" % i
        meta["syntax"][rid] = r.get("_syntax")
        if r["source"] == "vendor":
            meta["neighbour"][rid] = r.get("_neighbour")
            meta["style"][rid] = r.get("_style")
        if r["source"] == "password":
            meta["where"][rid] = r.get("_where")
            meta["short"][rid] = r.get("_short")
        if r["source"] == "prose":
            meta["lang"][rid] = r.get("_lang")
        secrets.append({"id": rid, "type": r["type"], "container": r["container"], "text": r["text"],
                        "secrets": r["secrets"], "source": r["source"]})
    evasions = []
    for i, r in enumerate(evs, 1):
        evasions.append({"id": "p262-e-%04d" % i, "type": r["type"], "container": r["container"],
                         "encoding": r["encoding"], "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    negatives = []
    for i, r in enumerate(neg, 1):
        negatives.append({"id": "p262-n-%04d" % i, "class": r["class"], "container": r["container"],
                          "text": r["text"], "source": r["source"]})
    data = {"secrets": secrets, "evasions": evasions, "negatives": negatives, "meta": meta}
    ctx = {"ledger_pub": ectx.key.Q, "vendor": vctx, "usage": usage, "registry_size": len(reg.items)}
    return data, ctx


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def load_denylist():
    deny = json.load(open(DENY_FILE, encoding="utf-8"))
    note = "frozen list used; /tmp/brief262 not present"
    errs = []
    if os.path.isdir(BRIEF_DIR):
        fresh = C.extract_denylist(BRIEF_DIR)
        if fresh != deny:
            errs.append("deny-list differs from a fresh extraction of %s" % BRIEF_DIR)
            note = "re-extracted from %s and DIFFERENT" % BRIEF_DIR
        else:
            note = "re-extracted from %s and identical" % BRIEF_DIR
    return deny, note, errs


def main(argv):
    if "--freeze" in argv:
        deny = C.extract_denylist(BRIEF_DIR)
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes, %d language codes, %d language names" %
              (len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    try:
        C.selftest_checks()
        C.p521_selftest()
        negatives262.selftest()
    except AssertionError:
        errors.append("published test vectors failed")
    deny, deny_note, derrs = load_denylist()
    errors += derrs

    data1, ctx1 = generate()
    data2, ctx2 = generate()
    files1 = {n: jsonl(data1[k]) for n, k in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"),
                                             ("negatives.jsonl", "negatives"))}
    files2 = {n: jsonl(data2[k]) for n, k in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"),
                                             ("negatives.jsonl", "negatives"))}
    for n in files1:
        if files1[n] != files2[n]:
            errors.append("not deterministic: %s" % n)
    # parse back
    for n, k in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"), ("negatives.jsonl", "negatives")):
        back = [json.loads(l) for l in files1[n].decode("utf-8").splitlines()]
        if back != data1[k]:
            errors.append("JSONL does not parse back: %s" % n)

    check_errs = checks262.run_checks(data1, deny, ctx1)
    errors += check_errs
    muts = checks262.run_mutations(data1, deny, ctx1, check_errs)
    for name, label, caught in muts:
        if not caught:
            errors.append("mutation not caught: %s_%s" % (name, label))
    info = {"deny": deny, "deny_note": deny_note, "mutations": muts, "clean_errors": len(check_errs)}
    readme1 = readme262.render(data1, ctx1, info).encode("utf-8")
    readme2 = readme262.render(data2, ctx2, info).encode("utf-8")
    if readme1 != readme2:
        errors.append("not deterministic: README.md")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for n, b in files1.items():
        with open(os.path.join(outdir, n), "wb") as f:
            f.write(b)
    with open(os.path.join(outdir, "README.md"), "wb") as f:
        f.write(readme1)
    s = data1["secrets"]
    print("wrote %d positives (%s), %d evasions, %d negatives; %d/%d mutations caught; deny-list: %s" %
          (len(s), ", ".join("%s %d" % (k, sum(1 for r in s if r["source"] == k))
                             for k in ("everyday", "vendor", "password", "prose")),
           len(data1["evasions"]), len(data1["negatives"]), sum(1 for m in muts if m[2]), len(muts), deny_note))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
