"""Vendor source: 120 vendor credential types, each in one of 12 styles (cyclic)."""
import base64
import json
import random
import re
import zlib

import common200 as C

SEED = 20002

A, L, U, D, H, UH = C.ALNUM, C.LOWER, C.UPPER, C.DIGITS, C.HEX, C.UHEX
LA, UA, BU, BS = C.LOWER_ALNUM, C.UPPER_ALNUM, C.B64URL, C.B64STD


def _cls(alpha):
    chars = sorted(set(alpha))
    out = ""
    for ch in chars:
        out += re.escape(ch) if ch in "-]\\^[" else ch
    return "[" + out + "]"


def spec_gen(spec):
    def g(rng):
        return "".join(p if isinstance(p, str) else C.rstr(rng, p[0], p[1]) for p in spec)
    return g


def spec_re(spec):
    return "^" + "".join(re.escape(p) if isinstance(p, str) else "%s{%d}" % (_cls(p[0]), p[1]) for p in spec) + "$"


# ---------------------------------------------------------------- special generators
def g_uuid(rng):
    return C.uuid4(rng)


def g_uuid_upper(rng):
    return C.uuid4(rng).upper()


def g_pw(rng):
    return C.owner_password(rng)


def g_adyen(rng):
    return "AQE" + C.rstr(rng, BS, 105) + "==-" + C.b64(C.rbytes(rng, 32)) + "-" + C.rstr(rng, A, 16)


def g_xero_webhook(rng):
    return C.b64(C.rbytes(rng, 66))


def g_mapbox_sk(rng):
    mid = C.b64url_nopad(json.dumps({"u": "marqueclub", "a": C.rstr(rng, LA, 24)}, separators=(",", ":")).encode())
    return "sk." + mid + "." + C.rstr(rng, BU, 22)


def g_discord_bot(rng):
    uid = str(rng.randint(10 ** 17, 10 ** 18 - 1)) + str(rng.randint(0, 9))
    first = C.b64url_nopad(uid.encode())
    return first + "." + C.rstr(rng, BU, 6) + "." + C.rstr(rng, BU, 38)


def g_discord_hook(rng):
    return "https://discord.com/api/webhooks/%d/%s" % (rng.randint(10 ** 18, 10 ** 19 - 1), C.rstr(rng, BU, 68))


def g_teams_hook(rng):
    return ("https://marqueclub.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
            % (C.uuid4(rng), C.uuid4(rng), C.rstr(rng, H, 32), C.uuid4(rng)))


def g_openai(kind):
    def g(rng):
        return "sk-%s-%sT3BlbkFJ%s" % (kind, C.rstr(rng, BU, 74), C.rstr(rng, BU, 74))
    return g


def g_pypi(rng):
    raw = b"\x02\x01\x08pypi.org\x02\x25\x01\x08" + C.rbytes(rng, 120)
    return "pypi-" + C.b64url_nopad(raw)


def g_sentry_org(rng):
    payload = {"iat": 1780000000 + rng.randint(0, 9999999), "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": "marque-club-%d" % rng.randint(1, 99)}
    return "sntrys_" + C.b64(json.dumps(payload, separators=(",", ":")).encode()).rstrip("=") + "_" + C.rstr(rng, BS, 43)


def g_grafana_sa(rng):
    body = "glsa_" + C.rstr(rng, A, 32)
    return body + "_%08x" % zlib.crc32(body.encode())


def g_age(rng):
    return C.bech32_encode("age-secret-key-", list(C.rbytes(rng, 32))).upper()


def g_calendly(rng):
    payload = {"iss": "https://auth.calendly.com", "iat": 1780000000 + rng.randint(0, 9999999),
               "jti": C.uuid4(rng), "user_uuid": C.uuid4(rng)}
    return C.jwt_hs(rng, "HS256", payload, {"kid": "1ce1e136"})


def g_vault(rng):
    return "hvs.CAESI" + C.rstr(rng, BU, 86)


def g_b2(rng):
    return "K005" + C.rstr(rng, A, 27)


def g_infobip(rng):
    return C.rstr(rng, H, 32) + "-" + C.uuid4(rng)


def g_ga_pat(rng):
    return "2/%d/%d:%s" % (rng.randint(10 ** 15, 10 ** 16 - 1), rng.randint(10 ** 15, 10 ** 16 - 1), C.rstr(rng, H, 32))


def g_atlassian(rng):
    return "ATATT3xFfGF0" + C.rstr(rng, BU, 180) + "=" + C.rstr(rng, UH, 8)


def g_loqate(rng):
    return "-".join(C.rstr(rng, UA, 4) for _ in range(4))


# neighbours: key words + generator
def n_spec(spec):
    return spec_gen(spec)


# (type, secret key words, generator, regex or None, shape note, confidence, [(neighbour words, gen)])
def S(spec):
    return spec_gen(spec), spec_re(spec)


VENDORS = []


def V(t, words, gen_re, note, conf, neigh=()):
    if isinstance(gen_re, tuple):
        gen, rx = gen_re
    else:
        gen, rx = gen_re, None
    VENDORS.append({"type": t, "words": words, "gen": gen, "re": rx, "note": note, "conf": conf, "neigh": list(neigh)})


UUID_RE = r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
# ---- commerce and payments
V("stripe_restricted_live_key", ("stripe", "restricted", "key"), S(["rk_live_51", (A, 97)]), "`rk_live_51` + 97 alphanumerics", "read")
V("paypal_rest_client_secret", ("paypal", "client", "secret"), S(["E", (BU, 79)]), "`E` + 79 base64url (80 characters)", "believed",
  [(("paypal", "client", "id"), n_spec(["A", (BU, 79)]))])
V("square_production_access_token", ("square", "access", "token"), S(["EAAA", (BU, 60)]), "`EAAA` + 60 base64url", "read")
V("adyen_checkout_api_key", ("adyen", "api", "key"), (g_adyen, r"^AQE[A-Za-z0-9+/]{105}==-[A-Za-z0-9+/]{43}=-[A-Za-z0-9]{16}$"),
  "`AQE` + 105 Base64-alphabet + `==-` + Base64 of 32 bytes + `-` + 16 alphanumerics", "guessed",
  [(("adyen", "merchant", "account"), lambda r: "MarqueClubShop%03dECOM" % r.randint(1, 999))])
V("mollie_live_api_key", ("mollie", "api", "key"), S(["live_", (A, 30)]), "`live_` + 30 alphanumerics", "believed")
V("woocommerce_consumer_secret", ("woocommerce", "consumer", "secret"), S(["cs_", (H, 40)]), "`cs_` + 40 lower-case hex", "believed",
  [(("woocommerce", "consumer", "key"), n_spec(["ck_", (H, 40)]))])
V("bigcommerce_store_api_token", ("bigcommerce", "access", "token"), S([(LA, 31)]), "31 lower-case alphanumerics", "believed",
  [(("bigcommerce", "store", "hash"), n_spec([(LA, 10)]))])
V("ebay_production_cert_id", ("ebay", "cert", "id"), S(["PRD-", (H, 12), "-", (H, 4), "-", (H, 4), "-", (H, 4), "-", (H, 4)]),
  "`PRD-` + 12 hex + four groups of 4 hex (the App ID next to it is public)", "guessed",
  [(("ebay", "app", "id"), n_spec(["MarqueCl-PartsBot-PRD-", (H, 9), "-", (H, 8)]))])
V("ecwid_store_secret_token", ("ecwid", "secret", "token"), S(["secret_", (A, 32)]), "`secret_` + 32 alphanumerics", "believed",
  [(("ecwid", "store", "id"), lambda r: str(r.randint(10000000, 99999999)))])
V("squarespace_commerce_api_key", ("squarespace", "api", "key"), (g_uuid, UUID_RE), "UUIDv4", "read")
V("shopify_custom_app_access_token", ("shopify", "custom", "app", "token"), S(["shpca_", (H, 32)]), "`shpca_` + 32 lower-case hex", "read",
  [(("shopify", "shop", "domain"), lambda r: "classic-trim-%d.myshopify.com" % r.randint(1, 99))])
V("shopify_app_shared_secret", ("shopify", "shared", "secret"), S(["shpss_", (H, 32)]), "`shpss_` + 32 lower-case hex", "read")
V("dojo_payments_secret_key", ("dojo", "secret", "key"), S(["sk_prod_", (BU, 64)]), "`sk_prod_` + 64 base64url", "guessed")
V("xero_webhook_signing_key", ("xero", "webhook", "key"), (g_xero_webhook, r"^[A-Za-z0-9+/]{88}$"), "standard Base64 of 66 bytes (88 characters)", "believed")
V("zoho_books_refresh_token", ("zoho", "books", "refresh", "token"), S(["1000.", (H, 32), ".", (H, 32)]), "`1000.` + 32 hex + `.` + 32 hex", "believed",
  [(("zoho", "organization", "id"), lambda r: str(r.randint(10 ** 8, 10 ** 9 - 1)))])
# ---- classic-car world
V("dvla_vehicle_enquiry_api_key", ("dvla", "ves", "api", "key"), S([(A, 40)]), "40 alphanumerics (sent as `x-api-key`)", "guessed")
V("dvsa_mot_history_api_key", ("mot", "history", "api", "key"), S([(A, 40)]), "40 alphanumerics", "guessed")
V("dvsa_mot_history_client_secret", ("mot", "history", "client", "secret"), S([(A + "_~.", 3), (D, 1), "Q~", (A + "_~.-", 34)]),
  "Entra ID client secret (3 + digit + `Q~` + 34)", "read", [(("mot", "history", "client", "id"), g_uuid)])
V("uk_vehicle_data_api_key", ("ukvd", "api", "key"), (g_uuid, UUID_RE), "UUIDv4", "guessed")
V("vehicle_databases_api_key", ("vehicle", "databases", "api", "key"), S([(H, 32)]), "32 lower-case hex", "guessed")
V("marketcheck_api_key", ("marketcheck", "api", "key"), S([(A, 32)]), "32 alphanumerics", "guessed")
V("carvertical_partner_token", ("carvertical", "partner", "token"), S([(A, 48)]), "48 alphanumerics", "guessed")
V("hagerty_valuation_api_key", ("hagerty", "valuation", "api", "key"), S([(H, 40)]), "40 lower-case hex", "guessed")
V("hagerty_broker_portal_password", ("hagerty", "broker", "password"), (g_pw, None), "owner-chosen password (the broker login next to it is public)", "owner",
  [(("hagerty", "broker", "login"), lambda r: "agency%04d" % r.randint(1, 9999))])
V("footman_james_quote_api_key", ("footman", "james", "api", "key"), S([(A, 36)]), "36 alphanumerics", "guessed")
V("car_and_classic_dealer_feed_key", ("car", "and", "classic", "feed", "key"), S([(H, 32)]), "32 lower-case hex", "guessed",
  [(("car", "and", "classic", "dealer", "id"), lambda r: "D%06d" % r.randint(1, 999999))])
V("autotrader_connect_api_secret", ("autotrader", "api", "secret"), S([(A, 40)]), "40 alphanumerics (the API key next to it is the identifier)", "guessed",
  [(("autotrader", "api", "key"), n_spec([(A, 24)]))])
V("catawiki_seller_api_token", ("catawiki", "api", "token"), S([(H, 64)]), "64 lower-case hex", "guessed")
V("ebay_seller_account_password", ("ebay", "seller", "password"), (g_pw, None), "owner-chosen password (the seller id next to it is public)", "owner",
  [(("ebay", "seller", "id"), lambda r: "classic_spares_%d" % r.randint(10, 999))])
V("hpi_check_partner_password", ("hpi", "partner", "password"), (g_pw, None), "owner-chosen password (the partner user next to it is public)", "owner",
  [(("hpi", "partner", "user"), lambda r: "MQC%05d" % r.randint(1, 99999))])
V("wild_apricot_api_key", ("wild", "apricot", "api", "key"), S([(LA, 30)]), "30 lower-case alphanumerics", "guessed",
  [(("wild", "apricot", "account", "id"), lambda r: str(r.randint(100000, 999999)))])
V("wild_apricot_admin_password", ("wild", "apricot", "admin", "password"), (g_pw, None), "owner-chosen password (the admin e-mail next to it is public)", "owner",
  [(("wild", "apricot", "admin", "email"), lambda r: "membership%d@marqueclub.example" % r.randint(1, 9))])
V("beacon_crm_api_key", ("beacon", "api", "key"), S([(H, 40)]), "40 lower-case hex", "guessed")
V("discourse_admin_api_key", ("discourse", "api", "key"), S([(H, 64)]), "64 lower-case hex (the API username next to it is public)", "believed",
  [(("discourse", "api", "username"), lambda r: "system")])
V("invision_community_rest_api_key", ("invision", "api", "key"), S([(H, 32)]), "32 lower-case hex", "believed")
# ---- booking, storage, transport, addresses
V("calendly_personal_access_token", ("calendly", "token"), (g_calendly, None), "HS256-signed JWT (real base64url JSON with `kid`, real HMAC under a discarded key)", "believed")
V("cal_com_api_key", ("cal", "api", "key"), S(["cal_live_", (H, 32)]), "`cal_live_` + 32 lower-case hex", "believed")
V("acuity_scheduling_api_key", ("acuity", "api", "key"), S([(H, 32)]), "32 lower-case hex (the numeric user id next to it is public)", "believed",
  [(("acuity", "user", "id"), lambda r: str(r.randint(10000000, 39999999)))])
V("simplybook_api_key", ("simplybook", "api", "key"), S([(H, 64)]), "64 lower-case hex (the company login next to it is public)", "guessed",
  [(("simplybook", "company"), lambda r: "barnstorage%d" % r.randint(1, 99))])
V("storeganise_api_key", ("storeganise", "api", "key"), S([(A, 40)]), "40 alphanumerics", "guessed")
V("shipstation_api_secret", ("shipstation", "api", "secret"), S([(H, 32)]), "32 lower-case hex (the API key of the same shape next to it is the identifier)", "believed",
  [(("shipstation", "api", "key"), n_spec([(H, 32)]))])
V("easypost_production_api_key", ("easypost", "api", "key"), S(["EZAK", (A, 54)]), "`EZAK` + 54 alphanumerics", "read")
V("shippo_live_api_token", ("shippo", "api", "token"), S(["shippo_live_", (H, 40)]), "`shippo_live_` + 40 lower-case hex", "read")
V("sendcloud_api_secret_key", ("sendcloud", "secret", "key"), S([(H, 32)]), "32 lower-case hex (the public key next to it is the identifier)", "guessed",
  [(("sendcloud", "public", "key"), g_uuid)])
V("royal_mail_click_and_drop_api_key", ("click", "and", "drop", "api", "key"), (g_uuid, UUID_RE), "UUIDv4", "guessed")
V("dpd_local_api_password", ("dpd", "api", "password"), (g_pw, None), "owner-chosen password (the account number next to it is public)", "owner",
  [(("dpd", "account", "number"), lambda r: str(r.randint(1000000, 9999999)))])
V("shiply_partner_api_key", ("shiply", "api", "key"), S([(H, 32)]), "32 lower-case hex", "guessed")
V("ideal_postcodes_api_key", ("ideal", "postcodes", "api", "key"), S(["ak_", (LA, 28)]), "`ak_` + 28 lower-case alphanumerics", "believed")
V("getaddress_io_api_key", ("getaddress", "api", "key"), S([(BU, 22)]), "22 base64url", "guessed")
V("loqate_api_key", ("loqate", "key"), (g_loqate, r"^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$"), "four groups of 4 upper-case alphanumerics", "believed")
V("mapbox_secret_access_token", ("mapbox", "secret", "token"), (g_mapbox_sk, None), "`sk.` + base64url JSON (`u`, `a`) + `.` + 22 base64url", "believed")
# ---- messaging
V("twilio_api_key_secret", ("twilio", "api", "secret"), S([(A, 32)]), "32 alphanumerics (the `SK` key SID next to it is the identifier)", "believed",
  [(("twilio", "api", "key", "sid"), n_spec(["SK", (H, 32)]))])
V("vonage_api_secret", ("vonage", "api", "secret"), S([(A, 16)]), "16 alphanumerics (the 8-hex API key next to it is the identifier)", "believed",
  [(("vonage", "api", "key"), n_spec([(H, 8)]))])
V("plivo_auth_token", ("plivo", "auth", "token"), S([(A, 40)]), "40 alphanumerics (the `MA` auth id next to it is the identifier)", "believed",
  [(("plivo", "auth", "id"), n_spec(["MA", (UA, 18)]))])
V("infobip_api_key", ("infobip", "api", "key"), (g_infobip, r"^[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"),
  "32 lower-case hex + `-` + UUIDv4", "believed")
V("textmagic_api_key", ("textmagic", "api", "key"), S([(A, 30)]), "30 alphanumerics (the username next to it is public)", "guessed",
  [(("textmagic", "username"), lambda r: "marqueclub%d" % r.randint(1, 99))])
V("sendgrid_mail_send_api_key", ("sendgrid", "api", "key"), S(["SG.", (BU, 22), ".", (BU, 43)]), "`SG.` + 22 + `.` + 43 base64url", "read")
V("postmark_server_api_token", ("postmark", "server", "token"), (g_uuid, UUID_RE), "UUIDv4", "believed")
V("sparkpost_api_key", ("sparkpost", "api", "key"), S([(H, 40)]), "40 lower-case hex", "believed")
V("mailjet_api_secret", ("mailjet", "secret", "key"), S([(H, 32)]), "32 lower-case hex (the API key of the same shape next to it is the identifier)", "believed",
  [(("mailjet", "api", "key"), n_spec([(H, 32)]))])
V("mandrill_transactional_api_key", ("mandrill", "api", "key"), S(["md-", (BU, 22)]), "`md-` + 22 base64url", "believed")
V("discord_bot_token", ("discord", "bot", "token"), (g_discord_bot, r"^[A-Za-z0-9_-]{24,28}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}$"),
  "base64url of the numeric bot id + `.` + 6 + `.` + 38 base64url (the first part decodes to digits)", "believed")
V("discord_channel_webhook_url", ("discord", "webhook", "url"), (g_discord_hook, r"^https://discord\.com/api/webhooks/\d{19}/[A-Za-z0-9_-]{68}$"),
  "whole `discord.com/api/webhooks/<id>/<68>` URL (the URL is the credential)", "believed")
V("microsoft_teams_incoming_webhook_url", ("teams", "webhook", "url"), (g_teams_hook, None),
  "whole `*.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid>` URL (the URL is the credential)", "read")
V("slack_app_level_token", ("slack", "app", "token"), S(["xapp-1-A", (UA, 10), "-", (D, 13), "-", (H, 64)]),
  "`xapp-1-A` + 10 + `-` + 13 digits + `-` + 64 hex", "read")
V("whatsapp_cloud_api_access_token", ("whatsapp", "access", "token"), S(["EAAG", (A, 190)]), "`EAAG` + 190 alphanumerics", "believed",
  [(("whatsapp", "phone", "number", "id"), lambda r: str(r.randint(10 ** 14, 10 ** 15 - 1)))])
V("line_messaging_channel_secret", ("line", "channel", "secret"), S([(H, 32)]), "32 lower-case hex", "guessed")
V("mattermost_bot_access_token", ("mattermost", "bot", "token"), S([(LA, 26)]), "26 lower-case alphanumerics", "read")
V("zulip_bot_api_key", ("zulip", "bot", "api", "key"), S([(A, 32)]), "32 alphanumerics (the bot e-mail next to it is public)", "believed",
  [(("zulip", "bot", "email"), lambda r: "registrar-bot@marqueclub.zulipchat.com")])
V("pushbullet_access_token", ("pushbullet", "access", "token"), S(["o.", (A, 32)]), "`o.` + 32 alphanumerics", "believed")
# ---- AI
V("openai_service_account_key", ("openai", "api", "key"), (g_openai("svcacct"), r"^sk-svcacct-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$"),
  "`sk-svcacct-` + 74 + `T3BlbkFJ` + 74 base64url", "read")
V("openai_admin_key", ("openai", "admin", "key"), (g_openai("admin"), r"^sk-admin-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}$"),
  "`sk-admin-` + 74 + `T3BlbkFJ` + 74 base64url", "read")
V("mistral_api_key", ("mistral", "api", "key"), S([(A, 32)]), "32 alphanumerics", "believed")
V("cohere_production_api_key", ("co", "api", "key"), S([(A, 40)]), "40 alphanumerics", "read")
V("deepseek_api_key", ("deepseek", "api", "key"), S(["sk-", (H, 32)]), "`sk-` + 32 lower-case hex", "believed")
V("xai_grok_api_key", ("xai", "api", "key"), S(["xai-", (A, 80)]), "`xai-` + 80 alphanumerics", "believed")
V("openrouter_api_key", ("openrouter", "api", "key"), S(["sk-or-v1-", (H, 64)]), "`sk-or-v1-` + 64 lower-case hex", "believed")
V("elevenlabs_api_key", ("elevenlabs", "api", "key"), S(["sk_", (H, 48)]), "`sk_` + 48 lower-case hex", "believed")
V("assemblyai_api_key", ("assemblyai", "api", "key"), S([(H, 32)]), "32 lower-case hex", "believed")
V("deepgram_api_key", ("deepgram", "api", "key"), S([(H, 40)]), "40 lower-case hex", "believed")
V("langsmith_personal_api_key", ("langsmith", "api", "key"), S(["lsv2_pt_", (H, 32), "_", (H, 10)]), "`lsv2_pt_` + 32 hex + `_` + 10 hex", "believed")
V("wandb_api_key", ("wandb", "api", "key"), S([(H, 40)]), "40 lower-case hex", "believed")
V("fireworks_ai_api_key", ("fireworks", "api", "key"), S(["fw_", (A, 24)]), "`fw_` + 24 alphanumerics", "guessed")
V("nvidia_nim_api_key", ("nvidia", "api", "key"), S(["nvapi-", (BU, 64)]), "`nvapi-` + 64 base64url", "believed")
V("tavily_search_api_key", ("tavily", "api", "key"), S(["tvly-", (A, 32)]), "`tvly-` + 32 alphanumerics", "believed")
V("azure_openai_api_key", ("azure", "openai", "api", "key"), S([(H, 32)]), "32 lower-case hex (the endpoint next to it is public)", "believed",
  [(("azure", "openai", "endpoint"), lambda r: "https://marque-register-%d.openai.azure.com/" % r.randint(1, 99))])
# ---- developer tooling
V("github_fine_grained_pat", ("github", "token"), S(["github_pat_11", (UA, 20), "_", (A, 59)]), "`github_pat_11` + 20 + `_` + 59 alphanumerics", "read")
V("github_app_installation_token", ("github", "installation", "token"), S(["ghs_", (A, 36)]), "`ghs_` + 36 alphanumerics", "read")
V("gitlab_runner_authentication_token", ("gitlab", "runner", "token"), S(["glrt-", (BU, 20)]), "`glrt-` + 20 base64url", "read")
V("gitlab_pipeline_trigger_token", ("gitlab", "trigger", "token"), S(["glptt-", (H, 40)]), "`glptt-` + 40 lower-case hex", "read")
V("npm_granular_access_token", ("npm", "token"), S(["npm_", (A, 36)]), "`npm_` + 36 alphanumerics", "read")
V("pypi_project_upload_token", ("pypi", "token"), (g_pypi, r"^pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,1000}$"),
  "`pypi-` + base64url of a macaroon-like blob starting `\\x02\\x01\\x08pypi.org` (so `pypi-AgEIcHlwaS5vcmc…`)", "read")
V("docker_hub_personal_access_token", ("docker", "hub", "token"), S(["dckr_pat_", (BU, 27)]), "`dckr_pat_` + 27 base64url", "believed",
  [(("docker", "hub", "username"), lambda r: "marqueclub")])
V("terraform_cloud_team_token", ("tfe", "token"), S([(A, 14), ".atlasv1.", (BU, 67)]), "14 alphanumerics + `.atlasv1.` + 67 base64url", "read")
V("doppler_personal_token", ("doppler", "token"), S(["dp.pt.", (A, 43)]), "`dp.pt.` + 43 alphanumerics", "read")
V("postman_api_key", ("postman", "api", "key"), S(["PMAK-", (H, 24), "-", (H, 34)]), "`PMAK-` + 24 hex + `-` + 34 hex", "read")
V("linear_personal_api_key", ("linear", "api", "key"), S(["lin_api_", (A, 40)]), "`lin_api_` + 40 alphanumerics", "read")
V("atlassian_cloud_api_token", ("jira", "api", "token"), (g_atlassian, r"^ATATT3xFfGF0[A-Za-z0-9_-]{180}=[0-9A-F]{8}$"),
  "`ATATT3xFfGF0` + 180 base64url + `=` + 8 upper-case hex (the account e-mail next to it is public)", "believed",
  [(("jira", "user", "email"), lambda r: "workshop%d@restore.example" % r.randint(1, 9))])
V("asana_personal_access_token", ("asana", "token"), (g_ga_pat, r"^2/\d{16}/\d{16}:[0-9a-f]{32}$"), "`2/` + 16 digits + `/` + 16 digits + `:` + 32 hex", "believed")
V("trello_api_token", ("trello", "token"), S(["ATTA", (H, 64), (UH, 8)]), "`ATTA` + 64 lower-case hex + 8 upper-case hex (the 32-hex API key next to it is the identifier)", "believed",
  [(("trello", "api", "key"), n_spec([(H, 32)]))])
V("clickup_personal_api_token", ("clickup", "api", "token"), S(["pk_", (D, 8), "_", (UA, 32)]), "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics", "believed")
V("todoist_api_token", ("todoist", "api", "token"), S([(H, 40)]), "40 lower-case hex", "believed")
V("figma_personal_access_token", ("figma", "token"), S(["figd_", (BU, 40)]), "`figd_` + 40 base64url", "believed")
V("typeform_personal_access_token", ("typeform", "token"), S(["tfp_", (A + "_", 59)]), "`tfp_` + 59 of `[A-Za-z0-9_]`", "read")
V("sonarcloud_user_token", ("sonar", "token"), S(["squ_", (H, 40)]), "`squ_` + 40 lower-case hex", "read")
V("snyk_api_token", ("snyk", "token"), (g_uuid, UUID_RE), "UUIDv4", "read")
V("codecov_upload_token", ("codecov", "token"), (g_uuid, UUID_RE), "UUIDv4", "believed")
V("circleci_personal_api_token", ("circle", "token"), S(["CCIPAT_", (A, 22), "_", (H, 40)]), "`CCIPAT_` + 22 + `_` + 40 hex", "believed")
V("netlify_personal_access_token", ("netlify", "auth", "token"), S(["nfp_", (A, 40)]), "`nfp_` + 40 alphanumerics", "believed")
V("azure_devops_personal_access_token", ("azure", "devops", "pat"), S([("abcdefghijklmnopqrstuvwxyz234567", 52)]), "52 lower-case Base32 characters", "believed")
V("launchdarkly_sdk_key", ("launchdarkly", "sdk", "key"), (lambda r: "sdk-" + C.uuid4(r), None), "`sdk-` + UUIDv4", "believed")
# ---- ops, identity, storage
V("sentry_org_auth_token", ("sentry", "auth", "token"), (g_sentry_org, None),
  "`sntrys_` + Base64 of real JSON (`iat`, `url`, `region_url`, `org`, padding stripped) + `_` + 43 Base64-alphabet characters", "read")
V("grafana_service_account_token", ("grafana", "token"), (g_grafana_sa, r"^glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}$"),
  "`glsa_` + 32 alphanumerics + `_` + 8 hex (here the real CRC-32 of the part before it)", "read")
V("new_relic_user_api_key", ("new", "relic", "api", "key"), S(["NRAK-", (UA, 27)]), "`NRAK-` + 27 upper-case alphanumerics", "read")
V("cloudflare_global_api_key", ("cloudflare", "api", "key"), S([(H, 37)]), "37 lower-case hex (the account e-mail next to it is public)", "read",
  [(("cloudflare", "email"), lambda r: "hostmaster@marqueclub.example")])
V("cloudflare_origin_ca_key", ("cloudflare", "origin", "ca", "key"), S(["v1.0-", (H, 24), "-", (H, 146)]), "`v1.0-` + 24 hex + `-` + 146 hex", "read")
V("tailscale_auth_key", ("ts", "authkey"), S(["tskey-auth-k", (A, 16), "-", (A, 33)]), "`tskey-auth-k` + 16 + `-` + 33 alphanumerics", "believed")
V("ngrok_agent_authtoken", ("ngrok", "authtoken"), S(["2", (A, 26), "_", (A, 21)]), "`2` + 26 + `_` + 21 alphanumerics", "guessed")
V("pulumi_access_token", ("pulumi", "access", "token"), S(["pul-", (H, 40)]), "`pul-` + 40 lower-case hex", "read")
V("hashicorp_vault_service_token", ("vault", "token"), (g_vault, r"^hvs\.CAESI[A-Za-z0-9_-]{86}$"), "`hvs.CAESI` + 86 base64url", "read")
V("age_identity_secret_key", ("sops", "age", "key"), (g_age, r"^AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}$"),
  "`AGE-SECRET-KEY-1` + 58 upper-case bech32 (real bech32 checksum of 32 random bytes)", "read")
V("okta_api_token", ("okta", "api", "token"), S(["00", (BU, 40)]), "`00` + 40 base64url (the org URL next to it is public)", "read",
  [(("okta", "org", "url"), lambda r: "https://marqueclub.okta.com")])
V("auth0_client_secret", ("auth0", "client", "secret"), S([(BU, 64)]), "64 base64url (the 32-character client id next to it is public)", "believed",
  [(("auth0", "client", "id"), n_spec([(A, 32)]))])
V("clerk_live_secret_key", ("clerk", "secret", "key"), S(["sk_live_", (A, 42)]), "`sk_live_` + 42 alphanumerics", "believed")
V("algolia_admin_api_key", ("algolia", "admin", "key"), S([(H, 32)]), "32 lower-case hex (the 10-character application id next to it is public)", "read",
  [(("algolia", "app", "id"), n_spec([(UA, 10)]))])
V("cloudinary_api_secret", ("cloudinary", "api", "secret"), S([(BU, 27)]), "27 base64url (the 15-digit API key next to it is the identifier)", "believed",
  [(("cloudinary", "api", "key"), lambda r: str(r.randint(10 ** 14, 10 ** 15 - 1)))])
V("backblaze_b2_application_key", ("b2", "application", "key"), (g_b2, r"^K005[A-Za-z0-9]{27}$"), "`K005` + 27 alphanumerics (the `005…` key id next to it is the identifier)", "believed",
  [(("b2", "application", "key", "id"), n_spec(["005", (H, 22)]))])
V("dropbox_short_lived_access_token", ("dropbox", "access", "token"), S(["sl.", (BU, 135)]), "`sl.` + 135 base64url", "read")
V("box_client_secret", ("box", "client", "secret"), S([(A, 32)]), "32 alphanumerics (the client id next to it is public)", "believed",
  [(("box", "client", "id"), n_spec([(LA, 32)]))])
V("flickr_api_secret", ("flickr", "api", "secret"), S([(H, 16)]), "16 lower-case hex (the 32-hex API key next to it is the identifier)", "believed",
  [(("flickr", "api", "key"), n_spec([(H, 32)]))])
V("maxmind_license_key", ("maxmind", "license", "key"), S([(A, 6), "_", (A, 29), "_mmk"]), "6 + `_` + 29 alphanumerics + `_mmk` (the numeric account id next to it is public)", "read",
  [(("maxmind", "account", "id"), lambda r: str(r.randint(100000, 999999)))])
V("opsgenie_api_key", ("opsgenie", "api", "key"), (g_uuid, UUID_RE), "UUIDv4", "believed")
V("logtail_source_token", ("logtail", "source", "token"), S([(A, 24)]), "24 alphanumerics", "believed")
V("papertrail_api_token", ("papertrail", "api", "token"), S([(A, 20)]), "20 alphanumerics", "guessed")
V("bugsnag_data_access_token", ("bugsnag", "auth", "token"), (g_uuid, UUID_RE), "UUIDv4 (personal data-access token, not the notifier key)", "guessed")
V("supabase_secret_api_key", ("supabase", "secret", "key"), S(["sb_secret_", (BU, 31)]), "`sb_secret_` + 31 base64url", "believed")
V("neon_database_api_key", ("neon", "api", "key"), S([(LA, 64)]), "64 lower-case alphanumerics", "guessed")
V("planetscale_service_token", ("planetscale", "service", "token"), S(["pscale_tkn_", (BU, 43)]), "`pscale_tkn_` + 43 base64url (the service token id next to it is public)", "read",
  [(("planetscale", "service", "token", "id"), n_spec([(LA, 12)]))])
V("upstash_redis_rest_token", ("upstash", "redis", "rest", "token"), S(["AX", (BU, 58), "="]), "`AX` + 58 base64url + `=`", "guessed",
  [(("upstash", "redis", "rest", "url"), lambda r: "https://eu1-classic-%s-%d.upstash.io" % (C.rstr(r, L, 5), r.randint(10000, 99999)))])
V("turso_database_auth_token", ("turso", "auth", "token"), (lambda r: C.jwt_rs_shaped(r, {"a": "rw", "iat": 1780000000 + r.randint(0, 999999), "id": C.uuid4(r)}), None),
  "RS256-shaped JWT (real base64url JSON, random 256-byte signature; really EdDSA, shape simplified)", "guessed")

STYLES = [
    ("workshop_api_env_local_file", "upper"),
    ("club_site_terraform_variable_defaults", "snake"),
    ("parts_app_typescript_env_schema", "camel"),
    ("valuation_service_python_dataclass", "snake"),
    ("registrar_keepass_csv_export", "title"),
    ("club_committee_imessage_paste", "spaced"),
    ("garage_it_jira_service_desk_comment", "spaced"),
    ("workshop_ops_vault_kv_get_output", "snake"),
    ("timing_app_rust_const_block", "upper"),
    ("auction_app_kotlin_object", "camel"),
    ("register_app_csharp_static_class", "pascal"),
    ("storage_app_spring_properties", "dot"),
]


def render(style, kv, rng):
    if style == "workshop_api_env_local_file":
        return "# .env.local - workshop API\n" + "\n".join("%s=%s" % (k, v) for k, v in kv) + "\nNODE_ENV=production\n"
    if style == "club_site_terraform_variable_defaults":
        return "# variables.tf - club site\n" + "\n".join(
            "variable \"%s\" {\n  type      = string\n  default   = \"%s\"\n}\n" % (k, v) for k, v in kv)
    if style == "parts_app_typescript_env_schema":
        return "// src/config.ts - parts app\nexport const vendors = {\n" + "\n".join(
            "  %s: \"%s\"," % (k, v) for k, v in kv) + "\n} as const;\n"
    if style == "valuation_service_python_dataclass":
        return "from dataclasses import dataclass\n\n\n@dataclass(frozen=True)\nclass VendorSettings:\n" + "\n".join(
            "    %s: str = \"%s\"" % (k, v) for k, v in kv) + "\n"
    if style == "registrar_keepass_csv_export":
        rows = ['"Group","Title","Username","Password","URL","Notes"']
        for k, v in kv:
            if v == C.SLOT:
                rows.append('"Club IT/Vendors","%s","registrar","%s","",""' % (k, v))
            else:
                rows.append('"Club IT/Vendors","%s","%s","","","public id"' % (k, v))
        return "\n".join(rows) + "\n"
    if style == "club_committee_imessage_paste":
        lines = ["Today %d:%02d" % (rng.randint(18, 22), rng.randint(0, 59)), "Treasurer: can you set up the integration tonight?"]
        for k, v in kv:
            lines.append("Webmaster: %s %s" % (k, v))
        lines.append("Treasurer: 👍 thanks")
        return "\n".join(lines) + "\n"
    if style == "garage_it_jira_service_desk_comment":
        lines = ["GIT-%d  Internal comment by Dan (Garage IT)" % rng.randint(100, 999), "Vendor onboarding details for the booking site:"]
        lines += ["%s: %s" % (k, v) for k, v in kv]
        lines.append("Please move to the vault after testing.")
        return "\n".join(lines) + "\n"
    if style == "workshop_ops_vault_kv_get_output":
        w = max(len(k) for k, _ in kv) + 4
        lines = ["$ vault kv get -mount=club vendors/integrations", "======= Data =======", "Key".ljust(w) + "Value", "---".ljust(w) + "-----"]
        lines += [k.ljust(w) + v for k, v in kv]
        return "\n".join(lines) + "\n"
    if style == "timing_app_rust_const_block":
        return "// src/vendors.rs\n" + "\n".join("pub const %s: &str = \"%s\";" % (k, v) for k, v in kv) + "\n"
    if style == "auction_app_kotlin_object":
        return "package club.auction.config\n\nobject Vendors {\n" + "\n".join(
            "    val %s = \"%s\"" % (k, v) for k, v in kv) + "\n}\n"
    if style == "register_app_csharp_static_class":
        return "namespace MarqueRegister.Config;\n\npublic static class Vendors\n{\n" + "\n".join(
            "    public const string %s = \"%s\";" % (k, v) for k, v in kv) + "\n}\n"
    if style == "storage_app_spring_properties":
        return "# application-prod.properties - storage app\nserver.port=8443\n" + "\n".join("%s=%s" % (k, v) for k, v in kv) + "\n"
    raise ValueError(style)


N_VENDORS = 120
UNUSED = ["shiply_partner_api_key", "storeganise_api_key", "footman_james_quote_api_key", "catawiki_seller_api_token",
          "line_messaging_channel_secret", "papertrail_api_token", "neon_database_api_key", "upstash_redis_rest_token",
          "turso_database_auth_token", "bugsnag_data_access_token", "getaddress_io_api_key", "textmagic_api_key",
          "fireworks_ai_api_key", "ngrok_agent_authtoken", "todoist_api_token", "beacon_crm_api_key",
          "dojo_payments_secret_key", "wandb_api_key", "invision_community_rest_api_key", "logtail_source_token"]


def used_vendors():
    return [v for v in VENDORS if v["type"] not in UNUSED]


def generate(reg):
    rng = random.Random(SEED)
    records = []
    used = used_vendors()
    assert len(used) == N_VENDORS, len(used)
    for i, v in enumerate(used):
        style, case = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: v["gen"](rng))
        kv = []
        for words, g in v["neigh"]:
            kv.append((C.style_key(words, case), g(rng)))
        kv.insert(rng.randint(0, len(kv)), (C.style_key(v["words"], case), C.SLOT))
        text, s, e = C.place(render(style, kv, rng), value)
        records.append({"type": v["type"], "container": "%s__%s" % (v["type"], style), "text": text,
                        "secrets": [{"value": value, "start": s, "end": e, "type": v["type"]}], "source": "vendor"})
    return records


def vendor_by_type():
    return {v["type"]: v for v in VENDORS}
