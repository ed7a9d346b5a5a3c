#!/usr/bin/env python3
"""Build the p213 held-out credential corpus.  python3 build.py [outdir] | --freeze"""
import copy
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks213  # noqa: E402
import everyday213  # noqa: E402
import evasions213  # noqa: E402
import negatives213  # noqa: E402
import positional213  # noqa: E402
import prose213  # noqa: E402
import readme213  # noqa: E402
import vendor213  # noqa: E402
from common213 import PREFIX, BRIEF_DIR, Registry, extract_denylist, jl  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def number(recs, tag, fields):
    out = []
    for i, r in enumerate(recs):
        d = {"id": "%s-%s-%04d" % (PREFIX, tag, i + 1)}
        for f in fields[1:]:
            d[f] = r[f]
        out.append(d)
    return out


def generate():
    reg = Registry()
    ed = everyday213.generate(reg)
    vd = vendor213.generate(reg)
    pw, hidden = positional213.generate(reg)
    pr = prose213.generate(reg)
    ev = evasions213.generate(reg)
    forbidden = [s for s in reg.items if len(s) >= 6] + hidden
    neg = negatives213.generate(reg, forbidden)
    pos = number(ed + vd + pw + pr, "s", checks213.POS_FIELDS)
    ev = number(ev, "e", checks213.EV_FIELDS)
    neg = number(neg, "n", checks213.NEG_FIELDS)
    return {"pos": pos, "ev": ev, "neg": neg, "hidden": hidden, "registry_size": len(reg.items)}


def serialise(data):
    return jl(data["pos"]), jl(data["ev"]), jl(data["neg"])


# ------------------------------------------------------------------ mutation tests
def _first(recs, pred):
    return next(r for r in recs if pred(r))


def _set_value(r, new):
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + new + r["text"][s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)


def m01(d):
    d["pos"][0]["secrets"][0]["start"] += 1


def m02(d):
    d["pos"][1]["id"] = d["pos"][0]["id"]


def m03(d):
    d["neg"][0]["text"] += "\n" + d["pos"][5]["secrets"][0]["value"] + "\n"


def m04(d):
    d["ev"][0]["secrets"][0]["plain"] = d["ev"][0]["secrets"][0]["plain"][:-1] + "Q"


def m05(d):
    r = _first(d["pos"], lambda r: r["source"] == "vendor")
    r["container"] = r["type"] + "__dz_api_dotenv_production"


def m06(d):
    d["neg"][0]["class"] = "metar_and_taf_weather_bulletins"


def m07(d):
    d["pos"][2]["secrets"][0]["type"] = d["pos"][3]["type"] + "_x"


def m08(d):
    d["ev"].pop()


def m09(d):
    r = _first(d["pos"], lambda r: r["source"] == "prose")
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
    s["start"] -= 1
    s["end"] -= 1


def m10(d):
    a = _first(d["pos"], lambda r: r["type"] == "sar_gps_tracker_ingest_token")
    b = [r for r in d["pos"] if r["type"] == "sar_gps_tracker_ingest_token"][1]
    _set_value(b, a["secrets"][0]["value"])


def m11(d):
    r = _first(d["pos"], lambda r: r["source"] == "password")
    r["type"] = r["secrets"][0]["type"] = positional213.PREFIX + "wget_ftp_url_userinfo"


def m12(d):
    r = _first(d["pos"], lambda r: r["type"] == "sar_gps_tracker_ingest_token")
    v = r["secrets"][0]["value"]
    _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))


def m13(d):
    d["neg"][3]["text"] += "ref 1b4e28ba-2fa1-11d2-883f-0016d3cca427\n"


def m14(d):
    r = _first(d["neg"], lambda r: r["class"] == "station_shop_gtin13_barcodes")
    import re
    g = re.findall(r"\b50\d{11}\b", r["text"])[0]
    r["text"] = r["text"].replace(g, g[:12] + str((int(g[12]) + 1) % 10), 1)


def m15(d):
    d["neg"][7]["text"] += d["hidden"][0] + "\n"


def m16(d):
    r = _first(d["pos"], lambda r: r["type"] == "mutual_aid_request_jwt")
    v = r["secrets"][0]["value"]
    h, p, s = v.split(".")
    _set_value(r, h + ".eyJub3QganNvbg." + s)


def m17(d):
    r = _first(d["pos"], lambda r: r["type"].endswith("kit_locker_fixed_width_cols_41_to_60"))
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + " " + r["text"][s["start"]:]
    s["start"] += 1
    s["end"] += 1


def m18(d):
    d["ev"][4]["encoding"] = d["ev"][4]["secrets"][0]["encoding"] = "rot_thirteen_mystery"


def m19(d):
    r = _first(d["pos"], lambda r: r["source"] == "prose")
    r["container"] = r["container"].split("__")[0] + "__fra"


def m20(d):
    r = _first(d["pos"], lambda r: r["type"] == "callout_gateway_api_key")
    v = r["secrets"][0]["value"]
    body, chk = v[:-1], v[-1]
    _set_value(r, body + ("A" if chk != "A" else "B"))


MUTATIONS = [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
             ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
             ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
             ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
             ("m11_earlier_syntax_name", m11), ("m12_adler32_tail_broken", m12), ("m13_uuid_not_v4", m13),
             ("m14_bad_gtin13_check_digit", m14), ("m15_hidden_password_in_negative", m15),
             ("m16_jwt_payload_not_json", m16), ("m17_fixed_width_column_shift", m17),
             ("m18_unknown_encoding", m18), ("m19_deny_listed_language", m19),
             ("m20_crockford_check_broken", m20)]


def run_mutations(data, deny, base_errs):
    base = set(base_errs)
    results = []
    for name, fn in MUTATIONS:
        d = copy.deepcopy(data)
        fn(d)
        errs = set(checks213.check_all(d, deny))
        results.append((name, bool(errs - base)))
    return results


def load_deny():
    with open(DENY_FILE, encoding="utf-8") as fh:
        frozen = json.load(fh)
    note = "frozen copy used (no %s on this machine)" % BRIEF_DIR
    errs = []
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        if fresh != frozen:
            errs.append("brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR)
            note = "re-extracted from %s and DIFFERENT" % BRIEF_DIR
        else:
            note = "re-extracted from %s and identical" % BRIEF_DIR
    return frozen, note, errs


def main(argv):
    if argv and argv[0] == "--freeze":
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(extract_denylist(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze", DENY_FILE)
        return 0
    outdir = argv[0] if argv else HERE
    deny, deny_note, errs = load_deny()
    d1 = generate()
    d2 = generate()
    b1, b2 = serialise(d1), serialise(d2)
    if b1 != b2:
        errs.append("determinism: two generations differ")
    errs += checks213.check_all(d1, deny)
    muts = run_mutations(d1, deny, errs)
    for name, caught in muts:
        if not caught:
            errs.append("mutation %s not caught" % name)
    r1 = readme213.render(d1, deny, deny_note, muts)
    r2 = readme213.render(d2, deny, deny_note, muts)
    if r1 != r2:
        errs.append("determinism: README differs between generations")
    if errs:
        for e in errs[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errs))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fname, body in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), b1):
        with open(os.path.join(outdir, fname), "w", encoding="utf-8") as fh:
            fh.write(body)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote %d positives, %d evasions, %d negatives to %s (mutations %d/%d caught)"
          % (len(d1["pos"]), len(d1["ev"]), len(d1["neg"]), outdir, sum(c for _, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
