#!/usr/bin/env python3
"""Build corpus p181 (privacy_hundredeightyfirst): python3 build.py [outdir]  |  python3 build.py --freeze"""
import copy, json, os, sys
sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import common181, everyday181, vendor181, positional181, prose181, evasions181, negatives181, checks181, readme181, enc181

BRIEF = "/tmp/brief181"
FROZEN = os.path.join(HERE, "brief_names.json")

def load_deny():
    return json.load(open(FROZEN, encoding="utf-8"))

def generate(deny):
    reg = common181.Registry()
    S, E, N = [], [], []
    for typ, kind, text, s, e in everyday181.generate(reg):
        S.append(common181.span_record(None, typ, kind, text, s, e, "everyday"))
    for typ, cont, text, s, e in vendor181.generate(reg):
        S.append(common181.span_record(None, typ, cont, text, s, e, "vendor"))
    pos, hidden = positional181.generate(reg)
    for typ, cont, text, s, e, _g in pos:
        S.append(common181.span_record(None, typ, cont, text, s, e, "password"))
    prose = prose181.generate(reg)
    for typ, cont, text, s, e, _c, _n in prose:
        S.append(common181.span_record(None, typ, cont, text, s, e, "prose"))
    for typ, cont, text, s, e, enc, plain in evasions181.generate(reg):
        rec = common181.span_record(None, typ, cont, text, s, e, "evasion")
        rec["secrets"][0]["plain"] = plain; rec["secrets"][0]["encoding"] = enc
        rec["encoding"] = enc
        E.append(rec)
    for cls, cont, text in negatives181.generate(list(reg.items)):
        N.append({"id": None, "class": cls, "container": cont, "text": text, "source": "negative"})
    for lst, k in ((S, "s"), (E, "e"), (N, "n")):
        for i, rec in enumerate(lst):
            rec["id"] = "%s-%s-%04d" % (common181.PREFIX, k, i + 1)
    # key order: id first
    S = [{"id": r["id"], "type": r["type"], "container": r["container"], "text": r["text"], "secrets": r["secrets"], "source": r["source"]} for r in S]
    E = [{"id": r["id"], "type": r["type"], "container": r["container"], "encoding": r["encoding"], "text": r["text"], "secrets": r["secrets"], "source": r["source"]} for r in E]
    N = [{"id": r["id"], "class": r["class"], "container": r["container"], "text": r["text"], "source": r["source"]} for r in N]
    meta = {
        "deny": deny,
        "hidden_passwords": hidden,
        "everyday_password_types": everyday181.PASSWORD_TYPES,
        "vendor_owner_types": [v[0] for v in vendor181.V[:vendor181.KEEP] if v[3] == "owner"],
        "jwt_types": ["auto_belay_log_sync_jwt", "supabase_service_role_jwt", "lemon_squeezy_api_key", "calendly_personal_access_token"],
        "b64_syntaxes": [positional181.PREFIX + s for s, g, t in positional181.S if t is None],
        "encoding_rules": dict(enc181.ENCODINGS),
        "wordings": [w[0] for w in evasions181.WORDINGS],
        "vendor_styles": [s for s, _ in vendor181.STYLES],
        "password_suffixes": list(positional181.SUFFIX.values()),
        "prose_formats": prose181.FORMATS,
        "wrappers": [w[0] for w in negatives181.WRAPPERS],
        "syntaxes": [s for s, g, t in positional181.S],
        "languages": [(c, n) for c, n, _s, _t in prose181.L] + list(prose181.SPARES),
    }
    return {"secrets": S, "evasions": E, "negatives": N}, meta

def dumps(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)

MUTATIONS = []
def mutation(f):
    MUTATIONS.append(f); return f

@mutation
def m01_shifted_offset(d):
    d["secrets"][3]["secrets"][0]["start"] += 1
@mutation
def m02_duplicate_id(d):
    d["negatives"][5]["id"] = d["negatives"][4]["id"]
@mutation
def m03_positive_value_in_negative(d):
    d["negatives"][7]["text"] += "\n" + d["secrets"][200]["secrets"][0]["value"]
@mutation
def m04_wrong_evasion_plain(d):
    d["evasions"][10]["secrets"][0]["plain"] += "x"
@mutation
def m05_deny_listed_container(d):
    d["secrets"][190]["container"] = d["secrets"][190]["type"] + "__band_portal_php_config_array"
@mutation
def m06_deny_listed_negative_class(d):
    d["negatives"][0]["class"] = "pbkdf2_and_scrypt_password_hashes"
@mutation
def m07_record_span_type_mismatch(d):
    d["secrets"][20]["type"] = d["secrets"][21]["type"] if d["secrets"][21]["type"] != d["secrets"][20]["type"] else "x_type"
@mutation
def m08_missing_evasion(d):
    del d["evasions"][-1]
@mutation
def m09_prose_value_glued(d):
    rec = [r for r in d["secrets"] if r["source"] == "prose"][0]
    sp = rec["secrets"][0]
    rec["text"] = rec["text"][:sp["start"] - 1] + rec["text"][sp["start"]:]
    sp["start"] -= 1; sp["end"] -= 1
@mutation
def m10_value_reused(d):
    a, b = d["secrets"][30], d["secrets"][31]
    v = a["secrets"][0]["value"]; sp = b["secrets"][0]
    b["text"] = b["text"][:sp["start"]] + v + b["text"][sp["end"]:]
    sp["value"] = v; sp["end"] = sp["start"] + len(v)
@mutation
def m11_deny_listed_encoding(d):
    d["evasions"][0]["encoding"] = "rot47_printable_ascii"
@mutation
def m12_value_twice_in_text(d):
    d["secrets"][50]["text"] += "\n" + d["secrets"][50]["secrets"][0]["value"]
@mutation
def m13_jwt_payload_not_json(d):
    rec = [r for r in d["secrets"] if r["type"] == "auto_belay_log_sync_jwt"][0]
    sp = rec["secrets"][0]; h, p, s = sp["value"].split(".")
    nv = h + "." + "eyJub3Rqc29u" + "." + s
    rec["text"] = rec["text"][:sp["start"]] + nv + rec["text"][sp["end"]:]
    sp["value"] = nv; sp["end"] = sp["start"] + len(nv)
@mutation
def m14_deny_listed_language(d):
    rec = [r for r in d["secrets"] if r["source"] == "prose"][2]
    rec["container"] = rec["container"].split("__")[0] + "__deu"
@mutation
def m15_earlier_syntax_name(d):
    rec = [r for r in d["secrets"] if r["source"] == "password"][0]
    rec["type"] = rec["secrets"][0]["type"] = "cragpw_zip_capital_p_flag"
    rec["container"] = "cragpw_zip_capital_p_flag__front_desk_terminal_history"
@mutation
def m16_bad_ghp_checksum(d):
    rec = [r for r in d["secrets"] if r["secrets"][0]["value"].startswith("ghp_")][0]
    sp = rec["secrets"][0]; v = sp["value"]
    nv = v[:-1] + ("A" if v[-1] != "A" else "B")
    rec["text"] = rec["text"][:sp["start"]] + nv + rec["text"][sp["end"]:]
    sp["value"] = nv
@mutation
def m17_bad_luhn_card(d):
    import re
    rec = [r for r in d["negatives"] if r["class"] == "arcade_play_card_numbers_with_luhn_digit"][0]
    m = re.search(r"(?<!\d)(7\d{3} ?\d{4} ?\d{4} ?\d{3})(\d)(?!\d)", rec["text"])
    rec["text"] = rec["text"][:m.start(2)] + str((int(m.group(2)) + 1) % 10) + rec["text"][m.end(2):]
@mutation
def m18_uuid_not_v4(d):
    import re
    rec = [r for r in d["negatives"] if r["class"] == "climbing_route_grade_and_setter_tags"][0]
    m = common181.UUID_RE.search(rec["text"])
    u = m.group(0); nu = u[:14] + "1" + u[15:]
    rec["text"] = rec["text"][:m.start()] + nu + rec["text"][m.end():]

def run_mutations(data, meta, base_errs):
    results = []
    base = set(base_errs)
    for f in MUTATIONS:
        d = copy.deepcopy(data)
        f(d)
        errs = checks181.run_checks(d, meta)
        results.append((f.__name__, bool(set(errs) - base)))
    return results

def main(argv):
    if len(argv) > 1 and argv[1] == "--freeze":
        d = common181.extract_denylist(BRIEF)
        with open(FROZEN, "w", encoding="utf-8") as fh:
            json.dump(d, fh, ensure_ascii=False, indent=1); fh.write("\n")
        print("froze %d names" % len(d["names"])); return 0
    outdir = argv[1] if len(argv) > 1 else HERE
    errors = []
    deny = load_deny()
    freeze_note = "not re-extracted (%s absent)" % BRIEF
    if os.path.isdir(BRIEF):
        fresh = common181.extract_denylist(BRIEF)
        if fresh != deny:
            errors.append("brief_names.json differs from a fresh extraction of %s" % BRIEF)
            freeze_note = "DIFFERENT"
        else:
            freeze_note = "re-extracted from %s and identical" % BRIEF
    d1, meta1 = generate(deny)
    d2, meta2 = generate(deny)
    out1 = {k: dumps(v) for k, v in d1.items()}
    out2 = {k: dumps(v) for k, v in d2.items()}
    for k in out1:
        if out1[k] != out2[k]:
            errors.append("non-deterministic output: %s" % k)
    base_errs = checks181.run_checks(d1, meta1)
    errors += base_errs
    muts = run_mutations(d1, meta1, base_errs)
    for name, caught in muts:
        if not caught:
            errors.append("mutation %s not caught" % name)
    readme1 = readme181.render(d1, meta1, muts, freeze_note)
    readme2 = readme181.render(d2, meta2, muts, freeze_note)
    if readme1 != readme2:
        errors.append("README not deterministic")
    if errors:
        for e in errors[:200]:
            print("ERROR:", e)
        print("%d errors; nothing written" % len(errors))
        return 1
    os.makedirs(outdir, exist_ok=True)
    for k in ("secrets", "evasions", "negatives"):
        with open(os.path.join(outdir, k + ".jsonl"), "w", encoding="utf-8") as fh:
            fh.write(out1[k])
    with open(os.path.join(outdir, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(readme1)
    if os.path.abspath(outdir) != HERE:
        with open(os.path.join(outdir, "brief_names.json"), "w", encoding="utf-8") as fh:
            json.dump(deny, fh, ensure_ascii=False, indent=1); fh.write("\n")
    print("ok: secrets %d, evasions %d, negatives %d, mutations %d/%d caught" % (
        len(d1["secrets"]), len(d1["evasions"]), len(d1["negatives"]), sum(c for _, c in muts), len(muts)))
    return 0

if __name__ == "__main__":
    sys.exit(main(sys.argv))
