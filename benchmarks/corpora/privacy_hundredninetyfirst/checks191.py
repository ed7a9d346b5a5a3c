"""Every check the build runs before writing anything."""
import base64
import json
import re
import zlib

from common191 import (OWNER_PW_RE, STRICT_PW_RE, UUID_RE, SLOT, B62, denied, adler32_hex, crc32_b62, luhn_ok, gs1_digit)
import dec191
import everyday191
import vendor191
import positional191
import prose191
import evasions191
import negatives191

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")

# regexes for vendor shapes read this session (public gitleaks rules) and a few believed ones
VENDOR_RE = {
    "shippo_live_api_token": r"shippo_live_[a-f0-9]{40}",
    "easypost_production_api_key": r"EZAK[a-z0-9]{54}",
    "shopify_admin_api_access_token": r"shpat_[a-f0-9]{32}",
    "shopify_app_shared_secret": r"shpss_[a-f0-9]{32}",
    "lob_live_api_key": r"live_[a-f0-9]{35}",
    "stripe_secret_live_key": r"sk_live_[A-Za-z0-9]{10,99}",
    "gocardless_live_access_token": r"live_[A-Za-z0-9_-]{40}",
    "brevo_transactional_api_key": r"xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}",
    "mailgun_private_sending_key": r"key-[a-f0-9]{32}",
    "mailchimp_marketing_api_key": r"[a-f0-9]{32}-us\d\d",
    "zendesk_support_api_token": r"[A-Za-z0-9]{40}",
    "sendbird_master_api_token": r"[a-f0-9]{40}",
    "slack_kennel_bot_token": r"xoxb-[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24}",
    "slack_incoming_webhook_url": r"https://hooks\.slack\.com/services/[A-Za-z0-9+/]{43,56}",
    "typeform_personal_access_token": r"tfp_[A-Za-z0-9_.=-]{59}",
    "airtable_personal_access_token": r"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}",
    "notion_integration_token": r"ntn_[0-9]{11}[A-Za-z0-9]{35}",
    "openai_project_api_key": r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}",
    "anthropic_claude_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "gemini_developer_api_key": r"AIza[\w-]{35}",
    "google_maps_server_api_key": r"AIza[\w-]{35}",
    "hugging_face_inference_token": r"hf_[A-Za-z]{34}",
    "github_fine_grained_pat": r"github_pat_\w{82}",
    "gitlab_personal_access_token": r"glpat-[\w-]{20}",
    "atlassian_cloud_api_token": r"ATATT3[A-Za-z0-9_=-]{186}",
    "linear_api_key": r"lin_api_[A-Za-z0-9]{40}",
    "postman_api_key": r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}",
    "flyio_deploy_token": r"fo1_[\w-]{43}",
    "heroku_platform_api_key": r"HRKU-AA[0-9A-Za-z_-]{58}",
    "sentry_user_auth_token": r"sntryu_[a-f0-9]{64}",
    "datadog_application_key": r"[a-z0-9]{40}",
    "cloudflare_dns_edit_api_token": r"[A-Za-z0-9_-]{40}",
    "digitalocean_api_pat": r"dop_v1_[a-f0-9]{64}",
    "pulumi_access_token": r"pul-[a-f0-9]{40}",
    "age_claims_export_identity": r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
    "doppler_personal_token": r"dp\.pt\.[A-Za-z0-9]{43}",
    "harness_platform_api_key": r"pat\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{20}",
    "maxmind_geoip_license_key": r"[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk",
    "dynatrace_api_token": r"dt0c01\.[A-Za-z0-9]{24}\.[A-Za-z0-9]{64}",
    "onepassword_account_secret_key": r"A3-[A-Z0-9]{6}-[A-Z0-9]{6}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}",
    "clickhouse_cloud_api_secret": r"4b1d[A-Za-z0-9]{38}",
    "twilio_account_auth_token": r"[a-f0-9]{32}",
    "hubspot_private_app_token": r"pat-eu1-[0-9a-f-]{36}",
    "google_calendar_oauth_client_secret": r"GOCSPX-[A-Za-z0-9_-]{28}",
    "telegram_kennel_alert_bot_token": r"[0-9]{10}:AA[A-Za-z0-9_-]{33}",
    "azure_storage_account_key": r"[A-Za-z0-9+/]{86}==",
}


def b64json(part):
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def _ids(recs, prefix, errs):
    for i, r in enumerate(recs):
        want = "%s%04d" % (prefix, i + 1)
        if r.get("id") != want:
            errs.append("id %r should be %s" % (r.get("id"), want))
    if len({r.get("id") for r in recs}) != len(recs):
        errs.append("duplicate ids with prefix " + prefix)


def check_span_basics(r, fields, span_fields, errs):
    if list(r.keys()) != fields:
        errs.append("%s: fields %s" % (r.get("id"), list(r.keys())))
        return None
    if len(r["secrets"]) != 1:
        errs.append("%s: %d spans" % (r["id"], len(r["secrets"])))
        return None
    s = r["secrets"][0]
    if list(s.keys()) != span_fields:
        errs.append("%s: span fields %s" % (r["id"], list(s.keys())))
        return None
    v, t = s["value"], r["text"]
    if not v or v != v.strip():
        errs.append("%s: empty or edge-whitespace value" % r["id"])
    if t[s["start"]:s["end"]] != v:
        errs.append("%s: span does not re-slice" % r["id"])
    if r["type"] != s["type"]:
        errs.append("%s: record type != span type" % r["id"])
    if t.count(v) != 1:
        errs.append("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
    if SLOT in t or "\x00" in t or "PRIVATE KEY" in t:
        errs.append("%s: slot marker, NUL or PRIVATE KEY in text" % r["id"])
    return s


def shape_checks(r, errs):
    typ, v, rid = r["type"], r["secrets"][0]["value"], r["id"]
    src = r["source"]
    if src == "everyday":
        if typ in everyday191.PASSWORD_TYPES and not OWNER_PW_RE.match(v):
            errs.append("%s: everyday password shape %r" % (rid, v))
        if typ == "owner_webcam_viewer_jwt":
            h, p, sig = v.split(".")
            try:
                hj, pj = b64json(h), b64json(p)
                if hj.get("alg") != "HS256" or "exp" not in pj or len(base64.urlsafe_b64decode(sig + "=")) != 32:
                    errs.append("%s: webcam JWT layout" % rid)
            except Exception:
                errs.append("%s: webcam JWT not base64url JSON" % rid)
        if typ == "walker_gps_ingest_key":
            m = re.fullmatch(r"wgi_([0-9A-Za-z]{32})_([0-9a-f]{8})", v)
            if not m or adler32_hex(m.group(1)) != m.group(2):
                errs.append("%s: wgi_ Adler-32 broken" % rid)
        if typ == "deposit_webhook_signing_secret":
            if not v.startswith("dpwh_") or len(base64.urlsafe_b64decode(v[5:] + "=")) != 32 or len(v) != 48:
                errs.append("%s: dpwh_ layout" % rid)
        if typ == "claim_form_encryption_key":
            if not v.startswith("base64:") or len(base64.b64decode(v[7:], validate=True)) != 32:
                errs.append("%s: claim key layout" % rid)
        if typ == "kennel_door_totp_seed":
            if not re.fullmatch(r"[A-Z2-7]{32}", v) or len(base64.b32decode(v)) != 20:
                errs.append("%s: TOTP seed layout" % rid)
        if typ == "petfood_courier_api_token":
            m = re.fullmatch(r"pfc_[0-9a-f]{8}\.([A-Za-z0-9_-]{43})", v)
            if not m or len(base64.urlsafe_b64decode(m.group(1) + "=")) != 32:
                errs.append("%s: pfc_ layout" % rid)
    elif src == "vendor":
        conf = {t[0]: t[2] for t in vendor191.V}
        if conf.get(typ) == "O" and not OWNER_PW_RE.match(v):
            errs.append("%s: vendor owner password shape %r" % (rid, v))
        if typ in VENDOR_RE and not re.fullmatch(VENDOR_RE[typ], v):
            errs.append("%s: vendor regex %s" % (rid, typ))
        if typ == "github_classic_personal_access_token":
            if not (v.startswith("ghp_") and len(v) == 40 and crc32_b62(v[4:34]) == v[34:]):
                errs.append("%s: ghp_ CRC-32 broken" % rid)
        if typ == "age_claims_export_identity" and not vendor191.bech32_verify(v):
            errs.append("%s: age identity bech32 checksum" % rid)
        if typ == "intercom_workspace_access_token":
            raw = base64.b64decode(v).decode()
            if not re.fullmatch(r"tok:[0-9a-f-]{36}:1:0", raw):
                errs.append("%s: intercom token body" % rid)
        if typ == "supabase_service_role_jwt" and b64json(v.split(".")[1]).get("role") != "service_role":
            errs.append("%s: supabase role" % rid)
        if typ == "discord_daycare_bot_token":
            first = v.split(".")[0]
            if not base64.urlsafe_b64decode(first + "=" * (-len(first) % 4)).decode().isdigit():
                errs.append("%s: discord token first part" % rid)
        if typ == "doordash_drive_signing_secret" and len(base64.urlsafe_b64decode(v + "=")) != 32:
            errs.append("%s: doordash secret bytes" % rid)
        if typ == "azure_storage_account_key" and len(base64.b64decode(v)) != 64:
            errs.append("%s: azure key bytes" % rid)
    elif src == "password":
        syn = typ[len(positional191.PREFIX):]
        b64syn = {s for s, _c, _f, _d in positional191.B64}
        if syn in b64syn:
            hidden = positional191.hidden_of(syn, v)
            if not STRICT_PW_RE.match(hidden):
                errs.append("%s: Base64 span hides %r" % (rid, hidden))
        elif not STRICT_PW_RE.match(v):
            errs.append("%s: positional password shape %r" % (rid, v))
        if syn == "daycare_cam_viewer_fixed_width_cols_31_to_50":
            line = [ln for ln in r["text"].split("\n") if v in ln][0]
            if line.index(v) != 30 or len(v) > 20 or line[30:50].rstrip() != v:
                errs.append("%s: fixed-width columns" % rid)
    elif src == "prose":
        if not STRICT_PW_RE.match(v):
            errs.append("%s: prose password shape" % rid)
        s = r["secrets"][0]
        t = r["text"]
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            errs.append("%s: prose value not set off by whitespace" % rid)
    for m in JWT_RE.finditer(r["text"]):
        parts = m.group(0).split(".")
        try:
            b64json(parts[0])
            b64json(parts[1])
        except Exception:
            errs.append("%s: JWT-shaped value without JSON" % rid)


def uuid_v4_check(rid, text, errs):
    for m in UUID_RE.finditer(text):
        u = m.group(0)
        if u[14] != "4" or u[19].lower() not in "89ab":
            errs.append("%s: UUID not version 4: %s" % (rid, u))


def negative_checks(n, errs):
    c, t, rid = n["class"], n["text"], n["id"]
    if c == "booking_codes_with_luhn_mod_n_check":
        for code in re.findall(r"\bGR[0-9A-Z]{7}\b", t):
            if not negatives191.luhn_mod_n_valid(code):
                errs.append("%s: booking code check %s" % (rid, code))
    if c == "gs1_petfood_gtin_and_sscc_codes":
        for code in re.findall(r"\b\d{13}\b|\b\d{18}\b", t):
            if gs1_digit(code[:-1]) != code[-1]:
                errs.append("%s: GS1 check %s" % (rid, code))
    if c == "upu_s10_parcel_tracking_numbers":
        for m in re.finditer(r"\b[A-Z]{2}(\d{8})(\d)GB\b", t):
            if negatives191.s10_digit(m.group(1)) != m.group(2):
                errs.append("%s: S10 check %s" % (rid, m.group(0)))
    if c == "gps_collar_imei_and_device_ids":
        for code in re.findall(r"\b35\d{13}\b", t):
            if not luhn_ok(code):
                errs.append("%s: IMEI Luhn %s" % (rid, code))
    if c == "age_recipients_and_wireguard_public_keys":
        for code in re.findall(r"\bage1[02-9ac-hj-np-z]{58}\b", t):
            if not vendor191.bech32_verify(code):
                errs.append("%s: age recipient checksum" % rid)
        if "PrivateKey" in t:
            errs.append("%s: private key line in a public-key negative" % rid)
    if c == "publishable_keys_in_booking_widgets":
        for m in JWT_RE.finditer(t):
            if b64json(m.group(0).split(".")[1]).get("role") != "anon":
                errs.append("%s: non-anon JWT in negative" % rid)
        for m in re.finditer(r"pk\.([A-Za-z0-9_-]+)\.", t):
            b64json(m.group(1))


def deny_checks(data, deny, errs):
    def chk(kind, name):
        if denied(name, deny):
            errs.append("deny-listed %s: %s" % (kind, name))
    for r in data["secrets"]:
        chk("container", r["container"])
        chk("span type", r["type"])
        if r["source"] == "password":
            syn = r["type"][len(positional191.PREFIX):]
            if syn in deny["_syntaxset"] or syn in deny["_nameset"]:
                errs.append("earlier syntax: " + syn)
    for r in data["evasions"]:
        chk("container", r["container"])
        chk("span type", r["type"])
        chk("encoding", r["encoding"])
    for n in data["negatives"]:
        chk("container", n["container"])
        chk("negative class", n["class"])
    names = {c: nm for c, nm, _s, _t in prose191.LANGS}
    for r in data["secrets"]:
        if r["source"] != "prose":
            continue
        code = r["container"].split("__")[1]
        if code in deny["_codes"] or code in deny["_nameset"]:
            errs.append("deny-listed language code " + code)
        if code not in names:
            errs.append("unknown prose language " + code)
            continue
        nm = names[code].lower()
        if nm in deny["_lnames"] or any(w in deny["_lnames"] for w in re.split(r"[\s\-/]+", nm)):
            errs.append("deny-listed language name " + nm)
    for code, nm in prose191.SPARE_LANGS:
        if code in deny["_codes"] or nm.lower() in deny["_lnames"]:
            errs.append("deny-listed spare language " + code)


def run_checks(data, deny):
    errs = []
    sec, eva, neg = data["secrets"], data["evasions"], data["negatives"]
    _ids(sec, "p191-s-", errs)
    _ids(eva, "p191-e-", errs)
    _ids(neg, "p191-n-", errs)
    values = []
    for r in sec:
        s = check_span_basics(r, POS_FIELDS, SPAN_FIELDS, errs)
        if s is None:
            continue
        if r["source"] not in ("everyday", "vendor", "password", "prose"):
            errs.append("%s: source" % r["id"])
        values.append((r["id"], s["value"]))
        shape_checks(r, errs)
        uuid_v4_check(r["id"], r["text"], errs)
    plains = []
    for r in eva:
        s = check_span_basics(r, EVA_FIELDS, EVA_SPAN_FIELDS, errs)
        if s is None:
            continue
        values.append((r["id"], s["value"]))
        plains.append((r["id"], s["plain"]))
        uuid_v4_check(r["id"], r["text"], errs)
        enc = r["encoding"]
        if s["encoding"] != enc or r["source"] != "evasion":
            errs.append("%s: encoding / source mismatch" % r["id"])
        if not r["container"].startswith(enc + "__"):
            errs.append("%s: container not <encoding>__<wording>" % r["id"])
        try:
            dec = dec191.decode(enc, s["value"])
        except Exception as ex:  # noqa
            dec = "<error %s>" % ex
        if dec != s["plain"]:
            errs.append("%s: evasion does not decode to its plain" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]) or s["plain"] in s["value"]:
            errs.append("%s: plain alphabet or plain inside run" % r["id"])
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            errs.append("%s: evasion text layout" % r["id"])
        if r["type"] == "petcare_evasion_front_desk_password" and not STRICT_PW_RE.match(s["plain"]):
            errs.append("%s: evasion password plain shape" % r["id"])
    # uniqueness and cross-record leaks
    vs = [v for _i, v in values]
    if len(set(vs)) != len(vs):
        errs.append("value reused across records")
    hidden = list(data["hidden"])
    texts = [(r["id"], r["text"]) for r in sec + eva]
    negtexts = [(n["id"], n["text"]) for n in neg]
    for rid, v in values:
        for tid, t in texts:
            if tid != rid and v in t:
                errs.append("value of %s appears in %s" % (rid, tid))
        for nid, t in negtexts:
            if v in t:
                errs.append("value of %s appears in negative %s" % (rid, nid))
    for rid, p in plains + [("hidden", h) for h in hidden]:
        for tid, t in texts + negtexts:
            if p in t:
                errs.append("plain / hidden password of %s appears in %s" % (rid, tid))
    # negatives
    seen = set()
    for n in neg:
        if list(n.keys()) != NEG_FIELDS or n.get("source") != "negative":
            errs.append("%s: negative fields" % n.get("id"))
            continue
        if n["text"] in seen:
            errs.append("%s: duplicate negative text" % n["id"])
        seen.add(n["text"])
        if SLOT in n["text"] or "PRIVATE KEY" in n["text"]:
            errs.append("%s: marker in negative" % n["id"])
        uuid_v4_check(n["id"], n["text"], errs)
        negative_checks(n, errs)
    if len({n["class"] for n in neg}) < 16 or len(neg) < 180:
        errs.append("negatives: too few classes or records")
    deny_checks(data, deny, errs)
    # counts
    by = {}
    for r in sec:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday: 45 kinds x 4 different types broken")
    per_type = {}
    for r in ev:
        per_type[r["type"]] = per_type.get(r["type"], 0) + 1
    if len(per_type) != 12 or set(per_type.values()) != {15}:
        errs.append("everyday: 12 types x 15 records broken")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120 or any(not r["container"].startswith(r["type"] + "__") for r in vd):
        errs.append("vendor: 120 distinct types with <type>__<style> broken")
    pw = by.get("password", [])
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        errs.append("password: 95-120 distinct syntaxes broken")
    pr = by.get("prose", [])
    if len(pr) != 40 or len({r["container"].split("__")[1] for r in pr}) != 40:
        errs.append("prose: 40 records in 40 languages broken")
    if len(eva) != 66 or len({r["encoding"] for r in eva}) != 22 or any(
            sum(1 for r in eva if r["encoding"] == e) != 3 for e in {r["encoding"] for r in eva}):
        errs.append("evasions: 22 x 3 broken")
    if not 440 <= len(sec) <= 470:
        errs.append("positives total %d" % len(sec))
    types_by_src = {k: {r["type"] for r in v} for k, v in by.items()}
    ks = list(types_by_src)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if types_by_src[ks[i]] & types_by_src[ks[j]]:
                errs.append("span types shared between %s and %s" % (ks[i], ks[j]))
    non_ev = [r["container"] for r in sec if r["source"] != "everyday"]
    if len(set(non_ev)) != len(non_ev):
        errs.append("non-everyday containers not unique")
    return errs
