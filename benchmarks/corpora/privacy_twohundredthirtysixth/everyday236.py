"""Everyday source: 12 brewery secret types x 45 container kinds (4 records per kind)."""
import base64
import random

import common236 as C

DJANGO_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"
ED25519_PKCS8_PREFIX = bytes.fromhex("302e020100300506032b657004220420")

DOMAINS = ["copperkettle-brewing.example", "hopyard-taproom.example", "northdock-brewery.example",
           "grainandgrist-homebrew.example"]
USERS = ["brewer", "cellarman", "taproom", "headbrewer", "ops", "mara.k", "dev.tom", "keg.ops", "shopadmin"]
PEOPLE = ["Mara", "Tom", "Ines", "Dev", "Kofi", "Lena", "Ruth", "Sam", "Piotr", "Aoife"]


def gen_kgt(rng):
    num = C.rstr(rng, "digits", 8)
    return "kgt_" + num + C.verhoeff_digit(num) + "_" + C.rstr(rng, "alnum", 24)


def gen_tpw(rng):
    body = C.rstr(rng, "alnum", 30)
    return "tpw_" + body + "." + C.adler32_hex(body)


def gen_django(rng):
    return "".join(rng.choice(DJANGO_CHARS) for _ in range(50))


def gen_hs512(rng):
    payload = {"sub": "brewlog-" + C.rstr(rng, "lowalnum", 8), "brewery": rng.randint(1000, 9999),
               "scope": rng.choice(["gravity:write", "tanks:read", "batches:write"]),
               "iat": 1700000000 + rng.randint(0, 40000000)}
    return C.jwt_hs(rng, "HS512", payload)


def gen_ed25519(rng):
    return base64.b64encode(ED25519_PKCS8_PREFIX + C.rbytes(rng, 32)).decode()


def gen_age(rng):
    return C.bech32_encode("age-secret-key-", list(C.rbytes(rng, 32))).upper()


def pw(rng):
    return C.password(rng, safe=False)


# name, key words, description, generator, kind ('password' or 'generated')
TYPES = [
    ("brewhouse_scada_operator_password", ["scada", "operator", "password"],
     "owner-chosen operator password of the brewhouse SCADA (mash tun, lauter tun, kettle)", pw, "password"),
    ("taproom_till_manager_password", ["till", "manager", "password"],
     "owner-chosen manager password of the taproom till", pw, "password"),
    ("glycol_chiller_web_password", ["chiller", "web", "password"],
     "owner-chosen web-UI password of the glycol chiller and fermenter temperature controller", pw, "password"),
    ("homebrew_webshop_admin_password", ["webshop", "admin", "password"],
     "owner-chosen admin password of the homebrew-supply web shop", pw, "password"),
    ("keg_fleet_portal_password", ["keg", "portal", "password"],
     "owner-chosen password of the keg-fleet tracking portal (returns, deposits, outlets)", pw, "password"),
    ("canning_line_hmi_password", ["canning", "hmi", "password"],
     "owner-chosen service password of the canning-line HMI (seamer, filler, date coder)", pw, "password"),
    ("keg_telemetry_verhoeff_key", ["keg", "telemetry", "key"],
     "`kgt_` + 8-digit brewery number + its real Verhoeff check digit + `_` + 24 base62; key of the keg telemetry "
     "ingest API (layout invented)", gen_kgt, "generated"),
    ("tap_wall_adler32_token", ["tapwall", "token"],
     "`tpw_` + 30 base62 + `.` + 8 lower-case hex of the real Adler-32 of those 30 characters; token of the "
     "self-pour tap wall controller (layout invented)", gen_tpw, "generated"),
    ("homebrew_shop_django_secret_key", ["django", "secret", "key"],
     "Django `SECRET_KEY`: 50 characters from Django's own generator alphabet (a-z 0-9 !@#$%^&*(-_=+)); signs the "
     "homebrew shop's sessions and password-reset links", gen_django, "generated"),
    ("brew_log_hs512_jwt", ["brewlog", "bearer", "token"],
     "real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 under a discarded key); bearer token of the "
     "brew-log / gravity ingest API", gen_hs512, "generated"),
    ("excise_return_ed25519_pkcs8_key", ["excise", "signing", "key"],
     "Ed25519 private key as standard Base64 of its 48-byte PKCS#8 DER (fixed 16-byte prefix + 32 random bytes, "
     "64 characters starting `MC4CAQAwBQYDK2VwBCIEI`); signs the duty-return submissions", gen_ed25519, "generated"),
    ("cellar_backup_age_secret_key", ["backup", "age", "key"],
     "age X25519 identity: `AGE-SECRET-KEY-1` + 58 upper-case bech32 characters (32 random bytes + real BIP-173 "
     "checksum); decrypts the cellar-log backups", gen_age, "generated"),
]

Y = "'"  # yaml single quote


# container kinds: name, key style, template (uses {K} key, mark for value, ctx fields)
M = C.MARK
CONTAINERS = [
    ("taproom_django_settings_py", "upper",
     "# taproom/settings/production.py\nfrom .base import *  # noqa: F401,F403\n\nDEBUG = False\n"
     "ALLOWED_HOSTS = [\"{host}\", \"taproom.{domain}\"]\n{K} = \"" + M + "\"\nTIME_ZONE = \"Europe/London\"\n"),
    ("homebrew_shop_magento_env_php", "snake",
     "<?php\nreturn [\n    'backend' => ['frontName' => 'admin_{short}'],\n    'db' => [\n        'connection' => [\n"
     "            'default' => [\n                'host' => '{host}',\n                'dbname' => 'magento',\n"
     "                'username' => '{user}',\n                '{K}' => '" + M + "',\n            ],\n        ],\n    ],\n"
     "    'MAGE_MODE' => 'production',\n];\n"),
    ("homebrew_shop_medusa_config_js", "camel",
     "// medusa-config.js\nmodule.exports = {\n  projectConfig: {\n    databaseUrl: process.env.DATABASE_URL,\n"
     "    storeCors: \"https://shop.{domain}\",\n    {K}: \"" + M + "\",\n  },\n  plugins: [\"medusa-fulfillment-manual\"],\n};\n"),
    ("brewery_erp_quarkus_application_properties", "dot",
     "# src/main/resources/application.properties\nquarkus.http.port=8080\nquarkus.datasource.db-kind=postgresql\n"
     "quarkus.datasource.username={user}\n{K}=" + M + "\nquarkus.log.level=INFO\n"),
    ("brewery_erp_ktor_application_conf", "camel",
     "ktor {\n  deployment {\n    port = 8080\n  }\n  application {\n    modules = [ com.{short}.erp.ApplicationKt.module ]\n"
     "  }\n}\nbrewery {\n  site = \"{host}\"\n  {K} = \"" + M + "\"\n}\n"),
    ("brewery_erp_viper_config_toml", "snake",
     "# config.toml read by viper\n[server]\naddr = \":8081\"\n\n[brewery]\nsite = \"{host}\"\noperator = \"{user}\"\n"
     "{K} = \"" + M + "\"\n"),
    ("brewery_erp_dotnet_user_secrets_json", "pascal",
     "{\n  \"Logging:LogLevel:Default\": \"Warning\",\n  \"Brewery:Host\": \"{host}\",\n  \"Brewery:{K}\": \"" + M + "\"\n}\n"),
    ("brewery_erp_nestjs_config_ts", "camel",
     "// src/config/brewery.config.ts\nimport { registerAs } from '@nestjs/config';\n\nexport default registerAs('brewery', () => ({\n"
     "  host: process.env.BREWERY_HOST ?? '{host}',\n  {K}: process.env.OVERRIDE ?? '" + M + "',\n}));\n"),
    ("brewery_ops_direnv_envrc", "upper",
     "# .envrc (direnv)\nlayout python3\nexport BREWERY_HOST={host}\nexport {K}='" + M + "'\n"),
    ("brewhouse_scada_ignition_db_connection_json", "camel",
     "{\n  \"name\": \"brewhouse_historian\",\n  \"connectUrl\": \"jdbc:postgresql://{ip}:5432/historian\",\n"
     "  \"username\": \"{user}\",\n  \"{K}\": \"" + M + "\",\n  \"validationQuery\": \"SELECT 1\"\n}\n"),
    ("brewhouse_plc_tia_portal_scl_db", "pascal",
     "DATA_BLOCK \"DB_Brewhouse_Access\"\n{ S7_Optimized_Access := 'TRUE' }\nVERSION : 0.1\nNON_RETAIN\n   STRUCT \n"
     "      HostName : String[32] := '{host}';\n      {K} : String[64] := '" + M + "';\n   END_STRUCT;\n\nBEGIN\n\nEND_DATA_BLOCK\n"),
    ("brewhouse_plc_rockwell_l5x_tag", "pascal",
     "<Tag Name=\"{K}\" TagType=\"Base\" DataType=\"STRING\" Radix=\"ASCII\" Constant=\"false\" ExternalAccess=\"Read/Write\">\n"
     "<Description><![CDATA[Brewhouse access for {host}]]></Description>\n"
     "<Data Format=\"String\" Length=\"{vlen}\"><![CDATA['" + M + "']]></Data>\n</Tag>\n"),
    ("fermentation_tasmota_console_backlog", "pascal",
     "17:02:11.004 CMD: Backlog MqttHost {ip}; MqttUser {user}; {K} " + M + "; Restart 1\n"
     "17:02:11.009 RSL: RESULT = {\"MqttHost\":\"{ip}\"}\n"),
    ("fermentation_telegraf_conf", "snake",
     "[[outputs.influxdb]]\n  urls = [\"http://{ip}:8086\"]\n  database = \"fermenters\"\n  username = \"{user}\"\n"
     "  {K} = \"" + M + "\"\n\n[[inputs.mqtt_consumer]]\n  topics = [\"tilt/#\"]\n"),
    ("fermentation_grafana_ini", "snake",
     "[server]\nhttp_port = 3000\ndomain = {host}\n\n[security]\nadmin_user = {user}\n{K} = " + M + "\n"),
    ("fermentation_arduino_secrets_h", "upper",
     "// arduino_secrets.h - fermenter probe node FV{n2}\n#define SECRET_SSID \"BrewCellar\"\n#define {K} \"" + M + "\"\n"),
    ("fermentation_craftbeerpi_config_yaml", "snake",
     "name: CellarPi\nport: 8000\nusername: {user}\n{K}: '" + M + "'\nmqtt_host: {ip}\n"),
    ("keg_app_gradle_properties", "camel",
     "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\nkegApiHost={host}\n{K}=" + M + "\n"),
    ("keg_app_ios_xcconfig", "upper",
     "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.{short}.kegs\nKEG_API_HOST = {host}\n{K} = " + M + "\n"),
    ("keg_app_capacitor_config_ts", "camel",
     "import { CapacitorConfig } from '@capacitor/cli';\n\nconst config: CapacitorConfig = {\n  appId: 'com.{short}.kegs',\n"
     "  appName: 'Keg Runner',\n  plugins: { KegSync: { host: '{host}', {K}: '" + M + "' } },\n};\nexport default config;\n"),
    ("taproom_till_windows_reg_export", "pascal",
     "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\TapTill\\Settings]\n\"Server\"=\"{host}\"\n"
     "\"{K}\"=\"" + M + "\"\n\"Lane\"=dword:0000000{d1}\n"),
    ("taproom_till_sqlite_settings_dump", "snake",
     "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT);\n"
     "INSERT INTO settings VALUES('server_host','{host}');\nINSERT INTO settings VALUES('{K}','" + M + "');\nCOMMIT;\n"),
    ("taproom_menu_board_signage_yaml", "snake",
     "screen: taproom-left\nrotate_seconds: 12\nsource: https://menu.{domain}/taps.json\n{K}: '" + M + "'\n"),
    ("taproom_unifi_config_gateway_json", "kebab",
     "{\n  \"service\": {\n    \"dns\": { \"forwarding\": { \"cache-size\": \"1000\" } },\n    \"taproom-kiosk\": {\n"
     "      \"host\": \"{ip}\",\n      \"{K}\": \"" + M + "\"\n    }\n  }\n}\n"),
    ("canning_line_opcua_client_xml", "pascal",
     "<OpcUaClient>\n  <Endpoint Url=\"opc.tcp://{ip}:4840\" SecurityPolicy=\"Basic256Sha256\" />\n  <UserName>{user}</UserName>\n"
     "  <{K}>" + M + "</{K}>\n</OpcUaClient>\n"),
    ("ops_kubernetes_secret_stringdata_yaml", "kebab",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: brewery-app\n  namespace: {short}\ntype: Opaque\nstringData:\n"
     "  {K}: '" + M + "'\n"),
    ("ops_helm_values_yaml", "camel",
     "replicaCount: 2\nimage:\n  repository: ghcr.io/{short}/brewlog\n  tag: \"1.{n2}.0\"\nbrewery:\n  host: {host}\n"
     "  {K}: '" + M + "'\n"),
    ("ops_github_actions_workflow_env", "upper",
     "name: deploy\non:\n  push:\n    branches: [main]\nenv:\n  BREWERY_HOST: {host}\n  {K}: '" + M + "'\njobs:\n"
     "  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n"),
    ("ops_gitlab_ci_variables_yml", "upper",
     "variables:\n  BREWERY_HOST: \"{host}\"\n  {K}: '" + M + "'\n\nstages: [test, deploy]\n"),
    ("ops_jenkinsfile_environment", "upper",
     "pipeline {\n  agent any\n  environment {\n    BREWERY_HOST = '{host}'\n    {K} = '" + M + "'\n  }\n"
     "  stages {\n    stage('deploy') { steps { sh './deploy.sh' } }\n  }\n}\n"),
    ("ops_drone_ci_yml", "upper",
     "kind: pipeline\ntype: docker\nname: default\nsteps:\n  - name: migrate\n    image: python:3.12\n    environment:\n"
     "      {K}: '" + M + "'\n    commands:\n      - ./manage.py migrate\n"),
    ("ops_supervisord_program_conf", "upper",
     "[program:brewlog]\ncommand=/opt/brewlog/venv/bin/gunicorn brewlog.wsgi\nuser={user}\n"
     "environment=APP_ENV=\"prod\",{K}=\"" + M + "\"\nautorestart=true\n"),
    ("ops_zsh_history", "upper",
     ": 1717{n4}01:0;cd /opt/brewlog\n: 1717{n4}09:0;export {K}='" + M + "'\n: 1717{n4}15:0;./bin/sync --dry-run\n"),
    ("ops_crontab_line", "upper",
     "# m h dom mon dow command\n15 3 * * * {K}='" + M + "' /opt/brewlog/bin/nightly >> /var/log/brewlog.log 2>&1\n"),
    ("ops_dockerfile_env", "upper",
     "FROM python:3.12-slim\nWORKDIR /app\nENV BREWERY_HOST={host}\nENV {K}=\"" + M + "\"\nCOPY . .\n"
     "CMD [\"gunicorn\", \"shop.wsgi\"]\n"),
    ("ops_vagrantfile", "snake",
     "Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"debian/bookworm64\"\n"
     "  config.vm.provision \"shell\", path: \"provision.sh\", env: { \"{K}\" => \"" + M + "\" }\nend\n"),
    ("ops_salt_pillar_sls", "snake",
     "brewery:\n  host: {host}\n  user: {user}\n  {K}: '" + M + "'\n"),
    ("ops_chef_data_bag_json", "snake",
     "{\n  \"id\": \"brewery_app\",\n  \"host\": \"{host}\",\n  \"{K}\": \"" + M + "\"\n}\n"),
    ("ops_puppet_hiera_yaml", "snake",
     "---\nbrewery::host: '{host}'\nbrewery::{K}: '" + M + "'\nbrewery::workers: 4\n"),
    ("brewery_slack_thread_export", "spaced",
     "[09:14] {p1}: anyone know the {K}? the cellar tablet logged out again\n[09:16] {p2}: " + M + " - it changes after the audit\n"
     "[09:16] {p1}: ta\n"),
    ("taproom_signal_chat_export", "spaced",
     "{p1}: {p2} can you sort the tills before open?\n{p2}: need the {K}\n{p1}: " + M + " (dont put it on the whiteboard pls)\n"),
    ("homebrew_forum_post", "spaced",
     "Re: shop site keeps logging me out\n\nFixed it. For anyone setting up the same stack, my {K} was " + M + " and it was being\n"
     "overwritten by the old env file on every deploy. Cheers, {p1}\n"),
    ("brewery_jira_ticket_comment", "spaced",
     "BREW-{n3} Cellar dashboard unreachable\n{p1} commented:\nReset done. New {K}: " + M + "\nPlease update the runbook.\n"),
    ("brew_day_google_sheet_csv", "title",
     "Date,Batch,Vessel,{K},Notes\n2024-0{d1}-1{d1},B{n3},FV{n2}," + M + ",dry hop day 3\n"),
    ("fermenter_whiteboard_photo_ocr", "title",
     "CELLAR BOARD  wk {n2}\nFV{n2}  Pale  1.0{n2} -> 1.01{d1}\n{K}: " + M + "\nCIP Tues  /  yeast pitch Thu\n"),
]


def build(reg):
    rng = random.Random(C.SEEDS["everyday_values"])
    prng = random.Random(C.SEEDS["everyday_pairing"])
    types = list(TYPES)
    assign = {}
    for b in range(15):
        perm = list(range(12))
        prng.shuffle(perm)
        for i in range(3):
            assign[3 * b + i] = perm[4 * i:4 * i + 4]
    records = []
    for ci, (cname, style, tmpl) in enumerate(CONTAINERS):
        for ti in assign[ci]:
            tname, words, _desc, gen, _kind = types[ti]
            value = reg.draw(gen, rng)
            dom = rng.choice(DOMAINS)
            p1, p2 = rng.sample(PEOPLE, 2)
            ctx = {
                "K": C.keyname(words, style), "domain": dom,
                "host": rng.choice(["brew", "erp", "cellar", "shop", "taps", "scada"]) + "." + dom,
                "user": rng.choice(USERS), "ip": "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 254), rng.randint(2, 250)),
                "short": dom.split("-")[0].split(".")[0], "n2": "%02d" % rng.randint(1, 40),
                "n3": str(rng.randint(100, 999)), "n4": str(rng.randint(1000, 9999)), "d1": str(rng.randint(1, 9)),
                "p1": p1, "p2": p2, "vlen": str(len(value) + 2),
            }
            tpl = C.fill(tmpl, ctx)
            text, s, e = C.make_record(tpl, value)
            records.append({"type": tname, "container": cname, "text": text,
                            "secrets": [{"value": value, "start": s, "end": e, "type": tname}], "source": "everyday"})
    return records
