"""All checks run by build.py before anything is written, plus the mutation tests."""
import base64
import copy
import json
import re
import struct
import zlib

from common184 import (PREFIX, MARK, PW_RE, PW_STRICT_RE, UUID_RE, uuid_is_v4, jwt_ok, b64url_decode,
                       github_style_ok, crc_hex8, aba_ok, odd_parity_ok, denied)
import dec184
import everyday184
import vendor184
import positional184
import prose184
import enc184
import evasions184
import negatives184

POS_KEYS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EVA_KEYS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EVA_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_KEYS = ["id", "class", "container", "text", "source"]
JWT_SHAPE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
B62 = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
HEXL = set("0123456789abcdef")


def _b64_exact(s, n):
    try:
        return len(base64.b64decode(s, validate=True)) == n
    except Exception:
        return False


def _json_b64(s):
    try:
        return json.loads(base64.b64decode(s + "=" * (-len(s) % 4)))
    except Exception:
        return None


def shape_ok(typ, v):
    """Structural checks for the types whose format has structure. Returns True when fine or not applicable."""
    if typ in everyday184.PW_TYPES or any(typ == t[0] and t[5] == "pw" for t in vendor184.USED):
        return bool(PW_RE.match(v))
    if typ == "realtime_feed_session_token":
        return v.startswith("rtf_") and len(v) == 44 and set(v[4:]) <= B62
    if typ == "remote_depo_room_jwt":
        if not jwt_ok(v):
            return False
        h = json.loads(b64url_decode(v.split(".")[0]))
        return h.get("alg") == "EdDSA" and "kid" in h and len(b64url_decode(v.split(".")[2])) == 64
    if typ == "licence_portal_totp_seed":
        try:
            return len(v) == 32 and len(base64.b32decode(v)) == 20
        except Exception:
            return False
    if typ == "audio_queue_webhook_secret":
        return v.startswith("aqwh_") and len(v) == 48 and len(b64url_decode(v[5:])) == 32
    if typ == "diarisation_worker_api_key":
        body = v[9:41]
        return v.startswith("dzk_live_") and len(v) == 49 and set(body) <= B62 and crc_hex8(body) == v[41:]
    if typ == "transcript_archive_aes_key":
        return len(v) == 64 and set(v) <= HEXL
    if typ == "github_app_installation_token":
        return len(v) == 40 and github_style_ok(v, "ghs_")
    if typ in ("ringcentral_jwt_credential", "monday_com_api_token"):
        return jwt_ok(v)
    if typ == "pypi_project_upload_token":
        return v.startswith("pypi-AgEIcHlwaS5vcmc") and b64url_decode(v[5:]).startswith(b"\x02\x01\x08pypi.org")
    if typ == "sentry_org_auth_token":
        mid = v[len("sntrys_"):v.rindex("_")]
        j = _json_b64(mid)
        return v.startswith("sntrys_eyJpYXQiO") and isinstance(j, dict) and "region_url" in j and len(v) - v.rindex("_") - 1 == 43
    if typ == "onepassword_service_account_token":
        j = _json_b64(v[4:])
        return v.startswith("ops_eyJ") and isinstance(j, dict) and "secretKey" in j and len(v) > 254
    if typ == "elastic_cloud_encoded_api_key":
        try:
            a, b = base64.b64decode(v, validate=True).decode().split(":")
            return len(a) == 20 and len(b) == 22
        except Exception:
            return False
    if typ == "mapbox_secret_access_token":
        parts = v.split(".")
        try:
            j = json.loads(b64url_decode(parts[1]))
        except Exception:
            return False
        return parts[0] == "sk" and len(parts) == 3 and "u" in j and len(parts[2]) == 22
    if typ == "azure_ad_teams_app_client_secret":
        return len(v) == 40 and v[3].isdigit() and v[4:6] == "Q~"
    if typ == "telegram_depo_alerts_bot_token":
        return re.fullmatch(r"[0-9]{10}:AA[A-Za-z0-9_-]{33}", v) is not None
    if typ == "slack_user_oauth_token":
        return re.fullmatch(r"xoxp-\d{11}-\d{11}-\d{13}-[0-9a-f]{32}", v) is not None
    if typ == "sendgrid_api_key":
        return re.fullmatch(r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", v) is not None
    if typ == "microsoft_teams_incoming_webhook_url":
        return all(uuid_is_v4(u) for u in UUID_RE.findall(v)) and "/IncomingWebhook/" in v
    return True


def check(data, deny, fresh_deny=None):
    E = []
    pos, eva, neg, meta = data["secrets"], data["evasions"], data["negatives"], data["meta"]

    # ---------------- ids and field sets
    for recs, tag, keys in ((pos, "s", POS_KEYS), (eva, "e", EVA_KEYS), (neg, "n", NEG_KEYS)):
        for i, rec in enumerate(recs, 1):
            want = "%s-%s-%04d" % (PREFIX, tag, i)
            if rec.get("id") != want:
                E.append("id %r at position %d, expected %s" % (rec.get("id"), i, want))
            if list(rec.keys()) != keys:
                E.append("%s: fields %s" % (rec.get("id"), list(rec.keys())))
        ids = [x.get("id") for x in recs]
        if len(set(ids)) != len(ids):
            E.append("duplicate ids in %s" % tag)

    all_texts = [x["text"] for x in pos] + [x["text"] for x in eva] + [x["text"] for x in neg]
    values = []
    # ---------------- spans
    for rec in pos + eva:
        sp = rec.get("secrets", [])
        if len(sp) != 1:
            E.append("%s: %d spans" % (rec["id"], len(sp)))
            continue
        s = sp[0]
        want = POS_SPAN if rec in pos else EVA_SPAN
        if list(s.keys()) != want:
            E.append("%s: span fields %s" % (rec["id"], list(s.keys())))
            continue
        t = rec["text"]
        v = s["value"]
        if not v or t[s["start"]:s["end"]] != v:
            E.append("%s: span does not re-slice" % rec["id"])
        if v != v.strip():
            E.append("%s: edge whitespace" % rec["id"])
        if rec["type"] != s["type"]:
            E.append("%s: record type %s != span type %s" % (rec["id"], rec["type"], s["type"]))
        if v and t.count(v) != 1:
            E.append("%s: value occurs %d times in its text" % (rec["id"], t.count(v)))
        if MARK in t or "\x00" in t or "PRIVATE KEY" in t:
            E.append("%s: slot marker, NUL or PRIVATE KEY in text" % rec["id"])
        values.append((rec["id"], v))
    vs = [v for _, v in values]
    if len(set(vs)) != len(vs):
        E.append("value reused across records")
    # no value inside another record's text or any negative
    for rid, v in values:
        for rec in pos + eva:
            if rec["id"] != rid and v in rec["text"]:
                E.append("%s: value also in %s" % (rid, rec["id"]))
        for rec in neg:
            if v in rec["text"]:
                E.append("%s: value inside negative %s" % (rid, rec["id"]))
    hidden = meta["hidden_passwords"]
    plains = [x["secrets"][0]["plain"] for x in eva if x.get("secrets")]
    for h in hidden + plains:
        for t in all_texts:
            if h in t:
                E.append("hidden password / evasion plain %r appears in a text" % h)
                break

    # ---------------- shapes
    for rec in pos:
        v = rec["secrets"][0]["value"] if rec.get("secrets") else ""
        if not shape_ok(rec["type"], v):
            E.append("%s: bad shape for %s" % (rec["id"], rec["type"]))
        if rec["source"] == "password":
            syn = rec["type"][len(positional184.PFX):]
            if syn in positional184.B64KIND:
                try:
                    hp = positional184.hidden_of(syn, v)
                    if not PW_STRICT_RE.match(hp):
                        E.append("%s: Base64 span hides a badly shaped password" % rec["id"])
                except Exception:
                    E.append("%s: Base64 span does not decode" % rec["id"])
            elif not PW_STRICT_RE.match(v):
                E.append("%s: positional password shape" % rec["id"])
        if rec["source"] == "prose":
            t, s = rec["text"], rec["secrets"][0]
            if not PW_STRICT_RE.match(v):
                E.append("%s: prose password shape" % rec["id"])
            if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
                E.append("%s: prose value not set off by whitespace" % rec["id"])
        for m in JWT_SHAPE.finditer(v):
            if not jwt_ok(m.group(0)):
                E.append("%s: JWT-shaped value without JSON" % rec["id"])
    for t, rid in [(x["text"], x["id"]) for x in pos + eva + neg]:
        for u in UUID_RE.findall(t):
            if not uuid_is_v4(u):
                E.append("%s: UUID %s is not version 4" % (rid, u))

    # ---------------- evasions
    enc_count = {}
    for rec in eva:
        if not rec.get("secrets"):
            continue
        s = rec["secrets"][0]
        enc = rec["encoding"]
        enc_count[enc] = enc_count.get(enc, 0) + 1
        if s["encoding"] != enc:
            E.append("%s: record / span encoding differ" % rec["id"])
        if rec["source"] != "evasion":
            E.append("%s: source" % rec["id"])
        try:
            d = dec184.decode(enc, s["value"])
        except Exception as ex:
            d = "<%s>" % ex
        if d != s["plain"]:
            E.append("%s: run does not decode to its plain" % rec["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]):
            E.append("%s: plain alphabet" % rec["id"])
        if s["plain"] in s["value"]:
            E.append("%s: run contains its plain" % rec["id"])
        t = rec["text"]
        rule = enc184.RULES.get(enc, "\x01")
        before = t[:s["start"]]
        if not before.endswith(":\n") or rule not in before:
            E.append("%s: rule / colon / newline before the run" % rec["id"])
        after = t[s["end"]:]
        if not after.startswith("\n") or not after.strip():
            E.append("%s: no newline + remark after the run" % rec["id"])
        parts = rec["container"].split("__")
        if len(parts) != 2 or parts[0] != enc:
            E.append("%s: container not <encoding>__<wording>" % rec["id"])
        if rec["type"] == "steno_evasion_scopist_password" and not PW_STRICT_RE.match(s["plain"]):
            E.append("%s: evasion password shape" % rec["id"])
    if len(enc_count) != 22 or any(n != 3 for n in enc_count.values()) or len(eva) != 66:
        E.append("evasions: need 22 encodings x 3 (got %d records, %d encodings)" % (len(eva), len(enc_count)))

    # ---------------- negatives
    classes = {}
    for rec in neg:
        classes.setdefault(rec["class"], []).append(rec)
        if rec.get("source") != "negative":
            E.append("%s: source" % rec["id"])
    if len(set(x["text"] for x in neg)) != len(neg):
        E.append("duplicate negative texts")
    if len(classes) < 16 or len(neg) < 180:
        E.append("negatives: %d classes, %d records" % (len(classes), len(neg)))
    for rec in classes.get("invoice_numbers_and_aba_routing_codes", []):
        for m in re.finditer(r"(?:routing |ACH,)(\d{9})", rec["text"]):
            if not aba_ok(m.group(1)):
                E.append("%s: ABA check digit" % rec["id"])
    for rec in classes.get("scc_caption_hex_words_and_timecodes", []):
        for m in re.finditer(r"\b([0-9a-f]{4})\b", rec["text"]):
            w = m.group(1)
            if not (odd_parity_ok(int(w[:2], 16)) and odd_parity_ok(int(w[2:], 16))):
                E.append("%s: SCC word %s without odd parity" % (rec["id"], w))
    for rec in classes.get("ssh_ed25519_keys_and_fingerprints", []):
        for m in re.finditer(r"ssh-ed25519 ([A-Za-z0-9+/=]+)", rec["text"]):
            blob = base64.b64decode(m.group(1))
            if not (len(blob) == 51 and blob[:4] == struct.pack(">I", 11) and blob[4:15] == b"ssh-ed25519"
                    and blob[15:19] == struct.pack(">I", 32)):
                E.append("%s: ed25519 wire format" % rec["id"])

    # ---------------- deny-list
    def dn(label, what):
        hit = denied(label, deny)
        if hit:
            E.append("deny-listed %s %r (%s)" % (what, label, ", ".join(hit)))
    for rec in pos + eva + neg:
        dn(rec["container"], "container")
    for rec in pos + eva:
        dn(rec["type"], "span type")
    for rec in eva:
        dn(rec["encoding"], "encoding")
    for c in classes:
        dn(c, "negative class")
    for lab in meta["labels"]:
        dn(lab, "presentation label")
    dsyn = set(deny["syntaxes"])
    for rec in pos:
        if rec["source"] == "password":
            syn = rec["type"][len(positional184.PFX):]
            if syn in dsyn or syn in set(deny["names"]):
                E.append("earlier positional syntax %r" % syn)
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    for code, name in meta["languages"]:
        if code in codes or code in lnames or code in set(deny["names"]):
            E.append("deny-listed language code %s" % code)
        ws = [name.lower()] + [w for w in re.split(r"[\s,/-]+", name.lower()) if len(w) > 2]
        for w in ws:
            if w in lnames or w in codes:
                E.append("deny-listed language name %s (%s)" % (name, w))
    if fresh_deny is not None and fresh_deny != deny:
        E.append("brief_names.json differs from a fresh extraction of the READMEs")

    # ---------------- counts
    by = {}
    for rec in pos:
        by.setdefault(rec["source"], []).append(rec)
    ev = by.get("everyday", [])
    kinds = {}
    for rec in ev:
        kinds.setdefault(rec["container"], []).append(rec["type"])
    tcount = {}
    for rec in ev:
        tcount[rec["type"]] = tcount.get(rec["type"], 0) + 1
    if len(ev) != 180 or len(kinds) != 45 or any(len(set(v)) != 4 or len(v) != 4 for v in kinds.values()):
        E.append("everyday: need 45 kinds x 4 different types")
    if len(tcount) != 12 or any(n != 15 for n in tcount.values()):
        E.append("everyday: need 12 types x 15")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len(set(x["type"] for x in vd)) != 120:
        E.append("vendor: need 120 distinct types")
    for rec in vd:
        if not rec["container"].startswith(rec["type"] + "__"):
            E.append("%s: vendor container not <type>__<style>" % rec["id"])
    pw = by.get("password", [])
    if not (95 <= len(set(x["type"] for x in pw)) <= 120) or len(set(x["type"] for x in pw)) != len(pw):
        E.append("password: need 95-120 distinct syntaxes")
    pr = by.get("prose", [])
    if len(pr) != 40 or len(set(x["container"].split("__")[1] for x in pr)) != 40:
        E.append("prose: need 40 records in 40 languages")
    if not 440 <= len(pos) <= 470:
        E.append("positives total %d" % len(pos))
    tsets = {k: set(x["type"] for x in v) for k, v in by.items()}
    tsets["evasion"] = set(x["type"] for x in eva)
    ks = list(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                E.append("span types shared by %s and %s" % (ks[i], ks[j]))
    nonev = [x["container"] for x in pos if x["source"] != "everyday"] + [x["container"] for x in eva]
    if len(set(nonev)) != len(nonev):
        E.append("non-everyday containers not unique")
    return E


# ---------------------------------------------------------------- mutation tests

def _first(data, src):
    return next(x for x in data["secrets"] if x["source"] == src)


def mutations(deny):
    some_denied = sorted(n for n in deny["names"] if "_" in n)[0]
    some_syntax = sorted(deny["syntaxes"])[0]
    some_code = sorted(deny["language_codes"])[0]

    def m01(d):
        s = d["secrets"][0]["secrets"][0]; s["start"] += 1; s["end"] += 1

    def m02(d):
        d["secrets"][1]["id"] = d["secrets"][0]["id"]

    def m03(d):
        d["negatives"][0]["text"] += "\n" + d["secrets"][5]["secrets"][0]["value"]

    def m04(d):
        d["evasions"][0]["secrets"][0]["plain"] = d["evasions"][0]["secrets"][0]["plain"][:-1] + "Q"

    def m05(d):
        rec = _first(d, "vendor"); rec["container"] = rec["type"] + "__" + some_denied

    def m06(d):
        for x in d["negatives"]:
            if x["class"] == d["negatives"][0]["class"]:
                x["class"] = some_denied

    def m07(d):
        d["secrets"][3]["type"] = "something_else"

    def m08(d):
        del d["evasions"][-1]

    def m09(d):
        rec = _first(d, "prose"); s = rec["secrets"][0]; t = rec["text"]
        rec["text"] = t[:s["start"] - 1] + t[s["start"]:]
        s["start"] -= 1; s["end"] -= 1

    def m10(d):
        a, b = d["secrets"][0], d["secrets"][1]
        v = a["secrets"][0]["value"]; s = b["secrets"][0]
        b["text"] = b["text"][:s["start"]] + v + b["text"][s["end"]:]
        s["end"] = s["start"] + len(v); s["value"] = v

    def m11(d):
        rec = d["evasions"][0]; rec["encoding"] = some_denied; rec["secrets"][0]["encoding"] = some_denied

    def m12(d):
        rec = d["secrets"][7]; rec["text"] += "\n" + rec["secrets"][0]["value"]

    def m13(d):
        rec = next(x for x in d["secrets"] if x["type"] == "remote_depo_room_jwt")
        s = rec["secrets"][0]; h, p, g = s["value"].split(".")
        nv = h + ".eyJub3QganNvbg." + g
        rec["text"] = rec["text"].replace(s["value"], nv); s["end"] = s["start"] + len(nv); s["value"] = nv

    def m14(d):
        d["meta"]["languages"][0] = (some_code, "Whatever")

    def m15(d):
        rec = _first(d, "password"); nt = positional184.PFX + some_syntax
        rec["type"] = nt; rec["secrets"][0]["type"] = nt

    def m16(d):
        rec = next(x for x in d["negatives"] if x["class"] == "invoice_numbers_and_aba_routing_codes")
        m = re.search(r"routing (\d{9})", rec["text"]) or re.search(r"ACH,(\d{9})", rec["text"])
        n = m.group(1); bad = n[:8] + str((int(n[8]) + 1) % 10)
        rec["text"] = rec["text"].replace(n, bad)

    def m17(d):
        rec = next(x for x in d["negatives"] if UUID_RE.search(x["text"]))
        u = UUID_RE.search(rec["text"]).group(0)
        rec["text"] = rec["text"].replace(u, u[:14] + "1" + u[15:])

    def m18(d):
        rec = next(x for x in d["negatives"] if x["class"] == "scc_caption_hex_words_and_timecodes")
        rec["text"] = rec["text"].replace("9420", "9421", 1)

    def m19(d):
        rec = next(x for x in d["secrets"] if x["type"] == "diarisation_worker_api_key")
        s = rec["secrets"][0]; v = s["value"]
        nv = v[:-1] + ("0" if v[-1] != "0" else "1")
        rec["text"] = rec["text"].replace(v, nv); s["value"] = nv

    def m20(d):
        rec = next(x for x in d["secrets"] if x["type"].endswith("smtp_auth_plain_initial_response_b64"))
        s = rec["secrets"][0]
        nv = base64.b64encode(b"\x00user\x00NOT A PASSWORD").decode()
        rec["text"] = rec["text"].replace(s["value"], nv); s["end"] = s["start"] + len(nv); s["value"] = nv

    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05), ("m06_deny_listed_negative_class", m06),
            ("m07_record_span_type_mismatch", m07), ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09),
            ("m10_value_reused", m10), ("m11_deny_listed_encoding", m11), ("m12_value_twice_in_text", m12),
            ("m13_jwt_payload_not_json", m13), ("m14_deny_listed_language", m14), ("m15_earlier_syntax_name", m15),
            ("m16_bad_aba_check_digit", m16), ("m17_uuid_not_v4", m17), ("m18_scc_word_without_odd_parity", m18),
            ("m19_bad_diarisation_key_crc", m19), ("m20_base64_span_hides_bad_password", m20)]


def run_mutations(data, deny, baseline):
    base = set(baseline)
    res = []
    for name, fn in mutations(deny):
        d = copy.deepcopy(data)
        try:
            fn(d)
            errs = check(d, deny)
            caught = bool(set(errs) - base)
        except Exception as ex:  # a mutation that breaks the checker is not "caught"
            caught = False
        res.append((name, caught))
    return res
