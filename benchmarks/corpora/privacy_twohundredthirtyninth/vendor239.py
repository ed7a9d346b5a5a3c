"""Vendor source: 120 vendor credential types used by coffee roasters, espresso bars and tea merchants."""
import base64
import json
import random
import re

import common239 as C

SEED = 23902

R, B, G, O = "read this session", "believed from memory", "guessed", "owner-chosen"

# type, group, parts, provenance, neighbour (words, kind) or None
# parts: literal str | (alphabet, n) | ("uuid",) | ("b64bytes", n) | ("pw",) | special names
V = [
    # --- coffee & tea trade -------------------------------------------------------------
    ("cropster_api_key_secret", "trade", [("alnum", 40)], G, (["cropster", "api", "key", "id"], "id20")),
    ("cropster_account_login_password", "trade", [("pw",)], O, (["cropster", "login", "email"], "email")),
    ("giesen_connect_portal_password", "trade", [("pw",)], O, (["giesen", "machine", "serial"], "serial")),
    ("probat_pilot_service_password", "trade", [("pw",)], O, (["pilot", "service", "user"], "user")),
    ("loring_smartroast_cloud_token", "trade", [("b64url", 48)], G, None),
    ("ikawa_pro_cloud_api_token", "trade", [("hex", 40)], G, None),
    ("roest_sample_roaster_api_key", "trade", [("lowalnum", 32)], G, None),
    ("aillio_roastime_account_password", "trade", [("pw",)], O, (["roastime", "email"], "email")),
    ("typica_green_marketplace_api_token", "trade", [("hex", 64)], G, None),
    ("algrano_buyer_api_key", "trade", [("alnum", 40)], G, None),
    ("cafe_imports_portal_password", "trade", [("pw",)], O, (["cafe", "imports", "customer", "number"], "num8")),
    ("royal_coffee_buyer_portal_password", "trade", [("pw",)], O, (["royal", "coffee", "account", "email"], "email")),
    ("visualizer_coffee_upload_password", "trade", [("pw",)], O, (["visualizer", "email"], "email")),
    ("acaia_cloud_api_key", "trade", [("hex", 32)], G, None),
    ("lamarzocco_cloud_client_secret", "trade", [("alnum", 64)], G, (["lamarzocco", "client", "id"], "id20")),
    ("lamarzocco_home_account_password", "trade", [("pw",)], O, (["lamarzocco", "account", "email"], "email")),
    ("bottomless_vendor_api_token", "trade", [("b64url", 43)], G, None),
    ("trade_coffee_partner_api_key", "trade", [("hex", 40)], G, None),
    ("cratejoy_api_client_secret", "trade", [("alnum", 40)], G, (["cratejoy", "client", "id"], "id20")),
    ("recharge_subscriptions_api_token", "trade", [("hex", 56)], G, None),
    ("loyverse_pos_access_token", "trade", [("hex", 32)], G, None),
    ("lightspeed_restaurant_client_secret", "trade", [("alnum", 40)], G, (["lightspeed", "client", "id"], "id20")),
    ("faire_brand_api_token", "trade", [("upalnum", 64)], G, None),
    ("ordermentum_supplier_api_key", "trade", [("uuid",)], G, None),
    ("sca_member_portal_password", "trade", [("pw",)], O, (["sca", "member", "number"], "num8")),
    ("cqi_coffee_portal_password", "trade", [("pw",)], O, (["cqi", "username"], "user")),
    ("deputy_rostering_api_token", "trade", [("hex", 32)], G, None),
    ("sevenshifts_api_access_token", "trade", [("hex", 40)], G, None),
    ("doordash_drive_signing_secret", "trade", [("b64url", 43)], B, (["doordash", "developer", "id"], "uuid")),
    ("uber_eats_client_secret", "trade", [("b64url", 40)], G, (["uber", "eats", "client", "id"], "id20")),
    ("deliveroo_partner_api_secret", "trade", [("alnum", 48)], G, None),
    ("sumup_live_api_key", "trade", ["sup_sk_", ("alnum", 32)], B, None),
    ("etsy_open_api_shared_secret", "trade", [("lowalnum", 10)], B, (["etsy", "keystring"], "low24")),
    # --- commerce, payments, shipping, accounting, marketing -----------------------------
    ("stripe_live_secret_key", "commerce", ["sk_live_51", ("alnum", 97)], R, None),
    ("shopify_admin_api_access_token", "commerce", ["shpat_", ("hex", 32)], R, None),
    ("shopify_custom_app_access_token", "commerce", ["shpca_", ("hex", 32)], R, None),
    ("gocardless_live_access_token", "commerce", ["live_", ("b64url", 40)], R, None),
    ("braintree_production_access_token", "commerce", ["access_token$production$", ("lowalnum", 16), "$", ("hex", 32)], B, None),
    ("square_webhook_signature_key", "commerce", [("b64url", 22)], B, None),
    ("amazon_sp_api_lwa_client_secret", "commerce", ["amzn1.oa2-cs.v1.", ("hex", 64)], B, (["lwa", "client", "id"], "lwa")),
    ("xero_oauth_client_secret", "commerce", [("b64url", 48)], B, (["xero", "client", "id"], "uhex32")),
    ("quickbooks_online_client_secret", "commerce", [("alnum", 40)], B, (["quickbooks", "client", "id"], "id50")),
    ("mailchimp_marketing_api_key", "commerce", [("hex", 32), "-us", ("digits", 2)], R, None),
    ("brevo_transactional_api_key", "commerce", ["xkeysib-", ("hex", 64), "-", ("alnum", 16)], R, None),
    ("omnisend_api_key", "commerce", [("hex", 24), "-", ("alnum", 50)], G, None),
    ("yotpo_app_secret_key", "commerce", [("alnum", 40)], G, (["yotpo", "app", "key"], "id40")),
    ("judgeme_private_api_token", "commerce", [("b64url", 27)], G, None),
    ("trustpilot_business_api_secret", "commerce", [("alnum", 16)], G, (["trustpilot", "api", "key"], "id32")),
    ("shipstation_api_secret", "commerce", [("hex", 32)], B, (["shipstation", "api", "key"], "hex32")),
    ("sendle_api_key", "commerce", [("alnum", 32)], G, (["sendle", "id"], "user")),
    ("royal_mail_click_drop_api_key", "commerce", [("uuid",)], G, None),
    ("shipbob_personal_access_token", "commerce", [("uhex", 64)], G, None),
    ("acuity_scheduling_api_key", "commerce", [("hex", 32)], G, (["acuity", "user", "id"], "num8")),
    ("jotform_api_key", "commerce", [("hex", 32)], B, None),
    ("google_ads_developer_token", "commerce", [("b64url", 22)], B, None),
    ("tiktok_shop_app_secret", "commerce", [("hex", 40)], G, (["tiktok", "shop", "app", "key"], "low13")),
    ("notion_integration_token", "commerce", ["ntn_", ("digits", 11), ("alnum", 35)], R, None),
    ("airtable_personal_access_token", "commerce", ["pat", ("alnum", 14), ".", ("hex", 64)], R, None),
    # --- messaging -------------------------------------------------------------------------
    ("twilio_account_auth_token", "messaging", [("hex", 32)], B, (["twilio", "account", "sid"], "twsid")),
    ("slack_bot_user_oauth_token", "messaging", ["xoxb-", ("digits", 12), "-", ("digits", 13), "-", ("alnum", 24)], R, None),
    ("slack_incoming_webhook_url", "messaging", ["https://hooks.slack.com/services/T", ("upalnum", 10), "/B", ("upalnum", 10), "/", ("alnum", 24)], R, None),
    ("discord_bot_token", "messaging", ["discord_bot"], B, None),
    ("line_channel_access_token", "messaging", [("b64bytes", 128)], G, None),
    ("messagebird_live_access_key", "messaging", [("lowalnum", 25)], R, None),
    ("pusher_channels_app_secret", "messaging", [("hex", 20)], B, (["pusher", "app", "key"], "hex20")),
    ("ably_root_api_key", "messaging", [("alnum", 6), ".", ("alnum", 6), ":", ("b64url", 43)], B, None),
    ("mailgun_private_api_key", "messaging", ["key-", ("hex", 32)], R, None),
    ("mailgun_webhook_signing_key", "messaging", [("hex", 32), "-", ("hex", 8), "-", ("hex", 8)], R, None),
    ("resend_api_key", "messaging", ["re_", ("alnum", 8), "_", ("alnum", 24)], G, None),
    ("pushover_application_token", "messaging", ["a", ("lowalnum", 29)], B, (["pushover", "user", "key"], "pushu")),
    ("viber_bot_auth_token", "messaging", [("hex", 16), "-", ("hex", 16), "-", ("hex", 16)], B, None),
    ("expo_push_access_token", "messaging", [("b64url", 40)], G, None),
    ("intercom_access_token", "messaging", [("b64url", 60)], R, None),
    ("zendesk_api_token", "messaging", [("alnum", 40)], R, (["zendesk", "agent", "email"], "email")),
    # --- AI ----------------------------------------------------------------------------------
    ("openai_project_api_key", "ai", ["sk-proj-", ("b64url", 74), "T3BlbkFJ", ("b64url", 74)], R, None),
    ("anthropic_api_key", "ai", ["sk-ant-api03-", ("b64url", 93), "AA"], R, None),
    ("google_gemini_api_key", "ai", ["AIza", ("b64url", 35)], R, None),
    ("groq_api_key", "ai", ["gsk_", ("alnum", 52)], B, None),
    ("huggingface_user_access_token", "ai", ["hf_", ("letters", 34)], R, None),
    ("replicate_api_token", "ai", ["r8_", ("alnum", 37)], B, None),
    ("perplexity_api_key", "ai", ["pplx-", ("alnum", 48)], R, None),
    ("together_ai_api_key", "ai", [("hex", 64)], G, None),
    ("pinecone_api_key", "ai", ["pcsk_", ("alnum", 5), "_", ("alnum", 60)], G, None),
    ("voyage_ai_api_key", "ai", ["pa-", ("b64url", 43)], G, None),
    ("langsmith_personal_api_key", "ai", ["lsv2_pt_", ("hex", 32), "_", ("hex", 10)], B, None),
    ("aws_bedrock_long_lived_api_key", "ai", ["ABSK", ("b64bytes", 90)], R, None),
    # --- developer services ----------------------------------------------------------------------
    ("github_classic_personal_access_token", "dev", ["ghp_", ("alnum", 36)], R, None),
    ("github_oauth_access_token", "dev", ["gho_", ("alnum", 36)], R, None),
    ("gitlab_personal_access_token", "dev", ["glpat-", ("b64url", 20)], R, None),
    ("npm_automation_access_token", "dev", ["npm_", ("alnum", 36)], R, None),
    ("vercel_access_token", "dev", [("alnum", 24)], B, None),
    ("sentry_user_auth_token", "dev", ["sntryu_", ("hex", 64)], R, None),
    ("heroku_platform_api_key_v2", "dev", ["HRKU-AA", ("b64url", 58)], R, None),
    ("render_api_key", "dev", ["rnd_", ("alnum", 32)], B, None),
    ("cloudflare_api_token", "dev", [("b64url", 40)], R, None),
    ("doppler_service_token", "dev", ["dp.st.prd.", ("alnum", 40)], B, None),
    ("onepassword_service_account_token", "dev", ["op_service_account"], R, None),
    ("bitbucket_app_password", "dev", ["ATBB", ("alnum", 32), ("uhex", 8)], B, (["bitbucket", "username"], "user")),
    ("buildkite_api_access_token", "dev", ["bkua_", ("hex", 40)], B, None),
    ("snyk_api_token", "dev", [("uuid",)], B, None),
    ("circleci_personal_api_token", "dev", ["CCIPAT_", ("alnum", 22), "_", ("hex", 40)], B, None),
    ("flyio_access_token", "dev", ["fo1_", ("b64url", 43)], R, None),
    ("rubygems_api_key", "dev", ["rubygems_", ("hex", 48)], R, None),
    ("pulumi_access_token", "dev", ["pul-", ("hex", 40)], R, None),
    ("clickhouse_cloud_api_secret", "dev", ["4b1d", ("alnum", 38)], R, (["clickhouse", "key", "id"], "id20")),
    # --- ops, cloud, monitoring, IoT ---------------------------------------------------------------
    ("aws_iam_secret_access_key", "ops", [("b64std", 40)], B, (["aws", "access", "key", "id"], "akia")),
    ("azure_storage_account_key", "ops", [("b64bytes", 64)], B, (["azure", "storage", "account"], "acct")),
    ("digitalocean_personal_access_token", "ops", ["dop_v1_", ("hex", 64)], R, None),
    ("linode_personal_access_token", "ops", [("hex", 64)], B, None),
    ("hetzner_cloud_api_token", "ops", [("alnum", 64)], B, None),
    ("datadog_api_key", "ops", [("hex", 32)], B, None),
    ("datadog_application_key", "ops", [("lowalnum", 40)], R, None),
    ("uptimerobot_main_api_key", "ops", ["u", ("digits", 7), "-", ("hex", 24)], B, None),
    ("home_assistant_long_lived_access_token", "ops", ["ha_jwt"], B, None),
    ("tuya_iot_access_secret", "ops", [("lowalnum", 32)], B, (["tuya", "access", "id"], "low20")),
    ("govee_developer_api_key", "ops", [("uuid",)], B, None),
    ("smartthings_personal_access_token", "ops", [("uuid",)], B, None),
    ("cloudflare_tunnel_token", "ops", ["cf_tunnel"], B, None),
    ("pagerduty_events_integration_key", "ops", [("hex", 32)], B, None),
    ("fastly_api_token", "ops", [("b64url", 32)], R, None),
]

SET_ASIDE = [
    ("betterstack_source_token", "shape guessed only; monitoring covered by Datadog, Sentry, UptimeRobot and PagerDuty"),
    ("gitlab_deploy_token", "`gldt-` read this session, but deploy tokens are rare for a roastery's own repos; GitLab is covered by the personal access token"),
    ("squarespace_commerce_api_key", "bare UUIDv4 already represented by Ordermentum, Royal Mail, Snyk, Govee and SmartThings"),
    ("fireworks_ai_api_key", "shape not remembered; AI vendors are already 12"),
    ("supabase_secret_api_key", "the new `sb_secret_` length is not remembered"),
    ("shelly_cloud_auth_key", "shape not remembered; smart plugs covered by Tuya, Govee and SmartThings"),
    ("maxmind_license_key", "store-locator geolocation is marginal for a roastery"),
    ("telegram_bot_api_token", "an earlier corpus already covers a Telegram bot token; Viber and LINE cover chat bots here"),
    ("paddle_billing_api_key", "live key layout not remembered"),
]

GROUPS = [("trade", "Coffee and tea trade services, portals and kit"),
          ("commerce", "Commerce, payments, shipping, bookkeeping and marketing"),
          ("messaging", "Messaging, e-mail, chat and notifications"),
          ("ai", "AI services"), ("dev", "Developer services"),
          ("ops", "Ops, cloud, monitoring and IoT")]

VENDOR_HOSTS = {"trade": "api.partner.example", "commerce": "api.commerce.example", "messaging": "api.messaging.example",
                "ai": "api.ai-vendor.example", "dev": "api.devtools.example", "ops": "api.cloud.example"}


def is_pw(parts):
    return parts == [("pw",)]


def is_url(parts):
    return isinstance(parts[0], str) and parts[0].startswith("https://")


def is_special(parts):
    return len(parts) == 1 and isinstance(parts[0], str) and parts[0] in ("discord_bot", "op_service_account", "ha_jwt", "cf_tunnel")


def gen_parts(parts, rng):
    out = []
    for p in parts:
        if isinstance(p, str):
            if p == "discord_bot":
                uid = str(rng.randint(10 ** 17, 10 ** 18 - 1) * 10 + rng.randint(0, 9))
                return C.b64u(uid.encode()) + "." + C.rs(rng, C.B64URL, 6) + "." + C.rs(rng, C.B64URL, 38)
            if p == "op_service_account":
                obj = {"signInAddress": "emberandbean.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
                       "iterations": 650000, "salt": C.b64u(C.rbytes(rng, 16))},
                       "email": C.rs(rng, C.LOWALNUM, 13) + "@1passwordserviceaccounts.eu",
                       "srpX": C.rbytes(rng, 32).hex(), "muk": {"alg": "A256GCM", "ext": True, "k": C.b64u(C.rbytes(rng, 32)),
                       "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
                       "secretKey": "A3-" + C.rs(rng, C.UPALNUM, 6) + "-" + C.rs(rng, C.UPALNUM, 11) + "-" + C.rs(rng, C.UPALNUM, 5) + "-" + C.rs(rng, C.UPALNUM, 5) + "-" + C.rs(rng, C.UPALNUM, 5),
                       "throttleSecret": {"seed": C.rbytes(rng, 32).hex(), "uuid": C.rs(rng, C.UPALNUM, 26)},
                       "deviceUuid": C.rs(rng, C.LOWALNUM, 26)}
                return "ops_" + base64.b64encode(C.cjson(obj).encode()).decode().rstrip("=")
            if p == "ha_jwt":
                iat = 1730000000 + rng.randint(0, 20000000)
                return C.jwt_hs(rng, "HS256", {"iss": C.rbytes(rng, 16).hex(), "iat": iat, "exp": iat + 315360000})
            if p == "cf_tunnel":
                obj = {"a": C.rbytes(rng, 16).hex(), "t": C.uuid4(rng), "s": base64.b64encode(C.rbytes(rng, 32)).decode()}
                return base64.b64encode(C.cjson(obj).encode()).decode()
            out.append(p)
        elif p[0] == "uuid":
            out.append(C.uuid4(rng))
        elif p[0] == "b64bytes":
            out.append(base64.b64encode(C.rbytes(rng, p[1])).decode())
        elif p[0] == "pw":
            out.append(C.password(rng))
        else:
            out.append(C.rs(rng, C.ALPHABETS[p[0]][0], p[1]))
    return "".join(out)


def spec_regex(parts):
    rx = []
    for p in parts:
        if isinstance(p, str):
            rx.append(re.escape(p))
        elif p[0] == "uuid":
            rx.append(C.UUID_V4.pattern[1:-1])
        elif p[0] == "b64bytes":
            n = p[1]
            full = 4 * ((n + 2) // 3)
            pad = (3 - n % 3) % 3
            rx.append("[A-Za-z0-9+/]{%d}%s" % (full - pad, "=" * pad))
        elif p[0] == "pw":
            rx.append(C.PW_RE.pattern[1:-1])
        else:
            rx.append(C.ALPHABETS[p[0]][2] + "{%d}" % p[1])
    return re.compile("^" + "".join(rx) + "$")


def validate(t, v):
    parts = dict((x[0], x[2]) for x in V)[t]
    if is_special(parts):
        s = parts[0]
        try:
            if s == "discord_bot":
                a, b, c = v.split(".")
                return C.b64u_dec(a).decode().isdigit() and len(b) == 6 and len(c) == 38
            if s == "op_service_account":
                obj = json.loads(base64.b64decode(v[4:] + "=" * (-len(v[4:]) % 4)))
                return v.startswith("ops_eyJ") and "secretKey" in obj and len(v) >= 254
            if s == "ha_jwt":
                return C.jwt_ok(v) and "iss" in json.loads(C.b64u_dec(v.split(".")[1]))
            if s == "cf_tunnel":
                obj = json.loads(base64.b64decode(v))
                return set(obj) == {"a", "t", "s"} and C.UUID_V4.match(obj["t"]) is not None
        except Exception:
            return False
    return spec_regex(parts).match(v) is not None


def describe(parts):
    if is_special(parts):
        return {
            "discord_bot": "base64url of the bot's 19-digit user id + `.` + 6 base64url + `.` + 38 base64url",
            "op_service_account": "`ops_` + standard Base64 (no padding) of real JSON (signInAddress, userAuth, email, srpX, muk, secretKey `A3-…`, throttleSecret, deviceUuid), starting `ops_eyJ`",
            "ha_jwt": "real HS256 JWT with `iss` (32 hex refresh-token id), `iat`, `exp` ten years later",
            "cf_tunnel": "standard Base64 of real JSON `{a: account tag (32 hex), t: tunnel UUIDv4, s: Base64 of a 32-byte tunnel secret}`",
        }[parts[0]]
    if is_pw(parts):
        return "owner-chosen password"
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append("`%s`" % p)
        elif p[0] == "uuid":
            out.append("UUIDv4")
        elif p[0] == "b64bytes":
            out.append("standard Base64 of %d random bytes" % p[1])
        else:
            out.append("%d %s" % (p[1], C.ALPHABETS[p[0]][1]))
    return " + ".join(out)


def neighbour_value(kind, rng):
    if kind == "email":
        return rng.choice(["ines", "tomasz", "kofi", "mira", "greenbuyer", "ops"]) + "@" + rng.choice(["emberandbean.example", "kettleleaf-tea.example", "northquay-roasters.example"])
    if kind == "id20":
        return C.rs(rng, C.ALNUM, 20)
    if kind == "id32":
        return C.rs(rng, C.ALNUM, 32)
    if kind == "id40":
        return C.rs(rng, C.ALNUM, 40)
    if kind == "id50":
        return "AB" + C.rs(rng, C.ALNUM, 48)
    if kind == "hex32":
        return C.rs(rng, C.HEX, 32)
    if kind == "hex20":
        return C.rs(rng, C.HEX, 20)
    if kind == "uhex32":
        return C.rs(rng, C.UHEX, 32)
    if kind == "num8":
        return C.rs(rng, C.DIGITS, 8)
    if kind == "serial":
        return "W15A-" + C.rs(rng, C.DIGITS, 6)
    if kind == "user":
        return rng.choice(C.USERS)
    if kind == "uuid":
        return C.uuid4(rng)
    if kind == "low24":
        return C.rs(rng, C.LOWALNUM, 24)
    if kind == "low20":
        return C.rs(rng, C.LOWALNUM, 20)
    if kind == "low13":
        return C.rs(rng, C.LOWALNUM, 13)
    if kind == "lwa":
        return "amzn1.application-oa2-client." + C.rs(rng, C.HEX, 32)
    if kind == "twsid":
        return "AC" + C.rs(rng, C.HEX, 32)
    if kind == "pushu":
        return "u" + C.rs(rng, C.LOWALNUM, 29)
    if kind == "akia":
        return "AKIA" + C.rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if kind == "acct":
        return "emberbean" + C.rs(rng, C.LOWALNUM, 6)
    raise ValueError(kind)


# style name, case style, description
STYLES = [
    ("dotenv_production_line", "upper", "dotenv lines in upper case"),
    ("compose_environment_mapping", "upper", "docker-compose `environment:` mapping"),
    ("android_buildconfig_field", "upper", "Gradle `buildConfigField` in an Android app module"),
    ("ios_info_plist_string", "pascal", "Info.plist `<key>` / `<string>` pair"),
    ("rails_credentials_yaml", "snake", "decrypted Rails credentials YAML"),
    ("go_getenv_fallback", "camel", "Go function returning a hard-coded fallback after os.Getenv"),
    ("appsettings_json_section", "pascal", ".NET appsettings.json section"),
    ("spring_properties_line", "dot", "Spring application.properties line"),
    ("ansible_group_vars_plain", "snake", "Ansible group_vars in plain text"),
    ("tfvars_assignment", "snake", "terraform.tfvars assignment"),
    ("workflow_env_literal", "upper", "GitHub Actions job `env:` with a literal"),
    ("k8s_configmap_data_entry", "kebab", "Kubernetes ConfigMap `data:` entry"),
    ("postman_environment_value", "camel", "Postman environment export (`key` / `value` objects)"),
    ("whatsapp_group_paste", "spaced", "WhatsApp group message paste"),
    ("notion_runbook_table", "title", "Notion runbook Markdown table row"),
    ("httpie_bearer_header", None, "HTTPie call with an `Authorization: Bearer` header (no key name; vendor from host)"),
    ("python_environ_setdefault", "upper", "Python `os.environ.setdefault` call"),
]


def render(style, key, nbk, nbv, host, rng):
    """Template with %V%; neighbour lines only if nbk."""
    def nb(fmt):
        return (fmt % (nbk, nbv)) if nbk else ""
    if style == "dotenv_production_line":
        return "NODE_ENV=production\n" + nb("%s=%s\n") + "%s=%%V%%\nLOG_LEVEL=info\n" % key
    if style == "compose_environment_mapping":
        return "services:\n  shop:\n    image: ghcr.io/emberandbean/shop:4.2\n    environment:\n" + nb("      %s: \"%s\"\n") + "      %s: \"%%V%%\"\n" % key
    if style == "android_buildconfig_field":
        return "android {\n    defaultConfig {\n        applicationId \"com.emberandbean.queue\"\n" + nb("        buildConfigField \"String\", \"%s\", \"\\\"%s\\\"\"\n") + "        buildConfigField \"String\", \"%s\", \"\\\"%%V%%\\\"\"\n    }\n}\n" % key
    if style == "ios_info_plist_string":
        return "<dict>\n  <key>CFBundleName</key>\n  <string>Ember Queue</string>\n" + nb("  <key>%s</key>\n  <string>%s</string>\n") + "  <key>%s</key>\n  <string>%%V%%</string>\n</dict>\n" % key
    if style == "rails_credentials_yaml":
        return "production:\n  integrations:\n" + nb("    %s: \"%s\"\n") + "    %s: \"%%V%%\"\n  secret_key_base_rotated: true\n" % key
    if style == "go_getenv_fallback":
        env = key[0].upper() + key[1:]
        return ("package config\n\nimport \"os\"\n\n" + nb("const %s = \"%s\"\n\n") +
                "func %s() string {\n\tif v := os.Getenv(\"%s\"); v != \"\" {\n\t\treturn v\n\t}\n\treturn \"%%V%%\"\n}\n" % (key, re.sub(r"(?<!^)([A-Z])", r"_\1", env).upper()))
    if style == "appsettings_json_section":
        return "{\n  \"Integrations\": {\n" + nb("    \"%s\": \"%s\",\n") + "    \"%s\": \"%%V%%\"\n  }\n}\n" % key
    if style == "spring_properties_line":
        return "server.port=8080\n" + nb("%s=%s\n") + "%s=%%V%%\n" % key
    if style == "ansible_group_vars_plain":
        return "---\n# group_vars/roastery.yml\n" + nb("%s: \"%s\"\n") + "%s: \"%%V%%\"\n" % key
    if style == "tfvars_assignment":
        return "environment = \"prod\"\n" + nb("%s = \"%s\"\n") + "%s = \"%%V%%\"\n" % key
    if style == "workflow_env_literal":
        return "jobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n" + nb("      %s: %s\n") + "      %s: %%V%%\n    steps:\n      - run: ./sync.sh\n" % key
    if style == "k8s_configmap_data_entry":
        return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: integrations\ndata:\n" + nb("  %s: \"%s\"\n") + "  %s: \"%%V%%\"\n" % key
    if style == "postman_environment_value":
        return ("{\n  \"name\": \"roastery-prod\",\n  \"values\": [\n" + nb("    {\"key\": \"%s\", \"value\": \"%s\", \"enabled\": true},\n") +
                "    {\"key\": \"%s\", \"value\": \"%%V%%\", \"type\": \"secret\", \"enabled\": true}\n  ]\n}\n" % key)
    if style == "whatsapp_group_paste":
        return "[09:14] Mira: can someone send the %s for the new laptop?\n[09:16] Kofi: " % key + nb("%s %s and ") + "%s %%V%% \n[09:16] Mira: thanks!\n" % key
    if style == "notion_runbook_table":
        row = "| Service | Field | Value |\n|---|---|---|\n" + nb("| %s | " + "id" + " | %s |\n")
        return row + "| %s | secret | %%V%% |\n" % key
    if style == "httpie_bearer_header":
        return "$ http GET https://%s/v1/status \"Authorization: Bearer %%V%%\"\nHTTP/1.1 200 OK\n" % host
    if style == "python_environ_setdefault":
        return "import os\n\n" + nb("os.environ.setdefault(\"%s\", \"%s\")\n") + "os.environ.setdefault(\"%s\", \"%%V%%\")\n" % key
    raise ValueError(style)


def build(reg):
    rng = random.Random(SEED)
    recs = []
    n = len(V)
    styles = [s[0] for s in STYLES]
    deal = []
    while len(deal) < n:
        s = styles[:]
        rng.shuffle(s)
        deal += s
    deal = deal[:n]
    # httpie (no key name) only for tokens: swap passwords and URLs away from it
    def bad(k, st):
        return st == "httpie_bearer_header" and (is_pw(V[k][2]) or is_url(V[k][2]))
    for i in range(n):
        if bad(i, deal[i]):
            for j in range(n):
                if not bad(j, deal[i]) and not bad(i, deal[j]):
                    deal[i], deal[j] = deal[j], deal[i]
                    break
    for i, (t, g, parts, prov, nbr) in enumerate(V):
        st = deal[i]
        case = dict((s[0], s[1]) for s in STYLES)[st]
        words = t.split("_")
        key = C.keyname(words, case) if case else ""
        v = reg.draw(lambda: gen_parts(parts, rng))
        nbk = nbv = None
        if nbr:
            nbk = C.keyname(nbr[0], case) if case else None
            nbv = reg.draw(lambda: neighbour_value(nbr[1], rng)) if nbr[1] not in ("email", "user") else neighbour_value(nbr[1], rng)
        tpl = render(st, key, nbk, nbv, VENDOR_HOSTS[g], rng)
        text, s, e = C.place(tpl, v)
        recs.append({"type": t, "container": t + "__" + st, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "vendor",
                     "_style": st})
    return recs

