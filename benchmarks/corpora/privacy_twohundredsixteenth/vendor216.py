"""Vendor source: 120 vendor credential types used by model-railway, hobby-shop
and RC-club developers, each in one of 16 styles (container <type>__<style>)."""
import base64
import json
import random
import re

from common216 import (MARK, ALNUM, DIGITS, HEX, LOWALNUM, UPALNUM, UPPER, LOWER,
                       B64URL, B64STD, b64s, b64u, jwt, password, rbytes, rs,
                       style_key, uuid4)

SEED = 21602

UHEX = "0123456789ABCDEF"
LETTERS = UPPER + LOWER
CLASSES = {
    "hex": (HEX, "[0-9a-f]"), "uhex": (UHEX, "[0-9A-F]"), "alnum": (ALNUM, "[A-Za-z0-9]"),
    "lalnum": (LOWALNUM, "[a-z0-9]"), "ualnum": (UPALNUM, "[A-Z0-9]"), "dig": (DIGITS, "[0-9]"),
    "let": (LETTERS, "[A-Za-z]"), "b64u": (B64URL, "[A-Za-z0-9_-]"), "b64s": (B64STD, "[A-Za-z0-9+/]"),
}


def S(*parts):
    """Shape spec: strings are literals, (class, n) tuples random runs."""
    return parts


def gen_spec(rng, spec):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(p)
        else:
            out.append(rs(rng, CLASSES[p[0]][0], p[1]))
    return "".join(out)


def re_spec(spec):
    out = []
    for p in spec:
        if isinstance(p, str):
            out.append(re.escape(p))
        else:
            out.append("%s{%d}" % (CLASSES[p[0]][1], p[1]))
    return "^" + "".join(out) + "$"


UUID_RE = "^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"


# ---- special generators -------------------------------------------------
def g_uuid(rng):
    return uuid4(rng)


def g_rs256_jwt(iss, sub):
    def g(rng):
        iat = 1767100000 + rng.randrange(0, 5000000)
        return jwt(rng, "RS256", {"iss": iss, "sub": sub % rng.randint(10000, 99999),
                                  "iat": iat, "exp": iat + 31536000, "jti": uuid4(rng)}, 256)
    return g


def g_ha_jwt(rng):
    iat = 1766900000 + rng.randrange(0, 8000000)
    return jwt(rng, "HS256", {"iss": rs(rng, HEX, 32), "iat": iat, "exp": iat + 315360000})


def g_ses(rng):
    return b64s(bytes([4]) + rbytes(rng, 32))


def g_discord(rng):
    uid = str(rng.randint(10 ** 17, 10 ** 18 - 1))
    return b64u(uid.encode()) + "." + rs(rng, B64URL, 6) + "." + rs(rng, B64URL, 38)


def g_xbearer(rng):
    return "A" * 22 + rs(rng, ALNUM, 70) + "%3D" + rs(rng, ALNUM, 20)


def g_bsky(rng):
    return "-".join(rs(rng, LOWALNUM, 4) for _ in range(4))


def g_1pw(rng):
    obj = {"signInAddress": "my.1password.eu", "userAuth": {
        "method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
        "salt": b64u(rbytes(rng, 16))},
        "email": rs(rng, LOWALNUM, 13) + "@1passwordserviceaccounts.eu",
        "srpX": rs(rng, HEX, 64),
        "muk": {"alg": "A256GCM", "ext": True, "k": b64u(rbytes(rng, 32)),
                "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
        "deviceUuid": rs(rng, LOWALNUM, 26)}
    return "ops_" + b64s(json.dumps(obj, separators=(",", ":")).encode())


def g_infisical(rng):
    return "st." + uuid4(rng) + "." + rs(rng, HEX, 32) + "." + rs(rng, HEX, 32)


def g_zapier(rng):
    return "https://hooks.zapier.com/hooks/catch/%d/%s/" % (rng.randint(1000000, 29999999),
                                                           rs(rng, LOWALNUM, 7))


def g_slackhook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(rng, UPALNUM, 10), rs(rng, UPALNUM, 10),
                                                          rs(rng, ALNUM, 24))


def g_pw(rng):
    return password(rng)


# ---- checks for special values -------------------------------------------
def c_jwt(alg):
    from common216 import jwt_ok

    def c(v):
        if not jwt_ok(v):
            return False
        h = json.loads(base64.urlsafe_b64decode(v.split(".")[0] + "=="))
        return h["alg"] == alg
    return c


def c_ses(v):
    try:
        b = base64.b64decode(v, validate=True)
    except Exception:
        return False
    return len(v) == 44 and len(b) == 33 and b[0] == 4


def c_discord(v):
    p = v.split(".")
    if len(p) != 3:
        return False
    try:
        uid = base64.urlsafe_b64decode(p[0] + "=" * (-len(p[0]) % 4)).decode()
    except Exception:
        return False
    return uid.isdigit() and len(uid) == 18 and len(p[1]) == 6 and len(p[2]) == 38


def c_1pw(v):
    if not v.startswith("ops_eyJ"):
        return False
    try:
        obj = json.loads(base64.b64decode(v[4:], validate=True))
    except Exception:
        return False
    return isinstance(obj, dict) and "muk" in obj and len(v) > 254


# name, shape class, shape text, generator (spec tuple or function), regex or check,
# neighbour (label words, spec/function) or None
def V(name, klass, shape, gen, check=None, nb=None):
    return {"name": name, "klass": klass, "shape": shape, "gen": gen, "check": check, "nb": nb}


VENDORS = [
    # commerce
    V("shopify_admin_api_access_token", "read", "`shpat_` + 32 lower-case hex", S("shpat_", ("hex", 32))),
    V("shopify_custom_app_access_token", "read", "`shpca_` + 32 lower-case hex", S("shpca_", ("hex", 32))),
    V("shopify_legacy_private_app_token", "read", "`shppa_` + 32 lower-case hex", S("shppa_", ("hex", 32))),
    V("bigcommerce_store_api_token", "guessed", "31 lower-case alphanumerics", S(("lalnum", 31)),
      nb=(["bigcommerce", "store", "hash"], S(("lalnum", 10)))),
    V("ebay_production_cert_id", "believed", "`PRD-` + 12 hex + four groups of 4 hex", S("PRD-", ("hex", 12), "-", ("hex", 4), "-", ("hex", 4), "-", ("hex", 4), "-", ("hex", 4)),
      nb=(["ebay", "app", "id"], S("Marshbro-StockSyn-PRD-", ("hex", 9), "-", ("hex", 8)))),
    V("etsy_open_api_shared_secret", "guessed", "10 lower-case alphanumerics", S(("lalnum", 10)),
      nb=(["etsy", "keystring"], S(("lalnum", 24)))),
    V("amazon_sp_api_lwa_client_secret", "believed", "`amzn1.oa2-cs.v1.` + 64 lower-case hex", S("amzn1.oa2-cs.v1.", ("hex", 64)),
      nb=(["lwa", "client", "id"], S("amzn1.application-oa2-client.", ("hex", 32)))),
    V("prestashop_webservice_key", "believed", "32 upper-case alphanumerics", S(("ualnum", 32))),
    V("magento_integration_access_token", "guessed", "32 lower-case alphanumerics", S(("lalnum", 32))),
    V("sumup_secret_api_key", "guessed", "`sup_sk_` + 32 alphanumerics", S("sup_sk_", ("alnum", 32))),
    V("zettle_api_key_assertion", "guessed", "RS256-shaped JWT (real JSON, random 256-byte signature)", g_rs256_jwt("https://oauth.zettle.com", "merchant-%d"), c_jwt("RS256")),
    V("klarna_live_api_password", "guessed", "`klarna_live_api_` + 40 base64url", S("klarna_live_api_", ("b64u", 40)),
      nb=(["klarna", "username"], S("K", ("dig", 6), "_", ("hex", 12)))),
    V("braintree_private_key", "believed", "32 lower-case hex", S(("hex", 32)),
      nb=(["braintree", "public", "key"], S(("lalnum", 16)))),
    V("adyen_checkout_api_key", "guessed", "`AQE` + 97 base64url", S("AQE", ("b64u", 97))),
    V("gocardless_live_access_token", "read", "`live_` + 40 base64url", S("live_", ("b64u", 40))),
    V("stripe_live_secret_key", "read", "`sk_live_51` + 97 alphanumerics", S("sk_live_51", ("alnum", 97))),
    V("gumroad_access_token", "guessed", "43 base64url", S(("b64u", 43))),
    V("ticket_tailor_api_key", "guessed", "`sk_` + 4 digits + `_` + 40 lower-case hex", S("sk_", ("dig", 4), "_", ("hex", 40))),
    V("tito_api_token", "guessed", "`secret_live_` + 20 alphanumerics", S("secret_live_", ("alnum", 20))),
    # shipping, accounting
    V("royal_mail_click_and_drop_api_key", "guessed", "UUIDv4", g_uuid, UUID_RE),
    V("shipstation_api_secret", "guessed", "32 lower-case hex", S(("hex", 32)),
      nb=(["shipstation", "api", "key"], S(("hex", 32)))),
    V("sendcloud_secret_key", "guessed", "32 lower-case hex", S(("hex", 32)),
      nb=(["sendcloud", "public", "key"], S(("hex", 32)))),
    V("dpd_local_api_password", "owner", "owner-chosen", g_pw, nb=(["dpd", "username"], S("marshbrook", ("dig", 3)))),
    V("xero_oauth_client_secret", "guessed", "48 base64url", S(("b64u", 48)),
      nb=(["xero", "client", "id"], S(("uhex", 32)))),
    V("quickbooks_online_client_secret", "guessed", "40 alphanumerics", S(("alnum", 40)),
      nb=(["quickbooks", "client", "id"], S("AB", ("alnum", 48)))),
    # marketing and e-mail
    V("mailchimp_marketing_api_key", "read", "32 lower-case hex + `-us` + 2 digits", S(("hex", 32), "-us", ("dig", 2))),
    V("brevo_api_v3_key", "read", "`xkeysib-` + 64 lower-case hex + `-` + 16 alphanumerics", S("xkeysib-", ("hex", 64), "-", ("alnum", 16))),
    V("mailgun_private_api_key", "read", "`key-` + 32 lower-case hex", S("key-", ("hex", 32))),
    V("klaviyo_private_api_key", "believed", "`pk_` + 34 lower-case hex", S("pk_", ("hex", 34))),
    V("kit_convertkit_api_secret", "guessed", "43 base64url", S(("b64u", 43))),
    V("buttondown_api_key", "guessed", "UUIDv4", g_uuid, UUID_RE),
    V("amazon_ses_smtp_password", "believed", "standard Base64 of version byte 0x04 + 32 bytes (44 characters, starts `B`)", g_ses, c_ses,
      nb=(["ses", "smtp", "username"], S("AKIA", ("ualnum", 16)))),
    # messaging and social
    V("discord_race_results_bot_token", "believed", "base64url of an 18-digit bot id + `.` + 6 + `.` + 38 base64url", g_discord, c_discord),
    V("slack_bot_user_oauth_token", "read", "`xoxb-` + 13 digits + `-` + 13 digits + `-` + 24 alphanumerics", S("xoxb-", ("dig", 13), "-", ("dig", 13), "-", ("alnum", 24))),
    V("slack_incoming_webhook_url", "read", "whole `hooks.slack.com/services/T…/B…/…` URL (24 alphanumerics at the end)", g_slackhook,
      r"^https://hooks\.slack\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}$"),
    V("telegram_swap_meet_bot_token", "read", "10 digits + `:AA` + 33 base64url", S(("dig", 10), ":AA", ("b64u", 33))),
    V("pushover_application_token", "believed", "`a` + 29 lower-case alphanumerics", S("a", ("lalnum", 29)),
      nb=(["pushover", "user", "key"], S("u", ("lalnum", 29)))),
    V("ntfy_access_token", "believed", "`tk_` + 29 lower-case alphanumerics", S("tk_", ("lalnum", 29))),
    V("twilio_account_auth_token", "believed", "32 lower-case hex", S(("hex", 32)),
      nb=(["twilio", "account", "sid"], S("AC", ("hex", 32)))),
    V("messagebird_live_access_key", "read", "25 alphanumerics", S(("alnum", 25))),
    V("sinch_sms_api_token", "guessed", "32 lower-case hex", S(("hex", 32)),
      nb=(["sinch", "service", "plan", "id"], S(("hex", 32)))),
    V("meta_app_secret", "read", "32 lower-case hex", S(("hex", 32)),
      nb=(["meta", "app", "id"], S(("dig", 16)))),
    V("x_api_bearer_token", "read", "22 `A` + 70 alphanumerics + `%3D` + 20 alphanumerics", g_xbearer,
      r"^A{22}[A-Za-z0-9]{70}%3D[A-Za-z0-9]{20}$"),
    V("youtube_data_api_key", "read", "`AIza` + 35 base64url", S("AIza", ("b64u", 35))),
    V("twitch_client_secret", "read", "30 lower-case alphanumerics", S(("lalnum", 30)),
      nb=(["twitch", "client", "id"], S(("lalnum", 30)))),
    V("reddit_script_app_secret", "guessed", "30 base64url", S(("b64u", 30)),
      nb=(["reddit", "client", "id"], S(("b64u", 22)))),
    V("mastodon_app_access_token", "believed", "43 base64url", S(("b64u", 43))),
    V("bluesky_app_password", "believed", "four groups of 4 lower-case alphanumerics joined by `-`", g_bsky,
      r"^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$", nb=(["bluesky", "handle"], S("marshbrookmodels", ("dig", 2), ".bsky.social"))),
    # AI
    V("openai_project_api_key", "read", "`sk-proj-` + 74 base64url + `T3BlbkFJ` + 74 base64url", S("sk-proj-", ("b64u", 74), "T3BlbkFJ", ("b64u", 74))),
    V("anthropic_api_key", "read", "`sk-ant-api03-` + 93 base64url + `AA`", S("sk-ant-api03-", ("b64u", 93), "AA")),
    V("groq_api_key", "believed", "`gsk_` + 52 alphanumerics", S("gsk_", ("alnum", 52))),
    V("replicate_api_token", "believed", "`r8_` + 37 alphanumerics", S("r8_", ("alnum", 37))),
    V("perplexity_api_key", "read", "`pplx-` + 48 alphanumerics", S("pplx-", ("alnum", 48))),
    V("google_gemini_api_key", "read", "`AIza` + 35 base64url", S("AIza", ("b64u", 35))),
    V("huggingface_user_access_token", "read", "`hf_` + 34 letters", S("hf_", ("let", 34))),
    V("langsmith_personal_api_key", "believed", "`lsv2_pt_` + 32 lower-case hex + `_` + 10 lower-case hex", S("lsv2_pt_", ("hex", 32), "_", ("hex", 10))),
    V("pinecone_api_key", "guessed", "`pcsk_` + 6 alphanumerics + `_` + 63 alphanumerics", S("pcsk_", ("alnum", 6), "_", ("alnum", 63))),
    V("together_ai_api_key", "guessed", "64 lower-case hex", S(("hex", 64))),
    V("fireworks_ai_api_key", "guessed", "`fw_` + 24 alphanumerics", S("fw_", ("alnum", 24))),
    V("stability_ai_api_key", "believed", "`sk-` + 48 alphanumerics", S("sk-", ("alnum", 48))),
    V("weights_and_biases_api_key", "believed", "40 lower-case hex", S(("hex", 40))),
    # developer and ops
    V("github_classic_personal_access_token", "read", "`ghp_` + 36 alphanumerics", S("ghp_", ("alnum", 36))),
    V("github_oauth_user_token", "read", "`gho_` + 36 alphanumerics", S("gho_", ("alnum", 36))),
    V("gitlab_personal_access_token", "read", "`glpat-` + 20 base64url", S("glpat-", ("b64u", 20))),
    V("gitlab_deploy_token", "read", "`gldt-` + 20 base64url", S("gldt-", ("b64u", 20))),
    V("bitbucket_app_password", "believed", "`ATBB` + 24 alphanumerics + 8 upper-case hex", S("ATBB", ("alnum", 24), ("uhex", 8)),
      nb=(["bitbucket", "username"], S("railkev", ("dig", 2)))),
    V("gitea_access_token", "believed", "40 lower-case hex", S(("hex", 40))),
    V("heroku_platform_api_key", "read", "`HRKU-AA` + 58 base64url", S("HRKU-AA", ("b64u", 58))),
    V("fly_io_deploy_token", "read", "`fo1_` + 43 base64url", S("fo1_", ("b64u", 43))),
    V("render_api_key", "believed", "`rnd_` + 32 alphanumerics", S("rnd_", ("alnum", 32))),
    V("vercel_access_token", "guessed", "24 alphanumerics", S(("alnum", 24))),
    V("digitalocean_personal_access_token", "read", "`dop_v1_` + 64 lower-case hex", S("dop_v1_", ("hex", 64))),
    V("linode_api_token", "believed", "64 lower-case hex", S(("hex", 64))),
    V("hetzner_cloud_api_token", "believed", "64 alphanumerics", S(("alnum", 64))),
    V("scaleway_secret_key", "believed", "UUIDv4", g_uuid, UUID_RE,
      nb=(["scaleway", "access", "key"], S("SCW", ("ualnum", 17)))),
    V("cloudflare_api_token", "read", "40 base64url", S(("b64u", 40))),
    V("aws_lightsail_secret_access_key", "believed", "40 of the standard Base64 alphabet", S(("b64s", 40)),
      nb=(["aws", "access", "key", "id"], S("AKIA", ("ualnum", 16)))),
    V("wasabi_secret_access_key", "guessed", "40 upper-case alphanumerics", S(("ualnum", 40)),
      nb=(["wasabi", "access", "key"], S(("ualnum", 20)))),
    V("datadog_api_key", "believed", "32 lower-case hex", S(("hex", 32))),
    V("datadog_application_key", "read", "40 lower-case hex", S(("hex", 40))),
    V("sentry_user_auth_token", "read", "`sntryu_` + 64 lower-case hex", S("sntryu_", ("hex", 64))),
    V("honeycomb_ingest_api_key", "guessed", "`hcaik_` + 58 lower-case alphanumerics", S("hcaik_", ("lalnum", 58))),
    V("pulumi_access_token", "read", "`pul-` + 40 lower-case hex", S("pul-", ("hex", 40))),
    V("doppler_service_token", "believed", "`dp.st.prd.` + 40 alphanumerics", S("dp.st.prd.", ("alnum", 40))),
    V("infisical_service_token", "guessed", "`st.` + UUIDv4 + `.` + 32 hex + `.` + 32 hex", g_infisical,
      r"^st\.[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\.[0-9a-f]{32}\.[0-9a-f]{32}$"),
    V("onepassword_service_account_token", "read", "`ops_` + standard Base64 of a JSON object (real; starts `ops_eyJ`, 250+ characters)", g_1pw, c_1pw),
    V("npm_granular_publish_token", "read", "`npm_` + 36 alphanumerics", S("npm_", ("alnum", 36))),
    V("rubygems_api_key", "read", "`rubygems_` + 48 lower-case hex", S("rubygems_", ("hex", 48))),
    V("cloudsmith_api_key", "guessed", "40 lower-case hex", S(("hex", 40))),
    V("expo_robot_access_token", "guessed", "40 base64url", S(("b64u", 40))),
    V("firebase_cli_ci_token", "believed", "Google refresh-token shape `1//0` + 99 base64url", S("1//0", ("b64u", 99))),
    V("sonarqube_global_analysis_token", "believed", "`sqa_` + 40 lower-case hex", S("sqa_", ("hex", 40))),
    # maps, weather, IoT, club world
    V("thunderforest_api_key", "guessed", "32 lower-case hex", S(("hex", 32))),
    V("openweathermap_api_key", "believed", "32 lower-case hex", S(("hex", 32))),
    V("met_office_datahub_api_key", "guessed", "RS256-shaped JWT (real JSON, random 256-byte signature)", g_rs256_jwt("https://datahub.metoffice.gov.uk", "club-%d"), c_jwt("RS256")),
    V("adafruit_io_key", "believed", "`aio_` + 28 alphanumerics", S("aio_", ("alnum", 28)),
      nb=(["adafruit", "io", "username"], S("hollowvale_signals", ("dig", 2)))),
    V("particle_access_token", "believed", "40 lower-case hex", S(("hex", 40))),
    V("blynk_device_auth_token", "believed", "32 base64url", S(("b64u", 32))),
    V("thingspeak_write_api_key", "believed", "16 upper-case alphanumerics", S(("ualnum", 16)),
      nb=(["thingspeak", "channel", "id"], S(("dig", 7)))),
    V("arduino_iot_cloud_client_secret", "guessed", "64 alphanumerics", S(("alnum", 64)),
      nb=(["arduino", "client", "id"], S(("ualnum", 32)))),
    V("home_assistant_long_lived_access_token", "believed", "HS256 JWT `{iss, iat, exp}` (real JSON, real HMAC under a discarded key)", g_ha_jwt, c_jwt("HS256")),
    V("zerotier_central_api_token", "believed", "32 alphanumerics", S(("alnum", 32))),
    V("mylaps_speedhive_api_key", "guessed", "UUIDv4", g_uuid, UUID_RE),
    V("bmfa_membership_portal_password", "owner", "owner-chosen", g_pw,
      nb=(["bmfa", "member", "number"], S(("dig", 6)))),
    V("caa_drone_registration_portal_password", "owner", "owner-chosen", g_pw,
      nb=(["caa", "login", "email"], S("flying.sec", ("dig", 2), "@kestrel-rc.example"))),
    V("hobby_insurance_broker_portal_password", "owner", "owner-chosen", g_pw,
      nb=(["policy", "number"], S("MRC/", ("dig", 6), "/", ("dig", 2)))),
    V("ebay_seller_account_password", "owner", "owner-chosen", g_pw,
      nb=(["ebay", "user"], S("marshbrook_models_", ("dig", 2)))),
    V("teamup_calendar_api_key", "guessed", "64 lower-case hex", S(("hex", 64))),
    V("airtable_personal_access_token", "read", "`pat` + 14 alphanumerics + `.` + 64 lower-case hex", S("pat", ("alnum", 14), ".", ("hex", 64))),
    V("notion_integration_secret", "read", "`ntn_` + 11 digits + 35 alphanumerics", S("ntn_", ("dig", 11), ("alnum", 35))),
    V("cloudinary_api_secret", "believed", "27 base64url", S(("b64u", 27)),
      nb=(["cloudinary", "api", "key"], S(("dig", 15)))),
    V("imgur_client_secret", "believed", "40 lower-case hex", S(("hex", 40)),
      nb=(["imgur", "client", "id"], S(("hex", 15)))),
    V("flickr_api_secret", "believed", "16 lower-case hex", S(("hex", 16)),
      nb=(["flickr", "api", "key"], S(("hex", 32)))),
    V("zoom_server_to_server_client_secret", "believed", "32 alphanumerics", S(("alnum", 32)),
      nb=(["zoom", "client", "id"], S(("alnum", 22)))),
    V("dropbox_app_secret", "read", "15 lower-case alphanumerics", S(("lalnum", 15)),
      nb=(["dropbox", "app", "key"], S(("lalnum", 15)))),
    V("zapier_catch_hook_url", "guessed", "whole `hooks.zapier.com/hooks/catch/<digits>/<7 lower-case alphanumerics>/` URL", g_zapier,
      r"^https://hooks\.zapier\.com/hooks/catch/[0-9]{7,8}/[a-z0-9]{7}/$"),
    V("ifttt_webhooks_key", "believed", "22 base64url", S(("b64u", 22))),
    V("tailscale_api_access_token", "believed", "`tskey-api-k` + 10 alphanumerics + `CNTRL-` + 33 alphanumerics", S("tskey-api-k", ("alnum", 10), "CNTRL-", ("alnum", 33))),
    V("typesense_admin_api_key", "guessed", "32 alphanumerics", S(("alnum", 32))),
    V("meilisearch_master_key", "guessed", "32 base64url", S(("b64u", 32))),
]

SET_ASIDE = [
    ("lightspeed_retail_client_secret", "shape guessed; the shop till is covered by SumUp and Zettle"),
    ("sage_accounting_client_secret", "shape guessed; accounting is covered by Xero and QuickBooks"),
    ("gotify_application_token", "shape only vaguely remembered; push notifications are covered by Pushover and ntfy"),
    ("roboflow_private_api_key", "weak link to a club (track-camera vision is a stretch)"),
    ("better_stack_source_token", "shape guessed; logging is covered by Datadog and Honeycomb"),
    ("liverc_track_api_key", "no public API key format known; race timing is covered by MyLaps Speedhive"),
    ("uptime_kuma_api_key", "shape guessed; monitoring is covered elsewhere"),
]

# styles: name, case
STYLES = [
    ("shop_api_dotenv_live", "upper"),
    ("club_compose_environment_list", "upper"),
    ("club_ops_fly_secrets_set_history", "upper"),
    ("club_ops_heroku_config_set_history", "upper"),
    ("timing_app_python_settings_module", "upper"),
    ("layout_app_kotlin_buildconfig_gradle", "upper"),
    ("shop_app_typescript_config_ts", "camel"),
    ("club_app_ruby_initializer_rb", "snake"),
    ("club_ops_terraform_auto_tfvars", "snake"),
    ("club_ops_gcloud_secrets_create_history", "kebab"),
    ("club_whatsapp_committee_paste", "spaced"),
    ("shop_owner_email_to_developer", "spaced"),
    ("club_keepass_xml_export", "title"),
    ("timing_app_csharp_const_class", "pascal"),
    ("club_ops_direnv_envrc", "upper"),
    ("layout_service_java_properties", "dot"),
]


def render(style, k, nb):
    """Return a template with MARK for the value; nb = (key, value) or None."""
    nk, nv = nb if nb else (None, None)
    if style == "shop_api_dotenv_live":
        lines = ["# .env.live - Marshbrook Models shop API", "NODE_ENV=production"]
        if nb:
            lines.append("%s=%s" % (nk, nv))
        lines.append("%s=%s" % (k, MARK))
        return "\n".join(lines) + "\n"
    if style == "club_compose_environment_list":
        env = ["      - TZ=Europe/London"]
        if nb:
            env.append("      - %s=%s" % (nk, nv))
        env.append("      - %s=%s" % (k, MARK))
        return "services:\n  clubapp:\n    image: ghcr.io/kestrel-rc/clubapp:2.3\n    environment:\n" + "\n".join(env) + "\n"
    if style == "club_ops_fly_secrets_set_history":
        extra = " %s='%s'" % (nk, nv) if nb else ""
        return "$ fly secrets set%s %s='%s' -a kestrel-timing\nRelease v42 created\n$ fly status\n" % (extra, k, MARK)
    if style == "club_ops_heroku_config_set_history":
        pre = "$ heroku config:set %s=%s --app marshbrook-shop\n" % (nk, nv) if nb else ""
        return pre + "$ heroku config:set %s='%s' --app marshbrook-shop\nSetting %s and restarting marshbrook-shop... done\n" % (k, MARK, k)
    if style == "timing_app_python_settings_module":
        pre = '%s = "%s"\n' % (nk, nv) if nb else ""
        return "# settings/production.py - lap counter\nDEBUG = False\n" + pre + '%s = "%s"\n' % (k, MARK)
    if style == "layout_app_kotlin_buildconfig_gradle":
        pre = '        buildConfigField("String", "%s", "\\"%s\\"")\n' % (nk, nv) if nb else ""
        return "android {\n    defaultConfig {\n" + pre + '        buildConfigField("String", "%s", "\\"%s\\"")\n    }\n}\n' % (k, MARK)
    if style == "shop_app_typescript_config_ts":
        pre = "  %s: '%s',\n" % (nk, nv) if nb else ""
        return "// src/config.ts\nexport const config = {\n  shopName: 'Marshbrook Models',\n" + pre + "  %s: '%s',\n};\n" % (k, MARK)
    if style == "club_app_ruby_initializer_rb":
        pre = 'Rails.application.config.x.%s = "%s"\n' % (nk, nv) if nb else ""
        return "# config/initializers/club_services.rb\n" + pre + 'Rails.application.config.x.%s = "%s"\n' % (k, MARK)
    if style == "club_ops_terraform_auto_tfvars":
        pre = '%s = "%s"\n' % (nk, nv) if nb else ""
        return "# club.auto.tfvars\nregion = \"lon1\"\n" + pre + '%s = "%s"\n' % (k, MARK)
    if style == "club_ops_gcloud_secrets_create_history":
        pre = "$ printf '%%s' '%s' | gcloud secrets create %s --data-file=-\n" % (nv, nk) if nb else ""
        return pre + "$ printf '%%s' '%s' | gcloud secrets create %s --data-file=-\nCreated version [1] of the secret [%s].\n" % (MARK, k, k)
    if style == "club_whatsapp_committee_paste":
        pre = "[14/01/2026, 20:11] Pat Marsh: %s is %s\n" % (nk, nv) if nb else ""
        return pre + "[14/01/2026, 20:12] Pat Marsh: and the %s is %s\n[14/01/2026, 20:15] Jo: thanks, deleting this now\n" % (k, MARK)
    if style == "shop_owner_email_to_developer":
        pre = "%s: %s\n" % (nk, nv) if nb else ""
        return "From: Pat Marsh <pat@marshbrook.example>\nTo: dev@hollowvale.example\nSubject: shop integrations\n\nHi, here are the details you asked for.\n" + pre + "%s: %s\n\nPat\n" % (k, MARK)
    if style == "club_keepass_xml_export":
        user = "<String><Key>UserName</Key><Value>%s</Value></String>" % nv if nb else "<String><Key>UserName</Key><Value></Value></String>"
        return "<Entry>\n  <String><Key>Title</Key><Value>%s</Value></String>\n  %s\n  <String><Key>Password</Key><Value>%s</Value></String>\n</Entry>\n" % (k, user, MARK)
    if style == "timing_app_csharp_const_class":
        pre = '    public const string %s = "%s";\n' % (nk, nv) if nb else ""
        return "namespace LapCounter;\n\ninternal static class Secrets\n{\n" + pre + '    public const string %s = "%s";\n}\n' % (k, MARK)
    if style == "club_ops_direnv_envrc":
        pre = "export %s='%s'\n" % (nk, nv) if nb else ""
        return "# .envrc\nlayout python3\n" + pre + "export %s='%s'\n" % (k, MARK)
    if style == "layout_service_java_properties":
        pre = "%s=%s\n" % (nk, nv) if nb else ""
        return "# application.properties\nserver.port=8081\n" + pre + "%s=%s\n" % (k, MARK)
    raise ValueError(style)


def value_ok(v, value):
    if v["klass"] == "owner":
        from common216 import PW_RE
        return bool(PW_RE.match(value))
    if isinstance(v["gen"], tuple):
        return bool(re.match(re_spec(v["gen"]), value))
    chk = v["check"]
    if isinstance(chk, str):
        return bool(re.match(chk, value))
    return bool(chk(value))


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, v in enumerate(VENDORS):
        style, case = STYLES[i % len(STYLES)]
        g = v["gen"]
        value = reg.draw((lambda: gen_spec(rng, g)) if isinstance(g, tuple) else (lambda: g(rng)))
        nb = None
        if v["nb"]:
            words, spec = v["nb"]
            nv = reg.draw(lambda: gen_spec(rng, spec))
            nb = (style_key(words, case), nv)
        k = style_key(v["name"].split("_"), case)
        t = render(style, k, nb)
        start = t.index(MARK)
        text = t.replace(MARK, value)
        out.append((v["name"], v["name"] + "__" + style, text, start, value))
    return out
