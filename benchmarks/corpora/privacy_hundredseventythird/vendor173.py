"""Vendor source: credential types of real vendors used by equestrian / racing developers."""
import json
import random
import string

from common173 import (MARK, ALNUM, B62, HEX, UHEX, B64URL, LOWALNUM, UPALNUM, rs, password, rbytes, b64,
                       b64url, uuid4, jwt_hs256, jwt_rs256_shape, crc_token, style_key, place, make_record,
                       PREFIX)

SEED = 17302
D = string.digits
LOW = string.ascii_lowercase


def _pw(r):
    return password(r)


# shape classes for the README: "read" (shape read this session in public rule text),
# "known" (believed right from background knowledge), "guess" (length and alphabet only), "pw" (owner-chosen)
V = []


def v(name, shape, note, gen, neighbour=None):
    V.append({"name": name, "shape": shape, "note": note, "gen": gen, "neighbour": neighbour})


def nb_user(r):
    return ("username", r.choice(["clubsec@racingclub.example", "yardoffice", "h.ashworth", "tote.backoffice",
                                  "entries-team", "livery.admin", "stud.office"]))


# ---- equestrian / racing / stable world first ----
v("betfair_exchange_app_key", "guess", "16 alphanumerics", lambda r: rs(r, ALNUM, 16), nb_user)
v("betfair_exchange_session_token", "guess", "Base64 of 33 random bytes (44 characters)", lambda r: b64(rbytes(r, 33)))
v("betdaq_api_account_password", "pw", "owner-chosen", _pw, nb_user)
v("smarkets_api_session_token", "guess", "32 base62", lambda r: rs(r, B62, 32))
v("matchbook_session_token", "guess", "32 lower-case hex", lambda r: rs(r, HEX, 32))
v("the_racing_api_basic_auth_password", "guess", "24 alphanumerics (issued by the vendor)", lambda r: rs(r, ALNUM, 24),
  lambda r: ("username", rs(r, ALNUM, 24)))
v("weatherbys_racing_data_api_key", "guess", "40 alphanumerics", lambda r: rs(r, ALNUM, 40))
v("timeform_api_client_secret", "guess", "48 base64url", lambda r: rs(r, B64URL, 48),
  lambda r: ("client_id", "tf-" + rs(r, LOWALNUM, 12)))
v("racing_post_data_feed_api_key", "guess", "UUIDv4", lambda r: uuid4(r))
v("equibase_data_feed_password", "pw", "owner-chosen", _pw, nb_user)
v("racing_australia_ftp_password", "pw", "owner-chosen", _pw, nb_user)
v("sportradar_horse_racing_api_key", "guess", "40 alphanumerics", lambda r: rs(r, ALNUM, 40))
v("tote_partner_api_secret", "guess", "64 lower-case hex", lambda r: rs(r, HEX, 64),
  lambda r: ("partner_id", "TP%05d" % r.randrange(100000)))
v("central_equine_database_api_key", "guess", "32 upper-case hex", lambda r: rs(r, UHEX, 32))
v("equiratings_data_api_key", "guess", "32 alphanumerics", lambda r: rs(r, ALNUM, 32))
v("british_eventing_entries_api_token", "guess", "43 base64url", lambda r: rs(r, B64URL, 43))
v("british_showjumping_results_api_key", "guess", "UUIDv4", lambda r: uuid4(r))
v("showgroundslive_api_key", "guess", "40 lower-case hex", lambda r: rs(r, HEX, 40))
v("horsebase_api_token", "guess", "48 alphanumerics", lambda r: rs(r, ALNUM, 48))
v("stable_secretary_account_password", "pw", "owner-chosen", _pw, nb_user)
v("equine_genie_account_password", "pw", "owner-chosen", _pw, nb_user)
v("ezyvet_api_client_secret", "guess", "40 alphanumerics", lambda r: rs(r, ALNUM, 40),
  lambda r: ("client_id", rs(r, ALNUM, 20)))
v("provet_cloud_api_token", "guess", "40 lower-case hex", lambda r: rs(r, HEX, 40))
v("webfleet_api_key", "guess", "UUIDv4", lambda r: uuid4(r), lambda r: ("account", "yard-%04d" % r.randrange(10000)))
v("traccar_api_token", "guess", "60 base64url", lambda r: rs(r, B64URL, 60))
v("teltonika_rms_api_token", "guess", "64 alphanumerics", lambda r: rs(r, ALNUM, 64))
v("mindbody_public_api_key", "guess", "32 lower-case hex", lambda r: rs(r, HEX, 32),
  lambda r: ("site_id", "-%d" % r.randrange(10000, 99999)))
v("bookwhen_api_token", "guess", "40 lower-case alphanumerics", lambda r: rs(r, LOWALNUM, 40))
v("simplybook_me_api_key", "guess", "64 lower-case hex", lambda r: rs(r, HEX, 64),
  lambda r: ("company", r.choice(["hollybrookarena", "oakleyequestrian", "fernhillstables"])))
v("acuity_scheduling_user_api_key", "guess", "32 lower-case hex", lambda r: rs(r, HEX, 32),
  lambda r: ("user_id", str(r.randrange(10 ** 7, 10 ** 8))))
v("calendly_personal_access_token", "known", "JWT (real base64url JSON header and payload)",
  lambda r: jwt_rs256_shape(r, {"iss": "https://auth.calendly.com", "iat": 1716000000 + r.randrange(10 ** 7),
                                 "jti": uuid4(r), "user_uuid": uuid4(r)}))
v("hik_connect_account_password", "pw", "owner-chosen", _pw, nb_user)
v("reolink_camera_admin_password", "pw", "owner-chosen", _pw, lambda r: ("username", "admin"))
v("met_office_datahub_api_key", "guess", "RS256-shaped JWT (real base64url JSON)",
  lambda r: jwt_rs256_shape(r, {"sub": "yard-%d@clients" % r.randrange(1000), "iss": "https://datahub.metoffice.example",
                                 "subscribedAPIs": [{"name": "SiteSpecificForecast"}], "iat": 1717000000 + r.randrange(10 ** 7)}))
v("openweathermap_api_key", "known", "32 lower-case hex", lambda r: rs(r, HEX, 32))
v("tomorrow_io_api_key", "guess", "32 alphanumerics", lambda r: rs(r, ALNUM, 32))
v("what3words_api_key", "known", "8 upper-case alphanumerics", lambda r: rs(r, UPALNUM, 8))
v("google_maps_server_key", "read", "`AIza` + 35 base64url", lambda r: "AIza" + rs(r, B64URL, 35))
# ---- commerce / point of sale / payments / accounting ----
v("square_production_access_token", "read", "`EAAA` + 60 base64url", lambda r: "EAAA" + rs(r, B64URL, 60))
v("square_oauth_application_secret", "read", "`sq0csp-` + 43 base64url", lambda r: "sq0csp-" + rs(r, B64URL, 43),
  lambda r: ("application_id", "sq0idp-" + rs(r, B64URL, 22)))
v("shopify_admin_api_access_token", "read", "`shpat_` + 32 hex", lambda r: "shpat_" + rs(r, HEX, 32),
  lambda r: ("shop", r.choice(["saddlery-and-feed", "hoofbeats-tack", "oakley-tack-room"]) + ".myshopify.com"))
v("shopify_app_shared_secret", "read", "`shpss_` + 32 hex", lambda r: "shpss_" + rs(r, HEX, 32))
v("woocommerce_rest_consumer_secret", "known", "`cs_` + 40 hex", lambda r: "cs_" + rs(r, HEX, 40),
  lambda r: ("consumer_key", "ck_" + rs(r, HEX, 40)))
v("lightspeed_retail_client_secret", "guess", "64 lower-case hex", lambda r: rs(r, HEX, 64))
v("bigcommerce_store_api_token", "guess", "31 lower-case alphanumerics", lambda r: rs(r, LOWALNUM, 31),
  lambda r: ("store_hash", rs(r, LOWALNUM, 10)))
v("ebay_production_client_secret", "known", "`PRD-` + 12 hex + four groups of 4 hex",
  lambda r: "PRD-" + rs(r, HEX, 12) + "-" + "-".join(rs(r, HEX, 4) for _ in range(4)))
v("etsy_open_api_shared_secret", "guess", "10 lower-case alphanumerics", lambda r: rs(r, LOWALNUM, 10),
  lambda r: ("keystring", rs(r, LOWALNUM, 24)))
v("clover_merchant_api_token", "guess", "UUIDv4", lambda r: uuid4(r))
v("zettle_oauth_client_secret", "guess", "48 base64url", lambda r: rs(r, B64URL, 48))
v("sumup_oauth_client_secret", "guess", "64 lower-case hex", lambda r: rs(r, HEX, 64))
v("gocardless_live_access_token", "read", "`live_` + 40 base64url", lambda r: "live_" + rs(r, B64URL, 40))
v("stripe_secret_live_key", "read", "`sk_live_` + 99 base62", lambda r: "sk_live_" + rs(r, B62, 99))
v("checkout_com_secret_key", "guess", "`sk_` + UUIDv4", lambda r: "sk_" + uuid4(r))
v("xero_oauth_client_secret", "guess", "48 base64url", lambda r: rs(r, B64URL, 48),
  lambda r: ("client_id", rs(r, UHEX, 32)))
v("quickbooks_online_client_secret", "guess", "40 alphanumerics", lambda r: rs(r, ALNUM, 40))
v("freeagent_oauth_client_secret", "guess", "22 base64url", lambda r: rs(r, B64URL, 22))
v("sage_accounting_client_secret", "guess", "32 alphanumerics", lambda r: rs(r, ALNUM, 32))
# ---- messaging ----
v("twilio_sms_auth_token", "known", "32 lower-case hex", lambda r: rs(r, HEX, 32),
  lambda r: ("account_sid", "AC" + rs(r, HEX, 32)))
v("messagebird_live_access_key", "guess", "25 alphanumerics", lambda r: rs(r, ALNUM, 25))
v("textlocal_api_key", "guess", "40 alphanumerics", lambda r: rs(r, ALNUM, 40))
v("telegram_yard_alerts_bot_token", "read", "numeric bot id + `:AA` + 33 base64url",
  lambda r: str(r.randrange(10 ** 9, 8 * 10 ** 9)) + ":AA" + rs(r, B64URL, 33))
v("slack_bot_user_token", "read", "`xoxb-` + numeric groups + 24 alphanumerics",
  lambda r: "xoxb-%d-%d-%s" % (r.randrange(10 ** 11, 10 ** 12), r.randrange(10 ** 12, 10 ** 13), rs(r, ALNUM, 24)))
v("slack_incoming_webhook_url", "read", "whole `hooks.slack.com/services/T…/B…/…` URL",
  lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, UPALNUM, 10), rs(r, UPALNUM, 10), rs(r, ALNUM, 24)))
v("discord_bot_token", "known", "Base64 of the numeric bot id + `.` + 6 + `.` + 38 base64url",
  lambda r: b64url(str(r.randrange(10 ** 17, 10 ** 18)).encode()) + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38))
v("mailchimp_marketing_api_key", "read", "32 hex + `-us` + two-digit data-centre number",
  lambda r: rs(r, HEX, 32) + "-us" + str(r.randrange(10, 22)))
v("brevo_api_v3_key", "read", "`xkeysib-` + 64 hex + `-` + 16 alphanumerics",
  lambda r: "xkeysib-" + rs(r, HEX, 64) + "-" + rs(r, ALNUM, 16))
v("resend_api_key", "guess", "`re_` + 8 + `_` + 24 alphanumerics", lambda r: "re_" + rs(r, ALNUM, 8) + "_" + rs(r, ALNUM, 24))
v("mailersend_api_token", "known", "`mlsn.` + 64 hex", lambda r: "mlsn." + rs(r, HEX, 64))
v("facebook_page_access_token", "read", "`EAAC` + 180 alphanumerics", lambda r: "EAAC" + rs(r, ALNUM, 180),
  lambda r: ("page_id", str(r.randrange(10 ** 14, 10 ** 15))))
v("vimeo_personal_access_token", "known", "32 lower-case hex", lambda r: rs(r, HEX, 32))
# ---- AI ----
v("openai_project_api_key", "read", "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url",
  lambda r: "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74))
v("anthropic_claude_api_key", "read", "`sk-ant-api03-` + 93 base64url + `AA`",
  lambda r: "sk-ant-api03-" + rs(r, B64URL, 93) + "AA")
v("google_ai_studio_api_key", "read", "`AIza` + 35 base64url", lambda r: "AIza" + rs(r, B64URL, 35))
v("groq_cloud_api_key", "known", "`gsk_` + 52 alphanumerics", lambda r: "gsk_" + rs(r, ALNUM, 52))
v("hugging_face_user_access_token", "read", "`hf_` + 34 letters", lambda r: "hf_" + rs(r, string.ascii_letters, 34))
v("replicate_api_token", "known", "`r8_` + 37 alphanumerics", lambda r: "r8_" + rs(r, ALNUM, 37))
v("perplexity_api_key", "known", "`pplx-` + 48 alphanumerics", lambda r: "pplx-" + rs(r, ALNUM, 48))
v("xai_grok_api_key", "known", "`xai-` + 80 alphanumerics", lambda r: "xai-" + rs(r, ALNUM, 80))
v("together_ai_api_key", "guess", "64 lower-case hex", lambda r: rs(r, HEX, 64))
v("voyage_ai_api_key", "guess", "`pa-` + 43 base64url", lambda r: "pa-" + rs(r, B64URL, 43))
v("pinecone_api_key", "guess", "`pcsk_` + 6 + `_` + 63 alphanumerics",
  lambda r: "pcsk_" + rs(r, ALNUM, 6) + "_" + rs(r, ALNUM, 63))
# ---- developer platforms ----
v("github_fine_grained_pat", "read", "`github_pat_` + 22 + `_` + 59 alphanumerics",
  lambda r: "github_pat_" + rs(r, ALNUM, 22) + "_" + rs(r, ALNUM, 59))
v("github_classic_pat", "read", "`ghp_` + 30 base62 + 6-character base62 CRC-32", lambda r: crc_token(r, "ghp_"))
v("gitlab_personal_access_token", "read", "`glpat-` + 20 base64url", lambda r: "glpat-" + rs(r, B64URL, 20))
v("bitbucket_repository_access_token", "guess", "`ATCTT3xFfGN0` + 171 base64url + `=` + 8 upper hex (modelled on the Atlassian layout)",
  lambda r: "ATCTT3xFfGN0" + rs(r, B64URL, 171) + "=" + rs(r, UHEX, 8))
v("vercel_personal_token", "guess", "24 alphanumerics", lambda r: rs(r, ALNUM, 24))
v("supabase_service_role_jwt", "known", "HS256 JWT with role service_role (real base64url JSON)",
  lambda r: jwt_hs256(r, {"iss": "supabase", "ref": rs(r, LOW, 20), "role": "service_role",
                          "iat": 1700000000 + r.randrange(10 ** 7), "exp": 2000000000 + r.randrange(10 ** 7)}))
v("supabase_management_pat", "known", "`sbp_` + 40 hex", lambda r: "sbp_" + rs(r, HEX, 40))
v("planetscale_service_token", "read", "`pscale_tkn_` + 43 base64url", lambda r: "pscale_tkn_" + rs(r, B64URL, 43),
  lambda r: ("service_token_id", rs(r, LOWALNUM, 12)))
v("neon_api_key", "guess", "`napi_` + 64 lower-case alphanumerics", lambda r: "napi_" + rs(r, LOWALNUM, 64))
v("digitalocean_personal_access_token", "read", "`dop_v1_` + 64 hex", lambda r: "dop_v1_" + rs(r, HEX, 64))
v("cloudflare_api_token", "read", "40 base64url", lambda r: rs(r, B64URL, 40))
v("fastly_api_token", "read", "32 base64url", lambda r: rs(r, B64URL, 32))
v("algolia_admin_api_key", "read", "32 hex", lambda r: rs(r, HEX, 32),
  lambda r: ("application_id", rs(r, UPALNUM, 10)))
v("contentful_management_token", "known", "`CFPAT-` + 43 base64url", lambda r: "CFPAT-" + rs(r, B64URL, 43))
v("airtable_personal_access_token", "read", "`pat` + 14 alphanumerics + `.` + 64 hex",
  lambda r: "pat" + rs(r, ALNUM, 14) + "." + rs(r, HEX, 64))
v("notion_internal_integration_secret", "read", "`ntn_` + 11 digits + 35 alphanumerics", lambda r: "ntn_" + rs(r, D, 11) + rs(r, ALNUM, 35))
v("linear_personal_api_key", "read", "`lin_api_` + 40 alphanumerics", lambda r: "lin_api_" + rs(r, ALNUM, 40))
v("atlassian_cloud_api_token", "read", "`ATATT3xFfGF0` + 171 base64url + `=` + 8 upper hex (186 after `ATATT3`)",
  lambda r: "ATATT3xFfGF0" + rs(r, B64URL, 171) + "=" + rs(r, UHEX, 8),
  lambda r: ("email", "it@racingclub.example"))
v("hubspot_private_app_token", "known", "`pat-na1-` + UUIDv4", lambda r: "pat-na1-" + uuid4(r))
v("typeform_personal_token", "read", "`tfp_` + 44 + `_` + 14 base62", lambda r: "tfp_" + rs(r, B62, 44) + "_" + rs(r, B62, 14))
v("jotform_api_key", "guess", "32 lower-case hex", lambda r: rs(r, HEX, 32))
v("postman_api_key", "read", "`PMAK-` + 24 hex + `-` + 34 hex", lambda r: "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34))
v("snyk_api_token", "known", "UUIDv4", lambda r: uuid4(r))
v("sonarcloud_user_token", "known", "`squ_` + 40 hex", lambda r: "squ_" + rs(r, HEX, 40))
v("codecov_upload_token", "known", "UUIDv4", lambda r: uuid4(r))
v("hcp_terraform_user_token", "read", "14 alphanumerics + `.atlasv1.` + 67 alphanumerics",
  lambda r: rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67))
v("pulumi_access_token", "read", "`pul-` + 40 hex", lambda r: "pul-" + rs(r, HEX, 40))
# ---- ops / cloud ----
v("datadog_api_key", "known", "32 lower-case hex", lambda r: rs(r, HEX, 32), lambda r: ("site", "datadoghq.eu"))
v("datadog_application_key", "known", "40 lower-case hex", lambda r: rs(r, HEX, 40))
v("grafana_service_account_token", "read", "`glsa_` + 32 alphanumerics + `_` + 8 hex",
  lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + rs(r, HEX, 8))
v("sentry_user_auth_token", "known", "`sntryu_` + 64 hex", lambda r: "sntryu_" + rs(r, HEX, 64))
v("azure_storage_account_key", "known", "Base64 of 64 random bytes (88 characters)", lambda r: b64(rbytes(r, 64)),
  lambda r: ("account_name", "yardbackups%02d" % r.randrange(100)))
v("azure_service_bus_shared_access_key", "known", "Base64 of 32 random bytes (44 characters)", lambda r: b64(rbytes(r, 32)),
  lambda r: ("key_name", "RootManageSharedAccessKey"))
v("aws_secret_access_key_for_s3_backups", "known", "40 Base64 characters",
  lambda r: rs(r, string.ascii_letters + D + "+/", 40), lambda r: ("access_key_id", "AKIA" + rs(r, UPALNUM, 16)))
v("backblaze_b2_application_key", "known", "`K00` + 28 base64-like characters",
  lambda r: "K00" + rs(r, string.ascii_letters + D + "+/", 28), lambda r: ("key_id", "00" + rs(r, HEX, 23)))
v("hcaptcha_secret_key", "known", "`0x` + 40 hex", lambda r: "0x" + rs(r, HEX, 40))
v("docusign_integration_secret_key", "guess", "UUIDv4", lambda r: uuid4(r),
  lambda r: ("integration_key", uuid4(r)))
v("google_drive_oauth_client_secret", "known", "`GOCSPX-` + 28 base64url", lambda r: "GOCSPX-" + rs(r, B64URL, 28))
v("microsoft_graph_app_client_secret", "read", "3 + digit + `Q~` + 34 characters",
  lambda r: rs(r, ALNUM, 3) + r.choice(D) + "Q~" + rs(r, ALNUM + "_.~-", 34))
# ---- weaker / less central: the tail beyond 120 is not used ----
v("better_stack_uptime_api_token", "guess", "24 alphanumerics", lambda r: rs(r, ALNUM, 24))
v("honeycomb_ingest_api_key", "guess", "`hcaik_` + 58 lower-case alphanumerics", lambda r: "hcaik_" + rs(r, LOWALNUM, 58))
v("dropbox_app_secret", "guess", "15 lower-case alphanumerics", lambda r: rs(r, LOWALNUM, 15))
v("box_platform_client_secret", "guess", "32 alphanumerics", lambda r: rs(r, ALNUM, 32))
v("infisical_service_token", "guess", "`st.` + hex groups", lambda r: "st." + rs(r, HEX, 24) + "." + rs(r, HEX, 32) + "." + rs(r, HEX, 32))
v("x_api_app_bearer_token", "read", "22 `A` + 80 alphanumerics", lambda r: "A" * 22 + rs(r, ALNUM, 80))
v("paddle_billing_api_key", "guess", "`pdl_live_apikey_` + 52 alphanumerics", lambda r: "pdl_live_apikey_" + rs(r, ALNUM, 52))
v("instagram_graph_long_lived_token", "guess", "`IGQVJ` + 150 base64url", lambda r: "IGQVJ" + rs(r, B64URL, 150))
v("sanity_api_token", "guess", "`sk` + 180 alphanumerics", lambda r: "sk" + rs(r, ALNUM, 180))
v("fly_io_org_token", "read", "`fo1_` + 43 base64url", lambda r: "fo1_" + rs(r, B64URL, 43))

N_VENDOR = 120


# ---- styles -----------------------------------------------------------------------------
def _nbline(nb, style, fmt):
    if not nb:
        return ""
    return fmt % (style_key(nb[0].split("_"), style), nb[1])


def livery_api_dotenv_development(key_words, nb, r):
    k = style_key(key_words, "upper")
    return ("# .env.development (livery api)\nAPI_BASE_URL=http://localhost:%d\n%s%s=%s\n"
            % (r.choice([3000, 4000, 8000]), _nbline(nb, "upper", "%s=%s\n"), k, MARK))


def yard_ops_fly_secrets_set_history(key_words, nb, r):
    k = style_key(key_words, "upper")
    pre = ""
    if nb:
        pre = "  %d  fly secrets set %s=%s -a livery-web\n" % (r.randrange(100, 900), style_key(nb[0].split("_"), "upper"), nb[1])
    return ("%s  %d  fly secrets set %s=%s -a livery-web\n  %d  fly deploy\n"
            % (pre, r.randrange(900, 990), k, MARK, r.randrange(990, 999)))


def tote_bridge_kubectl_create_secret_history(key_words, nb, r):
    k = style_key(key_words, "kebab")
    extra = ""
    if nb:
        extra = " \\\n  --from-literal=%s=%s" % (style_key(nb[0].split("_"), "kebab"), nb[1])
    return ("kubectl -n racing-club create secret generic tote-bridge-%s%s \\\n  --from-literal=%s=%s\n"
            % (rs(r, "abcdef0123456789", 4), extra, k, MARK))


def entries_python_settings_module(key_words, nb, r):
    k = style_key(key_words, "upper")
    return ("# entries/settings/integrations.py\nSHOW_SEASON = %d\n%s%s = \"%s\"\n"
            % (r.choice([2025, 2026]), _nbline(nb, "upper", "%s = \"%s\"\n"), k, MARK))


def arena_booking_node_process_env_default(key_words, nb, r):
    k = style_key(key_words, "upper")
    c = style_key(key_words, "camel")
    pre = ""
    if nb:
        pre = "const %s = process.env.%s ?? \"%s\";\n" % (style_key(nb[0].split("_"), "camel"), style_key(nb[0].split("_"), "upper"), nb[1])
    return ("// src/integrations.js - arena booking\n%sconst %s = process.env.%s ?? \"%s\";\nmodule.exports = { %s };\n"
            % (pre, c, k, MARK, c))


def stable_ops_aws_ssm_put_parameter_history(key_words, nb, r):
    k = style_key(key_words, "kebab")
    return ("$ aws ssm put-parameter --name /yard/prod/%s --type SecureString --value %s --overwrite\n"
            "{\n    \"Version\": %d,\n    \"Tier\": \"Standard\"\n}\n" % (k, MARK, r.randrange(2, 9)))


def racing_club_terraform_locals_block(key_words, nb, r):
    k = style_key(key_words, "snake")
    return ("locals {\n  club_env = \"prod\"\n%s  %s = \"%s\"\n}\n" % (_nbline(nb, "snake", "  %s = \"%s\"\n"), k, MARK))


def stable_office_bitwarden_json_export(key_words, nb, r):
    title = style_key(key_words, "title")
    user = nb[1] if nb else "yard office"
    return ("{\n  \"items\": [\n    {\n      \"type\": 1,\n      \"name\": \"%s\",\n      \"login\": {\n        \"username\": \"%s\",\n"
            "        \"password\": \"%s\"\n      },\n      \"folderId\": null\n    }\n  ]\n}\n" % (title, user, MARK))


def yard_slack_dm_paste(key_words, nb, r):
    k = style_key(key_words, "spaced")
    extra = (" (%s is %s)" % (nb[0].replace("_", " "), nb[1])) if nb else ""
    return ("%s  %02d:%02d\nhere's the %s for the staging box%s: %s\ncan you check entries sync tonight?"
            % (r.choice(["Hannah", "Declan", "Priya", "Tom"]), r.randrange(24), r.randrange(60), k, extra, MARK))


def livery_zendesk_internal_note(key_words, nb, r):
    k = style_key(key_words, "spaced")
    extra = (" Their %s is %s." % (nb[0].replace("_", " "), nb[1])) if nb else ""
    return ("Internal note (ticket #%d): livery client asked us to fix the integration.%s They pasted the %s "
            "%s into the ticket body, please rotate after." % (r.randrange(10000, 99999), extra, k, MARK))


def racing_club_secretary_email(key_words, nb, r):
    k = style_key(key_words, "spaced")
    extra = ("%s: %s\n" % (nb[0].replace("_", " "), nb[1])) if nb else ""
    return ("From: secretary@racingclub.example\nSubject: details for the developer\n\nHello,\n\nAs requested for the "
            "raceday app:\n%s%s: %s\n\nKind regards,\nClub Secretary\n" % (extra, k, MARK))


def tack_shop_podman_run_env_history(key_words, nb, r):
    k = style_key(key_words, "upper")
    extra = (" -e %s=%s" % (style_key(nb[0].split("_"), "upper"), nb[1])) if nb else ""
    return ("podman run -d --name tack-sync%s -e %s=%s ghcr.io/tackshop/sync:%d.%d\n"
            % (extra, k, MARK, r.randrange(1, 5), r.randrange(10)))


STYLES = [livery_api_dotenv_development, yard_ops_fly_secrets_set_history, tote_bridge_kubectl_create_secret_history,
          entries_python_settings_module, arena_booking_node_process_env_default,
          stable_ops_aws_ssm_put_parameter_history, racing_club_terraform_locals_block,
          stable_office_bitwarden_json_export, yard_slack_dm_paste, livery_zendesk_internal_note,
          racing_club_secretary_email, tack_shop_podman_run_env_history]


def candidates():
    return list(V)


def generate(reg, counter, deny_fn):
    rng = random.Random(SEED)
    kept, dropped = [], []
    for spec in V:
        if deny_fn(spec["name"]):
            dropped.append(spec["name"])
            continue
        kept.append(spec)
    used, tail = kept[:N_VENDOR], kept[N_VENDOR:]
    out = []
    for i, spec in enumerate(used):
        style = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: spec["gen"](rng))
        nb = None
        if spec["neighbour"]:
            nb = spec["neighbour"](rng)
            reg.add(nb[1])  # public neighbour: registered so no value can overlap it
        template = style(spec["name"].split("_"), nb, rng)
        text, s, e = place(template, value)
        out.append(make_record("%s-s-%04d" % (PREFIX, counter()), spec["name"],
                               spec["name"] + "__" + style.__name__, text, s, e, "vendor"))
    return out, dropped, [t["name"] for t in tail]
