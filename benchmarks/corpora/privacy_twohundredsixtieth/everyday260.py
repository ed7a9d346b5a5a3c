"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import json
import random

from common260 import (MARK, ALNUM, LOWER_ALNUM, HEX, CROCKFORD, DJANGO_KEY_CHARS, SHELL_BARE,
                       QUOTE1, QUOTE2, XML_ATTR, XML_TEXT, PEOPLE, PRIVATE_IPS, keyname, place,
                       password, rstr, uuid4, rbytes, oaat32, blake2s64, crockford_check,
                       jwt_es256k, es256k_keypair, clean_for)
import base64

SEED_VALUES = 26001
SEED_PAIRING = 26011
SEED_KEY = 26007

# ---------------------------------------------------------------------------
# types
# ---------------------------------------------------------------------------
TYPES = [
    ("steam_cabinet_hmi_password", ["steam", "cabinet", "hmi", "password"], "password",
     "owner-chosen engineer password of the HMI on Brimwell's steam blocking cabinet (setpoints, cycle timers)"),
    ("head_conformateur_tablet_password", ["conformateur", "tablet", "password"], "password",
     "owner-chosen unlock password of the tablet that reads the digital head conformateur at fittings"),
    ("repair_counter_till_manager_password", ["till", "manager", "password"], "password",
     "owner-chosen manager login of the Ferrule & Canopy repair-counter till (refunds, voids, end of day)"),
    ("felt_store_climate_gateway_password", ["climate", "gateway", "password"], "password",
     "owner-chosen admin password of the gateway that logs humidity and temperature in the felt and straw store"),
    ("hire_rfid_reader_admin_password", ["rfid", "reader", "admin", "password"], "password",
     "owner-chosen admin password of the RFID reader that books hire hats in and out"),
    ("canopy_plotter_workstation_password", ["plotter", "workstation", "password"], "password",
     "owner-chosen login of the PC that drives the umbrella-canopy cutting plotter"),
    ("hatblock_queue_oaat_key", ["hatblock", "queue", "key"], "oaat",
     "API key of the hat-block print-farm queue (layout invented): `hbq_` + 28 base62 + `_` + 8 lower-case hex "
     "of the real Jenkins one-at-a-time hash (32 bit) of the 28 characters"),
    ("fitting_booking_blake2s_token", ["fitting", "booking", "token"], "blake2s",
     "API token of the fitting-appointment booking service (layout invented): `fbt.` + 24 lower-case "
     "alphanumerics + `.` + 16 lower-case hex of the real BLAKE2s digest (8-byte output, unkeyed) of the 24 characters"),
    ("canopy_cad_crockford_licence", ["canopy", "cad", "licence"], "crockford",
     "licence key of the canopy pattern CAD (layout invented): `CCL-` + four groups of four Crockford Base32 "
     "symbols + `-` + the real Crockford check symbol (value of the 16 symbols mod 37, alphabet 0-9 A-Z "
     "without I L O U, then * ~ $ = U)"),
    ("hire_portal_es256k_jwt", ["hire", "portal", "jwt"], "es256k",
     "service token of the hat-hire portal: real ES256K JWT (ECDSA on secp256k1 with SHA-256, RFC 8812, "
     "deterministic k per RFC 6979, low-S) under a discarded key; header {alg, typ, kid}, payload "
     "{iss, sub, aud, iat, exp, jti, scope}"),
    ("stock_sync_fernet_key", ["stock", "sync", "fernet", "key"], "fernet",
     "Fernet key of the Hood & Block stock-sync job: URL-safe Base64 of exactly 32 random bytes (44 characters, "
     "as Fernet.generate_key() prints)"),
    ("hire_site_django_secret_key", ["hire", "site", "secret", "key"], "django",
     "Django SECRET_KEY of the hat-hire site: 50 characters from Django's get_random_secret_key alphabet "
     "(a-z 0-9 !@#$%^&*(-_=+))"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_INFO = {t[0]: t for t in TYPES}

JWT_KID = "hire-portal-es256k-1"
JWT_ISS = "https://hire.brimwell-millinery.example"


def make_key():
    """The discarded ES256K signing key of the hire-portal tokens (public half appears in a negative JWKS)."""
    rng = random.Random(SEED_KEY)
    return es256k_keypair(rng)


def gen_value(rng, kind, forbid, ctx):
    if kind == "password":
        return password(rng, strict=False, forbid=forbid)
    if kind == "oaat":
        body = rstr(rng, ALNUM, 28)
        return "hbq_" + body + "_" + "%08x" % oaat32(body.encode())
    if kind == "blake2s":
        body = rstr(rng, LOWER_ALNUM, 24)
        return "fbt." + body + "." + blake2s64(body.encode())
    if kind == "crockford":
        syms = rstr(rng, CROCKFORD, 16)
        return "CCL-" + "-".join(syms[i:i + 4] for i in range(0, 16, 4)) + "-" + crockford_check(syms)
    if kind == "es256k":
        d = ctx["es256k_d"]
        user = rng.choice(PEOPLE)[2]
        iat = 1748000000 + rng.randrange(0, 20000000)
        payload = {"iss": JWT_ISS, "sub": "staff:" + user, "aud": "hire-api", "iat": iat,
                   "exp": iat + rng.choice((3600, 28800, 86400)), "jti": uuid4(rng),
                   "scope": rng.choice(["hire:read", "hire:read hire:write", "hire:write stock:read"])}
        return jwt_es256k(d, {"alg": "ES256K", "typ": "JWT", "kid": JWT_KID}, payload)
    if kind == "fernet":
        return base64.urlsafe_b64encode(rbytes(rng, 32)).decode()
    if kind == "django":
        alphabet = "".join(c for c in DJANGO_KEY_CHARS if c not in forbid)
        return rstr(rng, alphabet, 50)
    raise ValueError(kind)


# ---------------------------------------------------------------------------
# container kinds
# ---------------------------------------------------------------------------
def _p(rng):
    return rng.choice(PEOPLE)


def _ip(rng):
    return rng.choice(PRIVATE_IPS)


KINDS = []


def kind(name, style, forbid, desc, parse=None):
    def deco(fn):
        KINDS.append({"name": name, "style": style, "forbid": forbid, "desc": desc, "render": fn, "parse": parse})
        return fn
    return deco


# --- workroom and shop devices -------------------------------------------------
@kind("steam_cabinet_codesys_st_constants", "upper", "'$", "CODESYS global variable list (IEC 61131-3 Structured Text VAR_GLOBAL CONSTANT) of the steam blocking cabinet PLC")
def _k01(rng, key, ctx):
    sp = rng.choice(["96.5", "98.0", "99.5"])
    return ("(* GVL_Cabinet - Brimwell workroom steam cabinet, rev %d *)\n{attribute 'qualified_only'}\n"
            "VAR_GLOBAL CONSTANT\n    STEAM_SETPOINT_C : REAL := %s;\n    CYCLE_LIMIT_S : TIME := T#%ds;\n"
            "    %s : STRING(80) := '%s';\n    MQTT_BROKER : STRING(40) := '%s';\nEND_VAR\n"
            % (rng.randrange(3, 19), sp, rng.choice((45, 60, 90)), key, MARK, _ip(rng)))


@kind("hatblock_printer_octoprint_config_yaml", "snake", QUOTE2, "OctoPrint config.yaml of a hat-block 3D printer (plugin settings block)")
def _k02(rng, key, ctx):
    return ("accessControl:\n  autologinLocal: false\nplugins:\n  brimwell_queue:\n    queue_url: http://%s:8080/\n"
            "    printer_label: blockfarm-%02d\n    %s: \"%s\"\n  softwareupdate:\n    notify_users: false\nserial:\n  baudrate: 250000\n"
            % (_ip(rng), rng.randrange(1, 9), key, MARK))


@kind("hatblock_printer_klipper_macro_cfg", "snake", QUOTE2 + "{}", "Klipper printer.cfg macro holding settings as variable_ entries on a hat-block printer")
def _k03(rng, key, ctx):
    return ("[gcode_macro _BRIMWELL_SETTINGS]\ndescription: settings read by the block-farm queue\n"
            "variable_block_series: \"crown-%d\"\nvariable_%s: \"%s\"\ngcode:\n  RESPOND MSG=\"settings loaded\"\n\n"
            "[printer]\nkinematics: corexy\nmax_velocity: %d\n" % (rng.randrange(50, 63), key, MARK, rng.choice((300, 400, 500))))


@kind("felt_store_zephyr_prj_conf", "upper", QUOTE2 + "$", "Zephyr RTOS prj.conf (Kconfig) of the felt-store climate sensor node")
def _k04(rng, key, ctx):
    return ("# felt & straw store sensor node, board nrf52840dk\nCONFIG_NETWORKING=y\nCONFIG_MQTT_LIB=y\n"
            "CONFIG_FELTSTORE_SAMPLE_SECONDS=%d\nCONFIG_FELTSTORE_%s=\"%s\"\nCONFIG_LOG=y\n"
            % (rng.choice((30, 60, 120)), key, MARK))


@kind("canopy_plotter_arduino_secrets_h", "upper", QUOTE2, "arduino_secrets.h of the canopy plotter's ESP32 helper board")
def _k05(rng, key, ctx):
    return ("// arduino_secrets.h - keep out of the sketch folder you share\n#pragma once\n"
            "#define WIFI_SSID \"ferrule-workshop\"\n#define %s \"%s\"\n#define PLOTTER_HOST \"%s\"\n"
            % (key, MARK, _ip(rng)))


@kind("rfid_reader_platformio_ini", "upper", SHELL_BARE + ",", "PlatformIO platformio.ini of the hire RFID reader firmware (build_flags -D)")
def _k06(rng, key, ctx):
    return ("[env:hire_reader]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\n"
            "monitor_speed = 115200\nbuild_flags =\n  -D READER_SITE=\\\"luton\\\"\n  -D %s=\\\"%s\\\"\n"
            "lib_deps =\n  miguelbalboa/MFRC522@^1.4.10\n" % (key, MARK))


@kind("till_pi_cloud_init_user_data", "upper", SHELL_BARE, "cloud-init #cloud-config user-data of the repair-counter till Raspberry Pi (write_files env)")
def _k07(rng, key, ctx):
    return ("#cloud-config\nhostname: repair-till-%02d\nwrite_files:\n  - path: /etc/repair-till/env\n"
            "    permissions: '0600'\n    content: |\n      TILL_SITE=bristol\n      %s=%s\n"
            "runcmd:\n  - [systemctl, restart, repair-till]\n" % (rng.randrange(1, 5), key, MARK))


@kind("kiosk_nixos_configuration_nix", "upper", QUOTE2 + "$", "NixOS configuration.nix of the hire-desk kiosk (environment.variables)")
def _k08(rng, key, ctx):
    return ("{ config, pkgs, ... }:\n{\n  networking.hostName = \"hire-kiosk\";\n  services.cage.enable = true;\n"
            "  environment.variables = {\n    HIRE_KIOSK_MODE = \"fitting\";\n    %s = \"%s\";\n  };\n"
            "  system.stateVersion = \"24.05\";\n}\n" % (key, MARK))


@kind("label_printer_lua_config", "snake", QUOTE2, "Lua config table read by the hatbox label-printer service")
def _k09(rng, key, ctx):
    return ("-- labeld.lua: hatbox labels for the hire stock\nreturn {\n  printer = \"QL-%d\",\n"
            "  dpi = 300,\n  %s = \"%s\",\n  spool = \"/var/spool/labeld\",\n}\n" % (rng.choice((800, 820, 1110)), key, MARK))


@kind("conformateur_tablet_android_strings_xml", "snake", XML_ATTR + "\\@?", "Android res/values/strings.xml of the conformateur tablet app",
      parse="xml")
def _k10(rng, key, ctx):
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    <string name=\"app_name\">Conformateur</string>\n"
            "    <string name=\"%s\">%s</string>\n    <string name=\"sizes_unit\">cm</string>\n</resources>\n" % (key, MARK))


# --- back office and shop software ------------------------------------------------
@kind("hire_shop_django_settings_py", "upper", QUOTE2, "Django settings/production.py of the hat-hire site")
def _k11(rng, key, ctx):
    return ("from .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"hire.brimwell-millinery.example\"]\n"
            "%s = \"%s\"\nTIME_ZONE = \"Europe/London\"\n" % (key, MARK))


@kind("supplies_symfony_env_local", "upper", SHELL_BARE, "Symfony .env.local of the Hood & Block B2B portal")
def _k12(rng, key, ctx):
    return ("###> symfony/framework-bundle ###\nAPP_ENV=prod\n###< symfony/framework-bundle ###\n"
            "DATABASE_URL=\"mysql://b2b@%s:3306/b2b?serverVersion=8.0\"\n%s=%s\n" % (_ip(rng), key, MARK))


@kind("repairs_wordpress_wp_config_php", "upper", QUOTE1, "WordPress wp-config.php of the mail-in umbrella repair site")
def _k13(rng, key, ctx):
    return ("<?php\ndefine( 'DB_NAME', 'repairs_wp' );\ndefine( 'WP_DEBUG', false );\n"
            "define( '%s', '%s' );\n$table_prefix = 'fcr_';\nrequire_once ABSPATH . 'wp-settings.php';\n" % (key, MARK))


@kind("supplies_magento_env_php", "snake", QUOTE1, "Magento 2 app/etc/env.php of the Hood & Block supplies shop (custom section)")
def _k14(rng, key, ctx):
    return ("<?php\nreturn [\n    'backend' => ['frontName' => 'hb_admin_%s'],\n    'hoodandblock' => [\n"
            "        '%s' => '%s',\n        'warehouse' => 'luton-1',\n    ],\n    'MAGE_MODE' => 'production',\n];\n"
            % (rstr(rng, LOWER_ALNUM, 6), key, MARK))


@kind("booking_micronaut_application_conf_hocon", "kebab", QUOTE2 + "$", "Micronaut application.conf (HOCON) of the fitting-booking service")
def _k15(rng, key, ctx):
    return ("micronaut {\n  application.name = fitting-booking\n  server.port = 8081\n}\nbrimwell {\n"
            "  %s = \"%s\"\n  slots-per-day = %d\n}\n" % (key, MARK, rng.choice((12, 14, 16))))


@kind("stock_sync_clojure_edn_config", "kebab", QUOTE2, "Clojure EDN config of the Hood & Block stock-sync job")
def _k16(rng, key, ctx):
    return ("{:sync/interval-minutes %d\n :sync/source \"https://b2b.hoodandblock.example/api\"\n"
            " :secrets {:%s \"%s\"}\n :log/level :info}\n" % (rng.choice((10, 15, 30)), key, MARK))


@kind("pricing_r_renviron", "upper", SHELL_BARE, "R .Renviron on the bookkeeper's pricing laptop")
def _k17(rng, key, ctx):
    return ("R_LIBS_USER=~/R/library\nTZ=Europe/London\n%s=%s\n" % (key, MARK))


@kind("shop_nuxt_runtime_config_ts", "camel", QUOTE1 + "`$", "Nuxt nuxt.config.ts runtimeConfig of the supplies storefront")
def _k18(rng, key, ctx):
    return ("export default defineNuxtConfig({\n  runtimeConfig: {\n    %s: '%s',\n"
            "    public: { shopName: 'Hood & Block' },\n  },\n  ssr: true,\n})\n" % (key, MARK))


@kind("hire_app_cordova_config_xml", "pascal", XML_ATTR, "Apache Cordova config.xml of the hire-desk app (preference)", parse="xml")
def _k19(rng, key, ctx):
    return ("<?xml version='1.0' encoding='utf-8'?>\n<widget id=\"example.brimwell.hire\" version=\"2.%d.0\" "
            "xmlns=\"http://www.w3.org/ns/widgets\">\n    <name>Brimwell Hire</name>\n"
            "    <preference name=\"%s\" value=\"%s\" />\n    <preference name=\"Orientation\" value=\"portrait\" />\n</widget>\n"
            % (rng.randrange(1, 9), key, MARK))


@kind("hire_ios_info_plist", "pascal", XML_TEXT, "Info.plist of the iOS hire-desk app", parse="xml")
def _k20(rng, key, ctx):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n"
            "\t<key>CFBundleName</key>\n\t<string>Brimwell Hire</string>\n\t<key>%s</key>\n\t<string>%s</string>\n"
            "</dict>\n</plist>\n" % (key, MARK))


@kind("stock_access_vba_module", "pascal", "\"", "VBA module (Const) of the Ferrule & Canopy parts database in Microsoft Access")
def _k21(rng, key, ctx):
    return ("Attribute VB_Name = \"modSettings\"\nOption Compare Database\nOption Explicit\n\n"
            "Public Const SupplierFeedUrl As String = \"https://b2b.hoodandblock.example/feed\"\n"
            "Public Const %s As String = \"%s\"\n" % (key, MARK))


@kind("shop_google_apps_script_code_gs", "camel", QUOTE1 + "`$", "Google Apps Script Code.gs behind the hire bookings sheet")
def _k22(rng, key, ctx):
    return ("// bound to 'Hire bookings %d'\nconst sheetName = 'Bookings';\nconst %s = '%s';\n\n"
            "function onEdit(e) {\n  syncRow_(e.range.getRow());\n}\n" % (rng.choice((2024, 2025)), key, MARK))


@kind("accounts_excel_power_query_m", "pascal", "\"", "Excel Power Query (M) of the bookkeeper's sales workbook")
def _k23(rng, key, ctx):
    return ("let\n    %s = \"%s\",\n    Source = Json.Document(Web.Contents(\"https://shop.hoodandblock.example/api/sales\", "
            "[Headers=[#\"X-Token\"=%s]])),\n    Sales = Table.FromRecords(Source[items])\nin\n    Sales\n" % (key, MARK, key))


# --- ops --------------------------------------------------------------------------
@kind("ops_packer_pkrvars_hcl", "snake", QUOTE2 + "$%", "Packer prod.pkrvars.hcl of the till image build")
def _k24(rng, key, ctx):
    return ("image_name = \"repair-till-%d\"\nbase_image = \"raspios-bookworm-arm64\"\n%s = \"%s\"\n"
            % (rng.randrange(10, 40), key, MARK))


@kind("ops_makefile_exports", "upper", SHELL_BARE, "Makefile with exported variables for the hire-site deploy")
def _k25(rng, key, ctx):
    return ("export DEPLOY_HOST := hire.brimwell-millinery.example\nexport %s := %s\n\n"
            "deploy:\n\t./scripts/deploy.sh $(DEPLOY_HOST)\n" % (key, MARK))


@kind("ops_gitlab_ci_variables_yml", "upper", QUOTE2 + "$", ".gitlab-ci.yml variables block of the supplies shop pipeline")
def _k26(rng, key, ctx):
    return ("stages: [test, deploy]\nvariables:\n  PHP_VERSION: \"8.3\"\n  %s: \"%s\"\n"
            "deploy:\n  stage: deploy\n  script:\n    - bin/magento setup:upgrade\n" % (key, MARK))


@kind("ops_github_actions_workflow_env", "upper", QUOTE2 + "$", "GitHub Actions workflow env block of the booking service")
def _k27(rng, key, ctx):
    return ("name: deploy-booking\non:\n  push:\n    branches: [main]\nenv:\n  %s: \"%s\"\njobs:\n"
            "  deploy:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n" % (key, MARK))


@kind("ops_windows_reg_export", "pascal", QUOTE2, "Windows .reg export of the plotter software settings")
def _k28(rng, key, ctx):
    return ("Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\FerruleCanopy\\PlotterLink]\n"
            "\"Port\"=\"COM%d\"\n\"%s\"=\"%s\"\n" % (rng.randrange(3, 9), key, MARK))


@kind("ops_bash_xtrace_output", "upper", SHELL_BARE, "bash -x (xtrace) output of the stock-sync deploy script")
def _k29(rng, key, ctx):
    return ("+ cd /srv/stock-sync\n+ export SYNC_ENV=prod\n+ SYNC_ENV=prod\n+ export %s=%s\n+ %s=%s\n+ ./bin/sync --dry-run=false\n"
            % (key, MARK, key, "\"${" + key + "}\""))


@kind("ops_ps_auxww_listing", "kebab", SHELL_BARE, "ps auxww listing on the booking host (the value is on a command line)")
def _k30(rng, key, ctx):
    pid = rng.randrange(1200, 9000)
    return ("USER       PID %%CPU %%MEM    VSZ   RSS TTY  STAT START   TIME COMMAND\n"
            "booking   %d  1.2  3.4 812344 68120 ?   Ssl  09:12   0:41 /usr/bin/java -jar booking.jar --%s=%s --port=8081\n"
            "booking   %d  0.0  0.1  12344  2120 pts/0 S+  09:40   0:00 grep booking\n" % (pid, key, MARK, pid + 311))


@kind("ops_strace_write_capture", "upper", QUOTE2, "strace -e write capture of the till service writing its env file")
def _k31(rng, key, ctx):
    return ("openat(AT_FDCWD, \"/run/repair-till/env\", O_WRONLY|O_CREAT|O_TRUNC, 0600) = 3\n"
            "write(3, \"%s=%s\\n\", %d) = %d\nclose(3) = 0\n" % (key, MARK, 0, 0))


@kind("ops_zsh_extended_history", "upper", "'", "zsh EXTENDED_HISTORY file (~/.zsh_history) on a developer laptop")
def _k32(rng, key, ctx):
    t = 1749000000 + rng.randrange(0, 9000000)
    return (": %d:0;cd ~/src/hire-site\n: %d:0;export %s='%s'\n: %d:0;python manage.py check --deploy\n"
            % (t, t + 17, key, MARK, t + 40))


@kind("ops_logfmt_app_log", "snake", QUOTE2, "logfmt application log of the fitting-booking service (config dump at start-up)")
def _k33(rng, key, ctx):
    return ("ts=2025-06-%02dT08:01:12Z level=info msg=\"starting\" version=3.%d.0\n"
            "ts=2025-06-%02dT08:01:12Z level=debug msg=\"config\" %s=\"%s\" slots_per_day=14\n"
            % (rng.randrange(1, 28), rng.randrange(0, 9), rng.randrange(1, 28), key, MARK))


@kind("ops_python_traceback_locals", "snake", QUOTE1, "Python traceback with a locals box (rich) from the label-printer service")
def _k34(rng, key, ctx):
    return ("Traceback (most recent call last)\n  /srv/labeld/labeld/client.py:%d in connect\n"
            "| locals:\n|   host = '%s'\n|   %s = '%s'\n|   retries = 3\nConnectionRefusedError: [Errno 111] Connection refused\n"
            % (rng.randrange(40, 200), _ip(rng), key, MARK))


# --- messy places ---------------------------------------------------------------
@kind("office_icalendar_invite_description", "spaced", ",;\\", "iCalendar (.ics) invite whose DESCRIPTION carries the value")
def _k35(rng, key, ctx):
    who = _p(rng)
    return ("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:%s@brimwell-millinery.example\nSUMMARY:Handover before race week\n"
            "DESCRIPTION:%s here - the %s is %s \\n see you at 9\nDTSTART:20250612T090000Z\nEND:VEVENT\nEND:VCALENDAR\n"
            % (uuid4(rng), who[0], key, MARK))


@kind("office_vcard_note_field", "spaced", ",;\\", "vCard (.vcf) contact whose NOTE field carries the value")
def _k36(rng, key, ctx):
    who = _p(rng)
    return ("BEGIN:VCARD\nVERSION:3.0\nFN:%s %s\nORG:Brimwell & Daughters Millinery\nTEL;TYPE=work:+44 1582 %06d\n"
            "NOTE:%s %s\nEND:VCARD\n" % (who[0], who[1], rng.randrange(100000, 999999), key, MARK))


@kind("office_xlsx_shared_strings_xml", "title", XML_TEXT, "xl/sharedStrings.xml of the office logins workbook", parse="xml")
def _k37(rng, key, ctx):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"4\" uniqueCount=\"4\">"
            "<si><t>System</t></si><si><t>Value</t></si><si><t>%s</t></si><si><t>%s</t></si></sst>\n" % (key, MARK))


@kind("office_trello_card_export_json", "spaced", QUOTE2, "Trello card JSON export (desc field) from the workroom board", parse="json")
def _k38(rng, key, ctx):
    who = _p(rng)
    card = {"id": rstr(rng, HEX, 24), "name": "Race week prep", "idList": rstr(rng, HEX, 24),
            "desc": "%s: the %s is %s - dont lose it" % (who[0], key, MARK), "closed": False}
    return json.dumps(card, ensure_ascii=False, indent=2) + "\n"


@kind("office_jira_issue_comment_wiki", "spaced", "{}|", "Jira issue comment in wiki markup on the Crownband service desk")
def _k39(rng, key, ctx):
    who = _p(rng)
    return ("h3. Handover\n* till reinstalled, receipts OK\n* %s: {{%s}}\n\n[~%s] please rotate after go-live\n"
            % (key, MARK, who[2]))


@kind("office_github_issue_comment_markdown", "spaced", "`", "GitHub issue comment (Markdown) on the stock-sync repository")
def _k40(rng, key, ctx):
    return ("Reproduced on staging. The job only works once I set the %s to `%s` by hand, so the env "
            "loader is skipping it.\n\n- [ ] fix loader\n- [ ] rotate\n" % (key, MARK))


@kind("shop_sms_backup_restore_xml", "spaced", XML_ATTR, "SMS Backup & Restore XML export of the repair-counter phone", parse="xml")
def _k41(rng, key, ctx):
    return ("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n<smses count=\"2\">\n"
            "  <sms protocol=\"0\" address=\"+447700900%03d\" date=\"17%08d000\" type=\"1\" body=\"morning! %s is %s x\" read=\"1\" />\n"
            "  <sms protocol=\"0\" address=\"+447700900%03d\" date=\"17%08d000\" type=\"2\" body=\"thanks\" read=\"1\" />\n</smses>\n"
            % (rng.randrange(0, 999), rng.randrange(0, 99999999), key, MARK, rng.randrange(0, 999), rng.randrange(0, 99999999)))


@kind("workroom_sticky_note_photo_ocr", "title", "", "OCR text of a photo of a sticky note on the workroom iMac")
def _k42(rng, key, ctx):
    return ("[photo IMG_%04d.HEIC - OCR]\nDONT MOVE THIS NOTE\n%s\n%s\n- P.\n" % (rng.randrange(1000, 9999), key, MARK))


@kind("office_webvtt_meeting_captions", "spaced", "<>&", "WebVTT captions of a recorded Teams handover call")
def _k43(rng, key, ctx):
    who = _p(rng)
    return ("WEBVTT\n\n00:03:11.200 --> 00:03:15.900\n<v %s %s>so for the %s you type</v>\n\n"
            "00:03:16.000 --> 00:03:19.400\n<v %s %s>%s</v>\n" % (who[0], who[1], key, who[0], who[1], MARK))


@kind("dev_git_format_patch_email", "upper", SHELL_BARE, "git format-patch e-mail that adds a .env line by mistake")
def _k44(rng, key, ctx):
    who = _p(rng)
    return ("From %s Mon Sep 17 00:00:00 2001\nFrom: %s %s <%s@crownband.example>\nSubject: [PATCH] wire up settings\n\n"
            "---\n .env | 1 +\n 1 file changed, 1 insertion(+)\n\ndiff --git a/.env b/.env\n--- a/.env\n+++ b/.env\n"
            "@@ -3,0 +4 @@\n+%s=%s\n" % (rstr(rng, HEX, 40), who[0], who[1], who[2], key, MARK))


@kind("office_obsidian_daily_note_md", "spaced", "`[]", "Obsidian daily note (Markdown with front matter) of the workroom manager")
def _k45(rng, key, ctx):
    return ("---\ndate: 2025-05-%02d\ntags: [workroom, handover]\n---\n## To do\n- steam cabinet descale\n"
            "- %s: %s\n- order more buckram\n" % (rng.randrange(1, 28), key, MARK))


assert len(KINDS) == 45, len(KINDS)
KIND_INFO = {k["name"]: k for k in KINDS}


def pairing():
    """Largest-remaining greedy with seeded tie-breaks: each kind takes four different types
    that currently have the most remaining slots."""
    rng = random.Random(SEED_PAIRING)
    remaining = {t: 15 for t in TYPE_NAMES}
    order = [k["name"] for k in KINDS]
    rng.shuffle(order)
    deal = {}
    for kname in order:
        cands = sorted(TYPE_NAMES, key=lambda t: (-remaining[t], rng.random()))
        chosen = cands[:4]
        for t in chosen:
            remaining[t] -= 1
        rng.shuffle(chosen)
        deal[kname] = chosen
    assert all(v == 0 for v in remaining.values())
    return deal


def build(reg, ctx):
    rng = random.Random(SEED_VALUES)
    deal = pairing()
    recs = []
    for k in KINDS:
        for tname in deal[k["name"]]:
            info = TYPE_INFO[tname]
            key = keyname(info[1], k["style"])
            if tname == "hire_site_django_secret_key" and k["style"] == "upper":
                key = "SECRET_KEY" if k["name"] == "hire_shop_django_settings_py" else key
            value = reg.draw(lambda: gen_value(rng, info[2], k["forbid"], ctx),
                             ok=lambda v: clean_for(v, k["forbid"]))
            tpl = k["render"](rng, key, ctx)
            text, s, e = place(tpl, value)
            if k["name"] == "ops_strace_write_capture":
                n = len("%s=%s\n" % (key, value))
                text = text.replace(", 0) = 0\n", ", %d) = %d\n" % (n, n), 1)
                s = text.index(value)
                e = s + len(value)
            recs.append({"type": tname, "container": k["name"], "text": text,
                         "secrets": [{"value": value, "start": s, "end": e, "type": tname}], "source": "everyday"})
    return recs
