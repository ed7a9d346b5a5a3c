"""Everyday source: 12 secret types of the campsite world x 45 container kinds, 4 records each."""
import hashlib
import random
import zlib

import common192 as C
from common192 import MARK

SEED = 19201
PAIR_SEED = 19211

# (type, key words, description, kind)
TYPES = [
    ("booking_grid_admin_password", ["booking", "grid", "admin", "password"],
     "owner-chosen admin password of the pitch and hook-up booking grid", "pw"),
    ("barrier_controller_web_password", ["barrier", "controller", "web", "password"],
     "owner-chosen password of the barrier / ANPR gate controller's web interface", "pw"),
    ("hookup_meter_gateway_password", ["hookup", "meter", "gateway", "password"],
     "owner-chosen login password of the electric hook-up metering gateway", "pw"),
    ("owner_portal_db_password", ["owner", "portal", "db", "password"],
     "owner-chosen password of the database behind the static-caravan owner portal", "pw"),
    ("laundry_card_console_password", ["laundry", "card", "console", "password"],
     "owner-chosen service-console password of the shower-token and laundry-card machines", "pw"),
    ("warden_rota_admin_password", ["warden", "rota", "admin", "password"],
     "owner-chosen admin password of the seasonal warden rota app", "pw"),
    ("wifi_voucher_radius_secret", ["wifi", "radius", "secret"],
     "32 alphanumerics, RADIUS shared secret between the Wi-Fi voucher hotspot and its RADIUS server", "gen"),
    ("reservation_sync_webhook_secret", ["reservation", "webhook", "secret"],
     "`cpwh_` + base64url of 32 random bytes (43 characters), signing secret of the reservation-platform sync webhooks (prefix invented)", "gen"),
    ("anpr_event_hmac_key", ["anpr", "event", "hmac", "key"],
     "48 upper-case hex (24-byte HMAC key that signs ANPR gate events sent to the booking grid; no prefix)", "gen"),
    ("owner_portal_session_jwt", ["owner", "portal", "service", "jwt"],
     "HS384 JWT (real base64url JSON header and payload, real HMAC-SHA384 under a discarded key), service token of the owner portal", "gen"),
    ("meter_ingest_api_token", ["meter", "ingest", "token"],
     "`ehm1_` + 32 base62 + `_` + 8 lower-case hex CRC-32 of the base62 body, ingest token of the hook-up meter readings API (prefix and checksum invented)", "gen"),
    ("ground_rent_app_key", ["ground", "rent", "app", "key"],
     "Laravel-style `base64:` + standard Base64 of 32 random bytes (44 characters), application encryption key of the ground-rent invoicing app", "gen"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_WORDS = {t[0]: t[1] for t in TYPES}
TYPE_KIND = {t[0]: t[3] for t in TYPES}
PW_TYPES = [t[0] for t in TYPES if t[3] == "pw"]

SITES = ["Heather Cove Holiday Park", "Bracken Ridge Caravan Site", "Curlew Sands Touring Park",
         "Oakleaf Meadow Campsite", "Lapwing Lakes RV Resort", "Shingle Bay Holiday Village",
         "Kestrel Valley Glamping", "Foxglove Farm Camping", "Moorside Caravan Club Site",
         "Duneview Holiday Park", "Badger Woods Touring Site", "Stonebridge RV Park"]


def gen_value(rng, typ):
    if TYPE_KIND[typ] == "pw":
        return C.owner_password(rng)
    if typ == "wifi_voucher_radius_secret":
        return C.rs(rng, C.ALNUM, 32)
    if typ == "reservation_sync_webhook_secret":
        return "cpwh_" + C.b64url(C.rbytes(rng, 32))
    if typ == "anpr_event_hmac_key":
        return C.rbytes(rng, 24).hex().upper()
    if typ == "owner_portal_session_jwt":
        iat = 1767225600 + rng.randrange(0, 9000000)
        return C.jwt(rng, {"alg": "HS384", "typ": "JWT"},
                     {"iss": "owner-portal", "sub": "svc-ground-rent-%d" % rng.randint(1, 99),
                      "aud": "caravan-owners", "iat": iat, "exp": iat + 31536000,
                      "scope": rng.choice(["invoices:read", "owners:sync", "rent:post"])},
                     C.rbytes(rng, 48), hashlib.sha384)
    if typ == "meter_ingest_api_token":
        body = C.rs(rng, C.B62, 32)
        return "ehm1_%s_%08x" % (body, zlib.crc32(body.encode()) & 0xFFFFFFFF)
    if typ == "ground_rent_app_key":
        return "base64:" + C.b64(C.rbytes(rng, 32))
    raise KeyError(typ)


def ctx(rng):
    o = rng.randint(2, 250)
    return {
        "site": rng.choice(SITES),
        "ip": "10.%d.%d.%d" % (rng.randint(10, 60), rng.randint(0, 9), o),
        "port": str(rng.choice([5432, 3306, 8080, 8443, 1812, 6379, 9000])),
        "n": str(rng.randint(12, 480)),
        "user": rng.choice(["warden", "reception", "siteops", "parkadmin", "gatekeeper", "meterbot"]),
        "date": "2026-%02d-%02d" % (rng.randint(3, 10), rng.randint(1, 28)),
        "name": rng.choice(["Bryony", "Gareth", "Priya", "Tomasz", "Eilidh", "Dafydd", "Maeve", "Kofi"]),
        "name2": rng.choice(["Alun", "Sinead", "Jonno", "Rhiannon", "Marek", "Hollie", "Callum"]),
    }


# container kind -> (key style, template). «K» key, «V» value slot, «x» context fields.
KINDS = [
    ("booking_grid_laravel_dotenv", "upper",
     "APP_NAME=\"PitchGrid\"\nAPP_ENV=production\nAPP_URL=https://book.«site_slug».example\nDB_CONNECTION=pgsql\nDB_HOST=«ip»\nDB_PORT=5432\n«K»=«V»\nQUEUE_CONNECTION=redis\nGRID_SEASON_START=«date»\n"),
    ("booking_grid_rails_database_yml", "snake",
     "production:\n  adapter: postgresql\n  host: «ip»\n  database: pitch_grid_production\n  username: «user»\n  «K»: \"«V»\"\n  pool: 10\n"),
    ("pitch_map_django_settings_module", "upper",
     "# pitchmap/settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"map.«site_slug».example\"]\nPITCH_GRID_COLUMNS = «n»\n«K» = \"«V»\"\nTIME_ZONE = \"Europe/London\"\n"),
    ("hookup_meter_nodered_flow_credentials_json", "camel",
     "{\n  \"a3f1c2d4.e5b6\": {\n    \"user\": \"«user»\",\n    \"«K»\": \"«V»\"\n  },\n  \"7be2d901.0c44\": {\n    \"broker\": \"mqtt://«ip»:1883\"\n  }\n}\n"),
    ("hookup_meter_telegraf_conf", "snake",
     "[[inputs.modbus]]\n  name = \"ehu_bollards\"\n  controller = \"tcp://«ip»:502\"\n  slave_id = 1\n\n[[outputs.http]]\n  url = \"https://meters.«site_slug».example/ingest\"\n  # «K» = \"«V»\"\n  data_format = \"json\"\n"),
    ("hookup_meter_esp32_platformio_ini", "upper",
     "[env:bollard_node]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n  -D SITE_ZONE=«n»\n  -D «K»=\\\"«V»\\\"\nmonitor_speed = 115200\n"),
    ("barrier_controller_openhab_things_file", "camel",
     "Bridge http:url:barrier \"Entrance Barrier\" [ baseURL=\"http://«ip»/\", refresh=5, «K»=\"«V»\" ] {\n  Channels:\n    Type switch : open \"Open\" [ commandExtension=\"api/open\" ]\n}\n"),
    ("anpr_gate_docker_compose_override_yml", "upper",
     "services:\n  anpr-bridge:\n    image: registry.«site_slug».example/anpr-bridge:2.4\n    environment:\n      - CAMERA_HOST=«ip»\n      - LANE_COUNT=2\n      - «K»=«V»\n    restart: unless-stopped\n"),
    ("anpr_gate_systemd_dropin_conf", "upper",
     "# /etc/systemd/system/anpr-gate.service.d/override.conf\n[Service]\nEnvironment=\"GATE_LANE=entry\"\nEnvironment=\"«K»=«V»\"\nRestart=always\n"),
    ("anpr_gate_csharp_appsettings_development_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"Gate\": {\n    \"CameraHost\": \"«ip»\",\n    \"«K»\": \"«V»\",\n    \"OpenPulseMs\": 800\n  }\n}\n"),
    ("shower_token_vending_micropython_secrets_py", "upper",
     "# secrets.py on the shower-block token vender (Pico W)\nWLAN_SSID = \"ShowerBlock-IoT\"\nSITE_ID = «n»\n«K» = \"«V»\"\n"),
    ("laundry_card_reader_arduino_secrets_h", "upper",
     "#pragma once\n// arduino_secrets.h - launderette card reader\n#define SECRET_SITE_ID «n»\n#define «K» \"«V»\"\n"),
    ("laundry_card_kiosk_winforms_app_config", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"SiteName\" value=\"«site»\" />\n    <add key=\"«K»\" value=\"«V»\" />\n    <add key=\"TokenPricePence\" value=\"50\" />\n  </appSettings>\n</configuration>\n"),
    ("owner_portal_wordpress_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'owners_portal' );\ndefine( 'DB_USER', '«user»' );\ndefine( 'DB_HOST', '«ip»' );\ndefine( '«K»', '«V»' );\n$table_prefix = 'op_';\n"),
    ("owner_portal_nextjs_env_production_local", "upper",
     "NEXT_PUBLIC_SITE_NAME=\"«site»\"\nNEXT_PUBLIC_RENT_YEAR=2026\n«K»=\"«V»\"\n"),
    ("owner_portal_strapi_config_env_js", "camel",
     "module.exports = ({ env }) => ({\n  host: env('HOST', '0.0.0.0'),\n  port: env.int('PORT', 1337),\n  «K»: '«V»',\n  app: { keys: env.array('APP_KEYS') },\n});\n"),
    ("ground_rent_sage_export_ini", "pascal",
     "[SageExport]\nCompanyName=«site»\nNominalCode=4010\n«K»=«V»\nExportFolder=\\\\office-nas\\rent\\«date»\n"),
    ("ground_rent_quarkus_application_properties", "dot",
     "quarkus.http.port=8080\nquarkus.datasource.db-kind=postgresql\nquarkus.datasource.username=«user»\n«K»=«V»\nrent.invoice.due-days=28\n"),
    ("ground_rent_go_env_toml", "snake",
     "[server]\naddr = \":8080\"\n\n[rent]\ncurrency = \"GBP\"\nsite = \"«site»\"\n«K» = \"«V»\"\n"),
    ("warden_rota_flutter_dart_define_json", "upper",
     "{\n  \"FLAVOR\": \"prod\",\n  \"ROTA_API\": \"https://rota.«site_slug».example\",\n  \"«K»\": \"«V»\"\n}\n"),
    ("warden_rota_rn_app_config_ts", "camel",
     "export const appConfig = {\n  apiBase: 'https://rota.«site_slug».example/api',\n  seasonStart: '«date»',\n  «K»: '«V»',\n} as const;\n"),
    ("warden_rota_supabase_seed_sql", "snake",
     "-- seed.sql\ninsert into app_settings (name, value) values ('season_start', '«date»');\ninsert into app_settings (name, value) values ('«K»', '«V»');\n"),
    ("wifi_hotspot_unifi_config_gateway_json", "kebab",
     "{\n  \"service\": {\n    \"hotspot\": {\n      \"portal-host\": \"wifi.«site_slug».example\",\n      \"«K»\": \"«V»\",\n      \"voucher-minutes\": 1440\n    }\n  }\n}\n"),
    ("wifi_hotspot_freeradius_clients_conf", "snake",
     "client campsite_ap_«n» {\n\tipaddr = «ip»\n\tshortname = reception-ap\n\tnas_type = other\n\t«K» = \"«V»\"\n}\n"),
    ("wifi_hotspot_mikrotik_rsc_script", "kebab",
     "/ip hotspot profile\nset [ find default=yes ] dns-name=wifi.«site_slug».example login-by=http-chap\n/system script add name=voucher-sync source=\":global «K» \\\"«V»\\\"\"\n"),
    ("reservation_sync_celery_settings_py", "upper",
     "CELERY_BROKER_URL = \"redis://«ip»:6379/3\"\nCELERY_BEAT_SCHEDULE = {\"pull-bookings\": {\"task\": \"sync.pull\", \"schedule\": 300}}\n«K» = \"«V»\"\n"),
    ("reservation_sync_spring_application_yaml", "kebab",
     "server:\n  port: 8081\nreservation-sync:\n  partner-base-url: https://partner.«site_slug».example\n  «K»: \"«V»\"\n  poll-seconds: 120\n"),
    ("reservation_sync_nestjs_configuration_ts", "camel",
     "export default () => ({\n  port: parseInt(process.env.PORT ?? '3000', 10),\n  reservations: {\n    «K»: '«V»',\n    pageSize: «n»,\n  },\n});\n"),
    ("campsite_ops_terraform_auto_tfvars_json", "snake",
     "{\n  \"region\": \"eu-west-2\",\n  \"site_slug\": \"«site_slug»\",\n  \"«K»\": \"«V»\"\n}\n"),
    ("campsite_ops_k8s_secret_stringdata_yaml", "upper",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: park-apps\n  namespace: «site_slug»\ntype: Opaque\nstringData:\n  «K»: \"«V»\"\n"),
    ("campsite_ops_github_actions_workflow_env", "upper",
     "name: deploy\non: [push]\nenv:\n  SITE_SLUG: «site_slug»\n  «K»: \"«V»\"\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"),
    ("campsite_ops_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  branches:\n    main:\n      - step:\n          name: migrate\n          script:\n            - export «K»='«V»'\n            - ./bin/migrate --site «site_slug»\n"),
    ("campsite_ops_ansible_host_vars_yaml", "snake",
     "---\nansible_host: «ip»\nansible_user: «user»\n«K»: \"«V»\"\nntp_server: pool.ntp.org\n"),
    ("campsite_ops_fish_history", "upper",
     "- cmd: cd ~/src/park-apps\n  when: 1777000000\n- cmd: set -gx «K» '«V»'\n  when: 1777000042\n- cmd: make deploy SITE=«site_slug»\n  when: 1777000051\n"),
    ("campsite_ops_powershell_history_txt", "upper",
     "cd C:\\ParkOps\\gate-bridge\n$env:«K» = '«V»'\n.\\GateBridge.exe --lane entry\n"),
    ("campsite_ops_nomad_job_hcl", "upper",
     "job \"meter-ingest\" {\n  group \"app\" {\n    task \"api\" {\n      env {\n        SITE = \"«site_slug»\"\n        «K» = \"«V»\"\n      }\n    }\n  }\n}\n"),
    ("park_manager_signal_message_export", "spaced",
     "[«date» 07:41] «name»: morning, new «K» is «V» - sorted it last night\n[«date» 07:43] «name2»: 👍 cheers\n"),
    ("warden_hut_whiteboard_photo_ocr", "title",
     "WARDEN HUT - WEEK «n»\nBins: Tue / Fri\nGas check: «name2»\n«K»: «V»\nLate arrivals -> barrier intercom\n"),
    ("site_office_handover_email_body", "spaced",
     "Hi «name2»,\n\nHandover for the weekend at «site». The «K» is «V» until we rotate it on Monday.\nBarrier log is on the usual share.\n\nThanks,\n«name»\n"),
    ("campsite_it_zendesk_ticket_comment", "spaced",
     "Internal note (#«n»4): customer rang from reception, meter page not loading. Tried with «K» «V» - works from office PC. Escalating to L2.\n"),
    ("season_opening_checklist_sheet_csv", "title",
     "Task,Owner,Status,Notes\nTest EHU bollards,«name»,done,\nReset «K»,«name2»,done,«V»\nPaint pitch numbers,«name»,todo,\n"),
    ("booking_grid_postman_environment_json", "camel",
     "{\n  \"name\": \"PitchGrid prod\",\n  \"values\": [\n    { \"key\": \"baseUrl\", \"value\": \"https://book.«site_slug».example\", \"enabled\": true },\n    { \"key\": \"«K»\", \"value\": \"«V»\", \"enabled\": true }\n  ]\n}\n"),
    ("hookup_meter_home_assistant_secrets_yaml", "snake",
     "# secrets.yaml\nlatitude_home: 52.3\nbollard_bridge_host: «ip»\n«K»: \"«V»\"\n"),
    ("barrier_controller_delphi_ini", "pascal",
     "[Gate]\nComPort=COM3\nLoopDetector=1\n[Web]\nHost=«ip»\n«K»=«V»\n"),
    ("owner_portal_symfony_parameters_yml", "snake",
     "parameters:\n    database_host: «ip»\n    database_name: owners\n    «K»: '«V»'\n    locale: en_GB\n"),
]
SPARE_KINDS = ["campsite_jupyter_notebook_cell_json", "laundry_card_reader_yocto_local_conf"]


def slug(site):
    return site.lower().replace(" ", "-")


def generate(reg):
    rng = random.Random(SEED)
    prng = random.Random(PAIR_SEED)
    assert len(KINDS) == 45
    # 15 blocks of three kinds; each block gets a permutation of the 12 types, four per kind
    assign = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        prng.shuffle(perm)
        for k in range(3):
            assign.append(perm[4 * k:4 * k + 4])
    out = []
    for (kind, style, tmpl), types in zip(KINDS, assign):
        for typ in types:
            value = reg.draw(lambda: gen_value(rng, typ))
            cx = ctx(rng)
            cx["site_slug"] = slug(cx["site"])
            t = tmpl.replace("«K»", C.key_style(TYPE_WORDS[typ], style)).replace("«V»", MARK)
            for k, v in cx.items():
                t = t.replace("«%s»" % k, v)
            out.append((typ, kind, t, value, "everyday"))
    return out


KIND_STYLE = {k: s for k, s, _ in KINDS}
