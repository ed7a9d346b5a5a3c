#!/usr/bin/env python3
"""Deterministic builder of the p194 held-out credential corpus.

    python3 build.py [outdir]      generate twice, check, mutate, render README, then write
    python3 build.py --freeze      re-extract brief_names.json from /tmp/brief194/

Python 3 standard library only; fixed seeds; no clock; no network.
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from common194 import BRIEF_DIR, PREFIX, Registry, dumps_jsonl, extract_denylist, prepare_deny  # noqa: E402
import checks194  # noqa: E402
import everyday194  # noqa: E402
import evasions194  # noqa: E402
import negatives194  # noqa: E402
import positional194  # noqa: E402
import prose194  # noqa: E402
import readme194  # noqa: E402
import vendor194  # noqa: E402

DENY_FILE = "brief_names.json"


def generate():
    reg = Registry()
    everyday = everyday194.generate(reg)
    vendor = vendor194.generate(reg)
    positional = positional194.generate(reg)
    prose = prose194.generate(reg)
    eva = evasions194.generate(reg)
    neg = negatives194.generate(reg)
    pos = everyday + vendor + [r for r, _, _ in positional] + prose
    out_pos = []
    hidden, modes = {}, {}
    k = 0
    for r in pos:
        k += 1
        rid = "%s-s-%04d" % (PREFIX, k)
        out_pos.append({"id": rid, **r})
    for (r, h, mode), rec in zip(positional, out_pos[len(everyday) + len(vendor):]):
        modes[rec["id"]] = mode
        if h is not None:
            hidden[rec["id"]] = h
    out_eva = [{"id": "%s-e-%04d" % (PREFIX, i + 1), **r} for i, r in enumerate(eva)]
    out_neg = [{"id": "%s-n-%04d" % (PREFIX, i + 1), **r} for i, r in enumerate(neg)]
    return {"pos": out_pos, "eva": out_eva, "neg": out_neg, "hidden": hidden, "modes": modes,
            "registry_size": len(reg.items)}


def load_deny():
    path = os.path.join(HERE, DENY_FILE)
    errs = []
    with open(path, encoding="utf-8") as f:
        frozen = json.load(f)
    note = "not re-extracted (%s absent)" % BRIEF_DIR
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist(BRIEF_DIR)
        if fresh != frozen:
            errs.append("brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR)
            note = "re-extracted from %s and DIFFERENT" % BRIEF_DIR
        else:
            note = "re-extracted from %s and identical" % BRIEF_DIR
    return frozen, prepare_deny(frozen), note, errs


def mutations(g, deny):
    """Each mutation works on a deep copy and must add an error the clean data does not have."""
    base = set(checks194.run_all(g["pos"], g["eva"], g["neg"], g["hidden"], g["modes"], deny))
    res = []

    def run(name, fn):
        h = copy.deepcopy(g)
        fn(h)
        errs = set(checks194.run_all(h["pos"], h["eva"], h["neg"], h["hidden"], h["modes"], deny))
        res.append((name, bool(errs - base)))

    def m01(h):
        h["pos"][5]["secrets"][0]["start"] += 1

    def m02(h):
        h["neg"][3]["id"] = h["neg"][2]["id"]

    def m03(h):
        h["neg"][7]["text"] += "\n" + h["pos"][200]["secrets"][0]["value"]

    def m04(h):
        h["eva"][4]["secrets"][0]["plain"] = h["eva"][5]["secrets"][0]["plain"]

    def m05(h):
        r = [x for x in h["pos"] if x["source"] == "vendor"][3]
        r["container"] = r["type"] + "__pet_ops_fish_history"

    def m06(h):
        for r in h["neg"][:10]:
            r["class"] = "payment_and_customer_object_ids"

    def m07(h):
        h["pos"][9]["type"] = "something_else"

    def m08(h):
        del h["eva"][-1]

    def m09(h):
        r = [x for x in h["pos"] if x["source"] == "prose"][2]
        sp = r["secrets"][0]
        r["text"] = r["text"][:sp["start"] - 1] + r["text"][sp["start"]:]
        sp["start"] -= 1
        sp["end"] -= 1

    def m10(h):
        a, b = h["pos"][10], h["pos"][11]
        sp = b["secrets"][0]
        v = a["secrets"][0]["value"]
        b["text"] = b["text"][:sp["start"]] + v + b["text"][sp["end"]:]
        sp["value"], sp["end"] = v, sp["start"] + len(v)

    def m11(h):
        r = h["pos"][12]
        r["text"] = r["text"] + "\n# again: " + r["secrets"][0]["value"]

    def m12(h):
        r = [x for x in h["pos"] if x["type"] == "boat_gps_feed_jwt"][0]
        sp = r["secrets"][0]
        parts = sp["value"].split(".")
        newv = parts[0] + ".eyJub3QganNvbg." + parts[2]
        r["text"] = r["text"][:sp["start"]] + newv + r["text"][sp["end"]:]
        sp["value"], sp["end"] = newv, sp["start"] + len(newv)

    def m13(h):
        r = [x for x in h["pos"] if x["source"] == "prose"][0]
        code = r["container"].split("__")[1]
        r["container"] = r["container"].replace("__" + code, "__fra")

    def m14(h):
        r = [x for x in h["neg"] if x["class"] == "booking_references_with_damm_check"][0]
        import re as _re
        m = _re.search(r"BRD-(\d{6})(\d)", r["text"])
        bad = str((int(m.group(2)) + 1) % 10)
        r["text"] = r["text"][:m.start(2)] + bad + r["text"][m.end(2):]

    def m15(h):
        r = [x for x in h["pos"] if x["type"] == "logbook_sync_api_token"][0]
        sp = r["secrets"][0]
        v = sp["value"]
        newv = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"][:sp["start"]] + newv + r["text"][sp["end"]:]
        sp["value"] = newv

    def m16(h):
        r = [x for x in h["pos"] if x["source"] == "password"][0]
        old = r["type"]
        r["type"] = r["secrets"][0]["type"] = "divepw_sqlcmd_capital_p_after_capital_u"
        r["container"] = r["container"].replace(old, r["type"])

    for i, fn in enumerate([m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, m13, m14, m15, m16], 1):
        run(MUT_NAMES[i - 1], fn)
    return res


MUT_NAMES = ["m01_shifted_offset", "m02_duplicate_id", "m03_positive_value_in_negative",
             "m04_wrong_evasion_plain", "m05_deny_listed_vendor_style", "m06_deny_listed_negative_class",
             "m07_record_span_type_mismatch", "m08_missing_evasion", "m09_prose_value_glued",
             "m10_value_reused", "m11_value_twice_in_text", "m12_jwt_payload_not_json",
             "m13_deny_listed_language", "m14_bad_damm_check_digit", "m15_dlog_crc16_broken",
             "m16_earlier_syntax_name"]


def main(argv):
    if argv[1:2] == ["--freeze"]:
        d = extract_denylist(BRIEF_DIR)
        with open(os.path.join(HERE, DENY_FILE), "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    frozen, deny, deny_note, derrs = load_deny()
    errors += derrs
    g1 = generate()
    g2 = generate()
    blobs1 = [dumps_jsonl(g1[k]) for k in ("pos", "eva", "neg")]
    blobs2 = [dumps_jsonl(g2[k]) for k in ("pos", "eva", "neg")]
    if blobs1 != blobs2:
        errors.append("two in-process generations differ")
    errors += checks194.run_all(g1["pos"], g1["eva"], g1["neg"], g1["hidden"], g1["modes"], deny)
    muts = mutations(g1, deny)
    for name, caught in muts:
        if not caught:
            errors.append("mutation %s not caught" % name)
    readme1 = readme194.render(g1, frozen, deny_note, muts)
    readme2 = readme194.render(g2, frozen, deny_note, muts)
    if readme1 != readme2:
        errors.append("README renders differ")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d error(s); nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, blob in zip(("secrets.jsonl", "evasions.jsonl", "negatives.jsonl"), blobs1):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(blob)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, DENY_FILE), "w", encoding="utf-8") as f:
            json.dump(frozen, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: %d positives, %d evasions, %d negatives; %d/%d mutations caught -> %s" % (
        len(g1["pos"]), len(g1["eva"]), len(g1["neg"]), sum(c for _, c in muts), len(muts), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
