#!/usr/bin/env python3
"""Deterministic builder of corpus p226 (astronomy societies). Standard library only, no clock, no network.

python3 build.py [outdir]      generate twice, check, run mutation tests, write the files
python3 build.py --freeze      re-extract the deny-list from /tmp/brief226/ into brief_names.json
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks226  # noqa: E402
import common226  # noqa: E402
import everyday226  # noqa: E402
import evasions226  # noqa: E402
import negatives226  # noqa: E402
import positional226  # noqa: E402
import prose226  # noqa: E402
import readme226  # noqa: E402
import vendor226  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def generate():
    reg = common226.Registry()
    ev = everyday226.generate(reg)
    vd = vendor226.generate(reg)
    pw, hidden = positional226.generate(reg)
    pr = prose226.generate(reg)
    eva = evasions226.generate(reg)
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos):
        pos[i] = dict([("id", "p226-s-%04d" % (i + 1))] + list(r.items()))
    for i, r in enumerate(eva):
        eva[i] = dict([("id", "p226-e-%04d" % (i + 1))] + list(r.items()))
    banned = [s for s in reg.items if len(s) >= 6]

    def reject(t):
        if common226.PW_SEARCH_RE.search(t):
            return True
        for u in checks226.UUID_RE.findall(t):
            if u[14] != "4" or u[19].lower() not in "89ab":
                return True
        return any(s in t for s in banned)
    neg = negatives226.generate(reject)
    for i, r in enumerate(neg):
        neg[i] = dict([("id", "p226-n-%04d" % (i + 1))] + list(r.items()))
    return {"secrets": pos, "evasions": eva, "negatives": neg, "hidden": hidden}


def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs).encode("utf-8")


def mutations(data):
    """Each mutation works on a deep copy; the checks must report an error the clean data does not have."""
    def m01(d):
        d["secrets"][0]["secrets"][0]["start"] += 1
    def m02(d):
        d["secrets"][1]["id"] = d["secrets"][0]["id"]
    def m03(d):
        d["negatives"][0]["text"] += " " + d["secrets"][5]["secrets"][0]["value"]
    def m04(d):
        d["evasions"][0]["secrets"][0]["plain"] = "Vega_zz9x11"
    def m05(d):
        r = [x for x in d["secrets"] if x["source"] == "vendor"][0]
        r["container"] = r["type"] + "__honey_shop_dotenv_staging"
    def m06(d):
        d["negatives"][0]["class"] = "bcrypt_and_sha_crypt_hashes"
    def m07(d):
        d["secrets"][2]["type"] = d["secrets"][3]["type"] if d["secrets"][3]["type"] != d["secrets"][2]["type"] else "x"
    def m08(d):
        d["evasions"].pop()
    def m09(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][0]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
        s["start"] -= 1
        s["end"] -= 1
    def m10(d):
        a, b = d["secrets"][0], d["secrets"][1]
        v = a["secrets"][0]["value"]
        sb = b["secrets"][0]
        b["text"] = b["text"][:sb["start"]] + v + b["text"][sb["end"]:]
        sb["end"] = sb["start"] + len(v)
        sb["value"] = v
    def m11(d):
        r = [x for x in d["secrets"] if x["type"] == "allsky_camera_upload_token"][0]
        s = r["secrets"][0]
        last = s["value"][-1]
        nv = s["value"][:-1] + ("A" if last != "A" else "B")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv
    def m12(d):
        d["negatives"][-1]["text"] += "\nrun id 123e4567-e89b-12d3-a456-426614174000\n"
    def m13(d):
        r = [x for x in d["secrets"] if x["source"] == "prose"][0]
        r["container"] = r["container"].split("__")[0] + "__fra"
    def m14(d):
        r = [x for x in d["secrets"] if x["source"] == "password"][0]
        t = positional226.PREFIX + "mysqldump_glued_lower_p"
        r["type"] = t
        r["secrets"][0]["type"] = t
        r["container"] = t + "__" + r["container"].split("__")[1]
    def m15(d):
        r = [x for x in d["negatives"] if x["class"] == "two_line_element_sets"][0]
        lines = r["text"].split("\n")
        for i, ln in enumerate(lines):
            if ln.startswith("1 ") and len(ln) == 69:
                lines[i] = ln[:68] + str((int(ln[68]) + 1) % 10)
                break
        r["text"] = "\n".join(lines)
    def m16(d):
        r = [x for x in d["secrets"] if x["type"] == "observation_archive_hs256_jwt"][0]
        s = r["secrets"][0]
        h, p, sg = s["value"].split(".")
        nv = h + ".eyJub3QganNvbg." + sg
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv
        s["end"] = s["start"] + len(nv)
    def m17(d):
        d["negatives"][3]["text"] += "\ndome login is Vega-abc1234\n"
    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_mod37_36_check_broken", m11), ("m12_uuid_not_v4", m12), ("m13_deny_listed_language", m13),
            ("m14_earlier_syntax_name", m14), ("m15_tle_checksum_broken", m15), ("m16_jwt_payload_not_json", m16),
            ("m17_password_form_in_negative", m17)]


def main(argv):
    if "--freeze" in argv:
        d = common226.extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze", DENY_FILE)
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    with open(DENY_FILE, encoding="utf-8") as f:
        deny = json.load(f)
    deny_status = "not re-extracted (/tmp/brief226 absent)"
    if os.path.isdir(common226.BRIEF_DIR):
        fresh = common226.extract_denylist()
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of /tmp/brief226")
            deny_status = "re-extracted and DIFFERENT"
        else:
            deny_status = "re-extracted from /tmp/brief226 and identical"
    try:
        d1 = generate()
        d2 = generate()
    except Exception as e:  # generation failure is an error, nothing written
        print("generation failed:", repr(e))
        return 1
    b1 = [dumps(d1[k]) for k in ("secrets", "evasions", "negatives")]
    b2 = [dumps(d2[k]) for k in ("secrets", "evasions", "negatives")]
    if b1 != b2:
        errors.append("two generations differ")
    base = checks226.check_all(d1, deny)
    errors += base
    mres = []
    for name, fn in mutations(d1):
        dm = copy.deepcopy(d1)
        try:
            fn(dm)
            got = checks226.check_all(dm, deny)
        except Exception as e:
            got = ["exception " + repr(e)]
        caught = len(set(got) - set(base)) > 0
        mres.append((name, caught))
        if not caught:
            errors.append("mutation %s not caught" % name)
    r1 = readme226.render(d1, deny, mres, deny_status)
    r2 = readme226.render(d2, deny, mres, deny_status)
    if r1 != r2:
        errors.append("README renders differ")
    if errors:
        print("BUILD FAILED – nothing written")
        for e in errors[:60]:
            print(" -", e)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, b in zip(("secrets", "evasions", "negatives"), b1):
        with open(os.path.join(outdir, k + ".jsonl"), "wb") as f:
            f.write(b)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("ok: %d secrets, %d evasions, %d negatives; %d/%d mutations caught; deny-list %s" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _n, c in mres), len(mres), deny_status))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
