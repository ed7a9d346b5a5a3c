"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import base64
import random
import re

import common269 as C
import world269 as W

MK = '\u0000V\u0000'

# ------------------------------------------------------------------ types
# name, key words, description, generator kind
TYPES = [
    ('laying_shed_climate_controller_password', ['shed', 'controller', 'password'],
     'owner-chosen engineer password of the climate controller in a Hollinbrook laying shed (ventilation, lighting, feed and water)', 'pw'),
    ('setter_room_incubator_panel_password', ['setter', 'panel', 'password'],
     'owner-chosen supervisor password of the touch panel on the multi-stage setters in the Caldermere setter room', 'pw'),
    ('egg_grader_supervisor_password', ['grader', 'supervisor', 'password'],
     'owner-chosen supervisor login of the egg grader at Westfold (lane set-up, weight classes, overrides)', 'pw'),
    ('egg_stamp_inkjet_admin_password', ['stamp', 'printer', 'password'],
     'owner-chosen admin password of the inkjet printer that stamps the producer code on every egg at Westfold', 'pw'),
    ('farm_gate_vending_admin_password', ['vending', 'admin', 'password'],
     'owner-chosen admin login of the egg vending machine at the Hollinbrook farm gate (prices, cash box, refill log)', 'pw'),
    ('chick_lorry_climate_logger_password', ['lorry', 'logger', 'password'],
     'owner-chosen login of the climate logger console in the Caldermere chick delivery lorries', 'pw'),
    ('crack_detector_s10_licence', ['crack', 'detector', 'licence'],
     'licence of the crack-detection camera software on the Westfold grader (layout invented): `CDV-` + 2 upper-case '
     'letters + an 8-digit serial + its real UPU S10 check digit (weights 8 6 4 2 3 5 9 7, 11 minus the sum mod 11, '
     '10 read as 0 and 11 as 5) + 2 upper-case letters', 's10'),
    ('spray_cabinet_cas_enrolment_code', ['spray', 'cabinet', 'enrolment', 'code'],
     'enrolment code that binds the spray vaccination cabinet in the chick room to the hatchery backend (layout invented): '
     '`SVX-` + 7 digits + `-` + 2 digits + `-` + the real CAS-registry check digit (digits from the right times 1, 2, 3 ..., '
     'sum mod 10)', 'cas'),
    ('inovo_sexer_uscc_activation_code', ['inovo', 'activation', 'code'],
     'activation code of the in-ovo sexing machine (layout invented): `IOV-` + 17 characters of the 31-character alphabet '
     '0-9 A-Z without I O S V Z + the real GB 32100 check character (weights 3^i mod 31, 31 minus the sum mod 31)', 'uscc'),
    ('flock_data_ripemd160_api_key', ['flock', 'data', 'api', 'key'],
     'API key of the Spurwing flock-data API (layout invented): `fdk_` + 32 base62 + `_` + 10 lower-case hex, the first '
     'five bytes of the real RIPEMD-160 digest (written by hand) of the 32 body characters', 'rmd'),
    ('hatch_portal_paseto_service_token', ['hatch', 'portal', 'token'],
     'service token of the Caldermere hatch portal API: a real PASETO v2.local token (XChaCha20-Poly1305 written by hand, '
     'nonce from keyed BLAKE2b, pre-authentication encoding of header and nonce) under a 32-byte key drawn from a fixed '
     'seed and discarded; claims iss, sub, aud, iat, exp, jti, scope', 'paseto'),
    ('egg_order_portal_laravel_app_key', ['order', 'portal', 'app', 'key'],
     'Laravel APP_KEY of the Spurwing egg-order portal: `base64:` + standard Base64 of 32 random bytes (the AES-256-CBC '
     'key Laravel encrypts cookies and payloads with)', 'laravel'),
]
TYPE_NAMES = [t[0] for t in TYPES]

SHAPES = {
    's10': re.compile(r'^CDV-[A-Z]{2}([0-9]{9})[A-Z]{2}$'),
    'cas': re.compile(r'^SVX-([0-9]{7}-[0-9]{2}-[0-9])$'),
    'uscc': re.compile(r'^IOV-([' + C.USCC_AL + r']{18})$'),
    'rmd': re.compile(r'^fdk_([0-9A-Za-z]{32})_([0-9a-f]{10})$'),
    'paseto': re.compile(r'^v2\.local\.[A-Za-z0-9_-]+$'),
    'laravel': re.compile(r'^base64:([A-Za-z0-9+/]{43}=)$'),
}


def key_style(words, style):
    if style == 'upper':
        return '_'.join(w.upper() for w in words)
    if style == 'snake':
        return '_'.join(words)
    if style == 'camel':
        return words[0] + ''.join(w.capitalize() for w in words[1:])
    if style == 'pascal':
        return ''.join(w.capitalize() for w in words)
    if style == 'kebab':
        return '-'.join(words)
    if style == 'header':
        return 'X-' + '-'.join(w.capitalize() for w in words)
    if style == 'title':
        return ' '.join(w.capitalize() for w in words)
    if style == 'spaced':
        return ' '.join(words)
    raise ValueError(style)


# ------------------------------------------------------------------ kinds
def _h(r):
    return r.choice(W.HOSTS)


def _ip(r):
    return r.choice(W.IPS)


def _u(r):
    return r.choice(W.USERS)


def _p(r):
    return r.choice(W.FIRST)


def k_node_red(r, k, v):
    return ("// settings.js - Node-RED on %s (Shed %d bridge)\nmodule.exports = {\n    uiPort: process.env.PORT || 1880,\n"
            "    flowFile: 'flows_shed%d.json',\n    credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,\n"
            "    functionGlobalContext: {\n        shedNumber: %d,\n        %s: '%s',\n        modbusHost: '%s'\n    },\n"
            "    logging: { console: { level: 'info' } }\n};\n") % (_h(r), r.randint(1, 4), r.randint(1, 4), r.randint(1, 4), k, v, _ip(r))


def k_arduino(r, k, v):
    return ("// arduino_secrets.h - farm gate vending controller (MKR WiFi 1010)\n#define SECRET_SSID \"HollinbrookGate\"\n"
            "#define SECRET_%s \"%s\"\n#define SECRET_MQTT_HOST \"%s\"\n#define SECRET_MQTT_PORT %d\n") % (k, v, _h(r), r.choice([1883, 8883]))


def k_platformio(r, k, v):
    return ("; platformio.ini - egg counter on the nest belt (Shed %d)\n[env:esp32dev]\nplatform = espressif32\nboard = esp32dev\n"
            "framework = arduino\nmonitor_speed = 115200\nbuild_flags =\n    -D BELT_ID=%d\n    -D %s=\\\"%s\\\"\n"
            "    -D MQTT_HOST=\\\"%s\\\"\nlib_deps = knolleary/PubSubClient@^2.8\n") % (r.randint(1, 4), r.randint(1, 8), k, v, _ip(r))


def k_esphome(r, k, v):
    return ("# secrets.yaml - ESPHome nodes in the laying sheds\nwifi_ssid: \"Hollinbrook-Sheds\"\nshed_api_port: 6053\n"
            "%s: \"%s\"\nmqtt_broker: \"%s\"\n") % (k, v, _ip(r))


def k_micropython(r, k, v):
    return ("# config.py - climate logger, chick lorry %s\nLORRY_ID = \"CAL-L%d\"\nSAMPLE_SECONDS = %d\n%s = \"%s\"\n"
            "UPLINK_HOST = \"%s\"\nTEMP_ALARM_C = (%d.0, %d.5)\n") % (r.choice(['YX21 KHC', 'PN19 TGA', 'MA70 CHX']), r.randint(1, 6),
                                                                       r.choice([30, 60, 120]), k, v, _h(r), r.randint(22, 24), r.randint(30, 33))


def k_shinobi(r, k, v):
    return ("{\n  \"port\": 8080,\n  \"passwordType\": \"sha256\",\n  \"databaseType\": \"sqlite3\",\n"
            "  \"cron\": {\"deleteOld\": true, \"deleteOverMax\": true},\n  \"%s\": \"%s\",\n"
            "  \"rangeCameras\": [\"%s\", \"%s\"]\n}\n") % (k, v, _ip(r), _ip(r))


def k_legacy_ini(r, k, v):
    return ("[Grader]\nLine=%d\nWeightClasses=S,M,L,XL\nComPort=COM%d\n\n[Service]\nEngineer=%s\n%s=%s\nLastCalibration=%d.%02d.2025\n") % (
        r.randint(1, 3), r.randint(2, 9), _p(r), k, v, r.randint(1, 28), r.randint(1, 12))


def k_routeros(r, k, v):
    return ("# %s by RouterOS 7.14\n# software id = %s\n/system script\nadd name=shed-bridge-env owner=admin source=\":global shedVlan %d\\r\\\n"
            "    \\n:global %s \\\"%s\\\"\\r\\\n    \\n:global bridgeHost \\\"%s\\\"\"\n") % (
        r.choice(['jan/14/2026', 'feb/02/2026', 'nov/27/2025']), C.rstr(r, C.UPALNUM, 4) + '-' + C.rstr(r, C.UPALNUM, 4), r.randint(10, 40), k, v, _ip(r))


def k_grafana_ds(r, k, v):
    return ("apiVersion: 1\ndatasources:\n  - name: hatchery-influx\n    type: influxdb\n    access: proxy\n    url: http://%s:8086\n"
            "    jsonData:\n      dbName: setters\n      httpMode: POST\n    secureJsonData:\n      %s: \"%s\"\n") % (_ip(r), k, v)


def k_rails_creds(r, k, v):
    return ("$ EDITOR=cat bin/rails credentials:show\nsecret_key_base_rotated_at: 2025-%02d-%02d\n%s: %s\naws:\n  region: eu-west-2\n"
            "  bucket: egg-orders-exports\n") % (r.randint(1, 12), r.randint(1, 28), k, v)


def k_spring(r, k, v):
    return ("spring:\n  application:\n    name: hatch-scheduler\n  datasource:\n    url: jdbc:postgresql://%s:5432/hatch\n"
            "caldermere:\n  setters:\n    poll-seconds: %d\n  %s: \"%s\"\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: health,info\n") % (
        _ip(r), r.choice([15, 30, 60]), k, v)


def k_appsettings(r, k, v):
    return ("{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"AllowedHosts\": \"*\",\n  \"Packing\": {\n"
            "    \"LineCount\": %d,\n    \"%s\": \"%s\",\n    \"EdiEndpoint\": \"https://%s/as2\"\n  }\n}\n") % (r.randint(2, 5), k, v, 'edi.' + W.PACK)


def k_phoenix(r, k, v):
    return ("import Config\n\nif config_env() == :prod do\n  config :flock, FlockWeb.Endpoint,\n    url: [host: \"%s\", port: 443]\n\n"
            "  config :flock, :integrations,\n    %s: \"%s\",\n    shed_count: %d\nend\n") % ('flockdata.' + W.STUDIO, k, v, r.randint(3, 5))


def k_fastapi(r, k, v):
    return ("from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    app_name: str = \"grading-api\"\n"
            "    line_count: int = %d\n    %s: str = \"%s\"\n    trace_db_url: str = \"postgresql://%s/trace\"\n\n\nsettings = Settings()\n") % (
        r.randint(2, 4), k, v, 'trace-db.' + W.PACK)


def k_viper(r, k, v):
    return ("# config.toml - trace-sync (Go, viper)\n[server]\nlisten = \":%d\"\n\n[traceability]\nproducer_code = \"1UK%05d\"\n"
            "%s = \"%s\"\nbatch_size = %d\n") % (r.choice([8080, 9090, 8443]), r.randint(10000, 99999), k, v, r.choice([250, 500, 1000]))


def k_cargo(r, k, v):
    return ("# .cargo/config.toml - vending-sync firmware tools\n[build]\ntarget = \"thumbv7em-none-eabihf\"\n\n[env]\n"
            "VENDING_SITE = \"hollinbrook-gate\"\n%s = \"%s\"\n") % (k, v)


def k_gradle(r, k, v):
    return ("# gradle.properties - egg app (Android)\norg.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n"
            "apiBaseUrl=https://%s/v2\n%s=%s\n") % ('orders.' + W.STUDIO, k, v)


def k_yii(r, k, v):
    return ("<?php\n// config/params.php - hatch portal (Yii 2)\nreturn [\n    'adminEmail' => '%s',\n    'chickBoxSize' => %d,\n"
            "    '%s' => '%s',\n];\n") % (W.email(r, 'hatch'), r.choice([50, 100]), k, v)


def k_astro(r, k, v):
    return ("// astro.config.mjs - farm shop\nimport { defineConfig } from \"astro/config\";\n\nexport default defineConfig({\n"
            "  site: \"https://shop.%s\",\n  vite: {\n    define: {\n      \"import.meta.env.%s\": JSON.stringify(\"%s\"),\n"
            "    },\n  },\n});\n") % (W.FARM, k, v)


def k_nixos(r, k, v):
    return ("# /etc/nixos/configuration.nix (excerpt)\n{ config, pkgs, ... }:\n{\n  networking.hostName = \"%s\";\n"
            "  environment.variables = {\n    SHED_BRIDGE_MODE = \"modbus\";\n    %s = \"%s\";\n  };\n  services.openssh.enable = true;\n}\n") % (
        _h(r).split('.')[0], k, v)


def k_cloud_init(r, k, v):
    return ("#cloud-config\nhostname: %s\nwrite_files:\n  - path: /etc/default/%s\n    permissions: '0640'\n    content: |\n"
            "      LOG_LEVEL=info\n      %s=%s\nruncmd:\n  - systemctl restart %s\n") % (
        _h(r).split('.')[0], r.choice(W.SERVICES), k, v, r.choice(W.SERVICES))


def k_configmap(r, k, v):
    return ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: %s-config\n  namespace: farm\ndata:\n  LOG_LEVEL: \"info\"\n"
            "  %s: \"%s\"\n") % (r.choice(W.SERVICES), k, v)


def k_openrc(r, k, v):
    return ("# /etc/conf.d/%s\ncommand_user=\"eggs:eggs\"\noutput_log=\"/var/log/%s.log\"\nexport %s=\"%s\"\n") % (
        r.choice(W.SERVICES), r.choice(W.SERVICES), k, v)


def k_concourse(r, k, v):
    return ("jobs:\n- name: deploy-%s\n  plan:\n  - get: repo\n    trigger: true\n  - task: deploy\n    file: repo/ci/deploy.yml\n"
            "    params:\n      target_host: %s\n      %s: \"%s\"\n") % (r.choice(W.REPOS), _h(r), k, v)


def k_teamcity(r, k, v):
    return ("object Deploy : BuildType({\n    name = \"Deploy %s\"\n    params {\n        param(\"env.TARGET\", \"%s\")\n"
            "        param(\"env.%s\", \"%s\")\n    }\n})\n") % (r.choice(W.REPOS), _h(r), k, v)


def k_hiera(r, k, v):
    return ("---\n# hieradata/nodes/%s.yaml\nprofile::eggroom::belt_speed: %d\nprofile::eggroom::%s: '%s'\n") % (
        _h(r), r.randint(4, 9), k, v)


def k_setx(r, k, v):
    return ("@echo off\nrem set-grader-env.bat - run once on the grader PC\nsetx GRADER_LINE %d\nsetx %s \"%s\"\necho done\n") % (
        r.randint(1, 3), k, v)


def k_docker_inspect(r, k, v):
    return ("$ docker inspect --format '{{json .Config.Env}}' %s | jq .\n[\n  \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\",\n"
            "  \"TZ=Europe/London\",\n  \"%s=%s\"\n]\n") % (r.choice(W.SERVICES), k, v)


def k_journal(r, k, v):
    svc = r.choice(W.SERVICES)
    day = r.choice(['Jan 12', 'Feb 03', 'Mar 21'])
    host = _h(r).split('.')[0]
    hh, mm, ss, pid = r.randint(0, 23), r.randint(0, 58), r.randint(0, 50), r.randint(300, 9000)
    return ("$ journalctl -u %s -n 2 --no-pager\n%s %02d:%02d:%02d %s %s[%d]: starting with LOG_LEVEL=info\n"
            "%s %02d:%02d:%02d %s %s[%d]: config: %s=%s\n") % (svc, day, hh, mm, ss, host, svc, pid,
                                                            day, hh, mm, ss + r.randint(1, 9), host, svc, pid, k, v)


def k_vscode_settings(r, k, v):
    return ("{\n  \"editor.formatOnSave\": true,\n  \"terminal.integrated.env.linux\": {\n    \"FLOCK_ENV\": \"staging\",\n"
            "    \"%s\": \"%s\"\n  }\n}\n") % (k, v)


def k_tox(r, k, v):
    return ("[tox]\nenvlist = py311\n\n[testenv]\ndeps = -rrequirements-dev.txt\nsetenv =\n    FLOCK_ENV = test\n    %s = %s\n"
            "commands = pytest -q\n") % (k, v)


def k_devcontainer(r, k, v):
    return ("{\n  \"name\": \"%s\",\n  \"image\": \"mcr.microsoft.com/devcontainers/python:3.11\",\n  \"containerEnv\": {\n"
            "    \"%s\": \"%s\"\n  },\n  \"forwardPorts\": [8000]\n}\n") % (r.choice(W.REPOS), k, v)


def k_k6(r, k, v):
    return ("import http from 'k6/http';\n\nexport const options = { vus: %d, duration: '30s' };\nconst %s = __ENV.K6_TOKEN || '%s';\n\n"
            "export default function () {\n  http.get('https://%s/health');\n}\n") % (r.randint(5, 40), k, v, 'api.' + W.STUDIO)


def k_repl(r, k, v):
    return (">>> import os\n>>> os.environ['%s'] = '%s'\n>>> from flockdata import client\n>>> client.ping()\n{'ok': True, 'sheds': %d}\n") % (
        k, v, r.randint(3, 5))


def k_har(r, k, v):
    return ("{\"log\": {\"version\": \"1.2\", \"entries\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://%s/v1/sheds\",\n"
            "  \"headers\": [{\"name\": \"Accept\", \"value\": \"application/json\"}, {\"name\": \"%s\", \"value\": \"%s\"}]},\n"
            "  \"response\": {\"status\": 200}}]}}\n") % ('api.' + W.STUDIO, k, v)


def k_mitm(r, k, v):
    return ("$ mitmdump -nr shed.flow --flow-detail 2\n%s:%d: GET http://%s/api/v1/climate\n    Host: %s\n    %s: %s\n"
            "    Accept: */*\n << 200 OK 412b\n") % (_ip(r), r.randint(40000, 60000), _ip(r), _ip(r), k, v)


def k_jira(r, k, v):
    return ("%s - comment by %s:\nRe-imaged the box yesterday. For whoever picks this up, the %s is %s (do not change it until "
            "the engineer has been).\n") % (r.choice(W.TICKETS), _p(r), k, v)


def k_confluence(r, k, v):
    return ("<h2>Night cover</h2>\n<p>If the alarm goes off call %s first.</p>\n<ac:structured-macro ac:name=\"info\"><ac:rich-text-body>"
            "<p>%s: %s</p></ac:rich-text-body></ac:structured-macro>\n") % (_p(r), k, v)


def k_notion(r, k, v):
    return ("# Handover %s\n\nCreated by: %s\nTags: hatchery, nights\n\n- check the hatcher humidity at 02:00\n- %s %s\n"
            "- log the chick count in the sheet\n") % (r.choice(['week 12', 'week 19', 'week 27']), _p(r), k, v)


def k_keep(r, k, v):
    return ("{\"color\": \"YELLOW\", \"isTrashed\": false, \"isPinned\": true, \"title\": \"egg room\",\n \"textContent\": "
            "\"belt 2 sensor replaced\\n%s %s\\nask %s about the spare fuse\",\n \"labels\": [{\"name\": \"farm\"}]}\n") % (k, v, _p(r))


def k_vcard(r, k, v):
    return ("BEGIN:VCARD\nVERSION:3.0\nFN:Grader Service Desk\nORG:Westfold Egg Packers\nTEL;TYPE=WORK:+44 1568 %06d\n"
            "NOTE:%s %s\nEND:VCARD\n") % (r.randint(100000, 999999), k, v)


def k_ocr(r, k, v):
    return ("[ocr of IMG_%04d.jpg - sticky note on the %s]\n%s\n%s\nUSER %s\ndo not remove!!\n") % (
        r.randint(1000, 9999), r.choice(['monitor', 'setter door', 'vending machine', 'grader cabinet']), k.upper(), v, _u(r))


def k_voicemail(r, k, v):
    return ("Subject: Voicemail from %s (0%d) - 0:%02d\n\nTranscript (auto): hi it's %s from the hatchery, the %s is %s , I'll "
            "ring back after the chick run, cheers\n") % (_p(r), r.randint(1200000000, 1999999999), r.randint(10, 59), _p(r), k, v)


def k_freshdesk(r, k, v):
    return ("{\"id\": %d, \"subject\": \"Cannot log in after update\", \"status\": 2, \"priority\": 3,\n \"description_text\": "
            "\"Engineer visit done. %s set back to %s until further notice.\", \"requester_id\": %d}\n") % (
        r.randint(4000, 9000), k, v, r.randint(10 ** 9, 10 ** 10))


def k_docx(r, k, v):
    return ("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>\n"
            "<w:p><w:r><w:t>Shift handover - %s</w:t></w:r></w:p>\n<w:p><w:r><w:t xml:space=\"preserve\">%s: %s</w:t></w:r></w:p>\n"
            "</w:body></w:document>\n") % (r.choice(['setter room', 'egg room', 'grader']), k, v)


# name, style, description, forbidden characters, renderer
KINDS = [
    ('shed_node_red_settings_js', 'camel', 'Node-RED settings.js of a shed bridge (functionGlobalContext)', "'\\", k_node_red),
    ('vending_arduino_secrets_h', 'upper', 'arduino_secrets.h of the farm-gate vending controller (#define SECRET_)', '"\\', k_arduino),
    ('counter_platformio_ini_build_flags', 'upper', 'platformio.ini build_flags of the nest-belt egg counter', '"\\;#$ ', k_platformio),
    ('shed_esphome_secrets_yaml', 'snake', 'ESPHome secrets.yaml of the shed sensor nodes', '"\\#', k_esphome),
    ('lorry_logger_micropython_config_py', 'upper', 'MicroPython config.py on a chick-lorry climate logger', '"\\', k_micropython),
    ('range_cameras_shinobi_conf_json', 'camel', 'Shinobi NVR conf.json of the range cameras', '"\\', k_shinobi),
    ('grader_pc_legacy_app_ini', 'pascal', 'INI file of the legacy grader PC application', ';#"\' ', k_legacy_ini),
    ('farm_router_routeros_script_rsc', 'camel', 'RouterOS export with a script setting :global variables', '"\\$?', k_routeros),
    ('hatchery_grafana_datasource_yaml', 'camel', 'Grafana datasource provisioning file (secureJsonData)', '"\\#$', k_grafana_ds),
    ('orders_rails_credentials_show', 'snake', 'terminal capture of bin/rails credentials:show', '"\\#\'', k_rails_creds),
    ('hatchery_spring_application_yml', 'kebab', 'Spring Boot application.yml of the hatch scheduler', '"\\#$', k_spring),
    ('packing_dotnet_appsettings_production_json', 'pascal', 'appsettings.Production.json of the packing service', '"\\', k_appsettings),
    ('flock_phoenix_runtime_exs', 'snake', 'Phoenix config/runtime.exs of the flock-data app', '"\\#', k_phoenix),
    ('grading_fastapi_settings_py', 'snake', 'pydantic BaseSettings defaults of the grading API', '"\\', k_fastapi),
    ('traceability_go_viper_config_toml', 'snake', 'config.toml of the Go trace-sync service (viper)', '"\\', k_viper),
    ('vending_rust_cargo_config_toml', 'upper', '.cargo/config.toml [env] of the vending firmware tools', '"\\', k_cargo),
    ('eggapp_gradle_properties', 'camel', 'gradle.properties of the egg app', '\\ ', k_gradle),
    ('hatchery_yii_params_php', 'camel', 'Yii 2 config/params.php of the hatch portal', "'\\", k_yii),
    ('farmshop_astro_config_mjs', 'camel', 'astro.config.mjs of the farm shop (vite define)', '"\\', k_astro),
    ('ops_nixos_configuration_nix', 'upper', 'NixOS configuration.nix environment.variables', '"\\$', k_nixos),
    ('ops_cloud_init_user_data_yaml', 'upper', 'cloud-init user-data writing an environment file', '"\'\\$# ', k_cloud_init),
    ('ops_k8s_configmap_yaml', 'upper', 'Kubernetes ConfigMap data (a value that should have been a Secret)', '"\\', k_configmap),
    ('ops_openrc_conf_d_file', 'upper', 'OpenRC /etc/conf.d file with an export', '"\\$`!', k_openrc),
    ('ops_concourse_pipeline_params_yml', 'snake', 'Concourse pipeline task params', '"\\#(', k_concourse),
    ('ops_teamcity_kotlin_dsl_params', 'upper', 'TeamCity Kotlin DSL params block', '"\\$', k_teamcity),
    ('ops_puppet_hiera_node_yaml', 'snake', 'Puppet Hiera node data', "'\\%", k_hiera),
    ('ops_windows_setx_batch_file', 'upper', 'Windows batch file with setx', '"%^&|<>', k_setx),
    ('ops_docker_inspect_env_capture', 'upper', 'terminal capture of docker inspect Config.Env', '"\\', k_docker_inspect),
    ('ops_journalctl_startup_capture', 'upper', 'journalctl capture of a service logging its config at start', '" ', k_journal),
    ('dev_vscode_settings_terminal_env', 'upper', 'VS Code settings.json terminal.integrated.env', '"\\$', k_vscode_settings),
    ('dev_tox_ini_setenv', 'upper', 'tox.ini setenv block', '{}#;\\ ', k_tox),
    ('dev_devcontainer_json_containerenv', 'upper', 'devcontainer.json containerEnv', '"\\$', k_devcontainer),
    ('dev_k6_load_test_script_js', 'camel', 'k6 load-test script with a hard-coded fallback', "'\\", k_k6),
    ('dev_python_repl_transcript', 'upper', 'Python REPL transcript setting os.environ', "'\\", k_repl),
    ('dev_har_export_request_header', 'header', 'HAR export of a browser request (header value)', '"\\', k_har),
    ('dev_mitmdump_flow_listing', 'header', 'mitmdump flow listing of a shed-bridge request', ' ', k_mitm),
    ('office_jira_issue_comment_text', 'spaced', 'Jira issue comment copied as text', '{}', k_jira),
    ('office_confluence_storage_format_xml', 'spaced', 'Confluence page in storage format (info macro)', '&<>"', k_confluence),
    ('office_notion_page_export_md', 'spaced', 'Notion page exported as Markdown', '*`', k_notion),
    ('office_google_keep_takeout_json', 'spaced', 'Google Keep note from a Takeout export (JSON)', '"\\', k_keep),
    ('office_vcard_note_field_vcf', 'spaced', 'vCard with the value in NOTE', ',;\\', k_vcard),
    ('office_sticky_note_photo_ocr', 'title', 'OCR text of a photo of a sticky note', '', k_ocr),
    ('office_voicemail_transcript_email', 'spaced', 'voicemail-to-e-mail transcript', '', k_voicemail),
    ('office_freshdesk_ticket_json', 'spaced', 'Freshdesk ticket JSON (description_text)', '"\\<>&', k_freshdesk),
    ('office_docx_document_xml', 'spaced', 'word/document.xml of a handover document', '&<>', k_docx),
]
KIND_NAMES = [k[0] for k in KINDS]


# ------------------------------------------------------------------ values
def gen_value(gk, rng, forbidden, secrets):
    if gk == 'pw':
        joiners = ''.join(j for j in C.LOOSE_JOINERS if j not in forbidden)
        return C.make_password(rng, joiners, cap=0.5)
    if gk == 's10':
        serial = C.rstr(rng, C.DIGITS, 8)
        return 'CDV-' + C.rstr(rng, C.UPPER, 2) + serial + str(C.s10_check(serial)) + C.rstr(rng, C.UPPER, 2)
    if gk == 'cas':
        body = C.rstr(rng, C.DIGITS, 9)
        return 'SVX-%s-%s-%d' % (body[:7], body[7:], C.cas_check(body))
    if gk == 'uscc':
        body = C.rstr(rng, C.USCC_AL, 17)
        return 'IOV-' + body + C.uscc_check(body)
    if gk == 'rmd':
        body = C.rstr(rng, C.B62, 32)
        return 'fdk_' + body + '_' + C.ripemd160(body.encode())[:5].hex()
    if gk == 'paseto':
        key = secrets['paseto_key']
        d = rng.randint(1, 27)
        claims = {'iss': 'portal.' + W.HATCH, 'sub': 'svc:' + rng.choice(['chick-orders', 'delivery-planner', 'flock-sync']),
                  'aud': 'hatch-api', 'iat': '2025-%02d-%02dT%02d:00:00+00:00' % (rng.randint(1, 12), d, rng.randint(0, 23)),
                  'exp': '2026-%02d-%02dT00:00:00+00:00' % (rng.randint(1, 12), d), 'jti': C.uuid4(rng),
                  'scope': rng.choice(['orders:read', 'orders:read orders:write', 'deliveries:read'])}
        return C.paseto_v2_local_encrypt(key, claims, bytes(rng.getrandbits(8) for _ in range(24)))
    if gk == 'laravel':
        return 'base64:' + base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()
    raise ValueError(gk)


def check_value(gk, v, secrets):
    if gk == 'pw':
        return C.is_world_password(v, strict=False)
    m = SHAPES[gk].match(v)
    if not m:
        return False
    if gk == 's10':
        return C.s10_ok(m.group(1))
    if gk == 'cas':
        return C.cas_ok(m.group(1))
    if gk == 'uscc':
        return C.uscc_ok(m.group(1))
    if gk == 'rmd':
        return C.ripemd160(m.group(1).encode())[:5].hex() == m.group(2)
    if gk == 'paseto':
        cl = C.paseto_v2_local_decrypt(secrets['paseto_key'], v)
        return bool(cl) and set(cl) == {'iss', 'sub', 'aud', 'iat', 'exp', 'jti', 'scope'} and C.is_v4(cl['jti'])
    if gk == 'laravel':
        return len(base64.b64decode(m.group(1))) == 32
    return False


def pairing(seed=26911):
    """45 kinds in 15 blocks of three; every block deals its own permutation of the 12 types,
    four to each kind, so every kind holds four different types and every type sits in 15 records."""
    rng = random.Random(seed)
    order = list(range(len(KINDS)))
    rng.shuffle(order)
    out = []
    for b in range(15):
        perm = list(range(12))
        rng.shuffle(perm)
        for j in range(3):
            out.append((order[3 * b + j], perm[4 * j: 4 * j + 4]))
    out.sort()
    return out


def build(reg, secrets, seed=26901):
    rng = random.Random(seed)
    recs = []
    for ki, tis in pairing():
        kname, style, _desc, forbidden, fn = KINDS[ki]
        for ti in tis:
            tname, words, _d, gk = TYPES[ti]
            key = key_style(words, style)
            def draw():
                while True:
                    v = gen_value(gk, rng, forbidden, secrets)
                    if not any(ch in forbidden for ch in v):
                        return v
            v = reg.draw(draw)
            tmpl = fn(rng, key, MK)
            i = tmpl.index(MK)
            text = tmpl[:i] + v + tmpl[i + len(MK):]
            recs.append({'type': tname, 'container': kname, 'text': text,
                         'secrets': [{'value': v, 'start': i, 'end': i + len(v), 'type': tname}], 'source': 'everyday'})
    return recs
