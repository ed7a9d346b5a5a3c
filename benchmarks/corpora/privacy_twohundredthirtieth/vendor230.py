"""Vendor source: 120 vendor credential types of the vineyard / winery world."""
import base64
import json
import random
import re

import common230 as C

SEED = 23002


# --- special generators (each with its regex and description) -----------------
def _ha_jwt(rng):
    iat = 1750000000 + rng.randrange(30000000)
    return C.jwt_hs(rng, "HS256", {"iss": C.rs(rng, C.HEXL, 32), "iat": iat, "exp": iat + 315360000})


def _supabase_jwt(rng):
    iat = 1740000000 + rng.randrange(30000000)
    return C.jwt_hs(rng, "HS256", {"iss": "supabase", "ref": C.rs(rng, C.LOW, 20),
                                   "role": "service_role", "iat": iat, "exp": iat + 315360000})


def _lemon_jwt(rng):
    iat = 1745000000 + rng.randrange(30000000)
    return C.jwt_rs_shaped(rng, {"aud": "94d59cef-dbb8-4ea5-b178-d2540fcd6919"[:0] + C.uuid4(rng),
                                 "jti": C.rs(rng, C.HEXL, 80), "iat": iat, "nbf": iat,
                                 "exp": iat + 31536000, "sub": str(rng.randint(100000, 9999999)),
                                 "scopes": []})


def _mailerlite_jwt(rng):
    iat = 1745000000 + rng.randrange(30000000)
    return C.jwt_rs_shaped(rng, {"aud": "4", "jti": C.rs(rng, C.HEXL, 80), "iat": iat,
                                 "nbf": iat, "exp": 4900000000, "sub": str(rng.randint(100000, 9999999)),
                                 "scopes": []})


def _mapbox_sk(rng):
    mid = C.b64u(json.dumps({"u": rng.choice(["saltcreekwines", "ridgebackvines", "hillcrestcellar"]),
                             "a": "cm" + C.rs(rng, C.LALNUM, 23)}, separators=(",", ":")).encode())
    return "sk." + mid + "." + C.rs(rng, C.B64URL, 22)


def _sentry_org(rng):
    body = {"iat": round(1740000000 + rng.random() * 3e7, 6), "url": "https://sentry.io",
            "region_url": "https://de.sentry.io", "org": rng.choice(["hillcrest-wines", "ridgeback-estate"])}
    b = base64.b64encode(json.dumps(body, separators=(",", ":")).encode()).decode().rstrip("=")
    return "sntrys_" + b + "_" + C.rs(rng, C.B64STD, 43)


def _grafana_glc(rng):
    body = {"o": str(rng.randint(100000, 999999)), "n": "stack-" + str(rng.randint(100000, 999999)) + "-cellar-metrics",
            "k": C.rs(rng, C.ALNUM, 24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + base64.b64encode(json.dumps(body, separators=(",", ":")).encode()).decode()


def _discord_webhook(rng):
    return ("https://discord.com/api/webhooks/" + str(rng.randint(10 ** 18, 10 ** 19 - 1)) + "/"
            + C.rs(rng, C.B64URL, 68))


def _teams_webhook(rng):
    return ("https://hillcrestwines.webhook.office.com/webhookb2/" + C.uuid4(rng) + "@" + C.uuid4(rng)
            + "/IncomingWebhook/" + C.rs(rng, C.HEXL, 32) + "/" + C.uuid4(rng))


def _pw(rng):
    return C.password(rng)


U4 = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
J = r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+"
SPECIAL = {
    "PW": (_pw, C.PW_WIDE_RE.pattern[1:-1], "owner-chosen password"),
    "HA_JWT": (_ha_jwt, J, "real HS256 JWT (base64url JSON, `iss` 32 hex, ten-year `exp`)"),
    "SUPA_JWT": (_supabase_jwt, J, "real HS256 JWT whose payload says `role: service_role`"),
    "LEMON_JWT": (_lemon_jwt, J, "RS256-shaped JWT (real base64url JSON, random 256-byte signature)"),
    "ML_JWT": (_mailerlite_jwt, J, "RS256-shaped JWT (real base64url JSON, random 256-byte signature)"),
    "MAPBOX_SK": (_mapbox_sk, r"sk\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22}",
                  "`sk.` + base64url JSON `{u, a}` + `.` + 22 base64url"),
    "SENTRY_ORG": (_sentry_org, r"sntrys_eyJpYXQiO[A-Za-z0-9+/]+_[A-Za-z0-9+/]{43}",
                   "`sntrys_` + standard Base64 of real JSON (`iat`, `url`, `region_url`, `org`) + `_` + 43 Base64 characters"),
    "GRAFANA_GLC": (_grafana_glc, r"glc_eyJ[A-Za-z0-9+/]+={0,2}",
                    "`glc_` + standard Base64 of real JSON (`o`, `n`, `k`, `m.r`)"),
    "DISCORD_WH": (_discord_webhook, r"https://discord\.com/api/webhooks/[0-9]{19}/[A-Za-z0-9_-]{68}",
                   "whole URL `https://discord.com/api/webhooks/` + 19 digits + `/` + 68 base64url (the URL is the credential)"),
    "TEAMS_WH": (_teams_webhook, r"https://hillcrestwines\.webhook\.office\.com/webhookb2/" + U4 + "@" + U4
                 + r"/IncomingWebhook/[0-9a-f]{32}/" + U4,
                 "whole URL `https://<tenant>.webhook.office.com/webhookb2/` + UUID@UUID + `/IncomingWebhook/` + 32 hex + `/` + UUID (the URL is the credential)"),
}

# (type, spec, neighbour(label, spec) or None, category)
# categories: read (gitleaks rule read this session), believed, guessed, owner
V = [
    # -- trade bodies, fine-wine market and portals (owner-chosen passwords)
    ("wsta_member_area_password", ["PW"], ("wsta member email", ["MAIL"]), "owner"),
    ("wine_australia_exporter_portal_password", ["PW"], ("exporter licence number", [("dig", 6)]), "owner"),
    ("cellartracker_account_password", ["PW"], ("cellartracker handle", ["HANDLE"]), "owner"),
    ("liv_ex_trading_account_password", ["PW"], ("liv ex member id", ["LX", ("dig", 5)]), "owner"),
    ("decanter_awards_entrant_password", ["PW"], ("entrant email", ["MAIL"]), "owner"),
    ("vinexpo_exhibitor_portal_password", ["PW"], ("exhibitor id", ["EXH-", ("dig", 6)]), "owner"),
    # -- winery software, weather, IoT (mostly guessed)
    ("vintrace_api_token", [("an", 40)], None, "guessed"),
    ("innovint_api_key", [("hex", 64)], None, "guessed"),
    ("vinsight_api_key", ["UUID"], None, "guessed"),
    ("winedirect_api_secret", [("an", 32)], ("winedirect client id", ["UUID"]), "guessed"),
    ("commerce7_app_secret", [("an", 64)], ("commerce7 tenant", ["TENANT"]), "guessed"),
    ("exploretock_partner_api_key", [("b64u", 40)], None, "guessed"),
    ("cellarpass_api_key", [("hex", 32)], None, "guessed"),
    ("vinoshipper_api_secret", [("an", 48)], ("vinoshipper api key id", [("dig", 5)]), "guessed"),
    ("shipcompliant_api_password", [("an", 16)], ("shipcompliant username", ["MAIL"]), "guessed"),
    ("ekos_api_key", [("hex", 32)], None, "guessed"),
    ("wine_searcher_api_key", [("lan", 32)], None, "guessed"),
    ("vivino_merchant_api_token", [("b64u", 40)], None, "guessed"),
    ("davis_weatherlink_api_secret", [("lan", 32)], ("weatherlink api key", [("lan", 32)]), "believed"),
    ("tomorrow_io_api_key", [("an", 32)], None, "believed"),
    ("meteomatics_api_password", [("an", 10)], ("meteomatics username", ["HANDLE"]), "guessed"),
    ("planet_labs_api_key", ["PLAK", ("hex", 32)], None, "guessed"),
    ("sentinel_hub_client_secret", [("an", 40)], ("sentinel hub client id", ["UUID"]), "guessed"),
    ("agworld_api_token", [("hex", 40)], None, "guessed"),
    ("semios_api_token", [("an", 64)], None, "guessed"),
    ("the_things_stack_api_key", ["NNSXS.", ("uan", 39), ".", ("uan", 52)], None, "believed"),
    ("ubidots_account_token", ["BBUS-", ("an", 30)], None, "believed"),
    ("blynk_device_auth_token", [("b64u", 32)], None, "believed"),
    ("particle_access_token", [("hex", 40)], None, "believed"),
    ("adafruit_io_key", ["aio_", ("an", 28)], None, "believed"),
    ("thingspeak_write_api_key", [("uan", 16)], None, "believed"),
    ("cisco_meraki_dashboard_api_key", [("hex", 40)], None, "read"),
    ("ifttt_webhooks_key", [("b64u", 22)], None, "believed"),
    ("home_assistant_long_lived_token", ["HA_JWT"], None, "believed"),
    # -- commerce, payments, tax, shipping
    ("stripe_restricted_live_key", ["rk_live_51", ("an", 97)], None, "read"),
    ("stripe_webhook_signing_secret", ["whsec_", ("an", 32)], None, "believed"),
    ("square_production_access_token", ["EAAA", ("b64u", 60)], None, "read"),
    ("paypal_rest_client_secret", ["E", ("b64u", 79)], ("paypal client id", ["A", ("b64u", 79)]), "guessed"),
    ("woocommerce_consumer_secret", ["cs_", ("hex", 40)], ("woocommerce consumer key", ["ck_", ("hex", 40)]), "believed"),
    ("shopify_private_app_password", ["shppa_", ("hex", 32)], ("shopify shop domain", ["SHOPDOM"]), "read"),
    ("shopify_app_shared_secret", ["shpss_", ("hex", 32)], ("shopify api key", [("hex", 32)]), "read"),
    ("mollie_live_api_key", ["live_", ("an", 30)], None, "believed"),
    ("authorize_net_transaction_key", [("an", 16)], ("authorize net api login id", [("an", 10)]), "believed"),
    ("paddle_live_api_key", ["pdl_live_apikey_01", ("uan", 24), "_", ("an", 24), "_", ("an", 3)], None, "guessed"),
    ("lemon_squeezy_api_key", ["LEMON_JWT"], None, "believed"),
    ("avalara_avatax_license_key", [("HEX", 16)], ("avatax account id", [("dig", 10)]), "believed"),
    ("taxjar_api_token", [("hex", 32)], None, "believed"),
    ("easypost_production_api_key", ["EZAK", ("an", 54)], None, "read"),
    ("shippo_live_api_token", ["shippo_live_", ("hex", 40)], None, "read"),
    ("fedex_api_client_secret", [("hex", 32)], ("fedex client id", ["l7", ("hex", 30)]), "guessed"),
    ("ups_oauth_client_secret", [("an", 64)], ("ups client id", [("an", 48)]), "guessed"),
    ("xero_webhook_signing_key", [("b64", 86), "=="], None, "guessed"),
    ("toast_api_client_secret", [("b64u", 64)], ("toast client id", [("an", 32)]), "guessed"),
    ("plaid_secret_key", [("lan", 30)], ("plaid client id", [("hex", 24)]), "read"),
    ("lob_live_api_key", ["live_", ("hex", 35)], None, "read"),
    # -- messaging, e-mail, notifications
    ("sendgrid_api_key", ["SG.", ("b64u", 22), ".", ("b64u", 43)], None, "read"),
    ("twilio_api_key_secret", [("an", 32)], ("twilio api key sid", ["SK", ("hex", 32)]), "believed"),
    ("mailjet_api_secret_key", [("hex", 32)], ("mailjet api key", [("hex", 32)]), "believed"),
    ("postmark_server_api_token", ["UUID"], None, "believed"),
    ("sparkpost_api_key", [("hex", 40)], None, "believed"),
    ("vonage_api_secret", [("an", 16)], ("vonage api key", [("hex", 8)]), "believed"),
    ("plivo_auth_token", [("an", 40)], ("plivo auth id", ["MA", ("uan", 18)]), "believed"),
    ("slack_app_signing_secret", [("hex", 32)], None, "believed"),
    ("slack_user_oauth_token", ["xoxp-", ("dig", 12), "-", ("dig", 13), "-", ("dig", 13), "-", ("hex", 32)], None, "read"),
    ("slack_app_level_token", ["xapp-1-A", ("uan", 10), "-", ("dig", 13), "-", ("hex", 64)], None, "read"),
    ("discord_channel_webhook_url", ["DISCORD_WH"], None, "believed"),
    ("microsoft_teams_incoming_webhook_url", ["TEAMS_WH"], None, "read"),
    ("whatsapp_cloud_api_access_token", ["EAAG", ("an", 180)], ("whatsapp phone number id", [("dig", 15)]), "believed"),
    ("ntfy_access_token", ["tk_", ("lan", 29)], None, "believed"),
    ("gotify_application_token", ["A", ("b64u", 14)], None, "believed"),
    ("mailerlite_api_token", ["ML_JWT"], None, "believed"),
    ("customer_io_app_api_key", [("hex", 32)], None, "guessed"),
    ("clicksend_api_key", ["UUIDU"], ("clicksend username", ["MAIL"]), "guessed"),
    # -- AI services
    ("openai_admin_api_key", ["sk-admin-", ("b64u", 74), "T3BlbkFJ", ("b64u", 74)], None, "believed"),
    ("anthropic_admin_api_key", ["sk-ant-admin01-", ("b64u", 93), "AA"], None, "read"),
    ("mistral_api_key", [("an", 32)], None, "believed"),
    ("cohere_api_key", [("an", 40)], None, "read"),
    ("xai_grok_api_key", ["xai-", ("an", 80)], None, "believed"),
    ("openrouter_api_key", ["sk-or-v1-", ("hex", 64)], None, "believed"),
    ("elevenlabs_api_key", ["sk_", ("hex", 48)], None, "believed"),
    ("assemblyai_api_key", [("hex", 32)], None, "believed"),
    ("deepgram_api_key", [("hex", 40)], None, "believed"),
    ("langfuse_secret_key", ["sk-lf-", "UUID"], ("langfuse public key", ["pk-lf-", "UUID"]), "believed"),
    ("roboflow_api_key", [("an", 20)], None, "believed"),
    ("deepl_api_auth_key", ["UUID", ":fx"], None, "believed"),
    ("azure_openai_api_key", [("hex", 32)], ("azure openai endpoint", ["AOAI"]), "believed"),
    ("mapbox_secret_access_token", ["MAPBOX_SK"], None, "believed"),
    ("maxmind_license_key", [("an", 6), "_", ("an", 29), "_mmk"], ("maxmind account id", [("dig", 7)]), "read"),
    # -- developer and ops services
    ("github_app_installation_token", ["ghs_", ("an", 36)], None, "read"),
    ("gitlab_runner_authentication_token", ["glrt-", ("b64u", 20)], None, "read"),
    ("gitlab_pipeline_trigger_token", ["glptt-", ("hex", 40)], None, "read"),
    ("atlassian_api_token", ["ATATT3xFfGF0", ("b64u", 170), "=", ("HEX", 8)], ("atlassian account email", ["MAIL"]), "believed"),
    ("docker_hub_personal_access_token", ["dckr_pat_", ("b64u", 27)], ("docker hub username", ["HANDLE"]), "believed"),
    ("pypi_upload_token", ["pypi-AgEIcHlwaS5vcmc", ("b64u", 140)], None, "read"),
    ("rubygems_api_key", ["rubygems_", ("hex", 48)], None, "read"),
    ("terraform_cloud_user_token", [("lan", 14), ".atlasv1.", ("an", 67)], None, "read"),
    ("hashicorp_vault_service_token", ["hvs.", ("b64u", 91)], None, "read"),
    ("doppler_personal_token", ["dp.pt.", ("an", 43)], None, "read"),
    ("netlify_personal_access_token", ["nfp_", ("an", 36)], None, "believed"),
    ("supabase_service_role_key", ["SUPA_JWT"], None, "believed"),
    ("azure_ad_client_secret", [("an", 3), ("dig", 1), "Q~", ("an", 34)], ("azure app client id", ["UUID"]), "read"),
    ("cloudflare_global_api_key", [("hex", 37)], ("cloudflare account email", ["MAIL"]), "read"),
    ("cloudflare_origin_ca_key", ["v1.0-", ("hex", 24), "-", ("hex", 146)], None, "read"),
    ("grafana_service_account_token", ["glsa_", ("an", 32), "_", ("hex", 8)], None, "read"),
    ("grafana_cloud_access_policy_token", ["GRAFANA_GLC"], None, "read"),
    ("new_relic_user_api_key", ["NRAK-", ("uan", 27)], None, "read"),
    ("sentry_org_auth_token", ["SENTRY_ORG"], None, "read"),
    ("dynatrace_api_token", ["dt0c01.", ("uan", 24), ".", ("uan", 64)], None, "read"),
    ("linear_api_key", ["lin_api_", ("an", 40)], None, "read"),
    ("postman_api_key", ["PMAK-", ("hex", 24), "-", ("hex", 34)], None, "read"),
    ("figma_personal_access_token", ["figd_", ("b64u", 40)], None, "believed"),
    ("tailscale_auth_key", ["tskey-auth-k", ("an", 11), "CNTRL-", ("an", 33)], None, "believed"),
    ("databricks_personal_access_token", ["dapi", ("hex", 32)], None, "read"),
    ("okta_api_token", ["00", ("b64u", 40)], ("okta org url", ["OKTA"]), "read"),
    ("auth0_client_secret", [("b64u", 64)], ("auth0 client id", [("an", 32)]), "believed"),
    ("clerk_secret_key", ["sk_live_", ("an", 42)], None, "believed"),
    ("opsgenie_api_key", ["UUID"], None, "believed"),
    ("prefect_cloud_api_key", ["pnu_", ("an", 36)], None, "read"),
    ("fastly_api_token", [("b64u", 32)], None, "read"),
    ("launchdarkly_server_sdk_key", ["sdk-", "UUID"], None, "believed"),
]

SET_ASIDE = [
    ("frameio_developer_token", "film / video tools are not central to a winery"),
    ("asana_personal_access_token", "shape believed but task tools already covered by Linear"),
    ("pagerduty_rest_api_key", "shape guessed; alerting covered by Opsgenie and ntfy"),
    ("lightspeed_retail_api_key", "shape unknown; tills covered by Square and Toast"),
    ("ngrok_authtoken", "shape only half remembered; tunnels covered by Tailscale"),
    ("huggingface_org_api_token", "AI model hosting covered by other keys; shape only believed"),
    ("deepseek_api_key", "`sk-` + 32 hex is close to other `sk-` keys already kept"),
    ("cerebras_api_key", "inference APIs already covered by Mistral, Cohere, xAI and OpenRouter"),
    ("llamacloud_api_key", "document parsing is not central to a winery"),
    ("gitlab_feed_token", "GitLab already covered by runner and pipeline-trigger tokens"),
    ("github_refresh_token", "GitHub already covered by the installation token"),
    ("octopus_deploy_api_key", "deployment tooling covered by Terraform Cloud and the GitHub / GitLab pipelines"),
    ("harness_platform_api_key", "CI/CD platform not typical for a winery"),
    ("scalingo_api_token", "hosting covered by Netlify and Supabase"),
    ("readme_api_key", "API-docs hosting not typical for a winery"),
    ("clickhouse_cloud_api_secret", "analytics database not typical for a winery"),
]


STYLES = [
    ("winery_app_dotenv_file", "upper"),
    ("winery_ops_compose_environment_map", "upper"),
    ("winery_ops_heroku_config_set_history", "upper"),
    ("winery_ops_gh_secret_set_history", "upper"),
    ("cellar_app_django_settings_constant", "upper"),
    ("cellar_app_ruby_env_fetch_default", "upper"),
    ("club_shop_typescript_config_object", "camel"),
    ("club_shop_java_application_properties", "dot"),
    ("club_shop_csharp_appsettings_json", "pascal"),
    ("vineyard_api_go_struct_literal", "pascal"),
    ("winery_ops_terraform_variable_default", "snake"),
    ("winery_ops_aws_ssm_put_parameter_history", "snake"),
    ("cellar_team_slack_dm_paste", "spaced"),
    ("winery_owner_text_to_contractor", "spaced"),
    ("winery_bitwarden_csv_export", "title"),
    ("cellar_app_php_define_constant", "upper"),
]


def type_words(t):
    return t.split("_")


def gen_part(part, rng):
    if isinstance(part, tuple):
        return C.rs(rng, part[0], part[1])
    if part in SPECIAL:
        return SPECIAL[part][0](rng)
    if part == "UUID":
        return C.uuid4(rng)
    if part == "UUIDU":
        return C.uuid4(rng).upper()
    if part == "MAIL":
        return rng.choice(["accounts", "office", "cellar", "claire", "tom.b", "exports"]) + "@" + rng.choice(
            ["hillcrest-wines.example", "saltcreek-vineyard.example", "ridgeback-estate.example"])
    if part == "HANDLE":
        return rng.choice(["saltcreek", "ridgeback", "hillcrest", "bellwether"]) + rng.choice(["_cellar", "wines", "_estate"]) + str(rng.randint(1, 99))
    if part == "TENANT":
        return rng.choice(["hillcrest-wines", "saltcreek-vineyard", "ridgeback-estate"])
    if part == "SHOPDOM":
        return rng.choice(["hillcrest-wines", "saltcreek-cellar", "ridgeback-club"]) + ".myshopify.com"
    if part == "AOAI":
        return "https://" + rng.choice(["cellar-ai", "winery-oai"]) + str(rng.randint(1, 9)) + ".openai.azure.com/"
    if part == "OKTA":
        return "https://" + rng.choice(["hillcrest", "ridgeback"]) + ".okta.com"
    return part  # literal


def part_regex(part):
    if isinstance(part, tuple):
        return f"{C.ALPH_RE[part[0]]}{{{part[1]}}}"
    if part in SPECIAL:
        return SPECIAL[part][1]
    if part == "UUID":
        return U4
    if part == "UUIDU":
        return U4.replace("a-f", "A-F").replace("[89ab]", "[89AB]")
    return re.escape(part)


def part_desc(part):
    if isinstance(part, tuple):
        return f"{part[1]} {C.ALPH_DESC[part[0]]}"
    if part in SPECIAL:
        return SPECIAL[part][2]
    if part == "UUID":
        return "UUIDv4"
    if part == "UUIDU":
        return "upper-case UUIDv4"
    return f"`{part}`"


def spec_regex(spec):
    return "^" + "".join(part_regex(p) for p in spec) + "$"


def spec_desc(spec):
    return " + ".join(part_desc(p) for p in spec)


def frame_problem(tname, value):
    """Structure checks beyond the regex."""
    if tname == "sentry_org_auth_token":
        b = value[len("sntrys_"):].rsplit("_", 1)[0]
        try:
            d = json.loads(base64.b64decode(b + "=" * (-len(b) % 4)))
            assert {"iat", "url", "region_url", "org"} <= set(d)
        except Exception:
            return "sentry org token body is not Base64 JSON"
    if tname == "grafana_cloud_access_policy_token":
        try:
            d = json.loads(base64.b64decode(value[4:]))
            assert {"o", "n", "k", "m"} <= set(d)
        except Exception:
            return "glc_ body is not Base64 JSON"
    if tname == "mapbox_secret_access_token":
        try:
            d = json.loads(C.b64u_dec(value.split(".")[1]))
            assert {"u", "a"} <= set(d)
        except Exception:
            return "mapbox middle part is not base64url JSON"
    if value.startswith("eyJ"):
        p = C.jwt_problem(value)
        if p:
            return p
    if tname == "supabase_service_role_key":
        if json.loads(C.b64u_dec(value.split(".")[1])).get("role") != "service_role":
            return "supabase payload role"
    return None


def render(style, key, val, nk, nv, tname, rng):
    """Returns template text with MARK and the neighbour filled in."""
    M = C.MARK
    words = tname.split("_")
    vendor = words[0].capitalize()
    if style == "winery_app_dotenv_file":
        n = f"{nk}={nv}\n" if nk else ""
        return f"# .env.production - club shop\nAPP_ENV=production\n{n}{key}={M}\nLOG_LEVEL=warn\n"
    if style == "winery_ops_compose_environment_map":
        n = f"      {nk}: \"{nv}\"\n" if nk else ""
        return f"services:\n  cellar-api:\n    image: registry.hillcrest-wines.example/cellar-api:3.1\n    environment:\n      TZ: Australia/Adelaide\n{n}      {key}: \"{M}\"\n"
    if style == "winery_ops_heroku_config_set_history":
        n = f"{nk}={nv} " if nk else ""
        return f"$ heroku config:set {n}{key}={M} -a cellar-door-shop\nSetting config vars and restarting cellar-door-shop... done, v{rng.randint(20, 300)}\n"
    if style == "winery_ops_gh_secret_set_history":
        n = f"$ gh variable set {nk} --body \"{nv}\" -R hillcrest/club-shop\n" if nk else ""
        return f"{n}$ gh secret set {key} --body \"{M}\" -R hillcrest/club-shop\n\u2713 Set Actions secret {key} for hillcrest/club-shop\n"
    if style == "cellar_app_django_settings_constant":
        n = f"{nk} = \"{nv}\"\n" if nk else ""
        return f"# settings/vendors.py\n{n}{key} = \"{M}\"\nVENDOR_TIMEOUT = 15\n"
    if style == "cellar_app_ruby_env_fetch_default":
        n = f"  config.x.vendors.{nk.lower()} = ENV.fetch(\"{nk}\", \"{nv}\")\n" if nk else ""
        return f"Rails.application.configure do\n{n}  config.x.vendors.{key.lower()} = ENV.fetch(\"{key}\", \"{M}\")\nend\n"
    if style == "club_shop_typescript_config_object":
        n = f"  {nk}: '{nv}',\n" if nk else ""
        return f"export const vendors = {{\n{n}  {key}: '{M}',\n  timeoutMs: 15000,\n}} as const;\n"
    if style == "club_shop_java_application_properties":
        n = f"winery.{nk}={nv}\n" if nk else ""
        return f"spring.application.name=club-shop\n{n}winery.{key}={M}\n"
    if style == "club_shop_csharp_appsettings_json":
        n = f"    \"{nk}\": \"{nv}\",\n" if nk else ""
        return f"{{\n  \"Vendors\": {{\n{n}    \"{key}\": \"{M}\"\n  }},\n  \"AllowedHosts\": \"*\"\n}}\n"
    if style == "vineyard_api_go_struct_literal":
        n = f"\t{nk}: \"{nv}\",\n" if nk else ""
        return f"var vendorCfg = VendorConfig{{\n{n}\t{key}: \"{M}\",\n\tTimeout: 15 * time.Second,\n}}\n"
    if style == "winery_ops_terraform_variable_default":
        n = f"variable \"{nk}\" {{\n  type    = string\n  default = \"{nv}\"\n}}\n\n" if nk else ""
        return f"{n}variable \"{key}\" {{\n  type      = string\n  sensitive = true\n  default   = \"{M}\"\n}}\n"
    if style == "winery_ops_aws_ssm_put_parameter_history":
        n = f"$ aws ssm put-parameter --name /winery/prod/{nk} --type String --value '{nv}' --overwrite\n" if nk else ""
        return f"{n}$ aws ssm put-parameter --name /winery/prod/{key} --type SecureString --value '{M}' --overwrite\n{{\n    \"Version\": {rng.randint(1, 9)},\n    \"Tier\": \"Standard\"\n}}\n"
    if style == "cellar_team_slack_dm_paste":
        n = f"{nk} is {nv} and the " if nk else "the "
        return f"hey, for the {vendor} hookup on the club shop: {n}{key} is {M} - can you drop it into the staging config? thx\n"
    if style == "winery_owner_text_to_contractor":
        n = f"{nk}: {nv}\n" if nk else ""
        return f"Hi Tom, here is what you asked for so you can finish the {vendor} integration before vintage.\n{n}{key}: {M}\nCheers, Claire\n"
    if style == "winery_bitwarden_csv_export":
        user = nv if nk else "api"
        return ("folder,favorite,type,name,notes,fields,reprompt,login_uri,login_username,login_password,login_totp\n"
                f"Winery,,login,{key},,,0,https://{words[0]}.example,{user},{M},\n")
    if style == "cellar_app_php_define_constant":
        n = f"define('{nk}', '{nv}');\n" if nk else ""
        return f"<?php\n// config/vendors.php\n{n}define('{key}', '{M}');\n"
    raise KeyError(style)


def build(reg):
    rng = random.Random(SEED)
    out = []
    for i, (tname, spec, nb, cat) in enumerate(V):
        style, case = STYLES[i % len(STYLES)]
        val = reg.draw(lambda: "".join(gen_part(p, rng) for p in spec))
        nk = nv = None
        if nb:
            nv = reg.draw(lambda: "".join(gen_part(p, rng) for p in nb[1]))
            reg.public.add(nv)
            nk = C.keyname(nb[0].split(), case)
        key = C.keyname(type_words(tname), case)
        tpl = render(style, key, val, nk, nv, tname, rng)
        text, s, e = C.place(tpl, val)
        out.append((tname, f"{tname}__{style}", text, s, e))
    return out
