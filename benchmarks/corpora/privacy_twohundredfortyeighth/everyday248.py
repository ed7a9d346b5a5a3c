"""Everyday source: 12 types x 45 container kinds, 4 records per kind."""
import random

import common248 as C

# type -> (key words, description, shape text)
TYPES = [
    ("belt_press_hmi_engineer_password", ["belt", "press", "hmi", "password"],
     "owner-chosen engineer password of the belt press touch panel (pressure ramps, cloth wash, pomace conveyor)", "owner-chosen password"),
    ("ca_store_controller_admin_password", ["ca", "store", "admin", "password"],
     "owner-chosen admin password of the controlled-atmosphere apple store controller (O2 / CO2 set points, scrubbers)", "owner-chosen password"),
    ("fermentation_glycol_panel_password", ["glycol", "panel", "password"],
     "owner-chosen password of the cellar's glycol chiller and fermentation-tank panel", "owner-chosen password"),
    ("tasting_room_till_manager_password", ["till", "manager", "password"],
     "owner-chosen manager password of the tasting-room till (voids, refunds, end of day)", "owner-chosen password"),
    ("duty_ledger_database_password", ["duty", "ledger", "db", "password"],
     "owner-chosen password of the alcohol-duty ledger database (production, removals, duty returns)", "owner-chosen password"),
    ("pick_your_own_booking_admin_password", ["pyo", "booking", "admin", "password"],
     "owner-chosen admin password of the pick-your-own booking site", "owner-chosen password"),
    ("ca_store_verhoeff_sync_key", ["ca", "sync", "key"],
     "sync key of the CA-store telemetry API (layout invented)",
     "`cas_` + 12-digit site-and-room number + its real Verhoeff check digit + `_` + 24 base62"),
    ("press_telemetry_crc32_token", ["press", "telemetry", "token"],
     "token of the press-line telemetry collector (layout invented)",
     "`ptl-` + 40 lower-case alphanumerics + `.` + 8 lower-case hex of the real CRC-32 (IEEE) of those 40 characters"),
    ("orchard_gateway_bech32m_secret", ["orchard", "gateway", "secret"],
     "secret of the orchard LoRa gateway's uplink (layout invented, real checksum)",
     "Bech32m (BIP-350) string with human-readable part `orchsk` over 32 random bytes (65 characters, real 6-character checksum)"),
    ("keg_tracker_eddsa_jwt", ["keg", "tracker", "jwt"],
     "bearer token of the keg-tracking API (Ed25519-signed, short-lived device token)",
     "real EdDSA JWT: base64url JSON header `{alg: EdDSA, typ: JWT, kid}` and payload, Ed25519 signature (RFC 8032) under a discarded key"),
    ("cider_shop_django_secret_key", ["django", "secret", "key"],
     "Django `SECRET_KEY` of the cider web shop (signs sessions, password-reset links)",
     "50 characters from Django's `get_random_secret_key` alphabet (a-z 0-9 and `!@^*(-_=+)`; the `& % # $` of Django's set left out so the key sits unescaped in XML, INI and shell)"),
    ("juice_api_paserk_local_key", ["paserk", "local", "key"],
     "PASETO v4 local (symmetric) key of the juice-order API, serialised as PASERK",
     "`k4.local.` + base64url (unpadded) of 32 random bytes"),
]
TYPE_NAMES = [t[0] for t in TYPES]
KEYWORDS = {t[0]: t[1] for t in TYPES}
DESCR = {t[0]: t[2] for t in TYPES}
SHAPE = {t[0]: t[3] for t in TYPES}
PASSWORD_TYPES = TYPE_NAMES[:6]

B = "@@K@@"
V = "@@V@@"


def _ip(rng, net="10.44"):
    return "%s.%d.%d" % (net, rng.randint(1, 9), rng.randint(2, 250))


PEOPLE = ["Tamsin Penrose", "Gethin Rowe", "Ottilie Vance", "Idris Pavey", "Marnie Holcombe",
          "Jory Treloar", "Priya Halden", "Sefton Blake", "Agnieszka Wróbel", "Luc Moreau"]


def _person(rng):
    return rng.choice(PEOPLE)


def _first(rng):
    return _person(rng).split()[0]


# Each kind: (name, key style, area, description, template function(rng) -> text with markers)
def k_telegraf(r):
    return ("# /etc/telegraf/telegraf.d/cellar.conf  (glycol loop + tank probes)\n"
            "[[inputs.modbus]]\n  name = \"glycol_loop\"\n  controller = \"tcp://%s:502\"\n  slave_id = %d\n\n"
            "[[outputs.influxdb]]\n  urls = [\"http://influx.cellar.quarrymead.example:8086\"]\n  database = \"cellar\"\n"
            "  username = \"telegraf\"\n  %s = \"%s\"\n" % (_ip(r), r.randint(1, 9), B, V))


def k_grafana(r):
    return ("# provisioning/datasources/cellar.yaml\napiVersion: 1\ndatasources:\n  - name: Fermenters\n"
            "    type: postgres\n    url: %s:5432\n    user: grafana_ro\n    jsonData:\n      sslmode: disable\n"
            "    secureJsonData:\n      %s: '%s'\n" % (_ip(r), B, V))


def k_z2m(r):
    return ("# zigbee2mqtt data/configuration.yaml  (CA store door + fan sensors)\nhomeassistant: false\n"
            "permit_join: false\nmqtt:\n  base_topic: castore\n  server: mqtt://%s\n  user: castore\n"
            "  %s: '%s'\nserial:\n  port: /dev/ttyACM0\n" % (_ip(r), B, V))


def k_mosquitto(r):
    return ("# /etc/mosquitto/conf.d/bridge.conf\nconnection cellar-to-cloud\naddress mq.quarrymead.example:8883\n"
            "topic cellar/# out 1\nremote_username cellar-bridge\n%s %s\nbridge_cafile /etc/ssl/certs/ca-certificates.crt\n" % (B, V))


def k_weewx(r):
    return ("# weewx.conf (orchard frost station, block %s)\n[Station]\n    location = Lydcombe top orchard\n"
            "    altitude = %d, meter\n\n[StdRESTful]\n    [[OrchardHub]]\n        enable = true\n"
            "        server_url = https://hub.lydcombe-orchards.example/wx\n        %s = \"%s\"\n" % (r.choice("ABCDEFG"), r.randint(40, 190), B, V))


def k_arduino(r):
    return ("// arduino_secrets.h  frost alarm node %02d\n#define SECRET_SSID \"Lydcombe-Orchard\"\n"
            "#define %s \"%s\"\n// do not commit\n" % (r.randint(1, 30), B, V))


def k_sdkconfig(r):
    return ("# sdkconfig (irrigation valve node, ESP-IDF)\nCONFIG_IDF_TARGET=\"esp32c3\"\nCONFIG_VALVE_COUNT=%d\n"
            "CONFIG_%s=\"%s\"\nCONFIG_LOG_DEFAULT_LEVEL_INFO=y\n" % (r.randint(2, 8), B, V))


def k_openhab(r):
    return ("// things/coldroom.things\nBridge mqtt:broker:coldroom \"Cold room broker\" [ host=\"%s\", secure=false, "
            "username=\"coldroom\", %s=\"%s\" ] {\n  Thing topic door1 \"Door 1\" { Channels: Type contact : open [ stateTopic=\"cold/door1\" ] }\n}\n" % (_ip(r), B, V))


def k_cloudinit(r):
    return ("#cloud-config\nhostname: press-pi-%02d\nwrite_files:\n  - path: /etc/press-agent/config.yaml\n"
            "    permissions: '0600'\n    content: |\n      broker: mqtts://mq.quarrymead.example:8883\n"
            "      line: belt-press-%d\n      %s: \"%s\"\n" % (r.randint(1, 9), r.randint(1, 3), B, V))


def k_nixos(r):
    return ("# /etc/nixos/press-hall.nix\n{ config, pkgs, ... }:\n{\n  services.pressAgent = {\n    enable = true;\n"
            "    line = \"belt-%d\";\n    %s = \"%s\";\n  };\n}\n" % (r.randint(1, 3), B, V))


def k_supervisord(r):
    return ("; /etc/supervisor/conf.d/glycol.conf\n[program:glycol-poller]\ncommand=/opt/glycol/venv/bin/python poll.py\n"
            "autostart=true\nenvironment=SITE=\"cellar\",%s=\"%s\"\n" % (B, V))


def k_salt(r):
    return ("# /srv/pillar/castore/init.sls\ncastore:\n  controller:\n    host: %s\n    rooms: [%d, %d, %d]\n"
            "    %s: '%s'\n" % (_ip(r), r.randint(1, 4), r.randint(5, 8), r.randint(9, 12), B, V))


def k_django(r):
    return ("# cidershop/settings/production.py\nDEBUG = False\nALLOWED_HOSTS = [\"shop.quarrymead.example\"]\n"
            "%s = \"%s\"\nTIME_ZONE = \"Europe/London\"\n" % (B, V))


def k_magento(r):
    return ("<?php\n// app/etc/env.php (excerpt)\nreturn [\n    'backend' => ['frontName' => 'admin_qm%d'],\n"
            "    'cider' => [\n        '%s' => '%s',\n    ],\n];\n" % (r.randint(10, 99), B, V))


def k_drupal(r):
    return ("<?php\n// sites/default/settings.local.php\n$settings['trusted_host_patterns'] = ['^tours\\.lydcombe-orchards\\.example$'];\n"
            "$settings['%s'] = '%s';\n" % (B, V))


def k_ghost(r):
    return ("{\n  \"url\": \"https://journal.quarrymead.example\",\n  \"server\": { \"port\": 2368, \"host\": \"127.0.0.1\" },\n"
            "  \"cider\": {\n    \"%s\": \"%s\"\n  }\n}\n" % (B, V))


def k_quarkus(r):
    return ("# src/main/resources/application.properties (booking)\nquarkus.http.port=8%03d\n"
            "quarkus.datasource.db-kind=postgresql\n%s=%s\n" % (r.randint(0, 99), B, V))


def k_ktor(r):
    return ("# application.conf (booking service)\nktor {\n  deployment { port = 8080 }\n}\nbooking {\n"
            "  season = \"%d\"\n  %s = \"%s\"\n}\n" % (r.randint(2024, 2026), B, V))


def k_gradle(r):
    return ("# ~/.gradle/gradle.properties on the build box\norg.gradle.jvmargs=-Xmx2g\nreleaseChannel=orchard\n"
            "%s=%s\n" % (B, V))


def k_maven(r):
    return ("<settings>\n  <profiles>\n    <profile>\n      <id>booking-prod</id>\n      <properties>\n"
            "        <%s>%s</%s>\n      </properties>\n    </profile>\n  </profiles>\n</settings>\n" % (B, V, B))


def k_erpnext(r):
    return ("{\n \"db_name\": \"_%s\",\n \"db_type\": \"mariadb\",\n \"host_name\": \"https://erp.brackenpress.example\",\n"
            " \"%s\": \"%s\"\n}\n" % (C.rstr(r, C.HEX, 12), B, V))


def k_dolibarr(r):
    return ("<?php\n// htdocs/conf/conf.php\n$dolibarr_main_url_root='https://stock.brackenpress.example';\n"
            "$dolibarr_main_db_host='%s';\n$%s='%s';\n" % (_ip(r), B, V))


def k_superset(r):
    return ("# superset_config.py (duty and press reports)\nROW_LIMIT = 5000\n%s = \"%s\"\n"
            "FEATURE_FLAGS = {\"DASHBOARD_RBAC\": True}\n" % (B, V))


def k_xcconfig(r):
    return ("// Config/Release.xcconfig  (orchard scouting app)\nPRODUCT_BUNDLE_IDENTIFIER = example.lydcombe.scout\n"
            "%s = %s\n" % (B, V))


def k_capacitor(r):
    return ("{\n  \"appId\": \"example.quarrymead.tasting\",\n  \"appName\": \"Tasting Room\",\n  \"plugins\": {\n"
            "    \"TillBridge\": {\n      \"%s\": \"%s\"\n    }\n  }\n}\n" % (B, V))


def k_reg(r):
    return ("Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Quarrymead\\ShopPC]\n"
            "\"Station\"=\"till-%d\"\n\"%s\"=\"%s\"\n" % (r.randint(1, 3), B, V))


def k_gha(r):
    return ("# .github/workflows/deploy-shop.yml\nname: deploy\non: [push]\nenv:\n  %s: '%s'\njobs:\n  deploy:\n"
            "    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n" % (B, V))


def k_gitlab(r):
    return ("# .gitlab-ci.yml\nvariables:\n  DEPLOY_HOST: \"%s\"\n  %s: '%s'\nstages: [test, deploy]\n" % (_ip(r), B, V))


def k_woodpecker(r):
    return ("# .woodpecker.yml\nsteps:\n  migrate:\n    image: python:3.12\n    environment:\n"
            "      %s: '%s'\n    commands:\n      - ./manage.py migrate\n" % (B, V))


def k_tfprovider(r):
    return ("provider \"postgresql\" {\n  host     = \"%s\"\n  username = \"terraform\"\n  %s = \"%s\"\n}\n" % (_ip(r), B, V))


def k_pkrvars(r):
    return ("# press-image.pkrvars.hcl\nbase_image = \"debian-12\"\n%s = \"%s\"\n" % (B, V))


def k_kamal(r):
    return ("# .kamal/secrets\nKAMAL_REGISTRY_USER=quarrymead\n%s=%s\n" % (B, V))


def k_zsh(r):
    t = 1717000000 + r.randint(0, 9000000)
    return (": %d:0;cd ~/src/cidershop\n: %d:0;export %s='%s'\n: %d:0;./manage.py check --deploy\n" % (t, t + 7, B, V, t + 15))


def k_setx(r):
    return ("C:\\Users\\till> setx %s \"%s\"\n\nSUCCESS: Specified value was saved.\n" % (B, V))


def k_postman(r):
    return ("{\n  \"name\": \"cidery-prod\",\n  \"values\": [\n    {\"key\": \"baseUrl\", \"value\": \"https://api.quarrymead.example\", \"enabled\": true},\n"
            "    {\"key\": \"%s\", \"value\": \"%s\", \"type\": \"secret\", \"enabled\": true}\n  ]\n}\n" % (B, V))


def k_httpclient(r):
    return ("{\n  \"prod\": {\n    \"host\": \"https://api.brackenpress.example\",\n    \"%s\": \"%s\"\n  }\n}\n" % (B, V))


def k_teams(r):
    a, b = r.sample(PEOPLE, 2)
    return ("[%02d:%02d] %s: has anyone got the %s?\n[%02d:%02d] %s: %s is %s - don't forward please\n" % (
        r.randint(7, 17), r.randint(0, 59), a, B, r.randint(7, 17), r.randint(0, 59), b, B, V))


def k_signal(r):
    a = _first(r)
    return ("%d/%02d/2025, %02d:%02d - %s: for the orchard lads: %s %s\n%d/%02d/2025, %02d:%02d - %s: ta\n" % (
        r.randint(1, 28), r.randint(8, 10), r.randint(6, 9), r.randint(0, 59), a, B, V,
        r.randint(1, 28), r.randint(8, 10), r.randint(6, 9), r.randint(0, 59), _first(r)))


def k_jira(r):
    return ("JUICE-%d  Pasteuriser log export fails\n---\nComment by %s:\nTried again with the %s %s and it still times out on batch %d.\n" % (
        r.randint(100, 999), _person(r), B, V, r.randint(1000, 9999)))


def k_tsv(r):
    return ("Date\tTask\tOwner\tNotes\n%02d/10\tPress Bramley bins %d-%d\t%s\t%s: %s\n%02d/10\tRack tank %d\t%s\tcheck SG first\n" % (
        r.randint(1, 28), r.randint(1, 20), r.randint(21, 40), _first(r), B, V, r.randint(1, 28), r.randint(1, 12), _first(r)))


def k_logbook(r):
    return ("[transcribed from a phone photo of the cellar logbook, p.%d]\nTank %d racked, SG 1.0%02d\n%s - %s\n(initials illegible)\n" % (
        r.randint(3, 60), r.randint(1, 14), r.randint(0, 12), B, V))


def k_eml(r):
    a = _person(r)
    return ("From: %s <%s@lydcombe-orchards.example>\nTo: it@quarrymead.example\nSubject: Fwd: settings for the new laptop\n\n"
            "Forwarding as asked. %s %s\n\n-- \n%s\n" % (a, a.split()[0].lower(), B, V, a))


def k_sms(r):
    return ("<smses count=\"2\">\n  <sms protocol=\"0\" address=\"+447700900%03d\" type=\"1\" body=\"%s %s ta x\" readable_date=\"%d Oct 2025 07:%02d:00\" />\n</smses>\n" % (
        r.randint(0, 999), B, V, r.randint(1, 28), r.randint(0, 59)))


def k_ics(r):
    return ("BEGIN:VEVENT\nUID:%s@quarrymead.example\nSUMMARY:Press hall handover\nDTSTART:202510%02dT070000Z\n"
            "DESCRIPTION:Handover notes - %s %s\nEND:VEVENT\n" % (C.uuid4(r), r.randint(1, 28), B, V))


def k_vcard(r):
    return ("BEGIN:VCARD\nVERSION:3.0\nFN:CA store engineer (on call)\nTEL;TYPE=cell:+447700900%03d\nNOTE:%s %s\nEND:VCARD\n" % (
        r.randint(0, 999), B, V))


KINDS = [
    ("cellar_telegraf_modbus_conf", "snake", "cellar", "Telegraf config polling the glycol loop over Modbus", k_telegraf),
    ("fermenter_grafana_datasource_provisioning", "camel", "cellar", "Grafana datasource provisioning YAML (`secureJsonData`)", k_grafana),
    ("ca_store_zigbee2mqtt_configuration", "snake", "ca store", "zigbee2mqtt configuration.yaml of the CA-store sensors", k_z2m),
    ("cellar_mosquitto_bridge_conf", "snake", "cellar", "Mosquitto bridge configuration", k_mosquitto),
    ("orchard_weewx_station_conf", "snake", "orchard", "WeeWX weather-station config (ConfigObj)", k_weewx),
    ("frost_alarm_arduino_secrets_header", "upper", "orchard", "arduino_secrets.h of a frost-alarm node", k_arduino),
    ("irrigation_esp_idf_sdkconfig", "upper", "orchard", "ESP-IDF sdkconfig of an irrigation-valve node (`CONFIG_` prefix)", k_sdkconfig),
    ("cold_room_openhab_things_file", "camel", "ca store", "openHAB .things file with an MQTT bridge", k_openhab),
    ("press_pi_cloud_init_user_data", "snake", "press hall", "cloud-init user-data writing the press agent config", k_cloudinit),
    ("press_hall_nixos_module", "camel", "press hall", "NixOS module of the press-hall box", k_nixos),
    ("cellar_supervisord_program_conf", "upper", "cellar", "supervisord program section with `environment=`", k_supervisord),
    ("castore_salt_pillar_sls", "snake", "ca store", "Salt pillar file of the CA-store controller", k_salt),
    ("cidershop_django_production_settings", "upper", "shop", "Django production settings module", k_django),
    ("cidershop_magento_env_php_array", "snake", "shop", "Magento app/etc/env.php array", k_magento),
    ("tours_drupal_settings_local_php", "snake", "booking", "Drupal settings.local.php", k_drupal),
    ("journal_ghost_production_config_json", "camel", "shop", "Ghost config.production.json", k_ghost),
    ("booking_quarkus_application_properties", "dot", "booking", "Quarkus application.properties", k_quarkus),
    ("booking_ktor_hocon_application_conf", "camel", "booking", "Ktor HOCON application.conf", k_ktor),
    ("buildbox_gradle_user_properties", "camel", "ops", "~/.gradle/gradle.properties", k_gradle),
    ("booking_maven_settings_profile_xml", "camel", "booking", "Maven settings.xml profile properties", k_maven),
    ("juice_erpnext_site_config_json", "snake", "juice", "ERPNext / Frappe site_config.json", k_erpnext),
    ("juice_dolibarr_conf_php", "snake", "juice", "Dolibarr conf.php variables", k_dolibarr),
    ("reports_superset_config_py", "upper", "back office", "Apache Superset superset_config.py", k_superset),
    ("scouting_app_release_xcconfig", "upper", "orchard", "Xcode Release.xcconfig of the orchard scouting app", k_xcconfig),
    ("tasting_capacitor_config_json", "camel", "tasting room", "Capacitor capacitor.config.json plugin block", k_capacitor),
    ("till_pc_windows_registry_export", "pascal", "tasting room", "Windows .reg export of the till PC's settings", k_reg),
    ("shop_github_actions_workflow_env", "upper", "ops", "GitHub Actions workflow `env:` block", k_gha),
    ("press_gitlab_ci_variables_block", "upper", "ops", ".gitlab-ci.yml `variables:` block", k_gitlab),
    ("cellar_woodpecker_pipeline_step", "upper", "ops", "Woodpecker CI step environment", k_woodpecker),
    ("duty_terraform_postgresql_provider", "snake", "ops", "Terraform postgresql provider block", k_tfprovider),
    ("press_packer_pkrvars_file", "snake", "ops", "Packer .pkrvars.hcl file", k_pkrvars),
    ("shop_kamal_secrets_file", "upper", "ops", "Kamal .kamal/secrets file", k_kamal),
    ("devbox_zsh_extended_history", "upper", "ops", "zsh extended history (`: epoch:0;cmd`)", k_zsh),
    ("till_pc_cmd_setx_session", "upper", "tasting room", "Windows cmd session with `setx`", k_setx),
    ("cidery_postman_environment_export", "camel", "ops", "Postman environment export", k_postman),
    ("juice_jetbrains_http_client_env", "camel", "juice", "JetBrains http-client.private.env.json", k_httpclient),
    ("cidery_teams_chat_paste", "spaced", "pasted", "Microsoft Teams chat pasted into a doc", k_teams),
    ("orchard_crew_signal_export", "spaced", "pasted", "Signal group export of the orchard crew", k_signal),
    ("juice_qa_jira_comment", "spaced", "pasted", "Jira issue comment in the juice QA project", k_jira),
    ("press_schedule_sheet_tsv", "title", "pasted", "press-schedule spreadsheet exported as TSV", k_tsv),
    ("cellar_logbook_photo_transcript", "title", "pasted", "transcription of a phone photo of the cellar logbook", k_logbook),
    ("orchard_forwarded_email_eml", "spaced", "pasted", "forwarded e-mail saved as .eml", k_eml),
    ("crew_sms_backup_xml", "spaced", "pasted", "SMS Backup & Restore XML", k_sms),
    ("press_handover_calendar_ics", "spaced", "pasted", "calendar invite (.ics VEVENT DESCRIPTION)", k_ics),
    ("ca_engineer_vcard_note", "spaced", "pasted", "vCard NOTE field of the on-call engineer", k_vcard),
]
assert len(KINDS) == 45


# ---------------------------------------------------------------- value generators

def gen_value(rng, t):
    if t in PASSWORD_TYPES:
        return C.owner_password(rng)
    if t == "ca_store_verhoeff_sync_key":
        num = "%04d%02d%06d" % (rng.randint(1000, 9999), rng.randint(1, 24), rng.randint(0, 999999))
        return "cas_" + num + C.verhoeff_digit(num) + "_" + C.rstr(rng, C.BASE62, 24)
    if t == "press_telemetry_crc32_token":
        body = C.rstr(rng, C.LOWER_ALNUM, 40)
        return "ptl-" + body + "." + C.crc32_hex(body)
    if t == "orchard_gateway_bech32m_secret":
        return C.bech32_encode("orchsk", list(C.rbytes(rng, 32)), C.BECH32M_CONST)
    if t == "keg_tracker_eddsa_jwt":
        iat = 1759300000 + rng.randint(0, 5000000)
        payload = {"iss": "kegs.quarrymead.example", "sub": "keg-reader-%02d" % rng.randint(1, 40),
                   "aud": "keg-api", "scope": "kegs:write fills:write", "iat": iat, "exp": iat + 900,
                   "jti": C.uuid4(rng)}
        tok, pub = C.jwt_eddsa(rng, payload, "keg-%s" % C.rstr(rng, C.HEX, 8))
        EDDSA_PUBLIC[tok] = pub
        return tok
    if t == "cider_shop_django_secret_key":
        return C.django_secret_key(rng)
    if t == "juice_api_paserk_local_key":
        return "k4.local." + C.b64url_nopad(C.rbytes(rng, 32))
    raise ValueError(t)


EDDSA_PUBLIC = {}


def validate(t, v):
    import re
    if t in PASSWORD_TYPES:
        return bool(C.PW_RX.match(v))
    if t == "ca_store_verhoeff_sync_key":
        m = re.fullmatch(r"cas_([0-9]{13})_[0-9A-Za-z]{24}", v)
        return bool(m) and C.verhoeff_valid(m.group(1))
    if t == "press_telemetry_crc32_token":
        m = re.fullmatch(r"ptl-([a-z0-9]{40})\.([0-9a-f]{8})", v)
        return bool(m) and C.crc32_hex(m.group(1)) == m.group(2)
    if t == "orchard_gateway_bech32m_secret":
        return len(v) == 65 and v.startswith("orchsk1") and C.bech32_verify(v, C.BECH32M_CONST)
    if t == "keg_tracker_eddsa_jwt":
        if not C.jwt_frame_ok(v):
            return False
        h, p, sig = C.jwt_parts(v)
        pub = EDDSA_PUBLIC.get(v)
        signing = v.rsplit(".", 1)[0].encode()
        return h.get("alg") == "EdDSA" and pub is not None and C.ed25519_verify(pub, signing, sig)
    if t == "cider_shop_django_secret_key":
        return len(v) == 50 and all(c in C.DJANGO_ALPHABET for c in v)
    if t == "juice_api_paserk_local_key":
        import base64
        if not re.fullmatch(r"k4\.local\.[A-Za-z0-9_-]{43}", v):
            return False
        return len(base64.urlsafe_b64decode(v[9:] + "=")) == 32
    return False


def pairing(seed):
    """15 blocks of 3 kinds; each block takes a seeded permutation of the 12 types and deals 4 to each kind."""
    rng = random.Random(seed)
    out = []
    for blk in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            out.append(perm[4 * j:4 * j + 4])
    return out


def build(reg):
    rng = random.Random(C.SEEDS["everyday_values"])
    pairs = pairing(C.SEEDS["everyday_pairing"])
    recs = []
    for ki, (kname, style, area, kdesc, fn) in enumerate(KINDS):
        for t in pairs[ki]:
            key = C.style_key(KEYWORDS[t], style)
            for _ in range(200):
                v = gen_value(rng, t)
                tmpl = fn(rng)
                text = tmpl.replace(B, key).replace(V, v)
                if text.count(v) == 1 and reg.add(v):
                    break
            else:
                raise RuntimeError("everyday draw failed")
            s = text.index(v)
            recs.append({"type": t, "container": kname, "text": text,
                         "secrets": [{"value": v, "start": s, "end": s + len(v), "type": t}],
                         "source": "everyday"})
    return recs
