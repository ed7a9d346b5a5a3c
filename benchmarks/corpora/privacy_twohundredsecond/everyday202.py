"""Everyday source: 12 secret types of the falconry / wildlife-rescue / taxidermy world
x 45 container kinds, 4 records per kind."""
import hashlib
import random
import zlib

from common202 import (ALNUM, B64URL, DIGITS, HEXL, LOWER_ALNUM, SEEDS, b64, b64url_nopad,
                       case_key, fill, luhn_mod_n_char, make_jwt, owner_password, rbytes, rs,
                       span_record, uuid4)

X25519_PKCS8_HEADER = bytes.fromhex("302e020100300506032b656e04220420")
BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def gen_release_token(rng):
    body = rs(rng, ALNUM, 32)
    return "rlz_" + body + "%08x" % zlib.adler32(body.encode())


def gen_donor_webhook(rng):
    return "dpw_" + b64url_nopad(rbytes(rng, 24))


def gen_adoption_jwt(rng):
    payload = {"sub": "adopter:%d" % rng.randint(10000, 99999), "scheme": rng.choice(
        ["adopt-a-hawk", "adopt-an-owl", "hedgehog-hospital-friend", "otter-guardian"]),
        "role": "supporter", "iat": 1795000000 + rng.randint(0, 9000000)}
    payload["exp"] = payload["iat"] + 86400 * 30
    return make_jwt(rng, {"alg": "HS512", "typ": "JWT"}, payload, alg_hash=hashlib.sha512)


def gen_chip_hmac(rng):
    return rs(rng, HEXL, 64)


def gen_x25519(rng):
    return b64(X25519_PKCS8_HEADER + rbytes(rng, 32))


def gen_rota_sync(rng):
    body = rs(rng, BASE36, 30)
    return "vrk_" + body + luhn_mod_n_char(body, BASE36)


def gen_pw(rng):
    return owner_password(rng)


# type -> (key words, generator, description)
TYPES = [
    ("intake_log_admin_password", ["intake", "admin", "password"], gen_pw,
     "owner-chosen admin password of the bird and animal intake log"),
    ("ring_register_db_password", ["ring", "register", "db", "password"], gen_pw,
     "owner-chosen password of the database behind the ring and microchip register"),
    ("cites_licence_portal_password", ["cites", "portal", "password"], gen_pw,
     "owner-chosen password of the CITES / Article 10 licence paperwork portal account"),
    ("flying_display_booking_password", ["display", "bookings", "password"], gen_pw,
     "owner-chosen password of the flying-display booking back office"),
    ("volunteer_rota_admin_password", ["rota", "admin", "password"], gen_pw,
     "owner-chosen admin password of the volunteer rota"),
    ("taxidermy_commission_tracker_password", ["commission", "tracker", "password"], gen_pw,
     "owner-chosen password of the taxidermy specimen and commission tracker"),
    ("release_tracker_api_token", ["release", "api", "token"], gen_release_token,
     "`rlz_` + 32 base62 + 8 lower-case hex Adler-32 of the body, API token of the "
     "rehabilitation and release records service (prefix and checksum invented)"),
    ("donor_portal_webhook_secret", ["donor", "webhook", "secret"], gen_donor_webhook,
     "`dpw_` + base64url of 24 random bytes (32 characters), signing secret of the donor and "
     "adoption-scheme portal webhooks (prefix invented)"),
    ("adoption_scheme_session_jwt", ["adoption", "session", "jwt"], gen_adoption_jwt,
     "HS512 JWT (real base64url JSON, real HMAC-SHA512 under a discarded key), session token "
     "of the adoption-scheme portal"),
    ("microchip_reader_hmac_key", ["chip", "reader", "hmac", "key"], gen_chip_hmac,
     "64 lower-case hex (32-byte HMAC key that signs microchip-reader sync batches; no prefix)"),
    ("telemetry_tag_x25519_key", ["tag", "x25519", "key"], gen_x25519,
     "standard Base64 of a DER PKCS#8 X25519 private key (16-byte header + 32 random bytes, "
     "64 characters starting `MC4CAQAwBQYDK2VuBCIEI`), decrypts GPS-tag telemetry uploads"),
    ("volunteer_rota_sync_key", ["rota", "sync", "key"], gen_rota_sync,
     "`vrk_` + 30 lower-case base36 + a real Luhn mod 36 check character, key of the volunteer "
     "rota calendar sync (prefix and check invented)"),
]
TYPE_NAMES = [t[0] for t in TYPES]
PASSWORD_TYPES = TYPE_NAMES[:6]

# container kind -> (key style, template). {K} key, {V} value, {H} host, {U} user, {N} number
CONTAINERS = [
    ("intake_log_remix_dotenv", "upper",
     "# intake-log (Remix) .env — production box\nSESSION_COOKIE_NAME=__intake\nDATABASE_HOST={H}\n"
     "DATABASE_USER={U}\n{K}={V}\nPUBLIC_SPECIES_LIST_URL=https://static.{H}/species.json\n"),
    ("intake_log_adonisjs_config_ts", "camel",
     "import env from '#start/env'\n\nexport default {\n  appName: 'intake-log',\n  host: '{H}',\n"
     "  port: {N},\n  {K}: env.get('INTAKE_OVERRIDE', '{V}'),\n  timezone: 'Europe/London',\n}\n"),
    ("ring_register_flask_instance_config_py", "upper",
     "# instance/config.py — ring register (Flask)\nSQLALCHEMY_ECHO = False\nRING_SERIES = ['EX', 'GR', 'DA']\n"
     "DB_HOST = \"{H}\"\nDB_USER = \"{U}\"\n{K} = \"{V}\"\nMAX_CONTENT_LENGTH = 8 * 1024 * 1024\n"),
    ("ring_register_micronaut_application_yml", "camel",
     "micronaut:\n  application:\n    name: ring-register\n  server:\n    port: {N}\nringRegister:\n"
     "  host: {H}\n  username: {U}\n  {K}: \"{V}\"\n  chipLookupTimeout: 5s\n"),
    ("microchip_lookup_phoenix_runtime_exs", "snake",
     "import Config\n\nif config_env() == :prod do\n  config :chip_lookup, ChipLookup.Repo,\n"
     "    hostname: \"{H}\",\n    username: \"{U}\",\n    pool_size: 10\n\n"
     "  config :chip_lookup, :secrets,\n    {K}: \"{V}\"\nend\n"),
    ("microchip_lookup_ktor_application_conf", "camel",
     "ktor {\n  deployment { port = {N} }\n  application { modules = [ uk.rescue.chip.ApplicationKt.module ] }\n}\n"
     "chip {\n  host = \"{H}\"\n  user = \"{U}\"\n  {K} = \"{V}\"\n}\n"),
    ("cites_paperwork_rails_credentials_yml", "snake",
     "# rails credentials:show (cites-paperwork, production)\nsecret_key_base_rotated: true\n"
     "cites:\n  api_host: {H}\n  login: {U}\n  {K}: {V}\n"),
    ("cites_paperwork_cakephp_app_local_php", "camel",
     "<?php\nreturn [\n    'debug' => false,\n    'Datasources' => [\n        'default' => [\n"
     "            'host' => '{H}',\n            'username' => '{U}',\n        ],\n    ],\n"
     "    'Cites' => [\n        '{K}' => '{V}',\n        'permitPrefix' => 'GB',\n    ],\n];\n"),
    ("flying_display_astro_env", "upper",
     "# Astro site for flying-display bookings\nPUBLIC_SITE_URL=https://{H}\nPUBLIC_SEASON=2027\n"
     "BOOKINGS_USER={U}\n{K}=\"{V}\"\n"),
    ("flying_display_gatsby_config_js", "camel",
     "module.exports = {\n  siteMetadata: { title: 'Flying displays 2027', siteUrl: 'https://{H}' },\n"
     "  plugins: [\n    {\n      resolve: 'gatsby-source-bookings',\n      options: {\n"
     "        user: '{U}',\n        {K}: '{V}',\n      },\n    },\n  ],\n};\n"),
    ("rehab_records_sveltekit_env_private", "upper",
     "# .env (SvelteKit $env/static/private) — rehab records\nORIGIN=https://{H}\nRECORDS_DB_USER={U}\n"
     "{K}={V}\nBODY_SIZE_LIMIT=4M\n"),
    ("rehab_records_pyramid_ini", "dot",
     "[app:main]\nuse = egg:rehab_records\npyramid.reload_templates = false\nsqlalchemy.url = postgresql://{H}/rehab\n"
     "rehab.user = {U}\n{K} = {V}\n\n[server:main]\nuse = egg:waitress#main\nlisten = *:{N}\n"),
    ("release_tracker_actix_settings_toml", "snake",
     "[server]\nbind = \"0.0.0.0:{N}\"\n\n[release_tracker]\nhost = \"{H}\"\nuser = \"{U}\"\n"
     "{K} = \"{V}\"\nsoft_release_days = 10\n"),
    ("release_tracker_serverless_yml_environment", "upper",
     "service: release-tracker\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  region: eu-west-2\n"
     "  environment:\n    TRACKER_HOST: {H}\n    TRACKER_USER: {U}\n    {K}: {V}\nfunctions:\n"
     "  sync:\n    handler: src/sync.handler\n"),
    ("volunteer_rota_strapi_env", "upper",
     "HOST=0.0.0.0\nPORT={N}\nDATABASE_CLIENT=postgres\nDATABASE_HOST={H}\nDATABASE_USERNAME={U}\n"
     "{K}={V}\nROTA_WEEK_STARTS=monday\n"),
    ("volunteer_rota_dotnet_appsettings_production_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"Rota\": {\n"
     "    \"Host\": \"{H}\",\n    \"User\": \"{U}\",\n    \"{K}\": \"{V}\"\n  },\n  \"AllowedHosts\": \"*\"\n}\n"),
    ("specimen_tracker_electron_store_json", "camel",
     "{\n  \"windowBounds\": { \"width\": 1280, \"height\": 800 },\n  \"lastSpecimen\": \"TX-{N}\",\n"
     "  \"server\": \"{H}\",\n  \"user\": \"{U}\",\n  \"{K}\": \"{V}\"\n}\n"),
    ("specimen_tracker_tauri_conf_json", "camel",
     "{\n  \"productName\": \"Specimen Tracker\",\n  \"version\": \"2.4.0\",\n  \"plugins\": {\n"
     "    \"sync\": {\n      \"endpoint\": \"https://{H}/api\",\n      \"account\": \"{U}\",\n"
     "      \"{K}\": \"{V}\"\n    }\n  }\n}\n"),
    ("commission_tracker_odoo_conf", "snake",
     "[options]\naddons_path = /opt/odoo/addons,/opt/odoo/taxidermy\ndb_host = {H}\ndb_user = {U}\n"
     "{K} = {V}\nhttp_port = {N}\nproxy_mode = True\n"),
    ("commission_tracker_ghost_config_production_json", "camel",
     "{\n  \"url\": \"https://{H}\",\n  \"server\": { \"port\": {N}, \"host\": \"127.0.0.1\" },\n"
     "  \"commissions\": {\n    \"owner\": \"{U}\",\n    \"{K}\": \"{V}\"\n  },\n  \"logging\": { \"level\": \"info\" }\n}\n"),
    ("donor_portal_directus_env", "upper",
     "KEY=donor-portal\nPUBLIC_URL=https://{H}\nDB_CLIENT=pg\nDB_USER={U}\n{K}=\"{V}\"\nCACHE_ENABLED=true\n"),
    ("donor_portal_drupal_settings_php", "snake",
     "<?php\n$databases['default']['default'] = [\n  'host' => '{H}',\n  'username' => '{U}',\n"
     "  'driver' => 'mysql',\n];\n$settings['{K}'] = '{V}';\n$settings['trusted_host_patterns'] = ['^donate\\.example$'];\n"),
    ("adoption_scheme_wordpress_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'adopt' );\ndefine( 'DB_USER', '{U}' );\ndefine( 'DB_HOST', '{H}' );\n"
     "define( '{K}', '{V}' );\n$table_prefix = 'wp_';\nrequire_once ABSPATH . 'wp-settings.php';\n"),
    ("adoption_scheme_medusa_config_js", "camel",
     "module.exports = defineConfig({\n  projectConfig: {\n    databaseUrl: process.env.DATABASE_URL,\n"
     "    http: { storeCors: 'https://{H}' },\n  },\n  adoption: {\n    owner: '{U}',\n    {K}: '{V}',\n  },\n})\n"),
    ("aviary_camera_frigate_config_yml", "snake",
     "mqtt:\n  host: {H}\n  user: {U}\ncameras:\n  mews_north:\n    ffmpeg:\n      inputs:\n"
     "        - path: rtsp://127.0.0.1:8554/mews_north\n          roles: [detect]\nsync:\n  {K}: \"{V}\"\n"),
    ("aviary_sensors_node_red_settings_js", "camel",
     "module.exports = {\n    uiPort: process.env.PORT || {N},\n    flowFile: 'aviary-flows.json',\n"
     "    functionGlobalContext: {\n        brokerHost: '{H}',\n        brokerUser: '{U}',\n"
     "        {K}: '{V}',\n    },\n};\n"),
    ("incubator_monitor_platformio_ini", "upper",
     "[env:incubator]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n"
     "    -D BROKER_HOST=\\\"{H}\\\"\n    -D BROKER_USER=\\\"{U}\\\"\n    -D {K}=\\\"{V}\\\"\n"),
    ("incubator_monitor_zephyr_prj_conf", "upper",
     "CONFIG_NETWORKING=y\nCONFIG_MQTT_LIB=y\nCONFIG_INCUBATOR_BROKER=\"{H}\"\nCONFIG_INCUBATOR_USER=\"{U}\"\n"
     "CONFIG_{K}=\"{V}\"\nCONFIG_LOG=y\n"),
    ("gps_tag_sync_cron_env_file", "upper",
     "# /etc/gps-tag-sync/env — read by the 02:15 cron job\nTAG_PROVIDER_HOST={H}\nTAG_SYNC_USER={U}\n"
     "{K}={V}\nTAG_BATCH=ornitela-2027\n"),
    ("gps_tag_sync_airflow_variables_json", "snake",
     "{\n  \"gps_tag_provider_host\": \"{H}\",\n  \"gps_tag_user\": \"{U}\",\n  \"{K}\": \"{V}\",\n"
     "  \"gps_tag_poll_minutes\": \"30\"\n}\n"),
    ("centre_ops_terraform_tfvars", "snake",
     "region        = \"eu-west-2\"\nproject       = \"hawk-centre\"\ndb_host       = \"{H}\"\n"
     "db_user       = \"{U}\"\n{K} = \"{V}\"\n"),
    ("centre_ops_docker_compose_override_yml", "upper",
     "services:\n  intake:\n    environment:\n      DB_HOST: {H}\n      DB_USER: {U}\n      {K}: \"{V}\"\n"
     "    ports:\n      - \"{N}:{N}\"\n"),
    ("centre_ops_gitlab_ci_variables_yml", "upper",
     "variables:\n  DEPLOY_HOST: \"{H}\"\n  DEPLOY_USER: \"{U}\"\n  {K}: \"{V}\"\n\ndeploy:\n  stage: deploy\n"
     "  script:\n    - ./deploy.sh\n"),
    ("centre_ops_circleci_config_yml", "upper",
     "version: 2.1\njobs:\n  migrate:\n    docker:\n      - image: cimg/python:3.12\n    environment:\n"
     "      DB_HOST: {H}\n      DB_USER: {U}\n      {K}: {V}\n    steps:\n      - checkout\n      - run: make migrate\n"),
    ("centre_ops_helmfile_values_yaml", "camel",
     "rescueApi:\n  image: registry.{H}/rescue-api:2.8.1\n  replicas: 2\n  config:\n    dbUser: {U}\n"
     "    {K}: \"{V}\"\n"),
    ("centre_ops_justfile_exports", "upper",
     "set dotenv-load := false\n\nexport DB_HOST := \"{H}\"\nexport DB_USER := \"{U}\"\nexport {K} := \"{V}\"\n\n"
     "migrate:\n    alembic upgrade head\n"),
    ("centre_ops_zsh_history", "upper",
     ": 1794912001:0;cd ~/src/rescue-api\n: 1794912044:0;git pull --rebase\n"
     ": 1794912090:0;export {K}='{V}'\n: 1794912101:0;make run HOST={H}\n: 1794912230:0;exit\n"),
    ("centre_ops_tmux_scrollback_log", "upper",
     "{U}@{H}:~$ docker compose ps\nNAME        STATUS\nintake      Up 3 days\n"
     "{U}@{H}:~$ docker compose exec intake env | grep -i {KL}\n{K}={V}\n{U}@{H}:~$ clear\n"),
    ("falconers_whatsapp_chat_export", "spaced",
     "[12/04/2027, 07:41] Ruth (mews): morning! who's weighing the Harris hawks today?\n"
     "[12/04/2027, 07:43] Dev (IT): me — also the new {K} is {V} if anyone needs it\n"
     "[12/04/2027, 07:44] Ruth (mews): ta, noted\n"),
    ("rescue_volunteers_discord_paste", "spaced",
     "**#night-shift** — pasted from Discord\nJo — Today at 22:10\nhedgehog in bay 3 had 2ml fluids, weight 412g\n"
     "Sam — Today at 22:14\nfor the record the {K} is {V} (changed it after the audit)\n"),
    ("taxidermy_client_jira_comment", "spaced",
     "TAX-{N} Commission: juvenile tawny, habitat base\nComment by {U}:\nClient portal sync failed again. "
     "Reset the {K} to {V} and re-ran the import; CITES Article 10 copy attached.\n"),
    ("mews_whiteboard_photo_ocr", "title",
     "MEWS BOARD — WEEK 15\nHarris (Rio) 612g  fly 10:30\nLanner (Saffi) 498g  rest\n"
     "{K}: {V}\nVets Thurs 2pm — Bay 4 buzzard\n"),
    ("intake_sheet_google_sheets_csv_export", "title",
     "Date,Species,Finder,Condition,Bay,Notes\n2027-04-11,Hedgehog,walk-in,thin,3,\n"
     "2027-04-11,Tawny owl,RSPCA,wing droop,5,\"{K} {V}\"\n2027-04-12,Swan,police,fishing line,pond,\n"),
    ("release_records_obsidian_note_md", "title",
     "# Release — buzzard B-{N}\n\n- Site: north copse\n- Method: soft release, hack box 10 days\n"
     "- **{K}**: `{V}`\n- Follow-up: GPS tag check weekly\n"),
    ("rescue_api_logfmt_line", "snake",
     "time=2027-04-12T09:14:07Z level=debug msg=\"config loaded\" host={H} user={U} {K}={V} bay_count=12\n"),
]
SPARE_CONTAINER = "centre_ops_taskfile_yml"

HOSTS = ["db.mews.lan", "intake.rescue.internal", "rota.hawkcentre.lan", "10.20.4.17",
         "records.owlrescue.example", "pg.taxidermy.lan", "api.release.internal", "192.168.40.12"]
USERS = ["mews_admin", "intake_app", "rota_sync", "specimens", "ringer", "release_bot", "falconer", "vols"]


def build(reg):
    rng = random.Random(SEEDS["everyday"])
    prng = random.Random(SEEDS["pairing"])
    gens = {t[0]: t for t in TYPES}
    assign = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        prng.shuffle(perm)
        for j in range(3):
            assign.append(perm[4 * j:4 * j + 4])
    records = []
    n = 0
    for (kind, style, tpl), types in zip(CONTAINERS, assign):
        for typ in types:
            words, gen = gens[typ][1], gens[typ][2]
            value = reg.draw(lambda: gen(rng))
            key = case_key(words, style)
            subs = {"K": key, "KL": words[0], "H": rng.choice(HOSTS), "U": rng.choice(USERS),
                    "N": str(rng.randint(3000, 9999))}
            text, start = fill(tpl, value, subs)
            n += 1
            records.append(span_record("", typ, kind, text, start, value, "everyday"))
    return records
