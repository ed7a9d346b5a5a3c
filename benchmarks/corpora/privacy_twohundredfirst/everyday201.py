"""Everyday source: 12 secret types of the board-game cafe / tabletop store / LAN-party world
x 45 container kinds, 4 records per kind (180)."""
import random

from common201 import (ALNUM, BASE62, DIGITS, HEXL, b64, b64url_nopad, crc32_hex, fill, jwt_hmac,
                       keyname, owner_password, positive, rbytes, rstr, uuid4, words_of)

SEED = 20101
PAIR_SEED = 20111

# (type, description, shape for README)
TYPES = [
    ("game_library_admin_password", "owner-chosen admin password of the board-game library and table-reservation back office", "owner-chosen"),
    ("tcg_singles_db_password", "owner-chosen password of the database behind trading-card singles inventory and buylist pricing", "owner-chosen"),
    ("lan_seat_switch_admin_password", "owner-chosen admin password of the managed switch that hands out LAN-party seats", "owner-chosen"),
    ("cafe_till_manager_password", "owner-chosen manager-override password of the cafe till", "owner-chosen"),
    ("organised_play_portal_password", "owner-chosen password of the store's organised-play (tournament) portal account", "owner-chosen"),
    ("paint_commission_nas_password", "owner-chosen password of the NAS that keeps miniature-painting commission photos", "owner-chosen"),
    ("table_booking_webhook_secret", "signing secret of the table-reservation webhooks", "`tbw_` + base64url of 32 random bytes (43 characters) (prefix invented)"),
    ("buylist_pricing_api_token", "API token of the buylist pricing service", "`bpx_` + 32 base62 + 8 lower-case hex of the real CRC-32 of those 32 characters (prefix and checksum invented)"),
    ("organised_play_session_jwt", "session token of the tournament pairings app", "HS512 JWT (real base64url JSON, real HMAC-SHA512 under a discarded key)"),
    ("loyalty_stamp_hmac_key", "key that signs the loyalty-stamp QR codes", "standard Base64 of 32 random bytes (44 characters)"),
    ("lan_wifi_raw_psk", "raw 256-bit WPA2 pre-shared key of the LAN-party Wi-Fi", "64 lower-case hex"),
    ("game_server_panel_api_key", "API key of the self-hosted game-server panel", "`gsp_` + 8 lower-case hex key id + `.` + 40 base62 (layout invented)"),
]
PASSWORD_TYPES = [t[0] for t in TYPES[:6]]


def gen_value(rng, typ):
    if typ in PASSWORD_TYPES:
        return owner_password(rng)
    if typ == "table_booking_webhook_secret":
        return "tbw_" + b64url_nopad(rbytes(rng, 32))
    if typ == "buylist_pricing_api_token":
        body = rstr(rng, BASE62, 32)
        return "bpx_" + body + crc32_hex(body)
    if typ == "organised_play_session_jwt":
        iat = 1760000000 + rng.randint(0, 9000000)
        payload = {"sub": "player-%d" % rng.randint(100000, 999999),
                   "eid": "ev-%d" % rng.randint(1000, 9999), "role": rng.choice(["to", "judge", "player"]),
                   "iat": iat, "exp": iat + 6 * 3600}
        return jwt_hmac(rng, "HS512", payload)
    if typ == "loyalty_stamp_hmac_key":
        return b64(rbytes(rng, 32))
    if typ == "lan_wifi_raw_psk":
        return rstr(rng, HEXL, 64)
    if typ == "game_server_panel_api_key":
        return "gsp_" + rstr(rng, HEXL, 8) + "." + rstr(rng, BASE62, 40)
    raise KeyError(typ)


SHOPS = [("meeplehall", "Meeple Hall"), ("critboxcafe", "Crit Box Cafe"), ("hexandpint", "Hex and Pint"),
         ("rollandrest", "Roll and Rest"), ("tabletopden", "Tabletop Den"), ("pawnshack", "Pawn Shack"),
         ("fraglan", "FragLAN"), ("dicetavern", "Dice Tavern")]
PEOPLE = ["Aisha", "Bram", "Carys", "Dev", "Elif", "Finn", "Gosia", "Hamid", "Ines", "Jonno", "Kasia", "Luca",
          "Maren", "Nnamdi", "Orla", "Priya", "Quinn", "Rafe", "Sunniva", "Tomek"]


def ctx(rng):
    shop, shopt = rng.choice(SHOPS)
    p1, p2 = rng.sample(PEOPLE, 2)
    return dict(shop=shop, shopt=shopt, person=p1, person2=p2,
                host="db%d.%s.lan" % (rng.randint(1, 9), shop), user=rng.choice(["op_admin", "till", "library", "lanops", "singles"]),
                port=rng.choice([3000, 5000, 8080, 8443, 9000]), num=rng.randint(11, 97), pct=rng.randint(30, 65),
                ver="1.%d.%d" % (rng.randint(0, 9), rng.randint(0, 20)), ssid=rng.choice(["FragLAN-Seats", "MeepleGuest", "HexStaff", "TableTop-5G"]),
                date="2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28)), mm="%02d" % rng.randint(0, 59), ss="%02d" % rng.randint(0, 59),
                ts1=rng.randint(10000000, 19999999), hex4="%04x" % rng.randint(0, 65535),
                sheet=rstr(rng, ALNUM + "-_", 44), slot=rng.randint(1, 40))


# (kind, key style, template). {K} is the key in the kind's own style; {Kupper}/{Kpascal} other spellings.
KINDS = [
    ("booking_api_astro_env_production", "upper",
     "# .env.production - booking API (Astro SSR)\nPUBLIC_SITE_URL=https://book.{shop}.example\nDATABASE_HOST={host}\nDATABASE_USER={user}\n{K}={V}\nPUBLIC_TIMEZONE=Europe/London\n"),
    ("booking_api_nestjs_configuration_ts", "camel",
     "// src/config/configuration.ts\nexport default () => ({{\n  port: parseInt(process.env.PORT ?? '{port}', 10),\n  reservations: {{\n    host: '{host}',\n    {K}: '{V}',\n    maxPartySize: 8,\n  }},\n}});\n"),
    ("table_reservations_laravel_env_file", "upper",
     "APP_NAME=\"{shopt} Tables\"\nAPP_ENV=production\nDB_CONNECTION=mysql\nDB_HOST={host}\nDB_USERNAME={user}\n{K}=\"{V}\"\nQUEUE_CONNECTION=redis\n"),
    ("table_reservations_rails_credentials_decrypted_view", "snake",
     "# bin/rails credentials:edit (decrypted view, pasted for review)\nreservations:\n  host: {host}\n  {K}: {V}\n  walk_in_buffer_minutes: 15\n"),
    ("game_library_django_local_settings_py", "upper",
     "# game_library/local_settings.py\nDEBUG = False\nALLOWED_HOSTS = [\"library.{shop}.lan\"]\nLIBRARY_SHELF_COUNT = {num}\n{K} = \"{V}\"\n"),
    ("game_library_flask_instance_config_py", "upper",
     "# instance/config.py - loaded by app.config.from_pyfile\nSQLALCHEMY_DATABASE_URI = \"postgresql://{user}@{host}/library\"\nLOAN_PERIOD_DAYS = 14\n{K} = '{V}'\n"),
    ("tcg_singles_spring_boot_application_properties", "dot",
     "spring.application.name=tcg-singles\nspring.datasource.url=jdbc:postgresql://{host}:5432/singles\nspring.datasource.username={user}\n{K}={V}\nsingles.buylist.refresh-cron=0 */15 * * * *\n"),
    ("tcg_singles_go_envconfig_struct_tags", "upper",
     "type Config struct {{\n\tDBHost string `envconfig:\"DB_HOST\" default:\"{host}\"`\n\t{Kpascal} string `envconfig:\"{K}\" default:\"{V}\"`\n\tBulkFile string `envconfig:\"BULK_FILE\" default:\"default_cards.json\"`\n}}\n"),
    ("buylist_pricing_worker_dev_vars", "upper",
     "# .dev.vars (wrangler dev) - buylist pricing worker\nPRICE_FLOOR_CENTS=25\n{K}=\"{V}\"\nMARKET_REGION=EU\n"),
    ("buylist_pricing_rust_settings_toml", "snake",
     "[server]\nbind = \"0.0.0.0:{port}\"\n\n[pricing]\nmargin_percent = {pct}\n{K} = \"{V}\"\n"),
    ("pairings_engine_elixir_runtime_exs", "snake",
     "import Config\n\nconfig :pairings, Pairings.Repo,\n  hostname: \"{host}\",\n  username: \"{user}\"\n\nconfig :pairings, {K}: \"{V}\"\n"),
    ("pairings_engine_ktor_application_conf", "camel",
     "ktor {{\n  deployment {{ port = {port} }}\n}}\npairings {{\n  swissRounds = 5\n  {K} = \"{V}\"\n}}\n"),
    ("pairings_engine_dotnet_appsettings_production_json", "pascal",
     "{{\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Warning\" }} }},\n  \"Pairings\": {{\n    \"Host\": \"{host}\",\n    \"{K}\": \"{V}\"\n  }}\n}}\n"),
    ("tournament_bot_discordpy_config_json", "snake",
     "{{\n  \"guild_name\": \"{shopt} Organised Play\",\n  \"announce_channel\": \"pairings\",\n  \"{K}\": \"{V}\",\n  \"prefix\": \"!\"\n}}\n"),
    ("tournament_bot_deno_env_ts", "camel",
     "// env.ts\nexport const env = {{\n  guild: \"{shop}-op\",\n  {K}: \"{V}\",\n  roundMinutes: 50,\n}} as const;\n"),
    ("miniature_commissions_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'commissions' );\ndefine( 'DB_USER', '{user}' );\ndefine( '{K}', '{V}' );\ndefine( 'WP_DEBUG', false );\n"),
    ("miniature_commissions_strapi_plugins_js", "camel",
     "// config/plugins.js (Strapi)\nmodule.exports = ({{ env }}) => ({{\n  upload: {{ config: {{ provider: 'local' }} }},\n  commissions: {{\n    {K}: env('{Kupper}', '{V}'),\n  }},\n}});\n"),
    ("miniature_commissions_directus_config_yaml", "upper",
     "# directus config.yaml\nPORT: {port}\nPUBLIC_URL: \"https://paint.{shop}.example\"\nDB_CLIENT: \"pg\"\n{K}: \"{V}\"\n"),
    ("lan_server_pterodactyl_egg_json", "upper",
     "{{\n  \"name\": \"LAN CS2 egg\",\n  \"variables\": [\n    {{ \"name\": \"Map\", \"env_variable\": \"MAP\", \"default_value\": \"de_inferno\" }},\n    {{ \"name\": \"Panel\", \"env_variable\": \"{K}\", \"default_value\": \"{V}\" }}\n  ]\n}}\n"),
    ("lan_server_compose_override_yml", "upper",
     "services:\n  gameserver:\n    image: registry.{shop}.lan/lan/gameserver:{ver}\n    environment:\n      - TICKRATE=128\n      - {K}={V}\n"),
    ("lan_server_sourcemod_cvars_cfg", "snake",
     "// cfg/sourcemod/lan.cfg\nhostname \"{shopt} LAN #{num}\"\nsv_lan 1\nsm_cvar {K} \"{V}\"\n"),
    ("lan_server_paper_plugin_config_yml", "kebab",
     "# plugins/LanSeats/config.yml\nserver-name: {shopt} LAN\n{K}: '{V}'\nmax-players: 64\n"),
    ("lan_seat_esphome_secrets_yaml", "snake",
     "# secrets.yaml (ESPHome seat-occupancy sensors)\nwifi_ssid: \"{ssid}\"\n{K}: \"{V}\"\nota_port: 3232\n"),
    ("lan_seat_routeros_script_rsc", "camel",
     "# seat-vlan.rsc (RouterOS)\n/interface vlan add name=seats-{num} vlan-id={num} interface=bridge\n:global {K} \"{V}\"\n"),
    ("loyalty_app_react_native_config_env", "upper",
     "# .env.production (react-native-config)\nAPI_URL=https://loyalty.{shop}.example/api\nSTAMPS_PER_REWARD=10\n{K}={V}\n"),
    ("loyalty_app_ios_release_xcconfig", "upper",
     "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.{shop}.stamps\nSTAMP_API_HOST = loyalty.{shop}.example\n{K} = {V}\n"),
    ("loyalty_app_android_local_properties", "dot",
     "## local.properties - do not commit\nsdk.dir=/home/{user}/Android/Sdk\n{K}={V}\n"),
    ("convention_badges_angular_environment_prod_ts", "camel",
     "export const environment = {{\n  production: true,\n  badgeApi: 'https://badges.{shop}.example',\n  {K}: '{V}',\n}};\n"),
    ("convention_badges_cakephp_app_local_php", "snake",
     "<?php\nreturn [\n    'Datasources' => ['default' => ['host' => '{host}', 'username' => '{user}']],\n    'Badges' => [\n        '{K}' => '{V}',\n    ],\n];\n"),
    ("demo_loans_apps_script_properties_js", "camel",
     "function setupDemoLoanProps() {{\n  const props = PropertiesService.getScriptProperties();\n  props.setProperty('sheetId', '{sheet}');\n  props.setProperty('{K}', '{V}');\n}}\n"),
    ("demo_loans_node_red_settings_js", "camel",
     "module.exports = {{\n  uiPort: process.env.PORT || 1880,\n  functionGlobalContext: {{\n    {K}: \"{V}\",\n    demoShelf: \"B{num}\"\n  }},\n}};\n"),
    ("pos_till_windows_registry_export", "pascal",
     "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\{shopt}\\TillPOS]\n\"StoreId\"=dword:0000{hex4}\n\"{K}\"=\"{V}\"\n"),
    ("pos_till_delphi_settings_ini", "pascal",
     "[Till]\nTerminal=T{num}\nPrinter=EPSON TM-T20III\n{K}={V}\n"),
    ("cafe_ops_terraform_tfvars_json", "snake",
     "{{\n  \"region\": \"eu-west-2\",\n  \"shop_slug\": \"{shop}\",\n  \"{K}\": \"{V}\"\n}}\n"),
    ("cafe_ops_ansible_tills_group_vars_yml", "snake",
     "---\n# group_vars/tills.yml  (TODO: move into vault)\ntill_timezone: Europe/London\n{K}: \"{V}\"\n"),
    ("cafe_ops_gitlab_ci_variables_yml", "upper",
     "variables:\n  DOCKER_DRIVER: overlay2\n  {K}: \"{V}\"\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n"),
    ("cafe_ops_circleci_job_environment_yml", "upper",
     "version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/python:3.12\n    environment:\n      {K}: {V}\n    steps: [checkout]\n"),
    ("cafe_ops_justfile_exports", "upper",
     "set dotenv-load := false\nexport {K} := \"{V}\"\n\ndeploy:\n    ./scripts/deploy.sh\n"),
    ("cafe_ops_zsh_extended_history", "upper",
     ": 17{ts1}:0;cd ~/src/{shop}-booking\n: 17{ts1}:3;export {K}='{V}'\n: 17{ts1}:9;npm run dev\n"),
    ("cafe_ops_kubectl_from_literal_history", "upper",
     "$ kubectl -n cafe create secret generic booking-env --from-literal={K}='{V}' --dry-run=client -o yaml > secret.yaml\n$ kubectl apply -f secret.yaml\n"),
    ("store_owner_whatsapp_chat_export", "spaced",
     "[{date}, 21:14:07] {person}: new {K} is {V}\n[{date}, 21:14:31] {person2}: got it, thanks\n"),
    ("lan_crew_discord_channel_paste", "spaced",
     "{person} - Today at 18:42\nok for tonight's LAN: {K} -> {V}\n{person2} - Today at 18:43\ncheers, setting up the seats now\n"),
    ("back_office_whiteboard_photo_ocr", "title",
     "BACK OFFICE - DO NOT WIPE\nWifi: {ssid}\n{K}: {V}\nDeliveries Tue/Fri\n"),
    ("buylist_google_sheet_csv_export", "title",
     "Setting,Value,Owner\nStore,{shopt},{person}\n{K},{V},{person}\nMargin,{pct}%,{person}\n"),
    ("organised_play_jira_ticket_comment", "spaced",
     "OP-{num} Pairings sync failing after update\nComment by {person}: reproduced locally with {K} = {V} - please rotate after the fix.\n"),
    ("tcg_singles_json_log_line", "camel",
     "{{\"ts\":\"{date}T10:{mm}:{ss}Z\",\"level\":\"debug\",\"msg\":\"loaded settings\",\"{K}\":\"{V}\",\"svc\":\"singles-sync\"}}\n"),
]
SPARE_KINDS = []  # all kinds written are used; 46 listed, first 45 used
USED_KINDS = KINDS[:45]
UNUSED_KINDS = KINDS[45:]


def pairing():
    rng = random.Random(PAIR_SEED)
    types = [t[0] for t in TYPES]
    assign = []
    for b in range(15):
        perm = types[:]
        rng.shuffle(perm)
        for i in range(3):
            kind = USED_KINDS[b * 3 + i]
            assign.append((kind, perm[i * 4:i * 4 + 4]))
    return assign


def generate(reg, start_index=1):
    rng = random.Random(SEED)
    recs = []
    idx = start_index
    for (kind, style, tmpl), types in pairing():
        for typ in types:
            value = reg.draw(gen_value, rng, typ)
            c = ctx(rng)
            w = words_of(typ)
            text, s, e = fill(tmpl, value, K=keyname(w, style), Kupper=keyname(w, "upper"),
                              Kpascal=keyname(w, "pascal"), **c)
            recs.append(positive("%s-s-%04d" % ("p201", idx), typ, kind, text, s, e, "everyday"))
            idx += 1
    return recs
