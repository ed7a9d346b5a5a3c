"""Everyday source: 12 types x 45 container kinds, 4 records per kind."""
import random
import re

import common254 as C
import world254 as W

SEED_VALUES = 25401
SEED_PAIRING = 25411
M = '\u27e6V\u27e7'   # placement marker

# ---------------------------------------------------------------- types
TYPES = [
    ('sharpening_van_tablet_password', 'password',
     'owner-chosen unlock password of the Keenedge sharpening vans\' dashboard tablets (route, job list, card reader)'),
    ('knife_grinder_hmi_admin_password', 'password',
     'owner-chosen admin password of the HMI panel on Hallamshire\'s CNC knife grinder (recipes, wheel offsets)'),
    ('heat_treat_kiln_controller_password', 'password',
     'owner-chosen web-UI password of the heat-treat kiln controller (ramp and soak programmes)'),
    ('combi_oven_service_laptop_password', 'password',
     'owner-chosen login of the Brightwater engineers\' diagnostic laptop that talks to combi ovens'),
    ('drop_off_locker_master_password', 'password',
     'owner-chosen master login of the knife drop-off locker bank at the markets'),
    ('engraving_station_pc_password', 'password',
     'owner-chosen password of the laser engraving station PC that etches blades'),
    ('drop_off_locker_crc24_token', 'crc24',
     'API token of the locker bank (layout invented): `lkr_` + 28 base62 + `_` + the real CRC-24/OpenPGP (init B704CE, poly 864CFB) of the 28 characters as 3 bytes in unpadded base64url (4 characters)'),
    ('parts_catalogue_crc64_key', 'crc64',
     'key of the parts-catalogue sync service (layout invented): `pcx-` + 24 lower-case alphanumerics + `-` + 16 lower-case hex of the real CRC-64/XZ (ECMA-182 polynomial, reflected, init and xorout all ones) of the 24 characters'),
    ('engineer_app_es384_jwt', 'es384',
     'service token of the engineers\' job app: real ES384 JWT (header `{alg, typ, kid}`, payload `{iss, sub, aud, iat, exp, scope}`), signed with P-384 ECDSA / SHA-384 under a discarded key (signature r || s, 96 bytes)'),
    ('grinder_fleet_mod1271_key', 'mod1271',
     'fleet key of the grinder telemetry service (layout invented): `GRF` + 22 upper-case alphanumerics + the two real ISO 7064 MOD 1271-36 check characters over all 25 characters'),
    ('cutlery_shop_django_secret_key', 'django',
     'Django `SECRET_KEY` of the Hallamshire web shop: 50 characters drawn, as `get_random_secret_key()` does, from `a-z0-9!@#$%^&*(-_=+)` (characters a container would have to escape are left out of that record\'s draw)'),
    ('repair_portal_fernet_key', 'fernet',
     'Fernet key that encrypts the Brightwater customer portal\'s stored tokens: 44 characters, base64url (with its `=`) of exactly 32 random bytes'),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_KIND = {t[0]: t[1] for t in TYPES}
TYPE_DESC = {t[0]: t[2] for t in TYPES}

CRC24_RE = re.compile(r'^lkr_[0-9A-Za-z]{28}_[A-Za-z0-9_-]{4}$')
CRC64_RE = re.compile(r'^pcx-[0-9a-z]{24}-[0-9a-f]{16}$')
MOD1271_RE = re.compile(r'^GRF[0-9A-Z]{24}$')
DJANGO_RE = re.compile(r'^[a-z0-9!@#$%^&*(\-_=+)]{50}$')

ES384_KEYS = {}   # token -> public point (kept in memory for verification)


def crc24_tail(body):
    return C.b64url_nopad(C.crc24_openpgp(body.encode()).to_bytes(3, 'big'))


def gen_value(rng, tname, forbid):
    kind = TYPE_KIND[tname]
    if kind == 'password':
        return C.password(rng, forbid=forbid)
    if kind == 'crc24':
        body = C.rand_str(rng, C.ALNUM, 28)
        return 'lkr_' + body + '_' + crc24_tail(body)
    if kind == 'crc64':
        body = C.rand_str(rng, C.LOWER_ALNUM, 24)
        return 'pcx-' + body + '-' + '%016x' % C.crc64_xz(body.encode())
    if kind == 'mod1271':
        body = 'GRF' + C.rand_str(rng, C.UPPER_ALNUM, 22)
        return body + C.mod1271_36_checks(body)
    if kind == 'django':
        return C.django_secret_key(rng, forbid)
    if kind == 'fernet':
        return C.fernet_key(rng)
    if kind == 'es384':
        d, Q = C.es384_keypair(rng)
        iat = rng.randrange(1718000000, 1760000000)
        header = {'alg': 'ES384', 'typ': 'JWT', 'kid': 'bw-eng-%04d' % rng.randrange(10000)}
        payload = {'iss': 'https://jobs.brightwater-cateq.example', 'sub': 'engineer:' + W.user(rng),
                   'aud': 'parts-api', 'iat': iat, 'exp': iat + 86400 * rng.choice((30, 90, 180)),
                   'scope': rng.choice(['jobs:write parts:read', 'jobs:read', 'jobs:write photos:write'])}
        tok = C.jwt_es384(rng, header, payload, d)
        ES384_KEYS[tok] = Q
        return tok
    raise ValueError(kind)


def check_value(tname, v):
    """Return an error string or None."""
    kind = TYPE_KIND[tname]
    if kind == 'password':
        return None if C.PASSWORD_RE.match(v) else 'password shape'
    if kind == 'crc24':
        if not CRC24_RE.match(v):
            return 'crc24 shape'
        return None if crc24_tail(v[4:32]) == v[33:] else 'crc24 tail'
    if kind == 'crc64':
        if not CRC64_RE.match(v):
            return 'crc64 shape'
        return None if '%016x' % C.crc64_xz(v[4:28].encode()) == v[29:] else 'crc64 tail'
    if kind == 'mod1271':
        if not MOD1271_RE.match(v):
            return 'mod1271 shape'
        return None if C.mod1271_36_valid(v) else 'mod1271 check'
    if kind == 'django':
        return None if DJANGO_RE.match(v) else 'django shape'
    if kind == 'fernet':
        return None if C.fernet_key_valid(v) else 'fernet shape'
    if kind == 'es384':
        if not C.jwt_frame_ok(v):
            return 'es384 frame'
        h, p, s = v.split('.')
        import json
        hd = json.loads(C.b64url_decode(h))
        pl = json.loads(C.b64url_decode(p))
        if hd.get('alg') != 'ES384' or set(hd) != {'alg', 'typ', 'kid'} or set(pl) != {'iss', 'sub', 'aud', 'iat', 'exp', 'scope'}:
            return 'es384 claims'
        Q = ES384_KEYS.get(v)
        if Q is None or not C.es384_verify(Q, (h + '.' + p).encode(), C.b64url_decode(s)):
            return 'es384 signature'
        return None
    return 'unknown kind'


ALGO_WORDS = {'crc24', 'crc64', 'es384', 'mod1271'}


def type_words(tname):
    """Key words of a type: its name without the check-algorithm word (keys name the thing, not its checksum)."""
    return [w for w in tname.split('_') if w not in ALGO_WORDS]


# ---------------------------------------------------------------- container kinds
# each: name, key style, forbidden characters, description, renderer(rng, key, tname) -> text with M
KINDS = []


def kind(name, style, forbid, desc):
    def deco(fn):
        KINDS.append({'name': name, 'style': style, 'forbid': forbid, 'desc': desc, 'render': fn})
        return fn
    return deco


@kind('kiln_arduino_secrets_h', 'upper', '"\\', 'arduino_secrets.h of the kiln controller sketch (#define lines)')
def _k1(rng, key, t):
    return ('// arduino_secrets.h  -- kiln controller (Hallamshire heat-treat room)\n'
            '// DO NOT COMMIT (it is in .gitignore now, %s)\n'
            '#define SECRET_SSID "hallamshire-forge"\n'
            '#define KILN_MQTT_HOST "%s"\n'
            '#define %s "%s"\n'
            '#define KILN_TZ "Europe/London"\n') % (W.first_name(rng), W.ip(rng), key, M)


@kind('locker_tasmota_berry_persist', 'snake', '\'"\\', 'Tasmota Berry console session setting persist attributes on a locker relay board')
def _k2(rng, key, t):
    return ('Berry console  lockers-%02d.%s\n'
            '> import persist\n'
            '> persist.site = "%s"\n'
            '> persist.%s = \'%s\'\n'
            '> persist.save()\n'
            '> print(persist.has("site"))\n'
            'true\n') % (rng.randrange(1, 20), W.FIRMS['keenedge']['domain'], rng.choice(['Kirkgate Market', 'Moor Market', 'Grainger Market']), key, M)


@kind('locker_zephyr_prj_conf', 'upper', '"\\', 'Zephyr prj.conf of the locker controller firmware (Kconfig symbols)')
def _k3(rng, key, t):
    return ('# prj.conf - locker-bank controller (nRF9160)\n'
            'CONFIG_NETWORKING=y\nCONFIG_MQTT_LIB=y\nCONFIG_MQTT_LIB_TLS=y\n'
            'CONFIG_APP_BROKER_HOSTNAME="mqtt.%s"\n'
            'CONFIG_APP_%s="%s"\n'
            'CONFIG_LTE_NETWORK_MODE_LTE_M=y\n') % (W.FIRMS['keenedge']['domain'], key, M)


@kind('oven_gateway_openwrt_uci', 'snake', '\'\\', 'OpenWrt UCI file on the combi-oven gateway router (/etc/config/brightwater)')
def _k4(rng, key, t):
    return ('# /etc/config/brightwater\n'
            "config gateway 'site'\n"
            "\toption customer '%s'\n"
            "\toption uplink 'wwan'\n"
            "\toption %s '%s'\n"
            "\toption poll_interval '300'\n") % (rng.choice(['The Copper Pan', 'Khan Brothers Kitchen', 'Harbour Grill', 'St Aidan School']), key, M)


@kind('workshop_telegraf_global_tags', 'snake', '"\\', 'Telegraf config on the workshop Pi with the value pasted into [global_tags]')
def _k5(rng, key, t):
    return ('# /etc/telegraf/telegraf.conf (excerpt)\n'
            '[global_tags]\n'
            '  site = "hallamshire-works"\n'
            '  %s = "%s"\n\n'
            '[agent]\n  interval = "30s"\n\n'
            '[[outputs.influxdb_v2]]\n  urls = ["http://%s:8086"]\n') % (key, M, W.ip(rng))


@kind('grinder_codesys_gvl', 'pascal', '\'$', 'CODESYS global variable list (IEC 61131-3 structured text) on the grinder PLC')
def _k6(rng, key, t):
    return ('{attribute \'qualified_only\'}\n'
            'VAR_GLOBAL PERSISTENT RETAIN\n'
            '    RecipeDir      : STRING(80) := \'/var/opt/codesys/recipes\';\n'
            '    %s : STRING(120) := \'%s\';\n'
            '    WheelOffsetMm  : REAL := 0.35;\n'
            'END_VAR\n') % (key, M)


@kind('till_ios_xcconfig', 'upper', '/"\\$', 'Xcode Release.xcconfig of the sharpening stall till app')
def _k7(rng, key, t):
    return ('// Release.xcconfig\n'
            '#include "Pods/Target Support Files/Pods-StallTill/Pods-StallTill.release.xcconfig"\n'
            'PRODUCT_BUNDLE_IDENTIFIER = example.keenedge.stalltill\n'
            'MARKETING_VERSION = 2.%d.%d\n'
            '%s = %s\n') % (rng.randrange(1, 9), rng.randrange(0, 20), key, M)


@kind('booking_android_gradle_properties', 'camel', '\\', 'gradle.properties of the booking Android app')
def _k8(rng, key, t):
    return ('org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8\n'
            'android.useAndroidX=true\n'
            'kotlin.code.style=official\n'
            '%s=%s\n'
            'keenedgeApiBase=https://api.%s/\n') % (key, M, W.FIRMS['keenedge']['domain'])


@kind('engineer_capacitor_config_ts', 'camel', '\'\\', 'Capacitor capacitor.config.ts of the engineers\' hybrid app')
def _k9(rng, key, t):
    return ("import type { CapacitorConfig } from '@capacitor/cli';\n\n"
            'const config: CapacitorConfig = {\n'
            "  appId: 'example.brightwater.engineer',\n"
            "  appName: 'BW Engineer',\n"
            "  webDir: 'dist',\n"
            '  plugins: {\n'
            '    JobSync: {\n'
            "      %s: '%s',\n"
            "      endpoint: 'https://jobs.%s/api',\n"
            '    },\n  },\n};\n\nexport default config;\n') % (key, M, W.FIRMS['brightwater']['domain'])


@kind('bookings_nuxt_runtime_config_ts', 'camel', '\'\\', 'nuxt.config.ts runtimeConfig of the Keenedge booking site')
def _k10(rng, key, t):
    return ('export default defineNuxtConfig({\n'
            "  modules: ['@pinia/nuxt'],\n"
            '  runtimeConfig: {\n'
            "    %s: '%s',\n"
            '    public: {\n'
            "      bookingBase: 'https://book.%s',\n"
            '    },\n  },\n})\n') % (key, M, W.FIRMS['keenedge']['domain'])


@kind('partsync_go_config_go', 'camel', '"\\`', 'Go source of the parts-catalogue sync with a const block')
def _k11(rng, key, t):
    return ('package config\n\n'
            '// TODO(%s): read these from the environment before we open-source the client\n'
            'const (\n'
            '\tcatalogueBase = "https://parts.%s/v2"\n'
            '\t%s = "%s"\n'
            '\tpageSize = 250\n'
            ')\n') % (W.first_name(rng).lower(), W.FIRMS['brightwater']['domain'], key, M)


@kind('engineer_kotlin_buildconfig_gradle_kts', 'upper', '"\\$', 'build.gradle.kts buildConfigField lines of the engineer Android app')
def _k12(rng, key, t):
    return ('android {\n'
            '    defaultConfig {\n'
            '        applicationId = "example.brightwater.engineer"\n'
            '        buildConfigField("String", "JOBS_BASE", "\\"https://jobs.%s\\"")\n'
            '        buildConfigField("String", "%s", "\\"%s\\"")\n'
            '    }\n}\n') % (W.FIRMS['brightwater']['domain'], key, M)


@kind('jupyter_notebook_ipynb_cell', 'upper', '"\\\'', 'raw .ipynb JSON of a parts-pricing notebook with an os.environ cell')
def _k13(rng, key, t):
    return ('{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": %d,\n   "metadata": {},\n'
            '   "outputs": [],\n   "source": [\n    "import os\\n",\n'
            '    "os.environ[\'%s\'] = \'%s\'\\n",\n'
            '    "df = load_price_list(\'spares-2024Q4.csv\')"\n   ]\n  }\n ],\n'
            ' "metadata": {"kernelspec": {"name": "python3"}},\n "nbformat": 4,\n "nbformat_minor": 5\n}\n') % (rng.randrange(2, 40), key, M)


@kind('shop_django_settings_py', 'upper', '\'\\', 'Django settings.py of the Hallamshire shop')
def _k14(rng, key, t):
    return ('from pathlib import Path\n\n'
            'BASE_DIR = Path(__file__).resolve().parent.parent\n'
            'DEBUG = False\n'
            "ALLOWED_HOSTS = ['shop.%s']\n"
            "%s = '%s'\n"
            "TIME_ZONE = 'Europe/London'\n") % (W.FIRMS['hallamshire']['domain'], key, M)


@kind('shop_wordpress_wp_config_php', 'upper', '\'\\', 'wp-config.php of the old Hallamshire WooCommerce site')
def _k15(rng, key, t):
    return ("<?php\n"
            "define( 'DB_NAME', 'hallamshire_wp' );\n"
            "define( 'DB_HOST', '%s' );\n"
            "define( '%s', '%s' );\n"
            "$table_prefix = 'hcw_';\n"
            "define( 'WP_DEBUG', false );\n") % (W.ip(rng), key, M)


@kind('booking_dotnet_user_secrets_json', 'pascal', '"\\', 'secrets.json written by `dotnet user-secrets set` for the locker scheduling service')
def _k16(rng, key, t):
    return ('{\n'
            '  "ConnectionStrings:Lockers": "Server=%s;Database=lockers;Integrated Security=true",\n'
            '  "Keenedge:%s": "%s",\n'
            '  "Keenedge:Region": "yorkshire"\n'
            '}\n') % (W.ip(rng), key, M)


@kind('repairs_quarkus_application_properties', 'dot', '\\', 'Quarkus application.properties of the Brightwater jobs API (%prod profile)')
def _k17(rng, key, t):
    return ('quarkus.http.port=8080\n'
            '%%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://%s:5432/jobs\n'
            '%%prod.brightwater.%s=%s\n'
            'quarkus.log.level=INFO\n') % (W.ip(rng), key, M)


@kind('repairs_odoo_conf', 'snake', '%;#', 'odoo.conf of the Brightwater back office with a custom module option')
def _k18(rng, key, t):
    return ('[options]\n'
            'addons_path = /opt/odoo/addons,/opt/odoo/brightwater_addons\n'
            'db_host = %s\n'
            'proxy_mode = True\n'
            '%s = %s\n'
            'workers = 4\n') % (W.ip(rng), key, M)


@kind('shop_magento_env_php', 'snake', '\'\\', 'Magento app/etc/env.php of the cutlery trade shop')
def _k19(rng, key, t):
    return ("<?php\nreturn [\n"
            "    'backend' => ['frontName' => 'hcw_admin'],\n"
            "    'system' => [\n        'default' => [\n            'hallamshire' => [\n"
            "                '%s' => '%s',\n"
            "            ],\n        ],\n    ],\n"
            "    'MAGE_MODE' => 'production',\n];\n") % (key, M)


@kind('repairs_php_fpm_pool_env', 'upper', '"\';#$ ', 'php-fpm pool file with env[] lines on the portal server')
def _k20(rng, key, t):
    return ('[portal]\nuser = www-data\ngroup = www-data\n'
            'listen = /run/php/portal.sock\n'
            'pm = dynamic\n'
            'env[APP_ENV] = production\n'
            'env[%s] = %s\n') % (key, M)


@kind('repairs_nginx_fastcgi_param', 'upper', '"$\\', 'nginx site with fastcgi_param lines for the portal')
def _k21(rng, key, t):
    return ('server {\n    server_name portal.%s;\n    location ~ \\.php$ {\n'
            '        include fastcgi_params;\n'
            '        fastcgi_param %s "%s";\n'
            '        fastcgi_pass unix:/run/php/portal.sock;\n    }\n}\n') % (W.FIRMS['brightwater']['domain'], key, M)


@kind('ops_terraform_tfvars', 'snake', '"\\$%', 'terraform.tfvars of the Forgeline infrastructure repo')
def _k22(rng, key, t):
    return ('region      = "eu-west-2"\n'
            'environment = "prod"\n'
            '%s = "%s"\n'
            'van_count   = %d\n') % (key, M, rng.randrange(3, 9))


@kind('ops_helm_values_yaml', 'camel', '\'\\', 'Helm values.yaml override for the booking chart')
def _k23(rng, key, t):
    return ('replicaCount: 2\n'
            'image:\n  repository: registry.%s/keenedge/booking\n  tag: "%d.%d.%d"\n'
            'env:\n'
            "  %s: '%s'\n"
            'ingress:\n  enabled: true\n') % (W.FIRMS['forgeline']['domain'], rng.randrange(1, 5), rng.randrange(0, 12), rng.randrange(0, 9), key, M)


@kind('ops_pulumi_stack_config_yaml', 'camel', '\'\\', 'Pulumi.prod.yaml with the value set in plain text (no --secret)')
def _k24(rng, key, t):
    return ('config:\n'
            '  aws:region: eu-west-2\n'
            "  brightwater:%s: '%s'\n"
            '  brightwater:engineerCount: "%d"\n') % (key, M, rng.randrange(6, 30))


@kind('ops_gitlab_ci_variables_yml', 'upper', '$\'\\', '.gitlab-ci.yml with a job-level variables block')
def _k25(rng, key, t):
    return ('stages: [test, deploy]\n\n'
            'deploy-portal:\n  stage: deploy\n  image: alpine:3.20\n'
            '  variables:\n'
            "    %s: '%s'\n"
            '    DEPLOY_HOST: portal.%s\n'
            '  script:\n    - ./deploy.sh\n') % (key, M, W.FIRMS['brightwater']['domain'])


@kind('ops_travis_yml_env_global', 'upper', '$\'\\!', '.travis.yml of an old open-source helper with env.global')
def _k26(rng, key, t):
    return ('language: python\npython: "3.11"\n'
            'env:\n  global:\n'
            "    - %s='%s'\n"
            '    - PIP_DISABLE_PIP_VERSION_CHECK=1\n'
            'script: pytest -q\n') % (key, M)


@kind('ops_packer_pkrvars_hcl', 'snake', '"\\$%', 'Packer prod.pkrvars.hcl for the van tablet image')
def _k27(rng, key, t):
    return ('source_image = "debian-12-genericcloud-amd64"\n'
            'image_name   = "van-tablet-%d"\n'
            '%s = "%s"\n') % (rng.randrange(100, 400), key, M)


@kind('ops_supervisord_program_environment', 'upper', '%"\\,', 'supervisord program section with an environment= line')
def _k28(rng, key, t):
    return ('[program:locker-sync]\n'
            'command=/opt/locker-sync/bin/run\n'
            'user=lockers\n'
            'environment=SYNC_INTERVAL="60",%s="%s"\n'
            'autorestart=true\n') % (key, M)


@kind('ops_pm2_ecosystem_config_js', 'upper', '\'\\', 'pm2 ecosystem.config.js of the booking workers')
def _k29(rng, key, t):
    return ('module.exports = {\n  apps: [{\n'
            "    name: 'booking-worker',\n"
            "    script: './dist/worker.js',\n"
            '    env_production: {\n'
            "      NODE_ENV: 'production',\n"
            "      %s: '%s',\n"
            '    },\n  }],\n};\n') % (key, M)


@kind('ops_zsh_extended_history', 'upper', '\'!', '~/.zsh_history with EXTENDED_HISTORY timestamps on a dev laptop')
def _k30(rng, key, t):
    ts = rng.randrange(1712000000, 1760000000)
    return (': %d:0;cd ~/src/brightwater-portal\n'
            ': %d:0;export %s=\'%s\'\n'
            ': %d:3;make run\n'
            ': %d:0;git status\n') % (ts, ts + 41, key, M, ts + 60, ts + 300)


@kind('ops_direnv_envrc', 'upper', '\'\\', '.envrc loaded by direnv in the locker-sync checkout')
def _k31(rng, key, t):
    return ('# .envrc\nuse flake\n'
            'export LOCKER_API=https://lockers.%s\n'
            "export %s='%s'\n") % (W.FIRMS['keenedge']['domain'], key, M)


@kind('ops_windows_cmd_setx_transcript', 'upper', '%^&|<>!"\\ ', 'cmd.exe transcript of setx on the engraving PC')
def _k32(rng, key, t):
    return ('Microsoft Windows [Version 10.0.19045.%d]\n'
            '(c) Microsoft Corporation. All rights reserved.\n\n'
            'C:\\Users\\engrave>setx %s "%s"\n\n'
            'SUCCESS: Specified value was saved.\n\n'
            'C:\\Users\\engrave>') % (rng.randrange(3000, 5000), key, M)


@kind('ops_ansible_inventory_ini', 'snake', '#; \'"\\', 'Ansible INI inventory with host variables on the host line')
def _k33(rng, key, t):
    return ('[grinders]\n'
            'grinder-01 ansible_host=%s ansible_user=ops %s=%s\n'
            'grinder-02 ansible_host=%s ansible_user=ops\n\n'
            '[grinders:vars]\nansible_python_interpreter=/usr/bin/python3\n') % (W.ip(rng), key, M, W.ip(rng))


@kind('ops_salt_pillar_sls', 'snake', '{}%#\'"\\', 'Salt pillar file for the van tablets')
def _k34(rng, key, t):
    return ('# /srv/pillar/vans/init.sls\n'
            'keenedge:\n'
            '  fleet: vans\n'
            '  %s: %s\n'
            '  update_window: "02:00-04:00"\n') % (key, M)


@kind('ops_puppet_hiera_yaml', 'snake', '%\'\\', 'Hiera data file (common.yaml) of the Forgeline Puppet control repo')
def _k35(rng, key, t):
    return ('---\n'
            'profile::base::ntp_servers:\n  - 0.uk.pool.ntp.org\n'
            "profile::hallamshire::%s: '%s'\n"
            'profile::hallamshire::backup_hour: 3\n') % (key, M)


@kind('repairs_teams_chat_export', 'spaced', '', 'Microsoft Teams chat export (engineers\' channel)')
def _k36(rng, key, t):
    a, b = W.first_name(rng), W.first_name(rng)
    return ('[%02d/%02d/2025 %02d:%02d] %s: anyone got the %s? on site at the Harbour Grill\n'
            '[%02d/%02d/2025 %02d:%02d] %s: %s\n'
            '[%02d/%02d/2025 %02d:%02d] %s: cheers, in now\n') % (
        rng.randrange(1, 28), rng.randrange(1, 12), rng.randrange(7, 18), rng.randrange(60), a, key,
        rng.randrange(1, 28), rng.randrange(1, 12), rng.randrange(7, 18), rng.randrange(60), b, M,
        rng.randrange(1, 28), rng.randrange(1, 12), rng.randrange(7, 18), rng.randrange(60), a)


@kind('sharpening_sms_screenshot_ocr', 'spaced', '', 'OCR of an SMS screenshot between a van driver and the office')
def _k37(rng, key, t):
    return ('< Messages     Office (Imogen)\n'
            'Today %02d:%02d\n'
            'whats the %s again, new tablet wont take the old one\n'
            '%s\n'
            'Delivered\n'
            'ta x\n') % (rng.randrange(7, 12), rng.randrange(60), key, M)


@kind('repairs_jira_comment', 'spaced', '', 'Jira Service Management comment with wiki markup')
def _k38(rng, key, t):
    return ('*%s* added a comment - %d/Mar/25 %d:%02d PM\n'
            'Engineer couldn\'t get in on the last visit. The %s is below, please update the job notes.\n'
            '{noformat}%s{noformat}\n'
            'Reopening BWS-%d.\n') % (W.first_name(rng) + ' ' + rng.choice(['Reilly', 'Okafor', 'Volkov']), rng.randrange(1, 28), rng.randrange(1, 12), rng.randrange(60), key, M, rng.randrange(1000, 9999))


@kind('cutlery_outlook_forward', 'spaced', '', 'Outlook forwarded e-mail between the cutlery works and Forgeline')
def _k39(rng, key, t):
    return ('From: %s\nSent: %s %d %s 2025 %02d:%02d\nTo: %s\nSubject: FW: shop go-live\n\n'
            'Forwarding as asked - the %s from the old contractor is:\n\n%s\n\n'
            'Kind regards,\n%s\nHallamshire Cutlery Works\n') % (
        W.email(rng, 'hallamshire'), rng.choice(['Monday', 'Tuesday', 'Thursday']), rng.randrange(1, 28), rng.choice(['March', 'April', 'June']),
        rng.randrange(8, 18), rng.randrange(60), W.email(rng, 'forgeline'), key, M, W.first_name(rng))


@kind('engineer_job_sheet_pdf_text', 'title', '', 'text layer of an engineer job sheet PDF')
def _k40(rng, key, t):
    return ('BRIGHTWATER CATERING EQUIPMENT SERVICES - JOB SHEET %d\n'
            'Site: %s    Appliance: %s\n'
            'Fault: %s\n'
            'Notes for next visit:\n'
            '%s: %s\n'
            'Engineer signature: ____________\n') % (
        rng.randrange(40000, 49999), rng.choice(['Harbour Grill', 'The Copper Pan', 'St Aidan School']),
        rng.choice(['Combi oven 10-1/1', 'Undercounter dishwasher', 'Twin-tank fryer']),
        rng.choice(['steam generator descale', 'rinse pump noisy', 'thermostat overshoot']), key, M)


@kind('repairs_github_issue_comment', 'spaced', '', 'GitHub issue comment on the parts-sync repo')
def _k41(rng, key, t):
    return ('**%s** commented\n\n'
            'Repro still fails against staging. I used the %s from the shared vault:\n\n'
            '```\n%s\n```\n\n'
            'and the sync stops after page 3. Logs attached.\n') % (W.user(rng), key, M)


@kind('repairs_confluence_storage_xml', 'title', '&<>"\'', 'Confluence storage-format XML of an ops page with a table')
def _k42(rng, key, t):
    return ('<h2>Combi oven gateways</h2>\n<table><tbody>\n'
            '<tr><th>Site</th><td>%s</td></tr>\n'
            '<tr><th>%s</th><td>%s</td></tr>\n'
            '<tr><th>Owner</th><td>%s</td></tr>\n'
            '</tbody></table>\n') % (rng.choice(['Harbour Grill', 'The Copper Pan']), key, M, W.first_name(rng))


@kind('sharpening_apple_notes_export', 'spaced', '', 'Apple Notes export (plain text) on the owner\'s phone')
def _k43(rng, key, t):
    return ('Van stuff\n\n'
            '- tyres booked for van 3 (Thurs)\n'
            '- %s %s\n'
            '- order 1000 grit belts x20\n') % (key, M)


@kind('repairs_obsidian_daily_note', 'spaced', '', 'Obsidian daily note (Markdown) of a Forgeline developer')
def _k44(rng, key, t):
    return ('# 2025-%02d-%02d\n\n'
            '## Done\n- upgraded the portal to Django 5\n\n'
            '## Scratch\n'
            '%s -> %s\n'
            '(move to vault!!)\n') % (rng.randrange(1, 12), rng.randrange(1, 28), key, M)


@kind('repairs_insomnia_environment_json', 'camel', '"\\', 'Insomnia base environment export of the jobs API collection')
def _k45(rng, key, t):
    return ('{\n  "_type": "environment",\n  "name": "Base Environment",\n'
            '  "data": {\n'
            '    "base_url": "https://jobs.%s/api",\n'
            '    "%s": "%s"\n'
            '  }\n}\n') % (W.FIRMS['brightwater']['domain'], key, M)


assert len(KINDS) == 45, len(KINDS)


# ---------------------------------------------------------------- build
def pairing(rng):
    """15 blocks of three kinds; each block deals a permutation of the 12 types, 4 per kind."""
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            k = KINDS[3 * b + j]
            out.append((k, perm[4 * j:4 * j + 4]))
    return out


def build(reg):
    rv = random.Random(SEED_VALUES)
    rp = random.Random(SEED_PAIRING)
    ES384_KEYS.clear()
    recs = []
    for k, tnames in pairing(rp):
        for tname in tnames:
            key = C.style_key(type_words(tname), k['style'])
            for _ in range(200):
                v = gen_value(rv, tname, k['forbid'])
                if any(ch in k['forbid'] for ch in v):
                    continue
                if reg.add(v):
                    break
            else:
                raise RuntimeError('no value for %s in %s' % (tname, k['name']))
            tpl = k['render'](rv, key, tname)
            assert tpl.count(M) == 1, k['name']
            start = tpl.index(M)
            text = tpl.replace(M, v)
            recs.append({'type': tname, 'container': k['name'], 'text': text,
                         'secrets': [{'value': v, 'start': start, 'end': start + len(v), 'type': tname}],
                         'source': 'everyday'})
    return recs
