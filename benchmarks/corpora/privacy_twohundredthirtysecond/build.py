#!/usr/bin/env python3
"""Build corpus p232 (escape rooms). Usage: python3 build.py [outdir] | --freeze"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common232 as cm          # noqa: E402
import everyday232              # noqa: E402
import vendor232                # noqa: E402
import positional232            # noqa: E402
import prose232                 # noqa: E402
import evasions232              # noqa: E402
import negatives232             # noqa: E402
import checks232                # noqa: E402
import readme232                # noqa: E402

DENY_PATH = os.path.join(HERE, "brief_names.json")


def generate():
    reg = cm.Registry()
    pos = everyday232.build(reg)
    pos += vendor232.build(reg)
    pw, hidden = positional232.build(reg)
    pos += pw
    pos += prose232.build(reg)
    eva = evasions232.build(reg)
    neg = negatives232.build(reg)
    out_pos, out_eva, out_neg = [], [], []
    for i, r in enumerate(pos):
        out_pos.append(dict([("id", "%s-s-%04d" % (cm.PREFIX, i + 1))] + list(r.items())))
    for i, r in enumerate(eva):
        out_eva.append(dict([("id", "%s-e-%04d" % (cm.PREFIX, i + 1))] + list(r.items())))
    for i, r in enumerate(neg):
        out_neg.append(dict([("id", "%s-n-%04d" % (cm.PREFIX, i + 1))] + list(r.items())))
    return out_pos, out_eva, out_neg, hidden, len(reg.items)


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def mutations(pos, eva, neg, hidden, deny):
    base = set(checks232.check_all(pos, eva, neg, hidden, deny))

    def first(recs, src=None, typ=None):
        for r in recs:
            if (src is None or r["source"] == src) and (typ is None or r["type"] == typ):
                return r
        raise KeyError

    def m01(p, e, n, h):
        first(p)["secrets"][0]["start"] += 1

    def m02(p, e, n, h):
        p[1]["id"] = p[0]["id"]

    def m03(p, e, n, h):
        n[0]["text"] += " " + p[5]["secrets"][0]["value"]

    def m04(p, e, n, h):
        e[0]["secrets"][0]["plain"] = e[1]["secrets"][0]["plain"]

    def m05(p, e, n, h):
        r = first(p, "vendor")
        r["container"] = r["type"] + "__sign_shop_dotenv_production"

    def m06(p, e, n, h):
        for r in n:
            if r["class"] == n[0]["class"]:
                r["class"] = "bcrypt_and_yescrypt_password_hashes"

    def m07(p, e, n, h):
        p[3]["type"] = p[4]["type"] if p[4]["type"] != p[3]["type"] else "x"

    def m08(p, e, n, h):
        del e[-1]

    def m09(p, e, n, h):
        r = first(p, "prose")
        s = r["secrets"][0]
        t = r["text"]
        r["text"] = t[:s["start"] - 1] + t[s["start"]:]
        s["start"] -= 1
        s["end"] -= 1

    def m10(p, e, n, h):
        a, b = p[0], p[1]
        v = a["secrets"][0]["value"]
        t = b["text"]
        s = b["secrets"][0]
        b["text"] = t[:s["start"]] + v + t[s["end"]:]
        s["value"] = v
        s["end"] = s["start"] + len(v)

    def m11(p, e, n, h):
        r = first(p, "everyday", "maglock_relay_api_key")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m12(p, e, n, h):
        n[0]["text"] += " trace 123e4567-e89b-12d3-a456-426614174000"

    def m13(p, e, n, h):
        r = first(p, "prose")
        r["container"] = r["container"].split("__")[0] + "__spa"

    def m14(p, e, n, h):
        r = first(p, "password")
        t = positional232.PFX + "sshpass_lower_p_flag"
        r["type"] = t
        r["secrets"][0]["type"] = t
        r["container"] = t + "__" + r["container"].split("__")[1]

    def m15(p, e, n, h):
        for r in n:
            if r["class"] == "isbn13_puzzle_book_codes" and r["container"] == "puzzle_book_order_email":
                r["text"] = r["text"].replace("ISBN 978", "ISBN 979", 1)
                return

    def m16(p, e, n, h):
        n[2]["text"] += "\nold one was Lantern_ab3c12"

    def m17(p, e, n, h):
        r = first(p, "everyday", "game_state_hs512_jwt")
        s = r["secrets"][0]
        parts = s["value"].split(".")
        nv = parts[0] + ".eyJub3QganNvbg." + parts[2]
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv
        s["end"] = s["start"] + len(nv)

    def m18(p, e, n, h):
        r = first(p, "everyday", "booking_widget_api_key")
        s = r["secrets"][0]
        v = s["value"]
        d = v[12]
        nv = v[:12] + str((int(d) + 1) % 10) + v[13:]
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m19(p, e, n, h):
        e[5]["secrets"][0]["value"] = e[5]["secrets"][0]["value"][:-1]
        e[5]["secrets"][0]["end"] -= 1

    tests = [m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19]
    names = ["m01_shifted_offset", "m02_duplicate_id", "m03_positive_value_in_negative", "m04_wrong_evasion_plain",
             "m05_deny_listed_vendor_style", "m06_deny_listed_negative_class", "m07_record_span_type_mismatch",
             "m08_missing_evasion", "m09_prose_value_glued", "m10_value_reused", "m11_crc16_tail_broken",
             "m12_uuid_not_v4", "m13_deny_listed_language", "m14_earlier_syntax_name", "m15_isbn_check_digit_broken",
             "m16_password_form_in_negative", "m17_jwt_payload_not_json", "m18_verhoeff_digit_broken",
             "m19_evasion_run_truncated"]
    results = []
    for name, fn in zip(names, tests):
        p, e, n, h = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg), list(hidden)
        fn(p, e, n, h)
        new = set(checks232.check_all(p, e, n, h, deny)) - base
        results.append((name, bool(new)))
    return results


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = cm.extract_denylist()
        with open(DENY_PATH, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("frozen", {k: len(v) for k, v in d.items() if isinstance(v, list)})
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny = cm.load_deny(DENY_PATH)
    frozen_note = "not re-extracted (%s absent)" % cm.BRIEF_DIR
    if os.path.isdir(cm.BRIEF_DIR):
        fresh = cm.extract_denylist()
        with open(DENY_PATH, encoding="utf-8") as f:
            frozen = json.load(f)
        if fresh != frozen:
            errors.append("brief_names.json differs from a fresh extraction of %s" % cm.BRIEF_DIR)
        else:
            frozen_note = "re-extracted from %s and identical" % cm.BRIEF_DIR
    g1 = generate()
    g2 = generate()
    b1 = [dumps(x) for x in g1[:3]]
    b2 = [dumps(x) for x in g2[:3]]
    if b1 != b2:
        errors.append("two generations differ")
    pos, eva, neg, hidden, nreg = g1
    errors += checks232.check_all(pos, eva, neg, hidden, deny)
    mres = mutations(pos, eva, neg, hidden, deny)
    for name, caught in mres:
        if not caught:
            errors.append("mutation %s not caught" % name)
    ctx = dict(pos=pos, eva=eva, neg=neg, deny=deny, mres=mres, frozen_note=frozen_note, nreg=nreg)
    r1 = readme232.render(**ctx)
    ctx2 = dict(ctx, pos=g2[0], eva=g2[1], neg=g2[2], nreg=g2[4])
    r2 = readme232.render(**ctx2)
    if r1 != r2:
        errors.append("README differs between generations")
    if errors:
        for e in errors:
            print("ERROR:", e)
        print("%d errors – nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, data in (("secrets.jsonl", b1[0]), ("evasions.jsonl", b1[1]), ("negatives.jsonl", b1[2]),
                     ("README.md", r1)):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(data)
    if os.path.abspath(outdir) != HERE:
        with open(DENY_PATH, encoding="utf-8") as f:
            dl = f.read()
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            f.write(dl)
    print("ok: %d positives, %d evasions, %d negatives; mutations %d/%d caught; deny-list %s"
          % (len(pos), len(eva), len(neg), sum(c for _, c in mres), len(mres), frozen_note))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
