"""Vendor source: 120 vendor credential types, each in one of 16 styles."""
import base64
import json
import random
import re

import common221 as C

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
ALPH_RE = {C.ALNUM: "[A-Za-z0-9]", C.HEX: "[0-9a-f]", C.UHEX: "[0-9A-F]", C.B64URL: "[A-Za-z0-9_-]",
           C.B64STD: "[A-Za-z0-9+/]", C.LOWALNUM: "[a-z0-9]", C.UPALNUM: "[A-Z0-9]", C.DIGITS: "[0-9]",
           C.LOWER + C.UPPER: "[A-Za-z]", B32: "[A-Z2-7]"}
LETTERS = C.LOWER + C.UPPER
UUID_RE = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
UUID_RE_U = UUID_RE.replace("a-f", "A-F")
ALPH_NAME = {C.ALNUM: "alphanumerics", C.HEX: "lower-case hex", C.UHEX: "upper-case hex", C.B64URL: "base64url",
             C.B64STD: "standard Base64", C.LOWALNUM: "lower-case alphanumerics", C.UPALNUM: "upper-case alphanumerics",
             C.DIGITS: "digits", LETTERS: "letters", B32: "Base32 (A-Z2-7)"}


def spec_gen(spec):
    def g(rng):
        return "".join(p if isinstance(p, str) else C.rs(rng, p[0], p[1]) for p in spec)
    return g


def spec_re(spec):
    return "".join(re.escape(p) if isinstance(p, str) else "%s{%d}" % (ALPH_RE[p[0]], p[1]) for p in spec)


def spec_desc(spec):
    out = []
    for p in spec:
        out.append("`%s`" % p if isinstance(p, str) else "%d %s" % (p[1], ALPH_NAME[p[0]]))
    return " + ".join(out)


def g_uuid(rng):
    return C.uuid4(rng)


def g_pw(rng):
    return C.password(rng)


def g_jwt_hs256_ha(rng):
    iat = 1767225600 + rng.randint(0, 9000000)
    return C.jwt(rng, {"typ": "JWT", "alg": "HS256"}, {"iss": C.rs(rng, C.HEX, 32), "iat": iat, "exp": iat + 315360000})


def g_jwt_chirpstack(rng):
    iat = 1767225600 + rng.randint(0, 9000000)
    return C.jwt(rng, {"alg": "HS256", "typ": "JWT"}, {"aud": "chirpstack", "iss": "chirpstack", "sub": C.uuid4(rng), "typ": "key", "iat": iat})


def g_jwt_inat(rng):
    iat = 1767225600 + rng.randint(0, 9000000)
    return C.jwt(rng, {"alg": "HS512"}, {"user_id": rng.randint(100000, 9999999), "oauth_application_id": rng.randint(100, 999), "exp": iat + 86400})


def g_jwt_turso(rng):
    iat = 1767225600 + rng.randint(0, 9000000)
    return C.jwt(rng, {"alg": "EdDSA", "typ": "JWT"}, {"a": "rw", "iat": iat, "id": C.uuid4(rng)}, 64)


def g_jwt_zettle(rng):
    iat = 1767225600 + rng.randint(0, 9000000)
    return C.jwt(rng, {"kid": "0", "typ": "JWT", "alg": "RS256"}, {"iss": "iZettle", "aud": "API", "exp": iat + 157680000, "sub": C.uuid4(rng), "iat": iat, "scope": ["READ:PURCHASE", "READ:PRODUCT", "WRITE:PRODUCT"], "client_id": C.uuid4(rng)}, 256)


def g_ops(rng):
    j = {"signInAddress": "my.1password.eu", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000, "salt": C.b64u(C.rbytes(rng, 16))},
         "email": C.rs(rng, C.LOWALNUM, 26) + "@1passwordserviceaccounts.eu", "srpX": C.rs(rng, C.HEX, 64),
         "muk": {"alg": "A256GCM", "ext": False, "k": C.b64u(C.rbytes(rng, 32)), "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
         "secretKey": "A3-" + C.rs(rng, C.UPALNUM, 6) + "-" + C.rs(rng, C.UPALNUM, 11) + "-" + C.rs(rng, C.UPALNUM, 5) + "-" + C.rs(rng, C.UPALNUM, 5) + "-" + C.rs(rng, C.UPALNUM, 5),
         "throttleSecret": {"seed": C.rs(rng, C.HEX, 64), "uuid": C.rs(rng, C.UPALNUM, 26)}, "deviceUuid": C.rs(rng, C.LOWALNUM, 26)}
    return "ops_" + base64.b64encode(json.dumps(j, separators=(",", ":")).encode()).decode()


def ok_ops(v):
    try:
        j = json.loads(base64.b64decode(v[4:]))
        return v.startswith("ops_eyJ") and "secretKey" in j
    except Exception:
        return False


def g_discord_bot(rng):
    uid = str(rng.randint(10 ** 17, 10 ** 18 - 1))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + C.rs(rng, C.B64URL, 6) + "." + C.rs(rng, C.B64URL, 38)


def ok_discord_bot(v):
    a = v.split(".")[0]
    try:
        return len(v.split(".")) == 3 and base64.b64decode(a + "=" * (-len(a) % 4)).decode().isdigit()
    except Exception:
        return False


def g_matrix(rng):
    user = rng.choice(["swarmbot", "hivealerts", "honeyhouse"])
    return "syt_" + base64.b64encode(user.encode()).decode().rstrip("=") + "_" + C.rs(rng, LETTERS, 20) + "_" + C.rs(rng, C.ALNUM, 6)


def g_ses(rng):
    return base64.b64encode(b"\x04" + C.rbytes(rng, 32)).decode()


def ok_ses(v):
    try:
        b = base64.b64decode(v, validate=True)
        return len(v) == 44 and b[0] == 4 and len(b) == 33
    except Exception:
        return False


def g_b64(n):
    def g(rng):
        return base64.b64encode(C.rbytes(rng, n)).decode()
    return g


def ok_b64(n):
    def ok(v):
        try:
            return len(base64.b64decode(v, validate=True)) == n
        except Exception:
            return False
    return ok


def g_hubspot(rng):
    return "pat-eu1-" + C.uuid4(rng)


def g_zapier(rng):
    return "https://hooks.zapier.com/hooks/catch/%d/%s/" % (rng.randint(10 ** 7, 10 ** 8 - 1), C.rs(rng, C.LOWALNUM, 7))


def g_slack_hook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (C.rs(rng, C.UPALNUM, 10), C.rs(rng, C.UPALNUM, 10), C.rs(rng, C.ALNUM, 24))


def g_telegram(rng):
    return "%d:AA%s" % (rng.randint(10 ** 9, 10 ** 10 - 1), C.rs(rng, C.B64URL, 33))


def g_slack_bot(rng):
    return "xoxb-%s-%s-%s" % (C.rs(rng, C.DIGITS, 12), C.rs(rng, C.DIGITS, 13), C.rs(rng, C.ALNUM, 24))


def g_ebay(rng):
    return "PRD-%s-%s-%s-%s-%s" % (C.rs(rng, C.HEX, 12), C.rs(rng, C.HEX, 4), C.rs(rng, C.HEX, 4), C.rs(rng, C.HEX, 4), C.rs(rng, C.HEX, 4))


A, H, UH, U, B, S64, LA, UA, D = C.ALNUM, C.HEX, C.UHEX, C.B64URL, C.B64URL, C.B64STD, C.LOWALNUM, C.UPALNUM, C.DIGITS

# name, category, spec-or-(gen, regex-or-checkfn, desc), neighbour (words, spec|gen) or None
#   category: read (gitleaks rule file read this session), believed, guessed, owner
V = [
    # --- beekeeping and hive monitoring
    ("beep_hive_monitor_api_token", "guessed", [(A, 60)], None),
    ("broodminder_cloud_api_key", "guessed", [(H, 32)], None),
    ("arnia_hive_monitor_api_key", "guessed", (g_uuid, UUID_RE, "UUIDv4"), None),
    ("hivetracks_partner_api_token", "guessed", [(A, 40)], None),
    ("apisprotect_partner_client_secret", "guessed", [(U, 48)], (["apisprotect", "client", "id"], [(LA, 24)])),
    ("pollenity_beebot_device_token", "guessed", [(UA, 24)], None),
    ("beebase_inspector_portal_password", "owner", (g_pw, "PW", "owner-chosen password"), (["beebase", "login", "email"], lambda r: "apiary%d@hivehaven.example" % r.randint(10, 99))),
    ("bbka_member_hub_password", "owner", (g_pw, "PW", "owner-chosen password"), (["bbka", "member", "number"], [(D, 6)])),
    ("national_honey_show_entry_password", "owner", (g_pw, "PW", "owner-chosen password"), (["exhibitor", "number"], lambda r: "NHS-%04d" % r.randint(1, 9999))),
    ("hikvision_apiary_camera_admin_password", "owner", (g_pw, "PW", "owner-chosen password"), (["camera", "admin", "user"], lambda r: "admin")),
    ("apimondia_congress_portal_password", "owner", (g_pw, "PW", "owner-chosen password"), (["delegate", "email"], lambda r: "delegate%d@goldcomb-honey.example" % r.randint(10, 99))),
    ("ttn_lorawan_api_key", "believed", ["NNSXS.", (B32, 39), ".", (B32, 52)], None),
    ("chirpstack_api_token", "believed", (g_jwt_chirpstack, "JWT", "real HS256 JWT with `aud` chirpstack (HMAC under a discarded key)"), None),
    ("blynk_device_auth_token", "believed", [(A, 32)], None),
    ("adafruit_io_key", "believed", ["aio_", (A, 28)], None),
    ("thingspeak_write_api_key", "believed", [(UA, 16)], None),
    ("particle_cloud_access_token", "believed", [(H, 40)], None),
    ("ubidots_account_token", "believed", ["BBFF-", (A, 30)], None),
    ("home_assistant_long_lived_token", "believed", (g_jwt_hs256_ha, "JWT", "real HS256 JWT `{iss, iat, exp}` (HMAC under a discarded key)"), None),
    ("openweathermap_api_key", "believed", [(H, 32)], None),
    ("visual_crossing_weather_key", "believed", [(UA, 25)], None),
    ("here_location_api_key", "believed", [(U, 43)], None),
    ("what3words_api_key", "believed", [(UA, 8)], None),
    ("arduino_iot_cloud_client_secret", "guessed", [(A, 64)], (["arduino", "client", "id"], [(A, 32)])),
    ("inaturalist_api_jwt", "guessed", (g_jwt_inat, "JWT", "real HS512 JWT `{user_id, oauth_application_id, exp}` (HMAC under a discarded key)"), None),
    ("met_office_datahub_api_key", "guessed", [(U, 120)], None),
    # --- commerce
    ("shopify_admin_api_access_token", "read", ["shpat_", (H, 32)], None),
    ("shopify_custom_app_token", "read", ["shpca_", (H, 32)], None),
    ("square_oauth_application_secret", "believed", ["sq0csp-", (U, 43)], (["square", "application", "id"], ["sq0idp-", (U, 22)])),
    ("sumup_secret_api_key", "guessed", ["sup_sk_", (A, 32)], None),
    ("zettle_api_key_jwt", "guessed", (g_jwt_zettle, "JWT", "RS256-shaped JWT (real base64url JSON, random 256-byte signature)"), (["zettle", "client", "id"], g_uuid)),
    ("gocardless_live_access_token", "read", ["live_", (U, 40)], None),
    ("braintree_private_key", "believed", [(H, 32)], (["braintree", "public", "key"], [(LA, 16)])),
    ("klarna_api_credential_password", "guessed", ["klarna_live_api_", (U, 56)], (["klarna", "api", "username"], lambda r: "K%d_%s" % (r.randint(100000, 999999), C.rs(r, C.HEX, 12)))),
    ("adyen_management_api_key", "guessed", ["AQE", (A, 5), "Hh", (A, 140)], None),
    ("etsy_api_keystring", "read", [(LA, 24)], None),
    ("ebay_production_cert_id", "believed", (g_ebay, "PRD-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}", "`PRD-` + 12 lower-case hex + four groups of 4 lower-case hex"), (["ebay", "app", "id"], lambda r: "Goldcomb-honeysho-PRD-%s-%s" % (C.rs(r, C.HEX, 9), C.rs(r, C.HEX, 8)))),
    ("bigcommerce_store_api_token", "guessed", [(LA, 31)], (["bigcommerce", "store", "hash"], [(LA, 10)])),
    ("squarespace_commerce_api_key", "read", (g_uuid, UUID_RE, "UUIDv4"), None),
    ("xero_oauth_client_secret", "believed", [(U, 48)], (["xero", "client", "id"], [(UH, 32)])),
    ("quickbooks_oauth_client_secret", "believed", [(A, 40)], (["quickbooks", "client", "id"], ["AB", (A, 48)])),
    ("sage_accounting_client_secret", "guessed", [(A, 20)], (["sage", "client", "id"], lambda r: "%s/%s" % (C.rs(r, C.HEX, 16), C.rs(r, C.HEX, 8)))),
    ("royal_mail_click_and_drop_api_key", "guessed", (g_uuid, UUID_RE, "UUIDv4"), None),
    ("parcel2go_client_secret", "guessed", [(A, 32)], (["parcel2go", "client", "id"], lambda r: "honeyshop%d:%s" % (r.randint(1, 9), C.rs(r, C.LOWALNUM, 8)))),
    ("shipstation_api_secret", "guessed", [(H, 32)], (["shipstation", "api", "key"], [(H, 32)])),
    ("sendcloud_secret_key", "guessed", [(H, 32)], (["sendcloud", "public", "key"], g_uuid)),
    ("stripe_live_secret_key", "believed", ["sk_live_51", (A, 97)], None),
    ("mollie_org_access_token", "believed", ["access_", (A, 40)], None),
    # --- e-mail and messaging
    ("mailchimp_marketing_api_key", "read", [(H, 32), "-us", (D, 2)], None),
    ("mailgun_sending_api_key", "read", ["key-", (H, 32)], None),
    ("sparkpost_eu_api_key", "believed", [(H, 40)], None),
    ("klaviyo_private_api_key", "believed", ["pk_", (H, 34)], None),
    ("kit_convertkit_api_secret", "guessed", [(U, 43)], None),
    ("brevo_api_v3_key", "read", ["xkeysib-", (H, 64), "-", (A, 16)], None),
    ("amazon_ses_smtp_password", "believed", (g_ses, ok_ses, "standard Base64 of a 0x04 version byte + 32 bytes (44 characters, starts with `B`)"), (["ses", "smtp", "username"], ["AKIA", (UA, 16)])),
    ("twilio_account_auth_token", "believed", [(H, 32)], (["twilio", "account", "sid"], ["AC", (H, 32)])),
    ("messagebird_live_access_key", "read", [(A, 25)], None),
    ("textmagic_rest_api_key", "guessed", [(A, 30)], (["textmagic", "username"], lambda r: "honeyhouse%d" % r.randint(1, 99))),
    ("telegram_swarm_alert_bot_token", "believed", (g_telegram, r"[0-9]{10}:AA[A-Za-z0-9_-]{33}", "10 digits + `:AA` + 33 base64url"), None),
    ("slack_bot_user_token", "read", (g_slack_bot, r"xoxb-[0-9]{12}-[0-9]{13}-[A-Za-z0-9]{24}", "`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24 alphanumerics"), None),
    ("slack_incoming_webhook_url", "read", (g_slack_hook, r"https://hooks\.slack\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}", "whole `https://hooks.slack.com/services/T…/B…/<24 alphanumerics>` URL (the URL is the credential)"), None),
    ("discord_bot_token", "believed", (g_discord_bot, ok_discord_bot, "unpadded Base64 of an 18-digit bot id + `.` + 6 base64url + `.` + 38 base64url"), None),
    ("mattermost_personal_access_token", "read", [(LA, 26)], None),
    ("pushover_application_token", "believed", ["a", (LA, 29)], (["pushover", "user", "key"], ["u", (LA, 29)])),
    ("ntfy_access_token", "believed", ["tk_", (LA, 29)], None),
    ("matrix_synapse_access_token", "believed", (g_matrix, r"syt_[A-Za-z0-9]+_[A-Za-z]{20}_[A-Za-z0-9]{6}", "`syt_` + unpadded Base64 of the user name + `_` + 20 letters + `_` + 6 alphanumerics"), None),
    ("facebook_page_access_token", "believed", ["EAAB", (A, 180)], (["facebook", "page", "id"], [(D, 15)])),
    # --- AI
    ("openai_project_api_key", "read", ["sk-proj-", (U, 74), "T3BlbkFJ", (U, 74)], None),
    ("anthropic_console_api_key", "read", ["sk-ant-api03-", (U, 93), "AA"], None),
    ("google_gemini_api_key", "believed", ["AIza", (U, 35)], None),
    ("groq_cloud_api_key", "believed", ["gsk_", (A, 52)], None),
    ("replicate_api_token", "believed", ["r8_", (A, 37)], None),
    ("together_ai_api_key", "believed", [(H, 64)], None),
    ("perplexity_sonar_api_key", "read", ["pplx-", (A, 48)], None),
    ("fireworks_ai_api_key", "guessed", ["fw_", (A, 24)], None),
    ("stability_ai_api_key", "believed", ["sk-", (A, 48)], None),
    ("pinecone_serverless_api_key", "guessed", ["pcsk_", (A, 5), "_", (A, 63)], None),
    ("langsmith_personal_api_key", "believed", ["lsv2_pt_", (H, 32), "_", (H, 10)], None),
    ("tavily_search_api_key", "believed", ["tvly-", (A, 32)], None),
    ("hugging_face_write_token", "read", ["hf_", (LETTERS, 34)], None),
    ("voyage_ai_api_key", "guessed", ["pa-", (U, 43)], None),
    ("azure_ai_vision_key", "believed", [(H, 32)], (["vision", "endpoint"], lambda r: "https://hive-frames-%d.cognitiveservices.azure.com/" % r.randint(1, 99))),
    # --- developer platforms
    ("github_classic_pat", "read", ["ghp_", (A, 36)], None),
    ("github_oauth_access_token", "read", ["gho_", (A, 36)], None),
    ("github_refresh_token", "read", ["ghr_", (A, 36)], None),
    ("gitlab_personal_access_token", "read", ["glpat-", (U, 20)], None),
    ("gitlab_deploy_token", "read", ["gldt-", (U, 20)], (["deploy", "token", "username"], lambda r: "gitlab+deploy-token-%d" % r.randint(100, 9999))),
    ("npm_automation_token", "read", ["npm_", (A, 36)], None),
    ("rubygems_push_api_key", "read", ["rubygems_", (H, 48)], None),
    ("heroku_platform_api_key", "read", ["HRKU-AA", (U, 58)], None),
    ("vercel_access_token", "believed", [(A, 24)], None),
    ("render_api_key", "believed", ["rnd_", (A, 32)], None),
    ("fly_io_org_token", "read", ["fo1_", (U, 43)], None),
    ("digitalocean_personal_access_token", "read", ["dop_v1_", (H, 64)], None),
    ("hetzner_cloud_api_token", "believed", [(A, 64)], None),
    ("linode_personal_access_token", "believed", [(H, 64)], None),
    ("scaleway_secret_key", "believed", (g_uuid, UUID_RE, "UUIDv4"), (["scaleway", "access", "key"], ["SCW", (UA, 17)])),
    ("cloudflare_api_token", "read", [(U, 40)], None),
    ("aws_s3_backup_secret_access_key", "believed", [(S64, 40)], (["aws", "access", "key", "id"], ["AKIA", (UA, 16)])),
    ("azure_storage_account_key", "believed", (g_b64(64), ok_b64(64), "standard Base64 of 64 random bytes (88 characters)"), (["storage", "account", "name"], lambda r: "hivebackups%d" % r.randint(10, 99))),
    ("doppler_personal_token", "read", ["dp.pt.", (A, 43)], None),
    ("onepassword_service_account_token", "read", (g_ops, ok_ops, "`ops_` + standard Base64 of real service-account JSON (starts `ops_eyJ`)"), None),
    ("buildkite_api_access_token", "believed", ["bkua_", (H, 40)], None),
    ("circleci_personal_api_token", "believed", ["CCIPAT_", (A, 22), "_", (H, 40)], None),
    ("snyk_api_token", "read", (g_uuid, UUID_RE, "UUIDv4"), None),
    ("sonarcloud_user_token", "read", ["squ_", (H, 40)], None),
    ("datadog_application_key", "read", [(LA, 40)], (["datadog", "site"], lambda r: "datadoghq.eu")),
    ("honeycomb_ingest_api_key", "guessed", ["hcaik_", (LA, 58)], None),
    ("better_stack_source_token", "guessed", [(A, 24)], None),
    ("uptimerobot_main_api_key", "believed", ["u", (D, 7), "-", (H, 24)], None),
    ("healthchecks_io_api_key", "guessed", [(A, 32)], None),
    ("sentry_user_auth_token", "read", ["sntryu_", (H, 64)], None),
    ("dynatrace_environment_api_token", "read", ["dt0c01.", (UA, 24), ".", (UA, 64)], None),
    ("airtable_personal_access_token", "read", ["pat", (A, 14), ".", (H, 64)], None),
    ("notion_integration_secret", "read", ["ntn_", (D, 11), (A, 35)], None),
    ("dropbox_short_lived_access_token", "read", ["sl.", (U, 135)], None),
    ("zapier_catch_hook_url", "believed", (g_zapier, r"https://hooks\.zapier\.com/hooks/catch/[0-9]{8}/[a-z0-9]{7}/", "whole `https://hooks.zapier.com/hooks/catch/<8 digits>/<7 lower-case alphanumerics>/` URL"), None),
    ("ifttt_webhooks_key", "believed", [(U, 22)], None),
    ("jotform_api_key", "believed", [(H, 32)], None),
    ("supabase_secret_api_key", "guessed", ["sb_secret_", (U, 31)], None),
    ("turso_database_auth_token", "believed", (g_jwt_turso, "JWT", "EdDSA-shaped JWT (real base64url JSON, random 64-byte signature)"), None),
    ("pulumi_access_token", "read", ["pul-", (H, 40)], None),
    ("intercom_access_token", "read", [(U, 60)], None),
    ("zendesk_api_token", "read", [(A, 40)], (["zendesk", "agent", "email"], lambda r: "agent%d@goldcomb-honey.example/token" % r.randint(1, 9))),
    ("freshdesk_api_key", "believed", [(A, 20)], None),
    ("hubspot_private_app_token", "believed", (g_hubspot, "pat-eu1-" + UUID_RE, "`pat-eu1-` + UUIDv4"), None),
    ("ticket_tailor_api_key", "guessed", ["sk_", (D, 4), "_", (A, 40)], None),
]


STYLES = [
    ("honey_shop_dotenv_staging", "upper"),
    ("apiary_compose_environment_list", "upper"),
    ("apiary_ops_fly_secrets_set_history", "upper"),
    ("apiary_ops_heroku_config_set_history", "upper"),
    ("hive_monitor_python_constants_module", "upper"),
    ("hive_scale_typescript_env_schema_ts", "camel"),
    ("queen_app_go_struct_literal", "pascal"),
    ("supply_shop_appsettings_secrets_json", "pascal"),
    ("apiary_ops_pulumi_config_set_history", "camel"),
    ("apiary_ops_terragrunt_inputs_hcl", "snake"),
    ("honey_shop_ansible_host_vars_yml", "snake"),
    ("bee_club_whatsapp_committee_paste", "spaced"),
    ("swarm_hotline_freshdesk_private_note", "spaced"),
    ("apiary_keepass_xml_export", "title"),
    ("hive_app_kotlin_buildconfig_field", "upper"),
    ("apiary_api_java_properties_file", "dot"),
]

SLOT = "\x00V\x00"


def render(style, rng, key, nb):
    """nb: list of (keyname, value) neighbours already in the style's case (0 or 1)."""
    items = list(nb) + [(key, SLOT)]
    if style == "honey_shop_dotenv_staging":
        return "# .env.staging - honey shop\nNODE_ENV=staging\n" + "\n".join("%s=%s" % kv for kv in items) + "\nSHOP_URL=https://staging.goldcomb-honey.example\n"
    if style == "apiary_compose_environment_list":
        return ("services:\n  hive-api:\n    image: ghcr.io/hivehaven/hive-api:2026.4\n    environment:\n"
                + "\n".join("      - %s=%s" % kv for kv in items) + "\n      - TZ=Europe/London\n")
    if style == "apiary_ops_fly_secrets_set_history":
        n = rng.randint(300, 900)
        out = ["  %d  fly status --app honey-shop" % n]
        for i, kv in enumerate(items):
            out.append("  %d  fly secrets set %s=%s --app honey-shop" % (n + 1 + i, kv[0], kv[1]))
        out.append("  %d  fly deploy" % (n + 1 + len(items)))
        return "\n".join(out) + "\n"
    if style == "apiary_ops_heroku_config_set_history":
        return "$ heroku login\n$ heroku config:set " + " ".join("%s=%s" % kv for kv in items) + " -a swarm-line\nSetting config vars and restarting swarm-line... done\n"
    if style == "hive_monitor_python_constants_module":
        return '"""constants.py - hive monitor"""\nPOLL_SECONDS = 600\n' + "\n".join('%s = "%s"' % kv for kv in items) + "\n"
    if style == "hive_scale_typescript_env_schema_ts":
        return ("import { z } from 'zod';\n\nexport const env = z.object({\n  region: z.string().default('lhr'),\n"
                + "\n".join("  %s: z.string().default('%s')," % kv for kv in items) + "\n}).parse(process.env);\n")
    if style == "queen_app_go_struct_literal":
        return ("package config\n\nvar Default = Config{\n\tRegion: \"uk-south\",\n"
                + "\n".join('\t%s: "%s",' % kv for kv in items) + "\n}\n")
    if style == "supply_shop_appsettings_secrets_json":
        return '{\n  "Vendors": {\n' + ",\n".join('    "%s": "%s"' % kv for kv in items) + '\n  },\n  "AllowedHosts": "*"\n}\n'
    if style == "apiary_ops_pulumi_config_set_history":
        return "\n".join("$ pulumi config set --secret apiary:%s %s" % kv for kv in items) + "\n$ pulumi up --yes\n"
    if style == "apiary_ops_terragrunt_inputs_hcl":
        return ('include "root" {\n  path = find_in_parent_folders()\n}\n\ninputs = {\n  region = "eu-west-2"\n'
                + "\n".join('  %s = "%s"' % kv for kv in items) + "\n}\n")
    if style == "honey_shop_ansible_host_vars_yml":
        return "---\n# host_vars/shop01.goldcomb-honey.example.yml\nshop_user: honeyshop\n" + "\n".join("%s: %s" % kv for kv in items) + "\n"
    if style == "bee_club_whatsapp_committee_paste":
        who = rng.choice(["Maggie", "Dewi", "Priya", "Tom"])
        lines = ["[%02d/%02d/2026, %02d:%02d] %s: for the club website handover:" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(8, 21), rng.randint(0, 59), who)]
        for k, v in items:
            lines.append("[%02d/%02d/2026, %02d:%02d] %s: %s %s" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(8, 21), rng.randint(0, 59), who, k, v))
        lines.append("[--/--/2026, --:--] Ros: got it, thanks - deleting this after")
        return "\n".join(lines) + "\n"
    if style == "swarm_hotline_freshdesk_private_note":
        return ("Private note on #%d (Swarm line integrations)\n" % rng.randint(2000, 9999)
                + "\n".join("%s: %s" % kv for kv in items) + "\nPlease rotate after the May swarm peak.\n")
    if style == "apiary_keepass_xml_export":
        title = key
        user = nb[0][1] if nb else "api"
        return ("<Entry>\n  <UUID>%s</UUID>\n  <String><Key>Title</Key><Value>%s</Value></String>\n"
                "  <String><Key>UserName</Key><Value>%s</Value></String>\n"
                "  <String><Key>Password</Key><Value ProtectInMemory=\"True\">%s</Value></String>\n"
                "  <String><Key>URL</Key><Value>https://apiary.hivehaven.lan</Value></String>\n</Entry>\n"
                % (base64.b64encode(C.rbytes(rng, 16)).decode(), title, user, SLOT))
    if style == "hive_app_kotlin_buildconfig_field":
        return ("android {\n    defaultConfig {\n        applicationId = \"uk.hivehaven.hives\"\n"
                + "\n".join('        buildConfigField("String", "%s", "\\"%s\\"")' % kv for kv in items) + "\n    }\n}\n")
    if style == "apiary_api_java_properties_file":
        return "# apiary-api.properties\nserver.port=8081\n" + "\n".join("%s=%s" % kv for kv in items) + "\n"
    raise ValueError(style)


def entry(v):
    name, cat, spec, nb = v
    if isinstance(spec, list):
        return name, cat, spec_gen(spec), re.compile("^" + spec_re(spec) + "$"), spec_desc(spec), nb
    gen, chk, desc = spec
    if chk == "PW":
        return name, cat, gen, C.PW_RE, desc, nb
    if chk == "JWT":
        return name, cat, gen, "JWT", desc, nb
    if isinstance(chk, str):
        return name, cat, gen, re.compile("^" + chk + "$"), desc, nb
    return name, cat, gen, chk, desc, nb


ENTRIES = [entry(v) for v in V]
SET_ASIDE_REASONS = {
    "apimondia_congress_portal_password": "a congress portal is a weak link to a working apiary; owner-chosen portal passwords are covered by four others",
    "what3words_api_key": "8-character key, too short to be a useful target and a weak link",
    "met_office_datahub_api_key": "shape guessed (length only vaguely remembered); weather is covered by OpenWeatherMap and Visual Crossing",
    "etsy_api_keystring": "the keystring is sent as an app identifier header and is arguably public, so it is a poor positive",
    "together_ai_api_key": "another bare 64-hex value; AI vendors are well covered",
    "fireworks_ai_api_key": "shape guessed; AI vendors are well covered",
    "better_stack_source_token": "shape guessed (bare 24 alphanumerics); monitoring is covered by Healthchecks.io, UptimeRobot, Honeycomb and Sentry",
}
KEPT = [e for e in ENTRIES if e[0] not in SET_ASIDE_REASONS]
SET_ASIDE = [e for e in ENTRIES if e[0] in SET_ASIDE_REASONS]
assert len(KEPT) == 120, len(KEPT)


def value_ok(chk, value):
    if chk == "JWT":
        return C.jwt_ok(value)
    if hasattr(chk, "match"):
        return bool(chk.match(value))
    return chk(value)


def nb_value(nbspec, rng):
    if isinstance(nbspec, list):
        return spec_gen(nbspec)(rng)
    return nbspec(rng)


def generate(reg, seed=22102):
    rng = random.Random(seed)
    recs = []
    for i, (name, cat, gen, chk, desc, nb) in enumerate(KEPT):
        sname, case = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        nbs = []
        if nb:
            nv = reg.draw(lambda: nb_value(nb[1], rng)) if not (callable(nb[1]) and nb[1](random.Random(0)) == "admin") else "admin"
            nbs.append((C.style_key(nb[0], case), nv))
        key = C.style_key(name.split("_"), case)
        text = render(sname, rng, key, nbs)
        assert text.count(SLOT) == 1
        start = text.index(SLOT)
        text = text.replace(SLOT, value)
        recs.append({"type": name, "container": name + "__" + sname, "text": text,
                     "secrets": [{"value": value, "start": start, "end": start + len(value), "type": name}],
                     "source": "vendor"})
    return recs
