"""Vendor source: 120 vendor credential types used by upholstery / restoration / antique-dealer developers."""
import base64
import json
import random

from common215 import (B62, HEXL, HEXU, LOWALNUM, UPALNUM, DIGITS, B64STD, B64URL, UPPER, LOWER,
                       SLOT, rs, rbytes, b64, b64u, uuid4, owner_pw, jwt, style_key, fill, positive)

SEED = 21502
A = B62


def _g(fn):
    return fn


def ebay_cert(r):
    return "PRD-%s-%s-%s-%s-%s" % (rs(r, HEXL, 12), rs(r, HEXL, 4), rs(r, HEXL, 4), rs(r, HEXL, 4), rs(r, HEXL, 4))


def ebay_refresh(r):
    return "v^1.1#i^1#r^1#f^0#p^3#I^3#t^Ul4xMF8" + rs(r, B64STD, 110) + "=="


def etsy_refresh(r):
    return rs(r, DIGITS, 9) + "." + rs(r, B64URL, 86)


def zettle(r):
    return jwt({"alg": "RS256", "typ": "JWT", "kid": rs(r, HEXL, 8)},
               {"iss": "iZettle", "aud": "API", "sub": uuid4(r), "iat": 1730000000 + r.randrange(9000000),
                "scopes": ["READ:PURCHASE", "READ:PRODUCT"], "client_id": uuid4(r)}, rbytes(r, 256))


def routific(r):
    return jwt({"alg": "HS256", "typ": "JWT"},
               {"_id": rs(r, HEXL, 24), "iat": 1731000000 + r.randrange(9000000), "role": "api"},
               rbytes(r, 32))  # HMAC key, discarded


def intercom(r):
    raw = "tok:" + uuid4(r).replace("-", "_") + ":1:0"
    return base64.b64encode(raw.encode()).decode()


def discord_bot(r):
    uid = str(r.randrange(10 ** 17, 10 ** 18 * 2))
    return b64u(uid.encode()) + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38)


def onepassword(r):
    blob = {"signInAddress": "patinaandprovenance.1password.eu", "userAuth": {"method": "SRPg-4096",
            "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64u(rbytes(r, 16))},
            "email": rs(r, LOWER, 26) + "@1passwordserviceaccounts.eu", "srpX": rbytes(r, 32).hex(),
            "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(r, 32)), "key_ops": ["encrypt", "decrypt"],
                    "kty": "oct", "kid": "mp"}, "secretKey": "A3-" + rs(r, UPALNUM, 6) + "-" + rs(r, UPALNUM, 26),
            "throttleSecret": {"seed": rbytes(r, 32).hex(), "uuid": rs(r, UPALNUM, 26)}, "deviceUuid": rs(r, LOWALNUM, 26)}
    return "ops_" + b64u(json.dumps(blob, separators=(",", ":")).encode())


def wp_app_pw(r):
    return " ".join(rs(r, A, 4) for _ in range(6))


def dhl_pw(r):
    return rs(r, A, 4) + r.choice("!$^@#") + rs(r, A, 5) + r.choice("!$^@#") + rs(r, A, 5)


# (type, generator, shape, basis, neighbour (label words, generator) or None)
VENDORS = [
    ("ebay_oauth_cert_id", ebay_cert, "`PRD-` + 12-4-4-4-4 lower-case hex groups", "guessed",
     (["ebay", "app", "id"], lambda r: "TackTwin-Jobs-PRD-" + rs(r, HEXL, 9) + "-" + rs(r, HEXL, 8))),
    ("ebay_user_refresh_token", ebay_refresh, "`v^1.1#i^1#r^1#f^0#p^3#I^3#t^` + `Ul4xMF8` + 110 Base64 + `==`", "guessed", None),
    ("etsy_api_shared_secret", lambda r: rs(r, LOWALNUM, 10), "10 lower-case alphanumerics", "believed",
     (["etsy", "keystring"], lambda r: rs(r, LOWALNUM, 24))),
    ("etsy_oauth_refresh_token", etsy_refresh, "9-digit user id + `.` + 86 base64url", "guessed", None),
    ("firstdibs_dealer_api_key", lambda r: rs(r, HEXL, 40), "40 lower-case hex", "guessed", None),
    ("liveauctioneers_seller_api_token", lambda r: rs(r, A, 48), "48 alphanumerics", "guessed", None),
    ("liveauctioneers_seller_console_password", owner_pw, "owner-chosen password", "owner",
     (["liveauctioneers", "login", "email"], lambda r: "sales+%d@gavelandlot.example" % r.randint(1, 99))),
    ("the_saleroom_auctioneer_login_password", owner_pw, "owner-chosen password", "owner",
     (["saleroom", "auction", "house", "code"], lambda r: "GAVL" + rs(r, DIGITS, 4))),
    ("invaluable_house_api_key", uuid4, "UUIDv4", "guessed", None),
    ("chairish_seller_api_token", lambda r: rs(r, HEXL, 32), "32 lower-case hex", "guessed", None),
    ("vinterior_dealer_api_key", lambda r: rs(r, HEXL, 64), "64 lower-case hex", "guessed", None),
    ("amazon_sp_api_lwa_client_secret", lambda r: "amzn1.oa2-cs.v1." + rs(r, HEXL, 64),
     "`amzn1.oa2-cs.v1.` + 64 lower-case hex", "believed",
     (["lwa", "client", "id"], lambda r: "amzn1.application-oa2-client." + rs(r, HEXL, 32))),
    ("shopify_admin_api_access_token", lambda r: "shpat_" + rs(r, HEXL, 32), "`shpat_` + 32 lower-case hex", "believed", None),
    ("squarespace_commerce_api_key", uuid4, "UUIDv4", "guessed", None),
    ("stripe_live_secret_key", lambda r: "sk_live_51" + rs(r, A, 97), "`sk_live_51` + 97 alphanumerics", "believed", None),
    ("sumup_api_secret_key", lambda r: "sup_sk_" + rs(r, A, 33), "`sup_sk_` + 33 alphanumerics", "read", None),
    ("zettle_api_key_jwt", zettle, "RS256-shaped JWT (real base64url JSON, random 256-byte signature)", "guessed", None),
    ("klarna_live_api_credential", lambda r: "klarna_live_api_" + rs(r, A, 40), "`klarna_live_api_` + 40 alphanumerics", "guessed", None),
    ("adyen_checkout_api_key", lambda r: "AQE" + rs(r, B64STD, 90), "`AQE` + 90 characters of the standard Base64 alphabet", "guessed", None),
    ("gocardless_live_access_token", lambda r: "live_" + rs(r, B64URL, 40), "`live_` + 40 base64url", "believed", None),
    ("dojo_card_terminal_api_key", lambda r: "sk_prod_" + rs(r, A, 48), "`sk_prod_` + 48 alphanumerics", "guessed", None),
    ("xero_oauth2_client_secret", lambda r: rs(r, B64URL, 48), "48 base64url", "believed",
     (["xero", "client", "id"], lambda r: rs(r, HEXU, 32))),
    ("quickbooks_oauth_client_secret", lambda r: rs(r, A, 40), "40 alphanumerics", "believed",
     (["quickbooks", "client", "id"], lambda r: "AB" + rs(r, A, 48))),
    ("sage_business_cloud_client_secret", lambda r: rs(r, A, 40), "40 alphanumerics", "guessed",
     (["sage", "client", "id"], lambda r: uuid4(r) + "/" + uuid4(r))),
    ("dhl_express_mydhl_api_password", dhl_pw, "16 alphanumerics with two of `!$^@#` (issued by DHL, not chosen)", "guessed",
     (["mydhl", "api", "username"], lambda r: "tackandtwineGB")),
    ("fedex_api_client_secret", lambda r: rs(r, HEXL, 32), "32 lower-case hex", "guessed",
     (["fedex", "client", "id"], lambda r: "l7" + rs(r, HEXL, 30))),
    ("ups_oauth_client_secret", lambda r: rs(r, A, 64), "64 alphanumerics", "guessed",
     (["ups", "client", "id"], lambda r: rs(r, A, 48))),
    ("easyship_api_access_token", lambda r: "prod_" + rs(r, B64URL, 43), "`prod_` + 43 base64url", "guessed", None),
    ("shipengine_api_key", lambda r: rs(r, B64URL, 43), "43 base64url", "guessed", None),
    ("arta_fine_art_shipping_api_key", lambda r: rs(r, A, 32), "32 alphanumerics", "guessed", None),
    ("parcelforce_expresslink_password", owner_pw, "owner-chosen password", "owner",
     (["expresslink", "username"], lambda r: "TACKTWINE01")),
    ("hmrc_developer_hub_client_secret", uuid4, "UUIDv4", "guessed",
     (["hmrc", "client", "id"], lambda r: rs(r, A, 28))),
    ("avalara_avatax_license_key", lambda r: rs(r, HEXU, 16), "16 upper-case hex", "believed",
     (["avatax", "account", "id"], lambda r: "11" + rs(r, DIGITS, 8))),
    ("openexchangerates_app_id", lambda r: rs(r, HEXL, 32), "32 lower-case hex", "believed", None),
    ("fixer_io_access_key", lambda r: rs(r, HEXL, 32), "32 lower-case hex", "believed", None),
    ("calendly_webhook_signing_key", lambda r: rs(r, B64URL, 43), "43 base64url", "guessed", None),
    ("acuity_scheduling_api_key", lambda r: rs(r, HEXL, 32), "32 lower-case hex", "believed",
     (["acuity", "user", "id"], lambda r: rs(r, DIGITS, 8))),
    ("cal_com_api_key", lambda r: "cal_live_" + rs(r, HEXL, 32), "`cal_live_` + 32 lower-case hex", "believed", None),
    ("google_calendar_oauth_client_secret", lambda r: "GOCSPX-" + rs(r, B64URL, 28), "`GOCSPX-` + 28 base64url", "believed",
     (["google", "client", "id"], lambda r: rs(r, DIGITS, 12) + "-" + rs(r, LOWALNUM, 32) + ".apps.googleusercontent.com")),
    ("hubspot_private_app_token", lambda r: "pat-eu1-" + uuid4(r), "`pat-eu1-` + UUIDv4", "believed", None),
    ("pipedrive_api_token", lambda r: rs(r, HEXL, 40), "40 lower-case hex", "believed", None),
    ("airtable_personal_access_token", lambda r: "pat" + rs(r, A, 14) + "." + rs(r, HEXL, 64),
     "`pat` + 14 alphanumerics + `.` + 64 lower-case hex", "believed", None),
    ("notion_internal_integration_secret", lambda r: "ntn_" + rs(r, A, 46), "`ntn_` + 46 alphanumerics", "guessed", None),
    ("typeform_personal_access_token", lambda r: "tfp_" + rs(r, A, 44) + "_" + rs(r, A, 14),
     "`tfp_` + 44 + `_` + 14 alphanumerics", "guessed", None),
    ("jotform_api_key", lambda r: rs(r, HEXL, 32), "32 lower-case hex", "guessed", None),
    ("docusign_integration_secret_key", uuid4, "UUIDv4", "believed",
     (["docusign", "integration", "key"], uuid4)),
    ("dropbox_sign_api_key", lambda r: rs(r, HEXL, 64), "64 lower-case hex", "believed", None),
    ("pandadoc_api_key", lambda r: rs(r, HEXL, 40), "40 lower-case hex", "guessed", None),
    ("docraptor_api_key", lambda r: rs(r, A, 20), "20 alphanumerics", "guessed", None),
    ("mailchimp_marketing_api_key", lambda r: rs(r, HEXL, 32) + "-us" + str(r.randint(2, 21)),
     "32 lower-case hex + `-us` + data-centre number", "believed", None),
    ("klaviyo_private_api_key", lambda r: "pk_" + rs(r, HEXL, 34), "`pk_` + 34 lower-case hex", "believed", None),
    ("mailgun_private_api_key", lambda r: rs(r, HEXL, 32) + "-" + rs(r, HEXL, 8) + "-" + rs(r, HEXL, 8),
     "32 + `-` + 8 + `-` + 8 lower-case hex", "believed", None),
    ("postmark_account_api_token", uuid4, "UUIDv4", "believed", None),
    ("brevo_api_v3_key", lambda r: "xkeysib-" + rs(r, HEXL, 64) + "-" + rs(r, A, 16), "`xkeysib-` + 64 hex + `-` + 16 alphanumerics", "believed", None),
    ("twilio_account_auth_token", lambda r: rs(r, HEXL, 32), "32 lower-case hex", "believed",
     (["twilio", "account", "sid"], lambda r: "AC" + rs(r, HEXL, 32))),
    ("telegram_workshop_bot_token", lambda r: str(r.randint(6000000000, 7999999999)) + ":AA" + rs(r, B64URL, 33),
     "10 digits + `:AA` + 33 base64url", "believed", None),
    ("slack_bot_user_oauth_token", lambda r: "xoxb-" + rs(r, DIGITS, 13) + "-" + rs(r, DIGITS, 13) + "-" + rs(r, A, 24),
     "`xoxb-` + 13 + `-` + 13 digits + `-` + 24 alphanumerics", "believed", None),
    ("slack_incoming_webhook_url", lambda r: "https://hooks.slack.com/services/T" + rs(r, UPALNUM, 10) + "/B" + rs(r, UPALNUM, 10) + "/" + rs(r, A, 24),
     "whole `hooks.slack.com/services/T…/B…/…` URL (the URL is the credential)", "believed", None),
    ("discord_bot_token", discord_bot, "base64url of an 18-digit id + `.` + 6 + `.` + 38 base64url", "believed", None),
    ("meta_app_secret", lambda r: rs(r, HEXL, 32), "32 lower-case hex", "believed",
     (["meta", "app", "id"], lambda r: rs(r, DIGITS, 15))),
    ("meta_page_access_token", lambda r: "EAAG" + rs(r, A, 190), "`EAAG` + 190 alphanumerics", "believed", None),
    ("messagebird_live_access_key", lambda r: rs(r, A, 25), "25 alphanumerics", "guessed", None),
    ("intercom_access_token", intercom, "standard Base64 of `tok:` + UUID with underscores + `:1:0` (real)", "guessed", None),
    ("zendesk_api_token", lambda r: rs(r, A, 40), "40 alphanumerics", "believed",
     (["zendesk", "agent", "email"], lambda r: "hugh@patinaandprovenance.example/token")),
    ("freshdesk_api_key", lambda r: rs(r, A, 20), "20 alphanumerics", "believed", None),
    ("x_twitter_app_bearer_token", lambda r: "AAAAAAAAAAAAAAAAAAAAA" + rs(r, A, 19) + "%3D" + rs(r, A, 50),
     "21 `A` + 19 alphanumerics + `%3D` + 50 alphanumerics", "believed", None),
    ("openai_project_api_key", lambda r: "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74),
     "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url", "believed", None),
    ("anthropic_api_key", lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA", "`sk-ant-api03-` + 93 base64url + `AA`", "believed", None),
    ("google_gemini_api_key", lambda r: "AIza" + rs(r, B64URL, 35), "`AIza` + 35 base64url", "believed", None),
    ("groq_api_key", lambda r: "gsk_" + rs(r, A, 52), "`gsk_` + 52 alphanumerics", "believed", None),
    ("perplexity_api_key", lambda r: "pplx-" + rs(r, A, 48), "`pplx-` + 48 alphanumerics", "believed", None),
    ("replicate_api_token", lambda r: "r8_" + rs(r, A, 37), "`r8_` + 37 alphanumerics", "believed", None),
    ("stability_ai_api_key", lambda r: "sk-" + rs(r, A, 48), "`sk-` + 48 alphanumerics", "believed", None),
    ("together_ai_api_key", lambda r: rs(r, HEXL, 64), "64 lower-case hex", "believed", None),
    ("voyage_ai_api_key", lambda r: "pa-" + rs(r, B64URL, 43), "`pa-` + 43 base64url", "guessed", None),
    ("langsmith_personal_api_key", lambda r: "lsv2_pt_" + rs(r, HEXL, 32) + "_" + rs(r, HEXL, 10),
     "`lsv2_pt_` + 32 hex + `_` + 10 hex", "read", None),
    ("pinecone_api_key", lambda r: "pcsk_" + rs(r, A, 6) + "_" + rs(r, A, 63), "`pcsk_` + 6 + `_` + 63 alphanumerics", "read", None),
    ("tinify_api_key", lambda r: rs(r, A, 32), "32 alphanumerics", "guessed", None),
    ("kraken_io_api_secret", lambda r: rs(r, HEXL, 40), "40 lower-case hex", "guessed",
     (["kraken", "api", "key"], lambda r: rs(r, HEXL, 32))),
    ("github_fine_grained_pat", lambda r: "github_pat_" + rs(r, A, 22) + "_" + rs(r, A, 59),
     "`github_pat_` + 22 + `_` + 59 alphanumerics", "believed", None),
    ("github_classic_personal_token", lambda r: "ghp_" + rs(r, A, 36), "`ghp_` + 36 alphanumerics", "believed", None),
    ("gitlab_personal_access_token", lambda r: "glpat-" + rs(r, B64URL, 20), "`glpat-` + 20 base64url", "believed", None),
    ("bitbucket_app_password", lambda r: "ATBB" + rs(r, A, 32), "`ATBB` + 32 alphanumerics", "guessed",
     (["bitbucket", "username"], lambda r: "patina-dev")),
    ("npm_granular_access_token", lambda r: "npm_" + rs(r, A, 36), "`npm_` + 36 alphanumerics", "believed", None),
    ("vercel_access_token", lambda r: rs(r, A, 24), "24 alphanumerics", "believed", None),
    ("render_api_key", lambda r: "rnd_" + rs(r, A, 32), "`rnd_` + 32 alphanumerics", "believed", None),
    ("fly_io_deploy_token", lambda r: "fm2_" + rs(r, B64URL, 180), "`fm2_` + 180 base64url", "guessed", None),
    ("heroku_platform_api_key", lambda r: "HRKU-AA" + rs(r, B64URL, 58), "`HRKU-AA` + 58 base64url", "read", None),
    ("digitalocean_personal_access_token", lambda r: "dop_v1_" + rs(r, HEXL, 64), "`dop_v1_` + 64 lower-case hex", "believed", None),
    ("linode_personal_access_token", lambda r: rs(r, HEXL, 64), "64 lower-case hex", "believed", None),
    ("hetzner_cloud_api_token", lambda r: rs(r, A, 64), "64 alphanumerics", "believed", None),
    ("scaleway_secret_key", uuid4, "UUIDv4", "believed",
     (["scaleway", "access", "key"], lambda r: "SCW" + rs(r, UPALNUM, 17))),
    ("backblaze_b2_application_key", lambda r: "K005" + rs(r, A, 27), "`K005` + 27 alphanumerics", "believed",
     (["b2", "key", "id"], lambda r: "005" + rs(r, HEXL, 22))),
    ("cloudflare_api_token", lambda r: rs(r, B64URL, 40), "40 base64url", "believed", None),
    ("cloudflare_r2_secret_access_key", lambda r: rs(r, HEXL, 64), "64 lower-case hex", "believed",
     (["r2", "access", "key", "id"], lambda r: rs(r, HEXL, 32))),
    ("aws_iam_user_secret_access_key", lambda r: rs(r, UPPER + LOWER + DIGITS + "+/", 40), "40 of the standard Base64 alphabet", "believed",
     (["aws", "access", "key", "id"], lambda r: "AKIA" + rs(r, UPPER + "234567", 16))),
    ("azure_storage_account_key", lambda r: b64(rbytes(r, 64)), "standard Base64 of 64 random bytes (88 characters)", "believed",
     (["azure", "storage", "account"], lambda r: "patinaphotos" + rs(r, LOWALNUM, 4))),
    ("datadog_api_key", lambda r: rs(r, HEXL, 32), "32 lower-case hex", "believed", None),
    ("datadog_application_key", lambda r: rs(r, HEXL, 40), "40 lower-case hex", "believed", None),
    ("honeycomb_ingest_api_key", lambda r: "hcaik_" + rs(r, A, 58), "`hcaik_` + 58 alphanumerics", "guessed", None),
    ("onepassword_service_account_token", onepassword, "`ops_` + base64url of JSON (real JSON, random key material)", "believed", None),
    ("pulumi_access_token", lambda r: "pul-" + rs(r, HEXL, 40), "`pul-` + 40 lower-case hex", "believed", None),
    ("snyk_api_token", uuid4, "UUIDv4", "believed", None),
    ("sonarqube_user_token", lambda r: "squ_" + rs(r, HEXL, 40), "`squ_` + 40 lower-case hex", "believed", None),
    ("circleci_personal_api_token", lambda r: "CCIPAT_" + rs(r, A, 22) + "_" + rs(r, HEXL, 40),
     "`CCIPAT_` + 22 alphanumerics + `_` + 40 lower-case hex", "read", None),
    ("buildkite_user_access_token", lambda r: "bkua_" + rs(r, HEXL, 40), "`bkua_` + 40 lower-case hex", "believed", None),
    ("infisical_machine_client_secret", lambda r: rs(r, HEXL, 64), "64 lower-case hex", "guessed",
     (["infisical", "client", "id"], uuid4)),
    ("sentry_user_auth_token", lambda r: "sntryu_" + rs(r, HEXL, 64), "`sntryu_` + 64 lower-case hex", "believed", None),
    ("postman_workspace_api_key", lambda r: "PMAK-" + rs(r, HEXL, 24) + "-" + rs(r, HEXL, 34), "`PMAK-` + 24 hex + `-` + 34 hex", "believed", None),
    ("tailscale_api_access_token", lambda r: "tskey-api-k" + rs(r, A, 14) + "-" + rs(r, A, 33),
     "`tskey-api-k` + 14 + `-` + 33 alphanumerics", "believed", None),
    ("hikvision_nvr_admin_password", owner_pw, "owner-chosen password", "owner",
     (["nvr", "admin", "user"], lambda r: "admin")),
    ("unifi_protect_local_admin_password", owner_pw, "owner-chosen password", "owner",
     (["unifi", "local", "user"], lambda r: "workshopcam")),
    ("antiques_trade_gazette_subscriber_password", owner_pw, "owner-chosen password", "owner",
     (["atg", "subscriber", "email"], lambda r: "subs.desk@patinaandprovenance.example")),
    ("netatmo_weather_station_client_secret", lambda r: rs(r, A, 30), "30 alphanumerics", "guessed",
     (["netatmo", "client", "id"], lambda r: rs(r, HEXL, 24))),
    ("what3words_api_key", lambda r: rs(r, UPALNUM, 8), "8 upper-case alphanumerics", "believed", None),
    ("here_location_api_key", lambda r: rs(r, B64URL, 43), "43 base64url", "believed", None),
    ("ideal_postcodes_api_key", lambda r: "ak_" + rs(r, LOWALNUM, 24), "`ak_` + 24 lower-case alphanumerics", "guessed", None),
    ("loqate_address_api_key", lambda r: "-".join(rs(r, UPALNUM, 4) for _ in range(4)), "4-4-4-4 upper-case alphanumerics", "believed", None),
    ("routific_api_token", routific, "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", "guessed", None),
    ("wordpress_application_password", wp_app_pw, "24 alphanumerics in six space-separated groups of four", "believed",
     (["wordpress", "username"], lambda r: "hugh")),
]

SET_ASIDE = [
    ("faire_brand_api_access_token", "shape guessed (64 alphanumerics) and wholesale is a weak link for restorers"),
    ("dext_prepare_api_key", "shape guessed; bookkeeping is covered by Xero, QuickBooks and Sage"),
    ("packlink_pro_api_key", "shape guessed; parcel shipping is covered by DHL, FedEx, UPS, Easyship, ShipEngine and ARTA"),
    ("clipdrop_api_key", "shape guessed; image services are covered by Tinify, Kraken.io and Stability AI"),
    ("imgix_management_api_key", "shape guessed (`ak_` prefix only vaguely remembered)"),
    ("fireworks_ai_api_key", "body length guessed; AI vendors are well covered"),
    ("getaddress_io_api_key", "shape guessed; address lookup is covered by Loqate, Ideal Postcodes, what3words and HERE"),
    ("cloudinary_environment_url_secret", "the secret sits inside a `cloudinary://key:secret@cloud` URL; the URL form is covered by the Slack webhook and positional userinfo syntaxes"),
    ("easylive_auction_api_key", "no shape known at all and a fifth auction marketplace"),
    ("bamboohr_api_key", "weak link (staff records are not this world's software)"),
    ("wise_personal_api_token", "an earlier README has a Wise token (another name, same product)"),
]

STYLES = [
    ("dealer_site_dotenv_production", "upper"),
    ("workshop_compose_env_block", "upper"),
    ("saleroom_app_settings_py", "upper"),
    ("job_sheet_app_typescript_config_ts", "camel"),
    ("workshop_ops_fly_secrets_set_history", "upper"),
    ("workshop_ops_doppler_secrets_set_history", "upper"),
    ("restoration_api_appsettings_json", "pascal"),
    ("dealer_app_kotlin_local_properties", "dot"),
    ("dealer_whatsapp_message_paste", "spaced"),
    ("workshop_freshdesk_ticket_note", "spaced"),
    ("dealer_keepass_csv_export", "title"),
    ("condition_app_ios_info_plist", "pascal"),
    ("provenance_service_yaml_config", "snake"),
    ("workshop_ops_heroku_config_set_history", "upper"),
    ("workshop_ops_vercel_env_add_history", "upper"),
    ("workshop_ops_nomad_var_put_history", "snake"),
]


def render(style, key, val, nb):
    """Return a template with SLOT for the secret; nb = (neighbour key, neighbour value) or None."""
    V = SLOT
    if style == "dealer_site_dotenv_production":
        return "# dealer site (production)\nNODE_ENV=production\n" + ("%s=%s\n" % nb if nb else "") + key + "=\"" + V + "\"\nLOG_LEVEL=info\n"
    if style == "workshop_compose_env_block":
        return ("services:\n  jobs:\n    image: ghcr.io/tackandtwine/jobs:2.4\n    environment:\n"
                + ("      %s: \"%s\"\n" % nb if nb else "") + "      " + key + ": \"" + V + "\"\n")
    if style == "saleroom_app_settings_py":
        return "# saleroom/settings.py\nDEBUG = False\n" + ("%s = \"%s\"\n" % nb if nb else "") + key + " = \"" + V + "\"\n"
    if style == "job_sheet_app_typescript_config_ts":
        return ("export const vendors = {\n" + ("  %s: \"%s\",\n" % nb if nb else "") + "  " + key + ": \"" + V + "\",\n} as const;\n")
    if style == "workshop_ops_fly_secrets_set_history":
        return ("  311  fly status -a tack-and-twine-jobs\n" + ("  312  fly secrets set %s=%s -a tack-and-twine-jobs\n" % nb if nb else "")
                + "  313  fly secrets set " + key + "='" + V + "' -a tack-and-twine-jobs\n  314  fly deploy\n")
    if style == "workshop_ops_doppler_secrets_set_history":
        return ((": 1737000101:0;doppler secrets set %s=\"%s\" -p saleroom -c prd\n" % nb if nb else "")
                + ": 1737000118:0;doppler secrets set " + key + "=\"" + V + "\" -p saleroom -c prd\n: 1737000140:0;doppler run -- make serve\n")
    if style == "restoration_api_appsettings_json":
        return ("{\n  \"Integrations\": {\n" + ("    \"%s\": \"%s\",\n" % nb if nb else "") + "    \"" + key + "\": \"" + V + "\"\n  }\n}\n")
    if style == "dealer_app_kotlin_local_properties":
        return "sdk.dir=/Users/hugh/Library/Android/sdk\n" + ("%s=%s\n" % nb if nb else "") + key + "=" + V + "\n"
    if style == "dealer_whatsapp_message_paste":
        return ("[03/04/2025, 17:22] Hugh Patina: ok here you go" + (" – %s %s," % nb if nb else "")
                + " " + key + " " + V + " \n[03/04/2025, 17:23] Ines: got it, deleting this now\n")
    if style == "workshop_freshdesk_ticket_note":
        return ("Ticket #4%d – dealer site integration\nPrivate note (Tom): " % len(key) + ("%s is %s; " % nb if nb else "")
                + key + ": " + V + "\nStatus: Pending\n")
    if style == "dealer_keepass_csv_export":
        user = nb[1] if nb else "ops@patinaandprovenance.example"
        return ("\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n\"Vendors\",\"" + key + "\",\"" + user
                + "\",\"" + V + "\",\"\",\"" + (nb[0] if nb else "rotated Q1") + "\"\n")
    if style == "condition_app_ios_info_plist":
        return ("<dict>\n  <key>CFBundleName</key>\n  <string>Condition</string>\n" + ("  <key>%s</key>\n  <string>%s</string>\n" % nb if nb else "")
                + "  <key>" + key + "</key>\n  <string>" + V + "</string>\n</dict>\n")
    if style == "provenance_service_yaml_config":
        return "vendors:\n" + ("  %s: \"%s\"\n" % nb if nb else "") + "  " + key + ": \"" + V + "\"\n"
    if style == "workshop_ops_heroku_config_set_history":
        return ("$ heroku config:set " + ("%s=%s " % nb if nb else "") + key + "='" + V + "' -a patina-valuations\nSetting config vars and restarting patina-valuations... done, v112\n")
    if style == "workshop_ops_vercel_env_add_history":
        return ((" 88  printf '%%s' '%s' | vercel env add %s production\n" % (nb[1], nb[0]) if nb else "")
                + " 89  printf '%s' '" + V + "' | vercel env add " + key + " production\n 90  vercel --prod\n")
    if style == "workshop_ops_nomad_var_put_history":
        return ("$ nomad var put nomad/jobs/saleroom " + ("%s=%s " % nb if nb else "") + key + "='" + V + "'\nCreated variable \"nomad/jobs/saleroom\" with modify index 4417\n")
    raise ValueError(style)


def build(reg, start_index):
    rng = random.Random(SEED)
    out = []
    idx = start_index
    for i, (typ, gen, shape, basis, nbdef) in enumerate(VENDORS):
        sname, case = STYLES[i % len(STYLES)]
        words = typ.split("_")
        key = style_key(words, case)
        nb = None
        if nbdef:
            nwords, ngen = nbdef
            nval = reg.draw(lambda: ngen(rng)) if len(ngen(random.Random(0))) >= 6 else ngen(rng)
            nb = (style_key(nwords, case), nval)
        value = reg.draw(lambda: gen(rng))
        tpl = render(sname, key, value, nb)
        text, s, e = fill(tpl, value)
        out.append(positive("p215-s-%04d" % idx, typ, typ + "__" + sname, text, s, e, "vendor"))
        idx += 1
    return out
