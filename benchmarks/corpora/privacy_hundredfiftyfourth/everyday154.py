"""Everyday records: 45 genealogy / archive container kinds x 4 values."""
from common154 import G, place

TYPES = [
    ("gedcom_import_db_password", "pw"),
    ("tree_site_session_secret", "h:64"),
    ("dna_match_worker_api_key", "L:dmw_|a:40"),
    ("scan_station_nas_password", "pw"),
    ("ocr_queue_broker_password", "pw"),
    ("parish_index_admin_password", "pw"),
    ("reunion_rsvp_webhook_secret", "L:rsvpwh_|a:32"),
    ("society_portal_client_secret", "a:48"),
    ("photo_restore_model_token", "B:36"),
    ("iiif_image_signing_key", "b:32"),
    ("record_index_sftp_password", "pw"),
    ("cemetery_survey_jwt_secret", "h:48"),
]


def kname(t, style):
    w = t.split("_")
    if style == "U":
        return "_".join(w).upper()
    if style == "s":
        return "_".join(w)
    if style == "c":
        return w[0] + "".join(x.capitalize() for x in w[1:])
    if style == "k":
        return "-".join(w)
    if style == "d":
        return ".".join(w)
    if style == "t":
        return " ".join(w)
    raise ValueError(style)

C = [
 ("gramps_web_config_cfg", "U", 'TREE="Harlow family"\nBASE_URL="https://tree.harlow.example.org"\n{K}="{V}"\nEMAIL_HOST="smtp.example.org"\n'),
 ("webtrees_config_ini_php", "s", '; <?php return; ?> DO NOT DELETE THIS LINE\ndbtype="mysql"\ndbhost="localhost"\ndbuser="webtrees"\n{K}="{V}"\ntblpfx="wt_"\n'),
 ("gedcom_importer_dotenv", "U", "# gedcom-importer local settings\nGEDCOM_INBOX=/srv/gedcom/inbox\n{K}={V}\nMAX_INDIVIDUALS=250000\n"),
 ("familysearch_sync_worker_settings_py", "U", "# settings.py for fs-sync worker\nSYNC_BATCH = 50\n{K} = '{V}'\nCOLLECTION_IDS = [1473181, 2285338]\n"),
 ("tng_site_config_php", "s", "<?php\n$database_host = \"localhost\";\n$database_name = \"tng_ancestry\";\n${K} = \"{V}\";\n$tngdomain = \"https://www.example-clan.org/tng\";\n"),
 ("geneweb_gwd_launch_script", "k", "#!/bin/sh\n# start gwd for the parish base\nexec /opt/geneweb/gwd -hd /opt/geneweb -bd /srv/bases \\\n  --{K} '{V}' -p 2317\n"),
 ("dna_matcher_airflow_variables_json", "s", '{\n  "segment_min_cm": 7,\n  "{K}": "{V}",\n  "chromosome_map": "grch37"\n}\n'),
 ("raw_dna_upload_sam_template_yaml", "c", "Resources:\n  RawUploadFn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: upload.handler\n      Environment:\n        Variables:\n          {K}: {V}\n"),
 ("scan_station_autohotkey_script", "c", "; scan station hotkeys\n#Persistent\n{K} := \"{V}\"\n^!s::Run, C:\\VueScan\\vuescan.exe\n"),
 ("vuescan_ini_device_section", "c", "[Device]\nScanner=Epson V850\nMedia=Slide film\n{K}={V}\n[Output]\nTIFFBitsPerPixel=48\n"),
 ("ocr_pipeline_tesseract_worker_toml", "s", "[worker]\nlangs = \"eng+lat+deu_frak\"\npsm = 4\n{K} = \"{V}\"\n"),
 ("ocr_celery_config_py", "s", "# celeryconfig.py for the register OCR queue\ntask_acks_late = True\n{K} = \"{V}\"\nworker_prefetch_multiplier = 1\n"),
 ("transkribus_batch_job_yaml", "s", "collection: 88213\nmodel: German_Kurrent_M5\n{K}: \"{V}\"\nlayout_analysis: true\n"),
 ("iiif_cantaloupe_properties", "d", "processor.selection_strategy = ManualSelectionStrategy\nsource.static = FilesystemSource\n{K} = {V}\ncache.server.derivative.enabled = true\n"),
 ("omeka_database_ini", "s", "host     = \"localhost\"\nusername = \"omeka\"\n{K} = \"{V}\"\ndbname   = \"omeka_parish\"\n"),
 ("archivesspace_config_rb", "s", "AppConfig[:frontend_proxy_url] = \"https://aspace.example.org/staff\"\nAppConfig[:{K}] = \"{V}\"\nAppConfig[:enable_solr] = true\n"),
 ("islandora_settings_php", "s", "$settings['trusted_host_patterns'] = ['^archive\\.example\\.org$'];\n$settings['{K}'] = '{V}';\n$settings['file_private_path'] = '/srv/private';\n"),
 ("parish_indexer_appsettings_development_json", "c", '{\n  "Indexer": {\n    "Diocese": "Lincoln",\n    "{K}": "{V}"\n  }\n}\n'),
 ("indexing_volunteer_electron_store_json", "c", '{"lastBatch":"FS-1871-ENG-0042","{K}":"{V}","theme":"sepia"}\n'),
 ("reunion_rsvp_netlify_toml", "U", "[build]\n  command = \"npm run build\"\n[build.environment]\n  {K} = \"{V}\"\n  NODE_VERSION = \"20\"\n"),
 ("society_membership_wp_config_php", "U", "define( 'DB_NAME', 'fhs_members' );\ndefine( '{K}', '{V}' );\ndefine( 'WP_DEBUG', false );\n"),
 ("society_civicrm_settings_php", "U", "if (!defined('CIVICRM_UF')) {\n  define('CIVICRM_UF', 'WordPress');\n}\ndefine('{K}', '{V}');\n"),
 ("photo_restore_colab_notebook_cell", "U", '{"cell_type": "code", "source": ["import os\\n", "os.environ[\\"{K}\\"] = \\"{V}\\"\\n", "!python restore.py --input scans/"]}\n'),
 ("photo_restore_comfyui_extra_paths_yaml", "s", "restore:\n  base_path: /srv/comfy\n  checkpoints: models/gfpgan\n  {K}: {V}\n"),
 ("cemetery_survey_capacitor_config_ts", "c", "const config: CapacitorConfig = {\n  appId: 'org.example.gravesurvey',\n  plugins: { Survey: { {K}: '{V}' } },\n};\n"),
 ("grave_photo_expo_app_json", "c", '{\n  "expo": {\n    "name": "GravePhoto",\n    "extra": { "{K}": "{V}" }\n  }\n}\n'),
 ("pedigree_renderer_cargo_config_toml", "U", "[env]\nCHART_FONT = \"Junicode\"\n{K} = \"{V}\"\n"),
 ("tree_site_nuxt_runtime_config_ts", "c", "export default defineNuxtConfig({\n  runtimeConfig: {\n    {K}: '{V}',\n    public: { treeName: 'Okafor-Lindqvist' }\n  }\n})\n"),
 ("census_transcriber_jupyter_env_cell", "U", "%env CENSUS_YEAR=1911\n%env {K}={V}\n"),
 ("microfilm_digitiser_bash_profile", "U", "# ~/.bash_profile on the reel scanner PC\nexport REEL_ROOT=/data/reels\nexport {K}='{V}'\n"),
 ("archive_bagit_rsync_cron_script", "U", "#!/bin/bash\n# nightly bag transfer\n{K}='{V}'\nbagit.py --validate /data/bags/$(date +%F) && rsync -a /data/bags/ vault:/bags/\n"),
 ("synology_task_scheduler_script", "U", "# DSM Task Scheduler > User-defined script (scan share sync)\n{K}=\"{V}\"\n/usr/local/bin/scan-sync --share ScansInbox\n"),
 ("genealogy_app_android_local_properties", "d", "sdk.dir=/home/dev/Android/Sdk\n{K}={V}\n"),
 ("ios_tree_viewer_xcconfig", "U", "// Debug.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = org.example.treeviewer\n{K} = {V}\n"),
 ("dna_pipeline_nextflow_config", "s", "params {\n  reference = 'GRCh37'\n  {K} = '{V}'\n}\n"),
 ("dna_pipeline_snakemake_config_yaml", "s", "samples: samples.tsv\nmin_segment_cm: 7\n{K}: '{V}'\n"),
 ("record_index_pulumi_stack_yaml", "c", "config:\n  recordindex:region: eu-west-2\n  recordindex:{K}: {V}\n"),
 ("reunion_site_hugo_config_toml", "c", "baseURL = 'https://reunion.example.org/'\ntitle = 'Mbeki-Harlow Reunion 2026'\n[params]\n  {K} = '{V}'\n"),
 ("mailman_list_config_cfg", "s", "# mailman3 config snippet for the society list\n[mta]\nsmtp_host: mail.example.org\n{K}: {V}\n"),
 ("family_reunion_signal_message_paste", "t", "[Signal, cousins planning group] Dele: for the RSVP page, {K} is {V} - Tunde set it up yesterday\n"),
 ("archive_volunteer_trello_card_comment", "t", "Card: Digitise 1840s vestry minutes\nComment by Ines: scanner PC ready; {K}: {V} (change after the sprint)\n"),
 ("society_treasurer_email_forward", "t", "---------- Forwarded message ---------\nFrom: treasurer@fhs.example.org\nSubject: membership site handover\n\nHi Gwen, the {K} is {V} - keep it out of the minutes.\n"),
 ("scanner_lid_label_photo_ocr", "t", "OCR of label photo (IMG_4411.jpg):\nEPSON V850 - READING ROOM 2\n{K}\n{V}\ndo not remove label\n"),
 ("reading_room_helpdesk_chat_transcript", "t", "14:02 visitor: the kiosk asks again\n14:03 archivist_mel: use {K} {V} and log out after\n"),
 ("family_history_zoom_chat_export", "t", "00:41:12 From Priya to Everyone: for the indexing tool the {K} = {V}\n00:41:30 From Sam to Everyone: thanks!\n"),
]


def build(reg, seed=15401):
    g = G(seed, reg)
    out = []
    for ci, (cname, style, tpl) in enumerate(C):
        for j in range(4):
            t, spec = TYPES[(7 * ci + 5 * j) % len(TYPES)]
            v = g.password() if spec == "pw" else g.from_spec(spec)
            text, s, e = place(tpl, v, K=kname(t, style))
            out.append({"type": t, "container": cname, "text": text, "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "everyday"})
    return out
