"""Everyday source: 12 types x 45 container kinds, 4 records per kind (each type in 15 records)."""
import base64
import random

from common252 import (MARK, PEOPLE, FIRST, HOSTS, AN, UAN, HEX, key_name, owner_password, rstr,
                       rbytes, make_jwt, uuid4, fletcher16, crc16_ccitt_false, iso7064_mod37_36,
                       MOD36, positive)

SEED_VALUES = 25201
SEED_PAIRING = 25211

# ---------------------------------------------------------------- the 12 types
# name: (key words, description, generator kind)
TYPES = [
    ("packing_shed_label_pc_password", ["packing", "shed", "pc", "password"],
     "owner-chosen password of the packing-shed PC that prints the veg-box labels", "pw"),
    ("refill_scale_supervisor_password", ["refill", "scale", "supervisor", "password"],
     "owner-chosen supervisor password of the refill-station weighing scales (tare tables, PLU edits)", "pw"),
    ("coop_till_manager_password", ["till", "manager", "password"],
     "owner-chosen manager password of the food co-op's till (refunds, end-of-day)", "pw"),
    ("cold_store_controller_password", ["cold", "store", "controller", "password"],
     "owner-chosen web-UI password of the walk-in cold store's temperature controller", "pw"),
    ("delivery_van_tablet_password", ["van", "tablet", "password"],
     "owner-chosen unlock password of the delivery drivers' route tablets", "pw"),
    ("box_builder_admin_password", ["box", "builder", "admin", "password"],
     "owner-chosen admin password of the veg-box builder web app", "pw"),
    ("route_planner_fletcher16_token", ["route", "planner", "token"],
     "`rpf_` + 28 base62 + `_` + 4 lower-case hex of the real Fletcher-16 checksum of those 28 "
     "characters; API token of the delivery route planner (layout invented)", "rpf"),
    ("scale_sync_crc16_key", ["scale", "sync", "key"],
     "`ssk-` + 20 upper-case alphanumerics + `-` + 4 upper-case hex of the real CRC-16/CCITT-FALSE of "
     "those 20 characters; key that syncs PLU and price tables to the refill scales (layout invented)", "ssk"),
    ("member_card_mod3736_key", ["member", "card", "key"],
     "`wlc.` + 24 upper-case alphanumerics + their real ISO 7064 MOD 37,36 check character; key of the "
     "co-op member-card (discount) service (layout invented)", "wlc"),
    ("member_portal_hs384_jwt", ["member", "portal", "jwt"],
     "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 under a discarded random key); "
     "service token of the co-op member portal", "jwt"),
    ("box_builder_laravel_app_key", ["box", "builder", "app", "key"],
     "Laravel `APP_KEY`: `base64:` + standard Base64 of exactly 32 random bytes (the whole string is the "
     "key); encrypts the box-builder app's sessions and cookies", "laravel"),
    ("cold_store_wireguard_private_key", ["cold", "store", "wireguard", "private", "key"],
     "WireGuard private key: standard Base64 of 32 random bytes clamped as Curve25519 requires "
     "(low 3 bits of byte 0 clear, top bit of byte 31 clear, bit 6 of byte 31 set); the cold-store "
     "gateway's tunnel", "wg"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_WORDS = {t[0]: t[1] for t in TYPES}
TYPE_DESC = {t[0]: t[2] for t in TYPES}
TYPE_KIND = {t[0]: t[3] for t in TYPES}


def gen_value(kind, rng):
    if kind == "pw":
        return owner_password(rng)
    if kind == "rpf":
        body = rstr(rng, AN, 28)
        return "rpf_%s_%04x" % (body, fletcher16(body.encode()))
    if kind == "ssk":
        body = rstr(rng, UAN, 20)
        return "ssk-%s-%04X" % (body, crc16_ccitt_false(body.encode()))
    if kind == "wlc":
        body = rstr(rng, MOD36, 24)
        return "wlc." + body + iso7064_mod37_36(body)
    if kind == "jwt":
        iat = 1735689600 + rng.randrange(0, 31536000)
        payload = {"iss": "members.wheatsheaflane-coop.example", "sub": "svc-%s" % rng.choice(
            ["box-sync", "rota-bot", "till-export", "dd-reconcile", "newsletter"]),
            "aud": "member-portal", "iat": iat, "exp": iat + rng.choice([86400 * 90, 86400 * 365]),
            "jti": uuid4(rng), "scope": rng.choice(["members:read", "orders:write members:read",
                                                   "rota:read rota:write"])}
        return make_jwt(rng, {"alg": "HS384", "typ": "JWT"}, payload)
    if kind == "laravel":
        return "base64:" + base64.b64encode(rbytes(rng, 32)).decode()
    if kind == "wg":
        b = bytearray(rbytes(rng, 32))
        b[0] &= 248
        b[31] &= 127
        b[31] |= 64
        return base64.b64encode(bytes(b)).decode()
    raise ValueError(kind)


def check_value(type_, v):
    """Shape check used by checks252 (returns None when fine)."""
    import re
    from common252 import PASSWORD_RX, iso7064_mod37_36_valid
    k = TYPE_KIND[type_]
    if k == "pw":
        return None if PASSWORD_RX.match(v) else "password form"
    if k == "rpf":
        m = re.fullmatch(r"rpf_([A-Za-z0-9]{28})_([0-9a-f]{4})", v)
        if not m:
            return "rpf frame"
        return None if int(m.group(2), 16) == fletcher16(m.group(1).encode()) else "Fletcher-16 tail"
    if k == "ssk":
        m = re.fullmatch(r"ssk-([A-Z0-9]{20})-([0-9A-F]{4})", v)
        if not m:
            return "ssk frame"
        return None if int(m.group(2), 16) == crc16_ccitt_false(m.group(1).encode()) else "CRC-16 tail"
    if k == "wlc":
        m = re.fullmatch(r"wlc\.([A-Z0-9]{25})", v)
        if not m:
            return "wlc frame"
        return None if iso7064_mod37_36_valid(m.group(1)) else "MOD 37,36 check"
    if k == "jwt":
        from common252 import jwt_problem, b64u_decode
        import json
        p = jwt_problem(v)
        if p:
            return p
        return None if json.loads(b64u_decode(v.split(".")[0]))["alg"] == "HS384" else "alg"
    if k == "laravel":
        if not v.startswith("base64:"):
            return "laravel prefix"
        try:
            b = base64.b64decode(v[7:], validate=True)
        except Exception:
            return "laravel base64"
        return None if len(b) == 32 and base64.b64encode(b).decode() == v[7:] else "laravel length"
    if k == "wg":
        try:
            b = base64.b64decode(v, validate=True)
        except Exception:
            return "wg base64"
        if len(b) != 32 or base64.b64encode(b).decode() != v:
            return "wg length"
        return None if (b[0] & 7) == 0 and (b[31] & 128) == 0 and (b[31] & 64) else "wg clamping"
    return "unknown"


# ---------------------------------------------------------------- helpers for templates
def _ts(rng):
    return "%02d/%02d/2025, %02d:%02d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(6, 21),
                                         rng.randint(0, 59))


def _iso(rng):
    return "2025-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23),
                                              rng.randint(0, 59), rng.randint(0, 59))


def _p(rng):
    return rng.choice(PEOPLE)


def _f(rng):
    return rng.choice(FIRST)


def _h(rng):
    return rng.choice(HOSTS)


M = MARK

# ---------------------------------------------------------------- the 45 container kinds
# name: (key style, forbidden value characters, template(k, rng) -> text with MARK, description)
KINDS = {}


def kind(name, style, desc, forbid=""):
    def deco(fn):
        KINDS[name] = (style, forbid, fn, desc)
        return fn
    return deco


@kind("refill_dispenser_esphome_yaml", "snake", "ESPHome YAML of a refill-station gravity dispenser")
def _k1(k, rng):
    n = rng.randint(1, 14)
    return ("substitutions:\n  name: dispenser-%02d\n  friendly_name: Bulk bin %02d (oats)\n  %s: \"%s\"\n\n"
            "esphome:\n  name: ${name}\n  friendly_name: ${friendly_name}\n\nesp32:\n  board: esp32dev\n\n"
            "sensor:\n  - platform: hx711\n    name: \"Hopper weight\"\n    dout_pin: GPIO18\n    clk_pin: GPIO19\n"
            "    update_interval: 5s\n" % (n, n, k, M))


@kind("refill_scale_circuitpython_settings_toml", "upper",
      "CircuitPython `settings.toml` on the refill scale's label-printer bridge")
def _k2(k, rng):
    return ("# settings.toml - label bridge, refill counter\nCIRCUITPY_WEB_API_PORT = 80\n"
            "PRINTER_HOST = \"%s\"\nLABEL_WIDTH_MM = 58\n%s = \"%s\"\nTZ_OFFSET = 0\n"
            % (rng.choice(["192.168.40.31", "192.168.40.32"]), k, M))


@kind("cold_store_platformio_ini_build_flags", "upper",
      "PlatformIO `platformio.ini` build flags of the cold-store probe firmware")
def _k3(k, rng):
    return ("[env:coldprobe]\nplatform = espressif32\nboard = esp32-c3-devkitm-1\nframework = arduino\n"
            "monitor_speed = 115200\nbuild_flags =\n  -D PROBE_INTERVAL_S=30\n  -D %s=\\\"%s\\\"\n"
            "  -D MQTT_HOST=\\\"%s\\\"\nlib_deps =\n  knolleary/PubSubClient@^2.8\n" % (k, M, _h(rng)))


@kind("packing_shed_home_assistant_secrets_yaml", "snake", "Home Assistant `secrets.yaml` in the packing shed")
def _k4(k, rng):
    return ("# secrets.yaml  (packing shed HA, do not commit)\nlatitude_home: 51.4545\nlongitude_home: -2.5879\n"
            "shed_camera_rtsp_port: 554\n%s: \"%s\"\nlabel_printer_ip: 192.168.40.%d\n" % (k, M, rng.randint(20, 60)))


@kind("packing_shed_node_red_settings_js", "camel", "Node-RED `settings.js` of the packing-shed flows")
def _k5(k, rng):
    return ("module.exports = {\n    flowFile: 'flows.json',\n    uiPort: process.env.PORT || 1880,\n"
            "    functionGlobalContext: {\n        shedName: 'packing shed B',\n        %s: '%s',\n"
            "        labelQueue: 'labels/print'\n    },\n    logging: { console: { level: 'info' } }\n};\n" % (k, M))


@kind("coop_erpnext_site_config_json", "snake", "ERPNext / Frappe `site_config.json` of the co-op back office")
def _k6(k, rng):
    return ('{\n "db_name": "_8f2c1a",\n "db_type": "mariadb",\n "host_name": "https://%s",\n'
            ' "%s": "%s",\n "developer_mode": 0,\n "maintenance_mode": 0\n}\n' % (_h(rng), k, M))


@kind("box_scheme_figaro_application_yml", "upper",
      "Figaro `config/application.yml` of the box-scheme storefront (an Open Food Network fork)")
def _k7(k, rng):
    return ('CURRENCY: "GBP"\nTIMEZONE: "London"\nDEFAULT_COUNTRY_CODE: "GB"\n%s: "%s"\n'
            'SITE_URL: "%s"\nSMTP_PORT: "587"\n' % (k, M, _h(rng)))


@kind("coop_civicrm_settings_php", "upper", "CiviCRM `civicrm.settings.php` of the co-op's membership CRM")
def _k8(k, rng):
    return ("<?php\n// membership CRM - Wheatsheaf Lane\nif (!defined('CIVICRM_UF')) {\n  define('CIVICRM_UF', "
            "'WordPress');\n}\ndefine('%s', '%s');\ndefine('CIVICRM_DOMAIN_ID', 1);\n" % (k, M))


@kind("coop_nextcloud_config_php", "flat", "Nextcloud `config/config.php` of the co-op's file share (flat keys)")
def _k9(k, rng):
    return ("<?php\n$CONFIG = array (\n  'instanceid' => 'oc%s',\n  'trusted_domains' =>\n  array (\n"
            "    0 => 'files.wheatsheaflane-coop.example',\n  ),\n  '%s' => '%s',\n  'dbtype' => 'pgsql',\n"
            "  'overwrite.cli.url' => 'https://files.wheatsheaflane-coop.example',\n);\n"
            % (rstr(rng, "lan", 10), k, M))


@kind("coop_matomo_config_ini_php", "snake", "Matomo `config/config.ini.php` of the co-op website analytics")
def _k10(k, rng):
    return ('; <?php exit; ?> DO NOT REMOVE THIS LINE\n[database]\nhost = "127.0.0.1"\nusername = "matomo"\n'
            'dbname = "matomo"\n\n[General]\nsalt_note = "see vault"\n%s = "%s"\ntrusted_hosts[] = "%s"\n'
            % (k, M, _h(rng)))


@kind("coop_mediawiki_localsettings_php", "pascal", "MediaWiki `LocalSettings.php` of the volunteers' wiki ($wg prefix)")
def _k11(k, rng):
    return ('<?php\n$wgSitename = "Wheatsheaf Volunteers";\n$wgServer = "https://wiki.wheatsheaflane-coop.example";\n'
            '$wgEnableUploads = true;\n$wg%s = "%s";\n$wgLanguageCode = "en-gb";\n' % (k, M))


@kind("shop_phpmyadmin_config_inc_php", "snake", "phpMyAdmin `config.inc.php` on the refill shop's web host")
def _k12(k, rng):
    return ("<?php\n$i = 0;\n$i++;\n$cfg['Servers'][$i]['auth_type'] = 'cookie';\n"
            "$cfg['Servers'][$i]['host'] = 'localhost';\n$cfg['%s'] = '%s';\n$cfg['UploadDir'] = '';\n" % (k, M))


@kind("box_builder_laravel_services_php", "snake",
      "Laravel `config/services.php` with the value pasted as an `env()` default")
def _k13(k, rng):
    return ("<?php\n\nreturn [\n    'postmark' => [\n        'token' => env('POSTMARK_TOKEN'),\n    ],\n"
            "    'boxes' => [\n        '%s' => env('%s', '%s'),\n        'cutoff' => env('BOX_CUTOFF_DAY', "
            "'sunday'),\n    ],\n];\n" % (k, k.upper(), M))


@kind("box_builder_rails_credentials_show", "snake", "terminal capture of `bin/rails credentials:show`")
def _k14(k, rng):
    return ("$ EDITOR=vim bin/rails credentials:show\nactive_record_encryption:\n  primary_key: (see 1Password)\n"
            "%s: %s\nsmtp:\n  port: 587\n$ \n" % (k, M))


@kind("route_api_spring_application_yml", "kebab", "Spring Boot `application.yml` of the route API")
def _k15(k, rng):
    return ("server:\n  port: 8081\nspring:\n  application:\n    name: route-api\nfurrow:\n  depot: bristol-st-philips\n"
            "  %s: \"%s\"\n  max-drops-per-van: %d\n" % (k, M, rng.randint(38, 70)))


@kind("coop_app_symfony_parameters_yaml", "dot", "Symfony `config/services.yaml` parameters of the co-op ordering app")
def _k16(k, rng):
    return ("parameters:\n    app.locale: 'en_GB'\n    app.order_cutoff: 'thursday 18:00'\n    app.%s: '%s'\n\n"
            "services:\n    _defaults:\n        autowire: true\n" % (k, M))


@kind("ops_systemd_override_conf", "upper", "systemd drop-in `override.conf` with `Environment=` lines")
def _k17(k, rng):
    return ("# /etc/systemd/system/box-worker.service.d/override.conf\n[Service]\nEnvironment=\"RAILS_ENV=production\"\n"
            "Environment=\"%s=%s\"\nRestart=on-failure\n" % (k, M))


@kind("ops_launchd_agent_plist", "upper", "macOS LaunchAgent plist with `EnvironmentVariables` (office iMac sync job)")
def _k18(k, rng):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n  <key>Label</key>\n'
            '  <string>example.toppedup.stocksync</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n'
            '    <key>%s</key>\n    <string>%s</string>\n  </dict>\n  <key>StartInterval</key>\n  <integer>900</integer>\n'
            '</dict>\n</plist>\n' % (k, M))


@kind("ops_apache_vhost_setenv", "upper", "Apache virtual host with `SetEnv` lines")
def _k19(k, rng):
    return ('<VirtualHost *:443>\n    ServerName shop.toppedup-refills.example\n    DocumentRoot /var/www/shop/public\n'
            '    SetEnv APP_ENV production\n    SetEnv %s "%s"\n</VirtualHost>\n' % (k, M))


@kind("ops_uwsgi_ini_env", "upper", "uWSGI `.ini` with `env =` lines (the members' Django app)")
def _k20(k, rng):
    return ("[uwsgi]\nmodule = members.wsgi:application\nprocesses = 4\nenv = DJANGO_SETTINGS_MODULE=members.settings.prod\n"
            "env = %s=%s\nvacuum = true\n" % (k, M))


@kind("ops_gunicorn_conf_py_raw_env", "upper", "gunicorn `gunicorn.conf.py` with `raw_env`")
def _k21(k, rng):
    return ('bind = "127.0.0.1:8010"\nworkers = 3\nraw_env = [\n    "APP_REGION=uk-south",\n    "%s=%s",\n]\n'
            'accesslog = "-"\n' % (k, M))


@kind("ops_dockerfile_env_instruction", "upper", "`Dockerfile` with an `ENV` instruction", forbid="*")
def _k22(k, rng):
    return ("FROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\n"
            "ENV PYTHONUNBUFFERED=1 \\\n    %s=%s\nCOPY . .\nCMD [\"python\", \"-m\", \"scalesync\"]\n" % (k, M))


@kind("ops_compose_environment_yaml", "upper", "`compose.yaml` service `environment:` list")
def _k23(k, rng):
    return ("services:\n  routes:\n    image: ghcr.io/compostheap/route-planner:1.%d\n    restart: unless-stopped\n"
            "    environment:\n      - TZ=Europe/London\n      - \"%s=%s\"\n    ports:\n      - \"8081:8081\"\n"
            % (rng.randint(2, 19), k, M))


@kind("ops_k8s_secret_stringdata_yaml", "upper", "Kubernetes `Secret` manifest with `stringData`")
def _k24(k, rng):
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: box-builder-env\n  namespace: furrow\n"
            "type: Opaque\nstringData:\n  %s: \"%s\"\n" % (k, M))


@kind("ops_ansible_group_vars_yml", "snake", "Ansible `group_vars/coldstore.yml`")
def _k25(k, rng):
    return ("---\nntp_servers:\n  - 0.uk.pool.ntp.org\ncoldstore_alarm_threshold_c: 8\n%s: \"%s\"\n"
            "probe_count: %d\n" % (k, M, rng.randint(3, 9)))


@kind("ops_nomad_job_hcl_env", "upper", "Nomad job file with a task `env` block")
def _k26(k, rng):
    return ('job "scale-sync" {\n  datacenters = ["shop"]\n  group "sync" {\n    task "sync" {\n      driver = "docker"\n'
            '      env {\n        SYNC_INTERVAL = "300"\n        %s = "%s"\n      }\n    }\n  }\n}\n' % (k, M))


@kind("ops_kamal_deploy_yml_clear_env", "upper", "Kamal `config/deploy.yml` with the value under `env: clear:`")
def _k27(k, rng):
    return ("service: boxbuilder\nimage: compostheap/boxbuilder\nservers:\n  web:\n    - 10.20.0.%d\n"
            "env:\n  clear:\n    APP_ENV: production\n    %s: \"%s\"\n  secret:\n    - DB_URL\n" % (rng.randint(2, 40), k, M))


@kind("ci_github_actions_workflow_env", "upper", "GitHub Actions workflow with a job `env:` block")
def _k28(k, rng):
    return ("name: nightly-export\non:\n  schedule:\n    - cron: '15 2 * * *'\njobs:\n  export:\n    runs-on: ubuntu-latest\n"
            "    env:\n      EXPORT_BUCKET: coop-exports\n      %s: \"%s\"\n    steps:\n      - uses: actions/checkout@v4\n"
            "      - run: make export\n" % (k, M))


@kind("ci_bitbucket_pipelines_yml", "upper", "`bitbucket-pipelines.yml` step script with an `export`")
def _k29(k, rng):
    return ("image: node:20\npipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy shop\n"
            "          script:\n            - export %s='%s'\n            - npm ci\n            - npm run deploy\n" % (k, M))


@kind("ci_circleci_config_yml", "upper", "CircleCI `.circleci/config.yml` job `environment:` map")
def _k30(k, rng):
    return ("version: 2.1\njobs:\n  test:\n    docker:\n      - image: cimg/php:8.3\n    environment:\n"
            "      APP_ENV: testing\n      %s: \"%s\"\n    steps:\n      - checkout\n      - run: composer test\n" % (k, M))


@kind("ci_jenkinsfile_environment_block", "upper", "declarative `Jenkinsfile` `environment {}` block")
def _k31(k, rng):
    return ("pipeline {\n  agent any\n  environment {\n    DEPLOY_HOST = '%s'\n    %s = '%s'\n  }\n  stages {\n"
            "    stage('deploy') { steps { sh './deploy.sh' } }\n  }\n}\n" % (_h(rng), k, M))


@kind("dev_devcontainer_json_containerenv", "upper", "`.devcontainer/devcontainer.json` `containerEnv`")
def _k32(k, rng):
    return ('{\n  "name": "box-builder",\n  "image": "mcr.microsoft.com/devcontainers/php:8.3",\n  "containerEnv": {\n'
            '    "APP_ENV": "local",\n    "%s": "%s"\n  },\n  "forwardPorts": [8000]\n}\n' % (k, M))


@kind("dev_tox_ini_setenv", "upper", "`tox.ini` `setenv` section of the scale-sync tool")
def _k33(k, rng):
    return ("[tox]\nenv_list = py311, py312\n\n[testenv]\ndeps = pytest\nsetenv =\n    SCALE_MODEL = DIGI-SM120\n"
            "    %s = %s\ncommands = pytest -q\n" % (k, M))


@kind("dev_bruno_environment_bru", "snake", "Bruno API-client environment file (`environments/shop.bru`)")
def _k34(k, rng):
    return ("vars {\n  base_url: https://%s\n  %s: %s\n  page_size: 50\n}\n" % (_h(rng), k, M))


@kind("dev_expo_app_json_extra", "camel", "Expo `app.json` `extra` block of the drivers' app")
def _k35(k, rng):
    return ('{\n  "expo": {\n    "name": "Furrow Drops",\n    "slug": "furrow-drops",\n    "version": "2.%d.0",\n'
            '    "extra": {\n      "depot": "st-philips",\n      "%s": "%s"\n    }\n  }\n}\n' % (rng.randint(0, 9), k, M))


@kind("dev_android_local_properties", "dot", "Android `local.properties` of the drivers' app")
def _k36(k, rng):
    return ("## This file must *NOT* be checked into Version Control Systems\nsdk.dir=/Users/%s/Library/Android/sdk\n"
            "%s=%s\n" % (_f(rng).lower(), k, M))


@kind("dev_ios_info_plist_entry", "pascal", "iOS `Info.plist` entry of the drivers' app")
def _k37(k, rng):
    return ('<key>CFBundleDisplayName</key>\n<string>Furrow Drops</string>\n<key>%s</key>\n<string>%s</string>\n'
            '<key>UIBackgroundModes</key>\n<array>\n\t<string>location</string>\n</array>\n' % (k, M))


@kind("dev_wrangler_toml_vars", "upper", "Cloudflare `wrangler.toml` `[vars]` table")
def _k38(k, rng):
    return ('name = "refill-stock-api"\nmain = "src/index.ts"\ncompatibility_date = "2025-03-01"\n\n[vars]\n'
            'SHOP_NAME = "Topped Up"\n%s = "%s"\n' % (k, M))


@kind("dev_n8n_workflow_node_json", "camel", "n8n workflow export, value typed into an HTTP Request node")
def _k39(k, rng):
    return ('{\n  "name": "Weekly box export",\n  "nodes": [\n    {\n      "parameters": {\n        "url": "https://%s/api/boxes",\n'
            '        "sendHeaders": true,\n        "headerParameters": {\n          "parameters": [\n'
            '            { "name": "%s", "value": "%s" }\n          ]\n        }\n      },\n'
            '      "type": "n8n-nodes-base.httpRequest",\n      "typeVersion": 4.2\n    }\n  ]\n}\n' % (_h(rng), k, M))


@kind("ops_fish_history", "upper", "fish shell history (`fish_history`, YAML-like)", forbid="")
def _k40(k, rng):
    t = 1740000000 + rng.randrange(0, 9000000)
    return ("- cmd: cd ~/src/scale-sync\n  when: %d\n- cmd: set -gx %s '%s'\n  when: %d\n- cmd: python -m scalesync --dry-run\n"
            "  when: %d\n" % (t, k, M, t + 41, t + 73))


@kind("ops_asciinema_cast_recording", "upper", "asciinema v2 `.cast` recording of a deploy session")
def _k41(k, rng):
    return ('{"version": 2, "width": 120, "height": 32, "timestamp": %d, "env": {"SHELL": "/bin/bash"}}\n'
            '[0.81, "o", "$ "]\n[2.47, "o", "export %s=\'%s\'\\r\\n$ "]\n[5.02, "o", "./deploy.sh routes\\r\\n"]\n'
            % (1740000000 + rng.randrange(0, 9000000), k, M))


@kind("worker_logfmt_debug_line", "snake", "logfmt debug lines from the box-packing worker")
def _k42(k, rng):
    return ("ts=%s level=info msg=\"packing run started\" boxes=%d\nts=%s level=debug msg=\"loaded config\" %s=%s "
            "depot=st-philips\n" % (_iso(rng), rng.randint(80, 400), _iso(rng), k, M))


@kind("coop_whatsapp_group_export", "spaced", "WhatsApp group chat export (`_chat.txt`) of the co-op volunteers")
def _k43(k, rng):
    a, b = rng.sample(PEOPLE, 2)
    d, h, m = "%02d/%02d/2025" % (rng.randint(1, 28), rng.randint(1, 12)), rng.randint(8, 18), rng.randint(0, 40)
    return ("[%s, %02d:%02d] %s: anyone know why the till won't do refunds?\n[%s, %02d:%02d] %s: %s is %s - changed it "
            "Friday\n[%s, %02d:%02d] %s: thanks, sorted \U0001F44D\n" % (d, h, m, a, d, h, m + 6, b, k, M, d, h, m + 19, a))


@kind("coop_loomio_thread_comment", "spaced", "comment in a Loomio decision thread")
def _k44(k, rng):
    return ("%s commented on \"Move the member portal to new hosting\":\n\nI've done the migration dry run. For whoever picks "
            "this up Tuesday, the %s is %s (it's also in the board's vault, I just haven't moved it yet).\n"
            % (_p(rng), k, M))


@kind("coop_mailing_list_digest_email", "spaced", "Google Groups digest e-mail of the co-op's tech volunteers")
def _k45(k, rng):
    return ("Subject: [wheatsheaf-tech] Digest for wheatsheaf-tech - 3 updates in 2 topics\n\n"
            "Topic: cold store alarms again\n  %s: reset the controller this morning. %s: %s if you need to get in.\n"
            "  Probe 3 still reads high.\n\nTopic: rota for April\n  (no new messages)\n" % (_p(rng), k, M))


@kind("refill_zammad_ticket_internal_note", "spaced", "internal note on a Zammad helpdesk ticket")
def _k46(k, rng):
    return ("Ticket#%d - Scale prints wrong tare on jars\nInternal note (%s):\nLogged in remotely, %s = %s . "
            "Tare table for 500 ml Kilners was off by 12 g, fixed.\n" % (rng.randint(10000, 99999), _p(rng), k, M))


@kind("packing_shed_clipboard_photo_ocr", "title", "OCR of a phone photo of the packing-shed clipboard")
def _k47(k, rng):
    return ("PACKING SHED - WEEK %d\nLabel printer: Zebra ZD421 (left bench)\n%s: %s\nBoxes due: %d small / %d medium\n"
            "Ring Tariq if printer jams\n" % (rng.randint(1, 52), k, M, rng.randint(60, 140), rng.randint(40, 120)))


@kind("coop_rota_ods_content_xml", "title", "LibreOffice Calc `content.xml` cells of the co-op's rota workbook")
def _k48(k, rng):
    return ('<table:table table:name="Logins">\n<table:table-row>\n<table:table-cell office:value-type="string">'
            '<text:p>%s</text:p></table:table-cell>\n<table:table-cell office:value-type="string"><text:p>%s</text:p>'
            '</table:table-cell>\n</table:table-row>\n</table:table>\n' % (k, M))


@kind("order_sheet_vba_module_bas", "upper", "exported VBA module (`.bas`) of the wholesale order spreadsheet")
def _k49(k, rng):
    return ('Attribute VB_Name = "OrderSync"\nOption Explicit\n\nConst SUPPLIER_URL As String = "https://%s/upload"\n'
            'Const %s As String = "%s"\n\nSub PushOrder()\n    \' TODO: move constants out\nEnd Sub\n' % (_h(rng), k, M))


@kind("shop_sheets_formula_cell", "snake", "Google Sheets cell formula copied out of the stock sheet")
def _k50(k, rng):
    return ('=IMPORTDATA("https://%s/export.csv?sheet=stock" & "&%s=" & "%s")' % (_h(rng), k, M))


@kind("chrome_copy_as_fetch", "header", "Chrome DevTools 'Copy as fetch' of a request from the shop admin")
def _k51(k, rng):
    return ('fetch("https://%s/admin/api/stock", {\n  "headers": {\n    "accept": "application/json",\n'
            '    "%s": "%s"\n  },\n  "method": "GET",\n  "mode": "cors"\n});\n' % (_h(rng), k, M))


@kind("coop_notion_page_export_md", "spaced", "Notion page exported as Markdown (co-op IT handover page)")
def _k52(k, rng):
    return ("# IT handover\n\nOwner: %s\nLast edited: March 2025\n\n## Logins\n\n- %s: `%s`\n- rota sheet: ask in WhatsApp\n"
            % (_p(rng), k, M))


@kind("trello_card_json_export", "spaced", "Trello board JSON export, card description")
def _k53(k, rng):
    return ('{"id": "%s", "name": "Swap cold store gateway", "desc": "Done on the 12th. %s: %s  (Bryn has the '
            'old one)", "idList": "%s", "closed": false}\n' % (rstr(rng, HEX, 24), k, M, rstr(rng, HEX, 24)))


assert len(KINDS) >= 45


SPARE_KINDS = ["ops_gunicorn_conf_py_raw_env", "ci_circleci_config_yml", "dev_tox_ini_setenv",
               "shop_phpmyadmin_config_inc_php", "ops_nomad_job_hcl_env", "coop_matomo_config_ini_php",
               "trello_card_json_export", "coop_civicrm_settings_php"]


def choose_kinds():
    names = [n for n in KINDS if n not in SPARE_KINDS]
    assert len(names) == 45
    return names


def pairing(kind_names):
    """Quota-greedy pairing: for each kind in order take the four types with the largest remaining quota,
    ties broken by a seeded shuffle (seed SEED_PAIRING)."""
    rng = random.Random(SEED_PAIRING)
    quota = {t: 15 for t in TYPE_NAMES}
    out = {}
    for kname in kind_names:
        order = TYPE_NAMES[:]
        rng.shuffle(order)
        order.sort(key=lambda t: -quota[t])
        pick = order[:4]
        for t in pick:
            quota[t] -= 1
        out[kname] = pick
    assert all(v == 0 for v in quota.values())
    return out


def build(reg):
    rng = random.Random(SEED_VALUES)
    kinds = choose_kinds()
    pairs = pairing(kinds)
    recs = []
    for kname in kinds:
        style, forbid, fn, _desc = KINDS[kname]
        for t in pairs[kname]:
            k = key_name(TYPE_WORDS[t], style)
            value = reg.draw(lambda: gen_value(TYPE_KIND[t], rng), forbid=forbid)
            tpl = fn(k, rng)
            recs.append(positive(t, kname, tpl, value, "everyday"))
    return recs, pairs
