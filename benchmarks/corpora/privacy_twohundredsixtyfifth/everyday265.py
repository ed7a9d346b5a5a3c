"""Everyday positives: 12 types x 45 container kinds, 4 records per kind, 15 per type."""
import base64
import random
import re

import common265 as C
from common265 import MARK
import world265 as W

ED_KID = "qtr-ed448-2025-03"

# ------------------------------------------------------------------ types
# name, kind of value, key words, description, required characters
TYPES = [
    ("ultrasonic_bath_controller_password", "pw", ["ultrasonic", "bath", "controller", "password"],
     "owner-chosen admin password of the ultrasonic cleaning bath controller at Halloran (typebar and segment cleaning cycles)"),
    ("platen_lathe_hmi_password", "pw", ["platen", "lathe", "hmi", "password"],
     "owner-chosen operator password of the HMI on Halloran's platen recovering lathe (rubber grinding programmes)"),
    ("nib_grinding_bench_pc_password", "pw", ["nib", "grinding", "bench", "pc", "password"],
     "owner-chosen login of the PC with the USB microscope on Quillon's nib grinding bench"),
    ("ink_bar_kiosk_tablet_password", "pw", ["ink", "bar", "kiosk", "tablet", "password"],
     "owner-chosen unlock password of the ink-swatch kiosk tablet on Marbury's ink bar"),
    ("repair_intake_kiosk_admin_password", "pw", ["repair", "intake", "kiosk", "admin", "password"],
     "owner-chosen admin password of Halloran's repair intake kiosk (ticket printing, refunds of deposits)"),
    ("stationers_epos_supervisor_password", "pw", ["epos", "supervisor", "password"],
     "owner-chosen supervisor login of Marbury's EPOS till (voids, refunds, end of day)"),
    ("parts_queue_sha3_key", "hpq", ["parts", "queue", "key"],
     "API key of Halloran's typewriter parts queue (layout invented): `hpq_` + 30 base62 + `_` + the first 12 lower-case hex digits of the real SHA3-256 (FIPS 202) of the 30 characters"),
    ("nib_profile_code39_licence", "ngp", ["nib", "profile", "licence"],
     "licence key of the nib-grind profile software on Quillon's bench (layout invented): `NGP-` + four groups of four of 0-9 A-Z joined by `-` + `-` + the real Code 39 modulo-43 check character of the 16 symbols (alphabet 0-9 A-Z - . space $ / + %; a check that would be a space is redrawn)"),
    ("repair_tracker_ed448_jwt", "jwt", ["repair", "tracker", "jwt"],
     "service token of Quillon's repair tracker: a real EdDSA JWT signed with Ed448 (RFC 8032, SHAKE256, 114-byte signature; RFC 8037 names it alg EdDSA) under a key generated in the build and discarded; header {alg, typ, kid}, payload {iss, sub, aud, iat, exp, jti, scope}"),
    ("shop_laravel_app_key", "laravel", ["shop", "app", "key"],
     "Laravel APP_KEY of Marbury's web shop: `base64:` + standard Base64 of exactly 32 random bytes (as `php artisan key:generate` writes it)"),
    ("repairs_rails_secret_key_base", "rails", ["repairs", "secret", "key", "base"],
     "Rails secret_key_base of Quillon's mail-in repair site: 128 lower-case hex digits (64 random bytes, as `bin/rails secret` prints)"),
    ("till_bridge_elf_hash_token", "tbr", ["till", "bridge", "token"],
     "device token of the Raspberry Pi bridge between Marbury's EPOS till and Odoo (layout invented): `tbr.` + 26 lower-case alphanumerics + `.` + 7 lower-case hex digits of the real PJW / ELF hash (System V ABI symbol hash, 28 bits) of the 26 characters"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_KIND = {t[0]: t[1] for t in TYPES}
TYPE_WORDS = {t[0]: t[2] for t in TYPES}
TYPE_DESC = {t[0]: t[3] for t in TYPES}
REQUIRED = {"hpq": "_", "ngp": "-", "jwt": ".", "laravel": ":=", "rails": "", "tbr": ".", "pw": ""}

HPQ_RE = re.compile(r"^hpq_([A-Za-z0-9]{30})_([0-9a-f]{12})$")
NGP_RE = re.compile(r"^NGP-([0-9A-Z]{4})-([0-9A-Z]{4})-([0-9A-Z]{4})-([0-9A-Z]{4})-([0-9A-Z\-.$/+%])$")
TBR_RE = re.compile(r"^tbr\.([a-z0-9]{26})\.([0-9a-f]{7})$")
RAILS_RE = re.compile(r"^[0-9a-f]{128}$")
LARAVEL_RE = re.compile(r"^base64:([A-Za-z0-9+/]{43}=)$")


def ed448_secret():
    rng = random.Random(C.SEEDS["ed448_key"])
    return C.rbytes(rng, 57)


def ed448_pub():
    return C.ed448_public(ed448_secret())


def make_value(tname, rng, joiners):
    k = TYPE_KIND[tname]
    if k == "pw":
        return C.owner_password(rng, joiners, 0.45)
    if k == "hpq":
        body = C.rstr(rng, C.ALNUM, 30)
        return "hpq_" + body + "_" + C.sha3_tail(body, 12)
    if k == "ngp":
        while True:
            body = C.rstr(rng, C.UPPER + C.DIGITS, 16)
            ch = C.code39_check(body)
            if ch != " ":
                break
        return "NGP-" + "-".join(body[i:i + 4] for i in range(0, 16, 4)) + "-" + ch
    if k == "jwt":
        iat = 1741600000 + rng.randrange(0, 3000000)
        hdr = {"alg": "EdDSA", "typ": "JWT", "kid": ED_KID}
        pay = {"iss": "https://tracker.quillon-pens.example", "sub": rng.choice(["svc-intake", "svc-labels", "svc-postroom", "svc-grinder"]),
               "aud": "repair-tracker", "iat": iat, "exp": iat + rng.choice([3600, 86400, 604800]),
               "jti": C.uuid4(rng), "scope": rng.choice(["tickets:read", "tickets:write tickets:read", "photos:upload", "quotes:read"])}
        sk = ed448_secret()
        return C.jwt_encode(hdr, pay, lambda m: C.ed448_sign(sk, m))
    if k == "laravel":
        return "base64:" + base64.b64encode(C.rbytes(rng, 32)).decode()
    if k == "rails":
        return C.rstr(rng, C.HEXL, 128)
    if k == "tbr":
        body = C.rstr(rng, C.LALNUM, 26)
        return "tbr." + body + "." + "%07x" % C.elf_hash(body.encode())
    raise ValueError(k)


def value_problem(tname, v):
    """None if v has the shape (and the real check) of its type."""
    k = TYPE_KIND[tname]
    if k == "pw":
        return None if C.PW_WIDE_RE.match(v) else "password form"
    if k == "hpq":
        m = HPQ_RE.match(v)
        return None if m and C.sha3_tail(m.group(1), 12) == m.group(2) else "sha3 tail"
    if k == "ngp":
        m = NGP_RE.match(v)
        return None if m and C.code39_check("".join(m.groups()[:4])) == m.group(5) else "code39 check"
    if k == "jwt":
        p = C.jwt_problem(v)
        if p:
            return "jwt " + p
        hdr = C.json.loads(C.b64u_dec(v.split(".")[0]))
        pay = C.json.loads(C.b64u_dec(v.split(".")[1]))
        if hdr != {"alg": "EdDSA", "typ": "JWT", "kid": ED_KID}:
            return "jwt header"
        if sorted(pay) != sorted(["iss", "sub", "aud", "iat", "exp", "jti", "scope"]) or not C.UUID4_RE.match(pay["jti"]):
            return "jwt claims"
        return None
    if k == "laravel":
        m = LARAVEL_RE.match(v)
        return None if m and len(base64.b64decode(m.group(1))) == 32 else "laravel key"
    if k == "rails":
        return None if RAILS_RE.match(v) else "rails key"
    if k == "tbr":
        m = TBR_RE.match(v)
        return None if m and "%07x" % C.elf_hash(m.group(1).encode()) == m.group(2) else "elf tail"
    return "unknown"


# ------------------------------------------------------------------ container kinds
JSONBAD = '"\\'
XMLBAD = "&<>\"'"


def _k(kind, words, tname):
    style = KIND_STYLE[kind]
    if kind == "shop_laravel_dotenv" and tname == "shop_laravel_app_key":
        return "APP_KEY"
    if kind == "repairs_rails_credentials_show" and tname == "repairs_rails_secret_key_base":
        return "secret_key_base"
    return C.words_to_style(words, style)


def T_bath_esphome_secrets_yaml(K, r):
    return ("# secrets.yaml for the ultrasonic bath controller (ESPHome 2025.2)\n"
            "# compiled on the workshop laptop, never committed\n"
            "wifi_ssid: \"Halloran Workshop\"\n"
            "mqtt_broker: \"%s\"\n"
            "timezone: \"Europe/London\"\n"
            "%s: \"%s\"\n" % (W.ip(r), K, MARK))


def T_lathe_linuxcnc_ini(K, r):
    return ("[EMC]\nMACHINE = Halloran platen lathe (Boxford conversion)\nDEBUG = 0\n\n"
            "[DISPLAY]\nDISPLAY = gmoccapy\nMAX_SPINDLE_OVERRIDE = 1.2\n\n"
            "[KETTLEWICK]\n# read by the job-logger component at start-up\nLOGGER_HOST = %s\n%s = %s\n" % (W.ip(r), K, MARK))


def T_grind_bench_unattend_xml(K, r):
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<unattend xmlns=\"urn:schemas-microsoft-com:unattend\" xmlns:wcm=\"http://schemas.microsoft.com/WMIConfig/2002/State\">\n"
            "  <settings pass=\"specialize\">\n"
            "    <component name=\"Microsoft-Windows-Deployment\" processorArchitecture=\"amd64\" publicKeyToken=\"31bf3856ad364e35\" language=\"neutral\" versionScope=\"nonSxS\">\n"
            "      <RunSynchronous>\n        <RunSynchronousCommand wcm:action=\"add\">\n          <Order>3</Order>\n"
            "          <Path>cmd /c setx %s %s /M</Path>\n"
            "        </RunSynchronousCommand>\n      </RunSynchronous>\n    </component>\n  </settings>\n</unattend>\n" % (K, MARK))


def T_ink_bar_chrome_policy_json(K, r):
    return ("{\n  \"kioskHomeUrl\": {\"Value\": \"https://shop.marbury-stationers.example/ink-bar\"},\n"
            "  \"idleResetSeconds\": {\"Value\": 180},\n"
            "  \"%s\": {\"Value\": \"%s\"}\n}\n" % (K, MARK))


def T_intake_kiosk_systemd_unit(K, r):
    return ("[Unit]\nDescription=Halloran repair intake kiosk\nAfter=network-online.target\n\n"
            "[Service]\nUser=kiosk\nEnvironment=\"INTAKE_PRINTER=zd421\"\nEnvironment=\"%s=%s\"\n"
            "ExecStart=/opt/intake/bin/kiosk --fullscreen\nRestart=always\n\n[Install]\nWantedBy=graphical.target\n" % (K, MARK))


def T_epos_pi_crontab(K, r):
    return ("pi@tillbridge:~ $ crontab -l\n# m h  dom mon dow   command\nMAILTO=\"\"\n%s=%s\n"
            "*/5 9-18 * * 1-6 /home/pi/bridge/push_sales.sh >> /home/pi/bridge/push.log 2>&1\n"
            "15 19 * * 1-6 /home/pi/bridge/end_of_day.sh\n" % (K, MARK))


def T_grinder_micropython_config_py(K, r):
    return ("# config.py on the ESP32 that logs the nib grinder's wheel speed\n"
            "WHEEL_RPM_MAX = 2800\nREPORT_EVERY_S = 30\nBROKER = \"%s\"\n%s = \"%s\"\n" % (W.ip(r), K, MARK))


def T_shop_router_openwrt_uci(K, r):
    return ("root@shop-gw:~# cat /etc/config/kettlewick\n\nconfig kettlewick 'main'\n\toption enabled '1'\n"
            "\toption report_host '%s'\n\toption %s '%s'\n" % (W.ip(r), K, MARK))


def T_shop_laravel_dotenv(K, r):
    return ("APP_NAME=\"Marbury Stationers\"\nAPP_ENV=production\nAPP_DEBUG=false\nAPP_URL=https://shop.marbury-stationers.example\n\n"
            "LOG_CHANNEL=daily\nDB_CONNECTION=mysql\nDB_HOST=%s\nDB_DATABASE=marbury_shop\n%s=%s\n" % (W.ip(r), K, MARK))


def T_repairs_rails_credentials_show(K, r):
    return ("deploy@repairs:~/app$ EDITOR=cat bin/rails credentials:show\n"
            "# postmark:\n#   server_token: moved to ENV\n\n"
            "active_record_encryption_host: %s\n%s: %s\n" % (W.ip(r), K, MARK))


def T_stock_odoo_conf(K, r):
    return ("[options]\naddons_path = /opt/odoo/addons,/opt/odoo/marbury_addons\ndb_host = %s\ndb_name = marbury\n"
            "proxy_mode = True\nworkers = 3\n; bridge settings read by marbury_till module\n%s = %s\n" % (W.ip(r), K, MARK))


def T_shop_prestashop_parameters_php(K, r):
    return ("<?php return array (\n  'parameters' => \n  array (\n    'database_host' => '%s',\n"
            "    'database_name' => 'presta_archive',\n    'ps_caching' => 'CacheMemcache',\n"
            "    '%s' => '%s',\n  ),\n);\n" % (W.ip(r), K, MARK))


def T_repairs_ghost_config_json(K, r):
    return ("{\n  \"url\": \"https://repairs.quillon-pens.example/journal\",\n  \"server\": {\"port\": 2368, \"host\": \"127.0.0.1\"},\n"
            "  \"logging\": {\"level\": \"info\"},\n  \"%s\": \"%s\"\n}\n" % (K, MARK))


def T_booking_spring_properties(K, r):
    return ("# application-prod.properties of the pen-clinic booking service\nserver.port=8085\n"
            "spring.datasource.url=jdbc:postgresql://%s:5432/clinic\nmanagement.endpoints.web.exposure.include=health\n"
            "kettlewick.%s=%s\n" % (W.ip(r), K, MARK))


def T_ledger_rocket_toml(K, r):
    return ("[default]\naddress = \"0.0.0.0\"\nport = 8000\n\n[release]\nlog_level = \"critical\"\n"
            "%s = \"%s\"\n" % (K, MARK))


def T_shop_phoenix_runtime_exs(K, r):
    return ("import Config\n\nif config_env() == :prod do\n  config :marbury_letterpress, MarburyLetterpressWeb.Endpoint,\n"
            "    url: [host: \"shop.marbury-stationers.example\", port: 443]\n\n"
            "  config :marbury_letterpress, %s: \"%s\"\nend\n" % (K, MARK))


def T_repairs_aspnet_web_config(K, r):
    return ("<?xml version=\"1.0\"?>\n<configuration>\n  <appSettings>\n    <add key=\"LabelPrinter\" value=\"ZD421-postroom\" />\n"
            "    <add key=\"%s\" value=\"%s\" />\n  </appSettings>\n  <system.web>\n    <compilation targetFramework=\"4.8\" />\n"
            "  </system.web>\n</configuration>\n" % (K, MARK))


def T_ink_app_expo_app_json(K, r):
    return ("{\n  \"expo\": {\n    \"name\": \"Marbury Ink Bar\",\n    \"slug\": \"marbury-ink-bar\",\n    \"version\": \"1.4.2\",\n"
            "    \"extra\": {\n      \"swatchApi\": \"https://shop.marbury-stationers.example/api/swatches\",\n"
            "      \"%s\": \"%s\"\n    }\n  }\n}\n" % (K, MARK))


def T_office_libreoffice_basic_module(K, r):
    return ("REM  *****  BASIC  *****\nREM module Lookups of the parts price list (Halloran)\n\n"
            "Const PartsSheet = \"Prices\"\nConst %s = \"%s\"\n\nSub RefreshPrices\n  MsgBox \"Prices refreshed\"\nEnd Sub\n" % (K, MARK))


def T_shop_netlify_toml(K, r):
    return ("[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[build.environment]\n  NODE_VERSION = \"20\"\n"
            "  %s = \"%s\"\n" % (K, MARK))


def T_shop_firebase_runtimeconfig_json(K, r):
    return ("$ firebase functions:config:get > .runtimeconfig.json && cat .runtimeconfig.json\n{\n  \"marbury\": {\n"
            "    \"region\": \"europe-west2\",\n    \"%s\": \"%s\"\n  }\n}\n" % (K, MARK))


def T_inventory_dotnet_appsettings_json(K, r):
    return ("{\n  \"Logging\": {\"LogLevel\": {\"Default\": \"Warning\"}},\n  \"AllowedHosts\": \"*\",\n"
            "  \"Kettlewick\": {\n    \"StockHost\": \"%s\",\n    \"%s\": \"%s\"\n  }\n}\n" % (W.ip(r), K, MARK))


def T_repairs_flask_instance_config_py(K, r):
    return ("# instance/config.py (not in git) of the postroom label app\nDEBUG = False\n"
            "LABEL_PRINTER = 'zd421-postroom'\n%s = '%s'\n" % (K, MARK))


def T_ops_fish_history(K, r):
    t = 1741000000 + r.randrange(0, 2000000)
    return ("- cmd: cd ~/src/odoo-bridge\n  when: %d\n- cmd: set -gx %s %s\n  when: %d\n- cmd: ./bridge --dry-run\n  when: %d\n"
            % (t, K, MARK, t + 41, t + 77))


def T_ops_powershell_history(K, r):
    return ("cd C:\\Tools\\GrindProfile\nGet-Service GrindProfileSync\n$env:%s = '%s'\n"
            ".\\GrindProfileSync.exe --once\nStop-Transcript\n" % (K, MARK))


def T_ops_docker_compose_override(K, r):
    return ("# docker-compose.override.yml (local only)\nservices:\n  tracker:\n    environment:\n"
            "      TRACKER_LOG_LEVEL: \"debug\"\n      %s: \"%s\"\n    ports:\n      - \"8080:8080\"\n" % (K, MARK))


def T_ops_nomad_jobspec_hcl(K, r):
    return ("job \"till-bridge\" {\n  datacenters = [\"bath\"]\n  group \"bridge\" {\n    task \"push\" {\n      driver = \"docker\"\n"
            "      env {\n        BRIDGE_MODE = \"live\"\n        %s = \"%s\"\n      }\n    }\n  }\n}\n" % (K, MARK))


def T_ops_puppet_hiera_yaml(K, r):
    return ("---\n# hieradata/common.yaml\nprofile::marbury::ntp_servers:\n  - 0.uk.pool.ntp.org\n"
            "profile::marbury::odoo_host: '%s'\n%s: '%s'\n" % (W.ip(r), K, MARK))


def T_ops_jenkinsfile_environment(K, r):
    return ("pipeline {\n    agent { label 'linux' }\n    environment {\n        DEPLOY_TARGET = 'repairs'\n"
            "        %s = '%s'\n    }\n    stages {\n        stage('Deploy') { steps { sh './deploy.sh' } }\n    }\n}\n" % (K, MARK))


def T_ops_circleci_config_yml(K, r):
    return ("version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/ruby:3.3\n        environment:\n"
            "          RAILS_ENV: \"production\"\n          %s: \"%s\"\n    steps:\n      - checkout\n      - run: bin/deploy\n" % (K, MARK))


def T_ops_journalctl_log(K, r):
    return ("$ journalctl -u halloran-intake --since today\nMar 14 09:12:30 intake systemd[1]: Started Halloran repair intake kiosk.\n"
            "Mar 14 09:12:31 intake halloran-intake[812]: config loaded: %s=%s source=env\n"
            "Mar 14 09:12:31 intake halloran-intake[812]: printer zd421 ready\n" % (K, MARK))


def T_ops_tcpdump_form_post(K, r):
    return ("# tcpdump -A -i eth0 'tcp port 8069'\n09:41:07.223114 IP %s.51422 > %s.8069: Flags [P.], seq 1:212, length 211\n"
            "POST /bridge/settings HTTP/1.1\nHost: odoo.marbury-stationers.example:8069\nContent-Type: application/x-www-form-urlencoded\n"
            "Content-Length: 118\n\nmode=live&%s=%s&till=2\n" % (W.ip(r), W.ip(r), K, MARK))


def T_ops_sentry_event_json(K, r):
    return ("{\n  \"event_id\": \"%s\",\n  \"level\": \"error\",\n  \"message\": \"label render failed\",\n"
            "  \"extra\": {\n    \"printer\": \"zd421-postroom\",\n    \"%s\": \"%s\"\n  }\n}\n" % (C.rstr(r, C.HEXL, 32), K, MARK))


def T_ops_terraform_plan_output(K, r):
    return ("Terraform will perform the following actions:\n\n  # nomad_variable.bridge will be updated in-place\n"
            "  ~ resource \"nomad_variable\" \"bridge\" {\n        id    = \"nomad/jobs/till-bridge\"\n      ~ items = {\n"
            "          + %s = \"%s\"\n        }\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.\n" % (K, MARK))


def T_ops_k8s_configmap_manifest(K, r):
    return ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: tracker-settings\n  namespace: quillon\ndata:\n"
            "  TRACKER_REGION: \"uk\"\n  %s: \"%s\"\n" % (K, MARK))


def T_office_mattermost_export_jsonl(K, r):
    who = r.choice(W.LOGINS)
    return ("{\"type\":\"version\",\"version\":1}\n"
            "{\"type\":\"post\",\"post\":{\"team\":\"kettlewick\",\"channel\":\"ops\",\"user\":\"%s\",\"message\":\"%s is %s for now, will rotate after the fair\",\"create_at\":%d}}\n"
            % (who, K, MARK, 1741000000000 + r.randrange(10 ** 9)))


def T_office_rtf_handover_letter(K, r):
    return ("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Courier New;}}\n\\f0\\fs22 Handover for %s\\par\n"
            "\\par\nThe bench is yours from Monday.\\par\n%s: %s\\par\nKeys are in the blue tin.\\par\n}\n" % (r.choice(W.FIRST), K, MARK))


def T_office_confluence_storage_xhtml(K, r):
    return ("<h2>Postroom setup</h2>\n<p>Printer: ZD421 by the window.</p>\n"
            "<p>%s: <code>%s</code></p>\n<ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>Ask Lorcan before changing anything.</p>"
            "</ac:rich-text-body></ac:structured-macro>\n" % (K, MARK))


def T_office_evernote_enex(K, r):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export4.dtd\">\n"
            "<en-export application=\"Evernote\" version=\"10.80\">\n  <note>\n    <title>Shop odds and ends</title>\n"
            "    <content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\">"
            "<en-note><div>Till roll supplier: Dalton</div><div>%s: %s</div></en-note>]]></content>\n"
            "    <created>20250311T101500Z</created>\n  </note>\n</en-export>\n" % (K, MARK))


def T_office_escpos_receipt_stream(K, r):
    return ("\x1b@\x1ba\x01MARBURY STATIONERS\n\x1ba\x00--------------------------------\n"
            "SUPERVISOR NOTE (printed by %s)\n%s: %s\n--------------------------------\n\x1dV\x41\x03" % (r.choice(W.FIRST), K, MARK))


def T_office_todoist_backup_csv(K, r):
    return ("TYPE,CONTENT,DESCRIPTION,PRIORITY,INDENT,AUTHOR,RESPONSIBLE,DATE,DATE_LANG,TIMEZONE\n"
            "task,Order more J. Herbin bottles,,2,1,Ines (12345678),,every friday,en,Europe/London\n"
            "task,\"%s: %s\",for the new starter,4,1,Noor (23456789),,,en,Europe/London\n" % (K, MARK))


def T_dev_har_request_header(K, r):
    return ("{\"log\": {\"version\": \"1.2\", \"creator\": {\"name\": \"Firefox\", \"version\": \"136.0\"}, \"entries\": [{\n"
            "  \"request\": {\"method\": \"GET\", \"url\": \"https://tracker.quillon-pens.example/api/tickets?open=1\",\n"
            "    \"headers\": [{\"name\": \"Accept\", \"value\": \"application/json\"}, {\"name\": \"%s\", \"value\": \"%s\"}]},\n"
            "  \"response\": {\"status\": 200, \"content\": {\"size\": 5120, \"mimeType\": \"application/json\"}}}]}}\n" % (K, MARK))


def T_dev_bruno_environment_bru(K, r):
    return ("vars {\n  baseUrl: https://parts.halloran-typewriters.example\n  %s: %s\n}\n" % (K, MARK))


def T_dev_pytest_failure_output(K, r):
    return ("____________________________ test_settings_roundtrip ____________________________\n\n"
            "    def test_settings_roundtrip(loaded):\n>       assert loaded == EXPECTED\n"
            "E       AssertionError: assert {'region': 'uk', '%s': '%s'} == {'region': 'uk'}\n"
            "E         Left contains 1 more item:\n\ntests/test_settings.py:41: AssertionError\n" % (K, MARK))


def T_dev_sql_seed_migration(K, r):
    return ("-- 2025_03_12_0930_seed_settings.sql\nBEGIN;\nINSERT INTO app_settings (name, value) VALUES ('region', 'uk');\n"
            "INSERT INTO app_settings (name, value) VALUES ('%s', '%s');\nCOMMIT;\n" % (K, MARK))


# kind name -> (style, forbidden characters, builder, description)
KINDS = [
    ("bath_esphome_secrets_yaml", "snake", JSONBAD, T_bath_esphome_secrets_yaml, "ESPHome secrets.yaml of the ultrasonic bath controller"),
    ("lathe_linuxcnc_ini", "upper", "#;", T_lathe_linuxcnc_ini, "LinuxCNC machine INI of the platen recovering lathe (custom section)"),
    ("grind_bench_unattend_xml", "pascal", XMLBAD + "%^| ", T_grind_bench_unattend_xml, "Windows unattend.xml of the nib grinding bench PC (setx in a RunSynchronous command)"),
    ("ink_bar_chrome_policy_json", "camel", JSONBAD, T_ink_bar_chrome_policy_json, "Chrome managed-configuration policy JSON of the ink-bar kiosk app"),
    ("intake_kiosk_systemd_unit", "upper", "\"'\\% $", T_intake_kiosk_systemd_unit, "systemd service unit (Environment=) of the repair intake kiosk"),
    ("epos_pi_crontab", "upper", "%\"'# ", T_epos_pi_crontab, "crontab -l of the EPOS till bridge Pi (environment line)"),
    ("grinder_micropython_config_py", "upper", JSONBAD, T_grinder_micropython_config_py, "MicroPython config.py on the nib grinder's ESP32 logger"),
    ("shop_router_openwrt_uci", "snake", "'\\", T_shop_router_openwrt_uci, "OpenWrt UCI config file of the shop router (custom package)"),
    ("shop_laravel_dotenv", "upper", "#\"'$\\ ", T_shop_laravel_dotenv, "Laravel .env of Marbury's web shop"),
    ("repairs_rails_credentials_show", "snake", "#'\"\\ ", T_repairs_rails_credentials_show, "terminal capture of bin/rails credentials:show on the repair site"),
    ("stock_odoo_conf", "snake", "%;#", T_stock_odoo_conf, "Odoo server odoo.conf [options] of Marbury's stock system"),
    ("shop_prestashop_parameters_php", "snake", "'\\", T_shop_prestashop_parameters_php, "PrestaShop app/config/parameters.php of the archived old shop"),
    ("repairs_ghost_config_json", "camel", JSONBAD, T_repairs_ghost_config_json, "Ghost config.production.json of the repair journal blog"),
    ("booking_spring_properties", "dot", "\\$", T_booking_spring_properties, "Spring Boot application-prod.properties of the pen-clinic booking service"),
    ("ledger_rocket_toml", "snake", JSONBAD, T_ledger_rocket_toml, "Rocket.toml of the Rust parts-ledger service"),
    ("shop_phoenix_runtime_exs", "snake", "\"\\#", T_shop_phoenix_runtime_exs, "Elixir config/runtime.exs of the letterpress-card ordering app"),
    ("repairs_aspnet_web_config", "pascal", XMLBAD, T_repairs_aspnet_web_config, "ASP.NET web.config appSettings of the postroom label service"),
    ("ink_app_expo_app_json", "camel", JSONBAD, T_ink_app_expo_app_json, "Expo app.json extra block of the ink-bar app"),
    ("office_libreoffice_basic_module", "pascal", "\"", T_office_libreoffice_basic_module, "LibreOffice Basic module (Const) in the parts price list"),
    ("shop_netlify_toml", "upper", JSONBAD, T_shop_netlify_toml, "netlify.toml [build.environment] of the shop's static front"),
    ("shop_firebase_runtimeconfig_json", "snake", JSONBAD, T_shop_firebase_runtimeconfig_json, "terminal capture of firebase functions:config:get into .runtimeconfig.json"),
    ("inventory_dotnet_appsettings_json", "pascal", JSONBAD, T_inventory_dotnet_appsettings_json, ".NET appsettings.Production.json of the inventory sync"),
    ("repairs_flask_instance_config_py", "upper", "'\\", T_repairs_flask_instance_config_py, "Flask instance/config.py of the postroom label app"),
    ("ops_fish_history", "upper", " '\"\\$;|&()<>*?~{}[]#%^", T_ops_fish_history, "fish shell history file (~/.local/share/fish/fish_history)"),
    ("ops_powershell_history", "upper", "'", T_ops_powershell_history, "PowerShell PSReadLine ConsoleHost_history.txt on the grinding bench PC"),
    ("ops_docker_compose_override", "upper", "\"\\$", T_ops_docker_compose_override, "docker-compose.override.yml environment of the tracker"),
    ("ops_nomad_jobspec_hcl", "upper", "\"\\$%", T_ops_nomad_jobspec_hcl, "Nomad jobspec env block of the till bridge"),
    ("ops_puppet_hiera_yaml", "nsnake", "'%", T_ops_puppet_hiera_yaml, "Puppet Hiera common.yaml (namespaced profile keys)"),
    ("ops_jenkinsfile_environment", "upper", "'\\", T_ops_jenkinsfile_environment, "Jenkinsfile environment block of the repair-site deploy"),
    ("ops_circleci_config_yml", "upper", JSONBAD, T_ops_circleci_config_yml, "CircleCI .circleci/config.yml job environment"),
    ("ops_journalctl_log", "snake", " ", T_ops_journalctl_log, "journalctl output of the intake kiosk service (config logged at start)"),
    ("ops_tcpdump_form_post", "snake", "!+^=:/$%", T_ops_tcpdump_form_post, "tcpdump -A capture of a form POST to Odoo (value in the urlencoded body)"),
    ("ops_sentry_event_json", "snake", JSONBAD, T_ops_sentry_event_json, "Sentry event JSON with an extra context block"),
    ("ops_terraform_plan_output", "snake", "\"\\$%", T_ops_terraform_plan_output, "terraform plan output updating a Nomad variable"),
    ("ops_k8s_configmap_manifest", "upper", JSONBAD, T_ops_k8s_configmap_manifest, "Kubernetes ConfigMap manifest of the tracker (value where it does not belong)"),
    ("office_mattermost_export_jsonl", "spaced", JSONBAD, T_office_mattermost_export_jsonl, "Mattermost bulk export JSONL (a post in the ops channel)"),
    ("office_rtf_handover_letter", "spaced", "\\{}", T_office_rtf_handover_letter, "RTF handover letter to a new bench hand"),
    ("office_confluence_storage_xhtml", "spaced", XMLBAD, T_office_confluence_storage_xhtml, "Confluence storage-format XHTML page of the postroom"),
    ("office_evernote_enex", "spaced", XMLBAD + "]", T_office_evernote_enex, "Evernote ENEX export of a shop note (ENML in CDATA)"),
    ("office_escpos_receipt_stream", "spaced", "", T_office_escpos_receipt_stream, "ESC/POS stream sent to the till printer (a supervisor note printed on a receipt)"),
    ("office_todoist_backup_csv", "spaced", "\"", T_office_todoist_backup_csv, "Todoist project backup CSV"),
    ("dev_har_request_header", "header", JSONBAD, T_dev_har_request_header, "HAR file saved from the browser dev tools (custom request header)"),
    ("dev_bruno_environment_bru", "snake", "{}", T_dev_bruno_environment_bru, "Bruno API client environment .bru file"),
    ("dev_pytest_failure_output", "snake", "'\\", T_dev_pytest_failure_output, "pytest failure output printing a settings dict"),
    ("dev_sql_seed_migration", "snake", "'", T_dev_sql_seed_migration, "SQL seed migration inserting an app setting"),
]
KIND_NAMES = [k[0] for k in KINDS]
KIND_STYLE = {k[0]: k[1] for k in KINDS}
KIND_BAD = {k[0]: k[2] for k in KINDS}
KIND_BUILD = {k[0]: k[3] for k in KINDS}
KIND_DESC = {k[0]: k[4] for k in KINDS}
JSON_KINDS = ["ink_bar_chrome_policy_json", "repairs_ghost_config_json", "ink_app_expo_app_json",
              "inventory_dotnet_appsettings_json", "ops_sentry_event_json", "dev_har_request_header"]
XML_KINDS = ["grind_bench_unattend_xml", "repairs_aspnet_web_config", "office_evernote_enex"]
TOML_KINDS = ["ledger_rocket_toml", "shop_netlify_toml"]


def compatible(tname, kind):
    bad = KIND_BAD[kind]
    req = REQUIRED[TYPE_KIND[tname]]
    if any(ch in bad for ch in req):
        return False
    if TYPE_KIND[tname] == "pw" and all(j in bad for j in C.JOIN_WIDE):
        return False
    return True


def pairing():
    """kinds in a seeded order; slot s (kind s//4) takes type perm[(s + 5*(s//12)) % 12]; the seeded
    permutation is redrawn until every kind can hold its four types."""
    rng = random.Random(C.SEEDS["everyday_pairing"])
    kinds = KIND_NAMES[:]
    for attempt in range(5000):
        rng.shuffle(kinds)
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        out = []
        ok = True
        for i, kind in enumerate(kinds):
            ts = [perm[(s + 5 * (s // 12)) % 12] for s in range(4 * i, 4 * i + 4)]
            if not all(compatible(t, kind) for t in ts):
                ok = False
                break
            out.append((kind, ts))
        if ok:
            return out
    raise RuntimeError("no compatible pairing")


def build(reg):
    C.ED448_KEYS[ED_KID] = ed448_pub()
    vrng = random.Random(C.SEEDS["everyday_values"])
    crng = random.Random(C.SEEDS["everyday_pairing"] + 7)
    recs = []
    for kind, ts in pairing():
        for tname in ts:
            bad = KIND_BAD[kind]
            joiners = "".join(j for j in C.JOIN_WIDE if j not in bad)
            K = _k(kind, TYPE_WORDS[tname], tname)
            tmpl = KIND_BUILD[kind](K, crng)
            for _ in range(2000):
                v = make_value(tname, vrng, joiners)
                if any(ch in bad for ch in v):
                    continue
                text, s, e = C.place(tmpl, v)
                if text.count(v) != 1 or [x for x in C.PW_FORM_ANY_RE.findall(text) if x != v]:
                    continue
                if not reg.add(v):
                    continue
                break
            else:
                raise RuntimeError("no value for %s in %s" % (tname, kind))
            recs.append({"type": tname, "container": kind, "text": text,
                         "secrets": [{"value": v, "start": s, "end": e, "type": tname}], "source": "everyday"})
    return recs
