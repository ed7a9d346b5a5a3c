"""Everyday source: 12 secret types of the tailoring / shoe-repair / key-cutting world x 45 containers."""
import base64, hashlib, random
from common195 import (rs, rbytes, owner_password, b64url, jwt_hs, adler_tail, style_key,
                       make_record, fill, ALNUM, B62, HEX, LOWALNUM)

SEED, PAIR_SEED = 19501, 19511

# type -> (key words, description, generator)
def _pw(rng): return owner_password(rng)
def _ftwh(rng): return "ftwh_" + base64.b32encode(rbytes(rng, 25)).decode().lower()
def _hexkey(rng): return rbytes(rng, 32).hex()
def _csr(rng):
    body = rs(rng, B62, 30)
    return "csr1_" + body + "_" + adler_tail(body)
def _jwt(rng):
    payload = {"iss": "stamps.tailorshop.internal", "sub": "svc-loyalty-%03d" % rng.randrange(1000),
               "scope": "stamps:write cards:read", "shop": "branch-%02d" % rng.randrange(1, 40),
               "iat": 1716200000 + rng.randrange(9000000)}
    return jwt_hs(rng, "HS512", payload)
def _totp(rng): return base64.b32encode(rbytes(rng, 20)).decode()
def _ctk(rng): return "ctk_live_" + rs(rng, ALNUM, 40)

TYPES = [
    ("alteration_board_admin_password", ["alteration", "board", "admin", "password"],
     "owner-chosen admin password of the alteration job board", _pw),
    ("measurement_profile_db_password", ["measurement", "db", "password"],
     "owner-chosen password of the database holding customer measurement profiles", _pw),
    ("key_machine_console_password", ["key", "machine", "console", "password"],
     "owner-chosen service-console password of the key-cutting machine (code-card cutter)", _pw),
    ("transponder_programmer_login_password", ["transponder", "login", "password"],
     "owner-chosen account password of the transponder / remote programmer", _pw),
    ("engraving_station_admin_password", ["engraver", "admin", "password"],
     "owner-chosen admin password of the engraving machine's web interface", _pw),
    ("locker_operator_portal_password", ["locker", "operator", "password"],
     "owner-chosen operator password of the click-and-collect locker bank portal", _pw),
    ("fitting_booking_webhook_secret", ["fitting", "webhook", "secret"],
     "`ftwh_` + lower-case RFC 4648 Base32 of 25 random bytes (40 characters), signing secret of the fitting-appointment webhooks (prefix invented)", _ftwh),
    ("garment_ticket_hmac_key", ["garment", "ticket", "hmac", "key"],
     "64 lower-case hex (32-byte HMAC key that signs garment-ticket QR codes; no prefix)", _hexkey),
    ("claim_stub_api_token", ["claim", "stub", "api", "token"],
     "`csr1_` + 30 base62 + `_` + 8 lower-case hex Adler-32 of the body, API token of the shoe-repair claim-stub service (prefix and checksum invented)", _csr),
    ("loyalty_stamp_service_jwt", ["loyalty", "stamp", "jwt"],
     "HS512 JWT (real base64url JSON header and payload, real HMAC-SHA512 under a discarded key), service token of the loyalty-stamp API", _jwt),
    ("locker_pickup_totp_seed", ["locker", "totp", "seed"],
     "32-character upper-case RFC 4648 Base32 of 20 random bytes, TOTP seed from which the locker bank derives pickup codes", _totp),
    ("card_terminal_api_key", ["terminal", "api", "key"],
     "`ctk_live_` + 40 alphanumerics, API key of the small-shop card-terminal cloud (prefix invented)", _ctk),
]
PASSWORD_TYPES = [t[0] for t in TYPES[:6]]

# container -> (key style, template). {K} key, {V} value (exactly once).
C = []
def c(name, style, tpl):
    C.append((name, style, tpl))

c("alteration_board_laravel_env_local", "upper",
  "APP_NAME=AlterBoard\nAPP_ENV=local\nAPP_URL=http://alter.tailor.lan\nDB_HOST=127.0.0.1\nQUEUE_CONNECTION=redis\n{K}={V}\nMAIL_FROM_ADDRESS=jobs@tailor.example\n")
c("measurement_api_pydantic_settings_py", "snake",
  "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    service_name: str = \"measurements\"\n    db_host: str = \"measure-db.tailor.internal\"\n    {K}: str = \"{V}\"\n    unit: str = \"cm\"\n\n\nsettings = Settings()\n")
c("fitting_calendar_django_local_settings_py", "upper",
  "# local_settings.py -- fitting calendar, not in git (in theory)\nDEBUG = False\nALLOWED_HOSTS = [\"fittings.tailor.lan\"]\nTIME_ZONE = \"Europe/London\"\n{K} = '{V}'\nFITTING_SLOT_MINUTES = 30\n")
c("garment_ticket_rails_credentials_decrypted_yml", "snake",
  "# output of: bin/rails credentials:show\nsecret_key_base_rotation: pending\ntickets:\n  printer: zd421-counter\n  {K}: {V}\nsmtp:\n  host: smtp.tailor.example\n")
c("tailor_pos_electron_store_config_json", "camel",
  "{{\n  \"windowBounds\": {{\"width\": 1280, \"height\": 800}},\n  \"branch\": \"high-street\",\n  \"{K}\": \"{V}\",\n  \"receiptFooter\": \"Alterations ready in 5 working days\"\n}}\n")
c("shoe_repair_express_config_js", "camel",
  "module.exports = {{\n  port: 8080,\n  ticketPrefix: 'SR',\n  {K}: '{V}',\n  heelStockWarnAt: 12,\n}};\n")
c("key_cutting_dotnet_appsettings_production_json", "pascal",
  "{{\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Warning\" }} }},\n  \"KeyCutting\": {{\n    \"MachineHost\": \"cutter-01.keys.lan\",\n    \"{K}\": \"{V}\",\n    \"CodeCardPath\": \"D:\\\\CodeCards\"\n  }}\n}}\n")
c("key_machine_serial_bridge_ini", "pascal",
  "[Serial]\nPort=COM3\nBaud=115200\n\n[Machine]\nModel=Duplicator\n{K}={V}\n\n[Log]\nLevel=info\n")
c("transponder_tool_qsettings_conf", "pascal",
  "[General]\nLastDevice=programmer-usb-2\nTheme=dark\n\n[Account]\n{K}={V}\nRegion=EU\n")
c("engraving_octoprint_style_config_yaml", "snake",
  "server:\n  host: 0.0.0.0\n  port: 5000\nlaser:\n  max_power: 40\n  {K}: '{V}'\nwebcam:\n  stream: http://engraver.tailor.lan:8080/?action=stream\n")
c("engraving_job_prefs_xml", "camel",
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<prefs>\n  <device name=\"galvo-20w\" host=\"192.168.40.21\"/>\n  <pref key=\"{K}\" value=\"{V}\"/>\n  <pref key=\"defaultFont\" value=\"Copperplate\"/>\n</prefs>\n")
c("locker_controller_zephyr_prj_conf", "upper",
  "CONFIG_NETWORKING=y\nCONFIG_NET_SOCKETS=y\nCONFIG_MQTT_LIB=y\nCONFIG_LOCKER_BAY_COUNT=24\nCONFIG_{K}=\"{V}\"\nCONFIG_LOG=y\n")
c("locker_gateway_mosquitto_bridge_conf", "snake",
  "connection locker-cloud\naddress broker.locker.internal:8883\ntopic lockers/# both 1\nbridge_cafile /etc/mosquitto/ca.crt\n# {K} {V}\nremote_clientid bay-gw-07\n")
c("card_terminal_android_gradle_properties", "camel",
  "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\nterminalEnv=live\n{K}={V}\n")
c("card_terminal_ios_release_xcconfig", "upper",
  "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = uk.tailor.counter\nMARKETING_VERSION = 3.4.1\n{K} = {V}\n")
c("loyalty_stamps_flask_instance_config_py", "upper",
  "# instance/config.py\nSTAMPS_PER_CARD = 9\nFREE_ITEM = 'heel bar repair'\n{K} = \"{V}\"\nSESSION_COOKIE_SECURE = True\n")
c("loyalty_app_eas_json_build_env", "upper",
  "{{\n  \"build\": {{\n    \"production\": {{\n      \"env\": {{\n        \"APP_VARIANT\": \"prod\",\n        \"{K}\": \"{V}\"\n      }}\n    }}\n  }}\n}}\n")
c("loyalty_firebase_runtimeconfig_json", "snake",
  "{{\n  \"shop\": {{\n    \"region\": \"europe-west2\",\n    \"{K}\": \"{V}\"\n  }}\n}}\n")
c("alteration_board_spring_application_properties", "dot",
  "spring.application.name=alteration-board\nserver.port=8081\nspring.jpa.open-in-view=false\n{K}={V}\nboard.columns=received,pinned,sewing,pressed,ready\n")
c("measurement_sync_dropwizard_config_yml", "camel",
  "server:\n  applicationConnectors:\n    - type: http\n      port: 8090\nsync:\n  batchSize: 50\n  {K}: \"{V}\"\n")
c("shoe_repair_symfony_env_local", "upper",
  "###> symfony/framework-bundle ###\nAPP_ENV=prod\n###< symfony/framework-bundle ###\n{K}='{V}'\nHEEL_BAR_OPENING=08:30\n")
c("heel_stock_odoo_conf", "snake",
  "[options]\naddons_path = /opt/odoo/addons,/opt/odoo/heelbar\ndb_host = stock-db.cobbler.lan\ndb_user = odoo\n{K} = {V}\nworkers = 2\n")
c("heel_stock_erpnext_site_config_json", "snake",
  "{{\n \"db_name\": \"heelbar_stock\",\n \"db_type\": \"mariadb\",\n \"{K}\": \"{V}\",\n \"maintenance_mode\": 0\n}}\n")
c("tailor_ops_docker_swarm_stack_yml", "upper",
  "version: '3.8'\nservices:\n  board:\n    image: registry.tailor.lan/alter-board:2.3\n    environment:\n      - TZ=Europe/London\n      - {K}={V}\n    deploy:\n      replicas: 2\n")
c("tailor_ops_kustomize_secret_generator_yaml", "upper",
  "secretGenerator:\n  - name: shop-secrets\n    literals:\n      - {K}={V}\ngeneratorOptions:\n  disableNameSuffixHash: true\n")
c("tailor_ops_helm_values_prod_yaml", "camel",
  "replicaCount: 1\nimage:\n  repository: registry.tailor.lan/lockers\n  tag: \"1.9.0\"\nsecrets:\n  {K}: \"{V}\"\ningress:\n  host: lockers.tailor.example\n")
c("tailor_ops_terraform_tfvars", "snake",
  "region        = \"eu-west-2\"\nshop_code     = \"HS01\"\n{K} = \"{V}\"\nenable_backup = true\n")
c("tailor_ops_gitlab_ci_yml", "upper",
  "stages: [test, deploy]\n\nvariables:\n  NODE_ENV: production\n  {K}: \"{V}\"\n\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n")
c("tailor_ops_drone_ci_yml", "upper",
  "kind: pipeline\ntype: docker\nname: default\nsteps:\n  - name: migrate\n    image: python:3.12\n    environment:\n      {K}: {V}\n    commands:\n      - python manage.py migrate\n")
c("tailor_ops_systemd_environment_file", "upper",
  "# /etc/tailor/board.env (EnvironmentFile=)\nBOARD_LISTEN=0.0.0.0:8081\n{K}={V}\nBOARD_LOG=journal\n")
c("tailor_owner_zsh_extended_history", "upper",
  ": 1718301122:0;cd ~/shop/alter-board\n: 1718301140:0;export {K}='{V}'\n: 1718301151:0;make run\n")
c("key_shop_setx_batch_file", "upper",
  "@echo off\nREM run once on the counter PC\nsetx SHOP_BRANCH \"HS01\"\nsetx {K} \"{V}\"\necho done\n")
c("key_shop_powershell_profile_ps1", "upper",
  "# Microsoft.PowerShell_profile.ps1\nSet-Location C:\\Shop\n$env:{K} = '{V}'\nImport-Module posh-git\n")
c("tailor_ops_pm2_ecosystem_config_js", "upper",
  "module.exports = {{\n  apps: [{{\n    name: 'claim-stubs',\n    script: 'dist/server.js',\n    env_production: {{\n      NODE_ENV: 'production',\n      {K}: '{V}',\n    }},\n  }}],\n}};\n")
c("tailor_ops_serverless_yml", "upper",
  "service: fitting-reminders\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    {K}: {V}\nfunctions:\n  remind:\n    handler: handler.remind\n")
c("alteration_team_whatsapp_export", "spaced",
  "[14/06/2024, 09:12:40] Maria (seamstress): is the board down again?\n[14/06/2024, 09:13:02] Owen: restarted it. {K} is {V} if you need to log in\n[14/06/2024, 09:13:30] Maria (seamstress): thanks!!\n")
c("shoe_repair_counter_sticky_note_ocr", "title",
  "HEEL BAR - DO NOT REMOVE\n{K}: {V}\nglue pot refill Tues\n")
c("key_cutting_supplier_email_thread", "spaced",
  "From: support@blanks-supplier.example\nTo: counter@keyshop.example\nSubject: Re: machine won't sync code cards\n\nHi Dev,\n\nThanks, we got in with the {K} {V} and reset the calibration.\nPlease change it now that we've used it.\n\nRegards,\nTech Support\n")
c("tailor_shop_freshdesk_ticket_note", "spaced",
  "Private note (agent: lee.w)\nCustomer can't reach the config page from the shop Wi-Fi. Tried from the VPN with the {K} {V} and it worked. Closing.\n")
c("alteration_board_github_issue_comment", "spaced",
  "**@tailor-dev** commented:\n\nRepro on staging: log in with the {K} {V} then open any job with a hem note -> 500.\nStack trace attached.\n")
c("shop_opening_checklist_sheet_csv", "title",
  "Task,Owner,Value,Done\nFloat counted,Sam,£150,yes\n{K},Sam,{V},yes\nSteam press on,Ana,,no\n")
c("tailor_ops_insomnia_environment_json", "camel",
  "{{\n  \"_type\": \"environment\",\n  \"name\": \"Shop prod\",\n  \"data\": {{\n    \"baseUrl\": \"https://api.tailor.example\",\n    \"{K}\": \"{V}\"\n  }}\n}}\n")
c("locker_kiosk_windows_registry_export", "pascal",
  "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\TailorShop\\LockerKiosk]\n\"BayCount\"=dword:00000018\n\"{K}\"=\"{V}\"\n")
c("measurement_app_android_local_properties", "dot",
  "sdk.dir=/Users/dev/Library/Android/sdk\nmeasure.api.base=https://measure.tailor.example\n{K}={V}\n")
c("tailor_ops_vault_kv_put_history", "snake",
  "$ vault login -method=oidc\n$ vault kv put secret/shop/prod {K}='{V}'\n$ vault kv get -field=version secret/shop/prod\n")
c("shoe_repair_deno_cli_args_file", "kebab",
  "# deno run --allow-net main.ts $(cat args.txt)\n--port=8443\n--{K}={V}\n--ticket-printer=zd421\n")
c("alteration_board_spring_application_yml", "kebab",
  "spring:\n  application:\n    name: alteration-board\nboard:\n  {K}: \"{V}\"\n  reminder-hours: 24\n")
# spares (written, unused)
c("engraving_station_lightburn_notes_txt", "spaced", "note to self: {K} is {V}\n")
c("key_shop_ansible_vault_view_output", "snake", "shop_branch: HS01\n{K}: {V}\n")
SPARE_NAMES = ["tailor_ops_drone_ci_yml", "tailor_ops_serverless_yml",
               "engraving_station_lightburn_notes_txt", "key_shop_ansible_vault_view_output"]
CONTAINERS = [x for x in C if x[0] not in SPARE_NAMES]
SPARES = [x for x in C if x[0] in SPARE_NAMES]
assert len(CONTAINERS) == 45
STYLE_OF = {n: s for n, s, _ in C}


def pairing():
    rng = random.Random(PAIR_SEED)
    names = [t[0] for t in TYPES]
    out = []
    for b in range(15):
        perm = names[:]
        rng.shuffle(perm)
        for k in range(3):
            out.append((CONTAINERS[b * 3 + k][0], perm[k * 4:(k + 1) * 4]))
    return out


def generate(reg, start_id):
    rng = random.Random(SEED)
    tmap = {t[0]: t for t in TYPES}
    cmap = {n: (s, t) for n, s, t in CONTAINERS}
    recs = []
    n = start_id
    for cname, types in pairing():
        style, tpl = cmap[cname]
        for tname in types:
            _, words, _, gen = tmap[tname]
            val = reg.draw(gen, rng)
            key = style_key(words, style)
            text, start = fill(tpl.replace("{K}", key.replace("{", "{{").replace("}", "}}")), val)
            recs.append(make_record("%s-s-%04d" % ("p195", n), tname, cname, text, val, "everyday", start=start))
            n += 1
    return recs
