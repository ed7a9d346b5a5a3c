#!/usr/bin/env python3
"""Build corpus p235 (surf schools). Usage: python3 build.py [outdir] | --freeze

Generates everything twice in one process, compares bytes, runs all checks and the
mutation tests, renders README.md, and only then writes the files. On any failure
it prints the errors, writes nothing and exits 1.
"""
import copy
import json
import os
import sys

import checks235
import common235 as C
import enc235
import everyday235
import evasions235
import negatives235
import positional235
import prose235
import readme235
import vendor235

HERE = os.path.dirname(os.path.abspath(__file__))
FROZEN = os.path.join(HERE, "brief_names.json")


def generate_all():
    reg = C.Registry()
    ev = everyday235.generate(reg)
    vd = vendor235.generate(reg)
    pw = positional235.generate(reg)
    pr = prose235.generate(reg)
    es = evasions235.generate(reg)
    secrets = []
    hidden = {}

    def add(stype, cont, text, val, source):
        rid = "%s-s-%04d" % (C.PREFIX, len(secrets) + 1)
        secrets.append(C.positive(rid, stype, cont, text, val, source))
        return rid

    for t, cont, text, val in ev:
        add(t, cont, text, val, "everyday")
    for t, cont, text, val in vd:
        add(t, cont, text, val, "vendor")
    pw_meta = []
    for t, cont, text, val, cat, hid in pw:
        rid = add(t, cont, text, val, "password")
        if hid:
            hidden[rid] = hid
        pw_meta.append((t, cat))
    for t, cont, text, val, code, name, script in pr:
        add(t, cont, text, val, "prose")
    evasions = []
    for tname, cont, encname, text, run, plain in es:
        rid = "%s-e-%04d" % (C.PREFIX, len(evasions) + 1)
        sp = C.span_record(text, run, tname)
        sp["plain"] = plain
        sp["encoding"] = encname
        evasions.append({"id": rid, "type": tname, "container": cont, "encoding": encname, "text": text,
                         "secrets": [sp], "source": "evasion"})
    forbidden = [s for s in reg.items if len(s) >= 6 and s not in reg.public] + [h for h in hidden.values()]

    def ok(text):
        if any(s in text for s in forbidden):
            return False
        if C.WORLD_PW_SEARCH_RE.search(text):
            return False
        return all(C.UUID4_RE.match(m.group(0)) for m in C.UUID_RE.finditer(text))

    negatives = []
    for cname, cont, text in negatives235.generate(ok):
        rid = "%s-n-%04d" % (C.PREFIX, len(negatives) + 1)
        negatives.append({"id": rid, "class": cname, "container": cont, "text": text, "source": "negative"})
    meta = {
        "hidden": hidden,
        "registry_size": len(reg.items),
        "registry_public": len(reg.public),
        "set_aside_syntaxes": [s for s, _ in positional235.SET_ASIDE],
        "languages": [(c, n) for c, n, _, _ in prose235.LANGS],
        "language_spares": list(prose235.SPARES),
        "names": {
            "everyday kind": list(everyday235.KINDS) + [everyday235.SPARE_KIND],
            "everyday type": [t[0] for t in everyday235.TYPES],
            "vendor style": [s[0] for s in vendor235.STYLES],
            "vendor set-aside": [s for s, _ in vendor235.SET_ASIDE],
            "password suffix": list(positional235.SUFFIX.values()),
            "syntax set-aside": [s for s, _ in positional235.SET_ASIDE],
            "prose format": list(prose235.FORMATS),
            "evasion wording": list(evasions235.WORDINGS),
            "evasion type": [t[0] for t in evasions235.TYPES],
            "negative wrapper": list(negatives235.WRAPPERS),
            "negative base kind": [b.__name__ for _, bases, _ in negatives235.CLASSES for b in bases],
            "negative class": [c for c, _, _ in negatives235.CLASSES] + [negatives235.SPARE_CLASS],
            "encoding": list(enc235.RULES),
            "language code": [c for c, _, _, _ in prose235.LANGS] + [c for c, _ in prose235.SPARES],
        },
    }
    return {"secrets": secrets, "evasions": evasions, "negatives": negatives, "meta": meta}


def blobs(d):
    return (C.dumps_jsonl(d["secrets"]), C.dumps_jsonl(d["evasions"]), C.dumps_jsonl(d["negatives"]))


def first(recs, pred):
    for r in recs:
        if pred(r):
            return r
    raise LookupError


def _retext(r, new_value):
    sp = r["secrets"][0]
    r["text"] = r["text"][:sp["start"]] + new_value + r["text"][sp["end"]:]
    sp["value"] = new_value
    sp["end"] = sp["start"] + len(new_value)


def mutations():
    def m01(d):
        d["secrets"][5]["secrets"][0]["start"] += 1

    def m02(d):
        d["negatives"][3]["id"] = d["negatives"][2]["id"]

    def m03(d):
        d["negatives"][7]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][4]["secrets"][0]["plain"] = "Wedge-zz9x11"

    def m05(d):
        r = first(d["secrets"], lambda r: r["source"] == "vendor")
        r["container"] = r["type"] + "__winery_app_dotenv_file"

    def m06(d):
        for r in d["negatives"][:10]:
            r["class"] = "wine_lot_and_tank_labels"

    def m07(d):
        d["secrets"][20]["type"] = d["secrets"][21]["type"] if d["secrets"][21]["type"] != d["secrets"][20]["type"] else "x"

    def m08(d):
        del d["evasions"][-1]

    def m09(d):
        r = first(d["secrets"], lambda r: r["source"] == "prose")
        sp = r["secrets"][0]
        r["text"] = r["text"][:sp["start"] - 1] + r["text"][sp["start"]:]
        sp["start"] -= 1
        sp["end"] -= 1

    def m10(d):
        a = d["secrets"][30]
        b = first(d["secrets"], lambda r: r["source"] == "vendor")
        _retext(b, a["secrets"][0]["value"])

    def m11(d):
        r = first(d["secrets"], lambda r: r["type"] == "swell_feed_adler32_key")
        v = r["secrets"][0]["value"]
        _retext(r, v[:-1] + ("0" if v[-1] != "0" else "1"))

    def m12(d):
        d["negatives"][11]["text"] += "\nref 3f2b8c1e-9d4a-1c7b-8e2f-5a6b7c8d9e0f"

    def m13(d):
        r = first(d["secrets"], lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__fra"

    def m14(d):
        r = first(d["secrets"], lambda r: r["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = "surfpw_mysql_client_glued_lower_p"

    def m15(d):
        r = first(d["negatives"], lambda r: "EAN " in r["text"])
        i = r["text"].index("EAN ") + 4 + 12
        r["text"] = r["text"][:i] + str((int(r["text"][i]) + 1) % 10) + r["text"][i + 1:]

    def m16(d):
        d["negatives"][40]["text"] += "\nwifi: Pelican-q8z4k21"

    def m17(d):
        r = first(d["secrets"], lambda r: r["type"] == "instructor_app_hs384_jwt")
        h, p, s = r["secrets"][0]["value"].split(".")
        _retext(r, h + "." + "eyJub3QganNvbg" + "." + s)

    def m18(d):
        r = first(d["secrets"], lambda r: r["type"] == "lesson_server_damm_key")
        v = r["secrets"][0]["value"]
        d9 = v[12]
        _retext(r, v[:12] + str((int(d9) + 1) % 10) + v[13:])

    def m19(d):
        r = d["evasions"][10]
        _retext(r, r["secrets"][0]["value"][:-2])

    def m20(d):
        r = first(d["negatives"], lambda r: "-----END PGP" in r["text"])
        i = r["text"].index("\n=") + 2
        r["text"] = r["text"][:i] + ("A" if r["text"][i] != "A" else "B") + r["text"][i + 1:]

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_adler32_tail_broken", m11), ("m12_uuid_not_v4", m12), ("m13_deny_listed_language", m13),
            ("m14_earlier_syntax_name", m14), ("m15_ean13_check_digit_broken", m15),
            ("m16_password_form_in_negative", m16), ("m17_jwt_payload_not_json", m17),
            ("m18_damm_digit_broken", m18), ("m19_evasion_run_truncated", m19), ("m20_pgp_crc24_broken", m20)]


def load_denylist(errors, notes):
    fresh = C.extract_denylist(C.BRIEF_DIR) if os.path.isdir(C.BRIEF_DIR) else None
    if os.path.exists(FROZEN):
        with open(FROZEN, encoding="utf-8") as f:
            frozen = json.load(f)
        if fresh is not None:
            if fresh != frozen:
                errors.append("brief_names.json differs from a fresh extraction of %s" % C.BRIEF_DIR)
            else:
                notes.append("re-extracted from %s and identical" % C.BRIEF_DIR)
        else:
            notes.append("%s absent; frozen list used" % C.BRIEF_DIR)
        return frozen
    if fresh is None:
        errors.append("no brief_names.json and no %s" % C.BRIEF_DIR)
        return None
    errors.append("brief_names.json missing; run build.py --freeze first")
    return fresh


def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        dl = C.extract_denylist(C.BRIEF_DIR)
        with open(FROZEN, "w", encoding="utf-8") as f:
            json.dump(dl, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print("froze %d names, %d syntaxes" % (len(dl["names"]), len(dl["syntaxes"])))
        return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors, notes = [], []
    dl = load_denylist(errors, notes)
    if dl is None:
        print("\n".join(errors))
        return 1
    d1 = generate_all()
    d2 = generate_all()
    b1, b2 = blobs(d1), blobs(d2)
    if b1 != b2:
        errors.append("two in-process generations differ")
    errors += checks235.check(d1, dl)
    mres = []
    if not errors:
        for name, fn in mutations():
            dm = copy.deepcopy(d1)
            try:
                fn(dm)
                caught = bool(checks235.check(dm, dl))
            except Exception as ex:
                caught = False
                errors.append("mutation %s raised %r" % (name, ex))
            mres.append((name, caught))
            if not caught:
                errors.append("mutation %s not caught" % name)
    r1 = readme235.render(d1, dl, mres, notes)
    r2 = readme235.render(d2, dl, mres, notes)
    if r1 != r2:
        errors.append("README renders differ")
    if errors:
        print("BUILD FAILED – nothing written")
        print("\n".join(errors[:200]))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for fn, blob in zip(["secrets.jsonl", "evasions.jsonl", "negatives.jsonl"], b1):
        with open(os.path.join(outdir, fn), "w", encoding="utf-8") as f:
            f.write(blob)
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as f:
        f.write(r1)
    if os.path.abspath(outdir) != HERE:
        with open(FROZEN, encoding="utf-8") as f:
            fz = f.read()
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as f:
            f.write(fz)
    print("ok: %d secrets, %d evasions, %d negatives; mutations %d/%d caught" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _, c in mres), len(mres)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
