"""Everyday secrets of brewery / winery / beverage developers: 45 container kinds x 4."""
import random
from common131 import rs, hx, uuid4, b64, jwt, owner_pw, ALNUM, B64URL, LOWNUM

def _camel(s):
    p = s.split('_')
    return p[0] + ''.join(x.capitalize() for x in p[1:])

# type -> (key name base, generator)
TYPES = [
    ('bev_brewhouse_historian_db_password', 'historian_db_pass', lambda r: owner_pw(r)),
    ('bev_fermentation_sensor_ingest_key', 'ferm_ingest_key', lambda r: 'fsk_' + rs(r, 32)),
    ('bev_taproom_pos_webhook_secret', 'pos_webhook_secret', lambda r: b64(r, 32)),
    ('bev_distributor_portal_client_secret', 'distributor_client_secret', lambda r: rs(r, 48, ALNUM + '~.')),
    ('bev_excise_filing_service_password', 'excise_filing_pass', lambda r: owner_pw(r)),
    ('bev_bottling_line_hmi_password', 'filler_hmi_pass', lambda r: owner_pw(r)),
    ('bev_cellar_mqtt_broker_password', 'cellar_mqtt_pass', lambda r: owner_pw(r)),
    ('bev_label_printer_cloud_token', 'label_cloud_token', lambda r: uuid4(r)),
    ('bev_wine_club_refresh_token', 'club_refresh_token', lambda r: 'rft.' + rs(r, 64, B64URL)),
    ('bev_tank_controller_session_jwt', 'tank_ctl_session', lambda r: jwt(r, {'sub': 'fv%02d-panel' % r.randint(1, 40), 'role': 'cellar', 'iat': 1700000000 + r.randint(0, 9 ** 7)})),
    ('bev_shop_cookie_signing_secret', 'shop_cookie_secret', lambda r: hx(r, 64)),
    ('bev_keg_tracking_api_secret', 'keg_track_secret', lambda r: 'kts_live_' + rs(r, 40)),
]

# kind -> template; {K} upper key, {k} snake key, {c} camel key, {v} value
KINDS = [
    ('brewhouse_braumat_archive_ini', '[ArchiveLink]\nServer=bh-sql01.brewery.internal\nDatabase=BRAUMAT_ARCH\n{c}={v}\nPollSeconds=15\n'),
    ('fermentation_tilt_pi_settings_json', '{{\n  "tilt_color": "RED",\n  "log_interval": 900,\n  "{k}": "{v}",\n  "cloud_url": "https://ferm.example.com/ingest"\n}}'),
    ('mash_schedule_craftbeerpi_config_yaml', 'name: craftbeerpi-hlt\nport: 8000\nplugins:\n  - cbpi4-ferm-sync\n{k}: "{v}"\n'),
    ('cellar_tank_plc_structured_text_const', 'VAR_GLOBAL CONSTANT\n    TANK_COUNT : INT := 24;\n    {K} : STRING[80] := \'{v}\';\nEND_VAR'),
    ('bottling_filler_wincc_script_vbs', 'Dim conn\nSet conn = CreateObject("ADODB.Connection")\nConst {K} = "{v}"\nconn.Open "Provider=SQLOLEDB;Data Source=filler-hmi"\n'),
    ('canning_line_ignition_tag_provider_props', 'provider.name=canning\nprovider.host=10.20.4.12\n{k}={v}\nprovider.scanclass=default\n'),
    ('brite_tank_esp32_arduino_secrets_h', '#pragma once\n#define WIFI_SSID "cellar-iot"\n#define {K} "{v}"\n#define TANK_ID 7\n'),
    ('glycol_chiller_modbus_bridge_toml', '[bridge]\nport = "/dev/ttyUSB0"\nbaud = 19200\n\n[upstream]\nurl = "mqtts://cellar.example.net:8883"\n{k} = "{v}"\n'),
    ('taproom_toast_sync_lambda_env_json', '{{"Variables": {{"TOAST_RESTAURANT": "taproom-main", "{K}": "{v}", "LOG_LEVEL": "info"}}}}'),
    ('taproom_menu_board_electron_config_js', 'module.exports = {{\n  refreshSeconds: 60,\n  screen: "left-wall",\n  {c}: "{v}",\n}};\n'),
    ('distributor_portal_rails_credentials_yml', 'production:\n  distributor_portal:\n    {k}: {v}\n    region: us-east\n'),
    ('distributor_edi_biztalk_binding_xml', '<BindingInfo>\n  <SendPort Name="Distributor850">\n    <Address>https://edi.example.org/as2</Address>\n    <{c}>{v}</{c}>\n  </SendPort>\n</BindingInfo>'),
    ('excise_return_ttb_report_r_script', 'library(DBI)\nreport_month <- "2026-04"\n{k} <- "{v}"\ncon <- dbConnect(odbc::odbc(), "excise")\n'),
    ('excise_tax_sas_libname_stmt', 'libname excise odbc dsn="ttb_reports" user=taxrpt;\n%let {k}={v};\n'),
    ('brewery_erp_odoo_addon_manifest_py', "{{\n    'name': 'brewery_batch_sync',\n    'version': '17.0.1',\n    '{k}': '{v}',\n    'depends': ['mrp'],\n}}"),
    ('winery_lab_analyzer_labview_ini', '[FossLink]\nComPort=COM4\nExportDir=D:\\\\lab\\\\exports\n{c}="{v}"\n'),
    ('vineyard_weather_station_mqtt_conf_lua', 'config = {{\n  station = "block-7",\n  {k} = "{v}",\n  interval = 300\n}}\n'),
    ('winery_crush_pad_kobo_xlsform_row', 'type,name,label,default\nhidden,{k},{k},{v}\ntext,block_id,Vineyard block,\n'),
    ('wine_club_woocommerce_wp_config_php', "<?php\ndefine('DB_NAME', 'club_wp');\ndefine('{K}', '{v}');\ndefine('WP_DEBUG', false);\n"),
    ('wine_club_laravel_services_php', "<?php\nreturn [\n    'club' => [\n        'endpoint' => env('CLUB_URL'),\n        '{k}' => '{v}',\n    ],\n];\n"),
    ('subscription_box_remix_server_env', 'NODE_ENV=production\nSESSION_DOMAIN=club.example.com\n{K}={v}\n'),
    ('beer_shop_shopify_hydrogen_env_ts', 'export const env = {{\n  storeDomain: "beer-shop.example.com",\n  {c}: "{v}",\n}} as const;\n'),
    ('keg_logistics_dotnet_web_config_appsetting', '<appSettings>\n  <add key="KegDepot" value="north" />\n  <add key="{c}" value="{v}" />\n</appSettings>'),
    ('keg_return_flask_instance_config_py', 'DEBUG = False\nKEG_DEPOTS = ["north", "south"]\n{K} = "{v}"\n'),
    ('packaging_schedule_airflow_variables_json', '{{\n  "packaging_line": "can-1",\n  "{k}": "{v}"\n}}'),
    ('packaging_qc_jupyter_notebook_cell', '{{"cell_type": "code", "source": ["import pandas as pd\\n", "{k} = \\"{v}\\"\\n", "df = pd.read_sql(q, eng)"]}}'),
    ('label_printer_zebra_zpl_job_comment', '^XA\n^FX {k}={v}\n^FO50,50^A0N,40,40^FDHazy IPA 16oz^FS\n^XZ'),
    ('label_approval_github_dependabot_yml', 'version: 2\nregistries:\n  label-npm:\n    type: npm-registry\n    url: https://npm.example.com\n    token: {v}\n'),
    ('brewery_tour_booking_netlify_toml', '[build]\n  command = "npm run build"\n[build.environment]\n  {K} = "{v}"\n'),
    ('cellar_dashboard_grafana_ini_section', '[database]\ntype = postgres\nhost = cellar-db:5432\nuser = grafana\n{k} = {v}\n'),
    ('fermentation_alerts_prometheus_alertmanager_yml', 'receivers:\n  - name: cellar-oncall\n    webhook_configs:\n      - url: https://alerts.example.net/hook\n        http_config:\n          bearer_token: {v}\n'),
    ('brew_day_pwa_vue_env_production', 'VITE_APP_TITLE=Brew Day\nVUE_APP_{K}={v}\n'),
    ('hop_inventory_google_sheets_apps_script', 'function syncHops() {{\n  var {c} = "{v}";\n  var sheet = SpreadsheetApp.getActive().getSheetByName("Hops");\n}}\n'),
    ('malt_order_power_automate_flow_json', '{{"definition": {{"actions": {{"HTTP": {{"inputs": {{"method": "POST", "headers": {{"X-{c}": "{v}"}}}}}}}}}}}}'),
    ('yeast_propagation_arduino_platformio_ini', '[env:prop-tank]\nplatform = espressif32\nbuild_flags =\n  -D {K}=\\"{v}\\"\n'),
    ('bottle_conditioning_cron_shell_script', '#!/bin/sh\n# nightly bottle-conditioning temp export\nexport {K}="{v}"\n/opt/brew/bin/export-temps --since 24h\n'),
    ('taproom_kiosk_android_gradle_properties', 'org.gradle.jvmargs=-Xmx2g\nkiosk.venue=taproom\n{c}={v}\n'),
    ('taproom_ipad_swift_secrets_enum', 'enum Secrets {{\n    static let venue = "taproom"\n    static let {c} = "{v}"\n}}\n'),
    ('brewery_slack_standup_bot_message', 'cellar standup: FV3 dry-hopped, FV5 crashing. btw the {k} for the new box is {v} until Ben rotates it'),
    ('winery_harvest_whatsapp_export_line', '[14/09/26, 06:12] Marta (cellar): ok, harvest tablet login: {k} {v} - delete after reading'),
    ('brewery_ops_jira_comment', 'Reopened. Deploy fails because the {k} is missing in prod. Temporarily set it to {v} on the job config - please replace.'),
    ('cellar_handover_email_body', 'Hi team,\n\nFor the weekend shift the {k} is {v}\nCall me if FV9 stalls.\n\nCheers, Ana'),
    ('excise_filing_pgadmin_servers_json', '{{"Servers": {{"1": {{"Name": "excise-db", "Host": "10.30.1.5", "Port": 5432, "Username": "excise", "{c}": "{v}"}}}}}}'),
    ('brewery_ansible_inventory_ini', '[cellar_gateways]\ngw-cellar-01 ansible_host=10.40.0.11\n\n[cellar_gateways:vars]\n{k}={v}\n'),
    ('winery_pos_square_terraform_tfvars_json', '{{\n  "location_id": "tasting-room",\n  "{k}": "{v}"\n}}'),
]

def build(seed, uniq):
    r = random.Random(seed)
    out = []
    for i, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            t_name, key, gen = TYPES[(5 * i + 7 * j) % len(TYPES)]
            v = uniq.take(lambda: gen(r))
            text = tpl.replace('{K}', key.upper()).replace('{k}', key).replace('{c}', _camel(key))
            text = text.replace('{{', '{').replace('}}', '}')
            a = text.index('{v}')
            text = text.replace('{v}', v)
            out.append(dict(type=t_name, container=kind, text=text,
                            secrets=[dict(value=v, start=a, end=a + len(v), type=t_name)], source='everyday'))
    return out
