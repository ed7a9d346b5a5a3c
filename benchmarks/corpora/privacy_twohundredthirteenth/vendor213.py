"""Vendor source: 120 vendor credential types, each in one style (container `<type>__<style>`)."""
import base64
import json
import random

from common213 import (SLOT, ALNUM, LOWALNUM, UPALNUM, HEX, UHEX, B64URL, B64STD, DIGITS, UPPER, LOWER, rs,
                       rbytes, password, uuid4, b64u, b64s, jwt_hs, key_for, place)

SEED = 21302


def A(n):
    return lambda r: rs(r, ALNUM, n)


def H(n):
    return lambda r: rs(r, HEX, n)


def cat(*parts):
    def g(r):
        return "".join(p if isinstance(p, str) else p(r) for p in parts)
    return g


def U(r):
    return uuid4(r)


def pw(r):
    return password(r)


def g_sentry_org(r):
    org = r.choice(["porthcove-lifeboat", "fellhead-mrt", "dunmore-cg"])
    body = {"iat": 1716000000 + r.randrange(10 ** 6), "url": "https://sentry.io",
            "region_url": "https://de.sentry.io", "org": org}
    return "sntrys_" + base64.b64encode(json.dumps(body, separators=(",", ":")).encode()).decode().rstrip("=") + \
        "_" + rs(r, ALNUM + "+/", 43)


def g_glc(r):
    body = {"o": str(r.randrange(10 ** 5, 10 ** 6)), "n": "callout-metrics-" + rs(r, LOWER, 4),
            "k": rs(r, ALNUM, 24), "m": {"r": "prod-gb-south-0"}}
    return "glc_" + b64s(json.dumps(body, separators=(",", ":")).encode())


def g_mapbox_sk(r):
    body = {"u": "fellhead-mrt", "a": "cl" + rs(r, LOWALNUM, 23)}
    return "sk." + b64u(json.dumps(body, separators=(",", ":")).encode()) + "." + rs(r, B64URL, 22)


def g_supabase_jwt(r):
    iat = 1700000000 + r.randrange(10 ** 7)
    return jwt_hs(r, "HS256", {"iss": "supabase", "ref": rs(r, LOWER, 20), "role": "service_role",
                               "iat": iat, "exp": iat + 315360000})


def g_chirp_jwt(r):
    return jwt_hs(r, "HS256", {"aud": "chirpstack", "iss": "chirpstack", "sub": uuid4(r), "typ": "key"})


def g_matrix(r):
    user = r.choice(["callout-bot", "sarbridge", "crewpager"])
    return "syt_" + b64u(user.encode()) + "_" + rs(r, ALNUM, 20) + "_" + rs(r, ALNUM, 6)


def g_bitwarden(r):
    return "0." + uuid4(r) + "." + rs(r, ALNUM, 30) + ":" + b64s(rbytes(r, 16))


def g_teams(r):
    tenant = rs(r, LOWALNUM, 10)
    return ("https://%s.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s"
            % (tenant, uuid4(r), uuid4(r), rs(r, HEX, 32), uuid4(r)))


def g_discord_hook(r):
    return "https://discord.com/api/webhooks/%s/%s" % (str(r.randrange(10 ** 17, 10 ** 18)) + r.choice(DIGITS),
                                                        rs(r, B64URL, 68))


def g_telegram(r):
    return str(r.randrange(10 ** 9, 8 * 10 ** 9)) + ":AA" + rs(r, B64URL, 33)


def g_entra(r):
    return rs(r, ALNUM, 3) + r.choice(DIGITS) + "Q~" + rs(r, ALNUM + "_~.-", 34)


def g_vault(r):
    return "hvs.CAESI" + rs(r, B64URL, 86)


def g_influx(r):
    return base64.urlsafe_b64encode(rbytes(r, 64)).decode()


def g_traccar(r):
    return b64u(rbytes(r, 72))


def g_asana(r):
    return "2/" + rs(r, DIGITS, 16) + "/" + rs(r, DIGITS, 16) + ":" + rs(r, HEX, 32)


def g_az_devops(r):
    return rs(r, "abcdefghijklmnopqrstuvwxyz234567", 52)


def g_aprs(r):
    return str(r.randrange(10 ** 5, 10 ** 6)) + "." + rs(r, ALNUM, 20)


# (type, key words, generator, category, shape, neighbour (words, generator) or None)
V = [
    # paging, call-out and team management
    ("pagerduty_rest_api_key", ["pagerduty", "api", "key"], cat("u+", lambda r: rs(r, B64URL, 18)), "believed", "`u+` + 18 base64url (20 characters)", None),
    ("opsgenie_integration_api_key", ["opsgenie", "api", "key"], U, "believed", "UUIDv4", None),
    ("d4h_team_api_access_token", ["d4h", "access", "token"], H(96), "guessed", "96 lower-case hex", (["d4h", "team", "id"], lambda r: str(r.randrange(1000, 9999)))),
    ("zello_work_api_key", ["zello", "api", "key"], H(40), "guessed", "40 lower-case hex", (["zello", "network"], lambda r: "fellhead-" + rs(r, LOWER, 4))),
    ("sarcall_operator_password", ["sarcall", "password"], pw, "owner", "owner-chosen", (["sarcall", "username"], lambda r: "op." + rs(r, LOWER, 6))),
    ("iamresponding_member_password", ["iar", "password"], pw, "owner", "owner-chosen", (["iar", "agency"], lambda r: "STN" + rs(r, DIGITS, 5))),
    ("rya_training_portal_password", ["rya", "portal", "password"], pw, "owner", "owner-chosen", (["rya", "member", "no"], lambda r: rs(r, DIGITS, 7))),
    ("ofcom_licensing_portal_password", ["ofcom", "password"], pw, "owner", "owner-chosen", (["ofcom", "login"], lambda r: "licences+" + rs(r, LOWER, 5) + "@station.example")),
    ("moodle_web_service_token", ["moodle", "wstoken"], H(32), "believed", "32 lower-case hex", None),
    ("canvas_lms_access_token", ["canvas", "access", "token"], cat(lambda r: rs(r, DIGITS, 4), "~", A(64)), "believed", "4 digits + `~` + 64 alphanumerics", None),
    ("kobotoolbox_api_token", ["kobo", "token"], H(40), "believed", "40 lower-case hex", None),
    ("odk_central_app_user_token", ["odk", "app", "user", "token"], A(64), "guessed", "64 alphanumerics", None),
    # messaging
    ("twilio_api_key_secret", ["twilio", "api", "secret"], A(32), "believed", "32 alphanumerics", (["twilio", "api", "key", "sid"], cat("SK", H(32)))),
    ("vonage_api_secret", ["vonage", "api", "secret"], A(16), "believed", "16 alphanumerics", (["vonage", "api", "key"], H(8))),
    ("plivo_auth_token", ["plivo", "auth", "token"], A(40), "believed", "40 alphanumerics", (["plivo", "auth", "id"], cat("MA", lambda r: rs(r, UPALNUM, 18)))),
    ("clicksend_api_key", ["clicksend", "api", "key"], lambda r: uuid4(r).upper(), "guessed", "upper-case UUIDv4", (["clicksend", "username"], lambda r: "ops@" + r.choice(["porthcove", "fellhead"]) + ".example")),
    ("pushbullet_access_token", ["pushbullet", "token"], cat("o.", A(32)), "believed", "`o.` + 32 alphanumerics", None),
    ("telegram_callout_bot_token", ["telegram", "bot", "token"], g_telegram, "read", "10 digits + `:AA` + 33 base64url", None),
    ("whatsapp_cloud_api_access_token", ["whatsapp", "access", "token"], cat("EAAG", A(180)), "believed", "`EAAG` + 180 alphanumerics", (["whatsapp", "phone", "number", "id"], lambda r: rs(r, DIGITS, 15))),
    ("fcm_legacy_server_key", ["fcm", "server", "key"], cat("AAAA", lambda r: rs(r, B64URL, 7), ":APA91b", lambda r: rs(r, B64URL, 134)), "believed", "`AAAA` + 7 + `:APA91b` + 134 base64url", (["fcm", "sender", "id"], lambda r: rs(r, DIGITS, 12))),
    ("matrix_bot_access_token", ["matrix", "access", "token"], g_matrix, "believed", "`syt_` + base64url user + `_` + 20 + `_` + 6 alphanumerics", None),
    ("zulip_bot_api_key", ["zulip", "api", "key"], A(32), "believed", "32 alphanumerics", (["zulip", "email"], lambda r: "pager-bot@" + rs(r, LOWER, 6) + ".zulipchat.com")),
    ("mattermost_personal_access_token", ["mattermost", "token"], lambda r: rs(r, LOWALNUM, 26), "read", "26 lower-case alphanumerics", None),
    ("microsoft_teams_incoming_webhook_url", ["teams", "webhook", "url"], g_teams, "read", "whole `*.webhook.office.com/webhookb2/…/IncomingWebhook/…` URL", None),
    ("discord_channel_webhook_url", ["discord", "webhook", "url"], g_discord_hook, "believed", "whole `discord.com/api/webhooks/<id>/<68 base64url>` URL", None),
    ("slack_app_level_token", ["slack", "app", "token"], cat("xapp-1-A0", lambda r: rs(r, UPALNUM, 9), "-", lambda r: rs(r, DIGITS, 13), "-", H(64)), "read", "`xapp-1-A0` + 9 + `-` + 13 digits + `-` + 64 lower-case hex", None),
    ("slack_user_oauth_token", ["slack", "user", "token"], cat("xoxp-", lambda r: rs(r, DIGITS, 12), "-", lambda r: rs(r, DIGITS, 12), "-", lambda r: rs(r, DIGITS, 13), "-", H(32)), "read", "`xoxp-` + three digit groups + 32 lower-case hex", None),
    ("sendgrid_api_key", ["sendgrid", "api", "key"], cat("SG.", lambda r: rs(r, B64URL, 22), ".", lambda r: rs(r, B64URL, 43)), "read", "`SG.` + 22 + `.` + 43 base64url", None),
    ("postmark_server_api_token", ["postmark", "server", "token"], U, "believed", "UUIDv4", None),
    ("sparkpost_api_key", ["sparkpost", "api", "key"], H(40), "believed", "40 lower-case hex", None),
    ("mailjet_api_secret_key", ["mailjet", "secret", "key"], H(32), "believed", "32 lower-case hex", (["mailjet", "api", "key"], H(32))),
    ("resend_api_key", ["resend", "api", "key"], cat("re_", A(8), "_", A(24)), "guessed", "`re_` + 8 + `_` + 24 alphanumerics", None),
    ("smtp2go_api_key", ["smtp2go", "api", "key"], cat("api-", lambda r: rs(r, UHEX, 32)), "believed", "`api-` + 32 upper-case hex", None),
    # commerce, fundraising, station shop
    ("stripe_restricted_api_key", ["stripe", "restricted", "key"], cat("rk_live_51", A(97)), "read", "`rk_live_51` + 97 alphanumerics", None),
    ("stripe_donations_webhook_secret", ["stripe", "webhook", "secret"], cat("whsec_", A(32)), "believed", "`whsec_` + 32 alphanumerics", None),
    ("paypal_rest_client_secret", ["paypal", "client", "secret"], cat("E", lambda r: rs(r, B64URL, 79)), "believed", "`E` + 79 base64url", (["paypal", "client", "id"], cat("A", lambda r: rs(r, B64URL, 79)))),
    ("square_production_access_token", ["square", "access", "token"], cat("EAAA", lambda r: rs(r, B64URL, 60)), "read", "`EAAA` + 60 base64url", None),
    ("shopify_app_shared_secret", ["shopify", "shared", "secret"], cat("shpss_", H(32)), "read", "`shpss_` + 32 lower-case hex", None),
    ("woocommerce_rest_consumer_secret", ["woocommerce", "consumer", "secret"], cat("cs_", H(40)), "believed", "`cs_` + 40 lower-case hex", (["woocommerce", "consumer", "key"], cat("ck_", H(40)))),
    ("ecwid_secret_token", ["ecwid", "secret", "token"], cat("secret_", A(32)), "guessed", "`secret_` + 32 alphanumerics", (["ecwid", "store", "id"], lambda r: rs(r, DIGITS, 8))),
    ("mollie_live_api_key", ["mollie", "api", "key"], cat("live_", A(30)), "believed", "`live_` + 30 alphanumerics", None),
    ("gocardless_webhook_endpoint_secret", ["gocardless", "webhook", "secret"], A(40), "guessed", "40 alphanumerics", None),
    ("wise_business_api_token", ["wise", "api", "token"], U, "believed", "UUIDv4", None),
    ("eventbrite_private_token", ["eventbrite", "private", "token"], lambda r: rs(r, UPALNUM, 20), "believed", "20 upper-case alphanumerics", None),
    ("shippo_live_api_token", ["shippo", "api", "token"], cat("shippo_live_", H(40)), "read", "`shippo_live_` + 40 lower-case hex", None),
    ("easypost_production_api_key", ["easypost", "api", "key"], cat("EZAK", A(54)), "read", "`EZAK` + 54 alphanumerics", None),
    ("donorbox_api_key", ["donorbox", "api", "key"], A(32), "guessed", "32 alphanumerics", (["donorbox", "login", "email"], lambda r: "fundraising@" + rs(r, LOWER, 7) + ".example")),
    ("justgiving_charity_admin_password", ["justgiving", "password"], pw, "owner", "owner-chosen", (["justgiving", "email"], lambda r: "treasurer." + rs(r, LOWER, 5) + "@station.example")),
    # maps, weather, tides, tracking, radio
    ("mapbox_secret_access_token", ["mapbox", "secret", "token"], g_mapbox_sk, "believed", "`sk.` + base64url JSON `{u, a}` + `.` + 22 base64url (real JSON)", None),
    ("google_maps_server_api_key", ["google", "maps", "server", "key"], cat("AIza", lambda r: rs(r, B64URL, 35)), "read", "`AIza` + 35 base64url", None),
    ("os_data_hub_project_api_key", ["os", "data", "hub", "key"], A(32), "guessed", "32 alphanumerics", None),
    ("tomtom_maps_api_key", ["tomtom", "api", "key"], A(32), "believed", "32 alphanumerics", None),
    ("arcgis_location_api_key", ["arcgis", "api", "key"], cat("AAPK", H(32), lambda r: rs(r, B64URL, 64)), "guessed", "`AAPK` + 32 lower-case hex + 64 base64url", None),
    ("xweather_client_secret", ["xweather", "client", "secret"], A(40), "guessed", "40 alphanumerics", (["xweather", "client", "id"], A(21))),
    ("admiralty_tidal_api_subscription_key", ["admiralty", "subscription", "key"], H(32), "believed", "32 lower-case hex", None),
    ("meteomatics_api_password", ["meteomatics", "password"], pw, "owner", "owner-chosen", (["meteomatics", "username"], lambda r: "coastguard_" + rs(r, LOWER, 6))),
    ("aprs_fi_api_key", ["aprs", "fi", "api", "key"], g_aprs, "guessed", "6 digits + `.` + 20 alphanumerics", None),
    ("marinetraffic_api_key", ["marinetraffic", "api", "key"], H(40), "guessed", "40 lower-case hex", None),
    ("traccar_api_token", ["traccar", "token"], g_traccar, "guessed", "96 base64url (72 random bytes)", None),
    ("chirpstack_api_key_token", ["chirpstack", "api", "token"], g_chirp_jwt, "believed", "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", None),
    ("balena_cloud_api_key", ["balena", "api", "key"], A(32), "guessed", "32 alphanumerics", None),
    ("influxdb_v2_all_access_token", ["influx", "token"], g_influx, "believed", "URL-safe Base64 of 64 random bytes (88 characters, `==`)", None),
    ("hivemq_cloud_client_password", ["hivemq", "password"], pw, "owner", "owner-chosen", (["hivemq", "username"], lambda r: "tracker-" + rs(r, LOWALNUM, 5))),
    # AI
    ("openai_service_account_key", ["openai", "api", "key"], cat("sk-svcacct-", lambda r: rs(r, B64URL, 74), "T3BlbkFJ", lambda r: rs(r, B64URL, 74)), "read", "`sk-svcacct-` + 74 + `T3BlbkFJ` + 74 base64url", None),
    ("huggingface_org_api_token", ["hf", "org", "token"], cat("api_org_", lambda r: rs(r, LOWER + UPPER, 34)), "read", "`api_org_` + 34 letters", None),
    ("mistral_api_key", ["mistral", "api", "key"], A(32), "believed", "32 alphanumerics", None),
    ("cohere_api_key", ["cohere", "api", "key"], A(40), "read", "40 alphanumerics", None),
    ("deepseek_api_key", ["deepseek", "api", "key"], cat("sk-", H(32)), "believed", "`sk-` + 32 lower-case hex", None),
    ("xai_grok_api_key", ["xai", "api", "key"], cat("xai-", A(80)), "believed", "`xai-` + 80 alphanumerics", None),
    ("elevenlabs_api_key", ["elevenlabs", "api", "key"], cat("sk_", H(48)), "believed", "`sk_` + 48 lower-case hex", None),
    ("assemblyai_api_key", ["assemblyai", "api", "key"], H(32), "believed", "32 lower-case hex", None),
    ("deepgram_api_key", ["deepgram", "api", "key"], H(40), "believed", "40 lower-case hex", None),
    ("openrouter_api_key", ["openrouter", "api", "key"], cat("sk-or-v1-", H(64)), "believed", "`sk-or-v1-` + 64 lower-case hex", None),
    ("azure_openai_api_key", ["azure", "openai", "key"], H(32), "believed", "32 lower-case hex", (["azure", "openai", "endpoint"], lambda r: "https://" + rs(r, LOWER, 8) + ".openai.azure.com/")),
    # developer and ops
    ("github_app_installation_token", ["github", "installation", "token"], cat("ghs_", A(36)), "read", "`ghs_` + 36 alphanumerics", None),
    ("github_refresh_token", ["github", "refresh", "token"], cat("ghr_", A(36)), "read", "`ghr_` + 36 alphanumerics", None),
    ("gitlab_pipeline_trigger_token", ["gitlab", "trigger", "token"], cat("glptt-", H(40)), "read", "`glptt-` + 40 lower-case hex", None),
    ("gitlab_runner_authentication_token", ["gitlab", "runner", "token"], cat("glrt-", lambda r: rs(r, B64URL, 20)), "read", "`glrt-` + 20 base64url", None),
    ("npm_automation_access_token", ["npm", "token"], cat("npm_", A(36)), "read", "`npm_` + 36 alphanumerics", None),
    ("pypi_upload_api_token", ["pypi", "token"], cat("pypi-AgEIcHlwaS5vcmc", lambda r: rs(r, B64URL, 120)), "read", "`pypi-AgEIcHlwaS5vcmc` + 120 base64url", None),
    ("docker_hub_personal_access_token", ["dockerhub", "token"], cat("dckr_pat_", lambda r: rs(r, B64URL, 27)), "believed", "`dckr_pat_` + 27 base64url", (["dockerhub", "username"], lambda r: "stationops" + rs(r, DIGITS, 2))),
    ("terraform_cloud_team_token", ["tfc", "team", "token"], cat(A(14), ".atlasv1.", A(67)), "read", "14 + `.atlasv1.` + 67 alphanumerics", None),
    ("netlify_personal_access_token", ["netlify", "auth", "token"], cat("nfp_", A(36)), "believed", "`nfp_` + 36 alphanumerics", None),
    ("supabase_service_role_key", ["supabase", "service", "role", "key"], g_supabase_jwt, "believed", "HS256 JWT with `role: service_role` (real base64url JSON, real HMAC under a discarded key)", None),
    ("supabase_personal_access_token", ["supabase", "access", "token"], cat("sbp_", H(40)), "believed", "`sbp_` + 40 lower-case hex", None),
    ("railway_team_api_token", ["railway", "token"], U, "believed", "UUIDv4", None),
    ("upstash_redis_rest_token", ["upstash", "redis", "rest", "token"], cat("AX", lambda r: rs(r, B64URL, 58)), "guessed", "`AX` + 58 base64url", None),
    ("planetscale_service_token", ["planetscale", "service", "token"], cat("pscale_tkn_", lambda r: rs(r, B64URL, 43)), "read", "`pscale_tkn_` + 43 base64url", (["planetscale", "service", "token", "id"], lambda r: rs(r, LOWALNUM, 12))),
    ("doppler_personal_token", ["doppler", "token"], cat("dp.pt.", A(43)), "read", "`dp.pt.` + 43 alphanumerics", None),
    ("hashicorp_vault_service_token", ["vault", "token"], g_vault, "read", "`hvs.CAESI` + 86 base64url", None),
    ("bitwarden_secrets_manager_access_token", ["bws", "access", "token"], g_bitwarden, "believed", "`0.` + UUIDv4 + `.` + 30 alphanumerics + `:` + Base64 of 16 bytes", None),
    ("tailscale_auth_key", ["tailscale", "auth", "key"], cat("tskey-auth-k", A(15), "-", A(33)), "believed", "`tskey-auth-k` + 15 + `-` + 33 alphanumerics", None),
    ("ngrok_authtoken", ["ngrok", "authtoken"], cat("2", A(26), "_", A(21)), "guessed", "`2` + 26 + `_` + 21 alphanumerics", None),
    ("vultr_api_key", ["vultr", "api", "key"], lambda r: rs(r, UPALNUM, 36), "believed", "36 upper-case alphanumerics", None),
    ("ovh_application_secret", ["ovh", "application", "secret"], A(32), "believed", "32 alphanumerics", (["ovh", "application", "key"], A(16))),
    ("cloudflare_global_api_key", ["cloudflare", "global", "key"], H(37), "read", "37 lower-case hex", (["cloudflare", "email"], lambda r: "it@" + rs(r, LOWER, 8) + ".example")),
    ("cloudflare_origin_ca_key", ["cloudflare", "origin", "ca", "key"], cat("v1.0-", H(24), "-", H(146)), "read", "`v1.0-` + 24 + `-` + 146 lower-case hex", None),
    ("aws_s3_uploader_secret_access_key", ["aws", "secret", "access", "key"], lambda r: rs(r, B64STD, 40), "believed", "40 of the standard Base64 alphabet", (["aws", "access", "key", "id"], cat("AKIA", lambda r: rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)))),
    ("azure_devops_personal_access_token", ["azure", "devops", "pat"], g_az_devops, "believed", "52 lower-case RFC 4648 Base32", None),
    ("azure_service_bus_shared_access_key", ["servicebus", "shared", "access", "key"], lambda r: b64s(rbytes(r, 32)), "believed", "standard Base64 of 32 bytes (44 characters)", (["servicebus", "key", "name"], lambda r: "CalloutSend" + rs(r, DIGITS, 2))),
    ("entra_app_client_secret", ["entra", "client", "secret"], g_entra, "read", "3 + digit + `Q~` + 34 of `[A-Za-z0-9_~.-]`", (["entra", "client", "id"], U)),
    ("google_oauth_client_secret", ["google", "client", "secret"], cat("GOCSPX-", lambda r: rs(r, B64URL, 28)), "believed", "`GOCSPX-` + 28 base64url", (["google", "client", "id"], lambda r: rs(r, DIGITS, 12) + "-" + rs(r, LOWALNUM, 32) + ".apps.googleusercontent.com")),
    ("atlassian_cloud_api_token", ["atlassian", "api", "token"], cat("ATATT3xFfGF0", lambda r: rs(r, B64URL, 183), "=", lambda r: rs(r, UHEX, 8)), "read", "`ATATT3xFfGF0` + 183 base64url + `=` + 8 upper-case hex", (["atlassian", "email"], lambda r: "volunteer.it@" + rs(r, LOWER, 6) + ".example")),
    ("trello_api_token", ["trello", "token"], cat("ATTA", H(64), lambda r: rs(r, UHEX, 8)), "guessed", "`ATTA` + 64 lower-case hex + 8 upper-case hex", (["trello", "api", "key"], H(32))),
    ("asana_personal_access_token", ["asana", "pat"], g_asana, "believed", "`2/` + 16 digits + `/` + 16 digits + `:` + 32 lower-case hex", None),
    ("clickup_personal_api_token", ["clickup", "token"], cat("pk_", lambda r: rs(r, DIGITS, 8), "_", lambda r: rs(r, UPALNUM, 32)), "believed", "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics", None),
    ("linear_personal_api_key", ["linear", "api", "key"], cat("lin_api_", A(40)), "read", "`lin_api_` + 40 alphanumerics", None),
    ("todoist_api_token", ["todoist", "token"], H(40), "believed", "40 lower-case hex", None),
    ("new_relic_user_key", ["newrelic", "user", "key"], cat("NRAK-", lambda r: rs(r, UPALNUM, 27)), "believed", "`NRAK-` + 27 upper-case alphanumerics", None),
    ("grafana_cloud_access_policy_token", ["grafana", "cloud", "token"], g_glc, "read", "`glc_` + standard Base64 of a JSON object (real)", None),
    ("grafana_service_account_token", ["grafana", "sa", "token"], cat("glsa_", A(32), "_", H(8)), "read", "`glsa_` + 32 alphanumerics + `_` + 8 lower-case hex", None),
    ("sentry_org_auth_token", ["sentry", "auth", "token"], g_sentry_org, "read", "`sntrys_` + Base64 of JSON `{iat, url, region_url, org}` (real) + `_` + 43 Base64-alphabet characters", None),
    ("sonarcloud_user_token", ["sonar", "token"], cat("squ_", H(40)), "read", "`squ_` + 40 lower-case hex", None),
    ("codecov_upload_token", ["codecov", "token"], U, "believed", "UUIDv4", None),
    ("launchdarkly_server_sdk_key", ["launchdarkly", "sdk", "key"], cat("sdk-", U), "read", "`sdk-` + UUIDv4", None),
    ("algolia_admin_api_key", ["algolia", "admin", "key"], H(32), "read", "32 lower-case hex", (["algolia", "app", "id"], lambda r: rs(r, UPALNUM, 10))),
    ("contentful_management_token", ["contentful", "management", "token"], cat("CFPAT-", lambda r: rs(r, B64URL, 43)), "believed", "`CFPAT-` + 43 base64url", None),
    ("uptimerobot_main_api_key", ["uptimerobot", "api", "key"], cat("u", lambda r: rs(r, DIGITS, 7), "-", H(24)), "believed", "`u` + 7 digits + `-` + 24 lower-case hex", None),
    ("dropbox_short_lived_token", ["dropbox", "access", "token"], cat("sl.", lambda r: rs(r, B64URL, 135)), "read", "`sl.` + 135 base64url", None),
    ("fastlane_match_password", ["match", "password"], pw, "owner", "owner-chosen", (["match", "git", "url"], lambda r: "git@git." + rs(r, LOWER, 6) + ".lan:ios/certificates.git")),
]

SET_ASIDE = [
    ("betterstack_uptime_api_token", "shape guessed; uptime monitoring is covered by UptimeRobot"),
    ("healthchecks_io_api_key", "shape guessed; uptime monitoring is covered by UptimeRobot"),
    ("printful_api_token", "shape guessed and print-on-demand merch is a weak link (the shop is covered by Square, Shopify, WooCommerce, Ecwid)"),
    ("sanity_api_token", "shape only vaguely remembered (`sk` + a long alphanumeric run); CMS is covered by Contentful"),
    ("dynatrace_api_token", "observability is covered by New Relic, Grafana and Sentry; weak link to a volunteer team"),
    ("databricks_api_token", "no rescue team runs Databricks"),
    ("octopus_deploy_api_key", "deployment is covered by GitLab, Terraform and Netlify"),
    ("vonage_video_api_secret", "second Vonage product with the same guessed shape"),
]

STYLES = [
    ("callout_api_dotenv_production", "upper"),
    ("station_compose_env_file", "upper"),
    ("ops_kubectl_create_secret_history", "upper"),
    ("ops_gh_secret_set_history", "upper"),
    ("tracker_app_python_settings_module", "upper"),
    ("crew_app_swift_static_constants", "camel"),
    ("shop_app_javascript_config_module", "camel"),
    ("donate_site_php_array_config", "snake"),
    ("ops_ansible_plaintext_vars_before_vault", "snake"),
    ("ops_azure_keyvault_secret_set_history", "kebab"),
    ("crew_signal_group_paste", "spaced"),
    ("station_outlook_handover_email", "spaced"),
    ("treasurer_bitwarden_item_view", "title"),
    ("ops_vault_kv_put_history", "snake"),
    ("tracker_app_rust_const_items", "upper"),
    ("kit_app_java_properties", "dot"),
]


def render(style, pairs, rng):
    """pairs: list of (key, value) with the secret value as SLOT."""
    if style == "callout_api_dotenv_production":
        return "# callout-api .env.production\nAPP_ENV=production\n" + "".join("%s=%s\n" % kv for kv in pairs)
    if style == "station_compose_env_file":
        return "# station.env (docker compose --env-file)\nTZ=Europe/London\n" + "".join("%s=\"%s\"\n" % kv for kv in pairs)
    if style == "ops_kubectl_create_secret_history":
        return ("kubectl -n station create secret generic integrations \\\n" +
                " \\\n".join("  --from-literal=%s='%s'" % kv for kv in pairs) + "\nkubectl -n station rollout restart deploy/callout\n")
    if style == "ops_gh_secret_set_history":
        return "".join("gh secret set %s --repo station/callout --body '%s'\n" % kv for kv in pairs) + "gh workflow run deploy.yml\n"
    if style == "tracker_app_python_settings_module":
        return "\"\"\"tracker/settings.py\"\"\"\nimport os\n\nDEBUG = False\n" + "".join("%s = \"%s\"\n" % kv for kv in pairs)
    if style == "crew_app_swift_static_constants":
        return ("import Foundation\n\nenum Integrations {\n" + "".join("    static let %s = \"%s\"\n" % kv for kv in pairs) + "}\n")
    if style == "shop_app_javascript_config_module":
        return ("// config/integrations.js\nmodule.exports = {\n" + "".join("  %s: '%s',\n" % kv for kv in pairs) + "};\n")
    if style == "donate_site_php_array_config":
        return ("<?php\n// config/integrations.php\nreturn [\n" + "".join("    '%s' => '%s',\n" % kv for kv in pairs) + "];\n")
    if style == "ops_ansible_plaintext_vars_before_vault":
        return ("---\n# group_vars/station/vault.yml (plaintext - encrypt before commit!)\n" +
                "".join("%s: \"%s\"\n" % kv for kv in pairs))
    if style == "ops_azure_keyvault_secret_set_history":
        return "".join("az keyvault secret set --vault-name kv-station-ops --name %s --value '%s'\n" % kv for kv in pairs)
    if style == "crew_signal_group_paste":
        lines = ["Ops group - Signal", "Ffion: putting these here until the vault is sorted"]
        lines += ["Ffion: %s: %s" % kv for kv in pairs]
        return "\n".join(lines) + "\nDewi: 👍 got them\n"
    if style == "station_outlook_handover_email":
        body = "Subject: handover - integrations\n\nHi Sam,\n\nAs promised, here are the details for the new setup:\n\n"
        body += "".join("%s: %s\n" % kv for kv in pairs)
        return body + "\nShout if anything doesn't work.\nCheers, Jo\n"
    if style == "treasurer_bitwarden_item_view":
        return ("Item: integrations\nFolder: Station\n" + "".join("%s\n%s\n" % kv for kv in pairs) + "Last edited: 3 days ago\n")
    if style == "ops_vault_kv_put_history":
        return "vault kv put secret/station/integrations " + " ".join("%s='%s'" % kv for kv in pairs) + "\n"
    if style == "tracker_app_rust_const_items":
        return ("// src/secrets.rs\n" + "".join("pub const %s: &str = \"%s\";\n" % kv for kv in pairs))
    if style == "kit_app_java_properties":
        return ("# integrations.properties\napp.region=uk\n" + "".join("%s=%s\n" % kv for kv in pairs))
    raise ValueError(style)


CATEGORY_TITLES = {
    "read": "Read this session",
    "believed": "Believed right",
    "guessed": "Guessed",
    "owner": "Owner-chosen passwords",
}


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for i, (name, words, gen, category, shape, neigh) in enumerate(V):
        style, case = STYLES[i % len(STYLES)]
        value = reg.draw(gen, rng)
        pairs = []
        if neigh is not None:
            nwords, ngen = neigh
            pairs.append((key_for(nwords, case), reg.draw(ngen, rng)))
        pairs.append((key_for(words, case), SLOT))
        text, s, e = place(render(style, pairs, rng), value)
        recs.append({"type": name, "container": name + "__" + style, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": name}], "source": "vendor"})
    return recs
