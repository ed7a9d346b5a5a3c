"""Everyday positives of p268: 12 types x 45 container kinds, 4 records a kind."""
import json
import random

import common268 as C
import world268 as W

MARK = "\x00V\x00"

# (type, key words, description)
TYPES = [
    ("liming_drum_plc_password", ["liming", "drum", "plc", "password"],
     "owner-chosen engineer password of the PLC HMI on Brackwater's liming drum (drum speed, lime and sulphide dosing)"),
    ("fleshing_machine_hmi_password", ["fleshing", "machine", "hmi", "password"],
     "owner-chosen supervisor password of the HMI on Brackwater's fleshing machine (blade cylinder, roller pressure)"),
    ("tan_pit_sensor_gateway_password", ["tan", "pit", "gateway", "password"],
     "owner-chosen admin password of the gateway that reads the liquor-strength and pH sensors of the tan pits"),
    ("staking_machine_panel_password", ["staking", "panel", "password"],
     "owner-chosen operator password of the panel on Carrow & Pell's staking machine"),
    ("herse_room_humidity_kiosk_password", ["herse", "room", "kiosk", "password"],
     "owner-chosen unlock password of the kiosk that runs the humidity control of Lunellum's herse drying room"),
    ("hide_store_cold_room_logger_password", ["hide", "store", "logger", "password"],
     "owner-chosen login of the temperature loggers in Hidesmoor's cold hide store"),
    ("leather_measuring_machine_vin_check_licence", ["measuring", "machine", "licence"],
     "licence code of the area software on Carrow & Pell's leather measuring machine (layout invented): `LMM-` + "
     "17 characters of the VIN alphabet (0-9 and A-Z without I, O, Q) whose 9th character is the real ISO 3779 / "
     "North American VIN check character (letters transliterated A-H=1-8, J-N=1-5, P=7, R=9, S-Z=2-9; weights "
     "8 7 6 5 4 3 2 10 0 9 8 7 6 5 4 3 2; sum mod 11, 10 written X)"),
    ("currier_stock_bsd_sum_key", ["currier", "stock", "key"],
     "API key of Carrow & Pell's stock service (layout invented): `csk_` + 28 base62 characters + `.` + 4 lower-case "
     "hex digits of the real BSD `sum` checksum of those 28 characters (16 bits: rotate right one bit, add the byte)"),
    ("parchment_orders_paseto_v2_local_token", ["parchment", "orders", "token"],
     "service token of Lunellum's orders API: a real PASETO v2.local token (XChaCha20-Poly1305 with the PAE "
     "pre-authentication encoding, nonce = BLAKE2b-192 of the message keyed with 24 random bytes) under a 32-byte "
     "key drawn from a fixed seed and discarded; claims {iss, sub, aud, iat, exp, jti, scope}; half carry a "
     "footer {kid}"),
    ("beamhouse_jwe_a128kw_token", ["beamhouse", "service", "token"],
     "service token of Brackwater's beamhouse scheduler: a real compact JWE with alg `A128KW` (RFC 3394 AES key "
     "wrap of a fresh 32-byte content key) and enc `A128CBC-HS256` (AES-128-CBC + HMAC-SHA-256 truncated to 128 "
     "bits over AAD, IV, ciphertext and AAD length) under a 16-byte key-encryption key drawn from a fixed seed and "
     "discarded; claims {iss, sub, aud, iat, exp, jti, scope}"),
    ("saddlery_shop_django_secret_key", ["saddlery", "shop", "secret", "key"],
     "Django SECRET_KEY of Carrow & Pell's saddlery trade shop: 50 characters of Django's own "
     "get_random_secret_key alphabet (a-z, 0-9 and !@#$%^&*(-_=+)), at least 5 different characters, no "
     "`django-insecure-` prefix"),
    ("effluent_dashboard_phoenix_secret_key_base", ["effluent", "dashboard", "secret", "key", "base"],
     "Phoenix secret_key_base of Brackwater's effluent dashboard: 64 characters of standard Base64 as "
     "`mix phx.gen.secret` prints them (64 random bytes, Base64, cut to 64 characters)"),
]
TYPE_NAMES = [t[0] for t in TYPES]
PASSWORD_TYPES = TYPE_NAMES[:6]

SEED_VALUES = 26801
SEED_PAIRING = 26811
SEED_KEYS = 26871


def crypto_keys():
    r = random.Random(SEED_KEYS)
    return {"paseto": C.rbytes(r, 32), "kek": C.rbytes(r, 16)}


def _iso(r, year):
    return "%d-%02d-%02dT%02d:%02d:00+00:00" % (year, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))


def gen_value(tname, r, keys):
    if tname in PASSWORD_TYPES:
        return W.password(r, W.WIDE_JOINERS, 0.5)
    if tname == "leather_measuring_machine_vin_check_licence":
        return "LMM-" + C.make_vin(r)
    if tname == "currier_stock_bsd_sum_key":
        body = C.rand_str(r, C.ALNUM, 28)
        return "csk_%s.%04x" % (body, C.bsd_sum16(body.encode()))
    if tname == "parchment_orders_paseto_v2_local_token":
        iat = 1704067200 + r.randint(0, 300) * 86400
        claims = {"iss": "orders.lunellum.example", "sub": "svc-%s" % r.choice(["conservation", "scribes", "bindery", "archives"]),
                  "aud": "api.lunellum.example", "iat": _iso(r, 2024), "exp": _iso(r, 2026),
                  "jti": C.uuid4(r), "scope": r.choice(["orders:read", "orders:read orders:write", "skins:read"])}
        del iat
        footer = b""
        if r.random() < 0.5:
            footer = json.dumps({"kid": "lun-orders-%d" % r.randint(1, 9)}, separators=(",", ":")).encode()
        return C.paseto_v2_local_encrypt(keys["paseto"], json.dumps(claims, separators=(",", ":")).encode(),
                                         C.rbytes(r, 24), footer)
    if tname == "beamhouse_jwe_a128kw_token":
        iat = 1704067200 + r.randint(0, 300) * 86400
        header = {"alg": "A128KW", "enc": "A128CBC-HS256", "typ": "JWT", "kid": "beamhouse-%d" % r.randint(1, 9)}
        claims = {"iss": "https://sched.brackwater-tannery.example", "sub": r.choice(["liming-drum-2", "fleshing-1", "bark-mill"]),
                  "aud": "beamhouse-api", "iat": iat, "exp": iat + 86400 * r.choice([30, 90, 365]),
                  "jti": C.uuid4(r), "scope": r.choice(["batches:write", "batches:read", "dosing:write"])}
        return C.jwe_a128kw_encrypt(keys["kek"], header, claims, C.rbytes(r, 32), C.rbytes(r, 16))
    if tname == "saddlery_shop_django_secret_key":
        while True:
            s = C.rand_str(r, C.DJANGO_ALPHABET, 50)
            if len(set(s)) >= 5:
                return s
    if tname == "effluent_dashboard_phoenix_secret_key_base":
        import base64
        return base64.b64encode(C.rbytes(r, 64)).decode()[:64]
    raise KeyError(tname)


# ---------------------------------------------------------------------------
# container kinds: (name, key style, forbidden characters, description, render)
# ---------------------------------------------------------------------------
def _d(r):
    return "2024-%02d-%02d" % (r.randint(1, 12), r.randint(1, 28))


def _t(r):
    return "%02d:%02d:%02d" % (r.randint(6, 19), r.randint(0, 59), r.randint(0, 59))


def k_codesys_gvl(r, K, V):
    return ("{attribute 'qualified_only'}\nVAR_GLOBAL CONSTANT\n"
            "    gsDrumHost : STRING := 'liming-drum-%d.brackwater-tannery.example';\n"
            "    giRotationsPerCycle : INT := %d;\n"
            "    %s : STRING(80) := '%s';\n"
            "    grLimeDoseKg : REAL := %d.%d;\nEND_VAR\n") % (r.randint(1, 3), r.randint(8, 20), K, V, r.randint(20, 90), r.randint(0, 9))


def k_ignition(r, K, V):
    doc = {"name": "PitRoom", "tagType": "Folder", "tags": [
        {"name": "Pit%02dStrength" % r.randint(1, 30), "tagType": "AtomicTag", "valueSource": "opc",
         "opcItemPath": "ns=1;s=[pits]Pit%d/Barkometer" % r.randint(1, 30), "dataType": "Float4"},
        {"name": K, "tagType": "AtomicTag", "valueSource": "memory", "dataType": "String", "value": V},
    ]}
    return json.dumps(doc, indent=2)


def k_arduino_secrets(r, K, V):
    return ("// arduino_secrets.h  (cold-room logger, Hidesmoor)\n#define SECRET_SSID \"hidesmoor-store\"\n"
            "#define LOGGER_ID %d\n#define %s \"%s\"\n") % (r.randint(1, 12), K, V)


def k_platformio(r, K, V):
    return ("[env:herse-room]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\n"
            "monitor_speed = 115200\nbuild_flags =\n    -D ROOM_ID=%d\n    -D %s=\\\"%s\\\"\n") % (r.randint(1, 4), K, V)


def k_nodemcu_lua(r, K, V):
    return ("-- init.lua on the tan-pit sensor node %d\nlocal broker = \"%s\"\nlocal %s = \"%s\"\n"
            "wifi.setmode(wifi.STATION)\ntmr.create():alarm(%d, tmr.ALARM_AUTO, read_pits)\n") % (
        r.randint(1, 9), W.ip(r), K, V, r.choice([5000, 10000, 30000]))


def k_android_prefs(r, K, V):
    return ("<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n"
            "    <string name=\"last_hide_batch\">SP-%d</string>\n    <string name=\"%s\">%s</string>\n"
            "    <int name=\"split_gauge_tenths\" value=\"%d\" />\n</map>\n") % (r.randint(1000, 9999), K, V, r.randint(12, 45))


def k_reg_export(r, K, V):
    return ("Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Lunellum\\HerseRoom]\n"
            "\"Setpoint\"=dword:%08x\n\"%s\"=\"%s\"\n\"Room\"=\"drying-%d\"\n") % (r.randint(55, 70), K, V, r.randint(1, 3))


def k_pfsense(r, K, V):
    return ("<?xml version=\"1.0\"?>\n<pfsense>\n\t<version>23.3</version>\n\t<installedpackages>\n"
            "\t\t<tanpitsync>\n\t\t\t<config>\n\t\t\t\t<enable>on</enable>\n\t\t\t\t<target>%s</target>\n"
            "\t\t\t\t<%s>%s</%s>\n\t\t\t</config>\n\t\t</tanpitsync>\n\t</installedpackages>\n</pfsense>\n") % (W.ip(r), K, V, K)


def k_ini(r, K, V):
    return ("; AreaMaster station settings\n[Station]\nName=MEASURE-%d\nUnits=sqft\n\n[Licensing]\n%s=%s\n"
            "Seats=%d\n") % (r.randint(1, 3), K, V, r.randint(1, 2))


def k_zpl(r, K, V):
    return ("^XA\n^CF0,30\n^FO40,40^FDHidesmoor hide store^FS\n^FO40,90^FDLot HS-%d / %s^FS\n"
            "^FO40,140^A0N,24,24^FD%s: %s^FS\n^FO40,190^BCN,80,Y,N,N^FD%d^FS\n^XZ\n") % (
        r.randint(10000, 99999), _d(r), K, V, r.randint(100000, 999999))


def k_django_settings(r, K, V):
    return ("# saddlery/settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\n"
            "ALLOWED_HOSTS = [\"trade.carrowpell.example\"]\n%s = \"%s\"\nSESSION_COOKIE_SECURE = True\n") % (K, V)


def k_symfony_env(r, K, V):
    return ("###> symfony/framework-bundle ###\nAPP_ENV=prod\n###< symfony/framework-bundle ###\n"
            "DATABASE_URL=\"postgresql://shop@%s:5432/hides?serverVersion=16\"\n%s=%s\n") % (W.ip(r), K, V)


def k_quarkus(r, K, V):
    return ("quarkus.http.port=%d\nquarkus.datasource.db-kind=postgresql\ntannery.grading.bench=%d\n"
            "tannery.%s=%s\n") % (r.choice([8080, 8085, 9000]), r.randint(1, 4), K, V)


def k_nuxt(r, K, V):
    return ("// nuxt.config.ts (hide portal)\nexport default defineNuxtConfig({\n  runtimeConfig: {\n"
            "    %s: '%s',\n    public: { apiBase: 'https://portal.hidesmoor.example/api' },\n  },\n})\n") % (K, V)


def k_strapi(r, K, V):
    return ("// config/plugins.js (courses CMS)\nmodule.exports = ({ env }) => ({\n  'tanyard-sync': {\n"
            "    enabled: true,\n    config: {\n      %s: env('TANYARD_SYNC_VALUE', '%s'),\n    },\n  },\n});\n") % (K, V)


def k_hugo(r, K, V):
    return ("baseURL = \"https://catalogue.carrowpell.example/\"\ntitle = \"Carrow & Pell leather catalogue\"\n\n"
            "[params]\n%s = \"%s\"\nshowPrices = %s\n") % (K, V, r.choice(["true", "false"]))


def k_dolibarr(r, K, V):
    return ("<?php\n$dolibarr_main_url_root='https://erp.hidesmoor.example';\n$dolibarr_main_db_host='%s';\n"
            "$dolibarr_%s='%s';\n$dolibarr_main_prod='1';\n") % (W.ip(r), K, V)


def k_opencart(r, K, V):
    return ("<?php\n// HTTP\ndefine('HTTP_SERVER', 'https://shop.lunellum.example/');\n"
            "define('DB_HOSTNAME', '%s');\ndefine('%s', '%s');\n") % (W.ip(r), K, V)


def k_user_secrets(r, K, V):
    doc = {"Hidesmoor:Grading:Bench": str(r.randint(1, 5)), "Hidesmoor:%s" % K: V,
           "Logging:LogLevel:Default": "Information"}
    return json.dumps(doc, indent=2)


def k_streamlit(r, K, V):
    return ("# .streamlit/secrets.toml (grading dashboard)\n[hides]\n%s = \"%s\"\nbench = %d\n") % (K, V, r.randint(1, 5))


def k_edn(r, K, V):
    return ("{:orders/db-host \"%s\"\n :orders/port %d\n :orders/%s \"%s\"}\n") % (W.ip(r), r.choice([3000, 8080]), K, V)


def k_hocon(r, K, V):
    return ("play.http.secret.key = ${?PLAY_KEY}\ntannery {\n  stockHost = \"%s\"\n  %s = \"%s\"\n}\n") % (W.ip(r), K, V)


def k_plist(r, K, V):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
            "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n<plist version=\"1.0\">\n<dict>\n"
            "\t<key>CFBundleName</key>\n\t<string>Vellum Orders</string>\n\t<key>%s</key>\n\t<string>%s</string>\n"
            "</dict>\n</plist>\n") % (K, V)


def k_quadlet(r, K, V):
    return ("# /etc/containers/systemd/stock-sync.container\n[Container]\nImage=registry.settingout.example/stock-sync:%d.%d\n"
            "Environment=%s=%s\nPublishPort=%d:8080\n\n[Install]\nWantedBy=default.target\n") % (
        r.randint(1, 4), r.randint(0, 9), K, V, r.choice([8081, 8082, 9090]))


def k_ecs(r, K, V):
    doc = {"family": "beamhouse-scheduler", "containerDefinitions": [{
        "name": "scheduler", "image": "registry.settingout.example/beamhouse:%d" % r.randint(10, 99),
        "environment": [{"name": "PIT_COUNT", "value": str(r.randint(12, 40))}, {"name": K, "value": V}]}]}
    return json.dumps(doc, indent=2)


def k_cfn(r, K, V):
    return ("AWSTemplateFormatVersion: '2010-09-09'\nDescription: Hidesmoor cold store telemetry\nParameters:\n"
            "  %s:\n    Type: String\n    Default: '%s'\n  LoggerCount:\n    Type: Number\n    Default: %d\n") % (K, V, r.randint(3, 12))


def k_vagrant(r, K, V):
    return ("Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"debian/bookworm64\"\n"
            "  ENV['%s'] ||= '%s'\n  config.vm.provision \"shell\", path: \"provision.sh\", env: ENV.to_h\nend\n") % (K, V)


def k_packer(r, K, V):
    return ("# kiosk.pkrvars.hcl\nimage_name = \"herse-kiosk-%d\"\n%s = \"%s\"\nssh_timeout = \"20m\"\n") % (r.randint(1, 9), K, V)


def k_nginx(r, K, V):
    return ("location /api/ {\n    proxy_pass http://%s:8000;\n    proxy_set_header Host $host;\n"
            "    proxy_set_header %s \"%s\";\n}\n") % (W.ip(r), K, V)


def k_gelf(r, K, V):
    doc = {"version": "1.1", "host": "beamhouse-%d" % r.randint(1, 3), "short_message": "scheduler started",
           "timestamp": 1717000000 + r.randint(0, 9999999), "level": 6, "_" + K: V}
    return json.dumps(doc)


def k_strace(r, K, V):
    return ("%d  execve(\"/usr/bin/node\", [\"node\", \"sync.js\"], [\"PATH=/usr/local/bin:/usr/bin\", "
            "\"NODE_ENV=production\", \"%s=%s\", \"HOME=/srv/sync\"]) = 0\n") % (r.randint(2000, 40000), K, V)


def k_ps_eww(r, K, V):
    return ("  PID TTY      STAT   TIME COMMAND\n %d ?        Ssl    0:%02d /usr/bin/python3 /opt/logger/run.py "
            "LANG=C.UTF-8 PATH=/usr/bin:/bin %s=%s INVOCATION_ID=%s\n") % (
        r.randint(300, 9000), r.randint(0, 59), K, V, C.rand_str(r, C.HEX, 32))


def k_rich_traceback(r, K, V):
    return ("Traceback (most recent call last)\n  /opt/grading/app.py:%d in connect\n"
            "  ┌──────────── locals ────────────┐\n  │  bench = %d\n  │  %s = '%s'\n  │  retries = 3\n"
            "  └────────────────────────────────┘\nConnectionRefusedError: [Errno 111] Connection refused\n") % (
        r.randint(20, 300), r.randint(1, 5), K, V)


def k_gha_env(r, K, V):
    return ("name: deploy-shop\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
            "    env:\n      %s: '%s'\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n") % (K, V)


def k_irb(r, K, V):
    return ("require \"net/http\"\nENV[\"%s\"] = \"%s\"\nNet::HTTP.get(URI(\"https://stock.carrowpell.example/health\"))\nexit\n") % (K, V)


def k_python_history(r, K, V):
    return ("import os, requests\nos.environ[\"%s\"] = \"%s\"\nrequests.get(\"https://%s/status\").json()\nquit()\n") % (
        K, V, W.ip(r))


def k_psql_history(r, K, V):
    return ("select count(*) from hides where grade = 'A';\nupdate app_settings set value = '%s' where name = '%s';\n\\q\n") % (V, K)


def k_whatsapp(r, K, V):
    n1, n2 = W.person(r), W.person(r)
    d = "%02d/%02d/2024" % (r.randint(1, 28), r.randint(1, 12))
    return ("[%s, %s] %s: is the new one set yet?\n[%s, %s] %s: yes the %s is %s for now\n"
            "[%s, %s] %s: 👍\n") % (d, _t(r), n1, d, _t(r), n2, K, V, d, _t(r), n1)


def k_shared_strings(r, K, V):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/"
            "spreadsheetml/2006/main\" count=\"4\" uniqueCount=\"4\"><si><t>System</t></si><si><t>Value</t></si>"
            "<si><t>%s</t></si><si><t>%s</t></si></sst>\n") % (K, V)


def k_docx(r, K, V):
    return ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
            "<w:p><w:r><w:t>Handover for the %s shift</w:t></w:r></w:p>"
            "<w:p><w:r><w:t xml:space=\"preserve\">%s: %s</w:t></w:r></w:p></w:body></w:document>\n") % (
        r.choice(["early", "late", "weekend"]), K, V)


def k_ics(r, K, V):
    return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Lunellum//Rota//EN\nBEGIN:VEVENT\nUID:%s@lunellum.example\n"
            "DTSTART:2024%02d%02dT080000Z\nSUMMARY:Cover at the drying room\nDESCRIPTION:%s: %s\n"
            "END:VEVENT\nEND:VCALENDAR\n") % (C.uuid4(r), r.randint(1, 12), r.randint(1, 28), K, V)


def k_ocr(r, K, V):
    return ("IMG_%d.jpg  (text found in photo)\n-----\n%s\n%s\n~ do not change ~\n-----\n") % (r.randint(1000, 9999), K.upper(), V)


def k_freshdesk(r, K, V):
    doc = {"id": r.randint(1000, 9999), "subject": "Cannot log in after the update", "status": 2,
           "description_text": "Hi, after the update the %s is %s but it does not work on the bench." % (K, V),
           "requester_id": r.randint(10 ** 9, 10 ** 10)}
    return json.dumps(doc, ensure_ascii=False)


def k_obsidian(r, K, V):
    return ("---\ndate: %s\ntags: [tannery, handover]\n---\n# Daily note\n- drum 2 back from service\n"
            "- %s: `%s`\n- order pumice\n") % (_d(r), K, V)


def k_eml(r, K, V):
    return ("From: %s\nTo: %s\nSubject: Re: cover next week\nDate: Mon, %d Jun 2024 08:%02d:00 +0100\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            "Hi,\n\nthe %s is %s - please change it when you are back.\n\nThanks\n") % (
        W.email(r), W.email(r), r.randint(1, 28), r.randint(0, 59), K, V)


KINDS = [
    ("liming_drum_codesys_gvl", "camel", "'$", "CODESYS global variable list (Structured Text) on the liming drum PLC", k_codesys_gvl),
    ("pit_room_ignition_tag_export_json", "pascal", "\"\\", "Ignition SCADA tag export (JSON) of the tan-pit room", k_ignition),
    ("cold_room_arduino_secrets_h", "upper", "\"\\", "arduino_secrets.h of a cold-room logger", k_arduino_secrets),
    ("herse_room_platformio_ini", "upper", "\"\\;# ", "PlatformIO build_flags of the herse-room controller", k_platformio),
    ("tan_pit_nodemcu_init_lua", "snake", "\"\\", "NodeMCU init.lua of a tan-pit sensor node", k_nodemcu_lua),
    ("splitting_machine_android_shared_prefs_xml", "snake", "&<>\"'", "Android SharedPreferences XML of the splitting-machine tablet app", k_android_prefs),
    ("drying_room_windows_reg_export", "pascal", "\"\\", "Windows .reg export of the drying-room PC", k_reg_export),
    ("tannery_pfsense_config_xml", "snake", "&<>", "pfSense config.xml (custom package section) of the tannery firewall", k_pfsense),
    ("measuring_machine_station_ini", "pascal", ";#\"", "Windows INI of the leather measuring station", k_ini),
    ("hide_tag_zpl_print_job", "spaced", "^~\\", "ZPL print job for a hide-lot tag (value printed on the label)", k_zpl),
    ("saddlery_django_settings_py", "upper", "\"\\", "Django settings/production.py of the saddlery trade shop", k_django_settings),
    ("shop_symfony_env_local", "upper", "$#\"'\\` ", "Symfony .env.local of the vellum shop", k_symfony_env),
    ("grading_quarkus_application_properties", "kebab", "\\$", "Quarkus application.properties of the grading service", k_quarkus),
    ("portal_nuxt_config_ts", "camel", "'\\", "nuxt.config.ts runtimeConfig of the hide portal", k_nuxt),
    ("courses_strapi_plugins_js", "camel", "'\\", "Strapi config/plugins.js of the leathercraft courses CMS", k_strapi),
    ("catalogue_hugo_config_toml", "snake", "\"\\", "Hugo config.toml [params] of the leather catalogue", k_hugo),
    ("wholesale_dolibarr_conf_php", "snake", "'\\", "Dolibarr conf.php of the co-op's ERP", k_dolibarr),
    ("shop_opencart_config_php", "upper", "'\\", "OpenCart config.php of the parchment shop", k_opencart),
    ("orders_dotnet_user_secrets_json", "pascal", "\"\\", ".NET user-secrets secrets.json (colon-separated sections) of the grading API", k_user_secrets),
    ("grading_streamlit_secrets_toml", "snake", "\"\\", "Streamlit .streamlit/secrets.toml of the grading dashboard", k_streamlit),
    ("orders_clojure_config_edn", "kebab", "\"\\", "Clojure config.edn of the orders service", k_edn),
    ("stock_play_application_conf", "camel", "\"\\$", "Play Framework application.conf (HOCON) of the stock service", k_hocon),
    ("orders_ios_info_plist", "pascal", "&<>", "Info.plist of the vellum orders iPad app", k_plist),
    ("ops_podman_quadlet_container", "upper", "%\"' \\$", "Podman Quadlet .container unit (Environment=)", k_quadlet),
    ("ops_ecs_task_definition_json", "upper", "\"\\", "AWS ECS task definition (environment list)", k_ecs),
    ("ops_cloudformation_template_yaml", "pascal", "'", "CloudFormation template parameter default", k_cfn),
    ("ops_vagrantfile_env", "upper", "'\\", "Vagrantfile of the kiosk image build", k_vagrant),
    ("ops_packer_pkrvars_hcl", "snake", "\"\\$%", "Packer .pkrvars.hcl of the kiosk image", k_packer),
    ("ops_nginx_proxy_header_conf", "header", "\"\\$;{}", "nginx location block adding a header towards the API", k_nginx),
    ("ops_gelf_log_message_json", "snake", "\"\\", "Graylog GELF message with an extra field", k_gelf),
    ("ops_strace_execve_env", "upper", "\"\\", "strace line of an execve with its environment", k_strace),
    ("ops_ps_eww_output", "upper", " ", "`ps eww` output showing a process environment", k_ps_eww),
    ("ops_rich_traceback_locals", "snake", "'\\", "Python traceback with a locals panel", k_rich_traceback),
    ("ops_github_actions_workflow_env", "upper", "'", "GitHub Actions workflow job env block", k_gha_env),
    ("dev_irb_history", "upper", "\"\\#", "~/.irb_history of a developer", k_irb),
    ("dev_python_repl_history", "upper", "\"\\", "~/.python_history of a developer", k_python_history),
    ("dev_psql_history", "snake", "'\\", "~/.psql_history of a developer", k_psql_history),
    ("office_whatsapp_chat_export_txt", "spaced", "", "WhatsApp chat export (_chat.txt) of the yard group", k_whatsapp),
    ("office_xlsx_shared_strings_xml", "title", "&<>", "xl/sharedStrings.xml of a logins workbook", k_shared_strings),
    ("office_docx_document_xml", "spaced", "&<>", "word/document.xml of a handover document", k_docx),
    ("office_ics_calendar_invite", "spaced", ",;\\", "iCalendar invite with a description", k_ics),
    ("office_photo_sticky_note_text", "spaced", "", "text read from a photo of a sticky note", k_ocr),
    ("office_freshdesk_ticket_json", "spaced", "\"\\", "Freshdesk ticket JSON", k_freshdesk),
    ("office_obsidian_daily_note_md", "spaced", "`", "Obsidian daily note (Markdown with front matter)", k_obsidian),
    ("office_outlook_eml_message", "spaced", "", "e-mail saved as .eml", k_eml),
]
KIND_NAMES = [k[0] for k in KINDS]
JSON_KINDS = {"pit_room_ignition_tag_export_json", "orders_dotnet_user_secrets_json", "ops_ecs_task_definition_json",
              "ops_gelf_log_message_json", "office_freshdesk_ticket_json"}
XML_KINDS = {"splitting_machine_android_shared_prefs_xml", "tannery_pfsense_config_xml", "orders_ios_info_plist",
             "office_xlsx_shared_strings_xml", "office_docx_document_xml"}
TOML_KINDS = {"catalogue_hugo_config_toml", "grading_streamlit_secrets_toml"}


def pairing():
    r = random.Random(SEED_PAIRING)
    perm = list(TYPE_NAMES)
    r.shuffle(perm)
    kinds = list(KIND_NAMES)
    r.shuffle(kinds)
    slots = []
    for s in range(180):
        slots.append((kinds[s // 4], perm[(5 * s + 7 * (s // 12)) % 12]))
    return slots


def build(reg):
    r = random.Random(SEED_VALUES)
    keys = crypto_keys()
    kinds = {k[0]: k for k in KINDS}
    types = {t[0]: t for t in TYPES}
    recs = []
    for kind, tname in pairing():
        _, style, forbid, _desc, fn = kinds[kind]
        value = reg.draw(lambda: gen_value(tname, r, keys), forbid=forbid)
        key = W.style_key(types[tname][1], style)
        text = fn(r, key, MARK)
        if kind in JSON_KINDS:
            text = text  # MARK is JSON-escaped below
        text = text.replace(json.dumps(MARK)[1:-1], MARK)
        start = text.index(MARK)
        text = text.replace(MARK, value)
        recs.append({"type": tname, "container": kind, "text": text,
                     "secrets": [{"value": value, "start": start, "end": start + len(value), "type": tname}],
                     "source": "everyday"})
    return recs
