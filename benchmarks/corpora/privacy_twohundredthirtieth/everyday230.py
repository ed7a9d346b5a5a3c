"""Everyday source: 12 secret types of the vineyard / winery world x 45 container kinds."""
import base64
import random

import common230 as C

SEED_VALUES = 23001
SEED_PAIRING = 23011

DOMAINS = ["hillcrest-wines.example", "saltcreek-vineyard.example",
           "bellwether-cellars.example", "ridgeback-estate.example"]
USERS = ["cellarhand", "tastingroom", "vineops", "clubdesk", "winemaker", "harvestlead",
         "labtech", "barrelroom", "frostwatch", "shopmgr", "bottling", "estateadmin"]

# type -> (key words, description, kind: pw|gen)
TYPES = [
    ("vineyard_block_manager_password", ["vineyard", "manager", "password"],
     "owner-chosen password of the vineyard block manager (blocks, rows, spray diary, picking plans)", "pw"),
    ("cellar_work_order_password", ["cellar", "ops", "password"],
     "owner-chosen password of the cellar work-order system (tanks, barrels, additions)", "pw"),
    ("tasting_room_pos_password", ["tasting", "pos", "password"],
     "owner-chosen password of the cellar-door tasting-room till / POS", "pw"),
    ("wine_club_admin_password", ["club", "admin", "password"],
     "owner-chosen admin password of the wine-club back office (members, shipments)", "pw"),
    ("frost_fan_controller_password", ["frost", "controller", "password"],
     "owner-chosen admin password of the frost-fan / irrigation controller", "pw"),
    ("barrel_room_sensor_hub_password", ["barrel", "hub", "password"],
     "owner-chosen password of the barrel-room temperature / humidity sensor hub", "pw"),
    ("tank_telemetry_crc32_key", ["tank", "api", "key"],
     "`tnk_` + 30 base62 + 6 base62 of the real CRC-32 of those 30 characters; API key of the tank-temperature telemetry (layout invented)", "gen"),
    ("cellar_door_verhoeff_key", ["cellardoor", "api", "key"],
     "`cdk_` + 9-digit winery licence number + its real Verhoeff check digit + `_` + 28 base62; key of the cellar-door booking API (layout invented)", "gen"),
    ("club_webhook_luhn36_secret", ["club", "webhook", "secret"],
     "`wcw_` + 31 lower-case alphanumerics + 1 real Luhn mod 36 check character; signs wine-club shipment webhooks (layout invented)", "gen"),
    ("club_shop_django_secret_key", ["django", "secret", "key"],
     "Django `SECRET_KEY` form: 50 characters from Django's key alphabet without `# $ % &`; signs sessions of the club web shop", "gen"),
    ("sensor_gateway_wireguard_key", ["wg", "private", "key"],
     "WireGuard private key: standard Base64 of 32 random bytes clamped as X25519 requires (44 characters); VPN key of the vineyard sensor gateway", "gen"),
    ("harvest_app_hs512_jwt", ["harvest", "app", "jwt"],
     "real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 under a discarded key); bearer token of the harvest crew app", "gen"),
]

DJANGO_ALPH = "abcdefghijklmnopqrstuvwxyz0123456789!@^*(-_=+)"


def gen_value(tname, rng):
    if tname.endswith("_password"):
        return C.password(rng)
    if tname == "tank_telemetry_crc32_key":
        body = C.rs(rng, C.B62, 30)
        return "tnk_" + body + C.crc32_b62(body)
    if tname == "cellar_door_verhoeff_key":
        lic = str(rng.randint(100000000, 999999999))
        return "cdk_" + lic + C.verhoeff_digit(lic) + "_" + C.rs(rng, C.B62, 28)
    if tname == "club_webhook_luhn36_secret":
        body = C.rs(rng, C.LALNUM, 31)
        return "wcw_" + body + C.luhn36_char(body)
    if tname == "club_shop_django_secret_key":
        return C.rs(rng, DJANGO_ALPH, 50)
    if tname == "sensor_gateway_wireguard_key":
        b = bytearray(rng.randrange(256) for _ in range(32))
        b[0] &= 248
        b[31] &= 127
        b[31] |= 64
        return base64.b64encode(bytes(b)).decode()
    if tname == "harvest_app_hs512_jwt":
        iat = 1754000000 + rng.randrange(20000000)
        payload = {"sub": rng.choice(USERS) + str(rng.randint(2, 99)),
                   "crew": rng.choice(["north-blocks", "south-slope", "home-block", "river-flats"]),
                   "scope": "picks:write bins:write", "iat": iat, "exp": iat + 86400 * 30}
        return C.jwt_hs(rng, "HS512", payload)
    raise KeyError(tname)


# container kinds: (name, style, template). <<K>> key, <<S>> value.
CONTAINERS = [
    ("cellar_app_django_settings_py", "upper",
     "import os\nfrom pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\nDEBUG = False\nALLOWED_HOSTS = [\"cellar.<<DOM>>\"]\n<<K>> = \"<<S>>\"\nTIME_ZONE = \"Australia/Adelaide\"\n"),
    ("cellar_app_flask_instance_config_py", "upper",
     "# instance/config.py -- not in git\nSQLALCHEMY_DATABASE_URI = \"postgresql+psycopg://<<USER>>@db.<<DOM>>/cellar\"\n<<K>> = '<<S>>'\nLAB_EXPORT_DIR = \"/srv/lab/exports\"\n"),
    ("cellar_app_celery_config_py", "snake",
     "broker_url = \"redis://queue.<<DOM>>:6379/2\"\ntask_default_queue = \"additions\"\n<<K>> = \"<<S>>\"\nbeat_schedule = {\"tank-sweep\": {\"task\": \"tanks.sweep\", \"schedule\": 300}}\n"),
    ("cellar_app_gunicorn_conf_py", "upper",
     "bind = \"0.0.0.0:8000\"\nworkers = 3\nraw_env = [\n    \"DJANGO_SETTINGS_MODULE=cellar.settings.prod\",\n    \"<<K>>=<<S>>\",\n]\naccesslog = \"-\"\n"),
    ("club_shop_nextjs_next_config_js", "camel",
     "/** @type {import('next').NextConfig} */\nmodule.exports = {\n  reactStrictMode: true,\n  serverRuntimeConfig: {\n    <<K>>: '<<S>>',\n  },\n  images: { domains: ['cdn.<<DOM>>'] },\n};\n"),
    ("club_shop_sveltekit_env_file", "upper",
     "PUBLIC_SHOP_NAME=\"Cellar Door Club\"\nPUBLIC_REGION=au\n<<K>>=<<S>>\nORIGIN=https://club.<<DOM>>\n"),
    ("club_shop_astro_config_mjs", "camel",
     "import { defineConfig } from 'astro/config';\nimport node from '@astrojs/node';\n\nconst <<K>> = \"<<S>>\";\n\nexport default defineConfig({ output: 'server', adapter: node({ mode: 'standalone' }) });\n"),
    ("club_shop_express_config_json", "camel",
     "{\n  \"port\": <<PORT>>,\n  \"shopName\": \"Cellar Door Club\",\n  \"<<K>>\": \"<<S>>\",\n  \"logLevel\": \"info\"\n}\n"),
    ("tasting_room_react_native_config_env", "upper",
     "API_URL=https://pos.<<DOM>>/v2\nSTORE_ID=cellar-door-01\n<<K>>=<<S>>\nSENTRY_ENV=production\n"),
    ("tasting_room_expo_app_json_extra", "camel",
     "{\n  \"expo\": {\n    \"name\": \"Cellar Door\",\n    \"slug\": \"cellar-door\",\n    \"extra\": {\n      \"apiUrl\": \"https://pos.<<DOM>>\",\n      \"<<K>>\": \"<<S>>\"\n    }\n  }\n}\n"),
    ("tasting_room_android_gradle_properties", "camel",
     "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n<<K>>=<<S>>\nkioskStoreCode=CD01\n"),
    ("tasting_room_ios_xcconfig", "upper",
     "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = example.cellardoor.kiosk\nAPI_HOST = pos.<<DOM>>\n<<K>> = <<S>>\n"),
    ("tasting_room_kiosk_tauri_conf_json", "camel",
     "{\n  \"productName\": \"Tasting Kiosk\",\n  \"version\": \"1.8.2\",\n  \"plugins\": {\n    \"store\": { \"<<K>>\": \"<<S>>\" }\n  }\n}\n"),
    ("vineyard_api_rocket_toml", "snake",
     "[release]\naddress = \"0.0.0.0\"\nport = <<PORT>>\n<<K>> = \"<<S>>\"\n\n[release.databases.blocks]\nurl = \"postgres://<<USER>>@db.<<DOM>>/blocks\"\n"),
    ("vineyard_api_play_application_conf", "dot",
     "play.http.context = \"/api\"\nplay.filters.hosts.allowed = [\"blocks.<<DOM>>\"]\nvineyard.<<K>> = \"<<S>>\"\ndb.default.driver = org.postgresql.Driver\n"),
    ("vineyard_api_dropwizard_config_yml", "camel",
     "server:\n  applicationConnectors:\n    - type: http\n      port: <<PORT>>\nblocks:\n  <<K>>: \"<<S>>\"\n  sprayDiaryRetentionDays: 1095\n"),
    ("vineyard_api_go_toml_config", "snake",
     "[server]\nlisten = \":<<PORT>>\"\n\n[auth]\n<<K>> = \"<<S>>\"\n\n[weather]\nstation = \"north-ridge\"\n"),
    ("frost_station_arduino_secrets_h", "upper",
     "#pragma once\n// secrets.h - frost fan node 3 (north slope)\n#define WIFI_SSID \"vineyard-iot\"\n#define <<K>> \"<<S>>\"\n#define MQTT_HOST \"<<IP>>\"\n"),
    ("frost_station_micropython_secrets_py", "snake",
     "# secrets.py on the Pico W in the frost fan cabinet\nssid = \"vineyard-iot\"\n<<K>> = \"<<S>>\"\nbroker = \"<<IP>>\"\n"),
    ("frost_station_tasmota_backlog_console", "pascal",
     "12:04:31.118 CMD: Backlog MqttHost <<IP>>; MqttUser <<USER>>; <<K>> <<S>>; Topic frostfan3\n12:04:31.140 RSL: RESULT = {\"MqttHost\":\"<<IP>>\"}\n"),
    ("frost_station_chirpstack_toml", "snake",
     "[network]\nnet_id = \"000000\"\nenabled_regions = [\"au915_1\"]\n\n[integration.mqtt]\nserver = \"tcp://<<IP>>:1883\"\n<<K>> = \"<<S>>\"\n"),
    ("frost_station_telegraf_conf", "snake",
     "[[outputs.influxdb_v2]]\n  urls = [\"http://<<IP>>:8086\"]\n  organization = \"vineyard\"\n  bucket = \"frost\"\n\n[[inputs.mqtt_consumer]]\n  servers = [\"tcp://<<IP>>:1883\"]\n  <<K>> = \"<<S>>\"\n"),
    ("barrel_room_grafana_ini", "snake",
     "[server]\nhttp_port = 3000\ndomain = barrels.<<DOM>>\n\n[security]\nadmin_user = <<USER>>\n<<K>> = <<S>>\n"),
    ("barrel_room_shelly_script_js", "camel",
     "// Shelly Plus script: push barrel-room humidity every 5 min\nlet <<K>> = \"<<S>>\";\nlet url = \"https://hub.<<DOM>>/ingest\";\nTimer.set(300000, true, function () { Shelly.call(\"HTTP.GET\", { url: url }); });\n"),
    ("winery_ops_kubernetes_secret_stringdata_yaml", "upper",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: cellar-app\n  namespace: winery\ntype: Opaque\nstringData:\n  <<K>>: \"<<S>>\"\n"),
    ("winery_ops_docker_compose_env_file", "upper",
     "# cellar.env, used by docker-compose.yml (env_file)\nTZ=Europe/Paris\nPOSTGRES_DB=cellar\n<<K>>=<<S>>\n"),
    ("winery_ops_podman_quadlet_container", "upper",
     "[Container]\nImage=registry.<<DOM>>/cellar/api:4.2\nPublishPort=<<PORT>>:8080\nEnvironment=<<K>>=<<S>>\n\n[Install]\nWantedBy=default.target\n"),
    ("winery_ops_saltstack_pillar_sls", "snake",
     "cellar:\n  db_host: db.<<DOM>>\n  <<K>>: '<<S>>'\n  backup_hour: 3\n"),
    ("winery_ops_puppet_hiera_yaml", "snake",
     "---\nprofile::cellar::db_host: 'db.<<DOM>>'\nprofile::cellar::<<K>>: '<<S>>'\nprofile::cellar::workers: 4\n"),
    ("winery_ops_chef_attributes_rb", "snake",
     "default['cellar']['db_host'] = 'db.<<DOM>>'\ndefault['cellar']['<<K>>'] = '<<S>>'\ndefault['cellar']['port'] = <<PORT>>\n"),
    ("winery_ops_cloud_init_user_data", "upper",
     "#cloud-config\nhostname: vinenode-<<N>>\nwrite_files:\n  - path: /etc/vinenode.env\n    permissions: '0600'\n    content: |\n      SITE=north-ridge\n      <<K>>=<<S>>\n"),
    ("winery_ops_github_actions_workflow_env", "upper",
     "name: deploy-club-shop\non: [push]\nenv:\n  NODE_VERSION: 20\n  <<K>>: <<S>>\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"),
    ("winery_ops_gitlab_ci_variables", "upper",
     "variables:\n  DOCKER_DRIVER: overlay2\n  <<K>>: \"<<S>>\"\n\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n"),
    ("winery_ops_jenkinsfile_environment", "upper",
     "pipeline {\n  agent any\n  environment {\n    APP = 'cellar-api'\n    <<K>> = '<<S>>'\n  }\n  stages { stage('Build') { steps { sh 'make' } } }\n}\n"),
    ("winery_ops_woodpecker_yml", "upper",
     "steps:\n  - name: migrate\n    image: python:3.12\n    environment:\n      <<K>>: <<S>>\n    commands:\n      - python manage.py migrate\n"),
    ("winery_ops_nginx_fastcgi_param", "upper",
     "location ~ \\.php$ {\n    include fastcgi_params;\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n    fastcgi_param <<K>> <<S>>;\n}\n"),
    ("winery_ops_php_fpm_pool_env", "upper",
     "[club]\nuser = www-data\nlisten = /run/php/club.sock\nenv[APP_ENV] = production\nenv[<<K>>] = <<S>>\n"),
    ("winery_ops_launchd_plist", "upper",
     "<key>EnvironmentVariables</key>\n<dict>\n    <key>LABEL_PRINTER</key>\n    <string>Zebra-ZD421</string>\n    <key><<K>></key>\n    <string><<S>></string>\n</dict>\n"),
    ("winery_ops_crontab_line", "upper",
     "# m h dom mon dow command\n*/10 * * * * <<K>>=<<S>> /opt/cellar/bin/sync-tanks >> /var/log/sync-tanks.log 2>&1\n"),
    ("winery_ops_zsh_history", "upper",
     ": 1726139201:0;cd /srv/cellar\n: 1726139230:0;export <<K>>=<<S>>\n: 1726139244:0;./manage.py runserver 0.0.0.0:<<PORT>>\n"),
    ("winery_ops_ci_printenv_log", "upper",
     "$ printenv | sort\nHOME=/root\nHOSTNAME=runner-7f3c\n<<K>>=<<S>>\nPATH=/usr/local/bin:/usr/bin:/bin\n"),
    ("cellar_app_browser_har_export", "camel",
     "{\"log\": {\"entries\": [{\"request\": {\"method\": \"POST\", \"url\": \"https://cellar.<<DOM>>/api/session\", \"postData\": {\"mimeType\": \"application/json\", \"text\": \"{\\\"user\\\":\\\"<<USER>>\\\",\\\"<<K>>\\\":\\\"<<S>>\\\"}\"}}}]}}\n"),
    ("tasting_room_slack_thread_export", "spaced",
     "[09:12] Mia: anyone know what changed on the till this morning?\n[09:14] Sam: yes, new <<K>> is <<S>> until Friday\n[09:15] Mia: thanks, logging in now\n"),
    ("vineyard_crew_sms_screenshot_ocr", "title",
     "< Messages   Harvest Lead\nToday 6:02 AM\nBlock 7 picks start 6:30\n<<K>>: <<S>>\nDelivered\n"),
    ("cellar_whiteboard_photo_ocr", "title",
     "CELLAR BOARD - WEEK 38\nT14 Shiraz: pump over 2x\nT09 rack to barrel\n<<K>> - <<S>>\nBentonite trial Fri\n"),
]

SPARE_KIND = "wine_club_google_sheets_csv_export"


def pairing():
    """15 blocks of three kinds; each block deals a seeded permutation of the 12 types."""
    rng = random.Random(SEED_PAIRING)
    out = []
    for b in range(15):
        perm = [t[0] for t in TYPES]
        rng.shuffle(perm)
        for j in range(3):
            kind = CONTAINERS[b * 3 + j]
            out.append((kind, perm[j * 4:(j + 1) * 4]))
    return out


def build(reg):
    rng = random.Random(SEED_VALUES)
    tmap = {t[0]: t for t in TYPES}
    recs = []
    for (cname, style, tpl), tnames in pairing():
        for tname in tnames:
            words = tmap[tname][1]
            val = reg.draw(lambda: gen_value(tname, rng))
            dom = rng.choice(DOMAINS)
            ctx = dict(K=C.keyname(words, style), DOM=dom, USER=rng.choice(USERS),
                       PORT=rng.choice([8080, 8443, 3000, 5000, 9000, 8000]),
                       IP=f"10.{rng.randint(10, 40)}.{rng.randint(0, 9)}.{rng.randint(2, 250)}",
                       N=rng.randint(10, 99))
            text, s, e = C.fill(tpl, val, **ctx)
            recs.append((tname, cname, text, s, e))
    return recs
