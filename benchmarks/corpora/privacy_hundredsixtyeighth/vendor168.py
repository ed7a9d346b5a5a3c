"""Vendor source: real vendors' credential types used by tattoo / piercing studio developers."""
import random
import string

from common168 import (ALNUM, B64URL, HEX, LOWER_ALNUM, MARK, UPPER_ALNUM, b64,
                       b64url_nopad, bech32_encode, ctx, github_token, jwt_hs256,
                       jwt_rs256_shape, owner_password, place, rbytes, rhex, rs, uuid4)

SEED = 16802

U = string.ascii_uppercase
L = string.ascii_lowercase
D = string.digits


def _openai(r, kind):
    a = rs(r, r.randint(58, 74), B64URL)
    return kind + a + "T3BlbkFJ" + rs(r, len(a), B64URL)


def _wp_app_password(r):
    return " ".join(rs(r, 4) for _ in range(6))


def _discord_bot(r):
    uid = str(r.randint(10 ** 17, 10 ** 18 - 1))
    return b64url_nopad(uid.encode()) + "." + rs(r, 6, B64URL) + "." + rs(r, 38, B64URL)


def _slack_hook(r):
    return ("https://hooks.slack.com/services/T" + rs(r, 10, UPPER_ALNUM) + "/B"
            + rs(r, 10, UPPER_ALNUM) + "/" + rs(r, 24))


def _supabase_service(r):
    ref = rs(r, 20, L)
    iat = 1700000000 + r.randint(0, 30000000)
    return jwt_hs256(r, {"iss": "supabase", "ref": ref, "role": "service_role",
                         "iat": iat, "exp": iat + 315360000})


def _atlassian(r):
    return "ATATT3xFfGF0" + rs(r, 171, B64URL) + "=" + rs(r, 8, "0123456789ABCDEF")


def _bitwarden_sm(r):
    return "0." + uuid4(r) + "." + rs(r, 30) + ":" + b64(rbytes(r, 16))


# (type, shape description, how sure, generator)  how sure: read / known / guessed
CANDIDATES = [
    # --- booking, studio POS, commerce
    ("square_production_access_token", "`EAAA` + 60 [A-Za-z0-9_-]", "read", lambda r: "EAAA" + rs(r, 60, B64URL)),
    ("square_oauth_application_secret", "`sq0csp-` + 43 [A-Za-z0-9_-]", "read", lambda r: "sq0csp-" + rs(r, 43, B64URL)),
    ("square_webhook_signature_key", "22 base64url characters", "guessed", lambda r: rs(r, 22, B64URL)),
    ("shopify_admin_api_access_token", "`shpat_` + 32 hex", "read", lambda r: "shpat_" + rhex(r, 32)),
    ("shopify_app_shared_secret", "`shpss_` + 32 hex", "read", lambda r: "shpss_" + rhex(r, 32)),
    ("shopify_custom_app_access_token", "`shpca_` + 32 hex", "read", lambda r: "shpca_" + rhex(r, 32)),
    ("woocommerce_rest_consumer_secret", "`cs_` + 40 hex", "known", lambda r: "cs_" + rhex(r, 40)),
    ("braintree_production_access_token", "`access_token$production$` + 16 + `$` + 32 hex", "known",
     lambda r: "access_token$production$" + rs(r, 16, LOWER_ALNUM) + "$" + rhex(r, 32)),
    ("clover_merchant_api_token", "UUIDv4", "guessed", lambda r: uuid4(r)),
    ("toast_partner_client_secret", "64 [A-Za-z0-9_-]", "guessed", lambda r: rs(r, 64, B64URL)),
    ("lightspeed_retail_personal_token", "`lsxs_pt_` + 32 alphanumerics (prefix guessed)", "guessed", lambda r: "lsxs_pt_" + rs(r, 32)),
    ("zettle_api_key_assertion", "RS256-shaped JWT (base64url JSON header and payload)", "guessed",
     lambda r: jwt_rs256_shape(r, {"iss": "zettle", "sub": uuid4(r), "scope": "READ:PURCHASE READ:FINANCE"})),
    ("vagaro_business_api_key", "32 alphanumerics", "guessed", lambda r: rs(r, 32)),
    ("fresha_partner_api_token", "48 base64url", "guessed", lambda r: rs(r, 48, B64URL)),
    ("booksy_partner_api_key", "40 hex", "guessed", lambda r: rhex(r, 40)),
    ("mindbody_developer_api_key", "32 hex", "guessed", lambda r: rhex(r, 32)),
    ("calendly_personal_access_token", "HS256 JWT with base64url JSON", "known",
     lambda r: jwt_hs256(r, {"iss": "https://auth.calendly.com", "jti": uuid4(r), "user_uuid": uuid4(r), "iat": 1730000000 + r.randint(0, 9000000)})),
    ("cal_com_api_key", "`cal_live_` + 32 hex", "known", lambda r: "cal_live_" + rhex(r, 32)),
    ("setmore_refresh_token", "43 base64url", "guessed", lambda r: rs(r, 43, B64URL)),
    ("simplybook_api_secret_key", "64 hex", "guessed", lambda r: rhex(r, 64)),
    ("tattoodo_partner_api_key", "40 alphanumerics", "guessed", lambda r: rs(r, 40)),
    ("porter_studio_api_token", "`pt_` + 40 alphanumerics (prefix invented)", "guessed", lambda r: "pt_" + rs(r, 40)),
    ("giftup_api_key", "RS256-shaped JWT", "guessed",
     lambda r: jwt_rs256_shape(r, {"company": uuid4(r), "scope": "giftcards"})),
    ("klarna_api_shared_secret", "`klarna_live_api_` + 40 base64url (guessed)", "guessed", lambda r: "klarna_live_api_" + rs(r, 40, B64URL)),
    ("afterpay_merchant_secret_key", "128 hex", "guessed", lambda r: rhex(r, 128)),
    ("affirm_private_api_key", "32 alphanumerics", "guessed", lambda r: rs(r, 32)),
    # --- consent forms, e-signature, ID verification
    ("docusign_integration_secret_key", "UUIDv4", "known", lambda r: uuid4(r)),
    ("jotform_api_key", "32 hex", "known", lambda r: rhex(r, 32)),
    ("typeform_personal_access_token", "`tfp_` + 44 + `_` + 14 (59 after the prefix)", "read",
     lambda r: "tfp_" + rs(r, 44) + "_" + rs(r, 14)),
    ("formstack_oauth_access_token", "32 hex", "guessed", lambda r: rhex(r, 32)),
    ("pandadoc_api_key", "40 hex", "guessed", lambda r: rhex(r, 40)),
    ("wufoo_api_key", "XXXX-XXXX-XXXX-XXXX upper-case alphanumerics", "known",
     lambda r: "-".join(rs(r, 4, UPPER_ALNUM) for _ in range(4))),
    ("onfido_api_token", "`api_live.` + 11 + `.` + 32 base64url", "guessed",
     lambda r: "api_live." + rs(r, 11, B64URL) + "." + rs(r, 32, B64URL)),
    ("veriff_shared_secret_key", "UUIDv4", "guessed", lambda r: uuid4(r)),
    ("persona_production_api_key", "`persona_production_` + UUIDv4", "guessed", lambda r: "persona_production_" + uuid4(r)),
    ("jumio_api_secret", "32 alphanumerics", "guessed", lambda r: rs(r, 32)),
    ("microblink_blinkid_license_key", "Base64 of 200 random bytes", "guessed", lambda r: b64(rbytes(r, 200))),
    ("adobe_acrobat_sign_integration_key", "`3AAABL` + 60 base64url", "guessed", lambda r: "3AAABL" + rs(r, 60, B64URL)),
    ("signnow_basic_authorization_token", "Base64 of `32hex:32hex` (client id : secret)", "guessed",
     lambda r: b64((rhex(r, 32) + ":" + rhex(r, 32)).encode())),
    # --- aftercare messaging, marketing, social portfolio
    ("sendgrid_api_key", "`SG.` + 22 + `.` + 43 base64url", "read", lambda r: "SG." + rs(r, 22, B64URL) + "." + rs(r, 43, B64URL)),
    ("brevo_api_key", "`xkeysib-` + 64 hex + `-` + 16 alphanumerics", "read", lambda r: "xkeysib-" + rhex(r, 64) + "-" + rs(r, 16)),
    ("mailchimp_marketing_api_key", "32 hex + `-us` + 2 digits", "read", lambda r: rhex(r, 32) + "-us%02d" % r.randint(1, 21)),
    ("mandrill_transactional_api_key", "`md-` + 22 base64url", "guessed", lambda r: "md-" + rs(r, 22, B64URL)),
    ("klaviyo_private_api_key", "`pk_` + 34 hex", "known", lambda r: "pk_" + rhex(r, 34)),
    ("messagebird_live_access_key", "25 alphanumerics", "read", lambda r: rs(r, 25)),
    ("telnyx_api_key_v2", "`KEY` + 32 upper hex + `_` + 22 alphanumerics", "known",
     lambda r: "KEY" + rhex(r, 32).upper() + "_" + rs(r, 22)),
    ("sinch_sms_api_token", "32 hex", "guessed", lambda r: rhex(r, 32)),
    ("textmagic_api_v2_key", "30 alphanumerics", "guessed", lambda r: rs(r, 30)),
    ("simpletexting_api_token", "32 hex", "guessed", lambda r: rhex(r, 32)),
    ("podium_oauth_client_secret", "64 base64url", "guessed", lambda r: rs(r, 64, B64URL)),
    ("discord_bot_token", "base64url(user id) . 6 . 38", "known", _discord_bot),
    ("slack_incoming_webhook_url", "hooks.slack.com/services/T…/B…/24", "read", _slack_hook),
    ("slack_bot_user_oauth_token", "`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24", "read",
     lambda r: "xoxb-" + rs(r, 12, D) + "-" + rs(r, 13, D) + "-" + rs(r, 24)),
    ("meta_app_secret", "32 hex", "read", lambda r: rhex(r, 32)),
    ("instagram_graph_long_lived_token", "`IGAA` + 160 alphanumerics", "guessed", lambda r: "IGAA" + rs(r, 160)),
    ("facebook_page_access_token", "`EAAG` + 180 alphanumerics", "read", lambda r: "EAAG" + rs(r, 180)),
    ("pinterest_api_access_token", "`pina_` + 96 upper alphanumerics", "guessed", lambda r: "pina_" + rs(r, 96, UPPER_ALNUM)),
    ("tiktok_business_access_token", "40 hex", "guessed", lambda r: rhex(r, 40)),
    ("line_messaging_channel_access_token", "Base64 of 129 random bytes", "guessed", lambda r: b64(rbytes(r, 129))),
    ("google_business_profile_refresh_token", "`1//0` + 99 base64url", "known", lambda r: "1//0" + rs(r, 99, B64URL)),
    # --- AI (design mock-ups, chat assistants, caption writing)
    ("openai_project_api_key", "`sk-proj-` + n + `T3BlbkFJ` + n", "read", lambda r: _openai(r, "sk-proj-")),
    ("openai_service_account_key", "`sk-svcacct-` + n + `T3BlbkFJ` + n", "known", lambda r: _openai(r, "sk-svcacct-")),
    ("groq_api_key", "`gsk_` + 52 alphanumerics", "known", lambda r: "gsk_" + rs(r, 52)),
    ("xai_api_key", "`xai-` + 80 alphanumerics", "known", lambda r: "xai-" + rs(r, 80)),
    ("perplexity_api_key", "`pplx-` + 48 alphanumerics", "read", lambda r: "pplx-" + rs(r, 48)),
    ("replicate_api_token", "`r8_` + 37 alphanumerics", "known", lambda r: "r8_" + rs(r, 37)),
    ("huggingface_user_access_token", "`hf_` + 34 letters", "read", lambda r: "hf_" + rs(r, 34, string.ascii_letters)),
    ("together_ai_api_key", "64 hex", "guessed", lambda r: rhex(r, 64)),
    ("stability_ai_api_key", "`sk-` + 48 alphanumerics", "known", lambda r: "sk-" + rs(r, 48)),
    ("leonardo_ai_api_key", "UUIDv4", "guessed", lambda r: uuid4(r)),
    ("runway_api_secret", "`key_` + 128 hex", "guessed", lambda r: "key_" + rhex(r, 128)),
    ("pinecone_api_key", "`pcsk_` + 6 + `_` + 64 alphanumerics", "guessed", lambda r: "pcsk_" + rs(r, 6) + "_" + rs(r, 64)),
    ("voyage_ai_api_key", "`pa-` + 43 base64url", "guessed", lambda r: "pa-" + rs(r, 43, B64URL)),
    ("cerebras_api_key", "`csk-` + 48 alphanumerics", "guessed", lambda r: "csk-" + rs(r, 48)),
    ("fal_ai_api_key", "UUIDv4 + `:` + 32 hex", "guessed", lambda r: uuid4(r) + ":" + rhex(r, 32)),
    # --- developer platforms and site builders
    ("github_fine_grained_pat", "`github_pat_` + 22 + `_` + 59", "read", lambda r: "github_pat_" + rs(r, 22) + "_" + rs(r, 59)),
    ("github_classic_pat", "`ghp_` + 30 + CRC-32 in 6 base62", "known", lambda r: github_token(r, "ghp_")),
    ("github_refresh_token", "`ghr_` + 30 + CRC-32 in 6 base62", "known", lambda r: github_token(r, "ghr_")),
    ("gitlab_personal_access_token", "`glpat-` + 20 [A-Za-z0-9_-]", "read", lambda r: "glpat-" + rs(r, 20, B64URL)),
    ("gitlab_feed_token", "`glft-` + 20", "known", lambda r: "glft-" + rs(r, 20, B64URL)),
    ("heroku_platform_api_key_v2", "`HRKU-AA` + 58", "read", lambda r: "HRKU-AA" + rs(r, 58, B64URL)),
    ("flyio_deploy_token", "`fm2_` + Base64 of 120 bytes (after the `FlyV1 ` scheme)", "read", lambda r: "fm2_" + b64(rbytes(r, 120))),
    ("supabase_service_role_jwt", "HS256 JWT, role service_role", "known", _supabase_service),
    ("supabase_management_access_token", "`sbp_` + 40 hex", "known", lambda r: "sbp_" + rhex(r, 40)),
    ("planetscale_database_password", "`pscale_pw_` + 43", "read", lambda r: "pscale_pw_" + rs(r, 43, B64URL)),
    ("clerk_live_secret_key", "`sk_live_` + 40 alphanumerics", "known", lambda r: "sk_live_" + rs(r, 40)),
    ("linear_personal_api_key", "`lin_api_` + 40", "read", lambda r: "lin_api_" + rs(r, 40)),
    ("notion_internal_integration_token", "`ntn_` + 11 digits + 35", "read", lambda r: "ntn_" + rs(r, 11, D) + rs(r, 35)),
    ("airtable_personal_access_token", "`pat` + 14 + `.` + 64 hex", "read", lambda r: "pat" + rs(r, 14) + "." + rhex(r, 64)),
    ("atlassian_cloud_api_token", "`ATATT3xFfGF0` + 171 + `=` + 8 upper hex", "read", _atlassian),
    ("postman_api_key", "`PMAK-` + 24 hex + `-` + 34 hex", "read", lambda r: "PMAK-" + rhex(r, 24) + "-" + rhex(r, 34)),
    ("figma_personal_access_token", "`figd_` + 40 base64url", "guessed", lambda r: "figd_" + rs(r, 40, B64URL)),
    ("contentful_management_token", "`CFPAT-` + 43 base64url", "known", lambda r: "CFPAT-" + rs(r, 43, B64URL)),
    ("sentry_user_auth_token", "`sntryu_` + 64 hex", "read", lambda r: "sntryu_" + rhex(r, 64)),
    ("webflow_site_api_token", "64 hex", "guessed", lambda r: rhex(r, 64)),
    ("ghost_admin_api_key", "24 hex + `:` + 64 hex (id:secret)", "known", lambda r: rhex(r, 24) + ":" + rhex(r, 64)),
    ("wordpress_application_password", "six space-separated groups of 4 alphanumerics", "known", _wp_app_password),
    ("algolia_admin_api_key", "32 hex", "known", lambda r: rhex(r, 32)),
    ("imagekit_private_api_key", "`private_` + 28 base64 + `=`", "guessed", lambda r: "private_" + b64(rbytes(r, 20))),
    ("uploadcare_secret_key", "20 hex", "guessed", lambda r: rhex(r, 20)),
    ("bunny_storage_zone_password", "UUIDv4 + `-` + 4 hex + `-` + 4 hex", "guessed", lambda r: uuid4(r) + "-" + rhex(r, 4) + "-" + rhex(r, 4)),
    ("backblaze_b2_application_key", "`K00` + 28 alphanumerics", "known", lambda r: "K00" + rs(r, 28)),
    ("cloudflare_r2_secret_access_key", "64 hex", "known", lambda r: rhex(r, 64)),
    ("aws_secret_access_key", "40 [A-Za-z0-9+/]", "known", lambda r: rs(r, 40, ALNUM + "+/")),
    ("digitalocean_spaces_secret_key", "43 Base64 characters", "guessed", lambda r: rs(r, 43, ALNUM + "+/")),
    # --- ops, monitoring, secrets
    ("datadog_api_key", "32 hex", "known", lambda r: rhex(r, 32)),
    ("datadog_application_key", "40 hex", "read", lambda r: rhex(r, 40)),
    ("pagerduty_rest_api_key", "`u+` + 18 base64url", "guessed", lambda r: "u+" + rs(r, 18, B64URL)),
    ("grafana_service_account_token", "`glsa_` + 32 + `_` + 8 hex", "read", lambda r: "glsa_" + rs(r, 32) + "_" + rhex(r, 8)),
    ("honeycomb_ingest_key", "`hcaik_` + 58 lower alphanumerics", "guessed", lambda r: "hcaik_" + rs(r, 58, LOWER_ALNUM)),
    ("axiom_api_token", "`xaat-` + UUIDv4", "known", lambda r: "xaat-" + uuid4(r)),
    ("cloudflare_api_token", "40 [A-Za-z0-9_-]", "read", lambda r: rs(r, 40, B64URL)),
    ("tailscale_api_access_token", "`tskey-api-` + 17 + `-` + 33", "known", lambda r: "tskey-api-" + rs(r, 17) + "-" + rs(r, 33)),
    ("terraform_cloud_user_token", "14 + `.atlasv1.` + 67", "known", lambda r: rs(r, 14) + ".atlasv1." + rs(r, 67)),
    ("pulumi_access_token", "`pul-` + 40 hex", "read", lambda r: "pul-" + rhex(r, 40)),
    ("age_secret_key", "`AGE-SECRET-KEY-1` + 58 bech32 (real checksum)", "read",
     lambda r: bech32_encode("age-secret-key-", rbytes(r, 32)).upper()),
    ("doppler_service_token", "`dp.st.prd.` + 43 alphanumerics", "known", lambda r: "dp.st.prd." + rs(r, 43)),
    ("infisical_universal_auth_client_secret", "64 hex", "guessed", lambda r: rhex(r, 64)),
    ("bitwarden_sm_access_token", "`0.` + UUIDv4 + `.` + 30 + `:` + Base64(16 bytes)", "guessed", _bitwarden_sm),
    ("posthog_personal_api_key", "`phx_` + 43 alphanumerics", "known", lambda r: "phx_" + rs(r, 43)),
    # --- conventions and ticketing
    ("eventbrite_private_oauth_token", "20 upper-case alphanumerics", "known", lambda r: rs(r, 20, UPPER_ALNUM)),
    ("ticket_tailor_api_key", "`sk_` + 4 digits + `_` + 6 digits + `_` + 32 hex", "guessed",
     lambda r: "sk_" + rs(r, 4, D) + "_" + rs(r, 6, D) + "_" + rhex(r, 32)),
    ("tito_admin_api_token", "`secret_live_` + 20 alphanumerics", "guessed", lambda r: "secret_live_" + rs(r, 20)),
    ("humanitix_api_key", "64 hex", "guessed", lambda r: rhex(r, 64)),
    ("eventeny_vendor_api_key", "40 alphanumerics", "guessed", lambda r: rs(r, 40)),
    # --- licensing, sterilisation, sensors
    ("accela_civic_app_secret", "32 hex", "guessed", lambda r: rhex(r, 32)),
    ("govos_permit_api_key", "48 alphanumerics", "guessed", lambda r: rs(r, 48)),
    ("sps_medical_spore_portal_api_key", "UUIDv4", "guessed", lambda r: uuid4(r)),
    ("tuttnauer_tconnect_api_key", "40 hex", "guessed", lambda r: rhex(r, 40)),
    ("scican_statim_portal_password", "owner-chosen password", "guessed", lambda r: owner_password(r)),
    ("sensorpush_api_password", "owner-chosen password", "guessed", lambda r: owner_password(r)),
    ("particle_cloud_access_token", "40 hex", "known", lambda r: rhex(r, 40)),
    ("blynk_device_auth_token", "32 alphanumerics", "known", lambda r: rs(r, 32, ALNUM + "_-")),
    ("thingspeak_write_api_key", "16 upper-case alphanumerics", "known", lambda r: rs(r, 16, UPPER_ALNUM)),
    ("adafruit_io_key", "`aio_` + 28 alphanumerics", "known", lambda r: "aio_" + rs(r, 28)),
    ("tuya_iot_access_secret", "32 hex", "guessed", lambda r: rhex(r, 32)),
    # --- bookkeeping, payroll, music in the studio
    ("quickbooks_oauth_client_secret", "40 alphanumerics", "guessed", lambda r: rs(r, 40)),
    ("xero_oauth_client_secret", "48 base64url", "guessed", lambda r: rs(r, 48, B64URL)),
    ("gusto_api_client_secret", "43 base64url", "guessed", lambda r: rs(r, 43, B64URL)),
    ("wise_business_api_token", "UUIDv4", "known", lambda r: uuid4(r)),
    ("spotify_client_secret", "32 hex", "known", lambda r: rhex(r, 32)),
]

STYLES = [
    ("studio_api_dotenv_local", "# .env.local\nAPP_URL=http://localhost:3000\n«K»=\"" + MARK + "\"\n"),
    ("booking_fly_secrets_set_history",
     "  612  fly status -a inkbook-api\n  613  fly secrets set «K»='" + MARK + "' -a inkbook-api\n  614  fly deploy -a inkbook-api\n"),
    ("deposit_worker_render_yaml_envvars",
     "services:\n  - type: worker\n    name: deposit-worker\n    envVars:\n      - key: «K»\n        value: \"" + MARK + "\"\n"),
    ("portfolio_netlify_toml_context_env",
     "[build]\n  command = \"npm run build\"\n\n[context.production.environment]\n  «K» = \"" + MARK + "\"\n"),
    ("consent_app_heroku_config_set_history",
     "$ heroku config:set «K»='" + MARK + "' -a consent-forms-prod\nSetting «K» and restarting ⬢ consent-forms-prod... done, v«n»\n"),
    ("studio_ops_discord_dev_channel_paste",
     "«artist» — Today at «time»\nfor the integration: «K» = " + MARK + "\nrotate it after the convention pls\n"),
    ("booking_api_python_settings_module",
     "# booking/settings_local.py\nDEBUG = False\nALLOWED_HOSTS = ['book.«artist»tattoo.example']\n«K» = \"" + MARK + "\"\n"),
    ("kiosk_nodejs_process_env_fallback",
     "// src/config.js\nexport const «k» = process.env.«K» || \"" + MARK + "\";\n"),
    ("studio_terraform_variable_default",
     "variable \"«k»\" {\n  type      = string\n  sensitive = true\n  default   = \"" + MARK + "\"\n}\n"),
    ("ticketing_aws_secretsmanager_create_history",
     "$ aws secretsmanager create-secret --name studio/«k» --secret-string '" + MARK + "' --region eu-west-1\n"),
]

N_KEEP = 120

# less central candidates, moved to the end before the first 120 are kept
DEFER = ["spotify_client_secret", "gusto_api_client_secret", "xero_oauth_client_secret",
         "quickbooks_oauth_client_secret", "wise_business_api_token", "fal_ai_api_key",
         "cerebras_api_key", "voyage_ai_api_key", "pinecone_api_key", "together_ai_api_key",
         "honeycomb_ingest_key", "infisical_universal_auth_client_secret", "runway_api_secret",
         "figma_personal_access_token", "gitlab_feed_token", "digitalocean_spaces_secret_key",
         "uploadcare_secret_key", "mandrill_transactional_api_key", "textmagic_api_v2_key",
         "affirm_private_api_key", "tiktok_business_access_token"]


def env_name(typ):
    return typ.upper()


def generate(reg, deny_names):
    from common168 import deny_hits
    rng = random.Random(SEED)
    kept, dropped = [], []
    order = [c for c in CANDIDATES if c[0] not in DEFER] + [c for c in CANDIDATES if c[0] in DEFER]
    for c in order:
        if deny_hits(c[0], deny_names):
            dropped.append(c[0])
        else:
            kept.append(c)
    used, tail = kept[:N_KEEP], kept[N_KEEP:]
    out = []
    for i, (typ, _shape, _sure, gen) in enumerate(used):
        style, tmpl = STYLES[i % len(STYLES)]
        c = ctx(rng)
        c["K"] = env_name(typ)
        c["k"] = typ
        val = reg.draw(lambda: gen(rng))
        text, s, e = place(tmpl, c, val)
        out.append(("vendor", typ, typ + "__" + style, text, s, e))
    info = {"candidates": len(CANDIDATES), "dropped": dropped, "tail": [t[0] for t in tail],
            "used": [(t[0], t[1], t[2]) for t in used]}
    return out, info
