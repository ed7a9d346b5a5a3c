"""Everyday source: 12 types x 45 container kinds, 4 records per kind."""
import hashlib
import json
import random
import re

import common274 as C
import world274 as W

SEED_VALUES = 27401
SEED_PAIRING = 27411
SEED_SURROUND = 27421
SEED_KEYS = 27471

PW_TYPES = [
    ("ring_kiln_controller_engineer_password", ["kiln", "engineer", "password"],
     "owner-chosen engineer password of the thermocouple controller on Coppiceholm's steel ring kilns (burn curves, lid alarms, probe calibration)"),
    ("retort_reactor_hmi_supervisor_password", ["reactor", "supervisor", "password"],
     "owner-chosen supervisor password of the HMI on Emberline's auger pyrolysis reactor (auger speed, reactor zones, flare interlocks)"),
    ("sod_peat_extruder_console_password", ["extruder", "console", "password"],
     "owner-chosen password of the console of Blackmoss's tractor-drawn sod-peat extruder (cut depth, sod length, hours)"),
    ("charcoal_bagging_line_operator_password", ["bagging", "operator", "password"],
     "owner-chosen operator login of the lumpwood bagging line at Coppiceholm (check-weigher, bag counts, batch labels)"),
    ("bog_dipwell_gateway_admin_password", ["dipwell", "gateway", "password"],
     "owner-chosen admin password of the LoRa gateway that collects the dipwell water-table loggers on Blackmoss's rewetting blocks"),
    ("biochar_lab_analyser_station_password", ["lab", "analyser", "password"],
     "owner-chosen login of the PC that runs Emberline's CHN analyser and exports carbon results"),
]

GEN_TYPES = [
    ("kiln_controller_reed_solomon_licence", ["kiln", "controller", "licence"],
     "licence code of the burn-curve software on the ring-kiln controller (layout invented): `CKL-` + seven groups of four upper-case hex digits joined by `-` = 10 random bytes followed by 4 parity bytes of the real Reed-Solomon code over GF(256) that QR codes use (field polynomial 0x11D, generator roots a^0..a^3), so all four syndromes of the 14 bytes are zero"),
    ("extruder_telematics_rfc1071_pairing_key", ["extruder", "pairing", "key"],
     "pairing key that binds the extruder's telematics box to the Kindlewright bridge (layout invented): `bmx_` + 32 lower-case hex digits = 16 bytes whose last two are the real RFC 1071 Internet checksum (ones' complement of the ones'-complement sum of the 16-bit words), so the ones'-complement sum of all eight words is 0xFFFF"),
    ("mrv_portal_sm3_tailed_api_key", ["mrv", "api", "key"],
     "API key of Emberline's MRV portal (layout invented): `ebk_` + 32 base62 characters + `_` + 8 lower-case hex digits = the first four bytes of the real SM3 digest (GB/T 32905, written by hand) of the 32 body characters"),
    ("kiln_telemetry_macaroon_token", ["kiln", "telemetry", "token"],
     "bearer token of the kiln-telemetry ingest API: a real macaroon in the libmacaroons v2 binary format (location, identifier, three first-party caveats, HMAC-SHA256 chained signature under a derived root key drawn from a fixed seed and discarded), written as unpadded base64url"),
    ("charcoal_grading_hs512_service_jwt", ["grading", "service", "token"],
     "service token of Coppiceholm's charcoal grading and stock API: a real JWT (RFC 7519) signed with alg `HS512` under a 64-byte key drawn from a fixed seed and discarded; header {alg, typ, kid}; claims {iss, sub, aud, iat, exp, jti (UUIDv4), scope}"),
    ("carbon_ledger_django_secret_key", ["ledger", "secret", "key"],
     "Django SECRET_KEY of Emberline's carbon-removal ledger: `django-insecure-` + 50 characters of Django's own key alphabet (a-z, 0-9 and !@#$%^&*(-_=+)), as `django-admin startproject` writes it, minus the characters the container cannot hold literally"),
]

TYPES = PW_TYPES + GEN_TYPES
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_WORDS = {t[0]: t[1] for t in TYPES}
TYPE_DESC = {t[0]: t[2] for t in TYPES}


class Keys:
    """Keys of the two signed formats, drawn from a fixed seed; never written out."""

    def __init__(self):
        r = random.Random(SEED_KEYS)
        self.jwt_key = C.rbytes(r, 64)
        self.macaroon_root = C.rbytes(r, 32)


# ---------------------------------------------------------------- value generators
def gen_rs(rng):
    data = C.rbytes(rng, 10)
    cw = bytes(data) + bytes(C.rs_parity(data, 4))
    h = cw.hex().upper()
    return "CKL-" + "-".join(h[i:i + 4] for i in range(0, 28, 4))


def check_rs(v):
    m = re.fullmatch(r"CKL-((?:[0-9A-F]{4}-){6}[0-9A-F]{4})", v)
    if not m:
        return False
    b = bytes.fromhex(m.group(1).replace("-", ""))
    return len(b) == 14 and C.rs_syndromes_zero(list(b), 4)


def gen_inet(rng):
    body = C.rbytes(rng, 14)
    ck = C.inet_checksum(body)
    return "bmx_" + (body + bytes([ck >> 8, ck & 0xFF])).hex()


def check_inet(v):
    m = re.fullmatch(r"bmx_([0-9a-f]{32})", v)
    return bool(m) and C.inet_sum(bytes.fromhex(m.group(1))) == 0xFFFF


def gen_sm3(rng):
    body = C.rstr(rng, C.BASE62, 32)
    return "ebk_" + body + "_" + C.sm3(body.encode())[:4].hex()


def check_sm3(v):
    m = re.fullmatch(r"ebk_([0-9A-Za-z]{32})_([0-9a-f]{8})", v)
    return bool(m) and C.sm3(m.group(1).encode())[:4].hex() == m.group(2)


def gen_macaroon(rng, keys):
    ident = ("kt2:%s" % C.rstr(rng, C.HEXL, 24)).encode()
    dev = rng.choice(["ringkiln-a", "ringkiln-b", "retort-east", "retort-west", "sortbench"])
    cavs = [("device = %s" % dev).encode(), b"scope = telemetry:write",
            ("expires < 2026-%02d-%02dT00:00:00Z" % (rng.randint(1, 12), rng.randint(1, 28))).encode()]
    raw = C.macaroon_v2(b"https://telemetry.coppiceholm.example", ident, cavs, keys.macaroon_root)
    return C.b64u(raw)


def check_macaroon(v, keys):
    if not re.fullmatch(r"[A-Za-z0-9_-]+", v) or not v.startswith("Ag"):
        return False
    try:
        raw = C.b64u_dec(v)
        loc, ident, cavs, sig = C.macaroon_parse(raw)
    except Exception:
        return False
    return len(cavs) == 3 and C.macaroon_verify(raw, keys.macaroon_root)


def gen_jwt(rng, keys):
    iat = 1735689600 + rng.randint(0, 86400 * 300)
    header = {"alg": "HS512", "typ": "JWT", "kid": "grading-%s" % C.rstr(rng, C.HEXL, 8)}
    claims = {"iss": "https://auth.coppiceholm.example", "sub": "svc-%s" % rng.choice(["grading", "bagging", "stockbot", "shopsync"]),
              "aud": "stock-api", "iat": iat, "exp": iat + 86400 * rng.choice([30, 90, 180]),
              "jti": C.uuid4(rng), "scope": rng.choice(["grades:write", "stock:read grades:write", "bags:write"])}
    return C.jwt_sign(header, claims, keys.jwt_key, "HS512")


def check_jwt(v, keys):
    if not C.jwt_verify(v, [keys.jwt_key]):
        return False
    h, c, _ = v.split(".")
    header = json.loads(C.b64u_dec(h))
    claims = json.loads(C.b64u_dec(c))
    return (header.get("alg") == "HS512" and set(header) == {"alg", "typ", "kid"}
            and set(claims) == {"iss", "sub", "aud", "iat", "exp", "jti", "scope"} and C.is_uuid4(claims["jti"]))


def gen_django(rng, forbid):
    alpha = [c for c in C.DJANGO_ALPHABET if c not in forbid]
    return "django-insecure-" + "".join(rng.choice(alpha) for _ in range(50))


def check_django(v):
    return v.startswith("django-insecure-") and len(v) == 66 and all(c in C.DJANGO_ALPHABET for c in v[16:])


def gen_value(tname, rng, keys, forbid):
    if tname in dict((t[0], 1) for t in PW_TYPES):
        return W.password(rng, W.JOINERS_WIDE, 0.5, forbid)
    if tname == "kiln_controller_reed_solomon_licence":
        return gen_rs(rng)
    if tname == "extruder_telematics_rfc1071_pairing_key":
        return gen_inet(rng)
    if tname == "mrv_portal_sm3_tailed_api_key":
        return gen_sm3(rng)
    if tname == "kiln_telemetry_macaroon_token":
        return gen_macaroon(rng, keys)
    if tname == "charcoal_grading_hs512_service_jwt":
        return gen_jwt(rng, keys)
    if tname == "carbon_ledger_django_secret_key":
        return gen_django(rng, forbid)
    raise KeyError(tname)


def check_value(tname, v, keys):
    if tname in dict((t[0], 1) for t in PW_TYPES):
        return bool(W.PW_WIDE_RE.match(v)) and W.pw_word_ok(v)
    return {
        "kiln_controller_reed_solomon_licence": lambda: check_rs(v),
        "extruder_telematics_rfc1071_pairing_key": lambda: check_inet(v),
        "mrv_portal_sm3_tailed_api_key": lambda: check_sm3(v),
        "kiln_telemetry_macaroon_token": lambda: check_macaroon(v, keys),
        "charcoal_grading_hs512_service_jwt": lambda: check_jwt(v, keys),
        "carbon_ledger_django_secret_key": lambda: check_django(v),
    }[tname]()


# ---------------------------------------------------------------- container kinds
M = C.MARK
Q = '"'


def k_codesys(r, key, t):
    return ("{attribute 'qualified_only'}\n// GVL_Kiln - ring kiln controller, Coppiceholm\nVAR_GLOBAL\n"
            "    gSetpointC : REAL := %d.0;\n    gRingCount : INT := 2;\n    gLidAlarmDelayS : TIME := T#%ds;\n"
            "    g%s : STRING(120) := '%s';\nEND_VAR\n" % (r.randint(380, 460), r.randint(20, 90), key, M))


def k_kepware(r, key, t):
    return json.dumps({"project": {"common.ALLTYPES_DESCRIPTION": "Emberline reactor OPC server",
                                   "servermain.PROJECT_TITLE": "EMB-Reactor",
                                   "channels": [{"common.ALLTYPES_NAME": "ReactorPLC",
                                                 "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "Siemens TCP/IP Ethernet",
                                                 "devices": [{"common.ALLTYPES_NAME": "Auger",
                                                              "common.ALLTYPES_DESCRIPTION": "%s: %s" % (key, M),
                                                              "servermain.DEVICE_ID_STRING": "<%s>.0" % W.ip(r)}]}]}},
                      indent=2, ensure_ascii=False)


def k_ignition(r, key, t):
    return json.dumps({"scope": "G", "version": 1, "restricted": False, "overridable": True,
                       "files": ["code.py"],
                       "attributes": {"lastModification": {"actor": r.choice(W.USERS),
                                                           "timestamp": "2025-0%d-1%dT0%d:12:44Z" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9))},
                                      "custom": {key: M, "plantArea": "reactor-hall"}}}, indent=2)


def k_uci(r, key, t):
    return ("config extruder 'telematics'\n\toption enabled '1'\n\toption broker 'mqtt.blackmoss-turf.example'\n"
            "\toption port '8883'\n\toption %s '%s'\n\nconfig interface 'wwan'\n\toption proto 'qmi'\n\toption apn 'iot.eir.example'\n" % (key, M))


def k_crbasic(r, key, t):
    return ("'CR1000X Series Datalogger\n'Blackmoss dipwell block %s - water table below surface\nPublic WaterTable_mm(%d)\n"
            "Const LoggerId = %d\nConst %s = \"%s\"\nBeginProg\n  Scan (15,Min,0,0)\n    PanelTemp (PTemp,15000)\n"
            "  NextScan\nEndProg\n" % (r.choice("ABCDEF"), r.randint(4, 12), r.randint(100, 999), key, M))


def k_reg(r, key, t):
    return ("Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\WOW6432Node\\Blackmoss\\WeighYard\\Settings]\n"
            "\"ComPort\"=\"COM%d\"\n\"IndicatorBaud\"=dword:00002580\n\"%s\"=\"%s\"\n\"TicketPrinter\"=\"EPSON TM-T20\"\n" % (r.randint(1, 6), key, M))


def k_zephyr(r, key, t):
    return ("# prj.conf - kiln thermocouple probe (nRF9160)\nCONFIG_NETWORKING=y\nCONFIG_MQTT_LIB=y\nCONFIG_MQTT_LIB_TLS=y\n"
            "CONFIG_APP_MQTT_BROKER=\"%s\"\nCONFIG_APP_%s=\"%s\"\nCONFIG_APP_SAMPLE_SECONDS=%d\n" % (W.ip(r), key, M, r.choice([10, 15, 30, 60])))


def k_zpl(r, key, t):
    return ("^XA\n^CF0,40\n^FO40,40^FDCoppiceholm Lumpwood %dkg^FS\n^CF0,24\n^FO40,100^FDBatch %04d  Bay %s^FS\n"
            "^FO40,140^FD%s %s^FS\n^FO40,200^BY2^BCN,80,Y,N,N^FD%d^FS\n^XZ\n" % (r.choice([3, 5, 10]), r.randint(1, 9999), r.choice("ABCD"), key, M, r.randint(10000000, 99999999)))


def k_frigate(r, key, t):
    return ("mqtt:\n  host: %s\n  user: frigate\nenvironment_vars:\n  %s: \"%s\"\ncameras:\n  kilnyard:\n    ffmpeg:\n"
            "      inputs:\n        - path: rtsp://%s:554/Streaming/Channels/101\n          roles: [detect, record]\n    detect:\n      width: 1280\n      height: 720\n" % (W.ip(r), key, M, W.ip(r)))


def k_weewx(r, key, t):
    return ("[Station]\n    location = \"Blackmoss rewetting block, Co. Galway\"\n    latitude = 53.5%02d\n    longitude = -8.8%02d\n"
            "    altitude = 41, meter\n\n[StdRESTful]\n    [[Kindlewright]]\n        enable = true\n        server_url = https://ingest.kindlewright.example/weewx\n"
            "        %s = %s\n" % (r.randint(0, 99), r.randint(0, 99), key, M))


def k_telegraf(r, key, t):
    return ("[agent]\n  interval = \"60s\"\n  hostname = \"dipwell-gw\"\n\n[[inputs.exec]]\n  commands = [\"/opt/lora/poll-dipwells\"]\n"
            "  timeout = \"20s\"\n  data_format = \"influx\"\n  environment = [\"%s=%s\"]\n\n[[outputs.influxdb_v2]]\n  urls = [\"http://%s:8086\"]\n"
            "  organization = \"blackmoss\"\n  bucket = \"dipwells\"\n" % (key, M, W.ip(r)))


def k_pstranscript(r, key, t):
    return ("**********************\nWindows PowerShell transcript start\nStart time: 2025%02d%02d0%d1512\nUsername: EMBERLINE\\%s\n"
            "Machine: LABPC2 (Microsoft Windows NT 10.0.19045.0)\nHost Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\n"
            "Process ID: %d\n**********************\nPS C:\\CHN> $env:%s = \"%s\"\nPS C:\\CHN> .\\chn-export.exe --since 2025-03-01\n"
            "Exported %d runs to \\\\files\\lab\\chn\n" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 9), r.choice(W.USERS), r.randint(1000, 9999), key, M, r.randint(20, 90)))


def k_django(r, key, t):
    k = "SECRET_KEY" if t == "carbon_ledger_django_secret_key" else key
    return ("from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n\n%s = '%s'\n\nDEBUG = False\n"
            "ALLOWED_HOSTS = [\"mrv.emberline-biochar.example\"]\nTIME_ZONE = \"Europe/London\"\n" % (k, M))


def k_symfony(r, key, t):
    return ("<?php\n\n// This file was generated by running \"composer dump-env prod\"\n\nreturn array (\n  'APP_ENV' => 'prod',\n"
            "  'APP_DEBUG' => '0',\n  'DATABASE_URL' => 'postgresql://orders@%s:5432/orders?serverVersion=16',\n  '%s' => '%s',\n);\n" % (W.ip(r), key, M))


def k_rocket(r, key, t):
    return ("[default]\naddress = \"0.0.0.0\"\nport = %d\n\n[release]\nlog_level = \"critical\"\n%s = \"%s\"\n" % (r.choice([8000, 8080, 8443]), key, M))


def k_ktor(r, key, t):
    return ("ktor {\n    deployment {\n        port = 8080\n    }\n    application {\n        modules = [ com.kindlewright.stock.ApplicationKt.module ]\n"
            "    }\n}\nstock {\n    warehouse = \"coppiceholm-yard\"\n    %s = \"%s\"\n}\n" % (key, M))


def k_nuxt(r, key, t):
    return ("// nuxt.config.ts\nexport default defineNuxtConfig({\n  devtools: { enabled: false },\n  runtimeConfig: {\n    %s: '%s',\n"
            "    public: { shopName: 'Coppiceholm Charcoal' }\n  }\n})\n" % (key, M))


def k_usersecrets(r, key, t):
    return json.dumps({"Logging:LogLevel:Default": "Information", "Invoicing:SmtpHost": "smtp.kindlewright.example",
                       "Kindlewright:" + key: M}, indent=2)


def k_envconfig(r, key, t):
    return ("package config\n\n// Config is read from the environment by envconfig.\ntype Config struct {\n"
            "\tListen         string `envconfig:\"LISTEN\" default:\":8080\"`\n\tWeighbridgeURL string `envconfig:\"WEIGHBRIDGE_URL\" default:\"http://%s\"`\n"
            "\tValue%d         string `envconfig:\"%s\" default:\"%s\"`\n}\n" % (W.ip(r), r.randint(1, 9), key, M))


def k_salt(r, key, t):
    return ("# /srv/pillar/kiln.sls\nkiln_controller:\n  host: %s\n  ring_count: 2\n  %s: '%s'\n" % (W.ip(r), key, M))


def k_chef(r, key, t):
    return json.dumps({"id": "plant_%s" % r.choice(["retort", "reactor", "lab", "yard"]), "host": W.ip(r), key: M,
                       "owner": r.choice(W.USERS)}, indent=2)


def k_tfvars(r, key, t):
    return ("region        = \"eu-west-2\"\ninstance_type = \"t3.small\"\nproject       = \"emberline-mrv\"\n%s = \"%s\"\n" % (key, M))


def k_supervisord(r, key, t):
    return ("[program:dipwell-bridge]\ncommand=/opt/dipwell-bridge/bin/bridge --listen 0.0.0.0:7070\ndirectory=/opt/dipwell-bridge\n"
            "environment=%s=\"%s\",LOG_LEVEL=\"info\"\nautorestart=true\nuser=telem\n" % (key, M))


def k_pm2(r, key, t):
    return ("module.exports = {\n  apps: [{\n    name: 'mrv-api',\n    script: 'dist/server.js',\n    instances: %d,\n    env_production: {\n"
            "      NODE_ENV: 'production',\n      %s: '%s'\n    }\n  }]\n}\n" % (r.randint(1, 4), key, M))


def k_gitlabci(r, key, t):
    return ("variables:\n  DOCKER_DRIVER: overlay2\n  %s: \"%s\"\n\nstages: [build, deploy]\n\nbuild:\n  stage: build\n"
            "  script:\n    - docker build -t registry.kindlewright.example/stock:latest .\n" % (key, M))


def k_lxc(r, key, t):
    n = r.randint(101, 140)
    return ("arch: amd64\ncores: 2\nhostname: mrvworker\nmemory: 2048\nnet0: name=eth0,bridge=vmbr0,ip=%s/24,type=veth\n"
            "ostype: debian\nrootfs: local-lvm:vm-%d-disk-0,size=16G\nlxc.environment: %s=%s\n" % (W.ip(r), n, key, M))


def k_taskxml(r, key, t):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Task version=\"1.4\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n"
            "  <RegistrationInfo><Author>EMBERLINE\\%s</Author><URI>\\Emberline\\LabExport</URI></RegistrationInfo>\n"
            "  <Actions Context=\"Author\">\n    <Exec>\n      <Command>C:\\CHN\\chn-export.exe</Command>\n"
            "      <Arguments>--site emberline --%s %s --out \\\\files\\lab</Arguments>\n    </Exec>\n  </Actions>\n</Task>\n" % (r.choice(W.USERS), key, M))


def k_webconfig(r, key, t):
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"Environment\" value=\"Production\" />\n"
            "    <add key=\"%s\" value=\"%s\" />\n  </appSettings>\n  <system.webServer>\n    <httpErrors errorMode=\"Custom\" />\n"
            "  </system.webServer>\n</configuration>\n" % (key, M))


def k_psaux(r, key, t):
    return ("$ ps auxww | grep [b]ridge\ntelem     %d  0.3  1.1 812344 45120 ?        Ssl  Mar03  41:07 /usr/local/bin/extruder-bridge "
            "--broker %s:1883 --%s %s --log-level info\n" % (r.randint(900, 9000), W.ip(r), key, M))


def k_accesslog(r, key, t):
    return ("%s - - [0%d/Mar/2025:07:%02d:%02d +0000] \"GET /api/v1/check?%s=%s&unit=EX%d HTTP/1.1\" 200 87 \"-\" \"extruder-fw/3.2\"\n"
            % (W.ip(r), r.randint(1, 9), r.randint(0, 59), r.randint(0, 59), key, M, r.randint(1, 4)))


def k_ipynb(r, key, t):
    cell = {"cell_type": "code", "execution_count": r.randint(1, 40), "metadata": {}, "outputs": [],
            "source": ["import os\n", "os.environ['%s'] = '%s'\n" % (key, M), "from mrv.client import Ledger\n"]}
    nb = {"cells": [cell], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1)


def k_stash(r, key, t):
    return ("$ git stash show -p stash@{0}\ndiff --git a/docker/.env.staging b/docker/.env.staging\nindex %s..%s 100644\n"
            "--- a/docker/.env.staging\n+++ b/docker/.env.staging\n@@ -4,3 +4,4 @@ DATABASE_HOST=%s\n DATABASE_NAME=stock\n"
            " CACHE_URL=redis://%s:6379/0\n+%s=%s\n" % (C.rstr(r, C.HEXL, 7), C.rstr(r, C.HEXL, 7), W.ip(r), W.ip(r), key, M))


def k_launch(r, key, t):
    return json.dumps({"version": "0.2.0", "configurations": [{"name": "Debug stock worker", "type": "debugpy", "request": "launch",
                                                                "module": "stock.worker", "env": {key: M}}]}, indent=2)


def k_mise(r, key, t):
    return ("[tools]\npython = \"3.12\"\nnode = \"22\"\n\n[env]\n_.file = \".env.local\"\n%s = \"%s\"\n" % (key, M))


def k_maven(r, key, t):
    return ("<settings xmlns=\"http://maven.apache.org/SETTINGS/1.0.0\">\n  <profiles>\n    <profile>\n      <id>plant-it</id>\n"
            "      <properties>\n        <plant.host>%s</plant.host>\n        <%s>%s</%s>\n      </properties>\n    </profile>\n"
            "  </profiles>\n</settings>\n" % (W.ip(r), key, M, key))


def k_asciinema(r, key, t):
    head = json.dumps({"version": 2, "width": 120, "height": 32, "timestamp": 1741000000 + r.randint(0, 9999999),
                       "env": {"SHELL": "/bin/zsh", "TERM": "xterm-256color"}})
    user = r.choice(W.USERS)
    return (head + "\n" + json.dumps([0.41, "o", "%s@kw-dev ~/src/telemetry %% " % user]) + "\n"
            + "[2.887, \"o\", \"export %s=%s\\r\\n\"]\n" % (key, M)
            + json.dumps([3.102, "o", "%s@kw-dev ~/src/telemetry %% " % user]) + "\n")


def k_eml(r, key, t):
    a, b = r.sample(W.PEOPLE, 2)
    return ("From: %s <%s@blackmoss-turf.example>\nTo: %s <%s@kindlewright.example>\nSubject: Fwd: handover notes\n"
            "Date: Tue, 04 Mar 2025 08:%02d:40 +0000\nMessage-ID: <%s@blackmoss-turf.example>\nContent-Type: text/plain; charset=utf-8\n\n"
            "%s, forwarding as promised. The %s is %s (changed after the service visit).\n\n---------- Forwarded message ---------\n"
            "From: yard office\nSubject: handover notes\n" % (a, a.split()[0].lower(), b, b.split()[0].lower(), r.randint(0, 59),
                                                             C.rstr(r, C.HEXL, 16), b.split()[0], key, M))


def k_mattermost(r, key, t):
    return (json.dumps({"type": "version", "version": 1}) + "\n"
            + "{\"type\":\"post\",\"post\":{\"team\":\"kindlewright\",\"channel\":\"ops\",\"user\":\"%s\",\"message\":\"%s for the new block: %s\",\"create_at\":%d}}\n"
            % (r.choice(W.USERS), key, M, 1741000000000 + r.randint(0, 999999999)))


def k_trello(r, key, t):
    return ("{\"id\":\"%s\",\"name\":\"Plant jobs\",\"cards\":[{\"id\":\"%s\",\"name\":\"PC rebuild\",\"desc\":\"New %s is %s - %s has it too.\",\"idList\":\"%s\",\"closed\":false}]}"
            % (C.rstr(r, C.HEXL, 24), C.rstr(r, C.HEXL, 24), key, M, r.choice(W.FIRST), C.rstr(r, C.HEXL, 24)))


def k_odt(r, key, t):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\"><office:body><office:text>"
            "<text:h text:outline-level=\"1\">Handover</text:h><text:p>%s: %s</text:p><text:p>Lid seal on ring two replaced on Friday.</text:p>"
            "</office:text></office:body></office:document-content>\n" % (key.capitalize(), M))


def k_ics(r, key, t):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Kindlewright//Courses//EN\r\nBEGIN:VEVENT\r\nUID:%s@kindlewright.example\r\n"
            "DTSTAMP:20250303T101500Z\r\nDTSTART:202503%02dT090000Z\r\nSUMMARY:Kiln burn course\r\nDESCRIPTION:Bring gloves. The %s for the demo is %s\r\n"
            "LOCATION:Coppiceholm yard\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n" % (C.uuid4(r), r.randint(10, 28), key, M))


def k_rtf(r, key, t):
    return ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Calibri;}}\n\\f0\\fs22 Retort handover, week %d\\par\n%s: %s\\par\nFlare pilot relit twice on Tuesday.\\par\n}\n"
            % (r.randint(2, 50), key.capitalize(), M))


def k_wiki(r, key, t):
    return ("== Plant PC ==\n{| class=\"wikitable\"\n! Item !! Value\n|-\n| Host || labpc.emberline-biochar.example\n|-\n| %s || %s\n|}\n" % (key, M))


def k_zbar(r, key, t):
    return ("$ zbarimg sticker-%s.jpg\nQR-Code:%s %s\nscanned 1 barcode symbols from 1 images in 0.0%d seconds\n" % (r.choice(["kiln", "retort", "yard", "lab"]), key, M, r.randint(2, 9)))


def k_vba(r, key, t):
    return ("Attribute VB_Name = \"ModLedger\"\nOption Explicit\nPrivate Const LEDGER_HOST As String = \"https://mrv.emberline-biochar.example\"\n"
            "Private Const %s As String = \"%s\"\n\nPublic Sub PullRetirements()\n    Dim http As Object\n    Set http = CreateObject(\"MSXML2.XMLHTTP\")\nEnd Sub\n" % (key, M))


SHELLISH = " \t\"'$`\\!#&*()^;|<>{}%,?"
KINDS = [
    # name, style, forbidden characters, renderer, description
    ("ring_kiln_codesys_gvl_st", "pascal", "'$", k_codesys, "CODESYS global variable list (IEC 61131-3 structured text) on the ring-kiln controller"),
    ("reactor_kepware_project_json", "spaced", "\"\\", k_kepware, "KEPServerEX project JSON export with a note pasted into a device description"),
    ("scada_ignition_resource_config_json", "camel", "\"\\", k_ignition, "Ignition gateway resource.json with custom properties"),
    ("extruder_teltonika_uci_config", "snake", "'\\", k_uci, "OpenWrt UCI config on the extruder's Teltonika router"),
    ("bog_logger_crbasic_program", "pascal", "\"", k_crbasic, "Campbell CRBasic program on a dipwell datalogger"),
    ("weighbridge_regedit_export_reg", "pascal", "\"\\", k_reg, "regedit export of the weighbridge software settings"),
    ("kiln_probe_zephyr_prj_conf", "upper", "\"\\$", k_zephyr, "Zephyr prj.conf of the kiln thermocouple probe"),
    ("bagging_line_zpl_label_file", "spaced", "^~\\", k_zpl, "ZPL label file left on the bagging-line printer"),
    ("kiln_camera_frigate_config_yml", "upper", "\"\\", k_frigate, "Frigate NVR config.yml (environment_vars) of the kiln-yard cameras"),
    ("bog_station_weewx_conf", "snake", "#,\"'\\ ", k_weewx, "WeeWX weewx.conf of the bog weather station"),
    ("dipwell_gateway_telegraf_conf", "upper", "\"\\", k_telegraf, "Telegraf config with an exec input environment"),
    ("lab_analyser_powershell_transcript_txt", "upper", "\"`$", k_pstranscript, "PowerShell transcript on the lab PC"),
    ("carbon_ledger_django_settings_py", "upper", "'\\", k_django, "Django settings.py of the carbon ledger"),
    ("orders_symfony_env_local_php", "upper", "'\\", k_symfony, "Symfony .env.local.php of the wholesale orders app"),
    ("mrv_rocket_toml", "snake", "\"\\", k_rocket, "Rust Rocket.toml of the MRV API"),
    ("stock_ktor_application_conf", "camel", "\"\\$", k_ktor, "Ktor application.conf (HOCON) of the stock service"),
    ("shopfront_nuxt_config_ts", "camel", "'\\`$", k_nuxt, "nuxt.config.ts runtimeConfig of the charcoal shop front"),
    ("invoicing_dotnet_user_secrets_json", "pascal", "\"\\", k_usersecrets, "dotnet user-secrets secrets.json of the invoicing service"),
    ("dispatch_go_envconfig_struct_tags", "upper", "\"`\\", k_envconfig, "Go struct with envconfig default tags in the dispatch service"),
    ("ops_salt_pillar_sls", "snake", "'\\{}%#", k_salt, "Salt pillar SLS"),
    ("ops_chef_data_bag_item_json", "snake", "\"\\", k_chef, "unencrypted Chef data bag item"),
    ("ops_terraform_tfvars", "snake", "\"\\$%", k_tfvars, "terraform.tfvars of the MRV stack"),
    ("ops_supervisord_program_conf", "upper", "%\",\\", k_supervisord, "supervisord program section with environment="),
    ("ops_pm2_ecosystem_config_js", "upper", "'\\", k_pm2, "PM2 ecosystem.config.js"),
    ("ops_gitlab_ci_variables_yml", "upper", "\"\\$", k_gitlabci, ".gitlab-ci.yml variables block"),
    ("ops_proxmox_lxc_conf", "upper", " #", k_lxc, "Proxmox LXC container config with lxc.environment"),
    ("ops_windows_task_scheduler_xml", "kebab", "&<>\"' ", k_taskxml, "Windows Task Scheduler XML export with the value in the arguments"),
    ("ops_iis_web_config_appsettings", "pascal", "&<>\"", k_webconfig, "IIS web.config appSettings"),
    ("ops_ps_auxww_capture", "kebab", SHELLISH, k_psaux, "terminal capture of ps auxww showing a command-line flag"),
    ("ops_nginx_access_log_query", "snake", "&?#% \"+=", k_accesslog, "nginx access log line with the value in the query string"),
    ("dev_jupyter_notebook_ipynb", "upper", "'\"\\", k_ipynb, "Jupyter notebook cell setting os.environ"),
    ("dev_git_stash_patch_hunk", "upper", SHELLISH, k_stash, "terminal capture of git stash show -p"),
    ("dev_vscode_launch_json_env", "upper", "\"\\$", k_launch, "VS Code launch.json env block"),
    ("dev_mise_toml_env", "upper", "\"\\{}", k_mise, "mise.toml [env] section"),
    ("dev_maven_settings_xml", "dotted", "&<>$", k_maven, "~/.m2/settings.xml profile property"),
    ("dev_asciinema_cast_recording", "upper", SHELLISH, k_asciinema, "asciinema .cast recording of a terminal session"),
    ("office_forwarded_email_eml", "spaced", "", k_eml, "forwarded e-mail saved as .eml"),
    ("office_mattermost_bulk_export_jsonl", "spaced", "\"\\", k_mattermost, "Mattermost bulk export JSONL post"),
    ("office_trello_board_export_json", "spaced", "\"\\", k_trello, "Trello board export JSON card description"),
    ("office_odt_content_xml", "spaced", "&<>", k_odt, "content.xml of a LibreOffice Writer handover document"),
    ("office_ics_calendar_description", "spaced", ",;\\", k_ics, "iCalendar event DESCRIPTION of a course booking"),
    ("office_rtf_handover_note", "spaced", "\\{}", k_rtf, "RTF handover note"),
    ("office_mediawiki_wikitext_page", "spaced", "|[]{}<>'", k_wiki, "MediaWiki wikitext page of the plant runbook"),
    ("office_zbarimg_qr_capture", "spaced", "", k_zbar, "zbarimg decode of a QR sticker photo"),
    ("office_vba_module_bas", "pascal", "\"", k_vba, "exported VBA module of the ledger spreadsheet"),
]
KIND_NAMES = [k[0] for k in KINDS]
KIND_STYLE = {k[0]: k[1] for k in KINDS}
KIND_DESC = {k[0]: k[4] for k in KINDS}
JSON_KINDS = {"reactor_kepware_project_json", "scada_ignition_resource_config_json", "invoicing_dotnet_user_secrets_json",
              "ops_chef_data_bag_item_json", "dev_jupyter_notebook_ipynb", "dev_vscode_launch_json_env", "office_trello_board_export_json"}
XML_KINDS = {"ops_windows_task_scheduler_xml", "ops_iis_web_config_appsettings", "dev_maven_settings_xml", "office_odt_content_xml"}
TOML_KINDS = {"mrv_rocket_toml", "dev_mise_toml_env", "dipwell_gateway_telegraf_conf"}


def keyname(tname, style):
    return C.words_case(TYPE_WORDS[tname], style)


def pairing():
    rng = random.Random(SEED_PAIRING)
    kinds = list(KIND_NAMES)
    rng.shuffle(kinds)
    plan = []
    for b in range(15):
        block = kinds[b * 3:(b + 1) * 3]
        types = list(TYPE_NAMES)
        rng.shuffle(types)
        for i, kname in enumerate(block):
            for tname in types[i * 4:(i + 1) * 4]:
                plan.append((kname, tname))
    return plan


def build(reg, keys):
    vr = random.Random(SEED_VALUES)
    sr = random.Random(SEED_SURROUND)
    kind_map = {k[0]: k for k in KINDS}
    out = []
    for kname, tname in pairing():
        _, style, forbid, fn, _ = kind_map[kname]
        value = reg.draw(lambda: gen_value(tname, vr, keys, forbid))
        assert not any(c in forbid for c in value), (kname, value)
        tmpl = fn(sr, keyname(tname, style), tname)
        text, s, e = C.place(tmpl, value)
        out.append({"type": tname, "container": kname, "text": text,
                    "secrets": [{"value": value, "start": s, "end": e, "type": tname}], "source": "everyday"})
    return out
