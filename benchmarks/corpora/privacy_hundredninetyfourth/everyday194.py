"""Everyday source: 12 secret types of the diving world x 45 container kinds, 4 records each."""
import random

from common194 import (MARK, ALNUM, BASE62, HEX, UHEX, b64, b64url, crc16_ccitt, jwt_hs,
                       owner_password, place, rbytes, render_key, rs)

SEED = 19401
PAIR_SEED = 19411

VESSELS = ["mv-blue-manta", "mv-reef-runner", "rib-dolphin-2", "mv-coral-queen", "mv-wreck-hunter"]


def _logbook_token(rng):
    body = rs(rng, BASE62, 32)
    return "dlog_" + body + "_" + "%04X" % crc16_ccitt(body.encode())


def _gps_jwt(rng):
    iat = 1767225600 + rng.randrange(0, 200 * 86400)
    payload = {"sub": "vessel:" + rng.choice(VESSELS), "aud": "boat-gps-feed",
               "scope": "positions:write", "iat": iat, "exp": iat + 180 * 86400}
    return jwt_hs(rng, "HS512", {}, payload)


TYPES = [
    # name, key words, generator, description
    ("dive_booking_admin_password", ["trip", "booking", "admin", "password"],
     lambda r: owner_password(r), "owner-chosen admin password of the dive-trip booking system"),
    ("boat_manifest_console_password", ["manifest", "console", "password"],
     lambda r: owner_password(r), "owner-chosen password of the dive-boat manifest console"),
    ("ccard_verification_portal_password", ["ccard", "portal", "password"],
     lambda r: owner_password(r), "owner-chosen password of the certification-card (C-card) verification portal"),
    ("fill_station_log_db_password", ["fill", "log", "db", "password"],
     lambda r: owner_password(r), "owner-chosen password of the database behind the nitrox fill log and hydro-test records"),
    ("rental_pos_manager_password", ["rental", "pos", "manager", "password"],
     lambda r: owner_password(r), "owner-chosen manager password of the equipment-rental and servicing point of sale"),
    ("waiver_kiosk_admin_password", ["waiver", "kiosk", "admin", "password"],
     lambda r: owner_password(r), "owner-chosen admin password of the liability-waiver signing kiosk"),
    ("logbook_sync_api_token", ["logbook", "sync", "token"], _logbook_token,
     "`dlog_` + 32 base62 + `_` + 4 upper-case hex CRC-16/CCITT-FALSE of the body, token of the logbook sync API (prefix and checksum invented)"),
    ("dive_computer_upload_hmac_key", ["dc", "upload", "hmac", "key"], lambda r: rs(r, HEX, 64),
     "64 lower-case hex (32-byte HMAC key that signs dive-computer download uploads; no prefix)"),
    ("boat_gps_feed_jwt", ["gps", "feed", "jwt"], _gps_jwt,
     "HS512 JWT (real base64url JSON, real HMAC-SHA512 under a discarded key), write token of the boat GPS position feed"),
    ("marine_weather_webhook_secret", ["weather", "webhook", "secret"],
     lambda r: "whsec_" + b64(rbytes(r, 24)),
     "`whsec_` + standard Base64 of 24 random bytes (Svix-style), signing secret of the marine weather alert webhooks"),
    ("waiver_signature_fernet_key", ["waiver", "fernet", "key"],
     lambda r: b64url(rbytes(r, 32), pad=True),
     "Fernet key: URL-safe Base64 of 32 random bytes with its `=` (44 characters), encrypts stored waiver signatures"),
    ("course_portal_lti_consumer_secret", ["lti", "consumer", "secret"],
     lambda r: rs(r, ALNUM, 40),
     "40 alphanumerics, LTI 1.1 consumer shared secret between the course e-learning portal and the LMS"),
]

# container kinds: name, key style, template (K = key, MARK = value)
M = MARK
CONTAINERS = [
    ("trip_booking_sveltekit_dotenv", "upper",
     "# .env  (sveltekit booking site)\nPUBLIC_SITE_NAME=\"Blue Reef Divers\"\nDATABASE_URL=postgres://booking@db.bluereef.internal:5432/trips\n{K}=" + M + "\nPUBLIC_CURRENCY=EUR\n"),
    ("trip_booking_rails_credentials_yml_dec", "snake",
     "# rails credentials:edit (decrypted view)\nsecret_key_base_hint: see 1Password\nbooking:\n  provider: checkfront\n  {K}: \"" + M + "\"\n  timezone: Pacific/Palau\n"),
    ("boat_manifest_django_local_settings_py", "upper",
     "# local_settings.py -- boat manifest\nDEBUG = False\nALLOWED_HOSTS = [\"manifest.bluereef.internal\"]\n{K} = \"" + M + "\"\nMANIFEST_MAX_PAX = 22\n"),
    ("boat_manifest_fastify_config_ts", "camel",
     "// src/config.ts (manifest API)\nexport const config = {\n  port: 8087,\n  vessel: 'mv-blue-manta',\n  {K}: '" + M + "',\n  pdfFooter: 'Safety briefing done before departure',\n};\n"),
    ("ccard_check_spring_boot_application_yml", "kebab",
     "spring:\n  application:\n    name: ccard-check\nccard:\n  agency-endpoint: https://verify.agency.example/api\n  {K}: " + M + "\n  cache-ttl: 6h\n"),
    ("ccard_check_micronaut_application_properties", "dot",
     "micronaut.application.name=ccard-check\nmicronaut.server.port=8091\nccard.{K}=" + M + "\nccard.retry.max=3\n"),
    ("ccard_check_aspnet_appsettings_staging_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"CardCheck\": {\n    \"Agency\": \"multi\",\n    \"{K}\": \"" + M + "\"\n  }\n}\n"),
    ("logbook_app_ionic_environment_prod_ts", "camel",
     "export const environment = {\n  production: true,\n  apiBase: 'https://api.divelog.example/v2',\n  {K}: '" + M + "',\n  unitsDefault: 'metric'\n};\n"),
    ("logbook_app_android_local_properties", "dot",
     "## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/Users/mia/Library/Android/sdk\nlogbook.{K}=" + M + "\n"),
    ("logbook_app_ios_secrets_plist", "pascal",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>ApiHost</key>\n  <string>api.divelog.example</string>\n  <key>{K}</key>\n  <string>" + M + "</string>\n</dict>\n</plist>\n"),
    ("nitrox_fill_log_flask_instance_config_py", "upper",
     "# instance/config.py -- fill log\nSQLALCHEMY_ECHO = False\nFILL_MAX_PPO2 = 1.4\n{K} = '" + M + "'\nANALYSER_PORT = '/dev/ttyUSB0'\n"),
    ("nitrox_fill_log_phoenix_dev_secret_exs", "snake",
     "import Config\n\nconfig :fill_log, FillLog.Repo,\n  username: \"fills\",\n  hostname: \"localhost\"\n\nconfig :fill_log, {K}: \"" + M + "\"\n"),
    ("hydro_test_records_odoo_conf", "snake",
     "[options]\naddons_path = /opt/odoo/addons,/opt/dive/addons\ndb_host = 10.20.0.15\ndb_user = odoo\n{K} = " + M + "\nlogfile = /var/log/odoo/hydro.log\n"),
    ("hydro_test_records_odbc_ini", "pascal",
     "[HydroTests]\nDriver=ODBC Driver 18 for SQL Server\nServer=tcp:10.20.0.16,1433\nDatabase=hydro\n{K}=" + M + "\nTrustServerCertificate=yes\n"),
    ("rental_pos_laravel_config_services_php", "snake",
     "<?php\n\nreturn [\n    'rental' => [\n        'shop' => 'bluereef',\n        '{K}' => '" + M + "',\n    ],\n];\n"),
    ("rental_pos_woocommerce_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'rental_shop' );\ndefine( 'WP_DEBUG', false );\ndefine( '{K}', '" + M + "' );\n$table_prefix = 'wp_';\n"),
    ("servicing_tickets_redmine_configuration_yml", "snake",
     "production:\n  email_delivery:\n    delivery_method: :smtp\n  servicing:\n    workshop: regulator-bench\n    {K}: \"" + M + "\"\n"),
    ("servicing_tickets_jira_automation_rule_json", "camel",
     "{\n  \"name\": \"Regulator service due -> ticket\",\n  \"trigger\": {\"type\": \"scheduled\", \"cron\": \"0 6 * * 1\"},\n  \"webhookHeaders\": {\"{K}\": \"" + M + "\"},\n  \"project\": \"SRV\"\n}\n"),
    ("dive_computer_bridge_electron_store_json", "camel",
     "{\n  \"lastPort\": \"COM4\",\n  \"lastModel\": \"Perdix 2\",\n  \"{K}\": \"" + M + "\",\n  \"autoUpload\": true\n}\n"),
    ("dive_computer_download_cargo_config_toml", "upper",
     "[build]\ntarget-dir = \"target\"\n\n[env]\nLIBDC_LOG = \"warn\"\n{K} = \"" + M + "\"\n"),
    ("boat_gps_signalk_settings_json", "camel",
     "{\n  \"interfaces\": {},\n  \"ssl\": false,\n  \"pipedProviders\": [{\"id\": \"nmea0183\", \"enabled\": true}],\n  \"{K}\": \"" + M + "\",\n  \"port\": 3000\n}\n"),
    ("boat_gps_node_red_settings_js", "camel",
     "module.exports = {\n    uiPort: process.env.PORT || 1880,\n    flowFile: 'boat-gps.json',\n    {K}: \"" + M + "\",\n    logging: { console: { level: 'info' } }\n}\n"),
    ("boat_weather_weewx_conf", "snake",
     "[StdRESTful]\n    [[MarineFeed]]\n        enable = true\n        station = reef-jetty\n        {K} = " + M + "\n"),
    ("boat_weather_vector_toml", "snake",
     "[sources.buoy]\ntype = \"http_server\"\naddress = \"0.0.0.0:8686\"\n\n[sinks.weather_api]\ntype = \"http\"\ninputs = [\"buoy\"]\n{K} = \"" + M + "\"\n"),
    ("waiver_kiosk_android_managed_config_xml", "camel",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<restrictions xmlns:android=\"http://schemas.android.com/apk/res/android\">\n  <restriction android:key=\"kioskMode\" android:restrictionType=\"bool\" android:defaultValue=\"true\" />\n  <restriction android:key=\"{K}\" android:restrictionType=\"string\" android:defaultValue=\"" + M + "\" />\n</restrictions>\n"),
    ("waiver_kiosk_electron_builder_env", "upper",
     "# electron-builder.env (waiver kiosk)\nKIOSK_SHOP_ID=bluereef-01\n{K}=" + M + "\nKIOSK_LOCALE=en-AU\n"),
    ("waiver_kiosk_windows_registry_reg_export", "pascal",
     "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\BlueReef\\WaiverKiosk]\n\"ShopId\"=\"bluereef-01\"\n\"{K}\"=\"" + M + "\"\n"),
    ("course_portal_moodle_config_php", "snake",
     "<?php  // Moodle configuration file\nunset($CFG);\nglobal $CFG;\n$CFG = new stdClass();\n$CFG->dbtype = 'pgsql';\n$CFG->{K} = '" + M + "';\n$CFG->wwwroot = 'https://learn.bluereef.example';\n"),
    ("course_portal_canvas_developer_key_json", "snake",
     "{\n  \"name\": \"Open Water theory\",\n  \"redirect_uris\": [\"https://learn.bluereef.example/lti/launch\"],\n  \"{K}\": \"" + M + "\",\n  \"scopes\": []\n}\n"),
    ("course_portal_directus_env", "upper",
     "HOST=0.0.0.0\nPORT=8055\nDB_CLIENT=pg\n{K}=\"" + M + "\"\nPUBLIC_URL=https://courses.bluereef.example\n"),
    ("dive_ops_terraform_tfvars_hcl", "snake",
     "region      = \"ap-southeast-1\"\nshop_prefix = \"bluereef\"\n{K} = \"" + M + "\"\nbackup_days = 14\n"),
    ("dive_ops_kustomize_secret_generator_env", "upper",
     "# secrets.env consumed by kustomize secretGenerator\n{K}=" + M + "\nLOG_LEVEL=info\n"),
    ("dive_ops_gitlab_ci_variables_yml", "upper",
     "variables:\n  DOCKER_DRIVER: overlay2\n  {K}: \"" + M + "\"\n\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n"),
    ("dive_ops_azure_pipelines_yml", "camel",
     "trigger:\n- main\nvariables:\n  buildConfiguration: Release\n  {K}: '" + M + "'\nsteps:\n- script: dotnet publish -c $(buildConfiguration)\n"),
    ("dive_ops_ansible_inventory_ini", "snake",
     "[deckpis]\ndeckpi-manta ansible_host=10.20.0.41\ndeckpi-runner ansible_host=10.20.0.42\n\n[deckpis:vars]\nansible_user=diveops\n{K}=" + M + "\n"),
    ("dive_ops_docker_compose_env_file", "upper",
     "COMPOSE_PROJECT_NAME=diveops\nTZ=Asia/Makassar\n{K}=" + M + "\n"),
    ("dive_ops_systemd_service_environment_lines", "upper",
     "[Service]\nUser=diveops\nEnvironment=\"NODE_ENV=production\"\nEnvironment=\"{K}=" + M + "\"\nExecStart=/usr/bin/node /opt/diveops/server.js\n"),
    ("dive_ops_zsh_history", "upper",
     ": 1767312010:0;cd ~/src/diveops\n: 1767312044:0;export {K}='" + M + "'\n: 1767312050:0;npm run sync\n"),
    ("dive_ops_cmd_bat_set_lines", "upper",
     "@echo off\nREM start the shop sync on the front-desk PC\nset SHOP=bluereef\nset {K}=" + M + "\nnode sync.js\n"),
    ("dive_shop_whatsapp_group_export", "spaced",
     "[02/03/26, 07:41:12] Ana (front desk): boat leaves 08:15, two refreshers on board\n[02/03/26, 07:43:55] Tom (IT): {K} is " + M + " if the tablet asks again\n[02/03/26, 07:44:10] Ana (front desk): 👍\n"),
    ("boat_crew_discord_channel_paste", "spaced",
     "#boat-crew — today at 06:12\nskipper_ray: fuel done, mooring at Manta Point booked\nleo_dm: here's the {K} for the new deck tablet: " + M + " \nskipper_ray: thx\n"),
    ("dive_shop_helpscout_conversation_note", "spaced",
     "Internal note (Help Scout) by Mia K.\nCustomer can't get into the booking widget admin.\nUsed {K} " + M + " to reset it for them; rotate after the season.\n"),
    ("fill_station_clipboard_photo_ocr", "title",
     "FILL STATION - DAILY CHECKS\nCompressor hours: 1412\nO2 analyser cal: 20.9% OK\n{K}: " + M + "\nSigned: D. Wong\n"),
    ("dive_trip_google_sheets_csv_export", "title",
     "Item,Owner,Value,Updated\nBoat Wi-Fi SSID,Ana,BlueReef-Deck,2026-02-11\n{K},Tom," + M + ",2026-02-12\nManifest printer,Leo,HP-Deck-2,2026-01-30\n"),
    ("dive_ops_logfmt_log_line", "snake",
     "time=2026-03-02T06:10:44Z level=debug msg=\"loaded config\" service=diveops-sync {K}=" + M + " retries=3\n"),
]
SPARE_CONTAINERS = ["dive_center_caddyfile_env_block"]


def generate(registry):
    rng = random.Random(SEED)
    prng = random.Random(PAIR_SEED)
    assignments = []  # (container index, type index)
    for block in range(15):
        perm = list(range(len(TYPES)))
        prng.shuffle(perm)
        for j in range(3):
            ci = block * 3 + j
            for t in perm[j * 4:(j + 1) * 4]:
                assignments.append((ci, t))
    recs = []
    for ci, ti in assignments:
        cname, style, tmpl = CONTAINERS[ci]
        tname, words, gen, _ = TYPES[ti]
        value = registry.draw(lambda: gen(rng))
        key = render_key(words, style)
        text, s, e = place(tmpl.replace("{K}", key), value)
        recs.append({"type": tname, "container": cname, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": tname}],
                     "source": "everyday"})
    return recs
