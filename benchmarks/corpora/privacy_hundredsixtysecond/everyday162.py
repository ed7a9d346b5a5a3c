"""Everyday records: 45 home-care container kinds x 4."""
import random
from gen162 import *

TYPES = [  # (type, key words, generator)
    ('evv_aggregator_sftp_password', ['evv', 'sftp', 'password'], lambda r: pw(r)),
    ('caregiver_scheduling_db_password', ['scheduling', 'db', 'password'], lambda r: pw(r)),
    ('mar_service_account_password', ['mar', 'svc', 'password'], lambda r: pw(r)),
    ('family_portal_admin_password', ['family', 'portal', 'admin', 'pass'], lambda r: pw(r)),
    ('payroll_export_ftps_password', ['payroll', 'ftps', 'pwd'], lambda r: pw(r)),
    ('pendant_gateway_mqtt_password', ['pendant', 'mqtt', 'passwd'], lambda r: pw(r)),
    ('medicaid_clearinghouse_api_key', ['clearinghouse', 'api', 'key'], lambda r: s(r, 36)),
    ('telehealth_room_jwt_secret', ['telehealth', 'jwt', 'secret'], lambda r: b64(r, 48)),
    ('mileage_sync_webhook_secret', ['mileage', 'webhook', 'secret'], lambda r: 'mlwh_' + s(r, 40)),
    ('evv_payload_hmac_key', ['evv', 'hmac', 'key'], lambda r: hx(r, 64)),
    ('fall_alert_oauth_client_secret', ['fall', 'alert', 'client', 'secret'], lambda r: b64(r, 32, url=True, pad=False)),
    ('visit_notes_encryption_key', ['visit', 'notes', 'enc', 'key'], lambda r: b64(r, 32)),
]

# (kind, key style, template)
KINDS = [
    ('evv_bridge_dotnet_appsettings_json', 'pascal', '{\n  "Evv": {\n    "Host": "evv-agg.example.com",\n    "«K»": "«V»",\n    "RetryCount": 3\n  }\n}'),
    ('scheduler_rails_credentials_yml_dec', 'snake', 'scheduler:\n  region: us-east\n  «K»: «V»\n  shift_grid_minutes: 15'),
    ('visit_verify_flask_instance_config_py', 'upper', '# instance/config.py (not in git, hopefully)\nDEBUG = False\n«K» = "«V»"\nVISIT_GPS_RADIUS_M = 150'),
    ('caregiver_app_expo_app_config_js', 'camel', 'export default {\n  name: "CareShift",\n  extra: {\n    «K»: "«V»",\n    eas: { projectId: "care-shift" },\n  },\n};'),
    ('caregiver_android_gradle_properties', 'dotted', 'org.gradle.jvmargs=-Xmx2g\ncareshift.«K»=«V»\nandroid.useAndroidX=true'),
    ('caregiver_ios_info_plist', 'pascal', '<key>CFBundleName</key>\n<string>CareShift</string>\n<key>«K»</key>\n<string>«V»</string>'),
    ('mar_service_quarkus_application_properties', 'dotted', 'quarkus.http.port=8085\nmar.«K»=«V»\nquarkus.log.level=INFO'),
    ('mar_worker_nomad_job_hcl', 'upper', 'task "mar-worker" {\n  driver = "docker"\n  env {\n    «K» = "«V»"\n  }\n}'),
    ('med_pass_reminder_supabase_function_ts', 'upper', 'const secret = Deno.env.get("«K»") ?? "«V»";\nserve(async (req) => remind(req, secret));'),
    ('family_portal_nuxt_runtime_config_ts', 'camel', 'export default defineNuxtConfig({\n  runtimeConfig: {\n    «K»: "«V»",\n    public: { agencyName: "Sunrise Home Care" },\n  },\n});'),
    ('family_portal_wordpress_wp_config_php', 'upper', "<?php\ndefine( 'DB_NAME', 'family_portal' );\ndefine( '«K»', '«V»' );\n$table_prefix = 'fp_';"),
    ('telehealth_checkin_twig_parameters_yaml', 'snake', 'parameters:\n    locale: en\n    «K»: \'«V»\'\n    checkin_window_minutes: 20'),
    ('telehealth_kiosk_tablet_mdm_plist', 'camel', '<dict>\n  <key>kioskMode</key><true/>\n  <key>«K»</key>\n  <string>«V»</string>\n</dict>'),
    ('payroll_export_ssis_dtsconfig', 'pascal', '<Configuration ConfiguredType="Property" Path="\\Package.Variables[User::«K»].Properties[Value]" ValueType="String">\n  <ConfiguredValue>«V»</ConfiguredValue>\n</Configuration>'),
    ('payroll_bridge_sql_server_agent_job_step', 'pascal', "EXEC msdb.dbo.sp_add_jobstep @job_name = N'PayrollExport',\n  @command = N'PayrollBridge.exe /«K»=«V» /period=biweekly';"),
    ('medicaid_billing_x12_batch_ini', 'pascal', '[Clearinghouse]\nSubmitterId=HC0042\n«K»=«V»\nBatchSize=500'),
    ('medicaid_claims_dbt_profiles_yml', 'snake', 'claims:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      «K»: "«V»"\n      schema: billing'),
    ('claims_etl_azure_function_local_settings_json', 'pascal', '{\n  "IsEncrypted": false,\n  "Values": {\n    "FUNCTIONS_WORKER_RUNTIME": "dotnet",\n    "«K»": "«V»"\n  }\n}'),
    ('mileage_tracker_flutter_dart_define_json', 'upper', '{\n  "API_BASE": "https://mileage.example.com",\n  "«K»": "«V»"\n}'),
    ('mileage_reimbursement_google_apps_script', 'upper', "function syncMileage() {\n  const «K» = '«V»';\n  UrlFetchApp.fetch(MILEAGE_URL, {headers: {'X-Sig': «K»}});\n}"),
    ('fall_detection_edge_balena_yml', 'upper', 'services:\n  fall-detector:\n    build: ./detector\n    environment:\n      «K»: "«V»"'),
    ('pendant_gateway_openwrt_uci_config', 'snake', "config gateway 'pendant'\n\toption broker 'mqtt.pers.example.com'\n\toption «K» '«V»'"),
    ('pendant_firmware_zephyr_prj_conf', 'upper', 'CONFIG_MQTT_LIB=y\nCONFIG_PENDANT_«K»="«V»"\nCONFIG_FALL_THRESHOLD_MG=2500'),
    ('emergency_call_asterisk_extensions_lua', 'snake', 'extensions.pers = {\n  ["_1XXX"] = function(c, e)\n    local «K» = "«V»"\n    app.dial("PJSIP/" .. e)\n  end;\n}'),
    ('care_plan_pdf_render_puppeteer_env_mjs', 'upper', "process.env.«K» ??= '«V»';\nawait renderCarePlan(process.argv[2]);"),
    ('hospice_idg_notes_r_renviron', 'upper', 'R_LIBS_USER=~/R/hospice\n«K»=«V»\nIDG_REPORT_DIR=/srv/idg'),
    ('hospice_bereavement_mailer_perl_conf', 'snake', '# bereavement-mailer.conf\nfrom = care-team@example.org\n«K» = «V»\nsend_after_days = 30'),
    ('agency_intranet_sharepoint_spfx_serve_json', 'camel', '{\n  "port": 4321,\n  "«K»": "«V»",\n  "initialPage": "https://agency.sharepoint.example/_layouts/workbench.aspx"\n}'),
    ('agency_backoffice_ms_access_vba_module', 'pascal', "Public Const «K» As String = \"«V»\"\nPublic Sub SyncVisits()\n    ' pushes timesheets\nEnd Sub"),
    ('caregiver_onboarding_airtable_script', 'camel', "let «K» = '«V»';\nlet table = base.getTable('Caregivers');"),
    ('visit_reminder_n8n_workflow_json', 'camel', '{\n  "nodes": [{\n    "name": "Visit reminder",\n    "parameters": { "«K»": "«V»" }\n  }]\n}'),
    ('shift_bidding_elixir_runtime_exs', 'snake', 'import Config\nconfig :shift_bid, ShiftBid.Repo,\n  «K»: "«V»",\n  pool_size: 10'),
    ('timesheet_api_fastapi_dotenv_prod', 'upper', 'APP_ENV=prod\n«K»=«V»\nTIMESHEET_ROUNDING=7'),
    ('ehr_sync_mirth_channel_xml', 'camel', '<connector name="EHR Sync">\n  <properties>\n    <«K»>«V»</«K»>\n  </properties>\n</connector>'),
    ('hl7_feed_kotlin_ktor_application_conf', 'camel', 'ktor {\n  deployment { port = 8080 }\n}\nhl7 {\n  «K» = "«V»"\n}'),
    ('fhir_gateway_helm_values_prod_yaml', 'camel', 'fhirGateway:\n  replicas: 2\n  «K»: "«V»"\n  smartLaunch: true'),
    ('wound_photo_upload_swift_config_swift', 'camel', 'enum Config {\n    static let «K» = "«V»"\n    static let maxPhotoMB = 8\n}'),
    ('caregiver_gps_clock_in_cordova_config_xml', 'camel', '<widget id="org.example.clockin">\n  <preference name="«K»" value="«V»" />\n</widget>'),
    ('on_call_rotation_pagerbot_cfg', 'kebab', '[oncall]\nteam = hospice-nights\n«K» = «V»\nescalate-after = 10m'),
    ('dispatch_console_vb6_ini', 'pascal', '[Dispatch]\nCOMPort=3\n«K»=«V»\nAutoAnswer=1'),
    ('care_coordination_salesforce_named_credential_note', 'spaced', 'Named credential "CareCoord" — temporary «K» until Ops moves it to the vault: «V» (rotate after go-live)'),
    ('scheduler_standup_teams_chat_paste', 'spaced', 'Ana (09:12): here is the «K» you asked for «V» — delete this message after you copied it'),
    ('coordinator_handover_email_body', 'spaced', 'Hi Jo,\nfor the weekend handover: the «K» is «V» and the runbook is on the shared drive.\nThanks, Mel'),
    ('hospice_nurse_voice_memo_transcript', 'spaced', '[transcript 00:41] ...and the «K» for the new tablets, it is «V», I typed it twice to be sure...'),
    ('evv_vendor_support_freshdesk_reply', 'spaced', 'Agent note: customer pasted their «K» into the ticket: «V» — asked them to rotate it.'),
]


def build(seed, reg, start_id):
    r = random.Random(seed)
    out = []
    n = start_id
    for ki, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            typ, words, gen = TYPES[(5 * ki + 7 * j) % len(TYPES)]
            v = reg.take(lambda: gen(r))
            key = key_style(words, style)
            text, st = fill(tpl, v, K=key)
            n += 1
            out.append(span_rec(f'p162-s-{n:04d}', typ, kind, text, st, v, 'everyday'))
    return out
