"""Everyday source: 12 secret types of the piano / organ / repair world x 45 container kinds x 4."""
import base64
import random

import common228 as C

# ------------------------------------------------------------------ check-digit helpers
DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
]


def damm_digit(digits):
    i = 0
    for ch in digits:
        i = DAMM[i][int(ch)]
    return str(i)


def crc16_ccitt_false(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


# ------------------------------------------------------------------ the 12 types
def g_pts(rng):
    tech = C.rs(rng, C.DIGITS, 12)
    return "pts_" + tech + damm_digit(tech) + "_" + C.rs(rng, C.ALNUM, 24)


def g_orl(rng):
    body = C.rs(rng, C.HEX, 28)
    return "orl_" + body + "%04x" % crc16_ccitt_false(body.encode())


def g_fernet(rng):
    return base64.urlsafe_b64encode(C.rbytes(rng, 32)).decode()


def g_skb(rng):
    return C.rs(rng, C.HEX, 128)


def g_totp(rng):
    return base64.b32encode(C.rbytes(rng, 20)).decode()


def g_jwt(rng):
    hdr = {"alg": "HS384", "typ": "JWT"}
    pl = {"iss": "tuneapp.brambleypianos.example", "sub": "svc-route-sync", "aud": "tuning-api",
          "iat": 1760000000 + rng.randint(0, 9000000), "scope": rng.choice(["jobs:rw", "routes:r", "invoices:r jobs:r"])}
    return C.jwt(rng, hdr, pl)


TYPES = [
    # name, description, key words, generator ('pw' = owner-chosen)
    ("tuning_round_scheduler_password", "owner-chosen password of the tuner's round scheduler (visits, reminders, mileage)", ["scheduler", "password"], "pw"),
    ("piano_service_history_db_password", "owner-chosen password of the piano service-history database (serials, pitch, repairs)", ["service", "db", "password"], "pw"),
    ("organ_workshop_inventory_password", "owner-chosen password of the organ workshop inventory (pipes, leather, felts, magnets)", ["inventory", "password"], "pw"),
    ("repair_counter_pos_password", "owner-chosen password of the instrument-repair counter till / POS", ["pos", "password"], "pw"),
    ("player_piano_controller_password", "owner-chosen admin password of a player-piano / silent-system controller", ["player", "admin", "password"], "pw"),
    ("organ_relay_console_password", "owner-chosen password of a pipe-organ solid-state relay / combination-action web console", ["relay", "console", "password"], "pw"),
    ("tuning_sync_damm_token", "`pts_` + 12-digit technician number + its real Damm check digit + `_` + 24 base62; token of the tuning-records sync (layout invented)", ["tuning", "sync", "token"], g_pts),
    ("organ_relay_crc16_api_key", "`orl_` + 28 lower-case hex + 4 lower-case hex of the real CRC-16/CCITT-FALSE of those 28 ASCII characters; API key of the organ relay bridge (layout invented)", ["relay", "api", "key"], g_orl),
    ("repair_shop_fernet_key", "Fernet key: URL-safe Base64 (with `=`) of 32 random bytes; encrypts customer notes in the repair-shop app", ["fernet", "key"], g_fernet),
    ("service_portal_secret_key_base", "Rails `secret_key_base` form: 128 lower-case hex; signs cookies of the piano-service customer portal", ["secret", "key", "base"], g_skb),
    ("workshop_admin_totp_seed", "TOTP shared secret: RFC 4648 Base32 of 20 random bytes (32 characters); 2FA seed of the workshop admin account", ["totp", "seed"], g_totp),
    ("tuning_app_hs384_jwt", "real HS384 JWT (base64url JSON, HMAC-SHA384 under a discarded key); service token of the tuning app", ["tuning", "app", "jwt"], g_jwt),
]
TYPE_NAMES = [t[0] for t in TYPES]
PASSWORD_TYPES = [t[0] for t in TYPES if t[3] == "pw"]

HOSTS = ["tune.brambleypianos.example", "db.brambleypianos.example", "relay.stcuthbert-organ.example",
         "shop.fretandbow.example", "10.20.4.17", "player.lan", "workshop.lan"]


def H(rng):
    return rng.choice(HOSTS)


# container kinds: name, style, template (uses {k}, {v}, {h}, {u})
KINDS = [
    ("tuning_scheduler_rails_credentials_show", "snake", "$ bin/rails credentials:show\nscheduler:\n  host: {h}\n  {k}: {v}\nmailer:\n  from: rounds@brambleypianos.example\n"),
    ("tuning_scheduler_phoenix_runtime_exs", "snake", "import Config\n\nconfig :tune_rounds, TuneRounds.Repo,\n  hostname: \"{h}\",\n  username: \"{u}\",\n  {k}: \"{v}\",\n  pool_size: 10\n"),
    ("tuning_scheduler_laravel_env_file", "upper", "APP_NAME=TuneRounds\nAPP_ENV=production\nDB_HOST={h}\nDB_USERNAME={u}\n{k}={v}\nQUEUE_CONNECTION=redis\n"),
    ("tuning_scheduler_symfony_env_local_php", "upper", "<?php\n\nreturn array (\n  'APP_ENV' => 'prod',\n  'SCHEDULER_HOST' => '{h}',\n  '{k}' => '{v}',\n);\n"),
    ("piano_history_fastapi_settings_py", "snake", "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    db_host: str = \"{h}\"\n    db_user: str = \"{u}\"\n    {k}: str = \"{v}\"\n\n\nsettings = Settings()\n"),
    ("piano_history_alembic_ini", "snake", "[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql+psycopg://{u}@{h}/pianos\n{k} = {v}\n\n[loggers]\nkeys = root\n"),
    ("piano_history_micronaut_application_yml", "kebab", "micronaut:\n  application:\n    name: piano-history\ndatasources:\n  default:\n    url: jdbc:postgresql://{h}:5432/pianos\n    username: {u}\n    {k}: \"{v}\"\n"),
    ("piano_history_ktor_application_conf", "camel", "ktor {{\n    deployment {{ port = 8080 }}\n}}\npianoHistory {{\n    host = \"{h}\"\n    user = \"{u}\"\n    {k} = \"{v}\"\n}}\n"),
    ("piano_history_go_viper_config_yaml", "snake", "server:\n  listen: \":8443\"\nstore:\n  host: {h}\n  user: {u}\n  {k}: '{v}'\n"),
    ("organ_workshop_odoo_conf", "snake", "[options]\naddons_path = /opt/odoo/addons,/opt/organ_addons\ndb_host = {h}\ndb_user = {u}\n{k} = {v}\nhttp_port = 8069\n"),
    ("organ_workshop_erpnext_site_config_json", "snake", "{{\n \"db_name\": \"organ_ws\",\n \"db_host\": \"{h}\",\n \"{k}\": \"{v}\",\n \"encryption_key_rotated\": false\n}}\n"),
    ("organ_workshop_directus_env", "upper", "PUBLIC_URL=https://stock.stcuthbert-organ.example\nDB_CLIENT=pg\nDB_HOST={h}\nDB_USER={u}\n{k}=\"{v}\"\n"),
    ("organ_workshop_payload_config_ts", "camel", "import {{ buildConfig }} from 'payload'\n\nexport default buildConfig({{\n  serverURL: 'https://{h}',\n  {k}: '{v}',\n  collections: [Pipes, Leathers, Magnets],\n}})\n"),
    ("repair_counter_electron_store_json", "camel", "{{\n  \"windowBounds\": {{ \"width\": 1280, \"height\": 800 }},\n  \"till\": {{\n    \"server\": \"{h}\",\n    \"{k}\": \"{v}\"\n  }}\n}}\n"),
    ("repair_counter_qsettings_ini", "pascal", "[General]\nLastShop=Fret & Bow Repairs\n\n[Till]\nServer={h}\nOperator={u}\n{k}={v}\n"),
    ("repair_counter_dotnet_app_config", "pascal", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"TillServer\" value=\"{h}\" />\n    <add key=\"{k}\" value=\"{v}\" />\n  </appSettings>\n</configuration>\n"),
    ("repair_counter_jdbc_properties", "dot", "jdbc.driver=org.postgresql.Driver\njdbc.url=jdbc:postgresql://{h}/till\njdbc.user={u}\nrepair.{k}={v}\n"),
    ("player_piano_esphome_secrets_yaml", "snake", "# secrets.yaml for the silent-system bridge\nwifi_ssid: \"Showroom-IoT\"\n{k}: \"{v}\"\nota_host: {h}\n"),
    ("player_piano_node_red_settings_js", "camel", "module.exports = {{\n    uiPort: process.env.PORT || 1880,\n    flowFile: 'player-flows.json',\n    {k}: \"{v}\",\n    logging: {{ console: {{ level: \"info\" }} }}\n}}\n"),
    ("player_piano_platformio_ini", "upper", "[env:esp32dev]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n  -D PLAYER_HOST=\\\"{h}\\\"\n  -D {k}=\\\"{v}\\\"\n"),
    ("player_piano_zephyr_prj_conf", "upper", "CONFIG_NETWORKING=y\nCONFIG_NET_IPV4=y\nCONFIG_PLAYER_HOST=\"{h}\"\nCONFIG_{k}=\"{v}\"\n"),
    ("organ_relay_yocto_local_conf", "upper", "MACHINE ?= \"raspberrypi4-64\"\nDISTRO ?= \"poky\"\nRELAY_HOST = \"{h}\"\n{k} = \"{v}\"\nIMAGE_INSTALL:append = \" relayd\"\n"),
    ("organ_relay_openwrt_uci_config", "snake", "config relayd 'main'\n\toption enabled '1'\n\toption host '{h}'\n\toption {k} '{v}'\n"),
    ("organ_relay_nodemcu_config_lua", "snake", "local cfg = {{}}\ncfg.host = \"{h}\"\ncfg.{k} = \"{v}\"\ncfg.port = 8266\nreturn cfg\n"),
    ("tuning_ops_nomad_job_hcl", "upper", "job \"tune-rounds\" {{\n  group \"web\" {{\n    task \"app\" {{\n      driver = \"docker\"\n      env {{\n        DB_HOST = \"{h}\"\n        {k} = \"{v}\"\n      }}\n    }}\n  }}\n}}\n"),
    ("tuning_ops_kustomize_secret_env", "upper", "# kustomization secretGenerator envs file\nDB_HOST={h}\n{k}={v}\n"),
    ("tuning_ops_pulumi_stack_yaml", "camel", "config:\n  tune-rounds:dbHost: {h}\n  tune-rounds:{k}: {v}\n  aws:region: eu-west-2\n"),
    ("tuning_ops_fly_toml_env", "upper", "app = \"tune-rounds\"\nprimary_region = \"lhr\"\n\n[env]\n  DB_HOST = \"{h}\"\n  {k} = \"{v}\"\n"),
    ("tuning_ops_render_yaml_envvars", "upper", "services:\n  - type: web\n    name: tune-rounds\n    envVars:\n      - key: DB_HOST\n        value: {h}\n      - key: {k}\n        value: \"{v}\"\n"),
    ("tuning_ops_bitbucket_pipelines_yml", "upper", "pipelines:\n  default:\n    - step:\n        name: deploy\n        script:\n          - export {k}='{v}'\n          - ./deploy.sh {h}\n"),
    ("tuning_ops_circleci_config_yml", "upper", "version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/python:3.12\n    environment:\n      DB_HOST: {h}\n      {k}: \"{v}\"\n    steps: [checkout]\n"),
    ("tuning_ops_drone_yml", "upper", "kind: pipeline\nname: default\nsteps:\n  - name: migrate\n    image: tune-rounds:latest\n    environment:\n      DB_HOST: {h}\n      {k}: \"{v}\"\n"),
    ("tuning_ops_justfile_exports", "upper", "set dotenv-load := false\n\nexport DB_HOST := \"{h}\"\nexport {k} := \"{v}\"\n\ndeploy:\n    ./deploy.sh\n"),
    ("tuning_ops_fish_history", "upper", "- cmd: cd ~/src/tune-rounds\n  when: 1761043200\n- cmd: set -gx {k} '{v}'\n  when: 1761043262\n- cmd: just deploy\n  when: 1761043301\n"),
    ("tuning_ops_powershell_history", "upper", "cd C:\\src\\organ-relay\n$env:RELAY_HOST = '{h}'\n$env:{k} = '{v}'\ndotnet run --project Relay.Bridge\n"),
    ("tuning_ops_direnv_envrc", "upper", "layout python3\nexport DB_HOST={h}\nexport {k}='{v}'\n"),
    ("piano_tuner_whatsapp_chat_export", "spaced", "[14/10/2025, 08:12:40] Tom Ashdown: morning, van 2 is at the school today\n[14/10/2025, 08:13:05] Tom Ashdown: {k} is {v} if you need it\n[14/10/2025, 08:13:41] Priya: ta\n"),
    ("organ_builder_email_thread_quote", "spaced", "Hi Martin,\n\nthe relay is back on the network. For the record the {k} is {v} - change it once you're on site.\n\n> On Tue, Gwen wrote:\n> can you send me the login for the loft?\n"),
    ("repair_shop_trello_card_comment", "spaced", "Card: Till migration (Fret & Bow)\nComment by jo.walsh:\nmoved to the new server {h}, {k} {v} - please don't put this in the description\n"),
    ("tuner_notion_page_export_md", "spaced", "# Van handbook\n\n## Systems\n\n- scheduler: https://tune.brambleypianos.example\n- {k}: {v}\n- printer: HP in the office\n"),
    ("workshop_sticky_note_photo_ocr", "title", "IMG_4471.jpg (OCR)\n--------------------\nWORKSHOP\n{k}\n{v}\ndo not remove!\n"),
    ("tuning_log_excel_csv_export", "title", "Date,Client,Instrument,Pitch,{k},Notes\n2025-10-03,St Mary's School,Yamaha U3,A440,{v},pins tight\n"),
    ("repair_shop_zendesk_ticket_reply", "spaced", "Ticket #8812 - Till locked out\nInternal note (Jo W.):\nreset done. New {k}: {v}\nCustomer-facing reply sent separately.\n"),
    ("piano_history_insomnia_environment_json", "camel", "{{\n  \"_type\": \"environment\",\n  \"name\": \"production\",\n  \"data\": {{\n    \"baseUrl\": \"https://{h}\",\n    \"{k}\": \"{v}\"\n  }}\n}}\n"),
    ("piano_history_bruno_env_file", "camel", "vars {{\n  baseUrl: https://{h}\n}}\nvars:secret [\n  {k}\n]\n# local override\n{k}: {v}\n"),
]
SPARE_KINDS = ["tuning_ops_gitea_actions_env"]
USERS = ["tuner", "ptg_admin", "organ_ws", "till_app", "relay", "hist_rw"]


def build(registry):
    rng = random.Random(C.SEEDS["everyday_values"])
    prng = random.Random(C.SEEDS["everyday_pairing"])
    assign = []  # (kind_index, type_name)
    for block in range(15):
        perm = list(TYPE_NAMES)
        prng.shuffle(perm)
        for j in range(3):
            ki = block * 3 + j
            for t in perm[j * 4:(j + 1) * 4]:
                assign.append((ki, t))
    tinfo = {t[0]: t for t in TYPES}
    out = []
    for ki, tname in assign:
        kind, style, tpl = KINDS[ki]
        _, _, words, gen = tinfo[tname]
        key = C.style_key(words, style)

        def fn():
            return C.password(rng) if gen == "pw" else gen(rng)

        while True:
            v = fn()
            # values must live unescaped: no quote / backslash / brace / $ / % / & / < / # problems
            if any(ch in v for ch in "'\"\\{}$%&<#"):
                continue
            if registry.add(v):
                break
        text = tpl.format(k=key, v=v, h=H(rng), u=rng.choice(USERS))
        out.append((tname, kind, text, v))
    return out
