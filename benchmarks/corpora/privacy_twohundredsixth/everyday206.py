"""Everyday source: 12 secret types of the angling world x 45 container kinds x 4 = 180."""
import base64
import random

import common206 as C

SEED = 20601
PAIR_SEED = 20611

# (type, key words, kind, description)
TYPES = [
    ("day_ticket_till_admin_password", ["day", "ticket", "admin", "password"], "pw",
     "owner-chosen admin password of the day-ticket and permit sales till"),
    ("peg_draw_db_password", ["peg", "draw", "db", "password"], "pw",
     "owner-chosen password of the peg-draw and match-results database"),
    ("catch_returns_portal_password", ["catch", "returns", "portal", "password"], "pw",
     "owner-chosen password of the catch-returns and weigh-in portal"),
    ("club_membership_admin_password", ["membership", "admin", "password"], "pw",
     "owner-chosen admin password of the club membership and bailiff-rota system"),
    ("stocking_records_db_password", ["stocking", "db", "password"], "pw",
     "owner-chosen password of the fishery stocking-records database"),
    ("lake_booking_backoffice_password", ["lake", "booking", "backoffice", "password"], "pw",
     "owner-chosen password of the lake-booking and bivvy-pitch back office"),
    ("permit_qr_signing_key", ["permit", "qr", "signing", "key"], "dtq",
     "`dtq_` + RFC 4648 Base32 (lower case, no padding) of 25 random bytes (40 characters); signs the QR codes on day tickets and permits (prefix invented)"),
    ("weigh_in_scale_api_token", ["weigh", "scale", "api", "token"], "wis",
     "`wis_` + 32 base62 + 8 lower-case hex of the real Adler-32 of those 32 characters; token of the Bluetooth weigh-in scale bridge (prefix and checksum invented)"),
    ("bailiff_rota_feed_token", ["rota", "feed", "token"], "rota",
     "`rota_` + a 26-character Crockford Base32 ULID (48-bit millisecond time + 80 random bits); secret token in the private bailiff-rota calendar feed URL (layout invented)"),
    ("match_results_session_jwt", ["match", "session", "jwt"], "jwt",
     "HS512 JWT (real base64url JSON, real HMAC-SHA512 under a discarded key); session token of the match-results app"),
    ("catch_photo_upload_secret", ["catch", "photo", "upload", "secret"], "cps",
     "`cps_sk_` + standard Base64 of 30 random bytes (40 characters, no padding); signs pre-signed uploads of catch photos (prefix invented)"),
    ("licence_check_api_key", ["licence", "check", "api", "key"], "lck",
     "`LCK-` + four groups of 4 Crockford Base32 characters + `-` + a real Luhn mod 32 check character over the 16; key of the rod-licence check service (layout invented)"),
]

CLUBS = ["Willowmere AC", "Kingfisher Lakes", "Redbank Carp Syndicate", "Old Mill Fishery",
         "Tenchfield Angling Society", "Hollow Pond Anglers", "Marshside Match Group", "Grebe Water"]
HOSTS = ["db.willowmere.lan", "pg.kingfisherlakes.internal", "10.20.0.14", "mysql.oldmill.lan",
         "tills.tenchfield.internal", "192.168.40.5", "data.grebewater.example", "api.redbank.example"]


def gen_value(rng, kind):
    if kind == "pw":
        return C.password(rng)
    if kind == "dtq":
        return "dtq_" + base64.b32encode(C.rbytes(rng, 25)).decode().lower()
    if kind == "wis":
        body = C.rs(rng, C.ALNUM, 32)
        return "wis_" + body + C.adler32_hex(body)
    if kind == "rota":
        ms = rng.randrange(1704067200000, 1767225600000)
        t = ""
        for _ in range(10):
            t = C.CROCKFORD[ms % 32] + t
            ms //= 32
        return "rota_" + t + C.rs(rng, C.CROCKFORD, 16)
    if kind == "jwt":
        iat = rng.randrange(1735689600, 1764547200)
        payload = {"sub": "angler:%d" % rng.randrange(1000, 9999), "club": rng.choice(["wmac", "klf", "rbcs", "omf"]),
                   "role": rng.choice(["match_secretary", "bailiff", "member"]), "iat": iat, "exp": iat + 43200}
        return C.jwt_hs(rng, payload, "HS512")
    if kind == "cps":
        return "cps_sk_" + C.b64(C.rbytes(rng, 30))
    if kind == "lck":
        body = C.rs(rng, C.CROCKFORD, 16)
        return "LCK-%s-%s-%s-%s-%s" % (body[:4], body[4:8], body[8:12], body[12:], C.luhn_mod_n_char(body, C.CROCKFORD))
    raise ValueError(kind)


S = C.SLOT
# (container kind, style, template) -- {K} key, S value, {R} random small number, {C} club, {H} host
KINDS = [
    ("day_ticket_django_settings_local_py", "upper",
     "# settings/local.py -- {C} day-ticket shop\nfrom .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"tickets.{c}.example\"]\nTICKET_PRICE_PENCE = {R}00\n{K} = \"" + S + "\"\nTIME_ZONE = \"Europe/London\"\n"),
    ("day_ticket_flask_instance_config_py", "upper",
     "# instance/config.py (not committed)\nSQLALCHEMY_ECHO = False\nTICKET_PREFIX = \"DT\"\n{K} = '" + S + "'\nMAX_RODS_PER_TICKET = 3\n"),
    ("permit_sales_rails_credentials_yml", "snake",
     "# bin/rails credentials:edit  (decrypted view)\nsecret_key_base: <%= ENV.fetch(\"SKB\") %>\npermits:\n  season: 2025\n  {K}: " + S + "\n  renewal_reminder_days: {R}\n"),
    ("permit_sales_express_dotenv", "upper",
     "NODE_ENV=production\nPORT=30{R}\nCLUB_NAME=\"{C}\"\n{K}=" + S + "\nPERMIT_PDF_DIR=/srv/permits/out\n"),
    ("peg_draw_sveltekit_env", "upper",
     "# .env for the peg-draw SvelteKit app\nPUBLIC_CLUB_NAME=\"{C}\"\nPUBLIC_MAX_PEGS={R}\n{K}=\"" + S + "\"\nORIGIN=https://draw.{c}.example\n"),
    ("peg_draw_electron_store_json", "camel",
     "{\n  \"windowBounds\": {\"width\": 1280, \"height\": 800},\n  \"lastVenue\": \"{C}\",\n  \"pegCount\": {R},\n  \"{K}\": \"" + S + "\",\n  \"autoDraw\": true\n}\n"),
    ("match_results_phoenix_dev_secret_exs", "snake",
     "import Config\n\n# dev.secret.exs -- kept out of git\nconfig :match_results, MatchResults.Repo,\n  hostname: \"{H}\",\n  pool_size: 10\n\nconfig :match_results, {K}: \"" + S + "\"\n"),
    ("match_results_rust_config_toml", "snake",
     "[server]\nbind = \"0.0.0.0:80{R}\"\n\n[results]\nleague = \"{C} winter league\"\n{K} = \"" + S + "\"\nround_weights_to = \"oz\"\n"),
    ("weigh_in_kotlin_buildkonfig_gradle", "upper",
     "buildkonfig {\n    packageName = \"club.weighin.app\"\n    defaultConfigs {\n        buildConfigField(STRING, \"SCALE_UNIT\", \"lb_oz\")\n        buildConfigField(STRING, \"{K}\", \"" + S + "\")\n    }\n}\n"),
    ("weigh_in_xamarin_app_config", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"ScalePort\" value=\"COM{R}\" />\n    <add key=\"{K}\" value=\"" + S + "\" />\n  </appSettings>\n</configuration>\n"),
    ("catch_returns_cakephp_app_local_php", "snake",
     "<?php\n// config/app_local.php\nreturn [\n    'debug' => false,\n    'Datasources' => ['default' => ['host' => '{H}']],\n    'CatchReturns' => [\n        '{K}' => '" + S + "',\n        'season' => 2025,\n    ],\n];\n"),
    ("catch_returns_appsettings_development_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"CatchReturns\": {\n    \"Fishery\": \"{C}\",\n    \"{K}\": \"" + S + "\"\n  }\n}\n"),
    ("bait_stock_magento_env_php", "snake",
     "<?php\nreturn [\n    'backend' => ['frontName' => 'tackleadmin'],\n    'bait_stock' => [\n        'warehouse' => 'maggot-fridge-{R}',\n        '{K}' => '" + S + "'\n    ],\n];\n"),
    ("tackle_shop_medusa_config_js", "camel",
     "module.exports = {\n  projectConfig: {\n    storeCors: \"https://shop.{c}.example\",\n    {K}: \"" + S + "\",\n    databaseLogging: false,\n  },\n  plugins: [\"medusa-fulfillment-manual\"],\n}\n"),
    ("tackle_shop_prestashop_parameters_php", "snake",
     "<?php return array (\n  'parameters' => \n  array (\n    'database_host' => '{H}',\n    'database_prefix' => 'ps_',\n    '{K}' => '" + S + "',\n    'locale' => 'en-GB',\n  ),\n);\n"),
    ("club_membership_drupal_settings_php", "snake",
     "<?php\n// sites/default/settings.local.php\n$settings['hash_salt_file'] = '../private/salt.txt';\n$config['club_membership.settings']['{K}'] = '" + S + "';\n$config['system.logging']['error_level'] = 'hide';\n"),
    ("club_membership_wordpress_wp_config_php", "upper",
     "<?php\ndefine( 'WP_DEBUG', false );\ndefine( 'CLUB_RENEWAL_MONTH', {R} );\ndefine( '{K}', '" + S + "' );\n$table_prefix = 'anglers_';\n"),
    ("bailiff_rota_apps_script_properties", "camel",
     "// Apps Script > Project Settings > Script properties (copied for the handover doc)\nconst props = PropertiesService.getScriptProperties();\nprops.setProperties({\n  rotaSheetId: \"1R{R}xRota\",\n  {K}: \"" + S + "\",\n});\n"),
    ("bailiff_rota_streamlit_secrets_toml", "snake",
     "# .streamlit/secrets.toml\n[rota]\nclub = \"{C}\"\nweeks_ahead = {R}\n{K} = \"" + S + "\"\n"),
    ("stocking_records_r_renviron", "upper",
     "# ~/.Renviron on the stocking-analysis laptop\nR_LIBS_USER=~/R/library\nSTOCKING_DB_HOST={H}\n{K}=" + S + "\n"),
    ("stocking_records_jupyter_notebook_cell", "snake",
     "{\n \"cell_type\": \"code\",\n \"execution_count\": {R},\n \"metadata\": {},\n \"source\": [\n  \"import pandas as pd\\n\",\n  \"{K} = '" + S + "'\\n\",\n  \"df = pd.read_csv('stocking_2025.csv')\"\n ]\n}\n"),
    ("lake_booking_strapi_env", "upper",
     "HOST=0.0.0.0\nPORT=1337\nDATABASE_CLIENT=postgres\nDATABASE_HOST={H}\n{K}=" + S + "\nBIVVY_PITCHES={R}\n"),
    ("lake_booking_laravel_dotenv", "upper",
     "APP_NAME=\"{C} Bookings\"\nAPP_ENV=production\nAPP_DEBUG=false\nDB_HOST={H}\n{K}=\"" + S + "\"\nQUEUE_CONNECTION=database\n"),
    ("bivvy_pitch_capacitor_config_ts", "camel",
     "import type { CapacitorConfig } from '@capacitor/cli';\n\nconst config: CapacitorConfig = {\n  appId: 'club.bivvy.pitches',\n  appName: 'Pitch Finder',\n  plugins: { Booking: { {K}: '" + S + "', pitches: {R} } },\n};\nexport default config;\n"),
    ("bivvy_pitch_swift_xcconfig", "upper",
     "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = club.bivvy.pitches\nMARKETING_VERSION = 2.{R}\n{K} = " + S + "\n"),
    ("licence_check_spring_application_yaml", "kebab",
     "spring:\n  application:\n    name: licence-check\nlicence:\n  cache-minutes: {R}\n  {K}: " + S + "\n"),
    ("catch_returns_play_application_conf", "dot",
     "# conf/application.conf (HOCON)\nplay.http.secret.key = ${?PLAY_SECRET}\ndb.default.url = \"jdbc:postgresql://{H}/catch\"\n{K} = \"" + S + "\"\ncatch.min-weight-oz = {R}\n"),
    ("licence_check_deno_dotenv", "upper",
     "# .env loaded by std/dotenv\nLICENCE_CHECK_TIMEOUT_MS=25{R}\n{K}=" + S + "\n"),
    ("aerator_controller_platformio_ini", "upper",
     "[env:esp32dev]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n    -D AERATOR_COUNT={R}\n    -D {K}=\\\"" + S + "\\\"\n"),
    ("water_quality_node_red_settings_js", "camel",
     "module.exports = {\n    uiPort: process.env.PORT || 1880,\n    functionGlobalContext: {\n        lakeName: \"{C}\",\n        {K}: \"" + S + "\"\n    },\n};\n"),
    ("water_quality_grafana_ini", "snake",
     "[server]\nhttp_port = 3000\n\n[security]\nadmin_user = warden\n\n[plugin.lake_sensors]\n{K} = " + S + "\n"),
    ("fishery_ops_docker_compose_yml", "upper",
     "services:\n  tickets:\n    image: registry.{c}.example/tickets:1.{R}\n    environment:\n      TZ: Europe/London\n      {K}: \"" + S + "\"\n    restart: unless-stopped\n"),
    ("fishery_ops_helm_values_yaml", "camel",
     "replicaCount: 2\nimage:\n  repository: registry.{c}.example/peg-draw\nconfig:\n  clubName: \"{C}\"\n  {K}: \"" + S + "\"\n"),
    ("fishery_ops_terraform_tfvars", "snake",
     "region        = \"eu-west-2\"\nlake_count    = {R}\n{K} = \"" + S + "\"\n"),
    ("fishery_ops_gitlab_ci_yml", "upper",
     "variables:\n  GIT_DEPTH: \"10\"\n  {K}: \"" + S + "\"\n\ndeploy:\n  stage: deploy\n  script:\n    - ./deploy.sh\n"),
    ("fishery_ops_circleci_config_yml", "upper",
     "version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/python:3.12\n        environment:\n          {K}: " + S + "\n    steps:\n      - checkout\n"),
    ("fishery_ops_bash_history", "upper",
     "  {R}1  cd /srv/tickets\n  {R}2  export {K}='" + S + "'\n  {R}3  systemctl restart tickets\n  {R}4  journalctl -u tickets -n 50\n"),
    ("fishery_ops_cmd_setx_history", "upper",
     "C:\\ClubPC> setx {K} \"" + S + "\"\n\nSUCCESS: Specified value was saved.\nC:\\ClubPC> echo done\n"),
    ("fishery_ops_systemd_dropin_conf", "upper",
     "# /etc/systemd/system/weighin.service.d/override.conf\n[Service]\nEnvironment=\"SCALE_PORT=/dev/ttyUSB{R}\"\nEnvironment=\"{K}=" + S + "\"\n"),
    ("fishery_ops_ansible_vault_view_yml", "snake",
     "$ ansible-vault view group_vars/fishery/vault.yml\n---\nvault_club: \"{C}\"\n{K}: \"" + S + "\"\n"),
    ("club_committee_whatsapp_export", "spaced",
     "[0{R}/03/2025, 06:41] Gary (Chair): morning all, lakes look good\n[0{R}/03/2025, 06:44] Mel (Treasurer): Gary the {K} is " + S + " — please don't forward it\n[0{R}/03/2025, 06:45] Gary (Chair): ta\n"),
    ("tackle_shop_discord_channel_paste", "spaced",
     "#shop-dev — today at 18:{R}\nkev: deploy done, orders syncing\njo: what's the {K} again?\nkev: " + S + "\nkev: changing it after the open match\n"),
    ("fishery_helpdesk_jira_comment", "spaced",
     "FISH-{R}4 · Comment by Sam (IT volunteer)\nReset done for {C}. New {K}: " + S + "\nPlease move it into the vault and close this ticket.\n"),
    ("bailiff_notebook_photo_ocr", "title",
     "BAILIFF NOTES - {C}\nSat - North bank pegs 1-{R} checked\n{K}: " + S + "\nGate code changes Monday\n"),
    ("match_secretary_sheet_csv", "title",
     "System,Field,Value,Updated\nPeg draw,Venue,{C},2025-02-0{r}\nWeigh-in,{K}," + S + ",2025-02-0{r}\nResults,League,Winter,2025-02-0{r}\n"),
]
SPARE_KIND = ("peg_draw_vue_vite_env", "upper")


def build(reg):
    rng = random.Random(SEED)
    prng = random.Random(PAIR_SEED)
    assign = []  # per kind: 4 type indices
    for block in range(15):
        perm = list(range(12))
        prng.shuffle(perm)
        for j in range(3):
            assign.append(perm[4 * j:4 * j + 4])
    recs = []
    for ki, (kind, style, tpl) in enumerate(KINDS):
        for ti in assign[ki]:
            typ, words, vkind, _ = TYPES[ti]
            value = reg.draw(gen_value, rng, vkind)
            club = rng.choice(CLUBS)
            t = (tpl.replace("{K}", C.keyname(words, style)).replace("{C}", club)
                 .replace("{c}", club.split()[0].lower()).replace("{H}", rng.choice(HOSTS))
                 .replace("{R}", str(rng.randint(2, 9))).replace("{r}", str(rng.randint(1, 9))))
            text, s, e = C.place(t, value)
            recs.append(("everyday", typ, kind, text, s, e))
    return recs
