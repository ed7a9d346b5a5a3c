"""Everyday part: 45 agri container kinds x 4 records, 16 agri span types."""
import random
from common107 import rs, uuid4, owner_password, fill, HEX, ALNUM, LOWNUM, B64URL

SEED = 10701

# type -> (key name, generator)
TYPES = [
    ("agri_farm_erp_postgres_password", "FARM_ERP_DB_PASSWORD", lambda r: owner_password(r)),
    ("agri_irrigation_controller_web_password", "PIVOT_PANEL_ADMIN_PASS", lambda r: owner_password(r)),
    ("agri_grain_elevator_scada_login_password", "ELEVATOR_HMI_PASSWORD", lambda r: owner_password(r)),
    ("agri_cold_store_gateway_password", "COLDROOM_GW_PASSWORD", lambda r: owner_password(r)),
    ("agri_drone_imagery_sftp_password", "DRONE_UPLOAD_SFTP_PASS", lambda r: owner_password(r)),
    ("agri_rtk_caster_mount_password", "RTK_CASTER_PASSWORD", lambda r: owner_password(r)),
    ("agri_deere_ops_center_client_secret", "DEERE_CLIENT_SECRET", lambda r: rs(r, B64URL, 43)),
    ("agri_cnh_fieldops_subscription_key", "CNH_FIELDOPS_OCP_KEY", lambda r: rs(r, HEX, 32)),
    ("agri_fieldview_refresh_token", "FIELDVIEW_REFRESH_TOKEN", lambda r: rs(r, ALNUM, 20) + "." + rs(r, B64URL, 40)),
    ("agri_agworld_api_token", "AGWORLD_API_TOKEN", lambda r: rs(r, LOWNUM, 40)),
    ("agri_weather_station_api_secret", "WEATHERLINK_API_SECRET", lambda r: rs(r, LOWNUM, 32)),
    ("agri_epcis_repository_bearer_token", "EPCIS_REPO_TOKEN", lambda r: "ep_" + rs(r, ALNUM, 40)),
    ("agri_livestock_registry_api_key", "HERD_REGISTRY_API_KEY", lambda r: uuid4(r)),
    ("agri_lorawan_network_server_key", "LNS_API_KEY", lambda r: rs(r, ALNUM, 48)),
    ("agri_satellite_tasking_api_key", "SAT_TASKING_API_KEY", lambda r: rs(r, HEX, 40)),
    ("agri_cold_chain_logger_cloud_token", "LOGGER_CLOUD_TOKEN", lambda r: rs(r, B64URL, 52)),
]

# container kind -> template with {K} (key name) and {V}
C = {
 "irrigation_esp32_secrets_h": '// secrets.h for the pivot valve board\n#pragma once\n#define WIFI_SSID "pumphouse-2g"\n#define {K} "{V}"\n',
 "pivot_panel_node_red_credentials_json": '{"id":"f3a1c2","type":"http request","name":"pivot status","credentials":{"{K}":"{V}"}}',
 "farm_erp_odoo_conf_ini": '[options]\naddons_path = /opt/odoo/addons,/opt/farm/addons\ndb_host = erp-db.example.net\n{K} = {V}\nlist_db = False\n',
 "grain_elevator_plc_gateway_yaml": 'gateway:\n  site: elevator-north\n  modbus_port: 502\n  cloud:\n    {K}: "{V}"\n',
 "feedlot_bunk_reader_java_properties": '# bunk reader uplink\nfeedlot.site=pen-row-c\n{K}={V}\nreader.poll.seconds=30\n',
 "cold_store_telegraf_conf": '[[outputs.http]]\n  url = "https://coldchain.example.org/ingest"\n  [outputs.http.headers]\n    {K} = "{V}"\n',
 "drone_mission_dji_msdk_gradle_properties": 'org.gradle.jvmargs=-Xmx2g\nAIRCRAFT_MODEL=M3M\n{K}={V}\n',
 "agronomy_shiny_renviron": 'R_LIBS_USER=~/R/agronomy\n{K}={V}\nTZ=America/Chicago\n',
 "yield_map_qgis_python_console": '>>> import os\n>>> os.environ["{K}"] = "{V}"\n>>> iface.addVectorLayer(path, "yield_2024", "ogr")\n',
 "sprayer_rate_controller_toml": '[controller]\nboom_sections = 12\n[uplink]\n{K} = "{V}"\n',
 "dairy_parlour_windows_service_config_xml": '<configuration>\n  <appSettings>\n    <add key="ParlourId" value="rotary-40"/>\n    <add key="{K}" value="{V}"/>\n  </appSettings>\n</configuration>',
 "ag_marketplace_nuxt_runtime_config_ts": 'export default defineNuxtConfig({\n  runtimeConfig: {\n    {K}: "{V}",\n    public: { region: "midwest" }\n  }\n})\n',
 "traceability_spring_boot_application_yml": 'spring:\n  application:\n    name: epcis-capture\ntrace:\n  {K}: {V}\n',
 "weather_ingest_deno_env_ts": 'export const config = {\n  stationIds: [4411, 4412],\n  {K}: "{V}",\n};\n',
 "satellite_tiler_nomad_job_hcl": 'job "ndvi-tiler" {\n  group "api" {\n    task "tiler" {\n      env {\n        {K} = "{V}"\n      }\n    }\n  }\n}\n',
 "lorawan_chirpstack_integration_toml": '[integration.http]\nevent_endpoint_url = "https://soilprobe.example.com/uplink"\n[integration.http.headers]\n{K} = "{V}"\n',
 "greenhouse_climate_home_assistant_rest_yaml": 'rest:\n  - resource: https://greenhouse.example.net/api/zones\n    headers:\n      {K}: "{V}"\n    scan_interval: 120\n',
 "farm_app_capacitor_config_json": '{\n  "appId": "net.example.scout",\n  "plugins": {"Fieldsync": {"{K}": "{V}"}}\n}',
 "agronomist_field_notes_markdown": '## Field 14 visit\nCanopy closure about 80 %. For the API pull use {K} {V} until Nick rotates it.\n',
 "co_op_it_teams_chat_paste": '[09:12] Marta (co-op IT): here is the thing you asked for\n[09:12] Marta (co-op IT): {K} = {V}\n[09:13] Dev: thanks, got it\n',
 "elevator_scale_ticket_helpdesk_email": 'Subject: scale house sync broken again\n\nHi support,\nthe ticket printer stopped syncing. Config shows {K}: {V}\nCan you check on your side?\n',
 "harvest_ops_jira_comment": 'Reproduced on combine 7 data. Creds from the shared sheet ({K}={V}) still work, so it is not auth.\n',
 "agritech_github_issue_env_dump": '### Environment\n```\nNODE_ENV=production\n{K}={V}\nFIELD_CACHE=redis\n```\n',
 "livestock_scale_python_traceback": 'Traceback (most recent call last):\n  File "weigh.py", line 88, in push\n    resp = post(url, headers={"{K}": "{V}"})\nrequests.exceptions.ConnectTimeout: timed out\n',
 "grain_bin_monitor_systemd_dropin": '[Service]\nEnvironment="BIN_SITE=east-yard"\nEnvironment="{K}={V}"\n',
 "cold_chain_reefer_aws_sam_template_yaml": 'Resources:\n  ReeferIngest:\n    Type: AWS::Serverless::Function\n    Properties:\n      Environment:\n        Variables:\n          {K}: {V}\n',
 "farm_dashboard_vite_env_local": 'VITE_MAP_STYLE=satellite\n{K}={V}\n',
 "soil_lab_lims_excel_named_cell_export": 'Name,RefersTo\nLabCode,=Config!$B$2\n{K},="{V}"\n',
 "crop_model_julia_startup_jl": 'ENV["JULIA_NUM_THREADS"] = "8"\nENV["{K}"] = "{V}"\n',
 "rtk_base_station_raspberry_bashrc": 'alias rtk="sudo systemctl restart str2str"\nexport {K}=\'{V}\'\n',
 "orchard_sensor_micronaut_yml": 'micronaut:\n  application:\n    name: orchard-sense\nsensors:\n  {K}: "{V}"\n',
 "vineyard_app_expo_app_config_js": 'export default {\n  name: "VineScout",\n  extra: { {K}: "{V}" },\n};\n',
 "milk_quality_cron_mail_log": 'From: cron@dairy-box\nSubject: Cron <farm@dairy-box> /opt/mq/push.sh\n\n+ curl -s -H "{K}: {V}" https://mq.example.org/upload\n',
 "seed_inventory_kotlin_buildconfig_field": 'android {\n  defaultConfig {\n    buildConfigField "String", "{K}", "\\"{V}\\""\n  }\n}\n',
 "precision_ag_ansible_host_vars_yml": '---\nansible_host: 10.20.4.17\nfarm_role: edge\n{K}: "{V}"\n',
 "agri_data_pipeline_prefect_block_json": '{"block_type": "secret", "name": "field-feed", "data": {"{K}": "{V}"}}',
 "grain_marketing_elixir_runtime_exs": 'import Config\nconfig :grain_desk, :feeds,\n  {K}: "{V}"\n',
 "food_safety_audit_confluence_table": '| System | Owner | Note |\n|---|---|---|\n| Trace portal | QA | {K} {V} |\n',
 "irrigation_scheduler_quarkus_properties": 'quarkus.http.port=8081\nirrigation.{K}={V}\n',
 "livestock_app_flutter_launch_json": '{"configurations":[{"name":"herd","request":"launch","type":"dart","args":["--dart-define={K}={V}"]}]}',
 "weather_station_esphome_yaml": 'esphome:\n  name: field-mast-3\nsubstitutions:\n  {K}: "{V}"\n',
 "farm_vpn_router_mikrotik_script_comment": '# field office router backup\n/interface bridge add name=barn\n# TODO move out of config: {K} {V}\n',
 "agtech_pr_review_comment": 'Please do not hardcode this. Line 42 has `{K} = "{V}"` in plain text.\n',
 "crop_insurance_claim_zap_webhook_json": '{"zap":"claim-sync","steps":[{"app":"webhooks","headers":{"{K}":"{V}"}}]}',
 "harvest_logistics_dotnet_user_secrets_json": '{\n  "Logistics:Region": "plains",\n  "Logistics:{K}": "{V}"\n}',
}


def generate():
    rng = random.Random(SEED)
    recs = []
    kinds = sorted(C)
    n_types = len(TYPES)
    i = 0
    for ki, kind in enumerate(kinds):
        for j in range(4):
            tname, key, gen = TYPES[(ki * 4 + j * 5 + ki) % n_types]
            v = gen(rng)
            tpl = C[kind].replace("{K}", key)
            text, s, e = fill(tpl, v)
            recs.append({"type": tname, "container": kind, "text": text,
                         "secrets": [{"value": v, "start": s, "end": e, "type": tname}], "source": "everyday"})
            i += 1
    return recs


KINDS = sorted(C)
TYPE_NAMES = [t[0] for t in TYPES]
