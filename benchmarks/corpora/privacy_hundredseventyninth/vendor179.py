"""Vendor source: credential types of vendors used by florist / wedding / event developers."""
import base64
import json
import random
import string
from common179 import (MARK, B62, B64U, HEXL, HEXU, LOWALNUM, UPALNUM, rstr, b64, b64u_nopad, rbytes,
                       uuid4, owner_password, style_key, make_record, jwt_hs256, jwt_shaped, crc_token)

SEED = 17902
ALNUM = B62
B64STD = string.ascii_letters + string.digits + "+/"


def s(prefix, alpha, n, suffix=""):
    return lambda r: prefix + rstr(r, alpha, n) + suffix


def _calendly(r):
    iat = 1760000000 + r.randint(0, 9000000)
    return jwt_hs256(r, {"kid": rstr(r, HEXL, 8), "typ": "PAT",
                         "iss": "https://auth.calendly.com", "iat": iat, "jti": uuid4(r), "user_uuid": uuid4(r)})


def _musickit(r):
    iat = 1760000000 + r.randint(0, 9000000)
    return jwt_shaped(r, "ES256", {"iss": rstr(r, UPALNUM, 10), "iat": iat, "exp": iat + 15552000},
                      64, kid=rstr(r, UPALNUM, 10))


def _lemon(r):
    iat = 1760000000 + r.randint(0, 9000000)
    return jwt_shaped(r, "RS256", {"aud": "1", "jti": rstr(r, HEXL, 80), "iat": iat, "nbf": iat,
                                   "sub": str(r.randint(100000, 999999)), "scopes": []}, 256)


def _supabase(r):
    iat = 1700000000 + r.randint(0, 60000000)
    return jwt_hs256(r, {"iss": "supabase", "ref": rstr(r, string.ascii_lowercase, 20),
                         "role": "service_role", "iat": iat, "exp": iat + 315360000})


def _whereby(r):
    iat = 1760000000 + r.randint(0, 9000000)
    return jwt_hs256(r, {"iat": iat, "iss": "https://accounts.srv.whereby.com", "jti": uuid4(r)})


def _discord_bot(r):
    uid = str(r.randint(10 ** 17, 10 ** 18 - 1))
    return b64u_nopad(uid.encode()) + "." + rstr(r, B64U, 6) + "." + rstr(r, B64U, 38)


def _slack_hook(r):
    return ("https://hooks.slack.com/services/T" + rstr(r, UPALNUM, 10) + "/B" + rstr(r, UPALNUM, 10)
            + "/" + rstr(r, ALNUM, 24))


def _intercom(r):
    return base64.b64encode(("tok:" + uuid4(r) + ":1:0").encode()).decode()


def _fal(r):
    return uuid4(r) + ":" + rstr(r, HEXL, 32)


def _bitwarden(r):
    return "0." + uuid4(r) + "." + rstr(r, ALNUM, 30) + ":" + b64(rbytes(r, 16))


def _atlassian(r):
    return "ATATT3xFfGF0" + rstr(r, B64U, 170) + "=" + rstr(r, HEXU, 8)


def _fcm(r):
    return "AAAA" + rstr(r, B64U, 7) + ":APA91b" + rstr(r, B64U, 134)


def _openai_proj(r):
    return "sk-proj-" + rstr(r, B64U, 74) + "T3BlbkFJ" + rstr(r, B64U, 74)


def _mailgun(r):
    return rstr(r, HEXL, 32) + "-" + rstr(r, HEXL, 8) + "-" + rstr(r, HEXL, 8)


def _telnyx(r):
    return "KEY" + rstr(r, HEXU, 26) + "_" + rstr(r, ALNUM, 22)


def _aws_ses(r):
    return "B" + rstr(r, B64STD, 43)


def _uuid_upper(r):
    return uuid4(r).upper()


OWN = owner_password

# (type, key words, generator, neighbours [(key words, generator)], shape, confidence)
# confidence: read = shape read this session; believed = from background knowledge;
# guessed = length / alphabet only; owner = owner-chosen password
VENDORS = [
    ("bloomnation_storefront_api_key", ["bloomnation", "api", "key"], s("", ALNUM, 40), [], "40 alphanumerics", "guessed"),
    ("ftd_mercury_technology_password", ["mercury", "password"], OWN, [(["mercury", "user"], lambda r: "shop" + str(r.randint(10000, 99999)))], "owner-chosen", "owner"),
    ("teleflora_dove_relay_password", ["dove", "relay", "password"], OWN, [(["dove", "shop", "id"], lambda r: str(r.randint(100000, 999999)))], "owner-chosen", "owner"),
    ("lovingly_florist_api_token", ["lovingly", "api", "token"], s("", HEXL, 64), [], "64 lower-case hex", "guessed"),
    ("floranext_store_api_key", ["floranext", "api", "key"], s("", ALNUM, 32), [], "32 alphanumerics", "guessed"),
    ("curate_florist_proposal_api_key", ["curate", "api", "key"], uuid4, [], "UUIDv4", "guessed"),
    ("stemcounter_api_token", ["stemcounter", "token"], s("", B64U, 40), [], "40 base64url", "guessed"),
    ("florist_ware_pos_password", ["floristware", "pos", "password"], OWN, [(["floristware", "pos", "user"], lambda r: "counter" + str(r.randint(1, 9)))], "owner-chosen", "owner"),
    ("the_knot_pro_partner_api_key", ["theknot", "partner", "api", "key"], s("", HEXL, 32), [], "32 lower-case hex", "guessed"),
    ("zola_registry_partner_secret", ["zola", "partner", "secret"], s("", B64U, 48), [(["zola", "partner", "id"], lambda r: "ptn_" + rstr(r, LOWALNUM, 12))], "48 base64url (partner id next to it is public)", "guessed"),
    ("withjoy_registry_sync_token", ["withjoy", "sync", "token"], s("", B64U, 43), [], "43 base64url", "guessed"),
    ("honeyfund_partner_api_key", ["honeyfund", "api", "key"], s("", UPALNUM, 32), [], "32 upper-case alphanumerics", "guessed"),
    ("myregistry_partner_api_key", ["myregistry", "api", "key"], _uuid_upper, [], "upper-case UUIDv4", "guessed"),
    ("rsvpify_api_key", ["rsvpify", "api", "key"], s("", ALNUM, 40), [], "40 alphanumerics", "guessed"),
    ("aisle_planner_api_token", ["aisle", "planner", "token"], s("", HEXL, 64), [], "64 lower-case hex", "guessed"),
    ("allseated_floorplan_api_key", ["allseated", "api", "key"], s("", ALNUM, 32), [], "32 alphanumerics", "guessed"),
    ("social_tables_client_secret", ["social", "tables", "client", "secret"], s("", ALNUM, 48), [(["social", "tables", "client", "id"], uuid4)], "48 alphanumerics (client id next to it is public)", "guessed"),
    ("cvent_rest_client_secret", ["cvent", "client", "secret"], s("", ALNUM, 40), [(["cvent", "client", "id"], s("", LOWALNUM, 26))], "40 alphanumerics (client id next to it is public)", "guessed"),
    ("tripleseat_venue_secret_key", ["tripleseat", "secret", "key"], s("", HEXL, 40), [(["tripleseat", "public", "key"], s("", HEXL, 40))], "40 lower-case hex (public key next to it is public)", "guessed"),
    ("perfect_venue_api_token", ["perfect", "venue", "token"], s("", ALNUM, 32), [], "32 alphanumerics", "guessed"),
    ("goodshuffle_pro_api_key", ["goodshuffle", "api", "key"], s("", ALNUM, 48), [], "48 alphanumerics", "guessed"),
    ("honeybook_api_token", ["honeybook", "api", "token"], s("", ALNUM, 64), [], "64 alphanumerics", "guessed"),
    ("dubsado_api_key", ["dubsado", "api", "key"], s("", HEXL, 32), [], "32 lower-case hex", "guessed"),
    ("tave_studio_manager_api_key", ["tave", "api", "key"], s("", HEXL, 40), [], "40 lower-case hex", "guessed"),
    ("shootproof_oauth_client_secret", ["shootproof", "client", "secret"], s("", ALNUM, 40), [(["shootproof", "client", "id"], lambda r: str(r.randint(10 ** 7, 10 ** 8 - 1)))], "40 alphanumerics (numeric client id is public)", "guessed"),
    ("pic_time_api_key", ["pictime", "api", "key"], s("", ALNUM, 36), [], "36 alphanumerics", "guessed"),
    ("smugmug_api_secret", ["smugmug", "api", "secret"], s("", HEXL, 64), [(["smugmug", "api", "key"], s("", ALNUM, 32))], "64 lower-case hex (API key next to it is an identifier)", "guessed"),
    ("flickr_api_secret", ["flickr", "secret"], s("", HEXL, 16), [(["flickr", "api", "key"], s("", HEXL, 32))], "16 lower-case hex (API key next to it is an identifier)", "believed"),
    ("spotify_client_secret", ["spotify", "client", "secret"], s("", HEXL, 32), [(["spotify", "client", "id"], s("", HEXL, 32))], "32 lower-case hex (client id next to it is public)", "believed"),
    ("soundcloud_client_secret", ["soundcloud", "client", "secret"], s("", ALNUM, 32), [(["soundcloud", "client", "id"], s("", ALNUM, 32))], "32 alphanumerics (client id next to it is public)", "guessed"),
    ("apple_musickit_developer_token", ["musickit", "developer", "token"], _musickit, [], "ES256-shaped JWT (real base64url JSON, random signature)", "believed"),
    ("eventbrite_private_oauth_token", ["eventbrite", "private", "token"], s("", UPALNUM, 20), [], "20 upper-case alphanumerics", "believed"),
    ("tito_admin_api_token", ["tito", "api", "token"], s("secret_live_", ALNUM, 20), [], "`secret_live_` + 20 alphanumerics", "guessed"),
    ("ticket_tailor_api_key", ["ticket", "tailor", "api", "key"], lambda r: "sk_" + str(r.randint(1000, 9999)) + "_" + rstr(r, ALNUM, 48), [], "`sk_` + 4 digits + `_` + 48 alphanumerics", "guessed"),
    ("humanitix_api_key", ["humanitix", "api", "key"], s("", HEXL, 64), [], "64 lower-case hex", "guessed"),
    ("universe_ticketing_client_secret", ["universe", "client", "secret"], s("", HEXL, 64), [(["universe", "client", "id"], s("", HEXL, 64))], "64 lower-case hex (client id next to it is public)", "guessed"),
    ("calendly_personal_access_token", ["calendly", "token"], _calendly, [], "HS256 JWT (real base64url JSON, real HMAC under a discarded key)", "believed"),
    ("acuity_scheduling_api_key", ["acuity", "api", "key"], s("", HEXL, 32), [(["acuity", "user", "id"], lambda r: str(r.randint(10 ** 7, 10 ** 8 - 1)))], "32 lower-case hex (numeric user id is an identifier)", "believed"),
    ("nylas_v3_api_key", ["nylas", "api", "key"], s("nyk_v0_", ALNUM, 49), [], "`nyk_v0_` + 49 alphanumerics", "believed"),
    ("cronofy_client_secret", ["cronofy", "client", "secret"], s("CRN_", ALNUM, 40), [(["cronofy", "client", "id"], s("", B64U, 32))], "`CRN_` + 40 alphanumerics (client id is public)", "guessed"),
    ("square_production_access_token", ["square", "access", "token"], s("EAAA", B64U, 60), [], "`EAAA` + 60 base64url", "believed"),
    ("stripe_live_secret_key", ["stripe", "secret", "key"], s("sk_live_51", ALNUM, 97), [], "`sk_live_51` + 97 alphanumerics", "believed"),
    ("afterpay_merchant_secret_key", ["afterpay", "secret", "key"], s("", HEXL, 128), [(["afterpay", "merchant", "id"], lambda r: str(r.randint(10 ** 5, 10 ** 6 - 1)))], "128 lower-case hex (merchant id is an identifier)", "guessed"),
    ("klarna_payments_api_password", ["klarna", "api", "password"], s("", ALNUM, 32), [(["klarna", "api", "username"], lambda r: "K" + str(r.randint(100000, 999999)) + "_" + rstr(r, HEXL, 12))], "32 alphanumerics (the K… username is an identifier)", "guessed"),
    ("affirm_private_api_key", ["affirm", "private", "key"], s("", ALNUM, 32), [(["affirm", "public", "key"], s("", UPALNUM, 16))], "32 alphanumerics (public key is public)", "guessed"),
    ("gocardless_live_access_token", ["gocardless", "access", "token"], s("live_", B64U, 40), [], "`live_` + 40 base64url", "believed"),
    ("chargebee_full_access_api_key", ["chargebee", "api", "key"], s("live_", ALNUM, 32), [(["chargebee", "site"], lambda r: "vowstudio" + str(r.randint(1, 99)))], "`live_` + 32 alphanumerics", "guessed"),
    ("paddle_billing_api_key", ["paddle", "api", "key"], s("pdl_live_apikey_", ALNUM, 53), [], "`pdl_live_apikey_` + 53 alphanumerics (69 in all)", "read"),
    ("lemon_squeezy_api_key", ["lemonsqueezy", "api", "key"], _lemon, [], "RS256-shaped JWT (real base64url JSON, random 256-byte signature)", "believed"),
    ("razorpay_live_key_secret", ["razorpay", "key", "secret"], s("", ALNUM, 24), [(["razorpay", "key", "id"], s("rzp_live_", ALNUM, 14))], "24 alphanumerics (the `rzp_live_` key id is public)", "believed"),
    ("adyen_notification_hmac_key", ["adyen", "hmac", "key"], s("", HEXU, 64), [], "64 upper-case hex", "believed"),
    ("checkout_com_secret_key", ["checkout", "secret", "key"], s("sk_", LOWALNUM, 26), [], "`sk_` + 26 lower-case alphanumerics", "guessed"),
    ("sumup_secret_api_key", ["sumup", "api", "key"], s("sup_sk_", ALNUM, 32), [], "`sup_sk_` + 32 alphanumerics", "guessed"),
    ("clover_merchant_api_token", ["clover", "api", "token"], uuid4, [(["clover", "merchant", "id"], s("", UPALNUM, 13))], "UUIDv4 (merchant id is an identifier)", "guessed"),
    ("toast_pos_client_secret", ["toast", "client", "secret"], s("", B64U, 64), [(["toast", "client", "id"], s("", ALNUM, 32))], "64 base64url (client id is public)", "guessed"),
    ("twilio_account_auth_token", ["twilio", "auth", "token"], s("", HEXL, 32), [(["twilio", "account", "sid"], s("AC", HEXL, 32))], "32 lower-case hex (the `AC…` account SID is an identifier)", "believed"),
    ("messagebird_live_access_key", ["messagebird", "access", "key"], s("", ALNUM, 25), [], "25 alphanumerics", "believed"),
    ("plivo_auth_token", ["plivo", "auth", "token"], s("", ALNUM, 40), [(["plivo", "auth", "id"], s("MA", UPALNUM, 18))], "40 alphanumerics (the `MA…` auth id is an identifier)", "believed"),
    ("telnyx_v2_api_key", ["telnyx", "api", "key"], _telnyx, [], "`KEY` + 26 upper hex + `_` + 22 alphanumerics", "guessed"),
    ("clicksend_api_key", ["clicksend", "api", "key"], _uuid_upper, [(["clicksend", "username"], lambda r: "events" + str(r.randint(10, 99)))], "upper-case UUIDv4", "guessed"),
    ("textmagic_api_key", ["textmagic", "api", "key"], s("", ALNUM, 30), [], "30 alphanumerics", "guessed"),
    ("brevo_transactional_api_key", ["brevo", "api", "key"], lambda r: "xkeysib-" + rstr(r, HEXL, 64) + "-" + rstr(r, ALNUM, 16), [], "`xkeysib-` + 64 hex + `-` + 16 alphanumerics", "read"),
    ("mailgun_private_api_key", ["mailgun", "api", "key"], _mailgun, [], "32 hex + `-` + 8 hex + `-` + 8 hex", "believed"),
    ("mailchimp_marketing_api_key", ["mailchimp", "api", "key"], lambda r: rstr(r, HEXL, 32) + "-us" + str(r.randint(1, 21)), [], "32 hex + `-us` + data-centre number", "believed"),
    ("mandrill_transactional_api_key", ["mandrill", "api", "key"], s("md-", B64U, 22), [], "`md-` + 22 base64url", "believed"),
    ("resend_api_key", ["resend", "api", "key"], lambda r: "re_" + rstr(r, ALNUM, 8) + "_" + rstr(r, ALNUM, 24), [], "`re_` + 8 + `_` + 24 alphanumerics", "believed"),
    ("convertkit_api_secret", ["convertkit", "api", "secret"], s("", B64U, 43), [], "43 base64url", "guessed"),
    ("firebase_cloud_messaging_legacy_server_key", ["fcm", "server", "key"], _fcm, [], "`AAAA` + 7 + `:APA91b` + 134 base64url", "believed"),
    ("expo_robot_access_token", ["expo", "token"], s("", B64U, 40), [], "40 base64url", "guessed"),
    ("slack_bot_user_oauth_token", ["slack", "bot", "token"], lambda r: "xoxb-" + str(r.randint(10 ** 11, 10 ** 12 - 1)) + "-" + str(r.randint(10 ** 12, 10 ** 13 - 1)) + "-" + rstr(r, ALNUM, 24), [], "`xoxb-` + 12 digits + `-` + 13 digits + `-` + 24 alphanumerics", "believed"),
    ("slack_incoming_webhook_url", ["slack", "webhook", "url"], _slack_hook, [], "whole `hooks.slack.com/services/T…/B…/…` URL", "believed"),
    ("discord_bot_token", ["discord", "bot", "token"], _discord_bot, [], "base64url of the bot id + `.` + 6 + `.` + 38 base64url", "believed"),
    ("facebook_page_access_token", ["facebook", "page", "token"], s("EAAG", ALNUM, 180), [], "`EAAG` + 180 alphanumerics", "believed"),
    ("instagram_graph_long_lived_token", ["instagram", "access", "token"], s("IGQV", B64U, 180), [], "`IGQV` + 180 base64url", "guessed"),
    ("pinterest_api_access_token", ["pinterest", "access", "token"], s("pina_", UPALNUM, 96), [], "`pina_` + 96 upper-case alphanumerics", "guessed"),
    ("openai_project_api_key", ["openai", "api", "key"], _openai_proj, [], "`sk-proj-` + 74 + `T3BlbkFJ` + 74 base64url", "believed"),
    ("anthropic_admin_api_key", ["anthropic", "admin", "key"], lambda r: "sk-ant-admin01-" + rstr(r, B64U, 93) + "AA", [], "`sk-ant-admin01-` + 93 base64url + `AA`", "believed"),
    ("google_gemini_api_key", ["gemini", "api", "key"], s("AIza", B64U, 35), [], "`AIza` + 35 base64url (server-side key)", "believed"),
    ("mistral_api_key", ["mistral", "api", "key"], s("", ALNUM, 32), [], "32 alphanumerics", "believed"),
    ("groq_api_key", ["groq", "api", "key"], s("gsk_", ALNUM, 52), [], "`gsk_` + 52 alphanumerics", "believed"),
    ("replicate_api_token", ["replicate", "api", "token"], s("r8_", ALNUM, 37), [], "`r8_` + 37 alphanumerics", "believed"),
    ("together_ai_api_key", ["together", "api", "key"], s("", HEXL, 64), [], "64 lower-case hex", "guessed"),
    ("perplexity_api_key", ["perplexity", "api", "key"], s("pplx-", ALNUM, 48), [], "`pplx-` + 48 alphanumerics (prefix read, length believed)", "read"),
    ("voyage_ai_api_key", ["voyage", "api", "key"], s("pa-", B64U, 43), [], "`pa-` + 43 base64url", "guessed"),
    ("pinecone_api_key", ["pinecone", "api", "key"], lambda r: "pcsk_" + rstr(r, ALNUM, 6) + "_" + rstr(r, ALNUM, 63), [], "`pcsk_` + 6 + `_` + 63 alphanumerics", "guessed"),
    ("fal_ai_api_key", ["fal", "key"], _fal, [], "UUIDv4 + `:` + 32 hex", "believed"),
    ("github_classic_personal_token", ["github", "token"], lambda r: crc_token(r, "ghp_"), [], "`ghp_` + 30 base62 + 6-character base62 CRC-32", "believed"),
    ("gitlab_personal_access_token", ["gitlab", "token"], s("glpat-", B64U, 20), [], "`glpat-` + 20 base64url", "believed"),
    ("bitbucket_app_password", ["bitbucket", "app", "password"], lambda r: "ATBB" + rstr(r, ALNUM, 28) + rstr(r, HEXU, 8), [(["bitbucket", "username"], lambda r: "vowstudio-ci" + str(r.randint(1, 9)))], "`ATBB` + 28 alphanumerics + 8 upper hex (generated, not owner-chosen)", "believed"),
    ("atlassian_cloud_api_token", ["atlassian", "api", "token"], _atlassian, [], "`ATATT3xFfGF0` + 170 base64url + `=` + 8 upper hex", "believed"),
    ("vercel_access_token", ["vercel", "token"], s("", ALNUM, 24), [], "24 alphanumerics", "believed"),
    ("supabase_service_role_key", ["supabase", "service", "role", "key"], _supabase, [], "HS256 JWT with `role: service_role` (real JSON, real HMAC)", "believed"),
    ("neon_api_key", ["neon", "api", "key"], s("napi_", LOWALNUM, 64), [], "`napi_` + 64 lower-case alphanumerics", "guessed"),
    ("airtable_personal_access_token", ["airtable", "token"], lambda r: "pat" + rstr(r, ALNUM, 14) + "." + rstr(r, HEXL, 64), [], "`pat` + 14 + `.` + 64 hex", "believed"),
    ("notion_integration_secret", ["notion", "secret"], s("secret_", ALNUM, 43), [], "`secret_` + 43 alphanumerics", "believed"),
    ("smartsheet_api_access_token", ["smartsheet", "access", "token"], s("", ALNUM, 37), [], "37 alphanumerics", "guessed"),
    ("typeform_personal_access_token", ["typeform", "token"], lambda r: "tfp_" + rstr(r, ALNUM, 44) + "_" + rstr(r, ALNUM, 14), [], "`tfp_` + 44 + `_` + 14 alphanumerics", "believed"),
    ("tally_forms_api_key", ["tally", "api", "key"], s("tly-", ALNUM, 32), [], "`tly-` + 32 alphanumerics", "guessed"),
    ("radar_live_secret_key", ["radar", "secret", "key"], s("prj_live_sk_", HEXL, 40), [(["radar", "publishable", "key"], s("prj_live_pk_", HEXL, 40))], "`prj_live_sk_` + 40 hex (the `prj_live_pk_` key next to it is publishable)", "believed"),
    ("samsara_fleet_api_token", ["samsara", "api", "token"], s("samsara_api_", ALNUM, 30), [], "`samsara_api_` + 30 alphanumerics", "believed"),
    ("onfleet_api_key", ["onfleet", "api", "key"], s("", HEXL, 32), [], "32 lower-case hex", "guessed"),
    ("shipday_api_key", ["shipday", "api", "key"], lambda r: rstr(r, ALNUM, 10) + "." + rstr(r, ALNUM, 20), [], "10 + `.` + 20 alphanumerics", "guessed"),
    ("geotab_mygeotab_service_password", ["mygeotab", "password"], OWN, [(["mygeotab", "user"], lambda r: "vans" + str(r.randint(1, 9)) + "@bloomvan.example"), (["mygeotab", "database"], lambda r: "bloomvan_" + str(r.randint(10, 99)))], "owner-chosen", "owner"),
    ("traccar_server_api_token", ["traccar", "token"], s("", B64U, 40), [], "40 base64url", "guessed"),
    ("monnit_imonnit_api_secret", ["imonnit", "api", "secret"], s("", B64U, 43), [(["imonnit", "api", "key", "id"], s("", B64U, 22))], "43 base64url (key id is an identifier)", "guessed"),
    ("sensorpush_gateway_account_password", ["sensorpush", "password"], OWN, [(["sensorpush", "email"], lambda r: "coldroom" + str(r.randint(1, 9)) + "@bloomdesk.example")], "owner-chosen", "owner"),
    ("aws_ses_smtp_password", ["ses", "smtp", "password"], _aws_ses, [(["ses", "smtp", "user"], s("AKIA", UPALNUM, 16))], "`B` + 43 Base64 characters (derived SMTP password; the `AKIA…` user is an identifier)", "believed"),
    ("azure_storage_account_key", ["azure", "storage", "key"], lambda r: b64(rbytes(r, 64)), [(["azure", "storage", "account"], lambda r: "vowphotos" + str(r.randint(10, 99)))], "Base64 of 64 bytes (88 chars)", "believed"),
    ("google_oauth_web_client_secret", ["google", "client", "secret"], s("GOCSPX-", B64U, 28), [(["google", "client", "id"], lambda r: str(r.randint(10 ** 11, 10 ** 12 - 1)) + "-" + rstr(r, LOWALNUM, 32) + ".apps.googleusercontent.com")], "`GOCSPX-` + 28 base64url (client id is public)", "believed"),
    ("digitalocean_personal_access_token", ["digitalocean", "token"], s("dop_v1_", HEXL, 64), [], "`dop_v1_` + 64 hex", "believed"),
    ("datadog_api_key", ["datadog", "api", "key"], s("", HEXL, 32), [], "32 lower-case hex", "believed"),
    ("datadog_application_key", ["datadog", "app", "key"], s("", HEXL, 40), [], "40 lower-case hex", "believed"),
    ("honeybadger_project_api_key", ["honeybadger", "api", "key"], s("hbp_", ALNUM, 36), [], "`hbp_` + 36 alphanumerics", "guessed"),
    ("uptimerobot_main_api_key", ["uptimerobot", "api", "key"], lambda r: "u" + str(r.randint(10 ** 6, 10 ** 7 - 1)) + "-" + rstr(r, HEXL, 24), [], "`u` + 7 digits + `-` + 24 hex", "believed"),
    ("cloudflare_api_token", ["cloudflare", "api", "token"], s("", B64U, 40), [], "40 base64url", "believed"),
    ("bitwarden_secrets_manager_access_token", ["bws", "access", "token"], _bitwarden, [], "`0.` + UUIDv4 + `.` + 30 + `:` + Base64 of 16 bytes", "believed"),
    ("docker_hub_personal_access_token", ["dockerhub", "token"], s("dckr_pat_", B64U, 27), [(["dockerhub", "username"], lambda r: "vowstudio" + str(r.randint(1, 99)))], "`dckr_pat_` + 27 base64url", "read"),
    ("shopify_admin_api_access_token", ["shopify", "access", "token"], s("shpat_", HEXL, 32), [], "`shpat_` + 32 hex", "believed"),
    ("shopify_app_client_secret", ["shopify", "client", "secret"], s("shpss_", HEXL, 32), [(["shopify", "client", "id"], s("", HEXL, 32))], "`shpss_` + 32 hex (client id is public)", "believed"),
    ("woocommerce_rest_consumer_secret", ["woocommerce", "consumer", "secret"], s("cs_", HEXL, 40), [(["woocommerce", "consumer", "key"], s("ck_", HEXL, 40))], "`cs_` + 40 hex (the `ck_` consumer key next to it is left unlabelled)", "believed"),
    ("hubspot_private_app_token", ["hubspot", "access", "token"], lambda r: "pat-eu1-" + uuid4(r), [], "`pat-eu1-` + UUIDv4", "believed"),
    ("pipedrive_api_token", ["pipedrive", "api", "token"], s("", HEXL, 40), [], "40 lower-case hex", "believed"),
    ("intercom_access_token", ["intercom", "access", "token"], _intercom, [], "Base64 of `tok:<UUIDv4>:1:0`", "believed"),
    ("freshdesk_api_key", ["freshdesk", "api", "key"], s("", ALNUM, 20), [], "20 alphanumerics", "believed"),
    ("zendesk_api_token", ["zendesk", "api", "token"], s("", ALNUM, 40), [(["zendesk", "email"], lambda r: "support" + str(r.randint(1, 9)) + "@vowstudio.example")], "40 alphanumerics", "believed"),
    ("linear_api_key", ["linear", "api", "key"], s("lin_api_", ALNUM, 40), [], "`lin_api_` + 40 alphanumerics", "believed"),
    ("mux_video_token_secret", ["mux", "token", "secret"], lambda r: b64(rbytes(r, 56)), [(["mux", "token", "id"], uuid4)], "Base64 of 56 bytes (the token id UUID is an identifier)", "guessed"),
    ("vimeo_access_token", ["vimeo", "access", "token"], s("", HEXL, 32), [], "32 lower-case hex", "believed"),
    ("docusign_connect_hmac_key", ["docusign", "hmac", "key"], lambda r: b64(rbytes(r, 32)), [], "Base64 of 32 bytes (44 chars)", "believed"),
    ("signwell_api_key", ["signwell", "api", "key"], s("", HEXL, 64), [], "64 lower-case hex", "guessed"),
    ("boldsign_api_key", ["boldsign", "api", "key"], lambda r: b64(rbytes(r, 33)), [], "Base64 of 33 bytes (44 chars)", "guessed"),
    ("yousign_api_key", ["yousign", "api", "key"], s("", ALNUM, 32), [], "32 alphanumerics", "guessed"),
    # ---- written, least central, form the unused tail
    ("bigcommerce_store_api_token", ["bigcommerce", "access", "token"], s("", LOWALNUM, 31), [], "31 lower-case alphanumerics", "guessed"),
    ("quickbooks_online_client_secret", ["quickbooks", "client", "secret"], s("", ALNUM, 40), [], "40 alphanumerics", "guessed"),
    ("typesense_admin_api_key", ["typesense", "api", "key"], s("", ALNUM, 32), [], "32 alphanumerics", "guessed"),
    ("make_com_api_token", ["make", "api", "token"], uuid4, [], "UUIDv4", "guessed"),
    ("ifttt_webhooks_key", ["ifttt", "key"], s("", B64U, 22), [], "22 base64url", "believed"),
    ("unsplash_secret_key", ["unsplash", "secret", "key"], s("", B64U, 43), [], "43 base64url", "guessed"),
    ("filestack_app_secret", ["filestack", "app", "secret"], s("", UPALNUM, 26), [], "26 upper-case alphanumerics", "guessed"),
    ("whereby_api_key", ["whereby", "api", "key"], _whereby, [], "HS256 JWT", "guessed"),
]

# put last (unused tail): generic services least central to the florist / wedding / event world
VENDOR_TAIL = [
    "textmagic_api_key", "mandrill_transactional_api_key", "convertkit_api_secret", "expo_robot_access_token",
    "together_ai_api_key", "voyage_ai_api_key", "smartsheet_api_access_token", "tally_forms_api_key",
    "honeybadger_project_api_key", "pipedrive_api_token", "freshdesk_api_key", "linear_api_key",
    "bigcommerce_store_api_token", "quickbooks_online_client_secret", "typesense_admin_api_key", "make_com_api_token",
    "ifttt_webhooks_key", "unsplash_secret_key", "filestack_app_secret", "whereby_api_key",
]
VENDORS = [v for v in VENDORS if v[0] not in VENDOR_TAIL] + [v for n in VENDOR_TAIL for v in VENDORS if v[0] == n]
N_VENDOR = 120
assert len(VENDORS) == 140 and len({v[0] for v in VENDORS[N_VENDOR:]}) == 20


# ---------------------------------------------------------------- styles
def st_netlify(k, nb, r):
    lines = [f"$ netlify link --name vow-portal"]
    for kk, vv in nb:
        lines.append(f"$ netlify env:set {style_key(kk, 'upper')} \"{vv}\" --context production")
    lines.append(f"$ netlify env:set {style_key(k, 'upper')} \"{MARK}\" --context production")
    lines.append(f"Set environment variable {style_key(k, 'upper')} in the production context")
    return "\n".join(lines) + "\n"


def st_pydantic(k, nb, r):
    lines = ["from pydantic_settings import BaseSettings", "", "", "class RelaySettings(BaseSettings):",
             "    shop_timezone: str = \"Europe/Dublin\""]
    for kk, vv in nb:
        lines.append(f"    {style_key(kk, 'snake')}: str = \"{vv}\"")
    lines.append(f"    {style_key(k, 'snake')}: str = \"{MARK}\"")
    lines += ["", "", "settings = RelaySettings()"]
    return "\n".join(lines) + "\n"


def st_rails_creds(k, nb, r):
    lines = ["# rails credentials:edit --environment production (decrypted view)",
             "# (secret_key_base omitted from this paste)", "vendors:"]
    for kk, vv in nb:
        lines.append(f"  {style_key(kk, 'snake')}: {vv}")
    lines.append(f"  {style_key(k, 'snake')}: {MARK}")
    return "\n".join(lines) + "\n"


def st_bitwarden(k, nb, r):
    fields = []
    for kk, vv in nb:
        fields.append(f"        {{ \"name\": \"{style_key(kk, 'upper')}\", \"value\": \"{vv}\", \"type\": 0 }}")
    fields.append(f"        {{ \"name\": \"{style_key(k, 'upper')}\", \"value\": \"{MARK}\", \"type\": 1 }}")
    return ("{\n  \"encrypted\": false,\n  \"items\": [\n    {\n      \"id\": \"" + uuid4(r) + "\",\n      \"type\": 2,\n"
            "      \"name\": \"" + " ".join(w.capitalize() for w in k[:-1]) + " (studio)\",\n      \"fields\": [\n"
            + ",\n".join(fields) + "\n      ]\n    }\n  ]\n}\n")


def st_discord(k, nb, r):
    extra = "".join(f" {style_key(kk, 'spaced')} is {vv} and" for kk, vv in nb)
    return (f"lens&light #dev — today at {r.randint(8, 11)}:{r.randint(10, 59)}\n"
            f"Noor: uploading the Ellison gallery tonight,{extra} the {style_key(k, 'spaced')} is {MARK} — "
            f"please don't paste it in the client channel\n")


def st_linear(k, nb, r):
    extra = "".join(f"- {style_key(kk, 'spaced')}: `{vv}`\n" for kk, vv in nb)
    return (f"EVT-{r.randint(100, 999)} Checkout fails for Saturday's gala\n\nComment by Sam:\nRotated it this morning, new values:\n"
            f"{extra}- {style_key(k, 'spaced')}: `{MARK}`\nWill move it to the vault after the event.\n")


def st_nodecfg(k, nb, r):
    lines = ["// config/vendors.js (RSVP backend)", "module.exports = {"]
    for kk, vv in nb:
        lines.append(f"  {style_key(kk, 'camel')}: '{vv}',")
    lines.append(f"  {style_key(k, 'camel')}: '{MARK}',")
    lines.append("  retry: { attempts: 3 },")
    lines.append("};")
    return "\n".join(lines) + "\n"


def st_doppler(k, nb, r):
    lines = ["$ doppler setup --project ticketing --config prd"]
    for kk, vv in nb:
        lines.append(f"$ doppler secrets set {style_key(kk, 'upper')}=\"{vv}\"")
    lines.append(f"$ doppler secrets set {style_key(k, 'upper')}=\"{MARK}\"")
    return "\n".join(lines) + "\n"


def st_goconst(k, nb, r):
    lines = ["package seating", "", "// vendor credentials (TODO: move to env before launch)", "const ("]
    for kk, vv in nb:
        lines.append(f"\t{style_key(kk, 'camel')} = \"{vv}\"")
    lines.append(f"\t{style_key(k, 'camel')} = \"{MARK}\"")
    lines.append(")")
    return "\n".join(lines) + "\n"


def st_ansible(k, nb, r):
    lines = ["---", "# roles/delivery_ops/vars/main.yml", "delivery_depot: \"Unit 4, Mill Lane\""]
    for kk, vv in nb:
        lines.append(f"delivery_{style_key(kk, 'snake')}: \"{vv}\"")
    lines.append(f"delivery_{style_key(k, 'snake')}: \"{MARK}\"")
    return "\n".join(lines) + "\n"


def st_swift(k, nb, r):
    lines = ["// Secrets.swift (not in .gitignore yet!)", "enum VendorSecrets {"]
    for kk, vv in nb:
        lines.append(f"    static let {style_key(kk, 'camel')} = \"{vv}\"")
    lines.append(f"    static let {style_key(k, 'camel')} = \"{MARK}\"")
    lines.append("}")
    return "\n".join(lines) + "\n"


def st_email(k, nb, r):
    extra = "".join(f"{style_key(kk, 'title')}: {vv}\n" for kk, vv in nb)
    return (f"From: Harriet (Venue Manager) <harriet@oakwoodbarn.example>\nTo: dev@vowstudio.example\nSubject: Booking page keys\n\n"
            f"Hi Leo,\n\nHere's what the supplier sent us for the new booking page:\n\n{extra}{style_key(k, 'title')}: {MARK}\n\n"
            f"Thanks,\nHarriet\n")


STYLES = [
    ("wedding_portal_netlify_env_set_history", st_netlify),
    ("florist_relay_pydantic_settings_defaults", st_pydantic),
    ("venue_booking_rails_credentials_decrypted_yml", st_rails_creds),
    ("planner_bitwarden_json_export", st_bitwarden),
    ("photographer_discord_dm_paste", st_discord),
    ("event_ops_linear_issue_comment", st_linear),
    ("rsvp_backend_node_vendor_config_js", st_nodecfg),
    ("ticketing_doppler_secrets_set_history", st_doppler),
    ("seating_tool_go_const_block", st_goconst),
    ("delivery_ops_ansible_role_vars_yml", st_ansible),
    ("checkin_app_swift_secrets_enum", st_swift),
    ("venue_manager_email_to_developer", st_email),
]


def generate(reg, start_index):
    r = random.Random(SEED)
    recs = []
    n = start_index
    for i, (tname, words, gen, nbs, _shape, _conf) in enumerate(VENDORS[:N_VENDOR]):
        sname, sfn = STYLES[i % len(STYLES)]
        value = reg.draw(gen, r)
        nb = [(kw, reg.draw(g, r)) for kw, g in nbs]
        tpl = sfn(words, nb, r)
        n += 1
        recs.append(make_record(f"p179-s-{n:04d}", tname, f"{tname}__{sname}", tpl, value, "vendor"))
    return recs
