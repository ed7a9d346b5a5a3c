"""Build the p261 corpus: python3 build.py [outdir] | python3 build.py --freeze

Generates everything twice in one process, compares the bytes, runs every check
and the mutation tests, and only then writes the files.  Python 3 standard
library only, fixed seeds, no clock, no network, no bytecode written."""

import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks261  # noqa: E402
import common261 as C  # noqa: E402
import everyday261  # noqa: E402
import evasions261  # noqa: E402
import negatives261  # noqa: E402
import positional261  # noqa: E402
import prose261  # noqa: E402
import readme261  # noqa: E402
import vendor261  # noqa: E402
import world261 as W  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def load_deny():
    with open(DENY_FILE, encoding="utf-8") as f:
        deny = json.load(f)
    status = "frozen copy used (%s not present)" % C.BRIEF_DIR
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != deny:
            return deny, "re-extracted from %s and DIFFERENT" % C.BRIEF_DIR, False
        status = "re-extracted from %s and identical" % C.BRIEF_DIR
    return deny, status, True


def generate():
    reg = C.Registry()
    every, signer = everyday261.build(reg)
    vend = vendor261.build(reg)
    posi = positional261.build(reg)
    pros = prose261.build(reg)
    evas = evasions261.build(reg)
    pos_values = [r["secrets"][0]["value"] for r in every + vend + posi + pros + evas]
    plains = [r["secrets"][0]["plain"] for r in evas]
    negs = negatives261.build(signer, pos_values, plains, C.password_form_finder(W.WORDS))
    secrets = []
    for i, r in enumerate(every + vend + posi + pros, 1):
        secrets.append({"id": "%s-s-%04d" % (C.PREFIX, i), "type": r["type"], "container": r["container"],
                        "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    evasions = []
    for i, r in enumerate(evas, 1):
        evasions.append({"id": "%s-e-%04d" % (C.PREFIX, i), "type": r["type"], "container": r["container"],
                         "encoding": r["encoding"], "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    negatives = []
    for i, r in enumerate(negs, 1):
        negatives.append({"id": "%s-n-%04d" % (C.PREFIX, i), "class": r["class"], "container": r["container"],
                          "text": r["text"], "source": r["source"]})
    stats = {"registry": len(reg.items)}
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives}, signer, stats


def jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def main(argv):
    if "--freeze" in argv:
        deny = C.extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes, %d language codes, %d language names" % (
            len(deny["names"]), len(deny["syntaxes"]), len(deny["language_codes"]), len(deny["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny, deny_status, deny_ok = load_deny()
    if not deny_ok:
        errors.append("deny-list: " + deny_status)
    d1, signer1, stats1 = generate()
    d2, signer2, stats2 = generate()
    b1 = {k: jsonl(v) for k, v in d1.items()}
    b2 = {k: jsonl(v) for k, v in d2.items()}
    for k in b1:
        if b1[k] != b2[k]:
            errors.append("determinism: %s differs between two generations" % k)
    parsed = {k: [json.loads(line) for line in b1[k].decode("utf-8").splitlines()] for k in b1}
    if parsed != d1:
        errors.append("determinism: JSONL bytes do not parse back to the same records")
    clean = checks261.run_all(parsed, deny, signer1.pub)
    errors += clean
    muts = checks261.run_mutations(parsed, deny, signer1.pub, clean)
    missed = [n for n, ok in muts if not ok]
    if len(muts) < 12:
        errors.append("mutations: fewer than 12")
    for n in missed:
        errors.append("mutation not caught: " + n)
    info = {"deny": deny, "deny_status": deny_status, "mutations": muts, "clean_errors": len(clean),
            "registry": stats1["registry"]}
    r1 = readme261.render(parsed, info).encode("utf-8")
    r2 = readme261.render(parsed, info).encode("utf-8")
    if r1 != r2:
        errors.append("determinism: README differs between two renders")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(b1[k])
    with open(os.path.join(outdir, "README.md"), "wb") as f:
        f.write(r1)
    print("ok: %d positives, %d evasions, %d negatives; %d/%d mutations caught; deny-list %s" % (
        len(parsed["secrets"]), len(parsed["evasions"]), len(parsed["negatives"]),
        sum(ok for _, ok in muts), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
