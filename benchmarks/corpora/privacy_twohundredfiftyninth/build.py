#!/usr/bin/env python3
"""Build the p259 corpus (saddlers, leatherworkers and tack shops).

python3 build.py [outdir]   generate twice, compare bytes, run every check and the mutation tests, then write
python3 build.py --freeze   re-extract the deny-list from /tmp/brief259/ into brief_names.json
Standard library only, fixed seeds, no clock, no network."""
import copy
import json
import os
import random
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks259  # noqa: E402
import common259  # noqa: E402
import enc259  # noqa: E402
import everyday259  # noqa: E402
import evasions259  # noqa: E402
import negatives259  # noqa: E402
import positional259  # noqa: E402
import prose259  # noqa: E402
import readme259  # noqa: E402
import vendor259  # noqa: E402
from world259 import PW_FORM_IN_TEXT  # noqa: E402

BRIEF_DIR = "/tmp/brief259"
BRIEF_FILES = ["README_twohundredfiftyfourth.md", "README_twohundredfiftysixth.md"]
SEEDS = {"everyday": 25901, "pairing": 25911, "vendor": 25902, "styles": 25912, "positional": 25903,
         "prose": 25904, "evasions": 25905, "negatives": 25906, "rsa": 25907}


def load_deny():
    path = os.path.join(HERE, "brief_names.json")
    frozen = json.load(open(path, encoding="utf-8"))
    note = "frozen copy used (%s not present)" % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR):
        fresh = common259.extract_denylist([os.path.join(BRIEF_DIR, f) for f in BRIEF_FILES])
        for k in ("names", "syntaxes", "language_codes", "language_names"):
            if fresh[k] != frozen[k]:
                raise SystemExit("deny-list differs from the frozen copy in %s" % k)
        note = "re-extracted from %s and identical" % BRIEF_DIR
    return frozen, note


def freeze():
    d = common259.extract_denylist([os.path.join(BRIEF_DIR, f) for f in BRIEF_FILES])
    out = {"source": BRIEF_DIR, "files": BRIEF_FILES, **d}
    with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print("frozen: names %d, syntaxes %d, codes %d, language names %d" % (
        len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))


def generate():
    assert common259.self_test() and enc259.self_test()
    rr = random.Random(SEEDS["rsa"])
    fit = common259.rsa_keygen(rr)
    old = common259.rsa_keygen(rr)
    deploy = common259.rsa_keygen(rr)
    ctx = {"rsa": fit, "rsa_kid": "fitrec-2024-03", "rsa_pub": {"n": fit["n"], "e": fit["e"]},
           "jwks": [("fitrec-2024-03", {"n": fit["n"], "e": fit["e"]}), ("fitrec-2023-11", {"n": old["n"], "e": old["e"]})],
           "ssh_rsa": {"n": deploy["n"], "e": deploy["e"]}}
    reg = common259.Registry()
    ev = everyday259.generate(random.Random(SEEDS["everyday"]), random.Random(SEEDS["pairing"]), reg, ctx)
    ve = vendor259.generate(random.Random(SEEDS["vendor"]), random.Random(SEEDS["styles"]), reg, ctx)
    pw = positional259.generate(random.Random(SEEDS["positional"]), reg)
    pr = prose259.generate(random.Random(SEEDS["prose"]), reg)
    eva = evasions259.generate(random.Random(SEEDS["evasions"]), reg)
    long_items = [s for s in reg.items if len(s) >= 6]

    def is_clean(t):
        if PW_FORM_IN_TEXT.search(t) or common259.JWT_RE.search(t):
            return False
        if any(not common259.uuid_v4_ok(u) for u in common259.UUID_RE.findall(t)):
            return False
        return not any(s in t for s in long_items)
    neg = negatives259.generate(random.Random(SEEDS["negatives"]), ctx, is_clean)
    meta = {"vendor_style": {r["type"]: r.pop("_style") for r in ve},
            "where": {r["type"]: r.pop("_where") for r in pw},
            "registry": len(reg.items)}
    for r in pw:
        r.pop("_form")

    def ids(recs, pre, fields):
        out = []
        for i, r in enumerate(recs):
            d = {"id": "%s%04d" % (pre, i + 1)}
            for f in fields[1:]:
                d[f] = r[f]
            out.append(d)
        return out
    data = {"secrets": ids(ev + ve + pw + pr, "p259-s-", checks259.SEC_FIELDS),
            "evasions": ids(eva, "p259-e-", checks259.EVA_FIELDS),
            "negatives": ids(neg, "p259-n-", checks259.NEG_FIELDS)}
    return data, ctx, meta


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def mutations(data, ctx, deny, base_errs):
    base = set(base_errs)
    sec = data["secrets"]

    def first(src, pred=lambda r: True):
        return next(i for i, r in enumerate(sec) if r["source"] == src and pred(r))

    def m01(d):
        d["secrets"][0]["secrets"][0]["start"] += 1

    def m02(d):
        r = d["secrets"][5]
        v = r["secrets"][0]["value"]
        r["text"] = r["text"].replace(v, v[::-1] + "x")

    def m03(d):
        d["secrets"][7]["text"] += "\n" + d["secrets"][3]["secrets"][0]["value"]

    def m04(d):
        d["negatives"][2]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]

    def m05(d):
        r = d["evasions"][4]
        s = r["secrets"][0]
        s["plain"] = s["plain"][:-1] + ("a" if s["plain"][-1] != "a" else "b")

    def m06(d):
        d["secrets"][0]["container"] = "ops_helm_values_yaml"

    def m07(d):
        for r in d["negatives"][:3]:
            r["class"] = "van_vin_fleet_register"

    def m08(d):
        r = d["evasions"][0]
        r["encoding"] = "chess960_scharnagl_back_ranks"

    def m09(d):
        d["negatives"] = d["negatives"][:150]

    def m10(d):
        i = first("prose")
        c = d["secrets"][i]["container"].split("__")[0]
        d["secrets"][i]["container"] = c + "__rus"

    def _sub(d, t, fn):
        i = first("everyday", lambda r: r["type"] == t)
        r = d["secrets"][i]
        s = r["secrets"][0]
        nv = fn(s["value"])
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"], s["end"] = nv, s["start"] + len(nv)

    def flip_last_hex(v):
        return v[:-1] + ("0" if v[-1] != "0" else "1")

    def m11(d):
        _sub(d, "stitcher_telemetry_siphash_token", flip_last_hex)

    def m12(d):
        _sub(d, "stock_feed_murmur3_key", flip_last_hex)

    def m13(d):
        _sub(d, "saddle_fit_app_mod1110_licence", lambda v: v[:-1] + str((int(v[-1]) + 1) % 10))

    def m14(d):
        _sub(d, "fitting_records_ps256_jwt", lambda v: v[:-6] + ("AAAAAA" if v[-6:] != "AAAAAA" else "BBBBBB"))

    def m15(d):
        d["negatives"][1]["text"] += " ref 1b4e28ba-2fa1-11d2-883f-0016d3cca427"

    def m16(d):
        r = d["secrets"][1]
        r["secrets"].append(dict(r["secrets"][0]))

    def m17(d):
        i = first("password")
        r = d["secrets"][i]
        r["type"] = r["secrets"][0]["type"] = "sdpw_sevenzip_glued_lower_p_archive"

    def m18(d):
        d["secrets"][10]["id"] = "p259-s-9999"

    def m19(d):
        i = first("vendor", lambda r: r["type"] == "shopify_admin_api_access_token")
        r = d["secrets"][i]
        s = r["secrets"][0]
        nv = s["value"].replace("shpat_", "shpat-")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m20(d):
        d["secrets"][20]["text"] += "\n" + d["evasions"][9]["secrets"][0]["plain"]

    def m21(d):
        d["secrets"][30]["text"] += "\neyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2ln"

    def m22(d):
        d["negatives"][5]["text"] += "\nsaddle-kq2024"

    def m23(d):
        d["evasions"][2]["text"] = d["evasions"][2]["text"].replace(":\n", ": ", 1)

    def m24(d):
        _sub(d, "tack_webshop_laravel_app_key", lambda v: v[:-2] + "==")

    def m25(d):
        i = first("password")
        d["secrets"][i]["text"] += "\n# the password is above"

    def m26(d):
        _sub(d, "shop_staff_totp_seed", lambda v: v[:-1] + "1")

    def m27(d):
        i = first("prose")
        r = d["secrets"][i]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["end"]] + "!" + r["text"][s["end"]:]

    def m28(d):
        i = first("everyday", lambda r: r["container"] == "fitting_api_appsettings_production_json")
        t = d["secrets"][i]["text"]
        j = t.rindex("}")
        d["secrets"][i]["text"] = t[:j] + t[j + 1:]

    tests = [("m01_shifted_span_start", m01), ("m02_value_not_in_text", m02), ("m03_value_reused_in_other_text", m03),
             ("m04_positive_value_in_negative", m04), ("m05_evasion_does_not_decode", m05),
             ("m06_deny_listed_container", m06), ("m07_deny_listed_negative_class", m07),
             ("m08_deny_listed_encoding", m08), ("m09_negatives_below_200", m09),
             ("m10_deny_listed_prose_language", m10), ("m11_siphash_tail_broken", m11),
             ("m12_murmur3_tail_broken", m12), ("m13_mod1110_check_broken", m13), ("m14_ps256_signature_broken", m14),
             ("m15_non_v4_uuid_in_negative", m15), ("m16_two_spans", m16), ("m17_earlier_syntax_name", m17),
             ("m18_id_out_of_sequence", m18), ("m19_vendor_shape_broken", m19), ("m20_plain_leaked_into_text", m20),
             ("m21_invalid_jwt_in_text", m21), ("m22_password_form_in_negative", m22),
             ("m23_evasion_layout_broken", m23), ("m24_laravel_key_length_broken", m24),
             ("m25_hint_word_in_positional_text", m25), ("m26_totp_seed_not_base32", m26),
             ("m27_prose_value_not_set_off", m27), ("m28_json_container_broken", m28)]
    res = []
    for name, fn in tests:
        d = copy.deepcopy(data)
        fn(d)
        errs = set(checks259.run_checks(d, ctx, deny))
        res.append((name, bool(errs - base)))
    return res


def main(argv):
    if "--freeze" in argv:
        freeze()
        return 0
    outdir = next((a for a in argv[1:] if not a.startswith("-")), HERE)
    deny, deny_note = load_deny()
    d1, ctx, meta = generate()
    d2, _, _ = generate()
    errs = []
    for k in ("secrets", "evasions", "negatives"):
        b1, b2 = dumps(d1[k]), dumps(d2[k])
        if b1 != b2:
            errs.append("determinism: %s differs between two generations" % k)
        if [json.loads(x) for x in b1.splitlines()] != d1[k]:
            errs.append("round trip: %s does not parse back to the same records" % k)
    errs += checks259.run_checks(d1, ctx, deny)
    muts = mutations(d1, ctx, deny, errs)
    for name, caught in muts:
        if not caught:
            errs.append("mutation test not caught: %s" % name)
    info = {"deny_note": deny_note, "deny": deny, "mutations": muts, "clean_errors": len(errs), "meta": meta}
    r1 = readme259.render(d1, info)
    r2 = readme259.render(d2, info)
    if r1 != r2:
        errs.append("determinism: README differs between two generations")
    if errs:
        print("BUILD FAILED (%d errors); nothing written" % len(errs))
        for e in errs[:200]:
            print(" -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as fh:
            fh.write(dumps(d1[k]))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    print("ok: secrets %d, evasions %d, negatives %d; checks passed; mutation tests %d/%d caught; deny-list %s"
          % (len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _, c in muts), len(muts), deny_note))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
