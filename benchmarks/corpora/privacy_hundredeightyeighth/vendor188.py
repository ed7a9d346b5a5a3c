"""Vendor source: 120 vendor credential types used by bingo / raffle / charitable-gaming developers."""
import base64
import hashlib
import hmac
import json
import random
import re
import zlib

from common188 import (ALNUM, B62, B64STD, B64URL, DIGITS, HEXL, HEXU, LOWER, LOWER_ALNUM, UPPER,
                       UPPER_ALNUM, b64, b64url, b64url_json, chars, crc32_b62, jwt_hs, key_name,
                       password, pos_record, rbytes, render, uuid4)

SEED = 18802


def c(alph, n, prefix="", suffix=""):
    return lambda r: prefix + chars(r, alph, n) + suffix


def hexl(n, prefix=""):
    return c(HEXL, n, prefix)


def u4(r):
    return uuid4(r)


def _gh(prefix):
    def g(r):
        body = chars(r, B62, 30)
        return prefix + body + crc32_b62(body)
    return g


def _npm(r):
    body = chars(r, B62, 30)
    return "npm_" + body + crc32_b62(body)


def _glsa(r):
    body = chars(r, ALNUM, 32)
    return "glsa_" + body + "_" + "%08x" % (zlib.crc32(body.encode()) & 0xFFFFFFFF)


def _glc(r):
    obj = {"o": str(r.randint(100000, 9999999)), "n": "stack-%d-hall-ops-%s" % (r.randint(100000, 999999), chars(r, LOWER, 5)),
           "k": chars(r, ALNUM, 24), "m": {"r": r.choice(["prod-eu-west-2", "prod-gb-south-0", "prod-us-east-0"])}}
    return "glc_" + b64(json.dumps(obj, separators=(",", ":")).encode())


def _sntrys(r):
    obj = {"iat": 1730000000 + r.randrange(30000000), "url": "https://sentry.io",
           "region_url": r.choice(["https://de.sentry.io", "https://us.sentry.io"]), "org": "hall-" + chars(r, LOWER, 6)}
    return "sntrys_" + b64(json.dumps(obj, separators=(",", ":")).encode()).rstrip("=") + "_" + chars(r, B64STD, 43)


def _ops(r):
    obj = {"signInAddress": "hall-%s.1password.eu" % chars(r, LOWER, 5),
           "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64url(rbytes(r, 16))},
           "email": chars(r, LOWER_ALNUM, 13) + "@1passwordserviceaccounts.eu", "srpX": rbytes(r, 32).hex(),
           "muk": {"alg": "A256GCM", "ext": True, "k": b64url(rbytes(r, 32)), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
           "secretKey": "A3-%s-%s-%s-%s-%s" % (chars(r, UPPER_ALNUM, 6), chars(r, UPPER_ALNUM, 6), chars(r, UPPER_ALNUM, 5), chars(r, UPPER_ALNUM, 5), chars(r, UPPER_ALNUM, 5)),
           "deviceUuid": chars(r, LOWER_ALNUM, 26)}
    return "ops_" + b64(json.dumps(obj, separators=(",", ":")).encode())


def _mapbox_sk(r):
    return "sk." + b64url_json({"u": "hallmaps" + chars(r, LOWER, 3), "a": "cl" + chars(r, LOWER_ALNUM, 23)}) + "." + chars(r, B64URL, 22)


def _syt(r):
    user = "hallbot" + chars(r, LOWER, 4)
    body = "syt_" + b64url(user.encode()) + "_" + chars(r, ALNUM, 20)
    return body + "_" + crc32_b62(body)


def _pypi(r):
    raw = b"\x02\x01\x08pypi.org\x02\x25\x00\x01\x02\x1e" + rbytes(r, 70)
    s = b64url(raw)
    assert s.startswith("AgEIcHlwaS5vcmc")
    return "pypi-" + s


def _reftkn(r):
    while True:
        s = b64(("reftkn:01:%010d:%s" % (r.randrange(10 ** 10), chars(r, ALNUM, 27))).encode())
        if re.fullmatch(r"cmVmd[A-Za-z0-9]{59}", s):
            return s


def _hvs(r):
    raw = bytes([0x08, 0x01, 0x12, 0x20]) + rbytes(r, 32) + bytes([0x1A, 0x1E, 0x0A, 0x1C]) + b"hvs." + chars(r, ALNUM, 24).encode()
    return "hvs." + b64url(raw)


def _ses(r):
    return b64(bytes([0x04]) + rbytes(r, 32))


def _calendly(r):
    h = b64url_json({"kid": rbytes(r, 32).hex(), "typ": "PAT", "alg": "ES256"})
    iat = 1730000000 + r.randrange(30000000)
    p = b64url_json({"iss": "https://auth.calendly.com", "iat": iat, "jti": uuid4(r), "user_uuid": uuid4(r)})
    return h + "." + p + "." + b64url(rbytes(r, 64))


def _monday(r):
    iat = 1730000000 + r.randrange(30000000)
    return jwt_hs(r, "HS256", {"tid": r.randint(300000000, 499999999), "aai": 11, "uid": r.randint(40000000, 79999999),
                               "iad": "2025-%02d-%02dT10:%02d:00.000Z" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 59)),
                               "per": "me:write", "actid": r.randint(10000000, 29999999), "rgn": "euc1"})


def _azure_secret(r):
    return chars(r, ALNUM, 3) + r.choice(DIGITS) + "Q~" + chars(r, ALNUM + "_~.-", 34)


def _xoxp(r):
    return "xoxp-%s-%s-%s-%s" % (chars(r, DIGITS, 12), chars(r, DIGITS, 13), chars(r, DIGITS, 13), chars(r, HEXL, 32))


def _xapp(r):
    return "xapp-1-A0%s-%s-%s" % (chars(r, UPPER_ALNUM, 9), chars(r, DIGITS, 13), chars(r, HEXL, 64))


def _discord_hook(r):
    return "https://discord.com/api/webhooks/%s/%s" % (chars(r, DIGITS, 19), chars(r, B64URL, 68))


def _teams_hook(r):
    return "https://hallops.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (uuid4(r), uuid4(r), chars(r, HEXL, 32), uuid4(r))


def _fcm(r):
    return "AAAA" + chars(r, B64URL, 7) + ":APA91b" + chars(r, B64URL, 134)


def _tg(r):
    return chars(r, DIGITS, 10) + ":AA" + chars(r, B64URL, 33)


def _tailscale(r):
    return "tskey-auth-k" + chars(r, ALNUM, 10) + "CNTRL-" + chars(r, ALNUM, 33)


def _ngrok(r):
    return "2" + chars(r, ALNUM, 26) + "_" + chars(r, ALNUM, 21)


def _stripe_rk(r):
    return "rk_live_51" + chars(r, ALNUM, 97)


def _asana(r):
    return "2/%s/%s:%s" % (chars(r, DIGITS, 16), chars(r, DIGITS, 16), chars(r, HEXL, 32))


def _givebutter(r):
    return "%d|%s" % (r.randint(1000, 99999), chars(r, ALNUM, 40))


# helpers for public neighbours
def email(r, dom):
    return "%s.%s@%s" % (r.choice(["treasurer", "ops", "raffle", "bingo", "it"]), chars(r, LOWER, 4), dom)


N = lambda words, gen, desc: (words, gen, desc)

# (type, shape-class, generator, shape text, neighbour or None)
#   shape-class: known (read this session in the public gitleaks rule file), believed, guessed, password
VENDORS = [
    # --- raffle, bingo, charitable-gaming and fundraising platforms
    ("rafflebox_organization_api_key", "guessed", c(ALNUM, 40), "40 alphanumerics", None),
    ("ascend_raffle_partner_api_secret", "guessed", c(B64URL, 48), "48 base64url",
     N(["ascend", "partner", "id"], lambda r: "asc-%05d" % r.randint(1, 99999), "partner id")),
    ("galabid_event_api_token", "guessed", hexl(32), "32 lower-case hex", None),
    ("rallyup_campaign_api_key", "guessed", u4, "UUIDv4", None),
    ("raffall_promoter_api_key", "guessed", c(ALNUM, 32), "32 alphanumerics", None),
    ("givebutter_account_api_key", "guessed", _givebutter, "account number + `|` + 40 alphanumerics (Sanctum-style)", None),
    ("onecause_integration_client_secret", "guessed", hexl(64), "64 lower-case hex",
     N(["onecause", "client", "id"], lambda r: chars(r, LOWER_ALNUM, 20), "client id")),
    ("givesmart_org_api_token", "guessed", c(ALNUM, 40), "40 alphanumerics", None),
    ("donorbox_org_api_key", "guessed", c(LOWER_ALNUM, 40), "40 lower-case alphanumerics",
     N(["donorbox", "login", "email"], lambda r: email(r, "hallcharity.org.uk"), "login e-mail")),
    ("classy_oauth_client_secret", "guessed", c(ALNUM, 64), "64 alphanumerics",
     N(["classy", "client", "id"], lambda r: chars(r, ALNUM, 16), "client id")),
    ("bloomerang_private_api_key", "guessed", hexl(32), "32 lower-case hex", None),
    ("blackbaud_sky_subscription_key", "believed", hexl(32), "32 lower-case hex (API-gateway subscription key)", None),
    ("neon_crm_org_api_key", "guessed", hexl(32), "32 lower-case hex",
     N(["neon", "org", "id"], lambda r: "hallcharity%d" % r.randint(10, 99), "org id")),
    ("little_green_light_api_key", "guessed", c(ALNUM, 40), "40 alphanumerics", None),
    ("zeffy_org_api_token", "guessed", c(ALNUM, 48), "48 alphanumerics", None),
    ("video_king_bingo_cloud_api_key", "guessed", c(HEXU, 32), "32 upper-case hex", None),
    ("eclipse_gaming_pulltab_vend_token", "guessed", c(B64URL, 43), "43 base64url", None),
    ("pacific_gaming_dispenser_api_key", "guessed", c(UPPER_ALNUM, 24), "24 upper-case alphanumerics", None),
    ("random_org_signed_api_key", "believed", u4, "UUIDv4 (random.org API keys look like UUIDs)", None),
    ("arrow_pulltab_dealer_portal_password", "password", lambda r: password(r), "owner-chosen password",
     N(["arrow", "dealer", "account"], lambda r: "AR%06d" % r.randint(1, 999999), "dealer account")),
    ("bingo_king_paper_order_portal_password", "password", lambda r: password(r), "owner-chosen password",
     N(["bingo", "king", "customer", "number"], lambda r: "%07d" % r.randint(1, 9999999), "customer number")),
    ("planet_bingo_epic_site_password", "password", lambda r: password(r), "owner-chosen password",
     N(["planet", "bingo", "site", "id"], lambda r: "SITE-%04d" % r.randint(1, 9999), "site id")),
    ("gaming_commission_efile_portal_password", "password", lambda r: password(r), "owner-chosen password",
     N(["gaming", "commission", "licence", "number"], lambda r: "CG-%05d-%02d" % (r.randint(1, 99999), r.randint(20, 29)), "licence number")),
    ("ontario_iagco_portal_password", "password", lambda r: password(r), "owner-chosen password",
     N(["iagco", "login", "email"], lambda r: email(r, "hallcharity.ca"), "login e-mail")),
    ("texas_charitable_bingo_efile_password", "password", lambda r: password(r), "owner-chosen password",
     N(["texas", "bingo", "taxpayer", "number"], lambda r: "1%010d" % r.randint(1, 9999999999), "taxpayer number")),
    ("brinks_compusafe_portal_password", "password", lambda r: password(r), "owner-chosen password",
     N(["brinks", "customer", "number"], lambda r: "BK%08d" % r.randint(1, 99999999), "customer number")),
    ("tidel_smart_safe_api_key", "guessed", hexl(32), "32 lower-case hex", None),
    # --- age and identity verification
    ("agechecked_api_secret", "guessed", hexl(40), "40 lower-case hex", None),
    ("trulioo_napi_api_key", "guessed", hexl(32), "32 lower-case hex", None),
    ("jumio_netverify_api_secret", "believed", c(ALNUM, 32), "32 alphanumerics",
     N(["jumio", "api", "token"], u4, "API token (UUIDv4, an identifier)")),
    ("shufti_pro_secret_key", "guessed", c(ALNUM, 64), "64 alphanumerics",
     N(["shufti", "client", "id"], hexl(64), "client id (64 hex, same alphabet family)")),
    ("idenfy_api_secret", "guessed", c(ALNUM, 40), "40 alphanumerics",
     N(["idenfy", "api", "key"], c(ALNUM, 30), "API key (identifier)")),
    ("ondato_oauth_client_secret", "guessed", c(B64URL, 43), "43 base64url",
     N(["ondato", "client", "id"], lambda r: "app.hall-" + chars(r, LOWER, 6), "client id")),
    # --- payments, cash handling, accounting
    ("stripe_restricted_live_key", "known", _stripe_rk, "`rk_live_51` + 97 alphanumerics", None),
    ("square_production_access_token", "known", c(B64URL, 60, "EAAA"), "`EAAA` + 60 base64url", None),
    ("paypal_rest_client_secret", "believed", c(B64URL, 79, "E"), "`E` + 79 base64url",
     N(["paypal", "client", "id"], c(B64URL, 79, "A"), "client id (`A` + 79, public)")),
    ("braintree_gateway_private_key", "believed", hexl(32), "32 lower-case hex",
     N(["braintree", "public", "key"], c(LOWER_ALNUM, 16), "public key (identifier)")),
    ("mollie_live_api_key", "believed", c(ALNUM, 30, "live_"), "`live_` + 30 alphanumerics", None),
    ("moneris_store_api_token", "believed", c(ALNUM, 20), "20 alphanumerics",
     N(["moneris", "store", "id"], lambda r: "monca%05d" % r.randint(1, 99999), "store id")),
    ("nuvei_merchant_secret_key", "guessed", c(ALNUM, 64), "64 alphanumerics",
     N(["nuvei", "merchant", "id"], lambda r: chars(r, DIGITS, 19), "merchant id")),
    ("plaid_production_secret", "known", hexl(30), "30 lower-case hex",
     N(["plaid", "client", "id"], hexl(24), "client id (24 hex)")),
    ("dwolla_application_secret", "believed", c(ALNUM, 50), "50 alphanumerics",
     N(["dwolla", "application", "key"], c(ALNUM, 50), "application key (same shape, identifier)")),
    ("loomis_safepoint_api_secret", "guessed", c(B64URL, 40), "40 base64url", None),
    ("sage_accounting_client_secret", "guessed", c(ALNUM, 40), "40 alphanumerics",
     N(["sage", "client", "id"], lambda r: uuid4(r) + "/" + uuid4(r), "client id")),
    ("freshbooks_app_access_token", "known", c(LOWER_ALNUM, 64), "64 lower-case alphanumerics", None),
    ("zoho_books_refresh_token", "believed", lambda r: "1000." + chars(r, HEXL, 32) + "." + chars(r, HEXL, 32), "`1000.` + 32 hex + `.` + 32 hex", None),
    # --- loyalty, tickets, events
    ("loyaltylion_api_secret", "guessed", hexl(32), "32 lower-case hex",
     N(["loyaltylion", "token"], hexl(32), "token (same shape, identifier)")),
    ("punchh_business_api_key", "guessed", hexl(64), "64 lower-case hex", None),
    ("kangaroo_rewards_access_token", "guessed", c(ALNUM, 40), "40 alphanumerics", None),
    ("passkit_wallet_api_secret", "guessed", c(ALNUM, 48), "48 alphanumerics",
     N(["passkit", "api", "key"], c(ALNUM, 22), "API key (identifier)")),
    ("eventbrite_private_oauth_token", "believed", c(UPPER_ALNUM, 20), "20 upper-case alphanumerics", None),
    ("ticket_tailor_box_office_key", "guessed", lambda r: "sk_%d_%s" % (r.randint(1000, 9999), chars(r, ALNUM, 40)), "`sk_` + 4 digits + `_` + 40 alphanumerics", None),
    # --- messaging
    ("sendgrid_mail_send_api_key", "known", lambda r: "SG." + chars(r, B64URL, 22) + "." + chars(r, B64URL, 43), "`SG.` + 22 + `.` + 43 base64url", None),
    ("vonage_sms_api_secret", "believed", c(ALNUM, 16), "16 alphanumerics",
     N(["vonage", "api", "key"], hexl(8), "API key (8 hex, identifier)")),
    ("plivo_account_auth_token", "believed", c(ALNUM, 40), "40 alphanumerics",
     N(["plivo", "auth", "id"], c(UPPER_ALNUM, 18, "MA"), "auth id `MA…`")),
    ("twilio_api_key_secret", "believed", c(ALNUM, 32), "32 alphanumerics",
     N(["twilio", "api", "key", "sid"], c(HEXL, 32, "SK"), "API key SID `SK…` (identifier)")),
    ("sinch_sms_service_plan_token", "believed", hexl(32), "32 lower-case hex",
     N(["sinch", "service", "plan", "id"], hexl(32), "service plan id (same shape, identifier)")),
    ("postmark_server_api_token", "believed", u4, "UUIDv4", None),
    ("mailjet_api_secret_key", "believed", hexl(32), "32 lower-case hex",
     N(["mailjet", "api", "key"], hexl(32), "API key (same shape, identifier)")),
    ("sparkpost_sending_api_key", "believed", hexl(40), "40 lower-case hex", None),
    ("amazon_ses_smtp_password", "believed", _ses, "Base64 of a version byte 0x04 + 32 bytes (44 characters, starts `B`)",
     N(["ses", "smtp", "username"], c(UPPER_ALNUM, 16, "AKIA"), "SMTP user name `AKIA…` (identifier)")),
    ("onesignal_rest_api_key", "believed", c("abcdefghijklmnopqrstuvwxyz234567", 113, "os_v2_app_"), "`os_v2_app_` + 113 lower-case Base32",
     N(["onesignal", "app", "id"], u4, "app id (UUIDv4, public)")),
    ("firebase_fcm_legacy_server_key", "believed", _fcm, "`AAAA` + 7 + `:APA91b` + 134 base64url", None),
    ("whatsapp_cloud_system_user_token", "believed", c(ALNUM, 190, "EAAG"), "`EAAG` + 190 alphanumerics", None),
    ("facebook_app_secret", "known", hexl(32), "32 lower-case hex",
     N(["facebook", "app", "id"], lambda r: chars(r, "123456789", 1) + chars(r, DIGITS, 14), "app id (15 digits)")),
    ("line_messaging_channel_secret", "believed", hexl(32), "32 lower-case hex", None),
    ("viber_bot_auth_token", "believed", lambda r: "-".join(chars(r, HEXL, 16) for _ in range(3)), "three groups of 16 lower-case hex joined by `-`", None),
    ("slack_user_oauth_token", "known", _xoxp, "`xoxp-` + three numeric groups + 32 hex", None),
    ("slack_app_level_token", "known", _xapp, "`xapp-1-A0…-` + 13 digits + `-` + 64 hex", None),
    ("discord_channel_webhook_url", "believed", _discord_hook, "whole `discord.com/api/webhooks/<id>/<68 base64url>` URL", None),
    ("teams_legacy_incoming_webhook_url", "believed", _teams_hook, "whole `webhook.office.com/webhookb2/…/IncomingWebhook/…` URL", None),
    ("zoom_server_oauth_client_secret", "believed", c(ALNUM, 32), "32 alphanumerics",
     N(["zoom", "client", "id"], c(ALNUM, 22), "client id (public)")),
    ("calendly_personal_access_token", "believed", _calendly, "ES256-style JWT (real base64url JSON, 64 random signature bytes)", None),
    ("jotform_api_key", "believed", hexl(32), "32 lower-case hex", None),
    ("telegram_jackpot_alert_bot_token", "believed", _tg, "bot id + `:AA` + 33 base64url", None),
    ("gotify_application_token", "believed", c(ALNUM + "._-", 14, "A"), "`A` + 14 characters", None),
    ("matrix_synapse_access_token", "believed", _syt, "`syt_` + base64url user + `_` + 20 + `_` + base62 CRC-32", None),
    ("rocket_chat_personal_access_token", "believed", c(B64URL, 43), "43 base64url",
     N(["rocketchat", "user", "id"], c(ALNUM, 17), "user id")),
    # --- AI services (caller voice, chat assistants, transcription)
    ("mistral_platform_api_key", "believed", c(ALNUM, 32), "32 alphanumerics", None),
    ("cohere_production_api_key", "known", c(ALNUM, 40), "40 alphanumerics", None),
    ("deepseek_platform_api_key", "believed", hexl(32, "sk-"), "`sk-` + 32 lower-case hex", None),
    ("openrouter_inference_api_key", "believed", hexl(64, "sk-or-v1-"), "`sk-or-v1-` + 64 lower-case hex", None),
    ("elevenlabs_caller_voice_api_key", "believed", hexl(48, "sk_"), "`sk_` + 48 lower-case hex", None),
    ("assemblyai_transcription_api_key", "believed", hexl(32), "32 lower-case hex", None),
    ("deepgram_project_api_key", "believed", hexl(40), "40 lower-case hex", None),
    ("anthropic_org_admin_api_key", "known", lambda r: "sk-ant-admin01-" + chars(r, B64URL, 93) + "AA", "`sk-ant-admin01-` + 93 base64url + `AA`", None),
    ("xai_console_api_key", "believed", c(ALNUM, 80, "xai-"), "`xai-` + 80 alphanumerics", None),
    ("stability_ai_api_key", "believed", c(ALNUM, 48, "sk-"), "`sk-` + 48 alphanumerics", None),
    # --- developer services
    ("github_oauth_access_token", "known", _gh("gho_"), "`gho_` + 30 base62 + 6-character base62 CRC-32", None),
    ("github_app_installation_token", "known", _gh("ghs_"), "`ghs_` + 30 base62 + 6-character base62 CRC-32", None),
    ("npm_automation_access_token", "known", _npm, "`npm_` + 30 base62 + 6-character base62 CRC-32", None),
    ("pypi_project_upload_token", "known", _pypi, "`pypi-` + base64url macaroon starting `AgEIcHlwaS5vcmc`", None),
    ("docker_hub_personal_access_token", "believed", c(B64URL, 27, "dckr_pat_"), "`dckr_pat_` + 27 base64url", None),
    ("gitlab_project_deploy_token", "known", c(B64URL, 20, "gldt-"), "`gldt-` + 20 base64url",
     N(["gitlab", "deploy", "username"], lambda r: "gitlab+deploy-token-%d" % r.randint(1000, 99999), "deploy user name")),
    ("terraform_cloud_team_token", "known", lambda r: chars(r, LOWER_ALNUM, 14) + ".atlasv1." + chars(r, B64URL, 67), "14 + `.atlasv1.` + 67 base64url", None),
    ("hashicorp_vault_service_token", "known", _hvs, "`hvs.` + base64url of a protobuf-like body (91 characters)", None),
    ("doppler_service_token", "believed", c(ALNUM, 40, "dp.st.prd."), "`dp.st.prd.` + 40 alphanumerics", None),
    ("netlify_personal_access_token", "guessed", c(ALNUM, 36, "nfp_"), "`nfp_` + 36 alphanumerics", None),
    ("rubygems_push_api_key", "known", hexl(48, "rubygems_"), "`rubygems_` + 48 lower-case hex", None),
    ("snyk_service_account_token", "known", u4, "UUIDv4", None),
    ("jfrog_artifactory_reference_token", "known", _reftkn, "Base64 of `reftkn:01:<10 digits>:<27>` (64 characters, starts `cmVmd`)", None),
    ("octopus_deploy_api_key", "known", c(UPPER_ALNUM, 26, "API-"), "`API-` + 26 upper-case alphanumerics", None),
    ("codecov_repository_upload_token", "believed", u4, "UUIDv4", None),
    ("clickup_personal_api_token", "believed", lambda r: "pk_%d_%s" % (r.randint(10000000, 99999999), chars(r, UPPER_ALNUM, 32)), "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics", None),
    ("trello_member_api_token", "guessed", lambda r: "ATTA" + chars(r, HEXL, 64) + chars(r, HEXU, 8), "`ATTA` + 64 hex + 8 upper-case hex",
     N(["trello", "api", "key"], hexl(32), "API key (public half)")),
    ("asana_personal_access_token", "believed", _asana, "`2/` + 16 digits + `/` + 16 digits + `:` + 32 hex", None),
    ("monday_com_api_token", "believed", _monday, "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", None),
    ("launchdarkly_server_sdk_key", "believed", lambda r: "sdk-" + uuid4(r), "`sdk-` + UUIDv4", None),
    # --- ops, observability, infrastructure
    ("new_relic_user_api_key", "known", c(UPPER_ALNUM, 27, "NRAK-"), "`NRAK-` + 27 upper-case alphanumerics", None),
    ("grafana_service_account_token", "known", _glsa, "`glsa_` + 32 alphanumerics + `_` + 8 hex (CRC-32 of the body)", None),
    ("grafana_cloud_access_policy_token", "known", _glc, "`glc_` + Base64 of a real JSON object", None),
    ("pagerduty_rest_api_key", "guessed", lambda r: "u+" + chars(r, B64URL, 18), "`u+` + 18 base64url", None),
    ("opsgenie_api_integration_key", "believed", u4, "UUIDv4", None),
    ("better_stack_uptime_api_token", "guessed", c(ALNUM, 24), "24 alphanumerics", None),
    ("axiom_api_token", "believed", lambda r: "xaat-" + uuid4(r), "`xaat-` + UUIDv4", None),
    ("tailscale_auth_key", "believed", _tailscale, "`tskey-auth-k` + 10 + `CNTRL-` + 33 alphanumerics", None),
    ("ngrok_agent_authtoken", "believed", _ngrok, "`2` + 26 + `_` + 21 alphanumerics", None),
    ("onepassword_service_account_token", "known", _ops, "`ops_` + Base64 of a real JSON object (starts `ops_eyJ`)", None),
    ("hcaptcha_account_secret_key", "believed", hexl(40, "0x"), "`0x` + 40 lower-case hex",
     N(["hcaptcha", "site", "key"], u4, "site key (UUIDv4, public)")),
    ("recaptcha_v3_secret_key", "believed", c(B64URL, 37, "6Le"), "`6Le` + 37 base64url",
     N(["recaptcha", "site", "key"], c(B64URL, 37, "6Lc"), "site key (same shape, public)")),
    ("mapbox_secret_access_token", "believed", _mapbox_sk, "`sk.` + base64url JSON + `.` + 22", None),
    ("shopify_custom_app_access_token", "known", hexl(32, "shpca_"), "`shpca_` + 32 hex", None),
    ("sentry_org_auth_token", "known", _sntrys, "`sntrys_` + Base64 of real JSON with `region_url` + `_` + 43", None),
    ("azure_ad_app_client_secret", "known", _azure_secret, "3 + digit + `Q~` + 34", 
     N(["azure", "client", "id"], u4, "application (client) id (UUIDv4, identifier)")),
    ("google_oauth_web_client_secret", "believed", c(B64URL, 28, "GOCSPX-"), "`GOCSPX-` + 28 base64url",
     N(["google", "client", "id"], lambda r: chars(r, DIGITS, 12) + "-" + chars(r, LOWER_ALNUM, 32) + ".apps.googleusercontent.com", "client id (public)")),
    ("aws_raffle_media_secret_access_key", "believed", c(B64STD, 40), "40 Base64-alphabet characters",
     N(["aws", "access", "key", "id"], c(UPPER_ALNUM, 16, "AKIA"), "access key id (identifier)")),
    ("digitalocean_spaces_secret_key", "believed", c(B64STD, 43), "43 Base64-alphabet characters",
     N(["spaces", "access", "key"], c(UPPER_ALNUM, 16, "DO00"), "access key (identifier)")),
    ("supabase_management_api_token", "believed", hexl(40, "sbp_"), "`sbp_` + 40 lower-case hex", None),
    ("planetscale_branch_password", "known", c(B64URL, 43, "pscale_pw_"), "`pscale_pw_` + 43 base64url",
     N(["planetscale", "username"], c(LOWER_ALNUM, 12), "branch user name")),
    ("prefect_cloud_api_key", "known", c(ALNUM, 36, "pnu_"), "`pnu_` + 36 alphanumerics", None),
    ("databricks_personal_access_token", "known", hexl(32, "dapi"), "`dapi` + 32 lower-case hex", None),
    ("vultr_account_api_key", "believed", c(UPPER_ALNUM, 36), "36 upper-case alphanumerics", None),
    ("fastly_user_api_token", "believed", c(B64URL, 32), "32 base64url", None),
    ("cloudflare_global_api_key", "known", hexl(37), "37 lower-case hex",
     N(["cloudflare", "account", "email"], lambda r: email(r, "hallops.co.uk"), "account e-mail")),
]

STYLES = [
    ("raffle_api_dotenv_local", "upper"),
    ("hall_backend_php_array_config", "snake"),
    ("caller_app_kotlin_object_const", "upper"),
    ("session_svc_cargo_config_env_toml", "upper"),
    ("charity_board_treasurer_email", "spaced"),
    ("bingo_volunteer_whatsapp_paste", "spaced"),
    ("hall_it_keepass_csv_export", "title"),
    ("gaming_ops_vault_kv_put_history", "snake"),
    ("raffle_infra_gcloud_secret_create_history", "kebab"),
    ("jackpot_svc_csharp_appsettings_json", "pascal"),
    ("licence_portal_service_desk_comment", "spaced"),
    ("draw_svc_pydantic_settings_defaults", "snake"),
]


def _style_text(style, k, nk, nv, r):
    """Return a template with {{V}} for the secret; nk/nv is the public neighbour or None."""
    if style == "raffle_api_dotenv_local":
        t = "# .env.local - raffle API (copied from the shared drive)\nAPP_ENV=production\n"
        if nk:
            t += "%s=%s\n" % (nk, nv)
        return t + "%s={{V}}\nQUEUE_DRIVER=redis\n" % k
    if style == "hall_backend_php_array_config":
        t = "<?php\n// config/integrations.php\nreturn [\n    'timeout' => 15,\n"
        if nk:
            t += "    '%s' => '%s',\n" % (nk, nv)
        return t + "    '%s' => '{{V}}',\n];\n" % k
    if style == "caller_app_kotlin_object_const":
        t = "package uk.hall.caller.config\n\nobject VendorKeys {\n"
        if nk:
            t += "    const val %s = \"%s\"\n" % (nk, nv)
        return t + "    const val %s = \"{{V}}\"\n}\n" % k
    if style == "session_svc_cargo_config_env_toml":
        t = "# .cargo/config.toml\n[build]\ntarget-dir = \"target\"\n\n[env]\n"
        if nk:
            t += "%s = \"%s\"\n" % (nk, nv)
        return t + "%s = \"{{V}}\"\n" % k
    if style == "charity_board_treasurer_email":
        t = "Subject: Re: raffle licence renewal and the online sales account\n\nDear all,\n\n"
        if nk:
            t += "The %s is %s and the " % (nk, nv)
        else:
            t += "The "
        return t + "%s is {{V}} - please keep it out of the minutes.\n\nKind regards,\nHelen (Treasurer)\n" % k
    if style == "bingo_volunteer_whatsapp_paste":
        t = "[19:41, %02d/%02d/2025] Tony Caller: ok here's what the vendor sent\n" % (r.randint(1, 28), r.randint(1, 12))
        if nk:
            t += "[19:41] Tony Caller: %s %s\n" % (nk, nv)
        return t + "[19:42] Tony Caller: %s {{V}}\n[19:45] Bev: got it, deleting this now\n" % k
    if style == "hall_it_keepass_csv_export":
        user = nv if nk else "hall-integration"
        return ("\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n"
                "\"Hall/Vendors\",\"%s\",\"%s\",\"{{V}}\",\"https://portal.vendor.example\",\"rotated after audit\"\n" % (k, user))
    if style == "gaming_ops_vault_kv_put_history":
        extra = " %s=%s" % (nk, nv) if nk else ""
        return "  512  vault login -method=oidc\n  513  vault kv put secret/hall/integrations/%s%s %s={{V}}\n  514  history -c\n" % (r.choice(["raffle", "caller", "ledger", "loyalty"]), extra, k)
    if style == "raffle_infra_gcloud_secret_create_history":
        t = "$ gcloud config set project raffle-prod-%d\n" % r.randint(100, 999)
        if nk:
            t += "$ # %s: %s\n" % (nk, nv)
        return t + "$ printf '%%s' '{{V}}' | gcloud secrets create %s --data-file=-\nCreated version [1] of the secret [%s].\n" % (k, k)
    if style == "jackpot_svc_csharp_appsettings_json":
        t = "{\n  \"Integrations\": {\n    \"Vendor\": {\n"
        if nk:
            t += "      \"%s\": \"%s\",\n" % (nk, nv)
        return t + "      \"%s\": \"{{V}}\"\n    }\n  }\n}\n" % k
    if style == "licence_portal_service_desk_comment":
        t = "Request HALLIT-%d - vendor integration down since Friday\n\nInternal note (agent): " % r.randint(1000, 9999)
        if nk:
            t += "%s %s, " % (nk, nv)
        return t + "%s {{V}} - checked in the vendor console, still valid.\n" % k
    if style == "draw_svc_pydantic_settings_defaults":
        t = "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    hall_code: str = \"HALL-%03d\"\n" % r.randint(1, 400)
        if nk:
            t += "    %s: str = \"%s\"\n" % (nk, nv)
        return t + "    %s: str = \"{{V}}\"\n" % k
    raise ValueError(style)


def generate(reg, next_id, count=120):
    rng = random.Random(SEED)
    recs = []
    for i, (name, _cls, gen, _shape, nb) in enumerate(VENDORS[:count]):
        sname, sstyle = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        nk = nv = None
        if nb:
            nk = key_name(nb[0], sstyle)
            nv = reg.draw(lambda: nb[1](rng))
        tmpl = _style_text(sname, key_name(name.split("_"), sstyle), nk, nv, rng)
        text, s, e = render(tmpl, value)
        recs.append(pos_record(next_id(), name, name + "__" + sname, text, s, e, "vendor"))
    return recs

# the least central / most generic candidates form the unused tail (written, not used)
TAIL = ["xai_console_api_key", "stability_ai_api_key", "vultr_account_api_key", "fastly_user_api_token",
        "better_stack_uptime_api_token", "pagerduty_rest_api_key", "launchdarkly_server_sdk_key",
        "asana_personal_access_token", "gotify_application_token", "rocket_chat_personal_access_token",
        "little_green_light_api_key", "zeffy_org_api_token", "kangaroo_rewards_access_token",
        "codecov_repository_upload_token"]
_BY = {v[0]: v for v in VENDORS}
VENDORS = [v for v in VENDORS if v[0] not in TAIL] + [_BY[t] for t in TAIL]
assert [v[0] for v in VENDORS[120:]] == TAIL and len(VENDORS) == 134
