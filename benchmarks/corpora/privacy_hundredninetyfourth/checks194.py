"""All checks the build runs before writing anything. Each returns a list of error strings."""
import base64
import binascii
import hashlib
import json
import re
import zlib

from common194 import (PW_RE, PW_STRICT_RE, PREFIX, crc16_ccitt, base62_int, deny_hits, nmea_checksum)
import dec194
import everyday194
import negatives194
import positional194
import prose194
import vendor194
import evasions194
from enc194 import ENCODINGS

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
EVA_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EVA_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]

UUID_RE = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")

EVERYDAY_PW_TYPES = [t[0] for t in everyday194.TYPES if t[0].endswith("_password")]
VENDOR_PW_TYPES = [v[0] for v in vendor194.V if v[2] == "owner-chosen password"]

# vendor shapes checked by regex (value must fullmatch)
VENDOR_RE = {
    "stripe_restricted_live_key": r"rk_live_51[A-Za-z0-9]{97}",
    "square_rental_counter_access_token": r"EAAA[A-Za-z0-9_-]{60}",
    "square_oauth_application_secret": r"sq0csp-[A-Za-z0-9_-]{43}",
    "mollie_live_api_key": r"live_[A-Za-z0-9]{30}",
    "xendit_production_secret_key": r"xnd_production_[A-Za-z0-9]{60}",
    "paystack_live_secret_key": r"sk_live_[0-9a-f]{40}",
    "flutterwave_live_secret_key": r"FLWSECK-[0-9a-f]{32}-X",
    "mercadopago_access_token": r"APP_USR-\d{16}-\d{6}-[0-9a-f]{32}-\d{9}",
    "midtrans_server_key": r"Mid-server-[A-Za-z0-9_-]{24}",
    "sumup_dive_shop_secret_key": r"sup_sk_[A-Za-z0-9]{32}",
    "shopify_private_app_password": r"shppa_[0-9a-f]{32}",
    "woocommerce_consumer_secret": r"cs_[0-9a-f]{40}",
    "adyen_notification_hmac_key": r"[0-9A-F]{64}",
    "sendgrid_mail_send_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "postmark_server_api_token": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "whatsapp_cloud_api_access_token": r"EAA[A-Za-z0-9]{180}",
    "viber_bot_auth_token": r"[a-z0-9]{16}-[a-z0-9]{16}-[a-z0-9]{16}",
    "firebase_fcm_legacy_server_key": r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}",
    "slack_app_signing_secret": r"[0-9a-f]{32}",
    "slack_app_level_token": r"xapp-1-A[A-Z0-9]{10}-\d{13}-[0-9a-f]{64}",
    "discord_boat_alerts_webhook_url": r"https://discord\.com/api/webhooks/\d{17,19}/[A-Za-z0-9_-]{68}",
    "telegram_departure_bot_token": r"\d{10}:AA[A-Za-z0-9_-]{33}",
    "openai_service_account_key": r"sk-svcacct-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}",
    "anthropic_workspace_api_key": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "deepl_free_auth_key": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}:fx",
    "elevenlabs_api_key": r"sk_[0-9a-f]{48}",
    "openrouter_api_key": r"sk-or-v1-[0-9a-f]{64}",
    "xai_grok_api_key": r"xai-[A-Za-z0-9]{80}",
    "langfuse_secret_key": r"sk-lf-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "github_actions_installation_token": r"ghs_[A-Za-z0-9]{36}",
    "gitlab_runner_authentication_token": r"glrt-[A-Za-z0-9_-]{20}",
    "npm_automation_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_upload_api_token": r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{70}",
    "docker_hub_deploy_pat": r"dckr_pat_[A-Za-z0-9_-]{27}",
    "terraform_cloud_team_token": r"[a-z0-9]{14}\.atlasv1\.[a-z0-9]{67}",
    "doppler_service_token": r"dp\.st\.prd\.[A-Za-z0-9]{40}",
    "new_relic_user_api_key": r"NRAK-[A-Z0-9]{27}",
    "axiom_api_token": r"xaat-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "cloudflare_global_api_key": r"[0-9a-f]{37}",
    "cloudflare_origin_ca_key": r"v1\.0-[0-9a-f]{24}-[0-9a-f]{146}",
    "cloudflare_r2_secret_access_key": r"[0-9a-f]{64}",
    "azure_ad_client_secret": r"[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{34}",
    "tailscale_auth_key": r"tskey-auth-[A-Za-z0-9]{12}CNTRL-[A-Za-z0-9]{33}",
    "planetscale_database_password": r"pscale_pw_[A-Za-z0-9_-]{43}",
    "okta_ssws_api_token": r"00[A-Za-z0-9_-]{40}",
    "moodle_webservice_token": r"[0-9a-f]{32}",
    "suunto_apim_subscription_key": r"[0-9a-f]{32}",
    "openweathermap_onecall_api_key": r"[0-9a-f]{32}",
}


def _b64d(s, urlsafe=False):
    s2 = s + "=" * (-len(s) % 4)
    return base64.urlsafe_b64decode(s2) if urlsafe else base64.b64decode(s2, validate=True)


def check_structure(pos, eva, neg):
    errs = []
    for recs, fields, kind, sfields in ((pos, POS_FIELDS, "s", SPAN_FIELDS), (eva, EVA_FIELDS, "e", EVA_SPAN_FIELDS),
                                        (neg, NEG_FIELDS, "n", None)):
        for i, r in enumerate(recs):
            want = "%s-%s-%04d" % (PREFIX, kind, i + 1)
            if r.get("id") != want:
                errs.append("id %r should be %s" % (r.get("id"), want))
            if list(r.keys()) != fields:
                errs.append("%s: fields %r" % (r.get("id"), list(r.keys())))
                continue
            if "\x00" in r["text"] or "PRIVATE KEY" in r["text"]:
                errs.append("%s: marker / NUL / PRIVATE KEY in text" % r["id"])
            if sfields is None:
                if r["source"] != "negative":
                    errs.append("%s: negative source" % r["id"])
                continue
            if len(r["secrets"]) != 1:
                errs.append("%s: %d spans" % (r["id"], len(r["secrets"])))
                continue
            sp = r["secrets"][0]
            if list(sp.keys()) != sfields:
                errs.append("%s: span fields %r" % (r["id"], list(sp.keys())))
                continue
            v = sp["value"]
            if not v or v != v.strip():
                errs.append("%s: empty or edge-whitespace value" % r["id"])
            if r["text"][sp["start"]:sp["end"]] != v:
                errs.append("%s: span does not re-slice" % r["id"])
            if r["type"] != sp["type"]:
                errs.append("%s: record type != span type" % r["id"])
            if r["text"].count(v) != 1:
                errs.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(v)))
    ids = [r.get("id") for r in pos + eva + neg]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    return errs


def check_values(pos, eva, neg, hidden):
    errs = []
    recs = pos + eva
    vals = [r["secrets"][0]["value"] for r in recs]
    seen = {}
    for r, v in zip(recs, vals):
        if v in seen:
            errs.append("%s: value reused from %s" % (r["id"], seen[v]))
        seen[v] = r["id"]
    alltexts = [(r["id"], r["text"]) for r in recs] + [(r["id"], r["text"]) for r in neg]
    for r, v in zip(recs, vals):
        for tid, t in alltexts:
            if tid != r["id"] and v in t:
                errs.append("%s: value appears in %s" % (r["id"], tid))
    plains = [(r["id"], r["secrets"][0]["plain"]) for r in eva] + [(rid, h) for rid, h in hidden.items()]
    for rid, p in plains:
        for tid, t in alltexts:
            if p in t:
                errs.append("%s: plain / hidden password visible in %s" % (rid, tid))
    return errs


def _jwt_ok(tok, errs, rid, alg=None, siglen=None):
    h, p, s = tok.split(".")
    try:
        hj = json.loads(_b64d(h, True))
        json.loads(_b64d(p, True))
        sig = _b64d(s, True)
    except Exception:
        errs.append("%s: JWT-shaped string does not decode to JSON" % rid)
        return
    if alg and hj.get("alg") != alg:
        errs.append("%s: JWT alg %r" % (rid, hj.get("alg")))
    if siglen and len(sig) != siglen:
        errs.append("%s: JWT signature length %d" % (rid, len(sig)))


def check_shapes(pos, eva, neg, hidden_modes):
    errs = []
    for r in pos + eva + neg:
        for u in UUID_RE.findall(r["text"]):
            if u[14] != "4" or u[19].lower() not in "89ab":
                errs.append("%s: UUID-shaped %s not version 4" % (r["id"], u))
    for r in pos:
        for tok in JWT_RE.findall(r["text"]):
            _jwt_ok(tok, errs, r["id"])
    for r in pos:
        t, v, rid = r["type"], r["secrets"][0]["value"], r["id"]
        if t in EVERYDAY_PW_TYPES or t in VENDOR_PW_TYPES:
            if not PW_RE.match(v):
                errs.append("%s: owner-chosen password shape %r" % (rid, v))
        elif t == "logbook_sync_api_token":
            m = re.fullmatch(r"dlog_([0-9A-Za-z]{32})_([0-9A-F]{4})", v)
            if not m or "%04X" % crc16_ccitt(m.group(1).encode()) != m.group(2):
                errs.append("%s: dlog_ CRC-16 broken" % rid)
        elif t == "dive_computer_upload_hmac_key":
            if not re.fullmatch(r"[0-9a-f]{64}", v):
                errs.append("%s: hmac key shape" % rid)
        elif t == "boat_gps_feed_jwt":
            if not JWT_RE.fullmatch(v):
                errs.append("%s: gps jwt shape" % rid)
            else:
                _jwt_ok(v, errs, rid, "HS512", 64)
        elif t == "marine_weather_webhook_secret":
            try:
                ok = v.startswith("whsec_") and len(_b64d(v[6:])) == 24 and len(v) == 38
            except binascii.Error:
                ok = False
            if not ok:
                errs.append("%s: whsec_ layout" % rid)
        elif t == "waiver_signature_fernet_key":
            try:
                ok = len(v) == 44 and len(base64.urlsafe_b64decode(v)) == 32
            except binascii.Error:
                ok = False
            if not ok:
                errs.append("%s: Fernet key layout" % rid)
        elif t == "course_portal_lti_consumer_secret":
            if not re.fullmatch(r"[A-Za-z0-9]{40}", v):
                errs.append("%s: LTI secret shape" % rid)
        elif t in VENDOR_RE:
            if not re.fullmatch(VENDOR_RE[t], v):
                errs.append("%s: vendor shape %s" % (rid, t))
        elif t == "matrix_synapse_access_token":
            head, crc = v.rsplit("_", 1)
            if base62_int(zlib.crc32(head.encode()) & 0xFFFFFFFF, 6) != crc:
                errs.append("%s: matrix token CRC" % rid)
        elif t == "sentry_org_auth_token":
            mid = v[len("sntrys_"):-44]
            try:
                if not re.fullmatch(r"sntrys_eyJpYXQiO[A-Za-z0-9+/]+={0,2}_[A-Za-z0-9+/]{43}", v):
                    raise ValueError
                json.loads(_b64d(mid))
            except Exception:
                errs.append("%s: sentry org token JSON" % rid)
        elif t in ("grafana_cloud_access_policy_token", "cloudflare_tunnel_token"):
            body = v[4:] if v.startswith("glc_") else v
            try:
                d = json.loads(_b64d(body))
                if t == "cloudflare_tunnel_token" and len(base64.b64decode(d["s"])) != 32:
                    raise ValueError
            except Exception:
                errs.append("%s: %s JSON body" % (rid, t))
        elif t == "mapbox_secret_access_token":
            try:
                json.loads(_b64d(v.split(".")[1], True))
            except Exception:
                errs.append("%s: mapbox sk JSON" % rid)
        elif t.startswith(positional194.TPREFIX):
            mode = hidden_modes.get(rid, "pw")
            if mode == "pw" and not PW_STRICT_RE.match(v):
                errs.append("%s: positional password shape %r" % (rid, v))
        elif t == prose194.TYPE:
            if not PW_STRICT_RE.match(v):
                errs.append("%s: prose password shape" % rid)
            s, e = r["secrets"][0]["start"], r["secrets"][0]["end"]
            if s == 0 or not r["text"][s - 1].isspace() or e >= len(r["text"]) or not r["text"][e].isspace():
                errs.append("%s: prose value not set off by whitespace" % rid)
    # positional special frames
    for r in pos:
        t, v, rid = r["type"], r["secrets"][0]["value"], r["id"]
        if t.endswith("waiver_kiosk_fixed_width_cols_41_to_62"):
            line = r["text"].splitlines()[1]
            if line[40:62].strip() != v or len(line) != 72:
                errs.append("%s: fixed-width columns" % rid)
        if t.endswith("nmea_proprietary_login_sentence_fourth_field"):
            for line in r["text"].splitlines():
                if line.startswith("$"):
                    body, cs = line[1:].split("*")
                    if nmea_checksum(body) != cs:
                        errs.append("%s: NMEA checksum" % rid)
            if r["text"].splitlines()[-1][1:].split("*")[0].split(",")[3] != v:
                errs.append("%s: NMEA field position" % rid)
    return errs


def check_hidden(pos, hidden, hidden_modes):
    errs = []
    byid = {r["id"]: r for r in pos}
    for rid, pw in hidden.items():
        v = byid[rid]["secrets"][0]["value"]
        mode = hidden_modes[rid]
        if not PW_STRICT_RE.match(pw):
            errs.append("%s: hidden password shape" % rid)
        try:
            if mode == "b64_userpw":
                raw = base64.b64decode(v).decode()
                ok = raw.split(":", 1)[1] == pw
            elif mode == "b64_nul":
                raw = base64.b64decode(v).decode()
                ok = raw.startswith("\x00") and raw.split("\x00")[2] == pw
            elif mode == "ss_b64":
                ok = _b64d(v, True).decode() == "chacha20-ietf-poly1305:" + pw
            else:
                ok = False
        except Exception:
            ok = False
        if not ok:
            errs.append("%s: Base64 positional value does not decode to its frame" % rid)
    return errs


def check_evasions(eva):
    errs = []
    wordings = set(evasions194.WORDINGS)
    per = {}
    for r in eva:
        sp = r["secrets"][0]
        rid = r["id"]
        per[r["encoding"]] = per.get(r["encoding"], 0) + 1
        if r["encoding"] != sp["encoding"]:
            errs.append("%s: record / span encoding differ" % rid)
        enc, _, w = r["container"].partition("__")
        if enc != r["encoding"] or w not in wordings:
            errs.append("%s: container %r" % (rid, r["container"]))
        try:
            dec = dec194.decode(sp["encoding"], sp["value"])
        except Exception as ex:
            dec = "<error %s>" % ex
        if dec != sp["plain"]:
            errs.append("%s: run does not decode to plain" % rid)
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", sp["plain"]):
            errs.append("%s: plain alphabet" % rid)
        if sp["plain"] in sp["value"]:
            errs.append("%s: run contains its plain" % rid)
        t = r["text"]
        if not t[:sp["start"]].endswith(":\n") or t[sp["end"]:sp["end"] + 1] != "\n" or not t[sp["end"] + 1:].strip():
            errs.append("%s: evasion text layout" % rid)
        if r["type"] == "dive_evasion_boat_tablet_password" and not PW_STRICT_RE.match(sp["plain"]):
            errs.append("%s: evasion password shape" % rid)
    if len(per) != 22 or any(c != 3 for c in per.values()) or len(eva) != 66:
        errs.append("evasions: want 22 encodings x 3, got %r" % per)
    if set(per) != set(ENCODINGS) and len(per) == 22:
        errs.append("evasions: encodings differ from ENCODINGS")
    return errs


def check_negatives(neg):
    errs = []
    texts = [r["text"] for r in neg]
    if len(set(texts)) != len(texts):
        errs.append("negatives: duplicate texts")
    classes = {}
    for r in neg:
        classes.setdefault(r["class"], []).append(r)
    if len(classes) < 16 or len(neg) < 180:
        errs.append("negatives: %d classes / %d records" % (len(classes), len(neg)))
    for r in classes.get("vessel_mmsi_and_imo_numbers", []):
        for six, d in re.findall(r"(?:IMO |\"imo\": \")(\d{6})(\d)", r["text"]):
            if negatives194.imo_check(six) != d:
                errs.append("%s: IMO check digit" % r["id"])
    for r in classes.get("booking_references_with_damm_check", []) + classes.get("deposit_ibans_with_mod97_check", []):
        for d6, c in re.findall(r"BRD-(\d{6})(\d)", r["text"]):
            if negatives194.damm_digit(d6) != c:
                errs.append("%s: Damm check digit" % r["id"])
    for r in classes.get("deposit_ibans_with_mod97_check", []):
        for ib in re.findall(r"\b((?:DE|NL|GB|FR)\d{2}[A-Z0-9]{12,30})\b", r["text"]):
            if not negatives194.iban_valid(ib):
                errs.append("%s: IBAN mod-97" % r["id"])
    for r in classes.get("nmea_sentences_with_xor_checksums", []):
        for body, cs in re.findall(r"\$([A-Z]{5},[^*\s]*)\*([0-9A-F]{2})", r["text"]):
            if nmea_checksum(body) != cs:
                errs.append("%s: NMEA checksum" % r["id"])
    for r in classes.get("client_side_public_keys_in_dive_apps", []):
        for tok in JWT_RE.findall(r["text"]):
            try:
                if json.loads(_b64d(tok.split(".")[1], True)).get("role") != "anon":
                    errs.append("%s: public JWT is not anon" % r["id"])
            except Exception:
                errs.append("%s: public JWT JSON" % r["id"])
        for m in re.findall(r"pk\.([A-Za-z0-9_-]+)\.", r["text"]):
            try:
                json.loads(_b64d(m, True))
            except Exception:
                errs.append("%s: mapbox pk JSON" % r["id"])
    for r in classes.get("ssh_host_keys_and_fingerprints_public", []):
        for k in re.findall(r"ssh-ed25519 (AAAA[A-Za-z0-9+/=]+)", r["text"]):
            blob = base64.b64decode(k)
            if blob[:15] != b"\x00\x00\x00\x0bssh-ed25519" or len(blob) != 51:
                errs.append("%s: ed25519 blob" % r["id"])
    return errs


def check_deny(pos, eva, neg, deny):
    errs = []
    names = set()
    for r in pos + eva + neg:
        names.add(("container", r["container"]))
    for r in pos + eva:
        names.add(("span type", r["type"]))
    for r in eva:
        names.add(("encoding", r["encoding"]))
    for r in neg:
        names.add(("negative class", r["class"]))
    for what, n in sorted(names):
        h = deny_hits(n, deny)
        if h:
            errs.append("deny-list: %s %r hits %r" % (what, n, h))
    for r in pos:
        if r["source"] == "password":
            syn = r["type"][len(positional194.TPREFIX):]
            if syn in deny["_syntax_set"] or syn in deny["_names_set"]:
                errs.append("deny-list: syntax %r is an earlier syntax / name" % syn)
    lang_names = {c: n for c, n, _, _ in prose194.LANGS}
    for r in pos:
        if r["source"] != "prose":
            continue
        code = r["container"].split("__")[-1]
        name = lang_names.get(code)
        if name is None:
            errs.append("%s: unknown language code %r" % (r["id"], code))
            continue
        if code in deny["_codes_set"] or code in deny["_names_set"]:
            errs.append("deny-list: language code %r" % code)
        words = [name.lower()] + re.findall(r"[^\W\d_]+", name.lower())
        for w in words:
            if w in deny["_lnames_set"]:
                errs.append("deny-list: language name %r (%r)" % (name, w))
    return errs


def check_counts(pos, eva, neg):
    errs = []
    by = {}
    for r in pos:
        by.setdefault(r["source"], []).append(r)
    ev = by.get("everyday", [])
    if len(ev) != 180:
        errs.append("everyday: %d records" % len(ev))
    kinds = {}
    types = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        types[r["type"]] = types.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday: want 45 kinds x 4 different types")
    if len(types) != 12 or any(c != 15 for c in types.values()):
        errs.append("everyday: want 12 types x 15")
    ve = by.get("vendor", [])
    if len(ve) != 120 or len({r["type"] for r in ve}) != 120:
        errs.append("vendor: want 120 distinct types, got %d" % len(ve))
    for r in ve:
        if not r["container"].startswith(r["type"] + "__"):
            errs.append("%s: vendor container" % r["id"])
    pw = by.get("password", [])
    if not 95 <= len(pw) <= 120 or len({r["type"] for r in pw}) != len(pw):
        errs.append("password: want 95-120 distinct syntaxes, got %d" % len(pw))
    pr = by.get("prose", [])
    langs = {r["container"].split("__")[1] for r in pr}
    if len(pr) != 40 or len(langs) != 40:
        errs.append("prose: want 40 records in 40 languages, got %d / %d" % (len(pr), len(langs)))
    if not 440 <= len(pos) <= 470:
        errs.append("positives: %d" % len(pos))
    srcsets = [{r["type"] for r in by.get(s, [])} for s in ("everyday", "vendor", "password", "prose")]
    for i in range(4):
        for j in range(i + 1, 4):
            if srcsets[i] & srcsets[j]:
                errs.append("span types shared between sources")
    ne = [r["container"] for r in pos if r["source"] != "everyday"]
    if len(ne) != len(set(ne)):
        errs.append("non-everyday containers not unique")
    if len(eva) != 66:
        errs.append("evasions: %d" % len(eva))
    return errs


def run_all(pos, eva, neg, hidden, hidden_modes, deny):
    errs = []
    errs += check_structure(pos, eva, neg)
    errs += check_values(pos, eva, neg, hidden)
    try:
        errs += check_shapes(pos, eva, neg, hidden_modes)
    except Exception as ex:  # malformed data must not crash the build silently
        errs.append("shape check crashed: %r" % ex)
    try:
        errs += check_hidden(pos, hidden, hidden_modes)
    except Exception as ex:
        errs.append("hidden check crashed: %r" % ex)
    errs += check_evasions(eva)
    errs += check_negatives(neg)
    errs += check_deny(pos, eva, neg, deny)
    errs += check_counts(pos, eva, neg)
    return errs
