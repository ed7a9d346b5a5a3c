#!/usr/bin/env python3
"""Build the p258 corpus: generate everything twice, compare bytes, run every check and the
mutation tests, and only then write secrets.jsonl, evasions.jsonl, negatives.jsonl and README.md.
Usage: python3 build.py [outdir] | python3 build.py --freeze"""
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks258 as K  # noqa: E402
import common258 as C  # noqa: E402
import everyday258 as E  # noqa: E402
import evasions258 as EV  # noqa: E402
import enc258  # noqa: E402
import negatives258 as N  # noqa: E402
import positional258 as P  # noqa: E402
import prose258 as PR  # noqa: E402
import readme258  # noqa: E402
import vendor258 as V  # noqa: E402


def used_names():
    out = []
    out += [(t, "everyday type") for t in E.TYPES] + [(k, "everyday kind") for k in E.KINDS]
    out += [(s[0], "vendor type") for s in V.SPECS] + [(s, "vendor style") for s in V.STYLES]
    out += [(w, "where label") for w in P.WHERE.values()]
    out += [(P.PFX + s[0], "positional type") for s in P.SYNTAXES]
    out += [(PR.TYPE, "prose type")] + [(f, "prose format") for f in PR.FORMATS]
    out += [(t, "evasion type") for t in EV.TYPES] + [(w, "evasion wording") for w in EV.WORDINGS]
    out += [(e, "encoding") for e in enc258.ORDER]
    out += [(c, "negative class") for c in N.CLASSES]
    out += [(b, "negative base kind") for c in N.CLASSES.values() for b, _ in c[1]]
    out += [(w.strip("_"), "negative wrapper") for w in N.WRAPPERS if w]
    return out


def generate():
    reg = C.Registry()
    rsa_key = C.rsa_keygen(random.Random(C.SEEDS["rsa"]))
    ev, pairs = E.generate(reg, rsa_key)
    vd = V.generate(reg)
    neighbours = {r["type"]: r.pop("_neighbour") for r in vd}
    po = P.generate(reg)
    pr = PR.generate(reg)
    eva = EV.generate(reg)
    secrets = []
    for i, r in enumerate(ev + vd + po + pr, 1):
        secrets.append({"id": f"{C.PREFIX}-s-{i:04d}", "type": r["type"], "container": r["container"], "text": r["text"],
                        "secrets": r["secrets"], "source": r["source"]})
    evasions = []
    for i, r in enumerate(eva, 1):
        evasions.append({"id": f"{C.PREFIX}-e-{i:04d}", "type": r["type"], "container": r["container"], "encoding": r["encoding"],
                         "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    values = [r["secrets"][0]["value"] for r in secrets + evasions]
    plains = [r["secrets"][0]["plain"] for r in evasions]
    ctx = {"rsa": rsa_key, "kid": "hrf-" + format(rsa_key["n"] % (1 << 40), "010x")}
    ng = N.generate(reg, ctx, values, plains)
    negatives = []
    for i, r in enumerate(ng, 1):
        negatives.append({"id": f"{C.PREFIX}-n-{i:04d}", "class": r["class"], "container": r["container"],
                          "text": r["text"], "source": r["source"]})
    meta = {"pairs": pairs, "neighbours": neighbours, "registry_size": len(reg.items), "rsa": rsa_key}
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives}, meta


def dump(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def main(argv):
    folder = HERE
    if "--freeze" in argv:
        d = C.extract_denylist()
        with open(os.path.join(folder, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"froze deny-list: {len(d['names'])} names, {len(d['syntaxes'])} syntaxes, "
              f"{len(d['language_codes'])} codes, {len(d['language_names'])} language names")
        return 0
    outdir = argv[0] if argv else folder
    errors = []
    if not C.self_test():
        errors.append("self test failed")
    deny = C.load_denylist(folder)
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != deny:
            errors.append("deny-list re-extracted from /tmp/brief258 differs from brief_names.json")
        deny_note = "re-extracted from /tmp/brief258 and identical" if fresh == deny else "re-extracted and DIFFERENT"
    else:
        deny_note = "/tmp/brief258 absent; frozen list used"

    data1, meta1 = generate()
    data2, meta2 = generate()
    bytes1 = {k: dump(v) for k, v in data1.items()}
    bytes2 = {k: dump(v) for k, v in data2.items()}
    if bytes1 != bytes2:
        errors.append("determinism: two generations differ")
    for k, b in bytes1.items():
        back = [json.loads(x) for x in b.decode("utf-8").splitlines()]
        if back != data1[k]:
            errors.append(f"{k}: JSONL does not parse back to the same records")
    names = used_names()
    errors += K.run_checks(data1, deny, meta1["rsa"], names)
    base_errors = list(errors)
    if base_errors:
        for e in base_errors[:80]:
            print("BASE:", e)
    muts = K.run_mutations(data1, deny, meta1["rsa"], names, base_errors)
    for name, caught in muts:
        if not caught:
            errors.append(f"mutation not caught: {name}")
    info = {"deny_note": deny_note, "mutations": muts, "errors": len(errors), "deny": deny}
    readme1 = readme258.render(data1, meta1, info).encode("utf-8")
    readme2 = readme258.render(data2, meta2, info).encode("utf-8")
    if readme1 != readme2:
        errors.append("determinism: README differs between generations")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print(f"{len(errors)} error(s); nothing written")
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(bytes1[k])
    with open(os.path.join(outdir, "README.md"), "wb") as f:
        f.write(readme1)
    print(f"wrote {len(data1['secrets'])} positives, {len(data1['evasions'])} evasions, {len(data1['negatives'])} negatives "
          f"to {outdir}; checks passed; mutations caught {sum(c for _, c in muts)}/{len(muts)}; deny-list {deny_note}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
