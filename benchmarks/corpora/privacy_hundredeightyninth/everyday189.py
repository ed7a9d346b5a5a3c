"""Everyday source: 12 secret types of the venue world x 45 container kinds, 4 records per kind."""
import random

from common189 import (HEX, BASE62, LOWER_ALNUM, DIGITS, rs, rbytes, b64, b64url, uuid4, jwt_hs,
                       password, style_key, make_record)

SEED = 18901
PAIR_SEED = 18911


def _hex64(r):
    return rs(r, HEX, 64)


def _whsec(r):
    return "whsec_" + b64(rbytes(r, 24))


def _paseto(r):
    body = rbytes(r, 32) + rbytes(r, r.randint(40, 90)) + rbytes(r, 32)
    return "v4.local." + b64url(body)


def _srt(r):
    return rs(r, BASE62, 32)


def _jwt512(r):
    now = 1767225600 + r.randrange(0, 86400 * 200)
    payload = {"iss": "door-api.club.internal", "sub": "door-scanner-%02d" % r.randint(1, 24),
               "aud": "guestlist", "scope": "scan:write checkin:read", "iat": now, "exp": now + 3600 * 12,
               "jti": uuid4(r)}
    return jwt_hs(r, payload, "HS512")


def _fernet(r):
    return b64url(rbytes(r, 32), pad=True)


TYPES = [
    # name, key words, generator, description
    ("guestlist_console_admin_password", ["guestlist", "admin", "password"], None,
     "owner-chosen admin password of the guest-list and table-booking console"),
    ("door_scanner_supervisor_password", ["door", "scanner", "supervisor", "password"], None,
     "owner-chosen supervisor override password of the door ID scanners"),
    ("karaoke_room_timer_admin_password", ["karaoke", "timer", "admin", "password"], None,
     "owner-chosen admin password of the karaoke room timer and song-catalogue server"),
    ("lighting_console_remote_password", ["lighting", "remote", "password"], None,
     "owner-chosen password of the lighting console's remote / web access"),
    ("bar_tab_pos_db_password", ["bartab", "db", "password"], None,
     "owner-chosen password of the database account behind bar tabs and the cashless POS"),
    ("noise_monitor_portal_password", ["noise", "portal", "password"], None,
     "owner-chosen login password of the noise-level monitoring dashboard"),
    ("cashless_wristband_hmac_key", ["wristband", "hmac", "key"], _hex64,
     "64 lower-case hex (256-bit HMAC key that signs the balance blocks on cashless NFC wristbands; no prefix)"),
    ("table_booking_webhook_secret", ["booking", "webhook", "secret"], _whsec,
     "`whsec_` + Base64 of 24 random bytes (32 characters), signing secret of the table-booking webhooks (Svix-style layout)"),
    ("promoter_settlement_paseto_token", ["settlement", "api", "token"], _paseto,
     "PASETO `v4.local.` + base64url of a 32-byte nonce, 40-90 bytes of ciphertext and a 32-byte tag (random bytes in frame), bearer token of the promoter settlement API"),
    ("booth_srt_stream_passphrase", ["srt", "passphrase"], _srt,
     "32 base62 characters, SRT encryption passphrase of the DJ-booth camera stream encoder"),
    ("door_app_service_jwt_hs512", ["door", "service", "jwt"], _jwt512,
     "HS512 JWT (real base64url JSON header and payload, real HMAC-SHA512 under a discarded key), service token of the door app"),
    ("incident_log_fernet_key", ["incident", "fernet", "key"], _fernet,
     "Fernet key: base64url of 32 random bytes with padding (44 characters), encrypts the CCTV incident log exports"),
]
PASSWORD_TYPES = [t[0] for t in TYPES if t[2] is None]


# Each container: name, style, renderer(key, value, K, r) -> text, description
CONTAINERS = [
    ("guestlist_laravel_env_staging", "upper", lambda key, v, K, r:
        "APP_NAME=GuestlistHQ\nAPP_ENV=staging\nAPP_URL=https://guests-staging.club.internal\n"
        "%s=mysql\n%s=%s\nLOG_CHANNEL=stack\n" % (K(["db", "connection"]), key, v),
     "Laravel `.env.staging` of the guest-list console"),
    ("table_booking_rails_secrets_yml", "snake", lambda key, v, K, r:
        "production:\n  %s: tables.club.internal\n  %s: %s\n  %s: 25\n" % (K(["booking", "host"]), key, v, K(["pool", "size"])),
     "Rails `config/secrets.yml` of the table-booking app"),
    ("door_scanner_android_local_properties", "dot", lambda key, v, K, r:
        "sdk.dir=/Users/door/Library/Android/sdk\n%s=https://door.club.internal\n%s=%s\n" % (K(["door", "api", "url"]), key, v),
     "Android `local.properties` of the door-scanner app"),
    ("door_scanner_kotlin_buildconfig_field", "upper", lambda key, v, K, r:
        "android {\n    defaultConfig {\n        buildConfigField(\"String\", \"%s\", \"\\\"https://door.club.internal\\\"\")\n"
        "        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")\n    }\n}\n" % (K(["door", "api", "url"]), key, v),
     "`build.gradle.kts` `buildConfigField` lines of the door-scanner app"),
    ("karaoke_catalogue_django_local_settings", "upper", lambda key, v, K, r:
        "from .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"songs.karaoke.lan\"]\n%s = \"%s\"\n%s = 30\n" % (key, v, K(["room", "timer", "grace"])),
     "Django `local_settings.py` of the karaoke song catalogue"),
    ("karaoke_room_timer_esphome_secrets_yaml", "snake", lambda key, v, K, r:
        "wifi_ssid: \"KaraokeRooms\"\n%s: \"%s\"\n%s: \"192.168.40.%d\"\n" % (key, v, K(["timer", "gateway"]), r.randint(2, 200)),
     "ESPHome `secrets.yaml` of the karaoke room timers"),
    ("karaoke_kiosk_electron_store_json", "camel", lambda key, v, K, r:
        "{\n  \"roomCount\": 12,\n  \"%s\": \"ws://rooms.karaoke.lan:8090\",\n  \"%s\": \"%s\",\n  \"kioskMode\": true\n}\n" % (K(["timer", "socket"]), key, v),
     "electron-store `config.json` of the karaoke song-request kiosk"),
    ("lighting_console_qlc_workspace_xml", "pascal", lambda key, v, K, r:
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Workspace>\n <Creator><Name>Q Light Controller Plus</Name></Creator>\n"
        " <Properties>\n  <Property Name=\"%s\" Value=\"8080\"/>\n  <Property Name=\"%s\" Value=\"%s\"/>\n </Properties>\n</Workspace>\n" % (K(["web", "port"]), key, v),
     "QLC+ style workspace XML of the lighting rig with custom properties"),
    ("lighting_bridge_cargo_config_toml", "upper", lambda key, v, K, r:
        "[build]\ntarget = \"aarch64-unknown-linux-gnu\"\n\n[env]\n%s = \"2.0.0.%d\"\n%s = \"%s\"\n" % (K(["artnet", "subnet"]), r.randint(1, 40), key, v),
     "`.cargo/config.toml` `[env]` of the Art-Net lighting bridge written in Rust"),
    ("dj_booth_obs_profile_ini", "pascal", lambda key, v, K, r:
        "[General]\nName=Booth Cam\n\n[Output]\nMode=Advanced\n\n[Stream]\n%s=srt://ingest.club.internal:9000\n%s=%s\n" % (K(["server"]), key, v),
     "OBS `basic.ini` profile of the DJ-booth camera PC"),
    ("dj_booth_streamdeck_plugin_settings_json", "camel", lambda key, v, K, r:
        "{\n  \"action\": \"club.booth.scene\",\n  \"settings\": {\n    \"%s\": \"booth-pc.club.internal\",\n    \"%s\": \"%s\"\n  }\n}\n" % (K(["host"]), key, v),
     "Stream Deck plugin settings JSON on the DJ-booth laptop"),
    ("bar_tab_spring_bootstrap_properties", "dot", lambda key, v, K, r:
        "spring.application.name=bar-tab-service\n%s=jdbc:postgresql://bar-db.club.internal:5432/tabs\n%s=%s\n" % (K(["tab", "db", "url"]), key, v),
     "Spring `bootstrap.properties` of the bar-tab service"),
    ("cashless_wristband_go_config_yaml", "snake", lambda key, v, K, r:
        "listen: \":8443\"\nreaders:\n  - id: bar-north\n  - id: bar-south\n%s: \"%s\"\n%s: 50\n" % (key, v, K(["topup", "max", "eur"])),
     "YAML config read by the Go cashless wristband service"),
    ("cashless_dotnet_appsettings_production_json", "pascal", lambda key, v, K, r:
        "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"Cashless\": {\n    \"%s\": \"EUR\",\n    \"%s\": \"%s\"\n  }\n}\n" % (K(["currency"]), key, v),
     "`appsettings.Production.json` of the .NET cashless top-up kiosk"),
    ("bar_pos_sqlserver_agent_job_step", "pascal", lambda key, v, K, r:
        "-- SQL Agent job: nightly tab close\nDECLARE @%s NVARCHAR(64) = N'BAR-POS-%02d';\nDECLARE @%s NVARCHAR(200) = N'%s';\nEXEC dbo.CloseOpenTabs @Terminal = @%s;\n" % (K(["terminal"]), r.randint(1, 20), key, v, K(["terminal"])),
     "T-SQL step of a SQL Server Agent job on the bar POS server"),
    ("promoter_settlement_symfony_env_local_php", "upper", lambda key, v, K, r:
        "<?php\n\n// This file was generated by running \"composer dump-env prod\"\n\nreturn array (\n  'APP_ENV' => 'prod',\n  '%s' => '%s',\n  '%s' => 'EUR',\n);\n" % (key, v, K(["settlement", "currency"])),
     "Symfony `.env.local.php` of the promoter settlement app"),
    ("promoter_split_apps_script_properties", "camel", lambda key, v, K, r:
        "function setup() {\n  const props = PropertiesService.getScriptProperties();\n  props.setProperty('%s', 'Settlements');\n  props.setProperty('%s', '%s');\n}\n" % (K(["sheet", "name"]), key, v),
     "Google Apps Script setting script properties for the ticket-split sheet"),
    ("promoter_excel_vba_module", "pascal", lambda key, v, K, r:
        "Attribute VB_Name = \"SettlementSync\"\nOption Explicit\nConst %s As String = \"https://settle.club.internal\"\nConst %s As String = \"%s\"\n" % (K(["api", "base"]), key, v),
     "VBA module in the promoter settlement workbook"),
    ("noise_monitor_pi_systemd_unit_env", "upper", lambda key, v, K, r:
        "[Unit]\nDescription=LAeq logger uplink\n\n[Service]\nEnvironment=\"%s=mic-%02d\"\nEnvironment=\"%s=%s\"\nExecStart=/opt/noise/bin/uplink\n" % (K(["sensor", "id"]), r.randint(1, 9), key, v),
     "systemd unit with `Environment=` lines on the Raspberry Pi noise logger"),
    ("noise_logger_micropython_config_py", "upper", lambda key, v, K, r:
        "# config.py - noise logger\n%s = 65  # dB(A) licence limit\n%s = \"%s\"\n%s = 60\n" % (K(["laeq", "limit"]), key, v, K(["report", "seconds"])),
     "MicroPython `config.py` of the noise logger"),
    ("noise_dashboard_grafana_datasource_yaml", "camel", lambda key, v, K, r:
        "apiVersion: 1\ndatasources:\n  - name: NoiseDB\n    type: postgres\n    url: noise-db.club.internal:5432\n    secureJsonData:\n      %s: \"%s\"\n" % (key, v),
     "Grafana datasource provisioning YAML of the noise dashboard"),
    ("cctv_nvr_export_script_bat", "upper", lambda key, v, K, r:
        "@echo off\nset %s=\\\\nvr01\\exports\nset %s=%s\ncall export_incidents.cmd\n" % (K(["export", "dir"]), key, v),
     "Windows batch script that exports CCTV clips for incidents"),
    ("incident_log_flask_instance_config_py", "upper", lambda key, v, K, r:
        "# instance/config.py\nSQLALCHEMY_TRACK_MODIFICATIONS = False\n%s = \"%s\"\n%s = \"Europe/London\"\n" % (key, v, K(["venue", "tz"])),
     "Flask `instance/config.py` of the incident log"),
    ("incident_firebase_functions_config_set_history", "dot", lambda key, v, K, r:
        "$ firebase use club-incidents\n$ firebase functions:config:set %s=\"%s\"\n+  Functions config updated.\n" % (key, v),
     "shell history of `firebase functions:config:set` for the incident reporting app"),
    ("venue_terraform_tfvars", "snake", lambda key, v, K, r:
        "region          = \"eu-west-2\"\nvenue_code      = \"LDN-%02d\"\n%s = \"%s\"\n" % (r.randint(1, 30), key, v),
     "`terraform.tfvars` of the venue infrastructure"),
    ("venue_k8s_configmap_data_yaml", "upper", lambda key, v, K, r:
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: door-api-config\ndata:\n  %s: \"info\"\n  %s: \"%s\"\n" % (K(["log", "level"]), key, v),
     "Kubernetes ConfigMap (not a Secret) of the door API"),
    ("venue_ansible_inventory_ini", "snake", lambda key, v, K, r:
        "[door_scanners]\ndoor-%02d.club.internal ansible_user=pi %s=%s\n" % (r.randint(1, 12), key, v),
     "Ansible INI inventory with host variables"),
    ("venue_docker_run_history", "upper", lambda key, v, K, r:
        "  812  docker pull registry.club.internal/venue/api:2.%d\n  813  docker run -d --name venue-api -e %s=prod -e %s=%s registry.club.internal/venue/api:2.%d\n" % (r.randint(1, 9), K(["app", "env"]), key, v, r.randint(1, 9)),
     "bash history of a `docker run -e` on the venue server"),
    ("venue_gitlab_ci_variables_yml", "upper", lambda key, v, K, r:
        "variables:\n  %s: \"venue\"\n  %s: \"%s\"\n\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n" % (K(["stack"]), key, v),
     "`.gitlab-ci.yml` variables block"),
    ("venue_circleci_config_environment", "upper", lambda key, v, K, r:
        "version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n      %s: \"%s\"\n    steps:\n      - checkout\n" % (key, v),
     "CircleCI `config.yml` job environment"),
    ("venue_jenkinsfile_environment_block", "upper", lambda key, v, K, r:
        "pipeline {\n  agent any\n  environment {\n    %s = 'eu-west-2'\n    %s = '%s'\n  }\n  stages { stage('Build') { steps { sh 'make' } } }\n}\n" % (K(["aws", "region"]), key, v),
     "Jenkinsfile `environment` block"),
    ("door_app_expo_eas_json", "upper", lambda key, v, K, r:
        "{\n  \"build\": {\n    \"production\": {\n      \"env\": {\n        \"%s\": \"https://door.club.internal\",\n        \"%s\": \"%s\"\n      }\n    }\n  }\n}\n" % (K(["api", "url"]), key, v),
     "Expo `eas.json` build profile env of the door app"),
    ("booking_widget_vite_env_production", "upper", lambda key, v, K, r:
        "VITE_%s=https://book.club.example\nVITE_%s=%s\n" % (K(["public", "url"]), key, v),
     "Vite `.env.production` of the public table-booking widget (leaks into the bundle)"),
    ("booking_api_node_config_default_json", "camel", lambda key, v, K, r:
        "{\n  \"port\": 3000,\n  \"venue\": { \"%s\": \"Basement\", \"%s\": \"%s\" }\n}\n" % (K(["room"]), key, v),
     "node-config `config/default.json` of the booking API"),
    ("booking_worker_pyproject_tool_section", "kebab", lambda key, v, K, r:
        "[project]\nname = \"booking-worker\"\nversion = \"0.%d.0\"\n\n[tool.booking-worker]\n%s = \"%s\"\n%s = 4\n" % (r.randint(1, 9), key, v, K(["max", "workers"])),
     "`pyproject.toml` tool section of the booking worker"),
    ("door_scanner_swift_xcconfig", "upper", lambda key, v, K, r:
        "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = club.door.scanner\n%s = %s\n" % (key, v),
     "Xcode `Release.xcconfig` of the iOS door scanner"),
    ("karaoke_song_sync_php_ini_conf", "snake", lambda key, v, K, r:
        "; song-sync.ini\n[catalogue]\n%s = \"https://songs.karaoke.lan\"\n%s = \"%s\"\n" % (K(["catalogue", "url"]), key, v),
     "PHP `parse_ini_file` config of the karaoke song-catalogue sync"),
    ("lighting_console_lua_plugin_config", "snake", lambda key, v, K, r:
        "-- show control plugin\nlocal %s = \"10.0.50.%d\"\nlocal %s = \"%s\"\nreturn { host = %s }\n" % (K(["console", "ip"]), r.randint(2, 250), key, v, K(["console", "ip"])),
     "Lua plugin config of the lighting console show-control bridge"),
    ("venue_openwrt_uci_config", "snake", lambda key, v, K, r:
        "config venue 'main'\n\toption %s 'club-office'\n\toption %s '%s'\n" % (K(["site"]), key, v),
     "OpenWrt UCI config on the venue router"),
    ("promoter_whatsapp_group_export_txt", "spaced", lambda key, v, K, r:
        "[%02d/%02d/2026, 02:%02d:11] Promoter Jay: who has the %s?\n[%02d/%02d/2026, 02:%02d:40] Ops Mia: %s - dont share it outside this group\n" % (r.randint(1, 28), r.randint(1, 12), r.randint(10, 59), key, r.randint(1, 28), r.randint(1, 12), r.randint(10, 59), v),
     "WhatsApp group chat export of promoters and venue ops"),
    ("door_team_discord_dm_paste", "spaced", lambda key, v, K, r:
        "head of door — Today at 23:%02d\n%s for tonight is %s , new one after the weekend\n" % (r.randint(10, 59), key, v),
     "Discord direct message of the head of door"),
    ("venue_ops_trello_card_comment", "spaced", lambda key, v, K, r:
        "Card: Fix scanner sync before Friday\nComment by Sam: updated the %s to %s and restarted the sync box.\n" % (key, v),
     "Trello card comment in the venue ops board"),
    ("bar_manager_handover_notebook_ocr", "title", lambda key, v, K, r:
        "BAR HANDOVER  Sat\nFloat counted: 250.00\n%s: %s\nIce machine - call engineer Mon\n" % (key, v),
     "OCR of a photographed bar-manager handover notebook page"),
    ("settlement_google_sheets_csv_export", "title", lambda key, v, K, r:
        "Event,Promoter,Gross,%s,Notes\nSat Basement,Nightshift,%d.00,%s,settled\n" % (key, r.randint(1500, 9000), v),
     "CSV export of the promoter settlement Google Sheet (value in a column under its header)"),
    ("venue_ops_zsh_history", "upper", lambda key, v, K, r:
        ": 17692%05d:0;cd ~/venue-api\n: 17692%05d:0;export %s='%s'\n: 17692%05d:0;make run\n" % (r.randint(0, 99999), r.randint(0, 99999), key, v, r.randint(0, 99999)),
     "`~/.zsh_history` with extended timestamps on the ops laptop"),
]
SPARE_CONTAINERS = ["karaoke_room_tablet_mdm_plist", "door_scanner_flutter_dart_define_json"]


def pairing():
    """45 kinds in 15 blocks of three; each block deals a seeded permutation of the 12 types,
    four consecutive types per kind."""
    r = random.Random(PAIR_SEED)
    plan = []
    for b in range(15):
        perm = list(range(12))
        r.shuffle(perm)
        for j in range(3):
            plan.append(perm[4 * j:4 * j + 4])
    return plan


def generate(reg, start_id=1):
    r = random.Random(SEED)
    recs = []
    n = start_id
    for ci, (cname, style, render, _desc) in enumerate(CONTAINERS):
        for ti in pairing()[ci]:
            tname, words, gen, _d = TYPES[ti]
            v = reg.draw((lambda: password(r)) if gen is None else (lambda: gen(r)))
            K = lambda ws: style_key(ws, style)
            key = K(words)
            text = render(key, v, K, r)
            recs.append(make_record("%s-s-%04d" % ("p189", n), tname, cname, text, v, "everyday"))
            n += 1
    return recs
