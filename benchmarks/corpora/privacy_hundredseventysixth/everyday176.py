"""Everyday source: 12 secret types of the instrument repair / rental / tuning world x 45 container kinds."""
import random

from common176 import (SLOT, B62, HEX, DIG, LOWER, rs, rbytes, owner_password, b64, b64url_nopad,
                       jwt_hs256, style_key, place, record, uuid4)

SEED = 17601

# (type, key words, description, generator)
def _g_pw(rng):
    return owner_password(rng)


def _g_ivk(rng):
    return "ivk_live_" + rs(rng, B62, 32)


def _g_sswh(rng):
    return "sswh_" + b64url_nopad(rbytes(rng, 32))


def _g_hex64(rng):
    return rs(rng, HEX, 64)


def _g_jwt(rng):
    iat = 1717000000 + rng.randrange(20000000)
    payload = {"sub": "tuner-%03d" % rng.randrange(1, 400), "scope": "tuning_log:sync",
               "dev": "tl-" + rs(rng, HEX, 8), "iat": iat, "exp": iat + 86400 * 30}
    return jwt_hs256(rng, payload)


def _g_b64_33(rng):
    return b64(rbytes(rng, 33))


def _g_rtoat(rng):
    return "rtoat_" + rs(rng, B62, 40)


TYPES = [
    ("rental_contract_portal_admin_password", ["rental", "portal", "admin", "password"],
     "owner-chosen admin password of the school-band rental / rent-to-own contract portal", _g_pw),
    ("repair_ticket_db_password", ["repair", "tickets", "db", "password"],
     "owner-chosen password of the database account behind repair-shop job tickets and parts", _g_pw),
    ("piano_tuning_scheduler_login_password", ["tuning", "scheduler", "login", "password"],
     "owner-chosen login password of the piano-tuning route scheduler", _g_pw),
    ("luthier_serial_registry_password", ["serial", "registry", "password"],
     "owner-chosen password of the luthier workshop serial-number registry", _g_pw),
    ("school_band_portal_director_password", ["band", "portal", "director", "password"],
     "owner-chosen password of the band director's account on the school music-program portal", _g_pw),
    ("consignment_marketplace_seller_password", ["consignment", "seller", "password"],
     "owner-chosen seller password of the used-instrument consignment marketplace", _g_pw),
    ("instrument_insurance_valuation_api_key", ["valuation", "api", "key"],
     "`ivk_live_` + 32 base62, API key of the instrument insurance valuation service (prefix invented)", _g_ivk),
    ("strings_shop_webhook_signing_secret", ["strings", "shop", "webhook", "secret"],
     "`sswh_` + base64url of 32 random bytes (43 chars), order-webhook signing secret of the strings and accessories shop (prefix invented)", _g_sswh),
    ("midi_firmware_signing_hmac_key", ["firmware", "signing", "hmac", "key"],
     "64 lower-case hex HMAC key that signs MIDI controller / digital-piano firmware update manifests", _g_hex64),
    ("tuning_log_sync_jwt", ["tuning", "log", "sync", "token"],
     "HS256 JWT (real base64url JSON header and payload, real HMAC under a discarded key) of the tuning-log sync service", _g_jwt),
    ("parts_inventory_oauth_client_secret", ["parts", "inventory", "client", "secret"],
     "Base64 of 33 random bytes (44 chars, no padding), OAuth client secret of the repair-shop parts inventory", _g_b64_33),
    ("rent_to_own_payment_access_token", ["rto", "payments", "access", "token"],
     "`rtoat_` + 40 base62 access token of the rent-to-own payment processor integration (prefix invented)", _g_rtoat),
]
PASSWORD_TYPES = [t[0] for t in TYPES[:6]]

HOSTS = ["bench01.repairshop.lan", "rent-api.bandrental.internal", "10.42.7.15", "tuning-db.pianoroute.lan",
         "registry.luthierworks.internal", "192.168.40.22", "portal.schoolband.internal", "market-db.consign.lan",
         "10.8.3.41", "stock.partsroom.lan", "fw-update.midiworks.internal", "172.20.5.9"]
USERS = ["bench_tech", "rental_admin", "tuner_ops", "luthier", "director_kim", "consign_app", "svc_repairs",
         "ana.tuner", "store_mgr", "band_office", "jo.luthier", "parts_clerk"]


def _ctx(rng):
    return {"h": rng.choice(HOSTS), "u": rng.choice(USERS), "port": rng.choice([5432, 3306, 1433, 8080, 8443, 27017]),
            "n": rng.randrange(2, 40), "store": "store-%03d" % rng.randrange(1, 300)}


S = SLOT

# Each kind: (name, style, render(key, ctx) -> template containing SLOT once)
KINDS = [
    ("rental_api_flask_instance_config_py", "upper", lambda k, c:
        f"# instance/config.py -- rental API (not committed... hopefully)\nDEBUG = False\nSQLALCHEMY_POOL_SIZE = {c['n']}\nRENTAL_DB_HOST = \"{c['h']}\"\n{k} = \"{S}\"\nCONTRACT_PDF_BUCKET = \"rental-contracts\"\n"),
    ("repair_tickets_express_dotenv", "upper", lambda k, c:
        f"NODE_ENV=production\nPORT=3000\nTICKETS_DB_HOST={c['h']}\nTICKETS_DB_USER={c['u']}\n{k}={S}\nLABEL_PRINTER=zebra-bench-2\n"),
    ("tuning_scheduler_symfony_dotenv_prod", "upper", lambda k, c:
        f"###> symfony/framework-bundle ###\nAPP_ENV=prod\n###< symfony/framework-bundle ###\nROUTE_START_DEPOT=\"North workshop\"\n{k}='{S}'\nMESSENGER_TRANSPORT_DSN=doctrine://default\n"),
    ("luthier_registry_rails_database_yml", "snake", lambda k, c:
        f"production:\n  adapter: postgresql\n  host: {c['h']}\n  database: serial_registry\n  username: {c['u']}\n  {k}: \"{S}\"\n  pool: {c['n']}\n"),
    ("band_portal_wordpress_wp_config_php", "upper", lambda k, c:
        f"<?php\ndefine( 'DB_NAME', 'bandportal' );\ndefine( 'DB_HOST', '{c['h']}' );\ndefine( '{k}', '{S}' );\ndefine( 'WP_DEBUG', false );\n$table_prefix = 'bp_';\n"),
    ("consignment_market_nestjs_config_ts", "camel", lambda k, c:
        f"export default () => ({{\n  port: parseInt(process.env.PORT ?? '3000', 10),\n  listingPhotoBucket: 'consign-photos',\n  {k}: '{S}',\n  feePercent: {c['n']},\n}});\n"),
    ("parts_inventory_sqlalchemy_alembic_ini", "snake", lambda k, c:
        f"[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql://{c['u']}@{c['h']}/parts\n\n[parts_sync]\n{k} = {S}\nbatch_size = {c['n'] * 10}\n"),
    ("rent_to_own_laravel_config_services_php", "snake", lambda k, c:
        f"<?php\n\nreturn [\n    'rto_gateway' => [\n        'endpoint' => 'https://{c['h']}/v2',\n        '{k}' => '{S}',\n        'grace_days' => {c['n']},\n    ],\n];\n"),
    ("piano_route_go_viper_yaml", "snake", lambda k, c:
        f"server:\n  listen: \":8080\"\nroutes:\n  max_stops_per_day: {c['n'] % 9 + 4}\n  home_depot: \"{c['store']}\"\nauth:\n  {k}: {S}\n"),
    ("firmware_updater_cmake_presets_json", "upper", lambda k, c:
        f"{{\n  \"version\": 6,\n  \"configurePresets\": [\n    {{\n      \"name\": \"release-signing\",\n      \"generator\": \"Ninja\",\n      \"cacheVariables\": {{\n        \"CMAKE_BUILD_TYPE\": \"Release\",\n        \"{k}\": \"{S}\"\n      }}\n    }}\n  ]\n}}\n"),
    ("digital_piano_zephyr_overlay_conf", "upper", lambda k, c:
        f"CONFIG_BT=y\nCONFIG_MIDI_USB=y\nCONFIG_MCUMGR=y\nCONFIG_APP_{k}=\"{S}\"\nCONFIG_LOG_DEFAULT_LEVEL=2\n"),
    ("midi_bridge_teensy_secrets_h", "upper", lambda k, c:
        f"// secrets.h -- MIDI bridge (Teensy 4.1); do not commit\n#pragma once\n#define WIFI_SSID \"RepairBench-5G\"\n#define {k} \"{S}\"\n#define MIDI_CHANNEL {c['n'] % 16 + 1}\n"),
    ("tuning_app_flutter_dart_define_json", "upper", lambda k, c:
        f"{{\n  \"FLAVOR\": \"prod\",\n  \"API_BASE\": \"https://{c['h']}\",\n  \"{k}\": \"{S}\",\n  \"SENTRY_ENV\": \"production\"\n}}\n"),
    ("tuning_app_xcconfig", "upper", lambda k, c:
        f"// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = lan.pianoroute.tuner\nAPI_HOST = {c['h']}\n{k} = {S}\nSWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE\n"),
    ("repair_app_android_local_properties", "dot", lambda k, c:
        f"## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/Users/{c['u']}/Library/Android/sdk\nrepair.api.host={c['h']}\n{k}={S}\n"),
    ("rental_app_capacitor_config_json", "camel", lambda k, c:
        f"{{\n  \"appId\": \"internal.bandrental.app\",\n  \"appName\": \"Band Rental\",\n  \"webDir\": \"dist\",\n  \"plugins\": {{\n    \"RentalSync\": {{ \"{k}\": \"{S}\", \"intervalMin\": {c['n']} }}\n  }}\n}}\n"),
    ("insurance_quotes_elixir_runtime_exs", "snake", lambda k, c:
        f"import Config\n\nif config_env() == :prod do\n  config :quotes, Quotes.Valuation,\n    base_url: \"https://{c['h']}\",\n    {k}: \"{S}\",\n    timeout: {c['n'] * 1000}\nend\n"),
    ("serial_registry_actix_config_toml", "snake", lambda k, c:
        f"[server]\nbind = \"0.0.0.0:8088\"\nworkers = {c['n'] % 8 + 2}\n\n[registry]\ndb_host = \"{c['h']}\"\n{k} = \"{S}\"\n"),
    ("consignment_dotnet_appsettings_production_json", "pascal", lambda k, c:
        f"{{\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Warning\" }} }},\n  \"Consignment\": {{\n    \"ListingFeePercent\": {c['n']},\n    \"{k}\": \"{S}\"\n  }},\n  \"AllowedHosts\": \"*\"\n}}\n"),
    ("parts_inventory_spring_application_properties", "kebab", lambda k, c:
        f"spring.application.name=parts-inventory\nspring.datasource.url=jdbc:postgresql://{c['h']}:5432/parts\nparts.sync.{k}={S}\nmanagement.endpoints.web.exposure.include=health\n"),
    ("school_portal_quarkus_dev_profile_properties", "dot", lambda k, c:
        f"%prod.quarkus.http.port=8080\n%prod.quarkus.datasource.username={c['u']}\n%prod.{k}={S}\n%prod.portal.term=2024-autumn\n"),
    ("repair_api_k8s_deployment_env_yaml", "upper", lambda k, c:
        f"      containers:\n        - name: repair-api\n          image: registry.repairshop.lan/repair-api:1.{c['n']}.0\n          env:\n            - name: TICKETS_DB_HOST\n              value: {c['h']}\n            - name: {k}\n              value: \"{S}\"\n"),
    ("tuning_ops_nomad_job_hcl", "upper", lambda k, c:
        f"job \"route-planner\" {{\n  group \"api\" {{\n    task \"planner\" {{\n      driver = \"docker\"\n      env {{\n        ROUTE_DEPOT = \"{c['store']}\"\n        {k} = \"{S}\"\n      }}\n    }}\n  }}\n}}\n"),
    ("music_store_terraform_variables_auto_tfvars_json", "snake", lambda k, c:
        f"{{\n  \"region\": \"eu-west-2\",\n  \"store_id\": \"{c['store']}\",\n  \"{k}\": \"{S}\",\n  \"instance_count\": {c['n'] % 4 + 1}\n}}\n"),
    ("firmware_ci_gitlab_ci_yml", "upper", lambda k, c:
        f"sign-firmware:\n  stage: release\n  image: python:3.12-slim\n  variables:\n    FW_CHANNEL: stable\n    {k}: \"{S}\"\n  script:\n    - python tools/sign_manifest.py build/fw.bin\n"),
    ("rental_ci_circleci_config_yml", "upper", lambda k, c:
        f"version: 2.1\njobs:\n  contract-tests:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n      RENTAL_API: https://{c['h']}\n      {k}: {S}\n    steps:\n      - checkout\n      - run: npm test\n"),
    ("luthier_ops_salt_pillar_sls", "snake", lambda k, c:
        f"serial_registry:\n  db_host: {c['h']}\n  db_user: {c['u']}\n  {k}: '{S}'\n  backup_hour: {c['n'] % 24}\n"),
    ("school_portal_supervisord_conf", "upper", lambda k, c:
        f"[program:portal-worker]\ncommand=/srv/portal/venv/bin/python worker.py\nuser={c['u']}\nautorestart=true\nenvironment=PORTAL_ENV=\"prod\",{k}=\"{S}\"\n"),
    ("repair_bench_windows_cmd_setx_script", "upper", lambda k, c:
        f"@echo off\nrem bench PC setup for the repair counter\nsetx REPAIR_API_HOST {c['h']}\nsetx {k} \"{S}\"\necho done.\n"),
    ("store_till_access_vba_module", "pascal", lambda k, c:
        f"Attribute VB_Name = \"modTillConfig\"\nOption Compare Database\nPublic Const StoreId As String = \"{c['store']}\"\nPublic Const {k} As String = \"{S}\"\nPublic Const ReceiptCopies As Integer = 2\n"),
    ("tuning_log_excel_vba_module", "pascal", lambda k, c:
        f"Sub UploadTuningLog()\n    Dim http As Object\n    Const ApiHost As String = \"https://{c['h']}\"\n    Const {k} As String = \"{S}\"\n    Set http = CreateObject(\"MSXML2.XMLHTTP\")\nEnd Sub\n"),
    ("parts_inventory_airtable_script_js", "camel", lambda k, c:
        f"// Airtable scripting extension: push low-stock parts\nconst table = base.getTable('Parts');\nconst {k} = '{S}';\nconst threshold = {c['n']};\nlet query = await table.selectRecordsAsync();\n"),
    ("rental_billing_r_renviron", "upper", lambda k, c:
        f"R_LIBS_USER=~/R/library\nRENTAL_DB_HOST={c['h']}\n{k}={S}\nBILLING_MONTH_OFFSET={c['n'] % 3}\n"),
    ("insurance_valuation_rmarkdown_chunk", "snake", lambda k, c:
        f"```{{r setup, include=FALSE}}\nlibrary(httr2)\nvaluation_host <- \"{c['h']}\"\n{k} <- \"{S}\"\nknitr::opts_chunk$set(echo = FALSE)\n```\n"),
    ("serial_registry_mongo_shell_insert_js", "camel", lambda k, c:
        f"use registry\ndb.integrations.insertOne({{\n  name: 'serial-sync',\n  host: '{c['h']}',\n  {k}: '{S}',\n  enabled: true\n}})\n"),
    ("repair_tickets_insomnia_environment_json", "snake", lambda k, c:
        f"{{\n  \"_type\": \"environment\",\n  \"name\": \"Repair tickets (prod)\",\n  \"data\": {{\n    \"base_url\": \"https://{c['h']}\",\n    \"{k}\": \"{S}\"\n  }}\n}}\n"),
    ("midi_tool_zsh_history", "upper", lambda k, c:
        f": 1718200311:0;cd ~/src/midi-fw-tool\n: 1718200330:0;export {k}='{S}'\n: 1718200352:0;./fwtool push --device /dev/cu.usbmodem{c['n']}01 build/fw.bin\n"),
    ("consignment_repo_patch_email", "upper", lambda k, c:
        f"From 3f2a9c1 Mon Sep 17 00:00:00 2001\nFrom: {c['u']} <{c['u'].replace('.', '_')}@consign.lan>\nSubject: [PATCH] local settings for photo sync\n\n---\n deploy/.env.prod | 1 +\n\n+{k}={S}\n"),
    ("piano_tuner_telegram_message", "spaced", lambda k, c:
        f"[Telegram] route desk: hey, the {k} for the new app is {S} , I'm on the Steinway at stop {c['n']} so can't log in myself"),
    ("repair_bench_whiteboard_photo_ocr", "title", lambda k, c:
        f"REPAIR BENCH - WEEK {c['n']}\nPad replacements: 3 clarinets, 1 alto sax\n{k}: {S}\nDo NOT wipe until Monday\n"),
    ("band_booster_teams_chat_paste", "spaced", lambda k, c:
        f"Band Boosters (Teams) 19:42  {c['u']}: ok pasting so I don't lose it again -> {k} {S}  (delete later)"),
    ("school_director_email_to_vendor", "spaced", lambda k, c:
        f"Hi team,\n\nAs requested for the rental integration, the {k} is {S} and our district id is {c['store']}.\n\nThanks,\nBand office"),
    ("rental_api_loki_log_line_json", "camel", lambda k, c:
        f"{{\"ts\":\"2024-09-0{c['n'] % 9 + 1}T07:14:0{c['n'] % 10}Z\",\"level\":\"debug\",\"msg\":\"contract sync config loaded\",\"host\":\"{c['h']}\",\"{k}\":\"{S}\"}}"),
    ("firmware_updater_serial_console_log", "snake", lambda k, c:
        f"[00:00:01.204] boot: fw 3.{c['n']}.1 (digital piano mainboard)\n[00:00:01.310] ota: fetching manifest from {c['h']}\n[00:00:01.311] ota: {k}={S}\n[00:00:01.870] ota: manifest ok\n"),
    ("luthier_shop_asana_task_note", "spaced", lambda k, c:
        f"Task: move serial registry to new server\nNotes: old box is {c['h']}. {k} is {S} until we rotate it. Assigned to {c['u']}."),
]
SPARE_KINDS = ["tuning_app_fastlane_appfile"]


def assignments():
    """type index for the four records j of kind k; every kind gets four different types,
    every type exactly 15 records."""
    out = []
    for k in range(len(KINDS)):
        base = (4 * k + (k // 3)) % 12
        out.append([(base + 3 * j) % 12 for j in range(4)])
    return out


def generate(reg, start_no):
    rng = random.Random(SEED)
    recs = []
    no = start_no
    for ki, types in enumerate(assignments()):
        kname, style, render = KINDS[ki]
        for ti in types:
            tname, words, _desc, gen = TYPES[ti]
            key = style_key(words, style)
            ctx = _ctx(rng)
            tpl = render(key, ctx)
            for _ in range(50):
                v = gen(rng)
                if reg.ok(v) and v not in tpl:
                    break
            reg.add(v)
            text, s, e = place(tpl, v)
            recs.append(record("%s-s-%04d" % ("p176", no), tname, kname, text, s, e, "everyday"))
            no += 1
    return recs
