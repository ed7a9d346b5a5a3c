#!/usr/bin/env python3
"""Build corpus p239 (coffee roasters). Usage: python3 build.py [outdir] | --freeze

Generates everything twice in one process, compares bytes, runs every check and the mutation
tests, renders README.md, and only then writes the files. On any failure it prints the errors,
writes nothing and exits 1."""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks239  # noqa: E402
import common239 as C  # noqa: E402
import everyday239  # noqa: E402
import evasions239  # noqa: E402
import negatives239  # noqa: E402
import positional239  # noqa: E402
import prose239  # noqa: E402
import readme239  # noqa: E402
import vendor239  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    pos = everyday239.build(reg) + vendor239.build(reg) + positional239.build(reg) + prose239.build(reg)
    eva = evasions239.build(reg)
    neg = negatives239.build(reg)
    out_pos, out_eva, out_neg = [], [], []
    for i, r in enumerate(pos):
        d = {"id": "%s-s-%04d" % (C.PREFIX, i + 1)}
        d.update(r)
        out_pos.append(d)
    for i, r in enumerate(eva):
        d = {"id": "%s-e-%04d" % (C.PREFIX, i + 1)}
        d.update(r)
        out_eva.append(d)
    for i, r in enumerate(neg):
        d = {"id": "%s-n-%04d" % (C.PREFIX, i + 1)}
        d.update(r)
        out_neg.append(d)
    return {"secrets": out_pos, "evasions": out_eva, "negatives": out_neg, "_registry": len(reg.items)}


def jsonl(recs):
    return "".join(json.dumps(checks239.public(r), ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def mutations(data, deny):
    base = set(checks239.check_all(data, deny))
    results = []

    def run(name, fn):
        d = copy.deepcopy(data)
        fn(d)
        new = set(checks239.check_all(d, deny)) - base
        results.append((name, bool(new)))

    def m01(d):
        d["secrets"][5]["secrets"][0]["start"] += 1

    def m02(d):
        s = d["secrets"][200]["secrets"][0]
        s["value"] = s["value"][:-1] + ("X" if s["value"][-1] != "X" else "Y")

    def m03(d):
        v = d["secrets"][10]["secrets"][0]["value"]
        d["secrets"][11]["text"] += "\n# old: " + v + "\n"

    def m04(d):
        d["negatives"][7]["text"] += "\n" + d["secrets"][300]["secrets"][0]["value"] + "\n"

    def m05(d):
        s = d["evasions"][4]["secrets"][0]
        s["plain"] = s["plain"][:-1] + ("0" if s["plain"][-1] != "0" else "1")

    def m06(d):
        d["secrets"][0]["container"] = "ops_salt_pillar_sls"

    def m07(d):
        d["negatives"][0]["class"] = "brewery_password_hygiene_prose"

    def m08(d):
        d["evasions"][0]["encoding"] = "crockford_base32"
        d["evasions"][0]["secrets"][0]["encoding"] = "crockford_base32"

    def m09(d):
        d["negatives"] = d["negatives"][:170]

    def m10(d):
        for r in d["secrets"]:
            if r["source"] == "prose":
                r["_lang"] = "eng"
                break

    def m11(d):
        for r in d["secrets"]:
            if r["type"] == "roast_logger_damm_key":
                v = r["secrets"][0]["value"]
                digit = v[11]
                nv = v[:11] + str((int(digit) + 1) % 10) + v[12:]
                r["text"] = r["text"].replace(v, nv)
                r["secrets"][0]["value"] = nv
                break

    def m12(d):
        d["negatives"][30]["text"] += "\ncorrelation 3f2b8a10-1c2d-1e4f-8a9b-0c1d2e3f4a5b\n"

    def m13(d):
        r = d["secrets"][50]
        r["secrets"].append(dict(r["secrets"][0]))

    def m14(d):
        for r in d["secrets"]:
            if r["source"] == "password":
                r["type"] = positional239.SPAN_PREFIX + "sqlcmd_capital_p_after_capital_u"
                r["secrets"][0]["type"] = r["type"]
                break

    def m15(d):
        for r in d["secrets"]:
            if r["type"] == "green_lot_crc32_token":
                v = r["secrets"][0]["value"]
                nv = v[:-1] + ("0" if v[-1] != "0" else "1")
                r["text"] = r["text"].replace(v, nv)
                r["secrets"][0]["value"] = nv
                break

    def m16(d):
        d["negatives"][3]["text"] += "\nwifi for guests: Crema-beans42 no wait, Crema_beans42\n"

    def m17(d):
        d["secrets"][400]["id"] = "p239-s-9999"

    for name, fn in [("m01_shifted_span_start", m01), ("m02_value_not_in_text", m02), ("m03_value_reused_in_other_text", m03),
                     ("m04_positive_value_in_negative", m04), ("m05_evasion_does_not_decode", m05), ("m06_deny_listed_container", m06),
                     ("m07_deny_listed_negative_class", m07), ("m08_deny_listed_encoding", m08), ("m09_negatives_below_180", m09),
                     ("m10_deny_listed_language", m10), ("m11_damm_digit_broken", m11), ("m12_non_v4_uuid_in_negative", m12),
                     ("m13_two_spans", m13), ("m14_earlier_syntax_name", m14), ("m15_crc32_tail_broken", m15),
                     ("m16_password_form_in_negative", m16), ("m17_id_out_of_sequence", m17)]:
        run(name, fn)
    return results


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = C.extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes" % (len(d["names"]), len(d["syntaxes"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    with open(DENY_FILE, encoding="utf-8") as fh:
        frozen = json.load(fh)
    deny_status = "brief directory absent; frozen list used"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != frozen:
            errors.append("deny-list re-extracted from %s differs from brief_names.json" % C.BRIEF_DIR)
            deny_status = "re-extracted and DIFFERENT"
        else:
            deny_status = "re-extracted from %s and identical" % C.BRIEF_DIR
    deny = C.prep_deny(frozen)
    try:
        d1 = generate()
        d2 = generate()
    except Exception as e:  # generation failure
        print("generation failed:", repr(e))
        return 1
    files1 = {k: jsonl(d1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: jsonl(d2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("non-deterministic output: %s.jsonl" % k)
    errs = checks239.check_all(d1, deny)
    errors += errs
    muts = mutations(d1, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: " + name)
    info = {"deny_status": deny_status, "mutations": muts, "clean_errors": len(errs), "registry": d1["_registry"], "frozen": frozen}
    readme1 = readme239.render(d1, info)
    readme2 = readme239.render(d2, info)
    if readme1 != readme2:
        errors.append("non-deterministic README")
    if errors:
        print("BUILD FAILED – nothing written")
        for e in errors[:200]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, b in files1.items():
        with open(os.path.join(outdir, k + ".jsonl"), "wb") as fh:
            fh.write(b)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    if os.path.abspath(outdir) != os.path.abspath(HERE):
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(frozen, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("ok: secrets %d, evasions %d, negatives %d; mutations %d/%d caught; %s"
          % (len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _, c in muts), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
