"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import base64
import random

import common255 as C

SEED_VALUES = 25501
SEED_PAIRING = 25511
MARK = C.MARK

# ------------------------------------------------------------------ types
TYPES = [
    # name, key words, description
    ('organ_room_formula_pc_password', ['organ', 'room', 'pc', 'password'],
     "owner-chosen password of the perfumer's organ-room PC that runs the formula software"),
    ('cure_room_climate_controller_password', ['cure', 'room', 'controller', 'password'],
     'owner-chosen web-UI password of the soap cure-room climate controller (dehumidifier, fans)'),
    ('wax_melt_tank_hmi_password', ['melt', 'tank', 'hmi', 'password'],
     "owner-chosen engineer password of the candle workshop's wax melt-tank HMI"),
    ('qc_lab_gcms_workstation_password', ['gcms', 'workstation', 'password'],
     'owner-chosen analyst password of the QC lab GC-MS workstation'),
    ('class_booking_backoffice_password', ['class', 'booking', 'admin', 'password'],
     'owner-chosen admin password of the candle-class booking back office'),
    ('clp_label_station_password', ['label', 'station', 'password'],
     'owner-chosen password of the CLP label print station'),
    ('formula_vault_crc24_key', ['formula', 'vault', 'key'],
     'API key of the formula vault (layout invented): `fvk_` + 40 base62 + `=` + the real CRC-24/OpenPGP '
     '(RFC 4880) of those 40 characters as 4 standard Base64 characters (as in an ASCII-armour checksum)'),
    ('melt_probe_crc8_token', ['melt', 'probe', 'token'],
     'token of the melt-tank temperature probes (layout invented): `mpt-` + 24 Crockford base32 characters '
     '+ `-` + 2 upper-case hex of the real CRC-8/MAXIM (Dallas 1-Wire) of those 24 characters'),
    ('stock_sync_iso6346_key', ['stock', 'sync', 'key'],
     'key of the stock-sync service (layout invented): `stk_` + 4 upper-case letters + 6 digits + their real '
     'ISO 6346 check digit + `_` + 24 base62'),
    ('booking_widget_hs512_jwt', ['booking', 'widget', 'jwt'],
     'service token of the class-booking widget: real HS512 JWT (base64url JSON header and payload, '
     'HMAC-SHA512 under a discarded random key; payload iss, sub, aud, scope, iat, exp, jti = UUIDv4)'),
    ('shop_django_secret_key', ['django', 'secret', 'key'],
     "Django `SECRET_KEY` of the perfumery's shop: 50 characters from Django's own "
     '`get_random_secret_key` alphabet (a-z 0-9 !@#$%^&*(-_=+))'),
    ('formula_db_fernet_key', ['formula', 'db', 'fernet', 'key'],
     'Fernet key that encrypts formula rows: base64url (padded) of exactly 32 random bytes (44 characters)'),
]
TYPE_NAMES = [t[0] for t in TYPES]
PASSWORD_TYPES = TYPE_NAMES[:6]


def gen_value(name, rng, bad=''):
    for _ in range(1000):
        v = _gen(name, rng)
        if not any(c in bad for c in v):
            return v
    raise RuntimeError('no value for %s avoiding %r' % (name, bad))


def _gen(name, rng):
    if name in PASSWORD_TYPES:
        return C.password(rng)
    if name == 'formula_vault_crc24_key':
        body = C.rand_str(rng, C.BASE62, 40)
        crc = C.crc24_openpgp(body.encode())
        return 'fvk_' + body + '=' + base64.b64encode(crc.to_bytes(3, 'big')).decode()
    if name == 'melt_probe_crc8_token':
        body = C.rand_str(rng, C.CROCKFORD, 24)
        return 'mpt-%s-%02X' % (body, C.crc8_maxim(body.encode()))
    if name == 'stock_sync_iso6346_key':
        head = C.rand_str(rng, C.UPPER, 4) + C.rand_str(rng, C.DIGITS, 6)
        return 'stk_%s%d_%s' % (head, C.iso6346_check(head), C.rand_str(rng, C.BASE62, 24))
    if name == 'booking_widget_hs512_jwt':
        iat = 1735689600 + rng.randrange(0, 30000000)
        payload = {'iss': 'https://classes.wickhollow.example', 'sub': 'svc-booking-widget',
                   'aud': 'wickhollow-bookings', 'scope': rng.choice(['bookings:read bookings:write',
                                                                       'slots:read bookings:write',
                                                                       'bookings:write'])
                   , 'iat': iat, 'exp': iat + 31536000, 'jti': C.uuid4(rng)}
        return C.make_jwt(rng, {'alg': 'HS512', 'typ': 'JWT'}, payload)
    if name == 'shop_django_secret_key':
        return C.rand_str(rng, C.DJANGO_ALPHABET, 50)
    if name == 'formula_db_fernet_key':
        return base64.urlsafe_b64encode(C.rbytes(rng, 32)).decode()
    raise KeyError(name)


def value_problems(name, v):
    import re
    if name in PASSWORD_TYPES:
        return [] if C.PASSWORD_RE.match(v) else ['not a password form']
    if name == 'formula_vault_crc24_key':
        m = re.fullmatch(r'fvk_([0-9A-Za-z]{40})=([A-Za-z0-9+/]{4})', v)
        if not m:
            return ['fvk frame']
        crc = C.crc24_openpgp(m.group(1).encode())
        return [] if base64.b64encode(crc.to_bytes(3, 'big')).decode() == m.group(2) else ['CRC-24 tail wrong']
    if name == 'melt_probe_crc8_token':
        m = re.fullmatch(r'mpt-([0-9A-HJKMNP-TV-Z]{24})-([0-9A-F]{2})', v)
        if not m:
            return ['mpt frame']
        return [] if int(m.group(2), 16) == C.crc8_maxim(m.group(1).encode()) else ['CRC-8 tail wrong']
    if name == 'stock_sync_iso6346_key':
        m = re.fullmatch(r'stk_([A-Z]{4}[0-9]{6})([0-9])_[0-9A-Za-z]{24}', v)
        if not m:
            return ['stk frame']
        return [] if C.iso6346_check(m.group(1)) == int(m.group(2)) else ['ISO 6346 digit wrong']
    if name == 'booking_widget_hs512_jwt':
        p = C.jwt_problems(v)
        if p:
            return p
        return [] if C.jwt_alg(v) == 'HS512' else ['alg is not HS512']
    if name == 'shop_django_secret_key':
        return [] if len(v) == 50 and all(c in C.DJANGO_ALPHABET for c in v) else ['django key frame']
    if name == 'formula_db_fernet_key':
        try:
            raw = base64.urlsafe_b64decode(v)
        except Exception:
            return ['fernet key not base64url']
        return [] if len(raw) == 32 and len(v) == 44 and v.endswith('=') else ['fernet key length']
    return ['unknown type']


# ------------------------------------------------------------------ helpers for filler
def ts(rng):
    return 1730000000 + rng.randrange(0, 40000000)


def iso(rng):
    import time
    t = time.gmtime(ts(rng))
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % t[:6]


def ip(rng):
    return '10.%d.%d.%d' % (rng.choice((42, 43, 55)), rng.randrange(1, 30), rng.randrange(2, 250))


def person(rng):
    return rng.choice(C.WORLD['people'])


def user(rng):
    return rng.choice(C.USERS)


# ------------------------------------------------------------------ containers
# each: name, style, description, bad characters, render(rng, key, words) -> template with MARK
def k_melt_tank_codesys_gvl(rng, key, words):
    return ("{attribute 'qualified_only'}\nVAR_GLOBAL CONSTANT\n"
            "    %s : STRING(512) := '%s';\n    rPourSetpoint : REAL := %.1f;\n"
            "    iStirRpm : INT := %d;\nEND_VAR\n" % (key, MARK, rng.uniform(68, 82), rng.randrange(40, 120)))


def k_cure_room_shelly_script_js(rng, key, words):
    return ("// Shelly Plus 1PM script: dehumidifier follows the cure-room RH sensor\n"
            "let CONFIG = {\n  rhHigh: %d,\n  rhLow: %d,\n  %s: \"%s\",\n  reportUrl: \"http://%s/cure/report\"\n};\n"
            "Shelly.call(\"Switch.Set\", {id: 0, on: true});\n"
            % (rng.randrange(58, 66), rng.randrange(45, 52), key, MARK, ip(rng)))


def k_gcms_chemstation_macro(rng, key, words):
    return ("! ChemStation macro run at the start of every sequence\nname QC_Export\n"
            "  LIMSHost$ = \"lab.ambergrisash.example\"\n  %s$ = \"%s\"\n"
            "  ExportDir$ = \"D:\\MassHunter\\Export\\QC%d\"\nreturn\n" % (key, MARK, rng.randrange(10, 99)))


def k_label_printer_zpl_comment(rng, key, words):
    return ("^XA\n^FX CLP label 58x40, batch %s\n^FX %s: %s\n^CF0,28\n^FO30,30^FDCedar & Smoke 200g^FS\n"
            "^FO30,70^FDWarning: may produce an allergic reaction^FS\n^XZ\n"
            % (rng.randrange(1000, 9999), key, MARK))


def k_mould_printer_moonraker_secrets(rng, key, words):
    return ("# moonraker.secrets on the mould printer (Klipper)\n[mqtt_credentials]\nusername: mouldpi\n"
            "[workshop]\n%s: %s\nhost: %s\n" % (key, MARK, ip(rng)))


def k_cure_room_homebridge_config_json(rng, key, words):
    return ('{\n  "bridge": {"name": "Cure Room Bridge", "port": %d, "pin": "031-45-154"},\n'
            '  "platforms": [\n    {\n      "platform": "CureRoomClimate",\n      "host": "%s",\n'
            '      "%s": "%s",\n      "pollSeconds": %d\n    }\n  ]\n}\n'
            % (rng.randrange(51000, 52000), ip(rng), key, MARK, rng.choice((30, 60, 120))))


def k_melt_probe_esp_idf_sdkconfig_defaults(rng, key, words):
    return ('# sdkconfig.defaults for the melt-tank probe board (ESP32-C3)\nCONFIG_IDF_TARGET="esp32c3"\n'
            'CONFIG_%s="%s"\nCONFIG_PROBE_SAMPLE_MS=%d\nCONFIG_LOG_DEFAULT_LEVEL_INFO=y\n'
            % (key, MARK, rng.choice((250, 500, 1000))))


def k_melt_dashboard_grafana_datasource_yaml(rng, key, words):
    return ("apiVersion: 1\ndatasources:\n  - name: MeltTank\n    type: influxdb\n    url: http://%s:8086\n"
            "    jsonData:\n      version: Flux\n      organization: wickhollow\n    secureJsonData:\n"
            "      %s: '%s'\n" % (ip(rng), key, MARK))


def k_melt_probe_telegraf_http_headers_toml(rng, key, words):
    return ('[[inputs.http]]\n  urls = ["http://%s/api/probes"]\n  data_format = "json"\n'
            '  [inputs.http.headers]\n    "%s" = "%s"\n' % (ip(rng), key, MARK))


def k_shop_wp_config_defines(rng, key, words):
    return ("<?php\n/** WooCommerce shop of Ambergris & Ash */\ndefine( 'DB_NAME', 'shop_wp' );\n"
            "define( 'DB_HOST', 'localhost' );\ndefine( '%s', '%s' );\n$table_prefix = 'aa_';\n" % (key, MARK))


def k_shop_django_settings_module(rng, key, words):
    return ("# shop/settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\n"
            "ALLOWED_HOSTS = ['shop.ambergrisash.example']\n%s = '%s'\nTIME_ZONE = 'Europe/London'\n" % (key, MARK))


def k_lab_streamlit_secrets_toml(rng, key, words):
    return ('# .streamlit/secrets.toml of the QC dashboard\n[lab]\nlims_url = "https://lab.ambergrisash.example"\n'
            '%s = "%s"\n' % (key, MARK))


def k_booking_nuxt_runtime_config_ts(rng, key, words):
    return ("export default defineNuxtConfig({\n  runtimeConfig: {\n    %s: '%s',\n"
            "    public: { siteName: 'Wickhollow Candle Classes' }\n  }\n})\n" % (key, MARK))


def k_formula_app_gradle_properties(rng, key, words):
    return ("# gradle.properties of the formula app (Android tablet in the organ room)\n"
            "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n%s=%s\n" % (key, MARK))


def k_till_windows_registry_export(rng, key, words):
    return ('Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wickhollow\\TillBridge]\n'
            '"Server"="%s"\n"%s"="%s"\n"Port"=dword:%08x\n' % (ip(rng), key, MARK, rng.choice((8080, 8443, 9100))))


def k_lab_power_query_m_script(rng, key, words):
    return ('let\n    %s = "%s",\n    Source = Json.Document(Web.Contents("https://lab.ambergrisash.example/api/runs"))\n'
            'in\n    Source\n' % (key, MARK))


def k_stock_sheet_apps_script_gs(rng, key, words):
    return ("// Code.gs bound to the stock sheet\nconst %s = '%s';\nfunction pushStock() {\n"
            "  const rows = SpreadsheetApp.getActive().getSheetByName('Stock').getDataRange().getValues();\n"
            "  Logger.log(rows.length);\n}\n" % (key, MARK))


def k_formula_notebook_ipynb_cell(rng, key, words):
    return ('{\n "cell_type": "code",\n "execution_count": %d,\n "metadata": {},\n "outputs": [],\n'
            ' "source": [\n  "import os\\n",\n  "%s = \'%s\'\\n",\n  "os.environ[\'FORMULA_HOST\'] = \'organ.ambergrisash.example\'"\n ]\n}\n'
            % (rng.randrange(3, 40), key, MARK))


def k_booking_rest_client_http_file(rng, key, words):
    return ('@host = https://classes.wickhollow.example\n@%s = %s\n\n### upcoming classes\n'
            'GET {{host}}/api/classes?from=%s\nX-Widget: {{%s}}\n' % (key, MARK, iso(rng)[:10], key))


def k_shop_dolibarr_conf_php(rng, key, words):
    return ("<?php\n// conf/conf.php of the soap ERP (Dolibarr)\n$dolibarr_main_url_root='https://erp.lyeworks-soap.example';\n"
            "$dolibarr_main_db_host='localhost';\n$dolibarr_%s='%s';\n" % (key, MARK))


def k_ops_supervisord_program_environment(rng, key, words):
    return ('[program:formula-sync]\ncommand=/opt/formula-sync/bin/run\nuser=formula\n'
            'environment=%s="%s",PYTHONUNBUFFERED="1"\nautorestart=true\n' % (key, MARK))


def k_ops_pm2_ecosystem_config_js(rng, key, words):
    return ("module.exports = {\n  apps: [{\n    name: 'booking-api',\n    script: 'dist/server.js',\n"
            "    env_production: {\n      NODE_ENV: 'production',\n      %s: \"%s\"\n    }\n  }]\n};\n" % (key, MARK))


def k_ops_capistrano_deploy_rb(rng, key, words):
    return ("set :application, 'labels'\nset :repo_url, 'git@git.tinctureloop.example:wickhollow/labels.git'\n"
            "set :default_env, { 'RAILS_ENV' => 'production', '%s' => '%s' }\n" % (key, MARK))


def k_ops_salt_pillar_sls(rng, key, words):
    return ("# pillar/workshop/init.sls\nworkshop:\n  site: wickhollow\n  %s: '%s'\n  backup_hour: %d\n"
            % (key, MARK, rng.randrange(1, 5)))


def k_ops_terraform_tfvars(rng, key, words):
    return ('region = "eu-west-2"\ninstance_type = "t3.small"\n%s = "%s"\n' % (key, MARK))


def k_ops_crontab_env_header(rng, key, words):
    return ('SHELL=/bin/bash\nMAILTO=ops@tinctureloop.example\n%s=%s\n'
            '*/10 * * * * /opt/wick/bin/sync-stock >> /var/log/sync-stock.log 2>&1\n' % (key, MARK))


def k_ci_gitlab_ci_variables_yml(rng, key, words):
    return ('variables:\n  DEPLOY_HOST: "shop.ambergrisash.example"\n  %s: "%s"\n\ndeploy:\n  stage: deploy\n'
            '  script:\n    - ./scripts/deploy.sh\n' % (key, MARK))


def k_ops_direnv_envrc(rng, key, words):
    return ("# .envrc\nuse nix\nexport %s='%s'\nexport FORMULA_HOST=organ.ambergrisash.example\n" % (key, MARK))


def k_ops_justfile_export(rng, key, words):
    return ("set dotenv-load := false\nexport %s := '%s'\n\ndeploy:\n    ./bin/deploy --env production\n" % (key, MARK))


def k_ops_makefile_variables(rng, key, words):
    return ('# Makefile of the label service\nIMAGE ?= registry.tinctureloop.example/labels\n%s ?= %s\n\n'
            'run:\n\tdocker run --rm -e %s $(IMAGE)\n' % (key, MARK, key))


def k_ops_zsh_extended_history(rng, key, words):
    t = ts(rng)
    return (": %d:0;cd /srv/wick\n: %d:0;export %s='%s'\n: %d:2;./bin/sync-stock --dry-run\n"
            % (t, t + 31, key, MARK, t + 58))


def k_ops_psreadline_history(rng, key, words):
    return ("cd C:\\Till\\Bridge\n$env:%s = '%s'\n.\\TillBridge.exe --once\nGet-Content .\\logs\\bridge.log -Tail 20\n" % (key, MARK))


def k_ops_journalctl_json_line(rng, key, words):
    return ('{"__REALTIME_TIMESTAMP":"%d000000","_SYSTEMD_UNIT":"melt-hmi-bridge.service","PRIORITY":"6",'
            '"MESSAGE":"starting with env %s=%s LOG_LEVEL=info","_HOSTNAME":"tank"}\n' % (ts(rng), key, MARK))


def k_ops_sentry_breadcrumb_json(rng, key, words):
    return ('{"breadcrumbs":{"values":[{"timestamp":%d.%03d,"category":"config","level":"info",'
            '"message":"loaded settings","data":{"%s":"%s","region":"eu"}}]},"event_id":"%s"}\n'
            % (ts(rng), rng.randrange(1000), key, MARK, C.uuid4(rng).replace('-', '')))


def k_workshop_discord_chat_export_json(rng, key, words):
    return ('{"messages":[{"id":"%d","timestamp":"%s","author":{"name":"%s"},'
            '"content":"for the morning shift: %s is %s"}]}\n'
            % (rng.randrange(10 ** 17, 10 ** 18), iso(rng), user(rng), key, MARK))


def k_maker_forum_bbcode_post(rng, key, words):
    return ('[quote="%s"]anyone know why the night batch stopped?[/quote]\n'
            'Logged in and restarted it. For the record the %s is [b]%s[/b] - I will change it on Monday.\n'
            % (user(rng), key, MARK))


def k_perfumer_obsidian_daily_note(rng, key, words):
    return ('# %s\n\n## Organ room\n- [x] weighed trial 14 (vetiver accord)\n- [ ] rotate %s (still `%s`)\n'
            '- [ ] order more DPG\n' % (iso(rng)[:10], key, MARK))


def k_candle_fair_sms_backup_xml(rng, key, words):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<smses count="1">\n  <sms protocol="0" address="+447700900%03d" '
            'date="%d000" type="2" body="%s for the fair laptop: %s" read="1" />\n</smses>\n'
            % (rng.randrange(1000), ts(rng), key, MARK))


def k_class_calendar_ics_event(rng, key, words):
    return ('BEGIN:VEVENT\nUID:%s@classes.wickhollow.example\nDTSTART:%sT180000Z\nSUMMARY:Container candle class\n'
            'DESCRIPTION:Tutor login for the booking screen - %s %s\nEND:VEVENT\n'
            % (C.uuid4(rng), iso(rng)[:10].replace('-', ''), key, MARK))


def k_supplier_vcard_note(rng, key, words):
    return ('BEGIN:VCARD\nVERSION:3.0\nFN:%s\nORG:Wickhollow Candle Workshop\nTEL;TYPE=work:+44 1632 960%03d\n'
            'NOTE:%s %s\nEND:VCARD\n' % (person(rng), rng.randrange(1000), key, MARK))


def k_screencast_captions_srt(rng, key, words):
    a = rng.randrange(1, 50)
    return ('%d\n00:0%d:%02d,120 --> 00:0%d:%02d,800\nand here you type the %s\n\n%d\n00:0%d:%02d,900 --> 00:0%d:%02d,400\n'
            'which is %s and then press enter\n' % (a, 1, 10, 1, 13, key, a + 1, 1, 13, 1, 17, MARK))


def k_perfumer_evernote_enex_note(rng, key, words):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<en-export><note><title>Studio logins</title><content><![CDATA['
            '<en-note><div>%s</div><div>%s</div></en-note>]]></content></note></en-export>\n' % (key, MARK))


def k_etsy_conversation_copy(rng, key, words):
    return ('%s (Shop owner) %s\nHi, sorry for the delay on your order - while you are on the call with the '
            'developer, the %s is %s\n' % (person(rng), iso(rng)[:10], key, MARK))


def k_jira_comment_wiki_markup(rng, key, words):
    return ('h3. Workaround\nRestarted the service by hand. The %s it asks for is {{%s}} until WICK-%d is done.\n'
            % (key, MARK, rng.randrange(100, 999)))


def k_stock_xlsx_shared_strings_xml(rng, key, words):
    return ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">'
            '<si><t>Item</t></si><si><t>Login</t></si><si><t>%s</t></si><si><t>%s</t></si></sst>\n' % (key, MARK))


KINDS = [
    ('melt_tank_codesys_gvl', 'hungarian', 'CODESYS global variable list (Structured Text) of the melt-tank PLC', "$'"),
    ('cure_room_shelly_script_js', 'camel', 'Shelly Plus mJS script of the cure-room dehumidifier', '"\\'),
    ('gcms_chemstation_macro', 'upper', 'Agilent ChemStation macro (string variables end in $)', '"'),
    ('label_printer_zpl_comment', 'spaced', 'ZPL label job with a ^FX comment line', '^~'),
    ('mould_printer_moonraker_secrets', 'snake', 'moonraker.secrets INI of the mould 3D printer', '#;%'),
    ('cure_room_homebridge_config_json', 'camel', 'Homebridge config.json platform block', '"\\'),
    ('melt_probe_esp_idf_sdkconfig_defaults', 'upper', 'ESP-IDF sdkconfig.defaults of the probe board', '"\\$'),
    ('melt_dashboard_grafana_datasource_yaml', 'camel', 'Grafana datasource provisioning YAML (secureJsonData)', "'$"),
    ('melt_probe_telegraf_http_headers_toml', 'header', 'Telegraf inputs.http headers table', '"\\$'),
    ('shop_wp_config_defines', 'upper', 'WordPress wp-config.php define() of the WooCommerce shop', "'\\"),
    ('shop_django_settings_module', 'upper', 'Django settings module (production.py)', "'\\"),
    ('lab_streamlit_secrets_toml', 'snake', '.streamlit/secrets.toml of the QC dashboard', '"\\'),
    ('booking_nuxt_runtime_config_ts', 'camel', 'nuxt.config.ts runtimeConfig', "'\\"),
    ('formula_app_gradle_properties', 'dot', 'gradle.properties of the formula tablet app', '\\'),
    ('till_windows_registry_export', 'pascal', 'Windows .reg export of the till bridge settings', '"\\'),
    ('lab_power_query_m_script', 'pascal', 'Excel Power Query M script', '"'),
    ('stock_sheet_apps_script_gs', 'upper', 'Google Apps Script Code.gs bound to the stock sheet', "'\\"),
    ('formula_notebook_ipynb_cell', 'upper', 'Jupyter notebook code cell (JSON source lines)', "'\"\\"),
    ('booking_rest_client_http_file', 'camel', 'VS Code REST Client .http file variable', '{}'),
    ('shop_dolibarr_conf_php', 'snake', 'Dolibarr ERP conf.php variable', "'\\"),
    ('ops_supervisord_program_environment', 'upper', 'supervisord [program] environment= line', '"%,'),
    ('ops_pm2_ecosystem_config_js', 'upper', 'pm2 ecosystem.config.js env_production', '"\\'),
    ('ops_capistrano_deploy_rb', 'upper', 'Capistrano deploy.rb default_env', "'\\"),
    ('ops_salt_pillar_sls', 'snake', 'Salt pillar SLS (YAML + Jinja)', "'{}"),
    ('ops_terraform_tfvars', 'snake', 'terraform.tfvars', '"\\'),
    ('ops_crontab_env_header', 'upper', 'crontab with environment lines', ''),
    ('ci_gitlab_ci_variables_yml', 'upper', '.gitlab-ci.yml variables block', '"\\$'),
    ('ops_direnv_envrc', 'upper', 'direnv .envrc export', "'"),
    ('ops_justfile_export', 'upper', 'justfile export assignment', "'"),
    ('ops_makefile_variables', 'upper', 'Makefile ?= variable', '$#\\'),
    ('ops_zsh_extended_history', 'upper', 'zsh extended history (: epoch:elapsed;command)', "'"),
    ('ops_psreadline_history', 'upper', 'PowerShell PSReadLine ConsoleHost_history.txt', "'"),
    ('ops_journalctl_json_line', 'upper', 'journalctl -o json line of a unit that logs its environment', '"\\'),
    ('ops_sentry_breadcrumb_json', 'camel', 'Sentry event breadcrumb data', '"\\'),
    ('workshop_discord_chat_export_json', 'spaced', 'DiscordChatExporter JSON of the workshop server', '"\\'),
    ('maker_forum_bbcode_post', 'spaced', 'BBCode post on the makers\' forum', '[]'),
    ('perfumer_obsidian_daily_note', 'spaced', 'Obsidian daily note (Markdown task list)', '`'),
    ('candle_fair_sms_backup_xml', 'spaced', 'SMS Backup & Restore XML', '&<>"'),
    ('class_calendar_ics_event', 'spaced', 'iCalendar VEVENT description', ',;\\'),
    ('supplier_vcard_note', 'spaced', 'vCard NOTE field', ',;\\'),
    ('screencast_captions_srt', 'spaced', 'auto-captions (.srt) of a training screencast', ''),
    ('perfumer_evernote_enex_note', 'title', 'Evernote .enex export note', ']'),
    ('etsy_conversation_copy', 'spaced', 'Etsy shop conversation copied into a ticket', ''),
    ('jira_comment_wiki_markup', 'spaced', 'Jira comment in wiki markup ({{monospace}})', '{}'),
    ('stock_xlsx_shared_strings_xml', 'title', 'xl/sharedStrings.xml of the stock workbook', '&<>'),
]
RENDER = {k[0]: globals()['k_' + k[0]] for k in KINDS}
KIND_STYLE = {k[0]: k[1] for k in KINDS}
KIND_DESC = {k[0]: k[2] for k in KINDS}
KIND_BAD = {k[0]: k[3] for k in KINDS}
TYPE_WORDS = {t[0]: t[1] for t in TYPES}
TYPE_DESC = {t[0]: t[2] for t in TYPES}


def pairing():
    """Quota-greedy: each kind takes the four types with most records still to place."""
    rng = random.Random(SEED_PAIRING)
    left = {t: 15 for t in TYPE_NAMES}
    out = []
    for kind, _, _, _ in KINDS:
        order = TYPE_NAMES[:]
        rng.shuffle(order)
        order.sort(key=lambda t: -left[t])
        chosen = order[:4]
        for t in chosen:
            left[t] -= 1
        out.append((kind, chosen))
    assert all(v == 0 for v in left.values()), left
    return out


def build(reg):
    rng = random.Random(SEED_VALUES)
    recs = []
    for kind, types in pairing():
        for t in types:
            style = KIND_STYLE[kind]
            key = C.style_key(TYPE_WORDS[t], style)
            tmpl = RENDER[kind](rng, key, TYPE_WORDS[t])
            bad = KIND_BAD[kind] + ' \t\n'
            v = reg.draw(lambda: gen_value(t, rng, bad))
            text, s, e = C.place(tmpl, v)
            recs.append({'type': t, 'container': kind, 'text': text,
                         'secrets': [{'value': v, 'start': s, 'end': e, 'type': t}], 'source': 'everyday'})
    return recs
