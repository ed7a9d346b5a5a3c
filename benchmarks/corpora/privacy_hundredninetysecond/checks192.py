"""All checks run before anything is written, plus mutation tests."""
import base64
import copy
import json
import re
import zlib

import common192 as C
import dec192
import enc192
import everyday192
import negatives192
import positional192
import prose192
import vendor192
import evasions192

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]

VENDOR_RE = {
    "square_production_access_token": r"EAAA[A-Za-z0-9_-]{60}",
    "gocardless_live_access_token": r"live_[A-Za-z0-9_-]{40}",
    "stripe_live_secret_key": r"sk_live_51[A-Za-z0-9]{97}",
    "brevo_api_key": r"xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}",
    "mailgun_private_api_key": r"[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}",
    "mailchimp_marketing_api_key": r"[0-9a-f]{32}-us\d{2}",
    "telegram_bot_token": r"\d{9,10}:AA[A-Za-z0-9_-]{33}",
    "slack_bot_token": r"xoxb-\d{11}-\d{13}-[A-Za-z0-9]{24}",
    "slack_incoming_webhook_url": r"https://hooks\.slack\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}",
    "openai_project_api_key": r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}",
    "anthropic_admin_api_key": r"sk-ant-admin01-[A-Za-z0-9_-]{93}AA",
    "groq_api_key": r"gsk_[A-Za-z0-9]{52}",
    "gemini_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "google_maps_server_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "replicate_api_token": r"r8_[A-Za-z0-9]{37}",
    "huggingface_user_access_token": r"hf_[A-Za-z]{34}",
    "github_refresh_token": r"ghr_[A-Za-z0-9]{76}",
    "gitlab_personal_access_token": r"glpat-[A-Za-z0-9_-]{20}",
    "atlassian_cloud_api_token": r"ATATT3xFfGF0[A-Za-z0-9_-]{170}=[0-9A-F]{8}",
    "docker_hub_personal_access_token": r"dckr_pat_[A-Za-z0-9_-]{27}",
    "buildkite_user_access_token": r"bkua_[0-9a-f]{40}",
    "heroku_platform_api_key": r"HRKU-AA[A-Za-z0-9_-]{58}",
    "digitalocean_personal_access_token": r"dop_v1_[0-9a-f]{64}",
    "sentry_user_auth_token": r"sntryu_[0-9a-f]{64}",
    "airtable_personal_access_token": r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}",
    "twilio_account_auth_token": r"[0-9a-f]{32}",
    "aws_secret_access_key": r"[A-Za-z0-9+/]{40}",
    "perplexity_api_key": r"pplx-[A-Za-z0-9]{48}",
    "recreation_gov_ridb_api_key": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "meraki_dashboard_api_key": r"[0-9a-f]{40}",
    "openweathermap_api_key": r"[0-9a-f]{32}",
    "emoncms_write_api_key": r"[0-9a-f]{32}",
}

EVERYDAY_RE = {
    "wifi_voucher_radius_secret": r"[A-Za-z0-9]{32}",
    "anpr_event_hmac_key": r"[0-9A-F]{48}",
    "reservation_sync_webhook_secret": r"cpwh_[A-Za-z0-9_-]{43}",
    "meter_ingest_api_token": r"ehm1_[0-9A-Za-z]{32}_[0-9a-f]{8}",
    "ground_rent_app_key": r"base64:[A-Za-z0-9+/]{43}=",
}


def _jwt_errors(tok, where):
    errs = []
    parts = tok.split(".")
    if len(parts) != 3:
        return ["%s: JWT has %d parts" % (where, len(parts))]
    try:
        h = json.loads(C.b64url_decode(parts[0]))
        json.loads(C.b64url_decode(parts[1]))
        sig = C.b64url_decode(parts[2])
    except Exception as ex:  # noqa
        return ["%s: JWT not base64url JSON (%s)" % (where, ex)]
    alg = h.get("alg")
    if C.JWT_SIG_LEN.get(alg) != len(sig):
        errs.append("%s: JWT signature length %d does not fit alg %s" % (where, len(sig), alg))
    return errs


def _langs():
    return {c: (n, s) for c, n, s, _ in prose192.LANGS}


def check(data, deny):
    E = []
    pos, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    hidden = data["hidden"]

    # ---------------- ids and fields
    for recs, pre, fields in ((pos, "s", POS_FIELDS), (eva, "e", EVA_FIELDS), (neg, "n", NEG_FIELDS)):
        for i, r in enumerate(recs):
            want = "%s-%s-%04d" % (C.PREFIX, pre, i + 1)
            if r.get("id") != want:
                E.append("id %r should be %s" % (r.get("id"), want))
            if list(r.keys()) != fields:
                E.append("%s: fields %s" % (r.get("id"), list(r.keys())))
    ids = [r.get("id") for r in pos + eva + neg]
    if len(ids) != len(set(ids)):
        E.append("duplicate ids")

    # ---------------- spans
    all_texts = [(r["id"], r["text"]) for r in pos + eva] + [(r["id"], r["text"]) for r in neg]
    values = []
    for r in pos + eva:
        sp = r.get("secrets", [])
        if len(sp) != 1:
            E.append("%s: %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        want = EVA_SPAN_FIELDS if r in eva else SPAN_FIELDS
        if list(s.keys()) != want:
            E.append("%s: span fields %s" % (r["id"], list(s.keys())))
        v = s.get("value", "")
        if not v or v != v.strip():
            E.append("%s: empty or edge-whitespace value" % r["id"])
        if r["text"][s["start"]:s["end"]] != v:
            E.append("%s: span does not re-slice" % r["id"])
        if r["type"] != s.get("type"):
            E.append("%s: record type != span type" % r["id"])
        if r["text"].count(v) != 1:
            E.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
        values.append((r["id"], v))
    seen = {}
    for rid, v in values:
        if v in seen:
            E.append("%s: value reused from %s" % (rid, seen[v]))
        seen[v] = rid
    for rid, v in values:
        for tid, t in all_texts:
            if tid != rid and v in t:
                E.append("%s: value appears in %s" % (rid, tid))
    for r in eva:
        p = r["secrets"][0].get("plain", "")
        for tid, t in all_texts:
            if p and p in t:
                E.append("%s: evasion plain appears in %s" % (r["id"], tid))
    for p in hidden:
        for tid, t in all_texts:
            if p in t:
                E.append("hidden password %s appears in %s" % (p, tid))
    for tid, t in all_texts:
        if C.MARK in t or "\x00" in t or "PRIVATE KEY" in t or "«" in t:
            E.append("%s: slot marker, NUL or PRIVATE KEY in text" % tid)

    # ---------------- per-source shapes
    pw_everyday = set(everyday192.PW_TYPES)
    pw_vendor = set(vendor192.PW_VENDOR)
    b64syn = set(C.PWPREFIX + s for s in positional192.B64_SYNTAXES)
    for r in pos:
        s = r["secrets"][0]
        v, t = s["value"], r["type"]
        if r["source"] == "everyday":
            if t in pw_everyday and not C.PW_RE.match(v):
                E.append("%s: everyday password shape" % r["id"])
            if t in EVERYDAY_RE and not re.fullmatch(EVERYDAY_RE[t], v):
                E.append("%s: everyday shape %s" % (r["id"], t))
            if t == "meter_ingest_api_token" and re.fullmatch(EVERYDAY_RE[t], v):
                body, crc = v[5:37], v[38:]
                if "%08x" % (zlib.crc32(body.encode()) & 0xFFFFFFFF) != crc:
                    E.append("%s: ehm1 CRC-32 broken" % r["id"])
            if t == "reservation_sync_webhook_secret" and len(C.b64url_decode(v[5:])) != 32:
                E.append("%s: cpwh_ body is not 32 bytes" % r["id"])
            if t == "ground_rent_app_key" and len(base64.b64decode(v[7:])) != 32:
                E.append("%s: app key not 32 bytes" % r["id"])
            if t == "owner_portal_session_jwt":
                E.extend(_jwt_errors(v, r["id"]))
                if json.loads(C.b64url_decode(v.split(".")[0])).get("alg") != "HS384":
                    E.append("%s: owner portal JWT not HS384" % r["id"])
        elif r["source"] == "vendor":
            if t in pw_vendor and not C.PW_RE.match(v):
                E.append("%s: vendor password shape" % r["id"])
            if t in VENDOR_RE and not re.fullmatch(VENDOR_RE[t], v):
                E.append("%s: vendor shape %s" % (r["id"], t))
            if t == "github_classic_pat":
                body = v[4:34]
                if not v.startswith("ghp_") or C.crc32_b62(body) != v[34:] or len(v) != 40:
                    E.append("%s: ghp_ CRC-32 tail broken" % r["id"])
            if t == "azure_storage_account_key" and len(base64.b64decode(v)) != 64:
                E.append("%s: storage key not 64 bytes" % r["id"])
        elif r["source"] == "password":
            if t in b64syn:
                raw = base64.b64decode(v).decode()
                pw = raw.split("\0")[-1] if "\0" in raw else raw.split(":", 1)[-1]
                if not C.PW_STRICT_RE.match(pw):
                    E.append("%s: Base64 span hides a malformed password" % r["id"])
            elif not C.PW_STRICT_RE.match(v):
                E.append("%s: positional password shape" % r["id"])
        elif r["source"] == "prose":
            if not C.PW_STRICT_RE.match(v):
                E.append("%s: prose password shape" % r["id"])
            st, en = s["start"], s["end"]
            if st == 0 or en >= len(r["text"]) or not r["text"][st - 1].isspace() or not r["text"][en].isspace():
                E.append("%s: prose value not set off by whitespace" % r["id"])
        else:
            E.append("%s: unknown source %s" % (r["id"], r["source"]))
    for p in hidden:
        if not C.PW_STRICT_RE.match(p):
            E.append("hidden password shape %s" % p)

    # every UUID-shaped substring is v4; every JWT-shaped substring decodes
    for tid, t in all_texts:
        for u in C.UUID_RE.findall(t):
            if u[14] != "4" or u[19].lower() not in "89ab":
                E.append("%s: UUID not v4: %s" % (tid, u))
        for j in C.JWT_RE.findall(t):
            E.extend(_jwt_errors(j, tid))

    # ---------------- evasions
    encs = list(enc192.ENCODINGS)
    wordings = [w[0] for w in evasions192.WORDINGS]
    cnt = {}
    for r in eva:
        s = r["secrets"][0]
        enc, run, plain = r["encoding"], s["value"], s["plain"]
        cnt[enc] = cnt.get(enc, 0) + 1
        if s.get("encoding") != enc:
            E.append("%s: record and span encoding differ" % r["id"])
        try:
            if dec192.decode(enc, run) != plain:
                E.append("%s: run does not decode to plain" % r["id"])
        except Exception as ex:  # noqa
            E.append("%s: decoder failed (%s)" % (r["id"], ex))
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", plain):
            E.append("%s: plain alphabet" % r["id"])
        if plain in run or run == plain:
            E.append("%s: plain visible in run" % r["id"])
        t, st, en = r["text"], s["start"], s["end"]
        if t[st - 2:st] != ":\n" or t[en:en + 1] != "\n" or "\n" in run or not t[en + 1:].strip():
            E.append("%s: run layout" % r["id"])
        rule = enc192.ENCODINGS.get(enc, (None, "?"))[1]
        if not t[:st - 2].endswith(rule):
            E.append("%s: rule in words not right before the run" % r["id"])
        parts = r["container"].split("__")
        if len(parts) != 2 or parts[0] != enc or parts[1] not in wordings:
            E.append("%s: evasion container %s" % (r["id"], r["container"]))
        if r["type"] == "campsite_evasion_reception_pc_password" and not C.PW_STRICT_RE.match(plain):
            E.append("%s: evasion password shape" % r["id"])
        if r["source"] != "evasion":
            E.append("%s: evasion source" % r["id"])
    if len(eva) != 66 or len(cnt) != 22 or any(c != 3 for c in cnt.values()) or set(cnt) - set(encs):
        E.append("evasions: need 22 encodings x 3 (have %d records, %d encodings)" % (len(eva), len(cnt)))

    # ---------------- negatives
    texts = [r["text"] for r in neg]
    if len(texts) != len(set(texts)):
        E.append("negatives: duplicate texts")
    classes = {}
    for r in neg:
        classes[r["class"]] = classes.get(r["class"], 0) + 1
        if r["source"] != "negative":
            E.append("%s: negative source" % r["id"])
        t = r["text"]
        if r["class"] == "static_caravan_vins_and_cris_numbers":
            for v in re.findall(r"\b[A-HJ-NPR-Z0-9]{17}\b", t):
                if C.vin_check(v) != v[8]:
                    E.append("%s: VIN check character wrong: %s" % (r["id"], v))
        if r["class"] == "ground_rent_invoices_and_uk_vat_numbers":
            for a, b, c in re.findall(r"GB (\d{3}) (\d{4}) (\d{2})", t):
                if not C.uk_vat_valid(a + b + c):
                    E.append("%s: VAT check digits wrong" % r["id"])
            for v in re.findall(r"GB(\d{9})\b", t):
                if not C.uk_vat_valid(v):
                    E.append("%s: VAT check digits wrong" % r["id"])
        if r["class"] == "reservation_confirmations_with_mod11_2_digit":
            for v in re.findall(r"\b\d{9}[\dX]\b", t):
                if C.iso7064_mod11_2(v[:9]) != v[9]:
                    E.append("%s: MOD 11-2 character wrong: %s" % (r["id"], v))
        if r["class"] == "ehu_meter_serials_and_modbus_frames":
            for fr in re.findall(r"TX ((?:[0-9A-F]{2} ){7}[0-9A-F]{2})", t):
                b = bytes(int(x, 16) for x in fr.split())
                if C.modbus_crc(b[:-2]) != b[-2:]:
                    E.append("%s: Modbus CRC wrong" % r["id"])
        if r["class"] == "subresource_integrity_sha384_attributes":
            for v in re.findall(r"sha384-([A-Za-z0-9+/=]+)", t):
                if len(base64.b64decode(v)) != 48:
                    E.append("%s: SRI length" % r["id"])
    if len(neg) < 180 or len(classes) < 16:
        E.append("negatives: need >= 180 records in >= 16 classes")
    for rid, v in values:
        for r in neg:
            if v in r["text"]:
                E.append("%s: positive value inside negative %s" % (rid, r["id"]))

    # ---------------- deny-list
    def deny_check(name, what):
        hit = C.denied(name, deny)
        if hit:
            E.append("deny-listed %s %s (%s)" % (what, name, ", ".join(sorted(set(hit)))))
    for r in pos + eva:
        deny_check(r["container"], "container")
        deny_check(r["type"], "span type")
    for r in eva:
        deny_check(r["encoding"], "encoding")
    for r in neg:
        deny_check(r["container"], "container")
        deny_check(r["class"], "negative class")
    for r in pos:
        if r["source"] == "password":
            syn = r["type"][len(C.PWPREFIX):]
            if syn in deny["_syn_set"] or syn in deny["_names_set"]:
                E.append("earlier syntax name %s" % syn)
    langs = _langs()
    spare = [(c, n) for c, n in prose192.SPARES]
    used_codes = []
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            used_codes.append(code)
            if code not in langs:
                E.append("%s: unknown language code %s" % (r["id"], code))
    for code, name in [(c, langs.get(c, ("?",))[0]) for c in used_codes] + spare:
        if code in deny["_codes"] or code in deny["_names_set"]:
            E.append("deny-listed language code %s" % code)
        for w in [name.lower()] + name.lower().split():
            if w in deny["_lnames"]:
                E.append("deny-listed language name %s" % name)

    # ---------------- counts
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    kinds = {}
    tcount = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        tcount[r["type"]] = tcount.get(r["type"], 0) + 1
    if len(ev) != 180 or len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E.append("everyday: need 45 kinds x 4 different types")
    if len(tcount) != 12 or any(c != 15 for c in tcount.values()):
        E.append("everyday: need 12 types x 15")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len(set(r["type"] for r in vd)) != 120 or any(r["container"].split("__")[0] != r["type"] for r in vd):
        E.append("vendor: need 120 distinct types with <type>__<style>")
    pw = by.get("password", [])
    if not 95 <= len(set(r["type"] for r in pw)) <= 120 or len(pw) != len(set(r["type"] for r in pw)):
        E.append("password: need 95-120 distinct syntaxes, one record each")
    pr = by.get("prose", [])
    if len(pr) != 40 or len(set(used_codes)) != 40:
        E.append("prose: need 40 records in 40 languages")
    if not 440 <= len(pos) <= 470:
        E.append("positives: total %d not in 440-470" % len(pos))
    srcs = {k: set(r["type"] for r in v) for k, v in by.items()}
    srcs["evasion"] = set(r["type"] for r in eva)
    ks = list(srcs)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if srcs[ks[i]] & srcs[ks[j]]:
                E.append("span types shared by %s and %s" % (ks[i], ks[j]))
    nonev = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in eva]
    if len(nonev) != len(set(nonev)):
        E.append("non-everyday containers not unique")
    return E


# ------------------------------------------------------------------ mutations
def _set_value(rec, new):
    s = rec["secrets"][0]
    t = rec["text"]
    rec["text"] = t[:s["start"]] + new + t[s["end"]:]
    s["value"] = new
    s["end"] = s["start"] + len(new)


def _first(data, pred):
    for r in data["secrets"]:
        if pred(r):
            return r
    raise KeyError


def mutations():
    def m01(d):
        d["secrets"][5]["secrets"][0]["start"] += 1
    def m02(d):
        d["secrets"][7]["id"] = d["secrets"][6]["id"]
    def m03(d):
        d["negatives"][3]["text"] += " " + d["secrets"][10]["secrets"][0]["value"]
    def m04(d):
        d["evasions"][4]["secrets"][0]["plain"] += "x"
    def m05(d):
        r = _first(d, lambda r: r["source"] == "vendor")
        r["container"] = r["type"] + "__club_api_dotenv_vault_decrypted"
    def m06(d):
        d["negatives"][0]["class"] = "passport_mrz_lines_from_door_id_scans"
    def m07(d):
        d["secrets"][20]["type"] = "something_else_entirely"
    def m08(d):
        d["evasions"].pop()
    def m09(d):
        r = _first(d, lambda r: r["source"] == "prose")
        s = r["secrets"][0]
        r["text"] = r["text"][:s["start"] - 1] + "x" + r["text"][s["start"]:]
    def m10(d):
        a, b = d["secrets"][30], d["secrets"][31]
        _set_value(b, a["secrets"][0]["value"])
    def m11(d):
        r = d["secrets"][40]
        r["text"] = r["text"] + "\n" + r["secrets"][0]["value"]
    def m12(d):
        r = _first(d, lambda r: r["type"] == "owner_portal_session_jwt")
        h, p, sg = r["secrets"][0]["value"].split(".")
        _set_value(r, h + "." + C.b64url(b"not json at all") + "." + sg)
    def m13(d):
        for r in d["evasions"][:3]:
            r["encoding"] = "octal_code_points"
    def m14(d):
        r = _first(d, lambda r: r["source"] == "prose")
        r["container"] = r["container"].split("__")[0] + "__deu"
    def m15(d):
        r = _first(d, lambda r: r["source"] == "password")
        r["type"] = r["secrets"][0]["type"] = C.PWPREFIX + "sshpass_lower_p_flag"
    def m16(d):
        for r in d["negatives"]:
            if r["class"] == "static_caravan_vins_and_cris_numbers":
                v = re.search(r"\b[A-HJ-NPR-Z0-9]{17}\b", r["text"]).group(0)
                bad = v[:8] + ("1" if v[8] != "1" else "2") + v[9:]
                r["text"] = r["text"].replace(v, bad)
                return
    def m17(d):
        r = d["negatives"][0]
        u = C.UUID_RE.search(r["text"]).group(0)
        r["text"] = r["text"].replace(u, u[:14] + "1" + u[15:])
    def m18(d):
        r = _first(d, lambda r: r["type"] == "meter_ingest_api_token")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("0" if v[-1] != "0" else "1"))
    def m19(d):
        r = _first(d, lambda r: r["type"] == C.PWPREFIX + "proxy_authorization_basic_header_b64")
        _set_value(r, base64.b64encode(b"gatebot1:short").decode())
    def m20(d):
        r = _first(d, lambda r: r["type"] == "github_classic_pat")
        v = r["secrets"][0]["value"]
        _set_value(r, v[:-1] + ("A" if v[-1] != "A" else "B"))
    return [("m01_shifted_offset", m01), ("m02_duplicate_id", m02), ("m03_positive_value_in_negative", m03),
            ("m04_wrong_evasion_plain", m04), ("m05_deny_listed_vendor_style", m05),
            ("m06_deny_listed_negative_class", m06), ("m07_record_span_type_mismatch", m07),
            ("m08_missing_evasion", m08), ("m09_prose_value_glued", m09), ("m10_value_reused", m10),
            ("m11_value_twice_in_text", m11), ("m12_jwt_payload_not_json", m12), ("m13_deny_listed_encoding", m13),
            ("m14_deny_listed_language", m14), ("m15_earlier_syntax_name", m15), ("m16_bad_vin_check_character", m16),
            ("m17_uuid_not_v4", m17), ("m18_ehm1_crc_broken", m18), ("m19_base64_span_hides_bad_password", m19),
            ("m20_bad_ghp_crc32_tail", m20)]


def run_mutations(data, deny, clean_errors):
    base = set(clean_errors)
    results = []
    for name, fn in mutations():
        d = copy.deepcopy(data)
        try:
            fn(d)
            errs = set(check(d, deny)) - base
            results.append((name, bool(errs)))
        except Exception as ex:  # noqa
            results.append((name, False))
    return results
