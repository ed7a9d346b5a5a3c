"""Everyday source of p233: 12 bakery secret types x 45 container kinds, 4 records per kind."""
import base64
import random

import common233 as C

SEED_VALUES = 23301
SEED_PAIRING = 23311

HOSTS = ["bakehouse.crumbandcrust.example", "orders.sugarloaf-patisserie.example",
         "ops.oakridge-bakehouse.example", "api.pipingbag-cakes.example", "10.20.4.17", "192.168.50.9"]

# (type, kind of value, key words, description)
TYPES = [
    ("bakehouse_production_planner_password", "pw", ["planner", "db", "password"],
     "owner-chosen password of the bakehouse production planner (dough schedules, batch sheets, mixer slots)"),
    ("cake_order_portal_admin_password", "pw", ["cake", "portal", "admin", "password"],
     "owner-chosen admin password of the celebration-cake order portal (tiers, flavours, pickup slots)"),
    ("bakery_till_manager_password", "pw", ["till", "manager", "password"],
     "owner-chosen manager password of the bakery shop till / POS (refunds, Z reports)"),
    ("deck_oven_controller_password", "pw", ["oven", "hmi", "password"],
     "owner-chosen password of the deck-oven / rack-oven HMI (bake programmes, steam settings)"),
    ("cold_room_monitor_password", "pw", ["cold", "room", "monitor", "password"],
     "owner-chosen password of the retarder / cold-room temperature monitor"),
    ("wholesale_order_portal_password", "pw", ["wholesale", "portal", "password"],
     "owner-chosen password of the wholesale order portal used by cafés buying bread"),
    ("order_webhook_damm_key", "damm", ["order", "webhook", "key"],
     "`bko_` + 10-digit shop number + its real Damm check digit + `_` + 26 base62; signs cake-order webhooks (layout invented)"),
    ("delivery_route_crc16_token", "crc16", ["delivery", "api", "token"],
     "`rte_` + 28 base62 + 4 upper-case hex of the real CRC-16/CCITT-FALSE of those 28 characters; token of the van-delivery route API (layout invented)"),
    ("bakery_erp_rails_secret_key_base", "rails", ["secret", "key", "base"],
     "Rails `secret_key_base`: 128 lower-case hex (64 random bytes); signs cookies of the bakery ERP"),
    ("cake_portal_laravel_app_key", "laravel", ["app", "key"],
     "Laravel `APP_KEY`: `base64:` + standard Base64 of 32 random bytes; encrypts sessions of the cake portal"),
    ("recipe_vault_fernet_key", "fernet", ["recipe", "vault", "fernet", "key"],
     "Python Fernet key: URL-safe Base64 of 32 random bytes (44 characters with `=`); encrypts the recipe vault"),
    ("kitchen_display_hs384_jwt", "jwt", ["kitchen", "display", "jwt"],
     "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 under a discarded key); bearer token of the kitchen display screens"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_INFO = {t[0]: t for t in TYPES}


def gen_value(kind, rng):
    if kind == "pw":
        return C.owner_password(rng)
    if kind == "damm":
        shop = str(rng.randint(1, 9)) + C.rstr(rng, C.DIGITS, 9)
        return "bko_" + shop + C.damm_digit(shop) + "_" + C.rstr(rng, C.ALNUM, 26)
    if kind == "crc16":
        body = C.rstr(rng, C.ALNUM, 28)
        return "rte_" + body + "%04X" % C.crc16_ccitt_false(body.encode())
    if kind == "rails":
        return C.rbytes(rng, 64).hex()
    if kind == "laravel":
        return "base64:" + base64.b64encode(C.rbytes(rng, 32)).decode()
    if kind == "fernet":
        return base64.urlsafe_b64encode(C.rbytes(rng, 32)).decode()
    if kind == "jwt":
        payload = {"sub": "kds-%02d" % rng.randint(1, 12), "station": rng.choice(["ovens", "decorating", "packing", "front"]),
                   "iat": 1735689600 + rng.randint(0, 9000000), "scope": "tickets:read"}
        return C.jwt(rng, "HS384", payload)
    raise ValueError(kind)


def check_value(typ, v):
    import re
    kind = TYPE_INFO[typ][1]
    if kind == "pw":
        return bool(C.PW_RE_WIDE.match(v))
    if kind == "damm":
        m = re.fullmatch(r"bko_([1-9][0-9]{10})_[0-9A-Za-z]{26}", v)
        return bool(m) and C.damm_ok(m.group(1))
    if kind == "crc16":
        m = re.fullmatch(r"rte_([0-9A-Za-z]{28})([0-9A-F]{4})", v)
        return bool(m) and int(m.group(2), 16) == C.crc16_ccitt_false(m.group(1).encode())
    if kind == "rails":
        return bool(re.fullmatch(r"[0-9a-f]{128}", v))
    if kind == "laravel":
        if not v.startswith("base64:"):
            return False
        try:
            return len(base64.b64decode(v[7:], validate=True)) == 32
        except Exception:
            return False
    if kind == "fernet":
        try:
            return len(v) == 44 and len(base64.urlsafe_b64decode(v)) == 32
        except Exception:
            return False
    if kind == "jwt":
        return C.jwt_valid(v) and v.startswith("eyJhbGciOiJIUzM4NCI")
    return False


M = C.MARK


def _h(rng):
    return rng.choice(HOSTS)


# Each container: (name, style, renderer(K, rng) -> template with MARK)
def _r(name, style, fn):
    return (name, style, fn)


CONTAINERS = [
    _r("bakery_erp_rails_credentials_yml", "snake", lambda K, r:
       "# bin/rails credentials:edit (decrypted view, config/credentials/production.yml.enc)\n"
       "aws:\n  region: eu-west-2\n" + K + ": " + M + "\nactive_storage_service: amazon\n"),
    _r("bakery_erp_laravel_dotenv", "upper", lambda K, r:
       "APP_NAME=\"Oakridge Bakehouse\"\nAPP_ENV=production\n" + K + "=" + M + "\nDB_HOST=" + _h(r) + "\nQUEUE_CONNECTION=redis\n"),
    _r("bakery_erp_symfony_env_local", "upper", lambda K, r:
       "###> symfony/framework-bundle ###\nAPP_ENV=prod\n" + K + "=" + M + "\n###< symfony/framework-bundle ###\nMESSENGER_TRANSPORT_DSN=doctrine://default\n"),
    _r("cake_portal_woocommerce_wp_config_php", "upper", lambda K, r:
       "<?php\ndefine( 'DB_NAME', 'cakeshop' );\ndefine( 'DB_HOST', '" + _h(r) + "' );\ndefine( '" + K + "', '" + M + "' );\n$table_prefix = 'wp_';\n"),
    _r("cake_portal_nuxt_runtime_config_ts", "camel", lambda K, r:
       "export default defineNuxtConfig({\n  runtimeConfig: {\n    " + K + ": '" + M + "',\n    public: { shopName: 'Sugarloaf Patisserie' }\n  }\n})\n"),
    _r("cake_portal_fastapi_settings_py", "snake", lambda K, r:
       "class Settings(BaseSettings):\n    app_name: str = \"cake-orders\"\n    " + K + ": str = \"" + M + "\"\n    pickup_slots_per_hour: int = 6\n"),
    _r("cake_portal_phoenix_runtime_exs", "snake", lambda K, r:
       "import Config\n\nconfig :cake_portal, CakePortal.Orders,\n  " + K + ": \"" + M + "\",\n  max_tiers: 5\n"),
    _r("cake_portal_vercel_env_pull_file", "upper", lambda K, r:
       "# Created by Vercel CLI\nVERCEL=\"1\"\nVERCEL_ENV=\"production\"\n" + K + "=\"" + M + "\"\nNEXT_PUBLIC_SHOP_TZ=\"Europe/London\"\n"),
    _r("bakery_pos_flutter_dart_define_json", "upper", lambda K, r:
       "{\n  \"SHOP_ID\": \"shop-07\",\n  \"" + K + "\": \"" + M + "\",\n  \"RECEIPT_FOOTER\": \"Thank you - see you tomorrow!\"\n}\n"),
    _r("bakery_pos_electron_store_json", "camel", lambda K, r:
       "{\n  \"windowBounds\": {\"width\": 1280, \"height\": 800},\n  \"" + K + "\": \"" + M + "\",\n  \"lastZReport\": \"2025-03-14\"\n}\n"),
    _r("bakery_pos_app_config_xml", "pascal", lambda K, r:
       "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"TillNumber\" value=\"2\" />\n"
       "    <add key=\"" + K + "\" value=\"" + M + "\" />\n  </appSettings>\n</configuration>\n"),
    _r("bakery_pos_till_settings_ini", "pascal", lambda K, r:
       "[Till]\nName=Front counter\nPrinter=EPSON TM-T88VI\n\n[Back office]\n" + K + "=" + M + "\nSyncMinutes=15\n"),
    _r("bakery_pos_android_local_properties", "dot", lambda K, r:
       "## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/home/dev/Android/Sdk\nbakery." + K + "=" + M + "\n"),
    _r("deck_oven_codesys_gvl", "pascal", lambda K, r:
       "VAR_GLOBAL CONSTANT\n    iDeckCount : INT := 4;\n    s" + K + " : STRING(120) := '" + M + "';\nEND_VAR\n"),
    _r("deck_oven_node_red_flow_cred_json", "camel", lambda K, r:
       "{\n  \"7f3c1e.9a2b\": {\n    \"user\": \"ovenline\",\n    \"" + K + "\": \"" + M + "\"\n  }\n}\n"),
    _r("deck_oven_esphome_secrets_yaml", "snake", lambda K, r:
       "# secrets.yaml for the proofer / oven ESPHome nodes\nwifi_ssid: \"Bakehouse-IoT\"\n" + K + ": \"" + M + "\"\nota_port: 3232\n"),
    _r("proofer_modbus_gateway_conf", "snake", lambda K, r:
       "[gateway]\nserial_port = /dev/ttyUSB0\nbaudrate = 19200\n[upstream]\nhost = " + _h(r) + "\n" + K + " = " + M + "\n"),
    _r("cold_room_home_assistant_secrets_yaml", "snake", lambda K, r:
       "# Home Assistant secrets for the walk-in retarder\nlatitude_bakehouse: 51.4545\n" + K + ": " + M + "\n"),
    _r("cold_room_zigbee2mqtt_configuration_yaml", "snake", lambda K, r:
       "homeassistant: true\nmqtt:\n  base_topic: coldroom\n  server: mqtt://" + _h(r) + "\n  " + K + ": '" + M + "'\nserial:\n  port: /dev/ttyACM0\n"),
    _r("cold_room_vector_toml", "snake", lambda K, r:
       "[sinks.coldroom_http]\ntype = \"http\"\ninputs = [\"probes\"]\nuri = \"https://" + _h(r) + "/ingest\"\n" + K + " = \"" + M + "\"\n"),
    _r("bakery_ops_ansible_vars_yml", "snake", lambda K, r:
       "---\nbakery_site: oakridge\nnginx_worker_processes: 2\n" + K + ": \"" + M + "\"\n"),
    _r("bakery_ops_terraform_tfvars", "snake", lambda K, r:
       "region        = \"eu-west-2\"\ninstance_type = \"t3.small\"\n" + K + " = \"" + M + "\"\n"),
    _r("bakery_ops_pulumi_stack_yaml", "camel", lambda K, r:
       "config:\n  aws:region: eu-west-2\n  bakery:" + K + ": " + M + "\n  bakery:ovenCount: \"4\"\n"),
    _r("bakery_ops_nomad_job_hcl", "upper", lambda K, r:
       "job \"cake-portal\" {\n  group \"web\" {\n    task \"app\" {\n      env {\n        " + K + " = \"" + M + "\"\n        PORT = \"8080\"\n      }\n    }\n  }\n}\n"),
    _r("bakery_ops_k8s_configmap_yaml", "upper", lambda K, r:
       "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bakery-erp-env\ndata:\n  RAILS_ENV: production\n  " + K + ": \"" + M + "\"\n"),
    _r("bakery_ops_compose_yml_environment_list", "upper", lambda K, r:
       "services:\n  erp:\n    image: registry.crumbandcrust.example/erp:2025.03\n    environment:\n      - TZ=Europe/London\n      - " + K + "=" + M + "\n"),
    _r("bakery_ops_systemd_environment_file", "upper", lambda K, r:
       "# /etc/bakery/planner.env (EnvironmentFile= of planner.service)\nPLANNER_PORT=8040\n" + K + "=" + M + "\n"),
    _r("bakery_ops_bash_history", "upper", lambda K, r:
       "  501  cd /srv/bakery\n  502  export " + K + "='" + M + "'\n  503  ./bin/nightly-dough-plan --dry-run\n"),
    _r("bakery_ops_fish_history", "upper", lambda K, r:
       "- cmd: set -gx " + K + " '" + M + "'\n  when: 1741939200\n- cmd: make deploy\n  when: 1741939260\n"),
    _r("bakery_ops_powershell_profile_ps1", "upper", lambda K, r:
       "# Microsoft.PowerShell_profile.ps1 on the office PC\n$env:" + K + " = '" + M + "'\nSet-Location C:\\Bakery\\Orders\n"),
    _r("bakery_ops_circleci_config_yml", "upper", lambda K, r:
       "version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/ruby:3.3\n    environment:\n      " + K + ": " + M + "\n    steps:\n      - checkout\n"),
    _r("bakery_ops_bitbucket_pipelines_yml", "upper", lambda K, r:
       "pipelines:\n  default:\n    - step:\n        script:\n          - export " + K + "=" + M + "\n          - npm ci && npm test\n"),
    _r("bakery_ops_azure_pipelines_yml", "camel", lambda K, r:
       "trigger:\n- main\nvariables:\n  buildConfiguration: Release\n  " + K + ": '" + M + "'\npool:\n  vmImage: ubuntu-latest\n"),
    _r("bakery_ops_buildkite_pipeline_yml", "upper", lambda K, r:
       "env:\n  " + K + ": \"" + M + "\"\nsteps:\n  - label: \":bread: test\"\n    command: bin/test\n"),
    _r("bakery_ops_apache_setenv_vhost", "upper", lambda K, r:
       "<VirtualHost *:443>\n  ServerName " + _h(r) + "\n  SetEnv " + K + " " + M + "\n  DocumentRoot /var/www/cakes/public\n</VirtualHost>\n"),
    _r("bakery_ops_pm2_ecosystem_config_js", "upper", lambda K, r:
       "module.exports = {\n  apps: [{\n    name: 'kds-server',\n    script: 'server.js',\n    env_production: { NODE_ENV: 'production', " + K + ": '" + M + "' }\n  }]\n};\n"),
    _r("bakery_app_spring_application_yaml", "kebab", lambda K, r:
       "spring:\n  application:\n    name: wholesale-orders\nbakery:\n  " + K + ": " + M + "\n  bake-day-cutoff: \"14:00\"\n"),
    _r("bakery_app_dotnet_appsettings_development_json", "pascal", lambda K, r:
       "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"Bakery\": {\n    \"" + K + "\": \"" + M + "\"\n  }\n}\n"),
    _r("bakery_app_rust_config_toml", "snake", lambda K, r:
       "[server]\nbind = \"0.0.0.0:8088\"\n\n[bakery]\n" + K + " = \"" + M + "\"\nloaves_per_rack = 18\n"),
    _r("bakery_app_jupyter_notebook_cell", "snake", lambda K, r:
       "{\n \"cell_type\": \"code\",\n \"source\": [\n  \"import pandas as pd\\n\",\n  \"" + K + " = '" + M + "'\\n\",\n  \"sales = pd.read_csv('weekly_sales.csv')\"\n ]\n}\n"),
    _r("bakery_app_postman_environment_json", "camel", lambda K, r:
       "{\n  \"name\": \"bakery-prod\",\n  \"values\": [\n    {\"key\": \"baseUrl\", \"value\": \"https://" + _h(r) + "\", \"enabled\": true},\n"
       "    {\"key\": \"" + K + "\", \"value\": \"" + M + "\", \"enabled\": true}\n  ]\n}\n"),
    _r("bakery_team_whatsapp_chat_export", "spaced", lambda K, r:
       "14/03/2025, 05:12 - Maja: ovens 1 and 3 are on, 2 still needs the descale\n14/03/2025, 05:14 - Tom: for the record, " + K + ": " + M + "\n"
       "14/03/2025, 05:15 - Maja: ok 👍\n"),
    _r("bakery_team_trello_card_comment", "spaced", lambda K, r:
       "Card: Move cake orders to the new portal\nComment by Priya (Mar 14): migrated the last 40 orders. " + K + " is " + M + " until we rotate it on Monday.\n"),
    _r("bakery_order_sheet_csv_export", "title", lambda K, r:
       "Order No,Customer,Item,Qty,Notes\n4471,Café Lumen,Sourdough 800g,12,\n4472,IT setup,\"" + K + "\",1," + M + "\n"),
    _r("bakery_recipe_binder_photo_ocr", "title", lambda K, r:
       "[OCR page 14 — laminated recipe binder]\nCroissant dough: 1000 g flour, 20 g salt, 120 g sugar\n" + K + ": " + M + "\n(do not share — M.)\n"),
]
SPARE_CONTAINER = "bakery_team_email_forward"


def pairing():
    """15 blocks of 3 kinds; each block deals a seeded permutation of the 12 types, 4 per kind."""
    rng = random.Random(SEED_PAIRING)
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            out.append((CONTAINERS[b * 3 + j], perm[j * 4:(j + 1) * 4]))
    return out


def generate(reg):
    rng = random.Random(SEED_VALUES)
    recs = []
    for (cname, style, fn), types in pairing():
        for typ in types:
            info = TYPE_INFO[typ]
            K = C.key_name(info[2], style)
            value = reg.draw(lambda: gen_value(info[1], rng))
            text, s, e = C.place(fn(K, rng), value)
            recs.append({"type": typ, "container": cname, "text": text,
                         "secrets": [{"value": value, "start": s, "end": e, "type": typ}], "source": "everyday"})
    return recs
