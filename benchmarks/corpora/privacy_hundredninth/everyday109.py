"""Everyday records: 45 restaurant / POS / delivery container kinds x 4 (seed 10901)."""
import random
from common109 import rs, owner_password, uuid4, ALNUM, HEX, B64URL, Slot

TYPES = [
    ('pos_toast_partner_client_secret', 'TOAST_CLIENT_SECRET', lambda r: rs(r, 48, ALNUM + '-_')),
    ('pos_square_location_access_token', 'SQUARE_ACCESS_TOKEN', lambda r: 'EAAA' + rs(r, 60, ALNUM + '-_')),
    ('pos_clover_merchant_api_token', 'CLOVER_API_TOKEN', uuid4),
    ('pos_kds_database_password', 'KDS_DB_PASSWORD', owner_password),
    ('pos_doordash_drive_signing_secret', 'DOORDASH_SIGNING_SECRET', lambda r: rs(r, 43, B64URL)),
    ('pos_uber_eats_client_secret', 'UBER_EATS_CLIENT_SECRET', lambda r: rs(r, 40, ALNUM + '-_')),
    ('pos_back_office_admin_password', 'BACKOFFICE_ADMIN_PASSWORD', owner_password),
    ('pos_lightspeed_restaurant_refresh_token', 'LIGHTSPEED_REFRESH_TOKEN', lambda r: rs(r, 40, HEX)),
    ('pos_reservation_webhook_hmac_key', 'RESERVATIONS_WEBHOOK_SECRET', lambda r: rs(r, 64, HEX)),
    ('pos_receipt_mailer_smtp_password', 'RECEIPT_SMTP_PASSWORD', owner_password),
    ('pos_loyalty_program_api_secret', 'LOYALTY_API_SECRET', lambda r: rs(r, 32, ALNUM)),
    ('pos_menu_sync_sftp_password', 'MENU_SFTP_PASSWORD', owner_password),
]

C = [
 ('toast_webhook_receiver_dotenv', '# toast-webhooks/.env.production\nPORT=8087\nTOAST_RESTAURANT_GUID=2b1f0d6e-restaurant\n{K}={V}\nLOG_LEVEL=info\n'),
 ('square_pos_nextjs_env_local', '# apps/ordering/.env.local  (do not commit)\nNEXT_PUBLIC_SITE=https://order.example.com\n{K}="{V}"\n'),
 ('clover_app_market_gradle_properties', 'org.gradle.jvmargs=-Xmx2048m\nclover.merchant.region=us\n{k}={V}\n'),
 ('kitchen_display_electron_config_json', '{{\n  "station": "grill-2",\n  "printerFallback": true,\n  "{c}": "{V}",\n  "bumpBar": "usb"\n}}\n'),
 ('receipt_printer_bridge_ini', '[bridge]\nqueue=ESC-POS\ninterface=192.168.10.41:9100\n\n[credentials]\n{k} = {V}\n'),
 ('delivery_aggregator_compose_environment', 'services:\n  aggregator:\n    image: registry.example.com/orders/aggregator:4.2\n    environment:\n      - {K}={V}\n      - TZ=Europe/Berlin\n'),
 ('menu_sync_github_actions_env_block', 'jobs:\n  sync-menu:\n    runs-on: ubuntu-latest\n    env:\n      {K}: {V}\n    steps:\n      - run: python sync_menu.py --all-locations\n'),
 ('online_ordering_laravel_config_php', "<?php\nreturn [\n    'store' => 'downtown',\n    '{k}' => '{V}',\n];\n"),
 ('reservation_widget_rails_credentials_yml', 'production:\n  reservations:\n    provider: sevenrooms\n    {k}: {V}\n'),
 ('pos_terminal_android_shared_prefs_xml', '<?xml version="1.0" encoding="utf-8"?>\n<map>\n    <string name="terminal_id">T-0042</string>\n    <string name="{k}">{V}</string>\n</map>\n'),
 ('loyalty_worker_celery_settings_py', 'CELERY_BROKER = "redis://cache.internal:6379/3"\n{K} = "{V}"\nLOYALTY_POINTS_PER_EURO = 10\n'),
 ('franchise_ops_slack_message', 'hey @oncall the downtown store tablet lost its config again, I re-entered {K} = {V} and orders are flowing, can someone rotate it tomorrow?'),
 ('pos_support_zendesk_ticket_body', 'Ticket #58213 - Store 114 not receiving DoorDash orders\n\nCustomer pasted their settings screen:\n  {K}: {V}\n  Location: Main St\nPlease advise.\n'),
 ('kds_sqlite_settings_row_dump', "sqlite> select * from settings where key='{k}';\n{k}|{V}|2024-03-02\n"),
 ('menu_import_excel_power_query_m', 'let\n    Source = Web.Contents("https://api.example.com/menus", [Headers=[#"X-Secret"="{V}"]]),\n    Json = Json.Document(Source)\nin\n    Json\n'),
 ('order_router_spring_application_yml', 'orders:\n  router:\n    upstream: https://orders.internal\n    {c}: {V}\nserver:\n  port: 8443\n'),
 ('drive_thru_timer_raspberry_crontab', '# m h dom mon dow command\n*/5 * * * * {K}={V} /opt/drivethru/push_metrics.sh >> /var/log/dt.log 2>&1\n'),
 ('inventory_count_google_sheet_apps_script', "function pushCounts() {{\n  const {c} = '{V}';\n  UrlFetchApp.fetch(API + '/counts', {{method: 'post'}});\n}}\n"),
 ('gift_card_service_kubernetes_secret_stringdata', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: giftcards\nstringData:\n  {K}: "{V}"\n'),
 ('tip_pool_report_jupyter_cell_source', '{{"cell_type": "code", "source": ["import pandas as pd\\n", "{k} = \'{V}\'\\n", "df = load_shifts()\\n"]}}\n'),
 ('pos_middleware_dotnet_user_secrets_json', '{{\n  "Pos:Store": "0114",\n  "Pos:{c}": "{V}"\n}}\n'),
 ('restaurant_wordpress_wp_config_php', "define( 'WP_DEBUG', false );\ndefine( '{K}', '{V}' );\n"),
 ('catering_quote_tool_flask_instance_cfg', "SQLALCHEMY_TRACK_MODIFICATIONS = False\n{K} = '{V}'\n"),
 ('delivery_zone_lambda_terraform_tfvars', 'region = "eu-west-1"\n{k} = "{V}"\nmemory_size = 256\n'),
 ('ghost_kitchen_ansible_group_vars', '---\nkitchen_brand: "noodle-lab"\n{k}: "{V}"\nkds_stations: 4\n'),
 ('pos_windows_service_nssm_dump', 'C:\\> nssm dump OrderBridge\nnssm.exe install OrderBridge C:\\OrderBridge\\bridge.exe\nnssm.exe set OrderBridge AppEnvironmentExtra {K}={V}\n'),
 ('menu_board_signage_player_json', '{{"playlist": "lunch", "rotateSeconds": 12, "{c}": "{V}"}}\n'),
 ('waitlist_sms_bot_python_traceback', 'Traceback (most recent call last):\n  File "waitlist/notify.py", line 41, in send\n    client = Client(cfg)\n  cfg = {{\'store\': \'0114\', \'{k}\': \'{V}\'}}\nValueError: bad store region\n'),
 ('franchise_onboarding_notion_export_md', '## Store 0207 go-live checklist\n\n- [x] printers paired\n- [x] {K}: `{V}`\n- [ ] menu photos\n'),
 ('pos_vendor_support_email', 'Subject: Re: integration keys for Harbor Street Kitchen\n\nHi Sam,\n\nas requested, the value for {K} is {V}\nLet me know when the tablets are online.\n\nThanks, Priya\n'),
 ('order_tablet_mdm_managed_config_plist', '<dict>\n  <key>storeNumber</key>\n  <string>0114</string>\n  <key>{c}</key>\n  <string>{V}</string>\n</dict>\n'),
 ('kitchen_printer_cups_job_log', 'I [02/Mar/2024:11:02:41 +0100] [Job 311] Started filter /usr/lib/cups/filter/rastertoescpos (PID 8812) {K}={V}\n'),
 ('delivery_webhook_express_server_js', "const app = express();\nconst {c} = process.env.OVERRIDE || '{V}';\napp.post('/hooks/delivery', verify({c}));\n"),
 ('reservation_sync_go_config_toml', '[sync]\ninterval = "60s"\n{k} = "{V}"\n'),
 ('pos_report_power_bi_parameter_m', 'shared {c} = "{V}" meta [IsParameterQuery=true, Type="Text"];\n'),
 ('inventory_scanner_android_build_config', 'android {{\n  defaultConfig {{\n    buildConfigField "String", "{K}", "\\"{V}\\""\n  }}\n}}\n'),
 ('line_cook_app_flutter_env_json', '{{\n  "FLAVOR": "prod",\n  "{K}": "{V}"\n}}\n'),
 ('restaurant_erp_odoo_conf', '[options]\naddons_path = /opt/odoo/addons\n{k} = {V}\nworkers = 4\n'),
 ('pos_backup_powershell_script_ps1', '$store = "0114"\n${c} = "{V}"\nInvoke-RestMethod -Uri $api -Headers @{{ "X-Key" = ${c} }}\n'),
 ('delivery_pilot_trello_card_comment', 'Card: Uber Eats pilot - Store 31\nComment by maria.k: creds for the pilot tablet -> {K} {V} (temporary)\n'),
 ('kds_docker_run_history_line', '  512  docker run -d --name kds -e {K}={V} -p 8080:8080 kds:3.1\n'),
 ('order_events_kafka_connect_json', '{{\n  "name": "orders-sink",\n  "config": {{\n    "connector.class": "HttpSinkConnector",\n    "{k}": "{V}"\n  }}\n}}\n'),
 ('pos_integration_postman_environment_json', '{{\n  "name": "POS prod",\n  "values": [\n    {{"key": "{c}", "value": "{V}", "enabled": true}}\n  ]\n}}\n'),
 ('restaurant_site_netlify_cli_env_set', '$ netlify env:set {K} {V} --context production\nSet environment variable {K} in the production context\n'),
 ('menu_engineering_r_renviron', 'R_LIBS_USER=~/R/library\n{K}={V}\n'),
]

def _camel(K):
    parts = K.lower().split('_')
    return parts[0] + ''.join(p.capitalize() for p in parts[1:])

def build():
    r = random.Random(10901)
    out = []
    assert len(C) == 45
    for i, (kind, tpl) in enumerate(C):
        for j in range(4):
            t, K, gen = TYPES[(i + 3 * j) % 12]
            v = gen(r)
            text, s, e = Slot.fill(tpl, v, K=K, k=K.lower(), c=_camel(K))
            out.append(dict(type=t, container=kind, text=text,
                            secrets=[dict(value=v, start=s, end=e, type=t)], source='everyday'))
    return out
