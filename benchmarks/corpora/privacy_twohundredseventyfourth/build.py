#!/usr/bin/env python3
"""Build the p274 corpus: generate twice, check everything, run the mutation tests,
render the README, and only then write. Python 3 standard library only."""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks274  # noqa: E402
import common274 as C  # noqa: E402
import everyday274  # noqa: E402
import evasions274  # noqa: E402
import negatives274  # noqa: E402
import positional274  # noqa: E402
import prose274  # noqa: E402
import readme274  # noqa: E402
import vendor274  # noqa: E402

DENY_FILE = "brief_names.json"


def generate():
    reg = C.Registry()
    keys = everyday274.Keys()
    vkeys = vendor274.VKeys()
    ev = everyday274.build(reg, keys)
    vd, neighbours = vendor274.build(reg, vkeys)
    pw = positional274.build(reg)
    pr = prose274.build(reg)
    evs = evasions274.build(reg)
    negs = negatives274.build(reg)
    pos = []
    for i, r in enumerate(ev + vd + pw + pr):
        pos.append({"id": "p274-s-%04d" % (i + 1), "type": r["type"], "container": r["container"], "text": r["text"],
                    "secrets": r["secrets"], "source": r["source"]})
    eo = []
    for i, r in enumerate(evs):
        eo.append({"id": "p274-e-%04d" % (i + 1), "type": r["type"], "container": r["container"], "encoding": r["encoding"],
                   "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    no = []
    for i, r in enumerate(negs):
        no.append({"id": "p274-n-%04d" % (i + 1), "class": r["class"], "container": r["container"], "text": r["text"],
                   "source": r["source"]})
    return {"secrets": pos, "evasions": eo, "negatives": no}, keys, vkeys, neighbours, list(reg.items)


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def load_deny(outdir):
    path = os.path.join(outdir, DENY_FILE)
    frozen = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            frozen = json.load(fh)
    status = "frozen copy only (/tmp/brief274 absent)"
    fresh = None
    if os.path.isdir(C.DENY_SOURCE_DIR):
        fresh = C.extract_denylist(C.load_texts())
        fresh = dict(source=C.DENY_SOURCE_DIR, files=C.DENY_FILES, **fresh)
    if "--freeze" in sys.argv:
        if fresh is None:
            raise SystemExit("--freeze needs %s" % C.DENY_SOURCE_DIR)
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(fresh, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
        frozen = fresh
        status = "frozen now from %s" % C.DENY_SOURCE_DIR
    elif fresh is not None:
        if frozen != fresh:
            raise SystemExit("deny-list re-extracted from %s differs from %s" % (C.DENY_SOURCE_DIR, DENY_FILE))
        status = "re-extracted from %s and identical" % C.DENY_SOURCE_DIR
    if frozen is None:
        raise SystemExit("no %s; run with --freeze" % DENY_FILE)
    return frozen, status


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    outdir = args[0] if args else HERE
    os.makedirs(outdir, exist_ok=True)
    errors = []
    C.selftest()
    deny, deny_status = load_deny(HERE)

    d1, keys, vkeys, neighbours, registered = generate()
    d2 = generate()[0]
    blobs1 = {k: jsonl(v) for k, v in d1.items()}
    blobs2 = {k: jsonl(v) for k, v in d2.items()}
    for k in blobs1:
        if blobs1[k] != blobs2[k]:
            errors.append("determinism: %s differs between two generations" % k)
        back = [json.loads(ln) for ln in blobs1[k].decode("utf-8").splitlines()]
        if back != d1[k]:
            errors.append("round trip: %s does not parse back to the same records" % k)

    ctx = checks274.Ctx(keys, vkeys, deny, neighbours, registered)
    errs = checks274.check_all(d1, ctx)
    errors += errs
    muts = checks274.run_mutations(d1, ctx, errs)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test not caught: %s" % name)
    stats = {"deny_status": deny_status, "mutations": muts, "clean_errors": len(errs), "registered": len(registered)}
    md1 = readme274.render(d1, deny, stats)
    md2 = readme274.render(d2, deny, stats)
    if md1 != md2:
        errors.append("determinism: README differs between two renderings")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        sys.exit(1)
    names = {"secrets": "secrets.jsonl", "evasions": "evasions.jsonl", "negatives": "negatives.jsonl"}
    for k, fn in names.items():
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(blobs1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(md1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, DENY_FILE), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
    print("wrote %d positives, %d evasions, %d negatives to %s; %d/%d mutation tests caught; deny-list %s"
          % (len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), outdir,
             sum(1 for _, c in muts if c), len(muts), deny_status))


if __name__ == "__main__":
    main()
