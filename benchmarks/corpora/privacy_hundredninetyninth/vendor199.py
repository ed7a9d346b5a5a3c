"""Vendor source: 120 vendor credential types used by music-school, dance-studio and dojo developers."""
import random
import re
import common199 as C

SEED = 19902
ALPH = {"A": C.B62, "a": C.LOWER_ALNUM, "h": C.HEX, "H": "0123456789ABCDEF", "U": C.UPPER_ALNUM,
        "u": C.B64URL, "b": C.B64STD, "d": C.DIGITS, "L": "abcdefghijklmnopqrstuvwxyz", "M": C.LETTERS,
        "w": C.B62 + "_"}


def spec_gen(spec):
    def g(rng):
        def rep(m):
            tok = m.group(1)
            if tok == "uuid":
                return C.uuid4(rng)
            if tok == "UUID":
                return C.uuid4(rng).upper()
            k, n = tok.split(":")
            return C.rs(rng, ALPH[k], int(n))
        return re.sub(r"\{([A-Za-z]+(?::\d+)?)\}", rep, spec)
    return g


def spec_regex(spec):
    out = ""
    pos = 0
    for m in re.finditer(r"\{([A-Za-z]+(?::\d+)?)\}", spec):
        out += re.escape(spec[pos:m.start()])
        tok = m.group(1)
        if tok in ("uuid", "UUID"):
            out += "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}"
        else:
            k, n = tok.split(":")
            out += "[" + re.escape(ALPH[k]) + "]{" + n + "}"
        pos = m.end()
    out += re.escape(spec[pos:])
    return "^" + out + "$"


def pw_gen(rng):
    return C.password(rng)


def apple_musickit(rng):
    return C.jwt(rng, "ES256", {"iss": C.rs(rng, C.UPPER_ALNUM, 10), "iat": 1767225600 + rng.randrange(10 ** 6),
                                "exp": 1782777600}, {"kid": C.rs(rng, C.UPPER_ALNUM, 10)}, sig_bytes=64)


def whereby_jwt(rng):
    return C.jwt(rng, "HS256", {"iat": 1767225600 + rng.randrange(10 ** 6), "iss": "https://accounts.srv.whereby.com",
                                "sub": C.uuid4(rng), "jti": C.uuid4(rng)})


def supabase_service(rng):
    return C.jwt(rng, "HS256", {"iss": "supabase", "ref": C.rs(rng, "abcdefghijklmnopqrst", 20),
                                "role": "service_role", "iat": 1767225600, "exp": 2082758400})


def turso_jwt(rng):
    return C.jwt(rng, "EdDSA", {"a": "rw", "iat": 1767225600 + rng.randrange(10 ** 6),
                                "id": C.uuid4(rng)}, sig_bytes=64)


def hass_jwt(rng):
    return C.jwt(rng, "HS256", {"iss": C.rs(rng, C.HEX, 32), "iat": 1767225600 + rng.randrange(10 ** 6),
                                "exp": 2082585600})


def discord_bot(rng):
    uid = str(rng.randrange(10 ** 17, 10 ** 18 * 2))
    return C.b64u(uid.encode()) + "." + C.rs(rng, C.B64URL, 6) + "." + C.rs(rng, C.B64URL, 38)


def intercom_tok(rng):
    return C.b64(("tok:" + C.uuid4(rng).replace("-", "") + ":1:0").encode())


def age_secret(rng):
    return C.bech32_encode("age-secret-key-", list(C.rbytes(rng, 32))).upper()


def wireguard_key(rng):
    b = bytearray(C.rbytes(rng, 32))
    b[0] &= 248
    b[31] = (b[31] & 127) | 64
    return C.b64(bytes(b))


def esphome_key(rng):
    return C.b64(C.rbytes(rng, 32))


def mux_secret(rng):
    return C.b64(C.rbytes(rng, 56))[:75]


def slack_webhook(rng):
    return "https://hooks.slack.com/services/T" + C.rs(rng, C.UPPER_ALNUM, 10) + "/B" + C.rs(rng, C.UPPER_ALNUM, 10) + "/" + C.rs(rng, C.B62, 24)


def fly_token(rng):
    return "fm2_" + C.b64(C.rbytes(rng, 120))


def bunny_pw(rng):
    return C.uuid4(rng) + "-" + C.rs(rng, C.HEX, 4) + "-" + C.rs(rng, C.HEX, 4)


def infisical(rng):
    return "st." + C.uuid4(rng) + "." + C.rs(rng, C.HEX, 32) + "." + C.rs(rng, C.HEX, 32)


# (type, generator (spec string or callable), shape description, provenance, neighbour (label, key words, spec) or None)
V = [
    # --- music school / dance / dojo management
    ("my_music_staff_api_key", "{A:40}", "40 alphanumerics", "guessed", None),
    ("opus1_studio_api_token", "{h:64}", "64 lower-case hex", "guessed", None),
    ("teacherzone_partner_api_key", "{A:32}", "32 alphanumerics", "guessed", None),
    ("duet_partner_api_secret", "{u:48}", "48 base64url", "guessed", None),
    ("fons_integration_api_key", "{h:40}", "40 lower-case hex", "guessed", None),
    ("jackrabbit_class_org_api_key", "{uuid}", "UUIDv4 (a secret that looks like an id)", "guessed",
     ("organisation id", ["jackrabbit", "org", "id"], "{d:6}")),
    ("akada_dance_studio_api_key", "{A:32}", "32 alphanumerics", "guessed", None),
    ("dancestudio_pro_sync_password", pw_gen, "owner-chosen password", "guessed",
     ("sync user name", ["dancestudio", "pro", "user"], "office.{L:5}")),
    ("mindbody_v6_api_key", "{h:32}", "32 lower-case hex (Api-Key header)", "guessed",
     ("site id", ["mindbody", "site", "id"], "-{d:5}")),
    ("mindbody_staff_token_password", pw_gen, "owner-chosen password of the staff user that issues user tokens", "guessed",
     ("staff user name", ["mindbody", "staff", "username"], "frontdesk{d:2}")),
    ("glofox_branch_api_token", "{A:40}", "40 alphanumerics", "guessed",
     ("branch id", ["glofox", "branch", "id"], "{h:24}")),
    ("zen_planner_partner_api_key", "{h:32}", "32 lower-case hex", "guessed", None),
    ("kicksite_dojo_api_token", "{h:40}", "40 lower-case hex", "guessed", None),
    ("spark_membership_api_key", "{A:32}", "32 alphanumerics", "guessed", None),
    ("gymdesk_dojo_api_key", "{A:48}", "48 alphanumerics", "guessed", None),
    ("pushpress_integration_api_key", "{A:40}", "40 alphanumerics", "guessed", None),
    ("pike13_oauth_client_secret", "{A:40}", "40 alphanumerics", "guessed",
     ("client id", ["pike13", "client", "id"], "{A:40}")),
    ("teamup_studio_api_token", "{h:64}", "64 lower-case hex", "guessed", None),
    ("momence_host_api_token", "{A:48}", "48 alphanumerics", "guessed", None),
    ("vagaro_merchant_api_secret", "{A:32}", "32 alphanumerics", "guessed", None),
    ("bsport_studio_api_token", "{h:40}", "40 lower-case hex", "guessed", None),
    ("marianatek_api_token", "{A:30}", "30 alphanumerics", "guessed", None),
    ("punchpass_api_key", "{h:32}", "32 lower-case hex", "guessed", None),
    ("classpass_partner_api_secret", "{u:64}", "64 base64url", "guessed", None),
    ("abrsm_exam_entry_login_password", pw_gen, "owner-chosen password of the exam-entry applicant login", "guessed",
     ("applicant id", ["abrsm", "applicant", "id"], "{d:7}")),
    ("trinity_exam_entries_password", pw_gen, "owner-chosen password of the exam-entries account", "guessed",
     ("centre code", ["trinity", "centre", "code"], "{d:5}")),
    ("rad_dance_exam_portal_password", pw_gen, "owner-chosen password of the dance-exam entry portal", "guessed",
     ("teacher number", ["rad", "teacher", "number"], "{d:6}")),
    ("ucheck_dbs_api_key", "{h:32}", "32 lower-case hex", "guessed", None),
    ("atlantic_data_dbs_api_secret", "{A:40}", "40 alphanumerics", "guessed", None),
    # --- ticketing, sheet music, media
    ("ticket_tailor_api_key", "sk_{d:4}_{A:32}", "`sk_` + 4 digits + `_` + 32 alphanumerics", "guessed", None),
    ("ticketsource_api_key", "{A:48}", "48 alphanumerics", "guessed", None),
    ("ticketsolve_api_token", "{h:32}", "32 lower-case hex", "guessed", None),
    ("ludus_box_office_api_key", "{A:40}", "40 alphanumerics", "guessed", None),
    ("eventbrite_oauth_app_client_secret", "{U:50}", "50 upper-case alphanumerics", "guessed",
     ("app key", ["eventbrite", "app", "key"], "{U:18}")),
    ("noteflight_learn_api_secret", "{A:40}", "40 alphanumerics", "guessed", None),
    ("flat_io_api_token", "{h:96}", "96 lower-case hex", "guessed", None),
    ("soundslice_app_secret", "{A:40}", "40 alphanumerics", "guessed",
     ("app id", ["soundslice", "app", "id"], "{a:12}")),
    ("tonara_studio_api_key", "{A:32}", "32 alphanumerics", "guessed", None),
    ("spotify_web_api_client_secret", "{h:32}", "32 lower-case hex (the client id next to it has the same shape)", "believed",
     ("client id", ["spotify", "client", "id"], "{h:32}")),
    ("apple_musickit_developer_token", apple_musickit, "ES256 JWT (real base64url JSON with `kid`, 64 random signature bytes)", "believed", None),
    ("soundcloud_app_client_secret", "{A:32}", "32 alphanumerics", "guessed",
     ("client id", ["soundcloud", "client", "id"], "{A:32}")),
    ("vimeo_personal_access_token", "{h:32}", "32 lower-case hex", "believed", None),
    ("mux_video_token_secret", mux_secret, "75 characters of standard Base64 alphabet", "guessed",
     ("token id", ["mux", "token", "id"], "{uuid}")),
    ("youtube_recital_stream_key", "{a:4}-{a:4}-{a:4}-{a:4}-{a:4}", "five groups of 4 lower-case alphanumerics joined by `-`", "believed", None),
    ("twitch_app_client_secret", "{a:30}", "30 lower-case alphanumerics", "read", None),
    ("whereby_embedded_api_key", whereby_jwt, "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", "guessed", None),
    ("daily_co_api_key", "{h:64}", "64 lower-case hex", "believed", None),
    ("restream_oauth_client_secret", "{uuid}", "UUIDv4", "guessed", None),
    ("zoom_video_sdk_secret", "{A:36}", "36 alphanumerics", "guessed",
     ("SDK key", ["zoom", "sdk", "key"], "{A:22}")),
    ("dropbox_long_lived_access_token", "{a:11}AAAAAAAAAA{u:43}", "11 + `AAAAAAAAAA` + 43 base64url", "read", None),
    # --- commerce, payroll, scheduling, forms
    ("stripe_live_secret_key", "sk_live_51{A:97}", "`sk_live_51` + 97 alphanumerics", "read", None),
    ("stripe_connect_webhook_signing_secret", "whsec_{A:32}", "`whsec_` + 32 alphanumerics", "believed", None),
    ("gocardless_live_access_token", "live_{u:40}", "`live_` + 40 base64url", "read", None),
    ("square_term_fees_access_token", "EAAA{u:60}", "`EAAA` + 60 base64url", "read", None),
    ("sumup_oauth_client_secret", "{h:64}", "64 lower-case hex", "guessed",
     ("client id", ["sumup", "client", "id"], "cc_classic_{A:28}")),
    ("zettle_partner_client_secret", "IZSEC{uuid}", "`IZSEC` + UUIDv4", "guessed",
     ("client id", ["zettle", "client", "id"], "{uuid}")),
    ("klarna_api_shared_secret", "{A:16}", "16 alphanumerics", "guessed",
     ("API user name", ["klarna", "username"], "PK{d:5}_{h:12}")),
    ("razorpay_key_secret", "{A:24}", "24 alphanumerics", "believed",
     ("key id", ["razorpay", "key", "id"], "rzp_live_{A:14}")),
    ("checkout_com_secret_key", "sk_{uuid}", "`sk_` + UUIDv4", "believed", None),
    ("paddle_billing_api_key", "pdl_live_apikey_01{U:24}_{A:26}", "`pdl_live_apikey_01` + 24 + `_` + 26", "guessed", None),
    ("recurly_private_api_key", "{h:32}", "32 lower-case hex", "believed", None),
    ("xero_oauth_client_secret", "{u:48}", "48 base64url", "believed",
     ("client id", ["xero", "client", "id"], "{H:32}")),
    ("quickbooks_oauth_client_secret", "{A:40}", "40 alphanumerics", "guessed",
     ("client id", ["quickbooks", "client", "id"], "AB{A:48}")),
    ("gusto_oauth_client_secret", "{u:43}", "43 base64url", "guessed", None),
    ("brightpay_connect_api_key", "{h:32}", "32 lower-case hex", "guessed", None),
    ("acuity_scheduling_api_key", "{h:32}", "32 lower-case hex", "believed",
     ("user id", ["acuity", "user", "id"], "{d:8}")),
    ("simplybook_api_secret", "{h:64}", "64 lower-case hex", "guessed", None),
    ("typeform_personal_token", "tfp_{A:44}_{A:14}", "`tfp_` + 44 + `_` + 14 alphanumerics", "read", None),
    ("tally_forms_api_key", "tly-{A:32}", "`tly-` + 32 alphanumerics", "guessed", None),
    # --- messaging
    ("twilio_account_auth_token", "{h:32}", "32 lower-case hex", "believed",
     ("account SID", ["twilio", "account", "sid"], "AC{h:32}")),
    ("clicksend_api_key", "{UUID}", "upper-case UUIDv4", "guessed",
     ("user name", ["clicksend", "username"], "accounts@brightnotes.example")),
    ("textmagic_api_key", "{A:30}", "30 alphanumerics", "guessed", None),
    ("bird_messagebird_access_key", "{A:25}", "25 alphanumerics", "read", None),
    ("brevo_transactional_api_key", "xkeysib-{h:64}-{A:16}", "`xkeysib-` + 64 hex + `-` + 16 alphanumerics", "read", None),
    ("mailchimp_marketing_api_key", "{h:32}-us{d:2}", "32 hex + `-us` + 2 digits", "read", None),
    ("mailgun_private_api_key", "key-{h:32}", "`key-` + 32 hex", "read", None),
    ("klaviyo_private_api_key", "pk_{h:34}", "`pk_` + 34 hex (a private key despite `pk_`)", "believed", None),
    ("kit_convertkit_api_secret", "{u:43}", "43 base64url", "guessed", None),
    ("pusher_channels_app_secret", "{h:20}", "20 lower-case hex (the app key next to it has the same shape)", "believed",
     ("app key", ["pusher", "key"], "{h:20}")),
    ("ably_root_api_key", "{A:6}.{u:6}:{u:43}", "app id + `.` + key id + `:` + 43 base64url (whole key string)", "believed", None),
    ("onesignal_rest_api_key", "{A:48}", "48 alphanumerics", "guessed",
     ("app id", ["onesignal", "app", "id"], "{uuid}")),
    ("expo_push_access_token", "{u:40}", "40 base64url", "guessed", None),
    ("slack_bot_user_oauth_token", "xoxb-{d:12}-{d:13}-{A:24}", "`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24 alphanumerics", "read", None),
    ("slack_incoming_webhook_url", slack_webhook, "whole `https://hooks.slack.com/services/T…/B…/…` URL", "read", None),
    ("discord_attendance_bot_token", discord_bot, "base64url of the bot id + `.` + 6 + `.` + 38", "believed", None),
    ("telegram_attendance_bot_token", "{d:10}:AA{u:33}", "10-digit bot id + `:AA` + 33 base64url", "read", None),
    ("intercom_access_token", intercom_tok, "standard Base64 of `tok:` + 32 hex + `:1:0` (starts `dG9rOj`)", "believed", None),
    ("zendesk_api_token", "{A:40}", "40 alphanumerics", "read",
     ("agent e-mail", ["zendesk", "email"], "office@brightnotes.example")),
    ("crisp_plugin_token_key", "{h:64}", "64 lower-case hex", "guessed",
     ("token identifier", ["crisp", "identifier"], "{uuid}")),
    # --- AI
    ("openai_project_api_key", "sk-proj-{u:74}T3BlbkFJ{u:74}", "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url", "read", None),
    ("anthropic_claude_api_key", "sk-ant-api03-{u:93}AA", "`sk-ant-api03-` + 93 base64url + `AA`", "read", None),
    ("google_gemini_api_key", "AIza{u:35}", "`AIza` + 35 base64url", "read", None),
    ("groq_cloud_api_key", "gsk_{A:52}", "`gsk_` + 52 alphanumerics", "believed", None),
    ("replicate_api_token", "r8_{A:37}", "`r8_` + 37 alphanumerics", "believed", None),
    ("huggingface_read_access_token", "hf_{M:34}", "`hf_` + 34 letters", "read", None),
    ("perplexity_sonar_api_key", "pplx-{A:48}", "`pplx-` + 48 alphanumerics", "read", None),
    ("together_ai_api_key", "{h:64}", "64 lower-case hex", "believed", None),
    ("voyage_ai_api_key", "pa-{u:43}", "`pa-` + 43 base64url", "guessed", None),
    ("pinecone_api_key", "pcsk_{A:6}_{A:60}", "`pcsk_` + 6 + `_` + 60 alphanumerics", "guessed", None),
    ("langsmith_personal_api_key", "lsv2_pt_{h:32}_{h:10}", "`lsv2_pt_` + 32 hex + `_` + 10 hex", "believed", None),
    ("speechmatics_api_key", "{A:32}", "32 alphanumerics", "guessed", None),
    # --- developer and ops
    ("github_fine_grained_pat", "github_pat_11{U:20}_{A:59}", "`github_pat_11` + 20 + `_` + 59", "read", None),
    ("gitlab_personal_access_token", "glpat-{w:20}", "`glpat-` + 20 word characters", "read", None),
    ("bitbucket_app_password", "ATBB{A:32}", "`ATBB` + 32 alphanumerics", "guessed",
     ("workspace user", ["bitbucket", "username"], "brightnotes-ci")),
    ("vercel_access_token", "{A:24}", "24 alphanumerics", "believed", None),
    ("flyio_deploy_token", fly_token, "`fm2_` + standard Base64 of 120 bytes (written without the `FlyV1 ` scheme word)", "read", None),
    ("render_api_key", "rnd_{A:32}", "`rnd_` + 32 alphanumerics", "believed", None),
    ("digitalocean_personal_access_token", "dop_v1_{h:64}", "`dop_v1_` + 64 hex", "read", None),
    ("heroku_platform_api_key", "HRKU-AA{u:58}", "`HRKU-AA` + 58 base64url", "read", None),
    ("supabase_service_role_key", supabase_service, "HS256 JWT with role `service_role` (real JSON, real HMAC under a discarded key)", "believed", None),
    ("upstash_redis_rest_token", "A{u:63}", "`A` + 63 base64url", "guessed",
     ("REST URL", ["upstash", "redis", "rest", "url"], "https://eu2-brightnotes-{d:5}.upstash.io")),
    ("neon_database_password", "npg_{A:12}", "`npg_` + 12 alphanumerics", "believed",
     ("role name", ["neon", "role"], "studio_owner")),
    ("turso_database_auth_token", turso_jwt, "EdDSA JWT (real JSON, 64 random signature bytes)", "believed", None),
    ("sentry_user_auth_token", "sntryu_{h:64}", "`sntryu_` + 64 hex", "read", None),
    ("postman_api_key", "PMAK-{h:24}-{h:34}", "`PMAK-` + 24 hex + `-` + 34 hex", "read", None),
    ("linear_personal_api_key", "lin_api_{A:40}", "`lin_api_` + 40 alphanumerics", "read", None),
    ("notion_internal_integration_secret", "ntn_{d:11}{A:35}", "`ntn_` + 11 digits + 35 alphanumerics", "read", None),
    ("airtable_personal_access_token", "pat{A:14}.{h:64}", "`pat` + 14 + `.` + 64 hex", "read", None),
    ("figma_personal_access_token", "figd_{u:40}", "`figd_` + 40 base64url", "believed", None),
    ("shopify_admin_api_access_token", "shpat_{h:32}", "`shpat_` + 32 hex", "read",
     ("shop domain", ["shopify", "shop"], "brightnotes-music.myshopify.com")),
    ("pulumi_access_token", "pul-{h:40}", "`pul-` + 40 hex", "read", None),
    ("doppler_personal_token", "dp.pt.{A:43}", "`dp.pt.` + 43 alphanumerics", "read", None),
    ("cloudflare_api_token", "{u:40}", "40 base64url", "read",
     ("account id", ["cloudflare", "account", "id"], "{h:32}")),
    ("aws_media_bucket_secret_access_key", "{b:40}", "40 standard Base64 characters", "believed",
     ("access key id", ["aws", "access", "key", "id"], "AKIA{U:16}")),
    ("backblaze_b2_application_key", "K005{b:27}", "`K005` + 27 Base64 characters", "believed",
     ("key id", ["b2", "key", "id"], "005{h:22}")),
    ("bunny_storage_zone_password", bunny_pw, "UUIDv4 + `-` + 4 hex + `-` + 4 hex", "guessed",
     ("storage zone", ["bunny", "storage", "zone"], "recital-videos")),
    ("datadog_application_key", "{h:40}", "40 lower-case hex", "read", None),
    ("honeycomb_ingest_key", "hcaik_01{a:24}{a:32}", "`hcaik_01` + 56 lower-case alphanumerics", "guessed", None),
    ("opsgenie_integration_api_key", "{uuid}", "UUIDv4", "believed", None),
    ("codecov_upload_token", "{uuid}", "UUIDv4", "believed", None),
    ("snyk_org_api_token", "{uuid}", "UUIDv4", "read", None),
    ("sonarqube_user_token", "squ_{h:40}", "`squ_` + 40 hex", "read", None),
    ("circleci_personal_api_token", "CCIPAT_{A:22}_{h:40}", "`CCIPAT_` + 22 + `_` + 40 hex", "believed", None),
    ("buildkite_api_access_token", "bkua_{h:40}", "`bkua_` + 40 hex", "believed", None),
    ("infisical_service_token", infisical, "`st.` + UUIDv4 + `.` + 32 hex + `.` + 32 hex", "believed", None),
    ("age_encryption_secret_key", age_secret, "`AGE-SECRET-KEY-1` + 58 upper-case Bech32 with a real checksum", "read", None),
    ("wireguard_studio_vpn_private_key", wireguard_key, "standard Base64 of a clamped 32-byte Curve25519 private key", "believed", None),
    ("home_assistant_long_lived_token", hass_jwt, "HS256 JWT (real JSON, real HMAC under a discarded key)", "believed", None),
    ("esphome_api_encryption_key", esphome_key, "standard Base64 of 32 random bytes", "believed", None),
    ("nuki_web_api_token", "{h:64}", "64 lower-case hex", "guessed", None),
    ("octopus_deploy_api_key", "API-{U:26}", "`API-` + 26 upper-case alphanumerics", "read", None),
    ("prefect_cloud_api_key", "pnu_{A:36}", "`pnu_` + 36 alphanumerics", "read", None),
]

STYLES = [
    ("studio_api_dotenv_production", "upper",
     "# .env.production (studio-api)\nNODE_ENV=production\n{NB}{K}={V}\n", "{NK}={NV}\n"),
    ("dojo_ops_fly_secrets_set_history", "upper",
     "$ fly secrets set {NB}{K}={V} -a kaze-dojo-api\nUpdating existing machines in 'kaze-dojo-api' with rolling strategy\n", "{NK}={NV} "),
    ("parent_app_eas_secret_create_history", "upper",
     "{NB}$ eas secret:create --scope project --name {K} --value {V} --type string\n✔ Created a new secret {K} on project @brightnotes/parents.\n",
     "$ eas secret:create --scope project --name {NK} --value {NV} --type string\n"),
    ("timetable_api_typescript_config_object", "camel",
     "// src/config/integrations.ts\nexport const integrations = {\n{NB}  {K}: \"{V}\",\n  timeoutMs: 8000,\n};\n", "  {NK}: \"{NV}\",\n"),
    ("grading_service_python_dataclass_default", "snake",
     "from dataclasses import dataclass\n\n@dataclass(frozen=True)\nclass VendorSettings:\n{NB}    {K}: str = \"{V}\"\n    retries: int = 3\n",
     "    {NK}: str = \"{NV}\"\n"),
    ("exam_entry_php_config_array", "snake",
     "<?php\n// config/integrations.php\nreturn [\n{NB}    '{K}' => '{V}',\n    'timeout' => 10,\n];\n", "    '{NK}' => '{NV}',\n"),
    ("instrument_loans_java_properties_file", "dot",
     "# integrations.properties (loan register)\nhttp.timeout.ms=8000\n{NB}{K}={V}\n", "{NK}={NV}\n"),
    ("recital_ops_bitwarden_json_export", "camel",
     "{\"encrypted\":false,\"items\":[{\"type\":2,\"name\":\"{VENDOR}\",\"notes\":null,\"fields\":[{NB}{\"name\":\"{K}\",\"value\":\"{V}\",\"type\":1}]}]}\n",
     "{\"name\":\"{NK}\",\"value\":\"{NV}\",\"type\":0},"),
    ("front_desk_teams_chat_paste", "spaced",
     "{NB}[10:41] Priya Natarajan\nhere is the {K} for the integration: {V}\n[10:42] Ole Brandt\ngot it, thanks\n",
     "[10:40] Priya Natarajan\n{NK} is {NV}\n"),
    ("studio_support_freshdesk_private_note", "spaced",
     "Private note · Agent: Tom Keller\n{VENDOR} support asked us to re-enter the integration.\n{NB}Current {K}: {V}\n",
     "{NK}: {NV}\n"),
    ("dojo_ops_ansible_group_vars_yaml", "snake",
     "# group_vars/studio_api.yml  (TODO: move to vault)\nstudio_api_port: 8080\n{NB}{K}: \"{V}\"\n", "{NK}: \"{NV}\"\n"),
    ("practice_room_csharp_const_class", "pascal",
     "namespace BrightNotes.Integrations\n{\n    public static class VendorKeys\n    {\n{NB}        public const string {K} = \"{V}\";\n    }\n}\n",
     "        public const string {NK} = \"{NV}\";\n"),
]


UNUSED = ["fons_integration_api_key", "spark_membership_api_key", "pushpress_integration_api_key",
          "marianatek_api_token", "punchpass_api_key", "atlantic_data_dbs_api_secret", "ludus_box_office_api_key",
          "tonara_studio_api_key", "restream_oauth_client_secret", "paddle_billing_api_key",
          "gusto_oauth_client_secret", "brightpay_connect_api_key", "tally_forms_api_key", "textmagic_api_key",
          "kit_convertkit_api_secret", "expo_push_access_token", "speechmatics_api_key", "together_ai_api_key",
          "honeycomb_ingest_key", "nuki_web_api_token", "prefect_cloud_api_key", "buildkite_api_access_token"]
V_ALL = V
V = [v for v in V_ALL if v[0] not in UNUSED]


STOP = {"api", "key", "token", "secret", "password", "client", "oauth", "access", "auth", "app", "personal",
        "private", "live", "webhook", "signing", "service", "user", "long", "v6", "staff", "partner", "org",
        "integration", "sync", "dance", "studio", "exam", "for", "read", "project", "claude", "cloud", "web"}


def vendor_label(name):
    w = name.split("_")
    return w[0].capitalize() + (" " + w[1].capitalize() if len(w) > 1 and w[1] not in STOP else "")


def shape_regex(entry):
    g = entry[1]
    return spec_regex(g) if isinstance(g, str) else None


def build(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    for i, (name, g, _desc, _prov, nb) in enumerate(V):
        sname, style, tmpl, nbt = STYLES[i % len(STYLES)]
        gen = spec_gen(g) if isinstance(g, str) else g
        value = reg.draw(lambda: gen(rng))
        words = name.split("_")
        key = C.style_key(words, style)
        nbtext = ""
        if nb:
            nv = reg.draw(lambda: spec_gen(nb[2])(rng))
            nbtext = nbt.replace("{NK}", C.style_key(nb[1], style)).replace("{NV}", nv)
        text = C.fill(tmpl, value, K=key, NB=nbtext, VENDOR=vendor_label(name))
        recs.append(C.make_record("%s-s-%04d" % (C.PREFIX, start_id + i), name, name + "__" + sname,
                                  text, value, "vendor"))
    return recs
