"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import base64
import random
import re

import common271 as C
import world271 as W

WP_ALPHABET = C.LOWER + C.UPPER + C.DIGITS + '!@#$%^&*()-_[]{}<>~`+=,.;:/?|'

# type, kind of value, key words (no check-algorithm word), description
TYPES = [
    ('blending_drum_hmi_password', 'pw', ['blending', 'drum', 'hmi', 'password'],
     "owner-chosen engineer password of the HMI on Wrenfold's blending drum (drum speed, tumble time, batch recipes)"),
    ('flavour_dosing_panel_password', 'pw', ['flavour', 'dosing', 'panel', 'password'],
     "owner-chosen supervisor password of the panel that doses bergamot and other flavour oils onto the leaf"),
    ('tin_sealing_line_operator_password', 'pw', ['tin', 'sealer', 'operator', 'password'],
     "owner-chosen operator password of the tin-filling and sealing line"),
    ('tearoom_epos_manager_password', 'pw', ['epos', 'manager', 'password'],
     "owner-chosen manager login of the Kettledrum's EPOS till (voids, refunds, end of day)"),
    ('dispensary_label_station_password', 'pw', ['label', 'station', 'password'],
     "owner-chosen login of Mallowmere's dispensary label and batch-record station"),
    ('leaf_store_logger_gateway_password', 'pw', ['leaf', 'store', 'gateway', 'password'],
     "owner-chosen admin password of the gateway that collects the leaf store's humidity loggers"),
    ('blend_scale_sedol_licence', 'sedol', ['blend', 'scale', 'licence'],
     "licence code of the recipe software on the tasting-room sample scale (layout invented): `BSL-` + two "
     "seven-character groups joined by `-`, each six characters of the SEDOL alphabet (digits and consonants) "
     "followed by the real SEDOL check digit (weights 1 3 1 7 3 9, letters valued 10-35 by alphabet position, "
     "check = (10 - sum mod 10) mod 10)"),
    ('tin_sealer_lrc_pairing_key', 'lrc', ['tin', 'sealer', 'pairing', 'key'],
     "pairing key that binds the tin sealer's controller to the line server (layout invented): `wtk_` + 32 "
     "upper-case hex digits = 15 random bytes and the real Intel HEX / Modbus-ASCII longitudinal redundancy "
     "check byte (two's complement of the byte sum, so all 16 bytes sum to 0 mod 256)"),
    ('loyalty_api_ripemd160_key', 'ripemd', ['loyalty', 'api', 'key'],
     "API key of the Kettledrum's loyalty-stamp service (layout invented): `kdl_` + 32 base62 + `_` + 8 "
     "lower-case hex = the first four bytes of the real RIPEMD-160 digest (written by hand) of the 32 body "
     "characters"),
    ('tearoom_booking_ps256_jwt', 'jwt', ['booking', 'service', 'token'],
     "service token of the afternoon-tea booking API: a real JWT (RFC 7519) signed with alg `PS256` "
     "(RSASSA-PSS with SHA-256, MGF1-SHA-256 and a 32-byte salt, written by hand) under a 2048-bit RSA key "
     "generated from a fixed seed; the public half is published in the corpus's JWKS negatives, the private "
     "half is discarded; claims {iss, sub, aud, iat, exp, jti, scope}; header {alg, typ, kid}"),
    ('tearoom_laravel_app_key', 'laravel', ['booking', 'app', 'key'],
     "Laravel APP_KEY of the tea room's booking site: `base64:` + standard Base64 of 32 random bytes, as "
     "`php artisan key:generate` writes it"),
    ('herbal_shop_wordpress_auth_key', 'wp', ['shop', 'auth', 'key'],
     "WordPress AUTH_KEY of Mallowmere's WooCommerce shop: 64 characters of the alphabet of the WordPress "
     "secret-key service (letters, digits and !@#$%^&*()-_[]{}<>~`+=,.;:/?|; the space it can also hand out "
     "is left out), minus the characters the container cannot hold literally"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_KIND = {t[0]: t[1] for t in TYPES}
TYPE_WORDS = {t[0]: t[2] for t in TYPES}

SEDOL_RE = re.compile(r'^BSL-([0-9B-DF-HJ-NP-TV-Z]{6}[0-9])-([0-9B-DF-HJ-NP-TV-Z]{6}[0-9])$')
WTK_RE = re.compile(r'^wtk_[0-9A-F]{32}$')
KDL_RE = re.compile(r'^kdl_([0-9A-Za-z]{32})_([0-9a-f]{8})$')
LARAVEL_RE = re.compile(r'^base64:[A-Za-z0-9+/]{43}=$')

# ------------------------------------------------------------------ kinds
# (name, key style, forbidden characters, description, template)
# template placeholders: @K@ key, @V@ value, @VLEN@, @P1@ @P2@ people, @L1@ login, @H1@ host, @IP@, @D@ date, @T@ time, @N@ number
KINDS = [
    ('blending_drum_tia_scl_data_block', 'camel', "'$", 'TIA Portal SCL source of a global data block on the blending-drum PLC',
     'DATA_BLOCK "DB_Integrations"\n{ S7_Optimized_Access := \'TRUE\' }\nAUTHOR : Steepwise\nVERSION : 0.@N@\nNON_RETAIN\n   VAR \n      mqttBroker : String[32] := \'@IP@\';\n      mqttPort : Int := 1883;\n      @K@ : String[80] := \'@V@\';   // set on commissioning, @D@\n      drumSpeedMax : Real := 18.5;\n   END_VAR\n\nBEGIN\nEND_DATA_BLOCK\n'),
    ('flavour_doser_node_red_flow_json', 'upper', '"\\', 'Node-RED flows.json (subflow instance env) on the dosing gateway',
     '[{"id":"a3f0c2e1.b7d4@N@","type":"subflow:dosing-bridge","z":"5e1d9c40.12ab","name":"Bergamot line","env":[{"name":"MODBUS_HOST","value":"@IP@","type":"str"},{"name":"@K@","value":"@V@","type":"str"},{"name":"POLL_MS","value":"500","type":"num"}],"x":410,"y":220,"wires":[["f04c1d2a.9e3b"]]}]\n'),
    ('leaf_store_esphome_secrets_yaml', 'snake', '#"\\', 'ESPHome secrets.yaml of a leaf-store humidity logger',
     '# secrets.yaml - leafstore-logger-@N@ (ESPHome 2025.2)\n# keep out of git: @P1@\nwifi_ssid: "Wrenfold-Store"\napi_port: 6053\n@K@: "@V@"\nlog_interval: 60s\n'),
    ('tasting_kettles_micropython_config_py', 'upper', "'\\", 'MicroPython config.py on the controller of the tasting-kettle array',
     "# config.py - tasting room kettle array (Pico W)\nKETTLE_COUNT = 6\nTARGET_TEMPS = (70, 80, 85, 90, 95, 100)\nMQTT_HOST = '@IP@'\n@K@ = '@V@'\nSTEEP_ALARM_S = 180\n"),
    ('sample_scale_minicom_capture_log', 'upper', ' ', 'minicom capture of the sample scale serial console',
     'Welcome to minicom 2.8\nOPTIONS: I18n\nPort /dev/ttyUSB0, @T@\n\n> ver\nTS-220 tasting scale fw 3.1.@N@\nOK\n> set @K@=@V@\nOK\n> save\nsaved to EEPROM\n> tare\n0.000 g\n'),
    ('leaf_store_mikrotik_rsc_export', 'camel', '"\\$?', 'MikroTik RouterOS export of the leaf-store router (scheduler script)',
     '# @D@ by RouterOS 7.14.@N@\n# software id = 7K2D-QX9R\n/system scheduler\nadd interval=5m name=push-humidity on-event=":global @K@ \\"@V@\\"; /tool fetch url=\\"https://leafstore.wrenfoldtea.example/push\\" keep-result=no" start-time=startup\n/ip dns\nset servers=@IP@\n'),
    ('kitchen_display_xdg_autostart_desktop', 'upper', ' "\'\\$%;&|<>()`#', 'XDG autostart .desktop file of the kitchen display',
     '[Desktop Entry]\nType=Application\nName=Kettledrum KDS\nComment=Kitchen display, starts in kiosk mode\nExec=env KDS_URL=https://kds.kettledrumtearoom.example/board @K@=@V@ chromium --kiosk --noerrdialogs\nX-GNOME-Autostart-enabled=true\n'),
    ('tin_line_rockwell_l5x_tag_xml', 'pascal', "]>'&<\"", 'Rockwell Studio 5000 L5X tag export of the tin line',
     '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<RSLogix5000Content SchemaRevision="1.0" SoftwareRevision="33.01" TargetName="@K@" TargetType="Tag" ContainsContext="true" ExportDate="@D@">\n<Controller Use="Context" Name="TinLine_L33ER">\n<Tags Use="Target">\n<Tag Name="@K@" TagType="Base" DataType="STRING" Constant="false" ExternalAccess="Read/Write">\n<Description>\n<![CDATA[Filled in by @P1@ on commissioning]]>\n</Description>\n<Data Format="String" Length="@VLEN@">\n<![CDATA[\'@V@\']]>\n</Data>\n</Tag>\n</Tags>\n</Controller>\n</RSLogix5000Content>\n'),
    ('dispensary_dymo_label_xml', 'pascal', '&<>"\'', 'DYMO .label file left on the dispensary label station',
     '<?xml version="1.0" encoding="utf-8"?>\n<DieCutLabel Version="8.0" Units="twips">\n  <PaperOrientation>Landscape</PaperOrientation>\n  <Id>Address</Id>\n  <PaperName>30252 Address</PaperName>\n  <ObjectInfo>\n    <TextObject>\n      <Name>@K@</Name>\n      <StyledText>\n        <Element>\n          <String>@V@</String>\n          <Attributes><Font Family="Arial" Size="10" Bold="False" /></Attributes>\n        </Element>\n      </StyledText>\n    </TextObject>\n    <Bounds X="331" Y="57" Width="4560" Height="1325" />\n  </ObjectInfo>\n</DieCutLabel>\n'),
    ('cake_cabinet_shelly_script_js', 'upper', '"\\', 'Shelly Plus script on the cake-cabinet probe relay',
     '// cake cabinet probe -> tea room dashboard (@P1@, @D@)\nlet DASH_URL = "https://bookings.kettledrumtearoom.example/probe";\nlet @K@ = "@V@";\nlet MAX_C = 5.0;\nTimer.set(60000, true, function () {\n  Shelly.call("HTTP.POST", { url: DASH_URL, body: JSON.stringify({ t: Shelly.getComponentStatus("temperature:0").tC }) });\n});\n'),
    ('tasting_kiosk_windows_unattend_xml', 'upper', ' &<>"\'%^|', 'Windows unattend.xml of the tasting-room kiosk image',
     '<?xml version="1.0" encoding="utf-8"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n  <settings pass="oobeSystem">\n    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">\n      <FirstLogonCommands>\n        <SynchronousCommand wcm:action="add" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">\n          <Order>@N@</Order>\n          <CommandLine>setx @K@ @V@ /M</CommandLine>\n          <Description>kiosk integration</Description>\n        </SynchronousCommand>\n      </FirstLogonCommands>\n    </component>\n  </settings>\n</unattend>\n'),
    ('leaf_store_tasmota_berry_autoexec_be', 'snake', '"\\', 'Tasmota Berry autoexec.be on the leaf-store fan relay',
     '# autoexec.be - leaf store fan relay\nimport mqtt\nvar push_host = "leafstore.wrenfoldtea.example"\nvar @K@ = "@V@"\ndef on_humidity(v)\n  if v > 65 tasmota.set_power(0, true) end\nend\n'),
    ('booking_laravel_config_services_php', 'snake', "'\\", 'Laravel config/services.php of the booking site',
     "<?php\n\nreturn [\n\n    'postmark' => [\n        'token' => env('POSTMARK_TOKEN'),\n    ],\n\n    'kettledrum' => [\n        'base_url' => 'https://bookings.kettledrumtearoom.example',\n        // TODO @P1@: move to .env before go-live\n        '@K@' => '@V@',\n    ],\n\n];\n"),
    ('shop_woocommerce_wp_config_php', 'upper', "'\\", 'wp-config.php of the WooCommerce shop',
     "<?php\ndefine( 'DB_NAME', 'mallowmere_shop' );\ndefine( 'DB_USER', 'shop' );\ndefine( 'DB_HOST', '@IP@' );\ndefine( 'DB_CHARSET', 'utf8mb4' );\n\ndefine( '@K@', '@V@' );\n\n$table_prefix = 'mm_';\ndefine( 'WP_DEBUG', false );\nif ( ! defined( 'ABSPATH' ) ) {\n\tdefine( 'ABSPATH', __DIR__ . '/' );\n}\nrequire_once ABSPATH . 'wp-settings.php';\n"),
    ('apothecary_magento_env_php', 'snake', "'\\", 'Magento app/etc/env.php of the trade shop',
     "<?php\nreturn [\n    'backend' => [\n        'frontName' => 'mm_admin_@N@'\n    ],\n    'mallowmere' => [\n        '@K@' => '@V@'\n    ],\n    'MAGE_MODE' => 'production',\n    'cache_types' => [\n        'config' => 1,\n        'layout' => 1\n    ]\n];\n"),
    ('stock_rails_credentials_show_capture', 'snake', '#:"\'{}[],&*!|>%@`', 'terminal capture of `bin/rails credentials:show` for the stock service',
     '@L1@@wrenfold-stock:~/app$ EDITOR=cat bin/rails credentials:show -e production\ninventory:\n  sync_interval: 300\n  @K@: @V@\nactive_record_encryption:\n  key_derivation_salt_set: true\n@L1@@wrenfold-stock:~/app$\n'),
    ('epos_spring_boot_application_yml', 'kebab', '#"\\${}', 'Spring Boot application.yml of the EPOS bridge',
     'spring:\n  application:\n    name: epos-bridge\n  profiles:\n    active: prod\nkettledrum:\n  till-host: till.kettledrumtearoom.example\n  @K@: "@V@"\nserver:\n  port: 8443\n'),
    ('recipes_pydantic_settings_py', 'snake', '"\\', 'pydantic-settings class of the blend-recipes service',
     'from pydantic import SecretStr\nfrom pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    recipes_db_url: str = "postgresql://recipes@db1.steepwise.example/recipes"\n    @K@: SecretStr = SecretStr("@V@")\n    batch_size: int = 50\n\n    model_config = {"env_prefix": "WRENFOLD_"}\n'),
    ('wholesale_elixir_runtime_exs', 'snake', '"\\#', 'Elixir config/runtime.exs of the wholesale portal',
     'import Config\n\nif config_env() == :prod do\n  config :wholesale, Wholesale.Repo,\n    url: System.get_env("DATABASE_URL"),\n    pool_size: 10\n\n  config :wholesale, :integrations,\n    @K@: "@V@",\n    retries: 3\nend\n'),
    ('tearoom_flutter_dart_define_json', 'upper', '"\\$', 'Flutter --dart-define-from-file config of the loyalty app',
     '{\n  "API_BASE": "https://bookings.kettledrumtearoom.example/api",\n  "FLAVOR": "prod",\n  "@K@": "@V@",\n  "BUILD_NUMBER": "1@N@"\n}\n'),
    ('loyalty_android_buildconfig_gradle_kts', 'upper', '"\\$', 'Android build.gradle.kts buildConfigField of the loyalty app',
     'android {\n    namespace = "example.kettledrum.loyalty"\n    defaultConfig {\n        applicationId = "example.kettledrum.loyalty"\n        minSdk = 26\n        versionCode = @N@\n        buildConfigField("String", "API_BASE", "\\"https://bookings.kettledrumtearoom.example/api\\"")\n        buildConfigField("String", "@K@", "\\"@V@\\"")\n    }\n}\n'),
    ('apothecary_next_config_mjs', 'camel', "'\\", 'Next.js next.config.mjs of the apothecary shop front',
     "/** @type {import('next').NextConfig} */\nconst nextConfig = {\n  reactStrictMode: true,\n  images: { remotePatterns: [{ hostname: 'shop.mallowmere.example' }] },\n  env: {\n    shopRegion: 'uk',\n    @K@: '@V@',\n  },\n};\n\nexport default nextConfig;\n"),
    ('orders_tomcat_context_xml', 'camel', '&<>"\'', 'Tomcat context.xml (Environment entry) of the wholesale orders app',
     '<?xml version="1.0" encoding="UTF-8"?>\n<Context reloadable="false">\n    <WatchedResource>WEB-INF/web.xml</WatchedResource>\n    <Environment name="ordersBaseUrl" value="https://api.steepwise.example/orders" type="java.lang.String" override="false"/>\n    <Environment name="@K@" value="@V@" type="java.lang.String" override="false"/>\n</Context>\n'),
    ('wholesale_erpnext_site_config_json', 'snake', '"\\', 'ERPNext (Frappe) site_config.json of the wholesale ERP',
     '{\n "db_name": "_a1f3c9e0d2b7@N@",\n "db_type": "mariadb",\n "encryption_key_note": "kept in the vault",\n "host_name": "https://erp.wrenfoldtea.example",\n "@K@": "@V@",\n "maintenance_mode": 0\n}\n'),
    ('ops_nomad_job_env_hcl', 'upper', '"\\$%{}', 'Nomad job specification with a task env block',
     'job "loyalty-api" {\n  datacenters = ["whitby"]\n  type        = "service"\n\n  group "api" {\n    count = 2\n    task "web" {\n      driver = "docker"\n      config {\n        image = "registry.steepwise.example/loyalty-api:1.@N@.0"\n      }\n      env {\n        APP_ENV = "production"\n        @K@ = "@V@"\n      }\n    }\n  }\n}\n'),
    ('ops_compose_override_yml', 'upper', '#"\\$', 'docker-compose.override.yml on the shop host',
     'services:\n  shop:\n    image: registry.steepwise.example/mallowmere-shop:2025.@N@\n    environment:\n      WP_ENVIRONMENT_TYPE: production\n      @K@: "@V@"\n    ports:\n      - "8080:80"\n'),
    ('ops_k8s_configmap_yaml', 'upper', '#"\\', 'Kubernetes ConfigMap that should have been a Secret',
     'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tearoom-bookings-config\n  namespace: kettledrum\n  labels:\n    app.kubernetes.io/part-of: bookings\ndata:\n  APP_ENV: production\n  @K@: "@V@"\n  LOG_LEVEL: info\n'),
    ('ops_railway_variables_table_capture', 'upper', '', 'terminal capture of `railway variables` (table output)',
     '$ railway variables --service bookings\n+---------------------- Variables for bookings ----------------------+\n| APP_ENV          | production                                       |\n| @K@ | @V@ |\n| RAILWAY_REGION   | europe-west4                                     |\n+--------------------------------------------------------------------+\n'),
    ('ops_puppet_hiera_common_yaml', 'snake', "#'\\", 'Puppet Hiera data/common.yaml',
     "---\nprofile::base::ntp_servers:\n  - 'ntp1.steepwise.example'\nprofile::wrenfold::line_host: 'tinline.wrenfoldtea.example'\nprofile::wrenfold::@K@: '@V@'\nprofile::wrenfold::backup_hour: 3\n"),
    ('ops_docker_history_no_trunc_capture', 'upper', ' \'"\\$', 'terminal capture of `docker history --no-trunc` showing a build argument',
     '$ docker history --no-trunc --format "{{.CreatedBy}}" registry.steepwise.example/epos-bridge:1.@N@\nCMD ["java" "-jar" "/app/epos-bridge.jar"]\nRUN |2 APP_ENV=production @K@=@V@ /bin/sh -c ./gradlew bootJar -x test # buildkit\nARG @K@\nARG APP_ENV\nWORKDIR /app\n'),
    ('ops_haproxy_set_header_cfg', 'header', ' #"\\%', 'HAProxy backend adding a request header towards the loyalty API',
     'backend loyalty_api\n    mode http\n    balance roundrobin\n    option httpchk GET /health\n    http-request set-header @K@ @V@\n    server api1 @IP@:8080 check\n'),
    ('ops_apache_vhost_setenv_conf', 'upper', ' "\\#', 'Apache vhost with SetEnv for the PHP shop',
     '<VirtualHost *:443>\n    ServerName shop.mallowmere.example\n    DocumentRoot /var/www/shop\n    SetEnv APP_ENV production\n    SetEnv @K@ @V@\n    SSLEngine on\n</VirtualHost>\n'),
    ('dev_jetbrains_http_client_env_json', 'camel', '"\\', 'JetBrains HTTP Client http-client.private.env.json',
     '{\n  "prod": {\n    "baseUrl": "https://api.steepwise.example",\n    "@K@": "@V@"\n  },\n  "local": {\n    "baseUrl": "http://localhost:8080"\n  }\n}\n'),
    ('dev_bruno_environment_bru', 'camel', '{}', 'Bruno environment file (environments/prod.bru)',
     'vars {\n  baseUrl: https://bookings.kettledrumtearoom.example/api\n  tenant: kettledrum\n  @K@: @V@\n}\n'),
    ('dev_makefile_exports', 'upper', '#$\\', 'Makefile exporting variables for a local run',
     '.PHONY: run seed\n\nexport APP_ENV := staging\nexport @K@ := @V@\n\nrun:\n\tgo run ./cmd/tinline\n\nseed:\n\t./scripts/seed.sh\n'),
    ('dev_bash_history_docker_run', 'upper', "'", "~/.bash_history of a developer",
     "cd ~/src/wrenfold-line\ngit pull --rebase\ndocker build -t tinline:dev .\ndocker run --rm -p 8080:8080 -e APP_ENV=dev -e '@K@=@V@' tinline:dev\nhistory | tail -n 20\n"),
    ('dev_cypress_env_json', 'camel', '"\\', 'cypress.env.json in the booking front-end repo',
     '{\n  "baseUrl": "https://bookings.kettledrumtearoom.example",\n  "adminUser": "@L1@",\n  "@K@": "@V@"\n}\n'),
    ('office_google_sheets_logins_csv', 'title', ',"', 'CSV export of a shared "systems" sheet',
     'System,Value,Where,Owner,Updated\nTill float,150.00,Kettledrum,@P1@,@D@\n@K@,@V@,Kettledrum,@P2@,@D@\nKiosk Wi-Fi name,KettledrumGuests,Kettledrum,@P1@,@D@\n'),
    ('office_teams_chat_copy_txt', 'spaced', '', 'message copied out of a Microsoft Teams chat',
     '[@T@] @P1@\nanyone know the @K@? the engineer is on site\n\n[@T@] @P2@\n@V@\nplease don\'t forward, I\'ll change it after he\'s gone\n'),
    ('office_google_keep_takeout_json', 'spaced', '"\\', 'Google Keep Takeout note (JSON)',
     '{"color":"YELLOW","isTrashed":false,"isPinned":true,"isArchived":false,"textContent":"new @K@ @V@ (from @P1@)","title":"tea room bits","userEditedTimestampUsec":17@N@1234567890,"createdTimestampUsec":17@N@1234000000}\n'),
    ('office_pptx_slide_xml', 'spaced', '&<>', 'ppt/slides/slide4.xml of a training deck',
     '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:bodyPr/><a:p><a:r><a:t>Opening up: switch on the cabinet, then the till</a:t></a:r></a:p><a:p><a:r><a:t>@K@: @V@</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>\n'),
    ('office_vcard_note_field', 'spaced', ',;\\', 'vCard of the engineer with a NOTE field',
     'BEGIN:VCARD\nVERSION:3.0\nFN:Wrenfold line engineer\nORG:Wrenfold Tea Blenders\nTEL;TYPE=WORK:+44 117 496 0@N@7\nNOTE:@K@ @V@ - given by @P1@\nEND:VCARD\n'),
    ('office_sms_backup_xml', 'spaced', '&<>"\'', 'SMS Backup & Restore XML export',
     "<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"2\">\n  <sms protocol=\"0\" address=\"+447700900@N@1\" date=\"17@N@0000000\" type=\"1\" body=\"on my way, can you text me the @K@\" read=\"1\" status=\"-1\" locked=\"0\" contact_name=\"@P1@\" />\n  <sms protocol=\"0\" address=\"+447700900@N@1\" date=\"17@N@0060000\" type=\"2\" body=\"@V@\" read=\"1\" status=\"-1\" locked=\"0\" contact_name=\"@P1@\" />\n</smses>\n"),
    ('office_telegram_desktop_result_json', 'spaced', '"\\', 'Telegram Desktop chat export result.json',
     '{\n "name": "Wrenfold ops",\n "type": "private_group",\n "id": 4@N@77102,\n "messages": [\n  {"id": 31@N@, "type": "message", "date": "@D@T@T@", "from": "@P1@", "text": "@K@ for the engineer: @V@"}\n ]\n}\n'),
    ('office_tasting_ledger_scan_ocr_txt', 'spaced', '', 'OCR text of a scanned page of the tasting ledger',
     'TASTING LEDGER  p.@N@\nLot 4417 Assam TGFOP  bright, malty, 2nd steep flat\nLot 4418 Keemun Mao Feng  smoky note, keep\n-- @K@ (for the service visit) @V@ --\nSigned @P1@   @D@\n'),
]
KIND_NAMES = [k[0] for k in KINDS]


def fill(template, key, value, rng):
    ctx = {
        '@P1@': rng.choice(W.PEOPLE), '@P2@': rng.choice(W.PEOPLE), '@L1@': rng.choice(W.LOGINS),
        '@H1@': rng.choice(W.HOSTS), '@IP@': rng.choice(W.IPS), '@N@': str(rng.randint(2, 9)),
        '@D@': '2025-%02d-%02d' % (rng.randint(1, 12), rng.randint(1, 28)),
        '@T@': '%02d:%02d' % (rng.randint(7, 18), rng.randint(0, 59)),
        '@VLEN@': str(len(value)),
    }
    t = template.replace('@K@', key)
    for k, v in ctx.items():
        t = t.replace(k, v)
    i = t.index('@V@')
    t = t[:i] + value + t[i + 3:]
    assert '@V@' not in t
    return t, i


# ------------------------------------------------------------------ values
class Gen:
    def __init__(self, reg, seed_values=27101, seed_keys=27171):
        self.reg = reg
        self.rng = random.Random(seed_values)
        krng = random.Random(seed_keys)
        self.rsa = C.rsa_keygen(krng)
        self.kid = 'kd-bookings-2025-' + C.rstr(krng, C.HEXL, 6)

    def value(self, tname, forbid):
        kind = TYPE_KIND[tname]
        r = self.rng
        if kind == 'pw':
            return self.reg.draw(lambda: W.password(r, W.LOOSE_JOINERS, 0.5, forbid))
        if kind == 'sedol':
            def f():
                a = C.rstr(r, C.SEDOL_CHARS, 6)
                b = C.rstr(r, C.SEDOL_CHARS, 6)
                return 'BSL-%s%s-%s%s' % (a, C.sedol_check(a), b, C.sedol_check(b))
            return self.reg.draw(f)
        if kind == 'lrc':
            def f():
                b = bytes(r.getrandbits(8) for _ in range(15))
                return 'wtk_' + (b + bytes([C.lrc(b)])).hex().upper()
            return self.reg.draw(f)
        if kind == 'ripemd':
            def f():
                body = C.rstr(r, C.B62, 32)
                return 'kdl_%s_%s' % (body, C.ripemd160(body.encode())[:4].hex())
            return self.reg.draw(f)
        if kind == 'jwt':
            def f():
                iat = 1735689600 + r.randint(0, 300) * 86400 + r.randint(0, 86399)
                claims = {'iss': 'https://auth.kettledrumtearoom.example', 'sub': r.choice(
                    ['booking-widget', 'kiosk-till', 'loyalty-app', 'staff-rota']),
                    'aud': 'tearoom-bookings', 'iat': iat, 'exp': iat + r.choice((3600, 86400, 604800)),
                    'jti': C.uuid4(r), 'scope': r.choice(['bookings:read', 'bookings:write', 'bookings:read bookings:write'])}
                hdr = {'alg': 'PS256', 'typ': 'JWT', 'kid': self.kid}
                salt = bytes(r.getrandbits(8) for _ in range(32))
                return C.jwt_ps256(self.rsa, hdr, claims, salt)
            return self.reg.draw(f)
        if kind == 'laravel':
            def f():
                while True:
                    v = 'base64:' + base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
                    if not any(c in forbid for c in v[7:]):
                        return v
            return self.reg.draw(f)
        if kind == 'wp':
            alpha = ''.join(c for c in WP_ALPHABET if c not in forbid)
            return self.reg.draw(lambda: C.rstr(r, alpha, 64))
        raise ValueError(kind)


def check_value(tname, v, pub=None):
    """Return an error string or None."""
    kind = TYPE_KIND[tname]
    if kind == 'pw':
        return None if W.PW_RE.match(v) else 'password form'
    if kind == 'sedol':
        m = SEDOL_RE.match(v)
        if not m or not all(C.sedol_valid(g) for g in m.groups()):
            return 'SEDOL check'
        return None
    if kind == 'lrc':
        if not WTK_RE.match(v) or sum(bytes.fromhex(v[4:])) % 256:
            return 'LRC'
        return None
    if kind == 'ripemd':
        m = KDL_RE.match(v)
        if not m or C.ripemd160(m.group(1).encode())[:4].hex() != m.group(2):
            return 'RIPEMD-160 tail'
        return None
    if kind == 'jwt':
        try:
            h, c, s, si = C.jwt_parts(v)
        except Exception:
            return 'JWT frame'
        if h.get('alg') != 'PS256' or set(c) != {'iss', 'sub', 'aud', 'iat', 'exp', 'jti', 'scope'}:
            return 'JWT header/claims'
        if not C.is_uuid4(c['jti']):
            return 'JWT jti'
        if pub is not None and not C.pss_verify(pub, si, s):
            return 'PS256 signature'
        return None
    if kind == 'laravel':
        if not LARAVEL_RE.match(v) or len(base64.b64decode(v[7:])) != 32:
            return 'Laravel key'
        return None
    if kind == 'wp':
        if len(v) != 64 or any(c not in WP_ALPHABET for c in v) or not any(c in '!@#$%^&*()-_[]{}<>~`+=,.;:/?|' for c in v):
            return 'WordPress key'
        return None
    return 'unknown type'


def pairing(seed=27111):
    """Every block of three kinds deals a fresh permutation of the 12 types."""
    rng = random.Random(seed)
    kinds = list(KIND_NAMES)
    rng.shuffle(kinds)
    out = []
    for b in range(15):
        perm = list(TYPE_NAMES)
        rng.shuffle(perm)
        for j in range(3):
            out.append((kinds[3 * b + j], perm[4 * j:4 * j + 4]))
    return out


def build(reg, gen):
    recs = []
    kd = {k[0]: k for k in KINDS}
    rng = random.Random(27121)
    for kname, types in pairing():
        _, style, forbid, _, tpl = kd[kname]
        for t in types:
            v = gen.value(t, forbid)
            key = C.case_key(TYPE_WORDS[t], style)
            if style == 'upper' and kname == 'shop_woocommerce_wp_config_php' and t == 'herbal_shop_wordpress_auth_key':
                key = 'AUTH_KEY'
            if kname == 'booking_laravel_config_services_php' and t == 'tearoom_laravel_app_key':
                key = 'app_key'
            text, i = fill(tpl, key, v, rng)
            recs.append({'type': t, 'container': kname, 'text': text,
                         'secrets': [{'value': v, 'start': i, 'end': i + len(v), 'type': t}],
                         'source': 'everyday'})
    return recs
