import random, string
from common161 import *

TYPES = [
 ("shop_mgmt_db_password", "pw"), ("dvi_portal_admin_password", "pw"), ("scan_tool_shop_wifi_password", "pw"),
 ("parts_supplier_ftp_password", "pw"), ("alignment_rack_pc_password", "pw"), ("dealer_dms_service_password", "pw"),
 ("parts_catalog_api_key", "hex40"), ("text_to_pay_webhook_secret", "whsec"), ("vin_decoder_api_token", "an48"),
 ("labor_guide_oauth_client_secret", "b64"), ("dvi_photo_upload_jwt", "jwt"), ("tire_machine_cloud_sync_key", "hex64"),
]
KEYWORDS = {
 "shop_mgmt_db_password": ["shop", "db", "password"], "dvi_portal_admin_password": ["dvi", "admin", "password"],
 "scan_tool_shop_wifi_password": ["scantool", "wifi", "password"], "parts_supplier_ftp_password": ["supplier", "ftp", "password"],
 "alignment_rack_pc_password": ["alignment", "pc", "password"], "dealer_dms_service_password": ["dms", "service", "password"],
 "parts_catalog_api_key": ["parts", "catalog", "api", "key"], "text_to_pay_webhook_secret": ["text2pay", "webhook", "secret"],
 "vin_decoder_api_token": ["vin", "decoder", "token"], "labor_guide_oauth_client_secret": ["labor", "guide", "client", "secret"],
 "dvi_photo_upload_jwt": ["dvi", "upload", "jwt"], "tire_machine_cloud_sync_key": ["tire", "machine", "sync", "key"],
}

def gen_value(r, kind):
    if kind == "pw": return password(r)
    if kind == "hex40": return s(r, HEX, 40)
    if kind == "whsec": return "ttpw_" + s(r, AL, 36)
    if kind == "an48": return s(r, AL, 48)
    if kind == "b64": return b64(r, 30)
    if kind == "jwt": return jwt(r, "dvi-uploader")
    if kind == "hex64": return s(r, HEX, 64)

# (container kind, key style, template)
CONTAINERS = [
 ("shop_mgmt_rails_credentials_yml_dec", "snake", "production:\n  shop_ui:\n    {K}: {V}\n    host: db.shop.internal\n"),
 ("dvi_tablet_react_native_config_env", "upper", "API_BASE=https://dvi.shop.internal\n{K}={V}\nPHOTO_MAX_MB=12\n"),
 ("dvi_inspection_flask_instance_config_py", "upper", "DEBUG = False\n{K} = \"{V}\"\nINSPECTION_TEMPLATE = 'multi-point-42'\n"),
 ("obd_dongle_esp32_platformio_ini", "upper", "[env:obd_dongle]\nboard = esp32dev\nbuild_flags =\n  -D {K}=\\\"{V}\\\"\n"),
 ("obd_dongle_arduino_secrets_h", "upper", "#pragma once\n#define SHOP_SSID \"BAY3-DIAG\"\n#define {K} \"{V}\"\n"),
 ("j2534_passthru_ini_registry_export", "pascal", "[HKEY_LOCAL_MACHINE\\SOFTWARE\\PassThruSupport.04.04\\ShopVCI]\n\"{K}\"=\"{V}\"\n"),
 ("j2534_wrapper_csharp_app_config", "pascal", "<appSettings>\n  <add key=\"{K}\" value=\"{V}\" />\n  <add key=\"VciPort\" value=\"COM4\" />\n</appSettings>\n"),
 ("scan_tool_android_local_properties", "dot", "sdk.dir=/opt/android-sdk\n{K}={V}\n"),
 ("scan_tool_flutter_dart_env_json", "upper", "{\n  \"SHOP_REGION\": \"us-midwest\",\n  \"{K}\": \"{V}\"\n}\n"),
 ("uds_flash_tool_python_toml", "snake", "[ecu_flash]\nbaudrate = 500000\n{K} = \"{V}\"\n"),
 ("ecu_reflash_bench_powershell_ps1", "pascal", "$VciHost = '10.20.0.15'\n${K} = '{V}'\nStart-Reflash -Host $VciHost\n"),
 ("parts_catalog_symfony_env_local", "upper", "APP_ENV=prod\n{K}={V}\nCATALOG_LOCALE=en_US\n"),
 ("parts_ordering_dotnet_user_secrets_json", "pascal", "{\n  \"PartsOrdering:{K}\": \"{V}\"\n}\n"),
 ("supplier_punchout_cxml_config_xml", "camel", "<PunchOutSetup>\n  <Sender domain=\"NetworkId\">SHOP-0042</Sender>\n  <{K}>{V}</{K}>\n</PunchOutSetup>\n"),
 ("parts_price_sync_cron_crontab", "upper", "# nightly supplier price sync\n{K}={V}\n15 2 * * * /opt/pricesync/run.sh\n"),
 ("vin_decoder_go_config_yaml", "snake", "decoder:\n  cache_ttl: 24h\n  {K}: \"{V}\"\n"),
 ("vin_decoder_rust_env_rs_const", "upper", "pub const DECODER_URL: &str = \"https://vin.shop.internal\";\npub const {K}: &str = \"{V}\";\n"),
 ("labour_guide_node_config_default_json", "camel", "{\n  \"laborGuide\": {\n    \"{K}\": \"{V}\",\n    \"region\": \"NA\"\n  }\n}\n"),
 ("labour_estimator_ruby_figaro_yml", "upper", "development:\n  ESTIMATE_ROUNDING: \"0.1\"\n  {K}: \"{V}\"\n"),
 ("tire_changer_plc_hmi_tag_csv", "pascal", "TagName,DataType,Value\nRimClampPressure,REAL,8.5\n{K},STRING,{V}\n"),
 ("wheel_balancer_embedded_config_c", "upper", "static const char {K}[] = \"{V}\";\nstatic const int SPIN_RPM = 200;\n"),
 ("alignment_machine_windows_ini", "pascal", "[CloudSync]\nEnabled=1\n{K}={V}\n"),
 ("adas_calibration_kotlin_gradle_properties", "camel", "org.gradle.jvmargs=-Xmx2g\n{K}={V}\n"),
 ("text_to_pay_django_env_file", "upper", "DJANGO_SETTINGS_MODULE=textpay.settings\n{K}={V}\n"),
 ("text_to_pay_express_config_mjs", "camel", "export default {\n  port: 8080,\n  {K}: '{V}',\n};\n"),
 ("sms_reminder_twiml_bin_function_js", "camel", "exports.handler = (context, event, callback) => {\n  const {K} = '{V}';\n  callback(null, {});\n};\n"),
 ("shop_mgmt_laravel_database_php", "snake", "'mysql' => [\n    'host' => 'db.shop.internal',\n    '{K}' => '{V}',\n],\n"),
 ("shop_mgmt_sqlalchemy_alembic_ini", "dot", "[alembic]\nscript_location = migrations\n{K} = {V}\n"),
 ("dealer_dms_mule_properties", "dot", "dms.host=dms.dealer.internal\n{K}={V}\n"),
 ("dealer_dms_biml_connection", "pascal", "<Connection Name=\"DMS\" ConnectionString=\"Data Source=dms01;Initial Catalog=Service;\" {K}=\"{V}\" />\n"),
 ("dealer_ro_export_ssh_config_comment", "space", "Host ro-export\n  HostName 10.40.1.9\n  User roexport\n  # {K}: {V}\n"),
 ("shop_backup_restic_env_sh", "upper", "export RESTIC_REPOSITORY=s3:https://minio.shop.internal/backups\nexport {K}='{V}'\n"),
 ("shop_network_unifi_controller_json", "camel", "{\n  \"site\": \"main-shop\",\n  \"{K}\": \"{V}\"\n}\n"),
 ("shop_kiosk_chromeos_policy_json", "pascal", "{\n  \"KioskApp\": \"checkin\",\n  \"{K}\": {\"Value\": \"{V}\"}\n}\n"),
 ("shop_tv_dashboard_grafana_ini", "snake", "[security]\nadmin_user = shopadmin\n{K} = {V}\n"),
 ("fleet_telematics_sam_template_yaml", "pascal", "Parameters:\n  {K}:\n    Type: String\n    Default: {V}\n"),
 ("fleet_portal_astro_env_d_ts", "upper", "// generated for local dev\nconst {K} = \"{V}\";\n"),
 ("inspection_report_latex_preamble", "camel", "\\newcommand{\\shopname}{Bay Street Auto}\n\\newcommand{\\{K}}{{V}}\n"),
 ("service_advisor_autohotkey_script", "camel", "#Persistent\n{K} := \"{V}\"\n^!p::Send %{K}%\n"),
 ("diag_laptop_keepass_csv_export", "space", "\"Group\",\"Title\",\"Password\"\n\"Shop\",\"{K}\",\"{V}\"\n"),
 ("diag_gateway_openwrt_uci_config", "snake", "config diag 'gateway'\n\toption enabled '1'\n\toption {K} '{V}'\n"),
 ("technician_group_chat_paste", "space", "Jake (Bay 2): for the new guy, {K} is {V} thx\n"),
 ("service_writer_voicemail_transcript", "space", "Voicemail 08:14 — hey it's Carla, if the loaner desk asks, the {K} is {V}, call me back.\n"),
 ("shop_whiteboard_photo_ocr", "space", "TODAY: 3 alignments / 2 brake jobs\n{K} -> {V}\nPARTS RUN 2PM\n"),
 ("parts_counter_zendesk_macro_paste", "space", "Macro 'supplier outage' inserted by counter: use {K} {V} until the portal is back.\n"),
]

def build(seed=16101):
    return build_with(seed, None)

def build_with(seed, reg):
    r = random.Random(seed)
    out = []
    for ci, (kind, style, tpl) in enumerate(CONTAINERS):
        for j in range(4):
            t, vk = TYPES[(5 * ci + 7 * j) % 12]
            v = draw(reg, lambda: gen_value(r, vk))
            k = keyname(KEYWORDS[t], style)
            text, a, b = place(tpl.replace("{K}", k), v)
            out.append((t, kind, text, a, b))
    return out
