#!/usr/bin/env python3
"""Build corpus p203: generate twice, check, mutate, render README, then write (or write nothing)."""
import copy
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common203  # noqa: E402
from common203 import Registry, dumps_jsonl, extract_denylist, load_denylist, BRIEF_DIR, PWPREFIX, b64u  # noqa: E402
import everyday203  # noqa: E402
import vendor203  # noqa: E402
import positional203  # noqa: E402
import prose203  # noqa: E402
import evasions203  # noqa: E402
import negatives203  # noqa: E402
import checks203  # noqa: E402
import readme203  # noqa: E402


def generate(deny):
    reg = Registry()
    ev = everyday203.generate(reg, 1)
    vd = vendor203.generate(reg, 1 + len(ev))
    pw, hidden = positional203.generate(reg, 1 + len(ev) + len(vd))
    pr = prose203.generate(reg, 1 + len(ev) + len(vd) + len(pw))
    evs = evasions203.generate(reg)
    neg = negatives203.generate(reg.items)
    return {"secrets": ev + vd + pw + pr, "evasions": evs, "negatives": neg, "hidden": hidden,
            "deny": deny, "registry_size": len(reg.items)}


def _find(data, pred, key="secrets"):
    for r in data[key]:
        if pred(r):
            return r
    raise LookupError


def _replace_value(r, new):
    s = r["secrets"][0]
    r["text"] = r["text"][:s["start"]] + new + r["text"][s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)


def mutations():
    M = []

    def m(name):
        def deco(fn):
            M.append((name, fn))
            return fn
        return deco

    @m("m01_shifted_offset")
    def _(d):
        d["secrets"][5]["secrets"][0]["start"] += 1

    @m("m02_duplicate_id")
    def _(d):
        d["secrets"][7]["id"] = d["secrets"][6]["id"]

    @m("m03_positive_value_in_negative")
    def _(d):
        d["negatives"][3]["text"] += d["secrets"][200]["secrets"][0]["value"] + "\n"

    @m("m04_wrong_evasion_plain")
    def _(d):
        d["evasions"][10]["secrets"][0]["plain"] += "x"

    @m("m05_deny_listed_vendor_style")
    def _(d):
        r = _find(d, lambda r: r["source"] == "vendor")
        r["container"] = r["type"] + "__cafe_api_dotenv_staging"

    @m("m06_deny_listed_negative_class")
    def _(d):
        d["negatives"][0]["class"] = "tcg_set_codes_and_collector_numbers"

    @m("m07_record_span_type_mismatch")
    def _(d):
        d["secrets"][40]["type"] = d["secrets"][41]["type"] if d["secrets"][41]["type"] != d["secrets"][40]["type"] else "x"

    @m("m08_missing_evasion")
    def _(d):
        d["evasions"].pop()

    @m("m09_prose_value_glued")
    def _(d):
        r = _find(d, lambda r: r["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
        s["start"] -= 1
        s["end"] -= 1

    @m("m10_value_reused")
    def _(d):
        a = _find(d, lambda r: r["type"] == "kiln_mqtt_tls_psk")
        b = [r for r in d["secrets"] if r["type"] == "kiln_mqtt_tls_psk"][1]
        _replace_value(b, a["secrets"][0]["value"])

    @m("m11_earlier_syntax_name")
    def _(d):
        r = _find(d, lambda r: r["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = PWPREFIX + "sshpass_lower_p_flag"

    @m("m12_fti_crc32_broken")
    def _(d):
        r = _find(d, lambda r: r["type"] == "furnace_telemetry_ingest_token")
        v = r["secrets"][0]["value"]
        _replace_value(r, v[:-1] + ("A" if v[-1] != "A" else "B"))

    @m("m13_uuid_not_v4")
    def _(d):
        n = _find(d, lambda n: n["class"] == "class_booking_refs_and_order_uuids", "negatives")
        m_ = checks203.UUID_RE.search(n["text"])
        u = m_.group(0)
        n["text"] = n["text"].replace(u, u[:14] + "1" + u[15:])

    @m("m14_deny_listed_language")
    def _(d):
        r = _find(d, lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__deu"

    @m("m15_bad_cas_check_digit")
    def _(d):
        n = _find(d, lambda n: n["class"] == "glaze_material_cas_numbers_checked", "negatives")
        import re
        m_ = re.search(r"\b(\d{2,7}-\d{2}-)(\d)\b", n["text"])
        n["text"] = n["text"][:m_.start(2)] + str((int(m_.group(2)) + 1) % 10) + n["text"][m_.end(2):]

    @m("m16_hidden_password_in_negative")
    def _(d):
        d["negatives"][9]["text"] += list(d["hidden"].values())[0] + "\n"

    @m("m17_jwt_payload_not_json")
    def _(d):
        r = _find(d, lambda r: r["type"] == "studio_member_session_jwt")
        h, p, s = r["secrets"][0]["value"].split(".")
        _replace_value(r, h + "." + "eyJ" + b64u(b"not json at all")[3:] + "." + s)

    @m("m18_gpk_crc16_broken")
    def _(d):
        r = _find(d, lambda r: r["type"] == "gallery_pos_api_key")
        v = r["secrets"][0]["value"]
        _replace_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    return M


def run_mutations(data, base_errs):
    report = []
    base = set(base_errs)
    for name, fn in mutations():
        d = copy.deepcopy(data)
        try:
            fn(d)
            errs = checks203.run_all(d)
            caught = bool(set(errs) - base)
        except Exception as ex:
            print("mutation %s crashed: %r" % (name, ex))
            caught = False
        report.append((name, caught))
    return report


def main(argv):
    if "--freeze" in argv:
        d = extract_denylist()
        with open(os.path.join(HERE, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze deny-list:", {k: len(v) for k, v in d.items() if isinstance(v, list)})
        return 0
    args = [a for a in argv if not a.startswith("--")]
    outdir = args[0] if args else HERE
    errors = []
    deny = load_denylist(HERE)
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of %s" % BRIEF_DIR)
        deny_status = "re-extracted from %s and identical" % BRIEF_DIR if fresh == deny else "DIFFERS"
    else:
        deny_status = "%s absent, frozen copy used" % BRIEF_DIR
    d1 = generate(deny)
    d2 = generate(deny)
    files1 = {k: dumps_jsonl(d1[k]) for k in ("secrets", "evasions", "negatives")}
    files2 = {k: dumps_jsonl(d2[k]) for k in ("secrets", "evasions", "negatives")}
    if files1 != files2:
        errors.append("two generations differ")
    errs = checks203.run_all(d1)
    errors += errs
    report = run_mutations(d1, errs)
    missed = [n for n, ok in report if not ok]
    if missed:
        errors.append("mutations not caught: %s" % ", ".join(missed))
    r1 = readme203.render(d1, report, deny, deny_status)
    r2 = readme203.render(d2, report, deny, deny_status)
    if r1 != r2:
        errors.append("README renders differ")
    if errors:
        print("BUILD FAILED – nothing written:")
        for e in errors[:200]:
            print("  -", e)
        if len(errors) > 200:
            print("  … %d more" % (len(errors) - 200))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as fh:
            fh.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    by = {}
    for r in d1["secrets"]:
        by[r["source"]] = by.get(r["source"], 0) + 1
    print("wrote %s: secrets %d %s, evasions %d, negatives %d; mutations %d/%d caught" % (
        outdir, len(d1["secrets"]), by, len(d1["evasions"]), len(d1["negatives"]),
        sum(1 for _, ok in report if ok), len(report)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
