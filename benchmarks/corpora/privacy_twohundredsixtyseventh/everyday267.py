"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import json
import random

import common267 as C
import world267 as W

# ------------------------------------------------------------------ types
TYPES = [
    # name, key words, description
    ('wind_mast_station_admin_password', ['wind', 'mast', 'admin', 'password'],
     "owner-chosen admin login of the weather station on Brisk Reach's wind mast in the dunes (WeeWX box, live wind page)"),
    ('cutting_plotter_operator_password', ['cutting', 'plotter', 'operator', 'password'],
     "owner-chosen operator login of the PC driving Skyrigg's ripstop cutting plotter"),
    ('gate_scanner_supervisor_password', ['gate', 'scanner', 'supervisor', 'password'],
     "owner-chosen supervisor password of the handheld ticket scanners at Portbeck's festival gates (overrides, re-entry)"),
    ('rescue_rib_tracker_console_password', ['rescue', 'rib', 'tracker', 'password'],
     "owner-chosen login of the console that shows Brisk Reach's rescue RIB on the map (satellite tracker)"),
    ('rental_till_manager_password', ['rental', 'till', 'manager', 'password'],
     "owner-chosen manager login of the till in Brisk Reach's rental shop (refunds, deposits, price overrides)"),
    ('bladder_welder_engineer_password', ['bladder', 'welder', 'engineer', 'password'],
     "owner-chosen engineer password of the touch panel on Skyrigg's leading-edge bladder welder (seal time, temperature)"),
    ('booking_nextauth_jwe_session', ['booking', 'session', 'token'],
     'session cookie of the Brisk Reach booking site: a real compact JWE as NextAuth v4 writes it (alg dir, enc A256GCM; '
     'content key HKDF-SHA256 of the site secret with info "NextAuth.js Generated Encryption Key"; payload name, email, sub, '
     'iat, exp, jti), generated with a site secret drawn from a fixed seed and discarded'),
    ('kite_cad_iso6346_licence_key', ['kite', 'cad', 'licence', 'key'],
     'licence key of the kite design CAD on the loft PCs (layout invented): `KDL-` + four groups of four of 0-9 A-Z joined by '
     '`-` + `-` + one check digit computed with the ISO 6346 container-number rule (letter values 10-38 skipping multiples of '
     '11, weight 2 to the power of the position, sum mod 11, 10 read as 0) over the 16 symbols'),
    ('gate_enrolment_sedol_code', ['gate', 'enrolment', 'code'],
     'enrolment code that binds a new handheld scanner to the festival gate backend (layout invented): `GSE-` + three blocks '
     'joined by `-`, each six symbols of 0-9 and consonants (the SEDOL alphabet) followed by its real SEDOL check digit '
     '(weights 1 3 1 7 3 9)'),
    ('rental_fleet_djb2_device_token', ['rental', 'fleet', 'device', 'token'],
     'device token of the rental-fleet tablets that check kites and boards in and out (layout invented): `rft_` + 28 base62 '
     '+ `_` + 8 lower-case hex of the real djb2 hash (h = 5381; h = h*33 + c, 32 bits) of the 28 characters'),
    ('tracker_activation_mod10r_code', ['tracker', 'activation', 'code'],
     'activation code of the GPS trackers clipped to rental kites and the rescue RIB (layout invented): four groups of five '
     'digits joined by `-` + `-` + the real recursive mod-10 check digit (the Swiss payment-slip table 0 9 4 6 8 2 7 1 3 5) '
     'of the 20 digits'),
    ('booking_django_secret_key', ['booking', 'django', 'secret', 'key'],
     "Django SECRET_KEY of the booking API: 50 characters from Django's get_random_secret_key alphabet "
     '(a-z 0-9 ! @ # $ % ^ & * ( - _ = + ))'),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_WORDS = {t[0]: t[1] for t in TYPES}
TYPE_DESC = {t[0]: t[2] for t in TYPES}
PASSWORD_TYPES = TYPE_NAMES[:6]


def key_name(words, style, section=None):
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
    if style == 'dot':
        return '.'.join(words)
    if style == 'header':
        return 'X-' + '-'.join(w.capitalize() for w in words)
    if style == 'spaced':
        return ' '.join(words)
    if style == 'title':
        return ' '.join(w.capitalize() for w in words)
    raise ValueError(style)


# ------------------------------------------------------------------ value generators
class Gen:
    def __init__(self, rng, reg):
        self.rng = rng
        self.reg = reg
        self.jwe_secrets = {}

    def value(self, typ, forbidden):
        r = self.rng
        if typ in PASSWORD_TYPES:
            return self.reg.draw(lambda: W.make_password(r, W.JOINERS_ALL, 0.4, forbidden))
        if typ == 'booking_nextauth_jwe_session':
            def mk():
                secret = C.b64s(C.rand_bytes(r, 32))
                name = W.person(r)
                iat = 1746000000 + r.randrange(0, 12000000)
                payload = {'name': name, 'email': W.email_of(name, 'briskreach'), 'sub': C.uuid4(r),
                           'iat': iat, 'exp': iat + 30 * 86400, 'jti': C.uuid4(r)}
                tok = C.jwe_dir_a256gcm(secret, payload, C.rand_bytes(r, 12))
                self.jwe_secrets[tok] = secret
                return tok
            return self.reg.draw(mk)
        if typ == 'kite_cad_iso6346_licence_key':
            def mk():
                body = C.rand_str(r, C.UPPER_ALNUM, 16)
                return 'KDL-%s-%s-%s-%s-%s' % (body[:4], body[4:8], body[8:12], body[12:], C.iso6346_check(body))
            return self.reg.draw(mk)
        if typ == 'gate_enrolment_sedol_code':
            def mk():
                blocks = []
                for _ in range(3):
                    b = C.rand_str(r, C.SEDOL_ALPHA, 6)
                    blocks.append(b + C.sedol_check(b))
                return 'GSE-' + '-'.join(blocks)
            return self.reg.draw(mk)
        if typ == 'rental_fleet_djb2_device_token':
            def mk():
                body = C.rand_str(r, C.B62, 28)
                return 'rft_%s_%08x' % (body, C.djb2(body))
            return self.reg.draw(mk)
        if typ == 'tracker_activation_mod10r_code':
            def mk():
                d = ''.join(r.choice('0123456789') for _ in range(20))
                return '%s-%s-%s-%s-%s' % (d[:5], d[5:10], d[10:15], d[15:], C.mod10_recursive(d))
            return self.reg.draw(mk)
        if typ == 'booking_django_secret_key':
            alpha = ''.join(c for c in C.DJANGO_ALPHABET if c not in forbidden)
            return self.reg.draw(lambda: C.rand_str(r, alpha, 50))
        raise ValueError(typ)


# ------------------------------------------------------------------ container kinds
KINDS = []   # (name, style, description, forbidden, render)


def kind(name, style, desc, forbidden):
    def deco(fn):
        KINDS.append((name, style, desc, forbidden, fn))
        return fn
    return deco


Q = '"\'\\'
SH = '"\'\\$`!&;|<>()*?#~ '


# ---- devices
@kind('wind_mast_weewx_conf', 'snake', "WeeWX weewx.conf of the wind-mast station (ConfigObj nested sections)", Q + '#,')
def _k(key, r):
    return ('# weewx.conf (excerpt) - briskreach wind mast, %s\n[Station]\n    location = "Brisk Reach wind mast, Rhosneigr dunes"\n'
            '    latitude = 53.229\n    longitude = -4.514\n    station_type = Vantage\n\n[StdRESTful]\n    [[BriskReach]]\n'
            '        enable = true\n        server_url = https://wind.briskreach.example/api/v1/obs\n        %s = ' % (W.day(r), key),
            '\n        post_interval = 300\n\n[StdReport]\n    SKIN_ROOT = skins\n')


@kind('winch_codesys_gvl_st', 'camel', 'CODESYS global variable list (Structured Text) of the kite-test winch PLC at the loft', "'$\"\\")
def _k(key, r):
    return ('{attribute \'qualified_only\'}\nVAR_GLOBAL CONSTANT\n    sWinchHost : STRING(20) := \'%s\';\n    iLinePullLimit : INT := %d;  // daN\n'
            '    %s : STRING(511) := \'' % (W.ip192(r), r.randrange(120, 260), key),
            '\';\n    xLogToCloud : BOOL := TRUE;\nEND_VAR\n')


@kind('rescue_rib_signalk_plugin_json', 'camel', 'Signal K server plugin-config-data JSON on the rescue RIB', Q)
def _k(key, r):
    return ('{\n  "enabled": true,\n  "enableLogging": false,\n  "configuration": {\n    "vesselName": "BR Rescue 1",\n'
            '    "uploadIntervalSeconds": %d,\n    "%s": "' % (r.choice([30, 60, 120]), key),
            '",\n    "endpoint": "https://track.briskreach.example/ingest"\n  }\n}\n')


@kind('buoy_tracker_traccar_xml', 'dot', 'Traccar traccar.xml (Java properties XML) of the school tracking server', '<>&"\'')
def _k(key, r):
    return ('<?xml version=\'1.0\' encoding=\'UTF-8\'?>\n<!DOCTYPE properties SYSTEM \'http://java.sun.com/dtd/properties.dtd\'>\n<properties>\n'
            "    <entry key='database.driver'>org.h2.Driver</entry>\n    <entry key='web.port'>8082</entry>\n"
            "    <entry key='%s'>" % key,
            "</entry>\n    <entry key='geocoder.enable'>false</entry>\n</properties>\n")


@kind('wind_sensor_zigbee2mqtt_yaml', 'snake', 'Zigbee2MQTT configuration.yaml on the rental-shop Pi (custom block)', "'#")
def _k(key, r):
    return ('homeassistant: false\npermit_join: false\nmqtt:\n  base_topic: zigbee2mqtt\n  server: mqtt://%s\nserial:\n  port: /dev/ttyACM0\n'
            'briskreach:\n  shop_door_sensor: "0x00124b00%s"\n  %s: \'' % (W.ip172(r), C.rand_str(r, C.HEX, 8), key),
            "'\nadvanced:\n  log_level: warn\n")


@kind('loft_octoprint_config_yaml', 'camel', "OctoPrint config.yaml of the loft's 3D printer for fittings (plugin settings)", "'#")
def _k(key, r):
    return ('appearance:\n  name: Skyrigg fittings printer\nplugins:\n  skyriggJobs:\n    queueFolder: /home/pi/queue\n'
            '    %s: \'' % key, "'\n  softwareupdate:\n    check_overlay_url: ''\nserial:\n  port: /dev/ttyUSB0\n  baudrate: 115200\n")


@kind('gate_kiosk_xdg_autostart_desktop', 'upper', 'XDG autostart .desktop entry of the festival gate kiosk', SH + '%=')
def _k(key, r):
    return ('[Desktop Entry]\nType=Application\nName=Portbeck gate kiosk\nExec=env GATE_ID=%s %s=' % (
        'G%02d' % r.randrange(1, 12), key), ' /opt/portbeck/gate-kiosk --fullscreen\nX-GNOME-Autostart-enabled=true\n')


@kind('scanner_android_managed_config_xml', 'snake', 'Android app restrictions XML pushed by MDM to the gate scanners', '<>&"\'@?\\')
def _k(key, r):
    return ('<?xml version="1.0" encoding="utf-8"?>\n<restrictions xmlns:android="http://schemas.android.com/apk/res/android">\n'
            '    <restriction android:key="gate_backend_url" android:restrictionType="string"\n'
            '        android:defaultValue="https://gates.portbeck-kitefest.example" />\n'
            '    <restriction android:key="%s" android:restrictionType="string"\n        android:defaultValue="' % key,
            '" />\n</restrictions>\n')


# ---- shop and back office
@kind('booking_django_settings_py', 'upper', 'Django settings/production.py of the booking API', Q)
def _k(key, r):
    return ('from .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = ["api.briskreach.example"]\nTIME_ZONE = "Europe/London"\n'
            '%s = "' % key, '"\nCSRF_TRUSTED_ORIGINS = ["https://book.briskreach.example"]\n')


@kind('shop_wp_config_php', 'upper', 'WordPress wp-config.php of the Skyrigg web shop (WooCommerce)', Q)
def _k(key, r):
    return ("<?php\ndefine( 'DB_NAME', 'skyrigg_shop' );\ndefine( 'DB_HOST', '%s' );\ndefine( 'WP_DEBUG', false );\n"
            "define( '%s', '" % (W.ip10(r), key), "' );\n$table_prefix = 'sk_';\nrequire_once ABSPATH . 'wp-settings.php';\n")


@kind('shop_magento_env_php', 'snake', "Magento app/etc/env.php of Windvanger's old B2B shop", Q)
def _k(key, r):
    return ("<?php\nreturn [\n    'backend' => ['frontName' => 'wv_admin'],\n    'windvanger' => [\n        'b2b' => [\n"
            "            '%s' => '" % key, "',\n        ],\n    ],\n    'MAGE_MODE' => 'production',\n];\n")


@kind('booking_symfony_services_yaml', 'snake', 'Symfony config/services.yaml parameters of the voucher service', "'%")
def _k(key, r):
    return ("parameters:\n    app.voucher_prefix: 'BRV'\n    app.%s: '" % key,
            "'\n\nservices:\n    _defaults:\n        autowire: true\n        autoconfigure: true\n")


@kind('rental_nestjs_configuration_ts', 'camel', 'NestJS src/config/configuration.ts of the rental API', Q)
def _k(key, r):
    return ("export default () => ({\n  port: parseInt(process.env.PORT ?? '3000', 10),\n  rental: {\n    depositPence: %d,\n"
            "    %s: process.env.RENTAL_OVERRIDE ?? '" % (r.choice([5000, 10000, 15000]), key), "',\n  },\n});\n")


@kind('festival_pretix_cfg', 'snake', 'pretix.cfg of the festival ticket shop (configparser INI)', '%#;' + Q)
def _k(key, r):
    return ('[pretix]\ninstance_name=Portbeck Kite Festival tickets\nurl=https://tickets.portbeck-kitefest.example\n'
            'currency=GBP\n\n[portbeck]\n%s=' % key, '\ngate_count=%d\n\n[database]\nbackend=postgresql\nname=pretix\n' % r.randrange(4, 9))


@kind('school_moodle_config_php', 'snake', "Moodle config.php of the instructors' training site", Q)
def _k(key, r):
    return ("<?php  // Moodle configuration file\nunset($CFG);\nglobal $CFG;\n$CFG = new stdClass();\n$CFG->dbtype = 'pgsql';\n"
            "$CFG->wwwroot = 'https://learn.briskreach.example';\n$CFG->%s = '" % key,
            "';\nrequire_once(__DIR__ . '/lib/setup.php');\n")


@kind('rental_dotnet_user_secrets_json', 'pascal', 'dotnet user-secrets secrets.json of the rental desktop app (Section:Key)', Q)
def _k(key, r):
    return ('{\n  "ConnectionStrings:Rental": "Server=%s;Database=rental;Trusted_Connection=True",\n  "BriskReach:%s": "' % (
        W.ip10(r), key), '",\n  "Logging:LogLevel:Default": "Warning"\n}\n')


@kind('gate_axum_config_ron', 'snake', 'RON config file of the Rust (axum) gate backend', Q)
def _k(key, r):
    return ('(\n    listen: "0.0.0.0:%d",\n    festival: "portbeck-2025",\n    %s: "' % (r.choice([8080, 8443, 9000]), key),
            '",\n    scanners: %d,\n)\n' % r.randrange(10, 40))


# ---- mobile
@kind('school_app_capacitor_config_ts', 'camel', 'Capacitor capacitor.config.ts of the school app (plugin block)', Q)
def _k(key, r):
    return ("import type { CapacitorConfig } from '@capacitor/cli';\n\nconst config: CapacitorConfig = {\n  appId: 'example.briskreach.app',\n"
            "  appName: 'Brisk Reach',\n  plugins: {\n    BriskBooking: {\n      %s: '" % key,
            "',\n    },\n  },\n};\n\nexport default config;\n")


@kind('school_app_ios_xcconfig', 'upper', 'Xcode Release.xcconfig of the school app', '/$"\' \\{}()')
def _k(key, r):
    return ('// Release.xcconfig\n#include "Base.xcconfig"\nPRODUCT_BUNDLE_IDENTIFIER = example.briskreach.app\nBOOKING_HOST = book.briskreach.example\n'
            '%s = ' % key, '\nSWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE\n')


@kind('rental_app_android_strings_xml', 'snake', 'Android res/values/strings.xml of the rental tablet app', '<>&"\'@?\\')
def _k(key, r):
    return ('<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="app_name">Brisk Rental</string>\n'
            '    <string name="%s" translatable="false">' % key, '</string>\n    <string name="checkout_done">Checked out</string>\n</resources>\n')


# ---- ops
@kind('ops_ansible_host_vars_yml', 'snake', 'Ansible host_vars file of a host in the small cluster', '"\\{}%#')
def _k(key, r):
    return ('---\nansible_host: %s\nansible_user: deploy\nbriskreach_env: production\n%s: "' % (W.ip10(r), key),
            '"\nntp_servers:\n  - 0.uk.pool.ntp.org\n')


@kind('ops_salt_pillar_sls', 'snake', "Salt pillar file (festival gate servers)", "'{}%#")
def _k(key, r):
    return ('portbeck:\n  gate_backend:\n    port: 8443\n    %s: \'' % key, "'\n    log_dir: /var/log/gate\n")


@kind('ops_terraform_tfvars', 'snake', 'Terraform terraform.tfvars of the booking stack', '"\\$%{}')
def _k(key, r):
    return ('region          = "eu-west-2"\ninstance_count  = %d\nbooking_domain  = "book.briskreach.example"\n%s = "' % (
        r.randrange(1, 4), key), '"\n')


@kind('ops_pulumi_stack_yaml', 'camel', 'Pulumi.prod.yaml stack config (project:key)', "'")
def _k(key, r):
    return ("config:\n  aws:region: eu-west-2\n  tetherline:clusterName: tl-prod\n  tetherline:%s: '" % key, "'\n")


@kind('ops_supervisord_program_environment', 'upper', 'supervisord program section with environment=', '"%,' + '\\')
def _k(key, r):
    return ('[program:gate-sync]\ncommand=/opt/portbeck/bin/gate-sync --interval 30\nautostart=true\nuser=gate\n'
            'environment=GATE_ENV="prod",%s="' % key, '"\nstdout_logfile=/var/log/gate-sync.log\n')


@kind('ops_launchd_plist_environment', 'upper', "launchd LaunchAgent plist (EnvironmentVariables) on the loft's Mac", '<>&')
def _k(key, r):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n'
            '<plist version="1.0">\n<dict>\n    <key>Label</key>\n    <string>example.skyrigg.plotter-sync</string>\n'
            '    <key>EnvironmentVariables</key>\n    <dict>\n        <key>%s</key>\n        <string>' % key,
            '</string>\n    </dict>\n    <key>RunAtLoad</key>\n    <true/>\n</dict>\n</plist>\n')


@kind('ops_gitlab_ci_variables', 'upper', '.gitlab-ci.yml with a variables block', '"\\$')
def _k(key, r):
    return ('stages: [test, deploy]\n\nvariables:\n  DJANGO_SETTINGS_MODULE: booking.settings.production\n  %s: "' % key,
            '"\n\ntest:\n  stage: test\n  script:\n    - pytest -q\n')


@kind('ops_ecs_task_definition_json', 'upper', 'AWS ECS task definition JSON (container environment list)', Q)
def _k(key, r):
    return ('{\n  "family": "booking-api",\n  "containerDefinitions": [\n    {\n      "name": "api",\n'
            '      "image": "tetherline/booking-api:%d.%d.%d",\n      "environment": [\n'
            '        {"name": "TZ", "value": "Europe/London"},\n        {"name": "%s", "value": "' % (
                r.randrange(1, 4), r.randrange(0, 20), r.randrange(0, 10), key),
            '"}\n      ]\n    }\n  ]\n}\n')


@kind('ops_dockerfile_env_instruction', 'upper', 'Dockerfile with an ENV instruction', SH)
def _k(key, r):
    return ('FROM python:3.12-slim\nWORKDIR /srv\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nENV %s=' % key,
            '\nCOPY . .\nCMD ["gunicorn", "booking.wsgi"]\n')


# ---- developer tools
@kind('dev_vscode_launch_json_env', 'upper', 'VS Code .vscode/launch.json debug configuration env', Q + '$')
def _k(key, r):
    return ('{\n  "version": "0.2.0",\n  "configurations": [\n    {\n      "name": "Gate backend",\n      "type": "lldb",\n'
            '      "request": "launch",\n      "env": {\n        "RUST_LOG": "info",\n        "%s": "' % key,
            '"\n      }\n    }\n  ]\n}\n')


@kind('dev_jupyter_ipynb_cell_source', 'upper', 'Jupyter notebook (.ipynb JSON) code cell setting an environment variable', Q)
def _k(key, r):
    return ('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": %d,\n   "metadata": {},\n   "outputs": [],\n'
            '   "source": [\n    "import os\\n",\n    "os.environ[\\"%s\\"] = \\"' % (r.randrange(1, 30), key),
            '\\"\\n",\n    "bookings = load_week()"\n   ]\n  }\n ],\n "nbformat": 4,\n "nbformat_minor": 5\n}\n')


@kind('dev_atuin_history_list', 'upper', 'atuin history list output on a developer laptop', "'")
def _k(key, r):
    t = W.day(r)
    return ('%s %s\tcd ~/src/rental-api\t0s\n%s %s\texport %s=\'' % (t, W.clock(r), t, W.clock(r), key),
            "'\t0s\n%s %s\tnpm run start:dev\t2m\n" % (t, W.clock(r)))


@kind('dev_git_config_extraheader', 'header', '.git/config with an http extraheader', '"\\#;')
def _k(key, r):
    return ('[core]\n\trepositoryformatversion = 0\n\tbare = false\n[remote "origin"]\n\turl = https://git.tetherline.example/skyrigg/plotter-sync.git\n'
            '[http "https://git.tetherline.example/"]\n\textraheader = %s: ' % key, '\n[branch "main"]\n\tremote = origin\n')


@kind('dev_rest_client_http_file', 'camel', 'VS Code REST Client .http file with a file variable', ' {}#')
def _k(key, r):
    return ('@host = https://api.briskreach.example\n@%s = ' % key,
            '\n\n### list today\'s lessons\nGET {{host}}/v1/lessons?date=today\nAccept: application/json\n')


@kind('dev_hurl_request_file', 'header', 'Hurl test file with a request header', '{}#')
def _k(key, r):
    return ('# smoke test for the gate backend\nGET https://gates.portbeck-kitefest.example/healthz\nHTTP 200\n\n'
            'POST https://gates.portbeck-kitefest.example/v1/scan\n%s: ' % key,
            '\nContent-Type: application/json\n{"ticket": "PKF-%d", "gate": "G%02d"}\nHTTP 200\n' % (r.randrange(100000, 999999), r.randrange(1, 12)))


# ---- the messy places
@kind('office_whatsapp_chat_export_txt', 'spaced', 'WhatsApp chat export (.txt) of the instructors group', '')
def _k(key, r):
    a, b = r.sample(W.FIRST, 2)
    d = '%02d/%02d/2025' % (r.randrange(1, 29), r.randrange(4, 10))
    return ('[%s, 08:%02d:11] %s: anyone on the early lesson tomorrow?\n[%s, 08:%02d:40] %s: me. %s is ' % (
        d, r.randrange(10, 59), a, d, r.randrange(10, 59), b, key),
        ' btw, got it from the handover sheet\n[%s, 08:%02d:02] %s: cheers 🤙\n' % (d, r.randrange(10, 59), a))


@kind('office_eml_message', 'spaced', 'e-mail saved as .eml from the office mailbox', '')
def _k(key, r):
    a, b = r.sample(W.PEOPLE, 2)
    return ('From: %s <%s>\nTo: %s <%s>\nSubject: Re: weekend cover\nDate: Sat, %d Jun 2025 07:%02d:00 +0100\n'
            'MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nHi %s,\n\nYou will need the %s: ' % (
                a, W.email_of(a, 'briskreach'), b, W.email_of(b, 'briskreach'), r.randrange(1, 29), r.randrange(60),
                b.split()[0], key), '\nPlease do not forward this one.\n\n%s\n' % a.split()[0])


@kind('office_ics_event_description', 'spaced', 'iCalendar (.ics) event with the value in DESCRIPTION', ',;\\')
def _k(key, r):
    return ('BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Brisk Reach//Rota//EN\nBEGIN:VEVENT\nUID:%s@briskreach.example\n'
            'DTSTART:20250%d%02dT080000Z\nSUMMARY:Open up - rental shop\nDESCRIPTION:Keys in the blue box.\\n%s ' % (
                C.uuid4(r), r.randrange(5, 9), r.randrange(1, 29), key),
            '\\nLock the RIB shed after.\nEND:VEVENT\nEND:VCALENDAR\n')


@kind('office_sms_backup_xml', 'spaced', 'SMS Backup & Restore XML export (body attribute)', '<>&"\'')
def _k(key, r):
    return ('<?xml version=\'1.0\' encoding=\'UTF-8\' standalone=\'yes\' ?>\n<smses count="1" backup_set="%s">\n'
            '  <sms protocol="0" address="+447700900%03d" date="17%d" type="1" read="1" body="%s ' % (
                C.uuid4(r), r.randrange(1000), r.randrange(10 ** 10, 10 ** 11), key),
            ' - text me when you are in" contact_name="%s" />\n</smses>\n' % W.person(r))


@kind('office_github_issue_comment_md', 'spaced', 'GitHub issue comment (Markdown) in the studio tracker', '`')
def _k(key, r):
    return ('**Repro steps**\n\n1. log in on the kiosk\n2. open Settings > Sync\n\n> works for me on staging with the %s `' % key,
            '`\n\n_edit: removed the screenshot_\n')


@kind('office_discord_export_json', 'spaced', 'DiscordChatExporter JSON of the festival volunteers server', Q)
def _k(key, r):
    return ('{\n  "guild": {"name": "Portbeck volunteers"},\n  "channel": {"name": "gate-leads"},\n  "messages": [\n    {\n'
            '      "id": "%d",\n      "timestamp": "2025-08-%02dT06:%02d:00+00:00",\n      "author": {"name": "%s"},\n'
            '      "content": "morning all - %s for today is ' % (r.randrange(10 ** 17, 10 ** 18), r.randrange(1, 29), r.randrange(60),
                                                             W.first(r).lower(), key),
            ' (same as yesterday)"\n    }\n  ]\n}\n')


@kind('office_google_sheets_csv', 'title', 'Google Sheets export (CSV) of the shop handover sheet', ',"')
def _k(key, r):
    return ('Item,Where,Value,Checked by\nShop alarm,back door,see Gethin,%s\n%s,till drawer,' % (W.first(r), key),
            ',%s\nVan keys,hook by the door,,%s\n' % (W.first(r), W.first(r)))


@kind('office_xlsx_shared_strings_xml', 'title', 'xl/sharedStrings.xml of the loft handover workbook', '<>&')
def _k(key, r):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">'
            '<si><t>Machine</t></si><si><t>%s</t></si><si><t>' % key, '</t></si><si><t>changed after the service visit</t></si></sst>\n')


@kind('office_label_printer_text', 'title', 'text of a label printed on the label maker and stuck to a device', '')
def _k(key, r):
    return ('SKYRIGG KITES - LOFT\nasset %s\n%s: ' % ('SK-%04d' % r.randrange(1, 9999), key), '\nif found call the loft\n')


@kind('office_trello_card_json', 'spaced', 'Trello board export (JSON) card description', Q)
def _k(key, r):
    return ('{\n  "name": "Festival prep",\n  "cards": [\n    {\n      "id": "%s",\n      "name": "Gate scanners - charge + test",\n'
            '      "desc": "Charge all %d. %s: ' % (C.rand_str(r, C.HEX, 24), r.randrange(12, 40), key),
            ' - ask Dervla before changing it.",\n      "closed": false\n    }\n  ]\n}\n')


assert len(KINDS) == 45, len(KINDS)
KIND_NAMES = [k[0] for k in KINDS]


def pairing(seed=26711):
    """15 blocks of 3 kinds; each block deals its own permutation of the 12 types, 4 to a kind."""
    r = random.Random(seed)
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        r.shuffle(perm)
        for j in range(3):
            out.append((KINDS[3 * b + j], perm[4 * j:4 * j + 4]))
    return out


def build(reg, seed=26701):
    rng = random.Random(seed)
    gen = Gen(rng, reg)
    recs = []
    for (name, style, desc, forbidden, fn), types in pairing():
        for typ in types:
            key = key_name(TYPE_WORDS[typ], style)
            before, after = fn(key, rng)
            for _ in range(50):
                val = gen.value(typ, forbidden)
                if not any(ch in forbidden for ch in val):
                    break
            text = before + val + after
            recs.append({'type': typ, 'container': name, 'text': text,
                         'secrets': [{'value': val, 'start': len(before), 'end': len(before) + len(val), 'type': typ}],
                         'source': 'everyday'})
    return recs, gen
