"""Everyday source: 12 secret types of the bingo / raffle world x 45 container kinds, 4 records each."""
import random
import zlib

from common188 import (B62, HEXU, HEXL, b64, chars, crc16_ccitt, jwt_hs, key_name, password,
                       pos_record, rbytes, render, LOWER_ALNUM)

SEED = 18801
PAIR_SEED = 18811


def _dabber_enrol(rng):
    body = chars(rng, B62, 32)
    return "dbe_" + body + "%04X" % crc16_ccitt(body.encode("ascii"))


def _jackpot_jwt(rng):
    iat = 1730000000 + rng.randrange(40000000)
    payload = {"iss": "jackpot-svc.hall.internal", "sub": "display-%02d" % rng.randint(1, 24),
               "hall": "HALL-%03d" % rng.randint(1, 400), "scope": "jackpot:read progressive:read",
               "iat": iat, "exp": iat + 86400 * 30}
    return jwt_hs(rng, "HS512", payload)


def _whsec(rng):
    return "whsec_" + b64(rbytes(rng, 24))


def _loyalty_hmac(rng):
    return rbytes(rng, 32).hex()


def _pulltab_vend(rng):
    return "ptv_live_" + chars(rng, LOWER_ALNUM, 40)


def _draw_seed_key(rng):
    h = rbytes(rng, 32).hex().upper()
    return "-".join(h[i:i + 8] for i in range(0, 64, 8))


# name, key words, kind, generator, description
TYPES = [
    ("caller_console_admin_password", ["caller", "console", "admin", "password"], "password",
     lambda r: password(r), "owner-chosen admin password of the bingo caller console (ball blower, flashboard, verification screen)"),
    ("session_ledger_db_password", ["session", "ledger", "db", "password"], "password",
     lambda r: password(r), "owner-chosen password of the database behind session, prize and jackpot accounting"),
    ("raffle_backoffice_password", ["raffle", "backoffice", "password"], "password",
     lambda r: password(r), "owner-chosen back-office login of the raffle / 50-50 draw platform"),
    ("dabber_fleet_sync_password", ["dabber", "fleet", "sync", "password"], "password",
     lambda r: password(r), "owner-chosen password of the electronic-dabber charging-rack sync server"),
    ("cash_cage_float_app_password", ["cash", "cage", "float", "password"], "password",
     lambda r: password(r), "owner-chosen password of the cash-cage float and reconciliation app"),
    ("door_age_tablet_unlock_password", ["door", "tablet", "unlock", "password"], "password",
     lambda r: password(r), "owner-chosen unlock password of the age-verification tablet at the door"),
    ("dabber_fleet_enrol_token", ["dabber", "enrol", "token"], "generated", _dabber_enrol,
     "`dbe_` + 32 base62 + 4 upper-case hex CRC-16/CCITT-FALSE of the body, enrolment token of the electronic-dabber fleet (prefix and checksum invented)"),
    ("jackpot_display_feed_jwt", ["jackpot", "feed", "jwt"], "generated", _jackpot_jwt,
     "HS512 JWT (real base64url JSON header and payload, real HMAC-SHA512 under a discarded key) read by the progressive-jackpot displays"),
    ("raffle_webhook_signing_secret", ["raffle", "webhook", "secret"], "generated", _whsec,
     "`whsec_` + standard Base64 of 24 random bytes (Standard Webhooks shape), signing secret of the raffle platform's draw / sale webhooks"),
    ("loyalty_card_qr_hmac_key", ["loyalty", "qr", "hmac", "key"], "generated", _loyalty_hmac,
     "64 lower-case hex (32 random bytes), HMAC key that signs the player loyalty-card QR codes"),
    ("pulltab_vend_api_key", ["pulltab", "vend", "api", "key"], "generated", _pulltab_vend,
     "`ptv_live_` + 40 lower-case alphanumerics, API key of the pull-tab vending machines (prefix invented)"),
    ("draw_rng_seed_key", ["draw", "rng", "seed", "key"], "generated", _draw_seed_key,
     "32 random bytes as 8 groups of 8 upper-case hex joined by `-`, key that seeds the certified random-draw generator (layout invented)"),
]

# container kind, key style, template ({{K}} key, {{V}} value, other fields random)
CONTAINERS = [
    ("caller_console_electron_dotenv", "upper",
     "# caller console (Electron) - hall {{HALL}}\nBLOWER_SERIAL_PORT=COM3\nFLASHBOARD_URL=http://{{HOST}}:8088/board\n{{K}}={{V}}\nVERIFY_SCREEN_TIMEOUT=45\n"),
    ("session_accounting_django_local_settings_py", "upper",
     "# local_settings.py - session accounting\nDEBUG = False\nALLOWED_HOSTS = ['{{HOST}}']\nSESSION_CLOSE_HOUR = 23\n{{K}} = '{{V}}'\nPRIZE_BOARD_CURRENCY = 'GBP'\n"),
    ("jackpot_service_appsettings_production_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"Jackpot\": {\n    \"HallCode\": \"{{HALL}}\",\n    \"{{K}}\": \"{{V}}\",\n    \"SeedAmount\": 250.00\n  }\n}\n"),
    ("raffle_platform_laravel_config_services_php", "snake",
     "<?php\n\nreturn [\n    'draw' => [\n        'engine' => 'certified',\n        '{{K}}' => '{{V}}',\n        'timezone' => 'Europe/London',\n    ],\n];\n"),
    ("raffle_draw_rails_credentials_yml", "snake",
     "# config/credentials/production.yml (decrypted for review {{DATE}})\ndraw:\n  audit_bucket: raffle-audit-{{N}}\n  {{K}}: {{V}}\nsecret_key_base_rotation: pending\n"),
    ("fifty_fifty_express_config_js", "camel",
     "// config/production.js - 50/50 sales service\nmodule.exports = {\n  port: 8080,\n  potSplit: 0.5,\n  {{K}}: '{{V}}',\n  receiptFooter: 'Licensed charitable lottery',\n};\n"),
    ("dabber_sync_gradle_kts_buildconfig", "upper",
     "android {\n    defaultConfig {\n        applicationId = \"uk.hall.dabbersync\"\n        buildConfigField(\"String\", \"RACK_HOST\", \"\\\"{{HOST}}\\\"\")\n        buildConfigField(\"String\", \"{{K}}\", \"\\\"{{V}}\\\"\")\n    }\n}\n"),
    ("dabber_firmware_sdkconfig_defaults", "upper",
     "# sdkconfig.defaults - electronic dabber unit rev C\nCONFIG_DABBER_CARDS_MAX=36\nCONFIG_DABBER_RACK_SSID=\"hall-rack-{{N}}\"\nCONFIG_{{K}}=\"{{V}}\"\nCONFIG_LOG_DEFAULT_LEVEL_WARN=y\n"),
    ("caller_console_qt_settings_ini", "pascal",
     "[General]\nLastGame=Coverall\nBallsCalled=0\n\n[Network]\nFlashboardHost={{HOST}}\n{{K}}={{V}}\nVerifyPrinter=EPSON-TM88\n"),
    ("bingo_hall_wp_config_define", "upper",
     "<?php\n// wp-config.php - hall website with session booking plugin\ndefine( 'DB_NAME', 'hall_site' );\ndefine( 'WP_DEBUG', false );\ndefine( '{{K}}', '{{V}}' );\n$table_prefix = 'wp_';\n"),
    ("session_ledger_flask_instance_config_py", "upper",
     "# instance/config.py\nLEDGER_CURRENCY = \"GBP\"\nMACHINE_GAMES_ENABLED = False\n{{K}} = \"{{V}}\"\nSESSION_AUDIT_RETENTION_DAYS = 1095\n"),
    ("pulltab_inventory_go_toml", "snake",
     "# pulltab-inventory.toml\n[deals]\nreorder_below = 12\nform_prefix = \"PT\"\n\n[integration]\nhost = \"{{HOST}}\"\n{{K}} = \"{{V}}\"\n"),
    ("pulltab_vending_arduino_secrets_h", "upper",
     "// arduino_secrets.h - pull-tab vending machine #{{N}}\n#pragma once\n#define SECRET_SSID \"hall-vend\"\n#define {{K}} \"{{V}}\"\n#define VEND_COLUMNS 6\n"),
    ("loyalty_card_spring_bootstrap_yml", "kebab",
     "spring:\n  application:\n    name: loyalty-card-service\nloyalty:\n  points-per-book: 10\n  {{K}}: {{V}}\n  card-prefix: '6391'\n"),
    ("loyalty_card_symfony_parameters_yaml", "dot",
     "parameters:\n    loyalty.tier_threshold: 500\n    {{K}}: '{{V}}'\n    loyalty.card_issuer: '{{HALL}}'\n"),
    ("age_check_tablet_flutter_env_dart", "camel",
     "// lib/env.dart - door age-check tablet\nclass Env {\n  static const scannerModel = 'PDF417-2D';\n  static const {{K}} = '{{V}}';\n  static const minimumAge = 18;\n}\n"),
    ("age_check_kiosk_app_config_xml", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"DoorLane\" value=\"{{N}}\" />\n    <add key=\"{{K}}\" value=\"{{V}}\" />\n    <add key=\"RejectUnder\" value=\"18\" />\n  </appSettings>\n</configuration>\n"),
    ("cash_float_excel_vba_module_bas", "pascal",
     "Attribute VB_Name = \"FloatSync\"\nOption Explicit\nConst FloatSheet As String = \"Float {{DATE}}\"\nConst {{K}} As String = \"{{V}}\"\n\nSub PushCounts()\n    ' uploads the cage count sheet\nEnd Sub\n"),
    ("cash_cage_sqlagent_job_step_sql", "pascal",
     "-- SQL Agent job step: nightly cage reconciliation\nDECLARE @CageDate date = '{{DATE}}';\nDECLARE @{{K}} nvarchar(128) = N'{{V}}';\nEXEC recon.usp_CloseCage @CageDate;\n"),
    ("licence_return_airflow_connection_json", "snake",
     "{\n  \"conn_id\": \"charity_gaming_return\",\n  \"conn_type\": \"http\",\n  \"host\": \"returns.regulator.example\",\n  \"extra\": {\"{{K}}\": \"{{V}}\", \"quarter\": \"Q{{Q}}\"}\n}\n"),
    ("licence_return_k8s_secret_stringdata_yaml", "upper",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: licence-return-job\n  namespace: hall-ops\ntype: Opaque\nstringData:\n  {{K}}: \"{{V}}\"\n"),
    ("jackpot_sign_esphome_secrets_yaml", "snake",
     "# esphome secrets.yaml - jackpot LED sign {{N}}\nwifi_ssid: hall-signage\n{{K}}: \"{{V}}\"\nota_enabled: true\n"),
    ("draw_audit_terraform_tfvars", "snake",
     "region          = \"eu-west-2\"\naudit_log_days  = 2555\n{{K}} = \"{{V}}\"\ndraw_service_tag = \"raffle-draw\"\n"),
    ("raffle_platform_serverless_yml", "upper",
     "service: raffle-platform\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    DRAW_TABLE: raffle-draws-{{N}}\n    {{K}}: {{V}}\n"),
    ("bingo_ops_compose_override_yml", "upper",
     "services:\n  caller-api:\n    image: registry.hall.internal/caller-api:4.{{N}}\n    environment:\n      - HALL_CODE={{HALL}}\n      - {{K}}={{V}}\n"),
    ("bingo_ops_kustomize_secret_literals", "upper",
     "secretGenerator:\n  - name: hall-backend\n    literals:\n      - HALL_CODE={{HALL}}\n      - {{K}}={{V}}\ngeneratorOptions:\n  disableNameSuffixHash: true\n"),
    ("bingo_ops_gitlab_ci_variables_yml", "upper",
     "variables:\n  HALL_CODE: \"{{HALL}}\"\n  {{K}}: \"{{V}}\"\n\nreconcile:\n  stage: nightly\n  script: ./bin/reconcile-sessions\n"),
    ("bingo_ops_jenkinsfile_environment", "upper",
     "pipeline {\n  agent any\n  environment {\n    HALL_CODE = '{{HALL}}'\n    {{K}} = '{{V}}'\n  }\n  stages { stage('close') { steps { sh './close-session.sh' } } }\n}\n"),
    ("bingo_ops_systemd_environment_file", "upper",
     "# /etc/hall/caller-api.env  (EnvironmentFile= of caller-api.service)\nHALL_CODE={{HALL}}\n{{K}}={{V}}\nLOG_FORMAT=json\n"),
    ("bingo_ops_chef_data_bag_json", "snake",
     "{\n  \"id\": \"hall_{{N}}\",\n  \"caller_host\": \"{{HOST}}\",\n  \"{{K}}\": \"{{V}}\"\n}\n"),
    ("bingo_ops_salt_pillar_sls", "snake",
     "hall:\n  code: {{HALL}}\n  caller_host: {{HOST}}\n  {{K}}: '{{V}}'\n"),
    ("bingo_ops_vagrantfile_env", "upper",
     "Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"bento/ubuntu-24.04\"\n  config.vm.provision \"shell\", env: { \"{{K}}\" => \"{{V}}\" }, path: \"provision-hall.sh\"\nend\n"),
    ("caller_app_capacitor_config_ts", "camel",
     "import type { CapacitorConfig } from '@capacitor/cli';\n\nconst config: CapacitorConfig = {\n  appId: 'uk.hall.callerapp',\n  plugins: { HallBridge: { {{K}}: '{{V}}' } },\n};\nexport default config;\n"),
    ("dabber_app_ios_info_plist", "pascal",
     "<plist version=\"1.0\">\n<dict>\n  <key>CFBundleIdentifier</key>\n  <string>uk.hall.dabber</string>\n  <key>{{K}}</key>\n  <string>{{V}}</string>\n</dict>\n</plist>\n"),
    ("dabber_app_android_local_properties", "dot",
     "## local.properties - do not commit\nsdk.dir=/home/dev/Android/Sdk\n{{K}}={{V}}\n"),
    ("session_ledger_knexfile_js", "camel",
     "module.exports = {\n  production: {\n    client: 'pg',\n    connection: { host: '{{HOST}}', database: 'ledger' },\n    {{K}}: '{{V}}',\n    pool: { min: 2, max: 10 },\n  },\n};\n"),
    ("bingo_hall_manager_zsh_history", "upper",
     ": 17{{N}}0000:0;cd /srv/hall\n: 17{{N}}0042:0;export {{K}}='{{V}}'\n: 17{{N}}0051:0;./bin/close-session --hall {{HALL}}\n"),
    ("caller_crew_whatsapp_chat", "spaced",
     "[{{DATE}}, 18:02] Maureen: console froze again before the early bird\n[{{DATE}}, 18:04] Dev: restart it, the {{K}} is {{V}} if it asks\n[{{DATE}}, 18:05] Maureen: ta x\n"),
    ("raffle_volunteer_email_thread", "spaced",
     "Hi Gareth,\n\nFor Saturday's 50/50 the {{K}} is {{V}} - please don't forward this.\n\nThanks,\nPriya (raffle lead)\n"),
    ("bingo_hall_jira_ticket_comment", "spaced",
     "HALL-{{N}}: flashboard not syncing after firmware update\n\nComment (ops): tried again with the {{K}} {{V}} and it still times out, escalating to vendor.\n"),
    ("session_shift_log_photo_ocr", "title",
     "SESSION SHIFT LOG  {{DATE}}\nCaller: J. Hughes   Floor: 2\n{{K}}: {{V}}\nFloat issued: £500.00   Returned: £500.00\n"),
    ("volunteer_handover_google_doc", "title",
     "Handover notes - Friday late session\n\n1. Count the cash cage before 22:30.\n2. {{K}} - {{V}}\n3. Lock the pull-tab cupboard.\n"),
    ("licence_return_spreadsheet_csv", "title",
     "Hall,Quarter,Gross Receipts,Prizes Paid,{{K}}\n{{HALL}},Q{{Q}},18420.00,12890.50,{{V}}\n"),
    ("jackpot_service_logfmt_line", "snake",
     "ts={{DATE}}T21:14:07Z level=debug svc=jackpot-svc hall={{HALL}} msg=\"config loaded\" {{K}}={{V}} seed_amount=250\n"),
    ("bingo_hall_discord_mod_channel", "spaced",
     "#hall-tech  {{DATE}}\nkev_caller: anyone know the {{K}}? need it for the dabber rack\nsam_ops: {{V}} but change it after tonight\n"),
]

SPARE_CONTAINERS = ["bingo_ops_direnv_envrc", "caller_console_nix_flake_module"]


def _fields(rng):
    return {
        "HOST": rng.choice(["caller", "flashboard", "ledger", "cage", "rack", "draw"]) + "-%02d.hall.internal" % rng.randint(1, 40),
        "HALL": "HALL-%03d" % rng.randint(1, 400),
        "N": str(rng.randint(10, 99)),
        "Q": str(rng.randint(1, 4)),
        "DATE": "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)),
    }


def pairing():
    """15 blocks of 3 kinds; each block deals a seeded permutation of the 12 types, 4 per kind."""
    prng = random.Random(PAIR_SEED)
    out = []
    for b in range(15):
        perm = list(range(12))
        prng.shuffle(perm)
        for k in range(3):
            out.append(perm[4 * k:4 * k + 4])
    return out


def generate(reg, next_id):
    rng = random.Random(SEED)
    recs = []
    for ci, types in zip(range(len(CONTAINERS)), pairing()):
        cname, style, tmpl = CONTAINERS[ci]
        for ti in types:
            tname, words, kind, gen, _desc = TYPES[ti]
            value = reg.draw(lambda: gen(rng))
            f = _fields(rng)
            f["K"] = key_name(words, style)
            text, s, e = render(tmpl, value, f)
            recs.append(pos_record(next_id(), tname, cname, text, s, e, "everyday"))
    return recs
