#!/usr/bin/env python3
"""Build the p211 held-out credential corpus.  python3 build.py [outdir] | --freeze"""
import copy, json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common211 as C
import everyday211, vendor211, positional211, prose211, evasions211, negatives211, checks211, readme211

FROZEN = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    hidden = []
    ev = everyday211.generate(reg)
    vd = vendor211.generate(reg)
    pw = positional211.generate(reg, hidden)
    pr = prose211.generate(reg)
    eva = evasions211.generate(reg)
    pos = ev + vd + pw + pr
    for i, r in enumerate(pos):
        r["id"] = "%s-s-%04d" % (C.PREFIX, i + 1)
    for i, r in enumerate(eva):
        r["id"] = "%s-e-%04d" % (C.PREFIX, i + 1)
    forbidden = [s for s in reg.items if len(s) >= 6]
    neg = negatives211.generate(forbidden)
    for i, r in enumerate(neg):
        r["id"] = "%s-n-%04d" % (C.PREFIX, i + 1)
    meta = {"hidden": hidden, "registry": len(reg.items)}
    return pos, eva, neg, meta


def mutations(pos, eva, neg, deny, meta):
    def find(recs, pred):
        return next(i for i, r in enumerate(recs) if pred(r))
    M = []

    def m01(p, e, n):
        p[3]["secrets"][0]["start"] += 1
    M.append(("m01_shifted_offset", m01))

    def m02(p, e, n):
        p[5]["id"] = p[4]["id"]
    M.append(("m02_duplicate_id", m02))

    def m03(p, e, n):
        n[7]["text"] += p[200]["secrets"][0]["value"]
    M.append(("m03_positive_value_in_negative", m03))

    def m04(p, e, n):
        e[10]["secrets"][0]["plain"] = e[11]["secrets"][0]["plain"]
    M.append(("m04_wrong_evasion_plain", m04))

    def m05(p, e, n):
        i = find(p, lambda r: r["source"] == "vendor")
        p[i]["container"] = p[i]["type"] + "__tackle_shop_dotenv_live"
    M.append(("m05_deny_listed_vendor_style", m05))

    def m06(p, e, n):
        for r in n[:10]:
            r["class"] = "rod_licence_and_permit_serials"
    M.append(("m06_deny_listed_negative_class", m06))

    def m07(p, e, n):
        p[12]["secrets"][0]["type"] = p[13]["type"]
    M.append(("m07_record_span_type_mismatch", m07))

    def m08(p, e, n):
        del e[-1]
    M.append(("m08_missing_evasion", m08))

    def m09(p, e, n):
        i = find(p, lambda r: r["source"] == "prose")
        r = p[i]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + r["text"][s["start"]:]
        s["start"] -= 1
        s["end"] -= 1
    M.append(("m09_prose_value_glued", m09))

    def m10(p, e, n):
        v = p[20]["secrets"][0]["value"]
        r = p[21]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"]] + v + r["text"][s["end"]:]
        s["value"], s["end"] = v, s["start"] + len(v)
    M.append(("m10_value_reused", m10))

    def m11(p, e, n):
        i = find(p, lambda r: r["type"] == "plot_portal_session_jwt")
        r = p[i]
        s = r["secrets"][0]
        h, pl, sg = s["value"].split(".")
        nv = h + "." + "eyJub3QganNvbg" + "." + sg
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"], s["end"] = nv, s["start"] + len(nv)
    M.append(("m11_jwt_payload_not_json", m11))

    def m12(p, e, n):
        n[0]["text"] += "\nref 123e4567-e89b-12d3-a456-426614174000\n"
    M.append(("m12_uuid_not_v4", m12))

    def m13(p, e, n):
        i = find(p, lambda r: r["source"] == "prose")
        p[i]["container"] = p[i]["container"].split("__")[0] + "__deu"
    M.append(("m13_deny_listed_language", m13))

    def m14(p, e, n):
        i = find(n, lambda r: r["class"] == "seed_library_isbn13_and_accessions")
        t = n[i]["text"]
        k = t.index("ISBN ") + 17
        n[i]["text"] = t[:k] + str((int(t[k]) + 1) % 10) + t[k + 1:]
    M.append(("m14_bad_isbn13_check_digit", m14))

    def m15(p, e, n):
        i = find(p, lambda r: r["source"] == "password")
        p[i]["type"] = p[i]["secrets"][0]["type"] = C.PWPFX + "pgpass_fifth_colon_field"
    M.append(("m15_earlier_syntax_name", m15))

    def m16(p, e, n):
        i = find(p, lambda r: r["type"] == "tool_store_lock_api_token")
        r = p[i]
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + ("A" if v[-1] != "A" else "B")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv
    M.append(("m16_tsl_crc32_broken", m16))

    def m17(p, e, n):
        n[3]["text"] += " " + e[5]["secrets"][0]["plain"]
    M.append(("m17_evasion_plain_in_negative", m17))

    def m18(p, e, n):
        i = find(p, lambda r: "fixed_width" in r["type"])
        r = p[i]
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"]] + " " + r["text"][s["start"]:]
        s["start"] += 1
        s["end"] += 1
    M.append(("m18_fixed_width_column_shift", m18))

    def m19(p, e, n):
        i = find(p, lambda r: r["type"] == "show_entries_api_key")
        r = p[i]
        s = r["secrets"][0]
        v = s["value"]
        nv = v[:-1] + ("0" if v[-1] != "0" else "1")
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv
    M.append(("m19_pse_mod3736_broken", m19))

    base = set(checks211.run_checks(pos, eva, neg, deny, meta))
    results = []
    for name, f in M:
        p, e, n = copy.deepcopy(pos), copy.deepcopy(eva), copy.deepcopy(neg)
        f(p, e, n)
        errs = set(checks211.run_checks(p, e, n, deny, meta))
        results.append((name, bool(errs - base)))
    return results


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist()
        with open(FROZEN, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("frozen", {k: len(v) for k, v in d.items() if isinstance(v, list)})
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    with open(FROZEN, encoding="utf-8") as fh:
        deny = json.load(fh)
    deny_status = "frozen copy used (/tmp/brief211 absent)"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if json.dumps(fresh, sort_keys=True) != json.dumps(deny, sort_keys=True):
            errors.append("brief_names.json differs from a fresh extraction of " + C.BRIEF_DIR)
        deny_status = "re-extracted from %s and identical" % C.BRIEF_DIR
    g1 = generate()
    g2 = generate()
    files1 = [C.dumps_jsonl(x) for x in g1[:3]]
    files2 = [C.dumps_jsonl(x) for x in g2[:3]]
    if files1 != files2:
        errors.append("two generations differ")
    pos, eva, neg, meta = g1
    errors += checks211.run_checks(pos, eva, neg, deny, meta)
    muts = mutations(pos, eva, neg, deny, meta)
    for name, caught in muts:
        if not caught:
            errors.append("mutation not caught: " + name)
    r1 = readme211.render(pos, eva, neg, deny, meta, muts, deny_status)
    r2 = readme211.render(*g2[:3], deny, g2[3], muts, deny_status)
    if r1 != r2:
        errors.append("README renders differ")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, data in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], files1):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as fh:
            fh.write(data)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote %d positives, %d evasions, %d negatives to %s; mutations %d/%d caught" % (
        len(pos), len(eva), len(neg), outdir, sum(c for _, c in muts), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
