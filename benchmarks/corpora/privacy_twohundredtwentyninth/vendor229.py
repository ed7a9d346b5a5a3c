"""Vendor source: 120 vendor credential types used by chimney-sweep / stove-fitter developers."""
import base64
import json
import random
import re

from common229 import (ALNUM, B64STD, B64URL, DIGITS, HEXL, HEXU, LOWALNUM, LOWER, UPALNUM, UPPER,
                       b64url_decode, jwt_hs, jwt_ok, jwt_shaped, make_span_record, owner_password, rbytes, rs,
                       style_key, uuid4, PW_RE)

SEED = 22902

CLS = {"a": ALNUM, "h": HEXL, "H": HEXU, "u": B64URL, "b": B64STD, "d": DIGITS, "l": LOWALNUM, "U": UPALNUM,
       "L": LOWER, "C": UPPER}
CLS_RE = {"a": "[A-Za-z0-9]", "h": "[0-9a-f]", "H": "[0-9A-F]", "u": "[A-Za-z0-9_-]", "b": "[A-Za-z0-9+/]",
          "d": "[0-9]", "l": "[a-z0-9]", "U": "[A-Z0-9]", "L": "[a-z]", "C": "[A-Z]"}
CLS_WORD = {"a": "alphanumerics", "h": "lower-case hex", "H": "upper-case hex", "u": "base64url",
            "b": "standard Base64 characters", "d": "digits", "l": "lower-case alphanumerics",
            "U": "upper-case alphanumerics", "L": "lower-case letters", "C": "upper-case letters"}
TOK = re.compile(r"\{([a-zA-Z]):(\d+)\}|\{(uuid|UUID)\}")
UUID_L = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"


def spec_gen(rng, spec):
    def rep(m):
        if m.group(3):
            return uuid4(rng, upper=(m.group(3) == "UUID"))
        return rs(rng, CLS[m.group(1)], int(m.group(2)))
    return TOK.sub(rep, spec)


def spec_regex(spec):
    out, pos = "", 0
    for m in TOK.finditer(spec):
        out += re.escape(spec[pos:m.start()])
        if m.group(3):
            out += UUID_L if m.group(3) == "uuid" else UUID_L.upper().replace("[0-9A-F]", "[0-9A-F]")
        else:
            out += "%s{%s}" % (CLS_RE[m.group(1)], m.group(2))
        pos = m.end()
    out += re.escape(spec[pos:])
    return "^" + out + "$"


def spec_words(spec):
    parts, pos = [], 0
    for m in TOK.finditer(spec):
        if spec[pos:m.start()]:
            parts.append("`%s`" % spec[pos:m.start()])
        if m.group(3):
            parts.append("UUIDv4" if m.group(3) == "uuid" else "upper-case UUIDv4")
        else:
            parts.append("%s %s" % (m.group(2), CLS_WORD[m.group(1)]))
        pos = m.end()
    if spec[pos:]:
        parts.append("`%s`" % spec[pos:])
    return " + ".join(parts)


# ---- special generators and their checks ----------------------------------
def gen_ha_llat(rng):
    iat = 1700000000 + rng.randint(0, 30000000)
    return jwt_hs(rng, "HS256", {}, {"iss": rs(rng, HEXL, 32), "iat": iat, "exp": iat + 315360000})


def gen_metoffice(rng):
    iat = 1700000000 + rng.randint(0, 30000000)
    payload = {"sub": "sweeps@ashgrove-sweeps.example", "iss": "datahub-gateway", "iat": iat,
               "subscribedAPIs": [{"name": "SiteSpecificForecast", "context": "/sitespecific/v0"}],
               "jti": uuid4(rng)}
    return jwt_shaped(rng, "RS256", payload, {"x5t": rs(rng, B64URL, 27)})


def gen_zettle(rng):
    iat = 1700000000 + rng.randint(0, 30000000)
    payload = {"iss": "iZettle", "aud": "API", "sub": uuid4(rng), "iat": iat, "scope": ["READ:PURCHASE", "READ:FINANCE"]}
    return jwt_shaped(rng, "RS256", payload, {"kid": "0"})


def gen_b64(n):
    return lambda rng: base64.b64encode(rbytes(rng, n)).decode()


def gen_intercom(rng):
    return base64.b64encode(("tok:" + uuid4(rng) + ":1:0").encode()).decode()


def gen_shelly(rng):
    return base64.b64encode(rbytes(rng, 30).hex().encode()).decode()


def gen_ses(rng):
    return "B" + rs(rng, ALNUM + "+/", 43)


def chk_jwt(v):
    return jwt_ok(v)


def chk_b64len(n):
    def f(v):
        try:
            return len(base64.b64decode(v, validate=True)) == n
        except Exception:
            return False
    return f


def chk_intercom(v):
    try:
        s = base64.b64decode(v, validate=True).decode()
        return bool(re.fullmatch("tok:" + UUID_L + ":1:0", s))
    except Exception:
        return False


def chk_shelly(v):
    try:
        return bool(re.fullmatch("[0-9a-f]{60}", base64.b64decode(v, validate=True).decode()))
    except Exception:
        return False


SPECIAL = {
    "jwt_ha": (gen_ha_llat, chk_jwt, "real HS256 JWT (base64url JSON `{iss, iat, exp}`, HMAC under a discarded key)"),
    "jwt_met": (gen_metoffice, chk_jwt, "RS256-shaped JWT (real base64url JSON, random 256-byte signature)"),
    "jwt_zettle": (gen_zettle, chk_jwt, "RS256-shaped JWT assertion (real base64url JSON, random 256-byte signature)"),
    "b64_32": (gen_b64(32), chk_b64len(32), "standard Base64 of 32 random bytes (44 characters)"),
    "b64_64": (gen_b64(64), chk_b64len(64), "standard Base64 of 64 random bytes (88 characters)"),
    "intercom": (gen_intercom, chk_intercom, "standard Base64 of `tok:<UUIDv4>:1:0` (60 characters)"),
    "shelly": (gen_shelly, chk_shelly, "standard Base64 of 60 lower-case hex characters (80 characters)"),
    "ses": (gen_ses, lambda v: bool(re.fullmatch(r"B[A-Za-z0-9+/]{43}", v)), "`B` + 43 standard Base64 characters"),
    "owner": (owner_password, lambda v: bool(PW_RE.match(v)), "owner-chosen password"),
}

# (type, spec or special, neighbour (label, spec) or None, shape class)
# classes: read = read this session in the gitleaks default rules; believed = from background knowledge;
# guessed = length and alphabet only; owner = owner-chosen password
V = [
    # the trade's own portals and services
    ("hetas_installer_portal_password", "@owner", ("hetas registration number", "H{d:6}"), "owner"),
    ("nacs_member_area_password", "@owner", ("nacs member number", "NACS-{d:4}"), "owner"),
    ("guild_of_master_sweeps_portal_password", "@owner", ("guild membership number", "GMS{d:5}"), "owner"),
    ("apics_member_login_password", "@owner", ("apics member email", "office@ashgrove-sweeps.example"), "owner"),
    ("sweepsafe_certificate_portal_password", "@owner", ("sweepsafe username", "ashgrove.{L:4}"), "owner"),
    ("woodsure_ready_to_burn_portal_password", "@owner", ("woodsure supplier number", "RTB{d:4}"), "owner"),
    ("tasmota_stove_fan_web_password", "@owner", ("tasmota device name", "stovefan-{h:4}"), "owner"),
    ("reolink_flue_camera_admin_password", "@owner", ("reolink camera uid", "9527{U:12}"), "owner"),
    ("checkatrade_partner_api_key", "{h:32}", None, "guessed"),
    ("mybuilder_tradesperson_api_token", "{a:40}", None, "guessed"),
    ("rated_people_lead_feed_api_key", "{uuid}", None, "guessed"),
    ("bark_seller_api_token", "{u:48}", None, "guessed"),
    ("tradify_api_client_secret", "{a:64}", ("tradify client id", "{uuid}"), "guessed"),
    ("jobber_developer_app_client_secret", "{h:64}", ("jobber client id", "{uuid}"), "guessed"),
    ("servicem8_api_key", "smk-{h:6}-{h:16}-{h:16}", None, "guessed"),
    ("fergus_partner_api_token", "{u:64}", None, "guessed"),
    ("commusoft_api_token", "{h:40}", None, "guessed"),
    ("simpro_oauth_client_secret", "{a:43}", ("simpro client id", "{a:30}"), "guessed"),
    ("google_business_profile_refresh_token", "1//0{u:100}", ("google oauth client id", "{d:12}-{l:32}.apps.googleusercontent.com"), "believed"),
    ("trustpilot_business_api_secret", "{a:16}", ("trustpilot api key", "{a:32}"), "guessed"),
    ("yell_listings_api_key", "{l:32}", None, "guessed"),
    ("ordnance_survey_data_hub_project_key", "{a:32}", None, "guessed"),
    ("epc_register_open_data_api_key", "{h:40}", ("epc account email", "office@emberline-stoves.example"), "guessed"),
    ("met_office_datahub_api_key", "@jwt_met", None, "guessed"),
    ("openweathermap_one_call_api_key", "{h:32}", None, "believed"),
    ("what3words_api_key", "{U:8}", None, "believed"),
    ("dvla_vehicle_enquiry_api_key", "{a:40}", None, "guessed"),
    ("hmrc_mtd_vat_client_secret", "{uuid}", ("hmrc client id", "{a:28}"), "guessed"),
    ("postcoder_search_api_key", "PCW{U:2}-{U:5}-{U:5}-{U:5}", None, "guessed"),
    ("samsara_fleet_api_token", "samsara_api_{a:30}", None, "believed"),
    ("quartix_tracking_api_key", "{a:20}", ("quartix customer id", "{d:6}"), "guessed"),
    ("tuya_iot_cloud_access_secret", "{h:32}", ("tuya access id", "{l:20}"), "guessed"),
    ("smartthings_personal_access_token", "{uuid}", None, "believed"),
    ("home_assistant_long_lived_access_token", "@jwt_ha", None, "believed"),
    ("shelly_cloud_auth_key", "@shelly", ("shelly cloud server", "shelly-49-eu.shelly.cloud"), "guessed"),
    ("netatmo_connect_client_secret", "{a:36}", ("netatmo client id", "{h:24}"), "guessed"),
    ("esphome_native_api_encryption_key", "@b64_32", None, "believed"),
    ("adafruit_io_key", "aio_{a:28}", ("adafruit io username", "ashgrove_{L:5}"), "believed"),
    # commerce
    ("stripe_live_secret_key", "sk_live_51{a:97}", None, "read"),
    ("gocardless_live_access_token", "live_{u:40}", None, "read"),
    ("sumup_merchant_api_key", "sup_sk_{a:32}", None, "believed"),
    ("zettle_api_key_assertion", "@jwt_zettle", ("zettle client id", "{uuid}"), "guessed"),
    ("square_oauth_application_secret", "sq0csp-{u:43}", ("square application id", "sq0idp-{u:22}"), "believed"),
    ("shopify_admin_api_access_token", "shpat_{h:32}", None, "read"),
    ("shopify_custom_app_access_token", "shpca_{h:32}", None, "read"),
    ("squarespace_commerce_api_key", "{uuid}", None, "read"),
    ("bigcommerce_store_api_token", "{l:31}", ("bigcommerce store hash", "{l:10}"), "guessed"),
    ("ecwid_store_secret_token", "secret_{a:32}", ("ecwid store id", "{d:8}"), "believed"),
    ("xero_oauth_client_secret", "{u:48}", ("xero client id", "{H:32}"), "guessed"),
    ("quickbooks_online_client_secret", "{a:40}", ("quickbooks client id", "AB{a:48}"), "guessed"),
    ("sage_accounting_client_secret", "{u:40}", ("sage client id", "{uuid}"), "guessed"),
    # messaging
    ("twilio_account_auth_token", "{h:32}", ("twilio account sid", "AC{h:32}"), "believed"),
    ("messagebird_live_access_key", "{a:25}", None, "read"),
    ("textmagic_rest_api_key", "{a:30}", ("textmagic username", "ashgrovesweeps"), "guessed"),
    ("telnyx_api_v2_key", "KEY{H:32}_{a:22}", None, "guessed"),
    ("sinch_sms_api_token", "{h:32}", ("sinch service plan id", "{h:32}"), "guessed"),
    ("brevo_api_v3_key", "xkeysib-{h:64}-{a:16}", None, "read"),
    ("mailgun_private_api_key", "key-{h:32}", None, "read"),
    ("mailgun_webhook_http_signing_key", "{h:32}-{h:8}-{h:8}", None, "read"),
    ("mailchimp_marketing_api_key", "{h:32}-us{d:2}", None, "read"),
    ("amazon_ses_smtp_credential_password", "@ses", ("ses smtp username", "AKIA{U:16}"), "believed"),
    ("sparkpost_api_key", "{h:40}", None, "believed"),
    ("slack_bot_user_oauth_token", "xoxb-{d:13}-{d:13}-{a:24}", None, "read"),
    ("slack_app_level_token", "xapp-1-A{U:10}-{d:13}-{h:64}", None, "read"),
    ("slack_incoming_webhook_url", "https://hooks.slack.com/services/T{U:8}/B{U:10}/{a:24}", None, "read"),
    ("telegram_bot_father_token", "{d:10}:AA{u:33}", None, "read"),
    ("pusher_channels_app_secret", "{h:20}", ("pusher app key", "{h:20}"), "believed"),
    ("ably_root_api_key", "{a:6}.{u:6}:{u:43}", None, "believed"),
    ("meta_graph_page_access_token", "EAAC{a:180}", ("facebook page id", "{d:15}"), "read"),
    ("microsoft_365_mailbox_app_password", "{L:16}", ("m365 mailbox", "bookings@ashgrove-sweeps.example"), "believed"),
    ("google_workspace_app_password", "{L:4} {L:4} {L:4} {L:4}", ("gmail address", "ashgrove.sweeps.office@gmail.com"), "believed"),
    ("intercom_workspace_access_token", "@intercom", None, "believed"),
    ("zendesk_support_api_token", "{a:40}", ("zendesk agent email", "support@emberline-stoves.example"), "read"),
    # AI
    ("openai_project_api_key", "sk-proj-{u:74}T3BlbkFJ{u:74}", None, "read"),
    ("anthropic_console_api_key", "sk-ant-api03-{u:93}AA", None, "read"),
    ("google_gemini_api_key", "AIza{u:35}", None, "believed"),
    ("groq_cloud_api_key", "gsk_{a:52}", None, "believed"),
    ("perplexity_sonar_api_key", "pplx-{a:48}", None, "read"),
    ("replicate_api_token", "r8_{a:37}", None, "believed"),
    ("huggingface_user_access_token", "hf_{L:34}", None, "read"),
    ("together_ai_api_key", "{h:64}", None, "guessed"),
    ("fireworks_ai_api_key", "fw_{a:24}", None, "guessed"),
    ("voyage_ai_api_key", "pa-{u:43}", None, "guessed"),
    ("pinecone_serverless_api_key", "pcsk_{a:5}_{a:60}", None, "guessed"),
    # developer and ops
    ("github_classic_personal_access_token", "ghp_{a:36}", None, "read"),
    ("github_oauth_user_token", "gho_{a:36}", None, "read"),
    ("github_app_refresh_token", "ghr_{a:36}", None, "read"),
    ("gitlab_personal_access_token", "glpat-{u:20}", None, "read"),
    ("gitlab_project_deploy_token", "gldt-{u:20}", ("gitlab deploy username", "gitlab+deploy-token-{d:6}"), "read"),
    ("npm_automation_token", "npm_{a:36}", None, "read"),
    ("rubygems_push_api_key", "rubygems_{h:48}", None, "read"),
    ("expo_robot_access_token", "{u:40}", None, "guessed"),
    ("vercel_account_access_token", "{a:24}", None, "believed"),
    ("heroku_platform_api_key", "HRKU-AA{u:58}", None, "read"),
    ("fly_io_deploy_token", "fo1_{u:43}", None, "read"),
    ("render_api_key", "rnd_{a:32}", None, "believed"),
    ("supabase_management_access_token", "sbp_{h:40}", None, "believed"),
    ("pulumi_cloud_access_token", "pul-{h:40}", None, "read"),
    ("doppler_personal_token", "dp.pt.{a:43}", None, "read"),
    ("scalingo_api_token", "tk-us-{u:48}", None, "read"),
    ("databricks_personal_access_token", "dapi{h:32}", None, "read"),
    ("snyk_api_token", "{uuid}", None, "read"),
    ("sonarcloud_user_token", "squ_{h:40}", None, "read"),
    ("codecov_upload_token", "{a:32}", None, "read"),
    ("hetzner_cloud_api_token", "{a:64}", None, "guessed"),
    ("linode_personal_access_token", "{h:64}", None, "believed"),
    ("scaleway_api_secret_key", "{uuid}", ("scaleway access key", "SCW{U:17}"), "believed"),
    ("aws_iam_user_secret_access_key", "{b:40}", ("aws access key id", "AKIA{U:16}"), "believed"),
    ("azure_storage_account_key", "@b64_64", ("azure storage account name", "sweepsdocs{l:6}"), "believed"),
    ("cloudflare_api_token", "{u:40}", None, "read"),
    ("dropbox_short_lived_access_token", "sl.{u:135}", None, "read"),
    ("airtable_personal_access_token", "pat{a:14}.{h:64}", None, "read"),
    ("notion_internal_integration_secret", "ntn_{d:11}{a:35}", None, "read"),
    ("hubspot_private_app_access_token", "pat-eu1-{uuid}", None, "believed"),
    ("datadog_application_key", "{h:40}", ("datadog api key", "{h:32}"), "read"),
    ("sentry_user_auth_token", "sntryu_{h:64}", None, "read"),
    ("papertrail_log_destination_api_token", "{a:20}", None, "guessed"),
    ("dynatrace_api_token", "dt0c01.{U:24}.{U:64}", None, "read"),
    ("alibaba_cloud_access_key_secret", "{a:30}", ("alibaba access key id", "LTAI{a:20}"), "read"),
    ("yandex_cloud_api_key", "AQVN{u:36}", None, "read"),
]

SET_ASIDE = {'particle_cloud_access_token': 'shape guessed (40 hex); connected devices are covered by Adafruit IO, Tuya, SmartThings, Home Assistant, Shelly and ESPHome', 'balena_cloud_api_key': 'shape guessed (32 alphanumerics); device fleets are unusual for a sweep business and IoT is covered elsewhere', 'speechmatics_api_key': 'shape guessed (32 alphanumerics); speech AI has no job in a sweep office', 'powered_now_api_key': 'shape guessed; job management is covered by Tradify, Jobber, ServiceM8, Fergus, Commusoft and simPRO', 'trustatrader_profile_api_key': 'shape guessed; trade directories are covered by Checkatrade, MyBuilder, Rated People and Bark', 'better_stack_source_token': 'shape guessed (24 alphanumerics); monitoring is covered by Datadog, Sentry, New Relic and Dynatrace', 'stability_ai_api_key': 'shape guessed (`sk-` + 48 alphanumerics) and it would be a near-copy of other `sk-` keys; AI is well covered'}

STYLES = [
    ("sweep_app_dotenv_production", "upper"),
    ("stove_shop_compose_environment_list", "upper"),
    ("sweep_ops_flyctl_secrets_set_history", "upper"),
    ("sweep_ops_vercel_env_add_history", "upper"),
    ("installer_app_eas_secret_create_history", "upper"),
    ("sweep_booking_laravel_services_array", "snake"),
    ("stove_controller_settings_toml", "snake"),
    ("analyser_sync_appsettings_production_json", "pascal"),
    ("installer_app_typescript_env_module", "camel"),
    ("sweep_app_java_application_properties", "dot"),
    ("sweep_ops_sealed_secret_input_yaml", "kebab"),
    ("sweep_team_whatsapp_paste", "spaced"),
    ("stove_shop_freshdesk_private_note", "spaced"),
    ("sweep_office_keepassxc_csv_export", "title"),
    ("sweep_ops_heroku_config_set_history", "upper"),
    ("sweep_ops_ini_settings_file", "snake"),
]


def render(style, pairs, title_words, neighbour_value):
    """pairs: list of (key, value); the last one is the secret."""
    if style == "sweep_app_dotenv_production":
        return "# .env.production – sweep app\nAPP_ENV=production\n" + "".join('%s="%s"\n' % kv for kv in pairs) + "LOG_CHANNEL=stack\n"
    if style == "stove_shop_compose_environment_list":
        return ("services:\n  shop:\n    image: ghcr.io/emberline/shop:4.2\n    environment:\n"
                + "".join("      - %s=%s\n" % kv for kv in pairs))
    if style == "sweep_ops_flyctl_secrets_set_history":
        return "".join("$ fly secrets set %s='%s' -a ashgrove-booking\n" % kv for kv in pairs) + "Release v42 created\n"
    if style == "sweep_ops_vercel_env_add_history":
        return "".join("$ printf '%%s' '%s' | vercel env add %s production\n" % (v, k) for k, v in pairs) + "✅  Added Environment Variable\n"
    if style == "installer_app_eas_secret_create_history":
        return "".join("$ eas secret:create --scope project --name %s --value '%s' --type string\n" % kv for kv in pairs)
    if style == "sweep_booking_laravel_services_array":
        return "<?php\n\nreturn [\n    'vendors' => [\n" + "".join("        '%s' => '%s',\n" % kv for kv in pairs) + "    ],\n];\n"
    if style == "stove_controller_settings_toml":
        return "[integrations]\nenabled = true\n" + "".join('%s = "%s"\n' % kv for kv in pairs)
    if style == "analyser_sync_appsettings_production_json":
        return "{\n  \"Vendors\": {\n" + ",\n".join('    "%s": "%s"' % kv for kv in pairs) + "\n  }\n}\n"
    if style == "installer_app_typescript_env_module":
        return "export const env = {\n" + "".join("  %s: '%s',\n" % kv for kv in pairs) + "} as const;\n"
    if style == "sweep_app_java_application_properties":
        return "server.port=8080\n" + "".join("%s=%s\n" % kv for kv in pairs)
    if style == "sweep_ops_sealed_secret_input_yaml":
        return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: vendor-creds\n  namespace: sweep-ops\ntype: Opaque\nstringData:\n"
                + "".join('  %s: "%s"\n' % kv for kv in pairs) + "# kubeseal --format yaml < this > sealed.yaml\n")
    if style == "sweep_team_whatsapp_paste":
        return ("[14/03/2024, 07:52] Gemma (office): for the new laptop –\n" + "".join("%s: %s\n" % kv for kv in pairs)
                + "[14/03/2024, 07:53] Tom: cheers\n")
    if style == "stove_shop_freshdesk_private_note":
        return ("Private note (agent: Priya)\nCustomer can't sync orders. Re-entered the integration details:\n"
                + "".join("%s – %s\n" % kv for kv in pairs) + "Asked them to retry tomorrow.\n")
    if style == "sweep_office_keepassxc_csv_export":
        user = neighbour_value if neighbour_value else "api"
        return ('"Group","Title","Username","Password","URL","Notes"\n"Root/Vendors","%s","%s","%s","","imported"\n'
                % (title_words, user, pairs[-1][1]))
    if style == "sweep_ops_heroku_config_set_history":
        return "".join("$ heroku config:set %s='%s' --app ashgrove-sweeps\n" % kv for kv in pairs) + "Setting config vars and restarting ashgrove-sweeps... done\n"
    if style == "sweep_ops_ini_settings_file":
        return "[vendors]\n" + "".join("%s = %s\n" % kv for kv in pairs)
    raise KeyError(style)


def shape_of(spec):
    if spec.startswith("@"):
        return SPECIAL[spec[1:]][2]
    return spec_words(spec)


def check_value(spec, value):
    if spec.startswith("@"):
        return SPECIAL[spec[1:]][1](value)
    return bool(re.match(spec_regex(spec), value))


def gen(rng, spec):
    if spec.startswith("@"):
        return SPECIAL[spec[1:]][0](rng)
    return spec_gen(rng, spec)


TYPE_SPEC = {v[0]: v[1] for v in V}


def build(registry):
    rng = random.Random(SEED)
    out = []
    for i, (typ, spec, neigh, cls) in enumerate(V):
        sname, style = STYLES[i % len(STYLES)]
        words = typ.split("_")
        value = registry.draw(lambda: gen(rng, spec))
        pairs = []
        nval = None
        if neigh:
            label, nspec = neigh
            nval = spec_gen(rng, nspec)
            if "{" in nspec:
                registry.add(nval)
            pairs.append((style_key(label.split(), style), nval))
        pairs.append((style_key(words, style), value))
        text = render(sname, pairs, " ".join(w.capitalize() for w in words), nval)
        out.append(make_span_record(text, value, typ, typ + "__" + sname, "vendor"))
    return out
