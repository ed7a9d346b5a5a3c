"""Everyday source: 12 secret types of this world x 45 container kinds, 4 records each."""
import random

from common205 import (MARK, ALNUM, HEX, UHEX, SHOPS, rs, rbytes, b64url_nopad, fletcher16,
                       jwt_hs, owner_password, key, place, record)

SEED = 20501
PAIR_SEED = 20511

# name, key words, description, kind ("owner" or generated)
TYPES = [
    ("counter_scale_admin_password", ["scale", "admin", "password"],
     "owner-chosen admin password of the networked counter scales' back office", "owner"),
    ("label_printer_web_admin_password", ["label", "printer", "admin", "password"],
     "owner-chosen password of the label printer's web admin page", "owner"),
    ("carcass_trace_db_password", ["trace", "db", "password"],
     "owner-chosen password of the database behind cut sheets and carcass traceability", "owner"),
    ("box_scheme_shop_admin_password", ["box", "scheme", "admin", "password"],
     "owner-chosen admin password of the click-and-collect / veg-and-meat box shop", "owner"),
    ("cold_room_logger_portal_password", ["cold", "room", "portal", "password"],
     "owner-chosen password of the cold-room temperature logger portal", "owner"),
    ("wholesale_accounts_portal_password", ["wholesale", "portal", "password"],
     "owner-chosen password of the wholesale customer accounts portal", "owner"),
    ("scale_fleet_sync_token", ["scale", "sync", "token"],
     "PLU and price sync token of the counter-scale fleet: `sfs_` + 32 base62 + 4 lower-case hex of the "
     "real Fletcher-16 of those 32 characters (prefix and checksum invented)", "gen"),
    ("click_collect_webhook_secret", ["collect", "webhook", "secret"],
     "signing secret of the click-and-collect order webhooks: `ccwh_` + base64url of 24 random bytes "
     "(32 characters) (prefix invented)", "gen"),
    ("catch_log_session_jwt", ["catch", "log", "session", "jwt"],
     "session token of the landing-records / catch-log app: HS384 JWT (real base64url JSON, real "
     "HMAC-SHA384 under a discarded key)", "gen"),
    ("provenance_label_hmac_key", ["label", "hmac", "key"],
     "key that signs the QR codes on provenance labels: base64url of 48 random bytes (64 characters, "
     "no prefix)", "gen"),
    ("delivery_round_api_key", ["rounds", "api", "key"],
     "API key of the delivery-round planner: `drk_live_` + 8 lower-case hex key id + `_` + 32 base62 "
     "(layout invented)", "gen"),
    ("cold_room_sensor_aes_key", ["sensor", "aes", "key"],
     "AES-128 key shared by the cold-room sensors and their gateway: 32 upper-case hex (no prefix)", "gen"),
]
TYPE_NAMES = [t[0] for t in TYPES]
OWNER_TYPES = [t[0] for t in TYPES if t[3] == "owner"]


def gen_value(tname, rng):
    if tname in OWNER_TYPES:
        return owner_password(rng)
    if tname == "scale_fleet_sync_token":
        body = rs(rng, ALNUM, 32)
        return f"sfs_{body}{fletcher16(body.encode()):04x}"
    if tname == "click_collect_webhook_secret":
        return "ccwh_" + b64url_nopad(rbytes(rng, 24))
    if tname == "catch_log_session_jwt":
        payload = {"sub": f"skipper-{rng.randint(100, 999)}", "vessel": f"PZ{rng.randint(10, 999)}",
                   "scope": "landings:write", "iat": 1717000000 + rng.randint(0, 9000000)}
        payload["exp"] = payload["iat"] + 43200
        return jwt_hs(rng, payload, "HS384")
    if tname == "provenance_label_hmac_key":
        return b64url_nopad(rbytes(rng, 48))
    if tname == "delivery_round_api_key":
        return f"drk_live_{rs(rng, HEX, 8)}_{rs(rng, ALNUM, 32)}"
    if tname == "cold_room_sensor_aes_key":
        return rs(rng, UHEX, 32)
    raise KeyError(tname)


def neighbours(rng):
    shop = rng.choice(SHOPS)
    return {
        "host": f"{rng.choice(['scales', 'labels', 'trace', 'orders', 'coldroom', 'rounds'])}"
                f"{rng.randint(1, 9):02d}.{shop}.lan",
        "user": rng.choice(["counter", "shopadmin", "trace_app", "labeller", "rounds_bot", "manager"]),
        "port": str(rng.choice([5432, 3306, 8443, 9100, 1883, 8080, 443])),
        "site": f"{shop}-{rng.randint(1, 6)}",
        "level": rng.choice(["info", "warn", "debug"]),
        "shop": shop,
    }


V = MARK


# each container: (name, key style, renderer(k, kw, n) -> template)
def _c(name, style, fn):
    return (name, style, fn)


def _dotenv(k, kw, n, quote=""):
    return (f"{k(['shop','site'])}={n['site']}\n{k(['db','host'])}={n['host']}\n"
            f"{k(kw)}={quote}{V}{quote}\n{k(['log','level'])}={n['level']}\n")


CONTAINERS = [
    _c("scale_sync_django_local_settings_py", "upper", lambda k, kw, n:
       f"# local_settings.py – scale sync, not committed\nDEBUG = False\nALLOWED_HOSTS = ['{n['host']}']\n"
       f"{k(['db','user'])} = '{n['user']}'\n{k(kw)} = '{V}'\n"),
    _c("scale_sync_fastapi_dotenv", "upper", lambda k, kw, n:
       "# .env for the FastAPI scale-sync worker\n" + _dotenv(k, kw, n, '"')),
    _c("label_server_node_dotenv", "upper", lambda k, kw, n:
       f"NODE_ENV=production\nPORT={n['port']}\n{k(['printer','host'])}={n['host']}\n{k(kw)}={V}\n"),
    _c("label_server_nuxt_runtime_config_ts", "camel", lambda k, kw, n:
       f"export default defineNuxtConfig({{\n  runtimeConfig: {{\n    {k(['printer','host'])}: '{n['host']}',\n"
       f"    {k(kw)}: '{V}',\n    public: {{ shopName: '{n['shop']}' }}\n  }}\n}})\n"),
    _c("carcass_trace_spring_application_yml", "kebab", lambda k, kw, n:
       f"spring:\n  datasource:\n    url: jdbc:postgresql://{n['host']}:{n['port']}/trace\n"
       f"trace:\n  {k(['db','user'])}: {n['user']}\n  {k(kw)}: \"{V}\"\n  {k(['batch','size'])}: 200\n"),
    _c("carcass_trace_quarkus_application_properties", "dot", lambda k, kw, n:
       f"quarkus.http.port={n['port']}\n{k(['trace','host'])}={n['host']}\n{k(kw)}={V}\n"
       f"quarkus.log.level={n['level'].upper()}\n"),
    _c("carcass_trace_dotnet_user_secrets_json", "pascal", lambda k, kw, n:
       f"{{\n  \"Trace:{k(['db','host'])}\": \"{n['host']}\",\n  \"Trace:{k(kw)}\": \"{V}\",\n"
       f"  \"Trace:{k(['site','code'])}\": \"{n['site']}\"\n}}\n"),
    _c("cut_sheet_laravel_config_services_php", "snake", lambda k, kw, n:
       f"<?php\n\nreturn [\n    'cutsheet' => [\n        '{k(['host'])}' => '{n['host']}',\n"
       f"        '{k(kw)}' => '{V}',\n        '{k(['user'])}' => '{n['user']}',\n    ],\n];\n"),
    _c("cut_sheet_symfony_env_local", "upper", lambda k, kw, n:
       f"###> cut-sheet bundle ###\nAPP_ENV=prod\n{k(['trace','host'])}={n['host']}\n{k(kw)}='{V}'\n###< cut-sheet bundle ###\n"),
    _c("catch_records_rails_database_yml", "snake", lambda k, kw, n:
       f"production:\n  adapter: postgresql\n  host: {n['host']}\n  username: {n['user']}\n"
       f"  {k(kw)}: '{V}'\n  pool: 5\n"),
    _c("catch_records_phoenix_runtime_exs", "snake", lambda k, kw, n:
       f"import Config\n\nconfig :catch_records, CatchRecords.Landings,\n  host: \"{n['host']}\",\n"
       f"  {k(kw)}: \"{V}\",\n  pool_size: 10\n"),
    _c("landing_app_flutter_dart_define_json", "upper", lambda k, kw, n:
       f"{{\n  \"{k(['api','host'])}\": \"https://{n['host']}\",\n  \"{k(kw)}\": \"{V}\",\n"
       f"  \"{k(['flavor'])}\": \"prod\"\n}}\n"),
    _c("landing_app_expo_app_config_js", "camel", lambda k, kw, n:
       f"export default {{\n  name: 'Landings',\n  extra: {{\n    {k(['api','host'])}: 'https://{n['host']}',\n"
       f"    {k(kw)}: '{V}',\n  }},\n}};\n"),
    _c("click_collect_nextjs_env_local", "upper", lambda k, kw, n:
       f"NEXT_PUBLIC_SHOP_NAME={n['shop']}\n{k(['orders','host'])}={n['host']}\n{k(kw)}={V}\n"),
    _c("click_collect_remix_fly_toml", "upper", lambda k, kw, n:
       f"app = \"{n['shop']}-collect\"\nprimary_region = \"lhr\"\n\n[env]\n  {k(['orders','host'])} = \"{n['host']}\"\n"
       f"  {k(kw)} = \"{V}\"\n"),
    _c("box_scheme_wp_config_php", "upper", lambda k, kw, n:
       f"<?php\ndefine( 'DB_HOST', '{n['host']}' );\ndefine( '{k(kw)}', '{V}' );\n"
       f"define( 'WP_DEBUG', false );\n"),
    _c("box_scheme_woocommerce_docker_env_file", "upper", lambda k, kw, n:
       f"# docker --env-file box-scheme.env\nWORDPRESS_DB_HOST={n['host']}\n{k(kw)}={V}\nTZ=Europe/London\n"),
    _c("cold_room_home_assistant_secrets_yaml", "snake", lambda k, kw, n:
       f"# secrets.yaml (Home Assistant)\ncold_room_host: {n['host']}\n{k(kw)}: \"{V}\"\nlatitude_shop: 52.48\n"),
    _c("cold_room_telegraf_conf", "snake", lambda k, kw, n:
       f"[[inputs.mqtt_consumer]]\n  servers = [\"tcp://{n['host']}:1883\"]\n  topics = [\"coldroom/+/temp\"]\n"
       f"  {k(kw)} = \"{V}\"\n"),
    _c("cold_room_mosquitto_bridge_conf", "snake", lambda k, kw, n:
       f"connection coldroom-bridge\naddress {n['host']}:8883\ntopic coldroom/# out 1\n# {k(kw)}\n"
       f"remote_clientid gw-{n['site']}\n{k(kw)} {V}\n"),
    _c("cold_room_esp32_arduino_secrets_h", "upper", lambda k, kw, n:
       f"// arduino_secrets.h – cold-room sensor node\n#define SECRET_SSID \"{n['shop']}-backroom\"\n"
       f"#define {k(kw)} \"{V}\"\n#define GATEWAY_HOST \"{n['host']}\"\n"),
    _c("allergen_labels_go_config_yaml", "snake", lambda k, kw, n:
       f"listen: \":{n['port']}\"\nlabels:\n  printer_host: {n['host']}\n  {k(kw)}: {V}\n  template_dir: ./zpl\n"),
    _c("allergen_labels_rust_consts_rs", "upper", lambda k, kw, n:
       f"// generated, do not edit\npub const PRINTER_HOST: &str = \"{n['host']}\";\n"
       f"pub const {k(kw)}: &str = \"{V}\";\n"),
    _c("game_orders_netlify_toml", "upper", lambda k, kw, n:
       f"[build]\n  command = \"npm run build\"\n[context.production.environment]\n"
       f"  {k(['orders','host'])} = \"{n['host']}\"\n  {k(kw)} = \"{V}\"\n"),
    _c("hamper_shop_shopify_app_toml", "snake", lambda k, kw, n:
       f"name = \"hamper-builder\"\napplication_url = \"https://{n['host']}\"\n\n[build]\n"
       f"{k(kw)} = \"{V}\"\n"),
    _c("wholesale_portal_odoo_server_conf", "snake", lambda k, kw, n:
       f"[options]\ndb_host = {n['host']}\ndb_user = {n['user']}\n{k(kw)} = {V}\nworkers = 2\n"),
    _c("wholesale_portal_sage_connector_ini", "pascal", lambda k, kw, n:
       f"[Connector]\n{k(['host'])}={n['host']}\n{k(['user'])}={n['user']}\n{k(kw)}={V}\n"),
    _c("delivery_rounds_gradle_build_config", "upper", lambda k, kw, n:
       f"android {{\n  defaultConfig {{\n    buildConfigField \"String\", \"API_HOST\", '\"{n['host']}\"'\n"
       f"    buildConfigField \"String\", \"{k(kw)}\", '\"{V}\"'\n  }}\n}}\n"),
    _c("delivery_rounds_android_strings_xml", "snake", lambda k, kw, n:
       f"<resources>\n    <string name=\"app_name\">Rounds</string>\n    <string name=\"{k(kw)}\">{V}</string>\n"
       f"    <string name=\"api_host\">{n['host']}</string>\n</resources>\n"),
    _c("delivery_rounds_ios_info_plist", "pascal", lambda k, kw, n:
       f"<dict>\n  <key>ApiHost</key>\n  <string>{n['host']}</string>\n  <key>{k(kw)}</key>\n"
       f"  <string>{V}</string>\n</dict>\n"),
    _c("shop_ops_terraform_variables_tf", "snake", lambda k, kw, n:
       f"variable \"{k(kw)}\" {{\n  type      = string\n  sensitive = true\n  default   = \"{V}\"\n}}\n"),
    _c("shop_ops_ansible_host_vars_yml", "snake", lambda k, kw, n:
       f"---\nansible_host: {n['host']}\nansible_user: {n['user']}\n{k(kw)}: \"{V}\"\n"),
    _c("shop_ops_github_actions_workflow_env", "upper", lambda k, kw, n:
       f"jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      {k(['target','host'])}: {n['host']}\n"
       f"      {k(kw)}: {V}\n    steps:\n      - run: ./deploy.sh\n"),
    _c("shop_ops_bitbucket_pipelines_yml", "upper", lambda k, kw, n:
       f"pipelines:\n  branches:\n    main:\n      - step:\n          script:\n"
       f"            - export {k(kw)}={V}\n            - ./sync.sh {n['host']}\n"),
    _c("shop_ops_systemd_environment_file", "upper", lambda k, kw, n:
       f"# /etc/{n['shop']}/sync.env (EnvironmentFile=)\n{k(['target','host'])}={n['host']}\n{k(kw)}={V}\n"),
    _c("shop_ops_fish_shell_history", "upper", lambda k, kw, n:
       f"- cmd: cd ~/src/{n['shop']}\n  when: 1718001122\n- cmd: set -gx {k(kw)} {V}\n  when: 1718001160\n"
       f"- cmd: ./sync --host {n['host']}\n  when: 1718001171\n"),
    _c("shop_ops_powershell_profile_ps1", "upper", lambda k, kw, n:
       f"# Microsoft.PowerShell_profile.ps1 on the back-office PC\n$env:TARGET_HOST = '{n['host']}'\n"
       f"$env:{k(kw)} = '{V}'\nSet-Location C:\\Shop\n"),
    _c("shop_ops_docker_run_history", "upper", lambda k, kw, n:
       f"  512  docker pull ghcr.io/{n['shop']}/sync:latest\n  513  docker run -d --name sync "
       f"-e TARGET_HOST={n['host']} -e {k(kw)}={V} ghcr.io/{n['shop']}/sync:latest\n"),
    _c("shop_ops_k8s_configmap_yaml", "upper", lambda k, kw, n:
       f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sync-config\ndata:\n"
       f"  TARGET_HOST: {n['host']}\n  {k(kw)}: \"{V}\"\n"),
    _c("shop_ops_supervisord_program_conf", "upper", lambda k, kw, n:
       f"[program:labelsync]\ncommand=/opt/labelsync/run\nenvironment=TARGET_HOST=\"{n['host']}\","
       f"{k(kw)}=\"{V}\"\nautorestart=true\n"),
    _c("butcher_owner_signal_chat_export", "spaced", lambda k, kw, n:
       f"[14/06/2024, 06:12] Dave (owner): morning, scales are playing up again\n"
       f"[14/06/2024, 06:13] Dave (owner): {k(kw)} is {V} if you need to get in\n"
       f"[14/06/2024, 06:15] Priya: cheers, on it\n"),
    _c("fish_counter_teams_chat_paste", "spaced", lambda k, kw, n:
       f"Tom Hale 07:41\nlanding sheet app logged me out again\nKirsty M 07:43\n"
       f"use this for now, {k(kw)}: {V}\nTom Hale 07:44\nthanks, in\n"),
    _c("farm_shop_freshdesk_ticket_reply", "spaced", lambda k, kw, n:
       f"Hi Jo,\n\nThanks for raising this. I've reset it on {n['host']} – the {k(kw)} is now {V}\n"
       f"Let me know if the box orders still don't sync.\n\nCheers, Sam (IT)\n"),
    _c("cold_room_clipboard_photo_ocr", "title", lambda k, kw, n:
       f"COLD ROOM 2 - DAILY CHECKS\nAM 2.1C  PM 3.4C  signed: RB\n{k(kw)}: {V}\n"
       f"Host: {n['host']}\n"),
    _c("wholesale_accounts_excel_csv_export", "title", lambda k, kw, n:
       f"Setting,Value,Owner\nHost,{n['host']},IT\n{k(kw)},{V},IT\nSite,{n['site']},Shop\n"),
]
SPARE_CONTAINERS = ["game_season_notion_page_export"]
CONTAINER_NAMES = [c[0] for c in CONTAINERS]
STYLES = {c[0]: c[1] for c in CONTAINERS}


def pairing():
    """15 blocks of three kinds; each block deals a seeded permutation of the 12 types, 4 per kind."""
    rng = random.Random(PAIR_SEED)
    assign = {}
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            assign[CONTAINER_NAMES[3 * b + j]] = perm[4 * j:4 * j + 4]
    return assign


def generate(reg, next_id):
    rng = random.Random(SEED)
    tmap = {t[0]: t for t in TYPES}
    out = []
    assign = pairing()
    for cname, style, fn in CONTAINERS:
        for tname in assign[cname]:
            kw = tmap[tname][1]
            value = reg.draw(lambda: gen_value(tname, rng))
            n = neighbours(rng)
            tpl = fn(lambda w: key(w, style), kw, n)
            text, s, e = place(tpl, value)
            out.append(record(next_id(), tname, cname, text, s, e, value, "everyday"))
    return out
