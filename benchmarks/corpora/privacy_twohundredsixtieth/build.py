#!/usr/bin/env python3
"""Build the p260 corpus (milliners, hatters and umbrella repairers).

python3 build.py [outdir]   generate twice, compare, check, run mutation tests, then write
python3 build.py --freeze   re-extract the deny-list from /tmp/brief260 into brief_names.json
"""
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common260 as C        # noqa: E402
import checks260             # noqa: E402
import everyday260           # noqa: E402
import evasions260           # noqa: E402
import negatives260          # noqa: E402
import positional260         # noqa: E402
import prose260              # noqa: E402
import readme260             # noqa: E402
import vendor260             # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def freeze():
    texts = C.read_brief()
    if texts is None:
        print("no /tmp/brief260 to extract from")
        return 1
    d = C.extract_denylist(texts)
    out = {"source": C.BRIEF_DIR, "files": C.BRIEF_FILES}
    out.update(d)
    with open(DENY_FILE, "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("froze %d names, %d syntaxes, %d codes, %d language names" %
          (len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
    return 0


def load_deny():
    with open(DENY_FILE, encoding="utf-8") as fh:
        deny = json.load(fh)
    texts = C.read_brief()
    same = None
    if texts is not None:
        d = C.extract_denylist(texts)
        same = all(d[k] == deny[k] for k in d)
    return deny, same


def generate():
    reg = C.Registry()
    d, pub = everyday260.make_key()
    ctx = {"es256k_d": d, "es256k_pub": pub}
    ev = everyday260.build(reg, ctx)
    vd = vendor260.build(reg)
    pw = positional260.build(reg)
    pr = prose260.build(reg)
    eva = evasions260.build(reg)
    neg = negatives260.build(reg, ctx)
    pos = []
    for i, r in enumerate(ev + vd + pw + pr):
        pos.append({"id": "%s-s-%04d" % (C.PREFIX, i + 1), "type": r["type"], "container": r["container"],
                    "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    evs = []
    for i, r in enumerate(eva):
        evs.append({"id": "%s-e-%04d" % (C.PREFIX, i + 1), "type": r["type"], "container": r["container"],
                    "encoding": r["encoding"], "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    negs = []
    for i, r in enumerate(neg):
        negs.append({"id": "%s-n-%04d" % (C.PREFIX, i + 1), "class": r["class"], "container": r["container"],
                     "text": r["text"], "source": r["source"]})
    return pos, evs, negs, ctx, len(reg.items)


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def main(argv):
    if "--freeze" in argv:
        return freeze()
    outdir = HERE
    args = [a for a in argv if not a.startswith("--")]
    if args:
        outdir = args[0]
    deny, same = load_deny()
    pos, eva, neg, ctx, nreg = generate()
    errors = checks260.check_all(pos, eva, neg, deny, ctx, brief_same=same)
    muts = checks260.run_mutations(pos, eva, neg, deny, ctx, errors)
    info = {"deny": deny, "brief_same": same, "errors": errors, "mutations": muts, "registry": nreg}
    files1 = {"secrets.jsonl": jsonl(pos), "evasions.jsonl": jsonl(eva), "negatives.jsonl": jsonl(neg),
              "README.md": readme260.render(pos, eva, neg, info).encode("utf-8")}
    pos2, eva2, neg2, ctx2, nreg2 = generate()
    files2 = {"secrets.jsonl": jsonl(pos2), "evasions.jsonl": jsonl(eva2), "negatives.jsonl": jsonl(neg2),
              "README.md": readme260.render(pos2, eva2, neg2, info).encode("utf-8")}
    problems = list(errors)
    for k in files1:
        if files1[k] != files2[k]:
            problems.append("not deterministic: " + k)
    for k, recs in (("secrets.jsonl", pos), ("evasions.jsonl", eva), ("negatives.jsonl", neg)):
        back = [json.loads(line) for line in files1[k].decode("utf-8").splitlines()]
        if back != recs:
            problems.append("JSONL does not parse back to the same records: " + k)
    for name, caught in muts:
        if not caught:
            problems.append("mutation not caught: " + name)
    if len(muts) < 12:
        problems.append("fewer than 12 mutation tests")
    if problems:
        for p in problems:
            print("ERROR:", p)
        print("%d problem(s); nothing written" % len(problems))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, b in files1.items():
        with open(os.path.join(outdir, k), "wb") as fh:
            fh.write(b)
    print("wrote %s: %d positives, %d evasions, %d negatives; checks clean; %d/%d mutations caught; "
          "deny-list %s" % (outdir, len(pos), len(eva), len(neg), sum(c for _, c in muts), len(muts),
                            "re-extracted and identical" if same else ("frozen copy used" if same is None else "DIFFERS")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
