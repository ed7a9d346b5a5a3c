"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import json
import random

import common258 as C

M = C.MARK

# type -> (key words, spoken label, description, generator kind)
TYPES = {
    "rig_logger_console_password": (["rig", "logger", "console", "password"], "rig logger console password",
                                    "owner-chosen password of the drill rig's mud-logging / data-logger console", "pw"),
    "borehole_pump_vfd_web_password": (["pump", "drive", "web", "password"], "pump drive web password",
                                       "owner-chosen web-UI password of the variable-frequency drive on a borehole pump", "pw"),
    "telemetry_rtu_engineer_password": (["rtu", "engineer", "password"], "rtu engineer password",
                                        "owner-chosen engineer password of a borehole telemetry RTU (levels, flow, pump state)", "pw"),
    "pumping_test_laptop_password": (["test", "laptop", "password"], "test laptop password",
                                     "owner-chosen password of the field laptop used for pumping tests and logger downloads", "pw"),
    "service_booking_admin_password": (["booking", "admin", "password"], "booking admin password",
                                       "owner-chosen admin password of the pump-service booking back office", "pw"),
    "uv_treatment_skid_hmi_password": (["skid", "hmi", "password"], "skid hmi password",
                                       "owner-chosen password of the UV / softener water-treatment skid HMI", "pw"),
    "rig_telemetry_xxhash32_key": (["rig", "telemetry", "key"], "rig telemetry key",
                                   "API key of the rig-telemetry hub (layout invented): `rtk_` + 32 base62 + `_` + 8 lower-case hex of the real xxHash32 (seed 0) of those 32 characters", "rtk"),
    "pump_portal_siphash_token": (["pump", "portal", "token"], "pump portal token",
                                  "API token of the pump-service customer portal (layout invented): `ppt.` + 26 lower-case alphanumerics + `.` + 16 lower-case hex of the real SipHash-2-4 of those 26 characters under the published key 00 01 .. 0f", "ppt"),
    "survey_suite_isbn10_licence_key": (["survey", "licence", "key"], "survey licence key",
                                        "licence key of the borehole-survey software suite (layout invented): `BSL-` + 9 digits in three groups of three + `-` + the real ISBN-10 weighted mod-11 check character (0-9 or X)", "bsl"),
    "field_app_ps256_jwt": (["field", "app", "jwt"], "field app jwt",
                            "service token of the crews' field app: real PS256 JWT (RSASSA-PSS, SHA-256, MGF1, 32-byte salt) under a discarded 2048-bit RSA key; header alg, typ, kid; payload iss, sub, aud, iat, exp, jti (UUIDv4)", "ps256"),
    "booking_laravel_app_key": (["app", "key"], "laravel app key",
                                "Laravel `APP_KEY` of the booking back office: `base64:` + standard Base64 of exactly 32 random bytes", "laravel"),
    "spares_shop_rails_secret_key_base": (["secret", "key", "base"], "rails secret key base",
                                          "Rails `secret_key_base` of the spares web shop: 128 lower-case hex (64 random bytes, as `bin/rails secret` prints)", "rails"),
}
TYPE_ORDER = list(TYPES)


class Ctx:
    def __init__(self, rng, words, style, label):
        self.rng = rng
        self.key = C.style_key(words, style)
        self.label = label
        self.M = M

    def person(self):
        return self.rng.choice(C.PEOPLE)

    def pname(self):
        f, l = self.person()
        return f"{f} {l}"

    def first(self):
        return self.person()[0]

    def email(self, firm):
        f, l = self.person()
        return f"{f.lower()}.{l.lower()}@{C.FIRMS[firm][1]}"

    def ip(self):
        return f"10.58.{self.rng.randrange(1, 40)}.{self.rng.randrange(2, 250)}"

    def ts(self):
        return 1710400000 + self.rng.randrange(0, 900000)

    def site(self):
        return self.rng.choice(["Hollowmead Farm BH2", "Stoke Ferris BH1", "Carrow Lane BH3", "Pellworth Dairy BH1",
                                "Ashcombe Estate BH4", "Little Brinsop BH2", "Tolland Mill BH1"])


# --------------------------------------------------------------------------- renderers
def r_crbasic(c):
    return (f"'CR1000X Series - rig 3 mud logger\n'Deepcut Drilling Ltd, job DC-24-{c.rng.randrange(100, 999)}\n"
            "Public BattV, PTemp_C\nPublic DepthM, TorqueKNm, RopMh, MudTempC\n"
            f"Const HubHost = \"rig3-hub.deepcut-drilling.example\"\nConst HubPort = 8443\n"
            f"Const {c.key} = \"{M}\"\n"
            "DataTable (Drill,True,-1)\n  DataInterval (0,10,Sec,10)\n  Average (1,DepthM,FP2,False)\n"
            "  Maximum (1,TorqueKNm,FP2,False,False)\nEndTable\n"
            "BeginProg\n  Scan (1,Sec,0,0)\n    Battery (BattV)\n    PanelTemp (PTemp_C,15000)\n    CallTable Drill\n  NextScan\nEndProg\n")


def r_uci(c):
    return ("config casingcollar 'portal'\n\toption enabled '1'\n"
            "\toption endpoint 'https://portal.hallowayreeve.example/api/v2'\n"
            f"\toption {c.key} '{M}'\n\toption interval '300'\n\toption modem 'mob1s1a1'\n\n"
            "config modbus_poll 'bh2'\n\toption slave_id '3'\n\toption register '40021'\n")


def r_circuitpy(c):
    return ("# settings.toml on the level sender (Pico W, CircuitPython 9)\n"
            "CIRCUITPY_WIFI_SSID = \"Hollowmead-Yard\"\n"
            "CIRCUITPY_WEB_API_PORT = 80\n"
            "SENSOR_OFFSET_MM = -12\n"
            f"{c.key} = \"{M}\"\n"
            "UPLOAD_URL = \"https://levels.brackwater-hydro.example/ingest\"\n")


def r_esphome(c):
    return ("substitutions:\n  device_name: pumphouse-bh2\n  friendly_name: Pump house BH2\n"
            f"  {c.key}: \"{M}\"\n\n"
            "esphome:\n  name: ${device_name}\n  friendly_name: ${friendly_name}\n\n"
            "esp32:\n  board: esp32dev\n\nsensor:\n  - platform: pulse_counter\n    pin: GPIO27\n"
            "    name: \"Borehole flow\"\n    unit_of_measurement: \"L/min\"\n")


def r_nodered(c):
    return ("module.exports = {\n    flowFile: 'flows_rtu-gw01.json',\n    uiPort: process.env.PORT || 1880,\n"
            "    logging: { console: { level: \"info\", metrics: false, audit: false } },\n"
            f"    {c.key}: \"{M}\",\n"
            "    functionGlobalContext: { site: \"Hollowmead BH2\" },\n    editorTheme: { projects: { enabled: false } }\n};\n")


def r_local_props(c):
    return ("## This file must *NOT* be checked into Version Control Systems,\n"
            "# as it contains information specific to your local configuration.\n"
            "sdk.dir=/home/henrike/Android/Sdk\n"
            f"{c.key}={M}\n"
            "rig.hub.url=https\\://rig3-hub.deepcut-drilling.example\n")


def r_dart_defines(c):
    d = {"API_BASE": "https://portal.hallowayreeve.example/api", "FLAVOR": "production",
         c.key: M, "SENTRY_ENV": "field"}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def r_expo(c):
    return ("import { ExpoConfig } from 'expo/config';\n\nconst config: ExpoConfig = {\n"
            "  name: 'H&R Field',\n  slug: 'hr-field',\n  version: '3.8.0',\n"
            "  extra: {\n    apiBase: 'https://portal.hallowayreeve.example/api',\n"
            f"    {c.key}: \"{M}\",\n  }},\n}};\n\nexport default config;\n")


def r_qgis(c):
    return ("<qgis projectname=\"BH siting - Hollowmead\" version=\"3.34.4-Prizren\">\n  <properties>\n"
            "    <Variables>\n      <variableNames type=\"QStringList\">\n"
            "        <value>project_client</value>\n        <value>survey_crs</value>\n"
            f"        <value>{c.key}</value>\n      </variableNames>\n"
            "      <variableValues type=\"QStringList\">\n        <value>Halloway &amp; Reeve</value>\n"
            f"        <value>EPSG:27700</value>\n        <value>{M}</value>\n      </variableValues>\n"
            "    </Variables>\n  </properties>\n</qgis>\n")


def r_las(c):
    return ("~Version Information\n VERS.                 2.0 :   CWLS LOG ASCII STANDARD - VERSION 2.0\n"
            " WRAP.                  NO :   ONE LINE PER DEPTH STEP\n~Well Information\n"
            " STRT.M             0.0000 :\n STOP.M            72.5000 :\n STEP.M             0.1000 :\n"
            " NULL.           -999.2500 :\n COMP.  DEEPCUT DRILLING LTD : COMPANY\n"
            f" WELL.  {c.site().upper()} : WELL\n~Curve Information\n DEPT.M          : DEPTH\n"
            " GR  .API        : NATURAL GAMMA\n RES .OHMM       : RESISTIVITY\n~Other\n"
            f" {c.label} for the logging laptop upload is {M} - remove before this goes to BGS\n"
            "~A  DEPT     GR      RES\n  0.0000  45.12  112.3\n  0.1000  46.80  109.7\n")


def r_ags(c):
    return ("\"GROUP\",\"PROJ\"\n\"HEADING\",\"PROJ_ID\",\"PROJ_NAME\",\"PROJ_LOC\",\"PROJ_CLNT\"\n"
            "\"UNIT\",\"\",\"\",\"\",\"\"\n\"TYPE\",\"ID\",\"X\",\"X\",\"X\"\n"
            "\"DATA\",\"BW-24-031\",\"Pumping test BH2\",\"Hollowmead Farm\",\"Halloway and Reeve\"\n\n"
            "\"GROUP\",\"XCFG\"\n\"HEADING\",\"XCFG_NAME\",\"XCFG_VAL\"\n\"UNIT\",\"\",\"\"\n\"TYPE\",\"X\",\"X\"\n"
            f"\"DATA\",\"{c.key}\",\"{M}\"\n")


def r_micropython(c):
    return ("# config.py - pump controller, MicroPython 1.22 on ESP32\n"
            "WIFI_SSID = \"HR-Depot\"\nMODBUS_UNIT = 3\nPRESSURE_CUT_IN_BAR = 2.2\nPRESSURE_CUT_OUT_BAR = 3.6\n"
            f"{c.key} = \"{M}\"\n"
            "TELEMETRY_URL = \"https://rtu.hallowayreeve.example/push\"\n")


def r_laravel_services(c):
    return ("<?php\n\nreturn [\n\n    'postmark' => [\n        'token' => env('POSTMARK_TOKEN'),\n    ],\n\n"
            "    'casingcollar' => [\n        'endpoint' => 'https://portal.hallowayreeve.example',\n"
            f"        '{c.key}' => '{M}',\n        'timeout' => 15,\n    ],\n\n];\n")


def r_rails_creds(c):
    return ("$ EDITOR=cat bin/rails credentials:show --environment production\n"
            "# aws:\n#   region: eu-west-2\n"
            f"{c.key}: {M}\n"
            "smtp:\n  address: smtp.hallowayreeve.example\n  port: 587\n")


def r_odoo(c):
    return ("[options]\naddons_path = /opt/odoo/addons,/opt/odoo/custom\ndata_dir = /var/lib/odoo\n"
            f"db_host = {c.ip()}\ndb_port = 5432\ndb_user = odoo_stock\nproxy_mode = True\n"
            f"{c.key} = {M}\nworkers = 4\n")


def r_joomla(c):
    return ("<?php\nclass JConfig {\n\tpublic $offline = false;\n\tpublic $sitename = 'Halloway and Reeve Pump Services';\n"
            "\tpublic $dbtype = 'mysqli';\n\tpublic $host = 'db.hallowayreeve.example';\n\tpublic $user = 'hr_web';\n"
            "\tpublic $db = 'hr_joomla';\n\tpublic $dbprefix = 'hr4_';\n"
            f"\tpublic ${c.key} = '{M}';\n\tpublic $live_site = '';\n\tpublic $list_limit = 20;\n}}\n")


def r_quarkus(c):
    return ("quarkus.http.port=8080\n%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://db.casingcollar.example:5432/portal\n"
            "%prod.quarkus.datasource.username=portal\n"
            f"%prod.casingcollar.{c.key}={M}\n"
            "%prod.quarkus.log.level=INFO\n")


def r_appsettings(c):
    d = {"Logging": {"LogLevel": {"Default": "Information"}}, "AllowedHosts": "*",
         "PumpPortal": {"BaseUrl": "https://portal.hallowayreeve.example", c.key: M, "TimeoutSeconds": 20}}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def r_phoenix(c):
    return ("import Config\n\nif config_env() == :prod do\n  config :pump_portal, PumpPortal.Repo,\n"
            "    url: System.get_env(\"DATABASE_URL\"),\n    pool_size: 10\n\n  config :pump_portal,\n"
            f"    {c.key}: \"{M}\",\n    rtu_base: \"https://rtu.hallowayreeve.example\"\nend\n")


def r_nomad(c):
    return ("job \"job-dispatch\" {\n  datacenters = [\"depot\"]\n  group \"api\" {\n    task \"api\" {\n"
            "      driver = \"docker\"\n      config {\n        image = \"registry.casingcollar.example/dispatch:2.4.1\"\n      }\n"
            f"      env {{\n        APP_ENV = \"production\"\n        {c.key} = \"{M}\"\n      }}\n    }}\n  }}\n}}\n")


def r_systemd(c):
    return ("# /etc/systemd/system/rig-sync.service.d/override.conf\n[Service]\n"
            "Environment=\"RIG_SYNC_INTERVAL=60\"\n"
            f"Environment=\"{c.key}={M}\"\n"
            "Restart=on-failure\n")


def r_hiera(c):
    return ("---\nclasses:\n  - casingcollar::portal\n"
            "casingcollar::portal_port: 8443\n"
            f"{c.key}: '{M}'\n"
            "casingcollar::log_level: 'warn'\n")


def r_chef(c):
    d = {"id": "pump_portal", "environment": "production", c.key: M, "owner": "tariq.mahmood"}
    return json.dumps(d, indent=2, ensure_ascii=False) + "\n"


def r_task_xml(c):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n"
            "  <RegistrationInfo><Author>DEPOT\\seren.bassett</Author><URI>\\RigSyncNightly</URI></RegistrationInfo>\n"
            "  <Actions Context=\"Author\">\n    <Exec>\n      <Command>C:\\Tools\\rigsync\\rigsync.exe</Command>\n"
            f"      <Arguments>--site DC-117 --{c.key} {M} --quiet</Arguments>\n"
            "    </Exec>\n  </Actions>\n</Task>\n")


def r_ps_profile(c):
    return ("# Microsoft.PowerShell_profile.ps1\nSet-Location C:\\src\\pump-portal\n"
            "$env:PORTAL_ENV = 'staging'\n"
            f"$env:{c.key} = '{M}'\n"
            "Import-Module posh-git\n")


def r_azure_pipelines(c):
    return ("trigger:\n  - main\n\npool:\n  vmImage: ubuntu-latest\n\nvariables:\n  buildConfiguration: Release\n"
            f"  {c.key}: '{M}'\n\nsteps:\n  - script: dotnet build --configuration $(buildConfiguration)\n")


def r_jenkinsfile(c):
    return ("pipeline {\n    agent { label 'linux' }\n    environment {\n        PORTAL_ENV = 'production'\n"
            f"        {c.key} = '{M}'\n    }}\n    stages {{\n        stage('Deploy') {{\n"
            "            steps { sh './deploy.sh' }\n        }\n    }\n}\n")


def r_docker_inspect(c):
    env = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "APP_ENV=production",
           f"{c.key}={M}", "TZ=Europe/London"]
    return ("$ docker inspect --format '{{json .Config.Env}}' dispatch-api\n" + json.dumps(env, ensure_ascii=False) + "\n")


def r_fish(c):
    t = c.ts()
    return (f"- cmd: cd ~/src/pump-portal\n  when: {t}\n- cmd: set -gx {c.key} {M}\n  when: {t + 41}\n"
            f"- cmd: npm run seed:bookings\n  when: {t + 66}\n  paths:\n    - scripts/seed.ts\n")


def r_viminfo(c):
    return ("# This viminfo file was generated by Vim 7.4.\n# You may edit it if you're careful!\n\n"
            "# Value of 'encoding' when this file was written\n*encoding=utf-8\n\n"
            "# Registers:\n\"\"0\tLINE\t0\n"
            f"\t{c.key}={M}\n"
            "\"1\tLINE\t0\n\tAPP_ENV=production\n\n# File marks:\n'0  12  0  ~/src/pump-portal/.env.production\n")


def r_asciinema(c):
    head = {"version": 2, "width": 118, "height": 30, "timestamp": c.ts(),
            "env": {"SHELL": "/bin/bash", "TERM": "xterm-256color"}, "title": "portal deploy walkthrough"}
    lines = [json.dumps(head),
             json.dumps([0.412, "o", "tariq@ops01:~$ "]),
             json.dumps([2.877, "o", f"export {c.key}={M}\r\n"], ensure_ascii=False),
             json.dumps([3.104, "o", "tariq@ops01:~$ "]),
             json.dumps([5.66, "o", "./deploy.sh production\r\n"])]
    return "\n".join(lines) + "\n"


def r_syslog(c):
    return (f"<134>1 2024-03-14T10:22:31.412Z rtu-gw01.hallowayreeve.example telemetry-bridge 2211 CFG "
            f"[cfg@32473 site=\"BH2\" {c.key}=\"{M}\"] reloaded configuration\n")


def r_win_event(c):
    return ("<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">\n  <System>\n"
            "    <Provider Name=\"RigSyncService\" />\n    <EventID>1002</EventID>\n    <Level>4</Level>\n"
            "    <Computer>DEPOT-PC02.deepcut-drilling.example</Computer>\n  </System>\n  <EventData>\n"
            "    <Data Name=\"Site\">DC-117</Data>\n"
            f"    <Data Name=\"{c.key}\">{M}</Data>\n"
            "    <Data Name=\"Result\">Configuration reloaded</Data>\n  </EventData>\n</Event>\n")


def r_bruno(c):
    return ("vars {\n  baseUrl: https://portal.hallowayreeve.example\n  siteId: BH2\n"
            f"  {c.key}: {M}\n}}\n")


def r_har(c):
    d = {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "124.0"},
                 "entries": [{"startedDateTime": "2024-03-14T09:12:44.120Z", "time": 188,
                              "request": {"method": "GET", "url": "https://portal.hallowayreeve.example/api/v2/jobs?site=BH2",
                                          "httpVersion": "HTTP/2",
                                          "headers": [{"name": "Accept", "value": "application/json"},
                                                      {"name": c.key, "value": M}],
                                          "queryString": [{"name": "site", "value": "BH2"}]},
                              "response": {"status": 200, "statusText": "OK"}}]}}
    return json.dumps(d, indent=1, ensure_ascii=False) + "\n"


def r_whatsapp(c):
    a, b = c.rng.sample([f"{f} {l}" for f, l in C.PEOPLE], 2)
    return (f"14/03/2024, 07:12 - {a}: on site at Hollowmead, rig set up\n"
            f"14/03/2024, 07:15 - {b}: nice one. {c.label} is {M} if you need it\n"
            f"14/03/2024, 07:16 - {a}: cheers\n")


def r_telegram(c):
    a, b = c.rng.sample([f"{f} {l}" for f, l in C.PEOPLE], 2)
    d = {"name": "Rig 3 crew", "type": "private_group", "id": 4417700912,
         "messages": [{"id": 9120, "type": "message", "date": "2024-03-14T07:40:11", "from": a, "text": "anyone got the login for the new one"},
                      {"id": 9121, "type": "message", "date": "2024-03-14T07:41:02", "from": b, "text": f"{c.label}: {M}"}]}
    return json.dumps(d, indent=1, ensure_ascii=False) + "\n"


def r_slack(c):
    d = [{"type": "message", "user": "U05HRTQ1", "text": "deploy is blocked, config missing", "ts": "1710412345.001200"},
         {"type": "message", "user": "U05HRVK7", "text": f"{c.label} for prod is {M} (will rotate after)", "ts": "1710412401.001900"}]
    return json.dumps(d, indent=1, ensure_ascii=False) + "\n"


def r_mbox(c):
    frm, to = c.email("pump"), c.email("soft")
    while to.split("@")[0] == frm.split("@")[0]:
        to = c.email("soft")
    return (f"From {frm} Thu Mar 14 08:02:11 2024\nFrom: {frm}\nTo: {to}\nSubject: Re: portal not syncing\n"
            "Date: Thu, 14 Mar 2024 08:02:11 +0000\n\n"
            f"Hi,\n\nsorry, should have sent this before: the {c.label} is {M}\n\nthanks\n")


def r_confluence(c):
    return ("<root xmlns:ac=\"http://atlassian.com/content\"><p>Depot onboarding - systems</p>\n"
            "<ac:structured-macro ac:name=\"info\"><ac:rich-text-body>\n"
            f"<p>{c.label}: {M}</p>\n</ac:rich-text-body></ac:structured-macro>\n"
            "<p>Ask Tariq for VPN access.</p></root>\n")


def r_ods(c):
    return ("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:spreadsheet>\n"
            "<table:table table:name=\"Logins\">\n<table:table-row>"
            "<table:table-cell office:value-type=\"string\"><text:p>System</text:p></table:table-cell>"
            "<table:table-cell office:value-type=\"string\"><text:p>Value</text:p></table:table-cell></table:table-row>\n"
            f"<table:table-row><table:table-cell office:value-type=\"string\"><text:p>{c.key}</text:p></table:table-cell>"
            f"<table:table-cell office:value-type=\"string\"><text:p>{M}</text:p></table:table-cell></table:table-row>\n"
            "</table:table>\n</office:spreadsheet></office:body></office:document-content>\n")


def r_docx(c):
    return ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\n"
            "<w:p><w:r><w:t>Site handover - Hollowmead BH2</w:t></w:r></w:p>\n"
            f"<w:p><w:r><w:t xml:space=\"preserve\">The {c.label} is {M}</w:t></w:r></w:p>\n"
            "<w:p><w:r><w:t>Pump set at 48 m, rising main 32 mm MDPE.</w:t></w:r></w:p>\n</w:body></w:document>\n")


def r_notion(c):
    return ("# Depot IT notes\n\nOwner: Seren Bassett\nTags: onboarding\n\n## Systems\n\n"
            f"- {c.label}: `{M}`\n- VPN: ask Tariq\n")


def r_voicemail(c):
    a = c.rng.choice([f for f, _ in C.PEOPLE if f != "Seren"])
    return ("Voicemail from +44 7700 900461 (0:38)\n\nTranscription (may contain errors):\n"
            f"Hi Seren, it's {a}, I'm at the yard. For the record the {c.label} is {M} . "
            "Ring me back when you get this, cheers.\n")


def r_whiteboard(c):
    return ("[OCR - photo of depot whiteboard, 14/03]\nRIG 3 -> HOLLOWMEAD (DAFYDD, LUKAS)\nVAN 2 MOT FRIDAY\n"
            f"{c.key}: {M}\nORDER 50M 125MM CASING\n")


# name -> (renderer, style, description, forbidden characters, parse kind)
KINDS = {
    "rig_logger_crbasic_program": (r_crbasic, "pascal", "Campbell CRBasic program of the rig's data logger (Const string)", "\"", None),
    "pump_router_openwrt_uci_config": (r_uci, "snake", "OpenWrt / RutOS UCI config file on the pump-house router", "'", None),
    "level_sensor_circuitpython_settings_toml": (r_circuitpy, "upper", "CircuitPython settings.toml on a level sender", "\"\\", "toml"),
    "pump_house_esphome_device_yaml": (r_esphome, "snake", "ESPHome device YAML (substitutions block)", "\"\\$", None),
    "telemetry_node_red_settings_js": (r_nodered, "camel", "Node-RED settings.js of the telemetry gateway", "\"\\", None),
    "rig_tablet_android_local_properties": (r_local_props, "dot", "Android local.properties of the rig tablet app", "\\ ", None),
    "field_app_flutter_dart_defines_json": (r_dart_defines, "upper", "Flutter --dart-define-from-file JSON of the field app", "", "json"),
    "field_app_expo_app_config_ts": (r_expo, "camel", "Expo app.config.ts (extra block)", "\"\\", None),
    "hydro_qgis_project_variables_xml": (r_qgis, "snake", "QGIS project file: project variables (names and values in two lists)", "&<>\"'", "xml"),
    "borehole_las_well_log_other_section": (r_las, "spaced", "LAS 2.0 well-log file, ~Other section", "", None),
    "pumping_test_ags4_data_file": (r_ags, "upper", "AGS4 data file with a user group of settings", "\"", None),
    "pump_controller_micropython_config_py": (r_micropython, "upper", "MicroPython config.py of a pump controller", "\"\\", None),
    "booking_laravel_config_services_php": (r_laravel_services, "snake", "Laravel config/services.php", "'\\", None),
    "shop_rails_credentials_show_output": (r_rails_creds, "snake", "terminal output of bin/rails credentials:show", "'\"", None),
    "stock_odoo_conf_ini": (r_odoo, "snake", "Odoo odoo.conf [options]", "%;#", None),
    "site_joomla_configuration_php": (r_joomla, "flat", "Joomla configuration.php (public properties)", "'\\", None),
    "api_quarkus_application_properties": (r_quarkus, "kebab", "Quarkus application.properties with a %prod profile", "\\", None),
    "api_aspnet_appsettings_production_json": (r_appsettings, "pascal", "ASP.NET Core appsettings.Production.json", "", "json"),
    "portal_phoenix_runtime_exs": (r_phoenix, "snake", "Phoenix config/runtime.exs", "\"\\#", None),
    "dispatch_nomad_job_hcl": (r_nomad, "upper", "Nomad job file (task env block)", "\"\\$%", None),
    "ops_systemd_unit_dropin_conf": (r_systemd, "upper", "systemd drop-in override.conf (Environment=)", "\"\\%$", None),
    "ops_puppet_hiera_common_yaml": (r_hiera, "colons", "Puppet Hiera common.yaml (class::key)", "'", None),
    "ops_chef_data_bag_item_json": (r_chef, "snake", "Chef data bag item JSON", "", "json"),
    "ops_windows_task_scheduler_xml": (r_task_xml, "kebab", "Windows Task Scheduler export (Exec Arguments)", "&<>\"'", "xml"),
    "ops_powershell_profile_ps1": (r_ps_profile, "upper", "PowerShell profile script ($env: assignment)", "'", None),
    "ci_azure_pipelines_yml": (r_azure_pipelines, "camel", "azure-pipelines.yml variables", "'$", None),
    "ci_jenkinsfile_environment_block": (r_jenkinsfile, "upper", "Jenkinsfile environment block", "'\\$", None),
    "ops_docker_inspect_env_output": (r_docker_inspect, "upper", "docker inspect output of the container environment", "", "json_after_cmd"),
    "ops_fish_shell_history": (r_fish, "upper", "fish shell history file", "\\", None),
    "ops_vim_viminfo_registers": (r_viminfo, "upper", "Vim .viminfo registers section", "", None),
    "ops_asciinema_cast_v2": (r_asciinema, "upper", "asciinema v2 cast of a deploy walkthrough", "", "jsonl"),
    "ops_syslog_rfc5424_line": (r_syslog, "camel", "RFC 5424 syslog line with structured data", "\"\\]", None),
    "ops_windows_event_xml": (r_win_event, "pascal", "Windows event XML (EventData)", "&<>\"'", "xml"),
    "dev_bruno_environment_bru": (r_bruno, "camel", "Bruno API client environment .bru", "{}", None),
    "dev_browser_har_entry_json": (r_har, "header", "browser HAR capture (request header)", "", "json"),
    "crew_whatsapp_chat_export_txt": (r_whatsapp, "spaced", "WhatsApp chat export .txt of the rig crew", "", None),
    "office_telegram_desktop_export_json": (r_telegram, "spaced", "Telegram Desktop chat export result.json", "", "json"),
    "office_slack_channel_export_json": (r_slack, "spaced", "Slack workspace export (channel day file)", "", "json"),
    "office_mbox_mail_archive": (r_mbox, "spaced", "mbox mail archive message", "", None),
    "office_confluence_storage_xhtml": (r_confluence, "spaced", "Confluence storage-format page body", "&<>", "xml"),
    "office_ods_content_xml": (r_ods, "title", "LibreOffice Calc content.xml of the logins sheet", "&<>", "xml"),
    "office_docx_document_xml": (r_docx, "spaced", "word/document.xml of a site handover document", "&<>", "xml"),
    "office_notion_markdown_export": (r_notion, "spaced", "Notion page exported to Markdown", "`", None),
    "office_voicemail_transcript_email": (r_voicemail, "spaced", "voicemail transcription e-mailed by the phone system", "", None),
    "depot_whiteboard_photo_ocr": (r_whiteboard, "title", "OCR text of a photo of the depot whiteboard", "", None),
}
KIND_ORDER = list(KINDS)


def pairing(seed):
    """Random deal with repair: 180 slots (each type 15 times) shuffled, four per kind,
    then duplicate types inside a kind are swapped out with a seeded search."""
    rng = random.Random(seed)
    slots = [t for t in TYPE_ORDER for _ in range(15)]
    rng.shuffle(slots)
    groups = [slots[i * 4:(i + 1) * 4] for i in range(45)]
    changed = True
    while changed:
        changed = False
        for gi, g in enumerate(groups):
            for si, t in enumerate(g):
                if g.count(t) > 1:
                    order = list(range(45))
                    rng.shuffle(order)
                    for hj in order:
                        if hj == gi:
                            continue
                        h = groups[hj]
                        for sj, u in enumerate(h):
                            if u not in g and t not in h:
                                g[si], h[sj] = u, t
                                changed = True
                                break
                        if changed:
                            break
                if changed:
                    break
            if changed:
                break
    return {KIND_ORDER[i]: groups[i] for i in range(45)}


def gen_value(rng, kind, forbid, ctx):
    if kind == "pw":
        return C.owner_password(rng, strict=False, cap_p=0.5, forbid=forbid)
    if kind == "rtk":
        return C.make_rtk(rng)
    if kind == "ppt":
        return C.make_ppt(rng)
    if kind == "bsl":
        return C.make_bsl(rng)
    if kind == "laravel":
        return C.make_laravel_key(rng)
    if kind == "rails":
        return C.make_rails_skb(rng)
    if kind == "ps256":
        subj = rng.choice(["rig3", "rig5", "van2", "van4", "tab07", "tab11"])
        iat = 1710400000 + rng.randrange(0, 800000)
        payload = {"iss": "https://auth.casingcollar.example", "sub": f"device:{subj}", "aud": "hr-field-api",
                   "iat": iat, "exp": iat + 86400 * 30, "jti": C.uuid4(rng)}
        return C.jwt_ps256(rng, ctx["rsa"], payload, ctx["kid"])
    raise ValueError(kind)


def generate(reg, rsa_key):
    rng = random.Random(C.SEEDS["everyday"])
    pairs = pairing(C.SEEDS["pairing"])
    ctx = {"rsa": rsa_key, "kid": "hrf-" + format(rsa_key["n"] % (1 << 40), "010x")}
    out = []
    for kind in KIND_ORDER:
        render, style, _desc, forbid, _parse = KINDS[kind]
        for t in pairs[kind]:
            words, label, _d, gk = TYPES[t]
            c = Ctx(rng, words, style, label)
            text_t = render(c)

            def draw():
                while True:
                    v = gen_value(rng, gk, forbid, ctx)
                    if not any(ch in v for ch in forbid):
                        return v
            v = reg.draw(draw)
            text, s, e = C.place(text_t, v)
            out.append({"type": t, "container": kind, "text": text,
                        "secrets": [{"value": v, "start": s, "end": e, "type": t}], "source": "everyday"})
    return out, pairs


def value_ok(t, v, rsa_key):
    gk = TYPES[t][3]
    if gk == "pw":
        return bool(C.PW_RE.match(v))
    if gk == "rtk":
        return C.rtk_ok(v)
    if gk == "ppt":
        return C.ppt_ok(v)
    if gk == "bsl":
        return C.bsl_ok(v)
    if gk == "laravel":
        return C.laravel_ok(v)
    if gk == "rails":
        return C.rails_ok(v)
    if gk == "ps256":
        return C.ps256_ok(v, rsa_key["n"], rsa_key["e"])
    return False
