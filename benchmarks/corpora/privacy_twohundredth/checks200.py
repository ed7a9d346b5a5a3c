"""All checks run by build.py before anything is written. Each returns a list of error strings."""
import base64
import json
import re
import zlib

import common200 as C
import dec200
import enc200
import everyday200
import negatives200
import positional200
import prose200
import vendor200
import evasions200

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

UUIDISH = re.compile(r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b")
UUID4 = re.compile(r"(?i)^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")
JWTISH = re.compile(r"\beyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
SIGLEN = {"HS256": 43, "HS384": 64, "HS512": 86, "RS256": 342}


def _b64url_json(seg):
    pad = "=" * (-len(seg) % 4)
    return json.loads(base64.urlsafe_b64decode(seg + pad).decode())


def jwt_ok(tok, want_alg=None):
    parts = tok.split(".")
    if len(parts) != 3:
        return "not three parts"
    try:
        h = _b64url_json(parts[0])
        _b64url_json(parts[1])
    except Exception as ex:  # noqa
        return "header/payload not base64url JSON (%s)" % ex
    alg = h.get("alg")
    if want_alg and alg != want_alg:
        return "alg %s != %s" % (alg, want_alg)
    if alg not in SIGLEN or len(parts[2]) != SIGLEN[alg]:
        return "signature length %d does not fit %s" % (len(parts[2]), alg)
    return None


def check_ids(recs, kind):
    errs = []
    for i, r in enumerate(recs, 1):
        want = "%s-%s-%04d" % (C.PREFIX, kind, i)
        if r.get("id") != want:
            errs.append("id %r != %r" % (r.get("id"), want))
    ids = [r.get("id") for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids in %s" % kind)
    return errs


def check_spans(recs, fields, span_fields):
    errs = []
    for r in recs:
        rid = r.get("id")
        if list(r.keys()) != fields:
            errs.append("%s: fields %s" % (rid, list(r.keys())))
            continue
        if len(r["secrets"]) != 1:
            errs.append("%s: %d spans" % (rid, len(r["secrets"])))
            continue
        sp = r["secrets"][0]
        if list(sp.keys()) != span_fields:
            errs.append("%s: span fields %s" % (rid, list(sp.keys())))
            continue
        v, s, e, t = sp["value"], sp["start"], sp["end"], sp["type"]
        if not v or v != v.strip():
            errs.append("%s: empty or edge-whitespace value" % rid)
        if r["text"][s:e] != v:
            errs.append("%s: span does not re-slice" % rid)
        if r["type"] != t:
            errs.append("%s: record type %s != span type %s" % (rid, r["type"], t))
        if r["text"].count(v) != 1:
            errs.append("%s: value occurs %d times in its text" % (rid, r["text"].count(v)))
        for bad in (C.SLOT, "\0", "PRIVATE KEY"):
            if bad in r["text"]:
                errs.append("%s: forbidden marker %r in text" % (rid, bad))
    return errs


def check_values(pos, eva, neg, hidden):
    errs = []
    allrecs = pos + eva
    vals = [r["secrets"][0]["value"] for r in allrecs]
    if len(set(vals)) != len(vals):
        seen = set()
        for v in vals:
            if v in seen:
                errs.append("value reused: %r" % v[:40])
            seen.add(v)
    texts = [(r["id"], r["text"]) for r in allrecs]
    negtexts = [(r["id"], r["text"]) for r in neg]
    for r in allrecs:
        v = r["secrets"][0]["value"]
        for rid, t in texts:
            if rid != r["id"] and v in t:
                errs.append("%s: value appears in %s" % (r["id"], rid))
        for rid, t in negtexts:
            if v in t:
                errs.append("%s: value appears in negative %s" % (r["id"], rid))
    hid = [sp["plain"] for r in eva for sp in r["secrets"]] + [h[1] for h in hidden]
    for p in hid:
        for rid, t in texts + negtexts:
            if p in t:
                errs.append("hidden plain %r appears in %s" % (p, rid))
    return errs


def check_uuid_jwt(pos, eva, neg):
    errs = []
    for r in pos + eva + neg:
        for m in UUIDISH.findall(r["text"]):
            if not UUID4.match(m):
                errs.append("%s: UUID-shaped %s is not v4" % (r["id"], m))
    for r in pos + eva:
        for m in JWTISH.findall(r["text"]):
            why = jwt_ok(m)
            if why:
                errs.append("%s: JWT-shaped string: %s" % (r["id"], why))
    return errs


def _b64_len(s, n, urlsafe=False):
    try:
        raw = (base64.urlsafe_b64decode if urlsafe else base64.b64decode)(s + "=" * (-len(s) % 4))
    except Exception:
        return False
    return len(raw) == n


def check_shapes(pos, hidden):
    errs = []
    vb = vendor200.vendor_by_type()
    for r in pos:
        sp = r["secrets"][0]
        v, t, rid = sp["value"], sp["type"], r["id"]
        if r["source"] == "everyday":
            if t in everyday200.PASSWORD_TYPES:
                if not C.PW_WIDE_RE.match(v):
                    errs.append("%s: password shape %r" % (rid, v))
            elif t == "parts_locator_api_token":
                m = re.match(r"^pst1_([A-Za-z0-9]{36})([0-9a-f]{8})$", v)
                if not m or C.adler32_hex(m.group(1)) != m.group(2):
                    errs.append("%s: pst1 Adler-32 broken" % rid)
            elif t == "paint_library_sync_key":
                m = re.match(r"^pcl\.\d{8}\.([A-Za-z0-9_-]{43})$", v)
                if not m or not _b64_len(m.group(1), 32, True):
                    errs.append("%s: pcl layout" % rid)
            elif t == "rally_timing_device_jwt":
                why = jwt_ok(v, "HS512")
                if why:
                    errs.append("%s: timing JWT %s" % (rid, why))
            elif t == "vin_decoder_hmac_secret":
                if not re.match(r"^[0-9a-f]{64}$", v):
                    errs.append("%s: hmac hex" % rid)
            elif t == "transport_booking_webhook_secret":
                if not (v.startswith("cvt_whs_") and len(v) == 52 and _b64_len(v[8:], 32)):
                    errs.append("%s: cvt_whs_ Base64" % rid)
            elif t == "workshop_alarm_totp_seed":
                if not (re.match(r"^[A-Z2-7]{32}$", v) and len(base64.b32decode(v)) == 20):
                    errs.append("%s: TOTP seed" % rid)
            else:
                errs.append("%s: unknown everyday type %s" % (rid, t))
        elif r["source"] == "vendor":
            spec = vb.get(t)
            if spec is None:
                errs.append("%s: unknown vendor type" % rid)
                continue
            if spec["re"] and not re.match(spec["re"], v):
                errs.append("%s: vendor regex %s" % (rid, t))
            if spec["conf"] == "owner" and not C.PW_WIDE_RE.match(v):
                errs.append("%s: vendor password shape" % rid)
            if t in ("calendly_personal_access_token",):
                why = jwt_ok(v, "HS256")
                if why:
                    errs.append("%s: %s" % (rid, why))
            if t == "turso_database_auth_token":
                why = jwt_ok(v, "RS256")
                if why:
                    errs.append("%s: %s" % (rid, why))
            if t == "mapbox_secret_access_token":
                try:
                    _b64url_json(v.split(".")[1])
                except Exception:
                    errs.append("%s: mapbox sk middle not JSON" % rid)
            if t == "discord_bot_token":
                try:
                    if not base64.urlsafe_b64decode(v.split(".")[0] + "==").decode().isdigit():
                        errs.append("%s: discord id part" % rid)
                except Exception:
                    errs.append("%s: discord id part" % rid)
            if t == "microsoft_teams_incoming_webhook_url" and not re.match(
                    r"^https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}$", v):
                errs.append("%s: teams url" % rid)
            if t == "sentry_org_auth_token":
                try:
                    mid = v[len("sntrys_"):].rsplit("_", 1)[0]
                    js = json.loads(base64.b64decode(mid + "=" * (-len(mid) % 4)))
                    assert "region_url" in js
                except Exception:
                    errs.append("%s: sentry org JSON" % rid)
            if t == "grafana_service_account_token" and ("%08x" % zlib.crc32(v[:-9].encode())) != v[-8:]:
                errs.append("%s: grafana crc" % rid)
            if t == "age_identity_secret_key" and not C.bech32_verify(v):
                errs.append("%s: age bech32 checksum" % rid)
            if t == "pypi_project_upload_token":
                raw = base64.urlsafe_b64decode(v[5:] + "=" * (-len(v[5:]) % 4))
                if not raw.startswith(b"\x02\x01\x08pypi.org"):
                    errs.append("%s: pypi macaroon frame" % rid)
        elif r["source"] in ("password", "prose"):
            if r["source"] == "password" and t.endswith(("_b64", "_b64_pair")):
                continue
            if not C.PW_STRICT_RE.match(v):
                errs.append("%s: strict password shape %r" % (rid, v))
    for value, pw, mode, user in hidden:
        raw = base64.b64decode(value).decode()
        want = (user + ":" + pw) if mode == "b64_userpass" else ("\0" + user + "\0" + pw)
        if raw != want or not C.PW_STRICT_RE.match(pw):
            errs.append("hidden Base64 frame wrong for %r" % value)
    hv = {h[0] for h in hidden}
    for r in pos:
        if r["source"] == "password" and r["type"].endswith(("_b64", "_b64_pair")) and r["secrets"][0]["value"] not in hv:
            errs.append("%s: Base64 positional span without a hidden frame" % r["id"])
        if r["type"] == positional200.PW_PREFIX + "marque_register_fixed_width_cols_41_to_60":
            line = r["text"].split("\n")[1]
            if line[40:60].rstrip() != r["secrets"][0]["value"]:
                errs.append("%s: fixed-width columns 41-60" % r["id"])
    return errs


def check_prose(pos):
    errs = []
    for r in pos:
        if r["source"] != "prose":
            continue
        sp = r["secrets"][0]
        t = r["text"]
        if not (sp["start"] > 0 and t[sp["start"] - 1].isspace() and sp["end"] < len(t) and t[sp["end"]].isspace()):
            errs.append("%s: prose value not set off by whitespace" % r["id"])
    return errs


def check_evasions(eva):
    errs = []
    for r in eva:
        sp = r["secrets"][0]
        rid = r["id"]
        if r["encoding"] != sp["encoding"]:
            errs.append("%s: encoding mismatch" % rid)
        if r["container"] != "%s__%s" % (r["encoding"], r["container"].split("__")[-1]) or r["container"].split("__")[-1] not in evasions200.WORDINGS:
            errs.append("%s: container form" % rid)
        try:
            dec = dec200.decode(sp["encoding"], sp["value"])
        except Exception as ex:  # noqa
            dec = "<error %s>" % ex
        if dec != sp["plain"]:
            errs.append("%s: run does not decode to plain (%r)" % (rid, dec[:30]))
        if not re.match(r"^[A-Za-z0-9_.-]+$", sp["plain"]):
            errs.append("%s: plain alphabet" % rid)
        want = {evasions200.TYPES[0][0]: C.PW_STRICT_RE, evasions200.TYPES[1][0]: re.compile(r"^sbk_[A-Za-z0-9]{20}$"),
                evasions200.TYPES[2][0]: re.compile(r"^vlt-[0-9a-f]{16}$")}.get(r["type"])
        if want is None or not want.match(sp["plain"]):
            errs.append("%s: evasion plain shape" % rid)
        if sp["plain"] in sp["value"] or sp["plain"] == sp["value"]:
            errs.append("%s: run contains its plain" % rid)
        t = r["text"]
        if not (t[sp["start"] - 2:sp["start"]] == ":\n" and t[sp["end"]:sp["end"] + 1] == "\n" and t[sp["end"] + 1:].strip()):
            errs.append("%s: run placement" % rid)
        if "\n" in sp["value"]:
            errs.append("%s: run spans lines" % rid)
    encs = {}
    for r in eva:
        encs[r["encoding"]] = encs.get(r["encoding"], 0) + 1
    if len(encs) != 22 or any(n != 3 for n in encs.values()) or len(eva) != 66:
        errs.append("evasion counts: %d records, %d encodings" % (len(eva), len(encs)))
    if set(encs) != set(enc200.ENCODINGS):
        errs.append("evasion encodings differ from the encoder table")
    return errs


def check_negatives(neg):
    errs = []
    texts = set()
    classes = {}
    for r in neg:
        if list(r.keys()) != NEG_FIELDS:
            errs.append("%s: negative fields" % r.get("id"))
            continue
        if r["source"] != "negative":
            errs.append("%s: negative source" % r["id"])
        if r["text"] in texts:
            errs.append("%s: duplicate negative text" % r["id"])
        texts.add(r["text"])
        classes[r["class"]] = classes.get(r["class"], 0) + 1
        t = r["text"]
        for bad in (C.SLOT, "\0", "PRIVATE KEY"):
            if bad in t:
                errs.append("%s: forbidden marker" % r["id"])
        c = r["class"]
        if c == "chassis_and_vin_plate_numbers":
            for m in re.findall(r"(?<![A-Z0-9])[A-HJ-NPR-Z0-9]{17}(?![A-Z0-9])", t):
                if not C.vin_ok(m):
                    errs.append("%s: VIN check digit %s" % (r["id"], m))
        if c == "club_membership_numbers_mod11":
            for m in re.findall(r"\b\d{8}[0-9X]\b", t):
                if C.mod11_weighted_check(m[:8]) != m[8]:
                    errs.append("%s: mod-11 member number %s" % (r["id"], m))
        if c == "valuation_certificate_refs_mod97":
            for m in re.findall(r"\bAV(\d{12})\b", t):
                if not C.mod97_ok(m):
                    errs.append("%s: MOD 97-10 ref %s" % (r["id"], m))
        if c == "parts_catalogue_numbers_and_ean_barcodes":
            for m in re.findall(r"\b50\d{11}\b", t):
                if C.ean13_check(m[:12]) != m[12]:
                    errs.append("%s: EAN-13 %s" % (r["id"], m))
        if c == "public_client_keys_on_club_sites":
            for m in re.findall(r"\bpk\.([A-Za-z0-9_-]+)\.", t):
                try:
                    _b64url_json(m)
                except Exception:
                    errs.append("%s: Mapbox pk middle not JSON" % r["id"])
    if len(classes) < 16 or len(neg) < 180:
        errs.append("negatives: %d records in %d classes" % (len(neg), len(classes)))
    return errs


def check_deny(pos, eva, neg, deny):
    errs = []
    names = set()
    for r in pos + eva + neg:
        names.add(r["container"])
    for r in pos + eva:
        names.add(r["type"])
    for r in eva:
        names.add(r["encoding"])
    for r in neg:
        names.add(r["class"])
    for n in sorted(names):
        errs += C.deny_hits(n, deny)
    for r in pos:
        if r["source"] == "password":
            syn = r["type"][len(positional200.PW_PREFIX):]
            if syn in deny["_syntax_set"] or syn in deny["_names_set"]:
                errs.append("syntax %s deny-listed" % syn)
    known = {c: n for c, n, _, _ in prose200.LANGS}
    known.update(dict(prose200.SPARES))
    codes = [r["container"].split("__")[-1] for r in pos if r["source"] == "prose"] + [c for c, _ in prose200.SPARES]
    for code in codes:
        name = known.get(code, code)
        if code in deny["_codes_set"] or code in deny["_names_set"]:
            errs.append("language code %s deny-listed" % code)
        nl = name.lower()
        if nl in deny["_lnames_set"] or any(w in deny["_lnames_set"] for w in re.findall(r"[^\W\d_]+", nl)):
            errs.append("language name %s deny-listed" % name)
    return errs


def check_counts(pos, eva, neg):
    errs = []
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = {}
    tcount = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday kinds: %d, not 4 distinct types each" % len(kinds))
    if len(tcount) != 12 or any(n != 15 for n in tcount.values()):
        errs.append("everyday type counts %s" % sorted(tcount.values()))
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor count %d" % len(vd))
    for r in vd:
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("%s: vendor container form" % r["id"])
    pw = by.get("password", [])
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        errs.append("password syntaxes %d" % len(pw))
    pr = by.get("prose", [])
    if len(pr) != 40 or len({r["container"].split("__")[1] for r in pr}) != 40:
        errs.append("prose count %d" % len(pr))
    if not (440 <= len(pos) <= 470):
        errs.append("positives total %d" % len(pos))
    srcs = {}
    for r in pos + eva:
        srcs.setdefault(r["source"], set()).add(r["type"])
    keys = list(srcs)
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            if srcs[keys[i]] & srcs[keys[j]]:
                errs.append("span types shared by %s and %s" % (keys[i], keys[j]))
    non_ev = [r["container"] for r in pos + eva if r["source"] != "everyday"]
    if len(set(non_ev)) != len(non_ev):
        errs.append("non-everyday containers not unique")
    return errs


def run_all(data, deny):
    pos, eva, neg, hidden = data["pos"], data["eva"], data["neg"], data["hidden"]
    errs = []
    errs += check_ids(pos, "s") + check_ids(eva, "e") + check_ids(neg, "n")
    errs += check_spans(pos, POS_FIELDS, SPAN_FIELDS)
    errs += check_spans(eva, EVA_FIELDS, EVA_SPAN_FIELDS)
    errs += check_values(pos, eva, neg, hidden)
    errs += check_uuid_jwt(pos, eva, neg)
    errs += check_shapes(pos, hidden)
    errs += check_prose(pos)
    errs += check_evasions(eva)
    errs += check_negatives(neg)
    errs += check_deny(pos, eva, neg, deny)
    errs += check_counts(pos, eva, neg)
    return errs
