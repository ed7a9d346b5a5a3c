"""Everyday secrets of bakery / food-manufacturing / HACCP developers: 45 container kinds x 4."""
import random
from common163 import *

TYPES = [
    ('bakery_erp_database_password', 'pw'),
    ('oven_controller_hmi_password', 'pw'),
    ('haccp_logger_portal_password', 'pw'),
    ('blast_chiller_gateway_password', 'pw'),
    ('route_ordering_sftp_password', 'pw'),
    ('label_printer_admin_password', 'pw'),
    ('recipe_scaling_api_key', 'hex40'),
    ('allergen_label_webhook_secret', 'alw'),
    ('temperature_log_hmac_key', 'hex64'),
    ('traceability_jwt_signing_secret', 'b64'),
    ('recall_portal_client_secret', 'alnum48'),
    ('wholesale_order_bearer_token', 'b64u'),
]

# (kind, key style, template)  {K}=key name, {V}=value
KINDS = [
    ('recipe_scaler_streamlit_secrets_toml', 'snake', '[bakery]\nhost = "erp.bakehouse.internal"\n{K} = "{V}"\n'),
    ('production_planner_rails_database_yml', 'snake', 'production:\n  adapter: postgresql\n  host: plan-db.bakehouse.internal\n  {K}: "{V}"\n'),
    ('haccp_logger_flask_instance_config_py', 'upper', '# instance/config.py\nSQLALCHEMY_ECHO = False\n{K} = "{V}"\n'),
    ('temperature_probe_micropython_secrets_py', 'snake', '# secrets.py on the probe hub\nssid = "bakery-floor"\n{K} = "{V}"\n'),
    ('blast_chiller_esphome_secrets_yaml', 'snake', 'wifi_ssid: "chiller-room"\n{K}: "{V}"\n'),
    ('oven_hmi_node_red_flows_cred_env', 'upper', '# loaded by node-red via env before start\nexport {K}=\'{V}\'\n'),
    ('deck_oven_twincat_tmc_param', 'pascal', '<Parameter>\n  <Name>{K}</Name>\n  <Default>{V}</Default>\n</Parameter>\n'),
    ('spiral_mixer_s7_db_initial_value', 'pascal', 'DATA_BLOCK "MixerCfg"\n  STRUCT\n    {K} : String[64] := \'{V}\';\n  END_STRUCT;\nEND_DATA_BLOCK\n'),
    ('proofer_rockwell_l5x_tag_value', 'pascal', '<Tag Name="{K}" DataType="STRING">\n  <Data Format="String">\'{V}\'</Data>\n</Tag>\n'),
    ('label_printer_zpl_template_comment', 'upper', '^XA\n^FX {K}={V} (printer web admin)\n^FO50,50^A0N,40^FDALLERGENS: MILK, EGG^FS\n^XZ\n'),
    ('bartender_integration_xml_action', 'pascal', '<Integration>\n  <Action Type="Print" Printer="LINE3-ZT610" />\n  <Setting Name="{K}" Value="{V}" />\n</Integration>\n'),
    ('nutrition_calc_r_renviron', 'upper', '# ~/.Renviron for the nutrition panel scripts\n{K}={V}\n'),
    ('allergen_matrix_excel_vba_const', 'pascal', 'Attribute VB_Name = "AllergenSync"\nPrivate Const {K} As String = "{V}"\n'),
    ('recipe_costing_google_apps_script_properties', 'upper', 'PropertiesService.getScriptProperties().setProperty(\'{K}\', \'{V}\');\n'),
    ('wholesale_order_shopify_remix_shopify_app_toml', 'snake', '[access_scopes]\nscopes = "read_orders"\n[build]\n{K} = "{V}"\n'),
    ('route_ordering_fastapi_pydantic_env_file', 'upper', '# .env.production (read by pydantic BaseSettings)\n{K}={V}\n'),
    ('delivery_driver_capacitor_config_ts', 'camel', "const config: CapacitorConfig = {\n  appId: 'com.bakehouse.routes',\n  plugins: { Routes: { {K}: '{V}' } },\n};\n"),
    ('standing_order_svelte_env_private', 'upper', '# .env consumed via $env/static/private\n{K}="{V}"\n'),
    ('lot_trace_spring_boot_application_properties', 'dot', 'spring.application.name=lot-trace\n{K}={V}\n'),
    ('recall_tool_quarkus_application_yaml', 'kebab', 'quarkus:\n  http:\n    port: 8085\nrecall:\n  {K}: "{V}"\n'),
    ('traceability_go_viper_config_yaml', 'kebab', 'trace:\n  listen: ":9090"\n  {K}: {V}\n'),
    ('haccp_dashboard_grafana_provisioning_datasource', 'camel', 'apiVersion: 1\ndatasources:\n  - name: haccp\n    type: postgres\n    secureJsonData:\n      {K}: "{V}"\n'),
    ('cold_room_influx_telegraf_input_snippet', 'snake', '[[inputs.mqtt_consumer]]\n  servers = ["tcp://cold-room.bakehouse.internal:1883"]\n  {K} = "{V}"\n'),
    ('bakery_erp_nav_al_codeunit_label', 'pascal', 'codeunit 50100 "Bakery Sync"\n{\n    var\n        {K}: Label \'{V}\', Locked = true;\n}\n'),
    ('bakery_erp_sap_abap_constant', 'upper', 'CONSTANTS: lc_{K} TYPE string VALUE \'{V}\'.\n'),
    ('production_mes_ignition_tag_json', 'camel', '{"name": "mesCfg", "tags": [{"name": "{K}", "valueSource": "memory", "value": "{V}"}]}\n'),
    ('scale_integration_dotnet_user_secrets_json', 'pascal', '{\n  "Scales:Line2": "10.40.2.17",\n  "Scales:{K}": "{V}"\n}\n'),
    ('oven_recipe_download_wpf_settings_settings', 'pascal', '<Setting Name="{K}" Type="System.String" Scope="Application">\n  <Value Profile="(Default)">{V}</Value>\n</Setting>\n'),
    ('mixer_gateway_rust_config_ron', 'snake', '(\n    plc: "10.40.3.9:502",\n    {K}: "{V}",\n)\n'),
    ('proofer_monitor_elixir_runtime_exs', 'snake', 'import Config\nconfig :proofer_monitor, {K}: "{V}"\n'),
    ('haccp_sensor_lorawan_chirpstack_toml', 'snake', '[integration.http]\nevent_endpoint_url = "https://haccp.bakehouse.internal/uplink"\n{K} = "{V}"\n'),
    ('wholesale_portal_wordpress_wp_config_php', 'upper', "define( 'DB_NAME', 'wholesale' );\ndefine( '{K}', '{V}' );\n"),
    ('recipe_api_nestjs_config_module_ts', 'upper', "ConfigModule.forRoot({ load: [() => ({ {K}: '{V}' })] });\n"),
    ('label_compliance_jupyter_notebook_cell', 'upper', '{"cell_type": "code", "source": ["{K} = \\"{V}\\"\\n", "labels = load_labels()"]}\n'),
    ('production_schedule_airflow_connection_env', 'upper', '# airflow worker env\nAIRFLOW_CONN_BAKERY_ERP_EXTRA=\'{"note": "x"}\'\n{K}={V}\n'),
    ('bakery_k8s_external_secret_fallback_data', 'snake', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: bakery-fallback\nstringData:\n  {K}: "{V}"\n'),
    ('plant_network_ansible_host_vars_yml', 'snake', '---\nplc_vlan: 40\n{K}: "{V}"\n'),
    ('bakehouse_nix_flake_module_setting', 'camel', 'services.bakeryErp = {\n  enable = true;\n  {K} = "{V}";\n};\n'),
    ('route_ordering_gitea_actions_env_block', 'upper', 'jobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n      {K}: "{V}"\n'),
    ('food_safety_tablet_android_strings_xml', 'snake', '<resources>\n    <string name="{K}">{V}</string>\n</resources>\n'),
    ('qa_manager_whatsapp_forward', 'spaced', 'Forwarded: for the audit tomorrow, {K} is {V} - delete after.\n'),
    ('bakery_floor_laminated_sop_card_ocr', 'spaced', 'SOP 7.3 LINE 2 START-UP\n1. Power on oven HMI\n2. {K}: {V}\n3. Verify probe at 75C\n'),
    ('night_baker_voicemail_transcript', 'spaced', 'Voicemail 03:12: hi it is Marek from nights, the {K} is {V} okay, the chiller alarm is back.\n'),
    ('haccp_audit_prep_notion_export_md', 'spaced', '## Audit prep\n- [ ] probes calibrated\n- [x] {K}: `{V}`\n'),
    ('delivery_van_dashcam_sticky_note_ocr', 'spaced', 'VAN 14 - ROUTE B\n{K}\n{V}\ndo not remove\n'),
]


def make_value(r, shape):
    if shape == 'pw':
        return password(r)
    if shape == 'hex40':
        return rs(r, HEX, 40)
    if shape == 'hex64':
        return rs(r, HEX, 64)
    if shape == 'alw':
        return 'alw_' + rs(r, ALNUM, 32)
    if shape == 'b64':
        return b64(r, 48)
    if shape == 'alnum48':
        return rs(r, ALNUM, 48)
    if shape == 'b64u':
        return b64u(r, 32)
    raise ValueError(shape)


def generate(reg):
    r = random.Random(16301)
    out = []
    for k, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            t = (5 * k + 7 * j) % len(TYPES)
            stype, shape = TYPES[t]
            key = key_style(stype.split('_'), style)
            v = reg.draw(lambda: make_value(r, shape))
            text = tpl.replace('{K}', key).replace('{V}', v)
            out.append(rec(kind, kind, text, v, stype, 'everyday'))
    return out
