#!/usr/bin/env python3
"""Build the p266 corpus: generate twice, compare, check, mutate, render the
README, and only then write.  Standard library only; no clock, no network.

    python3 build.py [outdir]      build (default: this folder)
    python3 build.py --freeze      re-extract brief_names.json from /tmp/brief266/
"""
import sys

sys.dont_write_bytecode = True

import glob  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks266  # noqa: E402
import common266 as C  # noqa: E402
import everyday266  # noqa: E402
import evasions266  # noqa: E402
import negatives266  # noqa: E402
import positional266  # noqa: E402
import prose266  # noqa: E402
import readme266  # noqa: E402
import vendor266  # noqa: E402

BRIEF_DIR = "/tmp/brief266"
DENY_PATH = os.path.join(HERE, "brief_names.json")


def brief_files():
    return sorted(glob.glob(os.path.join(BRIEF_DIR, "README_*.md")))


def extract():
    files = brief_files()
    d = C.extract_denylist([open(f, encoding="utf-8").read() for f in files])
    return dict({"source": BRIEF_DIR, "files": [os.path.basename(f) for f in files]}, **d)


def generate():
    reg = C.Registry()
    pos = []
    pos += everyday266.build(reg)
    vend = vendor266.build(reg)
    neighbours = []
    for r in vend:
        neighbours.append(r.pop("_neighbour"))
    pos += vend
    pos += positional266.build(reg)
    pos += prose266.build(reg)
    eva = evasions266.build(reg)
    neg = negatives266.build(reg, list(reg.items))
    P = [dict([("id", "%s-s-%04d" % (C.PREFIX, i + 1))] + list(r.items())) for i, r in enumerate(pos)]
    E = []
    for i, r in enumerate(eva):
        E.append({"id": "%s-e-%04d" % (C.PREFIX, i + 1), "type": r["type"], "container": r["container"], "encoding": r["encoding"],
                  "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    N = [dict([("id", "%s-n-%04d" % (C.PREFIX, i + 1))] + list(r.items())) for i, r in enumerate(neg)]
    return P, E, N, [n for n in neighbours if n], len(reg.items)


def dumps(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def main(argv):
    errs = []
    if "--freeze" in argv:
        d = extract()
        with open(DENY_PATH, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        print("froze %d names, %d syntaxes, %d language codes, %d language names from %s" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"]), BRIEF_DIR))
        return 0
    outdir = argv[0] if argv else HERE
    errs += C.selftest()
    if not os.path.exists(DENY_PATH):
        print("ERROR: brief_names.json missing; run with --freeze first")
        return 1
    deny = json.load(open(DENY_PATH, encoding="utf-8"))
    deny_status = "not re-extracted (%s absent)" % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR) and brief_files():
        fresh = extract()
        if fresh != deny:
            errs.append("deny-list: re-extracted list differs from brief_names.json")
            deny_status = "re-extracted from %s and DIFFERENT" % BRIEF_DIR
        else:
            deny_status = "re-extracted from %s and identical" % BRIEF_DIR

    P1, E1, N1, nb1, nreg = generate()
    P2, E2, N2, nb2, _ = generate()
    b1 = [dumps(P1), dumps(E1), dumps(N1)]
    b2 = [dumps(P2), dumps(E2), dumps(N2)]
    if b1 != b2:
        errs.append("determinism: two generations differ")
    parsed = [[json.loads(l) for l in b.decode("utf-8").splitlines()] for b in b1]
    if parsed != [P1, E1, N1]:
        errs.append("round trip: JSONL does not parse back to the same records")
    P, E, N = parsed
    errs += checks266.run_all(P, E, N, nb1, deny)
    muts = checks266.run_mutations(P, E, N, nb1, deny, errs)
    for name, caught, why in muts:
        if not caught:
            errs.append("mutation %s was not caught (%s)" % (name, why))
    info = {"deny_status": deny_status, "mutations": muts, "registry": nreg, "clean_errors": len(errs), "deny": deny}
    r1 = readme266.render(P, E, N, info)
    r2 = readme266.render(P, E, N, info)
    if r1 != r2:
        errs.append("README rendering is not deterministic")
    if errs:
        print("BUILD FAILED with %d error(s):" % len(errs))
        for e in errs[:200]:
            print("  " + e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, data in (("secrets.jsonl", b1[0]), ("evasions.jsonl", b1[1]), ("negatives.jsonl", b1[2])):
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(data)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    print("OK: %d positives, %d evasions, %d negatives; %d/%d mutations caught; deny-list %s; written to %s" % (
        len(P), len(E), len(N), sum(1 for m in muts if m[1]), len(muts), deny_status, outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
