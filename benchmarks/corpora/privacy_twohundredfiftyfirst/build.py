#!/usr/bin/env python3
"""Build the p251 held-out credential corpus (puppet theatres, toy shops, toy
libraries). Standard library only, fixed seeds, no clock, no network.

    python3 build.py [outdir]      generate twice, check, mutation-test, write
    python3 build.py --freeze      re-extract brief_names.json from /tmp/brief251
"""
import copy
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common251 as C          # noqa: E402
import checks251 as K          # noqa: E402
import everyday251 as E        # noqa: E402
import evasions251 as EV       # noqa: E402
import negatives251 as N       # noqa: E402
import positional251 as P      # noqa: E402
import prose251 as PR          # noqa: E402
import readme251 as R          # noqa: E402
import vendor251 as V          # noqa: E402


def generate():
    reg = C.Registry()
    side = {}
    ev = E.build(reg, side)
    vd = V.build(reg, side)
    pw = P.build(reg, side)
    pr = PR.build(reg, side)
    pos = ev + vd + pw + pr
    eva = EV.build(reg, side)
    strings = [r["secrets"][0]["value"] for r in pos + eva] + [r["secrets"][0]["plain"] for r in eva]
    neg = N.build(strings, clean=lambda t: K.negative_problems(t, strings))
    pos = [dict([("id", "p251-s-%04d" % (i + 1))] + list(r.items())) for i, r in enumerate(pos)]
    eva = [dict([("id", "p251-e-%04d" % (i + 1))] + list(r.items())) for i, r in enumerate(eva)]
    neg = [dict([("id", "p251-n-%04d" % (i + 1))] + list(r.items())) for i, r in enumerate(neg)]
    side["registry_size"] = len(reg.items)
    return pos, eva, neg, side


def serialise(recs):
    return ("\n".join(C.dumps_line(r) for r in recs) + "\n").encode("utf-8")


# ------------------------------------------------------------------ mutation tests

def _set_value(rec, new):
    s = rec["secrets"][0]
    t = rec["text"]
    rec["text"] = t[:s["start"]] + new + t[s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)


def _first(recs, pred):
    return next(r for r in recs if pred(r))


def _flip(ch, pool):
    return pool[(pool.index(ch) + 1) % len(pool)]


def m01(p, e, n, s):
    p[0]["secrets"][0]["start"] += 1


def m02(p, e, n, s):
    p[1]["secrets"][0]["value"] = p[1]["secrets"][0]["value"][:-1] + "Q"


def m03(p, e, n, s):
    p[2]["text"] += " " + p[7]["secrets"][0]["value"]


def m04(p, e, n, s):
    n[0]["text"] += "\n" + p[200]["secrets"][0]["value"]


def m05(p, e, n, s):
    sp = e[0]["secrets"][0]
    sp["plain"] = sp["plain"][:-1] + ("0" if sp["plain"][-1] != "0" else "1")


def m06(p, e, n, s):
    p[3]["container"] = "cellar_telegraf_modbus_conf"


def m07(p, e, n, s):
    n[4]["class"] = "keg_grai_asset_identifiers"


def m08(p, e, n, s):
    e[3]["encoding"] = "base45_rfc9285_bytes"
    e[3]["secrets"][0]["encoding"] = "base45_rfc9285_bytes"


def m09(p, e, n, s):
    del n[150:]


def m10(p, e, n, s):
    r = _first(p, lambda r: r["source"] == "prose")
    r["container"] = r["container"].split("__")[0] + "__pol"


def m11(p, e, n, s):
    r = _first(p, lambda r: r["type"] == "box_office_crc16_api_token")
    v = r["secrets"][0]["value"]
    _set_value(r, v[:-1] + _flip(v[-1], "0123456789ABCDEF"))


def m12(p, e, n, s):
    r = _first(p, lambda r: r["type"] == "stock_sync_fletcher32_key")
    v = r["secrets"][0]["value"]
    _set_value(r, v[:5] + _flip(v[5], "abcdefghijklmnopqrstuvwxyz0123456789") + v[6:])


def m13(p, e, n, s):
    r = _first(p, lambda r: r["type"] == "loan_kiosk_base58check_secret")
    v = r["secrets"][0]["value"]
    _set_value(r, v[:10] + _flip(v[10], C.B58) + v[11:])


def m14(p, e, n, s):
    r = _first(p, lambda r: r["type"] == "puppet_app_es256_push_jwt")
    v = r["secrets"][0]["value"]
    new = v[:-6] + _flip(v[-6], C.B64URL) + v[-5:]
    s["es256_pub"][new] = s["es256_pub"][v]     # keep the key: only the signature is wrong
    _set_value(r, new)


def m15(p, e, n, s):
    n[10]["text"] += "\nrequest 123e4567-e89b-12d3-a456-426614174000\n"


def m16(p, e, n, s):
    p[9]["secrets"].append(dict(p[9]["secrets"][0]))


def m17(p, e, n, s):
    r = _first(p, lambda r: r["source"] == "password")
    r["type"] = P.PREFIX + "ldapsearch_lower_w_after_capital_d"
    r["secrets"][0]["type"] = r["type"]


def m18(p, e, n, s):
    p[5]["id"] = "p251-s-0999"


def m19(p, e, n, s):
    r = _first(p, lambda r: r["type"] == "sendcloud_api_secret_key")
    v = r["secrets"][0]["value"]
    _set_value(r, v[:-1] + "G")


def m20(p, e, n, s):
    sp = e[5]["secrets"][0]
    t = e[5]["text"]
    e[5]["text"] = t[:sp["end"]] + " " + sp["plain"] + t[sp["end"]:]


def m21(p, e, n, s):
    p[300]["text"] += "\nAuthorization: Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.abc\n"


def m22(p, e, n, s):
    n[20]["text"] += "\nkiosk note: marbles-kq42\n"


def m23(p, e, n, s):
    r = e[7]
    st = r["secrets"][0]["start"]
    r["text"] = r["text"][:st - 1] + " " + r["text"][st:]


def m24(p, e, n, s):
    r = _first(p, lambda r: r["type"] == "toy_shop_laravel_app_key")
    v = r["secrets"][0]["value"]
    _set_value(r, v[:-1] + "A")


MUTATIONS = [
    ("m01_shifted_span_start", m01), ("m02_value_not_in_text", m02), ("m03_value_reused_in_other_text", m03),
    ("m04_positive_value_in_negative", m04), ("m05_evasion_does_not_decode", m05),
    ("m06_deny_listed_container", m06), ("m07_deny_listed_negative_class", m07), ("m08_deny_listed_encoding", m08),
    ("m09_negatives_below_200", m09), ("m10_deny_listed_prose_language", m10), ("m11_crc16_tail_broken", m11),
    ("m12_fletcher32_tail_broken", m12), ("m13_base58check_checksum_broken", m13),
    ("m14_es256_signature_broken", m14), ("m15_non_v4_uuid_in_negative", m15), ("m16_two_spans", m16),
    ("m17_earlier_syntax_name", m17), ("m18_id_out_of_sequence", m18), ("m19_vendor_shape_broken", m19),
    ("m20_run_plain_leaked_into_text", m20), ("m21_invalid_jwt_in_text", m21),
    ("m22_password_form_in_negative", m22), ("m23_evasion_layout_broken", m23),
    ("m24_laravel_key_padding_broken", m24),
]


def mutation_tests(pos, eva, neg, side, deny, clean_errs):
    results = []
    base = set(clean_errs)
    for name, fn in MUTATIONS:
        p, e, n, s = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg), copy.deepcopy(side)
        try:
            fn(p, e, n, s)
            errs = K.run_all(p, e, n, s, deny)
            caught = bool(set(errs) - base)
        except Exception as ex:
            caught = False
            errs = ["mutation crashed: %r" % ex]
        results.append((name, caught))
    return results


def main(argv):
    if "--freeze" in argv:
        d = C.freeze_denylist(HERE)
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny, deny_status, deny_errs = C.load_denylist(HERE)

    pos, eva, neg, side = generate()
    pos2, eva2, neg2, side2 = generate()
    blobs1 = [serialise(pos), serialise(eva), serialise(neg)]
    blobs2 = [serialise(pos2), serialise(eva2), serialise(neg2)]
    errs = list(deny_errs)
    if blobs1 != blobs2:
        errs.append("determinism: two generations differ")
    for blob, recs in zip(blobs1, (pos, eva, neg)):
        back = [json.loads(line) for line in blob.decode("utf-8").splitlines()]
        if back != recs:
            errs.append("serialisation does not parse back to the same records")

    errs += K.run_all(pos, eva, neg, side, deny)
    muts = mutation_tests(pos, eva, neg, side, deny, errs)
    for name, caught in muts:
        if not caught:
            errs.append("mutation test not caught: %s" % name)

    info = {"deny_status": deny_status, "mutations": muts, "clean_errors": len(errs), "side": side}
    readme1 = R.render(pos, eva, neg, deny, info)
    readme2 = R.render(pos2, eva2, neg2, deny, info)
    if readme1 != readme2:
        errs.append("determinism: README differs between generations")

    if errs:
        print("BUILD FAILED (%d errors); nothing written" % len(errs))
        for e in errs[:80]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, blob in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), blobs1):
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(blob)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    src = {}
    for r in pos:
        src[r["source"]] = src.get(r["source"], 0) + 1
    print("ok: positives %d %s, evasions %d, negatives %d; deny-list %s; mutation tests %d/%d caught" % (
        len(pos), src, len(eva), len(neg), deny_status, sum(c for _, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
