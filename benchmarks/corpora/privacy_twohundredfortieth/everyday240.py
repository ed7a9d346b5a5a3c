"""Everyday source: 12 secret types of the choir / orchestra / concert-hall world x 45 container kinds."""
import base64
import random
import re

from common240 import (ALNUM, DIGITS, HEX, LALNUM, UALNUM, PEOPLE, USERS, PUBLIC_HOSTS, INTERNAL_HOSTS,
                       owner_password, rand_str, rand_bytes, damm_digit, damm_ok, adler32_hex,
                       iso7064_97_10_check, iso7064_97_10_ok, age_secret_key, bech32_verify,
                       style_key, fill, make_span, PW_RE)

SEED_VALUES = 24001
SEED_PAIRING = 24011

# type -> (key words, description, kind)
TYPES = [
    ("box_office_backoffice_admin_password", ["box", "office", "admin", "password"],
     "owner-chosen admin password of the box-office back office (events, holds, refunds)", "pw"),
    ("choir_member_portal_admin_password", ["choir", "portal", "admin", "password"],
     "owner-chosen admin password of the choir's member portal (rehearsal plans, subscriptions, part tracks)", "pw"),
    ("score_library_archive_password", ["score", "library", "password"],
     "owner-chosen password of the orchestra librarian's score and parts archive", "pw"),
    ("hall_lighting_console_password", ["lighting", "console", "password"],
     "owner-chosen network password of the concert-hall lighting console", "pw"),
    ("surtitle_operator_pc_password", ["surtitle", "pc", "password"],
     "owner-chosen login password of the surtitle / supertitle operator PC", "pw"),
    ("patron_crm_database_password", ["patron", "db", "password"],
     "owner-chosen password of the patron / donor CRM database", "pw"),
    ("box_office_damm_sales_key", ["box", "office", "sales", "key"],
     "`bxo_` + 10-digit venue number + its real Damm check digit + `_` + 32 base62; key of the box-office "
     "sales API used by resellers (layout invented)", "gen"),
    ("seat_map_webhook_adler32_secret", ["seat", "map", "webhook", "secret"],
     "`smw_` + 40 base62 + `_` + 8 lower-case hex of the real Adler-32 of those 40 characters; signs the "
     "seat-map change webhooks (layout invented)", "gen"),
    ("gate_scanner_iso7064_token", ["gate", "scanner", "token"],
     "`gsc_` + 26 upper-case alphanumerics + 2 real ISO 7064 MOD 97-10 check digits over them (IBAN-style "
     "letter values); token of the door / gate ticket scanners (layout invented)", "gen"),
    ("ticketing_laravel_app_key", ["ticketing", "app", "key"],
     "Laravel `APP_KEY`: `base64:` + standard Base64 of 32 random bytes; encrypts the ticketing site's "
     "cookies and sessions", "gen"),
    ("choir_portal_rails_secret_key_base", ["secret", "key", "base"],
     "Rails `secret_key_base`: 128 lower-case hex (64 random bytes); signs the choir portal's sessions", "gen"),
    ("score_backup_age_secret_key", ["age", "backup", "identity"],
     "age X25519 identity: `AGE-SECRET-KEY-1` + 58 upper-case Bech32 characters (32 random bytes and a real "
     "Bech32 checksum); decrypts the score-archive backups", "gen"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_WORDS = {t[0]: t[1] for t in TYPES}
TYPE_DESC = {t[0]: t[2] for t in TYPES}
TYPE_KIND = {t[0]: t[3] for t in TYPES}


def gen_value(rng, typ):
    if TYPE_KIND[typ] == "pw":
        return owner_password(rng)
    if typ == "box_office_damm_sales_key":
        venue = str(rng.randint(1, 9)) + rand_str(rng, DIGITS, 9)
        return "bxo_" + venue + damm_digit(venue) + "_" + rand_str(rng, ALNUM, 32)
    if typ == "seat_map_webhook_adler32_secret":
        body = rand_str(rng, ALNUM, 40)
        return "smw_" + body + "_" + adler32_hex(body)
    if typ == "gate_scanner_iso7064_token":
        body = rand_str(rng, UALNUM, 26)
        return "gsc_" + body + iso7064_97_10_check(body)
    if typ == "ticketing_laravel_app_key":
        return "base64:" + base64.b64encode(rand_bytes(rng, 32)).decode()
    if typ == "choir_portal_rails_secret_key_base":
        return rand_bytes(rng, 64).hex()
    if typ == "score_backup_age_secret_key":
        return age_secret_key(rng)
    raise KeyError(typ)


def check_value(typ, v):
    """Return a list of problems with an everyday value."""
    errs = []
    if TYPE_KIND[typ] == "pw":
        if not PW_RE.match(v):
            errs.append("password form")
    elif typ == "box_office_damm_sales_key":
        m = re.fullmatch(r"bxo_([0-9]{11})_[A-Za-z0-9]{32}", v)
        if not m or not damm_ok(m.group(1)):
            errs.append("damm")
    elif typ == "seat_map_webhook_adler32_secret":
        m = re.fullmatch(r"smw_([A-Za-z0-9]{40})_([0-9a-f]{8})", v)
        if not m or adler32_hex(m.group(1)) != m.group(2):
            errs.append("adler32")
    elif typ == "gate_scanner_iso7064_token":
        m = re.fullmatch(r"gsc_([A-Z0-9]{26}[0-9]{2})", v)
        if not m or not iso7064_97_10_ok(m.group(1)):
            errs.append("iso7064")
    elif typ == "ticketing_laravel_app_key":
        m = re.fullmatch(r"base64:([A-Za-z0-9+/]{43}=)", v)
        if not m or len(base64.b64decode(m.group(1))) != 32:
            errs.append("laravel key")
    elif typ == "choir_portal_rails_secret_key_base":
        if not re.fullmatch(r"[0-9a-f]{128}", v):
            errs.append("rails key")
    elif typ == "score_backup_age_secret_key":
        if not re.fullmatch(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", v) or not bech32_verify(v):
            errs.append("age bech32")
    return errs


# kind -> (style, description, template). ⟦K⟧ key, ⟦V⟧ value, ⟦H⟧ public host, ⟦I⟧ internal host,
# ⟦U⟧ user name, ⟦P⟧ person.
KINDS = [
    ("box_office_laravel_env", "upper", "Laravel `.env` of the box-office site",
     'APP_NAME="Riverside Hall Box Office"\nAPP_ENV=production\nAPP_DEBUG=false\nAPP_URL=https://tickets.⟦H⟧\n'
     'DB_CONNECTION=mysql\nDB_HOST=⟦I⟧\nDB_DATABASE=boxoffice\nDB_USERNAME=⟦U⟧\n⟦K⟧=⟦V⟧\nQUEUE_CONNECTION=redis\n'
     'MAIL_FROM_ADDRESS=tickets@⟦H⟧\n'),
    ("box_office_symfony_parameters_yaml", "snake", "Symfony `config/services.yaml` parameters",
     "parameters:\n    locale: en\n    box_office.venue_code: RSH\n    ⟦K⟧: '⟦V⟧'\n    box_office.hold_minutes: 15\n\n"
     "services:\n    _defaults:\n        autowire: true\n        autoconfigure: true\n"),
    ("choir_portal_rails_credentials_yml", "snake", "decrypted Rails `credentials.yml` of the choir portal",
     "# rails credentials:edit --environment production\nsmtp:\n  user_name: mailer@⟦H⟧\n  address: smtp.⟦H⟧\n"
     "⟦K⟧: ⟦V⟧\nactive_storage_bucket: choir-portal-uploads\n"),
    ("box_office_spring_application_yml", "kebab", "Spring Boot `application-prod.yml` of the ticketing API",
     "spring:\n  datasource:\n    url: jdbc:postgresql://⟦I⟧:5432/ticketing\n    username: ⟦U⟧\nbox-office:\n"
     "  venue: riverside-main-hall\n  ⟦K⟧: \"⟦V⟧\"\nserver:\n  port: 8443\n"),
    ("box_office_aspnet_appsettings_json", "pascal", "ASP.NET Core `appsettings.Production.json`",
     '{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "BoxOffice": {\n    "VenueId": "RSH-MAIN",\n'
     '    "⟦K⟧": "⟦V⟧",\n    "HoldMinutes": 15\n  },\n  "AllowedHosts": "tickets.⟦H⟧"\n}\n'),
    ("choir_portal_phoenix_runtime_exs", "snake", "Phoenix `config/runtime.exs` of the choir portal",
     "import Config\n\nif config_env() == :prod do\n  config :choir_portal, ChoirPortal.Repo,\n"
     "    hostname: \"⟦I⟧\",\n    username: \"⟦U⟧\"\n\n  config :choir_portal, ChoirPortal.Secrets,\n"
     "    ⟦K⟧: \"⟦V⟧\"\nend\n"),
    ("choir_portal_flask_instance_config_py", "upper", "Flask `instance/config.py` of the rehearsal planner",
     "# instance/config.py -- not in git\nSERVER_NAME = \"rehearsals.⟦H⟧\"\nSQLALCHEMY_DATABASE_URI = "
     "\"postgresql+psycopg://⟦U⟧@⟦I⟧/rehearsals\"\n⟦K⟧ = \"⟦V⟧\"\nPART_TRACKS_DIR = \"/srv/tracks\"\n"),
    ("choir_portal_fastapi_settings_env", "upper", "pydantic-settings `.env` of the FastAPI attendance service",
     "# attendance-api/.env\nENVIRONMENT=production\nDATABASE_HOST=⟦I⟧\nDATABASE_USER=⟦U⟧\n⟦K⟧=⟦V⟧\n"
     "CORS_ORIGINS=https://choir.⟦H⟧\n"),
    ("choir_app_flutter_dart_define_json", "upper", "Flutter `--dart-define-from-file` JSON of the member app",
     '{\n  "API_BASE_URL": "https://api.⟦H⟧",\n  "FLAVOR": "prod",\n  "⟦K⟧": "⟦V⟧",\n  "SENTRY_ENV": "production"\n}\n'),
    ("choir_app_expo_app_config_js", "camel", "Expo `app.config.js` of the member app",
     "export default {\n  name: 'Lindenvale Choir',\n  slug: 'lindenvale-choir',\n  version: '3.2.0',\n"
     "  extra: {\n    apiBaseUrl: 'https://api.⟦H⟧',\n    ⟦K⟧: '⟦V⟧',\n  },\n};\n"),
    ("choir_app_android_local_properties", "dot", "Android `local.properties` of the member app",
     "## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/Users/⟦U⟧/Library/Android/sdk\n"
     "⟦K⟧=⟦V⟧\nflutter.versionCode=214\n"),
    ("score_library_nextcloud_config_php", "snake", "Nextcloud `config/config.php` of the score library",
     "<?php\n$CONFIG = array (\n  'instanceid' => 'oc8k2x7qz1ab',\n  'trusted_domains' => array (0 => 'scores.⟦H⟧'),\n"
     "  'dbtype' => 'pgsql',\n  'dbhost' => '⟦I⟧',\n  '⟦K⟧' => '⟦V⟧',\n  'maintenance' => false,\n);\n"),
    ("score_archive_restic_env_sh", "upper", "restic environment script of the score-archive backup",
     "#!/bin/sh\n# sourced by /etc/cron.d/score-backup\nexport RESTIC_REPOSITORY=s3:https://s3.⟦H⟧/score-archive\n"
     "export ⟦K⟧='⟦V⟧'\nexport RESTIC_CACHE_DIR=/var/cache/restic\n"),
    ("score_archive_borgmatic_yaml", "snake", "borgmatic `config.yaml` of the parts archive",
     "source_directories:\n    - /srv/parts\n    - /srv/scores\nrepositories:\n    - path: ssh://⟦U⟧@⟦I⟧/./parts.borg\n"
     "⟦K⟧: \"⟦V⟧\"\nkeep_daily: 7\nkeep_weekly: 8\n"),
    ("rehearsal_room_home_assistant_secrets_yaml", "snake", "Home Assistant `secrets.yaml` of the rehearsal room",
     "# rehearsal room climate + piano humidifier\nlatitude_home: 51.4545\nmqtt_user: ⟦U⟧\n⟦K⟧: \"⟦V⟧\"\n"
     "piano_humidity_target: 45\n"),
    ("hall_lighting_qlcplus_workspace_xml", "camel", "QLC+ workspace XML of the hall lighting rig",
     '<?xml version="1.0" encoding="UTF-8"?>\n<Workspace CurrentWindow="VirtualConsole">\n <Engine>\n'
     '  <InputOutputMap>\n   <Universe Name="Stage" ID="0"/>\n  </InputOutputMap>\n </Engine>\n'
     ' <Properties>\n  <Property name="⟦K⟧" value="⟦V⟧"/>\n </Properties>\n</Workspace>\n'),
    ("hall_av_qsys_lua_script", "camel", "Q-SYS control Lua script of the hall AV system",
     "-- Q-SYS Designer: Control Script 'HallPresets'\nlocal coreAddress = \"⟦I⟧\"\nlocal ⟦K⟧ = \"⟦V⟧\"\n"
     "Controls.Preset.EventHandler = function(ctl)\n  print('recall preset ' .. ctl.String)\nend\n"),
    ("hall_av_crestron_simplsharp_cs", "pascal", "Crestron SIMPL# C# constants of the hall control processor",
     "namespace RiversideHall.Control\n{\n    internal static class SiteConfig\n    {\n"
     "        public const string ProcessorHost = \"⟦I⟧\";\n        public const string ⟦K⟧ = \"⟦V⟧\";\n"
     "        public const int RoomCount = 4;\n    }\n}\n"),
    ("livestream_obs_profile_ini", "pascal", "OBS Studio profile `basic.ini` of the concert livestream PC",
     "[General]\nName=Concert Stream\n\n[Video]\nBaseCX=1920\nBaseCY=1080\nFPSCommon=30\n\n[Hall]\n⟦K⟧=⟦V⟧\n"
     "RecFormat=mkv\n"),
    ("livestream_encoder_systemd_env_conf", "upper", "systemd drop-in of the stream encoder service",
     "# /etc/systemd/system/stream-encoder.service.d/override.conf\n[Service]\nEnvironment=\"SRT_TARGET=⟦I⟧:9000\"\n"
     "Environment=\"⟦K⟧=⟦V⟧\"\nRestart=always\n"),
    ("surtitles_electron_store_json", "camel", "electron-store `config.json` of the surtitle player",
     '{\n  "windowBounds": { "width": 1600, "height": 900 },\n  "lastProduction": "la-boheme-2024",\n'
     '  "⟦K⟧": "⟦V⟧",\n  "fontSize": 44\n}\n'),
    ("surtitles_dotnet_user_secrets_json", "pascal", ".NET user-secrets `secrets.json` of the surtitle cue tool",
     '{\n  "Surtitles:CueServer": "⟦I⟧",\n  "Surtitles:⟦K⟧": "⟦V⟧",\n  "Surtitles:Language": "en-GB"\n}\n'),
    ("ticket_scanner_platformio_ini", "upper", "PlatformIO `platformio.ini` of the ESP32 door scanner",
     "[env:door-scanner]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n"
     "    -D SCAN_API_HOST=\\\"⟦I⟧\\\"\n    -D ⟦K⟧=\\\"⟦V⟧\\\"\nmonitor_speed = 115200\n"),
    ("ticket_scanner_micropython_config_py", "upper", "MicroPython `config.py` of the hand-held ticket scanner",
     "# config.py -- copied to the scanner with mpremote\nWIFI_SSID = \"RH-FOH\"\nAPI_HOST = \"⟦I⟧\"\n"
     "⟦K⟧ = '⟦V⟧'\nBEEP_ON_VALID = True\n"),
    ("patron_crm_odoo_conf", "snake", "Odoo `odoo.conf` of the patron CRM",
     "[options]\naddons_path = /opt/odoo/addons,/opt/odoo/patron_addons\ndb_host = ⟦I⟧\ndb_user = ⟦U⟧\n"
     "⟦K⟧ = ⟦V⟧\nworkers = 4\n"),
    ("patron_crm_civicrm_settings_php", "upper", "CiviCRM `civicrm.settings.php` excerpt",
     "<?php\nif (!defined('CIVICRM_UF')) {\n  define('CIVICRM_UF', 'WordPress');\n}\n"
     "define('CIVICRM_UF_BASEURL', 'https://friends.⟦H⟧/');\ndefine('⟦K⟧', '⟦V⟧');\n"),
    ("patron_crm_metabase_env", "upper", "Metabase environment file of the donor dashboards",
     "MB_DB_TYPE=postgres\nMB_DB_HOST=⟦I⟧\nMB_DB_USER=⟦U⟧\n⟦K⟧=⟦V⟧\nMB_SITE_URL=https://insights.⟦H⟧\n"),
    ("tour_planner_rust_config_toml", "snake", "Rust `config.toml` of the tour planner",
     "[server]\nbind = \"0.0.0.0:8080\"\n\n[database]\nhost = \"⟦I⟧\"\nuser = \"⟦U⟧\"\n\n[secrets]\n⟦K⟧ = \"⟦V⟧\"\n"),
    ("tour_planner_ktor_application_conf", "camel", "Ktor `application.conf` (HOCON) of the tour planner",
     "ktor {\n    deployment { port = 8080 }\n    application { modules = [ org.northgate.tour.ApplicationKt.module ] }\n}\n"
     "tour {\n    venueFeed = \"https://venues.⟦H⟧/feed\"\n    ⟦K⟧ = \"⟦V⟧\"\n}\n"),
    ("tour_planner_node_config_json", "camel", "node-config `config/production.json` of the tour planner",
     '{\n  "server": { "port": 3000 },\n  "tour": {\n    "season": "2024-25",\n    "⟦K⟧": "⟦V⟧"\n  }\n}\n'),
    ("ops_ansible_group_vars_yml", "snake", "Ansible `group_vars/hall_servers.yml`",
     "---\nntp_servers:\n  - 0.uk.pool.ntp.org\nhall_admin_user: ⟦U⟧\n⟦K⟧: \"⟦V⟧\"\nfirewall_allow_ssh_from: 10.20.0.0/16\n"),
    ("ops_terraform_tfvars_json", "snake", "Terraform `prod.auto.tfvars.json`",
     '{\n  "region": "eu-west-2",\n  "instance_type": "t3.medium",\n  "⟦K⟧": "⟦V⟧",\n  "dns_zone": "⟦H⟧"\n}\n'),
    ("ops_docker_compose_override_yml", "upper", "`docker-compose.override.yml` of the box-office stack",
     "services:\n  web:\n    image: registry.⟦H⟧/boxoffice:2.4.1\n    environment:\n      APP_ENV: production\n"
     "      ⟦K⟧: \"⟦V⟧\"\n    ports:\n      - \"8080:8080\"\n"),
    ("ops_nomad_job_hcl", "upper", "Nomad job specification of the stream relay",
     "job \"stream-relay\" {\n  datacenters = [\"hall\"]\n  group \"relay\" {\n    task \"srt\" {\n      driver = \"docker\"\n"
     "      env {\n        ⟦K⟧ = \"⟦V⟧\"\n      }\n    }\n  }\n}\n"),
    ("ops_flyctl_secrets_set_history", "upper", "shell history of `fly secrets set`",
     "  501  fly status -a riverside-boxoffice\n  502  fly secrets set ⟦K⟧=⟦V⟧ -a riverside-boxoffice\n"
     "  503  fly deploy --strategy rolling\n"),
    ("ops_circleci_config_yml", "upper", "CircleCI `.circleci/config.yml`",
     "version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/php:8.3\n    environment:\n"
     "      ⟦K⟧: ⟦V⟧\n    steps:\n      - checkout\n      - run: ./deploy.sh\n"),
    ("ops_bitbucket_pipelines_yml", "upper", "Bitbucket `bitbucket-pipelines.yml`",
     "image: node:20\npipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy portal\n"
     "          script:\n            - export ⟦K⟧=⟦V⟧\n            - npm ci && npm run deploy\n"),
    ("ops_azure_pipelines_yml", "upper", "Azure Pipelines `azure-pipelines.yml`",
     "trigger:\n  - main\npool:\n  vmImage: ubuntu-latest\nvariables:\n  BUILD_CONFIGURATION: Release\n"
     "  ⟦K⟧: '⟦V⟧'\nsteps:\n  - script: dotnet publish -c $(BUILD_CONFIGURATION)\n"),
    ("ops_fish_shell_history", "upper", "fish shell history file",
     "- cmd: cd ~/src/boxoffice\n  when: 1709801234\n- cmd: set -gx ⟦K⟧ '⟦V⟧'\n  when: 1709801302\n"
     "- cmd: php artisan queue:work\n  when: 1709801340\n"),
    ("ops_psreadline_history_txt", "upper", "PowerShell PSReadLine `ConsoleHost_history.txt`",
     "cd C:\\Hall\\Surtitles\n$env:⟦K⟧ = '⟦V⟧'\n.\\SurtitleCue.exe --production boheme\nGet-Service *cue*\n"),
    ("choir_whatsapp_chat_export_txt", "spaced", "WhatsApp group chat export",
     "[12/03/2024, 19:41:07] ⟦P⟧: Sorry all, running late for sectionals\n"
     "[12/03/2024, 19:42:55] ⟦P2⟧: for whoever sets up tonight the ⟦K⟧ is ⟦V⟧ please don't forward it\n"
     "[12/03/2024, 19:43:20] ⟦P⟧: 👍\n"),
    ("orchestra_discord_channel_copy", "spaced", "Discord channel copy from the orchestra's tech channel",
     "⟦P⟧ — Today at 18:02\nanyone know why the stage PC won't log in?\n⟦P2⟧ — Today at 18:05\n"
     "⟦K⟧ changed last week, it's ⟦V⟧ now\n⟦P⟧ — Today at 18:06\nthanks, in now\n"),
    ("box_office_zendesk_ticket_comment", "spaced", "Zendesk ticket comment in the box-office helpdesk",
     "Ticket #48213 – Scanner app not syncing\nInternal note by ⟦P⟧:\nSpoke to the vendor. They need the "
     "⟦K⟧ to reproduce; gave them ⟦V⟧ over the phone, will rotate after the matinee.\nStatus: Pending\n"),
    ("librarian_spreadsheet_csv_export", "title", "orchestra office spreadsheet CSV export",
     "System,Field,Value,Owner,Updated\nScore archive,Host,⟦I⟧,librarian,2024-02-11\n"
     "Hall systems,⟦K⟧,⟦V⟧,⟦U⟧,2024-02-19\nBox office,Support line,+44 20 7946 0321,fohmanager,2024-01-30\n"),
    ("conductor_score_margin_ocr", "title", "OCR of a handwritten note in a conductor's score margin",
     "[OCR p.37, right margin]\nbar 112 – horns sempre p!!\nremind Ingrid: ⟦K⟧ ⟦V⟧\n(for the library laptop)\n"
     "ritard. from 118 →\n"),
]
KIND_NAMES = [k[0] for k in KINDS]
KIND_STYLE = {k[0]: k[1] for k in KINDS}
KIND_DESC = {k[0]: k[2] for k in KINDS}
KIND_TEMPLATE = {k[0]: k[3] for k in KINDS}


def pairing():
    """45 kinds in 15 blocks of three; each block deals a seeded permutation of the 12 types, four per kind."""
    rng = random.Random(SEED_PAIRING)
    assign = {}
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            assign[KIND_NAMES[3 * b + j]] = perm[4 * j:4 * j + 4]
    return assign


def generate(reg):
    rng = random.Random(SEED_VALUES)
    recs = []
    assign = pairing()
    for kind in KIND_NAMES:
        for typ in assign[kind]:
            value = reg.draw(lambda: gen_value(rng, typ))
            key = style_key(TYPE_WORDS[typ], KIND_STYLE[kind])
            p1, p2 = rng.sample(PEOPLE, 2)
            text, start = fill(KIND_TEMPLATE[kind], value, K=key, H=rng.choice(PUBLIC_HOSTS),
                               I=rng.choice(INTERNAL_HOSTS), U=rng.choice(USERS), P=p1, P2=p2)
            recs.append({"type": typ, "container": kind, "text": text,
                         "secrets": [make_span(value, start, typ)], "source": "everyday"})
    return recs
