#!/usr/bin/env python3
"""Deterministic builder of the p214 held-out credential corpus.

python3 build.py [outdir]     generate twice, check, mutation-test, render README, then write
python3 build.py --freeze     re-extract brief_names.json from /tmp/brief214/
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks214  # noqa: E402
import common214  # noqa: E402
import everyday214  # noqa: E402
import evasions214  # noqa: E402
import negatives214  # noqa: E402
import positional214  # noqa: E402
import prose214  # noqa: E402
import readme214  # noqa: E402
import vendor214  # noqa: E402

DENY_PATH = os.path.join(HERE, "brief_names.json")


def generate():
    reg = common214.Registry()
    secrets = []
    n = 0

    def add(typ, container, text, s, e, source):
        nonlocal n
        n += 1
        secrets.append(common214.positive_record("p214-s-%04d" % n, typ, container, text, s, e, source))

    for typ, kind, text, s, e in everyday214.build(reg):
        add(typ, kind, text, s, e, "everyday")
    for typ, cont, text, s, e, _spec in vendor214.build(reg):
        add(typ, cont, text, s, e, "vendor")
    pos_out, hidden = positional214.build(reg)
    for typ, cont, text, s, e, _cat, _pw in pos_out:
        add(typ, cont, text, s, e, "password")
    for typ, cont, text, s, e in prose214.build(reg):
        add(typ, cont, text, s, e, "prose")

    evasions = []
    for i, (typ, cont, enc, text, s, e, plain) in enumerate(evasions214.build(reg), 1):
        evasions.append({"id": "p214-e-%04d" % i, "type": typ, "container": cont, "encoding": enc, "text": text,
                         "secrets": [{"value": text[s:e], "start": s, "end": e, "type": typ, "plain": plain, "encoding": enc}],
                         "source": "evasion"})
    negatives = []
    for i, (cls, cont, text) in enumerate(negatives214.build(reg.items, hidden), 1):
        negatives.append({"id": "p214-n-%04d" % i, "class": cls, "container": cont, "text": text, "source": "negative"})
    meta = {"hidden": hidden, "registry_size": len(reg.items),
            "positional_categories": {typ: cat for typ, _c, _t, _s, _e, cat, _pw in pos_out}}
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives}, meta


def dump_jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


# ---------------- mutation tests ----------------
def _first(data, source):
    return next(r for r in data["secrets"] if r["source"] == source)


def m01(d):
    r = d["secrets"][0]
    r["secrets"][0]["start"] += 1


def m02(d):
    d["secrets"][5]["id"] = d["secrets"][4]["id"]


def m03(d):
    d["negatives"][0]["text"] += "\n" + d["secrets"][10]["secrets"][0]["value"]


def m04(d):
    d["evasions"][3]["secrets"][0]["plain"] = d["evasions"][3]["secrets"][0]["plain"][:-1] + "Q"


def m05(d):
    r = _first(d, "vendor")
    r["container"] = r["type"] + "__repair_api_dotenv_prod"


def m06(d):
    for r in d["negatives"]:
        if r["class"] == "secret_store_lookups":
            r["class"] = "vault_and_parameter_store_pointers"


def m07(d):
    d["secrets"][7]["type"] = d["secrets"][8]["type"]


def m08(d):
    del d["evasions"][-1]


def m09(d):
    r = _first(d, "prose")
    s = r["secrets"][0]
    t = r["text"]
    r["text"] = t[:s["start"] - 1] + t[s["start"]:]
    s["start"] -= 1
    s["end"] -= 1


def m10(d):
    a, b = d["secrets"][20], d["secrets"][21]
    v = a["secrets"][0]["value"]
    t = b["text"][:b["secrets"][0]["start"]] + v + b["text"][b["secrets"][0]["end"]:]
    b["text"] = t
    b["secrets"][0]["value"] = v
    b["secrets"][0]["end"] = b["secrets"][0]["start"] + len(v)


def m11(d):
    r = next(r for r in d["secrets"] if r["type"] == "tutor_app_session_jwt")
    s = r["secrets"][0]
    parts = s["value"].split(".")
    parts[1] = common214.b64u_nopad(b"not json at all")
    nv = ".".join(parts)
    r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
    s["value"] = nv
    s["end"] = s["start"] + len(nv)


def m12(d):
    r = next(r for r in d["negatives"] if r["class"] == "oauth_client_and_tenant_ids")
    u = common214.UUID_FIND.findall(r["text"])[0]
    r["text"] = r["text"].replace(u, u[:14] + "1" + u[15:])


def m13(d):
    r = _first(d, "prose")
    r["container"] = r["container"].split("__")[0] + "__fra"


def m14(d):
    r = next(r for r in d["negatives"] if r["class"] == "refund_iban_mod97_checked")
    import re
    ib = re.findall(r"GB\d{2}[A-Z]{4}\d{14}", r["text"])[0]
    bad = ib[:-1] + str((int(ib[-1]) + 1) % 10)
    r["text"] = r["text"].replace(ib, bad)


def m15(d):
    r = _first(d, "password")
    r["type"] = "lingpw_curl_lower_u_colon_pair"
    r["secrets"][0]["type"] = r["type"]


def m16(d):
    r = next(r for r in d["secrets"] if r["type"] == "level_report_signing_key")
    s = r["secrets"][0]
    v = s["value"]
    nv = v[:-1] + ("0" if v[-1] != "0" else "1")
    r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
    s["value"] = nv


def m17(d):
    d["negatives"][3]["text"] += "\n" + d["evasions"][0]["secrets"][0]["plain"]


def m18(d):
    r = next(r for r in d["secrets"] if r["type"].endswith("fixed_width_41_to_60"))
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + " " + r["text"][s["start"]:]
    s["start"] += 1
    s["end"] += 1


def m19(d):
    r = next(r for r in d["secrets"] if r["type"] == "exam_centre_api_key")
    s = r["secrets"][0]
    v = s["value"]
    nv = v[:-1] + ("a" if v[-1] != "a" else "b")
    r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
    s["value"] = nv


def m20(d):
    r = next(r for r in d["secrets"] if r["type"] == "certificate_verify_hmac_secret")
    s = r["secrets"][0]
    v = s["value"]
    nv = v[:-1] + ("0" if v[-1] != "0" else "1")
    r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
    s["value"] = nv


MUTATIONS = [
    ("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
    ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
    ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
    ("m10_value_reused", m10), ("m11_jwt_payload_not_json", m11), ("m12_uuid_not_v4", m12),
    ("m13_deny_listed_language", m13), ("m14_bad_iban_check_digits", m14), ("m15_earlier_syntax_name", m15),
    ("m16_lrsk_fletcher16_broken", m16), ("m17_evasion_plain_in_negative", m17), ("m18_fixed_width_column_shift", m18),
    ("m19_ecak_luhn36_broken", m19), ("m20_cvs_crockford_check_broken", m20),
]


def run_mutations(data, deny, meta, base_errs):
    results = []
    base = set(base_errs)
    for name, fn in MUTATIONS:
        d = copy.deepcopy(data)
        fn(d)
        errs = checks214.run_all(d, deny, meta)
        results.append((name, bool(set(errs) - base)))
    return results


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = common214.extract_denylist()
        with open(DENY_PATH, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze", DENY_PATH)
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny = common214.load_deny(DENY_PATH)
    deny_status = "not re-extracted (/tmp/brief214 absent)"
    if os.path.isdir(common214.BRIEF_DIR):
        fresh = common214.extract_denylist()
        frozen = {k: v for k, v in deny.items() if not k.startswith("_")}
        if fresh != frozen:
            errors.append("brief_names.json differs from a fresh extraction of %s" % common214.BRIEF_DIR)
        deny_status = "re-extracted from %s and identical" % common214.BRIEF_DIR if not errors else "DIFFERS"

    data1, meta1 = generate()
    data2, meta2 = generate()
    for k in ("secrets", "evasions", "negatives"):
        if dump_jsonl(data1[k]) != dump_jsonl(data2[k]):
            errors.append("generation is not deterministic for %s" % k)
    errs = checks214.run_all(data1, deny, meta1)
    errors.extend(errs)
    muts = run_mutations(data1, deny, meta1, errs)
    for name, caught in muts:
        if not caught:
            errors.append("mutation %s not caught" % name)
    readme1 = readme214.render(data1, meta1, deny, muts, deny_status)
    readme2 = readme214.render(data2, meta2, deny, muts, deny_status)
    if readme1 != readme2:
        errors.append("README rendering is not deterministic")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(dump_jsonl(data1[k]))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump({k: v for k, v in deny.items() if not k.startswith("_")}, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d secrets, %d evasions, %d negatives, README (mutations %d/%d caught)"
          % (len(data1["secrets"]), len(data1["evasions"]), len(data1["negatives"]), sum(c for _n, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
