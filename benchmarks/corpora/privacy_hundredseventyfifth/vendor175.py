"""Vendor source: credential types of vendors used by hearing-care developers."""
import base64
import random
import string

import common175 as C

V = C.SLOT
R, B, G, P = "read", "believed", "guessed", "password"


def s(alpha, n, pre="", post=""):
    return lambda r: pre + C.rstr(r, alpha, n) + post


def hexn(n, pre=""):
    return s(C.HEX, n, pre)


def uhexn(n, pre=""):
    return s(C.UHEX, n, pre)


def b64b(n):
    return lambda r: C.b64(C.rbytes(r, n))


def b64u(n):
    return lambda r: C.b64url_nopad(C.rbytes(r, n))


def u4(r):
    return C.uuid4(r)


def pw(r):
    return C.password(r)


def jwt_cal(r):
    return C.jwt_hs256(r, {"iss": "https://auth.calendly.com", "iat": 1716000000 + r.randint(0, 9000000),
                            "jti": C.uuid4(r), "user_uuid": C.uuid4(r), "scope": "default"})


def jwt_supa(r):
    return C.jwt_hs256(r, {"iss": "supabase", "ref": C.rstr(r, string.ascii_lowercase, 20),
                            "role": "service_role", "iat": 1700000000 + r.randint(0, 9000000),
                            "exp": 2015000000 + r.randint(0, 9000000)})


def jwt_weave(r):
    return C.jwt_rs256_shape(r, {"iss": "weave", "sub": "loc-" + C.rstr(r, C.HEX, 12),
                                  "aud": "integrations", "iat": 1712000000 + r.randint(0, 9000000)},
                             kid=C.rstr(r, C.HEX, 16))


def jwt_whereby(r):
    return C.jwt_rs256_shape(r, {"iss": "https://accounts.srv.whereby.com", "iat": 1712000000 + r.randint(0, 9000000),
                                  "aud": "api", "sub": C.uuid4(r)})


def intercom(r):
    return C.b64(("tok:%s:1:0" % C.uuid4(r)).encode())


def asana(r):
    return "2/%s/%s:%s" % (C.rstr(r, string.digits, 16), C.rstr(r, string.digits, 16), C.rstr(r, C.HEX, 32))


def slack_hook(r):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (
        C.rstr(r, C.UPALNUM, 10), C.rstr(r, C.UPALNUM, 10), C.rstr(r, C.ALNUM, 24))


def slack_bot(r):
    return "xoxb-%s-%s-%s" % (C.rstr(r, string.digits, 12), C.rstr(r, string.digits, 13), C.rstr(r, C.ALNUM, 24))


def tg(r):
    return "%d:AA%s" % (r.randint(6000000000, 7999999999), C.rstr(r, C.B64URL, 33))


def discord_bot(r):
    uid = str(r.randint(10 ** 17, 10 ** 18 - 1)).encode()
    return C.b64(uid).rstrip("=") + "." + C.rstr(r, C.B64URL, 6) + "." + C.rstr(r, C.B64URL, 38)


def telnyx(r):
    return "KEY" + C.rstr(r, C.UHEX, 32) + "_" + C.rstr(r, C.ALNUM, 22)


def infobip(r):
    return C.rstr(r, C.HEX, 32) + "-" + C.uuid4(r)


def openai_proj(r):
    return "sk-proj-" + C.rstr(r, C.B64URL, 74) + "T3BlbkFJ" + C.rstr(r, C.B64URL, 74)


def cliniko(r):
    return C.b64url_nopad(C.rbytes(r, 36)) + "-" + r.choice(["uk1", "uk2", "au1", "au2", "ca1"])


def claim_md(r):
    return C.rstr(r, string.digits, 5) + "_" + C.rstr(r, C.ALNUM, 24)


def pd_user(r):
    return "u+" + C.rstr(r, C.ALNUM + "_-", 18)


# type, generator, shape description, confidence, public neighbour (words, generator) or None
VENDORS = [
    # ---- hearing-care world (mostly guessed: recognisable only from the key name)
    ("himsa_noah_es_client_secret", b64b(32), "Base64 of 32 bytes", G, (["client", "id"], u4)),
    ("noah_cloud_api_subscription_key", hexn(32), "32 hex (API-gateway subscription key)", G, None),
    ("blueprint_oms_api_key", s(C.ALNUM, 40), "40 alphanumerics", G, None),
    ("sycle_practice_api_token", hexn(64), "64 hex", G, None),
    ("counselear_integration_api_key", u4, "UUIDv4", G, None),
    ("oticon_genie_cloud_client_secret", s(C.B64URL, 48), "48 base64url", G, (["client", "id"], s(C.LOWALNUM, 24))),
    ("phonak_target_remote_support_key", s(C.ALNUM, 32), "32 alphanumerics", G, None),
    ("signia_telecare_partner_secret", s(C.ALNUM, 64), "64 alphanumerics", G, None),
    ("resound_assist_live_api_key", hexn(40), "40 hex", G, None),
    ("starkey_pro_portal_api_token", s(C.B64URL, 56), "56 base64url", G, None),
    ("widex_remote_care_client_secret", s(C.B64URL, 36), "36 base64url", G, (["client", "id"], u4)),
    ("unitron_remote_plus_partner_key", s(C.UPALNUM, 32), "32 upper-case alphanumerics", G, None),
    ("cochlear_nucleus_smart_partner_secret", hexn(48), "48 hex", G, None),
    ("medel_audiokey_cloud_api_key", s(C.ALNUM, 40), "40 alphanumerics", G, None),
    ("advanced_bionics_cloud_client_secret", b64u(32), "base64url of 32 bytes (43)", G, (["client", "id"], s(C.LOWALNUM, 20))),
    ("interacoustics_affinity_licence_key", lambda r: "-".join(C.rstr(r, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6) for _ in range(4)),
     "4 groups of 6 (no 0 O 1 I)", G, None),
    ("otosuite_cloud_sync_token", hexn(64), "64 hex", G, None),
    ("gsi_audiostar_cloud_api_key", u4, "UUIDv4", G, None),
    ("maico_easyscreen_sync_token", s(C.LOWALNUM, 32), "32 lower-case alphanumerics", G, None),
    ("hearx_hearscreen_api_key", s(C.ALNUM, 48), "48 alphanumerics", G, None),
    ("mimi_hearing_sdk_client_secret", s(C.B64URL, 64), "64 base64url", G, (["client", "id"], s(C.LOWALNUM, 16))),
    ("jacoti_hearing_center_api_key", hexn(40), "40 hex", G, None),
    ("shoebox_audiometry_portal_password", pw, "owner-chosen password", P, (["username"], lambda r: "clinic" + C.rstr(r, string.digits, 4))),
    ("tympa_health_api_key", hexn(32), "32 hex", G, None),
    ("truhearing_provider_portal_password", pw, "owner-chosen password", P, (["username"], lambda r: "prov" + C.rstr(r, string.digits, 6))),
    ("amplifon_partner_network_api_key", s(C.ALNUM, 36), "36 alphanumerics", G, None),
    ("nations_hearing_provider_password", pw, "owner-chosen password", P, (["username"], lambda r: "nh" + C.rstr(r, string.digits, 5))),
    ("hearing_tracker_directory_api_token", s(C.B64URL, 40), "40 base64url", G, None),
    ("nhs_api_platform_api_key", s(C.ALNUM, 32), "32 alphanumerics", G, None),
    ("va_lighthouse_api_key", s(C.ALNUM, 32), "32 alphanumerics", G, None),
    ("cms_blue_button_client_secret", s(C.ALNUM, 64), "64 alphanumerics", G, (["client", "id"], s(C.ALNUM, 40))),
    ("australian_hsp_portal_password", pw, "owner-chosen password", P, (["username"], lambda r: "HSP" + C.rstr(r, string.digits, 6))),
    ("availity_api_client_secret", s(C.ALNUM, 32), "32 alphanumerics", G, (["client", "id"], u4)),
    ("optum_change_healthcare_client_secret", s(C.ALNUM, 32), "32 alphanumerics", G, (["client", "id"], s(C.ALNUM, 32))),
    ("stedi_healthcare_api_key", s(C.B64URL, 40), "40 base64url", G, None),
    ("pverify_eligibility_client_secret", u4, "UUIDv4", G, (["client", "api", "id"], u4)),
    ("claim_md_account_key", claim_md, "5 digits + `_` + 24 alphanumerics", G, None),
    ("office_ally_sftp_password", pw, "owner-chosen password", P, (["sftp", "user"], lambda r: "oa" + C.rstr(r, string.digits, 6))),
    ("athenahealth_api_client_secret", s(C.B64URL, 40), "40 base64url", G, (["client", "id"], s(C.ALNUM, 20))),
    ("redox_engine_api_secret", s(C.ALNUM, 64), "64 alphanumerics", G, None),
    ("medplum_client_secret", hexn(64), "64 hex", G, (["client", "id"], u4)),
    ("healthie_api_key", s(C.B64URL, 48), "48 base64url", G, None),
    ("metriport_api_key", b64b(33), "Base64 of 33 bytes (44)", G, None),
    ("cliniko_api_key", cliniko, "base64url of 36 bytes + `-` + shard (`uk2`, `au1`, …)", G, None),
    ("jane_app_partner_api_secret", s(C.ALNUM, 40), "40 alphanumerics", G, None),
    ("nexhealth_api_key", s(C.ALNUM, 44), "44 alphanumerics", G, None),
    ("weave_platform_api_token", jwt_weave, "RS256-shaped JWT (real base64url JSON)", G, None),
    ("podium_oauth_client_secret", s(C.ALNUM, 40), "40 alphanumerics", G, (["client", "id"], u4)),
    ("birdeye_business_api_key", s(C.ALNUM, 32), "32 alphanumerics", G, None),
    ("zocdoc_partner_client_secret", s(C.B64URL, 48), "48 base64url", G, (["client", "id"], s(C.LOWALNUM, 26))),
    ("carecredit_merchant_api_secret", s(C.ALNUM, 32), "32 alphanumerics", G, (["merchant", "id"], lambda r: C.rstr(r, string.digits, 16))),
    ("sunbit_partner_client_secret", s(C.B64URL, 40), "40 base64url", G, None),
    ("shipstation_api_secret", hexn(32), "32 hex", B, (["api", "key"], hexn(32))),
    ("fedex_api_client_secret", hexn(32), "32 hex", G, (["client", "id"], s(C.ALNUM, 32))),
    ("ups_oauth_client_secret", s(C.ALNUM, 64), "64 alphanumerics", G, (["client", "id"], s(C.ALNUM, 48))),
    ("sendle_api_key", s(C.ALNUM, 32), "32 alphanumerics", G, (["sendle", "id"], lambda r: "hearwell_" + C.rstr(r, string.digits, 4))),
    # ---- telehealth, messaging, mail
    ("calendly_personal_access_token", jwt_cal, "HS256 JWT (real base64url JSON)", B, None),
    ("whereby_embedded_api_key", jwt_whereby, "RS256-shaped JWT (real base64url JSON)", G, None),
    ("daily_co_video_api_key", hexn(64), "64 hex", G, None),
    ("vonage_video_opentok_api_secret", hexn(40), "40 hex", B, (["api", "key"], lambda r: C.rstr(r, string.digits, 8))),
    ("twilio_recall_sms_auth_token", hexn(32), "32 hex", B, (["account", "sid"], hexn(32, "AC"))),
    ("telnyx_v2_api_key", telnyx, "`KEY` + 32 upper hex + `_` + 22 alphanumerics", B, None),
    ("messagebird_sms_access_key", s(C.ALNUM, 25), "25 alphanumerics", R, None),
    ("sinch_sms_api_token", hexn(32), "32 hex", G, (["service", "plan", "id"], hexn(32))),
    ("clicksend_api_key", lambda r: C.uuid4(r).upper(), "upper-case UUIDv4", G, (["username"], lambda r: "recalls" + C.rstr(r, string.digits, 3))),
    ("textmagic_api_key", s(C.ALNUM, 30), "30 alphanumerics", G, (["username"], lambda r: "hearwell" + C.rstr(r, string.digits, 2))),
    ("infobip_api_key", infobip, "32 hex + `-` + UUIDv4", B, None),
    ("postmark_account_api_token", u4, "UUIDv4", B, None),
    ("sendgrid_recall_mail_api_key", lambda r: "SG." + C.rstr(r, C.B64URL, 22) + "." + C.rstr(r, C.B64URL, 43), "`SG.` + 22 + `.` + 43", R, None),
    ("mailgun_private_api_key", hexn(32, "key-"), "`key-` + 32 hex", R, None),
    ("brevo_api_v3_key", lambda r: "xkeysib-" + C.rstr(r, C.HEX, 64) + "-" + C.rstr(r, C.ALNUM, 16), "`xkeysib-` + 64 hex + `-` + 16", R, None),
    ("mailchimp_marketing_api_key", lambda r: C.rstr(r, C.HEX, 32) + "-us%02d" % r.randint(1, 21), "32 hex + `-us` + 2 digits", R, None),
    ("mandrill_transactional_api_key", s(C.B64URL, 22, "md-"), "`md-` + 22 base64url", B, None),
    ("resend_api_key", lambda r: "re_" + C.rstr(r, C.ALNUM, 8) + "_" + C.rstr(r, C.ALNUM, 24), "`re_` + 8 + `_` + 24", G, None),
    ("onesignal_rest_api_key", b64b(36), "Base64 of 36 bytes (48)", G, (["app", "id"], u4)),
    ("expo_push_access_token", s(C.B64URL, 40), "40 base64url", G, None),
    ("pusher_beams_secret_key", uhexn(64), "64 upper-case hex", G, (["instance", "id"], u4)),
    ("slack_bot_token_clinic_alerts", slack_bot, "`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24", R, None),
    ("slack_repair_desk_webhook_url", slack_hook, "whole `hooks.slack.com/services/T…/B…/…` URL", B, None),
    ("telegram_screening_bot_token", tg, "bot id + `:AA` + 33 base64url", B, None),
    ("discord_companion_bot_token", discord_bot, "Base64 user id + `.` + 6 + `.` + 38", B, None),
    # ---- AI and speech
    ("openai_project_api_key", openai_proj, "`sk-proj-` + 74 + `T3BlbkFJ` + 74", R, None),
    ("anthropic_api03_key", lambda r: "sk-ant-api03-" + C.rstr(r, C.B64URL, 93) + "AA", "`sk-ant-api03-` + 93 + `AA`", R, None),
    ("groq_cloud_api_key", s(C.ALNUM, 52, "gsk_"), "`gsk_` + 52", B, None),
    ("huggingface_user_access_token", s(string.ascii_letters, 34, "hf_"), "`hf_` + 34 letters", R, None),
    ("replicate_api_token", s(C.ALNUM, 37, "r8_"), "`r8_` + 37", B, None),
    ("perplexity_api_key", s(C.ALNUM, 48, "pplx-"), "`pplx-` + 48", R, None),
    ("xai_grok_api_key", s(C.ALNUM, 80, "xai-"), "`xai-` + 80", B, None),
    ("together_ai_api_key", hexn(64), "64 hex", G, None),
    ("google_gemini_api_key", s(C.B64URL, 35, "AIza"), "`AIza` + 35", R, None),
    ("azure_openai_resource_key", hexn(32), "32 hex", B, (["endpoint"], lambda r: "https://hw-%s.openai.azure.com/" % C.rstr(r, string.ascii_lowercase, 6))),
    ("speechmatics_api_key", s(C.ALNUM, 32), "32 alphanumerics", G, None),
    ("rev_ai_access_token", s(C.ALNUM + "_-", 80, "02"), "`02` + 80", G, None),
    ("gladia_speech_api_key", u4, "UUIDv4", G, None),
    ("picovoice_access_key", b64b(40), "Base64 of 40 bytes (56, `==`)", G, None),
    # ---- developer and ops
    ("github_classic_personal_access_token", lambda r: C.crc_token(r, "ghp_"), "`ghp_` + 30 base62 + 6-character base62 CRC-32", R, None),
    ("github_refresh_token", lambda r: C.crc_token(r, "ghr_"), "`ghr_` + 30 base62 + 6-character base62 CRC-32", B, None),
    ("gitlab_personal_access_token", s(C.B64URL, 20, "glpat-"), "`glpat-` + 20", R, None),
    ("gitlab_feed_token", s(C.B64URL, 20, "glft-"), "`glft-` + 20", R, None),
    ("atlassian_jira_api_token", lambda r: "ATATT3xFfGF0" + C.rstr(r, C.B64URL, 171) + "=" + C.rstr(r, C.UHEX, 8),
     "`ATATT3xFfGF0` + 171 + `=` + 8 upper hex (192 characters, 186 after `ATATT3`)", R, (["email"], lambda r: "dev%s@hearwell.example" % C.rstr(r, string.digits, 2))),
    ("bitbucket_app_password", lambda r: "ATBB" + C.rstr(r, C.ALNUM, 32) + C.rstr(r, C.UHEX, 8), "`ATBB` + 32 + 8 upper hex", G, (["username"], lambda r: "hw-ci-" + C.rstr(r, string.digits, 3))),
    ("circleci_personal_api_token", lambda r: "CCIPAT_" + C.rstr(r, C.ALNUM, 22) + "_" + C.rstr(r, C.HEX, 40), "`CCIPAT_` + 22 + `_` + 40 hex", B, None),
    ("buildkite_agent_api_token", hexn(40, "bkua_"), "`bkua_` + 40 hex", B, None),
    ("datadog_api_key", hexn(32), "32 hex", B, None),
    ("datadog_application_key", hexn(40), "40 hex", R, None),
    ("honeycomb_ingest_api_key", s(C.LOWALNUM, 58, "hcaik_"), "`hcaik_` + 58", G, None),
    ("rollbar_server_access_token", hexn(32), "32 hex", B, None),
    ("posthog_personal_api_key", s(C.ALNUM, 43, "phx_"), "`phx_` + 43", B, None),
    ("heroku_platform_api_key_v2", s(C.B64URL, 58, "HRKU-AA"), "`HRKU-AA` + 58", R, None),
    ("flyio_org_deploy_token", s(C.B64URL, 43, "fo1_"), "`fo1_` + 43", R, None),
    ("vercel_access_token", s(C.ALNUM, 24), "24 alphanumerics", B, None),
    ("supabase_service_role_jwt", jwt_supa, "HS256 JWT (real base64url JSON, role `service_role`)", B, None),
    ("neon_database_api_key", s(C.LOWALNUM, 64, "napi_"), "`napi_` + 64", B, None),
    ("airtable_personal_access_token", lambda r: "pat" + C.rstr(r, C.ALNUM, 14) + "." + C.rstr(r, C.HEX, 64), "`pat` + 14 + `.` + 64 hex", R, None),
    ("notion_internal_integration_token", lambda r: "ntn_" + C.rstr(r, string.digits, 11) + C.rstr(r, C.ALNUM, 35), "`ntn_` + 11 digits + 35", R, None),
    ("linear_personal_api_key", s(C.ALNUM, 40, "lin_api_"), "`lin_api_` + 40", R, None),
    ("asana_personal_access_token", asana, "`2/` + 16 digits + `/` + 16 digits + `:` + 32 hex", B, None),
    ("clickup_personal_api_token", lambda r: "pk_" + C.rstr(r, string.digits, 8) + "_" + C.rstr(r, C.UPALNUM, 32), "`pk_` + 8 digits + `_` + 32 upper alphanumerics", B, None),
    ("zendesk_support_api_token", s(C.ALNUM, 40), "40 alphanumerics", R, (["email"], lambda r: "repairs%s@hearwell.example" % C.rstr(r, string.digits, 2))),
    ("intercom_access_token", intercom, "Base64 of `tok:` + UUIDv4 + `:1:0`", B, None),
    ("freshdesk_agent_api_key", s(C.ALNUM, 20), "20 alphanumerics", B, None),
    ("hubspot_private_app_token", lambda r: "pat-na1-" + C.uuid4(r), "`pat-na1-` + UUIDv4", B, None),
    ("pipedrive_api_token", hexn(40), "40 hex", B, None),
    ("typeform_personal_token", s(C.ALNUM + "_-", 59, "tfp_"), "`tfp_` + 59", R, None),
    # ---- commerce
    ("shopify_admin_api_access_token", hexn(32, "shpat_"), "`shpat_` + 32 hex", R, None),
    ("shopify_app_shared_secret", hexn(32, "shpss_"), "`shpss_` + 32 hex", R, None),
    ("woocommerce_rest_consumer_secret", hexn(40, "cs_"), "`cs_` + 40 hex", B, (["consumer", "key"], hexn(40, "ck_"))),
    ("stripe_live_secret_key", s(C.ALNUM, 99, "sk_live_"), "`sk_live_` + 99", R, None),
    ("stripe_billing_webhook_secret", s(C.ALNUM, 32, "whsec_"), "`whsec_` + 32", B, None),
    ("gocardless_live_access_token", s(C.B64URL, 40, "live_"), "`live_` + 40", R, None),
    ("square_production_access_token", s(C.B64URL, 60, "EAAA"), "`EAAA` + 60", R, None),
    ("bigcommerce_store_api_token", s(C.LOWALNUM, 31), "31 lower-case alphanumerics", G, (["store", "hash"], s(C.LOWALNUM, 10))),
    ("chargebee_live_api_key", s(C.ALNUM, 34, "live_"), "`live_` + 34", G, None),
    # ---- cloud
    ("digitalocean_personal_access_token", hexn(64, "dop_v1_"), "`dop_v1_` + 64 hex", R, None),
    ("azure_storage_account_key", b64b(64), "Base64 of 64 bytes (88)", B, (["account", "name"], lambda r: "hwaudiogram" + C.rstr(r, C.LOWALNUM, 6))),
    ("aws_secret_access_key_backups", s(string.ascii_letters + string.digits + "+/", 40), "40 Base64 characters", B, (["access", "key", "id"], lambda r: "AKIA" + C.rstr(r, C.UPALNUM, 16))),
    ("scaleway_secret_key", u4, "UUIDv4", B, (["access", "key"], lambda r: "SCW" + C.rstr(r, C.UPALNUM, 17))),
    ("fastly_api_token", s(C.B64URL, 32), "32 base64url", R, None),
    ("cloudflare_r2_secret_access_key", hexn(64), "64 hex", B, (["access", "key", "id"], hexn(32))),
    ("contentful_management_token", s(C.B64URL, 43, "CFPAT-"), "`CFPAT-` + 43", B, None),
    ("doppler_service_token", lambda r: "dp.st.prd." + C.rstr(r, C.ALNUM, 40), "`dp.st.prd.` + 40", B, None),
    ("sentry_user_auth_token", hexn(64, "sntryu_"), "`sntryu_` + 64 hex", R, None),
    ("new_relic_insert_key", s(C.LOWALNUM + "-", 32, "NRII-"), "`NRII-` + 32", R, None),
    ("pagerduty_rest_api_key", pd_user, "`u+` + 18", B, None),
    ("postman_api_key", lambda r: "PMAK-" + C.rstr(r, C.HEX, 24) + "-" + C.rstr(r, C.HEX, 34), "`PMAK-` + 24 hex + `-` + 34 hex", R, None),
    # ---- tail (weakest, may be cut)
    ("zoom_video_sdk_secret", s(C.ALNUM, 36), "36 alphanumerics", G, (["sdk", "key"], s(C.ALNUM, 22))),
    ("sanity_api_write_token", s(C.ALNUM, 180, "sk"), "`sk` + 180", G, None),
    ("pulumi_access_token", hexn(40, "pul-"), "`pul-` + 40 hex", R, None),
    ("okta_api_token", s(C.B64URL, 40, "00"), "`00` + 40", R, None),
]

STYLES = [
    "hearing_api_env_staging_file",
    "fitting_worker_ssm_put_parameter_history",
    "booking_backend_fly_secrets_set_history",
    "tele_audiology_heroku_config_set_history",
    "audiology_python_settings_module",
    "companion_build_gradle_kts_buildconfig",
    "clinic_bitwarden_json_export",
    "audiologist_slack_dm_paste",
    "repair_desk_zendesk_internal_note",
    "practice_manager_email_to_contractor",
    "ops_gh_secret_set_history",
    "hearing_cloud_k8s_secret_stringdata",
]


def render(style, words, pubw, pubv, r):
    K = C.keyname(words, "upper")
    k_sp = C.keyname(words, "spaced")
    vendor_words = words[:2]
    P = C.keyname(words[:-2] + pubw, "upper") if pubw else None
    if style == "hearing_api_env_staging_file":
        t = "# .env.staging (hearing-api)\nNODE_ENV=staging\n"
        if P:
            t += P + "=" + pubv + "\n"
        return t + K + "=" + V + "\nRECALL_BATCH_SIZE=200\n"
    if style == "fitting_worker_ssm_put_parameter_history":
        t = ""
        if P:
            t += "  511  aws ssm put-parameter --name /fitting/prod/%s --type String --value '%s'\n" % (C.keyname(words[:-2] + pubw, "kebab"), pubv)
        return t + "  512  aws ssm put-parameter --name /fitting/prod/%s --type SecureString --value '%s' --overwrite\n  513  aws ssm get-parameters-by-path --path /fitting/prod | jq length\n" % (C.keyname(words, "kebab"), V)
    if style == "booking_backend_fly_secrets_set_history":
        extra = (" " + P + "=" + pubv) if P else ""
        return "$ fly secrets list -a hw-booking-api\n$ fly secrets set" + extra + " " + K + "=" + V + " -a hw-booking-api\nRelease v%d created\n" % r.randint(40, 300)
    if style == "tele_audiology_heroku_config_set_history":
        extra = (" " + P + "=" + pubv) if P else ""
        return "~/tele-aud (main) $ heroku config:set" + extra + " " + K + "=" + V + " --app tele-aud-prod\nSetting config vars and restarting tele-aud-prod... done, v%d\n" % r.randint(100, 900)
    if style == "audiology_python_settings_module":
        t = '"""Integration settings for the audiology back office."""\n\n'
        if P:
            t += P + ' = "' + pubv + '"\n'
        return t + K + ' = "' + V + '"\nTIMEOUT_SECONDS = 20\n'
    if style == "companion_build_gradle_kts_buildconfig":
        t = "android {\n    defaultConfig {\n        applicationId = \"com.hearwell.companion\"\n"
        if P:
            t += '        buildConfigField("String", "%s", "\\"%s\\"")\n' % (P, pubv)
        return t + '        buildConfigField("String", "' + K + '", "\\"' + V + '\\"")\n    }\n}\n'
    if style == "clinic_bitwarden_json_export":
        user = pubv if P else "integrations@hearwell.example"
        return ('{\n  "items": [\n    {\n      "type": 1,\n      "name": "%s",\n      "notes": "%s",\n      "login": {\n        "username": "%s",\n        "password": "' % (
            " ".join(w.capitalize() for w in vendor_words), k_sp, user)) + V + '"\n      }\n    }\n  ]\n}\n'
    if style == "audiologist_slack_dm_paste":
        t = "Priya 09:%02d  hey, for the integration you asked about -\n" % r.randint(10, 59)
        if P:
            t += C.keyname(words[:-2] + pubw, "spaced") + ": " + pubv + "\n"
        return t + k_sp + ": " + V + "\nPriya 09:%02d  delete this after you've copied it pls\n" % r.randint(10, 59)
    if style == "repair_desk_zendesk_internal_note":
        t = "Internal note (not visible to patient)\nTicket #%d - integration broke after the supplier update.\n" % r.randint(20000, 99999)
        if P:
            t += C.keyname(words[:-2] + pubw, "spaced") + " = " + pubv + "\n"
        return t + "New " + k_sp + " = " + V + "\n"
    if style == "practice_manager_email_to_contractor":
        t = "Subject: access for the clinic integration\n\nHi Tomasz,\n\n"
        if P:
            t += "The " + C.keyname(words[:-2] + pubw, "spaced") + " is " + pubv + " and the "
        else:
            t += "The "
        return t + k_sp + " is " + V + "\nPlease don't put it in the shared drive.\n\nBest,\nHelen (practice manager)\n"
    if style == "ops_gh_secret_set_history":
        t = ""
        if P:
            t += '$ gh variable set %s --body "%s" --repo hearwell/clinic-platform\n' % (P, pubv)
        return t + '$ gh secret set ' + K + ' --body "' + V + '" --repo hearwell/clinic-platform\n\u2713 Set Actions secret ' + K + ' for hearwell/clinic-platform\n'
    if style == "hearing_cloud_k8s_secret_stringdata":
        t = "apiVersion: v1\nkind: Secret\nmetadata:\n  name: %s\n  namespace: hearing-cloud\ntype: Opaque\nstringData:\n" % C.keyname(vendor_words, "kebab")
        if P:
            t += "  %s: \"%s\"\n" % (C.keyname(words[:-2] + pubw, "kebab"), pubv)
        return t + "  " + C.keyname(words, "kebab") + ': "' + V + '"\n'
    raise ValueError(style)


HELD_BACK = [
    "together_ai_api_key", "speechmatics_api_key", "rev_ai_access_token", "gladia_speech_api_key",
    "datadog_api_key", "rollbar_server_access_token", "vercel_access_token", "freshdesk_agent_api_key",
    "pipedrive_api_token", "gitlab_feed_token", "github_refresh_token", "mandrill_transactional_api_key",
    "textmagic_api_key", "sinch_sms_api_token", "jane_app_partner_api_secret", "birdeye_business_api_key",
    "nexhealth_api_key", "healthie_api_key", "sendle_api_key", "bigcommerce_store_api_token",
    "chargebee_live_api_key", "expo_push_access_token", "hearing_tracker_directory_api_token",
    "okta_api_token", "pulumi_access_token", "zoom_video_sdk_secret", "sanity_api_write_token",
    "honeycomb_ingest_api_key", "pagerduty_rest_api_key",
]


def generate(reg, deny, seed=17502, keep=120):
    rng = random.Random(seed)
    kept, dropped = [], []
    ordered = [v for v in VENDORS if v[0] not in HELD_BACK] + [v for v in VENDORS if v[0] in HELD_BACK]
    for v in ordered:
        if C.denied(v[0], deny):
            dropped.append(v[0])
        else:
            kept.append(v)
    unused = [v[0] for v in kept[keep:]]
    kept = kept[:keep]
    recs = []
    for i, (tname, gen, _shape, _conf, pub) in enumerate(kept):
        style = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen(rng))
        pubw = pubv = None
        if pub:
            pubw = pub[0]
            pubv = reg.draw(lambda: pub[1](rng))
        words = tname.split("_")
        tmpl = render(style, words, pubw, pubv, rng)
        text, s_, e_ = C.fill(tmpl, value)
        recs.append(C.record(None, tname, tname + "__" + style, text, s_, e_, "vendor"))
    return recs, {"dropped": dropped, "unused": unused, "candidates": len(VENDORS)}
