"""Everyday source: 12 secret types of the charity-shop world x 45 container kinds x 4."""
import random
from common187 import (SEEDS, owner_password, rand_str, B62, HEX, rand_bytes, b64url_nopad, jwt_hs,
                       age_secret_key, uuid4, key_style, fill, neighbours)


def _jwt(rng):
    sub = "svc-" + rand_str(rng, "abcdefghijklmnopqrstuvwxyz", 6)
    payload = {"iss": "https://auth.fulfil.charityretail.internal", "sub": sub,
               "aud": "fulfilment-api", "scope": "orders:read picklists:write",
               "iat": 1716200000 + rng.randint(0, 9000000), "jti": uuid4(rng)}
    payload["exp"] = payload["iat"] + 31536000
    return jwt_hs(rng, "HS384", payload)


# name, description, key words, generator, is owner-chosen password
TYPES = [
    ("intake_grading_app_admin_password", "owner-chosen admin password of the donated-goods intake and grading app",
     ["intake", "admin", "password"], lambda r: owner_password(r), True),
    ("gift_aid_claims_db_password", "owner-chosen password of the database account behind Gift Aid declarations and donor matching",
     ["giftaid", "db", "password"], lambda r: owner_password(r), True),
    ("till_back_office_manager_password", "owner-chosen manager password of the store point-of-sale back office",
     ["till", "manager", "password"], lambda r: owner_password(r), True),
    ("van_routing_dispatcher_password", "owner-chosen login password of the collection-van routing dispatcher console",
     ["dispatcher", "password"], lambda r: owner_password(r), True),
    ("volunteer_rota_smtp_password", "owner-chosen SMTP password of the volunteer rota reminder mailer",
     ["rota", "smtp", "password"], lambda r: owner_password(r), True),
    ("weighbridge_ticket_sftp_password", "owner-chosen SFTP password of the drop where textile-recycling weighbridge tickets land",
     ["weighbridge", "sftp", "password"], lambda r: owner_password(r), True),
    ("resale_lister_sync_api_key", "`rsl_live_` + 32 base62, API key of the cross-marketplace resale listing sync (prefix invented)",
     ["lister", "api", "key"], lambda r: "rsl_live_" + rand_str(r, B62, 32), False),
    ("donor_match_webhook_secret", "`dmwhsec_` + base64url of 32 random bytes (43 characters), signing secret of the donor-matching webhooks (prefix invented)",
     ["donor", "webhook", "secret"], lambda r: "dmwhsec_" + b64url_nopad(rand_bytes(r, 32)), False),
    ("price_label_bridge_token", "`plb.` + 40 lower-case hex, bearer token of the price-label printer bridge (prefix invented)",
     ["label", "bridge", "token"], lambda r: "plb." + rand_str(r, HEX, 40), False),
    ("van_tracker_tls_psk_hex", "32 lower-case hex (128-bit TLS-PSK key) of the van tracker's telemetry uplink",
     ["tracker", "psk"], lambda r: rand_str(r, HEX, 32), False),
    ("fulfilment_service_jwt", "HS384 JWT (real base64url JSON header and payload, real HMAC-SHA384 under a discarded key), service token of the warehouse fulfilment API",
     ["fulfilment", "jwt"], _jwt, False),
    ("donor_export_age_secret_key", "age X25519 identity `AGE-SECRET-KEY-1` + 58 Bech32 characters with a real Bech32 checksum, decrypts the donor export files",
     ["export", "age", "key"], age_secret_key, False),
]

# kind -> (style, template). Slots: @K@ key, @V@ value, @U@ user, @H@ host, @N@ number, @D@ date, @S@ shop no, @P@ port
CONTAINERS = [
    ("intake_app_django_settings_py", "upper",
     "# intake/settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"@H@\"]\n@K@ = \"@V@\"\nSHOP_DEFAULT_BRANCH = \"@S@\"\n"),
    ("intake_app_dotenv_local", "upper",
     "# .env.local - intake tablet build, shop @S@\nAPP_ENV=production\nINTAKE_API_HOST=@H@\n@K@=@V@\nGRADING_PHOTO_MAX_KB=900\n"),
    ("grading_app_expo_app_config_ts", "camel",
     "export default ({ config }) => ({\n  ...config,\n  name: 'Grading',\n  extra: {\n    apiHost: '@H@',\n    @K@: '@V@',\n    shopNumber: '@S@',\n  },\n});\n"),
    ("gift_aid_rails_credentials_yml_dec", "snake",
     "# bin/rails credentials:edit --environment production (decrypted view)\nsecret_key_base_rotation: @D@\ngift_aid:\n  hmrc_charity_ref: AB@N@\n  @K@: @V@\n"),
    ("gift_aid_alembic_ini", "snake",
     "[alembic]\nscript_location = migrations\n\n[giftaid]\ndb_host = @H@\ndb_user = @U@\n@K@ = @V@\n"),
    ("donor_match_spring_application_yml", "kebab",
     "donor-match:\n  batch-size: 500\n  @K@: \"@V@\"\n  host: @H@\nspring:\n  profiles:\n    active: prod\n"),
    ("donor_crm_dotnet_user_secrets_json", "pascal",
     "{\n  \"DonorCrm:Host\": \"@H@\",\n  \"DonorCrm:@K@\": \"@V@\",\n  \"DonorCrm:BranchCount\": @S@\n}\n"),
    ("till_pos_windows_registry_export", "pascal",
     "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\CharityTill\\Shop@S@]\n\"ServerHost\"=\"@H@\"\n\"@K@\"=\"@V@\"\n\"ReceiptFooter\"=\"Thank you for supporting us\"\n"),
    ("till_pos_sqlite_settings_insert", "snake",
     "-- till.db seed, shop @S@\nINSERT INTO settings (name, value) VALUES ('receipt_footer', 'Every purchase helps');\nINSERT INTO settings (name, value) VALUES ('@K@', '@V@');\nINSERT INTO settings (name, value) VALUES ('server_host', '@H@');\n"),
    ("label_printer_bridge_toml", "snake",
     "[printer]\nmodel = \"ZD421\"\nlabel_size = \"57x32\"\n\n[bridge]\nhost = \"@H@\"\n@K@ = \"@V@\"\n"),
    ("label_printer_browserprint_js", "camel",
     "// price-label page, shop @S@\nconst printerConfig = {\n  host: '@H@',\n  @K@: '@V@',\n  darkness: 22,\n};\nBrowserPrint.getDefaultDevice('printer', setup, onError);\n"),
    ("van_routing_osrm_compose_env_file", "upper",
     "# routing.env for docker compose (osrm + dispatcher)\nOSRM_PROFILE=car\nDISPATCH_DEPOT=@S@\n@K@=@V@\nROUTING_HOST=@H@\n"),
    ("van_routing_pydantic_settings_py", "snake",
     "class Settings(BaseSettings):\n    depot_code: str = \"D@S@\"\n    routing_host: str = \"@H@\"\n    @K@: str = \"@V@\"\n    max_stops_per_van: int = 38\n"),
    ("van_tablet_gradle_properties", "dot",
     "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\nvan.depot=@S@\n@K@=@V@\n"),
    ("van_tracker_node_config_json5", "camel",
     "{\n  // tracker gateway, depot @S@\n  mqttHost: '@H@',\n  @K@: '@V@',\n  reportEverySeconds: 30,\n}\n"),
    ("volunteer_rota_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'rota' );\ndefine( 'DB_HOST', '@H@' );\ndefine( '@K@', '@V@' );\ndefine( 'WP_DEBUG', false );\n"),
    ("volunteer_rota_laravel_services_php", "snake",
     "<?php\n\nreturn [\n    'rota' => [\n        'host' => env('ROTA_HOST', '@H@'),\n        '@K@' => env('ROTA_SECRET_FALLBACK', '@V@'),\n    ],\n];\n"),
    ("volunteer_app_ionic_environment_ts", "camel",
     "export const environment = {\n  production: true,\n  apiHost: 'https://@H@',\n  @K@: '@V@',\n};\n"),
    ("weighbridge_pc_vb6_ini", "pascal",
     "[Weighbridge]\nSite=Recycling yard @S@\nIndicator=COM3\n\n[Export]\nHost=@H@\nUser=@U@\n@K@=@V@\n"),
    ("weighbridge_export_powershell_ps1", "pascal",
     "# nightly ticket export\n$ExportHost = '@H@'\n$@K@ = '@V@'\nGet-ChildItem C:\\Weighbridge\\Tickets\\*.csv | ForEach-Object { Send-Ticket $_ }\n"),
    ("textile_recycler_edi_profile_xml", "pascal",
     "<?xml version=\"1.0\"?>\n<PartnerProfile id=\"TR-@N@\">\n  <Host>@H@</Host>\n  <@K@>@V@</@K@>\n  <Format>CSV</Format>\n</PartnerProfile>\n"),
    ("resale_lister_serverless_yml", "upper",
     "service: resale-lister\nprovider:\n  name: aws\n  runtime: python3.12\n  environment:\n    LISTER_STAGE: prod\n    @K@: @V@\n"),
    ("resale_lister_extension_background_js", "camel",
     "// chrome extension background.js\nconst settings = { apiHost: 'https://@H@', @K@: '@V@' };\nchrome.storage.local.set(settings);\n"),
    ("resale_images_wrangler_toml_vars", "upper",
     "name = \"resale-images\"\nmain = \"src/index.ts\"\n\n[vars]\nBUCKET_PREFIX = \"shop-@S@\"\n@K@ = \"@V@\"\n"),
    ("marketplace_sync_airflow_variables_json", "snake",
     "{\n  \"marketplace_sync_batch\": \"200\",\n  \"@K@\": \"@V@\",\n  \"marketplace_sync_host\": \"@H@\"\n}\n"),
    ("warehouse_odoo_conf", "snake",
     "[options]\naddons_path = /opt/odoo/addons\ndb_host = @H@\ndb_user = @U@\n@K@ = @V@\nworkers = 4\n"),
    ("sorting_line_python_config_yaml", "snake",
     "sorting_line:\n  conveyor: L@S@\n  scanner_host: @H@\n  @K@: \"@V@\"\n  reject_bin: 7\n"),
    ("fulfilment_worker_appsettings_json", "pascal",
     "{\n  \"Fulfilment\": {\n    \"Host\": \"@H@\",\n    \"@K@\": \"@V@\",\n    \"PickWaveSize\": 40\n  }\n}\n"),
    ("fulfilment_github_actions_workflow_env", "upper",
     "name: deploy-fulfilment\non: { push: { branches: [main] } }\nenv:\n  NODE_ENV: production\n  @K@: \"@V@\"\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"),
    ("fulfilment_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  branches:\n    main:\n      - step:\n          script:\n            - export @K@=@V@\n            - ./deploy.sh @H@\n"),
    ("charity_ops_ansible_group_vars_yml", "snake",
     "# group_vars/shops.yml\nshop_server: @H@\nshop_admin_user: @U@\n@K@: \"@V@\"\n"),
    ("charity_ops_pulumi_stack_yaml", "camel",
     "config:\n  aws:region: eu-west-2\n  charity-ops:shopCount: \"@S@\"\n  charity-ops:@K@: @V@\n"),
    ("charity_ops_nomad_job_hcl", "upper",
     "job \"intake\" {\n  group \"web\" {\n    task \"app\" {\n      env {\n        APP_HOST = \"@H@\"\n        @K@ = \"@V@\"\n      }\n    }\n  }\n}\n"),
    ("charity_ops_fish_history", "upper",
     "- cmd: cd ~/src/charity-ops\n  when: 1717@N@\n- cmd: set -x @K@ @V@\n  when: 1717@N@\n- cmd: make deploy HOST=@H@\n"),
    ("charity_ops_cmd_setx_history", "upper",
     "C:\\ops> setx @K@ \"@V@\"\n\nSUCCESS: Specified value was saved.\nC:\\ops> deploy.cmd @H@\n"),
    ("charity_ops_makefile_variables", "upper",
     "HOST ?= @H@\n@K@ ?= @V@\n\ndeploy:\n\t./scripts/deploy.sh $(HOST)\n"),
    ("shop_manager_signal_message", "spaced",
     "[@D@ 08:@S@] Shop @S@ manager: morning! the @K@ is @V@ if anyone needs it before the van comes\n"),
    ("area_manager_slack_thread_export", "spaced",
     "@D@ 14:02  area-manager: can someone check the donation intake tablets in shop @S@?\n@D@ 14:05  it-volunteer: sure, what is the @K@\n@D@ 14:06  area-manager: @V@\n"),
    ("volunteer_coordinator_email_body", "spaced",
     "Hi all,\n\nThe new rota system is live. For the handover, the @K@ is now @V@ — please keep it off the noticeboard.\n\nThanks,\nVolunteer coordinator, shop @S@\n"),
    ("it_helpdesk_zendesk_ticket_note", "spaced",
     "Ticket #@N@ — internal note\nCaller from shop @S@ could not log in. Reset done on @H@; new @K@: @V@ (told caller by phone).\n"),
    ("shop_handover_sheets_csv", "title",
     "Item,Value,Owner\nShop,@S@,Manager\nServer,@H@,IT\n@K@,@V@,IT\nKey safe code,ask area manager,Manager\n"),
    ("till_screen_photo_ocr", "title",
     "CHARITY TILL v4.2   Shop @S@\n-----------------------------\nBack Office Settings\nServer: @H@\n@K@: @V@\n[ OK ]  [ Cancel ]\n"),
    ("trustee_board_pack_docx_text", "title",
     "Appendix C – IT Handover (confidential)\n\nSystem host: @H@\n@K@: @V@\nReviewed by the finance sub-committee on @D@.\n"),
    ("intake_app_jest_fixture_ts", "camel",
     "export const testEnv = {\n  apiHost: 'http://@H@',\n  @K@: '@V@',\n  shop: '@S@',\n};\n"),
    ("donor_match_notebook_cell_json", "snake",
     "{\n \"cell_type\": \"code\",\n \"execution_count\": @S@,\n \"source\": [\n  \"db_host = '@H@'\\n\",\n  \"@K@ = '@V@'\\n\",\n  \"donors = load_donors(db_host)\"\n ]\n}\n"),
]
SPARE_CONTAINERS = ["charity_ops_justfile_env", "resale_lister_deno_env_ts"]


def pairing():
    """15 blocks of 3 kinds; each block takes a seeded permutation of the 12 types, 4 per kind."""
    rng = random.Random(SEEDS["pairing"])
    pairs = []
    for b in range(15):
        perm = list(range(len(TYPES)))
        rng.shuffle(perm)
        for j in range(3):
            kind = CONTAINERS[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                pairs.append((kind, TYPES[t]))
    return pairs


def generate(reg):
    rng = random.Random(SEEDS["everyday"])
    out = []
    for (kind, style, tpl), (tname, _desc, kw, gen, _pw) in pairing():
        value = reg.draw(gen, rng)
        subs = neighbours(rng)
        subs["K"] = key_style(kw, style)
        text, s, e = fill(tpl, subs, value)
        out.append({"type": tname, "container": kind, "text": text,
                    "secrets": [{"value": value, "start": s, "end": e, "type": tname}],
                    "source": "everyday"})
    return out
