"""Everyday source: 12 types x 45 container kinds, 4 records per kind."""
import json
import random

import common266 as C
import world266 as W

MK = "\u2063VALUE\u2063"
SEED_VALUES = 26601
SEED_PAIRING = 26611
SEED_JWE_KEY = 26671

# ------------------------------------------------------------------ types
TYPES = [
    ("lamp_room_hmi_password", "lamp room hmi password", "pw",
     "owner-chosen engineer password of the HMI in Tregarrow's lamp room (lens rotation drive, lamp changer, sector monitoring)"),
    ("diaphone_compressor_panel_password", "diaphone compressor panel password", "pw",
     "owner-chosen supervisor password of the compressor panel of the restored diaphone fog signal"),
    ("lightvessel_bilge_monitor_password", "lightvessel bilge monitor password", "pw",
     "owner-chosen admin password of the bilge and hull monitor on board LV72"),
    ("annealing_kiln_controller_password", "annealing kiln controller password", "pw",
     "owner-chosen login of the controller of Prism & Diaphone's annealing kiln for re-ground lens prisms"),
    ("ticket_desk_till_manager_password", "ticket desk till manager password", "pw",
     "owner-chosen manager login of the till at the LV72 ticket desk and gift shop (refunds, voids)"),
    ("tower_tour_kiosk_admin_password", "tower tour kiosk admin password", "pw",
     "owner-chosen admin password of the tower-tour booking kiosk in the Tregarrow visitor centre"),
    ("lens_drive_recursive_mod10_licence", "lens drive licence", "ldr",
     "licence code of the lens-drive controller software that Prism & Diaphone fit to converted clockwork rotations "
     "(layout invented): `LDR-` + four groups of five digits joined by `-`, the last digit being the real Swiss "
     "recursive modulo-10 check digit (the ESR / QR-bill table 0 9 4 6 8 2 7 1 3 5 with carry) of the 19 digits before it"),
    ("cottage_lock_mod89_pairing_code", "cottage lock pairing code", "clp",
     "pairing code that binds the keepers' cottages' smart locks to the booking system (layout invented): `CLP-` + "
     "two check digits and nine body digits grouped 2-3-3-3, valid under the real modulus-89 rule of the Australian "
     "Business Number (subtract 1 from the first digit, weights 10 1 3 5 7 9 11 13 15 17 19, sum divisible by 89)"),
    ("audio_guide_mod26_enrolment_code", "audio guide enrolment code", "age",
     "enrolment code of a handset of LV72's audio-guide fleet (layout invented): `AGE-` + 15 upper-case "
     "alphanumerics + the real control letter of the Italian codice fiscale (odd positions through the odd table, "
     "even positions through the even table, sum mod 26 as a letter)"),
    ("aton_feed_sha512_256_api_key", "aton feed api key", "atn",
     "API key of Lampwick's AtoN status feed (layout invented): `atn_` + 32 base62 + `_` + 10 lower-case hex, the "
     "first five bytes of the real SHA-512/256 digest (FIPS 180-4, written by hand) of the 32 body characters"),
    ("booking_api_a256kw_jwe_token", "booking api token", "jwe",
     "service token of the tours-and-cottages booking API: a real compact JWE (RFC 7516) with alg `A256KW` (RFC 3394 "
     "AES key wrap, written by hand) and enc `A256CBC-HS512` (AES-256-CBC + HMAC-SHA-512 truncated to 32 bytes, "
     "RFC 7518 5.2.5) under a 32-byte key-encryption key drawn from a fixed seed and discarded; encrypted claims "
     "{iss, sub, aud, iat, exp, jti, scope}"),
    ("collections_django_secret_key", "collections django secret key", "dj",
     "Django SECRET_KEY of the Tregarrow collections site: 50 characters drawn from Django's own "
     "get_random_secret_key alphabet (a-z 0-9 !@#$%^&*(-_=+))"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_KW = {t[0]: t[1] for t in TYPES}
TYPE_KIND = {t[0]: t[2] for t in TYPES}
TYPE_DESC = {t[0]: t[3] for t in TYPES}

LDR_RE = r"^LDR-[0-9]{5}-[0-9]{5}-[0-9]{5}-[0-9]{5}$"
CLP_RE = r"^CLP-[0-9]{2}-[0-9]{3}-[0-9]{3}-[0-9]{3}$"
AGE_RE = r"^AGE-[A-Z0-9]{15}[A-Z]$"
ATN_RE = r"^atn_[A-Za-z0-9]{32}_[0-9a-f]{10}$"
DJ_RE = r"^[a-z0-9!@#$%^&*(\-_=+)]{50}$"

JWE_KEK = C.rbytes(random.Random(SEED_JWE_KEY), 32)


def gen_value(rng, typ, forbid):
    k = TYPE_KIND[typ]
    if k == "pw":
        return C.make_password(rng, strict=False, forbid=forbid, cap=0.5)
    if k == "ldr":
        body = C.rstr(rng, C.DIGITS, 19)
        d = body + C.recursive_mod10(body)
        return "LDR-%s-%s-%s-%s" % (d[:5], d[5:10], d[10:15], d[15:])
    if k == "clp":
        body = C.rstr(rng, C.DIGITS, 9)
        d = C.mod89_prefix(body) + body
        return "CLP-%s-%s-%s-%s" % (d[:2], d[2:5], d[5:8], d[8:])
    if k == "age":
        body = C.rstr(rng, C.UALNUM, 15)
        return "AGE-" + body + C.mod26_letter(body)
    if k == "atn":
        body = C.rstr(rng, C.ALNUM, 32)
        return "atn_" + body + "_" + C.sha512_256(body.encode())[:5].hex()
    if k == "jwe":
        iat = 1735689600 + rng.randint(0, 300) * 86400 + rng.randint(0, 86399)
        claims = {
            "iss": "https://bookings.lampwick.example",
            "sub": rng.choice(["svc-cottage-sync", "svc-tour-kiosk", "svc-ticket-desk", "svc-audio-guide"]),
            "aud": "booking-api",
            "iat": iat, "exp": iat + rng.choice([3600, 28800, 86400, 604800]),
            "jti": C.uuid4(rng),
            "scope": rng.choice(["availability:read bookings:write", "bookings:read", "tours:write cottages:read"]),
        }
        header = {"alg": "A256KW", "enc": "A256CBC-HS512", "typ": "JWT", "kid": "booking-%d" % rng.randint(1, 9)}
        return C.jwe_a256kw_a256cbc_hs512(JWE_KEK, header, claims, C.rbytes(rng, 64), C.rbytes(rng, 16))
    if k == "dj":
        alpha = [c for c in C.DJANGO_ALPHABET if c not in forbid]
        return "".join(rng.choice(alpha) for _ in range(50))
    raise ValueError(typ)


def check_value(typ, v):
    """Returns an error string or ''."""
    import re
    k = TYPE_KIND[typ]
    if k == "pw":
        return "" if C.PW_RE_LOOSE.match(v) else "password form"
    if k == "ldr":
        if not re.match(LDR_RE, v):
            return "LDR layout"
        d = v[4:].replace("-", "")
        return "" if C.recursive_mod10(d[:19]) == d[19] else "recursive mod 10 check"
    if k == "clp":
        if not re.match(CLP_RE, v):
            return "CLP layout"
        return "" if C.mod89_ok(v[4:].replace("-", "")) else "mod 89 check"
    if k == "age":
        if not re.match(AGE_RE, v):
            return "AGE layout"
        return "" if C.mod26_letter(v[4:19]) == v[19] else "mod 26 letter"
    if k == "atn":
        if not re.match(ATN_RE, v):
            return "atn layout"
        body, tail = v[4:36], v[37:]
        return "" if C.sha512_256(body.encode())[:5].hex() == tail else "SHA-512/256 tail"
    if k == "jwe":
        try:
            h, cl = C.jwe_open(JWE_KEK, v)
        except Exception as e:  # noqa
            return "JWE does not open: %s" % e
        if set(cl) != {"iss", "sub", "aud", "iat", "exp", "jti", "scope"}:
            return "JWE claims"
        if not (C.UUID_RE.fullmatch(cl["jti"]) and C.uuid_is_v4(cl["jti"])):
            return "JWE jti"
        return ""
    if k == "dj":
        return "" if re.match(DJ_RE, v) else "Django key alphabet / length"
    return "unknown"


# ------------------------------------------------------------ helpers
def ts(rng, fmt="%04d-%02d-%02d %02d:%02d:%02d"):
    return fmt % (2025, rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59))


def k_(typ, style):
    return C.style_key(TYPE_KW[typ], style)


# Each kind: name -> (group, style, forbidden characters, description, renderer)
# A renderer gets (rng, typ, key) and returns a text containing MK once.

def r_codesys(rng, typ, key):
    return ("{attribute 'qualified_only'}\n"
            "// GVL_LampRoom - generated by CODESYS V3.5 SP19, Tregarrow lamp room PLC\n"
            "VAR_GLOBAL CONSTANT\n"
            "    LAMP_CHANGER_POSITIONS : INT := 4;\n"
            "    LENS_TURNS_PER_MINUTE : REAL := %.2f;\n"
            "    SECTOR_ALARM_DELAY_S : TIME := T#%dS;\n"
            "    %s : STRING(1024) := '%s';\n"
            "END_VAR\n") % (rng.choice([0.5, 0.75, 1.0, 1.5]), rng.randint(5, 40), key, MK)


def r_sdkconfig(rng, typ, key):
    return ("#\n# Automatically generated file. DO NOT EDIT.\n# Espressif IoT Development Framework (ESP-IDF) 5.2.1 Project Configuration\n#\n"
            "CONFIG_IDF_TARGET=\"esp32s3\"\n"
            "CONFIG_LAMP_CHANGER_STEPS_PER_REV=%d\n"
            "CONFIG_LAMP_CHANGER_MQTT_URI=\"mqtts://mqtt.tregarrowlight.example:8883\"\n"
            "CONFIG_%s=\"%s\"\n"
            "CONFIG_ESP_TASK_WDT_TIMEOUT_S=%d\n") % (rng.choice([200, 400, 800]), key, MK, rng.choice([5, 10, 30]))


def r_frigate(rng, typ, key):
    return ("mqtt:\n  host: %s\n  user: frigate\n"
            "environment_vars:\n  TZ: Europe/London\n  %s: \"%s\"\n"
            "cameras:\n  gallery_east:\n    ffmpeg:\n      inputs:\n        - path: rtsp://10.47.5.31:554/Streaming/Channels/101\n"
            "          roles: [detect, record]\n    detect:\n      width: 1280\n      height: 720\n") % (W.ip(rng), key, MK)


def r_uci(rng, typ, key):
    return ("root@lv72-gw:~# cat /etc/config/lv72\n"
            "config monitor 'bilge'\n\toption interval '%d'\n\toption alarm_level_mm '%d'\n\toption %s '%s'\n\n"
            "config uplink 'lte'\n\toption apn 'mobile.example'\n") % (rng.choice([15, 30, 60]), rng.randint(80, 220), key, MK)


def r_nmconnection(rng, typ, key):
    return ("[connection]\nid=Cottage-Uplink\nuuid=%s\ntype=wifi\ninterface-name=wlan0\n\n"
            "[wifi]\nmode=infrastructure\nssid=Tregarrow-Cottages\n\n"
            "[ipv4]\nmethod=auto\n\n[user]\norg.tregarrowlight.%s=%s\n") % (C.uuid4(rng), key, MK)


def r_octoprint(rng, typ, key):
    return ("accessControl:\n  salt: null\nplugins:\n  prismdiaphone_parts:\n    shop_url: https://parts.prismdiaphone.example\n"
            "    %s: '%s'\n  softwareupdate:\n    _config_version: 9\nserial:\n  port: /dev/ttyACM0\n  baudrate: 115200\n") % (key, MK)


def r_launchd(rng, typ, key):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
            "<plist version=\"1.0\">\n<dict>\n  <key>Label</key>\n  <string>example.prismdiaphone.kiln-bridge</string>\n"
            "  <key>ProgramArguments</key>\n  <array><string>/usr/local/bin/kiln-bridge</string></array>\n"
            "  <key>EnvironmentVariables</key>\n  <dict>\n    <key>KILN_PORT</key>\n    <string>/dev/cu.usbserial-%04d</string>\n"
            "    <key>%s</key>\n    <string>%s</string>\n  </dict>\n  <key>RunAtLoad</key>\n  <true/>\n</dict>\n</plist>\n") % (rng.randint(1000, 9999), key, MK)


def r_expo(rng, typ, key):
    d = {"expo": {"name": "LV72 Audio Guide", "slug": "lv72-audio-guide", "version": "3.%d.0" % rng.randint(0, 9),
                  "android": {"package": "example.lv72museum.guide"},
                  "extra": {"apiBase": "https://api.lv72museum.example", key: MK}}}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def r_cumulus(rng, typ, key):
    return ("[Station]\nType=%d\nLatitude=50.%06d\nLongitude=-5.%06d\n\n[Web Site]\nForumURL=\n\n[Tregarrow]\n%s=%s\nUploadSeconds=%d\n") % (
        rng.choice([1, 11, 20]), rng.randint(0, 999999), rng.randint(0, 999999), key, MK, rng.choice([60, 300]))


def r_reg(rng, typ, key):
    return ("Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Lampwick\\AtonMonitor]\n"
            "\"PollSeconds\"=dword:%08x\n\"FeedUrl\"=\"https://aton.lampwick.example/v2/status\"\n\"%s\"=\"%s\"\n") % (rng.choice([30, 60, 120]), key, MK)


def r_django(rng, typ, key):
    if typ == "collections_django_secret_key":
        key = "SECRET_KEY"
    return ("\"\"\"Production settings for the Tregarrow collections site.\"\"\"\nfrom .base import *  # noqa\n\n"
            "DEBUG = False\nALLOWED_HOSTS = [\"collections.tregarrowlight.example\"]\n"
            "%s = '%s'\nCSRF_TRUSTED_ORIGINS = [\"https://collections.tregarrowlight.example\"]\n") % (key, MK)


def r_quarkus(rng, typ, key):
    return ("quarkus.http.port=8080\n%%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://10.47.2.12:5432/tickets\n"
            "%%prod.tregarrow.%s=%s\n%%prod.quarkus.log.level=INFO\n") % (key, MK)


def r_hocon(rng, typ, key):
    return ("ktor {\n  deployment {\n    port = 8080\n  }\n  application {\n    modules = [ example.tregarrowlight.cottages.ApplicationKt.module ]\n  }\n}\n"
            "tregarrow {\n  calendarFeed = \"https://bookings.lampwick.example/ical\"\n  %s = \"%s\"\n}\n") % (key, MK)


def r_nuxt(rng, typ, key):
    return ("// nuxt.config.ts - Prism & Diaphone parts shop\nexport default defineNuxtConfig({\n  runtimeConfig: {\n"
            "    %s: '%s',\n    public: {\n      shopBase: 'https://parts.prismdiaphone.example'\n    }\n  },\n  devtools: { enabled: false }\n})\n") % (key, MK)


def r_xcconfig(rng, typ, key):
    return ("// Release.xcconfig - Tregarrow Visitor\n#include \"Base.xcconfig\"\nPRODUCT_BUNDLE_IDENTIFIER = example.tregarrowlight.visitor\n"
            "MARKETING_VERSION = 2.%d\n%s = %s\n") % (rng.randint(0, 9), key, MK)


def r_omeka(rng, typ, key):
    return ("; config/database.ini - Omeka S, LV72 archive\nhost     = \"10.47.2.14\"\nuser     = \"omeka\"\ndbname   = \"lv72_archive\"\n"
            "%s = \"%s\"\n") % (key, MK)


def r_collectiveaccess(rng, typ, key):
    return ("<?php\n# setup.php - CollectiveAccess, Tregarrow object catalogue\ndefine(\"__CA_DB_HOST__\", '10.47.2.12');\n"
            "define(\"__CA_APP_DISPLAY_NAME__\", \"Tregarrow Point Light - Collections\");\ndefine(\"__CA_%s__\", \"%s\");\n") % (key, MK)


def r_matomo(rng, typ, key):
    return ("; <?php exit; ?> DO NOT REMOVE THIS LINE\n; file automatically generated or modified by Matomo; you can manually override the default values in global.ini.php by redefining them in this file.\n"
            "[database]\nhost = \"10.47.2.16\"\ndbname = \"matomo\"\n\n[General]\nsalt = \"%s\"\n%s = \"%s\"\n") % (C.rstr(rng, C.HEXL, 32), key, MK)


def r_discourse(rng, typ, key):
    return ("## containers/app.yml - forum.tregarrowlight.example\ntemplates:\n  - \"templates/postgres.template.yml\"\n  - \"templates/web.template.yml\"\n"
            "env:\n  LANG: en_GB.UTF-8\n  DISCOURSE_HOSTNAME: forum.tregarrowlight.example\n  %s: '%s'\n") % (key, MK)


def r_rocket(rng, typ, key):
    return ("[default]\naddress = \"127.0.0.1\"\nport = 8000\n\n[release]\naddress = \"0.0.0.0\"\nlog_level = \"critical\"\n%s = \"%s\"\n") % (key, MK)


def r_odoo(rng, typ, key):
    return ("[options]\naddons_path = /opt/odoo/addons,/opt/lv72/addons\ndb_host = 10.47.2.18\ndb_port = 5432\n%s = %s\nproxy_mode = True\n") % (key, MK)


def r_piwigo(rng, typ, key):
    return ("<?php\n$conf['dblayer'] = 'mysqli';\n$conf['db_base'] = 'lens_gallery';\n$conf['db_host'] = '10.47.2.20';\n"
            "$conf['%s'] = '%s';\n\n$prefixeTable = 'piwigo_';\ndefine('PHPWG_INSTALLED', true);\n") % (key, MK)


def r_usersecrets(rng, typ, key):
    d = {"Logging:LogLevel:Default": "Information", "Bookings:CalendarFeed": "https://bookings.lampwick.example/ical",
         "Tregarrow:" + key: MK}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def r_kustomize(rng, typ, key):
    return ("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: tregarrow\nresources:\n  - deployment.yaml\n"
            "secretGenerator:\n  - name: lamp-bridge-env\n    literals:\n      - LOG_LEVEL=info\n      - %s=%s\n") % (key, MK)


def r_bitbucket(rng, typ, key):
    return ("image: python:3.12\npipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy AtoN feed\n          script:\n"
            "            - export %s='%s'\n            - ./deploy.sh production\n") % (key, MK)


def r_buildkite(rng, typ, key):
    return ("env:\n  %s: \"%s\"\n  RELEASE_CHANNEL: stable\nsteps:\n  - label: \":lighthouse: test\"\n    command: make test\n"
            "  - wait\n  - label: deploy\n    command: make deploy\n") % (key, MK)


def r_drone(rng, typ, key):
    return ("kind: pipeline\ntype: docker\nname: default\nsteps:\n  - name: publish\n    image: plugins/docker\n    environment:\n"
            "      %s: \"%s\"\n    settings:\n      repo: registry.lampwick.example/tregarrow/kiosk\n") % (key, MK)


def r_traefik(rng, typ, key):
    return ("http:\n  middlewares:\n    lamp-bridge-upstream:\n      headers:\n        customRequestHeaders:\n          %s: \"%s\"\n"
            "  routers:\n    lamp-bridge:\n      rule: \"Host(`bridge.tregarrowlight.example`)\"\n      middlewares: [lamp-bridge-upstream]\n      service: lamp-bridge\n") % (key, MK)


def r_logstash(rng, typ, key):
    return ("output {\n  http {\n    url => \"https://ingest.lampwick.example/v1/aton\"\n    http_method => \"post\"\n"
            "    format => \"json\"\n    headers => { \"%s\" => \"%s\" }\n  }\n}\n") % (key, MK)


def r_xtrace(rng, typ, key):
    return ("+ cd /srv/aton-feed\n+ git pull --ff-only\nAlready up to date.\n+ export '%s=%s'\n+ systemctl restart aton-feed\n") % (key, MK)


def r_environ(rng, typ, key):
    pid = rng.randint(1000, 65000)
    return ("$ sudo cat /proc/%d/environ | tr '\\0' '\\n'\nLANG=C.UTF-8\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\n"
            "INVOCATION_ID=%s\n%s=%s\nHOME=/var/lib/lamp-bridge\n") % (pid, C.rstr(rng, C.HEXL, 32), key, MK)


def r_justfile(rng, typ, key):
    return ("set dotenv-load := false\nexport %s := \"%s\"\n\ndeploy:\n    podman build -t registry.lampwick.example/kiosk .\n    podman push registry.lampwick.example/kiosk\n") % (key, MK)


def r_argocd(rng, typ, key):
    return ("apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: booking-api\n  namespace: argocd\nspec:\n"
            "  source:\n    repoURL: https://git.lampwick.example/ops/charts.git\n    path: booking-api\n    helm:\n      parameters:\n"
            "        - name: replicaCount\n          value: \"2\"\n        - name: tregarrow.%s\n          value: \"%s\"\n") % (key, MK)


def r_gitdiff(rng, typ, key):
    return ("diff --git a/deploy/production.env b/deploy/production.env\nindex %s..%s 100644\n--- a/deploy/production.env\n+++ b/deploy/production.env\n"
            "@@ -3,4 +3,5 @@ LOG_LEVEL=info\n TZ=Europe/London\n FEED_URL=https://aton.lampwick.example/v2\n+%s=%s\n QUEUE=aton\n") % (C.rstr(rng, C.HEXL, 7), C.rstr(rng, C.HEXL, 7), key, MK)


def r_fetch(rng, typ, key):
    return ("fetch(\"https://api.lv72museum.example/v1/handsets?status=charging\", {\n  \"headers\": {\n    \"accept\": \"application/json\",\n"
            "    \"%s\": \"%s\"\n  },\n  \"referrer\": \"https://admin.lv72museum.example/\",\n  \"method\": \"GET\",\n  \"mode\": \"cors\"\n});\n") % (key, MK)


def r_envrc(rng, typ, key):
    return ("# .envrc for the booking-api checkout\nuse nix\nexport DATABASE_HOST=10.47.2.22\nexport %s='%s'\n") % (key, MK)


def r_jest(rng, typ, key):
    return ("// jest.setup.js\nprocess.env.TZ = 'Europe/London';\nprocess.env.%s = '%s';\n\nbeforeEach(() => {\n  jest.useFakeTimers();\n});\n") % (key, MK)


def r_pytest(rng, typ, key):
    return ("[pytest]\naddopts = -q --strict-markers\nenv =\n    FEED_BASE=https://aton.lampwick.example\n    %s=%s\n") % (key, MK)


def r_logbook(rng, typ, key):
    p = W.person(rng)
    return ("TREGARROW POINT - KEEPERS' LOG (transcribed)\n0505 Light extinguished. Wind SW 4, sea moderate, visibility good.\n"
            "1130 Lens drive greased, lamp changer tested on positions 1-4.\n1415 %s: %s changed to %s after the firmware update; tell the relief crew.\n"
            "2012 Light exhibited. Fog signal not required.\n") % (p, key, MK)


def r_xlsx(rng, typ, key):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"8\" uniqueCount=\"8\">"
            "<si><t>System</t></si><si><t>Login</t></si><si><t>Value</t></si><si><t>Owner</t></si>"
            "<si><t>%s</t></si><si><t>%s</t></si><si><t>%s</t></si><si><t>%s</t></si></sst>\n") % (key, W.user(rng), MK, W.person(rng))


def r_ics(rng, typ, key):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Lampwick//Rota//EN\r\nBEGIN:VEVENT\r\nUID:%s@lampwick.example\r\n"
            "DTSTART:20250%d%02dT090000Z\r\nSUMMARY:Relief crew handover\r\nDESCRIPTION:%s is %s\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n") % (
        C.uuid4(rng), rng.randint(1, 9), rng.randint(1, 28), key, MK)


def r_joplin(rng, typ, key):
    return ("Kiln room handover\n\n- kiln profile B for crown glass\n- %s: %s\n- order more kiln wash\n\n"
            "id: %s\nparent_id: %s\ncreated_time: %sZ\nis_todo: 0\ntype_: 1\n") % (key, MK, C.rstr(rng, C.HEXL, 32), C.rstr(rng, C.HEXL, 32), ts(rng, "%04d-%02d-%02dT%02d:%02d:%02d.000"))


def r_github(rng, typ, key):
    return ("**%s** commented on #%d\n\nThe kiosk came back after the reboot. For whoever picks this up tomorrow, %s is `%s` - "
            "please rotate it once the new image is out.\n") % (W.user(rng), rng.randint(40, 400), key, MK)


def r_eml(rng, typ, key):
    p1, e1 = W.person_and_email(rng)
    p2, e2 = W.person_and_email(rng)
    return ("From: %s <%s>\nTo: %s <%s>\nSubject: Fwd: handover notes\nDate: Tue, %d Mar 2025 08:%02d:11 +0000\nMessage-ID: <%s@lv72museum.example>\n\n"
            "See below.\n\n---------- Forwarded message ---------\n> Till is fine again.\n> %s: %s\n> Float counted at 07:50.\n") % (
        p1, e1, p2, e2, rng.randint(1, 28), rng.randint(0, 59), C.rstr(rng, C.HEXL, 16), key, MK)


def r_rtf(rng, typ, key):
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\\f0\\fs22 Cottage changeover checklist\\par\n"
            "Bins out, bedding counted, smart lock battery at %d%%.\\par\n%s: %s\\par\n}\n") % (rng.randint(20, 95), key, MK)


KINDS = [
    # device side
    ("lamp_room_codesys_gvl", "device", "upper", "'$", "CODESYS global variable list (Structured Text) of the lamp-room PLC", r_codesys),
    ("lamp_changer_esp_idf_sdkconfig", "device", "upper", "\"\\$", "ESP-IDF sdkconfig of the lamp-changer controller (a CONFIG_ string)", r_sdkconfig),
    ("gallery_frigate_nvr_config_yml", "device", "upper", "\"\\", "Frigate NVR config.yml of the gallery cameras (environment_vars)", r_frigate),
    ("lightship_openwrt_uci_config", "device", "snake", "'", "OpenWrt UCI file on LV72's gateway (cat /etc/config/lv72)", r_uci),
    ("keepers_cottage_nmconnection_keyfile", "device", "kebab", "\\;", "NetworkManager keyfile of the cottages' uplink with a [user] data entry", r_nmconnection),
    ("replica_printer_octoprint_config_yaml", "device", "snake", "'", "OctoPrint config.yaml of the replica-parts 3D printer (plugin settings)", r_octoprint),
    ("kiln_room_launchd_agent_plist", "device", "upper", "&<>", "macOS LaunchAgent plist of the kiln-room Mac mini (EnvironmentVariables)", r_launchd),
    ("audio_guide_expo_app_config_json", "device", "camel", "\"\\", "Expo app.json of the audio-guide app (extra block)", r_expo),
    ("weather_mast_cumulus_ini", "device", "pascal", ";#\"", "Cumulus.ini of the weather-mast station PC", r_cumulus),
    ("aton_monitor_windows_registry_reg", "device", "pascal", "\"\\", "Windows .reg export of the AtoN monitor PC", r_reg),
    # back office
    ("collections_django_settings_py", "back office", "upper", "'\\", "Django settings/production.py of the collections site", r_django),
    ("tickets_quarkus_application_properties", "back office", "kebab", "\\", "Quarkus application.properties of the ticketing service (%prod profile)", r_quarkus),
    ("cottages_ktor_application_conf", "back office", "camel", "\"\\$", "Ktor application.conf (HOCON) of the cottage-bookings service", r_hocon),
    ("shop_nuxt_config_runtime_ts", "back office", "camel", "'\\", "nuxt.config.ts runtimeConfig of the parts shop", r_nuxt),
    ("visitor_ios_release_xcconfig", "back office", "upper", "$\"/ ", "Release.xcconfig of the visitor iOS app", r_xcconfig),
    ("archive_omeka_s_database_ini", "back office", "snake", "\"", "Omeka S config/database.ini of the LV72 archive", r_omeka),
    ("catalogue_collectiveaccess_setup_php", "back office", "upper", "\"\\$", "CollectiveAccess setup.php of the object catalogue", r_collectiveaccess),
    ("web_matomo_config_ini_php", "back office", "snake", "\"", "Matomo config/config.ini.php of the visitor-site analytics", r_matomo),
    ("forum_discourse_app_yml", "back office", "upper", "'", "Discourse containers/app.yml of the enthusiasts' forum", r_discourse),
    ("restoration_rocket_toml", "back office", "snake", "\"\\", "Rocket.toml of the restoration job tracker", r_rocket),
    ("donations_odoo_conf", "back office", "snake", "%; #", "odoo.conf of the museum's donations and membership ERP", r_odoo),
    ("lens_gallery_piwigo_database_inc_php", "back office", "snake", "'\\", "Piwigo local/config/database.inc.php of the lens-restoration photo gallery", r_piwigo),
    ("bookings_dotnet_user_secrets_json", "back office", "pascal", "\"\\", ".NET user-secrets secrets.json of the bookings service", r_usersecrets),
    # ops
    ("ops_kustomize_secret_generator", "ops", "upper", "#'\": ", "kustomization.yaml secretGenerator literals", r_kustomize),
    ("ops_bitbucket_pipelines_script_export", "ops", "upper", "'", "bitbucket-pipelines.yml step script export line", r_bitbucket),
    ("ops_buildkite_pipeline_env", "ops", "upper", "\"\\$", "Buildkite pipeline.yml top-level env", r_buildkite),
    ("ops_drone_pipeline_environment", "ops", "upper", "\"\\$", ".drone.yml step environment", r_drone),
    ("ops_traefik_dynamic_headers_yml", "ops", "header", "\"\\", "Traefik dynamic configuration (customRequestHeaders)", r_traefik),
    ("ops_logstash_http_output_conf", "ops", "header", "\"\\", "Logstash pipeline http output with a custom header", r_logstash),
    ("ops_bash_xtrace_deploy_log", "ops", "upper", "'", "deploy log of a script run under bash set -x", r_xtrace),
    ("ops_proc_environ_dump", "ops", "upper", " ", "terminal capture of /proc/PID/environ of the lamp bridge", r_environ),
    ("ops_justfile_exports", "ops", "upper", "\"\\", "justfile with an exported variable", r_justfile),
    ("ops_argocd_application_helm_parameters", "ops", "camel", "\"\\", "Argo CD Application spec with helm parameters", r_argocd),
    # developer
    ("dev_git_diff_patch", "developer", "upper", " ", "git diff of a committed production env file", r_gitdiff),
    ("dev_browser_copy_as_fetch", "developer", "lheader", "\"\\", "Chrome DevTools 'Copy as fetch' of an admin request", r_fetch),
    ("dev_direnv_envrc", "developer", "upper", "'", "direnv .envrc in a developer checkout", r_envrc),
    ("dev_jest_setup_env_js", "developer", "upper", "'\\", "jest.setup.js setting process.env", r_jest),
    ("dev_pytest_ini_env", "developer", "upper", "#; ", "pytest.ini with pytest-env entries", r_pytest),
    # messy places
    ("office_keepers_logbook_transcription", "messy", "spaced", " ", "typed transcription of the keepers' log", r_logbook),
    ("office_xlsx_shared_strings_xml", "messy", "title", "&<>", "xl/sharedStrings.xml of a logins workbook", r_xlsx),
    ("office_ics_calendar_event", "messy", "spaced", ",;\\ ", "iCalendar invite for a relief-crew handover (DESCRIPTION)", r_ics),
    ("office_joplin_note_md", "messy", "spaced", " ", "Joplin note export (Markdown with metadata)", r_joplin),
    ("office_github_issue_comment_md", "messy", "spaced", "` ", "GitHub issue comment in Markdown", r_github),
    ("office_eml_forwarded_message", "messy", "spaced", " ", "forwarded e-mail saved as .eml", r_eml),
    ("office_rtf_wordpad_note", "messy", "spaced", "\\{} ", "WordPad RTF checklist", r_rtf),
]
KIND_NAMES = [k[0] for k in KINDS]


def pairing():
    rng = random.Random(SEED_PAIRING)
    types = list(TYPE_NAMES)
    rng.shuffle(types)
    kinds = list(range(len(KINDS)))
    rng.shuffle(kinds)
    slots = []
    for p, ki in enumerate(kinds):
        for j in range(4):
            slots.append((ki, types[(4 * p + j) % 12]))
    slots.sort(key=lambda s: (s[0], TYPE_NAMES.index(s[1])))
    return slots


def build(reg):
    rng = random.Random(SEED_VALUES)
    out = []
    for ki, typ in pairing():
        name, group, style, forbid, desc, fn = KINDS[ki]
        key = k_(typ, style)
        for _ in range(200):
            tmpl = fn(rng, typ, key)
            v = gen_value(rng, typ, forbid + "\n\t")
            if not reg.ok(v):
                continue
            text = tmpl.replace(MK, v)
            if text.count(v) != 1 or C.PW_FORM_ANY.findall(tmpl.replace(MK, "")):
                continue
            if TYPE_KIND[typ] != "pw" and C.PW_FORM_ANY.search(v):
                continue
            reg.add(v)
            break
        else:
            raise RuntimeError("everyday value for %s/%s" % (name, typ))
        s = text.index(v)
        out.append({"type": typ, "container": name, "text": text,
                    "secrets": [{"value": v, "start": s, "end": s + len(v), "type": typ}], "source": "everyday"})
    return out
