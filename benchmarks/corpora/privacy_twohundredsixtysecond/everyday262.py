"""Everyday source: 12 types x 45 container kinds, 4 records per kind."""
import base64
import datetime
import json
import random
import re

import common262 as C
import world262 as W

PH = "QQVALUEQQ"

TYPES = [
    ("stave_jointer_hmi_password", "pw",
     "owner-chosen operator password of the CNC stave jointer's HMI (planing and jointing programmes)"),
    ("toasting_fire_controller_password", "pw",
     "owner-chosen web-UI password of the controller of the toasting and charring fires (burner curves, char levels)"),
    ("leak_test_rig_password", "pw",
     "owner-chosen password of the touch panel of the pressure leak-test rig for finished casks"),
    ("cask_yard_tablet_password", "pw",
     "owner-chosen unlock password of the cask-repair yard tablets"),
    ("broker_portal_admin_password", "pw",
     "owner-chosen admin password of Halberd & Quaich's client portal"),
    ("regauge_office_nas_password", "pw",
     "owner-chosen login of the office NAS that keeps regauge certificates and cask photographs"),
    ("cask_ledger_es512_jwt", "jwt",
     "service token of the cask-ledger API: a real ES512 JWT (ECDSA on P-521 with SHA-512, 132-byte r||s "
     "signature) signed with a P-521 key generated in the build and discarded; header {alg, typ, kid}, "
     "payload {iss, sub, aud, scope, iat, exp, jti}"),
    ("broker_backoffice_django_secret_key", "django",
     "Django SECRET_KEY of the brokerage back office: 50 characters drawn from Django's own "
     "get_random_secret_key alphabet (a-z, 0-9 and !@#$%^&*(-_=+))"),
    ("stock_sync_airflow_fernet_key", "fernet",
     "Airflow fernet_key of the stock-sync pipelines: URL-safe Base64 of exactly 32 random bytes (44 characters, "
     "one trailing =)"),
    ("cask_tracker_murmur3_api_key", "ctk",
     "API key of the cask-tracker service (layout invented): `ctk_` + 32 base62 + `_` + 8 lower-case hex of the "
     "real MurmurHash3 x86_32 (seed 0) of those 32 characters"),
    ("rack_scanner_aba371_pairing_code", "rsp",
     "pairing code that binds a warehouse rack scanner to the cask tracker (layout invented): `RSP-` + four "
     "groups of four digits joined by `-`; the 16 digits carry the real ABA routing-number check (weights 3, 7, 1 "
     "repeating from the left, total divisible by 10)"),
    ("bung_robot_oaat_service_token", "brt",
     "service token of the bung-hole drilling robot's cell controller (layout invented): `brt.` + 28 lower-case "
     "alphanumerics + `.` + 8 lower-case hex of the real Jenkins one-at-a-time hash of those 28 characters"),
]
TYPE_NAMES = [t[0] for t in TYPES]
KIND_OF = {t[0]: t[1] for t in TYPES}
DROP_WORDS = {"es512", "murmur3", "aba371", "oaat"}

CTK_RE = re.compile(r"^ctk_[0-9A-Za-z]{32}_[0-9a-f]{8}$")
RSP_RE = re.compile(r"^RSP-[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{4}$")
BRT_RE = re.compile(r"^brt\.[0-9a-z]{28}\.[0-9a-f]{8}$")
DJANGO_RE = re.compile(r"^[a-z0-9!@#$%^&*(\-_=+)]{50}$")
FERNET_RE = re.compile(r"^[A-Za-z0-9_-]{43}=$")


class Ctx:
    """Per-build state for the everyday source (signing key, seeds)."""

    def __init__(self, seed_values=26201, seed_key=26221):
        self.rng = random.Random(seed_values)
        self.key = C.P521Key(random.Random(seed_key))
        self.kid = "ledger-es512-2024-03"


def gen_value(ctx, kind):
    rng = ctx.rng
    if kind == "pw":
        return W.gen_password(rng)
    if kind == "jwt":
        iat = 1711900000 + rng.randrange(0, 20000000)
        svc = rng.choice(["portal-sync", "regauge-importer", "auction-feed", "yard-tablets", "stock-sync"])
        hdr = {"alg": "ES512", "typ": "JWT", "kid": ctx.kid}
        pl = {"iss": "https://ledger.spileworks.example", "sub": "svc:" + svc, "aud": "cask-ledger-api",
              "scope": rng.choice(["casks:read regauges:write", "casks:read", "casks:write owners:read",
                                   "regauges:read samples:write"]),
              "iat": iat, "exp": iat + 86400 * rng.choice([1, 7, 30, 90]), "jti": C.uuid4(rng)}
        return C.jwt_encode(hdr, pl, ctx.key.sign)
    if kind == "django":
        return C.rstr(rng, C.DJANGO_ALPHABET, 50)
    if kind == "fernet":
        return base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()
    if kind == "ctk":
        body = C.rstr(rng, C.B62, 32)
        return "ctk_%s_%08x" % (body, C.murmur3_32(body.encode()))
    if kind == "rsp":
        pay = C.rstr(rng, C.DIGITS, 15)
        d = pay + C.aba371_complete(pay)
        return "RSP-" + "-".join(d[i:i + 4] for i in range(0, 16, 4))
    if kind == "brt":
        body = C.rstr(rng, C.LALNUM, 28)
        return "brt.%s.%08x" % (body, C.oaat32(body.encode()))
    raise ValueError(kind)


def check_value(ctx_pub, type_name, v):
    """Return list of problems (empty if the value has the right shape)."""
    kind = KIND_OF[type_name]
    errs = []
    if kind == "pw":
        if not W.PW_RE.match(v):
            errs.append("password form")
    elif kind == "jwt":
        if not C.jwt_frame_ok(v):
            errs.append("jwt frame")
        else:
            h, p, s = v.split(".")
            hd = json.loads(C.b64u_dec(h))
            pd = json.loads(C.b64u_dec(p))
            if hd != {"alg": "ES512", "typ": "JWT", "kid": "ledger-es512-2024-03"}:
                errs.append("jwt header")
            if set(pd) != {"iss", "sub", "aud", "scope", "iat", "exp", "jti"} or not C.uuid_is_v4(pd["jti"]):
                errs.append("jwt claims")
            if not C.p521_verify(ctx_pub, (h + "." + p).encode(), C.b64u_dec(s)):
                errs.append("es512 signature")
    elif kind == "django":
        if not DJANGO_RE.match(v):
            errs.append("django key shape")
    elif kind == "fernet":
        if not FERNET_RE.match(v) or len(base64.urlsafe_b64decode(v)) != 32:
            errs.append("fernet key bytes")
    elif kind == "ctk":
        if not CTK_RE.match(v) or int(v[-8:], 16) != C.murmur3_32(v[4:36].encode()):
            errs.append("ctk murmur3 tail")
    elif kind == "rsp":
        if not RSP_RE.match(v) or not C.aba371_ok(v[4:].replace("-", "")):
            errs.append("rsp 3-7-1 check")
    elif kind == "brt":
        if not BRT_RE.match(v) or int(v[-8:], 16) != C.oaat32(v[4:32].encode()):
            errs.append("brt oaat tail")
    return errs


# --------------------------------------------------------------- containers
def _rfcdate(day, month):
    return datetime.date(2024, month, day).strftime("%a, %d %b %Y").replace(" 0", " ", 1)


def _longdate(day, month):
    d = datetime.date(2024, month, day)
    return "%s, %d %s 2024" % (d.strftime("%A"), day, d.strftime("%B"))


def _jdump(obj, indent=2):
    return json.dumps(obj, indent=indent, ensure_ascii=False).replace(PH, C.V)


def k_zephyr(r, k, d):
    return ("# prj.conf - stave jointer cell controller (nRF9160, Zephyr 3.6)\n"
            "CONFIG_NETWORKING=y\nCONFIG_NET_SOCKETS=y\nCONFIG_MQTT_LIB=y\nCONFIG_MQTT_LIB_TLS=y\n"
            "CONFIG_TALLOW_MQTT_BROKER=\"mq1.spileworks.example\"\nCONFIG_TALLOW_STATION_ID=\"jointer-%d\"\n"
            "CONFIG_TALLOW_%s=\"%s\"\nCONFIG_LOG_DEFAULT_LEVEL=2\n" % (r.randint(1, 3), k, C.V))


def k_arduino(r, k, d):
    return ("// arduino_secrets.h  -- toasting fire #%d burner bridge (Opta)\n"
            "// do not commit (it is in .gitignore since March)\n"
            "#define SECRET_SSID \"TallowYard\"\n#define SECRET_%s \"%s\"\n"
            "#define SECRET_MQTT_HOST \"10.62.4.20\"\n" % (r.randint(1, 2), k, C.V))


def k_codesys(r, k, d):
    return ("{attribute 'qualified_only'}\nVAR_GLOBAL CONSTANT\n"
            "    sHoopPressStation : STRING(16) := 'HP-%02d';\n"
            "    %s : STRING(96) := '%s';\n"
            "    tHoldTime : TIME := T#%dS;\nEND_VAR\n" % (r.randint(1, 9), k, C.V, r.randint(4, 12)))


def k_urscript(r, k, d):
    return ("# bung_drill.script - UR10e, station B%d\n"
            "global drill_depth_mm = %d\nglobal bung_dia_mm = 50.8\n"
            "global %s = \"%s\"\nglobal ledger_host = \"ledger.spileworks.example\"\n"
            "def report_cask(n):\n  socket_send_string(ledger_host)\nend\n" % (r.randint(1, 4), r.randint(40, 58), k, C.V))


def k_balena(r, k, d):
    who = r.choice(W.FIRST).lower()
    return ("%s@yard-mbp ~ %% balena env add %s '%s' --fleet tallowfield/barrel-washer\n"
            "%s@yard-mbp ~ %% balena env list --fleet tallowfield/barrel-washer | head -3\n"
            "ID       NAME              VALUE\n%d  WASH_CYCLE_SECONDS  %d\n" %
            (who, k, C.V, who, r.randint(1000000, 9999999), r.randint(90, 300)))


def k_supervisord(r, k, d):
    return ("[program:yard-gateway]\ncommand=/opt/yard-gateway/bin/gateway --config /etc/yard-gateway.toml\n"
            "user=yard\nautorestart=true\n"
            "environment=MQTT_HOST=\"10.62.4.20\",%s=\"%s\",LOG_LEVEL=\"info\"\n"
            "stdout_logfile=/var/log/yard-gateway.log\n" % (k, C.V))


def k_openrc(r, k, d):
    return ("# /etc/conf.d/caskrfid -- RFID portal on bond door %d\n"
            "CASKRFID_READER=\"/dev/ttyUSB0\"\nCASKRFID_POWER_DBM=\"%d\"\n%s=\"%s\"\n"
            "command_args=\"--antenna 1,2\"\n" % (r.randint(1, 6), r.randint(20, 30), k, C.V))


def k_android_strings(r, k, d):
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n"
            "    <string name=\"app_name\">Cask Yard</string>\n"
            "    <string name=\"ledger_base_url\">https://ledger.spileworks.example/api/</string>\n"
            "    <string name=\"%s\" translatable=\"false\">%s</string>\n</resources>\n" % (k, C.V))


def k_launchd(r, k, d):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
            "<plist version=\"1.0\">\n<dict>\n  <key>Label</key>\n  <string>example.tallowfield.fillstation</string>\n"
            "  <key>ProgramArguments</key>\n  <array><string>/usr/local/bin/fillstation-bridge</string></array>\n"
            "  <key>EnvironmentVariables</key>\n  <dict>\n    <key>SCALE_PORT</key>\n    <string>/dev/cu.usbserial-%d</string>\n"
            "    <key>%s</key>\n    <string>%s</string>\n  </dict>\n  <key>RunAtLoad</key>\n  <true/>\n</dict>\n</plist>\n"
            % (r.randint(110, 990), k, C.V))


def k_wpconfig(r, k, d):
    return ("<?php\n/** Cask shop (WooCommerce) - wp-config.php, production */\n"
            "define( 'DB_NAME', 'caskshop' );\ndefine( 'DB_HOST', 'db1.spileworks.example' );\n"
            "define( 'WP_ENVIRONMENT_TYPE', 'production' );\ndefine( '%s', '%s' );\n"
            "$table_prefix = 'cs_';\n" % (k, C.V))


def k_drupal(r, k, d):
    return ("<?php\n// sites/default/settings.php (tasting bookings)\n"
            "$settings['config_sync_directory'] = '../config/sync';\n"
            "$settings['trusted_host_patterns'] = ['^tastings\\.halberdquaich\\.example$'];\n"
            "$settings['%s'] = '%s';\n" % (k, C.V))


def k_django(r, k, d):
    return ("# broker/settings/production.py\nimport os\nfrom .base import *  # noqa\n\nDEBUG = False\n"
            "ALLOWED_HOSTS = [\"backoffice.halberdquaich.example\"]\n"
            "%s = os.environ.get(\"%s\", \"%s\")\n"
            "CSRF_TRUSTED_ORIGINS = [\"https://backoffice.halberdquaich.example\"]\n" % (k, k, C.V))


def k_frappe(r, k, d):
    obj = {"db_name": "_%s" % C.rstr(r, C.HEXL, 16), "db_type": "mariadb",
           "host_name": "https://erp.tallowfield-cooperage.example", k: PH,
           "maintenance_mode": 0, "pause_scheduler": 0}
    return _jdump(obj, 1) + "\n"


def k_nuxt(r, k, d):
    return ("// nuxt.config.ts (client portal)\nexport default defineNuxtConfig({\n  ssr: true,\n"
            "  runtimeConfig: {\n    %s: '%s',\n    public: { ledgerBase: 'https://ledger.spileworks.example' },\n"
            "  },\n})\n" % (k, C.V))


def k_dotnet_secrets(r, k, d):
    obj = {"ConnectionStrings:Registry": "Server=db1;Database=caskregistry;Integrated Security=true",
           "Halberd:" + k: PH, "Halberd:Region": "uk-south"}
    return _jdump(obj, 2) + "\n"


def k_tomcat(r, k, d):
    return ("<Context path=\"/stave-orders\" reloadable=\"false\">\n"
            "  <Environment name=\"ledgerBaseUrl\" value=\"https://ledger.spileworks.example\" type=\"java.lang.String\" override=\"false\"/>\n"
            "  <Environment name=\"%s\" value=\"%s\" type=\"java.lang.String\" override=\"false\"/>\n"
            "</Context>\n" % (k, C.V))


def k_xcconfig(r, k, d):
    return ("// Production.xcconfig - Tasting app\nPRODUCT_BUNDLE_IDENTIFIER = example.halberdquaich.tasting\n"
            "MARKETING_VERSION = 2.%d.0\nLEDGER_HOST = ledger.spileworks.example\n%s = %s\n" % (r.randint(1, 9), k, C.V))


def k_host_vars(r, k, d):
    return ("---\n# host_vars/stave-mill-01.yml\nansible_host: %s\nmill_line: quartersawn\n"
            "%s: \"%s\"\nntp_servers:\n  - 0.uk.pool.ntp.org\n" % (W.ip4(r), k, C.V))


def k_salt(r, k, d):
    return ("# /srv/pillar/yard/tablets.sls\nyard:\n  tablets:\n    fleet: cask-repair\n"
            "    %s: '%s'\n    mdm_group: tallow-yard\n" % (k, C.V))


def k_tfvars(r, k, d):
    return ("# envs/prod/terraform.tfvars\nregion = \"eu-west-2\"\nledger_instance_type = \"t3.medium\"\n"
            "%s = \"%s\"\ntags = { owner = \"spileworks\", cost_centre = \"halberd\" }\n" % (k, C.V))


def k_pulumi(r, k, d):
    return ("config:\n  aws:region: eu-west-2\n  halberd:portalReplicas: \"%d\"\n  %s: '%s'\n" %
            (r.randint(2, 4), k, C.V))


def k_dockerfile(r, k, d):
    return ("FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"
            "COPY . .\nENV LEDGER_URL=\"https://ledger.spileworks.example\" \\\n    %s=\"%s\"\n"
            "CMD [\"python\", \"-m\", \"stocksync\"]\n" % (k, C.V))


def k_envrc(r, k, d):
    return ("# .envrc (direnv) - stock-sync checkout on %s's laptop\nuse flake\nexport AIRFLOW_HOME=\"$PWD/.airflow\"\n"
            "export %s='%s'\n" % (r.choice(W.FIRST), k, C.V))


def k_makefile(r, k, d):
    return ("# Makefile - yard tablet image\nIMAGE ?= ghcr.example/spileworks/yard-tablet\nTAG ?= $(shell git rev-parse --short HEAD)\n"
            "export %s := %s\n\nbuild:\n\tdocker build -t $(IMAGE):$(TAG) .\n" % (k, C.V))


def k_kubectl_describe(r, k, d):
    pod = "cask-ledger-%s-%s" % (C.rstr(r, C.LALNUM, 10), C.rstr(r, C.LALNUM, 5))
    return ("$ kubectl -n ledger describe pod %s\nName:         %s\nNamespace:    ledger\nContainers:\n"
            "  api:\n    Image:          ghcr.example/spileworks/cask-ledger:1.%d.%d\n    Environment:\n"
            "      LEDGER_REGION:  uk-south\n      %s:  %s\n      LOG_LEVEL:  info\n" %
            (pod, pod, r.randint(10, 40), r.randint(0, 9), k, C.V))


def k_ps_eww(r, k, d):
    pid = r.randint(2000, 40000)
    return ("$ ps eww %d\n    PID TTY      STAT   TIME COMMAND\n   %d ?        Ssl    %d:%02d /usr/bin/python3 -m stocksync "
            "LANG=C.UTF-8 PATH=/usr/local/bin:/usr/bin HOME=/srv/stocksync %s=%s LEDGER_URL=https://ledger.spileworks.example\n"
            % (pid, pid, r.randint(0, 90), r.randint(0, 59), k, C.V))


def k_gitlab_vars(r, k, d):
    return ("# .gitlab-ci.yml\nstages: [test, deploy]\nvariables:\n  PIP_CACHE_DIR: \"$CI_PROJECT_DIR/.cache/pip\"\n"
            "  %s: \"%s\"\n\ndeploy:\n  stage: deploy\n  script:\n    - ./deploy.sh\n" % (k, C.V))


def k_teamcity(r, k, d):
    return ("// .teamcity/settings.kts\nobject DeployRegistry : BuildType({\n    name = \"Deploy cask registry\"\n"
            "    params {\n        param(\"env.REGISTRY_SLOT\", \"blue\")\n        param(\"env.%s\", \"%s\")\n    }\n})\n" % (k, C.V))


def k_vscode_launch(r, k, d):
    obj = {"version": "0.2.0", "configurations": [{
        "name": "Broker back office", "type": "debugpy", "request": "launch",
        "program": "manage.py", "args": ["runserver", "8002"],
        "env": {"DJANGO_SETTINGS_MODULE": "broker.settings.local", k: PH}}]}
    return _jdump(obj, 4) + "\n"


def k_jetbrains_run(r, k, d):
    return ("<component name=\"ProjectRunConfigurationManager\">\n"
            "  <configuration default=\"false\" name=\"stock-sync (local)\" type=\"PythonConfigurationType\">\n"
            "    <envs>\n      <env name=\"PYTHONUNBUFFERED\" value=\"1\" />\n"
            "      <env name=\"%s\" value=\"%s\" />\n    </envs>\n"
            "    <option name=\"SCRIPT_NAME\" value=\"stocksync/__main__.py\" />\n  </configuration>\n</component>\n" % (k, C.V))


def k_insomnia(r, k, d):
    obj = {"_type": "export", "__export_format": 4, "__export_source": "insomnia.desktop.app:v2023.5.8",
           "resources": [{"_id": "env_" + C.rstr(r, C.HEXL, 32), "_type": "environment", "name": "Yard (prod)",
                          "data": {"base_url": "https://ledger.spileworks.example", k: PH}}]}
    return _jdump(obj, 2) + "\n"


def k_jupyter(r, k, d):
    nb = {"cells": [{"cell_type": "code", "execution_count": r.randint(1, 40), "metadata": {}, "outputs": [],
                     "source": ["%env " + k + "=" + PH + "\n", "import stocksync\n", "stocksync.reconcile('bond-3')"]}],
          "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
          "nbformat": 4, "nbformat_minor": 5}
    return _jdump(nb, 1) + "\n"


def k_python_history(r, k, d):
    return ("import os\nos.environ[\"%s\"] = \"%s\"\nfrom broker import ledger\n"
            "ledger.Client().casks(owner=\"HQ-%04d\")\nexit()\n" % (k, C.V, r.randint(1, 9999)))


def k_google_chat(r, k, d):
    a, b = r.sample(W.PEOPLE, 2)
    obj = {"messages": [
        {"creator": {"name": a, "email": W.email(a, "halberdquaich.example"), "user_type": "Human"},
         "created_date": _longdate(r.randint(1, 28), 3) + " at %02d:%02d:11 UTC" % (r.randint(8, 17), r.randint(0, 59)),
         "text": "who has the %s? the regauge upload is stuck" % k, "topic_id": C.rstr(r, C.B62, 11)},
        {"creator": {"name": b, "email": W.email(b, "halberdquaich.example"), "user_type": "Human"},
         "created_date": _longdate(r.randint(1, 28), 3) + " at %02d:%02d:40 UTC" % (r.randint(8, 17), r.randint(0, 59)),
         "text": "here " + PH + " - delete after use pls", "topic_id": C.rstr(r, C.B62, 11)}]}
    return _jdump(obj, 2) + "\n"


def k_jira_wiki(r, k, d):
    a = r.choice(W.PEOPLE)
    return ("h3. Yard tablets lose the ledger session\n*Reporter:* %s\n\nSteps: open a cask, press *Regauge*, wait.\n"
            "For whoever picks this up, the %s is:\n{noformat}\n%s\n{noformat}\n(same as on the label in the cabinet)\n"
            % (a, k, C.V))


def k_emlx(r, k, d):
    a, b = r.sample(W.PEOPLE, 2)
    body = ("From: %s <%s>\nTo: %s <%s>\nSubject: Re: NAS and portal bits for the handover\n"
            "Date: %s 16:%02d:09 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
            "Hi %s,\n\nas promised, the %s is %s\n\nLet me know if it does not work.\n%s\n" %
            (a, W.email(a, "halberdquaich.example"), b, W.email(b, "halberdquaich.example"),
             _rfcdate(r.randint(1, 30), 5), r.randint(0, 59), b.split()[0], k, PH, a.split()[0]))
    return "@@EMLXLEN@@\n" + body.replace(PH, C.V) + "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict><key>flags</key><integer>8590195713</integer></dict></plist>\n"


def k_xlsx_shared(r, k, d):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"6\" uniqueCount=\"6\">"
            "<si><t>System</t></si><si><t>Login</t></si><si><t>Value</t></si>"
            "<si><t>%s</t></si><si><t>yard</t></si><si><t>%s</t></si></sst>\n" % (k, C.V))


def k_keep(r, k, d):
    obj = {"color": "YELLOW", "isTrashed": False, "isPinned": True, "isArchived": False,
           "textContent": "bond office stuff\n" + k + " " + PH + "\nprinter toner is in the cage",
           "title": "office", "userEditedTimestampUsec": 1710000000000000 + r.randrange(10 ** 12),
           "createdTimestampUsec": 1700000000000000 + r.randrange(10 ** 12)}
    return _jdump(obj, 2) + "\n"


def k_ics(r, k, d):
    day = r.randint(10, 28)
    return ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Halberd & Quaich//Bookings//EN\nBEGIN:VEVENT\n"
            "UID:%s@halberdquaich.example\nDTSTART:202406%02dT090000Z\nDTEND:202406%02dT100000Z\n"
            "SUMMARY:Regauge at bond 3 - Inverbrack\n"
            "DESCRIPTION:Bring the dip rod and the tablet.\\n%s %s\\nAsk for Hamish at the gate.\n"
            "END:VEVENT\nEND:VCALENDAR\n" % (C.uuid4(r), day, day, k, C.V))


def k_webvtt(r, k, d):
    a, b = r.sample(W.PEOPLE, 2)
    t = r.randint(10, 50)
    return ("WEBVTT\n\n00:%02d:04.120 --> 00:%02d:07.900\n<v %s>Can you paste the %s into the chat?\n\n"
            "00:%02d:08.300 --> 00:%02d:13.050\n<v %s>Chat: %s\n\n00:%02d:13.600 --> 00:%02d:15.200\n<v %s>Got it, thanks.\n"
            % (t, t, a, k, t, t, b, C.V, t, t, a))


def k_sms_backup(r, k, d):
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"2\">\n"
            "  <sms protocol=\"0\" address=\"+447700900%03d\" date=\"%d\" type=\"1\" body=\"Are you at the yard? Need the %s\" read=\"1\" />\n"
            "  <sms protocol=\"0\" address=\"+447700900%03d\" date=\"%d\" type=\"2\" body=\"%s\" read=\"1\" />\n</smses>\n"
            % (r.randint(0, 999), 1710000000000 + r.randrange(10 ** 9), k, r.randint(0, 999),
               1710000000000 + r.randrange(10 ** 9), C.V))


def k_format_patch(r, k, d):
    a = r.choice(W.PEOPLE)
    return ("From %s Mon Sep 17 00:00:00 2001\nFrom: %s <%s>\nDate: %s 11:%02d:40 +0100\n"
            "Subject: [PATCH] yard: point tablets at the new ledger\n\n---\n .env.yard | 2 +-\n 1 file changed\n\n"
            "diff --git a/.env.yard b/.env.yard\n--- a/.env.yard\n+++ b/.env.yard\n@@ -1,3 +1,3 @@\n"
            " LEDGER_URL=https://ledger.spileworks.example\n-%s=\n+%s=%s\n TABLET_FLEET=yard\n" %
            (C.rstr(r, C.HEXL, 40), a, W.email(a, "spileworks.example"), _rfcdate(r.randint(1, 30), 4), r.randint(0, 59), k, k, C.V))


def k_zpl(r, k, d):
    return ("^XA\n^CF0,36\n^FO40,40^FDLEAK TEST RIG %d^FS\n^CF0,28\n^FO40,100^FD%s^FS\n^FO40,150^FD%s^FS\n"
            "^FO40,210^BY2^BCN,80,N,N^FDLTR%04d^FS\n^XZ\n" % (r.randint(1, 3), k, C.V, r.randint(1, 9999)))


def k_doskey(r, k, d):
    return ("C:\\Scale>doskey /history\ncd C:\\Scale\\export\nset %s=%s\nexport.exe /bond 3 /out regauge.csv\n"
            "doskey /history\n" % (k, C.V))


def k_phpinfo(r, k, d):
    return ("<h2>Environment</h2>\n<table>\n<tr class=\"h\"><th>Variable</th><th>Value</th></tr>\n"
            "<tr><td class=\"e\">HOSTNAME </td><td class=\"v\">portal-web-%d </td></tr>\n"
            "<tr><td class=\"e\">%s </td><td class=\"v\">%s </td></tr>\n"
            "<tr><td class=\"e\">APP_ENV </td><td class=\"v\">production </td></tr>\n</table>\n" % (r.randint(1, 4), k, C.V))


def k_ansible_inventory_ini(r, k, d):
    return ("# inventory/yard.ini\n[yard_tablets]\ntablet-0[1:8].yard.tallowfield-cooperage.example\n\n"
            "[yard_tablets:vars]\nmdm_profile=cask-repair\n%s=%s\n" % (k, C.V))


def k_gradle_kts(r, k, d):
    return ("// app/build.gradle.kts (cask yard)\nandroid {\n    defaultConfig {\n        applicationId = \"example.tallowfield.yard\"\n"
            "        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")\n    }\n}\n" % (k, C.V))


CONTAINERS = [
    # name, style, description, forbidden characters, renderer, syntax check
    ("stave_jointer_zephyr_prj_conf", "upper", "Zephyr prj.conf of the stave jointer's cell controller (CONFIG_ string symbol)", "\"\\$", k_zephyr, None),
    ("toast_fire_arduino_secrets_header", "upper", "arduino_secrets.h of the toasting-fire burner bridge (#define SECRET_ ...)", "\"\\", k_arduino, None),
    ("hoop_press_codesys_global_constants", "hungarian", "CODESYS global variable list (VAR_GLOBAL CONSTANT, IEC 61131-3 STRING) of the hoop press", "'$", k_codesys, None),
    ("bung_robot_urscript_globals", "snake", "URScript program globals on the bung-hole drilling robot", "\"\\", k_urscript, None),
    ("barrel_washer_balena_env_add_capture", "upper", "terminal capture of balena env add for the barrel-washer fleet", "'", k_balena, None),
    ("yard_gateway_supervisord_program", "upper", "supervisord [program:] section with an environment= line on the yard gateway", "\"%\\,", k_supervisord, None),
    ("rfid_portal_openrc_conf_d", "upper", "OpenRC /etc/conf.d file of the bond-door RFID portal", "\"$\\`", k_openrc, None),
    ("yard_app_android_strings_xml", "snake", "Android res/values strings.xml of the yard app", "'\"&<>\\@?", k_android_strings, "xml"),
    ("fill_station_launchd_plist", "upper", "launchd agent plist (EnvironmentVariables) of the fill-station bridge on the office Mac mini", "&<>", k_launchd, "xml_after_doctype"),
    ("cask_shop_wp_config_php", "upper", "WordPress wp-config.php define() of the WooCommerce cask shop", "'\\", k_wpconfig, None),
    ("tasting_bookings_drupal_settings_php", "snake", "Drupal settings.php $settings[] of the tasting-room bookings site", "'\\", k_drupal, None),
    ("broker_backoffice_django_settings_py", "upper", "Django settings module of the brokerage back office (os.environ.get fallback)", "\"\\", k_django, None),
    ("erp_frappe_site_config_json", "snake", "ERPNext / Frappe site_config.json of the cooperage ERP", "\"\\", k_frappe, "json"),
    ("client_portal_nuxt_runtime_config", "camel", "nuxt.config.ts runtimeConfig of the client portal", "'\\", k_nuxt, None),
    ("cask_registry_dotnet_user_secrets_json", "colonpascal", ".NET user-secrets secrets.json (Section:Key) of the cask registry", "\"\\", k_dotnet_secrets, "json"),
    ("stave_orders_tomcat_context_xml", "camel", "Tomcat context.xml <Environment> entries of the stave-orders webapp", "\"&<>$", k_tomcat, "xml"),
    ("tasting_app_xcode_xcconfig", "upper", "Xcode .xcconfig build settings of the tasting-room iOS app", "/$", k_xcconfig, None),
    ("ops_ansible_host_vars_yaml", "snake", "Ansible host_vars YAML of a stave-mill host", "\"\\{%", k_host_vars, None),
    ("ops_salt_pillar_sls", "snake", "SaltStack pillar SLS for the yard tablets", "'{%#", k_salt, None),
    ("ops_terraform_tfvars_file", "snake", "Terraform terraform.tfvars of the production environment", "\"\\$%", k_tfvars, None),
    ("ops_pulumi_stack_config_yaml", "nscamel", "Pulumi.prod.yaml stack config (namespaced keys)", "'", k_pulumi, None),
    ("ops_dockerfile_env_instruction", "upper", "Dockerfile ENV instruction of the stock-sync image", "\"$\\", k_dockerfile, None),
    ("ops_direnv_envrc_export", "upper", "direnv .envrc in a developer checkout", "'", k_envrc, None),
    ("ops_makefile_export_line", "upper", "Makefile export line of the yard tablet image build", "$#\\", k_makefile, None),
    ("ops_kubectl_describe_pod_environment", "upper", "terminal capture of kubectl describe pod (Environment section)", "", k_kubectl_describe, None),
    ("ops_ps_eww_process_environment", "upper", "terminal capture of ps eww showing a process environment", "", k_ps_eww, None),
    ("ops_ansible_inventory_ini_vars", "snake", "Ansible INI inventory [group:vars] for the yard tablets", "#;{% \"'", k_ansible_inventory_ini, None),
    ("ci_gitlab_ci_variables_block", "upper", ".gitlab-ci.yml top-level variables block", "\"\\$", k_gitlab_vars, None),
    ("ci_teamcity_kotlin_dsl_params", "upper", "TeamCity Kotlin DSL settings.kts params (env.)", "\"\\$", k_teamcity, None),
    ("dev_vscode_launch_json_env", "upper", "VS Code .vscode/launch.json configuration env", "\"\\$", k_vscode_launch, "json"),
    ("dev_jetbrains_run_configuration_xml", "upper", "JetBrains .run/*.run.xml run configuration <env>", "\"&<>$", k_jetbrains_run, "xml"),
    ("dev_insomnia_workspace_export_json", "snake", "Insomnia v4 workspace export (environment data)", "\"\\{", k_insomnia, "json"),
    ("dev_jupyter_notebook_env_magic", "upper", "Jupyter .ipynb cell with an %env magic", "\"\\$", k_jupyter, "json"),
    ("dev_python_repl_history_file", "upper", "~/.python_history of a developer (os.environ assignment)", "\"\\", k_python_history, None),
    ("dev_android_gradle_kts_buildconfig", "upper", "Android app build.gradle.kts buildConfigField of the yard app", "\"\\$", k_gradle_kts, None),
    ("office_google_chat_takeout_json", "spaced", "Google Takeout export of a Google Chat space (messages.json)", "\"\\", k_google_chat, "json"),
    ("office_jira_comment_wiki_markup", "spaced", "Jira comment in wiki markup with a {noformat} block", "{}", k_jira_wiki, None),
    ("office_apple_mail_emlx_message", "spaced", "Apple Mail .emlx file (byte count, RFC 822 message, plist trailer)", "", k_emlx, None),
    ("office_xlsx_shared_strings_xml", "title", "xl/sharedStrings.xml of a logins spreadsheet", "&<>", k_xlsx_shared, "xml"),
    ("office_google_keep_takeout_json", "spaced", "Google Keep note from Google Takeout (JSON)", "\"\\", k_keep, "json"),
    ("office_ics_event_description", "spaced", "iCalendar .ics event DESCRIPTION of a regauge booking", ",;\\", k_ics, None),
    ("office_webvtt_meeting_captions", "spaced", "WebVTT captions of a recorded site meeting (chat read out)", "<&>", k_webvtt, None),
    ("office_sms_backup_restore_xml", "spaced", "SMS Backup & Restore sms.xml of a yard phone", "\"&<>", k_sms_backup, "xml_sms"),
    ("office_git_format_patch_email", "upper", "git format-patch e-mail adding a value to an env file", "", k_format_patch, None),
    ("office_zpl_printed_label", "spaced", "ZPL label sent to the Zebra printer in the leak-test bay", "^~", k_zpl, None),
]
# one extra kept as a spare (not used): office_cmd_doskey_history, office_phpinfo_environment_table
SPARE_CONTAINERS = [
    ("office_cmd_doskey_history", "upper", "cmd.exe doskey /history capture", "%^&|<>\"", k_doskey, None),
    ("office_phpinfo_environment_table", "upper", "phpinfo() Environment table (HTML)", "&<>\"'", k_phpinfo, None),
]
assert len(CONTAINERS) == 45


def syntax_ok(kind, text):
    import xml.etree.ElementTree as ET
    try:
        if kind == "json":
            json.loads(text)
        elif kind == "xml":
            ET.fromstring(text.split("?>", 1)[1] if text.startswith("<?xml") else text)
        elif kind == "xml_after_doctype":
            ET.fromstring(text.split("dtd\">", 1)[1])
        elif kind == "xml_sms":
            ET.fromstring(text.split("?>", 1)[1])
        return True
    except Exception:
        return False


def build(reg, seed_values=26201, seed_pairing=26211, seed_key=26221):
    ctx = Ctx(seed_values, seed_key)
    prng = random.Random(seed_pairing)
    names = [c[0] for c in CONTAINERS]
    slots = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        prng.shuffle(perm)
        for j in range(3):
            for t in perm[4 * j:4 * j + 4]:
                slots.append((names[3 * b + j], t))
    byname = {c[0]: c for c in CONTAINERS}
    recs = []
    for cname, tname in slots:
        _, style, desc, forbid, fn, syn = byname[cname]
        kind = KIND_OF[tname]

        def ok(v, forbid=forbid):
            return not any(ch in v for ch in forbid)

        value = reg.draw(lambda: gen_value(ctx, kind), "everyday", ok=ok, tries=20000)
        key = C.keyname(C.split_words(tname, DROP_WORDS), style)
        tpl = fn(ctx.rng, key, desc)
        if "@@EMLXLEN@@" in tpl:
            body = tpl.split("\n", 1)[1].split("<?xml", 1)[0]
            n = len(body.replace(C.V, value).encode("utf-8"))
            tpl = tpl.replace("@@EMLXLEN@@", str(n))
        text, s, e = C.place(tpl, value)
        recs.append({"type": tname, "container": cname, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": tname}],
                     "source": "everyday", "_syntax": syn})
    return recs, ctx
