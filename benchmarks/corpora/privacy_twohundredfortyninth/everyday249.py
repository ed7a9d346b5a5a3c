"""Everyday positives: 12 types x 45 container kinds, 4 records per kind."""
import json
import random

import common249 as C
from common249 import MARK

SEED_VALUES = 24901
SEED_PAIRING = 24911

# type -> (key words, description, kind)
TYPES = [
    ("scaffold_inspection_tablet_password", ["scaffold", "inspection", "tablet", "password"],
     "owner-chosen admin password of the scaffold-inspection tablets (tag checks, handover certificates)", "pw"),
    ("roof_estimating_workstation_password", ["estimating", "workstation", "password"],
     "owner-chosen password of the roof estimating workstation (take-offs, quote PDFs)", "pw"),
    ("reed_stock_yard_system_password", ["reed", "stock", "admin", "password"],
     "owner-chosen admin password of the thatchers' reed and straw stock system (bundles, fathoms, deliveries)", "pw"),
    ("yard_weighbridge_supervisor_password", ["weighbridge", "supervisor", "password"],
     "owner-chosen supervisor password of the scaffold-yard weighbridge terminal (lorry tickets)", "pw"),
    ("drone_survey_ground_station_password", ["drone", "ground", "station", "password"],
     "owner-chosen password of the roof-survey drone ground station laptop", "pw"),
    ("merchant_trade_counter_pos_password", ["trade", "counter", "pos", "password"],
     "owner-chosen manager password of the roofing merchant's trade-counter till", "pw"),
    ("scaffold_tag_sync_verhoeff_key", ["tag", "sync", "key"],
     "`sts_` + 12-digit depot-and-fleet number + its real Verhoeff check digit + `_` + 24 base62; sync key of the scaffold-tag API (layout invented)", "gen"),
    ("roof_quote_api_adler32_token", ["quote", "api", "token"],
     "`rqa_` + 30 base62 + `.` + 8 lower-case hex of the real Adler-32 of those 30 characters; token of the roof-quote API (layout invented)", "gen"),
    ("crew_timesheet_iso7064_key", ["timesheet", "api", "key"],
     "`ctk-` + 15 digits + their real ISO 7064 MOD 11-2 check character (0-9 or X) + `-` + 20 lower-case alphanumerics; key of the crew timesheet service (layout invented)", "gen"),
    ("site_survey_hs512_jwt", ["survey", "api", "jwt"],
     "real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 signature under a discarded random key); bearer token of the roof-survey photo API", "gen"),
    ("estimating_django_secret_key", ["django", "secret", "key"],
     "Django `SECRET_KEY`: 50 characters from Django's own alphabet (a-z 0-9 and !@#$%^&*(-_=+)); signs the estimating app's sessions", "gen"),
    ("offsite_backup_age_secret_key", ["backup", "age", "identity"],
     "age X25519 identity: `AGE-SECRET-KEY-1` + 58 upper-case Bech32 characters (32 random bytes and a real Bech32 checksum); decrypts the off-site backups", "gen"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_WORDS = {t[0]: t[1] for t in TYPES}
TYPE_DESC = {t[0]: t[2] for t in TYPES}
TYPE_KIND = {t[0]: t[3] for t in TYPES}

DJANGO_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


def gen_value(rng, typ):
    if TYPE_KIND[typ] == "pw":
        return C.owner_password(rng)
    if typ == "scaffold_tag_sync_verhoeff_key":
        num = C.rs(rng, 1, "123456789") + C.rs(rng, 11, C.DIGITS)
        return "sts_" + num + C.verhoeff_check(num) + "_" + C.rs(rng, 24, C.ALNUM)
    if typ == "roof_quote_api_adler32_token":
        body = C.rs(rng, 30, C.ALNUM)
        return "rqa_" + body + "." + "%08x" % C.adler32(body.encode())
    if typ == "crew_timesheet_iso7064_key":
        num = C.rs(rng, 15, C.DIGITS)
        return "ctk-" + num + C.iso7064_mod11_2(num) + "-" + C.rs(rng, 20, C.LOWALNUM)
    if typ == "site_survey_hs512_jwt":
        iat = 1717000000 + rng.randint(0, 20000000)
        payload = {"sub": "crew-" + C.rs(rng, 6, C.LOWALNUM), "aud": "survey-photos",
                   "scope": rng.choice(["photos:write", "photos:read photos:write", "jobs:read"]),
                   "iat": iat, "exp": iat + rng.choice([3600, 86400, 2592000])}
        return C.make_jwt(rng, "HS512", payload)
    if typ == "estimating_django_secret_key":
        return C.rs(rng, 50, DJANGO_CHARS)
    if typ == "offsite_backup_age_secret_key":
        data = C.convertbits(list(C.rbytes(rng, 32)), 8, 5)
        return C.bech32_encode("age-secret-key-", data).upper()
    raise KeyError(typ)


def check_value(typ, v):
    """Shape check built from the same specs (used by checks249)."""
    import re
    if TYPE_KIND[typ] == "pw":
        return bool(C.PASSWORD_RE.match(v))
    if typ == "scaffold_tag_sync_verhoeff_key":
        m = re.fullmatch(r"sts_([1-9][0-9]{12})_[A-Za-z0-9]{24}", v)
        return bool(m) and C.verhoeff_valid(m.group(1))
    if typ == "roof_quote_api_adler32_token":
        m = re.fullmatch(r"rqa_([A-Za-z0-9]{30})\.([0-9a-f]{8})", v)
        return bool(m) and int(m.group(2), 16) == C.adler32(m.group(1).encode())
    if typ == "crew_timesheet_iso7064_key":
        m = re.fullmatch(r"ctk-([0-9]{15})([0-9X])-[a-z0-9]{20}", v)
        return bool(m) and C.iso7064_mod11_2(m.group(1)) == m.group(2)
    if typ == "site_survey_hs512_jwt":
        return C.jwt_valid(v) and json.loads(C._b64u_dec(v.split(".")[0]))["alg"] == "HS512"
    if typ == "estimating_django_secret_key":
        return len(v) == 50 and all(ch in DJANGO_CHARS for ch in v)
    if typ == "offsite_backup_age_secret_key":
        return (bool(re.fullmatch(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", v))
                and C.bech32_verify(v))
    return False


# ---------------------------------------------------------------- kinds --
# Each kind: (name, key style, characters the format would have to escape,
#             template function (rng, key) -> text with MARK)
def _day(rng):
    return "2024-%02d-%02d" % (rng.randint(1, 12), rng.randint(1, 28))


def _ts(rng):
    return "2024-%02d-%02d %02d:%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(6, 18), rng.randint(0, 59))


def k_gradle(rng, k):
    return ("# crew app – gradle.properties (do not commit)\n"
            "org.gradle.jvmargs=-Xmx2048m\n"
            "android.useAndroidX=true\n"
            "tagyardBaseUrl=https://" + C.host("scaff", "tagyard") + "/api/v2\n"
            + k + "=" + MARK + "\n")


def k_buildconfig(rng, k):
    return ("android {\n    defaultConfig {\n        applicationId = \"example.castleford.tagyard\"\n"
            "        versionCode = %d\n" % rng.randint(40, 90) +
            "        buildConfigField(\"String\", \"API_HOST\", \"\\\"" + C.host("scaff", "tagyard") + "\\\"\")\n"
            "        buildConfigField(\"String\", \"" + k + "\", \"\\\"" + MARK + "\\\"\")\n"
            "    }\n}\n")


def k_xcconfig(rng, k):
    return ("// Release.xcconfig – QuoteLoft iOS\n"
            "PRODUCT_BUNDLE_IDENTIFIER = example.greyslate.quoteloft\n"
            "QUOTE_HOST = " + C.host("roof", "quote") + "\n"
            + k + " = " + MARK + "\n")


def k_strings_xml(rng, k):
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n"
            "    <string name=\"app_name\">TagYard</string>\n"
            "    <string name=\"depot_label\">Castleford depot %d</string>\n" % rng.randint(1, 4) +
            "    <string name=\"" + k + "\">" + MARK + "</string>\n</resources>\n")


def k_django(rng, k):
    return ("# quoteloft/settings/production.py\n"
            "DEBUG = False\n"
            "ALLOWED_HOSTS = [\"" + C.host("roof", "quote") + "\"]\n"
            + k + " = \"" + MARK + "\"\n"
            "TIME_ZONE = \"Europe/London\"\n")


def k_streamlit(rng, k):
    return ("# .streamlit/secrets.toml – estimating dashboard\n"
            "[quoteloft]\n"
            "host = \"" + C.host("roof", "quote") + "\"\n"
            + k + " = \"" + MARK + "\"\n")


def k_dbt(rng, k):
    return ("quoteloft_analytics:\n  target: prod\n  outputs:\n    prod:\n"
            "      type: postgres\n      host: 10.20.%d.15\n" % rng.randint(1, 9) +
            "      user: dbt_estimates\n"
            "      " + k + ": \"" + MARK + "\"\n"
            "      dbname: quotes\n      schema: marts\n")


def k_power_query(rng, k):
    return ("let\n"
            "    " + k + " = \"" + MARK + "\",\n"
            "    Source = Json.Document(Web.Contents(\"https://" + C.host("roof", "quote") + "/api/jobs?week=%d\")),\n" % rng.randint(1, 52) +
            "    Jobs = Table.FromRecords(Source[items])\nin\n    Jobs\n")


def k_apps_script(rng, k):
    return ("// Code.gs – quote sheet sync (Greyslate office)\n"
            "const " + k + " = '" + MARK + "';\n"
            "const QUOTE_HOST = 'https://" + C.host("roof", "quote") + "';\n"
            "function syncQuotes() {\n  const sheet = SpreadsheetApp.getActive().getSheetByName('Quotes');\n}\n")


def k_next(rng, k):
    return ("// next.config.js – quote portal\n/** @type {import('next').NextConfig} */\n"
            "module.exports = {\n  reactStrictMode: true,\n  env: {\n"
            "    quoteHost: '" + C.host("roof", "quote") + "',\n"
            "    " + k + ": '" + MARK + "',\n  },\n};\n")


def k_magento(rng, k):
    return ("<?php\n// app/etc/env.php (merchant trade shop)\nreturn [\n"
            "    'backend' => ['frontName' => 'trade_admin_%d'],\n" % rng.randint(100, 999) +
            "    'integrations' => [\n"
            "        '" + k + "' => '" + MARK + "',\n    ],\n];\n")


def k_drupal(rng, k):
    return ("<?php\n// sites/default/settings.php – Hollins & Reed website\n"
            "$settings['trusted_host_patterns'] = ['^www\\.hollinsreed-thatch\\.example$'];\n"
            "$settings['" + k + "'] = '" + MARK + "';\n")


def k_odoo(rng, k):
    return ("[options]\naddons_path = /opt/odoo/addons,/opt/odoo/greyslate\n"
            "db_host = 10.20.%d.21\n" % rng.randint(1, 9) +
            "db_user = odoo\n"
            + k + " = " + MARK + "\n"
            "logfile = /var/log/odoo/odoo.log\n")


def k_webconfig(rng, k):
    return ("<configuration>\n  <appSettings>\n"
            "    <add key=\"DepotCode\" value=\"CSF-%02d\" />\n" % rng.randint(1, 12) +
            "    <add key=\"" + k + "\" value=\"" + MARK + "\" />\n"
            "  </appSettings>\n</configuration>\n")


def k_reg(rng, k):
    return ("Windows Registry Editor Version 5.00\n\n"
            "[HKEY_LOCAL_MACHINE\\SOFTWARE\\Castleford\\YardDesk]\n"
            "\"Depot\"=\"Castleford\"\n"
            "\"" + k + "\"=\"" + MARK + "\"\n")


def k_arduino(rng, k):
    return ("// arduino_secrets.h – yard gate controller\n"
            "#define SECRET_SSID \"CSF-Yard-%d\"\n" % rng.randint(1, 5) +
            "#define " + k + " \"" + MARK + "\"\n")


def k_zephyr(rng, k):
    return ("# prj.conf – stillage load sensor\nCONFIG_NETWORKING=y\nCONFIG_MQTT_LIB=y\n"
            "CONFIG_" + k + "=\"" + MARK + "\"\n")


def k_uci(rng, k):
    return ("config tagsync 'main'\n"
            "\toption enabled '1'\n"
            "\toption server '" + C.host("scaff", "tagyard") + "'\n"
            "\toption " + k + " '" + MARK + "'\n")


def k_autoit(rng, k):
    return ("; weighbridge_print.au3\n#include <File.au3>\n"
            "Global Const $TicketPrinter = \"\\\\YARD-PC%d\\Zebra\"\n" % rng.randint(1, 3) +
            "Global Const $" + k + " = \"" + MARK + "\"\n")


def k_quadlet(rng, k):
    return ("# /etc/containers/systemd/tagyard-api.container\n[Container]\n"
            "Image=registry." + C.DOMAINS["dev"] + "/tagyard-api:%d.%d\n" % (rng.randint(2, 4), rng.randint(0, 20)) +
            "PublishPort=8080:8080\n"
            "Environment=" + k + "=" + MARK + "\n\n[Install]\nWantedBy=default.target\n")


def k_supervisord(rng, k):
    return ("[program:reedledger-worker]\ncommand=/srv/reedledger/venv/bin/python -m worker\n"
            "user=reedledger\nautorestart=true\n"
            "environment=LEDGER_ENV=\"prod\"," + k + "=\"" + MARK + "\"\n")


def k_pm2(rng, k):
    return ("// ecosystem.config.js\nmodule.exports = {\n  apps: [{\n    name: 'quote-worker',\n"
            "    script: './dist/worker.js',\n    env: {\n      NODE_ENV: 'production',\n"
            "      " + k + ": '" + MARK + "',\n    },\n  }],\n};\n")


def k_nginx(rng, k):
    return ("location ~ \\.php$ {\n    include fastcgi_params;\n"
            "    fastcgi_pass unix:/run/php/php8.2-fpm.sock;\n"
            "    fastcgi_param " + k + " \"" + MARK + "\";\n}\n")


def k_helm(rng, k):
    return ("# values-prod.yaml – tagyard chart\nreplicaCount: %d\nimage:\n  tag: \"%d.%d.%d\"\n" % (
        rng.randint(2, 4), rng.randint(1, 3), rng.randint(0, 9), rng.randint(0, 9)) +
            "env:\n  apiHost: " + C.host("scaff", "tagyard") + "\n"
            "  " + k + ": \"" + MARK + "\"\n")


def k_nix(rng, k):
    return ("{ config, pkgs, ... }:\n{\n  services.quoteloft = {\n    enable = true;\n"
            "    settings = {\n      host = \"" + C.host("roof", "quote") + "\";\n"
            "      " + k + " = \"" + MARK + "\";\n    };\n  };\n}\n")


def k_hiera(rng, k):
    return ("---\n# hieradata/common.yaml\nprofile::reedledger::listen_port: 8%03d\n" % rng.randint(0, 999) +
            "profile::reedledger::" + k + ": '" + MARK + "'\n")


def k_cloud_init(rng, k):
    return ("#cloud-config\nhostname: yard-edge-%02d\nwrite_files:\n" % rng.randint(1, 20) +
            "  - path: /etc/tagyard/agent.env\n    permissions: '0600'\n    content: |\n"
            "      DEPOT=castleford\n"
            "      " + k + "=" + MARK + "\n")


def k_gitlab(rng, k):
    return ("# .gitlab-ci.yml\nstages: [test, deploy]\nvariables:\n"
            "  DEPLOY_HOST: " + C.host("dev", "deploy") + "\n"
            "  " + k + ": \"" + MARK + "\"\n"
            "deploy:\n  stage: deploy\n  script: ./scripts/deploy.sh\n")


def k_makefile(rng, k):
    return ("# Makefile – reedledger\nIMAGE ?= registry." + C.DOMAINS["dev"] + "/reedledger\n"
            + k + " ?= " + MARK + "\n\nrun:\n\tdocker run --rm -e " + k + " $(IMAGE)\n")


def k_zsh(rng, k):
    t = 1718000000 + rng.randint(0, 9000000)
    return (": %d:0;cd ~/src/tagyard-api\n" % t +
            ": %d:0;export " % (t + 41) + k + "='" + MARK + "'\n"
            ": %d:2;npm run dev\n" % (t + 77))


def k_psreadline(rng, k):
    return ("cd C:\\src\\YardDesk\n"
            "$env:" + k + " = '" + MARK + "'\n"
            "dotnet run --project .\\YardDesk.Api\n")


def k_docker_inspect(rng, k):
    return ("[\n  {\n    \"Name\": \"/quote-api-%d\",\n    \"Config\": {\n      \"Env\": [\n" % rng.randint(1, 3) +
            "        \"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\",\n"
            "        \"" + k + "=" + MARK + "\",\n"
            "        \"LANG=C.UTF-8\"\n      ]\n    }\n  }\n]\n")


def k_vscode(rng, k):
    return ("{\n  \"version\": \"0.2.0\",\n  \"configurations\": [\n    {\n"
            "      \"name\": \"QuoteLoft API\",\n      \"type\": \"node\",\n      \"request\": \"launch\",\n"
            "      \"program\": \"${workspaceFolder}/src/server.js\",\n      \"env\": {\n"
            "        \"" + k + "\": \"" + MARK + "\"\n      }\n    }\n  ]\n}\n")


def k_jetbrains(rng, k):
    return ("{\n  \"prod\": {\n    \"host\": \"https://" + C.host("roof", "quote") + "\",\n"
            "    \"" + k + "\": \"" + MARK + "\"\n  }\n}\n")


def k_har(rng, k):
    return ("{\"log\": {\"version\": \"1.2\", \"entries\": [{\"request\": {\"method\": \"GET\", "
            "\"url\": \"https://" + C.host("scaff", "tagyard") + "/api/v2/tags?site=%d\", " % rng.randint(100, 999) +
            "\"headers\": [{\"name\": \"Accept\", \"value\": \"application/json\"}, "
            "{\"name\": \"" + k + "\", \"value\": \"" + MARK + "\"}]}}]}}\n")


def k_edn(rng, k):
    return (";; resources/config.edn – reedledger\n{:http {:port 8%03d}\n" % rng.randint(0, 999) +
            " :ledger {:" + k + " \"" + MARK + "\"}}\n")


def k_hocon(rng, k):
    return ("# application.conf – yard desk service\nplay.http.port = 9000\n"
            + k + " = \"" + MARK + "\"\n")


def k_sql_seed(rng, k):
    return ("-- seed/003_settings.sql\n"
            "INSERT INTO app_setting (setting_key, setting_value) VALUES ('depot_name', 'Castleford');\n"
            "INSERT INTO app_setting (setting_key, setting_value) VALUES ('" + k + "', '" + MARK + "');\n")


def k_teams(rng, k):
    p = rng.choice(["Rhys Evans", "Kwame Mensah", "Tomasz Kowalczyk"])
    d, h, m = _day(rng), rng.randint(6, 16), rng.randint(0, 49)
    return ("[%s %02d:%02d] %s: lads the %s is " % (d, h, m, p, k) + MARK + " until Gareth sorts the new one\n"
            "[%s %02d:%02d] Jodie Marsh: 👍\n" % (d, h, m + rng.randint(1, 9)))


def k_jira(rng, k):
    return ("QL-%d · Comment by Dele Adeyemi\n" % rng.randint(100, 999) +
            "Repro on the estimating box: log in, open job 4411, export fails. "
            "If you need it, " + k + ": " + MARK + " (please change after)\n")


def k_sms(rng, k):
    d, h, m = _day(rng), rng.randint(6, 16), rng.randint(0, 49)
    return ("Siobhán Byrne, %s %02d:%02d\nHi Lena, sorry to text. The %s is " % (d, h, m, k) + MARK + "\n"
            "Lena Vogt, %s %02d:%02d\nThanks, got it\n" % (d, h, m + rng.randint(1, 9)))


def k_xlsx(rng, k):
    r = rng.randint(3, 40)
    return ("Workbook: office-logins.xlsx   Sheet: Yard\n"
            "A%d: Depot | B%d: Castleford\n" % (r - 1, r - 1) +
            "A%d: %s | B%d: " % (r, k, r) + MARK + "\n")


def k_ocr(rng, k):
    return ("[OCR of a label-maker strip on the van dashboard, VN%02d HJK]\n" % rng.randint(10, 24) +
            "GREYSLATE ROOFING\n" + k + " " + MARK + "\nIF FOUND RING 01632 %06d\n" % rng.randint(0, 999999))


def k_email(rng, k):
    return ("From: Martha Hollins <martha@" + C.DOMAINS["thatch"] + ">\nTo: Lena Vogt <lena@" + C.DOMAINS["dev"] + ">\n"
            "Subject: ledger login for the weekend\n\nHi Lena,\n\nAs promised, the " + k + " is "
            + MARK + " – Owen set it up, so blame him if it doesn't work.\n\nMartha\n")


def k_runbook(rng, k):
    return ("## Handover – Castleford yard systems\n\n1. Power on the yard edge box.\n"
            "2. Log in as `yardops` and check the tag sync.\n"
            "3. The " + k + " is " + MARK + " (rotate after handover).\n")


KINDS = [
    ("crew_app_gradle_properties", "camel", "", k_gradle),
    ("crew_app_kotlin_buildconfig_field", "upper", "\"\\$", k_buildconfig),
    ("crew_app_ios_xcconfig", "upper", "/$", k_xcconfig),
    ("crew_app_android_strings_xml", "snake", "&<>\"'@", k_strings_xml),
    ("estimating_django_settings_py", "upper", "\"\\", k_django),
    ("estimating_streamlit_secrets_toml", "snake", "\"\\", k_streamlit),
    ("estimating_dbt_profiles_yml", "snake", "\"\\", k_dbt),
    ("quote_calc_power_query_m", "pascal", "\"", k_power_query),
    ("quote_sheet_apps_script_gs", "upper", "'\\", k_apps_script),
    ("quote_portal_next_config_js", "camel", "'\\", k_next),
    ("merchant_shop_magento_env_php", "snake", "'\\", k_magento),
    ("thatch_site_drupal_settings_php", "snake", "'\\", k_drupal),
    ("office_crm_odoo_conf", "snake", "%;#", k_odoo),
    ("yard_erp_web_config_appsettings", "pascal", "&<>\"", k_webconfig),
    ("yard_pc_registry_export_reg", "pascal", "\"\\", k_reg),
    ("yard_gate_arduino_secrets_h", "upper", "\"\\", k_arduino),
    ("stillage_sensor_zephyr_prj_conf", "upper", "\"\\", k_zephyr),
    ("yard_router_openwrt_uci_config", "snake", "'", k_uci),
    ("weighbridge_autoit_script_au3", "pascal", "\"", k_autoit),
    ("ops_podman_quadlet_container", "upper", "%$\\ ", k_quadlet),
    ("ops_supervisord_program_conf", "upper", "%\"", k_supervisord),
    ("ops_pm2_ecosystem_config_js", "upper", "'\\", k_pm2),
    ("ops_nginx_fastcgi_param", "upper", "$\"\\", k_nginx),
    ("ops_helm_values_yaml", "camel", "\"\\", k_helm),
    ("ops_nixos_configuration_nix", "camel", "$\"\\", k_nix),
    ("ops_puppet_hiera_common_yaml", "snake", "'", k_hiera),
    ("ops_cloud_init_user_data", "upper", "#", k_cloud_init),
    ("ops_gitlab_ci_yml", "upper", "\"\\$", k_gitlab),
    ("ops_makefile_variables", "upper", "$#", k_makefile),
    ("ops_zsh_extended_history", "upper", "'", k_zsh),
    ("ops_psreadline_history_txt", "upper", "'", k_psreadline),
    ("ops_docker_inspect_env_json", "upper", "\"\\", k_docker_inspect),
    ("dev_vscode_launch_json_env", "upper", "\"\\$", k_vscode),
    ("dev_jetbrains_http_private_env_json", "camel", "\"\\", k_jetbrains),
    ("dev_har_request_headers", "header", "\"\\", k_har),
    ("dev_clojure_edn_config", "kebab", "\"\\", k_edn),
    ("dev_hocon_application_conf", "dot", "\"\\$", k_hocon),
    ("dev_sql_settings_seed_insert", "snake", "'\\", k_sql_seed),
    ("crew_teams_chat_export", "spaced", "", k_teams),
    ("estimating_jira_issue_comment", "spaced", "", k_jira),
    ("office_sms_thread_export", "spaced", "", k_sms),
    ("yard_logins_xlsx_cell_dump", "title", "|", k_xlsx),
    ("van_dashboard_label_ocr", "title", "", k_ocr),
    ("thatcher_email_to_freelancer", "spaced", "", k_email),
    ("yard_handover_runbook_md", "spaced", "`", k_runbook),
]
KIND_NAMES = [k[0] for k in KINDS]
KIND_STYLE = {k[0]: k[1] for k in KINDS}


def pairing():
    """Kind i gets types perm[(i + 3j) mod 12], j = 0..3, so every kind has
    four different types and every type sits in exactly 15 records."""
    rng = random.Random(SEED_PAIRING)
    perm = TYPE_NAMES[:]
    rng.shuffle(perm)
    out = []
    for i, kind in enumerate(KIND_NAMES):
        for j in range(4):
            out.append((kind, perm[(i + 3 * j) % 12]))
    return out


def key_for(typ, style):
    return C.style_key(TYPE_WORDS[typ], style)


def build(reg):
    rng = random.Random(SEED_VALUES)
    recs = []
    kinds = {k[0]: k for k in KINDS}
    for kind, typ in pairing():
        _, style, bad, fn = kinds[kind]
        value = reg.draw(lambda: gen_value(rng, typ),
                         check=lambda v: not any(ch in v for ch in bad))
        key = key_for(typ, style)
        tmpl = fn(rng, key)
        text, s, e = C.place(tmpl, value)
        recs.append({"type": typ, "container": kind, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": typ}],
                     "source": "everyday"})
    return recs
