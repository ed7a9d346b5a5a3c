#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Build the p223 held-out credential corpus (ice rinks, curling clubs, figure-skating coaches).

python3 build.py [outdir]      generate twice, check, run mutation tests, render README, then write
python3 build.py --freeze      re-extract brief_names.json from /tmp/brief223/ (next to this file)

Python 3 standard library only; fixed seeds; no clock; no network.  On any failure nothing is written.
"""
import copy
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common223 as C  # noqa: E402
import everyday223  # noqa: E402
import vendor223  # noqa: E402
import positional223  # noqa: E402
import prose223  # noqa: E402
import evasions223  # noqa: E402
import negatives223  # noqa: E402
import checks223  # noqa: E402
import readme223  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    ev = everyday223.generate(reg, 1)
    ve = vendor223.generate(reg, len(ev) + 1)
    pw = positional223.generate(reg, len(ev) + len(ve) + 1)
    pr = prose223.generate(reg, len(ev) + len(ve) + len(pw) + 1)
    eva = evasions223.generate(reg)
    neg = negatives223.generate(reg.items)
    return ev + ve + pw + pr, eva, neg, reg


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def load_deny():
    with open(DENY_FILE, encoding="utf-8") as f:
        frozen = json.load(f)
    status = "frozen list used; /tmp/brief223 not present, no re-extraction"
    errs = []
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != frozen:
            errs.append("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
            status = "re-extracted from %s and DIFFERENT" % C.BRIEF_DIR
        else:
            status = "re-extracted from %s and identical" % C.BRIEF_DIR
    return frozen, C.Deny(frozen), status, errs


# ---------------------------------------------------------------- mutation tests
def _first(recs, pred):
    for r in recs:
        if pred(r):
            return r
    raise LookupError


def _replace_value(r, new):
    s = r["secrets"][0]
    t = r["text"]
    r["text"] = t[:s["start"]] + new + t[s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)


def mutations():
    def m01(p, e, n):
        p[0]["secrets"][0]["start"] += 1

    def m02(p, e, n):
        p[1]["id"] = p[0]["id"]

    def m03(p, e, n):
        n[0]["text"] += " " + p[200]["secrets"][0]["value"] + "\n"

    def m04(p, e, n):
        e[0]["secrets"][0]["plain"] = e[0]["secrets"][0]["plain"][:-1] + "Q"

    def m05(p, e, n):
        r = _first(p, lambda r: r["source"] == "vendor")
        r["container"] = r["type"] + "__booking_compose_environment_map"

    def m06(p, e, n):
        n[0]["class"] = "dog_microchip_iso11784_numbers"

    def m07(p, e, n):
        p[3]["secrets"][0]["type"] = "locker_system_fernet_key_x"

    def m08(p, e, n):
        del e[-1]

    def m09(p, e, n):
        r = _first(p, lambda r: r["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
        s["start"] -= 1
        s["end"] -= 1

    def m10(p, e, n):
        _replace_value(p[7], p[6]["secrets"][0]["value"])

    def m11(p, e, n):
        r = _first(p, lambda r: r["type"] == "skater_portal_hs384_jwt")
        h, _pl, sg = r["secrets"][0]["value"].split(".")
        _replace_value(r, h + "." + C.b64u_nopad(b'{"not json') + "." + sg)

    def m12(p, e, n):
        r = _first(n, lambda r: C.UUID_RE.search(r["text"]) is not None)
        m = C.UUID_RE.search(r["text"])
        u = m.group(0)
        r["text"] = r["text"].replace(u, u[:14] + "1" + u[15:])

    def m13(p, e, n):
        r = _first(p, lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__deu"

    def m14(p, e, n):
        r = _first(p, lambda r: r["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = C.PWPREFIX + "mutool_draw_lower_p_flag"

    def m15(p, e, n):
        r = _first(p, lambda r: r["type"] == "ice_plant_telemetry_token")
        v = r["secrets"][0]["value"]
        last = v[-1]
        _replace_value(r, v[:-1] + ("A" if last != "A" else "B"))

    def m16(p, e, n):
        r = _first(n, lambda r: r["class"] == "rink_vehicle_vin_check_digits")
        import re
        m = re.search(r"(?<![A-Z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Z0-9])", r["text"])
        vin = m.group(0)
        bad = vin[:8] + ("X" if vin[8] != "X" else "0") + vin[9:]
        r["text"] = r["text"].replace(vin, bad)

    def m17(p, e, n):
        n[1]["text"] += "note: Zamboni-ab1c42\n"

    def m18(p, e, n):
        n[2]["text"] += "see " + e[5]["secrets"][0]["plain"] + "\n"

    def m19(p, e, n):
        r = _first(p, lambda r: r["type"] == "rink_admin_totp_seed")
        _replace_value(r, r["secrets"][0]["value"][:-2] + "AA1")

    def m20(p, e, n):
        r = _first(p, lambda r: r["source"] == "vendor" and r["type"] == "airtable_personal_access_token")
        _replace_value(r, r["secrets"][0]["value"] + "z")

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_jwt_payload_not_json", m11), ("m12_uuid_not_v4", m12), ("m13_deny_listed_language", m13),
            ("m14_earlier_syntax_name", m14), ("m15_luhn_mod_36_tail_broken", m15),
            ("m16_vin_check_digit_broken", m16), ("m17_password_shape_in_negative", m17),
            ("m18_evasion_plain_visible", m18), ("m19_totp_seed_not_base32_of_20", m19),
            ("m20_vendor_regex_broken", m20)]


def run_mutations(pos, eva, neg, deny, clean_errs):
    results = []
    base = set(clean_errs)
    for name, fn in mutations():
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        fn(p, e, n)
        errs = set(checks223.run_checks(p, e, n, deny))
        results.append((name, bool(errs - base)))
    return results


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    frozen, deny, deny_status, derr = load_deny()
    errors += derr

    pos1, eva1, neg1, reg1 = generate()
    pos2, eva2, neg2, reg2 = generate()
    files1 = [dump(pos1), dump(eva1), dump(neg1)]
    files2 = [dump(pos2), dump(eva2), dump(neg2)]
    if files1 != files2:
        errors.append("two in-process generations differ")

    errors += checks223.run_checks(pos1, eva1, neg1, deny)
    muts = run_mutations(pos1, eva1, neg1, deny, errors)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test %s was not caught" % name)

    info = {"deny_status": deny_status, "registry": len(reg1.items), "mutations": muts}
    readme1 = readme223.render(pos1, eva1, neg1, frozen, info)
    readme2 = readme223.render(pos2, eva2, neg2, frozen, info)
    if readme1 != readme2:
        errors.append("README renders differ between the two generations")

    if errors:
        sys.stderr.write("BUILD FAILED (%d errors); nothing written\n" % len(errors))
        for e in errors[:200]:
            sys.stderr.write("  - " + e + "\n")
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, data in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], files1):
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(data)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(frozen, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
    print("wrote %d positives, %d evasions, %d negatives to %s (%d/%d mutation tests caught; deny-list %s)" % (
        len(pos1), len(eva1), len(neg1), outdir, sum(1 for _, c in muts if c), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
