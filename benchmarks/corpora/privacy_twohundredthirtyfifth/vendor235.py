"""Vendor source: 120 vendor credential types used by surf schools, shapers and lifeguard clubs."""
import base64
import json
import random
import re

import common235 as C

SEED = 23502

ALPH = {
    "alnum": (C.ALNUM, "[A-Za-z0-9]", "alphanumerics"),
    "lalnum": (C.LOWER_ALNUM, "[a-z0-9]", "lower-case alphanumerics"),
    "ualnum": (C.UPPER_ALNUM, "[A-Z0-9]", "upper-case alphanumerics"),
    "hex": (C.HEX, "[0-9a-f]", "lower-case hex"),
    "uhex": ("0123456789ABCDEF", "[0-9A-F]", "upper-case hex"),
    "b64url": (C.B64URL, "[A-Za-z0-9_-]", "base64url"),
    "digits": (C.DIGITS, "[0-9]", "digits"),
    "lower": (C.LOWER, "[a-z]", "lower-case letters"),
    "letters": (C.UPPER + C.LOWER, "[A-Za-z]", "letters"),
}


def P(*parts):
    """parts: str literal or (alphabet, n). Returns (gen, regex, description)."""
    def gen(rng):
        out = []
        for p in parts:
            if isinstance(p, str):
                out.append(p)
            else:
                out.append(C.rs(rng, ALPH[p[0]][0], p[1]))
        return "".join(out)
    rx = "".join(re.escape(p) if isinstance(p, str) else "%s{%d}" % (ALPH[p[0]][1], p[1]) for p in parts)
    desc = " + ".join("`%s`" % p if isinstance(p, str) else "%d %s" % (p[1], ALPH[p[0]][2]) for p in parts)
    return gen, rx, desc


def UUID(upper=False):
    return (lambda rng: C.uuid4(rng, upper),
            "[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}" if upper else
            "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
            ("upper-case " if upper else "") + "UUIDv4")


OWNER = (lambda rng: C.password(rng), C.WIDE_PW_RE.pattern[1:-1], "owner-chosen password")


def _discord_bot(rng):
    uid = str(rng.randint(10 ** 17, 10 ** 18 - 1))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + C.rs(rng, C.B64URL, 6) + "." + C.rs(rng, C.B64URL, 38)


DISCORD_BOT = (_discord_bot, r"[A-Za-z0-9+/]{24}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}",
               "standard Base64 of an 18-digit user id (padding dropped) + `.` + 6 base64url + `.` + 38 base64url")


def _cf_tunnel(rng):
    obj = {"a": C.rs(rng, C.HEX, 32), "t": C.uuid4(rng), "s": base64.b64encode(C.rbytes(rng, 32)).decode()}
    return base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


CF_TUNNEL = (_cf_tunnel, r"eyJhIjoi[A-Za-z0-9+/]+={0,2}",
             "standard Base64 of real JSON `{a: account tag, t: tunnel UUIDv4, s: Base64 of 32 bytes}`")


def _op_sa(rng):
    obj = {"signInAddress": "saltline.1password.com", "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256",
           "iterations": 650000, "salt": C.b64u(C.rbytes(rng, 16))},
           "email": C.rs(rng, C.LOWER_ALNUM, 13) + "@1passwordserviceaccounts.com",
           "srpX": C.rs(rng, C.HEX, 64), "muk": {"alg": "A256GCM", "ext": True, "k": C.b64u(C.rbytes(rng, 32)),
                                                 "key_ops": ["encrypt", "decrypt"], "kty": "oct", "kid": "mp"},
           "secretKey": "A3-" + C.rs(rng, C.UPPER_ALNUM, 6) + "-" + C.rs(rng, C.UPPER_ALNUM, 6) + "-" + C.rs(rng, C.UPPER_ALNUM, 5),
           "throttleSecret": {"seed": C.rs(rng, C.HEX, 64), "uuid": C.uuid4(rng)}, "deviceUuid": C.rs(rng, C.LOWER_ALNUM, 26)}
    return "ops_" + base64.b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode()


OP_SA = (_op_sa, r"ops_eyJ[A-Za-z0-9+/]{250,}={0,3}", "`ops_` + standard Base64 of real service-account JSON (sign-in address, SRP salt, MUK)")


def _intercom(rng):
    raw = "tok:" + C.uuid4(rng) + ":1:0"
    return base64.b64encode(raw.encode()).decode()


INTERCOM = (_intercom, r"dG9rOj[A-Za-z0-9+/]+={0,2}", "standard Base64 of `tok:` + UUIDv4 + `:1:0`")


def _monday(rng):
    iat = 1700000000 + rng.randrange(30000000)
    return C.jwt_hmac(rng, "HS256", {"tid": rng.randint(10 ** 8, 10 ** 9), "aai": 11, "uid": rng.randint(10 ** 7, 10 ** 8),
                                     "iad": "2024-0%d-1%dT0%d:12:44.000Z" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9)),
                                     "per": "me:write", "actid": rng.randint(10 ** 6, 10 ** 7), "rgn": "apse2"}, {"typ": None})


def _monday_fix(rng):
    t = _monday(rng)
    return t


MONDAY = (_monday_fix, r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}", "real HS256 JWT (base64url JSON, HMAC under a discarded key)")


def _yt_key(rng):
    return "-".join(C.rs(rng, C.LOWER_ALNUM, 4) for _ in range(5))


YT = (_yt_key, r"[a-z0-9]{4}(?:-[a-z0-9]{4}){4}", "5 groups of 4 lower-case alphanumerics joined by `-`")


def _apple(rng):
    return "-".join(C.rs(rng, C.LOWER, 4) for _ in range(4))


APPLE = (_apple, r"[a-z]{4}(?:-[a-z]{4}){3}", "4 groups of 4 lower-case letters joined by `-`")


def _aws_secret(rng):
    return C.rs(rng, C.UPPER + C.LOWER + C.DIGITS + "+/", 40)


AWS = (_aws_secret, r"[A-Za-z0-9+/]{40}", "40 standard Base64 characters")


def _azure_storage(rng):
    return base64.b64encode(C.rbytes(rng, 64)).decode()


AZSTOR = (_azure_storage, r"[A-Za-z0-9+/]{86}==", "standard Base64 of 64 random bytes (88 characters)")


def _slack_hook(rng):
    return "https://hooks.slack.com/services/T" + C.rs(rng, C.UPPER_ALNUM, 10) + "/B" + C.rs(rng, C.UPPER_ALNUM, 10) + "/" + C.rs(rng, C.ALNUM, 24)


SLACK_HOOK = (_slack_hook, r"https://hooks\.slack\.com/services/T[A-Z0-9]{10}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}",
              "whole URL `https://hooks.slack.com/services/T` + 10 + `/B` + 10 upper-case alphanumerics + `/` + 24 alphanumerics (the URL is the credential)")


def _stormglass(rng):
    return C.uuid4(rng) + "-" + C.uuid4(rng)


STORMGLASS = (_stormglass, r"[0-9a-f-]{36}-[0-9a-f-]{36}", "two UUIDs joined by `-` (73 characters)")


def _mux(rng):
    return C.rs(rng, C.UPPER + C.LOWER + C.DIGITS + "+/", 75)


MUX = (_mux, r"[A-Za-z0-9+/]{75}", "75 standard Base64 characters")

# (type, key words, spec, confidence, neighbour (label words, spec) or None)
R, B, G, O = "read", "believed", "guessed", "owner"
VENDORS = [
    # owner-chosen portal passwords of the trade
    ("surfline_premium_account_password", ["surfline", "password"], OWNER, O, (["surfline", "email"], "email")),
    ("slsa_surfguard_member_password", ["surfguard", "password"], OWNER, O, (["surfguard", "member", "id"], "digits8")),
    ("isa_instructor_portal_password", ["isa", "portal", "password"], OWNER, O, (["isa", "instructor", "number"], "isa")),
    ("rlss_award_portal_password", ["rlss", "portal", "password"], OWNER, O, (["rlss", "member", "number"], "digits7")),
    ("shape3d_licence_portal_password", ["shape3d", "licence", "password"], OWNER, O, (["shape3d", "licence", "id"], "lic")),
    ("windguru_pro_account_password", ["windguru", "password"], OWNER, O, (["windguru", "username"], "user")),
    # surf forecast, weather, tide, ocean
    ("stormglass_io_api_key", ["stormglass", "api", "key"], STORMGLASS, G, None),
    ("windy_point_forecast_api_key", ["windy", "forecast", "api", "key"], P(("alnum", 32)), G, None),
    ("worldtides_api_key", ["worldtides", "api", "key"], UUID(), G, None),
    ("openweathermap_appid", ["openweathermap", "appid"], P(("hex", 32)), B, None),
    ("weatherapi_com_key", ["weatherapi", "key"], P(("hex", 31)), B, None),
    ("visual_crossing_weather_key", ["visualcrossing", "key"], P(("ualnum", 25)), B, None),
    ("accuweather_api_key", ["accuweather", "api", "key"], P(("alnum", 32)), B, None),
    ("noaa_cdo_web_token", ["noaa", "cdo", "token"], P(("letters", 32)), B, None),
    ("willyweather_api_key", ["willyweather", "api", "key"], P(("alnum", 48)), G, None),
    ("aisstream_io_api_key", ["aisstream", "api", "key"], P(("hex", 40)), G, None),
    ("what3words_api_key", ["what3words", "api", "key"], P(("ualnum", 8)), B, None),
    # surf cam streaming and media
    ("youtube_live_stream_key", ["youtube", "stream", "key"], YT, B, None),
    ("twitch_broadcast_stream_key", ["twitch", "stream", "key"], P("live_", ("digits", 9), "_", ("alnum", 30)), B, None),
    ("mux_video_token_secret", ["mux", "token", "secret"], MUX, G, (["mux", "token", "id"], "uuid")),
    ("vimeo_personal_access_token", ["vimeo", "access", "token"], P(("hex", 32)), B, None),
    ("strava_api_client_secret", ["strava", "client", "secret"], P(("hex", 40)), B, (["strava", "client", "id"], "digits6")),
    ("zello_work_api_key", ["zello", "api", "key"], P(("alnum", 32)), G, (["zello", "network"], "zello")),
    # lesson booking and club admin
    ("rezgo_partner_api_key", ["rezgo", "api", "key"], P(("ualnum", 4), "-", ("ualnum", 4), "-", ("ualnum", 4), "-", ("ualnum", 4)), G, (["rezgo", "cid"], "digits5")),
    ("trekksoft_api_secret", ["trekksoft", "api", "secret"], P(("hex", 40)), G, (["trekksoft", "api", "key"], "hex20")),
    ("mindbody_public_api_key", ["mindbody", "api", "key"], P(("hex", 32)), G, (["mindbody", "site", "id"], "digits6")),
    ("acuity_scheduling_api_key", ["acuity", "api", "key"], P(("hex", 32)), G, (["acuity", "user", "id"], "digits8")),
    ("simplybook_api_secret_key", ["simplybook", "secret", "key"], P(("hex", 64)), G, (["simplybook", "company"], "company")),
    ("airtable_personal_access_token", ["airtable", "pat"], P("pat", ("alnum", 14), ".", ("hex", 64)), R, None),
    ("notion_integration_secret", ["notion", "integration", "secret"], P("ntn_", ("digits", 11), ("alnum", 35)), R, None),
    ("jotform_api_key", ["jotform", "api", "key"], P(("hex", 32)), B, None),
    ("monday_com_api_token", ["monday", "api", "token"], MONDAY, B, None),
    ("clickup_personal_api_token", ["clickup", "api", "token"], P("pk_", ("digits", 8), "_", ("ualnum", 32)), B, None),
    ("trello_user_api_token", ["trello", "token"], P("ATTA", ("hex", 64), ("uhex", 8)), B, (["trello", "api", "key"], "hex32pub")),
    ("todoist_api_token", ["todoist", "api", "token"], P(("hex", 40)), B, None),
    ("cal_com_api_key", ["cal", "api", "key"], P("cal_live_", ("hex", 32)), B, None),
    ("google_oauth_web_client_secret", ["google", "client", "secret"], P("GOCSPX-", ("b64url", 28)), B, (["google", "client", "id"], "gclient")),
    ("dropbox_short_lived_access_token", ["dropbox", "access", "token"], P("sl.", ("b64url", 135)), R, None),
    # commerce: board sales, rentals, deposits
    ("stripe_live_secret_key", ["stripe", "secret", "key"], P("sk_live_51", ("alnum", 97)), R, None),
    ("square_oauth_application_secret", ["square", "application", "secret"], P("sq0csp-", ("b64url", 43)), B, (["square", "application", "id"], "sqapp")),
    ("braintree_private_key", ["braintree", "private", "key"], P(("hex", 32)), B, (["braintree", "merchant", "id"], "lalnum16")),
    ("gocardless_live_access_token", ["gocardless", "access", "token"], P("live_", ("b64url", 40)), R, None),
    ("sumup_secret_api_key", ["sumup", "api", "key"], P("sup_sk_", ("alnum", 32)), G, None),
    ("adyen_checkout_api_key", ["adyen", "api", "key"], P("AQE", ("alnum", 20), ".", ("b64url", 60), "-", ("b64url", 44)), G, (["adyen", "merchant", "account"], "adyenma")),
    ("shopify_admin_api_access_token", ["shopify", "admin", "token"], P("shpat_", ("hex", 32)), R, (["shopify", "store"], "shopdomain")),
    ("bigcommerce_store_api_token", ["bigcommerce", "access", "token"], P(("lalnum", 31)), B, (["bigcommerce", "store", "hash"], "lalnum10")),
    ("ecwid_secret_access_token", ["ecwid", "secret", "token"], P("secret_", ("alnum", 32)), B, (["ecwid", "store", "id"], "digits8")),
    ("squarespace_commerce_api_key", ["squarespace", "api", "key"], UUID(), R, None),
    ("etsy_open_api_shared_secret", ["etsy", "shared", "secret"], P(("lalnum", 10)), B, (["etsy", "keystring"], "lalnum24")),
    ("shipstation_api_secret", ["shipstation", "api", "secret"], P(("hex", 32)), B, (["shipstation", "api", "key"], "hex32pub")),
    ("sendle_api_key", ["sendle", "api", "key"], P(("alnum", 24)), G, (["sendle", "id"], "sendleid")),
    ("easyship_production_token", ["easyship", "token"], P("prod_", ("alnum", 40)), G, None),
    ("xero_oauth_client_secret", ["xero", "client", "secret"], P(("b64url", 48)), B, (["xero", "client", "id"], "uhex32")),
    ("quickbooks_oauth_client_secret", ["quickbooks", "client", "secret"], P(("alnum", 40)), B, (["quickbooks", "client", "id"], "qbid")),
    ("duffel_live_access_token", ["duffel", "access", "token"], P("duffel_live_", ("b64url", 43)), R, None),
    # messaging and support
    ("telegram_bot_api_token", ["telegram", "bot", "token"], P(("digits", 10), ":AA", ("b64url", 33)), R, None),
    ("pushover_application_token", ["pushover", "app", "token"], P("a", ("lalnum", 29)), B, (["pushover", "user", "key"], "pushuser")),
    ("twilio_account_auth_token", ["twilio", "auth", "token"], P(("hex", 32)), B, (["twilio", "account", "sid"], "twsid")),
    ("messagebird_live_access_key", ["messagebird", "access", "key"], P(("lalnum", 25)), R, None),
    ("sinch_sms_api_token", ["sinch", "api", "token"], P(("hex", 32)), G, (["sinch", "service", "plan", "id"], "hex32pub")),
    ("telnyx_v2_api_key", ["telnyx", "api", "key"], P("KEY", ("uhex", 32), "_", ("alnum", 22)), B, None),
    ("brevo_smtp_api_key", ["brevo", "api", "key"], P("xkeysib-", ("hex", 64), "-", ("alnum", 16)), R, None),
    ("mailgun_private_api_key", ["mailgun", "api", "key"], P("key-", ("hex", 32)), R, (["mailgun", "domain"], "mgdomain")),
    ("mailchimp_marketing_api_key", ["mailchimp", "api", "key"], P(("hex", 32), "-us", ("digits", 2)), R, None),
    ("klaviyo_private_api_key", ["klaviyo", "private", "key"], P("pk_", ("hex", 34)), B, None),
    ("resend_email_api_key", ["resend", "api", "key"], P("re_", ("alnum", 8), "_", ("alnum", 24)), B, None),
    ("intercom_app_access_token", ["intercom", "access", "token"], INTERCOM, B, None),
    ("zendesk_agent_api_token", ["zendesk", "api", "token"], P(("alnum", 40)), R, (["zendesk", "agent", "email"], "email")),
    ("freshdesk_agent_api_key", ["freshdesk", "api", "key"], P(("alnum", 20)), B, None),
    ("slack_bot_user_oauth_token", ["slack", "bot", "token"], P("xoxb-", ("digits", 12), "-", ("digits", 13), "-", ("alnum", 24)), R, None),
    ("slack_legacy_incoming_webhook_url", ["slack", "webhook", "url"], SLACK_HOOK, R, None),
    ("discord_bot_authorization_token", ["discord", "bot", "token"], DISCORD_BOT, B, None),
    ("onesignal_rest_api_key", ["onesignal", "rest", "api", "key"], P(("b64url", 48)), G, (["onesignal", "app", "id"], "uuid")),
    ("mattermost_personal_access_token", ["mattermost", "token"], P(("lalnum", 26)), R, None),
    # AI services
    ("openai_project_api_key", ["openai", "api", "key"], P("sk-proj-", ("b64url", 74), "T3BlbkFJ", ("b64url", 74)), R, None),
    ("anthropic_workspace_api_key", ["anthropic", "api", "key"], P("sk-ant-api03-", ("b64url", 93), "AA"), R, None),
    ("google_gemini_api_key", ["gemini", "api", "key"], P("AIza", ("b64url", 35)), R, None),
    ("groq_cloud_api_key", ["groq", "api", "key"], P("gsk_", ("alnum", 52)), B, None),
    ("replicate_api_token", ["replicate", "api", "token"], P("r8_", ("alnum", 37)), B, None),
    ("huggingface_user_access_token", ["hf", "token"], P("hf_", ("letters", 34)), R, None),
    ("perplexity_pplx_api_key", ["perplexity", "api", "key"], P("pplx-", ("alnum", 48)), R, None),
    ("together_ai_api_key", ["together", "api", "key"], P(("hex", 64)), B, None),
    ("stability_ai_api_key", ["stability", "api", "key"], P("sk-", ("alnum", 48)), B, None),
    ("pinecone_vector_api_key", ["pinecone", "api", "key"], P("pcsk_", ("alnum", 5), "_", ("alnum", 63)), B, None),
    ("wandb_api_key", ["wandb", "api", "key"], P(("hex", 40)), B, None),
    ("langsmith_personal_access_token", ["langsmith", "api", "key"], P("lsv2_pt_", ("hex", 32), "_", ("hex", 10)), B, None),
    ("voyage_ai_api_key", ["voyage", "api", "key"], P("pa-", ("b64url", 43)), B, None),
    # developer and ops
    ("github_classic_personal_access_token", ["github", "token"], P("ghp_", ("alnum", 36)), R, None),
    ("github_oauth_user_token", ["github", "oauth", "token"], P("gho_", ("alnum", 36)), R, None),
    ("gitlab_personal_access_token", ["gitlab", "token"], P("glpat-", ("b64url", 20)), R, None),
    ("gitlab_deploy_token", ["gitlab", "deploy", "token"], P("gldt-", ("b64url", 20)), R, (["gitlab", "deploy", "user"], "gldtuser")),
    ("bitbucket_app_password", ["bitbucket", "app", "password"], P("ATBB", ("alnum", 32)), B, (["bitbucket", "username"], "user")),
    ("npm_granular_access_token", ["npm", "token"], P("npm_", ("alnum", 36)), R, None),
    ("nuget_org_api_key", ["nuget", "api", "key"], P("oy2", ("lalnum", 43)), B, None),
    ("render_api_key", ["render", "api", "key"], P("rnd_", ("alnum", 32)), B, None),
    ("fly_io_deploy_token", ["fly", "api", "token"], P("fo1_", ("b64url", 43)), R, None),
    ("heroku_platform_api_key_v2", ["heroku", "api", "key"], P("HRKU-AA", ("b64url", 58)), R, None),
    ("digitalocean_personal_access_token", ["digitalocean", "token"], P("dop_v1_", ("hex", 64)), R, None),
    ("hetzner_cloud_api_token", ["hcloud", "token"], P(("alnum", 64)), B, None),
    ("cloudflare_scoped_api_token", ["cloudflare", "api", "token"], P(("b64url", 40)), R, None),
    ("cloudflare_tunnel_run_token", ["tunnel", "token"], CF_TUNNEL, B, None),
    ("aws_iam_secret_access_key", ["aws", "secret", "access", "key"], AWS, B, (["aws", "access", "key", "id"], "akia")),
    ("azure_storage_account_key", ["azure", "storage", "key"], AZSTOR, B, (["azure", "storage", "account"], "azacct")),
    ("sentry_user_auth_token", ["sentry", "auth", "token"], P("sntryu_", ("hex", 64)), R, None),
    ("datadog_api_key", ["dd", "api", "key"], P(("hex", 32)), B, (["dd", "site"], "ddsite")),
    ("uptimerobot_main_api_key", ["uptimerobot", "api", "key"], P("u", ("digits", 7), "-", ("hex", 24)), B, None),
    ("better_stack_source_token", ["betterstack", "source", "token"], P(("alnum", 24)), G, None),
    ("pulumi_access_token", ["pulumi", "access", "token"], P("pul-", ("hex", 40)), R, None),
    ("onepassword_service_account_token", ["op", "service", "account", "token"], OP_SA, R, None),
    ("doppler_service_token", ["doppler", "token"], P("dp.st.prd.", ("alnum", 40)), B, None),
    ("snyk_api_token", ["snyk", "token"], UUID(), R, None),
    ("sonarcloud_user_token", ["sonar", "token"], P("squ_", ("hex", 40)), R, None),
    ("circleci_personal_api_token", ["circleci", "token"], P("CCIPAT_", ("alnum", 22), "_", ("hex", 40)), B, None),
    ("buildkite_user_access_token", ["buildkite", "api", "token"], P("bkua_", ("hex", 40)), B, None),
    ("apple_app_specific_password", ["apple", "app", "specific", "password"], APPLE, B, (["apple", "id"], "email")),
    ("algolia_admin_api_key", ["algolia", "admin", "key"], P(("hex", 32)), R, (["algolia", "app", "id"], "ualnum10")),
    ("contentful_management_token", ["contentful", "management", "token"], P("CFPAT-", ("b64url", 43)), B, None),
    ("new_relic_ingest_license_key", ["new", "relic", "license", "key"], P(("hex", 36), "NRAL"), B, None),
    ("tailscale_api_access_token", ["tailscale", "api", "key"], P("tskey-api-k", ("alnum", 11), "CNTRL-", ("alnum", 33)), B, None),
    ("matomo_auth_token", ["matomo", "token", "auth"], P(("hex", 32)), B, None),
]

SET_ASIDE = [
    ("here_platform_api_key", "shape guessed; places are covered by what3words"),
    ("tomtom_maps_api_key", "shape only believed; places are covered by what3words"),
    ("marinetraffic_api_key", "shape guessed; vessel traffic is covered by AISStream"),
    ("bookwhen_api_token", "shape guessed; lesson booking is covered by Rezgo, TrekkSoft, Mindbody, Acuity and SimplyBook"),
    ("gumroad_application_access_token", "shape guessed; digital sales are covered by Shopify, Ecwid and Etsy"),
    ("printful_private_token", "shape guessed; print-on-demand is marginal for a board shaper"),
    ("expo_push_robot_access_token", "shape guessed; push is covered by OneSignal and Pushover"),
    ("linode_personal_access_token", "bare 64 hex is already represented by Together AI and the simplybook secret"),
    ("vercel_access_token", "24 alphanumerics with no prefix duplicates the Sendle and Better Stack shapes"),
    ("clarifai_personal_access_token", "bare 32 hex duplicates many kept values"),
    ("met_office_datahub_api_key", "shape not known (a long signed token); forecasts are covered by Stormglass, Windy, WorldTides and others"),
    ("amplitude_secret_key", "its partner API key is client-side and would sit unlabelled next to it looking just as secret"),
    ("friendly_captcha_api_key", "shape not known; captcha keys are covered by earlier corpora"),
    ("copernicus_marine_account_password", "a third owner-chosen science-portal password adds little over the six kept"),
]


def neighbour_value(rng, kind):
    if kind == "email":
        return rng.choice(["mia", "jonah", "office", "head.coach", "captain"]) + "@" + rng.choice(
            ["saltline-surfschool.example", "northpoint-slsc.example", "greenroom-shapes.example"])
    if kind.startswith("digits"):
        return C.rs(rng, C.DIGITS, int(kind[6:]))
    if kind == "isa":
        return "ISA-%s-%05d" % (rng.choice(["AU", "PT", "FR", "ID"]), rng.randrange(100000))
    if kind == "lic":
        return "S3D-%04d-%s" % (rng.randrange(10000), C.rs(rng, C.UPPER, 3))
    if kind == "user":
        return rng.choice(["saltline_mia", "kelpcove.shop", "greenroom_kai", "northpoint_patrol"])
    if kind == "uuid":
        return C.uuid4(rng)
    if kind == "zello":
        return rng.choice(["northpoint-slsc", "saltline-crew"])
    if kind == "hex20":
        return C.rs(rng, C.HEX, 20)
    if kind == "company":
        return rng.choice(["saltlinesurf", "kelpcove"])
    if kind == "hex32pub":
        return C.rs(rng, C.HEX, 32)
    if kind == "sqapp":
        return "sq0idp-" + C.rs(rng, C.B64URL, 22)
    if kind == "lalnum16":
        return C.rs(rng, C.LOWER_ALNUM, 16)
    if kind == "lalnum10":
        return C.rs(rng, C.LOWER_ALNUM, 10)
    if kind == "lalnum24":
        return C.rs(rng, C.LOWER_ALNUM, 24)
    if kind == "adyenma":
        return rng.choice(["KelpCoveBoardsECOM", "SaltlineSurfPOS"])
    if kind == "shopdomain":
        return rng.choice(["greenroom-shapes", "kelpcove-boards"]) + ".myshopify.com"
    if kind == "sendleid":
        return rng.choice(["kelpcove_boards", "greenroom_shapes"])
    if kind == "uhex32":
        return C.rs(rng, "0123456789ABCDEF", 32)
    if kind == "qbid":
        return "AB" + C.rs(rng, C.ALNUM, 48)
    if kind == "pushuser":
        return "u" + C.rs(rng, C.LOWER_ALNUM, 29)
    if kind == "twsid":
        return "AC" + C.rs(rng, C.HEX, 32)
    if kind == "mgdomain":
        return "mg." + rng.choice(["saltline-surfschool.example", "northpoint-slsc.example"])
    if kind == "gclient":
        return C.rs(rng, C.DIGITS, 12) + "-" + C.rs(rng, C.LOWER_ALNUM, 32) + ".apps.googleusercontent.com"
    if kind == "gldtuser":
        return "gitlab+deploy-token-" + C.rs(rng, C.DIGITS, 7)
    if kind == "akia":
        return "AKIA" + C.rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
    if kind == "azacct":
        return rng.choice(["saltlinemedia", "northpointroster"])
    if kind == "ddsite":
        return rng.choice(["datadoghq.com", "ap1.datadoghq.com"])
    if kind == "ualnum10":
        return C.rs(rng, C.UPPER_ALNUM, 10)
    raise KeyError(kind)


# style name -> (key case, template); {k} key, {v} value, {nl} neighbour line or '' , {nk} {nv}
STYLES = [
    ("lesson_app_dotenv_production", "upper", "# .env.production – lessons app\nNODE_ENV=production\n{nl}{k}={v}\n", "{nk}={nv}\n"),
    ("surf_ops_doppler_secrets_set_history", "upper", "$ doppler setup --project lessons --config prd\n{nl}$ doppler secrets set {k}=\"{v}\"\n$ doppler secrets --only-names\n", "$ doppler secrets set {nk}=\"{nv}\"\n"),
    ("surf_ops_fly_secrets_set_history", "upper", "  501  fly apps list\n{nl}  503  fly secrets set {k}={v} -a saltline-lessons\n  504  fly deploy\n", "  502  fly secrets set {nk}={nv} -a saltline-lessons\n"),
    ("surf_ops_vercel_env_add_history", "upper", "vercel link --yes\n{nl}printf '%s' '{v}' | vercel env add {k} production\nvercel --prod\n", "printf '%s' '{nv}' | vercel env add {nk} production\n"),
    ("lesson_app_python_settings_module", "upper", "# lessons/settings/prod.py\nfrom .base import *\n\nDEBUG = False\n{nl}{k} = \"{v}\"\n", "{nk} = \"{nv}\"\n"),
    ("rental_app_kotlin_secrets_object", "camel", "package com.kelpcove.rentals\n\nobject Secrets {{\n{nl}    val {k} = \"{v}\"\n}}\n", "    val {nk} = \"{nv}\"\n"),
    ("shaper_shop_typescript_config_object", "camel", "// src/config.ts – Greenroom Shapes storefront\nexport const config = {{\n  region: 'au',\n{nl}  {k}: '{v}',\n}} as const;\n", "  {nk}: '{nv}',\n"),
    ("lesson_app_java_application_properties", "dot", "spring.application.name=lessons\nserver.port=8080\n{nl}saltline.{k}={v}\n", "saltline.{nk}={nv}\n"),
    ("patrol_app_csharp_appsettings_json", "pascal", "{{\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Information\" }} }},\n  \"Integrations\": {{\n{nl}    \"{k}\": \"{v}\"\n  }}\n}}\n", "    \"{nk}\": \"{nv}\",\n"),
    ("surfcam_rust_config_toml", "snake", "# surfcam-relay/config.toml\n[relay]\nlisten = \"0.0.0.0:8554\"\n\n[integrations]\n{nl}{k} = \"{v}\"\n", "{nk} = \"{nv}\"\n"),
    ("surf_ops_ansible_vars_before_vault_encrypt", "snake", "# group_vars/all/integrations.yml  (TODO: ansible-vault encrypt this file)\n---\n{nl}{k}: \"{v}\"\n", "{nk}: \"{nv}\"\n"),
    ("surf_ops_k8s_configmap_plaintext_yaml", "snake", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lessons-integrations\n  namespace: saltline\ndata:\n{nl}  {k}: \"{v}\"\n", "  {nk}: \"{nv}\"\n"),
    ("surf_crew_whatsapp_dm", "spaced", "[07:12] Mia: morning! the {k} for the booking sync is below\n{nl}[07:12] Mia: {v}\n[07:13] Jonah: got it, thanks\n", "[07:12] Mia: {nk}: {nv}\n"),
    ("shaper_email_to_web_freelancer", "spaced", "Subject: Re: shop integrations\n\nHi Sam,\n\nas promised, here is what you asked for.\n{nl}{k}: {v}\n\nCheers,\nKai – Greenroom Shapes\n", "{nk}: {nv}\n"),
    ("surf_school_1password_csv_export", "title", "Title,Website,Username,Password,Notes\n\"{title}\",\"https://{site}\",\"{user}\",\"{v}\",\"added by office\"\n", None),
    ("lifeguard_club_php_config_array", "snake", "<?php\n// config/integrations.php – Northpoint SLSC\nreturn [\n{nl}    '{k}' => '{v}',\n];\n", "    '{nk}' => '{nv}',\n"),
]


def generate(registry):
    rng = random.Random(SEED)
    assert len(VENDORS) == 120, len(VENDORS)
    out = []
    for i, (vtype, words, spec, conf, nb) in enumerate(VENDORS):
        sname, case, tpl, nltpl = STYLES[i % len(STYLES)]
        gen = spec[0]
        val = registry.draw(lambda: gen(rng))
        nk = nv = None
        if nb:
            nk = C.keyname(nb[0], case)
            nv = registry.draw(lambda: neighbour_value(rng, nb[1]))
            registry.public.add(nv)
        k = C.keyname(words, case)
        if sname == "surf_school_1password_csv_export":
            title = " ".join(w.capitalize() for w in vtype.split("_"))
            text = tpl.format(title=title, site=vtype.split("_")[0] + ".example", user=nv if nv else "api", v=val)
        else:
            nl = nltpl.format(nk=nk, nv=nv) if nb else ""
            text = tpl.format(k=k, v=val, nl=nl)
        out.append((vtype, vtype + "__" + sname, text, val))
    return out


def regex_for(vtype):
    for v in VENDORS:
        if v[0] == vtype:
            return re.compile("^(?:" + v[2][1] + ")$")
    raise KeyError(vtype)
