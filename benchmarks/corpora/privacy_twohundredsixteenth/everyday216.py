"""Everyday source: 12 secret types of the model-railway / hobby-shop /
RC-club world x 45 container kinds, 4 records per kind (180)."""
import random

from common216 import (MARK, ALNUM, BASE62, LOWALNUM, DIGITS, b32, b58check, b64u,
                       crc16_ccitt_false, crc32_hex, jwt, make_record, password,
                       rbytes, rs, style_key)

SEED_VALUES = 21601
SEED_PAIRING = 21611

LOW36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def gen_cv_sync(rng):
    body = rs(rng, BASE62, 30)
    return "dcv_" + body + "_" + crc32_hex(body)


def gen_paserk(rng):
    return "k4.local." + b64u(rbytes(rng, 32))


def gen_timing_jwt(rng):
    iat = 1767000000 + rng.randrange(0, 9000000)
    club = rng.choice(["eastfield", "marshbrook", "hollowvale", "kestrel-rc", "dunmere-mrc"])
    payload = {"iss": "timing.%s.lan" % club, "sub": "decoder-loop-%d" % rng.randint(1, 4),
               "aud": "live-timing", "scope": "laps:write heats:read",
               "iat": iat, "exp": iat + 86400 * rng.choice([7, 30, 90])}
    return jwt(rng, "HS384", payload)


def gen_tpr(rng):
    body = rs(rng, LOW36, 32)
    return "tpr_" + body + "_" + "%04x" % crc16_ccitt_false(body.encode())


def gen_exk(rng):
    return "exk_" + b58check(bytes([0x2A]) + rbytes(rng, 32))


def gen_totp(rng):
    return b32(rbytes(rng, 20))


# type -> (key words, generator or None for owner-chosen password, description)
TYPES = [
    ("layout_control_jmri_web_password", ["jmri", "web", "password"], None,
     "owner-chosen password of the club layout's JMRI / DCC-EX web throttle server"),
    ("track_booking_portal_admin_password", ["booking", "admin", "password"], None,
     "owner-chosen admin password of the club track-booking portal (practice slots, race days)"),
    ("race_timing_db_password", ["timing", "db", "password"], None,
     "owner-chosen password of the race-timing and transponder database"),
    ("kit_spares_stock_backoffice_password", ["stock", "office", "password"], None,
     "owner-chosen password of the hobby-shop kit and spares stock back office"),
    ("membership_insurance_register_password", ["members", "register", "password"], None,
     "owner-chosen password of the membership and insurance register"),
    ("workshop_repair_ticket_desk_password", ["repair", "desk", "password"], None,
     "owner-chosen password of the workshop repair-ticket desk"),
    ("dcc_decoder_cv_sync_token", ["cv", "sync", "token"], gen_cv_sync,
     "token of the decoder CV-settings sync service: `dcv_` + 30 base62 + `_` + 8 hex of the real CRC-32 of the body (prefix and layout invented)"),
    ("swap_meet_ticket_paserk_key", ["ticket", "paserk", "key"], gen_paserk,
     "PASETO v4 local key that seals swap-meet table tickets: PASERK `k4.local.` + base64url of 32 random bytes (43 characters)"),
    ("race_timing_feed_jwt", ["timing", "feed", "jwt"], gen_timing_jwt,
     "bearer token of the live race-timing feed writer: real HS384 JWT (base64url JSON, HMAC-SHA384 under a discarded key)"),
    ("transponder_register_api_key", ["transponder", "api", "key"], gen_tpr,
     "key of the transponder and frequency register API: `tpr_` + 32 lower-case base36 + `_` + 4 hex of the real CRC-16/CCITT-FALSE of the body (layout invented)"),
    ("exhibition_entry_signing_key", ["exhibition", "signing", "key"], gen_exk,
     "key that signs exhibition-entry confirmations: `exk_` + Base58Check of version byte 0x2a + 32 random bytes (real double-SHA-256 checksum; prefix invented)"),
    ("club_admin_totp_seed", ["admin", "totp", "secret"], gen_totp,
     "TOTP shared secret of the club admin accounts: RFC 4648 Base32 of 20 random bytes (32 characters, no padding, no prefix)"),
]
TYPE_NAMES = [t[0] for t in TYPES]
PASSWORD_TYPES = [t[0] for t in TYPES if t[2] is None]

V = MARK
# (kind, key style, template) ; {K} is the key name, MARK the value
KINDS = [
    ("layout_control_jmri_properties_file", "dot",
     "# JMRI web server preferences - clubroom layout PC\njmri.web.port=12080\njmri.web.railroad=Eastfield MRC\n{K}=" + V + "\njmri.web.refresh=5\n"),
    ("layout_dcc_ex_config_h", "upper",
     "// config.h - DCC-EX CommandStation, club OO layout\n#define IP_PORT 2560\n#define WIFI_HOSTNAME \"dccex-eastfield\"\n#define {K} \"" + V + "\"\n#define ENABLE_WIFI true\n"),
    ("layout_esp8266_platformio_ini", "upper",
     "[env:signal_controller]\nplatform = espressif8266\nboard = d1_mini\nbuild_flags =\n    -D SIGNAL_NODE_ID=7\n    -D {K}=\\\"" + V + "\\\"\nmonitor_speed = 115200\n"),
    ("layout_home_assistant_secrets_yaml", "snake",
     "# secrets.yaml - clubhouse Home Assistant (layout lights, fiddle-yard cameras)\nlayout_mqtt_host: 10.0.4.2\n{K}: \"" + V + "\"\nlatitude_club: 52.41\n"),
    ("layout_node_red_flows_cred_json", "camel",
     "{\n  \"6f1c2a7e.93b4d8\": {\n    \"user\": \"layout-bridge\",\n    \"{K}\": \"" + V + "\"\n  }\n}\n"),
    ("layout_rocrail_plan_xml", "camel",
     "<plan title=\"Hollowvale branch\">\n  <srcpcon host=\"192.168.50.20\" port=\"4303\"/>\n  <service name=\"club-sync\" {K}=\"" + V + "\"/>\n</plan>\n"),
    ("decoder_cv_fastapi_dotenv", "upper",
     "# .env - cv-archive (FastAPI)\nCV_ARCHIVE_DB=postgresql://cvarchive@db.eastfield.lan/cv\n{K}=" + V + "\nLOG_LEVEL=info\n"),
    ("decoder_cv_qt_settings_ini", "pascal",
     "[General]\nLastLoco=47 237\n\n[Sync]\nServer=https://cv.eastfield.lan\n{K}=" + V + "\nAutoPull=true\n"),
    ("decoder_cv_android_local_properties", "dot",
     "## local.properties - CV programmer app (do not commit)\nsdk.dir=/home/kev/Android/Sdk\n{K}=" + V + "\n"),
    ("track_booking_rails_credentials_show", "snake",
     "$ bin/rails credentials:show --environment production\nbooking:\n  host: bookings.kestrel-rc.lan\n  {K}: " + V + "\nsmtp_host: mail.kestrel-rc.lan\n"),
    ("track_booking_nextjs_env_local", "upper",
     "# .env.local - track booking (Next.js)\nNEXT_PUBLIC_CLUB_NAME=Kestrel RC\n{K}=" + V + "\nBOOKING_SLOT_MINUTES=20\n"),
    ("track_booking_laravel_env_file", "upper",
     "APP_NAME=TrackBook\nAPP_ENV=production\nDB_HOST=127.0.0.1\n{K}=\"" + V + "\"\nQUEUE_CONNECTION=database\n"),
    ("track_booking_symfony_env_local_php", "upper",
     "<?php\n// .env.local.php (composer dump-env prod)\nreturn array (\n  'APP_ENV' => 'prod',\n  '{K}' => '" + V + "',\n);\n"),
    ("race_timing_dotnet_appsettings_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"Timing\": {\n    \"DecoderPort\": \"COM4\",\n    \"{K}\": \"" + V + "\"\n  }\n}\n"),
    ("race_timing_mix_release_env_sh_eex", "upper",
     "#!/bin/sh\n# rel/env.sh.eex - lapcounter release\nexport RELEASE_DISTRIBUTION=name\nexport {K}='" + V + "'\n"),
    ("race_timing_go_viper_config_yaml", "snake",
     "decoder:\n  port: /dev/ttyUSB0\n  baud: 9600\nstore:\n  {K}: '" + V + "'\n"),
    ("race_timing_ktor_application_conf", "camel",
     "ktor {\n  deployment { port = 8088 }\n}\ntiming {\n  {K} = \"" + V + "\"\n}\n"),
    ("transponder_register_spring_application_yaml", "kebab",
     "spring:\n  application:\n    name: transponder-register\nregister:\n  {K}: \"" + V + "\"\n"),
    ("transponder_register_bun_dotenv", "upper",
     "# .env.production - transponder register (Bun)\nPORT=3100\n{K}=" + V + "\n"),
    ("frequency_peg_board_express_config_js", "camel",
     "// config.js - 35 MHz / 2.4 GHz peg board\nmodule.exports = {\n  port: 3000,\n  {K}: '" + V + "',\n  bands: ['35MHz', '2.4GHz'],\n};\n"),
    ("kit_stock_odoo_conf", "snake",
     "[options]\naddons_path = /opt/odoo/addons,/opt/odoo/hobbyshop\ndb_host = localhost\n{K} = " + V + "\nworkers = 2\n"),
    ("kit_stock_prestashop_parameters_php", "snake",
     "<?php return array (\n  'parameters' => array (\n    'database_host' => '127.0.0.1',\n    '{K}' => '" + V + "',\n    'ps_caching' => 'CacheMemcache',\n  ),\n);\n"),
    ("spares_shop_magento_env_php", "snake",
     "<?php\nreturn [\n    'backend' => ['frontName' => 'shopadmin'],\n    '{K}' => '" + V + "',\n];\n"),
    ("preorder_service_nuxt_config_ts", "camel",
     "export default defineNuxtConfig({\n  runtimeConfig: {\n    {K}: '" + V + "',\n    public: { shopName: 'Marshbrook Models' },\n  },\n})\n"),
    ("preorder_worker_rq_settings_py", "upper",
     "# rq_settings.py - pre-order allocation worker\nREDIS_URL = \"redis://127.0.0.1:6379/3\"\nQUEUES = [\"preorders\", \"default\"]\n{K} = \"" + V + "\"\n"),
    ("swap_meet_app_flutter_dart_defines_json", "upper",
     "{\n  \"API_BASE\": \"https://swapmeet.marshbrook.example\",\n  \"{K}\": \"" + V + "\",\n  \"FLAVOR\": \"prod\"\n}\n"),
    ("swap_meet_app_gradle_properties", "camel",
     "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n{K}=" + V + "\n"),
    ("exhibition_entries_hugo_params_toml", "snake",
     "baseURL = \"https://show.hollowvale.example/\"\ntitle = \"Hollowvale Model Railway Exhibition\"\n[params]\n  {K} = \"" + V + "\"\n"),
    ("exhibition_entries_wrangler_toml", "upper",
     "name = \"exhibition-entries\"\nmain = \"src/index.ts\"\n[vars]\n{K} = \"" + V + "\"\n"),
    ("membership_register_django_environ_file", "upper",
     "DJANGO_SETTINGS_MODULE=members.settings.prod\nALLOWED_HOSTS=members.dunmere-mrc.lan\n{K}=" + V + "\n"),
    ("membership_register_civicrm_settings_php", "upper",
     "<?php\n// civicrm.settings.php (excerpt)\ndefine('CIVICRM_UF', 'WordPress');\ndefine('{K}', '" + V + "');\n"),
    ("insurance_claims_vbnet_app_config_xml", "pascal",
     "<configuration>\n  <appSettings>\n    <add key=\"Insurer\" value=\"club policy desk\" />\n    <add key=\"{K}\" value=\"" + V + "\" />\n  </appSettings>\n</configuration>\n"),
    ("repair_tickets_zammad_compose_env", "upper",
     "# zammad .env for the workshop repair desk\nPOSTGRES_HOST=zammad-postgresql\nZAMMAD_FQDN=repairs.marshbrook.example\n{K}=" + V + "\n"),
    ("repair_tickets_redmine_configuration_yml", "snake",
     "production:\n  email_delivery:\n    delivery_method: :smtp\n  workshop:\n    {K}: \"" + V + "\"\n"),
    ("club_ops_systemd_unit_environment_line", "upper",
     "[Service]\nExecStart=/opt/lapcounter/bin/lapcounter start\nEnvironment=\"{K}=" + V + "\"\nRestart=on-failure\n"),
    ("club_ops_ansible_inventory_ini", "snake",
     "[layout_pis]\npi-fiddleyard ansible_host=10.0.4.21 {K}='" + V + "'\npi-station ansible_host=10.0.4.22\n"),
    ("club_ops_nomad_job_hcl", "upper",
     "job \"lapcounter\" {\n  group \"timing\" {\n    task \"api\" {\n      env {\n        {K} = \"" + V + "\"\n      }\n    }\n  }\n}\n"),
    ("club_ops_github_actions_workflow_env", "upper",
     "name: deploy-booking\non: [push]\nenv:\n  NODE_VERSION: 20\n  {K}: " + V + "\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"),
    ("club_ops_fish_shell_history", "upper",
     "- cmd: cd ~/src/lapcounter\n  when: 1767301120\n- cmd: set -gx {K} '" + V + "'\n  when: 1767301188\n- cmd: make run\n  when: 1767301203\n"),
    ("club_ops_powershell_profile_ps1", "upper",
     "# Microsoft.PowerShell_profile.ps1 - shop PC\nSet-Location C:\\shop\n$env:{K} = '" + V + "'\n"),
    ("club_discord_dev_channel_paste", "spaced",
     "[19:42] ratchet_dan: the {K} is " + V + " - don't post it in #general pls\n[19:43] railkev: got it, ta\n"),
    ("shop_counter_email_forward", "spaced",
     "---------- Forwarded message ---------\nFrom: Marshbrook Models <shop@marshbrook.example>\nSubject: Re: till PC\n\nHi Jo, as asked - {K}: " + V + "\nCheers, Pat\n"),
    ("committee_trello_card_comment", "spaced",
     "Card: Move booking site to new host\nComment by Sue (treasurer): new {K} = " + V + " - change it after the AGM\n"),
    ("clubhouse_noticeboard_photo_ocr", "title",
     "CLUB LAYOUT PC - READ ME\nDo not switch off the booster\n{K}: " + V + "\nKey for cabinet: ask Ray\n"),
    ("swap_meet_tables_sheet_csv_export", "title",
     "Setting,Value,Updated By\nVenue,Marshbrook Scout Hall,Pat\n{K}," + V + ",Pat\nTables,48,Jo\n"),
]
SPARE_KINDS = [
    ("layout_arduino_mega_secrets_ino", "upper",
     "// secrets.ino - turntable controller\n#define {K} \"" + V + "\"\n"),
]
KIND_NAMES = [k[0] for k in KINDS]


def build(reg):
    vrng = random.Random(SEED_VALUES)
    prng = random.Random(SEED_PAIRING)
    assert len(KINDS) == 45 and len(TYPES) == 12
    plan = []
    for b in range(15):
        perm = list(range(12))
        prng.shuffle(perm)
        for j in range(3):
            kind = KINDS[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                plan.append((kind, TYPES[t]))
    out = []
    for (kname, kstyle, tmpl), (tname, kw, gen, _d) in plan:
        if gen is None:
            val = reg.draw(lambda: password(vrng))
        else:
            val = reg.draw(lambda: gen(vrng))
        key = style_key(kw, kstyle)
        t = tmpl.replace("{K}", key)
        start = t.index(MARK)
        text = t.replace(MARK, val)
        out.append((tname, kname, text, start, val))
    return out
