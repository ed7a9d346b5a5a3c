#!/usr/bin/env python3
"""Build the p190 held-out credential corpus.  python3 build.py [outdir] | --freeze"""
import base64
import copy
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import checks190  # noqa: E402
import common190  # noqa: E402
import enc190  # noqa: E402
import everyday190  # noqa: E402
import evasions190  # noqa: E402
import negatives190  # noqa: E402
import positional190  # noqa: E402
import prose190  # noqa: E402
import readme190  # noqa: E402
import vendor190  # noqa: E402
from common190 import dumps_jsonl, make_record  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def meta():
    return {
        "owner_pw_types": {t for t, _k, _d, g in everyday190.TYPES if g == "pw"} |
                          {v[0] for v in vendor190.ordered()[0] if v[2] == vendor190.O},
        "b64_types": {positional190.PW_PREFIX + s[0]: s[3] for s in positional190.SYNTAXES if len(s) > 3},
        "evasion_pw_type": evasions190.TYPES[0][0],
        "pw_prefix": positional190.PW_PREFIX,
        "languages": [(c, n) for c, n, _s, _t in prose190.LANGS],
        "language_spares": list(prose190.SPARES),
    }


def assemble():
    reg = common190.Registry()
    parts = (everyday190.build(reg) + vendor190.build(reg) + positional190.build(reg)[0] + prose190.build(reg))
    secrets = []
    for i, p in enumerate(parts):
        secrets.append(make_record("p190-s-%04d" % (i + 1), p["type"], p["container"], p["text"], p["start"], p["end"],
                                   p["source"]))
    evas = []
    for i, p in enumerate(evasions190.build(reg)):
        evas.append(make_record("p190-e-%04d" % (i + 1), p["type"], p["container"], p["text"], p["start"], p["end"],
                                "evasion", extra_span={"plain": p["plain"], "encoding": p["encoding"]},
                                encoding=p["encoding"]))
    negs = []
    for i, n in enumerate(negatives190.build()):
        negs.append({"id": "p190-n-%04d" % (i + 1), "class": n["cls"], "container": n["container"], "text": n["text"],
                     "source": "negative"})
    return {"secrets": secrets, "evasions": evas, "negatives": negs}


def set_value(rec, new):
    s = rec["secrets"][0]
    rec["text"] = rec["text"][:s["start"]] + new + rec["text"][s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)


def first(recs, pred):
    for r in recs:
        if pred(r):
            return r
    raise LookupError


def mutations():
    def m01(d):
        s = d["secrets"][5]["secrets"][0]
        s["start"] += 1
        s["end"] += 1

    def m02(d):
        d["negatives"][3]["id"] = d["negatives"][2]["id"]

    def m03(d):
        d["negatives"][10]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][7]["secrets"][0]["plain"] += "x"

    def m05(d):
        r = first(d["secrets"], lambda r: r["source"] == "vendor")
        r["container"] = r["type"] + "__charter_engine_python_settings_module"

    def m06(d):
        for r in d["negatives"][:10]:
            r["class"] = "imo_numbers_and_mmsi_identities"

    def m07(d):
        d["secrets"][9]["type"] = "something_else_entirely"

    def m08(d):
        del d["evasions"][-1]

    def m09(d):
        r = first(d["secrets"], lambda r: r["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "x" + r["text"][s["start"]:]

    def m10(d):
        set_value(d["secrets"][20], d["secrets"][300]["secrets"][0]["value"])

    def m11(d):
        for r in d["evasions"][:3]:
            r["encoding"] = "rot47_printable_ascii"
            r["secrets"][0]["encoding"] = "rot47_printable_ascii"

    def m12(d):
        r = d["secrets"][40]
        r["text"] += "\n# again: " + r["secrets"][0]["value"]

    def m13(d):
        r = first(d["secrets"], lambda r: r["type"] == "delivery_slot_service_jwt")
        h, _p, sg = r["secrets"][0]["value"].split(".")
        set_value(r, h + ".eyJub3QganNvbg" + "." + sg)

    def m14(d):
        r = first(d["secrets"], lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__fra"

    def m15(d):
        r = first(d["secrets"], lambda r: r["source"] == "password")
        r["type"] = "bloompw_curl_lower_u_colon_pair"
        r["secrets"][0]["type"] = r["type"]
        r["container"] = r["type"] + "__garden_ops_shell_session"

    def m16(d):
        r = first(d["negatives"], lambda r: r["container"].startswith("till_plu_export_csv"))
        import re
        m = re.search(r"(?<![0-9])50[0-9]{11}(?![0-9])", r["text"])
        bad = m.group(0)[:12] + str((int(m.group(0)[12]) + 1) % 10)
        r["text"] = r["text"][:m.start()] + bad + r["text"][m.end():]

    def m17(d):
        r = first(d["negatives"], lambda r: "request_id" in r["text"])
        import re
        m = common190.UUID_RE.search(r["text"])
        u = m.group(0)
        r["text"] = r["text"].replace(u, u[:14] + "1" + u[15:])

    def m18(d):
        r = first(d["secrets"], lambda r: r["type"] == "irrigation_controller_api_token")
        v = r["secrets"][0]["value"]
        set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    def m19(d):
        r = first(d["secrets"], lambda r: r["type"].endswith("docker_config_json_auths_b64_pair"))
        set_value(r, base64.b64encode(b"grower:letmein").decode())

    def m20(d):
        r = first(d["negatives"], lambda r: r["class"] == "loyalty_card_numbers_with_luhn")
        import re
        m = re.search(r"6337[0-9]{12}", r["text"])
        c = m.group(0)
        bad = c[:15] + str((int(c[15]) + 1) % 10)
        r["text"] = r["text"][:m.start()] + bad + r["text"][m.end():]

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_deny_listed_encoding", m11), ("m12_value_twice_in_text", m12), ("m13_jwt_payload_not_json", m13),
            ("m14_deny_listed_language", m14), ("m15_earlier_syntax_name", m15), ("m16_bad_ean13_check_digit", m16),
            ("m17_uuid_not_v4", m17), ("m18_irv1_crc_broken", m18), ("m19_base64_span_hides_bad_password", m19),
            ("m20_bad_loyalty_luhn", m20)]


def main(argv):
    if "--freeze" in argv:
        d = common190.extract_denylist()
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("frozen", {k: len(v) for k, v in d.items() if isinstance(v, list)})
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny = common190.load_denylist()
    deny_status = "frozen copy used; %s not present" % common190.BRIEF_DIR
    if os.path.isdir(common190.BRIEF_DIR):
        fresh = common190.extract_denylist()
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of " + common190.BRIEF_DIR)
            deny_status = "re-extracted from %s and DIFFERENT" % common190.BRIEF_DIR
        else:
            deny_status = "re-extracted from %s and identical" % common190.BRIEF_DIR
    m = meta()
    d1, d2 = assemble(), assemble()
    files1 = {k: dumps_jsonl(d1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: dumps_jsonl(d2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("non-deterministic " + k)
    base = checks190.check(d1, m, deny)
    errors += base
    results = []
    for name, fn in mutations():
        dm = copy.deepcopy(d1)
        try:
            fn(dm)
            errs = checks190.check(dm, m, deny)
            caught = bool(set(errs) - set(base)) or len(errs) > len(base)
        except Exception as ex:  # a mutation that cannot be applied counts as not caught
            caught = False
            errors.append("mutation %s failed to apply: %r" % (name, ex))
        results.append((name, caught))
        if not caught:
            errors.append("mutation not caught: " + name)
    r1 = readme190.render(d1, m, deny, deny_status, results)
    r2 = readme190.render(d2, m, deny, deny_status, results)
    if r1 != r2:
        errors.append("README not deterministic")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as fh:
            fh.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("ok: %d secrets, %d evasions, %d negatives; mutations %d/%d caught; deny-list %s" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _, c in results), len(results),
        deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
