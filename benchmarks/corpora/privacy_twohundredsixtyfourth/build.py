#!/usr/bin/env python3
"""Build the p264 held-out credential corpus.

python3 build.py [outdir]   generate twice, check everything, run the mutation tests, then write
python3 build.py --freeze   re-extract the deny-list from /tmp/brief264 into brief_names.json
"""
import copy
import json
import os
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import checks264 as K  # noqa: E402
import common264 as C  # noqa: E402
import everyday264 as EV  # noqa: E402
import evasions264 as EVA  # noqa: E402
import negatives264 as NEG  # noqa: E402
import positional264 as POS  # noqa: E402
import prose264 as PR  # noqa: E402
import readme264 as RM  # noqa: E402
import vendor264 as VEN  # noqa: E402

DENY_FILE = os.path.join(HERE, "brief_names.json")


def load_deny():
    with open(DENY_FILE, encoding="utf-8") as fh:
        frozen = json.load(fh)
    status = "frozen copy used (/tmp/brief264 absent)"
    if os.path.isdir(C.BRIEF_DIR):
        fresh = C.extract_denylist()
        if fresh != frozen:
            raise SystemExit("deny-list: re-extracted list differs from brief_names.json")
        status = "re-extracted from /tmp/brief264 and identical"
    deny = dict(frozen)
    deny["names_set"] = set(frozen["names"])
    deny["syntaxes_set"] = set(frozen["syntaxes"])
    deny["codes_set"] = set(frozen["language_codes"])
    deny["lnames_set"] = set(frozen["language_names"])
    deny["status"] = status
    return deny


def generate():
    reg = C.Registry()
    signer = EV.Signer()
    everyday, wg_publics = EV.build(reg, signer)
    vendor, neighbours = VEN.build(reg)
    positional = POS.build(reg)
    prose = PR.build(reg)
    evasions = EVA.build(reg)
    secrets = everyday + vendor + positional + prose
    values = [r["secrets"][0]["value"] for r in secrets + evasions]
    plains = [r["secrets"][0]["plain"] for r in evasions]
    reg_items = [x for x in reg.items if len(x) >= 6]

    def forbidden(text):
        for v in values + plains + reg_items:
            if v in text:
                return "contains a positive / registry string"
        m = C.PASSWORD_FORM_SEARCH.search(text)
        if m:
            return "password form %r" % m.group(0)
        if C.JWT_SHAPE.search(text):
            return "JWT-shaped string"
        for m in C.UUID_SHAPE.finditer(text):
            if not C.uuid_is_v4(m.group(0)):
                return "non-v4 UUID"
        return ""

    ctx = {"signer": signer, "wg_publics": wg_publics, "neighbours": neighbours, "registry": list(reg.items)}
    negatives = NEG.build(ctx, forbidden)
    out_s, out_e, out_n = [], [], []
    for i, r in enumerate(secrets):
        out_s.append({"id": "p264-s-%04d" % (i + 1), "type": r["type"], "container": r["container"], "text": r["text"],
                      "secrets": r["secrets"], "source": r["source"]})
    for i, r in enumerate(evasions):
        out_e.append({"id": "p264-e-%04d" % (i + 1), "type": r["type"], "container": r["container"], "encoding": r["encoding"],
                      "text": r["text"], "secrets": r["secrets"], "source": r["source"]})
    for i, r in enumerate(negatives):
        out_n.append({"id": "p264-n-%04d" % (i + 1), "class": r["class"], "container": r["container"], "text": r["text"], "source": r["source"]})
    return {"secrets": out_s, "evasions": out_e, "negatives": out_n}, ctx


def dumps(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


def mutations(data, ctx, base_errs):
    base = set(base_errs)
    results = []

    def run(name, fn):
        d = copy.deepcopy(data)
        c = dict(ctx)
        fn(d, c)
        errs = set(K.check_all(d, c))
        results.append((name, bool(errs - base)))

    def first(d, source=None, typ=None, key="secrets"):
        for r in d[key]:
            if (source is None or r["source"] == source) and (typ is None or r["type"] == typ):
                return r
        raise KeyError((source, typ))

    def m01(d, c):
        first(d)["secrets"][0]["start"] += 1

    def m02(d, c):
        r = first(d, "vendor")
        v = r["secrets"][0]["value"]
        r["text"] = r["text"].replace(v, "X" * len(v))

    def m03(d, c):
        a, b = d["secrets"][0], d["secrets"][5]
        b["text"] = b["text"] + "\n" + a["secrets"][0]["value"]

    def m04(d, c):
        d["negatives"][3]["text"] += " " + d["secrets"][200]["secrets"][0]["value"]

    def m05(d, c):
        sp = d["evasions"][4]["secrets"][0]
        sp["plain"] = sp["plain"][:-1] + ("Q" if sp["plain"][-1] != "Q" else "R")

    def m06(d, c):
        r = first(d, "everyday")
        r["container"] = "tensile_rig_arduino_secrets_h"

    def m07(d, c):
        for r in d["negatives"][:12]:
            r["class"] = "genuine_tide_and_regatta_sheets"

    def m08(d, c):
        d["evasions"][0]["encoding"] = "minesweeper_clue_totals"
        d["evasions"][0]["secrets"][0]["encoding"] = "minesweeper_clue_totals"

    def m09(d, c):
        d["negatives"] = d["negatives"][:150]

    def m10(d, c):
        r = first(d, "prose")
        r["container"] = r["container"].rsplit("__", 1)[0] + "__lit"

    def m11(d, c):
        r = first(d, "everyday", "sluice_gate_mod23_pairing_code")
        sp = r["secrets"][0]
        old = sp["value"]
        new = old[:-1] + ("T" if old[-1] != "T" else "R")
        r["text"] = r["text"].replace(old, new)
        sp["value"] = new

    def m12(d, c):
        r = first(d, "everyday", "spice_catalogue_blake2s_api_key")
        sp = r["secrets"][0]
        old = sp["value"]
        new = old[:-1] + ("0" if old[-1] != "0" else "1")
        r["text"] = r["text"].replace(old, new)
        sp["value"] = new

    def m13(d, c):
        r = first(d, "everyday", "brine_telemetry_ed448_jwt")
        sp = r["secrets"][0]
        old = sp["value"]
        h, p, s = old.split(".")
        raw = bytearray(C.b64url_decode(s))
        raw[5] ^= 1
        new = h + "." + p + "." + C.b64url(bytes(raw))
        r["text"] = r["text"].replace(old, new)
        sp["value"] = new

    def m14(d, c):
        d["negatives"][7]["text"] += "\nrequest-id 3f2a9c1e-77b1-11ee-b962-0242ac120002"

    def m15(d, c):
        r = d["secrets"][10]
        r["secrets"].append(dict(r["secrets"][0]))

    def m16(d, c):
        r = first(d, "password")
        r["type"] = "spw_sqlcmd_capital_p_after_capital_u"
        r["secrets"][0]["type"] = r["type"]

    def m17(d, c):
        d["secrets"][20]["id"] = "p264-s-9999"

    def m18(d, c):
        r = first(d, "vendor", "shopify_admin_api_access_token")
        sp = r["secrets"][0]
        old = sp["value"]
        new = old[:-1] + "Z"
        r["text"] = r["text"].replace(old, new)
        sp["value"] = new

    def m19(d, c):
        r = d["evasions"][10]
        r["text"] = r["text"] + " (" + r["secrets"][0]["plain"] + ")"

    def m20(d, c):
        r = first(d, "password")
        r["text"] = r["text"] + "\n# the password of the box\n"

    def m21(d, c):
        r = first(d, "prose")
        sp = r["secrets"][0]
        t = r["text"]
        r["text"] = t[:sp["start"] - 1] + "x" + t[sp["start"]:]

    def m22(d, c):
        d["negatives"][9]["text"] += "\nold login: Saffron-2024"

    def m23(d, c):
        r = first(d, "everyday", "spice_shop_laravel_app_key")
        sp = r["secrets"][0]
        old = sp["value"]
        new = "base64:" + C.b64std(b"\x01" * 31)
        new = new + "A" * (len(old) - len(new))
        r["text"] = r["text"].replace(old, new)
        sp["value"] = new
        sp["end"] = sp["start"] + len(new)

    def m24(d, c):
        for r in d["secrets"]:
            if r["container"] == "tours_ghost_config_production_json":
                r["text"] = r["text"].replace("{", "{{", 1)
                v = r["secrets"][0]["value"]
                r["secrets"][0]["start"] = r["text"].index(v)
                r["secrets"][0]["end"] = r["secrets"][0]["start"] + len(v)
                return

    def m25(d, c):
        tok = C.b64url(b'{"alg":"HS256"}') + "." + C.b64url(b'{"sub":"x"}') + "." + C.b64url(b"short")
        d["negatives"][11]["text"] += "\n" + tok

    def m26(d, c):
        for r in d["negatives"]:
            if r["class"] == "spice_jar_gtin_barcode_labels":
                import re
                m = re.search(r"(?<!\d)(50\d{11})(?!\d)", r["text"])
                g = m.group(1)
                bad = g[:-1] + str((int(g[-1]) + 1) % 10)
                r["text"] = r["text"].replace(g, bad)
                return

    def m27(d, c):
        r = first(d, "everyday", "pan_gateway_wireguard_private_key")
        sp = r["secrets"][0]
        raw = bytearray(__import__("base64").b64decode(sp["value"]))
        raw[0] |= 7
        new = C.b64std(bytes(raw))
        r["text"] = r["text"].replace(sp["value"], new)
        sp["value"] = new

    def m28(d, c):
        r = d["evasions"][20]
        r["text"] = r["text"].replace(":\n", ": ", 1)

    def m29(d, c):
        r = first(d, "everyday", "grinder_fleet_crockford_licence_key")
        sp = r["secrets"][0]
        old = sp["value"]
        alt = [x for x in "0123456789ABCDEFGHJKMNPQRSTVWXYZ" if x != old[-1]][0]
        new = old[:-1] + alt
        r["text"] = r["text"].replace(old, new)
        sp["value"] = new

    def m30(d, c):
        for r in d["negatives"]:
            if r["class"] == "sds_cas_registry_numbers" and "7647-14-5" in r["text"]:
                r["text"] = r["text"].replace("7647-14-5", "7647-14-6")
                return
        for r in d["negatives"]:
            if r["class"] == "sds_cas_registry_numbers":
                r["text"] = r["text"].replace("7727-37-9", "7727-37-8")
                return

    for name, fn in [("m01_shifted_span_start", m01), ("m02_value_removed_from_text", m02), ("m03_value_reused_in_other_text", m03),
                     ("m04_positive_value_in_negative", m04), ("m05_evasion_plain_corrupted", m05), ("m06_deny_listed_container", m06),
                     ("m07_deny_listed_negative_class", m07), ("m08_deny_listed_encoding", m08), ("m09_negatives_below_200", m09),
                     ("m10_deny_listed_prose_language", m10), ("m11_mod23_letter_broken", m11), ("m12_blake2s_tail_broken", m12),
                     ("m13_ed448_signature_broken", m13), ("m14_non_v4_uuid_in_negative", m14), ("m15_two_spans", m15),
                     ("m16_earlier_syntax_name", m16), ("m17_id_out_of_sequence", m17), ("m18_vendor_shape_broken", m18),
                     ("m19_plain_leaked_into_text", m19), ("m20_hint_word_in_positional_text", m20), ("m21_prose_value_not_set_off", m21),
                     ("m22_password_form_in_negative", m22), ("m23_laravel_key_wrong_length", m23), ("m24_json_container_broken", m24),
                     ("m25_invalid_jwt_in_negative", m25), ("m26_gs1_check_broken_in_negative", m26), ("m27_wireguard_key_unclamped", m27),
                     ("m28_evasion_layout_broken", m28), ("m29_crockford_check_broken", m29), ("m30_cas_check_broken_in_negative", m30)]:
        run(name, fn)
    return results


def main(argv):
    if "--freeze" in argv:
        d = C.extract_denylist()
        with open(DENY_FILE, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print("froze %d names, %d syntaxes, %d codes, %d language names" % (
            len(d["names"]), len(d["syntaxes"]), len(d["language_codes"]), len(d["language_names"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    deny = load_deny()
    data1, ctx1 = generate()
    data2, _ctx2 = generate()
    errors = []
    files1 = {k: dumps(v) for k, v in data1.items()}
    files2 = {k: dumps(v) for k, v in data2.items()}
    determinism = all(files1[k] == files2[k] for k in files1)
    if not determinism:
        errors.append("determinism: two generations differ")
    parsed = {k: [json.loads(line) for line in files1[k].decode("utf-8").splitlines()] for k in files1}
    if parsed != data1:
        errors.append("round-trip: JSONL bytes do not parse back to the same records")
    ctx1["deny"] = deny
    errors += K.check_all(parsed, ctx1)
    muts = mutations(parsed, ctx1, errors)
    failed_muts = [n for n, caught in muts if not caught]
    for n in failed_muts:
        errors.append("mutation not caught: " + n)
    if len(muts) < 12:
        errors.append("fewer than 12 mutation tests")
    stats = {"deny": deny, "mutations": muts, "determinism": determinism, "errors": len(errors), "ctx": ctx1}
    readme1 = RM.render(parsed, stats)
    readme2 = RM.render(parsed, stats)
    if readme1 != readme2:
        errors.append("determinism: README renders differ")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k, fn in (("secrets", "secrets.jsonl"), ("evasions", "evasions.jsonl"), ("negatives", "negatives.jsonl")):
        with open(os.path.join(outdir, fn), "wb") as fh:
            fh.write(files1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    print("wrote %d positives, %d evasions, %d negatives to %s; %d/%d mutations caught; 0 errors" % (
        len(parsed["secrets"]), len(parsed["evasions"]), len(parsed["negatives"]), outdir,
        sum(1 for _, c in muts if c), len(muts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
