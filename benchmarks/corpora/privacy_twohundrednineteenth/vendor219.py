"""Vendor source: 120 real vendors' credential types, container
`<type>__<style>`."""
import base64
import json
import random
import re

import common219 as C

A = C.ALPHABETS
U = "uuid"  # marker for a UUIDv4 part
R, B, G, O = "read", "believed", "guessed", "owner"


def parts_gen(parts, rng):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append(C.uuid4(rng) if p == U else p)
        else:
            out.append(C.rstr(rng, A[p[0]], p[1]))
    return "".join(out)


def parts_re(parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}" if p == U else re.escape(p))
        else:
            out.append("[" + re.escape(A[p[0]]) + "]{%d}" % p[1])
    return "^" + "".join(out) + "$"


def parts_desc(parts):
    out = []
    for p in parts:
        if isinstance(p, str):
            out.append("UUIDv4" if p == U else "`%s`" % p)
        else:
            out.append("%d %s" % (p[1], C.ALPHA_WORDS[p[0]]))
    return " + ".join(out)


# ---- special generators (value, check) -----------------------------------
def g_mapbox(rng):
    j = json.dumps({"u": "ashgrove-" + C.rstr(rng, C.LOW, 5), "a": C.rstr(rng, C.LAN, 25)}, separators=(",", ":"))
    return "sk." + C.b64u_nopad(j.encode()) + "." + C.rstr(rng, C.B64U, 22)


def c_mapbox(v):
    m = re.fullmatch(r"sk\.(eyJ[A-Za-z0-9_-]+)\.[A-Za-z0-9_-]{22}", v)
    if not m:
        return False
    try:
        return set(json.loads(C.b64u_dec(m.group(1)))) == {"u", "a"}
    except Exception:
        return False


def g_sentry_org(rng):
    payload = {"iat": 1716000000 + rng.randrange(9000000), "url": "https://sentry.io",
               "region_url": "https://de.sentry.io", "org": "ashgrove-" + C.rstr(rng, C.LOW, 4)}
    body = base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode().rstrip("=")
    return "sntrys_" + body + "_" + C.rstr(rng, C.B64, 43)


def c_sentry_org(v):
    m = re.fullmatch(r"sntrys_(eyJpYXQiO[A-Za-z0-9+/]+)_[A-Za-z0-9+/]{43}", v)
    if not m:
        return False
    try:
        d = json.loads(base64.b64decode(m.group(1) + "=" * (-len(m.group(1)) % 4)))
        return "region_url" in d
    except Exception:
        return False


def g_grafana_cloud(rng):
    payload = {"o": str(rng.randrange(100000, 999999)), "n": "kiln-metrics-" + C.rstr(rng, C.LAN, 4),
               "k": C.rstr(rng, C.AN, 24), "m": {"r": "prod-gb-south-0"}}
    return "glc_" + base64.b64encode(json.dumps(payload, separators=(",", ":")).encode()).decode()


def c_grafana_cloud(v):
    if not re.fullmatch(r"glc_[A-Za-z0-9+/]{32,400}={0,3}", v):
        return False
    try:
        return "k" in json.loads(base64.b64decode(v[4:]))
    except Exception:
        return False


def g_jwt(alg, payload_fn, real):
    def g(rng):
        pl = payload_fn(rng)
        return C.jwt_hmac(rng, alg, pl) if real else C.jwt_random_sig(rng, alg, pl)
    return g


def c_jwt(alg):
    def c(v):
        return C.jwt_ok(v) and json.loads(C.b64u_dec(v.split(".")[0]))["alg"] == alg
    return c


def pl_routific(rng):
    return {"_id": C.rstr(rng, C.HEX, 24), "iat": 1715000000 + rng.randrange(9000000)}


def pl_calendly(rng):
    return {"iss": "https://auth.calendly.com", "iat": 1715000000 + rng.randrange(9000000),
            "jti": C.uuid4(rng), "user_uuid": C.uuid4(rng), "scope": "default"}


def pl_monday(rng):
    return {"tid": rng.randrange(100000000, 999999999), "aai": 11, "uid": rng.randrange(10000000, 99999999),
            "iad": "2024-05-1%dT08:12:44.000Z" % rng.randrange(10), "per": "me:write",
            "actid": rng.randrange(1000000, 9999999), "rgn": "euc1"}


def pl_supabase(rng):
    iat = 1700000000 + rng.randrange(9000000)
    return {"iss": "supabase", "ref": C.rstr(rng, C.LOW, 20), "role": "service_role",
            "iat": iat, "exp": iat + 315360000}


def pl_mailerlite(rng):
    return {"aud": "4", "jti": C.rstr(rng, C.HEX, 80), "iat": 1715000000 + rng.randrange(9000000),
            "sub": str(rng.randrange(100000, 999999)), "scopes": []}


def g_google_chat(rng):
    return ("https://chat.googleapis.com/v1/spaces/AAAA" + C.rstr(rng, C.B64U, 7)
            + "/messages?key=AIza" + C.rstr(rng, C.B64U, 35) + "&token=" + C.rstr(rng, C.B64U, 43))


def c_google_chat(v):
    return bool(re.fullmatch(r"https://chat\.googleapis\.com/v1/spaces/AAAA[\w-]{7}/messages\?key=AIza[\w-]{35}&token=[\w-]{43}", v))


def g_teams(rng):
    return ("https://ashgrove.webhook.office.com/webhookb2/" + C.uuid4(rng) + "@" + C.uuid4(rng)
            + "/IncomingWebhook/" + C.rstr(rng, C.HEX, 32) + "/" + C.uuid4(rng))


def c_teams(v):
    u = r"[a-z0-9]{8}-([a-z0-9]{4}-){3}[a-z0-9]{12}"
    return bool(re.fullmatch(r"https://[a-z0-9]+\.webhook\.office\.com/webhookb2/" + u + "@" + u
                             + r"/IncomingWebhook/[a-z0-9]{32}/" + u, v))


def g_discord_wh(rng):
    return ("https://discord.com/api/webhooks/1" + C.rstr(rng, C.DIG, 18) + "/" + C.rstr(rng, C.B64U, 68))


def c_discord_wh(v):
    return bool(re.fullmatch(r"https://discord\.com/api/webhooks/\d{19}/[\w-]{68}", v))


def g_owner(rng):
    return C.owner_password(rng)


def c_owner(v):
    return bool(C.PW_RE.match(v))


SPECIAL = {
    "mapbox": (g_mapbox, c_mapbox, "`sk.` + base64url of real JSON `{u, a}` + `.` + 22 base64url"),
    "sentry_org": (g_sentry_org, c_sentry_org, "`sntrys_` + unpadded standard Base64 of real JSON `{iat, url, region_url, org}` (starts `eyJpYXQiO`) + `_` + 43 standard Base64 characters"),
    "grafana_cloud": (g_grafana_cloud, c_grafana_cloud, "`glc_` + standard Base64 of real JSON `{o, n, k, m}`"),
    "routific_jwt": (g_jwt("HS256", pl_routific, False), c_jwt("HS256"), "HS256-shaped JWT (real base64url JSON, random 32-byte signature)"),
    "calendly_jwt": (g_jwt("ES512", pl_calendly, False), c_jwt("ES512"), "ES512-shaped JWT (real base64url JSON, random 132-byte signature)"),
    "monday_jwt": (g_jwt("HS256", pl_monday, False), c_jwt("HS256"), "HS256-shaped JWT (real base64url JSON, random 32-byte signature)"),
    "supabase_jwt": (g_jwt("HS256", pl_supabase, True), c_jwt("HS256"), "real HS256 JWT `{iss, ref, role: service_role, iat, exp}` (HMAC under a discarded key)"),
    "mailerlite_jwt": (g_jwt("RS256", pl_mailerlite, False), c_jwt("RS256"), "RS256-shaped JWT (real base64url JSON, random 256-byte signature)"),
    "google_chat": (g_google_chat, c_google_chat, "whole `https://chat.googleapis.com/v1/spaces/…/messages?key=AIza…&token=…` URL (the URL is the credential)"),
    "teams": (g_teams, c_teams, "whole `https://<tenant>.webhook.office.com/webhookb2/<uuid>@<uuid>/IncomingWebhook/<32 hex>/<uuid>` URL"),
    "discord_wh": (g_discord_wh, c_discord_wh, "whole `https://discord.com/api/webhooks/<19 digits>/<68 base64url>` URL"),
    "owner": (g_owner, c_owner, "owner-chosen password"),
}

# (type, spec, neighbour (label, parts) or None, category)
VENDORS = [
    # payments / shop
    ("stripe_restricted_live_key", ["rk_live_51", ("an", 97)], None, R),
    ("stripe_webhook_signing_secret", ["whsec_", ("an", 32)], None, B),
    ("square_production_access_token", ["EAAA", ("b64u", 60)], None, R),
    ("paypal_live_client_secret", ["E", ("b64u", 79)], ("paypal client id", ["A", ("b64u", 79)]), G),
    ("mollie_live_api_key", ["live_", ("an", 30)], None, B),
    ("woocommerce_consumer_secret", ["cs_", ("hex", 40)], ("woocommerce consumer key", ["ck_", ("hex", 40)]), B),
    ("shopify_app_client_secret", ["shpss_", ("hex", 32)], ("shopify client id", [("hex", 32)]), R),
    ("ecwid_secret_token", ["secret_", ("an", 32)], ("ecwid store id", [("dig", 8)]), G),
    ("dojo_payments_secret_key", ["sk_prod_", ("b64u", 86)], None, G),
    ("easypost_production_api_key", ["EZAK", ("an", 54)], None, R),
    ("shippo_live_api_token", ["shippo_live_", ("hex", 40)], None, R),
    ("ideal_postcodes_api_key", ["ak_", ("lan", 26)], None, G),
    ("getaddress_io_api_key", [("b64u", 22)], None, G),
    ("loqate_api_key", [("uan", 4), "-", ("uan", 4), "-", ("uan", 4), "-", ("uan", 4)], None, B),
    # accounting / crm / docs
    ("freeagent_oauth_client_secret", [("b64u", 22)], ("freeagent client id", [("b64u", 22)]), G),
    ("zoho_books_client_secret", [("hex", 42)], ("zoho client id", ["1000.", ("uan", 30)]), B),
    ("pipedrive_api_token", [("hex", 40)], None, B),
    ("capsule_crm_api_token", [("b64u", 64)], None, G),
    ("pandadoc_api_key", [("hex", 40)], None, G),
    ("freshbooks_access_token", [("lan", 64)], None, R),
    # field service and tree software
    ("jobber_app_client_secret", [("hex", 64)], ("jobber client id", [U]), G),
    ("servicem8_api_key", ["smk-", ("hex", 6), "-", ("an", 40)], None, G),
    ("tradify_api_key", [U], None, G),
    ("simpro_api_access_token", [("hex", 40)], None, G),
    ("housecall_pro_api_key", [("hex", 32)], None, G),
    ("ezytreev_api_key", [U], None, G),
    ("arbortrack_cloud_api_token", [("b64u", 40)], None, G),
    ("plant_id_api_key", [("an", 50)], None, G),
    ("plantnet_api_key", ["2b10", ("an", 21)], None, G),
    ("trefle_api_token", ["usr-", ("b64u", 43)], None, G),
    ("roboflow_inference_api_key", [("an", 20)], None, G),
    ("husqvarna_fleet_services_app_secret", [U], ("husqvarna application key", [U]), G),
    ("sentinel_hub_client_secret", [("an", 40)], ("sentinel hub client id", [U]), G),
    # cmms / rota / time
    ("upkeep_cmms_session_token", ["r:", ("hex", 32)], None, G),
    ("limble_cmms_client_secret", [("hex", 32)], ("limble client id", [("uan", 12)]), G),
    ("deputy_permanent_token", [("hex", 32)], None, G),
    ("rotacloud_api_key", [("hex", 64)], None, G),
    ("clockify_api_key", [("an", 48)], None, G),
    ("toggl_track_api_token", [("hex", 32)], None, B),
    ("harvest_personal_access_token", [("dig", 7), ".pt.", ("b64u", 86)], ("harvest account id", [("dig", 7)]), G),
    # forms / scheduling
    ("typeform_personal_access_token", ["tfp_", ("b64u", 59)], None, R),
    ("tally_webhook_signing_secret", [("b64u", 32)], None, G),
    ("calendly_personal_access_token", "calendly_jwt", None, G),
    ("cal_com_api_key", ["cal_live_", ("hex", 32)], None, B),
    ("acuity_scheduling_api_key", [("hex", 32)], ("acuity user id", [("dig", 8)]), G),
    # maps / gis / weather
    ("arcgis_location_platform_api_key", ["AAPK", ("hex", 32), ("b64u", 64)], None, G),
    ("mapbox_secret_access_token", "mapbox", None, B),
    ("google_maps_platform_server_key", ["AIza", ("b64u", 35)], None, R),
    ("tomtom_maps_api_key", [("an", 32)], None, G),
    ("weatherstack_access_key", [("hex", 32)], None, G),
    ("meteomatics_api_password", [("an", 10)], ("meteomatics username", ["ashgrove_", ("low", 6)]), G),
    # fleet / routes
    ("routific_api_token", "routific_jwt", None, G),
    ("optimoroute_api_key", [("an", 40)], None, G),
    ("onfleet_api_key", [("hex", 32)], None, G),
    ("circuit_for_teams_api_key", [("an", 32)], None, G),
    ("webfleet_connect_api_key", [U], ("webfleet account", ["ashgrove-", ("dig", 4)]), G),
    ("webfleet_connect_user_password", "owner", ("webfleet user", ["dispatch", ("dig", 2)]), O),
    ("geotab_mygeotab_password", "owner", ("mygeotab database", ["ashgrove_fleet_", ("dig", 3)]), O),
    ("traccar_server_admin_password", "owner", ("traccar admin email", ["fleet", ("dig", 3), "@ashgrove-firewood.example"]), O),
    # comms
    ("sendgrid_api_key", ["SG.", ("b64u", 22), ".", ("b64u", 43)], None, R),
    ("postmark_server_api_token", [U], None, B),
    ("mailjet_api_secret", [("hex", 32)], ("mailjet api key", [("hex", 32)]), B),
    ("mailerlite_api_token", "mailerlite_jwt", None, B),
    ("twilio_api_key_secret", [("an", 32)], ("twilio api key sid", ["SK", ("hex", 32)]), B),
    ("vonage_api_secret", [("an", 16)], ("vonage api key", [("hex", 8)]), B),
    ("textlocal_api_key", [("b64", 44)], None, G),
    ("esendex_account_password", "owner", ("esendex account reference", ["EX0", ("dig", 6)]), O),
    ("slack_app_level_token", ["xapp-1-A", ("uan", 10), "-", ("dig", 13), "-", ("hex", 64)], None, R),
    ("slack_signing_secret", [("hex", 32)], None, B),
    ("discord_channel_webhook_url", "discord_wh", None, B),
    ("microsoft_teams_incoming_webhook_url", "teams", None, R),
    ("google_chat_space_webhook_url", "google_chat", None, B),
    ("whatsapp_cloud_api_access_token", ["EAAG", ("an", 190)], ("whatsapp phone number id", [("dig", 15)]), B),
    ("pushbullet_access_token", ["o.", ("an", 32)], None, B),
    # ai
    ("openai_service_account_key", ["sk-svcacct-", ("b64u", 74), "T3BlbkFJ", ("b64u", 74)], None, R),
    ("anthropic_admin_api_key", ["sk-ant-admin01-", ("b64u", 93), "AA"], None, R),
    ("mistral_api_key", [("an", 32)], None, B),
    ("cohere_api_key", [("an", 40)], None, R),
    ("deepseek_api_key", ["sk-", ("hex", 32)], None, B),
    ("xai_api_key", ["xai-", ("an", 80)], None, B),
    ("openrouter_api_key", ["sk-or-v1-", ("hex", 64)], None, B),
    ("elevenlabs_api_key", ["sk_", ("hex", 48)], None, B),
    ("assemblyai_api_key", [("hex", 32)], None, B),
    ("deepgram_api_key", [("hex", 40)], None, B),
    ("azure_openai_api_key", [("hex", 32)], ("azure openai endpoint", ["https://ashgrove-", ("low", 5), ".openai.azure.com/"]), B),
    # developer
    ("github_fine_grained_pat", ["github_pat_11", ("uan", 20), "_", ("an", 59)], None, R),
    ("github_app_installation_token", ["ghs_", ("an", 36)], None, R),
    ("gitlab_runner_authentication_token", ["glrt-", ("b64u", 20)], None, R),
    ("pypi_upload_token", ["pypi-AgEIcHlwaS5vcmc", ("b64u", 150)], None, R),
    ("docker_hub_personal_access_token", ["dckr_pat_", ("b64u", 27)], None, B),
    ("postman_api_key", ["PMAK-", ("hex", 24), "-", ("hex", 34)], None, R),
    ("atlassian_api_token", ["ATATT3xFfGF0", ("b64u", 171), "=", ("HEX", 8)], ("atlassian account email", ["dev", ("dig", 2), "@hollybank-arb.example"]), R),
    ("linear_api_key", ["lin_api_", ("an", 40)], None, R),
    ("sentry_org_auth_token", "sentry_org", None, R),
    ("netlify_personal_access_token", ["nfp_", ("an", 40)], None, G),
    ("trello_api_token", ["ATTA", ("hex", 64), ("HEX", 8)], ("trello api key", [("hex", 32)]), B),
    ("clickup_personal_api_token", ["pk_", ("dig", 8), "_", ("uan", 32)], None, B),
    ("asana_personal_access_token", ["2/", ("dig", 16), "/", ("dig", 16), ":", ("hex", 32)], None, B),
    ("monday_api_token", "monday_jwt", None, B),
    ("supabase_service_role_jwt", "supabase_jwt", None, B),
    # cloud / ops
    ("cloudflare_r2_secret_access_key", [("hex", 64)], ("r2 access key id", [("hex", 32)]), B),
    ("backblaze_b2_application_key", ["K005", ("an", 27)], ("b2 key id", ["005", ("hex", 22)]), B),
    ("aws_iam_user_secret_access_key", [("b64", 40)], ("aws access key id", ["AKIA", ("uan", 16)]), B),
    ("digitalocean_spaces_secret_key", [("b64", 43)], ("spaces access key", ["DO00", ("uan", 16)]), B),
    ("grafana_cloud_access_policy_token", "grafana_cloud", None, R),
    ("grafana_service_account_token", ["glsa_", ("an", 32), "_", ("hex", 8)], None, R),
    ("new_relic_user_api_key", ["NRAK-", ("uan", 27)], None, R),
    ("hashicorp_vault_service_token", ["hvs.CAESI", ("b64u", 90)], None, R),
    ("terraform_cloud_api_token", [("lan", 14), ".atlasv1.", ("b64u", 67)], None, R),
    ("tailscale_auth_key", ["tskey-auth-k", ("an", 10), "CNTRL-", ("an", 33)], None, B),
    ("ngrok_authtoken", ["2", ("an", 26), "_", ("an", 21)], None, G),
    ("prefect_cloud_api_key", ["pnu_", ("an", 36)], None, R),
    ("cronitor_api_key", [("hex", 32)], None, G),
    ("railway_api_token", [U], None, G),
    ("auth0_client_secret", [("b64u", 64)], ("auth0 client id", [("an", 32)]), B),
    ("okta_api_token", ["00", ("b64u", 40)], None, R),
    ("clerk_secret_key", ["sk_live_", ("an", 40)], None, G),
    ("bitwarden_secrets_manager_access_token", ["0.", U, ".", ("an", 30), ":", ("b64", 22), "=="], None, B),
    # owner-chosen portals
    ("arb_association_member_portal_password", "owner", ("arb association member number", ["AA", ("dig", 6)]), O),
    ("lantra_awards_learner_portal_password", "owner", ("lantra learner id", ["LA", ("dig", 7)]), O),
]

SET_ASIDE = [
    ("codemagic_api_token", "shape guessed; CI covered by GitHub, GitLab and Netlify"),
    ("open_meteo_customer_api_key", "shape guessed; weather covered by Weatherstack and Meteomatics"),
    ("databricks_personal_access_token", "weak link to a tree-surgery business; analytics covered by Prefect"),
    ("maxmind_license_key", "geolocation is not something a yard does; address lookups covered by Loqate, Ideal Postcodes, getAddress"),
    ("dynatrace_api_token", "observability covered by Grafana and New Relic"),
    ("fiix_cmms_secret_key", "shape unknown; CMMS covered by UpKeep and Limble"),
    ("signable_api_key", "shape unknown; e-signature covered by PandaDoc"),
    ("quartix_tracking_api_password", "overlaps Webfleet / MyGeotab / Traccar owner passwords"),
]

STYLES = [
    ("arb_api_dotenv_production", "upper"),
    ("yard_compose_environment_map", "upper"),
    ("arb_ops_railway_variables_set_history", "upper"),
    ("arb_ops_doppler_secrets_set_history", "upper"),
    ("survey_app_python_settings_module", "upper"),
    ("delivery_app_buildconfig_gradle_kts", "upper"),
    ("quote_app_config_ts", "camel"),
    ("firewood_shop_rails_credentials_yml", "snake"),
    ("arb_ops_opentofu_tfvars", "snake"),
    ("arb_ops_aws_ssm_put_parameter_history", "kebab"),
    ("crew_whatsapp_admin_paste", "spaced"),
    ("office_manager_email_to_dev", "spaced"),
    ("arb_bitwarden_json_export", "title"),
    ("crew_rota_csharp_secrets_class", "pascal"),
    ("arb_ops_mise_toml_env", "upper"),
    ("stump_jobs_quarkus_application_properties", "dot"),
]

MARK = "\u0001V\u0001"


def render(style, tname, value, nbr):
    sname, case = style
    words = tname.split("_")
    k = C.keyname(words, case)
    nk = C.keyname(nbr[0].split(), case) if nbr else None
    nv = nbr[1] if nbr else None
    v = MARK
    if sname == "arb_api_dotenv_production":
        lines = ["# .env.production", "NODE_ENV=production"]
        if nbr:
            lines.append("%s=%s" % (nk, nv))
        lines += ["%s=%s" % (k, v), "LOG_LEVEL=warn"]
    elif sname == "yard_compose_environment_map":
        lines = ["services:", "  worker:", "    image: registry.oakridge-tree.lan/arb/worker:2.3", "    environment:"]
        if nbr:
            lines.append("      %s: \"%s\"" % (nk, nv))
        lines.append("      %s: \"%s\"" % (k, v))
    elif sname == "arb_ops_railway_variables_set_history":
        lines = ["$ railway link --project arb-api"]
        if nbr:
            lines.append("$ railway variables --set \"%s=%s\"" % (nk, nv))
        lines += ["$ railway variables --set \"%s=%s\"" % (k, v), "$ railway up --detach"]
    elif sname == "arb_ops_doppler_secrets_set_history":
        lines = ["$ doppler setup --project arb --config prd"]
        if nbr:
            lines.append("$ doppler secrets set %s=\"%s\"" % (nk, nv))
        lines += ["$ doppler secrets set %s=\"%s\"" % (k, v), "$ doppler run -- npm start"]
    elif sname == "survey_app_python_settings_module":
        lines = ["# settings/production.py", "DEBUG = False"]
        if nbr:
            lines.append("%s = \"%s\"" % (nk, nv))
        lines += ["%s = \"%s\"" % (k, v), "TREE_SURVEY_MAX_PHOTOS = 8"]
    elif sname == "delivery_app_buildconfig_gradle_kts":
        lines = ["android {", "    defaultConfig {", "        applicationId = \"uk.ashgrove.rounds\""]
        if nbr:
            lines.append("        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")" % (nk, nv))
        lines += ["        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")" % (k, v), "    }", "}"]
    elif sname == "quote_app_config_ts":
        lines = ["export const config = {", "  region: 'eu-west-2',"]
        if nbr:
            lines.append("  %s: '%s'," % (nk, nv))
        lines += ["  %s: '%s'," % (k, v), "} as const;"]
    elif sname == "firewood_shop_rails_credentials_yml":
        lines = ["$ bin/rails credentials:show", "secret_key_base: <hidden by rails in this paste>", "vendors:"]
        if nbr:
            lines.append("  %s: %s" % (nk, nv))
        lines.append("  %s: %s" % (k, v))
    elif sname == "arb_ops_opentofu_tfvars":
        lines = ["# prod.auto.tfvars", "environment = \"prod\""]
        if nbr:
            lines.append("%s = \"%s\"" % (nk, nv))
        lines.append("%s = \"%s\"" % (k, v))
    elif sname == "arb_ops_aws_ssm_put_parameter_history":
        lines = []
        if nbr:
            lines.append("$ aws ssm put-parameter --name /arb/prod/%s --type String --value '%s'" % (nk, nv))
        lines += ["$ aws ssm put-parameter --name /arb/prod/%s --type SecureString --value '%s'" % (k, v),
                  "{\n    \"Version\": 1,\n    \"Tier\": \"Standard\"\n}"]
    elif sname == "crew_whatsapp_admin_paste":
        lines = ["[08:02] Kerry (office): right, new setup for the yard system"]
        if nbr:
            lines.append("[08:03] Kerry (office): %s %s" % (nk, nv))
        lines += ["[08:03] Kerry (office): %s %s" % (k, v), "[08:05] Tom (chipper): got it ta"]
    elif sname == "office_manager_email_to_dev":
        lines = ["To: dev@oakridge-tree.example", "Subject: the logins you asked for", "", "Hi Alex,", ""]
        if nbr:
            lines.append("%s: %s" % (nk, nv))
        lines += ["%s: %s" % (k, v), "", "Shout if it doesn't work. Mel"]
    elif sname == "arb_bitwarden_json_export":
        uname = nv if nbr else "api"
        notes = ("UserName holds the %s" % nbr[0]) if nbr else "service credential"
        lines = ["{\"items\": [{", "  \"type\": 1,", "  \"name\": \"%s\"," % k,
                 "  \"notes\": \"%s\"," % notes,
                 "  \"login\": {\"username\": \"%s\", \"password\": \"%s\"}" % (uname, v), "}]}"]
    elif sname == "crew_rota_csharp_secrets_class":
        lines = ["namespace CrewRota;", "", "internal static class VendorSecrets", "{"]
        if nbr:
            lines.append("    public const string %s = \"%s\";" % (nk, nv))
        lines += ["    public const string %s = \"%s\";" % (k, v), "}"]
    elif sname == "arb_ops_mise_toml_env":
        lines = ["[tools]", "node = \"20\"", "", "[env]"]
        if nbr:
            lines.append("%s = \"%s\"" % (nk, nv))
        lines.append("%s = \"%s\"" % (k, v))
    elif sname == "stump_jobs_quarkus_application_properties":
        lines = ["quarkus.http.port=8080"]
        if nbr:
            lines.append("arb.%s=%s" % (nk, nv))
        lines.append("arb.%s=%s" % (k, v))
    else:
        raise ValueError(sname)
    text = "\n".join(lines) + "\n"
    start = text.index(MARK)
    return text.replace(MARK, value), start


def spec_of(spec):
    if isinstance(spec, str):
        return SPECIAL[spec]
    return ((lambda rng, s=spec: parts_gen(s, rng)),
            (lambda v, r=re.compile(parts_re(spec)): bool(r.match(v))),
            parts_desc(spec))


def generate(reg):
    rng = random.Random(C.SEEDS["vendor"])
    recs = []
    for i, (tname, spec, nbr, cat) in enumerate(VENDORS):
        gen, _chk, _d = spec_of(spec)
        v = reg.draw(lambda: gen(rng))
        nb = None
        if nbr:
            nv = reg.draw(lambda: parts_gen(nbr[1], rng))
            nb = (nbr[0], nv)
        style = STYLES[i % len(STYLES)]
        text, start = render(style, tname, v, nb)
        recs.append({"type": tname, "container": tname + "__" + style[0], "text": text,
                     "secrets": [{"value": v, "start": start, "end": start + len(v), "type": tname}],
                     "source": "vendor"})
    return recs


def check_value(tname, v):
    for t, spec, _n, _c in VENDORS:
        if t == tname:
            return spec_of(spec)[1](v)
    return False
