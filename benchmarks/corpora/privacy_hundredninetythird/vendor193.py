"""Vendor source: 120 vendor credential types used by bookshop / comic-store / second-hand dealer developers."""
import base64
import hashlib
import json
import random

from common193 import (SLOT, ALNUM, B62, HEXL, HEXU, LOWALNUM, UPALNUM, DIGITS, LOWER, UPPER, B64URL, B64STD,
                       owner_password, rs, rbytes, b64url_nopad, b64std, uuid4, crc32_b62, jwt, style_key,
                       fill, record)

SEED = 19302

W = "-_" + ALNUM          # [\w-] without underscore distinction
WU = "_" + ALNUM          # \w


def _email(r):
    return rs(r, LOWER, 1) + "." + r.choice(["orders", "books", "comics", "stock", "events"]) + "@example-books.test"


def _user(r):
    return r.choice(["ordersdesk", "backoffice", "shopfloor", "buyer", "manager", "comicsdesk"]) + "%02d" % r.randint(1, 99)


def _jwt_hs256(r, payload):
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, payload, hashlib.sha256)


# generators ---------------------------------------------------------------
def g_pw(r):
    return owner_password(r)


def g_ebay_secret(r):
    return "PRD-%s-%s-%s-%s-%s" % (rs(r, HEXL, 12), rs(r, HEXL, 4), rs(r, HEXL, 4), rs(r, HEXL, 4), rs(r, HEXL, 4))


def g_ebay_refresh(r):
    return "v^1.1#i^1#p^3#r^1#I^3#f^0#t^" + b64std(rbytes(r, 150)).rstrip("=")


def g_lwa_refresh(r):
    return "Atzr|IwEB" + rs(r, B64URL, 340)


def g_ghp(r):
    body = rs(r, B62, 30)
    return "ghp_" + body + crc32_b62(body)


def g_tunnel(r):
    d = {"a": rs(r, HEXL, 32), "t": uuid4(r), "s": b64std(rbytes(r, 32))}
    return b64std(json.dumps(d, separators=(",", ":")).encode())


def g_zettle(r):
    iat = 1730000000 + r.randint(0, 9000000)
    return jwt(r, {"kid": "0", "typ": "JWT", "alg": "RS256"},
               {"iss": "iZettle", "aud": "API", "sub": uuid4(r), "scope": ["READ:PURCHASE", "READ:PRODUCT"], "iat": iat},
               None, 256)


def g_hardcover(r):
    iat = 1735000000 + r.randint(0, 9000000)
    return _jwt_hs256(r, {"version": "8.0", "id": r.randint(10000, 99999), "loggedIn": True, "sub": str(r.randint(10000, 99999)),
                          "iat": iat})


def g_n8n(r):
    iat = 1738000000 + r.randint(0, 9000000)
    return _jwt_hs256(r, {"sub": uuid4(r), "iss": "n8n", "aud": "public-api", "iat": iat})


def g_bws(r):
    return "0.%s.%s:%s" % (uuid4(r), rs(r, ALNUM, 30), b64std(rbytes(r, 16)).rstrip("="))


def g_atlassian(r):
    return "ATATT3xFfGF0" + rs(r, B64URL, 180) + "=" + rs(r, HEXU, 8)


def g_ably(r):
    return "%s.%s:%s" % (rs(r, B64URL, 6), rs(r, B64URL, 6), rs(r, B64URL, 43))


def g_gchat(r):
    return ("https://chat.googleapis.com/v1/spaces/AAAA%s/messages?key=AIza%s&token=%s"
            % (rs(r, B64URL, 7), rs(r, W, 35), rs(r, B64URL, 43)))


def g_fly(r):
    return "fm2_" + b64std(rbytes(r, 120))


# table --------------------------------------------------------------------
# (type, generator, shape, confidence, neighbour)
# neighbour: (key words, generator, what it is)
V = []


def add(t, gen, shape, conf, neigh=None):
    V.append((t, gen, shape, conf, neigh))


OWN = "owner"
READ = "read"
BEL = "believed"
GUE = "guessed"

# book trade, comics, second-hand marketplaces
add("gardners_trade_portal_password", g_pw, "owner-chosen password", OWN, (["gardners", "account", "number"], lambda r: rs(r, DIGITS, 6), "account number"))
add("ingram_ipage_account_password", g_pw, "owner-chosen password", OWN, (["ingram", "ipage", "user"], _user, "user name"))
add("nielsen_bookdata_web_services_password", g_pw, "owner-chosen password", OWN, (["nielsen", "client", "id"], lambda r: "BKS" + rs(r, DIGITS, 6), "client id"))
add("batch_bookseller_clearing_password", g_pw, "owner-chosen password", OWN, (["batch", "shop", "code"], lambda r: "BA" + rs(r, DIGITS, 5), "shop code"))
add("national_book_tokens_till_password", g_pw, "owner-chosen password", OWN, (["book", "tokens", "merchant", "id"], lambda r: rs(r, DIGITS, 8), "merchant id"))
add("diamond_retailer_services_password", g_pw, "owner-chosen password", OWN, (["diamond", "retailer", "number"], lambda r: rs(r, DIGITS, 6), "retailer number"))
add("lunar_distribution_retailer_password", g_pw, "owner-chosen password", OWN, (["lunar", "login", "email"], _email, "login e-mail"))
add("metron_comic_db_password", g_pw, "owner-chosen password", OWN, (["metron", "username"], _user, "user name"))
add("alibris_seller_ftp_password", g_pw, "owner-chosen password", OWN, (["alibris", "ftp", "user"], _user, "user name"))
add("star_cloudprnt_server_password", g_pw, "owner-chosen password", OWN, (["cloudprnt", "user"], _user, "user name"))
add("givex_gift_card_terminal_password", g_pw, "owner-chosen password", OWN, (["givex", "terminal", "id"], lambda r: rs(r, DIGITS, 7), "terminal id"))
add("baker_taylor_title_source_api_key", lambda r: rs(r, UPALNUM, 32), "32 upper-case alphanumerics", GUE)
add("booknet_biblioshare_api_token", lambda r: rs(r, LOWALNUM, 20), "20 lower-case alphanumerics", GUE)
add("isbndb_premium_api_key", lambda r: rs(r, DIGITS, 5) + "_" + rs(r, HEXL, 32), "5 digits + `_` + 32 lower-case hex", GUE)
add("google_books_server_api_key", lambda r: "AIza" + rs(r, W, 35), "`AIza` + 35 `[\\w-]` (Google API key)", READ)
add("edelweiss_plus_retailer_api_key", lambda r: rs(r, HEXL, 40), "40 lower-case hex", GUE)
add("comichub_store_api_key", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", GUE)
add("prh_biblio_api_key", lambda r: rs(r, LOWALNUM, 24), "24 lower-case alphanumerics", GUE)
add("marvel_developer_private_key", lambda r: rs(r, HEXL, 40), "40 lower-case hex", BEL, (["marvel", "public", "key"], lambda r: rs(r, HEXL, 32), "public key (32 hex, public by design)"))
add("comic_vine_api_key", lambda r: rs(r, HEXL, 40), "40 lower-case hex", BEL)
add("librarything_developer_key", lambda r: rs(r, HEXL, 32), "32 lower-case hex", BEL)
add("hardcover_api_bearer_token", g_hardcover, "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", BEL)
add("goodreads_legacy_developer_secret", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", BEL, (["goodreads", "developer", "key"], lambda r: rs(r, ALNUM, 20), "developer key (identifier)"))
add("abebooks_seller_inventory_api_key", lambda r: rs(r, UPALNUM, 32), "32 upper-case alphanumerics", GUE, (["abebooks", "seller", "id"], lambda r: rs(r, DIGITS, 8), "seller id"))
add("biblio_seller_api_key", lambda r: rs(r, LOWALNUM, 40), "40 lower-case alphanumerics", GUE)
add("booklooker_dealer_api_key", lambda r: rs(r, HEXL, 32), "32 lower-case hex", GUE)
add("ebay_production_client_secret", g_ebay_secret, "`PRD-` + 12 hex + four groups of 4 hex (cert id)", BEL, (["ebay", "app", "id"], lambda r: "ShopBook-Stocksyn-PRD-%s-%s" % (rs(r, HEXL, 9), rs(r, HEXL, 8)), "app id (client id, public)"))
add("ebay_user_refresh_token", g_ebay_refresh, "`v^1.1#i^1#p^3#r^1#I^3#f^0#t^` + 200 Base64 characters", BEL)
add("amazon_sp_api_lwa_client_secret", lambda r: "amzn1.oa2-cs.v1." + rs(r, HEXL, 64), "`amzn1.oa2-cs.v1.` + 64 lower-case hex", BEL, (["lwa", "client", "id"], lambda r: "amzn1.application-oa2-client." + rs(r, HEXL, 32), "LWA client id (identifier)"))
add("amazon_sp_api_lwa_refresh_token", g_lwa_refresh, "`Atzr|IwEB` + 340 base64url", BEL)
add("etsy_open_api_shared_secret", lambda r: rs(r, LOWALNUM, 10), "10 lower-case alphanumerics", BEL, (["etsy", "keystring"], lambda r: rs(r, LOWALNUM, 24), "keystring (API key id, sent in the clear)"))
add("discogs_personal_access_token", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", BEL)
add("lightspeed_retail_oauth_client_secret", lambda r: rs(r, HEXL, 64), "64 lower-case hex", GUE, (["lightspeed", "client", "id"], lambda r: rs(r, HEXL, 32), "client id"))
add("loyverse_pos_access_token", lambda r: rs(r, HEXL, 32), "32 lower-case hex", GUE)
add("printnode_cloud_print_api_key", lambda r: rs(r, B64URL, 43), "43 base64url", GUE)
add("zebra_savanna_api_key", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", GUE)
add("shipstation_api_secret", lambda r: rs(r, HEXL, 32), "32 lower-case hex", BEL, (["shipstation", "api", "key"], lambda r: rs(r, HEXL, 32), "API key (same shape, identifier)"))
add("easypost_production_api_key", lambda r: "EZAK" + rs(r, ALNUM, 54), "`EZAK` + 54 alphanumerics", READ)
add("shippo_live_api_token", lambda r: "shippo_live_" + rs(r, HEXL, 40), "`shippo_live_` + 40 hex", READ)
add("aftership_tracking_api_key", lambda r: "asat_" + rs(r, HEXL, 32), "`asat_` + 32 lower-case hex", GUE)
add("royal_mail_click_and_drop_api_key", uuid4, "UUIDv4", GUE)
add("evri_parcel_api_client_secret", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", GUE, (["evri", "client", "id"], lambda r: rs(r, ALNUM, 24), "client id"))
add("ticketsource_api_key", lambda r: rs(r, ALNUM, 48), "48 alphanumerics", GUE)
add("tito_admin_api_secret_token", lambda r: "secret_live_" + rs(r, ALNUM, 20), "`secret_live_` + 20 alphanumerics", GUE)
add("zoom_meeting_sdk_client_secret", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", BEL, (["zoom", "sdk", "client", "id"], lambda r: rs(r, ALNUM, 22), "client id (public)"))
add("marsello_loyalty_api_key", uuid4, "UUIDv4", GUE)
# payments and accounting
add("sumup_merchant_secret_api_key", lambda r: "sup_sk_" + rs(r, ALNUM, 32), "`sup_sk_` + 32 alphanumerics", BEL)
add("zettle_api_key_assertion", g_zettle, "RS256-style JWT (real base64url JSON, 256 random signature bytes)", BEL)
add("gocardless_live_access_token", lambda r: "live_" + rs(r, W + "=", 40).replace("=", "Q"), "`live_` + 40 `[A-Za-z0-9_-]`", READ)
add("stripe_webhook_endpoint_secret", lambda r: "whsec_" + rs(r, ALNUM, 32), "`whsec_` + 32 alphanumerics", BEL)
add("checkout_com_secret_key", lambda r: "sk_" + uuid4(r), "`sk_` + UUIDv4", BEL)
add("xero_oauth_client_secret", lambda r: rs(r, B64URL, 48), "48 base64url", GUE, (["xero", "client", "id"], lambda r: rs(r, HEXU, 32), "client id (public)"))
add("quickbooks_online_client_secret", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", BEL, (["quickbooks", "client", "id"], lambda r: "AB" + rs(r, ALNUM, 48), "client id (public)"))
add("freeagent_oauth_client_secret", lambda r: rs(r, B64URL, 22), "22 base64url", GUE, (["freeagent", "oauth", "identifier"], lambda r: rs(r, B64URL, 22), "OAuth identifier (same shape, public)"))
# messaging
add("twilio_account_auth_token", lambda r: rs(r, HEXL, 32), "32 lower-case hex", BEL, (["twilio", "account", "sid"], lambda r: "AC" + rs(r, HEXL, 32), "account SID `AC…` (identifier)"))
add("messagebird_live_access_key", lambda r: rs(r, ALNUM, 25), "25 alphanumerics", READ)
add("brevo_transactional_api_key", lambda r: "xkeysib-" + rs(r, HEXL, 64) + "-" + rs(r, ALNUM, 16), "`xkeysib-` + 64 hex + `-` + 16 alphanumerics", READ)
add("mailchimp_marketing_api_key", lambda r: rs(r, HEXL, 32) + "-us%02d" % r.randint(1, 21), "32 hex + `-us` + 2 digits", READ)
add("mailgun_private_api_key", lambda r: "key-" + rs(r, HEXL, 32), "`key-` + 32 hex", READ)
add("resend_email_api_key", lambda r: "re_" + rs(r, ALNUM, 8) + "_" + rs(r, ALNUM, 24), "`re_` + 8 + `_` + 24 alphanumerics", GUE)
add("ghost_admin_api_key", lambda r: rs(r, HEXL, 24) + ":" + rs(r, HEXL, 64), "24 hex id + `:` + 64 hex secret (the whole pair is the key)", BEL)
add("pusher_channels_app_secret", lambda r: rs(r, HEXL, 20), "20 lower-case hex", BEL, (["pusher", "app", "key"], lambda r: rs(r, HEXL, 20), "app key (same shape, public)"))
add("ably_root_api_key", g_ably, "app id `.` key id `:` 43-character secret", BEL)
add("zendesk_support_api_token", lambda r: rs(r, ALNUM, 40), "40 alphanumerics", READ)
add("freshdesk_agent_api_key", lambda r: rs(r, ALNUM, 20), "20 alphanumerics", BEL)
add("slack_bot_user_oauth_token", lambda r: "xoxb-%s-%s-%s" % (rs(r, DIGITS, 12), rs(r, DIGITS, 13), rs(r, ALNUM, 24)), "`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24 alphanumerics", READ)
add("slack_incoming_webhook_url", lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UPALNUM, 10), rs(r, UPALNUM, 10), rs(r, ALNUM, 24)), "whole `hooks.slack.com/services/T…/B…/<24>` URL", READ)
add("google_chat_space_webhook_url", g_gchat, "whole `chat.googleapis.com/v1/spaces/…/messages?key=…&token=…` URL", BEL)
add("mattermost_incoming_webhook_url", lambda r: "https://chat.example-books.test/hooks/" + rs(r, LOWALNUM, 26), "whole `/hooks/` + 26 lower-case alphanumerics URL", BEL)
add("pushover_application_api_token", lambda r: "a" + rs(r, LOWALNUM, 29), "`a` + 29 lower-case alphanumerics", BEL)
add("ntfy_access_token", lambda r: "tk_" + rs(r, LOWALNUM, 29), "`tk_` + 29 lower-case alphanumerics", BEL)
add("telegram_pull_list_bot_token", lambda r: rs(r, DIGITS, 10) + ":AA" + rs(r, W, 33), "10-digit bot id + `:AA` + 33 `[\\w-]`", READ)
# AI
add("openai_project_api_key", lambda r: "sk-proj-" + rs(r, W, 74) + "T3BlbkFJ" + rs(r, W, 74), "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url", READ)
add("anthropic_workspace_api_key", lambda r: "sk-ant-api03-" + rs(r, W, 93) + "AA", "`sk-ant-api03-` + 93 base64url + `AA`", READ)
add("google_gemini_api_key", lambda r: "AIza" + rs(r, W, 35), "`AIza` + 35 `[\\w-]`", READ)
add("groq_cloud_api_key", lambda r: "gsk_" + rs(r, ALNUM, 52), "`gsk_` + 52 alphanumerics", BEL)
add("huggingface_user_access_token", lambda r: "hf_" + rs(r, UPPER + LOWER, 34), "`hf_` + 34 letters", READ)
add("replicate_api_token", lambda r: "r8_" + rs(r, ALNUM, 37), "`r8_` + 37 alphanumerics", BEL)
add("perplexity_api_key", lambda r: "pplx-" + rs(r, ALNUM, 48), "`pplx-` + 48 alphanumerics", READ)
add("together_ai_api_key", lambda r: rs(r, HEXL, 64), "64 lower-case hex", BEL)
add("pinecone_api_key", lambda r: "pcsk_" + rs(r, ALNUM, 5) + "_" + rs(r, ALNUM, 63), "`pcsk_` + 5 + `_` + 63 alphanumerics", GUE)
# developer and ops
add("github_classic_personal_access_token", g_ghp, "`ghp_` + 30 base62 + 6-character base62 CRC-32", READ)
add("gitlab_personal_access_token", lambda r: "glpat-" + rs(r, W, 20), "`glpat-` + 20 `[\\w-]`", READ)
add("atlassian_cloud_api_token", g_atlassian, "`ATATT3xFfGF0` + 180 base64url + `=` + 8 upper-case hex", BEL)
add("heroku_platform_api_key", lambda r: "HRKU-AA" + rs(r, W, 58), "`HRKU-AA` + 58 `[\\w-]`", READ)
add("render_api_key", lambda r: "rnd_" + rs(r, ALNUM, 32), "`rnd_` + 32 alphanumerics", BEL)
add("digitalocean_personal_access_token", lambda r: "dop_v1_" + rs(r, HEXL, 64), "`dop_v1_` + 64 hex", READ)
add("hetzner_cloud_api_token", lambda r: rs(r, ALNUM, 64), "64 alphanumerics", BEL)
add("cloudflare_api_token", lambda r: rs(r, W, 40), "40 `[A-Za-z0-9_-]`", READ)
add("cloudflare_tunnel_token", g_tunnel, "Base64 of real JSON `{\"a\":…,\"t\":<UUIDv4>,\"s\":…}`", BEL)
add("cloudflare_r2_secret_access_key", lambda r: rs(r, HEXL, 64), "64 lower-case hex", BEL, (["r2", "access", "key", "id"], lambda r: rs(r, HEXL, 32), "access key id (identifier)"))
add("azure_storage_account_key", lambda r: b64std(rbytes(r, 64)), "Base64 of 64 bytes (88 characters, ends `==`)", BEL, (["azure", "storage", "account"], lambda r: "bookshopmedia%03d" % r.randint(0, 999), "account name"))
add("google_oauth_refresh_token", lambda r: "1//0" + rs(r, ALNUM, 1) + rs(r, W, 99), "`1//0` + 100 base64url", BEL)
add("sentry_user_auth_token", lambda r: "sntryu_" + rs(r, HEXL, 64), "`sntryu_` + 64 hex", READ)
add("datadog_api_key", lambda r: rs(r, HEXL, 32), "32 lower-case hex", BEL)
add("datadog_application_key", lambda r: rs(r, HEXL, 40), "40 lower-case hex", BEL)
add("rollbar_project_access_token", lambda r: rs(r, HEXL, 32), "32 lower-case hex", BEL)
add("typesense_admin_api_key", lambda r: rs(r, ALNUM, 32), "32 alphanumerics", GUE)
add("imagekit_private_api_key", lambda r: "private_" + b64std(rbytes(r, 20)), "`private_` + Base64 of 20 bytes (28 characters with `=`)", BEL)
add("uploadcare_secret_key", lambda r: rs(r, HEXL, 20), "20 lower-case hex", BEL, (["uploadcare", "public", "key"], lambda r: rs(r, HEXL, 20), "public key (same shape, public)"))
add("circleci_personal_api_token", lambda r: "CCIPAT_" + rs(r, ALNUM, 22) + "_" + rs(r, HEXL, 40), "`CCIPAT_` + 22 + `_` + 40 hex", BEL)
add("buildkite_api_access_token", lambda r: "bkua_" + rs(r, HEXL, 40), "`bkua_` + 40 lower-case hex", BEL)
add("bitwarden_secrets_manager_access_token", g_bws, "`0.` + UUIDv4 + `.` + 30 + `:` + 22 Base64", BEL)
add("infisical_service_token", lambda r: "st.%s.%s.%s" % (rs(r, HEXL, 24), rs(r, HEXL, 32), rs(r, HEXL, 32)), "`st.` + 24 hex + `.` + 32 hex + `.` + 32 hex", GUE)
add("notion_internal_integration_secret", lambda r: "ntn_" + rs(r, DIGITS, 11) + rs(r, ALNUM, 35), "`ntn_` + 11 digits + 35 alphanumerics", READ)
add("airtable_personal_access_token", lambda r: "pat" + rs(r, ALNUM, 14) + "." + rs(r, HEXL, 64), "`pat` + 14 + `.` + 64 hex", READ)
add("make_scenario_webhook_url", lambda r: "https://hook.eu1.make.com/" + rs(r, LOWALNUM, 32), "whole `hook.eu1.make.com/` + 32 URL", BEL)
add("n8n_public_api_key", g_n8n, "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", BEL)
add("dropbox_short_lived_access_token", lambda r: "sl." + rs(r, W, 135), "`sl.` + 135 `[A-Za-z0-9_-]`", READ)
add("mux_video_token_secret", lambda r: b64std(rbytes(r, 57)), "Base64 of 57 bytes (76 characters)", GUE, (["mux", "token", "id"], uuid4, "token id (UUIDv4, identifier)"))
add("vercel_access_token", lambda r: rs(r, ALNUM, 24), "24 alphanumerics", BEL)
add("fly_io_deploy_token", g_fly, "`fm2_` + Base64 of 120 bytes", READ)
add("scaleway_secret_key", uuid4, "UUIDv4", BEL, (["scaleway", "access", "key"], lambda r: "SCW" + rs(r, UPALNUM, 17), "access key `SCW…` (identifier)"))
add("shopify_admin_api_access_token", lambda r: "shpat_" + rs(r, HEXL, 32), "`shpat_` + 32 hex", READ)
add("meilisearch_default_admin_api_key", lambda r: rs(r, HEXL, 64), "64 lower-case hex", GUE)
add("adobe_pdf_services_client_secret", lambda r: "p8e-" + rs(r, ALNUM, 32), "`p8e-` + 32 alphanumerics", READ, (["adobe", "client", "id"], lambda r: rs(r, HEXL, 32), "client id (identifier)"))
add("maxmind_geoip_license_key", lambda r: rs(r, ALNUM, 6) + "_" + rs(r, ALNUM, 29) + "_mmk", "6 + `_` + 29 alphanumerics + `_mmk`", READ, (["maxmind", "account", "id"], lambda r: rs(r, DIGITS, 6), "account id"))
# tail (written, unused unless needed)
add("linode_personal_access_token", lambda r: rs(r, HEXL, 64), "64 lower-case hex", BEL)
add("railway_team_token", uuid4, "UUIDv4", BEL)
add("todoist_api_token", lambda r: rs(r, HEXL, 40), "40 lower-case hex", BEL)
add("storyblok_management_token", lambda r: rs(r, ALNUM, 36), "36 alphanumerics", GUE)
add("infracost_api_token", lambda r: "ico-" + rs(r, ALNUM, 32), "`ico-` + 32 alphanumerics", READ)
add("dynatrace_api_token", lambda r: "dt0c01." + rs(r, UPALNUM, 24) + "." + rs(r, UPALNUM, 64), "`dt0c01.` + 24 + `.` + 64", READ)

N_USED = 120


# styles ---------------------------------------------------------------------
def s_envrc(k, nk, nv, r):
    lines = ["# .envrc for the bookshop API (direnv)", "source_up_if_exists", "export SHOP_ENV=production"]
    if nk:
        lines.append("export %s='%s'" % (nk, nv))
    lines.append("export %s='%s'" % (k, SLOT))
    return "\n".join(lines) + "\n"


def s_pysettings(k, nk, nv, r):
    lines = ['"""Comic shop integrations - settings.py (production)."""', "DEBUG = False", "NEW_COMIC_DAY = 'WED'"]
    if nk:
        lines.append('%s = "%s"' % (nk, nv))
    lines.append('%s = "%s"' % (k, SLOT))
    return "\n".join(lines) + "\n"


def s_nodejson(k, nk, nv, r):
    inner = []
    if nk:
        inner.append('      "%s": "%s"' % (nk, nv))
    inner.append('      "%s": "%s"' % (k, SLOT))
    return ('{\n  "marketplaceSync": {\n    "intervalMinutes": 15,\n    "credentials": {\n%s\n    }\n  }\n}\n' % ",\n".join(inner))


def s_javaprops(k, nk, nv, r):
    lines = ["# edi-bridge application.properties", "server.port=8088", "edi.bridge.retry=3"]
    if nk:
        lines.append("%s=%s" % (nk, nv))
    lines.append("%s=%s" % (k, SLOT))
    return "\n".join(lines) + "\n"


def s_imessage(k, nk, nv, r):
    parts = ["Mum's shop phone [%02d:%02d]" % (r.randint(9, 17), r.randint(0, 59)), "ok here it is, the %s is %s" % (k, SLOT)]
    if nk:
        parts.insert(1, "the %s is %s" % (nk, nv))
    parts.append("don't put it in the group chat x")
    return "\n".join(parts) + "\n"


def s_email(k, nk, nv, r):
    body = "Subject: Your integration credentials\n\nDear bookseller,\n\nAs requested, here are the details for your integration.\n\n"
    if nk:
        body += "  %s: %s\n" % (nk, nv)
    body += "  %s: %s\n\nPlease store these securely.\n\nSupport Team\n" % (k, SLOT)
    return body


def s_bitwarden(k, nk, nv, r):
    fields = []
    if nk:
        fields.append('{"name": "%s", "value": "%s", "type": 0}' % (nk, nv))
    fields.append('{"name": "%s", "value": "%s", "type": 1}' % (k, SLOT))
    return ('{"items": [{"id": "%s", "type": 1, "name": "%s", "folderId": null,\n  "fields": [%s],\n  "login": {"uris": [], "username": null}}]}\n'
            % (uuid4(r), k, ",\n    ".join(fields)))


def s_doppler(k, nk, nv, r):
    lines = ["  %d  doppler setup --project bookshop --config prd" % r.randint(400, 900)]
    if nk:
        lines.append("  %d  doppler secrets set %s='%s'" % (r.randint(901, 950), nk, nv))
    lines.append("  %d  doppler secrets set %s='%s'" % (r.randint(951, 999), k, SLOT))
    lines.append("  %d  doppler run -- npm start" % r.randint(1000, 1100))
    return "\n".join(lines) + "\n"


def s_kubectl(k, nk, nv, r):
    extra = " \\\n    --from-literal=%s='%s'" % (nk, nv) if nk else ""
    return ("$ kubectl -n comics create secret generic integrations%s \\\n    --from-literal=%s='%s'\nsecret/integrations created\n"
            % (extra, k, SLOT))


def s_gostruct(k, nk, nv, r):
    lines = ["var prodConfig = Config{", '\tShopName: "Panel & Page",']
    if nk:
        lines.append('\t%s: "%s",' % (nk, nv))
    lines.append('\t%s: "%s",' % (k, SLOT))
    lines.append("}")
    return "\n".join(lines) + "\n"


def s_zendesk(k, nk, nv, r):
    t = "Internal note (not visible to requester)\nTicket #%d - marketplace listings stopped syncing\n" % r.randint(10000, 99999)
    if nk:
        t += "%s: %s\n" % (nk, nv)
    t += "%s (new one, old one revoked): %s\nRe-ran the sync, 412 listings updated.\n" % (k, SLOT)
    return t


def s_rubyenv(k, nk, nv, r):
    lines = ["# config/initializers/integrations.rb"]
    if nk:
        lines.append('%s = ENV.fetch("%s", "%s")' % (nk, nk, nv))
    lines.append('%s = ENV.fetch("%s", "%s")' % (k, k, SLOT))
    return "\n".join(lines) + "\n"


STYLES = [
    ("bookshop_api_direnv_envrc", "upper", s_envrc),
    ("comic_shop_python_settings_module", "upper", s_pysettings),
    ("marketplace_sync_node_config_json", "camel", s_nodejson),
    ("edi_bridge_java_application_properties", "dot", s_javaprops),
    ("shop_owner_imessage_paste", "spaced", s_imessage),
    ("distributor_support_email_reply", "spaced", s_email),
    ("bookshop_it_bitwarden_json_export", "title", s_bitwarden),
    ("bookshop_ops_doppler_secrets_set_history", "upper", s_doppler),
    ("comic_ops_kubectl_create_secret_history", "kebab", s_kubectl),
    ("bookshop_go_config_struct_literal", "pascal", s_gostruct),
    ("secondhand_desk_zendesk_internal_note", "spaced", s_zendesk),
    ("author_events_ruby_env_fallback", "upper", s_rubyenv),
]


def build(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    n = start_index
    for i, (t, gen, shape, conf, neigh) in enumerate(V[:N_USED]):
        sname, sstyle, sfn = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        k = style_key(t.split("_"), sstyle)
        nk = nv = None
        if neigh:
            nk = style_key(neigh[0], sstyle)
            nv = reg.draw(lambda: neigh[1](rng))
        tpl = sfn(k, nk, nv, rng)
        text, s, e = fill(tpl, value)
        recs.append(record("p193-s-%04d" % n, t, t + "__" + sname, text, s, e, "vendor"))
        n += 1
    return recs
