"""Everyday source: 12 secret types of the locksmith world x 45 container kinds x 4 records."""
import random

from common170 import (SLOT, ALNUM, HEXL, B62, rs, owner_password, rbytes, b64, b64url, uuid4, jwt,
                       style_key, pos_record)

SEED = 17001
V = SLOT

# (type, key words, description, generator)
def _slck(r):
    return "slck_live_" + rs(r, B62, 32)


def _lbwh(r):
    return "lbwh_" + b64url(rbytes(r, 32))


def _immo_jwt(r):
    return jwt(r, {"iss": "immo-tool.keyhub.internal", "sub": "tech-" + str(r.randint(100, 999)),
                   "aud": "transponder-programmer", "scope": "immo:read immo:program",
                   "iat": 1760000000 + r.randint(0, 9999999), "exp": 1790000000 + r.randint(0, 9999999)})


def _osdp(r):
    return rs(r, HEXL, 32)


def _inv_secret(r):
    return b64(rbytes(r, 42))


def _kclt(r):
    return "kclt_" + uuid4(r)


TYPES = [
    ("keying_chart_db_password", ["keying", "chart", "db", "password"],
     "owner-chosen password of the master-key system planning (keying chart) database account", "pw"),
    ("code_cutter_admin_password", ["code", "cutter", "admin", "password"],
     "owner-chosen admin password of the networked key-cutting / code-cutter machine web UI", "pw"),
    ("access_panel_installer_password", ["panel", "installer", "password"],
     "owner-chosen installer (programming) password of an access-control panel", "pw"),
    ("safe_service_portal_password", ["safe", "service", "portal", "password"],
     "owner-chosen password of a safe manufacturer's technician service portal", "pw"),
    ("keyway_registry_login_password", ["keyway", "registry", "password"],
     "owner-chosen password of the restricted-keyway registration portal", "pw"),
    ("hotel_encoder_operator_password", ["encoder", "operator", "password"],
     "owner-chosen operator password of a hotel-lock card encoder workstation", "pw"),
    ("smart_lock_cloud_api_key", ["smart", "lock", "api", "key"],
     "`slck_live_` + 32 base62 API key of the smart-lock cloud (prefix invented)", _slck),
    ("lockbox_webhook_signing_secret", ["lockbox", "webhook", "secret"],
     "`lbwh_` + base64url of 32 bytes, signing secret of realtor key-safe webhooks (prefix invented)", _lbwh),
    ("immobiliser_tool_session_jwt", ["immo", "tool", "token"],
     "HS256 JWT (real base64url JSON header and payload) of the immobiliser programming tool", _immo_jwt),
    ("osdp_secure_channel_key", ["osdp", "scbk"],
     "32 lower-case hex OSDP secure-channel base key of the door readers", _osdp),
    ("dispatch_invoicing_client_secret", ["invoicing", "client", "secret"],
     "Base64 of 42 random bytes, OAuth client secret of the mobile-locksmith invoicing service", _inv_secret),
    ("key_code_lookup_access_token", ["keycode", "lookup", "token"],
     "`kclt_` + UUIDv4 access token of the key-code lookup service (prefix invented)", _kclt),
]
PW_TYPES = {t[0] for t in TYPES if t[3] == "pw"}


def host(r):
    return r.choice(["keyhub", "mkplanner", "dispatch", "cutter", "lockbox", "encoder", "panelsync"]) + \
        "." + r.choice(["lockshop.internal", "keyworks.lan", "10-8-0-12.nip.example", "shop.lan"])


def user(r):
    return r.choice(["svc_keying", "locksmith", "dispatch_app", "tech07", "mk_admin", "shopops", "encoder01"])


# ---------------------------------------------------------------------------- 45 container kinds
def c_dotenv(K, k, r):
    return f"# keying planner - production\n{K('app','env')}=production\n{K('db','host')}={host(r)}\n{k}={V}\n{K('log','level')}=info\n"


def c_django(K, k, r):
    return f"DEBUG = False\nALLOWED_HOSTS = ['{host(r)}']\nMASTER_KEY_LEVELS = 4  # TMK > GMK > MK > change key\n{k} = '{V}'\nTIME_ZONE = 'America/Chicago'\n"


def c_rails_cred(K, k, r):
    return f"# rails credentials:show (dispatch api)\nsecret_key_base_rotation: pending\ndispatch:\n  {K('region')}: us-central\n  {k}: {V}\n  {K('sms','sender')}: \"+15550100{r.randint(10,99)}\"\n"


def c_appsettings(K, k, r):
    return ('{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "Invoicing": {\n    "' + K('base', 'url') +
            f'": "https://{host(r)}/v2",\n    "{k}": "{V}"\n  }}\n}}\n')


def c_cutter_bridge(K, k, r):
    return ('{\n  "' + K('machine', 'model') + '": "CC-9 code cutter",\n  "' + K('serial', 'port') +
            f'": "/dev/ttyUSB0",\n  "{k}": "{V}",\n  "' + K('jaw', 'profile') + '": "B"\n}\n')


def c_spring_props(K, k, r):
    return f"spring.application.name=access-panel-sync\n{K('panel','poll','seconds')}=30\n{k}={V}\nmanagement.endpoints.web.exposure.include=health\n"


def c_go_yaml(K, k, r):
    return f"# lockbox-gateway config.yaml\n{K('listen','addr')}: \":8443\"\n{K('upstream','url')}: https://{host(r)}/api\n{k}: \"{V}\"\n{K('retry','max')}: 5\n"


def c_wrangler(K, k, r):
    return f"name = \"smart-lock-worker\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-01-15\"\n\n[vars]\n{K('lock','region')} = \"us\"\n{k} = \"{V}\"\n"


def c_exe_config(K, k, r):
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="{K("encoder","port")}" value="COM3" />\n'
            f'    <add key="{k}" value="{V}" />\n    <add key="{K("pms","host")}" value="{host(r)}" />\n  </appSettings>\n</configuration>\n')


def c_laravel_env(K, k, r):
    return f"APP_NAME=\"Safe Records\"\nAPP_ENV=production\nAPP_URL=https://{host(r)}\n{k}=\"{V}\"\nQUEUE_CONNECTION=redis\n"


def c_qt_ini(K, k, r):
    return f"[General]\n{K('last','vin','prefix')}=WVW\n{K('obd','adapter')}=J2534\n\n[Cloud]\n{k}={V}\n{K('sync','enabled')}=true\n"


def c_secrets_h(K, k, r):
    return f"// key machine firmware - secrets.h (do not commit)\n#pragma once\n#define {K('wifi','ssid')} \"KeyShop-Back\"\n#define {k} \"{V}\"\n#define {K('ota','port')} 3232\n"


def c_micropython(K, k, r):
    return f"# secrets.py on the strike controller (MicroPython)\n{K('wifi','ssid')} = 'LockLab'\n{K('panel','ip')} = '192.168.40.{r.randint(2,250)}'\n{k} = '{V}'\n"


def c_esphome(K, k, r):
    return f"substitutions:\n  {K('device','name')}: reader-door-{r.randint(1,40)}\n  {k}: \"{V}\"\n\nesphome:\n  name: ${{{K('device','name')}}}\n"


def c_k8s_env(K, k, r):
    return (f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: dispatch-api\nspec:\n  template:\n    spec:\n      containers:\n"
            f"        - name: api\n          env:\n            - name: {K('region')}\n              value: us-east\n            - name: {k}\n              value: \"{V}\"\n")


def c_tfvars(K, k, r):
    return f"project     = \"locksmith-prod\"\n{K('region')}      = \"us-east-2\"\n{k} = \"{V}\"\n{K('instance','type')} = \"t3.small\"\n"


def c_helm(K, k, r):
    return f"replicaCount: 2\nimage:\n  repository: registry.lockshop.internal/dispatch\n  tag: \"4.2.1\"\nsecrets:\n  {k}: \"{V}\"\n  {K('sentry','env')}: production\n"


def c_compose(K, k, r):
    return f"services:\n  keying:\n    image: keying-planner:3.8\n    environment:\n      - {K('db','host')}=db\n      - {k}={V}\n    ports:\n      - \"8080:8080\"\n"


def c_gha_env(K, k, r):
    return f"name: deploy-keying\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      {K('deploy','target')}: prod\n      {k}: {V}\n    steps:\n      - uses: actions/checkout@v4\n"


def c_gitlab_vars(K, k, r):
    return f"variables:\n  {K('docker','driver')}: overlay2\n  {k}: \"{V}\"\n\nstages: [test, deploy]\n"


def c_ansible(K, k, r):
    return f"---\n# group_vars/shop_servers.yml\n{K('ntp','server')}: pool.ntp.org\n{K('backup','host')}: {host(r)}\n{k}: \"{V}\"\n"


def c_systemd(K, k, r):
    return f"[Service]\nExecStart=/opt/lockbox-gw/bin/gw\nEnvironment=\"{K('gw','mode')}=prod\"\nEnvironment=\"{k}={V}\"\nRestart=always\n"


def c_nginx_header(K, k, r):
    return f"location /api/ {{\n    proxy_pass http://{host(r)}:8080;\n    proxy_set_header X-Shop-Id 4471;\n    proxy_set_header X-{k} \"{V}\";\n}}\n"


def c_dart_env(K, k, r):
    return f"// lib/env/prod.dart\nclass Env {{\n  static const {K('api','base')} = 'https://{host(r)}';\n  static const {k} = '{V}';\n}}\n"


def c_android_local(K, k, r):
    return f"sdk.dir=/Users/shop/Library/Android/sdk\n{K('maps','region')}=us\n{k}={V}\n"


def c_xcconfig(K, k, r):
    return f"// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.keyworks.tech\n{K('api','host')} = {host(r)}\n{k} = {V}\n"


def c_rn_config(K, k, r):
    return f"export const config = {{\n  {K('api','url')}: 'https://{host(r)}/v1',\n  {k}: '{V}',\n  {K('sentry','enabled')}: true,\n}};\n"


def c_electron_store(K, k, r):
    return '{\n  "' + K('window', 'bounds') + '": {"x": 40, "y": 40},\n  "' + K('encoder', 'model') + f'": "RFID MX-2",\n  "{k}": "{V}"\n}}\n'


def c_node_red(K, k, r):
    return ('[{"id":"' + rs(r, HEXL, 16) + '","type":"http request","name":"lockbox poll","method":"GET",' +
            f'"url":"https://{host(r)}/boxes","{k}":"{V}","x":310,"y":120}}]\n')


def c_ps1(K, k, r):
    return f"# Setup-Encoder.ps1\n$EncoderPort = 'COM4'\n${k} = '{V}'\nStart-Service -Name 'EncoderBridge'\n"


def c_vba(K, k, r):
    return f"Attribute VB_Name = \"KeyingChartSync\"\nOption Explicit\nPrivate Const {K('server','name')} As String = \"{host(r)}\"\nPrivate Const {k} As String = \"{V}\"\n"


def c_fastapi(K, k, r):
    return f"class Settings(BaseSettings):\n    {K('app','name')}: str = 'safe-log'\n    {k}: str = '{V}'\n    {K('retention','days')}: int = 365\n"


def c_php_config(K, k, r):
    return f"<?php\nreturn [\n    '{K('db','host')}' => '{host(r)}',\n    '{k}' => '{V}',\n    '{K('timezone')}' => 'UTC',\n];\n"


def c_serverless(K, k, r):
    return f"service: invoice-worker\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    {K('stage')}: prod\n    {k}: {V}\n"


def c_cdk(K, k, r):
    return f"const fn = new lambda.Function(this, 'CallCentreRouter', {{\n  runtime: lambda.Runtime.NODEJS_20_X,\n  environment: {{\n    {K('queue','name')}: 'lockouts',\n    {k}: '{V}',\n  }},\n}});\n"


def c_sql(K, k, r):
    return f"-- 0042_seed_settings.sql\nINSERT INTO app_settings (name, value) VALUES\n  ('{K('default','keyway')}', 'SC1'),\n  ('{k}', '{V}');\n"


def c_insomnia(K, k, r):
    return ('{"_type":"environment","name":"dispatch prod","data":{"' + K('base', 'url') +
            f'":"https://{host(r)}","{k}":"{V}"}}}}\n')


def c_jupyter(K, k, r):
    return ('{"cell_type":"code","metadata":{},"source":["import os\\n","os.environ[\'' + K('db', 'host') + f"'] = '{host(r)}'\\n\",\"os.environ['{k}'] = '{V}'\\n\"]}}\n")


def c_crontab(K, k, r):
    return f"# m h dom mon dow command\n*/15 * * * * {k}={V} /opt/keying/bin/sync-charts >> /var/log/keying-sync.log 2>&1\n"


def c_git_diff(K, k, r):
    return f"diff --git a/deploy/.env b/deploy/.env\nindex 3f2a1c0..9b7e4d2 100644\n--- a/deploy/.env\n+++ b/deploy/.env\n@@ -3,2 +3,3 @@\n {K('db','host')}={host(r)}\n+{k}={V}\n {K('log','level')}=warn\n"


def c_whatsapp(K, k, r):
    return f"[09:{r.randint(10,59)}, 14/03] Dale (Van 2): anyone got the {k}? locked out again\n[09:{r.randint(10,59)}, 14/03] Priya: {V}\n[09:{r.randint(10,59)}, 14/03] Dale (Van 2): legend, thanks\n"


def c_ocr(K, k, r):
    return f"VAN 3 - DASH LABEL\nSHOP PHONE 555-0142\n{k.upper()}: {V}\nSERVICE DUE 48,000 MI\n"


def c_jira(K, k, r):
    return f"KEY-{r.randint(100,999)} comment by Marco:\nRe-tested after the firmware update; the {k} we used is {V} and it still works. Closing.\n"


def c_email(K, k, r):
    return f"Hi Joan,\n\nFor the year-end reconciliation you will need the {k}: {V}\nPlease keep it out of the shared folder.\n\nThanks,\nRuth (Keyworks Locksmiths)\n"


def c_debug_log(K, k, r):
    return f"2025-03-14T08:12:44Z DEBUG bridge.auth loading settings {K('machine','id')}=CC9-{r.randint(1000,9999)} {k}={V} retries=3\n"


CONTAINERS = [
    ("keying_planner_dotenv_production", "upper", c_dotenv),
    ("master_key_django_settings_py", "upper", c_django),
    ("dispatch_api_rails_credentials_yml", "snake", c_rails_cred),
    ("invoice_service_appsettings_production_json", "pascal", c_appsettings),
    ("key_cutter_bridge_config_json", "camel", c_cutter_bridge),
    ("access_panel_sync_spring_properties", "dot", c_spring_props),
    ("lockbox_gateway_go_config_yaml", "camel", c_go_yaml),
    ("smart_lock_worker_wrangler_vars_toml", "upper", c_wrangler),
    ("hotel_encoder_service_exe_config", "pascal", c_exe_config),
    ("safe_records_laravel_env", "upper", c_laravel_env),
    ("immobiliser_tool_qt_settings_ini", "pascal", c_qt_ini),
    ("key_machine_firmware_secrets_h", "upper", c_secrets_h),
    ("strike_controller_micropython_secrets_py", "upper", c_micropython),
    ("door_reader_esphome_substitutions_yaml", "snake", c_esphome),
    ("dispatch_k8s_deployment_env_yaml", "upper", c_k8s_env),
    ("locksmith_infra_terraform_tfvars", "snake", c_tfvars),
    ("dispatch_helm_chart_values_yaml", "camel", c_helm),
    ("keying_planner_docker_compose_yml", "upper", c_compose),
    ("keying_deploy_github_workflow_env", "upper", c_gha_env),
    ("keying_gitlab_ci_variables_yml", "upper", c_gitlab_vars),
    ("shop_servers_ansible_group_vars", "snake", c_ansible),
    ("lockbox_gateway_systemd_unit", "upper", c_systemd),
    ("dispatch_nginx_proxy_header_conf", "train", c_nginx_header),
    ("tech_app_flutter_prod_env_dart", "camel", c_dart_env),
    ("tech_app_android_local_properties", "dot", c_android_local),
    ("tech_app_ios_release_xcconfig", "upper", c_xcconfig),
    ("tech_app_react_native_config_ts", "camel", c_rn_config),
    ("encoder_desk_electron_store_json", "camel", c_electron_store),
    ("lockbox_node_red_http_node_json", "camel", c_node_red),
    ("encoder_setup_powershell_ps1", "pascal", c_ps1),
    ("keying_chart_excel_vba_module", "pascal", c_vba),
    ("safe_log_fastapi_settings_py", "snake", c_fastapi),
    ("keyway_registry_php_config_array", "snake", c_php_config),
    ("invoice_worker_serverless_yml", "upper", c_serverless),
    ("call_centre_cdk_stack_ts", "camel", c_cdk),
    ("keying_db_seed_migration_sql", "snake", c_sql),
    ("dispatch_insomnia_environment_json", "camel", c_insomnia),
    ("keying_analysis_notebook_cell_json", "upper", c_jupyter),
    ("keying_sync_crontab_line", "upper", c_crontab),
    ("shop_repo_git_diff_patch", "upper", c_git_diff),
    ("locksmith_whatsapp_group_paste", "spaced", c_whatsapp),
    ("van_dashboard_label_ocr", "title", c_ocr),
    ("dispatch_jira_ticket_comment", "spaced", c_jira),
    ("shop_owner_email_to_bookkeeper", "spaced", c_email),
    ("key_cutter_bridge_debug_log", "snake", c_debug_log),
]


def type_index(kind, j):
    return (4 * kind + j + kind // 3) % 12


def generate(reg, start_id):
    r = random.Random(SEED)
    out = []
    n = start_id
    for ki, (cname, style, fn) in enumerate(CONTAINERS):
        K = lambda *w, _s=style: style_key(list(w), _s)
        for j in range(4):
            tname, words, _desc, gen = TYPES[type_index(ki, j)]
            key = style_key(words, style)
            value = reg.take(lambda: owner_password(r) if gen == "pw" else gen(r))
            tpl = fn(K, key, r)
            out.append(pos_record(f"p170-s-{n:04d}", tname, cname, tpl, value, "everyday"))
            n += 1
    return out
