"""Everyday source: 12 beekeeping secret types x 45 container kinds, 4 records per kind."""
import random

import common174 as C

SEED = 17401

# (type, key words, description, kind of value)
TYPES = [
    ("hive_scale_gateway_admin_password", ["scale", "gateway", "admin", "password"],
     "owner-chosen admin password of the LoRaWAN / GSM hive-scale gateway web UI", "pw"),
    ("inspection_log_db_password", ["inspection", "db", "password"],
     "owner-chosen password of the apiary inspection-log database account", "pw"),
    ("bottling_line_hmi_operator_password", ["bottling", "hmi", "operator", "password"],
     "owner-chosen operator password of the honey bottling-line HMI", "pw"),
    ("bee_health_registry_login_password", ["bee", "health", "registry", "password"],
     "owner-chosen login password of the bee-health registry / disease-reporting portal", "pw"),
    ("association_cms_admin_password", ["association", "cms", "admin", "password"],
     "owner-chosen admin password of the beekeeping-association membership CMS", "pw"),
    ("pollination_portal_password", ["pollination", "portal", "password"],
     "owner-chosen password of the pollination-contract portal shared with growers", "pw"),
    ("hive_sensor_ingest_api_key", ["hive", "ingest", "api", "key"],
     "`hsk_live_` + 32 base62, hive-sensor ingest API key (prefix invented)", "hsk"),
    ("lorawan_otaa_app_key", ["lorawan", "app", "key"],
     "LoRaWAN 1.0.x OTAA AppKey: 32 upper-case hex (AES-128 root key of a hive node)", "appkey"),
    ("jar_label_trace_hmac_key", ["label", "trace", "hmac", "key"],
     "64 lower-case hex HMAC key that signs the traceability QR codes on honey-jar labels", "hex64"),
    ("varroa_tracker_service_jwt", ["varroa", "service", "token"],
     "HS256 JWT (real base64url JSON header and payload, real HMAC) of the varroa-count tracker", "jwt"),
    ("honey_shop_webhook_signing_secret", ["shop", "webhook", "secret"],
     "`hswh_` + base64url of 32 random bytes (43 chars), honey-shop order webhook signing secret (prefix invented)", "hswh"),
    ("gsm_scale_dtls_psk", ["scale", "dtls", "psk"],
     "Base64 of 16 random bytes (24 chars with `==`), DTLS pre-shared key of a GSM hive scale", "psk"),
]

V = "@V@"

# (kind name, key style, template).  @K@ key, @V@ value, @H@ host, @U@ user, @N@ number
KINDS = [
    ("apiary_api_laravel_dotenv", "upper",
     "APP_NAME=ApiaryApi\nAPP_ENV=production\nDB_HOST=@H@\nDB_USERNAME=@U@\n@K@=@V@\nQUEUE_CONNECTION=redis\n"),
    ("hive_dashboard_nuxt_env_production", "upper",
     "NUXT_PUBLIC_SITE_URL=https://hives.meadowbee.example\nNUXT_PUBLIC_MAP_STYLE=outdoors\nNUXT_@K@=@V@\nNITRO_PRESET=node-server\n"),
    ("inspection_log_fastapi_dotenv", "upper",
     "# inspection-log service\nUVICORN_WORKERS=@N@\nINSPECTION_TZ=Europe/Dublin\n@K@=\"@V@\"\nLOG_LEVEL=info\n"),
    ("hive_scale_esp32_platformio_ini", "upper",
     "[env:hivescale-ttgo]\nplatform = espressif32\nboard = ttgo-lora32-v21\nframework = arduino\nbuild_flags =\n  -D HX711_DOUT=@N@\n  -D @K@=\\\"@V@\\\"\n  -D LMIC_REGION_EU868\n"),
    ("hive_node_nrf_prj_conf", "upper",
     "CONFIG_LORAWAN=y\nCONFIG_LORAMAC_REGION_EU868=y\nCONFIG_SENSOR=y\nCONFIG_HIVE_@K@=\"@V@\"\nCONFIG_LOG_DEFAULT_LEVEL=@N@\n"),
    ("lorawan_gateway_chirpstack_toml", "snake",
     "[integration.mqtt]\n  server=\"tcp://@H@:1883\"\n  json=true\n\n[hive_bridge]\n  @K@=\"@V@\"\n  uplink_topic=\"application/+/device/+/event/up\"\n"),
    ("gsm_scale_modem_init_ini", "snake",
     "[modem]\napn = iot.1nce.net\nband = 20\nbaud = 115200\n\n[server]\nhost = @H@\nport = 5684\n@K@ = @V@\n"),
    ("hive_acoustics_fluent_bit_conf", "pascal",
     "[OUTPUT]\n    Name        http\n    Match       hive.acoustics.*\n    Host        @H@\n    Port        443\n    Header      X-@K@ @V@\n    tls         On\n"),
    ("apiary_log_django_settings_py", "upper",
     "from .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"@H@\"]\n@K@ = \"@V@\"\nINSPECTION_PHOTO_BUCKET = \"apiary-photos\"\n"),
    ("queen_records_rails_credentials_yml", "snake",
     "# bin/rails credentials:edit  (decrypted copy, do not commit)\nsecret_key_base_note: rotated in spring\nqueen_records:\n  @K@: \"@V@\"\n  breeder_feed_host: @H@\n"),
    ("varroa_tracker_go_config_yaml", "snake",
     "server:\n  listen: \":8080\"\nstorage:\n  dsn_host: @H@\n  user: @U@\nintegrations:\n  @K@: '@V@'\n  mite_threshold_per_100: 3\n"),
    ("varroa_tracker_rust_config_toml", "snake",
     "[tracker]\nsample_size = 300\nalcohol_wash = true\n\n[secrets]\n@K@ = \"@V@\"\n\n[db]\nhost = \"@H@\"\n"),
    ("pollination_contracts_spring_application_yml", "kebab",
     "spring:\n  application:\n    name: pollination-contracts\nhive-rental:\n  grower-portal-host: @H@\n  @K@: \"@V@\"\n  default-hive-strength: 8-frames\n"),
    ("pollination_contracts_dotnet_usersecrets_json", "pascal",
     "{\n  \"ConnectionStrings:GrowerDb\": \"Server=@H@;Database=pollination;Integrated Security=true\",\n  \"Pollination:@K@\": \"@V@\",\n  \"Pollination:HivesPerAcre\": \"2\"\n}\n"),
    ("bottling_line_node_red_credentials_json", "camel",
     "{\n    \"f3a1c2.b77e\": {\n        \"user\": \"@U@\",\n        \"@K@\": \"@V@\"\n    },\n    \"9c0d4e.21aa\": {\n        \"broker\": \"@H@\"\n    }\n}\n"),
    ("bottling_plc_tag_export_csv", "pascal",
     "Name;Path;Data Type;Logical Address;Comment;Value\nFillerSpeed;Bottling;Int;%MW@N@;jars per minute;42\n@K@;Bottling/Secrets;String;%DB12.DBB0;set by integrator;@V@\nCapperTorque;Bottling;Real;%MD20;Nm;1.8\n"),
    ("extraction_room_home_assistant_secrets_yaml", "snake",
     "# secrets.yaml - honey house\nhoney_house_latitude: 52.11\nextractor_plug_ip: @H@\n@K@: \"@V@\"\nwarming_cabinet_setpoint: 35\n"),
    ("lot_label_bartender_integration_xml", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Integration Name=\"HoneyLotLabels\" Printer=\"ZT231-honeyhouse\">\n  <Setting Name=\"ErpHost\" Value=\"@H@\"/>\n  <Setting Name=\"@K@\" Value=\"@V@\"/>\n  <Setting Name=\"LabelTemplate\" Value=\"jar-340g-lot.btw\"/>\n</Integration>\n"),
    ("honey_shop_woocommerce_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'honeyshop' );\ndefine( 'DB_HOST', '@H@' );\ndefine( '@K@', '@V@' );\ndefine( 'WP_CACHE', true );\n$table_prefix = 'hs_';\n"),
    ("honey_shop_shopify_app_toml", "snake",
     "client_id = \"honey-shop-sync\"\nname = \"Meadow Honey Sync\"\napplication_url = \"https://@H@\"\n\n[custom]\n@K@ = \"@V@\"\n"),
    ("honey_shop_medusa_config_ts", "camel",
     "import { defineConfig } from \"@medusajs/framework/utils\"\n\nexport default defineConfig({\n  projectConfig: {\n    databaseUrl: process.env.DATABASE_URL,\n    @K@: \"@V@\",\n  },\n})\n"),
    ("association_site_drupal_settings_local_php", "snake",
     "<?php\n$settings['hash_salt_file'] = '../private/salt.txt';\n$settings['beekeepers_members']['@K@'] = '@V@';\n$settings['trusted_host_patterns'] = ['^@H@$'];\n"),
    ("association_site_netlify_toml", "upper",
     "[build]\n  command = \"hugo --minify\"\n  publish = \"public\"\n\n[build.environment]\n  HUGO_VERSION = \"0.128.0\"\n  @K@ = \"@V@\"\n"),
    ("bee_health_laravel_config_services_php", "snake",
     "<?php\n\nreturn [\n    'bee_health' => [\n        'endpoint' => 'https://@H@/api/v2',\n        '@K@' => '@V@',\n        'notifiable_diseases' => ['AFB', 'EFB', 'SHB'],\n    ],\n];\n"),
    ("bee_health_quarkus_application_properties", "dot",
     "quarkus.http.port=8081\nquarkus.datasource.db-kind=postgresql\nquarkus.datasource.username=@U@\nbeehealth.@K@=@V@\nbeehealth.report.window-days=7\n"),
    ("apiary_app_expo_app_config_ts", "camel",
     "export default {\n  name: \"ApiaryBook\",\n  slug: \"apiary-book\",\n  extra: {\n    apiBase: \"https://@H@\",\n    @K@: \"@V@\",\n  },\n};\n"),
    ("apiary_app_android_gradle_properties", "camel",
     "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\napiaryApiHost=@H@\n@K@=@V@\nkotlin.code.style=official\n"),
    ("apiary_app_ios_secrets_plist", "pascal",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>ApiHost</key>\n  <string>@H@</string>\n  <key>@K@</key>\n  <string>@V@</string>\n</dict>\n</plist>\n"),
    ("hive_ingest_kustomize_secret_generator_yaml", "upper",
     "secretGenerator:\n  - name: hive-ingest-env\n    literals:\n      - INGEST_HOST=@H@\n      - @K@=@V@\ngeneratorOptions:\n  disableNameSuffixHash: true\n"),
    ("apiary_terraform_auto_tfvars", "snake",
     "region          = \"eu-west-1\"\napiary_hostname = \"@H@\"\n@K@ = \"@V@\"\nhive_fleet_size = @N@\n"),
    ("apiary_ansible_group_vars_yml", "snake",
     "---\napiary_admin_user: @U@\napiary_gateway_host: @H@\n@K@: \"@V@\"\nntp_servers:\n  - 0.pool.ntp.org\n"),
    ("hive_ops_docker_compose_override_yml", "upper",
     "services:\n  ingest:\n    environment:\n      - LOG_LEVEL=debug\n      - @K@=@V@\n      - MQTT_HOST=@H@\n"),
    ("apiary_ci_github_workflow_env_yml", "upper",
     "name: deploy-hive-dashboard\non: [push]\nenv:\n  NODE_VERSION: 20\n  @K@: @V@\njobs:\n  build:\n    runs-on: ubuntu-latest\n"),
    ("apiary_ci_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  branches:\n    main:\n      - step:\n          name: migrate inspection db\n          script:\n            - export @K@='@V@'\n            - ./manage.py migrate\n"),
    ("bottling_scada_app_config_xml", "pascal",
     "<configuration>\n  <appSettings>\n    <add key=\"LineId\" value=\"BOTTLING-@N@\" />\n    <add key=\"@K@\" value=\"@V@\" />\n    <add key=\"HistorianHost\" value=\"@H@\" />\n  </appSettings>\n</configuration>\n"),
    ("hive_scale_micropython_secrets_py", "upper",
     "# secrets.py on the hive scale (MicroPython)\nWIFI_SSID = \"beeyard-ap\"\nMQTT_HOST = \"@H@\"\n@K@ = \"@V@\"\nSLEEP_MINUTES = @N@\n"),
    ("hive_sensor_arduino_secrets_h", "upper",
     "// arduino_secrets.h - hive temperature / humidity node\n#define SECRET_SSID \"beeyard\"\n#define SECRET_@K@ \"@V@\"\n#define HIVE_ID @N@\n"),
    ("uncapping_line_twincat_gvl", "camel",
     "{attribute 'qualified_only'}\nVAR_GLOBAL\n    nUncapSpeed : INT := @N@;\n    @K@ : STRING(80) := '@V@';\n    bKnifeHeaterOn : BOOL;\nEND_VAR\n"),
    ("apiary_log_jupyter_cell", "snake",
     "{\n \"cell_type\": \"code\",\n \"source\": [\n  \"import pandas as pd\\n\",\n  \"@K@ = '@V@'\\n\",\n  \"df = load_inspections(host='@H@')\\n\"\n ]\n}\n"),
    ("beekeeper_fish_history", "upper",
     "- cmd: cd ~/apiary-ops\n  when: 1716022911\n- cmd: set -x @K@ '@V@'\n  when: 1716022958\n- cmd: make deploy-gateway HOST=@H@\n  when: 1716023010\n"),
    ("bee_inspector_signal_group_message", "spaced",
     "[Signal - Apiary inspectors] @U@: the @K@ is @V@ - use it for tomorrow's visits, I'll change it after the EFB round\n"),
    ("honey_house_clipboard_photo_ocr", "title",
     "HONEY HOUSE - EXTRACTION DAY CHECKLIST\n[x] Warm room 35C   [x] Uncapping tray\n@K@: @V@\nLot sheet: @N@ jars 340g\n"),
    ("pollination_grower_email_thread", "spaced",
     "Hi Dan,\n\nThe almond hives go in on Tuesday. For the portal, the @K@ is @V@ (user @U@).\nThanks for sorting the access road.\n\nMaeve\n"),
    ("association_forum_discourse_post", "spaced",
     "Re: newsletter upload broken again\n\n@U@ wrote: I tried again with the @K@ @V@ and it still times out on the member list export. Any ideas?\n"),
    ("hive_ingest_cloudwatch_log_event_json", "camel",
     "{\"timestamp\": 1716023112000, \"logGroup\": \"/hive/ingest\", \"message\": \"startup config loaded {host=@H@, @K@=@V@, batch=@N@}\"}\n"),
]

HOSTS = ["gw-07.meadowbee.lan", "10.42.0.17", "ingest.heatherhives.internal", "scale-hub.apiary.lan",
         "db1.honeyhouse.internal", "192.168.50.4", "mqtt.beeyard.lan", "erp.honeyhouse.lan"]
USERS = ["apiarist", "maeve.k", "beeops", "honeyhouse", "inspector2", "ruairi", "svc_ingest", "grower_portal"]


def gen_value(rng, kind):
    if kind == "pw":
        return C.owner_password(rng)
    if kind == "hsk":
        return "hsk_live_" + C.rs(rng, C.ALNUM, 32)
    if kind == "appkey":
        return C.rs(rng, "0123456789ABCDEF", 32)
    if kind == "hex64":
        return C.rs(rng, C.HEX, 64)
    if kind == "jwt":
        payload = {"sub": "svc-varroa-" + C.rs(rng, C.LOWER + C.DIGITS, 6), "scope": "counts:write treatments:read",
                   "iat": 1714000000 + rng.randrange(2000000), "iss": "varroa-tracker"}
        return C.jwt_hs256(rng, payload)
    if kind == "hswh":
        return "hswh_" + C.b64url_nopad(C.rbytes(rng, 32))
    if kind == "psk":
        return C.b64(C.rbytes(rng, 16))
    raise ValueError(kind)


def type_index(k, j):
    return (5 * k + 3 * j + k // 12) % 12


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    for k, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            t = type_index(k, j)
            typ, words, _desc, vk = TYPES[t]
            key = C.style_key(words, style)
            val = reg.draw(lambda: gen_value(rng, vk))
            recs.append(C.make_positive(tpl.replace(V, C.MARK), val, typ, kind, "everyday",
                                        k=key, h=rng.choice(HOSTS), u=rng.choice(USERS), n=rng.randint(2, 60)))
    return recs
