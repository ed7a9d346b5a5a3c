#!/usr/bin/env python3
"""Builds the p256 corpus: generates everything twice, checks, then writes."""
import sys

sys.dont_write_bytecode = True

import json  # noqa: E402
import os  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks256 as CK  # noqa: E402
import common256 as C  # noqa: E402
import everyday256 as EV  # noqa: E402
import evasions256 as ES  # noqa: E402
import negatives256 as NG  # noqa: E402
import positional256 as PO  # noqa: E402
import prose256 as PR  # noqa: E402
import readme256 as RM  # noqa: E402
import vendor256 as VE  # noqa: E402


def with_ids(recs, letter):
    out = []
    for i, r in enumerate(recs):
        d = {"id": "%s-%s-%04d" % (C.PREFIX, letter, i + 1)}
        d.update(r)
        out.append(d)
    return out


def generate():
    reg = C.Registry()
    rsa = EV.RSAKey()
    pos = EV.generate(reg, rsa) + VE.generate(reg) + PO.generate(reg) + PR.generate(reg)
    eva = ES.generate(reg)
    data = {"secrets": with_ids(pos, "s"), "evasions": with_ids(eva, "e")}
    lab = CK.labelled_strings(data)
    neg = NG.generate(reg, rsa, lambda t: CK.banned_reasons(t, lab))
    data["negatives"] = with_ids(neg, "n")
    return data, reg, rsa


def render_all(data, reg, rsa, deny, status):
    errors = CK.run_checks(data, deny, rsa, status)
    muts = CK.run_mutations(data, deny, rsa, status, errors)
    info = {"deny": deny, "deny_status": status or "DIFFERS", "mutations": muts, "clean_errors": len(errors),
            "registry": len(reg.items), "hand_syntax": CK.HAND_SYNTAX_TOKENS, "hand_enc": CK.HAND_ENCODING_TOKENS}
    files = {
        "secrets.jsonl": C.dump_jsonl(data["secrets"]),
        "evasions.jsonl": C.dump_jsonl(data["evasions"]),
        "negatives.jsonl": C.dump_jsonl(data["negatives"]),
    }
    files["README.md"] = RM.render(data, info)
    return files, errors, muts


def main(argv):
    outdir = HERE
    args = [a for a in argv[1:] if not a.startswith("--")]
    if args:
        outdir = args[0]
    if "--freeze" in argv:
        d = C.extract_denylist([os.path.join(C.BRIEF_DIR, f) for f in C.BRIEF_FILES])
        out = {"source": "backticked names and snake_case identifiers (lower-cased, also split at __), <letters>pw_ syntaxes with the prefix stripped, `code` (Name) language pairs",
               "files": C.BRIEF_FILES}
        out.update(d)
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(out, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names" % len(d["names"]))
        return 0
    deny = C.load_denylist(HERE)
    status = C.denylist_status(deny)

    d1, reg1, rsa1 = generate()
    f1, errors, muts = render_all(d1, reg1, rsa1, deny, status)
    d2, reg2, rsa2 = generate()
    f2, _e2, _m2 = render_all(d2, reg2, rsa2, deny, status)
    problems = list(errors)
    for k in f1:
        if f1[k] != f2[k]:
            problems.append("determinism: %s differs between two generations" % k)
    for k in ("secrets", "evasions", "negatives"):
        back = [json.loads(ln) for ln in f1[k + ".jsonl"].splitlines()]
        if back != d1[k]:
            problems.append("determinism: %s.jsonl does not parse back to the records" % k)
    missed = [n for n, c in muts if not c]
    if missed:
        problems.append("mutation tests not caught: %s" % ", ".join(missed))
    if len(muts) < 12:
        problems.append("fewer than 12 mutation tests")
    if problems:
        for p in problems[:200]:
            print("ERROR:", p)
        print("%d problem(s); nothing written" % len(problems))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, v in f1.items():
        with open(os.path.join(outdir, k), "w", encoding="utf-8") as f:
            f.write(v)
    print("ok: %d positives, %d evasions, %d negatives; checks clean; mutations %d/%d caught; deny-list: %s"
          % (len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(1 for _, c in muts if c), len(muts), status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
