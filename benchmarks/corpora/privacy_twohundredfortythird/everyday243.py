"""Everyday source: 12 secret types x 45 container kinds, 4 records per kind."""
import base64
import random
import re

from common243 import (MARK, ALNUM, DJANGO_CHARS, UPPER_ALNUM, rs, owner_password, verhoeff_digit,
                       verhoeff_ok, crc32_hex, mod3736_char, mod3736_ok, jwt_hs, rbytes, b64,
                       style_key, span_record, PW_RE, jwt_valid, uuid4)

SEED_VALUES = 24301
SEED_PAIRING = 24311

# type -> (key words, description)
TYPES = [
    ("flock_register_admin_password", ["flock", "admin", "password"],
     "owner-chosen admin password of the flock register / flock management web app (ewes, lambing, movements)"),
    ("shearing_tally_tablet_password", ["tally", "tablet", "password"],
     "owner-chosen password of the shearing-shed tally tablet (per-stand counts, gang pay)"),
    ("scour_line_hmi_password", ["scour", "hmi", "password"],
     "owner-chosen engineer password of the wool-scouring line HMI (bowl temperatures, detergent dosing)"),
    ("dyehouse_recipe_db_password", ["recipe", "db", "password"],
     "owner-chosen password of the dye-house recipe database (colourways, dye lots)"),
    ("yarn_shop_admin_password", ["shop", "admin", "password"],
     "owner-chosen admin password of the knitting-yarn web shop back office"),
    ("lambing_cam_nvr_password", ["nvr", "password"],
     "owner-chosen admin password of the lambing-shed camera recorder (NVR)"),
    ("flock_sync_verhoeff_key", ["flock", "sync", "key"],
     "`fsk_` + 12-digit flock holding number + its real Verhoeff check digit + `_` + 30 base62; key of the flock-register sync API used by EID stick readers (layout invented)"),
    ("bale_tracker_crc32_token", ["bale", "tracker", "token"],
     "`wbt_` + 32 base62 + `.` + 8 lower-case hex of the real CRC-32 (zlib / ISO-HDLC) of those 32 characters; token of the wool-bale tracking API (layout invented)"),
    ("mill_gateway_mod3736_token", ["mill", "gateway", "token"],
     "`mgw-` + 24 upper-case alphanumerics + 1 real ISO 7064 MOD 37,36 check character; token of the wool-mill machine gateway (layout invented)"),
    ("pattern_api_hs512_jwt", ["pattern", "api", "jwt"],
     "real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 signature under a discarded random key); bearer token of the knitting-pattern download API"),
    ("yarn_shop_django_secret_key", ["django", "secret", "key"],
     "Django `SECRET_KEY`: 50 characters from Django's own alphabet `a-z0-9!@#$%^&*(-_=+)`; signs the yarn shop's sessions and password-reset links"),
    ("mill_wireguard_private_key", ["wg", "private", "key"],
     "WireGuard private key: standard Base64 of 32 random bytes clamped as Curve25519 requires (first byte & 248, last byte & 127 | 64); links the mill site to the farm office"),
]
TYPE_NAMES = [t[0] for t in TYPES]
PW_TYPES = TYPE_NAMES[:6]


def gen_value(typ, rng):
    if typ in PW_TYPES:
        return owner_password(rng)
    if typ == "flock_sync_verhoeff_key":
        num = str(rng.randint(1, 9)) + rs(rng, "0123456789", 11)
        return "fsk_" + num + verhoeff_digit(num) + "_" + rs(rng, ALNUM, 30)
    if typ == "bale_tracker_crc32_token":
        body = rs(rng, ALNUM, 32)
        return "wbt_" + body + "." + crc32_hex(body)
    if typ == "mill_gateway_mod3736_token":
        body = rs(rng, UPPER_ALNUM, 24)
        return "mgw-" + body + mod3736_char(body)
    if typ == "pattern_api_hs512_jwt":
        iat = 1717000000 + rng.randint(0, 20000000)
        payload = {"sub": "shop-%d" % rng.randint(1000, 99999), "scope": "patterns:download",
                   "iat": iat, "exp": iat + 86400 * rng.choice([30, 90, 365])}
        return jwt_hs({"alg": "HS512", "typ": "JWT"}, payload, rbytes(rng, 64), "HS512")
    if typ == "yarn_shop_django_secret_key":
        return rs(rng, DJANGO_CHARS, 50)
    if typ == "mill_wireguard_private_key":
        b = bytearray(rbytes(rng, 32))
        b[0] &= 248
        b[31] &= 127
        b[31] |= 64
        return b64(bytes(b))
    raise KeyError(typ)


def check_value(typ, v):
    """Return an error string or None."""
    if typ in PW_TYPES:
        return None if PW_RE.match(v) else "password form"
    if typ == "flock_sync_verhoeff_key":
        m = re.match(r"^fsk_(\d{13})_[A-Za-z0-9]{30}$", v)
        return None if m and verhoeff_ok(m.group(1)) else "verhoeff"
    if typ == "bale_tracker_crc32_token":
        m = re.match(r"^wbt_([A-Za-z0-9]{32})\.([0-9a-f]{8})$", v)
        return None if m and crc32_hex(m.group(1)) == m.group(2) else "crc32"
    if typ == "mill_gateway_mod3736_token":
        m = re.match(r"^mgw-([A-Z0-9]{25})$", v)
        return None if m and mod3736_ok(m.group(1)) else "mod3736"
    if typ == "pattern_api_hs512_jwt":
        return None if jwt_valid(v) and v.startswith("eyJhbGciOiJIUzUxMiI") else "jwt"
    if typ == "yarn_shop_django_secret_key":
        return None if re.match(r"^[a-z0-9!@#$%^&*(\-_=+)]{50}$", v) else "django"
    if typ == "mill_wireguard_private_key":
        try:
            b = base64.b64decode(v, validate=True)
        except Exception:
            return "wg b64"
        ok = len(v) == 44 and len(b) == 32 and b[0] & 7 == 0 and b[31] & 128 == 0 and b[31] & 64
        return None if ok else "wg clamp"
    return "unknown type"


M = MARK
# container kind -> (style, template). {K} = key name in style, {M} = marker
CONTAINERS = [
    ("flock_app_flutter_dotenv", "upper",
     "# assets/.env (flutter_dotenv) - flock app, release flavour\nAPI_BASE_URL=https://api.glenmorrow-flock.example/v2\nEID_READER_BAUD=9600\n{K}={M}\nSENTRY_ENVIRONMENT=production\n"),
    ("flock_app_kmp_buildkonfig_gradle_kts", "camel",
     "buildkonfig {\n    packageName = \"nz.tussockhill.flock\"\n    defaultConfigs {\n        buildConfigField(STRING, \"apiHost\", \"flock.tussockhill.example\")\n        buildConfigField(STRING, \"{K}\", \"{M}\")\n    }\n}\n"),
    ("flock_app_ios_release_xcconfig", "upper",
     "// Release.xcconfig - FlockBook iOS\nPRODUCT_BUNDLE_IDENTIFIER = uk.fellside.flockbook\nAPI_HOST = api.fellside-farm.example\n{K} = {M}\nMARKETING_VERSION = 4.2.1\n"),
    ("flock_app_capacitor_config_ts", "camel",
     "import type { CapacitorConfig } from '@capacitor/cli';\n\nconst config: CapacitorConfig = {\n  appId: 'au.yarrabee.flock',\n  appName: 'Yarrabee Flock',\n  plugins: {\n    FlockSync: { host: 'sync.yarrabee-merino.example', {K}: '{M}' },\n  },\n};\nexport default config;\n"),
    ("eid_stick_bridge_dotnet_appsettings_json", "pascal",
     "{\n  \"Serial\": { \"Port\": \"COM4\", \"BaudRate\": 9600 },\n  \"FlockRegister\": {\n    \"BaseUrl\": \"https://register.glenmorrow-flock.example\",\n    \"{K}\": \"{M}\"\n  },\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } }\n}\n"),
    ("eid_stick_bridge_python_dotenv", "upper",
     "# /opt/eid-bridge/.env\nREADER_DEVICE=/dev/ttyUSB0\nREADER_MODEL=stick-reader\nUPLOAD_URL=https://register.fellside-farm.example/api/eid\n{K}=\"{M}\"\n"),
    ("shearing_tally_django_settings_py", "upper",
     "# tally/settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"tally.shearing-gang.example\"]\n{K} = \"{M}\"\nTIME_ZONE = \"Pacific/Auckland\"\n"),
    ("shearing_tally_sveltekit_env", "upper",
     "# .env.production (SvelteKit, $env/static/private)\nPUBLIC_SHED_NAME=Te Awa woolshed\nDATABASE_HOST=db.internal\n{K}='{M}'\nORIGIN=https://tally.teawa-station.example\n"),
    ("shearing_tally_supabase_config_toml", "snake",
     "# supabase/config.toml\nproject_id = \"tally-board\"\n\n[api]\nport = 54321\n\n[edge_runtime.secrets]\n{K} = \"{M}\"\n"),
    ("wool_clip_quarkus_application_properties", "dot",
     "# src/main/resources/application.properties\nquarkus.http.port=8080\nquarkus.datasource.jdbc.url=jdbc:postgresql://db.internal:5432/clip\nclip.{K}={M}\nclip.awex.region=N\n"),
    ("wool_clip_micronaut_application_yml", "kebab",
     "micronaut:\n  application:\n    name: wool-clip\nclip:\n  broker-host: clip.southdown-wool.example\n  {K}: '{M}'\n"),
    ("wool_clip_go_viper_config_yaml", "snake",
     "# config.yaml read by viper\nserver:\n  listen: \":8088\"\nclip:\n  store: postgres://clip@db.internal/clip\n  {K}: \"{M}\"\n"),
    ("wool_scour_ignition_gateway_script_py", "camel",
     "# Ignition gateway timer script - scour bowl sync\nlogger = system.util.getLogger(\"scourSync\")\nhost = \"scour-hmi.mill.internal\"\n{K} = \"{M}\"\nsystem.net.httpPost(\"https://\" + host + \"/api/bowls\", \"application/json\", \"{{}}\")\n"),
    ("carding_line_telegraf_conf", "snake",
     "[[inputs.opcua]]\n  name = \"carding_line_2\"\n  endpoint = \"opc.tcp://card2.mill.internal:4840\"\n\n[[outputs.http]]\n  url = \"https://metrics.kingsmill-yarns.example/write\"\n  [outputs.http.headers]\n    {K} = \"{M}\"\n"),
    ("spinning_frame_grafana_ini", "snake",
     "[server]\ndomain = grafana.mill.internal\n\n[security]\nadmin_user = millops\n{K} = {M}\n\n[auth.anonymous]\nenabled = false\n"),
    ("dyehouse_lab_renviron", "upper",
     "# ~/.Renviron on the dye-lab PC\nR_LIBS_USER=C:/R/library\nSPECTRO_EXPORT=//dyelab/exports\n{K}={M}\n"),
    ("dyehouse_spectro_vbnet_settings_xml", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<SettingsFile xmlns=\"http://schemas.microsoft.com/VisualStudio/2004/01/settings\" CurrentProfile=\"(Default)\">\n  <Settings>\n    <Setting Name=\"RecipeServer\" Type=\"System.String\"><Value Profile=\"(Default)\">dyehouse-sql01</Value></Setting>\n    <Setting Name=\"{K}\" Type=\"System.String\"><Value Profile=\"(Default)\">{M}</Value></Setting>\n  </Settings>\n</SettingsFile>\n"),
    ("yarn_shop_medusa_config_js", "camel",
     "module.exports = defineConfig({\n  projectConfig: {\n    databaseUrl: process.env.DATABASE_URL,\n    http: { storeCors: 'https://shop.purlandfleece.example' },\n    {K}: '{M}',\n  },\n})\n"),
    ("yarn_shop_saleor_env", "upper",
     "# saleor/.env\nALLOWED_HOSTS=shop.skeinandsheep.example\nDEFAULT_FROM_EMAIL=orders@skeinandsheep.example\n{K}={M}\nCELERY_BROKER_URL=redis://redis:6379/1\n"),
    ("yarn_shop_magento_env_php", "snake",
     "<?php\nreturn [\n    'backend' => ['frontName' => 'yarnadmin'],\n    'db' => ['connection' => ['default' => ['host' => 'db.internal', 'dbname' => 'magento']]],\n    'yarnshop' => ['{K}' => '{M}'],\n    'MAGE_MODE' => 'production',\n];\n"),
    ("yarn_shop_astro_env_production", "upper",
     "# .env.production (Astro)\nPUBLIC_SITE=https://www.hebrideanhanks.example\nPUBLIC_CURRENCY=GBP\n{K}=\"{M}\"\n"),
    ("pattern_store_strapi_env", "upper",
     "HOST=0.0.0.0\nPORT=1337\nAPP_KEYS_COUNT=4\n{K}={M}\nDATABASE_CLIENT=postgres\n"),
    ("pattern_store_hugo_params_toml", "camel",
     "baseURL = \"https://patterns.fellside-knits.example/\"\ntitle = \"Fellside Knits\"\n\n[params]\n  shopCurrency = \"GBP\"\n  {K} = \"{M}\"\n"),
    ("lambing_cam_frigate_config_yml", "snake",
     "mqtt:\n  host: 192.168.20.5\ncameras:\n  lambing_pen_3:\n    ffmpeg:\n      inputs:\n        - path: rtsp://192.168.20.43:554/stream1\n          roles: [detect]\n# kept here until the shed move\n{K}: \"{M}\"\n"),
    ("lambing_cam_go2rtc_yaml", "snake",
     "streams:\n  pen_north: rtsp://192.168.20.41/Streaming/Channels/101\napi:\n  listen: \":1984\"\n  origin: \"*\"\n{K}: '{M}'\n"),
    ("trough_sensor_zephyr_prj_conf", "upper",
     "CONFIG_LORAWAN=y\nCONFIG_LORAWAN_REGION_EU868=y\nCONFIG_TROUGH_LEVEL_INTERVAL_S=900\nCONFIG_{K}=\"{M}\"\n"),
    ("trough_sensor_arduino_secrets_h", "upper",
     "// arduino_secrets.h - trough level node\n#define SECRET_SSID \"woolshed-iot\"\n#define SECRET_{K} \"{M}\"\n"),
    ("fence_monitor_mosquitto_bridge_conf", "snake",
     "connection fence-cloud\naddress mqtt.energiser-cloud.example:8883\ntopic fence/# out 1\nbridge_insecure false\n# {K} {M}\n"),
    ("weather_station_weewx_conf", "snake",
     "[StdRESTful]\n    [[Wunderground]]\n        enable = false\n    [[FarmHub]]\n        enable = true\n        station = KILNBRAE01\n        {K} = {M}\n"),
    ("ops_ansible_host_vars_yml", "snake",
     "---\n# host_vars/mill-gw01.yml\nansible_host: 10.40.0.11\nmill_site: kingsmill\n{K}: \"{M}\"\n"),
    ("ops_terraform_auto_tfvars", "snake",
     "# prod.auto.tfvars\nregion      = \"ap-southeast-2\"\nenvironment = \"prod\"\n{K} = \"{M}\"\n"),
    ("ops_helm_values_secret_yaml", "camel",
     "# values-prod.yaml (helm)\nreplicaCount: 2\nimage:\n  repository: registry.kingsmill-yarns.example/shop\nsecrets:\n  {K}: \"{M}\"\n"),
    ("ops_k8s_secret_stringdata_yaml", "upper",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: flock-api\n  namespace: farm\ntype: Opaque\nstringData:\n  {K}: \"{M}\"\n"),
    ("ops_github_actions_workflow_env", "upper",
     "name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      {K}: \"{M}\"\n    steps:\n      - uses: actions/checkout@v4\n"),
    ("ops_gitlab_ci_variables_yml", "upper",
     "variables:\n  DEPLOY_HOST: mill-app01.internal\n  {K}: \"{M}\"\n\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n"),
    ("ops_woodpecker_ci_yml", "upper",
     "steps:\n  - name: publish\n    image: alpine:3.20\n    environment:\n      {K}: \"{M}\"\n    commands:\n      - ./publish.sh\n"),
    ("ops_zsh_history", "upper",
     ": 1712301122:0;cd ~/src/flock-api\n: 1712301130:0;export {K}='{M}'\n: 1712301139:0;make run\n"),
    ("ops_direnv_envrc", "upper",
     "# .envrc\nexport DATABASE_URL=postgres://clip@localhost/clip_dev\nexport {K}='{M}'\n"),
    ("ops_vault_kv_put_history", "snake",
     "$ vault kv put secret/farm/flock-api {K}='{M}'\n======= Secret Path =======\nsecret/data/farm/flock-api\n"),
    ("shearing_gang_signal_chat_export", "spaced",
     "[06/10/24 05:42] Hemi: gang starts at Te Awa 7am sharp\n[06/10/24 05:44] Aroha: whats the {K} again\n[06/10/24 05:45] Hemi: {M}\n[06/10/24 05:45] Aroha: cheers\n"),
    ("sheep_farm_facebook_group_post", "spaced",
     "Anyone else had the flock app log them out after the update?? Our contractor set it up, the {K} he gave us is {M} but it keeps saying invalid. Running it on an old Samsung tablet in the shed.\n"),
    ("wool_mill_jira_ticket_comment", "spaced",
     "MILL-1432 Scour line export failing since Tuesday\n\nComment (Gareth P.): Reset done on site. New {K} is {M} - please update the integration and close.\n"),
    ("wool_classer_bale_spreadsheet_csv", "title",
     "Farm,Bale No,Line,Micron,System,{K}\nKilnbrae,114,AAAM,18.6,clip-portal,{M}\n"),
    ("woolshed_whiteboard_photo_ocr", "title",
     "WOOLSHED - SEASON 24/25\nStands: 4 Pressing: Jo\nWifi: woolshed-iot\n{K}: {M}\nVet: 027 555 0147\n"),
    ("yarn_shop_owner_email_to_freelancer", "spaced",
     "Subject: shop login for the autumn update\n\nHi Priya,\n\nhere is what you asked for - the {K} is {M} (I changed it last week). The new colourways go live on Friday.\n\nThanks, Morag\n"),
]
CONTAINER_NAMES = [c[0] for c in CONTAINERS]


def pairing():
    """15 blocks of three kinds; each block deals a seeded permutation of the 12 types."""
    rng = random.Random(SEED_PAIRING)
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for k in range(3):
            kind = CONTAINERS[b * 3 + k]
            for typ in perm[k * 4:(k + 1) * 4]:
                out.append((kind, typ))
    return out


def build(reg, start_index):
    rng = random.Random(SEED_VALUES)
    recs = []
    words = {t[0]: t[1] for t in TYPES}
    idx = start_index
    for (kind, style, tmpl), typ in pairing():
        key = style_key(words[typ], style)
        v = reg.draw(lambda: gen_value(typ, rng))
        template = tmpl.replace("{K}", key).replace("{M}", MARK).replace("{{}}", "{}")
        recs.append(span_record("%s-s-%04d" % ("p243", idx), typ, kind, template, v, "everyday"))
        idx += 1
    return recs
