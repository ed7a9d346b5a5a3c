"""All checks run by build.py before anything is written."""
import base64
import json
import re
import struct
import zlib

import dec188
import everyday188
import negatives188
import prose188
import vendor188
from common188 import (PW_RE, PW_STRICT_RE, UUID_RE, crc16_ccitt, crc32_b62, deny_hits, is_uuid4, jwt_parts_ok,
                       luhn_ok)

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
JWT_SHAPE = re.compile(r"^eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+$")


def _b64d(s, url=False):
    s = s + "=" * (-len(s) % 4)
    return base64.urlsafe_b64decode(s) if url else base64.b64decode(s, validate=True)


def check_all(data, deny):
    """data: dict with secrets, evasions, negatives, hidden (list of (b64 value, password)). Returns list of errors."""
    E = []
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]

    # ------------------------------------------------------------ ids and fields
    for recs, pat, fields in ((sec, "p188-s-%04d", POS_FIELDS), (eva, "p188-e-%04d", EVA_FIELDS), (neg, "p188-n-%04d", NEG_FIELDS)):
        for i, r in enumerate(recs):
            if r.get("id") != pat % (i + 1):
                E.append("id not sequential / malformed: %r (expected %s)" % (r.get("id"), pat % (i + 1)))
            if list(r.keys()) != fields:
                E.append("%s: fields %r" % (r.get("id"), list(r.keys())))
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            E.append("duplicate ids")

    # ------------------------------------------------------------ spans
    allrecs = sec + eva
    values = []
    for r in allrecs:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            E.append("%s: needs exactly one span" % r["id"])
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r["source"] == "evasion" else SPAN_FIELDS
        if list(s.keys()) != want:
            E.append("%s: span fields %r" % (r["id"], list(s.keys())))
        v, a, b = s.get("value", ""), s.get("start", -1), s.get("end", -1)
        if not v or r["text"][a:b] != v:
            E.append("%s: span does not re-slice" % r["id"])
        if v != v.strip():
            E.append("%s: span has edge whitespace" % r["id"])
        if s.get("type") != r["type"]:
            E.append("%s: record type != span type" % r["id"])
        if v and r["text"].count(v) != 1:
            E.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
        for bad in ("\u27e6", "{{", "\x00", "PRIVATE KEY"):
            if bad in r["text"]:
                E.append("%s: forbidden marker %r in text" % (r["id"], bad))
        values.append((r["id"], v))
    vs = [v for _, v in values]
    if len(set(vs)) != len(vs):
        E.append("a value is reused across records")
    texts = [(r["id"], r["text"]) for r in allrecs]
    negtexts = [(r["id"], r["text"]) for r in neg]
    hidden = [p for _, p in data["hidden"]] + [r["secrets"][0].get("plain", "") for r in eva]
    for rid, v in values:
        for tid, t in texts:
            if tid != rid and v in t:
                E.append("%s: value appears in %s" % (rid, tid))
        for nid, t in negtexts:
            if v in t:
                E.append("%s: positive value appears in negative %s" % (rid, nid))
    for p in hidden:
        for tid, t in texts + negtexts:
            if p and p in t:
                E.append("hidden password / evasion plain %r appears in %s" % (p, tid))

    # ------------------------------------------------------------ sources and counts
    by = {}
    for r in sec:
        by.setdefault(r["source"], []).append(r)
    if set(by) != {"everyday", "vendor", "password", "prose"}:
        E.append("unexpected sources %r" % sorted(by))
    ev, ve, pw, pr = (by.get(k, []) for k in ("everyday", "vendor", "password", "prose"))
    if len(ev) != 180:
        E.append("everyday count %d != 180" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(t) != 4 or len(set(t)) != 4 for t in kinds.values()):
        E.append("everyday: need 45 kinds x 4 different types")
    tc = {}
    for r in ev:
        tc[r["type"]] = tc.get(r["type"], 0) + 1
    if len(tc) != 12 or set(tc.values()) != {15}:
        E.append("everyday: need 12 types x 15 records, got %r" % tc)
    if len(ve) != 120 or len({r["type"] for r in ve}) != 120:
        E.append("vendor: need 120 distinct types")
    for r in ve:
        if not r["container"].startswith(r["type"] + "__"):
            E.append("%s: vendor container must be <type>__<style>" % r["id"])
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        E.append("password: need 95-120 distinct syntaxes, got %d" % len(pw))
    for r in pw:
        if not r["type"].startswith("dabpw_") or not r["container"].startswith(r["type"] + "__"):
            E.append("%s: positional naming" % r["id"])
    if len(pr) != 40 or len({r["container"].split("__")[1] for r in pr}) != 40:
        E.append("prose: need 40 records in 40 languages")
    if not (440 <= len(sec) <= 470):
        E.append("positives total %d outside 440-470" % len(sec))
    tsets = [{r["type"] for r in x} for x in (ev, ve, pw, pr)]
    for i in range(4):
        for j in range(i + 1, 4):
            if tsets[i] & tsets[j]:
                E.append("span types shared between sources: %r" % sorted(tsets[i] & tsets[j]))
    nonev = [r["container"] for r in ve + pw + pr + eva]
    if len(set(nonev)) != len(nonev):
        E.append("non-everyday containers not unique")

    # ------------------------------------------------------------ shapes
    ev_pw_types = {t[0] for t in everyday188.TYPES if t[2] == "password"}
    vendor_pw_types = {v[0] for v in vendor188.VENDORS if v[1] == "password"}
    hidden_vals = dict(data["hidden"])
    for r in sec:
        v = r["secrets"][0]["value"]
        t = r["type"]
        if t in ev_pw_types or t in vendor_pw_types:
            if not PW_RE.match(v):
                E.append("%s: owner-chosen password shape %r" % (r["id"], v))
        if r["source"] in ("password", "prose") and v not in hidden_vals and not PW_STRICT_RE.match(v):
            E.append("%s: strict password shape %r" % (r["id"], v))
        if r["source"] == "prose":
            a, b = r["secrets"][0]["start"], r["secrets"][0]["end"]
            tx = r["text"]
            if a == 0 or b >= len(tx) or not tx[a - 1].isspace() or not tx[b].isspace():
                E.append("%s: prose value not set off by whitespace" % r["id"])
        if JWT_SHAPE.match(v) and not jwt_parts_ok(v):
            E.append("%s: JWT-shaped value without JSON header/payload" % r["id"])
        if t == "jackpot_display_feed_jwt":
            if not jwt_parts_ok(v) or json.loads(_b64d(v.split(".")[0], True))["alg"] != "HS512" or len(_b64d(v.split(".")[2], True)) != 64:
                E.append("%s: jackpot JWT not HS512" % r["id"])
        if t == "dabber_fleet_enrol_token":
            m = re.fullmatch(r"dbe_([0-9A-Za-z]{32})([0-9A-F]{4})", v)
            if not m or int(m.group(2), 16) != crc16_ccitt(m.group(1).encode()):
                E.append("%s: dbe_ CRC-16 broken" % r["id"])
        if t == "raffle_webhook_signing_secret":
            try:
                ok = v.startswith("whsec_") and len(_b64d(v[6:])) == 24
            except Exception:
                ok = False
            if not ok:
                E.append("%s: whsec_ body is not Base64 of 24 bytes" % r["id"])
        if t == "loyalty_card_qr_hmac_key" and not re.fullmatch(r"[0-9a-f]{64}", v):
            E.append("%s: HMAC key not 64 hex" % r["id"])
        if t == "draw_rng_seed_key" and not re.fullmatch(r"[0-9A-F]{8}(?:-[0-9A-F]{8}){7}", v):
            E.append("%s: seed key layout" % r["id"])
        if t == "pulltab_vend_api_key" and not re.fullmatch(r"ptv_live_[a-z0-9]{40}", v):
            E.append("%s: ptv_live_ shape" % r["id"])
        if t in ("github_oauth_access_token", "github_app_installation_token", "npm_automation_access_token"):
            body = v[4:34]
            if len(v) != 40 or crc32_b62(body) != v[34:]:
                E.append("%s: CRC-32 tail broken" % r["id"])
        if t == "matrix_synapse_access_token":
            if crc32_b62(v[:-7]) != v[-6:]:
                E.append("%s: syt_ CRC broken" % r["id"])
        if t == "grafana_service_account_token":
            m = re.fullmatch(r"glsa_([A-Za-z0-9]{32})_([0-9a-f]{8})", v)
            if not m or int(m.group(2), 16) != zlib.crc32(m.group(1).encode()):
                E.append("%s: glsa_ CRC broken" % r["id"])
        if t in ("grafana_cloud_access_policy_token", "onepassword_service_account_token"):
            try:
                json.loads(_b64d(v[4:]))
            except Exception:
                E.append("%s: Base64 JSON body broken" % r["id"])
        if t == "sentry_org_auth_token":
            try:
                j = json.loads(_b64d(v[7:].rsplit("_", 1)[0]))
                assert "region_url" in j
            except Exception:
                E.append("%s: sntrys_ JSON broken" % r["id"])
        if t == "amazon_ses_smtp_password":
            b = _b64d(v)
            if len(b) != 33 or b[0] != 4:
                E.append("%s: SES SMTP password layout" % r["id"])
        if t == "jfrog_artifactory_reference_token":
            if not re.fullmatch(r"reftkn:01:\d{10}:[A-Za-z0-9]{27}", _b64d(v).decode()):
                E.append("%s: reference token body" % r["id"])
        if t == "pypi_project_upload_token" and not v.startswith("pypi-AgEIcHlwaS5vcmc"):
            E.append("%s: PyPI macaroon prefix" % r["id"])
        if t == "mapbox_secret_access_token":
            try:
                json.loads(_b64d(v.split(".")[1], True))
            except Exception:
                E.append("%s: Mapbox JSON" % r["id"])
        if t == "dabpw_caller_console_serial_login_frame_fourth_field":
            m = re.search(r"<STX>(LGN,[^<]*)<ETX>([0-9A-F]{2})", r["text"])
            x = 0
            for ch in (m.group(1) if m else "").encode():
                x ^= ch
            if not m or "%02X" % x != m.group(2) or not m.group(1).endswith(v):
                E.append("%s: serial frame XOR checksum" % r["id"])
        if t == "dabpw_session_close_fixed_width_cols_25_to_44":
            line = r["text"].split("\n")[1]
            if line[24:44].rstrip() != v or line[:24].find(v) != -1:
                E.append("%s: fixed-width columns 25-44" % r["id"])
        if t == "dabpw_redis_resp_auth_array_bulk_third":
            if "$%d\r\n%s\r\n" % (len(v), v) not in r["text"]:
                E.append("%s: RESP bulk length" % r["id"])
    for bval, pwd in data["hidden"]:
        try:
            parts = _b64d(bval).decode().split("\0")
            ok = len(parts) == 3 and parts[0] == "" and parts[2] == pwd and PW_STRICT_RE.match(pwd)
        except Exception:
            ok = False
        if not ok:
            E.append("Base64 positional span %r does not hide NUL user NUL password" % bval)
    for tid, t in texts + negtexts:
        for u in UUID_RE.findall(t):
            if not is_uuid4(u):
                E.append("%s: UUID-shaped %s is not version 4" % (tid, u))

    # ------------------------------------------------------------ evasions
    encs = {}
    for r in eva:
        s = r["secrets"][0]
        encs.setdefault(r["encoding"], []).append(r)
        if s["encoding"] != r["encoding"]:
            E.append("%s: record / span encoding differ" % r["id"])
        if r["container"] != r["encoding"] + "__" + r["container"].split("__")[-1] or r["container"].count("__") != 1:
            E.append("%s: evasion container" % r["id"])
        try:
            got = dec188.decode(r["encoding"], s["value"])
        except Exception as ex:
            got = "<%s>" % ex
        if got != s["plain"]:
            E.append("%s: evasion does not decode (%r != %r)" % (r["id"], got, s["plain"]))
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]):
            E.append("%s: plain alphabet" % r["id"])
        if s["plain"] in s["value"]:
            E.append("%s: run contains its plain" % r["id"])
        tx = r["text"]
        if tx[s["start"] - 2:s["start"]] != ":\n" or "\n" in s["value"] or tx[s["end"]:s["end"] + 1] != "\n" or not tx[s["end"] + 1:].strip():
            E.append("%s: evasion layout (rule:, newline, run, newline, remark)" % r["id"])
        if r["type"] == "bingo_evasion_caller_pc_password" and not PW_STRICT_RE.match(s["plain"]):
            E.append("%s: evasion password plain shape" % r["id"])
    if len(encs) != 22 or any(len(v) != 3 for v in encs.values()) or len(eva) != 66:
        E.append("evasions: need 22 encodings x 3")

    # ------------------------------------------------------------ negatives
    if len(neg) < 180 or len({r["class"] for r in neg}) < 16:
        E.append("negatives: need >= 180 records in >= 16 classes")
    if len({r["text"] for r in neg}) != len(neg):
        E.append("negatives: duplicate texts")
    for r in neg:
        if r["source"] != "negative":
            E.append("%s: source" % r["id"])
        t = r["text"]
        if r["class"] == "loyalty_card_numbers_with_luhn_digit":
            for num in re.findall(r"\b6391\d{12}\b", t):
                if not luhn_ok(num):
                    E.append("%s: loyalty Luhn %s" % (r["id"], num))
        if r["class"] == "raffle_ticket_numbers_with_iso7064_check":
            for num in re.findall(r"\b2[456]\d{9}\b", t):
                if int(num) % 97 != 1:
                    E.append("%s: ISO 7064 check %s" % (r["id"], num))
        if r["class"] == "prize_payout_refs_and_iban_checks":
            for ib in re.findall(r"\bGB\d{2}[A-Z]{4}\d{14}\b", t):
                if not negatives188.iban_ok(ib):
                    E.append("%s: IBAN check %s" % (r["id"], ib))
        if r["class"] == "jwks_and_known_hosts_public_material":
            for blob in re.findall(r"ssh-ed25519 ([A-Za-z0-9+/=]+)", t):
                b = _b64d(blob)
                if b[:15] != struct.pack(">I", 11) + b"ssh-ed25519" or b[15:19] != struct.pack(">I", 32) or len(b) != 51:
                    E.append("%s: ssh-ed25519 blob layout" % r["id"])
        if r["class"] == "jwe_and_vault_transit_ciphertexts":
            for jwe in re.findall(r"\beyJ[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+\.[\w-]+", t):
                try:
                    json.loads(_b64d(jwe.split(".")[0], True))
                except Exception:
                    E.append("%s: JWE header JSON" % r["id"])

    # ------------------------------------------------------------ deny-list
    def dcheck(kind, name):
        hits = deny_hits(name, deny)
        if hits:
            E.append("deny-listed %s %r (%s)" % (kind, name, ", ".join(hits)))

    for r in sec + eva + neg:
        dcheck("container", r["container"])
    for r in sec + eva:
        dcheck("span type", r["type"])
    for r in pw:
        syn = r["type"][len("dabpw_"):]
        dcheck("syntax", syn)
        if syn in deny["_syntaxset"]:
            E.append("earlier positional syntax %r" % syn)
    for enc in {r["encoding"] for r in eva}:
        dcheck("encoding", enc)
    for cls in {r["class"] for r in neg}:
        dcheck("negative class", cls)
    langs = list(prose188.LANGS) + [(c, n, "", "") for c, n in prose188.SPARES]
    for code, name, _s, _t in langs:
        if code in deny["_codeset"] or code in deny["_nameset"] or code in deny["_langset"]:
            E.append("deny-listed language code %r" % code)
        words = [name.lower()] + re.split(r"[\s/,-]+", name.lower())
        for w in words:
            if w in deny["_langset"]:
                E.append("deny-listed language name %r (%s)" % (name, w))
    return E
