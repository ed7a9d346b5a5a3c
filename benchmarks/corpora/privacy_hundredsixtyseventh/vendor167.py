"""Vendor positives for p167: 120 vendor credential types, one record each, kind <type>__<style>."""
import base64
import random
import string

from common167 import (SLOT, B62, LOWER, UPPER, DIGITS, HEXL, owner_password, rand_str, b64,
                       b64url_nopad, b64url_json, hexs, jwt, uuid4, github_classic_pat, style_key,
                       make_record, denied)

SEED = 16702
V = SLOT
ALNUM_L = LOWER + DIGITS
ALNUM_U = UPPER + DIGITS
URLSAFE = B62 + "-_"


def A(n):
    return lambda r: rand_str(r, B62, n)


def H(n, upper=False):
    return lambda r: hexs(r, n, upper)


def U():
    return lambda r: uuid4(r)


def PW():
    return lambda r: owner_password(r)


def pre(prefix, fn):
    return lambda r: prefix + fn(r)


def _mapbox_sk(r):
    mid = b64url_json({"u": "greenblade-ops", "a": rand_str(r, ALNUM_L, 25)})
    return "sk." + mid + "." + rand_str(r, B62, 22)


def _intercom(r):
    raw = "tok:" + uuid4(r).replace("-", "_") + ":1:0"
    return base64.b64encode(raw.encode()).decode()


def _discord_bot(r):
    ident = str(r.randint(10 ** 17, 10 ** 19 - 1))
    return (base64.b64encode(ident.encode()).decode().rstrip("=") + "." + rand_str(r, URLSAFE, 6)
            + "." + rand_str(r, URLSAFE, 38))


def _chirpstack(r):
    return jwt(r, {"aud": "chirpstack", "iss": "chirpstack", "sub": uuid4(r), "typ": "key"})


def _supabase(r):
    iat = 1700000000 + r.randint(0, 40000000)
    return jwt(r, {"iss": "supabase", "ref": rand_str(r, LOWER, 20), "role": "service_role",
                   "iat": iat, "exp": iat + 315360000})


def _routific(r):
    return jwt(r, {"_id": hexs(r, 24), "iat": 1710000000 + r.randint(0, 9000000)})


def _calendly(r):
    return jwt(r, {"iss": "https://auth.calendly.com", "iat": 1715000000 + r.randint(0, 9000000),
                   "jti": uuid4(r), "user_uuid": uuid4(r), "app_uid": rand_str(r, URLSAFE, 43),
                   "exp": 1900000000}, alg="HS256")


def _atlassian(r):
    return "ATATT3xFfGF0" + rand_str(r, URLSAFE, 171) + "=" + hexs(r, 8, True)


def _asana(r):
    return "2/" + rand_str(r, DIGITS, 16) + "/" + rand_str(r, DIGITS, 16) + ":" + hexs(r, 32)


def _bitwarden_sm(r):
    return "0." + uuid4(r) + "." + rand_str(r, B62, 30) + ":" + b64(r, 16)


def _entra(r):
    return rand_str(r, B62, 3) + str(r.randint(0, 9)) + "Q~" + rand_str(r, B62 + "_~.-", 34)


def _aws_secret(r):
    return rand_str(r, B62 + "+/", 40)


def _tskey(r):
    return "tskey-api-" + rand_str(r, B62, 7) + "CNTRL-" + rand_str(r, B62, 33)


def _slack_hook(r):
    return ("https://hooks.slack.com/services/T" + rand_str(r, ALNUM_U, 10) + "/B"
            + rand_str(r, ALNUM_U, 10) + "/" + rand_str(r, B62, 24))


def _tts(r):
    b32 = UPPER + "234567"
    return "NNSXS." + rand_str(r, b32, 39) + "." + rand_str(r, b32, 52)


def _hydrawise(r):
    return "-".join(hexs(r, 4, True) for _ in range(4))


def _openai(r):
    return "sk-proj-" + rand_str(r, URLSAFE, 74) + "T3BlbkFJ" + rand_str(r, URLSAFE, 74)


# (type, generator, neighbour or None, shape note). A neighbour is (key words, generator): a
# public id / user name written on its own line and left unlabelled.
CANDIDATES = [
    # field-service, pest and lawn platforms
    ("pestpac_api_client_secret", A(32), (["pestpac", "tenant", "id"], lambda r: str(r.randint(100000, 999999))), "guessed"),
    ("workwave_route_manager_api_key", U(), None, "guessed"),
    ("fieldroutes_authentication_token", H(64), None, "guessed"),
    ("servicetitan_client_secret", pre("cs1.", A(46)), (["servicetitan", "client", "id"], pre("cid.", A(25))), "guessed"),
    ("jobber_app_oauth_client_secret", H(64), (["jobber", "client", "id"], U()), "guessed"),
    ("gorilladesk_api_key", A(40), None, "guessed"),
    ("briostack_api_key", U(), None, "guessed"),
    ("servsuite_integration_password", PW(), (["servsuite", "api", "user"], lambda r: "gb_integration"), "owner-chosen"),
    ("real_green_service_assistant_api_key", A(32), None, "guessed"),
    ("service_autopilot_api_key", U(), None, "guessed"),
    ("aspire_landscape_client_secret", A(40), (["aspire", "client", "id"], U()), "guessed"),
    ("lmn_api_token", lambda r: b64url_nopad(r, 32), None, "guessed"),
    ("singleops_api_token", H(40), None, "guessed"),
    ("arborgold_api_key", A(36), None, "guessed"),
    ("housecall_pro_api_key", H(32), None, "guessed"),
    ("kickserv_api_token", H(40), None, "guessed"),
    ("service_fusion_client_secret", A(40), (["service", "fusion", "client", "id"], A(20)), "guessed"),
    ("yardbook_sync_password", PW(), (["yardbook", "login", "email"], lambda r: "office@greenblade.example"), "owner-chosen"),
    # aerial measurement and estimating
    ("go_ilawn_api_key", A(32), None, "guessed"),
    ("siterecon_api_token", A(48), None, "guessed"),
    ("attentive_ai_automeasure_key", U(), None, "guessed"),
    ("nearmap_api_key", A(64), None, "guessed"),
    ("eagleview_client_secret", A(40), (["eagleview", "client", "id"], A(20)), "guessed"),
    ("hover_partner_client_secret", lambda r: b64url_nopad(r, 32), None, "guessed"),
    # pest monitoring and LoRaWAN / IoT
    ("rentokil_pestconnect_api_key", H(32), None, "guessed"),
    ("bell_sensing_iq_api_token", A(40), None, "guessed"),
    ("trapview_api_key", A(32), None, "guessed"),
    ("semios_api_client_secret", A(48), None, "guessed"),
    ("the_things_stack_api_key", _tts, None, "believed"),
    ("chirpstack_api_key_jwt", _chirpstack, None, "believed"),
    ("particle_cloud_access_token", H(40), None, "believed"),
    ("blynk_device_auth_token", lambda r: rand_str(r, B62 + "-_", 32), None, "believed"),
    ("adafruit_io_key", pre("aio_", A(28)), None, "believed"),
    ("ubidots_account_token", pre("BBFF-", A(30)), None, "believed"),
    # irrigation and weather
    ("rachio_public_api_token", U(), None, "believed"),
    ("hydrawise_api_key", _hydrawise, None, "guessed"),
    ("rainbird_iq4_cloud_password", PW(), (["rainbird", "iq4", "username"], lambda r: "greenblade.irrigation"), "owner-chosen"),
    ("weathermatic_smartlink_api_key", A(32), None, "guessed"),
    ("openweathermap_api_key", H(32), None, "believed"),
    ("tomorrow_io_api_key", A(32), None, "believed"),
    ("weatherapi_com_key", H(31), None, "believed"),
    ("visual_crossing_weather_key", lambda r: rand_str(r, ALNUM_U, 25), None, "read"),
    ("ambient_weather_user_api_key", H(64), None, "believed"),
    ("wunderground_pws_api_key", H(32), None, "believed"),
    ("davis_weatherlink_api_secret", lambda r: rand_str(r, ALNUM_L, 32), (["weatherlink", "api", "key", "v2"], lambda r: rand_str(r, ALNUM_L, 32)), "guessed"),
    ("meteomatics_api_password", PW(), (["meteomatics", "username"], lambda r: "greenblade_kowalski"), "owner-chosen"),
    ("xweather_client_secret", A(40), (["xweather", "client", "id"], A(21)), "guessed"),
    ("accuweather_api_key", A(32), None, "guessed"),
    # maps and routing
    ("google_maps_routes_server_key", pre("AIza", lambda r: rand_str(r, URLSAFE, 35)), None, "read"),
    ("mapbox_directions_secret_token", _mapbox_sk, None, "believed"),
    ("here_platform_api_key", lambda r: b64url_nopad(r, 32), None, "read"),
    ("tomtom_routing_api_key", A(32), None, "read"),
    ("route4me_api_key", H(32, True), None, "read"),
    ("onfleet_api_key", lambda r: rand_str(r, ALNUM_L, 32), None, "read"),
    ("optimoroute_api_key", A(40), None, "guessed"),
    ("routific_api_token", _routific, None, "guessed"),
    # fleet telematics and truck tablets (MDM)
    ("samsara_fleet_api_token", pre("samsara_api_", A(30)), None, "believed"),
    ("motive_fleet_api_key", U(), None, "guessed"),
    ("azuga_api_key", A(40), None, "guessed"),
    ("linxup_api_token", A(32), None, "guessed"),
    ("jamf_pro_api_client_secret", lambda r: rand_str(r, B62 + "-_", 64), (["jamf", "client", "id"], U()), "guessed"),
    ("scalefusion_api_key", A(32), None, "guessed"),
    ("hexnode_api_key", A(32), None, "guessed"),
    ("esper_enterprise_api_key", A(30), None, "guessed"),
    ("kandji_api_token", U(), None, "guessed"),
    # billing, payments, accounting
    ("stripe_billing_live_secret", pre("sk_live_51", A(97)), None, "read"),
    ("stripe_connect_endpoint_secret", pre("whsec_", A(32)), None, "believed"),
    ("square_seller_access_token", pre("EAAA", lambda r: rand_str(r, URLSAFE, 60)), None, "read"),
    ("quickbooks_online_client_secret", A(40), (["quickbooks", "client", "id"], pre("AB", A(48))), "guessed"),
    ("intuit_webhook_verifier_token", U(), None, "guessed"),
    ("xero_app_client_secret", lambda r: b64url_nopad(r, 36), (["xero", "client", "id"], H(32, True)), "guessed"),
    ("gocardless_live_access_token", pre("live_", lambda r: rand_str(r, URLSAFE, 40)), None, "read"),
    ("plaid_api_secret", lambda r: rand_str(r, ALNUM_L, 30), (["plaid", "client", "id"], H(24)), "read"),
    ("chargebee_full_access_api_key", pre("live_", A(34)), None, "guessed"),
    ("recurly_private_api_key", H(32), None, "guessed"),
    ("dwolla_application_secret", A(50), (["dwolla", "application", "key"], A(50)), "guessed"),
    ("payrix_private_api_key", H(32), None, "guessed"),
    ("gusto_oauth_client_secret", lambda r: b64url_nopad(r, 32), None, "guessed"),
    # proposals and e-signature
    ("docusign_integration_secret", U(), (["docusign", "integration", "key"], U()), "guessed"),
    ("pandadoc_api_key", H(40), None, "read"),
    ("proposify_api_key", A(40), None, "guessed"),
    ("boldsign_api_key", lambda r: b64(r, 33), None, "guessed"),
    # messaging, e-mail, support
    ("twilio_primary_auth_token", H(32), (["twilio", "account", "sid"], pre("AC", H(32))), "believed"),
    ("telnyx_v2_api_key", pre("KEY", lambda r: rand_str(r, URLSAFE, 55)), None, "read"),
    ("signalwire_project_token", pre("PT", H(48)), (["signalwire", "project", "id"], U()), "guessed"),
    ("bandwidth_messaging_api_secret", A(40), None, "guessed"),
    ("messagebird_live_access_key", lambda r: rand_str(r, ALNUM_L, 25), None, "read"),
    ("sendgrid_mail_send_key", lambda r: "SG." + rand_str(r, URLSAFE, 22) + "." + rand_str(r, URLSAFE, 43), None, "read"),
    ("mailgun_private_api_key", pre("key-", H(32)), None, "read"),
    ("brevo_v3_api_key", lambda r: "xkeysib-" + hexs(r, 64) + "-" + rand_str(r, B62, 16), None, "read"),
    ("mailchimp_marketing_api_key", lambda r: hexs(r, 32) + "-us" + str(r.randint(10, 21)), None, "read"),
    ("resend_api_key", lambda r: "re_" + rand_str(r, B62, 8) + "_" + rand_str(r, B62, 24), None, "guessed"),
    ("callrail_api_key", H(32), None, "guessed"),
    ("podium_oauth_client_secret", A(48), None, "guessed"),
    ("birdeye_api_key", A(32), None, "guessed"),
    ("intercom_workspace_access_token", _intercom, None, "read"),
    ("zendesk_api_token", A(40), None, "read"),
    ("freshdesk_api_key", A(20), None, "guessed"),
    ("hubspot_private_app_token", pre("pat-na1-", U()), None, "believed"),
    ("pipedrive_api_token", H(40), None, "read"),
    ("slack_bot_user_token", lambda r: "xoxb-" + rand_str(r, DIGITS, 13) + "-" + rand_str(r, DIGITS, 13) + "-" + rand_str(r, B62, 24), None, "read"),
    ("slack_crew_channel_webhook_url", _slack_hook, None, "read"),
    ("discord_bot_token", _discord_bot, None, "believed"),
    # AI
    ("openai_project_api_key", _openai, None, "read"),
    ("anthropic_claude_api_key", lambda r: "sk-ant-api03-" + rand_str(r, URLSAFE, 93) + "AA", None, "read"),
    ("groq_api_key", pre("gsk_", A(52)), None, "read"),
    ("perplexity_api_key", pre("pplx-", A(48)), None, "read"),
    ("replicate_api_token", pre("r8_", A(37)), None, "read"),
    ("huggingface_user_access_token", pre("hf_", lambda r: rand_str(r, LOWER + UPPER, 34)), None, "read"),
    ("xai_grok_api_key", pre("xai-", lambda r: rand_str(r, B62 + "_", 80)), None, "read"),
    ("google_gemini_server_key", pre("AIza", lambda r: rand_str(r, URLSAFE, 35)), None, "read"),
    ("plant_id_kindwise_api_key", A(50), None, "guessed"),
    ("roboflow_private_api_key", A(20), None, "guessed"),
    # developer and ops
    ("github_classic_pat", github_classic_pat, None, "read"),
    ("gitlab_personal_access_token", pre("glpat-", lambda r: rand_str(r, URLSAFE, 20)), None, "read"),
    ("digitalocean_droplet_api_token", pre("dop_v1_", H(64)), None, "read"),
    ("cloudflare_dns_edit_api_token", lambda r: rand_str(r, URLSAFE, 40), None, "read"),
    ("aws_secret_access_key", _aws_secret, (["aws", "access", "key", "id"], lambda r: "AKIA" + rand_str(r, UPPER + "234567", 16)), "read"),
    ("azure_storage_account_key", lambda r: b64(r, 64), (["azure", "storage", "account"], lambda r: "gbfieldphotos"), "believed"),
    ("heroku_platform_api_key", pre("HRKU-AA", lambda r: rand_str(r, URLSAFE, 58)), None, "read"),
    ("vercel_access_token", A(24), None, "read"),
    ("supabase_service_role_jwt", _supabase, None, "believed"),
    ("datadog_api_key", H(32), None, "believed"),
    ("datadog_application_key", H(40), None, "read"),
    ("sentry_user_auth_token", pre("sntryu_", H(64)), None, "read"),
    ("grafana_service_account_token", lambda r: "glsa_" + rand_str(r, B62, 32) + "_" + hexs(r, 8), None, "read"),
    ("tailscale_api_access_token", _tskey, None, "read"),
    ("postman_api_key", lambda r: "PMAK-" + hexs(r, 24) + "-" + hexs(r, 34), None, "read"),
    ("atlassian_cloud_api_token", _atlassian, None, "read"),
    ("linear_personal_api_key", pre("lin_api_", A(40)), None, "read"),
    ("notion_internal_integration_token", lambda r: "ntn_" + rand_str(r, DIGITS, 11) + rand_str(r, B62, 35), None, "read"),
    ("airtable_personal_access_token", lambda r: "pat" + rand_str(r, B62, 14) + "." + hexs(r, 64), None, "read"),
    ("clickup_personal_api_token", lambda r: "pk_" + rand_str(r, DIGITS, 8) + "_" + rand_str(r, ALNUM_U, 32), None, "believed"),
    ("asana_personal_access_token", _asana, None, "believed"),
    ("shopify_admin_api_access_token", pre("shpat_", H(32)), None, "read"),
    ("terraform_cloud_team_token", lambda r: rand_str(r, B62, 14) + ".atlasv1." + rand_str(r, B62, 67), None, "read"),
    ("bitwarden_sm_machine_access_token", _bitwarden_sm, None, "believed"),
    ("okta_ssws_api_token", pre("00", lambda r: rand_str(r, URLSAFE, 40)), None, "read"),
    ("auth0_application_client_secret", lambda r: b64url_nopad(r, 48), (["auth0", "client", "id"], A(32)), "believed"),
    ("clerk_backend_secret_key", pre("sk_live_", A(40)), None, "guessed"),
    ("algolia_admin_api_key", H(32), (["algolia", "app", "id"], lambda r: rand_str(r, ALNUM_U, 10)), "read"),
    ("rollbar_server_access_token", H(32), None, "believed"),
    ("honeycomb_ingest_api_key", A(22), None, "read"),
    ("circleci_personal_api_token", lambda r: "CCIPAT_" + rand_str(r, B62, 22) + "_" + hexs(r, 40), None, "guessed"),
    ("calendly_personal_access_token", _calendly, None, "believed"),
    ("typeform_personal_token", pre("tfp_", lambda r: rand_str(r, B62 + "_-", 59)), None, "read"),
    ("google_workspace_oauth_secret", pre("GOCSPX-", lambda r: rand_str(r, URLSAFE, 28)), None, "believed"),
    ("intune_graph_app_client_secret", _entra, (["intune", "graph", "tenant", "id"], U()), "read"),
]

STYLES = [
    "lawn_api_dotenv_staging",
    "pest_routes_compose_override_environment",
    "fieldops_helm_values_secret_block",
    "tech_app_eas_secret_create_history",
    "irrigation_cloud_fly_secrets_set_history",
    "billing_worker_gcloud_secrets_add_history",
    "estimator_python_settings_constants",
    "fleet_terraform_variables_auto_tfvars",
    "owner_signal_note_to_self_paste",
    "crew_lead_trello_card_comment",
    "office_manager_bitwarden_json_export",
    "dispatcher_outlook_email_to_msp",
]


def render(style, words, nb):
    """Return a template holding SLOT for the value; nb = (key words, value) or None."""
    up = style_key(words, "upper")
    nk = nv = None
    if nb:
        nk, nv = nb
    if style == "lawn_api_dotenv_staging":
        t = "# .env.staging (lawn-api)\nAPP_ENV=staging\n"
        if nb:
            t += style_key(nk, "upper") + "=" + nv + "\n"
        return t + up + "=" + V + "\nLOG_LEVEL=debug\n"
    if style == "pest_routes_compose_override_environment":
        t = "# docker-compose.override.yml\nservices:\n  pest-routes:\n    environment:\n"
        if nb:
            t += "      " + style_key(nk, "upper") + ": \"" + nv + "\"\n"
        return t + "      " + up + ": \"" + V + "\"\n      TZ: America/Chicago\n"
    if style == "fieldops_helm_values_secret_block":
        t = "# values-prod.yaml\nsecrets:\n  create: true\n  data:\n"
        if nb:
            t += "    " + style_key(nk, "camel") + ": \"" + nv + "\"\n"
        return t + "    " + style_key(words, "camel") + ": \"" + V + "\"\n"
    if style == "tech_app_eas_secret_create_history":
        t = "  512  cd ~/src/tech-app\n"
        if nb:
            t += "  513  eas secret:create --scope project --name " + style_key(nk, "upper") + " --value " + nv + " --type string\n"
        return t + "  514  eas secret:create --scope project --name " + up + " --value " + V + " --type string\n  515  eas build -p android --profile production\n"
    if style == "irrigation_cloud_fly_secrets_set_history":
        t = "$ fly secrets set -a wx-irrigation "
        if nb:
            t += style_key(nk, "upper") + "=" + nv + " "
        return t + up + "=" + V + "\nSecrets are staged for the first deployment\n"
    if style == "billing_worker_gcloud_secrets_add_history":
        t = ""
        if nb:
            t += "gcloud secrets create " + style_key(nk, "kebab") + " --replication-policy=automatic\n"
            t += "printf '%s' '" + nv + "' | gcloud secrets versions add " + style_key(nk, "kebab") + " --data-file=-\n"
        return t + "printf '%s' '" + V + "' | gcloud secrets versions add " + style_key(words, "kebab") + " --data-file=-\n"
    if style == "estimator_python_settings_constants":
        t = "# estimator/settings_local.py  -- not for git\n"
        if nb:
            t += style_key(nk, "upper") + " = \"" + nv + "\"\n"
        return t + up + " = \"" + V + "\"\nMEASURE_UNITS = \"sqft\"\n"
    if style == "fleet_terraform_variables_auto_tfvars":
        t = "# secrets.auto.tfvars\n"
        if nb:
            t += style_key(nk, "snake") + " = \"" + nv + "\"\n"
        return t + style_key(words, "snake") + " = \"" + V + "\"\n"
    if style == "owner_signal_note_to_self_paste":
        t = "Note to Self  9:12 PM\n"
        if nb:
            t += style_key(nk, "spaced") + " " + nv + "\n"
        return t + style_key(words, "spaced") + " " + V + "\n(put in vault tomorrow)\n"
    if style == "crew_lead_trello_card_comment":
        t = "Card: Hook up new vendor integration\nComment by Marco T.:\n"
        if nb:
            t += style_key(nk, "spaced") + " = " + nv + "\n"
        return t + style_key(words, "spaced") + " = " + V + "\nworks from the depot PC, testing on truck 7 next\n"
    if style == "office_manager_bitwarden_json_export":
        t = ("{\n  \"type\": 2,\n  \"name\": \"" + " ".join(w.capitalize() for w in words[:2]) + "\",\n"
             "  \"notes\": null,\n  \"fields\": [\n")
        if nb:
            t += "    { \"name\": \"" + style_key(nk, "title") + "\", \"value\": \"" + nv + "\", \"type\": 0 },\n"
        return t + "    { \"name\": \"" + style_key(words, "title") + "\", \"value\": \"" + V + "\", \"type\": 1 }\n  ]\n}\n"
    if style == "dispatcher_outlook_email_to_msp":
        t = "From: dispatch@greenblade.example\nTo: tickets@msp-helpdesk.example\nSubject: integration keys for the new server\n\nHi team,\n"
        if nb:
            t += style_key(nk, "spaced") + ": " + nv + "\n"
        return t + style_key(words, "spaced") + ": " + V + "\nCan you load these before the 7am route build?\nRita\n"
    raise KeyError(style)


def select(deny_names):
    kept, dropped = [], []
    for c in CANDIDATES:
        (dropped if denied(c[0], deny_names) else kept).append(c)
    return kept[:120], dropped, kept[120:]


def generate(reg, deny_names, start_id):
    rng = random.Random(SEED)
    kept, _, _ = select(deny_names)
    out = []
    for i, (tname, gen, nb, _) in enumerate(kept):
        style = STYLES[i % len(STYLES)]
        nbv = None
        if nb:
            nbv = (nb[0], reg.draw(lambda: nb[1](rng)))
        value = reg.draw(lambda: gen(rng))
        tpl = render(style, tname.split("_"), nbv)
        out.append(make_record("p167-s-%04d" % (start_id + i), "vendor", tname + "__" + style, tname, tpl, value))
    return out

# Order: the world's own vendors first, then a selection of the ops / developer services; the
# weakest guesses are deferred to the unused tail so that more published shapes are kept.
DEFER = {"bell_sensing_iq_api_token", "semios_api_client_secret", "weathermatic_smartlink_api_key",
         "azuga_api_key", "linxup_api_token", "scalefusion_api_key", "esper_enterprise_api_key",
         "payrix_private_api_key", "proposify_api_key", "bandwidth_messaging_api_secret",
         "birdeye_api_key", "accuweather_api_key", "hover_partner_client_secret", "singleops_api_token"}
PROMOTE = ["shopify_admin_api_access_token", "intune_graph_app_client_secret",
           "bitwarden_sm_machine_access_token", "sentry_user_auth_token", "datadog_api_key",
           "grafana_service_account_token", "tailscale_api_access_token", "atlassian_cloud_api_token",
           "notion_internal_integration_token", "airtable_personal_access_token", "postman_api_key",
           "linear_personal_api_key", "terraform_cloud_team_token", "supabase_service_role_jwt"]
_BY = {c[0]: c for c in CANDIDATES}
CANDIDATES = ([c for c in CANDIDATES[:120] if c[0] not in DEFER] + [_BY[n] for n in PROMOTE]
              + [c for c in CANDIDATES[120:] if c[0] not in PROMOTE]
              + [c for c in CANDIDATES[:120] if c[0] in DEFER])
assert len(CANDIDATES) == len(_BY)
