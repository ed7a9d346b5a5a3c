"""Vendor source: one record per vendor type, in a container typical of where that key lives."""
import base64
import binascii
import json
import random
import re

from common252 import (MARK, ALPHABETS, ALPHA_RX, ALPHA_DESC, rstr, rbytes, uuid4, make_jwt, jwt_problem,
                       b64u_decode, owner_password, PASSWORD_RX, key_name, positive, PEOPLE, FIRST, HEX)

SEED_VALUES = 25202
SEED_STYLES = 25212

SOURCE_DESC = {"gl": "read this session (gitleaks rule)", "kf": "read this session (Kingfisher rule)",
               "mem": "believed from memory", "guess": "guessed", "owner": "owner-chosen"}

UUID_PART = ("U",)


def L(s):
    return ("L", s)


def C(a, n):
    return ("C", a, n)


def F(name):
    return ("F", name)


# ---------------------------------------------------------------- custom frames
ULID = "0123456789abcdefghjkmnpqrstvwxyz"
SYN62 = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _b62(n, width):
    s = ""
    while n:
        n, r = divmod(n, 62)
        s = SYN62[r] + s
    return s.rjust(width, "0")


def gen_frame(name, rng):
    if name == "owner":
        return owner_password(rng)
    if name == "ha_llat":
        iat = 1735689600 + rng.randrange(0, 20000000)
        return make_jwt(rng, {"alg": "HS256", "typ": "JWT"}, {"iss": rstr(rng, HEX, 32), "iat": iat,
                                                               "exp": iat + 315360000})
    if name == "n8n_jwt":
        iat = 1735689600 + rng.randrange(0, 20000000)
        return make_jwt(rng, {"alg": "HS256", "typ": "JWT"}, {"sub": uuid4(rng), "iss": "n8n",
                                                               "aud": "public-api", "iat": iat})
    if name == "routific_jwt":
        iat = 1735689600 + rng.randrange(0, 20000000)
        return make_jwt(rng, {"alg": "HS256", "typ": "JWT"}, {"_id": rstr(rng, HEX, 24), "iat": iat})
    if name == "lemon_rs256":
        iat = 1735689600 + rng.randrange(0, 20000000)
        pay = {"aud": "94d59cef-dbb8-4ea5-b178-d2540fcd6919", "jti": rstr(rng, HEX, 80), "iat": iat,
               "nbf": iat, "exp": iat + 31536000 * 2, "sub": str(rng.randint(1000000, 9999999)), "scopes": []}
        return make_jwt(rng, {"typ": "JWT", "alg": "RS256"}, pay, sig_bytes=384)
    if name == "esphome_key":
        return base64.b64encode(rbytes(rng, 32)).decode()
    if name == "influx_token":
        return base64.urlsafe_b64encode(rbytes(rng, 64)).decode()
    if name == "azure_storage":
        return base64.b64encode(rbytes(rng, 64)).decode()
    if name == "discord_bot":
        uid = str(rng.randint(10 ** 18, 2 * 10 ** 18))
        return (base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rstr(rng, "b64u", 6) + "."
                + rstr(rng, "b64u", 38))
    if name == "matrix_syt":
        local = rng.choice(["packingbot", "rotabot", "coldstore-alerts", "boxes-bridge"])
        base = "syt_%s_%s" % (base64.urlsafe_b64encode(local.encode()).decode().rstrip("="),
                              rstr(rng, "alpha", 20))
        return base + "_" + _b62(binascii.crc32(base.encode()) & 0xFFFFFFFF, 6)
    if name == "sentry_org":
        js = json.dumps({"iat": 1735689600 + rng.randrange(0, 20000000) + rng.randrange(0, 1000) / 1000.0,
                         "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "compost-heap"},
                        separators=(",", ":"))
        return "sntrys_" + base64.b64encode(js.encode()).decode() + "_" + rstr(rng, "b64", 43)
    if name == "op_service":
        js = {"signInAddress": "my.1password.eu",
              "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                           "salt": rstr(rng, "b64u", 22)},
              "email": rstr(rng, "lan", 12) + "@1passwordserviceaccounts.eu", "srpX": rstr(rng, HEX, 64),
              "muk": {"alg": "A256GCM", "ext": False, "k": rstr(rng, "b64u", 43), "key_ops": ["decrypt", "encrypt"],
                      "kty": "oct", "kid": "mp"},
              "secretKey": "A3-" + "-".join(rstr(rng, "uan", n) for n in (6, 6, 5, 5, 5, 5)),
              "throttleSecret": {"seed": rstr(rng, HEX, 64), "uuid": rstr(rng, "uan", 26)},
              "deviceUuid": rstr(rng, "lan", 26)}
        return "ops_" + base64.b64encode(json.dumps(js, separators=(",", ":")).encode()).decode()
    raise ValueError(name)


FRAME_RX = {
    "owner": PASSWORD_RX.pattern.strip("^$"),
    "ha_llat": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
    "n8n_jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
    "routific_jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}",
    "lemon_rs256": r"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{512}",
    "esphome_key": r"[A-Za-z0-9+/]{43}=",
    "influx_token": r"[A-Za-z0-9_-]{86}==",
    "azure_storage": r"[A-Za-z0-9+/]{86}==",
    "discord_bot": r"[MNO][A-Za-z0-9+/]{23,25}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}",
    "matrix_syt": r"syt_[A-Za-z0-9_-]+_[A-Za-z]{20}_[0-9A-Za-z]{6}",
    "sentry_org": r"sntrys_eyJpYXQiO[A-Za-z0-9+/]+={0,2}_[A-Za-z0-9+/]{43}",
    "op_service": r"ops_eyJ[A-Za-z0-9+/]{250,}={0,3}",
}
FRAME_DESC = {
    "owner": "owner-chosen password",
    "ha_llat": "real HS256 JWT (payload `iss` 32 hex, `iat`, `exp` ten years on; HMAC under a discarded key)",
    "n8n_jwt": "real HS256 JWT (payload `sub` UUIDv4, `iss` n8n, `aud` public-api, `iat`)",
    "routific_jwt": "real HS256 JWT (payload `_id` 24 hex, `iat`)",
    "lemon_rs256": "RS256 JWT frame (header `{\"typ\":\"JWT\",\"alg\":\"RS256\"}`, Passport-style payload, "
                   "random 384-byte signature = 512 base64url)",
    "esphome_key": "standard Base64 of exactly 32 random bytes",
    "influx_token": "base64url (padded) of exactly 64 random bytes (88 characters, ends `==`)",
    "azure_storage": "standard Base64 of exactly 64 random bytes (88 characters, ends `==`)",
    "discord_bot": "Base64 of the bot's 19-digit user id + `.` + 6 base64url + `.` + 38 base64url",
    "matrix_syt": "`syt_` + unpadded base64url of the bot's localpart + `_` + 20 letters + `_` + 6 base62 "
                  "digits of the real CRC-32 of everything before",
    "sentry_org": "`sntrys_` + standard Base64 of real JSON (`iat`, `url`, `region_url`, `org`) + `_` + 43 "
                  "standard Base64",
    "op_service": "`ops_` + standard Base64 of real JSON (signInAddress, userAuth, email, srpX, muk, "
                  "secretKey, throttleSecret, deviceUuid)",
}


def frame_check(name, v):
    if name == "owner":
        return None if PASSWORD_RX.match(v) else "password form"
    if name in ("ha_llat", "n8n_jwt", "routific_jwt", "lemon_rs256"):
        return jwt_problem(v)
    if name in ("esphome_key", "azure_storage"):
        b = base64.b64decode(v, validate=True)
        return None if len(b) == (32 if name == "esphome_key" else 64) else "byte count"
    if name == "influx_token":
        b = base64.urlsafe_b64decode(v)
        return None if len(b) == 64 and base64.urlsafe_b64encode(b).decode() == v else "byte count"
    if name == "discord_bot":
        first = v.split(".")[0]
        try:
            d = base64.b64decode(first + "=" * (-len(first) % 4)).decode()
        except Exception:
            return "id part"
        return None if d.isdigit() and len(d) == 19 else "id part"
    if name == "matrix_syt":
        base, chk = v.rsplit("_", 1)
        return None if _b62(binascii.crc32(base.encode()) & 0xFFFFFFFF, 6) == chk else "crc"
    if name == "sentry_org":
        mid = v[len("sntrys_"):].rsplit("_", 1)[0]
        js = json.loads(base64.b64decode(mid))
        return None if set(js) == {"iat", "url", "region_url", "org"} else "json keys"
    if name == "op_service":
        js = json.loads(base64.b64decode(v[4:]))
        return None if "secretKey" in js and "muk" in js else "json keys"
    return "unknown frame"


# ---------------------------------------------------------------- the vendor table
# (type, group, spec, source, neighbour (label words, spec) or None, style family)
V = []


def vend(t, group, spec, source, nb=None, fam="server"):
    V.append((t, group, spec, source, nb, fam))


TRADE = "Trade services of box schemes, food co-ops and refill shops: storefronts and box software, " \
        "wholesalers and certifiers, delivery and routing, scales and tills, rotas and member tools, " \
        "cold-store IoT, food and location data, UK public services"
COM = "Commerce and payments"
MSG = "Messaging, e-mail and chat"
AI = "AI services"
DEV = "Developer services"
OPS = "Ops, cloud, storage and monitoring"

vend("open_food_network_api_key", TRADE, [C("hex", 48)], "guess")
vend("harvie_api_token", TRADE, [C("an", 40)], "guess")
vend("local_food_marketplace_api_key", TRADE, [UUID_PART], "guess")
vend("grazecart_api_token", TRADE, [C("an", 60)], "guess")
vend("local_line_api_key", TRADE, [C("lan", 32)], "guess")
vend("shopify_admin_api_access_token", TRADE, [L("shpat_"), C("hex", 32)], "gl")
vend("shopify_app_shared_secret", TRADE, [L("shpss_"), C("hex", 32)], "gl",
     (["shopify", "app", "api", "key"], [C("hex", 32)]))
vend("ecwid_secret_token", TRADE, [L("secret_"), C("an", 32)], "mem", (["ecwid", "store", "id"], [C("dig", 8)]))
vend("squarespace_commerce_api_key", TRADE, [UUID_PART], "gl")
vend("gocardless_live_access_token", TRADE, [L("live_"), C("b64u", 40)], "gl")
vend("mollie_live_api_key", TRADE, [L("live_"), C("an", 30)], "mem")
vend("sumup_secret_api_key", TRADE, [L("sup_sk_"), C("an", 32)], "mem")
vend("xero_oauth_client_secret", TRADE, [C("b64u", 48)], "guess", (["xero", "client", "id"], [C("HEX", 32)]))
vend("quickbooks_oauth_client_secret", TRADE, [C("an", 40)], "guess",
     (["quickbooks", "client", "id"], [L("AB"), C("an", 48)]))
vend("epos_now_api_secret", TRADE, [C("an", 40)], "guess", (["epos", "now", "api", "key"], [C("uan", 32)]))
vend("circuit_for_teams_api_key", TRADE, [C("an", 40)], "guess")
vend("routific_api_token", TRADE, [F("routific_jwt")], "guess")
vend("optimoroute_api_key", TRADE, [C("hex", 40)], "guess")
vend("onfleet_api_key", TRADE, [C("lan", 32)], "kf")
vend("track_pod_api_key", TRADE, [UUID_PART], "guess")
vend("route4me_api_key", TRADE, [C("uan", 32)], "kf")
vend("shipday_api_key", TRADE, [C("an", 10), L("."), C("an", 20)], "kf")
vend("stuart_api_client_secret", TRADE, [C("hex", 64)], "guess", (["stuart", "client", "id"], [C("hex", 64)]))
vend("suma_wholesale_trade_portal_password", TRADE, [F("owner")], "owner",
     (["suma", "account", "number"], [L("SUM"), C("dig", 6)]), "owner")
vend("infinity_foods_trade_portal_password", TRADE, [F("owner")], "owner",
     (["infinity", "foods", "customer", "number"], [C("dig", 7)]), "owner")
vend("essential_trading_webshop_password", TRADE, [F("owner")], "owner",
     (["essential", "trading", "login"], [L("buying@wheatsheaflane-coop.example")]), "owner")
vend("soil_association_certification_portal_password", TRADE, [F("owner")], "owner",
     (["soil", "association", "licence"], [L("P"), C("dig", 4)]), "owner")
vend("ofg_certification_portal_password", TRADE, [F("owner")], "owner",
     (["ofg", "member", "number"], [C("dig", 5)]), "owner")
vend("avery_berkel_scale_admin_password", TRADE, [F("owner")], "owner",
     (["avery", "berkel", "scale", "host"], [L("scale-bay2.toppedup-refills.example")]), "owner")
vend("digi_scale_web_admin_password", TRADE, [F("owner")], "owner",
     (["digi", "scale", "address"], [L("192.168.40.")]), "owner")
vend("mettler_toledo_scale_service_password", TRADE, [F("owner")], "owner",
     (["mettler", "toledo", "service", "user"], [L("svc_"), C("lower", 5)]), "owner")
vend("esendex_account_password", TRADE, [F("owner")], "owner",
     (["esendex", "account", "reference"], [L("EX0"), C("dig", 6)]), "owner")
vend("printnode_api_key", TRADE, [C("b64u", 43)], "guess")
vend("rotaready_api_key", TRADE, [C("hex", 40)], "guess")
vend("planday_client_secret", TRADE, [C("an", 40)], "guess", (["planday", "app", "id"], [UUID_PART]))
vend("loomio_api_key", TRADE, [C("an", 24)], "guess")
vend("civicrm_site_key", TRADE, [C("an", 32)], "guess")
vend("open_collective_personal_token", TRADE, [C("hex", 40)], "guess")
vend("mailchimp_marketing_api_key", TRADE, [C("hex", 32), L("-us"), C("dig", 2)], "gl")
vend("brevo_api_key", TRADE, [L("xkeysib-"), C("hex", 64), L("-"), C("an", 16)], "gl")
vend("ttn_lorawan_api_key", TRADE, [L("NNSXS."), C("b32u", 39), L("."), C("b32u", 52)], "mem", fam="iot")
vend("home_assistant_long_lived_token", TRADE, [F("ha_llat")], "mem", fam="iot")
vend("esphome_api_encryption_key", TRADE, [F("esphome_key")], "mem", fam="iot")
vend("influxdb_operator_api_token", TRADE, [F("influx_token")], "mem", fam="iot")
vend("disruptive_technologies_service_account_secret", TRADE, [C("hex", 32)], "guess",
     (["disruptive", "technologies", "key", "id"], [C("lan", 20)]), "iot")
vend("thingsboard_device_access_token", TRADE, [C("lan", 20)], "kf", fam="iot")
vend("ubidots_account_token", TRADE, [L("BBFF-"), C("an", 30)], "kf", fam="iot")
vend("openweathermap_api_key", TRADE, [C("hex", 32)], "kf")
vend("edamam_food_database_app_key", TRADE, [C("hex", 32)], "mem", (["edamam", "app", "id"], [C("hex", 8)]))
vend("spoonacular_api_key", TRADE, [C("lan", 32)], "kf")
vend("nutritionix_app_key", TRADE, [C("hex", 32)], "mem", (["nutritionix", "app", "id"], [C("hex", 8)]))
vend("calorieninjas_api_key", TRADE, [C("an", 40)], "kf")
vend("upcdatabase_api_key", TRADE, [C("uan", 32)], "kf")
vend("here_platform_api_key", TRADE, [C("b64u", 43)], "kf", fam="mobile")
vend("tomtom_maps_api_key", TRADE, [C("an", 32)], "kf", fam="mobile")
vend("geoapify_api_key", TRADE, [C("lan", 32)], "kf", fam="mobile")
vend("companies_house_api_key", TRADE, [UUID_PART], "mem")
vend("gov_uk_notify_api_key", TRADE, [L("boxes_live-"), UUID_PART, L("-"), UUID_PART], "mem")

vend("stripe_secret_live_key", COM, [L("sk_live_51"), C("an", 97)], "gl")
vend("paddle_live_api_key", COM, [L("pdl_live_apikey_"), C(ULID, 26), L("_"), C("an", 22), L("_"), C("an", 3)], "mem")
vend("lemon_squeezy_api_key", COM, [F("lemon_rs256")], "kf")
vend("checkout_com_secret_key", COM, [L("sk_"), C("lb32", 27)], "guess")
vend("braintree_private_key", COM, [C("hex", 32)], "mem", (["braintree", "public", "key"], [C("lan", 16)]))

vend("telegram_bot_token", MSG, [C("dig", 10), L(":AA"), C("b64u", 33)], "gl", fam="hook")
vend("slack_bot_token", MSG, [L("xoxb-"), C("dig", 13), L("-"), C("dig", 13), L("-"), C("an", 24)], "gl")
vend("slack_incoming_webhook_url", MSG, [L("https://hooks.slack.com/services/T"), C("uan", 10), L("/B"),
                                         C("uan", 10), L("/"), C("an", 24)], "gl", fam="hook")
vend("mattermost_personal_access_token", MSG, [C("lan", 26)], "gl")
vend("pushover_application_token", MSG, [L("a"), C("lan", 29)], "mem",
     (["pushover", "user", "key"], [L("u"), C("lan", 29)]), "hook")
vend("twilio_auth_token", MSG, [C("hex", 32)], "mem", (["twilio", "account", "sid"], [L("AC"), C("hex", 32)]))
vend("messagebird_access_key", MSG, [C("an", 25)], "gl")
vend("mailgun_private_api_key", MSG, [L("key-"), C("hex", 32)], "gl")
vend("postmark_server_token", MSG, [UUID_PART], "kf")
vend("resend_api_key", MSG, [L("re_"), C("an", 8), L("_"), C("an", 24)], "mem")
vend("discord_bot_token", MSG, [F("discord_bot")], "mem", fam="hook")
vend("matrix_synapse_access_token", MSG, [F("matrix_syt")], "mem", fam="hook")
vend("mastodon_access_token", MSG, [C("b64u", 43)], "mem", fam="hook")

vend("openai_project_api_key", AI, [L("sk-proj-"), C("b64u", 74), L("T3BlbkFJ"), C("b64u", 74)], "gl")
vend("anthropic_api_key", AI, [L("sk-ant-api03-"), C("b64u", 93), L("AA")], "gl")
vend("groq_api_key", AI, [L("gsk_"), C("an", 52)], "kf")
vend("perplexity_api_key", AI, [L("pplx-"), C("an", 48)], "gl")
vend("huggingface_access_token", AI, [L("hf_"), C("alpha", 34)], "gl")
vend("replicate_api_token", AI, [L("r8_"), C("an", 37)], "kf")
vend("google_gemini_api_key", AI, [L("AIzaSy"), C("b64u", 33)], "gl", fam="mobile")
vend("voyage_ai_api_key", AI, [L("pa-"), C("b64u", 43)], "mem")
vend("pinecone_api_key", AI, [L("pcsk_"), C("an", 5), L("_"), C("an", 63)], "mem")
vend("langsmith_api_key", AI, [L("lsv2_pt_"), C("hex", 32), L("_"), C("hex", 10)], "mem")
vend("langfuse_secret_key", AI, [L("sk-lf-"), UUID_PART], "mem", (["langfuse", "public", "key"], [L("pk-lf-"), UUID_PART]))

vend("github_fine_grained_pat", DEV, [L("github_pat_"), C("an", 22), L("_"), C("an", 59)], "gl")
vend("gitlab_personal_access_token", DEV, [L("glpat-"), C("b64u", 20)], "gl")
vend("gitlab_deploy_token", DEV, [L("gldt-"), C("b64u", 20)], "gl",
     (["gitlab", "deploy", "token", "username"], [L("gitlab+deploy-token-"), C("dig", 4)]))
vend("bitbucket_app_password", DEV, [L("ATBB"), C("an", 28), C("HEX", 8)], "mem")
vend("npm_access_token", DEV, [L("npm_"), C("an", 36)], "gl")
vend("rubygems_api_key", DEV, [L("rubygems_"), C("hex", 48)], "gl")
vend("sentry_organization_auth_token", DEV, [F("sentry_org")], "gl")
vend("vercel_access_token", DEV, [C("an", 24)], "kf")
vend("flyio_deploy_token", DEV, [L("fm2_"), C("b64", 140)], "gl")
vend("render_api_key", DEV, [L("rnd_"), C("an", 32)], "mem")
vend("digitalocean_personal_access_token", DEV, [L("dop_v1_"), C("hex", 64)], "gl")
vend("hetzner_cloud_api_token", DEV, [C("an", 64)], "mem")
vend("cloudflare_api_token", DEV, [C("b64u", 40)], "mem")
vend("supabase_personal_access_token", DEV, [L("sbp_"), C("hex", 40)], "mem")
vend("mongodb_atlas_api_private_key", DEV, [UUID_PART], "mem", (["atlas", "public", "key"], [C("lower", 8)]))
vend("algolia_admin_api_key", DEV, [C("hex", 32)], "kf", (["algolia", "application", "id"], [C("uan", 10)]))
vend("meilisearch_master_key", DEV, [C("b64u", 43)], "guess")
vend("contentful_management_token", DEV, [L("CFPAT-"), C("b64u", 43)], "mem")
vend("airtable_personal_access_token", DEV, [L("pat"), C("an", 14), L("."), C("hex", 64)], "gl")
vend("notion_integration_token", DEV, [L("ntn_"), C("dig", 11), C("an", 35)], "gl")
vend("zapier_catch_hook_url", DEV, [L("https://hooks.zapier.com/hooks/catch/"), C("dig", 8), L("/"), C("lan", 7),
                                    L("/")], "mem", fam="hook")
vend("n8n_public_api_key", DEV, [F("n8n_jwt")], "mem")
vend("ifttt_webhooks_key", DEV, [C("b64u", 22)], "mem", fam="hook")
vend("circleci_personal_api_token", DEV, [L("CCIPAT_"), C("an", 22), L("_"), C("hex", 40)], "mem")
vend("deno_deploy_access_token", DEV, [L("ddp_"), C("an", 36)], "mem")
vend("heroku_platform_api_key", DEV, [L("HRKU-AA"), C("b64u", 58)], "gl")
vend("launchdarkly_sdk_key", DEV, [L("sdk-"), UUID_PART], "mem")

vend("aws_secret_access_key", OPS, [C("b64", 40)], "mem", (["aws", "access", "key", "id"], [L("AKIA"), C("b32u", 16)]))
vend("azure_storage_account_key", OPS, [F("azure_storage")], "mem",
     (["azure", "storage", "account", "name"], [L("coopexports"), C("lan", 4)]))
vend("cloudflare_r2_secret_access_key", OPS, [C("hex", 64)], "mem", (["r2", "access", "key", "id"], [C("hex", 32)]))
vend("datadog_api_key", OPS, [C("hex", 32)], "kf")
vend("honeycomb_configuration_key", OPS, [C("an", 22)], "kf")
vend("pagerduty_rest_api_key", OPS, [L("u+"), C("b64u", 18)], "kf")
vend("uptimerobot_main_api_key", OPS, [L("ur"), C("dig", 7), L("-"), C("hex", 24)], "kf")
vend("tailscale_api_access_token", OPS, [L("tskey-api-"), C("an", 11), L("CNTRL-"), C("an", 33)], "mem")
vend("zerotier_central_api_token", OPS, [C("an", 32)], "kf")
vend("onepassword_service_account_token", OPS, [F("op_service")], "gl")
vend("infisical_service_token", OPS, [L("st."), UUID_PART, L("."), C("hex", 32), L("."), C("hex", 32)], "mem")
vend("pulumi_access_token", OPS, [L("pul-"), C("hex", 40)], "gl")
vend("jfrog_artifactory_api_key", OPS, [L("AKCp"), C("an", 69)], "gl")
vend("cloudinary_api_secret", OPS, [C("b64u", 27)], "mem", (["cloudinary", "api", "key"], [C("dig", 15)]))
vend("imagekit_private_key", OPS, [L("private_"), C("an", 27), L("=")], "kf")
vend("uploadcare_secret_key", OPS, [C("hex", 20)], "mem", (["uploadcare", "public", "key"], [C("hex", 20)]))
vend("clickhouse_cloud_api_secret_key", OPS, [L("4b1d"), C("an", 38)], "gl",
     (["clickhouse", "key", "id"], [C("an", 20)]))

GROUPS = [TRADE, COM, MSG, AI, DEV, OPS]

# written down and set aside to reach 120 (mostly guessed shapes or near-duplicates of kept ones)
SPARE = ["meilisearch_master_key", "hetzner_cloud_api_token", "deno_deploy_access_token", "launchdarkly_sdk_key",
         "honeycomb_configuration_key", "zerotier_central_api_token", "jfrog_artifactory_api_key",
         "uploadcare_secret_key", "mastodon_access_token", "circleci_personal_api_token", "checkout_com_secret_key"]
SPARE_SHAPES = {t[0]: t[2] for t in V if t[0] in SPARE}
V[:] = [t for t in V if t[0] not in SPARE]
assert len(V) == 120

# ---------------------------------------------------------------- spec -> value, regex, description


def gen_spec(spec, rng):
    out = []
    for part in spec:
        if part[0] == "L":
            out.append(part[1])
        elif part[0] == "C":
            out.append(rstr(rng, part[1], part[2]))
        elif part[0] == "U":
            out.append(uuid4(rng))
        elif part[0] == "F":
            out.append(gen_frame(part[1], rng))
    return "".join(out)


def spec_regex(spec):
    rx = ""
    for part in spec:
        if part[0] == "L":
            rx += re.escape(part[1])
        elif part[0] == "C":
            a = part[1]
            cls = ALPHA_RX.get(a) or re.escape(ALPHABETS.get(a, a))
            rx += "[%s]{%d}" % (cls, part[2])
        elif part[0] == "U":
            rx += "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
        elif part[0] == "F":
            rx += "(?:%s)" % FRAME_RX[part[1]]
    return "^" + rx + "$"


def spec_desc(spec):
    bits = []
    for part in spec:
        if part[0] == "L":
            bits.append("`%s`" % part[1])
        elif part[0] == "C":
            a = part[1]
            d = ALPHA_DESC.get(a) or ("characters of `%s`" % a if a != ULID else "lower-case Crockford-style ULID characters")
            bits.append("%d %s" % (part[2], d))
        elif part[0] == "U":
            bits.append("UUIDv4")
        elif part[0] == "F":
            bits.append(FRAME_DESC[part[1]])
    return " + ".join(bits)


def check_value(type_, v):
    spec = SPEC[type_]
    if not re.match(spec_regex(spec), v):
        return "regex %s" % spec_regex(spec)
    for part in spec:
        if part[0] == "F":
            return frame_check(part[1], v)
    return None


SPEC = {t[0]: t[2] for t in V}
SOURCE = {t[0]: t[3] for t in V}
NEIGHBOUR = {t[0]: t[4] for t in V}
GROUP = {t[0]: t[1] for t in V}
FAMILY = {t[0]: t[5] for t in V}

# ---------------------------------------------------------------- styles
# name: (key style, families, description, renderer(rng, title, lines) where lines = [(keyname, value)])
STYLES = {}


def style(name, kstyle, fams, desc):
    def deco(fn):
        STYLES[name] = (kstyle, fams, desc, fn)
        return fn
    return deco


@style("box_builder_env_local_file", "upper", ("server", "iot", "hook", "mobile"), "`.env.local` of the box builder")
def _s1(rng, title, lines):
    return "# .env.local - box builder (copied from Saoirse's laptop)\nAPP_ENV=local\n" + \
        "".join("%s=%s\n" % kv for kv in lines) + "LOG_LEVEL=debug\n"


@style("ops_ansible_vault_vars_plaintext", "snake", ("server", "iot"),
       "Ansible `group_vars/all/vault.yml` committed before `ansible-vault encrypt`")
def _s2(rng, title, lines):
    return "---\n# vault.yml  -- TODO run ansible-vault encrypt before pushing\n" + \
        "".join('vault_%s: "%s"\n' % kv for kv in lines)


@style("ops_kamal_secrets_dotfile", "upper", ("server",), "Kamal 2 `.kamal/secrets` with literal values")
def _s3(rng, title, lines):
    return "# .kamal/secrets\nKAMAL_REGISTRY_PASSWORD=$KAMAL_REGISTRY_PASSWORD\n" + \
        "".join("%s=%s\n" % kv for kv in lines)


@style("dev_wrangler_dev_vars_file", "upper", ("server", "hook"), "Cloudflare Workers `.dev.vars`")
def _s4(rng, title, lines):
    return "# .dev.vars (local only)\n" + "".join('%s="%s"\n' % kv for kv in lines)


@style("dev_php_config_array_return", "snake", ("server",), "PHP config file returning an array (`config/integrations.local.php`)")
def _s5(rng, title, lines):
    return "<?php\n// config/integrations.local.php\nreturn [\n" + \
        "".join("    '%s' => '%s',\n" % kv for kv in lines) + "];\n"


@style("dev_micronaut_application_yml", "kebab", ("server", "mobile"), "Micronaut `application.yml` of the route service")
def _s6(rng, title, lines):
    return "micronaut:\n  application:\n    name: routes\nintegrations:\n" + \
        "".join('  %s: "%s"\n' % kv for kv in lines)


@style("dev_expo_app_config_ts", "camel", ("mobile",), "Expo `app.config.ts` `extra` block")
def _s7(rng, title, lines):
    return "export default ({ config }) => ({\n  ...config,\n  name: 'Furrow Drops',\n  extra: {\n" + \
        "".join("    %s: '%s',\n" % kv for kv in lines) + "  },\n});\n"


@style("dev_xcode_scheme_env_vars", "upper", ("mobile",), "Xcode `.xcscheme` launch environment variables")
def _s8(rng, title, lines):
    return '<LaunchAction buildConfiguration = "Debug">\n   <EnvironmentVariables>\n' + \
        "".join('      <EnvironmentVariable\n         key = "%s"\n         value = "%s"\n         isEnabled = "YES">\n'
                '      </EnvironmentVariable>\n' % kv for kv in lines) + "   </EnvironmentVariables>\n</LaunchAction>\n"


@style("dev_postman_environment_export", "camel", ("server", "hook", "mobile"), "Postman environment export (JSON)")
def _s9(rng, title, lines):
    vals = ",\n".join('    {"key": "%s", "value": "%s", "type": "default", "enabled": true}' % kv for kv in lines)
    return '{\n  "id": "%s",\n  "name": "coop-prod",\n  "values": [\n%s\n  ],\n  "_postman_variable_scope": "environment"\n}\n' % (
        uuid4(rng), vals)


@style("iot_esphome_secrets_yaml", "snake", ("iot",), "ESPHome `secrets.yaml` of the refill dispensers")
def _s10(rng, title, lines):
    return "# secrets.yaml\nwifi_ssid: \"refill-iot\"\n" + "".join('%s: "%s"\n' % kv for kv in lines)


@style("iot_zigbee2mqtt_secret_yaml", "snake", ("iot",), "Zigbee2MQTT `secret.yaml` (values used with `!secret`)")
def _s11(rng, title, lines):
    return "# secret.yaml - referenced from configuration.yaml with !secret\n" + \
        "".join("%s: %s\n" % kv for kv in lines)


@style("ci_woodpecker_pipeline_yml", "upper", ("server", "hook"), "Woodpecker CI pipeline step `environment:`")
def _s12(rng, title, lines):
    return "steps:\n  - name: sync\n    image: alpine:3.20\n    environment:\n" + \
        "".join('      %s: "%s"\n' % kv for kv in lines) + "    commands:\n      - ./sync.sh\n"


@style("office_keepassxc_csv_export", "title", ("owner",), "KeePassXC CSV export row")
def _s13(rng, title, lines):
    user = lines[0][1] if len(lines) == 2 else "api"
    val = lines[-1][1]
    return ('"Group","Title","Username","Password","URL","Notes","Modified"\n'
            '"Root/Suppliers","%s","%s","%s","","","2025-03-%02dT10:%02d:00Z"\n' % (title, user, val,
                                                                              rng.randint(1, 28), rng.randint(0, 59)))


@style("office_telegram_saved_messages_json", "spaced", ("owner", "hook"), "Telegram Desktop export of Saved Messages (`result.json`)")
def _s14(rng, title, lines):
    txt = "; ".join("%s %s" % kv for kv in lines)
    return ('{\n "name": "Saved Messages",\n "type": "saved_messages",\n "messages": [\n  {\n   "id": %d,\n'
            '   "type": "message",\n   "date": "2025-%02d-%02dT%02d:%02d:11",\n   "from": "%s",\n   "text": "%s"\n  }\n ]\n}\n'
            % (rng.randint(100, 9999), rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 22),
               rng.randint(0, 59), rng.choice(PEOPLE), txt))


@style("office_voice_memo_transcript", "spaced", ("owner",), "automatic transcript of a phone voice memo")
def _s15(rng, title, lines):
    body = ", and ".join("the %s is %s" % kv for kv in lines)
    return ("Voice memo - %s - transcript (auto)\nOkay, note for %s before I forget: %s , that's for the %s, "
            "don't put it in the WhatsApp.\n" % ("2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
                                                 rng.choice(FIRST), body, title))


@style("ops_nushell_history_txt", "upper", ("server", "hook"), "nushell `history.txt`")
def _s16(rng, title, lines):
    return "cd ~/src/box-builder\n" + "".join('$env.%s = "%s"\n' % kv for kv in lines) + "php artisan queue:work --once\n"


@style("dev_n8n_credentials_export_json", "camel", ("server", "hook"), "`n8n export:credentials --decrypted` output")
def _s17(rng, title, lines):
    data = ", ".join('"%s": "%s"' % kv for kv in lines)
    return ('[\n  {\n    "id": "%s",\n    "name": "%s",\n    "type": "httpHeaderAuth",\n    "data": { %s }\n  }\n]\n'
            % (rstr(rng, "an", 16), title, data))


@style("dev_mise_toml_env", "upper", ("server", "mobile"), "`mise.toml` `[env]` table")
def _s18(rng, title, lines):
    return "[tools]\nnode = \"20\"\nphp = \"8.3\"\n\n[env]\n" + "".join("%s = '%s'\n" % kv for kv in lines)


@style("ops_fly_secrets_import_heredoc", "upper", ("server", "hook"), "`fly secrets import` here-document in a terminal capture")
def _s19(rng, title, lines):
    return "$ fly secrets import -a boxbuilder <<'EOF'\n" + "".join("%s=%s\n" % kv for kv in lines) + \
        "EOF\nSecrets are staged for the first deployment\n"


@style("ops_doppler_download_json", "upper", ("server", "iot"), "`doppler secrets download --no-file --format json` output")
def _s20(rng, title, lines):
    return ("$ doppler secrets download --no-file --format json\n{\n  \"DOPPLER_CONFIG\": \"prd\",\n"
            + "".join('  "%s": "%s",\n' % kv for kv in lines) + '  "DOPPLER_PROJECT": "coop"\n}\n')


def build(reg):
    rng = random.Random(SEED_VALUES)
    srng = random.Random(SEED_STYLES)
    usage = {s: 0 for s in STYLES}
    recs = []
    assignment = {}
    for (t, group, spec, source, nb, fam) in V:
        cands = [s for s in STYLES if fam in STYLES[s][1]]
        srng.shuffle(cands)
        cands.sort(key=lambda s: usage[s])
        st = cands[0]
        usage[st] += 1
        assignment[t] = st
        kst, _f, _d, fn = STYLES[st]
        value = reg.draw(lambda: gen_spec(spec, rng))
        words = t.split("_")
        title = key_name(words, "title")
        lines = []
        if nb:
            nwords, nspec = nb
            nval = reg.draw(lambda: gen_spec(nspec, rng) + (str(rng.randint(10, 99)) if nspec[-1][0] == "L" and nspec[-1][1].endswith(".") else ""))
            lines.append((key_name(nwords, kst), nval))
        lines.append((key_name(words, kst), MARK))
        tpl = fn(rng, title, lines)
        recs.append(positive(t, "%s__%s" % (t, st), tpl, value, "vendor"))
    return recs, assignment
