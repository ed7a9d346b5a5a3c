"""Checks run by build.py before anything is written (plus mutation tests)."""
import base64
import copy
import json
import re
import zlib

import common208 as C
import dec208
import everyday208
import prose208
import vendor208
from enc208 import ENCODINGS

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
UUIDISH = re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Fa-f])")
JWTISH = re.compile(r"eyJ[A-Za-z0-9_-]{6,}\.eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]+")
PLAIN_ALPHA = re.compile(r"^[A-Za-z0-9_.-]+$")
EVA_PLAIN_RE = {
    "mason_evasion_engraver_pc_password": C.STRICT_RE,
    "watch_evasion_safe_release_code": re.compile(r"^wsr_[0-9A-Za-z]{16}$"),
    "sweep_evasion_van_unlock_key": re.compile(r"^svk-[a-z0-9]{20}$"),
}
EVERYDAY_PW = {t[0] for t in everyday208.TYPES if t[3] == "pw"}


def _b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_jwt(tok, errs, where, want_alg=None):
    parts = tok.split(".")
    if len(parts) != 3:
        errs.append("%s: JWT not three parts" % where)
        return
    try:
        h = json.loads(_b64u_dec(parts[0]))
        json.loads(_b64u_dec(parts[1]))
        sig = _b64u_dec(parts[2])
    except Exception:
        errs.append("%s: JWT header/payload not base64url JSON" % where)
        return
    alg = h.get("alg")
    if alg not in C.JWT_SIG_LEN or len(sig) != C.JWT_SIG_LEN[alg]:
        errs.append("%s: JWT signature length does not fit alg %r" % (where, alg))
    if want_alg and alg != want_alg:
        errs.append("%s: JWT alg %r, want %r" % (where, alg, want_alg))


def check_everyday_shape(typ, v, errs, where):
    if typ in EVERYDAY_PW:
        if not C.OWNER_RE.match(v):
            errs.append("%s: owner password shape" % where)
    elif typ == "sweep_round_api_token":
        if not re.match(r"^srt_[0-9A-Z]{28}[0-9]{2}$", v) or not C.mod97_ok(v[4:]):
            errs.append("%s: srt_ MOD 97-10 check broken" % where)
    elif typ == "reminder_webhook_signing_secret":
        if not re.match(r"^rmd_whsec_[A-Za-z0-9_-]{43}$", v) or len(_b64u_dec(v[10:])) != 32:
            errs.append("%s: rmd_whsec_ shape" % where)
    elif typ == "workshop_timer_device_psk":
        if not re.match(r"^[0-9a-f]{64}$", v):
            errs.append("%s: PSK shape" % where)
    elif typ == "valuation_share_link_jwt":
        check_jwt(v, errs, where, "HS512")
    elif typ == "movement_records_fernet_key":
        if not re.match(r"^[A-Za-z0-9_-]{43}=$", v) or len(base64.urlsafe_b64decode(v)) != 32:
            errs.append("%s: Fernet key shape" % where)
    elif typ == "spares_supplier_api_key":
        m = re.match(r"^spk_live_([0-9A-Za-z]{32})_([0-9a-f]{8})$", v)
        if not m or ("%08x" % (zlib.adler32(m.group(1).encode()) & 0xFFFFFFFF)) != m.group(2):
            errs.append("%s: spk_live_ Adler-32 broken" % where)
    else:
        errs.append("%s: unknown everyday type %s" % (where, typ))


def check_all(data):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    hidden = data["hidden"]
    deny = data["deny"]
    # ---------------- ids and fields
    for recs, fields, pref in ((S, POS_FIELDS, "s"), (E, EVA_FIELDS, "e"), (N, NEG_FIELDS, "n")):
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            errs.append("duplicate ids in %s" % pref)
        for i, r in enumerate(recs):
            if r.get("id") != "%s-%s-%04d" % (C.PREFIX, pref, i + 1):
                errs.append("id not sequential: %r" % r.get("id"))
            if list(r.keys()) != fields:
                errs.append("%s: fields %r" % (r.get("id"), list(r.keys())))
    # ---------------- spans
    allvals = []
    for r in S + E:
        rid = r["id"]
        if len(r["secrets"]) != 1:
            errs.append("%s: not exactly one span" % rid)
            continue
        sp = r["secrets"][0]
        want = EVA_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(sp.keys()) != want:
            errs.append("%s: span fields %r" % (rid, list(sp.keys())))
        v, s, e = sp.get("value"), sp.get("start"), sp.get("end")
        if not isinstance(s, int) or not isinstance(e, int) or r["text"][s:e] != v:
            errs.append("%s: span does not re-slice" % rid)
        if not v or v != v.strip():
            errs.append("%s: empty value or edge whitespace" % rid)
        if r["type"] != sp.get("type"):
            errs.append("%s: record type != span type" % rid)
        if v and r["text"].count(v) != 1:
            errs.append("%s: value occurs %d times" % (rid, r["text"].count(v)))
        for bad in (C.SLOT, "\x00", "PRIVATE KEY", "\u2063"):
            if bad in r["text"]:
                errs.append("%s: forbidden marker in text" % rid)
        allvals.append((rid, v))
    if len({v for _, v in allvals}) != len(allvals):
        errs.append("value reused across records")
    texts = [(r["id"], r["text"]) for r in S + E]
    negtexts = [(r["id"], r["text"]) for r in N]
    for rid, v in allvals:
        for oid, t in texts:
            if oid != rid and v in t:
                errs.append("%s: value appears in %s" % (rid, oid))
        for nid, t in negtexts:
            if v in t:
                errs.append("%s: positive value appears in negative %s" % (rid, nid))
    secret_plains = list(hidden) + [r["secrets"][0].get("plain", "") for r in E]
    for p in secret_plains:
        if not p:
            continue
        for oid, t in texts + negtexts:
            if p in t:
                errs.append("hidden/plain %r appears in %s" % (p, oid))
    for r in N:
        for bad in (C.SLOT, "\x00", "PRIVATE KEY"):
            if bad in r["text"]:
                errs.append("%s: forbidden marker in negative" % r["id"])
    # ---------------- per source
    by = {}
    for r in S:
        by.setdefault(r["source"], []).append(r)
    if set(by) - {"everyday", "vendor", "password", "prose"}:
        errs.append("unknown source")
    ev = by.get("everyday", [])
    vd = by.get("vendor", [])
    pw = by.get("password", [])
    pr = by.get("prose", [])
    # everyday
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        check_everyday_shape(r["type"], r["secrets"][0]["value"], errs, r["id"])
    if len(ev) != 180 or len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday counts wrong (%d records, %d kinds)" % (len(ev), len(kinds)))
    tc = {}
    for r in ev:
        tc[r["type"]] = tc.get(r["type"], 0) + 1
    if len(tc) != 12 or any(c != 15 for c in tc.values()):
        errs.append("everyday type counts wrong %r" % tc)
    # vendor
    rx = vendor208.regexes()
    vt = [r["type"] for r in vd]
    if len(vd) != 120 or len(set(vt)) != 120:
        errs.append("vendor counts wrong")
    for r in vd:
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("%s: vendor container not <type>__<style>" % r["id"])
        if r["type"] in rx and not re.match(rx[r["type"]], r["secrets"][0]["value"]):
            errs.append("%s: vendor value does not match its shape" % r["id"])
        v = r["secrets"][0]["value"]
        if JWTISH.fullmatch(v) or v.startswith("IST.eyJ"):
            check_jwt(v.replace("IST.", "", 1), errs, r["id"])
    # passwords
    syn = [r["type"] for r in pw]
    if not (95 <= len(pw) <= 120) or len(set(syn)) != len(syn):
        errs.append("password syntax count wrong (%d)" % len(pw))
    hid = data.get("hidden_by_id", {})
    for r in pw:
        if not r["type"].startswith(C.PWPREFIX) or not r["container"].startswith(r["type"] + "__"):
            errs.append("%s: password type/container form" % r["id"])
        v = r["secrets"][0]["value"]
        if r["id"] in hid:
            h = hid[r["id"]]
            dec = base64.b64decode(v).decode()
            if "smtp_auth_plain" in r["type"]:
                ok = dec.startswith("\0") and dec.count("\0") == 2 and dec.split("\0")[2] == h
            else:
                ok = dec.count(":") == 1 and dec.split(":")[1] == h
            if not ok or not C.STRICT_RE.match(h):
                errs.append("%s: Base64 frame wrong" % r["id"])
        elif not C.STRICT_RE.match(v):
            errs.append("%s: positional password shape" % r["id"])
        if "fixed_width_cols_41_to_60" in r["type"]:
            line = r["text"].split("\n")[1]
            if line[40:60].strip() != v:
                errs.append("%s: fixed-width columns 41-60 wrong" % r["id"])
    # prose
    langs = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        errs.append("prose counts wrong")
    for r in pr:
        sp = r["secrets"][0]
        t = r["text"]
        if not C.STRICT_RE.match(sp["value"]):
            errs.append("%s: prose password shape" % r["id"])
        if sp["start"] == 0 or not t[sp["start"] - 1].isspace() or sp["end"] >= len(t) or not t[sp["end"]].isspace():
            errs.append("%s: prose value not set off by whitespace" % r["id"])
    if not (440 <= len(S) <= 470):
        errs.append("positives total %d" % len(S))
    types_by_src = {k: {r["type"] for r in v} for k, v in by.items()}
    srcs = list(types_by_src)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if types_by_src[srcs[i]] & types_by_src[srcs[j]]:
                errs.append("span types shared between %s and %s" % (srcs[i], srcs[j]))
    ne = [r["container"] for r in S if r["source"] != "everyday"]
    if len(set(ne)) != len(ne):
        errs.append("non-everyday containers not unique")
    # ---------------- structured substrings
    for rid, t in texts + negtexts:
        for m in UUIDISH.finditer(t):
            u = m.group(0).lower()
            if u[14] != "4" or u[19] not in "89ab":
                errs.append("%s: UUID-shaped substring not v4: %s" % (rid, u))
        for m in JWTISH.finditer(t):
            check_jwt(m.group(0), errs, rid)
    # ---------------- evasions
    encs = {}
    for r in E:
        sp = r["secrets"][0]
        enc = r["encoding"]
        encs[enc] = encs.get(enc, 0) + 1
        if sp.get("encoding") != enc:
            errs.append("%s: record/span encoding differ" % r["id"])
        if not r["container"].startswith(enc + "__"):
            errs.append("%s: evasion container form" % r["id"])
        try:
            d = dec208.decode(enc, sp["value"])
        except Exception as ex:
            d = "<error %s>" % ex
        if d != sp.get("plain"):
            errs.append("%s: evasion does not decode to its plain" % r["id"])
        p = sp.get("plain", "")
        if not PLAIN_ALPHA.match(p) or p in sp["value"] or p == sp["value"]:
            errs.append("%s: evasion plain alphabet / containment" % r["id"])
        rxp = EVA_PLAIN_RE.get(r["type"])
        if rxp is None or not rxp.match(p):
            errs.append("%s: evasion plain shape" % r["id"])
        t, s, e = r["text"], sp["start"], sp["end"]
        if t[s - 2:s] != ":\n" or t[e:e + 1] != "\n" or "\n" in sp["value"] or not t[e + 1:].strip():
            errs.append("%s: evasion text layout" % r["id"])
    if len(E) != 66 or len(encs) != 22 or any(c != 3 for c in encs.values()):
        errs.append("evasion counts wrong")
    # ---------------- negatives
    classes = {}
    for r in N:
        if r.get("source") != "negative":
            errs.append("%s: negative source" % r["id"])
        classes.setdefault(r["class"], []).append(r)
    if len({r["text"] for r in N}) != len(N):
        errs.append("duplicate negative texts")
    if len(N) < 180 or len(classes) < 16:
        errs.append("negative counts wrong")
    for r in classes.get("flue_liner_part_codes_ean13_checked", []):
        codes = re.findall(r"(?<!\d)(50\d{11})(?!\d)", r["text"])
        if not codes or not all(C.ean13_ok(c) for c in codes):
            errs.append("%s: EAN-13 check digit wrong" % r["id"])
    for r in classes.get("repair_ticket_numbers_verhoeff_checked", []):
        codes = re.findall(r"(?<![\d+])(4\d{9})(?!\d)", r["text"])
        if not codes or not all(C.verhoeff_ok(c) for c in codes):
            errs.append("%s: Verhoeff check digit wrong" % r["id"])
    for r in classes.get("insurer_and_supplier_ibans_mod97", []):
        codes = re.findall(r"\bGB\d{2}NWBK\d{14}\b", r["text"])
        if not codes or not all(C.iban_ok(c) for c in codes):
            errs.append("%s: IBAN check digits wrong" % r["id"])
    # ---------------- deny-list
    def dn(name, what):
        hit = C.denied(name, deny)
        if hit:
            errs.append("deny-listed %s %r (piece %r)" % (what, name, hit))
    for r in S + E:
        dn(r["container"], "container")
        dn(r["type"], "span type")
    for r in E:
        dn(r["encoding"], "encoding")
    for r in N:
        dn(r["class"], "negative class")
        dn(r["container"], "negative container")
    dn(everyday208.SPARE_KIND[0], "spare kind")
    sx = set(deny["syntaxes"]) | deny["_names_set"]
    for r in pw:
        s = r["type"][len(C.PWPREFIX):]
        if s in sx:
            errs.append("positional syntax %r is an earlier syntax or name" % s)
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    for code, name, _sc, _t in prose208.LANGS + prose208.SPARES:
        if code in codes or code in deny["_names_set"]:
            errs.append("deny-listed language code %r" % code)
        nl = name.lower()
        if nl in lnames or any(w in lnames for w in re.split(r"[\s\-]+", nl)):
            errs.append("deny-listed language name %r" % name)
    for code in langs:
        if code in codes:
            errs.append("deny-listed language code in container %r" % code)
    return errs


# ---------------------------------------------------------------- mutation tests
def _first(recs, src):
    return next(r for r in recs if r["source"] == src)


def mutations():
    def m01(d):
        r = d["secrets"][0]["secrets"][0]
        r["start"] += 1
    def m02(d):
        d["secrets"][5]["id"] = d["secrets"][4]["id"]
    def m03(d):
        d["negatives"][3]["text"] += " " + d["secrets"][10]["secrets"][0]["value"]
    def m04(d):
        d["evasions"][7]["secrets"][0]["plain"] += "x"
    def m05(d):
        r = _first(d["secrets"], "vendor")
        r["container"] = r["type"] + "__kiln_ops_compose_env_file"
    def m06(d):
        d["negatives"][0]["class"] = "age_and_pgp_armored_ciphertext"
    def m07(d):
        d["secrets"][20]["type"] = "something_else"
    def m08(d):
        d["evasions"].pop()
    def m09(d):
        r = _first(d["secrets"], "prose")
        sp = r["secrets"][0]
        t = r["text"]
        r["text"] = t[:sp["start"] - 1] + "x" + t[sp["start"]:]
    def m10(d):
        a = d["secrets"][30]
        b = d["secrets"][31]
        sb = b["secrets"][0]
        v = a["secrets"][0]["value"]
        b["text"] = b["text"][:sb["start"]] + v + b["text"][sb["end"]:]
        sb["value"], sb["end"] = v, sb["start"] + len(v)
    def m11(d):
        r = _first(d["secrets"], "password")
        r["type"] = C.PWPREFIX + "lftp_lower_u_comma_pair"
        r["secrets"][0]["type"] = r["type"]
    def m12(d):
        for r in d["secrets"]:
            if r["type"] == "sweep_round_api_token":
                sp = r["secrets"][0]
                v = sp["value"]
                nv = v[:-1] + ("0" if v[-1] != "0" else "1")
                r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
                sp["value"] = nv
                return
    def m13(d):
        r = d["negatives"][-2]
        r["text"] += "\nid 0f8fad5b-d9cb-169f-a165-70867728950e\n"
    def m14(d):
        d["deny"] = copy.deepcopy(d["deny"])
        d["deny"]["language_codes"].append("deu")
    def m15(d):
        for r in d["negatives"]:
            if r["class"] == "repair_ticket_numbers_verhoeff_checked":
                m = re.search(r"(?<![\d+])(4\d{9})(?!\d)", r["text"])
                c = m.group(1)
                bad = c[:-1] + str((int(c[-1]) + 1) % 10)
                r["text"] = r["text"].replace(c, bad)
                return
    def m16(d):
        d["negatives"][9]["text"] += "\n" + d["evasions"][0]["secrets"][0]["plain"]
    def m17(d):
        for r in d["secrets"]:
            if r["type"] == "valuation_share_link_jwt":
                sp = r["secrets"][0]
                h, p, s = sp["value"].split(".")
                nv = h + "." + "eyJub3Rqc29u" + "." + s
                r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
                sp["value"], sp["end"] = nv, sp["start"] + len(nv)
                return
    def m18(d):
        for r in d["secrets"]:
            if r["type"] == "spares_supplier_api_key":
                sp = r["secrets"][0]
                v = sp["value"]
                nv = v[:9] + ("A" if v[9] != "A" else "B") + v[10:]
                r["text"] = r["text"][:sp["start"]] + nv + r["text"][sp["end"]:]
                sp["value"] = nv
                return
    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
            ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
            ("m10_value_reused", m10), ("m11_earlier_syntax_name", m11), ("m12_srt_mod97_broken", m12),
            ("m13_uuid_not_v4", m13), ("m14_deny_listed_language", m14), ("m15_bad_verhoeff_digit", m15),
            ("m16_evasion_plain_in_negative", m16), ("m17_jwt_payload_not_json", m17), ("m18_spk_adler32_broken", m18)]


def run_mutations(data, base_errs):
    base = set(base_errs)
    results = []
    for name, fn in mutations():
        d = {k: (v if k == "deny" else copy.deepcopy(v)) for k, v in data.items()}
        fn(d)
        new = set(check_all(d)) - base
        results.append((name, bool(new)))
    return results
