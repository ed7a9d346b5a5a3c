#!/usr/bin/env python3
"""Build the p215 held-out credential corpus.  Usage: python3 build.py [outdir] | --freeze"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common215 as C          # noqa: E402
import everyday215             # noqa: E402
import vendor215               # noqa: E402
import positional215           # noqa: E402
import prose215                # noqa: E402
import evasions215             # noqa: E402
import negatives215            # noqa: E402
import checks215               # noqa: E402
import readme215               # noqa: E402
import enc215                  # noqa: E402


def generate():
    reg = C.Registry()
    pos = []
    pos += everyday215.build(reg, len(pos) + 1)
    pos += vendor215.build(reg, len(pos) + 1)
    pos += positional215.build(reg, len(pos) + 1)
    pos += prose215.build(reg, len(pos) + 1)
    ev = evasions215.build(reg, 1)
    neg = negatives215.build(list(reg.items), 1)
    return pos, ev, neg, len(reg.items)


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def meta_for(registry_size):
    extra = ([c[0] for c in everyday215.CONTAINERS] + everyday215.SPARE_CONTAINERS + [s[0] for s in vendor215.STYLES]
             + [n for n, _ in vendor215.SET_ASIDE] + list(positional215.SUFFIX.values()) + list(positional215.DROP)
             + prose215.FORMATS + [w[0] for w in evasions215.WORDINGS] + [w[0] for w in negatives215.WRAPPERS if w[0]]
             + [k[0] for c in negatives215.CLASSES for k in c[2]] + [t[0] for t in evasions215.TYPES]
             + [e[0] for e in enc215.ENCODINGS] + [c[0] for c in negatives215.CLASSES])
    return {
        "everyday_pw_types": everyday215.PW_TYPES,
        "vendor_owner_types": [v[0] for v in vendor215.VENDORS if v[3] == "owner"],
        "evasion_pw_type": evasions215.TYPES[0][0],
        "pw_prefix": positional215.PW_PREFIX,
        "languages": [(l[0], l[1]) for l in prose215.LANGS],
        "language_spares": list(prose215.SPARES),
        "extra_names": extra,
        "registry_size": registry_size,
    }


# ---------------------------------------------------------------- mutation tests

def _find(recs, pred):
    for i, r in enumerate(recs):
        if pred(r):
            return i
    raise LookupError


def _set_value(r, new):
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + new + r["text"][s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)


def mutations(pos, ev, neg, meta):
    def m01(p, e, n, m):
        p[0]["secrets"][0]["start"] += 1

    def m02(p, e, n, m):
        p[1]["id"] = p[0]["id"]

    def m03(p, e, n, m):
        n[0]["text"] += " " + p[5]["secrets"][0]["value"]

    def m04(p, e, n, m):
        e[0]["secrets"][0]["plain"] = "x" + e[0]["secrets"][0]["plain"]

    def m05(p, e, n, m):
        i = _find(p, lambda r: r["source"] == "vendor")
        p[i]["container"] = p[i]["type"] + "__hire_desk_helpscout_note"

    def m06(p, e, n, m):
        for r in n:
            if r["class"] == n[0]["class"]:
                r["class"] = "sops_encrypted_values"

    def m07(p, e, n, m):
        p[3]["type"] = "something_else_entirely"

    def m08(p, e, n, m):
        e.pop()

    def m09(p, e, n, m):
        i = _find(p, lambda r: r["source"] == "prose")
        r = p[i]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
        s["start"] -= 1
        s["end"] -= 1

    def m10(p, e, n, m):
        _set_value(p[10], p[11]["secrets"][0]["value"])

    def m11(p, e, n, m):
        i = _find(p, lambda r: r["type"] == "valuation_certificate_signing_jwt")
        h, pl, sig = p[i]["secrets"][0]["value"].split(".")
        _set_value(p[i], h + "." + C.b64u(b"{not json at all") + "." + sig)

    def m12(p, e, n, m):
        i = _find(n, lambda r: r["class"] == "job_sheet_and_lot_uuids")
        t = n[i]["text"]
        k = checks215.UUID_RE.search(t).start() + 14
        n[i]["text"] = t[:k] + "1" + t[k + 1:]

    def m13(p, e, n, m):
        i = _find(p, lambda r: r["source"] == "prose")
        p[i]["container"] = p[i]["container"].split("__")[0] + "__deu"

    def m14(p, e, n, m):
        i = _find(p, lambda r: r["source"] == "password")
        t = m["pw_prefix"] + "redis_cli_lower_a_flag"
        p[i]["type"] = t
        p[i]["secrets"][0]["type"] = t
        p[i]["container"] = t + "__" + p[i]["container"].split("__")[1]

    def m15(p, e, n, m):
        i = _find(p, lambda r: r["type"] == "workshop_sensor_nats_user_seed")
        v = p[i]["secrets"][0]["value"]
        _set_value(p[i], v[:-1] + ("A" if v[-1] != "A" else "B"))

    def m16(p, e, n, m):
        i = _find(n, lambda r: r["class"] == "supplier_iban_remittance_details" and "IBAN: GB" in r["text"])
        t = n[i]["text"]
        k = t.index("IBAN: GB") + 8
        d = t[k]
        n[i]["text"] = t[:k] + str((int(d) + 1) % 10) + t[k + 1:]

    def m17(p, e, n, m):
        i = _find(p, lambda r: r["type"] == "restoration_photo_store_api_key")
        v = p[i]["secrets"][0]["value"]
        _set_value(p[i], v[:-1] + ("0" if v[-1] != "0" else "1"))

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_jwt_payload_not_json", m11), ("m12_uuid_not_v4", m12), ("m13_deny_listed_language", m13),
            ("m14_earlier_syntax_name", m14), ("m15_nkey_crc_broken", m15), ("m16_bad_iban_check_digits", m16),
            ("m17_fletcher16_tail_broken", m17)]


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist()
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as fh:
            fh.write(C.dump_json(d))
        print("froze deny-list: %d names, %d syntaxes" % (len(d["names"]), len(d["syntaxes"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    try:
        deny = C.load_denylist(HERE)
    except Exception as ex:
        print("cannot load brief_names.json: %s" % ex)
        return 1
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
        deny_status = "re-extracted from %s and identical" % C.BRIEF_DIR if fresh == deny else "DIFFERENT"
    else:
        deny_status = "%s absent, frozen list used" % C.BRIEF_DIR

    pos1, ev1, neg1, n1 = generate()
    pos2, ev2, neg2, n2 = generate()
    for a, b, name in ((pos1, pos2, "secrets"), (ev1, ev2, "evasions"), (neg1, neg2, "negatives")):
        if jsonl(a) != jsonl(b):
            errors.append("non-deterministic output: " + name)
    meta = meta_for(n1)
    base = checks215.check_all(pos1, ev1, neg1, deny, meta)
    errors += base
    base_set = set(base)
    results = []
    for name, fn in mutations(pos1, ev1, neg1, meta):
        p, e, n, m = copy.deepcopy(pos1), copy.deepcopy(ev1), copy.deepcopy(neg1), copy.deepcopy(meta)
        try:
            fn(p, e, n, m)
            got = set(checks215.check_all(p, e, n, deny, m))
            ok = bool(got - base_set)
        except Exception as ex:
            ok = False
            errors.append("mutation %s crashed: %r" % (name, ex))
        results.append((name, ok))
        if not ok:
            errors.append("mutation test not caught: " + name)
    r1 = readme215.render(pos1, ev1, neg1, deny, meta, results, deny_status)
    r2 = readme215.render(pos2, ev2, neg2, deny, meta_for(n2), results, deny_status)
    if r1 != r2:
        errors.append("README rendering not deterministic")
    if errors:
        print("BUILD FAILED (%d errors); nothing written" % len(errors))
        for x in errors[:200]:
            print(" -", x)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, data in (("secrets.jsonl", jsonl(pos1)), ("evasions.jsonl", jsonl(ev1)), ("negatives.jsonl", jsonl(neg1)),
                       ("README.md", r1.encode("utf-8"))):
        with open(os.path.join(outdir, name), "wb") as fh:
            fh.write(data)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            fh.write(C.dump_json(deny))
    print("ok: secrets %d, evasions %d, negatives %d; mutations %d/%d caught" % (
        len(pos1), len(ev1), len(neg1), sum(ok for _, ok in results), len(results)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
