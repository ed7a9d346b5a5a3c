"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import json
import random

import common272 as C
import world272 as W

SEED_VALUES = 27201
SEED_PAIRING = 27211
SEED_JWT_KEYS = 27271

ACRONYMS = {"uv": "UV", "pc": "PC", "api": "API", "jwt": "JWT"}

# (type, key words, description, generator tag)
TYPES = [
    ("depuration_uv_tank_panel_password", "depuration uv tank panel password",
     "owner-chosen engineer password of the touch panel on the UV-treated seawater tanks at Merse Depuration (cycle start, UV lamp hours, batch hold)", "pw"),
    ("oyster_grader_operator_password", "oyster grader operator password",
     "owner-chosen operator login of the optical grader in the Carraig Bhan grading shed (grade weights, bag counts, lane set-up)", "pw"),
    ("seaweed_kiln_controller_password", "seaweed kiln controller password",
     "owner-chosen admin password of the drying-kiln controller at Traigh Wrack & Kelp (burner, fans, moisture set points)", "pw"),
    ("workboat_navigation_pc_password", "workboat navigation pc password",
     "owner-chosen login of the navigation PC on the Carraig Bhan barge (charts, AIS, trestle waypoints)", "pw"),
    ("shellfish_tag_printer_admin_password", "shellfish tag printer admin password",
     "owner-chosen admin password of the printer that prints the shellfish registration tags at Merse Depuration", "pw"),
    ("cold_store_alarm_dialler_password", "cold store alarm dialler password",
     "owner-chosen web login of the cold-store temperature alarm dialler at Merse Depuration", "pw"),
    ("grader_vision_nric_licence", "grader vision licence",
     "licence of the camera software on the Carraig Bhan optical grader (layout invented): `GVL-` + 4 upper-case letters + `-` + S or T + 7 digits + the real Singapore NRIC check letter of the 7 digits (weights 2 7 6 5 4 3 2, +4 for the T series, remainder mod 11 read through JZIHGFEDCBA)", "nric"),
    ("depuration_batch_731_release_code", "depuration batch release code",
     "release code the batch desk keys in to free a depurated batch for despatch (layout invented): `DRC-` + 12 digits + the real Finnish reference-number check digit (weights 7 3 1 repeating from the right, 10 minus the sum mod 10)", "ref731"),
    ("kiln_gateway_tckn_activation_code", "kiln gateway activation code",
     "activation code of the kiln gateway at Traigh Wrack & Kelp (layout invented): `KGA-` + 11 digits, the first not 0, whose last two digits follow the Turkish identity-number rule (10th = 7 x odd-place sum - even-place sum mod 10; 11th = sum of the first ten mod 10)", "tckn"),
    ("traceability_rfc1071_api_key", "traceability api key",
     "API key of the Spatfall traceability API (layout invented): `tpx_` + 32 base62 + `_` + 4 lower-case hex, the real RFC 1071 Internet checksum (ones' complement of the ones' complement sum of big-endian 16-bit words) of the 32 body characters", "rfc1071"),
    ("tank_telemetry_es256_device_jwt", "tank telemetry device jwt",
     "device JWT a Merse tank logger presents to the telemetry bridge: a real ES256 JWT (ECDSA P-256 with SHA-256, RFC 6979 nonces, written by hand) signed with that logger's own private key, drawn from a fixed seed and discarded; claims iat, exp, aud, sub", "es256"),
    ("bookings_django_secret_key", "bookings secret key",
     "Django SECRET_KEY of the Spatfall booking site: 50 characters from Django's own alphabet (a-z, 0-9 and !@#$%^&*(-_=+)), as get_random_secret_key draws them, without the django-insecure- prefix", "django"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_INFO = {t[0]: t for t in TYPES}

ALGO_WORDS = {"nric", "731", "tckn", "rfc1071", "es256", "django"}


def key_words(tname):
    return TYPE_INFO[tname][1].split()


def fmt_key(tname, style):
    ws = key_words(tname)
    if style == "title":
        return " ".join(ACRONYMS.get(w, w[:1].upper() + w[1:]) for w in ws)
    if style == "spaced":
        return " ".join(ACRONYMS.get(w, w) for w in ws)
    if style == "header":
        return "X-" + "-".join(ACRONYMS.get(w, w[:1].upper() + w[1:]) for w in ws)
    return C.style_key(ws, style)


# ---------------------------------------------------------------------------
# value generators


class ValueGen:
    def __init__(self, reg):
        self.reg = reg
        self.rng = random.Random(SEED_VALUES)
        self.krng = random.Random(SEED_JWT_KEYS)
        self.pubkeys = {}   # token -> public key

    def make(self, tname, forbid):
        tag = TYPE_INFO[tname][3]
        r = self.rng
        if tag == "pw":
            return self.reg.draw(lambda: C.password(r, C.FULL_JOINERS, 0.5, forbid))
        if tag == "nric":
            def f():
                ser = r.choice("ST")
                d7 = C.draw(r, C.DIGITS, 7)
                return "GVL-" + C.draw(r, C.UPPER, 4) + "-" + ser + d7 + C.nric_letter(ser, d7)
            return self.reg.draw(f)
        if tag == "ref731":
            def f():
                b = str(r.randrange(1, 10)) + C.draw(r, C.DIGITS, 11)
                return "DRC-" + b + C.ref731_check(b)
            return self.reg.draw(f)
        if tag == "tckn":
            def f():
                b = str(r.randrange(1, 10)) + C.draw(r, C.DIGITS, 8)
                return "KGA-" + b + C.tckn_digits(b)
            return self.reg.draw(f)
        if tag == "rfc1071":
            def f():
                body = C.draw(r, C.ALNUM, 32)
                return "tpx_" + body + "_%04x" % C.rfc1071(body.encode())
            return self.reg.draw(f)
        if tag == "es256":
            def f():
                x, pub = C.p256_keypair(self.krng)
                iat = 1767000000 + r.randrange(0, 9000000)
                claims = {"iat": iat, "exp": iat + 3600 * r.choice([1, 6, 12, 24]),
                          "aud": "merse-tank-telemetry", "sub": "tank-%02d-logger" % r.randrange(1, 13)}
                tok = C.jwt_es256(x, {"alg": "ES256", "typ": "JWT"}, claims)
                self.pubkeys[tok] = pub
                return tok
            return self.reg.draw(f)
        if tag == "django":
            alph = "".join(c for c in C.DJANGO_ALPHABET if c not in forbid)
            return self.reg.draw(lambda: C.draw(r, alph, 50))
        raise ValueError(tag)


def check_value(tname, v, pubkeys):
    tag = TYPE_INFO[tname][3]
    import re
    if tag == "pw":
        return C.is_password(v)
    if tag == "nric":
        m = re.fullmatch(r"GVL-[A-Z]{4}-([ST])([0-9]{7})([A-Z])", v)
        return bool(m) and C.nric_letter(m.group(1), m.group(2)) == m.group(3)
    if tag == "ref731":
        m = re.fullmatch(r"DRC-([1-9][0-9]{11})([0-9])", v)
        return bool(m) and C.ref731_check(m.group(1)) == m.group(2)
    if tag == "tckn":
        m = re.fullmatch(r"KGA-([1-9][0-9]{8})([0-9]{2})", v)
        return bool(m) and C.tckn_digits(m.group(1)) == m.group(2)
    if tag == "rfc1071":
        m = re.fullmatch(r"tpx_([A-Za-z0-9]{32})_([0-9a-f]{4})", v)
        return bool(m) and C.rfc1071(m.group(1).encode()) == int(m.group(2), 16)
    if tag == "es256":
        pub = pubkeys.get(v)
        if pub is None:
            return False
        try:
            claims = json.loads(C.b64u_dec(v.split(".")[1]))
        except Exception:
            return False
        return C.jwt_es256_verify(pub, v) and set(claims) == {"iat", "exp", "aud", "sub"}
    if tag == "django":
        return len(v) == 50 and all(c in C.DJANGO_ALPHABET for c in v) and not v.startswith("django-insecure-")
    return False


# ---------------------------------------------------------------------------
# container kinds: (name, style, description, forbidden characters, renderer)

JSONQ = '"\\'
SQ = "'\\"


def k_tasmota(r, k, v):
    return (f"# autoexec.be on the tank-room relay (Tasmota 14, Berry)\nimport mqtt\nvar tank_room = \"{W.ip(r)}\"\n"
            f"var {k} = \"", f"\"\ntasmota.cmd(\"Backlog Power1 1; Delay 20; Power1 0\")\n"
            f"mqtt.publish(\"merse/tanks/relay\", \"boot\")\n")


def k_shelly(r, k, v):
    return (f"// Shelly Plus 1PM script: kiln fan watchdog\nlet kilnHost = \"{W.ip(r)}\";\nlet {k} = \"",
            f"\";\nTimer.set(60000, true, function () {{\n  Shelly.call(\"Switch.GetStatus\", {{ id: 0 }}, function (res) {{\n"
            f"    if (res.apower < 5) {{ print(\"fan idle\"); }}\n  }});\n}});\n")


def k_telegraf(r, k, v):
    return (f"[agent]\n  interval = \"30s\"\n  hostname = \"coldstore-pi\"\n\n[[inputs.modbus]]\n  name = \"coldstore\"\n"
            f"  controller = \"tcp://{W.ip(r)}:502\"\n\n[[outputs.http]]\n  url = \"https://coldstore.merse-depuration.example/ingest\"\n"
            f"  data_format = \"json\"\n  [outputs.http.headers]\n    \"Content-Type\" = \"application/json\"\n    \"{k}\" = \"",
            "\"\n")


def k_circuitpy(r, k, v):
    return (f"# settings.toml on the salinity logger (CircuitPython 9)\nCIRCUITPY_WIFI_SSID = \"merse-plant\"\n"
            f"LOGGER_TANK = {r.randrange(1, 9)}\n{k} = \"", f"\"\nUPLOAD_URL = \"https://tanks.merse-depuration.example/salinity\"\n")


def k_sdkconfig(r, k, v):
    return (f"#\n# Automatically generated file. DO NOT EDIT.\n# Espressif IoT Development Framework (ESP-IDF) 5.2 Project Configuration\n#\n"
            f"CONFIG_IDF_TARGET=\"esp32s3\"\nCONFIG_FLUPSY_PUMP_COUNT={r.randrange(2, 5)}\nCONFIG_{k}=\"",
            "\"\nCONFIG_FLUPSY_MQTT_URI=\"mqtts://mqtt.spatfall.example:8883\"\n")


def k_traccar(r, k, v):
    return (f"<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>\n<properties>\n"
            f"    <entry key='database.driver'>org.h2.Driver</entry>\n    <entry key='database.url'>jdbc:h2:./data/database</entry>\n"
            f"    <entry key='{k}'>", "</entry>\n    <entry key='web.port'>8082</entry>\n</properties>\n")


def k_weewx(r, k, v):
    return (f"[Station]\n    location = \"Carraig Bhan pontoon mast\"\n    altitude = 4, meter\n    station_type = Vantage\n\n"
            f"[StdRESTful]\n    [[Spatfall]]\n        enable = true\n        server_url = https://tours.carraigbhan-oysters.example/weather\n"
            f"        {k} = ", "\n\n[StdArchive]\n    archive_interval = 300\n")


def k_frigate(r, k, v):
    return (f"mqtt:\n  host: {W.ip(r)}\n  user: frigate\n\nenvironment_vars:\n  {k}: \"",
            f"\"\n\ncameras:\n  pier_north:\n    ffmpeg:\n      inputs:\n        - path: rtsp://{W.ip(r)}:554/stream1\n          roles: [detect, record]\n")


def k_homebridge(r, k, v):
    return ("{\n    \"bridge\": {\n        \"name\": \"Tank Room Bridge\",\n        \"port\": 51826\n    },\n    \"platforms\": [\n"
            "        {\n            \"platform\": \"HttpWebHooks\",\n            \"webhook_port\": \"51828\",\n"
            f"            \"{k}\": \"", "\"\n        }\n    ]\n}\n")


def k_nodemcu(r, k, v):
    return (f"-- init.lua on the depuration pump relay (NodeMCU)\nlocal BROKER = \"{W.ip(r)}\"\nlocal {k} = \"",
            "\"\ntmr.create():alarm(5000, tmr.ALARM_SINGLE, function() dofile(\"pumps.lua\") end)\n")


def k_django(r, k, v):
    return (f"from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\nDEBUG = False\n"
            f"ALLOWED_HOSTS = [\"tours.carraigbhan-oysters.example\", \"courses.traigh-seaweed.example\"]\n{k} = \"",
            "\"\nTIME_ZONE = \"Europe/London\"\n")


def k_wpconfig(r, k, v):
    return (f"<?php\ndefine( 'DB_NAME', 'shop_wp' );\ndefine( 'DB_HOST', '{W.ip(r)}' );\ndefine( '{k}', '",
            "' );\n$table_prefix = 'wp_';\nrequire_once ABSPATH . 'wp-settings.php';\n")


def k_symfony(r, k, v):
    return (f"<?php\n\n// This file was generated by running \"composer dump-env prod\"\n\nreturn array (\n  'APP_ENV' => 'prod',\n"
            f"  'APP_DEBUG' => '0',\n  '{k}' => '", "',\n  'MESSENGER_TRANSPORT_DSN' => 'doctrine://default',\n);\n")


def k_ktor(r, k, v):
    return (f"ktor {{\n    deployment {{\n        port = 8080\n    }}\n    application {{\n        modules = [ example.spatfall.trace.ApplicationKt.module ]\n    }}\n}}\n"
            f"trace {{\n    {k} = \"", "\"\n    harvestAreas = [\"LS-024\", \"LS-031\"]\n}\n")


def k_usersecrets(r, k, v):
    return ("{\n  \"ConnectionStrings:Batches\": \"Server=" + W.ip(r) + ";Database=batches;Integrated Security=true\",\n"
            f"  \"{k}\": \"", "\"\n}\n")


def k_nuxt(r, k, v):
    return ("// nuxt.config.ts of the Traigh shop\nexport default defineNuxtConfig({\n  ssr: true,\n  runtimeConfig: {\n"
            f"    {k}: '", "',\n    public: { shopName: 'Traigh Wrack & Kelp' },\n  },\n})\n")


def k_dartdefine(r, k, v):
    return ("{\n  \"HARVEST_API_BASE\": \"https://trace.spatfall.example/v1\",\n  \"HARVEST_FLAVOUR\": \"production\",\n"
            f"  \"{k}\": \"", "\"\n}\n")


def k_xcconfig(r, k, v):
    return ("// Secrets.xcconfig of the harvest app (iOS)\n#include \"Base.xcconfig\"\n\nHARVEST_API_HOST = trace.spatfall.example\n"
            f"{k} = ", "\nPRODUCT_BUNDLE_IDENTIFIER = example.spatfall.harvest\n")


def k_localprops(r, k, v):
    return ("## This file must *NOT* be checked into Version Control Systems,\n# as it contains information specific to your local configuration.\n"
            f"sdk.dir=/home/{W.user(r)}/Android/Sdk\n{k}=", "\nharvest.api.host=trace.spatfall.example\n")


def k_streamlit(r, k, v):
    return ("# .streamlit/secrets.toml of the salinity dashboard\n[connections.tanks]\ndialect = \"postgresql\"\n"
            f"host = \"{W.ip(r)}\"\n\n[app]\n{k} = \"", "\"\n")


def k_tfvars(r, k, v):
    return (f"region          = \"uk-lon1\"\ncluster_name    = \"spatfall-k3s\"\nnode_count      = {r.randrange(2, 5)}\n{k} = \"",
            "\"\n")


def k_pkrvars(r, k, v):
    return ("# kiln-gateway.pkrvars.hcl\nbase_image = \"debian-12-genericcloud-arm64\"\nhostname   = \"kiln-gw\"\n"
            f"{k} = \"", "\"\n")


def k_salt(r, k, v):
    return (f"# /srv/pillar/merse/coldstore.sls\ncoldstore:\n  dialler_host: {W.ip(r)}\n  {k}: '",
            "'\n  probes: [cs1, cs2, cs3]\n")


def k_chef(r, k, v):
    return ("{\n  \"id\": \"traigh_kiln\",\n  \"kiln_host\": \"kiln.traigh-seaweed.example\",\n"
            f"  \"{k}\": \"", "\"\n}\n")


def k_inventory(r, k, v):
    return (f"[depuration]\ntank-panel ansible_host={W.ip(r)} ansible_user=ops {k}=",
            f"\ncoldstore ansible_host={W.ip(r)} ansible_user=ops\n\n[depuration:vars]\nansible_python_interpreter=/usr/bin/python3\n")


def k_supervisord(r, k, v):
    return ("[program:tank-bridge]\ncommand=/opt/tank-bridge/bin/bridge --serial /dev/ttyUSB0\nautostart=true\n"
            f"environment=TANK_BRIDGE_MODE=\"live\",{k}=\"", "\"\nstdout_logfile=/var/log/tank-bridge.log\n")


def k_pm2(r, k, v):
    return ("module.exports = {\n  apps: [{\n    name: 'stock-sync',\n    script: './dist/sync.js',\n    env_production: {\n"
            f"      NODE_ENV: 'production',\n      {k}: '", "',\n    },\n  }],\n};\n")


def k_quadlet(r, k, v):
    return ("# /etc/containers/systemd/trace-api.container\n[Unit]\nDescription=Traceability API\n\n[Container]\n"
            f"Image=git.spatfall.example/ops/trace-api:2.3\nPublishPort=8080:8080\nEnvironment={k}=",
            "\n\n[Install]\nWantedBy=multi-user.target\n")


def k_haproxy(r, k, v):
    return (f"backend grader_api\n    mode http\n    http-request set-header {k} ",
            f"\n    server grader1 {W.ip(r)}:8000 check\n")


def k_taskxml(r, k, v):
    return ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<Task version=\"1.4\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n"
            "  <Actions Context=\"Author\">\n    <Exec>\n      <Command>C:\\Tools\\navsync\\navsync.exe</Command>\n"
            f"      <Arguments>--target barge --{k}=", " --quiet</Arguments>\n    </Exec>\n  </Actions>\n</Task>\n")


def k_ipynb(r, k, v):
    return ("{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"execution_count\": 3,\n   \"metadata\": {},\n   \"outputs\": [],\n"
            "   \"source\": [\n    \"import os\\n\",\n" f"    \"os.environ['{k}'] = '",
            "'\\n\",\n    \"df = load_tank_logs('tank-04')\"\n   ]\n  }\n ],\n \"nbformat\": 4,\n \"nbformat_minor\": 5\n}\n")


def k_justfile(r, k, v):
    return (f"set dotenv-load := false\n\nexport {k} := \"", "\"\n\ndeploy:\n    ./scripts/deploy.sh shop\n")


def k_taskfile(r, k, v):
    return (f"version: '3'\n\nenv:\n  {k}: '", "'\n\ntasks:\n  sync:\n    cmds:\n      - go run ./cmd/sync\n")


def k_pytestini(r, k, v):
    return (f"[pytest]\naddopts = -q\nenv =\n    TANK_API=https://tanks.merse-depuration.example\n    {k}=", "\n")


def k_logcat(r, k, v):
    pid = r.randrange(1000, 30000)
    return (f"12-04 07:41:09.112  {pid}  {pid} I HarvestApp: starting sync\n12-04 07:41:09.215  {pid}  {pid + 12} D SyncConfig: {k}=",
            f"\n12-04 07:41:09.301  {pid}  {pid + 12} W SyncConfig: using cached harvest areas\n")


def k_smsxml(r, k, v):
    who = W.person(r).split()[0]
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"1\" backup_set=\"b7c0\">\n"
            f"  <sms protocol=\"0\" address=\"+4477009{r.randrange(10000, 99999)}\" type=\"1\" readable_date=\"4 Dec 2025 07:12\" contact_name=\"{who}\" "
            f"body=\"Morning - the {k} is ", " if you need it before I'm in\" />\n</smses>\n")


def k_trello(r, k, v):
    return ("{\n  \"name\": \"Tank room handover\",\n  \"idList\": \"sunday-checks\",\n"
            f"  \"desc\": \"Checked tanks 1-4. {k[:1].upper() + k[1:]} is ", " - change after the audit\",\n  \"closed\": false\n}\n")


def k_ods(r, k, v):
    return ("<table:table xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
            "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" table:name=\"Logins\">\n  <table:table-row>\n"
            f"    <table:table-cell office:value-type=\"string\"><text:p>{k}</text:p></table:table-cell>\n"
            "    <table:table-cell office:value-type=\"string\"><text:p>", "</text:p></table:table-cell>\n  </table:table-row>\n</table:table>\n")


def k_mbox(r, k, v):
    a = W.email(r)
    return (f"From {a} Thu Dec  4 08:02:11 2025\nFrom: {a}\nTo: ops@spatfall.example\nSubject: kiln weekend\n\n"
            f"Hi both,\n\nthe {k} is ", "\nif the burner trips again.\n\nCheers\n\n")


def k_webvtt(r, k, v):
    return ("WEBVTT\n\n00:04:11.200 --> 00:04:15.900\n<v Hamish>OK so for the weekend cover\n\n00:04:16.000 --> 00:04:21.400\n"
            f"<v Hamish>the {k} is ", "\n\n00:04:21.500 --> 00:04:24.000\n<v Ailsa>Got it, thanks\n")


def k_hocr(r, k, v):
    return ("<div class='ocr_page' id='page_1' title='image \"whiteboard.jpg\"; bbox 0 0 3024 4032'>\n"
            f"  <span class='ocr_line' id='line_1_4'><span class='ocrx_word' id='word_1_9' title='bbox 212 980 1440 1050; x_wconf 91'>{k}:</span> "
            "<span class='ocrx_word' id='word_1_10' title='bbox 1480 978 2210 1052; x_wconf 88'>", "</span></span>\n</div>\n")


def k_pdftotext(r, k, v):
    return ("                         MERSE DEPURATION - WEEKEND HANDOVER\n\n  Tanks running: 1, 2, 4            UV lamps: checked 06:40\n\n"
            f"  Note for cover: the {k} is ", "\n\n                                                            Page 1 of 1\n")


def k_ics(r, k, v):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Spatfall//Rota//EN\r\nBEGIN:VEVENT\r\nUID:rota-2025-12-06@spatfall.example\r\n"
            "DTSTART:20251206T070000Z\r\nSUMMARY:Weekend cover - Merse\r\n"
            f"DESCRIPTION:Cover notes: the {k} is ", "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def k_pptx(r, k, v):
    return ("<p:sld xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\">\n"
            f"  <p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>{k}</a:t></a:r></a:p>\n"
            "  <a:p><a:r><a:t>", "</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld>\n</p:sld>\n")


def k_messenger(r, k, v):
    return ("{\n  \"participants\": [{\"name\": \"Calum Beaton\"}, {\"name\": \"Grete Lindqvist\"}],\n  \"messages\": [\n    {\n"
            "      \"sender_name\": \"Calum Beaton\",\n      \"timestamp_ms\": 1764835200000,\n"
            f"      \"content\": \"{k[:1].upper() + k[1:]} is ", " btw\"\n    }\n  ]\n}\n")


KINDS = [
    ("tank_room_tasmota_autoexec_be", "snake", "Berry autoexec.be on a Tasmota relay in the tank room", JSONQ, k_tasmota),
    ("kiln_shelly_script_js", "camel", "Shelly Plus script (mJS) watching the kiln fans", JSONQ, k_shelly),
    ("cold_store_telegraf_conf", "header", "Telegraf telegraf.conf of the cold-store Pi (outputs.http headers)", JSONQ + "$", k_telegraf),
    ("salinity_logger_circuitpython_settings_toml", "upper", "CircuitPython settings.toml on a salinity logger", JSONQ, k_circuitpy),
    ("flupsy_pump_esp_idf_sdkconfig", "upper", "ESP-IDF sdkconfig of the FLUPSY pump controller", JSONQ + "$", k_sdkconfig),
    ("workboat_traccar_xml", "dotted", "Traccar traccar.xml on the workboat tracker server", "&<>'\"", k_traccar),
    ("weather_mast_weewx_conf", "snake", "weewx.conf of the pontoon weather mast (configobj)", "#,'\"$% ", k_weewx),
    ("pier_cameras_frigate_config_yml", "upper", "Frigate NVR config.yml of the pier cameras (environment_vars)", JSONQ + "{}", k_frigate),
    ("tank_room_homebridge_config_json", "camel", "Homebridge config.json in the tank room", JSONQ, k_homebridge),
    ("depuration_nodemcu_init_lua", "upper", "NodeMCU init.lua on the depuration pump relay", JSONQ, k_nodemcu),
    ("bookings_django_settings_py", "upper", "Django settings.py of the booking site", JSONQ, k_django),
    ("shop_wp_config_php", "upper", "wp-config.php of the WooCommerce shop (define)", SQ, k_wpconfig),
    ("stock_symfony_env_local_php", "upper", "Symfony .env.local.php of the stock app (composer dump-env)", SQ, k_symfony),
    ("trace_ktor_application_conf", "camel", "Ktor application.conf (HOCON) of the traceability API", JSONQ + "$", k_ktor),
    ("depuration_dotnet_user_secrets_json", "colonpascal", ".NET user-secrets secrets.json of the batch desk app", JSONQ, k_usersecrets),
    ("shop_nuxt_config_ts", "camel", "nuxt.config.ts runtimeConfig of the Traigh shop front end", SQ + "`", k_nuxt),
    ("harvest_app_dart_define_json", "upper", "JSON file for flutter --dart-define-from-file of the harvest app", JSONQ, k_dartdefine),
    ("harvest_ios_secrets_xcconfig", "upper", "Secrets.xcconfig of the harvest app (iOS)", "/$\"' ", k_xcconfig),
    ("harvest_android_local_properties", "dotted", "local.properties of the harvest app (Android)", "\\ ", k_localprops),
    ("analytics_streamlit_secrets_toml", "snake", ".streamlit/secrets.toml of the salinity dashboard", JSONQ, k_streamlit),
    ("ops_terraform_tfvars", "snake", "terraform.tfvars of the k3s cluster", JSONQ + "$%", k_tfvars),
    ("ops_packer_pkrvars_hcl", "snake", "Packer .pkrvars.hcl of the kiln gateway image", JSONQ + "$%", k_pkrvars),
    ("ops_salt_pillar_sls", "snake", "Salt pillar .sls of the cold store", "'{}%#", k_salt),
    ("ops_chef_data_bag_json", "snake", "Chef data bag item (JSON)", JSONQ, k_chef),
    ("ops_ansible_inventory_ini", "snake", "Ansible INI inventory with a host variable", "'\"#;{} ", k_inventory),
    ("ops_supervisord_program_conf", "upper", "supervisord program section (environment=)", "%\"\\,", k_supervisord),
    ("ops_pm2_ecosystem_config_js", "upper", "PM2 ecosystem.config.js env block", SQ, k_pm2),
    ("ops_podman_quadlet_container", "upper", "Podman Quadlet .container unit (Environment=)", "%\\\"' $", k_quadlet),
    ("ops_haproxy_cfg_set_header", "header", "HAProxy backend with http-request set-header", "#\\\"'$% ", k_haproxy),
    ("ops_windows_task_scheduler_xml", "kebab", "Windows Task Scheduler export (Arguments)", "&<>\"% ", k_taskxml),
    ("dev_jupyter_notebook_ipynb", "upper", "Jupyter notebook cell setting os.environ", JSONQ + "'", k_ipynb),
    ("dev_justfile_export", "upper", "justfile export line", JSONQ + "{}", k_justfile),
    ("dev_taskfile_yml_env", "upper", "Taskfile.yml env block", "'{}", k_taskfile),
    ("dev_pytest_ini_env", "upper", "pytest.ini env list (pytest-env)", "#; ", k_pytestini),
    ("dev_logcat_capture", "upper", "adb logcat capture of the harvest app logging its config", " ", k_logcat),
    ("office_sms_backup_xml", "spaced", "SMS Backup & Restore XML export (message body)", "&<>\"", k_smsxml),
    ("office_trello_card_json", "spaced", "Trello card JSON export (desc)", JSONQ, k_trello),
    ("office_ods_content_xml", "title", "content.xml of an OpenDocument spreadsheet (two cells)", "&<>", k_ods),
    ("office_mbox_mailbox", "spaced", "mbox mailbox with a plain-text message", " ", k_mbox),
    ("office_webvtt_call_captions", "spaced", "WebVTT captions of a recorded call", "<>& ", k_webvtt),
    ("office_hocr_whiteboard_scan", "title", "tesseract hOCR output of a photographed whiteboard", "&<>'\" ", k_hocr),
    ("office_pdftotext_handover_note", "spaced", "pdftotext -layout output of a handover PDF", " ", k_pdftotext),
    ("office_ics_calendar_invite", "spaced", "iCalendar invite (DESCRIPTION)", ",;\\ ", k_ics),
    ("office_pptx_slide_xml", "title", "ppt/slides/slide2.xml of a training deck", "&<>", k_pptx),
    ("office_facebook_messenger_json", "spaced", "Facebook Messenger download (message content)", JSONQ, k_messenger),
]
KIND_NAMES = [k[0] for k in KINDS]
KIND_INFO = {k[0]: k for k in KINDS}


def pairing():
    """15 blocks of three kinds; each block deals a permutation of the 12 types,
    four to each kind."""
    r = random.Random(SEED_PAIRING)
    out = []
    for b in range(15):
        kinds = KIND_NAMES[3 * b:3 * b + 3]
        perm = TYPE_NAMES[:]
        r.shuffle(perm)
        for i, kn in enumerate(kinds):
            for t in perm[4 * i:4 * i + 4]:
                out.append((kn, t))
    return out


def generate(reg):
    gen = ValueGen(reg)
    recs = []
    r = random.Random(SEED_VALUES + 7)
    for kn, t in pairing():
        _, style, _, forbid, fn = KIND_INFO[kn]
        v = gen.make(t, forbid)
        key = fmt_key(t, style)
        before, after = fn(r, key, v)
        text = before + v + after
        recs.append({"type": t, "container": kn, "text": text,
                     "secrets": [{"value": v, "start": len(before), "end": len(before) + len(v), "type": t}],
                     "source": "everyday"})
    return recs, gen.pubkeys
