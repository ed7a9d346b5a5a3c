"""Vendor token types (field-service world and beyond), each in a realistic container style."""
import random
from common130 import *

BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
def _polymod(values):
    gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3]
    chk = 1
    for v in values:
        b = chk >> 25
        chk = (chk & 0x1ffffff) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((b >> i) & 1) else 0
    return chk
def age_key(r):
    hrp = "age-secret-key-"
    data = [r.randrange(32) for _ in range(52)]
    exp = [ord(x) >> 5 for x in hrp] + [0] + [ord(x) & 31 for x in hrp]
    pm = _polymod(exp + data + [0] * 6) ^ 1
    chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
    return (hrp + "1" + "".join(BECH[d] for d in data + chk)).upper()

def A(n): return lambda r: rs(r, ALNUM, n)
def H(n): return lambda r: hx(r, n)
def P(pre, alpha, n): return lambda r: pre + rs(r, alpha, n)
U = lambda r: uuid4(r)
OW = lambda r: owner_pw(r)

V = [
 ("servicetitan_app_client_secret", P("cs1.", LOWNUM, 50), "ST_CLIENT_SECRET"),
 ("servicetitan_app_key", P("ak1.", LOWNUM, 40), "ST_APP_KEY"),
 ("jobber_app_client_secret", H(64), "JOBBER_CLIENT_SECRET"),
 ("housecallpro_api_key", H(32), "HCP_API_KEY"),
 ("fieldedge_partner_api_secret", A(40), "FIELDEDGE_SECRET"),
 ("simpro_oauth_client_secret", A(48), "SIMPRO_CLIENT_SECRET"),
 ("servicem8_api_key", P("smk-", LOWNUM + "-", 40), "SERVICEM8_API_KEY"),
 ("tradify_integration_token", A(44), "TRADIFY_TOKEN"),
 ("fergus_api_token", P("fgs_", ALNUM, 40), "FERGUS_API_TOKEN"),
 ("commusoft_api_password", OW, "COMMUSOFT_API_PASSWORD"),
 ("joblogic_client_secret", U, "JOBLOGIC_CLIENT_SECRET"),
 ("bigchange_api_key", U, "BIGCHANGE_KEY"),
 ("workiz_api_secret", P("sec_", ALNUM, 32), "WORKIZ_API_SECRET"),
 ("kickserv_account_api_token", H(40), "KICKSERV_TOKEN"),
 ("servicefusion_client_secret", A(32), "SERVICEFUSION_CLIENT_SECRET"),
 ("successware_api_password", OW, "SUCCESSWARE_PASSWORD"),
 ("serviceautopilot_api_key", A(36), "SAP_API_KEY"),
 ("gorilladesk_api_token", A(48), "GORILLADESK_TOKEN"),
 ("fieldpulse_api_key", H(40), "FIELDPULSE_API_KEY"),
 ("zuper_api_key", H(64), "ZUPER_API_KEY"),
 ("companycam_access_token", A(43), "COMPANYCAM_TOKEN"),
 ("ecobee_app_api_key", A(32), "ECOBEE_API_KEY"),
 ("ecobee_refresh_token", A(43), "ECOBEE_REFRESH_TOKEN"),
 ("googlenest_sdm_oauth_client_secret", P("GOCSPX-", ALNUM + "-_", 28), "NEST_SDM_CLIENT_SECRET"),
 ("resideo_consumer_secret", A(16), "RESIDEO_CONSUMER_SECRET"),
 ("tado_account_password", OW, "TADO_PASSWORD"),
 ("netatmo_client_secret", A(40), "NETATMO_CLIENT_SECRET"),
 ("viessmann_vicare_client_id_secret", H(32), "VICARE_CLIENT_SECRET"),
 ("sensibo_api_key", A(30), "SENSIBO_API_KEY"),
 ("daikin_onecta_client_secret", A(64), "ONECTA_CLIENT_SECRET"),
 ("rheem_econet_account_password", OW, "ECONET_PASSWORD"),
 ("mitsubishi_kumo_cloud_password", OW, "KUMO_PASSWORD"),
 ("smartthings_personal_access_token", U, "SMARTTHINGS_TOKEN"),
 ("shelly_cloud_auth_key", lambda r: rs(r, ALNUM, 60) + "==", "SHELLY_AUTH_KEY"),
 ("tuya_iot_access_secret", H(32), "TUYA_ACCESS_SECRET"),
 ("ferguson_partner_api_key", A(32), "FERGUSON_API_KEY"),
 ("grainger_punchout_shared_secret", A(24), "GRAINGER_PUNCHOUT_SECRET"),
 ("johnstonesupply_api_token", H(40), "JOHNSTONE_TOKEN"),
 ("winsupply_edi_password", OW, "WINSUPPLY_EDI_PASSWORD"),
 ("wolseley_trade_api_key", U, "WOLSELEY_API_KEY"),
 ("screwfix_trade_api_secret", A(40), "SCREWFIX_API_SECRET"),
 ("samsara_api_token", P("samsara_api_", ALNUM, 30), "SAMSARA_API_TOKEN"),
 ("geotab_mygeotab_password", OW, "GEOTAB_PASSWORD"),
 ("verizonconnect_reveal_api_password", OW, "REVEAL_API_PASSWORD"),
 ("motive_api_key", U, "MOTIVE_API_KEY"),
 ("fleetio_api_token", H(40), "FLEETIO_TOKEN"),
 ("azuga_api_key", A(32), "AZUGA_API_KEY"),
 ("gpsinsight_api_token", A(40), "GPSINSIGHT_TOKEN"),
 ("teletracnavman_api_secret", A(48), "TELETRAC_SECRET"),
 ("webfleet_api_password", OW, "WEBFLEET_PASSWORD"),
 ("smartcar_client_secret", U, "SMARTCAR_CLIENT_SECRET"),
 ("thumbtack_partner_client_secret", A(40), "THUMBTACK_CLIENT_SECRET"),
 ("angi_leads_api_key", U, "ANGI_LEADS_KEY"),
 ("podium_oauth_client_secret", A(64), "PODIUM_CLIENT_SECRET"),
 ("birdeye_api_key", A(32), "BIRDEYE_API_KEY"),
 ("nicejob_api_token", A(40), "NICEJOB_TOKEN"),
 ("broadly_api_key", H(32), "BROADLY_KEY"),
 ("calltrackingmetrics_dummy", H(1), "X"),
 ("xero_webhook_signing_key", b64l := (lambda r: b64(r, 48)), "XERO_WEBHOOK_KEY"),
 ("freshbooks_client_secret", H(64), "FRESHBOOKS_CLIENT_SECRET"),
 ("sage_accounting_client_secret", A(40), "SAGE_CLIENT_SECRET"),
 ("wave_full_access_token", A(30), "WAVE_ACCESS_TOKEN"),
 ("gocardless_dummy", H(1), "X"),
 ("adyen_api_key_aqe", lambda r: "AQE" + rs(r, ALNUM, 2) + "h" + rs(r, ALNUM, 20) + "+" + rs(r, ALNUM, 40) + "=-" + b64(r, 24).rstrip("=") + "=-" + rs(r, ALNUM, 20), "ADYEN_API_KEY"),
 ("checkoutcom_secret_key", P("sk_sbox_", LOWNUM, 28), "CKO_SECRET_KEY"),
 ("plaid_secret", H(30), "PLAID_SECRET"),
 ("wisetack_api_key", A(40), "WISETACK_API_KEY"),
 ("affirm_private_api_key", A(32), "AFFIRM_PRIVATE_KEY"),
 ("twilio_api_key_secret", A(32), "TWILIO_API_SECRET"),
 ("telnyx_api_key", lambda r: "KEY" + rs(r, UPNUM, 32) + "_" + rs(r, ALNUM, 22), "TELNYX_API_KEY"),
 ("vonage_api_secret", A(16), "VONAGE_API_SECRET"),
 ("sendgrid_api_key", lambda r: "SG." + rs(r, ALNUM + "-_", 22) + "." + rs(r, ALNUM + "-_", 43), "SENDGRID_API_KEY"),
 ("mailgun_private_api_key", lambda r: hx(r, 32) + "-" + hx(r, 8) + "-" + hx(r, 8), "MAILGUN_API_KEY"),
 ("resend_api_key", P("re_", ALNUM + "_", 32), "RESEND_API_KEY"),
 ("mapbox_secret_token", lambda r: "sk.eyJ1Ijoi" + rs(r, ALNUM, 40) + "." + rs(r, ALNUM + "-_", 22), "MAPBOX_SECRET_TOKEN"),
 ("here_platform_api_key", A(43), "HERE_API_KEY"),
 ("tomtom_api_key", A(32), "TOMTOM_API_KEY"),
 ("routific_api_token", lambda r: jwt(r, {"_id": hx(r, 24), "iat": 1700000000 + r.randint(0, 9999999)}), "ROUTIFIC_TOKEN"),
 ("onfleet_api_key", H(32), "ONFLEET_API_KEY"),
 ("gitlab_personal_access_token", P("glpat-", ALNUM + "-_", 20), "GITLAB_TOKEN"),
 ("gitlab_pipeline_trigger_token", P("glptt-", HEXL, 40), "GITLAB_TRIGGER_TOKEN"),
 ("github_app_installation_token_ghs", lambda r: gh_token(r, "ghs_"), "GH_INSTALL_TOKEN"),
 ("github_refresh_token_ghr", lambda r: "ghr_" + rs(r, ALNUM, 76), "GH_REFRESH_TOKEN"),
 ("slack_bot_token_xoxb", lambda r: "xoxb-" + str(r.randint(10**11, 10**12 - 1)) + "-" + str(r.randint(10**12, 10**13 - 1)) + "-" + rs(r, ALNUM, 24), "SLACK_BOT_TOKEN"),
 ("slack_incoming_webhook_url", lambda r: "https://hooks.slack.com/services/T" + rs(r, UPNUM, 10) + "/B" + rs(r, UPNUM, 10) + "/" + rs(r, ALNUM, 24), "SLACK_WEBHOOK"),
 ("shopify_admin_access_token_shpat", P("shpat_", HEXL, 32), "SHOPIFY_ADMIN_TOKEN"),
 ("linear_api_key", P("lin_api_", ALNUM, 40), "LINEAR_API_KEY"),
 ("notion_integration_token_ntn", P("ntn_", ALNUM, 46), "NOTION_TOKEN"),
 ("figma_personal_token_figd", P("figd_", ALNUM + "-_", 40), "FIGMA_TOKEN"),
 ("postman_api_key_pmak", lambda r: "PMAK-" + hx(r, 24) + "-" + hx(r, 34), "POSTMAN_API_KEY"),
 ("supabase_personal_token_sbp", P("sbp_", HEXL, 40), "SUPABASE_ACCESS_TOKEN"),
 ("planetscale_password_pscale_pw", P("pscale_pw_", ALNUM + "_", 43), "PLANETSCALE_DB_PASSWORD"),
 ("flyio_deploy_token", lambda r: "FlyV1 fm2_" + b64(r, 60, False, False).replace("/", "_").replace("+", "-"), "FLY_API_TOKEN"),
 ("scalingo_api_token", P("tk-us-", ALNUM + "-_", 48), "SCALINGO_API_TOKEN"),
 ("dockerhub_personal_token_dckr_pat", P("dckr_pat_", ALNUM + "-_", 27), "DOCKERHUB_TOKEN"),
 ("terraform_cloud_token_atlasv1", lambda r: rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67), "TFC_TOKEN"),
 ("databricks_pat_dapi", lambda r: "dapi" + hx(r, 32), "DATABRICKS_TOKEN"),
 ("circleci_personal_token_ccipat", lambda r: "CCIPAT_" + rs(r, ALNUM, 22) + "_" + hx(r, 40), "CIRCLECI_TOKEN"),
 ("snyk_api_token", U, "SNYK_TOKEN"),
 ("codecov_upload_token", U, "CODECOV_TOKEN"),
 ("okta_api_token_ssws", lambda r: "00" + rs(r, ALNUM + "-_", 40), "OKTA_API_TOKEN"),
 ("auth0_management_client_secret", A(64), "AUTH0_CLIENT_SECRET"),
 ("clerk_secret_key", P("sk_live_", ALNUM, 40), "CLERK_SECRET_KEY"),
 ("expo_access_token", A(40), "EXPO_TOKEN"),
 ("firebase_fcm_legacy_server_key", lambda r: "AAAA" + rs(r, ALNUM + "-_", 7) + ":APA91b" + rs(r, ALNUM + "-_", 134), "FCM_SERVER_KEY"),
 ("onepassword_service_account_token", lambda r: "ops_eyJ" + b64(r, 220, False, False), "OP_SERVICE_ACCOUNT_TOKEN"),
 ("onepassword_account_secret_key", lambda r: "A3-" + rs(r, UPNUM, 6) + "-" + rs(r, UPNUM, 6) + "-" + rs(r, UPNUM, 5) + "-" + rs(r, UPNUM, 5) + "-" + rs(r, UPNUM, 5) + "-" + rs(r, UPNUM, 5), "OP_SECRET_KEY"),
 ("age_x25519_identity", age_key, "SOPS_AGE_KEY"),
 ("adobe_pdf_services_client_secret", P("p8e-", LOWNUM, 32), "ADOBE_CLIENT_SECRET"),
 ("anthropic_api_key", lambda r: "sk-ant-api03-" + rs(r, ALNUM + "-_", 93) + "AA", "ANTHROPIC_API_KEY"),
 ("groq_api_key", P("gsk_", ALNUM, 52), "GROQ_API_KEY"),
 ("replicate_api_token", P("r8_", ALNUM, 37), "REPLICATE_API_TOKEN"),
 ("perplexity_api_key", P("pplx-", ALNUM, 48), "PPLX_API_KEY"),
 ("langsmith_api_key", lambda r: "lsv2_pt_" + hx(r, 32) + "_" + hx(r, 10), "LANGSMITH_API_KEY"),
 ("pinecone_api_key", P("pcsk_", ALNUM, 70), "PINECONE_API_KEY"),
 ("dropbox_short_lived_token", P("sl.", ALNUM + "-_", 138), "DROPBOX_TOKEN"),
 ("docusign_dummy", H(1), "X"),
 ("jotform_api_key", H(32), "JOTFORM_API_KEY"),
 ("pandadoc_dummy", H(1), "X"),
 ("aws_iot_core_secret_access_key", lambda r: rs(r, ALNUM + "/+", 40), "AWS_SECRET_ACCESS_KEY"),
 ("azure_iot_hub_shared_access_key", lambda r: b64(r, 32), "IOTHUB_SHARED_ACCESS_KEY"),
 ("particle_access_token", H(40), "PARTICLE_TOKEN"),
 ("hivemq_cloud_password", OW, "HIVEMQ_PASSWORD"),
 ("procore_oauth_client_secret", H(64), "PROCORE_CLIENT_SECRET"),
 ("jobnimbus_api_key", A(32), "JOBNIMBUS_API_KEY"),
 ("acculynx_api_key", U, "ACCULYNX_API_KEY"),
 ("vonigo_api_password", OW, "VONIGO_PASSWORD"),
 ("servicetrade_api_password", OW, "SERVICETRADE_PASSWORD"),
 ("fieldaware_api_token", H(32), "FIELDAWARE_TOKEN"),
 ("praxedo_webservice_password", OW, "PRAXEDO_WS_PASSWORD"),
 ("kizeoforms_api_token", lambda r: "KF" + rs(r, ALNUM, 38), "KIZEO_TOKEN"),
 ("connecteam_api_key", U, "CONNECTEAM_API_KEY"),
 ("deputy_permanent_token", H(32), "DEPUTY_TOKEN"),
 ("homebase_api_key", A(40), "HOMEBASE_API_KEY"),
 ("buildertrend_integration_secret", A(48), "BUILDERTREND_SECRET"),
 ("markate_api_token", A(36), "MARKATE_TOKEN"),
]
V = [x for x in V if x[2] != "X"]

STYLES = [
 ("fieldops_docker_compose_environment", "services:\n  dispatch-api:\n    image: fieldops/dispatch:4.2\n    environment:\n      {k}: \"{v}\"\n"),
 ("tech_app_github_actions_env_block", "jobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      {k}: {v}\n"),
 ("dispatch_terraform_tfvars_line", "region = \"eu-west-2\"\n{kl} = \"{v}\"\n"),
 ("scheduler_python_dotenv_load_fallback", "import os\n{k} = os.getenv(\"{k}\", \"{v}\")\n"),
 ("trades_slack_huddle_notes_paste", "huddle notes 14:10 - integration is live on staging, {k}={v}, rotate after go-live\n"),
 ("field_backend_csharp_appsettings_json", "{\n  \"Integrations\": {\n    \"{k}\": \"{v}\"\n  }\n}\n"),
 ("route_worker_kotlin_companion_const", "companion object {\n    const val {k} = \"{v}\"\n}\n"),
 ("thermostat_bridge_node_config_js", "module.exports = {\n  {kl}: '{v}',\n  pollSeconds: 60,\n};\n"),
 ("van_gateway_supervisord_environment", "[program:vanlink]\ncommand=/opt/vanlink/bin/agent\nenvironment={k}=\"{v}\"\n"),
 ("quoting_tool_php_config_array", "<?php\nreturn [\n    '{kl}' => '{v}',\n];\n"),
]

def build(seed=13002):
    r = random.Random(seed)
    out = []
    for i, (t, gen, key) in enumerate(V):
        kind, tmpl = STYLES[(3 * i) % len(STYLES)]
        v = gen(r)
        text, s, e = fill(tmpl, v, extra={"k": key, "kl": key.lower()})
        out.append({"type": t, "container": t + "__" + kind, "text": text,
                    "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "vendor"})
    return out
