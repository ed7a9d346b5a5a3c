"""Everyday secrets of racket and cricket clubs: 12 types x 45 container kinds, 4 per kind."""
import random

import common244 as C

S = C.SENT

# (type, key words, description, kind)
TYPES = [
    ("court_booking_admin_password", ["booking", "admin", "password"],
     "owner-chosen admin password of the court-booking system (tennis, padel and squash courts)", "pw"),
    ("floodlight_controller_web_password", ["floodlight", "web", "password"],
     "owner-chosen web-UI password of the floodlight / court-lighting timer controller", "pw"),
    ("clubhouse_bar_pos_manager_password", ["pos", "manager", "password"],
     "owner-chosen manager password of the clubhouse bar point-of-sale", "pw"),
    ("membership_database_password", ["membership", "db", "password"],
     "owner-chosen password of the membership database (subscriptions, juniors, coaching)", "pw"),
    ("cricket_scoreboard_operator_password", ["scoreboard", "operator", "password"],
     "owner-chosen operator password of the cricket scoreboard controller", "pw"),
    ("court_access_gate_service_password", ["gate", "service", "password"],
     "owner-chosen service password of the court access gate / turnstile controller", "pw"),
    ("ladder_api_verhoeff_key", ["ladder", "api", "key"],
     "`lvk_` + 8-digit club number + its real Verhoeff check digit + `_` + 26 base62; key of the box-league / ladder API (layout invented)", "verhoeff"),
    ("live_scoring_adler32_token", ["scoring", "feed", "token"],
     "`lsf_` + 28 base62 + `.` + 8 lower-case hex of the real Adler-32 of those 28 characters; token of the live-scoring feed (layout invented)", "adler"),
    ("wristband_gate_mod112_token", ["wristband", "gate", "token"],
     "`wbg_` + 20 lower-case alphanumerics + `_` + 16 digits + their ISO 7064 MOD 11-2 check character (0-9 or X); token of the wristband gate API (layout invented)", "mod112"),
    ("club_portal_django_secret_key", ["django", "secret", "key"],
     "Django `SECRET_KEY`: 50 characters from `a-z0-9!@#$%^&*(-_=+)` (what `get_random_secret_key()` draws); signs the members' portal sessions", "django"),
    ("results_backup_age_secret_key", ["backup", "age", "identity"],
     "age X25519 identity: `AGE-SECRET-KEY-1` + 58 upper-case bech32 characters (32 random bytes with a real bech32 checksum); decrypts the nightly results backups", "age"),
    ("coach_app_hs512_jwt", ["coach", "app", "jwt"],
     "real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 under a discarded key); bearer token of the coaching-sessions app", "jwt"),
]

DJANGO_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


def gen_value(rng, kind):
    if kind == "pw":
        return C.make_password(rng)
    if kind == "verhoeff":
        club = "%08d" % rng.randrange(10 ** 7, 10 ** 8)
        return "lvk_" + club + C.verhoeff_check(club) + "_" + C.rs(rng, C.ALNUM, 26)
    if kind == "adler":
        body = C.rs(rng, C.ALNUM, 28)
        return "lsf_" + body + "." + C.adler32_hex(body)
    if kind == "mod112":
        d = C.rs(rng, C.DIGITS, 16)
        return "wbg_" + C.rs(rng, C.LALNUM, 20) + "_" + d + C.mod11_2_check(d)
    if kind == "django":
        return C.rs(rng, DJANGO_CHARS, 50)
    if kind == "age":
        return C.bech32_encode("age-secret-key-", C.rbytes(rng, 32)).upper()
    if kind == "jwt":
        iat = 1714000000 + rng.randrange(8000000)
        return C.make_jwt(rng, {"alg": "HS512", "typ": "JWT"},
                          {"sub": "coach-%d" % rng.randrange(100, 999), "club": "lawnside-ltc",
                           "scope": "sessions:write lessons:read", "iat": iat, "exp": iat + 2592000})
    raise ValueError(kind)


def validate(kind, v):
    import re
    if kind == "pw":
        return C.PW_RE.match(v) is not None
    if kind == "verhoeff":
        m = re.match(r"^lvk_(\d{9})_[A-Za-z0-9]{26}$", v)
        return bool(m) and C.verhoeff_valid(m.group(1))
    if kind == "adler":
        m = re.match(r"^lsf_([A-Za-z0-9]{28})\.([0-9a-f]{8})$", v)
        return bool(m) and C.adler32_hex(m.group(1)) == m.group(2)
    if kind == "mod112":
        m = re.match(r"^wbg_[a-z0-9]{20}_(\d{16})([0-9X])$", v)
        return bool(m) and C.mod11_2_check(m.group(1)) == m.group(2)
    if kind == "django":
        return len(v) == 50 and all(c in DJANGO_CHARS for c in v)
    if kind == "age":
        return v.startswith("AGE-SECRET-KEY-1") and len(v) == 74 and v == v.upper() and C.bech32_valid(v)
    if kind == "jwt":
        import json
        return C.jwt_valid(v) and json.loads(C.b64u_dec(v.split(".")[0]))["alg"] == "HS512"
    return False


# ---------------------------------------------------------------- containers
def k(words, style, maxlen=None):
    s = C.keyname(words, style)
    return s[:maxlen] if maxlen else s


CONTAINERS = [
    ("booking_django_settings_module", "upper", lambda K: "# courtbook/settings/production.py\nfrom .base import *  # noqa: F401,F403\n\nDEBUG = False\nALLOWED_HOSTS = [\"book.lawnside-tennis.example\"]\n%s = \"%s\"\nTIME_ZONE = \"Europe/London\"\n" % (K, S)),
    ("booking_flask_instance_cfg", "upper", lambda K: "# instance/config.py (padel booking)\nSQLALCHEMY_DATABASE_URI = \"postgresql://padelbook@10.40.0.12/padelbook\"\nMAIL_SERVER = \"smtp.padelhub-north.example\"\n%s = '%s'\nCOURTS = 6\n" % (K, S)),
    ("booking_fastapi_dotenv_prod", "upper", lambda K: "APP_ENV=production\nDATABASE_HOST=10.20.0.15\nDATABASE_USER=courts\n%s='%s'\nCORS_ORIGINS=https://book.padelhub-north.example\n" % (K, S)),
    ("booking_rails_database_yml", "snake", lambda K: "production:\n  adapter: postgresql\n  host: db.clubcourts.internal\n  database: courtbook_production\n  username: courtbook\n  %s: \"%s\"\n  pool: 10\n" % (K, S)),
    ("booking_symfony_env_local", "upper", lambda K: "###> symfony/framework-bundle ###\nAPP_ENV=prod\n###< symfony/framework-bundle ###\nMAILER_DSN=smtp://mail.oakfield-cc.example:587\n%s=\"%s\"\n" % (K, S)),
    ("booking_nestjs_configuration_ts", "camel", lambda K: "// src/config/configuration.ts\nexport default () => ({\n  port: parseInt(process.env.PORT ?? '3000', 10),\n  courts: { indoor: 4, outdoor: 8 },\n  %s: '%s',\n});\n" % (K, S)),
    ("booking_nextjs_env_production", "upper", lambda K: "# .env.production (squash booking front end)\nNEXT_PUBLIC_SITE_URL=https://squash.lawnside-tennis.example\nNEXT_PUBLIC_COURT_COUNT=3\n%s=\"%s\"\n" % (K, S)),
    ("booking_quarkus_application_properties", "dot", lambda K: "quarkus.http.port=8080\nquarkus.datasource.db-kind=postgresql\nquarkus.datasource.username=courtbook\nclub.%s=%s\n" % (K, S)),
    ("booking_micronaut_application_yml", "kebab", lambda K: "micronaut:\n  application:\n    name: court-ladder\nclub:\n  venue: riverside-padel\n  %s: \"%s\"\n" % (K, S)),
    ("booking_dotnet_user_secrets_json", "pascal", lambda K: "{\n  \"ConnectionStrings:Courts\": \"Host=10.20.0.15;Database=courts;Username=courts\",\n  \"Club:%s\": \"%s\",\n  \"Club:Timezone\": \"Europe/London\"\n}\n" % (K, S)),
    ("booking_go_viper_toml", "snake", lambda K: "# config.toml – ball-machine scheduler\n[server]\nlisten = \":8090\"\n\n[club]\nname = \"Riverside Padel\"\n%s = \"%s\"\n" % (K, S)),
    ("scoring_app_react_native_env", "upper", lambda K: "# .env (react-native-config)\nAPI_URL=https://scores.oakfield-cc.example\nSENTRY_ENVIRONMENT=production\n%s=%s\n" % (K, S)),
    ("scoring_app_ios_release_xcconfig", "upper", lambda K: "// Release.xcconfig – Oakfield Scorer\n#include \"Shared.xcconfig\"\nPRODUCT_BUNDLE_IDENTIFIER = club.oakfield.scorer\n%s = %s\n" % (K, S)),
    ("scoring_app_gradle_properties", "camel", lambda K: "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\nscorerVersionCode=41\n%s=%s\n" % (K, S)),
    ("scoring_app_capacitor_config_ts", "camel", lambda K: "import type { CapacitorConfig } from '@capacitor/cli';\n\nconst config: CapacitorConfig = {\n  appId: 'club.lawnside.members',\n  appName: 'Lawnside',\n  plugins: { club: { %s: '%s' } },\n};\nexport default config;\n" % (K, S)),
    ("scoreboard_pi_environment_file", "upper", lambda K: "# /etc/default/scoreboard (Raspberry Pi in the pavilion)\nBOARD_SERIAL=/dev/ttyUSB0\nBOARD_BRIGHTNESS=80\n%s='%s'\n" % (K, S)),
    ("scoreboard_daemon_config_yaml", "snake", lambda K: "# /opt/scoreboard/config.yaml\nboard:\n  columns: [total, wickets, overs, last_man, target]\n  host: 192.168.50.20\nauth:\n  %s: '%s'\n" % (K, S)),
    ("floodlight_controller_config_json", "camel", lambda K: "{\n  \"controller\": \"courts-1-6\",\n  \"sunsetOffsetMinutes\": -20,\n  \"zones\": [1, 2, 3, 4, 5, 6],\n  \"%s\": \"%s\"\n}\n" % (K, S)),
    ("floodlight_mqtt_bridge_cfg", "snake", lambda K: "[mqtt]\nhost = 192.168.60.5\nport = 1883\ntopic = club/lights/#\n\n[controller]\n%s = %s\n" % (K, S)),
    ("court_gate_arduino_secrets_header", "upper", lambda K: "// arduino_secrets.h – padel court gate\n#define SECRET_SSID \"ClubOps\"\n#define %s \"%s\"\n" % (K, S)),
    ("court_gate_micropython_config", "upper", lambda K: "# config.py on the turnstile ESP32 (MicroPython)\nWIFI_SSID = 'ClubOps'\nGATE_ID = 3\n%s = '%s'\n" % (K, S)),
    ("ball_machine_esp_idf_nvs_csv", "snake", lambda K: "key,type,encoding,value\nclub,namespace,,\nssid,data,string,ClubOps\n%s,data,string,%s\n" % (K[:15], S)),
    ("clubhouse_pos_registry_export_reg", "pascal", lambda K: "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\ClubTill\\Sync]\n\"Server\"=\"pos.clubcourts.internal\"\n\"%s\"=\"%s\"\n" % (K, S)),
    ("clubhouse_pos_terminal_ini", "pascal", lambda K: "[Terminal]\nName=BarTill2\nPrinter=EPSON TM-T20III\n\n[Sync]\nServer=pos.clubcourts.internal\n%s=%s\n" % (K, S)),
    ("membership_drupal_settings_php", "snake", lambda K: "<?php\n// sites/default/settings.local.php\n$settings['trusted_host_patterns'] = ['^members\\.oakfield-cc\\.example$'];\n$settings['%s'] = '%s';\n" % (K, S)),
    ("membership_joomla_configuration_php", "snake", lambda K: "<?php\nclass JConfig {\n\tpublic $sitename = 'Riverside Padel Members';\n\tpublic $dbtype = 'mysqli';\n\tpublic $%s = '%s';\n}\n" % (K, S)),
    ("membership_supabase_config_toml", "snake", lambda K: "# supabase/config.toml\nproject_id = \"club-members\"\n\n[auth]\nsite_url = \"https://members.lawnside-tennis.example\"\n\n[club]\n%s = \"%s\"\n" % (K, S)),
    ("clubops_helm_values_override", "camel", lambda K: "# values-clubhouse.yaml\ningress:\n  host: book.lawnside-tennis.example\nconfig:\n  %s: \"%s\"\n" % (K, S)),
    ("clubops_k8s_secret_stringdata", "upper", lambda K: "apiVersion: v1\nkind: Secret\nmetadata:\n  name: courtbook-env\n  namespace: club\ntype: Opaque\nstringData:\n  %s: \"%s\"\n" % (K, S)),
    ("clubops_terraform_variables_tf", "snake", lambda K: "variable \"%s\" {\n  type      = string\n  default   = \"%s\"\n  sensitive = true\n}\n" % (K, S)),
    ("clubops_ansible_host_vars", "snake", lambda K: "# host_vars/clubhouse-nuc.yml\nansible_host: 192.168.10.4\nansible_user: clubadmin\n%s: \"%s\"\n" % (K, S)),
    ("clubops_podman_quadlet_unit", "upper", lambda K: "# ~/.config/containers/systemd/courtbook.container\n[Container]\nImage=ghcr.io/lawnside/courtbook:2024.5\nPublishPort=8080:8080\nEnvironment=%s=%s\n\n[Install]\nWantedBy=default.target\n" % (K, S)),
    ("clubops_gitlab_ci_yml", "upper", lambda K: "deploy_prod:\n  stage: deploy\n  variables:\n    %s: \"%s\"\n  script:\n    - ./deploy.sh production\n" % (K, S)),
    ("clubops_github_workflow_env", "upper", lambda K: "name: nightly-sync\non:\n  schedule:\n    - cron: '15 2 * * *'\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n      %s: '%s'\n    steps:\n      - uses: actions/checkout@v4\n" % (K, S)),
    ("clubops_jenkinsfile_environment", "upper", lambda K: "pipeline {\n  agent any\n  environment {\n    %s = '%s'\n  }\n  stages { stage('Deploy') { steps { sh './deploy.sh' } } }\n}\n" % (K, S)),
    ("clubops_drone_pipeline_yml", "upper", lambda K: "kind: pipeline\ntype: docker\nname: scoring\nsteps:\n  - name: publish\n    image: alpine:3.20\n    environment:\n      %s: '%s'\n    commands:\n      - ./publish.sh\n" % (K, S)),
    ("clubops_zsh_extended_history", "upper", lambda K: ": 1714043490:0;cd ~/club-infra\n: 1714043511:0;export %s='%s'\n: 1714043530:0;make deploy\n" % (K, S)),
    ("clubops_psreadline_history_txt", "upper", lambda K: "cd C:\\ClubTill\n$env:%s = '%s'\n.\\ClubTill.Sync.exe --once\n" % (K, S)),
    ("clubops_crontab_entry", "upper", lambda K: "# m h dom mon dow command\n15 3 * * * %s='%s' /opt/club/bin/nightly-sync >> /var/log/club-sync.log 2>&1\n" % (K, S)),
    ("tennis_committee_slack_message", "spaced", lambda K: "#committee-it  09:14\nPriya Nair: for the handover – %s is %s (please don't forward)\nTom Hale: 👍 noted\n" % (K, S)),
    ("cricket_section_whatsapp_chat", "spaced", lambda K: "12/05/2024, 18:22 - Tom (2nd XI capt): new %s %s\n12/05/2024, 18:23 - Dev: cheers skip\n" % (K, S)),
    ("padel_jira_ticket_comment", "spaced", lambda K: "PADEL-412 · comment by j.okafor\nReset done after the tournament. %s: %s (temporary, rotate next week)\n" % (K, S)),
    ("fixtures_sheet_csv_export", "title", lambda K: "Item,Value,Owner,Updated\nLeague site,https://league.oakfield-cc.example,Sam,2024-03-02\n%s,%s,Sam,2024-03-04\n" % (K, S)),
    ("clubhouse_whiteboard_photo_ocr", "title", lambda K: "CLUBHOUSE OFFICE - DO NOT WIPE\nGuest Wi-Fi: ClubGuest\n%s: %s\nBar float £150\n" % (K, S)),
    ("court_booking_support_email", "spaced", lambda K: "Subject: Re: locked out of the booking system\n\nHi Ana,\n\nI've reset it. The %s is now %s – please change it after your first login.\n\nBest, Lee (volunteer IT)\n" % (K, S)),
]


def pairing(seed=24411):
    rng = random.Random(seed)
    out = []
    ntypes = len(TYPES)
    for b in range(15):
        perm = list(range(ntypes))
        rng.shuffle(perm)
        for j in range(3):
            out.append(perm[4 * j:4 * j + 4])
    return out  # per container index: list of 4 type indices


def build(reg, seed=24401):
    rng = random.Random(seed)
    pairs = pairing()
    recs = []
    for ci, (cname, style, fn) in enumerate(CONTAINERS):
        for ti in pairs[ci]:
            t, words, desc, kind = TYPES[ti]
            value = reg.draw(lambda: gen_value(rng, kind))
            tpl = fn(k(words, style))
            recs.append(C.positive(t, cname, tpl, value, "everyday"))
    return recs


KIND_OF = dict((t[0], t[3]) for t in TYPES)
