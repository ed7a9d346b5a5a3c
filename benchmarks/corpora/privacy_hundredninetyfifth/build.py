#!/usr/bin/env python3
"""Deterministic builder of the p195 held-out credential corpus (standard library only)."""
import copy, json, os, sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common195, everyday195, vendor195, positional195, prose195, evasions195, negatives195, checks195, readme195

BRIEF = "/tmp/brief195"
DENY_PATH = os.path.join(HERE, "brief_names.json")


def generate():
    reg = common195.Registry()
    pos = everyday195.generate(reg, 1)
    pos += vendor195.generate(reg, len(pos) + 1)
    pw, hidden = positional195.generate(reg, len(pos) + 1)
    pos += pw
    pos += prose195.generate(reg, len(pos) + 1)
    eva = evasions195.generate(reg, 1)
    neg = negatives195.generate(reg)
    return pos, eva, neg, hidden


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def mutations(pos, eva, neg, hidden, deny, base_errs):
    base = set(base_errs)
    denied_name = "doubled_characters"
    assert denied_name in deny["names"]

    def m01(p, e, n):
        p[0]["secrets"][0]["start"] += 1
    def m02(p, e, n):
        p[5]["id"] = p[4]["id"]
    def m03(p, e, n):
        n[3]["text"] += p[200]["secrets"][0]["value"]
    def m04(p, e, n):
        e[7]["secrets"][0]["plain"] = e[8]["secrets"][0]["plain"]
    def m05(p, e, n):
        r = [x for x in p if x["source"] == "vendor"][0]
        r["container"] = r["type"] + "__" + denied_name
    def m06(p, e, n):
        n[10]["class"] = "bcrypt_and_scrypt_warden_hashes"
    def m07(p, e, n):
        p[30]["type"] = p[31]["type"] if p[31]["type"] != p[30]["type"] else "x"
    def m08(p, e, n):
        del e[-1]
    def m09(p, e, n):
        r = [x for x in p if x["source"] == "prose"][0]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "X" + r["text"][s["start"]:]
    def m10(p, e, n):
        a, b = p[40], p[41]
        t = b["text"].replace(b["secrets"][0]["value"], a["secrets"][0]["value"])
        b["text"] = t
        b["secrets"][0]["value"] = a["secrets"][0]["value"]
        b["secrets"][0]["end"] = b["secrets"][0]["start"] + len(a["secrets"][0]["value"])
    def m11(p, e, n):
        p[50]["text"] += "\n# again: " + p[50]["secrets"][0]["value"] + "\n"
    def m12(p, e, n):
        r = [x for x in p if x["type"] == "loyalty_stamp_service_jwt"][0]
        v = r["secrets"][0]["value"]
        h, pl, sg = v.split(".")
        nv = h + "." + common195.b64url(b"not json at all") + "." + sg
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv
        r["secrets"][0]["end"] = r["secrets"][0]["start"] + len(nv)
    def m13(p, e, n):
        e[0]["encoding"] = "yijing_hexagram_sextets"
        e[0]["secrets"][0]["encoding"] = "yijing_hexagram_sextets"
    def m14(p, e, n):
        r = [x for x in p if x["source"] == "prose"][0]
        r["container"] = r["container"].split("__")[0] + "__fra"
    def m15(p, e, n):
        r = [x for x in p if x["source"] == "password"][0]
        old = r["type"]
        r["type"] = r["secrets"][0]["type"] = positional195.PFX + "sqlcmd_capital_p_after_capital_u"
        r["container"] = r["type"] + "__" + r["container"].split("__")[1]
    def m16(p, e, n):
        r = [x for x in n if x["class"] == "garment_tickets_with_damm_check"][0]
        import re
        num = re.findall(r"\b\d{8}\b", r["text"])[0]
        bad = num[:-1] + str((int(num[-1]) + 1) % 10)
        r["text"] = r["text"].replace(num, bad)
    def m17(p, e, n):
        n[0]["text"] += "\nref 123e4567-e89b-12d3-a456-426614174000\n"
    def m18(p, e, n):
        r = [x for x in p if x["type"] == "claim_stub_api_token"][0]
        v = r["secrets"][0]["value"]
        nv = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv
    def m19(p, e, n):
        r = [x for x in p if x["type"].endswith("http_authorization_basic_header_b64")][0]
        v = r["secrets"][0]["value"]
        import base64
        nv = base64.b64encode(b"counter:not a password").decode()
        r["text"] = r["text"].replace(v, nv)
        r["secrets"][0]["value"] = nv
        r["secrets"][0]["end"] = r["secrets"][0]["start"] + len(nv)
    def m20(p, e, n):
        hid = hidden[0]
        n[20]["text"] += hid

    tests = [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
             ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
             ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
             ("m10_value_reused", m10), ("m11_value_twice_in_text", m11), ("m12_jwt_payload_not_json", m12),
             ("m13_deny_listed_encoding", m13), ("m14_deny_listed_language", m14), ("m15_earlier_syntax_name", m15),
             ("m16_bad_damm_check_digit", m16), ("m17_uuid_not_v4", m17), ("m18_csr1_adler_broken", m18),
             ("m19_base64_span_hides_bad_password", m19), ("m20_hidden_password_in_negative", m20)]
    out = []
    for name, fn in tests:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        try:
            fn(p, e, n)
            errs = checks195.run_checks(p, e, n, hidden, deny)
            caught = bool(set(errs) - base)
        except Exception:  # a crashing check is not a caught mutation
            caught = False
        out.append((name, caught))
    return out


def main(argv):
    if "--freeze" in argv:
        d = common195.extract_denylist(BRIEF)
        with open(DENY_PATH, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names" % len(d["names"]))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny = json.load(open(DENY_PATH, encoding="utf-8"))
    if os.path.isdir(BRIEF):
        fresh = common195.extract_denylist(BRIEF)
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of %s" % BRIEF)
        deny_status = "re-extracted from %s and identical" % BRIEF if fresh == deny else "DIFFERENT"
    else:
        deny_status = "frozen copy used, %s absent" % BRIEF
    g1 = generate()
    g2 = generate()
    files1 = [dump(x) for x in g1[:3]]
    files2 = [dump(x) for x in g2[:3]]
    if files1 != files2:
        errors.append("two generations differ")
    pos, eva, neg, hidden = g1
    errs = checks195.run_checks(pos, eva, neg, hidden, deny)
    errors += errs
    muts = mutations(pos, eva, neg, hidden, deny, errs)
    for name, caught in muts:
        if not caught:
            errors.append("mutation test not caught: %s" % name)
    r1 = readme195.render(pos, eva, neg, deny, muts, deny_status)
    r2 = readme195.render(g2[0], g2[1], g2[2], deny, muts, deny_status)
    if r1 != r2:
        errors.append("README renders differ")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for name, data in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], files1):
        with open(os.path.join(outdir, name), "w", encoding="utf-8") as f:
            f.write(data)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(deny, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d positives, %d evasions, %d negatives to %s (mutations caught %d/%d)"
          % (len(pos), len(eva), len(neg), outdir, sum(c for _, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
