#!/usr/bin/env python3
"""Build the p272 corpus: generate twice, compare bytes, check everything, run
the mutation tests, render the README twice, then write.  Standard library
only, fixed seeds, no clock, no network."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks272  # noqa: E402
import common272 as C  # noqa: E402
import everyday272  # noqa: E402
import evasions272  # noqa: E402
import negatives272  # noqa: E402
import positional272  # noqa: E402
import prose272  # noqa: E402
import readme272  # noqa: E402
import vendor272  # noqa: E402

POS_ORDER = ["id", "type", "container", "text", "secrets", "source"]
EV_ORDER = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_ORDER = ["id", "class", "container", "text", "source"]


def generate():
    reg = C.Registry()
    ev, pubkeys = everyday272.generate(reg)
    vd, neighbours, vctx = vendor272.generate(reg)
    pw = positional272.generate(reg)
    pr = prose272.generate(reg)
    es = evasions272.generate(reg)
    ng, nctx = negatives272.generate(list(reg.items))
    secrets = []
    for i, r in enumerate(ev + vd + pw + pr):
        rec = {"id": "%s-s-%04d" % (C.PREFIX, i + 1)}
        rec.update(r)
        secrets.append({k: rec[k] for k in POS_ORDER})
    evasions = []
    for i, r in enumerate(es):
        rec = {"id": "%s-e-%04d" % (C.PREFIX, i + 1)}
        rec.update(r)
        evasions.append({k: rec[k] for k in EV_ORDER})
    negatives = []
    for i, r in enumerate(ng):
        rec = {"id": "%s-n-%04d" % (C.PREFIX, i + 1)}
        rec.update(r)
        negatives.append({k: rec[k] for k in NEG_ORDER})
    vd_types = {r["type"]: r for r in vd}
    nb_pairs = []
    k = 0
    for t, cat, spec, src, nlabel, ngen, style, snip in vendor272.V:
        if nlabel:
            nb_pairs.append((neighbours[k], t))
            k += 1
    data = {"secrets": secrets, "evasions": evasions, "negatives": negatives}
    ctx = {"pubkeys": pubkeys, "vctx": vctx, "neighbours": nb_pairs, "registry": list(reg.items),
           "pbkdf2": nctx.pbkdf2, "points": nctx.points}
    return data, ctx


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def main():
    args = sys.argv[1:]
    if args and args[0] == "--freeze":
        d = C.extract_denylist()
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names, %d encodings" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"]), len(d["earlier_encodings"])))
        return 0
    out = args[0] if args else HERE
    errs = C.selftest()
    if errs:
        print("SELFTEST FAILED:", errs)
        return 1
    deny, deny_status = checks272.load_deny(HERE)
    d1, ctx1 = generate()
    d2, ctx2 = generate()
    blobs1 = {k: dump(v) for k, v in d1.items()}
    blobs2 = {k: dump(v) for k, v in d2.items()}
    errors = []
    for k in blobs1:
        if blobs1[k] != blobs2[k]:
            errors.append("non-deterministic output: " + k)
    parsed = {k: [json.loads(line) for line in blobs1[k].decode("utf-8").splitlines()] for k in blobs1}
    if parsed != d1:
        errors.append("JSONL does not parse back to the same records")
    ctx1["deny"] = deny
    errors += checks272.run_checks(parsed, ctx1)
    if errors:
        print("CHECKS FAILED (%d):" % len(errors))
        for e in errors[:200]:
            print("  -", e)
        return 1
    muts = checks272.run_mutations(parsed, ctx1, [])
    missed = [n for n, ok in muts if not ok]
    if missed:
        print("MUTATION TESTS NOT CAUGHT:", missed)
        return 1
    r1 = readme272.render(parsed, ctx1, muts, deny, deny_status)
    r2 = readme272.render(parsed, ctx1, muts, deny, deny_status)
    if r1 != r2:
        print("README not deterministic")
        return 1
    os.makedirs(out, exist_ok=True)
    names = {"secrets": "secrets.jsonl", "evasions": "evasions.jsonl", "negatives": "negatives.jsonl"}
    for k, fn in names.items():
        with open(os.path.join(out, fn), "wb") as fh:
            fh.write(blobs1[k])
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    print("ok: %d positives, %d evasions, %d negatives; %d/%d mutation tests caught; deny-list %s"
          % (len(parsed["secrets"]), len(parsed["evasions"]), len(parsed["negatives"]), len(muts), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main())
