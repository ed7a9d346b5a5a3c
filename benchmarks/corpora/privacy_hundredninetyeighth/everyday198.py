"""Everyday source: 12 secret types of the window-cleaning world x 45 container kinds."""
import random

from common198 import (SEED_EVERYDAY, SEED_PAIRING, B62, B64S, HEX, rs, rbytes, owner_password,
                       b64u_nopad, jwt_hs, crc32_b62_token, style_key, place, user, host, ip,
                       uuid4)

# type -> (key words, description, generator kind)
TYPES = [
    ("round_planner_admin_password", ["round", "planner", "admin", "password"],
     "owner-chosen admin password of the round / route scheduling app", "pw"),
    ("cashbook_ledger_db_password", ["cashbook", "db", "password"],
     "owner-chosen password of the database behind the customer cash-book", "pw"),
    ("van_tank_gateway_password", ["tank", "gateway", "password"],
     "owner-chosen password of the water-fed-pole van's tank telemetry gateway", "pw"),
    ("before_after_photo_nas_password", ["photo", "nas", "password"],
     "owner-chosen password of the NAS that keeps before / after job photos", "pw"),
    ("ladder_register_portal_password", ["ladder", "register", "password"],
     "owner-chosen password of the ladder and harness inspection register", "pw"),
    ("territory_map_admin_password", ["territory", "map", "admin", "password"],
     "owner-chosen admin password of the franchise territory map server", "pw"),
    ("dd_run_webhook_secret", ["dd", "webhook", "secret"],
     "`ddw1_` + base64url of 32 random bytes (43 characters), signing secret of the direct-debit run webhooks (prefix invented)", "ddw"),
    ("quote_engine_api_token", ["quote", "api", "token"],
     "`wcq_` + 30 base62 + 6 base62 digits of the CRC-32 of the body, API token of the quote calculator (prefix and checksum invented, GitHub-style)", "wcq"),
    ("route_device_jwt", ["route", "device", "jwt"],
     "HS384 JWT (real base64url JSON, real HMAC-SHA384 under a discarded key), device token of the route app", "jwt"),
    ("job_photo_bucket_secret_key", ["photo", "bucket", "secret", "key"],
     "40 characters of the standard Base64 alphabet (S3-compatible secret access key of the job-photo bucket)", "s3"),
    ("tank_sensor_lorawan_app_key", ["lorawan", "app", "key"],
     "32 upper-case hex (LoRaWAN 1.0 AppKey, 16 bytes, of the van tank level sensor)", "appkey"),
    ("sms_reminder_api_token", ["sms", "reminder", "token"],
     "`smsr-` + 8 lower-case hex + `-` + 32 base62, token of the day-before SMS reminder service (layout invented)", "smsr"),
]


def gen_value(kind, r):
    if kind == "pw":
        return owner_password(r)
    if kind == "ddw":
        return "ddw1_" + b64u_nopad(rbytes(r, 32))
    if kind == "wcq":
        return crc32_b62_token(r, "wcq_", 30)
    if kind == "jwt":
        payload = {"sub": "van-%02d" % r.randint(1, 40), "iss": "routes.brightpane.example",
                   "scope": "rounds:read jobs:write", "iat": 1730000000 + r.randint(0, 9000000)}
        payload["exp"] = payload["iat"] + 2592000
        return jwt_hs(r, payload, "HS384")
    if kind == "s3":
        return rs(r, B64S, 40)
    if kind == "appkey":
        return rbytes(r, 16).hex().upper()
    if kind == "smsr":
        return "smsr-" + rs(r, HEX, 8) + "-" + rs(r, B62, 32)
    raise ValueError(kind)


# container kind -> (key style, template). <<K>> key, <<V>> value, <<H>> host, <<U>> user, <<IP>>, <<N>> number, <<ID>> uuid
CONTAINERS = [
    ("round_planner_nuxt_env_production", "upper",
     "# .env.production (round planner, Nuxt 3)\nNUXT_PUBLIC_SITE_URL=https://<<H>>\nNUXT_DB_HOST=<<H>>\n<<K>>=<<V>>\nNUXT_PUBLIC_DEFAULT_ROUND_DAYS=28\n"),
    ("round_planner_remix_env_server", "upper",
     "# apps/planner/.env.server - do not commit\nSESSION_COOKIE_NAME=__planner\nPLANNER_REGION=uk-south\n<<K>>=\"<<V>>\"\nLOG_LEVEL=info\n"),
    ("route_app_expo_app_config_ts", "camel",
     "import { ExpoConfig } from 'expo/config';\n\nconst config: ExpoConfig = {\n  name: 'RoundRunner',\n  slug: 'round-runner',\n  extra: {\n    apiBase: 'https://<<H>>',\n    <<K>>: '<<V>>',\n    defaultRoundWeeks: 4,\n  },\n};\nexport default config;\n"),
    ("route_app_capacitor_config_json", "camel",
     "{\n  \"appId\": \"uk.brightpane.routes\",\n  \"appName\": \"Routes\",\n  \"webDir\": \"dist\",\n  \"plugins\": {\n    \"RouteSync\": {\n      \"endpoint\": \"https://<<H>>/sync\",\n      \"<<K>>\": \"<<V>>\"\n    }\n  }\n}\n"),
    ("route_app_flutter_dart_define_json", "upper",
     "{\n  \"ROUTE_API_BASE\": \"https://<<H>>\",\n  \"<<K>>\": \"<<V>>\",\n  \"ROUND_COLOURS\": \"teal,amber\"\n}\n"),
    ("route_app_kotlin_buildconfig_gradle_kts", "upper",
     "android {\n    defaultConfig {\n        applicationId = \"uk.clearview.rounds\"\n        buildConfigField(\"String\", \"API_HOST\", \"\\\"<<H>>\\\"\")\n        buildConfigField(\"String\", \"<<K>>\", \"\\\"<<V>>\\\"\")\n    }\n}\n"),
    ("cashbook_alembic_ini", "snake",
     "[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql+psycopg://<<U>>@<<H>>/cashbook\n\n[cashbook]\n<<K>> = <<V>>\ncurrency = GBP\n"),
    ("cashbook_laravel_config_services_php", "snake",
     "<?php\n\nreturn [\n    'cashbook' => [\n        'host' => '<<H>>',\n        'user' => '<<U>>',\n        '<<K>>' => '<<V>>',\n    ],\n    'rounds' => ['weeks' => 4],\n];\n"),
    ("cashbook_rails_database_yml", "snake",
     "production:\n  adapter: postgresql\n  database: cashbook_production\n  host: <<H>>\n  username: <<U>>\n  <<K>>: \"<<V>>\"\n  pool: 5\n"),
    ("cashbook_dotnet_user_secrets_json", "pascal",
     "{\n  \"Cashbook:Host\": \"<<H>>\",\n  \"Cashbook:<<K>>\": \"<<V>>\",\n  \"Cashbook:Currency\": \"GBP\"\n}\n"),
    ("dd_worker_celery_config_py", "snake",
     "# celeryconfig.py for the direct-debit run worker\nbroker_url = 'redis://<<H>>:6379/3'\ntimezone = 'Europe/London'\nbeat_schedule_day = 'tuesday'\n<<K>> = '<<V>>'\n"),
    ("dd_worker_go_viper_config_yaml", "snake",
     "server:\n  listen: :8088\ndd_run:\n  cutoff: \"15:30\"\n  <<K>>: <<V>>\n  notify: ops@brightpane.example\n"),
    ("tank_telemetry_platformio_ini", "upper",
     "[env:van_tank]\nplatform = espressif32\nboard = esp32dev\nbuild_flags =\n    -D TANK_LITRES=650\n    -D <<K>>=\\\"<<V>>\\\"\n    -D GATEWAY_HOST=\\\"<<H>>\\\"\n"),
    ("tank_telemetry_arduino_secrets_h", "upper",
     "// arduino_secrets.h - tank level node\n#define SECRET_SSID \"VanHotspot<<N>>\"\n#define SECRET_<<K>> \"<<V>>\"\n#define TANK_SENSOR_PIN 34\n"),
    ("tank_telemetry_micropython_config_py", "upper",
     "# config.py on the tank node (MicroPython)\nGATEWAY = '<<IP>>'\nREPORT_EVERY_S = 300\n<<K>> = '<<V>>'\nLOW_WATER_LITRES = 80\n"),
    ("tank_telemetry_node_red_flows_cred_json", "camel",
     "{\n    \"a41f0c2.9be5f4\": {\n        \"user\": \"<<U>>\",\n        \"<<K>>\": \"<<V>>\"\n    }\n}\n"),
    ("tank_telemetry_telegraf_conf", "snake",
     "[[inputs.mqtt_consumer]]\n  servers = [\"tcp://<<H>>:1883\"]\n  topics = [\"vans/+/tank\"]\n  username = \"<<U>>\"\n  <<K>> = \"<<V>>\"\n  data_format = \"json\"\n"),
    ("tank_gateway_chirpstack_toml", "snake",
     "[integration.mqtt]\nserver=\"tcp://<<H>>:1883\"\njson=true\n\n[tank_fleet]\n<<K>>=\"<<V>>\"\nvans=<<N>>\n"),
    ("photo_upload_rclone_conf", "snake",
     "[jobphotos]\ntype = s3\nprovider = Other\nendpoint = https://<<H>>\nregion = auto\n<<K>> = <<V>>\n"),
    ("photo_upload_wrangler_jsonc", "upper",
     "{\n  // wrangler.jsonc - photo upload worker\n  \"name\": \"before-after-upload\",\n  \"main\": \"src/index.ts\",\n  \"vars\": {\n    \"MAX_PHOTO_MB\": \"12\",\n    \"<<K>>\": \"<<V>>\"\n  }\n}\n"),
    ("photo_upload_next_config_mjs", "upper",
     "/** @type {import('next').NextConfig} */\nconst nextConfig = {\n  images: { remotePatterns: [{ hostname: '<<H>>' }] },\n  env: {\n    <<K>>: '<<V>>',\n  },\n};\nexport default nextConfig;\n"),
    ("ladder_register_django_settings_prod_py", "upper",
     "from .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = ['<<H>>']\n<<K>> = '<<V>>'\nINSPECTION_INTERVAL_DAYS = 90\n"),
    ("ladder_register_phoenix_runtime_exs", "snake",
     "import Config\n\nconfig :ladder_register, LadderRegister.Repo,\n  hostname: \"<<H>>\",\n  username: \"<<U>>\"\n\nconfig :ladder_register, <<K>>: \"<<V>>\"\n"),
    ("ladder_register_micronaut_application_yml", "kebab",
     "micronaut:\n  application:\n    name: ladder-register\nregister:\n  inspector: <<U>>\n  <<K>>: '<<V>>'\n  interval-days: 90\n"),
    ("quote_calculator_vite_env_local", "upper",
     "# .env.local (quote calculator widget build)\nVITE_PUBLIC_PRICE_PER_PANE=1.10\nQUOTE_SERVER=https://<<H>>\n<<K>>=<<V>>\n"),
    ("quote_calculator_wp_options_sql", "snake",
     "INSERT INTO `wp_options` (`option_name`, `option_value`, `autoload`) VALUES\n('wcq_min_charge', '15', 'yes'),\n('<<K>>', '<<V>>', 'no');\n"),
    ("quote_calculator_gcf_env_yaml", "upper",
     "# env.yaml for gcloud functions deploy quote-calc --env-vars-file env.yaml\nREGION: europe-west2\nMIN_CHARGE_GBP: \"15\"\n<<K>>: \"<<V>>\"\n"),
    ("sms_reminder_crontab", "upper",
     "MAILTO=ops@brightpane.example\n<<K>>=<<V>>\n# day-before reminders at 17:00\n0 17 * * * /opt/reminders/bin/send-tomorrow --round all\n"),
    ("sms_reminder_github_actions_workflow_yml", "upper",
     "name: day-before-sms\non:\n  schedule:\n    - cron: '0 16 * * *'\njobs:\n  send:\n    runs-on: ubuntu-latest\n    env:\n      <<K>>: <<V>>\n    steps:\n      - run: node scripts/remind.js\n"),
    ("territory_map_geoserver_datastore_xml", "camel",
     "<dataStore>\n  <name>franchise_territories</name>\n  <connectionParameters>\n    <entry key=\"host\"><<H>></entry>\n    <entry key=\"user\"><<U>></entry>\n    <entry key=\"<<K>>\"><<V>></entry>\n  </connectionParameters>\n</dataStore>\n"),
    ("territory_map_qgis_project_qgs", "snake",
     "<maplayer type=\"vector\">\n  <layername>territories</layername>\n  <customproperties>\n    <Option name=\"<<K>>\" value=\"<<V>>\" type=\"QString\"/>\n  </customproperties>\n</maplayer>\n"),
    ("territory_map_tileserver_config_json", "camel",
     "{\n  \"options\": { \"paths\": { \"root\": \"/data\" } },\n  \"sources\": { \"territories\": { \"url\": \"https://<<H>>/tiles\" } },\n  \"<<K>>\": \"<<V>>\"\n}\n"),
    ("wcops_ansible_host_vars_yml", "snake",
     "---\nansible_host: <<IP>>\nansible_user: <<U>>\n<<K>>: \"<<V>>\"\nround_region: north\n"),
    ("wcops_k8s_secret_string_data_yaml", "upper",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: rounds-app\ntype: Opaque\nstringData:\n  <<K>>: \"<<V>>\"\n"),
    ("wcops_nomad_job_hcl", "upper",
     "job \"rounds\" {\n  group \"api\" {\n    task \"web\" {\n      env {\n        DB_HOST = \"<<H>>\"\n        <<K>> = \"<<V>>\"\n      }\n    }\n  }\n}\n"),
    ("wcops_pulumi_stack_yaml", "camel",
     "config:\n  aws:region: eu-west-2\n  rounds:instanceCount: \"2\"\n  rounds:<<K>>: <<V>>\n"),
    ("wcops_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  branches:\n    main:\n      - step:\n          name: deploy\n          script:\n            - export <<K>>=<<V>>\n            - ./deploy.sh\n"),
    ("wcops_fish_history", "upper",
     "- cmd: cd ~/src/rounds\n  when: 1731402211\n- cmd: set -gx <<K>> <<V>>\n  when: 1731402260\n- cmd: npm run dev\n  when: 1731402275\n"),
    ("wcops_direnv_envrc", "upper",
     "# .envrc\nuse node 20\nexport DB_HOST=<<H>>\nexport <<K>>='<<V>>'\n"),
    ("wcops_heroku_config_set_history", "upper",
     "  512  heroku login\n  513  heroku config:set <<K>>=<<V>> -a brightpane-rounds\n  514  heroku ps:restart -a brightpane-rounds\n"),
    ("round_owner_facebook_messenger_paste", "spaced",
     "<<U>>: can u sort the app tonight\n<<U>>: <<K>> is <<V>> dont share it\nyou: nice one, on it after tea\n"),
    ("gutter_crew_signal_group_export", "spaced",
     "[12/11/2024, 07:41] Gaz: rain till 10 so gutters first\n[12/11/2024, 07:44] <<U>>: new <<K>> <<V>>\n[12/11/2024, 07:45] Gaz: ta\n"),
    ("pressure_wash_van_whiteboard_ocr", "title",
     "VAN 3 - WEEK 46\nTank Refill Thu\n<<K>>: <<V>>\nCheck Hose Reel\n"),
    ("round_customer_ledger_sheet_csv", "title",
     "Round,Day,Setting,Value\nNorth 2,Tue,Owner,<<U>>\nNorth 2,Tue,<<K>>,<<V>>\n"),
    ("franchisee_onboarding_zendesk_ticket", "spaced",
     "Ticket #<<N>> - Franchisee onboarding (Leeds North)\nPrivate note by <<U>>:\nSet up done. The <<K>> for their account is <<V>> - they should change it on first login.\n"),
]


def build(registry):
    r = random.Random(SEED_EVERYDAY)
    pr = random.Random(SEED_PAIRING)
    type_ids = list(range(len(TYPES)))
    # 15 blocks of three kinds; each block deals a permutation of the 12 types, 4 per kind
    assignment = []
    for b in range(15):
        perm = type_ids[:]
        pr.shuffle(perm)
        for k in range(3):
            ci = b * 3 + k
            for t in perm[k * 4:(k + 1) * 4]:
                assignment.append((ci, t))
    records = []
    for ci, ti in assignment:
        cname, style, tpl = CONTAINERS[ci]
        tname, words, _desc, kind = TYPES[ti]
        value = registry.draw(gen_value, kind, r)
        subs = {"K": style_key(words, style), "H": host(r), "U": user(r), "IP": ip(r),
                "N": str(r.randint(10, 9999)), "ID": uuid4(r)}
        text, s, e = place(tpl, value, subs)
        records.append({"type": tname, "container": cname, "text": text,
                        "secrets": [{"value": value, "start": s, "end": e, "type": tname}],
                        "source": "everyday"})
    return records
