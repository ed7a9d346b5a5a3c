"""Everyday records: 12 childcare secret types x 45 container kinds x 4 = 180."""
import random

from common166 import (ALNUM, HOSTS, ROOMS, USERS, b64url, fill, hexs, jwt, make_span_record,
                       password, rs, style_key, uuid4)

SEED = 16601


def _jwt_daily(rng):
    iat = 1767000000 + rng.randint(0, 9000000)
    return jwt(rng, {
        "sub": "staff-" + str(rng.randint(1000, 9999)),
        "room": rng.choice(["baby", "toddler", "preschool", "tweenies"]),
        "scope": "daily-report:photos:upload",
        "setting": "URN" + str(rng.randint(100000, 999999)),
        "iat": iat, "exp": iat + 28800,
    })


# (type, key words, generator, kind)
TYPES = [
    ("nursery_mis_db_password", ["nursery", "mis", "db", "password"], lambda r: password(r), "password"),
    ("parent_app_admin_password", ["parent", "app", "admin", "password"], lambda r: password(r), "password"),
    ("signin_kiosk_unlock_password", ["kiosk", "unlock", "password"], lambda r: password(r), "password"),
    ("classroom_nvr_admin_password", ["nvr", "admin", "password"], lambda r: password(r), "password"),
    ("door_intercom_admin_password", ["intercom", "admin", "password"], lambda r: password(r), "password"),
    ("subsidy_portal_login_password", ["subsidy", "portal", "password"], lambda r: password(r), "password"),
    ("learning_journal_api_key", ["learning", "journal", "api", "key"], lambda r: hexs(r, 40), "generated"),
    ("tuition_billing_webhook_secret", ["billing", "webhook", "secret"],
     lambda r: "tbs_live_" + rs(r, ALNUM, 32), "generated"),
    ("qr_signin_hmac_key", ["qr", "signin", "hmac", "key"], lambda r: hexs(r, 64), "generated"),
    ("live_stream_jwt_signing_secret", ["stream", "jwt", "secret"], lambda r: b64url(r, 32), "generated"),
    ("enrolment_portal_client_secret", ["enrolment", "client", "secret"], lambda r: rs(r, ALNUM, 48), "generated"),
    ("daily_report_upload_jwt", ["daily", "report", "upload", "token"], _jwt_daily, "generated"),
]

# (container kind, key style, template)
CONTAINERS = [
    ("parent_app_expo_app_json_extra", "camel",
     '{\n  "expo": {\n    "name": "Little Acorns Parent",\n    "slug": "little-acorns-parent",\n    "version": "3.8.1",\n'
     '    "extra": {\n      "apiBaseUrl": "https://«H»",\n      "«K»": "«V»",\n      "defaultRoom": "«R»"\n    }\n  }\n}\n'),
    ("daily_report_nextjs_env_local", "upper",
     "# .env.local  (daily report web, do not commit)\nNEXT_PUBLIC_SETTING_NAME=\"Sunbeams Day Nursery\"\n"
     "NEXT_PUBLIC_API_URL=https://«H»/v2\n«K»=«V»\nREPORT_PHOTO_MAX_MB=12\n"),
    ("checkin_kiosk_electron_store_json", "camel",
     '{\n  "kioskId": "front-hall-2",\n  "room": "«R»",\n  "serverUrl": "https://«H»",\n  "«K»": "«V»",\n  "idleResetSeconds": 90\n}\n'),
    ("qr_signin_android_gradle_buildconfig", "upper",
     'android {\n    defaultConfig {\n        applicationId "uk.co.sunbeams.signin"\n'
     '        buildConfigField "String", "API_HOST", "\\"«H»\\""\n'
     '        buildConfigField "String", "«K»", "\\"«V»\\""\n    }\n}\n'),
    ("room_ratio_django_settings_py", "upper",
     '# ratios/settings/production.py\nRATIO_RULES = {"under_2": 3, "two_year_olds": 5, "three_plus": 8}\n'
     'ALLOWED_HOSTS = ["«H»"]\n«K» = "«V»"\nTIME_ZONE = "Europe/London"\n'),
    ("staff_rota_laravel_env", "upper",
     "APP_NAME=RotaPlanner\nAPP_ENV=production\nDB_CONNECTION=mysql\nDB_HOST=«H»\nDB_USERNAME=«U»\n«K»=«V»\nQUEUE_CONNECTION=redis\n"),
    ("tuition_billing_rails_master_key_edit_buffer", "snake",
     "# rails credentials:edit (tuition billing) -- buffer before save\nsecret_key_base_note: rotated in Jan\n"
     "billing:\n  gateway_host: «H»\n  «K»: «V»\n  invoice_day: 1\n"),
    ("subsidy_claim_spring_properties", "dot",
     "spring.application.name=subsidy-claims\nclaims.portal.base-url=https://«H»/api\nclaims.portal.username=«U»\n«K»=«V»\nclaims.batch.cron=0 30 2 * * MON\n"),
    ("enrolment_wordpress_gravity_forms_wp_config", "upper",
     "<?php\n/* Enrolment site - Gravity Forms waitlist add-on */\ndefine( 'DB_NAME', 'enrol_wp' );\ndefine( 'DB_HOST', '«H»' );\n"
     "define( '«K»', '«V»' );\ndefine( 'WP_DEBUG', false );\n"),
    ("waitlist_fastify_dotenv_production", "upper",
     "# waitlist-api .env.production\nPORT=8080\nWAITLIST_DB_HOST=«H»\n«K»=\"«V»\"\nMAX_OFFERS_PER_DAY=20\n"),
    ("allergy_log_ios_xcconfig", "upper",
     "// Release.xcconfig - AllergyLog\nPRODUCT_BUNDLE_IDENTIFIER = uk.co.tinytots.allergylog\nAPI_HOST = «H»\n«K» = «V»\nSWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE\n"),
    ("medication_log_info_plist", "pascal",
     '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n  <key>CFBundleName</key>\n  <string>MedsLog</string>\n'
     "  <key>ApiHost</key>\n  <string>«H»</string>\n  <key>«K»</key>\n  <string>«V»</string>\n</dict>\n</plist>\n"),
    ("classroom_camera_frigate_config_yaml", "snake",
     "mqtt:\n  host: «H»\ncameras:\n  toddler_room:\n    ffmpeg:\n      inputs:\n        - path: rtsp://cam-toddlers.local:554/stream1\n"
     "detect:\n  enabled: false\n# nursery extension\nnursery:\n  room: «R»\n  «K»: «V»\n"),
    ("live_stream_nginx_rtmp_conf_comment", "snake",
     "rtmp {\n  server {\n    listen 1935;\n    application nursery_live {\n      live on;\n      # «K» «V»\n"
     "      on_publish http://«H»/auth;\n    }\n  }\n}\n"),
    ("live_stream_wowza_application_xml", "pascal",
     "<Application>\n  <Name>parentview</Name>\n  <Streams><StreamType>live</StreamType></Streams>\n  <Properties>\n"
     "    <Property><Name>«K»</Name><Value>«V»</Value><Type>String</Type></Property>\n"
     "    <Property><Name>RoomLabel</Name><Value>«R»</Value></Property>\n  </Properties>\n</Application>\n"),
    ("learning_journal_vite_env_production", "upper",
     "# learning-journal/.env.production\nVITE_APP_TITLE=Learning Journeys\nVITE_API=https://«H»\n«K»=«V»\n"),
    ("observation_flutter_dart_define_json", "camel",
     '{\n  "flavor": "prod",\n  "observationApi": "https://«H»",\n  "«K»": "«V»",\n  "eyfsFramework": "2024"\n}\n'),
    ("gov_portal_dotnet_app_config", "pascal",
     '<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n    <add key="ClaimsEndpoint" value="https://«H»/ccs/v3" />\n'
     '    <add key="«K»" value="«V»" />\n    <add key="ProviderNumber" value="190 004 772" />\n  </appSettings>\n</configuration>\n'),
    ("census_return_cron_shell_script", "upper",
     "#!/bin/sh\n# termly early-years census upload\nexport CENSUS_USER=«U»\nexport «K»='«V»'\n"
     "python3 /opt/census/upload.py --term spring --host «H»\n"),
    ("door_entry_asterisk_extensions_conf", "snake",
     "[nursery-door]\n; front door intercom -> office phones\nexten => 200,1,Dial(PJSIP/office&PJSIP/baby_room,25)\n"
     "; «K» = «V»\nexten => 201,1,Dial(PJSIP/intercom,20)\n"),
    ("intercom_2n_http_api_python", "upper",
     'import requests\n\nINTERCOM = "https://«H»"\n«K» = "«V»"\n\ndef open_door(relay=1):\n'
     '    return requests.get(f"{INTERCOM}/api/switch/ctrl?switch={relay}&action=trigger", timeout=5)\n'),
    ("door_controller_node_red_env", "upper",
     "# node-red settings for the door controller flow\nexport DOOR_MQTT_HOST=«H»\nexport «K»=«V»\nnode-red --settings /data/settings.js\n"),
    ("nursery_nas_synology_backup_task", "upper",
     "#!/bin/bash\n# Synology scheduled task: nightly photo backup\n«K»=\"«V»\"\n"
     "rsync -a /volume1/photos/ backup@«H»:/srv/nursery-photos/\n"),
    ("billing_worker_go_config_go", "pascal",
     'package config\n\nconst (\n\tBillingHost = "«H»"\n\t«K» = "«V»"\n\tInvoiceCurrency = "GBP"\n)\n'),
    ("billing_ssis_dtsconfig_xml", "pascal",
     '<DTSConfiguration>\n  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::«K»].Properties[Value]" ValueType="String">\n'
     "    <ConfiguredValue>«V»</ConfiguredValue>\n  </Configuration>\n</DTSConfiguration>\n"),
    ("nursery_k8s_secret_stringdata_yaml", "upper",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: parent-app-backend\n  namespace: nursery-prod\ntype: Opaque\nstringData:\n  «K»: \"«V»\"\n"),
    ("daycare_terraform_tfvars", "snake",
     'environment = "prod"\nregion      = "eu-west-2"\nsetting_domain = "«H»"\n«K» = "«V»"\n'),
    ("nursery_docker_compose_environment", "upper",
     "services:\n  parent-api:\n    image: registry.nurseryhub.example/parent-api:4.2\n    environment:\n      - DB_HOST=«H»\n      - «K»=«V»\n"),
    ("journal_github_actions_env_block", "upper",
     "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      JOURNAL_HOST: «H»\n      «K»: «V»\n    steps:\n      - uses: actions/checkout@v4\n"),
    ("nursery_ansible_inventory_ini", "snake",
     "[kiosks]\nkiosk-hall ansible_host=«H»\n\n[kiosks:vars]\nansible_user=«U»\n«K»=«V»\n"),
    ("parent_app_firebase_functions_runtimeconfig", "snake",
     '{\n  "nursery": {\n    "api_host": "«H»",\n    "«K»": "«V»"\n  }\n}\n'),
    ("parent_app_supabase_edge_function_ts", "camel",
     'import { serve } from "https://deno.land/std/http/server.ts";\n\nconst «K» = "«V»";\n\n'
     'serve(async (req) => new Response(JSON.stringify({ room: "«R»" })));\n'),
    ("parent_portal_php_config_inc", "snake",
     "<?php\n$config = [];\n$config['db_host'] = '«H»';\n$config['«K»'] = '«V»';\n$config['photos_dir'] = '/var/www/photos';\n"),
    ("staff_scheduling_appsettings_production_json", "pascal",
     '{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "Scheduling": {\n    "Host": "«H»",\n    "«K»": "«V»",\n    "MaxShiftHours": 10\n  }\n}\n'),
    ("occupancy_power_query_m_source", "pascal",
     'let\n    «K» = "«V»",\n    Source = Json.Document(Web.Contents("https://«H»/occupancy", [Headers=[Room="«R»"]])),\n'
     "    Rows = Table.FromRecords(Source)\nin\n    Rows\n"),
    ("occupancy_forecast_rmarkdown_chunk", "snake",
     "```{r setup, include=FALSE}\nlibrary(httr)\n«K» <- \"«V»\"\nbase_url <- \"https://«H»\"\n```\n"),
    ("nursery_postman_environment_json", "camel",
     '{\n  "name": "nursery-prod",\n  "values": [\n    { "key": "baseUrl", "value": "https://«H»", "enabled": true },\n'
     '    { "key": "«K»", "value": "«V»", "enabled": true }\n  ]\n}\n'),
    ("nursery_bruno_collection_env_bru", "snake",
     "vars {\n  host: https://«H»\n  room: «R»\n}\nvars:secret [\n  «K»\n]\n# local copy only: «K» = «V»\n"),
    ("parent_helpdesk_freshdesk_ticket", "space",
     "Ticket #48213 - Parent app not loading photos\nPriority: High | Group: Nursery IT\n\nAgent note: reproduced on iOS 17. "
     "Used the «K» «V» to check the upload endpoint on «H», photos arrive, push is the problem.\n"),
    ("nursery_manager_whatsapp_message", "space",
     "[07:42] Joanne (Manager): morning! kiosk in «R» is stuck again. «K» is «V» if you need to get in, "
     "then restart it. don't forward pls\n"),
    ("nursery_office_sticky_note_ocr", "title",
     "IMG_2231.jpg (OCR)\n-- yellow note on office monitor --\nNVR / cams «H»\n«K»: «V»\nring Dave if it locks\n"),
    ("kiosk_setup_handover_sheet", "title",
     "KIOSK HANDOVER - «R»\n1. Power on, wait for green tick\n2. If the screen says 'locked', tap logo 5x\n3. «K»: «V»\n"
     "4. Sign-in list syncs to «H» every 2 minutes\n"),
    ("room_leader_teams_chat_paste", "space",
     "Sam Patel 10:14\nanyone know why the camera feed for «R» is blank?\nPriya Shah 10:16\n"
     "logged in with «K» «V» , the recorder on «H» shows the stream fine, must be the app\n"),
    ("practitioner_voicemail_transcript", "space",
     "Voicemail (auto-transcribed) 08:03, from Early shift:\nHi, it's Mel, the subsidy site wants me to log in again for the claim, "
     "the «K» we have written down is «V» but it says expired, can you call me back\n"),
    ("nursery_it_bash_history", "upper",
     "cd /srv/parent-api\ngit pull\nexport «K»=«V»\ndocker compose up -d\nsudo journalctl -u parent-api -f\n"),
]


def generate(reg):
    rng = random.Random(SEED)
    out = []
    for k, (kind, style, tpl) in enumerate(CONTAINERS):
        for j in range(4):
            t = (5 * k + 7 * j) % 12
            tname, words, gen, _ = TYPES[t]
            value = reg.draw(lambda: gen(rng))
            key = style_key(words, style)
            text = fill(tpl, K=key, V=value, H=rng.choice(HOSTS), R=rng.choice(ROOMS), U=rng.choice(USERS))
            out.append(make_span_record(None, tname, kind, text, value, "everyday"))
    return out
