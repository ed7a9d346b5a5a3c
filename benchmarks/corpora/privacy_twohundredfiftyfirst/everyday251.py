"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import base64
import random
import re

from common251 import (ALNUM, LOWER_ALNUM, HEX, UPPER_ALNUM, rs, rbytes, crc16_ccitt_false, fletcher32,
                       b58check_encode, b58check_decode, es256_keypair, jwt_es256, es256_verify,
                       b64url_dec, jwt_valid, style_key)
import world251 as W

M = "\ue000"  # placement marker, replaced by the value

SEED_VALUES = 25101
SEED_PAIRING = 25111

KIOSK_VERSION = 0x4D

# type -> (key words, description, shape, generator name)
TYPES = [
    ("marionette_hoist_controller_password", "hoist controller password",
     "owner-chosen engineer password of the motorised marionette-bridge hoist controller (flying rig of the puppet stage)",
     "owner-chosen password"),
    ("lighting_desk_remote_password", "lighting desk password",
     "owner-chosen password of the lighting desk's remote / admin login", "owner-chosen password"),
    ("box_office_supervisor_password", "box office supervisor password",
     "owner-chosen supervisor password of the box-office ticketing terminals (refunds, comps, end of night)",
     "owner-chosen password"),
    ("stockroom_scanner_admin_password", "scanner admin password",
     "owner-chosen admin password of the toy shops' stockroom handheld scanners", "owner-chosen password"),
    ("toy_library_loans_desk_password", "loans desk password",
     "owner-chosen password of the toy library's loans-desk system (members, loans, returns)", "owner-chosen password"),
    ("puppet_workshop_laser_pc_password", "laser pc password",
     "owner-chosen password of the puppet workshop's laser-cutter workstation", "owner-chosen password"),
    ("box_office_crc16_api_token", "box office api token",
     "token of the box-office API (layout invented)",
     "`bxo_` + 32 base62 + `_` + 4 upper-case hex of the real CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF) of those 32 characters"),
    ("stock_sync_fletcher32_key", "stock sync key",
     "key of the shops' stock-sync service (layout invented)",
     "`tsk-` + 24 lower-case alphanumerics + `-` + 8 lower-case hex of the real Fletcher-32 (16-bit little-endian words, sums mod 65535) of those 24 characters"),
    ("loan_kiosk_base58check_secret", "kiosk secret",
     "device secret of the toy library's self-service loan kiosk (layout invented, real checksum)",
     "Base58Check string: version byte 0x4D + 24 random bytes + the first 4 bytes of double SHA-256, in the Bitcoin Base58 alphabet"),
    ("puppet_app_es256_push_jwt", "push jwt",
     "provider token the theatre's app backend sends to the push service (APNs-style, ES256-signed)",
     "real ES256 JWT: base64url JSON header `{alg: ES256, kid}` and payload `{iss, iat}`, P-256 ECDSA signature (r || s, 64 bytes) under a discarded key"),
    ("toy_shop_laravel_app_key", "app key",
     "Laravel `APP_KEY` of the toy-shop web shop (encrypts cookies and sessions)",
     "`base64:` + standard Base64 of 32 random bytes (44 characters, one `=`)"),
    ("theatre_site_rails_secret_key_base", "secret key base",
     "Rails `secret_key_base` of the theatre's booking site (signs and encrypts cookies)",
     "128 lower-case hex (64 random bytes, as `bin/rails secret` prints it)"),
]
TYPE_NAMES = [t[0] for t in TYPES]
KEYWORDS = {t[0]: t[1] for t in TYPES}
PASSWORD_TYPES = TYPE_NAMES[:6]


def gen_value(t, rng, side):
    if t in PASSWORD_TYPES:
        return W.password(rng)
    if t == "box_office_crc16_api_token":
        body = rs(rng, ALNUM, 32)
        return "bxo_%s_%04X" % (body, crc16_ccitt_false(body.encode()))
    if t == "stock_sync_fletcher32_key":
        body = rs(rng, LOWER_ALNUM, 24)
        return "tsk-%s-%08x" % (body, fletcher32(body.encode()))
    if t == "loan_kiosk_base58check_secret":
        return b58check_encode(bytes([KIOSK_VERSION]) + rbytes(rng, 24))
    if t == "puppet_app_es256_push_jwt":
        d, pub = es256_keypair(rng)
        hdr = {"alg": "ES256", "kid": rs(rng, UPPER_ALNUM, 10)}
        pay = {"iss": rs(rng, UPPER_ALNUM, 10), "iat": 1735000000 + rng.randrange(0, 9000000)}
        tok = jwt_es256(hdr, pay, d, rng)
        side.setdefault("es256_pub", {})[tok] = pub
        return tok
    if t == "toy_shop_laravel_app_key":
        return "base64:" + base64.b64encode(rbytes(rng, 32)).decode()
    if t == "theatre_site_rails_secret_key_base":
        return rbytes(rng, 64).hex()
    raise KeyError(t)


def check_value(t, v, side):
    """Return an error string or None."""
    if t in PASSWORD_TYPES:
        return None if W.EVERYDAY_PW_RE.match(v) else "password shape"
    if t == "box_office_crc16_api_token":
        m = re.match(r"^bxo_([A-Za-z0-9]{32})_([0-9A-F]{4})$", v)
        if not m:
            return "bxo_ shape"
        return None if int(m.group(2), 16) == crc16_ccitt_false(m.group(1).encode()) else "CRC-16 tail wrong"
    if t == "stock_sync_fletcher32_key":
        m = re.match(r"^tsk-([a-z0-9]{24})-([0-9a-f]{8})$", v)
        if not m:
            return "tsk- shape"
        return None if int(m.group(2), 16) == fletcher32(m.group(1).encode()) else "Fletcher-32 tail wrong"
    if t == "loan_kiosk_base58check_secret":
        if not re.match(r"^[1-9A-HJ-NP-Za-km-z]{38,50}$", v):
            return "base58 shape"
        body = b58check_decode(v)
        if body is None:
            return "Base58Check checksum wrong"
        return None if (len(body) == 25 and body[0] == KIOSK_VERSION) else "Base58Check payload"
    if t == "puppet_app_es256_push_jwt":
        if not jwt_valid(v):
            return "JWT frame"
        h, p, s = v.split(".")
        import json
        hdr = json.loads(b64url_dec(h))
        pay = json.loads(b64url_dec(p))
        if hdr.get("alg") != "ES256" or set(hdr) != {"alg", "kid"} or set(pay) != {"iss", "iat"}:
            return "ES256 header/payload"
        pub = side.get("es256_pub", {}).get(v)
        if pub is None or not es256_verify(pub, (h + "." + p).encode(), b64url_dec(s)):
            return "ES256 signature does not verify"
        return None
    if t == "toy_shop_laravel_app_key":
        if not re.match(r"^base64:[A-Za-z0-9+/]{43}=$", v):
            return "laravel key shape"
        return None if len(base64.b64decode(v[7:])) == 32 else "laravel key length"
    if t == "theatre_site_rails_secret_key_base":
        return None if re.match(r"^[0-9a-f]{128}$", v) else "rails key shape"
    return "unknown type"


# ------------------------------------------------------------------ containers
# each: (kind, style, description, forbidden characters, builder(rng, key, ctx) -> text with marker M)

def _ts(rng):
    return 1736000000 + rng.randrange(0, 8000000)


def c_node_red(rng, key, x):
    return ("// settings.js of the Node-RED box that bridges the hoist panel (flyrig)\n"
            "module.exports = {\n"
            "    uiPort: process.env.PORT || 1880,\n"
            "    flowFile: 'flows_flyrig.json',\n"
            "    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,\n"
            "    // read by the hoist-panel function node via global context\n"
            "    functionGlobalContext: {\n"
            "        %s: '%s',\n"
            "        hoistPanelHost: '%s'\n"
            "    },\n"
            "    logging: { console: { level: 'info', metrics: false } }\n"
            "};\n") % (key, M, W.private_ip(rng))


def c_companion(rng, key, x):
    return ('{\n  "version": 6,\n  "type": "full",\n  "instances": {\n'
            '    "%s": {\n      "instance_type": "etc-eos",\n      "label": "eos_main",\n'
            '      "config": {\n        "host": "eos.marrowgate-puppets.example",\n'
            '        "port": 3037,\n        "%s": "%s"\n      },\n      "enabled": true\n    }\n  }\n}\n'
            ) % (rs(rng, "abcdefghijklmnopqrstuvwxyz0123456789", 12), key, M)


def c_qlab(rng, key, x):
    return ('-- QLab script cue 14.5 "wake desk before interval"\n'
            'set deskHost to "eos.marrowgate-puppets.example"\n'
            'set %s to "%s"\n'
            'do shell script "curl -s -u qlab:" & %s & " http://" & deskHost & "/remote/wake"\n'
            'tell application id "com.figure53.QLab.5" to tell front workspace\n'
            '    start cue "15"\nend tell\n') % (key, M, key)


def c_esphome(rng, key, x):
    n = rng.randint(2, 9)
    return ("esphome:\n  name: jackbox-servo-%d\n  friendly_name: Jack-in-the-box servo %d\n\n"
            "esp32:\n  board: esp32dev\n\n"
            "wifi:\n  ssid: \"Marrowgate-Stage\"\n  password: !secret stage_wifi_password\n\n"
            "substitutions:\n  %s: '%s'\n\n"
            "servo:\n  - id: lid_servo\n    output: pwm_lid\n") % (n, n, key, M)


def c_micropython(rng, key, x):
    return ("# config.py on the servo controller inside the Mr Punch head\n"
            "WIFI_SSID = \"Marrowgate-Stage\"\n"
            "MQTT_BROKER = \"%s\"\n"
            "%s = \"%s\"\n"
            "SERVO_PINS = (13, 14, 27)\n"
            "JAW_OPEN_DEG = 38\n") % (W.private_ip(rng), key, M)


def c_octoprint(rng, key, x):
    return ("accessControl:\n  autologinLocal: false\n"
            "plugins:\n  marrowgateNotify:\n    chatRoom: workshop\n    %s: '%s'\n"
            "  octolapse:\n    enabled: false\n"
            "serial:\n  port: /dev/ttyACM0\n  baudrate: 115200\n"
            "server:\n  host: 0.0.0.0\n  port: 5000\n") % (key, M)


def c_moonraker(rng, key, x):
    return ("[server]\nhost: 0.0.0.0\nport: 7125\n\n"
            "[authorization]\ntrusted_clients:\n    10.51.4.0/24\n\n"
            "[webcam printbed]\nservice: mjpegstreamer\nstream_url: /webcam/?action=stream\n\n"
            "[marrowgate_bridge]\n%s: %s\nnotify_room: workshop\n") % (key, M)


def c_firstrun(rng, key, x):
    return ("#!/bin/bash\n# firstrun.sh written by Raspberry Pi Imager for kiosk1\nset +e\n"
            "CURRENT_HOSTNAME=`cat /etc/hostname | tr -d \" \\t\\n\\r\"`\n"
            "echo kiosk1 >/etc/hostname\n"
            "mkdir -p /etc/loanbox\n"
            "cat >/etc/loanbox/kiosk.env <<'KIOSKEOF'\n"
            "LOANBOX_URL=https://loans.bramblewick-toylib.example\n"
            "%s=%s\n"
            "KIOSKEOF\n"
            "rm -f /boot/firstrun.sh\nexit 0\n") % (key, M)


def c_app_restrictions(rng, key, x):
    return ('<?xml version="1.0" encoding="utf-8"?>\n<managedAppConfiguration>\n'
            '  <version>3</version>\n  <bundleId>example.tumbledown.stockscan</bundleId>\n  <dict>\n'
            '    <string keyName="syncHost">stock.tumbledown-toys.example</string>\n'
            '    <integer keyName="shopNumber">%d</integer>\n'
            '    <string keyName="%s">%s</string>\n  </dict>\n</managedAppConfiguration>\n'
            ) % (rng.randint(1, 3), key, M)


def c_chrome_policy(rng, key, x):
    ext = rs(rng, "abcdefghijklmnop", 32)
    return ('{\n  "3rdparty": {\n    "extensions": {\n      "%s": {\n'
            '        "LoanBoxServer": "https://loans.bramblewick-toylib.example",\n'
            '        "KioskName": "Kiosk 1 (front door)",\n'
            '        "%s": "%s"\n      }\n    }\n  }\n}\n') % (ext, key, M)


def c_zpl(rng, key, x):
    return ("^XA\n^FX stock label template v4, Frome stockroom\n^FX LABEL_HOST=labels.tumbledown-toys.example\n"
            "^FX %s=%s\n^CF0,30\n^FO40,40^FDTumbledown Toys - Frome^FS\n"
            "^FO40,90^BY2^BCN,80,Y,N,N^FD>;%s^FS\n^XZ\n") % (key, M, "".join(rng.choice("0123456789") for _ in range(12)))


def c_laravel_services(rng, key, x):
    return ("<?php\n\nreturn [\n\n    'faire' => [\n        'brand' => env('FAIRE_BRAND', 'b_tumbledown'),\n    ],\n\n"
            "    'tills' => [\n        'endpoint' => env('TILLS_ENDPOINT', 'https://tills.tumbledown-toys.example'),\n"
            "        '%s' => env('%s', '%s'),\n    ],\n\n];\n") % (key, key.upper(), M)


def c_symfony(rng, key, x):
    return ("parameters:\n    stock_sync.host: 'stock.tumbledown-toys.example'\n    %s: '%s'\n\n"
            "services:\n    _defaults:\n        autowire: true\n        autoconfigure: true\n") % (key, M)


def c_rails_db(rng, key, x):
    return ("default: &default\n  adapter: postgresql\n  encoding: unicode\n  pool: 5\n\n"
            "production:\n  <<: *default\n  host: %s\n  database: boxoffice_production\n"
            "  username: boxoffice\n  %s: \"%s\"\n") % (W.private_ip(rng), key, M)


def c_koha(rng, key, x):
    return ("<yazgfs>\n<config>\n <db_scheme>mysql</db_scheme>\n <database>koha_bramblewick</database>\n"
            " <hostname>%s</hostname>\n <port>3306</port>\n <%s>%s</%s>\n"
            " <opacdir>/usr/share/koha/opac/cgi-bin/opac</opacdir>\n</config>\n</yazgfs>\n") % (W.private_ip(rng), key, M, key)


def c_flask(rng, key, x):
    return ("# instance/config.py on members.bramblewick-toylib.example (not in git)\n"
            "SQLALCHEMY_DATABASE_URI = \"postgresql://members@%s/members\"\n"
            "%s = \"%s\"\n"
            "MAIL_DEFAULT_SENDER = \"hello@bramblewick-toylib.example\"\n") % (W.private_ip(rng), key, M)


def c_prestashop(rng, key, x):
    return ("<?php return array (\n  'parameters' => \n  array (\n    'database_host' => '%s',\n"
            "    'database_port' => '',\n    'database_name' => 'presta_tumbledown',\n"
            "    'database_prefix' => 'ps_',\n    '%s' => '%s',\n    'ps_caching' => 'CacheMemcache',\n  ),\n);\n"
            ) % (W.private_ip(rng), key, M)


def c_medusa(rng, key, x):
    return ("const { loadEnv, defineConfig } = require('@medusajs/framework/utils')\n\n"
            "loadEnv(process.env.NODE_ENV || 'development', process.cwd())\n\n"
            "module.exports = defineConfig({\n  projectConfig: {\n    databaseUrl: process.env.DATABASE_URL,\n"
            "    http: { storeCors: 'https://shop.tumbledown-toys.example' },\n    %s: '%s',\n  },\n})\n") % (key, M)


def c_fastapi(rng, key, x):
    return ("from pydantic_settings import BaseSettings, SettingsConfigDict\n\n\n"
            "class Settings(BaseSettings):\n    model_config = SettingsConfigDict(env_file=\".env\")\n\n"
            "    venue: str = \"marrowgate\"\n    %s: str = \"%s\"\n    seats_per_row_max: int = 16\n\n\n"
            "settings = Settings()\n") % (key, M)


def c_nestjs(rng, key, x):
    return ("export default () => ({\n  port: parseInt(process.env.PORT ?? '3000', 10),\n"
            "  workshops: {\n    maxBookingsPerSlot: 12,\n    %s: process.env.WORKSHOP_SECRET ?? '%s',\n  },\n});\n") % (key, M)


def c_go_toml(rng, key, x):
    return ("# loanbox-agent.toml\n[server]\nlisten = \":8080\"\nread-timeout = \"15s\"\n\n"
            "[kiosk]\nname = \"kiosk1\"\n%s = \"%s\"\n") % (key, M)


def c_phoenix(rng, key, x):
    return ("import Config\n\nif config_env() == :prod do\n  config :box_office, BoxOffice.Tickets,\n"
            "    venue: \"marrowgate\",\n    %s: System.get_env(\"TICKETS_SECRET\") || \"%s\"\nend\n") % (key, M)


def c_ron(rng, key, x):
    return ("// stocksync.ron\nSettings(\n    warehouse: \"Frome\",\n    poll_seconds: 90,\n"
            "    %s: \"%s\",\n    shops: [\"bristol\", \"frome\", \"stroud\"],\n)\n") % (key, M)


def c_dart_define(rng, key, x):
    return ('{\n  "SHOP_ID": "frome",\n  "API_BASE": "https://tills.tumbledown-toys.example",\n'
            '  "%s": "%s"\n}\n') % (key, M)


def c_plist(rng, key, x):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n'
            '\t<key>CFBundleDisplayName</key>\n\t<string>Toy Library</string>\n'
            '\t<key>LoanBoxBaseURL</key>\n\t<string>https://loans.bramblewick-toylib.example</string>\n'
            '\t<key>%s</key>\n\t<string>%s</string>\n</dict>\n</plist>\n') % (key, M)


def c_local_properties(rng, key, x):
    return ("## This file must *NOT* be checked into Version Control Systems,\n"
            "# as it contains information specific to your local configuration.\n"
            "sdk.dir=/Users/precious/Library/Android/sdk\n%s=%s\n") % (key, M)


def c_ansible_host_vars(rng, key, x):
    return ("---\n# host_vars/boxoffice.yml\nansible_host: %s\nansible_user: deploy\n"
            "boxoffice_release: \"2025.3\"\n%s: \"%s\"\n") % (W.private_ip(rng), key, M)


def c_compose(rng, key, x):
    return ("services:\n  loanbox:\n    image: registry.lanternfly.example/loanbox:2025.3\n"
            "    environment:\n      - TZ=Europe/London\n      - %s=%s\n    ports:\n      - \"8080:8080\"\n") % (key, M)


def c_configmap(rng, key, x):
    return ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: boxoffice-env\n  namespace: marrowgate\n"
            "data:\n  RAILS_ENV: production\n  %s: \"%s\"\n") % (key, M)


def c_systemd(rng, key, x):
    return ("[Unit]\nDescription=Stock sync for the toy shops\nAfter=network-online.target\n\n"
            "[Service]\nUser=stocksync\nEnvironment=\"%s=%s\"\nExecStart=/opt/stocksync/bin/stocksync --daemon\n"
            "Restart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n") % (key, M)


def c_jenkinsfile(rng, key, x):
    return ("pipeline {\n  agent any\n  environment {\n    DEPLOY_HOST = 'boxoffice.marrowgate-puppets.example'\n"
            "    %s = '%s'\n  }\n  stages {\n    stage('Deploy') {\n      steps { sh './bin/deploy production' }\n"
            "    }\n  }\n}\n") % (key, M)


def c_bitbucket(rng, key, x):
    return ("image: node:20\npipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy kiosk bundle\n"
            "          script:\n            - export %s='%s'\n            - npm ci && npm run deploy\n") % (key, M)


def c_fish(rng, key, x):
    t = _ts(rng)
    return ("- cmd: cd ~/src/stocksync\n  when: %d\n- cmd: set -gx %s '%s'\n  when: %d\n"
            "- cmd: ./bin/stocksync --once --shop frome\n  when: %d\n") % (t, key, M, t + 41, t + 58)


def c_ps_profile(rng, key, x):
    return ("# Microsoft.PowerShell_profile.ps1 on the box office PC\n"
            "$env:%s = '%s'\nSet-Location C:\\BoxOffice\nImport-Module posh-git\n") % (key, M)


def c_crontab(rng, key, x):
    return ("# m h  dom mon dow   command\nMAILTO=agnieszka.wrona@lanternfly.example\n%s=%s\n"
            "15 2 * * * /opt/loanbox/bin/nightly-reminders\n30 6 * * 1 /opt/loanbox/bin/overdue-report\n") % (key, M)


def c_curlrc(rng, key, x):
    return ("# ~/.curlrc on the tills sync box\nsilent\nshow-error\nheader = \"%s: %s\"\n"
            "user-agent = \"tills-sync/1.4\"\n") % (key, M)


def c_dmx_gateway(rng, key, x):
    return ("; export of the Art-Net gateway settings (stage left)\n[Network]\nIpAddress=%s\nSubnetMask=255.255.255.0\n\n"
            "[ArtNet]\nUniverseA=1\nUniverseB=2\n\n[Remote]\n%s=%s\n") % (W.private_ip(rng), key, M)


def _whatsapp_times(rng, n):
    d, h, m = rng.randint(1, 28), rng.randint(8, 21), rng.randint(0, 50)
    out = []
    for _ in range(n):
        out.append("%02d/03/2025, %02d:%02d:%02d" % (d, h, m, rng.randint(0, 59)))
        m += rng.randint(1, 3)
    return out


def c_whatsapp(rng, key, x):
    t1, t2, t3 = _whatsapp_times(rng, 3)
    return ("[%s] Luis Ortega: van is loaded, leaving for Stroud in 10\n"
            "[%s] Oskar Lindqvist: if anything locks up on site, the %s is %s\n"
            "[%s] Luis Ortega: 👍 got it\n") % (t1, t2, key, M, t3)


def c_gdocs_comment(rng, key, x):
    return ("Comment thread on \"Kiosk restart checklist\" (Google Docs)\n"
            "Maja Novak: step 4 asks for the %s but doesn't say what it is?\n"
            "Rohan Mehta: it's %s for now, I'll move it to the vault later\n"
            "Maja Novak: thanks!\nRohan Mehta marked this thread as resolved\n") % (key, M)


def c_zendesk(rng, key, x):
    return ("Ticket #%d · Card reader declines at the interval\n"
            "Internal note — Nadia Petrosyan\n"
            "Femi, to reproduce on the test terminal you'll need the %s: %s\n"
            "Please don't paste it into the public reply.\n") % (rng.randint(40000, 49999), key, M)


def c_notion(rng, key, x):
    return ("# Kiosk handover\n\n| Item | Value |\n|---|---|\n| Kiosk Host | kiosk1.bramblewick-toylib.example |\n"
            "| %s | %s |\n| Contact | Rohan Mehta |\n") % (key, M)


def c_whiteboard(rng, key, x):
    return ("[OCR of whiteboard photo, rehearsal room 2]\nRUN ORDER: Punch / Crocodile / The Ghost Train\n"
            "%s: %s\nTEA ROTA: Teo, Hana\nGET-IN FRI 09:00\n") % (key, M)


def c_voicemail(rng, key, x):
    return ("Voicemail transcript, 09:%02d, from Callum Ferris:\n"
            "\"Hi Femi, it's Callum at Frome. The scanners lost their settings again after the update. "
            "The %s is %s if you need it. Call me back on the shop phone, cheers.\"\n") % (rng.randint(0, 59), key, M)


def c_contacts_csv(rng, key, x):
    return ("Name,Role,Phone,%s\nLuis Ortega,Touring SM,07700 900%03d,%s\n"
            "Ilse Marchetti,Technical Director,07700 900%03d,\n") % (key, rng.randint(0, 999), M, rng.randint(0, 999))


def c_packing_list(rng, key, x):
    return ("TOURING PACK LIST – Stroud Library, Saturday matinee\n"
            "☐ Marionette bridge (2 sections) + bolts\n☐ Hoist controller + spare fuse\n"
            "☐ Lighting case B (4 x LED pars)\n%s: %s\n☐ Tea urn\n") % (key, M)


CONTAINERS = [
    ("flyrig_node_red_settings_js", "camel", "Node-RED settings.js on the hoist-panel bridge", "'\\", c_node_red),
    ("lighting_companion_config_json", "camel", "Bitfocus Companion export with the desk connection", "\"\\", c_companion),
    ("sound_qlab_script_cue_applescript", "camel", "QLab script cue (AppleScript)", "\"\\", c_qlab),
    ("animatronic_esphome_node_yaml", "snake", "ESPHome node YAML of an animatronic servo board", "'", c_esphome),
    ("animatronic_micropython_config_py", "upper", "MicroPython config.py on a puppet's servo controller", "\"\\", c_micropython),
    ("workshop_octoprint_config_yaml", "camel", "OctoPrint config.yaml with a plugin block", "'", c_octoprint),
    ("workshop_moonraker_conf", "snake", "Moonraker moonraker.conf (Klipper printer host)", "#;", c_moonraker),
    ("kiosk_pi_imager_firstrun_sh", "upper", "Raspberry Pi Imager firstrun.sh writing the kiosk env file", "", c_firstrun),
    ("stock_scanner_managed_config_xml", "camel", "EMM managed app configuration of the stock scanners", "<&", c_app_restrictions),
    ("loans_kiosk_chrome_policy_json", "pascal", "Chrome managed policy for the kiosk extension", "\"\\", c_chrome_policy),
    ("stock_label_zpl_template", "upper", "ZPL label template with ^FX comment lines", "^~", c_zpl),
    ("toyshop_laravel_config_services_php", "snake", "Laravel config/services.php with env() defaults", "'\\", c_laravel_services),
    ("toyshop_symfony_services_yaml", "snake", "Symfony services.yaml parameters", "'%", c_symfony),
    ("boxoffice_rails_database_yml", "snake", "Rails config/database.yml", "\"\\<", c_rails_db),
    ("catalogue_koha_conf_xml", "snake", "Koha koha-conf.xml of the toy catalogue", "<&", c_koha),
    ("members_flask_instance_config_py", "upper", "Flask instance/config.py of the members app", "\"\\", c_flask),
    ("toyshop_prestashop_parameters_php", "snake", "PrestaShop app/config/parameters.php", "'\\", c_prestashop),
    ("toyshop_medusa_config_js", "camel", "Medusa medusa-config.js", "'\\", c_medusa),
    ("boxoffice_fastapi_settings_py", "snake", "FastAPI pydantic-settings class", "\"\\", c_fastapi),
    ("workshops_nestjs_configuration_ts", "camel", "NestJS configuration factory", "'\\", c_nestjs),
    ("loanbox_agent_config_toml", "kebab", "TOML config of the kiosk agent (kebab keys)", "\"\\", c_go_toml),
    ("boxoffice_phoenix_runtime_exs", "snake", "Phoenix config/runtime.exs", "\"\\#", c_phoenix),
    ("stocksync_rust_settings_ron", "snake", "RON settings file of the Rust stock-sync tool", "\"\\", c_ron),
    ("till_app_dart_define_json", "upper", "Flutter --dart-define-from-file JSON of the till app", "\"\\", c_dart_define),
    ("loans_app_ios_info_plist", "pascal", "Info.plist of the toy library iOS app", "<&", c_plist),
    ("scanner_app_android_local_properties", "dot", "Android local.properties", "\\", c_local_properties),
    ("boxoffice_ansible_host_vars_yml", "snake", "Ansible host_vars file", "\"\\", c_ansible_host_vars),
    ("loanbox_compose_environment_yml", "upper", "docker compose environment list", "$", c_compose),
    ("boxoffice_k8s_configmap_yaml", "upper", "Kubernetes ConfigMap used as an env source", "\"\\", c_configmap),
    ("stocksync_systemd_service_unit", "upper", "systemd unit with Environment=", "%\"\\", c_systemd),
    ("boxoffice_jenkinsfile_environment", "upper", "Jenkinsfile environment block", "'\\$", c_jenkinsfile),
    ("kiosk_bitbucket_pipelines_yml", "upper", "bitbucket-pipelines.yml script line", "'", c_bitbucket),
    ("devbox_fish_history", "upper", "fish shell history (~/.local/share/fish/fish_history)", "'", c_fish),
    ("boxoffice_powershell_profile_ps1", "upper", "PowerShell profile setting $env:", "'", c_ps_profile),
    ("loanbox_crontab_environment", "upper", "crontab with environment lines", "%", c_crontab),
    ("tills_curlrc_header_line", "header", ".curlrc header line", "\"\\", c_curlrc),
    ("stage_artnet_gateway_settings_ini", "pascal", "Art-Net gateway settings export (INI)", ";", c_dmx_gateway),
    ("touring_crew_whatsapp_export_txt", "spaced", "WhatsApp group chat export", "", c_whatsapp),
    ("kiosk_checklist_gdocs_comment", "spaced", "Google Docs comment thread", "", c_gdocs_comment),
    ("boxoffice_zendesk_internal_note", "spaced", "Zendesk internal note", "", c_zendesk),
    ("kiosk_handover_notion_export_md", "title", "Notion page exported as Markdown table", "|", c_notion),
    ("rehearsal_whiteboard_photo_ocr", "title", "OCR of a rehearsal-room whiteboard photo", "", c_whiteboard),
    ("frome_shop_voicemail_transcript", "spaced", "voicemail transcript", "", c_voicemail),
    ("touring_contacts_csv_export", "title", "contacts spreadsheet exported as CSV (value in its column)", ",\"", c_contacts_csv),
    ("touring_packing_list_docx_text", "title", "text of a touring packing-list document", "", c_packing_list),
]
KIND_NAMES = [c[0] for c in CONTAINERS]


def pairing():
    """45 kinds in 15 blocks of three; each block deals a seeded permutation of
    the 12 types, four to each kind."""
    rng = random.Random(SEED_PAIRING)
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for k in range(3):
            out.append(perm[4 * k:4 * k + 4])
    return out


def place(text, value):
    assert text.count(M) == 1
    start = text.index(M)
    return text.replace(M, value), start, start + len(value)


def build(reg, side):
    rng = random.Random(SEED_VALUES)
    recs = []
    pairs = pairing()
    for (kind, style, desc, forbid, fn), types in zip(CONTAINERS, pairs):
        for t in types:
            key = style_key(KEYWORDS[t], style)
            for _ in range(200):
                v = gen_value(t, rng, side)
                if not any(ch in v for ch in forbid) and reg.ok(v):
                    break
            reg.add(v)
            text, s, e = place(fn(rng, key, None), v)
            recs.append({"type": t, "container": kind, "text": text,
                         "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "everyday"})
    return recs
