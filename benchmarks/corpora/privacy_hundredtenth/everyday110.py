"""Everyday records: 45 airline / airport container kinds x 4, 12 types, cyclic pairing."""
import random, string
from common110 import *

TYPES = [  # type, KEY, generator
    ("avops_crew_roster_db_password", "CREW_ROSTER_DB_PASSWORD", lambda r: owner_password(r)),
    ("avops_aodb_oracle_password", "AODB_ORACLE_PASSWORD", lambda r: owner_password(r)),
    ("avops_baggage_sortation_hmi_password", "BHS_HMI_PASSWORD", lambda r: owner_password(r)),
    ("avops_efb_sync_sftp_password", "EFB_SYNC_SFTP_PASSWORD", lambda r: owner_password(r)),
    ("avops_type_b_gateway_api_key", "TYPEB_GATEWAY_API_KEY", lambda r: rs(r, HEX, 40)),
    ("avops_gds_shopping_client_secret", "GDS_SHOPPING_CLIENT_SECRET", lambda r: rs(r, ALNUM, 24)),
    ("avops_flight_tracking_api_key", "FLIGHT_TRACKING_API_KEY", lambda r: rs(r, ALNUM, 32)),
    ("avops_mro_records_service_token", "MRO_RECORDS_SERVICE_TOKEN", lambda r: rs(r, B64U, 48)),
    ("avops_acars_datalink_hmac_key", "ACARS_DATALINK_HMAC_KEY", lambda r: rs(r, HEX, 64)),
    ("avops_ndc_booking_bearer_jwt", "NDC_BOOKING_BEARER", lambda r: jwt(r, {"alg": "RS256", "typ": "JWT"},
        {"iss": "https://auth.ndc-hub.example.com", "sub": "agency-" + rs(r, string.digits, 6),
         "scope": "offers orders", "exp": 1900000000 + r.randint(0, 9999999)})),
    ("avops_adsb_feeder_uuid_key", "ADSB_FEEDER_KEY", lambda r: uuid4(r)),
    ("avops_dcs_checkin_kiosk_secret", "CUPPS_KIOSK_SECRET", lambda r: rs(r, A62, 36)),
]

# %K% upper key, %k% lower key, SLOT value
C = [
 ("crew_rostering_fastapi_dotenv", "# crew-rostering api (staging)\nROSTER_TZ=UTC\n%K%=" + SLOT + "\nROSTER_CUTOFF_HOURS=72\n"),
 ("aodb_adapter_camel_route_properties", "camel.component.aodb.host=aodb01.ops.example.net\naodb.%k%=" + SLOT + "\ncamel.main.name=aodb-flight-feed\n"),
 ("baggage_plc_tia_portal_tag_table_csv", "Name,Path,Data Type,Logical Address,Comment\nBHS_Line3_Speed,Default tag table,Int,%MW120,conveyor\n%K%,Default tag table,String,%MD400,\"" + SLOT + "\"\n"),
 ("efb_content_pipeline_jenkinsfile", "pipeline {\n  environment {\n    %K% = '" + SLOT + "'\n    AIRAC_CYCLE = '2413'\n  }\n  stages { stage('push charts') { steps { sh './sync_efb.sh' } } }\n}\n"),
 ("type_b_gateway_mule_properties_yaml", "typeb:\n  inbound-queue: QTYPEB.IN\n  %k%: \"" + SLOT + "\"\n  sita-address: LHRKKXH\n"),
 ("gds_shopping_lambda_env_json", "{\n  \"Variables\": {\n    \"GDS_PCC\": \"5DKA\",\n    \"%K%\": \"" + SLOT + "\"\n  }\n}\n"),
 ("flight_tracker_react_native_env", "API_BASE=https://tracker.example.com\n%K%=" + SLOT + "\nMAP_STYLE=dark\n"),
 ("mro_records_dotnet_appsettings_json", "{\n  \"MroRecords\": {\n    \"Endpoint\": \"https://mro.example.net/api\",\n    \"%K%\": \"" + SLOT + "\"\n  }\n}\n"),
 ("acars_decoder_python_settings_module", "# acarsdec bridge settings\nVDL2_FREQS = [136.975, 136.725]\n%K% = \"" + SLOT + "\"\nFORWARD_TO = 'udp://127.0.0.1:5550'\n"),
 ("ndc_aggregator_postman_collection_auth", "{\n  \"auth\": {\"type\": \"bearer\", \"bearer\": [{\"key\": \"token\", \"value\": \"" + SLOT + "\", \"type\": \"string\"}]},\n  \"info\": {\"name\": \"NDC AirShopping 21.3\"}\n}\n"),
 ("adsb_feeder_readsb_default_file", "RECEIVER_OPTIONS=\"--device 0 --gain autogain\"\nNET_OPTIONS=\"--net --net-ro-port 30002\"\n%K%=\"" + SLOT + "\"\n"),
 ("cupps_kiosk_registry_reg_export", "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\KioskVendor\\Checkin]\n\"Station\"=\"ZRH\"\n\"%K%\"=\"" + SLOT + "\"\n"),
 ("ops_control_slack_thread_paste", "[09:41] dispatcher-ana: the rebuild failed again, here is what I had in my env\n[09:41] dispatcher-ana: %K%=" + SLOT + "\n[09:42] ops-dev-ben: thanks, looking\n"),
 ("mro_servicenow_incident_note", "INC0081234 | Work notes (internal)\nVendor asked for the value we configured, pasted below:\n" + SLOT + "\nAssigned to: MRO Integrations\n"),
 ("crew_app_xcode_scheme_env_var", "<EnvironmentVariable\n   key = \"%K%\"\n   value = \"" + SLOT + "\"\n   isEnabled = \"YES\">\n</EnvironmentVariable>\n"),
 ("airport_wayfinding_vue_env_production", "VUE_APP_TERMINAL=T2\nVUE_APP_%K%=" + SLOT + "\n"),
 ("load_control_fortran_namelist", "&loadsheet_cfg\n  station = 'OSL',\n  %k% = '" + SLOT + "',\n  max_zfw = 62500\n/\n"),
 ("flight_plan_filer_cobol_copybook_value", "       01  WS-FPL-CONFIG.\n           05 WS-FILER-ID        PIC X(8)  VALUE 'FPLFIL01'.\n           05 WS-%K%  PIC X(64) VALUE '" + SLOT + "'.\n"),
 ("turnaround_tracker_docker_secret_file_cat", "$ docker exec turnaround-api cat /run/secrets/%k%\n" + SLOT + "\n$ \n"),
 ("gate_display_scala_application_conf", "gate-display {\n  refresh = 15s\n  %k% = \"" + SLOT + "\"\n}\n"),
 ("fuel_uplift_excel_vba_module", "Attribute VB_Name = \"FuelUplift\"\nConst %K% As String = \"" + SLOT + "\"\nSub PostUplift()\nEnd Sub\n"),
 ("ground_handling_kotlin_local_properties", "sdk.dir=/Users/ramp/Library/Android/sdk\n%k%=" + SLOT + "\n"),
 ("noc_zabbix_macro_export_xml", "<macros>\n  <macro>\n    <macro>{$%K%}</macro>\n    <value>" + SLOT + "</value>\n  </macro>\n</macros>\n"),
 ("ramp_ops_obsidian_daily_note", "## 2024-11-19 ramp ops sync\n- de-icing pad B closed until 14:00\n- temp value for the feed until vault is fixed: " + SLOT + "\n- follow up with IT\n"),
 ("slot_coordination_sql_seed_insert", "INSERT INTO integration_settings (name, value) VALUES ('%k%', '" + SLOT + "');\n"),
 ("crew_pairing_optimizer_julia_env_toml", "[optimizer]\nhorizon_days = 28\n[secrets]\n%k% = \"" + SLOT + "\"\n"),
 ("aodb_etl_ssis_package_parameter", "<DTS:PackageParameter DTS:ObjectName=\"%K%\" DTS:DataType=\"18\">\n  <DTS:Property DTS:Name=\"ParameterValue\">" + SLOT + "</DTS:Property>\n</DTS:PackageParameter>\n"),
 ("efb_ipad_mdm_app_config_xml", "<dict>\n  <key>%k%</key>\n  <string>" + SLOT + "</string>\n  <key>tailFilter</key>\n  <string>OE-L*</string>\n</dict>\n"),
 ("airline_ops_pulumi_stack_config_yaml", "config:\n  aws:region: eu-west-1\n  flightops:%k%: " + SLOT + "\n"),
 ("baggage_reconciliation_go_env_var_default", "var typeBKey = getenv(\"%K%\", \"" + SLOT + "\")\n"),
 ("passenger_app_capistrano_linked_env", "set :default_env, {\n  'RAILS_ENV' => 'production',\n  '%K%' => '" + SLOT + "'\n}\n"),
 ("mro_work_package_jupyter_output", "In [14]: os.environ['%K%']\nOut[14]: '" + SLOT + "'\n"),
 ("flight_data_monitoring_matlab_startup_m", "% startup.m for FDM analysts\nsetenv('%K%', '" + SLOT + "');\naddpath('/opt/fdm/lib');\n"),
 ("airport_noc_grafana_datasource_provisioning", "apiVersion: 1\ndatasources:\n  - name: aodb\n    type: postgres\n    secureJsonData:\n      %k%: " + SLOT + "\n"),
 ("crew_portal_vercel_env_pull_file", "# Created by Vercel CLI\n%K%=\"" + SLOT + "\"\nVERCEL_ENV=\"preview\"\n"),
 ("ops_engineering_outlook_mail_signature_paste", "From: OCC Systems\nSubject: RE: feed credentials\n\nUse this until Monday: " + SLOT + "\n\nKind regards,\nOCC Systems Engineering\n"),
 ("acars_ground_station_supervisor_conf", "[program:acars-bridge]\ncommand=/opt/acars/bridge --listen 0.0.0.0:7700\nenvironment=%K%=\"" + SLOT + "\"\n"),
 ("schedule_publisher_cloudformation_parameters_json", "[\n  {\"ParameterKey\": \"%K%\", \"ParameterValue\": \"" + SLOT + "\"},\n  {\"ParameterKey\": \"Season\", \"ParameterValue\": \"W24\"}\n]\n"),
 ("baggage_tracking_swift_plist_config", "<plist version=\"1.0\"><dict>\n<key>%K%</key><string>" + SLOT + "</string>\n</dict></plist>\n"),
 ("dispatch_tool_vscode_settings_json", "{\n  \"rest-client.environmentVariables\": {\n    \"prod\": { \"%k%\": \"" + SLOT + "\" }\n  }\n}\n"),
 ("mx_planning_bitbucket_pipelines_yml", "pipelines:\n  default:\n    - step:\n        script:\n          - export %K%=" + SLOT + "\n          - ./deploy.sh\n"),
 ("gate_agent_handover_whiteboard_photo_ocr", "HANDOVER B-GATES 06:00\n- jet bridge B12 fault logged\n- system login (temp): " + SLOT + "\n- call MX if B14 bridge alarms\n"),
 ("airport_iot_nodered_flow_env", "[{\"id\":\"a1\",\"type\":\"tab\",\"label\":\"BHS\",\"env\":[{\"name\":\"%K%\",\"value\":\"" + SLOT + "\",\"type\":\"str\"}]}]\n"),
 ("crew_hotel_booking_laravel_env", "APP_ENV=production\nDB_CONNECTION=pgsql\n%K%=" + SLOT + "\nQUEUE_CONNECTION=redis\n"),
 ("ops_analytics_dbt_profiles_yml", "flightops:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: dwh.ops.example.net\n      %k%: \"" + SLOT + "\"\n"),
]
assert len(C) == 45


def build(seed=11001):
    r = random.Random(seed)
    recs = []
    for ci, (kind, tpl) in enumerate(C):
        for j in range(4):
            t, key, gen = TYPES[(ci * 4 + j) % len(TYPES)]
            v = gen(r)
            text = tpl.replace("%K%", key).replace("%k%", key.lower())
            text, s, e = fill(text, v)
            recs.append({"type": t, "container": kind, "text": text,
                         "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "everyday"})
    return recs
