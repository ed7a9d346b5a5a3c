"""Vendor source: 120 vendor credential types used by tailoring / shoe-repair / key-cutting shop developers."""
import base64, hashlib, json, random
from common195 import (rs, rbytes, owner_password, uuid4, b64url, b64, jwt_hs, jwt_random_sig,
                       bech32_encode, style_key, make_record, ALNUM, B62, HEX, LOWALNUM, UPALNUM, B64URL)

SEED = 19502
LOWER = "abcdefghijklmnopqrstuvwxyz"
B64STD = ALNUM + "+/"
UPHEX = "0123456789ABCDEF"


def _pw(r): return owner_password(r)
def _hex(n): return lambda r: rs(r, HEX, n)
def _an(n): return lambda r: rs(r, ALNUM, n)
def _low(n): return lambda r: rs(r, LOWALNUM, n)
def _up(n): return lambda r: rs(r, UPALNUM, n)
def _url(n): return lambda r: rs(r, B64URL, n)
def _pre(p, f): return lambda r: p + f(r)
def _uuid(r): return uuid4(r)


def _discord_bot(r):
    uid = str(r.randrange(10 ** 17, 10 ** 18 * 2))
    return b64url(uid.encode()) + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38)

def _discord_hook(r):
    return "https://discord.com/api/webhooks/%d/%s" % (r.randrange(10 ** 17, 10 ** 18 * 2), rs(r, B64URL, 68))

def _teams_hook(r):
    return ("https://tailorshop.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
            % (uuid4(r), uuid4(r), rs(r, HEX, 32), uuid4(r)))

def _sentry_org(r):
    js = json.dumps({"iat": 1719000000 + r.randrange(5000000) + r.randrange(10 ** 6) / 10 ** 6,
                     "url": "https://sentry.io", "region_url": "https://de.sentry.io",
                     "org": "stitch-and-sole"}, separators=(",", ":"))
    return "sntrys_" + b64(js.encode()) + "_" + rs(r, ALNUM + "+/", 43)

def _pypi(r):
    ident = uuid4(r).replace("-", "").encode()
    cav = json.dumps({"version": 1, "permissions": {"projects": ["tailor-measure"]}}).encode()
    def fld(t, v): return bytes([t, len(v)]) + v
    mac = b"\x02" + fld(1, b"pypi.org") + fld(2, ident) + b"\x00" + fld(2, cav) + b"\x00\x00" + fld(6, rbytes(r, 32))
    return "pypi-" + b64url(mac)

def _age(r): return bech32_encode("age-secret-key-", rbytes(r, 32)).upper()

def _ses_smtp(r): return b64(b"\x04" + rbytes(r, 32))

def _mapbox_sk(r):
    js = json.dumps({"u": "stitchsole", "a": rs(r, LOWALNUM, 25)}, separators=(",", ":"))
    return "sk." + b64url(js.encode()) + "." + rs(r, B64URL, 22)

def _calendly(r):
    return jwt_random_sig(r, "ES256", {"iss": "https://auth.calendly.com", "iat": 1717000000 + r.randrange(9000000),
                                       "jti": uuid4(r), "user_uuid": uuid4(r)},
                          header_extra={"kid": rs(r, HEX, 64)}, typ="PAT")

def _inpost(r):
    return jwt_random_sig(r, "RS256", {"iss": "https://login.inpost.example/auth/realms/external",
                                       "sub": uuid4(r), "typ": "Bearer", "azp": "shipx",
                                       "iat": 1716000000 + r.randrange(9000000)},
                          header_extra={"kid": rs(r, B64URL, 43)}, typ="JWT")

def _wix(r):
    jwt = jwt_random_sig(r, "RS256", {"data": json.dumps({"id": uuid4(r), "identity": {"type": "application", "id": uuid4(r)},
                                                           "tenant": {"type": "account", "id": uuid4(r)}}),
                                      "iat": 1716500000 + r.randrange(9000000)},
                         header_extra={"kid": rs(r, B64URL, 8)}, typ=None)
    return "IST." + jwt

def _monday(r):
    return jwt_hs(r, "HS256", {"tid": r.randrange(10 ** 8, 10 ** 9), "aai": 11, "uid": r.randrange(10 ** 7, 10 ** 8),
                               "iad": "2024-05-%02dT10:11:12.000Z" % r.randrange(1, 29), "per": "me:write",
                               "actid": r.randrange(10 ** 6, 10 ** 7), "rgn": "euc1"})

def _turso(r):
    return jwt_random_sig(r, "EdDSA", {"a": "rw", "iat": 1716000000 + r.randrange(9000000), "id": uuid4(r)}, typ="JWT")

def _intercom(r):
    return b64(("tok:" + uuid4(r).replace("-", "_") + ":1:0").encode())

def _qstash(r):
    return b64(json.dumps({"UserID": uuid4(r), "Password": rs(r, HEX, 32)}, separators=(",", ":")).encode())

def _zoho(r): return "1000." + rs(r, HEX, 32) + "." + rs(r, HEX, 32)
def _asana(r): return "2/%d/%d:%s" % (r.randrange(10 ** 15, 10 ** 16), r.randrange(10 ** 15, 10 ** 16), rs(r, HEX, 32))
def _clickup(r): return "pk_%d_%s" % (r.randrange(10 ** 7, 10 ** 8), rs(r, UPALNUM, 32))
def _entra(r): return rs(r, ALNUM, 3) + str(r.randrange(10)) + "Q~" + rs(r, ALNUM + "_.~-", 34)
def _ghfg(r): return "github_pat_11" + rs(r, UPALNUM, 20) + "_" + rs(r, ALNUM, 59)
def _tfc(r): return rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67)
def _vault(r): return "hvs.CAESI" + rs(r, B64URL, 90)
def _lsmith(r): return "lsv2_pt_" + rs(r, HEX, 32) + "_" + rs(r, HEX, 10)
def _glsa(r): return "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8)
def _postman(r): return "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34)
def _sendgrid(r): return "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)
def _xapp(r): return "xapp-1-A%s-%d-%s" % (rs(r, UPALNUM, 10), r.randrange(10 ** 12, 10 ** 13), rs(r, HEX, 64))
def _trello(r): return "ATTA" + rs(r, HEX, 64) + rs(r, UPHEX, 8)
def _tailscale(r): return "tskey-auth-k" + rs(r, ALNUM, 10) + "CNTRL-" + rs(r, ALNUM, 33)
def _doppler(r): return "dp.st.prd." + rs(r, ALNUM, 43)
def _openai_sa(r): return "sk-svcacct-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)
def _anth(r): return "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"
def _or(r): return "sk-or-v1-" + rs(r, HEX, 64)
def _ds(r): return "sk-" + rs(r, HEX, 32)
def _rk(r): return "rk_live_51" + rs(r, ALNUM, 97)
def _sqsec(r): return "sq0csp-" + rs(r, B64URL, 43)
def _cfo(r): return "v1.0-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 146)
def _cloudinary(r): return "cloudinary://%d:%s@stitch-sole" % (r.randrange(10 ** 14, 10 ** 15), rs(r, B64URL, 27))
def _b2(r): return "K00" + rs(r, ALNUM + "/+", 28)
def _ngrok(r): return "2" + rs(r, ALNUM, 26) + "_" + rs(r, ALNUM, 21)

A = []  # (type, gen, neighbour (words, gen) or None, shape, shape class)
def v(t, g, shape, cls, nb=None):
    A.append((t, g, nb, shape, cls))

# --- key-cutting, transponder, locksmith world (owner-chosen logins and guessed keys)
v("xhorse_app_account_password", _pw, "owner-chosen password", "password", (["xhorse", "app", "account", "email"], lambda r: "keys.counter%d@keyshop.example" % r.randrange(10, 99)))
v("lonsdor_device_account_password", _pw, "owner-chosen password", "password", (["lonsdor", "device", "account", "id"], lambda r: "LD%07d" % r.randrange(10 ** 7)))
v("autel_maxiim_cloud_password", _pw, "owner-chosen password", "password", (["autel", "maxiim", "cloud", "user"], lambda r: "keyshop%d" % r.randrange(100, 999)))
v("instacode_online_login_password", _pw, "owner-chosen password", "password", (["instacode", "online", "login", "user"], lambda r: "hs01counter"))
v("smart_pro_token_portal_password", _pw, "owner-chosen password", "password", (["smart", "pro", "portal", "user"], lambda r: "locksmith.hs%02d" % r.randrange(100)))
v("esendex_account_password", _pw, "owner-chosen password", "password", (["esendex", "account", "reference"], lambda r: "EX%07d" % r.randrange(10 ** 7)))
v("amazon_hub_counter_portal_password", _pw, "owner-chosen password", "password", (["amazon", "hub", "counter", "store", "id"], lambda r: "HUBC-%05d" % r.randrange(10 ** 5)))
v("keynest_partner_portal_password", _pw, "owner-chosen password", "password", (["keynest", "partner", "portal", "email"], lambda r: "drop%d@keyshop.example" % r.randrange(10, 99)))
v("trotec_ruby_cloud_password", _pw, "owner-chosen password", "password", (["trotec", "ruby", "cloud", "user"], lambda r: "engraving.desk%d" % r.randrange(1, 9)))
v("epos_now_backoffice_password", _pw, "owner-chosen password", "password", (["epos", "now", "backoffice", "user"], lambda r: "manager@hs%02d" % r.randrange(100)))
v("keycafe_api_key", _an(40), "40 alphanumerics", "guessed")
v("keynest_api_client_secret", _url(48), "48 base64url", "guessed", (["keynest", "api", "client", "id"], lambda r: "kn_cli_" + rs(r, LOWALNUM, 12)))
v("nuki_web_api_token", _hex(64), "64 lower-case hex", "guessed")
v("igloohome_api_client_secret", _an(48), "48 alphanumerics", "guessed", (["igloohome", "api", "client", "id"], lambda r: rs(r, LOWALNUM, 24)))
v("ttlock_open_platform_client_secret", _hex(32), "32 lower-case hex", "guessed", (["ttlock", "open", "platform", "client", "id"], lambda r: rs(r, HEX, 32)))
v("tapkey_oauth_client_secret", _url(43), "43 base64url", "guessed", (["tapkey", "oauth", "client", "id"], lambda r: "shop-" + rs(r, LOWALNUM, 10)))
v("gravograph_cloud_api_key", _up(32), "32 upper-case alphanumerics", "guessed")
v("xtool_creative_space_token", _url(64), "64 base64url", "guessed")
# --- garment / measurement / repair-shop software
v("threedlook_mobile_tailor_api_key", _hex(40), "40 lower-case hex", "guessed")
v("bold_metrics_client_secret", _an(40), "40 alphanumerics", "guessed", (["bold", "metrics", "client", "id"], lambda r: "bm-" + rs(r, LOWALNUM, 16)))
v("repairshopr_api_key", lambda r: "T" + rs(r, HEX, 32) + "-" + rs(r, HEX, 32), "`T` + 32 hex + `-` + 32 hex", "guessed")
v("repairdesk_api_key", _an(32), "32 alphanumerics", "guessed")
v("orderry_api_key", _hex(32), "32 lower-case hex", "guessed")
v("removebg_api_key", _an(24), "24 alphanumerics", "guessed")
v("photoroom_api_key", lambda r: "sk_pr_" + rs(r, HEX, 40), "`sk_pr_` + 40 lower-case hex", "guessed")
v("cloudinary_api_environment_url", _cloudinary, "`cloudinary://` + 15-digit API key + `:` + 27 base64url secret + `@` cloud name (labelled whole)", "believed")
# --- booking and appointments
v("calendly_personal_access_token", _calendly, "ES256-shaped JWT with `typ` `PAT` and a `kid` (real base64url JSON, random 64-byte signature)", "believed")
v("cal_com_api_key", lambda r: "cal_live_" + rs(r, HEX, 32), "`cal_live_` + 32 lower-case hex", "believed")
v("acuity_scheduling_api_key", _hex(32), "32 lower-case hex", "believed", (["acuity", "user", "id"], lambda r: str(r.randrange(10 ** 7, 10 ** 8))))
v("simplybook_api_secret_key", _hex(64), "64 lower-case hex", "guessed", (["simplybook", "company", "login"], lambda r: "stitchsole"))
v("setmore_refresh_token", _url(64), "64 base64url", "guessed")
v("google_calendar_oauth_client_secret", lambda r: "GOCSPX-" + rs(r, B64URL, 28), "`GOCSPX-` + 28 base64url", "believed", (["google", "calendar", "oauth", "client", "id"], lambda r: "%d-%s.apps.googleusercontent.com" % (r.randrange(10 ** 11, 10 ** 12), rs(r, LOWALNUM, 32))))
v("microsoft_bookings_graph_client_secret", _entra, "3 characters + digit + `Q~` + 34 characters (Entra ID client secret)", "read")
v("zoho_bookings_refresh_token", _zoho, "`1000.` + 32 hex + `.` + 32 hex", "believed")
# --- payments and card terminals
v("stripe_restricted_live_key", _rk, "`rk_live_51` + 97 alphanumerics", "read")
v("square_oauth_application_secret", _sqsec, "`sq0csp-` + 43 base64url", "believed", (["square", "application", "id"], lambda r: "sq0idp-" + rs(r, B64URL, 22)))
v("dojo_card_terminal_secret_key", lambda r: "sk_prod_" + rs(r, B64URL, 64), "`sk_prod_` + 64 base64url", "guessed")
v("adyen_terminal_api_key", lambda r: "AQE" + rs(r, ALNUM, 27) + "." + rs(r, B64STD, 43) + "=-" + rs(r, B64STD, 43) + "=-" + rs(r, ALNUM, 16), "`AQE` + long dotted / dashed Base64 body", "guessed")
v("viva_wallet_client_secret", _an(30), "30 alphanumerics", "guessed", (["viva", "wallet", "client", "id"], lambda r: rs(r, LOWALNUM, 30) + ".apps.vivapayments.com"))
v("mollie_live_api_key", lambda r: "live_" + rs(r, ALNUM, 30), "`live_` + 30 alphanumerics", "believed")
v("paypal_rest_client_secret", lambda r: "E" + rs(r, B64URL, 79), "`E` + 79 base64url", "guessed", (["paypal", "rest", "client", "id"], lambda r: "A" + rs(r, B64URL, 79)))
v("clover_merchant_api_token", _uuid, "UUIDv4", "guessed")
v("teya_pos_api_secret", _an(48), "48 alphanumerics", "guessed")
v("mypos_checkout_private_key_password", _pw, "owner-chosen password", "password")
v("woocommerce_rest_consumer_secret", lambda r: "cs_" + rs(r, HEX, 40), "`cs_` + 40 lower-case hex", "believed", (["woocommerce", "consumer", "key"], lambda r: "ck_" + rs(r, HEX, 40)))
v("shopify_app_shared_secret", lambda r: "shpss_" + rs(r, HEX, 32), "`shpss_` + 32 hex", "read")
v("wix_headless_api_key", _wix, "`IST.` + RS256-shaped JWT (real base64url JSON, random 256-byte signature)", "believed")
v("ecwid_secret_token", lambda r: "secret_" + rs(r, ALNUM, 32), "`secret_` + 32 alphanumerics", "believed")
v("bigcommerce_store_api_token", _low(31), "31 lower-case alphanumerics", "guessed", (["bigcommerce", "store", "hash"], lambda r: rs(r, LOWALNUM, 10)))
v("squarespace_commerce_api_key", _uuid, "UUIDv4", "read")
# --- loyalty
v("smile_io_private_api_key", lambda r: "sk_" + rs(r, ALNUM, 32), "`sk_` + 32 alphanumerics", "guessed")
v("yotpo_loyalty_api_secret", _an(40), "40 alphanumerics", "guessed", (["yotpo", "loyalty", "guid"], lambda r: rs(r, ALNUM, 22)))
v("loyaltylion_api_secret", _hex(32), "32 lower-case hex", "guessed", (["loyaltylion", "api", "token"], lambda r: rs(r, HEX, 32)))
v("stamp_me_merchant_api_key", _an(36), "36 alphanumerics", "guessed")
v("kangaroo_rewards_client_secret", _an(40), "40 alphanumerics", "guessed", (["kangaroo", "rewards", "client", "id"], lambda r: str(r.randrange(100, 999))))
# --- lockers, parcels, printing
v("inpost_shipx_api_token", _inpost, "RS256-shaped JWT with a `kid` (real base64url JSON, random 256-byte signature)", "believed")
v("sendcloud_api_secret_key", _hex(32), "32 lower-case hex", "guessed", (["sendcloud", "api", "public", "key"], lambda r: rs(r, HEX, 32)))
v("bloqit_locker_api_key", _url(48), "48 base64url", "guessed")
v("quadient_parcel_pending_api_key", _an(40), "40 alphanumerics", "guessed")
v("ezeep_blue_client_secret", _an(40), "40 alphanumerics", "guessed", (["ezeep", "client", "id"], lambda r: rs(r, ALNUM, 40)))
v("packlink_pro_api_key", _hex(64), "64 lower-case hex", "guessed")
# --- messaging and support
v("twilio_api_key_secret", _an(32), "32 alphanumerics (the `SK` + 32 hex key SID next to it is the identifier; the SID shape was re-read, the secret shape is believed)", "believed", (["twilio", "api", "key", "sid"], lambda r: "SK" + rs(r, HEX, 32)))
v("vonage_api_secret", _an(16), "16 alphanumerics (the 8-hex API key next to it is the identifier)", "believed", (["vonage", "api", "key"], lambda r: rs(r, HEX, 8)))
v("plivo_auth_token", _an(40), "40 alphanumerics (the `MA` auth id next to it is the identifier)", "believed", (["plivo", "auth", "id"], lambda r: "MA" + rs(r, UPALNUM, 18)))
v("sinch_sms_service_plan_token", _hex(32), "32 lower-case hex", "guessed", (["sinch", "service", "plan", "id"], lambda r: rs(r, HEX, 32)))
v("textmagic_api_v2_key", _an(30), "30 alphanumerics", "guessed", (["textmagic", "username"], lambda r: "stitchsole"))
v("telnyx_api_v2_key", lambda r: "KEY" + rs(r, UPHEX, 32) + "_" + rs(r, ALNUM, 22), "`KEY` + 32 upper hex + `_` + 22 alphanumerics", "guessed")
v("sendgrid_mail_send_api_key", _sendgrid, "`SG.` + 22 base64url + `.` + 43 base64url", "read")
v("postmark_server_api_token", _uuid, "UUIDv4", "believed")
v("mailjet_api_secret_key", _hex(32), "32 lower-case hex (the public API key next to it is the identifier)", "believed", (["mailjet", "api", "key"], lambda r: rs(r, HEX, 32)))
v("sparkpost_api_key", _hex(40), "40 lower-case hex", "believed")
v("amazon_ses_smtp_password", _ses_smtp, "Base64 of version byte 0x04 + 32 bytes (44 characters, starts `B`; the `AKIA` SMTP user next to it is the identifier)", "believed", (["ses", "smtp", "username"], lambda r: "AKIA" + rs(r, UPALNUM, 16)))
v("whatsapp_cloud_api_access_token", lambda r: "EAAG" + rs(r, ALNUM, 180), "`EAAG` + 180 alphanumerics (the gitleaks page-token rule reads `EAA[MC]`; the `G` is believed for system-user tokens)", "believed")
v("intercom_access_token", _intercom, "Base64 of `tok:` + id + `:1:0` (60 characters)", "believed")
v("crisp_plugin_token_key", _hex(64), "64 lower-case hex (the UUIDv4 identifier next to it is public)", "guessed", (["crisp", "plugin", "token", "identifier"], _uuid))
v("help_scout_app_secret", _an(32), "32 alphanumerics", "guessed", (["help", "scout", "app", "id"], lambda r: rs(r, ALNUM, 32)))
v("gorgias_api_key", _hex(64), "64 lower-case hex", "guessed")
v("slack_app_level_token", _xapp, "`xapp-1-A…-<13 digits>-` + 64 lower-case hex", "read")
v("slack_signing_secret", _hex(32), "32 lower-case hex", "believed")
v("discord_bot_token", _discord_bot, "base64url of the bot's numeric id + `.` + 6 + `.` + 38 base64url", "believed")
v("discord_channel_webhook_url", _discord_hook, "whole `discord.com/api/webhooks/<id>/<68>` URL (the URL is the credential)", "believed")
v("teams_incoming_webhook_url", _teams_hook, "whole `*.webhook.office.com/webhookb2/…/IncomingWebhook/…` URL", "read")
v("pushbullet_access_token", lambda r: "o." + rs(r, ALNUM, 32), "`o.` + 32 alphanumerics", "believed")
v("onesignal_rest_api_key", _url(48), "48 base64url", "guessed", (["onesignal", "app", "id"], _uuid))
v("firebase_cloud_messaging_server_key", lambda r: "AAAA" + rs(r, B64URL, 7) + ":APA91b" + rs(r, B64URL, 134), "`AAAA` + 7 + `:APA91b` + 134 base64url (legacy server key)", "believed")
# --- AI
v("openai_service_account_key", _openai_sa, "`sk-svcacct-` + 74 + `T3BlbkFJ` + 74 base64url", "read")
v("anthropic_console_api_key", _anth, "`sk-ant-api03-` + 93 base64url + `AA`", "read")
v("cohere_production_api_key", _an(40), "40 alphanumerics", "read")
v("deepseek_platform_api_key", _ds, "`sk-` + 32 lower-case hex", "believed")
v("xai_grok_api_key", lambda r: "xai-" + rs(r, ALNUM, 80), "`xai-` + 80 alphanumerics", "believed")
v("openrouter_api_key", _or, "`sk-or-v1-` + 64 lower-case hex", "believed")
v("elevenlabs_api_key", lambda r: "sk_" + rs(r, HEX, 48), "`sk_` + 48 lower-case hex", "believed")
v("assemblyai_api_key", _hex(32), "32 lower-case hex", "believed")
v("deepgram_api_key", _hex(40), "40 lower-case hex", "believed")
v("langsmith_personal_api_key", _lsmith, "`lsv2_pt_` + 32 hex + `_` + 10 hex", "believed")
v("tavily_search_api_key", lambda r: "tvly-" + rs(r, ALNUM, 32), "`tvly-` + 32 alphanumerics", "believed")
v("firecrawl_api_key", lambda r: "fc-" + rs(r, HEX, 32), "`fc-` + 32 lower-case hex", "believed")
v("fireworks_ai_api_key", lambda r: "fw_" + rs(r, ALNUM, 24), "`fw_` + 24 alphanumerics", "believed")
# --- developer and ops
v("github_fine_grained_pat", _ghfg, "`github_pat_11` + 20 + `_` + 59 (82 characters after the prefix)", "read")
v("github_app_installation_token", lambda r: "ghs_" + rs(r, ALNUM, 36), "`ghs_` + 36 alphanumerics", "read")
v("gitlab_runner_auth_token", lambda r: "glrt-" + rs(r, B64URL, 20), "`glrt-` + 20 base64url", "read")
v("gitlab_pipeline_trigger_token", lambda r: "glptt-" + rs(r, HEX, 40), "`glptt-` + 40 lower-case hex", "read")
v("npm_automation_token", lambda r: "npm_" + rs(r, ALNUM, 36), "`npm_` + 36 alphanumerics", "read")
v("pypi_project_upload_token", _pypi, "`pypi-` + base64url of a version-2 macaroon (location `pypi.org`, identifier, one JSON caveat, 32-byte signature)", "read")
v("postman_api_key", _postman, "`PMAK-` + 24 hex + `-` + 34 hex", "read")
v("grafana_service_account_token", _glsa, "`glsa_` + 32 alphanumerics + `_` + 8 hex", "read")
v("new_relic_user_api_key", lambda r: "NRAK-" + rs(r, UPALNUM, 27), "`NRAK-` + 27 upper-case alphanumerics", "read")
v("sentry_organization_auth_token", _sentry_org, "`sntrys_` + Base64 of JSON (`iat`, `url`, `region_url`, `org`) + `_` + 43 Base64-alphabet characters", "read")
v("sonarcloud_user_token", lambda r: "squ_" + rs(r, HEX, 40), "`squ_` + 40 lower-case hex", "read")
v("snyk_api_token", _uuid, "UUIDv4", "read")
v("terraform_cloud_team_token", _tfc, "14 alphanumerics + `.atlasv1.` + 67 alphanumerics", "read")
v("pulumi_access_token", lambda r: "pul-" + rs(r, HEX, 40), "`pul-` + 40 lower-case hex", "read")
v("hashicorp_vault_service_token", _vault, "`hvs.CAESI` + 90 base64url", "read")
v("age_identity_secret_key", _age, "`AGE-SECRET-KEY-1` + 58 upper-case bech32 characters with a real bech32 checksum", "read")
v("tailscale_auth_key", _tailscale, "`tskey-auth-k` + 10 + `CNTRL-` + 33 alphanumerics", "believed")
v("ngrok_agent_authtoken", _ngrok, "`2` + 26 alphanumerics + `_` + 21 alphanumerics", "guessed")
v("doppler_service_token", _doppler, "`dp.st.prd.` + 43 alphanumerics", "believed")
v("cloudflare_global_api_key", _hex(37), "37 lower-case hex (the account e-mail next to it is public)", "read", (["cloudflare", "account", "email"], lambda r: "ops@stitch-sole.example"))
v("cloudflare_origin_ca_key", _cfo, "`v1.0-` + 24 hex + `-` + 146 hex", "read")
v("netlify_personal_access_token", lambda r: "nfp_" + rs(r, ALNUM, 36), "`nfp_` + 36 alphanumerics", "believed")
v("expo_robot_access_token", _url(40), "40 base64url", "guessed")
v("backblaze_b2_application_key", _b2, "`K00` + 28 Base64-alphabet characters (the key id next to it is the identifier)", "believed", (["b2", "application", "key", "id"], lambda r: "00" + rs(r, HEX, 23)))
v("bunny_storage_zone_password", lambda r: uuid4(r) + "-" + rs(r, HEX, 4) + "-" + rs(r, HEX, 4), "UUIDv4 + `-` 4 hex + `-` 4 hex", "guessed")
v("vultr_api_key", _up(36), "36 upper-case alphanumerics", "believed")
v("planetscale_database_password", lambda r: "pscale_pw_" + rs(r, B64URL, 43), "`pscale_pw_` + 43 base64url", "read")
v("neon_console_api_key", lambda r: "napi_" + rs(r, LOWALNUM, 64), "`napi_` + 64 lower-case alphanumerics", "guessed")
v("turso_database_auth_token", _turso, "EdDSA-shaped JWT (real base64url JSON, random 64-byte signature)", "believed")
v("upstash_qstash_token", _qstash, "Base64 of JSON with `UserID` (UUIDv4) and `Password` (32 hex)", "believed")
v("supabase_management_access_token", lambda r: "sbp_" + rs(r, HEX, 40), "`sbp_` + 40 lower-case hex", "believed")
v("algolia_admin_api_key", _hex(32), "32 lower-case hex (the application id next to it is public)", "read", (["algolia", "application", "id"], lambda r: rs(r, UPALNUM, 10)))
v("mapbox_secret_access_token", _mapbox_sk, "`sk.` + base64url JSON (`u`, `a`) + `.` + 22 base64url", "believed")
v("trello_user_api_token", _trello, "`ATTA` + 64 lower hex + 8 upper hex", "believed", (["trello", "api", "key"], lambda r: rs(r, HEX, 32)))
v("asana_personal_access_token", _asana, "`2/` + 16 digits + `/` + 16 digits + `:` + 32 hex", "believed")
v("monday_com_api_token", _monday, "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", "believed")
v("clickup_personal_api_token", _clickup, "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics", "believed")
v("linear_personal_api_key", lambda r: "lin_api_" + rs(r, ALNUM, 40), "`lin_api_` + 40 alphanumerics", "read")
v("typeform_personal_token", lambda r: "tfp_" + rs(r, B64URL, 59), "`tfp_` + 59 base64url", "read")
# unused tail (written, weakest or most generic)
TAIL = ["expo_robot_access_token", "gorgias_api_key", "stamp_me_merchant_api_key", "teya_pos_api_secret",
        "xtool_creative_space_token", "help_scout_app_secret", "packlink_pro_api_key",
        "quadient_parcel_pending_api_key", "bunny_storage_zone_password", "vultr_api_key",
        "ngrok_agent_authtoken", "sinch_sms_service_plan_token", "setmore_refresh_token", "orderry_api_key",
        "fireworks_ai_api_key", "pushbullet_access_token", "firebase_cloud_messaging_server_key"]
ACTIVE = [a for a in A if a[0] not in TAIL]

# styles: name -> (key style, renderer(lines) where lines = [(key, value)])
def _r_dotenv(L): return "# .env.vault decrypted for local debugging\n" + "".join("%s=%s\n" % kv for kv in L) + "SHOP_TZ=Europe/London\n"
def _r_railway(L): return "".join("$ railway variables --set \"%s=%s\"\n" % kv for kv in L) + "$ railway up --detach\n"
def _r_pydantic(L):
    return "class VendorSettings(BaseSettings):\n    model_config = SettingsConfigDict(env_prefix=\"SHOP_\")\n" + "".join("    %s: str = \"%s\"\n" % kv for kv in L)
def _r_kotlin(L):
    return "android {\n    defaultConfig {\n" + "".join("        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")\n" % kv for kv in L) + "    }\n}\n"
def _r_teams(L):
    s = "[10:42] Priya (counter): the integration stopped again\n"
    if len(L) == 2:
        s += "[10:43] Jon: %s is %s\n" % L[0]
    s += "[10:44] Jon: ok re-entered it, %s is %s\n" % L[-1]
    return s + "[10:45] Priya (counter): 👍\n"
def _r_trello(L):
    s = "Card: Vendor setup — week 24\nComment by Dana: done, details for whoever picks this up next:\n"
    for k, val in L:
        s += "- %s: %s\n" % (k, val)
    return s
def _r_outlook(L):
    s = "From: onboarding@partner.example\nTo: dev@stitch-sole.example\nSubject: Your integration credentials\n\nHello,\n\nYour account is live. Please store these safely:\n\n"
    for k, val in L:
        s += "%s: %s\n" % (k, val)
    return s + "\nKind regards,\nPartner Onboarding\n"
def _r_keepass(L):
    s = "\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n"
    if len(L) == 2:
        return s + "\"Vendors\",\"%s\",\"%s\",\"%s\",\"\",\"username is the %s\"\n" % (L[1][0], L[0][1], L[1][1], L[0][0])
    return s + "\"Vendors\",\"%s\",\"\",\"%s\",\"\",\"\"\n" % (L[0][0], L[0][1])
def _r_docker(L): return "docker run -d --name shop-sync \\\n" + "".join("  -e %s='%s' \\\n" % kv for kv in L) + "  registry.tailor.lan/shop-sync:4.2\n"
def _r_exs(L): return "import Config\n\nconfig :shop_sync, :vendors,\n" + ",\n".join("  %s: \"%s\"" % kv for kv in L) + "\n"
def _r_cs(L): return "internal static class VendorKeys\n{\n" + "".join("    public const string %s = \"%s\";\n" % kv for kv in L) + "}\n"
def _r_toml(L): return "# .streamlit/secrets.toml\n[vendors]\n" + "".join("%s = \"%s\"\n" % kv for kv in L)

STYLES = [
    ("tailor_api_dotenv_vault_decrypt", "upper", _r_dotenv),
    ("shop_ops_railway_variables_history", "upper", _r_railway),
    ("locker_sync_pydantic_settings_defaults", "snake", _r_pydantic),
    ("engraving_app_kotlin_buildconfig_fields", "upper", _r_kotlin),
    ("cobbler_team_ms_teams_chat_paste", "spaced", _r_teams),
    ("alterations_trello_card_comment", "spaced", _r_trello),
    ("supplier_onboarding_outlook_email", "spaced", _r_outlook),
    ("tailor_it_keepass_csv_export", "title", _r_keepass),
    ("key_machine_docker_run_env_flags", "upper", _r_docker),
    ("measurement_api_elixir_runtime_exs", "snake", _r_exs),
    ("loyalty_app_csharp_const_class", "pascal", _r_cs),
    ("card_terminal_streamlit_secrets_toml", "snake", _r_toml),
]


def generate(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    for i, (t, gen, nb, shape, cls) in enumerate(ACTIVE):
        sname, sstyle, render = STYLES[i % len(STYLES)]
        val = reg.draw(gen, rng)
        lines = []
        if nb:
            words, ng = nb
            nv = ng(rng)
            if reg.ok(nv):
                reg.add(nv)
            lines.append((style_key(words, sstyle), nv))
        lines.append((style_key(t.split("_"), sstyle), val))
        text = render(lines)
        recs.append(make_record("p195-s-%04d" % (start_id + i), t, t + "__" + sname, text, val, "vendor"))
    return recs
