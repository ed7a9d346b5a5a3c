"""Everyday source: 12 secret types x 45 container kinds of the chocolatier's software."""
import base64
import random

from common245 import (ALNUM, DIGITS, HEX, LALNUM, adler32_hex, damm_digit, fill, jwt_hs, key,
                       password, rs)

SEED_VALUES = 24501
SEED_PAIRING = 24511

# type -> (key words, description, kind)
TYPES = [
    ("tempering_machine_hmi_service_password", ["tempering", "hmi", "password"],
     "owner-chosen service password of the tempering machine's touch-screen HMI", "pw"),
    ("chocolaterie_pos_supervisor_password", ["pos", "supervisor", "password"],
     "owner-chosen supervisor password of the shop's point of sale (voids, refunds, end of day)", "pw"),
    ("cold_store_humidity_logger_password", ["cold", "store", "logger", "password"],
     "owner-chosen password of the cold-store temperature / humidity logger gateway", "pw"),
    ("ganache_costing_db_password", ["costing", "db", "password"],
     "owner-chosen password of the ganache and praline recipe-costing database", "pw"),
    ("praline_webshop_admin_password", ["webshop", "admin", "password"],
     "owner-chosen admin password of the praline web shop", "pw"),
    ("gift_box_packing_station_password", ["packing", "station", "password"],
     "owner-chosen password of the gift-box packing-station PC (label printer, scales)", "pw"),
    ("couverture_stock_damm_key", ["stock", "sync", "key"],
     "`cvs_` + 10-digit warehouse number + its real Damm check digit + `_` + 20 base62; key of the couverture stock-sync API (layout invented)", "gen"),
    ("tempering_cloud_adler32_token", ["temper", "cloud", "token"],
     "`tqc-` + 32 lower-case alphanumerics + `-` + 8 lower-case hex of the real Adler-32 of those 32 characters; token of the tempering-machine cloud (layout invented)", "gen"),
    ("webshop_laravel_app_key", ["app", "key"],
     "Laravel `APP_KEY`: `base64:` + standard Base64 of exactly 32 random bytes; encrypts the web shop's cookies and sessions", "gen"),
    ("bonbon_shop_fernet_key", ["fernet", "key"],
     "Fernet key: URL-safe Base64 of exactly 32 random bytes (44 characters with `=`); encrypts customer gift messages", "gen"),
    ("atelier_rails_secret_key_base", ["secret", "key", "base"],
     "Rails `secret_key_base`: 128 lower-case hex (64 random bytes); signs the atelier booking app's cookies", "gen"),
    ("wholesale_portal_hs384_jwt", ["wholesale", "jwt"],
     "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 under a discarded key); bearer token of the wholesale-order portal API", "gen"),
]
TYPE_NAMES = [t[0] for t in TYPES]

USERS = ["amelie", "bastien", "chloe.v", "dario", "elif", "femke", "gaspard", "hana", "ines", "jules",
         "kasia", "lotte", "mathis", "noor", "oscar", "pia"]
HOSTS = ["temper01.cacaoatelier.internal", "pos.maison-praline.example", "cold.cacaoatelier.internal",
         "db.bonbonbox.example", "shop.maison-praline.example", "pack02.cacaoatelier.internal",
         "10.20.4.17", "192.168.30.5", "wholesale.bonbonbox.example"]

# (container kind, key style, template). @@K@@ = key in style, @@V@@ = value, @@U@@ user, @@H@@ host
CONTAINERS = [
    ("tempering_machine_codesys_gvl", "pascal",
     "{attribute 'qualified_only'}\nVAR_GLOBAL CONSTANT\n    sHmiHost : STRING := '@@H@@';\n    s@@K@@ : STRING(80) := '@@V@@';\n    iTemperTargetC : INT := 31;\nEND_VAR\n"),
    ("enrober_line_opcua_server_xml", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<OpcUaServer Name=\"Enrober2\">\n  <Endpoint Url=\"opc.tcp://@@H@@:4840\" SecurityPolicy=\"Basic256Sha256\"/>\n  <UserToken Name=\"@@U@@\">\n    <@@K@@>@@V@@</@@K@@>\n  </UserToken>\n</OpcUaServer>\n"),
    ("cold_store_humidity_logger_ini", "snake",
     "; cold store CS-2 logger bridge\n[logger]\nhost = @@H@@\ninterval_s = 60\nrh_alarm = 65\n\n[auth]\nuser = @@U@@\n@@K@@ = @@V@@\n"),
    ("atelier_home_assistant_secrets_yaml", "snake",
     "# secrets.yaml (atelier Home Assistant)\nwifi_ssid: Atelier-Back\nmqtt_user: @@U@@\n@@K@@: \"@@V@@\"\nlatitude_home: 50.8466\n"),
    ("conche_mqtt_bridge_toml", "snake",
     "[mqtt]\nbroker = \"mqtts://@@H@@:8883\"\nclient_id = \"conche-3\"\nusername = \"@@U@@\"\n@@K@@ = \"@@V@@\"\n\n[topics]\nrpm = \"atelier/conche3/rpm\"\n"),
    ("atelier_vector_pipeline_toml", "snake",
     "[sources.tempering_logs]\ntype = \"file\"\ninclude = [\"/var/log/temper/*.log\"]\n\n[sinks.loki]\ntype = \"loki\"\nendpoint = \"https://@@H@@\"\nauth.strategy = \"basic\"\nauth.user = \"@@U@@\"\nauth.@@K@@ = \"@@V@@\"\n"),
    ("recipe_costing_flyway_conf", "dot",
     "flyway.url=jdbc:postgresql://@@H@@:5432/costing\nflyway.user=@@U@@\n@@K@@=@@V@@\nflyway.locations=filesystem:sql/ganache\n"),
    ("mould_library_airtable_sync_cfg", "camel",
     "{\n  \"base\": \"moulds-and-transfer-sheets\",\n  \"table\": \"Moulds\",\n  \"owner\": \"@@U@@\",\n  \"@@K@@\": \"@@V@@\",\n  \"pageSize\": 100\n}\n"),
    ("webshop_laravel_env", "upper",
     "APP_NAME=\"Maison Praline\"\nAPP_ENV=production\nAPP_URL=https://shop.maison-praline.example\nDB_HOST=@@H@@\nDB_USERNAME=@@U@@\n@@K@@=@@V@@\nMAIL_MAILER=smtp\n"),
    ("webshop_symfony_env_local", "upper",
     "###> symfony/framework-bundle ###\nAPP_ENV=prod\n@@K@@='@@V@@'\n###< symfony/framework-bundle ###\nDATABASE_URL=\"postgresql://@@U@@@@@H@@:5432/shop?serverVersion=16\"\n"),
    ("webshop_sylius_parameters_yaml", "snake",
     "parameters:\n    locale: fr_BE\n    sylius_shop_host: '@@H@@'\n    @@K@@: '@@V@@'\n    sylius_mailer_sender: '@@U@@@maison-praline.example'\n"),
    ("webshop_prestashop_parameters_php", "snake",
     "<?php return array (\n  'parameters' => \n  array (\n    'database_host' => '@@H@@',\n    'database_user' => '@@U@@',\n    '@@K@@' => '@@V@@',\n    'ps_caching' => 'CacheMemcache',\n  ),\n);\n"),
    ("webshop_rails_credentials_yml", "snake",
     "# rails credentials:edit (decrypted view)\nshop:\n  admin_email: @@U@@@maison-praline.example\n  @@K@@: @@V@@\nactive_storage:\n  service: local\n"),
    ("webshop_spring_application_yml", "kebab",
     "spring:\n  application:\n    name: praline-orders\nchocolaterie:\n  upstream: https://@@H@@\n  @@K@@: \"@@V@@\"\nserver:\n  port: 8081\n"),
    ("webshop_aspnet_appsettings_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"Chocolaterie\": {\n    \"Host\": \"@@H@@\",\n    \"User\": \"@@U@@\",\n    \"@@K@@\": \"@@V@@\"\n  },\n  \"AllowedHosts\": \"*\"\n}\n"),
    ("webshop_gatsby_config_js", "camel",
     "module.exports = {\n  siteMetadata: { title: `Bonbon Box`, siteUrl: `https://shop.bonbonbox.example` },\n  plugins: [\n    {\n      resolve: `gatsby-source-chocolaterie`,\n      options: { user: `@@U@@`, @@K@@: `@@V@@` },\n    },\n  ],\n};\n"),
    ("webshop_axum_config_toml", "snake",
     "[server]\nbind = \"0.0.0.0:8080\"\n\n[shop]\nupstream = \"https://@@H@@\"\noperator = \"@@U@@\"\n@@K@@ = '@@V@@'\n"),
    ("webshop_flask_instance_config_py", "upper",
     "# instance/config.py - not in git (hopefully)\nSERVER_NAME = \"@@H@@\"\nSHOP_OPERATOR = \"@@U@@\"\n@@K@@ = \"@@V@@\"\nSESSION_COOKIE_SECURE = True\n"),
    ("webshop_pydantic_settings_py", "snake",
     "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    shop_host: str = \"@@H@@\"\n    operator: str = \"@@U@@\"\n    @@K@@: str = \"@@V@@\"\n\n\nsettings = Settings()\n"),
    ("shop_pos_windows_ini", "pascal",
     "[Terminal]\nStoreNo=0042\nTill=2\nServer=@@H@@\n\n[Security]\nOperator=@@U@@\n@@K@@=@@V@@\nAutoLockMinutes=5\n"),
    ("shop_pos_electron_store_json", "camel",
     "{\n  \"window\": { \"width\": 1280, \"height\": 800 },\n  \"printer\": \"EPSON TM-m30III\",\n  \"operator\": \"@@U@@\",\n  \"@@K@@\": \"@@V@@\",\n  \"drawerKick\": true\n}\n"),
    ("shop_scale_bridge_dotnet_app_config", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"ScalePort\" value=\"COM3\" />\n    <add key=\"ServerHost\" value=\"@@H@@\" />\n    <add key=\"@@K@@\" value=\"@@V@@\" />\n  </appSettings>\n</configuration>\n"),
    ("shop_kiosk_dart_define_json", "upper",
     "{\n  \"SHOP_API_BASE\": \"https://@@H@@/api\",\n  \"KIOSK_ID\": \"kiosk-hall-1\",\n  \"@@K@@\": \"@@V@@\"\n}\n"),
    ("shop_loyalty_android_local_properties", "dot",
     "sdk.dir=/Users/@@U@@/Library/Android/sdk\nloyalty.api.host=@@H@@\n@@K@@=@@V@@\n"),
    ("shop_loyalty_ios_info_plist", "pascal",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n\t<key>CFBundleDisplayName</key>\n\t<string>Bonbon Club</string>\n\t<key>@@K@@</key>\n\t<string>@@V@@</string>\n</dict>\n</plist>\n"),
    ("shop_signage_systemd_unit", "upper",
     "[Unit]\nDescription=Window display signage (Easter range)\n\n[Service]\nUser=@@U@@\nEnvironment=SIGNAGE_HOST=@@H@@\nEnvironment=@@K@@=@@V@@\nExecStart=/opt/signage/bin/run\n"),
    ("wholesale_odoo_server_conf", "snake",
     "[options]\naddons_path = /opt/odoo/addons,/opt/chocolaterie/addons\ndb_host = @@H@@\ndb_user = @@U@@\n@@K@@ = @@V@@\nworkers = 4\n"),
    ("wholesale_n8n_credentials_json", "camel",
     "[\n  {\n    \"name\": \"Wholesale portal\",\n    \"type\": \"httpHeaderAuth\",\n    \"data\": { \"user\": \"@@U@@\", \"@@K@@\": \"@@V@@\" }\n  }\n]\n"),
    ("wholesale_dbt_profiles_yml", "snake",
     "chocolaterie:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: @@H@@\n      user: @@U@@\n      @@K@@: \"@@V@@\"\n      dbname: costing\n      schema: marts\n"),
    ("wholesale_as2_partner_xml", "camel",
     "<partnership name=\"grossiste-to-atelier\">\n  <sender name=\"grossiste\"/>\n  <receiver name=\"atelier\"/>\n  <attribute name=\"as2_url\" value=\"https://@@H@@/as2\"/>\n  <attribute name=\"@@K@@\" value=\"@@V@@\"/>\n</partnership>\n"),
    ("courier_cold_chain_sam_template_yaml", "upper",
     "Resources:\n  ColdChainNotifier:\n    Type: AWS::Serverless::Function\n    Properties:\n      Runtime: python3.12\n      Handler: app.handler\n      Environment:\n        Variables:\n          ATELIER_HOST: @@H@@\n          @@K@@: \"@@V@@\"\n"),
    ("ops_docker_compose_environment", "upper",
     "services:\n  shop:\n    image: ghcr.io/maison-praline/shop:2024.11\n    environment:\n      - SHOP_HOST=@@H@@\n      - @@K@@=@@V@@\n    restart: unless-stopped\n"),
    ("ops_k8s_configmap_by_mistake", "upper",
     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: praline-shop-config\n  namespace: shop\ndata:\n  SHOP_HOST: \"@@H@@\"\n  @@K@@: \"@@V@@\"\n"),
    ("ops_nomad_job_hcl", "upper",
     "job \"tempering-sync\" {\n  datacenters = [\"atelier\"]\n  group \"sync\" {\n    task \"worker\" {\n      driver = \"docker\"\n      env {\n        ATELIER_HOST = \"@@H@@\"\n        @@K@@ = \"@@V@@\"\n      }\n    }\n  }\n}\n"),
    ("ops_terraform_tfvars_json", "snake",
     "{\n  \"region\": \"eu-west-3\",\n  \"shop_domain\": \"maison-praline.example\",\n  \"@@K@@\": \"@@V@@\",\n  \"instance_type\": \"t4g.small\"\n}\n"),
    ("ops_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy shop\n          script:\n            - export @@K@@=\"@@V@@\"\n            - ./deploy.sh @@H@@\n"),
    ("ops_circleci_config_yml", "upper",
     "version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/php:8.3\n    environment:\n      SHOP_HOST: @@H@@\n      @@K@@: @@V@@\n    steps:\n      - checkout\n"),
    ("ops_fish_shell_history", "upper",
     "- cmd: cd ~/src/praline-shop\n  when: 1731402211\n- cmd: set -gx @@K@@ '@@V@@'\n  when: 1731402263\n- cmd: php artisan migrate --force\n  when: 1731402290\n"),
    ("ops_ansible_inventory_ini", "snake",
     "[atelier]\n@@H@@ ansible_user=@@U@@\n\n[atelier:vars]\n@@K@@=@@V@@\nntp_server=pool.ntp.org\n"),
    ("ops_powershell_transcript_log", "pascal",
     "**********************\nWindows PowerShell transcript start\nUsername: ATELIER\\@@U@@\n**********************\nPS C:\\Shop> $env:@@K@@ = '@@V@@'\nPS C:\\Shop> .\\Start-Till.ps1 -Server @@H@@\n"),
    ("atelier_whatsapp_group_export_txt", "spaced",
     "12/11/2024, 07:41 - Margaux: morning, temper machine 2 is beeping again\n12/11/2024, 07:43 - @@U@@: the @@K@@ is @@V@@ - don't share it outside the atelier\n12/11/2024, 07:44 - Margaux: 👍\n"),
    ("shop_slack_thread_paste", "spaced",
     "@@U@@  10:02\nanyone know the @@K@@? need it for the Easter rush\nMarco  10:05\n@@V@@\nMarco  10:05\n(delete after copying pls)\n"),
    ("chocolatier_trello_card_comment", "spaced",
     "Card: Migrate webshop to new host (@@H@@)\nComment by @@U@@:\nDone. For the record the @@K@@ = @@V@@ — moving it to the vault next week.\n"),
    ("seasonal_easter_planning_csv", "title",
     "Week,Task,Owner,System,@@K@@,Notes\n12,Hollow eggs moulding,@@U@@,@@H@@,@@V@@,check temper curve first\n"),
    ("praline_recipe_card_photo_ocr", "title",
     "GANACHE FRAMBOISE - batch 3 kg\ncream 35% .... 1100 g\nraspberry puree .. 400 g\n[handwritten, lower corner]\n@@K@@: @@V@@\n(ask @@U@@ before changing)\n"),
]
assert len(CONTAINERS) == 45, len(CONTAINERS)


def gen_value(tname, rng):
    if tname.endswith("_password"):
        return password(rng)
    if tname == "couverture_stock_damm_key":
        n = rs(rng, DIGITS, 10)
        return "cvs_" + n + damm_digit(n) + "_" + rs(rng, ALNUM, 20)
    if tname == "tempering_cloud_adler32_token":
        body = rs(rng, LALNUM, 32)
        return "tqc-" + body + "-" + adler32_hex(body)
    if tname == "webshop_laravel_app_key":
        return "base64:" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()
    if tname == "bonbon_shop_fernet_key":
        return base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()
    if tname == "atelier_rails_secret_key_base":
        return rs(rng, HEX, 128)
    if tname == "wholesale_portal_hs384_jwt":
        payload = {"sub": "retailer-%04d" % rng.randint(1, 9999), "scope": "orders:write catalogue:read",
                   "iss": "wholesale.bonbonbox.example", "iat": 1730000000 + rng.randint(0, 9000000)}
        payload["exp"] = payload["iat"] + 86400 * 30
        return jwt_hs(rng, "HS384", payload)
    raise KeyError(tname)


def pairing():
    """15 blocks of 3 kinds; each block gets a seeded permutation of the 12 types, 4 per kind."""
    rng = random.Random(SEED_PAIRING)
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for k in range(3):
            out.append((CONTAINERS[b * 3 + k], perm[k * 4:(k + 1) * 4]))
    return out


def build(reg):
    rng = random.Random(SEED_VALUES)
    tkw = {t[0]: t[1] for t in TYPES}
    recs = []
    for (kind, style, tpl), types in pairing():
        for tname in types:
            v = reg.draw(lambda: gen_value(tname, rng))
            text, s, e = fill(tpl, v, K=key(tkw[tname], style), U=rng.choice(USERS), H=rng.choice(HOSTS))
            recs.append({"type": tname, "container": kind, "text": text,
                         "secrets": [{"value": v, "start": s, "end": e, "type": tname}], "source": "everyday"})
    return recs
