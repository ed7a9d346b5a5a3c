"""Everyday source: 12 secret types of the bookshop world x 45 container kinds, 4 records per kind."""
import base64
import hashlib
import random

from common193 import (SLOT, ALNUM, B62, HEXL, LOWALNUM, DIGITS, owner_password, rs, rbytes,
                       b64url_nopad, crc32_b62, jwt, style_key, fill, record, uuid4)

SEED = 19301
PAIR_SEED = 19311


# ---------------------------------------------------------------- types
def _spo(rng):
    body = rs(rng, B62, 30)
    return "spo_" + body + crc32_b62(body)


def _ticket_key(rng):
    return b64url_nopad(rbytes(rng, 32))


def _club_jwt(rng):
    iat = 1735000000 + rng.randint(0, 20000000)
    payload = {"sub": "member:%d" % rng.randint(10000, 99999), "club": rng.choice(
        ["thursday-crime", "sci-fi-circle", "young-adult", "translated-fiction", "graphic-novels"]),
        "scope": "bookclub.read bookclub.rsvp", "iat": iat, "exp": iat + 31536000}
    return jwt(rng, {"alg": "HS384", "typ": "JWT"}, payload, hashlib.sha384)


def _plwh(rng):
    return "plwh_" + base64.b32encode(rbytes(rng, 20)).decode()


def _fernet(rng):
    return base64.urlsafe_b64encode(rbytes(rng, 32)).decode()


def _ilp(rng):
    return "ilp_" + rs(rng, HEXL, 8) + "." + rs(rng, B62, 32)


TYPES = [
    # name, key words, kind, generator, description
    ("bookshop_epos_manager_password", ["epos", "manager", "password"], "password", None,
     "owner-chosen manager password of the bookshop EPOS back office (refunds, stock adjustments)"),
    ("isbn_stock_db_password", ["stock", "db", "password"], "password", None,
     "owner-chosen password of the database behind ISBN / EAN stock lookups"),
    ("distributor_edi_sftp_password", ["edi", "sftp", "password"], "password", None,
     "owner-chosen SFTP password of the distributor / wholesaler EDI order drop"),
    ("pull_list_admin_password", ["pull", "list", "admin", "password"], "password", None,
     "owner-chosen admin password of the comic pull-list subscription app"),
    ("secondhand_listing_portal_password", ["listing", "portal", "password"], "password", None,
     "owner-chosen login of the second-hand / antiquarian listing back office"),
    ("shelf_label_printer_admin_password", ["label", "printer", "admin", "password"], "password", None,
     "owner-chosen admin password of the shelf-label printer's web interface"),
    ("special_order_tracking_token", ["special", "order", "token"], "generated", _spo,
     "`spo_` + 30 base62 + 6-character base62 CRC-32 of the body; API token of the special-order tracker (prefix and checksum layout invented)"),
    ("author_event_ticket_signing_key", ["ticket", "signing", "key"], "generated", _ticket_key,
     "base64url (no padding) of 32 random bytes, key that signs author-event ticket QR codes"),
    ("book_club_member_api_jwt", ["book", "club", "jwt"], "generated", _club_jwt,
     "HS384 JWT (real base64url JSON header and payload, real HMAC-SHA384 under a discarded key), service token of the book-club member API"),
    ("pull_list_webhook_secret", ["pull", "list", "webhook", "secret"], "generated", _plwh,
     "`plwh_` + RFC 4648 Base32 of 20 random bytes (32 characters), signing secret of the pull-list webhooks (prefix invented)"),
    ("loyalty_stamp_fernet_key", ["loyalty", "fernet", "key"], "generated", _fernet,
     "Fernet key: URL-safe Base64 of 32 random bytes with its `=` (44 characters), encrypts loyalty stamp-card payloads"),
    ("isbn_lookup_proxy_api_key", ["isbn", "proxy", "api", "key"], "generated", _ilp,
     "`ilp_` + 8 hex key id + `.` + 32 base62 secret, API key of the in-house ISBN metadata proxy (layout invented)"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_BY_NAME = {t[0]: t for t in TYPES}


def _host(rng, dom):
    return rng.choice(["stock", "till", "edi", "pulls", "labels", "orders", "events", "books"]) + "%02d.%s" % (rng.randint(1, 9), dom)


# ---------------------------------------------------------------- containers
# each: name, key style, function(k, rng) -> template with SLOT

def c_fastapi_env(k, r):
    return ("# isbn-lookup service (.env, loaded by pydantic)\nAPP_ENV=production\nISBN_CACHE_TTL=86400\n"
            "OPENLIBRARY_FALLBACK=true\n%s=\"%s\"\nLOG_LEVEL=info\n" % (k, SLOT))


def c_rocket_toml(k, r):
    return ("[release]\naddress = \"0.0.0.0\"\nport = %d\nstock_feed_dir = \"/srv/stock/incoming\"\n%s = \"%s\"\n\n[release.limits]\njson = \"2 MiB\"\n"
            % (r.choice([8000, 8080, 8443]), k, SLOT))


def c_camel_props(k, r):
    return ("# Apache Camel route for distributor EDI orders\ncamel.main.name=edi-orders\n"
            "edi.inbound.dir=/data/edi/in\nedi.poll.delay=60000\n%s=%s\nedi.archive.days=90\n" % (k, SLOT))


def c_mule_yaml(k, r):
    return ("edi:\n  gateway:\n    host: \"%s\"\n    port: \"22\"\n    %s: \"%s\"\n    ordersPath: \"/orders/out\"\n"
            % (_host(r, "wholesale.internal"), k, SLOT))


def c_phoenix_runtime(k, r):
    return ("import Config\n\nif config_env() == :prod do\n  config :pull_list, PullList.Repo,\n    pool_size: 10\n\n"
            "  config :pull_list,\n    %s: \"%s\",\n    foc_reminder_days: 3\nend\n" % (k, SLOT))


def c_nuxt_runtime(k, r):
    return ("export default defineNuxtConfig({\n  runtimeConfig: {\n    %s: '%s',\n    public: {\n"
            "      shopName: 'Panel & Page Comics',\n      pullListCutoff: 'Sunday 18:00'\n    }\n  }\n})\n" % (k, SLOT))


def c_sveltekit_env(k, r):
    return ("# .env for the comic shop storefront (SvelteKit $env/static/private)\nPUBLIC_STORE_NAME=\"Panel & Page\"\n"
            "PRIVATE_%s=%s\nPRIVATE_NEW_COMIC_DAY=wednesday\n" % (k, SLOT))


def c_scrapy_settings(k, r):
    return ("BOT_NAME = 'secondhand_prices'\nROBOTSTXT_OBEY = True\nDOWNLOAD_DELAY = 2.5\nCONCURRENT_REQUESTS_PER_DOMAIN = 2\n"
            "%s = '%s'\nFEEDS = {'exports/prices.jsonl': {'format': 'jsonlines'}}\n" % (k, SLOT))


def c_filemaker_step(k, r):
    return ("# FileMaker script: Upload antiquarian catalogue\nSet Variable [ $catalogueFile ; Value: Get ( DocumentsPath ) & \"catalogue.xml\" ]\n"
            "Set Variable [ $%s ; Value: \"%s\" ]\nInsert from URL [ Select ; With dialog: Off ; Target: $response ]\n" % (k, SLOT))


def c_supabase_edge_env(k, r):
    return ("# supabase/functions/.env  (marketplace-sync edge function)\nMARKETPLACE_SYNC_BATCH=200\n"
            "%s=%s\nRELIST_AFTER_DAYS=30\n" % (k, SLOT))


def c_hugo_toml(k, r):
    return ("baseURL = 'https://events.example-books.test/'\ntitle = 'Author Events'\n\n[params]\n  venue = 'The Upstairs Room'\n"
            "  %s = '%s'\n  capacity = %d\n" % (k, SLOT, r.choice([40, 60, 80, 120])))


def c_craft_general(k, r):
    return ("<?php\n\nreturn [\n    '*' => [\n        'defaultWeekStartDay' => 1,\n        'omitScriptNameInUrls' => true,\n    ],\n"
            "    'production' => [\n        '%s' => '%s',\n        'allowAdminChanges' => false,\n    ],\n];\n" % (k, SLOT))


def c_strapi_env(k, r):
    return ("HOST=0.0.0.0\nPORT=1337\nDATABASE_CLIENT=postgres\nDATABASE_HOST=%s\n%s=%s\nBOOK_CLUB_MONTHLY_PICK=true\n"
            % (_host(r, "club.internal"), k, SLOT))


def c_ktor_conf(k, r):
    return ("ktor {\n    deployment {\n        port = 8080\n    }\n    application {\n        modules = [ shop.bookclub.ApplicationKt.module ]\n    }\n}\n"
            "bookclub {\n    %s = \"%s\"\n    meetingRoom = \"back room\"\n}\n" % (k, SLOT))


def c_quarkus_props(k, r):
    return ("quarkus.http.port=8081\nquarkus.datasource.db-kind=postgresql\nloyalty.stamps-per-card=10\n"
            "loyalty.%s=%s\nquarkus.log.level=INFO\n" % (k, SLOT))


def c_micronaut_yml(k, r):
    return ("micronaut:\n  application:\n    name: loyalty-cards\nloyalty:\n  stamp-card:\n    stamps-needed: 9\n"
            "    %s: %s\n  reward: free-paperback\n" % (k, SLOT))


def c_nodered_creds(k, r):
    return ("{\n  \"%s\": {\n    \"%s\": \"%s\",\n    \"printerQueue\": \"shelf-labels\"\n  }\n}\n"
            % (rs(r, HEXL, 16), k, SLOT))


def c_zebra_ini(k, r):
    return ("; shelf-label bridge for the ZD421 by the counter\n[Printer]\nHost=%s\nDarkness=22\nLabelSize=38x25\n\n[Auth]\n%s=%s\n"
            % ("192.168.%d.%d" % (r.randint(0, 9), r.randint(20, 250)), k, SLOT))


def c_rails_db_yml(k, r):
    return ("production:\n  adapter: postgresql\n  database: special_orders\n  host: %s\n  %s: %s\n  pool: 5\n"
            % (_host(r, "shop.internal"), k, SLOT))


def c_dotnet_user_secrets(k, r):
    return ("{\n  \"SpecialOrders:Supplier\": \"gardners\",\n  \"SpecialOrders:%s\": \"%s\",\n  \"Logging:LogLevel:Default\": \"Warning\"\n}\n"
            % (k, SLOT))


def c_nssm_reg(k, r):
    return ("Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\StockSync\\Parameters]\n"
            "\"Application\"=\"C:\\\\StockSync\\\\stocksync.exe\"\n\"AppEnvironmentExtra\"=hex(7):\n; AppEnvironmentExtra (decoded): %s=%s\n"
            "\"AppStdout\"=\"C:\\\\StockSync\\\\logs\\\\out.log\"\n" % (k, SLOT))


def c_cron_wrapper(k, r):
    return ("#!/usr/bin/env bash\n# nightly stock sync from the EPOS to the web shop\nset -euo pipefail\n"
            "export STOCK_SYNC_SINCE=\"$(date -d yesterday +%%F)\"\nexport %s='%s'\n/opt/stocksync/bin/sync --full >> /var/log/stocksync.log 2>&1\n"
            % (k, SLOT))


def c_ansible_vars(k, r):
    return ("---\n# group_vars/bookshop_servers/vars.yml  (still to be moved into vault.yml)\nshop_timezone: Europe/London\n"
            "%s: \"%s\"\nbackup_window: \"02:00-04:00\"\n" % (k, SLOT))


def c_helmfile_values(k, r):
    return ("image:\n  repository: registry.shop.internal/pull-list\n  tag: \"2.4.1\"\nconfig:\n  newComicDay: wednesday\n"
            "  %s: \"%s\"\nresources:\n  limits:\n    memory: 256Mi\n" % (k, SLOT))


def c_nomad_hcl(k, r):
    return ("job \"isbn-lookup\" {\n  datacenters = [\"shop\"]\n  group \"api\" {\n    task \"server\" {\n      driver = \"docker\"\n"
            "      env {\n        %s = \"%s\"\n        CACHE_SIZE = \"50000\"\n      }\n    }\n  }\n}\n" % (k, SLOT))


def c_pulumi_stack(k, r):
    return ("config:\n  aws:region: eu-west-2\n  bookshop:shopDomain: example-books.test\n  bookshop:%s: %s\n"
            % (k, SLOT))


def c_gha_env(k, r):
    return ("name: deploy-stock-api\non:\n  push:\n    branches: [main]\nenv:\n  %s: %s\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
            "    steps:\n      - uses: actions/checkout@v4\n" % (k, SLOT))


def c_bitbucket_pipelines(k, r):
    return ("image: python:3.12\npipelines:\n  branches:\n    main:\n      - step:\n          name: Import EDI price file\n"
            "          script:\n            - export %s=\"%s\"\n            - python import_prices.py\n" % (k, SLOT))


def c_supervisord(k, r):
    return ("[program:edi-poller]\ncommand=/opt/edi/bin/poller --interval 300\nautostart=true\nautorestart=true\n"
            "environment=EDI_MODE=\"live\",%s=\"%s\"\nstdout_logfile=/var/log/edi-poller.log\n" % (k, SLOT))


def c_fly_toml(k, r):
    return ("app = 'special-orders'\nprimary_region = 'lhr'\n\n[env]\n  NOTIFY_CUSTOMER_BY = 'sms'\n  %s = '%s'\n\n[http_service]\n  internal_port = 8080\n"
            % (k, SLOT))


def c_cloud_init(k, r):
    return ("#cloud-config\npackage_update: true\nwrite_files:\n  - path: /etc/default/label-bridge\n    permissions: '0640'\n"
            "    content: |\n      BRIDGE_PORT=9100\n      %s=%s\nruncmd:\n  - systemctl restart label-bridge\n" % (k, SLOT))


def c_drupal_settings(k, r):
    return ("<?php\n$settings['hash_salt'] = file_get_contents('/var/private/salt.txt');\n$settings['file_private_path'] = '/var/private';\n"
            "$settings['%s'] = '%s';\n$config['system.logging']['error_level'] = 'hide';\n" % (k, SLOT))


def c_prestashop_params(k, r):
    return ("<?php return array (\n  'parameters' => \n  array (\n    'database_host' => '127.0.0.1',\n    'database_name' => 'comicshop',\n"
            "    '%s' => '%s',\n    'ps_caching' => 'CacheMemcache',\n  ),\n);\n" % (k, SLOT))


def c_electron_store(k, r):
    return ("{\n  \"windowBounds\": { \"width\": 1280, \"height\": 800 },\n  \"receiptPrinter\": \"EPSON TM-T20III\",\n"
            "  \"%s\": \"%s\",\n  \"lastSync\": \"2025-03-01T09:00:00Z\"\n}\n" % (k, SLOT))


def c_expo_app_json(k, r):
    return ("{\n  \"expo\": {\n    \"name\": \"Shelf Scanner\",\n    \"slug\": \"shelf-scanner\",\n    \"extra\": {\n"
            "      \"barcodeFormats\": [\"ean13\", \"upc_a\"],\n      \"%s\": \"%s\"\n    }\n  }\n}\n" % (k, SLOT))


def c_rn_config_env(k, r):
    return ("# .env.production for react-native-config (ISBN scanner app)\nAPI_BASE=https://api.example-books.test\n"
            "%s=%s\nSCAN_BEEP=true\n" % (k, SLOT))


def c_xcconfig(k, r):
    return ("// Release.xcconfig  -  ISBN scanner\nPRODUCT_BUNDLE_IDENTIFIER = test.examplebooks.scanner\nMARKETING_VERSION = 3.2\n"
            "%s = %s\nSWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE\n" % (k, SLOT))


def c_notebook_cell(k, r):
    return ("{\n \"cell_type\": \"code\",\n \"execution_count\": %d,\n \"metadata\": {},\n \"outputs\": [],\n \"source\": [\n"
            "  \"import pandas as pd\\n\",\n  \"%s = '%s'\\n\",\n  \"sales = pd.read_csv('isbn_sales_2024.csv')\"\n ]\n}\n"
            % (r.randint(3, 40), k, SLOT))


def c_fish_history(k, r):
    return ("- cmd: cd ~/src/stock-api\n  when: 1740%06d\n- cmd: set -x %s %s\n  when: 1740%06d\n- cmd: make run\n  when: 1740%06d\n"
            % (r.randint(0, 999999), k, SLOT, r.randint(0, 999999), r.randint(0, 999999)))


def c_signal_chat(k, r):
    return ("[%02d:%02d] Priya: new comics are in, pulls bagged for boxes 1-40\n[%02d:%02d] Tom: can someone send me the %s? the laptop logged me out\n"
            "[%02d:%02d] Priya: %s\n[%02d:%02d] Priya: delete this after pls\n"
            % (r.randint(8, 11), r.randint(0, 59), r.randint(12, 13), r.randint(0, 59), k, r.randint(14, 15), r.randint(0, 59), SLOT,
               r.randint(16, 17), r.randint(0, 59)))


def c_slack_huddle(k, r):
    return ("Huddle notes - Saturday opening\n- float counted, two tills on\n- signing table needs the card reader charged\n"
            "- %s (for Sam, covering Sunday): %s\n- remember to reorder the staff picks shelf\n" % (k, SLOT))


def c_rep_email(k, r):
    return ("Subject: Re: EDI orders not arriving\n\nHi Jo,\n\nWe've reset the account on our side. The %s is now %s\n"
            "and the orders should be picked up on the next 15-minute poll.\n\nKind regards,\nWholesale Customer Services\n" % (k, SLOT))


def c_trello_comment(k, r):
    return ("Card: Move stock lookup to the new server\nComment by Alex (yesterday):\n  Done the migration. %s is %s until we rotate it on Monday.\n"
            "  Old box can be wiped.\n" % (k, SLOT))


def c_clipboard_ocr(k, r):
    return ("STOCKTAKE   SAT %02d MAR\nSection: Crime / Thriller   counted by: LM\nScanner 2 battery low\n%s:  %s\n"
            "Discrepancies -> see sheet 4\n" % (r.randint(1, 28), k, SLOT))


def c_notion_export(k, r):
    return ("# Shop handover\n\n| Item | Value |\n|---|---|\n| Alarm code holder | Manager on duty |\n| %s | %s |\n| Bin day | Tuesday |\n"
            % (k, SLOT))


def c_airtable_csv(k, r):
    return ("Order Ref,Customer,ISBN,Status,%s,Notes\nSO-%05d,R. Patel,9780%09d,Ordered,%s,check with rep\n"
            % (k, r.randint(10000, 99999), r.randint(0, 999999999), SLOT))


def c_syslog_kv(k, r):
    return ("Mar %2d %02d:%02d:%02d edi-gw01 edi-gateway[%d]: level=debug msg=\"connecting to wholesaler\" host=%s %s=%s attempt=1\n"
            % (r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(1000, 9999),
               _host(r, "wholesale.internal"), k, SLOT))


def c_sticky_ocr(k, r):
    return ("BOOK FAIR LAPTOP\n(do not take home)\n%s - %s\nwifi is on the back\n" % (k, SLOT))


def c_envrc_spare(k, r):
    return ("use flake\nexport %s=%s\n" % (k, SLOT))


CONTAINERS = [
    ("isbn_lookup_fastapi_dotenv", "upper", c_fastapi_env),
    ("stock_api_rocket_toml", "snake", c_rocket_toml),
    ("edi_orders_camel_route_properties", "dot", c_camel_props),
    ("edi_gateway_mule_config_yaml", "camel", c_mule_yaml),
    ("pull_list_phoenix_runtime_exs", "snake", c_phoenix_runtime),
    ("pull_list_nuxt_runtime_config_ts", "camel", c_nuxt_runtime),
    ("comic_storefront_sveltekit_private_env", "upper", c_sveltekit_env),
    ("secondhand_price_scrapy_settings_py", "upper", c_scrapy_settings),
    ("antiquarian_catalogue_filemaker_script", "camel", c_filemaker_step),
    ("marketplace_sync_supabase_functions_env", "upper", c_supabase_edge_env),
    ("author_events_hugo_config_toml", "camel", c_hugo_toml),
    ("author_events_craft_general_php", "camel", c_craft_general),
    ("book_club_strapi_env", "upper", c_strapi_env),
    ("book_club_ktor_application_conf", "camel", c_ktor_conf),
    ("loyalty_stamps_quarkus_properties", "kebab", c_quarkus_props),
    ("loyalty_stamps_micronaut_yml", "kebab", c_micronaut_yml),
    ("shelf_label_nodered_flows_cred_json", "camel", c_nodered_creds),
    ("shelf_label_zebra_bridge_ini", "pascal", c_zebra_ini),
    ("special_order_rails_database_yml", "snake", c_rails_db_yml),
    ("special_order_dotnet_user_secrets_json", "pascal", c_dotnet_user_secrets),
    ("stock_sync_nssm_registry_export", "upper", c_nssm_reg),
    ("stock_sync_cron_wrapper_sh", "upper", c_cron_wrapper),
    ("bookshop_ops_ansible_plain_group_vars", "snake", c_ansible_vars),
    ("bookshop_ops_helmfile_values_yaml", "camel", c_helmfile_values),
    ("bookshop_ops_nomad_job_hcl", "upper", c_nomad_hcl),
    ("bookshop_ops_pulumi_stack_yaml", "camel", c_pulumi_stack),
    ("bookshop_ops_github_actions_env", "upper", c_gha_env),
    ("bookshop_ops_bitbucket_pipelines_yml", "upper", c_bitbucket_pipelines),
    ("bookshop_ops_supervisord_program_conf", "upper", c_supervisord),
    ("comic_shop_drupal_settings_php", "snake", c_drupal_settings),
    ("comic_shop_prestashop_parameters_php", "snake", c_prestashop_params),
    ("pos_terminal_electron_store_json", "camel", c_electron_store),
    ("shelf_scanner_expo_app_json", "camel", c_expo_app_json),
    ("shelf_scanner_react_native_config_env", "upper", c_rn_config_env),
    ("isbn_scanner_release_xcconfig", "upper", c_xcconfig),
    ("sales_analysis_jupyter_cell_json", "snake", c_notebook_cell),
    ("bookshop_owner_fish_history", "upper", c_fish_history),
    ("comic_shop_signal_group_chat", "spaced", c_signal_chat),
    ("bookseller_slack_huddle_notes", "spaced", c_slack_huddle),
    ("wholesaler_rep_outlook_email", "spaced", c_rep_email),
    ("bookshop_trello_card_comment", "spaced", c_trello_comment),
    ("stocktake_clipboard_photo_ocr", "title", c_clipboard_ocr),
    ("shop_handover_notion_export_md", "title", c_notion_export),
    ("special_order_airtable_csv_export", "title", c_airtable_csv),
    ("edi_gateway_syslog_kv_line", "snake", c_syslog_kv),
]
SPARE_CONTAINERS = [
    ("bookshop_ops_fly_toml_env", "upper", c_fly_toml),
    ("bookshop_ops_cloud_init_user_data", "upper", c_cloud_init),
    ("book_fair_laptop_sticky_note_ocr", "title", c_sticky_ocr),
    ("stock_api_direnv_flake_envrc", "upper", c_envrc_spare),
]


def pairing():
    """45 kinds in 15 blocks of three; each block deals a seeded permutation of the 12 types."""
    rng = random.Random(PAIR_SEED)
    out = []
    for b in range(15):
        perm = list(TYPE_NAMES)
        rng.shuffle(perm)
        for j in range(3):
            out.append(perm[4 * j:4 * j + 4])
    return out


def build(reg, start_index=1):
    rng = random.Random(SEED)
    pairs = pairing()
    recs = []
    n = start_index
    used = CONTAINERS
    assert len(used) == 45
    for (cname, style, fn), types in zip(used, pairs):
        for tname in types:
            _, words, kind, gen, _d = TYPE_BY_NAME[tname]
            if kind == "password":
                value = reg.draw(lambda: owner_password(rng))
            else:
                value = reg.draw(lambda: gen(rng))
            key = style_key(words, style)
            tpl = fn(key, rng)
            text, s, e = fill(tpl, value)
            recs.append(record("%s-s-%04d" % ("p193", n), tname, cname, text, s, e, "everyday"))
            n += 1
    return recs
