"""Everyday secrets of waste-collection developers: 12 types x 45 container kinds x 4."""
from common133 import owner_password

TYPES = [
    ("wr_route_optimiser_api_key", "ROUTE_OPT_API_KEY", lambda sh: sh.hex(32)),
    ("wr_telematics_db_password", "TELEMATICS_DB_PASS", owner_password),
    ("wr_scalehouse_sql_password", "SCALEHOUSE_SQL_PWD", owner_password),
    ("wr_bin_sensor_gateway_token", "BIN_SENSOR_GW_TOKEN", lambda sh: sh.b64url(32)),
    ("wr_rfid_reader_admin_password", "RFID_READER_ADMIN_PASS", owner_password),
    ("wr_billing_sftp_password", "BILLING_SFTP_PASS", owner_password),
    ("wr_portal_jwt_signing_secret", "PORTAL_JWT_SECRET", lambda sh: sh.hex(64)),
    ("wr_manifest_service_bearer", "MANIFEST_SVC_BEARER", lambda sh: sh.pre("hzm_", lambda: sh.s(__import__("common133").B62, 40))),
    ("wr_plc_opc_client_secret", "MRF_OPC_CLIENT_SECRET", lambda sh: sh.b62(32)),
    ("wr_dispatch_webhook_secret", "DISPATCH_WEBHOOK_SECRET", lambda sh: sh.pre("dwh_", lambda: sh.s(__import__("common133").B62, 36))),
    ("wr_mrf_vision_api_token", "MRF_VISION_API_TOKEN", lambda sh: sh.uuid4()),
    ("wr_payment_gateway_hmac_key", "PAYMENT_HMAC_KEY", lambda sh: sh.b64(32)),
]

# (kind, template)  {K}=UPPER key  {k}=lower key  {c}=camelKey  {v}=value
KINDS = [
    ("routeware_dispatch_appsettings_json", '{{\n  "Dispatch": {{\n    "Depot": "north-yard",\n    "{c}": "{v}"\n  }}\n}}'),
    ("amcs_integration_mule_properties", "amcs.endpoint=https://amcs.hauler.example.com/api\namcs.{k}={v}\n"),
    ("soft_pak_odbc_batch_cmd", "@echo off\nset {K}={v}\ncall softpak_export.exe /nightly\n"),
    ("trux_route_sync_kotlin_object", 'object RouteSync {{\n    const val DEPOT = "south"\n    const val {K} = "{v}"\n}}'),
    ("compology_webhook_receiver_go_env", "// internal/config/env.go\nvar {c} = getenv(\"{K}\", \"{v}\")\n"),
    ("bin_fill_sensor_lorawan_decoder_js", "function decodeUplink(input) {{\n  // gateway auth\n  var {c} = '{v}';\n  return {{ data: {{ fill: input.bytes[0] }} }};\n}}"),
    ("rfid_lift_reader_firmware_ini", "[reader]\nantenna_power=27\n[uplink]\n{k}={v}\n"),
    ("truck_gateway_openwrt_uci_config", "config uplink 'fleet'\n\toption host 'fleet.hauler.example.com'\n\toption {k} '{v}'\n"),
    ("weighbridge_indicator_modbus_bridge_yaml", "bridge:\n  indicator: 192.168.40.12\n  {k}: \"{v}\"\n"),
    ("scalehouse_ticket_printer_vb6_module", 'Attribute VB_Name = "modTicket"\nPublic Const {K} As String = "{v}"\n'),
    ("scalehouse_kiosk_electron_main_js", "const {{ app }} = require('electron');\nprocess.env.{K} = '{v}';\n"),
    ("mrf_plc_siemens_tia_tag_table_csv", "Name;Path;Data Type;Logical Address;Comment\n{K};Default tag table;String;%DB12.DBX0.0;{v}\n"),
    ("mrf_optical_sorter_hmi_xml", '<HmiConfig line="fiber-2">\n  <Cloud {c}="{v}" />\n</HmiConfig>'),
    ("baler_controller_codesys_persistent_vars", "VAR_GLOBAL PERSISTENT\n    s{K} : STRING(80) := '{v}';\nEND_VAR"),
    ("mrf_vision_robot_ros_launch_xml", '<launch>\n  <param name="{k}" value="{v}"/>\n</launch>'),
    ("landfill_gas_flare_scada_json", '{{"site":"cell-7","flare":{{"{k}":"{v}"}}}}'),
    ("leachate_pump_telemetry_micropython_secrets", "# secrets.py\n{K} = \"{v}\"\n"),
    ("customer_portal_remix_server_env", "DATABASE_URL_REPLICA=postgres://portal@db.internal/portal\n{K}={v}\n"),
    ("customer_portal_vue_vite_env_local", "VITE_SERVICE_AREA=metro\n{K}={v}\n"),
    ("billing_quickbooks_sync_django_settings", "# settings/prod.py\n{K} = '{v}'\n"),
    ("billing_invoice_run_crontab", "15 2 * * * {K}='{v}' /opt/billing/run_invoices.sh\n"),
    ("hazwaste_manifest_spring_boot_yaml", "manifest:\n  rcra:\n    {k}: {v}\n"),
    ("hazwaste_generator_portal_dotnet_user_secrets", '{{\n  "Manifest:{c}": "{v}"\n}}'),
    ("route_optimiser_jupyter_cell", "In [4]: {k} = '{v}'\nIn [5]: solve_vrp(stops, {k})\n"),
    ("route_planner_osrm_docker_compose", "services:\n  planner:\n    environment:\n      - {K}={v}\n"),
    ("driver_app_react_native_config_env", "APP_ENV=prod\n{K}={v}\n"),
    ("driver_tablet_android_local_properties", "sdk.dir=/opt/android-sdk\n{k}={v}\n"),
    ("driver_ios_xcconfig", "// Release.xcconfig\n{K} = {v}\n"),
    ("fleet_maintenance_fleetio_zapier_step", "Step 3 (Code by Zapier):\nconst {c} = \"{v}\";\n"),
    ("container_delivery_odoo_conf", "[options]\naddons_path = /opt/odoo/addons\n{k} = {v}\n"),
    ("transfer_station_camera_nvr_onvif_cfg", "[onvif]\nprofile=main\n{k}={v}\n"),
    ("tip_floor_kafka_connect_json", '{{"name":"tipfloor-sink","config":{{"{k}":"{v}"}}}}'),
    ("recycling_rebate_php_ini_include", "; rebate.ini\n{k} = \"{v}\"\n"),
    ("hauler_infra_terragrunt_hcl", "inputs = {{\n  {k} = \"{v}\"\n}}\n"),
    ("depot_k3s_helm_values_yaml", "telematics:\n  secretEnv:\n    {K}: \"{v}\"\n"),
    ("sweeper_schedule_google_apps_script", "function sync() {{\n  var {c} = '{v}';\n  UrlFetchApp.fetch(url);\n}}"),
    ("dispatch_board_jira_comment_paste", "Comment by r.okafor: tested against prod with {K} {v} and it still 500s\n"),
    ("driver_whatsapp_group_export_line", "[06:12, 14/03] Depot Lead: new {k} for the tablets is {v}\n"),
    ("scalehouse_shift_notebook_scan_ocr", "Shift B notes - scale 2 recalibrated\n{K}: {v}\n"),
    ("mrf_maintenance_cmms_work_note", "WO-88213 note: vendor tech needed {k} -> {v} to reach the sorter HMI\n"),
    ("hauler_slack_incident_thread", "@here rotating soon, temporary {k}: {v}\n"),
    ("telematics_gateway_journalctl_dump", "Mar 14 06:12:09 tgw01 fleetd[812]: config loaded {k}={v}\n"),
    ("billing_stack_trace_sentry_breadcrumb", 'breadcrumb: {{"category":"http","data":{{"{k}":"{v}"}}}}\n'),
    ("route_sheet_excel_power_query_m", 'let\n    {c} = "{v}",\n    Source = Json.Document(Web.Contents(url))\nin Source'),
    ("weighbridge_gateway_nssm_service_dump", "nssm get ScaleBridge AppEnvironmentExtra\n{K}={v}\n"),
]


def camel(key):
    parts = key.lower().split("_")
    return parts[0] + "".join(p.capitalize() for p in parts[1:])


def generate(sh):
    out = []
    for ki, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            ti = (7 * ki + 5 * j) % len(TYPES)
            typ, key, gen = TYPES[ti]
            v = gen(sh)
            out.append((typ, kind, tpl, key, v))
    recs = []
    for typ, kind, tpl, key, v in out:
        MARK = "\ue000"
        text = tpl.format(K=key, k=key.lower(), c=camel(key), v=MARK)
        st = text.index(MARK)
        text = text.replace(MARK, v)
        recs.append({"type": typ, "container": kind, "text": text,
                     "secrets": [{"value": v, "start": st, "end": st + len(v), "type": typ}], "source": "everyday"})
    return recs
