"""Everyday source: 12 secret types x 45 container kinds, 4 records per kind (180)."""
import base64
import random
import re

from common224 import (ALNUM_LOW, B62, DIG, HEXL, SEEDS, SLOT, PW_RE, adler_hex, jwt_hs, key,
                       luhn_digit, luhn_ok, mod97_10_digits, mod97_10_ok, hex_to_digits, password,
                       rs, uuid4, record, jwt_ok)

DJANGO_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


def g_cti(rng):
    body = rs(rng, B62, 32)
    return "cti_" + body + "_" + adler_hex(body)


def c_cti(v):
    m = re.fullmatch(r"cti_([0-9A-Za-z]{32})_([0-9a-f]{8})", v)
    return bool(m) and adler_hex(m.group(1)) == m.group(2)


def g_grk(rng):
    acct = rs(rng, "123456789", 1) + rs(rng, DIG, 10)
    return "grk_" + acct + luhn_digit(acct) + "_" + rs(rng, B62, 30)


def c_grk(v):
    m = re.fullmatch(r"grk_([0-9]{12})_[0-9A-Za-z]{30}", v)
    return bool(m) and luhn_ok(m.group(1))


def g_ows(rng):
    body = rs(rng, HEXL, 32)
    return "ows_" + body + mod97_10_digits(hex_to_digits(body))


def c_ows(v):
    m = re.fullmatch(r"ows_([0-9a-f]{32})([0-9]{2})", v)
    return bool(m) and mod97_10_ok(hex_to_digits(m.group(1)) + m.group(2))


def g_jwt(rng):
    payload = {
        "sub": "family-%d" % rng.randint(10000, 99999),
        "fid": "F%06d" % rng.randint(0, 999999),
        "scope": rng.choice(["tributes:write", "service:view", "livestream:view"]),
        "iat": 1767225600 + rng.randint(0, 9000000),
    }
    payload["exp"] = payload["iat"] + 86400 * 14
    return jwt_hs(rng, payload, "HS512")


def c_jwt(v):
    import json, base64 as b
    if not jwt_ok(v):
        return False
    h = json.loads(b.urlsafe_b64decode(v.split(".")[0] + "=="))
    return h.get("alg") == "HS512"


def g_fernet(rng):
    return base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()


def c_fernet(v):
    return bool(re.fullmatch(r"[A-Za-z0-9_-]{43}=", v)) and len(base64.urlsafe_b64decode(v)) == 32


def g_django(rng):
    return rs(rng, DJANGO_CHARS, 50)


def c_django(v):
    return len(v) == 50 and all(c in DJANGO_CHARS for c in v)


def c_pw(v):
    return bool(PW_RE.match(v))


# type, key words, description, generator, checker
TYPES = [
    ("arrangement_crm_admin_password", "arrangement crm admin password",
     "owner-chosen admin password of the funeral-arrangement CRM (families, deceased, service plans)", password, c_pw),
    ("crematorium_booking_portal_password", "crematorium booking password",
     "owner-chosen password of the crematorium booking portal (chapel slots, committals)", password, c_pw),
    ("mortuary_fridge_controller_password", "mortuary fridge password",
     "owner-chosen password of the mortuary cold-room controller console", password, c_pw),
    ("memorial_mason_quote_app_password", "mason quote app password",
     "owner-chosen password of the memorial-mason quote and lettering app", password, c_pw),
    ("funeral_livestream_encoder_password", "livestream encoder password",
     "owner-chosen password of the chapel livestream encoder", password, c_pw),
    ("obituary_site_cms_password", "obituary cms password",
     "owner-chosen password of the obituary and tribute site CMS", password, c_pw),
    ("cremator_telemetry_ingest_token", "cremator telemetry token",
     "`cti_` + 32 base62 + `_` + 8 lower-case hex of the real Adler-32 of those 32 characters; token the cremator "
     "controllers use to post temperatures and cycle logs (layout invented)", g_cti, c_cti),
    ("grave_register_api_key", "grave register api key",
     "`grk_` + 11-digit cemetery account + its real Luhn digit + `_` + 30 base62; key of the grave-register API "
     "(layout invented)", g_grk, c_grk),
    ("obituary_webhook_signing_secret", "obituary webhook signing secret",
     "`ows_` + 32 lower-case hex + 2 real ISO 7064 MOD 97-10 check digits over the hex read as decimal digit "
     "groups; signs tribute-site webhooks (layout invented)", g_ows, c_ows),
    ("family_portal_hs512_jwt", "family portal jwt",
     "real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 under a discarded key); bearer token of the "
     "family portal", g_jwt, c_jwt),
    ("deceased_records_fernet_key", "deceased records fernet key",
     "Fernet key: URL-safe Base64 of 32 random bytes with its `=` (44 characters); encrypts the deceased-records "
     "export", g_fernet, c_fernet),
    ("arrangement_app_django_secret_key", "django secret key",
     "Django `SECRET_KEY`: 50 characters from Django's own generator alphabet (a-z 0-9 !@#$%^&*(-_=+)); signs "
     "sessions of the arrangement app", g_django, c_django),
]

H_CRM = "arrange.eastgate-funerals.example"
H_CREM = "bookings.northfield-crem.example"
H_YARD = "yard.hollins-memorials.example"


def _kv_lines(pairs, fmt):
    return "\n".join(fmt.format(k=k, v=v) for k, v in pairs)


# container kind -> (style, template builder(k) -> template with SLOT)
def K(style, fn):
    return (style, fn)


KINDS = {
    "arrangement_crm_django_settings_py": K("upper", lambda k: (
        "# arrangement/settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\n"
        "ALLOWED_HOSTS = [\"%s\"]\nTIME_ZONE = \"Europe/London\"\n%s = \"%s\"\n"
        "SESSION_COOKIE_SECURE = True\n" % (H_CRM, k, SLOT))),
    "arrangement_crm_dotenv_production": K("upper", lambda k: (
        "# .env.production (arrangement CRM)\nAPP_ENV=production\nAPP_URL=https://%s\n"
        "DB_HOST=10.20.4.11\nDB_PORT=5432\n%s=\"%s\"\nQUEUE_DRIVER=redis\n" % (H_CRM, k, SLOT))),
    "arrangement_crm_celery_config_py": K("snake", lambda k: (
        "# celeryconfig.py\nbroker_url = \"redis://10.20.4.12:6379/3\"\ntask_serializer = \"json\"\n"
        "timezone = \"Europe/London\"\n%s = \"%s\"\nworker_prefetch_multiplier = 1\n" % (k, SLOT))),
    "crematorium_booking_spring_application_properties": K("dot", lambda k: (
        "# application-prod.properties\nserver.port=8443\nspring.datasource.url=jdbc:postgresql://10.30.1.5:5432/bookings\n"
        "crem.%s=%s\nchapel.slot.minutes=45\n" % (k, SLOT))),
    "crematorium_booking_micronaut_application_yml": K("camel", lambda k: (
        "micronaut:\n  application:\n    name: crem-bookings\n  server:\n    port: 8081\n"
        "bookings:\n  chapelSlots: 45\n  %s: '%s'\n" % (k, SLOT))),
    "crematorium_booking_dotnet_user_secrets_json": K("pascal", lambda k: (
        "{\n  \"ConnectionStrings:Bookings\": \"Server=10.30.1.6;Database=Bookings;Integrated Security=true\",\n"
        "  \"Crematorium:%s\": \"%s\",\n  \"Crematorium:ChapelCount\": \"2\"\n}\n" % (k, SLOT))),
    "crematorium_booking_web_config_appsettings_xml": K("pascal", lambda k: (
        "<configuration>\n  <appSettings>\n    <add key=\"ChapelSlotMinutes\" value=\"45\" />\n"
        "    <add key=\"%s\" value=\"%s\" />\n    <add key=\"RegistrarEmail\" value=\"registrar@northfield-crem.example\" />\n"
        "  </appSettings>\n</configuration>\n" % (k, SLOT))),
    "mortuary_controller_esphome_secrets_yaml": K("snake", lambda k: (
        "# esphome/secrets.yaml (cold room 2)\nwifi_ssid: \"Mortuary-IoT\"\nota_port: 3232\n"
        "%s: \"%s\"\nfallback_ap_ssid: \"coldroom2-setup\"\n" % (k, SLOT))),
    "mortuary_controller_openhab_services_cfg": K("camel", lambda k: (
        "# services/mortuary.cfg\norg.openhab.mortuary:pollingInterval=60\norg.openhab.mortuary:alarmTempC=6\n"
        "org.openhab.mortuary:%s=%s\n" % (k, SLOT))),
    "mortuary_controller_telegraf_conf": K("snake", lambda k: (
        "[agent]\n  interval = \"30s\"\n  hostname = \"coldroom-gw\"\n\n[[outputs.http]]\n"
        "  url = \"https://telemetry.eastgate-funerals.example/ingest\"\n  [outputs.http.headers]\n"
        "    X-Site = \"eastgate\"\n  [global_tags]\n    %s = \"%s\"\n" % (k, SLOT))),
    "mortuary_controller_arduino_secrets_h": K("upper", lambda k: (
        "// arduino_secrets.h - cold room door sensor\n#define SECRET_SSID \"Mortuary-IoT\"\n"
        "#define %s \"%s\"\n#define ALARM_TEMP_C 6\n" % (k, SLOT))),
    "mason_quote_laravel_config_services_php": K("snake", lambda k: (
        "<?php\n\nreturn [\n    'lettering' => [\n        'price_per_letter' => 350,\n        '%s' => '%s',\n    ],\n"
        "    'stone_supplier' => ['host' => 'granite-supplies.example'],\n];\n" % (k, SLOT))),
    "mason_quote_wordpress_wp_config_php": K("upper", lambda k: (
        "<?php\ndefine( 'DB_NAME', 'masonquotes' );\ndefine( 'DB_HOST', 'localhost' );\n"
        "define( '%s', '%s' );\n$table_prefix = 'mq_';\n" % (k, SLOT))),
    "mason_quote_tauri_conf_json": K("camel", lambda k: (
        "{\n  \"productName\": \"Mason Quotes\",\n  \"version\": \"2.3.1\",\n  \"app\": {\n    \"windows\": [{\"title\": \"Quotes\"}]\n  },\n"
        "  \"plugins\": {\n    \"quotes\": {\n      \"%s\": \"%s\"\n    }\n  }\n}\n" % (k, SLOT))),
    "mason_quote_rails_production_rb": K("snake", lambda k: (
        "# config/environments/production.rb\nRails.application.configure do\n  config.force_ssl = true\n"
        "  config.x.lettering.%s = \"%s\"\n  config.log_level = :info\nend\n" % (k, SLOT))),
    "livestream_obs_websocket_json": K("camel", lambda k: (
        "{\n  \"serverEnabled\": true,\n  \"serverPort\": 4455,\n  \"alertsEnabled\": false,\n  \"%s\": \"%s\"\n}\n" % (k, SLOT))),
    "livestream_ffmpeg_wrapper_sh": K("upper", lambda k: (
        "#!/bin/sh\n# chapel-stream.sh\nexport STREAM_RES=1280x720\nexport %s='%s'\n"
        "exec ffmpeg -f v4l2 -i /dev/video0 -c:v libx264 -preset veryfast -f flv \"$STREAM_TARGET\"\n" % (k, SLOT))),
    "livestream_nginx_conf_map_block": K("snake", lambda k: (
        "# /etc/nginx/conf.d/chapel-stream.conf\nserver {\n    listen 8080;\n    set $%s \"%s\";\n"
        "    location /hls { root /var/www/stream; }\n}\n" % (k, SLOT))),
    "obituary_cms_wp_cli_yml": K("snake", lambda k: (
        "# wp-cli.yml\npath: web/wp\nurl: https://tributes.eastgate-funerals.example\n"
        "config create:\n  extra-php: |\n    define( 'TRIBUTES_DEBUG', false );\n%s: \"%s\"\n" % (k, SLOT))),
    "obituary_cms_ghost_config_production_json": K("camel", lambda k: (
        "{\n  \"url\": \"https://tributes.eastgate-funerals.example\",\n  \"server\": {\"port\": 2368, \"host\": \"127.0.0.1\"},\n"
        "  \"tributes\": {\"%s\": \"%s\"},\n  \"logging\": {\"level\": \"info\"}\n}\n" % (k, SLOT))),
    "obituary_cms_netlify_toml": K("upper", lambda k: (
        "[build]\n  command = \"hugo --minify\"\n  publish = \"public\"\n\n[build.environment]\n"
        "  HUGO_VERSION = \"0.139.0\"\n  %s = \"%s\"\n" % (k, SLOT))),
    "obituary_cms_nextjs_env_local": K("upper", lambda k: (
        "# .env.local\nNEXT_PUBLIC_SITE_NAME=\"Eastgate Tributes\"\nNEXT_PUBLIC_REGION=eu-west-2\n%s=%s\n" % (k, SLOT))),
    "family_portal_vite_env_development": K("upper", lambda k: (
        "# .env.development\nVITE_API_BASE=http://localhost:8787\nVITE_THEME=dove\n%s=%s\n" % (k, SLOT))),
    "family_portal_angular_environment_ts": K("camel", lambda k: (
        "export const environment = {\n  production: true,\n  apiBase: 'https://family.eastgate-funerals.example/api',\n"
        "  %s: '%s',\n};\n" % (k, SLOT))),
    "family_portal_firebase_functions_config_json": K("snake", lambda k: (
        "{\n  \"portal\": {\n    \"region\": \"europe-west2\",\n    \"%s\": \"%s\"\n  }\n}\n" % (k, SLOT))),
    "funeral_ops_kubernetes_secret_stringdata_yaml": K("upper", lambda k: (
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: arrangement-app\n  namespace: funeral-prod\ntype: Opaque\n"
        "stringData:\n  %s: \"%s\"\n" % (k, SLOT))),
    "funeral_ops_helm_values_yaml": K("camel", lambda k: (
        "replicaCount: 2\nimage:\n  repository: registry.eastgate-funerals.example/arrangement\n  tag: \"4.2.0\"\n"
        "app:\n  %s: \"%s\"\n" % (k, SLOT))),
    "funeral_ops_terraform_tfvars": K("snake", lambda k: (
        "region       = \"eu-west-2\"\nenvironment  = \"prod\"\ninstance_type = \"t3.small\"\n%s = \"%s\"\n" % (k, SLOT))),
    "funeral_ops_saltstack_pillar_sls": K("snake", lambda k: (
        "# /srv/pillar/crematorium.sls\ncrematorium:\n  site: northfield\n  %s: '%s'\n" % (k, SLOT))),
    "funeral_ops_docker_compose_override_yml": K("upper", lambda k: (
        "services:\n  crm:\n    image: eastgate/crm:4.2\n    environment:\n      TZ: Europe/London\n"
        "      %s: \"%s\"\n    ports:\n      - \"8000:8000\"\n" % (k, SLOT))),
    "funeral_ops_github_actions_env_block": K("upper", lambda k: (
        "name: deploy-tributes\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n"
        "      NODE_VERSION: 20\n      %s: %s\n    steps:\n      - uses: actions/checkout@v4\n" % (k, SLOT))),
    "funeral_ops_gitlab_ci_variables_yml": K("upper", lambda k: (
        "variables:\n  DOCKER_DRIVER: overlay2\n  %s: \"%s\"\n\nstages: [test, deploy]\n" % (k, SLOT))),
    "funeral_ops_jenkinsfile_environment": K("upper", lambda k: (
        "pipeline {\n  agent any\n  environment {\n    APP = 'crem-bookings'\n    %s = '%s'\n  }\n"
        "  stages { stage('Build') { steps { sh './gradlew build' } } }\n}\n" % (k, SLOT))),
    "funeral_ops_launchd_plist": K("upper", lambda k: (
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>Label</key>\n"
        "  <string>example.eastgate.stream</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n"
        "    <key>%s</key>\n    <string>%s</string>\n  </dict>\n</dict>\n</plist>\n" % (k, SLOT))),
    "funeral_ops_bash_history": K("upper", lambda k: (
        "cd /srv/arrangement\ngit pull\nexport %s='%s'\nsystemctl restart arrangement\njournalctl -u arrangement -n 20\n" % (k, SLOT))),
    "funeral_ops_zsh_extended_history": K("upper", lambda k: (
        ": 1767811200:0;ssh crem-gw\n: 1767811260:0;export %s=\"%s\"\n: 1767811300:0;./sync-bookings.sh\n" % (k, SLOT))),
    "funeral_ops_windows_cmd_setx": K("upper", lambda k: (
        "C:\\Users\\office>cd C:\\MasonQuotes\nC:\\MasonQuotes>setx %s \"%s\"\n\nSUCCESS: Specified value was saved.\n" % (k, SLOT))),
    "funeral_ops_vscode_launch_json_env": K("upper", lambda k: (
        "{\n  \"version\": \"0.2.0\",\n  \"configurations\": [{\n    \"name\": \"Portal API\",\n    \"type\": \"node\",\n"
        "    \"request\": \"launch\",\n    \"env\": {\"PORT\": \"8787\", \"%s\": \"%s\"}\n  }]\n}\n" % (k, SLOT))),
    "funeral_ops_intellij_run_configuration_xml": K("upper", lambda k: (
        "<component name=\"ProjectRunConfigurationManager\">\n  <configuration name=\"BookingsApp\" type=\"SpringBootApplicationConfigurationType\">\n"
        "    <envs>\n      <env name=\"SPRING_PROFILES_ACTIVE\" value=\"dev\" />\n      <env name=\"%s\" value=\"%s\" />\n"
        "    </envs>\n  </configuration>\n</component>\n" % (k, SLOT))),
    "arrangement_team_teams_chat_paste": K("spaced", lambda k: (
        "[09:12] Priya (Arrangements): the new laptop won't log in, what's the %s again?\n"
        "[09:14] Tom (Office Manager): %s\n[09:14] Tom (Office Manager): don't write it on the diary please\n" % (k, SLOT))),
    "crematorium_helpdesk_jira_comment": K("spaced", lambda k: (
        "CREM-482 Booking sync failing after update\nComment by d.hale:\nReset done on our side. New %s is %s "
        "- please update the sync job and close the ticket.\n" % (k, SLOT))),
    "mason_yard_whiteboard_photo_ocr": K("title", lambda k: (
        "HOLLINS MEMORIALS - YARD BOARD\nTue: Kerb set Plot C/14 (Rowe)\nLettering: 3 x gilt\n%s: %s\n"
        "Fixer cert due 03/26\n" % (k, SLOT))),
    "funeral_home_google_sheets_csv_export": K("title", lambda k: (
        "System,Owner,Setting,Value,Updated\nDiary,Tom,Reminder lead time,2 days,2026-01-05\n"
        "Systems,Tom,%s,%s,2026-01-06\nPrinter,Priya,Default tray,2,2026-01-02\n" % (k, SLOT))),
    "mortuary_log_sticky_note_ocr": K("title", lambda k: (
        "COLD ROOM 2\nservice engineer Weds\n%s\n%s\n(do not leave on fridge)\n" % (k, SLOT))),
    "livestream_operator_signal_message": K("spaced", lambda k: (
        "Signal - Chapel AV\nMara: stream for the 2pm at Northfield, %s is %s\nMara: camera 2 preset is the lectern\n" % (k, SLOT))),
}

SPARE_KIND = "funeral_ops_caddyfile_env_block"

assert len(KINDS) == 45, len(KINDS)


def pairing(rng_pair):
    """15 blocks of three kinds; each block deals a permutation of the 12 types, four per kind."""
    kinds = list(KINDS)
    out = []
    for b in range(15):
        perm = list(range(12))
        rng_pair.shuffle(perm)
        for j in range(3):
            kind = kinds[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                out.append((kind, t))
    return out


def build(reg, start_id):
    rng = random.Random(SEEDS["everyday_values"])
    rng_pair = random.Random(SEEDS["everyday_pairing"])
    recs = []
    n = start_id
    for kind, ti in pairing(rng_pair):
        typ, words, _desc, gen, _chk = TYPES[ti]
        style, tmpl = KINDS[kind]
        k = key(words.split(), style)
        if kind == "mortuary_controller_arduino_secrets_h":
            k = "SECRET_" + k
        v = reg.draw(lambda: gen(rng))
        recs.append(record("%s-s-%04d" % ("p224", n), typ, kind, tmpl(k), v, "everyday"))
        n += 1
    return recs


CHECKERS = {t[0]: t[4] for t in TYPES}
