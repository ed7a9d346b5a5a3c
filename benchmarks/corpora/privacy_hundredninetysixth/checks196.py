"""All checks run by build.py before anything is written.  check(data, deny) -> list of error strings."""
import base64
import binascii
import hashlib
import json
import re
import struct
from collections import Counter

from common196 import (MARK, PREFIX, PW_RE, PW_STRICT_RE, crc16_ccitt_false, damm_ok, gs1_digit, iban_ok, denied)
import dec196
import everyday196
import negatives196
import positional196
import prose196
import vendor196
from enc196 import ENCODINGS

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
SPAN_FIELDS = ["value", "start", "end", "type"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN_FIELDS = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

UUID_RE = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+")

VENDOR_RE = {
    "square_production_access_token": r"EAAA[\w-]{60}",
    "stripe_restricted_live_key": r"rk_live_51[A-Za-z0-9]{88}",
    "chargebee_live_api_key": r"live_[A-Za-z0-9]{34}",
    "paypal_rest_client_secret": r"E[\w-]{79}",
    "mollie_live_api_key": r"live_[A-Za-z0-9]{30}",
    "microsoft_graph_app_client_secret": r"[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_~.-]{34}",
    "google_workspace_oauth_client_secret": r"GOCSPX-[\w-]{28}",
    "nylas_v3_api_key": r"nyk_v0_[A-Za-z0-9]{49}",
    "cal_com_api_key": r"cal_live_[0-9a-f]{32}",
    "sendgrid_mail_send_api_key": r"SG\.[\w-]{22}\.[\w-]{43}",
    "whatsapp_cloud_system_user_token": r"EAAG[A-Za-z0-9]{180}",
    "slack_app_level_token": r"xapp-1-A[A-Z0-9]{10}-\d{13}-[0-9a-f]{64}",
    "microsoft_teams_incoming_webhook_url": r"https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}",
    "discord_channel_webhook_url": r"https://discord\.com/api/webhooks/\d{19}/[\w-]{68}",
    "openai_service_account_key": r"sk-svcacct-[\w-]{74}T3BlbkFJ[\w-]{74}",
    "anthropic_admin_api_key": r"sk-ant-admin01-[\w-]{93}AA",
    "elevenlabs_api_key": r"sk_[0-9a-f]{48}",
    "openrouter_api_key": r"sk-or-v1-[0-9a-f]{64}",
    "github_app_installation_token": r"ghs_[A-Za-z0-9]{36}",
    "gitlab_deploy_token": r"gldt-[\w-]{20}",
    "gitlab_runner_auth_token": r"glrt-[\w-]{20}",
    "npm_granular_access_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_project_upload_token": r"pypi-AgEIcHlwaS5vcmc[\w-]{140}",
    "docker_hub_personal_access_token": r"dckr_pat_[\w-]{27}",
    "terraform_cloud_team_token": r"[A-Za-z0-9]{14}\.atlasv1\.[\w-]{67}",
    "vault_service_token": r"hvs\.[\w-]{95}",
    "doppler_service_token": r"dp\.st\.prd\.[A-Za-z0-9]{40}",
    "grafana_service_account_token": r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}",
    "new_relic_user_api_key": r"NRAK-[A-Z0-9]{27}",
    "cloudflare_origin_ca_key": r"v1\.0-[0-9a-f]{24}-[0-9a-f]{146}",
    "firebase_fcm_legacy_server_key": r"AAAA[\w-]{7}:APA91b[\w-]{134}",
    "supabase_personal_access_token": r"sbp_[0-9a-f]{40}",
    "planetscale_branch_password": r"pscale_pw_[\w-]{43}",
    "posthog_personal_api_key": r"phx_[A-Za-z0-9]{43}",
    "launchdarkly_server_sdk_key": r"sdk-[0-9a-f-]{36}",
    "contentful_management_token": r"CFPAT-[\w-]{43}",
    "clickup_personal_api_token": r"pk_\d{8}_[A-Z0-9]{32}",
    "asana_personal_access_token": r"2/\d{16}/\d{16}:[0-9a-f]{32}",
    "trello_api_token": r"ATTA[0-9a-f]{64}[0-9A-F]{8}",
    "okta_api_token": r"00[\w-]{40}",
    "tailscale_auth_key": r"tskey-auth-[A-Za-z0-9]{12}CNTRL-[A-Za-z0-9]{32}",
    "eventbrite_private_oauth_token": r"[A-Z0-9]{20}",
    "meraki_dashboard_api_key": r"[0-9a-f]{40}",
    "algolia_admin_api_key": r"[0-9a-f]{32}",
    "braintree_private_key": r"[0-9a-f]{32}",
    "aws_ses_smtp_credential_password": r"B[A-Za-z0-9+/]{43}",
    "aws_iam_user_secret_access_key": r"[A-Za-z0-9+/]{40}",
}


def _b64d(s):
    return base64.b64decode(s + "=" * (-len(s) % 4), altchars=b"-_") if ("-" in s or "_" in s) else base64.b64decode(s + "=" * (-len(s) % 4))


def _jwt_ok(tok):
    try:
        h, p, sgn = tok.split(".")
        json.loads(_b64d(h))
        json.loads(_b64d(p))
        return True
    except Exception:
        return False


def check(data, deny):
    errs = []
    E = errs.append
    pos, evs, negs = data["secrets"], data["evasions"], data["negatives"]
    hidden = data["meta"]["hidden"]

    # ------------------------------------------------------------ structure
    for recs, kind, fields, sfields in ((pos, "s", POS_FIELDS, SPAN_FIELDS), (evs, "e", EV_FIELDS, EV_SPAN_FIELDS),
                                         (negs, "n", NEG_FIELDS, None)):
        for i, r in enumerate(recs, 1):
            want = "%s-%s-%04d" % (PREFIX, kind, i)
            if r.get("id") != want:
                E("id %r should be %s" % (r.get("id"), want))
            if list(r.keys()) != fields:
                E("%s: fields %s" % (r.get("id"), list(r.keys())))
            if sfields is None:
                continue
            sp = r.get("secrets", [])
            if len(sp) != 1:
                E("%s: %d spans" % (r.get("id"), len(sp)))
                continue
            s = sp[0]
            if list(s.keys()) != sfields:
                E("%s: span fields %s" % (r["id"], list(s.keys())))
            t = r["text"]
            if t[s["start"]:s["end"]] != s["value"]:
                E("%s: span does not re-slice" % r["id"])
            if not s["value"] or s["value"] != s["value"].strip():
                E("%s: empty or edge-whitespace value" % r["id"])
            if r["type"] != s["type"]:
                E("%s: record type != span type" % r["id"])
            if t.count(s["value"]) != 1:
                E("%s: value occurs %d times in its text" % (r["id"], t.count(s["value"])))
    alltexts = [(r["id"], r["text"]) for r in pos + evs + negs]
    for rid, t in alltexts:
        if MARK in t or "\0" in t or "PRIVATE KEY" in t:
            E("%s: slot marker, NUL or PRIVATE KEY in text" % rid)

    # ------------------------------------------------------------ reuse / leakage
    vals = [(r["id"], r["secrets"][0]["value"]) for r in pos + evs if r.get("secrets")]
    c = Counter(v for _, v in vals)
    for v, n in c.items():
        if n > 1:
            E("value reused %d times: %s" % (n, v[:30]))
    secret_strings = [v for _, v in vals] + [r["secrets"][0]["plain"] for r in evs if r.get("secrets")] + list(hidden)
    big = "\n\x01\n".join(t for _, t in alltexts)
    for v in secret_strings:
        if big.count(v) > (1 if v in c else 0):
            E("value / plain / hidden password appears in another text: %s" % v[:30])
    for r in negs:
        for v in secret_strings:
            if v in r["text"]:
                E("%s: negative contains a positive value %s" % (r["id"], v[:20]))
    for r in pos + evs:
        if r["source"] in ("password", "prose", "evasion"):
            for v in hidden + [e["secrets"][0]["plain"] for e in evs if e.get("secrets")]:
                if v in r["text"]:
                    E("%s: hidden password or evasion plain visible" % r["id"])

    # ------------------------------------------------------------ shapes
    for rid, t in alltexts:
        for u in UUID_RE.findall(t):
            if u[14] != "4" or u[19].lower() not in "89ab":
                E("%s: UUID not version 4: %s" % (rid, u))
    for r in pos:
        for tok in JWT_RE.findall(r["text"]):
            if not _jwt_ok(tok):
                E("%s: JWT-shaped string without base64url JSON" % r["id"])
    pw_vendor = {v[0] for v in vendor196.VENDORS if v[2] is vendor196._pw}
    for r in pos:
        s = r["secrets"][0]
        v, typ = s["value"], s["type"]
        if r["source"] == "everyday":
            if typ in everyday196.PW_TYPES and not PW_RE.match(v):
                E("%s: everyday password shape %s" % (r["id"], v))
            if typ == "room_display_panel_jwt":
                try:
                    h, p, sg = v.split(".")
                    if json.loads(_b64d(h))["alg"] != "HS512" or len(_b64d(sg)) != 64:
                        E("%s: room display JWT not HS512" % r["id"])
                except Exception:
                    E("%s: room display JWT malformed" % r["id"])
            if typ == "day_pass_qr_hmac_key" and not re.fullmatch(r"[0-9a-f]{64}", v):
                E("%s: day-pass key shape" % r["id"])
            if typ == "package_locker_api_token":
                m = re.fullmatch(r"plk_([0-9A-Za-z]{40})_([0-9a-f]{4})", v)
                if not m or int(m.group(2), 16) != crc16_ccitt_false(m.group(1).encode()):
                    E("%s: plk_ CRC-16 broken" % r["id"])
            if typ == "booking_webhook_signing_secret":
                if not (v.startswith("bkwh_") and len(v) == 37 and len(_b64d(v[5:])) == 24):
                    E("%s: bkwh_ layout" % r["id"])
            if typ == "mail_scan_archive_encryption_key":
                try:
                    if len(base64.b64decode(v, validate=True)) != 32:
                        E("%s: mail-scan key not 32 bytes" % r["id"])
                except binascii.Error:
                    E("%s: mail-scan key not Base64" % r["id"])
            if typ == "catering_order_api_token":
                if not (v.startswith("ctr1.") and len(v) == 69 and len(_b64d(v[5:])) == 48):
                    E("%s: ctr1. layout" % r["id"])
        elif r["source"] == "vendor":
            if typ in pw_vendor and not PW_RE.match(v):
                E("%s: vendor password shape" % r["id"])
            if typ in VENDOR_RE and not re.fullmatch(VENDOR_RE[typ], v):
                E("%s: vendor shape %s" % (r["id"], typ))
            if typ == "sentry_org_auth_token":
                body = v[len("sntrys_"):].rsplit("_", 1)[0]
                try:
                    json.loads(_b64d(body))
                except Exception:
                    E("%s: sentry org token JSON" % r["id"])
            if typ == "onepassword_service_account_token":
                try:
                    json.loads(_b64d(v[4:]))
                except Exception:
                    E("%s: ops_ token JSON" % r["id"])
        elif r["source"] == "password":
            syn = typ[len(positional196.PFX):]
            if syn in positional196.B64_SYNTAXES:
                raw = base64.b64decode(v).decode()
                if syn.startswith("docker"):
                    u, _, p = raw.partition(":")
                else:
                    parts = raw.split("\0")
                    p = parts[2] if len(parts) == 3 and parts[0] == "" else ""
                if not PW_STRICT_RE.match(p) or p not in hidden:
                    E("%s: Base64 span hides a bad password" % r["id"])
            elif not PW_STRICT_RE.match(v):
                E("%s: positional password shape" % r["id"])
            if syn == "print_release_station_fixed_width_cols_21_to_40":
                line = r["text"].split("\n")[1]
                if line[20:40].strip() != v:
                    E("%s: fixed-width columns" % r["id"])
        elif r["source"] == "prose":
            if not PW_STRICT_RE.match(v):
                E("%s: prose password shape" % r["id"])
            t = r["text"]
            if t[s["start"] - 1:s["start"]] != " " or t[s["end"]:s["end"] + 1] != " ":
                E("%s: prose value not set off by spaces" % r["id"])

    # ------------------------------------------------------------ evasions
    for r in evs:
        if not r.get("secrets"):
            continue
        s = r["secrets"][0]
        if r["encoding"] != s.get("encoding"):
            E("%s: record / span encoding differ" % r["id"])
        if r["container"].split("__")[0] != r["encoding"]:
            E("%s: container does not start with its encoding" % r["id"])
        try:
            if dec196.decode(s["encoding"], s["value"]) != s["plain"]:
                E("%s: evasion does not decode to its plain" % r["id"])
        except Exception as ex:
            E("%s: decoder error %s" % (r["id"], ex))
        t = r["text"]
        if t[s["start"] - 2:s["start"]] != ":\n" or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip():
            E("%s: evasion layout" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]) or s["plain"] in s["value"]:
            E("%s: evasion plain alphabet or plain inside run" % r["id"])
        if r["type"] == "cowork_evasion_reception_pc_password" and not PW_STRICT_RE.match(s["plain"]):
            E("%s: evasion password shape" % r["id"])
    ec = Counter(r["encoding"] for r in evs)
    if len(ec) != 22 or any(n != 3 for n in ec.values()) or len(evs) != 66:
        E("evasions: want 22 encodings x 3, got %d records / %d encodings" % (len(evs), len(ec)))

    # ------------------------------------------------------------ negatives
    if len({r["text"] for r in negs}) != len(negs):
        E("negatives: duplicate texts")
    ncls = Counter(r["class"] for r in negs)
    if len(ncls) < 16 or len(negs) < 180:
        E("negatives: %d classes / %d records" % (len(ncls), len(negs)))
    for r in negs:
        if r["source"] != "negative":
            E("%s: source" % r["id"])
        t = r["text"]
        if r["class"] == "day_pass_numbers_damm_check":
            for m in re.findall(r"(?:Pass no\. |pass=)(\d{10})", t):
                if not damm_ok(m):
                    E("%s: Damm check" % r["id"])
        if r["class"] == "room_booking_refs_iso7064_mod97":
            for a, b in re.findall(r"RB-(\d{12})-(\d{2})", t):
                if int(a + b) % 97 != 1:
                    E("%s: MOD 97-10 check" % r["id"])
        if r["class"] == "iban_and_vat_ids_on_hire_invoices":
            for ib in re.findall(r"\b(GB\d{2}COWK\d{14})\b", t):
                if not iban_ok(ib):
                    E("%s: IBAN check" % r["id"])
        if r["class"] == "courier_tracking_numbers_mod10":
            for tn in re.findall(r"\b(92\d{20})\b", t):
                if gs1_digit(tn[:-1]) != tn[-1]:
                    E("%s: tracking mod-10" % r["id"])
        if r["class"] == "door_fob_wiegand_card_numbers":
            for fc, card, raw in re.findall(r"fc=(\d+) card=(\d+) raw=0x([0-9A-F]{7})", t) + \
                    re.findall(r"26-bit H10301,(\d+),(\d+),([0-9A-F]{7})", t):
                if not negatives196.wiegand_ok(int(raw, 16), int(fc), int(card)):
                    E("%s: Wiegand parity" % r["id"])
        if r["class"] == "ssh_public_keys_and_host_fingerprints":
            for k in re.findall(r"ssh-ed25519 ([A-Za-z0-9+/=]+)", t):
                blob = base64.b64decode(k)
                if blob[:15] != struct.pack(">I", 11) + b"ssh-ed25519" or len(blob) != 51:
                    E("%s: ssh blob" % r["id"])

    # ------------------------------------------------------------ deny-list
    def dn(kind, name):
        if denied(name, deny):
            E("deny-listed %s: %s" % (kind, name))
    for r in pos + evs:
        dn("container", r["container"])
        dn("span type", r["type"])
    for r in negs:
        dn("container", r["container"])
        dn("negative class", r["class"])
    for r in evs:
        dn("encoding", r["encoding"])
    for r in pos:
        if r["source"] == "password":
            syn = r["type"][len(positional196.PFX):]
            dn("syntax", syn)
            if syn.lower() in deny["_syn_set"]:
                E("earlier positional syntax: %s" % syn)
    langs = {l[0]: l for l in prose196.LANGS + prose196.SPARES}
    for r in pos:
        if r["source"] == "prose":
            code = r["container"].split("__")[-1]
            l = langs.get(code)
            if code in deny["language_codes"] or code in deny["_names_set"]:
                E("deny-listed language code %s" % code)
            if l is None:
                E("unknown language %s" % code)
                continue
            for w in [l[1].lower()] + l[1].lower().split():
                if w in deny["language_names"]:
                    E("deny-listed language name %s" % w)

    # ------------------------------------------------------------ counts
    src = Counter(r["source"] for r in pos)
    if src["everyday"] != 180:
        E("everyday count %d" % src["everyday"])
    ev = [r for r in pos if r["source"] == "everyday"]
    kinds = Counter(r["container"] for r in ev)
    types = Counter(r["type"] for r in ev)
    if len(kinds) != 45 or any(n != 4 for n in kinds.values()):
        E("everyday kinds: %d" % len(kinds))
    if len(types) != 12 or any(n != 15 for n in types.values()):
        E("everyday types: %s" % dict(types))
    for k in kinds:
        if len({r["type"] for r in ev if r["container"] == k}) != 4:
            E("everyday kind %s does not hold four different types" % k)
    vend = [r for r in pos if r["source"] == "vendor"]
    if len(vend) != 120 or len({r["type"] for r in vend}) != 120:
        E("vendor: %d records / %d types" % (len(vend), len({r["type"] for r in vend})))
    for r in vend:
        if not r["container"].startswith(r["type"] + "__"):
            E("%s: vendor container" % r["id"])
    pw = [r for r in pos if r["source"] == "password"]
    if not 95 <= len({r["type"] for r in pw}) <= 120 or len(pw) != len({r["type"] for r in pw}):
        E("password syntaxes: %d" % len(pw))
    pr = [r for r in pos if r["source"] == "prose"]
    if len(pr) != 40 or len({r["container"].split("__")[-1] for r in pr}) != 40:
        E("prose: %d records" % len(pr))
    if not 440 <= len(pos) <= 470:
        E("positives total %d" % len(pos))
    by_src = {}
    for r in pos:
        by_src.setdefault(r["source"], set()).add(r["type"])
    srcs = list(by_src)
    for i in range(len(srcs)):
        for j in range(i + 1, len(srcs)):
            if by_src[srcs[i]] & by_src[srcs[j]]:
                E("span types shared between %s and %s" % (srcs[i], srcs[j]))
    ne = [r["container"] for r in pos if r["source"] != "everyday"] + [r["container"] for r in evs]
    if len(ne) != len(set(ne)):
        E("non-everyday containers not unique")
    return errs
