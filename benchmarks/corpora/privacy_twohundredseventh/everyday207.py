"""Everyday source: 12 secret types of the bike-shop / cycle-repair / bike-hire world x 45 container kinds."""
import random

from common207 import (SLOT, AN, ANL, DIGITS, HEXL, B32, owner_password, rstr, rbytes, b64,
                       b32_nopad, jwt, crc16_ccitt_false, adler32_hex, style_key, span_record,
                       uuid4)

SEED_VALUES = 20701
SEED_PAIRING = 20711

SHOPS = ["spokeandsprocket", "velocityhire", "chainlinecycles", "greenlanebikes",
         "harbourhirebikes", "cadencefitstudio", "trailheadrentals", "truingstandworks"]


# ------------------------------------------------------------------ types
def v_battery(rng):
    body = rstr(rng, AN, 32)
    return "ebt_" + body + adler32_hex(body)


def v_dock(rng):
    return b64(rbytes(rng, 32))


def v_session(rng):
    now = 1746000000 + rng.randint(0, 4000000)
    payload = {"sub": "rider_%d" % rng.randint(10000, 99999), "fleet": rng.choice(["harbour", "quay", "uni-campus", "station"]),
               "scope": "hire:start hire:end", "iat": now, "exp": now + 3600}
    return jwt(rng, "HS512", payload)


def v_warranty(rng):
    return "wrty_whsec_" + rstr(rng, HEXL, 40)


def v_parts(rng):
    body = rstr(rng, ANL, 32)
    return "pok_live_" + body + "_" + "%04x" % crc16_ccitt_false(body.encode())


def v_totp(rng):
    return b32_nopad(rbytes(rng, 20))


TYPES = [
    # name, key words, description, generator, kind
    ("workshop_job_card_admin_password", ["workshop", "admin", "password"],
     "owner-chosen admin password of the workshop job-card system (service bookings, job cards)", None, "pw"),
    ("hire_fleet_dashboard_password", ["fleet", "dashboard", "password"],
     "owner-chosen password of the hire-fleet dashboard (bikes out, returns, damage)", None, "pw"),
    ("frame_serial_register_db_password", ["frame", "register", "db", "password"],
     "owner-chosen password of the database behind the frame and serial-number register", None, "pw"),
    ("cycle_to_work_portal_password", ["c2w", "portal", "password"],
     "owner-chosen password of the cycle-to-work voucher redemption portal", None, "pw"),
    ("bike_fit_studio_login_password", ["fit", "studio", "password"],
     "owner-chosen login password of the bike-fitting records app", None, "pw"),
    ("guided_ride_booking_admin_password", ["rides", "booking", "admin", "password"],
     "owner-chosen admin password of the guided-ride booking back office", None, "pw"),
    ("ebike_battery_telemetry_token", ["battery", "telemetry", "token"],
     "ingest token of the e-bike battery telemetry collector: `ebt_` + 32 base62 + 8 lower-case hex of the real Adler-32 of those 32 characters (prefix and checksum invented)", v_battery, "gen"),
    ("dock_unlock_hmac_key", ["dock", "unlock", "hmac", "key"],
     "HMAC-SHA256 key that signs dock-release and smart-lock unlock commands: standard Base64 of 32 random bytes (44 characters with one `=`, no prefix)", v_dock, "gen"),
    ("hire_app_session_jwt", ["hire", "session", "jwt"],
     "rider session token of the bike-hire app: HS512 JWT (real base64url JSON, real HMAC-SHA512 under a discarded key)", v_session, "gen"),
    ("warranty_claim_webhook_secret", ["warranty", "webhook", "secret"],
     "signing secret of the warranty-claim status webhooks: `wrty_whsec_` + 40 lower-case hex (prefix invented)", v_warranty, "gen"),
    ("parts_order_api_key", ["parts", "order", "api", "key"],
     "API key of the parts-ordering gateway: `pok_live_` + 32 lower-case base36 + `_` + 4 lower-case hex of the real CRC-16/CCITT-FALSE of the body (layout invented)", v_parts, "gen"),
    ("staff_till_totp_seed", ["till", "totp", "seed"],
     "TOTP seed of the shop till's staff two-factor login: RFC 4648 Base32 of 20 random bytes (32 characters, no padding)", v_totp, "gen"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_INFO = {t[0]: t for t in TYPES}


# ------------------------------------------------------------------ containers
def sq(v):
    return "'" + SLOT + "'"


def K(kind, rng, k, shop, ip):
    """Return a template for one container kind; k is the styled key name."""
    port = rng.choice([5432, 3306, 8080, 8443, 1883, 6379])
    if kind == "workshop_jobs_django_settings_local_py":
        return ("# local overrides for the workshop job-card app\nfrom .base import *  # noqa\n\nDEBUG = False\n"
                "ALLOWED_HOSTS = [\"jobs.%s.lan\"]\n%s = \"%s\"\nJOB_CARD_PRINTER = \"zebra-bench-2\"\n" % (shop, k, SLOT))
    if kind == "workshop_jobs_flask_instance_config_py":
        return ("# instance/config.py – not in git\nSQLALCHEMY_DATABASE_URI = \"postgresql://jobs@%s:%d/jobcards\"\n"
                "%s = \"%s\"\nBENCH_COUNT = %d\n" % (ip, port, k, SLOT, rng.randint(2, 6)))
    if kind == "service_bookings_laravel_env":
        return ("APP_NAME=\"Service Bookings\"\nAPP_ENV=production\nAPP_URL=https://book.%s.example\n"
                "DB_HOST=%s\n%s=%s\nQUEUE_CONNECTION=redis\n" % (shop, ip, k, SLOT))
    if kind == "service_bookings_rails_credentials_yml_dec":
        return ("# bin/rails credentials:edit (decrypted view)\nproduction:\n  service_slots_per_day: %d\n  %s: \"%s\"\n"
                "  mechanic_rota_calendar: workshop-rota\n" % (rng.randint(8, 20), k, SLOT))
    if kind == "frame_register_spring_application_properties":
        return ("spring.application.name=frame-register\nspring.datasource.url=jdbc:postgresql://%s:%d/frames\n"
                "framereg.%s=%s\nframereg.serial-pattern=[A-Z]{2,4}[0-9]{5,9}\n" % (ip, port, k, SLOT))
    if kind == "frame_register_micronaut_application_yml":
        return ("micronaut:\n  application:\n    name: serial-lookup\nframe-register:\n  stolen-check-url: https://register.%s.example/check\n"
                "  %s: \"%s\"\n" % (shop, k, SLOT))
    if kind == "serial_lookup_dotnet_appsettings_development_json":
        return ("{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"SerialLookup\": {\n"
                "    \"RegisterHost\": \"%s\",\n    \"%s\": \"%s\"\n  }\n}\n" % (ip, k, SLOT))
    if kind == "hire_fleet_nestjs_env":
        return ("# hire-fleet API (NestJS)\nPORT=3000\nFLEET_REGION=harbour\n%s=%s\nREDIS_URL=redis://%s:6379/2\n" % (k, SLOT, ip))
    if kind == "hire_fleet_elixir_config_runtime_exs":
        return ("import Config\n\nif config_env() == :prod do\n  config :hire_fleet, HireFleet.Secrets,\n"
                "    %s: \"%s\",\n    dock_region: \"quay\"\nend\n" % (k, SLOT))
    if kind == "hire_app_react_native_config_env":
        return ("API_BASE=https://api.%s.example\nMAP_STYLE=cycle\n%s=%s\nSENTRY_ENV=prod\n" % (shop, k, SLOT))
    if kind == "hire_app_ios_xcconfig":
        return ("// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.%s.hire\nAPI_HOST = api.%s.example\n%s = %s\n" % (shop, shop, k, SLOT))
    if kind == "hire_app_android_local_properties":
        return ("## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/home/dev/Android/Sdk\n"
                "hire.%s=%s\nhire.map.tiles=cyclosm\n" % (k, SLOT))
    if kind == "ebike_battery_esp_idf_sdkconfig":
        return ("CONFIG_IDF_TARGET=\"esp32c3\"\nCONFIG_BMS_UART_BAUD=115200\nCONFIG_%s=\"%s\"\nCONFIG_BMS_POLL_MS=%d\n" % (k, SLOT, rng.choice([500, 1000, 2000])))
    if kind == "ebike_battery_zephyr_prj_conf":
        return ("CONFIG_BT=y\nCONFIG_BT_PERIPHERAL=y\nCONFIG_APP_%s=\"%s\"\nCONFIG_APP_CELL_COUNT=13\n" % (k, SLOT))
    if kind == "battery_telemetry_node_red_flows_cred_json":
        return ("{\n  \"b1f4c2a9.8e6d1\": {\n    \"%s\": \"%s\"\n  },\n  \"mqtt-broker-node\": { \"user\": \"battery-bridge\" }\n}\n" % (k, SLOT))
    if kind == "dock_controller_platformio_ini":
        return ("[env:dock_s3]\nplatform = espressif32\nboard = esp32-s3-devkitc-1\nbuild_flags =\n  -DDOCK_ROW=%d\n  -D%s=\\\"%s\\\"\n" % (rng.randint(1, 9), k, SLOT))
    if kind == "dock_controller_openwrt_uci_config":
        return ("config dockctl 'main'\n\toption station 'quayside-%d'\n\toption %s '%s'\n\toption relay_count '12'\n" % (rng.randint(1, 40), k, SLOT))
    if kind == "cycle_to_work_symfony_parameters_yaml":
        return ("parameters:\n    c2w.scheme_name: 'Ride2Work'\n    c2w.max_voucher_pence: 250000\n    %s: '%s'\n" % (k, SLOT))
    if kind == "cycle_to_work_aspnet_web_config":
        return ("<configuration>\n  <appSettings>\n    <add key=\"VoucherScheme\" value=\"Ride2Work\" />\n"
                "    <add key=\"%s\" value=\"%s\" />\n  </appSettings>\n</configuration>\n" % (k, SLOT))
    if kind == "parts_ordering_go_env_toml":
        return ("[server]\nlisten = \":8090\"\n\n[suppliers]\ndefault = \"madison\"\n%s = \"%s\"\n" % (k, SLOT))
    if kind == "parts_ordering_rust_config_toml":
        return ("# parts-sync (Rust) config\n[sync]\ninterval_secs = 900\n\n[auth]\n%s = \"%s\"\n" % (k, SLOT))
    if kind == "warranty_claims_fastify_config_json":
        return ("{\n  \"server\": { \"port\": 4100 },\n  \"claims\": {\n    \"brands\": [\"Shimano\", \"SRAM\", \"Bosch\"],\n"
                "    \"%s\": \"%s\"\n  }\n}\n" % (k, SLOT))
    if kind == "warranty_claims_sveltekit_env":
        return ("PUBLIC_CLAIMS_TITLE=\"Warranty claims\"\nORIGIN=https://claims.%s.example\n%s=%s\n" % (shop, k, SLOT))
    if kind == "bike_fit_electron_store_json":
        return ("{\n  \"windowBounds\": { \"width\": 1280, \"height\": 800 },\n  \"lastRider\": \"R-%04d\",\n"
                "  \"%s\": \"%s\"\n}\n" % (rng.randint(1, 9999), k, SLOT))
    if kind == "bike_fit_tauri_conf_json":
        return ("{\n  \"productName\": \"FitLog\",\n  \"plugins\": {\n    \"store\": {\n      \"%s\": \"%s\"\n    }\n  }\n}\n" % (k, SLOT))
    if kind == "guided_rides_wp_config_php":
        return ("<?php\ndefine( 'DB_NAME', 'guided_rides' );\ndefine( 'DB_HOST', '%s' );\ndefine( '%s', '%s' );\n"
                "$table_prefix = 'gr_';\n" % (ip, k, SLOT))
    if kind == "guided_rides_strapi_env":
        return ("HOST=0.0.0.0\nPORT=1337\nDATABASE_CLIENT=postgres\n%s=%s\nRIDE_LEADER_SLACK=#ride-leaders\n" % (k, SLOT))
    if kind == "shop_pos_lightspeed_connector_ini":
        return ("[Connector]\nStore=%s\nSyncMinutes=15\n\n[Secrets]\n%s=%s\n" % (shop, k, SLOT))
    if kind == "bike_ops_terraform_tfvars":
        return ("region        = \"eu-west-2\"\nfleet_name    = \"harbour-hire\"\n%s = \"%s\"\n" % (k, SLOT))
    if kind == "bike_ops_helm_values_yaml":
        return ("replicaCount: 2\nimage:\n  repository: registry.%s.example/hire-api\n  tag: \"2.%d.0\"\nsecrets:\n  %s: \"%s\"\n" % (shop, rng.randint(1, 30), k, SLOT))
    if kind == "bike_ops_docker_compose_override_yml":
        return ("services:\n  hire-api:\n    environment:\n      - NODE_ENV=production\n      - %s=%s\n" % (k, SLOT))
    if kind == "bike_ops_k8s_secret_stringdata_yaml":
        return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: fleet-secrets\n  namespace: hire\ntype: Opaque\nstringData:\n  %s: \"%s\"\n" % (k, SLOT))
    if kind == "bike_ops_gitlab_ci_variables_yml":
        return ("deploy:\n  stage: deploy\n  variables:\n    DEPLOY_ENV: production\n    %s: \"%s\"\n  script:\n    - ./deploy.sh\n" % (k, SLOT))
    if kind == "bike_ops_circleci_config_yml":
        return ("version: 2.1\njobs:\n  smoke:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n      %s: %s\n    steps:\n      - checkout\n" % (k, SLOT))
    if kind == "bike_ops_zsh_history":
        return (": 1718%06d:0;cd ~/src/hire-api\n: 1718%06d:0;export %s='%s'\n: 1718%06d:0;npm run seed:docks\n"
                % (rng.randint(0, 999999), rng.randint(0, 999999), k, SLOT, rng.randint(0, 999999)))
    if kind == "bike_ops_cmd_setx_history":
        return ("C:\\shop>cd \\tools\\lightspeed-sync\nC:\\tools\\lightspeed-sync>setx %s \"%s\"\n\nSUCCESS: Specified value was saved.\n" % (k, SLOT))
    if kind == "bike_ops_crontab_entry":
        return ("# m h dom mon dow command\n*/10 * * * * %s='%s' /opt/fleet/bin/reconcile --quiet\n" % (k, SLOT))
    if kind == "bike_ops_launchd_plist":
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>Label</key><string>com.%s.fitsync</string>\n"
                "  <key>EnvironmentVariables</key>\n  <dict>\n    <key>%s</key><string>%s</string>\n  </dict>\n</dict>\n</plist>\n" % (shop, k, SLOT))
    if kind == "bike_ops_vagrantfile_env":
        return ("Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"bento/ubuntu-24.04\"\n"
                "  config.vm.provision \"shell\", env: { \"%s\" => \"%s\" }, path: \"provision.sh\"\nend\n" % (k, SLOT))
    if kind == "mechanic_whatsapp_group_export":
        return ("[%02d/%02d/2025, 08:%02d] Dan (workshop): morning all, Boardman in for a full service\n"
                "[%02d/%02d/2025, 08:%02d] Priya: the %s is %s if anyone needs the back office\n"
                % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(0, 59), rng.randint(1, 28), rng.randint(1, 12), rng.randint(0, 59), k, SLOT))
    if kind == "hire_desk_discord_channel_paste":
        return ("#hire-desk — today at 17:%02d\nsam_on_tills: returns done, 3 flats logged\nmo.fleet: new %s -> %s (rotated after the laptop thing)\n" % (rng.randint(0, 59), k, SLOT))
    if kind == "workshop_jira_ticket_comment":
        return ("WS-%d Service booking sync fails after midnight\nComment by Alex R.: tried again with the %s %s and it still 401s, attaching logs\n" % (rng.randint(100, 999), k, SLOT))
    if kind == "service_desk_helpscout_reply":
        return ("Hi Jo,\n\nThanks for the patience while the claim portal was down. For the integration your developer asked about, the %s is %s – please store it somewhere safe.\n\nBest,\nShop support\n" % (k, SLOT))
    if kind == "job_card_whiteboard_photo_ocr":
        return ("WORKSHOP BOARD  wk %d\nTues: 4x service, 1 wheel build\n%s: %s\nDO NOT WIPE\n" % (rng.randint(1, 52), k, SLOT))
    if kind == "rental_returns_google_sheets_csv":
        return ("Date,Bike,Returned By,Notes\n2025-0%d-%02d,HB-%03d,desk,\"%s %s\"\n2025-0%d-%02d,HB-%03d,desk,puncture rear\n"
                % (rng.randint(1, 9), rng.randint(1, 28), rng.randint(1, 400), k, SLOT, rng.randint(1, 9), rng.randint(1, 28), rng.randint(1, 400)))
    raise KeyError(kind)


CONTAINERS = [
    ("workshop_jobs_django_settings_local_py", "upper"),
    ("workshop_jobs_flask_instance_config_py", "upper"),
    ("service_bookings_laravel_env", "upper"),
    ("service_bookings_rails_credentials_yml_dec", "snake"),
    ("frame_register_spring_application_properties", "kebab"),
    ("frame_register_micronaut_application_yml", "kebab"),
    ("serial_lookup_dotnet_appsettings_development_json", "pascal"),
    ("hire_fleet_nestjs_env", "upper"),
    ("hire_fleet_elixir_config_runtime_exs", "snake"),
    ("hire_app_react_native_config_env", "upper"),
    ("hire_app_ios_xcconfig", "upper"),
    ("hire_app_android_local_properties", "dot"),
    ("ebike_battery_esp_idf_sdkconfig", "upper"),
    ("ebike_battery_zephyr_prj_conf", "upper"),
    ("battery_telemetry_node_red_flows_cred_json", "camel"),
    ("dock_controller_platformio_ini", "upper"),
    ("dock_controller_openwrt_uci_config", "snake"),
    ("cycle_to_work_symfony_parameters_yaml", "dot"),
    ("cycle_to_work_aspnet_web_config", "pascal"),
    ("parts_ordering_go_env_toml", "snake"),
    ("parts_ordering_rust_config_toml", "snake"),
    ("warranty_claims_fastify_config_json", "camel"),
    ("warranty_claims_sveltekit_env", "upper"),
    ("bike_fit_electron_store_json", "camel"),
    ("bike_fit_tauri_conf_json", "camel"),
    ("guided_rides_wp_config_php", "upper"),
    ("guided_rides_strapi_env", "upper"),
    ("shop_pos_lightspeed_connector_ini", "pascal"),
    ("bike_ops_terraform_tfvars", "snake"),
    ("bike_ops_helm_values_yaml", "camel"),
    ("bike_ops_docker_compose_override_yml", "upper"),
    ("bike_ops_k8s_secret_stringdata_yaml", "upper"),
    ("bike_ops_gitlab_ci_variables_yml", "upper"),
    ("bike_ops_circleci_config_yml", "upper"),
    ("bike_ops_zsh_history", "upper"),
    ("bike_ops_cmd_setx_history", "upper"),
    ("bike_ops_crontab_entry", "upper"),
    ("bike_ops_launchd_plist", "upper"),
    ("bike_ops_vagrantfile_env", "upper"),
    ("mechanic_whatsapp_group_export", "spaced"),
    ("hire_desk_discord_channel_paste", "spaced"),
    ("workshop_jira_ticket_comment", "spaced"),
    ("service_desk_helpscout_reply", "spaced"),
    ("job_card_whiteboard_photo_ocr", "title"),
    ("rental_returns_google_sheets_csv", "title"),
]
SPARE_CONTAINER = "bike_fit_jupyter_notebook_cell"


def pairing():
    rng = random.Random(SEED_PAIRING)
    assign = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            kind, style = CONTAINERS[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                assign.append((kind, style, t))
    return assign


def generate(reg, start_index=1):
    rng = random.Random(SEED_VALUES)
    out = []
    n = start_index
    for kind, style, t in pairing():
        name, words, desc, gen, kindtag = TYPE_INFO[t]
        if kindtag == "pw":
            value = reg.draw(lambda: owner_password(rng))
        else:
            value = reg.draw(lambda: gen(rng))
        k = style_key(words, style)
        shop = rng.choice(SHOPS)
        ip = "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 254), rng.randint(2, 250))
        tpl = K(kind, rng, k, shop, ip)
        out.append(span_record("p207-s-%04d" % n, name, kind, tpl, value, "everyday"))
        n += 1
    return out
