"""Vendor records: one per credential type, 10 airline styles cycled; container <type>__<style>."""
import random, string, json, zlib
from common110 import *

D = string.digits
def H(n): return lambda r: rs(r, HEX, n)
def A(n): return lambda r: rs(r, ALNUM, n)
def L(n): return lambda r: rs(r, LOWNUM, n)
def U(n): return lambda r: rs(r, UPNUM, n)
def P(prefix, f): return lambda r: prefix + f(r)
def OWN(r): return owner_password(r)
def UU(r): return uuid4(r)
def JW(iss): return lambda r: jwt(r, {"alg": "RS256", "typ": "JWT"}, {"iss": iss, "sub": rs(r, LOWNUM, 12), "iat": 1700000000 + r.randint(0, 9999999)})

def rapidapi(r): return rs(r, LOWNUM, 10) + "msh" + rs(r, ALNUM, 15) + "p1" + rs(r, LOWNUM, 6) + "jsn" + rs(r, LOWNUM, 11)
def glsa(r):
    body = rs(r, ALNUM, 32)
    return "glsa_" + body + "_" + format(zlib.crc32(body.encode()), "08x")
def glc(r):
    o = {"o": str(r.randint(100000, 999999)), "n": "stack-" + rs(r, LOWNUM, 6) + "-ops", "k": rs(r, ALNUM, 24), "m": {"r": "prod-eu-west-2"}}
    return "glc_" + base64.b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
def sntrys(r):
    o = {"iat": 1700000000 + r.randint(0, 9999999), "url": "https://sentry.io", "region_url": "https://de.sentry.io", "org": "flightops-" + rs(r, LOWNUM, 4)}
    return "sntrys_" + b64url(json.dumps(o, separators=(",", ":")).encode()) + "_" + rs(r, ALNUM + "+/", 43)
def mapbox_sk(r):
    o = {"u": "opsmaps" + rs(r, LOWNUM, 3), "a": rs(r, LOWNUM, 25)}
    return "sk." + b64url(json.dumps(o, separators=(",", ":")).encode()) + "." + rs(r, B64U, 22)
def asana(r): return "2/" + rs(r, D, 16) + "/" + rs(r, D, 16) + ":" + rs(r, HEX, 32)
def discord_hook(r): return "https://discord.com/api/webhooks/" + str(r.randint(10**17, 10**18 - 1)) + "/" + rs(r, B64U, 68)
def gchat_hook(r): return ("https://chat.googleapis.com/v1/spaces/AAAA" + rs(r, B64U, 7) + "/messages?key=AIzaSy" + rs(r, B64U, 33) + "&token=" + rs(r, B64U, 43))
def msgraph(r): return rs(r, ALNUM, 3) + "8Q~" + rs(r, ALNUM + "_~.-", 34)
def turso(r): return jwt(r, {"alg": "EdDSA", "typ": "JWT"}, {"a": "rw", "iat": 1700000000 + r.randint(0, 9999999), "id": uuid4(r)}, 64)
def license_groups(r): return "-".join(rs(r, UPNUM, 5) for _ in range(5))
def dt0c01(r): return "dt0c01." + rs(r, UPNUM, 24) + "." + rs(r, UPNUM, 64)
def harness(r): return "pat." + rs(r, ALNUM, 22) + "." + rs(r, HEX, 24) + "." + rs(r, ALNUM, 20)
def atlassian(r): return "ATATT3xFfGF0" + rs(r, B64U, 182) + "=" + rs(r, HEX.upper(), 8)
def sk_proj(r): return "sk-proj-" + rs(r, B64U, 74) + "T3BlbkFJ" + rs(r, B64U, 74)
def sk_admin(r): return "sk-ant-admin01-" + rs(r, B64U, 93) + "AA"
def pcsk(r): return "pcsk_" + rs(r, ALNUM, 5) + "_" + rs(r, ALNUM, 62)
def dnkey(r): return "dnkey-" + rs(r, UPNUM, 26) + "-" + rs(r, UPNUM, 52)

V = [
 # aviation world
 ("amadeus_self_service_api_secret", "AMADEUS_CLIENT_SECRET", A(16)),
 ("amadeus_enterprise_soap_wsap_password", "AMADEUS_WSAP_PASSWORD", OWN),
 ("sabre_dev_studio_client_secret", "SABRE_CLIENT_SECRET", A(10)),
 ("sabre_sws_epr_password", "SABRE_EPR_PASSWORD", OWN),
 ("travelport_universal_api_password", "TRAVELPORT_UAPI_PASSWORD", A(14)),
 ("duffel_live_access_token", "DUFFEL_ACCESS_TOKEN", P("duffel_live_", A(43))),
 ("kiwi_tequila_apikey_header", "TEQUILA_APIKEY", A(32)),
 ("flightaware_aeroapi_x_apikey", "AEROAPI_KEY", A(32)),
 ("oag_schedules_apim_subscription_key", "OAG_SUBSCRIPTION_KEY", H(32)),
 ("cirium_flightstats_app_key", "FLIGHTSTATS_APP_KEY", H(32)),
 ("aviationstack_access_key", "AVIATIONSTACK_ACCESS_KEY", H(32)),
 ("aviation_edge_api_key", "AVIATION_EDGE_KEY", lambda r: rs(r, LOWNUM, 6) + "-" + rs(r, LOWNUM, 6)),
 ("airlabs_data_api_key_uuid", "AIRLABS_API_KEY", UU),
 ("adsbexchange_rapidapi_key", "X_RAPIDAPI_KEY", rapidapi),
 ("opensky_network_account_password", "OPENSKY_PASSWORD", OWN),
 ("spire_aviation_stream_token", "SPIRE_AVIATION_TOKEN", A(32)),
 ("flightradar24_api_bearer_pipe", "FR24_API_TOKEN", lambda r: uuid4(r) + "|" + rs(r, ALNUM, 40)),
 ("checkwx_metar_api_key", "CHECKWX_API_KEY", H(32)),
 ("avwx_rest_api_token", "AVWX_TOKEN", lambda r: rs(r, B64U, 43)),
 ("windy_point_forecast_api_key", "WINDY_API_KEY", A(32)),
 ("lufthansa_open_api_client_secret", "LH_OPENAPI_CLIENT_SECRET", A(10)),
 ("afklm_open_data_api_key", "AFKLM_API_KEY", L(24)),
 ("airbus_skywise_foundry_token", "SKYWISE_TOKEN", JW("https://skywise.example-foundry.com/multipass")),
 ("boeing_toolbox_integration_secret", "BOEING_TOOLBOX_SECRET", H(40)),
 ("navblue_flight_planning_api_key", "NAVBLUE_API_KEY", UU),
 ("jeppesen_flitedeck_sync_token", "JEPPESEN_SYNC_TOKEN", A(48)),
 ("lido_flight_api_client_secret", "LIDO_CLIENT_SECRET", A(40)),
 ("collins_arincdirect_api_key", "ARINCDIRECT_API_KEY", H(32)),
 ("honeywell_godirect_client_secret", "GODIRECT_CLIENT_SECRET", A(36)),
 ("sita_flight_info_api_key", "SITA_FLIFO_API_KEY", H(32)),
 ("sita_worldtracer_ws_password", "WORLDTRACER_PASSWORD", OWN),
 ("sita_baggage_api_client_secret", "SITA_BAG_CLIENT_SECRET", A(40)),
 ("amos_webservice_password", "AMOS_WS_PASSWORD", OWN),
 ("trax_emro_api_token", "TRAX_API_TOKEN", lambda r: b64bytes(r, 33)),
 ("ramco_aviation_client_secret_uuid", "RAMCO_CLIENT_SECRET", UU),
 ("veryon_tracking_api_key", "VERYON_API_KEY", A(40)),
 ("traxxall_api_key", "TRAXXALL_API_KEY", H(40)),
 ("camp_systems_api_token", "CAMP_API_TOKEN", A(32)),
 ("rusada_envision_bearer", "ENVISION_BEARER", A(64)),
 ("ifs_maintenix_oidc_client_secret", "MAINTENIX_CLIENT_SECRET", A(32)),
 ("navitaire_dotrez_session_jwt", "DOTREZ_TOKEN", JW("https://dotrez.example-navitaire.com")),
 ("accelya_revenue_api_key", "ACCELYA_API_KEY", A(30)),
 ("pros_offer_marketing_api_secret", "PROS_API_SECRET", H(64)),
 ("atpco_fares_api_key", "ATPCO_API_KEY", A(32)),
 ("inmarsat_datahub_client_secret", "INMARSAT_CLIENT_SECRET", A(32)),
 ("iridium_sbd_messaging_password", "IRIDIUM_SBD_PASSWORD", OWN),
 ("satcom_direct_api_key_uuid", "SATCOM_DIRECT_API_KEY", UU),
 ("gogo_business_aviation_token", "GOGO_API_TOKEN", H(48)),
 ("viasat_inflight_portal_secret", "VIASAT_PORTAL_SECRET", A(40)),
 ("panasonic_avionics_ife_api_key", "IFE_API_KEY", A(24)),
 ("schiphol_flight_api_app_key", "SCHIPHOL_APP_KEY", H(32)),
 ("heathrow_developer_subscription_key", "LHR_SUBSCRIPTION_KEY", H(32)),
 ("fraport_api_bearer_token", "FRAPORT_TOKEN", A(40)),
 ("changi_apim_subscription_key", "CHANGI_APIM_KEY", H(32)),
 ("amadeus_altea_dcs_password", "ALTEA_DCS_PASSWORD", OWN),
 ("goflightlabs_access_key_jwt", "FLIGHTLABS_ACCESS_KEY", JW("https://app.goflightlabs.example")),
 ("faa_swim_scds_jms_password", "SWIM_JMS_PASSWORD", OWN),
 ("eurocontrol_b2b_certificate_passphrase", "NM_B2B_P12_PASSPHRASE", OWN),
 ("aireon_aerodata_api_key", "AIREON_API_KEY", A(40)),
 ("planefinder_client_secret", "PLANEFINDER_SECRET", A(32)),
 ("foreflight_dispatch_api_key", "FOREFLIGHT_API_KEY", H(40)),
 ("rocketroute_api_key", "ROCKETROUTE_KEY", A(32)),
 ("amadeus_airport_aodb_api_key", "AODB_CLOUD_API_KEY", H(40)),
 ("brock_baggage_api_key_uuid", "BROCK_BAGGAGE_KEY", UU),
 ("vanderlande_bag_solutions_token", "VANDERLANDE_TOKEN", A(48)),
 ("icao_api_data_service_key", "ICAO_API_KEY", UU),
 ("tomorrow_io_weather_api_key", "TOMORROW_API_KEY", A(32)),
 ("avinode_api_token", "AVINODE_TOKEN", A(64)),
 ("leon_flight_ops_refresh_token", "LEON_REFRESH_TOKEN", A(64)),
 ("aims_crew_web_service_password", "AIMS_WS_PASSWORD", OWN),
 ("sabre_crew_manager_soap_secret", "CREW_MANAGER_SECRET", H(40)),
 ("jeppesen_crew_pairing_license_key", "CREW_PAIRING_LICENSE", license_groups),
 ("flydocs_records_api_key", "FLYDOCS_API_KEY", A(40)),
 # dev platforms and beyond
 ("digitalocean_pat_dop_v1", "DIGITALOCEAN_TOKEN", P("dop_v1_", H(64))),
 ("doppler_personal_token_dp_pt", "DOPPLER_TOKEN", P("dp.pt.", A(43))),
 ("hashicorp_vault_service_token_hvs", "VAULT_TOKEN", P("hvs.", A(90))),
 ("npm_granular_token_crc", "NPM_TOKEN", lambda r: crc_token(r, "npm_", 30)),
 ("pypi_upload_macaroon", "TWINE_PASSWORD", P("pypi-AgEIcHlwaS5vcmc", lambda r: rs(r, B64U, 70))),
 ("grafana_service_account_glsa", "GRAFANA_SA_TOKEN", glsa),
 ("grafana_cloud_access_policy_glc", "GRAFANA_CLOUD_TOKEN", glc),
 ("new_relic_user_key_nrak", "NEW_RELIC_API_KEY", P("NRAK-", U(27))),
 ("sentry_org_auth_token_sntrys", "SENTRY_AUTH_TOKEN", sntrys),
 ("sentry_user_token_sntryu", "SENTRY_USER_TOKEN", P("sntryu_", H(64))),
 ("atlassian_cloud_api_token_atatt", "JIRA_API_TOKEN", atlassian),
 ("stripe_restricted_key_rk_live", "STRIPE_RESTRICTED_KEY", P("rk_live_", A(99))),
 ("mapbox_secret_token_sk", "MAPBOX_SECRET_TOKEN", mapbox_sk),
 ("contentful_management_token_cfpat", "CONTENTFUL_MANAGEMENT_TOKEN", P("CFPAT-", lambda r: rs(r, B64U, 43))),
 ("databricks_pat_dapi", "DATABRICKS_TOKEN", P("dapi", H(32))),
 ("dynatrace_api_token_dt0c01", "DT_API_TOKEN", dt0c01),
 ("flutterwave_secret_key_flwseck", "FLW_SECRET_KEY", lambda r: "FLWSECK-" + rs(r, HEX, 32) + "-X"),
 ("openai_project_key_sk_proj", "OPENAI_API_KEY", sk_proj),
 ("anthropic_admin_key_admin01", "ANTHROPIC_ADMIN_KEY", sk_admin),
 ("xai_grok_api_key", "XAI_API_KEY", P("xai-", A(80))),
 ("deepseek_api_key_sk_hex", "DEEPSEEK_API_KEY", P("sk-", H(32))),
 ("shippo_live_token", "SHIPPO_API_TOKEN", P("shippo_live_", H(40))),
 ("easypost_production_key_ezak", "EASYPOST_API_KEY", P("EZAK", A(54))),
 ("prefect_cloud_api_key_pnu", "PREFECT_API_KEY", P("pnu_", A(36))),
 ("rubygems_push_api_key", "GEM_HOST_API_KEY", P("rubygems_", H(48))),
 ("nuget_org_api_key_oy2", "NUGET_API_KEY", P("oy2", L(43))),
 ("clojars_deploy_token", "CLOJARS_PASSWORD", P("CLOJARS_", L(60))),
 ("scalingo_api_token_tk_us", "SCALINGO_API_TOKEN", P("tk-us-", lambda r: rs(r, B64U, 48))),
 ("octopus_deploy_api_key", "OCTOPUS_API_KEY", P("API-", U(26))),
 ("harness_personal_access_token", "HARNESS_PAT", harness),
 ("adafruit_io_key_aio", "ADAFRUIT_IO_KEY", P("aio_", A(28))),
 ("defined_networking_api_key_dnkey", "DN_API_KEY", dnkey),
 ("gocardless_live_access_token", "GOCARDLESS_ACCESS_TOKEN", P("live_", lambda r: rs(r, B64U, 40))),
 ("mailchimp_marketing_key_dc_suffix", "MAILCHIMP_API_KEY", lambda r: rs(r, HEX, 32) + "-us14"),
 ("postmark_server_token_uuid", "POSTMARK_SERVER_TOKEN", UU),
 ("netlify_personal_token_nfp", "NETLIFY_AUTH_TOKEN", P("nfp_", A(40))),
 ("jfrog_reference_token_cmvmdgtu", "JFROG_ACCESS_TOKEN", P("cmVmdGtuOjAxOj", A(50))),
 ("huggingface_org_token_api_org", "HF_ORG_TOKEN", P("api_org_", A(34))),
 ("voyage_ai_api_key_pa", "VOYAGE_API_KEY", P("pa-", lambda r: rs(r, B64U, 43))),
 ("pinecone_api_key_pcsk", "PINECONE_API_KEY", pcsk),
 ("elevenlabs_api_key_sk_hex48", "ELEVENLABS_API_KEY", P("sk_", H(48))),
 ("openrouter_api_key_or_v1", "OPENROUTER_API_KEY", P("sk-or-v1-", H(64))),
 ("tavily_search_api_key_tvly", "TAVILY_API_KEY", P("tvly-", A(32))),
 ("langfuse_secret_key_sk_lf", "LANGFUSE_SECRET_KEY", P("sk-lf-", UU)),
 ("twilio_account_auth_token", "TWILIO_AUTH_TOKEN", H(32)),
 ("stytch_project_secret_live", "STYTCH_SECRET", P("secret-live-", lambda r: rs(r, B64U, 36))),
 ("turso_database_auth_jwt", "TURSO_AUTH_TOKEN", turso),
 ("mongodb_atlas_private_api_key", "ATLAS_PRIVATE_KEY", UU),
 ("azure_devops_pat_base32", "AZURE_DEVOPS_EXT_PAT", lambda r: rs(r, "abcdefghijklmnopqrstuvwxyz234567", 52)),
 ("aws_iam_secret_access_key_40", "AWS_SECRET_ACCESS_KEY", lambda r: rs(r, ALNUM + "+/", 40)),
 ("yandex_cloud_api_key_aqvn", "YC_API_KEY", P("AQVN", lambda r: rs(r, B64U, 36))),
 ("asana_personal_access_token", "ASANA_PAT", asana),
 ("pagerduty_rest_api_key", "PAGERDUTY_TOKEN", P("u+", lambda r: rs(r, ALNUM + "_-", 18))),
 ("discord_channel_webhook_url", "DISCORD_WEBHOOK_URL", discord_hook),
 ("google_chat_space_webhook_url", "GCHAT_WEBHOOK_URL", gchat_hook),
 ("entra_id_app_client_secret_8q", "AZURE_CLIENT_SECRET", msgraph),
]

STYLES = [
 ("ops_dotenv_line", "%K%=" + SLOT + "\n"),
 ("crew_app_k8s_secret_stringdata", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: integrations\nstringData:\n  %K%: \"" + SLOT + "\"\n"),
 ("dispatch_shell_export_history", "  512  export %K%='" + SLOT + "'\n  513  ./dispatch-sync --dry-run\n"),
 ("aodb_windows_setx_command", "C:\\aodb> setx %K% \"" + SLOT + "\" /M\n\nSUCCESS: Specified value was saved.\n"),
 ("mro_ansible_vars_plaintext", "---\n%k%: \"" + SLOT + "\"\nmro_site: HAM\n"),
 ("ops_teams_chat_paste_line", "Mika (OCC Systems) 10:12\nhere you go: %K% = " + SLOT + "\n"),
 ("booking_engine_java_static_final", "public static final String %K% = \"" + SLOT + "\";\n"),
 ("airport_gitlab_ci_variables_block", "variables:\n  %K%: \"" + SLOT + "\"\n  STATION: \"CPH\"\n"),
 ("flight_ops_python_os_environ_setdefault", "os.environ.setdefault(\"%K%\", \"" + SLOT + "\")\n"),
 ("efb_backend_terraform_tfvars", "%k% = \"" + SLOT + "\"\nregion = \"eu-central-1\"\n"),
]


def build(seed=11002):
    r = random.Random(seed)
    recs = []
    for i, (t, key, gen) in enumerate(V):
        style, tpl = STYLES[i % len(STYLES)]
        v = gen(r)
        text = tpl.replace("%K%", key).replace("%k%", key.lower())
        text, s, e = fill(text, v)
        recs.append({"type": t, "container": t + "__" + style, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "vendor"})
    return recs
