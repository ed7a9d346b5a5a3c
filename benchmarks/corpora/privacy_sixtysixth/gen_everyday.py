"""Everyday part: 45 newsroom / broadcast container kinds x 4 records, 16 common secret types."""
import random
from common import spec, fill, record, PFX, pick, password, ALNUM, LOWER, DIG

# type -> (UPPER key name, lower key name, shape)
TYPES = {
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", "aws_secret_access_key", "B40"),
    "github_personal_access_token": ("GITHUB_TOKEN", "github_token", "L:ghp_+a36"),
    "slack_bot_token": ("SLACK_BOT_TOKEN", "slack_bot_token", "L:xoxb-+d12+L:-+d13+L:-+a24"),
    "database_password": ("DB_PASSWORD", "db_password", "pw"),
    "smtp_password": ("SMTP_PASSWORD", "smtp_password", "pw"),
    "stripe_live_secret_key": ("STRIPE_SECRET_KEY", "stripe_secret_key", "L:sk_live_51+a97"),
    "openai_project_api_key": ("OPENAI_API_KEY", "openai_api_key", "L:sk-proj-+b156"),
    "sendgrid_api_key": ("SENDGRID_API_KEY", "sendgrid_api_key", "L:SG.+b22+L:.+b43"),
    "twilio_auth_token": ("TWILIO_AUTH_TOKEN", "twilio_auth_token", "h32"),
    "jwt_signing_secret": ("JWT_SECRET", "jwt_secret", "a48"),
    "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", "telegram_bot_token", "d10+L::AA+b33"),
    # new newsroom / broadcast types
    "rtmp_ingest_stream_key": ("RTMP_STREAM_KEY", "rtmp_stream_key", "l4+L:-+l4+L:-+l4+L:-+l4+L:-+l4"),
    "srt_caller_passphrase": ("SRT_PASSPHRASE", "srt_passphrase", "a24"),
    "newsroom_cms_service_password": ("CMS_SERVICE_PASSWORD", "cms_service_password", "pw"),
    "wire_feed_ftp_password": ("WIRE_FTP_PASSWORD", "wire_ftp_password", "pw"),
    "podcast_private_feed_token": ("PODCAST_FEED_TOKEN", "podcast_feed_token", "h40"),
}
NEW_TYPES = ["rtmp_ingest_stream_key", "srt_caller_passphrase", "newsroom_cms_service_password",
             "wire_feed_ftp_password", "podcast_private_feed_token"]

# <<K>> upper key, <<k>> lower key, <<V>> value
CONTAINERS = {
    "arc_cms_deploy_dotenv": "# arc-publishing bundle deploy for <<H>>\nCMS_ENV=production\n<<K>>=<<V>>\nDEPLOYER=<<U>>\n",
    "wordpress_wp_config_define": "<?php\n/* newsroom site <<H>> */\ndefine( 'WP_ENVIRONMENT_TYPE', 'production' );\ndefine( '<<K>>', '<<V>>' );\n",
    "drupal_settings_local_php": "<?php\n// settings.local.php — desk build <<N>>\n$settings['<<k>>'] = '<<V>>';\n$settings['hash_salt_note'] = 'see vault';\n",
    "ghost_config_production_json": "{\n  \"url\": \"https://<<H>>\",\n  \"<<k>>\": \"<<V>>\",\n  \"logging\": {\"level\": \"info\"}\n}\n",
    "superdesk_settings_py_env": "# superdesk server/settings.py override (<<D>>)\nimport os\nos.environ.setdefault('<<K>>', '<<V>>')\nSERVER_NAME = '<<H>>'\n",
    "wire_ingest_poller_ini": "[feed:<<S>>]\nendpoint = https://<<H>>/v2/items\npoll_seconds = 45\n<<k>> = <<V>>\n",
    "newsml_router_properties": "router.instance=<<S>>\nrouter.target.host=<<H>>\nrouter.<<k>>=<<V>>\nrouter.retry=3\n",
    "ffmpeg_encoder_systemd_unit": "[Unit]\nDescription=Live encoder <<S>>\n[Service]\nEnvironment=\"<<K>>=<<V>>\"\nExecStart=/opt/enc/run.sh\n",
    "obs_profile_basic_ini": "[General]\nName=<<S>>\n[Output]\nMode=Advanced\n[Custom]\n<<k>>=<<V>>\n",
    "vmix_preset_notes_txt": "vMix preset <<S>> — saved by <<U>> <<D>>\nOutputs: stream 1 primary, stream 2 backup\n<<K>>: <<V>>\n",
    "wowza_application_xml_property": "<Property>\n  <Name><<k>></Name>\n  <Value><<V>></Value>\n  <Type>String</Type>\n</Property>\n",
    "nginx_rtmp_module_conf_comment": "application live {\n    live on;\n    # <<K>>=<<V>> (push target for <<S>>)\n    record off;\n}\n",
    "srt_gateway_route_yaml": "routes:\n  - name: <<S>>\n    mode: caller\n    target: <<H>>:9000\n    <<k>>: \"<<V>>\"\n",
    "mediamtx_paths_yaml": "paths:\n  <<S>>:\n    source: publisher\n    # ops note: <<k>> = <<V>>\n",
    "transcode_farm_job_json": "{\"job\": <<N>>, \"profile\": \"1080p50-abr\", \"env\": {\"<<K>>\": \"<<V>>\"}, \"owner\": \"<<U>>\"}\n",
    "aws_elemental_medialive_notes_md": "## MediaLive channel <<S>>\n- input: RTMP push\n- `<<K>>` = `<<V>>`\n- owner: <<U>>\n",
    "mam_ingest_watchfolder_xml": "<WatchFolder name=\"<<S>>\">\n  <Target host=\"<<H>>\"/>\n  <Credential key=\"<<k>>\" value=\"<<V>>\"/>\n</WatchFolder>\n",
    "avid_interplay_export_csv": "asset_id,clip_name,setting,value\n<<N>>,<<S>>_pkg,<<k>>,<<V>>\n",
    "dam_sidecar_xmp_comment": "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n <!-- uploader <<U>> left <<K>>=<<V>> -->\n</x:xmpmeta>\n",
    "frameio_review_comment_txt": "Frame.io comment on <<S>>_v<<N>>.mov @00:01:12\n<<U>>: for the upload script use <<K>>=<<V>> until IT rotates it\n",
    "freelancer_handoff_email_txt": "From: <<U>>@freelance.example\nSubject: Handoff <<S>> rushes\n\nFiles are up. For the uploader: <<K>> is <<V>>\nCheers\n",
    "stringer_invoice_notes_txt": "Invoice <<N>> — stringer <<U>>\nNotes: used desk account for upload, <<k>>=<<V>>\nTotal: 3 days\n",
    "social_scheduler_export_csv": "post_id,network,scheduled_at,notes\n<<N>>,threads,<<D>> <<T>>,\"<<K>>=<<V>>\"\n",
    "buffer_queue_notes_md": "### Queue for <<S>>\n1. teaser clip <<T>>\n2. live link\n> <<k>>: <<V>>\n",
    "podcast_host_feed_settings_yaml": "show: <<S>>-daily\nhost: <<H>>\nepisodes_dir: /srv/pod/<<N>>\n<<k>>: <<V>>\n",
    "rss_generator_toml": "[feed]\ntitle = \"<<S>>\"\n[auth]\n<<k>> = \"<<V>>\"\n",
    "audio_playout_rivendell_note": "RDAirPlay log <<D>> <<T>> — engineer <<U>>\nmacro cart <<N>>: set <<K>> <<V>>\n",
    "newsroom_slack_export_json": "{\"user\": \"<<U>>\", \"ts\": \"<<N>>.000200\", \"text\": \"quick one before air: <<K>>=<<V>>\"}\n",
    "rundown_enps_script_note": "STORY <<N>> | <<S>> | SOT 0:45\n[PRODUCER NOTE] graphics box login — <<k>>: <<V>>\n",
    "inews_story_form_field": "<story><fields><string id=\"title\"><<S>></string><string id=\"<<k>>\"><<V>></string></fields></story>\n",
    "graphics_caspar_cg_config": "<configuration>\n  <paths><media-path>media/</media-path></paths>\n  <<<k>>><<V>></<<k>>>\n</configuration>\n",
    "chyron_template_json": "{\"template\": \"lower_third_<<N>>\", \"datasource\": {\"host\": \"<<H>>\", \"<<k>>\": \"<<V>>\"}}\n",
    "cdn_purge_script_bash": "#!/usr/bin/env bash\n# purge cache after <<S>> publish\nexport <<K>>='<<V>>'\ncurl -s https://<<H>>/purge/all\n",
    "paywall_service_k8s_configmap": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: paywall-<<S>>\ndata:\n  <<K>>: \"<<V>>\"\n",
    "election_results_loader_py": "# results loader for <<S>>\nRESULTS_HOST = \"<<H>>\"\n<<K>> = \"<<V>>\"\nPOLL_EVERY = 30\n",
    "newsletter_mjml_build_env": "# newsletter build (<<D>>)\nMJML_TEMPLATE=morning\n<<K>>=\"<<V>>\"\n",
    "translation_desk_tmx_note": "<tu tuid=\"<<N>>\"><note>ops: <<k>>=<<V>></note><tuv xml:lang=\"en\"><seg><<S>></seg></tuv></tu>\n",
    "video_desk_trello_card_json": "{\"name\": \"<<S>> package\", \"desc\": \"edit bay 3, use <<K>> <<V>> for the export\", \"idList\": \"<<N>>\"}\n",
    "mcr_shift_handover_log": "MCR handover <<D>> <<T>>\nOutgoing: <<U>>\nOpen items: backup path <<S>>\n<<K>> set to <<V>>\n",
    "ob_van_checklist_markdown": "# OB van checklist — <<S>>\n- [x] generator\n- [x] bonded cellular up\n- [ ] <<k>>: <<V>>\n",
    "satellite_booking_email_txt": "Subject: Booking <<N>> confirmed\nSlot <<T>> UTC, uplink <<H>>\nFor the encoder: <<K>>=<<V>>\n",
    "data_journalism_notebook_cell": "{\"cell_type\": \"code\", \"source\": [\"%env <<K>>=<<V>>\\n\", \"df = load('<<S>>')\"]}\n",
    "investigations_scraper_dockerfile": "FROM python:3.12-slim\nENV <<K>>=<<V>>\nCOPY scraper/ /app\nCMD [\"python\", \"/app/run.py\"]\n",
    "archive_digitisation_batch_cmd": "@echo off\nREM digitisation batch <<N>>\nset <<K>>=<<V>>\ncall ingest.cmd <<S>>\n",
    "captioning_service_webhook_log": "<<D>>T<<T>>:03Z caption-bridge INFO config loaded <<k>>=<<V>> job=<<N>>\n",
}


def generate(seed=6601):
    rng = random.Random(seed)
    used = {t: 0 for t in TYPES}
    out = []
    n = 0
    for kind, tpl in CONTAINERS.items():
        chosen = []
        for _ in range(4):
            cands = sorted((used[t], rng.random(), t) for t in TYPES if t not in chosen)
            t = cands[0][2]
            chosen.append(t)
            used[t] += 1
        for t in chosen:
            K, k, shp = TYPES[t]
            val = spec(rng, shp)
            text, s, e = fill(tpl.replace("<<K>>", K).replace("<<k>>", k), val, rng)
            n += 1
            out.append(record("%s-s-%04d" % (PFX, n), t, kind, text, s, e, "everyday"))
    return out
