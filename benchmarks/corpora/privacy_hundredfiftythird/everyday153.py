import random
from gen153 import *

TYPES = [
 ('zoo_studbook_db_password', 'pw'), ('lsc_plc_hmi_password', 'pw'), ('water_quality_historian_password', 'pw'),
 ('camera_trap_ftp_password', 'pw'), ('collar_base_station_password', 'pw'), ('ticket_kiosk_admin_password', 'pw'),
 ('timed_entry_webhook_secret', lambda r: 'zwh_' + s(r, 32)), ('donor_crm_api_key', lambda r: hx(r, 40)),
 ('collar_data_api_token', lambda r: b64(r, 30)), ('field_upload_client_secret', lambda r: s(r, 48)),
 ('enclosure_cam_jwt_secret', lambda r: hx(r, 64)), ('adoption_portal_signing_key', lambda r: 'adpt1.' + b64u(r, 24)),
]
KEYWORDS = {t: t.split('_') for t, _ in TYPES}

K = [
 ('zims_nightly_export_cron_env', 'upper', "# /etc/cron.d/zims-export\nSHELL=/bin/bash\n{K}={V}\n15 2 * * * keeper /opt/zims/export.sh --site north"),
 ('studbook_poplink_ini_section', 'snake', "[poplink]\nstudbook = Amur tiger regional\n{K} = {V}\nexport_dir = D:\\Studbooks\\out"),
 ('animal_records_django_settings_local', 'upper', "# settings_local.py\nDEBUG = False\n{K} = \"{V}\"\nALLOWED_HOSTS = [\"records.zoo.internal\"]"),
 ('husbandry_nuxt_runtime_config_ts', 'camel', "export default defineNuxtConfig({\n  runtimeConfig: {\n    {K}: '{V}',\n    public: { zooName: 'Riverbank Zoo' }\n  }\n})"),
 ('lsc_plc_codesys_gvl_constant', 'pascal', "VAR_GLOBAL CONSTANT\n    {K} : STRING(64) := '{V}';\n    TankCount : INT := 14;\nEND_VAR"),
 ('ignition_gateway_memory_tag_json', 'camel', "{\"name\": \"{K}\", \"valueSource\": \"memory\", \"dataType\": \"String\", \"value\": \"{V}\"}"),
 ('water_quality_telegraf_modbus_toml', 'snake', "[[inputs.modbus]]\n  name = \"lsc_tank_a\"\n  controller = \"tcp://10.40.0.21:502\"\n  {K} = \"{V}\""),
 ('reef_controller_backup_xml', 'camel', "<controller model=\"reef-3\">\n  <network dhcp=\"no\"/>\n  <secret name=\"{K}\">{V}</secret>\n</controller>"),
 ('ozone_dosing_systemd_dropin', 'upper', "# /etc/systemd/system/ozone-doser.service.d/override.conf\n[Service]\nEnvironment=\"{K}={V}\""),
 ('camera_trap_sd_card_settings_txt', 'upper', "CAMERA_NAME=Ridge-07\nTRIGGER=PIR\nBURST=3\n{K}={V}"),
 ('trailcam_uploader_go_yaml', 'snake', "uploader:\n  bucket: traps-raw\n  workers: 4\n  {K}: \"{V}\""),
 ('collar_base_station_openwrt_uci', 'snake', "config collar 'base'\n\toption channel '868.3'\n\toption {K} '{V}'"),
 ('gps_collar_r_download_script', 'snake', "# pull last night's fixes\n{K} <- \"{V}\"\nfixes <- read.csv(\"fixes_latest.csv\")"),
 ('telemetry_rmarkdown_params_header', 'snake', "---\ntitle: \"Collar fixes, week 14\"\nparams:\n  {K}: \"{V}\"\n---"),
 ('argos_decoder_matlab_struct', 'camel', "cfg.platformIds = [241807 241808];\ncfg.{K} = '{V}';\nfixes = decodeArgos(cfg);"),
 ('timed_entry_laravel_env', 'upper', "APP_NAME=TimedEntry\nAPP_ENV=production\n{K}={V}\nQUEUE_CONNECTION=redis"),
 ('membership_portal_rails_database_yml', 'snake', "production:\n  adapter: postgresql\n  database: members\n  {K}: \"{V}\""),
 ('gate_scanner_android_local_properties', 'dot', "sdk.dir=/opt/android-sdk\n{K}={V}"),
 ('ticket_kiosk_electron_store_json', 'camel', "{\"kioskId\": \"K-12\", \"printer\": \"boca-1\", \"{K}\": \"{V}\"}"),
 ('donor_sync_named_credential_xml', 'camel', "<NamedCredential>\n  <label>DonorSync</label>\n  <{K}>{V}</{K}>\n</NamedCredential>"),
 ('adoption_shop_wp_config_php', 'upper', "define( 'WP_DEBUG', false );\ndefine( '{K}', '{V}' );"),
 ('donation_form_netlify_toml', 'upper', "[build]\n  command = \"npm run build\"\n[build.environment]\n  {K} = \"{V}\""),
 ('field_upload_python_dotenv', 'upper', "# .env for kobo-sync\nFORM_UID=aZx91Lq\n{K}={V}"),
 ('field_data_pull_windows_bat', 'upper', "@echo off\nset {K}={V}\njava -jar pull-forms.jar --storage C:\\fielddata"),
 ('survey_sync_powershell_profile', 'upper', "# Microsoft.PowerShell_profile.ps1\n$env:{K} = \"{V}\"\nSet-Location C:\\survey-sync"),
 ('bird_count_ios_secrets_plist', 'camel', "<dict>\n  <key>{K}</key>\n  <string>{V}</string>\n</dict>"),
 ('acoustic_monitor_device_json', 'snake', "{\"device\": \"AM-03\", \"sample_rate\": 48000, \"{K}\": \"{V}\"}"),
 ('vet_clinic_lims_spring_yaml', 'kebab', "spring:\n  application:\n    name: vet-lims\nlims:\n  {K}: {V}"),
 ('keeper_app_flutter_dart_define_json', 'upper', "{\"ZOO_API_BASE\": \"https://api.zoo.internal\", \"{K}\": \"{V}\"}"),
 ('enclosure_cam_nginx_location', 'snake', "location /cam/ {\n  set ${K} \"{V}\";\n  proxy_pass http://10.20.0.15;\n}"),
 ('aquarium_historian_compose_yaml', 'upper', "services:\n  historian:\n    image: lsc/historian:2.4\n    environment:\n      - {K}={V}"),
 ('zoo_services_configmap_yaml', 'upper', "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: zoo-services\ndata:\n  {K}: \"{V}\""),
 ('conservation_gis_qgis_project_xml', 'camel', "<properties>\n  <property key=\"{K}\" value=\"{V}\"/>\n</properties>"),
 ('field_station_wiki_markdown_table', 'snake', "| setting | value |\n|---|---|\n| {K} | `{V}` |"),
 ('rescue_hotline_php_config_array', 'snake', "$config['hotline_number'] = '+10000000000';\n$config['{K}'] = '{V}';"),
 ('studbook_access_vba_module', 'pascal', "Option Explicit\nConst {K} As String = \"{V}\""),
 ('keeper_roster_apps_script', 'upper', "const ROSTER_SHEET = 'Keepers';\nconst {K} = '{V}';"),
 ('lsc_alarm_ansible_inventory_ini', 'snake', "[lsc_hmi]\nhmi01.aquarium.internal {K}={V}"),
 ('research_upload_rclone_conf', 'snake', "[fielddata]\ntype = sftp\nhost = upload.fieldstation.example.org\n{K} = {V}"),
 ('camera_trap_ai_jupyter_cell', 'snake', "# In [3]:\n{K} = \"{V}\"  # TODO move to vault\nmodel = load_detector('md_v5a')"),
 ('keeper_signal_group_paste', 'spaced', "[09:14] Maya (keepers): here's the {K} for the night shift: {V} (don't screenshot pls)"),
 ('vet_on_call_sms_forward', 'spaced', "FWD from on-call vet: {K} {V} - delete after reading"),
 ('curator_handover_doc_text', 'spaced', "Handover notes - Reptile House\nHeat lamps checked. {K}: {V}\nMisting timer reset to 06:00."),
 ('aquarium_whiteboard_photo_ocr', 'spacedup', "LSC NIGHT CHECKS\n{K} = {V}\nDO NOT ERASE"),
 ('field_team_radio_log_transcript', 'spaced', "19:42 Base to Ranger 3, copy {K} as {V} , over.\n19:43 Ranger 3, copied."),
]
assert len(K) == 45

def build():
    r = random.Random(15301); reg_vals = []
    out = []
    for ki, (kind, case, tpl) in enumerate(K):
        for j in range(4):
            t, fn = TYPES[(5 * ki + 7 * j) % 12]
            out.append((kind, case, tpl, t, fn))
    return r, out
