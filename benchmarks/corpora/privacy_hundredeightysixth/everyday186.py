"""Everyday source: 12 secret types of the range / firearms-retail world x 45 container kinds."""
import json
import random

from common186 import (MARK, JMARK, B62, HEXL, LALNUM, B64URL, rs, rbytes, owner_password, b64url_nopad,
                       b64std, jwt, uuid4, adler32_hex, crockford_groups, style_key, fill, record)

SEED = 18601
PAIR_SEED = 18611

# (type, key words, description, generator kind)
TYPES = [
    ("lane_kiosk_admin_password", ["lane", "kiosk", "admin", "password"],
     "owner-chosen admin password of the lane-booking kiosk", "pw"),
    ("rso_roster_portal_password", ["rso", "roster", "password"],
     "owner-chosen password of the range-safety-officer roster portal", "pw"),
    ("bound_book_db_password", ["bound", "book", "db", "password"],
     "owner-chosen password of the database account behind the electronic acquisition-disposition book", "pw"),
    ("armoury_door_controller_password", ["armoury", "door", "controller", "password"],
     "owner-chosen password of the armoury door / key-cabinet controller", "pw"),
    ("etarget_scoring_admin_password", ["scoring", "server", "admin", "password"],
     "owner-chosen admin password of the electronic-target scoring server", "pw"),
    ("firearms_pos_manager_password", ["pos", "manager", "password"],
     "owner-chosen manager-override password of the firearms point of sale", "pw"),
    ("lane_booking_webhook_secret", ["booking", "webhook", "secret"],
     "`lbwh_` + base64url of 32 random bytes (43 characters), signing secret of the lane-booking webhooks (prefix invented)", "lbwh"),
    ("etarget_live_scoring_jwt", ["live", "scoring", "jwt"],
     "HS384 JWT (real base64url JSON header and payload, real HMAC-SHA384 under a discarded key) of the live electronic-target scoreboard", "jwt"),
    ("armoury_rfid_gateway_key", ["rfid", "gateway", "key"],
     "`armr_` + 32 base62 + 8 lower-case hex Adler-32 of those 32 characters, API key of the armoury RFID gateway (prefix and checksum invented)", "armr"),
    ("archery_scoring_sync_token", ["archery", "sync", "token"],
     "Crockford Base32 of 25 random bytes (40 characters) in five groups of 8 joined by `-`, sync token of the archery tournament scoring tablets (format invented)", "crock"),
    ("bound_book_export_aes_key", ["export", "aes", "key"],
     "Base64 of 32 random bytes (44 characters), AES-256 key that encrypts the acquisition-disposition book exports", "aes"),
    ("waiver_kiosk_device_secret", ["waiver", "device", "secret"],
     "`wks_` + 40 base62, device secret of the membership / waiver kiosk (prefix invented)", "wks"),
]


def gen_value(kind, rng):
    if kind == "pw":
        return owner_password(rng)
    if kind == "lbwh":
        return "lbwh_" + b64url_nopad(rbytes(rng, 32))
    if kind == "jwt":
        lane = rng.randint(1, 24)
        payload = {"sub": "lane-%02d" % lane, "range": rng.choice(["indoor-25m", "outdoor-100m", "archery-70m", "air-10m"]),
                   "scope": "scores:write", "iat": 1717000000 + rng.randint(0, 9000000)}
        payload["exp"] = payload["iat"] + 28800
        return jwt(rng, {"alg": "HS384", "typ": "JWT"}, payload)
    if kind == "armr":
        body = rs(rng, B62, 32)
        return "armr_" + body + adler32_hex(body)
    if kind == "crock":
        return crockford_groups(rbytes(rng, 25))
    if kind == "aes":
        return b64std(rbytes(rng, 32))
    if kind == "wks":
        return "wks_" + rs(rng, B62, 40)
    raise ValueError(kind)


def _host(rng):
    return rng.choice(["lanes", "pos", "armoury", "scoring", "waiver", "rso", "boundbook", "etarget"]) + "%02d" % rng.randint(1, 9) + rng.choice([".range.lan", ".gunshop.internal", ".clubrange.local"])


# ---------------------------------------------------------------- containers
# each: (name, style, fn(key, rng) -> template containing MARK once)
def c_laravel_env(k, r):
    return ("APP_NAME=\"Lane Booking\"\nAPP_ENV=production\nAPP_URL=https://book.%s.example\nDB_HOST=%s\nQUEUE_CONNECTION=redis\n"
            "%s=%s\nLANES_TOTAL=%d\n" % (r.choice(["northfield", "ridgeline", "oakbarrel"]), _host(r), k, MARK, r.randint(8, 24)))


def c_django_settings(k, r):
    return ("# rso_roster/settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"%s\"]\n"
            "TIME_ZONE = \"America/Denver\"\n%s = \"%s\"\nRSO_MIN_REST_HOURS = 10\n" % (_host(r), k, MARK))


def c_etarget_toml(k, r):
    return ("[daemon]\nlisten = \"0.0.0.0:%d\"\nfiring_points = %d\ndecimal_scoring = true\n\n[auth]\n%s = \"%s\"\n\n[export]\nformat = \"csv\"\n"
            % (r.choice([8080, 8443, 9100]), r.randint(10, 40), k, MARK))


def c_sius_ini(k, r):
    return ("[SiusBridge]\nComPort=COM%d\nBaudRate=9600\nLaneCount=%d\n\n[Upload]\nServer=%s\n%s=%s\nRetrySeconds=30\n"
            % (r.randint(1, 6), r.randint(6, 20), _host(r), k, MARK))


def c_meyton_xml(k, r):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<exportJob name=\"club-league-week%d\">\n  <source host=\"%s\" discipline=\"LG 40\"/>\n"
            "  <target format=\"csv\" path=\"/srv/exports/league\"/>\n  <%s>%s</%s>\n</exportJob>\n" % (r.randint(1, 30), _host(r), k, MARK, k))


def c_shotmarker_sh(k, r):
    return ("#!/bin/sh\n# hook run by the ShotMarker relay Pi after wlan0 comes up\nset -eu\nRELAY_TARGET_FRAME=%d\n%s='%s'\n"
            "logger -t relay \"frame $RELAY_TARGET_FRAME online\"\n" % (r.randint(1, 12), k, MARK))


def c_rn_config_js(k, r):
    return ("// archery-scorer/src/config.js\nexport const config = {\n  apiBase: 'https://%s/api',\n  endsPerRound: %d,\n  arrowsPerEnd: %d,\n"
            "  %s: '%s',\n};\n" % (_host(r), r.choice([6, 10, 12]), r.choice([3, 6]), k, MARK))


def c_ianseo_php(k, r):
    return ("<?php\n// Ianseo local config.inc.php (club copy)\ndefine('IANSEO_LANG', 'en');\ndefine('TOURNAMENT_TARGETS', %d);\n"
            "define('%s', '%s');\n" % (r.randint(10, 40), k, MARK))


def c_tauri_json(k, r):
    return json.dumps({"productName": "Waiver Kiosk", "version": "2.%d.%d" % (r.randint(0, 9), r.randint(0, 20)),
                       "app": {"windows": [{"fullscreen": True, "title": "Sign in"}]},
                       "plugins": {"kioskSettings": {"idleResetSeconds": 90, k: JMARK}}}, indent=2) + "\n"


def c_gradle_props(k, r):
    return ("# membership-kiosk/gradle.properties\norg.gradle.jvmargs=-Xmx2g\nandroid.useAndroidX=true\nkiosk.lock.task=true\n"
            "%s=%s\nkiosk.printer.model=%s\n" % (k, MARK, r.choice(["TM-m30III", "QL-820NWB", "ZD421"])))


def c_user_secrets(k, r):
    return json.dumps({"ConnectionStrings:PosReporting": "Server=%s;Database=PosReports;Integrated Security=true" % _host(r),
                       "Pos:StoreNumber": str(r.randint(100, 999)), "Pos:" + k: JMARK}, indent=2) + "\n"


def c_escpos_cfg(k, r):
    return ("# receipt printer bridge (escpos-bridge.cfg)\nprinter-host = %s\nprinter-port = 9100\ncode-page = cp437\n"
            "%s = %s\ncut-after-receipt = yes\n" % (_host(r), k, MARK))


def c_spring_yml(k, r):
    return ("spring:\n  application:\n    name: bound-book-service\n  datasource:\n    url: jdbc:postgresql://%s:5432/boundbook\n"
            "bound-book:\n  retention-years: 20\n  %s: \"%s\"\n" % (_host(r), k, MARK))


def c_flyway_conf(k, r):
    return ("# flyway.conf for the A&D book schema\nflyway.url=jdbc:postgresql://%s:5432/boundbook\nflyway.schemas=acq_disp\n"
            "flyway.locations=filesystem:sql\n%s=%s\n" % (_host(r), k, MARK))


def c_go_const(k, r):
    return ("package relay\n\n// Settings for the background-check relay worker.\nconst (\n\tqueueName = \"nics-relay\"\n\tmaxInFlight = %d\n"
            "\t%s = \"%s\"\n)\n" % (r.randint(2, 16), k, MARK))


def c_nodered_json(k, r):
    node = {"id": rs(r, HEXL, 16), "type": "http request", "name": "armoury reader poll", "url": "http://%s/api/reads" % _host(r),
            "headers": [{"keyType": "other", "keyValue": k, "valueType": "other", "valueValue": JMARK}]}
    return json.dumps([node], indent=2) + "\n"


def c_rust_const(k, r):
    return ("// armoury-inventory/src/config.rs\npub const SITE_CODE: &str = \"ARM-%02d\";\npub const SCAN_INTERVAL_SECS: u64 = %d;\n"
            "pub const %s: &str = \"%s\";\n" % (r.randint(1, 40), r.randint(5, 60), k, MARK))


def c_alembic_ini(k, r):
    return ("[alembic]\nscript_location = migrations\nsqlalchemy.url = postgresql+psycopg://serials@%s/serials\n\n[serial_tracking]\n"
            "%s = %s\n\n[loggers]\nkeys = root,sqlalchemy\n" % (_host(r), k, MARK))


def c_sinatra_ru(k, r):
    return ("# config.ru for the gunsmith work-order app\nrequire './app'\nset :workorder_prefix, 'GS'\nset :%s, '%s'\nrun WorkOrderApp\n" % (k, MARK))


def c_moodle_php(k, r):
    return ("<?php  // Moodle configuration file (training certificates)\nunset($CFG);\nglobal $CFG;\n$CFG = new stdClass();\n"
            "$CFG->dbtype = 'pgsql';\n$CFG->dbhost = '%s';\n$CFG->%s = '%s';\n$CFG->wwwroot = 'https://training.%s.example';\n"
            % (_host(r), k, MARK, r.choice(["northfield", "ridgeline"])))


def c_nest_ts(k, r):
    return ("// training-cert/src/config/configuration.ts\nexport default () => ({\n  port: parseInt(process.env.PORT ?? '3000', 10),\n"
            "  certificateValidityMonths: %d,\n  %s: '%s',\n});\n" % (r.choice([12, 24, 36]), k, MARK))


def c_frigate_yml(k, r):
    return ("mqtt:\n  host: %s\ncameras:\n  lane_%02d:\n    ffmpeg:\n      inputs:\n        - path: rtsp://%s:554/stream1\n          roles: [detect]\n"
            "%s: \"%s\"\n" % (_host(r), r.randint(1, 20), _host(r), k, MARK))


def c_ha_secrets(k, r):
    return ("# home assistant secrets.yaml (range HVAC / lead-dust extraction)\nlatitude_home: 39.%04d\nextraction_fan_min_cfm: %d\n%s: \"%s\"\n"
            % (r.randint(0, 9999), r.randint(4000, 9000), k, MARK))


def c_opcua_json(k, r):
    return json.dumps({"endpointUrl": "opc.tcp://%s:4840" % _host(r), "securityPolicy": "Basic256Sha256",
                       "laneCarriers": r.randint(8, 24), k: JMARK}, indent=2) + "\n"


def c_compose(k, r):
    return ("services:\n  lanes:\n    image: registry.range.lan/lanes:%d.%d\n    environment:\n      TZ: America/Chicago\n      %s: \"%s\"\n"
            "    ports:\n      - \"8080:8080\"\n" % (r.randint(1, 5), r.randint(0, 30), k, MARK))


def c_helm(k, r):
    return ("# values-range-prod.yaml\nreplicaCount: %d\nimage:\n  repository: registry.range.lan/scoring\n  tag: \"%d.%d\"\n"
            "config:\n  %s: \"%s\"\n" % (r.randint(1, 3), r.randint(1, 5), r.randint(0, 20), k, MARK))


def c_pulumi(k, r):
    return ("# Pulumi.range-prod.yaml\nconfig:\n  aws:region: us-east-2\n  range:laneCount: \"%d\"\n  range:%s: %s\n" % (r.randint(8, 30), k, MARK))


def c_nomad(k, r):
    return ("job \"etarget-bridge\" {\n  datacenters = [\"range\"]\n  group \"bridge\" {\n    task \"bridge\" {\n      driver = \"docker\"\n"
            "      env {\n        LANE_GROUP = \"%s\"\n        %s = \"%s\"\n      }\n    }\n  }\n}\n" % (r.choice(["A", "B", "C"]), k, MARK))


def c_gh_actions(k, r):
    return ("name: deploy-booking\non:\n  push:\n    branches: [main]\nenv:\n  NODE_VERSION: \"20\"\n  %s: %s\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
            % (k, MARK))


def c_azure_pipe(k, r):
    return ("trigger:\n  - main\nvariables:\n  buildConfiguration: Release\n  %s: '%s'\npool:\n  vmImage: windows-latest\n" % (k, MARK))


def c_bitbucket(k, r):
    return ("image: python:3.12\npipelines:\n  default:\n    - step:\n        name: test serial tracking\n        script:\n"
            "          - export %s='%s'\n          - pytest -q\n" % (k, MARK))


def c_supervisord(k, r):
    return ("[program:waiver-sync]\ncommand=/opt/waiver/bin/sync --interval %d\nautorestart=true\nuser=waiver\n"
            "environment=LOG_LEVEL=\"info\",%s=\"%s\"\n" % (r.randint(30, 300), k, MARK))


def c_launchd(k, r):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>Label</key>\n  <string>lan.range.kiosk</string>\n"
            "  <key>EnvironmentVariables</key>\n  <dict>\n    <key>%s</key>\n    <string>%s</string>\n  </dict>\n</dict>\n</plist>\n" % (k, MARK))


def c_ps1(k, r):
    return ("# range front-desk PowerShell profile\nSet-Location C:\\RangeOps\n$RangeLaneCount = %d\n$%s = '%s'\nImport-Module RangeOps\n"
            % (r.randint(8, 24), k, MARK))


def c_nix(k, r):
    return ("{ config, pkgs, ... }:\n{\n  services.rangeScoring = {\n    enable = true;\n    firingPoints = %d;\n    %s = \"%s\";\n  };\n}\n"
            % (r.randint(10, 50), k, MARK))


def c_platformio(k, r):
    return ("[env:etarget-esp32]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n    -D LANE_ID=%d\n"
            "    -D %s=\\\"%s\\\"\n" % (r.randint(1, 30), k, MARK))


def c_arduino_h(k, r):
    return ("// etarget_config.h - steel target hit sensor\n#pragma once\n#define SENSOR_THRESHOLD %d\n#define %s \"%s\"\n"
            % (r.randint(200, 900), k, MARK))


def c_slack(k, r):
    return ("#range-ops · %s  %d:%02d\nheads up, I rotated it after the audit — the %s is now %s — update the lane tablets before Saturday's league\n"
            % (r.choice(["Dana K.", "Marco", "Priya S.", "Walt"]), r.randint(7, 18), r.randint(0, 59), k, MARK))


def c_signal(k, r):
    return ("[RSO crew] %s: for tonight's shift the %s is %s (changes Monday)\n[RSO crew] %s: 👍\n"
            % (r.choice(["Sgt. Ruiz", "Tammy", "Ken", "Jo"]), k, MARK, r.choice(["Bill", "Ana"])))


def c_notebook_ocr(k, r):
    return ("GUNSMITH BENCH NOTEBOOK  p.%d\nWO-%05d  Rem 700 bolt lapping  done\n%s:  %s\nTorque action screws 65 in-lb\n"
            % (r.randint(10, 90), r.randint(1000, 99999), k, MARK))


def c_zendesk(k, r):
    return ("Ticket #%d  Status: Open  Requester: front desk\nComment (internal):\nFront desk could not reach the service after the migration. Fixed on the back end; "
            "%s set to %s in the shared config. Please rotate after open.\n" % (r.randint(10000, 99999), k, MARK))


def c_fish(k, r):
    return ("- cmd: cd ~/armoury-inventory\n  when: %d\n- cmd: set -x %s '%s'\n  when: %d\n- cmd: cargo run --release -- scan\n  when: %d\n"
            % (1717000000 + r.randint(0, 9000000), k, MARK, 1717000000 + r.randint(0, 9000000), 1717000000 + r.randint(0, 9000000)))


def c_dd_log(k, r):
    return json.dumps({"service": "pos-backoffice", "status": "debug", "message": "loaded settings",
                       "settings": {"storeId": r.randint(100, 999), k: JMARK}, "host": _host(r)}, ensure_ascii=False) + "\n"


def c_ipython(k, r):
    return ("In [1]: import os\nIn [2]: os.environ[\"%s\"] = \"%s\"\nIn [3]: from range_tools import lanes\nIn [4]: lanes.sync(dry_run=True)\n"
            % (k, MARK))


def c_airtable_csv(k, r):
    return ("Course,Instructor,Cohort Size,%s,Notes\nBasic Pistol,%s,%d,%s,move to Sat\n" %
            (k, r.choice(["J. Alvarez", "K. Mbeki", "R. Olsen"]), r.randint(4, 16), MARK))


def c_sqlalchemy_env(k, r):
    return ("# .envrc used by the serial-tracking dev shell\nexport DATABASE_HOST=%s\nexport %s='%s'\nlayout python3\n" % (_host(r), k, MARK))


def c_ansible_host_vars(k, r):
    return ("# host_vars/pos01.yml\nansible_host: %s\npos_store_number: %d\n%s: \"%s\"\n" % (_host(r), r.randint(100, 999), k, MARK))


CONTAINERS = [
    ("lane_booking_laravel_dotenv", "upper", c_laravel_env),
    ("rso_roster_django_settings_module", "upper", c_django_settings),
    ("etarget_scoring_daemon_toml", "snake", c_etarget_toml),
    ("sius_bridge_windows_ini", "pascal", c_sius_ini),
    ("meyton_export_job_xml", "camel", c_meyton_xml),
    ("shotmarker_relay_ifup_hook_sh", "upper", c_shotmarker_sh),
    ("archery_scorer_react_native_config_js", "camel", c_rn_config_js),
    ("ianseo_config_inc_php_define", "upper", c_ianseo_php),
    ("waiver_kiosk_tauri_conf_json", "camel", c_tauri_json),
    ("membership_kiosk_gradle_properties", "dot", c_gradle_props),
    ("pos_backoffice_dotnet_user_secrets_json", "pascal", c_user_secrets),
    ("pos_receipt_printer_bridge_cfg", "kebab", c_escpos_cfg),
    ("bound_book_spring_application_yml", "kebab", c_spring_yml),
    ("bound_book_flyway_conf", "dot", c_flyway_conf),
    ("nics_relay_go_const_block", "camel", c_go_const),
    ("armoury_node_red_flow_json", "upper", c_nodered_json),
    ("armoury_inventory_rust_const", "upper", c_rust_const),
    ("serial_tracking_alembic_ini", "snake", c_alembic_ini),
    ("gunsmith_workorder_sinatra_config_ru", "snake", c_sinatra_ru),
    ("training_cert_moodle_config_php", "snake", c_moodle_php),
    ("training_cert_nestjs_configuration_ts", "camel", c_nest_ts),
    ("range_cctv_frigate_config_yml", "snake", c_frigate_yml),
    ("range_hvac_home_assistant_secrets_yaml", "snake", c_ha_secrets),
    ("lane_carrier_opcua_client_json", "camel", c_opcua_json),
    ("range_compose_service_environment", "upper", c_compose),
    ("range_helm_values_config_block", "camel", c_helm),
    ("range_pulumi_stack_config_yaml", "camel", c_pulumi),
    ("etarget_nomad_job_env_hcl", "upper", c_nomad),
    ("booking_github_actions_workflow_env", "upper", c_gh_actions),
    ("pos_azure_pipelines_variables_yml", "camel", c_azure_pipe),
    ("serial_tracking_bitbucket_pipelines_yml", "upper", c_bitbucket),
    ("waiver_sync_supervisord_program_conf", "upper", c_supervisord),
    ("kiosk_macos_launchd_plist", "upper", c_launchd),
    ("front_desk_powershell_profile_ps1", "pascal", c_ps1),
    ("scoring_nixos_module_nix", "camel", c_nix),
    ("etarget_esp32_platformio_ini", "define", c_platformio),
    ("steel_target_sensor_config_h", "define", c_arduino_h),
    ("range_ops_slack_message", "spaced", c_slack),
    ("rso_crew_signal_group_message", "spaced", c_signal),
    ("gunsmith_bench_notebook_page_ocr", "title", c_notebook_ocr),
    ("range_zendesk_internal_comment", "spaced", c_zendesk),
    ("armoury_fish_shell_history_yaml", "upper", c_fish),
    ("pos_datadog_debug_log_json", "camel", c_dd_log),
    ("range_ipython_session_transcript", "upper", c_ipython),
    ("training_cert_airtable_csv_export", "title", c_airtable_csv),
]
# two more container kinds kept as spares (not used unless a kind is dropped)
SPARE_CONTAINERS = [("serial_tracking_direnv_envrc", "upper", c_sqlalchemy_env),
                    ("pos_ansible_host_vars_yml", "snake", c_ansible_host_vars)]


def pairing():
    """Blocks of three kinds; each block takes its own seeded permutation of the 12 types and
    deals four consecutive types to each kind (each kind: 4 distinct types; each type: 15 records)."""
    prng = random.Random(PAIR_SEED)
    out = []
    for b in range(15):
        perm = list(range(12))
        prng.shuffle(perm)
        for i in range(3):
            out.append(perm[4 * i:4 * i + 4])
    return out


def build(reg, start_index=1):
    rng = random.Random(SEED)
    recs = []
    pairs = pairing()
    n = start_index
    for ki, (cname, style, fn) in enumerate(CONTAINERS):
        for ti in pairs[ki]:
            tname, words, _desc, kind = TYPES[ti]
            value = reg.draw(lambda: gen_value(kind, rng))
            key = style_key(words, style)
            tmpl = fn(key, rng)
            text, s, e = fill(tmpl, value)
            recs.append(record("%s-s-%04d" % ("p186", n), tname, cname, text, s, e, "everyday"))
            n += 1
    return recs
