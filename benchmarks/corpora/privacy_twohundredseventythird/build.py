#!/usr/bin/env python3
"""Build the p273 held-out credential corpus.  Python 3 standard library only; fixed seeds;
no clock, no network.  Generates everything twice, compares, checks, runs mutation tests and
only then writes the files."""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks273 as CK  # noqa: E402
import common273 as C  # noqa: E402
import everyday273 as EV  # noqa: E402
import evasions273 as EVA  # noqa: E402
import negatives273 as NEG  # noqa: E402
import positional273 as POS  # noqa: E402
import prose273 as PR  # noqa: E402
import readme273 as RD  # noqa: E402
import vendor273 as VEN  # noqa: E402


def generate():
    reg = C.Registry()
    ek = EV.Keys()
    ev = EV.build(reg, ek)
    ve = VEN.build(reg)
    po = POS.build(reg)
    pr = PR.build(reg)
    evs = EVA.build(reg)
    neg = NEG.build(reg)
    neighbours = [r.pop("_neighbour") for r in ve]
    neighbours = [n for n in neighbours if n]
    secrets = []
    for i, r in enumerate(ev + ve + po + pr, 1):
        secrets.append({"id": f"p273-s-{i:04d}", "type": r["type"], "container": r["container"], "text": r["text"],
                        "secrets": r["secrets"], "source": r["source"]})
    evasions = []
    for i, r in enumerate(evs, 1):
        evasions.append({"id": f"p273-e-{i:04d}", "type": r["type"], "container": r["container"],
                         "encoding": r["encoding"], "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    negatives = []
    for i, r in enumerate(neg, 1):
        negatives.append({"id": f"p273-n-{i:04d}", "class": r["class"], "container": r["container"],
                          "text": r["text"], "source": r["source"]})
    data = {"secrets": secrets, "evasions": evasions, "negatives": negatives}
    jwt_keys = dict(VEN.VK.jwt)
    jwt_keys.update(NEG.NK.jwt)
    ctx = {"everyday_keys": ek, "registry": list(reg.items), "neighbours": neighbours, "jwt_keys": jwt_keys,
           "registry_size": len(reg.items)}
    return data, ctx


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def main(argv):
    out = HERE
    args = [a for a in argv[1:] if not a.startswith("--")]
    if args:
        out = os.path.abspath(args[0])
    if "--freeze" in argv:
        d = C.extract_denylist("/tmp/brief273")
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze", {k: len(v) for k, v in d.items() if isinstance(v, list)})
        return 0
    errs = list(C.selftest())
    deny, deny_note, derrs = CK.load_denylist(HERE)
    errs += derrs
    d1, ctx1 = generate()
    b1 = {k: dump(v) for k, v in d1.items()}
    d2, ctx2 = generate()
    b2 = {k: dump(v) for k, v in d2.items()}
    for k in b1:
        if b1[k] != b2[k]:
            errs.append(f"determinism: {k} differs between two generations")
    parsed = {k: [json.loads(l) for l in b2[k].decode("utf-8").splitlines()] for k in b2}
    if parsed != d2:
        errs.append("JSONL bytes do not parse back to the same records")
    clean = CK.run_all(parsed, ctx2, deny)
    errs += clean
    muts = CK.run_mutations(parsed, ctx2, deny, clean)
    for name, ok, why in muts:
        if not ok:
            errs.append(f"mutation {name} not caught ({why})")
    info = {"deny_note": deny_note, "deny": deny, "mutations": muts, "clean_errors": len(clean),
            "registry_size": ctx2["registry_size"], "tool_tokens": len(CK.earlier_tool_tokens(deny))}
    r1 = RD.render(parsed, info)
    r2 = RD.render(parsed, info)
    if r1 != r2:
        errs.append("README render is not deterministic")
    if errs:
        print("BUILD FAILED - nothing written")
        for e in errs[:80]:
            print("  " + e)
        if len(errs) > 80:
            print(f"  ... and {len(errs) - 80} more")
        return 1
    os.makedirs(out, exist_ok=True)
    names = {"secrets": "secrets.jsonl", "evasions": "evasions.jsonl", "negatives": "negatives.jsonl"}
    for k, fn in names.items():
        with open(os.path.join(out, fn), "wb") as f:
            f.write(b2[k])
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    print(f"ok: {len(parsed['secrets'])} positives, {len(parsed['evasions'])} evasions, "
          f"{len(parsed['negatives'])} negatives; {sum(1 for m in muts if m[1])}/{len(muts)} mutations caught; "
          f"deny-list {deny_note}; written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
