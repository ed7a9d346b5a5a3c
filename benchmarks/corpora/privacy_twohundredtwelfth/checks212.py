"""Checks run by build.py before anything is written."""
import base64
import json
import re
import urllib.parse
import zlib

from common212 import (B62, BECH32, CROCKFORD, JWT_RE, OWNER_PW_RE, STRICT_PW_RE, UUID_RE, adler8, b64url_decode,
                       bech32_ok, check_jwt, crc32_b62, deny_hits, gs1_digit, is_uuid4, luhn_mod_n_ok)
import dec212
import everyday212
import evasions212
import negatives212
import positional212
import prose212
import vendor212

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]

VENDOR_INFO = {v[0]: v for v in vendor212.VENDORS}


def _b64(s):
    return base64.b64decode(s, validate=True)


def check_everyday_value(typ, v):
    if typ in everyday212.PASSWORD_TYPES:
        return None if OWNER_PW_RE.match(v) else "owner password shape"
    if typ == "garment_rfid_reader_api_key":
        m = re.fullmatch(r"rfr_([0-9A-Za-z]{36})([0-9a-f]{8})", v)
        return None if m and adler8(m.group(1)) == m.group(2) else "rfr_ Adler-32 tail"
    if typ == "hire_booking_webhook_secret":
        try:
            ok = v.startswith("hbwsec_") and len(_b64(v[7:])) == 32
        except Exception:
            ok = False
        return None if ok else "hbwsec_ Base64 of 32 bytes"
    if typ == "stock_transfer_sync_jwt":
        e = check_jwt(v)
        if e:
            return e
        h = json.loads(b64url_decode(v.split(".")[0]))
        return None if h.get("alg") == "ES256" else "stock JWT not ES256"
    if typ == "damage_claim_signing_key":
        m = re.fullmatch(r"dcsk_([%s]{27})" % CROCKFORD, v)
        return None if m and luhn_mod_n_ok(m.group(1), CROCKFORD) else "dcsk_ Luhn mod 32"
    if typ == "costume_order_portal_token":
        m = re.fullmatch(r"cop_([0-9A-Za-z]{30})([0-9A-Za-z]{6})", v)
        return None if m and crc32_b62(m.group(1)) == m.group(2) else "cop_ CRC-32 tail"
    if typ == "measurement_backup_age_identity":
        ok = re.fullmatch(r"AGE-SECRET-KEY-1[%s]{58}" % BECH32.upper(), v) and bech32_ok(v)
        return None if ok else "age identity Bech32"
    return "unknown everyday type"


def check_vendor_value(typ, v):
    info = VENDOR_INFO.get(typ)
    if not info:
        return "unknown vendor type"
    rx = info[2]
    if info[4] == "owner":
        return None if OWNER_PW_RE.match(v) else "owner password shape"
    if not re.fullmatch(rx, v):
        return "vendor regex %s" % rx
    try:
        if typ in ("wix_headless_api_key",):
            return check_jwt(v[4:])
        if typ in ("rentman_api_token", "monday_com_api_token", "mailerlite_api_token", "calendly_personal_access_token"):
            return check_jwt(v)
        if typ == "supabase_service_role_jwt":
            e = check_jwt(v)
            if e:
                return e
            return None if json.loads(b64url_decode(v.split(".")[1]))["role"] == "service_role" else "role"
        if typ == "mapbox_secret_access_token":
            json.loads(b64url_decode(v.split(".")[1]))
        if typ == "grafana_cloud_access_policy_token":
            json.loads(_b64(v[4:]))
        if typ == "sentry_org_auth_token":
            body = v[7:].rsplit("_", 1)[0]
            json.loads(_b64(body + "=" * (-len(body) % 4)))
        if typ == "aws_sts_session_token":
            if not _b64(v).startswith(b"!\n\torigin_ec"):
                return "sts frame"
        if typ == "azure_blob_sas_signature":
            if len(_b64(urllib.parse.unquote(v))) != 32:
                return "sas length"
        if typ == "xero_webhook_signing_key" and len(_b64(v)) != 64:
            return "xero length"
        if typ == "aws_bedrock_long_term_api_key" and len(_b64(v[4:])) != 96:
            return "bedrock length"
    except Exception as e:  # noqa
        return "frame: %s" % e
    return None


def run_checks(data, dl):
    errs = []
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    hidden = data["hidden"]

    # ---------------- ids and fields
    for recs, prefix, fields in ((pos, "p212-s-", POS_FIELDS), (eva, "p212-e-", EVA_FIELDS), (neg, "p212-n-", NEG_FIELDS)):
        for i, r in enumerate(recs):
            if r.get("id") != "%s%04d" % (prefix, i + 1):
                errs.append("id not sequential: %r" % r.get("id"))
            if list(r.keys()) != fields:
                errs.append("%s fields %s" % (r.get("id"), list(r.keys())))
    ids = [r["id"] for r in pos + eva + neg]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")

    # ---------------- spans
    all_values = []
    for r in pos + eva:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            errs.append("%s: not exactly one span" % r["id"])
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            errs.append("%s: span fields" % r["id"])
        v = s.get("value", "")
        if not v or v != v.strip():
            errs.append("%s: empty or edge whitespace" % r["id"])
        if r["text"][s["start"]:s["end"]] != v:
            errs.append("%s: span does not re-slice" % r["id"])
        if r["text"].count(v) != 1:
            errs.append("%s: value occurs %d times" % (r["id"], r["text"].count(v)))
        if r["type"] != s["type"]:
            errs.append("%s: record type != span type" % r["id"])
        if "\0" in r["text"] or "PRIVATE KEY" in r["text"] or "@V" in r["text"] or "@K" in r["text"]:
            errs.append("%s: NUL, PRIVATE KEY or slot marker" % r["id"])
        all_values.append((r["id"], v))
    vals = [v for _, v in all_values]
    if len(vals) != len(set(vals)):
        errs.append("value reused")
    texts = [(r["id"], r["text"]) for r in pos + eva]
    for rid, v in all_values:
        for tid, t in texts:
            if tid != rid and v in t:
                errs.append("%s value appears in %s" % (rid, tid))
        for n in neg:
            if v in n["text"]:
                errs.append("%s value appears in negative %s" % (rid, n["id"]))
    secret_plains = [r["secrets"][0]["plain"] for r in eva] + list(hidden)
    for p in secret_plains:
        for tid, t in texts:
            if p in t:
                errs.append("plain/hidden %r appears in %s" % (p, tid))
        for n in neg:
            if p in n["text"]:
                errs.append("plain/hidden %r appears in negative %s" % (p, n["id"]))

    # ---------------- shapes
    owner_vendor = {v[0] for v in vendor212.VENDORS if v[4] == "owner"}
    hidden_i = 0
    for r in pos:
        v = r["secrets"][0]["value"]
        if r["source"] == "everyday":
            e = check_everyday_value(r["type"], v)
            if e:
                errs.append("%s: %s" % (r["id"], e))
        elif r["source"] == "vendor":
            e = check_vendor_value(r["type"], v)
            if e:
                errs.append("%s: %s" % (r["id"], e))
        elif r["source"] == "password":
            syn = r["type"][len(positional212.PREFIX):]
            if syn == "docker_config_json_auth_b64_pair":
                try:
                    u, p = _b64(v).decode().split(":", 1)
                    if not STRICT_PW_RE.match(p) or p not in hidden:
                        errs.append("%s: hidden password" % r["id"])
                except Exception:
                    errs.append("%s: Base64 frame" % r["id"])
            elif syn == "smtp_auth_plain_initial_response_b64":
                try:
                    parts = _b64(v).decode().split("\0")
                    if len(parts) != 3 or parts[0] != "" or not STRICT_PW_RE.match(parts[2]) or parts[2] not in hidden:
                        errs.append("%s: SASL PLAIN frame" % r["id"])
                except Exception:
                    errs.append("%s: Base64 frame" % r["id"])
            elif not STRICT_PW_RE.match(v):
                errs.append("%s: strict password shape" % r["id"])
            if syn == "alteration_rack_fixed_width_cols_41_to_60":
                line = [l for l in r["text"].splitlines() if v in l][0]
                if line[positional212.FW_START - 1:positional212.FW_START - 1 + len(v)] != v:
                    errs.append("%s: fixed-width column" % r["id"])
        elif r["source"] == "prose":
            if not STRICT_PW_RE.match(v):
                errs.append("%s: prose password shape" % r["id"])
            s = r["secrets"][0]
            t = r["text"]
            if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
        else:
            errs.append("%s: bad source %r" % (r["id"], r["source"]))

    # ---------------- UUIDs and JWTs
    for r in pos + eva + neg:
        for m in UUID_RE.findall(r["text"]):
            if not is_uuid4(m):
                errs.append("%s: UUID %s not version 4" % (r["id"], m))
    for r in pos + eva:
        for m in JWT_RE.findall(r["text"]):
            e = check_jwt(m)
            if e:
                errs.append("%s: JWT %s" % (r["id"], e))

    # ---------------- negatives' check digits
    for n in neg:
        t = n["text"]
        if n["class"] == "garment_gtin_and_ean8_barcodes":
            for m in re.findall(r"\b(50\d{11})\b", t) + re.findall(r"(?<=,)(50\d{6})(?=\n|$)", t):
                if gs1_digit(m[:-1]) != m[-1]:
                    errs.append("%s: GS1 check digit %s" % (n["id"], m))
        if n["class"] == "branch_transfer_sscc_labels":
            for m in re.findall(r"(?:SSCC |\(00\))(\d{18})", t):
                if gs1_digit(m[:-1]) != m[-1]:
                    errs.append("%s: SSCC check digit %s" % (n["id"], m))
        if n["class"] == "alteration_ticket_references":
            for m in re.findall(r"ALT(\d{7})", t):
                if int(m) % 97 != 1:
                    errs.append("%s: ISO 7064 MOD 97-10 %s" % (n["id"], m))
        if n["class"] == "theatre_and_school_order_numbers":
            for m in re.findall(r"GB(\d{9})", t):
                s = sum(int(d) * w for d, w in zip(m[:7], [8, 7, 6, 5, 4, 3, 2])) + int(m[7:])
                if s % 97 != 0:
                    errs.append("%s: VAT check %s" % (n["id"], m))

    # ---------------- evasions
    enc_names = [e[0] for e in evasions212.ENCODINGS]
    wordings = [w[0] for w in evasions212.WORDINGS]
    combos = set()
    for r in eva:
        s = r["secrets"][0]
        if r["encoding"] != s["encoding"]:
            errs.append("%s: encoding mismatch" % r["id"])
        try:
            if dec212.decode(s["encoding"], s["value"]) != s["plain"]:
                errs.append("%s: does not decode to plain" % r["id"])
        except Exception as e:  # noqa
            errs.append("%s: decoder error %s" % (r["id"], e))
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            errs.append("%s: run layout" % r["id"])
        if s["plain"] in s["value"] or s["plain"] == s["value"]:
            errs.append("%s: run contains plain" % r["id"])
        p = s["plain"]
        if r["type"] == "atelier_evasion_till_pc_password" and not STRICT_PW_RE.match(p):
            errs.append("%s: plain shape" % r["id"])
        if r["type"] == "atelier_evasion_rfid_gate_override_code" and not re.fullmatch(r"rgo_[0-9A-Za-z]{16}", p):
            errs.append("%s: plain shape" % r["id"])
        if r["type"] == "atelier_evasion_gown_vault_unlock_token" and not re.fullmatch(r"gvu-[a-z0-9]{20}", p):
            errs.append("%s: plain shape" % r["id"])
        enc_, w = r["container"].split("__")
        if enc_ != r["encoding"] or w not in wordings:
            errs.append("%s: container" % r["id"])
        combos.add((r["encoding"], r["type"]))
        combos.add((r["encoding"], w))
    if len(eva) != 66 or len({r["encoding"] for r in eva}) != 22 or len(combos) != 66 * 2:
        errs.append("evasion counts: %d records, %d combos" % (len(eva), len(combos)))

    # ---------------- negatives
    if len(neg) < 180 or len({n["class"] for n in neg}) < 16:
        errs.append("negative counts")
    if len({n["text"] for n in neg}) != len(neg):
        errs.append("duplicate negative texts")
    for n in neg:
        if n["source"] != "negative":
            errs.append("%s: source" % n["id"])

    # ---------------- deny-list
    def deny(kind, name):
        h = deny_hits(name, deny_list)
        if h:
            errs.append("deny-listed %s %r (%s)" % (kind, name, ", ".join(h)))

    deny_list = dl
    for r in pos + eva:
        deny("container", r["container"])
        deny("span type", r["type"])
    for n in neg:
        deny("negative container", n["container"])
        deny("negative class", n["class"])
    for r in eva:
        deny("encoding", r["encoding"])
    for k in everyday212.SPARE_KINDS:
        deny("spare kind", k)
    for s, _ in vendor212.STYLES:
        deny("vendor style", s)
    for s in positional212.SUFFIX.values():
        deny("password suffix", s)
    for f in prose212.FORMATS:
        deny("prose format", f)
    for w in wordings:
        deny("evasion wording", w)
    for w, _ in negatives212.WRAPPERS:
        if w:
            deny("negative wrapper", w.strip("_"))
    deny_syn = set(dl["syntaxes"])
    for r in pos:
        if r["source"] == "password":
            syn = r["type"][len(positional212.PREFIX):]
            if syn in deny_syn or syn in dl["names"]:
                errs.append("positional syntax %r is an earlier syntax" % syn)
    langs = [(c, nm) for c, nm, _, _ in prose212.LANGS] + list(prose212.SPARES)
    used_codes = [r["container"].split("__")[1] for r in pos if r["source"] == "prose"]
    for code in used_codes + [c for c, _ in prose212.SPARES]:
        if code in dl["language_codes"] or code in dl["names"]:
            errs.append("deny-listed language code %r" % code)
    for code, nm in langs:
        words = [nm.lower()] + [w.lower() for w in nm.split() if len(w) >= 3]
        for w in words:
            if w in dl["language_names"]:
                errs.append("deny-listed language name %r" % w)

    # ---------------- counts
    src = {}
    for r in pos:
        src.setdefault(r["source"], []).append(r)
    ev = src.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = {}
    tcount = {}
    for r in ev:
        kinds.setdefault(r["container"], set()).add(r["type"])
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 for v in kinds.values()):
        errs.append("everyday kinds")
    if len(tcount) != 12 or any(c != 15 for c in tcount.values()):
        errs.append("everyday types %s" % tcount)
    vd = src.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor count %d" % len(vd))
    for r in vd:
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("%s: vendor container" % r["id"])
    pw = src.get("password", [])
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        errs.append("password count %d" % len(pw))
    pr = src.get("prose", [])
    if len(pr) != 40 or len({r["container"].split("__")[1] for r in pr}) != 40:
        errs.append("prose count")
    if not (440 <= len(pos) <= 470):
        errs.append("positives total %d" % len(pos))
    tsets = [{r["type"] for r in src.get(k, [])} for k in ("everyday", "vendor", "password", "prose")] + [{r["type"] for r in eva}]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                errs.append("span types shared between sources")
    non_every = [r["container"] for r in pos + eva if r["source"] != "everyday"]
    if len(non_every) != len(set(non_every)):
        errs.append("non-everyday containers not unique")
    return errs
