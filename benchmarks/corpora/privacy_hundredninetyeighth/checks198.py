"""Checks run by build.py before anything is written."""
import base64
import binascii
import json
import re
import zlib

import dec198
import everyday198
import positional198
import prose198
import vendor198
from common198 import PW_RE, PW_STRICT_RE, B62, b62_fixed, b64u_decode, luhn_ok, vin_check_digit

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

UUID_RE = re.compile(r"(?i)(?<![0-9a-f])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![0-9a-f])")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": 256, "ES256": 64}

EVERYDAY_RE = {
    "dd_run_webhook_secret": r"ddw1_[A-Za-z0-9_-]{43}",
    "quote_engine_api_token": r"wcq_[0-9A-Za-z]{36}",
    "route_device_jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{64}",
    "job_photo_bucket_secret_key": r"[A-Za-z0-9+/]{40}",
    "tank_sensor_lorawan_app_key": r"[0-9A-F]{32}",
    "sms_reminder_api_token": r"smsr-[0-9a-f]{8}-[0-9A-Za-z]{32}",
}

VENDOR_RE = {
    "gocardless_live_access_token": r"live_[A-Za-z0-9_-]{40}",
    "stripe_live_secret_key": r"sk_live_51[A-Za-z0-9]{97}",
    "stripe_webhook_endpoint_secret": r"whsec_[A-Za-z0-9]{32}",
    "sumup_merchant_api_key": r"sup_sk_[A-Za-z0-9]{32}",
    "squeegee_round_app_api_key": r"sqg_live_[A-Za-z0-9]{40}",
    "servicem8_addon_api_key": r"smk-[0-9a-f]{6}-[a-z0-9]{34}",
    "the_things_stack_api_key": r"NNSXS\.[A-Z2-7]{39}\.[A-Z2-7]{52}",
    "adafruit_io_key": r"aio_[A-Za-z0-9]{28}",
    "ubidots_account_token": r"BBFF-[A-Za-z0-9]{30}",
    "samsara_fleet_api_token": r"samsara_api_[A-Za-z0-9]{30}",
    "soracom_auth_key_secret": r"secret-[A-Za-z0-9]{64}",
    "particle_cloud_access_token": r"[0-9a-f]{40}",
    "imagekit_private_api_key": r"private_[A-Za-z0-9+/]{27}=",
    "google_maps_server_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "google_gemini_api_key": r"AIza[A-Za-z0-9_-]{35}",
    "openrouteservice_api_key": r"5b3ce3597851110001cf6248[0-9a-f]{32}",
    "esri_arcgis_api_key": r"AAPK[A-Za-z0-9_-]{100}",
    "clicksend_api_key": r"[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}",
    "messagebird_live_access_key": r"[A-Za-z0-9]{25}",
    "brevo_smtp_api_key": r"xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}",
    "twilio_account_auth_token": r"[0-9a-f]{32}",
    "telegram_bot_api_token": r"[0-9]{10}:AA[A-Za-z0-9_-]{33}",
    "pushover_application_token": r"a[a-z0-9]{29}",
    "mailgun_private_api_key": r"key-[0-9a-f]{32}",
    "resend_email_api_key": r"re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24}",
    "mailchimp_marketing_api_key": r"[0-9a-f]{32}-us[0-9]{2}",
    "mailersend_api_token": r"mlsn\.[0-9a-f]{64}",
    "ntfy_access_token": r"tk_[a-z0-9]{29}",
    "meta_messenger_page_access_token": r"EAA[MC][A-Za-z0-9]{180}",
    "google_business_profile_client_secret": r"GOCSPX-[A-Za-z0-9_-]{28}",
    "hubspot_private_app_access_token": r"pat-eu1-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "openai_project_api_key": r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}",
    "anthropic_workspace_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "groq_cloud_api_key": r"gsk_[A-Za-z0-9]{52}",
    "replicate_api_token": r"r8_[A-Za-z0-9]{37}",
    "huggingface_user_access_token": r"hf_[A-Za-z]{34}",
    "perplexity_api_key": r"pplx-[A-Za-z0-9]{48}",
    "together_ai_api_key": r"tgp_v1_[A-Za-z0-9_-]{43}",
    "stability_ai_api_key": r"sk-[A-Za-z0-9]{48}",
    "voyage_ai_api_key": r"pa-[A-Za-z0-9_-]{43}",
    "pinecone_api_key": r"pcsk_[A-Za-z0-9]{5}_[A-Za-z0-9]{63}",
    "github_classic_personal_access_token": r"ghp_[A-Za-z0-9]{36}",
    "gitlab_project_access_token": r"glpat-[A-Za-z0-9_-]{20}",
    "bitbucket_app_password": r"ATBB[A-Za-z0-9]{32}",
    "render_api_key": r"rnd_[A-Za-z0-9]{32}",
    "fly_io_org_token": r"fo1_[A-Za-z0-9_-]{43}",
    "heroku_platform_api_key": r"HRKU-AA[A-Za-z0-9_-]{58}",
    "digitalocean_personal_access_token": r"dop_v1_[0-9a-f]{64}",
    "honeycomb_ingest_api_key": r"hcaik_[a-z0-9]{58}",
    "uptimerobot_main_api_key": r"u[0-9]{7}-[0-9a-f]{24}",
    "posthog_personal_api_token": r"phx_[A-Za-z0-9]{47}",
    "airtable_personal_access_token": r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}",
    "notion_internal_integration_secret": r"ntn_[0-9]{11}[A-Za-z0-9]{35}",
    "zapier_catch_hook_url": r"https://hooks\.zapier\.com/hooks/catch/[0-9]{8}/[a-z0-9]{6}/",
    "slack_incoming_webhook_url": r"https://hooks\.slack\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}",
    "slack_bot_user_token": r"xoxb-[0-9]{13}-[0-9]{13}-[A-Za-z0-9]{24}",
    "shopify_admin_api_access_token": r"shpat_[0-9a-f]{32}",
    "sentry_user_auth_token": r"sntryu_[0-9a-f]{64}",
    "tailscale_oauth_client_secret": r"tskey-client-[A-Za-z0-9]{17}-[A-Za-z0-9]{33}",
    "infisical_service_token": r"st\.[0-9a-f-]{36}\.[0-9a-f]{32}\.[0-9a-f]{32}",
    "cloudflare_scoped_api_token": r"[A-Za-z0-9_-]{40}",
    "zendesk_support_api_token": r"[A-Za-z0-9]{40}",
    "grafana_cloud_access_policy_token": r"glc_[A-Za-z0-9+/]{32,400}={0,3}",
    "wise_business_api_token": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
}


def parts(name):
    out = [name.lower()]
    out += [p.lower() for p in name.split("__") if p]
    return out


def deny_hits(name, deny):
    names = set(deny["names"])
    return [p for p in parts(name) if p in names]


def jwt_problem(tok):
    segs = tok.split(".")
    try:
        h = json.loads(b64u_decode(segs[0]))
        json.loads(b64u_decode(segs[1]))
        sig = b64u_decode(segs[2])
    except Exception as ex:  # noqa
        return "JWT not decodable: %s" % ex
    alg = h.get("alg")
    if alg not in SIGLEN:
        return "JWT alg unknown %r" % alg
    if len(sig) != SIGLEN[alg]:
        return "JWT %s signature has %d bytes" % (alg, len(sig))
    return None


def check_all(data, deny, brief_fresh=None):
    errs = []
    pos, ev, neg = data["secrets"], data["evasions"], data["negatives"]
    E = errs.append

    # ---------------- ids and fields
    for recs, kind, fields, span_fields in ((pos, "s", POS_FIELDS, POS_SPAN), (ev, "e", EV_FIELDS, EV_SPAN), (neg, "n", NEG_FIELDS, None)):
        seen = set()
        for i, rec in enumerate(recs):
            want = "p198-%s-%04d" % (kind, i + 1)
            if rec.get("id") != want:
                E("id %r should be %s" % (rec.get("id"), want))
            if rec.get("id") in seen:
                E("duplicate id %s" % rec.get("id"))
            seen.add(rec.get("id"))
            if list(rec.keys()) != fields:
                E("%s fields %s" % (rec.get("id"), list(rec.keys())))
                continue
            if span_fields is None:
                continue
            if len(rec["secrets"]) != 1:
                E("%s must have exactly one span" % rec["id"])
                continue
            sp = rec["secrets"][0]
            if list(sp.keys()) != span_fields:
                E("%s span fields %s" % (rec["id"], list(sp.keys())))
                continue
            v, t = sp["value"], rec["text"]
            if not v or v != v.strip():
                E("%s empty value or edge whitespace" % rec["id"])
            if t[sp["start"]:sp["end"]] != v:
                E("%s span does not re-slice" % rec["id"])
            if rec["type"] != sp["type"]:
                E("%s record type != span type" % rec["id"])
            if t.count(v) != 1:
                E("%s value occurs %d times in its text" % (rec["id"], t.count(v)))

    # ---------------- forbidden content
    for rec in pos + ev + neg:
        t = rec["text"]
        if "\x00" in t or "PRIVATE KEY" in t or "\ue000" in t or re.search(r"<<[A-Z0-9_]+>>", t):
            E("%s has a slot marker, NUL or PRIVATE KEY" % rec["id"])

    # ---------------- value uniqueness across the corpus
    values = [(r["id"], r["secrets"][0]["value"]) for r in pos + ev if r["secrets"]]
    cnt = {}
    for rid, v in values:
        cnt.setdefault(v, []).append(rid)
    for v, ids in cnt.items():
        if len(ids) > 1:
            E("value reused in %s" % ids)
    texts = [(r["id"], r["text"]) for r in pos + ev]
    neg_texts = [(r["id"], r["text"]) for r in neg]
    hidden = [r["secrets"][0]["plain"] for r in ev] + data.get("hidden", [])
    for rid, v in values:
        for oid, t in texts:
            if oid != rid and v in t:
                E("value of %s appears in %s" % (rid, oid))
        for oid, t in neg_texts:
            if v in t:
                E("value of %s appears in negative %s" % (rid, oid))
    for h in hidden:
        for oid, t in texts + neg_texts:
            if h in t:
                E("hidden / plain value %r appears in %s" % (h[:8], oid))

    # ---------------- structure of values
    for rec in pos + ev + neg:
        for m in UUID_RE.finditer(rec["text"]):
            u = m.group(0).lower()
            if u[14] != "4" or u[19] not in "89ab":
                E("%s has a non-v4 UUID %s" % (rec["id"], u))
        for m in JWT_RE.finditer(rec["text"]):
            p = jwt_problem(m.group(0))
            if p:
                E("%s: %s" % (rec["id"], p))
    ev_types = {t[0]: t for t in everyday198.TYPES}
    for rec in pos:
        v, ty, src = rec["secrets"][0]["value"], rec["type"], rec["source"]
        if src == "everyday":
            kind = ev_types[ty][3] if ty in ev_types else None
            if kind == "pw":
                if not PW_RE.match(v):
                    E("%s everyday password shape %r" % (rec["id"], v))
            elif ty in EVERYDAY_RE:
                if not re.fullmatch(EVERYDAY_RE[ty], v):
                    E("%s everyday shape" % rec["id"])
                if ty == "dd_run_webhook_secret" and len(b64u_decode(v[5:])) != 32:
                    E("%s ddw1 body is not 32 bytes" % rec["id"])
                if ty == "quote_engine_api_token" and b62_fixed(zlib.crc32(v[4:34].encode()) & 0xFFFFFFFF, 6) != v[34:]:
                    E("%s wcq CRC-32 broken" % rec["id"])
                if ty == "route_device_jwt":
                    if json.loads(b64u_decode(v.split(".")[0])).get("alg") != "HS384":
                        E("%s route JWT not HS384" % rec["id"])
            else:
                E("%s unknown everyday type" % rec["id"])
        elif src == "vendor":
            if ty in VENDOR_RE and not re.fullmatch(VENDOR_RE[ty], v):
                E("%s vendor shape %s" % (rec["id"], ty))
            conf = {x[0]: x[4] for x in vendor198.V}.get(ty)
            if conf == "owner" and not PW_RE.match(v):
                E("%s owner-chosen vendor password shape" % rec["id"])
            if ty == "grafana_cloud_access_policy_token":
                try:
                    json.loads(base64.b64decode(v[4:], validate=True))
                except Exception:  # noqa
                    E("%s glc_ body not JSON" % rec["id"])
            if ty == "supabase_service_role_jwt":
                if json.loads(b64u_decode(v.split(".")[1])).get("role") != "service_role":
                    E("%s supabase role" % rec["id"])
            if ty == "influxdb_cloud_api_token" and len(base64.b64decode(v, validate=True)) != 64:
                E("%s influx token length" % rec["id"])
        elif src == "password":
            if rec["secrets"][0]["value"] != v:
                pass
            syn = ty[len(positional198.PW_PREFIX):]
            if syn.endswith("_b64"):
                try:
                    raw = base64.b64decode(v, validate=True).decode()
                except (binascii.Error, UnicodeDecodeError):
                    E("%s base64 span does not decode" % rec["id"])
                    continue
                if "\0" in raw:
                    pw = raw.split("\0")[-1]
                elif ":" in raw:
                    pw = raw.split(":", 1)[1]
                else:
                    pw = raw
                if not PW_STRICT_RE.match(pw):
                    E("%s base64 span hides a malformed password" % rec["id"])
            elif not PW_STRICT_RE.match(v):
                E("%s positional password shape %r" % (rec["id"], v))
            if syn == "tank_gateway_fixed_width_cols_31_to_50":
                line = rec["text"].split("\n")[1]
                if line[30:50].rstrip() != v:
                    E("%s fixed-width columns 31-50" % rec["id"])
        elif src == "prose":
            if not PW_STRICT_RE.match(v):
                E("%s prose password shape" % rec["id"])
            s, e, t = rec["secrets"][0]["start"], rec["secrets"][0]["end"], rec["text"]
            if s == 0 or e >= len(t) or not t[s - 1].isspace() or not t[e].isspace():
                E("%s prose value not set off by whitespace" % rec["id"])
        else:
            E("%s bad source %r" % (rec["id"], src))

    # ---------------- evasions
    for rec in ev:
        sp = rec["secrets"][0]
        if rec["source"] != "evasion":
            E("%s source" % rec["id"])
        if rec["encoding"] != sp["encoding"]:
            E("%s record / span encoding differ" % rec["id"])
        if not rec["container"].startswith(rec["encoding"] + "__"):
            E("%s container does not start with encoding" % rec["id"])
        try:
            d = dec198.decode(sp["encoding"], sp["value"])
        except Exception as ex:  # noqa
            d = "<error %s>" % ex
        if d != sp["plain"]:
            E("%s does not decode to its plain" % rec["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]):
            E("%s plain alphabet" % rec["id"])
        if sp["plain"] in sp["value"] or sp["plain"] == sp["value"]:
            E("%s run contains its plain" % rec["id"])
        t, s, e = rec["text"], sp["start"], sp["end"]
        if t[s - 2:s] != ":\n" or t[e:e + 1] != "\n" or "\n" in sp["value"] or not t[e + 1:].strip():
            E("%s run layout (rule ':' newline run newline remark)" % rec["id"])
        if rec["type"].endswith("round_office_pc_password") and not PW_STRICT_RE.match(sp["plain"]):
            E("%s evasion password plain shape" % rec["id"])

    # ---------------- negatives
    seen_t = set()
    for rec in neg:
        if rec["source"] != "negative":
            E("%s source" % rec["id"])
        if rec["text"] in seen_t:
            E("%s duplicate negative text" % rec["id"])
        seen_t.add(rec["text"])
        if rec["class"] == "luhn_checked_cash_book_invoice_numbers":
            for n in re.findall(r"\b40\d{8}\b", rec["text"]):
                if not luhn_ok(n):
                    E("%s invoice Luhn" % rec["id"])
        if rec["class"] == "route_tablet_imei_and_iccid_numbers":
            for n in re.findall(r"\b(?:35\d{13}|8944\d{15})\b", rec["text"]):
                if not luhn_ok(n):
                    E("%s IMEI / ICCID Luhn" % rec["id"])
        if rec["class"] == "van_vin_and_plate_registry":
            for n in re.findall(r"\b[A-HJ-NPR-Z0-9]{17}\b", rec["text"]):
                if vin_check_digit(n) != n[8]:
                    E("%s VIN check digit" % rec["id"])
    classes = {r["class"] for r in neg}
    if len(classes) < 16 or len(neg) < 180:
        E("negatives: %d classes, %d records" % (len(classes), len(neg)))

    # ---------------- deny-list
    names_to_check = set()
    for rec in pos + ev + neg:
        names_to_check.add(rec["container"])
    for rec in pos + ev:
        names_to_check.add(rec["type"])
    for rec in ev:
        names_to_check.add(rec["encoding"])
    for rec in neg:
        names_to_check.add(rec["class"])
    for n in sorted(names_to_check):
        h = deny_hits(n, deny)
        if h:
            E("deny-listed name %s (%s)" % (n, h))
    syns = set(deny["syntaxes"]) | set(deny["names"])
    for rec in pos:
        if rec["source"] == "password":
            syn = rec["type"][len(positional198.PW_PREFIX):]
            if syn.lower() in syns:
                E("earlier positional syntax %s" % syn)
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    langs = [(c, n) for c, n, *_ in prose198.LANGS] + [(c, n) for c, n, _ in prose198.SPARES]
    for rec in pos:
        if rec["source"] == "prose":
            c = rec["container"].split("__")[1]
            if c in codes or c in set(deny["names"]):
                E("prose language %s deny-listed" % c)
    for c, n in langs:
        words = [n.lower()] + n.lower().split()
        if c in codes or c in set(deny["names"]) or any(w in lnames for w in words):
            E("language %s (%s) overlaps the deny-list" % (c, n))
    if brief_fresh is not None and brief_fresh != deny:
        E("brief_names.json differs from a fresh extraction")

    # ---------------- counts
    by = {}
    for rec in pos:
        by.setdefault(rec["source"], []).append(rec)
    eday = by.get("everyday", [])
    if len(eday) != 180:
        E("everyday count %d" % len(eday))
    kinds = {}
    tcount = {}
    for rec in eday:
        kinds.setdefault(rec["container"], set()).add(rec["type"])
        tcount[rec["type"]] = tcount.get(rec["type"], 0) + 1
    if len(kinds) != 45 or any(len(s) != 4 for s in kinds.values()):
        E("everyday kinds %d or a kind without four different types" % len(kinds))
    if len(tcount) != 12 or any(c != 15 for c in tcount.values()):
        E("everyday types %s" % tcount)
    vend = by.get("vendor", [])
    if len(vend) != 120 or len({r["type"] for r in vend}) != 120:
        E("vendor count %d" % len(vend))
    for rec in vend:
        if not rec["container"].startswith(rec["type"] + "__"):
            E("%s vendor container" % rec["id"])
    pw = by.get("password", [])
    if not 95 <= len({r["type"] for r in pw}) <= 120 or len(pw) != len({r["type"] for r in pw}):
        E("password syntaxes %d" % len(pw))
    pr = by.get("prose", [])
    if len(pr) != 40 or len({r["container"].split("__")[1] for r in pr}) != 40:
        E("prose count %d" % len(pr))
    if len(ev) != 66:
        E("evasions %d" % len(ev))
    enc_count = {}
    for rec in ev:
        enc_count[rec["encoding"]] = enc_count.get(rec["encoding"], 0) + 1
    if len(enc_count) != 22 or any(c != 3 for c in enc_count.values()):
        E("evasion encodings %s" % enc_count)
    if not 440 <= len(pos) <= 470:
        E("positives %d" % len(pos))
    tsets = {k: {r["type"] for r in v} for k, v in by.items()}
    tsets["evasion"] = {r["type"] for r in ev}
    ks = sorted(tsets)
    for i in range(len(ks)):
        for j in range(i + 1, len(ks)):
            if tsets[ks[i]] & tsets[ks[j]]:
                E("span types shared between %s and %s" % (ks[i], ks[j]))
    non_every = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in ev]
    if len(non_every) != len(set(non_every)):
        E("non-everyday containers not unique")
    return errs
