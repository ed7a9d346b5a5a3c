#!/usr/bin/env python3
"""Build corpus p209: python3 build.py [outdir]   (python3 build.py --freeze re-extracts the deny-list)."""
import copy, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common209 as C
import everyday209, vendor209, positional209, prose209, evasions209, negatives209, checks209, readme209, enc209


def generate_all():
    reg = C.Registry()
    pos = []
    pos += everyday209.generate(reg)
    pos += vendor209.generate(reg)
    pw, hidden = positional209.generate(reg)
    pos += pw
    pos += prose209.generate(reg)
    eva = evasions209.generate(reg)
    neg = negatives209.generate(reg.items + hidden)
    out_pos, out_eva, out_neg = [], [], []
    for i, r in enumerate(pos):
        out_pos.append(dict([("id", "p209-s-%04d" % (i + 1))] + list(r.items())))
    for i, r in enumerate(eva):
        out_eva.append(dict([("id", "p209-e-%04d" % (i + 1))] + list(r.items())))
    for i, r in enumerate(neg):
        out_neg.append(dict([("id", "p209-n-%04d" % (i + 1))] + list(r.items())))
    extra = [everyday209.SPARE_KIND[0]] + [k[0] for k in everyday209.KINDS] + list(vendor209.dict_set_aside()) \
        + [s for s, _ in vendor209.STYLES] + list(positional209.SUFFIX.values()) + list(positional209.SET_ASIDE) \
        + [positional209.PFX + s for s in positional209.SET_ASIDE] + prose209.FORMATS + [prose209.TYPE] \
        + [w for w, _, _ in evasions209.WORDINGS] + list(enc209.SPARE_ENCODINGS) \
        + [k for _, ks, _ in negatives209.CLASSES for k, _ in ks] + [w for w, _ in negatives209.WRAPPERS if w]
    return {"secrets": out_pos, "evasions": out_eva, "negatives": out_neg, "hidden": hidden,
            "registry_size": len(reg.items), "extra_names": extra}


def serialise(data):
    return {"secrets.jsonl": C.dumps_jsonl(data["secrets"]), "evasions.jsonl": C.dumps_jsonl(data["evasions"]),
            "negatives.jsonl": C.dumps_jsonl(data["negatives"])}


def load_deny():
    with open(os.path.join(HERE, "brief_names.json"), encoding="utf-8") as f:
        return json.load(f)


# ---------------------------------------------------------------- mutation tests
def _first(data, src):
    return next(r for r in data["secrets"] if r["source"] == src)


def m01_shifted_offset(d):
    d["secrets"][0]["secrets"][0]["start"] += 1


def m02_duplicate_id(d):
    d["secrets"][1]["id"] = d["secrets"][0]["id"]


def m03_positive_value_in_negative(d):
    d["negatives"][0]["text"] += "\n" + _first(d, "vendor")["secrets"][0]["value"] + "\n"


def m04_wrong_evasion_plain(d):
    sp = d["evasions"][0]["secrets"][0]
    sp["plain"] = sp["plain"][:-1] + ("x" if sp["plain"][-1] != "x" else "y")


def m05_deny_listed_vendor_style(d):
    r = _first(d, "vendor")
    r["container"] = r["type"] + "__tackle_shop_dotenv_live"


def m06_deny_listed_negative_class(d):
    for r in d["negatives"][:10]:
        r["class"] = "release_checksums_and_commit_ids"


def m07_record_span_type_mismatch(d):
    d["secrets"][5]["type"] = d["secrets"][6]["type"] if d["secrets"][6]["type"] != d["secrets"][5]["type"] else "x_type"


def m08_missing_evasion(d):
    d["evasions"].pop()


def m09_prose_value_glued(d):
    r = _first(d, "prose")
    sp = r["secrets"][0]
    r["text"] = r["text"][:sp["start"] - 1] + r["text"][sp["start"]:]
    sp["start"] -= 1
    sp["end"] -= 1


def m10_value_reused(d):
    a, b = d["secrets"][10], d["secrets"][11]
    va = a["secrets"][0]["value"]
    sp = b["secrets"][0]
    b["text"] = b["text"][:sp["start"]] + va + b["text"][sp["end"]:]
    sp["end"] = sp["start"] + len(va)
    sp["value"] = va


def _replace_value(r, nv):
    sp = r["secrets"][0]
    r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
    sp["end"] = sp["start"] + len(nv)
    sp["value"] = nv


def m11_jwt_payload_not_json(d):
    r = next(x for x in d["secrets"] if x["type"] == "trade_in_quote_session_jwt")
    h, p, s = r["secrets"][0]["value"].split(".")
    _replace_value(r, h + ".eyJub3RqcyI" + "." + s)


def m12_uuid_not_v4(d):
    r = next(x for x in d["secrets"] if x["type"] == "wise_business_api_token")
    v = r["secrets"][0]["value"]
    _replace_value(r, v[:14] + "1" + v[15:])


def m13_deny_listed_language(d):
    r = _first(d, "prose")
    r["container"] = r["container"].split("__")[0] + "__deu"


def m14_bad_gtin13_check_digit(d):
    r = next(x for x in d["negatives"] if x["class"] == "part_skus_and_gtin_barcodes" and x["container"].startswith("screen_parts"))
    import re
    m = re.search(r"\b(\d{12})(\d)\b", r["text"])
    bad = str((int(m.group(2)) + 1) % 10)
    r["text"] = r["text"][:m.start(2)] + bad + r["text"][m.end(2):]


def m15_earlier_syntax_name(d):
    r = _first(d, "password")
    r["type"] = positional209.PFX + "redis_cli_lower_a_flag"
    r["secrets"][0]["type"] = r["type"]


def m16_wcsk_crc32_broken(d):
    r = next(x for x in d["secrets"] if x["type"] == "wipe_certificate_signing_key")
    v = r["secrets"][0]["value"]
    _replace_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))


def m17_dgl_iso7064_broken(d):
    r = next(x for x in d["secrets"] if x["type"] == "diag_tool_licence_key")
    v = r["secrets"][0]["value"]
    _replace_value(r, v[:-1] + ("A" if v[-1] != "A" else "B"))


def m18_evasion_plain_in_negative(d):
    d["negatives"][3]["text"] += " " + d["evasions"][7]["secrets"][0]["plain"] + "\n"


def m19_fixed_width_column_shift(d):
    r = next(x for x in d["secrets"] if x["type"].endswith("fixed_width_cols_33_to_54"))
    sp = r["secrets"][0]
    r["text"] = r["text"][:sp["start"]] + " " + r["text"][sp["start"]:]
    sp["start"] += 1
    sp["end"] += 1


def m20_eid_mod97_broken(d):
    import re
    r = next(x for x in d["negatives"] if x["class"] == "sim_iccid_and_eid_numbers" and "EID" in x["text"])
    m = re.search(r"\b(\d{31})(\d)\b", r["text"])
    r["text"] = r["text"][:m.start(2)] + str((int(m.group(2)) + 1) % 10) + r["text"][m.end(2):]


MUTATIONS = [m01_shifted_offset, m02_duplicate_id, m03_positive_value_in_negative, m04_wrong_evasion_plain,
             m05_deny_listed_vendor_style, m06_deny_listed_negative_class, m07_record_span_type_mismatch,
             m08_missing_evasion, m09_prose_value_glued, m10_value_reused, m11_jwt_payload_not_json, m12_uuid_not_v4,
             m13_deny_listed_language, m14_bad_gtin13_check_digit, m15_earlier_syntax_name, m16_wcsk_crc32_broken,
             m17_dgl_iso7064_broken, m18_evasion_plain_in_negative, m19_fixed_width_column_shift, m20_eid_mod97_broken]


def run_mutations(data, deny, clean_errors):
    res = []
    base = set(clean_errors)
    for m in MUTATIONS:
        d = copy.deepcopy(data)
        try:
            m(d)
            errs = set(checks209.run_checks(d, deny))
            caught = bool(errs - base)
        except Exception as ex:
            caught = False
        res.append((m.__name__, caught))
    return res


def main(argv):
    if "--freeze" in argv:
        deny = C.extract_denylist()
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("frozen deny-list: %d names, %d syntaxes" % (len(deny["names"]), len(deny["syntaxes"])))
        return 0
    args = [a for a in argv if not a.startswith("--")]
    outdir = args[0] if args else HERE
    errors = []
    deny = load_deny()
    deny_status = "brief directory absent; frozen copy used"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
            deny_status = "re-extracted and DIFFERENT"
        else:
            deny_status = "re-extracted from %s and identical" % C.BRIEF_DIR
    d1 = generate_all()
    d2 = generate_all()
    s1, s2 = serialise(d1), serialise(d2)
    if s1 != s2:
        errors.append("two generations differ")
    errors += checks209.run_checks(d1, deny)
    muts = run_mutations(d1, deny, errors)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: " + name)
    r1 = readme209.render(d1, deny, muts, deny_status)
    r2 = readme209.render(d2, deny, muts, deny_status)
    if r1 != r2:
        errors.append("README renders differ")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, content in list(s1.items()) + [("README.md", r1)]:
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(content)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d secrets, %d evasions, %d negatives to %s (mutations caught %d/%d)" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), outdir, sum(c for _, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
