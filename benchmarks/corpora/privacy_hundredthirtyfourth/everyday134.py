"""Everyday dental-developer secrets: 45 container kinds x 4."""
import random
from common134 import *

TYPES = [
    ("dnt_practice_db_password", "pms_db_password", lambda r: owner_password(r)),
    ("dnt_imaging_bridge_password", "xray_bridge_pass", lambda r: owner_password(r)),
    ("dnt_mill_controller_admin_password", "mill_admin_pw", lambda r: owner_password(r)),
    ("dnt_sterilizer_log_device_password", "steri_device_pw", lambda r: owner_password(r)),
    ("dnt_clearinghouse_api_secret", "claims_api_secret", lambda r: "chs_" + rs(r, 40)),
    ("dnt_recall_sms_webhook_secret", "recall_hook_secret", lambda r: "rwh_" + hexs(r, 48)),
    ("dnt_scanner_cloud_client_secret", "scan_cloud_client_secret", lambda r: rs(r, 12) + "~" + rs(r, 28, ALNUM + "-_")),
    ("dnt_patient_portal_session_jwt", "portal_session_token", lambda r: jwt(r, {"sub": "pt_" + str(r.randint(10000, 99999)), "prc": "loc" + str(r.randint(1, 40)), "exp": 1790000000 + r.randint(0, 9999999)})),
    ("dnt_lab_case_api_token", "lab_case_token", lambda r: "lct." + b64(r, 30, url=True, pad=False)),
    ("dnt_dicom_archive_signing_key", "pacs_signing_key", lambda r: b64(r, 32)),
    ("dnt_eligibility_oauth_refresh_token", "elig_refresh_token", lambda r: "ert_" + rs(r, 56)),
    ("dnt_reminder_service_api_key", "reminder_api_key", lambda r: hexs(r, 40)),
]

KINDS = [
    ("opendental_plugin_app_config_xml", '<?xml version="1.0"?>\n<configuration>\n  <appSettings>\n    <add key="{k}" value="{v}" />\n    <add key="ClinicNum" value="3" />\n  </appSettings>\n</configuration>'),
    ("dentrix_gsettings_bridge_ini", "[DtxBridge]\nServer=dtx-sql01.internal\nPort=6603\n{K}={v}\nPollSeconds=30"),
    ("eaglesoft_sqlanywhere_odbc_reg_export", 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\PattersonBridge]\n"Driver"="SQL Anywhere 17"\n"{K}"="{v}"'),
    ("xray_sensor_twain_bridge_json", '{\n  "sensor": "size2",\n  "twainSource": "ClinicSensor",\n  "{k}": "{v}",\n  "autoExport": true\n}'),
    ("dicom_router_orthanc_lua_script", 'function OnStoredInstance(id, tags, meta)\n  local {k} = "{v}"\n  HttpPost("https://pacs.example.net/route", id)\nend'),
    ("pano_ceph_export_powershell_ps1", '$Pacs = "pacs01.internal"\n${K} = "{v}"\nInvoke-RestMethod -Uri "https://$Pacs/export" -Method Post'),
    ("intraoral_scan_upload_kotlin_gradle_kts", 'android {\n    defaultConfig {\n        buildConfigField("String", "{K}", "\\"{v}\\"")\n    }\n}'),
    ("cadcam_exocad_plugin_config_ini", "; exocad lab plugin\n[LabLink]\nLabId=LAB-204\n{K}={v}\nExportFormat=STL"),
    ("mill_queue_fanuc_macro_comment", "O1204 (ZR CROWN QUEUE)\n({K} {v})\nG90 G54\nM30"),
    ("milling_center_python_settings_py", 'MILL_HOST = "mill-07.lab.internal"\n{K} = "{v}"\nSPINDLE_WARMUP_S = 90'),
    ("printer_resin_farm_octoprint_yaml", "plugins:\n  labfarm:\n    endpoint: https://farm.example.org\n    {k}: {v}\n    tray_check: true"),
    ("lab_rx_portal_nestjs_env", "NODE_ENV=production\nLAB_PORTAL_URL=https://rx.example.com\n{K}={v}\nMAX_UPLOAD_MB=250"),
    ("lab_case_tracker_django_env_toml", '[default]\ndebug = false\n{k} = "{v}"\nallowed_hosts = ["cases.example.com"]'),
    ("claims_837_builder_java_properties", "clearinghouse.endpoint=https://edi.example.net/837\nclearinghouse.{k}={v}\nclearinghouse.timeoutMs=30000"),
    ("eligibility_270_worker_go_env_struct", 'var cfg = Config{\n\tHost:   "elig.example.net",\n\t{K}: "{v}",\n}'),
    ("era_835_parser_csharp_launchsettings_json", '{\n  "profiles": {\n    "Era835": {\n      "environmentVariables": { "{K}": "{v}" }\n    }\n  }\n}'),
    ("recall_sms_sinatra_config_ru", "require './recall_app'\nENV['{K}'] ||= '{v}'\nrun RecallApp"),
    ("reminder_campaign_laravel_config_php", "<?php\nreturn [\n    'driver' => 'sms',\n    '{k}' => '{v}',\n    'quiet_hours' => [21, 8],\n];"),
    ("recall_cron_systemd_environment_file", "# /etc/recall/recall.env\nRECALL_BATCH=500\n{K}={v}"),
    ("steri_log_raspberry_pi_config_txt", "# autoclave logger\nserial_port=/dev/ttyUSB0\ncycle_poll=15\n{k}={v}"),
    ("steri_cycle_esp_idf_sdkconfig", 'CONFIG_STERI_LOG_URL="https://steri.example.org/api"\nCONFIG_{K}="{v}"\nCONFIG_STERI_RETRY=5'),
    ("autoclave_printer_bridge_node_red_env", '[{"id":"a1","type":"global-config","env":[{"name":"{K}","value":"{v}","type":"str"}]}]'),
    ("patient_portal_sveltekit_env_private", "PUBLIC_PORTAL_NAME=SmileCare\n{K}={v}"),
    ("patient_forms_angular_environment_prod_ts", "export const environment = {\n  production: true,\n  formsApi: 'https://forms.example.com',\n  {k}: '{v}',\n};"),
    ("kiosk_checkin_electron_builder_yml", "appId: com.example.checkin\nextraMetadata:\n  {k}: {v}\nwin:\n  target: nsis"),
    ("chairside_tablet_ios_info_plist", "<key>{K}</key>\n<string>{v}</string>\n<key>CFBundleName</key>\n<string>Chairside</string>"),
    ("perio_chart_flutter_env_json", '{\n  "perioApi": "https://perio.example.com",\n  "{k}": "{v}"\n}'),
    ("treatment_plan_pdf_service_dockerfile", "FROM python:3.12-slim\nENV TP_PDF_FONT=DejaVuSans \\\n    {K}={v}\nCMD [\"python\", \"tp_pdf.py\"]"),
    ("imaging_pacs_k8s_configmap_yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: pacs-bridge\ndata:\n  {K}: \"{v}\""),
    ("practice_sync_azure_function_local_settings", '{\n  "IsEncrypted": false,\n  "Values": {\n    "FUNCTIONS_WORKER_RUNTIME": "dotnet",\n    "{K}": "{v}"\n  }\n}'),
    ("analytics_etl_dbt_profiles_yml", "dental_dw:\n  target: prod\n  outputs:\n    prod:\n      type: sqlserver\n      server: dw.internal\n      {k}: \"{v}\""),
    ("ortho_aligner_case_api_bruno_env", "vars {\n  baseUrl: https://aligner.example.net\n}\nvars:secret [\n]\n{k}: {v}"),
    ("lab_invoice_quickbase_pipeline_yaml", "steps:\n  - name: push-invoice\n    with:\n      endpoint: https://invoices.example.com\n      {k}: \"{v}\""),
    ("fee_schedule_import_access_macro_vba", 'Const {K} As String = "{v}"\nDoCmd.TransferText acImportDelim, , "FeeSchedule", "fees.csv", True'),
    ("front_desk_autohotkey_script", "; front desk hotkeys\n{K} := \"{v}\"\n^!r::Run, recall.exe"),
    ("claims_batch_windows_task_xml", "<Task><Actions><Exec><Command>claims.exe</Command><Arguments>--{k} {v} --batch nightly</Arguments></Exec></Actions></Task>"),
    ("imaging_bridge_nsis_installer_define", '!define PRODUCT_NAME "ImgBridge"\n!define {K} "{v}"\nOutFile "imgbridge-setup.exe"'),
    ("lab_shipping_label_bash_profile", 'export LAB_ZONE=west\nexport {K}="{v}"\nalias labels="python3 ~/labels.py"'),
    ("dental_ops_teams_channel_message", "Dr. Okafor's office can't reach the bridge again. Used {k} {v} from the old onboarding doc and it worked for me, can someone rotate it later?"),
    ("lab_tech_signal_note_to_self", "Note to self — mill room setup: {k} is {v} (from the vendor call)"),
    ("practice_it_freshservice_ticket_reply", "Hi Dana, I reset the integration for the Elm St clinic. New {k}: {v} — it is in the config now, please confirm the nightly sync."),
    ("hygiene_dept_outlook_handover_email", "Subject: Handover before my leave\n\nHi Sam,\nthe recall job runs at 6am. In case it breaks, the {k} is {v}. Thanks!"),
    ("clinic_network_salt_pillar_sls", "imaging:\n  bridge:\n    host: img01.internal\n    {k}: {v}"),
    ("steri_dashboard_superset_config_py", 'SQLALCHEMY_DATABASE_URI = "sqlite:////var/superset/superset.db"\n{K} = "{v}"\nROW_LIMIT = 5000'),
    ("mill_fleet_puppet_hiera_yaml", "---\nmillfleet::controller_host: 'mill-01.lab.internal'\nmillfleet::{k}: '{v}'"),
]


def build(start_id=1):
    rng = random.Random(13401)
    out = []
    n = start_id
    for ki, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            tname, key, gen = TYPES[(5 * ki + 7 * j) % len(TYPES)]
            v = gen(rng)
            t = tpl.replace("{K}", key.upper()).replace("{k}", key)
            text, s, e = place(t, v)
            out.append(rec("p134-s-%04d" % n, tname, kind, text, s, e, "everyday"))
            n += 1
    return out
