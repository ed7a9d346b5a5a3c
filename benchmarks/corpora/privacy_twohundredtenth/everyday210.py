"""Everyday source: 12 secret types of the balloon / skydive / paragliding world x 45 container kinds."""
import hashlib, random, base64
from common210 import *

V = MARK

def g_pw(rng):
    return owner_password(rng)

def g_rtk(rng):
    body = rs(rng, B62, 30)
    return 'rtk_' + body + crc32_hex(body)

def g_wxgo(rng):
    return 'wxgo_whk_' + rs(rng, B32L, 52)

def g_tbk(rng):
    body = rs(rng, B58, 32)
    return 'tbk_live_' + body + '_' + hashlib.sha256(body.encode()).hexdigest()[:4]

def g_jwt(rng):
    payload = {'sub': 'kiosk-%d' % rng.randint(1, 12), 'dz': rng.choice(['north', 'ridge', 'vale']),
               'role': rng.choice(['manifest', 'frontdesk', 'loadmaster']),
               'iat': 1735000000 + rng.randint(0, 9000000)}
    payload['exp'] = payload['iat'] + 43200
    return jwt_hs(rng, 'HS384', payload)

def g_fernet(rng):
    return base64.urlsafe_b64encode(rbytes(rng, 32)).decode()

def g_hex64(rng):
    return rbytes(rng, 32).hex()

TYPES = [
    # name, key words, generator, description, kind
    ('balloon_flight_manifest_admin_password', ['manifest', 'admin', 'password'], g_pw,
     'owner-chosen admin password of the balloon flight-manifest system (passenger lists, basket allocation)', 'password'),
    ('skydive_jump_manifest_console_password', ['jump', 'console', 'password'], g_pw,
     'owner-chosen password of the skydive jump-manifest console (loads, slots, exit order)', 'password'),
    ('passenger_waiver_database_password', ['waiver', 'db', 'password'], g_pw,
     'owner-chosen password of the database behind passenger weight and waiver forms', 'password'),
    ('gift_voucher_redemption_portal_password', ['voucher', 'portal', 'password'], g_pw,
     'owner-chosen password of the gift-voucher redemption portal', 'password'),
    ('instructor_logbook_app_password', ['logbook', 'login', 'password'], g_pw,
     'owner-chosen login password of the pilot and instructor logbook app', 'password'),
    ('canopy_maintenance_tracker_password', ['maintenance', 'admin', 'password'], g_pw,
     'owner-chosen admin password of the aircraft, envelope and canopy maintenance tracker', 'password'),
    ('retrieve_tracker_ingest_token', ['retrieve', 'ingest', 'token'], g_rtk,
     'ingest token of the retrieve-crew GPS tracker collector: `rtk_` + 30 base62 + 8 lower-case hex of the real CRC-32 of those 30 characters (prefix and checksum invented)', 'generated'),
    ('wind_board_webhook_secret', ['wind', 'webhook', 'secret'], g_wxgo,
     'signing secret of the weather / wind go-no-go board webhooks: `wxgo_whk_` + 52 lower-case RFC 4648 Base32 letters (prefix invented)', 'generated'),
    ('tandem_booking_secret_key', ['booking', 'secret', 'key'], g_tbk,
     'server key of the tandem and course booking API: `tbk_live_` + 32 Base58 + `_` + first 4 hex of the real SHA-256 of the body (layout invented)', 'generated'),
    ('manifest_kiosk_session_jwt', ['kiosk', 'session', 'jwt'], g_jwt,
     'session token of the manifest kiosk: HS384 JWT (real base64url JSON, real HMAC-SHA384 under a discarded key)', 'generated'),
    ('logbook_sync_fernet_key', ['logbook', 'fernet', 'key'], g_fernet,
     'Fernet key that encrypts logbook sync payloads: URL-safe Base64 of 32 random bytes (44 characters, one `=`)', 'generated'),
    ('voucher_code_hmac_key', ['voucher', 'hmac', 'key'], g_hex64,
     'HMAC-SHA256 key that signs gift-voucher codes: 64 lower-case hex (32 random bytes, no prefix)', 'generated'),
]

def H(rng):
    return rng.choice(HOSTS)

def U(rng):
    return rng.choice(USERS)

# each container: name, style, renderer(k, rng) -> template with V once
def c_fastapi_env(k, r):
    return f"# manifest-api/.env (FastAPI, pydantic-settings)\nAPP_ENV=production\nDATABASE_HOST={H(r)}\n{k}={V}\nLOG_LEVEL=info\n"
def c_pydantic_toml(k, r):
    return f"[manifest]\nbase_url = \"https://{H(r)}\"\n{k} = \"{V}\"\nseats_per_basket = 16\n"
def c_rails_db_yml(k, r):
    return f"production:\n  adapter: postgresql\n  host: {H(r)}\n  username: {U(r)}\n  {k}: \"{V}\"\n  pool: 10\n"
def c_phoenix_exs(k, r):
    return f"import Config\n\nconfig :jump_manifest, JumpManifest.Repo,\n  hostname: \"{H(r)}\",\n  {k}: \"{V}\",\n  pool_size: 8\n"
def c_next_env(k, r):
    return f"# waiver-forms/.env.local\nNEXT_PUBLIC_SITE_NAME=Skyward Waivers\n{k}={V}\nNEXTAUTH_URL=https://{H(r)}\n"
def c_fly_toml(k, r):
    return f"app = \"waiver-remix\"\nprimary_region = \"lhr\"\n\n[env]\n  NODE_ENV = \"production\"\n  {k} = \"{V}\"\n"
def c_magento_env(k, r):
    return f"<?php\nreturn [\n    'voucher' => [\n        'host' => '{H(r)}',\n        '{k}' => '{V}',\n    ],\n];\n"
def c_quarkus_props(k, r):
    return f"quarkus.http.port=8080\nvoucher.base-url=https://{H(r)}\nvoucher.{k}={V}\n"
def c_spring_bootstrap(k, r):
    return f"spring:\n  application:\n    name: tandem-booking\ntandem:\n  {k}: {V}\n  max-weight-kg: 100\n"
def c_viper_yaml(k, r):
    return f"# course-booking config.yaml (viper)\nlisten: :8090\nbooking:\n  host: {H(r)}\n  {k}: \"{V}\"\n"
def c_user_secrets(k, r):
    return "{\n  \"ConnectionStrings:Default\": \"Server=%s;Database=courses\",\n  \"Courses:%s\": \"%s\"\n}\n" % (H(r), k, V)
def c_laravel_services(k, r):
    return f"<?php\n\nreturn [\n    'course_booking' => [\n        'endpoint' => 'https://{H(r)}/api',\n        '{k}' => env('COURSE_KEY', '{V}'),\n    ],\n];\n"
def c_dart_define(k, r):
    return "{\n  \"FLAVOR\": \"prod\",\n  \"API_HOST\": \"%s\",\n  \"%s\": \"%s\"\n}\n" % (H(r), k, V)
def c_gradle_props(k, r):
    return f"org.gradle.jvmargs=-Xmx2g\nlogbookApiHost={H(r)}\n{k}={V}\n"
def c_plist(k, r):
    return f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>ApiHost</key>\n  <string>{H(r)}</string>\n  <key>{k}</key>\n  <string>{V}</string>\n</dict>\n</plist>\n"
def c_odoo_conf(k, r):
    return f"[options]\ndb_host = {H(r)}\ndb_user = odoo\n{k} = {V}\naddons_path = /opt/odoo/addons,/opt/loft/addons\n"
def c_node_config(k, r):
    return "{\n  \"tracker\": {\n    \"host\": \"%s\",\n    \"%s\": \"%s\",\n    \"inspectionIntervalDays\": 180\n  }\n}\n" % (H(r), k, V)
def c_vba_const(k, r):
    return f"Attribute VB_Name = \"LoftSettings\"\nOption Explicit\nPublic Const ServerName As String = \"{H(r)}\"\nPublic Const {k} As String = \"{V}\"\n"
def c_esphome_secrets(k, r):
    return f"# esphome secrets.yaml (retrieve van tracker)\nwifi_ssid: \"RetrieveVan\"\n{k}: \"{V}\"\n"
def c_micropython_cfg(k, r):
    return f"# config.py on the basket GPS logger (MicroPython)\nSERVER = \"{H(r)}\"\n{k} = \"{V}\"\nFIX_INTERVAL_S = 15\n"
def c_buildconfig(k, r):
    return f"android {{\n    defaultConfig {{\n        applicationId \"flights.retrieve.app\"\n        buildConfigField \"String\", \"{k}\", \"\\\"{V}\\\"\"\n    }}\n}}\n"
def c_pio_flags(k, r):
    return f"[env:vario_esp32]\nplatform = espressif32\nboard = esp32dev\nbuild_flags =\n    -DWIFI_AP=\\\"launchsite\\\"\n    -D{k}=\\\"{V}\\\"\n"
def c_grafana_prov(k, r):
    return f"apiVersion: 1\ndatasources:\n  - name: WindBoard\n    type: marcusolsson-json-datasource\n    url: https://{H(r)}\n    secureJsonData:\n      {k}: {V}\n"
def c_ha_secrets(k, r):
    return f"# home assistant secrets.yaml (launch-field weather mast)\nmast_host: {H(r)}\n{k}: {V}\n"
def c_weewx_conf(k, r):
    return f"[StdRESTful]\n    [[WindBoard]]\n        enable = true\n        server_url = https://{H(r)}/ingest\n        {k} = {V}\n"
def c_telegraf(k, r):
    return f"[[outputs.http]]\n  url = \"https://{H(r)}/wind\"\n  data_format = \"json\"\n  [outputs.http.headers]\n    {k} = \"{V}\"\n"
def c_pulumi(k, r):
    return f"config:\n  aws:region: eu-west-2\n  dzops:{k}: {V}\n  dzops:instanceCount: \"2\"\n"
def c_ansible_vars(k, r):
    return f"---\n# group_vars/manifest_servers.yml\nmanifest_port: 8443\n{k}: \"{V}\"\n"
def c_nomad(k, r):
    return f"job \"wind-board\" {{\n  group \"web\" {{\n    task \"app\" {{\n      env {{\n        {k} = \"{V}\"\n      }}\n    }}\n  }}\n}}\n"
def c_systemd_env(k, r):
    return f"# /etc/dzops/manifest.env  (EnvironmentFile=)\nPORT=8080\n{k}={V}\n"
def c_gh_actions(k, r):
    return f"name: deploy-booking\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      {k}: {V}\n    steps:\n      - uses: actions/checkout@v4\n"
def c_bitbucket(k, r):
    return f"pipelines:\n  default:\n    - step:\n        name: migrate\n        script:\n          - export {k}={V}\n          - ./manage.py migrate\n"
def c_fish_history(k, r):
    return f"- cmd: cd ~/src/manifest\n  when: 1733912811\n- cmd: set -gx {k} {V}\n  when: 1733912840\n- cmd: npm run sync\n  when: 1733912866\n"
def c_ps_history(k, r):
    return f"cd C:\\dzops\\logbook\n$env:{k} = \"{V}\"\n.\\sync-logbook.ps1 -Verbose\n"
def c_jenkinsfile(k, r):
    return f"pipeline {{\n  agent any\n  environment {{\n    {k} = '{V}'\n  }}\n  stages {{ stage('build') {{ steps {{ sh 'make' }} }} }}\n}}\n"
def c_supervisord(k, r):
    return f"[program:wind-poller]\ncommand=/opt/wind/poller --interval 60\nenvironment={k}=\"{V}\",TZ=\"UTC\"\nautorestart=true\n"
def c_slack(k, r):
    return f"[09:14] {U(r)}: anyone know the {k} for the new box?\n[09:15] {U(r)}: {V}\n[09:15] {U(r)}: ta, will move it to the vault after the first load\n"
def c_telegram(k, r):
    return f"Balloon Crew Chat\n[06:02] Dawn crew: launch field is go, wind 4 kt\n[06:03] Chief pilot: {k} is {V} if the laptop asks\n[06:03] Dawn crew: 👍\n"
def c_trello(k, r):
    return f"Card: Move manifest to new VPS\nComment by {U(r)}: migrated. {k}: {V} (change after season)\n"
def c_email_fwd(k, r):
    return f"---------- Forwarded message ---------\nFrom: office@{H(r)}\nSubject: logbook access for the new instructor\n\nHi Sam, the {k} is {V} for now.\nCheers, Jo\n"
def c_zendesk(k, r):
    return f"Internal note (ticket #{r.randint(10000, 99999)}):\nCustomer can't redeem voucher. Logged into the portal with {k} {V} and re-issued it.\n"
def c_whiteboard(k, r):
    return f"HANGAR BOARD  -  WEEK 23\nLoads today: 14   Tandems: 9\n{k}: {V}\nReserve repacks due: 3\n"
def c_sms_ocr(k, r):
    return f"Messages  Today 07:41\nCrew Chief\n{k} {V}\nDon't share x\nDelivered\n"
def c_jumplog_csv(k, r):
    return f"Date,Load,Aircraft,Note\n2025-06-14,7,G-DZNR,{k} {V}\n2025-06-14,8,G-DZNR,wind hold 20 min\n"
def c_supervisor_ini(k, r):
    return f"; burner-test bench service\n[BenchService]\nHost={H(r)}\n{k}={V}\nPollSeconds=5\n"

CONTAINERS = [
    ('balloon_manifest_fastapi_dotenv', 'upper', c_fastapi_env),
    ('balloon_manifest_pydantic_settings_toml', 'snake', c_pydantic_toml),
    ('jump_manifest_rails_database_yml', 'snake', c_rails_db_yml),
    ('jump_manifest_phoenix_prod_secret_exs', 'snake', c_phoenix_exs),
    ('waiver_forms_nextjs_env_local', 'upper', c_next_env),
    ('waiver_forms_remix_fly_toml', 'upper', c_fly_toml),
    ('voucher_shop_magento_env_php', 'snake', c_magento_env),
    ('voucher_shop_quarkus_application_properties', 'kebab', c_quarkus_props),
    ('tandem_booking_spring_bootstrap_yml', 'kebab', c_spring_bootstrap),
    ('course_booking_go_viper_config_yaml', 'snake', c_viper_yaml),
    ('course_booking_dotnet_user_secrets_json', 'pascal', c_user_secrets),
    ('course_booking_laravel_config_services_php', 'snake', c_laravel_services),
    ('logbook_app_flutter_dart_define_json', 'upper', c_dart_define),
    ('logbook_app_gradle_properties', 'camel', c_gradle_props),
    ('logbook_app_ios_info_plist', 'pascal', c_plist),
    ('canopy_loft_odoo_server_conf', 'snake', c_odoo_conf),
    ('maintenance_tracker_node_config_default_json', 'camel', c_node_config),
    ('canopy_loft_access_vba_module', 'pascal', c_vba_const),
    ('retrieve_van_esphome_secrets_yaml', 'snake', c_esphome_secrets),
    ('basket_logger_micropython_config_py', 'upper', c_micropython_cfg),
    ('retrieve_app_gradle_buildconfigfield', 'upper', c_buildconfig),
    ('vario_firmware_platformio_build_flags', 'upper', c_pio_flags),
    ('wind_board_grafana_datasource_provisioning', 'camel', c_grafana_prov),
    ('weather_mast_home_assistant_secrets_yaml', 'snake', c_ha_secrets),
    ('weather_station_weewx_conf', 'snake', c_weewx_conf),
    ('wind_board_telegraf_http_output_conf', 'pascal', c_telegraf),
    ('burner_bench_service_ini', 'pascal', c_supervisor_ini),
    ('dz_ops_pulumi_stack_yaml', 'camel', c_pulumi),
    ('dz_ops_ansible_group_vars_yml', 'snake', c_ansible_vars),
    ('dz_ops_nomad_job_hcl', 'upper', c_nomad),
    ('dz_ops_systemd_environment_file', 'upper', c_systemd_env),
    ('dz_ops_github_actions_job_env', 'upper', c_gh_actions),
    ('dz_ops_bitbucket_pipelines_yml', 'upper', c_bitbucket),
    ('dz_ops_fish_history', 'upper', c_fish_history),
    ('dz_ops_powershell_psreadline_history', 'upper', c_ps_history),
    ('dz_ops_jenkinsfile_environment_block', 'upper', c_jenkinsfile),
    ('dz_ops_supervisord_program_conf', 'upper', c_supervisord),
    ('dropzone_slack_thread_paste', 'spaced', c_slack),
    ('balloon_crew_telegram_export', 'spaced', c_telegram),
    ('manifest_trello_card_comment', 'spaced', c_trello),
    ('office_email_forward_body', 'spaced', c_email_fwd),
    ('voucher_desk_zendesk_internal_note', 'spaced', c_zendesk),
    ('hangar_whiteboard_photo_ocr', 'title', c_whiteboard),
    ('crew_sms_screenshot_ocr', 'title', c_sms_ocr),
    ('jump_log_excel_csv_export', 'title', c_jumplog_csv),
]

def build(reg):
    assert len(TYPES) == 12 and len(CONTAINERS) == 45
    rng = random.Random(21001)
    prng = random.Random(21011)
    tmap = {t[0]: t for t in TYPES}
    out = []
    n = 0
    for b in range(15):
        perm = [t[0] for t in TYPES]
        prng.shuffle(perm)
        for j in range(3):
            cname, style, fn = CONTAINERS[b * 3 + j]
            for tname in perm[j * 4:(j + 1) * 4]:
                t = tmap[tname]
                value = reg.draw(lambda: t[2](rng))
                k = keyname(t[1], style)
                tpl = fn(k, rng)
                n += 1
                out.append(rec('p210-s-%04d' % n, tname, cname, tpl, value, 'everyday'))
    return out
