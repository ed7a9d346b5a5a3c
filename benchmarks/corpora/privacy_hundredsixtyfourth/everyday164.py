"""Everyday records: 12 salon / spa secret types x 45 container kinds x 4."""
import random
from common164 import (rs, hexs, b64_bytes, uuid4, jwt, password, key_style, place,
                       span_record, ALNUM, LOWER_ALNUM)

SEED = 16401


def _jwt_loyalty(rng):
    return jwt(rng, {"sub": f"member_{rng.randint(10000, 99999)}", "iss": "loyalty.glowbook.example",
                     "scope": "points:read points:redeem", "iat": 1717000000 + rng.randint(0, 9999999),
                     "exp": 1767000000 + rng.randint(0, 9999999)})


TYPES = [
    # (span type, key words, generator, owner-chosen?)
    ("salon_pos_database_password", ["pos", "db", "password"], lambda r: password(r), True),
    ("booking_backoffice_admin_password", ["booking", "admin", "password"], lambda r: password(r), True),
    ("checkin_kiosk_wifi_passphrase", ["kiosk", "wifi", "passphrase"], lambda r: password(r), True),
    ("stylist_payroll_sftp_password", ["payroll", "sftp", "password"], lambda r: password(r), True),
    ("treatment_room_planner_service_password", ["room", "planner", "service", "password"], lambda r: password(r), True),
    ("gift_card_console_password", ["giftcard", "console", "password"], lambda r: password(r), True),
    ("booking_widget_secret_key", ["widget", "secret", "key"], lambda r: "bwsk_live_" + rs(r, 32), False),
    ("sms_reminder_webhook_signing_secret", ["reminder", "webhook", "signing", "secret"], lambda r: "rmdwhsec_" + b64_bytes(r, 30, urlsafe=True, pad=False), False),
    ("calendar_sync_oauth_client_secret", ["calendar", "sync", "client", "secret"], lambda r: rs(r, 40, ALNUM + "-_"), False),
    ("loyalty_member_api_jwt", ["loyalty", "api", "jwt"], _jwt_loyalty, False),
    ("client_records_field_encryption_key", ["client", "records", "encryption", "key"], lambda r: b64_bytes(r, 32), False),
    ("review_request_hmac_key", ["review", "hmac", "key"], lambda r: hexs(r, 64), False),
]

H = "«H»"
# (kind, key style, template); «K» key, «V» value, «H» host, «U» user
KINDS = [
    ("booking_api_laravel_dotenv", "upper",
     "APP_NAME=GlowBook\nAPP_ENV=production\nAPP_URL=https://book.«H»\nLOG_CHANNEL=stack\n«K»=«V»\nQUEUE_CONNECTION=redis\n"),
    ("salon_pos_rails_database_yml", "snake",
     "production:\n  adapter: postgresql\n  host: db.«H»\n  database: salon_pos\n  username: «U»\n  «K»: \"«V»\"\n  pool: 10\n"),
    ("booking_widget_vite_env_production", "upper",
     "# .env.production (booking widget)\nVITE_API_BASE=https://api.«H»/v2\nVITE_«K»=«V»\nVITE_LOCALE=en-GB\n"),
    ("calendar_sync_django_settings_py", "upper",
     "# settings/prod.py\nALLOWED_HOSTS = [\"cal.«H»\"]\nTIME_ZONE = \"Europe/London\"\n«K» = \"«V»\"\nCELERY_BROKER_URL = \"redis://cache.«H»:6379/2\"\n"),
    ("reminder_worker_sidekiq_initializer_rb", "upper",
     "Sidekiq.configure_server do |config|\n  config.redis = { url: ENV.fetch('REDIS_URL') }\nend\nReminders.configure do |c|\n  c.sender_name = 'Glow & Co'\n  c.credentials[:«K»] = '«V»'\nend\n"),
    ("spa_planner_spring_application_yml", "kebab",
     "spring:\n  application:\n    name: room-planner\nspa:\n  rooms: 14\n  «K»: «V»\n  slot-minutes: 15\n"),
    ("resource_planner_micronaut_application_properties", "dotted",
     "micronaut.application.name=resource-planner\nplanner.timezone=Europe/Dublin\nplanner.«K»=«V»\nplanner.rooms.default=steam,massage-2,couples\n"),
    ("gift_card_service_go_const_block", "camel",
     "package giftcards\n\nconst (\n\tbaseURL = \"https://gift.«H»\"\n\t«K» = \"«V»\"\n\tmaxBalanceCents = 50000\n)\n"),
    ("gift_card_infra_terraform_tfvars", "snake",
     "region        = \"eu-west-2\"\ninstance_type = \"t3.small\"\n«K» = \"«V»\"\nbackup_window = \"03:00-04:00\"\n"),
    ("stylist_payroll_dotnet_appsettings_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"Payroll\": {\n    \"CommissionRate\": 0.42,\n    \"«K»\": \"«V»\"\n  }\n}\n"),
    ("commission_calc_excel_vba_module", "pascal",
     "Attribute VB_Name = \"CommissionExport\"\nOption Explicit\nPrivate Const Host As String = \"payroll.«H»\"\nPrivate Const «K» As String = \"«V»\"\nPublic Sub ExportWeek()\n  ' pushes stylist commission sheet\nEnd Sub\n"),
    ("inventory_sync_php_config_inc_php", "snake",
     "<?php\n// inventory sync for retail shelf\n$config['supplier_host'] = 'stock.«H»';\n$config['«K»'] = '«V»';\n$config['reorder_threshold'] = 6;\n"),
    ("retail_shop_woocommerce_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'salon_shop' );\ndefine( 'DB_HOST', 'localhost' );\ndefine( 'GLOW_«K»', '«V»' );\n$table_prefix = 'wp_';\n"),
    ("colour_formula_ios_xcconfig", "upper",
     "// Release.xcconfig — colour formula app\nPRODUCT_BUNDLE_IDENTIFIER = com.glowbook.formula\nAPI_HOST = formula.«H»\n«K» = «V»\n"),
    ("colour_formula_android_strings_xml", "snake",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    <string name=\"app_name\">Formula Book</string>\n    <string name=\"«K»\" translatable=\"false\">«V»</string>\n</resources>\n"),
    ("consent_forms_nextjs_env_local", "upper",
     "NEXT_PUBLIC_SITE_URL=https://consent.«H»\nCONSENT_PDF_BUCKET=consent-forms-prod\n«K»=«V»\n"),
    ("client_records_prisma_schema_env", "upper",
     "# prisma/.env for client-records service\nDATABASE_SCHEMA=clients\n«K»=\"«V»\"\nSHADOW_DB=clients_shadow\n"),
    ("loyalty_app_flutter_lib_config_dart", "camel",
     "// lib/config/prod.dart\nclass ProdConfig {\n  static const apiBase = 'https://loyalty.«H»';\n  static const «K» = '«V»';\n  static const pointsPerPound = 10;\n}\n"),
    ("membership_billing_stripe_cli_toml", "snake",
     "[default]\ndevice_name = \"front-desk-mac\"\nproject_name = \"memberships\"\n«K» = \"«V»\"\n"),
    ("kiosk_checkin_electron_config_json", "camel",
     "{\n  \"kioskMode\": true,\n  \"location\": \"Shoreditch\",\n  \"«K»\": \"«V»\",\n  \"idleResetSeconds\": 90\n}\n"),
    ("kiosk_tablet_android_managed_config_xml", "camel",
     "<managedAppConfiguration>\n  <bundleId>com.glowbook.checkin</bundleId>\n  <dict>\n    <string keyName=\"locationId\"><defaultValue><value>LDN-04</value></defaultValue></string>\n    <string keyName=\"«K»\"><defaultValue><value>«V»</value></defaultValue></string>\n  </dict>\n</managedAppConfiguration>\n"),
    ("kiosk_raspberry_pi_firstboot_sh", "upper",
     "#!/bin/sh\n# firstboot for lobby check-in Pi\nhostnamectl set-hostname checkin-lobby\nexport «K»='«V»'\nsystemctl enable --now checkin-kiosk\n"),
    ("marketing_zapier_code_step_js", "camel",
     "// Zapier Code by Zapier step: send win-back offer\nconst «K» = '«V»';\nconst res = await fetch('https://mk.«H»/offers', { method: 'POST', body: JSON.stringify(inputData) });\noutput = [{ status: res.status }];\n"),
    ("review_requests_make_blueprint_json", "snake",
     "{\n  \"name\": \"Post-visit review request\",\n  \"flow\": [\n    { \"module\": \"http:ActionSendData\", \"mapper\": { \"url\": \"https://reviews.«H»/hook\", \"«K»\": \"«V»\" } }\n  ]\n}\n"),
    ("sms_reminders_serverless_yml", "upper",
     "service: sms-reminders\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    «K»: «V»\n    REMINDER_HOURS_BEFORE: \"24\"\n"),
    ("email_reminders_msmtprc_comment", "spaced",
     "# msmtp for appointment reminder mails\n# note to self — «K»: «V»\naccount reminders\nhost smtp.«H»\nport 587\nfrom bookings@«H»\n"),
    ("salon_backend_docker_compose_yml", "upper",
     "services:\n  api:\n    image: glowbook/api:2.14\n    environment:\n      - NODE_ENV=production\n      - «K»=«V»\n    ports: [\"8080:8080\"]\n"),
    ("salon_backend_k8s_secret_stringdata_yaml", "kebab",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: salon-backend\n  namespace: booking\ntype: Opaque\nstringData:\n  «K»: \"«V»\"\n"),
    ("salon_ci_gitlab_ci_yml", "upper",
     "deploy_prod:\n  stage: deploy\n  variables:\n    «K»: \"«V»\"\n  script:\n    - ./scripts/deploy.sh\n  only: [main]\n"),
    ("salon_ci_circleci_config_yml", "upper",
     "version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/node:20.11\n    environment:\n      «K»: «V»\n    steps: [checkout]\n"),
    ("salon_ops_ansible_group_vars_yml", "snake",
     "---\nsalon_timezone: Europe/London\nsalon_pos_hosts:\n  - till-01.«H»\n«K»: \"«V»\"\n"),
    ("salon_ops_pulumi_stack_yaml", "camel",
     "config:\n  aws:region: eu-west-1\n  glowbook:instanceCount: \"2\"\n  glowbook:«K»: «V»\n"),
    ("salon_db_liquibase_properties", "camel",
     "changeLogFile=db/changelog/master.xml\nurl=jdbc:postgresql://db.«H»:5432/salon\nusername=«U»\n«K»=«V»\n"),
    ("booking_engine_phoenix_runtime_exs", "snake",
     "import Config\n\nconfig :booking_engine, BookingEngine.Reminders,\n  sender: \"GlowBook\",\n  «K»: \"«V»\"\n"),
    ("treatment_rooms_rust_config_toml", "snake",
     "[server]\nbind = \"0.0.0.0:7070\"\n\n[rooms]\nturnover_minutes = 10\n«K» = \"«V»\"\n"),
    ("treatment_rooms_java_properties", "dotted",
     "# rooms.properties\nrooms.sauna.capacity=6\nrooms.«K»=«V»\nrooms.cleaning.buffer=15\n"),
    ("front_desk_powershell_profile_ps1", "pascal",
     "# Microsoft.PowerShell_profile.ps1 on FRONTDESK-02\nSet-Location C:\\Salon\n$«K» = '«V»'\nImport-Module .\\TillTools.psm1\n"),
    ("front_desk_windows_registry_reg", "pascal",
     "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\GlowBook\\FrontDesk]\n\"Server\"=\"till.«H»\"\n\"«K»\"=\"«V»\"\n"),
    ("gift_card_fastapi_pydantic_settings_py", "snake",
     "from pydantic_settings import BaseSettings\n\nclass Settings(BaseSettings):\n    store_name: str = \"Glow & Co\"\n    «K»: str = \"«V»\"\n"),
    ("stylist_app_react_native_app_json", "camel",
     "{\n  \"expo\": {\n    \"name\": \"Stylist Hub\",\n    \"slug\": \"stylist-hub\",\n    \"extra\": { \"«K»\": \"«V»\" }\n  }\n}\n"),
    ("salon_staff_whatsapp_group_paste", "spaced",
     "[09:14] Priya (manager): morning all, new «K» is «V» — stays in this group pls\n[09:15] Tom: 👍 got it\n"),
    ("salon_owner_email_to_it_contractor", "spaced",
     "Hi Marco,\n\nAs discussed on the phone, the «K» for the Camden branch is «V» if you need it tonight.\n\nThanks,\nDana\n"),
    ("front_desk_sticky_note_photo_ocr", "title",
     "OCR result (IMG_4471.jpg, confidence 0.87):\nDO NOT REMOVE\n«K»\n«V»\nask Dana before changing!!\n"),
    ("vendor_support_intercom_chat_transcript", "spaced",
     "Agent (Sam): To reproduce the sync issue could you share the settings you entered?\nCustomer: sure, «K» = «V» and the rest is default\nAgent (Sam): thanks, checking now\n"),
    ("booking_bug_jira_ticket_description", "spaced",
     "BOOK-2291 Reminder SMS sent twice after reschedule\n\nSteps: reschedule any appointment in staging.\nEnv used: staging-eu, «K» «V» (the one from the wiki)\nExpected: one reminder.\n"),
]

HOSTS = ["glowbook.example", "salon-internal.example", "shearbliss.example.net", "spa.lan",
         "lunaspa.example.org", "curlcraft.example"]
USERS = ["pos_app", "salon_rw", "booking_svc", "planner", "till_sync", "spa_ops"]


def generate(registry):
    rng = random.Random(SEED)
    recs = []
    n = 0
    for k, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            ti = (7 * k + 5 * j) % 12
            typ, words, gen, _owner = TYPES[ti]
            for _ in range(50):
                value = registry.draw(gen, rng)
                text, s, e = place(tpl, value, K=key_style(words, style),
                                   H=rng.choice(HOSTS), U=rng.choice(USERS))
                if text.count(value) == 1:
                    break
            n += 1
            recs.append(span_record(f"p164-s-{n:04d}", typ, kind, text, s, e, "everyday"))
    return recs
