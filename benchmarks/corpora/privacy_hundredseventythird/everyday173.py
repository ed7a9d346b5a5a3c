"""Everyday source: 12 secret types of the equestrian world x 45 container kinds x 4 records."""
import random
import string

from common173 import (MARK, ALNUM, B62, HEX, rs, password, rbytes, b64, b64url, jwt_hs256,
                       style_key, place, make_record, PREFIX)

SEED = 17301

# (type, key words, kind, description)
TYPES = [
    ("livery_portal_admin_password", ["livery", "portal", "admin", "password"], "pw",
     "owner-chosen admin password of the livery / stable-management web app (feeding charts, paddock rotation)"),
    ("vet_visit_log_db_password", ["vet", "visit", "db", "password"], "pw",
     "owner-chosen password of the database account behind the farrier and vet visit log"),
    ("arena_booking_manager_password", ["arena", "booking", "manager", "password"], "pw",
     "owner-chosen password of the arena / lesson booking manager account"),
    ("passport_registry_login_password", ["passport", "registry", "login", "password"], "pw",
     "owner-chosen password of the horse passport / microchip registry (passport-issuing organisation) portal"),
    ("tote_terminal_operator_password", ["tote", "terminal", "operator", "password"], "pw",
     "owner-chosen operator password of the racing club's tote terminal back office"),
    ("stud_book_portal_password", ["stud", "book", "portal", "password"], "pw",
     "owner-chosen password of the stallion-booking / stud-book breeding-records portal"),
    ("racecard_feed_api_key", ["racecard", "feed", "api", "key"], "gen",
     "`rcf_live_` + 32 base62 API key of the racecard / form-data feed (prefix invented)"),
    ("entries_webhook_signing_secret", ["entries", "webhook", "signing", "secret"], "gen",
     "`ewhsec_` + base64url of 32 random bytes, signing secret of the competition-entries webhooks (prefix invented)"),
    ("horsebox_tracker_device_jwt", ["horsebox", "tracker", "device", "token"], "gen",
     "HS256 JWT (real base64url JSON header and payload, real HMAC under a discarded key) of a horsebox GPS tracker"),
    ("exchange_bridge_hmac_key", ["exchange", "bridge", "hmac", "key"], "gen",
     "64 lower-case hex HMAC key that signs bet instructions between the club's tote and the betting-exchange bridge"),
    ("tack_pos_oauth_client_secret", ["tack", "pos", "client", "secret"], "gen",
     "Base64 of 30 random bytes (40 characters), OAuth client secret of the tack-shop point of sale"),
    ("microchip_lookup_access_token", ["microchip", "lookup", "access", "token"], "gen",
     "`mcat_` + 40 base62 access token of the microchip lookup service (prefix invented)"),
]


def gen_value(t, rng, reg):
    name = t[0]
    if t[2] == "pw":
        return reg.draw(lambda: password(rng))
    if name == "racecard_feed_api_key":
        return reg.draw(lambda: "rcf_live_" + rs(rng, B62, 32))
    if name == "entries_webhook_signing_secret":
        return reg.draw(lambda: "ewhsec_" + b64url(rbytes(rng, 32)))
    if name == "horsebox_tracker_device_jwt":
        def mk():
            return jwt_hs256(rng, {
                "sub": "trk-%05d" % rng.randrange(100000),
                "vehicle": rng.choice(["HB-01", "HB-02", "HB-03", "LW-7.5t", "trailer-ifor"]),
                "scope": "telemetry:write",
                "iat": 1718000000 + rng.randrange(10 ** 7),
                "exp": 1750000000 + rng.randrange(10 ** 7),
            })
        return reg.draw(mk)
    if name == "exchange_bridge_hmac_key":
        return reg.draw(lambda: rs(rng, HEX, 64))
    if name == "tack_pos_oauth_client_secret":
        return reg.draw(lambda: b64(rbytes(rng, 30)))
    if name == "microchip_lookup_access_token":
        return reg.draw(lambda: "mcat_" + rs(rng, B62, 40))
    raise KeyError(name)


def _ip(rng):
    return "10.%d.%d.%d" % (rng.randrange(10, 60), rng.randrange(0, 255), rng.randrange(2, 250))


def _host(rng):
    return "%s.%s" % (rng.choice(["feedchart", "livery-api", "vetlog", "arena", "tote-bo", "studbook", "racecard",
                                  "entries", "trk-gw", "chipcheck"]),
                      rng.choice(["yard.internal", "livery.lan", "racingclub.internal", "stables.lan"]))


def _user(rng):
    return rng.choice(["yardmanager", "h.ashworth", "livery_ops", "svc_feedchart", "clubsec", "r.okafor",
                       "stablehand2", "m.delacroix", "entries_bot", "tote_bo"])


# container kind -> (key style, template function(key, rng) -> template containing MARK)
def _c(style):
    def deco(fn):
        fn.style = style
        return fn
    return deco


@_c("upper")
def livery_app_dotenv_production(k, r):
    return ("# livery app - production\nNODE_ENV=production\nAPP_URL=https://%s\nFEED_CHART_TZ=Europe/London\n"
            "%s=%s\nPADDOCK_ROTATION_DAYS=%d\nLOG_LEVEL=info\n" % (_host(r), k, MARK, r.choice([7, 14, 21])))


@_c("upper")
def stable_manager_django_local_settings_py(k, r):
    return ("from .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"%s\"]\nTIME_ZONE = \"Europe/Dublin\"\n"
            "%s = \"%s\"\nFARRIER_REMINDER_WEEKS = %d\n" % (_host(r), k, MARK, r.choice([5, 6, 7, 8])))


@_c("snake")
def feeding_chart_rails_credentials_yml(k, r):
    return ("# config/credentials/production.yml (decrypted by `bin/rails credentials:edit`)\nfeeding_chart:\n"
            "  default_hay_kg: %d\n  %s: \"%s\"\nactive_storage:\n  service: local\n" % (r.choice([8, 9, 10, 11]), k, MARK))


@_c("upper")
def vet_log_laravel_dotenv(k, r):
    return ("APP_NAME=\"Vet Visit Log\"\nAPP_ENV=production\nDB_CONNECTION=pgsql\nDB_HOST=%s\nDB_PORT=5432\n"
            "DB_USERNAME=%s\n%s=%s\nQUEUE_CONNECTION=redis\n" % (_ip(r), _user(r), k, MARK))


@_c("upper")
def arena_booking_nextjs_env_local(k, r):
    return ("# .env.local - do not commit\nNEXT_PUBLIC_SITE_NAME=\"Hollybrook Arena Bookings\"\n"
            "NEXT_PUBLIC_SLOT_MINUTES=%d\n%s=%s\n" % (r.choice([30, 45, 60]), k, MARK))


@_c("kebab")
def racecard_feed_spring_application_yml(k, r):
    return ("spring:\n  application:\n    name: racecard-ingest\nracecard:\n  poll-interval: %ds\n"
            "  %s: %s\n  meetings:\n    - %s\n" % (r.choice([30, 60, 90]), k, MARK,
                                                   r.choice(["CHELTENHAM", "NAAS", "AYR", "LINGFIELD", "PUNCHESTOWN"])))


@_c("pascal")
def tote_bridge_dotnet_user_secrets_json(k, r):
    return ("{\n  \"Tote:Endpoint\": \"https://%s/api\",\n  \"Tote:%s\": \"%s\",\n  \"Tote:PoolRefreshSeconds\": %d\n}\n"
            % (_host(r), k, MARK, r.choice([5, 10, 15])))


@_c("camel")
def entries_api_node_config_default_json(k, r):
    return ("{\n  \"server\": { \"port\": %d },\n  \"entries\": {\n    \"closingHours\": %d,\n    \"%s\": \"%s\"\n  }\n}\n"
            % (r.choice([3000, 8080, 8443]), r.choice([24, 48, 72]), k, MARK))


@_c("dot")
def passport_sync_quarkus_application_properties(k, r):
    return ("quarkus.http.port=%d\npassport.sync.cron=0 15 2 * * ?\npassport.sync.country=%s\n%s=%s\n"
            % (r.choice([8080, 8081]), r.choice(["826", "372", "250", "528"]), k, MARK))


@_c("upper")
def microchip_scanner_esp32_config_h(k, r):
    return ("#pragma once\n#define SCANNER_ID \"RDR-%03d\"\n#define RFID_BAUD 9600\n#define %s \"%s\"\n"
            "#define UPLOAD_HOST \"%s\"\n" % (r.randrange(1000), k, MARK, _host(r)))


@_c("camel")
def paddock_sensor_lorawan_node_ino(k, r):
    return ("// paddock water-trough sensor, field %d\nconst char* appEui = \"70B3D57ED00%05X\";\n"
            "const char* %s = \"%s\";\nconst uint16_t sleepMinutes = %d;\n"
            % (r.randrange(1, 12), r.randrange(16 ** 5), k, MARK, r.choice([10, 15, 30])))


@_c("snake")
def stable_cctv_frigate_config_yml(k, r):
    return ("mqtt:\n  host: %s\ncameras:\n  foaling_box_%d:\n    ffmpeg:\n      inputs:\n        - path: rtsp://%s:554/stream1\n"
            "# integration below reads this\nyard_integration:\n  %s: \"%s\"\n" % (_ip(r), r.randrange(1, 6), _ip(r), k, MARK))


@_c("snake")
def horsebox_tracker_gateway_toml(k, r):
    return ("[gateway]\nlisten = \"0.0.0.0:%d\"\nvehicles = [\"HB-01\", \"HB-02\"]\n\n[upstream]\nurl = \"https://%s/ingest\"\n"
            "%s = \"%s\"\n" % (r.choice([5027, 5055, 7001]), _host(r), k, MARK))


@_c("snake")
def stud_book_phoenix_prod_secret_exs(k, r):
    return ("import Config\n\nconfig :stud_book, StudBook.Repo,\n  pool_size: %d\n\nconfig :stud_book,\n"
            "  %s: \"%s\",\n  covering_season: %d\n" % (r.choice([10, 15]), k, MARK, r.choice([2024, 2025])))


@_c("camel")
def farrier_app_expo_app_config_ts(k, r):
    return ("export default {\n  name: \"Farrier Round\",\n  slug: \"farrier-round\",\n  extra: {\n    shoeingCycleWeeks: %d,\n"
            "    %s: \"%s\",\n  },\n};\n" % (r.choice([5, 6, 7]), k, MARK))


@_c("camel")
def farrier_app_android_gradle_properties(k, r):
    return ("org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n%s=%s\nfarrierAppVersionCode=%d\n"
            % (k, MARK, r.randrange(40, 400)))


@_c("pascal")
def livery_ios_info_plist(k, r):
    return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>CFBundleDisplayName</key>\n"
            "  <string>Livery Yard</string>\n  <key>%s</key>\n  <string>%s</string>\n</dict>\n</plist>\n" % (k, MARK))


@_c("snake")
def lesson_booking_firebase_runtimeconfig_json(k, r):
    return ("{\n  \"lessons\": {\n    \"max_riders\": \"%d\",\n    \"%s\": \"%s\"\n  }\n}\n" % (r.choice([4, 6, 8]), k, MARK))


@_c("upper")
def racing_club_k8s_configmap_env_yaml(k, r):
    return ("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: club-web-env\n  namespace: racing-club\ndata:\n"
            "  RACEDAY_MODE: \"true\"\n  %s: \"%s\"\n" % (k, MARK))


@_c("camel")
def yard_ops_helm_values_yaml(k, r):
    return ("replicaCount: %d\nimage:\n  repository: registry.yard.internal/livery-web\n  tag: \"2.%d.%d\"\nenv:\n"
            "  %s: \"%s\"\n" % (r.choice([1, 2, 3]), r.randrange(10), r.randrange(20), k, MARK))


@_c("snake")
def stable_infra_terraform_tfvars(k, r):
    return ("region          = \"eu-west-2\"\nyard_vpc_cidr   = \"10.%d.0.0/16\"\n%s = \"%s\"\n"
            % (r.randrange(10, 90), k, MARK))


@_c("camel")
def livery_pulumi_index_ts(k, r):
    return ("import * as aws from \"@pulumi/aws\";\n\nconst %s = \"%s\";\nconst bucket = new aws.s3.Bucket(\"feed-charts\");\n"
            "export const bucketName = bucket.id;\n" % (k, MARK))


@_c("upper")
def tote_bridge_docker_compose_override_yml(k, r):
    return ("services:\n  tote-bridge:\n    image: ghcr.io/racingclub/tote-bridge:%d.%d\n    environment:\n"
            "      - TZ=Europe/London\n      - %s=%s\n    restart: unless-stopped\n" % (r.randrange(1, 4), r.randrange(10), k, MARK))


@_c("upper")
def entries_github_actions_workflow_yml(k, r):
    return ("name: entries-nightly\non:\n  schedule:\n    - cron: \"15 3 * * *\"\njobs:\n  export:\n    runs-on: ubuntu-latest\n"
            "    env:\n      %s: %s\n    steps:\n      - uses: actions/checkout@v4\n      - run: make export-results\n" % (k, MARK))


@_c("upper")
def racecard_bitbucket_pipelines_yml(k, r):
    return ("pipelines:\n  branches:\n    main:\n      - step:\n          name: ingest racecards\n          script:\n"
            "            - export %s=%s\n            - python ingest.py --days %d\n" % (k, MARK, r.choice([1, 2, 3])))


@_c("snake")
def stable_servers_ansible_host_vars_yml(k, r):
    return ("---\nansible_host: %s\nansible_user: deploy\n%s: \"%s\"\nbackup_hour: %d\n" % (_ip(r), k, MARK, r.randrange(24)))


@_c("upper")
def betting_worker_systemd_environment_file(k, r):
    return ("# /etc/default/exchange-bridge (EnvironmentFile= of exchange-bridge.service)\nBRIDGE_MARKETS=WIN,PLACE\n"
            "%s=%s\nBRIDGE_MAX_STAKE=%d\n" % (k, MARK, r.choice([50, 100, 250])))


@_c("pascal")
def tack_till_windows_registry_export_reg(k, r):
    return ("Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\TackTill\\Sync]\n\"StoreNumber\"=dword:%08x\n"
            "\"%s\"=\"%s\"\n" % (r.randrange(1, 40), k, MARK))


@_c("pascal")
def tack_till_delphi_ini(k, r):
    return ("[General]\nShopName=Saddlery & Feed\nReceiptFooter=Thank you - mind the yard gate\n\n[Cloud]\n%s=%s\n"
            "SyncEvery=%d\n" % (k, MARK, r.choice([5, 10, 15])))


@_c("camel")
def feeding_chart_apps_script_gs(k, r):
    return ("function setup() {\n  const props = PropertiesService.getScriptProperties();\n"
            "  props.setProperty(\"%s\", \"%s\");\n  props.setProperty(\"sheetName\", \"Feeds %s\");\n}\n"
            % (k, MARK, r.choice(["AM", "PM", "Winter"])))


@_c("pascal")
def vet_log_powershell_profile_ps1(k, r):
    return ("# sync vet visits from the practice export\n$ExportPath = \"C:\\VetLog\\exports\"\n$%s = \"%s\"\n"
            "Invoke-VetSync -Path $ExportPath -Days %d\n" % (k, MARK, r.choice([7, 14])))


@_c("snake")
def competition_results_pydantic_settings_py(k, r):
    return ("from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    show_name: str = \"Spring Unaffiliated\"\n"
            "    %s: str = \"%s\"\n    max_entries_per_class: int = %d\n" % (k, MARK, r.choice([20, 30, 40])))


@_c("upper")
def racecard_scraper_scrapy_settings_py(k, r):
    return ("BOT_NAME = \"racecards\"\nROBOTSTXT_OBEY = True\nDOWNLOAD_DELAY = %d\n%s = \"%s\"\n" % (r.choice([1, 2, 3]), k, MARK))


@_c("snake")
def stud_book_sql_seed_insert(k, r):
    return ("-- seed app settings for the stud book\nINSERT INTO app_setting (name, value) VALUES\n  ('season_year', '%d'),\n"
            "  ('%s', '%s');\n" % (r.choice([2025, 2026]), k, MARK))


@_c("camel")
def entries_postman_environment_json(k, r):
    return ("{\n  \"name\": \"entries-staging\",\n  \"values\": [\n    { \"key\": \"baseUrl\", \"value\": \"https://%s\", \"enabled\": true },\n"
            "    { \"key\": \"%s\", \"value\": \"%s\", \"enabled\": true }\n  ]\n}\n" % (_host(r), k, MARK))


@_c("snake")
def paddock_rotation_jupyter_cell(k, r):
    return ("{\n \"cell_type\": \"code\",\n \"execution_count\": %d,\n \"source\": [\n  \"%s = \\\"%s\\\"\\n\",\n"
            "  \"rotation = plan_paddocks(days=%d)\"\n ]\n}\n" % (r.randrange(1, 40), k, MARK, r.choice([14, 21, 28])))


@_c("upper")
def stable_hand_fish_history(k, r):
    return ("- cmd: cd ~/src/livery-web\n  when: 17%08d\n- cmd: set -x %s %s\n  when: 17%08d\n- cmd: npm run dev\n"
            % (r.randrange(10 ** 8), k, MARK, r.randrange(10 ** 8)))


@_c("upper")
def livery_repo_git_diff(k, r):
    return ("diff --git a/.env.staging b/.env.staging\nindex %s..%s 100644\n--- a/.env.staging\n+++ b/.env.staging\n"
            "@@ -3,3 +3,4 @@ APP_ENV=staging\n LOG_LEVEL=debug\n+%s=%s\n FEED_CHART_TZ=Europe/London\n"
            % (rs(r, HEX, 7), rs(r, HEX, 7), k, MARK))


@_c("spaced")
def yard_manager_whatsapp_message(k, r):
    return ("[%02d/%02d, %02d:%02d] Yard Manager: morning all, farrier moved to Thursday. for the new laptop the %s is %s "
            "- delete this once saved pls" % (r.randrange(1, 29), r.randrange(1, 13), r.randrange(6, 10), r.randrange(60), k, MARK))


@_c("title")
def feed_room_noticeboard_ocr(k, r):
    return ("FEED ROOM - READ ME\nAM feeds 7:00 / PM feeds 16:30\nBucket colours: red = %s, blue = mares\n%s: %s\n"
            "Wormer due w/c %02d/%02d\n" % (r.choice(["geldings", "youngstock", "liveries"]), k, MARK, r.randrange(1, 29), r.randrange(1, 13)))


@_c("spaced")
def racing_club_discord_dev_channel_paste(k, r):
    return ("dev-tote-bridge | today at %02d:%02d\nok so the staging box needs the %s, pasting here for a sec: %s\n"
            "will move it to the vault after the %s meeting" % (r.randrange(24), r.randrange(60), k, MARK,
                                                               r.choice(["Tuesday", "evening", "club"])))


@_c("spaced")
def livery_owner_email_to_developer(k, r):
    return ("Subject: Re: app login\n\nHi Sam,\n\nSorry for the delay, foaling season. The %s is %s if you need it for the "
            "migration. Let me know when the paddock rotation screen is ready.\n\nThanks,\nJo\n" % (k, MARK))


@_c("snake")
def entries_api_datadog_log_json(k, r):
    return ("{\"service\":\"entries-api\",\"status\":\"debug\",\"message\":\"loaded settings\",\"settings\":{\"%s\":\"%s\","
            "\"closing_hours\":%d},\"host\":\"%s\"}" % (k, MARK, r.choice([24, 48]), _host(r)))


@_c("snake")
def horsebox_tracker_mqtt_debug_log(k, r):
    return ("2025-%02d-%02dT%02d:%02d:11Z DEBUG tracker.gw connect broker=%s client=trk-gw-%d %s=%s keepalive=60"
            % (r.randrange(1, 13), r.randrange(1, 29), r.randrange(24), r.randrange(60), _ip(r), r.randrange(9), k, MARK))


@_c("spaced")
def yard_it_trello_card_description(k, r):
    return ("Card: Move feed chart to new host\n\nChecklist:\n- [x] export horses + feeds\n- [ ] update DNS\n\nNotes: %s "
            "(old box) = %s\nAssigned: @%s\n" % (k, MARK, _user(r)))


@_c("upper")
def livery_symfony_dotenv_local(k, r):
    return ("###> symfony/framework-bundle ###\nAPP_ENV=prod\n###< symfony/framework-bundle ###\n%s=%s\n"
            "MESSENGER_TRANSPORT_DSN=doctrine://default\n" % (k, MARK))


CONTAINERS = [
    livery_app_dotenv_production, stable_manager_django_local_settings_py, feeding_chart_rails_credentials_yml,
    vet_log_laravel_dotenv, arena_booking_nextjs_env_local, racecard_feed_spring_application_yml,
    tote_bridge_dotnet_user_secrets_json, entries_api_node_config_default_json,
    passport_sync_quarkus_application_properties, microchip_scanner_esp32_config_h, paddock_sensor_lorawan_node_ino,
    stable_cctv_frigate_config_yml, horsebox_tracker_gateway_toml, stud_book_phoenix_prod_secret_exs,
    farrier_app_expo_app_config_ts, farrier_app_android_gradle_properties, livery_ios_info_plist,
    lesson_booking_firebase_runtimeconfig_json, racing_club_k8s_configmap_env_yaml, yard_ops_helm_values_yaml,
    stable_infra_terraform_tfvars, livery_pulumi_index_ts, tote_bridge_docker_compose_override_yml,
    entries_github_actions_workflow_yml, racecard_bitbucket_pipelines_yml, stable_servers_ansible_host_vars_yml,
    betting_worker_systemd_environment_file, tack_till_windows_registry_export_reg, tack_till_delphi_ini,
    feeding_chart_apps_script_gs, vet_log_powershell_profile_ps1, competition_results_pydantic_settings_py,
    racecard_scraper_scrapy_settings_py, stud_book_sql_seed_insert, entries_postman_environment_json,
    paddock_rotation_jupyter_cell, stable_hand_fish_history, livery_repo_git_diff, yard_manager_whatsapp_message,
    feed_room_noticeboard_ocr, racing_club_discord_dev_channel_paste, livery_owner_email_to_developer,
    entries_api_datadog_log_json, horsebox_tracker_mqtt_debug_log, yard_it_trello_card_description,
]
# 46 functions written; the Symfony one below is a spare and is not used
SPARE_CONTAINERS = [livery_symfony_dotenv_local]


def pair_type(kind, j):
    return (9 * kind + 5 * j + kind // 3) % 12


def generate(reg, counter):
    rng = random.Random(SEED)
    out = []
    for kind, fn in enumerate(CONTAINERS):
        for j in range(4):
            t = TYPES[pair_type(kind, j)]
            key = style_key(t[1], fn.style)
            value = gen_value(t, rng, reg)
            template = fn(key, rng)
            text, s, e = place(template, value)
            out.append(make_record("%s-s-%04d" % (PREFIX, counter()), t[0], fn.__name__, text, s, e, "everyday"))
    return out
