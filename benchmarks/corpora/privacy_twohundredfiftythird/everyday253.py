"""Everyday source: 12 types x 45 container kinds, 4 records per kind."""
import base64
import hashlib
import random

import common253 as C

M = C.MARK

# ---------------------------------------------------------------- the 12 types
TYPES = [
    ("lock_flight_scada_operator_password", ["scada", "operator", "password"], "owner",
     "owner-chosen operator password of the Kestle lock-flight SCADA panel (paddles, gate rams, back-pumping)"),
    ("swing_bridge_panel_engineer_password", ["bridge", "panel", "engineer", "password"], "owner",
     "owner-chosen engineer password of the Tolleybridge swing-bridge control panel (barriers, slew drive)"),
    ("hire_booking_backoffice_admin_password", ["booking", "admin", "password"], "owner",
     "owner-chosen admin password of the boat-hire booking back office"),
    ("marina_pumpout_kiosk_manager_password", ["kiosk", "manager", "password"], "owner",
     "owner-chosen manager password of the marina's pump-out and diesel kiosk"),
    ("boat_telematics_portal_password", ["telematics", "portal", "password"], "owner",
     "owner-chosen password of the hire fleet's telematics portal (GPS, battery, bilge alarms)"),
    ("lockside_cafe_epos_supervisor_password", ["epos", "supervisor", "password"], "owner",
     "owner-chosen supervisor password of the lockside cafe and chandlery EPOS"),
    ("lock_gate_luhn36_service_key", ["lockgate", "service", "key"], "luhn36",
     "service key of the lock-gate controller API (layout invented): `lgk-` + 24 lower-case base36 "
     "characters + their real Luhn mod 36 check character (alphabet 0-9 a-z)"),
    ("mooring_meter_adler32_token", ["mooring", "meter", "token"], "adler",
     "token of the mooring-bollard electricity meters (layout invented): `mmt_` + 32 base62 + `_` + "
     "8 lower-case hex of the real Adler-32 of those 32 characters"),
    ("licence_checker_mod11_2_key", ["licence", "checker", "key"], "mod112",
     "key of the trust's boat-licence checker API (layout invented): `lcc_` + 15 digits and their real "
     "ISO/IEC 7064 MOD 11-2 check character (0-9 or X), written as four groups of four joined by `-`, "
     "+ `_` + 24 base62"),
    ("booking_api_hs384_jwt", ["booking", "api", "jwt"], "hs384",
     "bearer token of the hire-booking API: real HS384 JWT (base64url JSON header and payload, "
     "HMAC-SHA384 under a discarded key; payload iss, sub, aud, scope, iat, exp, jti = UUIDv4)"),
    ("trust_portal_laravel_app_key", ["portal", "app", "key"], "laravel",
     "Laravel `APP_KEY` of the trust's volunteer and licence portal: `base64:` + standard Base64 of "
     "32 random bytes (44 characters)"),
    ("fleet_dashboard_rails_secret_key_base", ["secret", "key", "base"], "rails",
     "Rails `secret_key_base` of the hire-fleet dashboard: 128 lower-case hex (64 random bytes)"),
]
TYPE_NAMES = [t[0] for t in TYPES]


def gen_value(kind, rng):
    if kind == "owner":
        return C.owner_password(rng)
    if kind == "luhn36":
        body = C.pick(rng, C.LOWALNUM, 24)
        return "lgk-" + body + C.luhn_mod_n_check(body, C.LOWALNUM)
    if kind == "adler":
        body = C.pick(rng, C.ALNUM, 32)
        return "mmt_%s_%08x" % (body, C.adler32(body.encode()))
    if kind == "mod112":
        d = C.pick(rng, C.DIGITS, 15)
        d16 = d + C.mod11_2_check(d)
        return "lcc_%s-%s-%s-%s_%s" % (d16[0:4], d16[4:8], d16[8:12], d16[12:16], C.pick(rng, C.ALNUM, 24))
    if kind == "hs384":
        iat = 1746000000 + rng.randrange(0, 9000000)
        payload = {"iss": "https://book.wharfside-boats.example", "sub": "agent:%s" % rng.choice(
            ["ottilie", "aled", "dev", "channel-manager", "kiosk-03"]), "aud": "hire-api",
            "scope": rng.choice(["bookings:read bookings:write", "fleet:read", "bookings:read"]),
            "iat": iat, "exp": iat + rng.choice([3600, 86400, 604800]), "jti": C.uuid4(rng)}
        key = C.rbytes(rng, 48)
        tok = C.jwt_hs("HS384", {"typ": "JWT"}, payload, key)
        assert C.jwt_hs_verify(tok, key)
        return tok
    if kind == "laravel":
        return "base64:" + C.b64std(C.rbytes(rng, 32))
    if kind == "rails":
        return C.rbytes(rng, 64).hex()
    raise ValueError(kind)


def check_value(tname, v):
    """Return an error string or None."""
    kind = dict((t[0], t[2]) for t in TYPES)[tname]
    import re
    if kind == "owner":
        return None if C.OWNER_PW_RE.match(v) else "owner password form"
    if kind == "luhn36":
        if not re.fullmatch(r"lgk-[0-9a-z]{25}", v):
            return "luhn36 frame"
        return None if C.luhn_mod_n_valid(v[4:], C.LOWALNUM) else "luhn36 check"
    if kind == "adler":
        m = re.fullmatch(r"mmt_([0-9A-Za-z]{32})_([0-9a-f]{8})", v)
        if not m:
            return "adler frame"
        return None if int(m.group(2), 16) == C.adler32(m.group(1).encode()) else "adler32 tail"
    if kind == "mod112":
        m = re.fullmatch(r"lcc_(\d{4})-(\d{4})-(\d{4})-(\d{3}[0-9X])_[0-9A-Za-z]{24}", v)
        if not m:
            return "mod11-2 frame"
        d = "".join(m.groups())
        return None if C.mod11_2_check(d[:15]) == d[15] else "mod11-2 check"
    if kind == "hs384":
        if not C.jwt_valid(v):
            return "jwt frame"
        import json
        h = json.loads(C._b64url_dec(v.split(".")[0]))
        return None if h.get("alg") == "HS384" else "jwt alg"
    if kind == "laravel":
        if not re.fullmatch(r"base64:[A-Za-z0-9+/]{43}=", v):
            return "laravel frame"
        return None if len(base64.b64decode(v[7:])) == 32 else "laravel bytes"
    if kind == "rails":
        return None if re.fullmatch(r"[0-9a-f]{128}", v) else "rails frame"
    return "unknown"


# ---------------------------------------------------------------- the 45 container kinds
def _host(rng):
    return rng.choice(["scada", "bridge", "book", "fleet", "kiosk", "shop", "licences", "berths"])


def k_esphome(rng, k):
    return ("substitutions:\n  node_name: bollard-%02d\n  friendly: \"Fenmarsh pontoon %s bollard\"\n"
            "  %s: %s\n\nesphome:\n  name: ${node_name}\n\nwifi:\n  ssid: !secret marina_ssid\n"
            "  password: !secret marina_wifi\n" % (rng.randrange(1, 40), rng.choice("ABCDE"), k, C.yaml_sq(M)))


def k_micropython(rng, k):
    return ("# config.py  - lock-level gauge node, Cawdle weir\nNODE_ID = \"weir-gauge-%d\"\n"
            "MQTT_HOST = \"%s\"\nSAMPLE_SECONDS = %d\n%s = \"%s\"\nULTRASONIC_OFFSET_MM = %d\n"
            % (rng.randrange(1, 9), C.private_ip(rng), rng.choice([30, 60, 120]), k, M, rng.randrange(40, 90)))


def k_ha_secrets(rng, k):
    return ("# /config/secrets.yaml  (cabin of NB Tipcat Lass, hire base)\nlatitude_home: 52.%04d\n"
            "longitude_home: -1.%04d\nvictron_host: %s\n%s: %s\nntfy_topic: wharfside-bilge\n"
            % (rng.randrange(10000), rng.randrange(10000), C.private_ip(rng), k, C.yaml_sq(M)))


def k_uci(rng, k):
    return ("# /etc/config/lockside  (OpenWrt on the Kestle flight cabinet router)\n"
            "config service 'panel'\n\toption enabled '1'\n\toption host '%s'\n\toption %s '%s'\n"
            "\toption poll '%d'\n" % (C.private_ip(rng), k, M, rng.choice([5, 10, 15])))


def k_frigate(rng, k):
    return ("mqtt:\n  host: %s\n  user: frigate\n\ncameras:\n  kestle_top_gate:\n    ffmpeg:\n      inputs:\n"
            "        - path: rtsp://cam-%d.lan/stream1\n          roles: [detect]\n    %s: %s\n"
            "    detect:\n      width: 1280\n      height: 720\n" % (C.private_ip(rng), rng.randrange(1, 9), k, C.yaml_sq(M)))


def k_crbasic(rng, k):
    return ("'CR1000X program - Hobb's Sluice level and flow\nPublic Stage_mm, Flow_ls\n"
            "Const SITE_CODE = \"HOBB%02d\"\nConst %s = \"%s\"\nConst POST_URL = \"https://telemetry.tolleybridge-trust.example/ingest\"\n"
            "BeginProg\n  Scan (60,Sec,0,0)\n  EndScan\nEndProg\n" % (rng.randrange(1, 20), k, M))


def k_signalk(rng, k):
    return ('{\n  "enabled": true,\n  "configuration": {\n    "boatName": "NB %s",\n    "uploadUrl": "https://fleet.wharfside-boats.example/ingest",\n'
            '    "%s": "%s",\n    "intervalSeconds": %d\n  }\n}\n'
            % (rng.choice(["Tipcat Lass", "Heron's Rest", "Moorhen", "Coot Corner", "Staithe Star"]), k, M, rng.choice([30, 60, 300])))


def k_influx_configs(rng, k):
    return ('[swingbridge]\n  url = "http://%s:8086"\n  org = "tolleybridge"\n  %s = "%s"\n  active = true\n'
            % (C.private_ip(rng), k, M))


def k_textproto(rng, k):
    return ('# fleet_unit.textproto  (telematics unit config, proto: wharfside.fleet.v1.UnitConfig)\n'
            'unit_id: "WNB-%03d"\nreport_interval_s: %d\nuplink {\n  endpoint: "fleet.wharfside-boats.example:443"\n'
            '  %s: "%s"\n}\n' % (rng.randrange(1, 60), rng.choice([60, 120, 300]), k, M))


def k_dart_defines(rng, k):
    return ('{\n  "API_BASE": "https://licences.tolleybridge-trust.example/api",\n  "MAP_STYLE": "os-outdoor",\n'
            '  "%s": "%s",\n  "BUILD_FLAVOUR": "lockkeeper"\n}\n' % (k, M))


def k_eas(rng, k):
    return ('{\n  "build": {\n    "production": {\n      "channel": "production",\n      "env": {\n'
            '        "APP_VARIANT": "lockkeeper",\n        "%s": "%s"\n      }\n    }\n  }\n}\n' % (k, M))


def k_phoenix(rng, k):
    return ('import Config\n\nif config_env() == :prod do\n  config :tolley_licences, TolleyLicences.Endpoint,\n'
            '    url: [host: "licences.tolleybridge-trust.example", port: 443],\n    %s: "%s"\nend\n' % (k, M))


def k_odoo(rng, k):
    return ("[options]\naddons_path = /opt/odoo/addons,/opt/odoo/trust-addons\ndb_host = %s\ndb_user = odoo\n"
            "%s = %s\nworkers = %d\nlist_db = False\n" % (C.private_ip(rng), k, M, rng.choice([2, 4])))


def k_moodle(rng, k):
    return ("<?php  // Moodle configuration file - volunteer lock-keeper training\nunset($CFG);\nglobal $CFG;\n"
            "$CFG = new stdClass();\n$CFG->dbtype    = 'pgsql';\n$CFG->dbhost    = '%s';\n$CFG->%s = '%s';\n"
            "$CFG->wwwroot   = 'https://learn.tolleybridge-trust.example';\n" % (C.private_ip(rng), k, M))


def k_webconfig(rng, k):
    return ('<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n'
            '    <add key="BookingSite" value="https://book.wharfside-boats.example" />\n'
            '    <add key="%s" value="%s" />\n  </appSettings>\n</configuration>\n' % (k, M))


def k_medusa(rng, k):
    return ("module.exports = defineConfig({\n  projectConfig: {\n    databaseUrl: process.env.DATABASE_URL,\n"
            "    http: { storeCors: \"https://shop.kestlelock.example\" },\n    %s: \"%s\",\n  },\n})\n" % (k, M))


def k_win_ini(rng, k):
    return ("; LockPanel.ini - Kestle flight operator client\n[Connection]\nServer=%s\nPort=502\n"
            "[Operator]\n%s=%s\nAutoLogoffMinutes=%d\n" % (C.private_ip(rng), k, M, rng.choice([10, 15, 30])))


def k_plist(rng, k):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
            '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n'
            '\t<key>bridgeHost</key>\n\t<string>%s</string>\n\t<key>%s</key>\n\t<string>%s</string>\n</dict>\n</plist>\n'
            % (C.private_ip(rng), k, M))


def k_vba(rng, k):
    return ("Attribute VB_Name = \"modLicenceExport\"\nOption Explicit\n' used by the licence-renewals workbook\n"
            "Private Const API_ROOT As String = \"https://licences.tolleybridge-trust.example/api\"\n"
            "Private Const %s As String = \"%s\"\n\nPublic Sub PullRenewals()\nEnd Sub\n" % (k, M))


def k_ansible(rng, k):
    return ("---\n# group_vars/lockside.yml\nntp_servers: [0.uk.pool.ntp.org]\nlockside_panel_host: %s\n"
            "%s: %s\nlockside_backup_hour: %d\n" % (C.private_ip(rng), k, C.yaml_sq(M), rng.randrange(0, 5)))


def k_chef(rng, k):
    return ('{\n  "id": "lockside",\n  "panel_host": "%s",\n  "%s": "%s",\n  "maintainer": "ruairi"\n}\n'
            % (C.private_ip(rng), k, M))


def k_hiera(rng, k):
    return ("---\nprofile::waterways::ntp_server: '%s'\n%s: %s\nprofile::waterways::log_level: 'info'\n"
            % (C.private_ip(rng), k, C.yaml_sq(M)))


def k_compose(rng, k):
    return ("services:\n  bookings:\n    image: registry.wharfside-boats.example/bookings:%d.%d\n    environment:\n"
            "      - TZ=Europe/London\n      - %s=%s\n    ports:\n      - \"8080:8080\"\n"
            % (rng.randrange(1, 5), rng.randrange(0, 20), k, M))


def k_tfstate(rng, k):
    return ('{\n  "version": 4,\n  "terraform_version": "1.%d.%d",\n  "resources": [\n    {\n      "mode": "managed",\n'
            '      "type": "random_password",\n      "name": "panel",\n      "instances": [\n        {\n'
            '          "attributes": {\n            "%s": "%s",\n            "length": 20\n          }\n'
            '        }\n      ]\n    }\n  ]\n}\n' % (rng.randrange(5, 10), rng.randrange(0, 6), k, M))


def k_systemd(rng, k):
    return ("[Unit]\nDescription=Mooring meter collector\nAfter=network-online.target\n\n[Service]\n"
            "Environment=\"COLLECTOR_HOST=%s\"\nEnvironment=\"%s=%s\"\nExecStart=/usr/local/bin/meter-collector\n"
            "Restart=on-failure\n" % (C.private_ip(rng), k, M))


def k_nomad(rng, k):
    return ('job "licence-api" {\n  datacenters = ["tolley"]\n  group "api" {\n    task "web" {\n      driver = "docker"\n'
            '      env {\n        %s = "%s"\n        PORT = "%d"\n      }\n    }\n  }\n}\n' % (k, M, rng.choice([8080, 4000])))


def k_azpipelines(rng, k):
    return ("trigger:\n  - main\nvariables:\n  buildConfiguration: Release\n  %s: %s\nsteps:\n"
            "  - script: dotnet build --configuration $(buildConfiguration)\n" % (k, C.yaml_sq(M)))


def k_jenkinsfile(rng, k):
    return ("pipeline {\n  agent any\n  environment {\n    DEPLOY_HOST = '%s'\n    %s = '%s'\n  }\n"
            "  stages {\n    stage('Deploy') { steps { sh './deploy.sh' } }\n  }\n}\n" % (C.private_ip(rng), k, M))


def k_fish(rng, k):
    t = 1746100000 + rng.randrange(0, 5000000)
    return ("- cmd: cd ~/src/fleet-dashboard\n  when: %d\n- cmd: set -gx %s '%s'\n  when: %d\n"
            "- cmd: bin/rails s\n  when: %d\n" % (t, k, M, t + 41, t + 77))


def k_rclone(rng, k):
    return ("[trust-archive]\ntype = s3\nprovider = Other\nendpoint = https://archive.tolleybridge-trust.example\n"
            "%s = %s\n" % (k, M))


def k_samconfig(rng, k):
    return ('version = 0.1\n[default.deploy.parameters]\nstack_name = "kiosk-api"\nregion = "eu-west-2"\n'
            'parameter_overrides = "Stage=prod %s=%s"\n' % (k, M))


def k_diff(rng, k):
    return ("diff --git a/deploy/.env.prod b/deploy/.env.prod\nindex %s..%s 100644\n--- a/deploy/.env.prod\n"
            "+++ b/deploy/.env.prod\n@@ -3,3 +3,4 @@ APP_ENV=production\n LOG_LEVEL=info\n QUEUE=redis\n+%s=%s\n"
            % (C.pick(rng, C.HEXL, 7), C.pick(rng, C.HEXL, 7), k, M))


def k_jsonlog(rng, k):
    return ('{"level":"debug","ts":"2025-%02d-%02dT%02d:%02d:%02d.%03dZ","msg":"loaded settings","service":"bookings",'
            '"settings":{"region":"uk","%s":"%s","retries":3}}\n'
            % (rng.randrange(1, 13), rng.randrange(1, 28), rng.randrange(24), rng.randrange(60), rng.randrange(60),
               rng.randrange(1000), k, M))


def k_har(rng, k):
    return ('{"log": {"version": "1.2", "entries": [{"request": {"method": "GET", "url": '
            '"https://fleet.wharfside-boats.example/api/boats?status=out", "headers": ['
            '{"name": "Accept", "value": "application/json"}, {"name": "%s", "value": "%s"}]}}]}}\n' % (k, M))


def k_cue(rng, k):
    return ('package boatlift\n\nlift: {\n\tsite:      "fenmarsh"\n\tplcAddress: "%s"\n\t%s: "%s"\n}\n'
            % (C.private_ip(rng), k, M))


def _who(rng):
    p = C.person(rng)
    return "%s %s" % (p[0], p[1])


def k_slack(rng, k):
    return ("%s  %02d:%02d\nthe %s is now %s - changed it after Tuesday's audit\n%s  %02d:%02d\n:+1: thanks\n"
            % (_who(rng), rng.randrange(7, 18), rng.randrange(60), k, M, _who(rng), rng.randrange(7, 18), rng.randrange(60)))


def k_whatsapp(rng, k):
    d = "%02d/%02d/2025" % (rng.randrange(1, 28), rng.randrange(1, 13))
    return ("[%s, %02d:%02d:%02d] %s: anyone know the %s? the relief keeper needs it\n"
            "[%s, %02d:%02d:%02d] %s: %s\n" % (d, 8, rng.randrange(60), rng.randrange(60), _who(rng), k,
                                              d, 8, rng.randrange(60), rng.randrange(60), _who(rng), M))


def k_trello(rng, k):
    return ("Card: Winter refit - NB Moorhen\nComment by %s:\nMoved the unit over. %s for the portal side: %s "
            "(please move this into the vault when you get a sec)\n" % (_who(rng), k, M))


def k_gform(rng, k):
    return ("Timestamp,Your Name,Lock Or Site,%s,Anything Else\n2025/%02d/%02d %02d:%02d:%02d,%s,Kestle Flight,%s,"
            "gate 4 paddle stiff\n" % (k, rng.randrange(1, 13), rng.randrange(1, 28), rng.randrange(24),
                                     rng.randrange(60), rng.randrange(60), _who(rng), M))


def k_alttext(rng, k):
    return ("[image] Photo of the noticeboard inside the lock cabin. A laminated card reads: \"%s: %s\" "
            "with a hand-drawn arrow pointing at the cabinet.\n" % (k, M))


def k_mbox(rng, k):
    p = C.person(rng)
    return ("From %s@%s Mon Apr %2d 09:%02d:11 2025\nFrom: %s %s <%s@%s>\nSubject: kiosk handover\n\n"
            "Hi Yusuf,\nthe %s is %s until the contractor changes it.\n\nCheers\n"
            % (p[2], C.DOMAINS["marina"], rng.randrange(1, 28), rng.randrange(60), p[0], p[1], p[2],
               C.DOMAINS["marina"], k, M))


def k_intercom(rng, k):
    return ("Customer (Sat 10:%02d): we're at the hire base but the office is shut\n"
            "Ottilie (Wharfside): so sorry! I'll let you into the back office - the %s is %s\n"
            "Customer: thank you!!\n" % (rng.randrange(60), k, M))


def k_confluence(rng, k):
    return ("<h2>Site access</h2>\n<table><tbody><tr><th>Site</th><th>%s</th><th>Owner</th></tr>\n"
            "<tr><td>Tolleybridge</td><td>%s</td><td>Ruairi</td></tr></tbody></table>\n" % (k, M))


def k_pagerduty(rng, k):
    return ("Incident #%d - Kestle flight panel unreachable\n%02d:%02d  Note added by %s: reset the panel; the %s "
            "after reset is %s\n" % (rng.randrange(1000, 9999), rng.randrange(24), rng.randrange(60), _who(rng), k, M))


def k_voicemail(rng, k):
    return ("Voicemail transcription (%ds): Hi, it's %s from the hire base. The %s is %s - that's all one word. "
            "Ring me if it doesn't work.\n" % (rng.randrange(14, 40), C.person(rng)[0], k, M))


KINDS = [
    # name, style, description, renderer
    ("bollard_esphome_yaml_substitutions", "snake", "ESPHome device YAML `substitutions:` block of a mooring bollard node", k_esphome),
    ("gauge_micropython_config_py", "upper", "MicroPython config.py of a weir level-gauge node", k_micropython),
    ("cabin_home_assistant_secrets_yaml", "snake", "Home Assistant secrets.yaml on a hire boat", k_ha_secrets),
    ("router_openwrt_uci_config", "snake", "OpenWrt UCI config file on the lock-flight cabinet router", k_uci),
    ("cctv_frigate_config_yml", "snake", "Frigate NVR config of the lock-gate cameras", k_frigate),
    ("weir_campbell_crbasic_program", "upper", "Campbell Scientific CRBasic logger program (`Const`)", k_crbasic),
    ("hireboat_signalk_plugin_config_json", "camel", "Signal K server plugin config JSON on a hire boat", k_signalk),
    ("swingbridge_influx_cli_configs_toml", "snake", "influx CLI `configs` TOML of the swing-bridge box", k_influx_configs),
    ("hirefleet_protobuf_textproto", "snake", "protobuf text-format config of a telematics unit", k_textproto),
    ("lockapp_flutter_dart_defines_json", "upper", "Flutter `--dart-define-from-file` JSON of the lock-keeper app", k_dart_defines),
    ("lockapp_eas_build_profile_json", "upper", "Expo eas.json build profile `env` block", k_eas),
    ("bookings_phoenix_runtime_exs", "snake", "Elixir Phoenix config/runtime.exs", k_phoenix),
    ("trust_odoo_server_conf", "snake", "Odoo odoo.conf of the trust's back office", k_odoo),
    ("trust_moodle_config_php", "lower", "Moodle config.php (`$CFG->`) of volunteer training", k_moodle),
    ("bookings_aspnet_web_config_xml", "pascal", "ASP.NET web.config `appSettings`", k_webconfig),
    ("chandlery_medusa_config_js", "camel", "Medusa commerce medusa-config.js of the chandlery shop", k_medusa),
    ("lockpanel_windows_ini", "pascal", "Windows INI of the lock-panel operator client", k_win_ini),
    ("lockpanel_macos_plist", "camel", "macOS property list of the bridge keeper's Mac app", k_plist),
    ("trust_excel_vba_module_bas", "upper", "exported Excel VBA module (`Private Const`)", k_vba),
    ("ops_ansible_group_vars_yml", "snake", "Ansible group_vars file (plain, not vaulted)", k_ansible),
    ("ops_chef_data_bag_item_json", "snake", "Chef data bag item JSON (unencrypted)", k_chef),
    ("ops_puppet_hiera_common_yaml", "hiera", "Puppet Hiera common.yaml (`profile::…::key`)", k_hiera),
    ("ops_compose_override_yml", "upper", "docker-compose.override.yml `environment:` list", k_compose),
    ("ops_terraform_tfstate_json", "snake", "Terraform state file (tfstate JSON) with resource attributes", k_tfstate),
    ("ops_systemd_service_unit", "upper", "systemd service unit with `Environment=`", k_systemd),
    ("ops_nomad_job_hcl", "upper", "HashiCorp Nomad job file `env` block", k_nomad),
    ("ops_azure_pipelines_yml", "camel", "Azure Pipelines YAML `variables:`", k_azpipelines),
    ("ops_jenkinsfile_environment", "upper", "declarative Jenkinsfile `environment {}`", k_jenkinsfile),
    ("ops_fish_shell_history", "upper", "fish shell history file (`- cmd:` / `when:`)", k_fish),
    ("ops_rclone_conf", "snake", "rclone.conf remote section", k_rclone),
    ("ops_sam_samconfig_toml", "pascal", "AWS SAM samconfig.toml `parameter_overrides`", k_samconfig),
    ("hirebase_merge_request_diff", "upper", "unified diff of a merge request adding a line to .env.prod", k_diff),
    ("bookings_json_structured_log_line", "camel", "structured JSON log line that dumped the settings", k_jsonlog),
    ("ops_har_capture_json", "header", "browser HAR capture with a request header", k_har),
    ("boatlift_cue_config", "camel", "CUE configuration of the boat-lift controller", k_cue),
    ("lockteam_slack_thread_copy", "spaced", "Slack thread copied into a doc", k_slack),
    ("boaters_whatsapp_chat_export", "spaced", "WhatsApp group chat export (.txt)", k_whatsapp),
    ("hirebase_trello_card_comment", "spaced", "Trello card comment", k_trello),
    ("volunteer_google_form_responses_csv", "title", "Google Forms responses exported as CSV", k_gform),
    ("lock_cabin_noticeboard_photo_alt_text", "title", "alt text written for a photo of the cabin noticeboard", k_alttext),
    ("marina_mbox_mail_archive", "spaced", "mbox mail archive excerpt", k_mbox),
    ("hire_customer_intercom_chat_transcript", "spaced", "customer chat transcript from the help widget", k_intercom),
    ("trust_confluence_storage_format_page", "title", "Confluence storage-format (XHTML) page table", k_confluence),
    ("ops_pagerduty_incident_timeline_note", "spaced", "PagerDuty incident timeline note", k_pagerduty),
    ("hirebase_voicemail_transcription", "spaced", "phone voicemail transcription", k_voicemail),
]
assert len(KINDS) == 45 and len(set(k[0] for k in KINDS)) == 45


def pairing():
    rng = random.Random(C.SEEDS["everyday_pairing"])
    out = []
    for b in range(15):
        perm = list(range(12))
        rng.shuffle(perm)
        for j in range(3):
            kind = KINDS[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                out.append((kind, TYPES[t]))
    return out


def build(reg):
    rng = random.Random(C.SEEDS["everyday_values"])
    recs = []
    for kind, typ in pairing():
        kname, style, _desc, fn = kind
        tname, words, vkind, _d = typ
        value = reg.draw(lambda: gen_value(vkind, rng))
        key = C.keyname(words, style)
        tpl = fn(rng, key)
        text, s, e = C.place(tpl, value)
        recs.append({"type": tname, "container": kname, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": tname}], "source": "everyday"})
    return recs
