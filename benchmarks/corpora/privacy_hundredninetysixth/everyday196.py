"""Everyday source: 12 secret types of the coworking world x 45 container kinds, 4 records each."""
import random
import zlib

from common196 import (MARK, SEEDS, BASE62, HEX, DIGITS, LOWALNUM, rs, rbytes, password, uuid4,
                       b64u, b64s, jwt, crc16_ccitt_false, keyname, place, span)

# type, key words, description, generator kind
TYPES = [
    ("hotdesk_booking_admin_password", ["hotdesk", "admin", "password"],
     "owner-chosen admin password of the hot-desk booking app", "pw"),
    ("member_portal_db_password", ["member", "db", "password"],
     "owner-chosen password of the database behind the member portal and day passes", "pw"),
    ("door_fob_controller_password", ["door", "controller", "password"],
     "owner-chosen admin password of the door-access fob controller", "pw"),
    ("visitor_kiosk_exit_password", ["kiosk", "exit", "password"],
     "owner-chosen password that leaves kiosk mode on the visitor sign-in tablets", "pw"),
    ("print_quota_server_admin_password", ["print", "server", "password"],
     "owner-chosen admin password of the printer / scanner quota server", "pw"),
    ("guest_wifi_radius_shared_secret", ["radius", "shared", "secret"],
     "owner-chosen RADIUS shared secret between the guest Wi-Fi captive portal and its access points", "pw"),
    ("room_display_panel_jwt", ["room", "display", "jwt"],
     "HS512 JWT (real base64url JSON, real HMAC-SHA512 under a discarded key) of the room-display panels", "jwt"),
    ("day_pass_qr_hmac_key", ["daypass", "qr", "key"],
     "64 lower-case hex (32 random bytes), HMAC key that signs day-pass QR codes", "hex"),
    ("package_locker_api_token", ["locker", "api", "token"],
     "`plk_` + 40 base62 + `_` + 4 hex CRC-16/CCITT-FALSE of the body, token of the package-locker API (prefix and checksum invented)", "plk"),
    ("booking_webhook_signing_secret", ["booking", "webhook", "secret"],
     "`bkwh_` + base64url of 24 random bytes (32 characters), signing secret of the booking webhooks (prefix invented)", "bkwh"),
    ("mail_scan_archive_encryption_key", ["mailscan", "encryption", "key"],
     "standard Base64 of 32 random bytes (44 characters with `=`), key that encrypts the scanned-mail archive", "b64"),
    ("catering_order_api_token", ["catering", "api", "token"],
     "`ctr1.` + base64url of 48 random bytes (64 characters), token of the catering order API (layout invented)", "ctr"),
]
TYPE_NAMES = [t[0] for t in TYPES]
PW_TYPES = [t[0] for t in TYPES if t[3] == "pw"]


def gen_value(rng, kind):
    if kind == "pw":
        return password(rng)
    if kind == "jwt":
        sub = "panel-" + rs(rng, DIGITS, 3)
        return jwt(rng, {"alg": "HS512", "typ": "JWT"},
                   {"sub": sub, "room": rng.choice(["juniper", "maple", "cedar", "willow", "hazel", "rowan"]),
                    "scope": "display:read bookings:checkin", "iat": 1767225600 + rng.randrange(10 ** 7)},
                   alg="HS512")
    if kind == "hex":
        return rbytes(rng, 32).hex()
    if kind == "plk":
        body = rs(rng, BASE62, 40)
        return "plk_%s_%04x" % (body, crc16_ccitt_false(body.encode()))
    if kind == "bkwh":
        return "bkwh_" + b64u(rbytes(rng, 24))
    if kind == "b64":
        return b64s(rbytes(rng, 32))
    if kind == "ctr":
        return "ctr1." + b64u(rbytes(rng, 48))
    raise ValueError(kind)


def H(rng):
    return rng.choice(["desk", "book", "portal", "door", "print", "kiosk", "panel"]) + "-" + rs(rng, DIGITS, 2) + \
        "." + rng.choice(["hub.internal", "cowork.lan", "spaces.example", "floor2.lan"])


# container kind -> (style, template builder).  Builders return a template with {K} and MARK.
def _c(style, fn):
    return (style, fn)


C = {}
C["hotdesk_app_nextjs_env_production"] = _c("upper", lambda r, k: (
    "# .env.production (hot-desk booking web)\nNEXT_PUBLIC_SITE_URL=https://book.%s\nNODE_ENV=production\n%s=%s\n"
    "NEXT_PUBLIC_FLOORPLAN_VERSION=%d\n" % (r.choice(["northloft.example", "brickyard.example"]), k, MARK, r.randint(3, 40))))
C["hotdesk_app_astro_env"] = _c("upper", lambda r, k: (
    "PUBLIC_BRAND=Northloft Spaces\nDESK_GRID_COLUMNS=%d\n%s=\"%s\"\nLOG_LEVEL=info\n" % (r.randint(6, 14), k, MARK)))
C["member_portal_laravel_env"] = _c("upper", lambda r, k: (
    "APP_NAME=MemberPortal\nAPP_ENV=production\nDB_CONNECTION=pgsql\nDB_HOST=%s\n%s=%s\nQUEUE_CONNECTION=redis\n" % (H(r), k, MARK)))
C["member_portal_django_local_settings_py"] = _c("upper", lambda r, k: (
    "# local_settings.py -- imported at the end of settings.py\nDEBUG = False\nALLOWED_HOSTS = [\"members.%s\"]\n"
    "%s = \"%s\"\nTIME_ZONE = \"Europe/London\"\n" % (r.choice(["northloft.example", "brickyard.example"]), k, MARK)))
C["member_portal_rails_credentials_plain_yml"] = _c("snake", lambda r, k: (
    "# bin/rails credentials:show (decrypted, pasted for review)\nsecret_key_base_note: see 1Password\nintegrations:\n"
    "  %s: \"%s\"\n  seats_per_floor: %d\n" % (k, MARK, r.randint(20, 90))))
C["day_pass_nestjs_config_ts"] = _c("camel", lambda r, k: (
    "export default () => ({\n  port: parseInt(process.env.PORT ?? '3000', 10),\n  dayPass: { priceCents: %d, currency: 'EUR' },\n"
    "  %s: '%s',\n});\n" % (r.choice([1500, 1800, 2500, 2900]), k, MARK)))
C["day_pass_express_config_default_json"] = _c("camel", lambda r, k: (
    "{\n  \"server\": { \"port\": %d },\n  \"dayPass\": { \"validHours\": 12 },\n  \"%s\": \"%s\"\n}\n" % (r.choice([8080, 3001, 5000]), k, MARK)))
C["room_booking_spring_application_yml"] = _c("kebab", lambda r, k: (
    "spring:\n  application:\n    name: room-booking\nrooms:\n  max-duration-minutes: %d\n  %s: \"%s\"\n" % (r.choice([120, 240, 480]), k, MARK)))
C["room_booking_aspnet_appsettings_json"] = _c("pascal", lambda r, k: (
    "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"Rooms\": {\n    \"Tenant\": \"northloft\",\n"
    "    \"%s\": \"%s\"\n  }\n}\n" % (k, MARK)))
C["room_booking_go_config_toml"] = _c("snake", lambda r, k: (
    "[server]\nlisten = \":%d\"\n\n[integrations]\n%s = \"%s\"\nsync_interval = \"%dm\"\n" % (r.choice([8080, 9000]), k, MARK, r.randint(2, 15))))
C["room_display_electron_settings_json"] = _c("camel", lambda r, k: (
    "{\n  \"kioskMode\": true,\n  \"roomName\": \"%s\",\n  \"brightness\": %d,\n  \"%s\": \"%s\"\n}\n"
    % (r.choice(["Juniper", "Maple", "Cedar", "Willow"]), r.randint(30, 90), k, MARK)))
C["room_display_android_strings_xml"] = _c("snake", lambda r, k: (
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    <string name=\"app_name\">RoomPanel</string>\n"
    "    <string name=\"%s\">%s</string>\n    <string name=\"checkin_prompt\">Tap to check in</string>\n</resources>\n" % (k, MARK)))
C["room_display_ios_info_plist"] = _c("pascal", lambda r, k: (
    "<plist version=\"1.0\">\n<dict>\n  <key>CFBundleName</key>\n  <string>RoomPanel</string>\n  <key>%s</key>\n"
    "  <string>%s</string>\n</dict>\n</plist>\n" % (k, MARK)))
C["door_access_esp32_secrets_h"] = _c("upper", lambda r, k: (
    "// secrets.h -- door reader bridge (do not commit)\n#pragma once\n#define READER_ID %d\n#define %s \"%s\"\n" % (r.randint(1, 40), k, MARK)))
C["door_access_esphome_secrets_yaml"] = _c("snake", lambda r, k: (
    "# secrets.yaml for the esphome door sensors\nwifi_ssid: \"Northloft-Staff\"\n%s: \"%s\"\nota_port: %d\n" % (k, MARK, r.choice([3232, 8266]))))
C["door_access_node_red_settings_js"] = _c("camel", lambda r, k: (
    "module.exports = {\n    uiPort: process.env.PORT || 1880,\n    flowFile: 'door-flows.json',\n    %s: \"%s\",\n};\n" % (k, MARK)))
C["visitor_kiosk_android_managed_config_json"] = _c("camel", lambda r, k: (
    "{\n  \"kind\": \"androidmanagement#policy\",\n  \"managedConfiguration\": {\n    \"siteName\": \"Northloft %s\",\n"
    "    \"%s\": \"%s\"\n  }\n}\n" % (r.choice(["Canal St", "Old Mill", "Dock 4"]), k, MARK)))
C["visitor_kiosk_flutter_env_json"] = _c("upper", lambda r, k: (
    "{\n  \"APP_FLAVOR\": \"kiosk\",\n  \"%s\": \"%s\",\n  \"PRINT_BADGES\": \"true\"\n}\n" % (k, MARK)))
C["visitor_kiosk_pi_kiosk_systemd_unit"] = _c("upper", lambda r, k: (
    "[Unit]\nDescription=Visitor sign-in kiosk\n\n[Service]\nUser=kiosk\nEnvironment=\"%s=%s\"\n"
    "ExecStart=/usr/bin/chromium --kiosk http://localhost:%d\n" % (k, MARK, r.choice([3000, 8080]))))
C["mail_locker_php_config_php"] = _c("snake", lambda r, k: (
    "<?php\nreturn [\n    'site' => 'dock4',\n    'compartments' => %d,\n    '%s' => '%s',\n];\n" % (r.randint(24, 96), k, MARK)))
C["mail_locker_windows_registry_reg"] = _c("pascal", lambda r, k: (
    "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Northloft\\LockerAgent]\n\"Site\"=\"Dock4\"\n"
    "\"%s\"=\"%s\"\n\"PollSeconds\"=dword:%08x\n" % (k, MARK, r.choice([15, 30, 60]))))
C["print_quota_papercut_custom_properties"] = _c("dot", lambda r, k: (
    "# custom integration properties for the print-quota bridge\nquota.monthly.pages=%d\n%s=%s\nquota.colour.multiplier=3\n" % (r.choice([200, 300, 500]), k, MARK)))
C["print_quota_cups_backend_env_sh"] = _c("upper", lambda r, k: (
    "#!/bin/sh\n# sourced by the quota-aware CUPS backend\nexport QUOTA_API=http://%s:9191\nexport %s='%s'\n" % (H(r), k, MARK)))
C["guest_wifi_openresty_portal_lua"] = _c("snake", lambda r, k: (
    "-- captive portal settings\nlocal _M = {}\n_M.session_minutes = %d\n_M.%s = \"%s\"\nreturn _M\n" % (r.choice([60, 120, 480]), k, MARK)))
C["guest_wifi_unifi_hotspot_gateway_json"] = _c("camel", lambda r, k: (
    "{\n  \"hotspot\": {\n    \"portalEnabled\": true,\n    \"redirectUrl\": \"https://wifi.northloft.example/welcome\",\n"
    "    \"%s\": \"%s\"\n  }\n}\n" % (k, MARK)))
C["event_hire_wordpress_wp_config_php"] = _c("upper", lambda r, k: (
    "<?php\ndefine( 'DB_NAME', 'eventhire' );\ndefine( 'WP_DEBUG', false );\ndefine( '%s', '%s' );\n"
    "$table_prefix = 'wp_%s_';\n" % (k, MARK, rs(r, "abcdefghjkmnpqrstuvwxyz", 3))))
C["catering_orders_elixir_runtime_exs"] = _c("snake", lambda r, k: (
    "import Config\n\nconfig :catering, Catering.Orders,\n  cutoff_hour: %d,\n  %s: \"%s\"\n" % (r.choice([10, 11, 14]), k, MARK)))
C["catering_orders_rust_settings_ron"] = _c("snake", lambda r, k: (
    "(\n    listen: \"0.0.0.0:%d\",\n    kitchen: \"dock4\",\n    %s: \"%s\",\n)\n" % (r.choice([7000, 8088]), k, MARK)))
C["cowork_ops_docker_compose_yml"] = _c("upper", lambda r, k: (
    "services:\n  booking:\n    image: ghcr.io/northloft/booking:%d.%d\n    environment:\n      - TZ=Europe/Lisbon\n"
    "      - %s=%s\n" % (r.randint(1, 4), r.randint(0, 30), k, MARK)))
C["cowork_ops_k8s_secret_stringdata_yaml"] = _c("kebab", lambda r, k: (
    "apiVersion: v1\nkind: Secret\nmetadata:\n  name: booking-%s\ntype: Opaque\nstringData:\n  %s: \"%s\"\n" % (rs(r, "bcdfghjklmnpqrstvwxz", 5), k, MARK)))
C["cowork_ops_terraform_tfvars"] = _c("snake", lambda r, k: (
    "region        = \"eu-west-1\"\ninstance_type = \"t3.small\"\n%s = \"%s\"\n" % (k, MARK)))
C["cowork_ops_gitlab_ci_yml"] = _c("upper", lambda r, k: (
    "stages: [test, deploy]\nvariables:\n  NODE_VERSION: \"20\"\n  %s: \"%s\"\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n" % (k, MARK)))
C["cowork_ops_fly_toml"] = _c("upper", lambda r, k: (
    "app = \"northloft-booking\"\nprimary_region = \"%s\"\n\n[env]\n  %s = \"%s\"\n" % (r.choice(["ams", "lhr", "cdg"]), k, MARK)))
C["cowork_ops_wrangler_toml_vars"] = _c("upper", lambda r, k: (
    "name = \"desk-edge\"\ncompatibility_date = \"2025-0%d-01\"\n\n[vars]\n%s = \"%s\"\n" % (r.randint(1, 9), k, MARK)))
C["cowork_ops_azure_app_settings_json"] = _c("upper", lambda r, k: (
    "[\n  { \"name\": \"WEBSITE_RUN_FROM_PACKAGE\", \"value\": \"1\", \"slotSetting\": false },\n"
    "  { \"name\": \"%s\", \"value\": \"%s\", \"slotSetting\": false }\n]\n" % (k, MARK)))
C["cowork_ops_makefile"] = _c("upper", lambda r, k: (
    "APP ?= booking\n%s ?= %s\n\ndeploy:\n\t./scripts/deploy.sh $(APP)\n" % (k, MARK)))
C["cowork_ops_zsh_history"] = _c("upper", lambda r, k: (
    ": 17%08d:0;cd ~/src/booking\n: 17%08d:0;export %s='%s'\n: 17%08d:0;npm run seed:rooms\n"
    % (r.randrange(10 ** 8), r.randrange(10 ** 8), k, MARK, r.randrange(10 ** 8))))
C["cowork_ops_powershell_env_ps1"] = _c("upper", lambda r, k: (
    "# set-env.ps1 for the front-desk laptop\n$env:BOOKING_SITE = \"dock4\"\n$env:%s = \"%s\"\n.\\Start-Kiosk.ps1\n" % (k, MARK)))
C["community_manager_whatsapp_chat_export"] = _c("spaced", lambda r, k: (
    "[%02d/0%d/2026, 09:%02d:11] Ines: morning! who changed the %s?\n[%02d/0%d/2026, 09:%02d:40] Tom: me, it's %s now\n"
    "[%02d/0%d/2026, 09:%02d:02] Ines: thx" % (r.randint(1, 28), r.randint(1, 9), r.randint(0, 50), k, r.randint(1, 28), r.randint(1, 9),
                                           r.randint(0, 50), MARK, r.randint(1, 28), r.randint(1, 9), r.randint(0, 50))))
C["cowork_ops_discord_channel_paste"] = _c("spaced", lambda r, k: (
    "#ops-booking — today at %d:%02d\nkai: rotating stuff before the open day. new %s -> %s\nkai: pls update your local env\n"
    % (r.randint(8, 18), r.randint(0, 59), k, MARK)))
C["member_support_front_inbox_reply"] = _c("spaced", lambda r, k: (
    "Hi Priya,\n\nthanks for flagging the check-in issue. I reset the %s on our side, it is now %s and the sync "
    "should pick it up within %d minutes.\n\nBest,\nMarta (Community Team)\n" % (k, MARK, r.choice([5, 10, 15]))))
C["facilities_jira_service_desk_comment"] = _c("spaced", lambda r, k: (
    "FAC-%d · comment by Jonas\nReplaced the controller board on level %d. For the record the %s is %s (same as before the swap).\n"
    % (r.randint(100, 999), r.randint(1, 6), k, MARK)))
C["reception_whiteboard_photo_ocr"] = _c("title", lambda r, k: (
    "RECEPTION - WEEK %d\nParcels: check locker bank B\n%s: %s\nCatering Thurs 12:30 (%d pax)\n" % (r.randint(1, 52), k, MARK, r.randint(8, 40))))
C["front_desk_google_sheets_csv_export"] = _c("title", lambda r, k: (
    "Site,System,%s,Updated By\nDock 4,%s,%s,marta\n" % (k, r.choice(["booking", "doors", "kiosk", "print"]), MARK)))
C["hotdesk_api_logfmt_log_line"] = _c("snake", lambda r, k: (
    "ts=2026-0%d-%02dT08:%02d:%02dZ level=debug msg=\"loaded integration config\" service=hotdesk-api %s=%s floor=%d\n"
    % (r.randint(1, 9), r.randint(1, 28), r.randint(0, 59), r.randint(0, 59), k, MARK, r.randint(1, 6))))

KINDS = list(C.keys())
SPARE_KINDS = []
assert len(KINDS) == 45, len(KINDS)


def pairing(rng):
    """15 blocks of three kinds; each block a seeded permutation of the 12 types, 4 per kind."""
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            kind = KINDS[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                out.append((kind, t))
    return out


def generate(reg):
    rng = random.Random(SEEDS["everyday"])
    prng = random.Random(SEEDS["pairing"])
    tmap = {t[0]: t for t in TYPES}
    recs = []
    for kind, tname in pairing(prng):
        style, fn = C[kind]
        _, words, _, gk = tmap[tname]
        value = reg.draw(lambda: gen_value(rng, gk))
        tpl = fn(rng, keyname(words, style))
        text, s, e = place(tpl, value)
        recs.append({"type": tname, "container": kind, "text": text,
                     "secrets": [span(text, s, e, tname)], "source": "everyday"})
    return recs
