"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import base64
import json
import random

import common264 as C
import world264 as W

MARK = "\u27e6VALUE\u27e7"
SEED_VALUES = 26401
SEED_PAIRING = 26411
SEED_SIGNING = 26421

# ---------------------------------------------------------------------------
# Types
# ---------------------------------------------------------------------------
TYPES = [
    ("pan_house_scada_password", ["pan", "house", "scada", "password"],
     "owner-chosen login of the SCADA PC in Saltcote's pan house (brine pumps, intake sluice, pan burners)"),
    ("salt_washing_line_panel_password", ["washing", "line", "panel", "password"],
     "owner-chosen engineer password of the touch panel on Saltcote's salt-washing line"),
    ("cryogenic_mill_controller_password", ["cryo", "mill", "controller", "password"],
     "owner-chosen admin password of the controller of Pepperwick's cryogenic spice mill (liquid-nitrogen dosing, mill speed)"),
    ("packing_checkweigher_supervisor_password", ["checkweigher", "supervisor", "password"],
     "owner-chosen supervisor password of the checkweigher on the jar and sack packing line (reject limits, tare)"),
    ("spice_counter_till_manager_password", ["till", "manager", "password"],
     "owner-chosen manager login of the tills at Pepperwick's shop and tasting counter (refunds, price overrides)"),
    ("salorge_weighbridge_terminal_password", ["weighbridge", "terminal", "password"],
     "owner-chosen login of the weighbridge terminal in Kervalen's salorge (harvest tickets per paludier)"),
    ("brine_telemetry_ed448_jwt", ["brine", "telemetry", "jwt"],
     "service token of the brine-telemetry API: a real JWT with alg EdDSA over Ed448 (RFC 8037 / RFC 8032, SHAKE256, 114-byte signature) "
     "signed with a key generated in the build and discarded; header {alg, typ, kid}, payload {iss, sub, aud, scope, iat, exp, jti}"),
    ("pan_gateway_wireguard_private_key", ["pan", "gateway", "wg", "private", "key"],
     "WireGuard private key of the pan-house gateway: standard Base64 of 32 random bytes clamped as `wg genkey` does "
     "(low three bits of the first byte clear, top bit of the last byte clear, next bit set)"),
    ("sluice_gate_mod23_pairing_code", ["sluice", "gate", "pairing", "code"],
     "pairing code that binds a LoRaWAN sluice-gate node to the marsh telemetry service (layout invented): `SLG-` + three groups of "
     "four digits joined by `-` + `-` + the real mod-23 control letter of the twelve digits (the Spanish DNI table TRWAGMYFPDXBNJZSQVHLCKE)"),
    ("spice_catalogue_blake2s_api_key", ["spice", "catalogue", "api", "key"],
     "API key of the spice-catalogue service used by the shop, the wholesale portal and the blend app (layout invented): `spk_` + 32 base62 + "
     "`_` + 8 lower-case hex of the first four bytes of the real BLAKE2s-256 digest of those 32 characters"),
    ("grinder_fleet_crockford_licence_key", ["grinder", "fleet", "licence", "key"],
     "licence key of the mill-monitoring software on the grinder fleet (layout invented): 24 Crockford Base32 symbols in groups of five "
     "(the last group four) with the real Crockford mod-37 check symbol (one of 0-9, A-Z without I L O U, or * ~ $ = U) appended"),
    ("spice_shop_laravel_app_key", ["spice", "shop", "app", "key"],
     "Laravel APP_KEY of the Pepperwick web shop: `base64:` + standard Base64 of exactly 32 random bytes (the AES-256-CBC key, 44 characters with one `=`)"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_WORDS = {t[0]: t[1] for t in TYPES}
TYPE_DESC = {t[0]: t[2] for t in TYPES}
PASSWORD_TYPES = TYPE_NAMES[:6]

SLG_RE = r"^SLG-[0-9]{4}-[0-9]{4}-[0-9]{4}-[TRWAGMYFPDXBNJZSQVHLCKE]$"
SPK_RE = r"^spk_[0-9A-Za-z]{32}_[0-9a-f]{8}$"
CRK_RE = r"^(?:[0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{4}[0-9A-HJKMNP-TV-Z*~$=U]$"
LARAVEL_RE = r"^base64:[A-Za-z0-9+/]{43}=$"
WG_RE = r"^[A-Za-z0-9+/]{43}=$"


class Signer:
    """Ed448 signing key of the brine-telemetry service (drawn from a fixed seed, discarded)."""

    def __init__(self):
        rng = random.Random(SEED_SIGNING)
        self.key = C.ed448_keypair(C.rbytes(rng, 57))
        self.kid = "tlm-ed448-2025-03"
        self.public = self.key["public"]
        # other public halves published next to it (older and next keys), never used for signing
        self.others = [C.ed448_keypair(C.rbytes(rng, 57))["public"] for _ in range(2)]


def gen_value(rng, tname, signer, wg_publics):
    if tname in PASSWORD_TYPES:
        return C.password(rng, strict=False, cap=0.4)
    if tname == "brine_telemetry_ed448_jwt":
        iat = 1735689600 + rng.randrange(0, 86400 * 120)
        header = {"alg": "EdDSA", "typ": "JWT", "kid": signer.kid}
        payload = {
            "iss": "https://telemetry.kervalen-saunerie.example",
            "sub": rng.choice(["sluice-gw-03", "pan-gw-01", "brine-intake-2", "salorge-scale", "mast-ws2"]),
            "aud": "brine-telemetry",
            "scope": rng.choice(["brine:write", "brine:write pans:read", "sluice:read sluice:write", "pans:read"]),
            "iat": iat,
            "exp": iat + rng.choice([86400 * 30, 86400 * 90, 86400 * 365]),
            "jti": C.uuid4(rng),
        }
        return C.jwt_ed448(header, payload, signer.key)
    if tname == "pan_gateway_wireguard_private_key":
        raw = bytearray(C.rbytes(rng, 32))
        raw[0] &= 248
        raw[31] &= 127
        raw[31] |= 64
        v = C.b64std(bytes(raw))
        wg_publics[v] = C.b64std(C.x25519_public(bytes(raw)))
        return v
    if tname == "sluice_gate_mod23_pairing_code":
        d = C.rstr(rng, C.DIGITS, 12)
        return "SLG-%s-%s-%s-%s" % (d[0:4], d[4:8], d[8:12], C.mod23_letter(d))
    if tname == "spice_catalogue_blake2s_api_key":
        body = C.rstr(rng, C.ALNUM, 32)
        return "spk_%s_%s" % (body, C.blake2s_tail(body))
    if tname == "grinder_fleet_crockford_licence_key":
        s = C.rstr(rng, C.CROCKFORD, 24)
        return "%s-%s-%s-%s-%s%s" % (s[0:5], s[5:10], s[10:15], s[15:20], s[20:24], C.crockford_check(s))
    if tname == "spice_shop_laravel_app_key":
        return "base64:" + C.b64std(C.rbytes(rng, 32))
    raise KeyError(tname)


# ---------------------------------------------------------------------------
# Container kinds
# ---------------------------------------------------------------------------
WS = " \t\n\r"
KINDS = []


def kind(name, style, forbid, desc):
    def deco(fn):
        KINDS.append({"name": name, "style": style, "forbid": forbid, "desc": desc, "fn": fn})
        return fn
    return deco


def K(words, style):
    if style == "header":
        return "X-" + "-".join(w.capitalize() for w in words)
    return C.case_style(words, style)


@kind("pan_logger_crbasic_program", "upper", '"' + WS, "Campbell Scientific CRBasic program of the pan-house brine logger (Const string)")
def _k1(rng, key, value):
    return ("'CR1000X Series Datalogger\n'Saltcote pan house: brine temperature, pan levels, salinity\n"
            "'program: panlog_v%d.CR1X   edited by %s\n"
            "Public BrineTemp, PanLevel(4), SalinityGL\n"
            "Const LOGGER_ID = \"SCT-PANS-0%d\"\n"
            "Const %s = \"%s\"\n"
            "Const INGEST_URL = \"https://telemetry.saltcote.example/ingest\"\n"
            "DataTable (Pans,True,-1)\n  DataInterval (0,10,Min,10)\n  Average (1,BrineTemp,FP2,False)\n"
            "  Sample (4,PanLevel(),FP2)\nEndTable\n\nBeginProg\n  Scan (10,Sec,0,0)\n    PanelTemp (BrineTemp,15000)\n"
            "    CallTable Pans\n  NextScan\nEndProg\n") % (rng.randrange(3, 9), W.person(rng), rng.randrange(1, 5), key, MARK)


@kind("brine_pump_esphome_node_yaml", "snake", '"\\' + WS, "ESPHome node YAML of a brine pump controller (substitutions block)")
def _k2(rng, key, value):
    n = rng.randrange(1, 5)
    return ("substitutions:\n  node_name: brine-pump-%d\n  %s: \"%s\"\n\n"
            "esphome:\n  name: ${node_name}\n  friendly_name: Brine pump %d\n\nesp32:\n  board: esp32dev\n\n"
            "wifi:\n  ssid: !secret wifi_ssid\n  fast_connect: true\n\nlogger:\n\n"
            "switch:\n  - platform: gpio\n    pin: GPIO26\n    id: pump_relay\n    name: \"Pump relay\"\n\n"
            "sensor:\n  - platform: pulse_counter\n    pin: GPIO34\n    name: \"Brine flow\"\n    unit_of_measurement: \"L/min\"\n") % (n, key, MARK, n)


@kind("sluice_gate_l5x_tag_export", "pascal", "'&<>\"$" + WS, "Rockwell Studio 5000 L5X export of the sluice-gate PLC program tags (STRING tag)")
def _k3(rng, key, value):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<RSLogix5000Content SchemaRevision=\"1.0\" SoftwareRevision=\"33.01\" TargetName=\"SluiceGate_Main\" TargetType=\"Program\" ContainsContext=\"true\">\n"
            "<Controller Use=\"Context\" Name=\"KVL_SG%02d\">\n<Programs Use=\"Context\">\n<Program Use=\"Target\" Name=\"SluiceGate_Main\" TestEdits=\"false\">\n<Tags>\n"
            "<Tag Name=\"GateOpenPct\" TagType=\"Base\" DataType=\"REAL\" Radix=\"Float\" Constant=\"false\" ExternalAccess=\"Read/Write\"/>\n"
            "<Tag Name=\"%s\" TagType=\"Base\" DataType=\"STRING\" Constant=\"false\" ExternalAccess=\"Read Only\">\n"
            "<Data Format=\"String\" Length=\"%d\">\n<![CDATA['%s']]>\n</Data>\n</Tag>\n"
            "<Tag Name=\"TideLevelMm\" TagType=\"Base\" DataType=\"DINT\" Radix=\"Decimal\"/>\n"
            "</Tags>\n</Program>\n</Programs>\n</Controller>\n</RSLogix5000Content>\n") % (rng.randrange(1, 12), key, len(value), MARK)


@kind("pond_telemetry_node_red_flow_json", "camel", "'\"\\" + WS, "Node-RED flows.json with a function node holding a constant")
def _k4(rng, key, value):
    fid = C.rstr(rng, C.HEXL, 16)
    func = "const %s = '%s';\\nmsg.headers = { 'content-type': 'application/json' };\\nmsg.url = 'https://telemetry.saltcote.example/v1/ponds';\\nreturn msg;" % (key, MARK)
    return ('[\n  {"id": "%s", "type": "tab", "label": "Pond telemetry", "disabled": false},\n'
            '  {"id": "%s", "type": "function", "z": "%s", "name": "add auth + url", "func": "%s", "outputs": 1, "x": 420, "y": 160, "wires": [["%s"]]},\n'
            '  {"id": "%s", "type": "http request", "z": "%s", "name": "POST reading", "method": "POST", "ret": "obj", "x": 640, "y": 160, "wires": [[]]}\n]\n') % (
        C.rstr(rng, C.HEXL, 16), fid, C.rstr(rng, C.HEXL, 16), func, C.rstr(rng, C.HEXL, 16), C.rstr(rng, C.HEXL, 16), C.rstr(rng, C.HEXL, 16))


@kind("harvest_router_mikrotik_rsc_script", "camel", "\"\\$?;{}[]" + WS, "MikroTik RouterOS script file imported on the salorge router (:global)")
def _k5(rng, key, value):
    return ("# harvest-sync.rsc  (imported on the salorge router, RouterOS 7.14)\n"
            "# pushes the weighbridge tickets to the co-op every 15 min\n"
            ":global %s \"%s\"\n"
            ":global harvestUrl \"https://salorge.kervalen-saunerie.example/api/tickets\"\n"
            "/tool fetch url=$harvestUrl mode=https http-method=post http-header-field=(\"X-Key: \" . $%s) output=none\n"
            "/system scheduler add name=harvest-sync interval=15m on-event=\"/import harvest-sync.rsc\"\n") % (key, MARK, key)


@kind("packing_line_runit_envdir_cat", "upper", WS, "terminal capture of a runit envdir file on the packing-line PC")
def _k6(rng, key, value):
    return ("pack@saltcote-pack01:~$ ls /etc/sv/checkweigh-bridge/env/\nCHECKWEIGH_PORT  LINE_ID  %s  UPLOAD_URL\n"
            "pack@saltcote-pack01:~$ cat /etc/sv/checkweigh-bridge/env/%s\n%s\n"
            "pack@saltcote-pack01:~$ sudo sv restart checkweigh-bridge\nok: run: checkweigh-bridge: (pid %d) 0s\n") % (key, key, MARK, rng.randrange(900, 9000))


@kind("grinder_mill_windows_ini_file", "pascal", ";#\"" + WS, "Windows INI of the cryogenic-mill bridge PC")
def _k7(rng, key, value):
    return ("; MillLink.ini  cryogenic mill bridge, Pepperwick grinding room\n[Mill]\nPort=COM%d\nBaudRate=19200\nNitrogenAlarmPct=18\n\n"
            "[Cloud]\nEndpoint=https://mill.pepperwick.example/api/v2\n%s=%s\nRetrySeconds=30\n\n[Log]\nPath=C:\\MillLink\\logs\n") % (rng.randrange(2, 7), key, MARK)


@kind("checkweigher_android_kiosk_shared_prefs_xml", "snake", "&<>\"'" + WS, "adb capture of an Android SharedPreferences XML on the checkweigher kiosk tablet")
def _k8(rng, key, value):
    return ("$ adb shell run-as uk.saltcote.checkweigh cat shared_prefs/settings.xml\n"
            "<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n"
            "    <string name=\"line_id\">PACK-%d</string>\n    <string name=\"%s\">%s</string>\n"
            "    <int name=\"reject_threshold_g\" value=\"%d\" />\n    <boolean name=\"kiosk_mode\" value=\"true\" />\n</map>\n") % (rng.randrange(1, 4), key, MARK, rng.randrange(2, 6))


@kind("sluice_controller_circuitpython_settings_toml", "upper", '"\\' + WS, "CircuitPython settings.toml on the sluice controller's CIRCUITPY drive")
def _k9(rng, key, value):
    n = rng.randrange(1, 9)
    return ("# settings.toml on the CIRCUITPY drive of sluice controller %d\nCIRCUITPY_WIFI_SSID = \"KVL-Marais\"\n"
            "CIRCUITPY_WEB_API_PORT = 80\n%s = \"%s\"\nSLUICE_ID = \"KVL-SG-%02d\"\nTIDE_OFFSET_MM = %d\n") % (n, key, MARK, n, rng.randrange(-40, 40))


@kind("spice_shop_prestashop_parameters_php", "snake", "'\\" + WS, "PrestaShop app/config/parameters.php of the old trade shop")
def _k10(rng, key, value):
    return ("<?php return array (\n  'parameters' => \n  array (\n    'database_host' => '127.0.0.1',\n    'database_port' => '',\n"
            "    'database_name' => 'pepperwick_trade',\n    'database_user' => 'ps_trade',\n    'database_prefix' => 'ps_',\n"
            "    '%s' => '%s',\n    'ps_caching' => 'CacheMemcache',\n    'ps_cache_enable' => false,\n    'locale' => 'en-GB',\n  ),\n);\n") % (key, MARK)


@kind("spice_shop_laravel_services_php_default", "snake", "'\\" + WS, "Laravel config/services.php with an env() fallback default")
def _k11(rng, key, value):
    return ("<?php\n\n// config/services.php  (Pepperwick web shop)\nreturn [\n    'postmark' => [\n        'token' => env('POSTMARK_TOKEN'),\n    ],\n\n"
            "    'saltworks' => [\n        '%s' => env('%s', '%s'),\n        'base_url' => env('SALTWORKS_BASE_URL', 'https://shop.pepperwick.example'),\n    ],\n];\n") % (
        key, key.upper(), MARK)


@kind("spice_shop_phoenix_runtime_exs", "snake", "\"\\#" + WS, "Elixir Phoenix config/runtime.exs with a System.get_env default")
def _k12(rng, key, value):
    return ("import Config\n\n# config/runtime.exs  (wholesale ordering, Phoenix)\nif config_env() == :prod do\n"
            "  config :pepperwick, Pepperwick.Wholesale,\n    base_url: \"https://wholesale.pepperwick.example\",\n"
            "    %s: System.get_env(\"%s\", \"%s\"),\n    pool_size: 10\nend\n") % (key, key.upper(), MARK)


@kind("wholesale_portal_spring_application_yml", "kebab", "'$" + WS, "Spring Boot application.yml of the wholesale portal")
def _k13(rng, key, value):
    return ("spring:\n  application:\n    name: wholesale-portal\n  jpa:\n    open-in-view: false\nserver:\n  port: 8081\n"
            "pepperwick:\n  integrations:\n    %s: '%s'\n    timeout: 20s\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: health,info\n") % (key, MARK)


@kind("wholesale_portal_aspnet_appsettings_json", "pascal", '"\\' + WS, "ASP.NET Core appsettings.Production.json of the trade-account portal")
def _k14(rng, key, value):
    return ("{\n  \"Logging\": {\n    \"LogLevel\": {\n      \"Default\": \"Information\",\n      \"Microsoft.AspNetCore\": \"Warning\"\n    }\n  },\n"
            "  \"AllowedHosts\": \"*\",\n  \"Integrations\": {\n    \"%s\": \"%s\",\n    \"BaseUrl\": \"https://trade.pepperwick.example\"\n  }\n}\n") % (key, MARK)


@kind("warehouse_flask_instance_config_py", "upper", '"\\' + WS, "Flask instance/config.py of the warehouse pick-list app")
def _k15(rng, key, value):
    return ("# instance/config.py  (warehouse pick-list app, lives on the warehouse box only)\nDEBUG = False\n"
            "SQLALCHEMY_DATABASE_URI = \"postgresql:///warehouse\"\n%s = \"%s\"\nPICKLIST_PRINTER = \"zebra-bay%d\"\n") % (key, MARK, rng.randrange(1, 5))


@kind("warehouse_fastapi_pydantic_settings_py", "snake", '"\\' + WS, "FastAPI pydantic-settings class with a default value")
def _k16(rng, key, value):
    return ("from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    app_name: str = \"bonded-stock\"\n"
            "    %s: str = \"%s\"\n    ledger_url: str = \"https://ledger.macetamarind.example\"\n\n\nsettings = Settings()\n") % (key, MARK)


@kind("tours_ghost_config_production_json", "camel", '"\\' + WS, "Ghost config.production.json of the salt-works tours blog")
def _k17(rng, key, value):
    return ("{\n  \"url\": \"https://tours.saltcote.example\",\n  \"server\": {\"port\": 2368, \"host\": \"127.0.0.1\"},\n"
            "  \"database\": {\"client\": \"sqlite3\", \"connection\": {\"filename\": \"/var/lib/ghost/content/data/ghost.db\"}},\n"
            "  \"saltcoteBookings\": {\"%s\": \"%s\"},\n  \"logging\": {\"transports\": [\"file\", \"stdout\"]}\n}\n") % (key, MARK)


@kind("blend_app_figaro_application_yml", "upper", '"\\%<' + WS, "Rails Figaro config/application.yml of the blend scheduler")
def _k18(rng, key, value):
    return ("# config/application.yml (Figaro)  blend scheduler\nproduction:\n  RAILS_LOG_TO_STDOUT: \"true\"\n  %s: \"%s\"\n"
            "  BLEND_ROOM_PRINTER: \"bay-%d\"\n") % (key, MARK, rng.randrange(1, 5))


@kind("spice_app_ios_info_plist", "pascal", "&<>" + WS, "Info.plist of the trade-ordering iOS app")
def _k19(rng, key, value):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
            "<plist version=\"1.0\">\n<dict>\n\t<key>CFBundleDisplayName</key>\n\t<string>Pepperwick Trade</string>\n"
            "\t<key>CFBundleShortVersionString</key>\n\t<string>4.%d.0</string>\n\t<key>%s</key>\n\t<string>%s</string>\n"
            "\t<key>UIRequiresFullScreen</key>\n\t<true/>\n</dict>\n</plist>\n") % (rng.randrange(1, 9), key, MARK)


@kind("spice_app_android_local_properties", "dot", "\\" + WS, "Android local.properties of the trade-ordering app")
def _k20(rng, key, value):
    return ("## This file must *NOT* be checked into Version Control Systems,\n# as it contains information specific to your local configuration.\n"
            "#\n# Location of the SDK. This is only used by Gradle.\nsdk.dir=/Users/%s/Library/Android/sdk\n%s=%s\n") % (W.login(rng), key, MARK)


@kind("spice_app_flutter_dart_defines_json", "upper", '"\\' + WS, "Flutter --dart-define-from-file JSON and the build command")
def _k21(rng, key, value):
    return ("$ cat dart_defines/prod.json\n{\n  \"API_BASE_URL\": \"https://trade.pepperwick.example/api\",\n  \"%s\": \"%s\",\n"
            "  \"SENTRY_ENVIRONMENT\": \"production\"\n}\n$ flutter build ipa --dart-define-from-file=dart_defines/prod.json\n") % (key, MARK)


@kind("ops_nomad_job_hcl_env", "upper", '"\\$%' + WS, "HashiCorp Nomad job file (task env block)")
def _k22(rng, key, value):
    return ("job \"brine-telemetry\" {\n  datacenters = [\"dc-marsh\"]\n  type        = \"service\"\n\n  group \"api\" {\n    count = 2\n\n"
            "    task \"api\" {\n      driver = \"docker\"\n\n      config {\n        image = \"registry.evaporite.example/brine-telemetry:2.%d.1\"\n      }\n\n"
            "      env {\n        LOG_LEVEL = \"info\"\n        %s = \"%s\"\n      }\n    }\n  }\n}\n") % (rng.randrange(1, 9), key, MARK)


@kind("ops_docker_compose_override_yml", "upper", '"\\$' + WS, "docker-compose.override.yml environment map")
def _k23(rng, key, value):
    return ("# docker-compose.override.yml  (local only, do not commit)\nservices:\n  shop:\n    environment:\n      APP_ENV: production\n"
            "      %s: \"%s\"\n    ports:\n      - \"8080:80\"\n") % (key, MARK)


@kind("ops_github_actions_workflow_env", "upper", "'" + WS, "GitHub Actions workflow with a top-level env map")
def _k24(rng, key, value):
    return ("name: deploy-shop\non:\n  push:\n    branches: [main]\nenv:\n  NODE_VERSION: '20'\n  %s: '%s'\njobs:\n  deploy:\n"
            "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm run build\n") % (key, MARK)


@kind("ops_jenkinsfile_environment_block", "upper", "'\\" + WS, "declarative Jenkinsfile environment block")
def _k25(rng, key, value):
    return ("pipeline {\n  agent { label 'linux' }\n  environment {\n    DEPLOY_TARGET = 'mill-prod'\n    %s = '%s'\n  }\n  stages {\n"
            "    stage('Build') { steps { sh './gradlew build' } }\n    stage('Deploy') { steps { sh './deploy.sh' } }\n  }\n}\n") % (key, MARK)


@kind("ops_chef_attributes_default_rb", "snake", "'\\" + WS, "Chef cookbook attributes/default.rb")
def _k26(rng, key, value):
    return ("# cookbooks/saltcote_pans/attributes/default.rb\ndefault['saltcote_pans']['burner_count'] = 4\n"
            "default['saltcote_pans']['%s'] = '%s'\ndefault['saltcote_pans']['ingest_url'] = 'https://telemetry.saltcote.example/ingest'\n") % (key, MARK)


@kind("ops_crontab_inline_env_line", "upper", "%\"'\\$#;" + WS, "crontab -l output with an environment line")
def _k27(rng, key, value):
    return ("$ crontab -l\n# m h  dom mon dow   command\nMAILTO=ops@evaporite.example\n%s=%s\n*/10 * * * * /usr/local/bin/pan-sync --quiet\n"
            "15 4 * * * /usr/local/bin/rotate-brine-logs\n") % (key, MARK)


@kind("ops_nginx_fastcgi_param_conf", "upper", "\"\\$;{}'" + WS, "nginx location block with fastcgi_param")
def _k28(rng, key, value):
    return ("location ~ \\.php$ {\n    include fastcgi_params;\n    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n"
            "    fastcgi_param APP_ENV production;\n    fastcgi_param %s \"%s\";\n}\n") % (key, MARK)


@kind("ops_uwsgi_ini_env_option", "upper", "%$;#\"'" + WS, "uWSGI ini with env options")
def _k29(rng, key, value):
    return ("[uwsgi]\nmodule = stocksync.wsgi:application\nmaster = true\nprocesses = 4\nenv = DJANGO_SETTINGS_MODULE=stocksync.settings.prod\n"
            "env = %s=%s\nvacuum = true\n") % (key, MARK)


@kind("ops_haproxy_cfg_setenv", "upper", "\"'\\$#" + WS, "HAProxy global section with setenv")
def _k30(rng, key, value):
    return ("global\n    log /dev/log local0\n    maxconn 2048\n    setenv %s %s\n\ndefaults\n    mode http\n    timeout connect 5s\n"
            "    timeout client 30s\n    timeout server 30s\n\nfrontend shop\n    bind :443 ssl crt /etc/haproxy/certs/\n    default_backend shop_nodes\n") % (key, MARK)


@kind("ops_kamal_deploy_yml_clear_env", "upper", "'" + WS, "Kamal config/deploy.yml with a value under env.clear")
def _k31(rng, key, value):
    return ("service: blend-scheduler\nimage: evaporite/blend-scheduler\nservers:\n  web:\n    - %s\nenv:\n  clear:\n    RAILS_LOG_LEVEL: info\n"
            "    %s: '%s'\n  secret:\n    - RAILS_MASTER_KEY\n") % (W.ip(rng), key, MARK)


@kind("dev_fish_history_yaml", "upper", "'\"\\$;|&<>()#*?[]{}~`" + WS, "fish shell history file (~/.local/share/fish/fish_history)")
def _k32(rng, key, value):
    t = 1738000000 + rng.randrange(0, 5000000)
    return ("- cmd: cd ~/src/pan-telemetry\n  when: %d\n- cmd: set -gx %s %s\n  when: %d\n- cmd: make run\n  when: %d\n  paths:\n    - Makefile\n") % (
        t, key, MARK, t + 41, t + 57)


@kind("dev_ipython_history_sqlite_query", "upper", "'\"\\|" + WS, "sqlite3 query of ~/.ipython/profile_default/history.sqlite")
def _k33(rng, key, value):
    s = rng.randrange(40, 400)
    return ("$ sqlite3 ~/.ipython/profile_default/history.sqlite \"select session, line, source from history where source like '%%environ%%'\"\n"
            "%d|3|import os\n%d|4|os.environ[\"%s\"] = \"%s\"\n%d|5|os.environ.get(\"%s\")[:4]\n") % (s, s, key, MARK, s, key)


@kind("dev_sublime_project_build_env", "upper", '"\\' + WS, "Sublime Text .sublime-project build system env")
def _k34(rng, key, value):
    return ("{\n\t\"folders\": [{\"path\": \".\"}],\n\t\"build_systems\": [\n\t\t{\n\t\t\t\"name\": \"catalogue sync\",\n\t\t\t\"cmd\": [\"python3\", \"-m\", \"catalogue_sync\"],\n"
            "\t\t\t\"env\": {\"%s\": \"%s\"}\n\t\t}\n\t]\n}\n") % (key, MARK)


@kind("dev_httpie_session_json", "header", '"\\' + WS, "HTTPie session file with a stored header")
def _k35(rng, key, value):
    return ("{\n    \"__meta__\": {\n        \"about\": \"HTTPie session file\",\n        \"help\": \"https://httpie.io/docs#sessions\",\n        \"httpie\": \"3.2.2\"\n    },\n"
            "    \"auth\": {\"type\": null, \"raw_auth\": null},\n    \"cookies\": [],\n    \"headers\": [\n        {\"name\": \"%s\", \"value\": \"%s\"}\n    ]\n}\n") % (key, MARK)


@kind("office_sticky_note_photo_ocr", "spaced", WS, "text recognised from a phone photo of a sticky note (Live Text)")
def _k36(rng, key, value):
    return ("IMG_%d.HEIC  text recognised:\n\n%s\n%s\n(on the monitor, pan house)\n- %s\n") % (
        rng.randrange(1000, 9999), key.upper(), MARK, W.first(rng))


@kind("office_line_chat_history_txt", "spaced", WS, "LINE chat history export (.txt)")
def _k37(rng, key, value):
    a, b = rng.sample(W.PEOPLE, 2)
    return ("[LINE] Chat history with Salorge crew\nSaved on: 2025/03/14 18:02\n\n2025/03/14(Fri)\n09:12\t%s\twho has the %s?\n"
            "09:15\t%s\t%s\n09:15\t%s\tdelete after reading pls\n") % (a, key, b, MARK, b)


@kind("office_voicemail_transcript", "spaced", WS, "voicemail transcription e-mailed by the phone system")
def _k38(rng, key, value):
    return ("From: voicemail@pbx.pepperwick.example\nSubject: New voicemail from %s (0:%d)\n\nTranscription (beta, may be inaccurate):\n"
            "\"Hi, it's %s. The %s for the new setup is %s, I've spelt it out in the chat as well. Ring me back if it doesn't take.\"\n") % (
        W.person(rng), rng.randrange(20, 59), W.first(rng), key, MARK)


@kind("office_evernote_enex_note", "spaced", "&<>]" + WS, "Evernote .enex export of a note")
def _k39(rng, key, value):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export4.dtd\">\n"
            "<en-export application=\"Evernote\" version=\"10.73\">\n<note><title>Mill room bits</title><content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            "<!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\"><en-note><div>nitrogen dewar swap: Tuesdays</div>"
            "<div>%s: %s</div><div>mill speed table on the wall</div></en-note>]]></content><tag>mill</tag></note>\n</en-export>\n") % (key, MARK)


@kind("office_obsidian_daily_note_md", "spaced", WS, "Obsidian daily note (Markdown with front matter)")
def _k40(rng, key, value):
    return ("---\ntags: [daily, saltcote]\n---\n# 2025-03-%02d\n\n- [x] pan 3 burner service booked\n- [ ] chase sack supplier\n"
            "- %s -> %s\n- brine at intake 31 g/L this morning\n") % (rng.randrange(1, 28), key, MARK)


@kind("office_vcard_contact_note", "spaced", ",;\\" + WS, "vCard exported from the office phone with a NOTE field")
def _k41(rng, key, value):
    p = W.person(rng).split()
    return ("BEGIN:VCARD\nVERSION:3.0\nN:%s;%s;;;\nFN:%s %s\nORG:Saltcote Tidal Salt Works\nTEL;TYPE=WORK:+44 1255 %06d\n"
            "NOTE:%s %s\nEND:VCARD\n") % (p[-1], p[0], p[0], p[-1], rng.randrange(0, 999999), key, MARK)


@kind("office_gpx_waypoint_desc", "spaced", "&<>" + WS, "GPX waypoint from the marsh survey app with a description")
def _k42(rng, key, value):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"MarshSurvey 2.4\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n"
            "  <wpt lat=\"47.2%04d\" lon=\"-2.4%04d\">\n    <name>SG-%02d gate box</name>\n    <desc>%s %s</desc>\n  </wpt>\n</gpx>\n") % (
        rng.randrange(0, 9999), rng.randrange(0, 9999), rng.randrange(1, 12), key, MARK)


@kind("office_odt_content_xml", "title", "&<>" + WS, "content.xml of a LibreOffice Writer hand-over document")
def _k43(rng, key, value):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">\n<office:body><office:text>\n"
            "<text:h text:outline-level=\"1\">Hand-over: packing and mill</text:h>\n<text:p>%s: %s</text:p>\n"
            "<text:p>Ask %s before changing reject limits.</text:p>\n</office:text></office:body></office:document-content>\n") % (key, MARK, W.first(rng))


@kind("office_opml_outline", "spaced", "&<>\"" + WS, "OPML outline exported from the shop manager's outliner")
def _k44(rng, key, value):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head><title>Shop opening checklist</title></head>\n  <body>\n"
            "    <outline text=\"Morning\">\n      <outline text=\"float in tills\"/>\n      <outline text=\"%s %s\"/>\n"
            "      <outline text=\"grind today's garam masala\"/>\n    </outline>\n  </body>\n</opml>\n") % (key, MARK)


@kind("office_redmine_issue_textile", "spaced", WS, "Redmine issue note in Textile markup")
def _k45(rng, key, value):
    return ("h3. Salorge weighbridge offline after storm\n\n* power back 07:40\n* terminal re-enrolled by %s\n\n"
            "%s (for whoever is on call): @%s@\n\nClosing once tickets sync.\n") % (W.first(rng), key, MARK)


assert len(KINDS) == 45, len(KINDS)
KIND_NAMES = [k["name"] for k in KINDS]
KIND_BY_NAME = {k["name"]: k for k in KINDS}


def pairing():
    """15 blocks of three kinds; each block deals a seeded permutation of the 12 types, four per kind."""
    rng = random.Random(SEED_PAIRING)
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            kname = KIND_NAMES[3 * b + j]
            for tname in perm[4 * j:4 * j + 4]:
                out.append((kname, tname))
    return out


def build(reg, signer):
    rng = random.Random(SEED_VALUES)
    wg_publics = {}
    records = []
    for kname, tname in pairing():
        kd = KIND_BY_NAME[kname]
        key = K(TYPE_WORDS[tname], kd["style"])
        for _ in range(400):
            v = gen_value(rng, tname, signer, wg_publics)
            if any(ch in v for ch in kd["forbid"]):
                continue
            if reg.ok(v):
                reg.add(v)
                break
        else:
            raise RuntimeError("no value for %s in %s" % (tname, kname))
        tpl = kd["fn"](rng, key, v)
        assert tpl.count(MARK) == 1, kname
        start = tpl.index(MARK)
        text = tpl.replace(MARK, v)
        records.append({
            "type": tname, "container": kname, "text": text,
            "secrets": [{"value": v, "start": start, "end": start + len(v), "type": tname}],
            "source": "everyday",
        })
    return records, wg_publics
