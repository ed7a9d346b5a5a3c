#!/usr/bin/env python3
"""Build corpus p227 (sign makers). Usage: python3 build.py [outdir] [--freeze]

Standard library only, fixed seeds, no clock, no network. Generates everything twice, compares bytes, runs every
check and the mutation tests, and writes the files only when all of that passes."""
import copy
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)

import checks227  # noqa: E402
import everyday227  # noqa: E402
import evasions227  # noqa: E402
import negatives227  # noqa: E402
import positional227  # noqa: E402
import prose227  # noqa: E402
import readme227  # noqa: E402
import vendor227  # noqa: E402
from common227 import (BRIEF_DIR, PREFIX, PW_STRICT_SEARCH, Registry, extract_denylist)  # noqa: E402

UUID_ANY = checks227.UUID_SHAPE


def _counter(kind):
    state = {"n": 0}

    def nxt():
        state["n"] += 1
        return "%s-%s-%04d" % (PREFIX, kind, state["n"])
    return nxt


def generate():
    reg = Registry()
    hidden = []
    sid = _counter("s")
    secrets = everyday227.build(reg, sid)
    secrets += vendor227.build(reg, sid)
    secrets += positional227.build(reg, sid, hidden)
    secrets += prose227.build(reg, sid)
    evasions = evasions227.build(reg, _counter("e"), hidden)
    long_items = [s for s in reg.items if len(s) >= 6]

    def reject(text):
        if any(s in text for s in long_items):
            return True
        if PW_STRICT_SEARCH.search(text):
            return True
        for m in UUID_ANY.finditer(text):
            if not checks227.UUID4.match(m.group(0)):
                return True
        return False

    negatives = negatives227.build(_counter("n"), reject)
    meta = {"registry_size": len(reg.items), "vendor_set_aside": sorted(vendor227.SET_ASIDE)}
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "hidden": hidden, "meta": meta}


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# ------------------------------------------------------------------ mutation tests
def _first(recs, pred):
    for r in recs:
        if pred(r):
            return r
    raise LookupError


def _deny_name(deny):
    for n in deny["names"]:
        if re.fullmatch(r"[a-z]+(?:_[a-z0-9]+){2,}", n):
            return n
    return deny["names"][0]


def mutations(deny):
    def m01(d):
        d["secrets"][5]["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][7]["id"] = d["secrets"][6]["id"]

    def m03(d):
        d["negatives"][3]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][10]["secrets"][0]["plain"] += "x"

    def m05(d):
        r = _first(d["secrets"], lambda r: r["source"] == "vendor")
        r["container"] = r["type"] + "__" + _deny_name(deny)

    def m06(d):
        d["negatives"][0]["class"] = _deny_name(deny)

    def m07(d):
        d["secrets"][12]["type"] = d["secrets"][12]["type"] + "_x"

    def m08(d):
        del d["evasions"][-1]

    def m09(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        s = r["secrets"][0]
        t = r["text"]
        r["text"] = t[:s["start"] - 1] + t[s["start"]:]
        s["start"] -= 1
        s["end"] -= 1

    def m10(d):
        a = _first(d["secrets"], lambda r: r["source"] == "password" and "b64" not in r["type"])
        b = [r for r in d["secrets"] if r["source"] == "password" and "b64" not in r["type"]][5]
        v = a["secrets"][0]["value"]
        s = b["secrets"][0]
        b["text"] = b["text"][:s["start"]] + v + b["text"][s["end"]:]
        s["value"], s["end"] = v, s["start"] + len(v)

    def m11(d):
        r = _first(d["secrets"], lambda r: r["type"] == "led_panel_push_token")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m12(d):
        d["negatives"][-1]["text"] += "\nref 1b4e28ba-2fa1-11d2-883f-0016d3cca427\n"

    def m13(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__" + deny["language_codes"][-1]

    def m14(d):
        r = _first(d["secrets"], lambda r: r["source"] == "password")
        syn = deny["syntaxes"][-1]
        r["type"] = positional227.PFX + syn
        r["secrets"][0]["type"] = r["type"]

    def m15(d):
        r = _first(d["negatives"], lambda r: r["container"] == "goods_in_scanner_log")
        m = re.search(r"ean=(\d{13})", r["text"])
        code = m.group(1)
        bad = code[:-1] + str((int(code[-1]) + 1) % 10)
        r["text"] = r["text"].replace(code, bad)

    def m16(d):
        d["negatives"][8]["text"] += "\nthe new one is Banner-qx7k42 btw\n"

    def m17(d):
        r = _first(d["secrets"], lambda r: r["type"] == "installer_app_hs384_jwt")
        s = r["secrets"][0]
        h, p, g = s["value"].split(".")
        nv = h + ".eyJub3QganNvbg." + g
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"], s["end"] = nv, s["start"] + len(nv)

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_fletcher16_tail_broken", m11), ("m12_uuid_not_v4", m12), ("m13_deny_listed_language", m13),
            ("m14_earlier_syntax_name", m14), ("m15_gtin_check_digit_broken", m15),
            ("m16_password_form_in_negative", m16), ("m17_jwt_payload_not_json", m17)]


def run_mutations(data, deny, base_errs):
    base = set(base_errs)
    results = []
    for name, fn in mutations(deny):
        d = copy.deepcopy(data)
        try:
            fn(d)
            errs = checks227.check_all(d, deny)
            caught = bool(set(errs) - base)
        except Exception as e:  # a crash in the checks is not a catch
            caught = False
            errs = ["crash: %r" % e]
        results.append((name, caught))
    return results


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    freeze = "--freeze" in argv
    outdir = os.path.abspath(args[0]) if args else HERE
    frozen_path = os.path.join(HERE, "brief_names.json")
    errors = []
    freeze_note = "no /tmp/brief227 on this machine; frozen list used as is"
    if freeze:
        if not os.path.isdir(BRIEF_DIR):
            print("--freeze needs %s" % BRIEF_DIR)
            return 1
        deny = extract_denylist()
        with open(frozen_path, "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes" % (len(deny["names"]), len(deny["syntaxes"])))
    with open(frozen_path, encoding="utf-8") as f:
        deny = json.load(f)
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR)
            freeze_note = "re-extracted from %s and DIFFERENT" % BRIEF_DIR
        else:
            freeze_note = "re-extracted from %s and identical" % BRIEF_DIR

    d1 = generate()
    d2 = generate()
    for k in ("secrets", "evasions", "negatives"):
        if dumps(d1[k]) != dumps(d2[k]):
            errors.append("generation is not deterministic (%s)" % k)
    errs = checks227.check_all(d1, deny)
    errors += errs
    muts = run_mutations(d1, deny, errs)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test %s was not caught" % name)
    r1 = readme227.render(d1, deny, muts, freeze_note)
    r2 = readme227.render(d2, deny, muts, freeze_note)
    if r1 != r2:
        errors.append("README differs between the two generations")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, k in (("secrets.jsonl", "secrets"), ("evasions.jsonl", "evasions"), ("negatives.jsonl", "negatives")):
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(dumps(d1[k]))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(os.path.join(outdir, "brief_names.json")) != frozen_path:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: %d positives, %d evasions, %d negatives; %d/%d mutation tests caught -> %s" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _, c in muts), len(muts), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
