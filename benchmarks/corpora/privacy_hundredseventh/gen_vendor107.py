"""Vendor part: one record per vendor credential type, 12 agri styles cycled."""
import random, string
from common107 import rs, uuid4, owner_password, fill, jwt, crc32_b62, HEX, HEXU, ALNUM, LOWNUM, UPNUM, B64URL, B64

SEED = 10702
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _tts(r):
    return "NNSXS." + rs(r, B32, 39) + "." + rs(r, B32, 52)


def _gho(r):
    body = rs(r, ALNUM, 30)
    return "gho_" + body + crc32_b62(body)


def _age(r):
    return "AGE-SECRET-KEY-1" + rs(r, BECH.upper(), 58)


def _leaf(r):
    return jwt(r, {"alg": "HS512"}, {"sub": "leaf-" + rs(r, LOWNUM, 8), "auth": "ROLE_USER", "exp": 1893456000 + r.randint(0, 9999999)}, 64)


def _earthdata(r):
    return jwt(r, {"typ": "JWT", "origin": "Earthdata Login", "sig": "edlj", "alg": "RS256"},
               {"type": "User", "uid": "agro" + rs(r, LOWNUM, 6), "exp": 1790000000 + r.randint(0, 9999999), "iat": 1760000000, "iss": "https://urs.earthdata.nasa.gov"}, 96)


def _chirp(r):
    return jwt(r, {"alg": "HS256", "typ": "JWT"}, {"aud": "chirpstack", "iss": "chirpstack", "sub": uuid4(r), "typ": "key"}, 32)


V = [
 # agri platforms and machinery clouds
 ("deere_ops_center_oauth_client_secret", "JOHN_DEERE_CLIENT_SECRET", lambda r: rs(r, B64URL, 43)),
 ("cnh_industrial_fieldops_client_secret", "CNH_CLIENT_SECRET", lambda r: rs(r, ALNUM, 40)),
 ("agco_fuse_connect_api_secret", "AGCO_FUSE_SECRET", lambda r: rs(r, HEX, 64)),
 ("climate_fieldview_oauth_client_secret", "FIELDVIEW_CLIENT_SECRET", lambda r: rs(r, ALNUM, 64)),
 ("climate_fieldview_partner_api_key", "FIELDVIEW_X_API_KEY", lambda r: rs(r, ALNUM, 40)),
 ("trimble_agriculture_data_client_secret", "TRIMBLE_AG_CLIENT_SECRET", lambda r: uuid4(r)),
 ("raven_slingshot_access_key_secret", "SLINGSHOT_ACCESS_SECRET", lambda r: rs(r, B64, 40)),
 ("agleader_agfiniti_api_secret", "AGFINITI_API_SECRET", lambda r: rs(r, HEX, 48)),
 ("agworld_partner_api_token_v1", "AGWORLD_TOKEN", lambda r: rs(r, LOWNUM, 32)),
 ("granular_insights_api_secret", "GRANULAR_API_SECRET", lambda r: rs(r, ALNUM, 36)),
 ("farmers_edge_fcp_client_secret", "FARMERSEDGE_CLIENT_SECRET", lambda r: rs(r, B64URL, 48)),
 ("leaf_agriculture_bearer_jwt_hs512", "LEAF_API_TOKEN", _leaf),
 ("cropwise_operations_api_key", "CROPWISE_API_KEY", lambda r: uuid4(r)),
 ("farmbrite_account_api_key", "FARMBRITE_API_KEY", lambda r: rs(r, HEX, 40)),
 ("agriwebb_graphql_client_secret", "AGRIWEBB_CLIENT_SECRET", lambda r: rs(r, ALNUM, 48)),
 ("bushel_grain_api_client_secret", "BUSHEL_CLIENT_SECRET", lambda r: rs(r, B64URL, 40)),
 ("barchart_ondemand_api_key", "BARCHART_ONDEMAND_KEY", lambda r: rs(r, HEX, 32)),
 ("dtn_content_services_api_key", "DTN_API_KEY", lambda r: rs(r, ALNUM, 32)),
 ("usda_nass_quickstats_api_key", "NASS_QS_KEY", lambda r: uuid4(r).upper()),
 ("usda_ams_mymarketnews_api_key", "MMN_API_KEY", lambda r: rs(r, ALNUM, 32)),
 ("cropx_soil_api_client_secret", "CROPX_CLIENT_SECRET", lambda r: rs(r, ALNUM, 40)),
 ("arable_mark_api_key", "ARABLE_API_KEY", lambda r: rs(r, LOWNUM, 40)),
 ("semios_partner_api_token", "SEMIOS_TOKEN", lambda r: rs(r, HEX, 40)),
 ("lindsay_fieldnet_api_key", "FIELDNET_API_KEY", lambda r: rs(r, UPNUM, 32)),
 ("valley_365_integration_secret", "VALLEY365_SECRET", lambda r: rs(r, B64, 44)),
 ("rachio_public_api_bearer_uuid", "RACHIO_API_KEY", lambda r: uuid4(r)),
 ("hydrawise_account_api_key", "HYDRAWISE_API_KEY", lambda r: rs(r, HEXU, 16) + "-" + rs(r, HEXU, 16)[:4]),
 ("bhyve_orbit_api_key", "BHYVE_ORBIT_API_KEY", lambda r: rs(r, ALNUM, 28)),
 ("hortau_irrolock_api_key", "HORTAU_API_KEY", lambda r: rs(r, HEX, 32)),
 ("netafim_growsphere_client_secret", "GROWSPHERE_CLIENT_SECRET", lambda r: rs(r, B64URL, 40)),
 ("davis_weatherlink_v2_api_secret", "WEATHERLINK_V2_SECRET", lambda r: rs(r, LOWNUM, 32)),
 ("ambient_weather_application_key", "AMBIENT_APPLICATION_KEY", lambda r: rs(r, HEX, 64)),
 ("weatherflow_tempest_personal_token", "TEMPEST_TOKEN", lambda r: uuid4(r)),
 ("visual_crossing_weather_key", "VISUALCROSSING_KEY", lambda r: rs(r, UPNUM, 25)),
 ("weatherbit_io_api_key", "WEATHERBIT_KEY", lambda r: rs(r, HEX, 32)),
 ("weatherapi_com_key", "WEATHERAPI_COM_KEY", lambda r: rs(r, HEX, 31)),
 ("accuweather_core_api_key", "ACCUWEATHER_APIKEY", lambda r: rs(r, ALNUM, 32)),
 ("xweather_aeris_client_secret", "AERIS_CLIENT_SECRET", lambda r: rs(r, ALNUM, 40)),
 ("meteoblue_package_api_key", "METEOBLUE_KEY", lambda r: rs(r, ALNUM, 16)),
 ("openmeteo_commercial_api_key", "OPENMETEO_APIKEY", lambda r: rs(r, ALNUM, 24)),
 ("planet_data_api_key_plak", "PL_API_KEY", lambda r: "PLAK" + rs(r, HEX, 32)),
 ("sentinel_hub_oauth_client_secret", "SH_CLIENT_SECRET", lambda r: rs(r, ALNUM + "+,<>~:", 40).replace(",", "x")),
 ("copernicus_cds_api_uid_key", "CDSAPI_KEY", lambda r: uuid4(r)),
 ("nasa_earthdata_user_token_jwt", "EARTHDATA_TOKEN", _earthdata),
 ("up42_project_api_key", "UP42_PROJECT_API_KEY", lambda r: rs(r, ALNUM, 40)),
 ("eos_data_analytics_api_key", "EOSDA_API_KEY", lambda r: "apk." + rs(r, HEX, 64)),
 ("maxar_mgp_api_key", "MAXAR_API_KEY", lambda r: rs(r, HEX, 64)),
 ("airbus_oneatlas_api_key", "ONEATLAS_API_KEY", lambda r: rs(r, B64URL, 86)),
 ("dronedeploy_api_key", "DRONEDEPLOY_API_KEY", lambda r: rs(r, HEX, 32)),
 ("dji_developer_app_key", "DJI_APP_KEY", lambda r: rs(r, HEX, 24)),
 ("pix4d_cloud_client_secret", "PIX4D_CLIENT_SECRET", lambda r: rs(r, ALNUM, 64)),
 ("agremo_analytics_api_token", "AGREMO_TOKEN", lambda r: rs(r, ALNUM, 40)),
 ("sentera_fieldagent_api_token", "SENTERA_TOKEN", lambda r: rs(r, B64URL, 44)),
 ("the_things_stack_api_key_nnsxs", "TTS_API_KEY", _tts),
 ("chirpstack_v4_api_token_jwt", "CHIRPSTACK_API_TOKEN", _chirp),
 ("helium_console_api_key", "HELIUM_CONSOLE_KEY", lambda r: rs(r, B64, 43) + "="),
 ("particle_cloud_access_token", "PARTICLE_ACCESS_TOKEN", lambda r: rs(r, HEX, 40)),
 ("blynk_device_auth_token", "BLYNK_AUTH_TOKEN", lambda r: rs(r, B64URL, 32)),
 ("monnit_imonnit_api_secret", "IMONNIT_API_SECRET", lambda r: rs(r, B64, 64)),
 ("tive_tracker_api_key", "TIVE_API_KEY", lambda r: rs(r, ALNUM, 48)),
 ("roambee_honeycomb_api_key", "ROAMBEE_API_KEY", lambda r: rs(r, HEX, 40)),
 ("sensitech_coldstream_client_secret", "COLDSTREAM_CLIENT_SECRET", lambda r: uuid4(r)),
 ("controlant_platform_api_secret", "CONTROLANT_SECRET", lambda r: rs(r, B64URL, 48)),
 ("emerson_oversight_api_key", "OVERSIGHT_API_KEY", lambda r: rs(r, UPNUM, 40)),
 ("foodlogiq_connect_api_token", "FOODLOGIQ_TOKEN", lambda r: rs(r, HEX, 64)),
 ("tracegains_supplier_api_key", "TRACEGAINS_KEY", lambda r: rs(r, ALNUM, 32)),
 ("ifoodds_trace_exchange_secret", "IFOODDS_SECRET", lambda r: rs(r, ALNUM, 40)),
 ("gs1_us_datahub_api_key", "GS1_DATAHUB_KEY", lambda r: rs(r, HEX, 32)),
 ("verified_by_gs1_subscription_key", "VBG_SUBSCRIPTION_KEY", lambda r: rs(r, HEX, 32)),
 ("ripe_io_blockchain_api_secret", "RIPE_API_SECRET", lambda r: rs(r, B64URL, 43)),
 ("te_food_partner_api_key", "TEFOOD_API_KEY", lambda r: rs(r, UPNUM, 30)),
 ("datamars_livestock_api_key", "DATAMARS_API_KEY", lambda r: rs(r, ALNUM, 40)),
 ("allflex_sense_hub_token", "ALLFLEX_HUB_TOKEN", lambda r: rs(r, HEX, 48)),
 ("cattleeye_partner_api_key", "CATTLEEYE_KEY", lambda r: rs(r, LOWNUM, 36)),
 ("ceres_tag_portal_client_secret", "CERESTAG_CLIENT_SECRET", lambda r: rs(r, ALNUM, 52)),
 ("lely_horizon_api_secret", "LELY_HORIZON_SECRET", lambda r: rs(r, B64URL, 40)),
 ("delaval_delpro_integration_key", "DELPRO_INTEGRATION_KEY", lambda r: uuid4(r)),
 ("afimilk_afifarm_api_password", "AFIFARM_API_PASSWORD", lambda r: owner_password(r)),
 ("mymarketnews_portal_password", "AMS_PORTAL_PASSWORD", lambda r: owner_password(r)),
 ("cme_datamine_api_password", "CME_DATAMINE_PASSWORD", lambda r: owner_password(r)),
 ("ntrip_caster_rtk2go_password", "RTK2GO_PASSWORD", lambda r: owner_password(r)),
 ("agrimetrics_graphql_subscription_key", "AGRIMETRICS_KEY", lambda r: rs(r, HEX, 32)),
 ("indigo_carbon_partner_secret", "INDIGO_PARTNER_SECRET", lambda r: rs(r, ALNUM, 48)),
 ("nutrien_ag_hub_client_secret", "NUTRIEN_HUB_CLIENT_SECRET", lambda r: rs(r, B64URL, 40)),
 ("precision_planting_panorama_key", "PANORAMA_API_KEY", lambda r: rs(r, ALNUM, 36)),
 ("topcon_agriculture_api_secret", "TOPCON_AG_SECRET", lambda r: rs(r, HEX, 40)),
 ("taranis_partner_api_token", "TARANIS_TOKEN", lambda r: rs(r, ALNUM, 64)),
 ("farmos_oauth_client_secret", "FARMOS_CLIENT_SECRET", lambda r: rs(r, B64URL, 32)),
 ("isobus_aef_db_upload_token", "AEF_DB_TOKEN", lambda r: rs(r, HEX, 40)),
 # beyond agri (shapes from public rule sets / memory)
 ("adobe_io_client_secret_p8e", "ADOBE_CLIENT_SECRET", lambda r: "p8e-" + rs(r, ALNUM, 32)),
 ("airtable_personal_access_token_pat", "AIRTABLE_PAT", lambda r: "pat" + rs(r, ALNUM, 14) + "." + rs(r, HEX, 64)),
 ("alibaba_cloud_access_key_id_ltai", "ALIBABA_ACCESS_KEY_ID", lambda r: "LTAI" + rs(r, ALNUM, 20)),
 ("age_encryption_secret_key", "AGE_IDENTITY", _age),
 ("github_oauth_app_token_gho", "GH_OAUTH_TOKEN", _gho),
 ("gitlab_personal_access_token_glpat", "GITLAB_TOKEN", lambda r: "glpat-" + rs(r, ALNUM + "-_", 20)),
 ("linear_personal_api_key", "LINEAR_API_KEY", lambda r: "lin_api_" + rs(r, ALNUM, 40)),
 ("pulumi_access_token_pul", "PULUMI_ACCESS_TOKEN", lambda r: "pul-" + rs(r, HEX, 40)),
 ("postman_api_key_pmak", "POSTMAN_API_KEY", lambda r: "PMAK-" + rs(r, HEX, 24) + "-" + rs(r, HEX, 34)),
 ("shopify_admin_access_token_shpat", "SHOPIFY_ADMIN_TOKEN", lambda r: "shpat_" + rs(r, HEX, 32)),
 ("hubspot_private_app_token_pat", "HUBSPOT_ACCESS_TOKEN", lambda r: "pat-na1-" + uuid4(r)),
 ("notion_integration_secret_ntn", "NOTION_TOKEN", lambda r: "ntn_" + rs(r, ALNUM, 46)),
 ("figma_personal_access_token_figd", "FIGMA_TOKEN", lambda r: "figd_" + rs(r, B64URL, 40)),
 ("huggingface_user_access_token", "HF_TOKEN", lambda r: "hf_" + rs(r, ALNUM, 34)),
 ("replicate_api_token_r8", "REPLICATE_API_TOKEN", lambda r: "r8_" + rs(r, ALNUM, 37)),
 ("groq_cloud_api_key_gsk", "GROQ_API_KEY", lambda r: "gsk_" + rs(r, ALNUM, 52)),
 ("perplexity_api_key_pplx", "PPLX_API_KEY", lambda r: "pplx-" + rs(r, ALNUM, 48)),
 ("langsmith_personal_key_lsv2", "LANGSMITH_API_KEY", lambda r: "lsv2_pt_" + rs(r, HEX, 32) + "_" + rs(r, HEX, 10)),
 ("supabase_management_token_sbp", "SUPABASE_ACCESS_TOKEN", lambda r: "sbp_" + rs(r, HEX, 40)),
 ("planetscale_db_password_pscale", "PLANETSCALE_PASSWORD", lambda r: "pscale_pw_" + rs(r, B64URL, 43)),
 ("sendgrid_mail_api_key_sg", "SENDGRID_API_KEY", lambda r: "SG." + rs(r, B64URL, 22) + "." + rs(r, B64URL, 43)),
 ("mailersend_api_token_mlsn", "MAILERSEND_API_TOKEN", lambda r: "mlsn." + rs(r, HEX, 64)),
 ("twilio_api_key_secret_pair", "TWILIO_API_SECRET", lambda r: rs(r, ALNUM, 32)),
 ("telegram_bot_api_token", "TELEGRAM_BOT_TOKEN", lambda r: str(r.randint(1000000000, 7999999999)) + ":AA" + rs(r, B64URL, 33)),
 ("tailscale_api_access_token", "TS_API_KEY", lambda r: "tskey-api-" + rs(r, ALNUM, 17) + "-" + rs(r, ALNUM, 33)),
 ("terraform_cloud_user_token_atlasv1", "TFE_TOKEN", lambda r: rs(r, ALNUM, 14) + ".atlasv1." + rs(r, ALNUM, 67)),
 ("sonarqube_user_token_squ", "SONAR_TOKEN", lambda r: "squ_" + rs(r, HEX, 40)),
 ("buildkite_agent_api_token_bkua", "BUILDKITE_API_TOKEN", lambda r: "bkua_" + rs(r, HEX, 40)),
 ("circleci_personal_token_ccipat", "CIRCLECI_TOKEN", lambda r: "CCIPAT_" + rs(r, ALNUM, 22) + "_" + rs(r, HEX, 40)),
 ("fly_io_deploy_token_fo1", "FLY_API_TOKEN", lambda r: "fo1_" + rs(r, B64URL, 43)),
 ("algolia_admin_api_key_hex32", "ALGOLIA_ADMIN_KEY", lambda r: rs(r, HEX, 32)),
 ("mistral_la_plateforme_api_key", "MISTRAL_API_KEY", lambda r: rs(r, ALNUM, 32)),
 ("cohere_production_api_key", "CO_API_KEY", lambda r: rs(r, ALNUM, 40)),
]

STYLES = {
 "farm_erp_dotenv_entry": "# farm ERP integration\nAPP_ENV=production\n{K}={V}\n",
 "precision_ag_helm_values_secret": "secrets:\n  create: true\n  values:\n    {K}: \"{V}\"\nreplicaCount: 2\n",
 "irrigation_node_shell_export": "$ export {K}=\"{V}\"\n$ node pivot-sync.js --farm 118\n",
 "elevator_scada_ini_key": "[CloudLink]\nSite=Elevator-South\n{K}={V}\nRetry=5\n",
 "cold_chain_lambda_env_map": "{\n  \"FunctionName\": \"reefer-telemetry\",\n  \"Environment\": {\"Variables\": {\"{K}\": \"{V}\"}}\n}",
 "traceability_spring_yaml_property": "integration:\n  provider:\n    {K}: {V}\n    timeout: 20s\n",
 "satellite_ingest_airflow_variable_json": "{\"ndvi_pipeline\": {\"bbox\": [-97.1, 40.2, -96.8, 40.5], \"{K}\": \"{V}\"}}",
 "agronomy_notebook_os_environ_line": "In [3]: os.environ[\"{K}\"] = \"{V}\"\nIn [4]: fields = load_fields(\"north_block\")\n",
 "livestock_app_flutter_env_json": "{\n  \"HERD_API_BASE\": \"https://herd.example.com\",\n  \"{K}\": \"{V}\"\n}",
 "co_op_slack_paste_line": "jordan 10:41  ok new creds for the integration, {K}={V} (please move to vault later)\n",
 "agtech_github_actions_env_block": "jobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n      {K}: {V}\n",
 "grain_desk_php_config_array": "<?php\nreturn [\n    'provider' => [\n        '{K}' => '{V}',\n    ],\n];\n",
}


def generate():
    rng = random.Random(SEED)
    recs = []
    styles = list(STYLES)
    for i, (t, key, gen) in enumerate(V):
        style = styles[i % len(styles)]
        v = gen(rng)
        text, s, e = fill(STYLES[style].replace("{K}", key), v)
        recs.append({"type": t, "container": t + "__" + style, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "vendor"})
    return recs


TYPE_NAMES = [v[0] for v in V]
STYLE_NAMES = list(STYLES)
