"""Everyday source: 12 secret types of the chimney-sweep / stove-fitter world x 45 container kinds."""
import base64
import random

from common229 import (ALNUM, BASE62, DIGITS, HEXL, crc32_b62, damm_digit, jwt_hs, make_span_record,
                       owner_password, rbytes, rs, style_key, uuid4)

SEED_VALUES = 22901
SEED_PAIRING = 22911

# type -> (key words, description, kind)
TYPES = [
    ("sweep_booking_admin_password", ["booking", "admin", "password"],
     "owner-chosen admin password of the chimney-sweep booking and rota app", "pw"),
    ("stove_showroom_till_password", ["showroom", "till", "password"],
     "owner-chosen password of the stove showroom till / back office", "pw"),
    ("installer_job_sheet_app_password", ["job", "sheet", "password"],
     "owner-chosen password of the installer job-sheet and compliance-certificate app", "pw"),
    ("smart_stove_controller_password", ["stove", "controller", "password"],
     "owner-chosen console password of the smart stove / flue-fan controller", "pw"),
    ("chimney_camera_nvr_password", ["nvr", "admin", "password"],
     "owner-chosen admin password of the chimney inspection camera recorder", "pw"),
    ("flue_analyser_cloud_password", ["analyser", "cloud", "password"],
     "owner-chosen login password of the flue-gas analyser cloud portal", "pw"),
    ("sweep_route_planner_api_token", ["route", "planner", "token"],
     "`csw_` + 30 base62 + 6 base62 characters of the real CRC-32 of those 30 (GitHub-style checksum); "
     "token of the sweep route planner API (layout invented)", "gen"),
    ("stove_telemetry_device_key", ["stove", "telemetry", "key"],
     "`stv_` + 12-digit stove serial + its real Damm check digit + `_` + 32 lower-case hex; "
     "key a connected stove uses to post burn-rate and flue temperatures (layout invented)", "gen"),
    ("booking_webhook_signing_secret", ["booking", "webhook", "secret"],
     "Standard Webhooks / Svix-style `whsec_` + standard Base64 of 24 random bytes (32 characters); "
     "signs booking webhooks to the route planner", "gen"),
    ("customer_portal_hs384_jwt", ["customer", "portal", "jwt"],
     "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 under a discarded key); "
     "bearer token of the customer portal (sweep certificates, stove service history)", "gen"),
    ("booking_app_laravel_app_key", ["app", "key"],
     "Laravel `APP_KEY`: `base64:` + standard Base64 of 32 random bytes (51 characters); "
     "encrypts the booking app's cookies and queued jobs", "gen"),
    ("quote_app_rails_secret_key_base", ["secret", "key", "base"],
     "Rails `secret_key_base`: 128 lower-case hex characters (64 random bytes); signs the quote app's sessions", "gen"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_WORDS = {t[0]: t[1] for t in TYPES}
TYPE_DESC = {t[0]: t[2] for t in TYPES}
PW_TYPES = [t[0] for t in TYPES if t[3] == "pw"]


def gen_value(rng, typ):
    if typ in PW_TYPES:
        return owner_password(rng)
    if typ == "sweep_route_planner_api_token":
        body = rs(rng, BASE62, 30)
        return "csw_" + body + crc32_b62(body)
    if typ == "stove_telemetry_device_key":
        serial = rs(rng, DIGITS, 12)
        return "stv_" + serial + damm_digit(serial) + "_" + rs(rng, HEXL, 32)
    if typ == "booking_webhook_signing_secret":
        return "whsec_" + base64.b64encode(rbytes(rng, 24)).decode()
    if typ == "customer_portal_hs384_jwt":
        iat = 1712000000 + rng.randint(0, 20000000)
        payload = {"sub": "cust_%06d" % rng.randint(1, 999999), "scope": "portal:read certificates:read",
                   "iss": "https://portal.ashgrove-sweeps.example", "iat": iat, "exp": iat + 3600 * 24 * 30}
        return jwt_hs(rng, "HS384", {}, payload)
    if typ == "booking_app_laravel_app_key":
        return "base64:" + base64.b64encode(rbytes(rng, 32)).decode()
    if typ == "quote_app_rails_secret_key_base":
        return rbytes(rng, 64).hex()
    raise KeyError(typ)


# container kind -> (style, template). §K§ key, §V§ value, §H§ a host, §U§ a user name, §N§ a number.
KINDS = [
    ("sweep_booking_laravel_dotenv", "upper",
     "APP_NAME=\"Ashgrove Sweeps\"\nAPP_ENV=production\nAPP_DEBUG=false\nAPP_URL=https://book.ashgrove-sweeps.example\n"
     "§K§=§V§\nDB_CONNECTION=mysql\nDB_HOST=10.20.0.14\nQUEUE_CONNECTION=redis\n"),
    ("sweep_booking_laravel_config_database_php", "snake",
     "<?php\n\nreturn [\n    'default' => env('DB_CONNECTION', 'mysql'),\n    'rota' => [\n        'host' => '§H§',\n"
     "        'username' => '§U§',\n        '§K§' => '§V§',\n    ],\n];\n"),
    ("sweep_booking_symfony_dotenv_local", "upper",
     "###> symfony/framework-bundle ###\nAPP_ENV=prod\n###< symfony/framework-bundle ###\n§K§='§V§'\n"
     "MAILER_DSN=smtp://§H§:587\n"),
    ("sweep_booking_fastapi_settings_py", "snake",
     "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    app_name: str = \"sweep-booking\"\n"
     "    rota_host: str = \"§H§\"\n    §K§: str = \"§V§\"\n\n\nsettings = Settings()\n"),
    ("sweep_booking_express_config_js", "camel",
     "module.exports = {\n  port: 3000,\n  rotaHost: '§H§',\n  §K§: '§V§',\n  region: 'eu-west-2',\n};\n"),
    ("sweep_booking_rails_credentials_yml_decrypted", "snake",
     "# bin/rails credentials:edit --environment production (decrypted view, pasted)\nproduction:\n  §K§: \"§V§\"\n"
     "  smtp_host: §H§\n"),
    ("stove_shop_shopify_app_toml", "snake",
     "# shopify.app.toml\nname = \"emberline-stoves\"\napplication_url = \"https://shop.emberline-stoves.example\"\n\n"
     "[build]\ninclude_config_on_deploy = true\n\n[local]\n§K§ = \"§V§\"\n"),
    ("stove_shop_magento_env_php", "snake",
     "<?php\nreturn [\n    'backend' => ['frontName' => 'admin_x7k'],\n    'system' => [\n        'default' => [\n"
     "            '§K§' => '§V§',\n        ],\n    ],\n];\n"),
    ("stove_shop_medusa_config_ts", "camel",
     "import { defineConfig } from '@medusajs/framework/utils'\n\nexport default defineConfig({\n  projectConfig: {\n"
     "    databaseUrl: process.env.DATABASE_URL,\n    §K§: '§V§',\n  },\n})\n"),
    ("stove_shop_prestashop_parameters_php", "snake",
     "<?php return array (\n  'parameters' =>\n  array (\n    'database_host' => '§H§',\n    '§K§' => '§V§',\n"
     "    'ps_caching' => 'CacheMemcache',\n  ),\n);\n"),
    ("installer_app_flutter_dart_define_json", "upper",
     "{\n  \"FLAVOR\": \"prod\",\n  \"API_BASE\": \"https://api.kilnworth-installs.example\",\n  \"§K§\": \"§V§\"\n}\n"),
    ("installer_app_react_native_config_env", "upper",
     "# .env.production (react-native-config)\nAPI_URL=https://api.kilnworth-installs.example\n§K§=§V§\nSENTRY_ENV=prod\n"),
    ("installer_app_gradle_properties", "dot",
     "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n§K§=§V§\nkilnworth.flavor=prod\n"),
    ("installer_app_ios_info_plist", "pascal",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>CFBundleName</key>\n"
     "  <string>Kilnworth Jobs</string>\n  <key>§K§</key>\n  <string>§V§</string>\n</dict>\n</plist>\n"),
    ("installer_app_capacitor_config_json", "camel",
     "{\n  \"appId\": \"example.kilnworth.jobs\",\n  \"appName\": \"Kilnworth Jobs\",\n  \"plugins\": {\n"
     "    \"JobSync\": {\n      \"§K§\": \"§V§\"\n    }\n  }\n}\n"),
    ("stove_controller_home_assistant_secrets_yaml", "snake",
     "# secrets.yaml – living-room stove\nwifi_ssid: \"Kiln-IoT\"\n§K§: \"§V§\"\nlatitude_home: 53.4\n"),
    ("stove_controller_platformio_ini_build_flags", "upper",
     "[env:esp32-stovefan]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n"
     "  -DSTOVE_FW_REV=7\n  -D§K§=\\\"§V§\\\"\n"),
    ("stove_controller_esp_idf_sdkconfig", "upper",
     "CONFIG_IDF_TARGET=\"esp32c3\"\nCONFIG_FLUE_FAN_PWM_GPIO=4\nCONFIG_§K§=\"§V§\"\nCONFIG_LOG_DEFAULT_LEVEL_INFO=y\n"),
    ("stove_controller_node_red_flows_json", "camel",
     "[{\"id\":\"a41f2c\",\"type\":\"mqtt-broker\",\"name\":\"stove broker\",\"broker\":\"§H§\",\"port\":\"1883\"},\n"
     " {\"id\":\"b7de10\",\"type\":\"http request\",\"name\":\"push reading\",\"headers\":{\"§K§\":\"§V§\"}}]\n"),
    ("stove_controller_mosquitto_bridge_conf", "snake",
     "connection stove-bridge\naddress §H§:8883\ntopic stove/# out 1\nremote_clientid lounge-stove\n# §K§ §V§\n"
     "bridge_insecure false\n"),
    ("camera_nvr_frigate_config_yml", "snake",
     "mqtt:\n  host: §H§\ncameras:\n  flue_cam:\n    ffmpeg:\n      inputs:\n        - path: rtsp://10.0.8.21:554/h264\n"
     "    nvr:\n      §K§: \"§V§\"\n"),
    ("camera_nvr_onvif_device_xml", "pascal",
     "<DeviceProfile>\n  <Name>FlueCam-2</Name>\n  <Address>10.0.8.21</Address>\n  <§K§>§V§</§K§>\n</DeviceProfile>\n"),
    ("analyser_sync_configparser_ini", "snake",
     "[analyser]\nmodel = combustion-pro\nport = COM4\n\n[cloud]\nhost = §H§\n§K§ = §V§\n"),
    ("analyser_sync_wpf_app_config_xml", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"ComPort\" value=\"COM4\" />\n"
     "    <add key=\"§K§\" value=\"§V§\" />\n  </appSettings>\n</configuration>\n"),
    ("analyser_sync_java_properties", "dot",
     "# analyser-sync.properties\nanalyser.port=/dev/ttyUSB0\ncloud.host=§H§\n§K§=§V§\n"),
    ("sweep_ops_ansible_host_vars_yml", "snake",
     "---\nansible_host: 10.20.0.14\nansible_user: deploy\n§K§: \"§V§\"\nnginx_worker_processes: 2\n"),
    ("sweep_ops_pulumi_stack_config_yaml", "camel",
     "config:\n  aws:region: eu-west-2\n  sweep-ops:§K§: \"§V§\"\n  sweep-ops:instanceSize: t4g.small\n"),
    ("sweep_ops_nomad_job_hcl", "upper",
     "job \"booking\" {\n  group \"web\" {\n    task \"php\" {\n      driver = \"docker\"\n      env {\n"
     "        §K§ = \"§V§\"\n        TZ = \"Europe/London\"\n      }\n    }\n  }\n}\n"),
    ("sweep_ops_systemd_environment_file", "upper",
     "# /etc/ashgrove/booking.env (EnvironmentFile=)\nPORT=8080\n§K§=§V§\n"),
    ("sweep_ops_fly_toml_env_section", "upper",
     "app = \"ashgrove-booking\"\nprimary_region = \"lhr\"\n\n[env]\n  LOG_LEVEL = \"info\"\n  §K§ = \"§V§\"\n"),
    ("sweep_ops_render_blueprint_yaml", "upper",
     "services:\n  - type: web\n    name: booking\n    env: docker\n    envVars:\n      - key: §K§\n"
     "        value: \"§V§\"\n"),
    ("sweep_ops_circleci_config_yml", "upper",
     "version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/php:8.3\n    environment:\n      §K§: \"§V§\"\n"
     "    steps:\n      - checkout\n"),
    ("sweep_ops_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  branches:\n    main:\n      - step:\n          script:\n            - export §K§='§V§'\n"
     "            - ./deploy.sh\n"),
    ("sweep_ops_azure_pipelines_yml", "upper",
     "trigger:\n- main\nvariables:\n  BUILD_CONFIGURATION: Release\n  §K§: '§V§'\nsteps:\n- script: dotnet publish\n"),
    ("sweep_ops_powershell_profile_ps1", "upper",
     "# Microsoft.PowerShell_profile.ps1 on the office PC\nSet-Location C:\\Sweeps\n$env:§K§ = '§V§'\n"),
    ("sweep_ops_fish_history", "upper",
     "- cmd: cd ~/src/booking\n  when: 1712043102\n- cmd: set -gx §K§ '§V§'\n  when: 1712043131\n- cmd: php artisan queue:restart\n"
     "  when: 1712043160\n"),
    ("sweep_ops_tmux_scrollback_capture", "upper",
     "deploy@booking-1:~$ export §K§='§V§'\ndeploy@booking-1:~$ systemctl restart booking\n"
     "deploy@booking-1:~$ \n"),
    ("sweep_ops_dockerfile_env_lines", "upper",
     "FROM php:8.3-fpm-alpine\nWORKDIR /srv/booking\nENV APP_ENV=production\nENV §K§=\"§V§\"\nCOPY . .\n"),
    ("sweep_ops_k8s_configmap_yaml", "kebab",
     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: booking-config\n  namespace: sweeps\ndata:\n  log-level: info\n"
     "  §K§: \"§V§\"\n"),
    ("sweep_ops_cli_long_flags_history", "kebab",
     "  512  ./route-sync --dry-run\n  513  ./route-sync --§K§ '§V§' --region north\n  514  tail -f sync.log\n"),
    ("sweep_office_whatsapp_message", "spaced",
     "[12/03/2024, 08:14] Dan (Ashgrove): morning – §K§ is §V§ if you need it today\n"
     "[12/03/2024, 08:15] Kerry: ta\n"),
    ("sweep_office_trello_card_comment", "spaced",
     "Card: Set up Kerry's laptop\nComment (Dan, 12 Mar): done, §K§: §V§ – delete this once you've logged in\n"),
    ("installer_van_dashboard_photo_ocr", "title",
     "IMG_4471.jpg (OCR)\nKILNWORTH INSTALLS  VAN 3\n§K§ §V§\nnext service 14/06\n"),
    ("sweep_office_job_list_csv_export", "title",
     "Job,Address,Sweep,Notes,§K§\nJ-20417,\"4 Mill Lane, Hebden\",Dan,two flues,§V§\n"),
    ("sweep_office_outlook_email_body", "spaced",
     "From: Dan Whitlow\nTo: Kerry Moss\nSubject: logins\n\nHi Kerry,\nthe §K§ is §V§\nDan\n"),
]
SPARE_KIND = "sweep_office_notion_page_export_md"
KIND_NAMES = [k[0] for k in KINDS]
KIND_STYLE = {k[0]: k[1] for k in KINDS}

HOSTS = ["rota.ashgrove-sweeps.example", "db.ashgrove-sweeps.example", "mqtt.emberline-stoves.example",
         "sync.kilnworth-installs.example", "10.20.0.31", "broker.kilnworth-installs.example"]
USERS = ["rota_app", "dwhitlow", "kmoss", "booking_ro", "shopsync"]


def pairing():
    rng = random.Random(SEED_PAIRING)
    pairs = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            kind = KIND_NAMES[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                pairs.append((kind, t))
    return pairs


def build(registry):
    rng = random.Random(SEED_VALUES)
    out = []
    tmpl = {k[0]: k[2] for k in KINDS}
    for kind, typ in pairing():
        style = KIND_STYLE[kind]
        key = style_key(TYPE_WORDS[typ], style)
        value = registry.draw(lambda: gen_value(rng, typ))
        text = (tmpl[kind].replace("§K§", key).replace("§H§", rng.choice(HOSTS))
                .replace("§U§", rng.choice(USERS)).replace("§V§", value))
        out.append(make_span_record(text, value, typ, kind, "everyday"))
    return out
