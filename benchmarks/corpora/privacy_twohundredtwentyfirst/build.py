#!/usr/bin/env python3
"""Build corpus p221 (beekeepers).  Usage: python3 build.py [outdir] | --freeze
Generates everything twice in one process, compares bytes, runs all checks and the
mutation tests, renders README.md, and only then writes the files."""
import copy
import json
import os
import sys

import checks221
import common221 as C
import everyday221
import evasions221
import negatives221
import positional221
import prose221
import readme221
import vendor221

HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")


def ordered_pos(r, i):
    return {"id": "%s-s-%04d" % (C.PREFIX, i), "type": r["type"], "container": r["container"], "text": r["text"],
            "secrets": r["secrets"], "source": r["source"]}


def generate():
    reg = C.Registry()
    ev = everyday221.generate(reg)
    vd = vendor221.generate(reg)
    pw, hidden = positional221.generate(reg)
    pr = prose221.generate(reg)
    es = evasions221.generate(reg)
    ng = negatives221.generate(reg)
    pos = [ordered_pos(r, i + 1) for i, r in enumerate(ev + vd + pw + pr)]
    evs = []
    for i, r in enumerate(es):
        evs.append({"id": "%s-e-%04d" % (C.PREFIX, i + 1), "type": r["type"], "container": r["container"],
                    "encoding": r["encoding"], "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    negs = []
    for i, r in enumerate(ng):
        negs.append({"id": "%s-n-%04d" % (C.PREFIX, i + 1), "class": r["class"], "container": r["container"],
                     "text": r["text"], "source": r["source"]})
    return {"secrets": pos, "evasions": evs, "negatives": negs, "hidden": hidden, "registry_size": len(reg.items)}


def jsonl(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def mutations(data, deny, base_errs):
    base = set(base_errs)
    res = []

    def mut(name, fn):
        d = copy.deepcopy(data)
        fn(d)
        new = set(checks221.run_checks(d, deny)) - base
        res.append((name, bool(new)))

    def m01(d):
        d["secrets"][5]["secrets"][0]["start"] += 1
    def m02(d):
        d["secrets"][7]["id"] = d["secrets"][6]["id"]
    def m03(d):
        d["negatives"][3]["text"] += "\nleaked: " + d["secrets"][200]["secrets"][0]["value"] + "\n"
    def m04(d):
        d["evasions"][10]["secrets"][0]["plain"] += "x"
    def m05(d):
        r = [x for x in d["secrets"] if x["source"] == "vendor"][4]
        r["container"] = r["type"] + "__dogclub_site_dotenv_production"
    def m06(d):
        for r in d["negatives"][:10]:
            r["class"] = "tree_survey_tag_numbers"
    def m07(d):
        d["secrets"][12]["type"] = "hive_scale_ingest_token_x"
    def m08(d):
        d["evasions"].pop()
    def m09(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][2]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
        s["start"] -= 1
        s["end"] -= 1
    def m10(d):
        a = d["secrets"][20]
        b = d["secrets"][21]
        v = a["secrets"][0]["value"]
        s = b["secrets"][0]
        b["text"] = b["text"][:s["start"]] + v + b["text"][s["end"]:]
        s["value"], s["end"] = v, s["start"] + len(v)
    def m11(d):
        r = [x for x in d["secrets"] if x["type"] == "hive_scale_ingest_token"][0]
        s = r["secrets"][0]
        nv = s["value"][:-1] + ("0" if s["value"][-1] != "0" else "1")
        r["text"] = r["text"].replace(s["value"], nv)
        s["value"] = nv
    def m12(d):
        r = d["negatives"][-1]
        r["text"] = r["text"] + "\nX-Trace: 0f8c2a1e-1d2b-1c3a-9b8e-123456789abc\n"
    def m13(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][0]
        r["container"] = r["container"].split("__")[0] + "__deu"
    def m14(d):
        r = [x for x in d["secrets"] if x["source"] == "password"][0]
        t = positional221.PFX + "sshpass_lower_p_flag"
        r["type"] = t
        r["secrets"][0]["type"] = t
    def m15(d):
        r = [x for x in d["negatives"] if x["class"] == "gtin_jar_and_case_barcodes"][0]
        import re
        g = re.findall(r"\b50\d{12}\b", r["text"])[0]
        r["text"] = r["text"].replace(g, g[:-1] + str((int(g[-1]) + 1) % 10))
    def m16(d):
        r = [x for x in d["secrets"] if x["type"] == "swarm_dispatch_hs384_jwt"][0]
        s = r["secrets"][0]
        h, p, sig = s["value"].split(".")
        nv = h + "." + C.b64u(b"not json") + "." + sig
        r["text"] = r["text"].replace(s["value"], nv)
        s["value"], s["end"] = nv, s["start"] + len(nv)
    def m17(d):
        d["negatives"][40]["text"] += "\nold login: Propolis_ab1c23\n"

    for name, fn in [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
                     ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
                     ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
                     ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
                     ("m11_crc32_tail_broken", m11), ("m12_uuid_not_v4", m12), ("m13_deny_listed_language", m13),
                     ("m14_earlier_syntax_name", m14), ("m15_gs1_check_digit_broken", m15),
                     ("m16_jwt_payload_not_json", m16), ("m17_password_form_in_negative", m17)]:
        mut(name, fn)
    return res


def main(argv):
    if argv[1:2] == ["--freeze"]:
        d = C.extract_denylist()
        with open(FROZEN, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("frozen %d names" % len(d["names"]))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errs = []
    with open(FROZEN, encoding="utf-8") as f:
        deny = json.load(f)
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != deny:
            errs.append("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
        deny_note = "re-extracted from %s and identical" % C.BRIEF_DIR if fresh == deny else "DIFFERS"
    else:
        deny_note = "%s absent; frozen list used" % C.BRIEF_DIR
    a = generate()
    b = generate()
    for k in ("secrets", "evasions", "negatives"):
        if jsonl(a[k]) != jsonl(b[k]):
            errs.append("determinism: %s differs between two generations" % k)
    cerrs = checks221.run_checks(a, deny)
    errs += cerrs
    muts = mutations(a, deny, cerrs)
    for name, caught in muts:
        if not caught:
            errs.append("mutation test not caught: " + name)
    ra = readme221.render(a, deny, muts, deny_note)
    rb = readme221.render(b, deny, muts, deny_note)
    if ra != rb:
        errs.append("determinism: README differs between two generations")
    if errs:
        for e in errs[:80]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errs))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "wb") as f:
            f.write(jsonl(a[k]))
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(ra)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: %d positives, %d evasions, %d negatives, %d/%d mutations caught -> %s"
          % (len(a["secrets"]), len(a["evasions"]), len(a["negatives"]), sum(c for _, c in muts), len(muts), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
