"""Everyday positives: 12 types x 45 optical-world container kinds x 4."""
import random
from gen150 import G, fill, key_name, LOWER_D

TYPES = [  # (type, key words, generator)
    ('opt_pms_sql_password', ['pms', 'db', 'password'], lambda g: g.password()),
    ('opt_edger_tracer_share_password', ['tracer', 'share', 'password'], lambda g: g.password()),
    ('opt_fundus_camera_admin_password', ['fundus', 'cam', 'admin', 'password'], lambda g: g.password()),
    ('opt_lab_order_ftp_password', ['lab', 'ftp', 'password'], lambda g: g.password()),
    ('opt_autorefractor_service_password', ['refractor', 'service', 'password'], lambda g: g.password()),
    ('opt_eligibility_sftp_password', ['eligibility', 'sftp', 'password'], lambda g: g.password()),
    ('opt_lab_order_api_key', ['lab', 'order', 'api', 'key'], lambda g: g.hex(40)),
    ('opt_tryon_sdk_secret', ['tryon', 'sdk', 'secret'], lambda g: g.alnum(48)),
    ('opt_storefront_webhook_secret', ['storefront', 'webhook', 'secret'], lambda g: 'eywh_' + g.alnum(32)),
    ('opt_eligibility_client_secret', ['eligibility', 'client', 'secret'], lambda g: g.b64(32)),
    ('opt_dicom_gateway_aes_key', ['dicom', 'gateway', 'aes', 'key'], lambda g: g.hex(64)),
    ('opt_recall_sms_token', ['recall', 'sms', 'token'], lambda g: 'rcl_' + g.alnum(40)),
]

# (kind, key style, template with {K} and {V})
KINDS = [
    ('officemate_pms_web_config_appsettings', 'pascal', '<appSettings>\n  <add key="ClinicId" value="OD-0412" />\n  <add key="{K}" value="{V}" />\n</appSettings>'),
    ('compulink_bridge_ini_section', 'pascal', '[LabBridge]\nHost=pms-01.clinic.internal\n{K}={V}\nPollSeconds=90'),
    ('revolution_ehr_export_job_yaml', 'snake', 'export_job:\n  schedule: "0 2 * * *"\n  {K}: "{V}"\n  target: s3://optometry-exports/daily'),
    ('lab_management_dvi_rx_connector_cfg', 'upper', '# DVI Rx connector\nLMS_HOST=10.40.2.15\n{K}={V}\nLMS_PORT=7001'),
    ('edger_tracer_vca_gateway_conf', 'upper', 'REQ=INI\nDEV=TRC\n{K}={V}\nJOB=AUTO'),
    ('lens_lab_order_php_config_array', 'snake', "<?php\nreturn [\n    'lab_code' => 'ESS-NE',\n    '{K}' => '{V}',\n];"),
    ('retinal_imaging_orthanc_json', 'camel', '{\n  "Name": "fundus-archive",\n  "{K}": "{V}",\n  "DicomAet": "FUNDUS01"\n}'),
    ('oct_viewer_electron_main_js', 'camel', "const {K} = '{V}';\nmodule.exports = { {K}, viewerPort: 8042 };"),
    ('phoropter_serial_bridge_python_constant', 'upper', 'BAUD = 9600\n{K} = "{V}"\nPORT = "/dev/ttyUSB0"'),
    ('autorefractor_export_csharp_const', 'pascal', 'internal static class RefractorExport\n{\n    public const string {K} = "{V}";\n}'),
    ('visual_field_sync_go_struct_literal', 'pascal', 'cfg := SyncConfig{\n\tHost: "vf-sync.clinic.internal",\n\t{K}: "{V}",\n}'),
    ('frame_inventory_rails_credentials_yml', 'snake', 'frames_sync:\n  vendor: framesdata\n  {K}: {V}'),
    ('eyewear_storefront_remix_env', 'upper', 'NODE_ENV=production\nSTORE_REGION=us\n{K}={V}'),
    ('virtual_tryon_ios_info_plist', 'pascal', '<key>TryOnRegion</key>\n<string>eu</string>\n<key>{K}</key>\n<string>{V}</string>'),
    ('virtual_tryon_android_gradle_properties', 'camel', 'org.gradle.jvmargs=-Xmx2g\n{K}={V}\nandroid.useAndroidX=true'),
    ('tryon_unity_player_prefs_json', 'camel', '{"quality":"high","{K}":"{V}","mirror":true}'),
    ('eligibility_batch_spring_properties', 'dotted', 'eligibility.batch.size=500\n{K}={V}\neligibility.retry=3'),
    ('insurance_claim_edi_mule_properties', 'dotted', 'edi.partner=VSPX\n{K}={V}'),
    ('contact_lens_reorder_lambda_template_yaml', 'pascal', 'Environment:\n  Variables:\n    Region: us-east-2\n    {K}: "{V}"'),
    ('recall_reminder_celery_py', 'upper', "broker_url = 'redis://redis.internal:6379/2'\n{K} = '{V}'"),
    ('optical_pos_windows_service_exe_config', 'pascal', '<configuration>\n  <appSettings>\n    <add key="{K}" value="{V}"/>\n  </appSettings>\n</configuration>'),
    ('store_kiosk_chromeos_policy_json', 'camel', '{\n  "HomepageLocation": "https://kiosk.example.com",\n  "{K}": "{V}"\n}'),
    ('lab_tray_scanner_bash_script', 'upper', '#!/bin/bash\nset -e\n{K}="{V}"\n/opt/trayscan/bin/push --all'),
    ('frame_board_raspberry_pi_env_file', 'upper', 'DISPLAY=:0\n{K}={V}'),
    ('exam_room_tablet_flutter_env_json', 'upper', '{\n  "FLAVOR": "clinic",\n  "{K}": "{V}"\n}'),
    ('optical_ecommerce_magento_env_php', 'snake', "    'optical' => [\n        '{K}' => '{V}',\n    ],"),
    ('lens_catalog_sync_airflow_variable_json', 'snake', '{\n  "lens_catalog_bucket": "catalog-raw",\n  "{K}": "{V}"\n}'),
    ('rx_verification_rust_config_toml', 'snake', '[rx_verify]\nendpoint = "https://rx.example.com/v2"\n{K} = "{V}"'),
    ('optometry_dw_snowflake_connections_toml', 'snake', '[connections.optometry]\naccount = "xy12345"\n{K} = "{V}"'),
    ('chain_stores_saltstack_pillar_sls', 'snake', 'optical:\n  stores:\n    - 114\n  {K}: {V}'),
    ('clinic_network_mikrotik_script', 'kebab', '/system script add name=lab-push source="/tool fetch url=https://lab.example.com keep-result=no"\n# {K} {V}'),
    ('lab_ops_kustomize_secret_generator_env', 'upper', 'LAB_REGION=northeast\n{K}={V}'),
    ('pms_replica_mssql_agent_job_step', 'pascal', "EXEC msdb.dbo.sp_add_jobstep @job_name=N'PmsNightly',\n  @command=N'pmsx sync /{K}:{V}';"),
    ('optical_bi_looker_lkml_connection', 'snake', 'connection: "optical_dw" {\n  {K}: "{V}"\n}'),
    ('tryon_web_vite_env_production', 'upper', 'VITE_APP_NAME=FrameMirror\n{K}={V}'),
    ('contact_lens_fitting_matlab_script', 'camel', "% fitting tool\n{K} = '{V}';\nbaseCurve = 8.6;"),
    ('perimetry_r_renviron', 'upper', 'R_LIBS_USER=~/R/perimetry\n{K}={V}'),
    ('vision_screening_ansible_group_vars', 'snake', '---\nscreening_vlan: 40\n{K}: "{V}"'),
    ('lens_lab_julia_startup_jl', 'upper', 'ENV["{K}"] = "{V}"\nusing LensLab'),
    ('front_desk_whatsapp_paste', 'spaced', '[09:14] Marisol: for the morning shift, {K} is {V} — the old one stopped working'),
    ('lab_bench_sticky_note_ocr', 'spaced', 'BENCH 3 — do not remove\n{K}: {V}\ncall lab mgr if locked'),
    ('optician_zendesk_side_conversation', 'spaced', 'Side conversation with IT: the store tablet keeps asking, {K} = {V} for now, rotate after the audit.'),
    ('optometrist_imessage_screenshot_text', 'spaced', 'Dr. Okafor: new {K} {V}\nMe: thanks, will update the retina room PC'),
    ('frame_rep_visit_voice_memo_transcript', 'spaced', 'Transcript (auto): ...and the {K} is {V} okay so you can log in before the trunk show...'),
    ('district_manager_outlook_reply', 'spaced', 'Hi all,\n\nThe {K} for the new store is {V}\nPlease keep it off the shared drive.\n\nRegards, Tomasz'),
]


def build(seed, used):
    r = random.Random(seed)
    g = G(r, used)
    recs = []
    for k, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            typ, words, fn = TYPES[(7 * k + 5 * j) % 12]
            v = g.fresh(lambda: fn(g))
            text, s, e = fill(tpl, v, K=key_name(words, style))
            recs.append({'type': typ, 'container': kind, 'text': text,
                         'secrets': [{'value': v, 'start': s, 'end': e, 'type': typ}], 'source': 'everyday'})
    return recs
