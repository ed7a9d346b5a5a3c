"""Every check the build runs before writing, plus mutation tests."""
import base64
import collections
import copy
import json
import os
import re

import common228 as C
import dec228
import enc228
import everyday228
import evasions228
import negatives228
import positional228
import prose228
import vendor228

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]


def _ids(recs, kind, errs):
    for i, r in enumerate(recs):
        want = "%s-%s-%04d" % (C.PREFIX, kind, i + 1)
        if r.get("id") != want:
            errs.append("id %r should be %s" % (r.get("id"), want))


def _everyday_shape(t, v):
    if t in everyday228.PASSWORD_TYPES:
        return bool(C.PW_WIDE.match(v))
    if t == "tuning_sync_damm_token":
        m = re.fullmatch(r"pts_([0-9]{12})([0-9])_[A-Za-z0-9]{24}", v)
        return bool(m) and everyday228.damm_digit(m.group(1)) == m.group(2)
    if t == "organ_relay_crc16_api_key":
        m = re.fullmatch(r"orl_([0-9a-f]{28})([0-9a-f]{4})", v)
        return bool(m) and "%04x" % everyday228.crc16_ccitt_false(m.group(1).encode()) == m.group(2)
    if t == "repair_shop_fernet_key":
        return len(v) == 44 and len(base64.urlsafe_b64decode(v)) == 32
    if t == "service_portal_secret_key_base":
        return re.fullmatch(r"[0-9a-f]{128}", v) is not None
    if t == "workshop_admin_totp_seed":
        return re.fullmatch(r"[A-Z2-7]{32}", v) is not None and len(base64.b32decode(v)) == 20
    if t == "tuning_app_hs384_jwt":
        return C.check_jwt(v) is None and json.loads(C.b64url_decode(v.split(".")[0]))["alg"] == "HS384"
    return False


def check_all(data, deny, brief_dir=C.BRIEF_DIR, frozen=None):
    errs = []
    S, E, N = data["secrets"], data["evasions"], data["negatives"]
    _ids(S, "s", errs)
    _ids(E, "e", errs)
    _ids(N, "n", errs)
    all_texts = [r["text"] for r in S] + [r["text"] for r in E] + [r["text"] for r in N]
    values = []
    # ---------------------------------------------------------------- record structure
    for r in S + E:
        fields = POS_FIELDS if r in S else EVA_FIELDS
        sfields = SPAN_FIELDS if r in S else EVA_SPAN_FIELDS
        if list(r.keys()) != fields:
            errs.append("%s: fields %s" % (r["id"], list(r.keys())))
            continue
        if len(r["secrets"]) != 1:
            errs.append("%s: %d spans" % (r["id"], len(r["secrets"])))
            continue
        sp = r["secrets"][0]
        if list(sp.keys()) != sfields:
            errs.append("%s: span fields %s" % (r["id"], list(sp.keys())))
            continue
        v = sp["value"]
        values.append(v)
        if not v or v != v.strip():
            errs.append("%s: empty or edge-whitespace value" % r["id"])
        if r["text"][sp["start"]:sp["end"]] != v:
            errs.append("%s: span does not re-slice" % r["id"])
        if r["type"] != sp["type"]:
            errs.append("%s: record type != span type" % r["id"])
        if r["text"].count(v) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
        if "\x00" in r["text"] or "PRIVATE KEY" in r["text"]:
            errs.append("%s: NUL or PRIVATE KEY" % r["id"])
    for r in N:
        if list(r.keys()) != NEG_FIELDS:
            errs.append("%s: negative fields %s" % (r["id"], list(r.keys())))
        if r.get("source") != "negative":
            errs.append("%s: negative source" % r["id"])
    dup = [v for v, c in collections.Counter(values).items() if c > 1]
    if dup:
        errs.append("values reused: %s" % dup[:3])
    for v in set(values):
        n = sum(t.count(v) for t in all_texts)
        if n != 1:
            errs.append("value %r occurs %d times across all texts" % (v[:30], n))
    plains = [r["secrets"][0].get("plain", "") for r in E]
    for p in plains:
        if p and any(p in t for t in all_texts):
            errs.append("evasion plain %r visible in a text" % p)
    # ---------------------------------------------------------------- sources and shapes
    by_src = collections.defaultdict(list)
    for r in S:
        by_src[r["source"]].append(r)
    if set(by_src) - {"everyday", "vendor", "password", "prose"}:
        errs.append("unknown source %s" % set(by_src))
    ev = by_src["everyday"]
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = collections.defaultdict(list)
    for r in ev:
        kinds[r["container"]].append(r["type"])
        if not _everyday_shape(r["type"], r["secrets"][0]["value"]):
            errs.append("%s: everyday shape %s" % (r["id"], r["type"]))
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday kinds: %d kinds, bad ones %s" % (len(kinds), [k for k, v in kinds.items() if len(set(v)) != 4][:3]))
    tc = collections.Counter(r["type"] for r in ev)
    if len(tc) != 12 or set(tc.values()) != {15}:
        errs.append("everyday type counts %s" % dict(tc))
    vspec = {s["name"]: s for s in vendor228.V}
    vd = by_src["vendor"]
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor count %d" % len(vd))
    styles = {s[0] for s in vendor228.STYLES}
    for r in vd:
        s = vspec.get(r["type"])
        v = r["secrets"][0]["value"]
        if not s:
            errs.append("%s: unknown vendor type" % r["id"])
            continue
        if not re.fullmatch(s["regex"], v):
            errs.append("%s: vendor regex %s" % (r["id"], r["type"]))
        if s["check"] and not s["check"](v):
            errs.append("%s: vendor structure %s" % (r["id"], r["type"]))
        t, _, st = r["container"].partition("__")
        if t != r["type"] or st not in styles:
            errs.append("%s: vendor container %s" % (r["id"], r["container"]))
    pw = by_src["password"]
    syns = [r["type"][len(positional228.PW_PREFIX):] for r in pw]
    if not 95 <= len(pw) <= 120 or len(set(syns)) != len(pw):
        errs.append("password syntaxes: %d records, %d distinct" % (len(pw), len(set(syns))))
    for r in pw:
        v = r["secrets"][0]["value"]
        if not r["type"].startswith(positional228.PW_PREFIX):
            errs.append("%s: password type prefix" % r["id"])
        if C.PW_STRICT.match(v):
            continue
        try:
            raw = base64.b64decode(v, validate=True).decode()
        except Exception:  # noqa
            errs.append("%s: positional value neither strict password nor Base64" % r["id"])
            continue
        hidden = raw.split(":", 1)[-1]
        if not C.PW_STRICT.match(hidden) or any(hidden in t for t in all_texts):
            errs.append("%s: Base64 positional value hides no strict password or it is visible" % r["id"])
    pr = by_src["prose"]
    langs = [r["container"].split("__")[1] for r in pr]
    if len(pr) != 40 or len(set(langs)) != 40:
        errs.append("prose: %d records, %d languages" % (len(pr), len(set(langs))))
    for r in pr:
        sp = r["secrets"][0]
        t = r["text"]
        if not C.PW_STRICT.match(sp["value"]):
            errs.append("%s: prose value shape" % r["id"])
        if sp["start"] == 0 or sp["end"] >= len(t) or not t[sp["start"] - 1].isspace() or not t[sp["end"]].isspace():
            errs.append("%s: prose value not set off by whitespace" % r["id"])
    if not 440 <= len(S) <= 470:
        errs.append("positives total %d" % len(S))
    tsets = {k: {r["type"] for r in v} for k, v in by_src.items()}
    ks = list(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                errs.append("span types shared by %s and %s" % (ks[i], ks[j]))
    nonev = [r["container"] for r in S if r["source"] != "everyday"]
    if len(set(nonev)) != len(nonev):
        errs.append("non-everyday containers not unique")
    # ---------------------------------------------------------------- evasions
    if len(E) != 66:
        errs.append("evasion count %d" % len(E))
    tre = {t[0]: t[3] for t in evasions228.TYPES}
    per_enc = collections.defaultdict(list)
    for r in E:
        sp = r["secrets"][0]
        run, plain = sp["value"], sp["plain"]
        if r["source"] != "evasion" or r["encoding"] != sp["encoding"]:
            errs.append("%s: evasion source / encoding" % r["id"])
        enc, _, wording = r["container"].partition("__")
        if enc != r["encoding"] or wording not in evasions228.WORDINGS:
            errs.append("%s: evasion container" % r["id"])
        per_enc[r["encoding"]].append((r["type"], wording))
        if r["type"] not in tre or not tre[r["type"]].match(plain):
            errs.append("%s: evasion plain shape" % r["id"])
        try:
            ok = dec228.decode(r["encoding"], run) == plain
        except Exception:  # noqa
            ok = False
        if not ok:
            errs.append("%s: run does not decode to plain" % r["id"])
        if plain in run or run == plain:
            errs.append("%s: run contains plain" % r["id"])
        t = r["text"]
        if t[sp["start"] - 2:sp["start"]] != ":\n" or t[sp["end"]:sp["end"] + 1] != "\n" or not t[sp["end"] + 1:].strip():
            errs.append("%s: evasion layout" % r["id"])
    if len(per_enc) != 22 or any(len({a for a, _ in v}) != 3 or len({b for _, b in v}) != 3 for v in per_enc.values()):
        errs.append("evasion grid not 22 x 3 (once per type and wording)")
    # ---------------------------------------------------------------- structured substrings
    for r in S + E + N:
        for u in C.UUID_RE.findall(r["text"]):
            if u[14] != "4" or u[19].lower() not in "89ab":
                errs.append("%s: UUID-shaped %s not v4" % (r["id"], u))
        for j in C.JWT_RE.findall(r["text"]):
            e = C.check_jwt(j)
            if e:
                errs.append("%s: JWT-shaped substring %s" % (r["id"], e))
    # ---------------------------------------------------------------- negatives
    classes = collections.Counter(r["class"] for r in N)
    if len(classes) < 16 or len(N) < 180:
        errs.append("negatives: %d records in %d classes" % (len(N), len(classes)))
    if len({r["text"] for r in N}) != len(N):
        errs.append("duplicate negative texts")
    pos_vals = set(values) | {p for p in plains if p}
    for r in N:
        t = r["text"]
        if C.WORLD_PW_IN_TEXT.search(t):
            errs.append("%s: world password form in negative" % r["id"])
        for v in pos_vals:
            if v in t:
                errs.append("%s: positive value or plain inside negative" % r["id"])
        for m in re.finditer(r"979-0-\d{4}-\d{4}-\d|\b97[89]\d{10}\b", t):
            d = m.group(0).replace("-", "")
            if negatives228.ean13_check(d[:12]) != d[12]:
                errs.append("%s: ISMN/ISBN check digit" % r["id"])
        for m in re.finditer(r"T-(\d{3})\.(\d{3})\.(\d{3})-(\d)", t):
            if negatives228.iswc_check("".join(m.group(1, 2, 3))) != m.group(4):
                errs.append("%s: ISWC check digit" % r["id"])
        for m in re.finditer(r"\b(?:GB\d{2}(?: ?[A-Z0-9]{4}){4} ?\d{2}|DE\d{20})\b", t):
            if not negatives228.iban_ok(m.group(0)):
                errs.append("%s: IBAN check digits" % r["id"])
        for m in re.finditer(r"-----BEGIN PGP MESSAGE-----\n\n(.*?)\n=(\S{4})\n", t, re.S):
            data = base64.b64decode(m.group(1).replace("\n", ""))
            if base64.b64encode(negatives228.crc24(data).to_bytes(3, "big")).decode() != m.group(2):
                errs.append("%s: PGP CRC-24" % r["id"])
        for m in re.finditer(r"F0 41 10 42 12 ((?:[0-9A-F]{2} )+)F7", t):
            b = [int(x, 16) for x in m.group(1).split()]
            if sum(b) % 128:
                errs.append("%s: Roland checksum" % r["id"])
    # ---------------------------------------------------------------- deny-list
    def chk(name, what):
        hit = C.denied(name, deny)
        if hit:
            errs.append("deny-listed %s %r (part %r)" % (what, name, hit))

    for r in S + E + N:
        chk(r["container"], "container")
    for r in S + E:
        chk(r["type"], "span type")
    for r in E:
        chk(r["encoding"], "encoding")
    for r in N:
        chk(r["class"], "negative class")
    extras = (everyday228.SPARE_KINDS + [s[0] for s in vendor228.STYLES] + list(vendor228.SET_ASIDE) + list(positional228.SUFFIX.values())
              + list(positional228.SET_ASIDE) + prose228.FORMATS + evasions228.WORDINGS + [w[0][2:] for w in negatives228.WRAPPERS if w[0]]
              + [c for c, _ in prose228.SPARES])
    for n in extras:
        chk(n, "spare / style / suffix / format / wording / wrapper / set-aside name")
    for syn in syns + list(positional228.SET_ASIDE):
        if syn in deny["_syntax_set"] or syn in deny["_names_set"]:
            errs.append("earlier syntax %r" % syn)
    lang_names = {c: n for c, n, _, _ in prose228.LANGS}
    lang_names.update(dict(prose228.SPARES))
    for code in langs + [c for c, _ in prose228.SPARES]:
        nm = lang_names.get(code, "")
        words = [nm.lower()] + nm.lower().split()
        if code in deny["_codes_set"] or code in deny["_names_set"] or any(w in deny["_lnames_set"] for w in words):
            errs.append("deny-listed language %r (%s)" % (code, nm))
    if frozen is not None and os.path.isdir(brief_dir):
        fresh = C.extract_denylist(brief_dir)
        if fresh != frozen:
            errs.append("brief_names.json differs from a fresh extraction of %s" % brief_dir)
    return errs


# ---------------------------------------------------------------- mutation tests
def _fix(r, newtext=None, newval=None):
    sp = r["secrets"][0]
    if newtext is not None:
        r["text"] = newtext
    if newval is not None:
        sp["value"] = newval
    i = r["text"].find(sp["value"])
    sp["start"], sp["end"] = i, i + len(sp["value"])


def mutations():
    def m01(d):
        d["secrets"][3]["secrets"][0]["start"] += 1

    def m02(d):
        d["secrets"][5]["id"] = d["secrets"][4]["id"]

    def m03(d):
        d["negatives"][7]["text"] += d["secrets"][200]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][10]["secrets"][0]["plain"] = "ocu_AAAAAAAAAAAAAAAA"

    def m05(d):
        r = next(r for r in d["secrets"] if r["source"] == "vendor")
        r["container"] = r["type"] + "__farrier_notes_obsidian_md"

    def m06(d):
        for r in d["negatives"][:10]:
            r["class"] = "payment_object_ids"

    def m07(d):
        d["secrets"][9]["type"] = "repair_shop_fernet_key_x"

    def m08(d):
        d["evasions"].pop()

    def m09(d):
        r = next(r for r in d["secrets"] if r["source"] == "prose")
        sp = r["secrets"][0]
        _fix(r, newtext=r["text"][:sp["start"] - 1] + "x" + r["text"][sp["start"]:])

    def m10(d):
        a = next(r for r in d["secrets"] if r["source"] == "password")
        b = d["secrets"][0]
        v = a["secrets"][0]["value"]
        _fix(b, newtext=b["text"].replace(b["secrets"][0]["value"], v), newval=v)

    def m11(d):
        r = next(r for r in d["secrets"] if r["type"] == "tuning_sync_damm_token")
        v = r["secrets"][0]["value"]
        d12 = v[16]
        nv = v[:16] + str((int(d12) + 1) % 10) + v[17:]
        _fix(r, newtext=r["text"].replace(v, nv), newval=nv)

    def m12(d):
        d["negatives"][160]["text"] += "\nold id 1b4e28ba-2fa1-11d2-883f-0016d3cca427\n"

    def m13(d):
        r = next(r for r in d["secrets"] if r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__rus"

    def m14(d):
        r = next(r for r in d["secrets"] if r["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = "ptpw_curl_lower_u_user_colon_pair"

    def m15(d):
        r = next(r for r in d["negatives"] if "ISWC T-" in r["text"])
        m = re.search(r"(T-\d{3}\.\d{3}\.\d{3}-)(\d)", r["text"])
        r["text"] = r["text"].replace(m.group(0), m.group(1) + str((int(m.group(2)) + 1) % 10), 1)

    def m16(d):
        r = next(r for r in d["secrets"] if r["type"] == "tuning_app_hs384_jwt")
        v = r["secrets"][0]["value"]
        h, p, s = v.split(".")
        nv = h + "." + C.b64url_nopad(b"not json at all") + "." + s
        _fix(r, newtext=r["text"].replace(v, nv), newval=nv)

    def m17(d):
        d["negatives"][42]["text"] += "\nold van code was Bellows-kq7z41\n"

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
            ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
            ("m10_value_reused", m10), ("m11_damm_check_broken", m11), ("m12_uuid_not_v4", m12),
            ("m13_deny_listed_language", m13), ("m14_earlier_syntax_name", m14), ("m15_iswc_check_broken", m15),
            ("m16_jwt_payload_not_json", m16), ("m17_password_form_in_negative", m17)]


def run_mutations(data, deny, clean_errs, frozen):
    results = []
    base = set(clean_errs)
    for name, fn in mutations():
        d = copy.deepcopy(data)
        try:
            fn(d)
            errs = check_all(d, deny, frozen=frozen)
            caught = bool(set(errs) - base)
        except Exception as e:  # noqa
            caught = False
            errs = ["mutation crashed: %s" % e]
        results.append((name, caught))
    return results


_ = enc228
