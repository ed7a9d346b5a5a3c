"""Checks run by build.py before anything is written."""
import base64
import binascii
import hashlib
import json
import re
import zlib
from collections import Counter, defaultdict

import dec207
from common207 import PW_RE, PW_STRICT_RE, JWT_SIG_LEN, SLOT, crc16_ccitt_false, luhn_valid, gs1_valid

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*")

EVERYDAY_PW = {"workshop_job_card_admin_password", "hire_fleet_dashboard_password", "frame_serial_register_db_password",
               "cycle_to_work_portal_password", "bike_fit_studio_login_password", "guided_ride_booking_admin_password"}

VENDOR_RE = {
    "stripe_restricted_live_key": r"rk_live_51[A-Za-z0-9]{97}",
    "stripe_webhook_endpoint_secret": r"whsec_[A-Za-z0-9]{32}",
    "square_production_access_token": r"EAAA[\w-]{60}",
    "mollie_live_api_key": r"live_[A-Za-z0-9]{30}",
    "checkout_com_secret_key": r"sk_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "shopify_app_shared_secret": r"shpss_[a-f0-9]{32}",
    "shopify_custom_app_access_token": r"shpca_[a-f0-9]{32}",
    "woocommerce_rest_consumer_secret": r"cs_[a-f0-9]{40}",
    "lightspeed_x_series_personal_token": r"lsxs_pt_[A-Za-z0-9]{32}",
    "samsara_api_token": r"samsara_api_[A-Za-z0-9]{30}",
    "mapbox_secret_access_token": r"sk\.eyJ[\w-]+\.[\w-]{22}",
    "google_maps_server_api_key": r"AIza[\w-]{35}",
    "openrouteservice_api_key": r"5b3ce3597851110001cf6248[a-f0-9]{32}",
    "sendgrid_mail_api_key": r"SG\.[\w-]{22}\.[\w-]{43}",
    "mandrill_transactional_api_key": r"md-[\w-]{22}",
    "discord_channel_webhook_url": r"https://discord\.com/api/webhooks/\d{19}/[\w-]{68}",
    "teams_incoming_webhook_url": r"https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[a-z0-9-]{36}@[a-z0-9-]{36}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9-]{36}",
    "whatsapp_cloud_api_access_token": r"EAAJ[A-Za-z0-9]{196}",
    "slack_app_level_token": r"xapp-1-A[A-Z0-9]{10}-\d{13}-[a-f0-9]{64}",
    "pushbullet_access_token": r"o\.[A-Za-z0-9]{32}",
    "openai_admin_api_key": r"sk-admin-[\w-]{58}T3BlbkFJ[\w-]{58}",
    "anthropic_admin_api_key": r"sk-ant-admin01-[\w-]{93}AA",
    "deepseek_api_key": r"sk-[a-f0-9]{32}",
    "xai_grok_api_key": r"xai-[A-Za-z0-9]{80}",
    "openrouter_api_key": r"sk-or-v1-[a-f0-9]{64}",
    "elevenlabs_api_key": r"sk_[a-f0-9]{48}",
    "github_app_installation_token": r"ghs_[A-Za-z0-9]{36}",
    "github_oauth_access_token": r"gho_[A-Za-z0-9]{36}",
    "gitlab_runner_authentication_token": r"glrt-[\w-]{20}",
    "gitlab_deploy_token": r"gldt-[\w-]{20}",
    "npm_automation_access_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_project_upload_token": r"pypi-AgEIcHlwaS5vcmc[\w-]{100}",
    "atlassian_cloud_api_token": r"ATATT3xFfGF0[\w-]{180}=[A-F0-9]{8}",
    "linear_personal_api_key": r"lin_api_[A-Za-z0-9]{40}",
    "netlify_personal_access_token": r"nfp_[A-Za-z0-9]{40}",
    "terraform_cloud_user_token": r"[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9]{67}",
    "grafana_service_account_token": r"glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}",
    "grafana_cloud_access_policy_token": r"glc_[A-Za-z0-9+/]+={0,2}",
    "new_relic_user_api_key": r"NRAK-[A-Z0-9]{27}",
    "sentry_org_auth_token": r"sntrys_eyJpYXQiO[A-Za-z0-9+/]{10,200}(?:LCJyZWdpb25fdXJs|InJlZ2lvbl91cmwi|cmVnaW9uX3VybCI6)[A-Za-z0-9+/]{10,200}_[A-Za-z0-9+/]{43}",
    "pagerduty_rest_api_key": r"u\+[\w-]{18}",
    "cloudflare_origin_ca_key": r"v1\.0-[a-f0-9]{24}-[a-f0-9]{146}",
    "cloudflare_global_api_key": r"[a-f0-9]{37}",
    "tailscale_auth_key": r"tskey-auth-k[A-Za-z0-9]{10}CNTRL-[A-Za-z0-9]{33}",
    "hashicorp_vault_service_token": r"hvs\.[\w-]{95}",
    "doppler_cli_token": r"dp\.ct\.[A-Za-z0-9]{43}",
    "supabase_management_access_token": r"sbp_[a-f0-9]{40}",
    "planetscale_service_token": r"pscale_tkn_[\w-]{43}",
    "neon_api_key": r"napi_[a-z0-9]{64}",
    "contentful_management_token": r"CFPAT-[\w-]{43}",
    "okta_api_token": r"00[\w-]{40}",
    "firebase_cloud_messaging_server_key": r"AAAA[\w-]{7}:APA91b[\w-]{134}",
    "trello_user_api_token": r"ATTA[a-f0-9]{64}[A-F0-9]{8}",
    "asana_personal_access_token": r"2/\d{16}/\d{16}:[a-f0-9]{32}",
    "clickup_personal_api_token": r"pk_\d{8}_[A-Z0-9]{32}",
    "zoho_books_oauth_refresh_token": r"1000\.[a-f0-9]{32}\.[a-f0-9]{32}",
    "cohere_api_key": r"[A-Za-z0-9]{40}",
    "algolia_admin_api_key": r"[a-f0-9]{32}",
    "adyen_checkout_api_key": r"AQE[A-Za-z0-9+/]{97}",
    "paypal_rest_client_secret": r"E[\w-]{79}",
}
VENDOR_OWNER = {"shimano_b2b_portal_password", "madison_trade_portal_password", "zyro_fisher_dealer_portal_password",
                "traccar_server_admin_password"}
VENDOR_JWT = {"mailerlite_api_token": "RS256", "monday_com_api_token": "HS256", "calendly_personal_access_token": "HS256"}


def _b64url_dec(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return "not three parts"
    try:
        h = json.loads(_b64url_dec(parts[0]))
        p = json.loads(_b64url_dec(parts[1]))
        sig = _b64url_dec(parts[2])
    except Exception as e:  # noqa
        return "undecodable: %s" % e
    if not isinstance(h, dict) or not isinstance(p, dict):
        return "header/payload not objects"
    alg = h.get("alg")
    if alg not in JWT_SIG_LEN or len(sig) != JWT_SIG_LEN[alg]:
        return "signature length %d does not fit alg %s" % (len(sig), alg)
    return None


def _names_hit(name, deny):
    n = name.lower()
    hits = []
    if n in deny:
        hits.append(n)
    for p in n.split("__"):
        if p in deny:
            hits.append(p)
    return hits


def check_all(pos, ev, neg, ctx):
    E = []
    deny = set(ctx["deny"]["names"])
    deny_syn = set(ctx["deny"]["syntaxes"])
    deny_codes = set(ctx["deny"]["language_codes"])
    deny_lnames = set(ctx["deny"]["language_names"])

    # ---------------------------------------------------------------- ids and fields
    for recs, pat, fields in ((pos, "p207-s-%04d", POS_FIELDS), (ev, "p207-e-%04d", EV_FIELDS), (neg, "p207-n-%04d", NEG_FIELDS)):
        ids = [r.get("id") for r in recs]
        if len(set(ids)) != len(ids):
            E.append("duplicate ids in %s" % pat[:6])
        for i, r in enumerate(recs):
            if r.get("id") != pat % (i + 1):
                E.append("id not sequential: %s (expected %s)" % (r.get("id"), pat % (i + 1)))
            if list(r.keys()) != fields:
                E.append("%s: fields %s" % (r.get("id"), list(r.keys())))

    values = []
    for r in pos + ev:
        sp = r.get("secrets")
        if not isinstance(sp, list) or len(sp) != 1:
            E.append("%s: needs exactly one span" % r["id"])
            continue
        s = sp[0]
        want = SPAN_FIELDS if r["source"] != "evasion" else EV_SPAN_FIELDS
        if list(s.keys()) != want:
            E.append("%s: span fields %s" % (r["id"], list(s.keys())))
        v = s.get("value", "")
        t = r["text"]
        if not v or v != v.strip():
            E.append("%s: empty value or edge whitespace" % r["id"])
        if t[s["start"]:s["end"]] != v:
            E.append("%s: span does not re-slice" % r["id"])
        if r["type"] != s["type"]:
            E.append("%s: record type != span type" % r["id"])
        if t.count(v) != 1:
            E.append("%s: value occurs %d times in its text" % (r["id"], t.count(v)))
        values.append((r["id"], v))
    cnt = Counter(v for _, v in values)
    for v, c in cnt.items():
        if c > 1:
            E.append("value reused %d times: %s" % (c, v[:30]))
    alltexts = [(r["id"], r["text"]) for r in pos + ev + neg]
    for rid, v in values:
        for oid, t in alltexts:
            if oid != rid and v in t:
                E.append("value of %s appears in %s" % (rid, oid))
    hidden = list(ctx["hidden"]) + [r["secrets"][0].get("plain", "") for r in ev]
    for h in hidden:
        for oid, t in alltexts:
            if h and h in t:
                E.append("hidden password / evasion plain appears in %s" % oid)
    for oid, t in alltexts:
        if SLOT in t or "\x01" in t or "PRIVATE KEY" in t:
            E.append("%s: slot marker, control character or PRIVATE KEY" % oid)

    # ---------------------------------------------------------------- structure in every text
    for oid, t in alltexts:
        for m in UUID_RE.finditer(t):
            u = m.group(0).lower()
            if u[14] != "4" or u[19] not in "89ab":
                E.append("%s: UUID not version 4: %s" % (oid, u))
        for m in JWT_RE.finditer(t):
            err = jwt_ok(m.group(0))
            if err:
                E.append("%s: JWT-shaped substring invalid: %s" % (oid, err))

    # ---------------------------------------------------------------- shapes
    by_src = defaultdict(list)
    for r in pos:
        by_src[r["source"]].append(r)
    for r in by_src["everyday"]:
        v, t = r["secrets"][0]["value"], r["type"]
        if t in EVERYDAY_PW and not PW_RE.match(v):
            E.append("%s: owner password shape" % r["id"])
        if t == "ebike_battery_telemetry_token":
            m = re.fullmatch(r"ebt_([A-Za-z0-9]{32})([0-9a-f]{8})", v)
            if not m or "%08x" % (zlib.adler32(m.group(1).encode()) & 0xFFFFFFFF) != m.group(2):
                E.append("%s: ebt_ Adler-32 broken" % r["id"])
        if t == "dock_unlock_hmac_key":
            try:
                ok = len(base64.b64decode(v, validate=True)) == 32 and len(v) == 44
            except binascii.Error:
                ok = False
            if not ok:
                E.append("%s: dock key not Base64 of 32 bytes" % r["id"])
        if t == "hire_app_session_jwt":
            err = jwt_ok(v)
            if err or json.loads(_b64url_dec(v.split(".")[0]))["alg"] != "HS512":
                E.append("%s: session JWT not HS512" % r["id"])
        if t == "warranty_claim_webhook_secret" and not re.fullmatch(r"wrty_whsec_[0-9a-f]{40}", v):
            E.append("%s: warranty secret shape" % r["id"])
        if t == "parts_order_api_key":
            m = re.fullmatch(r"pok_live_([a-z0-9]{32})_([0-9a-f]{4})", v)
            if not m or "%04x" % crc16_ccitt_false(m.group(1).encode()) != m.group(2):
                E.append("%s: pok_live_ CRC-16 broken" % r["id"])
        if t == "staff_till_totp_seed":
            try:
                ok = len(v) == 32 and len(base64.b32decode(v)) == 20
            except binascii.Error:
                ok = False
            if not ok:
                E.append("%s: TOTP seed not Base32 of 20 bytes" % r["id"])
    for r in by_src["vendor"]:
        v, t = r["secrets"][0]["value"], r["type"]
        if t in VENDOR_RE and not re.fullmatch(VENDOR_RE[t], v):
            E.append("%s: vendor shape %s" % (r["id"], t))
        if t in VENDOR_OWNER and not PW_RE.match(v):
            E.append("%s: vendor owner password shape" % r["id"])
        if t in VENDOR_JWT:
            err = jwt_ok(v)
            if err or json.loads(_b64url_dec(v.split(".")[0]))["alg"] != VENDOR_JWT[t]:
                E.append("%s: vendor JWT" % r["id"])
        if t == "sentry_org_auth_token":
            body = v[len("sntrys_"):].rsplit("_", 1)[0]
            try:
                json.loads(base64.b64decode(body + "=" * (-len(body) % 4)))
            except Exception:  # noqa
                E.append("%s: sentry org token body not Base64 JSON" % r["id"])
        if t in ("grafana_cloud_access_policy_token", "cloudflare_tunnel_token"):
            body = v[4:] if t.startswith("grafana") else v
            try:
                json.loads(base64.b64decode(body))
            except Exception:  # noqa
                E.append("%s: Base64 JSON body" % r["id"])
    for r in by_src["password"]:
        v = r["secrets"][0]["value"]
        if r["type"].endswith("base64_pair"):
            try:
                u, p = base64.b64decode(v, validate=True).decode().split(":", 1)
                if not PW_STRICT_RE.match(p):
                    E.append("%s: hidden password not strict form" % r["id"])
            except Exception:  # noqa
                E.append("%s: Base64 pair undecodable" % r["id"])
        elif not PW_STRICT_RE.match(v):
            E.append("%s: positional password not strict form" % r["id"])
        if "fixed_width_cols_41_to_60" in r["type"]:
            line = [ln for ln in r["text"].split("\n") if v in ln][0]
            if line.index(v) != 40 or len(line) != 60:
                E.append("%s: fixed-width columns 41-60 wrong" % r["id"])
    for r in by_src["prose"]:
        s = r["secrets"][0]
        t = r["text"]
        if not PW_STRICT_RE.match(s["value"]):
            E.append("%s: prose password not strict form" % r["id"])
        if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
            E.append("%s: prose value not set off by whitespace" % r["id"])

    # ---------------------------------------------------------------- evasions
    encs = Counter()
    per_enc_types = defaultdict(set)
    per_enc_word = defaultdict(set)
    for r in ev:
        s = r["secrets"][0]
        if s["encoding"] != r["encoding"]:
            E.append("%s: record and span encoding differ" % r["id"])
        try:
            dec = dec207.decode(r["encoding"], s["value"])
        except Exception as e:  # noqa
            dec = None
        if dec != s["plain"]:
            E.append("%s: evasion does not decode to its plain" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]):
            E.append("%s: plain alphabet" % r["id"])
        if s["plain"] in s["value"] or s["plain"] == s["value"]:
            E.append("%s: run contains its plain" % r["id"])
        t = r["text"]
        if not (t[:s["start"]].endswith(":\n") and t[s["end"]:s["end"] + 1] == "\n" and "\n" not in s["value"]
                and len(t) > s["end"] + 1):
            E.append("%s: evasion text layout" % r["id"])
        if not r["container"].startswith(r["encoding"] + "__"):
            E.append("%s: container must be <encoding>__<wording>" % r["id"])
        if r["type"].endswith("workshop_pc_password") and not PW_STRICT_RE.match(s["plain"]):
            E.append("%s: evasion password plain shape" % r["id"])
        if r["type"].endswith("dock_override_code") and not re.fullmatch(r"dko_[A-Za-z0-9]{16}", s["plain"]):
            E.append("%s: dko_ plain shape" % r["id"])
        if r["type"].endswith("battery_service_token") and not re.fullmatch(r"bst-[a-z0-9]{20}", s["plain"]):
            E.append("%s: bst- plain shape" % r["id"])
        encs[r["encoding"]] += 1
        per_enc_types[r["encoding"]].add(r["type"])
        per_enc_word[r["encoding"]].add(r["container"].split("__", 1)[1])
    if len(ev) != 66 or len(encs) != 22 or any(c != 3 for c in encs.values()):
        E.append("evasions: need 22 encodings x 3 (have %d records, %d encodings)" % (len(ev), len(encs)))
    for e_, ts in per_enc_types.items():
        if len(ts) != 3 or len(per_enc_word[e_]) != 3:
            E.append("evasion %s: each type and each wording once" % e_)

    # ---------------------------------------------------------------- negatives
    ntexts = Counter(r["text"] for r in neg)
    if any(c > 1 for c in ntexts.values()):
        E.append("negatives: duplicate texts")
    ncls = Counter(r["class"] for r in neg)
    if len(ncls) < 16 or len(neg) < 180:
        E.append("negatives: need >= 16 classes and >= 180 records")
    for r in neg:
        if r["source"] != "negative":
            E.append("%s: source must be negative" % r["id"])
        t = r["text"]
        if r["class"] == "component_codes_and_ean13_barcodes":
            for m in re.finditer(r"(?<!\d)\d{13}(?!\d)", t):
                if not gs1_valid(m.group(0)):
                    E.append("%s: EAN-13 check digit" % r["id"])
        if r["class"] == "tracker_imeis_and_sim_iccids":
            codes = re.findall(r"(?<!\d)(35\d{13}|8944\d{15})(?!\d)", t)
            if not codes:
                E.append("%s: no IMEI / ICCID found" % r["id"])
            for c in codes:
                if not luhn_valid(c):
                    E.append("%s: Luhn check digit" % r["id"])

    # ---------------------------------------------------------------- deny-list
    names = []
    for r in pos + ev:
        names.append(("container", r["container"]))
        names.append(("type", r["type"]))
    for r in ev:
        names.append(("encoding", r["encoding"]))
    for r in neg:
        names.append(("container", r["container"]))
        names.append(("class", r["class"]))
    for extra in ctx.get("extra_names", []):
        names.append(("extra", extra))
    seen_names = set()
    for kind, nm in names:
        if (kind, nm) in seen_names:
            continue
        seen_names.add((kind, nm))
        hits = _names_hit(nm, deny)
        if hits:
            E.append("deny-listed %s %s (%s)" % (kind, nm, ", ".join(hits)))
    for r in by_src["password"]:
        syn = r["type"][len(ctx["pw_prefix"]):]
        if syn in deny_syn or syn in deny:
            E.append("positional syntax already used earlier: %s" % syn)
    for code, lname in ctx["languages"] + ctx["spares"]:
        if code in deny_codes or code in deny:
            E.append("deny-listed language code %s" % code)
        ln = lname.lower()
        if ln in deny_lnames or any(w in deny_lnames for w in re.split(r"[\s-]+", ln)):
            E.append("deny-listed language name %s" % lname)

    # ---------------------------------------------------------------- counts
    ed = by_src["everyday"]
    if len(ed) != 180:
        E.append("everyday: %d records (need 180)" % len(ed))
    kinds = defaultdict(list)
    for r in ed:
        kinds[r["container"]].append(r["type"])
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        E.append("everyday: need 45 kinds x 4 different types")
    tc = Counter(r["type"] for r in ed)
    if len(tc) != 12 or any(c != 15 for c in tc.values()):
        E.append("everyday: need 12 types x 15")
    vd = by_src["vendor"]
    if len(vd) != 120 or len({r["type"] for r in vd}) != 120:
        E.append("vendor: need 120 distinct types")
    for r in vd:
        if not r["container"].startswith(r["type"] + "__"):
            E.append("%s: vendor container must be <type>__<style>" % r["id"])
    pw = by_src["password"]
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        E.append("password: need 95-120 distinct syntaxes, one record each")
    pr = by_src["prose"]
    langs = {r["container"].split("__")[1] for r in pr}
    if len(pr) != 40 or len(langs) != 40:
        E.append("prose: need 40 records in 40 languages")
    if not (440 <= len(pos) <= 470):
        E.append("positives: %d records (need 440-470)" % len(pos))
    srcs = ["everyday", "vendor", "password", "prose"]
    for i in range(4):
        for j in range(i + 1, 4):
            a = {r["type"] for r in by_src[srcs[i]]}
            b = {r["type"] for r in by_src[srcs[j]]}
            if a & b:
                E.append("span types shared between %s and %s" % (srcs[i], srcs[j]))
    nonev = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(set(nonev)) != len(nonev):
        E.append("non-everyday containers not unique")
    if set(r["source"] for r in pos) - set(srcs):
        E.append("unknown source")
    return E
