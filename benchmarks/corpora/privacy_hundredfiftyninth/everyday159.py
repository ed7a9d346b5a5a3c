"""Everyday records: 45 photo-world container kinds x 4."""
import random, string
from gen159 import *

TYPES = [  # (type, kind of value)
    ("studio_booking_db_password", "pw"), ("client_gallery_admin_password", "pw"),
    ("lab_hotfolder_ftp_password", "pw"), ("camera_wireless_ftp_password", "pw"),
    ("dam_service_account_password", "pw"), ("photo_archive_nas_password", "pw"),
    ("stock_upload_api_key", "hex40"), ("print_order_webhook_secret", "whk"),
    ("gallery_url_signing_key", "hex64"), ("lab_oauth_client_secret", "b64"),
    ("photo_delivery_service_jwt", "jwt"), ("culling_model_registry_token", "tok48"),
]

def value(rng, kind):
    if kind == "pw": return password(rng)
    if kind == "hex40": return hexs(rng, 40)
    if kind == "whk": return "pow_whsk_" + rs(rng, ALNUM, 32)
    if kind == "hex64": return hexs(rng, 64)
    if kind == "b64": return b64(rng, 30)
    if kind == "jwt": return jwt(rng, {"sub": "delivery-" + rs(rng, LOWER_DIG, 6), "aud": "photo-delivery", "iat": 1760000000 + rng.randint(0, 9999999)})
    if kind == "tok48": return rs(rng, ALNUM, 48)

def snake(t): return t
def upper(t): return t.upper()
def camel(t):
    p = t.split("_"); return p[0] + "".join(x.capitalize() for x in p[1:])
def pascal(t): return "".join(x.capitalize() for x in t.split("_"))
def kebab(t): return t.replace("_", "-")
def spaced(t): return t.replace("_", " ")
def dotted(t): return t.replace("_", ".")

# kind, case-style, template with {K} key and {V} value
KINDS = [
 ("studio_booking_django_settings_local_py", upper, "# settings_local.py - booking calendar\nDEBUG = False\n{K} = '{V}'\nTIME_ZONE = 'Europe/Lisbon'\n"),
 ("client_gallery_nextjs_env_production_local", upper, "NEXT_PUBLIC_GALLERY_HOST=https://gallery.example.com\n{K}={V}\nNEXT_TELEMETRY_DISABLED=1\n"),
 ("proofing_site_hugo_config_toml", snake, "baseURL = \"https://proofs.example.org/\"\n[params.proofing]\n  {K} = \"{V}\"\n  watermark = true\n"),
 ("tether_capture_qt_settings_conf", camel, "[Tether]\ncameraModel=EOS R5\nautoImport=true\n{K}={V}\n"),
 ("camera_control_gphoto2_hook_script_sh", upper, "#!/bin/sh\n# gphoto2 --hook-script, runs after each download\n{K}='{V}'\ncase \"$ACTION\" in download) /usr/local/bin/push-frame \"$ARGUMENT\";; esac\n"),
 ("lightroom_classic_plugin_info_lua", camel, "return {\n  LrSdkVersion = 12.0,\n  LrToolkitIdentifier = 'com.example.studio.publish',\n  {K} = \"{V}\",\n}\n"),
 ("capture_one_export_applescript", camel, "tell application \"Capture One\"\n  set {K} to \"{V}\"\n  set recipeName to \"Client JPEG\"\nend tell\n"),
 ("darktable_export_lua_script", snake, "local dt = require \"darktable\"\nlocal {K} = \"{V}\"\ndt.print_log(\"export hook loaded\")\n"),
 ("minilab_controller_hotfolder_ini", pascal, "[HotFolder]\nPath=D:\\\\Orders\\\\In\nPaper=Lustre\n{K}={V}\n"),
 ("print_kiosk_windows_registry_export", pascal, "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\\\SOFTWARE\\\\PrintKiosk\\\\Sync]\n\"{K}\"=\"{V}\"\n"),
 ("lab_order_sync_aspnet_web_config", camel, "<configuration>\n  <appSettings>\n    <add key=\"{K}\" value=\"{V}\" />\n  </appSettings>\n</configuration>\n"),
 ("dry_lab_hotfolder_watcher_yaml", snake, "watcher:\n  path: /srv/drylab/in\n  {K}: \"{V}\"\n  poll_seconds: 5\n"),
 ("print_router_php_config_inc", snake, "<?php\n// config.inc.php - print router\n$config['{K}'] = '{V}';\n$config['queue'] = 'epson-d1000';\n"),
 ("stock_upload_ftps_batch_cmd", upper, "@echo off\nrem nightly stock upload\nset {K}={V}\ncall upload_batch.cmd %DATE%\n"),
 ("stock_keywording_jupyter_notebook_cell", snake, "{\"cell_type\": \"code\", \"source\": [\"{K} = '{V}'\\n\", \"client = Keyworder({K})\"]}\n"),
 ("licensing_api_spring_application_yml", kebab, "licensing:\n  region: eu\n  {K}: {V}\nserver:\n  port: 8081\n"),
 ("contributor_portal_laravel_services_php", snake, "<?php\nreturn [\n    'contributor' => [\n        '{K}' => '{V}',\n    ],\n];\n"),
 ("dam_ingest_airflow_connection_json", snake, "{\"conn_id\": \"dam_ingest\", \"conn_type\": \"http\", \"extra\": {\"{K}\": \"{V}\"}}\n"),
 ("dam_resourcespace_config_php", snake, "<?php\n# ResourceSpace include/config.php\n$baseurl = 'https://dam.example.net';\n${K} = '{V}';\n"),
 ("culling_pipeline_hydra_yaml", snake, "defaults:\n  - model: aesthetic_vit\nregistry:\n  {K}: {V}\n"),
 ("culling_worker_celery_config_py", upper, "broker_url = 'redis://cull-redis:6379/0'\n{K} = \"{V}\"\ntask_acks_late = True\n"),
 ("face_grouping_service_cargo_config_toml", snake, "[service]\nbind = \"0.0.0.0:7070\"\n{K} = \"{V}\"\n"),
 ("raw_converter_compose_override_yml", upper, "services:\n  rawconv:\n    environment:\n      - {K}={V}\n"),
 ("school_photo_delivery_local_properties", dotted, "sdk.dir=/opt/android-sdk\n{K}={V}\n"),
 ("event_photo_kiosk_electron_main_js", camel, "const {{ app }} = require('electron');\nconst {K} = '{V}';\napp.whenReady().then(startKiosk);\n"),
 ("event_qr_delivery_wrangler_toml", upper, "name = \"event-qr\"\n[vars]\n{K} = \"{V}\"\n"),
 ("yearbook_export_indesign_jsx", camel, "#target indesign\nvar {K} = \"{V}\";\nexportSpreads(app.activeDocument);\n"),
 ("photo_booth_pi_systemd_unit", upper, "[Service]\nExecStart=/opt/booth/run.sh\nEnvironment=\"{K}={V}\"\n"),
 ("gallery_cdn_nginx_map_snippet", snake, "# gallery CDN\nmap $host ${K} {{\n    default \"{V}\";\n}}\n"),
 ("watermark_service_go_yaml", camel, "watermark:\n  opacity: 0.35\n  {K}: '{V}'\n"),
 ("image_resizer_serverless_yml", upper, "provider:\n  name: aws\n  environment:\n    {K}: {V}\n"),
 ("thumbnail_lambda_terraform_tfvars", snake, "function_name = \"thumbs\"\n{K} = \"{V}\"\n"),
 ("print_fulfilment_ruby_dotenv", upper, "RACK_ENV=production\n{K}=\"{V}\"\n"),
 ("wedding_crm_zapier_code_step_js", camel, "// Zapier Code step\nconst {K} = \"{V}\";\noutput = [{{ ok: true }}];\n"),
 ("studio_ipad_app_xcconfig", upper, "// Release.xcconfig\nPRODUCT_NAME = StudioCheckIn\n{K} = {V}\n"),
 ("lab_color_calibration_matlab_script", camel, "% calibrate densitometer feed\n{K} = '{V}';\nprofile = iccread('lustre.icc');\n"),
 ("photo_archive_synology_task_sh", upper, "#!/bin/bash\n# DSM scheduled task\nexport {K}=\"{V}\"\n/volume1/scripts/archive_sync.sh\n"),
 ("photo_archive_kopia_repository_json", camel, "{\"storage\": {\"type\": \"b2\"}, \"{K}\": \"{V}\", \"hostname\": \"archive01\"}\n"),
 ("print_counter_vbnet_app_config", pascal, "<appSettings>\n  <add key=\"{K}\" value=\"{V}\"/>\n</appSettings>\n"),
 ("stock_metadata_exiftool_config_pl", snake, "# .ExifTool_config\nmy ${K} = '{V}';\n1;\n"),
 ("drone_photo_upload_gradle_kts", camel, "android {{\n  defaultConfig {{\n    buildConfigField(\"String\", \"{K}\", \"\\\"{V}\\\"\")\n  }}\n}}\n"),
 ("photography_forum_xenforo_config_php", camel, "<?php\n$config['{K}'] = '{V}';\n$config['db']['host'] = 'localhost';\n"),
 ("second_shooter_whatsapp_paste", spaced, "[14:02, 5/9] Marta: ok the {K} is {V} , use it for tonight's upload\n[14:03, 5/9] Joel: 👍\n"),
 ("photo_lab_intercom_conversation_export", spaced, "Customer: our minilab stopped syncing\nAgent (Rui): can you confirm the {K}?\nCustomer: sure, it's {V} \n"),
 ("studio_owner_voicemail_transcript", spaced, "Transcript (auto): hi it's Dana from the studio, the {K} is {V} , call me if the import fails again.\n"),
]

def build(seed, reg):
    rng = random.Random(seed)
    recs = []
    for k, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            t, vk = TYPES[(5 * k + 7 * j) % 12]
            v = reg.take(value, rng, vk)
            key = style(t)
            if kind == "dam_resourcespace_config_php" or kind == "stock_metadata_exiftool_config_pl" or kind == "gallery_cdn_nginx_map_snippet":
                key = t
            text = tpl.replace("{K}", key).replace("{{", "{").replace("}}", "}")
            i = text.index("{V}")
            text = text.replace("{V}", v)
            recs.append({"type": t, "container": kind, "text": text,
                         "secrets": [{"value": v, "start": i, "end": i + len(v), "type": t}],
                         "source": "everyday"})
    return recs
