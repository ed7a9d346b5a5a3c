"""Everyday source: 12 secret types of the bridal / formalwear-hire / costume-rental world x 45 container kinds."""
import json
import random

from common212 import (ALNUM, B62, CROCKFORD, DIGITS, HEX, LOWER, LOWER_ALNUM, adler8, b64, bech32_encode,
                       crc32_b62, jwt, luhn_mod_n_char, owner_password, rbytes, rs, span_record, uuid4,
                       words_to_style)

SEED = 21201
PAIR_SEED = 21211

# type -> (key words, description, generator kind)
TYPES = [
    ("bridal_fitting_diary_admin_password", ["fitting", "diary", "admin", "password"],
     "owner-chosen admin password of the bridal fitting-appointment diary"),
    ("client_measurements_db_password", ["measurements", "db", "password"],
     "owner-chosen password of the database holding client measurements (bust, waist, hip, hollow-to-hem)"),
    ("alteration_ticket_console_password", ["alterations", "console", "password"],
     "owner-chosen password of the alteration-ticket workroom console"),
    ("formalwear_hire_portal_password", ["hire", "portal", "password"],
     "owner-chosen admin password of the suit / tuxedo hire booking and returns portal"),
    ("costume_store_pos_password", ["costume", "pos", "password"],
     "owner-chosen login password of the costume-rental point-of-sale"),
    ("dry_cleaning_handoff_portal_password", ["drycleaning", "portal", "password"],
     "owner-chosen password of the dry-cleaner hand-off portal"),
    ("garment_rfid_reader_api_key", ["rfid", "reader", "api", "key"],
     "`rfr_` + 36 base62 + 8 lower-case hex of the real Adler-32 of those 36 characters; key of the garment RFID reader gateway (layout invented)"),
    ("hire_booking_webhook_secret", ["hire", "webhook", "secret"],
     "`hbwsec_` + standard Base64 of 32 random bytes (44 characters with `=`); signs hire-booking and return webhooks (prefix invented)"),
    ("stock_transfer_sync_jwt", ["stock", "sync", "jwt"],
     "ES256-shaped JWT (real base64url JSON header and payload, 64 random signature bytes); bearer token of the branch stock-rotation sync worker"),
    ("damage_claim_signing_key", ["damage", "claim", "signing", "key"],
     "`dcsk_` + 26 Crockford Base32 characters + a real Luhn mod 32 check character; signs damage-claim photo bundles (layout invented)"),
    ("costume_order_portal_token", ["costume", "orders", "token"],
     "`cop_` + 30 base62 + 6 base62 characters of the real CRC-32 of those 30 (GitHub-style checksum; prefix invented); token of the theatre / school costume-order portal"),
    ("measurement_backup_age_identity", ["backup", "age", "identity"],
     "age X25519 identity `AGE-SECRET-KEY-1` + 58 upper-case Bech32 characters (32 random bytes, real Bech32 checksum); decrypts the nightly measurement-database backups"),
]

PASSWORD_TYPES = [t[0] for t in TYPES[:6]]


def gen_value(rng, typ):
    if typ in PASSWORD_TYPES:
        return owner_password(rng)
    if typ == "garment_rfid_reader_api_key":
        body = rs(rng, B62, 36)
        return "rfr_" + body + adler8(body)
    if typ == "hire_booking_webhook_secret":
        return "hbwsec_" + b64(rbytes(rng, 32))
    if typ == "stock_transfer_sync_jwt":
        branch = rng.choice(["harrogate", "york", "leeds", "ripon", "otley", "ilkley", "skipton"])
        iat = 1735000000 + rng.randrange(20000000)
        return jwt(rng, {"alg": "ES256", "typ": "JWT", "kid": rs(rng, LOWER_ALNUM, 8)},
                   {"iss": "stock-sync.veilandlace.lan", "sub": "branch:" + branch,
                    "scope": "transfers:write rails:read", "iat": iat, "exp": iat + 86400 * 30}, sig_len=64)
    if typ == "damage_claim_signing_key":
        body = rs(rng, CROCKFORD, 26)
        return "dcsk_" + body + luhn_mod_n_char(body, CROCKFORD)
    if typ == "costume_order_portal_token":
        body = rs(rng, B62, 30)
        return "cop_" + body + crc32_b62(body)
    if typ == "measurement_backup_age_identity":
        return bech32_encode("age-secret-key-", list(rbytes(rng, 32))).upper()
    raise KeyError(typ)


# ----------------------------------------------------------------- container kinds
# each: (kind, style, template) ; @K = key, @V = value
KINDS = [
    ("bridal_fittings_symfony_dotenv_local", "upper",
     "# .env.local – fittings diary (Symfony)\nAPP_ENV=prod\nAPP_DEBUG=0\nDATABASE_URL=\"mysql://fittings@db.veilandlace.lan:3306/fittings?serverVersion=8.0\"\nMAILER_DSN=smtp://mail.veilandlace.lan:25\n@K=@V\nFITTING_SLOT_MINUTES=90\n"),
    ("bridal_fittings_django_local_settings_py", "upper",
     "# local_settings.py – imported at the end of settings.py\nDEBUG = False\nALLOWED_HOSTS = [\"fittings.veilandlace.lan\"]\nTIME_ZONE = \"Europe/London\"\n@K = \"@V\"\nFITTING_REMINDER_HOURS = 48\n"),
    ("measurements_flask_instance_config_py", "upper",
     "# instance/config.py (not committed... it was)\nSQLALCHEMY_DATABASE_URI = \"postgresql://measure@pg.veilandlace.lan/measurements\"\nUNITS = \"cm\"\n@K = '@V'\nEXPORT_DIR = \"/srv/measure/exports\"\n"),
    ("measurements_alembic_ini", "snake",
     "[alembic]\nscript_location = migrations\nprepend_sys_path = .\nsqlalchemy.url = postgresql://measure@pg.veilandlace.lan/measurements\n@K = @V\n\n[loggers]\nkeys = root,sqlalchemy,alembic\n"),
    ("alterations_adonisjs_dotenv", "upper",
     "PORT=3333\nHOST=0.0.0.0\nNODE_ENV=production\nAPP_NAME=hemline-workroom\nDB_CONNECTION=pg\nPG_HOST=pg.hemline-alterations.lan\n@K=@V\nDRIVE_DISK=local\n"),
    ("alterations_phoenix_runtime_exs", "snake",
     "import Config\n\nconfig :alterations, Alterations.Repo,\n  hostname: \"pg.hemline-alterations.lan\",\n  database: \"alterations_prod\",\n  pool_size: 10\n\nconfig :alterations, :workroom,\n  @K: \"@V\",\n  ticket_prefix: \"ALT\"\n"),
    ("hire_bookings_spring_application_yml", "kebab",
     "server:\n  port: 8085\nspring:\n  application:\n    name: hire-bookings\nhire:\n  branch: harrogate\n  deposit-percent: 30\n  @K: \"@V\"\n  return-grace-hours: 24\n"),
    ("hire_bookings_nestjs_config_ts", "camel",
     "// src/config/configuration.ts\nexport default () => ({\n  port: parseInt(process.env.PORT ?? '3000', 10),\n  hire: {\n    depositPercent: 30,\n    @K: '@V',\n    lateFeePerDay: 15,\n  },\n});\n"),
    ("hire_returns_go_envconfig_struct", "upper",
     "package config\n\n// Config is filled by envconfig; defaults were \"temporary\".\ntype Config struct {\n\tListen   string `envconfig:\"LISTEN\" default:\":8090\"`\n\tRailsURL string `envconfig:\"RAILS_URL\" default:\"http://rails.tuxhire.example\"`\n\tSecret   string `envconfig:\"@K\" default:\"@V\"`\n}\n"),
    ("deposits_laravel_config_services_php", "snake",
     "<?php\n\nreturn [\n    'deposits' => [\n        'currency' => 'GBP',\n        'hold_days' => 14,\n        '@K' => '@V',\n    ],\n];\n"),
    ("damage_claims_strapi_config_plugins_js", "upper",
     "module.exports = ({ env }) => ({\n  upload: { config: { sizeLimit: 25 * 1024 * 1024 } },\n  'damage-claims': {\n    enabled: true,\n    config: { claimSecret: env('@K', '@V') },\n  },\n});\n"),
    ("damage_claims_directus_dotenv", "upper",
     "HOST=0.0.0.0\nPORT=8055\nPUBLIC_URL=https://claims.tuxhire.example\nDB_CLIENT=pg\nDB_HOST=pg.tuxhire.example\nDB_DATABASE=claims\n@K=@V\nSTORAGE_LOCATIONS=local\n"),
    ("rfid_gate_esp32_arduino_secrets_h", "upper",
     "// arduino_secrets.h – RFID exit gate, Harrogate branch\n#pragma once\n#define GATE_ID \"HGT-EXIT-1\"\n#define MQTT_HOST \"mqtt.veilandlace.lan\"\n#define @K \"@V\"\n#define READ_POWER_DBM 27\n"),
    ("rfid_gateway_node_red_settings_js", "camel",
     "module.exports = {\n    uiPort: process.env.PORT || 1880,\n    flowFile: 'flows_rfid.json',\n    functionGlobalContext: {\n        branch: 'york',\n        @K: \"@V\",\n    },\n    logging: { console: { level: 'info' } },\n};\n"),
    ("rfid_reader_zebra_profile_json", "camel",
     "{\n  \"readerName\": \"FX9600-backroom\",\n  \"antennas\": [1, 2, 3, 4],\n  \"transmitPower\": 27.0,\n  \"endpoint\": \"https://rfid.veilandlace.lan/ingest\",\n  \"@K\": \"@V\",\n  \"tagFilter\": \"SGTIN-96\"\n}\n"),
    ("barcode_labels_bartender_integration_xml", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Integration Name=\"HireLabels\">\n  <Printer>ZD421-counter</Printer>\n  <Template>hire_tag_50x25.btw</Template>\n  <@K>@V</@K>\n  <Copies>1</Copies>\n</Integration>\n"),
    ("stock_rotation_celery_config_py", "snake",
     "# celeryconfig.py – branch stock rotation\nbroker_url = 'redis://redis.veilandlace.lan:6379/3'\ntask_default_queue = 'rotation'\ntimezone = 'Europe/London'\n@K = '@V'\nbeat_schedule_hour = 5\n"),
    ("stock_rotation_helidon_microprofile_config_properties", "dot",
     "server.port=8091\nmp.openapi.scan.disable=true\nstock.rotation.window-days=21\nstock.@K=@V\nstock.branches=harrogate,york,leeds\n"),
    ("costume_orders_wordpress_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'costume_orders' );\ndefine( 'DB_USER', 'wp_orders' );\ndefine( 'DB_HOST', 'db.curtaincallcostumes.lan' );\ndefine( '@K', '@V' );\n$table_prefix = 'cc_';\n"),
    ("costume_orders_drupal_settings_php", "snake",
     "<?php\n$settings['hash_salt'] = file_get_contents('/srv/private/salt.txt');\n$settings['file_private_path'] = '/srv/private';\n$settings['@K'] = '@V';\n$settings['trusted_host_patterns'] = ['^orders\\.curtaincallcostumes\\.lan$'];\n"),
    ("costume_orders_medusa_config_js", "camel",
     "const { defineConfig } = require('@medusajs/framework/utils')\n\nmodule.exports = defineConfig({\n  projectConfig: {\n    databaseUrl: process.env.DATABASE_URL,\n    http: { storeCors: 'https://shop.curtaincallcostumes.lan' },\n  },\n  costumeOrders: { @K: '@V' },\n})\n"),
    ("school_orders_apps_script_gs", "upper",
     "// Code.gs – school nativity / panto order sheet\nfunction setup() {\n  const props = PropertiesService.getScriptProperties();\n  props.setProperty('SHEET_NAME', 'Orders 2025');\n  props.setProperty('@K', '@V');\n}\n"),
    ("dry_cleaning_handoff_rust_config_toml", "snake",
     "[server]\nbind = \"0.0.0.0:7070\"\n\n[cleaner]\nname = \"Press & Fold\"\npickup_days = [\"tue\", \"fri\"]\n@K = \"@V\"\n"),
    ("dry_cleaning_handoff_deno_dotenv", "upper",
     "# .env for deno task start\nPORT=8787\nCLEANER_API=https://api.pressandfold.example/v2\nPICKUP_CUTOFF=14:00\n@K=@V\n"),
    ("fitting_app_react_native_env", "upper",
     "# .env.production – react-native-config\nAPI_URL=https://fittings.veilandlace.lan/api\nSENTRY_ENV=production\n@K=@V\nFEATURE_3D_FITTING=false\n"),
    ("fitting_app_swift_xcconfig", "upper",
     "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = lan.veilandlace.fittings\nMARKETING_VERSION = 3.4.1\nAPI_HOST = fittings.veilandlace.lan\n@K = @V\n"),
    ("fitting_app_android_strings_xml", "snake",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    <string name=\"app_name\">Veil &amp; Lace Fittings</string>\n    <string name=\"api_host\">fittings.veilandlace.lan</string>\n    <string name=\"@K\" translatable=\"false\">@V</string>\n</resources>\n"),
    ("tailor_tablet_capacitor_config_json", "camel",
     "{\n  \"appId\": \"lan.hemline.tablet\",\n  \"appName\": \"Workroom Tablet\",\n  \"webDir\": \"dist\",\n  \"plugins\": {\n    \"Workroom\": { \"@K\": \"@V\", \"station\": \"bench-2\" }\n  }\n}\n"),
    ("shop_ops_docker_compose_environment_map", "upper",
     "services:\n  hire-api:\n    image: registry.tuxhire.example/hire-api:2025.3\n    restart: unless-stopped\n    environment:\n      TZ: Europe/London\n      @K: \"@V\"\n    ports:\n      - \"8085:8085\"\n"),
    ("shop_ops_terraform_tfvars", "snake",
     "region       = \"eu-west-2\"\nproject      = \"veilandlace\"\nbranch_count = 3\n@K = \"@V\"\n"),
    ("shop_ops_helm_values_yaml", "camel",
     "replicaCount: 2\nimage:\n  repository: registry.veilandlace.lan/fittings\n  tag: \"3.4.1\"\nconfig:\n  timezone: Europe/London\n  @K: \"@V\"\n"),
    ("shop_ops_gitlab_ci_variables_yml", "upper",
     "variables:\n  DOCKER_DRIVER: overlay2\n  DEPLOY_HOST: deploy.veilandlace.lan\n  @K: \"@V\"\n\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n"),
    ("shop_ops_circleci_config_yml", "upper",
     "version: 2.1\njobs:\n  test:\n    docker:\n      - image: cimg/python:3.12\n        environment:\n          PIPENV_VENV_IN_PROJECT: \"1\"\n          @K: \"@V\"\n    steps:\n      - checkout\n"),
    ("shop_ops_azure_pipelines_variables_yml", "upper",
     "trigger:\n  - main\nvariables:\n  - name: BUILD_CONFIGURATION\n    value: Release\n  - name: @K\n    value: '@V'\npool:\n  vmImage: ubuntu-latest\n"),
    ("shop_ops_zsh_history", "upper",
     ": 1733912001:0;cd ~/src/hire-api\n: 1733912040:0;export @K='@V'\n: 1733912052:0;make run\n: 1733912190:0;git status\n"),
    ("shop_ops_windows_cmd_set_batch", "upper",
     "@echo off\nREM start_till_sync.bat – costume store back office\nset SYNC_HOST=pos.curtaincallcostumes.lan\nset @K=@V\n\"C:\\Program Files\\TillSync\\tillsync.exe\" --once\n"),
    ("shop_ops_direnv_envrc", "upper",
     "# .envrc\nuse nix\nexport DJANGO_SETTINGS_MODULE=fittings.settings.dev\nexport @K=@V\nlayout python3\n"),
    ("shop_ops_openrc_conf_d", "upper",
     "# /etc/conf.d/rotation-worker\ncommand_user=\"rotation:rotation\"\nROTATION_BRANCHES=\"harrogate york leeds\"\n@K=\"@V\"\noutput_log=\"/var/log/rotation.log\"\n"),
    ("bridal_boutique_whatsapp_group_export", "spaced",
     "[14/03/2025, 09:12:40] Hannah (owner): morning all, Sat fittings are full\n[14/03/2025, 09:14:02] Hannah (owner): for the new iPad, the @K is @V\n[14/03/2025, 09:14:30] Priya: thank you!! 💐\n"),
    ("alterations_room_slack_thread_paste", "spaced",
     "Tom Reeve  10:42 AM\ncan someone log in for me, bench 2 is stuck\nGrace Okafor  10:44 AM\n@V\nthat's the @K, delete this after pls\n"),
    ("hire_desk_jira_ticket_comment", "spaced",
     "HIRE-482 Returns scanner won't sync after update\n\nComment by Dan Whitfield:\nReinstalled the app. Used the @K from the safe book: @V – please rotate it after prom season.\n"),
    ("costume_dept_discord_message", "spaced",
     "#wardrobe-dept\nMel (costume supervisor): panto orders are in the shared sheet\nMel (costume supervisor): @K → @V\nJosh: got it 👍\n"),
    ("dry_cleaner_handoff_email_body", "spaced",
     "From: ops@pressandfold.example\nTo: hire@tuxhire.example\nSubject: Re: Thursday collection\n\nHi Sam,\n\nThe driver will collect 42 suits at 3pm. Your @K is @V if the label printer asks again.\n\nBest,\nRuth\n"),
    ("fitting_room_whiteboard_photo_ocr", "title",
     "FITTING ROOM 2 - WEEK 11\nMon 10:00 Harper (2nd fit)\nTue 14:30 Ellis (hem)\n@K: @V\nDO NOT WIPE\n"),
    ("hire_returns_google_sheets_csv_export", "title",
     "Setting,Value,Updated By\nReturn Grace Hours,24,sam\nLate Fee Per Day,15,sam\n@K,@V,dan\n"),
]


def pairing():
    """15 blocks of three kinds; each block deals a seeded permutation of the 12 types, four per kind."""
    prng = random.Random(PAIR_SEED)
    type_names = [t[0] for t in TYPES]
    plan = []
    for b in range(15):
        perm = type_names[:]
        prng.shuffle(perm)
        for j in range(3):
            kind = KINDS[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                plan.append((kind, t))
    return plan


def build(reg, start_id):
    rng = random.Random(SEED)
    words = {t[0]: t[1] for t in TYPES}
    out = []
    n = start_id
    for (kind, style, tmpl), typ in pairing():
        key = words_to_style(words[typ], style)
        val = reg.draw(lambda: gen_value(rng, typ))
        text = tmpl.replace("@K", key).replace("@V", val)
        out.append(span_record("%s-s-%04d" % ("p212", n), typ, kind, text, val, "everyday"))
        n += 1
    return out


SPARE_KINDS = ["hire_bookings_micronaut_application_toml", "stock_rotation_sidekiq_yml"]
