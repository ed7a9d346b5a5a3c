"""Everyday source: 12 secret types x 45 container kinds of the climbing / bowling / FEC world."""
import random, base64
from common181 import (rs, hexs, B62, CROCK, rbytes, b64url_nopad, jwt_hs256, uuid4,
                       owner_password, style_key, place, span_record)

SEED = 18101

# (type, key words, description, generator)
def _signing(r):   return b64url_nopad(rbytes(r, 48))
def _tpc(r):       return "tpc_dev_" + rs(r, B62, 40)
def _kds(r):       return "-".join(rs(r, CROCK, 5) for _ in range(6))
def _belay_jwt(r):
    iat = 1767000000 + r.randint(0, 9000000)
    return jwt_hs256(r, {"iss": "belaylog.cragdesk.app", "sub": "wall-%02d" % r.randint(1, 40),
                         "gym": "gym_%04d" % r.randint(1, 9999), "scope": "inspections:write",
                         "iat": iat, "exp": iat + 31536000})
def _wvsig(r):     return "wvsig_" + hexs(r, 48)
def _arc(r):       return "arc_live_sk_" + rs(r, B62, 32)

TYPES = [
    ("waiver_kiosk_admin_password", ["waiver", "kiosk", "admin", "password"],
     "owner-chosen admin password of the climbing-gym check-in and waiver kiosk", None),
    ("route_setting_db_password", ["route", "setting", "db", "password"],
     "owner-chosen password of the database account behind route setting and grade logging", None),
    ("lane_scoring_server_password", ["lane", "scoring", "server", "password"],
     "owner-chosen password of the bowling lane scoring server", None),
    ("party_reservation_portal_password", ["party", "booking", "portal", "password"],
     "owner-chosen login password of the party and lane reservation portal", None),
    ("arcade_pos_manager_password", ["arcade", "pos", "manager", "password"],
     "owner-chosen manager password of the arcade card / redemption point of sale", None),
    ("laser_tag_console_password", ["laser", "tag", "console", "password"],
     "owner-chosen password of the laser-tag scoring console", None),
    ("pinsetter_telemetry_signing_key", ["pinsetter", "telemetry", "signing", "key"],
     "base64url of 48 random bytes (64 characters, no padding), key that signs pinsetter-controller telemetry", _signing),
    ("trampoline_counter_device_token", ["capacity", "counter", "device", "token"],
     "`tpc_dev_` + 40 base62, device token of a trampoline-park capacity counter (prefix invented)", _tpc),
    ("kitchen_display_pairing_secret", ["kds", "pairing", "secret"],
     "six groups of five Crockford base32 characters joined by `-`, pairing secret of a snack-bar kitchen display screen", _kds),
    ("auto_belay_log_sync_jwt", ["belay", "log", "sync", "token"],
     "HS256 JWT (real base64url JSON header and payload, real HMAC under a discarded key) of the auto-belay inspection log sync", _belay_jwt),
    ("waiver_webhook_signing_secret", ["waiver", "webhook", "secret"],
     "`wvsig_` + 48 lower-case hex, signing secret of the signed-waiver webhooks (prefix invented)", _wvsig),
    ("arcade_redemption_api_key", ["redemption", "api", "key"],
     "`arc_live_sk_` + 32 base62, API key of the arcade redemption-prize service (prefix invented)", _arc),
]
PASSWORD_TYPES = [t[0] for t in TYPES if t[3] is None]

C = []  # (kind, style, template)
def k(name, style, tpl):
    C.append((name, style, tpl))

k("waiver_kiosk_vite_env_local", "upper",
  "# .env.local -- waiver kiosk (do not commit)\nVITE_GYM_SLUG=@@G@@\nVITE_API_BASE=https://api.cragdesk.app/v2\nKIOSK_ID=front-@@N@@\n@@K@@=@@V@@\n")
k("route_setter_django_environ_file", "upper",
  "DEBUG=off\nALLOWED_HOSTS=routes.@@G@@.lan\nDATABASE_URL=postgres://setter@db.@@G@@.lan:5432/routes\n@@K@@=@@V@@\nGRADE_SYSTEM=font\n")
k("lane_scoring_dotnet_user_secrets_json", "pascal",
  "{\n  \"LaneScoring:CenterId\": \"@@N@@\",\n  \"LaneScoring:Lanes\": \"1-24\",\n  \"LaneScoring:@@K@@\": \"@@V@@\",\n  \"Logging:LogLevel:Default\": \"Information\"\n}\n")
k("pinsetter_plc_codesys_global_vars", "pascal",
  "VAR_GLOBAL CONSTANT\n    gc_iLaneCount : INT := 24;\n    gc_sBridgeHost : STRING(64) := 'bridge.@@G@@.lan';\n    gc_s@@K@@ : STRING(96) := '@@V@@';\nEND_VAR\n")
k("pinsetter_esp32_platformio_ini", "upper",
  "[env:pinsetter_node]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n    -D LANE_PAIR=@@N@@\n    -D @@K@@=\\\"@@V@@\\\"\nmonitor_speed = 115200\n")
k("grade_log_nextjs_next_config_js", "camel",
  "/** @type {import('next').NextConfig} */\nmodule.exports = {\n  reactStrictMode: true,\n  serverRuntimeConfig: {\n    gradeScale: 'vscale',\n    @@K@@: '@@V@@',\n  },\n};\n")
k("party_booking_fly_toml", "upper",
  "app = \"party-booking-@@G@@\"\nprimary_region = \"ord\"\n\n[env]\n  PORT = \"8080\"\n  @@K@@ = \"@@V@@\"\n\n[http_service]\n  internal_port = 8080\n")
k("arcade_card_go_constants", "camel",
  "package redemption\n\n// TODO move to vault before launch\nconst (\n\tprizeCatalogURL = \"https://prizes.@@G@@.lan/catalog\"\n\t@@K@@ = \"@@V@@\"\n\tmaxTicketsPerSwipe = 500\n)\n")
k("trampoline_counter_micropython_secrets_py", "snake",
  "# secrets.py on the door counter (MicroPython)\nsecrets = {\n    \"ssid\": \"JumpZone-Staff\",\n    \"zone\": \"court-@@N@@\",\n    \"@@K@@\": \"@@V@@\",\n}\n")
k("laser_tag_unity_asset_yaml", "camel",
  "%YAML 1.1\n--- !u!114 &11400000\nMonoBehaviour:\n  m_Name: ArenaSettings\n  arenaName: Nebula @@N@@\n  maxVests: 30\n  @@K@@: @@V@@\n")
k("laser_tag_godot_project_settings", "snake",
  "[application]\nconfig/name=\"Laser Arena Scoreboard\"\n\n[arena]\nvest_channel=@@N@@\n@@K@@=\"@@V@@\"\n")
k("kds_android_gradle_properties", "camel",
  "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\nkdsStationName=grill-@@N@@\n@@K@@=@@V@@\n")
k("kds_react_native_dotenv", "upper",
  "API_URL=https://kds.@@G@@.lan\nSTATION=fryer\n@@K@@=@@V@@\nSENTRY_ENV=production\n")
k("kds_kotlin_build_gradle_kts_buildconfig", "upper",
  "android {\n    defaultConfig {\n        applicationId = \"app.snackbar.kds\"\n        buildConfigField(\"String\", \"STATION\", \"\\\"grill-@@N@@\\\"\")\n        buildConfigField(\"String\", \"@@K@@\", \"\\\"@@V@@\\\"\")\n    }\n}\n")
k("climbing_gym_pulumi_stack_config_yaml", "camel",
  "config:\n  aws:region: us-west-2\n  cragdesk:gymSlug: @@G@@\n  cragdesk:@@K@@: @@V@@\n")
k("bowling_center_ansible_hosts_ini", "snake",
  "[scoring_servers]\nlanes-a.@@G@@.lan\nlanes-b.@@G@@.lan\n\n[scoring_servers:vars]\nansible_user=bowladmin\n@@K@@=@@V@@\n")
k("arcade_cloudformation_parameters_json", "pascal",
  "[\n  {\"ParameterKey\": \"Environment\", \"ParameterValue\": \"prod\"},\n  {\"ParameterKey\": \"CenterCode\", \"ParameterValue\": \"FEC@@N@@\"},\n  {\"ParameterKey\": \"@@K@@\", \"ParameterValue\": \"@@V@@\"}\n]\n")
k("trampoline_compose_environment_list", "upper",
  "services:\n  capacity-api:\n    image: ghcr.io/jumpzone/capacity-api:2.4.@@N@@\n    environment:\n      - TZ=America/Denver\n      - @@K@@=@@V@@\n    ports:\n      - \"8080:8080\"\n")
k("route_app_github_workflow_env", "upper",
  "name: deploy-route-app\non:\n  push:\n    branches: [main]\nenv:\n  NODE_VERSION: 20\n  @@K@@: \"@@V@@\"\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n")
k("bowling_bitbucket_pipelines_yml", "upper",
  "image: python:3.12\npipelines:\n  default:\n    - step:\n        name: scoring integration tests\n        script:\n          - export @@K@@=\"@@V@@\"\n          - pytest -q tests/lanes\n")
k("gym_ops_azure_pipelines_variables", "camel",
  "trigger:\n- main\nvariables:\n  buildConfiguration: Release\n  gymRegion: west-@@N@@\n  @@K@@: '@@V@@'\npool:\n  vmImage: ubuntu-latest\n")
k("check_in_heroku_app_json", "upper",
  "{\n  \"name\": \"crag-checkin\",\n  \"env\": {\n    \"GYM_SLUG\": {\"value\": \"@@G@@\"},\n    \"@@K@@\": {\"value\": \"@@V@@\"}\n  },\n  \"formation\": {\"web\": {\"quantity\": 1}}\n}\n")
k("waiver_wrangler_toml_vars", "upper",
  "name = \"waiver-edge\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-01-15\"\n\n[vars]\nGYM_SLUG = \"@@G@@\"\n@@K@@ = \"@@V@@\"\n")
k("party_booking_serverless_yml", "upper",
  "service: party-booking\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    MAX_PARTY_SIZE: \"@@N@@\"\n    @@K@@: \"@@V@@\"\n")
k("arcade_prize_perl_config_pm", "snake",
  "package Prize::Config;\nuse strict;\nour %CONF = (\n    prize_db_host => 'prizes.@@G@@.lan',\n    @@K@@ => '@@V@@',\n    ticket_ratio => @@N@@,\n);\n1;\n")
k("scoring_bridge_lua_settings", "snake",
  "-- settings.lua for the scoring bridge\nreturn {\n  center = \"@@G@@\",\n  lanes = @@N@@,\n  @@K@@ = \"@@V@@\",\n}\n")
k("lane_scoring_windows_reg_export", "pascal",
  "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\LaneScore\\Bridge]\n\"CenterName\"=\"@@G@@\"\n\"LaneCount\"=dword:000000@@N@@\n\"@@K@@\"=\"@@V@@\"\n")
k("pinsetter_bridge_launchd_plist", "upper",
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>Label</key><string>lan.@@G@@.pinsetter-bridge</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n    <key>@@K@@</key><string>@@V@@</string>\n  </dict>\n</dict>\n</plist>\n")
k("capacity_counter_home_assistant_secrets_yaml", "snake",
  "# secrets.yaml\nmqtt_broker: mqtt.@@G@@.lan\nwifi_ssid: JumpZone-IoT\n@@K@@: \"@@V@@\"\n")
k("capacity_counter_telegraf_conf", "snake",
  "[[inputs.http]]\n  urls = [\"http://counter-@@N@@.@@G@@.lan/api/occupancy\"]\n  data_format = \"json\"\n  [inputs.http.headers]\n    X-Device = \"door-east\"\n  [inputs.http.tags]\n    site = \"@@G@@\"\n\n# credentials for the counter\n[global_tags]\n  @@K@@ = \"@@V@@\"\n")
k("gym_app_expo_app_config_ts", "camel",
  "import { ExpoConfig } from 'expo/config';\nconst config: ExpoConfig = {\n  name: 'Crag Desk',\n  slug: 'crag-desk',\n  extra: {\n    gymSlug: '@@G@@',\n    @@K@@: '@@V@@',\n  },\n};\nexport default config;\n")
k("gym_app_ios_info_plist", "pascal",
  "<plist version=\"1.0\">\n<dict>\n  <key>CFBundleDisplayName</key>\n  <string>Crag Desk</string>\n  <key>@@K@@</key>\n  <string>@@V@@</string>\n</dict>\n</plist>\n")
k("grade_log_swift_secrets_enum", "camel",
  "enum Secrets {\n    static let gradeScale = \"yds\"\n    static let @@K@@ = \"@@V@@\"\n}\n")
k("route_setting_ktor_application_conf", "camel",
  "ktor {\n  deployment { port = 8080 }\n}\nroutes {\n  gym = \"@@G@@\"\n  @@K@@ = \"@@V@@\"\n}\n")
k("party_booking_sql_settings_update", "snake",
  "-- migration 0@@N@@_party_settings.sql\nUPDATE app_settings SET value = '@@V@@' WHERE name = '@@K@@';\nUPDATE app_settings SET value = '90' WHERE name = 'party_slot_minutes';\n")
k("bowling_center_powershell_profile", "upper",
  "# Microsoft.PowerShell_profile.ps1 on the front-desk PC\nSet-Location C:\\LaneScore\n$env:CENTER_CODE = '@@N@@'\n$env:@@K@@ = '@@V@@'\n")
k("front_desk_fish_history", "upper",
  "- cmd: cd ~/src/checkin-kiosk\n  when: 17@@N@@0012\n- cmd: set -gx @@K@@ '@@V@@'\n  when: 17@@N@@0044\n- cmd: npm run kiosk\n  when: 17@@N@@0051\n")
k("route_setter_slack_thread_paste", "spaced",
  "jonah  10:42\ncan someone drop the @@K@@ here, the setting app logged me out\nmira  10:44\n@@K@@ is @@V@@ , change it after the comp\n")
k("front_desk_sticky_note_ocr", "title",
  "FRONT DESK - DO NOT REMOVE\nWifi: CragGuest\n@@K@@: @@V@@\nCall Dana if kiosk freezes\n")
k("bowling_mechanic_whatsapp_message", "spaced",
  "[21:07] Luis (mechanic): lane 17 machine is back up\n[21:09] Pat: thanks! @@K@@ is @@V@@ if you need to reset the scorer tonight\n")
k("gym_owner_email_to_developer", "spaced",
  "Subject: kiosk access for Saturday\n\nHi Sam,\n\nthe @@K@@ you asked for is @@V@@ and it should work on both front-desk tablets.\n\nThanks,\nRenee\n")
k("arcade_tech_trello_card_comment", "spaced",
  "Card: Replace swipe reader on Skee-Ball 4\nComment by tomas.k: reader swapped, re-paired with the back office. @@K@@ = @@V@@ (was on the old whiteboard)\n")
k("checkin_api_pino_json_log", "camel",
  "{\"level\":30,\"time\":17@@N@@11223344,\"pid\":412,\"hostname\":\"checkin-api-1\",\"msg\":\"config loaded\",\"config\":{\"gymSlug\":\"@@G@@\",\"@@K@@\":\"@@V@@\"}}\n")
k("lane_scoring_windows_event_xml", "pascal",
  "<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">\n  <System><Provider Name=\"LaneScoreBridge\"/><EventID>1@@N@@</EventID></System>\n  <EventData>\n    <Data Name=\"Center\">@@G@@</Data>\n    <Data Name=\"@@K@@\">@@V@@</Data>\n  </EventData>\n</Event>\n")
k("party_booking_postman_environment_json", "camel",
  "{\n  \"name\": \"party-booking staging\",\n  \"values\": [\n    {\"key\": \"baseUrl\", \"value\": \"https://staging.partydesk.app\", \"enabled\": true},\n    {\"key\": \"@@K@@\", \"value\": \"@@V@@\", \"enabled\": true}\n  ]\n}\n")

GYMS = ["summit-bloc", "granite-hall", "cosmic-lanes", "pinpoint-bowl", "bounce-yard", "vertical-den",
        "strike-city", "chalk-works", "laser-nova", "jumpzone-east"]

def pair_type(kind_index, j):
    return (5 * kind_index + 7 * j + kind_index // 3) % 12

def generate(reg):
    r = random.Random(SEED)
    recs = []
    for ki, (kind, style, tpl) in enumerate(C):
        for j in range(4):
            ti = pair_type(ki, j)
            typ, words, _desc, gen = TYPES[ti]
            if gen is None:
                value = reg.draw(lambda: owner_password(r))
            else:
                value = reg.draw(lambda: gen(r))
            key = style_key(words, style)
            text, s, e = place(tpl, value, K=key, G=r.choice(GYMS), N="%02d" % r.randint(10, 99))
            recs.append((typ, kind, text, s, e))
    return recs
