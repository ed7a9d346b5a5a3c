"""Everyday source: 12 secret types of the funfair / circus / street-food world x 45 container kinds."""
import hashlib
import json
import random

import common197 as C
from common197 import MARK as V

SEED = 19701
PAIR_SEED = 19711

# (type, key words, description, generator name)
TYPES = [
    ("pitch_allocation_admin_password", ["pitch", "admin", "password"],
     "owner-chosen admin password of the ride and stall pitch allocation system", "pw"),
    ("circus_box_office_password", ["box", "office", "password"],
     "owner-chosen password of the circus box-office (ticketing) back end", "pw"),
    ("genset_telemetry_portal_password", ["genset", "portal", "password"],
     "owner-chosen password of the generator and power-hookup log portal", "pw"),
    ("trader_permit_portal_password", ["permit", "portal", "password"],
     "owner-chosen password of the street-food market trader permit portal", "pw"),
    ("wristband_topup_kiosk_password", ["topup", "kiosk", "password"],
     "owner-chosen admin password of the token / wristband top-up kiosk", "pw"),
    ("seasonal_payroll_db_password", ["payroll", "db", "password"],
     "owner-chosen password of the database behind seasonal staff payroll", "pw"),
    ("rigging_checklist_api_token", ["rigging", "api", "token"],
     "`trc1_` + 32 base62 + `_` + 4 lower-case hex Fletcher-16 of the body, API token of the tent-rigging "
     "checklist service (prefix and checksum invented)", "trc1"),
    ("card_reader_webhook_secret", ["reader", "webhook", "secret"],
     "`mcw_` + standard Base64 of 30 random bytes (40 characters, no padding), signing secret of the "
     "market card-reader payment webhooks (prefix invented)", "mcw"),
    ("vehicle_tracker_service_jwt", ["tracker", "jwt"],
     "HS384 JWT (real base64url JSON, real HMAC-SHA384 under a discarded key), service token of the "
     "touring-vehicle tracking API", "jwt"),
    ("wristband_nfc_master_key", ["nfc", "master", "key"],
     "32 upper-case hex (AES-128 master key of the NFC wristband application; no prefix)", "nfc"),
    ("ticket_qr_signing_key", ["ticket", "signing", "key"],
     "standard Base64 of a DER PKCS#8 Ed25519 private key (16-byte header + 32 random bytes, 64 "
     "characters starting `MC4CAQAwBQYDK2VwBCIEI`), signs circus ticket QR codes", "ed"),
    ("token_booth_api_key", ["booth", "api", "key"],
     "`tbk_` + 32 Crockford Base32 + a real Crockford mod-37 check symbol, API key of the ride-token "
     "booth back end (prefix invented)", "tbk"),
]
TYPE_NAMES = [t[0] for t in TYPES]
PASSWORD_TYPES = TYPE_NAMES[:6]

ED25519_PKCS8_HDR = bytes.fromhex("302e020100300506032b657004220420")


def gen_value(kind, rng):
    if kind == "pw":
        return C.owner_pw(rng)
    if kind == "trc1":
        body = C.rs(rng, C.ALNUM, 32)
        return "trc1_%s_%04x" % (body, C.fletcher16(body.encode()))
    if kind == "mcw":
        return "mcw_" + C.b64(C.rbytes(rng, 30))
    if kind == "jwt":
        payload = {"iss": "fleet.showmen-tours.example", "sub": "svc-route-sync",
                   "aud": "tracker-api", "iat": 1785000000 + rng.randint(0, 9999999),
                   "scope": "positions:write vehicles:read",
                   "jti": C.rs(rng, C.HEX, 16)}
        payload["exp"] = payload["iat"] + 31536000
        return C.jwt_hs(rng, "HS384", payload)
    if kind == "nfc":
        return C.rs(rng, C.UHEX, 32)
    if kind == "ed":
        return C.b64(ED25519_PKCS8_HDR + C.rbytes(rng, 32))
    if kind == "tbk":
        body = C.rs(rng, C.CROCKFORD, 32)
        return "tbk_" + body + C.crockford_check_symbol(body)
    raise ValueError(kind)


def ip(rng):
    return "10.%d.%d.%d" % (rng.randint(1, 60), rng.randint(0, 254), rng.randint(2, 250))


def _kv(lines):
    return "\n".join(lines) + "\n"


# Container kinds: name -> (style, template builder(key, rng) -> template with one MARK)
def t_nuxt_env(k, r):
    return _kv(["# pitch planner (Nuxt) - .env", "NUXT_PUBLIC_SITE_NAME=Hoppings Pitch Planner",
                "DATABASE_HOST=%s" % ip(r), "DATABASE_PORT=5432", "%s=%s" % (k, V),
                "NUXT_PUBLIC_MAP_CENTER=55.0,-1.6"])


def t_nestjs_config(k, r):
    return ("// src/config/pitch.config.ts\nimport { registerAs } from '@nestjs/config';\n\n"
            "export default registerAs('pitch', () => ({\n  host: process.env.DB_HOST ?? '%s',\n"
            "  port: 5432,\n  %s: '%s',\n  gridSizeFeet: 10,\n}));\n" % (ip(r), k, V))


def t_django_prod(k, r):
    return ("# ride_inspection/settings/prod.py\nfrom .base import *  # noqa\n\nDEBUG = False\n"
            "ALLOWED_HOSTS = ['inspections.fairops.internal']\n%s = '%s'\n"
            "ADIPS_BODY_NUMBER = 'IB-%03d'\n" % (k, V, r.randint(1, 400)))


def t_quarkus_props(k, r):
    return ("# ride-inspection service application.properties\nquarkus.http.port=8085\n"
            "quarkus.datasource.db-kind=postgresql\nquarkus.datasource.jdbc.url=jdbc:postgresql://%s:5432/rides\n"
            "%s=%s\nquarkus.log.level=INFO\n" % (ip(r), k, V))


def t_symfony_params(k, r):
    return ("# config/packages/circus_tickets.yaml\nparameters:\n    venue_default: 'big top, Field B'\n"
            "    seats_per_row: 24\n    %s: '%s'\n    locale: 'en_GB'\n" % (k, V))


def t_next_env_prod(k, r):
    return _kv(["# circus tickets - .env.production", "NEXT_PUBLIC_SHOW_SEASON=2027",
                "NEXT_PUBLIC_RING_PLAN_URL=/plans/ring.svg", "%s=%s" % (k, V),
                "TICKET_HOLD_MINUTES=12"])


def t_dart_define(k, r):
    return json.dumps({"FLAVOR": "prod", "API_BASE": "https://rigging.bigtop-ops.example/api",
                       k: V, "CHECKLIST_VERSION": "2027.%d" % r.randint(1, 9)}, indent=2) + "\n"


def t_expo_config(k, r):
    return ("// app.config.ts (tent rigging checklist)\nexport default {\n  name: 'RigCheck',\n"
            "  slug: 'rigcheck',\n  extra: {\n    kingPoleCount: 4,\n    %s: '%s',\n  },\n};\n" % (k, V))


def t_telegraf(k, r):
    return ("# /etc/telegraf/telegraf.d/genset.conf\n[[inputs.modbus]]\n  name = \"genset_north\"\n"
            "  controller = \"tcp://%s:502\"\n\n[[outputs.http]]\n  url = \"https://power.fairops.internal/ingest\"\n"
            "  %s = \"%s\"\n  data_format = \"influx\"\n" % (ip(r), k, V))


def t_ha_secrets(k, r):
    return ("# home assistant secrets.yaml (showground office)\nlatitude_home: 54.9%d\n"
            "genset_modbus_host: %s\n%s: \"%s\"\nwifi_ssid: FAIR-OFFICE\n" % (r.randint(10, 99), ip(r), k, V))


def t_esphome(k, r):
    return ("# esphome: hookup-meter-07.yaml\nesphome:\n  name: hookup-meter-07\n\nsubstitutions:\n"
            "  pitch: \"B14\"\n  %s: \"%s\"\n\nsensor:\n  - platform: pzemac\n    current:\n"
            "      name: \"B14 current\"\n" % (k, V))


def t_grafana_ds(k, r):
    return ("# provisioning/datasources/power.yaml\napiVersion: 1\ndatasources:\n  - name: GensetDB\n"
            "    type: postgres\n    url: %s:5432\n    jsonData:\n      sslmode: disable\n"
            "    secureJsonData:\n      %s: '%s'\n" % (ip(r), k, V))


def t_dotnet_secrets(k, r):
    return json.dumps({"Permits": {"CouncilPortal": "https://permits.council.example", k: V},
                       "Logging": {"LogLevel": {"Default": "Information"}}}, indent=2) + "\n"


def t_viper_toml(k, r):
    return ("# trader-permits/config.toml (viper)\n[server]\nport = 8088\n\n[permits]\n"
            "council_code = \"E0800%04d\"\n%s = \"%s\"\nrenewal_days = 28\n" % (r.randint(0, 9999), k, V))


def t_gradle_kts(k, r):
    return ("// card-reader/app/build.gradle.kts\nandroid {\n    defaultConfig {\n"
            "        applicationId = \"uk.market.cardreader\"\n        minSdk = 26\n"
            "        buildConfigField(\"String\", \"%s\", \"\\\"%s\\\"\")\n    }\n}\n" % (k, V))


def t_cordova_xml(k, r):
    return ("<?xml version='1.0' encoding='utf-8'?>\n<widget id=\"uk.market.stallpay\" version=\"3.2.%d\">\n"
            "    <name>StallPay</name>\n    <preference name=\"Orientation\" value=\"portrait\" />\n"
            "    <preference name=\"%s\" value=\"%s\" />\n</widget>\n" % (r.randint(0, 9), k, V))


def t_fastapi_env(k, r):
    return _kv(["# hygiene-lookup/.env", "FHRS_API_BASE=https://api.ratings.food.gov.uk",
                "FHRS_API_VERSION=2", "CACHE_TTL_SECONDS=86400", "%s=%s" % (k, V)])


def t_wrangler(k, r):
    return ("# wrangler.toml (hygiene rating proxy)\nname = \"hygiene-proxy\"\nmain = \"src/index.ts\"\n"
            "compatibility_date = \"2027-03-01\"\n\n[vars]\nRATING_SCHEME = \"FHRS\"\n%s = \"%s\"\n" % (k, V))


def t_spring_yaml(k, r):
    return ("# wristband-topup/src/main/resources/application.yaml\nserver:\n  port: 8091\ntopup:\n"
            "  max-float: 500\n  %s: '%s'\n  currency: GBP\n" % (k, V))


def t_vertx_json(k, r):
    return json.dumps({"http.port": 8092, "topup": {"tokenPricePence": 150, k: V},
                       "kioskIds": ["K%02d" % r.randint(1, 40), "K%02d" % r.randint(41, 80)]},
                      indent=2) + "\n"


def t_magento_env(k, r):
    return ("<?php\n// app/etc/env.php (token shop)\nreturn [\n    'backend' => ['frontName' => 'tokens_admin'],\n"
            "    'db' => ['connection' => ['default' => ['host' => '%s', 'dbname' => 'tokenshop']]],\n"
            "    '%s' => '%s',\n];\n" % (ip(r), k, V))


def t_prestashop(k, r):
    return ("<?php return array (\n  'parameters' =>\n  array (\n    'database_host' => '%s',\n"
            "    'database_name' => 'wristbands',\n    '%s' => '%s',\n    'locale' => 'en-GB',\n  ),\n);\n"
            % (ip(r), k, V))


def t_traccar_xml(k, r):
    return ("<?xml version='1.0' encoding='UTF-8'?>\n<!DOCTYPE properties SYSTEM 'http://java.sun.com/dtd/properties.dtd'>\n"
            "<properties>\n    <entry key='database.driver'>org.postgresql.Driver</entry>\n"
            "    <entry key='database.url'>jdbc:postgresql://%s:5432/traccar</entry>\n"
            "    <entry key='%s'>%s</entry>\n</properties>\n" % (ip(r), k, V))


def t_node_dotenv(k, r):
    return _kv(["# route-sync/.env", "FLEET_NAME=Showmen Tours", "POLL_SECONDS=30",
                "%s=%s" % (k, V), "VEHICLES=LORRY1,LORRY2,WAGON3"])


def t_frappe_site(k, r):
    return json.dumps({"db_name": "_%s" % C.rs(r, C.HEX, 12), "db_type": "mariadb",
                       "host_name": "https://payroll.fairops.internal", k: V,
                       "maintenance_mode": 0}, indent=1) + "\n"


def t_laravel_env(k, r):
    return _kv(["APP_NAME=\"Seasonal Payroll\"", "APP_ENV=production", "DB_CONNECTION=mysql",
                "DB_HOST=%s" % ip(r), "%s=%s" % (k, V), "QUEUE_CONNECTION=redis"])


def t_pulumi(k, r):
    return ("# Pulumi.showground-prod.yaml\nconfig:\n  aws:region: eu-west-2\n  fairops:siteCount: \"%d\"\n"
            "  fairops:%s: %s\n" % (r.randint(3, 12), k, V))


def t_nomad(k, r):
    return ("job \"pitch-planner\" {\n  datacenters = [\"showground\"]\n  group \"web\" {\n"
            "    task \"app\" {\n      driver = \"docker\"\n      env {\n        REGION = \"north\"\n"
            "        %s = \"%s\"\n      }\n    }\n  }\n}\n" % (k, V))


def t_k8s_secret(k, r):
    return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: fairops-app\n  namespace: showground\n"
            "type: Opaque\nstringData:\n  %s: \"%s\"\n" % (k, V))


def t_gha_workflow(k, r):
    return ("# .github/workflows/deploy.yml\nname: deploy\non: [push]\nenv:\n  SITE: showground-north\n"
            "  %s: %s\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
            "      - uses: actions/checkout@v4\n" % (k, V))


def t_bitbucket(k, r):
    return ("# bitbucket-pipelines.yml\nimage: python:3.12\npipelines:\n  default:\n    - step:\n"
            "        name: test\n        script:\n          - export %s=%s\n          - pytest -q\n" % (k, V))


def t_group_vars(k, r):
    return ("# inventories/showground/group_vars/all.yml\nntp_server: %s\ntimezone: Europe/London\n"
            "%s: \"%s\"\n" % (ip(r), k, V))


def t_fly(k, r):
    return ("# fly.toml\napp = \"circus-box-office\"\nprimary_region = \"lhr\"\n\n[env]\n"
            "  SHOW_TIMEZONE = \"Europe/London\"\n  %s = \"%s\"\n" % (k, V))


def t_supervisord(k, r):
    return ("[program:token-sync]\ncommand=/opt/tokens/bin/sync --interval 60\nuser=tokens\n"
            "autorestart=true\nenvironment=KIOSK_GROUP=\"north\",%s=\"%s\"\n" % (k, V))


def t_fish(k, r):
    return ("- cmd: cd ~/src/pitch-planner\n  when: %d\n- cmd: set -gx %s %s\n  when: %d\n"
            "- cmd: npm run dev\n  when: %d\n" % (1786000000 + r.randint(0, 9999), k, V,
                                                 1786010000 + r.randint(0, 9999), 1786020000 + r.randint(0, 9999)))


def t_psreadline(k, r):
    return ("cd C:\\fairops\\kiosk\ngit pull\n$env:%s = \"%s\"\n.\\start-kiosk.ps1 -Site North\n" % (k, V))


def t_launchd(k, r):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n"
            "  <key>Label</key><string>uk.fairops.genset-logger</string>\n"
            "  <key>EnvironmentVariables</key>\n  <dict>\n    <key>%s</key>\n    <string>%s</string>\n"
            "  </dict>\n</dict>\n</plist>\n" % (k, V))


def t_telegram_export(k, r):
    return ("[%02d.06.2027 07:%02d:12] Big Ron: morning all, Hoppings build-up starts 8 sharp\n"
            "[%02d.06.2027 07:%02d:40] Jess (office): for whoever is on the laptop today - %s is %s\n"
            "[%02d.06.2027 07:%02d:02] Big Ron: cheers Jess\n"
            % (r.randint(1, 9), r.randint(0, 20), r.randint(1, 9), r.randint(21, 40), k, V,
               r.randint(1, 9), r.randint(41, 59)))


def t_slack_thread(k, r):
    return ("Dani  10:42\nwho changed the box office setup?\nMarco  10:44\nme, sorry - new %s is %s\n"
            "Marco  10:44\nwill move it to the vault after the matinee\n" % (k, V))


def t_zendesk(k, r):
    return ("Ticket #%d - Trader cannot log in to card reader dashboard\nInternal note (Priya):\n"
            "Reset done. Told the trader by phone; %s is now %s . Ask them to change it.\n"
            % (r.randint(10000, 99999), k, V))


def t_whiteboard_ocr(k, r):
    return ("RIDE OPS - WEEK 24\nWaltzer: Dave / Kyle\nDodgems: Sam\n%s: %s\nGenny fuel check 06:00 + 18:00\n"
            % (k, V))


def t_excel_csv(k, r):
    return ("Pitch,Trader,Frontage ft,Notes\nB%d,Bao Bros,12,corner\nSetting,Value,,\n%s,%s,,\n"
            "C%d,Churro Queen,10,needs 32A\n" % (r.randint(1, 30), k, V, r.randint(1, 30)))


def t_journald(k, r):
    return json.dumps({"__REALTIME_TIMESTAMP": str(1786000000000000 + r.randint(0, 10 ** 9)),
                       "_SYSTEMD_UNIT": "genset-logger.service", "PRIORITY": "7",
                       "MESSAGE": "debug config dump %s=%s" % (k, V)}) + "\n"


def t_notion_md(k, r):
    return ("# Market office handover\n\n## Card readers\n- spare reader in the blue crate\n\n"
            "## Logins\n- %s: %s\n- ask Fatima for the till keys\n" % (k, V))


def t_jenkinsfile(k, r):
    return ("pipeline {\n  agent any\n  environment {\n    SITE = 'winter-quarters'\n    %s = '%s'\n  }\n"
            "  stages { stage('Build') { steps { sh 'make' } } }\n}\n" % (k, V))


# spare kinds, written and unused
def t_kamal(k, r):
    return "env:\n  clear:\n    SITE: north\n  %s: %s\n" % (k, V)


CONTAINERS = [
    ("pitch_planner_nuxt_dotenv", "upper", t_nuxt_env),
    ("pitch_planner_nestjs_config_ts", "camel", t_nestjs_config),
    ("ride_inspection_django_settings_prod_py", "upper", t_django_prod),
    ("ride_inspection_quarkus_application_properties", "dot", t_quarkus_props),
    ("circus_tickets_symfony_parameters_yaml", "snake", t_symfony_params),
    ("circus_tickets_nextjs_env_production", "upper", t_next_env_prod),
    ("tent_rigging_flutter_dart_define_json", "upper", t_dart_define),
    ("tent_rigging_expo_app_config_ts", "camel", t_expo_config),
    ("genset_log_telegraf_conf", "snake", t_telegraf),
    ("genset_log_home_assistant_secrets_yaml", "snake", t_ha_secrets),
    ("power_hookup_esphome_yaml", "snake", t_esphome),
    ("power_hookup_grafana_datasource_yaml", "camel", t_grafana_ds),
    ("trader_permit_dotnet_secrets_json", "pascal", t_dotnet_secrets),
    ("trader_permit_viper_config_toml", "snake", t_viper_toml),
    ("card_reader_build_gradle_kts", "upper", t_gradle_kts),
    ("card_reader_cordova_config_xml", "pascal", t_cordova_xml),
    ("hygiene_lookup_fastapi_dotenv", "upper", t_fastapi_env),
    ("hygiene_lookup_wrangler_toml", "upper", t_wrangler),
    ("wristband_topup_spring_application_yaml", "kebab", t_spring_yaml),
    ("wristband_topup_vertx_config_json", "camel", t_vertx_json),
    ("token_shop_magento_env_php", "snake", t_magento_env),
    ("token_shop_prestashop_parameters_php", "snake", t_prestashop),
    ("vehicle_tracking_traccar_xml", "dot", t_traccar_xml),
    ("vehicle_tracking_route_sync_dotenv", "upper", t_node_dotenv),
    ("seasonal_payroll_frappe_site_config_json", "snake", t_frappe_site),
    ("seasonal_payroll_laravel_dotenv", "upper", t_laravel_env),
    ("fair_ops_pulumi_stack_yaml", "camel", t_pulumi),
    ("fair_ops_nomad_job_hcl", "upper", t_nomad),
    ("fair_ops_kubernetes_secret_stringdata_yaml", "snake", t_k8s_secret),
    ("fair_ops_github_actions_workflow_env", "upper", t_gha_workflow),
    ("fair_ops_bitbucket_pipelines_yml", "upper", t_bitbucket),
    ("fair_ops_ansible_group_vars_all_yml", "snake", t_group_vars),
    ("circus_tickets_fly_toml_env", "upper", t_fly),
    ("token_sync_supervisord_program_conf", "upper", t_supervisord),
    ("fair_ops_fish_history", "upper", t_fish),
    ("kiosk_ops_psreadline_history", "upper", t_psreadline),
    ("genset_logger_launchd_plist", "upper", t_launchd),
    ("showmen_guild_telegram_export", "spaced", t_telegram_export),
    ("circus_crew_slack_thread_paste", "spaced", t_slack_thread),
    ("market_trader_zendesk_internal_note", "spaced", t_zendesk),
    ("ride_ops_whiteboard_photo_ocr", "title", t_whiteboard_ocr),
    ("pitch_list_excel_csv_export", "title", t_excel_csv),
    ("genset_logger_journald_json_line", "snake", t_journald),
    ("market_office_notion_handover_md", "title", t_notion_md),
    ("winter_quarters_jenkinsfile_environment", "upper", t_jenkinsfile),
]
SPARE_CONTAINERS = [("circus_tickets_kamal_deploy_yml", "upper", t_kamal)]


def pairing():
    """15 blocks of three kinds; each block deals a seeded permutation of the 12 types, four per kind."""
    rng = random.Random(PAIR_SEED)
    plan = []
    for b in range(15):
        perm = list(range(12))
        rng.shuffle(perm)
        for j in range(3):
            kind = CONTAINERS[b * 3 + j]
            plan.append((kind, [perm[j * 4 + i] for i in range(4)]))
    return plan


def build(reg, start_index):
    rng = random.Random(SEED)
    recs = []
    n = start_index
    for (cname, style, fn), tidx in pairing():
        for ti in tidx:
            tname, words, _desc, kind = TYPES[ti]
            key = C.style_key(words, style)
            value = reg.draw(lambda: gen_value(kind, rng))
            tpl = fn(key, rng)
            text, s, e = C.place(tpl, value)
            recs.append(C.positive("%s-s-%04d" % (C.PREFIX, n), tname, cname, text, s, e, "everyday"))
            n += 1
    return recs
