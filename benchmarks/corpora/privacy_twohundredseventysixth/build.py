"""Build p276: python3 build.py [outdir]   (python3 build.py --freeze re-extracts the deny-list)."""
import sys

sys.dont_write_bytecode = True

import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks276 as K
import common276 as C
import everyday276 as EV
import evasions276 as EVA
import negatives276 as NEG
import positional276 as POS
import prose276 as PR
import readme276 as RM
import vendor276 as VEN

BRIEF = "/tmp/brief276"
BRIEF_FILES = ["README_twohundredseventysecond.md", "README_twohundredseventyfourth.md"]


def generate():
    reg = C.Registry()
    keys = EV.Keys()
    ev = EV.build(reg, keys)
    ve, neigh = VEN.build(reg)
    po = POS.build(reg)
    pr = PR.build(reg)
    secrets = ev + ve + po + pr
    for i, r in enumerate(secrets):
        secrets[i] = {"id": "p276-s-%04d" % (i + 1), **r}
    ev_recs = EVA.build(reg)
    evasions = []
    for i, r in enumerate(ev_recs):
        evasions.append({"id": "p276-e-%04d" % (i + 1), **r})
    negs, keep = NEG.build(reg)
    negatives = [{"id": "p276-n-%04d" % (i + 1), **r} for i, r in enumerate(negs)]
    data = {"secrets": secrets, "evasions": evasions, "negatives": negatives}
    ctx = {"keys": keys, "neighbours": [None] * len(ev) + neigh, "registry": list(reg.items),
           "hashes": keep["hashes"], "rsa": keep["rsa"]}
    ctx["neighbours"] = neigh
    return data, ctx


def main():
    args = [a for a in sys.argv[1:]]
    freeze = "--freeze" in args
    args = [a for a in args if a != "--freeze"]
    outdir = args[0] if args else HERE
    errors = []
    st = C.selftest()
    errors += st
    deny_path = os.path.join(HERE, "brief_names.json")
    brief_paths = [os.path.join(BRIEF, f) for f in BRIEF_FILES]
    if freeze:
        d = C.extract_denylist(brief_paths)
        with open(deny_path, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("deny-list frozen: %d names" % len(d["names"]))
        return 0
    with open(deny_path, encoding="utf-8") as f:
        deny = json.load(f)
    if all(os.path.exists(p) for p in brief_paths):
        fresh = C.extract_denylist(brief_paths)
        if fresh != deny:
            errors.append("deny-list: re-extracted list differs from brief_names.json")
            deny_status = "re-extracted from /tmp/brief276 and DIFFERENT"
        else:
            deny_status = "re-extracted from /tmp/brief276 and identical"
    else:
        deny_status = "/tmp/brief276 absent, frozen list used"
    data, ctx = generate()
    data2, _ = generate()
    blobs = {k: C.dumps_jsonl(data[k]) for k in data}
    blobs2 = {k: C.dumps_jsonl(data2[k]) for k in data2}
    for k in blobs:
        if blobs[k] != blobs2[k]:
            errors.append("determinism: %s differs between two generations" % k)
        back = [json.loads(x) for x in blobs[k].splitlines()]
        if back != data[k]:
            errors.append("round trip: %s does not parse back to the same records" % k)
    clean = K.check_all(data, ctx) + K.check_denylist(data, deny)
    errors += clean
    muts = K.run_mutations(data, ctx, deny, clean)
    for name, caught, first in muts:
        if not caught:
            errors.append("mutation %s was not caught" % name)
    if len(muts) < 12:
        errors.append("fewer than 12 mutation tests")
    info = {"deny": deny, "deny_status": deny_status, "mutations": muts, "clean_errors": len(clean),
            "selftest": "all vectors pass" if not st else "%d failures" % len(st), "registry": len(ctx["registry"]),
            "max_run": max(len(r["secrets"][0]["value"]) for r in data["evasions"])}
    readme = RM.render(data, info)
    readme2 = RM.render(data2, info)
    if readme != readme2:
        errors.append("README: two renders differ")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(blobs[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: secrets %d, evasions %d, negatives %d; mutations %d/%d caught; written to %s" % (
        len(data["secrets"]), len(data["evasions"]), len(data["negatives"]), sum(1 for m in muts if m[1]), len(muts), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
