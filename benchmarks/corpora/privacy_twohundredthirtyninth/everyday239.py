"""Everyday source: 12 secret types of the coffee world x 45 container kinds, 4 records each."""
import base64
import random

import common239 as C

SEED_VALUES = 23901
SEED_PAIRING = 23911

# (type, key words, description, kind)
TYPES = [
    ("roaster_profile_console_password", ["roaster", "console", "password"],
     "owner-chosen password of the roaster control console (drum roaster profile PC)", "pw"),
    ("espresso_fleet_telemetry_password", ["espresso", "telemetry", "password"],
     "owner-chosen web password of the connected espresso-machine telemetry gateway", "pw"),
    ("cafe_pos_back_office_password", ["pos", "back", "office", "password"],
     "owner-chosen back-office password of the cafe point-of-sale", "pw"),
    ("green_coffee_inventory_db_password", ["green", "inventory", "db", "password"],
     "owner-chosen password of the green-coffee inventory database", "pw"),
    ("subscription_shop_admin_password", ["shop", "admin", "password"],
     "owner-chosen admin password of the coffee / tea subscription web shop", "pw"),
    ("packing_line_checkweigher_hmi_password", ["checkweigher", "hmi", "password"],
     "owner-chosen service password of the bag packing line's checkweigher HMI", "pw"),
    ("roast_logger_damm_key", ["roast", "logger", "key"],
     "`rlk_` + 7-digit roaster serial + its real Damm check digit + `_` + 26 base62; key of the roast-curve logger ingest API (layout invented)", "gen"),
    ("green_lot_crc32_token", ["green", "lot", "token"],
     "`gct_` + 28 base62 + `_` + 8 lower-case hex of the real CRC-32 of those 28 characters; token of the green-lot traceability API (layout invented)", "gen"),
    ("cupping_portal_mod97_token", ["cupping", "portal", "token"],
     "`cpt-` + 22 upper-case alphanumerics + 2 ISO 7064 MOD 97-10 check digits (IBAN arithmetic, letters A=10 … Z=35); token of the cupping-score portal (layout invented)", "gen"),
    ("subscription_shop_laravel_app_key", ["shop", "app", "key"],
     "Laravel `APP_KEY`: `base64:` + standard Base64 of 32 random bytes (the whole string is the value); encrypts the subscription shop's cookies", "gen"),
    ("loyalty_card_fernet_key", ["loyalty", "fernet", "key"],
     "Fernet key: URL-safe Base64 (with `=`) of 32 random bytes (44 characters); encrypts the loyalty-card balances", "gen"),
    ("barista_app_hs384_jwt", ["barista", "api", "jwt"],
     "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 under a discarded key); bearer token of the barista order-queue API", "gen"),
]

B62 = C.ALNUM


def gen_value(t, rng):
    if t == "roast_logger_damm_key":
        serial = C.rs(rng, C.DIGITS, 7)
        return "rlk_" + serial + C.damm(serial) + "_" + C.rs(rng, B62, 26)
    if t == "green_lot_crc32_token":
        body = C.rs(rng, B62, 28)
        return "gct_" + body + "_" + C.crc32hex(body)
    if t == "cupping_portal_mod97_token":
        body = C.rs(rng, C.UPALNUM, 22)
        return "cpt-" + body + C.mod97_check(body)
    if t == "subscription_shop_laravel_app_key":
        return "base64:" + base64.b64encode(C.rbytes(rng, 32)).decode()
    if t == "loyalty_card_fernet_key":
        return base64.urlsafe_b64encode(C.rbytes(rng, 32)).decode()
    if t == "barista_app_hs384_jwt":
        iat = 1735689600 + rng.randint(0, 20000000)
        payload = {"sub": "barista-%03d" % rng.randint(1, 400), "shop": rng.choice(["quay-st", "old-mill", "tea-loft", "market-hall"]),
                   "scope": rng.choice(["orders:write", "queue:read queue:write", "tickets:bump"]),
                   "iat": iat, "exp": iat + rng.choice([3600, 28800, 86400])}
        return C.jwt_hs(rng, "HS384", payload)
    return C.password(rng)


def validate(t, v):
    import re
    kind = dict((x[0], x[3]) for x in TYPES)[t]
    if kind == "pw":
        return bool(C.PW_RE.match(v))
    if t == "roast_logger_damm_key":
        m = re.match(r"^rlk_([0-9]{7})([0-9])_[A-Za-z0-9]{26}$", v)
        return bool(m) and C.damm(m.group(1)) == m.group(2)
    if t == "green_lot_crc32_token":
        m = re.match(r"^gct_([A-Za-z0-9]{28})_([0-9a-f]{8})$", v)
        return bool(m) and C.crc32hex(m.group(1)) == m.group(2)
    if t == "cupping_portal_mod97_token":
        m = re.match(r"^cpt-([A-Z0-9]{22})([0-9]{2})$", v)
        return bool(m) and C.mod97_num(m.group(1) + m.group(2)) % 97 == 1
    if t == "subscription_shop_laravel_app_key":
        if not v.startswith("base64:"):
            return False
        try:
            return len(base64.b64decode(v[7:], validate=True)) == 32 and len(v) == 51
        except Exception:
            return False
    if t == "loyalty_card_fernet_key":
        try:
            return len(v) == 44 and len(base64.urlsafe_b64decode(v)) == 32 and re.match(r"^[A-Za-z0-9_-]{43}=$", v) is not None
        except Exception:
            return False
    if t == "barista_app_hs384_jwt":
        return C.jwt_ok(v) and '"HS384"' in C.b64u_dec(v.split(".")[0]).decode()
    return False


# (kind, key style, template). %K% key, %V% value, fillers %H% %U% %P% %N% %D% %T% %L%.
CONTAINERS = [
    ("roastery_artisan_settings_ini", "pascal",
     "[General]\nroastertype=Giesen W15A\nroastersize=15\n\n[Extras]\nMachineHost=%H%\n%K%=%V%\nChargeTemp=205\nDropTemp=218\n"),
    ("roastery_cropster_bridge_yaml", "snake",
     "# c-sync bridge for roaster %N%\nmachine: w15a-quay\nserial_port: /dev/ttyUSB0\nupload:\n  host: %H%\n  %K%: \"%V%\"\n  interval_s: 2\n"),
    ("roastery_plc_codesys_gvl", "pascal",
     "VAR_GLOBAL CONSTANT\n    BurnerMaxPct : INT := 95;\n    DrumRpm : INT := 52;\n    %K% : STRING(80) := '%V%';\n    AirflowPa : REAL := 38.5;\nEND_VAR\n"),
    ("roastery_node_red_flows_cred_json", "camel",
     "{\n  \"a41f9c2e.7b1d\": {\n    \"user\": \"%U%\",\n    \"%K%\": \"%V%\"\n  },\n  \"mqttBroker\": \"%H%\"\n}\n"),
    ("roastery_mosquitto_bridge_conf", "snake",
     "connection roastery-to-cloud\naddress %H%:8883\ntopic roaster/# out 1\nremote_clientid quay-roaster-%N%\n# %K% %V%\nbridge_insecure false\n"),
    ("roastery_home_assistant_secrets_yaml", "snake",
     "# secrets.yaml (roastery Home Assistant)\nwifi_ssid: \"RoastFloor\"\ndrum_probe_host: %H%\n%K%: \"%V%\"\ncooling_tray_plug: switch.tray_fan\n"),
    ("roastery_esphome_probe_yaml", "snake",
     "esphome:\n  name: bean-probe-%N%\nsensor:\n  - platform: max31865\n    name: bean_temp\nsubstitutions:\n  %K%: \"%V%\"\nota:\n  platform: esphome\n"),
    ("roastery_vector_pipeline_toml", "snake",
     "[sources.roast_curves]\ntype = \"file\"\ninclude = [\"/var/log/artisan/*.alog\"]\n\n[sinks.cloud]\ntype = \"http\"\nuri = \"https://%H%/ingest\"\n%K% = \"%V%\"\n"),
    ("espresso_bar_lamarzocco_gateway_json", "camel",
     "{\n  \"machineSerial\": \"GS%N%0815\",\n  \"groupCount\": 3,\n  \"gatewayHost\": \"%H%\",\n  \"%K%\": \"%V%\",\n  \"boilerTargetC\": 123.5\n}\n"),
    ("espresso_bar_kiosk_plist", "pascal",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>KioskStore</key>\n  <string>quay-st</string>\n  <key>%K%</key>\n  <string>%V%</string>\n</dict>\n</plist>\n"),
    ("espresso_bar_android_local_properties", "dot",
     "## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/home/%U%/Android/Sdk\n%K%=%V%\n"),
    ("espresso_bar_flutter_dart_defines_json", "upper",
     "{\n  \"API_BASE\": \"https://%H%\",\n  \"STORE_ID\": \"quay-st\",\n  \"%K%\": \"%V%\"\n}\n"),
    ("espresso_bar_expo_app_config_js", "camel",
     "export default {\n  name: 'Queue Board',\n  slug: 'queue-board',\n  extra: {\n    apiBase: 'https://%H%',\n    %K%: '%V%',\n  },\n};\n"),
    ("espresso_bar_electron_store_json", "camel",
     "{\n\t\"windowBounds\": {\"width\": 1280, \"height\": 800},\n\t\"printerName\": \"Star TSP143\",\n\t\"%K%\": \"%V%\"\n}\n"),
    ("tea_merchant_hydrogen_env", "upper",
     "PUBLIC_STORE_DOMAIN=kettleleaf-tea.example\nPUBLIC_STOREFRONT_ID=%N%000417\n%K%=\"%V%\"\nSESSION_COOKIE=kl_sess\n"),
    ("tea_merchant_laravel_dotenv", "upper",
     "APP_NAME=KettleLeaf\nAPP_ENV=production\nDB_HOST=%H%\nDB_USERNAME=%U%\n%K%=%V%\nQUEUE_CONNECTION=redis\n"),
    ("tea_merchant_rails_credentials_yml", "snake",
     "# rails credentials:edit (decrypted copy, do not commit)\nproduction:\n  %K%: %V%\n  smtp_host: %H%\n"),
    ("tea_merchant_spring_application_yml", "kebab",
     "spring:\n  datasource:\n    url: jdbc:postgresql://%H%:%P%/teashop\nkettleleaf:\n  %K%: \"%V%\"\n  blend-cache-ttl: 300\n"),
    ("tea_merchant_symfony_parameters_yaml", "snake",
     "parameters:\n    locale: en\n    mailer_host: %H%\n    %K%: '%V%'\n    tea_catalogue_page_size: 24\n"),
    ("subscription_app_pydantic_settings_py", "snake",
     "class Settings(BaseSettings):\n    store_name: str = \"Ember & Bean\"\n    redis_url: str = \"redis://%H%:6379/0\"\n    %K%: str = \"%V%\"\n    model_config = SettingsConfigDict(env_file=\".env\")\n"),
    ("subscription_app_express_config_json", "camel",
     "{\n  \"port\": 8080,\n  \"shipDay\": \"tuesday\",\n  \"%K%\": \"%V%\",\n  \"grindOptions\": [\"whole\", \"filter\", \"espresso\"]\n}\n"),
    ("subscription_app_go_config_hcl", "snake",
     "server {\n  listen = \":8080\"\n}\n\nroastery {\n  name = \"northquay\"\n  %K% = \"%V%\"\n}\n"),
    ("subscription_app_elixir_runtime_exs", "snake",
     "import Config\n\nconfig :beanbox, Beanbox.Repo,\n  hostname: \"%H%\",\n  pool_size: 10\n\nconfig :beanbox, %K%: \"%V%\"\n"),
    ("subscription_app_aspnet_appsettings_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"Roastery\": {\n    \"Host\": \"%H%\",\n    \"%K%\": \"%V%\"\n  }\n}\n"),
    ("wholesale_portal_strapi_env", "upper",
     "HOST=0.0.0.0\nPORT=1337\nDATABASE_HOST=%H%\nDATABASE_NAME=wholesale\n%K%=%V%\n"),
    ("wholesale_erp_odoo_conf", "snake",
     "[options]\naddons_path = /opt/odoo/addons,/opt/odoo/roastery\ndb_host = %H%\ndb_user = odoo\n%K% = %V%\nworkers = 4\n"),
    ("ops_terraform_tfvars", "snake",
     "region        = \"eu-west-2\"\ncafe_count    = %N%\n%K% = \"%V%\"\nroaster_subnet = \"10.20.4.0/24\"\n"),
    ("ops_ansible_group_vars_yaml", "snake",
     "---\nroastery_hosts_group: roastfloor\nntp_server: %H%\n%K%: \"%V%\"\nlogrotate_days: 14\n"),
    ("ops_docker_compose_environment", "upper",
     "services:\n  roastlog:\n    image: registry.emberandbean.internal/roastlog:%N%.2\n    environment:\n      - DB_HOST=%H%\n      - %K%=%V%\n    restart: unless-stopped\n"),
    ("ops_nomad_job_env_stanza", "upper",
     "job \"cupping-portal\" {\n  group \"web\" {\n    task \"app\" {\n      env {\n        PORT = \"8080\"\n        %K% = \"%V%\"\n      }\n    }\n  }\n}\n"),
    ("ops_systemd_unit_environment", "upper",
     "[Unit]\nDescription=Roast curve uploader\n\n[Service]\nUser=%U%\nEnvironment=\"%K%=%V%\"\nExecStart=/usr/local/bin/roast-uploader --watch /srv/alog\n"),
    ("ops_bash_history", "upper",
     "  501  cd /srv/roastlog\n  502  export %K%=%V%\n  503  ./roastlog migrate\n  504  systemctl restart roastlog\n"),
    ("ops_fish_history_yaml", "upper",
     "- cmd: cd ~/wholesale-portal\n  when: 1737012345\n- cmd: set -x %K% %V%\n  when: 1737012361\n- cmd: npm run start\n  when: 1737012370\n"),
    ("ops_circleci_config_yml", "upper",
     "version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/python:3.12\n    environment:\n      %K%: \"%V%\"\n    steps:\n      - checkout\n"),
    ("ops_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy shop\n          script:\n            - export %K%=\"%V%\"\n            - ./deploy.sh\n"),
    ("ops_azure_pipelines_variables_yml", "camel",
     "trigger:\n- main\nvariables:\n  buildConfiguration: Release\n  %K%: '%V%'\npool:\n  vmImage: ubuntu-latest\n"),
    ("ops_k8s_configmap_misuse_yaml", "upper",
     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: barista-queue\ndata:\n  LOG_LEVEL: info\n  %K%: \"%V%\"\n"),
    ("ops_fly_toml_env", "upper",
     "app = \"beanbox-subs\"\nprimary_region = \"lhr\"\n\n[env]\n  PORT = \"8080\"\n  %K% = \"%V%\"\n"),
    ("ops_render_blueprint_yaml", "upper",
     "services:\n  - type: web\n    name: tea-shop\n    envVars:\n      - key: %K%\n        value: \"%V%\"\n      - key: NODE_ENV\n        value: production\n"),
    ("cafe_whatsapp_group_export", "spaced",
     "[%D%, %T%] Ines (Quay St): morning! machine 2 is descaled\n[%D%, %T%] Tomasz: %K% is now %V% , changed it after the audit\n[%D%, %T%] Ines (Quay St): 👍\n"),
    ("roastery_discord_channel_log", "spaced",
     "#roast-floor — %D%\nkofi: batch %L% dropped at 12:40, 14.8% loss\nmira: for the new tablet the %K% = %V%\nkofi: cheers\n"),
    ("barista_trello_card_comment", "spaced",
     "Card: Set up second grinder + tablet (Old Mill)\nComment by %U% on %D%:\nDone. %K%: %V% — please move it to the vault later.\n"),
    ("roastery_notion_page_export_md", "spaced",
     "# Roastery onboarding\n\n## Day one\n- Safety walk around the roaster and afterburner\n- Log in to the tablet, %K% %V%\n- Read the green-storage rules\n"),
    ("cupping_sheet_csv_export", "title",
     "Date,Sample,Origin,Score,Notes\n%D%,S-%N%,Huila,86.25,\"stone fruit, panela\"\n%D%,admin,,,\"%K%: %V%\"\n"),
    ("espresso_bar_chalkboard_photo_ocr", "title",
     "TODAY'S SINGLE ORIGIN\nETHIOPIA GUJI - NATURAL\nflat white 3.60  cortado 3.20\n%K%: %V%\nbatch brew refill at 11\n"),
]


def build(reg):
    rng_v = random.Random(SEED_VALUES)
    rng_p = random.Random(SEED_PAIRING)
    types = [t[0] for t in TYPES]
    assign = []  # (container index, type)
    for block in range(15):
        perm = types[:]
        rng_p.shuffle(perm)
        for j in range(3):
            ci = block * 3 + j
            for t in perm[j * 4:(j + 1) * 4]:
                assign.append((ci, t))
    recs = []
    tinfo = {t[0]: t for t in TYPES}
    for ci, t in assign:
        kind, style, tpl = CONTAINERS[ci]
        v = reg.draw(lambda: gen_value(t, rng_v))
        key = C.keyname(tinfo[t][1], style)
        fill = C.fillers(rng_v)
        fill["K"] = key
        text, s, e = C.place(tpl, v, fill)
        recs.append({"type": t, "container": kind, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "everyday"})
    return recs
