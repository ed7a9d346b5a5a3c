"""Everyday source: 12 secret types of the rink world x 45 container kinds x 4."""
import random
from common178 import (rstr, owner_password, B62, HEXU, b64, b64url_nopad, rbytes, jwt_hs256, ALNUM_L,
                       style_key, fill, make_record, subs_for)

SEED = 17801


def _stream_key(rng):
    return "-".join(rstr(rng, ALNUM_L, 4) for _ in range(5))


def _jwt(rng):
    n = rng.randint(2, 9)
    iat = 1700000000 + rng.randint(0, 40000000)
    return jwt_hs256(rng, {"sub": f"resurfacer-{n:02d}", "fleet": rng.choice(["north-arena", "civic-centre", "curling-club"]),
                           "scope": "telemetry:write", "iat": iat, "exp": iat + 31536000})


# name, key words, description, generator, password?
TYPES = [
    ("ice_booking_admin_password", ["booking", "admin", "password"],
     "owner-chosen admin password of the ice-time booking and league-scheduling back office",
     lambda r: owner_password(r), True),
    ("ice_plant_hmi_password", ["plant", "hmi", "password"],
     "owner-chosen password of the refrigeration (ice-plant, brine / ammonia) controller HMI",
     lambda r: owner_password(r), True),
    ("concession_pos_manager_password", ["pos", "manager", "password"],
     "owner-chosen manager password of the concession-stand point of sale",
     lambda r: owner_password(r), True),
    ("league_scheduler_db_password", ["scheduler", "db", "password"],
     "owner-chosen password of the database account behind league scheduling",
     lambda r: owner_password(r), True),
    ("arena_door_controller_password", ["door", "controller", "password"],
     "owner-chosen admin password of the arena access-control door controller",
     lambda r: owner_password(r), True),
    ("federation_registry_login_password", ["federation", "login", "password"],
     "owner-chosen password of the sport-federation member registration portal",
     lambda r: owner_password(r), True),
    ("wristband_topup_api_key", ["wristband", "api", "key"],
     "`cwb_live_` + 32 base62 API key of the cashless-wristband top-up service (prefix invented)",
     lambda r: "cwb_live_" + rstr(r, B62, 32), False),
    ("scoreboard_sync_signing_key", ["scoreboard", "signing", "key"],
     "Base64 of 32 random bytes (44 characters), key that signs end-by-end curling scoreboard updates",
     lambda r: b64(r, 32), False),
    ("tournament_live_stream_key", ["stream", "key"],
     "RTMP stream key of the tournament live stream, five groups of four lower-case alphanumerics (YouTube Live style)",
     _stream_key, False),
    ("resurfacer_telematics_device_jwt", ["telematics", "jwt"],
     "HS256 JWT (real base64url JSON header and payload, real HMAC under a discarded key) of an ice-resurfacer telematics unit",
     _jwt, False),
    ("door_controller_osdp_scbk", ["osdp", "scbk"],
     "32 upper-case hex OSDP secure-channel base key (AES-128) shared by the door controller and its readers",
     lambda r: rstr(r, HEXU, 32), False),
    ("lts_enrolment_webhook_secret", ["enrolment", "webhook", "secret"],
     "`ltswh_` + base64url of 32 random bytes, signing secret of the learn-to-skate enrolment webhooks (prefix invented)",
     lambda r: "ltswh_" + b64url_nopad(rbytes(r, 32)), False),
]

# container kind, key style, template («K» key, «V» value, other «X» fillers)
C = [
    ("rink_booking_dotenv_production", "upper",
     "# rink-booking production\nAPP_ENV=production\nAPP_URL=https://«H»\n«K»=«V»\nQUEUE_CONNECTION=redis\n"),
    ("league_scheduler_django_settings_local_py", "upper",
     "# local_settings.py -- not for git\nDEBUG = False\nALLOWED_HOSTS = ['«H»']\n«K» = '«V»'\nTIME_ZONE = 'America/Winnipeg'\n"),
    ("ice_plant_modbus_gateway_yaml", "snake",
     "gateway:\n  poll_interval_s: 5\n  plc_host: «H»\n  unit_id: «N»\n  «K»: \"«V»\"\n  registers:\n    brine_supply_c: 40001\n    brine_return_c: 40002\n"),
    ("zamboni_telematics_node_red_flows_cred_json", "camel",
     "{\n  \"a3f1c2.9b7e\": {\n    \"user\": \"«U»\",\n    \"«K»\": \"«V»\"\n  }\n}\n"),
    ("scoreboard_controller_esp_idf_sdkconfig", "upper",
     "CONFIG_SCOREBOARD_SHEETS=«N»\nCONFIG_SCOREBOARD_MQTT_HOST=\"«H»\"\nCONFIG_«K»=\"«V»\"\nCONFIG_LOG_DEFAULT_LEVEL_INFO=y\n"),
    ("curling_stats_fastapi_settings_py", "snake",
     "class Settings(BaseSettings):\n    db_host: str = \"«H»\"\n    ends_per_game: int = 8\n    «K»: str = \"«V»\"\n\nsettings = Settings()\n"),
    ("skate_rental_laravel_config_services_php", "snake",
     "<?php\nreturn [\n    'rental' => [\n        'host' => '«H»',\n        '«K»' => '«V»',\n    ],\n];\n"),
    ("concession_pos_appsettings_production_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"Concession\": {\n    \"StandId\": \"stand-«N»\",\n    \"«K»\": \"«V»\"\n  }\n}\n"),
    ("wristband_topup_spring_application_properties", "dot",
     "server.port=8443\nspring.application.name=wristband-topup\nwristband.«K»=«V»\nwristband.reader-timeout-ms=1500\n"),
    ("arena_access_viper_config_toml", "snake",
     "[controller]\naddress = \"«H»\"\nreaders = «N»\n«K» = \"«V»\"\n\n[log]\nlevel = \"info\"\n"),
    ("tournament_bracket_nuxt_runtime_config_ts", "camel",
     "export default defineNuxtConfig({\n  runtimeConfig: {\n    «K»: '«V»',\n    public: { bracketSize: 16 }\n  }\n})\n"),
    ("stream_relay_nginx_rtmp_conf", "snake",
     "rtmp {\n  server {\n    listen 1935;\n    application live {\n      live on;\n      set $«K» \"«V»\";\n      record off;\n    }\n  }\n}\n"),
    ("learn_to_skate_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'lts_site' );\ndefine( 'DB_HOST', '«H»' );\ndefine( '«K»', '«V»' );\n$table_prefix = 'lts_';\n"),
    ("rink_mobile_flutter_env_dart", "camel",
     "// lib/env.dart (generated locally)\nclass Env {\n  static const apiBase = 'https://«H»';\n  static const «K» = '«V»';\n}\n"),
    ("rink_mobile_android_local_properties", "dot",
     "sdk.dir=/Users/«U»/Library/Android/sdk\nrink.api.host=«H»\nrink.«K»=«V»\n"),
    ("rink_mobile_ios_xcconfig", "upper",
     "// Secrets.xcconfig\nAPI_HOST = «H»\n«K» = «V»\nPRODUCT_BUNDLE_IDENTIFIER = org.rink.app\n"),
    ("league_api_rails_credentials_yml", "snake",
     "# bin/rails credentials:show\nsecret_key_base_note: rotate yearly\nleague:\n  host: «H»\n  «K»: «V»\n"),
    ("federation_sync_airflow_variables_json", "snake",
     "{\n  \"federation_season\": \"2025-26\",\n  \"«K»\": \"«V»\",\n  \"sync_hour_utc\": 4\n}\n"),
    ("ice_plant_grafana_datasource_provisioning_yaml", "camel",
     "apiVersion: 1\ndatasources:\n  - name: IcePlant\n    type: postgres\n    url: «H»:«PORT»\n    user: «U»\n    secureJsonData:\n      «K»: «V»\n"),
    ("arena_k8s_secret_string_data_yaml", "upper",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: arena-app\n  namespace: rink\ntype: Opaque\nstringData:\n  «K»: \"«V»\"\n"),
    ("rink_ops_helm_values_override_yaml", "camel",
     "replicaCount: 2\nimage:\n  tag: 3.«N».0\nsecrets:\n  «K»: \"«V»\"\ningress:\n  host: «H»\n"),
    ("rink_infra_terraform_auto_tfvars", "snake",
     "region      = \"ca-central-1\"\nrink_domain = \"«H»\"\n«K» = \"«V»\"\n"),
    ("arena_cdk_context_json", "camel",
     "{\n  \"app\": \"npx ts-node bin/arena.ts\",\n  \"context\": {\n    \"stage\": \"prod\",\n    \"«K»\": \"«V»\"\n  }\n}\n"),
    ("rink_compose_env_file", "upper",
     "# .env used by docker compose\nCOMPOSE_PROJECT_NAME=rink\nDB_HOST=«H»\n«K»=«V»\n"),
    ("tournament_gitlab_ci_yml", "upper",
     "stages: [test, deploy]\nvariables:\n  NODE_ENV: production\n  «K»: \"«V»\"\ndeploy:\n  stage: deploy\n  script: ./deploy.sh «H»\n"),
    ("rink_jenkinsfile_environment_block", "upper",
     "pipeline {\n  agent any\n  environment {\n    TARGET_HOST = '«H»'\n    «K» = '«V»'\n  }\n  stages { stage('Deploy') { steps { sh './deploy.sh' } } }\n}\n"),
    ("rink_ansible_group_vars_yml", "snake",
     "---\nrink_site: «RINK»\nrink_ntp: pool.ntp.org\n«K»: \"«V»\"\n"),
    ("ice_plant_systemd_dropin_conf", "upper",
     "# /etc/systemd/system/brine-monitor.service.d/override.conf\n[Service]\nEnvironment=PLC_HOST=«H»\nEnvironment=«K»=«V»\n"),
    ("concession_till_windows_ini", "pascal",
     "[Till]\nStand=«N»\nPrinter=EPSON TM-T20III\n[Backoffice]\nServer=«H»\n«K»=«V»\n"),
    ("scoreboard_pi_crontab", "upper",
     "# m h dom mon dow command\n«K»=«V»\n*/2 * * * * /opt/scoreboard/push_ends.sh «H» >> /var/log/ends.log 2>&1\n"),
    ("rink_admin_powershell_dsc_ps1", "pascal",
     "Configuration RinkKiosk {\n    Node '«H»' {\n        Environment «K» {\n            Name  = '«K»'\n            Value = '«V»'\n        }\n    }\n}\n"),
    ("league_db_sql_migration_insert", "snake",
     "-- V«N»__seed_integrations.sql\nINSERT INTO integration_settings (name, value) VALUES\n  ('scheduler_host', '«H»'),\n  ('«K»', '«V»');\n"),
    ("rink_api_insomnia_environment_json", "camel",
     "{\n  \"_type\": \"environment\",\n  \"name\": \"Rink prod\",\n  \"data\": {\n    \"baseUrl\": \"https://«H»\",\n    \"«K»\": \"«V»\"\n  }\n}\n"),
    ("ice_usage_r_markdown_chunk", "snake",
     "```{r setup, include=FALSE}\nlibrary(DBI)\n«K» <- \"«V»\"\ncon <- dbConnect(RPostgres::Postgres(), host = \"«H»\")\n```\n"),
    ("rink_ops_zsh_history", "upper",
     ": 1733412001:0;cd ~/rink-ops\n: 1733412044:0;export «K»='«V»'\n: 1733412090:0;./bin/sync --host «H»\n"),
    ("rink_repo_git_show_patch", "upper",
     "commit 3f9c2e1a\nAuthor: «U» <«U»@rink.internal>\n\n    wire up scheduler env\n\ndiff --git a/.env.staging b/.env.staging\n--- a/.env.staging\n+++ b/.env.staging\n@@ -3,2 +3,3 @@\n DB_HOST=«H»\n+«K»=«V»\n"),
    ("arena_manager_teams_message", "spaced",
     "[10:42] Arena Manager\nhey, before tonight's game can you check the box office? the «K» is «V» for now, I'll change it after the playoffs\n"),
    ("zamboni_room_whiteboard_ocr", "title",
     "ZAMBONI ROOM - DO NOT ERASE\nFlood after every 2nd session\nBlade change: «D»\n«K»: «V»\nCall Dave if brine > -8C\n"),
    ("curling_club_telegram_group_paste", "spaced",
     "Draw master: scoreboard is back up on sheet «N}\nDraw master: «K» «V» (temporary, don't share outside this chat)\n".replace("«N}", "«N»")),
    ("rink_director_email_to_integrator", "spaced",
     "Subject: access for the weekend tournament\n\nHi,\n\nas discussed on the phone, the «K» you asked for is «V» - the server is «H».\nPlease let me know when the bracket import has run.\n\nThanks,\nRink Director\n"),
    ("wristband_service_journald_log", "snake",
     "Nov 08 19:02:11 «H» wristband-svc[2211]: loaded config path=/etc/wristband/config.toml\nNov 08 19:02:11 «H» wristband-svc[2211]: debug config dump «K»=«V» readers=«N»\n"),
    ("league_api_sentry_breadcrumb_json", "camel",
     "{\"category\": \"config\", \"level\": \"debug\", \"message\": \"loaded settings\", \"data\": {\"host\": \"«H»\", \"«K»\": \"«V»\"}}\n"),
    ("rink_it_jira_ticket_comment", "spaced",
     "RINKIT-«N»41 Scoreboard sync failing after firmware update\n\nComment by «U»: tried again with the «K» from the binder («V») and it still fails on «H». Reassigning to vendor.\n"),
    ("stream_obs_basic_ini", "pascal",
     "[General]\nName=Tournament\n[Output]\nMode=Simple\n[Rink]\nServer=rtmp://«H»/live\n«K»=«V»\n"),
    ("scoreboard_arduino_secrets_h", "upper",
     "// arduino_secrets.h\n#define SECRET_SSID \"RinkStaff\"\n#define SECRET_«K» \"«V»\"\n"),
    ("ice_plant_opcua_client_xml", "pascal",
     "<OpcUaClient>\n  <Endpoint>opc.tcp://«H»:4840</Endpoint>\n  <«K»>«V»</«K»>\n</OpcUaClient>\n"),
]
USED = 45


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    kinds = C[:USED]
    for k, (cname, style, tmpl) in enumerate(kinds):
        for j in range(4):
            t = (5 * k + 7 * j + k // 3) % 12
            tname, words, _desc, gen, _pw = TYPES[t]
            value = reg.draw(lambda: gen(rng))
            subs = subs_for(rng)
            subs["K"] = style_key(words, style)
            text, s, e = fill(tmpl, value, subs)
            recs.append((tname, cname, text, s, e))
    return recs


def pairing_formula():
    return "type = (5·kind + 7·j + ⌊kind/3⌋) mod 12"
