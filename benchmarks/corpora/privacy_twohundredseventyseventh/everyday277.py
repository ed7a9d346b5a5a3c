"""Everyday source: 12 types x 15 records in 45 container kinds x 4 records."""
import base64
import random
import struct

import common277 as C
import world277 as W

M = '\x00'

# ---------------------------------------------------------------------------------------
# Types. key words are used for key names in every case style.
TYPES = [
    ('oast_kiln_burner_panel_password', 'owner', ['kiln', 'burner', 'panel', 'password'],
     'owner-chosen engineer password of the burner panel on the biomass-fired kiln in Brackenden\'s modern oast (burner stages, plenum temperature, louvre timing)'),
    ('hop_picking_machine_plc_password', 'owner', ['picking', 'machine', 'plc', 'password'],
     'owner-chosen web login of the PLC of the hop-picking machine in Brackenden\'s picking shed (bine feed, stripper drums, conveyor speeds)'),
    ('maltings_steep_tank_hmi_password', 'owner', ['steep', 'tank', 'hmi', 'password'],
     'owner-chosen supervisor password of the HMI on Wyebrook\'s steep tanks (wet and air-rest cycles, aeration, water temperature)'),
    ('hop_bale_press_terminal_password', 'owner', ['bale', 'press', 'terminal', 'password'],
     'owner-chosen login of the weigh terminal on Brackenden\'s bale press (pocket weights, lot labels)'),
    ('maltings_weighbridge_console_password', 'owner', ['weighbridge', 'console', 'password'],
     'owner-chosen operator password of the weighbridge console at Wyebrook (barley intake tickets, tare weights)'),
    ('coop_pelletiser_scada_password', 'owner', ['pelletiser', 'scada', 'password'],
     'owner-chosen admin password of the SCADA screen of Frome Vale\'s pelletiser (die temperature, hammer-mill load, nitrogen flush)'),
    ('kiln_burner_speck_cbcmac_licence', 'gen', ['burner', 'licence', 'key'],
     'licence key of the burner-management software on the Brackenden kiln (layout invented): `KBL-` + four groups of four upper-case hex digits (8 bytes: site and feature bits) + `-` + 16 upper-case hex digits = the real CBC-MAC of those 8 bytes under Speck64/128 (written by hand) with the vendor\'s key, drawn from a fixed seed and discarded'),
    ('picking_vision_iswc_activation_code', 'gen', ['picking', 'vision', 'activation', 'code'],
     'activation code of the camera grading module on the picking machine (layout invented): `PMA-` + nine digits grouped 3.3.3 + `-` + the real ISWC check digit (1 + the sum of each digit times its position 1..9, then 10 minus that mod 10)'),
    ('weighbridge_software_rut_licence', 'gen', ['weighbridge', 'licence'],
     'licence of the weighbridge software at Wyebrook (layout invented): `WBL-` + eight digits grouped 2.3.3 (first not 0) + `-` + the real Chilean RUT check character (weights 2..7 repeating from the right, 11 minus the sum mod 11, 11 read as 0 and 10 as K)'),
    ('hop_trace_md4_api_token', 'gen', ['trace', 'api', 'token'],
     'API token of the Bineweed hop traceability API (layout invented): `bwd_` + 32 base62 + `_` + 8 lower-case hex = the first four bytes of the real MD4 digest (RFC 1320, written by hand) of the 32 body characters'),
    ('pellet_despatch_awb7_release_code', 'gen', ['pellet', 'release', 'code'],
     'release code the Frome Vale despatch desk keys in to free a pellet consignment (layout invented): `PRC-` + three digits + `-` + seven digits + the real air-waybill check digit (the seven-digit serial modulo 7)'),
    ('malt_batch_laravel_app_key', 'gen', ['app', 'key'],
     'APP_KEY of the Wyebrook batch app (Laravel): `base64:` + standard Base64 of 32 random bytes (the AES-256 key Laravel encrypts cookies and payloads with; checked by decoding back to exactly 32 bytes)'),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_INFO = {t[0]: t for t in TYPES}


def key_name(words, style):
    if style == 'upper':
        return '_'.join(w.upper() for w in words)
    if style == 'snake':
        return '_'.join(words)
    if style == 'camel':
        return words[0] + ''.join(w[:1].upper() + w[1:] for w in words[1:])
    if style == 'pascal':
        return ''.join(w[:1].upper() + w[1:] for w in words)
    if style == 'kebab':
        return '-'.join(words)
    if style == 'dotted':
        return '.'.join(words)
    if style == 'spaced':
        return ' '.join(words)
    if style == 'title':
        return ' '.join(w[:1].upper() + w[1:] for w in words)
    if style == 'header':
        return 'X-' + '-'.join(w[:1].upper() + w[1:] for w in words)
    raise ValueError(style)


# ---------------------------------------------------------------------------------------
# Value generators.

class Gen:
    def __init__(self, rng, key_rng):
        self.rng = rng
        self.speck_key = C.rand_bytes(key_rng, 16)

    def value(self, tname, forbidden=''):
        r = self.rng
        if TYPE_INFO[tname][1] == 'owner':
            return C.draw_password(r, C.JOINERS_WIDE, 0.5, forbidden)
        if tname == 'kiln_burner_speck_cbcmac_licence':
            data = C.rand_bytes(r, 8)
            mac = C.speck64_cbc_mac(self.speck_key, data)
            h = data.hex().upper()
            return 'KBL-%s-%s-%s-%s-%s' % (h[0:4], h[4:8], h[8:12], h[12:16], mac.hex().upper())
        if tname == 'picking_vision_iswc_activation_code':
            d = ''.join(r.choice(C.DIGITS) for _ in range(9))
            return 'PMA-%s.%s.%s-%s' % (d[0:3], d[3:6], d[6:9], C.iswc_check(d))
        if tname == 'weighbridge_software_rut_licence':
            d = r.choice('123456789') + ''.join(r.choice(C.DIGITS) for _ in range(7))
            return 'WBL-%s.%s.%s-%s' % (d[0:2], d[2:5], d[5:8], C.rut_check(d))
        if tname == 'hop_trace_md4_api_token':
            body = ''.join(r.choice(C.ALNUM) for _ in range(32))
            return 'bwd_%s_%s' % (body, C.md4(body.encode()).hex()[:8])
        if tname == 'pellet_despatch_awb7_release_code':
            p = ''.join(r.choice(C.DIGITS) for _ in range(3))
            s = ''.join(r.choice(C.DIGITS) for _ in range(7))
            return 'PRC-%s-%s%s' % (p, s, C.awb_check(s))
        if tname == 'malt_batch_laravel_app_key':
            return 'base64:' + base64.b64encode(C.rand_bytes(r, 32)).decode()
        raise ValueError(tname)


def check_value(tname, v, speck_key):
    """Return None if the value is a valid instance of its type, else a reason."""
    import re
    if TYPE_INFO[tname][1] == 'owner':
        return None if C.is_password(v) else 'not a trade password form'
    if tname == 'kiln_burner_speck_cbcmac_licence':
        m = re.match(r'^KBL-([0-9A-F]{4})-([0-9A-F]{4})-([0-9A-F]{4})-([0-9A-F]{4})-([0-9A-F]{16})$', v)
        if not m:
            return 'KBL layout'
        data = bytes.fromhex(''.join(m.groups()[:4]))
        return None if C.speck64_cbc_mac(speck_key, data).hex().upper() == m.group(5) else 'Speck CBC-MAC'
    if tname == 'picking_vision_iswc_activation_code':
        m = re.match(r'^PMA-(\d{3})\.(\d{3})\.(\d{3})-(\d)$', v)
        if not m:
            return 'PMA layout'
        return None if C.iswc_check(''.join(m.groups()[:3])) == m.group(4) else 'ISWC digit'
    if tname == 'weighbridge_software_rut_licence':
        m = re.match(r'^WBL-([1-9]\d)\.(\d{3})\.(\d{3})-([0-9K])$', v)
        if not m:
            return 'WBL layout'
        return None if C.rut_check(''.join(m.groups()[:3])) == m.group(4) else 'RUT check'
    if tname == 'hop_trace_md4_api_token':
        m = re.match(r'^bwd_([0-9A-Za-z]{32})_([0-9a-f]{8})$', v)
        if not m:
            return 'bwd layout'
        return None if C.md4(m.group(1).encode()).hex()[:8] == m.group(2) else 'MD4 tail'
    if tname == 'pellet_despatch_awb7_release_code':
        m = re.match(r'^PRC-(\d{3})-(\d{7})(\d)$', v)
        if not m:
            return 'PRC layout'
        return None if C.awb_check(m.group(2)) == m.group(3) else 'mod-7 digit'
    if tname == 'malt_batch_laravel_app_key':
        return None if C.laravel_key_ok(v) else 'APP_KEY frame'
    return 'unknown type'


# ---------------------------------------------------------------------------------------
# Container kinds. render(key, ctx) returns a template with one marker M.

def _k_balena(key, c):
    return ('[\n  {"name": "KILN_GATEWAY_SITE", "value": "brackenden-modern-oast"},\n'
            '  {"name": "MQTT_BROKER", "value": "%s"},\n  {"name": "%s", "value": "%s"},\n'
            '  {"name": "LOG_LEVEL", "value": "info"}\n]\n') % (c['ip'], key, M)


def _k_codesys(key, c):
    return (';linux\n[SysFile]\nFilePath.1=/etc/codesys/, 3S.dat\n\n[CmpWebServer]\nWebServerPortNr=8080\n\n'
            '[CmpApp.Bineweed]\n; burner integration written by %s\nHistorianHost=%s\n%s=%s\nLouvreStepMs=1500\n') % (c['dev'], c['ip'], key, M)


def _k_nvs(key, c):
    return ('key,type,encoding,value\nkiln,namespace,,\nsite,data,string,brackenden\nbroker,data,string,%s\n'
            '%s,data,string,%s\nfan_stages,data,u8,4\n') % (c['ip'], key, M)


def _k_zephyr(key, c):
    return ('# prj.conf - picking machine bridge (nRF9160)\nCONFIG_NETWORKING=y\nCONFIG_MQTT_LIB=y\n'
            'CONFIG_APP_BROKER_HOSTNAME="%s"\nCONFIG_APP_%s="%s"\nCONFIG_APP_STRIPPER_DRUMS=3\n') % (c['ip'], key, M)


def _k_mos(key, c):
    return ('author: %s\ndescription: germination floor probe\nversion: 1.4\nlibs:\n  - origin: https://github.com/mongoose-os-libs/mqtt\n'
            'config_schema:\n  - ["mqtt.server", "%s:1883"]\n  - ["app", "o", {title: "Wyebrook settings"}]\n'
            '  - ["app.%s", "s", "%s", {title: "floor HMI"}]\n  - ["app.turns_per_day", "i", 3, {title: "floor turns"}]\n') % (c['dev'], c['ip'], key, M)


def _k_winini(key, c):
    return ('[Indicator]\nPort=COM3\nBaud=9600\nDecimals=0\nUnit=kg\n\n[Bineweed]\nTicketApi=https://batch.wyebrook-maltings.example/api/tickets\n'
            '%s=%s\nOperator=%s\n') % (key, M, c['first'])


def _k_ignition(key, c):
    return ('{\n  "name": "Pelletiser",\n  "tagType": "Folder",\n  "tags": [\n    {"name": "DieTempSetpoint", "tagType": "AtomicTag", "value": 62},\n'
            '    {"name": "%s", "tagType": "AtomicTag", "dataType": "String", "value": "%s"},\n'
            '    {"name": "HammerMillLoad", "tagType": "AtomicTag", "value": 71}\n  ]\n}\n') % (key, M)


def _k_rsc(key, c):
    return ('# jan/02/2026 cold store router (RouterOS 7.14)\n/system script\nadd name=coop-sync policy=read,write source=":global %s \\"%s\\"\\r\\\n'
            '    \\n/tool fetch url=\\"https://scada.fromevale-hops.example/ping\\" keep-result=no"\n') % (key, M)


def _k_firstrun(key, c):
    return ('#!/bin/bash\n# firstrun.sh written by Raspberry Pi Imager for press-pi\nset +e\nCURRENT_HOSTNAME=$(cat /etc/hostname | tr -d " \\t\\n\\r")\n'
            'echo press-pi >/etc/hostname\nexport %s=\'%s\'\necho "%s=${%s}" >> /etc/environment\nrm -f /boot/firstrun.sh\nexit 0\n') % (key, M, key, key)


def _k_loratoml(key, c):
    return ('[bridge]\nregion = "EU868"\nfloor_sensors = 24\n\n[upstream]\nurl = "https://trace.bineweed.example/ingest"\n'
            '%s = "%s"\n\n[log]\nlevel = "info"\n') % (key, M)


def _k_cumulus(key, c):
    return ('[Station]\nType=1\nComportName=/dev/ttyUSB0\nLatitude=51.1\n\n[Bineweed]\nUploadUrl=https://grafana.bineweed.example/cumulus\n'
            '%s=%s\nIntervalMinutes=10\n') % (key, M)


def _k_vector(key, c):
    return ('[sources.boiler]\ntype = "file"\ninclude = ["/var/log/boiler/*.log"]\n\n[sinks.kiln_api]\ntype = "http"\ninputs = ["boiler"]\n'
            'uri = "https://trace.bineweed.example/boiler"\nencoding.codec = "json"\n\n[sinks.kiln_api.request.headers]\n"%s" = "%s"\n') % (key, M)


def _k_laravel_env(key, c):
    return ('APP_NAME="Wyebrook Batch"\nAPP_ENV=production\nAPP_DEBUG=false\nAPP_URL=https://batch.wyebrook-maltings.example\n'
            'LOG_CHANNEL=stack\n%s=%s\nQUEUE_CONNECTION=database\n') % (key, M)


def _k_medusa(key, c):
    return ('const { loadEnv, defineConfig } = require("@medusajs/framework/utils")\nloadEnv(process.env.NODE_ENV || "development", process.cwd())\n\n'
            'module.exports = defineConfig({\n  projectConfig: {\n    storeCors: "https://shop.fromevale-hops.example",\n'
            '    %s: "%s",\n  },\n})\n') % (key, M)


def _k_pydantic(key, c):
    return ('from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    database_url: str = "sqlite:///trace.db"\n'
            '    %s: str = "%s"\n    lot_prefix: str = "BRK"\n\n\nsettings = Settings()\n') % (key, M)


def _k_micronaut(key, c):
    return ('micronaut:\n  application:\n    name: coop-orders\n  server:\n    port: 8081\ncoop:\n  shop-url: https://shop.fromevale-hops.example\n'
            '  %s: "%s"\n  pellet-lines: 2\n') % (key, M)


def _k_eas(key, c):
    return ('{\n  "cli": {"version": ">= 10.0.0"},\n  "build": {\n    "production": {\n      "env": {\n        "API_BASE": "https://trace.bineweed.example",\n'
            '        "%s": "%s"\n      }\n    }\n  }\n}\n') % (key, M)


def _k_gradle(key, c):
    return ('org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\nbineweed.apiBase=https://trace.bineweed.example\n'
            'bineweed.%s=%s\n') % (key, M)


def _k_fastlane(key, c):
    return ('# fastlane/.env.default\nAPP_IDENTIFIER=example.bineweed.crew\nSLACK_CHANNEL=#crew-app\n%s="%s"\nBUILD_FLAVOUR=release\n') % (key, M)


def _k_superset(key, c):
    return ('# superset_config.py\nROW_LIMIT = 5000\nSQLALCHEMY_DATABASE_URI = "sqlite:////app/superset_home/superset.db"\n'
            'FEATURE_FLAGS = {"ALERT_REPORTS": True}\n%s = "%s"\n') % (key, M)


def _k_odoo(key, c):
    return ('[options]\naddons_path = /opt/odoo/addons,/opt/odoo/coop-addons\ndb_host = %s\ndb_port = 5432\nhttp_port = 8069\n'
            '%s = %s\nlogfile = /var/log/odoo/odoo.log\n') % (c['ip'], key, M)


def _k_hugo(key, c):
    return ('baseURL = "https://www.brackenden-hops.example/"\nlanguageCode = "en-gb"\ntitle = "Brackenden Hop Farm"\n\n[params]\n'
            'openDays = "September"\n%s = "%s"\n') % (key, M)


def _k_appsettings(key, c):
    return ('{\n  "Logging": {"LogLevel": {"Default": "Information"}},\n  "Lims": {\n    "MoistureAnalyser": "%s",\n'
            '    "%s": "%s"\n  },\n  "AllowedHosts": "*"\n}\n') % (c['ip'], key, M)


def _k_pyinfra(key, c):
    return ('# inventory.py (pyinfra)\nkiln_hosts = [\n    ("kiln-gw-01.brackenden-hops.example", {\n        "ssh_user": "deploy",\n'
            '        "%s": "%s",\n    }),\n]\n') % (key, M)


def _k_nix(key, c):
    return ('{ config, pkgs, ... }:\n{\n  networking.hostName = "swarm-01";\n  services.kilnBridge = {\n    enable = true;\n'
            '    settings.%s = "%s";\n  };\n  system.stateVersion = "24.05";\n}\n') % (key, M)


def _k_swarm(key, c):
    return ('version: "3.8"\nservices:\n  trace-api:\n    image: registry.bineweed.example/trace-api:2.7.1\n    deploy:\n      replicas: 2\n'
            '    environment:\n      - TRACE_DB_HOST=%s\n      - "%s=%s"\n') % (c['ip'], key, M)


def _k_kustomize(key, c):
    return ('apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\nsecretGenerator:\n'
            '  - name: kiln-bridge\n    literals:\n      - "%s=%s"\n') % (key, M)


def _k_resticprofile(key, c):
    return ('[default]\nrepository = "sftp:backup@%s:/srv/restic/kiln"\n\n[default.env]\n%s = "%s"\n\n[default.backup]\nsource = ["/srv/kiln"]\n') % (c['ip'], key, M)


def _k_nginx(key, c):
    return ('location /api/kiln/ {\n    proxy_pass http://%s:8080/;\n    proxy_set_header Host $host;\n'
            '    proxy_set_header %s "%s";\n}\n') % (c['ip'], key, M)


def _k_crontab(key, c):
    return ('# m h dom mon dow command\nMAILTO=ops@bineweed.example\n%s=%s\n*/15 * * * * /opt/kiln/sync.sh >> /var/log/kiln-sync.log 2>&1\n') % (key, M)


def _k_unattend(key, c):
    return ('<?xml version="1.0" encoding="utf-8"?>\n<unattend xmlns="urn:schemas-microsoft-com:unattend">\n  <settings pass="oobeSystem">\n'
            '    <component name="Microsoft-Windows-Shell-Setup">\n      <FirstLogonCommands>\n        <SynchronousCommand>\n'
            '          <Order>1</Order>\n          <CommandLine>setx /M %s %s</CommandLine>\n        </SynchronousCommand>\n'
            '      </FirstLogonCommands>\n    </component>\n  </settings>\n</unattend>\n') % (key, M)


def _k_psd1(key, c):
    return ("@{\n    AllNodes = @(\n        @{\n            NodeName = 'WB-CONSOLE'\n            Role = 'Weighbridge'\n"
            "            %s = '%s'\n        }\n    )\n}\n") % (key, M)


def _k_insomnia(key, c):
    return ('{\n  "_type": "export",\n  "__export_format": 4,\n  "resources": [\n    {\n      "_type": "environment",\n      "name": "production",\n'
            '      "data": {\n        "baseUrl": "https://trace.bineweed.example",\n        "%s": "%s"\n      }\n    }\n  ]\n}\n') % (key, M)


def _k_tox(key, c):
    return ('[tox]\nenv_list = py311\n\n[testenv]\ndeps = pytest\nset_env =\n    TRACE_BASE = https://trace.bineweed.example\n'
            '    %s = %s\ncommands = pytest -q\n') % (key, M)


def _k_make(key, c):
    return ('.PHONY: deploy\nexport TRACE_BASE := https://trace.bineweed.example\nexport %s := %s\n\ndeploy:\n\t./scripts/deploy.sh\n') % (key, M)


def _k_zsh(key, c):
    return (': 1735210011:0;cd ~/src/kiln-bridge\n: 1735210030:0;export %s=\'%s\'\n: 1735210044:0;make deploy\n') % (key, M)


def _k_traceback(key, c):
    return ('Traceback (most recent call last):\n  File "/srv/trace/app/sync.py", line 88, in push_lot\n    resp.raise_for_status()\n'
            '    lot_id     = \'BRK-24-117\'\n    %s = \'%s\'\n    url        = \'https://trace.bineweed.example/lots\'\n'
            'requests.exceptions.HTTPError: 502 Server Error: Bad Gateway\n') % (key, M)


def _k_har(key, c):
    return ('{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "128.0"}, "entries": [{"request": {"method": "POST",'
            ' "url": "https://batch.wyebrook-maltings.example/settings", "postData": {"mimeType": "application/x-www-form-urlencoded",'
            ' "params": [{"name": "%s", "value": "%s"}]}}}]}}\n') % (key, M)


def _k_keep(key, c):
    return ('{"color": "YELLOW", "isTrashed": false, "isPinned": true, "title": "oast bits",'
            ' "textContent": "%s %s - ask %s before changing the kiln curve", "labels": [{"name": "Brackenden"}]}\n') % (key, M, c['first'])


def _k_enex(key, c):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<en-export application="Evernote" version="10.0">\n  <note>\n    <title>Maltings handover</title>\n'
            '    <content>%s: %s (changed after the steep trial)</content>\n  </note>\n</en-export>\n') % (key, M)


def _k_rtf(key, c):
    return ('{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Calibri;}}\n\\f0\\fs22 Handover for the picking season\\par\n'
            'Dear %s,\\par\n%s: %s\\par\nKind regards, %s\\par\n}\n') % (c['first'], key, M, c['dev'])


def _k_wiki(key, c):
    return ('== Kiln house ==\n* Burner panel sits left of the plenum door.\n* %s: <code>%s</code>\n* Ring %s if the louvres stick.\n') % (key, M, c['first'])


def _k_tsv(key, c):
    rows = ['level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext']
    words = key.split(' ') + [M]
    for i, w in enumerate(words):
        rows.append('5\t1\t1\t1\t1\t%d\t%d\t40\t%d\t22\t%d\t%s' % (i + 1, 30 + 90 * i, 60 + 8 * len(w), 88 + i % 7, w))
    return '\n'.join(rows) + '\n'


def _k_srt(key, c):
    return ('1\n00:00:04,120 --> 00:00:07,800\nRight, the press terminal is back up.\n\n2\n00:00:08,010 --> 00:00:12,400\n'
            '%s is %s for now.\n\n3\n00:00:12,600 --> 00:00:14,900\nI will change it after harvest.\n') % (key, M)


def _k_keepass(key, c):
    return ('<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n<KeePassFile>\n  <Root>\n    <Group>\n      <Name>Brackenden</Name>\n'
            '      <Entry>\n        <String><Key>Title</Key><Value>%s</Value></String>\n'
            '        <String><Key>UserName</Key><Value>%s</Value></String>\n        <String><Key>Password</Key><Value>%s</Value></String>\n'
            '      </Entry>\n    </Group>\n  </Root>\n</KeePassFile>\n') % (key, c['user'], M)


# name, style, syntax, forbidden characters, description, renderer
KINDS = [
    ('kiln_gateway_balena_device_env_json', 'upper', 'json', '"\\', 'balena device environment variables exported as JSON (kiln gateway)', _k_balena),
    ('kiln_plc_codesys_control_cfg', 'pascal', 'ini', '#;', 'CODESYSControl.cfg of the kiln PLC runtime (custom section)', _k_codesys),
    ('oast_esp32_nvs_partition_csv', 'snake', 'csv', ',"', 'ESP-IDF NVS partition CSV of the oast louvre controller', _k_nvs),
    ('picking_machine_zephyr_prj_conf', 'upper', None, '"\\#', 'Zephyr prj.conf of the picking-machine bridge', _k_zephyr),
    ('germination_floor_mongoose_mos_yml', 'snake', 'yamlish', '"\\#', 'Mongoose OS mos.yml config_schema of a germination-floor probe', _k_mos),
    ('weighbridge_indicator_windows_ini', 'pascal', 'ini', '#;', 'Windows INI of the weighbridge indicator software', _k_winini),
    ('pelletiser_ignition_tags_json', 'pascal', 'json', '"\\', 'Ignition tag export (JSON) of the pelletiser', _k_ignition),
    ('cold_store_mikrotik_script_rsc', 'camel', None, '"\\$#', 'MikroTik RouterOS export with a script (:global)', _k_rsc),
    ('hop_press_firstrun_sh', 'upper', None, "'\\", 'Raspberry Pi Imager firstrun.sh of the press Pi', _k_firstrun),
    ('drying_floor_lora_bridge_toml', 'snake', 'toml', '"\\', 'TOML config of the drying-floor LoRa bridge', _k_loratoml),
    ('weather_station_cumulusmx_ini', 'pascal', 'ini', '#;', 'Cumulus.ini of the hop-garden weather station (custom section)', _k_cumulus),
    ('biomass_boiler_vector_toml', 'header', 'toml', '"\\', 'Vector config of the biomass boiler log shipper (request headers)', _k_vector),
    ('batch_app_laravel_dotenv', 'upper', None, '#"\' ', '.env of the Wyebrook batch app (Laravel)', _k_laravel_env),
    ('shop_medusa_config_js', 'camel', None, '"\\', 'medusa-config.js of the co-operative order shop', _k_medusa),
    ('trace_api_pydantic_settings_py', 'snake', None, '"\\', 'pydantic-settings module of the traceability API', _k_pydantic),
    ('coop_orders_micronaut_application_yml', 'kebab', 'yamlish', '"\\#', 'Micronaut application.yml of the co-operative orders service', _k_micronaut),
    ('crew_app_eas_build_json', 'upper', 'json', '"\\', 'eas.json build profile env of the crew app', _k_eas),
    ('crew_app_android_gradle_properties', 'camel', None, '#!\\', 'gradle.properties of the crew app (Android)', _k_gradle),
    ('crew_app_fastlane_env_default', 'upper', None, '"#\\$', 'fastlane .env.default of the crew app', _k_fastlane),
    ('dashboard_superset_config_py', 'upper', None, '"\\', 'superset_config.py of the kiln dashboard', _k_superset),
    ('coop_odoo_server_conf', 'snake', 'ini', '#;%', 'odoo.conf of the co-operative ERP', _k_odoo),
    ('farm_site_hugo_config_toml', 'camel', 'toml', '"\\', 'Hugo config.toml of the Brackenden farm site', _k_hugo),
    ('maltings_lims_appsettings_json', 'pascal', 'json', '"\\', 'appsettings.Production.json of the maltings LIMS', _k_appsettings),
    ('ops_pyinfra_inventory_py', 'snake', None, '"\\', 'pyinfra inventory.py with host data', _k_pyinfra),
    ('ops_nixos_configuration_nix', 'camel', None, '"\\$', 'NixOS configuration.nix of the swarm node', _k_nix),
    ('ops_docker_swarm_stack_yml', 'upper', 'yamlish', '"\\$#', 'Docker Swarm stack file (environment list)', _k_swarm),
    ('ops_kustomize_secret_generator_yml', 'upper', 'yamlish', '"\\#', 'kustomization.yaml secretGenerator literals', _k_kustomize),
    ('ops_resticprofile_toml', 'upper', 'toml', '"\\', 'resticprofile profiles.toml (env section)', _k_resticprofile),
    ('ops_nginx_proxy_header_conf', 'header', None, '"\\$;', 'nginx location with proxy_set_header', _k_nginx),
    ('ops_crontab_environment_lines', 'upper', None, '%#', 'crontab with an environment line', _k_crontab),
    ('ops_windows_autounattend_xml', 'upper', 'xml', '&<>"\' ', 'autounattend.xml first-logon command', _k_unattend),
    ('ops_powershell_dsc_configdata_psd1', 'pascal', None, "'", 'PowerShell DSC configuration data (.psd1)', _k_psd1),
    ('dev_insomnia_export_json', 'camel', 'json', '"\\', 'Insomnia export (environment data)', _k_insomnia),
    ('dev_tox_ini_set_env', 'upper', 'ini', '#;', 'tox.ini set_env block', _k_tox),
    ('dev_makefile_export_lines', 'upper', None, '#$', 'Makefile export line', _k_make),
    ('dev_zsh_extended_history', 'upper', None, "'", 'zsh extended history of a developer', _k_zsh),
    ('dev_python_traceback_locals', 'snake', None, "'\\", 'Python traceback printed with local variables', _k_traceback),
    ('dev_browser_har_capture_json', 'camel', 'json', '"\\', 'HAR capture of a settings form post (JSON)', _k_har),
    ('office_google_keep_takeout_json', 'spaced', 'json', '"\\', 'Google Keep note from a Takeout export (JSON)', _k_keep),
    ('office_evernote_enex_note', 'spaced', 'xml', '&<>', 'Evernote ENEX export of a handover note', _k_enex),
    ('office_rtf_handover_letter', 'spaced', None, '\\{}', 'RTF handover letter', _k_rtf),
    ('office_mediawiki_page_wikitext', 'spaced', None, '<>|[]{}', 'MediaWiki page source on the farm wiki', _k_wiki),
    ('office_tesseract_tsv_sticker_ocr', 'title', 'tsv', '\t', 'tesseract TSV output of a photographed sticker on the press', _k_tsv),
    ('office_whisper_srt_transcript', 'spaced', None, '', 'SRT transcript (Whisper) of a recorded call', _k_srt),
    ('office_keepass_xml_export', 'title', 'xml', '&<>', 'KeePass 2 XML export (one entry)', _k_keepass),
]
KIND_NAMES = [k[0] for k in KINDS]
KIND_INFO = {k[0]: k for k in KINDS}


def pairing(rng):
    """15 blocks of three kinds; each block deals a shuffled list of the 12 types four by four."""
    kinds = list(KIND_NAMES)
    rng.shuffle(kinds)
    out = []
    for b in range(15):
        block = kinds[3 * b:3 * b + 3]
        types = list(TYPE_NAMES)
        rng.shuffle(types)
        for i, k in enumerate(block):
            for t in types[4 * i:4 * i + 4]:
                out.append((k, t))
    return out


def generate(reg):
    rng = random.Random(C.SEEDS['everyday_values'])
    prng = random.Random(C.SEEDS['everyday_pairing'])
    krng = random.Random(C.SEEDS['everyday_keys'])
    gen = Gen(rng, krng)
    recs = []
    for kind, tname in pairing(prng):
        kname, style, syntax, forbid, desc, render = KIND_INFO[kind]
        words = TYPE_INFO[tname][2]
        if style == 'title' and kind == 'office_keepass_xml_export':
            key = key_name(words, 'title')
        else:
            key = key_name(words, style)
        p = W.person(rng)
        ctx = {'ip': W.ip10(rng) if rng.random() < 0.6 else W.ip192(rng), 'dev': W.person(rng, 'bineweed')[0],
               'first': p[0].split()[0], 'user': p[1]}
        tpl = render(key, ctx)
        def fresh():
            while True:
                v = gen.value(tname, forbid)
                if not any(ch in forbid for ch in v):
                    return v
        value = reg.draw(fresh)
        text, s, e = C.place(tpl, value)
        recs.append({'type': tname, 'container': kind, 'text': text,
                     'secrets': [{'value': value, 'start': s, 'end': e, 'type': tname}], 'source': 'everyday'})
    return recs, gen.speck_key
