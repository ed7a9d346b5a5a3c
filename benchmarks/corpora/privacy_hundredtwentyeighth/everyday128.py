"""Everyday water-utility secrets in 45 container kinds x 4."""
import random
from common128 import *

def gen_value(rng, t):
    if t in ("wu_scada_historian_sql_password", "wu_billing_cis_db_password", "wu_rtu_web_admin_password", "wu_lab_lims_service_password"):
        return owner_pw(rng)
    if t == "wu_ami_head_end_api_key": return "amk_" + rs(rng, 36)
    if t == "wu_gis_feature_service_client_secret": return rs(rng, 32, HEX)
    if t == "wu_leak_sensor_mqtt_token": return "lkt." + rb64(rng, 30, url=True, pad=False)
    if t == "wu_outage_sms_gateway_auth_token": return rhex(rng, 40)
    if t == "wu_telemetry_ingest_hmac_key": return rb64(rng, 32)
    if t == "wu_payment_portal_webhook_secret": return "wpsig_" + rs(rng, 40)
    if t == "wu_work_order_bearer_jwt":
        return jwt(rng, {"sub": "wo-svc-%d" % rng.randint(100, 999), "iss": "cmms.utility.example.org", "scope": "workorders:write", "exp": 1767225600 + rng.randint(0, 9999999)})
    if t == "wu_lorawan_app_key": return rhex(rng, 32, upper=True)
    raise KeyError(t)

TYPES = ["wu_scada_historian_sql_password", "wu_ami_head_end_api_key", "wu_billing_cis_db_password", "wu_gis_feature_service_client_secret",
         "wu_leak_sensor_mqtt_token", "wu_rtu_web_admin_password", "wu_outage_sms_gateway_auth_token", "wu_telemetry_ingest_hmac_key",
         "wu_lab_lims_service_password", "wu_payment_portal_webhook_secret", "wu_work_order_bearer_jwt", "wu_lorawan_app_key"]

K = [
("pi_interface_ini_section", "[PI-Interface]\nPIHOST=pihist01.plant.internal\nPORT=5450\nSECRET={V}\nSCAN_CLASS=1,00:00:05\n"),
("ignition_gateway_db_connection_xml", "<connection name=\"HistorianSQL\">\n  <url>jdbc:sqlserver://10.20.4.11:1433;databaseName=History</url>\n  <user>ign_hist</user>\n  <secret>{V}</secret>\n</connection>\n"),
("ignition_perspective_project_script", "# project library: telemetry\nAPI_HOST = 'https://ami.utility.example.org'\nAPI_SECRET = '{V}'\ndef poll():\n    return system.net.httpGet(API_HOST + '/reads')\n"),
("geo_scada_dbserver_ini", "; Geo SCADA outstation bridge\n[Bridge]\nNode=scx-main\nBridgeKey={V}\nRetry=30\n"),
("vtscada_realm_config_ini", "[Realm:WestPlant]\nPort=5780\nRealmToken={V}\nMirror=plant-b.internal\n"),
("rtu_dnp3_outstation_yaml", "outstation:\n  address: 1024\n  master: 1\n  telemetry:\n    uplink_key: \"{V}\"\n    interval_s: 60\n"),
("telemetry_node_red_settings_js", "module.exports = {\n  uiPort: 1880,\n  telemetryKey: \"{V}\",\n  flowFile: 'pumpstations.json'\n};\n"),
("pump_station_plc_codesys_gvl", "VAR_GLOBAL CONSTANT\n    sCloudHost : STRING := 'telemetry.utility.example.org';\n    sCloudKey  : STRING := '{V}';\nEND_VAR\n"),
("treatment_plant_hmi_factorytalk_ini", "[AlarmNotifier]\nSmtpHost=mail.plant.internal\nNotifierSecret={V}\nRecipients=ops@utility.example.org\n"),
("chlorine_dosing_controller_json", "{\n  \"controller\": \"cl2-dose-03\",\n  \"setpoint_mgl\": 1.2,\n  \"cloud_secret\": \"{V}\"\n}\n"),
("ami_head_end_spring_properties", "headend.url=https://headend.utility.example.org/api\nheadend.client=meterdata\nheadend.secret={V}\nheadend.batch=500\n"),
("meter_data_mgmt_etl_airflow_connection", "airflow connections add mdm_headend --conn-type http --conn-host headend.utility.example.org --conn-login mdm --conn-extra '{\"token\": \"{V}\"}'\n"),
("drive_by_meter_reading_handheld_cfg", "ROUTE_SYNC_URL=https://reads.utility.example.org/sync\nROUTE_SYNC_KEY={V}\nHANDHELD=HH-17\n"),
("billing_cis_oracle_tnsnames_wallet_note", "# CIS batch: wallet missing on billing-app02, temporary fallback\nCIS_DB=(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=cis-db.internal)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=CISPRD)))\nCIS_BATCH_SECRET={V}\n"),
("billing_run_cobol_jcl_parm", "//BILLRUN  EXEC PGM=WBILL010,\n//         PARM='CYCLE=07,KEY={V}'\n//SYSOUT   DD SYSOUT=*\n"),
("payment_portal_nestjs_env", "PORTAL_BASE_URL=https://pay.utility.example.org\nPAYMENT_WEBHOOK_SIGNING={V}\nNODE_ENV=production\n"),
("customer_portal_angular_environment_ts", "export const environment = {\n  production: true,\n  outageApi: 'https://outage.utility.example.org',\n  outageApiSecret: '{V}'\n};\n"),
("outage_notice_twig_mailer_yaml", "mailer:\n  outage_notice:\n    from: outages@utility.example.org\n    gateway_secret: '{V}'\n"),
("ivr_outage_line_asterisk_extensions_conf", "[outage-ivr]\nexten => s,1,Set(GW_SECRET={V})\n same => n,AGI(outage_lookup.agi)\n"),
("gis_arcpy_toolbox_pyt", "class Toolbox(object):\n    def __init__(self):\n        self.label = 'Hydrant Sync'\n        self.service_secret = \"{V}\"\n"),
("qgis_project_pgservice_conf", "[gis_assets]\nhost=gis-db.internal\nport=5432\ndbname=assets\nuser=gis_editor\nsecret={V}\n"),
("hydraulic_model_epanet_runner_toml", "[runner]\nnetwork = \"zone4_2026.inp\"\nresults_bucket = \"s3://hydraulics-runs\"\nupload_secret = \"{V}\"\n"),
("leak_detection_acoustic_logger_csv_header", "#logger_fleet,region,uplink_secret\nfleet-north,North Zone,{V}\n"),
("leak_analytics_spark_submit_conf", "spark.executorEnv.LEAK_STREAM_KEY={V}\nspark.executor.memory=8g\n"),
("district_metered_area_r_script", "library(httr)\ndma_host <- \"https://dma.utility.example.org\"\ndma_secret <- \"{V}\"\nres <- GET(dma_host)\n"),
("pressure_logger_esp_idf_sdkconfig", "CONFIG_LOGGER_SITE=\"PRV-22\"\nCONFIG_LOGGER_UPLINK_SECRET=\"{V}\"\nCONFIG_LOGGER_INTERVAL=900\n"),
("lorawan_network_server_chirpstack_toml", "[integration.mqtt]\nserver=\"tcp://lns.utility.internal:1883\"\nsecret=\"{V}\"\n"),
("lims_sample_import_powershell", "$LimsHost = 'lims.lab.internal'\n$LimsSecret = '{V}'\nImport-Csv .\\samples.csv | ForEach-Object { Send-Sample $_ }\n"),
("lab_instrument_icpms_export_bat", "@echo off\nset LIMS_UPLOAD_SECRET={V}\ncopy C:\\ICPMS\\export\\*.csv \\\\lims\\drop\\\n"),
("water_quality_sampling_odk_form_settings", "<h:head><model><submission action=\"https://odk.utility.example.org/submission\" secret=\"{V}\"/></model></h:head>\n"),
("compliance_report_sas_autoexec", "%let dmr_host = reports.utility.example.org;\n%let dmr_secret = {V};\nlibname dmr odbc dsn=DMR;\n"),
("cmms_maximo_integration_properties", "mxe.int.workorder.endpoint=https://cmms.utility.example.org/maxrest\nmxe.int.workorder.secret={V}\n"),
("work_order_mobile_flutter_dart_const", "const String cmmsHost = 'cmms.utility.example.org';\nconst String cmmsSecret = '{V}';\n"),
("scada_historian_telegraf_conf", "[[outputs.http]]\n  url = \"https://historian.utility.example.org/write\"\n  [outputs.http.headers]\n    X-Ingest-Secret = \"{V}\"\n"),
("treatment_plant_ansible_host_vars", "plc_gateway: 10.30.1.5\nhistorian_service_secret: \"{V}\"\nntp_server: 10.30.0.1\n"),
("wastewater_lift_station_systemd_unit", "[Service]\nEnvironment=LIFT_UPLINK_SECRET={V}\nExecStart=/opt/lift/bin/uplink --station LS-14\n"),
("sewer_cctv_inspection_app_plist", "<key>InspectionServerSecret</key>\n<string>{V}</string>\n<key>InspectionServer</key>\n<string>cctv.utility.example.org</string>\n"),
("stormwater_rain_gauge_micropython_main", "import network\nGAUGE_ID = 'RG-07'\nUPLINK_SECRET = '{V}'\nnetwork.WLAN(network.STA_IF).active(True)\n"),
("reservoir_level_grafana_agent_yaml", "metrics:\n  configs:\n    - name: reservoirs\n      remote_write:\n        - url: https://metrics.utility.example.org/push\n          bearer_token: {V}\n"),
("control_room_teams_chat_paste", "[07:42] Night operator: historian bridge keeps dropping, I put the secret back in by hand: {V} -- can someone make it permanent\n"),
("shift_handover_log_entry", "SHIFT HANDOVER 06:00 - Clearwell 2 level normal. Reset RTU at Booster 5, used {V} to get in. Please rotate.\n"),
("utility_it_servicenow_incident_note", "INC0481223 work note: vendor asked for the head-end credential to test, gave them {V} over the phone.\n"),
("contractor_handoff_email", "Hi Dana,\n\nFor tomorrow's commissioning at the new pump station the controller secret is {V}\n\nThanks, Marco\n"),
("field_tech_sms_forward", "FWD from Supervisor: site gate panel secret {V} , delete after use\n"),
("rtu_modem_crash_dump", "[ 4411.207] telemetry: auth failed, retrying with cached key {V}\n[ 4411.209] telemetry: link up\n"),
]

def build(rng):
    out = []
    for ki, (kind, tpl) in enumerate(K):
        for j in range(4):
            t = TYPES[(5 * ki + 3 * j) % len(TYPES)]
            v = gen_value(rng, t)
            text, s, e = place(tpl, v)
            out.append({"type": t, "container": kind, "text": text, "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "everyday"})
    return out, [k for k, _ in K], TYPES
