#!/usr/bin/env python3
"""Build corpus p193 (bookshop, comic-store and second-hand-book dealer developers).

python3 build.py [outdir]     generate twice, check, mutate, render README, then write
python3 build.py --freeze     re-extract brief_names.json from /tmp/brief193/
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common193  # noqa: E402
import everyday193  # noqa: E402
import vendor193  # noqa: E402
import positional193  # noqa: E402
import prose193  # noqa: E402
import evasions193  # noqa: E402
import negatives193  # noqa: E402
import checks193  # noqa: E402
import readme193  # noqa: E402


def generate():
    reg = common193.Registry()
    hidden = []
    pos = []
    pos += everyday193.build(reg, 1)
    pos += vendor193.build(reg, len(pos) + 1)
    pos += positional193.build(reg, len(pos) + 1, hidden)
    pos += prose193.build(reg, len(pos) + 1)
    eva = evasions193.build(reg, 1)
    neg = negatives193.build(reg, 1)
    return {"secrets": pos, "evasions": eva, "negatives": neg, "hidden": hidden, "registry_size": len(reg.items)}


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def mutations(data, deny):
    """Each mutation works on a deep copy and must add an error the clean data does not have."""
    base = set(checks193.check(data, deny))
    out = []

    def m01(d):
        d["secrets"][5]["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][7]["id"] = d["secrets"][6]["id"]

    def m03(d):
        d["negatives"][3]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][10]["secrets"][0]["plain"] += "x"

    def m05(d):
        r = next(x for x in d["secrets"] if x["source"] == "vendor")
        r["container"] = r["type"] + "__bingo_volunteer_whatsapp_paste"

    def m06(d):
        for n in d["negatives"][:10]:
            n["class"] = "loyalty_card_numbers_with_luhn"

    def m07(d):
        d["secrets"][20]["type"] = "isbn_stock_db_password_x"

    def m08(d):
        d["evasions"].pop()

    def m09(d):
        r = next(x for x in d["secrets"] if x["source"] == "prose")
        sp = r["secrets"][0]
        s = sp["start"]
        r["text"] = r["text"][:s - 1] + r["text"][s:]
        sp["start"] -= 1
        sp["end"] -= 1

    def m10(d):
        a, b = d["secrets"][30], d["secrets"][31]
        v = a["secrets"][0]["value"]
        sp = b["secrets"][0]
        b["text"] = b["text"][:sp["start"]] + v + b["text"][sp["end"]:]
        sp["value"] = v
        sp["end"] = sp["start"] + len(v)

    def m11(d):
        for r in d["evasions"][:3]:
            r["encoding"] = "atbash_letters_and_digits"
            r["secrets"][0]["encoding"] = "atbash_letters_and_digits"

    def m12(d):
        r = d["secrets"][40]
        r["text"] += "\n# again: " + r["secrets"][0]["value"] + "\n"

    def m13(d):
        r = next(x for x in d["secrets"] if x["type"] == "book_club_member_api_jwt")
        sp = r["secrets"][0]
        h, p, s = sp["value"].split(".")
        nv = h + ".eyJub3QganNvbg." + s
        r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
        sp["value"] = nv
        sp["end"] = sp["start"] + len(nv)

    def m14(d):
        r = next(x for x in d["secrets"] if x["source"] == "prose")
        r["container"] = r["container"].rsplit("__", 1)[0] + "__deu"

    def m15(d):
        r = next(x for x in d["secrets"] if x["source"] == "password")
        r["type"] = common193.POS_PREFIX + "redis_cli_lower_a_flag"
        r["secrets"][0]["type"] = r["type"]

    def m16(d):
        r = next(x for x in d["secrets"] if x["type"] == "special_order_tracking_token")
        sp = r["secrets"][0]
        v = sp["value"]
        nv = v[:-1] + ("A" if v[-1] != "A" else "B")
        r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
        sp["value"] = nv

    def m17(d):
        d["negatives"][0]["text"] += "\nrequest 123e4567-e89b-12d3-a456-426614174000\n"

    def m18(d):
        n = next(x for x in d["negatives"] if x["class"] == "book_club_card_numbers_luhn_valid")
        import re
        m = re.search(r"\b(6034\d{12})\b", n["text"])
        num = m.group(1)
        bad = num[:-1] + str((int(num[-1]) + 1) % 10)
        n["text"] = n["text"].replace(num, bad)

    def m19(d):
        r = next(x for x in d["secrets"] if x["type"].endswith("npmrc_underscore_auth_b64_pair"))
        import base64
        sp = r["secrets"][0]
        nv = base64.b64encode(b"stockbot:not-a-strict-pw").decode()
        r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
        sp["value"] = nv
        sp["end"] = sp["start"] + len(nv)

    def m20(d):
        r = next(x for x in d["secrets"] if x["source"] == "everyday" and x["type"] == "bookshop_epos_manager_password")
        sp = r["secrets"][0]
        nv = "hunter2"
        r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
        sp["value"] = nv
        sp["end"] = sp["start"] + len(nv)

    for name, fn in [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
                     ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
                     ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
                     ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
                     ("m11_deny_listed_encoding", m11), ("m12_value_twice_in_text", m12),
                     ("m13_jwt_payload_not_json", m13), ("m14_deny_listed_language", m14),
                     ("m15_earlier_syntax_name", m15), ("m16_spo_crc_broken", m16), ("m17_uuid_not_v4", m17),
                     ("m18_bad_club_card_luhn", m18), ("m19_base64_span_hides_bad_password", m19),
                     ("m20_everyday_password_wrong_shape", m20)]:
        d = copy.deepcopy(data)
        fn(d)
        errs = set(checks193.check(d, deny))
        out.append((name, bool(errs - base)))
    return out


def main(argv):
    if "--freeze" in argv:
        deny = common193.extract_denylist()
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names" % len(deny["names"]))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny = common193.load_denylist(HERE)
    deny_status = "not re-extracted (/tmp/brief193 absent)"
    if os.path.isdir(common193.BRIEF_DIR):
        fresh = common193.extract_denylist()
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of /tmp/brief193")
        deny_status = "re-extracted from /tmp/brief193 and identical" if fresh == deny else "DIFFERS"

    d1 = generate()
    d2 = generate()
    files1 = {k: jsonl(d1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: jsonl(d2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("generation is not deterministic for %s" % k)
    errors += checks193.check(d1, deny)
    muts = mutations(d1, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation %s not caught" % name)
    readme1 = readme193.render(d1, deny, muts, deny_status)
    readme2 = readme193.render(d2, deny, muts, deny_status)
    if readme1 != readme2:
        errors.append("README rendering is not deterministic")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("ok: %d secrets, %d evasions, %d negatives; mutations %d/%d caught"
          % (len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
