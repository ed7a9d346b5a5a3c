"""Vendor source: 120 vendor credential types used by studio developers, each in a style."""
import json
import random
import string

from common203 import (MARK, SEEDS, B62, HEX, LOWALNUM, UPALNUM, ALNUM, B64URL, B64STD, keyname,
                       owner_password, rs, rbytes, b64s, b64u, b64u_json, uuid4, jwt_hs,
                       jwt_random_sig, pos_record, PREFIX)

V = MARK
DIG = string.digits
UHEX = "0123456789ABCDEF"
LOWER = string.ascii_lowercase


def hx(n):
    return lambda r: rs(r, HEX, n)


def an(n):
    return lambda r: rs(r, ALNUM, n)


def la(n):
    return lambda r: rs(r, LOWALNUM, n)


def ua(n):
    return lambda r: rs(r, UPALNUM, n)


def bu(n):
    return lambda r: rs(r, B64URL, n)


def pre(p, f):
    return lambda r: p + f(r)


def owner(r):
    return owner_password(r)


def uu(r):
    return uuid4(r)


# ----------------------------------------------------------------- special shapes
def discord_bot(r):
    uid = str(r.randint(10 ** 17, 10 ** 19 - 1)).encode()
    return b64u(uid) + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38)


def telegram_bot(r):
    return str(r.randint(10 ** 9, 8 * 10 ** 9)) + ":AA" + rs(r, B64URL, 33)


def slack_bot(r):
    return "xoxb-" + rs(r, DIG, 12) + "-" + rs(r, DIG, 13) + "-" + rs(r, ALNUM, 24)


def slack_webhook(r):
    return "https://hooks.slack.com/services/T" + rs(r, UPALNUM, 10) + "/B" + rs(r, UPALNUM, 10) + "/" + rs(r, ALNUM, 24)


def openai_proj(r):
    return "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74)


def anth(r):
    return "sk-ant-api03-" + rs(r, B64URL, 93) + "AA"


def aiza(r):
    return "AIza" + rs(r, B64URL, 35)


def hf(r):
    return "hf_" + rs(r, string.ascii_letters, 34)


def gh_fg(r):
    return "github_pat_11" + rs(r, UPALNUM, 20) + "_" + rs(r, ALNUM, 59)


def flyio(r):
    return "fm2_" + b64s(rbytes(r, 90))


def influx(r):
    return b64u(rbytes(r, 64)) + "=="  # influx tokens use the url-safe alphabet with padding


def ha_jwt(r):
    iat = 1767225600 + r.randint(0, 5000000)
    return jwt_hs(r, "HS256", {}, {"iss": rs(r, HEX, 32), "iat": iat, "exp": iat + 315360000})


def printify_jwt(r):
    return jwt_random_sig(r, "RS256", {}, {"aud": "37d4bd3037d8e8b4", "jti": rs(r, HEX, 80),
                                          "iat": 1767225600 + r.randint(0, 5000000), "sub": str(r.randint(10 ** 7, 10 ** 8 - 1)),
                                          "scopes": ["shops.manage", "catalog.read", "orders.read", "orders.write"]})


def zettle_jwt(r):
    return jwt_random_sig(r, "RS256", {"kid": rs(r, DIG, 1)}, {"iss": "iZettle", "aud": "API",
                                                             "exp": 2082758400 + r.randint(0, 9999999),
                                                             "sub": uuid4(r), "iat": 1767225600 + r.randint(0, 5000000),
                                                             "renewed": False, "client_id": uuid4(r)})


def connect_jwt(r):
    return jwt_random_sig(r, "ES256", {"kid": "localhost:" + rs(r, LOWALNUM, 26)},
                          {"1password.com/auuid": rs(r, UPALNUM, 26), "1password.com/token": rs(r, B64URL, 32),
                           "1password.com/fts": ["vaultaccess"], "aud": ["com.1password.connect"],
                           "iss": "com.1password.b5", "iat": 1767225600 + r.randint(0, 5000000), "sub": rs(r, UPALNUM, 26)})


def prismic_jwt(r):
    return jwt_random_sig(r, "HS256", {}, {"type": "user", "id": rs(r, B64URL, 16), "date": 1767225600000 + r.randint(0, 10 ** 9)})


def mailchimp(r):
    return rs(r, HEX, 32) + "-us" + str(r.randint(10, 21))


def sendinblue(r):
    return "xkeysib-" + rs(r, HEX, 64) + "-" + rs(r, ALNUM, 16)


def airtable(r):
    return "pat" + rs(r, ALNUM, 14) + "." + rs(r, HEX, 64)


def notion(r):
    return "ntn_" + rs(r, DIG, 11) + rs(r, ALNUM, 35)


def postman(r):
    return "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34)


def circleci(r):
    return "CCIPAT_" + rs(r, ALNUM, 22) + "_" + rs(r, HEX, 40)


def langsmith(r):
    return "lsv2_pt_" + rs(r, HEX, 32) + "_" + rs(r, HEX, 10)


def pinecone(r):
    return "pcsk_" + rs(r, ALNUM, 6) + "_" + rs(r, ALNUM, 63)


def fal(r):
    return uuid4(r) + ":" + rs(r, HEX, 32)


def gelato(r):
    return uuid4(r) + "-" + uuid4(r) + ":" + uuid4(r)


def glazy(r):
    return str(r.randint(100, 9999)) + "|" + rs(r, ALNUM, 40)


def tailscale_client(r):
    return "tskey-client-k" + rs(r, ALNUM, 10) + "CNTRL-" + rs(r, ALNUM, 33)


def infisical_st(r):
    return "st." + uuid4(r) + "." + rs(r, HEX, 32) + "." + rs(r, HEX, 32)


def harvest(r):
    return str(r.randint(10 ** 6, 10 ** 7 - 1)) + ".pt." + rs(r, B64URL, 86)


def b2key(r):
    return "K005" + rs(r, B64STD, 27)


def aws_secret(r):
    return rs(r, B64STD, 40)


def azure_storage(r):
    return b64s(rbytes(r, 64))


def turnstile_secret(r):
    return "0x4AAAAAAA" + rs(r, B64URL, 24)


def recaptcha_secret(r):
    return "6L" + rs(r, B64URL, 6) + "AAAAA" + rs(r, B64URL, 27)


def whsec(r):
    return "whsec_" + b64s(rbytes(r, 24))


def ubidots(r):
    return "BBUS-" + rs(r, ALNUM, 30)


def meta_page(r):
    return "EAAC" + rs(r, ALNUM, 180)


def instagram(r):
    return "IGQWR" + rs(r, B64URL, 150)


def dropbox_sl(r):
    return "sl.B" + rs(r, B64URL, 134)


def sanity(r):
    return "sk" + rs(r, ALNUM, 180)


def storyblok(r):
    return rs(r, ALNUM, 22) + "tt-" + rs(r, DIG, 6) + "-" + rs(r, B64URL, 20)


def hubspot_pat(r):
    return "pat-eu1-" + uuid4(r)


def heroku_v2(r):
    return "HRKU-AA" + rs(r, B64URL, 58)


def klarna(r):
    return "klarna_live_api_" + rs(r, B64URL, 40)


def sumup(r):
    return "sup_sk_" + rs(r, ALNUM, 32)


def stripe_sk(r):
    return "sk_live_51" + rs(r, ALNUM, 97)


def gocardless(r):
    return "live_" + rs(r, B64URL, 40)


def shpat(r):
    return "shpat_" + rs(r, HEX, 32)


def shppa(r):
    return "shppa_" + rs(r, HEX, 32)


def square(r):
    return "EAAA" + rs(r, B64URL, 60)


def klaviyo(r):
    return "pk_" + rs(r, HEX, 34)


def pushover(r):
    return "a" + rs(r, LOWALNUM, 29)


def gotify(r):
    return "A" + rs(r, B64URL.replace("-", "").replace("_", ""), 14)


def ntfy(r):
    return "tk_" + rs(r, LOWALNUM, 29)


# ----------------------------------------------------------------- neighbours
def nb_email(r):
    return r.choice(["maya", "tom", "priya", "jb", "sam"]) + "@" + r.choice(["emberworks.example", "slipandstone.example", "anvilyard.example"])


nb_email.public = True


def pick(*opts):
    def f(r):
        return r.choice(list(opts))
    f.public = True
    return f


VENDORS = [
    # type, generator, shape, grade, (neighbour label, neighbour generator) or None, regex
    ("etsy_v3_shared_secret", la(10), "10 lower-case alphanumerics", "guessed", ("etsy keystring", la(24)), r"[a-z0-9]{10}"),
    ("shopify_admin_api_access_token", shpat, "`shpat_` + 32 lower-case hex", "read", None, r"shpat_[a-f0-9]{32}"),
    ("shopify_private_app_password", shppa, "`shppa_` + 32 lower-case hex", "read", None, r"shppa_[a-f0-9]{32}"),
    ("squarespace_commerce_api_key", uu, "UUIDv4", "read", None, None),
    ("big_cartel_account_password", owner, "owner-chosen (Big Cartel's API uses basic auth with the account password)", "owner", ("big cartel account", pick("emberworks", "slipandstone", "moltenmarver")), None),
    ("faire_brand_api_access_token", ua(64), "64 upper-case alphanumerics", "guessed", None, r"[A-Z0-9]{64}"),
    ("square_appointments_oauth_access_token", square, "`EAAA` + 60 base64url", "read", None, r"EAAA[\w-]{60}"),
    ("sumup_secret_api_key", sumup, "`sup_sk_` + 32 alphanumerics", "believed", None, r"sup_sk_[A-Za-z0-9]{32}"),
    ("zettle_self_assertion_api_key", zettle_jwt, "RS256-shaped JWT (real base64url JSON, 256 random signature bytes)", "believed", ("zettle client id", uu), None),
    ("stripe_terminal_live_secret_key", stripe_sk, "`sk_live_51` + 97 alphanumerics", "read", None, r"sk_live_51[A-Za-z0-9]{97}"),
    ("gocardless_live_access_token", gocardless, "`live_` + 40 base64url", "read", None, r"live_[\w-]{40}"),
    ("klarna_live_api_password", klarna, "`klarna_live_api_` + 40 base64url", "guessed", ("klarna api username", lambda r: "K" + rs(r, DIG, 6) + "_" + rs(r, HEX, 12)), None),
    ("xero_oauth_client_secret", bu(48), "48 base64url", "believed", ("xero client id", lambda r: rs(r, UHEX, 32)), r"[\w-]{48}"),
    ("quickbooks_online_client_secret", an(40), "40 alphanumerics", "believed", ("quickbooks client id", lambda r: "AB" + rs(r, ALNUM, 48)), r"[A-Za-z0-9]{40}"),
    ("freshbooks_oauth_access_token", la(64), "64 lower-case alphanumerics", "read", None, r"[a-z0-9]{64}"),
    ("acuity_scheduling_api_key", hx(32), "32 lower-case hex", "believed", ("acuity user id", lambda r: str(r.randint(10 ** 7, 10 ** 8 - 1))), r"[a-f0-9]{32}"),
    ("bookwhen_api_token", la(32), "32 lower-case alphanumerics", "guessed", None, r"[a-z0-9]{32}"),
    ("simplybook_api_secret_key", hx(64), "64 lower-case hex", "guessed", ("simplybook company login", pick("claycove", "emberworks", "anvilyard")), r"[a-f0-9]{64}"),
    ("momence_host_api_token", an(48), "48 alphanumerics", "guessed", None, r"[A-Za-z0-9]{48}"),
    ("punchpass_api_key", hx(40), "40 lower-case hex", "guessed", None, r"[a-f0-9]{40}"),
    ("mindbody_public_api_key", hx(32), "32 lower-case hex", "guessed", ("mindbody site id", lambda r: "-" + str(r.randint(10 ** 4, 10 ** 5 - 1))), r"[a-f0-9]{32}"),
    ("classbento_partner_api_key", an(40), "40 alphanumerics", "guessed", None, r"[A-Za-z0-9]{40}"),
    ("eventbrite_oauth_client_secret", ua(50), "50 upper-case alphanumerics", "guessed", ("eventbrite api key", ua(18)), r"[A-Z0-9]{50}"),
    ("consigncloud_api_key", an(40), "40 alphanumerics", "guessed", None, r"[A-Za-z0-9]{40}"),
    ("simpleconsign_api_token", uu, "UUIDv4", "guessed", None, None),
    ("artwork_archive_api_token", hx(40), "40 lower-case hex", "guessed", None, r"[a-f0-9]{40}"),
    ("artlogic_feed_api_key", la(32), "32 lower-case alphanumerics", "guessed", None, r"[a-z0-9]{32}"),
    ("skutt_kilnlink_account_password", owner, "owner-chosen", "owner", ("kilnlink login email", nb_email), None),
    ("bartlett_kilnaid_account_password", owner, "owner-chosen", "owner", ("kilnaid login email", nb_email), None),
    ("glazy_api_access_token", glazy, "Laravel Sanctum-style `<id>|` + 40 alphanumerics", "guessed", None, r"\d{3,4}\|[A-Za-z0-9]{40}"),
    ("digitalfire_insight_live_password", owner, "owner-chosen", "owner", ("insight-live username", pick("emberworks", "claycove", "slipstone")), None),
    ("bath_potters_trade_portal_password", owner, "owner-chosen", "owner", ("trade account number", lambda r: "BP" + rs(r, DIG, 6)), None),
    ("bullseye_glass_resale_portal_password", owner, "owner-chosen", "owner", ("resale account email", nb_email), None),
    ("printify_personal_access_token", printify_jwt, "RS256-shaped JWT (real base64url JSON with an 80-hex `jti`, 256 random signature bytes)", "believed", None, None),
    ("gelato_print_api_key", gelato, "UUIDv4 + `-` + UUIDv4 + `:` + UUIDv4", "guessed", None, None),
    ("pinterest_app_secret", hx(40), "40 lower-case hex", "guessed", ("pinterest app id", lambda r: str(r.randint(10 ** 6, 10 ** 7 - 1))), r"[a-f0-9]{40}"),
    ("instagram_graph_long_lived_token", instagram, "`IGQWR` + 150 base64url", "believed", None, r"IGQWR[\w-]{150}"),
    ("meta_page_access_token", meta_page, "`EAAC` + 180 alphanumerics", "read", None, r"EAAC[A-Za-z0-9]{180}"),
    ("tiktok_shop_app_secret", hx(40), "40 lower-case hex", "guessed", ("tiktok shop app key", la(13)), r"[a-f0-9]{40}"),
    ("youtube_data_api_server_key", aiza, "`AIza` + 35 base64url", "read", None, r"AIza[\w-]{35}"),
    ("vimeo_personal_access_token", hx(32), "32 lower-case hex", "believed", None, r"[a-f0-9]{32}"),
    ("mailchimp_marketing_api_key", mailchimp, "32 lower-case hex + `-us` + 2 digits", "read", None, r"[a-f0-9]{32}-us\d\d"),
    ("klaviyo_private_api_key", klaviyo, "`pk_` + 34 lower-case hex (a secret despite `pk_`)", "believed", None, r"pk_[a-f0-9]{34}"),
    ("kit_convertkit_api_secret", bu(43), "43 base64url", "guessed", None, r"[\w-]{43}"),
    ("brevo_smtp_api_key", sendinblue, "`xkeysib-` + 64 lower-case hex + `-` + 16 alphanumerics", "read", None, r"xkeysib-[a-f0-9]{64}-[A-Za-z0-9]{16}"),
    ("mailgun_private_api_key", pre("key-", hx(32)), "`key-` + 32 lower-case hex", "read", None, r"key-[a-f0-9]{32}"),
    ("buttondown_api_key", uu, "UUIDv4", "guessed", None, None),
    ("beehiiv_api_key", an(64), "64 alphanumerics", "guessed", None, r"[A-Za-z0-9]{64}"),
    ("twilio_account_auth_token", hx(32), "32 lower-case hex", "believed", ("twilio account sid", lambda r: "AC" + rs(r, HEX, 32)), r"[a-f0-9]{32}"),
    ("messagebird_live_access_key", an(25), "25 alphanumerics", "read", None, r"[A-Za-z0-9]{25}"),
    ("clicksend_api_key", lambda r: uuid4(r).upper(), "upper-case UUIDv4", "guessed", ("clicksend username", nb_email), None),
    ("textmagic_api_v2_key", an(30), "30 alphanumerics", "guessed", ("textmagic username", pick("emberworks", "claycove")), r"[A-Za-z0-9]{30}"),
    ("telegram_kiln_alert_bot_token", telegram_bot, "10 digits + `:AA` + 33 base64url", "read", None, r"\d{10}:AA[\w-]{33}"),
    ("slack_bot_user_oauth_token", slack_bot, "`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24 alphanumerics", "read", None, r"xoxb-\d{12}-\d{13}-[A-Za-z0-9]{24}"),
    ("slack_incoming_webhook_url", slack_webhook, "whole `hooks.slack.com/services/T…/B…/<24>` URL (the URL is the credential)", "read", None, r"https://hooks\.slack\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}"),
    ("discord_kiln_bot_token", discord_bot, "base64url of the bot's snowflake id + `.` + 6 + `.` + 38 base64url", "believed", None, None),
    ("pushover_application_token", pushover, "`a` + 29 lower-case alphanumerics", "believed", ("pushover user key", lambda r: "u" + rs(r, LOWALNUM, 29)), r"a[a-z0-9]{29}"),
    ("ntfy_access_token", ntfy, "`tk_` + 29 lower-case alphanumerics", "believed", None, r"tk_[a-z0-9]{29}"),
    ("gotify_application_token", gotify, "`A` + 14 alphanumerics", "believed", None, r"A[A-Za-z0-9]{14}"),
    ("zoom_server_to_server_client_secret", an(32), "32 alphanumerics", "guessed", ("zoom client id", an(22)), r"[A-Za-z0-9]{32}"),
    ("openai_project_api_key", openai_proj, "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url", "read", None, r"sk-proj-[\w-]{74}T3BlbkFJ[\w-]{74}"),
    ("anthropic_console_api_key", anth, "`sk-ant-api03-` + 93 base64url + `AA`", "read", None, r"sk-ant-api03-[\w-]{93}AA"),
    ("google_gemini_api_key", aiza, "`AIza` + 35 base64url", "read", None, r"AIza[\w-]{35}"),
    ("huggingface_user_access_token", hf, "`hf_` + 34 letters", "read", None, r"hf_[A-Za-z]{34}"),
    ("replicate_api_token", pre("r8_", an(37)), "`r8_` + 37 alphanumerics", "believed", None, r"r8_[A-Za-z0-9]{37}"),
    ("groq_cloud_api_key", pre("gsk_", an(52)), "`gsk_` + 52 alphanumerics", "believed", None, r"gsk_[A-Za-z0-9]{52}"),
    ("perplexity_sonar_api_key", pre("pplx-", an(48)), "`pplx-` + 48 alphanumerics", "read", None, r"pplx-[A-Za-z0-9]{48}"),
    ("together_ai_api_key", hx(64), "64 lower-case hex", "guessed", None, r"[a-f0-9]{64}"),
    ("stability_ai_api_key", pre("sk-", an(48)), "`sk-` + 48 alphanumerics", "believed", None, r"sk-[A-Za-z0-9]{48}"),
    ("fal_ai_api_key", fal, "UUIDv4 + `:` + 32 lower-case hex", "believed", None, None),
    ("voyage_ai_api_key", pre("pa-", bu(43)), "`pa-` + 43 base64url", "guessed", None, r"pa-[\w-]{43}"),
    ("pinecone_api_key", pinecone, "`pcsk_` + 6 + `_` + 63 alphanumerics", "guessed", None, r"pcsk_[A-Za-z0-9]{6}_[A-Za-z0-9]{63}"),
    ("langsmith_personal_api_key", langsmith, "`lsv2_pt_` + 32 hex + `_` + 10 hex", "believed", None, r"lsv2_pt_[a-f0-9]{32}_[a-f0-9]{10}"),
    ("openai_webhook_signing_secret", whsec, "`whsec_` + standard Base64 of 24 bytes", "believed", None, r"whsec_[A-Za-z0-9+/]{32}"),
    ("github_fine_grained_pat", gh_fg, "`github_pat_11` + 20 + `_` + 59 (82 after the prefix)", "read", None, r"github_pat_\w{82}"),
    ("gitlab_personal_access_token", pre("glpat-", bu(20)), "`glpat-` + 20 base64url", "read", None, r"glpat-[\w-]{20}"),
    ("vercel_access_token", an(24), "24 alphanumerics", "believed", None, r"[A-Za-z0-9]{24}"),
    ("render_api_key", pre("rnd_", an(32)), "`rnd_` + 32 alphanumerics", "believed", None, r"rnd_[A-Za-z0-9]{32}"),
    ("flyio_deploy_token", flyio, "`fm2_` + standard Base64 of 90 bytes (the span leaves out the `FlyV1 ` scheme word)", "read", None, r"fm2_[A-Za-z0-9+/]{120}"),
    ("heroku_platform_api_key", heroku_v2, "`HRKU-AA` + 58 base64url", "read", None, r"HRKU-AA[\w-]{58}"),
    ("digitalocean_personal_access_token", pre("dop_v1_", hx(64)), "`dop_v1_` + 64 lower-case hex", "read", None, r"dop_v1_[a-f0-9]{64}"),
    ("hetzner_cloud_api_token", an(64), "64 alphanumerics", "believed", None, r"[A-Za-z0-9]{64}"),
    ("scaleway_secret_key", uu, "UUIDv4", "believed", ("scaleway access key", lambda r: "SCW" + rs(r, UPALNUM, 17)), None),
    ("backblaze_b2_application_key", b2key, "`K005` + 27 Base64-alphabet characters", "believed", ("b2 key id", lambda r: "005" + rs(r, HEX, 22)), r"K005[A-Za-z0-9+/]{27}"),
    ("aws_secret_access_key", aws_secret, "40 Base64-alphabet characters", "believed", ("aws access key id", lambda r: "AKIA" + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)), r"[A-Za-z0-9+/]{40}"),
    ("azure_storage_account_key", azure_storage, "standard Base64 of 64 bytes (88 characters)", "believed", ("storage account name", pick("emberworksphotos", "kilnlogsarchive", "gallerystock")), r"[A-Za-z0-9+/]{86}=="),
    ("cloudflare_api_token", bu(40), "40 base64url", "read", None, r"[\w-]{40}"),
    ("cloudflare_turnstile_secret_key", turnstile_secret, "`0x4AAAAAAA` + 24 base64url (the site key of the same family is public and sits in the negatives)", "believed", None, r"0x4AAAAAAA[\w-]{24}"),
    ("datadog_api_key", hx(32), "32 lower-case hex", "believed", ("datadog site", pick("datadoghq.eu", "us5.datadoghq.com")), r"[a-f0-9]{32}"),
    ("rollbar_project_access_token", hx(32), "32 lower-case hex", "believed", None, r"[a-f0-9]{32}"),
    ("honeybadger_project_api_key", pre("hbp_", an(36)), "`hbp_` + 36 alphanumerics", "guessed", None, r"hbp_[A-Za-z0-9]{36}"),
    ("logtail_source_token", an(24), "24 alphanumerics", "guessed", None, r"[A-Za-z0-9]{24}"),
    ("postman_api_key", postman, "`PMAK-` + 24 hex + `-` + 34 hex", "read", None, r"PMAK-[a-f0-9]{24}-[a-f0-9]{34}"),
    ("expo_robot_user_token", an(40), "40 alphanumerics", "guessed", None, r"[A-Za-z0-9]{40}"),
    ("circleci_personal_api_token", circleci, "`CCIPAT_` + 22 + `_` + 40 hex", "believed", None, r"CCIPAT_[A-Za-z0-9]{22}_[a-f0-9]{40}"),
    ("buildkite_user_api_token", pre("bkua_", hx(40)), "`bkua_` + 40 lower-case hex", "believed", None, r"bkua_[a-f0-9]{40}"),
    ("snyk_api_token", uu, "UUIDv4", "read", None, None),
    ("sonarqube_user_token", pre("squ_", hx(40)), "`squ_` + 40 lower-case hex", "read", None, r"squ_[a-f0-9]{40}"),
    ("airtable_personal_access_token", airtable, "`pat` + 14 + `.` + 64 hex", "read", None, r"pat[A-Za-z0-9]{14}\.[a-f0-9]{64}"),
    ("notion_integration_token", notion, "`ntn_` + 11 digits + 35 alphanumerics", "read", None, r"ntn_\d{11}[A-Za-z0-9]{35}"),
    ("typeform_personal_token", pre("tfp_", bu(59)), "`tfp_` + 59 base64url", "read", None, r"tfp_[\w-]{59}"),
    ("jotform_api_key", hx(32), "32 lower-case hex", "guessed", None, r"[a-f0-9]{32}"),
    ("dropbox_short_lived_access_token", dropbox_sl, "`sl.B` + 134 base64url (135 after `sl.`)", "read", None, r"sl\.[\w-]{135}"),
    ("figma_personal_access_token", pre("figd_", bu(40)), "`figd_` + 40 base64url", "believed", None, r"figd_[\w-]{40}"),
    ("sanity_api_write_token", sanity, "`sk` + 180 alphanumerics", "believed", None, r"sk[A-Za-z0-9]{180}"),
    ("storyblok_management_token", storyblok, "22 alphanumerics + `tt-` + 6 digits + `-` + 20 base64url", "guessed", None, None),
    ("prismic_permanent_access_token", prismic_jwt, "HS256-shaped JWT (real base64url JSON, random 32-byte signature)", "guessed", None, None),
    ("todoist_api_token", hx(40), "40 lower-case hex", "believed", None, r"[a-f0-9]{40}"),
    ("harvest_personal_access_token", harvest, "7 digits + `.pt.` + 86 base64url", "believed", ("harvest account id", lambda r: str(r.randint(10 ** 6, 10 ** 7 - 1))), None),
    ("doppler_personal_token", pre("dp.pt.", an(43)), "`dp.pt.` + 43 alphanumerics", "read", None, r"dp\.pt\.[A-Za-z0-9]{43}"),
    ("pulumi_access_token", pre("pul-", hx(40)), "`pul-` + 40 lower-case hex", "read", None, r"pul-[a-f0-9]{40}"),
    ("onepassword_connect_token", connect_jwt, "ES256-shaped JWT (real base64url JSON, 64 random signature bytes)", "believed", None, None),
    ("bitwarden_api_client_secret", an(30), "30 alphanumerics", "believed", ("bitwarden client_id", lambda r: "user." + uuid4(r)), r"[A-Za-z0-9]{30}"),
    ("infisical_service_token", infisical_st, "`st.` + UUIDv4 + `.` + 32 hex + `.` + 32 hex", "believed", None, None),
    ("tailscale_oauth_client_secret", tailscale_client, "`tskey-client-k` + 10 + `CNTRL-` + 33 alphanumerics", "believed", None, r"tskey-client-k[A-Za-z0-9]{10}CNTRL-[A-Za-z0-9]{33}"),
    ("balena_cloud_api_key", an(32), "32 alphanumerics", "guessed", None, r"[A-Za-z0-9]{32}"),
    ("influxdb_v2_api_token", influx, "base64url of 64 bytes + `==` (88 characters)", "believed", ("influx org", pick("emberworks", "claycove", "anvilyard")), r"[\w-]{86}=="),
    ("adafruit_io_key", pre("aio_", an(28)), "`aio_` + 28 alphanumerics", "believed", ("adafruit io username", pick("emberworks", "kilnroom", "claycove")), r"aio_[A-Za-z0-9]{28}"),
    ("particle_cloud_access_token", hx(40), "40 lower-case hex", "believed", None, r"[a-f0-9]{40}"),
    ("blynk_device_auth_token", bu(32), "32 base64url", "believed", ("blynk template id", lambda r: "TMPL" + rs(r, ALNUM, 8)), r"[\w-]{32}"),
    ("thingspeak_write_api_key", ua(16), "16 upper-case alphanumerics", "believed", ("thingspeak channel id", lambda r: str(r.randint(10 ** 6, 3 * 10 ** 6))), r"[A-Z0-9]{16}"),
    ("home_assistant_long_lived_token", ha_jwt, "HS256 JWT (real base64url JSON `iss` / `iat` / `exp`, real HMAC under a discarded key)", "believed", None, None),
    ("arduino_iot_cloud_client_secret", an(64), "64 alphanumerics", "guessed", ("arduino cloud client id", an(32)), r"[A-Za-z0-9]{64}"),
    ("tuya_iot_access_secret", hx(32), "32 lower-case hex", "believed", ("tuya access id", la(20)), r"[a-f0-9]{32}"),
    ("hivemq_cloud_mqtt_password", owner, "owner-chosen", "owner", ("hivemq username", pick("kiln-bridge", "furnace-02", "door-panel")), None),
    ("ubidots_account_token", ubidots, "`BBUS-` + 30 alphanumerics", "believed", None, r"BBUS-[A-Za-z0-9]{30}"),
    ("pagerduty_events_routing_key", hx(32), "32 lower-case hex", "believed", None, r"[a-f0-9]{32}"),
    ("opsgenie_integration_api_key", uu, "UUIDv4", "believed", None, None),
    ("cronitor_api_key", hx(32), "32 lower-case hex", "guessed", None, r"[a-f0-9]{32}"),
    ("shipstation_api_secret", hx(32), "32 lower-case hex", "believed", ("shipstation api key", hx(32)), r"[a-f0-9]{32}"),
    ("sendcloud_api_secret_key", hx(32), "32 lower-case hex", "guessed", ("sendcloud public key", uu), r"[a-f0-9]{32}"),
    ("dhl_express_mydhl_api_password", an(16), "16 alphanumerics", "guessed", ("mydhl api username", lambda r: "apZ" + rs(r, LOWALNUM, 9)), r"[A-Za-z0-9]{16}"),
    ("ups_oauth_client_secret", an(64), "64 alphanumerics", "guessed", ("ups client id", an(48)), r"[A-Za-z0-9]{64}"),
    ("fedex_api_secret_key", hx(32), "32 lower-case hex", "guessed", ("fedex api key", lambda r: "l7" + rs(r, HEX, 32)), r"[a-f0-9]{32}"),
    ("packlink_pro_api_key", hx(64), "64 lower-case hex", "guessed", None, r"[a-f0-9]{64}"),
    ("cal_com_api_key", pre("cal_live_", hx(32)), "`cal_live_` + 32 lower-case hex", "believed", None, r"cal_live_[a-f0-9]{32}"),
    ("ifttt_webhooks_key", bu(22), "22 base64url", "believed", None, r"[\w-]{22}"),
    ("recaptcha_v3_secret_key", recaptcha_secret, "`6L` + 6 + `AAAAA` + 27 base64url (the site key of the same shape is public, in the negatives)", "believed", None, r"6L[\w-]{6}AAAAA[\w-]{27}"),
    ("hcaptcha_account_secret", pre("0x", hx(40)), "`0x` + 40 lower-case hex", "believed", None, r"0x[a-f0-9]{40}"),
    ("sentry_user_auth_token", pre("sntryu_", hx(64)), "`sntryu_` + 64 lower-case hex", "read", None, r"sntryu_[a-f0-9]{64}"),
    ("intercom_access_token", bu(60), "60 base64url", "read", None, r"[\w-]{60}"),
    ("hubspot_private_app_token", hubspot_pat, "`pat-eu1-` + UUIDv4", "believed", None, None),
    ("zendesk_api_token", an(40), "40 alphanumerics", "read", ("zendesk agent email", nb_email), r"[A-Za-z0-9]{40}"),
]
SET_ASIDE = {
    "cronitor_api_key": "generic 32-hex shape and a weak link to the studio world",
    "logtail_source_token": "generic 24-alphanumeric shape, one more log shipper",
    "balena_cloud_api_key": "no studio device fleet runs balena in this world",
    "jotform_api_key": "same 32-hex shape as several kept types, the booking forms are covered by Typeform",
    "vercel_access_token": "generic 24-alphanumeric shape, Netlify-style hosting is already covered by Render and Fly",
    "kit_convertkit_api_secret": "shape guessed with least confidence",
    "honeybadger_project_api_key": "prefix guessed, one more error tracker",
    "expo_robot_user_token": "shape guessed, one more mobile build service",
    "opsgenie_integration_api_key": "one more UUID-shaped key, PagerDuty already covers alerting",
    "together_ai_api_key": "generic 64-hex shape, weakest AI link to the studio world",
    "voyage_ai_api_key": "shape guessed, embeddings are not part of this world",
    "pinecone_api_key": "segment lengths guessed, vector search is not part of this world",
    "intercom_access_token": "no telling shape, the helpdesk is covered by Zendesk",
    "sanity_api_write_token": "one more headless CMS (Prismic kept)",
    "storyblok_management_token": "layout guessed with least confidence",
    "sonarqube_user_token": "weak link to a small studio's tooling",
    "buildkite_user_api_token": "one more CI (CircleCI kept)",
    "snyk_api_token": "one more UUID-shaped key with a weak link to the studio world",
    "arduino_iot_cloud_client_secret": "shape guessed, the door and kiln devices are covered by Adafruit IO, Particle and Blynk",
    "packlink_pro_api_key": "shape guessed, one more shipping broker",
    "punchpass_api_key": "shape guessed, memberships are covered by Momence and Mindbody",
    "zoom_server_to_server_client_secret": "shape guessed, online classes are not part of this corpus",
    "tiktok_shop_app_secret": "shape guessed, social selling covered by Instagram, Meta and Pinterest",
}

# ----------------------------------------------------------------- styles
def st_dotenv(k, nb, r):
    lines = ["# .env.production  (studio API)", "NODE_ENV=production"]
    if nb:
        lines.append(f"{nb[0]}={nb[1]}")
    lines.append(f"{k}={V}")
    lines.append("STUDIO_TZ=Europe/London")
    return "\n".join(lines) + "\n"


def st_compose_env_file(k, nb, r):
    lines = ["# kiln-ops.env  (env_file for docker compose)", "COMPOSE_PROJECT_NAME=kilnops"]
    if nb:
        lines.append(f"{nb[0]}={nb[1]}")
    lines.append(f"{k}={V}")
    return "\n".join(lines) + "\n"


def st_helm_env(k, nb, r):
    s = "# values-prod.yaml  (forge ops chart)\nsecretEnv:\n"
    if nb:
        s += f"  {nb[0]}: \"{nb[1]}\"\n"
    return s + f"  {k}: \"{V}\"\nreplicaCount: 2\n"


def st_dynaconf(k, nb, r):
    s = "# settings.toml  (booking service, dynaconf)\n[production]\n"
    if nb:
        s += f"{nb[0]} = \"{nb[1]}\"\n"
    return s + f"{k} = \"{V}\"\ntimezone = \"Europe/London\"\n"


def st_nuxt_env(k, nb, r):
    s = "# .env  (gallery shop, Nuxt server-only keys)\nNUXT_PUBLIC_SHOP_NAME=Molten Marver\n"
    if nb:
        s += f"NUXT_{nb[0]}={nb[1]}\n"
    return s + f"NUXT_{k}={V}\n"


def st_ts_module(k, nb, r):
    s = "// src/config/vendors.ts  (commission app)\nexport const vendors = {\n"
    if nb:
        s += f"  {nb[0]}: '{nb[1]}',\n"
    return s + f"  {k}: '{V}',\n}} as const;\n"


def st_viper_yaml(k, nb, r):
    s = "# config.yaml  (kiln bridge, Go/viper)\nlog_level: info\nvendors:\n"
    if nb:
        s += f"  {nb[0]}: \"{nb[1]}\"\n"
    return s + f"  {k}: \"{V}\"\n"


def st_sops_decrypted(k, nb, r):
    s = "$ sops -d secrets/studio.enc.yaml\n"
    if nb:
        s += f"{nb[0]}: {nb[1]}\n"
    return s + f"{k}: {V}\nsops_note: decrypted on kiln-room laptop\n"


def st_imessage(k, nb, r):
    s = "Maya: can you paste me the " + k + " again? the app logged out\n"
    if nb:
        s += f"Tom: {nb[0]} is {nb[1]}\n"
    return s + f"Tom: {k} is {V} - delete this after\nMaya: 👍\n"


def st_zendesk_note(k, nb, r):
    s = f"Internal note (Priya, studio helpdesk): customer order sync failing since Monday.\n"
    if nb:
        s += f"{nb[0]}: {nb[1]}\n"
    return s + f"Rotated the {k} to {V} and re-ran the import; please do not paste into public replies.\n"


def st_bash_export(k, nb, r):
    n = r.randint(300, 900)
    s = f"  {n}  cd ~/forge-ops\n"
    if nb:
        s += f"  {n + 1}  export {nb[0]}={nb[1]}\n"
    return s + f"  {n + 2}  export {k}='{V}'\n  {n + 3}  ./sync-orders.sh --dry-run\n"


def st_bitwarden_item(k, nb, r):
    obj = {"object": "item", "type": 1, "name": k.replace("_", " "), "notes": None,
           "fields": [{"name": k, "value": MARK, "type": 1}]}
    if nb:
        obj["login"] = {"username": nb[1]}
    return "$ bw get item '" + k.replace("_", " ") + "' --pretty\n" + json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def st_kotlin_object(k, nb, r):
    s = "// Secrets.kt  (pottery app)\nobject Secrets {\n"
    if nb:
        s += f"    const val {nb[0]} = \"{nb[1]}\"\n"
    return s + f"    const val {k} = \"{V}\"\n}}\n"


def st_php_env_array(k, nb, r):
    s = "<?php\n// config/env.local.php  (kiln app)\nreturn [\n"
    if nb:
        s += f"    '{nb[0]}' => '{nb[1]}',\n"
    return s + f"    '{k}' => '{V}',\n];\n"


def st_fly_secrets(k, nb, r):
    s = "$ fly secrets set --app studio-bookings \\\n"
    if nb:
        s += f"    {nb[0]}={nb[1]} \\\n"
    return s + f"    {k}={V}\nRelease v42 created\n"


def st_ini_section(k, nb, r):
    s = "; vendors.ini  (glaze lab desktop tool)\n[vendor]\n"
    if nb:
        s += f"{nb[0]}={nb[1]}\n"
    return s + f"{k}={V}\n"


STYLES = [
    ("studio_api_dotenv_production", "upper", st_dotenv),
    ("kiln_ops_compose_env_file", "upper", st_compose_env_file),
    ("forge_ops_helm_values_secret_env", "upper", st_helm_env),
    ("booking_service_dynaconf_settings_toml", "snake", st_dynaconf),
    ("gallery_shop_nuxt_server_env", "upper", st_nuxt_env),
    ("commission_app_typescript_config_module", "camel", st_ts_module),
    ("kiln_bridge_go_viper_yaml", "snake", st_viper_yaml),
    ("studio_ops_sops_decrypt_output", "snake", st_sops_decrypted),
    ("studio_owner_imessage_paste", "spaced", st_imessage),
    ("studio_helpdesk_zendesk_internal_note", "spaced", st_zendesk_note),
    ("forge_ops_bash_export_history", "upper", st_bash_export),
    ("glass_studio_bitwarden_item_json", "snake", st_bitwarden_item),
    ("pottery_app_kotlin_secrets_object", "upper", st_kotlin_object),
    ("kiln_app_php_env_array", "snake", st_php_env_array),
    ("studio_ops_fly_secrets_set_history", "upper", st_fly_secrets),
    ("glaze_lab_desktop_vendors_ini", "snake", st_ini_section),
]


def kept_vendors():
    return [v for v in VENDORS if v[0] not in SET_ASIDE]


def generate(reg, start_index):
    rng = random.Random(SEEDS["vendor"])
    recs = []
    n = start_index
    for i, (tname, gen, shape, grade, nbspec, rx) in enumerate(kept_vendors()):
        sname, sstyle, sfn = STYLES[i % len(STYLES)]
        k = keyname(tname.split("_"), sstyle)
        nb = None
        if nbspec:
            nbv = nbspec[1](rng)
            if not getattr(nbspec[1], "public", False):
                reg.add(nbv)  # random neighbours are registered; public names and e-mails may repeat
            nb = (keyname(nbspec[0].replace("-", " ").replace(" ", "_").split("_"), sstyle), nbv)
        value = reg.draw(gen, rng)
        tpl = sfn(k, nb, rng)
        recs.append(pos_record("%s-s-%04d" % (PREFIX, n), tname, tname + "__" + sname, tpl, value, "vendor"))
        n += 1
    return recs
