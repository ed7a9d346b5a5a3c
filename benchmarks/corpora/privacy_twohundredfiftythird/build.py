#!/usr/bin/env python3
"""Build the p253 corpus: generate twice, compare, check, mutate, then write.

python3 build.py [outdir]      build (default: this file's directory)
python3 build.py --freeze      re-extract the deny-list from /tmp/brief253 into brief_names.json
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks253  # noqa: E402
import common253 as C  # noqa: E402
import everyday253  # noqa: E402
import evasions253  # noqa: E402
import negatives253  # noqa: E402
import positional253  # noqa: E402
import prose253  # noqa: E402
import readme253  # noqa: E402
import vendor253  # noqa: E402


def generate():
    reg = C.Registry()
    secrets = everyday253.build(reg) + vendor253.build(reg) + positional253.build(reg) + prose253.build(reg)
    evasions = evasions253.build(reg)
    registered = [s for s in reg.items if len(s) >= 6]

    def bad(text):
        return checks253.negative_problem(text, registered)
    negatives = negatives253.build(bad)
    out = {"secrets": [], "evasions": [], "negatives": []}
    for i, r in enumerate(secrets):
        out["secrets"].append(dict([("id", "%s-s-%04d" % (C.PREFIX, i + 1))] + list(r.items())))
    for i, r in enumerate(evasions):
        out["evasions"].append(dict([("id", "%s-e-%04d" % (C.PREFIX, i + 1))] + list(r.items())))
    for i, r in enumerate(negatives):
        out["negatives"].append(dict([("id", "%s-n-%04d" % (C.PREFIX, i + 1))] + list(r.items())))
    out["registered"] = len(reg.items)
    return out


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main():
    if "--freeze" in sys.argv:
        d = C.extract_denylist(C.BRIEF_DIR)
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze deny-list: %s" % {k: len(v) for k, v in d.items() if isinstance(v, list)})
        return 0
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    outdir = args[0] if args else HERE
    deny, deny_status, errs = checks253.load_brief(HERE)

    a = generate()
    b = generate()
    blobs_a = {k: jsonl(a[k]) for k in ("secrets", "evasions", "negatives")}
    blobs_b = {k: jsonl(b[k]) for k in ("secrets", "evasions", "negatives")}
    for k in blobs_a:
        if blobs_a[k] != blobs_b[k]:
            errs.append("determinism: %s.jsonl differs between two generations" % k)

    errs += checks253.run_all(a, deny)
    muts = checks253.mutation_tests(a, deny, errs)
    for name, caught in muts:
        if not caught:
            errs.append("mutation test %s was not caught" % name)

    meta = {"deny_status": deny_status, "mutations": muts, "clean_errors": len(errs), "registered": a["registered"],
            "deny": deny}
    readme_a = readme253.render(a, meta)
    readme_b = readme253.render(b, meta)
    if readme_a != readme_b:
        errs.append("determinism: README differs between two generations")
    if errs:
        for e in errs[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errs))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k in ("secrets", "evasions", "negatives"):
        with open(os.path.join(outdir, k + ".jsonl"), "w", encoding="utf-8") as f:
            f.write(blobs_a[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme_a)
    print("ok: secrets %d, evasions %d, negatives %d; mutation tests %d/%d caught; deny-list %s"
          % (len(a["secrets"]), len(a["evasions"]), len(a["negatives"]), sum(c for _, c in muts), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main())
