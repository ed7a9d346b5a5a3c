# -*- coding: utf-8 -*-
"""Everyday source: 12 secret types of the ice-rink world x 45 container kinds, 4 records per kind."""
import base64
import random

from common223 import (SLOT, SEED_EVERYDAY, SEED_PAIRING, B36, LAN, ED25519_PKCS8_PREFIX,
                       rs, owner_password, b64, b64u_nopad, rbytes, jwt_hs, uuid4,
                       luhn_mod_n_char, style_key, fill, pos_record)

# name -> (description, key words, kind of value)
TYPES = [
    ("ice_time_booking_admin_password",
     "owner-chosen admin password of the ice-time, public-skate and stick-and-puck booking system",
     ["booking", "admin", "password"], "pw"),
    ("curling_draw_league_db_password",
     "owner-chosen password of the database holding curling league draws, sheet assignments and end scores",
     ["league", "db", "password"], "pw"),
    ("skating_test_day_portal_password",
     "owner-chosen password of the figure-skating test-day and competition entry portal",
     ["test", "portal", "password"], "pw"),
    ("resurfacing_log_db_password",
     "owner-chosen password of the ice-resurfacing log (flood times, water temperatures, blade changes)",
     ["resurfacing", "db", "password"], "pw"),
    ("coach_lesson_scheduler_password",
     "owner-chosen login password of the coaches' private-lesson scheduler",
     ["lesson", "scheduler", "password"], "pw"),
    ("pro_shop_sharpening_pos_password",
     "owner-chosen admin password of the pro-shop and skate-sharpening point of sale",
     ["pos", "admin", "password"], "pw"),
    ("ice_plant_telemetry_token",
     "`ipt_` + 31 characters of `[0-9A-Z]` + the real Luhn mod 36 check character of those 31; "
     "token the ice-plant controllers (brine, glycol, compressor readings) post with (layout invented)",
     ["plant", "telemetry", "token"], "ipt"),
    ("scoreboard_feed_signing_secret",
     "`sbf_` + unpadded base64url of 32 random bytes (43 characters); signs the scoreboard and "
     "clock feed pushed to the lobby screens (prefix invented)",
     ["scoreboard", "signing", "secret"], "sbf"),
    ("skater_portal_hs384_jwt",
     "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 under a discarded key); "
     "service token of the skater and parent portal",
     ["portal", "service", "jwt"], "jwt"),
    ("rink_admin_totp_seed",
     "RFC 4648 Base32 of 20 random bytes (32 characters, no padding), the TOTP seed of the shared "
     "rink-admin account",
     ["admin", "totp", "seed"], "totp"),
    ("entry_gate_ed25519_pkcs8_key",
     "Ed25519 private key as one-line standard Base64 of its PKCS#8 DER (16-byte header "
     "`302e020100300506032b657004220420` + 32 random bytes, 64 characters starting `MC4CAQAwBQYDK2VwBCIEI`); "
     "signs the season-pass QR codes checked at the entry gate",
     ["gate", "signing", "key"], "ed"),
    ("locker_system_fernet_key",
     "Fernet key: urlsafe Base64 of 32 random bytes with padding (44 characters); encrypts the "
     "locker-code table of the changing rooms",
     ["locker", "fernet", "key"], "fernet"),
]
TYPE_NAMES = [t[0] for t in TYPES]
PW_TYPES = [t[0] for t in TYPES if t[3] == "pw"]

V = SLOT
# (kind, style, template) -- {K} is the key in the kind's style
KINDS = [
    ("ice_time_django_local_settings_py", "upper",
     "# local_settings.py -- ice-time bookings, Northpond Arena (rinks A and B)\n"
     "DEBUG = False\nALLOWED_HOSTS = [\"book.northpondarena.example\"]\n"
     "{K} = \"" + V + "\"\nTIME_ZONE = \"America/Winnipeg\"\n"),
    ("ice_time_rails_credentials_yml_dec", "snake",
     "# bin/rails credentials:edit --environment production  (decrypted view)\n"
     "ice_time:\n  rink_count: 2\n  {K}: \"" + V + "\"\n  stick_and_puck_capacity: 28\n"),
    ("public_skate_remix_dotenv", "upper",
     "# .env -- public-skate sessions (Remix app)\nSESSION_CAPACITY=180\n"
     "SKATE_RENTAL_SIZES=\"Y8-M13\"\n{K}=" + V + "\nPUBLIC_BASE_URL=https://skate.northpondarena.example\n"),
    ("curling_draws_pydantic_settings_py", "snake",
     "from pydantic_settings import BaseSettings\n\n\nclass DrawSettings(BaseSettings):\n"
     "    sheets: int = 6\n    ends_per_game: int = 8\n    {K}: str = \"" + V + "\"\n"),
    ("curling_draws_quarkus_application_properties", "dot",
     "# src/main/resources/application.properties (draw service)\n"
     "quarkus.http.port=8084\n%prod.draws.{K}=" + V + "\ndraws.sheets=A,B,C,D,E,F\n"),
    ("curling_league_ktor_application_conf", "camel",
     "ktor {\n  deployment { port = 8090 }\n  application { modules = [ club.curling.league.AppKt.module ] }\n}\n"
     "league {\n  season = \"2025-26\"\n  {K} = \"" + V + "\"\n}\n"),
    ("figure_tests_nuxt_runtime_config_ts", "camel",
     "// nuxt.config.ts -- test-day entries\nexport default defineNuxtConfig({\n  runtimeConfig: {\n"
     "    {K}: '" + V + "',\n    public: { clubName: 'Riverbend Figure Skating Club' },\n  },\n})\n"),
    ("figure_tests_dotnet_launchsettings_json", "upper",
     "{\n  \"profiles\": {\n    \"TestDay.Api\": {\n      \"commandName\": \"Project\",\n"
     "      \"environmentVariables\": {\n        \"ASPNETCORE_ENVIRONMENT\": \"Development\",\n"
     "        \"{K}\": \"" + V + "\"\n      }\n    }\n  }\n}\n"),
    ("coach_lessons_flutter_dart_define_json", "upper",
     "{\n  \"FLAVOR\": \"prod\",\n  \"LESSON_SLOT_MINUTES\": \"20\",\n  \"{K}\": \"" + V + "\"\n}\n"),
    ("coach_lessons_expo_app_config_js", "camel",
     "export default {\n  expo: {\n    name: 'Coach Lessons',\n    slug: 'coach-lessons',\n"
     "    extra: {\n      {K}: '" + V + "',\n      eas: { projectId: '{UUID}' },\n    },\n  },\n};\n"),
    ("resurfacing_log_go_viper_yaml", "snake",
     "# resurfacer.yaml (read by viper)\nlisten: \":8088\"\nflood_water_temp_c: 60\n"
     "{K}: \"" + V + "\"\nmachines: [ice-bear-1, ice-bear-2]\n"),
    ("resurfacing_log_configparser_ini", "snake",
     "[resurfacing]\nlog_dir = /var/lib/floodlog\nblade_change_reminder_hours = 40\n"
     "{K} = " + V + "\n\n[export]\nformat = csv\n"),
    ("ice_plant_node_red_settings_js", "camel",
     "module.exports = {\n    uiPort: process.env.PORT || 1880,\n    flowFile: 'chiller-flows.json',\n"
     "    {K}: \"" + V + "\",\n    logging: { console: { level: 'info' } },\n};\n"),
    ("ice_plant_home_assistant_secrets_yaml", "snake",
     "# /config/secrets.yaml -- rink building\nbrine_probe_host: 10.40.2.15\n"
     "{K}: \"" + V + "\"\n"),
    ("ice_plant_esphome_substitutions_yaml", "snake",
     "substitutions:\n  device_name: slab-temp-rink-b\n  {K}: \"" + V + "\"\n\n"
     "esphome:\n  name: ${device_name}\n"),
    ("ice_plant_telegraf_conf", "snake",
     "[agent]\n  interval = \"10s\"\n\n[[inputs.modbus]]\n  name = \"compressor_2\"\n"
     "  controller = \"tcp://10.40.2.21:502\"\n\n[[outputs.http]]\n  url = \"https://plant.northpondarena.example/ingest\"\n"
     "  {K} = \"" + V + "\"\n"),
    ("scoreboard_openrc_conf_d", "upper",
     "# /etc/conf.d/scoreboard-feed\ncommand_args=\"--listen 0.0.0.0:7411 --rink B\"\n"
     "{K}=\"" + V + "\"\n"),
    ("scoreboard_systemd_environment_file", "upper",
     "# /etc/scoreboard/feed.env  (EnvironmentFile= of scoreboard-feed.service)\n"
     "PERIOD_LENGTH_MIN=20\n{K}=" + V + "\n"),
    ("scoreboard_cpp_config_h_define", "upper",
     "#pragma once\n// config.h -- lobby clock and scoreboard bridge\n#define RINK_ID 2\n"
     "#define {K} \"" + V + "\"\n#define HORN_GPIO 17\n"),
    ("pro_shop_prestashop_parameters_php", "snake",
     "<?php return array (\n  'parameters' => array (\n    'database_host' => '127.0.0.1',\n"
     "    'database_name' => 'proshop',\n    '{K}' => '" + V + "',\n  ),\n);\n"),
    ("pro_shop_medusa_config_js", "camel",
     "module.exports = defineConfig({\n  projectConfig: {\n    databaseUrl: process.env.DATABASE_URL,\n"
     "    {K}: \"" + V + "\",\n    http: { storeCors: \"https://shop.northpondarena.example\" },\n  },\n})\n"),
    ("locker_system_jdbc_properties", "dot",
     "# jdbc.properties -- changing-room locker service\njdbc.url=jdbc:postgresql://10.40.3.5:5432/lockers\n"
     "{K}=" + V + "\njdbc.pool.max=8\n"),
    ("locker_system_maven_settings_xml", "camel",
     "<settings>\n  <profiles>\n    <profile>\n      <id>rink-prod</id>\n      <properties>\n"
     "        <{K}>" + V + "</{K}>\n      </properties>\n    </profile>\n  </profiles>\n</settings>\n"),
    ("rink_ops_docker_swarm_stack_yml", "upper",
     "version: \"3.8\"\nservices:\n  bookings:\n    image: registry.northpondarena.example/bookings:2.4.1\n"
     "    environment:\n      TZ: America/Toronto\n      {K}: \"" + V + "\"\n    deploy:\n      replicas: 2\n"),
    ("rink_ops_nomad_job_hcl", "upper",
     "job \"scoreboard-feed\" {\n  group \"feed\" {\n    task \"feed\" {\n      driver = \"docker\"\n"
     "      env {\n        RINK = \"B\"\n        {K} = \"" + V + "\"\n      }\n    }\n  }\n}\n"),
    ("rink_ops_pulumi_stack_yaml", "camel",
     "# Pulumi.prod.yaml\nconfig:\n  aws:region: ca-central-1\n  rinkops:{K}: " + V + "\n"
     "  rinkops:rinks: \"2\"\n"),
    ("rink_ops_ansible_host_vars_yml", "snake",
     "# host_vars/plant-gw-01.yml\nansible_host: 10.40.2.2\nplant_site: northpond\n"
     "{K}: \"" + V + "\"\n"),
    ("rink_ops_salt_pillar_sls", "snake",
     "# /srv/pillar/rink/init.sls\nrink:\n  name: northpond\n  {K}: '" + V + "'\n"),
    ("rink_ops_chef_data_bag_json", "snake",
     "{\n  \"id\": \"rink_apps\",\n  \"site\": \"riverbend-curling\",\n  \"{K}\": \"" + V + "\"\n}\n"),
    ("rink_ops_kustomize_secret_generator_env", "upper",
     "# overlays/prod/secrets.env (secretGenerator: envs)\nRINK_SITE=northpond\n{K}=" + V + "\n"),
    ("rink_ops_github_actions_env_block", "upper",
     "name: deploy-bookings\non: { push: { branches: [main] } }\nenv:\n  RINK_SITE: northpond\n"
     "  {K}: " + V + "\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"),
    ("rink_ops_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  branches:\n    main:\n      - step:\n          name: deploy draws\n          script:\n"
     "            - export {K}=\"" + V + "\"\n            - ./deploy.sh\n"),
    ("rink_ops_circleci_config_yml", "upper",
     "version: 2.1\njobs:\n  test:\n    docker:\n      - image: cimg/python:3.12\n"
     "        environment:\n          {K}: \"" + V + "\"\n    steps: [checkout]\n"),
    ("rink_ops_fish_history", "upper",
     "- cmd: cd ~/src/rink-plant\n  when: 1767225600\n- cmd: set -gx {K} '" + V + "'\n"
     "  when: 1767225641\n- cmd: make run\n  when: 1767225650\n"),
    ("rink_ops_powershell_history", "upper",
     "cd C:\\rink\\scoreboard\n$env:{K} = '" + V + "'\n.\\Start-Feed.ps1 -Rink B\n"),
    ("rink_ops_fly_secrets_set_history", "upper",
     "  501  fly status -a rink-bookings\n  502  fly secrets set {K}='" + V + "' -a rink-bookings\n"
     "  503  fly deploy\n"),
    ("rink_ops_heroku_config_set_history", "upper",
     "$ heroku config:set {K}='" + V + "' --app curling-draws\nSetting {K} and restarting curling-draws... done, v58\n"),
    ("rink_ops_docker_run_env_flags", "upper",
     "docker run -d --name lockers --restart unless-stopped -e TZ=America/Toronto \\\n"
     "  -e {K}='" + V + "' \\\n  ghcr.io/northpond/lockers:1.9\n"),
    ("curling_club_mattermost_thread_paste", "spaced",
     "[09:14] skip_dana: anyone have the {K} for the draw server? need to fix sheet C\n"
     "[09:16] ops_kim: {K}: " + V + "\n[09:16] ops_kim: delete after you copy pls\n"),
    ("skating_coaches_whatsapp_chat_export", "spaced",
     "12/01/2026, 07:42 - Coach Mira: morning! who changed the {K}?\n"
     "12/01/2026, 07:45 - Coach Jules: me, new one is " + V + "\n"
     "12/01/2026, 07:45 - Coach Mira: thx\n"),
    ("rink_manager_outlook_email_body", "spaced",
     "Hi Sam,\n\nAs discussed, the {K} for the weekend tournament is " + V + "\n"
     "Please don't put it on the Zamboni room whiteboard this time.\n\nThanks,\nRiley -- Rink Manager\n"),
    ("figure_club_trello_card_comment", "spaced",
     "Card: Set up spring test day (Dec 2)\nComment by Priya: {K} is " + V + " -- remove once Lee has logged in\n"),
    ("rink_office_sticky_note_photo_ocr", "title",
     "OCR (IMG_2231.jpg, confidence 0.91)\nRINK OFFICE -- DO NOT REMOVE\n{K}: " + V + "\nCall Dev if locked out\n"),
    ("ice_schedule_excel_csv_export", "title",
     "Setting,Value,Owner\nRink,B,ops\n{K}," + V + ",ops\nFlood Interval,90 min,ops\n"),
    ("ice_plant_zendesk_ticket_internal_note", "spaced",
     "Ticket #48213 -- Brine pump alarm, rink A\nInternal note (Ops): tech needs the {K} to reach the "
     "controller: " + V + " (rotate after visit)\n"),
]
SPARE_KINDS = ["public_skate_astro_env_production", "coach_lessons_capacitor_config_ts"]
KIND_NAMES = [k[0] for k in KINDS]


def _ed25519_b64(rng):
    return b64(ED25519_PKCS8_PREFIX + rbytes(rng, 32))


def make_value(kind, rng):
    if kind == "pw":
        return owner_password(rng)
    if kind == "ipt":
        body = rs(rng, B36, 31)
        return "ipt_" + body + luhn_mod_n_char(body)
    if kind == "sbf":
        return "sbf_" + b64u_nopad(rbytes(rng, 32))
    if kind == "jwt":
        iat = 1767225600 + rng.randrange(0, 8000000)
        return jwt_hs(rng, "HS384", {"alg": "HS384", "typ": "JWT"},
                      {"iss": "skater-portal", "sub": "svc-" + rs(rng, LAN, 8), "role": "service",
                       "rink": rng.choice(["northpond", "riverbend", "lakeview"]), "iat": iat,
                       "exp": iat + 31536000})
    if kind == "totp":
        return base64.b32encode(rbytes(rng, 20)).decode()
    if kind == "ed":
        return _ed25519_b64(rng)
    if kind == "fernet":
        return base64.urlsafe_b64encode(rbytes(rng, 32)).decode()
    raise ValueError(kind)


def pairing():
    """15 blocks of three kinds; each block deals a seeded permutation of the 12 types, 4 per kind."""
    prng = random.Random(SEED_PAIRING)
    deal = []
    for b in range(15):
        perm = list(range(12))
        prng.shuffle(perm)
        for j in range(3):
            deal.append(perm[4 * j:4 * j + 4])
    return deal


def generate(reg, start_index=1):
    rng = random.Random(SEED_EVERYDAY)
    recs = []
    deal = pairing()
    n = start_index
    for (kind, style, tmpl), types in zip(KINDS, deal):
        for ti in types:
            name, desc, words, vkind = TYPES[ti]
            value = reg.draw(lambda: make_value(vkind, rng))
            key = style_key(words, style)
            extra = {"K": key}
            if "{UUID}" in tmpl:
                extra["UUID"] = reg.draw(lambda: uuid4(rng))
            text, s, e = fill(tmpl, value, **extra)
            recs.append(pos_record("%s-s-%04d" % ("p223", n), name, kind, text, s, e, "everyday"))
            n += 1
    return recs
