"""Everyday source: 12 secret types of an ice-cream maker's software x 45 container kinds."""
import base64
import random

from common242 import (ALNUM, LOWER_ALNUM, DIGITS, HEXU, MARK, crc16_xmodem, luhn_digit,
                       make_jwt, rs, span_record, verhoeff_digit, words_to, world_password, uuid4)

SEED_VALUES = 24201
SEED_PAIRING = 24211

DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"

# type -> (key words, description)
TYPES = [
    ("batch_freezer_hmi_service_password", ["freezer", "hmi", "password"],
     "owner-chosen service password of the batch freezer's touch-screen HMI in the gelato lab"),
    ("parlour_pos_manager_password", ["pos", "manager", "password"],
     "owner-chosen manager password of the parlour point-of-sale (voids, refunds, Z report)"),
    ("cold_room_telemetry_gateway_password", ["cold", "room", "gateway", "password"],
     "owner-chosen password of the cold-room / display-cabinet temperature telemetry gateway"),
    ("recipe_balancer_db_password", ["recipe", "db", "password"],
     "owner-chosen password of the gelato recipe-balancing database (PAC / POD / solids)"),
    ("van_fleet_tablet_admin_password", ["tablet", "admin", "password"],
     "owner-chosen admin password of the frozen-dessert vans' route tablets"),
    ("pint_delivery_shop_admin_password", ["shop", "admin", "password"],
     "owner-chosen admin password of the pint-delivery web shop"),
    ("pasteuriser_log_luhn_key", ["pasteuriser", "log", "key"],
     "`pzl_` + 9-digit pasteuriser serial + its real Luhn check digit + `_` + 24 base62; key of the "
     "pasteurisation-record ingest API (HACCP log) (layout invented)"),
    ("flavour_board_verhoeff_token", ["flavour", "board", "token"],
     "`fbv-` + 20 lower-case alphanumerics + `-` + 9-digit screen number + its real Verhoeff check "
     "digit; token of the digital flavour-board CMS (layout invented)"),
    ("van_tracker_crc16_token", ["van", "tracker", "token"],
     "`vtk_` + 30 base62 + 4 upper-case hex of the real CRC-16/XMODEM of those 30 characters; token of "
     "the ice-cream-van GPS tracker API (layout invented)"),
    ("pint_shop_django_secret_key", ["django", "secret", "key"],
     "Django `SECRET_KEY`: 50 characters from Django's own generator alphabet "
     "(a-z 0-9 !@#$%^&*(-_=+)); signs the pint shop's sessions"),
    ("loyalty_webhook_whsec_secret", ["loyalty", "webhook", "secret"],
     "Svix-style webhook signing secret `whsec_` + standard Base64 of 24 random bytes; verifies the "
     "loyalty app's webhooks"),
    ("kiosk_order_hs512_jwt", ["kiosk", "order", "jwt"],
     "real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 under a discarded key); bearer "
     "token of the self-order kiosk API"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_WORDS = {t[0]: t[1] for t in TYPES}
TYPE_DESC = {t[0]: t[2] for t in TYPES}


def gen_value(typ, rng):
    if typ.endswith("_password"):
        return world_password(rng)
    if typ == "pasteuriser_log_luhn_key":
        serial = str(rng.randint(1, 9)) + rs(rng, DIGITS, 8)
        return "pzl_" + serial + luhn_digit(serial) + "_" + rs(rng, ALNUM, 24)
    if typ == "flavour_board_verhoeff_token":
        num = str(rng.randint(1, 9)) + rs(rng, DIGITS, 8)
        return "fbv-" + rs(rng, LOWER_ALNUM, 20) + "-" + num + verhoeff_digit(num)
    if typ == "van_tracker_crc16_token":
        body = rs(rng, ALNUM, 30)
        return "vtk_" + body + "%04X" % crc16_xmodem(body.encode())
    if typ == "pint_shop_django_secret_key":
        return rs(rng, DJANGO_ALPHABET, 50)
    if typ == "loyalty_webhook_whsec_secret":
        return "whsec_" + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(24))).decode()
    if typ == "kiosk_order_hs512_jwt":
        iat = 1719800000 + rng.randint(0, 5000000)
        payload = {"sub": "kiosk-%02d" % rng.randint(1, 40), "store": "PAR-%03d" % rng.randint(1, 60),
                   "scope": "orders:write", "jti": uuid4(rng), "iat": iat, "exp": iat + 43200}
        return make_jwt(rng, {"alg": "HS512", "typ": "JWT"}, payload)
    raise ValueError(typ)


K = "{K}"
V = MARK

# (container kind, key style, template)
CONTAINERS = [
    ("gelato_lab_batch_freezer_modbus_gateway_ini", "pascal",
     "[Gateway]\nHost=10.20.4.11\nPort=502\nUnitId=3\n; batch freezer line 2\n[Auth]\nUser=tecnico\n{K}=" + V + "\nPollMs=500\n"),
    ("gelato_lab_pasteuriser_tia_scl_db", "camel",
     "DATA_BLOCK \"DB_Cloud\"\n{ S7_Optimized_Access := 'TRUE' }\nVERSION : 0.1\n   STRUCT\n      endpoint : String[64];\n      {K} : String[128];\n   END_STRUCT;\nBEGIN\n   endpoint := 'mqtts://lab-broker.gelateria-aurora.internal:8883';\n   {K} := '" + V + "';\nEND_DATA_BLOCK\n"),
    ("gelato_lab_recipe_balancer_seed_sql", "snake",
     "INSERT INTO app_settings (name, value) VALUES\n  ('balancer_version', '4.2.1'),\n  ('{K}', '" + V + "'),\n  ('pac_target', '28');\n"),
    ("gelato_lab_telegraf_freezer_conf", "snake",
     "[[inputs.modbus]]\n  name = \"blast_freezer\"\n  controller = \"tcp://10.20.4.12:502\"\n\n[[outputs.influxdb]]\n  urls = [\"http://influx.gelateria-aurora.internal:8086\"]\n  database = \"coldchain\"\n  username = \"telegraf\"\n  {K} = \"" + V + "\"\n"),
    ("gelato_lab_grafana_datasource_yaml", "camel",
     "apiVersion: 1\ndatasources:\n  - name: ColdChain\n    type: postgres\n    url: pg.gelateria-aurora.internal:5432\n    user: grafana_ro\n    secureJsonData:\n      {K}: \"" + V + "\"\n"),
    ("gelato_lab_node_red_settings_js", "camel",
     "module.exports = {\n    uiPort: process.env.PORT || 1880,\n    flowFile: 'flows_lab.json',\n    {K}: \"" + V + "\",\n    logging: { console: { level: 'info' } }\n};\n"),
    ("cold_room_zigbee2mqtt_configuration_yaml", "snake",
     "homeassistant: false\nmqtt:\n  base_topic: coldroom\n  server: mqtt://10.20.9.2\n  user: z2m\n  {K}: '" + V + "'\nserial:\n  port: /dev/ttyACM0\n"),
    ("cold_room_tasmota_backlog_console", "pascal",
     "12:01:44.118 CMD: Backlog MqttHost 10.20.9.2; MqttUser probe07; {K} " + V + " ; Restart 1\n12:01:44.140 RSL: RESULT = {\"MqttHost\":\"10.20.9.2\"}\n"),
    ("cold_room_openhab_things_file", "camel",
     "Bridge mqtt:broker:coldroom \"Cold room broker\" [ host=\"10.20.9.2\", secure=false, username=\"openhab\", {K}=\"" + V + "\" ]\n"),
    ("parlour_kiosk_registry_reg_export", "pascal",
     "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\ScoopKiosk\\Settings]\n\"StoreId\"=\"PAR-014\"\n\"{K}\"=\"" + V + "\"\n\"Fullscreen\"=dword:00000001\n"),
    ("parlour_digital_menu_board_json", "camel",
     "{\n  \"screenId\": \"menu-left\",\n  \"rotationSeconds\": 12,\n  \"cms\": {\n    \"url\": \"https://signage.scoopandchurn.example\",\n    \"{K}\": \"" + V + "\"\n  }\n}\n"),
    ("parlour_pos_capacitor_config_ts", "camel",
     "import { CapacitorConfig } from '@capacitor/cli';\n\nconst config: CapacitorConfig = {\n  appId: 'example.scoopandchurn.pos',\n  appName: 'Scoop POS',\n  plugins: {\n    PosBridge: { {K}: '" + V + "' }\n  }\n};\nexport default config;\n"),
    ("parlour_pos_tauri_conf_json", "camel",
     "{\n  \"productName\": \"scoop-till\",\n  \"version\": \"2.3.0\",\n  \"plugins\": {\n    \"till\": { \"{K}\": \"" + V + "\" }\n  }\n}\n"),
    ("parlour_kiosk_react_native_config_env", "upper",
     "API_URL=https://api.scoopandchurn.example\n{K}=" + V + "\nSENTRY_ENV=production\n"),
    ("parlour_loyalty_ios_xcconfig", "upper",
     "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = example.scoopandchurn.loyalty\nLOYALTY_API_HOST = loyalty.scoopandchurn.example\n{K} = " + V + "\n"),
    ("parlour_loyalty_android_gradle_properties", "camel",
     "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n{K}=" + V + "\n"),
    ("pint_shop_django_settings_py", "upper",
     "ALLOWED_HOSTS = [\"pints.scoopandchurn.example\"]\nDEBUG = False\n{K} = \"" + V + "\"\nTIME_ZONE = \"Europe/Rome\"\n"),
    ("pint_shop_nextjs_env_local", "upper",
     "NEXT_PUBLIC_SITE_URL=https://pints.scoopandchurn.example\n{K}=\"" + V + "\"\n"),
    ("pint_shop_nuxt_runtime_config_ts", "camel",
     "export default defineNuxtConfig({\n  runtimeConfig: {\n    {K}: '" + V + "',\n    public: { shopName: 'Scoop & Churn Pints' }\n  }\n})\n"),
    ("pint_shop_quarkus_application_properties", "dot",
     "quarkus.http.port=8080\nquarkus.datasource.username=pints\n{K}=" + V + "\n"),
    ("pint_shop_dropwizard_config_yml", "camel",
     "server:\n  applicationConnectors:\n    - type: http\n      port: 8080\nshop:\n  currency: EUR\n  {K}: \"" + V + "\"\n"),
    ("pint_shop_wrangler_toml_vars", "upper",
     "name = \"pint-shop-edge\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2024-09-01\"\n\n[vars]\nSHOP_ORIGIN = \"https://pints.scoopandchurn.example\"\n{K} = \"" + V + "\"\n"),
    ("pint_shop_firebase_runtimeconfig_json", "snake",
     "{\n  \"shop\": {\n    \"region\": \"europe-west1\",\n    \"{K}\": \"" + V + "\"\n  }\n}\n"),
    ("pint_shop_supabase_config_toml", "snake",
     "[api]\nport = 54321\n\n[auth]\nsite_url = \"https://pints.scoopandchurn.example\"\n\n[edge_runtime.secrets]\n{K} = \"" + V + "\"\n"),
    ("pint_shop_medusa_config_js", "camel",
     "module.exports = defineConfig({\n  projectConfig: {\n    databaseUrl: process.env.DATABASE_URL,\n    http: { storeCors: 'https://pints.scoopandchurn.example', {K}: '" + V + "' }\n  }\n})\n"),
    ("pint_shop_wp_config_php", "upper",
     "define( 'DB_NAME', 'pintshop' );\ndefine( 'DB_USER', 'pintshop' );\ndefine( '{K}', '" + V + "' );\n$table_prefix = 'wp_';\n"),
    ("van_fleet_traccar_xml", "dot",
     "<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>\n<properties>\n    <entry key='database.url'>jdbc:mysql://db.frostyvans.internal/traccar</entry>\n    <entry key='{K}'><![CDATA[" + V + "]]></entry>\n</properties>\n"),
    ("van_fleet_android_shared_prefs_xml", "snake",
     "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n    <string name=\"route_id\">R-07</string>\n    <string name=\"{K}\">" + V + "</string>\n    <boolean name=\"kiosk_mode\" value=\"true\" />\n</map>\n"),
    ("van_fleet_tracker_sms_config_command", "spaced",
     "SMS to van 4 tracker (+39 347 000 1187):\n  setparam 2004:gps.frostyvans.example;2005:5027\nSMS to van 4 tracker:\n  {K} " + V + "\nReply: Param ID:2004 New Val:gps.frostyvans.example\n"),
    ("van_fleet_openwrt_uci_config", "snake",
     "config interface 'wwan'\n\toption proto 'qmi'\n\toption apn 'iot.example'\n\nconfig service 'fleet'\n\toption endpoint 'https://fleet.frostyvans.example'\n\toption {K} '" + V + "'\n"),
    ("ops_pulumi_stack_yaml", "camel",
     "config:\n  aws:region: eu-south-1\n  pintshop:domain: pints.scoopandchurn.example\n  pintshop:{K}: \"" + V + "\"\n"),
    ("ops_helm_values_yaml", "camel",
     "replicaCount: 2\nimage:\n  repository: registry.scoopandchurn.example/pint-shop\n  tag: 2.3.0\nenv:\n  {K}: \"" + V + "\"\n"),
    ("ops_kustomize_secret_generator", "upper",
     "secretGenerator:\n  - name: pint-shop-env\n    literals:\n      - {K}=" + V + "\n      - SHOP_REGION=eu\n"),
    ("ops_packer_pkrvars_hcl", "snake",
     "image_name = \"kiosk-2024-09\"\nregion     = \"eu-south-1\"\n{K} = \"" + V + "\"\n"),
    ("ops_gitlab_ci_variables", "upper",
     "variables:\n  DOCKER_DRIVER: overlay2\n  {K}: \"" + V + "\"\n\ndeploy:\n  stage: deploy\n  script:\n    - ./deploy.sh\n"),
    ("ops_jenkinsfile_environment", "upper",
     "pipeline {\n  agent any\n  environment {\n    REGISTRY = 'registry.scoopandchurn.example'\n    {K} = '" + V + "'\n  }\n  stages { stage('Build') { steps { sh 'make image' } } }\n}\n"),
    ("ops_drone_ci_yml", "upper",
     "kind: pipeline\nname: default\nsteps:\n  - name: test\n    image: python:3.12\n    environment:\n      {K}: \"" + V + "\"\n    commands:\n      - pytest -q\n"),
    ("ops_powershell_profile_ps1", "pascal",
     "# profile of the parlour back-office PC\nSet-Location C:\\Scoop\n$env:{K} = '" + V + "'\nImport-Module posh-git\n"),
    ("ops_zsh_history", "upper",
     ": 1726400011:0;cd ~/pint-shop\n: 1726400042:0;export {K}='" + V + "'\n: 1726400050:0;npm run migrate\n"),
    ("ops_supervisord_program_conf", "upper",
     "[program:flavour-board]\ncommand=/srv/board/bin/board --port 8090\nautostart=true\nenvironment=BOARD_MODE=\"prod\",{K}=\"" + V + "\"\n"),
    ("parlour_staff_telegram_export_json", "spaced",
     "{\n  \"name\": \"Gelateria Aurora staff\",\n  \"messages\": [\n    {\"id\": 88121, \"from\": \"Giulia\", \"text\": \"morning! new freezer seals arrive at 10\"},\n    {\"id\": 88122, \"from\": \"Marco\", \"text\": \"{K} is " + V + " (changed it last night)\"}\n  ]\n}\n"),
    ("gelato_lab_teams_chat_paste", "spaced",
     "[09:12] Sara Colombo\nbatch 2 of the hazelnut base is in the blast freezer\n[09:14] Luca Ferri\n{K}: " + V + "\n[09:14] Luca Ferri\nplease don't forward\n"),
    ("van_fleet_jira_ticket_comment", "spaced",
     "VAN-311 Tablet in van 6 keeps logging out\nComment by Priya N.:\nReset done. {K} = " + V + "\nWill recheck after the Sunday route.\n"),
    ("flavour_rota_sheet_csv", "title",
     "Date,Shift,Staff,{K},Note\n2024-07-13,close,Marco," + V + ",freezer 3 defrost\n"),
    ("parlour_sticky_note_photo_ocr", "title",
     "GELATERIA AURORA - BACK OFFICE\nWi-Fi: AuroraStaff\n{K}: " + V + "\nCall Marco if the till freezes\n"),
]
assert len(CONTAINERS) == 45
CONTAINER_STYLE = {c[0]: c[1] for c in CONTAINERS}


def pairing():
    """15 blocks of 3 kinds; each block deals a seeded permutation of the 12 types, 4 per kind."""
    rng = random.Random(SEED_PAIRING)
    deal = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            kind = CONTAINERS[b * 3 + j][0]
            for t in perm[j * 4:(j + 1) * 4]:
                deal.append((kind, t))
    return deal


def build(registry, next_id):
    rng = random.Random(SEED_VALUES)
    recs = []
    tmpl = {c[0]: c[2] for c in CONTAINERS}
    for kind, typ in pairing():
        style = CONTAINER_STYLE[kind]
        key = words_to(style, TYPE_WORDS[typ])
        while True:
            value = registry.draw(lambda: gen_value(typ, rng))
            text = tmpl[kind].replace("{K}", key).replace(MARK, value)
            if text.count(value) == 1:
                break
        recs.append(span_record(next_id(), typ, kind, text, value, "everyday"))
    return recs
