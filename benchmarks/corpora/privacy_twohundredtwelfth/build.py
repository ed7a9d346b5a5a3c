#!/usr/bin/env python3
"""Build corpus p212: python3 build.py [outdir] | python3 build.py --freeze"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks212  # noqa: E402
import everyday212  # noqa: E402
import evasions212  # noqa: E402
import negatives212  # noqa: E402
import positional212  # noqa: E402
import prose212  # noqa: E402
import readme212  # noqa: E402
import vendor212  # noqa: E402
from common212 import BRIEF_DIR, Registry, dumps, extract_denylist  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def generate():
    reg = Registry()
    pos = everyday212.build(reg, 1)
    pos += vendor212.build(reg, len(pos) + 1)
    pw, hidden = positional212.build(reg, len(pos) + 1)
    pos += pw
    pos += prose212.build(reg, len(pos) + 1)
    eva = evasions212.build(reg, 1)
    forbidden = [s for s in reg.items if len(s) >= 6] + hidden
    neg = negatives212.build(forbidden, 1)
    return {"secrets": pos, "evasions": eva, "negatives": neg, "hidden": hidden, "registry_size": len(reg.items)}


def serialise(data):
    return {k: ("\n".join(dumps(r) for r in data[k]) + "\n").encode("utf-8") for k in ("secrets", "evasions", "negatives")}


def load_denylist():
    notes = []
    frozen = json.load(open(FROZEN, encoding="utf-8")) if os.path.exists(FROZEN) else None
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist(BRIEF_DIR)
        if frozen is None:
            return None, ["brief_names.json missing; run with --freeze"]
        if fresh != frozen:
            return None, ["brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR]
        notes.append("re-extracted from %s and identical" % BRIEF_DIR)
    else:
        if frozen is None:
            return None, ["brief_names.json missing and %s absent" % BRIEF_DIR]
        notes.append("%s absent; frozen list used" % BRIEF_DIR)
    return frozen, notes


def mutations(data, dl):
    base = set(checks12(data, dl))
    results = []

    def mut(name, fn):
        d = copy.deepcopy(data)
        fn(d)
        new = set(checks12(d, dl)) - base
        results.append((name, bool(new)))

    pos, eva, neg = "secrets", "evasions", "negatives"

    def m01(d):
        d[pos][5]["secrets"][0]["start"] += 1

    def m02(d):
        d[pos][7]["id"] = d[pos][6]["id"]

    def m03(d):
        d[neg][3]["text"] += "\n" + d[pos][200]["secrets"][0]["value"]

    def m04(d):
        d[eva][10]["secrets"][0]["plain"] = d[eva][10]["secrets"][0]["plain"][:-1] + "Q"

    def m05(d):
        r = [r for r in d[pos] if r["source"] == "vendor"][0]
        r["container"] = r["type"] + "__repair_api_dotenv_prod"

    def m06(d):
        d[neg][0]["class"] = "part_skus_and_gtin_barcodes"

    def m07(d):
        d[pos][3]["type"] = d[pos][4]["type"] if d[pos][4]["type"] != d[pos][3]["type"] else "other"

    def m08(d):
        del d[eva][-1]

    def m09(d):
        r = [r for r in d[pos] if r["source"] == "prose"][0]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
        s["start"] -= 1
        s["end"] -= 1

    def m10(d):
        a, b = d[pos][20], d[pos][21]
        v = a["secrets"][0]["value"]
        old = b["secrets"][0]["value"]
        b["text"] = b["text"].replace(old, v)
        b["secrets"][0]["value"] = v
        b["secrets"][0]["end"] = b["secrets"][0]["start"] + len(v)

    def m11(d):
        r = [r for r in d[pos] if r["type"] == "stock_transfer_sync_jwt"][0]
        s = r["secrets"][0]
        h, p, sig = s["value"].split(".")
        nv = h + ".eyJub3QganNvbg." + sig
        r["text"] = r["text"].replace(s["value"], nv)
        s["value"] = nv
        s["end"] = s["start"] + len(nv)

    def m12(d):
        n = [n for n in d[neg] if n["class"] == "hire_booking_and_return_ids"][0]
        import re
        m = re.search(r"[0-9a-f]{8}-[0-9a-f]{4}-4", n["text"])
        n["text"] = n["text"][:m.end() - 1] + "1" + n["text"][m.end():]

    def m13(d):
        r = [r for r in d[pos] if r["source"] == "prose"][2]
        r["container"] = r["container"].split("__")[0] + "__fra"

    def m14(d):
        r = [r for r in d[pos] if r["source"] == "password"][0]
        r["type"] = r["secrets"][0]["type"] = "gownpw_curl_lower_u_user_colon_pair"

    def m15(d):
        r = [r for r in d[pos] if r["type"] == "garment_rfid_reader_api_key"][0]
        s = r["secrets"][0]
        nv = s["value"][:-1] + ("0" if s["value"][-1] != "0" else "1")
        r["text"] = r["text"].replace(s["value"], nv)
        s["value"] = nv

    def m16(d):
        n = [n for n in d[neg] if n["class"] == "garment_gtin_and_ean8_barcodes"][0]
        import re
        m = re.search(r"\b50\d{11}\b", n["text"])
        g = m.group(0)
        bad = g[:-1] + str((int(g[-1]) + 1) % 10)
        n["text"] = n["text"].replace(g, bad)

    for name, fn in [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
                     ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
                     ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
                     ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
                     ("m11_jwt_payload_not_json", m11), ("m12_uuid_not_v4", m12), ("m13_deny_listed_language", m13),
                     ("m14_earlier_syntax_name", m14), ("m15_adler32_tail_broken", m15),
                     ("m16_bad_gtin13_check_digit", m16)]:
        mut(name, fn)
    return results


def checks12(d, dl):
    return checks212.run_checks(d, dl)


def main(argv):
    if "--freeze" in argv:
        dl = extract_denylist(BRIEF_DIR)
        with open(FROZEN, "w", encoding="utf-8") as fh:
            json.dump(dl, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(dl["names"]), len(dl["syntaxes"]), len(dl["language_codes"]), len(dl["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errs = []
    dl, notes = load_denylist()
    if dl is None:
        print("\n".join(notes))
        return 1
    a = generate()
    b = generate()
    sa, sb = serialise(a), serialise(b)
    if sa != sb:
        errs.append("two generations differ")
    errs += checks12(a, dl)
    muts = mutations(a, dl)
    for name, caught in muts:
        if not caught:
            errs.append("mutation not caught: %s" % name)
    ra = readme212.render(a, dl, notes, muts)
    rb = readme212.render(b, dl, notes, muts)
    if ra != rb:
        errs.append("README renders differ")
    if errs:
        print("BUILD FAILED (%d errors); nothing written" % len(errs))
        for e in errs[:80]:
            print(" -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(sa[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(ra)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(dl, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("ok: %d positives, %d evasions, %d negatives; mutations %d/%d caught; deny-list %s" % (
        len(a["secrets"]), len(a["evasions"]), len(a["negatives"]), sum(c for _, c in muts), len(muts), "; ".join(notes)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
