"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""

import json
import random

import common261 as C
import world261 as W

SEED_VALUES = 26101
SEED_PAIRING = 26111
SEED_SIGNKEY = 26121

M = C.MARK

# ------------------------------------------------------------------ types
TYPES = [
    ("sail_plotter_workstation_password", ["sail", "plotter", "workstation", "password"], "pw",
     "owner-chosen login of the Windows PC that drives Halyard & Thimble's sail-cutting plotter (nest files, plot queue)"),
    ("loft_floor_projector_password", ["loft", "floor", "projector", "password"], "pw",
     "owner-chosen admin password of the laser projector that paints panel outlines on the loft floor"),
    ("rope_braider_hmi_password", ["rope", "braider", "hmi", "password"], "pw",
     "owner-chosen engineer password of the HMI on Tregarthen's 12-strand braiding line (carrier speeds, pick count)"),
    ("tensile_test_rig_password", ["tensile", "test", "rig", "password"], "pw",
     "owner-chosen login of the tensile-test rig's workstation (batch certificates)"),
    ("net_loft_tablet_password", ["net", "loft", "tablet", "password"], "pw",
     "owner-chosen unlock password of the Newlyn mending crews' rugged tablets (repair sheets, photos)"),
    ("chandlery_till_manager_password", ["chandlery", "till", "manager", "password"], "pw",
     "owner-chosen manager login of the Fairlead Chandlery tills (refunds, rope-by-the-metre price overrides)"),
    ("braider_line_icao731_pairing_code", ["braider", "line", "pairing", "code"], "pairing",
     "pairing code that binds the braiding-line gateway to the studio's line-monitoring service (layout invented): "
     "`BRP-` + three groups of four upper-case alphanumerics joined by `-` + `-` + the real ICAO 9303 7-3-1 check digit "
     "of the twelve characters (A=10 ... Z=35, weights 7, 3, 1 repeating, sum mod 10)"),
    ("net_loft_sync_oaat_token", ["net", "loft", "sync", "token"], "oaat",
     "API token of the repair-sheet sync between the mending tablets and the co-op office (layout invented): "
     "`nlt_` + 28 base62 + `_` + 8 lower-case hex of the real Jenkins one-at-a-time 32-bit hash of those 28 characters"),
    ("sail_quote_xxh32_api_key", ["sail", "quote", "api", "key"], "xxh",
     "API key of the sail-quoting service used by the chandlery's repair counter (layout invented): "
     "`sqk.` + 24 lower-case alphanumerics + `.` + 8 lower-case hex of the real xxHash32 (seed 0) of those 24 characters"),
    ("loft_scheduler_es256k_jwt", ["loft", "scheduler", "jwt"], "jwt",
     "service token of the loft-floor scheduler API: a real ES256K JWT (ECDSA over secp256k1 with SHA-256, low-S) "
     "signed with a key generated in the build and discarded; header `{alg, typ, kid}`, payload "
     "`{iss, sub, aud, scope, iat, exp, jti}`"),
    ("chandlery_django_secret_key", ["chandlery", "django", "secret", "key"], "django",
     "Django `SECRET_KEY` of the chandlery web shop: 50 characters from Django's own "
     "`get_random_secret_key` alphabet (a-z, 0-9 and `!@#$%^&*(-_=+)`)"),
    ("loft_k3s_bootstrap_token", ["loft", "k3s", "bootstrap", "token"], "boot",
     "Kubernetes bootstrap token that joins new nodes to the studio's k3s cluster: "
     "6 lower-case alphanumerics + `.` + 16 lower-case alphanumerics (token id and token secret)"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_WORDS = {t[0]: t[1] for t in TYPES}
TYPE_GEN = {t[0]: t[2] for t in TYPES}
TYPE_DESC = {t[0]: t[3] for t in TYPES}

PAIRING_RE = r"^BRP-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[0-9]$"
OAAT_RE = r"^nlt_[A-Za-z0-9]{28}_[0-9a-f]{8}$"
XXH_RE = r"^sqk\.[a-z0-9]{24}\.[0-9a-f]{8}$"
DJANGO_RE = r"^[a-z0-9!@#$%^&*(\-_=+)]{50}$"
BOOT_RE = r"^[a-z0-9]{6}\.[a-z0-9]{16}$"


def check_pairing(v):
    body = v[4:8] + v[9:13] + v[14:18]
    return C.icao731(body) == v[-1]


def check_oaat(v):
    body, tail = v[4:32], v[33:]
    return "%08x" % C.oaat32(body.encode()) == tail


def check_xxh(v):
    body, tail = v[4:28], v[29:]
    return "%08x" % C.xxh32(body.encode()) == tail


class Signer:
    def __init__(self):
        rng = random.Random(SEED_SIGNKEY)
        self.d = rng.randrange(1, C.SECP_N)
        self.pub = C.ec_mul(self.d)
        self.rng = rng
        self.kid = "loft-sched-%s" % C.rstr(rng, C.LOWER_ALNUM, 6)


def gen_value(kind, rng, forbid, signer, reg):
    def g():
        for _ in range(5000):
            v = _gen(kind, rng, signer)
            if not any(c in forbid for c in v):
                return v
        raise RuntimeError("no value for " + kind)
    return reg.draw(g)


def _gen(kind, rng, signer):
    if kind == "pw":
        return C.password(rng, W.WORDS, C.LOOSE_JOINERS, 0.4)
    if kind == "pairing":
        b = C.rstr(rng, C.UPPER_ALNUM, 12)
        return "BRP-%s-%s-%s-%s" % (b[:4], b[4:8], b[8:], C.icao731(b))
    if kind == "oaat":
        b = C.rstr(rng, C.ALNUM, 28)
        return "nlt_%s_%08x" % (b, C.oaat32(b.encode()))
    if kind == "xxh":
        b = C.rstr(rng, C.LOWER_ALNUM, 24)
        return "sqk.%s.%08x" % (b, C.xxh32(b.encode()))
    if kind == "jwt":
        iat = 1735689600 + rng.randrange(0, 300) * 86400 + rng.randrange(0, 86400)
        hdr = {"alg": "ES256K", "typ": "JWT", "kid": signer.kid}
        pl = {"iss": "https://scheduler.bowline.example",
              "sub": "svc:" + rng.choice(["floor-projector", "plotter-bridge", "quote-sync",
                                           "repair-counter", "loft-display", "cutting-queue"]),
              "aud": "loft-scheduler-api",
              "scope": rng.choice(["jobs:read", "jobs:read jobs:write", "floor:read jobs:read",
                                   "jobs:write plots:write"]),
              "iat": iat, "exp": iat + rng.choice([30, 90, 180, 365]) * 86400,
              "jti": C.uuid4(rng)}
        return C.jwt_es256k(signer.d, hdr, pl, signer.rng)
    if kind == "django":
        return C.rstr(rng, C.DJANGO_ALPHABET, 50)
    if kind == "boot":
        return C.rstr(rng, C.LOWER_ALNUM, 6) + "." + C.rstr(rng, C.LOWER_ALNUM, 16)
    raise ValueError(kind)


def check_value(tname, v, signer_pub):
    import re
    g = TYPE_GEN[tname]
    if g == "pw":
        return bool(C.password_regex(C.LOOSE_JOINERS).match(v))
    if g == "pairing":
        return bool(re.match(PAIRING_RE, v)) and check_pairing(v)
    if g == "oaat":
        return bool(re.match(OAAT_RE, v)) and check_oaat(v)
    if g == "xxh":
        return bool(re.match(XXH_RE, v)) and check_xxh(v)
    if g == "django":
        return bool(re.match(DJANGO_RE, v))
    if g == "boot":
        return bool(re.match(BOOT_RE, v))
    if g == "jwt":
        if not C.jwt_frame_ok(v):
            return False
        h, p, s = v.split(".")
        hd = json.loads(C.b64u_dec(h))
        pl = json.loads(C.b64u_dec(p))
        if hd.get("alg") != "ES256K" or set(hd) != {"alg", "typ", "kid"}:
            return False
        if set(pl) != {"iss", "sub", "aud", "scope", "iat", "exp", "jti"}:
            return False
        return C.es256k_verify(signer_pub, (h + "." + p).encode(), C.b64u_dec(s))
    return False


# ------------------------------------------------------------------ container kinds
def _who(rng):
    return rng.choice(W.PEOPLE)


def _date(rng):
    return "2025-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))


def k_regedit(k, r):
    return ("Windows Registry Editor Version 5.00\r\n\r\n"
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\HalyardThimble\\PlotterBridge]\r\n"
            "\"InstallDir\"=\"C:\\\\Program Files\\\\PlotterBridge\"\r\n"
            "\"PlotterHost\"=\"10.61.4.21\"\r\n"
            "\"%s\"=\"%s\"\r\n"
            "\"NestMarginMm\"=dword:0000000c\r\n" % (k, M))


def k_gvl(k, r):
    return ("{attribute 'qualified_only'}\n"
            "VAR_GLOBAL CONSTANT\n"
            "    sLineName    : STRING := 'BRAID-LINE-2';\n"
            "    iCarriers    : INT := 12;\n"
            "    s%s : STRING(96) := '%s';\n"
            "    rPickPerCm   : REAL := 3.5;\n"
            "END_VAR\n" % (k[:1].upper() + k[1:], M))


def k_arduino(k, r):
    return ("// arduino_secrets.h -- tensile rig logger (Nano 33 IoT), not in git\n"
            "#define SECRET_SSID \"tregarthen-lab\"\n"
            "#define %s \"%s\"\n"
            "#define RIG_ID \"TR-%d\"\n" % (k, M, r.randint(2, 9)))


def k_zephyr(k, r):
    return ("# prj.conf -- floor projector controller (nRF5340)\n"
            "CONFIG_NETWORKING=y\n"
            "CONFIG_NET_IPV4=y\n"
            "CONFIG_MQTT_LIB=y\n"
            "CONFIG_APP_MQTT_BROKER=\"mqtt.bowline.example\"\n"
            "CONFIG_APP_%s=\"%s\"\n"
            "CONFIG_LOG=y\n" % (k, M))


def k_uci(k, r):
    return ("config netloft 'sync'\n"
            "\toption enabled '1'\n"
            "\toption server 'mqtt.bowline.example'\n"
            "\toption interval '%d'\n"
            "\toption %s '%s'\n\n"
            "config netloft 'tablets'\n"
            "\toption subnet '192.168.61.0/24'\n" % (r.choice([60, 120, 300]), k, M))


def k_telegraf(k, r):
    return ("# /etc/telegraf/telegraf.conf on the loft-roof weather mast\n"
            "[agent]\n"
            "  interval = \"30s\"\n"
            "  hostname = \"mast-01\"\n\n"
            "[[inputs.exec]]\n"
            "  commands = [\"/usr/local/bin/mast-read --anemometer /dev/ttyAMA0\"]\n"
            "  environment = [\"%s=%s\"]\n"
            "  data_format = \"influx\"\n\n"
            "[[outputs.file]]\n"
            "  files = [\"stdout\"]\n" % (k, M))


def k_supervisord(k, r):
    return ("[program:walk-counter]\n"
            "command=/opt/walk/bin/counter --port /dev/ttyUSB0\n"
            "directory=/opt/walk\n"
            "environment=WALK_LENGTH_M=\"220\",%s=\"%s\"\n"
            "autorestart=true\n"
            "stdout_logfile=/var/log/walk-counter.log\n" % (k, M))


def k_batch(k, r):
    return ("@echo off\r\n"
            "rem start-hmi-bridge.bat -- braiding line 2\r\n"
            "set LINE=2\r\n"
            "set %s=%s\r\n"
            "cd /d C:\\BraidBridge\r\n"
            "bridge.exe --line %%LINE%%\r\n" % (k, M))


def k_setx(k, r):
    return ("Microsoft Windows [Version 10.0.19045.5247]\r\n"
            "(c) Microsoft Corporation. All rights reserved.\r\n\r\n"
            "C:\\Users\\loft>setx %s \"%s\"\r\n\r\n"
            "SUCCESS: Specified value was saved.\r\n\r\n"
            "C:\\Users\\loft>\r\n" % (k, M))


def k_django(k, r):
    return ("# shop/settings/production.py\n"
            "from .base import *  # noqa\n\n"
            "DEBUG = False\n"
            "ALLOWED_HOSTS = [\"shop.fairlead-chandlery.example\"]\n"
            "%s = \"%s\"\n"
            "CSRF_TRUSTED_ORIGINS = [\"https://shop.fairlead-chandlery.example\"]\n" % (k, M))


def k_wpconfig(k, r):
    return ("<?php\n"
            "/* wp-config.php -- chandlery blog and rope guides */\n"
            "define( 'DB_NAME', 'fairlead_wp' );\n"
            "define( 'DB_HOST', 'localhost' );\n"
            "define( 'WP_HOME', 'https://fairlead-chandlery.example/guides' );\n"
            "define( '%s', '%s' );\n"
            "$table_prefix = 'flwp_';\n" % (k, M))


def k_magento(k, r):
    return ("<?php\n"
            "return [\n"
            "    'backend' => [\n"
            "        'frontName' => 'admin_fl'\n"
            "    ],\n"
            "    'loft_integration' => [\n"
            "        '%s' => '%s',\n"
            "        'timeout' => 20\n"
            "    ],\n"
            "    'MAGE_MODE' => 'production'\n"
            "];\n" % (k, M))


def k_quarkus(k, r):
    return ("# src/main/resources/application.properties -- quotes service\n"
            "quarkus.http.port=8081\n"
            "quarkus.datasource.db-kind=postgresql\n"
            "%%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://orders-db.bowline.example:5432/quotes\n"
            "%%prod.%s=%s\n" % (k, M))


def k_hocon(k, r):
    return ("ktor {\n"
            "  deployment { port = 8080 }\n"
            "  application { modules = [ cert.ApplicationKt.module ] }\n"
            "}\n"
            "ropeCerts {\n"
            "  labPrinter = \"tensile-rig.tregarthen-rope.example\"\n"
            "  %s = \"%s\"\n"
            "}\n" % (k, M))


def k_angular(k, r):
    return ("// src/environments/environment.prod.ts\n"
            "export const environment = {\n"
            "  production: true,\n"
            "  apiBase: 'https://scheduler.bowline.example',\n"
            "  %s: '%s',\n"
            "};\n" % (k, M))


def k_nuxt(k, r):
    return ("// nuxt.config.ts -- loft planner\n"
            "export default defineNuxtConfig({\n"
            "  ssr: true,\n"
            "  runtimeConfig: {\n"
            "    %s: '%s',\n"
            "    public: { apiBase: '/api' }\n"
            "  }\n"
            "})\n" % (k, M))


def k_next(k, r):
    return ("/** @type {import('next').NextConfig} */\n"
            "module.exports = {\n"
            "  reactStrictMode: true,\n"
            "  env: {\n"
            "    %s: '%s',\n"
            "  },\n"
            "}\n" % (k, M))


def k_usersecrets(k, r):
    return ("{\n"
            "  \"ConnectionStrings:Certs\": \"Server=orders-db.bowline.example;Database=certs;Integrated Security=true\",\n"
            "  \"%s\": \"%s\"\n"
            "}\n" % (k, M))


def k_maven(k, r):
    return ("<settings>\n"
            "  <profiles>\n"
            "    <profile>\n"
            "      <id>netloft-orders</id>\n"
            "      <properties>\n"
            "        <orders.db.host>orders-db.bowline.example</orders.db.host>\n"
            "        <%s>%s</%s>\n"
            "      </properties>\n"
            "    </profile>\n"
            "  </profiles>\n"
            "  <activeProfiles><activeProfile>netloft-orders</activeProfile></activeProfiles>\n"
            "</settings>\n" % (k, M, k))


def k_renviron(k, r):
    return ("# ~/.Renviron on the tide-analysis laptop\n"
            "R_LIBS_USER=~/R/library\n"
            "TZ=Europe/London\n"
            "%s=%s\n" % (k, M))


def k_ipynb(k, r):
    nb = {"cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# Tide windows for the mending crews\n"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
         "source": ["import os\n", "os.environ[\"%s\"] = \"%s\"\n" % (k, M),
                    "df = load_tides(\"Newlyn\", days=14)\n"]}],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False) + "\n"


def k_appsscript(k, r):
    return ("// Apps Script bound to the 'Net repairs' sheet\n"
            "function setup() {\n"
            "  PropertiesService.getScriptProperties().setProperty('%s', '%s');\n"
            "  PropertiesService.getScriptProperties().setProperty('SHEET_TAB', 'Bookings');\n"
            "}\n" % (k, M))


def k_odoo(k, r):
    return ("[options]\n"
            "db_host = orders-db.bowline.example\n"
            "db_port = 5432\n"
            "proxy_mode = True\n"
            "workers = 2\n"
            "%s = %s\n" % (k, M))


def k_xcconfig(k, r):
    return ("// Config/Release.xcconfig -- loft planner for iPad\n"
            "PRODUCT_BUNDLE_IDENTIFIER = example.bowline.loftplanner\n"
            "API_HOST = scheduler.bowline.example\n"
            "%s = %s\n" % (k, M))


def k_strings(k, r):
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            "<resources>\n"
            "    <string name=\"app_name\">Loft Planner</string>\n"
            "    <string name=\"%s\" translatable=\"false\">%s</string>\n"
            "</resources>\n" % (k, M))


def k_launch(k, r):
    return ("{\n"
            "  \"version\": \"0.2.0\",\n"
            "  \"configurations\": [\n"
            "    {\n"
            "      \"name\": \"stock-sync (prod data)\",\n"
            "      \"type\": \"node\",\n"
            "      \"request\": \"launch\",\n"
            "      \"program\": \"${workspaceFolder}/src/index.ts\",\n"
            "      \"env\": {\n"
            "        \"NODE_ENV\": \"production\",\n"
            "        \"%s\": \"%s\"\n"
            "      }\n"
            "    }\n"
            "  ]\n"
            "}\n" % (k, M))


def k_workspace(k, r):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<project version=\"4\">\n"
            "  <component name=\"RunManager\" selected=\"Application.QuotesApp\">\n"
            "    <configuration name=\"QuotesApp\" type=\"Application\" factoryName=\"Application\">\n"
            "      <envs>\n"
            "        <env name=\"QUOTES_PROFILE\" value=\"prod\" />\n"
            "        <env name=\"%s\" value=\"%s\" />\n"
            "      </envs>\n"
            "    </configuration>\n"
            "  </component>\n"
            "</project>\n" % (k, M))


def k_tfvars(k, r):
    return ("# prod.auto.tfvars\n"
            "region       = \"eu-west-2\"\n"
            "node_count   = 3\n"
            "%s = \"%s\"\n" % (k, M))


def k_pulumi(k, r):
    return ("config:\n"
            "  aws:region: eu-west-2\n"
            "  loftsched:replicas: \"2\"\n"
            "  loftsched:%s: \"%s\"\n" % (k, M))


def k_pm2(k, r):
    return ("module.exports = {\n"
            "  apps: [{\n"
            "    name: 'stock-sync',\n"
            "    script: 'dist/index.js',\n"
            "    env_production: {\n"
            "      NODE_ENV: 'production',\n"
            "      %s: '%s'\n"
            "    }\n"
            "  }]\n"
            "};\n" % (k, M))


def k_gitlabci(k, r):
    return ("variables:\n"
            "  DOCKER_DRIVER: overlay2\n"
            "  %s: \"%s\"\n\n"
            "deploy:\n"
            "  stage: deploy\n"
            "  script:\n"
            "    - ./deploy.sh production\n" % (k, M))


def k_bitbucket(k, r):
    return ("pipelines:\n"
            "  branches:\n"
            "    main:\n"
            "      - step:\n"
            "          name: Sync stock to the shop\n"
            "          script:\n"
            "            - export %s='%s'\n"
            "            - npm ci && npm run sync\n" % (k, M))


def k_makefile(k, r):
    return ("# Makefile -- loft scheduler\n"
            "export %s := %s\n"
            "IMAGE := registry.bowline.example/loft-scheduler\n\n"
            "deploy:\n"
            "\tdocker build -t $(IMAGE) .\n"
            "\tdocker push $(IMAGE)\n" % (k, M))


def k_envrc(k, r):
    return ("# .envrc -- quotes service (direnv)\n"
            "export QUOTES_ENV=prod\n"
            "export %s='%s'\n"
            "layout python3\n" % (k, M))


def k_salt(k, r):
    return ("# /srv/pillar/netloft/init.sls\n"
            "netloft:\n"
            "  sync:\n"
            "    server: mqtt.bowline.example\n"
            "    %s: '%s'\n" % (k, M))


def k_configmap(k, r):
    return ("apiVersion: v1\n"
            "kind: ConfigMap\n"
            "metadata:\n"
            "  name: loft-scheduler-config\n"
            "  namespace: loft\n"
            "data:\n"
            "  LOG_LEVEL: \"info\"\n"
            "  %s: \"%s\"\n" % (k, M))


def k_vagrant(k, r):
    return ("# Vagrantfile -- local copy of the quotes stack\n"
            "ENV['%s'] ||= '%s'\n"
            "Vagrant.configure('2') do |config|\n"
            "  config.vm.box = 'bento/debian-12'\n"
            "  config.vm.provision 'shell', path: 'provision.sh', env: ENV.to_h\n"
            "end\n" % (k, M))


def k_packer(k, r):
    return ("variable \"%s\" {\n"
            "  type    = string\n"
            "  default = \"%s\"\n"
            "}\n\n"
            "source \"qemu\" \"mending-tablet-kiosk\" {\n"
            "  iso_url = \"debian-12.iso\"\n"
            "}\n" % (k, M))


def k_telegram(k, r):
    who = _who(r)
    doc = {"name": "Loft devs", "type": "private_group", "id": r.randint(4000000000, 4999999999),
           "messages": [
               {"id": r.randint(100, 999), "type": "message", "date": _date(r) + "T09:14:02",
                "from": who, "from_id": "user%d" % r.randint(100000000, 999999999),
                "text": "copying this here before I wipe the old laptop"},
               {"id": r.randint(1000, 1999), "type": "message", "date": _date(r) + "T09:15:40",
                "from": who, "from_id": "user%d" % r.randint(100000000, 999999999),
                "text": "%s %s" % (k, M)}]}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def k_jira(k, r):
    return ("h3. Hand-over, %s\n"
            "* host: scheduler.bowline.example\n"
            "* %s: {{%s}}\n"
            "* restart with {{systemctl restart loft-scheduler}}\n"
            "_(%s: I'll delete this comment once it's in the vault)_\n" % (_date(r), k, M, _who(r).split()[0]))


def k_confluence(k, r):
    return ("<h2>Rope walk systems</h2>\n"
            "<table><tbody>\n"
            "<tr><th><p>what</p></th><th><p>value</p></th></tr>\n"
            "<tr><td><p>%s</p></td><td><p><code>%s</code></p></td></tr>\n"
            "</tbody></table>\n" % (k, M))


def k_srt(k, r):
    n = r.randint(10, 40)
    return ("%d\n00:02:11,400 --> 00:02:15,900\nright, now the login box comes up\n\n"
            "%d\n00:02:16,000 --> 00:02:21,250\nand for the %s you type %s\n\n"
            "%d\n00:02:21,300 --> 00:02:24,800\nthen hit enter and wait for the green light\n"
            % (n, n + 1, k, M, n + 2))


def k_asciinema(k, r):
    head = json.dumps({"version": 2, "width": 120, "height": 32, "timestamp": 1740000000 + r.randint(0, 9000000),
                       "env": {"SHELL": "/bin/bash", "TERM": "xterm-256color"}})
    return (head + "\n"
            "[0.512, \"o\", \"dev@loft:~/scheduler$ \"]\n"
            "[2.843, \"o\", \"export %s=%s\\r\\n\"]\n"
            "[3.101, \"o\", \"dev@loft:~/scheduler$ \"]\n"
            "[5.377, \"o\", \"make deploy\\r\\n\"]\n" % (k, M))


def k_ics(k, r):
    return ("BEGIN:VCALENDAR\r\n"
            "VERSION:2.0\r\n"
            "PRODID:-//Bowline Digital//Loft Calendar//EN\r\n"
            "BEGIN:VEVENT\r\n"
            "UID:%s@bowline.example\r\n"
            "DTSTART:2025%02d%02dT083000Z\r\n"
            "SUMMARY:Swap the plotter PC\r\n"
            "DESCRIPTION:Bring the new PC.\\n%s: %s\\nCall Piran if the plotter does not show up.\r\n"
            "END:VEVENT\r\n"
            "END:VCALENDAR\r\n" % (C.uuid4(r), r.randint(1, 12), r.randint(1, 28), k, M))


def k_patch(k, r):
    who = _who(r)
    return ("From %s Mon Sep 17 00:00:00 2001\n"
            "From: %s <%s>\n"
            "Date: Tue, %d Mar 2025 10:21:07 +0000\n"
            "Subject: [PATCH] deploy: add prod env for the shop\n\n"
            "---\n"
            " deploy/env.production | 2 ++\n"
            " 1 file changed, 2 insertions(+)\n\n"
            "diff --git a/deploy/env.production b/deploy/env.production\n"
            "--- a/deploy/env.production\n"
            "+++ b/deploy/env.production\n"
            "@@ -1,2 +1,4 @@\n"
            " NODE_ENV=production\n"
            " PORT=8080\n"
            "+SHOP_HOST=shop.fairlead-chandlery.example\n"
            "+%s=%s\n"
            "-- \n2.43.0\n" % (C.rstr(r, C.HEX, 40), who, W.email(who, "bowline"), r.randint(1, 28), k, M))


# (id, style, forbidden characters, description, renderer, parser)
KINDS = [
    ("plotter_pc_regedit_export", "pascal", "\"\\", "Windows .reg export of the plotter PC's PlotterBridge key", k_regedit, None),
    ("braider_plc_iec_gvl", "camel", "'$", "IEC 61131-3 global variable list (TwinCAT) of the braiding-line PLC", k_gvl, None),
    ("tensile_rig_arduino_secrets_h", "upper", "\"\\", "arduino_secrets.h of the tensile rig's logger", k_arduino, None),
    ("loft_projector_zephyr_prj_conf", "upper", "\"\\$", "Zephyr prj.conf (Kconfig strings) of the floor projector controller", k_zephyr, None),
    ("net_loft_openwrt_uci_config", "snake", "'", "OpenWrt UCI file of the net loft's router", k_uci, None),
    ("weather_mast_telegraf_conf", "upper", "\"\\", "Telegraf TOML on the loft-roof weather mast (inputs.exec environment)", k_telegraf, "toml"),
    ("rope_walk_supervisord_conf", "upper", "\"%,\\", "supervisord program section on the rope-walk counter", k_supervisord, None),
    ("braider_hmi_windows_batch", "upper", "%^&|<>\" '", "Windows .bat that starts the braiding-line HMI bridge", k_batch, None),
    ("plotter_pc_setx_capture", "upper", "\"%^&|<>", "cmd.exe capture of setx on the plotter PC", k_setx, None),
    ("chandlery_django_settings_py", "upper", "\"\\", "Django settings/production.py of the chandlery shop", k_django, None),
    ("chandlery_wp_config_php", "upper", "'\\", "wp-config.php of the chandlery's rope-guide blog", k_wpconfig, None),
    ("chandlery_magento_env_php", "snake", "'\\", "Magento-style app/etc/env.php array of the old B2B shop", k_magento, None),
    ("quotes_quarkus_application_properties", "dot", "\\ ", "Quarkus application.properties with a %prod profile", k_quarkus, None),
    ("rope_certs_ktor_application_conf", "camel", "\"\\$", "Ktor HOCON application.conf of the rope-certificate service", k_hocon, None),
    ("loft_planner_angular_environment_ts", "camel", "'\\", "Angular environment.prod.ts of the loft planner", k_angular, None),
    ("loft_planner_nuxt_config_ts", "camel", "'\\", "nuxt.config.ts runtimeConfig of the loft planner", k_nuxt, None),
    ("booking_next_config_js", "upper", "'\\", "next.config.js env block of the net-repair booking site", k_next, None),
    ("rope_certs_dotnet_user_secrets_json", "section", "\"\\", ".NET user-secrets secrets.json of the certificate printer service", k_usersecrets, "json"),
    ("net_orders_maven_settings_xml", "dot", "&<>", "Maven settings.xml profile properties of the net-orders build", k_maven, "xml"),
    ("loft_data_renviron", "upper", "\"'$\\# ", ".Renviron on the tide-analysis laptop", k_renviron, None),
    ("tide_notebook_ipynb_cell", "upper", "\"\\", "Jupyter notebook (.ipynb) cell setting os.environ", k_ipynb, "json"),
    ("orders_apps_script_properties", "upper", "'\\", "Google Apps Script setting script properties", k_appsscript, None),
    ("chandlery_odoo_conf", "snake", "%;# ", "odoo.conf of the chandlery's stock system", k_odoo, None),
    ("loft_ios_xcconfig", "upper", "$/\" ", "Xcode .xcconfig of the iPad loft planner", k_xcconfig, None),
    ("loft_android_strings_xml", "snake", "'\"\\@?&<>", "Android res/values/strings.xml of the planner app", k_strings, "xml"),
    ("loft_vscode_launch_json", "upper", "\"\\", "VS Code launch.json env block", k_launch, "json"),
    ("loft_idea_workspace_xml", "upper", "&<>\"", "JetBrains .idea/workspace.xml run-configuration envs", k_workspace, "xml"),
    ("ops_terraform_tfvars", "snake", "\"\\$%", "Terraform prod.auto.tfvars", k_tfvars, None),
    ("ops_pulumi_stack_config_yaml", "camel", "\"\\", "Pulumi.prod.yaml plain (non-secret) config", k_pulumi, None),
    ("ops_pm2_ecosystem_config_js", "upper", "'\\", "PM2 ecosystem.config.js env_production", k_pm2, None),
    ("ops_gitlab_ci_variables", "upper", "\"\\$", ".gitlab-ci.yml variables block", k_gitlabci, None),
    ("ops_bitbucket_pipelines_script", "upper", "'", "bitbucket-pipelines.yml step script export", k_bitbucket, None),
    ("ops_makefile_export", "upper", "$# ", "Makefile export line", k_makefile, None),
    ("ops_direnv_envrc", "upper", "'", "direnv .envrc", k_envrc, None),
    ("ops_salt_pillar_sls", "snake", "'{}%", "Salt pillar .sls", k_salt, None),
    ("ops_k8s_configmap_data", "upper", "\"\\", "Kubernetes ConfigMap data (not a Secret)", k_configmap, None),
    ("ops_vagrantfile_env", "upper", "'\\", "Vagrantfile ENV default", k_vagrant, None),
    ("ops_packer_pkr_hcl", "snake", "\"\\$%", "Packer .pkr.hcl variable default", k_packer, None),
    ("loft_telegram_export_json", "spaced", "\"\\", "Telegram Desktop chat export (result.json)", k_telegram, "json"),
    ("loft_jira_comment_wiki", "spaced", "{}", "Jira issue comment in wiki markup", k_jira, None),
    ("loft_confluence_storage_xhtml", "spaced", "&<>", "Confluence page in storage format (XHTML table)", k_confluence, "xhtml"),
    ("training_video_srt_captions", "spaced", "<>{}", "SRT captions of a screen-recorded training video", k_srt, None),
    ("ops_asciinema_cast", "upper", "\"\\$' ", "asciinema v2 .cast recording of a deploy", k_asciinema, "jsonl"),
    ("loft_ics_calendar_invite", "spaced", ",;\\", "iCalendar invite (.ics) DESCRIPTION", k_ics, None),
    ("shop_git_format_patch", "upper", " #", "git format-patch e-mail adding a production env line", k_patch, None),
]
KIND_NAMES = [k[0] for k in KINDS]
KIND_BY = {k[0]: k for k in KINDS}


def key_for(tname, style, kind):
    if kind == "chandlery_django_settings_py" and tname == "chandlery_django_secret_key":
        return "SECRET_KEY"
    return C.style_key(TYPE_WORDS[tname], style)


def pairing():
    rng = random.Random(SEED_PAIRING)
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for i in range(3):
            kind = KIND_NAMES[b * 3 + i]
            for t in perm[i * 4:(i + 1) * 4]:
                out.append((kind, t))
    return out


def build(reg):
    rng = random.Random(SEED_VALUES)
    signer = Signer()
    recs = []
    for kind, tname in pairing():
        _, style, forbid, _, render, _ = KIND_BY[kind]
        v = gen_value(TYPE_GEN[tname], rng, forbid, signer, reg)
        k = key_for(tname, style, kind)
        tmpl = render(k, rng)
        text, s, e = C.place(tmpl, v)
        recs.append({"type": tname, "container": kind, "text": text,
                     "secrets": [{"value": v, "start": s, "end": e, "type": tname}],
                     "source": "everyday"})
    return recs, signer
