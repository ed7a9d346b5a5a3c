"""Everyday source of p276: 12 types x 15 records in 45 container kinds x 4."""
import json
import random
import re
import struct

import common276 as C
import world276 as W

SEED_VALUES = 27601
SEED_PAIRING = 27611
SEED_CONTEXT = 27621
SEED_KEYS = 27671  # SipHash issuer key and Fernet key of the booking portal

PW_TYPES = [
    ("jacquard_loom_workstation_password", ["loom", "workstation", "password"],
     "owner-chosen login of the Windows PC that drives the digital jacquard loom at Tarrowmere (pattern upload, pick counter, warp tension log)"),
    ("rug_wash_centrifuge_panel_password", ["centrifuge", "panel", "password"],
     "owner-chosen engineer password of the touch panel on the rug-wringing centrifuge on Pellworth's wash floor (spin profiles, drum balance, door interlock)"),
    ("drying_room_dehumidifier_controller_password", ["dehumidifier", "admin", "password"],
     "owner-chosen admin password of the controller of the dehumidifiers and fans in Pellworth's rug drying room (RH set points, fan stages, alarms)"),
    ("truck_mount_extractor_telematics_password", ["truckmount", "telematics", "password"],
     "owner-chosen web login of the telematics box on the truck-mount carpet extractors in Pellworth's vans (engine hours, water temperature, vacuum faults)"),
    ("conservation_climate_logger_gateway_password", ["climate", "gateway", "password"],
     "owner-chosen admin password of the gateway that collects the RH and temperature loggers Anselm places beside tapestries in client houses"),
    ("dye_kitchen_scale_terminal_password", ["dye", "scale", "password"],
     "owner-chosen operator login of the recipe scale terminal in Tarrowmere's dye kitchen (dye recipes, mordant weights, lot records)"),
]
GEN_TYPES = [
    ("loom_pattern_software_luhn_licence", ["pattern", "software", "licence"],
     "licence of the jacquard pattern software (layout invented): `JQL-` + four groups of four digits joined by `-`; the 16 digits pass the real Luhn mod-10 check (doubling every second digit from the right)"),
    ("wash_job_verhoeff_release_code", ["wash", "release", "code"],
     "release code the wash-floor desk keys in to free a cleaned rug for delivery (layout invented): `RWR-` + 11 digits + the real Verhoeff check digit (dihedral group D5, position permutation, inverse table)"),
    ("van_route_tablet_damm_unlock_code", ["route", "tablet", "unlock", "code"],
     "unlock code of the route tablet in a Pellworth van (layout invented): `VRU-` + 9 digits + the real Damm check digit (the order-10 weakly totally anti-symmetric quasigroup; the interim digit over all 10 digits is 0)"),
    ("climate_gateway_base58check_provisioning_key", ["gateway", "provisioning", "key"],
     "provisioning key that enrols a climate logger with Anselm's gateway (layout invented): `cgk_` + Base58Check (version byte 0x5c + 24 random bytes + the first 4 bytes of double SHA-256, in the Bitcoin base58 alphabet)"),
    ("collections_api_siphash_tagged_key", ["collections", "api", "key"],
     "API key of the collections API Shedline runs for Anselm (layout invented): `anx_` + 32 base62 + `_` + 16 lower-case hex = the real SipHash-2-4 tag (written by hand) of the 32 body characters under the issuer's 16-byte key, drawn from a fixed seed and kept only in memory"),
    ("booking_portal_fernet_session_token", ["booking", "session", "token"],
     "session token of Pellworth's customer booking portal: a real Fernet token (version 0x80, timestamp, IV, AES-128-CBC ciphertext of a small JSON claim set, HMAC-SHA256; AES written by hand) under a key drawn from a fixed seed and kept only in memory"),
]
TYPES = PW_TYPES + GEN_TYPES
TYPE_NAMES = [t[0] for t in TYPES]
KEYWORDS = {t[0]: t[1] for t in TYPES}
DESCS = {t[0]: t[2] for t in TYPES}


class Keys:
    def __init__(self):
        r = random.Random(SEED_KEYS)
        self.sip = C.rbytes(r, 16)
        self.fernet = C.rbytes(r, 32)
        self.ts0 = 1767225600  # 2026-01-01 00:00:00 UTC, fixed: no clock


def gen_value(tname, rng, keys, forbid):
    if tname in KEYWORDS and tname in [t[0] for t in PW_TYPES]:
        return C.password(rng, C.LOOSE_JOINERS, 0.5, forbid)
    if tname == "loom_pattern_software_luhn_licence":
        body = "".join(rng.choice("0123456789") for _ in range(15))
        d = body + C.luhn_check_digit(body)
        return "JQL-" + "-".join(d[i:i + 4] for i in range(0, 16, 4))
    if tname == "wash_job_verhoeff_release_code":
        body = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(10))
        return "RWR-" + body + C.verhoeff_check_digit(body)
    if tname == "van_route_tablet_damm_unlock_code":
        body = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(8))
        return "VRU-" + body + C.damm_check_digit(body)
    if tname == "climate_gateway_base58check_provisioning_key":
        return "cgk_" + C.b58check_encode(b"\x5c" + C.rbytes(rng, 24))
    if tname == "collections_api_siphash_tagged_key":
        body = C.rstr(rng, C.B62, 32)
        return "anx_" + body + "_" + "%016x" % C.siphash24(keys.sip, body.encode())
    if tname == "booking_portal_fernet_session_token":
        claims = {"sub": "cust-%05d" % rng.randint(1, 99999), "scope": rng.choice(["booking:read", "booking:write", "quote:read"]),
                  "n": rng.randint(1, 999)}
        ts = keys.ts0 + rng.randint(0, 20000000)
        return C.fernet_encrypt(keys.fernet, ts, C.rbytes(rng, 16), json.dumps(claims, separators=(",", ":")).encode())
    raise ValueError(tname)


def check_value(tname, v, keys):
    """Returns an error string or None."""
    if tname in [t[0] for t in PW_TYPES]:
        return None if C.is_password(v) else "not a password form"
    if tname == "loom_pattern_software_luhn_licence":
        m = re.match(r"^JQL-(\d{4})-(\d{4})-(\d{4})-(\d{4})$", v)
        return None if m and C.luhn_valid("".join(m.groups())) else "luhn check fails"
    if tname == "wash_job_verhoeff_release_code":
        m = re.match(r"^RWR-(\d{12})$", v)
        return None if m and C.verhoeff_valid(m.group(1)) else "verhoeff check fails"
    if tname == "van_route_tablet_damm_unlock_code":
        m = re.match(r"^VRU-(\d{10})$", v)
        return None if m and C.damm_valid(m.group(1)) else "damm check fails"
    if tname == "climate_gateway_base58check_provisioning_key":
        if not v.startswith("cgk_") or any(ch not in C.B58 for ch in v[4:]):
            return "base58check layout"
        p = C.b58check_decode(v[4:])
        return None if p is not None and len(p) == 25 and p[0] == 0x5C else "base58check fails"
    if tname == "collections_api_siphash_tagged_key":
        m = re.match(r"^anx_([0-9A-Za-z]{32})_([0-9a-f]{16})$", v)
        return None if m and int(m.group(2), 16) == C.siphash24(keys.sip, m.group(1).encode()) else "siphash tag fails"
    if tname == "booking_portal_fernet_session_token":
        p = C.fernet_decrypt(keys.fernet, v)
        if p is None:
            return "fernet token does not verify"
        try:
            d = json.loads(p)
        except Exception:
            return "fernet plaintext not JSON"
        return None if set(d) == {"sub", "scope", "n"} else "fernet claims"
    return "unknown type"


# ------------------------------------------------------------------ kinds
# (name, key style, description, syntax, forbidden characters, template)
Q = "'\"\\"
KINDS = [
    # devices
    ("drying_room_zigbee2mqtt_configuration_yaml", "snake", "zigbee2mqtt configuration.yaml on the drying-room Pi (device options block)", "yaml", Q + "#: ",
     "homeassistant: false\npermit_join: false\nmqtt:\n  base_topic: dryingroom\n  server: mqtt://«IP»:1883\nserial:\n  port: /dev/ttyUSB0\ndevice_options:\n  retain: true\npellworth_extras:\n  «K»: «V»\n  room: drying room 2\n"),
    ("humidity_chamber_esp_rs_cfg_toml", "snake", "cfg.toml of the Rust (esp-rs) firmware on Anselm's humidification chamber controller", "toml", Q,
     "[humidity-chamber]\nwifi_ssid = \"anselm-studio\"\nsetpoint_rh = 55\n«K» = \"«V»\"\nreport_host = \"«H»\"\n"),
    ("suction_table_mbed_app_json", "snake", "mbed_app.json of the Mbed OS firmware on the conservation suction table", "json", Q,
     "{\n  \"config\": {\n    \"vacuum-kpa\": {\"help\": \"target vacuum\", \"value\": 12},\n    \"«K»\": {\"help\": \"set by «PF»\", \"value\": \"\\\"«V»\\\"\"}\n  },\n  \"target_overrides\": {\"*\": {\"platform.stdio-baud-rate\": 115200}}\n}\n"),
    ("climate_logger_ttn_device_json", "snake", "The Things Stack end-device export of a climate logger (attributes)", "json", Q,
     "{\n  \"ids\": {\"device_id\": \"tap-north-wall\", \"application_ids\": {\"application_id\": \"anselm-climate\"}},\n  \"name\": \"north wall, great hall\",\n  \"attributes\": {\"site\": \"client house «N»\", \"«K»\": \"«V»\"},\n  \"lorawan_version\": \"MAC_V1_0_3\"\n}\n"),
    ("tufting_frame_pi_custom_toml", "snake", "Raspberry Pi OS first-boot custom.toml of the tufting-frame Pi", "toml", Q,
     "config_version = 1\n\n[system]\nhostname = \"tuftingframe\"\n\n[ssh]\nenabled = false\n\n[tarrowmere]\n«K» = \"«V»\"\nowner = \"«P»\"\n"),
    ("van_tablet_tasker_profile_xml", "pascal", "Tasker profile export on a van's route tablet (Variable Set action)", "xml", "&<>",
     "<TaskerData sr=\"\" dvi=\"1\" tv=\"6.3.13\">\n<Task sr=\"task12\">\n<nme>Van start</nme>\n<Action sr=\"act0\" ve=\"7\">\n<code>547</code>\n<Str sr=\"arg0\" ve=\"3\">%«K»</Str>\n<Str sr=\"arg1\" ve=\"3\">«V»</Str>\n</Action>\n</Task>\n</TaskerData>\n"),
    ("rug_store_motioneye_camera_conf", "snake", "motionEye camera-1.conf of the rug store cameras (# @ settings lines)", "plain", Q + " ",
     "# @enabled on\n# @name rug store aisle\n# @«K» «V»\nnetcam_url rtsp://«IP2»:554/stream1\nwidth 1920\nheight 1080\n"),
    ("dye_lab_spectro_export_ini", "pascal", "INI of the spectrophotometer export tool in the dye kitchen", "ini", Q + ";#",
     "[Export]\nFolder=D:\\Recipes\\Out\nOperator=«P»\n[Upload]\nHost=«H»\n«K»=«V»\n"),
    ("loom_workstation_powershell_profile_ps1", "upper", "PowerShell profile on the loom workstation setting environment variables", "plain", Q + "$`",
     "# loom workstation profile\nSet-Location D:\\Patterns\n$env:LOOM_SERVER = '«IP»'\n$env:«K» = '«V»'\nImport-Module LoomTools\n"),
    ("centrifuge_hmi_sqlite_settings_dump", "snake", "sqlite3 .dump of the centrifuge HMI settings table", "plain", Q,
     "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE settings(name TEXT PRIMARY KEY, val TEXT);\nINSERT INTO settings VALUES('spin_profile','wool-heavy');\nINSERT INTO settings VALUES('«K»','«V»');\nCOMMIT;\n"),
    # back office
    ("booking_laravel_config_services_php", "snake", "Laravel config/services.php of the booking portal", "plain", Q + "$",
     "<?php\n\nreturn [\n    'routing' => [\n        'base_url' => 'https://«H»',\n        '«K»' => '«V»',\n    ],\n];\n"),
    ("crm_rails_credentials_show_capture", "snake", "terminal capture of bin/rails credentials:show for the CRM", "yaml", Q + "#: ",
     "$ bin/rails credentials:show\nsecret_key_base: (elided by «PF»)\npellworth:\n  «K»: «V»\n  region: leeds\n"),
    ("scheduling_spring_application_yml", "kebab", "Spring Boot application.yml of the job scheduling service", "yaml", Q + "#: ",
     "spring:\n  application:\n    name: scheduling\npellworth:\n  scheduling:\n    «K»: «V»\n    zone: Europe/London\n"),
    ("archive_fastapi_settings_py", "snake", "pydantic BaseSettings class of the image archive API (FastAPI)", "plain", Q,
     "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    archive_root: str = \"/srv/archive\"\n    «K»: str = \"«V»\"\n    debug: bool = False\n"),
    ("routing_go_viper_config_yaml", "snake", "config.yaml read by viper in the van routing service (Go)", "yaml", Q + "#: ",
     "server:\n  listen: \":8080\"\nrouting:\n  depot: leeds\n  «K»: «V»\n  max_stops: «N»\n"),
    ("ledger_phoenix_runtime_exs", "snake", "config/runtime.exs of the invoicing ledger (Phoenix)", "plain", Q + "#",
     "import Config\n\nconfig :ledger, Ledger.Billing,\n  currency: \"GBP\",\n  «K»: \"«V»\"\n"),
    ("invoicing_aspnet_appsettings_json", "pascal", "appsettings.Development.json of the invoicing service (ASP.NET Core)", "json", Q,
     "{\n  \"Logging\": {\"LogLevel\": {\"Default\": \"Information\"}},\n  \"Pellworth\": {\n    \"«K»\": \"«V»\",\n    \"Depot\": \"Leeds\"\n  }\n}\n"),
    ("conservation_quarkus_application_properties", "dotted", "application.properties of the condition-report service (Quarkus)", "plain", " #!",
     "quarkus.http.port=8081\nquarkus.datasource.db-kind=h2\nanselm.«K»=«V»\n"),
    ("field_app_expo_app_config_js", "camel", "app.config.js (Expo) of the van field app", "plain", Q,
     "export default {\n  name: 'Pellworth Field',\n  slug: 'pellworth-field',\n  extra: {\n    «K»: \"«V»\",\n    depot: 'leeds',\n  },\n};\n"),
    ("field_app_ios_info_plist", "pascal", "Info.plist of the van field app (iOS)", "xml", "&<>",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>CFBundleName</key>\n  <string>Pellworth Field</string>\n  <key>«K»</key>\n  <string>«V»</string>\n</dict>\n</plist>\n"),
    # ops
    ("ops_helm_values_yaml", "camel", "Helm values.yaml of the booking portal chart", "yaml", Q + "#: ",
     "replicaCount: 2\nimage:\n  repository: registry.shedline.example/bookings\n  tag: \"1.14.2\"\nextraEnv:\n  «K»: «V»\n"),
    ("ops_nomad_job_hcl", "upper", "Nomad job file of the climate gateway bridge", "plain", Q + "$%",
     "job \"climate-bridge\" {\n  datacenters = [\"dc1\"]\n  group \"bridge\" {\n    task \"bridge\" {\n      driver = \"docker\"\n      env {\n        «K» = \"«V»\"\n      }\n    }\n  }\n}\n"),
    ("ops_kustomize_configmap_generator", "upper", "kustomization.yaml configMapGenerator literals", "yaml", Q + "#: ",
     "resources:\n  - deployment.yaml\nconfigMapGenerator:\n  - name: routing-env\n    literals:\n      - «K»=«V»\n      - DEPOT=leeds\n"),
    ("ops_systemd_service_environment", "upper", "systemd unit of the wash-floor bridge (Environment=)", "plain", Q + "%$ ",
     "[Unit]\nDescription=wash floor bridge\n\n[Service]\nEnvironment=«K»=«V»\nExecStart=/usr/local/bin/washbridge\nRestart=always\n"),
    ("ops_ansible_group_vars_yml", "snake", "Ansible group_vars/all.yml of the studio servers", "yaml", Q + "#: ",
     "ntp_server: «IP»\ntimezone: Europe/London\n«K»: «V»\n"),
    ("ops_puppet_manifest_pp", "snake", "Puppet manifest of the archive NAS", "plain", Q + "$",
     "class archive::config {\n  $«K» = '«V»'\n  file { '/etc/archive/env':\n    content => \"KEY=${«K»}\\n\",\n  }\n}\n"),
    ("ops_github_actions_workflow_env", "upper", "GitHub Actions deploy workflow with an env block", "yaml", Q + "#: ",
     "name: deploy\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      «K»: «V»\n    steps:\n      - uses: actions/checkout@v4\n"),
    ("ops_nginx_unit_config_json", "upper", "NGINX Unit config (applications environment)", "json", Q,
     "{\n  \"listeners\": {\"*:8300\": {\"pass\": \"applications/archive\"}},\n  \"applications\": {\n    \"archive\": {\n      \"type\": \"python 3.12\",\n      \"path\": \"/srv/archive\",\n      \"module\": \"wsgi\",\n      \"environment\": {\"«K»\": \"«V»\"}\n    }\n  }\n}\n"),
    ("ops_kubectl_describe_pod_capture", "upper", "terminal capture of kubectl describe pod (Environment)", "plain", " ",
     "$ kubectl -n bookings describe pod bookings-7c9f5d-x2p4q\nName:         bookings-7c9f5d-x2p4q\nNamespace:    bookings\nNode:         k3s.shedline.example/«IP»\nContainers:\n  web:\n    Environment:\n      «K»:  «V»\n      DEPOT:  leeds\n"),
    # developer
    ("dev_vscode_rest_client_settings_json", "camel", "VS Code settings.json with REST Client environment variables", "json", Q,
     "{\n  \"editor.tabSize\": 2,\n  \"rest-client.environmentVariables\": {\n    \"local\": {\"baseUrl\": \"http://«IP»:8000\", \"«K»\": \"«V»\"}\n  }\n}\n"),
    ("dev_http_request_file", "camel", "requests.http file of the archive API (file variables)", "plain", " ",
     "@baseUrl = https://«H»\n@«K» = «V»\n\n### list objects\nGET {{baseUrl}}/objects\nAccept: application/json\n"),
    ("dev_zsh_history", "upper", "zsh history file of a developer", "plain", Q + "!$ #;&|",
     ": «TS»:0;cd ~/src/bookings\n: «TS»:0;export «K»=«V»\n: «TS»:0;make run\n"),
    ("dev_tox_ini_setenv", "upper", "tox.ini setenv block of the archive API", "ini", Q + "#;{}$ ",
     "[tox]\nenvlist = py312\n\n[testenv]\nsetenv =\n    «K»=«V»\ncommands = pytest -q\n"),
    ("dev_phpunit_xml_env", "upper", "phpunit.xml php env entries of the booking portal", "xml", "&<>\"",
     "<?xml version=\"1.0\"?>\n<phpunit bootstrap=\"vendor/autoload.php\">\n  <php>\n    <env name=\"APP_ENV\" value=\"testing\"/>\n    <env name=\"«K»\" value=\"«V»\"/>\n  </php>\n</phpunit>\n"),
    ("dev_devcontainer_json", "upper", "devcontainer.json containerEnv of the shop", "json", Q,
     "{\n  \"name\": \"tarrowmere-shop\",\n  \"image\": \"mcr.microsoft.com/devcontainers/typescript-node:20\",\n  \"containerEnv\": {\"«K»\": \"«V»\"}\n}\n"),
    # messy places
    ("office_whatsapp_chat_export_txt", "spaced", "WhatsApp chat export (.txt)", "plain", "",
     "«D», «T» - «P»: morning, van 2 is back from the Harrogate job\n«D», «T» - «Q»: «PF» the «K» is «V» if the tablet asks again\n«D», «T» - «P»: thanks 👍\n"),
    ("office_dokuwiki_runbook_page", "spaced", "DokuWiki page of the studio runbook", "plain", "|^[]{}<>*/'",
     "====== Drying room ======\n\n  * fans on stage 2 from October\n  * «K»: «V» (ask «PF» before changing)\n\n<note>Do not share outside the studio.</note>\n"),
    ("office_evernote_enex_note", "spaced", "Evernote .enex export of a conservator's note", "xml", "&<>]",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<en-export>\n<note><title>Great hall visit</title><content><![CDATA[<en-note><div>RH 58 at the north wall.</div><div>«K» «V»</div></en-note>]]></content></note>\n</en-export>\n"),
    ("office_tesseract_tsv_sticker_scan", "title", "tesseract TSV output of a photographed sticker", "tsv", " \t",
     "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n5\t1\t1\t1\t1\t1\t40\t32\t210\t28\t91\t«K»\n5\t1\t1\t1\t2\t1\t40\t70\t330\t30\t88\t«V»\n"),
    ("office_zoom_meeting_chat_txt", "spaced", "Zoom meeting chat saved as text", "plain", "",
     "«T»:14 From «P» to Everyone:\n\tcan everyone see the condition report?\n«T»:52 From «Q» to Everyone:\n\t«K» for the new one: «V»\n"),
    ("office_gnumeric_sheet_xml", "title", "Gnumeric workbook XML (two cells)", "xml", "&<>",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gnm:Workbook xmlns:gnm=\"http://www.gnumeric.org/v10.dtd\">\n<gnm:Sheets><gnm:Sheet><gnm:Name>Kit</gnm:Name><gnm:Cells>\n<gnm:Cell Row=\"3\" Col=\"0\" ValueType=\"60\">«K»</gnm:Cell>\n<gnm:Cell Row=\"3\" Col=\"1\" ValueType=\"60\">«V»</gnm:Cell>\n</gnm:Cells></gnm:Sheet></gnm:Sheets>\n</gnm:Workbook>\n"),
    ("office_zendesk_ticket_json", "spaced", "Zendesk ticket export (comment body)", "json", Q,
     "{\n  \"ticket\": {\"id\": «N»0«N», \"subject\": \"Van tablet locked\", \"requester\": \"«PE»\"},\n  \"comments\": [{\"author\": \"«Q»\", \"body\": \"Try the «K» «V» and reboot.\"}]\n}\n"),
    ("office_obsidian_markdown_note", "spaced", "Obsidian markdown note", "plain", "|`*[]",
     "---\ntags: [studio, handover]\n---\n# Handover «D»\n\n- loom 3 warp tension checked\n- «K» → «V»\n"),
    ("office_pdf_fdf_form_data", "title", "FDF form data of a filled job sheet PDF", "plain", "()\\",
     "%FDF-1.2\n1 0 obj\n<< /FDF << /Fields [\n<< /T (Customer) /V («P») >>\n<< /T («K») /V («V») >>\n] >> >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
    ("office_keepassxc_csv_export", "native", "KeePassXC CSV export (one entry; value in the Password or Notes column)", "csv", ",\"",
     None),
]
KIND_NAMES = [k[0] for k in KINDS]
KIND = {k[0]: k for k in KINDS}


def render(kind, tname, value, c):
    name, style, desc, syntax, forbid, tpl = KIND[kind]
    if kind == "office_keepassxc_csv_export":
        head = '"Group","Title","Username","Password","URL","Notes","TOTP","Icon","Last Modified","Created"\n'
        title = " ".join(KEYWORDS[tname][:-1]).title()
        if tname in [t[0] for t in PW_TYPES]:
            row = '"Root/%s","%s","%s","%s","https://%s","","","0","%sT09:12:00Z","%sT09:10:00Z"\n' % (
                W.FIRMS["pellworth"][0].split()[0], title, c["«U»"], value, c["«H»"], c["«D»"], c["«D»"])
        else:
            row = '"Root/Keys","%s","%s","","https://%s","%s: %s","","0","%sT09:12:00Z","%sT09:10:00Z"\n' % (
                title, c["«U»"], c["«H»"], " ".join(KEYWORDS[tname]), value, c["«D»"], c["«D»"])
        return head + row
    key = W.style_key(KEYWORDS[tname], style)
    cc = dict(c)
    cc["«K»"] = key
    text = W.fill(tpl, {k: v for k, v in cc.items()})
    return text.replace("«V»", value)


def build(registry, keys):
    rng_v = random.Random(SEED_VALUES)
    rng_p = random.Random(SEED_PAIRING)
    rng_c = random.Random(SEED_CONTEXT)
    kinds = list(KIND_NAMES)
    rng_p.shuffle(kinds)
    plan = []
    for b in range(15):
        block = kinds[3 * b:3 * b + 3]
        types = list(TYPE_NAMES)
        rng_p.shuffle(types)
        for i, k in enumerate(block):
            for t in types[4 * i:4 * i + 4]:
                plan.append((k, t))
    out = []
    for k, t in plan:
        forbid = KIND[k][4]
        for _ in range(200):
            v = gen_value(t, rng_v, keys, forbid)
            if any(ch in forbid for ch in v):
                continue
            if registry.add(v):
                break
        else:
            raise RuntimeError("no value for %s in %s" % (t, k))
        for _ in range(50):
            c = W.ctx(rng_c)
            text = render(k, t, v, c)
            if text.count(v) == 1 and not [m for m in C.PW_FORM_ANY.finditer(text) if m.group(0) != v]:
                break
        s = text.index(v)
        out.append({"type": t, "container": k, "text": text,
                    "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}], "source": "everyday"})
    return out
