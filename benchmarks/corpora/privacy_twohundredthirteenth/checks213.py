"""Checks run before anything is written; every function returns a list of error strings."""
import base64
import hashlib
import json
import re
import zlib

import dec213
import everyday213
import evasions213
import negatives213
import positional213
import prose213
import vendor213
from common213 import (PREFIX, SLOT, PW_RE, PW_STRICT_RE, CROCK, crockford_check, bech32_verify, gtin_check,
                       nmea_checksum, vin_check)

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EV_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]

UUID_RE = re.compile(r"(?i)\b[0-9a-f]{8}-[0-9a-f]{4}-([0-9a-f])[0-9a-f]{3}-([0-9a-f])[0-9a-f]{3}-[0-9a-f]{12}\b")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
SIG_LEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256}


def _b64u_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


# regexes for vendor values, derived from the generators (type -> pattern)
VENDOR_RE = {
    "pagerduty_rest_api_key": r"u\+[A-Za-z0-9_-]{18}",
    "opsgenie_integration_api_key": r"[0-9a-f-]{36}",
    "d4h_team_api_access_token": r"[0-9a-f]{96}",
    "moodle_web_service_token": r"[0-9a-f]{32}",
    "canvas_lms_access_token": r"\d{4}~[A-Za-z0-9]{64}",
    "kobotoolbox_api_token": r"[0-9a-f]{40}",
    "twilio_api_key_secret": r"[A-Za-z0-9]{32}",
    "vonage_api_secret": r"[A-Za-z0-9]{16}",
    "plivo_auth_token": r"[A-Za-z0-9]{40}",
    "pushbullet_access_token": r"o\.[A-Za-z0-9]{32}",
    "telegram_callout_bot_token": r"\d{10}:AA[A-Za-z0-9_-]{33}",
    "whatsapp_cloud_api_access_token": r"EAAG[A-Za-z0-9]{180}",
    "fcm_legacy_server_key": r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}",
    "mattermost_personal_access_token": r"[a-z0-9]{26}",
    "microsoft_teams_incoming_webhook_url": r"https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}",
    "discord_channel_webhook_url": r"https://discord\.com/api/webhooks/\d{18,19}/[A-Za-z0-9_-]{68}",
    "slack_app_level_token": r"xapp-1-A0[A-Z0-9]{9}-\d{13}-[0-9a-f]{64}",
    "slack_user_oauth_token": r"xoxp-\d{12}-\d{12}-\d{13}-[0-9a-f]{32}",
    "sendgrid_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "sparkpost_api_key": r"[0-9a-f]{40}",
    "smtp2go_api_key": r"api-[0-9A-F]{32}",
    "stripe_restricted_api_key": r"rk_live_51[A-Za-z0-9]{97}",
    "stripe_donations_webhook_secret": r"whsec_[A-Za-z0-9]{32}",
    "paypal_rest_client_secret": r"E[A-Za-z0-9_-]{79}",
    "square_production_access_token": r"EAAA[A-Za-z0-9_-]{60}",
    "shopify_app_shared_secret": r"shpss_[0-9a-f]{32}",
    "woocommerce_rest_consumer_secret": r"cs_[0-9a-f]{40}",
    "mollie_live_api_key": r"live_[A-Za-z0-9]{30}",
    "shippo_live_api_token": r"shippo_live_[0-9a-f]{40}",
    "easypost_production_api_key": r"EZAK[A-Za-z0-9]{54}",
    "google_maps_server_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "openai_service_account_key": r"sk-svcacct-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}",
    "huggingface_org_api_token": r"api_org_[A-Za-z]{34}",
    "deepseek_api_key": r"sk-[0-9a-f]{32}",
    "xai_grok_api_key": r"xai-[A-Za-z0-9]{80}",
    "elevenlabs_api_key": r"sk_[0-9a-f]{48}",
    "openrouter_api_key": r"sk-or-v1-[0-9a-f]{64}",
    "github_app_installation_token": r"ghs_[A-Za-z0-9]{36}",
    "github_refresh_token": r"ghr_[A-Za-z0-9]{36}",
    "gitlab_pipeline_trigger_token": r"glptt-[0-9a-f]{40}",
    "gitlab_runner_authentication_token": r"glrt-[A-Za-z0-9_-]{20}",
    "npm_automation_access_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_upload_api_token": r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{120}",
    "docker_hub_personal_access_token": r"dckr_pat_[A-Za-z0-9_-]{27}",
    "terraform_cloud_team_token": r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}",
    "netlify_personal_access_token": r"nfp_[A-Za-z0-9]{36}",
    "supabase_personal_access_token": r"sbp_[0-9a-f]{40}",
    "planetscale_service_token": r"pscale_tkn_[A-Za-z0-9_-]{43}",
    "doppler_personal_token": r"dp\.pt\.[A-Za-z0-9]{43}",
    "hashicorp_vault_service_token": r"hvs\.CAESI[A-Za-z0-9_-]{86}",
    "tailscale_auth_key": r"tskey-auth-k[A-Za-z0-9]{15}-[A-Za-z0-9]{33}",
    "cloudflare_global_api_key": r"[0-9a-f]{37}",
    "cloudflare_origin_ca_key": r"v1\.0-[0-9a-f]{24}-[0-9a-f]{146}",
    "aws_s3_uploader_secret_access_key": r"[A-Za-z0-9+/]{40}",
    "azure_devops_personal_access_token": r"[a-z2-7]{52}",
    "entra_app_client_secret": r"[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_~.-]{34}",
    "google_oauth_client_secret": r"GOCSPX-[A-Za-z0-9_-]{28}",
    "atlassian_cloud_api_token": r"ATATT3xFfGF0[A-Za-z0-9_-]{183}=[0-9A-F]{8}",
    "asana_personal_access_token": r"2/\d{16}/\d{16}:[0-9a-f]{32}",
    "clickup_personal_api_token": r"pk_\d{8}_[A-Z0-9]{32}",
    "linear_personal_api_key": r"lin_api_[A-Za-z0-9]{40}",
    "new_relic_user_key": r"NRAK-[A-Z0-9]{27}",
    "grafana_service_account_token": r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}",
    "sonarcloud_user_token": r"squ_[0-9a-f]{40}",
    "launchdarkly_server_sdk_key": r"sdk-[0-9a-f-]{36}",
    "algolia_admin_api_key": r"[0-9a-f]{32}",
    "contentful_management_token": r"CFPAT-[A-Za-z0-9_-]{43}",
    "uptimerobot_main_api_key": r"u\d{7}-[0-9a-f]{24}",
    "dropbox_short_lived_token": r"sl\.[A-Za-z0-9_-]{135}",
    "matrix_bot_access_token": r"syt_[A-Za-z0-9_-]+_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}",
    "bitwarden_secrets_manager_access_token": r"0\.[0-9a-f-]{36}\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==",
    "influxdb_v2_all_access_token": r"[A-Za-z0-9_-]{86}==",
    "azure_service_bus_shared_access_key": r"[A-Za-z0-9+/]{43}=",
}


def check_records(pos, ev, neg):
    errs = []
    for name, recs, fields, tag in (("secrets", pos, POS_FIELDS, "s"), ("evasions", ev, EV_FIELDS, "e"),
                                    ("negatives", neg, NEG_FIELDS, "n")):
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            errs.append("%s: duplicate ids" % name)
        for i, r in enumerate(recs):
            if r.get("id") != "%s-%s-%04d" % (PREFIX, tag, i + 1):
                errs.append("%s: id %r not sequential" % (name, r.get("id")))
            if list(r.keys()) != fields:
                errs.append("%s %s: fields %r" % (name, r.get("id"), list(r.keys())))
            t = r.get("text", "")
            if SLOT in t or "\0" in t or "PRIVATE KEY" in t:
                errs.append("%s %s: slot marker, NUL or PRIVATE KEY in text" % (name, r.get("id")))
    for r in pos + ev:
        sp = r["secrets"]
        if len(sp) != 1:
            errs.append("%s: %d spans" % (r["id"], len(sp)))
            continue
        s = sp[0]
        want = EV_SPAN_FIELDS if r in ev else SPAN_FIELDS
        if list(s.keys()) != want:
            errs.append("%s: span fields %r" % (r["id"], list(s.keys())))
        v = s["value"]
        if not v or v != v.strip():
            errs.append("%s: empty or edge-whitespace value" % r["id"])
        if r["text"][s["start"]:s["end"]] != v:
            errs.append("%s: span does not re-slice" % r["id"])
        if r["type"] != s["type"]:
            errs.append("%s: record type != span type" % r["id"])
        if r["text"].count(v) != 1:
            errs.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
    for r in neg:
        if r["source"] != "negative":
            errs.append("%s: source" % r["id"])
    return errs


def check_values(pos, ev, neg, hidden):
    errs = []
    vals = [r["secrets"][0]["value"] for r in pos + ev]
    seen = {}
    for r, v in zip(pos + ev, vals):
        if v in seen:
            errs.append("%s: value reused from %s" % (r["id"], seen[v]))
        seen[v] = r["id"]
    alltexts = [(r["id"], r["text"]) for r in pos + ev + neg]
    for r, v in zip(pos + ev, vals):
        for rid, t in alltexts:
            if rid != r["id"] and v in t:
                errs.append("%s: value appears in %s" % (r["id"], rid))
    plains = [r["secrets"][0]["plain"] for r in ev] + list(hidden)
    for p in plains:
        for rid, t in alltexts:
            if p in t:
                errs.append("plain or hidden password %r appears in %s" % (p, rid))
    return errs


def check_shapes(pos, ev, neg, hidden):
    errs = []
    owner_vendor = {v[0] for v in vendor213.V if v[3] == "owner"}
    for r in pos:
        t, v = r["type"], r["secrets"][0]["value"]
        if r["source"] == "everyday":
            if t in everyday213.PW_TYPES and not PW_RE.match(v):
                errs.append("%s: everyday password shape" % r["id"])
            if t == "sar_gps_tracker_ingest_token":
                m = re.fullmatch(r"rgt_([0-9a-z]{32})_([0-9a-f]{8})", v)
                if not m or "%08x" % (zlib.adler32(m.group(1).encode()) & 0xFFFFFFFF) != m.group(2):
                    errs.append("%s: rgt_ Adler-32 tail" % r["id"])
            if t == "vehicle_boat_check_webhook_secret":
                if not re.fullmatch(r"vbcw_[A-Za-z0-9_-]{43}", v) or len(_b64u_dec(v[5:])) != 32:
                    errs.append("%s: vbcw_ shape" % r["id"])
            if t == "mutual_aid_request_jwt":
                h = json.loads(_b64u_dec(v.split(".")[0]))
                if h.get("alg") != "HS512":
                    errs.append("%s: mutual-aid JWT alg" % r["id"])
            if t == "station_vpn_wireguard_private_key":
                b = base64.b64decode(v)
                if len(b) != 32 or b[0] & 7 or (b[31] & 0xC0) != 0x40:
                    errs.append("%s: WireGuard key not clamped 32 bytes" % r["id"])
            if t == "callout_gateway_api_key":
                m = re.fullmatch(r"cog_([%s]{26})(.)" % CROCK, v)
                if not m or crockford_check(m.group(1)) != m.group(2):
                    errs.append("%s: cog_ Crockford check" % r["id"])
            if t == "casualty_log_age_identity":
                if not re.fullmatch(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", v) or not bech32_verify(v):
                    errs.append("%s: age identity Bech32" % r["id"])
        elif r["source"] == "vendor":
            if t in owner_vendor and not PW_RE.match(v):
                errs.append("%s: owner vendor password shape" % r["id"])
            if t in VENDOR_RE and not re.fullmatch(VENDOR_RE[t], v):
                errs.append("%s: vendor regex" % r["id"])
        elif r["source"] == "password":
            if r["type"] in B64_FRAMES:
                ok = B64_FRAMES[r["type"]](v)
                if not ok:
                    errs.append("%s: Base64 positional frame" % r["id"])
            elif not PW_STRICT_RE.match(v):
                errs.append("%s: strict positional password shape" % r["id"])
            if r["type"] == "shoutpw_kit_locker_fixed_width_cols_41_to_60":
                line = [ln for ln in r["text"].split("\n") if v in ln][0]
                if line[positional213.FW_START:positional213.FW_END].rstrip() != v:
                    errs.append("%s: fixed-width columns 41-60" % r["id"])
        elif r["source"] == "prose":
            if not PW_STRICT_RE.match(v):
                errs.append("%s: prose password shape" % r["id"])
            s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
            if s == 0 or e >= len(r["text"]) or not r["text"][s - 1].isspace() or not r["text"][e].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
    for h in hidden:
        if not PW_STRICT_RE.match(h):
            errs.append("hidden password shape %r" % h)
    # UUIDs in every text are version 4; JWTs in positives and evasions are well formed
    for r in pos + ev + neg:
        for m in UUID_RE.finditer(r["text"]):
            if m.group(1) != "4" or m.group(2).lower() not in "89ab":
                errs.append("%s: UUID not v4: %s" % (r["id"], m.group(0)))
    for r in pos + ev:
        for m in JWT_RE.finditer(r["text"]):
            parts = m.group(0).split(".")
            try:
                hd = json.loads(_b64u_dec(parts[0]))
                json.loads(_b64u_dec(parts[1]))
                sig = _b64u_dec(parts[2])
                if SIG_LEN.get(hd.get("alg")) != len(sig):
                    errs.append("%s: JWT signature length" % r["id"])
            except Exception:
                errs.append("%s: JWT not base64url JSON" % r["id"])
    # negatives with structure
    for r in neg:
        c, t = r["class"], r["text"]
        if c == "station_shop_gtin13_barcodes":
            for g in re.findall(r"\b50\d{11}\b", t):
                if gtin_check(g[:12]) != g[12]:
                    errs.append("%s: GTIN check digit" % r["id"])
        if c == "vehicle_vins_with_check_digit":
            for v in re.findall(r"\bSAL[A-HJ-NPR-Z0-9]{14}\b", t):
                if vin_check(v) != v[8]:
                    errs.append("%s: VIN check digit" % r["id"])
        if c in ("nmea_sentences_with_checksums", "ais_aivdm_armored_payloads"):
            for body, cs in re.findall(r"[$!]([^*\n]+)\*([0-9A-F]{2})", t):
                if nmea_checksum(body) != cs:
                    errs.append("%s: NMEA checksum" % r["id"])
        if c == "age_recipients_and_wireguard_public_keys":
            for a in re.findall(r"\bage1[0-9a-z]{58}\b", t):
                if not bech32_verify(a):
                    errs.append("%s: age recipient Bech32" % r["id"])
    return errs


def _b64_std_dec(v):
    return base64.b64decode(v, validate=True).decode()


def _frame_userpass(v):
    try:
        u, p = _b64_std_dec(v).split(":", 1)
        return bool(u) and PW_STRICT_RE.match(p) is not None
    except Exception:
        return False


def _frame_sasl(v):
    try:
        parts = _b64_std_dec(v).split("\0")
        return len(parts) == 3 and parts[0] == "" and PW_STRICT_RE.match(parts[2]) is not None
    except Exception:
        return False


def _frame_ss(v):
    try:
        m, p = _b64u_dec(v).decode().split(":", 1)
        return m == "chacha20-ietf-poly1305" and PW_STRICT_RE.match(p) is not None
    except Exception:
        return False


B64_FRAMES = {
    "shoutpw_smtp_auth_plain_initial_response_b64": _frame_sasl,
    "shoutpw_npmrc_underscore_auth_b64_pair": _frame_userpass,
    "shoutpw_docker_config_json_auths_auth_b64": _frame_userpass,
    "shoutpw_ntrip_v1_source_request_b64_header": _frame_userpass,
    "shoutpw_shadowsocks_sip002_userinfo_b64": _frame_ss,
}


def check_evasions(ev):
    errs = []
    encs = [e[0] for e in evasions213.ENCODINGS]
    types = [t[0] for t in evasions213.TYPES]
    words = [w[0] for w in evasions213.WORDINGS]
    seen = {}
    for r in ev:
        s = r["secrets"][0]
        if r["encoding"] != s["encoding"] or r["encoding"] not in encs:
            errs.append("%s: encoding mismatch or unknown" % r["id"])
            continue
        try:
            if dec213.decode(s["encoding"], s["value"]) != s["plain"]:
                errs.append("%s: run does not decode to plain" % r["id"])
        except Exception as exc:
            errs.append("%s: decoder failed (%s)" % (r["id"], exc))
        t = r["text"]
        if not t[:s["start"]].endswith(":\n") or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            errs.append("%s: rule / run / remark layout" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]) or s["plain"] in s["value"] or s["plain"] == s["value"]:
            errs.append("%s: plain alphabet or plain inside run" % r["id"])
        if r["type"] == types[0] and not PW_STRICT_RE.match(s["plain"]):
            errs.append("%s: crew-room PC password shape" % r["id"])
        if r["type"] == types[1] and not re.fullmatch(r"bhd_[A-Za-z0-9]{16}", s["plain"]):
            errs.append("%s: bhd_ shape" % r["id"])
        if r["type"] == types[2] and not re.fullmatch(r"mri-[a-z0-9]{18}", s["plain"]):
            errs.append("%s: mri- shape" % r["id"])
        enc_, _, wording = r["container"].partition("__")
        if enc_ != r["encoding"] or wording not in words:
            errs.append("%s: container not <encoding>__<wording>" % r["id"])
        seen.setdefault(r["encoding"], []).append((r["type"], wording))
    if len(ev) != 66 or len(seen) != 22:
        errs.append("evasions: want 22 encodings x 3 = 66, got %d records, %d encodings" % (len(ev), len(seen)))
    for e, lst in seen.items():
        if sorted(x[0] for x in lst) != sorted(types) or sorted(x[1] for x in lst) != sorted(words):
            errs.append("evasions: %s not once per type and wording" % e)
    return errs


def _parts(name):
    n = name.lower()
    return [n] + [p for p in n.split("__") if p]


def check_deny(pos, ev, neg, deny):
    errs = []
    names = set(deny["names"])
    syn = set(deny["syntaxes"])
    codes = set(deny["language_codes"])
    lnames = set(deny["language_names"])
    items = []
    for r in pos + ev:
        items += [("container", r["container"]), ("type", r["type"])]
    for r in ev:
        items.append(("encoding", r["encoding"]))
    for r in neg:
        items += [("container", r["container"]), ("class", r["class"])]
    items += [("everyday kind", c[0]) for c in everyday213.CONTAINERS]
    items += [("vendor set-aside", n) for n, _ in vendor213.SET_ASIDE]
    items += [("vendor style", s) for s, _ in vendor213.STYLES]
    items += [("syntax set-aside", n) for n, _ in positional213.SET_ASIDE]
    items += [("suffix", s) for s in positional213.SUFFIX.values()]
    items += [("prose format", f) for f in prose213.FORMATS]
    items += [("wording", w[0]) for w in evasions213.WORDINGS]
    items += [("wrapper", w[0].lstrip("_")) for w in negatives213.WRAPPERS if w[0]]
    for kind, n in items:
        for p in _parts(n):
            if p in names:
                errs.append("deny-list: %s %r (part %r)" % (kind, n, p))
    for r in pos:
        if r["source"] == "password":
            s = r["type"][len(positional213.PREFIX):]
            if s in syn or s in names:
                errs.append("deny-list: earlier syntax %r" % s)
    langs = [(r["container"].split("__")[1]) for r in pos if r["source"] == "prose"]
    lang_names = {c: n for c, n, _, _ in prose213.LANGS}
    for code, name in [(c, lang_names.get(c, "?")) for c in langs] + list(prose213.SPARES):
        if code in codes or code in names:
            errs.append("deny-list: language code %r" % code)
        words = [name.lower()] + [w for w in re.split(r"[\s,/()\-]+", name.lower()) if w]
        for w in words:
            if w in lnames:
                errs.append("deny-list: language name %r (%r)" % (name, w))
    return errs


def check_counts(pos, ev, neg):
    errs = []
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ed = by.get("everyday", [])
    if len(ed) != 180:
        errs.append("everyday: %d records" % len(ed))
    kinds = {}
    types = {}
    for r in ed:
        kinds.setdefault(r["container"], []).append(r["type"])
        types[r["type"]] = types.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday: want 45 kinds x 4 different types")
    if len(types) != 12 or any(n != 15 for n in types.values()):
        errs.append("everyday: want 12 types x 15")
    vd = by.get("vendor", [])
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        errs.append("vendor: want 120 distinct types")
    for r in vd:
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("%s: vendor container not <type>__<style>" % r["id"])
    pw = by.get("password", [])
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        errs.append("password: want 95-120 distinct syntaxes, one record each")
    pr = by.get("prose", [])
    if len(pr) != 40 or len({r["container"].split("__")[1] for r in pr}) != 40:
        errs.append("prose: want 40 records in 40 languages")
    if not 440 <= len(pos) <= 470:
        errs.append("positives: %d not in 440-470" % len(pos))
    srcs = list(by)
    tsets = {s: {r["type"] for r in by[s]} for s in srcs}
    tsets["evasion"] = {r["type"] for r in ev}
    ks = list(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                errs.append("span types shared by %s and %s" % (ks[i], ks[j]))
    ne = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in ev]
    if len(set(ne)) != len(ne):
        errs.append("non-everyday containers not unique")
    if len(neg) < 180 or len({r["class"] for r in neg}) < 16:
        errs.append("negatives: want >= 180 records in >= 16 classes")
    if len({r["text"] for r in neg}) != len(neg):
        errs.append("negatives: duplicate texts")
    return errs


def check_all(data, deny):
    pos, ev, neg, hidden = data["pos"], data["ev"], data["neg"], data["hidden"]
    errs = []
    for fn in (lambda: check_records(pos, ev, neg), lambda: check_values(pos, ev, neg, hidden),
               lambda: check_shapes(pos, ev, neg, hidden), lambda: check_evasions(ev),
               lambda: check_deny(pos, ev, neg, deny), lambda: check_counts(pos, ev, neg)):
        try:
            errs += fn()
        except Exception as exc:  # a crash is an error too
            errs.append("check crashed: %r" % (exc,))
    return errs
