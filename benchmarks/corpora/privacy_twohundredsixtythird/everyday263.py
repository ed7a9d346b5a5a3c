"""Everyday source: 12 types x 45 container kinds, 4 records per kind."""
import base64
import json
import random

import common263 as C
import world263 as W

M = C.MARK

# ------------------------------------------------------------------ types
TYPES = [
    dict(name="steaming_chest_hmi_password", gen="owner", words=["steaming", "chest", "hmi", "password"],
         desc="owner-chosen engineer password of the HMI on Osier & Rush's willow steaming chest (bending handles and hoops: temperature and soak timers)"),
    dict(name="willow_brake_controller_password", gen="owner", words=["willow", "brake", "controller", "password"],
         desc="owner-chosen admin password of the controller of the willow brake that strips the bark from the rods"),
    dict(name="lacquer_spray_booth_panel_password", gen="owner", words=["spray", "booth", "panel", "password"],
         desc="owner-chosen supervisor password of Cranmore's lacquer spray-booth panel (fan curves, filter hours)"),
    dict(name="repair_intake_tablet_password", gen="owner", words=["intake", "tablet", "password"],
         desc="owner-chosen unlock password of the tablets on Seatwright's repair intake counter (chair photos, condition sheets)"),
    dict(name="soak_tank_gateway_password", gen="owner", words=["soak", "tank", "gateway", "password"],
         desc="owner-chosen admin password of the gateway that reads the level and temperature sensors of the willow soaking tanks"),
    dict(name="cane_store_scanner_password", gen="owner", words=["cane", "store", "scanner", "password"],
         desc="owner-chosen login of the handheld barcode scanners in Withy Supply's cane store"),
    dict(name="webbing_loom_iso6346_licence", gen="iso6346", words=["webbing", "loom", "licence"],
         desc="licence code of the pattern software on Withy Supply's pre-woven cane webbing loom (layout invented): `WBL-` + 4 upper-case letters + `-` + 6 digits + `-` + the real ISO 6346 check digit of those ten characters (letter values 10-38 skipping multiples of 11, weights 2^0..2^9, sum mod 11 mod 10)"),
    dict(name="withy_stock_keccak_case_key", gen="keccak", words=["withy", "stock", "key"],
         desc="API key of the Withy Supply stock-sync service (layout invented): `wsk_` + 40 hex digits whose letters are upper- or lower-case by the real EIP-55 rule (a letter is upper-case where the matching nibble of Keccak-256 of the lower-case hex text is 8 or more)"),
    dict(name="course_booking_jwe_a128gcm_token", gen="jwe", words=["course", "booking", "token"],
         desc="service token of the basket-course booking API: a real compact JWE (RFC 7516) with alg `dir` and enc `A128GCM` (AES-128-GCM, 96-bit IV, 128-bit tag, the protected header as AAD) under a 16-byte key drawn from a fixed seed and discarded; encrypted claims {iss, sub, aud, iat, exp, jti, scope}; the encrypted-key part is empty"),
    dict(name="wicker_shop_laravel_app_key", gen="laravel", words=["wicker", "shop", "app", "key"],
         desc="Laravel APP_KEY of Cranmore's trade shop: `base64:` + standard Base64 of exactly 32 random bytes (as `php artisan key:generate` writes it)"),
    dict(name="workshop_wireguard_private_key", gen="wireguard", words=["workshop", "wireguard", "private", "key"],
         desc="WireGuard private key of the workshop VPN gateway: standard Base64 of a 32-byte X25519 scalar clamped as `wg genkey` does (low three bits of the first byte clear, top bit of the last byte clear, next bit set); its real public key (X25519 by hand) is published in a negative"),
    dict(name="restorers_rails_master_key", gen="railsmaster", words=["restorers", "rails", "master", "key"],
         desc="Rails `config/master.key` of Seatwright's repair tracker: 32 lower-case hex digits (16 random bytes, the AES-128-GCM key of `credentials.yml.enc`)"),
]
TYPE_BY = {t["name"]: t for t in TYPES}
JWE_KEY_SEED = 26371


def make_jwe_key():
    return C.rbytes(random.Random(JWE_KEY_SEED), 16)


def gen_value(t, rng, reg, forbid, jwe_key):
    g = t["gen"]
    if g == "owner":
        fn = lambda: W.password(rng, strict=False, cap=0.5)
    elif g == "iso6346":
        def fn():
            letters = C.rstr(rng, C.UPPER, 4)
            digits = C.rstr(rng, C.DIGITS, 6)
            return "WBL-%s-%s-%d" % (letters, digits, C.iso6346_check(letters + digits))
    elif g == "keccak":
        fn = lambda: "wsk_" + C.keccak_case(C.rstr(rng, C.HEX, 40))
    elif g == "jwe":
        def fn():
            iat = 1717000000 + rng.randint(0, 20000000)
            hdr = {"alg": "dir", "enc": "A128GCM", "typ": "JWT", "kid": "cb-%s" % C.rstr(rng, C.LOWER_ALNUM, 6)}
            claims = {"iss": "https://courses.osierrush.example", "sub": "svc-" + rng.choice(["booking", "waitlist", "giftcards", "tutor-rota"]),
                      "aud": "osier-rush-course-api", "iat": iat, "exp": iat + rng.choice([3600, 86400, 604800]),
                      "jti": C.uuid4(rng), "scope": rng.choice(["bookings:write", "places:read bookings:write", "waitlist:write"])}
            return C.jwe_dir_a128gcm(hdr, claims, jwe_key, C.rbytes(rng, 12))
    elif g == "laravel":
        fn = lambda: "base64:" + C.b64s(C.rbytes(rng, 32))
    elif g == "wireguard":
        fn = lambda: C.b64s(C.wg_clamp(C.rbytes(rng, 32)))
    elif g == "railsmaster":
        fn = lambda: C.rstr(rng, C.HEX, 32)
    else:
        raise ValueError(g)
    return reg.draw(fn, forbid=forbid)


def validate_value(tname, v, jwe_key):
    """Return '' when the value has its type's shape and checks, else a reason."""
    import re
    t = TYPE_BY[tname]
    g = t["gen"]
    if g == "owner":
        return "" if W.PW_LOOSE_RE.match(v) else "password form"
    if g == "iso6346":
        m = re.fullmatch(r"WBL-([A-Z]{4})-([0-9]{6})-([0-9])", v)
        if not m:
            return "iso6346 layout"
        return "" if C.iso6346_check(m.group(1) + m.group(2)) == int(m.group(3)) else "iso6346 check digit"
    if g == "keccak":
        m = re.fullmatch(r"wsk_([0-9a-fA-F]{40})", v)
        if not m:
            return "keccak layout"
        return "" if C.keccak_case(m.group(1)) == m.group(1) else "keccak case checksum"
    if g == "jwe":
        if not C.JWE_RE.fullmatch(v):
            return "jwe layout"
        try:
            res = C.jwe_open(v, jwe_key)
        except Exception:
            res = None
        if not res:
            return "jwe tag"
        hdr, claims = res
        if hdr.get("alg") != "dir" or hdr.get("enc") != "A128GCM":
            return "jwe header"
        if set(claims) != {"iss", "sub", "aud", "iat", "exp", "jti", "scope"} or not C.is_uuid4(claims["jti"]):
            return "jwe claims"
        return ""
    if g == "laravel":
        if not v.startswith("base64:"):
            return "laravel prefix"
        try:
            raw = base64.b64decode(v[7:], validate=True)
        except Exception:
            return "laravel base64"
        return "" if len(raw) == 32 and len(v) == 51 else "laravel length"
    if g == "wireguard":
        try:
            raw = base64.b64decode(v, validate=True)
        except Exception:
            return "wg base64"
        if len(raw) != 32:
            return "wg length"
        return "" if raw == C.wg_clamp(raw) else "wg clamp"
    if g == "railsmaster":
        return "" if re.fullmatch(r"[0-9a-f]{32}", v) else "rails key"
    return "unknown"


# ------------------------------------------------------------------ kinds
def _ip(rng, t=None):
    return W.ip(rng, t)


def k_esphome(k, rng):
    return ("substitutions:\n  node: steam-chest-ctl\n  friendly: Steaming chest\n  %s: '%s'\n\nesphome:\n  name: ${node}\n\nesp32:\n  board: esp32dev\n\n"
            "wifi:\n  ssid: OsierWorkshop\n  ap:\n    ssid: ${node}-fallback\n\nsensor:\n  - platform: dallas\n    address: 0x1c0000031edd2a28\n    name: \"${friendly} water temp\"\n" % (k, M))


def k_tasmota_berry(k, rng):
    return ("# autoexec.be on the soak-tank relay board (Tasmota 13.2)\nimport persist\nimport mqtt\n\n"
            "persist.tank_count = 3\npersist.%s = '%s'\npersist.level_topic = 'osier/tanks/level'\npersist.save()\n\n"
            "def report()\n  mqtt.publish(persist.level_topic, str(tasmota.read_sensors()))\nend\ntasmota.add_cron('*/30 * * * * *', report, 'tanks')\n" % (k, M))


def k_micropython(k, rng):
    return ("# config.py  (flashed with mpremote cp config.py :)\nWIFI_SSID = \"OsierWorkshop\"\nBRAKE_RPM_MAX = 420\nFEED_JAM_AMPS = 6.5\n"
            "%s = \"%s\"\nSTATUS_URL = \"http://%s:8080/brake\"\n" % (k, M, _ip(rng, 4)))


def k_node_red(k, rng):
    flows = [
        {"id": "a1f3c2e9b7d40511", "type": "tab", "label": "Webbing loom", "disabled": False},
        {"id": "c42e7fd1a9b36002", "type": "change", "z": "a1f3c2e9b7d40511", "name": "set loom settings",
         "rules": [{"t": "set", "p": k, "pt": "flow", "to": M, "tot": "str"},
                   {"t": "set", "p": "loomHost", "pt": "flow", "to": _ip(rng, 5), "tot": "str"}],
         "x": 320, "y": 140, "wires": [["e5d1b0c3a8f27903"]]},
        {"id": "e5d1b0c3a8f27903", "type": "http request", "z": "a1f3c2e9b7d40511", "method": "POST",
         "url": "http://{{flow.loomHost}}/api/pattern", "x": 540, "y": 140, "wires": [[]]},
    ]
    return json.dumps(flows, indent=2)


def k_ha_secrets(k, rng):
    return ("# /config/secrets.yaml  (Home Assistant, workshop)\nwifi_ssid: OsierWorkshop\nlatitude_home: 51.0613\nlongitude_home: -2.9244\n"
            "%s: '%s'\nmqtt_broker: %s\n" % (k, M, _ip(rng, 2)))


def k_systemd(k, rng):
    return ("# /etc/systemd/system/strip-kiosk.service\n[Unit]\nDescription=Strip-room kiosk bridge\nAfter=network-online.target\n\n[Service]\nUser=kiosk\n"
            "Environment=\"KIOSK_LISTEN=0.0.0.0:8090\"\nEnvironment=\"%s=%s\"\nExecStart=/opt/kiosk/bin/bridge --config /etc/kiosk/bridge.toml\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target\n" % (k, M))


def k_routeros(k, rng):
    return ("# 2024-06-11 09:14:02 by RouterOS 7.14.3\n# model = hAP ax2\n/system script\nadd dont-require-permissions=no name=tank-globals owner=admin policy=read,write,test source=\":global tank-poll-seconds 30\\r\\\n"
            "    \\n:global %s \\\"%s\\\"\\r\\\n    \\n:global tank-gateway %s\"\n/system scheduler\nadd interval=1m name=tank-poll on-event=tank-globals\n" % (k, M, _ip(rng, 2)))


def k_compose(k, rng):
    return ("# docker-compose.override.yml (bench PC in the repair room)\nservices:\n  intake:\n    image: registry.slath.example/seatwright/intake:2.8.1\n    environment:\n"
            "      RAILS_ENV: production\n      %s: '%s'\n      PHOTO_DIR: /srv/photos\n    ports:\n      - \"8081:3000\"\n" % (k, M))


def k_local_properties(k, rng):
    return ("## This file must *NOT* be checked into Version Control Systems,\n# as it contains information specific to your local configuration.\n"
            "sdk.dir=/Users/tomasz/Library/Android/sdk\nscanner.flavour=zebraTc21\n%s=%s\n" % (k, M))


def k_firstrun(k, rng):
    return ("#!/bin/bash\n# firstrun.sh written by Raspberry Pi Imager for vanpi-2\nset +e\nCURRENT_HOSTNAME=`cat /etc/hostname | tr -d \" \\t\\n\\r\"`\n"
            "echo vanpi-2 >/etc/hostname\nexport VAN_FLEET_ID=seatwright-van-2\nexport %s='%s'\ncat >/etc/default/vanpi <<EOF\nVAN_FLEET_ID=$VAN_FLEET_ID\nEOF\nrm -f /boot/firstrun.sh\nexit 0\n" % (k, M))


def k_env_server_ts(k, rng):
    return ("// app/env.server.ts - storefront (Remix)\nexport const env = {\n  shopDomain: \"shop.cranmorewicker.example\",\n  freightQuoteUrl: \"https://freight.cranmorewicker.example/quote\",\n"
            "  %s: \"%s\",\n  currency: \"GBP\",\n} as const;\n" % (k, M))


def k_rails_credentials_show(k, rng):
    return ("$ bin/rails credentials:show -e production\nsecret_key_base_note: generated on deploy\nactive_storage:\n  service: local\n"
            "%s: '%s'\nmailer:\n  from: repairs@seatwright.example\n" % (k, M))


def k_phoenix_runtime(k, rng):
    return ("# config/runtime.exs\nimport Config\n\nif config_env() == :prod do\n  config :booking, BookingWeb.Endpoint,\n    url: [host: \"courses.osierrush.example\", port: 443]\n\n"
            "  config :booking,\n    %s: \"%s\",\n    max_places_per_course: 8\nend\n" % (k, M))


def k_viper_toml(k, rng):
    return ("# invoicing.toml  (read by viper in cmd/invoicer)\n[server]\nlisten = \":8087\"\n\n[invoicing]\ncurrency = \"GBP\"\nnumber_prefix = \"CWF-\"\n%s = \"%s\"\n" % (k, M))


def k_appsettings(k, rng):
    words = k  # pascal key
    return json.dumps({"Logging": {"LogLevel": {"Default": "Information"}},
                       "Stock": {"Warehouse": "CaneStore-1", words: M, "SyncMinutes": 15},
                       "AllowedHosts": "*"}, indent=2)


def k_vite(k, rng):
    return ("// vite.config.js - webbing configurator\nimport { defineConfig } from 'vite'\n\nexport default defineConfig({\n  define: {\n"
            "    __APP_VERSION__: JSON.stringify('3.4.0'),\n    __%s__: JSON.stringify('%s'),\n  },\n  server: { port: 5174 },\n})\n" % (k, M))


def k_dart_define(k, rng):
    return json.dumps({"FLAVOR": "prod", "API_BASE": "https://api.seatwright.example", k: M, "SENTRY_ENV": "production"}, indent=2)


def k_electron_store(k, rng):
    return json.dumps({"windowBounds": {"width": 1280, "height": 800}, "tillName": "cranmore-till-2",
                       "printer": "TM-m30III", k: M, "lastSync": "2024-05-30T16:12:44Z"}, indent=2)


def k_fods(k, rng):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">\n"
            "<office:body><office:spreadsheet><table:table table:name=\"Logins\">\n"
            "<table:table-row><table:table-cell><text:p>System</text:p></table:table-cell><table:table-cell><text:p>Value</text:p></table:table-cell></table:table-row>\n"
            "<table:table-row><table:table-cell><text:p>%s</text:p></table:table-cell><table:table-cell><text:p>%s</text:p></table:table-cell></table:table-row>\n"
            "<table:table-row><table:table-cell><text:p>VAT quarter</text:p></table:table-cell><table:table-cell><text:p>Q2</text:p></table:table-cell></table:table-row>\n"
            "</table:table></office:spreadsheet></office:body></office:document>\n" % (k, M))


def k_airtable_csv(k, rng):
    return ("Name,Value,Owner,Notes\nWorkshop wifi,see laminated card,Maud,\n%s,%s,Ifeoma,do not share outside the co-op\nCourse room,Barn 2,Maud,\n" % (k, M))


def k_erpnext(k, rng):
    return json.dumps({"db_name": "_withy_erp", "db_type": "mariadb", "host_name": "https://erp.withysupply.example",
                       k: M, "maintenance_mode": 0, "pause_scheduler": 0}, indent=1)


def k_drupal(k, rng):
    return ("<?php\n// sites/default/settings.local.php (courses site)\n$settings['trusted_host_patterns'] = ['^courses\\.osierrush\\.example$'];\n"
            "$settings['file_private_path'] = '/var/private/courses';\n$settings['%s'] = '%s';\n$config['system.logging']['error_level'] = 'hide';\n" % (k, M))


def k_ghost(k, rng):
    return json.dumps({"url": "https://journal.seatwright.example", "server": {"port": 2368, "host": "127.0.0.1"},
                       "mail": {"transport": "Direct"}, "logging": {"level": "info"}, k: M, "process": "systemd"}, indent=2)


def k_n8n(k, rng):
    wf = {"name": "Webbing order to loom", "nodes": [
        {"parameters": {"path": "webbing-order", "httpMethod": "POST"}, "name": "Webhook", "type": "n8n-nodes-base.webhook", "typeVersion": 1, "position": [240, 300]},
        {"parameters": {"url": "https://loom.withysupply.example/api/jobs", "sendHeaders": True,
                        "headerParameters": {"parameters": [{"name": k, "value": M}]}},
         "name": "Queue on loom", "type": "n8n-nodes-base.httpRequest", "typeVersion": 4, "position": [480, 300]}],
        "connections": {"Webhook": {"main": [[{"node": "Queue on loom", "type": "main", "index": 0}]]}}, "active": True}
    return json.dumps(wf, indent=2)


def k_ansible(k, rng):
    return ("---\n# group_vars/workshop.yml\nntp_servers:\n  - 0.uk.pool.ntp.org\nkiosk_user: kiosk\n%s: '%s'\nbackup_target: /mnt/nas/workshop\n" % (k, M))


def k_hiera(k, rng):
    return ("---\n# data/common.yaml (hiera)\nprofile::base::timezone: 'Europe/London'\nprofile::intake::photo_root: '/srv/photos'\nprofile::intake::%s: '%s'\n" % (k, M))


def k_nomad(k, rng):
    return ("job \"stock-sync\" {\n  datacenters = [\"slath-dc1\"]\n  type        = \"service\"\n\n  group \"sync\" {\n    task \"sync\" {\n      driver = \"docker\"\n      config {\n        image = \"registry.slath.example/withy/stock-sync:1.9.0\"\n      }\n"
            "      env {\n        WAREHOUSE = \"cane-store-1\"\n        %s = \"%s\"\n      }\n    }\n  }\n}\n" % (k, M))


def k_fly_toml(k, rng):
    return ("app = \"osier-courses\"\nprimary_region = \"lhr\"\n\n[env]\n  PHX_HOST = \"courses.osierrush.example\"\n  %s = \"%s\"\n\n[http_service]\n  internal_port = 4000\n  force_https = true\n" % (k, M))


def k_render_yaml(k, rng):
    return ("services:\n  - type: web\n    name: seatwright-tracker\n    env: ruby\n    plan: starter\n    buildCommand: bundle install && bin/rails assets:precompile\n    startCommand: bin/rails server\n"
            "    envVars:\n      - key: RAILS_ENV\n        value: production\n      - key: %s\n        value: '%s'\n" % (k, M))


def k_jenkinsfile(k, rng):
    return ("pipeline {\n  agent { label 'linux' }\n  environment {\n    DEPLOY_HOST = 'cranmore-shop-1'\n    %s = '%s'\n  }\n  stages {\n    stage('Deploy') {\n      steps { sh './deploy.sh production' }\n    }\n  }\n}\n" % (k, M))


def k_woodpecker(k, rng):
    return ("# .woodpecker.yml\nsteps:\n  test:\n    image: ruby:3.3\n    environment:\n      RAILS_ENV: test\n      %s: '%s'\n    commands:\n      - bundle install\n      - bin/rails test\n" % (k, M))


def k_circleci(k, rng):
    return ("version: 2.1\njobs:\n  build:\n    docker:\n      - image: cimg/php:8.3\n    environment:\n      APP_ENV: testing\n      %s: '%s'\n    steps:\n      - checkout\n      - run: composer install\n      - run: php artisan test\n" % (k, M))


def k_docker_inspect(k, rng):
    doc = [{"Id": C.rstr(rng, C.HEX, 64), "Name": "/stock-sync", "Config": {"Hostname": "stock-sync",
            "Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "WAREHOUSE=cane-store-1", "%s=%s" % (k, M), "TZ=Europe/London"],
            "Image": "registry.slath.example/withy/stock-sync:1.9.0"}}]
    return json.dumps(doc, indent=4)


def k_journalctl(k, rng):
    return ("Jun 12 06:02:11 vanpi-2 systemd[1]: Starting van-telemetry.service - Van telemetry uploader...\n"
            "Jun 12 06:02:12 vanpi-2 uploader[812]: config loaded from /etc/default/vanpi\n"
            "Jun 12 06:02:12 vanpi-2 uploader[812]: debug: env %s=%s\n"
            "Jun 12 06:02:13 vanpi-2 uploader[812]: gps fix acquired, 9 satellites\n" % (k, M))


def _header_case(k):
    return "X-" + "-".join(w.capitalize() for w in k.split("-"))


def k_har(k, rng):
    har = {"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "126.0"}, "entries": [
        {"startedDateTime": "2024-06-03T10:21:07.512+01:00", "time": 184,
         "request": {"method": "GET", "url": "https://portal.withysupply.example/api/v2/hanks?grade=2.5mm", "httpVersion": "HTTP/2",
                     "headers": [{"name": "Accept", "value": "application/json"}, {"name": _header_case(k), "value": M}],
                     "queryString": [{"name": "grade", "value": "2.5mm"}], "cookies": [], "headersSize": -1, "bodySize": 0},
         "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/2", "headers": [], "cookies": [],
                      "content": {"size": 2311, "mimeType": "application/json"}, "redirectURL": "", "headersSize": -1, "bodySize": 2311},
         "cache": {}, "timings": {"send": 0, "wait": 171, "receive": 13}}]}}
    return json.dumps(har, indent=2)


def k_fish(k, rng):
    return ("- cmd: cd ~/src/stock-sync\n  when: 1717661233\n- cmd: set -gx %s '%s'\n  when: 1717661240\n- cmd: go run ./cmd/sync --dry-run\n  when: 1717661251\n" % (k, M))


def k_psreadline(k, rng):
    return ("cd C:\\src\\till-app\n$env:NODE_ENV = 'production'\n$env:%s = '%s'\nnpm run package\ngit status\n" % (k, M))


def k_node_repl(k, rng):
    return ("await fetch(base + '/health').then(r => r.status)\nbase = 'https://api.seatwright.example'\nconst %s = '%s'\n.load scripts/reprice.js\n" % (k, M))


def k_bruno(k, rng):
    return ("vars {\n  baseUrl: https://loom.withysupply.example/api\n  warehouse: cane-store-1\n  %s: %s\n}\n" % (k, M))


def k_mattermost(k, rng):
    post = {"type": "post", "post": {"team": "slath", "channel": "withy-ops", "user": rng.choice(W.USERS[:14]),
                                     "message": "@here for the handover: %s is %s (only until the rotation on Friday)" % (k, M),
                                     "create_at": 1717590000000 + rng.randint(0, 9999999), "reactions": [], "replies": []}}
    return json.dumps(post, ensure_ascii=False)


def k_enex(k, rng):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export4.dtd\">\n"
            "<en-export export-date=\"20240605T081122Z\" application=\"Evernote\" version=\"10.87.4\">\n  <note>\n    <title>Workshop logins</title>\n"
            "    <content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\"><en-note><div>%s: %s</div><div>ask Maud before changing</div></en-note>]]></content>\n"
            "    <created>20240605T081011Z</created>\n  </note>\n</en-export>\n" % (k, M))


def k_keep(k, rng):
    return json.dumps({"color": "YELLOW", "isTrashed": False, "isPinned": True, "isArchived": False, "title": "workshop bits",
                       "textContent": "new %s = %s\nbolts to order: 3 x Black Maul 5ft" % (k, M),
                       "userEditedTimestampUsec": 1717410000000000, "createdTimestampUsec": 1717400000000000}, indent=2)


def k_etsy_convo(k, rng):
    return ("Conversation with OsierAndRush (Etsy, helper account)\n\n[3 Jun 2024 10:02] Maud: can you fix the shop sync while I'm at the willow beds\n"
            "[3 Jun 2024 10:04] Maud: the %s is %s\n[3 Jun 2024 10:05] helper: got it, will do it tonight\n" % (k, M))


def k_odt(k, rng):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
            "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\">\n<office:body><office:text>\n"
            "<text:h text:outline-level=\"1\">Handover for the restoration bench</text:h>\n<text:p>Chairs waiting for strand cane: 6. Pre-woven webbing in the plan chest.</text:p>\n"
            "<text:p>The %s is %s for now.</text:p>\n</office:text></office:body></office:document-content>\n" % (k, M))


def k_mbox(k, rng):
    return ("From gethin@slath.example Tue Jun  4 17:22:09 2024\nFrom: Gethin Prys <gethin@slath.example>\nTo: Harriet Coombes <harriet@cranmorewicker.example>\n"
            "Subject: Fwd: bits for the new till\nDate: Tue, 4 Jun 2024 17:22:09 +0100\nMessage-ID: <%s@slath.example>\n\nHarriet,\n\nforwarding what you asked for - the %s is %s\nDelete this once it's in the manager.\n\nGethin\n"
            % (C.rstr(rng, C.LOWER_ALNUM, 12), k, M))


# name, style, forbidden characters, parse kind, description, renderer
KINDS = [
    ("steam_chest_esphome_yaml", "snake", "'", None, "ESPHome YAML of the steaming-chest controller (substitutions block)", k_esphome),
    ("soak_tank_tasmota_berry_autoexec", "snake", "'\\", None, "Tasmota Berry autoexec.be on the soak-tank relay board (persist values)", k_tasmota_berry),
    ("willow_brake_micropython_config_py", "upper", "\"\\", None, "MicroPython config.py on the willow brake's controller board", k_micropython),
    ("webbing_loom_node_red_flows_json", "camel", "\"\\", "json", "Node-RED flows.json (change node setting flow context) next to the webbing loom", k_node_red),
    ("workshop_home_assistant_secrets_yaml", "snake", "'", None, "Home Assistant secrets.yaml in the Osier & Rush workshop", k_ha_secrets),
    ("strip_kiosk_systemd_unit", "upper", "\"\\%$", None, "systemd service unit of the strip-room kiosk bridge (Environment= lines)", k_systemd),
    ("tank_router_routeros_export", "kebab", "\"\\$?", None, "MikroTik RouterOS export (/system script with :global variables) of the tank-shed router", k_routeros),
    ("intake_compose_override_yml", "upper", "'$", None, "docker-compose.override.yml on the repair-room bench PC", k_compose),
    ("scanner_android_local_properties", "dot", "\\", None, "Android local.properties of the cane-store scanner app", k_local_properties),
    ("van_pi_imager_firstrun_sh", "upper", "'\\", None, "firstrun.sh written by Raspberry Pi Imager for the collection-van Pi", k_firstrun),
    ("storefront_remix_env_server_ts", "camel", "\"\\", None, "Remix app/env.server.ts of Cranmore's storefront", k_env_server_ts),
    ("tracker_rails_credentials_show", "snake", "'", None, "terminal output of bin/rails credentials:show on the repair tracker", k_rails_credentials_show),
    ("courses_phoenix_runtime_exs", "snake", "\"\\#", None, "Phoenix config/runtime.exs of the course-booking site", k_phoenix_runtime),
    ("invoicer_viper_toml", "snake", "\"\\", "toml", "invoicing.toml read by viper in Cranmore's invoicer", k_viper_toml),
    ("stock_appsettings_production_json", "pascal", "\"\\", "json", ".NET appsettings.Production.json of the cane-store stock service", k_appsettings),
    ("webbing_vite_config_define", "upper", "'\\", None, "vite.config.js define block of the webbing configurator", k_vite),
    ("intake_flutter_dart_define_json", "upper", "\"\\", "json", "--dart-define-from-file JSON of the intake tablet app", k_dart_define),
    ("till_electron_store_config_json", "camel", "\"\\", "json", "electron-store config.json of Cranmore's till app", k_electron_store),
    ("accounts_flat_ods_spreadsheet", "title", "&<>\"'", "xml", "flat OpenDocument spreadsheet (.fods) of the co-op's logins sheet", k_fods),
    ("coop_airtable_grid_csv", "title", ",\"", "csv", "CSV export of an Airtable grid of co-op systems", k_airtable_csv),
    ("withy_erpnext_site_config_json", "snake", "\"\\", "json", "ERPNext site_config.json of Withy Supply's ERP", k_erpnext),
    ("courses_drupal_settings_local_php", "snake", "'\\", None, "Drupal settings.local.php of the old courses site", k_drupal),
    ("journal_ghost_config_json", "camel", "\"\\", "json", "Ghost config.production.json of Seatwright's restoration journal", k_ghost),
    ("webbing_n8n_workflow_json", "kebab", "\"\\", "json", "n8n workflow export (HTTP Request node header) from webbing orders to the loom", k_n8n),
    ("ops_ansible_group_vars_yml", "snake", "'", None, "Ansible group_vars/workshop.yml", k_ansible),
    ("ops_hiera_common_yaml", "snake", "'", None, "Puppet Hiera data/common.yaml", k_hiera),
    ("ops_nomad_stock_sync_job_hcl", "upper", "\"\\$%", None, "Nomad job file of the stock-sync task (env stanza)", k_nomad),
    ("ops_fly_toml_env_block", "upper", "\"\\", "toml", "fly.toml [env] block of the courses app", k_fly_toml),
    ("ops_render_blueprint_yaml", "upper", "'", None, "render.yaml blueprint of the repair tracker (envVars)", k_render_yaml),
    ("ops_jenkinsfile_environment_block", "upper", "'\\", None, "Jenkinsfile environment block of the trade-shop deploy", k_jenkinsfile),
    ("ops_woodpecker_pipeline_yml", "upper", "'", None, ".woodpecker.yml step environment of the repair tracker", k_woodpecker),
    ("ops_circleci_job_environment", "upper", "'", None, ".circleci/config.yml job environment of the trade shop", k_circleci),
    ("ops_docker_inspect_output_json", "upper", "\"\\", "json", "docker inspect output of the stock-sync container (Config.Env)", k_docker_inspect),
    ("ops_journalctl_debug_lines", "upper", "", None, "journalctl output of the van telemetry uploader logging its environment", k_journalctl),
    ("ops_firefox_har_capture", "kebab", "\"\\", "json", "HAR capture from Firefox of a request to the Withy portal (custom header)", k_har),
    ("dev_fish_history_yaml", "upper", "'\\", None, "fish shell history file (~/.local/share/fish/fish_history)", k_fish),
    ("dev_psreadline_history_txt", "upper", "'", None, "PowerShell PSReadLine ConsoleHost_history.txt on the till build PC", k_psreadline),
    ("dev_node_repl_history", "camel", "'\\", None, "~/.node_repl_history of a developer poking the tracker API", k_node_repl),
    ("dev_bruno_environment_bru", "camel", "}\n", None, "Bruno environment file (environments/prod.bru)", k_bruno),
    ("office_mattermost_export_jsonl", "spaced", "\"\\", "json", "Mattermost bulk-export post line from the withy-ops channel", k_mattermost),
    ("office_evernote_enex_export", "spaced", "]>&<", "xml", "Evernote .enex export of a 'Workshop logins' note", k_enex),
    ("office_google_keep_takeout_note", "spaced", "\"\\", "json", "Google Keep note from a Takeout archive", k_keep),
    ("office_etsy_conversation_copy", "spaced", "", None, "Etsy conversation copied into a helper's notes", k_etsy_convo),
    ("office_odt_handover_content_xml", "spaced", "&<>", "xml", "content.xml of a LibreOffice Writer handover document", k_odt),
    ("office_mbox_forwarded_mail", "spaced", "", None, "mbox file holding a forwarded mail to the till manager", k_mbox),
]
assert len(KINDS) == 45
KIND_BY = {k[0]: k for k in KINDS}


def key_for(tname, style):
    words = TYPE_BY[tname]["words"]
    if tname == "wicker_shop_laravel_app_key" and style == "upper":
        return "APP_KEY"
    return C.style_key(words, style)


def pair_types(seed):
    """Shuffle a multiset of 12 x 15 type slots into 45 groups of 4 and
    repair duplicates by seeded swaps until every group holds 4 types."""
    rng = random.Random(seed)
    slots = [t["name"] for t in TYPES for _ in range(15)]
    rng.shuffle(slots)
    groups = [slots[4 * i:4 * i + 4] for i in range(45)]
    for _ in range(100000):
        bad = [i for i, g in enumerate(groups) if len(set(g)) < 4]
        if not bad:
            break
        i = rng.choice(bad)
        g = groups[i]
        dup = next(t for t in g if g.count(t) > 1)
        a = g.index(dup)
        j = rng.randrange(45)
        if j == i:
            continue
        b = rng.randrange(4)
        t2 = groups[j][b]
        if t2 in g or dup in groups[j]:
            continue
        g[a], groups[j][b] = t2, dup
    assert all(len(set(g)) == 4 for g in groups)
    return groups


def build(reg, seed_values=26301, seed_pairing=26311):
    rng = random.Random(seed_values)
    jwe_key = make_jwe_key()
    groups = pair_types(seed_pairing)
    out = []
    for (kname, style, forbid, parse, desc, fn), group in zip(KINDS, groups):
        for tname in group:
            v = gen_value(TYPE_BY[tname], rng, reg, forbid, jwe_key)
            k = key_for(tname, style)
            text, s, e = C.place(fn(k, rng), v)
            out.append(dict(type=tname, container=kname, text=text, value=v, start=s, end=e, source="everyday", parse=parse))
    return out, jwe_key
