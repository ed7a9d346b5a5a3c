"""Everyday records: 45 container kinds x 4 from the self-storage / moving world."""
from common149 import Gen, fill, rec, AN, LD, HEXL, B64U

# (type, key name, generator)
TYPES = [
    ("storage_pms_sql_password", "PMS_DB_PASSWORD", lambda g: g.pw()),
    ("gate_controller_admin_password", "gate_admin_pass", lambda g: g.pw()),
    ("smart_lock_cloud_api_key", "LOCK_CLOUD_API_KEY", lambda g: g.tok("slk_live_", 32)),
    ("tenant_portal_session_secret", "TENANT_PORTAL_SESSION_SECRET", lambda g: g.hexs(64)),
    ("autopay_processor_secret_key", "AUTOPAY_SECRET_KEY", lambda g: g.tok("apx_sk_", 40)),
    ("crew_dispatch_service_password", "dispatch_svc_password", lambda g: g.pw()),
    ("truck_rental_partner_token", "TRUCK_PARTNER_TOKEN", lambda g: g.tok("", 48)),
    ("inventory_photo_bucket_secret", "PHOTO_BUCKET_SECRET", lambda g: g.tok("", 40, AN + "+/")),
    ("move_estimate_webhook_secret", "ESTIMATE_WEBHOOK_SECRET", lambda g: g.tok("mvwh_", 32, B64U)),
    ("protection_plan_client_secret", "PROTECTION_PLAN_CLIENT_SECRET", lambda g: g.tok("", 48, AN)),
    ("facility_office_wifi_passphrase", "office_wifi_psk", lambda g: g.pw()),
    ("rental_kiosk_admin_password", "KIOSK_ADMIN_PASSWORD", lambda g: g.pw()),
]

# container kind -> template with {K} (key name) and {V}
KINDS = [
    ("sitelink_bridge_app_config_xml", '<appSettings>\n  <add key="CorpCode" value="CX4F" />\n  <add key="{K}" value="{V}" />\n</appSettings>'),
    ("storedge_sync_worker_dotenv", "# storEDGE nightly sync\nSYNC_FACILITIES=112,118,131\n{K}={V}\n"),
    ("gate_controller_firmware_ini", "[controller]\nzone=front_gate\nbaud=9600\n{K}={V}\n"),
    ("keypad_bridge_arduino_sketch", '#define KEYPAD_ZONES 4\nconst char* {K} = "{V}";\nvoid setup() { Serial.begin(115200); }'),
    ("lock_sync_kotlin_object", 'object LockSyncConfig {\n    const val FACILITY = "fac-0417"\n    const val {K} = "{V}"\n}'),
    ("tenant_portal_rails_credentials_yml", "production:\n  facility_region: midwest\n  {K}: {V}\n"),
    ("tenant_portal_laravel_env", "APP_ENV=production\nAPP_URL=https://portal.example.com\n{K}={V}\n"),
    ("autopay_cron_bash_script", '#!/usr/bin/env bash\n# runs 02:10 on the 1st\nexport {K}="{V}"\n/opt/autopay/bin/charge-due --dry-run=false\n'),
    ("autopay_sam_template_yaml", "Resources:\n  ChargeDueFn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Environment:\n        Variables:\n          {K}: {V}\n"),
    ("move_estimate_django_settings", "# settings/prod.py\nESTIMATE_CURRENCY = 'USD'\n{K} = '{V}'\n"),
    ("crew_dispatch_elixir_runtime_exs", 'import Config\nconfig :dispatch, Dispatch.Crews,\n  region: "tx-north",\n  {K}: "{V}"\n'),
    ("crew_app_react_native_config_js", "export default {\n  apiBase: 'https://dispatch.example.com',\n  {K}: '{V}',\n};"),
    ("truck_rental_appsettings_json", '{\n  "TruckRental": {\n    "Endpoint": "https://partners.example.com/v2",\n    "{K}": "{V}"\n  }\n}'),
    ("inventory_photo_ios_info_plist", "<dict>\n  <key>UploadRegion</key><string>us-east-2</string>\n  <key>{K}</key><string>{V}</string>\n</dict>"),
    ("inventory_photo_flutter_dart_const", "// lib/env.dart\nconst String uploadHost = 'photos.example.com';\nconst String {K} = '{V}';"),
    ("protection_plan_spring_yaml", "protection-plan:\n  carrier: tenant-protect\n  {K}: {V}\n"),
    ("facility_kiosk_registry_export", 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\RentKiosk]\n"Facility"="0417"\n"{K}"="{V}"\n'),
    ("facility_nvr_onvif_json", '{"nvr": "hall-b", "channels": 16, "{K}": "{V}"}'),
    ("auction_listing_scrapy_settings", "BOT_NAME = 'lienauction'\nROBOTSTXT_OBEY = True\n{K} = \"{V}\"\n"),
    ("rate_management_dbt_profiles_yml", "rates:\n  target: prod\n  outputs:\n    prod:\n      type: sqlserver\n      {K}: \"{V}\"\n"),
    ("call_center_asterisk_extensions_conf", "[globals]\nCALLCENTER=moveline\n{K}={V}\n"),
    ("facility_edge_ansible_group_vars", "---\nfacility_id: 417\ngate_vendor: doorking\n{K}: \"{V}\"\n"),
    ("move_quote_vite_env", "VITE_QUOTE_API=https://quote.example.com\n{K}={V}\n"),
    ("crew_timeclock_go_yaml", "timeclock:\n  rounding_minutes: 15\n  {K}: '{V}'\n"),
    ("truck_telematics_node_red_flow_json", '[{"id":"a1f3","type":"http request","name":"fleet poll","{K}":"{V}"}]'),
    ("storage_pms_odbc_ini", "[SiteLinkMirror]\nDriver=ODBC Driver 18 for SQL Server\nServer=10.20.4.11\n{K}={V}\n"),
    ("gate_log_fluent_bit_conf", "[OUTPUT]\n    Name  http\n    Host  logs.example.com\n    {K} {V}\n"),
    ("tenant_sms_reminder_php_config", "<?php\nreturn [\n    'reminder_days' => 3,\n    '{K}' => '{V}',\n];"),
    ("lock_provisioning_tfvars", 'facility_code = "0417"\n{K} = "{V}"\n'),
    ("kiosk_electron_main_js", "const { app } = require('electron');\nprocess.env.{K} = '{V}';\napp.whenReady().then(createWindow);"),
    ("crew_app_gradle_properties", "org.gradle.jvmargs=-Xmx2g\n{K}={V}\n"),
    ("portal_nginx_env_block_conf", "location /api/ {\n    proxy_pass http://portal:8080;\n    # {K} {V}\n}"),
    ("rate_pusher_powershell_task", "$Action = New-ScheduledTaskAction -Execute 'pwsh.exe' -Argument '-File C:\\rates\\push.ps1'\n$env:{K} = '{V}'\n"),
    ("move_claims_helm_values_yaml", "claims:\n  replicas: 2\n  env:\n    {K}: \"{V}\"\n"),
    ("facility_router_routeros_script", '/system script add name=gatepoll source=":global {K} \\"{V}\\""'),
    ("unit_sensor_chirpstack_toml", "[integration.http]\nendpoint = \"https://sensors.example.com/uplink\"\n{K} = \"{V}\"\n"),
    ("autopay_sidekiq_initializer_rb", "Sidekiq.configure_server do |c|\n  c.redis = { url: ENV['REDIS_URL'] }\nend\nAUTOPAY = { {K}: '{V}' }.freeze"),
    ("estimate_pdf_lambda_python_handler", "import os\n{K} = os.getenv('{K}', '{V}')\ndef handler(event, ctx):\n    return render(event)"),
    ("unit_map_svelte_config_ts", "export const config = {\n  mapTiles: '/tiles/{z}/{x}/{y}.png',\n  {K}: '{V}',\n};"),
    ("move_inventory_csharp_const", 'internal static class Secrets\n{\n    public const string {K} = "{V}";\n}'),
    ("district_manager_teams_paste", "Priya (Teams, 9:41): here's what the contractor needs for the gate box, {K} is {V} — delete after"),
    ("crew_lead_whatsapp_forward", "[Forwarded] Crew lead Dmitri: truck 14 tablet wants {K} again -> {V} (same as last week)"),
    ("facility_voicemail_transcript", "Voicemail transcript (auto): hi it's Marisol at the Elm St facility, the {K} value we set is {V} okay thanks bye"),
    ("move_coordinator_freshdesk_note", "Internal note #58812 — customer's mover app integration failing; used {K}={V} from the vault export, rotated? not yet."),
    ("gate_tech_sticky_note_ocr", "OCR scan, sticky note on gate panel:\nGATE PANEL B\n{K}\n{V}\ncall Rudy if locked out"),
]


def build(registry):
    g = Gen(14901, registry)
    out = []
    n = 0
    for ki, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            t = (5 * ki + 7 * j) % len(TYPES)
            typ, key, mk = TYPES[t]
            v = mk(g)
            text, s, e = fill(tpl, v, K=key)
            n += 1
            out.append(rec(f"p149-s-{n:04d}", typ, kind, text, s, e, "everyday", v))
    return out
