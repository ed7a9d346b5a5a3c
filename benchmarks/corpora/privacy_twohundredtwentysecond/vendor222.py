"""Vendor source: 120 vendor credential types used by locksmith developers."""
import base64
import json
import random
import re

from common222 import (MARK, ALPHABETS, ALPHA_DESC, owner_password, rand, rbytes, uuid4, jwt, b64u_nopad,
                       style_key, fill, positive, PW_RE)

SEED = 22202
UUID_RX = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


# ------------------------------------------------------------- shape DSL
def _cls(alpha):
    a = ALPHABETS[alpha]
    return "[" + re.escape(a).replace("\\-", "-").replace("-", "\\-") + "]"


def gen_parts(parts, rng):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(p)
        elif p[0] == "uuid":
            out.append(uuid4(rng))
        elif p[0] == "pw":
            out.append(owner_password(rng))
        elif p[0] == "custom":
            out.append(p[1](rng))
        else:
            out.append(rand(rng, p[0], p[1]))
    return "".join(out)


def regex_parts(parts):
    rx = []
    for p in parts:
        if isinstance(p, str):
            rx.append(re.escape(p))
        elif p[0] == "uuid":
            rx.append(UUID_RX)
        elif p[0] == "pw":
            rx.append(PW_RE.pattern[1:-1])
        elif p[0] == "custom":
            rx.append(p[2])
        else:
            rx.append(_cls(p[0]) + "{%d}" % p[1])
    return "^" + "".join(rx) + "$"


def desc_parts(parts):
    d = []
    for p in parts:
        if isinstance(p, str):
            d.append("`%s`" % p)
        elif p[0] == "uuid":
            d.append("UUIDv4")
        elif p[0] == "pw":
            d.append("owner-chosen password")
        elif p[0] == "custom":
            d.append(p[3])
        else:
            d.append("%d %s" % (p[1], ALPHA_DESC[p[0]]))
    return " + ".join(d)


# ------------------------------------------------------------- structured generators
def g_ses(rng):
    return base64.b64encode(b"\x04" + rbytes(rng, 32)).decode()


def g_discord(rng):
    snow = str(rng.randint(10 ** 17, 10 ** 18 - 1))
    return b64u_nopad(snow.encode()) + "." + rand(rng, "b64u", 6) + "." + rand(rng, "b64u", 38)


def g_ops(rng):
    d = {"email": "%s@%s.1password.eu" % (rand(rng, "lan", 13), rand(rng, "lan", 6)),
         "muk": {"alg": "A256GCM", "ext": True, "k": b64u_nopad(rbytes(rng, 32)), "key_ops": ["encrypt", "decrypt"],
                 "kty": "oct", "kid": "mp"},
         "secretKey": "A3-%s-%s-%s-%s-%s-%s" % (rand(rng, "uan", 6), rand(rng, "uan", 6), rand(rng, "uan", 5),
                                                 rand(rng, "uan", 5), rand(rng, "uan", 5), rand(rng, "uan", 5)),
         "srpX": rbytes(rng, 32).hex(), "signInAddress": "harbourside-locks.1password.eu",
         "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                      "salt": b64u_nopad(rbytes(rng, 16))}}
    return "ops_" + base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()


def g_cf_tunnel(rng):
    d = {"a": rbytes(rng, 16).hex(), "t": uuid4(rng), "s": base64.b64encode(rbytes(rng, 32)).decode()}
    return base64.b64encode(json.dumps(d, separators=(",", ":")).encode()).decode()


def g_hass(rng):
    iat = 1750000000 + rng.randint(0, 9000000)
    return jwt(rng, "HS256", {}, {"iss": rbytes(rng, 16).hex(), "iat": iat, "exp": iat + 315360000})


def g_intercom(rng):
    return base64.b64encode(("tok:" + uuid4(rng).replace("-", "_") + ":1:0").encode()).decode()


def g_azure_storage(rng):
    return base64.b64encode(rbytes(rng, 64)).decode()


def g_onfido_like_jwt(rng):
    iat = 1755000000 + rng.randint(0, 9000000)
    return jwt(rng, "ES256", {"kid": rand(rng, "lan", 8)}, {"iss": "https://id.vdg.example", "sub": uuid4(rng),
                                                          "iat": iat, "scope": "vehicle.read"})


def g_azure_ad(rng):
    return rand(rng, "an", 3) + rand(rng, "d", 1) + "Q~" + rand(rng, ALPHABETS["an"] + "_~.-", 34)


B64STD_RX = "[A-Za-z0-9+/]+={0,2}"
JWT_RX = "[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"

C = lambda fn, rx, d: ("custom", fn, rx, d)  # noqa: E731

# (type, confidence, parts, neighbour (label, parts) or None)
#   confidence: read = checked this session in the public gitleaks rule file,
#               believed = from background knowledge, guessed = length/alphabet only, owner = owner-chosen password
VENDORS = [
    # --- locksmith, access-control and security vendors
    ("seam_smart_lock_api_key", "guessed", ["seam_", ("an", 4), "_", ("an", 28)], None),
    ("nuki_web_api_token", "guessed", [("hex", 64)], None),
    ("igloohome_api_client_secret", "guessed", [("an", 40)], ("igloohome client id", [("lan", 24)])),
    ("tedee_personal_access_key", "guessed", [("an", 8), ".", ("an", 40)], None),
    ("salto_ks_client_secret", "guessed", [("b64u", 64)], ("salto ks client id", [("uuid",)])),
    ("kisi_api_key", "guessed", [("hex", 32)], None),
    ("paxton_net2_api_client_secret", "guessed", [("uuid",)], ("net2 client id", [("uuid",)])),
    ("avigilon_alta_api_token", "guessed", [("hex", 40)], None),
    ("latch_partner_api_key", "guessed", [("an", 48)], None),
    ("hik_connect_app_secret", "guessed", [("hex", 32)], ("hik connect app key", [("hex", 24)])),
    ("ajax_enterprise_api_key", "guessed", [("an", 32)], None),
    ("genetec_web_sdk_user_password", "owner", [("pw",)], ("genetec sdk user", [("l", 6)])),
    ("instacode_subscription_password", "owner", [("pw",)], ("instacode account email", [("l", 7)])),
    ("smart_pro_adc_account_password", "owner", [("pw",)], ("smart pro serial", [("d", 8)])),
    ("xhorse_app_account_password", "owner", [("pw",)], ("xhorse account phone", [("d", 10)])),
    ("mla_member_portal_password", "owner", [("pw",)], ("mla member number", [("d", 6)])),
    ("silca_keycode_portal_password", "owner", [("pw",)], ("silca dealer code", [("uan", 6)])),
    # --- trade job management, directories, reviews, address and vehicle data
    ("fergus_api_token", "guessed", [("an", 48)], None),
    ("commusoft_api_key", "guessed", [("hex", 40)], None),
    ("joblogic_client_secret", "guessed", [("b64u", 43)], ("joblogic client id", [("uuid",)])),
    ("bigchange_api_key", "guessed", [("uuid",)], ("bigchange contact user", [("l", 8)])),
    ("workiz_api_token", "guessed", [("an", 16)], None),
    ("checkatrade_partner_api_key", "guessed", [("an", 40)], None),
    ("trustpilot_business_api_secret", "guessed", [("an", 32)], ("trustpilot api key", [("an", 32)])),
    ("reviews_io_store_api_key", "guessed", [("hex", 32)], ("reviews io store id", [("l", 10)])),
    ("os_data_hub_project_api_key", "guessed", [("an", 32)], None),
    ("what3words_api_key", "believed", [("uan", 8)], None),
    ("dvla_vehicle_enquiry_api_key", "guessed", [("an", 40)], None),
    ("vehicle_data_global_api_key", "guessed", [("uuid",)], None),
    ("here_platform_api_key", "guessed", [("b64u", 43)], None),
    # --- commerce
    ("stripe_live_secret_key", "believed", ["sk_live_51", ("an", 97)], None),
    ("square_oauth_application_secret", "believed", ["sq0csp-", ("b64u", 43)], ("square application id", ["sq0idp-", ("b64u", 22)])),
    ("sumup_secret_api_key", "believed", ["sup_sk_", ("an", 32)], None),
    ("gocardless_live_access_token", "read", ["live_", ("b64u", 40)], None),
    ("xero_oauth_client_secret", "guessed", [("b64u", 48)], ("xero client id", [("HEX", 32)])),
    ("quickbooks_oauth_client_secret", "guessed", [("an", 40)], ("quickbooks client id", ["AB", ("an", 48)])),
    ("sage_accounting_client_secret", "guessed", [("an", 40)], ("sage client id", [("uuid",)])),
    ("checkout_com_live_secret_key", "guessed", ["sk_", ("lan", 26)], None),
    ("adyen_api_key", "guessed", ["AQE", ("b64u", 100)], None),
    ("shopify_admin_api_access_token", "read", ["shpat_", ("hex", 32)], None),
    ("bigcommerce_api_access_token", "guessed", [("lan", 31)], ("bigcommerce store hash", [("lan", 10)])),
    ("etsy_open_api_keystring", "read", [("lan", 24)], None),
    ("ebay_production_client_secret", "guessed", ["PRD-", ("hex", 12), "-", ("hex", 8), "-", ("hex", 4), "-", ("hex", 4), "-", ("hex", 4)], ("ebay app id", [("l", 6), "-", ("l", 6), "-PRD-", ("hex", 9)])),
    ("amazon_sp_api_lwa_client_secret", "believed", ["amzn1.oa2-cs.v1.", ("hex", 64)], ("lwa client id", ["amzn1.application-oa2-client.", ("hex", 32)])),
    ("royal_mail_click_and_drop_api_key", "guessed", [("uuid",)], None),
    ("shipstation_api_secret", "guessed", [("hex", 32)], ("shipstation api key", [("hex", 32)])),
    ("sendcloud_secret_key", "guessed", [("hex", 32)], ("sendcloud public key", [("hex", 32)])),
    # --- messaging
    ("twilio_account_auth_token", "believed", [("hex", 32)], ("twilio account sid", ["AC", ("hex", 32)])),
    ("messagebird_access_key", "read", [("an", 25)], None),
    ("clickatell_api_key", "guessed", [("b64u", 22)], None),
    ("telnyx_api_key", "guessed", ["KEY", ("HEX", 32), "_", ("an", 22)], None),
    ("infobip_api_key", "believed", [("hex", 32), "-", ("uuid",)], None),
    ("brevo_api_key", "read", ["xkeysib-", ("hex", 64), "-", ("an", 16)], None),
    ("mailgun_private_api_key", "read", ["key-", ("hex", 32)], None),
    ("resend_api_key", "believed", ["re_", ("an", 8), "_", ("an", 24)], None),
    ("mailchimp_marketing_api_key", "read", [("hex", 32), "-us", ("d", 2)], None),
    ("amazon_ses_smtp_password", "believed", [C(g_ses, "B[A-Za-z0-9+/]{43}", "standard Base64 of version byte 0x04 + 32 bytes (44 characters, starts `B`)")], ("ses smtp username", ["AKIA", ("uan", 16)])),
    ("slack_bot_token", "read", ["xoxb-", ("d", 13), "-", ("d", 13), "-", ("an", 24)], None),
    ("slack_incoming_webhook_url", "read", ["https://hooks.slack.com/services/T", ("uan", 10), "/B", ("uan", 10), "/", ("an", 24)], None),
    ("telegram_bot_token", "read", [("d", 10), ":AA", ("b64u", 33)], None),
    ("discord_bot_token", "believed", [C(g_discord, "[A-Za-z0-9_-]{24,26}\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{38}", "base64url of an 18-digit snowflake + `.` + 6 base64url + `.` + 38 base64url")], None),
    ("zendesk_api_token", "read", [("an", 40)], ("zendesk agent email", [("l", 6)])),
    ("freshdesk_api_key", "guessed", [("an", 20)], None),
    ("intercom_access_token", "guessed", [C(g_intercom, B64STD_RX, "standard Base64 of `tok:` + UUID with `_` + `:1:0` (starts `dG9rO`)")], None),
    ("aircall_api_token", "guessed", [("hex", 32)], ("aircall api id", [("hex", 32)])),
    ("ringcentral_client_secret", "guessed", [("b64u", 45)], ("ringcentral client id", [("b64u", 22)])),
    ("pushover_app_api_token", "believed", ["a", ("lan", 29)], ("pushover user key", ["u", ("lan", 29)])),
    # --- AI
    ("openai_project_api_key", "read", ["sk-proj-", ("b64u", 74), "T3BlbkFJ", ("b64u", 74)], None),
    ("anthropic_api_key", "read", ["sk-ant-api03-", ("b64u", 93), "AA"], None),
    ("gemini_api_key", "read", ["AIza", ("b64u", 35)], None),
    ("groq_api_key", "believed", ["gsk_", ("an", 52)], None),
    ("huggingface_access_token", "read", ["hf_", ("an", 34)], None),
    ("replicate_api_token", "believed", ["r8_", ("an", 37)], None),
    ("perplexity_api_key", "read", ["pplx-", ("an", 48)], None),
    ("together_ai_api_key", "believed", [("hex", 64)], None),
    ("fireworks_ai_api_key", "guessed", ["fw_", ("an", 24)], None),
    ("pinecone_api_key", "guessed", ["pcsk_", ("an", 5), "_", ("an", 64)], None),
    ("voyage_ai_api_key", "guessed", ["pa-", ("b64u", 43)], None),
    ("stability_ai_api_key", "believed", ["sk-", ("an", 48)], None),
    ("langsmith_api_key", "believed", ["lsv2_pt_", ("hex", 32), "_", ("hex", 10)], None),
    ("weights_and_biases_api_key", "believed", [("hex", 40)], None),
    ("tavily_api_key", "believed", ["tvly-", ("an", 32)], None),
    ("firecrawl_api_key", "believed", ["fc-", ("hex", 32)], None),
    ("speechmatics_api_key", "guessed", [("an", 32)], None),
    ("vapi_private_api_key", "guessed", [("uuid",)], None),
    ("jina_ai_api_key", "guessed", ["jina_", ("an", 60)], None),
    ("cerebras_api_key", "guessed", ["csk-", ("lan", 48)], None),
    # --- developer
    ("github_classic_pat", "read", ["ghp_", ("an", 36)], None),
    ("github_oauth_app_user_token", "read", ["gho_", ("an", 36)], None),
    ("gitlab_personal_access_token", "read", ["glpat-", ("b64u", 20)], None),
    ("gitlab_project_deploy_token", "believed", ["gldt-", ("b64u", 20)], ("gitlab deploy token username", ["gitlab+deploy-token-", ("d", 7)])),
    ("bitbucket_app_password", "believed", ["ATBB", ("an", 28), ("HEX", 8)], ("bitbucket username", [("l", 8)])),
    ("npm_access_token", "read", ["npm_", ("an", 36)], None),
    ("nuget_api_key", "believed", ["oy2", ("lan", 43)], None),
    ("heroku_api_key", "read", ["HRKU-AA", ("b64u", 58)], None),
    ("vercel_access_token", "guessed", [("an", 24)], None),
    ("render_api_key", "believed", ["rnd_", ("an", 32)], None),
    ("flyio_deploy_token", "read", ["fo1_", ("b64u", 43)], None),
    ("digitalocean_personal_access_token", "read", ["dop_v1_", ("hex", 64)], None),
    ("hetzner_cloud_api_token", "guessed", [("an", 64)], None),
    ("cloudflare_api_token", "read", [("b64u", 40)], None),
    ("cloudflare_tunnel_token", "believed", [C(g_cf_tunnel, "eyJhIjoi[A-Za-z0-9+/]+={0,2}", "standard Base64 of real JSON `{a, t, s}` (starts `eyJhIjoi`)")], None),
    ("sentry_user_auth_token", "read", ["sntryu_", ("hex", 64)], None),
    ("datadog_api_key", "believed", [("hex", 32)], None),
    ("pagerduty_rest_api_user_key", "guessed", ["u+", ("b64u", 18)], None),
    ("opsgenie_integration_api_key", "believed", [("uuid",)], None),
    ("better_stack_logs_source_token", "guessed", [("an", 24)], None),
    ("doppler_service_token", "believed", ["dp.st.prd.", ("an", 43)], None),
    ("onepassword_service_account_token", "read", [C(g_ops, "ops_eyJ[A-Za-z0-9+/]{250,}={0,3}", "`ops_` + standard Base64 of real JSON (starts `ops_eyJ`)")], None),
    ("infisical_service_token", "believed", ["st.", ("uuid",), ".", ("hex", 32), ".", ("hex", 32)], None),
    ("pulumi_access_token", "read", ["pul-", ("hex", 40)], None),
    ("snyk_api_token", "read", [("uuid",)], None),
    ("sonarcloud_user_token", "read", ["squ_", ("hex", 40)], None),
    ("codecov_upload_token", "believed", [("uuid",)], None),
    ("circleci_personal_api_token", "believed", ["CCIPAT_", ("an", 22), "_", ("hex", 40)], None),
    ("buildkite_user_access_token", "believed", ["bkua_", ("hex", 40)], None),
    ("supabase_secret_api_key", "guessed", ["sb_secret_", ("b64u", 31)], None),
    ("planetscale_database_password", "read", ["pscale_pw_", ("b64u", 43)], ("planetscale username", [("lan", 12)])),
    ("neon_api_key", "guessed", ["napi_", ("lan", 64)], None),
    ("upstash_redis_rest_token", "guessed", ["AX", ("b64u", 58)], None),
    ("mongodb_atlas_private_api_key", "believed", [("uuid",)], ("atlas public key", [("l", 8)])),
    ("algolia_write_admin_key", "read", [("hex", 32)], ("algolia application id", [("uan", 10)])),
    ("contentful_cma_personal_token", "believed", ["CFPAT-", ("b64u", 43)], None),
    ("google_oauth_client_secret", "believed", ["GOCSPX-", ("b64u", 28)], ("google client id", [("d", 12), "-", ("lan", 32), ".apps.googleusercontent.com"])),
    ("azure_ad_client_secret", "read", [C(g_azure_ad, "[A-Za-z0-9]{3}[0-9]Q~[A-Za-z0-9_~.-]{34}", "3 alphanumerics + digit + `Q~` + 34 of `[A-Za-z0-9_~.-]`")], ("azure app client id", [("uuid",)])),
    ("azure_storage_account_key", "believed", [C(g_azure_storage, "[A-Za-z0-9+/]{86}==", "standard Base64 of 64 random bytes (88 characters ending `==`)")], ("storage account name", [("l", 12)])),
    ("notion_integration_secret", "believed", ["ntn_", ("d", 11), ("an", 35)], None),
    ("airtable_personal_access_token", "read", ["pat", ("an", 14), ".", ("hex", 64)], None),
    ("hubspot_private_app_token", "believed", ["pat-eu1-", ("uuid",)], None),
    ("tailscale_api_access_token", "believed", ["tskey-api-", ("an", 10), "CNTRL-", ("an", 33)], None),
    ("zerotier_central_api_token", "guessed", [("an", 32)], None),
    ("healthchecks_io_api_key", "guessed", [("an", 32)], None),
    ("uptimerobot_main_api_key", "believed", ["u", ("d", 7), "-", ("hex", 24)], None),
    ("home_assistant_long_lived_token", "believed", [C(g_hass, JWT_RX, "real HS256 JWT `{iss, iat, exp}` (HMAC under a discarded key)")], None),
    ("keeper_secrets_manager_one_time_token", "believed", ["US:", ("b64u", 43)], None),
    ("posthog_personal_api_key", "believed", ["phx_", ("an", 43)], None),
    ("idrive_e2_secret_key", "guessed", [("an", 40)], ("e2 access key id", [("an", 20)])),
    ("vehicle_history_partner_jwt", "guessed", [C(g_onfido_like_jwt, JWT_RX, "ES256-shaped JWT (real base64url JSON, random 64-byte signature)")], None),
]

SET_ASIDE = {
    # type: reason (written down, not used)
    "vehicle_history_partner_jwt": "invented vendor with no public format; vehicle data covered by DVLA and Vehicle Data Global",
    "here_platform_api_key": "maps covered by what3words and OS Data Hub; HERE shape guessed",
    "hetzner_cloud_api_token": "bare 64 alphanumerics, hosting covered by Fly.io, Render, DigitalOcean",
    "zerotier_central_api_token": "bare 32 alphanumerics, overlay networks covered by Tailscale",
    "healthchecks_io_api_key": "bare 32 alphanumerics, uptime covered by UptimeRobot and Better Stack",
    "latch_partner_api_key": "Latch has no partner API a small locksmith would get; smart locks covered by Seam, Nuki, igloohome, Tedee",
    "checkatrade_partner_api_key": "no public partner API known; reviews covered by Trustpilot and Reviews.io",
    "clickatell_api_key": "shape guessed; SMS covered by Twilio, MessageBird, Telnyx, Infobip",
    "speechmatics_api_key": "bare 32 alphanumerics; speech covered elsewhere in earlier corpora",
    "vapi_private_api_key": "bare UUID; voice agents not typical for a locksmith shop",
    "jina_ai_api_key": "shape guessed; AI covered by 15 other providers",
    "cerebras_api_key": "shape guessed; AI covered by 15 other providers",
    "fireworks_ai_api_key": "shape guessed; AI covered by 15 other providers",
    "pagerduty_rest_api_user_key": "shape guessed; on-call covered by Opsgenie",
    "neon_api_key": "shape guessed; databases covered by PlanetScale, Supabase, MongoDB Atlas",
    "upstash_redis_rest_token": "shape guessed; databases covered by PlanetScale, Supabase, MongoDB Atlas",
    "vercel_access_token": "bare 24 alphanumerics; hosting covered by Fly.io, Render, Heroku",
    "adyen_api_key": "shape guessed; card payments covered by Stripe, Square, SumUp, Checkout.com",
}

STYLES = [
    ("lock_api_dotenv_production", "upper"),
    ("lock_compose_environment_list", "upper"),
    ("lock_ops_fly_secrets_set_history", "upper"),
    ("lock_ops_heroku_config_set_history", "upper"),
    ("locksmith_django_settings_module", "upper"),
    ("van_app_gradle_build_config_field", "upper"),
    ("dispatch_app_env_config_ts", "camel"),
    ("key_shop_laravel_config_services_php", "snake"),
    ("lock_ops_terraform_tfvars", "snake"),
    ("lock_ops_gcloud_secrets_create_history", "kebab"),
    ("workshop_teams_chat_paste", "spaced"),
    ("office_manager_outlook_note", "spaced"),
    ("lock_keepass_csv_export", "title"),
    ("dispatch_csharp_options_class", "pascal"),
    ("lock_ops_direnv_envrc", "upper"),
    ("safe_audit_micronaut_properties", "dot"),
]


def render_style(style, K, NK, NV):
    M = MARK
    nb = NK is not None
    if style == "lock_api_dotenv_production":
        return "# production - keyshop api\nAPP_ENV=production\n" + (NK + "=" + NV + "\n" if nb else "") + K + "=" + M + "\nLOG_LEVEL=warn\n"
    if style == "lock_compose_environment_list":
        return ("services:\n  api:\n    image: registry.lockshop.lan/keyshop-api:3.1\n    environment:\n"
                + ("      - " + NK + "=" + NV + "\n" if nb else "") + "      - " + K + "=" + M + "\n")
    if style == "lock_ops_fly_secrets_set_history":
        return ("$ fly secrets set " + (NK + "=" + NV + " " if nb else "") + K + "=" + M + " -a keyshop-dispatch\n"
                "Updating existing machines in 'keyshop-dispatch' with rolling strategy\n  Finished deploying\n")
    if style == "lock_ops_heroku_config_set_history":
        return ("~/src/safe-records (main) $ heroku config:set " + (NK + "=" + NV + " " if nb else "") + K + "=" + M + " --app safe-records\n"
                "Setting config vars and restarting safe-records... done, v214\n")
    if style == "locksmith_django_settings_module":
        return ("# keyshop/settings/production.py\nfrom .base import *  # noqa\n\n" + (NK + " = \"" + NV + "\"\n" if nb else "")
                + K + " = \"" + M + "\"\nSECURE_SSL_REDIRECT = True\n")
    if style == "van_app_gradle_build_config_field":
        return ("android {\n    defaultConfig {\n        applicationId \"uk.example.vanlocks\"\n"
                + ("        buildConfigField(\"String\", \"" + NK + "\", \"\\\"" + NV + "\\\"\")\n" if nb else "")
                + "        buildConfigField(\"String\", \"" + K + "\", \"\\\"" + M + "\\\"\")\n    }\n}\n")
    if style == "dispatch_app_env_config_ts":
        return ("export const env = {\n  region: 'north-west',\n" + ("  " + NK + ": '" + NV + "',\n" if nb else "")
                + "  " + K + ": '" + M + "',\n};\n")
    if style == "key_shop_laravel_config_services_php":
        return ("<?php\n\nreturn [\n    'vendor' => [\n" + ("        '" + NK + "' => '" + NV + "',\n" if nb else "")
                + "        '" + K + "' => '" + M + "',\n    ],\n];\n")
    if style == "lock_ops_terraform_tfvars":
        return "region = \"eu-west-2\"\n" + (NK + " = \"" + NV + "\"\n" if nb else "") + K + " = \"" + M + "\"\n"
    if style == "lock_ops_gcloud_secrets_create_history":
        return ((" 511  gcloud secrets create " + NK + " --data-file=- <<< '" + NV + "'\n" if nb else "")
                + " 512  printf '%s' '" + M + "' | gcloud secrets create " + K + " --data-file=-\n 513  gcloud secrets list\n")
    if style == "workshop_teams_chat_paste":
        return ("[14:02] Karen Holt: here is the " + K + " for the new integration: " + M
                + ((" (" + NK + " is " + NV + ")") if nb else "") + "\n[14:03] Dev Patel: got it, thanks\n")
    if style == "office_manager_outlook_note":
        return ("From: Karen Holt\nTo: dev@harbourside-locks.example\nSubject: login details you asked for\n\nHi,\n\n"
                + (NK + ": " + NV + "\n" if nb else "") + K + ": " + M + "\n\nKaren\n")
    if style == "lock_keepass_csv_export":
        return ("\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n\"Vendors\",\"" + K + "\",\"" + (NV if nb else "api")
                + "\",\"" + M + "\",\"\",\"" + ("username = " + NK if nb else "") + "\"\n")
    if style == "dispatch_csharp_options_class":
        return ("namespace Dispatch.Options;\n\npublic sealed class VendorOptions\n{\n"
                + ("    public string " + NK + " { get; set; } = \"" + NV + "\";\n" if nb else "")
                + "    public string " + K + " { get; set; } = \"" + M + "\";\n}\n")
    if style == "lock_ops_direnv_envrc":
        return "# .envrc\nexport REGION=north-west\n" + ("export " + NK + "='" + NV + "'\n" if nb else "") + "export " + K + "='" + M + "'\n"
    if style == "safe_audit_micronaut_properties":
        return "micronaut.application.name=safe-audit\n" + (NK + "=" + NV + "\n" if nb else "") + K + "=" + M + "\n"
    raise ValueError(style)


def used_vendors():
    return [v for v in VENDORS if v[0] not in SET_ASIDE]


def neighbour_key(label):
    return "_".join(label.split())


def make_records(registry, ids):
    rng = random.Random(SEED)
    recs = []
    vs = used_vendors()
    assert len(vs) == 120, len(vs)
    for i, (typ, conf, parts, nb) in enumerate(vs):
        style, case = STYLES[i % len(STYLES)]
        value = registry.draw(lambda: gen_parts(parts, rng))
        K = style_key(typ, case)
        NK = NV = None
        if nb:
            NK = style_key(neighbour_key(nb[0]), case)
            NV = registry.draw(lambda: gen_parts(nb[1], rng))
            if nb[0].endswith("email"):
                NV = NV + "@harbourside-locks.example"
        tpl = render_style(style, K, NK, NV)
        text, start = fill(tpl, value)
        recs.append(positive(ids(), typ, typ + "__" + style, text, start, value, "vendor"))
    return recs
