#!/usr/bin/env python3
"""Deterministic builder of corpus p220. Usage: python3 build.py [outdir] | --freeze"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common220 as C  # noqa: E402
import everyday220  # noqa: E402
import vendor220  # noqa: E402
import positional220  # noqa: E402
import prose220  # noqa: E402
import evasions220  # noqa: E402
import negatives220  # noqa: E402
import checks220  # noqa: E402
import readme220  # noqa: E402


def generate():
    reg = C.Registry()
    sec = []
    sec += everyday220.records(C.PREFIX, reg, 1)
    sec += vendor220.records(C.PREFIX, reg, len(sec) + 1)
    sec += positional220.records(C.PREFIX, reg, len(sec) + 1)
    sec += prose220.records(C.PREFIX, reg, len(sec) + 1)
    eva = evasions220.records(C.PREFIX, reg)
    neg = negatives220.records(C.PREFIX, reg)
    return {"secrets": sec, "evasions": eva, "negatives": neg, "hidden": list(reg.hidden),
            "registry_size": len(reg.items)}


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def load_deny():
    deny = C.load_denylist(HERE)
    status = "frozen copy used (%s not present)" % C.BRIEF_DIR
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != deny:
            return None, "re-extracted deny-list differs from brief_names.json"
        status = "re-extracted from %s and identical" % C.BRIEF_DIR
    deny["_nameset"] = set(deny["names"])
    return deny, status


def mutations(data, deny):
    """Each mutation works on a deep copy and must add an error the clean data does not have."""
    base = set(checks220.check(data, deny))
    out = []

    def run(name, fn):
        d = copy.deepcopy(data)
        fn(d)
        new = set(checks220.check(d, deny)) - base
        out.append((name, bool(new)))

    def m01(d):
        d["secrets"][5]["secrets"][0]["start"] += 1
    def m02(d):
        d["negatives"][3]["id"] = d["negatives"][2]["id"]
    def m03(d):
        d["negatives"][0]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]
    def m04(d):
        d["evasions"][7]["secrets"][0]["plain"] = "arm_" + "Q" * 16
    def m05(d):
        r = [x for x in d["secrets"] if x["source"] == "vendor"][0]
        r["container"] = r["type"] + "__dealer_whatsapp_message_paste"
    def m06(d):
        for r in d["negatives"][:10]:
            r["class"] = "tls_certificate_fingerprints"
    def m07(d):
        d["secrets"][10]["type"] = "something_else"
    def m08(d):
        d["evasions"].pop()
    def m09(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][0]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "#" + r["text"][s["start"]:]
    def m10(d):
        a, b = d["secrets"][1], d["secrets"][2]
        s = b["secrets"][0]
        b["text"] = b["text"][:s["start"]] + a["secrets"][0]["value"] + b["text"][s["end"]:]
        s["end"] = s["start"] + len(a["secrets"][0]["value"])
        s["value"] = a["secrets"][0]["value"]
    def m11(d):
        r = [x for x in d["secrets"] if x["type"] == "scoring_controller_hs512_jwt"][0]
        s = r["secrets"][0]
        h, p, g = s["value"].split(".")
        nv = h + ".eyJub3QganNvbg." + g
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["end"] = s["start"] + len(nv)
        s["value"] = nv
    def m12(d):
        r = [x for x in d["negatives"] if x["class"] == "waiver_and_booking_reference_ids"][0]
        import re
        u = checks220.UUID_ANY.search(r["text"]).group(0)
        r["text"] = r["text"].replace(u, u[:14] + "1" + u[15:])
    def m13(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][0]
        r["container"] = r["container"].split("__")[0] + "__fra"
    def m14(d):
        r = [x for x in d["secrets"] if x["source"] == "password"][0]
        old = r["type"]
        new = positional220.PW_PREFIX + "htpasswd_batch_third_positional"
        r["type"] = new
        r["secrets"][0]["type"] = new
        r["container"] = r["container"].replace(old, new)
    def m15(d):
        r = [x for x in d["secrets"] if x["type"] == "timing_decoder_api_key"][0]
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + ("A" if v[-1] != "A" else "B")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv
    def m16(d):
        r = [x for x in d["negatives"] if x["class"] == "membership_card_ean13_barcodes"][0]
        import re
        m = re.search(r"(?<!\d)50\d{11}(?!\d)", r["text"]).group(0)
        r["text"] = r["text"].replace(m, m[:12] + str((int(m[12]) + 1) % 10))
    def m17(d):
        r = [x for x in d["secrets"] if x["type"] == "laser_arena_age_secret_key"][0]
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + ("Q" if v[-1] != "Q" else "P")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv
    def m18(d):
        d["negatives"][5]["text"] += "\n" + d["hidden"][0]

    for name, fn in [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
                     ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
                     ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
                     ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
                     ("m11_jwt_payload_not_json", m11), ("m12_uuid_not_v4", m12), ("m13_deny_listed_language", m13),
                     ("m14_earlier_syntax_name", m14), ("m15_crc32_tail_broken", m15), ("m16_bad_ean13_check_digit", m16),
                     ("m17_bech32_checksum_broken", m17), ("m18_hidden_plain_in_negative", m18)]:
        run(name, fn)
    return out


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = C.extract_denylist()
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("frozen deny-list: %d names, %d syntaxes" % (len(d["names"]), len(d["syntaxes"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny, deny_status = load_deny()
    if deny is None:
        print("ERROR:", deny_status)
        return 1
    a = generate()
    b = generate()
    for k in ("secrets", "evasions", "negatives"):
        if dumps(a[k]) != dumps(b[k]):
            errors.append("non-deterministic output: " + k)
    errors += checks220.check(a, deny)
    muts = mutations(a, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: " + name)
    errors += ["enc220 block check: " + e for e in __import__("enc220").check_blocks()]
    ra = readme220.render(a, deny, deny_status, muts)
    rb = readme220.render(b, deny, deny_status, muts)
    if ra != rb:
        errors.append("README not deterministic")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k in ("secrets", "evasions", "negatives"):
        with open(os.path.join(outdir, k + ".jsonl"), "wb") as f:
            f.write(dumps(a[k]))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(ra)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            d = {k: v for k, v in deny.items() if k != "_nameset"}
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: %d secrets, %d evasions, %d negatives, %d/%d mutations caught; deny-list %s" % (
        len(a["secrets"]), len(a["evasions"]), len(a["negatives"]), sum(c for _, c in muts), len(muts), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
