"""Vendor source: 120 vendor credential types, each in one of 12 styles (cyclic)."""
import base64
import json
import random

from common204 import (B62, B64STD, B64URL, HEX, LOWER_ALNUM, MARK, UPPER_ALNUM, b64, b64u, jwt,
                       password, rbytes, record, rs, style_key, uuid4)

SEED = 20402
LETTERS_BOTH = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
UHEX = "0123456789ABCDEF"
B32L = "abcdefghijklmnopqrstuvwxyz234567"


def A(n):
    return lambda r: rs(r, B62, n)


def H(n):
    return lambda r: rs(r, HEX, n)


def U(n):
    return lambda r: rs(r, UPPER_ALNUM, n)


def L(n):
    return lambda r: rs(r, LOWER_ALNUM, n)


def BU(n):
    return lambda r: rs(r, B64URL, n)


def P(prefix, f):
    return lambda r: prefix + f(r)


def UUID(r):
    return uuid4(r)


def PW(r):
    return password(r)


def ses_smtp(r):
    return b64(b"\x04" + rbytes(r, 32))


def stormglass(r):
    return uuid4(r) + "-" + uuid4(r)


def notify_key(r):
    return "ferry_alerts_live-" + uuid4(r) + "-" + uuid4(r)


def ably(r):
    return rs(r, B62, 6) + "." + rs(r, B62, 6) + ":" + rs(r, B64URL, 43)


def line_token(r):
    return b64(rbytes(r, 128))


def viber(r):
    return "-".join(rs(r, HEX, 16) for _ in range(3))


def slack_hook(r):
    return "https://hooks.slack.com/services/T" + rs(r, UPPER_ALNUM, 8) + "/B" + rs(r, UPPER_ALNUM, 10) + "/" + rs(r, B62, 24)


def met_office_jwt(r):
    return jwt(r, {"alg": "RS256", "typ": "JWT", "x5t": b64u(rbytes(r, 20))},
               {"sub": "ops@islandlink.example", "iss": "datahub", "subscribedAPIs": [{"name": "SiteSpecificForecast", "context": "/sitespecific/v0"}],
                "iat": 1767100000 + r.randrange(99999), "jti": uuid4(r)}, sig_len=256)


def monday_jwt(r):
    return jwt(r, {"alg": "HS256"}, {"tid": r.randrange(10 ** 8, 10 ** 9), "aai": 11, "uid": r.randrange(10 ** 7, 10 ** 8),
                                     "iad": "2026-01-%02dT09:12:04.000Z" % r.randint(1, 28), "per": "me:write", "actid": r.randrange(10 ** 6, 10 ** 7), "rgn": "euc1"},
               alg_key=rbytes(r, 32))


def jfrog_ref(r):
    raw = "reftkn:01:%d:%s" % (2082758400 + r.randrange(10 ** 7), rs(r, B64URL, 31))
    return b64(raw.encode()).rstrip("=")


def elastic_key(r):
    return b64((rs(r, B64URL, 20) + ":" + rs(r, B64URL, 24)).encode())


def cf_tunnel(r):
    obj = {"a": rs(r, HEX, 32), "t": uuid4(r), "s": b64(rbytes(r, 32))}
    return b64(json.dumps(obj, separators=(",", ":")).encode())


def op_sa(r):
    obj = {"signInAddress": "islandlink.1password.eu",
           "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": b64u(rbytes(r, 16))},
           "email": rs(r, "abcdefghijklmnopqrstuvwxyz234567", 13) + "@1passwordserviceaccounts.eu",
           "srpX": rs(r, HEX, 64),
           "muk": {"alg": "A256GCM", "ext": False, "k": b64u(rbytes(r, 32)), "key_ops": ["decrypt", "encrypt"], "kty": "oct", "kid": "mp"},
           "secretKey": "A3-" + rs(r, UPPER_ALNUM, 6) + "-" + "-".join(rs(r, UPPER_ALNUM, 5) for _ in range(5)),
           "throttleSecret": {"seed": rs(r, HEX, 64), "uuid": rs(r, UPPER_ALNUM, 26)},
           "deviceUuid": rs(r, "abcdefghijklmnopqrstuvwxyz234567", 26)}
    return "ops_" + b64(json.dumps(obj, separators=(",", ":")).encode()).rstrip("=")


def intercom(r):
    return b64(("tok:" + uuid4(r) + ":1:0").encode())


def sendbird_like(r):
    return rs(r, HEX, 40)


def gotify(r):
    return "A" + rs(r, B62 + ".-_", 14)


R_, B_, G_, PWD = "read", "believed", "guessed", "password"

# (type, generator, regex, status, shape description, neighbour (label words, generator) or None)
VENDORS_ALL = [
    # payments and commerce
    ("stripe_live_secret_key", P("sk_live_51", A(97)), r"sk_live_51[A-Za-z0-9]{97}", R_, "`sk_live_51` + 97 alphanumerics", None),
    ("stripe_webhook_signing_secret", P("whsec_", A(32)), r"whsec_[A-Za-z0-9]{32}", B_, "`whsec_` + 32 alphanumerics", None),
    ("adyen_notification_hmac_key", lambda r: rs(r, UHEX, 64), r"[0-9A-F]{64}", B_, "64 upper-case hex", (["adyen", "merchant", "account"], lambda r: "IslandLinkFerries" + rs(r, "0123456789", 3) + "ECOM")),
    ("braintree_private_key", H(32), r"[0-9a-f]{32}", B_, "32 lower-case hex", (["braintree", "public", "key"], L(16))),
    ("checkout_com_secret_key", P("sk_", lambda r: rs(r, B32L, 26)), r"sk_[a-z2-7]{26}", G_, "`sk_` + 26 lower-case Base32", None),
    ("gocardless_live_access_token", P("live_", BU(40)), r"live_[A-Za-z0-9_-]{40}", R_, "`live_` + 40 base64url", None),
    ("mollie_organization_access_token", P("access_", A(40)), r"access_[A-Za-z0-9]{40}", B_, "`access_` + 40 alphanumerics", None),
    ("square_webhook_signature_key", BU(22), r"[A-Za-z0-9_-]{22}", G_, "22 base64url", None),
    ("klarna_api_password", A(32), r"[A-Za-z0-9]{32}", G_, "32 alphanumerics (generated API password)", (["klarna", "api", "username"], lambda r: "PK" + rs(r, "0123456789", 5) + "_" + rs(r, HEX, 12))),
    ("shopify_admin_api_access_token", P("shpat_", H(32)), r"shpat_[0-9a-f]{32}", R_, "`shpat_` + 32 lower-case hex", (["shopify", "shop", "domain"], lambda r: "island-pass-shop-" + rs(r, LOWER_ALNUM, 4) + ".myshopify.com")),
    # ferry booking, maritime data, tides and weather
    ("bokun_secret_key", H(32), r"[0-9a-f]{32}", G_, "32 lower-case hex", (["bokun", "access", "key"], H(32))),
    ("ventrata_api_token", UUID, r"UUID", G_, "UUIDv4", None),
    ("xola_seller_api_key", A(32), r"[A-Za-z0-9]{32}", G_, "32 alphanumerics", None),
    ("peek_pro_partner_api_key", H(40), r"[0-9a-f]{40}", G_, "40 lower-case hex", None),
    ("directferries_partner_api_key", lambda r: rs(r, UHEX, 32), r"[0-9A-F]{32}", G_, "32 upper-case hex", (["directferries", "partner", "id"], lambda r: "DF" + rs(r, "0123456789", 6))),
    ("ferryhopper_affiliate_api_key", A(40), r"[A-Za-z0-9]{40}", G_, "40 alphanumerics", None),
    ("marinetraffic_api_key", H(40), r"[0-9a-f]{40}", B_, "40 lower-case hex", None),
    ("vesselfinder_user_key", lambda r: "WS-" + rs(r, UHEX, 8) + "-" + rs(r, UHEX, 6), r"WS-[0-9A-F]{8}-[0-9A-F]{6}", G_, "`WS-` + 8 + `-` + 6 upper-case hex", None),
    ("aisstream_io_api_key", H(40), r"[0-9a-f]{40}", G_, "40 lower-case hex", None),
    ("spire_maritime_api_token", A(32), r"[A-Za-z0-9]{32}", G_, "32 alphanumerics", None),
    ("datalastic_api_key", UUID, r"UUID", G_, "UUIDv4", None),
    ("stormglass_api_key", stormglass, r"UUID-UUID", G_, "two UUIDv4s joined by `-`", None),
    ("worldtides_api_key", UUID, r"UUID", G_, "UUIDv4", None),
    ("admiralty_tidal_api_subscription_key", H(32), r"[0-9a-f]{32}", B_, "32 lower-case hex (API Management subscription key)", None),
    ("openweathermap_api_key", H(32), r"[0-9a-f]{32}", B_, "32 lower-case hex", None),
    ("tomorrow_io_api_key", A(32), r"[A-Za-z0-9]{32}", B_, "32 alphanumerics", None),
    ("windy_point_forecast_api_key", A(32), r"[A-Za-z0-9]{32}", G_, "32 alphanumerics", None),
    ("met_office_datahub_api_key", met_office_jwt, r"JWT", G_, "RS256-shaped JWT (real base64url JSON, random 256-byte signature)", None),
    ("what3words_api_key", U(8), r"[0-9A-Z]{8}", B_, "8 upper-case alphanumerics", None),
    ("here_platform_api_key", BU(43), r"[A-Za-z0-9_-]{43}", B_, "43 base64url", None),
    ("gov_uk_notify_api_key", notify_key, r"ferry_alerts_live-UUID-UUID", B_, "key name + `-` + service UUIDv4 + `-` + secret UUIDv4", None),
    ("companies_house_api_key", UUID, r"UUID", B_, "UUIDv4", None),
    ("mca_seafarer_portal_password", PW, "PW", PWD, "owner-chosen password", (["mca", "discharge", "book", "no"], lambda r: "R" + rs(r, "0123456789", 6))),
    ("uk_mnsw_portal_password", PW, "PW", PWD, "owner-chosen password", (["mnsw", "user", "email"], lambda r: "returns." + rs(r, LOWER_ALNUM, 4) + "@islandlink.example")),
    ("safeseanet_user_password", PW, "PW", PWD, "owner-chosen password", (["safeseanet", "user", "id"], lambda r: "GB-PA-" + rs(r, "0123456789", 4))),
    ("port_community_system_password", PW, "PW", PWD, "owner-chosen password", (["pcs", "company", "code"], lambda r: "ILF" + rs(r, "0123456789", 4))),
    # messaging
    ("twilio_auth_token", H(32), r"[0-9a-f]{32}", B_, "32 lower-case hex", (["twilio", "account", "sid"], P("AC", H(32)))),
    ("messagebird_live_access_key", A(25), r"[A-Za-z0-9]{25}", R_, "25 alphanumerics", None),
    ("sinch_sms_api_token", H(32), r"[0-9a-f]{32}", B_, "32 lower-case hex", (["sinch", "service", "plan", "id"], H(32))),
    ("telnyx_api_key", lambda r: "KEY" + rs(r, UHEX, 32) + "_" + rs(r, B62, 22), r"KEY[0-9A-F]{32}_[A-Za-z0-9]{22}", B_, "`KEY` + 32 upper-case hex + `_` + 22 alphanumerics", None),
    ("brevo_api_key", lambda r: "xkeysib-" + rs(r, HEX, 64) + "-" + rs(r, B62, 16), r"xkeysib-[0-9a-f]{64}-[A-Za-z0-9]{16}", R_, "`xkeysib-` + 64 lower-case hex + `-` + 16 alphanumerics", None),
    ("mailgun_private_api_key", P("key-", H(32)), r"key-[0-9a-f]{32}", R_, "`key-` + 32 lower-case hex", None),
    ("mailersend_api_token", P("mlsn.", H(64)), r"mlsn\.[0-9a-f]{64}", B_, "`mlsn.` + 64 lower-case hex", None),
    ("amazon_ses_smtp_password", ses_smtp, r"B[A-Za-z0-9+/]{43}", B_, "standard Base64 of version byte 0x04 + 32 bytes (44 characters starting `B`)", (["ses", "smtp", "username"], lambda r: "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))),
    ("onesignal_rest_api_key", lambda r: "os_v2_app_" + rs(r, B32L, 113), r"os_v2_app_[a-z2-7]{113}", G_, "`os_v2_app_` + 113 lower-case Base32", (["onesignal", "app", "id"], UUID)),
    ("pusher_channels_app_secret", H(20), r"[0-9a-f]{20}", B_, "20 lower-case hex", (["pusher", "app", "key"], H(20))),
    ("ably_root_api_key", ably, r"[A-Za-z0-9]{6}\.[A-Za-z0-9]{6}:[A-Za-z0-9_-]{43}", B_, "app id + `.` + key id + `:` + 43 base64url (whole key labelled)", None),
    ("line_channel_access_token", line_token, r"[A-Za-z0-9+/]{171}=", B_, "standard Base64 of 128 bytes (172 characters)", None),
    ("viber_bot_auth_token", viber, r"[0-9a-f]{16}-[0-9a-f]{16}-[0-9a-f]{16}", B_, "three groups of 16 lower-case hex", None),
    ("slack_bot_user_oauth_token", lambda r: "xoxb-" + rs(r, "0123456789", 12) + "-" + rs(r, "0123456789", 13) + "-" + rs(r, B62, 24), r"xoxb-[0-9]{12}-[0-9]{13}-[A-Za-z0-9]{24}", R_, "`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24 alphanumerics", None),
    ("slack_incoming_webhook_url", slack_hook, r"https://hooks\.slack\.com/services/T[0-9A-Z]{8}/B[0-9A-Z]{10}/[A-Za-z0-9]{24}", R_, "whole `hooks.slack.com/services/T…/B…/…` URL (the URL is the credential)", None),
    ("discord_application_client_secret", BU(32), r"[A-Za-z0-9_-]{32}", R_, "32 base64url", (["discord", "client", "id"], lambda r: str(r.randrange(10 ** 17, 10 ** 18)))),
    ("rocket_chat_personal_access_token", BU(43), r"[A-Za-z0-9_-]{43}", G_, "43 base64url", (["rocketchat", "user", "id"], A(17))),
    ("pagerduty_rest_api_key", lambda r: "u+" + rs(r, B62 + "-_", 18), r"u\+[A-Za-z0-9_-]{18}", G_, "`u+` + 18 base64url", None),
    ("pagerduty_events_integration_key", H(32), r"[0-9a-f]{32}", B_, "32 lower-case hex", None),
    ("pushover_application_token", P("a", L(29)), r"a[a-z0-9]{29}", B_, "`a` + 29 lower-case alphanumerics", (["pushover", "user", "key"], P("u", L(29)))),
    ("ntfy_access_token", P("tk_", L(29)), r"tk_[a-z0-9]{29}", B_, "`tk_` + 29 lower-case alphanumerics", None),
    ("gotify_application_token", gotify, r"A[A-Za-z0-9._-]{14}", G_, "`A` + 14 of `[A-Za-z0-9._-]`", None),
    # AI
    ("openai_project_api_key", lambda r: "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74), r"sk-proj-[A-Za-z0-9_-]{74}T3BlbkFJ[A-Za-z0-9_-]{74}", R_, "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url", None),
    ("anthropic_admin_api_key", lambda r: "sk-ant-admin01-" + rs(r, B64URL, 93) + "AA", r"sk-ant-admin01-[A-Za-z0-9_-]{93}AA", R_, "`sk-ant-admin01-` + 93 base64url + `AA`", None),
    ("google_gemini_api_key", P("AIza", BU(35)), r"AIza[A-Za-z0-9_-]{35}", R_, "`AIza` + 35 base64url (server-side use)", None),
    ("groq_api_key", P("gsk_", A(52)), r"gsk_[A-Za-z0-9]{52}", B_, "`gsk_` + 52 alphanumerics", None),
    ("perplexity_api_key", P("pplx-", A(48)), r"pplx-[A-Za-z0-9]{48}", R_, "`pplx-` + 48 alphanumerics", None),
    ("together_ai_api_key", P("tgp_v1_", BU(43)), r"tgp_v1_[A-Za-z0-9_-]{43}", G_, "`tgp_v1_` + 43 base64url", None),
    ("replicate_api_token", P("r8_", A(37)), r"r8_[A-Za-z0-9]{37}", B_, "`r8_` + 37 alphanumerics", None),
    ("huggingface_user_access_token", P("hf_", lambda r: rs(r, LETTERS_BOTH, 34)), r"hf_[A-Za-z]{34}", R_, "`hf_` + 34 letters", None),
    ("voyage_ai_api_key", P("pa-", BU(43)), r"pa-[A-Za-z0-9_-]{43}", B_, "`pa-` + 43 base64url", None),
    ("pinecone_api_key", lambda r: "pcsk_" + rs(r, B62, 5) + "_" + rs(r, B62, 63), r"pcsk_[A-Za-z0-9]{5}_[A-Za-z0-9]{63}", B_, "`pcsk_` + 5 + `_` + 63 alphanumerics", None),
    ("deepl_api_auth_key", lambda r: uuid4(r) + ":fx", r"UUID:fx", B_, "UUIDv4 + `:fx` (free-tier suffix)", None),
    ("azure_ai_translator_key", H(32), r"[0-9a-f]{32}", G_, "32 lower-case hex", (["translator", "region"], lambda r: r.choice(["uksouth", "northeurope", "westeurope"]) + "-" + rs(r, "0123456789", 2))),
    ("stability_ai_api_key", P("sk-", A(48)), r"sk-[A-Za-z0-9]{48}", B_, "`sk-` + 48 alphanumerics", None),
    # developer platforms
    ("github_classic_personal_access_token", P("ghp_", A(36)), r"ghp_[A-Za-z0-9]{36}", R_, "`ghp_` + 36 alphanumerics", None),
    ("github_oauth_access_token", P("gho_", A(36)), r"gho_[A-Za-z0-9]{36}", R_, "`gho_` + 36 alphanumerics", None),
    ("github_app_refresh_token", P("ghr_", A(36)), r"ghr_[A-Za-z0-9]{36}", R_, "`ghr_` + 36 alphanumerics", None),
    ("gitlab_personal_access_token", P("glpat-", BU(20)), r"glpat-[A-Za-z0-9_-]{20}", R_, "`glpat-` + 20 base64url", None),
    ("gitlab_deploy_token", P("gldt-", BU(20)), r"gldt-[A-Za-z0-9_-]{20}", R_, "`gldt-` + 20 base64url", (["gitlab", "deploy", "username"], lambda r: "gitlab+deploy-token-" + rs(r, "0123456789", 6))),
    ("gitlab_feature_flags_client_token", P("glft-", BU(20)), r"glft-[A-Za-z0-9_-]{20}", R_, "`glft-` + 20 base64url", None),
    ("bitbucket_app_password", lambda r: "ATBB" + rs(r, B62, 32) + rs(r, UHEX, 8), r"ATBB[A-Za-z0-9]{32}[0-9A-F]{8}", B_, "`ATBB` + 32 alphanumerics + 8 upper-case hex", (["bitbucket", "username"], lambda r: "ferry-ci-" + rs(r, LOWER_ALNUM, 4))),
    ("rubygems_api_key", P("rubygems_", H(48)), r"rubygems_[0-9a-f]{48}", R_, "`rubygems_` + 48 lower-case hex", None),
    ("nuget_org_api_key", P("oy2", L(43)), r"oy2[a-z0-9]{43}", B_, "`oy2` + 43 lower-case alphanumerics", None),
    ("crates_io_api_token", P("cio", A(32)), r"cio[A-Za-z0-9]{32}", B_, "`cio` + 32 alphanumerics", None),
    ("sonarqube_user_token", P("squ_", H(40)), r"squ_[0-9a-f]{40}", R_, "`squ_` + 40 lower-case hex", None),
    ("buildkite_user_api_token", P("bkua_", H(40)), r"bkua_[0-9a-f]{40}", B_, "`bkua_` + 40 lower-case hex", None),
    ("vercel_access_token", A(24), r"[A-Za-z0-9]{24}", B_, "24 alphanumerics", None),
    ("render_api_key", P("rnd_", A(32)), r"rnd_[A-Za-z0-9]{32}", B_, "`rnd_` + 32 alphanumerics", None),
    ("heroku_platform_api_key", P("HRKU-AA", BU(58)), r"HRKU-AA[A-Za-z0-9_-]{58}", R_, "`HRKU-AA` + 58 base64url", None),
    ("digitalocean_personal_access_token", P("dop_v1_", H(64)), r"dop_v1_[0-9a-f]{64}", R_, "`dop_v1_` + 64 lower-case hex", None),
    ("linode_personal_access_token", H(64), r"[0-9a-f]{64}", B_, "64 lower-case hex", None),
    ("hetzner_cloud_api_token", A(64), r"[A-Za-z0-9]{64}", B_, "64 alphanumerics", None),
    ("scaleway_secret_key", UUID, r"UUID", B_, "UUIDv4", (["scaleway", "access", "key"], lambda r: "SCW" + rs(r, UPPER_ALNUM, 17))),
    ("aws_secret_access_key", lambda r: rs(r, B64STD, 40), r"[A-Za-z0-9+/]{40}", B_, "40 of `[A-Za-z0-9+/]` (the `AKIA` key id next to it is the identifier)", (["aws", "access", "key", "id"], lambda r: "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))),
    ("azure_storage_account_key", lambda r: b64(rbytes(r, 64)), r"[A-Za-z0-9+/]{86}==", B_, "standard Base64 of 64 bytes (88 characters)", (["azure", "storage", "account"], lambda r: "ferrytickets" + rs(r, "0123456789", 4))),
    ("jfrog_reference_token", jfrog_ref, r"cmVmdGtuOjAxOj[A-Za-z0-9+/]+", B_, "standard Base64 of `reftkn:01:<expiry>:<random>` (starts `cmVmdGtuOjAxOj`)", None),
    ("prefect_cloud_api_key", P("pnu_", A(36)), r"pnu_[A-Za-z0-9]{36}", R_, "`pnu_` + 36 alphanumerics", None),
    ("databricks_personal_access_token", P("dapi", H(32)), r"dapi[0-9a-f]{32}", R_, "`dapi` + 32 lower-case hex", None),
    ("pulumi_cloud_access_token", P("pul-", H(40)), r"pul-[0-9a-f]{40}", R_, "`pul-` + 40 lower-case hex", None),
    ("octopus_deploy_api_key", P("API-", U(26)), r"API-[0-9A-Z]{26}", R_, "`API-` + 26 upper-case alphanumerics", None),
    ("dynatrace_api_token", lambda r: "dt0c01." + rs(r, UPPER_ALNUM, 24) + "." + rs(r, UPPER_ALNUM, 64), r"dt0c01\.[0-9A-Z]{24}\.[0-9A-Z]{64}", R_, "`dt0c01.` + 24 + `.` + 64 upper-case alphanumerics", None),
    ("readme_io_api_key", P("rdme_", L(70)), r"rdme_[a-z0-9]{70}", R_, "`rdme_` + 70 lower-case alphanumerics", None),
    # observability and ops
    ("datadog_api_key", H(32), r"[0-9a-f]{32}", B_, "32 lower-case hex", None),
    ("datadog_application_key", H(40), r"[0-9a-f]{40}", R_, "40 lower-case hex", None),
    ("sentry_user_auth_token", P("sntryu_", H(64)), r"sntryu_[0-9a-f]{64}", R_, "`sntryu_` + 64 lower-case hex", None),
    ("posthog_personal_api_key", P("phx_", A(47)), r"phx_[A-Za-z0-9]{47}", B_, "`phx_` + 47 alphanumerics", None),
    ("honeycomb_ingest_key", lambda r: "hcaik_" + rs(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 26) + rs(r, LOWER_ALNUM, 32), r"hcaik_[0-9A-HJKMNP-TV-Z]{26}[a-z0-9]{32}", G_, "`hcaik_` + 26 Crockford Base32 + 32 lower-case alphanumerics", None),
    ("sumo_logic_access_key", A(64), r"[A-Za-z0-9]{64}", R_, "64 alphanumerics", (["sumo", "access", "id"], P("su", A(12)))),
    ("elastic_cloud_api_key", elastic_key, r"[A-Za-z0-9+/]{60}", B_, "standard Base64 of `<id>:<key>` (60 characters)", None),
    ("cloudflare_api_token", BU(40), r"[A-Za-z0-9_-]{40}", R_, "40 base64url", None),
    ("cloudflare_tunnel_token", cf_tunnel, r"eyJh[A-Za-z0-9+/]+={0,2}", B_, "standard Base64 of JSON `{a, t, s}` (real)", None),
    ("zerotier_central_api_token", A(32), r"[A-Za-z0-9]{32}", G_, "32 alphanumerics", None),
    ("netbird_personal_access_token", P("nbp_", A(36)), r"nbp_[A-Za-z0-9]{36}", G_, "`nbp_` + 36 alphanumerics", None),
    ("onepassword_service_account_token", op_sa, r"ops_eyJ[A-Za-z0-9+/]{250,}", R_, "`ops_` + standard Base64 of JSON (real, padding stripped)", None),
    ("consul_acl_token", UUID, r"UUID", B_, "UUIDv4 (SecretID)", None),
    ("proxmox_api_token_secret", UUID, r"UUID", B_, "UUIDv4", (["proxmox", "token", "id"], lambda r: "deploy@pve!ci" + rs(r, "0123456789", 2))),
    ("portainer_access_token", P("ptr_", BU(43)), r"ptr_[A-Za-z0-9_-]{43}", B_, "`ptr_` + 43 base64url", None),
    ("launchdarkly_api_access_token", lambda r: "api-" + uuid4(r), r"api-UUID", B_, "`api-` + UUIDv4", None),
    # CRM, help desk, productivity, captcha
    ("hubspot_private_app_token", lambda r: "pat-eu1-" + uuid4(r), r"pat-eu1-UUID", B_, "`pat-eu1-` + UUIDv4", None),
    ("pipedrive_api_token", H(40), r"[0-9a-f]{40}", B_, "40 lower-case hex", None),
    ("zendesk_api_token", A(40), r"[A-Za-z0-9]{40}", R_, "40 alphanumerics", (["zendesk", "agent", "email"], lambda r: "it." + rs(r, LOWER_ALNUM, 4) + "@islandlink.example/token")),
    ("freshdesk_api_key", A(20), r"[A-Za-z0-9]{20}", B_, "20 alphanumerics", None),
    ("intercom_access_token", intercom, r"dG9rOj[A-Za-z0-9+/]+={0,2}", B_, "standard Base64 of `tok:<UUIDv4>:1:0` (starts `dG9rOj`)", None),
    ("mailchimp_marketing_api_key", lambda r: rs(r, HEX, 32) + "-us" + str(r.randint(10, 21)), r"[0-9a-f]{32}-us[0-9]{2}", R_, "32 lower-case hex + `-us` + 2 digits", None),
    ("airtable_personal_access_token", lambda r: "pat" + rs(r, B62, 14) + "." + rs(r, HEX, 64), r"pat[A-Za-z0-9]{14}\.[0-9a-f]{64}", R_, "`pat` + 14 alphanumerics + `.` + 64 lower-case hex", None),
    ("notion_integration_secret", lambda r: "ntn_" + rs(r, "0123456789", 11) + rs(r, B62, 35), r"ntn_[0-9]{11}[A-Za-z0-9]{35}", R_, "`ntn_` + 11 digits + 35 alphanumerics", None),
    ("monday_com_api_token", monday_jwt, r"JWT", B_, "HS256 JWT (real base64url JSON, real HMAC-SHA256 under a discarded key)", None),
    ("jotform_api_key", H(32), r"[0-9a-f]{32}", G_, "32 lower-case hex", None),
    ("xero_oauth_client_secret", BU(48), r"[A-Za-z0-9_-]{48}", G_, "48 base64url", (["xero", "client", "id"], lambda r: rs(r, UHEX, 32))),
    ("quickbooks_oauth_client_secret", A(40), r"[A-Za-z0-9]{40}", G_, "40 alphanumerics", (["quickbooks", "client", "id"], P("AB", A(48)))),
    ("google_recaptcha_secret_key", P("6L", BU(38)), r"6L[A-Za-z0-9_-]{38}", B_, "`6L` + 38 base64url (the site key next to it is public)", (["recaptcha", "site", "key"], P("6L", BU(38)))),
    ("hcaptcha_secret_key", P("0x", H(40)), r"0x[0-9a-f]{40}", B_, "`0x` + 40 lower-case hex", None),
    ("cloudflare_turnstile_secret_key", P("0x4AAAAAAA", BU(25)), r"0x4AAAAAAA[A-Za-z0-9_-]{25}", B_, "`0x4AAAAAAA` + 25 base64url", None),
]

SPARE_VENDORS = ["square_webhook_signature_key", "checkout_com_secret_key", "gotify_application_token",
                 "pagerduty_rest_api_key", "windy_point_forecast_api_key", "zerotier_central_api_token",
                 "spire_maritime_api_token", "jotform_api_key", "together_ai_api_key", "onesignal_rest_api_key"]
VENDORS = [v for v in VENDORS_ALL if v[0] not in SPARE_VENDORS]

STYLES = [
    ("booking_api_dotenv_production", "upper"),
    ("harbour_ops_sops_decrypted_yaml", "snake"),
    ("ticketing_worker_wrangler_toml_vars", "upper"),
    ("pilot_app_go_config_struct_literal", "pascal"),
    ("ferry_it_onepassword_csv_export", "title"),
    ("deck_crew_telegram_chat_paste", "spaced"),
    ("passenger_services_freshdesk_private_note", "spaced"),
    ("harbour_ops_aws_ssm_get_parameters_json", "upper"),
    ("timetable_service_java_constants_class", "upper"),
    ("season_pass_app_dart_env_class", "camel"),
    ("ais_gateway_c_config_header", "upper"),
    ("crew_portal_elixir_config_exs", "snake"),
]


def render(style, kw, nb):
    """kw: key words of the secret; nb: (label words, value) or None. Returns template with MARK."""
    name, case = style
    k = style_key(kw, case)
    nk = style_key(nb[0], case) if nb else None
    nv = nb[1] if nb else None
    if name == "booking_api_dotenv_production":
        t = "# .env.production (booking API)\nNODE_ENV=production\n"
        if nb:
            t += "%s=%s\n" % (nk, nv)
        return t + "%s=%s\nSAILINGS_CACHE_TTL=300\n" % (k, MARK)
    if name == "harbour_ops_sops_decrypted_yaml":
        t = "# output of: sops -d secrets/prod.enc.yaml  (do not commit)\nferry_integrations:\n"
        if nb:
            t += "  %s: %s\n" % (nk, nv)
        return t + "  %s: \"%s\"\n" % (k, MARK)
    if name == "ticketing_worker_wrangler_toml_vars":
        t = "name = \"ticketing-worker\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-11-03\"\n\n[vars]\n"
        if nb:
            t += "%s = \"%s\"\n" % (nk, nv)
        return t + "%s = \"%s\"\n" % (k, MARK)
    if name == "pilot_app_go_config_struct_literal":
        t = "var integrations = Config{\n\tStation: \"Pilot Station North\",\n"
        if nb:
            t += "\t%s: \"%s\",\n" % (nk, nv)
        return t + "\t%s: \"%s\",\n}\n" % (k, MARK)
    if name == "ferry_it_onepassword_csv_export":
        user = nv if nb else "ops@islandlink.example"
        return ("Title,Website,Username,Password,Notes\n\"%s\",https://dashboard.vendor.example,\"%s\",\"%s\",\"shared vault: Ferry IT\"\n"
                % (k, user, MARK))
    if name == "deck_crew_telegram_chat_paste":
        t = "[07.01.26 06:12] Ruaridh: need the %s for the new ticket scanner app\n" % k
        if nb:
            t += "[07.01.26 06:14] Shona: %s is %s\n" % (nk, nv)
        return t + "[07.01.26 06:15] Shona: and the %s: %s\n[07.01.26 06:15] Shona: delete once you've typed it in pls\n" % (k, MARK)
    if name == "passenger_services_freshdesk_private_note":
        t = "Private note (visible to agents only)\nIntegration stopped syncing on the Tobermory desk. Re-entered the credentials from the shared vault.\n"
        if nb:
            t += "%s: %s\n" % (nk, nv)
        return t + "%s: %s\nWill rotate after the season.\n" % (k, MARK)
    if name == "harbour_ops_aws_ssm_get_parameters_json":
        ps = []
        if nb:
            ps.append("    {\n      \"Name\": \"/ferry/prod/%s\",\n      \"Type\": \"String\",\n      \"Value\": \"%s\",\n      \"Version\": 2\n    }" % (nk, nv))
        ps.append("    {\n      \"Name\": \"/ferry/prod/%s\",\n      \"Type\": \"SecureString\",\n      \"Value\": \"%s\",\n      \"Version\": 4\n    }" % (k, MARK))
        return "{\n  \"Parameters\": [\n" + ",\n".join(ps) + "\n  ],\n  \"InvalidParameters\": []\n}\n"
    if name == "timetable_service_java_constants_class":
        t = "package example.ferry.timetable;\n\npublic final class Integrations {\n"
        if nb:
            t += "    public static final String %s = \"%s\";\n" % (nk, nv)
        return t + "    public static final String %s = \"%s\";\n    private Integrations() {}\n}\n" % (k, MARK)
    if name == "season_pass_app_dart_env_class":
        t = "// lib/env.dart (season-pass app)\nclass Env {\n"
        if nb:
            t += "  static const String %s = '%s';\n" % (nk, nv)
        return t + "  static const String %s = '%s';\n}\n" % (k, MARK)
    if name == "ais_gateway_c_config_header":
        t = "/* config.h - AIS shore gateway */\n#pragma once\n#define GW_UDP_PORT 10110\n"
        if nb:
            t += "#define %s \"%s\"\n" % (nk, nv)
        return t + "#define %s \"%s\"\n" % (k, MARK)
    if name == "crew_portal_elixir_config_exs":
        t = "import Config\n\nconfig :crew_portal, :integrations,\n"
        if nb:
            t += "  %s: \"%s\",\n" % (nk, nv)
        return t + "  %s: \"%s\"\n" % (k, MARK)
    raise ValueError(name)


def key_words(tname):
    return tname.split("_")


def build(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (tname, gen, _rx, _st, _desc, nbspec) in enumerate(VENDORS):
        style = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        nb = None
        if nbspec:
            nb = (nbspec[0], reg.draw(lambda: nbspec[1](rng)))
        tpl = render(style, key_words(tname), nb)
        recs.append(record(None, tname, tname + "__" + style[0], tpl, value, "vendor"))
    return recs
