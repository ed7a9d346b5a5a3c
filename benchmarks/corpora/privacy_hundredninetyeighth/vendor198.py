"""Vendor source: 120 vendor credential types used by window-cleaning / gutter-service developers."""
import base64
import json
import random

from common198 import (SEED_VENDOR, ALNUM, B62, B64S, B64U, HEX, LOWER, UPPER, DIGITS, rs, rbytes,
                       owner_password, uuid4, jwt_hs, jwt_fake_sig, b64u_nopad, style_key, place,
                       user, host)

UHEX = "0123456789ABCDEF"
B32U = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
LALNUM = LOWER + DIGITS
UALNUM = UPPER + DIGITS


def cat(*parts):
    def g(r):
        out = []
        for p in parts:
            out.append(p if isinstance(p, str) else p(r))
        return "".join(out)
    return g


def A(n):
    return lambda r: rs(r, ALNUM, n)


def H(n):
    return lambda r: rs(r, HEX, n)


def UH(n):
    return lambda r: rs(r, UHEX, n)


def U(n):
    return lambda r: rs(r, B64U, n)


def S(n):
    return lambda r: rs(r, B64S, n)


def LA(n):
    return lambda r: rs(r, LALNUM, n)


def UA(n):
    return lambda r: rs(r, UALNUM, n)


def D(n):
    return lambda r: str(r.randint(1, 9)) + rs(r, DIGITS, n - 1)


def L(n):
    return lambda r: rs(r, LOWER + UPPER, n)


def PW(r):
    return owner_password(r)


def UUID(r):
    return uuid4(r)


def grafana_cloud(r):
    body = {"o": str(r.randint(100000, 999999)), "n": "round-metrics-%d" % r.randint(1, 99),
            "k": rs(r, ALNUM, 24), "m": {"r": "prod-gb-south-0"}}
    return "glc_" + base64.b64encode(json.dumps(body, separators=(",", ":")).encode()).decode()


def supabase_role(r):
    ref = rs(r, LOWER, 20)
    iat = 1700000000 + r.randint(0, 20000000)
    return jwt_hs(r, {"iss": "supabase", "ref": ref, "role": "service_role", "iat": iat,
                      "exp": iat + 315360000})


def home_assistant(r):
    iat = 1700000000 + r.randint(0, 20000000)
    return jwt_hs(r, {"iss": rs(r, HEX, 32), "iat": iat, "exp": iat + 315360000})


def routific(r):
    return jwt_hs(r, {"_id": rs(r, HEX, 24), "iat": 1700000000 + r.randint(0, 20000000)})


def zettle(r):
    return jwt_fake_sig(r, {"iss": "iZettle", "aud": "API", "sub": uuid4(r),
                            "scope": ["READ:PURCHASE", "READ:FINANCE"],
                            "iat": 1700000000 + r.randint(0, 20000000)}, "RS256", 256,
                        {"kid": "0"})


def metoffice(r):
    return jwt_fake_sig(r, {"sub": "rounds@brightpane.example", "iss": "https://datahub.example",
                            "subscribedAPIs": [{"name": "SiteSpecificForecast", "context": "/sitespecific/v0"}],
                            "jti": uuid4(r)}, "RS256", 256, {"x5t": rs(r, B64U, 27)})


def influx(r):
    return base64.b64encode(rbytes(r, 64)).decode()


def imagekit(r):
    return "private_" + base64.b64encode(rbytes(r, 20)).decode()


def bunny(r):
    return uuid4(r) + "-" + uuid4(r)


def clicksend(r):
    return uuid4(r).upper()


def ttn(r):
    return "NNSXS." + rs(r, B32U, 39) + "." + rs(r, B32U, 52)


def bitwarden(r):
    return "0." + uuid4(r) + "." + rs(r, ALNUM, 30) + ":" + base64.b64encode(rbytes(r, 16)).decode()


def infisical(r):
    return "st." + uuid4(r) + "." + rs(r, HEX, 32) + "." + rs(r, HEX, 32)


# (type, generator, neighbour (key words, generator) or None, shape text, confidence)
# confidence: read = prefix / layout re-read in public rule files this session; believed = from
# background knowledge; guessed = length / alphabet only; owner = owner-chosen password
V = [
    # --- round / field-service software
    ("squeegee_round_app_api_key", cat("sqg_live_", A(40)), None, "`sqg_live_` + 40 alphanumerics", "guessed"),
    ("cleaner_planner_api_token", LA(48), None, "48 lower-case alphanumerics", "guessed"),
    ("jobber_app_oauth_client_secret", H(64), (["jobber", "client", "id"], UUID), "64 lower-case hex (the UUIDv4 client id next to it is public)", "guessed"),
    ("servicem8_addon_api_key", cat("smk-", H(6), "-", LA(34)), None, "`smk-` + 6 hex + `-` + 34 lower-case alphanumerics", "guessed"),
    ("housecall_pro_api_key", H(32), None, "32 lower-case hex", "guessed"),
    ("tradify_integration_token", A(48), None, "48 alphanumerics", "guessed"),
    ("workiz_api_secret", cat("sec_", A(32)), None, "`sec_` + 32 alphanumerics", "guessed"),
    ("gorilladesk_api_token", A(40), None, "40 alphanumerics", "guessed"),
    ("fieldpulse_api_key", A(40), None, "40 alphanumerics", "guessed"),
    ("service_autopilot_api_key", A(32), None, "32 alphanumerics", "guessed"),
    # --- payments, direct debit, accounting, banking
    ("gocardless_live_access_token", cat("live_", U(40)), None, "`live_` + 40 characters of `[A-Za-z0-9_-]`", "read"),
    ("gocardless_webhook_endpoint_secret", A(40), None, "40 alphanumerics", "guessed"),
    ("stripe_live_secret_key", cat("sk_live_51", A(97)), None, "`sk_live_51` + 97 alphanumerics", "read"),
    ("stripe_webhook_endpoint_secret", cat("whsec_", A(32)), None, "`whsec_` + 32 alphanumerics", "believed"),
    ("sumup_merchant_api_key", cat("sup_sk_", A(32)), None, "`sup_sk_` + 32 alphanumerics", "believed"),
    ("zettle_api_key_assertion", zettle, (["zettle", "client", "id"], UUID), "RS256-shaped JWT (real base64url JSON, 256 random signature bytes); the UUIDv4 client id next to it is public", "guessed"),
    ("xero_oauth_client_secret", U(48), (["xero", "client", "id"], UH(32)), "48 base64url (the 32 upper-hex client id next to it is public)", "believed"),
    ("quickbooks_online_client_secret", A(40), (["qbo", "client", "id"], cat("AB", A(48))), "40 alphanumerics (the `AB` + 48 client id next to it is public)", "believed"),
    ("freeagent_oauth_client_secret", U(22), (["freeagent", "identifier"], U(22)), "22 base64url (the 22-character OAuth identifier next to it is public)", "guessed"),
    ("sage_accounting_client_secret", cat(A(20), "+", A(10)), (["sage", "client", "id"], cat(UUID, "/", UUID)), "31 characters with a `+` (the client id, two UUIDv4s joined by `/`, next to it is public)", "guessed"),
    ("wise_business_api_token", UUID, None, "UUIDv4", "believed"),
    ("starling_bank_personal_access_token", A(64), None, "64 alphanumerics", "guessed"),
    ("truelayer_client_secret", UUID, (["truelayer", "client", "id"], cat("brightpane-", LA(6))), "UUIDv4 (the `brightpane-…` client id next to it is public)", "guessed"),
    # --- tank telemetry, IoT, fleet tracking
    ("particle_cloud_access_token", H(40), None, "40 lower-case hex", "believed"),
    ("blynk_device_auth_token", cat(U(32)), None, "32 base64url", "believed"),
    ("thingsboard_device_access_token", A(20), None, "20 alphanumerics", "believed"),
    ("the_things_stack_api_key", ttn, None, "`NNSXS.` + 39 upper-case Base32 + `.` + 52 upper-case Base32", "believed"),
    ("hologram_sim_api_key", A(30), None, "30 alphanumerics", "guessed"),
    ("soracom_auth_key_secret", cat("secret-", A(64)), (["soracom", "auth", "key", "id"], cat("keyId-", A(32))), "`secret-` + 64 alphanumerics (the `keyId-` id next to it is public)", "guessed"),
    ("adafruit_io_key", cat("aio_", A(28)), None, "`aio_` + 28 alphanumerics", "read"),
    ("ubidots_account_token", cat("BBFF-", A(30)), None, "`BBFF-` + 30 alphanumerics", "believed"),
    ("balena_cloud_api_key", A(32), None, "32 alphanumerics", "guessed"),
    ("samsara_fleet_api_token", cat("samsara_api_", A(30)), None, "`samsara_api_` + 30 alphanumerics", "believed"),
    ("geotab_mygeotab_password", PW, (["geotab", "user"], lambda r: user(r) + "@brightpane.example"), "owner-chosen password (the MyGeotab user e-mail next to it is public)", "owner"),
    ("webfleet_connect_account_password", PW, (["webfleet", "account"], lambda r: "brightpane-" + rs(r, DIGITS, 4)), "owner-chosen password (the Webfleet account name next to it is public)", "owner"),
    ("quartix_tracking_api_password", PW, (["quartix", "customer", "id"], D(6)), "owner-chosen password (the Quartix customer id next to it is public)", "owner"),
    ("teltonika_rms_account_password", PW, (["rms", "user"], lambda r: user(r) + "@brightpane.example"), "owner-chosen password of the van router fleet portal (the user e-mail next to it is public)", "owner"),
    ("arduino_iot_cloud_client_secret", A(64), (["arduino", "client", "id"], A(32)), "64 alphanumerics (the 32-character client id next to it is public)", "guessed"),
    ("influxdb_cloud_api_token", influx, None, "standard Base64 of 64 bytes (88 characters ending `==`)", "believed"),
    ("grafana_cloud_access_policy_token", grafana_cloud, None, "`glc_` + standard Base64 of JSON (`o`, `n`, `k`, `m`)", "read"),
    # --- before / after photos and storage
    ("imagekit_private_api_key", imagekit, None, "`private_` + standard Base64 of 20 bytes (28 characters)", "believed"),
    ("uploadcare_secret_key", H(20), (["uploadcare", "public", "key"], H(20)), "20 lower-case hex (the 20-hex public key next to it is public)", "believed"),
    ("filestack_app_secret", UA(26), None, "26 upper-case alphanumerics", "guessed"),
    ("companycam_api_token", U(43), None, "43 base64url", "guessed"),
    ("wasabi_secret_access_key", S(40), (["wasabi", "access", "key"], UA(20)), "40 standard-Base64-alphabet characters (the 20-character access key next to it is the identifier)", "believed"),
    ("cloudflare_r2_secret_access_key", H(64), (["r2", "access", "key", "id"], H(32)), "64 lower-case hex (the 32-hex access key id next to it is the identifier)", "believed"),
    ("digitalocean_spaces_secret_key", S(43), (["spaces", "access", "key"], cat("DO00", UA(16))), "43 standard-Base64-alphabet characters (the `DO00` access key next to it is the identifier)", "believed"),
    ("bunny_net_account_api_key", bunny, None, "two UUIDv4s joined by `-`", "guessed"),
    # --- maps, routing, weather
    ("google_maps_server_api_key", cat("AIza", U(35)), None, "`AIza` + 35 base64url (server-side, unrestricted key)", "read"),
    ("here_platform_api_key", U(43), None, "43 base64url", "guessed"),
    ("tomtom_routing_api_key", A(32), None, "32 alphanumerics", "guessed"),
    ("routific_api_token", routific, None, "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", "guessed"),
    ("optimoroute_api_key", A(32), None, "32 alphanumerics", "guessed"),
    ("route4me_api_key", UH(32), None, "32 upper-case hex", "guessed"),
    ("geoapify_api_key", H(32), None, "32 lower-case hex", "believed"),
    ("openrouteservice_api_key", cat("5b3ce3597851110001cf6248", H(32)), None, "`5b3ce3597851110001cf6248` + 32 lower-case hex", "believed"),
    ("what3words_api_key", UA(8), None, "8 upper-case alphanumerics", "believed"),
    ("esri_arcgis_api_key", cat("AAPK", U(100)), None, "`AAPK` + 100 base64url", "believed"),
    ("maptiler_cloud_api_key", A(20), None, "20 alphanumerics", "believed"),
    ("stadia_maps_api_key", UUID, None, "UUIDv4", "believed"),
    ("openweathermap_api_key", H(32), None, "32 lower-case hex", "believed"),
    ("tomorrow_io_api_key", A(32), None, "32 alphanumerics", "believed"),
    ("met_office_datahub_api_key", metoffice, None, "RS256-shaped JWT (real base64url JSON, 256 random signature bytes)", "guessed"),
    # --- SMS, messaging, e-mail
    ("clicksend_api_key", clicksend, (["clicksend", "username"], lambda r: user(r) + "@brightpane.example"), "upper-case UUIDv4 (the username next to it is public)", "believed"),
    ("textlocal_api_key", S(48), None, "48 standard-Base64-alphabet characters", "guessed"),
    ("messagebird_live_access_key", A(25), None, "25 alphanumerics", "read"),
    ("sinch_sms_rest_api_token", H(32), (["sinch", "service", "plan", "id"], H(32)), "32 lower-case hex (the 32-hex service plan id next to it is public)", "believed"),
    ("firetext_api_key", A(40), None, "40 alphanumerics", "guessed"),
    ("bulksms_token_secret", UH(32), (["bulksms", "token", "id"], UH(32)), "32 upper-case hex (the token id of the same shape next to it is public)", "guessed"),
    ("smsglobal_api_secret", H(32), (["smsglobal", "api", "key"], H(32)), "32 lower-case hex (the API key of the same shape next to it is the identifier)", "guessed"),
    ("brevo_smtp_api_key", cat("xkeysib-", H(64), "-", A(16)), None, "`xkeysib-` + 64 hex + `-` + 16 alphanumerics", "read"),
    ("twilio_account_auth_token", H(32), (["twilio", "account", "sid"], cat("AC", H(32))), "32 lower-case hex (the `AC` account SID next to it is the identifier)", "believed"),
    ("telegram_bot_api_token", cat(D(10), ":AA", U(33)), None, "10 digits + `:AA` + 33 base64url", "read"),
    ("pushover_application_token", cat("a", LA(29)), None, "`a` + 29 lower-case alphanumerics", "believed"),
    ("mailgun_private_api_key", cat("key-", H(32)), None, "`key-` + 32 lower-case hex", "read"),
    ("resend_email_api_key", cat("re_", A(8), "_", A(24)), None, "`re_` + 8 + `_` + 24 alphanumerics", "believed"),
    ("mailchimp_marketing_api_key", cat(H(32), "-us", lambda r: str(r.randint(10, 21))), None, "32 lower-case hex + `-us` + two-digit data-centre number", "read"),
    ("mailersend_api_token", cat("mlsn.", H(64)), None, "`mlsn.` + 64 lower-case hex", "believed"),
    ("ntfy_access_token", cat("tk_", LA(29)), None, "`tk_` + 29 lower-case alphanumerics", "believed"),
    ("meta_messenger_page_access_token", cat("EAAM", A(180)), None, "`EAAM` + 180 alphanumerics", "read"),
    # --- reviews, CRM, support
    ("trustpilot_business_api_secret", A(16), (["trustpilot", "api", "key"], A(32)), "16 alphanumerics (the 32-character API key next to it is the identifier)", "guessed"),
    ("google_business_profile_client_secret", cat("GOCSPX-", U(28)), (["google", "client", "id"], cat(D(12), "-", LA(32), ".apps.googleusercontent.com")), "`GOCSPX-` + 28 base64url (the client id next to it is public)", "believed"),
    ("checkatrade_partner_api_key", A(40), None, "40 alphanumerics", "guessed"),
    ("hubspot_private_app_access_token", cat("pat-eu1-", UUID), None, "`pat-eu1-` + UUIDv4", "believed"),
    ("zoho_crm_oauth_client_secret", H(42), (["zoho", "client", "id"], cat("1000.", UA(30))), "42 lower-case hex (the `1000.` client id next to it is public)", "believed"),
    ("zendesk_support_api_token", A(40), (["zendesk", "email"], lambda r: user(r) + "@brightpane.example/token"), "40 alphanumerics (the `email/token` user next to it is public)", "read"),
    # --- AI
    ("openai_project_api_key", cat("sk-proj-", U(74), "T3BlbkFJ", U(74)), None, "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url", "read"),
    ("anthropic_workspace_api_key", cat("sk-ant-api03-", U(93), "AA"), None, "`sk-ant-api03-` + 93 base64url + `AA`", "read"),
    ("google_gemini_api_key", cat("AIza", U(35)), None, "`AIza` + 35 base64url (same shape as the Maps key)", "read"),
    ("groq_cloud_api_key", cat("gsk_", A(52)), None, "`gsk_` + 52 alphanumerics", "believed"),
    ("replicate_api_token", cat("r8_", A(37)), None, "`r8_` + 37 alphanumerics", "believed"),
    ("huggingface_user_access_token", cat("hf_", L(34)), None, "`hf_` + 34 letters", "read"),
    ("perplexity_api_key", cat("pplx-", A(48)), None, "`pplx-` + 48 alphanumerics", "read"),
    ("roboflow_private_api_key", A(20), None, "20 alphanumerics", "guessed"),
    ("together_ai_api_key", cat("tgp_v1_", U(43)), None, "`tgp_v1_` + 43 base64url", "guessed"),
    ("stability_ai_api_key", cat("sk-", A(48)), None, "`sk-` + 48 alphanumerics", "believed"),
    ("voyage_ai_api_key", cat("pa-", U(43)), None, "`pa-` + 43 base64url", "believed"),
    ("pinecone_api_key", cat("pcsk_", A(5), "_", A(63)), None, "`pcsk_` + 5 + `_` + 63 alphanumerics", "believed"),
    ("speechmatics_api_key", A(32), None, "32 alphanumerics", "guessed"),
    # --- developer and ops
    ("github_classic_personal_access_token", cat("ghp_", A(36)), None, "`ghp_` + 36 alphanumerics", "read"),
    ("github_oauth_app_client_secret", H(40), (["github", "client", "id"], cat("Ov23li", A(14))), "40 lower-case hex (the `Ov23li` client id next to it is public)", "believed"),
    ("gitlab_project_access_token", cat("glpat-", U(20)), None, "`glpat-` + 20 base64url", "read"),
    ("bitbucket_app_password", cat("ATBB", A(32)), (["bitbucket", "username"], lambda r: user(r).replace(".", "_")), "`ATBB` + 32 alphanumerics (the username next to it is public)", "believed"),
    ("expo_personal_access_token", U(40), None, "40 base64url", "guessed"),
    ("codemagic_api_token", U(43), None, "43 base64url", "guessed"),
    ("fastlane_match_encryption_password", PW, None, "owner-chosen passphrase of the fastlane match certificate repository", "owner"),
    ("supabase_service_role_jwt", supabase_role, None, "HS256 JWT with `role` `service_role` (real base64url JSON, real HMAC under a discarded key)", "believed"),
    ("render_api_key", cat("rnd_", A(32)), None, "`rnd_` + 32 alphanumerics", "believed"),
    ("railway_team_token", UUID, None, "UUIDv4", "believed"),
    ("fly_io_org_token", cat("fo1_", U(43)), None, "`fo1_` + 43 base64url", "read"),
    ("heroku_platform_api_key", cat("HRKU-AA", U(58)), None, "`HRKU-AA` + 58 base64url", "read"),
    ("vercel_access_token", A(24), None, "24 alphanumerics", "believed"),
    ("digitalocean_personal_access_token", cat("dop_v1_", H(64)), None, "`dop_v1_` + 64 lower-case hex", "read"),
    ("hetzner_cloud_api_token", A(64), None, "64 alphanumerics", "believed"),
    ("linode_personal_access_token", H(64), None, "64 lower-case hex", "believed"),
    ("scaleway_secret_key", UUID, (["scw", "access", "key"], cat("SCW", UA(17))), "UUIDv4 (the `SCW` access key next to it is the identifier)", "believed"),
    ("datadog_api_key", H(32), None, "32 lower-case hex", "believed"),
    ("datadog_application_key", H(40), None, "40 lower-case hex", "believed"),
    ("honeycomb_ingest_api_key", cat("hcaik_", LA(58)), None, "`hcaik_` + 58 lower-case alphanumerics", "believed"),
    ("rollbar_post_server_item_token", H(32), None, "32 lower-case hex", "believed"),
    ("uptimerobot_main_api_key", cat("u", D(7), "-", H(24)), None, "`u` + 7 digits + `-` + 24 lower-case hex", "believed"),
    ("cloudflare_scoped_api_token", U(40), None, "40 base64url", "read"),
    ("aws_sns_publisher_secret_access_key", S(40), (["aws", "access", "key", "id"], cat("AKIA", lambda r: rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))), "40 standard-Base64-alphabet characters (the `AKIA` id next to it is the identifier)", "read"),
    ("infisical_service_token", infisical, None, "`st.` + UUIDv4 + `.` + 32 hex + `.` + 32 hex", "guessed"),
    ("bitwarden_sm_access_token", bitwarden, None, "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + Base64 of 16 bytes", "guessed"),
    ("posthog_personal_api_token", cat("phx_", A(47)), None, "`phx_` + 47 alphanumerics", "believed"),
    ("airtable_personal_access_token", cat("pat", A(14), ".", H(64)), None, "`pat` + 14 alphanumerics + `.` + 64 lower-case hex", "read"),
    ("notion_internal_integration_secret", cat("ntn_", D(11), A(35)), None, "`ntn_` + 11 digits + 35 alphanumerics", "read"),
    ("zapier_catch_hook_url", cat("https://hooks.zapier.com/hooks/catch/", D(8), "/", LA(6), "/"), None, "whole `hooks.zapier.com/hooks/catch/<8 digits>/<6>/` URL (the URL is the credential)", "believed"),
    ("slack_incoming_webhook_url", cat("https://hooks.slack.com/services/T", UA(10), "/B", UA(10), "/", A(24)), None, "whole `hooks.slack.com/services/T…/B…/<24>` URL (the URL is the credential)", "read"),
    ("slack_bot_user_token", cat("xoxb-", D(13), "-", D(13), "-", A(24)), None, "`xoxb-` + 13 digits + `-` + 13 digits + `-` + 24 alphanumerics", "read"),
    ("home_assistant_long_lived_token", home_assistant, None, "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", "believed"),
    ("shopify_admin_api_access_token", cat("shpat_", H(32)), None, "`shpat_` + 32 lower-case hex", "read"),
    ("sentry_user_auth_token", cat("sntryu_", H(64)), None, "`sntryu_` + 64 lower-case hex", "read"),
    ("mongodb_atlas_api_private_key", UUID, (["atlas", "public", "key"], LA(8)), "UUIDv4 (the 8-character public key next to it is the identifier)", "believed"),
    ("tailscale_oauth_client_secret", cat("tskey-client-", A(17), "-", A(33)), None, "`tskey-client-` + 17 + `-` + 33 alphanumerics", "believed"),
]

# style -> (key case style, renderer)
STYLES = ["dotenv_file", "compose_service_env", "k8s_secret_manifest", "python_settings_module",
          "typescript_config_object", "gh_secret_set_history", "toml_section", "php_config_array",
          "go_config_literal", "ruby_initializer_block", "tfvars_file", "teams_chat_paste",
          "appsettings_json", "ini_section", "powershell_env_script", "java_properties_file",
          "json_config_file", "yaml_config_block"]

CASE = {"dotenv_file": "upper", "compose_service_env": "upper", "k8s_secret_manifest": "upper",
        "python_settings_module": "upper", "typescript_config_object": "camel",
        "gh_secret_set_history": "upper", "toml_section": "snake", "php_config_array": "snake",
        "go_config_literal": "pascal", "ruby_initializer_block": "snake", "tfvars_file": "snake",
        "teams_chat_paste": "spaced", "appsettings_json": "pascal", "ini_section": "snake",
        "powershell_env_script": "upper", "java_properties_file": "dot",
        "json_config_file": "camel", "yaml_config_block": "snake"}


TAIL = {"fieldpulse_api_key", "service_autopilot_api_key", "gorilladesk_api_token", "hologram_sim_api_key",
        "balena_cloud_api_key", "filestack_app_secret", "checkatrade_partner_api_key", "firetext_api_key",
        "speechmatics_api_key", "optimoroute_api_key", "codemagic_api_token", "expo_personal_access_token",
        "bunny_net_account_api_key", "datadog_application_key", "tradify_integration_token",
        "here_platform_api_key"}
KEPT = [v for v in V if v[0] not in TAIL]


def vendor_label(tname):
    return tname.split("_")[0]


def render(style, kw, nbkw, nbval, svc):
    """Return a template with <<V>> for the secret; nb line optional."""
    k = style_key(kw, CASE[style])
    nk = style_key(nbkw, CASE[style]) if nbkw else None
    if style == "dotenv_file":
        nb = "%s=%s\n" % (nk, nbval) if nk else ""
        return "# %s integration\nAPP_ENV=production\n%s%s=<<V>>\n" % (svc, nb, k)
    if style == "compose_service_env":
        nb = "      %s: \"%s\"\n" % (nk, nbval) if nk else ""
        return "services:\n  rounds-api:\n    image: ghcr.io/brightpane/rounds-api:2.14\n    environment:\n      TZ: Europe/London\n%s      %s: \"<<V>>\"\n" % (nb, k)
    if style == "k8s_secret_manifest":
        nb = "  %s: \"%s\"\n" % (nk, nbval) if nk else ""
        return "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s-credentials\n  namespace: rounds\ntype: Opaque\nstringData:\n%s  %s: \"<<V>>\"\n" % (svc, nb, k)
    if style == "python_settings_module":
        nb = "%s = \"%s\"\n" % (nk, nbval) if nk else ""
        return "# settings/integrations.py\nROUND_LENGTH_WEEKS = 4\n%s%s = \"<<V>>\"\n" % (nb, k)
    if style == "typescript_config_object":
        nb = "    %s: '%s',\n" % (nk, nbval) if nk else ""
        return "export const %s = {\n    enabled: true,\n%s    %s: '<<V>>',\n};\n" % (svc.replace("-", ""), nb, k)
    if style == "gh_secret_set_history":
        nb = "  301  gh variable set %s --body '%s' --repo brightpane/rounds\n" % (nk, nbval) if nk else ""
        return "  300  cd ~/src/rounds\n%s  302  gh secret set %s --body '<<V>>' --repo brightpane/rounds\n  303  gh workflow run deploy.yml\n" % (nb, k)
    if style == "toml_section":
        nb = "%s = \"%s\"\n" % (nk, nbval) if nk else ""
        return "[%s]\nenabled = true\n%s%s = \"<<V>>\"\ntimeout_s = 20\n" % (svc.replace("-", "_"), nb, k)
    if style == "php_config_array":
        nb = "        '%s' => '%s',\n" % (nk, nbval) if nk else ""
        return "<?php\n\nreturn [\n    '%s' => [\n%s        '%s' => '<<V>>',\n    ],\n];\n" % (svc, nb, k)
    if style == "go_config_literal":
        nb = "\t%s: \"%s\",\n" % (nk, nbval) if nk else ""
        return "var integration = Config{\n\tName: \"%s\",\n%s\t%s: \"<<V>>\",\n}\n" % (svc, nb, k)
    if style == "ruby_initializer_block":
        nb = "  c.%s = '%s'\n" % (nk, nbval) if nk else ""
        return "# config/initializers/%s.rb\nIntegrations.configure(:%s) do |c|\n%s  c.%s = '<<V>>'\nend\n" % (svc.replace("-", "_"), svc.replace("-", "_"), nb, k)
    if style == "tfvars_file":
        nb = "%s = \"%s\"\n" % (nk, nbval) if nk else ""
        return "region = \"eu-west-2\"\n%s%s = \"<<V>>\"\n" % (nb, k)
    if style == "teams_chat_paste":
        nb = "the %s is %s and " % (nk, nbval) if nk else ""
        return "[09:12] Dev (rounds): for the %s setup, %sthe %s is <<V>> - delete this message after\n[09:13] Ops: copied, thanks\n" % (svc, nb, k)
    if style == "appsettings_json":
        nb = "    \"%s\": \"%s\",\n" % (nk, nbval) if nk else ""
        return "{\n  \"Integrations\": {\n%s    \"%s\": \"<<V>>\"\n  }\n}\n" % (nb, k)
    if style == "ini_section":
        nb = "%s = %s\n" % (nk, nbval) if nk else ""
        return "[%s]\n%s%s = <<V>>\n" % (svc, nb, k)
    if style == "powershell_env_script":
        nb = "$env:%s = \"%s\"\n" % (nk, nbval) if nk else ""
        return "# set-env.ps1 (dev box)\n%s$env:%s = \"<<V>>\"\ndotnet run --project Rounds.Api\n" % (nb, k)
    if style == "java_properties_file":
        nb = "%s=%s\n" % (nk, nbval) if nk else ""
        return "# application-prod.properties\nserver.port=8080\n%s%s=<<V>>\n" % (nb, k)
    if style == "json_config_file":
        nb = "  \"%s\": \"%s\",\n" % (nk, nbval) if nk else ""
        return "{\n  \"service\": \"%s\",\n%s  \"%s\": \"<<V>>\"\n}\n" % (svc, nb, k)
    if style == "yaml_config_block":
        nb = "  %s: %s\n" % (nk, nbval) if nk else ""
        return "%s:\n  enabled: true\n%s  %s: <<V>>\n" % (svc.replace("-", "_"), nb, k)
    raise ValueError(style)


def build(registry):
    r = random.Random(SEED_VENDOR)
    styles = []
    while len(styles) < len(KEPT):
        block = STYLES[:]
        r.shuffle(block)
        styles += block
    records = []
    for (tname, gen, nb, _shape, _conf), style in zip(KEPT, styles):
        value = registry.draw(gen, r)
        nbkw, nbval = (nb[0], nb[1](r)) if nb else (None, None)
        kw = tname.split("_")
        tpl = render(style, kw, nbkw, nbval, vendor_label(tname))
        text, s, e = place(tpl, value, {})
        records.append({"type": tname, "container": tname + "__" + style, "text": text,
                        "secrets": [{"value": value, "start": s, "end": e, "type": tname}],
                        "source": "vendor"})
    return records
