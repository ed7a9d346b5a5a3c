#!/usr/bin/env python3
"""Build the p257 held-out credential corpus.

python3 build.py [outdir]   generate twice, compare, run every check and the
                            mutation tests, then write the files (or exit 1)
python3 build.py --freeze   re-extract the deny-list from /tmp/brief257/ into
                            brief_names.json
"""

import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks257  # noqa: E402
import common257 as c  # noqa: E402
import everyday257  # noqa: E402
import evasions257  # noqa: E402
import negatives257  # noqa: E402
import positional257  # noqa: E402
import prose257  # noqa: E402
import readme257  # noqa: E402
import vendor257  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def load_deny():
    deny = json.load(open(DENY_FILE, encoding="utf-8"))
    status = "frozen copy only (%s absent)" % c.DENY_SOURCE
    if os.path.isdir(c.DENY_SOURCE):
        fresh = c.extract_denylist()
        if fresh != deny:
            raise SystemExit("deny-list re-extracted from %s differs from brief_names.json" % c.DENY_SOURCE)
        status = "re-extracted from %s and identical" % c.DENY_SOURCE
    return deny, status


def ordered_secret(r, i):
    return {"id": "%s-s-%04d" % (c.PREFIX, i), "type": r["type"], "container": r["container"], "text": r["text"],
            "secrets": [dict((k, r["secrets"][0][k]) for k in ("value", "start", "end", "type"))],
            "source": r["source"]}


def ordered_evasion(r, i):
    return {"id": "%s-e-%04d" % (c.PREFIX, i), "type": r["type"], "container": r["container"],
            "encoding": r["encoding"], "text": r["text"],
            "secrets": [dict((k, r["secrets"][0][k]) for k in ("value", "start", "end", "type", "plain", "encoding"))],
            "source": r["source"]}


def ordered_negative(r, i):
    return {"id": "%s-n-%04d" % (c.PREFIX, i), "class": r["class"], "container": r["container"], "text": r["text"],
            "source": r["source"]}


def generate():
    c.self_test()
    reg = c.Registry()
    evd = everyday257.build(reg)
    ven = vendor257.build(reg)
    pos = positional257.build(reg)
    pro = prose257.build(reg)
    eva = evasions257.build(reg)
    positives = evd + ven + pos + pro
    vals = [r["secrets"][0]["value"] for r in positives + eva] + [r["secrets"][0]["plain"] for r in eva]
    negs = negatives257.build(lambda t: checks257.negative_reasons(t, vals))
    data = {
        "secrets": [ordered_secret(r, i + 1) for i, r in enumerate(positives)],
        "evasions": [ordered_evasion(r, i + 1) for i, r in enumerate(eva)],
        "negatives": [ordered_negative(r, i + 1) for i, r in enumerate(negs)],
        "registry_size": len(reg.items),
    }
    return data


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def main(argv):
    if "--freeze" in argv:
        deny = c.extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d language codes, %d language names" % (
            len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny, deny_status = load_deny()
    key = everyday257.ps256_key()
    pub = (key["n"], key["e"])
    errors = []

    d1 = generate()
    everyday257._PS256_KEY.clear()
    d2 = generate()
    key2 = everyday257.ps256_key()
    if (key2["n"], key2["e"]) != pub:
        errors.append("determinism: PS256 key differs between runs")
    files1 = dict((k, jsonl(d1[k])) for k in ("secrets", "evasions", "negatives"))
    files2 = dict((k, jsonl(d2[k])) for k in ("secrets", "evasions", "negatives"))
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("determinism: %s.jsonl differs between two generations" % k)
        back = [json.loads(line) for line in files1[k].splitlines()]
        if back != d1[k]:
            errors.append("determinism: %s.jsonl does not parse back to the same records" % k)

    errs = checks257.run(d1, deny, pub)
    errors.extend(errs)
    muts = checks257.mutation_tests(d1, deny, pub, errs)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test not caught: %s" % name)

    stats = {"deny_status": deny_status, "mutations": muts, "clean_errors": len(errs), "deny": deny,
             "registry_size": d1["registry_size"]}
    readme1 = readme257.render(d1, stats)
    readme2 = readme257.render(d2, stats)
    if readme1 != readme2:
        errors.append("determinism: README differs between two generations")
    if errors:
        print("BUILD FAILED (%d errors); nothing written" % len(errors))
        for e in errors[:200]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, name in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme1)
    print("ok: %d positives, %d evasions, %d negatives; %d/%d mutation tests caught; deny-list %s" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(1 for _, x in muts if x), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
