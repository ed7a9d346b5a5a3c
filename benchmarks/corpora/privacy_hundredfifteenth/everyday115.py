"""Everyday containers from oil, gas, mining and pipeline-operations developer work."""
import random
from common115 import SLOT, owner_pw, gen_spec, place, rstr, AN, HEX, jwt, b64, uuid4

V = SLOT
TYPES = [  # (span type, key name, generator)
    ("ogm_pi_web_api_service_password", "PIWEBAPI_SVC_PASSWORD", lambda r: owner_pw(r)),
    ("ogm_witsml_store_basic_password", "WITSML_STORE_PASSWORD", lambda r: owner_pw(r)),
    ("ogm_dnp3_secure_auth_update_key", "DNP3_SA_UPDATE_KEY", lambda r: rstr(r, HEX, 32)),
    ("ogm_leak_detection_api_token", "LDS_API_TOKEN", lambda r: "lds_" + rstr(r, AN, 36)),
    ("ogm_haul_dispatch_client_secret", "DISPATCH_CLIENT_SECRET", lambda r: rstr(r, AN, 48)),
    ("ogm_reservoir_sim_queue_token", "SIMQ_TOKEN", lambda r: b64(r, 30)),
    ("ogm_field_ticket_bearer_jwt", "FIELD_TICKET_JWT", lambda r: jwt(r, "https://tickets.fieldsvc.example.com", aud="field-ticket-api")),
    ("ogm_hse_incident_webhook_secret", "HSE_WEBHOOK_SECRET", lambda r: rstr(r, HEX, 64)),
    ("ogm_opcua_client_cert_passphrase", "OPCUA_PFX_PASSPHRASE", lambda r: owner_pw(r)),
    ("ogm_sparkplug_broker_password", "SPARKPLUG_MQTT_PASSWORD", lambda r: owner_pw(r)),
    ("ogm_seismic_bucket_secret_key", "SEISMIC_S3_SECRET_KEY", lambda r: rstr(r, AN + "+/", 40)),
    ("ogm_fleet_telematics_api_key", "TELEMATICS_API_KEY", lambda r: uuid4(r).replace("-", "") + rstr(r, HEX, 8)),
]

KINDS = [
    ("pi_af_analysis_service_config_xml", '<appSettings>\n  <add key="PIServer" value="pi-hist01.plant.example.com"/>\n  <add key="@K@" value="' + V + '"/>\n</appSettings>'),
    ("witsml_etp_client_appsettings_json", '{\n  "Etp": { "Endpoint": "wss://etp.rig42.example.net/etp", "Timeout": 30 },\n  "@K@": "' + V + '"\n}'),
    ("ignition_gateway_script_python", '# Gateway timer script - tag sync\nsystem.util.getLogger("sync").info("start")\n@K@ = "' + V + '"\nsystem.tag.writeBlocking(["[default]Sync/Enabled"], [True])'),
    ("kepware_iot_gateway_ini", '[IoTGateway]\nAgent=mqtt_rtu_7\nBroker=tcp://10.40.2.15:1883\n@K@=' + V + '\n'),
    ("node_red_scada_bridge_settings_js", 'module.exports = {\n    uiPort: 1880,\n    // TODO move to credential store\n    @K@: "' + V + '",\n    flowFile: "scada_bridge.json"\n};'),
    ("leak_detection_rtt_model_yaml", 'segment: LINE-07A\nmodel: rtt_transient\nalarm_threshold_pct: 1.5\nintegration:\n  @K@: ' + V + '\n'),
    ("haul_dispatch_spring_application_properties", 'dispatch.fleet.site=pit-north\ndispatch.cycle.refresh=15s\n@K@=' + V + '\n'),
    ("fleet_telematics_golang_config_go", 'package config\n\nconst (\n\tPollSeconds = 30\n\t@K@ = "' + V + '"\n)'),
    ("petrel_plugin_csharp_const", 'namespace Geo.PetrelSync\n{\n    internal static class Secrets\n    {\n        internal const string @K@ = "' + V + '";\n    }\n}'),
    ("reservoir_sim_slurm_batch_script", '#!/bin/bash\n#SBATCH --job-name=hist_match_p50\n#SBATCH --nodes=4\nexport @K@=' + V + '\nsrun flow CASE_P50.DATA'),
    ("seismic_processing_madagascar_sconstruct", "from rsf.proj import *\nimport os\nos.environ['@K@'] = '" + V + "'\nFetch('line_204.segy', 'survey')\nEnd()"),
    ("field_ticket_rails_database_yml", 'production:\n  adapter: postgresql\n  database: field_tickets\n  @K@: "' + V + '"\n'),
    ("hse_incident_powerapps_flow_json", '{"definition": {"actions": {"Notify_HSE": {"type": "Http", "inputs": {"headers": {"@K@": "' + V + '"}}}}}}'),
    ("drilling_report_excel_power_query_m", 'let\n    Key = "' + V + '",  // @K@\n    Source = Json.Document(Web.Contents("https://ddr.example.com/api/reports", [Headers=[Authorization=Key]]))\nin\n    Source'),
    ("mud_logging_labview_ini", '[MudLogger]\ngas_chromatograph.port=COM4\n@K@="' + V + '"\n'),
    ("mine_plan_deswik_script_vb", "' Deswik macro - export schedule\nDim @K@ As String = \"" + V + "\"\nCall ExportSchedule(\"LOM_2027\")"),
    ("scada_historian_telegraf_conf", '[[outputs.http]]\n  url = "https://hist-ingest.example.com/write"\n  [outputs.http.headers]\n    @K@ = "' + V + '"\n'),
    ("pipeline_pigging_tracker_php_config", "<?php\nreturn [\n    'pig_run_table' => 'pig_runs',\n    '@K@' => '" + V + "',\n];"),
    ("wellsite_edge_balena_env_add_command", '$ balena env add @K@ ' + V + ' --fleet wellsite-edge-gw'),
    ("gas_measurement_flowcal_sql_job", "-- nightly FLOWCAL import\nDECLARE @secret NVARCHAR(200) = N'" + V + "'; -- @K@\nEXEC dbo.import_meter_runs @secret;"),
    ("production_accounting_abap_constant", "CONSTANTS: gc_@K@ TYPE string VALUE '" + V + "'.\nSELECT * FROM zprod_alloc INTO TABLE @DATA(lt_alloc)."),
    ("well_test_r_markdown_chunk", '```{r setup}\nSys.setenv(@K@ = "' + V + '")\nlibrary(welltestr)\n```'),
    ("reservoir_opm_flow_python_wrapper", 'import subprocess\n@K@ = "' + V + '"\nsubprocess.run(["flow", "NORNE_ATW2013.DATA"], check=True)'),
    ("geomodel_jupyter_cell_source", '{"cell_type": "code", "source": ["import os\\n", "os.environ[\\"@K@\\"] = \\"' + V + '\\"\\n"]}'),
    ("flare_inspection_drone_mission_yaml", 'mission: flare_stack_F2_thermal\naltitude_m: 60\nupload:\n  @K@: "' + V + '"\n'),
    ("tank_gauging_modbus_poller_json", '{"poller": "tank_farm_b", "unit_id": 3, "registers": [40001, 40020], "@K@": "' + V + '"}'),
    ("lng_terminal_kafka_connect_properties", 'name=lng-cargo-sink\nconnector.class=io.confluent.connect.jdbc.JdbcSinkConnector\ntopics=cargo.events\n@K@=' + V + '\n'),
    ("compressor_vibration_edge_compose_yaml", 'services:\n  vib-collector:\n    image: registry.example.com/vib-collector:2.3\n    environment:\n      - @K@=' + V + '\n'),
    ("mine_ventilation_codesys_gvl", 'VAR_GLOBAL CONSTANT\n    gsFanStation : STRING := \'VF-12\';\n    gs@K@ : STRING := \'' + V + '\';\nEND_VAR'),
    ("crusher_plant_opcua_server_config_xml", '<ServerConfiguration>\n  <Endpoint>opc.tcp://crusher-plc:4840</Endpoint>\n  <@K@>' + V + '</@K@>\n</ServerConfiguration>'),
    ("truck_shop_dotnet_user_secrets_json", '{\n  "Sap:Plant": "MN01",\n  "Integration:@K@": "' + V + '"\n}'),
    ("rig_crew_whatsapp_export_line", '[14/03/27, 05:12:40] Toolpusher Dale: for the new gateway the @K@ is ' + V + ' , don\'t post it on the wall'),
    ("control_room_shift_log_text", 'Shift log 06:00-18:00 Console 3\n- Compressor K-201 tripped 09:41, restarted 09:55\n- IT reset @K@ -> ' + V + ' (tell night shift)\n'),
    ("hse_service_desk_ticket_comment", 'Comment by j.okafor (internal):\nReproduced. Vendor needs the @K@ to replay the incident feed: ' + V + '\nAttaching logs next.'),
    ("drilling_engineer_email_forward", '---------- Forwarded message ---------\nFrom: Rig 42 Data <rigdata@example.com>\nSubject: RE: WITSML feed down\n\nTry again with this one: ' + V + '\n(@K@ changed Friday)'),
    ("pipeline_scada_vbscript_login_macro", 'Dim objShell\nSet objShell = CreateObject("WScript.Shell")\nConst @K@ = "' + V + '"\nobjShell.Run "hmi_login.exe"'),
    ("well_planning_typescript_env_ts", 'export const environment = {\n  production: true,\n  surveyApi: "https://survey.example.com",\n  @K@: "' + V + '",\n};'),
    ("tailings_monitoring_arduino_secrets_h", '#pragma once\n#define PIEZO_SITE "TSF-2 east wall"\n#define @K@ "' + V + '"\n'),
    ("gas_plant_grafana_alloy_config", 'prometheus.remote_write "plant" {\n  endpoint {\n    url = "https://metrics.example.com/api/v1/push"\n    headers = { "@K@" = "' + V + '" }\n  }\n}'),
    ("mine_survey_lidar_bash_profile", '# ~/.bash_profile on survey-ws-03\nexport PATH=$PATH:/opt/lastools/bin\nexport @K@="' + V + '"\n'),
    ("frac_fleet_terraform_locals_tf", 'locals {\n  fleet_name = "frac-spread-2"\n  @K@ = "' + V + '"\n}'),
    ("pipeline_leak_alert_serverless_yml", 'service: leak-alert\nprovider:\n  name: aws\n  environment:\n    @K@: ' + V + '\n'),
    ("well_data_airflow_connection_json", '{"conn_id": "well_data_lake", "conn_type": "http", "host": "osdu.example.com", "extra": {"@K@": "' + V + '"}}'),
    ("geoscience_qgis_project_datasource", '<datasource>dbname=\'gis\' host=gis-db.example.com port=5432 user=\'qgis_ro\' sslmode=require key=\'gid\' table="pipelines"."centerline" @K@=\'' + V + '\'</datasource>'),
    ("permit_to_work_pm2_ecosystem_js", "module.exports = {\n  apps: [{\n    name: 'ptw-api',\n    script: 'server.js',\n    env_production: { @K@: '" + V + "' }\n  }]\n};"),
]


def build(r):
    recs = []
    for ki, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            t, key, g = TYPES[(ki + 3 * j) % len(TYPES)]
            v = g(r)
            text, s, e = place(tpl.replace("@K@", key), v)
            recs.append({"type": t, "container": kind, "text": text,
                         "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "everyday"})
    return recs
