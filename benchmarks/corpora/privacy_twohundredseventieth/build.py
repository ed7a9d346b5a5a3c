#!/usr/bin/env python3
"""Build the p270 corpus: generate everything twice, compare, check, run the
mutation tests, render the README, and only then write the files.
Usage: python3 build.py [outdir] | python3 build.py --freeze"""
import sys

sys.dont_write_bytecode = True

import glob  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks270  # noqa: E402
import common270 as C  # noqa: E402
import everyday270  # noqa: E402
import evasions270  # noqa: E402
import negatives270  # noqa: E402
import positional270  # noqa: E402
import prose270  # noqa: E402
import readme270  # noqa: E402
import vendor270  # noqa: E402

BRIEF_DIR = "/tmp/brief270"
DENY_FILE = os.path.join(HERE, "brief_names.json")


def extract_from_brief():
    files = sorted(glob.glob(os.path.join(BRIEF_DIR, "README_*.md")))
    texts = [open(f, encoding="utf-8").read() for f in files]
    d = C.extract_denylist(texts)
    d["earlier_encodings"] = C.encoding_names_of(texts)
    d["source"] = BRIEF_DIR
    d["files"] = [os.path.basename(f) for f in files]
    return d


def load_deny(errs):
    if not os.path.exists(DENY_FILE):
        errs.append("brief_names.json missing (run build.py --freeze)")
        return None, "missing"
    deny = json.load(open(DENY_FILE, encoding="utf-8"))
    status = "frozen copy used (%s not present)" % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_from_brief()
        same = all(fresh[k] == deny.get(k) for k in ("names", "syntaxes", "language_codes", "language_names",
                                                     "earlier_encodings", "files"))
        if not same:
            errs.append("deny-list re-extracted from %s differs from brief_names.json" % BRIEF_DIR)
            status = "re-extracted from %s and DIFFERENT" % BRIEF_DIR
        else:
            status = "re-extracted from %s and identical" % BRIEF_DIR
    return deny, status


def generate():
    reg = C.Registry()
    ev = everyday270.build(reg)
    vd = vendor270.build(reg)
    pw = positional270.build(reg)
    pr = prose270.build(reg)
    eva = evasions270.build(reg)
    values = [r["secrets"][0]["value"] for r in ev + vd + pw + pr + eva] + [r["secrets"][0]["plain"] for r in eva]
    items = list(reg.items)

    def forbidden(text):
        if checks270.negative_problems(text, items):
            return True
        return any(v in text for v in values)

    neg = negatives270.build(reg, forbidden)
    pos = ev + vd + pw + pr
    neighbours = {}
    out_pos = []
    for i, r in enumerate(pos):
        rid = "p270-s-%04d" % (i + 1)
        if r["source"] == "vendor" and r.get("_neighbour"):
            neighbours[rid] = r["_neighbour"]
        out_pos.append({"id": rid, "type": r["type"], "container": r["container"], "text": r["text"],
                        "secrets": r["secrets"], "source": r["source"]})
    out_eva = []
    for i, r in enumerate(eva):
        out_eva.append({"id": "p270-e-%04d" % (i + 1), "type": r["type"], "container": r["container"],
                        "encoding": r["encoding"], "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    out_neg = []
    for i, r in enumerate(neg):
        out_neg.append({"id": "p270-n-%04d" % (i + 1), "class": r["class"], "container": r["container"],
                        "text": r["text"], "source": r["source"]})
    data = {"secrets": out_pos, "evasions": out_eva, "negatives": out_neg}
    return data, items, neighbours


def to_bytes(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def main():
    args = sys.argv[1:]
    if args and args[0] == "--freeze":
        d = extract_from_brief()
        json.dump(d, open(DENY_FILE, "w", encoding="utf-8"), ensure_ascii=False, indent=1, sort_keys=True)
        print("froze %d names, %d syntaxes, %d codes, %d language names, %d earlier encodings from %s" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"]),
            len(d["earlier_encodings"]), d["files"]))
        return 0
    outdir = args[0] if args else HERE
    errs = []
    try:
        C.selftest()
    except AssertionError as e:
        errs.append("self-test failed: %s" % e)
    deny, deny_status = load_deny(errs)

    data1, items1, nb1 = generate()
    data2, items2, nb2 = generate()
    files = {"secrets.jsonl": "secrets", "evasions.jsonl": "evasions", "negatives.jsonl": "negatives"}
    blobs = {}
    for fn, key in files.items():
        b1, b2 = to_bytes(data1[key]), to_bytes(data2[key])
        if b1 != b2:
            errs.append("determinism: %s differs between two generations" % fn)
        parsed = [json.loads(line) for line in b1.decode("utf-8").splitlines()]
        if parsed != data1[key]:
            errs.append("round trip: %s does not parse back to the same records" % fn)
        blobs[fn] = b1
    # re-run the second generation so that in-memory key material matches data1 (identical by determinism)
    data, items, neighbours = data2, items2, nb2

    if deny is not None:
        check_errs = checks270.run_checks(data, deny, items, neighbours)
        errs.extend(check_errs)
        muts = checks270.run_mutations(data, deny, items, neighbours, check_errs)
        for name, label, caught in muts:
            if not caught:
                errs.append("mutation test %s_%s not caught" % (name, label))
    else:
        check_errs, muts = ["no deny-list"], []

    info = {"deny_status": deny_status, "deny": deny, "mutations": muts, "clean_errors": len(check_errs),
            "registry_size": len(items)}
    r1 = readme270.render(data, info)
    r2 = readme270.render(data, info)
    if r1 != r2:
        errs.append("README rendering is not deterministic")
    if errs:
        print("BUILD FAILED (%d errors); nothing written" % len(errs))
        for e in errs[:200]:
            print(" -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, b in blobs.items():
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(b)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(outdir) != HERE:
        json.dump(deny, open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8"), ensure_ascii=False,
                  indent=1, sort_keys=True)
    print("OK: %d positives, %d evasions, %d negatives; %d mutation tests caught; deny-list %s; written to %s" % (
        len(data["secrets"]), len(data["evasions"]), len(data["negatives"]), sum(1 for m in muts if m[2]),
        deny_status, outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main())
