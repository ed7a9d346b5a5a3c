"""Vendor token types for the water-utility world and beyond (p128)."""
from common128 import *
U = string.ascii_uppercase
B32 = string.ascii_uppercase + "234567"
LO = string.ascii_lowercase + string.digits

def V(rng, spec):
    kind = spec[0]
    if kind == "hex": return rhex(rng, spec[1])
    if kind == "HEX": return rhex(rng, spec[1], upper=True)
    if kind == "al": return rs(rng, spec[1])
    if kind == "lo": return rs(rng, spec[1], LO)
    if kind == "uuid": return ruuid(rng)
    if kind == "b64": return rb64(rng, spec[1])
    if kind == "pw": return owner_pw(rng)
    if kind == "pre": return spec[1] + V(rng, spec[2])
    if kind == "cat": return "".join(x if isinstance(x, str) else V(rng, x) for x in spec[1])
    if kind == "mapbox":
        return "sk." + b64u_json({"u": "utility-gis", "a": rs(rng, 25, LO)}) + "." + rs(rng, 22, AL + "-_")
    if kind == "tg": return str(rng.randint(100000000, 8999999999)) + ":AA" + rs(rng, 33, AL + "-_")
    raise KeyError(kind)

# (type, key name used in container, spec)
T = [
("esri_arcgis_location_api_key_aapk", "ARCGIS_API_KEY", ("pre", "AAPK", ("al", 100))),
("esri_arcgis_developer_credential_secret", "ARCGIS_CLIENT_SECRET", ("hex", 32)),
("mapbox_secret_access_token_sk", "MAPBOX_SECRET_TOKEN", ("mapbox",)),
("aveva_pi_web_api_service_password", "PIWEBAPI_SERVICE_PASSWORD", ("pw",)),
("aveva_connect_client_secret", "AVEVA_CONNECT_CLIENT_SECRET", ("b64", 32)),
("inductive_automation_ignition_api_token", "IGNITION_API_TOKEN", ("cat", [("lo", 8), ":", ("al", 43)])),
("schneider_geo_scada_web_password", "GEOSCADA_WEB_PASSWORD", ("pw",)),
("trihedral_vtscada_thin_client_secret", "VTSCADA_THIN_CLIENT_SECRET", ("HEX", 40)),
("rockwell_factorytalk_hub_api_key", "FTHUB_API_KEY", ("al", 48)),
("seeq_data_lab_access_key_secret", "SEEQ_ACCESS_KEY_PASSWORD", ("al", 40)),
("canary_labs_historian_api_token", "CANARY_API_TOKEN", ("uuid",)),
("sensus_flexnet_rni_api_password", "FLEXNET_RNI_PASSWORD", ("pw",)),
("itron_openway_riva_api_secret", "ITRON_RIVA_API_SECRET", ("b64", 36)),
("kamstrup_utility_management_api_key", "KAMSTRUP_UM_API_KEY", ("hex", 48)),
("neptune_360_integration_token", "NEPTUNE360_TOKEN", ("al", 64)),
("badger_beacon_eye_api_secret", "BEACON_API_SECRET", ("cat", [("al", 32), ".", ("al", 16)])),
("aclara_star_network_api_key", "ACLARA_STAR_API_KEY", ("HEX", 32)),
("mueller_sentryx_client_secret", "SENTRYX_CLIENT_SECRET", ("lo", 48)),
("diehl_metering_izar_key", "IZAR_PLATFORM_KEY", ("HEX", 32)),
("zenner_element_iot_api_key", "ELEMENT_IOT_API_KEY", ("lo", 40)),
("xylem_vue_api_key", "XYLEM_VUE_API_KEY", ("uuid",)),
("grundfos_ireplace_partner_secret", "GRUNDFOS_PARTNER_SECRET", ("hex", 40)),
("flygt_app_pump_telemetry_token", "FLYGT_TELEMETRY_TOKEN", ("al", 56)),
("hach_claros_api_secret", "CLAROS_API_SECRET", ("b64", 30)),
("hach_wims_service_password", "WIMS_SERVICE_PASSWORD", ("pw",)),
("aquatic_informatics_aquarius_password", "AQUARIUS_PASSWORD", ("pw",)),
("kisters_wiski_kiwis_api_key", "KIWIS_API_KEY", ("hex", 32)),
("innovyze_info360_api_key", "INFO360_API_KEY", ("al", 44)),
("bentley_openflows_itwin_client_secret", "ITWIN_CLIENT_SECRET", ("cat", [("lo", 20), "-", ("lo", 20)])),
("cityworks_service_token", "CITYWORKS_TOKEN", ("b64", 45)),
("cartegraph_oms_api_key", "CARTEGRAPH_API_KEY", ("hex", 36)),
("ibm_maximo_application_suite_api_key", "MAS_API_KEY", ("lo", 26)),
("trimble_unity_client_secret", "UNITY_CLIENT_SECRET", ("al", 40)),
("oracle_ccb_web_service_password", "CCB_WS_PASSWORD", ("pw",)),
("sap_isu_rfc_user_password", "SAP_ISU_RFC_PASSWD", ("pw",)),
("tyler_incode_utility_billing_api_key", "INCODE_API_KEY", ("HEX", 40)),
("centralsquare_utility_api_secret", "CENTRALSQUARE_SECRET", ("al", 32)),
("paymentus_api_key", "PAYMENTUS_API_KEY", ("hex", 64)),
("invoicecloud_biller_api_key", "INVOICECLOUD_API_KEY", ("b64", 24)),
("kubra_iq_storm_center_api_key", "KUBRA_API_KEY", ("lo", 32)),
("everbridge_api_password", "EVERBRIDGE_PASSWORD", ("pw",)),
("onsolve_codered_api_token", "CODERED_API_TOKEN", ("al", 50)),
("rave_mobile_safety_api_key", "RAVE_API_KEY", ("uuid",)),
("smart_energy_water_portal_secret", "SEW_PORTAL_SECRET", ("hex", 40)),
("watersmart_software_api_token", "WATERSMART_API_TOKEN", ("al", 40)),
("ayyeka_wavelet_api_key", "AYYEKA_API_KEY", ("cat", [("lo", 24), ".", ("al", 32)])),
("telog_enterprise_api_password", "TELOG_PASSWORD", ("pw",)),
("mission_communications_api_key", "MISSION_API_KEY", ("HEX", 32)),
("fluksaqua_platform_token", "FLUKSAQUA_TOKEN", ("al", 48)),
("gutermann_zonescan_cloud_key", "ZONESCAN_KEY", ("hex", 32)),
("syrinix_pipeminder_api_secret", "PIPEMINDER_SECRET", ("b64", 33)),
("fracta_pipe_risk_api_key", "FRACTA_API_KEY", ("lo", 40)),
("utilis_satellite_leak_api_key", "UTILIS_API_KEY", ("uuid",)),
("echologics_epulse_api_token", "EPULSE_TOKEN", ("hex", 40)),
("pipelogix_inspection_license_key", "PIPELOGIX_LICENSE", ("cat", [("HEX", 5), "-", ("HEX", 5), "-", ("HEX", 5), "-", ("HEX", 5)])),
("wincan_web_api_token", "WINCAN_TOKEN", ("al", 44)),
("itpipes_cloud_client_secret", "ITPIPES_CLIENT_SECRET", ("lo", 36)),
("ttn_things_stack_api_key_nnsxs", "TTS_API_KEY", ("cat", ["NNSXS.", ("rsB32", 39), ".", ("rsB32", 52)])),
("chirpstack_api_token_jwt", "CHIRPSTACK_API_TOKEN", ("jwtcs",)),
("particle_cloud_access_token", "PARTICLE_ACCESS_TOKEN", ("hex", 40)),
("soracom_auth_key_secret", "SORACOM_AUTH_KEY", ("pre", "secret-", ("al", 64))),
("hologram_device_api_key", "HOLOGRAM_API_KEY", ("al", 32)),
("sierra_airvantage_client_secret", "AIRVANTAGE_CLIENT_SECRET", ("hex", 32)),
("digi_remote_manager_api_key_secret", "DRM_API_KEY_SECRET", ("hex", 64)),
("moxa_aig_cloud_token", "MOXA_AIG_TOKEN", ("al", 40)),
("senet_lorawan_api_key", "SENET_API_KEY", ("hex", 32)),
("tomorrow_io_weather_api_key", "TOMORROW_API_KEY", ("al", 32)),
("openweathermap_api_key", "OWM_API_KEY", ("hex", 32)),
("dtn_weather_client_secret", "DTN_CLIENT_SECRET", ("al", 64)),
("meteomatics_api_password", "METEOMATICS_PASSWORD", ("al", 10)),
("usgs_water_data_api_key", "USGS_API_KEY", ("al", 40)),
("noaa_cdo_web_service_token", "NOAA_CDO_TOKEN", ("al", 32)),
("heremaps_location_api_key", "HERE_API_KEY", ("al", 43)),
("ordnance_survey_data_hub_key", "OS_DATA_HUB_KEY", ("al", 32)),
("what3words_api_key", "W3W_API_KEY", ("HEX", 8)),
("telegram_bot_api_token", "TELEGRAM_BOT_TOKEN", ("tg",)),
("pushover_application_token", "PUSHOVER_APP_TOKEN", ("lo", 30)),
("plivo_auth_token", "PLIVO_AUTH_TOKEN", ("al", 40)),
("vonage_api_secret", "VONAGE_API_SECRET", ("al", 16)),
("messagebird_live_access_key", "MESSAGEBIRD_ACCESS_KEY", ("al", 25)),
("sinch_service_plan_api_token", "SINCH_API_TOKEN", ("hex", 32)),
("clicksend_api_key", "CLICKSEND_API_KEY", ("HEX", 36)),
("textmagic_api_v2_key", "TEXTMAGIC_API_KEY", ("al", 30)),
("mailgun_private_api_key", "MAILGUN_API_KEY", ("cat", ["key-", ("hex", 32)])),
("postmark_account_token", "POSTMARK_ACCOUNT_TOKEN", ("uuid",)),
("mailjet_secret_key", "MAILJET_SECRET_KEY", ("hex", 32)),
("sparkpost_api_key", "SPARKPOST_API_KEY", ("hex", 40)),
("pulumi_access_token_pul", "PULUMI_ACCESS_TOKEN", ("pre", "pul-", ("hex", 40))),
("terraform_cloud_user_token_atlasv1", "TFE_TOKEN", ("cat", [("al", 14), ".atlasv1.", ("al", 67)])),
("postman_api_key_pmak", "POSTMAN_API_KEY", ("cat", ["PMAK-", ("hex", 24), "-", ("hex", 34)])),
("supabase_management_token_sbp", "SUPABASE_ACCESS_TOKEN", ("pre", "sbp_", ("hex", 40))),
("planetscale_password_pscale_pw", "PLANETSCALE_PASSWORD", ("pre", "pscale_pw_", ("al", 43))),
("flyio_access_token_fo1", "FLY_API_TOKEN", ("pre", "fo1_", ("al", 43))),
("render_api_key_rnd", "RENDER_API_KEY", ("pre", "rnd_", ("al", 32))),
("databricks_personal_token_dapi", "DATABRICKS_TOKEN", ("pre", "dapi", ("hex", 32))),
("sonarqube_user_token_squ", "SONAR_TOKEN", ("pre", "squ_", ("hex", 40))),
("buildkite_agent_token", "BUILDKITE_AGENT_TOKEN", ("lo", 50)),
("buildkite_user_token_bkua", "BUILDKITE_API_TOKEN", ("pre", "bkua_", ("hex", 40))),
("circleci_personal_api_token", "CIRCLE_TOKEN", ("hex", 40)),
("codecov_upload_token", "CODECOV_TOKEN", ("uuid",)),
("prefect_cloud_api_key_pnu", "PREFECT_API_KEY", ("pre", "pnu_", ("al", 36))),
("age_secret_key_bech32", "AGE_IDENTITY", ("cat", ["AGE-SECRET-KEY-1", ("rsBECH", 58)])),
("tailscale_auth_key_tskey", "TS_AUTHKEY", ("cat", ["tskey-auth-k", ("al", 11), "CNTRL-", ("al", 33)])),
("ngrok_authtoken", "NGROK_AUTHTOKEN", ("cat", ["2", ("al", 26), "_", ("al", 21)])),
("infracost_api_key_ico", "INFRACOST_API_KEY", ("pre", "ico-", ("al", 32))),
("snyk_api_token", "SNYK_TOKEN", ("uuid",)),
("honeycomb_ingest_key", "HONEYCOMB_API_KEY", ("cat", ["hcaik_", ("lo", 58)])),
("fastly_api_token", "FASTLY_API_TOKEN", ("al", 32)),
("linode_personal_access_token", "LINODE_TOKEN", ("hex", 64)),
("vultr_api_key", "VULTR_API_KEY", ("rsU", 36)),
("hetzner_storage_box_password", "STORAGEBOX_PASSWORD", ("pw",)),
("backblaze_b2_application_key", "B2_APPLICATION_KEY", ("cat", ["K00", ("al", 28)])),
("wasabi_secret_access_key", "WASABI_SECRET_KEY", ("al", 40)),
("minio_root_secret_key", "MINIO_ROOT_PASSWORD", ("al", 40)),
("influxdb_cloud_api_token", "INFLUX_TOKEN", ("cat", [("b64", 63)])),
("timescale_cloud_service_password", "TSDB_PASSWORD", ("lo", 16)),
("questdb_rest_api_token", "QUESTDB_TOKEN", ("pre", "qt", ("al", 43))),
("emqx_cloud_app_secret", "EMQX_APP_SECRET", ("al", 32)),
("hivemq_cloud_credential_password", "HIVEMQ_PASSWORD", ("pw",)),
("thingsboard_device_access_token", "TB_ACCESS_TOKEN", ("al", 20)),
("ubidots_api_token", "UBIDOTS_TOKEN", ("pre", "BBFF-", ("al", 30))),
("losant_application_api_token", "LOSANT_API_TOKEN", ("jwtlos",)),
("kepware_config_api_password", "KEPWARE_CONFIG_PASSWORD", ("pw",)),
("opto22_groov_api_key", "GROOV_API_KEY", ("al", 32)),
("red_lion_crimson_cloud_key", "CRIMSON_CLOUD_KEY", ("hex", 32)),
("ewon_talk2m_developer_id", "T2M_DEVELOPER_ID", ("uuid",)),
("cisco_meraki_dashboard_api_key", "MERAKI_API_KEY", ("hex", 40)),
("fortinet_fortigate_rest_api_key", "FORTIGATE_API_KEY", ("al", 30)),
("claroty_xdome_api_token", "XDOME_API_TOKEN", ("b64", 48)),
("dragos_platform_api_secret", "DRAGOS_API_SECRET", ("hex", 64)),
("nozomi_vantage_key_token", "VANTAGE_KEY_TOKEN", ("al", 44)),
]
STYLES = [
("scada_gateway_jython_constant", "# gateway event script\n{K} = \"{V}\"\nlogger = system.util.getLogger('integration')\n"),
("telemetry_flow_credentials_json", "{\n  \"node\": \"http-request\",\n  \"credentials\": {\"{K}\": \"{V}\"}\n}\n"),
("historian_bridge_app_config_add", "<appSettings>\n  <add key=\"{K}\" value=\"{V}\" />\n</appSettings>\n"),
("gis_toolbox_python_module_const", "import arcpy\n{K} = '{V}'\n"),
("rtu_firmware_c_header_define", "#pragma once\n#define {K} \"{V}\"\n"),
("leak_analytics_hocon_conf", "integrations {\n  {K} = \"{V}\"\n}\n"),
("outage_notifier_systemd_environment_file", "# /etc/outage-notifier/env\n{K}={V}\n"),
("pump_station_lua_config_table", "return {\n  {K} = \"{V}\",\n  poll = 30,\n}\n"),
("asset_registry_nix_flake_setting", "services.assetSync.settings.{K} = \"{V}\";\n"),
("control_room_teams_paste_line", "[14:02] ops-desk: can someone check the feed, using {K} {V} from the old runbook\n"),
]

def gen(rng, spec):
    k = spec[0]
    if k == "rsB32": return rs(rng, spec[1], B32)
    if k == "rsBECH": return rs(rng, spec[1], "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L")
    if k == "rsU": return rs(rng, spec[1], U + string.digits)
    if k == "jwtcs": return jwt(rng, {"aud": "chirpstack", "iss": "chirpstack", "sub": ruuid(rng), "typ": "key"})
    if k == "jwtlos": return jwt(rng, {"sub": rhex(rng, 24), "scope": ["all.Application"], "iss": "api.losant.com"})
    if k == "cat": return "".join(x if isinstance(x, str) else gen(rng, x) for x in spec[1])
    if k == "pre": return spec[1] + gen(rng, spec[2])
    return V(rng, spec)

def build(rng, deny_words, target=120):
    out, dropped, kept = [], [], []
    for i, (t, key, spec) in enumerate(T):
        first = t.split("_")[0]
        if first in deny_words:
            dropped.append(t); continue
        if len(kept) >= target: break
        style, tpl = STYLES[len(kept) % len(STYLES)]
        v = gen(rng, spec)
        text, s, e = place(tpl, v, K=key)
        out.append({"type": t, "container": t + "__" + style, "text": text, "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "vendor"})
        kept.append(t)
    return out, dropped, [s for s, _ in STYLES]
