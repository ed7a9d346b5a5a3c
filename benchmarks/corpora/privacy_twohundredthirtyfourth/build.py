#!/usr/bin/env python3
"""Build corpus p234 (privacy_twohundredthirtyfourth).

python3 build.py [outdir]   generate twice, check, render README, then write (nothing on failure)
python3 build.py --freeze   re-extract brief_names.json from /tmp/brief234/
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common234 as C  # noqa: E402
import everyday234  # noqa: E402
import vendor234  # noqa: E402
import positional234  # noqa: E402
import prose234  # noqa: E402
import evasions234  # noqa: E402
import negatives234  # noqa: E402
import checks234  # noqa: E402
import readme234  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def dumps_jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def generate():
    reg = C.Registry()
    counters = {"s": 0, "e": 0, "n": 0}

    def nid(kind):
        def f():
            counters[kind] += 1
            return "%s-%s-%04d" % (C.PREFIX, kind, counters[kind])
        return f
    pos = []
    pos += everyday234.generate(reg, nid("s"))
    pos += vendor234.generate(reg, nid("s"))
    pos += positional234.generate(reg, nid("s"))
    pos += prose234.generate(reg, nid("s"))
    ev = evasions234.generate(reg, nid("e"))
    neg = negatives234.generate(reg, nid("n"))
    return pos, ev, neg, len(reg.items)


def load_deny():
    with open(DENY_FILE, encoding="utf-8") as fh:
        frozen = json.load(fh)
    status = "frozen copy used; /tmp/brief234 not present"
    errors = []
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != frozen:
            errors.append("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
            status = "re-extracted from %s and DIFFERENT" % C.BRIEF_DIR
        else:
            status = "re-extracted from %s and identical" % C.BRIEF_DIR
    return frozen, status, errors


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny, deny_status, errors = load_deny()

    g1 = generate()
    g2 = generate()
    b1 = [dumps_jsonl(x) for x in g1[:3]]
    b2 = [dumps_jsonl(x) for x in g2[:3]]
    for name, x, y in zip(("secrets", "evasions", "negatives"), b1, b2):
        if x != y:
            errors.append("determinism: %s.jsonl differs between two generations" % name)
    pos, ev, neg, nreg = g1
    # round-trip through JSON so the checks see exactly what is written
    pos, ev, neg = ([json.loads(line) for line in b.decode("utf-8").splitlines()] for b in b1)

    errors += checks234.check_all(pos, ev, neg, deny)
    muts = checks234.run_mutations(pos, ev, neg, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test not caught: " + name)

    stats = {"deny_status": deny_status, "registry": nreg, "mutations": muts, "deny": deny}
    r1 = readme234.render(pos, ev, neg, stats)
    r2 = readme234.render(*[[json.loads(l) for l in dumps_jsonl(x).decode("utf-8").splitlines()] for x in g2[:3]],
                          dict(stats, registry=g2[3]))
    if r1 != r2:
        errors.append("determinism: README differs between two generations")

    if errors:
        print("BUILD FAILED - nothing written")
        for e in errors[:200]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, data in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), b1):
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1, sort_keys=True)
            fh.write("\n")
    print("wrote %d positives, %d evasions, %d negatives to %s (%s; mutations %d/%d caught)" % (
        len(pos), len(ev), len(neg), outdir, deny_status, sum(1 for _, c in muts if c), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
