#!/usr/bin/env python3
"""Build corpus p230 (vineyards). Usage: python3 build.py [outdir] | python3 build.py --freeze"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common230 as C  # noqa: E402
import checks230  # noqa: E402
import everyday230  # noqa: E402
import evasions230  # noqa: E402
import negatives230  # noqa: E402
import positional230  # noqa: E402
import prose230  # noqa: E402
import readme230  # noqa: E402
import vendor230  # noqa: E402

FROZEN = os.path.join(HERE, "brief_names.json")


def generate():
    reg = C.Registry()
    sec = []

    def add(rtype, cont, text, s, e, source):
        rid = f"{C.PREFIX}-s-{len(sec) + 1:04d}"
        sec.append(C.record(rid, rtype, cont, text, s, e, source))

    for t, cont, text, s, e in everyday230.build(reg):
        add(t, cont, text, s, e, "everyday")
    for t, cont, text, s, e in vendor230.build(reg):
        add(t, cont, text, s, e, "vendor")
    pos, hidden = positional230.build(reg)
    for t, cont, text, s, e, _w, _sum, _h in pos:
        add(t, cont, text, s, e, "password")
    for t, cont, text, s, e in prose230.build(reg):
        add(t, cont, text, s, e, "prose")

    eva = []
    for t, cont, enc, text, s, e, plain in evasions230.build(reg):
        rid = f"{C.PREFIX}-e-{len(eva) + 1:04d}"
        eva.append(C.record(rid, t, cont, text, s, e, "evasion",
                            extra_span={"plain": plain, "encoding": enc}, extra_rec={"encoding": enc}))

    long_items = [x for x in reg.items if len(x) >= 6 and x not in reg.public]

    def is_clean(text):
        if any(x in text for x in long_items):
            return False
        if checks230.WORLD_PW_RE.search(text):
            return False
        for u in C.UUID_ANY_RE.findall(text):
            if not C.UUID4_RE.match(u):
                return False
        return True

    neg = []
    for cls, cont, text in negatives230.build(is_clean):
        neg.append({"id": f"{C.PREFIX}-n-{len(neg) + 1:04d}", "class": cls, "container": cont,
                    "text": text, "source": "negative"})
    return {"secrets": sec, "evasions": eva, "negatives": neg, "hidden": hidden,
            "registry_size": len(reg.items)}


def serialise(data):
    return {k: C.dumps_jsonl(data[k]) for k in ("secrets", "evasions", "negatives")}


# --- mutation tests ------------------------------------------------------------------
def _first(recs, pred):
    return next(r for r in recs if pred(r))


def mutations():
    def m01(d):
        sp = d["secrets"][0]["secrets"][0]
        sp["start"] += 1
        sp["end"] += 1

    def m02(d):
        d["secrets"][5]["id"] = d["secrets"][4]["id"]

    def m03(d):
        d["negatives"][3]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][7]["secrets"][0]["plain"] += "x"

    def m05(d):
        r = _first(d["secrets"], lambda r: r["source"] == "vendor")
        r["container"] = r["type"] + "__sign_shop_dotenv_production"

    def m06(d):
        for r in d["negatives"][:10]:
            r["class"] = "ulid_and_uuid_record_keys"

    def m07(d):
        r = d["secrets"][10]
        r["type"] = r["type"] + "_x"

    def m08(d):
        d["evasions"].pop()

    def m09(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        sp = r["secrets"][0]
        t = r["text"]
        r["text"] = t[:sp["start"] - 1] + t[sp["start"]:]
        sp["start"] -= 1
        sp["end"] -= 1

    def m10(d):
        a = _first(d["secrets"], lambda r: r["source"] == "password" and r["secrets"][0]["value"].isascii())
        b = [r for r in d["secrets"] if r["source"] == "password"][7]
        v = a["secrets"][0]["value"]
        sp = b["secrets"][0]
        t = b["text"]
        b["text"] = t[:sp["start"]] + v + t[sp["end"]:]
        sp["value"], sp["end"] = v, sp["start"] + len(v)

    def m11(d):
        r = _first(d["secrets"], lambda r: r["type"] == "tank_telemetry_crc32_key")
        sp = r["secrets"][0]
        v = sp["value"]
        nv = v[:-1] + ("A" if v[-1] != "A" else "B")
        r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
        sp["value"] = nv

    def m12(d):
        r = d["negatives"][60]
        r["text"] += "\nref 3f2b8c1e-1d2a-1b3c-9d4e-5f6a7b8c9d0e\n"

    def m13(d):
        r = _first(d["secrets"], lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__spa"

    def m14(d):
        r = _first(d["secrets"], lambda r: r["source"] == "password")
        r["type"] = positional230.PREFIX + "sshpass_lower_p_flag"
        r["secrets"][0]["type"] = r["type"]

    def m15(d):
        r = _first(d["negatives"], lambda r: "(00)" in r["text"])
        i = r["text"].index("(00)") + 4 + 17
        ch = r["text"][i]
        r["text"] = r["text"][:i] + str((int(ch) + 1) % 10) + r["text"][i + 1:]

    def m16(d):
        d["negatives"][20]["text"] += "\nnew till code Barrique_x7k2q41\n"

    def m17(d):
        r = _first(d["secrets"], lambda r: r["type"] == "harvest_app_hs512_jwt")
        sp = r["secrets"][0]
        h, p, s = sp["value"].split(".")
        nv = h + "." + C.b64u(b"not json at all") + "." + s
        r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
        sp["value"], sp["end"] = nv, sp["start"] + len(nv)

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_crc32_tail_broken", m11), ("m12_uuid_not_v4", m12), ("m13_deny_listed_language", m13),
            ("m14_earlier_syntax_name", m14), ("m15_sscc_check_digit_broken", m15),
            ("m16_password_form_in_negative", m16), ("m17_jwt_payload_not_json", m17)]


def run_mutations(data, deny, clean_errs):
    results = []
    base = set(clean_errs)
    for name, fn in mutations():
        d = copy.deepcopy(data)
        try:
            fn(d)
            errs = checks230.check_all(d, deny)
            caught = bool(set(errs) - base)
        except Exception as ex:  # a mutation that crashes the checks is not "caught"
            caught = False
            print(f"mutation {name} raised {ex!r}", file=sys.stderr)
        results.append((name, caught))
    return results


def load_deny():
    if not os.path.exists(FROZEN):
        raise SystemExit("brief_names.json missing; run build.py --freeze first")
    frozen = json.load(open(FROZEN, encoding="utf-8"))
    status = "frozen list used (brief directory absent)"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != frozen:
            raise SystemExit("deny-list re-extracted from %s differs from brief_names.json" % C.BRIEF_DIR)
        status = f"re-extracted from {C.BRIEF_DIR} and identical"
    return frozen, status


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = C.extract_denylist()
        with open(FROZEN, "w", encoding="utf-8") as f:
            json.dump(d, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze", {k: len(v) for k, v in d.items() if isinstance(v, list)})
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    frozen, deny_status = load_deny()
    deny = C.prepare_deny(frozen)

    d1, d2 = generate(), generate()
    s1, s2 = serialise(d1), serialise(d2)
    errs = []
    for k in s1:
        if s1[k] != s2[k]:
            errs.append(f"determinism: {k} differs between two generations")
    errs += checks230.check_all(d1, deny)
    muts = run_mutations(d1, deny, errs)
    for name, caught in muts:
        if not caught:
            errs.append(f"mutation {name} not caught")
    r1 = readme230.render(d1, frozen, muts, deny_status)
    r2 = readme230.render(d2, frozen, muts, deny_status)
    if r1 != r2:
        errs.append("determinism: README differs between two generations")
    if errs:
        print("BUILD FAILED - nothing written", file=sys.stderr)
        for e in errs[:200]:
            print("  " + e, file=sys.stderr)
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(s1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            json.dump(frozen, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print(f"ok: {len(d1['secrets'])} secrets, {len(d1['evasions'])} evasions, {len(d1['negatives'])} negatives, "
          f"{sum(c for _, c in muts)}/{len(muts)} mutations caught -> {outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
