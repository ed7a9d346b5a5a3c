"""Vendor source: 120 vendor credential types used by mushroom growers and their developers."""
import base64
import json
import random
import re

from common246 import (ALNUM, LALNUM, UALNUM, HEX, UHEX, B64URL, B64STD, DIGITS, LOWER, UPPER,
                       MARK, owner_password, rs, rbytes, uuid4, make_jwt, jwt_valid, style_key,
                       place, positive, b64url_nopad)

SEED_VALUES = 24602
SEED_STYLES = 24612

ALPH = {"an": ALNUM, "lan": LALNUM, "uan": UALNUM, "hex": HEX, "uhex": UHEX, "b64u": B64URL,
        "b64": B64STD, "dig": DIGITS, "low": LOWER, "let": LOWER + UPPER}
ALPH_RE = {"an": "A-Za-z0-9", "lan": "a-z0-9", "uan": "A-Z0-9", "hex": "0-9a-f", "uhex": "0-9A-F",
           "b64u": "A-Za-z0-9_-", "b64": "A-Za-z0-9+/", "dig": "0-9", "low": "a-z", "let": "A-Za-z"}
ALPH_WORDS = {"an": "alphanumerics", "lan": "lower-case alphanumerics", "uan": "upper-case alphanumerics",
              "hex": "lower-case hex", "uhex": "upper-case hex", "b64u": "base64url", "b64": "standard Base64 characters",
              "dig": "digits", "low": "lower-case letters", "let": "letters"}

READ = "read this session in the public gitleaks rule file"
BEL = "believed from memory"
GUE = "guessed"
OWN = "owner-chosen"

# (type, category, spec, source, neighbour)
# spec: list of literal strings and (alphabet, n) tuples, or a single special tuple
V = []


def v(typ, cat, spec, src, nb=None):
    V.append((typ, cat, spec, src, nb))


CAT_TRADE = "Grow-trade, IoT and sensor services of mushroom farms, spawn labs and forager co-ops"
CAT_COMM = "Commerce, payments, accounting and shipping"
CAT_MSG = "Messaging, e-mail and chat"
CAT_AI = "AI and identification services"
CAT_DEV = "Developer services"
CAT_OPS = "Ops, cloud, weather and monitoring"

# --- grow trade, IoT, sensors, certification portals
v("aranet_cloud_api_key", CAT_TRADE, [("an", 32)], GUE)
v("trolmaster_cloud_api_token", CAT_TRADE, [("an", 40)], GUE)
v("ac_infinity_account_password", CAT_TRADE, ("pw",), OWN, ("ac infinity account email", "ops@oakhollow-fungi.example"))
v("govee_developer_api_key", CAT_TRADE, ("uuid4",), BEL)
v("sensorpush_api_account_password", CAT_TRADE, ("pw",), OWN, ("sensorpush login email", "rooms@oakhollow-fungi.example"))
v("ubibot_account_key", CAT_TRADE, [("hex", 32)], GUE)
v("thingspeak_channel_write_api_key", CAT_TRADE, [("uan", 16)], BEL, ("thingspeak channel id", "2481137"))
v("blynk_device_auth_token", CAT_TRADE, [("b64u", 32)], BEL)
v("particle_cloud_access_token", CAT_TRADE, [("hex", 40)], BEL)
v("tuya_iot_access_secret", CAT_TRADE, [("hex", 32)], BEL, ("tuya access id", "7qk2fz9wm3xv8c4rhn5d"))
v("shelly_cloud_auth_key", CAT_TRADE, [("an", 64)], GUE, ("shelly cloud server", "shelly-77-eu.shelly.cloud"))
v("netatmo_app_client_secret", CAT_TRADE, [("an", 34)], GUE, ("netatmo client id", "65f1c0a7d2e4b9a3c8e1f207"))
v("adafruit_io_key", CAT_TRADE, ["aio_", ("an", 28)], BEL, ("adafruit io username", "oakhollow_rooms"))
v("arduino_cloud_device_api_client_secret", CAT_TRADE, [("an", 64)], BEL, ("arduino iot client id", "Qv3nT8pLs2Kx9Rw4Yb6Hc1Jm7Df5Gz0A"))
v("ubidots_account_token", CAT_TRADE, ["BBUS-", ("an", 30)], BEL)
v("home_assistant_long_lived_access_token", CAT_TRADE, ("jwt", "HS256", "ha"), BEL)
v("the_things_stack_api_key", CAT_TRADE, ["NNSXS.", ("uan", 39), ".", ("uan", 52)], BEL)
v("ecowitt_weather_api_key", CAT_TRADE, ("uuid4",), GUE, ("ecowitt mac", "C4:5B:BE:6E:21:0A"))
v("weather_underground_station_key", CAT_TRADE, [("an", 8)], GUE, ("wunderground station id", "IOAKHO12"))
v("meross_cloud_password", CAT_TRADE, ("pw",), OWN, ("meross account email", "tech@oakhollow-fungi.example"))
v("inaturalist_api_jwt", CAT_TRADE, ("jwt", "HS512", "inat"), BEL)
v("mushroom_observer_api_key", CAT_TRADE, [("an", 32)], GUE)
v("gbif_portal_password", CAT_TRADE, ("pw",), OWN, ("gbif username", "fenwood_foragers"))
v("sylvan_spawn_customer_portal_password", CAT_TRADE, ("pw",), OWN, ("sylvan customer number", "UK-204718"))
v("globalgap_portal_password", CAT_TRADE, ("pw",), OWN, ("globalg.a.p. ggn", "4063061587421"))
v("red_tractor_member_portal_password", CAT_TRADE, ("pw",), OWN, ("red tractor membership number", "RT-MU-118402"))
v("local_line_api_token", CAT_TRADE, [("an", 40)], GUE)
v("grazecart_api_token", CAT_TRADE, [("an", 48)], GUE)
v("faire_brand_api_token", CAT_TRADE, [("uan", 64)], GUE)
v("croptracker_api_token", CAT_TRADE, ("uuid4",), GUE)
v("kindwise_mushroom_id_api_key", CAT_TRADE, [("an", 50)], GUE)
# --- commerce
v("stripe_live_secret_key", CAT_COMM, ["sk_live_51", ("an", 97)], READ)
v("shopify_admin_api_access_token", CAT_COMM, ["shpat_", ("hex", 32)], READ)
v("square_oauth_application_secret", CAT_COMM, ["sq0csp-", ("b64u", 43)], BEL, ("square application id", "sq0idp-Hq4Kf8wT2mZr6Yx1NcB0vA"))
v("gocardless_live_access_token", CAT_COMM, ["live_", ("b64u", 40)], READ)
v("paddle_billing_api_key", CAT_COMM, ["pdl_live_apikey_", ("lan", 26), "_", ("an", 22), "_", ("an", 3)], BEL)
v("lemon_squeezy_api_key", CAT_COMM, ("jwt", "RS256", "lemon"), BEL)
v("etsy_open_api_keystring", CAT_COMM, [("lan", 24)], READ)
v("sumup_secret_api_key", CAT_COMM, ["sup_sk_", ("an", 32)], BEL)
v("xero_oauth_client_secret", CAT_COMM, [("b64u", 48)], BEL, ("xero client id", "3F9A1C2E7B5D48A0B6E2C9D1F4A7B083"))
v("quickbooks_oauth_client_secret", CAT_COMM, [("an", 40)], BEL, ("quickbooks client id", "ABk2Lm9Qx7Rt4Vw1Yz8Cd3Fg6Hj0Kn5Pq2Sv7Uw4Xy9Za1Bc6De3Fh8Gj0Km"))
v("odoo_external_api_key", CAT_COMM, [("hex", 40)], BEL, ("odoo login", "admin@oakhollow-fungi.example"))
v("klaviyo_private_key_pk", CAT_COMM, ["pk_", ("hex", 34)], BEL)
v("mailchimp_marketing_api_key", CAT_COMM, [("hex", 32), "-us", ("dig", 2)], READ)
v("shipstation_api_secret", CAT_COMM, [("hex", 32)], BEL, ("shipstation api key", "b81d2c4e6f7a49e0a3c5d8e1f2a4b6c9"))
v("sendcloud_api_secret_key", CAT_COMM, [("hex", 32)], GUE, ("sendcloud public key", "e7a1c3d5-2b4f-4a6c-8d0e-1f3a5c7e9b2d"))
v("ups_oauth_client_secret", CAT_COMM, [("an", 64)], GUE, ("ups client id", "Yt7Qm2Kx9Rw4Vb6Hc1Jn8Lp3Sd5Fg0Az2Xe7Cu4Ni9Oq1Pr6Ts3Uv8Wy5Zb0Md"))
# --- messaging
v("twilio_account_auth_token", CAT_MSG, [("hex", 32)], BEL, ("twilio account sid", "AC4f1e8b2c9d0a7e3f5b6c1d2e8f9a0b3c"))
v("telegram_grow_alert_bot_token", CAT_MSG, [("dig", 10), ":AA", ("b64u", 33)], READ)
v("pushover_application_token", CAT_MSG, [("lan", 30)], BEL, ("pushover user key", "uQiRzpo4DXghDmr9QzzfQu27cmVRsG"))
v("matrix_synapse_access_token", CAT_MSG, ("matrix",), BEL)
v("mattermost_user_access_token", CAT_MSG, [("lan", 26)], READ)
v("rocket_chat_personal_access_token", CAT_MSG, [("b64u", 43)], BEL, ("rocket.chat user id", "k7Qz2mXw9RtB4vN1c"))
v("zulip_bot_api_key", CAT_MSG, [("an", 32)], BEL, ("zulip bot email", "harvest-bot@fenwood.zulipchat.com"))
v("line_messaging_channel_secret", CAT_MSG, [("hex", 32)], BEL, ("line channel id", "2004518827"))
v("viber_bot_auth_token", CAT_MSG, [("lan", 16), "-", ("lan", 16), "-", ("lan", 16)], BEL)
v("messagebird_live_api_key", CAT_MSG, [("an", 25)], READ)
v("slack_bot_user_token", CAT_MSG, ["xoxb-", ("dig", 13), "-", ("dig", 13), "-", ("an", 24)], READ)
v("discord_bot_token", CAT_MSG, ("discord",), BEL)
v("brevo_smtp_api_key", CAT_MSG, ["xkeysib-", ("hex", 64), "-", ("an", 16)], READ)
v("mailgun_private_api_key", CAT_MSG, ["key-", ("hex", 32)], READ)
v("resend_api_key", CAT_MSG, ["re_", ("an", 8), "_", ("an", 24)], BEL)
# --- AI
v("openai_project_api_key", CAT_AI, ["sk-proj-", ("b64u", 74), "T3BlbkFJ", ("b64u", 74)], READ)
v("anthropic_api_key", CAT_AI, ["sk-ant-api03-", ("b64u", 93), "AA"], READ)
v("groq_api_key", CAT_AI, ["gsk_", ("an", 52)], BEL)
v("huggingface_user_access_token", CAT_AI, ["hf_", ("let", 34)], READ)
v("replicate_api_token", CAT_AI, ["r8_", ("an", 37)], BEL)
v("perplexity_api_key", CAT_AI, ["pplx-", ("an", 48)], READ)
v("google_gemini_api_key", CAT_AI, ["AIza", ("b64u", 35)], BEL)
v("together_ai_api_key", CAT_AI, [("hex", 64)], BEL)
v("pinecone_api_key", CAT_AI, ["pcsk_", ("an", 5), "_", ("an", 63)], BEL)
v("voyage_ai_api_key", CAT_AI, ["pa-", ("b64u", 43)], BEL)
v("weights_and_biases_api_key", CAT_AI, [("hex", 40)], BEL)
v("langfuse_project_secret_key", CAT_AI, ["sk-lf-", ("uuid4",)], BEL, ("langfuse public key", "pk-lf-0b8e2c61-5d4a-4f3e-9a7b-2c1d0e6f8a93"))
v("ultralytics_hub_api_key", CAT_AI, [("an", 42)], GUE)
# --- developer
v("github_fine_grained_pat", CAT_DEV, ["github_pat_11", ("uan", 20), "_", ("an", 59)], READ)
v("gitlab_personal_access_token", CAT_DEV, ["glpat-", ("b64u", 20)], READ)
v("npm_automation_access_token", CAT_DEV, ["npm_", ("an", 36)], READ)
v("sentry_organization_token", CAT_DEV, ("sentry",), READ)
v("sentry_user_auth_token", CAT_DEV, ["sntryu_", ("hex", 64)], READ)
v("vercel_access_token", CAT_DEV, [("an", 24)], BEL)
v("fly_io_deploy_token", CAT_DEV, ["fo1_", ("b64u", 43)], READ)
v("heroku_platform_api_key", CAT_DEV, ["HRKU-AA", ("b64u", 58)], READ)
v("digitalocean_personal_access_token", CAT_DEV, ["dop_v1_", ("hex", 64)], READ)
v("render_api_key", CAT_DEV, ["rnd_", ("an", 32)], BEL)
v("deno_deploy_access_token", CAT_DEV, ["ddp_", ("an", 36)], BEL)
v("firebase_cloud_messaging_server_key", CAT_DEV, ["AAAA", ("b64u", 7), ":APA91b", ("b64u", 134)], BEL)
v("airtable_personal_access_token", CAT_DEV, ["pat", ("an", 14), ".", ("hex", 64)], READ)
v("notion_integration_token", CAT_DEV, ["ntn_", ("dig", 11), ("an", 35)], READ)
v("contentful_delivery_api_token", CAT_DEV, [("b64u", 43)], READ, ("contentful space id", "k8wq3zr1m7tb"))
v("algolia_write_admin_key", CAT_DEV, [("hex", 32)], BEL, ("algolia application id", "Q7HZ3K9M2P"))
v("prefect_cloud_api_key", CAT_DEV, ["pnu_", ("an", 36)], READ)
v("pulumi_access_token", CAT_DEV, ["pul-", ("hex", 40)], READ)
v("snyk_api_token", CAT_DEV, ("uuid4",), READ)
v("databricks_personal_access_token", CAT_DEV, ["dapi", ("hex", 32)], READ)
v("planetscale_service_token", CAT_DEV, ["pscale_tkn_", ("b64u", 43)], READ, ("planetscale service token id", "x7k2m9q4w1z8"))
# --- ops, cloud, weather, monitoring
v("aws_iam_secret_access_key", CAT_OPS, [("b64", 40)], BEL, ("aws access key id", "AKIA4QZ7XK2M9RW3TB6N"))
v("cloudflare_api_token", CAT_OPS, [("b64u", 40)], BEL)
v("datadog_api_key", CAT_OPS, [("hex", 32)], BEL)
v("datadog_application_key", CAT_OPS, [("hex", 40)], BEL)
v("pagerduty_events_routing_key", CAT_OPS, [("hex", 32)], BEL)
v("honeycomb_ingest_key", CAT_OPS, ["hcaik_01", ("lan", 56)], GUE)
v("healthchecks_io_ping_url", CAT_OPS, ["https://hc-ping.com/", ("uuid4",)], BEL)
v("backblaze_b2_application_key", CAT_OPS, ["K005", ("b64", 27)], BEL, ("b2 key id", "005a3f9c1e7b2d40000000007"))
v("hetzner_cloud_api_token", CAT_OPS, [("an", 64)], BEL)
v("linode_personal_access_token", CAT_OPS, [("hex", 64)], BEL)
v("scaleway_secret_key", CAT_OPS, ("uuid4",), BEL, ("scaleway access key", "SCWQ7K2M9X4R1T8B3N6Z"))
v("zerotier_central_api_token", CAT_OPS, [("an", 32)], BEL)
v("onepassword_service_account_token", CAT_OPS, ("onepassword",), READ)
v("infisical_service_token", CAT_OPS, ["st.", ("uuid4",), ".", ("hex", 32), ".", ("hex", 32)], BEL)
v("sumo_logic_access_key", CAT_OPS, [("an", 64)], READ, ("sumo logic access id", "suQ7k2M9x4R1tB"))
v("fastly_api_token", CAT_OPS, [("b64u", 32)], READ)
v("launchdarkly_server_sdk_key", CAT_OPS, ["sdk-", ("uuid4",)], BEL)
v("opnsense_api_secret", CAT_OPS, [("an", 80)], GUE, ("opnsense api key", "w9Xq2Lm7Kt4Rz1Vb8Nc3Hd6Jf0Gs5Pa2Ye7Ui4Oo1Tr8Ew3Qh6Mk9Zl2Xc5Vb0Nn7Bm4"))
v("truenas_api_key", CAT_OPS, [("dig", 1), "-", ("an", 64)], BEL)
v("cloudflare_tunnel_token", CAT_OPS, ("cftunnel",), BEL)
v("keycloak_confidential_client_secret", CAT_OPS, [("an", 32)], BEL, ("keycloak client id", "harvest-api"))
v("openweathermap_api_key", CAT_OPS, [("hex", 32)], BEL)
v("openwrt_luci_root_password", CAT_OPS, ("pw",), OWN, ("router", "gw-growrooms.lan"))
v("grafana_admin_password", CAT_OPS, ("pw",), OWN, ("grafana admin user", "admin"))

assert len(V) == 120, len(V)
TRIMMED = ["hologram_iot_api_key", "farmbrite_api_key", "barn2door_api_key", "dhl_express_api_secret",
           "tomorrow_io_api_key", "shopify_custom_app_access_token", "mailgun_webhook_signing_key"]
assert len({t[0] for t in V}) == 120

# ---------------------------------------------------------------- styles
# name, key case, renderer(entries) where entries = [(key, value)] and the secret value is MARK
STYLES = []


def st(name, case, fn, desc):
    STYLES.append((name, case, fn, desc))


def _dotenv(es):
    return "# .env.local – grow app\nNODE_ENV=production\n" + "".join("%s=%s\n" % e for e in es)


def _toml(es):
    return "[integrations]\n" + "".join('%s = "%s"\n' % e for e in es) + "timeout_s = 20\n"


def _json(es):
    body = ",\n".join('    "%s": "%s"' % e for e in es)
    return '{\n  "integrations": {\n' + body + "\n  }\n}\n"


def _yaml(es):
    return "# secrets.draft.yaml – encrypt with sops before commit!\nvendors:\n" + "".join("  %s: %s\n" % e for e in es)


def _go(es):
    return "package config\n\nconst (\n" + "".join('\t%s = "%s"\n' % e for e in es) + ")\n"


def _php(es):
    return "<?php\nreturn [\n" + "".join("    '%s' => '%s',\n" % e for e in es) + "];\n"


def _cs(es):
    body = ",\n".join('    "%s": "%s"' % e for e in es)
    return '{\n  "Integrations": {\n' + body.replace("\n", "\n  ") + "\n  }\n}\n"


def _props(es):
    return "# grow-controller.properties\ncontroller.rooms=6\n" + "".join("%s=%s\n" % e for e in es)


def _export(es):
    lines = ["  812  cd ~/growfarm/api"]
    n = 813
    for e in es:
        lines.append("  %d  export %s='%s'" % ((n,) + e))
        n += 1
    lines.append("  %d  npm run start:prod" % n)
    return "\n".join(lines) + "\n"


def _doppler(es):
    return "$ doppler secrets set " + " ".join("%s='%s'" % e for e in es) + " --project growfarm --config prd\n"


def _fly(es):
    return "$ fly secrets set " + " ".join("%s=%s" % e for e in es) + " -a oakhollow-harvest\nRelease v42 created\n"


def _pyconst(es):
    return '"""Integration constants for the spawn-lab scripts."""\n' + "".join('%s = "%s"\n' % e for e in es)


def _ruby(es):
    return "# config/initializers/integrations.rb\n" + "".join("ENV['%s'] ||= '%s'\n" % e for e in es)


def _telegram(es):
    parts = ["%s: %s" % e for e in es]
    return "[Telegram, Fri 21:14] Sam: setting up the new box tonight, here you go – " + " / ".join(parts) + " . delete after copying pls\n"


def _ticket(es):
    parts = ["%s %s" % e for e in es]
    return "HELPDESK #4471 (Fenwood Foragers)\nStatus: open\nReporter: coop treasurer\n\nThe integration stopped syncing. Current values: " + "; ".join(parts) + " \nCan someone check?\n"


def _keepass(es):
    title = es[-1][0]
    user = es[0][1] if len(es) > 1 else "api"
    return '"Group","Title","Username","Password","URL"\n"Growfarm/Vendors","%s","%s","%s","https://vendor.example"\n' % (title, user, es[-1][1])


st("grow_app_dotenv_local", "upper", _dotenv, "`.env.local` of the grow app")
st("spawn_lab_integrations_toml", "snake", _toml, "TOML integrations table of the spawn-lab service")
st("forager_app_integrations_json", "camel", _json, "JSON integrations file of the forager app")
st("farm_ops_unencrypted_sops_draft_yaml", "snake", _yaml, "YAML draft meant for SOPS but committed unencrypted")
st("harvest_api_go_const_block", "pascal", _go, "Go `const (…)` block")
st("mushroom_shop_php_return_array", "snake", _php, "PHP config file returning an array")
st("packhouse_dotnet_appsettings_production_json", "pascal", _cs, ".NET appsettings.Production.json section")
st("grow_controller_java_properties", "dot", _props, "Java .properties file of the controller bridge")
st("farm_ops_export_bash_history", "upper", _export, "bash history with `export` lines")
st("farm_ops_doppler_secrets_set_history", "upper", _doppler, "`doppler secrets set` command in a terminal capture")
st("farm_ops_fly_secrets_set_history", "upper", _fly, "`fly secrets set` command in a terminal capture")
st("spawn_lab_python_constants_module", "upper", _pyconst, "Python constants module")
st("forager_coop_ruby_initializer", "upper", _ruby, "Rails initializer with `ENV[...] ||=` fallbacks")
st("grower_telegram_direct_message", "spaced", _telegram, "Telegram direct message")
st("forager_coop_helpdesk_ticket", "spaced", _ticket, "helpdesk ticket body")
st("packhouse_keepass_csv_export", "title", _keepass, "KeePass CSV export row (title = type words, secret in the Password column)")
STYLE_BY_NAME = {s[0]: s for s in STYLES}


def words(typ):
    return typ.split("_")


# ---------------------------------------------------------------- value generation
def _json_b64(obj, urlsafe=False, pad=True):
    raw = json.dumps(obj, separators=(",", ":")).encode()
    s = base64.urlsafe_b64encode(raw).decode() if urlsafe else base64.b64encode(raw).decode()
    return s if pad else s.rstrip("=")


def gen_value(rng, spec):
    if isinstance(spec, tuple):
        kind = spec[0]
        if kind == "pw":
            return owner_password(rng)
        if kind == "uuid4":
            return uuid4(rng)
        if kind == "jwt":
            alg, flavour = spec[1], spec[2]
            iat = 1712000000 + rng.randint(0, 4000000)
            if flavour == "ha":
                payload = {"iss": rbytes(rng, 16).hex(), "iat": iat, "exp": iat + 315360000}
            elif flavour == "inat":
                payload = {"user_id": rng.randint(100000, 9999999), "exp": iat + 86400}
            else:
                payload = {"aud": "94d59cef", "jti": rbytes(rng, 40).hex(), "iat": iat, "nbf": iat,
                           "exp": iat + 31536000, "sub": str(rng.randint(100000, 999999)), "scopes": []}
            return make_jwt(rng, alg, payload)
        if kind == "matrix":
            user = rng.choice(["harvestbot", "roombot", "spawnwatch", "coopbot"])
            return "syt_" + b64url_nopad(user.encode()) + "_" + rs(rng, ALNUM, 20) + "_" + rs(rng, ALNUM, 6)
        if kind == "discord":
            uid = str(rng.randint(10 ** 17, 10 ** 18 - 1))
            return b64url_nopad(uid.encode()) + "." + rs(rng, B64URL, 6) + "." + rs(rng, B64URL, 38)
        if kind == "sentry":
            obj = {"iat": 1712000000 + rng.randint(0, 4000000) + rng.random(),
                   "url": "https://sentry.io", "region_url": "https://de.sentry.io",
                   "org": rng.choice(["oakhollow-fungi", "fenwood-foragers", "mycohollow-lab"])}
            obj["iat"] = round(obj["iat"], 6)
            return "sntrys_" + _json_b64(obj) + "_" + rs(rng, B64STD, 43)
        if kind == "onepassword":
            obj = {"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                   "iterations": 650000, "salt": b64url_nopad(rbytes(rng, 16))},
                   "email": rs(rng, LALNUM, 26) + "@1passwordserviceaccounts.eu",
                   "srpX": rbytes(rng, 32).hex(),
                   "muk": {"alg": "A256GCM", "ext": True, "k": b64url_nopad(rbytes(rng, 32)),
                           "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
                   "secretKey": "A3-" + rs(rng, UALNUM, 6) + "-" + rs(rng, UALNUM, 6) + "-" + rs(rng, UALNUM, 5)
                                + "-" + rs(rng, UALNUM, 5) + "-" + rs(rng, UALNUM, 5) + "-" + rs(rng, UALNUM, 5),
                   "throttleSecret": {"seed": rbytes(rng, 32).hex(), "uuid": rs(rng, UALNUM, 26)},
                   "deviceUuid": rs(rng, LALNUM, 26)}
            return "ops_" + _json_b64(obj, pad=False)
        if kind == "cftunnel":
            obj = {"a": rbytes(rng, 16).hex(), "t": uuid4(rng), "s": base64.b64encode(rbytes(rng, 32)).decode()}
            return _json_b64(obj)
        raise ValueError(kind)
    out = []
    for part in spec:
        if isinstance(part, str):
            out.append(part)
        elif part[0] == "uuid4":
            out.append(uuid4(rng))
        else:
            out.append(rs(rng, ALPH[part[0]], part[1]))
    return "".join(out)


UUID4_RE = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
PW_RE_STR = r"[A-Za-z][a-z]+[-_.+!~][a-z0-9]{3,5}[0-9]{2}"


def spec_regex(spec):
    if isinstance(spec, tuple):
        kind = spec[0]
        return {"pw": PW_RE_STR, "uuid4": UUID4_RE,
                "jwt": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
                "matrix": r"syt_[A-Za-z0-9_-]+_[A-Za-z0-9]{20}_[A-Za-z0-9]{6}",
                "discord": r"[A-Za-z0-9_-]{24}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}",
                "sentry": r"sntrys_eyJpYXQiO[A-Za-z0-9+/]+={0,2}_[A-Za-z0-9+/]{43}",
                "onepassword": r"ops_eyJ[A-Za-z0-9+/]{250,}",
                "cftunnel": r"eyJ[A-Za-z0-9+/]+={0,2}"}[kind]
    out = []
    for part in spec:
        if isinstance(part, str):
            out.append(re.escape(part))
        elif part[0] == "uuid4":
            out.append(UUID4_RE)
        else:
            out.append("[%s]{%d}" % (ALPH_RE[part[0]], part[1]))
    return "".join(out)


def frame_ok(spec, value):
    """Extra structural checks for the structured vendor shapes."""
    if not isinstance(spec, tuple):
        return True
    kind = spec[0]
    try:
        if kind == "jwt":
            return jwt_valid(value) and json.loads(base64.urlsafe_b64decode(value.split(".")[0] + "==")).get("alg") == spec[1]
        if kind == "matrix":
            user = value.split("_")[1]
            return base64.urlsafe_b64decode(user + "=" * (-len(user) % 4)).decode().isalpha()
        if kind == "discord":
            first = value.split(".")[0]
            return base64.urlsafe_b64decode(first + "=" * (-len(first) % 4)).decode().isdigit()
        if kind == "sentry":
            body = value[len("sntrys_"):value.rindex("_")]
            obj = json.loads(base64.b64decode(body))
            return "region_url" in obj and "iat" in obj
        if kind == "onepassword":
            body = value[4:]
            obj = json.loads(base64.b64decode(body + "=" * (-len(body) % 4)))
            return obj["secretKey"].startswith("A3-") and len(obj["srpX"]) == 64
        if kind == "cftunnel":
            obj = json.loads(base64.b64decode(value))
            return len(obj["a"]) == 32 and len(base64.b64decode(obj["s"])) == 32
    except Exception:
        return False
    return True


def describe_spec(spec):
    if isinstance(spec, tuple):
        kind = spec[0]
        if kind == "jwt":
            return "real %s JWT (base64url JSON header and payload%s)" % (
                spec[1], ", HMAC signature under a discarded key" if spec[1].startswith("HS") else ", 256 random signature bytes")
        return {"pw": "owner-chosen password", "uuid4": "UUIDv4",
                "matrix": "`syt_` + base64url of the bot's user name + `_` + 20 alphanumerics + `_` + 6 alphanumerics",
                "discord": "base64url of an 18-digit user id + `.` + 6 base64url + `.` + 38 base64url",
                "sentry": "`sntrys_` + standard Base64 of real JSON (`iat`, `url`, `region_url`, `org`) + `_` + 43 Base64 characters",
                "onepassword": "`ops_` + unpadded Base64 of real JSON (`signInAddress`, `userAuth`, `email`, `srpX`, `muk`, `secretKey` `A3-…`, …)",
                "cftunnel": "standard Base64 of real JSON `{\"a\": 32 hex account tag, \"t\": tunnel UUIDv4, \"s\": Base64 of 32 bytes}`"}[kind]
    parts = []
    for part in spec:
        if isinstance(part, str):
            parts.append("`%s`" % part)
        elif part[0] == "uuid4":
            parts.append("UUIDv4")
        else:
            parts.append("%d %s" % (part[1], ALPH_WORDS[part[0]]))
    return " + ".join(parts)


def style_assignment():
    rng = random.Random(SEED_STYLES)
    order = list(range(len(V)))
    rng.shuffle(order)
    assign = {}
    for pos, i in enumerate(order):
        assign[V[i][0]] = STYLES[pos % len(STYLES)][0]
    return assign


def generate(reg, start_index):
    rng = random.Random(SEED_VALUES)
    assign = style_assignment()
    recs = []
    idx = start_index
    for typ, cat, spec, src, nb in V:
        sname = assign[typ]
        _, case, fn, _ = STYLE_BY_NAME[sname]
        value = reg.draw(lambda: gen_value(rng, spec))
        key = style_key(words(typ), case)
        entries = []
        if nb:
            reg.add(nb[1])
            entries.append((style_key(nb[0].replace(".", " ").split(), case), nb[1]))
        entries.append((key, MARK))
        tpl = fn(entries)
        text, s, e = place(tpl, value)
        recs.append(positive("p246-s-%04d" % idx, typ, typ + "__" + sname, text, s, e, "vendor"))
        idx += 1
    return recs
