"""Everyday source: 12 secret types of this world x 45 container kinds, 4 records per kind."""
import base64
import hashlib
import random

from common217 import (ALNUM, DIGITS, HEX, MARK, b64u, jwt_hs, keyname, owner_password, place,
                       rbytes, rs, crc16_ccitt, damm)

SEED = 21701
PAIR_SEED = 21711

HOSTS = ["riverside-rc.lan", "otterpool-canoes.example", "ashdown-outdoor.lan", "weirside-boathouse.lan",
         "kingsmead-rowing.lan", "tarnbeck-centre.example"]


def gen_outing_log_api_key(rng):
    kid = rs(rng, DIGITS, 12)
    return "olk_" + kid + damm(kid) + "." + rs(rng, ALNUM, 32)


def gen_gauge_token(rng):
    body = rs(rng, ALNUM, 36)
    return "rgi_" + body + "%04x" % crc16_ccitt(body.encode())


def gen_flag_webhook_secret(rng):
    return "sfbsec_" + b64u(rbytes(rng, 32))


def gen_consent_jwt(rng):
    iat = 1767225600 + rng.randrange(0, 20000000)
    payload = {"iss": "consent." + rng.choice(HOSTS), "sub": "consent-worker-%d" % rng.randrange(1, 9),
               "aud": "school-trips", "scope": "forms:read forms:sign", "iat": iat, "exp": iat + 31536000}
    return jwt_hs({"alg": "HS384", "typ": "JWT"}, payload, rbytes(rng, 48), hashlib.sha384)


def gen_wireguard_key(rng):
    b = bytearray(rbytes(rng, 32))
    b[0] &= 248
    b[31] &= 127
    b[31] |= 64
    return base64.b64encode(bytes(b)).decode()


def gen_totp_seed(rng):
    return base64.b32encode(rbytes(rng, 20)).decode()


def pw(rng):
    return owner_password(rng)


TYPES = [
    # name, key words, generator, description
    ("boat_booking_admin_password", ["boat", "booking", "admin", "password"], pw,
     "owner-chosen admin password of the boat and paddle booking system"),
    ("crew_list_db_password", ["crew", "list", "db", "password"], pw,
     "owner-chosen password of the database holding crew lists and outing logs"),
    ("river_board_console_password", ["river", "board", "console", "password"], pw,
     "owner-chosen password of the river-level and safety-flag board console"),
    ("instructor_quals_portal_password", ["quals", "portal", "password"], pw,
     "owner-chosen password of the instructor qualifications and ratio portal"),
    ("trip_consent_portal_password", ["consent", "portal", "password"], pw,
     "owner-chosen password of the school-trip consent-form portal"),
    ("boathouse_door_controller_password", ["boathouse", "door", "password"], pw,
     "owner-chosen password of the boathouse / lock door access controller"),
    ("outing_log_api_key", ["outing", "log", "api", "key"], gen_outing_log_api_key,
     "`olk_` + 12-digit key id + its real Damm check digit + `.` + 32 base62; key of the outing-log API (layout invented)"),
    ("river_gauge_ingest_token", ["gauge", "ingest", "token"], gen_gauge_token,
     "`rgi_` + 36 base62 + 4 lower-case hex of the real CRC-16/CCITT-FALSE of those 36; token of the river-gauge ingest endpoint (layout invented)"),
    ("safety_flag_webhook_secret", ["flag", "webhook", "secret"], gen_flag_webhook_secret,
     "`sfbsec_` + unpadded base64url of 32 random bytes (43 characters); signs safety-flag board change webhooks (prefix invented)"),
    ("consent_service_jwt", ["consent", "service", "jwt"], gen_consent_jwt,
     "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 under a discarded key); bearer token of the consent-form worker"),
    ("boathouse_wireguard_private_key", ["wireguard", "private", "key"], gen_wireguard_key,
     "WireGuard private key: standard Base64 of 32 random bytes with X25519 clamping (44 characters); boathouse VPN peer"),
    ("key_safe_totp_seed", ["keysafe", "totp", "seed"], gen_totp_seed,
     "RFC 4648 Base32 of 20 random bytes (32 characters, no padding); TOTP seed of the launch-key safe"),
]

PASSWORD_TYPES = [t[0] for t in TYPES[:6]]


def h(rng):
    return rng.choice(HOSTS)


def C(k, sty):
    return lambda words: keyname(words, sty)


# each container: (name, style, fn(key, rng, kn) -> template with MARK); kn(words) gives sibling keys in style
def _t(s):
    return s


CONTAINERS = [
    ("boat_bookings_django_settings_local_py", "upper", lambda k, r, kn:
        "# settings_local.py – boat & paddle bookings (prod)\nfrom .settings import *  # noqa\n\nDEBUG = False\n"
        "ALLOWED_HOSTS = [\"bookings.%s\"]\n%s = \"%s\"\n%s = %d\n" % (h(r), k, MARK, kn(["slot", "minutes"]), r.choice([60, 90, 120]))),
    ("boat_bookings_rails_credentials_show", "snake", lambda k, r, kn:
        "$ EDITOR=cat bin/rails credentials:show --environment production\nbookings:\n  %s: %s\n  %s: %d\nactive_storage_service: local\n"
        % (k, MARK, kn(["max", "boats"]), r.randint(4, 12))),
    ("paddle_hire_express_dotenv", "upper", lambda k, r, kn:
        "NODE_ENV=production\nPORT=%d\n%s=https://hire.%s\n%s=%s\n%s=Europe/London\n" % (r.choice([3000, 8080, 5050]), kn(["public", "url"]), h(r), k, MARK, kn(["tz"]))),
    ("paddle_hire_fastapi_pydantic_settings_py", "snake", lambda k, r, kn:
        "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    hire_base_url: str = \"https://hire.%s\"\n"
        "    %s: str = \"%s\"\n    max_boats_per_booking: int = %d\n" % (h(r), k, MARK, r.randint(3, 8))),
    ("crew_lists_laravel_dotenv", "upper", lambda k, r, kn:
        "APP_NAME=\"Crew Lists\"\nAPP_ENV=production\nAPP_URL=https://crews.%s\nDB_CONNECTION=mysql\n%s=\"%s\"\nQUEUE_CONNECTION=redis\n" % (h(r), k, MARK)),
    ("crew_lists_ktor_application_conf", "camel", lambda k, r, kn:
        "ktor {\n  deployment { port = %d }\n  application { modules = [ club.crews.ApplicationKt.module ] }\n}\ncrews {\n  %s = \"%s\"\n  seatOrder = \"bow-to-stroke\"\n}\n" % (r.choice([8080, 8081]), k, MARK)),
    ("outing_logs_flutter_dart_define_json", "upper", lambda k, r, kn:
        "{\n  \"API_BASE\": \"https://outings.%s/api\",\n  \"%s\": \"%s\",\n  \"SHOW_TIDE_PANEL\": \"false\"\n}\n" % (h(r), k, MARK)),
    ("outing_logs_nuxt_runtime_config_ts", "camel", lambda k, r, kn:
        "export default defineNuxtConfig({\n  runtimeConfig: {\n    %s: '%s',\n    public: { apiBase: 'https://outings.%s' },\n  },\n})\n" % (k, MARK, h(r))),
    ("river_levels_grafana_datasource_yaml", "camel", lambda k, r, kn:
        "apiVersion: 1\ndatasources:\n  - name: river-gauges\n    type: influxdb\n    url: http://influx.%s:8086\n    jsonData:\n      dbName: gauges\n    secureJsonData:\n      %s: %s\n" % (h(r), k, MARK)),
    ("river_levels_telegraf_conf", "snake", lambda k, r, kn:
        "[agent]\n  interval = \"%ds\"\n[[inputs.http]]\n  urls = [\"http://gauge-%02d.%s/reading\"]\n  data_format = \"json\"\n[inputs.http.tags]\n  station = \"weir-upstream\"\n  %s = \"%s\"\n" % (r.choice([30, 60, 300]), r.randint(1, 9), h(r), k, MARK)),
    ("safety_flags_home_assistant_secrets_yaml", "snake", lambda k, r, kn:
        "# secrets.yaml\nlatitude_boathouse: 51.4%03d\nlongitude_boathouse: -0.3%03d\n%s: \"%s\"\n" % (r.randrange(1000), r.randrange(1000), k, MARK)),
    ("safety_flags_micropython_config_py", "upper", lambda k, r, kn:
        "# config.py on the flag-board ESP32\nBOARD_ID = \"flagboard-%d\"\nLED_PIN = %d\n%s = \"%s\"\nPOLL_SECONDS = 120\n" % (r.randint(1, 4), r.choice([2, 4, 5, 13]), k, MARK)),
    ("instructor_quals_dotnet_appsettings_json", "pascal", lambda k, r, kn:
        "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"Quals\": {\n    \"BaseUrl\": \"https://quals.%s\",\n    \"%s\": \"%s\"\n  }\n}\n" % (h(r), k, MARK)),
    ("instructor_ratios_elixir_prod_secret_exs", "snake", lambda k, r, kn:
        "import Config\n\nconfig :ratios, Ratios.Repo,\n  hostname: \"db.%s\",\n  pool_size: %d\n\nconfig :ratios, %s: \"%s\"\n" % (h(r), r.choice([5, 10]), k, MARK)),
    ("school_trips_craft_cms_dotenv", "upper", lambda k, r, kn:
        "CRAFT_APP_ID=CraftCMS--trips\nCRAFT_ENVIRONMENT=production\nPRIMARY_SITE_URL=https://trips.%s/\n%s=\"%s\"\n" % (h(r), k, MARK)),
    ("consent_forms_firebase_runtimeconfig_json", "snake", lambda k, r, kn:
        "{\n  \"consent\": {\n    \"region\": \"europe-west2\",\n    \"%s\": \"%s\"\n  }\n}\n" % (k, MARK)),
    ("consent_forms_supabase_functions_env", "upper", lambda k, r, kn:
        "# supabase/functions/.env\nSITE_URL=https://consent.%s\n%s=%s\nMAX_PDF_MB=8\n" % (h(r), k, MARK)),
    ("kit_checks_expo_app_json_extra", "camel", lambda k, r, kn:
        "{\n  \"expo\": {\n    \"name\": \"Kit Check\",\n    \"slug\": \"kit-check\",\n    \"extra\": {\n      \"apiUrl\": \"https://kit.%s\",\n      \"%s\": \"%s\"\n    }\n  }\n}\n" % (h(r), k, MARK)),
    ("kit_checks_android_local_properties", "dot", lambda k, r, kn:
        "sdk.dir=/home/build/Android/Sdk\nkit.api.url=https://kit.%s\nkit.%s=%s\n" % (h(r), k, MARK)),
    ("launch_keys_esp_idf_sdkconfig", "upper", lambda k, r, kn:
        "CONFIG_IDF_TARGET=\"esp32\"\nCONFIG_KEYSAFE_SLOTS=%d\nCONFIG_%s=\"%s\"\nCONFIG_LOG_DEFAULT_LEVEL_INFO=y\n" % (r.randint(4, 12), k, MARK)),
    ("launch_keys_platformio_ini_build_flags", "upper", lambda k, r, kn:
        "[env:keysafe]\nplatform = espressif32\nboard = esp32dev\nbuild_flags =\n  -D KEYSAFE_SLOTS=%d\n  -D %s=\\\"%s\\\"\n" % (r.randint(4, 12), k, MARK)),
    ("boathouse_access_node_red_credentials_json", "camel", lambda k, r, kn:
        "{\n  \"a1f%03d.7c2\": {\n    \"user\": \"doorbot\",\n    \"%s\": \"%s\"\n  }\n}\n" % (r.randrange(1000), k, MARK)),
    ("boathouse_access_openhab_services_cfg", "dot", lambda k, r, kn:
        "# services/boathouse.cfg\nboathouse.controller.host=door-ctl.%s\nboathouse.%s=%s\nboathouse.refresh=60\n" % (h(r), k, MARK)),
    ("lock_gates_modbus_gateway_ini", "snake", lambda k, r, kn:
        "[gateway]\nport = /dev/ttyUSB0\nbaud = 9600\nunit_id = %d\n\n[upstream]\nhost = locks.%s\n%s = %s\n" % (r.randint(1, 30), h(r), k, MARK)),
    ("centre_ops_ansible_group_vars_yml", "snake", lambda k, r, kn:
        "---\ncentre_timezone: Europe/London\ncentre_domain: %s\n%s: \"%s\"\nbackup_hour: %d\n" % (h(r), k, MARK, r.randint(1, 5))),
    ("centre_ops_pulumi_stack_config_yaml", "camel", lambda k, r, kn:
        "config:\n  aws:region: eu-west-2\n  riverside:%s: %s\n  riverside:instanceSize: t3.small\n" % (k, MARK)),
    ("centre_ops_nomad_job_hcl_env", "upper", lambda k, r, kn:
        "job \"bookings\" {\n  group \"web\" {\n    task \"app\" {\n      driver = \"docker\"\n      env {\n        APP_HOST = \"bookings.%s\"\n        %s = \"%s\"\n      }\n    }\n  }\n}\n" % (h(r), k, MARK)),
    ("centre_ops_systemd_unit_environment", "upper", lambda k, r, kn:
        "[Unit]\nDescription=River board poller\nAfter=network-online.target\n\n[Service]\nEnvironment=\"%s=%s\"\nExecStart=/opt/riverboard/bin/poller\nRestart=always\n" % (k, MARK)),
    ("centre_ops_kustomize_secret_generator_env", "upper", lambda k, r, kn:
        "# overlays/prod/secrets.env (read by secretGenerator)\nCENTRE_NAME=ashdown\n%s=%s\n" % (k, MARK)),
    ("centre_ops_github_actions_env_block", "upper", lambda k, r, kn:
        "name: deploy\non: [push]\nenv:\n  DEPLOY_HOST: deploy.%s\n  %s: %s\njobs:\n  ship:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n" % (h(r), k, MARK)),
    ("centre_ops_bitbucket_pipelines_yml", "upper", lambda k, r, kn:
        "image: python:3.12\npipelines:\n  default:\n    - step:\n        name: test\n        script:\n          - export %s='%s'\n          - pytest -q\n" % (k, MARK)),
    ("centre_ops_jenkinsfile_environment", "upper", lambda k, r, kn:
        "pipeline {\n  agent any\n  environment {\n    TARGET = 'bookings.%s'\n    %s = '%s'\n  }\n  stages { stage('Deploy') { steps { sh './deploy.sh' } } }\n}\n" % (h(r), k, MARK)),
    ("centre_ops_fish_history", "upper", lambda k, r, kn:
        "- cmd: cd /srv/bookings\n  when: %d\n- cmd: set -gx %s '%s'\n  when: %d\n- cmd: systemctl restart bookings\n  when: %d\n" % (1767300000 + r.randrange(9999), k, MARK, 1767310000 + r.randrange(9999), 1767320000 + r.randrange(9999))),
    ("centre_ops_powershell_profile_ps1", "upper", lambda k, r, kn:
        "# Microsoft.PowerShell_profile.ps1 on the boathouse office PC\nSet-Location C:\\Club\n$env:%s = '%s'\nImport-Module posh-git\n" % (k, MARK)),
    ("centre_ops_supervisord_conf_environment", "upper", lambda k, r, kn:
        "[program:flagboard]\ncommand=/opt/flagboard/venv/bin/python -m flagboard\nenvironment=TZ=\"Europe/London\",%s=\"%s\"\nautorestart=true\n" % (k, MARK)),
    ("centre_ops_cloud_init_user_data_yaml", "upper", lambda k, r, kn:
        "#cloud-config\nhostname: gauge-relay-%d\nruncmd:\n  - echo '%s=%s' >> /etc/environment\n  - systemctl enable --now gauge-relay\n" % (r.randint(1, 9), k, MARK)),
    ("rowing_club_whatsapp_committee_export", "spaced", lambda k, r, kn:
        "[%02d/%02d/2026, %02d:%02d] Captain Jo: booking system is back up\n[%02d/%02d/2026, %02d:%02d] Sam (Webmaster): the %s is %s – don't post it anywhere else\n"
        % (r.randint(1, 28), r.randint(1, 12), r.randint(6, 21), r.randint(0, 59), r.randint(1, 28), r.randint(1, 12), r.randint(6, 21), r.randint(0, 59), k, MARK)),
    ("canoe_hire_teams_channel_paste", "spaced", lambda k, r, kn:
        "Priya Shah  %02d:%02d\nMoved the hire site to the new box tonight.\nPriya Shah  %02d:%02d\n%s: %s\n" % (r.randint(7, 22), r.randint(0, 59), r.randint(7, 22), r.randint(0, 59), k, MARK)),
    ("outdoor_centre_trello_card_comment", "spaced", lambda k, r, kn:
        "Card: Move kit-check app to new server\nComment by tom.b: done, tested on the pontoon tablet. %s = %s\n" % (k, MARK)),
    ("instructors_signal_group_message", "spaced", lambda k, r, kn:
        "Lead Instructors (Signal)\nAlex: Anyone know the %s? Ratio sheet won't load\nMeg: %s\nAlex: 👍\n" % (k, MARK)),
    ("school_trip_leader_email_reply", "spaced", lambda k, r, kn:
        "From: bookings@%s\nSubject: Re: Year 8 canoe day – consent forms\n\nHi Mrs Okafor,\nas agreed on the phone, the %s for your group leader login is %s\nBest wishes,\nBookings team\n" % (h(r), k, MARK)),
    ("boathouse_noticeboard_photo_ocr", "title", lambda k, r, kn:
        "BOATHOUSE NOTICES\nRiver state: %s board\n%s\n%s\nLast kit check: %02d/%02d\n" % (r.choice(["RED", "AMBER", "GREEN"]), k, MARK, r.randint(1, 28), r.randint(1, 12))),
    ("kit_store_clipboard_scan_ocr", "title", lambda k, r, kn:
        "KIT STORE – SIGN OUT SHEET\nBuoyancy aids: %d out / %d in\n%s: %s\nInitials: ___\n" % (r.randint(2, 30), r.randint(2, 30), k, MARK)),
    ("crew_rota_excel_csv_export", "title", lambda k, r, kn:
        "Item,Value,Owner\nOuting Start,06:%02d,Head Coach\n%s,%s,Webmaster\nTrailer Hitch,Mon,Boatman\n" % (r.randint(0, 59), k, MARK)),
    ("centre_ops_zendesk_ticket_internal_note", "spaced", lambda k, r, kn:
        "Ticket #%d – Instructor can't log in\nInternal note (not visible to requester): reset done, %s now %s\n" % (r.randint(10000, 99999), k, MARK)),
]

SPARE_KINDS = ["river_levels_node_red_settings_js", "centre_ops_doppler_download_env"]


def pairing():
    """15 blocks of three kinds; each block gets a seeded permutation of the 12 types."""
    prng = random.Random(PAIR_SEED)
    deal = []
    for b in range(15):
        perm = list(range(12))
        prng.shuffle(perm)
        for j in range(3):
            deal.append(perm[4 * j:4 * j + 4])
    return deal


def generate(reg, ids):
    rng = random.Random(SEED)
    recs = []
    deal = pairing()
    for ci, (cname, style, fn) in enumerate(CONTAINERS):
        for ti in deal[ci]:
            tname, words, gen, _desc = TYPES[ti]
            value = reg.draw(lambda: gen(rng))
            k = keyname(words, style)
            tmpl = fn(k, rng, lambda w, s=style: keyname(w, s))
            text, s, e = place(tmpl, value)
            recs.append((tname, cname, text, s, e))
    return recs
