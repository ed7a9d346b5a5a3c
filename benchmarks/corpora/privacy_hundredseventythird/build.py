#!/usr/bin/env python3
"""Deterministic builder of corpus p173 (privacy_hundredseventythird).

python3 build.py [outdir]      generate twice, check, run mutation tests, then write
python3 build.py --freeze      re-extract the deny-list from /tmp/brief173/ into brief_names.json
Standard library only; fixed seeds; no clock; no network. On any failure nothing is written.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common173  # noqa: E402
from common173 import Registry, dumps, prepare_deny, name_denied, extract_denylist, BRIEF_DIR  # noqa: E402
import everyday173  # noqa: E402
import vendor173  # noqa: E402
import positional173  # noqa: E402
import prose173  # noqa: E402
import evasions173  # noqa: E402
import negatives173  # noqa: E402
import checks173  # noqa: E402
import readme173  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def generate_all(deny):
    reg = Registry()
    n = [0]

    def counter():
        n[0] += 1
        return n[0]

    deny_fn = lambda name: name_denied(name, deny)  # noqa: E731
    syntax_fn = lambda syn: syn in deny["_syntax_set"] or syn in deny["_names_set"]  # noqa: E731
    secrets = everyday173.generate(reg, counter)
    vend, v_dropped, v_tail = vendor173.generate(reg, counter, deny_fn)
    secrets += vend
    pos, p_dropped, p_tail, b64_plains = positional173.generate(reg, counter, deny_fn, syntax_fn)
    secrets += pos
    prose, langs_used, l_refused, l_spare = prose173.generate(reg, counter, deny)
    secrets += prose
    evasions = evasions173.generate(reg)
    forbidden = [r["secrets"][0]["value"] for r in secrets + evasions]
    forbidden += [r["secrets"][0]["plain"] for r in evasions] + list(b64_plains.values())
    negatives = negatives173.generate(forbidden)
    return {
        "secrets": secrets, "evasions": evasions, "negatives": negatives, "b64_plains": b64_plains,
        "meta": {"vendor_dropped": v_dropped, "vendor_tail": v_tail, "pos_dropped": p_dropped, "pos_tail": p_tail,
                 "langs_used": langs_used, "langs_refused": l_refused, "langs_spare": l_spare,
                 "registry_size": len(reg.items)},
    }


def serialise(data):
    return {
        "secrets.jsonl": dumps(data["secrets"]).encode("utf-8"),
        "evasions.jsonl": dumps(data["evasions"]).encode("utf-8"),
        "negatives.jsonl": dumps(data["negatives"]).encode("utf-8"),
    }


def fail(msg, errors=()):
    sys.stderr.write("BUILD FAILED: %s\n" % msg)
    for e in list(errors)[:60]:
        sys.stderr.write("  - %s\n" % e)
    sys.exit(1)


def main(argv):
    if "--freeze" in argv:
        d = extract_denylist()
        with open(FROZEN, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("frozen %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[0] if argv else HERE
    if not os.path.exists(FROZEN):
        fail("frozen deny-list brief_names.json missing (run --freeze)")
    with open(FROZEN, encoding="utf-8") as fh:
        frozen = json.load(fh)
    reextracted = "not available (brief directory absent)"
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        if fresh != frozen:
            fail("brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR)
        reextracted = "re-extracted from %s and identical" % BRIEF_DIR
    deny = prepare_deny(frozen)

    data1 = generate_all(deny)
    data2 = generate_all(deny)
    s1, s2 = serialise(data1), serialise(data2)
    if s1 != s2:
        fail("two in-process generations differ")
    errors = checks173.check_all(data1, deny)
    if errors:
        fail("%d check errors" % len(errors), errors)
    muts = checks173.run_mutations(data1, deny)
    missed = [m for m, caught in muts if not caught]
    if missed:
        fail("mutation tests not caught", missed)
    r1 = readme173.render(data1, frozen, muts, reextracted)
    r2 = readme173.render(data2, frozen, checks173.run_mutations(data2, deny), reextracted)
    if r1 != r2:
        fail("README renders differ between generations")
    files = dict(s1)
    files["README.md"] = r1.encode("utf-8")
    files["brief_names.json"] = (json.dumps(frozen, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    os.makedirs(outdir, exist_ok=True)
    for name, blob in files.items():
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(blob)
    print("wrote %s: secrets %d, evasions %d, negatives %d; all checks clean; %d/%d mutations caught" % (
        outdir, len(data1["secrets"]), len(data1["evasions"]), len(data1["negatives"]), len(muts) - len(missed), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
