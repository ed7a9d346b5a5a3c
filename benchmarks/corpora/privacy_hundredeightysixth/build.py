#!/usr/bin/env python3
"""Deterministic builder of the p186 held-out credential corpus.

python3 build.py [outdir]      generate twice, check, mutation-test, then write
python3 build.py --freeze      re-extract brief_names.json from /tmp/brief186/
Standard library only; fixed seeds; no clock; no network.
"""
import copy
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common186  # noqa: E402
import everyday186  # noqa: E402
import vendor186  # noqa: E402
import positional186  # noqa: E402
import prose186  # noqa: E402
import evasions186  # noqa: E402
import negatives186  # noqa: E402
import checks186  # noqa: E402
import readme186  # noqa: E402

BRIEF_DIR = "/tmp/brief186"
DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = common186.Registry()
    pos = everyday186.build(reg, 1)
    pos += vendor186.build(reg, len(pos) + 1)
    pw, hidden = positional186.build(reg, len(pos) + 1)
    pos += pw
    pos += prose186.build(reg, len(pos) + 1)
    eva = evasions186.build(reg)
    neg = negatives186.build(list(reg.items))
    meta = {
        "hidden": hidden,
        "vendor_pw_types": {v[0] for v in vendor186.V[:vendor186.N_VENDOR] if v[4] == "password"},
        "syntaxes": [s[0] for s in positional186.S],
        "languages": [(c, n) for c, n, _s, _t in prose186.L],
        "language_spares": list(prose186.SPARES),
        "registry_size": len(reg.items),
    }
    return {"positives": pos, "evasions": eva, "negatives": neg}, meta


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def serialise(data):
    return {k: dumps(v) for k, v in data.items()}


def load_deny():
    frozen = json.load(open(DENY_FILE, encoding="utf-8"))
    status = "frozen copy used (%s not present)" % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR):
        fresh = common186.extract_denylist(BRIEF_DIR)
        if fresh != frozen:
            return None, "brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR
        status = "re-extracted from %s and identical" % BRIEF_DIR
    return common186.prepare_deny(frozen), status


# ---------------------------------------------------------------- mutation tests
def mutations(data, meta, deny):
    deny_name = next(n for n in deny["names"] if n.count("_") >= 2 and len(n) > 14 and "__" not in n)
    deny_syn = sorted(deny["syntaxes"])[0]
    first_pw = next(i for i, r in enumerate(data["positives"]) if r["source"] == "password")
    first_prose = next(i for i, r in enumerate(data["positives"]) if r["source"] == "prose")
    jwt_i = next(i for i, r in enumerate(data["positives"]) if r["type"] == "etarget_live_scoring_jwt")
    armr_i = next(i for i, r in enumerate(data["positives"]) if r["type"] == "armoury_rfid_gateway_key")
    gtin_i = next(i for i, n in enumerate(data["negatives"]) if n["class"] == "ammunition_gtin_barcodes_with_check_digits")
    luhn_i = next(i for i, n in enumerate(data["negatives"]) if n["class"] == "lane_booking_codes_with_luhn_digit")

    def m01(d, m):
        d["positives"][3]["secrets"][0]["start"] += 1

    def m02(d, m):
        d["positives"][5]["id"] = d["positives"][4]["id"]

    def m03(d, m):
        d["negatives"][7]["text"] += "\n" + d["positives"][200]["secrets"][0]["value"] + "\n"

    def m04(d, m):
        d["evasions"][10]["secrets"][0]["plain"] += "x"

    def m05(d, m):
        d["positives"][0]["container"] = deny_name

    def m06(d, m):
        for n in d["negatives"]:
            if n["class"] == d["negatives"][0]["class"]:
                n["class"] = deny_name

    def m07(d, m):
        d["positives"][12]["type"] = "lane_kiosk_admin_password_x"

    def m08(d, m):
        del d["evasions"][-1]

    def m09(d, m):
        r = d["positives"][first_prose]
        sp = r["secrets"][0]
        r["text"] = r["text"][:sp["start"] - 1] + r["text"][sp["start"]:]
        sp["start"] -= 1
        sp["end"] -= 1

    def m10(d, m):
        a, b = d["positives"][20], d["positives"][21]
        v = a["secrets"][0]["value"]
        sp = b["secrets"][0]
        b["text"] = b["text"][:sp["start"]] + v + b["text"][sp["end"]:]
        sp["value"], sp["end"] = v, sp["start"] + len(v)

    def m11(d, m):
        r = d["positives"][30]
        r["text"] += "\n# again: " + r["secrets"][0]["value"] + "\n"

    def m12(d, m):
        r = d["positives"][jwt_i]
        sp = r["secrets"][0]
        h, p, s = sp["value"].split(".")
        nv = h + ".eyJub3QganNvbg." + s
        r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
        sp["value"], sp["end"] = nv, sp["start"] + len(nv)

    def m13(d, m):
        for r in d["evasions"][:3]:
            r["encoding"] = deny_name
            r["secrets"][0]["encoding"] = deny_name

    def m14(d, m):
        m["languages"][0] = ("deu", "German")

    def m15(d, m):
        m["syntaxes"][0] = deny_syn

    def m16(d, m):
        r = d["positives"][armr_i]
        sp = r["secrets"][0]
        nv = sp["value"][:-1] + ("0" if sp["value"][-1] != "0" else "1")
        r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
        sp["value"] = nv

    def m17(d, m):
        n = d["negatives"][gtin_i]
        import re
        code = re.findall(r"(?<![\d-])(\d{12,13})(?![\d])", n["text"])[0]
        bad = code[:-1] + str((int(code[-1]) + 1) % 10)
        n["text"] = n["text"].replace(code, bad)

    def m18(d, m):
        n = d["negatives"][luhn_i]
        import re
        a, b, c = re.findall(r"RB-(\d{4})-(\d{8})-(\d)", n["text"])[0]
        n["text"] = n["text"].replace("RB-%s-%s-%s" % (a, b, c), "RB-%s-%s-%d" % (a, b, (int(c) + 1) % 10))

    def m19(d, m):
        r = d["positives"][first_pw]
        r["secrets"][0]["type"] = r["type"] = "rangepw_" + deny_syn

    tests = [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
             ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_container", m05), ("m06_deny_listed_negative_class", m06),
             ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
             ("m10_value_reused", m10), ("m11_value_twice_in_text", m11), ("m12_jwt_payload_not_json", m12),
             ("m13_deny_listed_encoding", m13), ("m14_deny_listed_language", m14), ("m15_earlier_syntax_name", m15),
             ("m16_bad_armr_adler32", m16), ("m17_bad_gtin_check_digit", m17), ("m18_bad_luhn_booking_code", m18),
             ("m19_earlier_syntax_as_span_type", m19)]
    base = set(checks186.check_all(data, deny, meta))
    results = []
    for name, fn in tests:
        d, m = copy.deepcopy(data), copy.deepcopy(meta)
        fn(d, m)
        new = set(checks186.check_all(d, deny, m)) - base
        results.append((name, bool(new)))
    return results


def main(argv):
    if "--freeze" in argv:
        d = common186.extract_denylist(BRIEF_DIR)
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %s: %s" % (DENY_FILE, {k: len(v) for k, v in d.items()}))
        return 0
    outdir = os.path.abspath(argv[1]) if len(argv) > 1 else HERE
    errors = []
    deny, deny_status = load_deny()
    if deny is None:
        print("ERROR: " + deny_status)
        return 1
    data1, meta1 = generate()
    data2, meta2 = generate()
    s1, s2 = serialise(data1), serialise(data2)
    if s1 != s2:
        errors.append("two in-process generations differ")
    errors += checks186.check_all(data1, deny, meta1)
    muts = mutations(data1, meta1, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test %s not caught" % name)
    readme1 = readme186.render(data1, meta1, deny, deny_status, muts)
    readme2 = readme186.render(data2, meta2, deny, deny_status, muts)
    if readme1 != readme2:
        errors.append("README differs between generations")
    if errors:
        print("BUILD FAILED (%d errors); nothing written" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    files = {"secrets.jsonl": s1["positives"], "evasions.jsonl": s1["evasions"], "negatives.jsonl": s1["negatives"],
             "README.md": readme1}
    for fn, content in files.items():
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(content)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            f.write(open(DENY_FILE, encoding="utf-8").read())
    print("ok: %d positives, %d evasions, %d negatives, %d/%d mutation tests caught; deny-list %s; written to %s" % (
        len(data1["positives"]), len(data1["evasions"]), len(data1["negatives"]), sum(c for _, c in muts), len(muts),
        deny_status, outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
