#!/usr/bin/env python3
"""Build the p191 held-out credential corpus.

python3 build.py [outdir]   generate twice, check, mutation-test, render README, then write
python3 build.py --freeze   re-extract brief_names.json from /tmp/brief191/
Standard library only; fixed seeds; no clock; no network."""
import copy
import json
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common191  # noqa: E402
import everyday191  # noqa: E402
import vendor191  # noqa: E402
import positional191  # noqa: E402
import prose191  # noqa: E402
import evasions191  # noqa: E402
import negatives191  # noqa: E402
import checks191  # noqa: E402
import readme191  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate_all():
    reg = common191.Registry()
    ev = everyday191.generate(reg, 1)
    vd = vendor191.generate(reg, 1 + len(ev))
    pw, hidden = positional191.generate(reg, 1 + len(ev) + len(vd))
    pr = prose191.generate(reg, 1 + len(ev) + len(vd) + len(pw))
    eva, plains = evasions191.generate(reg, 1)
    neg = negatives191.generate(list(reg.values), 1)
    return {"secrets": ev + vd + pw + pr, "evasions": eva, "negatives": neg, "hidden": hidden,
            "plains": plains, "registry_size": len(reg.values)}


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def serialise(data):
    return {"secrets.jsonl": jsonl(data["secrets"]), "evasions.jsonl": jsonl(data["evasions"]),
            "negatives.jsonl": jsonl(data["negatives"])}


# ---------------------------------------------------------------- mutation tests
def _first(data, src):
    return next(r for r in data["secrets"] if r["source"] == src)


def m01(d):
    s = d["secrets"][5]["secrets"][0]
    s["start"] += 1


def m02(d):
    d["secrets"][7]["id"] = d["secrets"][6]["id"]


def m03(d):
    d["negatives"][3]["text"] += "\nleftover: " + d["secrets"][200]["secrets"][0]["value"] + "\n"


def m04(d):
    d["evasions"][10]["secrets"][0]["plain"] = "Poodle-zz9x99"


def m05(d):
    r = _first(d, "vendor")
    r["container"] = r["type"] + "__venue_php_config_array"


def m06(d):
    for n in d["negatives"][:10]:
        n["class"] = "jwks_public_signing_keys"


def m07(d):
    d["secrets"][20]["type"] = "kennel_board_login_password_x"


def m08(d):
    d["evasions"].pop()


def m09(d):
    r = _first(d, "prose")
    s = r["secrets"][0]
    r["text"] = r["text"][:s["end"]] + "," + r["text"][s["end"] + 1:]


def m10(d):
    a, b = d["secrets"][30], d["secrets"][31]
    v = a["secrets"][0]["value"]
    sb = b["secrets"][0]
    b["text"] = b["text"][:sb["start"]] + v + b["text"][sb["end"]:]
    sb["value"], sb["end"] = v, sb["start"] + len(v)


def m11(d):
    for r in d["evasions"][:3]:
        r["encoding"] = "rot13_letters_rot5_digits"
        r["secrets"][0]["encoding"] = "rot13_letters_rot5_digits"


def m12(d):
    r = d["secrets"][40]
    r["text"] += "\n# again: " + r["secrets"][0]["value"] + "\n"


def m13(d):
    r = next(x for x in d["secrets"] if x["type"] == "owner_webcam_viewer_jwt")
    s = r["secrets"][0]
    h, _p, sig = s["value"].split(".")
    nv = h + ".eyJub3QganNvbg." + sig
    r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
    s["value"], s["end"] = nv, s["start"] + len(nv)


def m14(d):
    r = _first(d, "prose")
    r["container"] = r["container"].split("__")[0] + "__deu"


def m15(d):
    r = _first(d, "password")
    r["type"] = positional191.PREFIX + "zip_capital_p_flag"
    r["secrets"][0]["type"] = r["type"]


def m16(d):
    n = next(x for x in d["negatives"] if x["class"] == "gps_collar_imei_and_device_ids")
    m = common191.UUID_RE.search(n["text"])
    u = m.group(0)
    n["text"] = n["text"].replace(u, u[:14] + "1" + u[15:])


def m17(d):
    n = next(x for x in d["negatives"] if x["class"] == "booking_codes_with_luhn_mod_n_check")
    import re
    code = re.search(r"\bGR[0-9A-Z]{7}\b", n["text"]).group(0)
    bad = code[:-1] + ("0" if code[-1] != "0" else "1")
    n["text"] = n["text"].replace(code, bad)


def m18(d):
    r = next(x for x in d["secrets"] if x["type"] == "walker_gps_ingest_key")
    s = r["secrets"][0]
    nv = s["value"][:-1] + ("0" if s["value"][-1] != "0" else "1")
    r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
    s["value"] = nv


def m19(d):
    # pretend the first everyday value were a password hidden in a Base64 span: it is visible in a text
    d["hidden"].append(_first(d, "everyday")["secrets"][0]["value"])


def m20(d):
    d["secrets"] = d["secrets"][:-1]


MUTATIONS = [
    ("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
    ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
    ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
    ("m10_value_reused", m10), ("m11_deny_listed_encoding", m11), ("m12_value_twice_in_text", m12),
    ("m13_jwt_payload_not_json", m13), ("m14_deny_listed_language", m14), ("m15_earlier_syntax_name", m15),
    ("m16_uuid_not_v4", m16), ("m17_bad_booking_luhn_mod_n", m17), ("m18_wgi_adler32_broken", m18),
    ("m19_hidden_password_visible", m19), ("m20_wrong_prose_count", m20),
]


def run_mutations(data, deny, base_errs):
    base = set(base_errs)
    out = []
    for name, fn in MUTATIONS:
        d = copy.deepcopy(data)
        fn(d)
        errs = checks191.run_checks(d, deny)
        out.append((name, any(e not in base for e in errs)))
    return out


def load_deny():
    with open(DENY_FILE, encoding="utf-8") as f:
        deny = json.load(f)
    status = "frozen copy used (%s not present)" % common191.BRIEF_DIR
    if os.path.isdir(common191.BRIEF_DIR):
        fresh = common191.extract_denylist()
        if fresh != deny:
            raise SystemExit("brief_names.json differs from a fresh extraction of %s" % common191.BRIEF_DIR)
        status = "re-extracted from %s and identical" % common191.BRIEF_DIR
    return common191.prep_deny(deny), deny, status


def main(argv):
    if "--freeze" in argv:
        deny = common191.extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("wrote", DENY_FILE, {k: len(v) for k, v in deny.items() if isinstance(v, list)})
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny, raw_deny, deny_status = load_deny()
    errors = []
    d1 = generate_all()
    d2 = generate_all()
    s1, s2 = serialise(d1), serialise(d2)
    if s1 != s2:
        errors.append("two generations differ")
    errors += checks191.run_checks(d1, deny)
    muts = run_mutations(d1, deny, errors)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: " + name)
    r1 = readme191.render(d1, raw_deny, deny_status, muts)
    r2 = readme191.render(d2, raw_deny, deny_status, muts)
    if r1 != r2:
        errors.append("README renders differ")
    if errors:
        print("BUILD FAILED – nothing written:")
        for e in errors[:200]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, content in s1.items():
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(content)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(raw_deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: secrets %d, evasions %d, negatives %d, mutations %d/%d caught; deny-list %s" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _n, c in muts), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
