#!/usr/bin/env python3
"""Deterministic builder of the p204 held-out credential corpus (standard library only).

python3 build.py [outdir]     generate twice, check, mutate, render README, then write
python3 build.py --freeze     re-extract brief_names.json from /tmp/brief204/
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks204  # noqa: E402
import everyday204  # noqa: E402
import evasions204  # noqa: E402
import negatives204  # noqa: E402
import positional204  # noqa: E402
import prose204  # noqa: E402
import readme204  # noqa: E402
import vendor204  # noqa: E402
from common204 import BRIEF_DIR, Registry, dumps_jsonl, extract_denylist  # noqa: E402

DENY_PATH = os.path.join(HERE, "brief_names.json")


def generate():
    reg = Registry()
    pos = everyday204.build(reg) + vendor204.build(reg)
    pw, hidden = positional204.build(reg)
    pos += pw + prose204.build(reg)
    ev = evasions204.build(reg)
    neg = negatives204.build(reg.items)
    for i, r in enumerate(pos):
        r["id"] = "p204-s-%04d" % (i + 1)
    for i, r in enumerate(ev):
        r["id"] = "p204-e-%04d" % (i + 1)
    for i, r in enumerate(neg):
        r["id"] = "p204-n-%04d" % (i + 1)
    return {"secrets": pos, "evasions": ev, "negatives": neg, "hidden": hidden, "registry_size": len(reg.items)}


def serialise(data):
    return {k: dumps_jsonl(data[k]) for k in ("secrets", "evasions", "negatives")}


def load_deny():
    with open(DENY_PATH, encoding="utf-8") as fh:
        return json.load(fh)


# ---------------------------------------------------------------- mutation tests
def _first(recs, pred):
    return next(r for r in recs if pred(r))


def m01(d):
    s = d["secrets"][0]["secrets"][0]
    s["start"] += 1
    s["end"] += 1


def m02(d):
    d["secrets"][5]["id"] = d["secrets"][4]["id"]


def m03(d):
    d["negatives"][3]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]


def m04(d):
    d["evasions"][7]["secrets"][0]["plain"] += "x"


def m05(d):
    r = _first(d["secrets"], lambda r: r["source"] == "vendor")
    r["container"] = r["type"] + "__rescue_api_dotenv_local"


def m06(d):
    for n in d["negatives"][:10]:
        n["class"] = "bto_ring_series_numbers"


def m07(d):
    d["secrets"][10]["type"] = "something_else_entirely"


def m08(d):
    d["evasions"].pop()


def m09(d):
    r = _first(d["secrets"], lambda r: r["source"] == "prose")
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
    s["start"] -= 1
    s["end"] -= 1


def m10(d):
    a = _first(d["secrets"], lambda r: r["type"] == "twilio_auth_token")
    b = _first(d["secrets"], lambda r: r["type"] == "pagerduty_events_integration_key")
    sa, sb = a["secrets"][0], b["secrets"][0]
    b["text"] = b["text"][:sb["start"]] + sa["value"] + b["text"][sb["end"]:]
    sb["value"] = sa["value"]
    sb["end"] = sb["start"] + len(sa["value"])


def m11(d):
    r = _first(d["secrets"], lambda r: r["type"] == "ticketing_session_jwt")
    s = r["secrets"][0]
    h, p, sig = s["value"].split(".")
    bad = h + ".eyJub3QganNvbg." + sig
    r["text"] = r["text"][:s["start"]] + bad + r["text"][s["end"]:]
    s["value"], s["end"] = bad, s["start"] + len(bad)


def m12(d):
    r = _first(d["secrets"], lambda r: r["type"] == "consul_acl_token")
    s = r["secrets"][0]
    v = s["value"]
    bad = v[:14] + "1" + v[15:]
    r["text"] = r["text"].replace(v, bad)
    s["value"] = bad


def m13(d):
    r = _first(d["secrets"], lambda r: r["source"] == "prose")
    r["container"] = r["container"].split("__")[0] + "__deu"


def m14(d):
    n = _first(d["negatives"], lambda n: n["class"] == "iso6346_freight_unit_numbers")
    import re
    m = re.search(r"\b([A-Z]{3}[UJZ]\d{6})(\d)\b", n["text"])
    n["text"] = n["text"].replace(m.group(0), m.group(1) + str((int(m.group(2)) + 1) % 10))


def m15(d):
    r = _first(d["secrets"], lambda r: r["source"] == "password")
    r["type"] = r["secrets"][0]["type"] = "quaypw_mongosh_lower_p_after_lower_u"
    r["container"] = r["type"] + "__ferry_ops_shell_transcript"


def m16(d):
    r = _first(d["secrets"], lambda r: r["type"] == "resident_card_api_token")
    s = r["secrets"][0]
    v = s["value"]
    bad = v[:-1] + ("A" if v[-1] != "A" else "B")
    r["text"] = r["text"].replace(v, bad)
    s["value"] = bad


def m17(d):
    d["negatives"][0]["text"] += "\n" + d["evasions"][0]["secrets"][0]["plain"]


def m18(d):
    r = _first(d["secrets"], lambda r: r["type"].endswith("nmea_proprietary_login_sentence_checksum"))
    i = r["text"].index("*", r["text"].index("$PFRYL"))
    r["text"] = r["text"][:i + 1] + "00" + r["text"][i + 3:]


MUTATIONS = [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
             ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
             ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
             ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
             ("m11_jwt_payload_not_json", m11), ("m12_uuid_not_v4", m12), ("m13_deny_listed_language", m13),
             ("m14_bad_iso6346_check_digit", m14), ("m15_earlier_syntax_name", m15),
             ("m16_rsc_crc_broken", m16), ("m17_evasion_plain_in_negative", m17),
             ("m18_nmea_checksum_broken", m18)]


def run_mutations(data, deny, base_errs):
    results = []
    base = set(base_errs)
    for name, fn in MUTATIONS:
        d = copy.deepcopy(data)
        try:
            fn(d)
            errs = checks204.check(d, deny)
            caught = bool(set(errs) - base)
        except Exception as ex:  # a mutation that crashes the checker counts as not caught
            caught = False
            print("mutation %s raised %r" % (name, ex))
        results.append((name, caught))
    return results


def main(argv):
    if "--freeze" in argv:
        deny = extract_denylist()
        with open(DENY_PATH, "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes" % (len(deny["names"]), len(deny["syntaxes"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny = load_deny()
    deny_note = "not re-extracted (%s absent)" % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR)
            deny_note = "re-extracted from %s and DIFFERENT" % BRIEF_DIR
        else:
            deny_note = "re-extracted from %s and identical" % BRIEF_DIR

    d1, d2 = generate(), generate()
    s1, s2 = serialise(d1), serialise(d2)
    if s1 != s2:
        errors.append("two generations differ")
    errs = checks204.check(d1, deny)
    errors += errs
    muts = run_mutations(d1, deny, errs)
    for name, caught in muts:
        if not caught:
            errors.append("mutation %s not caught" % name)
    r1 = readme204.render(d1, deny, muts, deny_note)
    r2 = readme204.render(d2, deny, muts, deny_note)
    if r1 != r2:
        errors.append("README renders differ")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as fh:
            fh.write(s1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("ok: %d secrets, %d evasions, %d negatives; mutations %d/%d caught"
          % (len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
