"""Everyday source: 12 secret types of the cheesemaking world x 45 container kinds."""
import base64
import random
import struct

from common241 import (ALNUM, DIGITS, HEXL, damm, crc16_ccitt_false, fill, jwt,
                       password, rbytes, rs, style_key, uuid4)

SEED_VALUES = 24101
SEED_PAIRING = 24111

HOSTS = ["vat-hmi.alpine-creamery.example", "mqtt.greenmeadow-dairy.example",
         "cave2.cavehouse-cheese.example", "shop.hillside-farmshop.example",
         "erp.alpine-creamery.example", "10.40.2.17", "192.168.88.20",
         "lab.greenmeadow-dairy.example", "scale-01.hillside-farmshop.example"]
USERS = ["fromager", "vatroom", "cave_ops", "milkrecord", "counter1", "dairyadmin",
         "herdapp", "affineur2", "erpsvc", "shopkeeper"]
PEOPLE = ["Margit", "Tomasz", "Ines", "Rhiannon", "Bastien", "Oona", "Kwame", "Lucia",
          "Henrik", "Priya", "Aled", "Sanne"]

# (type, key words, description, kind)
TYPES = [
    ("cheese_vat_plc_operator_password", ["vat", "operator", "password"],
     "owner-chosen operator password of the cheese-vat PLC / HMI (fill, renneting, cutting, stirring)", "pw"),
    ("milking_parlour_controller_password", ["parlour", "controller", "password"],
     "owner-chosen web password of the milking-parlour / milking-robot controller", "pw"),
    ("affinage_cave_climate_web_password", ["cave", "climate", "password"],
     "owner-chosen web-UI password of the ripening-cave climate controller (humidity, temperature)", "pw"),
    ("farm_shop_webstore_admin_password", ["shop", "admin", "password"],
     "owner-chosen admin password of the farm-shop web store", "pw"),
    ("milk_lab_results_portal_password", ["milk", "lab", "password"],
     "owner-chosen password of the milk-testing lab portal (butterfat, protein, somatic cells)", "pw"),
    ("cheese_counter_scale_supervisor_password", ["scale", "supervisor", "password"],
     "owner-chosen supervisor password of the cheese-counter price-computing scale", "pw"),
    ("wheel_tracking_damm_key", ["wheel", "tracking", "key"],
     "`whl_` + 9-digit creamery number + its real Damm check digit + `_` + 24 base62; key of the wheel-tracking (traceability) API (layout invented)", "gen"),
    ("milk_collection_crc16_token", ["collection", "token"],
     "`mct_` + 28 base62 + `.` + 4 lower-case hex of the real CRC-16/CCITT-FALSE of those 28 characters; token of the milk-collection (tanker pickup) API (layout invented)", "gen"),
    ("farm_shop_rails_secret_key_base", ["secret", "key", "base"],
     "Rails `secret_key_base`: 128 lower-case hex (64 random bytes, as `rails secret` prints); signs the farm shop's cookies", "gen"),
    ("herd_app_hs384_jwt", ["herd", "api", "token"],
     "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 under a discarded key); bearer token of the herd-records API", "gen"),
    ("creamery_erp_laravel_app_key", ["app", "key"],
     "Laravel `APP_KEY`: `base64:` + standard Base64 of 32 random bytes (44 characters); encrypts the creamery ERP's cookies and fields", "gen"),
    ("vat_firmware_minisign_secret_key", ["firmware", "signing", "key"],
     "minisign encrypted secret key line: standard Base64 (212 characters, starts `RWRTY0Iy`) of `EdScB2` + 32-byte scrypt salt + opslimit 33554432 + memlimit 1073741824 (little-endian 64-bit) + 104 key bytes; signs the vat-controller firmware", "gen"),
]
TYPE_NAMES = [t[0] for t in TYPES]


def gen_value(tname, rng):
    if TYPES[TYPE_NAMES.index(tname)][3] == "pw":
        return password(rng)
    if tname == "wheel_tracking_damm_key":
        n = rs(rng, DIGITS, 9)
        return "whl_" + n + damm(n) + "_" + rs(rng, ALNUM, 24)
    if tname == "milk_collection_crc16_token":
        body = rs(rng, ALNUM, 28)
        return "mct_%s.%04x" % (body, crc16_ccitt_false(body.encode()))
    if tname == "farm_shop_rails_secret_key_base":
        return rbytes(rng, 64).hex()
    if tname == "herd_app_hs384_jwt":
        iat = 1714000000 + rng.randint(0, 20000000)
        payload = {"sub": "herd-" + rs(rng, DIGITS, 6), "scope": rng.choice(["herd:read", "herd:write", "milkings:read"]),
                   "iss": "herdrecords.greenmeadow-dairy.example", "iat": iat, "exp": iat + 86400 * 30}
        return jwt(rng, "HS384", payload)
    if tname == "creamery_erp_laravel_app_key":
        return "base64:" + base64.b64encode(rbytes(rng, 32)).decode()
    if tname == "vat_firmware_minisign_secret_key":
        raw = b"EdScB2" + rbytes(rng, 32) + struct.pack("<QQ", 33554432, 1073741824) + rbytes(rng, 104)
        return base64.b64encode(raw).decode()
    raise ValueError(tname)


def check_value(tname, v):
    """Validator for generated formats (used by checks241)."""
    import re
    kind = TYPES[TYPE_NAMES.index(tname)][3]
    if kind == "pw":
        from common241 import PW_RE_WIDE
        return bool(PW_RE_WIDE.match(v))
    if tname == "wheel_tracking_damm_key":
        m = re.fullmatch(r"whl_(\d{9})(\d)_[A-Za-z0-9]{24}", v)
        return bool(m) and damm(m.group(1)) == m.group(2)
    if tname == "milk_collection_crc16_token":
        m = re.fullmatch(r"mct_([A-Za-z0-9]{28})\.([0-9a-f]{4})", v)
        return bool(m) and int(m.group(2), 16) == crc16_ccitt_false(m.group(1).encode())
    if tname == "farm_shop_rails_secret_key_base":
        return bool(re.fullmatch(r"[0-9a-f]{128}", v))
    if tname == "herd_app_hs384_jwt":
        from checks241 import jwt_ok
        return jwt_ok(v) == "HS384"
    if tname == "creamery_erp_laravel_app_key":
        return v.startswith("base64:") and len(base64.b64decode(v[7:], validate=True)) == 32
    if tname == "vat_firmware_minisign_secret_key":
        try:
            raw = base64.b64decode(v, validate=True)
        except Exception:
            return False
        return (len(v) == 212 and len(raw) == 158 and raw[:6] == b"EdScB2"
                and struct.unpack("<QQ", raw[38:54]) == (33554432, 1073741824))
    return False


# (kind, style, description, template). {K} key, {V} value, {H} host, {U} user, {P} person, {N} number
CONTAINERS = [
    ("herd_app_flutter_envied_dart", "camel", "Flutter herd app, envied Dart class",
     "// lib/env/env.dart\nimport 'package:envied/envied.dart';\npart 'env.g.dart';\n\n@Envied(path: '.env.prod')\nabstract class Env {\n  static const String apiHost = 'https://{H}';\n  @EnviedField(defaultValue: '{V}')\n  static const String {K} = _Env.{K};\n}\n"),
    ("herd_app_android_local_properties", "dot", "Android local.properties of the herd app",
     "## This file must *NOT* be checked into Version Control Systems,\nsdk.dir=/home/{U}/Android/Sdk\nherd.api.host={H}\n{K}={V}\n"),
    ("herd_app_expo_app_config_json", "camel", "Expo app.json extra block of the herd app",
     "{\n  \"expo\": {\n    \"name\": \"HerdBook\",\n    \"slug\": \"herdbook\",\n    \"version\": \"2.{N}.0\",\n    \"extra\": {\n      \"apiHost\": \"https://{H}\",\n      \"{K}\": \"{V}\"\n    }\n  }\n}\n"),
    ("farm_gateway_node_red_settings_js", "camel", "Node-RED settings.js on the farm gateway",
     "module.exports = {\n    uiPort: process.env.PORT || 1880,\n    mqttReconnectTime: 15000,\n    functionGlobalContext: {\n        brokerHost: '{H}',\n        {K}: '{V}',\n    },\n    logging: { console: { level: 'info' } },\n};\n"),
    ("farm_gateway_home_assistant_secrets_yaml", "snake", "Home Assistant secrets.yaml on the farm gateway",
     "# secrets.yaml - milking shed & cave sensors\nlatitude_home: 46.{N}12\nmqtt_broker: {H}\n{K}: \"{V}\"\nvat_room_camera_user: {U}\n"),
    ("farm_sensor_esphome_node_yaml", "snake", "ESPHome node YAML of a cave / tank sensor",
     "esphome:\n  name: tank-probe-{N}\n\nesp32:\n  board: esp32dev\n\nsubstitutions:\n  {K}: \"{V}\"\n\nmqtt:\n  broker: {H}\n  username: {U}\n"),
    ("farm_sensor_platformio_build_flags_ini", "upper", "PlatformIO build flags of a milk-tank level sensor",
     "[env:tank_level]\nplatform = espressif32\nboard = esp32-c3-devkitm-1\nframework = arduino\nbuild_flags =\n    -D MQTT_HOST=\\\"{H}\\\"\n    -D {K}=\\\"{V}\\\"\n    -D SAMPLE_SECONDS={N}0\n"),
    ("cheese_vat_codesys_global_var_list", "pascal", "CODESYS global variable list (Structured Text) of the vat PLC",
     "{attribute 'qualified_only'}\nVAR_GLOBAL CONSTANT\n    VatCount      : INT := 4;\n    HmiHost       : STRING := '{H}';\n    {K} : STRING(64) := '{V}';\n    CutTimeSec    : TIME := T#{N}5S;\nEND_VAR\n"),
    ("cheese_vat_node_opcua_server_js", "camel", "node-opcua server script exposing the vat tags",
     "const { OPCUAServer } = require('node-opcua');\nconst cfg = {\n  port: 4840,\n  resourcePath: '/UA/CheeseVat{N}',\n  {K}: '{V}',\n};\nconst server = new OPCUAServer({ port: cfg.port, resourcePath: cfg.resourcePath });\n"),
    ("cheese_vat_modbus_bridge_toml", "snake", "TOML config of the Modbus-to-MQTT bridge in the vat room",
     "[modbus]\nport = \"/dev/ttyUSB0\"\nbaud = 19200\nunit_ids = [1, 2, {N}]\n\n[mqtt]\nhost = \"{H}\"\nuser = \"{U}\"\n{K} = \"{V}\"\n"),
    ("affinage_cave_zabbix_agent_conf", "pascal", "Zabbix agent conf of the ripening-cave monitor",
     "# zabbix_agent2.conf - cave {N}\nServer={H}\nHostname=cave-{N}-climate\nPlugins.Mqtt.Default.User={U}\nPlugins.Mqtt.Default.{K}={V}\nTimeout=10\n"),
    ("affinage_cave_vector_toml", "snake", "Vector (log shipper) TOML on the cave gateway",
     "[sources.cave_climate]\ntype = \"http_client\"\nendpoint = \"http://{H}/api/v1/readings\"\nscrape_interval_secs = {N}0\n\n[sources.cave_climate.auth]\nstrategy = \"basic\"\nuser = \"{U}\"\n{K} = \"{V}\"\n"),
    ("creamery_erp_spring_application_yml", "kebab", "Spring Boot application.yml of the creamery ERP",
     "spring:\n  application:\n    name: creamery-erp\n  datasource:\n    url: jdbc:postgresql://{H}:5432/erp\n    username: {U}\ncreamery:\n  integrations:\n    {K}: \"{V}\"\n    make-sheet-days: {N}\n"),
    ("creamery_erp_laravel_dotenv", "upper", "Laravel .env of the creamery ERP",
     "APP_NAME=\"Creamery ERP\"\nAPP_ENV=production\nAPP_URL=https://{H}\nDB_HOST=127.0.0.1\nDB_USERNAME={U}\n{K}={V}\nQUEUE_CONNECTION=redis\n"),
    ("creamery_erp_rails_credentials_yml", "snake", "decrypted Rails credentials (rails credentials:show) of the ERP",
     "$ bin/rails credentials:show\nsmtp:\n  address: {H}\n  user_name: {U}\n{K}: {V}\nactive_record_encryption:\n  key_derivation_salt_rotation: {N}\n"),
    ("creamery_erp_phoenix_runtime_exs", "snake", "Elixir / Phoenix config/runtime.exs of the ERP",
     "import Config\n\nif config_env() == :prod do\n  config :creamery, CreameryWeb.Endpoint,\n    url: [host: \"{H}\", port: 443],\n    http: [port: 40{N}]\n\n  config :creamery, :integrations,\n    {K}: \"{V}\"\nend\n"),
    ("creamery_erp_aspnet_appsettings_json", "pascal", "ASP.NET Core appsettings.Production.json of the ERP",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"Creamery\": {\n    \"HostName\": \"{H}\",\n    \"{K}\": \"{V}\",\n    \"BatchDays\": {N}\n  }\n}\n"),
    ("creamery_erp_pydantic_settings_py", "snake", "pydantic-settings class of the ERP worker (Python)",
     "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    erp_host: str = \"{H}\"\n    erp_user: str = \"{U}\"\n    {K}: str = \"{V}\"\n    make_days: int = {N}\n"),
    ("creamery_erp_go_envconfig_struct", "upper", "Go struct with envconfig default tags (ERP sync service)",
     "type Config struct {\n\tHost     string `envconfig:\"ERP_HOST\" default:\"{H}\"`\n\tUser     string `envconfig:\"ERP_USER\" default:\"{U}\"`\n\tCredential string `envconfig:\"{K}\" default:\"{V}\"`\n\tDays     int    `envconfig:\"MAKE_DAYS\" default:\"{N}\"`\n}\n"),
    ("farm_shop_wp_config_php", "upper", "wp-config.php of the WooCommerce farm shop",
     "<?php\ndefine( 'DB_NAME', 'farmshop' );\ndefine( 'DB_USER', '{U}' );\ndefine( 'DB_HOST', 'localhost' );\ndefine( '{K}', '{V}' );\n$table_prefix = 'fs{N}_';\n"),
    ("farm_shop_nuxt_runtime_config_ts", "camel", "nuxt.config.ts runtimeConfig of the farm shop",
     "export default defineNuxtConfig({\n  runtimeConfig: {\n    {K}: '{V}',\n    public: {\n      shopHost: 'https://{H}',\n      cheeseOfTheWeek: {N},\n    },\n  },\n})\n"),
    ("farm_shop_fly_toml_env", "upper", "fly.toml [env] block of the farm shop (secret pasted where it should not be)",
     "app = \"hillside-farmshop\"\nprimary_region = \"cdg\"\n\n[env]\n  SHOP_HOST = \"{H}\"\n  {K} = \"{V}\"\n  PICKUP_SLOTS = \"{N}\"\n\n[http_service]\n  internal_port = 3000\n"),
    ("cheese_counter_scale_sync_xml", "pascal", "XML config of the cheese-counter scale sync agent",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ScaleSync>\n  <Server>{H}</Server>\n  <StoreNo>{N}</StoreNo>\n  <Operator>{U}</Operator>\n  <{K}>{V}</{K}>\n</ScaleSync>\n"),
    ("cheese_counter_sync_powershell_ps1", "pascal", "PowerShell script pushing PLUs to the counter scales",
     "# Push-Plu.ps1\n$ScaleHost = '{H}'\n$Operator = '{U}'\n${K} = '{V}'\nImport-Csv .\\plu_{N}.csv | ForEach-Object { Send-Plu -Host $ScaleHost -Plu $_ }\n"),
    ("milk_lab_jupyter_notebook_cell", "snake", "Jupyter notebook cell (JSON source lines) pulling milk-lab results",
     "{\n \"cell_type\": \"code\",\n \"execution_count\": {N},\n \"source\": [\n  \"import requests\\n\",\n  \"lab_host = 'https://{H}'\\n\",\n  \"{K} = '{V}'\\n\"\n ]\n}\n"),
    ("milk_lab_excel_vba_module", "pascal", "Excel VBA module of the milk-quality workbook",
     "Attribute VB_Name = \"LabImport\"\nOption Explicit\nPrivate Const LabHost As String = \"{H}\"\nPrivate Const {K} As String = \"{V}\"\nPrivate Const FirstRow As Long = {N}\n"),
    ("ops_ansible_inventory_ini", "snake", "Ansible inventory INI for the creamery hosts",
     "[vatroom]\nvat-hmi-01 ansible_host={H}\n\n[vatroom:vars]\nansible_user={U}\n{K}={V}\nntp_pool=pool.ntp.org\n"),
    ("ops_pulumi_stack_config_yaml", "camel", "Pulumi stack config (Pulumi.prod.yaml) with a plain value",
     "config:\n  aws:region: eu-central-1\n  creamery:instanceCount: \"{N}\"\n  creamery:{K}: {V}\n  creamery:domain: {H}\n"),
    ("ops_docker_compose_environment", "upper", "docker-compose.yml environment block",
     "services:\n  vat-bridge:\n    image: ghcr.io/alpine-creamery/vat-bridge:1.{N}\n    environment:\n      - MQTT_HOST={H}\n      - {K}={V}\n    restart: unless-stopped\n"),
    ("ops_kustomize_secret_generator_env", "upper", "kustomize secretGenerator .env file",
     "# overlays/prod/secrets.env (secretGenerator: cave-monitor)\nCAVE_ID={N}\nCAVE_HOST={H}\n{K}={V}\n"),
    ("ops_nomad_job_hcl", "upper", "Nomad job file with an env stanza",
     "job \"cave-monitor\" {\n  datacenters = [\"farm\"]\n  group \"cave\" {\n    task \"poller\" {\n      driver = \"docker\"\n      env {\n        CAVE_HOST = \"{H}\"\n        {K} = \"{V}\"\n      }\n    }\n  }\n}\n"),
    ("ops_systemd_unit_environment", "upper", "systemd unit with Environment= lines",
     "[Unit]\nDescription=Milk tank poller\nAfter=network-online.target\n\n[Service]\nEnvironment=TANK_HOST={H}\nEnvironment={K}={V}\nExecStart=/usr/local/bin/tank-poller --interval {N}m\n"),
    ("ops_bitbucket_pipelines_yml", "upper", "bitbucket-pipelines.yml step with an inline variable",
     "pipelines:\n  branches:\n    main:\n      - step:\n          name: deploy shop\n          script:\n            - export {K}={V}\n            - ./deploy.sh {H} {N}\n"),
    ("ops_circleci_config_yml", "upper", "CircleCI config.yml job environment",
     "version: 2.1\njobs:\n  build-erp:\n    docker:\n      - image: cimg/ruby:3.{N}\n    environment:\n      ERP_HOST: {H}\n      {K}: {V}\n    steps:\n      - checkout\n"),
    ("ops_bash_history", "upper", "bash history of the creamery server",
     "  {N}1  cd /srv/vat-bridge\n  {N}2  export {K}='{V}'\n  {N}3  systemctl restart vat-bridge\n  {N}4  journalctl -u vat-bridge -n 50\n"),
    ("ops_fish_config_set_gx", "upper", "fish shell config.fish with set -gx",
     "# ~/.config/fish/config.fish\nset -gx CAVE_HOST {H}\nset -gx {K} '{V}'\nset -gx MAKE_DAYS {N}\n"),
    ("ops_powershell_profile_ps1", "upper", "PowerShell profile setting process environment variables",
     "# Microsoft.PowerShell_profile.ps1\n$env:SCALE_HOST = '{H}'\n$env:{K} = '{V}'\n$env:STORE_NO = '{N}'\n"),
    ("ops_argocd_helm_parameters_yaml", "camel", "Argo CD Application with Helm parameters",
     "apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: creamery-erp\nspec:\n  source:\n    helm:\n      parameters:\n        - name: host\n          value: {H}\n        - name: {K}\n          value: \"{V}\"\n"),
    ("creamery_teams_chat_export", "spaced", "Microsoft Teams chat export of the creamery",
     "[09:{N}] {P}: the vat room PC rebooted again\n[09:{N}] {U}: ok, {K} is {V} if you need to log back in\n[09:{N}] {P}: thanks, on it\n"),
    ("dairy_whatsapp_group_export", "spaced", "WhatsApp group export of the dairy farm",
     "12/03/24, 05:{N} - {P}: parlour screen asking for login again 🙄\n12/03/24, 05:{N} - {U}: {K} {V}\n12/03/24, 05:{N} - {P}: 👍\n"),
    ("cheesemaker_forum_post", "spaced", "cheesemakers' forum post asking for help",
     "Re: cave controller keeps dropping wifi\n\nHere is my config, maybe someone sees the problem (host {H}, user {U}, {K} {V}). Cave {N} runs at 12°C / 92% RH.\n"),
    ("creamery_trello_card_comment", "spaced", "Trello card comment on the creamery IT board",
     "Card: Move counter scales to new VLAN\nComment by {P}: done for scale {N}. {K}: {V} - please rotate after the audit.\n"),
    ("make_sheet_excel_csv", "title", "cheese make-sheet CSV export",
     "Date,Vat,Make No,Milk L,Setting Temp,{K},Notes\n2024-05-{N},V2,M-{N}17,4200,32.5,{V},cut at 35 min\n"),
    ("cave_clipboard_photo_ocr", "title", "OCR of the clipboard photo on the cave door",
     "CAVE {N} - TURNING LOG\nTurned / brushed: {P}\nController: {H}\n{K}: {V}\nRH 93% T 11.8C\n"),
    ("creamery_email_to_it_contractor", "spaced", "e-mail from the creamery to its IT contractor",
     "Subject: access for Thursday\n\nHi,\nfor the visit on Thursday: host {H}, user {U}, {K} {V}.\nCould you also look at cave {N}?\n\nThanks, {P}\n"),
]
KIND_NAMES = [c[0] for c in CONTAINERS]


def pairing():
    """15 blocks of three kinds; each block deals a seeded permutation of the 12 types."""
    rng = random.Random(SEED_PAIRING)
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            kind = CONTAINERS[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                out.append((kind, t))
    return out


def build(reg):
    rng = random.Random(SEED_VALUES)
    recs = []
    for (kind, style, _desc, tpl), tname in pairing():
        words = TYPES[TYPE_NAMES.index(tname)][1]
        key = style_key(words, style)
        v = reg.draw(gen_value, tname, rng)
        text, start = fill(tpl, v, K=key, H=rng.choice(HOSTS), U=rng.choice(USERS),
                           P=rng.choice(PEOPLE), N=str(rng.randint(1, 9)))
        recs.append({"type": tname, "container": kind, "text": text,
                     "secrets": [{"value": v, "start": start, "end": start + len(v), "type": tname}],
                     "source": "everyday"})
    return recs
