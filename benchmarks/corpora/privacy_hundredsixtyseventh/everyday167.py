"""Everyday positives for p167: 12 secret types x 45 container kinds x 4 = 180 records."""
import random

from common167 import (SLOT, B62, B64URL, owner_password, rand_str, b64, b64url_nopad, hexs,
                       jwt, uuid4, style_key, make_record)

SEED = 16701

# (type, kind of value, key words, description for the README)
TYPES = [
    ("route_scheduler_db_password", "pw", ["route", "scheduler", "db", "password"],
     "owner-chosen password of the route / job scheduling database account"),
    ("pesticide_use_portal_password", "pw", ["pesticide", "use", "portal", "password"],
     "owner-chosen password of the state pesticide-use reporting portal login"),
    ("irrigation_controller_admin_password", "pw", ["irrigation", "controller", "admin", "password"],
     "owner-chosen admin password of a smart irrigation controller"),
    ("truck_tablet_kiosk_exit_password", "pw", ["tablet", "kiosk", "exit", "password"],
     "owner-chosen kiosk-mode exit password of the truck tablets"),
    ("nursery_inventory_sftp_password", "pw", ["nursery", "inventory", "sftp", "password"],
     "owner-chosen password of the nursery availability-feed SFTP account"),
    ("customer_portal_smtp_password", "pw", ["portal", "smtp", "password"],
     "owner-chosen password of the customer-portal SMTP relay account"),
    ("bait_station_gateway_api_key", "gen", ["bait", "gateway", "api", "key"],
     "`bsgw_live_` + 32 base62 API key of the bait-station IoT gateway (prefix invented)"),
    ("irrigation_weather_webhook_secret", "gen", ["weather", "webhook", "secret"],
     "`irwh_` + 40 base62 signing secret of the weather-based watering webhook (prefix invented)"),
    ("aerial_measure_oauth_client_secret", "gen", ["measure", "oauth", "client", "secret"],
     "48-character base64url OAuth client secret of the aerial-measurement service"),
    ("recurring_billing_jwt_signing_key", "gen", ["billing", "jwt", "signing", "key"],
     "Base64 of 48 random bytes, HMAC key that signs recurring-billing JWTs"),
    ("lorawan_trap_sensor_app_key", "gen", ["lorawan", "app", "key"],
     "32 upper-case hex LoRaWAN AppKey of a trap sensor"),
    ("state_reporting_api_bearer_jwt", "gen", ["state", "reporting", "bearer", "token"],
     "HS256 JWT (real base64url JSON header and payload) used as bearer token for state reporting"),
]


def gen_value(tname, rng):
    if tname.endswith("_password"):
        return owner_password(rng)
    if tname == "bait_station_gateway_api_key":
        return "bsgw_live_" + rand_str(rng, B62, 32)
    if tname == "irrigation_weather_webhook_secret":
        return "irwh_" + rand_str(rng, B62, 40)
    if tname == "aerial_measure_oauth_client_secret":
        return b64url_nopad(rng, 36)
    if tname == "recurring_billing_jwt_signing_key":
        return b64(rng, 48)
    if tname == "lorawan_trap_sensor_app_key":
        return hexs(rng, 32, upper=True)
    if tname == "state_reporting_api_bearer_jwt":
        payload = {"iss": "https://auth.pesticide-reporting.example.gov",
                   "sub": "applicator-firm-%d" % rng.randint(10000, 99999),
                   "aud": "pur-submissions", "scope": "pur:write",
                   "iat": 1748000000 + rng.randint(0, 9000000)}
        payload["exp"] = payload["iat"] + 86400 * 30
        return jwt(rng, payload)
    raise KeyError(tname)


V = SLOT

# (container kind, key style, template). {K} = key name in the container's case; {N}, {H}
# are harmless neighbours filled from the generator's rng.
CONTAINERS = [
    ("route_optimizer_dotenv_production", "upper",
     "# route-optimizer/.env.production\nAPP_ENV=production\nAPP_URL=https://routes.greenblade.example\n"
     "DB_HOST=pg-routes.internal.example\nDB_USER=route_app\n{K}=" + V + "\nQUEUE_DRIVER=redis\n"),
    ("job_scheduler_rails_credentials_show", "snake",
     "$ EDITOR=cat bin/rails credentials:show --environment production\nscheduling:\n  tenant: greenblade\n"
     "  {K}: " + V + "\nmapbox:\n  style: streets-v12\n"),
    ("dispatch_board_django_production_settings_py", "upper",
     "# dispatch_board/settings/production.py\nfrom .base import *  # noqa: F401,F403\n\nDEBUG = False\n"
     "ALLOWED_HOSTS = [\"dispatch.greenblade.example\"]\n{K} = \"" + V + "\"\nTIME_ZONE = \"America/Chicago\"\n"),
    ("applicator_records_laravel_config_php", "snake",
     "<?php\n// config/applicator.php\nreturn [\n    'state' => 'WI',\n"
     "    'report_endpoint' => env('APPLICATOR_REPORT_URL', 'https://reports.example.gov/api'),\n"
     "    '{K}' => '" + V + "',\n    'retention_days' => 730,\n];\n"),
    ("termite_reports_spring_application_yml", "kebab",
     "spring:\n  application:\n    name: wdi-report-service\nwdi:\n  npma33:\n    template-version: 2023-12\n"
     "  {K}: \"" + V + "\"\nserver:\n  port: 8085\n"),
    ("billing_service_dotnet_appsettings_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"RecurringBilling\": {\n"
     "    \"Cycle\": \"Monthly\",\n    \"{K}\": \"" + V + "\"\n  },\n  \"AllowedHosts\": \"*\"\n}\n"),
    ("customer_portal_node_config_default_json", "camel",
     "{\n  \"port\": 3000,\n  \"publicUrl\": \"https://my.greenblade.example\",\n  \"integrations\": {\n"
     "    \"{K}\": \"" + V + "\",\n    \"retryLimit\": 3\n  }\n}\n"),
    ("route_engine_go_config_go", "camel",
     "package config\n\n// Defaults for the route engine; TODO move to env before go-live.\nconst (\n"
     "\tdepotLat = 43.0731\n\tdepotLng = -89.4012\n\t{K} = \"" + V + "\"\n)\n"),
    ("sensor_ingest_rust_settings_toml", "snake",
     "[server]\nbind = \"0.0.0.0:7443\"\n\n[lorawan]\nnetwork_server = \"lns.example.net\"\n"
     "{K} = \"" + V + "\"\n"),
    ("fleet_infra_terraform_tfvars", "snake",
     "region       = \"us-east-2\"\nenvironment  = \"prod\"\ntablet_fleet = {N}\n{K} = \"" + V + "\"\n"),
    ("fieldops_helm_values_yaml", "camel",
     "image:\n  repository: registry.example.com/fieldops/api\n  tag: \"2.14.{N}\"\nenv:\n"
     "  {K}: \"" + V + "\"\nreplicaCount: 2\n"),
    ("irrigation_cloud_docker_compose_yml", "upper",
     "services:\n  wx-sync:\n    image: ghcr.io/greenblade/wx-sync:1.8\n    environment:\n"
     "      - TZ=America/Denver\n      - {K}=" + V + "\n    restart: unless-stopped\n"),
    ("pest_api_k8s_secret_stringdata_yaml", "kebab",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: pest-api-secrets\n  namespace: fieldops\n"
     "type: Opaque\nstringData:\n  {K}: \"" + V + "\"\n"),
    ("lawn_app_github_actions_workflow_yml", "upper",
     "name: nightly-route-export\non:\n  schedule:\n    - cron: \"15 4 * * *\"\njobs:\n  export:\n"
     "    runs-on: ubuntu-latest\n    env:\n      {K}: " + V + "\n    steps:\n"
     "      - uses: actions/checkout@v4\n      - run: ./scripts/export_routes.sh\n"),
    ("nursery_sync_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  custom:\n    sync-availability:\n      - step:\n          name: Push availability list\n"
     "          script:\n            - export {K}='" + V + "'\n"
     "            - python sync_availability.py --since yesterday\n"),
    ("depot_gateway_ansible_host_vars_yml", "snake",
     "---\n# host_vars/depot-gw-0{N}.yml\nansible_host: 10.40.2.1{N}\nntp_servers: [0.pool.ntp.org]\n"
     "{K}: \"" + V + "\"\n"),
    ("trap_gateway_systemd_override_conf", "upper",
     "# /etc/systemd/system/trapgw.service.d/override.conf\n[Service]\nEnvironment=\"LOG_LEVEL=info\"\n"
     "Environment=\"{K}=" + V + "\"\nExecStart=\nExecStart=/opt/trapgw/bin/trapgw --config /etc/trapgw/gw.yaml\n"),
    ("estimator_nginx_site_conf", "snake",
     "server {\n    listen 443 ssl;\n    server_name estimate.greenblade.example;\n    set ${K} \"" + V + "\";\n"
     "    location /api/ {\n        proxy_pass http://127.0.0.1:9000;\n"
     "        proxy_set_header X-Upstream-Auth ${K};\n    }\n}\n"),
    ("tech_app_flutter_env_prod_dart", "camel",
     "// lib/env/env_prod.dart\nclass EnvProd {\n  static const apiBase = 'https://api.greenblade.example/v3';\n"
     "  static const {K} = '" + V + "';\n  static const sentryEnv = 'production';\n}\n"),
    ("tech_app_android_gradle_properties", "camel",
     "org.gradle.jvmargs=-Xmx4g\nandroid.useAndroidX=true\n{K}=" + V + "\nversionCodeOffset=30{N}\n"),
    ("tech_app_ios_secrets_plist", "pascal",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
     "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n"
     "\t<key>Environment</key>\n\t<string>production</string>\n\t<key>{K}</key>\n\t<string>" + V + "</string>\n"
     "</dict>\n</plist>\n"),
    ("tech_app_expo_app_config_js", "camel",
     "export default ({ config }) => ({\n  ...config,\n  name: \"GreenBlade Tech\",\n  extra: {\n"
     "    routeApi: \"https://api.greenblade.example\",\n    {K}: \"" + V + "\",\n  },\n});\n"),
    ("bait_station_esp32_secrets_h", "upper",
     "// secrets.h -- bait station node firmware (do not commit)\n#pragma once\n#define WIFI_SSID \"GB-Depot-IoT\"\n"
     "#define {K} \"" + V + "\"\n#define GATEWAY_HOST \"trapgw.depot.lan\"\n"),
    ("zone_controller_micropython_config_py", "upper",
     "# config.py on the zone controller (MicroPython)\nZONES = 8\nRAIN_SENSOR_PIN = 14\n{K} = \"" + V + "\"\n"),
    ("valve_node_esphome_secrets_yaml", "snake",
     "# secrets.yaml for the esphome valve nodes\nwifi_ssid: \"GB-Field\"\n{K}: \"" + V + "\"\n"
     "ota_note: \"flash over USB only\"\n"),
    ("workflow_node_red_flows_cred_json", "camel",
     "{\n  \"{H}\": {\n    \"{K}\": \"" + V + "\"\n  }\n}\n"),
    ("office_pc_powershell_profile_ps1", "pascal",
     "# Microsoft.PowerShell_profile.ps1 on the office PC\nSet-Location C:\\GreenBlade\\scripts\n"
     "$env:ROUTE_API = 'https://api.greenblade.example'\n${K} = '" + V + "'\nImport-Module .\\RouteTools.psm1\n"),
    ("quickbooks_sync_windows_ini", "pascal",
     "; C:\\ProgramData\\QBSync\\qbsync.ini\n[Company]\nFile=C:\\QB\\GreenBlade Lawn LLC.QBW\n[Remote]\n"
     "Host=sync.greenblade.example\n{K}=" + V + "\n"),
    ("lawn_website_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'gb_wordpress' );\ndefine( 'DB_HOST', 'localhost' );\n"
     "define( '{K}', '" + V + "' );\n$table_prefix = 'wp_';\n"),
    ("wdi_report_java_properties", "dot",
     "# wdi-report.properties\nreport.state=TX\nreport.form=NPMA-33\n{K}=" + V + "\nreport.pdf.dpi=200\n"),
    ("watering_api_serverless_yml", "upper",
     "service: wx-watering-api\nprovider:\n  name: aws\n  runtime: python3.12\n  environment:\n"
     "    STAGE: prod\n    {K}: \"" + V + "\"\nfunctions:\n  adjust:\n    handler: handler.adjust\n"),
    ("billing_sam_template_yaml", "pascal",
     "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nParameters:\n"
     "  {K}:\n    Type: String\n    Default: '" + V + "'\nResources:\n  ChargeRunFunction:\n"
     "    Type: AWS::Serverless::Function\n"),
    ("nursery_db_seed_sql", "snake",
     "-- seed/integration_settings.sql\nINSERT INTO integration_settings (name, value, updated_by)\n"
     "VALUES ('{K}', '" + V + "', 'migration');\n"),
    ("route_api_postman_environment_json", "camel",
     "{\n  \"name\": \"GreenBlade prod\",\n  \"values\": [\n"
     "    { \"key\": \"baseUrl\", \"value\": \"https://api.greenblade.example\", \"enabled\": true },\n"
     "    { \"key\": \"{K}\", \"value\": \"" + V + "\", \"type\": \"secret\", \"enabled\": true }\n  ]\n}\n"),
    ("agronomy_jupyter_notebook_cell_json", "upper",
     "{\n \"cell_type\": \"code\",\n \"execution_count\": {N},\n \"metadata\": {},\n \"outputs\": [],\n"
     " \"source\": [\n  \"import requests\\n\",\n  \"{K} = '" + V + "'\\n\",\n"
     "  \"resp = requests.get(BASE + '/applications', timeout=30)\\n\"\n ]\n}\n"),
    ("estimates_apps_script_code_gs", "camel",
     "// Code.gs bound to the \"Estimates 2025\" sheet\nconst SHEET = 'Measurements';\nconst {K} = '" + V + "';\n"
     "function pullMeasurements() {\n  const rows = SpreadsheetApp.getActive().getSheetByName(SHEET);\n}\n"),
    ("crew_ops_crontab", "upper",
     "# crontab -l  (ops@depot-01)\nMAILTO=ops@greenblade.example\n{K}=" + V + "\n"
     "30 5 * * 1-6 /opt/routes/bin/build_day_routes --depot north\n"),
    ("route_export_git_show_diff", "upper",
     "commit {H}\nAuthor: J. Alvarez <j.alvarez@greenblade.example>\n\n"
     "    tmp: point staging at prod for route export\n\ndiff --git a/.env.staging b/.env.staging\n"
     "@@ -3,3 +3,4 @@\n DB_HOST=pg-routes.internal.example\n DB_USER=route_app\n+{K}=" + V + "\n"),
    ("pest_portal_azure_local_settings_json", "pascal",
     "{\n  \"IsEncrypted\": false,\n  \"Values\": {\n    \"AzureWebJobsStorage\": \"UseDevelopmentStorage=true\",\n"
     "    \"FUNCTIONS_WORKER_RUNTIME\": \"dotnet-isolated\",\n    \"{K}\": \"" + V + "\"\n  }\n}\n"),
    ("crew_leads_slack_channel_paste", "spaced",
     "#crew-leads  ·  Tue 6:42 AM\nDana R.: trucks {N} and 12 can't get in again\n"
     "Dana R.: {K} is " + V + " (until I rotate it friday)\nMarco T.: got it, thx\n"),
    ("owner_email_to_it_msp", "spaced",
     "From: owner@greenblade.example\nTo: support@msp-helpdesk.example\nSubject: Re: new office PC setup\n\n"
     "Hi Kevin,\nHere is what you asked for before Monday. {K}: " + V + "\n"
     "The router login is still on the sticker.\nThanks, Gail\n"),
    ("truck_dash_sticky_note_ocr", "title",
     "[OCR text_detection, confidence 0.87]\nTRUCK {N} - DO NOT REMOVE\n{K}\n" + V + "\ncall office if locked out\n"),
    ("field_service_linear_issue", "spaced",
     "FS-4{N}  Sync to state portal fails after rotation\n"
     "Steps: open Admin > Integrations, paste {K} `" + V + "` and hit Save -> 401.\nExpected: green check.\n"),
    ("crew_teams_chat_export", "spaced",
     "[06/03 07:14] Luis Ortega: new {K} for the depot box\n[06/03 07:14] Luis Ortega: " + V + "\n"
     "[06/03 07:15] Priya N.: thx\n"),
    ("route_api_debug_log_line", "upper",
     "2025-06-03T11:02:17.418Z DEBUG config.loader loaded env: APP_ENV=production REGION=us-east-2 {K}="
     + V + " WORKERS={N}\n"),
]


def pairing(kind_index, j):
    return (5 * kind_index + 7 * j + kind_index // 9) % 12


def generate(reg, start_id=1):
    rng = random.Random(SEED)
    out = []
    n = start_id
    for ki, (kind, style, tpl) in enumerate(CONTAINERS):
        for j in range(4):
            tname, _, words, _ = TYPES[pairing(ki, j)]
            key = style_key(words, style)
            t = tpl.replace("{K}", key).replace("{N}", str(rng.randint(3, 9)))
            t = t.replace("{H}", hexs(rng, 8) + "." + hexs(rng, 4) if "commit" not in t else hexs(rng, 40))
            value = reg.draw(lambda: gen_value(tname, rng))
            out.append(make_record("p167-s-%04d" % n, "everyday", kind, tname, t, value))
            n += 1
    return out
