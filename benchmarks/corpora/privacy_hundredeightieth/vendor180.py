"""Vendor source: 120 vendor credential types used by cycling-world developers, 12 styles cyclic."""
import json
import random
import string

from common180 import (B62, B64STD, B64URL, HEX, LOWER_ALNUM, UPPER_ALNUM, b64, github_style_token,
                       jwt_hs256, key_style, owner_password, place, rand_bytes, rand_hex, rand_str,
                       record, uuid4)

SEED = 18002
DIG = string.digits
LETTERS = string.ascii_letters


def R(alpha, n, prefix="", suffix=""):
    return lambda rng: prefix + rand_str(rng, alpha, n) + suffix


def H(n, prefix="", upper=False):
    return lambda rng: prefix + rand_hex(rng, n, upper)


def U(prefix=""):
    return lambda rng: prefix + uuid4(rng)


def PW():
    return lambda rng: owner_password(rng)


def openai_proj(rng):
    return "sk-proj-" + rand_str(rng, B64URL.replace("-", "").replace("_", ""), 74) + "T3BlbkFJ" + rand_str(rng, B64URL.replace("-", "").replace("_", ""), 74)


def anthropic_key(rng):
    return "sk-ant-api03-" + rand_str(rng, B64URL, 93) + "AA"


def telegram(rng):
    return str(rng.randrange(6000000000, 7999999999)) + ":AA" + rand_str(rng, B64URL, 33)


def slack_bot(rng):
    return "xoxb-%d-%d-%s" % (rng.randrange(10 ** 11, 10 ** 12), rng.randrange(10 ** 12, 10 ** 13), rand_str(rng, B62, 24))


def slack_hook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rand_str(rng, UPPER_ALNUM, 10), rand_str(rng, UPPER_ALNUM, 10), rand_str(rng, B62, 24))


def discord_bot(rng):
    uid = str(rng.randrange(10 ** 17, 10 ** 18 * 2))
    import base64
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rand_str(rng, B64URL, 6) + "." + rand_str(rng, B64URL, 38)


def mailchimp(rng):
    return rand_hex(rng, 32) + "-us%d" % rng.randint(10, 21)


def notion(rng):
    return "ntn_" + rand_str(rng, DIG, 11) + rand_str(rng, B62, 35)


def airtable(rng):
    return "pat" + rand_str(rng, B62, 14) + "." + rand_hex(rng, 64)


def clickup(rng):
    return "pk_" + rand_str(rng, DIG, 8) + "_" + rand_str(rng, UPPER_ALNUM, 32)


def postman(rng):
    return "PMAK-" + rand_hex(rng, 24) + "-" + rand_hex(rng, 34)


def circleci(rng):
    return "CCIPAT_" + rand_str(rng, B62, 24) + "_" + rand_str(rng, LOWER_ALNUM, 40)


def grafana_sa(rng):
    return "glsa_" + rand_str(rng, B62, 32) + "_" + rand_hex(rng, 8)


def age_key(rng):
    return "AGE-SECRET-KEY-1" + rand_str(rng, "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L", 58)


def nr_license(rng):
    return rand_hex(rng, 36) + "NRAL"


def uptimerobot(rng):
    return "u" + rand_str(rng, DIG, 7) + "-" + rand_hex(rng, 24)


def calendly(rng):
    iat = 1719000000 + rng.randrange(9000000)
    return jwt_hs256(rng, {"iss": "https://auth.calendly.com", "iat": iat, "jti": uuid4(rng),
                           "user_uuid": uuid4(rng), "scope": "default"},
                     {"kid": "1ce1e136", "typ": "PAT", "alg": "HS256"})


def ebay_cert(rng):
    return "PRD-%s-%s-%s-%s-%s" % (rand_hex(rng, 12), rand_hex(rng, 4), rand_hex(rng, 4), rand_hex(rng, 4), rand_hex(rng, 4))


def fb_page(rng):
    return "EAAC" + rand_str(rng, B62, 160)


def atlassian(rng):
    return "ATATT3xFfGF0" + rand_str(rng, B64URL, 171) + "=" + rand_hex(rng, 8, upper=True)


def ors(rng):
    return "5b3ce3597851110001cf6248" + rand_hex(rng, 32)


def stripe_sk(rng):
    return "sk_live_51" + rand_str(rng, B62, 97)


def pinecone(rng):
    return "pcsk_" + rand_str(rng, B62, 6) + "_" + rand_str(rng, B62, 63)


def resend(rng):
    return "re_" + rand_str(rng, B62, 8) + "_" + rand_str(rng, B62, 24)


def azure_storage(rng):
    return b64(rand_bytes(rng, 64))


def ids_num(n):
    return lambda rng: str(rng.randrange(10 ** (n - 1), 10 ** n))


# (type, key words, generator, shape description, status, neighbour: (id words, id generator) or None)
# status: read (gitleaks / Kingfisher rule read this session), believed, guessed, owner
VENDORS = [
    ("strava_api_client_secret", ["strava", "client", "secret"], H(40), "40 lower-case hex", "believed", (["strava", "client", "id"], ids_num(6))),
    ("garmin_connect_consumer_secret", ["garmin", "consumer", "secret"], R(B62, 27), "27 alphanumerics (OAuth 1.0a consumer secret)", "guessed", (["garmin", "consumer", "key"], U())),
    ("wahoo_cloud_client_secret", ["wahoo", "client", "secret"], R(B64URL, 43), "43 base64url", "guessed", (["wahoo", "client", "id"], R(B64URL, 43))),
    ("trainingpeaks_partner_client_secret", ["trainingpeaks", "client", "secret"], R(B62, 40), "40 alphanumerics", "guessed", (["trainingpeaks", "client", "id"], lambda r: "velonorth-" + rand_str(r, string.ascii_lowercase, 6))),
    ("polar_accesslink_client_secret", ["polar", "client", "secret"], U(), "UUIDv4", "guessed", (["polar", "client", "id"], U())),
    ("suunto_api_subscription_key", ["suunto", "subscription", "key"], H(32), "32 lower-case hex (API-management subscription key)", "guessed", None),
    ("intervals_icu_athlete_api_key", ["intervals", "api", "key"], R(LOWER_ALNUM, 26), "26 lower-case alphanumerics", "guessed", (["intervals", "athlete", "id"], lambda r: "i%d" % r.randrange(100000, 999999))),
    ("ridewithgps_auth_token", ["rwgps", "auth", "token"], H(32), "32 lower-case hex (the 8-hex API key next to it is an identifier)", "guessed", (["rwgps", "api", "key"], H(8))),
    ("komoot_club_account_password", ["komoot", "password"], PW(), "owner-chosen password", "owner", (["komoot", "email"], lambda r: "routes@velonorth.example")),
    ("zwift_club_admin_password", ["zwift", "admin", "password"], PW(), "owner-chosen password", "owner", (["zwift", "user"], lambda r: "clubrides@velonorth.example")),
    ("trainerroad_team_account_password", ["trainerroad", "password"], PW(), "owner-chosen password", "owner", (["trainerroad", "user"], lambda r: "coach.velonorth")),
    ("bike_index_oauth_client_secret", ["bikeindex", "client", "secret"], H(64), "64 lower-case hex", "guessed", (["bikeindex", "client", "id"], H(64))),
    ("lightspeed_retail_x_series_personal_token", ["lightspeed", "personal", "token"], R(B62, 32, prefix="lsxs_pt_"), "`lsxs_pt_` + 32 alphanumerics (prefix from memory, not re-checked)", "guessed", (["lightspeed", "domain", "prefix"], lambda r: "velobikes")),
    ("lightspeed_retail_r_series_refresh_token", ["lightspeed", "refresh", "token"], H(40), "40 lower-case hex", "guessed", (["lightspeed", "account", "id"], ids_num(6))),
    ("ascend_pos_cloud_api_key", ["ascend", "api", "key"], U(), "UUIDv4", "guessed", None),
    ("qbp_dealer_api_key", ["qbp", "api", "key"], R(B62, 32), "32 alphanumerics", "guessed", (["qbp", "dealer", "number"], ids_num(6))),
    ("shimano_b2b_dealer_portal_password", ["shimano", "b2b", "password"], PW(), "owner-chosen password", "owner", (["shimano", "b2b", "user"], lambda r: "D%d" % r.randrange(100000, 999999))),
    ("trek_retailer_b2b_password", ["trek", "b2b", "password"], PW(), "owner-chosen password", "owner", (["trek", "b2b", "user"], lambda r: "velobikes-ops")),
    ("race_result_event_api_key", ["raceresult", "api", "key"], R(UPPER_ALNUM, 32), "32 upper-case alphanumerics", "guessed", (["raceresult", "event", "id"], ids_num(6))),
    ("mylaps_speedhive_api_key", ["speedhive", "api", "key"], U(), "UUIDv4", "guessed", None),
    ("runsignup_api_secret", ["runsignup", "api", "secret"], H(32), "32 lower-case hex (the numeric API key next to it is an identifier)", "guessed", (["runsignup", "api", "key"], ids_num(8))),
    ("webscorer_api_key", ["webscorer", "api", "key"], R(B62, 20), "20 alphanumerics", "guessed", None),
    ("bikereg_promoter_account_password", ["bikereg", "password"], PW(), "owner-chosen password", "owner", (["bikereg", "login"], lambda r: "promoter@velonorth.example")),
    ("british_cycling_club_portal_password", ["bc", "club", "password"], PW(), "owner-chosen password", "owner", (["bc", "club", "user"], lambda r: "velonorth.sec")),
    ("spond_club_admin_password", ["spond", "password"], PW(), "owner-chosen password", "owner", (["spond", "email"], lambda r: "admin@velonorth.example")),
    ("wild_apricot_api_key", ["wildapricot", "api", "key"], R(LOWER_ALNUM, 30), "30 lower-case alphanumerics", "guessed", (["wildapricot", "account", "id"], ids_num(6))),
    ("clubspark_venue_api_secret", ["clubspark", "api", "secret"], R(B62, 40), "40 alphanumerics", "guessed", None),
    ("booqable_rental_api_key", ["booqable", "api", "key"], H(64), "64 lower-case hex", "guessed", None),
    ("checkfront_api_secret", ["checkfront", "api", "secret"], H(64), "64 lower-case hex (the 40-hex API key next to it is an identifier)", "guessed", (["checkfront", "api", "key"], H(40))),
    ("fareharbor_user_api_key", ["fareharbor", "user", "key"], U(), "UUIDv4 (the app key next to it is an identifier)", "guessed", (["fareharbor", "app", "key"], U())),
    ("rezdy_api_key", ["rezdy", "api", "key"], H(32), "32 lower-case hex", "guessed", None),
    ("thunderforest_cycle_map_api_key", ["thunderforest", "api", "key"], H(32), "32 lower-case hex", "believed", None),
    ("openrouteservice_api_key", ["ors", "api", "key"], ors, "`5b3ce3597851110001cf6248` + 32 hex (the classic 56-hex key look)", "believed", None),
    ("graphhopper_routing_api_key", ["graphhopper", "api", "key"], U(), "UUIDv4 (36 characters)", "read", None),
    ("maptiler_cloud_api_key", ["maptiler", "key"], R(B62, 20), "20 alphanumerics", "guessed", None),
    ("stadia_maps_api_key", ["stadia", "api", "key"], U(), "UUIDv4", "guessed", None),
    ("openweathermap_api_key", ["owm", "api", "key"], H(32), "32 lower-case hex", "read", None),
    ("tomorrow_io_weather_api_key", ["tomorrow", "api", "key"], R(B62, 32), "32 alphanumerics", "guessed", None),
    ("shopify_admin_api_access_token", ["shopify", "admin", "token"], H(32, "shpat_"), "`shpat_` + 32 hex", "read", (["shopify", "shop"], lambda r: "velo-bikes.myshopify.com")),
    ("shopify_app_shared_secret", ["shopify", "shared", "secret"], H(32, "shpss_"), "`shpss_` + 32 hex", "read", (["shopify", "api", "key"], H(32))),
    ("woocommerce_rest_consumer_secret", ["wc", "consumer", "secret"], H(40, "cs_"), "`cs_` + 40 hex (the `ck_` consumer key next to it is treated as an identifier)", "believed", (["wc", "consumer", "key"], H(40, "ck_"))),
    ("bigcommerce_store_api_token", ["bigcommerce", "access", "token"], R(LOWER_ALNUM, 31), "31 lower-case alphanumerics", "guessed", (["bigcommerce", "store", "hash"], R(LOWER_ALNUM, 10))),
    ("stripe_live_secret_key", ["stripe", "secret", "key"], stripe_sk, "`sk_live_51` + 97 alphanumerics", "read", None),
    ("square_oauth_application_secret", ["square", "application", "secret"], R(B64URL, 43, prefix="sq0csp-"), "`sq0csp-` + 43 base64url", "read", (["square", "application", "id"], R(B64URL, 22, prefix="sq0idp-"))),
    ("sumup_api_secret_key", ["sumup", "secret", "key"], R(B62, 32, prefix="sup_sk_"), "`sup_sk_` + 32 alphanumerics", "guessed", None),
    ("zettle_oauth_client_secret", ["zettle", "client", "secret"], R(B62, 40), "40 alphanumerics", "guessed", (["zettle", "client", "id"], U())),
    ("gocardless_live_access_token", ["gocardless", "access", "token"], R(B64URL, 40, prefix="live_"), "`live_` + 40 base64url", "read", None),
    ("klarna_live_api_secret", ["klarna", "api", "secret"], R(B64URL, 40, prefix="klarna_live_api_"), "`klarna_live_api_` + 40 base64url", "guessed", (["klarna", "username"], lambda r: "PK%d_%s" % (r.randrange(10000, 99999), rand_hex(r, 12)))),
    ("quickbooks_online_client_secret", ["qbo", "client", "secret"], R(B62, 40), "40 alphanumerics", "guessed", (["qbo", "client", "id"], R(B62, 50, prefix="AB"))),
    ("freshbooks_access_token", ["freshbooks", "access", "token"], R(LOWER_ALNUM, 64), "64 lower-case alphanumerics", "read", None),
    ("mailchimp_marketing_api_key", ["mailchimp", "api", "key"], mailchimp, "32 hex + `-us` + data-centre number", "read", None),
    ("klaviyo_private_api_key", ["klaviyo", "private", "key"], R(B62, 34, prefix="pk_"), "`pk_` + 34 alphanumerics (private key; the 6-character site id is public)", "read", (["klaviyo", "site", "id"], R(B62, 6))),
    ("brevo_smtp_api_key", ["brevo", "api", "key"], lambda r: "xkeysib-" + rand_hex(r, 64) + "-" + rand_str(r, B62, 16), "`xkeysib-` + 64 hex + `-` + 16 alphanumerics", "read", None),
    ("resend_email_api_key", ["resend", "api", "key"], resend, "`re_` + 8 + `_` + 24 alphanumerics", "guessed", None),
    ("sendcloud_api_secret", ["sendcloud", "secret", "key"], H(32), "32 lower-case hex (the public key next to it is an identifier)", "guessed", (["sendcloud", "public", "key"], H(32))),
    ("shipstation_api_secret", ["shipstation", "api", "secret"], H(32), "32 lower-case hex (the API key next to it is an identifier)", "guessed", (["shipstation", "api", "key"], H(32))),
    ("royal_mail_click_drop_api_key", ["clickdrop", "api", "key"], U(), "UUIDv4", "guessed", None),
    ("dhl_parcel_api_secret", ["dhl", "api", "secret"], R(B62, 16), "16 alphanumerics (the 32-character API key next to it is an identifier)", "guessed", (["dhl", "api", "key"], R(B62, 32))),
    ("ups_oauth_client_secret", ["ups", "client", "secret"], R(B62, 64), "64 alphanumerics", "guessed", (["ups", "client", "id"], R(B62, 48))),
    ("twilio_account_auth_token", ["twilio", "auth", "token"], H(32), "32 lower-case hex (the `AC` account sid next to it is an identifier)", "believed", (["twilio", "account", "sid"], H(32, "AC"))),
    ("messagebird_live_access_key", ["messagebird", "access", "key"], R(B62, 25), "25 alphanumerics", "read", None),
    ("telegram_club_rides_bot_token", ["telegram", "bot", "token"], telegram, "bot id + `:AA` + 33 base64url", "read", None),
    ("slack_bot_user_oauth_token", ["slack", "bot", "token"], slack_bot, "`xoxb-` + two numeric ids + 24 alphanumerics", "read", None),
    ("slack_incoming_webhook_url", ["slack", "webhook", "url"], slack_hook, "whole `hooks.slack.com/services/T…/B…/…` URL (the URL is the credential)", "read", None),
    ("discord_bot_token", ["discord", "bot", "token"], discord_bot, "Base64 of the numeric bot id + `.` + 6 + `.` + 38 base64url", "believed", None),
    ("pushover_application_token", ["pushover", "app", "token"], R(LOWER_ALNUM, 29, prefix="a"), "`a` + 29 lower-case alphanumerics", "believed", (["pushover", "user", "key"], R(LOWER_ALNUM, 29, prefix="u"))),
    ("ntfy_access_token", ["ntfy", "token"], R(LOWER_ALNUM, 29, prefix="tk_"), "`tk_` + 29 lower-case alphanumerics", "believed", None),
    ("line_messaging_channel_secret", ["line", "channel", "secret"], H(32), "32 lower-case hex (the numeric channel id next to it is an identifier)", "believed", (["line", "channel", "id"], ids_num(10))),
    ("intercom_access_token", ["intercom", "access", "token"], R(B64URL, 60), "60 base64url", "read", None),
    ("zendesk_api_token", ["zendesk", "api", "token"], R(B62, 40), "40 alphanumerics", "read", (["zendesk", "email"], lambda r: "support@velobikes.example/token")),
    ("openai_project_api_key", ["openai", "api", "key"], openai_proj, "`sk-proj-` + 74 + `T3BlbkFJ` + 74", "read", None),
    ("anthropic_ride_summary_api_key", ["anthropic", "api", "key"], anthropic_key, "`sk-ant-api03-` + 93 base64url + `AA`", "read", None),
    ("google_gemini_api_key", ["gemini", "api", "key"], R(B64URL, 35, prefix="AIza"), "`AIza` + 35 base64url (server-side key)", "read", None),
    ("groq_api_key", ["groq", "api", "key"], R(B62, 52, prefix="gsk_"), "`gsk_` + 52 alphanumerics", "read", None),
    ("replicate_api_token", ["replicate", "api", "token"], R(B62, 37, prefix="r8_"), "`r8_` + 37 alphanumerics", "read", None),
    ("perplexity_api_key", ["perplexity", "api", "key"], R(B62, 48, prefix="pplx-"), "`pplx-` + 48 alphanumerics", "read", None),
    ("xai_grok_api_key", ["xai", "api", "key"], R(B62, 80, prefix="xai-"), "`xai-` + 80 alphanumerics", "read", None),
    ("huggingface_user_access_token", ["hf", "token"], R(LETTERS, 34, prefix="hf_"), "`hf_` + 34 letters", "read", None),
    ("langfuse_secret_key", ["langfuse", "secret", "key"], U("sk-lf-"), "`sk-lf-` + UUIDv4 (the `pk-lf-` public key next to it is public)", "believed", (["langfuse", "public", "key"], U("pk-lf-"))),
    ("pinecone_api_key", ["pinecone", "api", "key"], pinecone, "`pcsk_` + 6 + `_` + 63 alphanumerics", "guessed", None),
    ("together_ai_api_key", ["together", "api", "key"], H(64), "64 lower-case hex", "guessed", None),
    ("voyage_ai_api_key", ["voyage", "api", "key"], R(B64URL, 43, prefix="pa-"), "`pa-` + 43 base64url", "guessed", None),
    ("github_classic_personal_access_token", ["github", "token"], lambda r: github_style_token(r, "ghp_"), "`ghp_` + 30 base62 + 6-character base62 CRC-32", "read", None),
    ("github_refresh_token", ["github", "refresh", "token"], lambda r: github_style_token(r, "ghr_"), "`ghr_` + 30 base62 + 6-character base62 CRC-32", "read", None),
    ("gitlab_personal_access_token", ["gitlab", "token"], R(B64URL, 20, prefix="glpat-"), "`glpat-` + 20", "read", None),
    ("gitlab_oauth_application_secret", ["gitlab", "oauth", "secret"], R(B64URL, 64, prefix="gloas-"), "`gloas-` + 64", "read", (["gitlab", "application", "id"], H(64))),
    ("atlassian_cloud_api_token", ["jira", "api", "token"], atlassian, "`ATATT3xFfGF0` + 171 base64url + `=` + 8 upper-case hex", "believed", (["jira", "user"], lambda r: "dev@velobikes.example")),
    ("circleci_personal_api_token", ["circleci", "token"], circleci, "`CCIPAT_` + 24 alphanumerics + `_` + 40 lower-case alphanumerics", "read", None),
    ("buildkite_api_access_token", ["buildkite", "api", "token"], R(LOWER_ALNUM, 40, prefix="bkua_"), "`bkua_` + 40 lower-case alphanumerics", "read", None),
    ("vercel_access_token", ["vercel", "token"], R(B62, 24), "24 alphanumerics", "read", None),
    ("render_service_api_key", ["render", "api", "key"], R(B62, 32, prefix="rnd_"), "`rnd_` + 32 alphanumerics", "guessed", None),
    ("supabase_management_access_token", ["supabase", "access", "token"], H(40, "sbp_"), "`sbp_` + 40 lower-case hex", "read", None),
    ("sentry_user_auth_token", ["sentry", "auth", "token"], H(64, "sntryu_"), "`sntryu_` + 64 hex", "read", None),
    ("postman_api_key", ["postman", "api", "key"], postman, "`PMAK-` + 24 hex + `-` + 34 hex", "read", None),
    ("linear_api_key", ["linear", "api", "key"], R(B62, 40, prefix="lin_api_"), "`lin_api_` + 40 alphanumerics", "read", None),
    ("notion_integration_token", ["notion", "token"], notion, "`ntn_` + 11 digits + 35 alphanumerics", "read", None),
    ("airtable_personal_access_token", ["airtable", "token"], airtable, "`pat` + 14 + `.` + 64 hex", "read", (["airtable", "base", "id"], R(B62, 14, prefix="app"))),
    ("clickup_personal_api_token", ["clickup", "api", "token"], clickup, "`pk_` + 8 digits + `_` + 32 upper-case alphanumerics", "read", None),
    ("figma_personal_access_token", ["figma", "token"], R(LOWER_ALNUM + "-_", 40, prefix="figd_"), "`figd_` + 40", "read", None),
    ("contentful_management_token", ["contentful", "management", "token"], R(B64URL, 43, prefix="CFPAT-"), "`CFPAT-` + 43", "read", (["contentful", "space", "id"], R(LOWER_ALNUM, 12))),
    ("typeform_personal_token", ["typeform", "token"], R(B62, 59, prefix="tfp_"), "`tfp_` + 59", "read", None),
    ("readme_api_key", ["readme", "api", "key"], R(LOWER_ALNUM, 70, prefix="rdme_"), "`rdme_` + 70 lower-case alphanumerics", "read", None),
    ("pulumi_access_token", ["pulumi", "access", "token"], H(40, "pul-"), "`pul-` + 40 hex", "read", None),
    ("digitalocean_personal_access_token", ["do", "token"], H(64, "dop_v1_"), "`dop_v1_` + 64 hex", "read", None),
    ("scaleway_secret_key", ["scw", "secret", "key"], U(), "UUIDv4 (the `SCW…` access key next to it is an identifier)", "believed", (["scw", "access", "key"], R(UPPER_ALNUM, 17, prefix="SCW"))),
    ("fly_io_deploy_token", ["fly", "api", "token"], R(B64URL, 43, prefix="fo1_"), "`fo1_` + 43", "read", None),
    ("heroku_platform_api_key_v2", ["heroku", "api", "key"], R(B64URL, 58, prefix="HRKU-AA"), "`HRKU-AA` + 58", "read", None),
    ("datadog_api_key", ["dd", "api", "key"], H(32), "32 lower-case hex", "read", None),
    ("fastly_api_token", ["fastly", "api", "token"], R(B64URL, 32), "32 base64url", "read", None),
    ("cloudflare_r2_secret_access_key", ["r2", "secret", "access", "key"], H(64), "64 lower-case hex (the 32-hex access key id next to it is an identifier)", "believed", (["r2", "access", "key", "id"], H(32))),
    ("azure_storage_account_key", ["azure", "storage", "key"], azure_storage, "Base64 of 64 random bytes (88 characters)", "believed", (["azure", "storage", "account"], lambda r: "velotiming%d" % r.randrange(10, 99))),
    ("aws_secret_access_key_results_bucket", ["aws", "secret", "access", "key"], R(B64STD, 40), "40 Base64-alphabet characters (the `AKIA…` id next to it is an identifier)", "believed", (["aws", "access", "key", "id"], R("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16, prefix="AKIA"))),
    ("grafana_service_account_token", ["grafana", "sa", "token"], grafana_sa, "`glsa_` + 32 alphanumerics + `_` + 8 hex", "read", None),
    ("age_encryption_identity_secret", ["age", "identity"], age_key, "`AGE-SECRET-KEY-1` + 58 Bech32 characters", "read", None),
    ("okta_api_token", ["okta", "api", "token"], R(B64URL, 40, prefix="00"), "`00` + 40", "read", (["okta", "org", "url"], lambda r: "https://velobikes.okta.com")),
    ("new_relic_license_ingest_key", ["nr", "license", "key"], nr_license, "36 hex + `NRAL`", "believed", None),
    ("uptimerobot_main_api_key", ["uptimerobot", "api", "key"], uptimerobot, "`u` + 7 digits + `-` + 24 hex", "believed", None),
    ("healthchecks_io_api_key", ["healthchecks", "api", "key"], R(B62, 32), "32 alphanumerics", "guessed", None),
    ("neon_database_api_key", ["neon", "api", "key"], R(LOWER_ALNUM, 64, prefix="napi_"), "`napi_` + 64 lower-case alphanumerics", "guessed", None),
    ("calendly_personal_access_token", ["calendly", "token"], calendly, "JWT (`eyJ…`, real base64url JSON header and payload, real HMAC under a discarded key)", "believed", None),
    ("acuity_scheduling_api_key", ["acuity", "api", "key"], H(32), "32 lower-case hex (the numeric user id next to it is an identifier)", "guessed", (["acuity", "user", "id"], ids_num(8))),
    ("ebay_oauth_client_secret", ["ebay", "cert", "id"], ebay_cert, "`PRD-` + 12 hex + four groups of 4 hex (cert id = client secret)", "believed", (["ebay", "app", "id"], lambda r: "VeloBike-tradein-PRD-%s-%s" % (rand_hex(r, 9), rand_hex(r, 8)))),
    ("facebook_club_page_access_token", ["fb", "page", "token"], fb_page, "`EAAC` + 160 alphanumerics", "read", (["fb", "page", "id"], ids_num(15))),
    ("google_drive_oauth_client_secret", ["google", "client", "secret"], R(B64URL, 28, prefix="GOCSPX-"), "`GOCSPX-` + 28 base64url", "believed", (["google", "client", "id"], lambda r: "%d-%s.apps.googleusercontent.com" % (r.randrange(10 ** 11, 10 ** 12), rand_str(r, LOWER_ALNUM, 32)))),
]

# styles: (name, key style, template with {K} key, {V} value, optional {IDLINE})
STYLES = [
    ("shop_backend_dotenv_production", "upper", "# shop-backend .env.production\nNODE_ENV=production\n{IDLINE}{K}={V}\n", "{IK}={IV}\n"),
    ("club_site_netlify_env_set_history", "upper", "$ netlify link --name velo-club-site\n{IDLINE}$ netlify env:set {K} {V} --context production\nSet environment variable {K} in the production context\n", "$ netlify env:set {IK} {IV}\n"),
    ("timing_gh_secret_set_history", "upper", "$ cd ~/src/timing\n{IDLINE}$ gh secret set {K} --repo velonorth/timing --body \"{V}\"\n✓ Set Actions secret {K} for velonorth/timing\n", "$ gh variable set {IK} --body \"{IV}\"\n"),
    ("workshop_python_settings_module", "snake", "# workshop/settings_local.py\nDEBUG = False\n{IDLINE}{K} = \"{V}\"\n", "{IK} = \"{IV}\"\n"),
    ("marketplace_typescript_env_ts", "camel", "// src/env.ts (tradein marketplace)\nexport const region = 'eu-west-2';\n{IDLINE}export const {K} = '{V}';\n", "export const {IK} = '{IV}';\n"),
    ("ride_sync_go_config_literal", "pascal", "var prodConfig = Config{\n\tListen: \":8080\",\n{IDLINE}\t{K}: \"{V}\",\n}\n", "\t{IK}: \"{IV}\",\n"),
    ("shop_bitwarden_json_export", "title", "{\n  \"items\": [{\n    \"type\": 1,\n    \"name\": \"{K}\",\n    \"notes\": \"{IDNOTE}\",\n    \"login\": { \"username\": \"shop-dev\", \"password\": \"{V}\" }\n  }]\n}\n", None),
    ("club_volunteer_telegram_message", "spaced", "[Velo North volunteers] Ola: {IDCHAT}the {K} is {V} - only for the results laptop please\n", "{IK} is {IV} and "),
    ("bike_shop_github_issue_comment", "spaced", "**Repro steps** (from @mech-dan)\n\n1. start the sync worker\n2. it fails on boot\n\n{IDCHAT}I was using {K} `{V}` from my local .env, sorry for pasting it here\n", "{IK} `{IV}`, "),
    ("timing_docker_secret_create_history", "snake", "$ docker swarm init --advertise-addr 10.30.0.2\n{IDLINE}$ printf '%s' '{V}' | docker secret create {K} -\nq8w3k1x0\n", "$ docker config create {IK} - <<< '{IV}'\n"),
    ("fit_studio_aws_ssm_put_parameter_history", "snake", "$ export AWS_PROFILE=fitstudio\n{IDLINE}$ aws ssm put-parameter --name /fitstudio/prod/{K} --type SecureString --value '{V}' --overwrite\n{\"Version\": 3, \"Tier\": \"Standard\"}\n", "$ aws ssm put-parameter --name /fitstudio/prod/{IK} --type String --value '{IV}'\n"),
    ("parts_supplier_onboarding_email", "spaced", "Subject: B2B integration go-live\n\nHello,\n\nyour account is live. {IDCHAT}the {K} is {V}. Please keep it confidential.\n\nSupplier integrations team\n", "The {IK} is {IV} and "),
]


def build(registry, start_index):
    rng = random.Random(SEED)
    out = []
    for i, (tname, words, gen, _shape, _status, neigh) in enumerate(VENDORS[:120]):
        sname, sstyle, tmpl, idtmpl = STYLES[i % len(STYLES)]
        key = key_style(words, sstyle)
        value = registry.draw(lambda: gen(rng))
        fill = {"K": key, "IDLINE": "", "IDCHAT": "", "IDNOTE": "prod"}
        if neigh:
            iwords, igen = neigh
            iv = igen(rng)
            ik = key_style(iwords, sstyle)
            if idtmpl:
                line = idtmpl.replace("{IK}", ik).replace("{IV}", iv)
                fill["IDLINE"] = line
                fill["IDCHAT"] = line
            fill["IDNOTE"] = "%s: %s" % (ik, iv)
        text, s, e = place(tmpl, value, fill)
        out.append(record("p180-s-%04d" % (start_index + i), tname, tname + "__" + sname, text, s, e, "vendor"))
    return out
