"""Everyday source: 12 secret types of the mushroom world x 45 container kinds, 4 records each."""
import base64
import random

from common246 import (MARK, KMARK, B62, UALNUM, LUHN36, owner_password, rs, rbytes, make_jwt,
                       damm_digit, crc16_ccitt_false, luhn_mod_n_char, style_key, place, positive,
                       uuid4)

SEED_VALUES = 24601
SEED_PAIRING = 24611

# name, key words, description, kind ("password" or "generated")
TYPES = [
    ("fruiting_room_climate_controller_password", ["climate", "controller", "password"],
     "owner-chosen admin password of the fruiting-room climate controller (CO2, humidity, fresh-air fans)", "password"),
    ("spawn_lab_lims_password", ["lims", "password"],
     "owner-chosen password of the spawn lab's LIMS (culture library, grain-spawn batches, contamination log)", "password"),
    ("substrate_pasteuriser_hmi_password", ["pasteuriser", "hmi", "password"],
     "owner-chosen engineer password of the substrate pasteurisation tunnel HMI (phase II compost, steam valves)", "password"),
    ("forager_coop_portal_admin_password", ["coop", "admin", "password"],
     "owner-chosen admin password of the forager co-op's member portal (permits, buying days, payouts)", "password"),
    ("mushroom_shop_admin_password", ["shop", "admin", "password"],
     "owner-chosen admin password of the mushroom / grow-kit web shop back office", "password"),
    ("packhouse_scale_terminal_password", ["scale", "terminal", "password"],
     "owner-chosen supervisor password of the packhouse weigh-and-label terminal", "password"),
    ("fruiting_chamber_damm_sync_key", ["chamber", "sync", "key"],
     "`fcs_` + 14-digit room-and-batch number + its real Damm check digit + `_` + 28 base62; sync key of the fruiting-chamber data API (layout invented)", "generated"),
    ("spawn_lab_crc16_token", ["lab", "api", "token"],
     "`spl_` + 32 base62 + `-` + 4 lower-case hex of the real CRC-16/CCITT-FALSE of those 32 characters; token of the spawn-lab batch API (layout invented)", "generated"),
    ("mycelium_gateway_luhn36_token", ["gateway", "token"],
     "`myg-` + 24 upper-case alphanumerics + 1 real Luhn mod N (N = 36, alphabet 0-9A-Z) check character; token of the grow-room IoT gateway (layout invented)", "generated"),
    ("harvest_api_hs384_jwt", ["harvest", "api", "jwt"],
     "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 signature under a discarded random key); bearer token of the harvest-log API", "generated"),
    ("mushroom_shop_laravel_app_key", ["app", "key"],
     "Laravel `APP_KEY`: `base64:` + standard Base64 of 32 random bytes; encrypts the shop's cookies and sessions", "generated"),
    ("sensor_pipeline_fernet_key", ["fernet", "key"],
     "Fernet key: URL-safe Base64 of 32 random bytes (44 characters, one `=`); encrypts the grow-sensor pipeline's stored readings", "generated"),
]
TYPE_INFO = {t[0]: t for t in TYPES}

# container kind, key style, template (KMARK = key, MARK = value)
C = []


def k(name, style, tpl):
    C.append((name, style, tpl))


k("fruiting_room_esphome_secrets_yaml", "snake",
  "# secrets.yaml – fruiting room 3 (ESPHome)\nwifi_ssid: \"GrowRoom-IoT\"\nmqtt_broker: \"mqtt.oakhollow-fungi.example\"\n" + KMARK + ": \"" + MARK + "\"\nota_partition: app1\n")
k("fruiting_room_node_red_settings_js", "camel",
  "// ~/.node-red/settings.js (excerpt)\nmodule.exports = {\n    uiPort: process.env.PORT || 1880,\n    flowFile: 'flows_growroom.json',\n    " + KMARK + ": '" + MARK + "',\n    logging: { console: { level: 'info' } },\n};\n")
k("grow_tent_home_assistant_secrets_yaml", "snake",
  "# /config/secrets.yaml – grow tents\nlatitude_home: 52.9\n" + KMARK + ": " + MARK + "\nrecorder_db_url: sqlite:////config/home-assistant_v2.db\n")
k("co2_sensor_platformio_ini_build_flags", "upper",
  "[env:co2-node]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n    -DROOM_ID=7\n    -D" + KMARK + "=\\\"" + MARK + "\\\"\nmonitor_speed = 115200\n")
k("humidifier_micropython_config_py", "upper",
  "# config.py – ultrasonic humidifier bank, room 2\nROOM = 'R2'\nSETPOINT_RH = 92\n" + KMARK + " = '" + MARK + "'\nPUBLISH_EVERY_S = 30\n")
k("pasteuriser_opcua_client_config_json", "camel",
  "{\n  \"endpointUrl\": \"opc.tcp://tunnel-plc.lan:4840\",\n  \"securityMode\": \"SignAndEncrypt\",\n  \"" + KMARK + "\": \"" + MARK + "\",\n  \"publishingIntervalMs\": 1000\n}\n")
k("spawn_lab_laravel_env", "upper",
  "APP_NAME=\"Spawn Lab\"\nAPP_ENV=production\nAPP_URL=https://lab.mycohollow.example\n" + KMARK + "=" + MARK + "\nDB_CONNECTION=pgsql\nDB_HOST=10.20.0.5\n")
k("spawn_lab_rails_credentials_show", "snake",
  "$ bin/rails credentials:show\nlims:\n  host: lims.mycohollow.internal\n  " + KMARK + ": " + MARK + "\nactive_storage:\n  service: local\n")
k("spawn_lab_spring_boot_application_yaml", "kebab",
  "spring:\n  datasource:\n    url: jdbc:postgresql://db.lab.internal:5432/cultures\nspawnlab:\n  " + KMARK + ": \"" + MARK + "\"\n  batch-size: 48\n")
k("spawn_lab_jupyter_notebook_cell_json", "snake",
  "{\n \"cell_type\": \"code\",\n \"execution_count\": 12,\n \"metadata\": {},\n \"source\": [\n  \"import pandas as pd\\n\",\n  \"" + KMARK + " = '" + MARK + "'\\n\",\n  \"df = load_contamination_log('2024-03')\"\n ]\n}\n")
k("spawn_lab_shiny_config_yml", "snake",
  "default:\n  lab_name: \"Culture library dashboard\"\n  " + KMARK + ": \"" + MARK + "\"\n  refresh_minutes: 15\n")
k("culture_library_pydantic_settings_py", "snake",
  "class Settings(BaseSettings):\n    db_dsn: str = 'postgresql://lims@db/cultures'\n    " + KMARK + ": str = '" + MARK + "'\n    strain_prefix: str = 'MH'\n")
k("forager_coop_nuxt_config_ts", "camel",
  "export default defineNuxtConfig({\n  runtimeConfig: {\n    " + KMARK + ": '" + MARK + "',\n    public: { coopName: 'Fenwood Foragers' },\n  },\n})\n")
k("forager_coop_expo_app_config_js", "camel",
  "export default {\n  name: 'ForageLog',\n  slug: 'foragelog',\n  extra: {\n    " + KMARK + ": \"" + MARK + "\",\n    mapStyle: 'outdoors',\n  },\n};\n")
k("forager_coop_android_local_properties", "dot",
  "## local.properties – not for git\nsdk.dir=/home/dev/Android/Sdk\n" + KMARK + "=" + MARK + "\nforagelog.flavor=coop\n")
k("forager_coop_phoenix_runtime_exs", "snake",
  "import Config\n\nconfig :forage_coop, ForageCoop.Portal,\n  base_url: \"https://portal.fenwood-foragers.example\",\n  " + KMARK + ": \"" + MARK + "\"\n")
k("forager_coop_remix_dotenv", "upper",
  "# .env (remix app)\nSESSION_COOKIE_NAME=__coop\n" + KMARK + "=\"" + MARK + "\"\nPERMIT_REGION=north-woods\n")
k("harvest_tracker_deno_env", "upper",
  "# .env for deno task start\nDENO_KV_PATH=./harvest.kv\n" + KMARK + "=" + MARK + "\nTZ=Europe/London\n")
k("harvest_tracker_wrangler_toml", "upper",
  "name = \"harvest-tracker\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2024-04-01\"\n\n[vars]\nFARM = \"oakhollow\"\n" + KMARK + " = \"" + MARK + "\"\n")
k("harvest_tracker_laravel_services_php", "snake",
  "<?php\n\nreturn [\n    'harvest' => [\n        'endpoint' => 'https://harvest.oakhollow-fungi.example/api',\n        '" + KMARK + "' => '" + MARK + "',\n    ],\n];\n")
k("packhouse_scale_windows_ini", "pascal",
  "[Terminal]\nStation=PACK-02\nPrinter=Zebra ZD421\n" + KMARK + "=" + MARK + "\nTareGrams=18\n")
k("packhouse_label_bartender_xml", "pascal",
  "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<IntegrationSettings>\n  <Printer>ZD421-PACK</Printer>\n  <" + KMARK + ">" + MARK + "</" + KMARK + ">\n  <Template>punnet_250g.btw</Template>\n</IntegrationSettings>\n")
k("mushroom_shop_shopware_env", "upper",
  "APP_ENV=prod\nAPP_URL=https://shop.oakhollow-fungi.example\n" + KMARK + "=" + MARK + "\nSHOPWARE_HTTP_CACHE_ENABLED=1\n")
k("mushroom_shop_wp_config_php", "upper",
  "<?php\ndefine( 'DB_NAME', 'growkits' );\ndefine( 'DB_HOST', 'localhost' );\ndefine( '" + KMARK + "', '" + MARK + "' );\n$table_prefix = 'wp_';\n")
k("mushroom_shop_prestashop_parameters_php", "snake",
  "<?php return array (\n  'parameters' =>\n  array (\n    'database_host' => '127.0.0.1',\n    '" + KMARK + "' => '" + MARK + "',\n    'locale' => 'en-GB',\n  ),\n);\n")
k("mushroom_shop_netlify_toml", "upper",
  "[build]\n  command = \"npx @11ty/eleventy\"\n  publish = \"_site\"\n\n[context.production.environment]\n  " + KMARK + " = \"" + MARK + "\"\n")
k("grow_log_obsidian_plugin_data_json", "camel",
  "{\n  \"syncFolder\": \"Grow log/2024\",\n  \"" + KMARK + "\": \"" + MARK + "\",\n  \"autoSyncMinutes\": 10\n}\n")
k("substrate_recipe_excel_vba_module", "pascal",
  "Attribute VB_Name = \"modSync\"\nOption Explicit\nPrivate Const " + KMARK + " As String = \"" + MARK + "\"\nPrivate Const SheetName As String = \"Recipes\"\n")
k("farm_server_systemd_unit", "upper",
  "[Unit]\nDescription=Grow-room collector\nAfter=network-online.target\n\n[Service]\nEnvironment=\"" + KMARK + "=" + MARK + "\"\nExecStart=/opt/collector/bin/collector\nRestart=always\n")
k("farm_server_docker_compose_yml", "upper",
  "services:\n  collector:\n    image: ghcr.io/oakhollow/collector:1.8\n    environment:\n      - ROOMS=1,2,3\n      - " + KMARK + "=" + MARK + "\n    restart: unless-stopped\n")
k("farm_server_nomad_job_hcl", "upper",
  "job \"harvest\" {\n  group \"api\" {\n    task \"server\" {\n      driver = \"docker\"\n      env {\n        " + KMARK + " = \"" + MARK + "\"\n      }\n    }\n  }\n}\n")
k("farm_server_pulumi_stack_yaml", "camel",
  "config:\n  aws:region: eu-west-2\n  growfarm:" + KMARK + ": " + MARK + "\n  growfarm:rooms: \"6\"\n")
k("farm_server_kustomize_secret_env", "upper",
  "# overlays/prod/secrets.env (used by secretGenerator)\nROOM_COUNT=6\n" + KMARK + "=" + MARK + "\n")
k("farm_server_bash_history", "upper",
  "  501  cd /opt/collector\n  502  export " + KMARK + "='" + MARK + "'\n  503  ./collector --once --room 3\n  504  tail -f logs/collector.log\n")
k("farm_server_fish_history", "upper",
  "- cmd: cd ~/growfarm\n  when: 1711962210\n- cmd: set -gx " + KMARK + " " + MARK + "\n  when: 1711962245\n- cmd: npm run sync\n  when: 1711962260\n")
k("farm_server_powershell_profile_ps1", "upper",
  "# Microsoft.PowerShell_profile.ps1 on the packhouse PC\nSet-Location C:\\Packhouse\n$env:" + KMARK + " = '" + MARK + "'\nImport-Module PackTools\n")
k("farm_ci_bitbucket_pipelines_yml", "upper",
  "pipelines:\n  branches:\n    main:\n      - step:\n          name: deploy\n          script:\n            - export " + KMARK + "=" + MARK + "\n            - ./deploy.sh\n")
k("farm_ci_circleci_config_yml", "upper",
  "version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n      " + KMARK + ": " + MARK + "\n    steps:\n      - checkout\n")
k("farm_ci_jenkins_groovy_init", "camel",
  "// init.groovy.d/creds.groovy\ndef " + KMARK + " = '" + MARK + "'\nprintln 'seeding credentials for grow-farm jobs'\n")
k("grower_whatsapp_group_export", "spaced",
  "[02/04/2024, 06:41:12] Ines (room 3): humidity alarm again overnight\n[02/04/2024, 06:43:55] Tom Becker: I reset it. new " + KMARK + " is " + MARK + " if you need to log in\n[02/04/2024, 06:44:20] Ines (room 3): 👍\n")
k("forager_discord_channel_message", "spaced",
  "#coop-tech — Today at 19:02\nmossfoot: portal is back up. " + KMARK + " for the weekend volunteers: " + MARK + " (please don't screenshot)\n")
k("spawn_lab_trello_card_comment", "spaced",
  "Card: Migrate culture records to new LIMS\nComment by Priya S.: done with the import. " + KMARK + " = " + MARK + " until we set up SSO.\n")
k("harvest_yield_spreadsheet_csv", "title",
  "Room,Flush,Species,Kg,Picker,Notes\n3,2,Pleurotus ostreatus,41.6,Ana,\n4,1,Hericium erinaceus,18.2,Jo,\"" + KMARK + ": " + MARK + "\"\n")
k("grow_room_door_sticky_note_ocr", "title",
  "[OCR, photo of yellow note on room 4 door]\nROOM 4 - DO NOT OPEN DURING PINNING\n" + KMARK + " " + MARK + "\nfans: auto / CO2 < 900\n")
k("mushroom_farm_email_to_contractor", "spaced",
  "Subject: access for Friday\n\nHi Mark,\n\nthe " + KMARK + " is " + MARK + " – you will need it for the controller upgrade.\n\nThanks,\nElla\nOak Hollow Fungi\n")

assert len(C) == 45, len(C)
KINDS = C


def _value(rng, typ):
    kind = TYPE_INFO[typ][3]
    if kind == "password":
        return owner_password(rng)
    if typ == "fruiting_chamber_damm_sync_key":
        num = "%02d" % rng.randint(1, 24) + "".join(rng.choice("0123456789") for _ in range(12))
        return "fcs_" + num + damm_digit(num) + "_" + rs(rng, B62, 28)
    if typ == "spawn_lab_crc16_token":
        body = rs(rng, B62, 32)
        return "spl_" + body + "-" + "%04x" % crc16_ccitt_false(body.encode())
    if typ == "mycelium_gateway_luhn36_token":
        body = rs(rng, UALNUM, 24)
        return "myg-" + body + luhn_mod_n_char(body, LUHN36)
    if typ == "harvest_api_hs384_jwt":
        payload = {"sub": "farm:oakhollow:room%d" % rng.randint(1, 9),
                   "scope": rng.choice(["harvest:write", "harvest:read harvest:write", "yields:write"]),
                   "iat": 1711900000 + rng.randint(0, 5000000), "jti": uuid4(rng)}
        payload["exp"] = payload["iat"] + 86400 * rng.choice([30, 90, 365])
        return make_jwt(rng, "HS384", payload)
    if typ == "mushroom_shop_laravel_app_key":
        return "base64:" + base64.b64encode(rbytes(rng, 32)).decode()
    if typ == "sensor_pipeline_fernet_key":
        return base64.urlsafe_b64encode(rbytes(rng, 32)).decode()
    raise ValueError(typ)


def pairing():
    """15 blocks of three kinds; each block deals a seeded permutation of the 12 types, 4 per kind."""
    rng = random.Random(SEED_PAIRING)
    types = [t[0] for t in TYPES]
    out = []
    for b in range(15):
        perm = types[:]
        rng.shuffle(perm)
        for j in range(3):
            kind = KINDS[b * 3 + j]
            for typ in perm[j * 4:(j + 1) * 4]:
                out.append((kind, typ))
    return out


def generate(reg, start_index):
    rng = random.Random(SEED_VALUES)
    recs = []
    idx = start_index
    for (kind, typ) in pairing():
        name, style, tpl = kind
        key = style_key(TYPE_INFO[typ][1], style)
        value = reg.draw(lambda: _value(rng, typ))
        text, s, e = place(tpl, value, key)
        recs.append(positive("p246-s-%04d" % idx, typ, name, text, s, e, "everyday"))
        idx += 1
    return recs
