#!/usr/bin/env python3
"""Deterministic builder of the p219 held-out credential corpus.

python3 build.py [outdir]     generate twice, check, mutate, render, write
python3 build.py --freeze     re-extract brief_names.json from /tmp/brief219/
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks219  # noqa: E402
import common219 as C  # noqa: E402
import everyday219  # noqa: E402
import evasions219  # noqa: E402
import negatives219  # noqa: E402
import positional219  # noqa: E402
import prose219  # noqa: E402
import readme219  # noqa: E402
import vendor219  # noqa: E402


def generate():
    reg = C.Registry()
    ed = everyday219.generate(reg)
    vd = vendor219.generate(reg)
    pw, hidden = positional219.generate(reg)
    pr = prose219.generate(reg)
    ev, plains = evasions219.generate(reg)
    pos = ed + vd + pw + pr
    forbidden = sorted({s for s in reg.items if len(s) >= 6}
                       | {r["secrets"][0]["value"] for r in pos + ev} | set(hidden) | set(plains))
    ng = negatives219.generate(forbidden)
    out = {"secrets": [], "evasions": [], "negatives": [], "hidden": hidden,
           "registry_size": len(reg.items)}
    for i, r in enumerate(pos, 1):
        out["secrets"].append(dict([("id", "%s-s-%04d" % (C.PREFIX, i))] + list(r.items())))
    for i, r in enumerate(ev, 1):
        out["evasions"].append(dict([("id", "%s-e-%04d" % (C.PREFIX, i))] + list(r.items())))
    for i, r in enumerate(ng, 1):
        out["negatives"].append(dict([("id", "%s-n-%04d" % (C.PREFIX, i))] + list(r.items())))
    return out


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def deny_status():
    """Return (deny, status-text, errors)."""
    errs = []
    path = os.path.join(HERE, "brief_names.json")
    frozen = None
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            frozen = json.load(f)
    status = "frozen copy used (/tmp/brief219 not present)"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist([os.path.join(C.BRIEF_DIR, f) for f in C.BRIEF_FILES])
        if frozen is None:
            errs.append("brief_names.json missing; run --freeze")
            frozen = fresh
        elif fresh != frozen:
            errs.append("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
        else:
            status = "re-extracted from %s and identical" % C.BRIEF_DIR
    elif frozen is None:
        errs.append("no deny-list available")
        frozen = {"names": [], "syntaxes": [], "language_codes": [], "language_names": []}
    return C.prep_deny(frozen), frozen, status, errs


def mutations(data, deny, base_errs):
    base = set(base_errs)
    res = []

    def run(name, fn):
        d = copy.deepcopy(data)
        fn(d)
        new = set(checks219.check_all(d, deny)) - base
        res.append((name, bool(new)))

    def m01(d):
        d["secrets"][5]["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][7]["id"] = d["secrets"][6]["id"]

    def m03(d):
        d["negatives"][3]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][4]["secrets"][0]["plain"] += "x"

    def m05(d):
        r = next(r for r in d["secrets"] if r["source"] == "vendor")
        r["container"] = r["type"] + "__club_keepass_xml_export"

    def m06(d):
        for r in d["negatives"]:
            if r["class"] == "tree_survey_tag_numbers":
                r["class"] = "bcrypt_and_yescrypt_hashes"

    def m07(d):
        d["secrets"][9]["type"] = "something_else"

    def m08(d):
        d["evasions"].pop()

    def m09(d):
        r = next(r for r in d["secrets"] if r["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "x" + r["text"][s["start"]:]

    def m10(d):
        a = d["secrets"][1]["secrets"][0]
        b = d["secrets"][2]
        v = a["value"]
        s = b["secrets"][0]
        b["text"] = b["text"][:s["start"]] + v + b["text"][s["end"]:]
        s["value"], s["end"] = v, s["start"] + len(v)

    def m11(d):
        r = next(r for r in d["secrets"] if r["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = positional219.PFX + "lftp_lower_u_comma_pair"

    def m12(d):
        r = next(r for r in d["secrets"] if r["type"] == "tpo_lookup_api_key")
        s = r["secrets"][0]
        v = s["value"]
        bad = v[:14] + str((int(v[14]) + 1) % 10) + v[15:]
        r["text"] = r["text"].replace(v, bad)
        s["value"] = bad

    def m13(d):
        r = next(r for r in d["negatives"] if C.UUID_RE.search(r["text"]))
        u = C.UUID_RE.search(r["text"]).group(0)
        r["text"] = r["text"].replace(u, u[:14] + "1" + u[15:])

    def m14(d):
        r = next(r for r in d["negatives"] if r["class"] == "invoice_iban_mod97_details")
        import re
        ib = re.search(r"GB\d\d[A-Z]{4}\d{14}", r["text"]).group(0)
        r["text"] = r["text"].replace(ib, ib[:2] + "%02d" % ((int(ib[2:4]) + 1) % 100) + ib[4:])

    def m15(d):
        r = next(r for r in d["secrets"] if r["type"] == "service_log_backup_age_key")
        s = r["secrets"][0]
        v = s["value"]
        bad = v[:-1] + ("Q" if v[-1] != "Q" else "P")
        r["text"] = r["text"].replace(v, bad)
        s["value"] = bad

    def m16(d):
        r = next(r for r in d["secrets"] if r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__fra"

    def m17(d):
        d["negatives"][10]["text"] += " " + d["evasions"][0]["secrets"][0]["plain"]

    def m18(d):
        r = next(r for r in d["secrets"] if r["type"] == "delivery_driver_app_jwt")
        s = r["secrets"][0]
        h, p, g = s["value"].split(".")
        bad = h + "." + p[:-4] + "." + g
        r["text"] = r["text"].replace(s["value"], bad)
        s["value"], s["end"] = bad, s["start"] + len(bad)

    for name, fn in [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
                     ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
                     ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
                     ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
                     ("m11_earlier_syntax_name", m11), ("m12_verhoeff_digit_broken", m12), ("m13_uuid_not_v4", m13),
                     ("m14_bad_iban_check_digits", m14), ("m15_bech32_checksum_broken", m15),
                     ("m16_deny_listed_language", m16), ("m17_evasion_plain_in_negative", m17),
                     ("m18_jwt_payload_not_json", m18)]:
        run(name, fn)
    return res


def main(argv):
    if "--freeze" in argv:
        fresh = C.extract_denylist([os.path.join(C.BRIEF_DIR, f) for f in C.BRIEF_FILES])
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(fresh, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names" % len(fresh["names"]))
        return 0
    args = [a for a in argv if not a.startswith("--")]
    outdir = os.path.abspath(args[0]) if args else HERE
    deny, frozen, status, errs = deny_status()
    g1 = generate()
    g2 = generate()
    files1 = {k: jsonl(g1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: jsonl(g2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errs.append("non-deterministic %s.jsonl" % k)
    cerrs = checks219.check_all(g1, deny)
    errs += cerrs
    muts = mutations(g1, deny, cerrs)
    for name, caught in muts:
        if not caught:
            errs.append("mutation not caught: %s" % name)
    r1 = readme219.render(g1, frozen, status, muts)
    r2 = readme219.render(g2, frozen, status, mutations(g2, deny, checks219.check_all(g2, deny)))
    if r1 != r2:
        errs.append("README differs between generations")
    if errs:
        for e in errs[:200]:
            print("ERROR:", e)
        print("%d error(s); nothing written" % len(errs))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, b in files1.items():
        with open(os.path.join(outdir, k + ".jsonl"), "wb") as f:
            f.write(b)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(frozen, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: %d positives, %d evasions, %d negatives; %d/%d mutations caught -> %s"
          % (len(g1["secrets"]), len(g1["evasions"]), len(g1["negatives"]),
             sum(c for _n, c in muts), len(muts), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
