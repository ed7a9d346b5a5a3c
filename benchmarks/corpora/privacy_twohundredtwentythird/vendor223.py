# -*- coding: utf-8 -*-
"""Vendor source: 120 vendor credential types used by ice-rink, curling-club and skating-coach developers."""
import base64
import json
import random
import re

from common223 import (SLOT, SEED_VENDOR, AN, LAN, UAN, HEX, UHEX, B64U, B64, DIGITS, LOWER, UPPER,
                       rs, owner_password, b64, rbytes, uuid4, jwt_hs, style_key, fill, pos_record,
                       PW_RE_WIDE)

ALPH = {"AN": AN, "LAN": LAN, "UAN": UAN, "HEX": HEX, "UHEX": UHEX, "B64U": B64U, "B64": B64,
        "DIG": DIGITS, "LOW": LOWER, "UP": UPPER, "B32L": "abcdefghijklmnopqrstuvwxyz234567"}
CLS = {"AN": "A-Za-z0-9", "LAN": "a-z0-9", "UAN": "A-Z0-9", "HEX": "0-9a-f", "UHEX": "0-9A-F",
       "B64U": "A-Za-z0-9_-", "B64": "A-Za-z0-9+/", "DIG": "0-9", "LOW": "a-z", "UP": "A-Z",
       "B32L": "a-z2-7"}
TOK = re.compile(r"\{([A-Z0-9]+):(\d+)(?:-(\d+))?\}")
UUID4_RX = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def spec_gen(spec, rng):
    out, pos = [], 0
    for m in TOK.finditer(spec):
        out.append(spec[pos:m.start()])
        lo = int(m.group(2))
        hi = int(m.group(3)) if m.group(3) else lo
        out.append(rs(rng, ALPH[m.group(1)], rng.randint(lo, hi)))
        pos = m.end()
    out.append(spec[pos:])
    return "".join(out)


def spec_rx(spec):
    out, pos = [], 0
    for m in TOK.finditer(spec):
        out.append(re.escape(spec[pos:m.start()]))
        q = m.group(2) if not m.group(3) else "%s,%s" % (m.group(2), m.group(3))
        out.append("[%s]{%s}" % (CLS[m.group(1)], q))
        pos = m.end()
    out.append(re.escape(spec[pos:]))
    return "^" + "".join(out) + "$"


def spec_desc(spec):
    names = {"AN": "alphanumerics", "LAN": "lower-case alphanumerics", "UAN": "upper-case alphanumerics",
             "HEX": "lower-case hex", "UHEX": "upper-case hex", "B64U": "base64url", "B64": "standard Base64 characters",
             "DIG": "digits", "LOW": "lower-case letters", "UP": "upper-case letters", "B32L": "lower-case Base32"}
    parts, pos = [], 0
    for m in TOK.finditer(spec):
        lit = spec[pos:m.start()]
        if lit:
            parts.append("`%s`" % lit)
        n = m.group(2) if not m.group(3) else "%s-%s" % (m.group(2), m.group(3))
        parts.append("%s %s" % (n, names[m.group(1)]))
        pos = m.end()
    if spec[pos:]:
        parts.append("`%s`" % spec[pos:])
    return " + ".join(parts)


# ---------------------------------------------------------------- special generators
def g_uuid(rng):
    return uuid4(rng)


def g_uuid_upper(rng):
    return uuid4(rng, upper=True)


def g_pw(rng):
    return owner_password(rng)


def g_azure_storage(rng):
    return b64(rbytes(rng, 64))


def g_aws_secret(rng):
    return rs(rng, B64, 40)


def g_discord_bot(rng):
    uid = str(rng.randint(10 ** 17, 10 ** 19 - 1))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rs(rng, B64U, 6) + "." + rs(rng, B64U, 38)


def g_onepassword(rng):
    doc = {"signInAddress": "northpondarena.1password.ca",
           "userAuth": {"method": "SRPg-4096", "alg": "PBES2g-HS256", "iterations": 650000,
                        "salt": rs(rng, B64U, 22)},
           "email": rs(rng, LAN, 13) + "@1passwordserviceaccounts.ca",
           "srpX": rs(rng, HEX, 64),
           "muk": {"alg": "A256GCM", "ext": False, "k": rs(rng, B64U, 43), "key_ops": ["decrypt", "encrypt"],
                   "kty": "oct", "kid": "mp"},
           "secretKey": "A3-" + rs(rng, UAN, 6) + "-" + rs(rng, UAN, 6) + "-" + rs(rng, UAN, 5) + "-" +
                        rs(rng, UAN, 5) + "-" + rs(rng, UAN, 5) + "-" + rs(rng, UAN, 5),
           "throttleSecret": {"seed": rs(rng, HEX, 64), "uuid": rs(rng, UAN, 26)},
           "deviceUuid": rs(rng, LAN, 26)}
    return "ops_" + b64(json.dumps(doc, separators=(",", ":")).encode()).rstrip("=")


def g_cloudflared(rng):
    doc = {"a": rs(rng, HEX, 32), "t": uuid4(rng), "s": b64(rbytes(rng, 32))}
    return b64(json.dumps(doc, separators=(",", ":")).encode())


def g_jfrog(rng):
    raw = "reftkn:01:" + rs(rng, DIGITS, 10) + ":" + rs(rng, AN, 32)
    return b64(raw.encode()).rstrip("=")


def g_intercom(rng):
    raw = "tok:" + uuid4(rng) + "_" + uuid4(rng) + ":1:0"
    return b64(raw.encode())


def g_ha_jwt(rng):
    iat = 1767225600 + rng.randrange(0, 5000000)
    return jwt_hs(rng, "HS256", {"alg": "HS256", "typ": "JWT"},
                  {"iss": rs(rng, HEX, 32), "iat": iat, "exp": iat + 315360000})


def g_slack_hook(rng):
    return ("https://hooks.slack.com/services/T" + rs(rng, UAN, 8) + "/B" + rs(rng, UAN, 10) + "/" +
            rs(rng, AN, 24))


def g_gchat_hook(rng):
    return ("https://chat.googleapis.com/v1/spaces/AAAA" + rs(rng, B64U, 7) + "/messages?key=AIzaSy" +
            rs(rng, B64U, 33) + "&token=" + rs(rng, B64U, 43) + "%3D")


def _json_b64_ok(v, strip=""):
    s = v[len(strip):]
    try:
        d = json.loads(base64.b64decode(s + "=" * (-len(s) % 4)))
        return isinstance(d, dict)
    except Exception:
        return False


def chk_onepassword(v):
    return v.startswith("ops_eyJ") and _json_b64_ok(v, "ops_")


def chk_cloudflared(v):
    if not _json_b64_ok(v):
        return False
    d = json.loads(base64.b64decode(v))
    return set(d) == {"a", "t", "s"} and len(base64.b64decode(d["s"])) == 32


def chk_jfrog(v):
    try:
        raw = base64.b64decode(v + "=" * (-len(v) % 4)).decode()
        return re.match(r"^reftkn:01:[0-9]{10}:[A-Za-z0-9]{32}$", raw) is not None
    except Exception:
        return False


def chk_intercom(v):
    try:
        raw = base64.b64decode(v).decode()
        return re.match(r"^tok:%s_%s:1:0$" % (UUID4_RX, UUID4_RX), raw) is not None
    except Exception:
        return False


def chk_azure_storage(v):
    try:
        return len(base64.b64decode(v, validate=True)) == 64
    except Exception:
        return False


SPECIAL = {
    "@uuid4": (g_uuid, "^" + UUID4_RX + "$", None, "UUIDv4"),
    "@UUID4": (g_uuid_upper, "^" + UUID4_RX.upper().replace("A-F", "A-F") + "$", None, "upper-case UUIDv4"),
    "@pw": (g_pw, None, lambda v: PW_RE_WIDE.match(v) is not None, "owner-chosen password"),
    "@azure_storage": (g_azure_storage, r"^[A-Za-z0-9+/]{86}==$", chk_azure_storage,
                       "standard Base64 of 64 random bytes (88 characters)"),
    "@aws_secret": (g_aws_secret, r"^[A-Za-z0-9+/]{40}$", None, "40 standard Base64 characters"),
    "@discord_bot": (g_discord_bot, r"^[A-Za-z0-9+/]{24,26}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{38}$", None,
                     "Base64 of the numeric bot id + `.` + 6 base64url + `.` + 38 base64url"),
    "@onepassword": (g_onepassword, r"^ops_eyJ[A-Za-z0-9+/]{250,}$", chk_onepassword,
                     "`ops_` + standard Base64 (unpadded) of real JSON (sign-in address, SRP and MUK material, all random)"),
    "@cloudflared": (g_cloudflared, r"^eyJ[A-Za-z0-9+/]+={0,2}$", chk_cloudflared,
                     "standard Base64 of real JSON `{a, t, s}` (account tag, tunnel UUIDv4, Base64 of a 32-byte secret)"),
    "@jfrog": (g_jfrog, r"^cmVmdGtuOjAxOj[A-Za-z0-9+/]+$", chk_jfrog,
               "standard Base64 (unpadded) of `reftkn:01:` + 10 digits + `:` + 32 alphanumerics (starts `cmVmdGtuOjAxOj`)"),
    "@intercom": (g_intercom, r"^dG9rO[A-Za-z0-9+/]+$", chk_intercom,
                  "standard Base64 of `tok:` + UUIDv4 + `_` + UUIDv4 + `:1:0` (starts `dG9rO`)"),
    "@ha_jwt": (g_ha_jwt, r"^eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$", None,
                "real HS256 JWT (`iss` = 32 hex, HMAC under a discarded key)"),
    "@slack_hook": (g_slack_hook, r"^https://hooks\.slack\.com/services/T[A-Z0-9]{8}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}$",
                    None, "whole `https://hooks.slack.com/services/T<8>/B<10>/<24 alphanumerics>` URL (the URL is the credential)"),
    "@gchat_hook": (g_gchat_hook, r"^https://chat\.googleapis\.com/v1/spaces/AAAA[A-Za-z0-9_-]{7}/messages\?key=AIzaSy[A-Za-z0-9_-]{33}&token=[A-Za-z0-9_-]{43}%3D$",
                    None, "whole `https://chat.googleapis.com/v1/spaces/<space>/messages?key=…&token=<43 base64url>%3D` URL (the URL is the credential)"),
}

# (type, spec, category B=believed / G=guessed / O=owner-chosen, neighbour (words, spec) or None)
VENDORS = [
    # ---- rink, club, coaching and venue software
    ("livebarn_partner_api_key", "{AN:40}", "G", None),
    ("gamesheet_stats_api_token", "{HEX:64}", "G", None),
    ("teamsnap_oauth_client_secret", "{HEX:64}", "G", ("teamsnap client id", "{HEX:64}")),
    ("sportsengine_api_client_secret", "{AN:40}", "G", ("sportsengine client id", "{AN:20}")),
    ("daysmart_recreation_api_key", "{HEX:32}", "G", ("daysmart company code", "{LOW:10}")),
    ("recdesk_api_key", "@uuid4", "G", None),
    ("amilia_api_token", "{AN:48}", "G", None),
    ("activenet_api_key", "{LAN:24}", "G", None),
    ("curling_club_manager_api_token", "{AN:48}", "G", None),
    ("crossbar_hockey_api_key", "{AN:32}", "G", None),
    ("hudl_partner_api_token", "{B64U:40}", "G", None),
    ("dartfish_connect_api_key", "{UHEX:32}", "G", None),
    ("coachnow_api_token", "{LAN:40}", "G", None),
    ("acuity_scheduling_api_key", "{HEX:32}", "B", ("acuity user id", "{DIG:8}")),
    ("vagaro_api_client_secret", "{AN:36}", "G", ("vagaro client id", "{AN:24}")),
    ("skedda_api_key", "{AN:44}", "G", None),
    ("usfs_ems_portal_password", "@pw", "O", ("ems login email", "")),
    ("skate_canada_member_portal_password", "@pw", "O", ("member portal login", "")),
    ("daktronics_venus_console_password", "@pw", "O", ("venus console user", "")),
    ("cimco_remote_monitoring_password", "@pw", "O", ("monitoring login", "")),
    ("curlingzone_event_admin_password", "@pw", "O", ("curlingzone admin login", "")),
    ("openweathermap_api_key", "{HEX:32}", "B", None),
    ("twitch_client_secret", "{LAN:30}", "B", ("twitch client id", "{LAN:30}")),
    ("soundcloud_client_secret", "{AN:32}", "G", ("soundcloud client id", "{AN:32}")),
    # ---- commerce and accounting
    ("stripe_live_secret_key", "sk_live_51{AN:97}", "B", None),
    ("square_oauth_application_secret", "sq0csp-{B64U:43}", "B", ("square application id", "sq0idp-{B64U:22}")),
    ("moneris_api_token", "{AN:20}", "G", ("moneris store id", "monca{DIG:5}")),
    ("helcim_api_token", "{AN:64}", "G", None),
    ("clover_ecommerce_private_token", "@uuid4", "G", ("clover merchant id", "{UAN:13}")),
    ("lightspeed_retail_client_secret", "{AN:40}", "G", ("lightspeed client id", "{AN:32}")),
    ("shopify_admin_access_token", "shpat_{HEX:32}", "B", None),
    ("braintree_production_access_token", "access_token$production${LAN:16}${HEX:32}", "B", None),
    ("gocardless_live_access_token", "live_{B64U:40}", "B", None),
    ("chargebee_live_api_key", "live_{AN:34}", "G", None),
    ("xero_oauth_client_secret", "{B64U:48}", "G", ("xero client id", "{UHEX:32}")),
    ("quickbooks_oauth_client_secret", "{AN:40}", "G", ("quickbooks client id", "AB{AN:48}")),
    ("sumup_secret_api_key", "sup_sk_{AN:32}", "G", None),
    ("adyen_webservice_api_key", "AQE{B64:120}", "G", None),
    ("ecwid_secret_token", "secret_{AN:32}", "G", ("ecwid store id", "{DIG:8}")),
    # ---- e-mail, SMS, chat and push
    ("mailchimp_marketing_api_key", "{HEX:32}-us{DIG:1-2}", "B", None),
    ("mailgun_private_api_key", "key-{HEX:32}", "B", None),
    ("mailgun_webhook_signing_key", "{HEX:32}-{HEX:8}-{HEX:8}", "B", None),
    ("klaviyo_private_api_key", "pk_{HEX:34}", "G", None),
    ("brevo_api_v3_key", "xkeysib-{HEX:64}-{AN:16}", "B", None),
    ("smtp2go_api_key", "api-{UHEX:32}", "G", None),
    ("twilio_account_auth_token", "{HEX:32}", "B", ("twilio account sid", "AC{HEX:32}")),
    ("messagebird_access_key", "{AN:25}", "B", None),
    ("telnyx_api_v2_key", "KEY{UHEX:26}_{AN:22}", "G", None),
    ("slack_bot_user_token", "xoxb-{DIG:12}-{DIG:13}-{AN:24}", "B", None),
    ("slack_incoming_webhook_url", "@slack_hook", "B", None),
    ("discord_bot_token", "@discord_bot", "B", None),
    ("google_chat_incoming_webhook_url", "@gchat_hook", "B", None),
    ("pushbullet_access_token", "o.{AN:32}", "B", None),
    ("line_messaging_channel_secret", "{HEX:32}", "B", ("line channel id", "{DIG:10}")),
    ("viber_bot_auth_token", "{LAN:16}-{LAN:16}-{LAN:16}", "G", None),
    ("zoom_s2s_oauth_client_secret", "{AN:32}", "G", ("zoom client id", "{AN:22}")),
    ("intercom_access_token", "@intercom", "G", None),
    ("zendesk_api_token", "{AN:40}", "G", ("zendesk agent email", "")),
    ("freshdesk_api_key", "{AN:20}", "G", None),
    ("hubspot_private_app_token", "pat-na1-@uuid4", "B", None),
    ("pipedrive_api_token", "{HEX:40}", "G", None),
    ("airtable_personal_access_token", "pat{AN:14}.{HEX:64}", "B", None),
    ("notion_integration_secret", "secret_{AN:43}", "B", None),
    ("typeform_personal_access_token", "tfp_{B64U:44}_{AN:14}", "B", None),
    ("jotform_api_key", "{HEX:32}", "G", None),
    ("google_calendar_oauth_client_secret", "GOCSPX-{B64U:28}", "B",
     ("google client id", "{DIG:12}-{LAN:32}.apps.googleusercontent.com")),
    ("cal_com_api_key", "cal_live_{HEX:32}", "G", None),
    # ---- AI
    ("openai_project_api_key", "sk-proj-{B64U:74}T3BlbkFJ{B64U:74}", "B", None),
    ("anthropic_api_key", "sk-ant-api03-{B64U:93}AA", "B", None),
    ("google_ai_studio_api_key", "AIza{B64U:35}", "B", None),
    ("groq_api_key", "gsk_{AN:52}", "B", None),
    ("replicate_api_token", "r8_{AN:37}", "B", None),
    ("perplexity_api_key", "pplx-{AN:48}", "B", None),
    ("together_ai_api_key", "{HEX:64}", "G", None),
    ("pinecone_api_key", "pcsk_{AN:5}_{AN:63}", "G", None),
    ("langsmith_service_key", "lsv2_sk_{HEX:32}_{HEX:10}", "B", None),
    ("voyage_ai_api_key", "pa-{B64U:43}", "G", None),
    ("stability_ai_api_key", "sk-{AN:48}", "G", None),
    # ---- developer platforms, CI and packages
    ("github_fine_grained_pat", "github_pat_{AN:22}_{AN:59}", "B", None),
    ("gitlab_personal_access_token", "glpat-{B64U:20}", "B", None),
    ("gitea_access_token", "{HEX:40}", "B", None),
    ("npm_automation_token", "npm_{AN:36}", "B", None),
    ("jfrog_artifactory_identity_token", "@jfrog", "B", None),
    ("circleci_personal_api_token", "CCIPAT_{AN:22}_{HEX:40}", "B", None),
    ("buildkite_api_access_token", "bkua_{HEX:40}", "B", None),
    ("sonarcloud_user_token", "squ_{HEX:40}", "B", None),
    ("snyk_api_token", "@uuid4", "B", None),
    ("expo_access_token", "{B64U:40}", "G", None),
    ("sentry_user_auth_token", "sntryu_{HEX:64}", "B", None),
    # ---- hosting, cloud and ops
    ("aws_iam_secret_access_key", "@aws_secret", "B", ("aws access key id", "AKIA{UAN:16}")),
    ("azure_storage_account_key", "@azure_storage", "B", ("storage account name", "")),
    ("heroku_platform_api_key", "HRKU-AA{B64U:58}", "G", None),
    ("render_api_key", "rnd_{AN:32}", "G", None),
    ("fly_io_access_token", "fo1_{B64U:43}", "B", None),
    ("vercel_access_token", "{AN:24}", "G", None),
    ("digitalocean_personal_access_token", "dop_v1_{HEX:64}", "B", None),
    ("linode_personal_access_token", "{HEX:64}", "B", None),
    ("hetzner_cloud_api_token", "{AN:64}", "B", None),
    ("scaleway_secret_key", "@uuid4", "B", ("scaleway access key", "SCW{UAN:17}")),
    ("cloudflare_api_token", "{B64U:40}", "B", ("cloudflare account id", "{HEX:32}")),
    ("cloudflare_tunnel_run_token", "@cloudflared", "B", None),
    ("tailscale_api_access_token", "tskey-api-k{AN:12}CNTRL-{AN:33}", "B", None),
    ("doppler_service_token", "dp.st.prd.{AN:40}", "B", None),
    ("onepassword_service_account_token", "@onepassword", "B", None),
    ("pulumi_access_token", "pul-{HEX:40}", "B", None),
    ("datadog_api_key", "{HEX:32}", "B", ("datadog site", "")),
    ("honeycomb_ingest_api_key", "hcaik_{LAN:58}", "B", None),
    ("uptimerobot_main_api_key", "u{DIG:7}-{HEX:24}", "B", None),
    ("mixpanel_service_account_secret", "{AN:32}", "G", ("mixpanel service account", "")),
    ("amplitude_secret_key", "{HEX:32}", "G", ("amplitude api key", "{HEX:32}")),
    # ---- media, maps, social, content
    ("cloudinary_api_secret", "{B64U:27}", "B", ("cloudinary api key", "{DIG:15}")),
    ("here_platform_api_key", "{B64U:43}", "G", None),
    ("tomtom_maps_api_key", "{AN:32}", "G", None),
    ("facebook_app_secret", "{HEX:32}", "B", ("facebook app id", "{DIG:15}")),
    ("x_api_bearer_token", "AAAAAAAAAAAAAAAAAAAAA{AN:21}%3D{AN:50}", "G", None),
    ("stytch_project_secret", "secret-live-{B64U:36}", "G", ("stytch project id", "project-live-@uuid4")),
    ("meilisearch_master_key", "{B64U:32}", "G", None),
    ("storyblok_management_token", "{AN:24}-{DIG:6}-{AN:20}", "G", None),
    ("home_assistant_long_lived_token", "@ha_jwt", "B", None),
    ("thingspeak_write_api_key", "{UAN:16}", "B", ("thingspeak channel id", "{DIG:7}")),
]

FIXED_NEIGHBOURS = {
    "ems login email": ["coach.ops@riverbendfsc.example", "entries@northpondarena.example"],
    "member portal login": ["riverbend.fsc", "northpond.skating"],
    "venus console user": ["operator", "scorekeeper"],
    "monitoring login": ["plant@northpondarena.example", "facilities@lakeviewcurling.example"],
    "curlingzone admin login": ["bonspiel.desk", "lakeview.draws"],
    "zendesk agent email": ["support@northpondarena.example", "desk@lakeviewcurling.example"],
    "storage account name": ["northpondmedia", "riverbendvideo"],
    "datadog site": ["datadoghq.com", "us5.datadoghq.com"],
    "mixpanel service account": ["rink-export.1a2b3c.mp-service-account", "skater-app.9f8e7d.mp-service-account"],
}

# (style, case, template, template used when there is no neighbour) -- {K}, {NK}, {NV}, {TITLE}
NB = "{NB}"  # replaced by the neighbour line (or nothing)
STYLES = [
    ("rink_web_env_production_local", "upper",
     "# .env.production.local -- northpondarena.example\nNODE_ENV=production\n{NB}{K}=" + SLOT + "\n",
     "{NK}={NV}\n"),
    ("ice_app_compose_env_file", "upper",
     "# ./config/app.env  (docker compose env_file)\nTZ=America/Toronto\n{NB}{K}=\"" + SLOT + "\"\nLOG_LEVEL=info\n",
     "{NK}=\"{NV}\"\n"),
    ("curling_api_pydantic_basesettings", "snake",
     "class VendorSettings(BaseSettings):\n    model_config = SettingsConfigDict(env_file=\".env\")\n{NB}"
     "    {K}: SecretStr = SecretStr(\"" + SLOT + "\")\n",
     "    {NK}: str = \"{NV}\"\n"),
    ("rink_app_expo_extra_config", "camel",
     "export default {\n  expo: {\n    name: 'Northpond Rink',\n    extra: {\n{NB}      {K}: '" + SLOT + "',\n    },\n  },\n};\n",
     "      {NK}: '{NV}',\n"),
    ("rink_ops_fly_secrets_import_stdin", "upper",
     "$ fly secrets import -a rink-api <<'EOF'\n{NB}{K}=" + SLOT + "\nEOF\nSecrets are staged for the first deployment\n",
     "{NK}={NV}\n"),
    ("rink_ops_doppler_secrets_set_history", "upper",
     "  881  doppler setup --project rink-api --config prd\n{NB}  883  doppler secrets set {K}='" + SLOT + "'\n"
     "  884  doppler run -- npm start\n",
     "  882  doppler secrets set {NK}='{NV}'\n"),
    ("skating_api_appsettings_development_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"Vendors\": {\n{NB}"
     "    \"{K}\": \"" + SLOT + "\"\n  }\n}\n",
     "    \"{NK}\": \"{NV}\",\n"),
    ("ice_android_local_properties", "dot",
     "## local.properties -- not for version control\nsdk.dir=/opt/android-sdk\n{NB}{K}=" + SLOT + "\n",
     "{NK}={NV}\n"),
    ("curling_club_telegram_group_paste", "spaced",
     "[Lakeview Curling -- ops] Dana: pasting for the bonspiel weekend, delete after\n{NB}"
     "[Lakeview Curling -- ops] Dana: {K}: " + SLOT + "\n",
     "[Lakeview Curling -- ops] Dana: {NK}: {NV}\n"),
    ("rink_helpdesk_freshdesk_private_note", "spaced",
     "Ticket #7731 -- integration down after renewal\nPrivate note (Alex): updated the settings page.\n{NB}"
     "{K} now " + SLOT + "\nClosing once the nightly sync passes.\n",
     "{NK} stays {NV}\n"),
    ("coaches_keepass_xml_export", "title",
     "<Entry>\n  <String><Key>Title</Key><Value>{TITLE}</Value></String>\n{NB}"
     "  <String><Key>Password</Key><Value ProtectInMemory=\"True\">" + SLOT + "</Value></String>\n"
     "  <String><Key>Notes</Key><Value>added by ops, rotate yearly</Value></String>\n</Entry>\n",
     "  <String><Key>UserName</Key><Value>{NV}</Value></String>\n"),
    ("pro_shop_laravel_services_php", "snake",
     "<?php\n\nreturn [\n    'vendor' => [\n{NB}        '{K}' => env('VENDOR_SECRET', '" + SLOT + "'),\n    ],\n];\n",
     "        '{NK}' => '{NV}',\n"),
    ("ice_plant_spring_application_yaml", "kebab",
     "spring:\n  application:\n    name: plant-gateway\nvendor:\n{NB}  {K}: \"" + SLOT + "\"\n",
     "  {NK}: \"{NV}\"\n"),
    ("rink_ops_terraform_tfvars_hcl", "snake",
     "# prod.auto.tfvars\nregion = \"ca-central-1\"\n{NB}{K} = \"" + SLOT + "\"\n",
     "{NK} = \"{NV}\"\n"),
    ("rink_ops_k8s_configmap_data", "upper",
     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: rink-api-env\n  namespace: rink\ndata:\n{NB}"
     "  {K}: \"" + SLOT + "\"\n",
     "  {NK}: \"{NV}\"\n"),
    ("figure_app_swift_xcconfig", "upper",
     "// Secrets.xcconfig -- figure-skating club app\nAPP_DISPLAY_NAME = Riverbend FSC\n{NB}{K} = " + SLOT + "\n",
     "{NK} = {NV}\n"),
]


def _check_fn(spec):
    if spec in SPECIAL:
        g, rx, chk, _ = SPECIAL[spec]
        crx = re.compile(rx) if rx else None
        return lambda v: (crx is None or crx.match(v) is not None) and (chk is None or chk(v))
    if "@uuid4" in spec:
        a, b = spec.split("@uuid4")
        crx = re.compile(spec_rx(a)[:-1] + UUID4_RX + spec_rx(b)[1:])
        return lambda v: crx.match(v) is not None
    crx = re.compile(spec_rx(spec))
    return lambda v: crx.match(v) is not None


def gen_spec(spec, rng):
    if spec in SPECIAL:
        return SPECIAL[spec][0](rng)
    if "@uuid4" in spec:
        a, b = spec.split("@uuid4")
        return spec_gen(a, rng) + uuid4(rng) + spec_gen(b, rng)
    return spec_gen(spec, rng)


def describe(spec):
    if spec in SPECIAL:
        return SPECIAL[spec][3]
    if "@uuid4" in spec:
        a, b = spec.split("@uuid4")
        return ("`%s` + UUIDv4" % a) + (" + " + spec_desc(b) if b else "")
    return spec_desc(spec)


CHECKS = {name: _check_fn(spec) for name, spec, _, _ in VENDORS}


def generate(reg, start_index):
    rng = random.Random(SEED_VENDOR)
    recs = []
    n = start_index
    for i, (name, spec, cat, nb) in enumerate(VENDORS):
        style, case, tmpl, nbt = STYLES[i % len(STYLES)]
        value = reg.draw(lambda: gen_spec(spec, rng))
        key = style_key(name.split("_"), case)
        nbline = ""
        if nb:
            nwords, nspec = nb
            if nspec:
                nv = reg.draw(lambda: gen_spec(nspec, rng))
            else:
                nv = rng.choice(FIXED_NEIGHBOURS[nwords])
            nk = style_key(nwords.split(), case)
            nbline = nbt.replace("{NK}", nk).replace("{NV}", nv)
        t = tmpl.replace("{NB}", nbline)
        text, s, e = fill(t, value, K=key, TITLE=style_key(name.split("_"), "title"))
        recs.append(pos_record("p223-s-%04d" % n, name, name + "__" + style, text, s, e, "vendor"))
        n += 1
    return recs


# Shapes re-read this session in public rule text (search tools; read for shape only, nothing copied)
CONFIRMED = {
    "langsmith_service_key": "several public rule sets: `lsv2_(pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}`",
    "circleci_personal_api_token": "a Betterleaks-style Go rule: `CCIPAT_[a-zA-Z0-9]{22}_[a-z0-9]{40}`",
    "perplexity_api_key": "public scanner lists: `pplx-` + 40 or more alphanumerics",
    "honeycomb_ingest_api_key": "a public scanner comment: `hcaik_` ingest keys with a 58-character body",
    "airtable_personal_access_token": "gitleaks-derived list: `pat` + 14 alphanumerics + `.` + 64 hex",
    "onepassword_service_account_token": "gitleaks-derived list: `ops_eyJ` + 250 or more Base64 characters",
    "mailchimp_marketing_api_key": "a public regex list: 32 hex + `-us` + 1-2 digits",
    "mailgun_private_api_key": "a public regex list: `key-` + 32 characters",
    "braintree_production_access_token": "a public regex list: `access_token$production$` + 16 + `$` + 32 hex",
    "square_oauth_application_secret": "a public regex list: `sq0csp-` + 43 base64url",
    "slack_incoming_webhook_url": "a public regex list: `T` + 8 / `B` + 8-12 / 24 characters",
    "gitlab_personal_access_token": "gitleaks configs: `glpat-` + 20 base64url (legacy, non-routable form)",
    "github_fine_grained_pat": "a public test-data generator: `github_pat_` + 22 + `_` + 59",
    "cloudinary_api_secret": "a public regex list: `cloudinary://` + 15 digits + `:` + secret + `@` cloud",
    "facebook_app_secret": "a public regex list: 32 hex next to a 13-17 digit app id",
}

# considered and not coded (names are deny-list checked like every other name)
NOT_CODED = [
    ("papertrail_api_token", "log shipping is covered by Datadog and Honeycomb; cut to stay at 120"),
    ("bugsnag_data_access_token", "shape unknown"),
    ("squarespace_commerce_api_key", "shape unknown; commerce is well covered"),
    ("bitrise_personal_access_token", "shape unknown; mobile CI is covered by Expo"),
    ("zerotier_central_api_token", "shape guessed; networks are covered by Tailscale and Cloudflare Tunnel"),
    ("particle_io_access_token", "shape guessed; rink sensors are covered by ThingSpeak and Home Assistant"),
    ("ubidots_api_token", "prefix only vaguely remembered"),
    ("blynk_auth_token", "shape guessed; IoT is covered by ThingSpeak and Home Assistant"),
    ("unifi_site_manager_api_key", "shape unknown"),
    ("hivemq_cloud_access_password", "owner-chosen passwords are already five"),
]
