"""Checks run by build.py before anything is written."""
import base64
import binascii
import json
import re
import struct
import zlib

import dec201
from common201 import (MARK, bech32_ok, PW_LOOSE_RE, PW_STRICT_RE, damm_digit, ean13_digit, luhn_ok, name_denied,
                       verhoeff_ok)

POS_FIELDS = ["id", "type", "container", "text", "secrets", "source"]
POS_SPAN = ["value", "start", "end", "type"]
EV_FIELDS = ["id", "type", "container", "encoding", "text", "secrets", "source"]
EV_SPAN = ["value", "start", "end", "type", "plain", "encoding"]
NEG_FIELDS = ["id", "class", "container", "text", "source"]

UUID_RE = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
JWT_RE = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")
SIGLEN = {"HS256": 32, "HS384": 48, "HS512": 64, "RS256": (256, 512), "ES256": 64}

# vendor regular expressions for values whose shape is fixed by the generator
VENDOR_RE = {
    "square_pos_production_access_token": r"EAAA[A-Za-z0-9_-]{60}",
    "shopify_app_shared_secret": r"shpss_[0-9a-f]{32}",
    "shopify_custom_app_access_token": r"shpca_[0-9a-f]{32}",
    "woocommerce_rest_consumer_secret": r"cs_[0-9a-f]{40}",
    "stripe_restricted_live_key": r"rk_live_51[A-Za-z0-9]{97}",
    "mollie_live_api_key": r"live_[A-Za-z0-9]{30}",
    "ebay_production_cert_id": r"PRD-[0-9a-f]{12}(-[0-9a-f]{4}){4}",
    "riot_games_development_api_key": r"RGAPI-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "steam_web_api_key": r"[0-9A-F]{32}",
    "steam_game_server_login_token": r"[0-9A-F]{32}",
    "twitch_broadcast_stream_key": r"live_[0-9]{9}_[A-Za-z0-9]{30}",
    "discord_channel_webhook_url": r"https://discord\.com/api/webhooks/1[0-9]{18}/[A-Za-z0-9_-]{68}",
    "pterodactyl_client_api_key": r"ptlc_[A-Za-z0-9]{43}",
    "tailscale_preauth_key": r"tskey-auth-k[A-Za-z0-9]{10}CNTRL-[A-Za-z0-9]{33}",
    "ngrok_agent_authtoken": r"2[A-Za-z0-9]{26}_[A-Za-z0-9]{21}",
    "cloudflare_origin_ca_key": r"v1\.0-[0-9a-f]{24}-[0-9a-f]{146}",
    "cloudflare_global_api_key": r"[0-9a-f]{37}",
    "hashicorp_vault_service_token": r"hvs\.[A-Za-z0-9_-]{94}",
    "terraform_cloud_team_token": r"[a-z0-9]{14}\.atlasv1\.[A-Za-z0-9_-]{67}",
    "onepassword_service_account_token": r"ops_eyJ[A-Za-z0-9+/]{250,}={0,3}",
    "doppler_service_token": r"dp\.st\.prd\.[A-Za-z0-9]{43}",
    "github_oauth_user_access_token": r"gho_[A-Za-z0-9]{36}",
    "github_app_installation_token": r"ghs_[A-Za-z0-9]{36}",
    "gitlab_runner_authentication_token": r"glrt-[A-Za-z0-9_-]{20}",
    "gitlab_deploy_token": r"gldt-[A-Za-z0-9_-]{20}",
    "bitbucket_repository_access_token": r"ATCTT3xFfGN0[A-Za-z0-9_-]{180}=[0-9A-F]{8}",
    "atlassian_cloud_api_token": r"ATATT3xFfGF0[A-Za-z0-9_-]{180}=[0-9A-F]{8}",
    "npm_automation_access_token": r"npm_[A-Za-z0-9]{36}",
    "pypi_project_upload_token": r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{160}",
    "docker_hub_personal_access_token": r"dckr_pat_[A-Za-z0-9_-]{27}",
    "netlify_personal_access_token": r"nfp_[A-Za-z0-9]{36}",
    "supabase_management_access_token": r"sbp_[0-9a-f]{40}",
    "planetscale_branch_password": r"pscale_pw_[A-Za-z0-9_-]{43}",
    "uploadthing_secret_key": r"sk_live_[0-9a-f]{64}",
    "algolia_admin_api_key": r"[0-9a-f]{32}",
    "firebase_cloud_messaging_server_key": r"AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134}",
    "sendgrid_mail_send_api_key": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}",
    "postmark_server_api_token": r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
    "telnyx_api_v2_key": r"KEY[0-9A-F]{32}_[A-Za-z0-9]{22}",
    "slack_app_level_token": r"xapp-1-A[A-Z0-9]{10}-[0-9]{13}-[0-9a-f]{64}",
    "teams_incoming_webhook_url": r"https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[0-9a-f]{32}/[0-9a-f-]{36}",
    "openai_admin_api_key": r"sk-admin-[A-Za-z0-9_-]{58}T3BlbkFJ[A-Za-z0-9_-]{58}",
    "anthropic_admin_api_key": r"sk-ant-admin01-[A-Za-z0-9_-]{93}AA",
    "deepseek_platform_api_key": r"sk-[0-9a-f]{32}",
    "xai_grok_api_key": r"xai-[A-Za-z0-9]{80}",
    "openrouter_api_key": r"sk-or-v1-[0-9a-f]{64}",
    "elevenlabs_api_key": r"sk_[0-9a-f]{48}",
    "langfuse_secret_key": r"sk-lf-[0-9a-f-]{36}",
    "azure_entra_app_client_secret": r"[A-Za-z0-9]{3}[0-9]Q~[A-Za-z0-9_~.-]{34}",
    "new_relic_user_api_key": r"NRAK-[A-Z0-9]{27}",
    "grafana_service_account_token": r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}",
    "axiom_api_token": r"xaat-[0-9a-f-]{36}",
    "shippo_live_api_token": r"shippo_live_[0-9a-f]{40}",
    "easypost_production_api_key": r"EZAK[A-Za-z0-9]{54}",
    "trello_api_token": r"ATTA[0-9a-f]{64}[0-9A-F]{8}",
    "tito_admin_api_token": r"secret_live_[A-Za-z0-9]{24}",
    "teamspeak_serverquery_admin_secret": r"[A-Za-z0-9]{8}",
}
EVERYDAY_PW = ["game_library_admin_password", "tcg_singles_db_password", "lan_seat_switch_admin_password",
               "cafe_till_manager_password", "organised_play_portal_password", "paint_commission_nas_password"]
VENDOR_PW = ["minecraft_server_rcon_password", "cs2_dedicated_rcon_password", "mumble_murmur_superuser_password",
             "unifi_network_admin_password", "factorio_multiplayer_game_password"]


def b64d(s):
    return base64.b64decode(s + "=" * (-len(s) % 4), validate=True)


def b64ud(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def check_jwt(tok, errs, where):
    h, p, s = tok.split(".")
    try:
        hj = json.loads(b64ud(h))
        json.loads(b64ud(p))
    except Exception:
        errs.append("%s: JWT-shaped string with non-JSON header/payload" % where)
        return None
    alg = hj.get("alg")
    try:
        sig = b64ud(s)
    except (binascii.Error, ValueError):
        errs.append("%s: bad JWT signature encoding" % where)
        return alg
    want = SIGLEN.get(alg)
    if want is None or (isinstance(want, tuple) and len(sig) not in want) or (isinstance(want, int) and len(sig) != want):
        errs.append("%s: JWT signature length %d does not fit %s" % (where, len(sig), alg))
    return alg


def check_value_shape(rec, errs):
    t = rec["type"]
    v = rec["secrets"][0]["value"]
    w = rec["id"]
    if rec["source"] == "everyday":
        if t in EVERYDAY_PW and not PW_LOOSE_RE.match(v):
            errs.append("%s: everyday password shape" % w)
        if t == "table_booking_webhook_secret":
            if not (v.startswith("tbw_") and len(b64ud(v[4:])) == 32 and len(v) == 47):
                errs.append("%s: tbw_ shape" % w)
        if t == "buylist_pricing_api_token":
            body, crc = v[4:36], v[36:]
            if not (v.startswith("bpx_") and len(v) == 44 and "%08x" % (zlib.crc32(body.encode()) & 0xFFFFFFFF) == crc):
                errs.append("%s: bpx_ CRC-32 broken" % w)
        if t == "organised_play_session_jwt":
            if not JWT_RE.fullmatch(v) or check_jwt(v, errs, w) != "HS512":
                errs.append("%s: session token is not an HS512 JWT" % w)
        if t == "loyalty_stamp_hmac_key":
            try:
                if len(b64d(v)) != 32 or len(v) != 44:
                    errs.append("%s: loyalty key not Base64 of 32 bytes" % w)
            except (binascii.Error, ValueError):
                errs.append("%s: loyalty key not Base64" % w)
        if t == "lan_wifi_raw_psk" and not re.fullmatch(r"[0-9a-f]{64}", v):
            errs.append("%s: raw PSK shape" % w)
        if t == "game_server_panel_api_key" and not re.fullmatch(r"gsp_[0-9a-f]{8}\.[0-9A-Za-z]{40}", v):
            errs.append("%s: gsp_ shape" % w)
    elif rec["source"] == "vendor":
        if t in VENDOR_PW and not PW_LOOSE_RE.match(v):
            errs.append("%s: vendor owner password shape" % w)
        if t in VENDOR_RE and not re.fullmatch(VENDOR_RE[t], v):
            errs.append("%s: vendor regex %s" % (w, t))
        if t == "cloudflare_tunnel_run_token":
            try:
                j = json.loads(b64d(v))
                assert set(j) == {"a", "t", "s"} and len(b64d(j["s"])) == 32
            except Exception:
                errs.append("%s: tunnel token JSON" % w)
        if t == "sentry_org_auth_token":
            try:
                mid = v[len("sntrys_"):].rsplit("_", 1)[0]
                j = json.loads(b64d(mid))
                assert {"iat", "url", "region_url", "org"} <= set(j)
            except Exception:
                errs.append("%s: sentry org token JSON" % w)
        if t == "onepassword_service_account_token":
            try:
                json.loads(b64d(v[4:]))
            except Exception:
                errs.append("%s: 1Password token JSON" % w)
        if t == "matrix_homeserver_access_token":
            try:
                b64ud(v.split("_")[1]).decode("ascii")
            except Exception:
                errs.append("%s: matrix localpart" % w)
        if t == "mapbox_secret_access_token":
            try:
                json.loads(b64ud(v.split(".")[1]))
            except Exception:
                errs.append("%s: mapbox sk JSON" % w)
        if t == "wireguard_lan_gateway_private_key":
            k = b64d(v)
            if len(k) != 32 or k[0] & 7 or k[31] & 128 or not k[31] & 64:
                errs.append("%s: wireguard clamping" % w)
        if t in ("monday_com_api_token", "snipe_it_personal_api_token", "mailerlite_api_token") and not JWT_RE.fullmatch(v):
            errs.append("%s: JWT expected" % w)
    elif rec["source"] == "prose":
        if not PW_STRICT_RE.match(v):
            errs.append("%s: prose password shape" % w)


def check_positional(rec, hidden, errs):
    v = rec["secrets"][0]["value"]
    syn = rec["type"][len("meeplepw_"):]
    w = rec["id"]
    if rec["id"] in hidden:
        pw = hidden[rec["id"]]
        if not PW_STRICT_RE.match(pw):
            errs.append("%s: hidden password shape" % w)
        try:
            raw = base64.b64decode(v, validate=True).decode()
        except Exception:
            errs.append("%s: Base64 positional value does not decode" % w)
            return
        if syn == "smtp_auth_plain_initial_response_b64":
            parts = raw.split("\0")
            ok = len(parts) == 3 and parts[0] == "" and parts[2] == pw
        elif syn == "filezilla_sitemanager_base64_element":
            ok = raw == pw
        else:
            ok = raw.endswith(":" + pw) and raw.count(":") == 1
        if not ok:
            errs.append("%s: Base64 positional frame" % w)
    else:
        if not PW_STRICT_RE.match(v):
            errs.append("%s: positional password shape" % w)
    if syn == "judge_tablet_fixed_width_cols_41_to_60":
        line = [l for l in rec["text"].split("\n") if v in l][0]
        if line[40:60].rstrip() != v or len(line) != 60:
            errs.append("%s: fixed-width columns 41-60" % w)


def check_all(secrets, evasions, negatives, meta):
    errs = []
    deny = meta["deny"]
    hidden = meta["hidden"]

    # ---- ids and fields
    for recs, fields, span_fields, pref in ((secrets, POS_FIELDS, POS_SPAN, "p201-s-"), (evasions, EV_FIELDS, EV_SPAN, "p201-e-"),
                                            (negatives, NEG_FIELDS, None, "p201-n-")):
        seen = set()
        for i, r in enumerate(recs):
            if list(r.keys()) != fields:
                errs.append("%s: fields %s" % (r.get("id"), list(r.keys())))
            want = "%s%04d" % (pref, i + 1)
            if r.get("id") != want:
                errs.append("id %s out of sequence (want %s)" % (r.get("id"), want))
            if r.get("id") in seen:
                errs.append("duplicate id %s" % r.get("id"))
            seen.add(r.get("id"))
            if span_fields is not None:
                sp = r.get("secrets", [])
                if len(sp) != 1:
                    errs.append("%s: %d spans" % (r["id"], len(sp)))
                    continue
                s = sp[0]
                if list(s.keys()) != span_fields:
                    errs.append("%s: span fields %s" % (r["id"], list(s.keys())))
                if r["text"][s["start"]:s["end"]] != s["value"] or not s["value"]:
                    errs.append("%s: span does not re-slice" % r["id"])
                if s["value"] != s["value"].strip():
                    errs.append("%s: span edge whitespace" % r["id"])
                if r["type"] != s["type"]:
                    errs.append("%s: record type != span type" % r["id"])
                if r["text"].count(s["value"]) != 1:
                    errs.append("%s: value occurs %d times in its text" % (r["id"], r["text"].count(s["value"])))
            txt = r.get("text", "")
            if MARK in txt or "\x00" in txt or "PRIVATE KEY" in txt:
                errs.append("%s: slot marker, NUL or PRIVATE KEY in text" % r.get("id"))

    positives = secrets + evasions
    values = [r["secrets"][0]["value"] for r in positives if r.get("secrets")]
    if len(set(values)) != len(values):
        errs.append("a value is reused")
    all_texts = [(r["id"], r["text"]) for r in secrets + evasions + negatives]
    for r in positives:
        if not r.get("secrets"):
            continue
        v = r["secrets"][0]["value"]
        for tid, t in all_texts:
            if tid != r["id"] and v in t:
                errs.append("value of %s appears in %s" % (r["id"], tid))
    hidden_like = [(r["id"], r["secrets"][0]["plain"]) for r in evasions if r.get("secrets")] + list(hidden.items())
    for rid, h in hidden_like:
        for tid, t in all_texts:
            if h in t:
                errs.append("plain / hidden password of %s appears in %s" % (rid, tid))

    # ---- shapes
    for r in secrets:
        if not r.get("secrets"):
            continue
        if r["source"] == "password":
            check_positional(r, hidden, errs)
        else:
            check_value_shape(r, errs)
        if r["source"] == "prose":
            s = r["secrets"][0]
            t = r["text"]
            if s["start"] == 0 or not t[s["start"] - 1].isspace() or s["end"] >= len(t) or not t[s["end"]].isspace():
                errs.append("%s: prose value not set off by whitespace" % r["id"])
    for _, t in all_texts:
        for u in UUID_RE.findall(t):
            if u[14] != "4" or u[19].lower() not in "89ab":
                errs.append("UUID-shaped %s is not version 4" % u)
        for j in JWT_RE.findall(t):
            check_jwt(j, errs, "JWT in text")

    # ---- evasions
    encs = {}
    for r in evasions:
        s = r["secrets"][0]
        if r["encoding"] != s["encoding"]:
            errs.append("%s: record and span encoding differ" % r["id"])
        if not r["container"].startswith(r["encoding"] + "__"):
            errs.append("%s: container not <encoding>__<wording>" % r["id"])
        encs.setdefault(r["encoding"], 0)
        encs[r["encoding"]] += 1
        try:
            dec = dec201.decode(r["encoding"], s["value"])
        except Exception as e:  # noqa
            dec = "<%s>" % e
        if dec != s["plain"]:
            errs.append("%s: run does not decode to its plain" % r["id"])
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", s["plain"]):
            errs.append("%s: plain alphabet" % r["id"])
        if s["plain"] in s["value"] or s["plain"] == s["value"]:
            errs.append("%s: run contains its plain" % r["id"])
        t = r["text"]
        if not t[:s["start"]].endswith(":\n") or t[s["end"]:s["end"] + 1] != "\n" or not t[s["end"] + 1:].strip() or "\n" in s["value"]:
            errs.append("%s: evasion layout" % r["id"])
        if r["type"].endswith("back_office_pc_password") and not PW_STRICT_RE.match(s["plain"]):
            errs.append("%s: evasion password plain shape" % r["id"])
    if len(encs) != 22 or any(n != 3 for n in encs.values()) or len(evasions) != 66:
        errs.append("evasions are not 22 x 3")

    # ---- negatives
    if len(negatives) < 180:
        errs.append("fewer than 180 negatives")
    classes = {r["class"] for r in negatives}
    if len(classes) < 16:
        errs.append("fewer than 16 negative classes")
    if len({r["text"] for r in negatives}) != len(negatives):
        errs.append("duplicate negative texts")
    for r in negatives:
        if r["source"] != "negative":
            errs.append("%s: negative source" % r["id"])
        t = r["text"]
        if r["class"] == "loyalty_card_numbers_luhn_checked":
            for n in re.findall(r"\b6337\d{12}\b", t):
                if not luhn_ok(n):
                    errs.append("%s: Luhn digit" % r["id"])
        if r["class"] == "board_game_ean13_barcodes_and_isbns":
            for n in re.findall(r"\b\d{13}\b", t):
                if ean13_digit(n[:12]) != n[12]:
                    errs.append("%s: EAN-13 digit" % r["id"])
        if r["class"] == "convention_badge_numbers_damm_checked":
            for n in re.findall(r"\b\d{8}\b", t):
                if damm_digit(n) != "0":
                    errs.append("%s: Damm digit" % r["id"])
        if r["class"] == "demo_copy_asset_tags_verhoeff_checked":
            for n in re.findall(r"\b42\d{7}\b", t):
                if not verhoeff_ok(n):
                    errs.append("%s: Verhoeff digit" % r["id"])
        if r["class"] == "sops_and_ansible_vault_ciphertext":
            for a in re.findall(r"\bage1[a-z0-9]{58}\b", t):
                if not bech32_ok(a):
                    errs.append("%s: age recipient Bech32 checksum" % r["id"])
        if r["class"] == "ssh_host_fingerprints_and_known_hosts":
            for k in re.findall(r"ssh-ed25519 (\S+)", t):
                blob = b64d(k)
                if blob[:4] != struct.pack(">I", 11) or blob[4:15] != b"ssh-ed25519" or len(blob) != 51:
                    errs.append("%s: ssh-ed25519 wire header" % r["id"])

    # ---- deny list
    def denied(n):
        return name_denied(n, deny)
    for r in secrets + evasions + negatives:
        if denied(r["container"]):
            errs.append("%s: container %s is deny-listed" % (r["id"], r["container"]))
    for r in secrets + evasions:
        if denied(r["type"]):
            errs.append("%s: span type %s is deny-listed" % (r["id"], r["type"]))
    for r in evasions:
        if denied(r["encoding"]):
            errs.append("%s: encoding %s is deny-listed" % (r["id"], r["encoding"]))
    for c in classes:
        if denied(c):
            errs.append("negative class %s is deny-listed" % c)
    syns = set(deny["syntaxes"])
    for r in secrets:
        if r["source"] == "password":
            syn = r["type"][len("meeplepw_"):]
            if syn in syns or denied(syn):
                errs.append("%s: syntax %s is deny-listed" % (r["id"], syn))
    codes, lnames = set(deny["language_codes"]), set(deny["language_names"])
    for code, name in meta["languages"]:
        if code in codes or denied(code) or name.lower() in lnames or any(w in lnames for w in name.lower().split()):
            errs.append("language %s (%s) is deny-listed" % (code, name))

    # ---- counts
    ev = [r for r in secrets if r["source"] == "everyday"]
    ve = [r for r in secrets if r["source"] == "vendor"]
    pw = [r for r in secrets if r["source"] == "password"]
    pr = [r for r in secrets if r["source"] == "prose"]
    if len(ev) != 180:
        errs.append("everyday count %d" % len(ev))
    kinds = {}
    types = {}
    for r in ev:
        kinds.setdefault(r["container"], []).append(r["type"])
        types[r["type"]] = types.get(r["type"], 0) + 1
    if len(kinds) != 45 or any(len(v) != 4 or len(set(v)) != 4 for v in kinds.values()):
        errs.append("everyday kinds are not 45 x 4 different types")
    if len(types) != 12 or any(n != 15 for n in types.values()):
        errs.append("everyday types are not 12 x 15")
    if len(ve) != 120 or len({r["type"] for r in ve}) != 120 or any(not r["container"].startswith(r["type"] + "__") for r in ve):
        errs.append("vendor records are not 120 distinct types in <type>__<style>")
    if not (95 <= len(pw) <= 120) or len({r["type"] for r in pw}) != len(pw):
        errs.append("password syntaxes count %d / not distinct" % len(pw))
    if len(pr) != 40 or len({r["container"].split("__")[1] for r in pr}) != 40:
        errs.append("prose is not 40 records in 40 languages")
    if not (440 <= len(secrets) <= 470):
        errs.append("positives total %d" % len(secrets))
    tsets = [{r["type"] for r in g} for g in (ev, ve, pw, pr, evasions)]
    for i in range(len(tsets)):
        for j in range(i + 1, len(tsets)):
            if tsets[i] & tsets[j]:
                errs.append("span types shared between sources")
    nonev = [r["container"] for r in ve + pw + pr]
    if len(set(nonev)) != len(nonev):
        errs.append("non-everyday containers not unique")
    return errs
