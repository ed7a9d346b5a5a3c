"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import random

import common273 as C
import world273 as W

M = C.MARK

# ---------------------------------------------------------------- types
TYPES = [
    # name, key words, description, kind of value
    ("hair_dye_dispenser_supervisor_password", ["dye", "dispenser", "supervisor", "password"],
     "owner-chosen supervisor login of the hair-colour dispensing machine at Thistlecombe (shade recipes, grams per pump)", "pw"),
    ("knotting_room_kiosk_password", ["knotting", "kiosk", "password"],
     "owner-chosen password of the tablet kiosks in Thistlecombe's knotting room (work tickets per wig)", "pw"),
    ("silicone_meter_mix_hmi_password", ["meter", "mix", "hmi", "password"],
     "owner-chosen engineer password of the HMI on Mandrake's silicone meter-mix dispenser (ratio, shot size)", "pw"),
    ("degassing_chamber_controller_password", ["degassing", "chamber", "password"],
     "owner-chosen admin password of the web page of Mandrake's vacuum degassing chamber controller", "pw"),
    ("makeup_trailer_router_admin_password", ["trailer", "router", "admin", "password"],
     "owner-chosen admin password of the 4G router in Gaslight's make-up trailers", "pw"),
    ("wig_clinic_booking_desk_password", ["clinic", "desk", "password"],
     "owner-chosen login of the booking desk of Thistlecombe's medical wig clinic", "pw"),
    ("head_scanner_inet16_licence_key", ["head", "scanner", "licence", "key"],
     "licence key of the capture software on Mandrake's 3D head scanner (layout invented): `HSL-` + five groups "
     "of four upper-case hex digits (10 bytes) + `-` + four upper-case hex digits of the real RFC 1071 Internet "
     "checksum of those 10 bytes (16-bit big-endian words, ones' complement sum with end-around carry, then "
     "complemented, so all six words sum to FFFF)", "hsl"),
    ("tag_printer_cpf11_activation_code", ["tag", "printer", "activation", "code"],
     "activation code of the RFID tag printer in Gaslight's kit store (layout invented): `TAG-` + nine digits "
     "grouped 3.3.3 + `-` + two check digits computed with the Brazilian CPF rule (first digit: weights 10..2, "
     "sum x 10 mod 11, 10 read as 0; second digit: weights 11..2 over the nine digits and the first check digit)", "tag"),
    ("print_farm_sm3_api_token", ["print", "farm", "api", "token"],
     "API token of Mandrake's print-farm job service (layout invented): `mfx_` + 32 base62 + `_` + 8 lower-case "
     "hex = the first four bytes of the real SM3 digest (GB/T 32905, written by hand) of the 32 body characters", "mfx"),
    ("booking_django_secret_key", ["booking", "secret", "key"],
     "Django SECRET_KEY of the fittings booking site: 50 characters of Django's get_random_secret_key alphabet "
     "(a-z 0-9 !@#$%^&*(-_=+)), minus the characters the container cannot hold literally", "django"),
    ("stock_admin_flask_session_cookie", ["stock", "admin", "session", "cookie"],
     "admin session cookie of the stock service (Flask-Login): a real itsdangerous timed signature - payload "
     "(compact JSON, zlib-compressed with a leading `.` when shorter) + `.` + timestamp + `.` + HMAC-SHA1 under a "
     "key derived from the app's secret key with the salt `cookie-session`; base64url without padding", "flask"),
    ("k3s_cluster_join_token", ["cluster", "join", "token"],
     "join token of Ventilate's k3s cluster in the secure format: `K10` + 64 lower-case hex (SHA-256 of the "
     "cluster CA bundle, a stand-in byte string kept in memory) + `::server:` + 32 lower-case hex", "k3s"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_BY = {t[0]: t for t in TYPES}


class Keys:
    """Discarded keys kept in memory for the checks."""

    def __init__(self):
        self.flask = {}
        self.k3s_ca = {}


def gen_value(kind, rng, forbid, keys):
    if kind == "pw":
        return W.password(rng, W.JOIN_WIDE, 0.45, forbid)
    if kind == "hsl":
        b = C.rbytes(rng, 10)
        ck = C.inet16(b)
        h = b.hex().upper()
        return "HSL-" + "-".join(h[i:i + 4] for i in range(0, 20, 4)) + f"-{ck:04X}"
    if kind == "tag":
        nine = "".join(rng.choice(C.DIGITS) for _ in range(9))
        return f"TAG-{nine[:3]}.{nine[3:6]}.{nine[6:]}-{C.cpf_digits(nine)}"
    if kind == "mfx":
        body = C.rs(rng, C.ALNUM, 32)
        return f"mfx_{body}_{C.sm3(body.encode())[:4].hex()}"
    if kind == "django":
        alpha = "".join(c for c in C.DJANGO_ALPHABET if c not in forbid)
        while True:
            v = C.rs(rng, alpha, 50)
            if len(set(v)) >= 20:
                return v
    if kind == "flask":
        sk = C.rbytes(rng, 24)
        obj = {"_fresh": True, "_user_id": str(rng.randint(2, 40)), "csrf_token": C.rs(rng, C.HEX, 40)}
        ts = rng.randint(1_735_700_000, 1_767_000_000)
        v = C.flask_cookie(obj, sk, ts)
        keys.flask[v] = sk
        return v
    if kind == "k3s":
        ca = b"-----stand-in CA bundle-----" + C.rbytes(rng, 96)
        import hashlib
        v = "K10" + hashlib.sha256(ca).hexdigest() + "::server:" + C.rs(rng, C.HEX, 32)
        keys.k3s_ca[v] = ca
        return v
    raise ValueError(kind)


def check_value(tname, v, keys):
    import hashlib
    import re
    kind = TYPE_BY[tname][3]
    if kind == "pw":
        return W.is_password(v)
    if kind == "hsl":
        m = re.fullmatch(r"HSL-((?:[0-9A-F]{4}-){5})([0-9A-F]{4})", v)
        return bool(m) and C.inet16_ok(bytes.fromhex(m.group(1).replace("-", "") + m.group(2)))
    if kind == "tag":
        m = re.fullmatch(r"TAG-(\d{3})\.(\d{3})\.(\d{3})-(\d{2})", v)
        return bool(m) and C.cpf_digits("".join(m.groups()[:3])) == m.group(4)
    if kind == "mfx":
        m = re.fullmatch(r"mfx_([A-Za-z0-9]{32})_([0-9a-f]{8})", v)
        return bool(m) and C.sm3(m.group(1).encode())[:4].hex() == m.group(2)
    if kind == "django":
        return len(v) == 50 and all(c in C.DJANGO_ALPHABET for c in v) and len(set(v)) >= 5
    if kind == "flask":
        return v in keys.flask and C.flask_cookie_verify(v, keys.flask[v])
    if kind == "k3s":
        m = re.fullmatch(r"K10([0-9a-f]{64})::server:[0-9a-f]{32}", v)
        return bool(m) and v in keys.k3s_ca and hashlib.sha256(keys.k3s_ca[v]).hexdigest() == m.group(1)
    return False


# ---------------------------------------------------------------- container kinds
def _host(rng):
    return rng.choice(W.HOSTS)


def _ip(rng):
    return f"10.73.{rng.randint(1, 40)}.{rng.randint(2, 250)}"


def k_reg(k, r):
    return ("Windows Registry Editor Version 5.00\r\n\r\n"
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\ChromaDose\\Dispenser]\r\n"
            f"\"StationName\"=\"THISTLE-DYE-{r.randint(1, 4)}\"\r\n"
            f"\"ComPort\"=\"COM{r.randint(3, 9)}\"\r\n"
            "\"ShadeLibrary\"=\"D:\\\\Shades\\\\2025\"\r\n"
            f"\"{k}\"=\"{M}\"\r\n"
            f"\"PumpCalibration\"=dword:{r.randint(100, 999):08x}\r\n")


def k_arduino(k, r):
    return ("// arduino_secrets.h - degassing chamber controller (Opta)\n"
            "#pragma once\n"
            f"#define SECRET_WIFI_SSID \"mandrake-workshop\"\n"
            f"#define SECRET_{k} \"{M}\"\n"
            f"#define VACUUM_TARGET_MBAR {r.randint(20, 60)}\n")


def k_pio(k, r):
    return ("; PlatformIO project - curing oven B controller\n"
            "[env:oven_b]\n"
            "platform = espressif32\n"
            "board = esp32dev\n"
            "framework = arduino\n"
            "monitor_speed = 115200\n"
            "build_flags =\n"
            f"    -D OVEN_SETPOINT_MAX={r.choice([90, 100, 120])}\n"
            f"    '-D {k}=\"{M}\"'\n")


def k_octoprint(k, r):
    return ("accessControl:\n  autologinLocal: false\n"
            "api:\n  allowCrossOrigin: false\n"
            "plugins:\n"
            "  _disabled:\n  - tracking\n"
            "  mandrake_jobs:\n"
            f"    server: https://printfarm.mandrake-fx.example\n"
            f"    {k}: '{M}'\n"
            "serial:\n  port: /dev/ttyACM0\n  baudrate: 115200\n")


def k_moonraker(k, r):
    return ("[server]\nhost: 0.0.0.0\nport: 7125\n\n"
            "[authorization]\ncors_domains:\n  *.mandrake-fx.example\n\n"
            "[mandrake_sync]\n"
            f"endpoint: https://printfarm.mandrake-fx.example/api/v1\n"
            f"{k}: {M}\n")


def k_winini(k, r):
    return ("[Capture]\n"
            f"CameraCount={r.choice([8, 12, 16])}\n"
            "Turntable=COM4\n"
            "OutputFolder=E:\\Scans\n\n"
            "[Licence]\n"
            f"Owner=Mandrake Prosthetics\n"
            f"{k}={M}\n")


def k_telegraf(k, r):
    return ("[agent]\n  interval = \"60s\"\n\n"
            "[[inputs.modbus]]\n  name = \"hair_store\"\n  controller = \"tcp://" + _ip(r) + ":502\"\n\n"
            "[[outputs.http]]\n  url = \"https://stock.ventilate.example/telemetry\"\n"
            "  data_format = \"json\"\n"
            f"  [outputs.http.headers]\n    X-Store = \"thistlecombe\"\n"
            f"  [outputs.http.tags]\n    {k} = \"{M}\"\n")


def k_openhab(k, r):
    return ("Bridge mqtt:broker:workshop \"Workshop broker\" [ host=\"" + _ip(r) + "\", secure=false ]\n"
            "{\n"
            "    Thing topic chamber \"Degassing chamber\" {\n"
            "    Channels:\n"
            "        Type number : vacuum \"Vacuum\" [ stateTopic=\"chamber/vacuum\" ]\n"
            "    }\n"
            "}\n"
            f"Thing http:url:chamberweb \"Chamber web\" [ baseURL=\"http://{_ip(r)}/\", {k}=\"{M}\", refresh=30 ]\n")


def k_cloudinit(k, r):
    return ("#cloud-config\nhostname: trailer3-minipc\n"
            "write_files:\n"
            "  - path: /etc/gaslight/trailer.env\n"
            "    permissions: '0600'\n"
            "    content: |\n"
            f"      trailer_name=trailer{r.randint(1, 3)}\n"
            f"      {k}={M}\n"
            "runcmd:\n  - systemctl restart trailer-sync\n")


def k_systemd(k, r):
    return ("[Unit]\nDescription=Knotting room kiosk bridge\nAfter=network-online.target\n\n"
            "[Service]\nUser=kiosk\n"
            "Environment=\"KIOSK_STATION=knotting-2\"\n"
            f"Environment=\"{k}={M}\"\n"
            "ExecStart=/opt/kiosk/bin/bridge\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n")


def k_pm2(k, r):
    return ("module.exports = {\n  apps: [{\n    name: 'printfarm-worker',\n"
            "    script: './dist/worker.js',\n    instances: 2,\n    env_production: {\n"
            "      NODE_ENV: 'production',\n"
            f"      {k}: '{M}',\n"
            "    },\n  }],\n};\n")


def k_django(k, r):
    return ("from pathlib import Path\n\nBASE_DIR = Path(__file__).resolve().parent.parent\n"
            "DEBUG = False\n"
            "ALLOWED_HOSTS = ['book.ventilate.example']\n\n"
            f"{k} = '{M}'\n\n"
            "TIME_ZONE = 'Europe/London'\n")


def k_nuxt(k, r):
    return ("export default defineNuxtConfig({\n  ssr: true,\n  runtimeConfig: {\n"
            f"    {k}: '{M}',\n"
            "    public: {\n      shopBase: 'https://shop.thistlecombe-wigs.example',\n    },\n  },\n})\n")


def _jdump(obj):
    import json
    return json.dumps(obj, indent=2, ensure_ascii=False)


def k_expo(k, r):
    t = _jdump({"expo": {"name": "Gaslight Call", "slug": "gaslight-call", "version": f"2.{r.randint(0, 9)}.0",
                         "extra": {"apiBase": "https://kit.gaslight-hmu.example", k: "@@V@@"}}})
    return t.replace("@@V@@", M)


def k_xcconfig(k, r):
    return ("// Release.xcconfig - Gaslight Call\n"
            "PRODUCT_BUNDLE_IDENTIFIER = example.gaslight.call\n"
            f"MARKETING_VERSION = 2.{r.randint(0, 9)}\n"
            f"{k} = {M}\n")


def k_usersecrets(k, r):
    t = _jdump({"ConnectionStrings:Stock": "Host=" + _ip(r) + ";Database=stock;Username=stock_app",
                "Stock:" + k: "@@V@@"})
    return t.replace("@@V@@", M)


def k_quarkus(k, r):
    return ("quarkus.http.port=8080\n"
            "quarkus.datasource.db-kind=postgresql\n"
            "quarkus.datasource.username=fittings\n"
            f"thistlecombe.{k}={M}\n"
            "thistlecombe.clinic.open-days=MON,WED,FRI\n")


def k_presta(k, r):
    return ("<?php return array (\n  'parameters' =>\n  array (\n"
            "    'database_host' => '" + _ip(r) + "',\n"
            "    'database_name' => 'wigshop',\n"
            f"    '{k}' => '{M}',\n"
            "    'locale' => 'en-GB',\n  ),\n);\n")


def k_dolibarr(k, r):
    return ("<?php\n$dolibarr_main_url_root='https://accounts.thistlecombe-wigs.example';\n"
            "$dolibarr_main_db_type='mysqli';\n"
            f"$dolibarr_{k}='{M}';\n"
            "$dolibarr_main_prod='1';\n")


def k_ghost(k, r):
    t = _jdump({"url": "https://journal.thistlecombe-wigs.example", "server": {"port": 2368, "host": "127.0.0.1"},
                "mail": {"transport": "Direct"}, "custom": {k: "@@V@@"}})
    return t.replace("@@V@@", M)


def k_dbt(k, r):
    return ("wigstock:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n"
            "      host: " + _ip(r) + "\n      port: 5432\n      dbname: stock\n      schema: marts\n"
            "      threads: 4\n"
            f"      {k}: '{M}'\n")


def k_hocr(k, r):
    return ("<div class='ocr_page' id='page_1' title='image \"IMG_" + str(r.randint(1000, 9999)) + ".jpg\"; bbox 0 0 3024 4032'>\n"
            " <span class='ocr_line' id='line_1_1' title='bbox 212 480 2790 610'>\n"
            + "".join(f"  <span class='ocrx_word' title='bbox {200 + 300 * i} 480 {480 + 300 * i} 600; x_wconf {r.randint(80, 96)}'>{w}</span>\n"
                      for i, w in enumerate(k.split()))
            + " </span>\n"
            " <span class='ocr_line' id='line_1_2' title='bbox 212 700 2790 830'>\n"
            f"  <span class='ocrx_word' title='bbox 240 700 2200 830; x_wconf {r.randint(70, 92)}'>{M}</span>\n"
            " </span>\n</div>\n")


def k_phpunit(k, r):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<phpunit bootstrap=\"vendor/autoload.php\" colors=\"true\">\n"
            "  <php>\n    <env name=\"APP_ENV\" value=\"testing\"/>\n"
            f"    <env name=\"{k}\" value=\"{M}\"/>\n"
            "  </php>\n</phpunit>\n")


def k_maven(k, r):
    return ("<settings xmlns=\"http://maven.apache.org/SETTINGS/1.0.0\">\n  <profiles>\n    <profile>\n"
            "      <id>fittings-prod</id>\n      <properties>\n"
            "        <fittingsBaseUrl>https://book.ventilate.example</fittingsBaseUrl>\n"
            f"        <{k}>{M}</{k}>\n"
            "      </properties>\n    </profile>\n  </profiles>\n</settings>\n")


def k_inventory(k, r):
    return ("[workshop]\n"
            f"scanner ansible_host={_ip(r)} ansible_user=mandrake\n"
            f"oven-a ansible_host={_ip(r)} ansible_user=mandrake {k}={M}\n\n"
            "[workshop:vars]\nansible_python_interpreter=/usr/bin/python3\n")


def k_salt(k, r):
    return ("trailer:\n  name: trailer" + str(r.randint(1, 3)) + "\n  apn: mobile.example\n"
            f"  {k}: '{M}'\n")


def k_chef(k, r):
    t = _jdump({"id": "mandrake_devices", "oven_a": {"address": _ip(r)}, k: "@@V@@"})
    return t.replace("@@V@@", M)


def k_tfvars(k, r):
    return ("region        = \"eu-west-2\"\n"
            "cluster_name  = \"ventilate-k3s\"\n"
            f"{k} = \"{M}\"\n")


def k_k3s(k, r):
    return ("write-kubeconfig-mode: '0644'\n"
            "tls-san:\n  - k3s-1.ventilate.example\n"
            "node-label:\n  - 'site=ventilate'\n"
            f"{k}: '{M}'\n")


def k_borgmatic(k, r):
    return ("source_directories:\n  - /srv/stock\n  - /srv/booking\n"
            "repositories:\n  - path: ssh://borg@backup.ventilate.example/./stock\n    label: offsite\n"
            f"{k}: '{M}'\n"
            "keep_daily: 7\nkeep_weekly: 4\n")


def k_woodpecker(k, r):
    return ("when:\n  - event: push\n    branch: main\n\nsteps:\n  - name: deploy\n"
            "    image: alpine:3.20\n    environment:\n"
            "      TARGET: k3s-1.ventilate.example\n"
            f"      {k}: '{M}'\n"
            "    commands:\n      - ./deploy.sh\n")


def k_alertmanager(k, r):
    return ("route:\n  receiver: ops\nreceivers:\n  - name: ops\n    webhook_configs:\n"
            "      - url: https://hooks.ventilate.example/alerts\n"
            f"        http_config:\n          headers:\n            {k}: '{M}'\n")


def k_fluentbit(k, r):
    return ("[INPUT]\n    Name        tail\n    Path        /var/log/oven/*.log\n\n"
            "[OUTPUT]\n    Name        http\n    Match       *\n    Host        logs.ventilate.example\n"
            "    Port        443\n    tls         On\n"
            f"    Header      {k} {M}\n")


def k_discord(k, r):
    t = _jdump({"guild": {"name": "Mandrake workshop"}, "channel": {"name": "printers"},
                "messages": [{"id": str(r.randint(10**17, 10**18)), "type": "Default",
                              "timestamp": f"2025-0{r.randint(1, 9)}-1{r.randint(0, 9)}T09:{r.randint(10, 59)}:00+00:00",
                              "author": {"name": r.choice(W.FIRST).lower()},
                              "content": f"{k} is @@V@@ - do not paste it in #general"}]})
    return t.replace("@@V@@", M)


def k_vscode(k, r):
    t = _jdump({"version": "0.2.0", "configurations": [{"name": "stock: debug", "type": "debugpy", "request": "launch",
                                                         "module": "stock", "env": {"STOCK_ENV": "dev", k: "@@V@@"}}]})
    return t.replace("@@V@@", M)


def k_sftpcfg(k, r):
    t = _jdump({"type": "sftp", "host": "shop.thistlecombe-wigs.example", "user": "deploy",
                "remote_path": "/srv/shop/current", "upload_on_save": True, k: "@@V@@"})
    return t.replace("@@V@@", M)


def k_psreadline(k, r):
    return ("cd C:\\src\\stock\n"
            f"$env:{k} = '{M}'\n"
            "dotnet run --project Stock.Api\n")


def k_fish(k, r):
    return ("- cmd: cd ~/src/printfarm\n  when: " + str(r.randint(1735700000, 1767000000)) + "\n"
            f"- cmd: set -gx {k} {M}\n  when: " + str(r.randint(1735700000, 1767000000)) + "\n"
            "- cmd: npm run worker\n  when: " + str(r.randint(1735700000, 1767000000)) + "\n")


def k_asciinema(k, r):
    import json
    head = json.dumps({"version": 2, "width": 120, "height": 32, "timestamp": r.randint(1735700000, 1767000000),
                       "env": {"SHELL": "/bin/bash", "TERM": "xterm-256color"}})
    line = json.dumps([round(r.uniform(1, 9), 6), "o", f"export {k}='@@V@@'\r\n"])
    return (head + "\n" + json.dumps([0.41, "o", "$ "]) + "\n" + line.replace("@@V@@", M) + "\n"
            + json.dumps([round(r.uniform(10, 20), 6), "o", "$ ./sync-kit.sh\r\n"]) + "\n")


def k_callsheet(k, r):
    return ("GASLIGHT HAIR & MAKE-UP            CALL SHEET  Day " + str(r.randint(2, 30)) + "\n"
            "Unit base: Hall 3 car park          Crew call 06:30\n\n"
            "HMU trailer 3       Lead: " + r.choice(W.PEOPLE) + "\n"
            f"  {k}: {M}\n"
            "  Wig fittings 07:15-08:00   Prosthetic app 05:45 (2 artists)\n")


def k_ics(k, r):
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Thistlecombe//Clinic//EN\r\nBEGIN:VEVENT\r\n"
            f"UID:{C.uuid4(r)}@clinic.thistlecombe-wigs.example\r\n"
            f"DTSTART:2025{r.randint(10, 12)}{r.randint(10, 28)}T1{r.randint(0, 6)}0000Z\r\n"
            "SUMMARY:Wig fitting (medical)\r\n"
            f"DESCRIPTION:front desk note - {k} {M}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


def k_xmp(k, r):
    return ("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
            " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n  <rdf:Description rdf:about=\"\">\n"
            "   <dc:description>\n    <rdf:Alt>\n"
            f"     <rdf:li xml:lang=\"x-default\">continuity sc{r.randint(10, 99)} - {k} {M}</rdf:li>\n"
            "    </rdf:Alt>\n   </dc:description>\n  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n")


def k_ods(k, r):
    return ("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>"
            "<table:table table:name=\"Kit\"><table:table-row>"
            "<table:table-cell><text:p>Item</text:p></table:table-cell>"
            "<table:table-cell><text:p>Value</text:p></table:table-cell></table:table-row>"
            "<table:table-row><table:table-cell><text:p>Tag reels</text:p></table:table-cell>"
            f"<table:table-cell><text:p>{r.randint(2, 9)}</text:p></table:table-cell></table:table-row>"
            f"<table:table-row><table:table-cell><text:p>{k}</text:p></table:table-cell>"
            f"<table:table-cell><text:p>{M}</text:p></table:table-cell></table:table-row>"
            "</table:table></office:spreadsheet></office:body></office:document-content>\n")


def k_redmine(k, r):
    return ("h3. Kiosk swap - knotting room\n\n"
            "* New tablet mounted by bench " + str(r.randint(1, 8)) + "\n"
            f"* {k}: @{M}@\n"
            "* Old tablet wiped, returned to " + r.choice(W.FIRST) + "\n")


def k_mbox(k, r):
    who = r.choice(W.PEOPLE)
    return ("From " + who.split()[0].lower() + "@gaslight-hmu.example  Tue Oct 14 08:12:44 2025\n"
            f"From: {who} <{who.split()[0].lower()}@gaslight-hmu.example>\n"
            "To: trailers@gaslight-hmu.example\n"
            "Subject: the code you asked for\n"
            f"Message-ID: <{C.uuid4(r)}@gaslight-hmu.example>\n"
            "Content-Type: text/plain; charset=utf-8\n\n"
            f"Morning all, after the reset the {k} is {M}\n"
            "Please keep it off the call sheet.\n")


KINDS = [
    # name, style, forbidden characters, parse format, template, description
    ("dye_dispenser_windows_reg_export", "pascal", "\"\\", None, k_reg,
     "Windows Registry Editor export (.reg) of the dye dispenser PC's settings"),
    ("degassing_chamber_arduino_secrets_h", "upper", "\"\\", None, k_arduino,
     "arduino_secrets.h of the degassing chamber controller"),
    ("curing_oven_platformio_ini", "upper", "\"'\\;#$ ", None, k_pio,
     "platformio.ini build_flags of the curing oven controller firmware"),
    ("resin_printer_octoprint_config_yaml", "snake", "'", "yaml", k_octoprint,
     "OctoPrint config.yaml plugin settings on the resin printer's Pi"),
    ("fdm_printer_moonraker_conf", "snake", "#;{}% ", None, k_moonraker,
     "moonraker.conf custom section on the Klipper printer"),
    ("head_scanner_capture_ini", "pascal", ";", None, k_winini,
     "Windows INI of the head scanner's capture application"),
    ("hair_store_telegraf_conf", "snake", "\"\\$", None, k_telegraf,
     "Telegraf TOML of the hair store's humidity logger gateway (tag value)"),
    ("workshop_openhab_things_file", "camel", "\"\\", None, k_openhab,
     "openHAB .things file of the workshop (Thing parameter)"),
    ("trailer_minipc_cloud_init_user_data", "snake", "", "yaml", k_cloudinit,
     "cloud-init user-data of the trailer mini PC (write_files content)"),
    ("kiosk_systemd_unit_environment", "upper", "\"\\%$", None, k_systemd,
     "systemd unit of the kiosk bridge (Environment= line)"),
    ("print_farm_pm2_ecosystem_config_js", "upper", "'\\", None, k_pm2,
     "pm2 ecosystem.config.js of the print-farm worker"),
    ("booking_django_settings_py", "upper", "'\\", None, k_django,
     "Django settings.py of the fittings booking site"),
    ("shop_nuxt_config_ts", "camel", "'\\", None, k_nuxt,
     "nuxt.config.ts runtimeConfig of the wig-care shop"),
    ("client_app_expo_app_json", "camel", "\"\\", "json", k_expo,
     "Expo app.json extra block of the crew app"),
    ("client_app_ios_release_xcconfig", "upper", "/$\"", None, k_xcconfig,
     "iOS Release.xcconfig of the crew app"),
    ("stock_dotnet_user_secrets_json", "pascal", "\"\\", "json", k_usersecrets,
     ".NET user-secrets secrets.json of the stock API"),
    ("fittings_quarkus_application_properties", "kebab", "\\$", None, k_quarkus,
     "Quarkus application.properties of the fittings service"),
    ("wigshop_prestashop_parameters_php", "snake", "'\\", None, k_presta,
     "PrestaShop app/config/parameters.php of the wig-care shop"),
    ("accounts_dolibarr_conf_php", "snake", "'\\", None, k_dolibarr,
     "Dolibarr conf.php of the accounts system"),
    ("blog_ghost_config_production_json", "camel", "\"\\", "json", k_ghost,
     "Ghost config.production.json of the wig journal blog"),
    ("analytics_dbt_profiles_yml", "snake", "'{", "yaml", k_dbt,
     "dbt profiles.yml of the stock analytics"),
    ("office_sticky_note_photo_hocr", "spaced", "&<>\"' ", "xml", k_hocr,
     "hOCR output of tesseract run on a photo of a sticky note"),
    ("booking_phpunit_xml_dist", "upper", "&<>\"'", "xml", k_phpunit,
     "phpunit.xml.dist of the booking plugin (env element)"),
    ("fittings_maven_settings_xml", "camel", "&<>$", "xml", k_maven,
     "Maven settings.xml profile properties"),
    ("ops_ansible_inventory_ini", "snake", "'\"#;\\ {", None, k_inventory,
     "Ansible inventory INI host line"),
    ("ops_salt_pillar_sls", "snake", "'{%", "yaml", k_salt,
     "Salt pillar .sls of the trailer minions"),
    ("ops_chef_data_bag_json", "snake", "\"\\", "json", k_chef,
     "Chef data bag item JSON"),
    ("ops_terraform_tfvars", "snake", "\"\\$%", None, k_tfvars,
     "terraform.tfvars of the k3s stack"),
    ("ops_k3s_config_yaml", "kebab", "'", "yaml", k_k3s,
     "/etc/rancher/k3s/config.yaml"),
    ("ops_borgmatic_config_yaml", "snake", "'{$", "yaml", k_borgmatic,
     "borgmatic config.yaml of the backups"),
    ("ops_woodpecker_pipeline_yml", "upper", "'$", "yaml", k_woodpecker,
     "Woodpecker CI pipeline environment block"),
    ("ops_alertmanager_yml", "snake", "'{", "yaml", k_alertmanager,
     "Alertmanager receivers with an HTTP header"),
    ("ops_fluent_bit_conf", "pascal_snake", "$ ", None, k_fluentbit,
     "Fluent Bit classic config [OUTPUT] header line"),
    ("office_discord_chat_exporter_json", "spaced", "\"\\", "json", k_discord,
     "DiscordChatExporter JSON of the workshop server"),
    ("dev_vscode_launch_json_env", "upper", "\"\\$", "json", k_vscode,
     "VS Code launch.json env block"),
    ("dev_sublime_sftp_config_json", "snake", "\"\\", "json", k_sftpcfg,
     "Sublime SFTP sftp-config.json"),
    ("dev_powershell_psreadline_history", "upper", "'", None, k_psreadline,
     "PSReadLine ConsoleHost_history.txt of a developer"),
    ("dev_fish_history", "upper", " '\"\\$;|&<>()[]{}*?~#%", "yaml", k_fish,
     "fish_history of a developer"),
    ("dev_asciinema_cast_v2", "upper", "'\"\\", "castv2", k_asciinema,
     "asciinema .cast (v2) recording of a terminal session"),
    ("office_call_sheet_pdftotext", "spaced", "", None, k_callsheet,
     "pdftotext of a production call sheet"),
    ("office_fitting_invite_ics", "spaced", ",;\\", None, k_ics,
     "iCalendar invite of a clinic fitting (DESCRIPTION)"),
    ("office_continuity_photo_xmp_sidecar", "spaced", "&<>", "xml", k_xmp,
     "XMP sidecar of a continuity photo (dc:description)"),
    ("office_kit_list_ods_content_xml", "title", "&<>", "xml", k_ods,
     "content.xml of the kit list spreadsheet (ODS)"),
    ("office_redmine_issue_textile", "spaced", "@", None, k_redmine,
     "Redmine issue note in Textile (inline code)"),
    ("office_thunderbird_mbox_message", "spaced", "", None, k_mbox,
     "message in a Thunderbird mbox file"),
]
KIND_NAMES = [k[0] for k in KINDS]
KIND_BY = {k[0]: k for k in KINDS}


def pairing(seed=27311):
    rng = random.Random(seed)
    kinds = KIND_NAMES[:]
    rng.shuffle(kinds)
    out = []
    for b in range(15):
        block = kinds[3 * b:3 * b + 3]
        types = TYPE_NAMES[:]
        rng.shuffle(types)
        for i, kn in enumerate(block):
            for t in types[4 * i:4 * i + 4]:
                out.append((kn, t))
    return out


def build(reg, keys, seed=27301):
    rng = random.Random(seed)
    recs = []
    for kn, tn in pairing():
        _, style, forbid, fmt, tpl, _ = KIND_BY[kn]
        t = TYPE_BY[tn]
        key = C.case_key(t[1], style)
        for _ in range(200):
            v = gen_value(t[3], rng, forbid, keys)
            if any(c in forbid for c in v) or not reg.ok(v):
                continue
            text = tpl(key, rng)
            pre, post = text.split(M)
            full = pre + v + post
            if full.count(v) != 1 or W.PW_ANY_RE.search(pre + post):
                continue
            reg.add(v)
            recs.append(dict(type=tn, container=kn, text=full,
                             secrets=[dict(value=v, start=len(pre), end=len(pre) + len(v), type=tn)],
                             source="everyday"))
            break
        else:
            raise RuntimeError(f"could not place {tn} in {kn}")
    return recs
