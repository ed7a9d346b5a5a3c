#!/usr/bin/env python3
"""Build the p216 held-out credential corpus.

python3 build.py [outdir]   generate twice, check, mutation-test, then write
python3 build.py --freeze   re-extract brief_names.json from /tmp/brief216/
"""
import copy
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks216  # noqa: E402
import everyday216  # noqa: E402
import evasions216  # noqa: E402
import negatives216  # noqa: E402
import positional216  # noqa: E402
import prose216  # noqa: E402
import readme216  # noqa: E402
import vendor216  # noqa: E402
from common216 import (BRIEF_DIR, Registry, extract_denylist, make_record,  # noqa: E402
                       prepare_deny)

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = Registry()
    pos = []

    def add(rtype, container, text, start, value, source):
        pos.append(make_record("p216-s-%04d" % (len(pos) + 1), rtype, container, text, start, value, source))

    for t, k, text, start, v in everyday216.build(reg):
        add(t, k, text, start, v, "everyday")
    for t, k, text, start, v in vendor216.build(reg):
        add(t, k, text, start, v, "vendor")
    prec, hidden = positional216.build(reg)
    for t, k, text, start, v, _pw in prec:
        add(t, k, text, start, v, "password")
    for t, k, text, start, v, _c, _n in prose216.build(reg):
        add(t, k, text, start, v, "prose")
    eva = []
    for t, k, enc, text, start, run, plain in evasions216.build(reg):
        eva.append({"id": "p216-e-%04d" % (len(eva) + 1), "type": t, "container": k, "encoding": enc, "text": text,
                    "secrets": [{"value": run, "start": start, "end": start + len(run), "type": t,
                                 "plain": plain, "encoding": enc}],
                    "source": "evasion"})
    neg = []
    for c, k, text in negatives216.build(reg, hidden):
        neg.append({"id": "p216-n-%04d" % (len(neg) + 1), "class": c, "container": k, "text": text, "source": "negative"})
    return {"secrets": pos, "evasions": eva, "negatives": neg, "hidden": hidden, "registry_size": len(reg.items)}


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def load_deny(errors):
    with open(DENY_FILE, encoding="utf-8") as fh:
        frozen = json.load(fh)
    note = "%s not present; the frozen list was used" % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        if fresh != frozen:
            errors.append("brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR)
            note = "re-extracted from %s and DIFFERENT" % BRIEF_DIR
        else:
            note = "re-extracted from %s and identical" % BRIEF_DIR
    return prepare_deny(frozen), frozen, note


# ---------------------------------------------------------------- mutations
def _first(recs, pred):
    for r in recs:
        if pred(r):
            return r
    raise LookupError


def mutations():
    def m01(d):
        r = d["secrets"][0]["secrets"][0]
        r["start"] += 1
        r["end"] += 1

    def m02(d):
        d["negatives"][5]["id"] = d["negatives"][4]["id"]

    def m03(d):
        d["negatives"][7]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][3]["secrets"][0]["plain"] += "x"

    def m05(d):
        r = _first(d["secrets"], lambda r: r["source"] == "vendor")
        r["container"] = r["type"] + "__station_compose_env_file"

    def m06(d):
        for r in d["negatives"]:
            if r["class"] == "ssh_host_key_fingerprints":
                r["class"] = "ssh_ed25519_public_keys"

    def m07(d):
        d["secrets"][10]["type"] = "something_else_entirely"

    def m08(d):
        del d["evasions"][-1]

    def m09(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
        s["start"] -= 1
        s["end"] -= 1

    def m10(d):
        a, b = d["secrets"][20], d["secrets"][300]
        v = a["secrets"][0]["value"]
        s = b["secrets"][0]
        b["text"] = b["text"][:s["start"]] + v + b["text"][s["end"]:]
        s["value"], s["end"] = v, s["start"] + len(v)

    def m11(d):
        r = _first(d["secrets"], lambda r: r["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = "railpw_redis_cli_lower_a_flag"

    def m12(d):
        r = _first(d["secrets"], lambda r: r["type"] == "dcc_decoder_cv_sync_token")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"].replace(v, nv)
        s["value"] = nv

    def m13(d):
        r = _first(d["negatives"], lambda r: r["class"] == "exhibition_stand_and_booking_refs")
        i = r["text"].index("Booking id: ") + len("Booking id: ") if "Booking id: " in r["text"] else r["text"].index("UID:") + 4
        r["text"] = r["text"][:i + 14] + "1" + r["text"][i + 15:]

    def m14(d):
        r = _first(d["negatives"], lambda r: r["class"] == "kit_ean13_and_catalogue_codes" and ",50" in r["text"])
        i = r["text"].index(",50") + 13
        r["text"] = r["text"][:i] + str((int(r["text"][i]) + 1) % 10) + r["text"][i + 1:]

    def m15(d):
        r = _first(d["secrets"], lambda r: r["type"] == "exhibition_entry_signing_key")
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:10] + ("2" if v[10] != "2" else "3") + v[11:]
        r["text"] = r["text"].replace(v, nv)
        s["value"] = nv

    def m16(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__deu"

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_earlier_syntax_name", m11), ("m12_crc32_tail_broken", m12), ("m13_uuid_not_v4", m13),
            ("m14_bad_ean13_check_digit", m14), ("m15_base58check_broken", m15), ("m16_deny_listed_language", m16)]


def run_mutations(data, deny, base_errors):
    base = set(base_errors)
    results = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        try:
            fn(d)
            errs = set(checks216.run(d, deny)) - base
            results.append((name, bool(errs)))
        except Exception as ex:  # a mutation that cannot be applied is a failure
            results.append((name + " (could not apply: %s)" % ex, False))
    return results


def main(argv):
    if "--freeze" in argv:
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(extract_denylist(), fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("wrote", DENY_FILE)
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny, frozen, deny_note = load_deny(errors)

    d1 = generate()
    d2 = generate()
    files1 = {k: dump(d1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: dump(d2[k]) for k in ("secrets", "evasions", "negatives")}
    for k in files1:
        if files1[k] != files2[k]:
            errors.append("non-deterministic output: %s" % k)

    errors += checks216.run(d1, deny)
    muts = run_mutations(d1, deny, errors)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: %s" % name)

    r1 = readme216.render(d1, frozen, deny_note, muts)
    r2 = readme216.render(d2, frozen, deny_note, muts)
    if r1 != r2:
        errors.append("README not deterministic")

    if errors:
        print("BUILD FAILED - nothing written")
        for e in errors:
            print(" -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    names = {"secrets": "secrets.jsonl", "evasions": "evasions.jsonl", "negatives": "negatives.jsonl"}
    for k, fn in names.items():
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(frozen, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("ok: %d secrets, %d evasions, %d negatives; mutations %d/%d caught; deny-list: %s"
          % (len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]),
             sum(c for _, c in muts), len(muts), deny_note))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
