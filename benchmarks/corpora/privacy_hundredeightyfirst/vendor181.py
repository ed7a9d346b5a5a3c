"""Vendor source: 120 credential types of services used by climbing-gym, bowling and FEC developers."""
import random, base64, json
from common181 import (rs, hexs, B62, B64URL, LOWAN, UPAN, HEX, rbytes, b64url_nopad, jwt_hs256,
                       uuid4, gh_token, owner_password, style_key, place)

SEED = 18102
AN = B62
BU = B64URL
LA = LOWAN
B64STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
BECH = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
UH = "0123456789ABCDEF"

def an(n):  return lambda r: rs(r, AN, n)
def hx(n):  return lambda r: hexs(r, n)
def HX(n):  return lambda r: rs(r, UH, n)
def la(n):  return lambda r: rs(r, LA, n)
def ua(n):  return lambda r: rs(r, UPAN, n)
def bu(n):  return lambda r: rs(r, BU, n)
def pre(p, g): return lambda r: p + g(r)
def cat(*gs):  return lambda r: "".join(g if isinstance(g, str) else g(r) for g in gs)
def uu(r):  return uuid4(r)
def UU(r):  return uuid4(r).upper()
def pw(r):  return owner_password(r)
def b64of(n): return lambda r: base64.b64encode(rbytes(r, n)).decode()
def digits(n): return lambda r: str(r.randint(1, 9)) + rs(r, "0123456789", n - 1)

def _supabase(r):
    iat = 1760000000 + r.randint(0, 5000000)
    return jwt_hs256(r, {"iss": "supabase", "ref": rs(r, "abcdefghijklmnopqrstuvwxyz", 20),
                         "role": "service_role", "iat": iat, "exp": iat + 315360000})
def _calendly(r):
    iat = 1762000000 + r.randint(0, 5000000)
    return jwt_hs256(r, {"iss": "https://auth.calendly.com", "iat": iat, "jti": uuid4(r),
                         "user_uuid": uuid4(r), "scope": "default"}, {"kid": "1ce1e136", "typ": "PAT", "alg": "HS256"})
def _lemon(r):
    iat = 1761000000 + r.randint(0, 5000000)
    return jwt_hs256(r, {"aud": "1", "jti": hexs(r, 80), "iat": iat, "nbf": iat, "exp": iat + 31536000,
                         "sub": str(r.randint(100000, 999999)), "scopes": []})
def _intercom(r):
    raw = "tok:" + uuid4(r) + ":1:0"
    return base64.b64encode(raw.encode()).decode().rstrip("=")
def _discord_bot(r):
    bid = str(r.randint(10**17, 10**18 - 1))
    return b64url_nopad(bid.encode()) + "." + rs(r, BU, 6) + "." + rs(r, BU, 38)
def _slack_hook(r):
    return "https://hooks.slack.com/services/T" + rs(r, UPAN, 10) + "/B" + rs(r, UPAN, 10) + "/" + rs(r, AN, 24)
def _gchat_hook(r):
    return ("https://chat.googleapis.com/v1/spaces/AAAA" + rs(r, BU, 7) + "/messages?key=AIza" + rs(r, BU, 35)
            + "&token=" + rs(r, BU, 43) + "%3D")
def _mm_hook(r):
    return "https://chat.strikecity.lan/hooks/" + rs(r, "abcdefghijklmnopqrstuvwxyz0123456789", 26)
def _telegram(r):
    return str(r.randint(6000000000, 7999999999)) + ":AA" + rs(r, BU, 33)
def _age(r):
    return "AGE-SECRET-KEY-1" + rs(r, BECH, 58)
def _atlassian(r):
    return "ATATT3xFfGF0" + rs(r, BU, 171) + "=" + rs(r, UH, 8)
def _ghpat(r):
    return "github_pat_11" + rs(r, UPAN, 20) + "_" + rs(r, AN, 59)
def _notion(r):
    return "ntn_" + digits(11)(r) + rs(r, AN, 35)
def _mailchimp(r):
    return hexs(r, 32) + "-us" + str(r.randint(2, 21)).zfill(2)
def _brevo(r):
    return "xkeysib-" + hexs(r, 64) + "-" + rs(r, AN, 16)
def _slack_bot(r):
    return "xoxb-" + digits(11)(r) + "-" + digits(13)(r) + "-" + rs(r, AN, 24)
def _openai(r):
    return "sk-proj-" + rs(r, BU, 74) + "T3BlbkFJ" + rs(r, BU, 74)
def _fal(r):
    return uuid4(r) + ":" + hexs(r, 32)
def _b2(r):
    return "K005" + rs(r, B64STD, 27)

# (type, key words, shape, confidence, generator, neighbour (key words, generator) or None)
V = [
 # ---- climbing gym software / boards / waivers
 ("smartwaiver_api_key", ["smartwaiver", "api", "key"], "32 lower-case hex", "guessed", hx(32), None),
 ("waiverforever_api_key", ["waiverforever", "api", "key"], "32 alphanumerics", "guessed", an(32), None),
 ("waiversign_account_api_token", ["waiversign", "api", "token"], "40 lower-case hex", "guessed", hx(40), None),
 ("rock_gym_pro_api_key", ["rgp", "api", "key"], "32 upper-case alphanumerics (the RGP API user next to it is an identifier)", "guessed", ua(32), (["rgp", "api", "user"], lambda r: "rgp_" + str(r.randint(1000, 9999)))),
 ("capitan_gym_api_token", ["capitan", "api", "token"], "40 lower-case hex", "guessed", hx(40), None),
 ("redpoint_hq_api_secret", ["redpoint", "hq", "api", "secret"], "48 alphanumerics", "guessed", an(48), None),
 ("kaya_gym_partner_api_key", ["kaya", "partner", "api", "key"], "UUIDv4", "guessed", uu, None),
 ("toplogger_gym_api_token", ["toplogger", "api", "token"], "64 lower-case hex", "guessed", hx(64), None),
 ("vertical_life_gym_api_key", ["vertical", "life", "api", "key"], "32 alphanumerics", "guessed", an(32), None),
 ("kilter_board_account_password", ["kilter", "board", "password"], "owner-chosen", "owner", pw, None),
 # ---- bowling
 ("lanetalk_center_api_key", ["lanetalk", "api", "key"], "40 alphanumerics", "guessed", an(40), None),
 ("leaguesecretary_center_password", ["league", "secretary", "password"], "owner-chosen", "owner", pw, None),
 ("qubicaamf_bes_x_cloud_client_secret", ["qubica", "client", "secret"], "64 alphanumerics (the client id next to it is an identifier)", "guessed", an(64), (["qubica", "client", "id"], lambda r: "besx-" + hexs(r, 12))),
 ("brunswick_sync_center_api_token", ["brunswick", "sync", "api", "token"], "48 lower-case hex", "guessed", hx(48), None),
 ("steltronic_focus_remote_password", ["steltronic", "remote", "password"], "owner-chosen", "owner", pw, None),
 ("kegel_kustodian_portal_password", ["kegel", "portal", "password"], "owner-chosen", "owner", pw, None),
 # ---- FEC / arcade cards / booking
 ("centeredge_advantage_api_key", ["centeredge", "api", "key"], "32 upper-case hex", "guessed", HX(32), None),
 ("embed_card_system_api_secret", ["embed", "api", "secret"], "64 lower-case hex", "guessed", hx(64), None),
 ("intercard_icard_client_secret", ["intercard", "client", "secret"], "40 base64url", "guessed", bu(40), None),
 ("sacoa_card_system_api_token", ["sacoa", "api", "token"], "32 alphanumerics", "guessed", an(32), None),
 ("semnox_parafait_api_key", ["parafait", "api", "key"], "48 alphanumerics", "guessed", an(48), None),
 ("roller_venue_api_client_secret", ["roller", "client", "secret"], "64 alphanumerics (the client id next to it is an identifier)", "guessed", an(64), (["roller", "client", "id"], lambda r: rs(r, LA, 20))),
 ("clubspeed_api_key", ["clubspeed", "api", "key"], "32 lower-case hex", "guessed", hx(32), None),
 ("bookeo_api_secret_key", ["bookeo", "secret", "key"], "32 alphanumerics", "guessed", an(32), None),
 ("xola_seller_api_key", ["xola", "api", "key"], "40 alphanumerics", "guessed", an(40), None),
 ("fareharbor_user_api_key", ["fareharbor", "user", "key"], "UUIDv4", "guessed", uu, None),
 ("peek_pro_partner_api_key", ["peek", "partner", "key"], "32 lower-case hex", "guessed", hx(32), None),
 ("checkfront_api_secret", ["checkfront", "api", "secret"], "64 lower-case hex", "guessed", hx(64), None),
 ("resova_api_key", ["resova", "api", "key"], "48 alphanumerics", "guessed", an(48), None),
 ("omnify_business_api_token", ["omnify", "api", "token"], "40 alphanumerics", "guessed", an(40), None),
 ("laserforce_cloud_api_key", ["laserforce", "api", "key"], "32 lower-case hex", "guessed", hx(32), None),
 ("density_people_counter_api_token", ["density", "api", "token"], "`tok_` + 40 alphanumerics", "guessed", pre("tok_", an(40)), None),
 ("xovis_sensor_admin_password", ["xovis", "admin", "password"], "owner-chosen", "owner", pw, None),
 ("fresh_kds_api_token", ["fresh", "kds", "token"], "40 alphanumerics", "guessed", an(40), None),
 ("revel_pos_api_secret", ["revel", "api", "secret"], "64 lower-case alphanumerics", "guessed", la(64), None),
 ("spotify_web_api_client_secret", ["spotify", "client", "secret"], "32 lower-case hex (the client id next to it is public)", "believed", hx(32), (["spotify", "client", "id"], hx(32))),
 ("soundtrack_your_brand_api_token", ["soundtrack", "api", "token"], "Base64 of 48 random bytes (64 characters)", "guessed", b64of(48), None),
 # ---- commerce / payments
 ("stripe_live_secret_key", ["stripe", "secret", "key"], "`sk_live_51` + 97 alphanumerics", "read", pre("sk_live_51", an(97)), None),
 ("square_oauth_application_secret", ["square", "application", "secret"], "`sq0csp-` + 43 base64url (the `sq0idp-` application id next to it is public)", "believed", pre("sq0csp-", bu(43)), (["square", "application", "id"], pre("sq0idp-", bu(22)))),
 ("shopify_admin_api_access_token", ["shopify", "admin", "token"], "`shpat_` + 32 hex", "read", pre("shpat_", hx(32)), None),
 ("shopify_app_shared_secret", ["shopify", "shared", "secret"], "`shpss_` + 32 hex", "read", pre("shpss_", hx(32)), None),
 ("woocommerce_rest_consumer_secret", ["woocommerce", "consumer", "secret"], "`cs_` + 40 hex", "believed", pre("cs_", hx(40)), None),
 ("gocardless_live_access_token", ["gocardless", "access", "token"], "`live_` + 40 base64url", "read", pre("live_", bu(40)), None),
 ("checkout_com_secret_key", ["checkout", "secret", "key"], "`sk_` + 26 lower-case base32", "guessed", pre("sk_", lambda r: rs(r, "abcdefghijklmnopqrstuvwxyz234567", 26)), None),
 ("lemon_squeezy_api_key", ["lemonsqueezy", "api", "key"], "HS256-shaped JWT (real base64url JSON)", "guessed", _lemon, None),
 ("paddle_billing_api_key", ["paddle", "api", "key"], "`pdl_live_apikey_` + 26 + `_` + 22 + `_` + 3", "guessed", cat("pdl_live_apikey_01", lambda r: rs(r, "0123456789abcdefghjkmnpqrstvwxyz", 24), "_", an(22), "_", an(3)), None),
 ("xero_oauth_client_secret", ["xero", "client", "secret"], "48 base64url (the client id next to it is an identifier)", "believed", bu(48), (["xero", "client", "id"], HX(32))),
 ("quickbooks_online_client_secret", ["quickbooks", "client", "secret"], "40 alphanumerics", "guessed", an(40), None),
 ("sumup_api_key", ["sumup", "api", "key"], "`sup_sk_` + 32 alphanumerics", "guessed", pre("sup_sk_", an(32)), None),
 # ---- messaging
 ("twilio_auth_token", ["twilio", "auth", "token"], "32 lower-case hex (the `AC` account SID next to it is an identifier)", "believed", hx(32), (["twilio", "account", "sid"], pre("AC", hx(32)))),
 ("telnyx_api_key_v2", ["telnyx", "api", "key"], "`KEY` + 32 upper alphanumerics + `_` + 22 alphanumerics", "guessed", cat("KEY", ua(32), "_", an(22)), None),
 ("messagebird_access_key", ["messagebird", "access", "key"], "25 alphanumerics", "read", an(25), None),
 ("clicksend_api_key", ["clicksend", "api", "key"], "upper-case UUIDv4", "guessed", UU, None),
 ("textmagic_api_key", ["textmagic", "api", "key"], "30 alphanumerics", "guessed", an(30), None),
 ("mailchimp_marketing_api_key", ["mailchimp", "api", "key"], "32 hex + `-us` + 2 digits", "read", _mailchimp, None),
 ("mandrill_transactional_api_key", ["mandrill", "api", "key"], "`md-` + 22 alphanumerics", "believed", pre("md-", an(22)), None),
 ("brevo_smtp_api_key", ["brevo", "api", "key"], "`xkeysib-` + 64 hex + `-` + 16 alphanumerics", "read", _brevo, None),
 ("resend_api_key", ["resend", "api", "key"], "`re_` + 8 + `_` + 24 alphanumerics", "guessed", cat("re_", an(8), "_", an(24)), None),
 ("mailgun_private_api_key", ["mailgun", "api", "key"], "`key-` + 32 hex", "read", pre("key-", hx(32)), None),
 ("postmark_account_api_token", ["postmark", "account", "token"], "UUIDv4", "believed", uu, None),
 ("slack_bot_user_oauth_token", ["slack", "bot", "token"], "`xoxb-` + 11 digits + `-` + 13 digits + `-` + 24 alphanumerics", "read", _slack_bot, None),
 ("slack_incoming_webhook_url", ["slack", "webhook", "url"], "whole `hooks.slack.com/services/T…/B…/…` URL", "read", _slack_hook, None),
 ("discord_bot_token", ["discord", "bot", "token"], "base64url of the bot id + `.` + 6 + `.` + 38 base64url", "believed", _discord_bot, None),
 ("google_chat_space_webhook_url", ["google", "chat", "webhook"], "whole `chat.googleapis.com/v1/spaces/…/messages?key=…&token=…` URL", "believed", _gchat_hook, None),
 ("mattermost_incoming_webhook_url", ["mattermost", "webhook", "url"], "whole `…/hooks/<26 lower alphanumerics>` URL", "read", _mm_hook, None),
 ("pushover_application_token", ["pushover", "app", "token"], "`a` + 29 lower-case alphanumerics (the user key next to it is an identifier)", "believed", pre("a", la(29)), (["pushover", "user", "key"], pre("u", la(29)))),
 ("ntfy_access_token", ["ntfy", "access", "token"], "`tk_` + 29 lower-case alphanumerics", "believed", pre("tk_", la(29)), None),
 ("telegram_lane_alerts_bot_token", ["telegram", "bot", "token"], "bot id + `:AA` + 33 base64url", "believed", _telegram, None),
 ("facebook_app_secret", ["facebook", "app", "secret"], "32 lower-case hex (the numeric app id next to it is public)", "read", hx(32), (["facebook", "app", "id"], digits(15))),
 ("instagram_graph_long_lived_token", ["instagram", "access", "token"], "`IGAA` + 150 base64url", "guessed", pre("IGAA", bu(150)), None),
 ("twitch_app_client_secret", ["twitch", "client", "secret"], "30 lower-case alphanumerics (the client id next to it is public)", "believed", la(30), (["twitch", "client", "id"], la(30))),
 # ---- AI
 ("openai_project_api_key", ["openai", "api", "key"], "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url", "read", _openai, None),
 ("anthropic_api_key", ["anthropic", "api", "key"], "`sk-ant-api03-` + 93 base64url + `AA`", "read", cat("sk-ant-api03-", bu(93), "AA"), None),
 ("google_gemini_api_key", ["gemini", "api", "key"], "`AIza` + 35 base64url", "read", pre("AIza", bu(35)), None),
 ("groq_cloud_api_key", ["groq", "api", "key"], "`gsk_` + 52 alphanumerics", "believed", pre("gsk_", an(52)), None),
 ("replicate_api_token", ["replicate", "api", "token"], "`r8_` + 37 alphanumerics", "believed", pre("r8_", an(37)), None),
 ("perplexity_api_key", ["perplexity", "api", "key"], "`pplx-` + 48 alphanumerics", "read", pre("pplx-", an(48)), None),
 ("xai_grok_api_key", ["xai", "api", "key"], "`xai-` + 80 alphanumerics", "believed", pre("xai-", an(80)), None),
 ("together_ai_api_key", ["together", "api", "key"], "64 lower-case hex", "believed", hx(64), None),
 ("pinecone_api_key", ["pinecone", "api", "key"], "`pcsk_` + 5 + `_` + 64 alphanumerics", "guessed", cat("pcsk_", an(5), "_", an(64)), None),
 ("langfuse_secret_key", ["langfuse", "secret", "key"], "`sk-lf-` + UUIDv4 (the `pk-lf-` public key next to it is public)", "believed", pre("sk-lf-", uu), (["langfuse", "public", "key"], pre("pk-lf-", uu))),
 ("hcaptcha_secret_key", ["hcaptcha", "secret"], "`0x` + 40 hex (the site key is a public UUID; see negatives)", "believed", pre("0x", hx(40)), None),
 ("sops_age_identity_secret_key", ["sops", "age", "key"], "`AGE-SECRET-KEY-1` + 58 Bech32 characters", "read", _age, None),
 ("huggingface_inference_read_token", ["hf", "token"], "`hf_` + 34 letters", "read", pre("hf_", lambda r: rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 34)), None),
 # ---- developer tools
 ("github_fine_grained_personal_access_token", ["github", "token"], "`github_pat_11` + 20 + `_` + 59 (82 word characters after the prefix)", "read", _ghpat, None),
 ("github_classic_personal_access_token", ["gh", "token"], "`ghp_` + 30 base62 + 6-character base62 CRC-32", "read", lambda r: gh_token(r, "ghp_"), None),
 ("gitlab_personal_access_token", ["gitlab", "token"], "`glpat-` + 20 base64url", "read", pre("glpat-", bu(20)), None),
 ("bitbucket_app_password", ["bitbucket", "app", "password"], "`ATBB` + 32 alphanumerics + 8 upper-case hex (the Bitbucket user next to it is public)", "believed", cat("ATBB", an(32), HX(8)), (["bitbucket", "username"], lambda r: "pinpoint-ci")),
 ("atlassian_cloud_api_token", ["jira", "api", "token"], "`ATATT3` + 186 characters: `xFfGF0` + 171 base64url + `=` + 8 upper hex", "read", _atlassian, None),
 ("linear_personal_api_key", ["linear", "api", "key"], "`lin_api_` + 40 alphanumerics", "read", pre("lin_api_", an(40)), None),
 ("notion_internal_integration_secret", ["notion", "token"], "`ntn_` + 11 digits + 35 alphanumerics", "read", _notion, None),
 ("airtable_personal_access_token", ["airtable", "token"], "`pat` + 14 alphanumerics + `.` + 64 hex", "read", cat("pat", an(14), ".", hx(64)), None),
 ("postman_api_key", ["postman", "api", "key"], "`PMAK-` + 24 hex + `-` + 34 hex", "read", cat("PMAK-", hx(24), "-", hx(34)), None),
 ("vercel_access_token", ["vercel", "token"], "24 alphanumerics", "believed", an(24), None),
 ("fly_io_deploy_token", ["fly", "api", "token"], "`fo1_` + 43 base64url", "read", pre("fo1_", bu(43)), None),
 ("heroku_platform_api_key", ["heroku", "api", "key"], "`HRKU-AA` + 58 base64url", "read", pre("HRKU-AA", bu(58)), None),
 ("digitalocean_personal_access_token", ["digitalocean", "token"], "`dop_v1_` + 64 hex", "read", pre("dop_v1_", hx(64)), None),
 ("terraform_cloud_user_token", ["tfe", "token"], "14 alphanumerics + `.atlasv1.` + 67 alphanumerics", "read", cat(la(14), ".atlasv1.", an(67)), None),
 ("pulumi_access_token", ["pulumi", "access", "token"], "`pul-` + 40 hex", "read", pre("pul-", hx(40)), None),
 ("doppler_service_token", ["doppler", "token"], "`dp.st.prd.` + 40 alphanumerics", "guessed", pre("dp.st.prd.", an(40)), None),
 ("snyk_api_token", ["snyk", "token"], "UUIDv4", "read", uu, None),
 ("sentry_user_auth_token", ["sentry", "auth", "token"], "`sntryu_` + 64 hex", "read", pre("sntryu_", hx(64)), None),
 ("datadog_api_key", ["dd", "api", "key"], "32 lower-case hex", "believed", hx(32), None),
 ("datadog_application_key", ["dd", "app", "key"], "40 lower-case hex", "read", hx(40), None),
 ("posthog_personal_api_key", ["posthog", "personal", "api", "key"], "`phx_` + 43 alphanumerics", "guessed", pre("phx_", an(43)), None),
 ("uptimerobot_main_api_key", ["uptimerobot", "api", "key"], "`u` + 7 digits + `-` + 24 hex", "believed", cat("u", digits(7), "-", hx(24)), None),
 ("backblaze_b2_application_key", ["b2", "application", "key"], "`K005` + 27 Base64-alphabet characters (the key id next to it is an identifier)", "believed", _b2, (["b2", "key", "id"], cat("005", hx(12), "0000000003"))),
 ("azure_storage_account_key", ["azure", "storage", "key"], "Base64 of 64 random bytes (88 characters)", "believed", b64of(64), None),
 ("cloudflare_dns_edit_api_token", ["cf", "api", "token"], "40 base64url", "believed", bu(40), None),
 ("aws_s3_waiver_archive_secret_access_key", ["aws", "secret", "access", "key"], "40 Base64-alphabet characters (the `AKIA…` id next to it is an identifier)", "believed", lambda r: rs(r, B64STD, 40), (["aws", "access", "key", "id"], pre("AKIA", ua(16)))),
 ("supabase_service_role_jwt", ["supabase", "service", "role", "key"], "HS256 JWT with role `service_role` (real base64url JSON, real HMAC)", "believed", _supabase, None),
 ("hubspot_private_app_access_token", ["hubspot", "access", "token"], "`pat-na1-` + UUIDv4", "believed", pre("pat-na1-", uu), None),
 ("intercom_access_token", ["intercom", "access", "token"], "Base64 of `tok:<UUIDv4>:1:0` without padding (starts `dG9rO`)", "guessed", _intercom, None),
 ("zendesk_api_token", ["zendesk", "api", "token"], "40 alphanumerics (the agent e-mail next to it is public)", "read", an(40), (["zendesk", "email"], lambda r: "ops@strikecity.example")),
 ("freshdesk_api_key", ["freshdesk", "api", "key"], "20 alphanumerics", "guessed", an(20), None),
 ("calendly_personal_access_token", ["calendly", "token"], "HS256-shaped JWT (real base64url JSON, `kid` header)", "guessed", _calendly, None),
 ("typeform_personal_access_token", ["typeform", "token"], "`tfp_` + 44 + `_` + 14 alphanumerics", "read", cat("tfp_", an(44), "_", an(14)), None),
 ("jotform_api_key", ["jotform", "api", "key"], "32 lower-case hex", "guessed", hx(32), None),
 ("docusign_integration_secret_key", ["docusign", "secret", "key"], "UUIDv4 (the integration key next to it is an identifier)", "believed", uu, (["docusign", "integration", "key"], uu)),
 ("dropbox_app_secret", ["dropbox", "app", "secret"], "15 lower-case alphanumerics (the app key next to it is public)", "believed", la(15), (["dropbox", "app", "key"], la(15))),
 ("grafana_service_account_token", ["grafana", "token"], "`glsa_` + 32 alphanumerics + `_` + 8 hex", "read", cat("glsa_", an(32), "_", hx(8)), None),
 ("newrelic_ingest_license_key", ["new", "relic", "license", "key"], "36 hex + `NRAL`", "believed", cat(hx(36), "NRAL"), None),
 ("algolia_admin_api_key", ["algolia", "admin", "key"], "32 lower-case hex (the application id next to it is public)", "read", hx(32), (["algolia", "app", "id"], ua(10))),
 ("tailscale_oauth_client_secret", ["ts", "oauth", "secret"], "`tskey-client-` + 12 + `CNTRL-` + 32 alphanumerics", "guessed", cat("tskey-client-", an(12), "CNTRL-", an(32)), None),
 ("planetscale_database_password", ["planetscale", "password"], "`pscale_pw_` + 43 base64url", "read", pre("pscale_pw_", bu(43)), None),
 ("neon_api_key", ["neon", "api", "key"], "`napi_` + 64 lower-case alphanumerics", "guessed", pre("napi_", la(64)), None),
 ("uploadcare_secret_key", ["uploadcare", "secret", "key"], "20 lower-case hex (the public key next to it is public)", "guessed", hx(20), (["uploadcare", "public", "key"], hx(20))),
 ("crates_io_api_token", ["cargo", "registry", "token"], "`cio` + 32 alphanumerics", "believed", pre("cio", an(32)), None),
 ("codecov_upload_token", ["codecov", "token"], "UUIDv4", "believed", uu, None),
 ("sonarcloud_user_token", ["sonar", "token"], "40 lower-case hex", "believed", hx(40), None),
 ("box_oauth_client_secret", ["box", "client", "secret"], "32 alphanumerics", "guessed", an(32), None),
 ("voyage_ai_api_key", ["voyage", "api", "key"], "`pa-` + 43 base64url", "guessed", pre("pa-", bu(43)), None),
 ("fal_ai_api_key", ["fal", "key"], "UUIDv4 + `:` + 32 hex", "guessed", _fal, None),
]

STYLES = [
    ("gym_api_dotenv_development", "upper"),
    ("climbing_app_fly_secrets_set_history", "upper"),
    ("bowling_backend_heroku_config_set_history", "upper"),
    ("party_booking_ruby_initializer_rb", "snake"),
    ("lane_scoring_csharp_const_class", "pascal"),
    ("trampoline_bitwarden_json_export", "title"),
    ("route_setter_signal_message_paste", "spaced"),
    ("front_desk_zendesk_internal_note", "spaced"),
    ("gym_owner_gmail_thread", "spaced"),
    ("laser_tag_docker_run_history", "upper"),
    ("kds_helm_upgrade_set_history", "camel"),
    ("arcade_go_config_struct_literal", "pascal"),
]

def label_of(typ):
    return typ.replace("_", " ")

def render(style, key, nb, typ, r):
    n = r.randint(10, 99)
    lab = label_of(typ)
    nk, nv = nb if nb else (None, None)
    if style == "gym_api_dotenv_development":
        t = "# .env.development (route app API)\nNODE_ENV=development\nPORT=30%d\n" % n
        if nb: t += "%s=%s\n" % (nk, nv)
        return t + key + "=@@V@@\n"
    if style == "climbing_app_fly_secrets_set_history":
        t = "  4%d  fly auth whoami\n" % n
        if nb: t += "  4%d  fly secrets set %s=%s -a crag-desk-api --stage\n" % (n + 1, nk, nv)
        return t + "  4%d  fly secrets set %s='@@V@@' -a crag-desk-api\n  4%d  fly deploy -a crag-desk-api\n" % (n + 2, key, n + 3)
    if style == "bowling_backend_heroku_config_set_history":
        t = ""
        if nb: t += "$ heroku config:set %s=%s --app strike-city-api\n" % (nk, nv)
        return t + "$ heroku config:set %s=@@V@@ --app strike-city-api\nSetting %s and restarting strike-city-api... done, v%d\n" % (key, key, n)
    if style == "party_booking_ruby_initializer_rb":
        t = "# config/initializers/integrations.rb\nIntegrations.configure do |c|\n  c.timeout = %d\n" % n
        if nb: t += "  c.%s = \"%s\"\n" % (nk, nv)
        return t + "  c.%s = \"@@V@@\"\nend\n" % key
    if style == "lane_scoring_csharp_const_class":
        t = "namespace LaneScore.Integrations\n{\n    internal static class VendorSettings\n    {\n        public const int TimeoutSeconds = %d;\n" % n
        if nb: t += "        public const string %s = \"%s\";\n" % (nk, nv)
        return t + "        public const string %s = \"@@V@@\";\n    }\n}\n" % key
    if style == "trampoline_bitwarden_json_export":
        user = nv if nb else "ops@jumpzone.example"
        return ('{\n  "encrypted": false,\n  "items": [\n    {\n      "type": 1,\n      "name": "%s",\n      "login": {\n        "username": "%s",\n        "password": "@@V@@",\n        "uris": [{"uri": "https://admin.jumpzone.example"}]\n      },\n      "notes": "rotated by ops, batch %d"\n    }\n  ]\n}\n' % (key, user, n))
    if style == "route_setter_signal_message_paste":
        t = "Signal - Route crew\nMira: %s for the new integration: @@V@@\n" % key
        if nb: t += "Mira: and the %s is %s\n" % (nk, nv)
        return t + "Jonah: got it, thanks\n"
    if style == "front_desk_zendesk_internal_note":
        t = "Internal note on ticket #4%d17 (not visible to requester)\nRotated the %s today, new value @@V@@ is live on the front-desk box.\n" % (n, key)
        if nb: t += "%s unchanged: %s\n" % (nk, nv)
        return t + "- escalated to the dev on call\n"
    if style == "gym_owner_gmail_thread":
        t = "From: Renee <renee@chalkworks.example>\nTo: dev@pinpointsoft.example\nSubject: Re: integration keys\n\nHi Sam,\n\n"
        if nb: t += "%s: %s\n" % (nk, nv)
        return t + "%s: @@V@@\n\nLet me know if the sync still fails.\n\nRenee\n" % key
    if style == "laser_tag_docker_run_history":
        extra = "-e %s=%s " % (nk, nv) if nb else ""
        return "docker run -d --name arena-sync --restart unless-stopped %s-e %s=@@V@@ ghcr.io/lasernova/arena-sync:1.%d\n" % (extra, key, n)
    if style == "kds_helm_upgrade_set_history":
        extra = "--set secrets.%s=%s " % (nk, nv) if nb else ""
        return "helm upgrade --install kds charts/kds -n snackbar %s--set secrets.%s=@@V@@ --set replicas=%d\n" % (extra, key, n % 3 + 1)
    if style == "arcade_go_config_struct_literal":
        t = "var integrationCfg = Config{\n\tTimeoutSeconds: %d,\n" % n
        if nb: t += "\t%s: \"%s\",\n" % (nk, nv)
        return t + "\t%s: \"@@V@@\",\n}\n" % key
    raise ValueError(style)

KEEP = 120

def generate(reg):
    r = random.Random(SEED)
    recs = []
    for i, (typ, words, _shape, _conf, gen, nb) in enumerate(V[:KEEP]):
        style, case = STYLES[i % len(STYLES)]
        key = style_key(words, case)
        nbv = None
        if nb:
            nbv = (style_key(nb[0], case), nb[1](r))
        value = reg.draw(lambda: gen(r))
        tpl = render(style, key, nbv, typ, r)
        text, s, e = place(tpl, value)
        recs.append((typ, typ + "__" + style, text, s, e))
    return recs
