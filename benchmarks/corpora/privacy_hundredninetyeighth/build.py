#!/usr/bin/env python3
"""Build corpus p198. Usage: python3 build.py [outdir] | python3 build.py --freeze

Generates everything twice in one process, compares the bytes, runs every check and the
mutation tests, renders the README from both generations and compares it, and only then
writes the files. On any failure it prints the errors, writes nothing and exits 1.
"""
import copy
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import checks198  # noqa: E402
import everyday198  # noqa: E402
import evasions198  # noqa: E402
import negatives198  # noqa: E402
import positional198  # noqa: E402
import prose198  # noqa: E402
import readme198  # noqa: E402
import vendor198  # noqa: E402
from common198 import BRIEF_DIR, HERE, PREFIX, Registry, dumps_jsonl, extract_denylist  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = Registry()
    pos = []
    pos += everyday198.build(reg)
    pos += vendor198.build(reg)
    pos += positional198.build(reg)
    pos += prose198.build(reg)
    ev = evasions198.build(reg)
    neg = negatives198.build(reg.items)
    hidden = []
    out_pos = []
    for i, rec in enumerate(pos):
        if "_hidden" in rec:
            hidden.append(rec["_hidden"])
        out_pos.append({"id": "%s-s-%04d" % (PREFIX, i + 1), "type": rec["type"], "container": rec["container"],
                        "text": rec["text"], "secrets": rec["secrets"], "source": rec["source"]})
    out_ev = []
    for i, rec in enumerate(ev):
        out_ev.append({"id": "%s-e-%04d" % (PREFIX, i + 1), "type": rec["type"], "container": rec["container"],
                       "encoding": rec["encoding"], "text": rec["text"], "secrets": rec["secrets"],
                       "source": rec["source"]})
    out_neg = []
    for i, rec in enumerate(neg):
        out_neg.append({"id": "%s-n-%04d" % (PREFIX, i + 1), "class": rec["class"], "container": rec["container"],
                        "text": rec["text"], "source": rec["source"]})
    return {"secrets": out_pos, "evasions": out_ev, "negatives": out_neg, "hidden": hidden,
            "registry_size": len(reg.items)}


def serialise(data):
    return {"secrets.jsonl": dumps_jsonl(data["secrets"]),
            "evasions.jsonl": dumps_jsonl(data["evasions"]),
            "negatives.jsonl": dumps_jsonl(data["negatives"])}


# ---------------------------------------------------------------- mutation tests
def _first(recs, src):
    return next(r for r in recs if r["source"] == src)


def m01_shifted_offset(d, deny):
    d["secrets"][0]["secrets"][0]["start"] += 1


def m02_duplicate_id(d, deny):
    d["negatives"][5]["id"] = d["negatives"][4]["id"]


def m03_positive_value_in_negative(d, deny):
    d["negatives"][0]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"] + "\n"


def m04_wrong_evasion_plain(d, deny):
    d["evasions"][3]["secrets"][0]["plain"] += "x"


def m05_deny_listed_vendor_style(d, deny):
    r = _first(d["secrets"], "vendor")
    r["container"] = r["type"] + "__tailor_ops_gitlab_ci_yml"


def m06_deny_listed_negative_class(d, deny):
    d["negatives"][10]["class"] = "transponder_chip_reads"


def m07_record_span_type_mismatch(d, deny):
    d["secrets"][7]["type"] = d["secrets"][8]["type"] if d["secrets"][8]["type"] != d["secrets"][7]["type"] else "x"


def m08_missing_evasion(d, deny):
    del d["evasions"][-1]


def m09_prose_value_glued(d, deny):
    r = _first(d["secrets"], "prose")
    sp = r["secrets"][0]
    t = r["text"]
    r["text"] = t[:sp["start"] - 1] + t[sp["start"]:]
    sp["start"] -= 1
    sp["end"] -= 1


def m10_value_reused(d, deny):
    a = d["secrets"][300]
    b = d["secrets"][301]
    va = a["secrets"][0]["value"]
    vb = b["secrets"][0]["value"]
    t = b["text"]
    s = b["secrets"][0]["start"]
    b["text"] = t[:s] + va + t[s + len(vb):]
    b["secrets"][0]["value"] = va
    b["secrets"][0]["end"] = s + len(va)


def m11_earlier_syntax_name(d, deny):
    r = _first(d["secrets"], "password")
    r["type"] = r["secrets"][0]["type"] = "squeegeepw_redis_cli_lower_a_flag"


def m12_wcq_crc_broken(d, deny):
    r = next(x for x in d["secrets"] if x["type"] == "quote_engine_api_token")
    sp = r["secrets"][0]
    v = sp["value"]
    nv = v[:-1] + ("A" if v[-1] != "A" else "B")
    r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
    sp["value"] = nv


def m13_uuid_not_v4(d, deny):
    d["negatives"][-1]["text"] += "\nrequest 3f1c2a9e-1b2c-1d3e-8f40-1234567890ab\n"


def m14_deny_listed_language(d, deny):
    r = _first(d["secrets"], "prose")
    r["container"] = r["container"].split("__")[0] + "__deu"


def m15_bad_vin_check_digit(d, deny):
    r = next(x for x in d["negatives"] if x["class"] == "van_vin_and_plate_registry")
    import re
    m = re.search(r"\b[A-HJ-NPR-Z0-9]{17}\b", r["text"])
    v = m.group(0)
    nd = "X" if v[8] != "X" else "0"
    r["text"] = r["text"].replace(v, v[:8] + nd + v[9:])


def m16_hidden_password_in_negative(d, deny):
    d["negatives"][20]["text"] += "\n" + d["hidden"][0] + "\n"


MUTATIONS = [m01_shifted_offset, m02_duplicate_id, m03_positive_value_in_negative, m04_wrong_evasion_plain,
             m05_deny_listed_vendor_style, m06_deny_listed_negative_class, m07_record_span_type_mismatch,
             m08_missing_evasion, m09_prose_value_glued, m10_value_reused, m11_earlier_syntax_name,
             m12_wcq_crc_broken, m13_uuid_not_v4, m14_deny_listed_language, m15_bad_vin_check_digit,
             m16_hidden_password_in_negative]


def run_mutations(data, deny, clean_errs):
    results = []
    base = set(clean_errs)
    for m in MUTATIONS:
        d = copy.deepcopy(data)
        m(d, deny)
        errs = set(checks198.check_all(d, deny))
        results.append((m.__name__, bool(errs - base)))
    return results


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        deny = extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes" % (len(deny["names"]), len(deny["syntaxes"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    with open(DENY_FILE, encoding="utf-8") as f:
        deny = json.load(f)
    fresh = None
    fresh_status = "not re-extracted (/tmp/brief198 absent)"
    if os.path.isdir(BRIEF_DIR):
        fresh = extract_denylist()
        fresh_status = "re-extracted from /tmp/brief198 and identical" if fresh == deny else "DIFFERS"
    d1 = generate()
    d2 = generate()
    s1, s2 = serialise(d1), serialise(d2)
    if s1 != s2:
        errors.append("two generations differ")
    errs = checks198.check_all(d1, deny, fresh)
    errors += errs
    muts = run_mutations(d1, deny, errs)
    for name, caught in muts:
        if not caught:
            errors.append("mutation %s not caught" % name)
    r1 = readme198.render(d1, deny, muts, fresh_status)
    r2 = readme198.render(d2, deny, muts, fresh_status)
    if r1 != r2:
        errors.append("README renders differ")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, body in s1.items():
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(body)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(outdir) != os.path.abspath(HERE):
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: %d positives, %d evasions, %d negatives, mutations %d/%d caught" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
