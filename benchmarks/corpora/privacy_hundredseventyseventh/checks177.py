"""All checks run before anything is written, plus the mutation tests."""
import base64
import copy
import json
import re
import uuid

import dec177
import everyday177
import evasions177
import negatives177
import positional177
import prose177
import vendor177
from common177 import (MARK, PW_RE_ANY, PW_RE_SAFE, gh_token_ok, iban_ok, gb_vat_ok, denied,
                       ifc_globalid_to_uuid, luhn_ok)

POS_FIELDS = {"id", "type", "container", "text", "secrets", "source"}
SPAN_FIELDS = {"value", "start", "end", "type"}
EVA_FIELDS = {"id", "type", "container", "encoding", "text", "secrets", "source"}
EVA_SPAN = {"value", "start", "end", "type", "plain", "encoding"}
NEG_FIELDS = {"id", "class", "container", "text", "source"}
UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
LANG_NAME = {c: n for c, n, _s, _t in prose177.LANGS}
EVERYDAY_PW = {t for t, _w, _d, k in everyday177.TYPES if k == "pw"}


def _b64dec(s, url=False):
    pad = "=" * (-len(s) % 4)
    return (base64.urlsafe_b64decode if url else base64.b64decode)(s + pad)


def _json_b64(s, url=False):
    return json.loads(_b64dec(s, url).decode())


def check_ids(recs, kind, errs):
    for i, r in enumerate(recs):
        want = "p177-%s-%04d" % (kind, i + 1)
        if r.get("id") != want:
            errs.append("id %r should be %s" % (r.get("id"), want))
    if len({r.get("id") for r in recs}) != len(recs):
        errs.append("duplicate ids in %s" % kind)


def check_span_record(r, fields, span_fields, errs):
    if set(r) != fields:
        errs.append("%s: fields %s" % (r.get("id"), sorted(r)))
        return None
    if len(r["secrets"]) != 1:
        errs.append("%s: needs exactly one span" % r["id"])
        return None
    sp = r["secrets"][0]
    if set(sp) != span_fields:
        errs.append("%s: span fields %s" % (r["id"], sorted(sp)))
        return None
    t, v = r["text"], sp["value"]
    if not v or v != v.strip():
        errs.append("%s: empty value or edge whitespace" % r["id"])
    if t[sp["start"]:sp["end"]] != v:
        errs.append("%s: span does not re-slice" % r["id"])
    if r["type"] != sp["type"]:
        errs.append("%s: record type != span type" % r["id"])
    if t.count(v) != 1:
        errs.append("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
    if MARK in t or "\0" in t or "PRIVATE KEY" in t or "{V}" in t:
        errs.append("%s: slot marker / NUL / PRIVATE KEY" % r["id"])
    return sp


def check_shapes(r, errs):
    sp = r["secrets"][0]
    v, typ, src = sp["value"], r["type"], r["source"]
    if src == "everyday":
        if typ in EVERYDAY_PW and not PW_RE_ANY.match(v):
            errs.append("%s: password shape" % r["id"])
        if typ == "photogrammetry_job_api_key" and not re.fullmatch(r"pgj_live_[0-9A-Za-z]{32}", v):
            errs.append("%s: pgj shape" % r["id"])
        if typ == "drone_upload_hmac_key" and (len(v) != 64 or len(_b64dec(v)) != 48):
            errs.append("%s: drone HMAC key length" % r["id"])
        if typ == "subcontractor_payment_webhook_secret" and (not v.startswith("spwh_") or len(_b64dec(v[5:], True)) != 24):
            errs.append("%s: spwh length" % r["id"])
        if typ == "lime_cure_logger_aes_key" and not re.fullmatch(r"[0-9a-f]{64}", v):
            errs.append("%s: hex64" % r["id"])
        if typ == "site_vpn_totp_seed" and (len(v) != 32 or len(base64.b32decode(v)) != 20):
            errs.append("%s: totp seed" % r["id"])
    if src == "vendor" and typ.endswith("_password") and not typ.startswith("planetscale") and not typ.startswith("shopify"):
        if not PW_RE_ANY.match(v):
            errs.append("%s: vendor password shape" % r["id"])
    if src == "password":
        syn = typ[len(positional177.PW_PREFIX):]
        kind = positional177.B64_KIND.get(syn)
        if kind:
            try:
                raw = base64.b64decode(v, validate=True).decode()
            except Exception:
                errs.append("%s: Base64 span does not decode" % r["id"])
                raw = ""
            pw = raw.split(":", 1)[-1] if kind == "user:pw" else raw.split("\0")[-1]
            if kind == "\0user\0pw" and raw.count("\0") != 2:
                errs.append("%s: SASL PLAIN layout" % r["id"])
            if not PW_RE_SAFE.match(pw):
                errs.append("%s: Base64 span inner password shape" % r["id"])
        elif not PW_RE_SAFE.match(v):
            errs.append("%s: positional password shape" % r["id"])
    if src == "prose":
        if not PW_RE_SAFE.match(v):
            errs.append("%s: prose password shape" % r["id"])
        s, e, t = sp["start"], sp["end"], r["text"]
        if s == 0 or e >= len(t) or not t[s - 1].isspace() or not t[e].isspace():
            errs.append("%s: prose value not set off by whitespace" % r["id"])
    for u in UUID_RE.findall(v):
        if uuid.UUID(u).version != 4 or u[14] != "4" or u[19].lower() not in "89ab":
            errs.append("%s: UUID-shaped part not v4" % r["id"])
    for m in JWT_RE.findall(v):
        try:
            h, p, _s = m.split(".")
            _json_b64(h, True)
            _json_b64(p, True)
        except Exception:
            errs.append("%s: JWT header / payload not base64url JSON" % r["id"])
    if v[:4] in ("ghp_", "ghr_", "ghs_", "gho_") and not gh_token_ok(v):
        errs.append("%s: GitHub token checksum" % r["id"])
    try:
        if v.startswith("sntrys_"):
            _json_b64(v[7:].rsplit("_", 1)[0])
        if v.startswith("glc_"):
            _json_b64(v[4:])
        if v.startswith("ops_"):
            _json_b64(v[4:])
        if v.startswith("sk.") and typ.startswith("mapbox"):
            _json_b64(v.split(".")[1], True)
        if v.startswith("pypi-") and not v.startswith("pypi-AgEIcHlwaS5vcmc"):
            errs.append("%s: pypi prefix" % r["id"])
        if typ == "elastic_cloud_api_key" and ":" not in _b64dec(v).decode():
            errs.append("%s: elastic id:key" % r["id"])
        if typ == "imagekit_private_key" and len(_b64dec(v[8:])) != 20:
            errs.append("%s: imagekit length" % r["id"])
    except Exception as ex:
        errs.append("%s: embedded JSON / Base64 does not decode (%s)" % (r["id"], ex.__class__.__name__))


def check_evasion(r, errs):
    sp = r["secrets"][0]
    run, plain, enc = sp["value"], sp["plain"], sp["encoding"]
    if r["encoding"] != enc:
        errs.append("%s: record / span encoding differ" % r["id"])
    try:
        got = dec177.decode(enc, run)
    except Exception as ex:
        got = "<%s>" % ex.__class__.__name__
    if got != plain:
        errs.append("%s: run does not decode to plain" % r["id"])
    if not re.fullmatch(r"[A-Za-z0-9_.-]+", plain):
        errs.append("%s: plain alphabet" % r["id"])
    if plain in run:
        errs.append("%s: run contains its plain" % r["id"])
    t = r["text"]
    s, e = sp["start"], sp["end"]
    if t[s - 2:s] != ":\n" or t[e:e + 1] != "\n" or not t[e + 1:].strip():
        errs.append("%s: layout (rule ':' newline run newline remark)" % r["id"])
    from enc177 import ENCODINGS
    rule = ENCODINGS.get(enc, ("", "<unknown>"))[1]
    if rule not in t[:s]:
        errs.append("%s: rule not stated before run" % r["id"])
    if r["container"] != enc + "__" + r["container"].split("__", 1)[-1] or r["container"].count("__") != 1:
        errs.append("%s: evasion container" % r["id"])


def run_checks(b, deny):
    errs = []
    names = set(deny["names"])
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    pos, eva, neg = b["secrets"], b["evasions"], b["negatives"]
    check_ids(pos, "s", errs)
    check_ids(eva, "e", errs)
    check_ids(neg, "n", errs)
    for r in pos:
        if check_span_record(r, POS_FIELDS, SPAN_FIELDS, errs):
            if r["source"] not in ("everyday", "vendor", "password", "prose"):
                errs.append("%s: source" % r["id"])
            else:
                check_shapes(r, errs)
    for r in eva:
        if check_span_record(r, EVA_FIELDS, EVA_SPAN, errs):
            if r["source"] != "evasion":
                errs.append("%s: source" % r["id"])
            check_evasion(r, errs)
    for r in neg:
        if set(r) != NEG_FIELDS or r.get("source") != "negative":
            errs.append("%s: negative fields / source" % r.get("id"))
    if errs:
        return errs
    # cross-record: reuse and leaks
    values = [(r["id"], r["secrets"][0]["value"]) for r in pos + eva]
    plains = [(r["id"], r["secrets"][0]["plain"]) for r in eva]
    seen = {}
    for rid, v in values + plains:
        if v in seen:
            errs.append("%s: value reused (also %s)" % (rid, seen[v]))
        seen[v] = rid
    all_texts = [(r["id"], r["text"]) for r in pos + eva + neg]
    for rid, v in values:
        for tid, t in all_texts:
            if tid != rid and v in t:
                errs.append("%s: value appears in %s" % (rid, tid))
    for rid, p in plains:
        for tid, t in all_texts:
            if p in t:
                errs.append("%s: evasion plain appears in %s" % (rid, tid))
    if len({r["text"] for r in neg}) != len(neg):
        errs.append("negatives: duplicate texts")
    # negatives' structured numbers
    for r in neg:
        t = r["text"]
        for ib in re.findall(r"\bGB\d{2}[A-Z]{4}\d{14}\b", t):
            if not iban_ok(ib):
                errs.append("%s: IBAN check digits" % r["id"])
        for vat in re.findall(r"\"GB(\d{9})\"", t):
            if not gb_vat_ok(vat):
                errs.append("%s: VAT check digits" % r["id"])
        for g in re.findall(r"IFCWALL\('([0-9A-Za-z_$]{22})'", t):
            if ifc_globalid_to_uuid(g).version != 4:
                errs.append("%s: IFC GlobalId not a UUIDv4" % r["id"])
    # deny-list
    labels = []
    labels += [("container", r["container"]) for r in pos + eva + neg]
    labels += [("span type", r["type"]) for r in pos + eva]
    labels += [("syntax", r["type"][len(positional177.PW_PREFIX):]) for r in pos if r["source"] == "password"]
    labels += [("encoding", r["encoding"]) for r in eva]
    labels += [("class", r["class"]) for r in neg]
    labels += [("everyday kind", k) for k, _s, _t in everyday177.CONTAINERS]
    labels += [("vendor style", s) for s in vendor177.STYLES]
    labels += [("password suffix", s) for s in positional177.SUFFIX.values()]
    labels += [("prose format", s) for s in prose177.FORMATS]
    labels += [("evasion wording", w) for w, _i, _r in evasions177.WORDINGS]
    labels += [("negative wrapper", w.strip("_")) for w, _f in negatives177.WRAPPERS if w]
    for what, lab in labels:
        if denied(lab, names):
            errs.append("deny-list: %s %r" % (what, lab))
    prose = [r for r in pos if r["source"] == "prose"]
    langs = [r["container"].split("__")[-1] for r in prose]
    for c in langs:
        nm = LANG_NAME.get(c)
        if nm is None:
            errs.append("prose: unknown language code %r" % c)
            continue
        if c in codes or c in names or nm.lower() in lnames or any(w in lnames for w in re.split(r"[^a-zà-ÿ]+", nm.lower()) if w):
            errs.append("deny-list: language %s (%s)" % (c, nm))
    # counts
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(ev) != 180 or len(kinds) != 45 or any(len(set(v)) != 4 or len(v) != 4 for v in kinds.values()) \
            or len({r["type"] for r in ev}) != 12:
        errs.append("counts: everyday must be 45 kinds x 4 different types of 12")
    ve = by.get("vendor", [])
    if len(ve) != 120 or len({r["type"] for r in ve}) != 120 or any(not r["container"].startswith(r["type"] + "__") for r in ve):
        errs.append("counts: vendor must be 120 distinct types in <type>__<style>")
    pw = by.get("password", [])
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        errs.append("counts: password syntaxes must be 95-120 distinct")
    if len(prose) != 40 or len(set(langs)) != 40:
        errs.append("counts: prose must be 40 records in 40 languages")
    encs = {}
    for r in eva:
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    if len(eva) != 66 or len(encs) != 22 or set(encs.values()) != {3}:
        errs.append("counts: evasions must be 22 x 3")
    if len(neg) < 180 or len({r["class"] for r in neg}) < 16:
        errs.append("counts: negatives must be >= 180 in >= 16 classes")
    if not (440 <= len(pos) <= 470):
        errs.append("counts: positives total %d" % len(pos))
    tsets = {s: {r["type"] for r in rs} for s, rs in by.items()}
    tsets["evasion"] = {r["type"] for r in eva}
    ks = list(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                errs.append("span types shared by %s and %s" % (ks[i], ks[j]))
    other = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in eva]
    if len(set(other)) != len(other):
        errs.append("non-everyday containers not unique")
    return errs


# ---- mutation tests ------------------------------------------------------------
def _first(b, src):
    return next(r for r in b["secrets"] if r["source"] == src)


def _m_offset(b):
    b["secrets"][3]["secrets"][0]["start"] += 1


def _m_dup_id(b):
    b["negatives"][5]["id"] = b["negatives"][4]["id"]


def _m_leak(b):
    b["negatives"][7]["text"] += " " + b["secrets"][10]["secrets"][0]["value"]


def _m_decode(b):
    b["evasions"][2]["secrets"][0]["plain"] += "x"


def _m_deny_container(b):
    b["secrets"][200]["container"] = "honey_house_email_sentence__xyz"


def _m_deny_class(b):
    b["negatives"][0]["class"] = "lorawan_device_and_gateway_euis"


def _m_type(b):
    b["secrets"][50]["type"] = "something_else"


def _m_count(b):
    del b["evasions"][-1]


def _m_prose_glued(b):
    r = _first(b, "prose")
    sp = r["secrets"][0]
    r["text"] = r["text"][:sp["start"] - 1] + r["text"][sp["start"]:]
    sp["start"] -= 1
    sp["end"] -= 1


def _m_reuse(b):
    a, c = b["secrets"][20], b["secrets"][21]
    v = a["secrets"][0]["value"]
    sp = c["secrets"][0]
    c["text"] = c["text"][:sp["start"]] + v + c["text"][sp["end"]:]
    sp["value"], sp["end"] = v, sp["start"] + len(v)


def _m_deny_encoding(b):
    b["evasions"][0]["encoding"] = "rot18_letters_and_digits"
    b["evasions"][0]["secrets"][0]["encoding"] = "rot18_letters_and_digits"


def _m_repeat(b):
    r = b["secrets"][30]
    r["text"] += "\n# again: " + r["secrets"][0]["value"] + "\n"


def _m_jwt(b):
    r = next(x for x in b["secrets"] if x["type"] == "crew_timesheet_service_jwt")
    sp = r["secrets"][0]
    h, p, s = sp["value"].split(".")
    bad = h + ".eyJ" + "Q" * (len(p) - 3) + "." + s
    r["text"] = r["text"][:sp["start"]] + bad + r["text"][sp["end"]:]
    sp["value"], sp["end"] = bad, sp["start"] + len(bad)


def _m_deny_lang(b):
    r = _first(b, "prose")
    r["container"] = r["container"].rsplit("__", 1)[0] + "__spa"


def _m_old_syntax(b):
    r = _first(b, "password")
    r["type"] = r["secrets"][0]["type"] = "masonpw_sqlcmd_capital_p_after_capital_u"


def _m_bad_uuid(b):
    r = next(x for x in b["secrets"] if x["type"] == "wise_business_api_token")
    sp = r["secrets"][0]
    v = sp["value"]
    bad = v[:14] + "1" + v[15:]
    r["text"] = r["text"][:sp["start"]] + bad + r["text"][sp["end"]:]
    sp["value"] = bad


MUTATIONS = [("m01_shifted_offset", _m_offset), ("m02_duplicate_id", _m_dup_id),
             ("m03_positive_value_in_negative", _m_leak), ("m04_wrong_evasion_plain", _m_decode),
             ("m05_deny_listed_container", _m_deny_container), ("m06_deny_listed_negative_class", _m_deny_class),
             ("m07_record_span_type_mismatch", _m_type), ("m08_missing_evasion", _m_count),
             ("m09_prose_value_glued", _m_prose_glued), ("m10_value_reused", _m_reuse),
             ("m11_deny_listed_encoding", _m_deny_encoding), ("m12_value_twice_in_text", _m_repeat),
             ("m13_jwt_payload_not_json", _m_jwt), ("m14_deny_listed_language", _m_deny_lang),
             ("m15_earlier_syntax_name", _m_old_syntax), ("m16_uuid_not_v4", _m_bad_uuid)]


def run_mutations(b, deny):
    results = []
    for name, fn in MUTATIONS:
        m = copy.deepcopy(b)
        fn(m)
        caught = bool(run_checks(m, deny))
        results.append((name, caught))
    return results
