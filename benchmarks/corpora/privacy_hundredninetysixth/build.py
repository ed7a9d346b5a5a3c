#!/usr/bin/env python3
"""Build the p196 held-out credential corpus.

    python3 build.py [outdir]     generate twice, check, mutation-test, render README, then write
    python3 build.py --freeze     re-extract brief_names.json from /tmp/brief196/
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common196  # noqa: E402
from common196 import PREFIX, Registry, extract_denylist, load_deny, BRIEF_DIR  # noqa: E402
import checks196  # noqa: E402
import everyday196  # noqa: E402
import evasions196  # noqa: E402
import negatives196  # noqa: E402
import positional196  # noqa: E402
import prose196  # noqa: E402
import readme196  # noqa: E402
import vendor196  # noqa: E402

DENY_PATH = os.path.join(HERE, "brief_names.json")


def _ids(recs, kind):
    out = []
    for i, r in enumerate(recs, 1):
        d = {"id": "%s-%s-%04d" % (PREFIX, kind, i)}
        d.update(r)
        out.append(d)
    return out


def generate(deny):
    reg = Registry()
    hidden = []
    pos = []
    pos += everyday196.generate(reg)
    pos += vendor196.generate(reg)
    pos += positional196.generate(reg, hidden)
    pos += prose196.generate(reg, deny)
    evs = evasions196.generate(reg)
    negs = negatives196.generate(list(reg.items))
    return {"secrets": _ids(pos, "s"), "evasions": _ids(evs, "e"), "negatives": _ids(negs, "n"),
            "meta": {"hidden": hidden, "registry_size": len(reg.items)}}


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def mutations(data):
    """(name, mutate(deep copy)) pairs; each must add an error the clean data does not have."""
    def m01(d):
        d["secrets"][3]["secrets"][0]["start"] += 1

    def m02(d):
        d["negatives"][5]["id"] = d["negatives"][4]["id"]

    def m03(d):
        d["negatives"][7]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][10]["secrets"][0]["plain"] += "x"

    def m05(d):
        r = next(r for r in d["secrets"] if r["source"] == "vendor")
        r["container"] = r["type"] + "__" + "kennel_ops_teams_chat_paste"

    def m06(d):
        for r in d["negatives"][:10]:
            r["class"] = "pet_microchip_numbers_iso11784"

    def m07(d):
        d["secrets"][50]["type"] = "some_other_type"

    def m08(d):
        del d["evasions"][-1]

    def m09(d):
        r = next(r for r in d["secrets"] if r["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "x" + r["text"][s["start"]:]

    def m10(d):
        a, b = d["secrets"][10], d["secrets"][300]
        v = a["secrets"][0]["value"]
        s = b["secrets"][0]
        b["text"] = b["text"][:s["start"]] + v + b["text"][s["end"]:]
        b["secrets"][0].update({"value": v, "end": s["start"] + len(v)})

    def m11(d):
        for r in d["evasions"][:3]:
            r["encoding"] = "morse_code_with_capital_asterisk"
            r["secrets"][0]["encoding"] = "morse_code_with_capital_asterisk"

    def m12(d):
        r = d["secrets"][120]
        r["text"] += "\n# again: " + r["secrets"][0]["value"]

    def m13(d):
        r = next(r for r in d["secrets"] if r["type"] == "room_display_panel_jwt")
        s = r["secrets"][0]
        h, p, g = s["value"].split(".")
        v = h + "." + "eyJub3Rqc29u" + p[12:] + "." + g
        r["text"] = r["text"][:s["start"]] + v + r["text"][s["end"]:]
        s.update({"value": v, "end": s["start"] + len(v)})

    def m14(d):
        r = next(r for r in d["secrets"] if r["source"] == "prose")
        r["container"] = r["container"].rsplit("__", 1)[0] + "__fra"

    def m15(d):
        r = next(r for r in d["secrets"] if r["source"] == "password")
        r["type"] = positional196.PFX + "sqlcmd_capital_p_after_capital_u"
        r["secrets"][0]["type"] = r["type"]

    def m16(d):
        r = d["negatives"][30]
        r["text"] += "\nrequest 1b4e28ba-2fa1-11d2-883f-0016d3cca427"

    def m17(d):
        r = next(r for r in d["secrets"] if r["type"] == "package_locker_api_token")
        s = r["secrets"][0]
        v = s["value"][:-1] + ("0" if s["value"][-1] != "0" else "1")
        r["text"] = r["text"][:s["start"]] + v + r["text"][s["end"]:]
        s["value"] = v

    def m18(d):
        r = next(r for r in d["negatives"] if r["class"] == "day_pass_numbers_damm_check")
        import re
        m = re.search(r"Pass no\. (\d{10})", r["text"]) or re.search(r"pass=(\d{10})", r["text"])
        num = m.group(1)
        bad = num[:-1] + str((int(num[-1]) + 1) % 10)
        r["text"] = r["text"].replace(num, bad, 1)

    def m19(d):
        r = next(r for r in d["secrets"] if r["source"] == "prose")
        r["text"] += " " + d["meta"]["hidden"][0]

    def m20(d):
        r = next(r for r in d["secrets"] if r["source"] == "everyday" and r["type"] in everyday196.PW_TYPES)
        s = r["secrets"][0]
        v = s["value"] + "XY"
        r["text"] = r["text"][:s["start"]] + v + r["text"][s["end"]:]
        s.update({"value": v, "end": s["start"] + len(v)})

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
            ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
            ("m10_value_reused", m10), ("m11_deny_listed_encoding", m11), ("m12_value_twice_in_text", m12),
            ("m13_jwt_payload_not_json", m13), ("m14_deny_listed_language", m14), ("m15_earlier_syntax_name", m15),
            ("m16_uuid_not_v4", m16), ("m17_plk_crc16_broken", m17), ("m18_bad_day_pass_damm", m18),
            ("m19_hidden_password_visible", m19), ("m20_everyday_password_wrong_shape", m20)]


def main(argv):
    if argv[1:2] == ["--freeze"]:
        d = extract_denylist(BRIEF_DIR)
        with open(DENY_PATH, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d language codes, %d language names"
              % (len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny = load_deny(DENY_PATH)
    frozen_status = "frozen list used; /tmp/brief196 not present"
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist(BRIEF_DIR)
        stored = {k: v for k, v in deny.items() if not k.startswith("_")}
        if fresh != stored:
            errors.append("brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR)
            frozen_status = "DIFFERS"
        else:
            frozen_status = "re-extracted from %s and identical" % BRIEF_DIR

    d1 = generate(deny)
    d2 = generate(deny)
    for k in ("secrets", "evasions", "negatives"):
        if dumps(d1[k]) != dumps(d2[k]):
            errors.append("generation is not deterministic (%s)" % k)
    base = checks196.check(d1, deny)
    errors += base
    mut = []
    for name, fn in mutations(d1):
        dd = copy.deepcopy(d1)
        try:
            fn(dd)
            new = set(checks196.check(dd, deny)) - set(base)
            caught = bool(new)
        except Exception as ex:   # a mutation that breaks the checker counts as not caught
            caught = False
            new = {"exception %r" % ex}
        mut.append((name, caught))
        if not caught:
            errors.append("mutation %s not caught" % name)
    ctx = {"data": d1, "deny": deny, "mutations": mut, "frozen_status": frozen_status}
    readme = readme196.render(ctx)
    if readme != readme196.render({"data": d2, "deny": deny, "mutations": mut, "frozen_status": frozen_status}):
        errors.append("README rendering not deterministic")
    if errors:
        print("BUILD FAILED, nothing written:")
        for e in errors[:200]:
            print("  -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    files = {"secrets.jsonl": dumps(d1["secrets"]), "evasions.jsonl": dumps(d1["evasions"]),
             "negatives.jsonl": dumps(d1["negatives"]), "README.md": readme}
    for name, content in files.items():
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as fh:
            fh.write(content)
    if os.path.abspath(outdir) != HERE:
        with open(DENY_PATH, encoding="utf-8") as src, open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as dst:
            dst.write(src.read())
    print("wrote %d positives, %d evasions, %d negatives to %s; %d/%d mutations caught"
          % (len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), outdir, sum(c for _, c in mut), len(mut)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
