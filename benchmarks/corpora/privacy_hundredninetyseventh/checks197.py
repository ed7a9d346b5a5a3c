"""All checks run by build.py before anything is written, plus mutation tests."""
import base64
import copy
import json
import re

import common197 as C
import dec197
import enc197
import everyday197
import negatives197
import positional197
import prose197
import vendor197

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

UUID_RE = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")

VENDOR_PW_TYPES = {v[0] for v in vendor197.VENDORS if v[3] == "owner-chosen password"}


def _b64url_json(part):
    return json.loads(C.b64url_decode(part).decode("utf-8"))


def check_jwt(tok):
    errs = []
    parts = tok.split(".")
    try:
        h = _b64url_json(parts[0])
        _b64url_json(parts[1])
        sig = C.b64url_decode(parts[2])
        want = C.SIG_LEN.get(h.get("alg"))
        if want is None or len(sig) != want:
            errs.append("JWT signature length %d does not fit alg %r" % (len(sig), h.get("alg")))
    except Exception as e:  # noqa
        errs.append("JWT part not base64url JSON: %s" % e)
    return errs


def check_uuids(text, where):
    errs = []
    for m in UUID_RE.finditer(text):
        u = m.group(0).lower()
        if u[14] != "4" or u[19] not in "89ab":
            errs.append("%s: UUID-shaped %s is not version 4" % (where, u))
    return errs


def everyday_shape(typ, v):
    if typ in everyday197.PASSWORD_TYPES:
        return bool(C.PW_RE.match(v))
    if typ == "rigging_checklist_api_token":
        m = re.fullmatch(r"trc1_([A-Za-z0-9]{32})_([0-9a-f]{4})", v)
        return bool(m) and int(m.group(2), 16) == C.fletcher16(m.group(1).encode())
    if typ == "card_reader_webhook_secret":
        return bool(re.fullmatch(r"mcw_[A-Za-z0-9+/]{40}", v)) and len(base64.b64decode(v[4:])) == 30
    if typ == "vehicle_tracker_service_jwt":
        return (not check_jwt(v)) and _b64url_json(v.split(".")[0])["alg"] == "HS384"
    if typ == "wristband_nfc_master_key":
        return bool(re.fullmatch(r"[0-9A-F]{32}", v))
    if typ == "ticket_qr_signing_key":
        raw = base64.b64decode(v)
        return len(v) == 64 and len(raw) == 48 and raw[:16] == everyday197.ED25519_PKCS8_HDR
    if typ == "token_booth_api_key":
        m = re.fullmatch(r"tbk_([0-9A-HJKMNP-TV-Z]{32})([0-9A-HJKMNP-TV-Z*~$=U])", v)
        return bool(m) and C.crockford_check_symbol(m.group(1)) == m.group(2)
    return False


def vendor_shape(typ, v):
    entry = {x[0]: x for x in vendor197.VENDORS}[typ]
    rx = entry[5]
    if typ in VENDOR_PW_TYPES:
        return bool(C.PW_RE.match(v))
    if rx is not None:
        return bool(re.fullmatch(rx, v))
    if typ in ("intellitix_event_api_secret", "webfleet_connect_api_key", "motive_fleet_api_key", "scaleway_secret_key"):
        return bool(UUID_RE.fullmatch(v)) and v == v.lower()
    if typ == "clicksend_api_key":
        return bool(UUID_RE.fullmatch(v)) and v == v.upper()
    if typ == "checkout_com_secret_key":
        return v.startswith("sk_") and bool(UUID_RE.fullmatch(v[3:]))
    if typ == "breathe_hr_api_key":
        return v.startswith("prod-") and bool(UUID_RE.fullmatch(v[5:]))
    if typ in ("zettle_api_key_assertion", "lemon_squeezy_api_key"):
        return not check_jwt(v) and _b64url_json(v.split(".")[0])["alg"] == "RS256"
    if typ in ("home_assistant_long_lived_token", "supabase_service_role_key"):
        ok = not check_jwt(v) and _b64url_json(v.split(".")[0])["alg"] == "HS256"
        if typ == "supabase_service_role_key":
            ok = ok and _b64url_json(v.split(".")[1])["role"] == "service_role"
        return ok
    if typ == "google_chat_space_webhook_url":
        return bool(re.fullmatch(r"https://chat\.googleapis\.com/v1/spaces/AAAA[A-Za-z0-9_-]{7}/messages\?key=AIza[A-Za-z0-9_-]{35}&token=[A-Za-z0-9_-]{43}", v))
    if typ == "zapier_catch_hook_url":
        return bool(re.fullmatch(r"https://hooks\.zapier\.com/hooks/catch/\d{8}/[a-z0-9]{7}/", v))
    if typ == "onepassword_service_account_token":
        body = json.loads(base64.b64decode(v[4:]))
        return v.startswith("ops_eyJ") and "signInAddress" in body and len(v) > 254
    return False


def run_checks(data, deny, brief_ok=True):
    E = []
    pos, evs, negs = data["secrets"], data["evasions"], data["negatives"]
    hidden = data["hidden"]

    # ---- ids and fields
    for recs, kind, fields in ((pos, "s", POS_FIELDS), (evs, "e", EV_FIELDS), (negs, "n", NEG_FIELDS)):
        for i, r in enumerate(recs):
            want = "%s-%s-%04d" % (C.PREFIX, kind, i + 1)
            if r.get("id") != want:
                E.append("id %r should be %s" % (r.get("id"), want))
            if list(r.keys()) != fields:
                E.append("%s: fields %s" % (r.get("id"), list(r.keys())))
    ids = [r["id"] for r in pos + evs + negs]
    if len(ids) != len(set(ids)):
        E.append("duplicate ids")

    # ---- spans
    all_values = []
    for r in pos + evs:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            E.append("%s: must have exactly one span" % r["id"])
            continue
        s = sp[0]
        want = EV_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            E.append("%s: span fields %s" % (r["id"], list(s.keys())))
        v, t = s.get("value", ""), r["text"]
        if not v or t[s["start"]:s["end"]] != v:
            E.append("%s: span does not re-slice" % r["id"])
        if v != v.strip():
            E.append("%s: value has edge whitespace" % r["id"])
        if r["type"] != s.get("type"):
            E.append("%s: record type != span type" % r["id"])
        if t.count(v) != 1:
            E.append("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
        all_values.append((r["id"], v))
    vals = [v for _, v in all_values]
    if len(vals) != len(set(vals)):
        seen = set()
        for i, v in all_values:
            if v in seen:
                E.append("%s: value reused" % i)
            seen.add(v)
    texts = [(r["id"], r["text"]) for r in pos + evs] + [(r["id"], r["text"]) for r in negs]
    for rid, v in all_values:
        for tid, t in texts:
            if tid != rid and v in t:
                E.append("%s: value appears in %s" % (rid, tid))
    plains = [(r["id"], r["secrets"][0].get("plain", "")) for r in evs] + [("hidden", h) for h in hidden]
    for pid, p in plains:
        for tid, t in texts:
            if p and p in t:
                E.append("%s: plain / hidden password appears in %s" % (pid, tid))
    for tid, t in texts:
        if C.MARK in t or "\x00" in t or "PRIVATE KEY" in t:
            E.append("%s: slot marker, NUL or PRIVATE KEY in text" % tid)
        E += check_uuids(t, tid)

    # ---- JWTs in positive texts
    for r in pos + evs:
        for m in JWT_RE.finditer(r["text"]):
            for e in check_jwt(m.group(0)):
                E.append("%s: %s" % (r["id"], e))

    # ---- per-source shapes and counts
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        E.append("everyday count %d != 180" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        if not everyday_shape(r["type"], r["secrets"][0]["value"]):
            E.append("%s: everyday shape wrong for %s" % (r["id"], r["type"]))
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E.append("everyday: need 45 kinds with four different types each")
    tcount = {}
    for r in ev:
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(tcount) != 12 or any(c != 15 for c in tcount.values()):
        E.append("everyday: need 12 types x 15 records")

    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        E.append("vendor: need 120 distinct types")
    for r in vd:
        if r["container"] != "%s__%s" % (r["type"], r["container"].split("__", 1)[1]):
            E.append("%s: vendor container" % r["id"])
        try:
            ok = vendor_shape(r["type"], r["secrets"][0]["value"])
        except Exception as e:  # noqa
            ok = False
        if not ok:
            E.append("%s: vendor shape wrong for %s" % (r["id"], r["type"]))

    pw = by.get("password", [])
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        E.append("password: need 95-120 distinct syntaxes, one record each (have %d)" % len(pw))
    kinds_by_syntax = {e[0]: e[2] for e in positional197.E}
    for r in pw:
        syn = r["type"][len(positional197.SPAN_PREFIX):]
        if not r["type"].startswith(positional197.SPAN_PREFIX) or syn not in kinds_by_syntax:
            E.append("%s: unknown syntax" % r["id"])
            continue
        v = r["secrets"][0]["value"]
        kind = kinds_by_syntax[syn]
        if kind in ("plain", "fixed", "frame"):
            if not C.PW_STRICT_RE.match(v):
                E.append("%s: positional value not a strict password" % r["id"])
        else:
            try:
                raw = base64.b64decode(v, validate=True).decode()
            except Exception:  # noqa
                E.append("%s: Base64 span does not decode" % r["id"])
                continue
            if kind == "b64_pw":
                hp = raw
            elif kind == "b64_sasl":
                parts = raw.split("\x00")
                hp = parts[2] if len(parts) == 3 and parts[0] == "" else ""
            else:
                hp = raw.split(":", 1)[1] if ":" in raw else ""
            if not C.PW_STRICT_RE.match(hp) or hp not in hidden:
                E.append("%s: Base64 span hides a bad password" % r["id"])
        if kind == "fixed":
            line = [ln for ln in r["text"].splitlines() if v in ln][0]
            a, b = positional197.FIXED_COLS
            if line[a - 1:b].rstrip() != v or len(line[a - 1:b]) != b - a + 1:
                E.append("%s: fixed-width columns wrong" % r["id"])
        if kind == "frame":
            m = re.search(r"\$(PGENL,[^*]*)\*([0-9A-F]{2})", r["text"])
            if not m or C.nmea_xor(m.group(1)) != m.group(2) or m.group(1).split(",")[2] != v:
                E.append("%s: serial frame checksum / field wrong" % r["id"])
    for h in hidden:
        if not C.PW_STRICT_RE.match(h):
            E.append("hidden password %r malformed" % h)

    pr = by.get("prose", [])
    if len(pr) != 40 or len({r["container"].split("__")[1] for r in pr}) != 40:
        E.append("prose: need 40 records in 40 languages")
    for r in pr:
        s = r["secrets"][0]
        t = r["text"]
        if not C.PW_STRICT_RE.match(s["value"]):
            E.append("%s: prose value not a strict password" % r["id"])
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            E.append("%s: prose value not set off by whitespace" % r["id"])

    if not 440 <= len(pos) <= 470:
        E.append("positives %d not in 440-470" % len(pos))
    stypes = {}
    for r in pos:
        stypes.setdefault(r["source"], set()).add(r["type"])
    srcs = list(stypes)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if stypes[srcs[i]] & stypes[srcs[j]]:
                E.append("span types shared by %s and %s" % (srcs[i], srcs[j]))
    ne = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(ne) != len(set(ne)):
        E.append("non-everyday containers not unique")
    if set(by) != {"everyday", "vendor", "password", "prose"}:
        E.append("unexpected positive sources %s" % sorted(by))

    # ---- evasions
    if len(evs) != 66:
        E.append("evasions %d != 66" % len(evs))
    enc_count = {}
    for r in evs:
        s = r["secrets"][0]
        enc_count[r["encoding"]] = enc_count.get(r["encoding"], 0) + 1
        if s.get("encoding") != r["encoding"] or r["source"] != "evasion":
            E.append("%s: encoding / source mismatch" % r["id"])
        if r["container"] != "%s__%s" % (r["encoding"], r["container"].split("__", 1)[1]):
            E.append("%s: evasion container" % r["id"])
        try:
            dec = dec197.decode(r["encoding"], s["value"])
        except Exception as e:  # noqa
            dec = "<%s>" % e
        if dec != s["plain"]:
            E.append("%s: run does not decode to its plain" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]) or s["plain"] in s["value"] or s["plain"] == s["value"]:
            E.append("%s: plain alphabet / containment" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            E.append("%s: run not on its own line after ':' with a remark" % r["id"])
        if r["type"].endswith("password") and not C.PW_STRICT_RE.match(s["plain"]):
            E.append("%s: evasion password plain malformed" % r["id"])
    if len(enc_count) != 22 or any(c != 3 for c in enc_count.values()):
        E.append("evasions: need 22 encodings x 3")
    if set(enc_count) - set(enc197.ENCODINGS):
        E.append("evasion encoding unknown")

    # ---- negatives
    if len(negs) < 180:
        E.append("negatives %d < 180" % len(negs))
    classes = {r["class"] for r in negs}
    if len(classes) < 16:
        E.append("negative classes %d < 16" % len(classes))
    if len({r["text"] for r in negs}) != len(negs):
        E.append("duplicate negative texts")
    for r in negs:
        if r["source"] != "negative":
            E.append("%s: source" % r["id"])
        E += ["%s: %s" % (r["id"], e) for e in negative_structure(r)]

    # ---- deny-list
    E += deny_checks(data, deny)
    if not brief_ok:
        E.append("brief_names.json differs from a fresh extraction of the READMEs")
    return E


def negative_structure(r):
    errs, c, t = [], r["class"], r["text"]
    if c == "trader_permit_numbers_with_luhn_check":
        nums = re.findall(r"TP(\d{10})", t)
        if not nums or any(not C.luhn_ok(n) for n in nums):
            errs.append("bad Luhn permit number")
    elif c == "nfc_wristband_uids_with_bcc":
        ms = list(re.finditer(r"uid[=\": ]+((?:[0-9A-F]{2}:){6}[0-9A-F]{2})[\s\S]{0,20}?bcc0[=\": ]+([0-9A-F]{2})[\s\S]{0,12}?bcc1[=\": ]+([0-9A-F]{2})", t))
        if not ms:
            errs.append("no UID with BCC")
        for m in ms:
            u = [int(x, 16) for x in m.group(1).split(":")]
            if C.nfc_bcc(u) != (int(m.group(2), 16), int(m.group(3), 16)):
                errs.append("bad BCC")
    elif c == "touring_vehicle_vins_and_plates":
        vins = re.findall(r"\b[A-HJ-NPR-Z0-9]{17}\b", t)
        if not vins or any(C.vin_check(v) != v[8] for v in vins):
            errs.append("bad VIN check digit")
    elif c == "hookup_meter_mpans_and_readings":
        ms = re.findall(r"\b\d{13}\b", t)
        if not ms or any(C.mpan_check(m[:12]) != m[12] for m in ms):
            errs.append("bad MPAN check digit")
    elif c == "ticket_barcodes_mod37_36_check":
        codes = re.findall(r"(?<![A-Za-z0-9])([A-Z0-9]{13})(?=,|\s|$)", t)
        if not codes or any(not C.mod37_36_ok(x) for x in codes):
            errs.append("bad MOD 37,36 check character")
    elif c == "ticket_widget_public_keys":
        for m in re.finditer(r"pk\.([A-Za-z0-9_-]+)\.", t):
            try:
                _b64url_json(m.group(1))
            except Exception:  # noqa
                errs.append("Mapbox pk. middle not JSON")
    elif c == "inline_base64_icons":
        m = re.search(r"(?:base64,|\"data\": \")([A-Za-z0-9+/=]+)", t)
        raw = base64.b64decode(m.group(1)) if m else b""
        if not raw.startswith(b"\x89PNG\r\n\x1a\n"):
            errs.append("inline icon is not a PNG")
    elif c == "bcrypt_and_werkzeug_scrypt_hashes":
        if not re.search(r"\$2b\$12\$[./A-Za-z0-9]{53}|scrypt:32768:8:1\$[A-Za-z0-9]{16}\$[0-9a-f]{128}", t):
            errs.append("hash frame missing")
    return errs


def all_names(data):
    """(kind, name) pairs that must be free of the deny-list."""
    out = []
    for r in data["secrets"] + data["evasions"]:
        out.append(("container", r["container"]))
        out.append(("span type", r["type"]))
    for r in data["evasions"]:
        out.append(("encoding", r["encoding"]))
    for r in data["negatives"]:
        out.append(("container", r["container"]))
        out.append(("negative class", r["class"]))
    return sorted(set(out))


def deny_checks(data, deny):
    E = []
    names = set(deny["names"])
    for kind, n in all_names(data):
        hits = C.deny_hits(n, names)
        if hits:
            E.append("deny-list: %s %r overlaps %s" % (kind, n, hits))
    syn = set(deny["syntaxes"])
    for r in data["secrets"]:
        if r["source"] == "password":
            s = r["type"][len(positional197.SPAN_PREFIX):]
            if s in syn or s in names:
                E.append("deny-list: syntax %r already listed" % s)
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    langs = [(c, nm) for c, nm, _s, _t in prose197.LANGS] + list(prose197.SPARES)
    used = {r["container"].split("__")[1] for r in data["secrets"] if r["source"] == "prose"}
    for c, nm in langs:
        if c in codes or c in names:
            E.append("deny-list: language code %r" % c)
        if nm.lower() in lnames or any(w in lnames for w in nm.lower().split()):
            E.append("deny-list: language name %r" % nm)
    for c in used:
        if c in codes or c in names:
            E.append("deny-list: prose container language %r" % c)
    return E


# ---------------------------------------------------------------- mutation tests
def _first(recs, source):
    return next(r for r in recs if r["source"] == source)


def mutations():
    def m01(d):
        r = d["secrets"][0]
        r["secrets"][0]["start"] += 1
        r["secrets"][0]["end"] += 1

    def m02(d):
        d["secrets"][1]["id"] = d["secrets"][0]["id"]

    def m03(d):
        d["negatives"][0]["text"] += "\n" + d["secrets"][5]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][0]["secrets"][0]["plain"] += "x"

    def m05(d):
        r = _first(d["secrets"], "vendor")
        r["container"] = r["type"] + "__dive_api_dotenv_staging"

    def m06(d):
        d["negatives"][0]["class"] = "pbkdf2_and_sha512crypt_hashes"

    def m07(d):
        d["secrets"][3]["type"] = "something_else"

    def m08(d):
        d["evasions"].pop()

    def m09(d):
        r = _first(d["secrets"], "prose")
        s = r["secrets"][0]
        t = r["text"]
        r["text"] = t[:s["start"] - 1] + t[s["start"]:]
        s["start"] -= 1
        s["end"] -= 1

    def m10(d):
        a, b = d["secrets"][0], d["secrets"][1]
        v = a["secrets"][0]["value"]
        t = b["text"]
        sb = b["secrets"][0]
        b["text"] = t[:sb["start"]] + v + t[sb["end"]:]
        sb["value"], sb["end"] = v, sb["start"] + len(v)

    def m11(d):
        r = d["secrets"][7]
        r["text"] += "\n# again: " + r["secrets"][0]["value"] + "\n"

    def m12(d):
        r = next(x for x in d["secrets"] if x["type"] == "vehicle_tracker_service_jwt")
        s = r["secrets"][0]
        parts = s["value"].split(".")
        bad = C.b64url_nopad(b'{"sub": not json}')
        nv = parts[0] + "." + bad + "." + parts[2]
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"], s["end"] = nv, s["start"] + len(nv)

    def m13(d):
        r = _first(d["secrets"], "prose")
        r["container"] = r["container"].split("__")[0] + "__deu"
        prose197.LANGS.append(("deu", "German", "Latin", "x"))

    def m14(d):
        r = next(x for x in d["negatives"] if x["class"] == "trader_permit_numbers_with_luhn_check")
        m = re.search(r"TP(\d{10})", r["text"])
        n = m.group(1)
        bad = n[:-1] + str((int(n[-1]) + 1) % 10)
        r["text"] = r["text"].replace(n, bad, 1)

    def m15(d):
        r = _first(d["secrets"], "password")
        r["type"] = positional197.SPAN_PREFIX + "sshpass_lower_p_literal"
        r["secrets"][0]["type"] = r["type"]

    def m16(d):
        r = d["negatives"][3]
        r["text"] += "\nrequest_id=" + "12345678-1234-1234-1234-123456789abc" + "\n"

    def m17(d):
        r = next(x for x in d["secrets"] if x["type"] == "token_booth_api_key")
        s = r["secrets"][0]
        v = s["value"]
        last = "0" if v[-1] != "0" else "1"
        nv = v[:-1] + last
        r["text"] = r["text"][:s["start"]] + nv + r["text"][s["end"]:]
        s["value"] = nv

    def m18(d):
        d["negatives"][2]["text"] += "\n" + d["hidden"][0] + "\n"

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_value_twice_in_text", m11), ("m12_jwt_payload_not_json", m12),
            ("m13_deny_listed_language", m13), ("m14_bad_luhn_permit_digit", m14),
            ("m15_earlier_syntax_name", m15), ("m16_uuid_not_v4", m16),
            ("m17_crockford_check_broken", m17), ("m18_hidden_password_in_negative", m18)]


def run_mutations(data, deny):
    base = set(run_checks(data, deny))
    results = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        saved = list(prose197.LANGS)
        try:
            fn(d)
            new = set(run_checks(d, deny)) - base
        finally:
            prose197.LANGS[:] = saved
        results.append((name, bool(new)))
    return results
