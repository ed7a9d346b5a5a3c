import random, string, base64
from common136 import rs, owner_pw, ALNUM, HEX, b64u, fill, rec, uuid4

TYPES = [
 ('ft_harvester_fleet_db_password', 'harvester_db_password', lambda r: owner_pw(r)),
 ('ft_log_scanner_service_password', 'scanner_service_password', lambda r: owner_pw(r)),
 ('ft_kiln_controller_admin_password', 'kiln_admin_password', lambda r: owner_pw(r)),
 ('ft_mill_erp_sftp_password', 'erp_sftp_password', lambda r: owner_pw(r)),
 ('ft_log_scaling_api_key', 'scaling_api_key', lambda r: rs(r, HEX, 32)),
 ('ft_drone_survey_upload_token', 'survey_upload_token', lambda r: b64u(bytes(r.getrandbits(8) for _ in range(32)))),
 ('ft_coc_portal_jwt_secret', 'coc_jwt_secret', lambda r: rs(r, HEX, 64)),
 ('ft_log_yard_inventory_bearer', 'yard_inventory_bearer', lambda r: 'lyd_' + rs(r, ALNUM, 40)),
 ('ft_sawline_opcua_client_secret', 'opcua_client_secret', lambda r: rs(r, ALNUM, 40)),
 ('ft_timber_sale_webhook_secret', 'timber_webhook_secret', lambda r: 'tsw_' + rs(r, ALNUM, 32)),
 ('ft_lidar_bucket_secret_key', 'lidar_bucket_secret_key', lambda r: rs(r, ALNUM + '+/', 40)),
 ('ft_grading_camera_hmac_key', 'grading_hmac_key', lambda r: base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()),
]

K = [
 ('harvester_stanford2010_export_service_ini', "; StanForD 2010 .hpr export service\n[Export]\nMachine=PONSSE_SCORPION_07\nTargetDir=D:\\hpr\\out\n[Database]\nHost=10.20.4.11\n@@K@@=@@V@@\n"),
 ('forwarder_canbus_logger_yocto_env', "# /etc/default/canlogger (meta-forest layer)\nCAN_IFACE=can0\nUPLOAD_URL=https://telemetry.forest.example.com/ingest\n@@KU@@=\"@@V@@\"\n"),
 ('ponsse_bridge_dotnet_appsettings_json', "{\n  \"OptiBridge\": {\n    \"SiteId\": \"KUUSAMO-N2\",\n    \"@@K@@\": \"@@V@@\",\n    \"PollSeconds\": 60\n  }\n}\n"),
 ('timbermatic_sync_django_settings_py', "# timbermatic_sync/settings/prod.py\nDEBUG = False\nALLOWED_HOSTS = ['sync.forest.internal']\n@@KU@@ = '@@V@@'\n"),
 ('log_scaler_3d_scanner_config_toml', "[scanner]\nmodel = \"frame-12\"\nlines = 4\n\n[upload]\nendpoint = \"https://scaling.mill.example.org/v2\"\n@@K@@ = \"@@V@@\"\n"),
 ('log_grading_camera_halcon_hdev_line', "* grade camera startup\nopen_framegrabber ('GigEVision2', 0, 0, 0, 0, 0, 0, 'default', -1, 'default', -1, 'false', 'default', 'cam_infeed', 0, -1, AcqHandle)\n@@K@@ := '@@V@@'\n"),
 ('sawline_twincat_gvl_constant', "VAR_GLOBAL CONSTANT\n    nLineSpeedMax : INT := 180;\n    s@@K@@ : STRING(80) := '@@V@@';\nEND_VAR\n"),
 ('kiln_controller_nodered_flow_node', "[{\"id\":\"a41f.kiln3\",\"type\":\"http request\",\"name\":\"push kiln 3 MC\",\"method\":\"POST\",\"url\":\"https://kilns.example.com/api/charge\",\"@@K@@\":\"@@V@@\",\"wires\":[[]]}]\n"),
 ('kiln_schedule_sql_agent_job_step', "-- SQL Agent job 'KilnScheduleNightly' step 2\nEXEC dbo.usp_PushKilnSchedule\n     @Site = N'Mill-East',\n     @@@K@@ = N'@@V@@';\n"),
 ('edger_optimizer_labview_config_file', "[EdgerOptimizer]\nSolutionSet=\"pine_2x\"\nLicenseServer=\"10.1.7.3\"\n@@K@@=\"@@V@@\"\n"),
 ('trimmer_optimizer_wpf_app_config', "<configuration>\n  <appSettings>\n    <add key=\"TrimmerLine\" value=\"T2\" />\n    <add key=\"@@K@@\" value=\"@@V@@\" />\n  </appSettings>\n</configuration>\n"),
 ('planer_grade_mark_reader_yaml', "reader:\n  station: planer-outfeed\n  grades: [No1, No2, Stud]\nauth:\n  @@K@@: '@@V@@'\n"),
 ('coc_claims_symfony_dotenv_local', "###> coc-claims ###\nAPP_ENV=prod\nCOC_CERT_CODE_LOOKUP=https://certs.example.org/api\n@@KU@@=@@V@@\n###< coc-claims ###\n"),
 ('eudr_due_diligence_spring_properties', "# eudr-dds service\neudr.submit.base-url=https://dds.example.com/api\neudr.operator.country=SE\neudr.@@K@@=@@V@@\n"),
 ('drone_flight_upload_bash_script', "#!/usr/bin/env bash\n# copy DJI M350 flight folder to survey bucket\nset -euo pipefail\n@@KU@@='@@V@@'\nrclone copy \"$1\" survey:raw/$(basename \"$1\")\n"),
 ('lidar_pdal_pipeline_json', "{\n  \"pipeline\": [\n    \"stand_0412.laz\",\n    {\"type\": \"filters.smrf\"},\n    {\"type\": \"writers.copc\", \"filename\": \"s3://lidar-tiles/stand_0412.copc.laz\", \"@@K@@\": \"@@V@@\"}\n  ]\n}\n"),
 ('lidar_snakemake_config_yaml', "tiles_dir: data/tiles\nchm_resolution: 0.5\nremote:\n  provider: s3\n  @@K@@: \"@@V@@\"\n"),
 ('forest_inventory_r_targets_script', "# _targets.R -- plot inventory rollup\nlibrary(targets)\nSys.setenv(@@KU@@ = \"@@V@@\")\ntar_option_set(packages = c(\"sf\", \"lidR\"))\n"),
 ('growth_model_fortran_namelist', "&simulation\n  n_years = 40,\n  site_index = 24.5,\n  @@K@@ = '@@V@@'\n/\n"),
 ('qgis_project_datasource_xml', "<maplayer type=\"vector\">\n  <datasource>dbname='forestgis' host=10.3.0.8 port=5432 user='gis_ro' @@K@@='@@V@@' sslmode=disable table=\"public\".\"stands\" (geom)</datasource>\n</maplayer>\n"),
 ('geoserver_datastore_xml', "<dataStore>\n  <name>harvest_blocks</name>\n  <connectionParameters>\n    <entry key=\"host\">10.3.0.8</entry>\n    <entry key=\"@@K@@\">@@V@@</entry>\n  </connectionParameters>\n</dataStore>\n"),
 ('mill_erp_jco_destination_file', "# SAPJCo destination MILL_PRD.jcoDestination\njco.client.ashost=10.9.1.20\njco.client.sysnr=00\njco.client.client=300\njco.client.user=RFC_YARD\n@@K@@=@@V@@\n"),
 ('log_yard_flutter_dart_define_json', "{\n  \"YARD_API_BASE\": \"https://yard.mill.example.com\",\n  \"@@KU@@\": \"@@V@@\"\n}\n"),
 ('yard_gate_anpr_camera_cfg', "[anpr]\nlane=inbound_2\nconfidence_min=0.82\n[push]\nurl=https://gate.mill.example.com/trucks\n@@K@@=@@V@@\n"),
 ('truck_weigh_in_kiosk_powershell_profile', "# C:\\Users\\kiosk\\Documents\\PowerShell\\profile.ps1\nSet-Location C:\\WeighIn\n$env:@@KU@@ = '@@V@@'\nImport-Module .\\LogTruckKiosk.psm1\n"),
 ('timber_auction_nestjs_config_ts', "export default () => ({\n  auction: { region: 'north-island' },\n  @@K@@: '@@V@@',\n});\n"),
 ('haul_dispatch_elixir_runtime_exs', "import Config\nconfig :haul_dispatch, HaulDispatch.Repo,\n  hostname: \"db.haul.internal\",\n  @@K@@: \"@@V@@\"\n"),
 ('chip_pile_volume_matlab_script', "% chip pile volume from drone DSM\ndsm = readgeoraster('pile_east.tif');\n@@K@@ = '@@V@@';\nresp = webwrite(uploadUrl, struct('volume', v), weboptions('HeaderFields', {'X-Key', @@K@@}));\n"),
 ('biomass_boiler_ignition_gateway_xml', "<gateway-network>\n  <outgoing host=\"boiler-gw.mill.internal\" port=\"8060\"/>\n  <security @@K@@=\"@@V@@\"/>\n</gateway-network>\n"),
 ('forest_road_fme_workspace_parameter', "#! <WORKSPACE_PARAMETERS>\n#!   ROAD_DB_HOST=\"10.3.0.9\"\n#!   @@KU@@=\"@@V@@\"\n#! </WORKSPACE_PARAMETERS>\n"),
 ('nursery_greenhouse_esphome_yaml', "esphome:\n  name: nursery-bay-3\napi:\n  encryption:\n    key: !secret api_key\nhttp_request:\n  headers:\n    X-Nursery-Token: \"@@V@@\"  # @@K@@\n"),
 ('fire_watch_camera_systemd_unit', "[Unit]\nDescription=Fire tower camera uplink\n[Service]\nEnvironment=TOWER_ID=ridge-07\nEnvironment=@@KU@@=@@V@@\nExecStart=/opt/firewatch/uplink\n"),
 ('sawmill_mes_quarkus_properties', "quarkus.datasource.jdbc.url=jdbc:postgresql://mes-db:5432/mes\nquarkus.datasource.username=mes\nmes.@@K@@=@@V@@\n"),
 ('lumber_price_scrapy_settings_py', "BOT_NAME = 'lumberprices'\nROBOTSTXT_OBEY = True\nDOWNLOAD_DELAY = 2\n@@KU@@ = \"@@V@@\"\n"),
 ('tally_label_printer_bartender_ini', "[BarTender]\nTemplate=C:\\Labels\\tally_2x4.btw\nPrinter=ZT411-planer\n[Integration]\n@@K@@=@@V@@\n"),
 ('timber_cruise_maui_constants_cs', "namespace CruiseTablet;\ninternal static class Constants\n{\n    public const string ApiBase = \"https://cruise.example.com\";\n    public const string @@KU@@ = \"@@V@@\";\n}\n"),
 ('mill_data_dbt_profiles_yml', "mill_lake:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: lake.mill.internal\n      user: dbt_mill\n      @@K@@: \"@@V@@\"\n"),
 ('mill_metrics_telegraf_conf', "[[outputs.http]]\n  url = \"https://metrics.mill.example.com/write\"\n  [outputs.http.headers]\n    X-Scope = \"sawmill\"\n    X-@@K@@ = \"@@V@@\"\n"),
 ('harvester_operator_teams_chat_paste', "[07:14] Jussi (harvester 3): gateway lost its config again, I typed @@K@@ @@V@@ back in from the binder, works now\n[07:15] Aino: ok thx\n"),
 ('sawmill_shift_handover_logbook_ocr', "SHIFT HANDOVER  B-shift  headrig ok, edger blade changed 03:40\nscanner re-login: @@K@@ = @@V@@  (from IT sheet)\nkiln 2 charge 118 in at 04:10\n"),
 ('kiln_alarm_opsgenie_timeline_note', "Alert KILN-4 wet bulb deviation > 6F\nNote by mill-oncall: restarted controller service, had to pass @@K@@=@@V@@ on the command line, will rotate later\n"),
 ('mill_maintenance_maximo_worklog', "WORKLOG  WO 88412  Asset SAWLINE-EDGER-02\nLong description: replaced encoder; reconfigured optimizer link, @@K@@ set to @@V@@ per vendor tech.\n"),
 ('contractor_signal_export_line', "2026-03-02 06:51 - Marko (logging contractor): for the landing tablet the @@K@@ is @@V@@ - please delete after\n"),
 ('timber_erp_rollbar_occurrence_dump', "Rollbar occurrence #5521 TimberSalesSync\nlocals:\n  self.base_url = 'https://erp.mill.example.com'\n  self.@@K@@ = '@@V@@'\nException: ConnectionResetError\n"),
 ('stump_to_mill_airtable_script_block', "// Airtable scripting block: stump-to-mill tally\nconst base_url = 'https://tally.mill.example.com/api';\nconst @@K@@ = '@@V@@';\nlet table = base.getTable('Loads');\n"),
]

def build(ids):
    r = random.Random(13601)
    out = []
    for ki, (kind, tpl) in enumerate(K):
        for j in range(4):
            t = TYPES[(5 * ki + 7 * j) % len(TYPES)]
            typ, key, gen = t
            v = gen(r)
            text, s, e = fill(tpl, v, K=key, KU=key.upper())
            out.append(rec(ids(), typ, kind, text, s, e, 'everyday'))
    return out
