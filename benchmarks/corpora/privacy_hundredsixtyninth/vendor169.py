"""Vendor source: credential types of real vendors used by golf / country-club developers."""
import random
import string

from common169 import (ALNUM, B64URL, HEX, LOWER_ALNUM, MARK, UPPER_ALNUM, b64, b64u_json, b64url, case, jwt_hs256,
                       rhex, rs, uuid4)

SEED = 16902
D = string.digits
UHEX = "0123456789ABCDEF"


def _ghin(r):
    iat = 1719000000 + r.randrange(5000000)
    return jwt_hs256(r, {"sub": "partner-%d" % r.randint(100, 999), "golfer_lookup": True, "iat": iat, "exp": iat + 43200})


def _supabase(r):
    iat = 1700000000 + r.randrange(30000000)
    return jwt_hs256(r, {"iss": "supabase", "ref": rs(r, string.ascii_lowercase, 20), "role": "service_role",
                         "iat": iat, "exp": iat + 315360000})


def _calendly(r):
    iat = 1716000000 + r.randrange(9000000)
    return jwt_hs256(r, {"kid": rhex(r, 8), "typ": "PAT", "iss": "https://auth.calendly.com", "iat": iat,
                         "jti": uuid4(r), "user_uuid": uuid4(r)})


def _discord(r):
    import base64
    uid = str(r.randint(10 ** 17, 10 ** 18 - 1))
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rs(r, B64URL, 6) + "." + rs(r, B64URL, 38)


def _gchat(r):
    return ("https://chat.googleapis.com/v1/spaces/AAAA" + rs(r, ALNUM, 7) + "/messages?key=AIza" + rs(r, B64URL, 35)
            + "&token=" + rs(r, B64URL, 43) + "%3D")


def _mapbox(r):
    return "sk." + b64u_json({"u": "pinehollow-maps", "a": rs(r, LOWER_ALNUM, 25)}) + "." + rs(r, B64URL, 22)


def _aws(r):
    return rs(r, ALNUM + "+/", 40)


# (type, value generator, neighbour (snake key, generator) or None)
VENDORS = [
    # golf and club software (shapes guessed, recognisable from the key name)
    ("foreup_api_client_secret", lambda r: rs(r, ALNUM, 40), ("foreup_api_client_id", lambda r: "fu-" + rs(r, D, 9))),
    ("chronogolf_partner_api_token", lambda r: rhex(r, 64), None),
    ("golfnow_channel_api_password", lambda r: rs(r, ALNUM + "!#$%", 18), ("golfnow_channel_username", lambda r: "pinehollow_ch" + rs(r, D, 3))),
    ("teesnap_api_key", uuid4, None),
    ("club_prophet_api_key", lambda r: rs(r, UPPER_ALNUM, 32), None),
    ("ezlinks_partner_shared_secret", lambda r: b64(r, 32), None),
    ("jonas_club_api_token", lambda r: rs(r, ALNUM, 48), None),
    ("clubessential_sso_shared_secret", lambda r: rhex(r, 40), None),
    ("northstar_club_api_key", lambda r: rs(r, ALNUM, 36), None),
    ("golf_genius_api_key", lambda r: rs(r, ALNUM, 32), None),
    ("bluegolf_api_secret", lambda r: rhex(r, 32), None),
    ("ghin_partner_session_token", _ghin, None),
    ("golfbox_api_password", lambda r: rs(r, ALNUM, 20), ("golfbox_api_user", lambda r: "club" + rs(r, D, 5))),
    ("tagmarshal_api_key", lambda r: rs(r, ALNUM, 40), None),
    ("toro_lynx_central_api_key", lambda r: uuid4(r).upper(), None),
    ("rain_bird_iq4_api_key", lambda r: rhex(r, 32), None),
    ("toro_turf_guard_api_token", lambda r: rs(r, ALNUM, 44), None),
    ("pogo_turf_pro_api_key", lambda r: rs(r, LOWER_ALNUM, 32), None),
    ("trackman_range_client_secret", lambda r: b64url(r, 32), ("trackman_range_client_id", uuid4)),
    ("toptracer_range_api_key", lambda r: rhex(r, 48), None),
    ("range_servant_cloud_token", lambda r: rs(r, ALNUM, 28), None),
    ("arccos_partner_api_secret", lambda r: b64(r, 24), None),
    ("shot_scope_partner_key", lambda r: rs(r, UPPER_ALNUM, 24), None),
    ("golfstatus_api_token", lambda r: rs(r, ALNUM, 40), None),
    ("clippd_api_key", lambda r: rs(r, ALNUM, 34), None),
    ("caddiemaster_api_token", lambda r: rhex(r, 40), None),
    ("club_car_visage_fleet_api_key", uuid4, None),
    ("gps_industries_cart_api_secret", lambda r: rs(r, ALNUM, 48), None),
    ("uplink_cart_gps_api_token", lambda r: b64url(r, 30), None),
    ("teeon_api_key", lambda r: rs(r, UPPER_ALNUM, 20), None),
    ("brs_golf_partner_api_key", lambda r: uuid4(r).upper(), None),
    ("thor_guard_lightning_api_key", lambda r: rhex(r, 32), None),
    ("perry_weather_api_key", lambda r: rs(r, ALNUM, 40), None),
    ("golfmanager_api_key", lambda r: rs(r, LOWER_ALNUM, 40), None),
    ("intelligentgolf_api_key", lambda r: rs(r, ALNUM, 24), None),
    ("golfback_partner_api_key", lambda r: rs(r, ALNUM, 36), None),
    ("supreme_golf_affiliate_token", lambda r: rhex(r, 32), None),
    ("golf_canada_score_centre_api_key", uuid4, None),
    # pro shop, food and beverage, payments, dues billing
    ("toast_api_client_secret", lambda r: b64url(r, 48), ("toast_api_client_id", lambda r: rs(r, ALNUM, 32))),
    ("clover_merchant_api_token", uuid4, ("clover_merchant_id", lambda r: rs(r, UPPER_ALNUM, 13))),
    ("lightspeed_restaurant_oauth_client_secret", lambda r: rs(r, ALNUM, 40), None),
    ("revel_systems_api_secret", lambda r: rhex(r, 64), ("revel_systems_api_key", lambda r: rhex(r, 32))),
    ("square_oauth_refresh_token", lambda r: "EQAA" + rs(r, B64URL, 60), None),
    ("shopify_admin_api_access_token", lambda r: "shpat_" + rhex(r, 32), None),
    ("shopify_app_client_secret", lambda r: "shpss_" + rhex(r, 32), None),
    ("stripe_connect_platform_secret_key", lambda r: "sk_live_51" + rs(r, ALNUM, 97), None),
    ("heartland_portico_secret_api_key", lambda r: "skapi_prod_" + rs(r, ALNUM, 38), None),
    ("authorize_net_signature_key", lambda r: rs(r, UHEX, 128), ("authorize_net_api_login_id", lambda r: rs(r, ALNUM, 10))),
    ("elavon_converge_merchant_pin", lambda r: rs(r, UPPER_ALNUM, 64), None),
    ("nmi_gateway_security_key", lambda r: rs(r, ALNUM, 32), None),
    ("gocardless_live_access_token", lambda r: "live_" + rs(r, ALNUM + "-_", 40), None),
    ("quickbooks_online_client_secret", lambda r: rs(r, ALNUM, 40), ("quickbooks_online_client_id", lambda r: "AB" + rs(r, ALNUM, 48))),
    ("xero_oauth_client_secret", lambda r: rs(r, ALNUM + "-_", 48), ("xero_oauth_client_id", lambda r: rs(r, UHEX, 32))),
    ("plaid_secret_key", lambda r: rhex(r, 30), ("plaid_client_id", lambda r: rhex(r, 24))),
    # messaging
    ("sendgrid_api_key", lambda r: "SG." + b64url(r, 16) + "." + b64url(r, 32), None),
    ("mailgun_private_api_key", lambda r: "key-" + rhex(r, 32), None),
    ("mailchimp_marketing_api_key", lambda r: rhex(r, 32) + "-us" + str(r.randint(10, 21)), None),
    ("mandrill_transactional_api_key", lambda r: "md-" + rs(r, ALNUM + "_-", 22), None),
    ("brevo_api_key", lambda r: "xkeysib-" + rhex(r, 64) + "-" + rs(r, ALNUM, 16), None),
    ("resend_api_key", lambda r: "re_" + rs(r, ALNUM, 8) + "_" + rs(r, ALNUM, 24), None),
    ("plivo_auth_token", lambda r: rs(r, ALNUM, 40), ("plivo_auth_id", lambda r: "MA" + rs(r, string.ascii_uppercase + D, 18))),
    ("telnyx_api_key_v2", lambda r: "KEY" + rs(r, UHEX, 32) + "_" + rs(r, ALNUM, 22), None),
    ("sinch_sms_api_token", lambda r: rhex(r, 32), ("sinch_service_plan_id", lambda r: rhex(r, 32))),
    ("messagebird_live_access_key", lambda r: rs(r, ALNUM, 25), None),
    ("telegram_bot_token", lambda r: rs(r, D, 10) + ":AA" + rs(r, B64URL, 33), None),
    ("slack_bot_user_oauth_token", lambda r: "xoxb-" + rs(r, D, 12) + "-" + rs(r, D, 13) + "-" + rs(r, ALNUM, 24), None),
    ("slack_app_signing_secret", lambda r: rhex(r, 32), None),
    ("discord_bot_token", _discord, None),
    ("google_chat_space_webhook_url", _gchat, None),
    ("pushover_application_token", lambda r: "a" + rs(r, LOWER_ALNUM, 29), ("pushover_user_key", lambda r: "u" + rs(r, LOWER_ALNUM, 29))),
    ("mattermost_bot_access_token", lambda r: rs(r, LOWER_ALNUM, 26), None),
    # AI
    ("openai_project_api_key", lambda r: "sk-proj-" + rs(r, B64URL, 74) + "T3BlbkFJ" + rs(r, B64URL, 74), None),
    ("anthropic_admin_api_key", lambda r: "sk-ant-admin01-" + rs(r, B64URL, 93) + "AA", None),
    ("groq_api_key", lambda r: "gsk_" + rs(r, ALNUM, 52), None),
    ("perplexity_api_key", lambda r: "pplx-" + rs(r, ALNUM, 48), None),
    ("replicate_api_token", lambda r: "r8_" + rs(r, ALNUM, 37), None),
    ("huggingface_user_access_token", lambda r: "hf_" + rs(r, string.ascii_letters, 34), None),
    ("xai_api_key", lambda r: "xai-" + rs(r, ALNUM, 80), None),
    ("voyage_ai_api_key", lambda r: "pa-" + rs(r, B64URL, 43), None),
    ("pinecone_api_key", lambda r: "pcsk_" + rs(r, ALNUM, 5) + "_" + rs(r, ALNUM, 63), None),
    ("azure_ai_speech_key", lambda r: rhex(r, 32), None),
    # developer and ops
    ("github_classic_personal_access_token", lambda r: "ghp_" + rs(r, ALNUM, 36), None),
    ("gitlab_personal_access_token", lambda r: "glpat-" + rs(r, ALNUM + "_-", 20), None),
    ("docker_hub_personal_access_token", lambda r: "dckr_pat_" + rs(r, B64URL, 27), None),
    ("atlassian_cloud_api_token", lambda r: "ATATT3xFfGF0" + rs(r, ALNUM + "-_", 172) + "=" + rs(r, UHEX, 8), None),
    ("linear_personal_api_key", lambda r: "lin_api_" + rs(r, ALNUM, 40), None),
    ("notion_internal_integration_secret", lambda r: "ntn_" + rs(r, D, 11) + rs(r, ALNUM, 35), None),
    ("airtable_personal_access_token", lambda r: "pat" + rs(r, ALNUM, 14) + "." + rhex(r, 64), None),
    ("postman_api_key", lambda r: "PMAK-" + rhex(r, 24) + "-" + rhex(r, 34), None),
    ("pulumi_access_token", lambda r: "pul-" + rhex(r, 40), None),
    ("digitalocean_personal_access_token", lambda r: "dop_v1_" + rhex(r, 64), None),
    ("heroku_platform_api_key_v2", lambda r: "HRKU-AA" + rs(r, ALNUM + "_-", 58), None),
    ("fly_io_deploy_token", lambda r: "fm2_" + b64(r, 120).rstrip("="), None),
    ("supabase_service_role_key", _supabase, None),
    ("planetscale_service_token", lambda r: "pscale_tkn_" + rs(r, ALNUM + "_", 43), ("planetscale_service_token_id", lambda r: rs(r, LOWER_ALNUM, 12))),
    ("doppler_service_token", lambda r: "dp.st.prd." + rs(r, ALNUM, 43), None),
    ("infisical_machine_client_secret", lambda r: rhex(r, 64), ("infisical_machine_client_id", uuid4)),
    ("datadog_api_key", lambda r: rhex(r, 32), None),
    ("datadog_application_key", lambda r: rhex(r, 40), None),
    ("new_relic_user_api_key", lambda r: "NRAK-" + rs(r, UPPER_ALNUM, 27), None),
    ("grafana_service_account_token", lambda r: "glsa_" + rs(r, ALNUM, 32) + "_" + rhex(r, 8), None),
    ("pagerduty_rest_api_token", lambda r: "u+" + rs(r, ALNUM + "_-", 18), None),
    ("sentry_user_auth_token", lambda r: "sntryu_" + rhex(r, 64), None),
    ("cloudflare_api_token", lambda r: rs(r, ALNUM + "_-", 40), None),
    ("aws_iam_secret_access_key", _aws, ("aws_iam_access_key_id", lambda r: "AKIA" + rs(r, string.ascii_uppercase + "234567", 16))),
    ("azure_storage_account_key", lambda r: b64(r, 64), None),
    ("google_maps_platform_server_key", lambda r: "AIza" + rs(r, B64URL, 35), None),
    ("tailscale_oauth_client_secret", lambda r: "tskey-client-" + rs(r, ALNUM, 17) + "CNTRL-" + rs(r, ALNUM, 34), None),
    ("algolia_admin_api_key", lambda r: rhex(r, 32), ("algolia_application_id", lambda r: rs(r, UPPER_ALNUM, 10))),
    ("posthog_personal_api_key", lambda r: "phx_" + rs(r, ALNUM, 47), None),
    ("hubspot_private_app_token", lambda r: "pat-na1-" + uuid4(r), None),
    ("klaviyo_private_api_key", lambda r: "pk_" + rhex(r, 34), None),
    ("calendly_personal_access_token", _calendly, None),
    ("docusign_integration_secret_key", uuid4, ("docusign_integration_key", uuid4)),
    ("dropbox_app_secret", lambda r: rs(r, LOWER_ALNUM, 15), ("dropbox_app_key", lambda r: rs(r, LOWER_ALNUM, 15))),
    ("zoho_crm_refresh_token", lambda r: "1000." + rhex(r, 32) + "." + rhex(r, 32), None),
    ("salesforce_connected_app_consumer_secret", lambda r: rs(r, UHEX, 64), ("salesforce_connected_app_consumer_key", lambda r: "3MVG9" + rs(r, ALNUM + "._", 80))),
    ("mapbox_styles_write_token", _mapbox, None),
    ("openweathermap_api_key", lambda r: rhex(r, 32), None),
    ("meraki_dashboard_api_key", lambda r: rhex(r, 40), None),
    ("typesense_admin_api_key", lambda r: rs(r, ALNUM, 32), None),
    ("mixpanel_service_account_secret", lambda r: rs(r, ALNUM, 32), ("mixpanel_service_account_username", lambda r: "club-etl." + rs(r, D, 6) + ".mp-service-account")),
    ("tomorrow_io_api_key", lambda r: rs(r, ALNUM, 32), None),
    ("esri_arcgis_api_key", lambda r: "AAPK" + rhex(r, 32) + rs(r, B64URL, 64), None),
    ("fastly_api_token", lambda r: rs(r, ALNUM + "_-", 32), None),
    ("bunny_net_account_api_key", lambda r: uuid4(r) + rhex(r, 36), None),
    ("textmagic_api_key", lambda r: rs(r, ALNUM, 30), None),
    ("unifi_site_manager_api_key", lambda r: rs(r, B64URL, 32), None),
]

STYLES = [
    "club_backend_dotenv_local",
    "tee_sheet_fly_secrets_set_history",
    "scoring_gcloud_secrets_versions_add",
    "cart_fleet_nomad_job_env_stanza",
    "pro_shop_python_settings_module",
    "irrigation_docker_run_env_flags",
    "member_portal_heroku_config_set",
    "dues_billing_azure_app_settings_json",
    "club_it_bitwarden_json_export_fields",
    "golf_ops_teams_chat_paste",
    "tournament_desk_outlook_email",
    "caddie_app_gradle_local_properties",
]

NAMES = ["Dana", "Marcus", "Priya", "Tom", "Keiko", "Luis", "Annette", "Ravi", "Bridget", "Owen"]


def render(style, t, nb, r):
    """Text with MARK for the labelled value; nb = (key, value) public neighbour or None."""
    U = case("upper", t)
    if style == "club_backend_dotenv_local":
        lines = ["# .env.local -- teesheet api", "NODE_ENV=production", "COURSE_TZ=America/Chicago"]
        if nb:
            lines.append(f"{case('upper', nb[0])}={nb[1]}")
        lines.append(f"{U}={MARK}")
        return "\n".join(lines) + "\n"
    if style == "tee_sheet_fly_secrets_set_history":
        extra = f"{case('upper', nb[0])}={nb[1]} " if nb else ""
        return (f"$ fly secrets set {extra}{U}={MARK} -a teesheet-prod\n"
                "Secrets are staged for the first deployment\n$ fly deploy -a teesheet-prod\n")
    if style == "scoring_gcloud_secrets_versions_add":
        k = case("kebab", t)
        pre = f"# neighbour setting {case('kebab', nb[0])}={nb[1]} lives in config.yaml\n" if nb else ""
        return (f"{pre}$ printf '%s' '{MARK}' | gcloud secrets versions add {k} --data-file=-\n"
                f"Created version [{r.randint(2, 9)}] of the secret [{k}].\n")
    if style == "cart_fleet_nomad_job_env_stanza":
        nbl = f'        {case("upper", nb[0])} = "{nb[1]}"\n' if nb else ""
        return ('job "cart-sync" {\n  group "fleet" {\n    task "bridge" {\n      driver = "docker"\n      env {\n'
                f'        HOLES = "18"\n{nbl}        {U} = "{MARK}"\n      }}\n    }}\n  }}\n}}\n')
    if style == "pro_shop_python_settings_module":
        nbl = f'{case("upper", nb[0])} = "{nb[1]}"\n' if nb else ""
        return f'# settings/production.py\nDEBUG = False\nSTORE_CODE = "PS{r.randint(100, 999)}"\n{nbl}{U} = "{MARK}"\n'
    if style == "irrigation_docker_run_env_flags":
        nbl = f"  -e {case('upper', nb[0])}={nb[1]} \\\n" if nb else ""
        return ("docker run -d --restart unless-stopped --name lynx-bridge \\\n" + nbl +
                f"  -e {U}={MARK} \\\n  registry.club.example/lynx-bridge:1.{r.randint(0, 9)}\n")
    if style == "member_portal_heroku_config_set":
        extra = f"{case('upper', nb[0])}={nb[1]} " if nb else ""
        return (f"$ heroku config:set {extra}{U}={MARK} --app members-portal\n"
                f"Setting config vars and restarting members-portal... done, v{r.randint(100, 400)}\n")
    if style == "dues_billing_azure_app_settings_json":
        items = []
        if nb:
            items.append(f'  {{ "name": "{case("upper", nb[0])}", "value": "{nb[1]}", "slotSetting": false }}')
        items.append(f'  {{ "name": "{U}", "value": "{MARK}", "slotSetting": false }}')
        items.append('  { "name": "WEBSITE_TIME_ZONE", "value": "Eastern Standard Time", "slotSetting": false }')
        return "[\n" + ",\n".join(items) + "\n]\n"
    if style == "club_it_bitwarden_json_export_fields":
        f = []
        if nb:
            f.append(f'{{"name": "{case("snake", nb[0])}", "value": "{nb[1]}", "type": 0}}')
        f.append(f'{{"name": "{case("snake", t)}", "value": "{MARK}", "type": 1}}')
        return ('{"type": 2, "name": "' + case("title", t) + '", "folderId": null, "notes": "club integrations",'
                ' "fields": [' + ", ".join(f) + "]}\n")
    if style == "golf_ops_teams_chat_paste":
        a, b = r.sample(NAMES, 2)
        nbt = f" ({case('spaced', nb[0])} is {nb[1]})" if nb else ""
        hh, mm = r.randint(7, 11), r.randint(10, 57)
        return (f"[{hh}:{mm:02d}] {a}: here's the {case('spaced', t)} for the new integration{nbt}: "
                f"{MARK}\n[{hh}:{mm + 2:02d}] {b}: got it, I'll put it in the vault\n")
    if style == "tournament_desk_outlook_email":
        a = r.choice(NAMES)
        nbt = f"{case('title', nb[0])}: {nb[1]}\n" if nb else ""
        return (f"From: tournaments@club.example\nTo: {a.lower()}@club.example\nSubject: member-guest scoring setup\n\n"
                f"Hi {a},\n\nSetting this up before the shotgun start on Saturday.\n{nbt}{case('title', t)}: {MARK}\n\n"
                "Cheers,\nTournament Desk\n")
    if style == "caddie_app_gradle_local_properties":
        nbl = f"{case('dotted', nb[0])}={nb[1]}\n" if nb else ""
        return (f"## local.properties -- do not commit\nsdk.dir=/Users/{r.choice(NAMES).lower()}/Library/Android/sdk\n"
                f"{nbl}{case('dotted', t)}={MARK}\n")
    raise KeyError(style)


def generate(reg, deny):
    rng = random.Random(SEED)
    kept, dropped = [], []
    for t, gen, nb in VENDORS:
        if deny(t):
            dropped.append(t)
            continue
        kept.append((t, gen, nb))
    unused = [t for t, _, _ in kept[120:]]
    kept = kept[:120]
    out = []
    for i, (t, gen, nb) in enumerate(kept):
        style = STYLES[i % len(STYLES)]
        v = reg.draw(gen, rng)
        nbv = None
        if nb:
            nbv = (nb[0], reg.draw(nb[1], rng))
        text = render(style, t, nbv, rng)
        out.append((t, f"{t}__{style}", text, v))
    return out, dropped, unused, len(VENDORS)
