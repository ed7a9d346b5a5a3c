"""Build corpus p268 (privacy_twohundredsixtyeighth).

python3 build.py [outdir]   generate twice, compare, check, run the mutation tests,
                            render the README twice, then write the files
python3 build.py --freeze   re-extract the deny-list from /tmp/brief268/ into brief_names.json
"""
import sys

sys.dont_write_bytecode = True

import glob  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks268  # noqa: E402
import common268 as C  # noqa: E402
import evasions268  # noqa: E402
import everyday268  # noqa: E402
import negatives268  # noqa: E402
import positional268  # noqa: E402
import prose268  # noqa: E402
import readme268  # noqa: E402
import vendor268  # noqa: E402
import world268 as W  # noqa: E402

BRIEF_DIR = "/tmp/brief268"
DENY_FILE = os.path.join(HERE, "brief_names.json")


def extract_from_brief():
    files = sorted(glob.glob(os.path.join(BRIEF_DIR, "README_*.md")))
    texts = [open(f, encoding="utf-8").read() for f in files]
    d = C.extract_denylist(texts)
    out = {"source": BRIEF_DIR, "files": [os.path.basename(f) for f in files]}
    out.update(d)
    return out


def _order(rec, fields):
    return {k: rec[k] for k in fields}


def generate():
    reg = C.Registry()
    ev = everyday268.build(reg)
    ve = vendor268.build(reg)
    pw = positional268.build(reg)
    pr = prose268.build(reg)
    neighbours = [r["_neighbour"] for r in ve if r.get("_neighbour")]
    secs = []
    for i, r in enumerate(ev + ve + pw + pr):
        r = dict(r)
        r["id"] = "%s-s-%04d" % (C.PREFIX, i + 1)
        r["secrets"] = [_order(s, checks268.SEC_SPAN) for s in r["secrets"]]
        secs.append(_order(r, checks268.SEC_FIELDS))
    evas = []
    for i, r in enumerate(evasions268.build(reg)):
        r = dict(r)
        r["id"] = "%s-e-%04d" % (C.PREFIX, i + 1)
        r["secrets"] = [_order(s, checks268.EVA_SPAN) for s in r["secrets"]]
        evas.append(_order(r, checks268.EVA_FIELDS))
    negs = []
    for i, r in enumerate(negatives268.build(reg, W.PASSWORD_FORM_SEARCH, C.JWS_RE, C.JWE_RE)):
        r = dict(r)
        r["id"] = "%s-n-%04d" % (C.PREFIX, i + 1)
        negs.append(_order(r, checks268.NEG_FIELDS))
    meta = {"neighbours": neighbours, "registry": len(reg.items), "where": {r["type"]: r["_where"] for r in pw},
            "shape": {r["type"]: r["_shape"] for r in pw}}
    return {"secrets": secs, "evasions": evas, "negatives": negs}, meta


def dump(recs):
    return ("\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n").encode("utf-8")


def main(argv):
    if "--freeze" in argv:
        d = extract_from_brief()
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = list(C.selftest())
    with open(DENY_FILE, encoding="utf-8") as f:
        deny = json.load(f)
    deny_status = "frozen copy only (/tmp/brief268 absent)"
    if os.path.isdir(BRIEF_DIR):
        again = extract_from_brief()
        if again != deny:
            errors.append("deny-list: re-extraction from /tmp/brief268 differs from brief_names.json")
            deny_status = "re-extracted from /tmp/brief268 and DIFFERENT"
        else:
            deny_status = "re-extracted from /tmp/brief268 and identical"
    data1, meta = generate()
    data2, _meta2 = generate()
    blobs1 = {k: dump(v) for k, v in data1.items()}
    blobs2 = {k: dump(v) for k, v in data2.items()}
    for k in blobs1:
        if blobs1[k] != blobs2[k]:
            errors.append("determinism: %s differs between two generations" % k)
    data = {k: [json.loads(line) for line in blobs1[k].decode("utf-8").splitlines()] for k in blobs1}
    if data != data1:
        errors.append("round trip: JSONL bytes do not parse back to the same records")
    ctx = {"deny": deny, "neighbours": meta["neighbours"], "keys": everyday268.crypto_keys(),
           "hmac_key": negatives268.hmac_key()}
    check_errors = checks268.run_checks(data, ctx)
    errors += check_errors
    muts = checks268.run_mutations(data, ctx)
    missed = [n for n, ok in muts if not ok]
    if len(muts) < 12 or missed:
        errors.append("mutation tests not caught: %s" % missed)
    info = {"deny": deny, "deny_status": deny_status, "mutations": muts, "clean_errors": len(check_errors),
            "registry": meta["registry"], "where": meta["where"], "shape": meta["shape"]}
    readme1 = readme268.render(data, info)
    readme2 = readme268.render(data, info)
    if readme1 != readme2:
        errors.append("README rendering is not deterministic")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, key in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"), ("negatives.jsonl", "negatives")):
        with open(os.path.join(outdir, name), "wb") as f:
            f.write(blobs1[key])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme1)
    print("wrote %d positives, %d evasions, %d negatives to %s; checks clean; mutations %d/%d caught; deny-list %s" % (
        len(data["secrets"]), len(data["evasions"]), len(data["negatives"]), outdir,
        sum(1 for _n, ok in muts if ok), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
