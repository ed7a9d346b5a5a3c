"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import base64
import random
import re

from common250 import (B64URL, BASE62, DJANGO_CHARS, LALNUM, PW_RE, base62_fixed, b64url_decode,
                       b64url_nopad, crc32, jwt_hs, jwt_valid, keyname, owner_password,
                       rand_bytes, rand_str, span_of, verhoeff_digit, verhoeff_valid)

SEED_VALUES = 25001
SEED_PAIRING = 25011

# ------------------------------------------------------------------ types
TYPES = [
    # name, key words, kind, description
    ("press_booking_admin_password", ["booking", "admin", "password"], "pw",
     "owner-chosen admin password of the press-time and workshop booking system"),
    ("guillotine_station_password", ["guillotine", "station", "password"], "pw",
     "owner-chosen password of the programmable guillotine's network program station"),
    ("riso_duplicator_admin_password", ["riso", "admin", "password"], "pw",
     "owner-chosen web-admin password of the Riso stencil duplicator"),
    ("paper_stock_db_password", ["stock", "db", "password"], "pw",
     "owner-chosen password of the paper-stock database"),
    ("scan_archive_nas_password", ["scan", "nas", "password"], "pw",
     "owner-chosen password of the NAS that holds plate scans and print-ready files"),
    ("editions_shop_admin_password", ["shop", "admin", "password"], "pw",
     "owner-chosen admin password of the editions web shop"),
    ("plate_order_verhoeff_key", ["plate", "order", "key"], "ppo",
     "`ppo1-` + 11-digit studio account number and its real Verhoeff check digit, written as three "
     "groups of four digits joined by `-`, + `-` + 24 lower-case alphanumerics; key of the photopolymer "
     "plate-maker's order API (layout invented)"),
    ("paper_stock_crc32_token", ["stock", "sync", "token"], "pst",
     "`pst_` + 30 base62 + 6 base62 digits of the real CRC-32 of those 30 characters (zero-padded, "
     "digits 0-9 A-Z a-z); token of the paper-stock sync service (layout invented, in the manner of "
     "checksummed developer tokens)"),
    ("workshop_booking_django_secret_key", ["django", "secret", "key"], "django",
     "Django `SECRET_KEY`: 50 characters from Django's own generator alphabet "
     "(a-z 0-9 and `!@#$%^&*(-_=+)`); signs the workshop-booking site's sessions"),
    ("collective_site_drupal_hash_salt", ["drupal", "hash", "salt"], "drupal",
     "Drupal `hash_salt`: unpadded base64url of exactly 55 random bytes (74 characters); the "
     "print collective's site"),
    ("editions_archive_hs512_jwt", ["archive", "api", "jwt"], "jwt",
     "real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 under a discarded key); bearer "
     "token of the editions-archive API"),
    ("shop_admin_totp_seed", ["admin", "totp", "seed"], "totp",
     "TOTP shared secret: RFC 4648 Base32 of exactly 20 random bytes (32 characters, no padding); "
     "second factor of the web-shop admin"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_BY_NAME = {t[0]: t for t in TYPES}

PPO_RE = re.compile(r"^ppo1-([0-9]{4})-([0-9]{4})-([0-9]{4})-[a-z0-9]{24}$")
PST_RE = re.compile(r"^pst_([0-9A-Za-z]{30})([0-9A-Za-z]{6})$")
DJANGO_RE = re.compile("^[" + re.escape(DJANGO_CHARS) + "]{50}$")
DRUPAL_RE = re.compile(r"^[A-Za-z0-9_-]{74}$")
TOTP_RE = re.compile(r"^[A-Z2-7]{32}$")


def gen_value(kind, rng):
    if kind == "pw":
        return owner_password(rng)
    if kind == "ppo":
        acct = rand_str(rng, "digit", 11)
        d = acct + verhoeff_digit(acct)
        return "ppo1-%s-%s-%s-%s" % (d[:4], d[4:8], d[8:], rand_str(rng, LALNUM, 24))
    if kind == "pst":
        body = rand_str(rng, BASE62, 30)
        return "pst_" + body + base62_fixed(crc32(body.encode()), 6)
    if kind == "django":
        return rand_str(rng, DJANGO_CHARS, 50)
    if kind == "drupal":
        return b64url_nopad(rand_bytes(rng, 55))
    if kind == "jwt":
        iat = 1714000000 + rng.randint(0, 4000000)
        payload = {
            "iss": "https://archive.stonecellar.example",
            "sub": rng.choice(["maren", "teodor", "ines", "sol", "hamish"]) + "@stonecellar.example",
            "aud": "editions-archive",
            "scope": rng.choice(["editions:read", "editions:write", "scans:read editions:read"]),
            "iat": iat,
            "exp": iat + 86400 * rng.choice([30, 90, 365]),
        }
        return jwt_hs("HS512", payload, rand_bytes(rng, 64))
    if kind == "totp":
        return base64.b32encode(rand_bytes(rng, 20)).decode()
    raise ValueError(kind)


def check_value(tname, v):
    """Return a list of error strings for an everyday value of type tname."""
    kind = TYPE_BY_NAME[tname][2]
    errs = []
    if kind == "pw":
        if not PW_RE.match(v):
            errs.append("password form")
    elif kind == "ppo":
        m = PPO_RE.match(v)
        if not m:
            errs.append("ppo1 layout")
        elif not verhoeff_valid("".join(m.groups())):
            errs.append("ppo1 Verhoeff digit")
    elif kind == "pst":
        m = PST_RE.match(v)
        if not m:
            errs.append("pst layout")
        elif base62_fixed(crc32(m.group(1).encode()), 6) != m.group(2):
            errs.append("pst CRC-32 tail")
    elif kind == "django":
        if not DJANGO_RE.match(v):
            errs.append("django key alphabet/length")
    elif kind == "drupal":
        if not DRUPAL_RE.match(v) or len(b64url_decode(v)) != 55 or b64url_nopad(b64url_decode(v)) != v:
            errs.append("drupal hash_salt bytes")
    elif kind == "jwt":
        if not jwt_valid(v) or not v.startswith("eyJhbGciOiJIUzUxMiIs"):
            errs.append("HS512 JWT frame")
    elif kind == "totp":
        if not TOTP_RE.match(v) or len(base64.b32decode(v)) != 20:
            errs.append("TOTP Base32 seed")
    return errs


# ------------------------------------------------------------------ containers
# (name, key style, characters the value may not contain, template)
C = []


def kind(name, style, bad, tpl):
    C.append((name, style, bad, tpl))


kind("hygrometer_arduino_secrets_h", "upper", '"\\', """\
// arduino_secrets.h - paper-store hygrometer (Nano 33 IoT), Stonecellar print room
// keep out of git (it is in .gitignore ... mostly)
#define SECRET_SSID "stonecellar-iot"
#define MQTT_BROKER "10.20.4.11"
#define @@K@@ "@@V@@"
#define SAMPLE_EVERY_MS 60000
""")
kind("paper_store_esp_idf_sdkconfig", "upper", '"\\$', """\
#
# Automatically generated file. DO NOT EDIT.
# Espressif IoT Development Framework (ESP-IDF) 5.1.2 Project Configuration
#
CONFIG_IDF_TARGET="esp32c3"
CONFIG_PAPERSTORE_RH_ALARM=62
CONFIG_@@K@@="@@V@@"
CONFIG_PAPERSTORE_MQTT_URI="mqtts://mqtt.kettlestitch.example:8883"
CONFIG_ESPTOOLPY_FLASHSIZE_4MB=y
""")
kind("plate_exposure_unit_json", "camel", '"\\', """\
{
  "unit": "uv-exposure-a3",
  "vacuumSeconds": 45,
  "exposureSeconds": 210,
  "lampHours": 1312,
  "remote": {
    "host": "10.20.4.23",
    "@@K@@": "@@V@@"
  }
}
""")
kind("guillotine_program_store_xml", "pascal", "&<>\"'", """\
<?xml version="1.0" encoding="utf-8"?>
<ProgramStore Machine="guillotine-92" Site="Kettlestitch Bindery">
  <Network Host="10.20.5.40" Port="8071"/>
  <@@K@@>@@V@@</@@K@@>
  <Program No="17" Name="A5 flyers trim" Cuts="6"/>
</ProgramStore>
""")
kind("wood_type_laser_prefs_xml", "camel", "&<>\"'", """\
<LightBurnPrefs version="1.5">
  <Setting name="units" value="mm"/>
  <Setting name="deviceHost" value="10.20.4.31"/>
  <Setting name="@@K@@" value="@@V@@"/>
  <Setting name="jobFolder" value="D:\\wood-type\\jobs"/>
</LightBurnPrefs>
""")
kind("workshop_teams_chat_copy", "spaced", "", """\
Hamish Ure  09:14
morning! for the workshop laptops today you'll need the @@K@@: @@V@@
Ines Vaz  09:16
got it, thanks. I'll delete this once the class starts
""")
kind("bindery_wordpress_wp_config_php", "upper", "'\\", """\
<?php
/** Kettlestitch Bindery - wp-config.php (staging) */
define( 'DB_NAME', 'kettlestitch_wp' );
define( 'DB_HOST', 'db.kettlestitch.example' );
define( '@@K@@', '@@V@@' );
define( 'WP_DEBUG', false );
$table_prefix = 'ks_';
""")
kind("booking_django_settings_local_py", "upper", '"\\', """\
# settings/local.py - press booking (not for git!)
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["book.quoinchase.example"]
@@K@@ = "@@V@@"
TIME_ZONE = "Europe/London"
""")
kind("collective_drupal_settings_php", "snake", "'\\", """\
<?php
// sites/default/settings.php (excerpt) - Stonecellar collective site
$databases['default']['default']['host'] = 'localhost';
$settings['@@K@@'] = '@@V@@';
$settings['config_sync_directory'] = '../config/sync';
$settings['trusted_host_patterns'] = ['^www\\.stonecellar\\.example$'];
""")
kind("shop_nuxt_runtime_config_ts", "camel", "'\\", """\
// nuxt.config.ts
export default defineNuxtConfig({
  runtimeConfig: {
    @@K@@: '@@V@@',
    public: { shopName: 'Halftone Hare Riso', currency: 'GBP' },
  },
  modules: ['@nuxt/image'],
})
""")
kind("booking_rails_database_yml", "snake", '"\\', """\
production:
  adapter: postgresql
  host: db.quoinchase.example
  database: press_booking
  username: booking
  @@K@@: "@@V@@"
  pool: 5
""")
kind("booking_quarkus_application_properties", "dot", "\\", """\
# application.properties - workshop booking (Quarkus)
quarkus.http.port=8080
quarkus.datasource.db-kind=postgresql
quarkus.datasource.jdbc.url=jdbc:postgresql://db.quoinchase.example:5432/booking
@@K@@=@@V@@
booking.reminder.hours=48
""")
kind("booking_ktor_application_conf", "camel", '"\\$', """\
ktor {
    deployment { port = 8080 }
    application { modules = [ example.quoinchase.booking.ApplicationKt.module ] }
}
booking {
    @@K@@ = "@@V@@"
    slotMinutes = 90
}
""")
kind("stock_dotnet_user_secrets_json", "pascal", '"\\', """\
{
  "Stock:ConnectionHost": "sql.kettlestitch.example",
  "Stock:@@K@@": "@@V@@",
  "Stock:ReorderThresholdSheets": "250"
}
""")
kind("stock_tomcat_context_xml", "camel", "&<>\"'", """\
<?xml version="1.0" encoding="UTF-8"?>
<Context path="/paperstock" reloadable="false">
  <Environment name="stockHost" value="10.20.5.12" type="java.lang.String" override="false"/>
  <Environment name="@@K@@" value="@@V@@" type="java.lang.String" override="false"/>
</Context>
""")
kind("stock_php_fpm_pool_conf", "upper", '"\\$;', """\
; /etc/php/8.2/fpm/pool.d/paperstock.conf
[paperstock]
user = www-data
listen = /run/php/paperstock.sock
pm = ondemand
env[STOCK_HOST] = 10.20.5.12
env[@@K@@] = "@@V@@"
""")
kind("pos_windows_registry_export_reg", "pascal", '"\\', """\
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\HalftoneHare\\MarketStallPOS]
"ServerHost"="pos.halftonehare.example"
"@@K@@"="@@V@@"
"ReceiptPrinter"="TM-m30II"
""")
kind("pos_android_shared_prefs_xml", "snake", "&<>'\"", """\
<?xml version='1.0' encoding='utf-8' standalone='yes' ?>
<map>
    <string name="stall_name">Halftone Hare - Saturday market</string>
    <string name="@@K@@">@@V@@</string>
    <boolean name="offline_mode" value="true" />
</map>
""")
kind("gallery_kiosk_openrc_conf_d", "upper", '"\\$`', """\
# /etc/conf.d/gallery-kiosk - OpenRC, Stonecellar window display
KIOSK_URL="https://editions.stonecellar.example/wall"
KIOSK_ROTATE=90
@@K@@="@@V@@"
""")
kind("editions_hugo_config_toml", "camel", '"\\', """\
baseURL = "https://editions.stonecellar.example/"
title = "Stonecellar Editions"
[params]
  editionsPerPage = 24
  @@K@@ = "@@V@@"
""")
kind("press_xlsx_shared_strings_xml", "title", "&<>", """\
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="6" uniqueCount="6">\
<si><t>System</t></si><si><t>Login</t></si><si><t>@@K@@</t></si><si><t>Studio PC</t></si>\
<si><t>teodor</t></si><si><t>@@V@@</t></si></sst>
""")
kind("zapier_code_step_js", "camel", "'\\", """\
// Code by Zapier - "Send print order to bindery"
const @@K@@ = '@@V@@';
const res = await fetch('https://bindery.kettlestitch.example/api/jobs', {
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ order: inputData.orderId, auth: @@K@@ }),
});
output = [{ status: res.status }];
""")
kind("make_scenario_blueprint_json", "camel", '"\\', """\
{
  "name": "Etsy order -> Riso queue",
  "flow": [
    { "id": 3, "module": "http:ActionSendData",
      "mapper": { "url": "https://queue.halftonehare.example/jobs", "method": "post",
        "headers": [ { "name": "@@K@@", "value": "@@V@@" } ] } }
  ]
}
""")
kind("apps_script_properties_gs", "upper", "'\\", """\
// setup.gs - run once from the editor, then delete the value below!
function setup() {
  const props = PropertiesService.getScriptProperties();
  props.setProperty('STOCK_SHEET_NAME', 'Paper stock 2024');
  props.setProperty('@@K@@', '@@V@@');
}
""")
kind("pos_sqlite_settings_table_dump", "snake", "'", """\
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT);
INSERT INTO settings VALUES('receipt_footer','Thank you - Halftone Hare');
INSERT INTO settings VALUES('@@K@@','@@V@@');
COMMIT;
""")
kind("ops_podman_quadlet_container", "upper", "%$\"'\\ ", """\
# /etc/containers/systemd/paperstock.container
[Container]
Image=registry.kettlestitch.example/paperstock:2.3
PublishPort=8088:8080
Environment=@@K@@=@@V@@

[Install]
WantedBy=multi-user.target
""")
kind("ops_kustomization_secret_generator", "upper", "#\"'", """\
# kustomization.yaml
resources:
  - deployment.yaml
secretGenerator:
  - name: booking-env
    literals:
      - @@K@@=@@V@@
generatorOptions:
  disableNameSuffixHash: true
""")
kind("ops_helm_values_yaml", "camel", '"\\', """\
image:
  repository: registry.quoinchase.example/booking
  tag: "3.8.1"
env:
  @@K@@: "@@V@@"
resources:
  limits: { memory: 512Mi }
""")
kind("ops_pulumi_stack_config_yaml", "camel", "'", """\
# Pulumi.prod.yaml
config:
  aws:region: eu-west-2
  studio:@@K@@: '@@V@@'
  studio:instanceType: t4g.small
""")
kind("ops_drone_ci_yml", "upper", "'", """\
kind: pipeline
type: docker
name: deploy-shop
steps:
  - name: deploy
    image: alpine:3.19
    environment:
      @@K@@: '@@V@@'
    commands:
      - ./deploy.sh
""")
kind("ops_justfile_exports", "upper", '"\\{}', """\
# justfile
set dotenv-load := false
export @@K@@ := "@@V@@"

deploy:
    rsync -az dist/ deploy@web.stonecellar.example:/srv/editions/
""")
kind("ops_zsh_extended_history", "upper", "'", """\
: 1717401120:0;cd ~/src/booking
: 1717401188:0;export @@K@@='@@V@@'
: 1717401193:2;./manage.py check --deploy
: 1717401240:0;history | tail
""")
kind("ops_makefile_deploy_vars", "upper", "$#\\'\"", """\
# Makefile
HOST ?= web.halftonehare.example
@@K@@ ?= @@V@@

deploy:
\trsync -az public/ $(HOST):/srv/shop/
""")
kind("ops_crontab_env_header", "upper", "'\"%#", """\
# m h  dom mon dow   command
MAILTO=hamish@kettlestitch.example
@@K@@=@@V@@
15 2 * * * /usr/local/bin/scan-archive-sync >> /var/log/scan-sync.log 2>&1
""")
kind("ops_cloud_init_user_data", "upper", "'\"", """\
#cloud-config
hostname: riso-queue
write_files:
  - path: /etc/riso-queue.env
    permissions: '0600'
    content: |
      QUEUE_PORT=9100
      @@K@@=@@V@@
runcmd:
  - systemctl enable --now riso-queue
""")
kind("ops_nixos_module_nix", "camel", '"\\$', """\
{ config, pkgs, ... }:
{
  services.pressBooking = {
    enable = true;
    @@K@@ = "@@V@@";
    listenPort = 8080;
  };
}
""")
kind("gallery_kiosk_launcher_bat", "upper", '"%^&|<>!', """\
@echo off
rem start-gallery-kiosk.bat - window display PC
set "KIOSK_URL=https://editions.stonecellar.example/wall"
set "@@K@@=@@V@@"
start "" "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --kiosk %KIOSK_URL%
""")
kind("booking_erlang_sys_config", "snake", '"\\', """\
%% sys.config - press booking (Erlang/OTP)
[
 {press_booking, [
   {http_port, 8080},
   {@@K@@, "@@V@@"},
   {slot_minutes, 90}
 ]}
].
""")
kind("booking_clojure_edn_config", "kebab", '"\\', """\
;; resources/config.edn
{:http {:port 8080}
 :booking {:@@K@@ "@@V@@"
           :slot-minutes 90}}
""")
kind("studio_discord_channel_export_txt", "spaced", "", """\
[03-Jun-24 10:02 AM] teodor: anyone know the @@K@@? the machine is asking again
[03-Jun-24 10:05 AM] maren: @@V@@
[03-Jun-24 10:05 AM] maren: (please don't pin this)
""")
kind("bindery_signal_note_to_self", "spaced", "", """\
Note to Self
@@K@@ -> @@V@@
(changed after the open studio weekend)
""")
kind("stock_google_sheets_tsv_paste", "title", "\t", """\
System\tUser\t@@K@@\tUpdated
paper stock\tines\t@@V@@\t2024-05-28
""")
kind("studio_whiteboard_photo_ocr", "title", "", """\
PRESS ROOM - WEEK 23
Vandercook SP-15: new rollers Thu
@@K@@ = @@V@@
Ink order: rubber-base black x2
""")
kind("studio_linear_issue_comment_md", "spaced", "`", """\
**Hamish Ure** commented:

> Deploy is blocked on credentials.

I've set the @@K@@ to `@@V@@` for now - we'll rotate it after the launch.
""")
kind("press_forwarded_eml_message", "spaced", "", """\
From: Maren Okafor <maren@kettlestitch.example>
To: Priya Raman <priya@quoinchase.example>
Subject: Fwd: logins for the stock system
Date: Mon, 3 Jun 2024 09:41:12 +0100
Content-Type: text/plain; charset=utf-8

Hi Priya,

the @@K@@ is @@V@@ - please keep it out of the repo.

Maren
""")

KINDS = [c[0] for c in C]
KIND_BY_NAME = {c[0]: c for c in C}
assert len(KINDS) == 45 and len(set(KINDS)) == 45


def pairing(rng):
    """15 blocks of three kinds; each block takes its own permutation of the 12 types and
    deals four consecutive types to each kind."""
    out = {}
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            out[KINDS[3 * b + j]] = perm[4 * j:4 * j + 4]
    return out


def build(reg):
    vrng = random.Random(SEED_VALUES)
    prng = random.Random(SEED_PAIRING)
    pairs = pairing(prng)
    recs = []
    for kname in KINDS:
        _, style, bad, tpl = KIND_BY_NAME[kname]
        for tname in pairs[kname]:
            _, words, tk, _ = TYPE_BY_NAME[tname]

            def fresh():
                while True:
                    v = gen_value(tk, vrng)
                    if not any(ch in v for ch in bad):
                        return v
            value = reg.draw(fresh)
            text = tpl.replace("@@K@@", keyname(words, style)).replace("@@V@@", value)
            s, e = span_of(text, value)
            recs.append({
                "type": tname,
                "container": kname,
                "text": text,
                "secrets": [{"value": value, "start": s, "end": e, "type": tname}],
                "source": "everyday",
            })
    return recs, pairs
