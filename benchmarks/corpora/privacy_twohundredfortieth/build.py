#!/usr/bin/env python3
"""Build corpus p240 (choirs and orchestras): python3 build.py [outdir]   |   python3 build.py --freeze

Generates everything twice in one process, compares bytes, runs all checks and the mutation tests, renders the
README from both generations, and only then writes the files. On any failure it prints the errors, writes
nothing and exits 1. Standard library only; fixed seeds; no clock; no network."""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common240
from common240 import Registry, PW_FORM_IN_TEXT, UUID_RE, JWT_RE, is_uuid4, jdump, BRIEF_DIR, Deny
import everyday240
import vendor240
import positional240
import prose240
import evasions240
import negatives240
import checks240
import readme240

DENY_FILE = os.path.join(HERE, "brief_names.json")


def load_deny():
    notes = []
    with open(DENY_FILE, encoding="utf-8") as f:
        frozen = json.load(f)
    errs = []
    if os.path.isdir(BRIEF_DIR):
        fresh = common240.extract_denylist(BRIEF_DIR)
        if fresh != frozen:
            errs.append("brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR)
            notes.append("re-extracted from %s and DIFFERENT" % BRIEF_DIR)
        else:
            notes.append("re-extracted from %s and identical" % BRIEF_DIR)
    else:
        notes.append("%s absent; frozen list used as is" % BRIEF_DIR)
    return frozen, errs, notes


def generate():
    reg = Registry()
    ev = everyday240.generate(reg)
    ve, neighbours = vendor240.generate(reg)
    pw = positional240.generate(reg)
    pr = prose240.generate(reg)
    pos = ev + ve + pw + pr
    eva = evasions240.generate(reg)
    secret_strings = [s for s in reg.items if len(s) >= 6 and s not in reg.public]

    def bad(text):
        if PW_FORM_IN_TEXT.search(text):
            return True
        if any(not is_uuid4(u) for u in UUID_RE.findall(text)):
            return True
        if JWT_RE.search(text):
            return True
        return any(s in text for s in secret_strings)

    neg = negatives240.generate(bad)
    out_pos = []
    for i, r in enumerate(pos):
        out_pos.append(dict([("id", "p240-s-%04d" % (i + 1))] + list(r.items())))
    out_eva = []
    for i, r in enumerate(eva):
        out_eva.append(dict([("id", "p240-e-%04d" % (i + 1))] + list(r.items())))
    out_neg = []
    for i, r in enumerate(neg):
        out_neg.append(dict([("id", "p240-n-%04d" % (i + 1))] + list(r.items())))
    meta = {"neighbours": neighbours, "registry": len(reg.items), "public": len(reg.public)}
    return out_pos, out_eva, out_neg, meta


def _set_value(r, new):
    s = r["secrets"][0]
    t = r["text"]
    r["text"] = t[:s["start"]] + new + t[s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)


def _flip_digit(ch):
    return "0123456789"[(int(ch) + 1) % 10]


def mutations(deny, pos, eva, neg):
    """Each mutation works on deep copies and must add an error the clean data does not have."""
    d = Deny(deny)
    earlier_kind = next(n for n in deny["names"] if n.endswith("_env_local"))
    earlier_class = next(n for n in deny["names"] if n.endswith("_metadata_dumps") or n.endswith("_charting_notes"))
    earlier_enc = next(n for n in deny["names"] if n.endswith("_numeral_code_points"))
    earlier_syntax = sorted(deny["syntaxes"])[0]
    earlier_code = sorted(deny["language_codes"])[-1]

    def m01(p, e, n):
        p[0]["secrets"][0]["start"] += 1

    def m02(p, e, n):
        s = p[200]["secrets"][0]
        s["value"] = s["value"][:-1]

    def m03(p, e, n):
        p[5]["text"] += "\n" + p[6]["secrets"][0]["value"]

    def m04(p, e, n):
        n[3]["text"] += " " + p[310]["secrets"][0]["value"]

    def m05(p, e, n):
        s = e[7]["secrets"][0]
        s["plain"] = s["plain"][:-1] + ("x" if s["plain"][-1] != "x" else "y")

    def m06(p, e, n):
        p[1]["container"] = earlier_kind

    def m07(p, e, n):
        n[0]["class"] = earlier_class

    def m08(p, e, n):
        e[0]["encoding"] = earlier_enc
        e[0]["secrets"][0]["encoding"] = earlier_enc

    def m09(p, e, n):
        del n[179:]

    def m10(p, e, n):
        r = next(r for r in p if r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__" + earlier_code

    def m11(p, e, n):
        r = next(r for r in p if r["type"] == "box_office_damm_sales_key")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:14] + _flip_digit(v[14]) + v[15:])

    def m12(p, e, n):
        n[10]["text"] += "\ntrace 123e4567-e89b-12d3-a456-426614174000\n"

    def m13(p, e, n):
        p[3]["secrets"].append(dict(p[3]["secrets"][0]))

    def m14(p, e, n):
        r = next(r for r in p if r["source"] == "password")
        r["type"] = positional240.PREFIX + earlier_syntax
        r["secrets"][0]["type"] = r["type"]

    def m15(p, e, n):
        r = next(r for r in p if r["type"] == "seat_map_webhook_adler32_secret")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    def m16(p, e, n):
        n[20]["text"] += "\nold till login was Motet-qz7a19 (retired)\n"

    tests = [("m01_shifted_span_start", m01), ("m02_truncated_value", m02), ("m03_value_reused_in_other_text", m03),
             ("m04_positive_value_in_negative", m04), ("m05_evasion_plain_corrupted", m05),
             ("m06_deny_listed_container", m06), ("m07_deny_listed_negative_class", m07),
             ("m08_deny_listed_encoding", m08), ("m09_negatives_below_180", m09), ("m10_deny_listed_language", m10),
             ("m11_damm_digit_broken", m11), ("m12_non_v4_uuid", m12), ("m13_two_spans", m13),
             ("m14_earlier_syntax_name", m14), ("m15_adler32_tail_broken", m15),
             ("m16_password_form_in_negative", m16)]
    clean = set(checks240.run_all(d, pos, eva, neg))
    results = []
    for name, fn in tests:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        fn(p, e, n)
        new = set(checks240.run_all(d, p, e, n)) - clean
        results.append((name, bool(new)))
    return results


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = common240.extract_denylist(BRIEF_DIR)
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny, errs, deny_notes = load_deny()

    a = generate()
    b = generate()
    files_a = [jdump(x) for x in a[:3]]
    files_b = [jdump(x) for x in b[:3]]
    if files_a != files_b:
        errs.append("two generations differ (non-deterministic build)")
    pos, eva, neg, meta = a
    errs += checks240.run_all(Deny(deny), pos, eva, neg)
    mres = mutations(deny, pos, eva, neg)
    for name, caught in mres:
        if not caught:
            errs.append("mutation not caught: " + name)
    readme_a = readme240.render(pos, eva, neg, meta, deny, deny_notes, mres, len(errs))
    readme_b = readme240.render(b[0], b[1], b[2], b[3], deny, deny_notes, mres, len(errs))
    if readme_a != readme_b:
        errs.append("README differs between generations")
    if errs:
        for e in errs:
            print("ERROR:", e)
        print("%d error(s); nothing written" % len(errs))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, content in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], files_a):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(content)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme_a)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d positives, %d evasions, %d negatives to %s; mutations caught %d/%d" % (
        len(pos), len(eva), len(neg), outdir, sum(1 for _n, c in mres if c), len(mres)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
