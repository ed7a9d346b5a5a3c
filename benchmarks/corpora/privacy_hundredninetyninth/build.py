#!/usr/bin/env python3
"""Build the p199 held-out credential corpus. Python 3 standard library only; deterministic; no network."""
import copy
import json
import os
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks199  # noqa: E402
import common199 as C  # noqa: E402
import evasions199  # noqa: E402
import everyday199  # noqa: E402
import negatives199  # noqa: E402
import positional199  # noqa: E402
import prose199  # noqa: E402
import readme199  # noqa: E402
import vendor199  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    sec = everyday199.build(reg, 1)
    sec += vendor199.build(reg, len(sec) + 1)
    pw, hidden = positional199.build(reg, len(sec) + 1)
    sec += pw
    sec += prose199.build(reg, len(sec) + 1)
    ev, plains = evasions199.build(reg, 1)
    forbidden = [s for s in reg.items if len(s) >= 6]
    neg = negatives199.build(reg, 1, forbidden)
    return {"secrets": sec, "evasions": ev, "negatives": neg, "hidden": hidden, "plains": plains,
            "registry_size": len(reg.items)}


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def load_deny():
    if not os.path.exists(DENY_FILE):
        return None
    d = json.load(open(DENY_FILE, encoding="utf-8"))
    d["_names"] = set(d["names"])
    d["_syntaxes"] = set(d["syntaxes"])
    return d


def _replace_value(rec, new):
    s = rec["secrets"][0]
    rec["text"] = rec["text"][:s["start"]] + new + rec["text"][s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)


def _first(recs, pred):
    return next(r for r in recs if pred(r))


def mutations():
    def m01(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][1]["id"] = d["secrets"][0]["id"]

    def m03(d):
        d["negatives"][0]["text"] += " " + d["secrets"][5]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][0]["secrets"][0]["plain"] = d["evasions"][3]["secrets"][0]["plain"]

    def m05(d):
        r = _first(d["secrets"], lambda r: r["source"] == "vendor")
        r["container"] = r["type"] + "__dive_shop_keepassxc_csv_export"

    def m06(d):
        d["negatives"][0]["class"] = "nmea_sentences_with_xor_checksums"

    def m07(d):
        d["secrets"][10]["secrets"][0]["type"] = d["secrets"][11]["type"] + "_x"

    def m08(d):
        del d["evasions"][-1]

    def m09(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "x" + r["text"][s["start"]:]

    def m10(d):
        a = d["secrets"][20]
        b = _first(d["secrets"], lambda r: r["source"] == "password" and r["type"].endswith("psql_connection_uri_userinfo"))
        _replace_value(b, a["secrets"][0]["value"])

    def m11(d):
        r = d["secrets"][200]
        r["text"] += "\n# again: " + r["secrets"][0]["value"]

    def m12(d):
        r = _first(d["secrets"], lambda r: r["type"] == "parent_portal_session_jwt")
        h, _p, sig = r["secrets"][0]["value"].split(".")
        _replace_value(r, h + ".eyJhYmMgbm90IGpzb24." + sig)

    def m13(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__deu"

    def m14(d):
        r = _first(d["negatives"], lambda r: r["class"] == "belt_grading_licence_numbers_luhn")
        m = re.search(r"licence no\. (\d{11})", r["text"]) or re.search(r"\"licence\": \"(\d{11})", r["text"])
        num = m.group(1)
        bad = num[:-1] + str((int(num[-1]) + 1) % 10)
        r["text"] = r["text"].replace(num, bad)

    def m15(d):
        r = _first(d["secrets"], lambda r: r["type"] == "instructor_payroll_api_token")
        v = r["secrets"][0]["value"]
        _replace_value(r, v[:-1] + ("A" if v[-1] != "A" else "B"))

    def m16(d):
        r = _first(d["secrets"], lambda r: r["source"] == "password")
        t = positional199.PW_PREFIX + "smbclient_capital_u_percent_pair"
        r["type"] = t
        r["secrets"][0]["type"] = t
        r["container"] = t + "__" + r["container"].split("__")[-1]

    def m17(d):
        r = _first(d["negatives"], lambda r: r["class"] == "class_timetable_room_and_slot_codes")
        m = checks199.UUID_RE.search(r["text"])
        u = m.group(0)
        r["text"] = r["text"].replace(u, u[:14] + "1" + u[15:])

    def m18(d):
        r = _first(d["secrets"], lambda r: r["type"] == "timetable_admin_console_password")
        _replace_value(r, "Timetable2026")

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_value_twice_in_text", m11), ("m12_jwt_payload_not_json", m12),
            ("m13_deny_listed_language", m13), ("m14_bad_luhn_check_digit", m14),
            ("m15_ipr_crc32_broken", m15), ("m16_earlier_syntax_name", m16), ("m17_uuid_not_v4", m17),
            ("m18_everyday_password_wrong_shape", m18)]


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze deny-list from", C.BRIEF_DIR, {k: len(v) for k, v in d.items() if isinstance(v, list)})
        return 0
    args = [a for a in argv if not a.startswith("--")]
    outdir = args[0] if args else HERE
    errors = []
    deny = load_deny()
    if deny is None:
        print("brief_names.json missing (run with --freeze once)")
        return 1
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        frozen = {k: v for k, v in deny.items() if not k.startswith("_")}
        if fresh != frozen:
            errors.append("deny-list re-extracted from %s differs from brief_names.json" % C.BRIEF_DIR)
        deny_note = "re-extracted from %s and identical" % C.BRIEF_DIR if fresh == frozen else "DIFFERENT"
    else:
        deny_note = "%s absent; frozen copy used" % C.BRIEF_DIR

    d1 = generate()
    d2 = generate()
    for k in ("secrets", "evasions", "negatives"):
        if dumps(d1[k]) != dumps(d2[k]):
            errors.append("non-deterministic output: " + k)
    base_errors = checks199.check_all(d1, deny)
    errors += base_errors

    mres = []
    base_set = set(base_errors)
    for name, fn in mutations():
        dm = copy.deepcopy(d1)
        try:
            fn(dm)
            new = [e for e in checks199.check_all(dm, deny) if e not in base_set]
            caught = bool(new)
        except Exception as exc:  # a mutation that cannot be applied is a failure too
            caught = False
            new = ["mutation could not be applied: %s" % exc]
        mres.append((name, caught))
        if not caught:
            errors.append("mutation %s not caught" % name)

    readme1 = readme199.render(d1, deny, mres, deny_note)
    readme2 = readme199.render(d2, deny, mres, deny_note)
    if readme1 != readme2:
        errors.append("README not deterministic")

    if errors:
        print("BUILD FAILED – nothing written:")
        for e in errors[:200]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(dumps(d1[k]))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump({k: v for k, v in deny.items() if not k.startswith("_")}, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("ok: secrets %d, evasions %d, negatives %d, mutations %d/%d caught -> %s"
          % (len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]),
             sum(1 for _, c in mres if c), len(mres), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
