"""Vendor source: 120 vendor credential types used by bridal, formalwear-hire and costume-rental developers."""
import json
import random
import urllib.parse

from common212 import (ALNUM, B64URL, DIGITS, HEX, LOWER, LOWER_ALNUM, UPPER, UPPER_ALNUM, b64, b64url, jwt,
                       owner_password, rbytes, rs, span_record, uuid4, words_to_style)

SEED = 21202

B64STD = ALNUM + "+/"


def _hexu(rng, n):
    return rs(rng, "0123456789ABCDEF", n)


def g_wix(rng):
    iat = 1730000000 + rng.randrange(9000000)
    inner = jwt(rng, {"kid": rs(rng, ALNUM, 8), "alg": "RS256"},
                {"data": json.dumps({"id": uuid4(rng), "identity": {"type": "application", "id": uuid4(rng)},
                                     "tenant": {"type": "account", "id": uuid4(rng)}}), "iat": iat}, sig_len=256)
    return "IST." + inner


def g_mapbox_sk(rng):
    body = b64url(json.dumps({"u": rng.choice(["veilandlace", "tuxhire", "curtaincall"]),
                              "a": rs(rng, LOWER_ALNUM, 25)}, separators=(",", ":")).encode())
    return "sk." + body + "." + rs(rng, B64URL, 22)


def g_supabase_service(rng):
    iat = 1720000000 + rng.randrange(9000000)
    return jwt(rng, {"alg": "HS256", "typ": "JWT"},
               {"iss": "supabase", "ref": rs(rng, LOWER, 20), "role": "service_role", "iat": iat,
                "exp": iat + 315360000}, key=rbytes(rng, 32))


def g_hs256(rng, payload):
    return jwt(rng, {"alg": "HS256", "typ": "JWT"}, payload, key=rbytes(rng, 32))


def g_calendly(rng):
    iat = 1731000000 + rng.randrange(9000000)
    return jwt(rng, {"kid": rs(rng, HEX, 8), "typ": "PAT", "alg": "ES512"},
               {"iss": "https://auth.calendly.com", "iat": iat, "jti": uuid4(rng), "user_uuid": uuid4(rng)},
               sig_len=132)


def g_grafana_cloud(rng):
    obj = {"o": str(rng.randrange(100000, 999999)), "n": "boutique-metrics-" + rs(rng, LOWER_ALNUM, 6),
           "k": rs(rng, ALNUM, 24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + b64(json.dumps(obj, separators=(",", ":")).encode())


def g_sentry_org(rng):
    obj = {"iat": 1730000000 + rng.randrange(9000000), "url": "https://sentry.io",
           "region_url": "https://de.sentry.io", "org": rng.choice(["veilandlace", "tuxhire", "curtaincall"])}
    return "sntrys_" + b64(json.dumps(obj, separators=(",", ":")).encode()).rstrip("=") + "_" + rs(rng, B64STD, 43)


def g_atlassian(rng):
    return "ATATT3xFfGF0" + rs(rng, B64URL, 171) + "=" + _hexu(rng, 8)


def g_sas_sig(rng):
    return urllib.parse.quote(b64(rbytes(rng, 32)), safe="")


def g_sts(rng):
    return b64(b"!\n\torigin_ec" + rbytes(rng, 306))


def g_azure_ad(rng):
    return rs(rng, ALNUM, 3) + rs(rng, DIGITS, 1) + "Q~" + rs(rng, ALNUM + "_~.-", 34)


def g_rentman(rng):
    iat = 1729000000 + rng.randrange(9000000)
    return g_hs256(rng, {"medewerker": rng.randrange(2, 90), "account": rng.choice(["tuxhire", "curtaincall"]),
                         "client_type": "openapi", "client.name": "openapi", "netinvoice": False,
                         "iat": iat, "jti": rs(rng, HEX, 32)})


def g_monday(rng):
    iat = 1729000000 + rng.randrange(9000000)
    return g_hs256(rng, {"tid": rng.randrange(10 ** 8, 10 ** 9), "aai": 11, "uid": rng.randrange(10 ** 7, 10 ** 8),
                         "iad": "2025-03-04T10:12:33.000Z", "per": "me:write", "actid": rng.randrange(10 ** 6, 10 ** 7),
                         "rgn": "euc1", "iat": iat})


def g_mailerlite(rng):
    iat = 1729000000 + rng.randrange(9000000)
    return jwt(rng, {"typ": "JWT", "alg": "RS256"},
               {"aud": "4", "jti": rs(rng, HEX, 80), "iat": iat, "nbf": iat, "exp": iat + 10 ** 9,
                "sub": str(rng.randrange(10 ** 5, 10 ** 6)), "scopes": []}, sig_len=256)


# (type, generator, regex, shape, confidence, neighbour) ; neighbour = (key words, generator) or None
# confidence: read (public gitleaks rule read this session), believed (background knowledge), guessed, owner
def R(rng):
    return rng


VENDORS = [
    # --- payments and commerce
    ("stripe_restricted_live_key", lambda r: "rk_live_51" + rs(r, ALNUM, 97), r"rk_live_51[A-Za-z0-9]{97}",
     "`rk_live_51` + 97 alphanumerics", "read", None),
    ("stripe_webhook_endpoint_secret", lambda r: "whsec_" + rs(r, ALNUM, 32), r"whsec_[A-Za-z0-9]{32}",
     "`whsec_` + 32 alphanumerics", "believed", None),
    ("square_production_access_token", lambda r: "EAAA" + rs(r, B64URL, 60), r"EAAA[\w-]{60}",
     "`EAAA` + 60 base64url", "read", None),
    ("square_oauth_application_secret", lambda r: "sq0csp-" + rs(r, B64URL, 43), r"sq0csp-[\w-]{43}",
     "`sq0csp-` + 43 base64url", "believed", (["square", "application", "id"], lambda r: "sq0idp-" + rs(r, B64URL, 22))),
    ("paypal_rest_client_secret", lambda r: "E" + rs(r, B64URL, 79), r"E[\w-]{79}",
     "`E` + 79 base64url (80 characters)", "guessed", (["paypal", "client", "id"], lambda r: "A" + rs(r, B64URL, 79))),
    ("mollie_live_api_key", lambda r: "live_" + rs(r, ALNUM, 30), r"live_[A-Za-z0-9]{30}",
     "`live_` + 30 alphanumerics", "believed", None),
    ("woocommerce_rest_consumer_secret", lambda r: "cs_" + rs(r, HEX, 40), r"cs_[0-9a-f]{40}",
     "`cs_` + 40 lower-case hex", "believed", (["woocommerce", "consumer", "key"], lambda r: "ck_" + rs(r, HEX, 40))),
    ("shopify_app_shared_secret", lambda r: "shpss_" + rs(r, HEX, 32), r"shpss_[0-9a-f]{32}",
     "`shpss_` + 32 lower-case hex", "read", (["shopify", "api", "key"], lambda r: rs(r, HEX, 32))),
    ("shopify_custom_app_access_token", lambda r: "shpca_" + rs(r, HEX, 32), r"shpca_[0-9a-f]{32}",
     "`shpca_` + 32 lower-case hex", "read", None),
    ("bigcommerce_store_api_token", lambda r: rs(r, LOWER_ALNUM, 31), r"[a-z0-9]{31}",
     "31 lower-case alphanumerics", "guessed", (["bigcommerce", "store", "hash"], lambda r: rs(r, LOWER_ALNUM, 10))),
    ("lightspeed_retail_personal_token", lambda r: "lsxs_pt_" + rs(r, ALNUM, 32), r"lsxs_pt_[A-Za-z0-9]{32}",
     "`lsxs_pt_` + 32 alphanumerics", "guessed", None),
    ("braintree_private_key", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}",
     "32 lower-case hex", "believed", (["braintree", "public", "key"], lambda r: rs(r, LOWER_ALNUM, 16))),
    ("clearpay_merchant_secret_key", lambda r: rs(r, HEX, 128), r"[0-9a-f]{128}",
     "128 lower-case hex", "guessed", (["clearpay", "merchant", "id"], lambda r: str(r.randrange(10 ** 6, 10 ** 7)))),
    ("wix_headless_api_key", g_wix, r"IST\.eyJ[\w-]+\.eyJ[\w-]+\.[\w-]+",
     "`IST.` + RS256-shaped JWT (real base64url JSON, random 256-byte signature)", "believed",
     (["wix", "account", "id"], lambda r: uuid4(r))),
    ("xero_webhook_signing_key", lambda r: b64(rbytes(r, 64)), r"[A-Za-z0-9+/]{86}==",
     "standard Base64 of 64 random bytes (88 characters)", "guessed", None),
    ("quickbooks_webhook_verifier_token", lambda r: uuid4(r), r"[0-9a-f-]{36}",
     "UUIDv4", "guessed", None),
    ("zoho_books_refresh_token", lambda r: "1000." + rs(r, HEX, 32) + "." + rs(r, HEX, 32), r"1000\.[0-9a-f]{32}\.[0-9a-f]{32}",
     "`1000.` + 32 hex + `.` + 32 hex", "believed", (["zoho", "client", "id"], lambda r: "1000." + rs(r, UPPER_ALNUM, 30))),
    ("freeagent_oauth_client_secret", lambda r: rs(r, B64URL, 22), r"[\w-]{22}",
     "22 base64url", "guessed", (["freeagent", "client", "id"], lambda r: rs(r, B64URL, 22))),
    # --- shipping
    ("shippo_live_api_token", lambda r: "shippo_live_" + rs(r, HEX, 40), r"shippo_live_[0-9a-f]{40}",
     "`shippo_live_` + 40 lower-case hex", "read", None),
    ("easypost_production_api_key", lambda r: "EZAK" + rs(r, LOWER_ALNUM, 54), r"EZAK[a-z0-9]{54}",
     "`EZAK` + 54 lower-case alphanumerics", "read", None),
    ("shipstation_api_secret", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}",
     "32 lower-case hex", "guessed", (["shipstation", "api", "key"], lambda r: rs(r, HEX, 32))),
    ("sendcloud_secret_key", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}",
     "32 lower-case hex", "guessed", (["sendcloud", "public", "key"], lambda r: rs(r, HEX, 32))),
    ("royal_mail_click_drop_api_key", lambda r: uuid4(r), r"[0-9a-f-]{36}",
     "UUIDv4", "guessed", None),
    ("royal_mail_click_drop_login_password", lambda r: owner_password(r), None,
     "owner-chosen password", "owner", (["click", "drop", "login", "email"], lambda r: "despatch@tuxhire.example")),
    # --- rental, bridal, costume, dry cleaning, RFID, scheduling
    ("booqable_api_key", lambda r: rs(r, HEX, 64), r"[0-9a-f]{64}",
     "64 lower-case hex", "guessed", (["booqable", "company", "slug"], lambda r: "tuxhire-" + rs(r, LOWER, 4))),
    ("current_rms_api_key", lambda r: rs(r, ALNUM, 20), r"[A-Za-z0-9]{20}",
     "20 alphanumerics", "guessed", (["current", "rms", "subdomain"], lambda r: "curtaincall" + rs(r, DIGITS, 2))),
    ("rentman_api_token", g_rentman, r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{43}",
     "HS256 JWT (real base64url JSON, real HMAC-SHA256 under a discarded key)", "guessed", None),
    ("ezrentout_api_token", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}",
     "32 lower-case hex", "guessed", (["ezrentout", "subdomain"], lambda r: "tuxhire" + rs(r, DIGITS, 2))),
    ("bridallive_retailer_api_key", lambda r: rs(r, ALNUM, 32), r"[A-Za-z0-9]{32}",
     "32 alphanumerics", "guessed", (["bridallive", "retailer", "id"], lambda r: str(r.randrange(1000, 9999)))),
    ("bridallive_staff_login_password", lambda r: owner_password(r), None,
     "owner-chosen password", "owner", (["bridallive", "staff", "user"], lambda r: "hannah.owner")),
    ("cleancloud_api_token", lambda r: rs(r, ALNUM, 40), r"[A-Za-z0-9]{40}",
     "40 alphanumerics", "guessed", None),
    ("cleancloud_store_login_password", lambda r: owner_password(r), None,
     "owner-chosen password", "owner", (["cleancloud", "store", "email"], lambda r: "counter@pressandfold.example")),
    ("calendly_personal_access_token", g_calendly, r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{176}",
     "ES512-shaped JWT (real base64url JSON, random 132-byte signature)", "believed", None),
    ("wonde_school_data_api_token", lambda r: rs(r, HEX, 40), r"[0-9a-f]{40}",
     "40 lower-case hex", "guessed", (["wonde", "school", "id"], lambda r: "A" + str(r.randrange(10 ** 8, 10 ** 9)))),
    ("impinj_itemsense_admin_password", lambda r: owner_password(r), None,
     "owner-chosen password", "owner", (["itemsense", "admin", "user"], lambda r: "admin")),
    ("nedap_id_cloud_api_token", lambda r: rs(r, ALNUM, 64), r"[A-Za-z0-9]{64}",
     "64 alphanumerics", "guessed", None),
    ("zebra_savanna_api_key", lambda r: rs(r, ALNUM, 32), r"[A-Za-z0-9]{32}",
     "32 alphanumerics", "guessed", None),
    ("zebra_printer_web_admin_password", lambda r: owner_password(r), None,
     "owner-chosen password", "owner", (["printer", "admin", "user"], lambda r: "admin")),
    ("deputy_permanent_access_token", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}",
     "32 lower-case hex", "guessed", (["deputy", "install", "host"], lambda r: "veilandlace.uk.deputy.com")),
    # --- media, search, maps
    ("remove_bg_api_key", lambda r: rs(r, ALNUM, 24), r"[A-Za-z0-9]{24}",
     "24 alphanumerics", "guessed", None),
    ("photoroom_api_key", lambda r: rs(r, HEX, 40), r"[0-9a-f]{40}",
     "40 lower-case hex", "guessed", None),
    ("cloudinary_api_secret", lambda r: rs(r, B64URL, 27), r"[\w-]{27}",
     "27 base64url", "believed", (["cloudinary", "api", "key"], lambda r: str(r.randrange(10 ** 14, 10 ** 15)))),
    ("uploadcare_secret_key", lambda r: rs(r, HEX, 20), r"[0-9a-f]{20}",
     "20 lower-case hex", "guessed", (["uploadcare", "public", "key"], lambda r: rs(r, HEX, 20))),
    ("bunny_net_storage_zone_password", lambda r: "%s-%s-%s-%s-%s-%s" % (rs(r, HEX, 8), rs(r, HEX, 4), rs(r, HEX, 4), rs(r, HEX, 12), rs(r, HEX, 4), rs(r, HEX, 4)),
     r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}",
     "8-4-4-12-4-4 lower-case hex groups", "guessed", (["bunny", "storage", "zone"], lambda r: "gown-photos-" + rs(r, LOWER, 3))),
    ("algolia_admin_api_key", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}",
     "32 lower-case hex", "believed", (["algolia", "app", "id"], lambda r: rs(r, UPPER_ALNUM, 10))),
    ("meilisearch_master_key", lambda r: rs(r, B64URL, 43), r"[\w-]{43}",
     "43 base64url (chosen at install)", "guessed", None),
    ("typesense_admin_api_key", lambda r: rs(r, ALNUM, 32), r"[A-Za-z0-9]{32}",
     "32 alphanumerics", "guessed", None),
    ("mapbox_secret_access_token", g_mapbox_sk, r"sk\.eyJ[\w-]+\.[\w-]{22}",
     "`sk.` + base64url JSON (real) + `.` + 22 base64url", "believed", None),
    ("google_maps_server_api_key", lambda r: "AIza" + rs(r, B64URL, 35), r"AIza[\w-]{35}",
     "`AIza` + 35 base64url (server-side, IP-restricted)", "read", None),
    # --- e-mail, SMS, chat, social
    ("sendgrid_mail_send_api_key", lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43), r"SG\.[\w-]{22}\.[\w-]{43}",
     "`SG.` + 22 + `.` + 43 base64url", "read", None),
    ("postmark_server_api_token", lambda r: uuid4(r), r"[0-9a-f-]{36}",
     "UUIDv4", "believed", None),
    ("mailjet_api_secret_key", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}",
     "32 lower-case hex", "believed", (["mailjet", "api", "key"], lambda r: rs(r, HEX, 32))),
    ("mandrill_transactional_api_key", lambda r: "md-" + rs(r, B64URL, 22), r"md-[\w-]{22}",
     "`md-` + 22 base64url", "believed", None),
    ("brevo_smtp_relay_key", lambda r: "xsmtpsib-" + rs(r, HEX, 64) + "-" + rs(r, ALNUM, 16), r"xsmtpsib-[0-9a-f]{64}-[A-Za-z0-9]{16}",
     "`xsmtpsib-` + 64 hex + `-` + 16 alphanumerics", "believed", (["brevo", "smtp", "login"], lambda r: "%x@smtp-brevo.com" % r.randrange(16 ** 7, 16 ** 8))),
    ("twilio_api_key_secret", lambda r: rs(r, ALNUM, 32), r"[A-Za-z0-9]{32}",
     "32 alphanumerics", "believed", (["twilio", "api", "key", "sid"], lambda r: "SK" + rs(r, HEX, 32))),
    ("vonage_api_secret", lambda r: rs(r, ALNUM, 16), r"[A-Za-z0-9]{16}",
     "16 alphanumerics", "believed", (["vonage", "api", "key"], lambda r: rs(r, HEX, 8))),
    ("plivo_auth_token", lambda r: rs(r, ALNUM, 40), r"[A-Za-z0-9]{40}",
     "40 alphanumerics", "believed", (["plivo", "auth", "id"], lambda r: "MA" + rs(r, UPPER_ALNUM, 18))),
    ("whatsapp_cloud_system_user_token", lambda r: "EAAM" + rs(r, ALNUM, 180), r"EAAM[A-Za-z0-9]{180}",
     "`EAAM` + 180 alphanumerics", "read", (["whatsapp", "phone", "number", "id"], lambda r: str(r.randrange(10 ** 14, 10 ** 15)))),
    ("instagram_graph_long_lived_token", lambda r: "IGQVJ" + rs(r, B64URL, 180), r"IGQVJ[\w-]{180}",
     "`IGQVJ` + 180 base64url", "guessed", None),
    ("discord_channel_webhook_url", lambda r: "https://discord.com/api/webhooks/%d/%s" % (r.randrange(10 ** 17, 10 ** 18), rs(r, B64URL, 68)),
     r"https://discord\.com/api/webhooks/\d{18}/[\w-]{68}", "whole `discord.com/api/webhooks/<18 digits>/<68 base64url>` URL (the URL is the credential)", "believed", None),
    ("teams_incoming_webhook_url", lambda r: "https://veilandlace.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (uuid4(r), uuid4(r), rs(r, LOWER_ALNUM, 32), uuid4(r)),
     r"https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[0-9a-f-]{36}@[0-9a-f-]{36}/IncomingWebhook/[a-z0-9]{32}/[0-9a-f-]{36}",
     "whole `*.webhook.office.com/webhookb2/…/IncomingWebhook/…` URL", "read", None),
    ("slack_app_level_token", lambda r: "xapp-1-A%s-%d-%s" % (rs(r, UPPER_ALNUM, 10), r.randrange(10 ** 12, 10 ** 13), rs(r, HEX, 64)),
     r"xapp-1-A[A-Z0-9]{10}-\d{13}-[0-9a-f]{64}", "`xapp-1-A` + 10 + `-` + 13 digits + `-` + 64 hex", "read", None),
    ("slack_user_oauth_token", lambda r: "xoxp-%d-%d-%d-%s" % (r.randrange(10 ** 11, 10 ** 12), r.randrange(10 ** 12, 10 ** 13), r.randrange(10 ** 12, 10 ** 13), rs(r, HEX, 32)),
     r"xoxp-\d{12}-\d{13}-\d{13}-[0-9a-f]{32}", "`xoxp-` + 12 + 13 + 13 digits + 32 hex", "read", None),
    ("zapier_catch_hook_url", lambda r: "https://hooks.zapier.com/hooks/catch/%d/%s/" % (r.randrange(10 ** 7, 10 ** 8), rs(r, LOWER_ALNUM, 7)),
     r"https://hooks\.zapier\.com/hooks/catch/\d{8}/[a-z0-9]{7}/", "whole catch-hook URL", "believed", None),
    ("make_scenario_webhook_url", lambda r: "https://hook.eu2.make.com/" + rs(r, LOWER_ALNUM, 32),
     r"https://hook\.eu2\.make\.com/[a-z0-9]{32}", "whole `hook.eu2.make.com/<32>` URL", "believed", None),
    ("gorgias_api_key", lambda r: rs(r, HEX, 64), r"[0-9a-f]{64}",
     "64 lower-case hex", "guessed", (["gorgias", "username"], lambda r: "support@veilandlace.example")),
    ("helpscout_app_secret", lambda r: rs(r, ALNUM, 32), r"[A-Za-z0-9]{32}",
     "32 alphanumerics", "guessed", (["helpscout", "app", "id"], lambda r: rs(r, ALNUM, 32))),
    ("mailerlite_api_token", g_mailerlite, r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{342}",
     "RS256-shaped JWT (real base64url JSON, random 256-byte signature)", "guessed", None),
    ("pusher_beams_secret_key", lambda r: rs(r, "0123456789ABCDEF", 64), r"[0-9A-F]{64}",
     "64 upper-case hex", "guessed", (["beams", "instance", "id"], lambda r: uuid4(r))),
    # --- AI
    ("openai_admin_api_key", lambda r: "sk-admin-" + rs(r, B64URL, 58) + "T3BlbkFJ" + rs(r, B64URL, 58),
     r"sk-admin-[\w-]{58}T3BlbkFJ[\w-]{58}", "`sk-admin-` + 58 + `T3BlbkFJ` + 58 base64url", "read", None),
    ("anthropic_admin_api_key", lambda r: "sk-ant-admin01-" + rs(r, B64URL, 93) + "AA", r"sk-ant-admin01-[\w-]{93}AA",
     "`sk-ant-admin01-` + 93 base64url + `AA`", "read", None),
    ("mistral_api_key", lambda r: rs(r, ALNUM, 32), r"[A-Za-z0-9]{32}",
     "32 alphanumerics", "believed", None),
    ("cohere_api_key", lambda r: rs(r, ALNUM, 40), r"[A-Za-z0-9]{40}",
     "40 alphanumerics", "read", None),
    ("deepseek_api_key", lambda r: "sk-" + rs(r, HEX, 32), r"sk-[0-9a-f]{32}",
     "`sk-` + 32 lower-case hex", "believed", None),
    ("xai_grok_api_key", lambda r: "xai-" + rs(r, ALNUM, 80), r"xai-[A-Za-z0-9]{80}",
     "`xai-` + 80 alphanumerics", "believed", None),
    ("openrouter_api_key", lambda r: "sk-or-v1-" + rs(r, HEX, 64), r"sk-or-v1-[0-9a-f]{64}",
     "`sk-or-v1-` + 64 lower-case hex", "believed", None),
    ("elevenlabs_api_key", lambda r: "sk_" + rs(r, HEX, 48), r"sk_[0-9a-f]{48}",
     "`sk_` + 48 lower-case hex", "believed", None),
    ("assemblyai_api_key", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}",
     "32 lower-case hex", "believed", None),
    ("deepgram_api_key", lambda r: rs(r, HEX, 40), r"[0-9a-f]{40}",
     "40 lower-case hex", "believed", None),
    ("azure_openai_api_key", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}",
     "32 lower-case hex", "believed", (["azure", "openai", "endpoint"], lambda r: "https://veilandlace-ai.openai.azure.com/")),
    ("aws_bedrock_long_term_api_key", lambda r: "ABSK" + b64(rbytes(r, 96)), r"ABSK[A-Za-z0-9+/]{128}",
     "`ABSK` + standard Base64 of 96 random bytes", "read", None),
    ("huggingface_org_api_token", lambda r: "api_org_" + rs(r, UPPER + LOWER, 34), r"api_org_[A-Za-z]{34}",
     "`api_org_` + 34 letters", "read", None),
    # --- developer platforms
    ("github_app_installation_token", lambda r: "ghs_" + rs(r, ALNUM, 36), r"ghs_[A-Za-z0-9]{36}",
     "`ghs_` + 36 alphanumerics", "read", None),
    ("github_oauth_access_token", lambda r: "gho_" + rs(r, ALNUM, 36), r"gho_[A-Za-z0-9]{36}",
     "`gho_` + 36 alphanumerics", "read", None),
    ("gitlab_deploy_token", lambda r: "gldt-" + rs(r, B64URL, 20), r"gldt-[\w-]{20}",
     "`gldt-` + 20 base64url", "read", (["gitlab", "deploy", "user"], lambda r: "gitlab+deploy-token-%d" % r.randrange(100, 999))),
    ("gitlab_runner_auth_token", lambda r: "glrt-" + rs(r, B64URL, 20), r"glrt-[\w-]{20}",
     "`glrt-` + 20 base64url", "read", None),
    ("gitlab_pipeline_trigger_token", lambda r: "glptt-" + rs(r, HEX, 40), r"glptt-[0-9a-f]{40}",
     "`glptt-` + 40 lower-case hex", "read", None),
    ("npm_automation_access_token", lambda r: "npm_" + rs(r, ALNUM, 36), r"npm_[A-Za-z0-9]{36}",
     "`npm_` + 36 alphanumerics", "read", None),
    ("pypi_project_upload_token", lambda r: "pypi-AgEIcHlwaS5vcmc" + rs(r, B64URL, 160), r"pypi-AgEIcHlwaS5vcmc[\w-]{160}",
     "`pypi-AgEIcHlwaS5vcmc` + 160 base64url", "read", None),
    ("dockerhub_personal_access_token", lambda r: "dckr_pat_" + rs(r, B64URL, 27), r"dckr_pat_[\w-]{27}",
     "`dckr_pat_` + 27 base64url", "believed", (["dockerhub", "username"], lambda r: "tuxhireops")),
    ("atlassian_cloud_api_token", g_atlassian, r"ATATT3xFfGF0[\w-]{171}=[0-9A-F]{8}",
     "`ATATT3xFfGF0` + 171 base64url + `=` + 8 upper-case hex", "read", (["jira", "user", "email"], lambda r: "dan@tuxhire.example")),
    ("linear_personal_api_key", lambda r: "lin_api_" + rs(r, ALNUM, 40), r"lin_api_[A-Za-z0-9]{40}",
     "`lin_api_` + 40 alphanumerics", "read", None),
    ("figma_personal_access_token", lambda r: "figd_" + rs(r, B64URL, 40), r"figd_[\w-]{40}",
     "`figd_` + 40 base64url", "believed", None),
    ("netlify_personal_access_token", lambda r: "nfp_" + rs(r, ALNUM, 36), r"nfp_[A-Za-z0-9]{36}",
     "`nfp_` + 36 alphanumerics", "believed", None),
    ("supabase_service_role_jwt", g_supabase_service, r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{43}",
     "HS256 JWT with `role: service_role` (real JSON, real HMAC under a discarded key)", "believed", None),
    ("supabase_management_access_token", lambda r: "sbp_" + rs(r, HEX, 40), r"sbp_[0-9a-f]{40}",
     "`sbp_` + 40 lower-case hex", "believed", None),
    ("planetscale_database_password", lambda r: "pscale_pw_" + rs(r, B64URL, 43), r"pscale_pw_[\w-]{43}",
     "`pscale_pw_` + 43 base64url", "read", (["planetscale", "username"], lambda r: rs(r, LOWER_ALNUM, 12))),
    ("clickup_personal_api_token", lambda r: "pk_%d_%s" % (r.randrange(10 ** 7, 10 ** 8), rs(r, UPPER_ALNUM, 32)), r"pk_\d{8}_[A-Z0-9]{32}",
     "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics", "believed", None),
    ("asana_personal_access_token", lambda r: "2/%d/%d:%s" % (r.randrange(10 ** 15, 10 ** 16), r.randrange(10 ** 15, 10 ** 16), rs(r, HEX, 32)),
     r"2/\d{16}/\d{16}:[0-9a-f]{32}", "`2/` + 16 digits + `/` + 16 digits + `:` + 32 hex", "believed", None),
    ("trello_api_token", lambda r: "ATTA" + rs(r, HEX, 64) + _hexu(r, 8), r"ATTA[0-9a-f]{64}[0-9A-F]{8}",
     "`ATTA` + 64 hex + 8 upper-case hex", "guessed", (["trello", "api", "key"], lambda r: rs(r, HEX, 32))),
    ("monday_com_api_token", g_monday, r"eyJ[\w-]+\.eyJ[\w-]+\.[\w-]{43}",
     "HS256 JWT (real JSON, real HMAC under a discarded key)", "believed", None),
    ("contentful_management_token", lambda r: "CFPAT-" + rs(r, B64URL, 43), r"CFPAT-[\w-]{43}",
     "`CFPAT-` + 43 base64url", "believed", None),
    ("sanity_api_write_token", lambda r: "sk" + rs(r, ALNUM, 180), r"sk[A-Za-z0-9]{180}",
     "`sk` + 180 alphanumerics", "guessed", (["sanity", "project", "id"], lambda r: rs(r, LOWER_ALNUM, 8))),
    ("terraform_cloud_team_token", lambda r: rs(r, LOWER_ALNUM, 14) + ".atlasv1." + rs(r, B64URL, 67), r"[a-z0-9]{14}\.atlasv1\.[\w-]{67}",
     "14 + `.atlasv1.` + 67 base64url", "read", None),
    # --- ops, observability, cloud
    ("grafana_service_account_token", lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8), r"glsa_[A-Za-z0-9]{32}_[0-9a-f]{8}",
     "`glsa_` + 32 alphanumerics + `_` + 8 hex", "read", None),
    ("grafana_cloud_access_policy_token", g_grafana_cloud, r"glc_[A-Za-z0-9+/]+={0,2}",
     "`glc_` + standard Base64 of JSON (real)", "read", None),
    ("new_relic_user_api_key", lambda r: "NRAK-" + rs(r, UPPER_ALNUM, 27), r"NRAK-[A-Z0-9]{27}",
     "`NRAK-` + 27 upper-case alphanumerics", "read", None),
    ("sentry_org_auth_token", g_sentry_org, r"sntrys_eyJpYXQiO[A-Za-z0-9+/]+_[A-Za-z0-9+/]{43}",
     "`sntrys_` + Base64 of JSON (real; iat, url, region_url, org) + `_` + 43 Base64 characters", "read", None),
    ("pagerduty_rest_api_key", lambda r: "u+" + rs(r, B64URL, 18), r"u\+[\w-]{18}",
     "`u+` + 18 base64url", "believed", None),
    ("opsgenie_api_integration_key", lambda r: uuid4(r), r"[0-9a-f-]{36}",
     "UUIDv4", "believed", None),
    ("hashicorp_vault_service_token", lambda r: "hvs." + rs(r, B64URL, 95), r"hvs\.[\w-]{95}",
     "`hvs.` + 95 base64url", "read", None),
    ("doppler_personal_token", lambda r: "dp.pt." + rs(r, ALNUM, 43), r"dp\.pt\.[A-Za-z0-9]{43}",
     "`dp.pt.` + 43 alphanumerics", "read", None),
    ("cloudflare_global_api_key", lambda r: rs(r, HEX, 37), r"[0-9a-f]{37}",
     "37 lower-case hex", "read", (["cloudflare", "email"], lambda r: "ops@veilandlace.example")),
    ("cloudflare_origin_ca_key", lambda r: "v1.0-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 146), r"v1\.0-[0-9a-f]{24}-[0-9a-f]{146}",
     "`v1.0-` + 24 hex + `-` + 146 hex", "read", None),
    ("aws_sts_session_token", g_sts, r"IQoJb3JpZ2luX2Vj[A-Za-z0-9+/]{408}",
     "standard Base64 of `!\\n\\torigin_ec` + 306 random bytes (starts `IQoJb3JpZ2luX2Vj`)", "believed",
     (["aws", "access", "key", "id"], lambda r: "ASIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))),
    ("azure_ad_app_client_secret", g_azure_ad, r"[A-Za-z0-9]{3}\dQ~[A-Za-z0-9_~.-]{34}",
     "3 + digit + `Q~` + 34", "read", (["azure", "client", "id"], lambda r: uuid4(r))),
    ("azure_blob_sas_signature", g_sas_sig, r"[A-Za-z0-9%]+",
     "percent-encoded standard Base64 of 32 random bytes (the `sig` parameter only)", "believed", None),
    ("vultr_api_key", lambda r: rs(r, UPPER_ALNUM, 36), r"[A-Z0-9]{36}",
     "36 upper-case alphanumerics", "believed", None),
    ("digitalocean_spaces_secret_key", lambda r: rs(r, B64STD, 43), r"[A-Za-z0-9+/]{43}",
     "43 Base64-alphabet characters", "believed", (["spaces", "access", "key"], lambda r: "DO00" + rs(r, UPPER_ALNUM, 16))),
    ("mailgun_webhook_signing_key", lambda r: rs(r, HEX, 32), r"[0-9a-f]{32}",
     "32 lower-case hex", "believed", None),
]

STYLES = [
    ("boutique_api_dotenv_production", "upper"),
    ("hire_worker_compose_environment", "upper"),
    ("fitting_app_settings_py_module", "upper"),
    ("costume_shop_typescript_secrets_ts", "camel"),
    ("shop_ops_railway_variables_set_history", "upper"),
    ("shop_ops_render_env_group_yaml", "upper"),
    ("alterations_service_toml_table", "snake"),
    ("rfid_app_android_gradle_local_properties", "dot"),
    ("bridal_owner_imessage_paste", "spaced"),
    ("hire_desk_helpscout_note", "spaced"),
    ("shop_ops_bitwarden_csv_export", "title"),
    ("fitting_ios_secrets_plist", "pascal"),
    ("stock_sync_dotnet_user_secrets_json", "pascal"),
    ("shop_ops_aws_ssm_put_parameter_history", "snake"),
    ("shop_ops_gh_secret_set_history", "upper"),
    ("costume_ops_k8s_secret_stringdata_yaml", "upper"),
]


def render(style, key, val, nkey=None, nval=None, vendor_title=""):
    pair = []
    if style == "boutique_api_dotenv_production":
        lines = ["# boutique-api .env.production", "NODE_ENV=production", "APP_URL=https://api.veilandlace.example"]
        if nkey:
            lines.append("%s=%s" % (nkey, nval))
        lines += ["%s=%s" % (key, val), "LOG_LEVEL=info"]
        return "\n".join(lines) + "\n"
    if style == "hire_worker_compose_environment":
        lines = ["services:", "  hire-worker:", "    image: registry.tuxhire.example/hire-worker:1.9", "    environment:",
                 "      - TZ=Europe/London"]
        if nkey:
            lines.append("      - %s=%s" % (nkey, nval))
        lines += ["      - %s=%s" % (key, val), "    restart: always"]
        return "\n".join(lines) + "\n"
    if style == "fitting_app_settings_py_module":
        lines = ["# fittings/integrations.py", "TIMEOUT_SECONDS = 20"]
        if nkey:
            lines.append('%s = "%s"' % (nkey, nval))
        lines.append('%s = "%s"' % (key, val))
        return "\n".join(lines) + "\n"
    if style == "costume_shop_typescript_secrets_ts":
        lines = ["// src/lib/secrets.ts – TODO move to env", "export const region = 'eu-west-2';"]
        if nkey:
            lines.append("export const %s = '%s';" % (nkey, nval))
        lines.append("export const %s = '%s';" % (key, val))
        return "\n".join(lines) + "\n"
    if style == "shop_ops_railway_variables_set_history":
        lines = ["  501  railway link", "  502  railway status"]
        if nkey:
            lines.append('  503  railway variables --set "%s=%s"' % (nkey, nval))
        lines.append('  504  railway variables --set "%s=%s"' % (key, val))
        lines.append("  505  railway up --detach")
        return "\n".join(lines) + "\n"
    if style == "shop_ops_render_env_group_yaml":
        lines = ["envVarGroups:", "  - name: boutique-shared", "    envVars:", "      - key: TZ", "        value: Europe/London"]
        if nkey:
            lines += ["      - key: %s" % nkey, "        value: %s" % nval]
        lines += ["      - key: %s" % key, "        value: %s" % val]
        return "\n".join(lines) + "\n"
    if style == "alterations_service_toml_table":
        lines = ["[integrations.%s]" % vendor_title.replace(" ", "_").lower(), "enabled = true"]
        if nkey:
            lines.append('%s = "%s"' % (nkey, nval))
        lines.append('%s = "%s"' % (key, val))
        return "\n".join(lines) + "\n"
    if style == "rfid_app_android_gradle_local_properties":
        lines = ["## local.properties – do not commit", "sdk.dir=/Users/ellis/Library/Android/sdk"]
        if nkey:
            lines.append("%s=%s" % (nkey, nval))
        lines.append("%s=%s" % (key, val))
        return "\n".join(lines) + "\n"
    if style == "bridal_owner_imessage_paste":
        s = "Hannah: ok here's the %s stuff for the new site" % vendor_title
        if nkey:
            s += "\nHannah: %s %s" % (nkey, nval)
        s += "\nHannah: %s %s\nHannah: pls don't save it in notes x\nDeveloper: 👍 thanks" % (key, val)
        return s + "\n"
    if style == "hire_desk_helpscout_note":
        s = "Private note (Dan W.)\nCustomer can't get the %s integration working after the migration. " % vendor_title
        if nkey:
            s += "Their %s is %s and " % (nkey, nval)
        s += "the %s they gave us is %s – rotate after fixing.\n" % (key, val)
        return s
    if style == "shop_ops_bitwarden_csv_export":
        user = nval if nkey else ""
        return ("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
                "Shop,,login,%s,%s,,0,https://%s.example,%s,%s,\n" % (vendor_title.title(), key, vendor_title.replace(" ", "").lower(), user, val))
    if style == "fitting_ios_secrets_plist":
        lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<plist version=\"1.0\">", "<dict>"]
        if nkey:
            lines += ["\t<key>%s</key>" % nkey, "\t<string>%s</string>" % nval]
        lines += ["\t<key>%s</key>" % key, "\t<string>%s</string>" % val, "</dict>", "</plist>"]
        return "\n".join(lines) + "\n"
    if style == "stock_sync_dotnet_user_secrets_json":
        sect = vendor_title.title().replace(" ", "")
        lines = ["{"]
        if nkey:
            lines.append('  "%s:%s": "%s",' % (sect, nkey, nval))
        lines.append('  "%s:%s": "%s"' % (sect, key, val))
        lines.append("}")
        return "\n".join(lines) + "\n"
    if style == "shop_ops_aws_ssm_put_parameter_history":
        lines = ["$ aws sso login --profile boutique"]
        if nkey:
            lines.append("$ aws ssm put-parameter --name /boutique/prod/%s --type String --value '%s'" % (nkey, nval))
        lines.append("$ aws ssm put-parameter --name /boutique/prod/%s --type SecureString --value '%s' --overwrite" % (key, val))
        lines.append('{\n    "Version": 3,\n    "Tier": "Standard"\n}')
        return "\n".join(lines) + "\n"
    if style == "shop_ops_gh_secret_set_history":
        lines = ["$ gh auth status"]
        if nkey:
            lines.append("$ gh variable set %s --body '%s'" % (nkey, nval))
        lines.append("$ gh secret set %s --body '%s'" % (key, val))
        lines.append("✓ Set Actions secret %s for veilandlace/boutique-site" % key)
        return "\n".join(lines) + "\n"
    if style == "costume_ops_k8s_secret_stringdata_yaml":
        lines = ["apiVersion: v1", "kind: Secret", "metadata:", "  name: costume-shop-%s" % vendor_title.replace(" ", "-").lower(),
                 "  namespace: shop", "type: Opaque", "stringData:"]
        if nkey:
            lines.append('  %s: "%s"' % (nkey, nval))
        lines.append('  %s: "%s"' % (key, val))
        return "\n".join(lines) + "\n"
    raise KeyError(style)


def build(reg, start_id):
    rng = random.Random(SEED)
    out = []
    n = start_id
    style_case = dict(STYLES)
    for i, (typ, gen, rx, shape, conf, nb) in enumerate(VENDORS):
        style, case = STYLES[i % len(STYLES)]
        words = typ.split("_")
        key = words_to_style(words, case)
        val = reg.draw(lambda: gen(rng))
        nkey = nval = None
        if nb:
            nkey = words_to_style(nb[0], case)
            nval = reg.draw(lambda: nb[1](rng)) if len(nb[1](random.Random(0))) >= 6 else nb[1](rng)
        title = " ".join(words[:2])
        text = render(style, key, val, nkey, nval, title)
        rec = span_record("p212-s-%04d" % n, typ, "%s__%s" % (typ, style), text, val, "vendor")
        out.append(rec)
        n += 1
    return out


SET_ASIDE = [
    ("postman_api_key", "the type name is on the deny-list (an earlier corpus has it)"),
    ("checkout_com_secret_key", "shape guessed and card payments are covered by Stripe, Square, PayPal, Mollie, Braintree and Clearpay"),
    ("eventbrite_private_oauth_token", "weak link to a boutique (bridal fairs only); shape guessed"),
    ("tiktok_business_access_token", "generic 40-hex guess; social is covered by WhatsApp and Instagram"),
    ("jina_ai_api_key", "prefix remembered, length guessed; AI vendors are well covered"),
    ("honeybadger_personal_auth_token", "generic guessed shape; error tracking is covered by Sentry"),
    ("better_stack_source_token", "generic guessed shape; logging is covered by Grafana and New Relic"),
    ("wasabi_secret_access_key", "generic guessed shape; object storage is covered by DigitalOcean Spaces and Bunny"),
    ("railway_api_token", "bare UUIDv4 guess; hosting is covered by Netlify, Supabase and Vultr"),
    ("trustpilot_api_secret", "generic guessed shape; weak link"),
    ("goodshuffle_pro_api_key", "generic guessed shape; rental software is covered by Booqable, Current RMS, Rentman and EZRentOut"),
    ("atma_io_api_key", "generic guessed shape; RFID clouds are covered by Nedap and Zebra"),
    ("formstack_api_token", "generic 32-hex guess; forms are a weak link"),
    ("imgix_secure_url_token", "16-character guess; image services are covered by Cloudinary, Uploadcare and Bunny"),
    ("pinterest_app_access_token", "`pina_` prefix remembered, body length guessed"),
]
