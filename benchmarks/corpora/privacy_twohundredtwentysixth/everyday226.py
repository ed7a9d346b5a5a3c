"""Everyday source: 12 secret types of the astronomy-society world x 45 container kinds."""
import base64
import hashlib
import random
import re

from common226 import (MARK, ALNUM, B62, DIGITS, UPPER, LOWER, HEX, owner_password, rs, rbytes,
                       b64u_nopad, b64s, jwt_hs, iso7064_mod37_36_check, style_key, place)

SEED_VALUES = 22601
SEED_PAIRING = 22611

DJANGO_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


def g_allsky(rng):
    station = rs(rng, DIGITS, 8)
    body = rs(rng, DIGITS + UPPER, 27)
    return "acu_" + station + "_" + body + iso7064_mod37_36_check(station + body)


def g_hmac(rng):
    return b64u_nopad(rbytes(rng, 48))


def g_jwt(rng):
    hdr = {"alg": "HS256", "typ": "JWT", "kid": "obsarch-" + rs(rng, DIGITS, 2)}
    iat = 1718000000 + rng.randrange(20000000)
    pl = {"sub": "svc-" + rng.choice(["pipeline", "uploader", "stacker", "platesolver"]),
          "scope": "archive:write", "iat": iat, "exp": iat + 31536000}
    return jwt_hs(rng, hdr, pl, "HS256")


def g_psk(rng):
    pp = rs(rng, ALNUM, 20).encode()          # passphrase is discarded
    ssid = ("DomeNet-" + rs(rng, UPPER, 3)).encode()
    return hashlib.pbkdf2_hmac("sha1", pp, ssid, 4096, 32).hex()


def g_wg(rng):
    b = bytearray(rbytes(rng, 32))
    b[0] &= 248
    b[31] &= 127
    b[31] |= 64
    return b64s(bytes(b))


def g_django(rng):
    return rs(rng, DJANGO_CHARS, 50)


def v_allsky(v):
    m = re.fullmatch(r"acu_([0-9]{8})_([0-9A-Z]{28})", v)
    from common226 import iso7064_mod37_36_valid
    return bool(m) and iso7064_mod37_36_valid(m.group(1) + m.group(2))


def v_hmac(v):
    if not re.fullmatch(r"[A-Za-z0-9_-]{64}", v):
        return False
    return len(base64.urlsafe_b64decode(v)) == 48


def v_jwt(v):
    import json
    parts = v.split(".")
    if len(parts) != 3:
        return False
    pad = lambda s: s + "=" * (-len(s) % 4)
    h = json.loads(base64.urlsafe_b64decode(pad(parts[0])))
    json.loads(base64.urlsafe_b64decode(pad(parts[1])))
    return h.get("alg") == "HS256" and len(base64.urlsafe_b64decode(pad(parts[2]))) == 32


def v_wg(v):
    try:
        b = base64.b64decode(v, validate=True)
    except Exception:
        return False
    return len(b) == 32 and b[0] & 7 == 0 and b[31] & 128 == 0 and b[31] & 64 == 64


TYPES = [
    # name, keywords, description, generator, validator
    ("observing_night_booking_admin_password", ["booking", "admin", "password"],
     "owner-chosen admin password of the society's observing-night and telescope-loan booking site", None, "pw"),
    ("planetarium_show_control_password", ["show", "control", "password"],
     "owner-chosen password of the planetarium dome show-control console (projector, dome lights, audio)", None, "pw"),
    ("telescope_shop_backoffice_password", ["shop", "backoffice", "password"],
     "owner-chosen password of the telescope shop's back office (stock, orders, second-hand scopes)", None, "pw"),
    ("roll_off_roof_controller_password", ["roof", "controller", "password"],
     "owner-chosen login password of the remote observatory's roll-off roof controller", None, "pw"),
    ("society_membership_db_password", ["membership", "db", "password"],
     "owner-chosen password of the society membership database (members, subscriptions, gift aid)", None, "pw"),
    ("star_party_registration_password", ["starparty", "portal", "password"],
     "owner-chosen login password of the star-party registration portal (pitches, power, tickets)", None, "pw"),
    ("allsky_camera_upload_token", ["allsky", "upload", "token"],
     "`acu_` + 8-digit station number + `_` + 27 characters of `[0-9A-Z]` + the real ISO/IEC 7064 MOD 37,36 check character over station and body; token the all-sky cameras upload frames and keograms with (layout invented)",
     g_allsky, v_allsky),
    ("mount_bridge_hmac_secret", ["mount", "bridge", "hmac", "secret"],
     "unpadded base64url of 48 random bytes (64 characters); signs the commands the web bridge sends to the telescope mount (ASCOM Alpaca / INDI bridge)",
     g_hmac, v_hmac),
    ("observation_archive_hs256_jwt", ["archive", "api", "jwt"],
     "real HS256 JWT with a `kid` header (base64url JSON, HMAC-SHA256 under a discarded key); service token of the society's observation archive",
     g_jwt, v_jwt),
    ("dome_wifi_raw_psk", ["dome", "wifi", "psk"],
     "WPA2 raw PSK: 64 lower-case hex of PBKDF2-HMAC-SHA1(passphrase, SSID, 4096, 32) (passphrase discarded); the dome and roof Wi-Fi key",
     g_psk, lambda v: bool(re.fullmatch(r"[0-9a-f]{64}", v))),
    ("observatory_wireguard_private_key", ["wireguard", "private", "key"],
     "WireGuard (X25519) private key: standard Base64 of 32 random bytes with real clamping (44 characters with `=`); the remote observatory's tunnel key",
     g_wg, v_wg),
    ("planetarium_django_secret_key", ["planetarium", "secret", "key"],
     "50 characters from Django's `get_random_secret_key` alphabet (letters, digits and `!@#$%^&*(-_=+)`); signing key of the planetarium booking site",
     g_django, lambda v: len(v) == 50 and all(c in DJANGO_CHARS for c in v)),
]

DOM = ["darkskies-society.example", "orionridge-observatory.example", "kepler-telescopes.example",
       "northdowns-astro.example", "meridian-planetarium.example"]
PEOPLE = ["Priya", "Tomasz", "Helen", "Kwame", "Ines", "Ruairi", "Mei", "Jonas", "Farah", "Dev"]


def ctx(rng):
    return {
        "dom": rng.choice(DOM),
        "ip": "192.168.%d.%d" % (rng.randrange(1, 60), rng.randrange(2, 250)),
        "port": str(rng.choice([5432, 3306, 8080, 11111, 7624, 8000])),
        "p1": rng.choice(PEOPLE), "p2": rng.choice(PEOPLE),
        "n": str(rng.randrange(2, 9)),
        "t": "%02d:%02d" % (rng.randrange(18, 24), rng.randrange(60)),
        "ts": str(1716000000 + rng.randrange(9000000)),
        "obj": rng.choice(["M42", "M13", "NGC 7000", "M31", "the Double Cluster", "M57", "Jupiter"]),
    }


# (kind, style, avoid, template)   %(k)s = key, %(v)s = value slot
CONTAINERS = [
    ("booking_site_django_local_settings_py", "upper", "'\\",
     "# local_settings.py – observing-night bookings (never commit)\nDEBUG = False\nALLOWED_HOSTS = [\"bookings.%(dom)s\"]\n%(k)s = '%(v)s'\nTIME_ZONE = \"Europe/London\"\n"),
    ("booking_site_flask_instance_config_py", "upper", "'\\",
     "# instance/config.py\nSQLALCHEMY_DATABASE_URI = \"postgresql:///bookings\"\nSCOPE_LOAN_DAYS = 14\n%(k)s = '%(v)s'\n"),
    ("booking_site_remix_dotenv", "upper", "'",
     "NODE_ENV=production\nPUBLIC_SITE_URL=https://bookings.%(dom)s\n%(k)s='%(v)s'\nSESSION_MAX_AGE=86400\n"),
    ("society_site_wp_config_php", "upper", "'\\",
     "<?php\ndefine( 'DB_NAME', 'society_wp' );\ndefine( 'DB_HOST', 'localhost' );\ndefine( '%(k)s', '%(v)s' );\n$table_prefix = 'astro_';\n"),
    ("society_site_drupal_settings_local_php", "snake", "'\\",
     "<?php\n// settings.local.php – society website\n$settings['trusted_host_patterns'] = ['^www\\.%(dom)s$'];\n$settings['%(k)s'] = '%(v)s';\n"),
    ("society_site_hugo_params_toml", "camel", "\"\\",
     "baseURL = \"https://www.%(dom)s/\"\ntitle = \"Society news\"\n\n[params]\n  nextMeeting = \"first Tuesday\"\n  %(k)s = \"%(v)s\"\n"),
    ("membership_knexfile_js", "camel", "'\\",
     "module.exports = {\n  production: {\n    client: 'pg',\n    connection: { host: 'db.%(dom)s', database: 'members' },\n    %(k)s: '%(v)s',\n    pool: { min: 1, max: 4 },\n  },\n};\n"),
    ("membership_spring_application_yml", "kebab", "'",
     "spring:\n  datasource:\n    url: jdbc:postgresql://db.%(dom)s:5432/members\nsociety:\n  renewals-month: 9\n  %(k)s: '%(v)s'\n"),
    ("membership_quarkus_application_properties", "dot", "$\\ ",
     "quarkus.http.port=8080\nquarkus.datasource.db-kind=postgresql\nsociety.%(k)s=%(v)s\nsociety.renewal.reminder-days=30\n"),
    ("planetarium_show_control_ini", "pascal", ";#\"",
     "[ShowControl]\nDomeHost=%(ip)s\nProjectorCount=%(n)s\n%(k)s=%(v)s\n\n[Audio]\nMasterLevel=-6\n"),
    ("planetarium_unity_streamingassets_json", "camel", "\"\\",
     "{\n  \"domeRadiusMetres\": 6.5,\n  \"showPlaylist\": \"winter-sky\",\n  \"%(k)s\": \"%(v)s\",\n  \"fadeSeconds\": 3\n}\n"),
    ("planetarium_dome_pi_environment_file", "upper", "\"$`\\",
     "# /etc/default/domepi\nDOME_SERIAL=/dev/ttyUSB0\n%(k)s=\"%(v)s\"\nLOG_LEVEL=info\n"),
    ("observatory_indi_driver_profile_yaml", "snake", "'",
     "profile: roll-off-roof\ndrivers:\n  - indi_eqmod_telescope\n  - indi_asi_ccd\n  - indi_rolloff_roof\n%(k)s: '%(v)s'\nport: 7624\n"),
    ("observatory_ascom_alpaca_profile_xml", "pascal", "&<>",
     "<?xml version=\"1.0\"?>\n<AlpacaDevice>\n  <DeviceNumber>0</DeviceNumber>\n  <Host>%(ip)s</Host>\n  <%(k)s>%(v)s</%(k)s>\n</AlpacaDevice>\n"),
    ("observatory_nina_profile_json", "pascal", "\"\\",
     "{\n  \"Name\": \"Remote rig %(n)s\",\n  \"TelescopeSettings\": { \"FocalLength\": 800 },\n  \"%(k)s\": \"%(v)s\"\n}\n"),
    ("observatory_allsky_config_json", "snake", "\"\\",
     "{\n  \"CAMERA_INTERFACE\": \"indi\",\n  \"NIGHT_GAIN\": 250,\n  \"%(k)s\": \"%(v)s\",\n  \"KEOGRAM_ANGLE\": 0\n}\n"),
    ("observatory_cloud_init_user_data", "snake", "'",
     "#cloud-config\nhostname: domepi-%(n)s\nwrite_files:\n  - path: /etc/observatory/secrets.env\n    permissions: '0600'\n    content: |\n      %(k)s='%(v)s'\n"),
    ("observatory_ansible_group_vars_yml", "snake", "'",
     "---\nobservatory_site: hilltop\nobservatory_ntp_server: %(ip)s\nobservatory_%(k)s: '%(v)s'\n"),
    ("observatory_k8s_secret_stringdata_yaml", "kebab", "'",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: observatory-app\ntype: Opaque\nstringData:\n  %(k)s: '%(v)s'\n"),
    ("observatory_compose_override_yml", "upper", "'$",
     "services:\n  bookings:\n    image: ghcr.io/darkskies/bookings:2.4\n    environment:\n      TZ: Europe/London\n      %(k)s: '%(v)s'\n"),
    ("observatory_terraform_tfvars", "snake", "\"\\$%",
     "region        = \"eu-west-2\"\ninstance_type = \"t4g.small\"\n%(k)s = \"%(v)s\"\n"),
    ("observatory_helm_values_yaml", "camel", "'",
     "replicaCount: 1\nimage:\n  tag: \"1.9.2\"\nsecrets:\n  %(k)s: '%(v)s'\n"),
    ("observatory_github_actions_workflow_env", "upper", "'",
     "name: deploy\non: [push]\nenv:\n  DEPLOY_HOST: web.%(dom)s\n  %(k)s: '%(v)s'\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"),
    ("observatory_gitlab_ci_variables_yml", "upper", "'",
     "variables:\n  PIP_CACHE_DIR: .cache/pip\n  %(k)s: '%(v)s'\nstages: [test, deploy]\n"),
    ("observatory_jenkinsfile_environment", "upper", "'\\$",
     "pipeline {\n  agent any\n  environment {\n    SITE = 'hilltop'\n    %(k)s = '%(v)s'\n  }\n  stages { stage('Build') { steps { sh 'make' } } }\n}\n"),
    ("observatory_makefile_variables", "upper", "$#\\ ",
     "SITE ?= hilltop\n%(k)s := %(v)s\n\ndeploy:\n\t./deploy.sh $(SITE)\n"),
    ("observatory_supervisord_program_conf", "upper", "%\",",
     "[program:platesolver]\ncommand=/opt/astro/bin/solver --watch /data/incoming\nenvironment=SITE=\"hilltop\",%(k)s=\"%(v)s\"\nautorestart=true\n"),
    ("observatory_launchd_plist_env", "upper", "&<>",
     "<plist version=\"1.0\"><dict>\n  <key>Label</key><string>org.darkskies.stacker</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n    <key>%(k)s</key><string>%(v)s</string>\n  </dict>\n</dict></plist>\n"),
    ("observatory_windows_reg_export", "pascal", "\"\\",
     "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Orion Ridge\\DomeControl]\n\"ComPort\"=\"COM4\"\n\"%(k)s\"=\"%(v)s\"\n"),
    ("observatory_zsh_extended_history", "upper", "'",
     ": %(ts)s:0;cd ~/astro/bookings\n: %(ts)s:0;export %(k)s='%(v)s'\n: %(ts)s:0;npm run migrate\n"),
    ("observatory_cmd_batch_script", "upper", "%^&!\"<>|",
     "@echo off\nREM start the dome bridge\nset \"SITE=hilltop\"\nset \"%(k)s=%(v)s\"\nstart \"\" \"C:\\Astro\\DomeBridge\\bridge.exe\"\n"),
    ("telescope_shop_strapi_dotenv", "upper", "'",
     "HOST=0.0.0.0\nPORT=1337\nDATABASE_CLIENT=postgres\n%(k)s='%(v)s'\n"),
    ("telescope_shop_next_config_js", "camel", "'\\",
     "module.exports = {\n  reactStrictMode: true,\n  serverRuntimeConfig: {\n    %(k)s: '%(v)s',\n  },\n};\n"),
    ("telescope_shop_dotnet_user_secrets_json", "pascal", "\"\\",
     "{\n  \"TelescopeShop:Currency\": \"GBP\",\n  \"TelescopeShop:%(k)s\": \"%(v)s\"\n}\n"),
    ("telescope_shop_laminas_local_php", "snake", "'\\",
     "<?php\nreturn [\n    'shop' => [\n        'currency' => 'GBP',\n        '%(k)s' => '%(v)s',\n    ],\n];\n"),
    ("telescope_shop_go_hcl_config", "snake", "\"\\$%",
     "listen = \":8080\"\nstock_sync_minutes = 15\n%(k)s = \"%(v)s\"\n"),
    ("star_party_sveltekit_env", "upper", "'",
     "PUBLIC_EVENT_NAME=\"Autumn Star Party\"\nPRIVATE_%(k)s='%(v)s'\nPRIVATE_PITCH_LIMIT=120\n"),
    ("star_party_apps_script_gs", "camel", "'\\",
     "function setup() {\n  const props = PropertiesService.getScriptProperties();\n  props.setProperty('pitchSheetId', 'pitches-2025');\n  props.setProperty('%(k)s', '%(v)s');\n}\n"),
    ("star_party_airtable_csv_export", "title", ",\"",
     "Name,Role,%(k)s,Updated\n%(p1)s,Registration desk,%(v)s,2025-08-14\n"),
    ("society_slack_thread_paste", "spaced", "",
     "[%(t)s] %(p1)s: did anyone change the %(k)s after the AGM?\n[%(t)s] %(p2)s: yes, it's %(v)s now – I'll move it to the vault later\n[%(t)s] %(p1)s: thanks\n"),
    ("society_webmaster_email_body", "spaced", "",
     "Hi %(p2)s,\n\nFor Friday's open night the %(k)s is %(v)s (until I rotate it on Monday).\nThe rota is on the shared drive.\n\nClear skies,\n%(p1)s\n"),
    ("society_github_issue_comment", "spaced", "",
     "Reproduced on staging. Note to self: the %(k)s on that box is %(v)s , rotate after the fix lands.\nLogs attached below.\n"),
    ("observatory_whiteboard_photo_ocr", "title", "",
     "OBSERVATORY - DO NOT WIPE\nScope 2: collimated 12/03\n%(k)s: %(v)s\nNext session: %(obj)s\n"),
    ("society_google_sheet_tsv_paste", "title", "\t",
     "System\tOwner\t%(k)s\tNotes\nDome PC\t%(p1)s\t%(v)s\tasked to rotate quarterly\n"),
    ("observatory_arduino_secrets_h", "upper", "\"\\",
     "// arduino_secrets.h – dome rain sensor\n#define SECRET_SSID \"DomeNet\"\n#define SECRET_%(k)s \"%(v)s\"\n"),
]
SPARE_KIND = "observatory_vscode_launch_json_env"


def key_for(words, style):
    return style_key(words, style)


def pairing():
    """15 blocks of three kinds; each block deals a seeded permutation of the 12 types, 4 per kind."""
    rng = random.Random(SEED_PAIRING)
    out = []
    for b in range(15):
        perm = list(range(12))
        rng.shuffle(perm)
        for j in range(3):
            kind = CONTAINERS[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                out.append((kind, TYPES[t]))
    return out


def generate(reg):
    rng = random.Random(SEED_VALUES)
    recs = []
    for kind, typ in pairing():
        kname, style, avoid, tmpl = kind
        tname, words, _desc, gen, _val = typ

        def draw():
            while True:
                v = owner_password(rng) if gen is None else gen(rng)
                if not any(c in avoid for c in v):
                    return v
        value = reg.draw(draw)
        c = ctx(rng)
        c["k"] = key_for(words, style)
        c["v"] = MARK
        text, s, e = place(tmpl % c, value)
        recs.append({"type": tname, "container": kname, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": tname}],
                     "source": "everyday"})
    return recs
