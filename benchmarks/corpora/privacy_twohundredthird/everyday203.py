"""Everyday source: 12 secret types of the studio world x 45 container kinds, 4 records each."""
import base64
import random
import string
import zlib

from common203 import (MARK, SEEDS, B62, HEX, LOWALNUM, ALNUM, keyname, owner_password, rs,
                       rbytes, b64s, b64u_json, b64u, uuid4, jwt_random_sig, crc16_xmodem,
                       crc32_b62, pos_record, PREFIX)

V = MARK

# ------------------------------------------------------------------ types
def g_fti(rng):
    body = rs(rng, B62, 30)
    return "fti_" + body + crc32_b62(body)


def g_cbw(rng):
    return "cbw1." + base64.b32encode(rbytes(rng, 25)).decode()


def g_jwt(rng):
    payload = {"sub": "mbr_" + rs(rng, LOWALNUM, 10), "tier": rng.choice(["open-access", "studio-shelf", "taster"]),
               "studio": rng.choice(["emberworks", "slipandstone", "moltenmarver", "anvilyard"]),
               "iat": 1767225600 + rng.randint(0, 9000000), "exp": 1767225600 + rng.randint(9000001, 19000000),
               "jti": uuid4(rng)}
    return jwt_random_sig(rng, "EdDSA", {"kid": "mbr-" + rs(rng, LOWALNUM, 6)}, payload)


def g_psk(rng):
    return rs(rng, "0123456789ABCDEF", 32)


def g_gpk(rng):
    body = rs(rng, LOWALNUM, 32)
    return "gpk_live_" + body + "_" + "%04x" % crc16_xmodem(body.encode())


def g_hmac(rng):
    return b64s(rbytes(rng, 48))


TYPES = [
    # name, key words, generator, description
    ("kiln_controller_portal_password", ["kiln", "portal", "password"], None,
     "owner-chosen password of the kiln-controller cloud portal (firing schedules, remote start)"),
    ("class_booking_admin_password", ["booking", "admin", "password"], None,
     "owner-chosen admin password of the class and taster-session booking back office"),
    ("glaze_recipe_db_password", ["glaze", "db", "password"], None,
     "owner-chosen password of the database behind glaze and batch recipes"),
    ("commission_tracker_login_password", ["commission", "tracker", "password"], None,
     "owner-chosen login password of the commission and bespoke-order tracker"),
    ("open_access_door_panel_password", ["door", "panel", "password"], None,
     "owner-chosen admin password of the open-access door panel that lets members in after hours"),
    ("consignment_ledger_password", ["consignment", "ledger", "password"], None,
     "owner-chosen password of the gallery consignment ledger"),
    ("furnace_telemetry_ingest_token", ["telemetry", "ingest", "token"], g_fti,
     "ingest token of the furnace and kiln telemetry collector: `fti_` + 30 base62 + 6 base62 of the real CRC-32 of those 30 characters (prefix and checksum invented)"),
    ("class_booking_webhook_secret", ["booking", "webhook", "secret"], g_cbw,
     "signing secret of the class-booking webhooks: `cbw1.` + RFC 4648 Base32 of 25 random bytes (40 characters, no padding; prefix invented)"),
    ("studio_member_session_jwt", ["member", "session", "jwt"], g_jwt,
     "session token of the studio membership portal: EdDSA JWT (real base64url JSON header and payload, 64 random signature bytes)"),
    ("kiln_mqtt_tls_psk", ["mqtt", "tls", "psk"], g_psk,
     "TLS-PSK of the kiln controllers' MQTT link: 32 upper-case hex (128-bit key, no prefix; the PSK identity next to it is public)"),
    ("gallery_pos_api_key", ["gallery", "pos", "api", "key"], g_gpk,
     "API key of the gallery and craft-fair point-of-sale: `gpk_live_` + 32 lower-case base36 + `_` + 4 hex of the real CRC-16/XMODEM of the body (layout invented)"),
    ("consignment_sync_hmac_key", ["consignment", "sync", "hmac", "key"], g_hmac,
     "HMAC-SHA384 key that signs consignment-ledger sync batches: standard Base64 of 48 random bytes (64 characters, no prefix)"),
]
PASSWORD_TYPES = [t[0] for t in TYPES if t[2] is None]


# ------------------------------------------------------------------ containers
def _host(rng):
    return rng.choice(["kiln-ctl-02.emberworks.lan", "db.slipandstone.lan", "mqtt.moltenmarver.lan",
                       "nas.anvilyard.lan", "10.20.0.15", "192.168.40.12", "studio-app.example",
                       "bookings.claycove.example", "gallery.emberworks.example"])


def _user(rng):
    return rng.choice(["studio", "kilnadmin", "frontdesk", "gaffer", "smith", "glazelab", "ops", "potter"])


def c_sveltekit_env(k, r):
    return f"# .env.local  (SvelteKit kiln portal)\nPUBLIC_STUDIO_NAME=Emberworks Ceramics\nKILN_API_BASE=https://{_host(r)}/api\n{k}={V}\nPUBLIC_FIRING_TZ=Europe/London\n"


def c_nuxt_runtime(k, r):
    return f"// nuxt.config.ts\nexport default defineNuxtConfig({{\n  runtimeConfig: {{\n    kilnBaseUrl: 'https://{_host(r)}',\n    {k}: '{V}',\n    public: {{ studioName: 'Slip & Stone' }},\n  }},\n}})\n"


def c_django_prod(k, r):
    return f"# firing_scheduler/settings/prod.py\nfrom .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = ['{_host(r)}']\n{k} = \"{V}\"\nFIRING_QUEUE = 'kiln-schedules'\n"


def c_celery_beat(k, r):
    return f"# celeryconfig.py - firing scheduler beat\nbroker_url = 'redis://{_host(r)}:6379/3'\ntimezone = 'Europe/London'\n{k} = '{V}'\nbeat_schedule = {{'pull-kiln-logs': {{'task': 'kilns.pull_logs', 'schedule': 300.0}}}}\n"


def c_laravel_services(k, r):
    return f"<?php\n// config/services.php (class bookings)\nreturn [\n    'studio_bookings' => [\n        'endpoint' => 'https://{_host(r)}/v2',\n        '{k}' => '{V}',\n        'timeout' => 15,\n    ],\n];\n"


def c_symfony_env_local_php(k, r):
    return f"<?php\n\n// This file was generated by running \"composer dump-env prod\"\n\nreturn array (\n  'APP_ENV' => 'prod',\n  'APP_SECRET_FILE' => '/run/secrets/app',\n  '{k}' => '{V}',\n  'DATABASE_HOST' => '{_host(r)}',\n);\n"


def c_rails_database_yml(k, r):
    return f"# config/database.yml (taster sessions)\nproduction:\n  adapter: postgresql\n  host: {_host(r)}\n  username: {_user(r)}\n  {k}: \"{V}\"\n  database: taster_sessions\n"


def c_hanami_settings(k, r):
    return f"# config/settings.rb\nmodule TasterSessions\n  class Settings < Hanami::Settings\n    setting :{k}, default: \"{V}\", constructor: Types::String\n    setting :studio_name, default: \"Clay Cove\"\n  end\nend\n"


def c_quarkus_props(k, r):
    return f"# src/main/resources/application.properties\nquarkus.http.port=8087\nquarkus.datasource.jdbc.url=jdbc:postgresql://{_host(r)}:5432/glazes\nstudio.{k}={V}\nquarkus.log.level=INFO\n"


def c_spring_yml(k, r):
    return f"# application-prod.yml (glaze recipes)\nspring:\n  application:\n    name: glaze-recipes\nstudio:\n  {k}: \"{V}\"\n  batch-units: grams\n"


def c_julia_toml(k, r):
    return f"# config/batch.toml  (BatchCalc.jl)\n[calculator]\nunity_flux = [\"CaO\", \"MgO\", \"K2O\", \"Na2O\"]\n\n[secrets]\n{k} = \"{V}\"\n"


def c_renviron(k, r):
    return f"# ~/.Renviron  (glaze batch calculator in R)\nR_LIBS_USER=~/R/library\nGLAZE_HOST={_host(r)}\n{k}={V}\n"


def c_gin_yaml(k, r):
    return f"# config/config.yaml  (commission tracker, gin)\nserver:\n  addr: \":8080\"\nsecrets:\n  {k}: '{V}'\nuploads:\n  dir: /srv/commissions/photos\n"


def c_phoenix_dev_secret(k, r):
    return f"# config/dev.secret.exs\nimport Config\n\nconfig :commission_tracker, CommissionTracker.Studio,\n  host: \"{_host(r)}\",\n  {k}: \"{V}\"\n"


def c_aspnet_user_secrets(k, r):
    return "{\n  \"ConnectionStrings:Orders\": \"Host=%s;Database=bespoke\",\n  \"Studio:%s\": \"%s\",\n  \"Studio:PhotoBucket\": \"bespoke-photos\"\n}\n" % (_host(r), k, V)


def c_koa_default_json(k, r):
    return "{\n  \"port\": 3030,\n  \"orders\": {\n    \"baseUrl\": \"https://%s\",\n    \"%s\": \"%s\"\n  }\n}\n" % (_host(r), k, V)


def c_wagtail_local(k, r):
    return f"# membership/settings/local.py\nWAGTAIL_SITE_NAME = 'Anvil Yard Members'\nBASE_URL = 'https://{_host(r)}'\n{k} = '{V}'\n"


def c_payload_env(k, r):
    return f"# .env  (Payload CMS membership portal)\nPAYLOAD_PUBLIC_SERVER_URL=https://{_host(r)}\nMONGODB_URI=mongodb://{_host(r)}/members\n{k}={V}\n"


def c_esp32_secrets_h(k, r):
    return f"// secrets.h  (open-access door, ESP32)\n#pragma once\n#define WIFI_SSID \"Emberworks-Staff\"\n#define {k} \"{V}\"\n#define DOOR_RELAY_PIN 26\n"


def c_micropython_config(k, r):
    return f"# config.py  (MicroPython door reader)\nSSID = 'ClayCove-Members'\nMQTT_HOST = '{_host(r)}'\n{k} = '{V}'\nUNLOCK_MS = 4000\n"


def c_telegraf_conf(k, r):
    return f"# /etc/telegraf/telegraf.d/kilns.conf\n[[inputs.modbus]]\n  name = \"kiln_2\"\n  controller = \"tcp://{_host(r)}:502\"\n\n[[outputs.http]]\n  url = \"https://telemetry.emberworks.example/write\"\n  [outputs.http.headers]\n    {k} = \"{V}\"\n"


def c_mosquitto_bridge(k, r):
    return f"# /etc/mosquitto/conf.d/bridge.conf\nconnection studio-cloud\naddress {_host(r)}:8883\ntopic kilns/# out 1\nremote_username kiln-bridge\n# {k}\nbridge_identity kiln-bridge-02\nbridge_psk {V}\n" if k.endswith("psk") else \
        f"# /etc/mosquitto/conf.d/bridge.conf\nconnection studio-cloud\naddress {_host(r)}:8883\ntopic kilns/# out 1\nremote_username kiln-bridge\n# {k}\nremote_password {V}\n"


def c_ha_secrets(k, r):
    return f"# /config/secrets.yaml  (Home Assistant, furnace room)\nlatitude_home: 51.45\nfurnace_modbus_host: {_host(r)}\n{k}: \"{V}\"\n"


def c_grafana_prov(k, r):
    return f"# provisioning/datasources/furnace.yaml\napiVersion: 1\ndatasources:\n  - name: Furnace\n    type: influxdb\n    url: http://{_host(r)}:8086\n    secureJsonData:\n      {k}: \"{V}\"\n"


def c_frappe_site_config(k, r):
    return "{\n \"db_name\": \"consign_ledger\",\n \"db_host\": \"%s\",\n \"%s\": \"%s\",\n \"host_name\": \"https://ledger.emberworks.example\"\n}\n" % (_host(r), k, V)


def c_dolibarr_conf(k, r):
    return f"<?php\n// htdocs/conf/conf.php\n$dolibarr_main_url_root='https://{_host(r)}';\n$dolibarr_main_db_host='localhost';\n$dolibarr_main_{k}='{V}';\n$dolibarr_main_db_name='consignment';\n"


def c_flutter_env_json(k, r):
    return "{\n  \"STALL_API\": \"https://%s\",\n  \"%s\": \"%s\",\n  \"FAIR_MODE\": \"offline-first\"\n}\n" % (_host(r), k, V)


def c_kotlin_buildconfig(k, r):
    return f"// app/build.gradle.kts  (craft-fair POS)\nandroid {{\n    defaultConfig {{\n        applicationId = \"lan.emberworks.fairpos\"\n        buildConfigField(\"String\", \"{k}\", \"\\\"{V}\\\"\")\n    }}\n}}\n"


def c_hugo_toml(k, r):
    return f"# hugo.toml  (gallery site)\nbaseURL = 'https://{_host(r)}/'\ntitle = 'Molten Marver Gallery'\n[params]\n  {k} = '{V}'\n  showPrices = true\n"


def c_eleventy_env(k, r):
    return f"// _data/env.js  (gallery site, Eleventy)\nmodule.exports = {{\n  galleryName: 'Anvil Yard',\n  {k}: '{V}',\n  buildTime: process.env.BUILD_ID,\n}};\n"


def c_pulumi_stack(k, r):
    return f"# Pulumi.prod.yaml  (supplier orders)\nconfig:\n  aws:region: eu-west-2\n  supplier-orders:{k}: \"{V}\"\n  supplier-orders:bucket: kiln-supplier-pos\n"


def c_nomad_hcl(k, r):
    return f"job \"supplier-orders\" {{\n  group \"api\" {{\n    task \"web\" {{\n      env {{\n        SUPPLIER_HOST = \"{_host(r)}\"\n        {k} = \"{V}\"\n      }}\n    }}\n  }}\n}}\n"


def c_systemd_unit(k, r):
    return f"# /etc/systemd/system/kiln-logger.service\n[Service]\nUser=kiln\nEnvironment=KILN_HOST={_host(r)}\nEnvironment={k}={V}\nExecStart=/opt/kiln-logger/bin/run\n"


def c_quadlet(k, r):
    return f"# ~/.config/containers/systemd/bookings.container\n[Container]\nImage=ghcr.io/claycove/bookings:2.4\nEnvironment={k}={V}\nPublishPort=8090:8080\n"


def c_gha_workflow(k, r):
    return f"# .github/workflows/deploy.yml\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      STUDIO_HOST: {_host(r)}\n      {k}: {V}\n    steps:\n      - run: ./scripts/deploy.sh\n"


def c_bitbucket_pipelines(k, r):
    return f"# bitbucket-pipelines.yml\npipelines:\n  branches:\n    main:\n      - step:\n          script:\n            - export {k}='{V}'\n            - ./deploy.sh {_host(r)}\n"


def c_makefile(k, r):
    return f"# Makefile (studio ops)\nexport STUDIO_HOST := {_host(r)}\nexport {k} := {V}\n\ndeploy:\n\t./bin/deploy --host $(STUDIO_HOST)\n"


def c_fish_history(k, r):
    return f"- cmd: cd ~/src/kiln-portal\n  when: 1767301200\n- cmd: set -x {k} {V}\n  when: 1767301233\n- cmd: npm run dev\n  when: 1767301240\n"


def c_psreadline(k, r):
    return f"cd C:\\studio\\gallery-pos\n$env:{k} = '{V}'\n.\\run-sync.ps1 -Host {_host(r)}\ngit status\n"


def c_envrc(k, r):
    return f"# .envrc  (direnv)\nuse nix\nexport STUDIO_HOST={_host(r)}\nexport {k}='{V}'\n"


def c_signal_export(k, r):
    return f"[14/03/2026, 18:02] Maya (studio manager): kiln 3 is booked for the glaze firing tonight\n[14/03/2026, 18:04] Maya (studio manager): {k} is {V} , I changed it after the open day\n[14/03/2026, 18:05] Tom: got it, thanks\n"


def c_slack_huddle(k, r):
    return f"Huddle notes - glass studio, Tuesday\n- gloryhole burner service booked for Friday\n- the {k} for the new setup: {V}\n- Sam to update the annealer schedule\n"


def c_clipboard_ocr(k, r):
    return f"KILN ROOM - FIRING LOG\nKiln 2  Cone 6  Slow glaze\nLoaded by: JB   Start 21:30\n{k}: {V}\nDo NOT open below 100C\n"


def c_excel_csv(k, r):
    return f"Date,Kiln,Program,Peak C,Notes\n2026-03-10,K2,Bisque 04,1060,ok\n2026-03-11,K3,Glaze 6,1222,\"{k} {V}\"\n2026-03-12,K2,Raku,1000,lid stiff\n"


def c_trello_comment(k, r):
    return f"Card: Commission #C-{r.randint(2100, 2999)} - 12 place settings, celadon\nComment by Priya: photos uploaded to the shared folder; {k} for the tracker is {V} if you need to update the status\n"


def c_nix_module(k, r):
    return f"# hosts/kiln-room.nix\n{{\n  services.kilnLogger = {{\n    enable = true;\n    {k} = \"{V}\";\n  }};\n}}\n"


CONTAINERS = [
    ("kiln_portal_sveltekit_env_local", "upper", c_sveltekit_env),
    ("kiln_portal_nuxt_runtime_config_ts", "camel", c_nuxt_runtime),
    ("firing_scheduler_django_settings_prod_py", "upper", c_django_prod),
    ("firing_scheduler_celery_beat_config_py", "snake", c_celery_beat),
    ("class_bookings_laravel_config_services_php", "snake", c_laravel_services),
    ("class_bookings_symfony_env_local_php", "upper", c_symfony_env_local_php),
    ("taster_sessions_rails_database_yml", "snake", c_rails_database_yml),
    ("taster_sessions_hanami_settings_rb", "snake", c_hanami_settings),
    ("glaze_recipes_quarkus_application_properties", "dot", c_quarkus_props),
    ("glaze_recipes_spring_application_prod_yml", "kebab", c_spring_yml),
    ("batch_calculator_julia_config_toml", "snake", c_julia_toml),
    ("batch_calculator_r_renviron", "upper", c_renviron),
    ("commission_tracker_gin_config_yaml", "snake", c_gin_yaml),
    ("commission_tracker_phoenix_dev_secret_exs", "snake", c_phoenix_dev_secret),
    ("bespoke_orders_aspnet_user_secrets_json", "pascal", c_aspnet_user_secrets),
    ("bespoke_orders_koa_config_default_json", "camel", c_koa_default_json),
    ("membership_portal_wagtail_local_py", "upper", c_wagtail_local),
    ("membership_portal_payload_cms_env", "upper", c_payload_env),
    ("open_access_door_esp32_secrets_h", "upper", c_esp32_secrets_h),
    ("open_access_door_micropython_config_py", "upper", c_micropython_config),
    ("kiln_telemetry_telegraf_conf", "snake", c_telegraf_conf),
    ("kiln_telemetry_mosquitto_bridge_conf", "snake", c_mosquitto_bridge),
    ("furnace_monitor_home_assistant_secrets_yaml", "snake", c_ha_secrets),
    ("furnace_monitor_grafana_datasource_yaml", "camel", c_grafana_prov),
    ("consignment_ledger_frappe_site_config_json", "snake", c_frappe_site_config),
    ("consignment_ledger_dolibarr_conf_php", "snake", c_dolibarr_conf),
    ("craft_fair_pos_flutter_dart_define_json", "upper", c_flutter_env_json),
    ("craft_fair_pos_kotlin_buildconfig_gradle", "upper", c_kotlin_buildconfig),
    ("gallery_site_hugo_config_toml", "camel", c_hugo_toml),
    ("gallery_site_eleventy_env_js", "camel", c_eleventy_env),
    ("supplier_orders_pulumi_stack_yaml", "camel", c_pulumi_stack),
    ("supplier_orders_nomad_job_hcl", "upper", c_nomad_hcl),
    ("studio_ops_systemd_unit_environment", "upper", c_systemd_unit),
    ("studio_ops_podman_quadlet_container", "upper", c_quadlet),
    ("studio_ops_github_actions_workflow_env", "upper", c_gha_workflow),
    ("studio_ops_bitbucket_pipelines_yml", "upper", c_bitbucket_pipelines),
    ("studio_ops_makefile_exports", "upper", c_makefile),
    ("studio_ops_fish_history", "upper", c_fish_history),
    ("studio_ops_powershell_psreadline_history", "upper", c_psreadline),
    ("studio_ops_direnv_envrc", "upper", c_envrc),
    ("potters_signal_group_export", "spaced", c_signal_export),
    ("glass_studio_slack_huddle_notes", "spaced", c_slack_huddle),
    ("kiln_room_clipboard_scan_ocr", "title", c_clipboard_ocr),
    ("firing_log_excel_csv_export", "title", c_excel_csv),
    ("commission_trello_card_comment", "spaced", c_trello_comment),
]
SPARE_CONTAINERS = [("studio_ops_nix_module_nix", "camel", c_nix_module)]


def pairing():
    rng = random.Random(SEEDS["pairing"])
    names = [t[0] for t in TYPES]
    out = []
    for b in range(15):
        perm = names[:]
        rng.shuffle(perm)
        for j in range(3):
            out.append(perm[4 * j:4 * j + 4])
    return out


def generate(reg, start_index):
    rng = random.Random(SEEDS["everyday"])
    tinfo = {t[0]: t for t in TYPES}
    recs = []
    n = start_index
    for (cname, style, fn), tlist in zip(CONTAINERS, pairing()):
        for tname in tlist:
            _, words, gen, _ = tinfo[tname]
            k = keyname(words, style)
            if gen is None:
                value = reg.draw(owner_password, rng)
            else:
                value = reg.draw(gen, rng)
            tpl = fn(k, rng)
            recs.append(pos_record("%s-s-%04d" % (PREFIX, n), tname, cname, tpl, value, "everyday"))
            n += 1
    return recs
