"""Everyday source: 12 secret types of a tattoo / piercing studio's software x 45 container kinds x 4."""
import random

from common168 import (MARK, ALNUM, b64, b64url_nopad, ctx, jwt_hs256, key_style,
                       owner_password, place, rbytes, record, rhex, rs, uuid4)

SEED = 16801

# type name, key words, description, generator
TYPES = [
    ("artist_booking_db_password", ["booking", "db", "password"],
     "owner-chosen password of the artist-booking database account",
     lambda r: owner_password(r)),
    ("studio_pos_back_office_password", ["pos", "backoffice", "password"],
     "owner-chosen password of the studio point-of-sale back office",
     lambda r: owner_password(r)),
    ("autoclave_logger_admin_password", ["autoclave", "logger", "password"],
     "owner-chosen password of the autoclave cycle / spore-test data logger web UI",
     lambda r: owner_password(r)),
    ("consent_archive_sftp_password", ["consent", "sftp", "password"],
     "owner-chosen password of the SFTP account of the consent-form and ID-scan archive",
     lambda r: owner_password(r)),
    ("health_licence_portal_password", ["licence", "portal", "password"],
     "owner-chosen password of the health-department body-art licence renewal portal",
     lambda r: owner_password(r)),
    ("convention_booth_portal_password", ["booth", "portal", "password"],
     "owner-chosen password of the convention exhibitor / booth management portal",
     lambda r: owner_password(r)),
    ("deposit_webhook_signing_secret", ["deposit", "webhook", "secret"],
     "`dpws_` + base64url (32 bytes) booking-deposit webhook signing secret (prefix invented)",
     lambda r: "dpws_" + b64url_nopad(rbytes(r, 32))),
    ("aftercare_sms_gateway_api_key", ["aftercare", "sms", "api", "key"],
     "40-character alphanumeric API key of the aftercare-reminder SMS gateway",
     lambda r: rs(r, 40)),
    ("portfolio_cdn_url_signing_key", ["portfolio", "signing", "key"],
     "64-hex HMAC key that signs portfolio / flash-sheet image URLs",
     lambda r: rhex(r, 64)),
    ("giftcard_issuer_service_jwt", ["giftcard", "service", "token"],
     "HS256 JWT (real base64url JSON header and payload) of the gift-card issuer service",
     lambda r: jwt_hs256(r, {"sub": "svc-giftcards", "iss": "pos.studio.internal",
                             "scope": "giftcard:issue giftcard:redeem",
                             "iat": 1735689600 + r.randint(0, 20000000)})),
    ("guest_artist_portal_client_secret", ["guest", "portal", "client", "secret"],
     "Base64 (36 random bytes) OAuth client secret of the guest-artist scheduling portal",
     lambda r: b64(rbytes(r, 36))),
    ("ink_lot_tracker_access_token", ["inklot", "access", "token"],
     "`iltk_` + UUIDv4 access token of the ink-lot / needle-batch tracker (prefix invented)",
     lambda r: "iltk_" + uuid4(r)),
]
PASSWORD_TYPES = {t[0] for t in TYPES[:6]}

V = MARK
# kind, key style, template ("«K»" key, MARK value, other «slots» from ctx)
KINDS = [
    ("booking_api_dotenv_production", "upper",
     "# booking-api .env.production — «studio»\nNODE_ENV=production\nDATABASE_HOST=«host»\nDATABASE_NAME=«db»\n«K»=" + V + "\nSESSION_TTL_MIN=90\n"),
    ("deposit_service_appsettings_json", "pascal",
     '{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "Deposits": {\n    "Currency": "EUR",\n    "MinimumCents": 5000,\n    "«K»": "' + V + '"\n  }\n}\n'),
    ("consent_form_rails_credentials_yml", "snake",
     "# config/credentials/production.yml (decrypted with bin/rails credentials:edit)\nconsent_forms:\n  retention_years: 7\n  «K»: " + V + "\n  id_scan_bucket: consent-scans-prod\n"),
    ("aftercare_sms_celery_config_py", "upper",
     "# aftercare/celeryconfig.py\nbroker_url = 'redis://«host»:6379/3'\ntimezone = 'Europe/Berlin'\nbeat_schedule = {'day-3-reminder': {'task': 'aftercare.send', 'schedule': 3600}}\n«K» = '" + V + "'\n"),
    ("portfolio_gallery_nuxt_config_ts", "camel",
     "export default defineNuxtConfig({\n  runtimeConfig: {\n    galleryBucket: 'flash-and-portfolio',\n    «K»: '" + V + "',\n    public: { siteName: '«studio»' }\n  }\n})\n"),
    ("flash_sheet_strapi_plugins_js", "camel",
     "module.exports = ({ env }) => ({\n  upload: { config: { provider: 'local', sizeLimit: 25 * 1024 * 1024 } },\n  flashsheets: { enabled: true, «K»: '" + V + "' },\n});\n"),
    ("autoclave_esphome_secrets_yaml", "snake",
     "# esphome secrets.yaml — autoclave room temperature / cycle logger\nwifi_ssid: \"StudioBackroom\"\n«K»: \"" + V + "\"\nota_port: 3232\n"),
    ("spore_test_importer_cron_sh", "upper",
     "#!/bin/sh\n# weekly spore-test PDF importer (cron: 0 7 * * MON)\nset -eu\nLAB_INBOX=/srv/spore/inbox\nexport «K»='" + V + "'\nexec /opt/spore-import/bin/import --inbox \"$LAB_INBOX\" --studio «acct»\n"),
    ("ink_lot_tracker_spring_application_yml", "kebab",
     "spring:\n  datasource:\n    url: jdbc:postgresql://«host»:5432/ink_lots\ninklot:\n  recall-feed: https://recalls.example/ink.json\n  «K»: " + V + "\n"),
    ("needle_scanner_gradle_properties", "dot",
     "# needle-batch scanner app — gradle.properties\norg.gradle.jvmargs=-Xmx2g\nandroid.useAndroidX=true\nscanner.«K»=" + V + "\n"),
    ("studio_pos_windows_service_exe_config", "pascal",
     '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="TillId" value="TILL-0«n»" />\n    <add key="«K»" value="' + V + '" />\n  </appSettings>\n</configuration>\n'),
    ("gift_card_serverless_yml", "upper",
     "service: studio-giftcards\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  environment:\n    STAGE: prod\n    «K»: '" + V + "'\nfunctions:\n  redeem: { handler: src/redeem.handler }\n"),
    ("guest_artist_laravel_config_php", "snake",
     "<?php\n// config/guestspots.php\nreturn [\n    'max_weeks' => 4,\n    'chair_fee' => 0.3,\n    '«K»' => '" + V + "',\n];\n"),
    ("licence_renewal_playwright_config_ts", "camel",
     "// health-dept licence renewal bot\nexport const portal = {\n  baseURL: 'https://permits.county.example/bodyart',\n  login: '«user»',\n  «K»: '" + V + "',\n  licenceNo: 'BA-«acct»',\n};\n"),
    ("convention_ticketing_wrangler_toml", "upper",
     "name = \"convention-tickets\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-01-15\"\n\n[vars]\nBOOTH_MAP_URL = \"https://inkfest.example/map\"\n«K» = \"" + V + "\"\n"),
    ("booth_manager_flutter_dart_define_json", "camel",
     '{\n  "flavor": "prod",\n  "conventionId": "inkfest-«n»",\n  "«K»": "' + V + '"\n}\n'),
    ("studio_k8s_configmap_data_yaml", "kebab",
     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: booking-api\n  namespace: studio\ndata:\n  log-level: info\n  «K»: \"" + V + "\"\n"),
    ("studio_terraform_auto_tfvars", "snake",
     "# studio.auto.tfvars\nregion      = \"eu-central-1\"\nstudio_slug = \"«artist»-ink\"\n«K» = \"" + V + "\"\n"),
    ("studio_ansible_group_vars_yml", "snake",
     "---\n# group_vars/studio_servers.yml\nntp_server: pool.ntp.org\nbackup_hour: 3\n«K»: \"" + V + "\"\n"),
    ("booking_docker_compose_override_yml", "upper",
     "services:\n  booking:\n    image: registry.studio.internal/booking:2.«n».0\n    environment:\n      - TZ=Europe/Lisbon\n      - «K»=" + V + "\n"),
    ("portfolio_nginx_map_conf", "snake",
     "# /etc/nginx/conf.d/portfolio.conf\nserver {\n    listen 443 ssl;\n    server_name gallery.«artist».example;\n    set $«K» \"" + V + "\";\n    location /img/ { secure_link $arg_sig,$arg_exp; }\n}\n"),
    ("studio_systemd_environment_file", "upper",
     "# /etc/default/studio-pos-sync (EnvironmentFile=)\nPOS_SYNC_INTERVAL=300\nPOS_STORE_ID=«acct»\n«K»=" + V + "\n"),
    ("portfolio_caddyfile_header_up", "train",
     "gallery.«artist».example {\n    reverse_proxy 127.0.0.1:8080 {\n        header_up X-«K» \"" + V + "\"\n    }\n}\n"),
    ("artist_app_ios_info_plist", "pascal",
     '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n    <key>CFBundleName</key>\n    <string>InkBook Artist</string>\n    <key>«K»</key>\n    <string>' + V + '</string>\n</dict>\n</plist>\n'),
    ("artist_app_expo_eas_json", "upper",
     '{\n  "build": {\n    "production": {\n      "channel": "production",\n      "env": {\n        "APP_VARIANT": "artist",\n        "«K»": "' + V + '"\n      }\n    }\n  }\n}\n'),
    ("consent_kiosk_electron_config_json", "camel",
     '{\n  "kioskMode": true,\n  "idScanner": "/dev/ttyACM0",\n  "printer": "Brother_QL-820NWB",\n  "«K»": "' + V + '"\n}\n'),
    ("studio_wordpress_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'wp_«artist»' );\ndefine( 'WP_HOME', 'https://«artist»tattoo.example' );\ndefine( '«K»', '" + V + "' );\n"),
    ("woocommerce_shop_htaccess_setenv", "upper",
     "# .htaccess — aftercare shop\nRewriteEngine On\nSetEnv SHOP_CURRENCY GBP\nSetEnv «K» \"" + V + "\"\n"),
    ("aftercare_reminder_node_config_js", "camel",
     "// config/production.js\nmodule.exports = {\n  reminderDays: [1, 3, 7, 14],\n  senderId: 'STUDIO',\n  «K»: '" + V + "',\n};\n"),
    ("booking_fastapi_pydantic_settings_py", "snake",
     "class Settings(BaseSettings):\n    app_name: str = \"booking\"\n    deposit_percent: int = 30\n    «K»: str = \"" + V + "\"\n\nsettings = Settings()\n"),
    ("ink_inventory_dotnet_user_secrets_json", "pascal",
     '{\n  "Inventory:ReorderThreshold": "6",\n  "Inventory:«K»": "' + V + '"\n}\n'),
    ("autoclave_node_red_flow_json", "camel",
     '[{"id":"a1c9","type":"http request","name":"push cycle log","method":"POST","url":"http://«host»/api/cycles","headers":{"x-studio":"«n»"},"«K»":"' + V + '"}]\n'),
    ("spore_lab_r_renviron", "upper",
     "# ~/.Renviron on the compliance laptop\nR_LIBS_USER=~/R/library\nSPORE_LAB_CLIENT=«acct»\n«K»=" + V + "\n"),
    ("studio_backup_restic_env_sh", "upper",
     "# /root/backup.env — sourced by backup.sh\nexport RESTIC_REPOSITORY=sftp:backup@«host»:/srv/restic\nexport «K»=\"" + V + "\"\n"),
    ("pos_sync_supabase_edge_function_ts", "camel",
     "import { serve } from 'https://deno.land/std/http/server.ts'\n\nconst «K» = Deno.env.get('POS_SYNC_SECRET') ?? '" + V + "'\n\nserve(async (req) => new Response('ok'))\n"),
    ("waitlist_axum_config_toml", "snake",
     "[server]\nbind = \"0.0.0.0:8080\"\n\n[waitlist]\nmax_per_artist = 40\n«K» = \"" + V + "\"\n"),
    ("guest_spot_jupyter_notebook_cell", "snake",
     '{"cell_type": "code", "execution_count": «n», "metadata": {}, "source": ["import os\\n", "os.environ[\'«K»\'] = \'' + V + '\'\\n", "df = load_guest_spots(\'2025-Q3\')"]}\n'),
    ("licence_renewal_gitlab_ci_yml", "upper",
     "renew-licence:\n  stage: deploy\n  image: python:3.12\n  variables:\n    LICENCE_ID: \"BA-«acct»\"\n    «K»: \"" + V + "\"\n  script:\n    - python renew.py\n"),
    ("consent_archive_rclone_conf", "snake",
     "# ~/.config/rclone/rclone.conf\n[consent-archive]\ntype = sftp\nhost = «host»\nuser = «user»\nshell_type = unix\n«K» = " + V + "\n"),
    ("studio_manager_instagram_dm_paste", "spaced",
     "«artist» → «artist2» (Instagram DM, «time»)\nhey, new laptop at the desk. «K» is " + V + " if you need to log in before I'm back\n"),
    ("front_desk_sticky_note_ocr", "title",
     "[OCR · photo of sticky note on front-desk monitor]\nWIFI: StudioGuest\n«K»: " + V + "\nCall «artist» if locked out!\n"),
    ("artist_discord_server_message", "spaced",
     "#studio-tech — «artist» — Today at «time»\nok the «K» for the new setup is " + V + " (don't screenshot pls)\n"),
    ("pos_vendor_support_email_reply", "spaced",
     "From: support@possoftware.example\nTo: owner@«artist»tattoo.example\nSubject: Re: Ticket #«ticket» sync failing\n\nHi, we checked with the «K» you sent (" + V + ") and the sync works again from our side.\nBest, POS Support\n"),
    ("studio_owner_fish_history", "upper",
     "- cmd: cd ~/studio-ops\n  when: 1736«acct»\n- cmd: set -Ux «K» " + V + "\n  when: 1736«acct»\n- cmd: ./sync-ink-lots.sh --since «date»\n"),
    ("booking_worker_traceback_locals", "snake",
     "Traceback (most recent call last):\n  File \"/app/worker.py\", line 88, in charge_deposit\n    resp = client.post(url, json=payload)\n    locals: url='https://api.studio.internal/deposits' «K»='" + V + "' retries=«n»\nConnectionError: timed out\n"),
]

assert len(KINDS) == 45, len(KINDS)


def generate(reg):
    rng = random.Random(SEED)
    out = []
    for k, (kind, style, tmpl) in enumerate(KINDS):
        for j in range(4):
            t = (5 * k + 7 * j + k // 12) % 12
            typ, words, _desc, gen = TYPES[t]
            c = ctx(rng)
            c["K"] = key_style(words, style)
            val = reg.draw(lambda: gen(rng))
            text, s, e = place(tmpl, c, val)
            out.append(("everyday", typ, kind, text, s, e))
    return out
