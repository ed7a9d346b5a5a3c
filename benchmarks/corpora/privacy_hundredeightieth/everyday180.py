"""Everyday source: 12 secret types of the cycling world x 45 container kinds, 4 records each."""
import random

from common180 import (B62, b64, b64url_nopad, jwt_hs256, key_style, owner_password, place,
                       rand_bytes, rand_hex, rand_str, record, uuid4)

SEED = 18001

# (type, key words, description, kind) ; kind "password" or "generated"
TYPES = [
    ("bike_shop_pos_manager_password", ["pos", "manager", "password"],
     "owner-chosen manager password of the bike-shop point of sale", "password"),
    ("workshop_job_card_db_password", ["jobcard", "db", "password"],
     "owner-chosen password of the database account behind the workshop job cards", "password"),
    ("cycling_club_membership_admin_password", ["membership", "admin", "password"],
     "owner-chosen admin password of the cycling-club membership and ride-registration back office", "password"),
    ("race_timing_console_password", ["timing", "console", "password"],
     "owner-chosen password of the chip-timing console (mat decoders, results desk)", "password"),
    ("bike_fit_studio_app_password", ["fit", "studio", "password"],
     "owner-chosen password of the bike-fit studio measurement app", "password"),
    ("parts_supplier_b2b_portal_password", ["supplier", "b2b", "password"],
     "owner-chosen password of the parts-supplier B2B ordering portal account", "password"),
    ("ebike_diag_tool_unlock_key", ["diag", "unlock", "key"],
     "32 upper-case hex (AES-128 key) that unlocks the e-bike motor diagnostics dongle", "generated"),
    ("race_results_webhook_secret", ["results", "webhook", "secret"],
     "`rrwh_` + base64url of 32 random bytes (43 characters), signing secret of the race-results feed webhooks (prefix invented)", "generated"),
    ("smart_trainer_fw_signing_seed", ["trainer", "fw", "signing", "seed"],
     "Base64 of a 32-byte Ed25519 seed (44 characters), signs smart-trainer firmware images", "generated"),
    ("tradein_marketplace_api_key", ["tradein", "api", "key"],
     "`tmk_live_` + 32 base62, API key of the trade-in / used-bike marketplace (prefix invented)", "generated"),
    ("ride_registration_service_jwt", ["ride", "reg", "jwt"],
     "HS256 JWT (real base64url JSON header and payload, real HMAC under a discarded key) of the ride-registration service", "generated"),
    ("activity_sync_refresh_token", ["activity", "sync", "refresh", "token"],
     "40 lower-case hex, long-lived OAuth refresh token of the Strava/Garmin-style activity sync", "generated"),
]
PASSWORD_TYPES = [t[0] for t in TYPES if t[3] == "password"]


def gen_value(rng, tname):
    if tname in PASSWORD_TYPES:
        return owner_password(rng)
    if tname == "ebike_diag_tool_unlock_key":
        return rand_hex(rng, 32, upper=True)
    if tname == "race_results_webhook_secret":
        return "rrwh_" + b64url_nopad(rand_bytes(rng, 32))
    if tname == "smart_trainer_fw_signing_seed":
        return b64(rand_bytes(rng, 32))
    if tname == "tradein_marketplace_api_key":
        return "tmk_live_" + rand_str(rng, B62, 32)
    if tname == "ride_registration_service_jwt":
        iat = 1718000000 + rng.randrange(20000000)
        return jwt_hs256(rng, {"sub": "svc-ride-reg-%d" % rng.randrange(10, 99), "iss": "rides.velo-club.internal",
                               "aud": "ride-registration", "iat": iat, "exp": iat + 31536000,
                               "jti": uuid4(rng)})
    if tname == "activity_sync_refresh_token":
        return rand_hex(rng, 40)
    raise KeyError(tname)


# (kind, key style, template); {K} key, {V} value, {H} host, {N} number, {U} user, {D} date
KINDS = [
    ("bike_pos_dotenv_local", "upper",
     "# .env.local  (bike-pos, do not commit)\nAPP_ENV=production\nSTORE_ID={N}\nDB_HOST={H}\n{K}={V}\nRECEIPT_PRINTER=tcp://10.0.4.{N2}:9100\n"),
    ("workshop_app_laravel_database_php", "snake",
     "<?php\n// config/database.php (workshop-jobs)\nreturn [\n    'default' => 'mysql',\n    'connections' => [\n        'mysql' => [\n            'host' => '{H}',\n            'database' => 'workshop_jobs',\n            'username' => '{U}',\n            '{K}' => '{V}',\n        ],\n    ],\n];\n"),
    ("parts_shop_magento_env_php", "snake",
     "<?php\nreturn [\n    'backend' => ['frontName' => 'admin_{N}'],\n    'system' => [\n        'default' => [\n            'bikeparts' => [\n                '{K}' => '{V}',\n                'warehouse_code' => 'WH{N}',\n            ],\n        ],\n    ],\n];\n"),
    ("bike_pos_odoo_server_conf", "snake",
     "[options]\naddons_path = /opt/odoo/addons,/opt/bikeshop/addons\ndb_host = {H}\ndb_user = odoo\nhttp_port = 8069\n{K} = {V}\nworkers = 4\n"),
    ("timing_api_spring_application_yml", "kebab",
     "spring:\n  application:\n    name: timing-api\nchip-timing:\n  decoder-host: {H}\n  mats: {N}\n  {K}: \"{V}\"\nmanagement:\n  endpoints.web.exposure.include: health\n"),
    ("club_portal_quarkus_application_properties", "dot",
     "quarkus.http.port=8080\nquarkus.datasource.jdbc.url=jdbc:postgresql://{H}:5432/club\nquarkus.datasource.username={U}\n{K}={V}\nclub.season=2025\n"),
    ("bikefit_dotnet_user_secrets_json", "colon_pascal",
     "{\n  \"ConnectionStrings:FitDb\": \"Server={H};Database=fit;Integrated Security=false\",\n  \"{K}\": \"{V}\",\n  \"Studio:Timezone\": \"Europe/London\"\n}\n"),
    ("ride_sync_node_config_default_json", "camel",
     "{\n  \"port\": 4{N},\n  \"syncIntervalMinutes\": 15,\n  \"upstream\": \"https://{H}\",\n  \"{K}\": \"{V}\",\n  \"logLevel\": \"info\"\n}\n"),
    ("results_feed_nomad_job_hcl", "upper",
     "job \"results-feed\" {\n  datacenters = [\"race-hq\"]\n  group \"feed\" {\n    task \"server\" {\n      driver = \"docker\"\n      env {\n        FEED_PORT = \"8{N}\"\n        {K} = \"{V}\"\n      }\n    }\n  }\n}\n"),
    ("trainer_fw_packer_pkr_hcl", "snake",
     "variable \"board\" {\n  default = \"trainer-rev{N2}\"\n}\n\nvariable \"{K}\" {\n  type    = string\n  default = \"{V}\"\n}\n\nsource \"docker\" \"fw\" { image = \"debian:bookworm\" }\n"),
    ("shop_k8s_kustomization_secret_generator", "upper",
     "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: bikeshop\nsecretGenerator:\n  - name: pos-env\n    literals:\n      - STORE_ID={N}\n      - {K}={V}\n"),
    ("club_ci_github_actions_workflow_yml", "upper",
     "name: deploy-club-site\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      CLUB_REGION: north\n      {K}: {V}\n    steps:\n      - uses: actions/checkout@v4\n"),
    ("shop_ci_bitbucket_pipelines_yml", "upper",
     "image: node:20\npipelines:\n  branches:\n    main:\n      - step:\n          name: integration tests\n          script:\n            - export {K}='{V}'\n            - npm ci && npm test\n"),
    ("timing_ci_drone_yml", "upper",
     "kind: pipeline\nname: timing\nsteps:\n  - name: replay-mats\n    image: python:3.12\n    environment:\n      MAT_COUNT: {N}\n      {K}: {V}\n    commands:\n      - pytest -q\n"),
    ("shop_ansible_inventory_ini", "snake",
     "[pos_tills]\ntill-{N2}.shop.lan ansible_user=deploy {K}={V}\n\n[pos_tills:vars]\nstore_region=north\n"),
    ("club_salt_pillar_sls", "snake",
     "club:\n  site_name: Velo North\n  db_host: {H}\n  {K}: '{V}'\n  backups: true\n"),
    ("workshop_chef_data_bag_json", "snake",
     "{\n  \"id\": \"workshop\",\n  \"db_host\": \"{H}\",\n  \"{K}\": \"{V}\",\n  \"tablet_count\": {N2}\n}\n"),
    ("shop_puppet_hiera_common_yaml", "puppet_snake",
     "---\nbikeshop::store_id: {N}\nbikeshop::db_host: '{H}'\n{K}: '{V}'\nbikeshop::manage_printer: true\n"),
    ("tradein_fly_secrets_set_history", "upper",
     "$ fly apps list\n$ fly secrets set -a tradein-api {K}={V}\nRelease v{N2} created\n$ fly logs -a tradein-api\n"),
    ("club_heroku_config_set_history", "upper",
     "$ heroku config:set {K}={V} -a velo-club-portal\nSetting {K} and restarting velo-club-portal... done, v{N2}\n"),
    ("timing_supervisord_program_conf", "upper",
     "[program:mat-reader]\ncommand=/opt/timing/bin/mat-reader --port 10000\nautorestart=true\nenvironment=MAT_ID=\"{N2}\",{K}=\"{V}\"\nuser=timing\n"),
    ("ride_sync_pm2_ecosystem_config_js", "upper",
     "module.exports = {\n  apps: [{\n    name: 'ride-sync',\n    script: 'dist/index.js',\n    env_production: {\n      NODE_ENV: 'production',\n      {K}: '{V}',\n    },\n  }],\n};\n"),
    ("fit_studio_launchd_plist", "upper",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>Label</key><string>uk.fitstudio.sync</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n    <key>{K}</key><string>{V}</string>\n  </dict>\n</dict>\n</plist>\n"),
    ("shop_till_windows_registry_export", "pascal",
     "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\BikeTill\\Settings]\n\"StoreId\"=\"{N}\"\n\"{K}\"=\"{V}\"\n\"DrawerPort\"=\"COM3\"\n"),
    ("trainer_platformio_ini_build_flags", "upper",
     "[env:trainer_esp32]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n  -DFTMS_ENABLED=1\n  -D{K}=\\\"{V}\\\"\n"),
    ("ebike_diag_zephyr_prj_conf", "config_upper",
     "CONFIG_BT=y\nCONFIG_BT_PERIPHERAL=y\nCONFIG_LOG=y\n{K}=\"{V}\"\nCONFIG_MAIN_STACK_SIZE=4096\n"),
    ("shop_app_android_gradle_properties", "camel",
     "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n{K}={V}\nshopApiHost={H}\n"),
    ("shop_app_ios_info_plist", "pascal",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>CFBundleName</key><string>BikeShop</string>\n  <key>{K}</key>\n  <string>{V}</string>\n  <key>ApiHost</key><string>{H}</string>\n</dict>\n</plist>\n"),
    ("club_app_expo_app_json_extra", "camel",
     "{\n  \"expo\": {\n    \"name\": \"Velo Club\",\n    \"slug\": \"velo-club\",\n    \"extra\": {\n      \"apiHost\": \"{H}\",\n      \"{K}\": \"{V}\"\n    }\n  }\n}\n"),
    ("fit_app_swift_secrets_enum", "camel",
     "// Secrets.swift\nenum Secrets {\n    static let apiHost = \"{H}\"\n    static let {K} = \"{V}\"\n}\n"),
    ("diag_tool_rust_consts_rs", "upper",
     "// src/consts.rs\npub const BAUD: u32 = 115_200;\npub const MOTOR_BUS: &str = \"can{N2}\";\npub const {K}: &str = \"{V}\";\n"),
    ("timing_elixir_runtime_exs", "snake",
     "import Config\n\nconfig :timing, Timing.Repo,\n  hostname: \"{H}\",\n  database: \"timing_prod\"\n\nconfig :timing, {K}: \"{V}\"\n"),
    ("marketplace_dynaconf_settings_toml", "snake",
     "[production]\nlisting_page_size = 24\nimage_bucket = \"tradein-photos\"\n{K} = \"{V}\"\n"),
    ("club_google_apps_script_properties", "upper",
     "function setup() {\n  const props = PropertiesService.getScriptProperties();\n  props.setProperty('SHEET_ID', '{N}');\n  props.setProperty('{K}', '{V}');\n}\n"),
    ("ride_sync_vscode_launch_json", "upper",
     "{\n  \"version\": \"0.2.0\",\n  \"configurations\": [{\n    \"type\": \"node\",\n    \"name\": \"ride-sync\",\n    \"env\": { \"PORT\": \"3{N}\", \"{K}\": \"{V}\" }\n  }]\n}\n"),
    ("timing_intellij_run_config_xml", "upper",
     "<component name=\"ProjectRunConfigurationManager\">\n  <configuration name=\"TimingApp\" type=\"SpringBootApplicationConfigurationType\">\n    <envs>\n      <env name=\"{K}\" value=\"{V}\" />\n      <env name=\"MAT_COUNT\" value=\"{N2}\" />\n    </envs>\n  </configuration>\n</component>\n"),
    ("shop_api_bruno_environment_bru", "snake",
     "vars {\n  base_url: https://{H}\n  store_id: {N}\n}\nvars:secret [\n  {K}\n]\n# local override pasted by mistake:\n# {K}: {V}\n"),
    ("workshop_fish_shell_history", "upper",
     "- cmd: cd ~/src/workshop-jobs\n  when: 17{N}\n- cmd: set -x {K} '{V}'\n  when: 17{N}1\n- cmd: make migrate\n  when: 17{N}2\n"),
    ("ride_sync_pino_json_log_line", "camel",
     "{\"level\":20,\"time\":17{N}000,\"pid\":{N2},\"hostname\":\"ride-sync-1\",\"msg\":\"loaded config\",\"config\":{\"{K}\":\"{V}\",\"batch\":50}}\n"),
    ("marketplace_kibana_discover_csv", "snake",
     "@timestamp,service,message\n\"{D}\",tradein-api,\"boot env dump: {K}={V} listing_page_size=24\"\n"),
    ("club_committee_slack_thread", "spaced",
     "Jess (club secretary): the sign-up form is down again :(\nTom (dev): restarting it now. for the record the {K} is {V} - please don't paste it anywhere public\nJess: thanks!\n"),
    ("workshop_whiteboard_photo_ocr", "title",
     "WORKSHOP - WEEK {N2}\nSERVICE BAYS 1-3 BOOKED\n{K}: {V}\nTRUE WHEELS BEFORE FRIDAY\n"),
    ("bike_shop_zendesk_ticket_comment", "spaced",
     "Ticket #{N} - till won't sync\nInternal note: customer reset it themselves; the new {K} is {V} (they asked us to update the integration).\n"),
    ("club_treasurer_email_to_developer", "spaced",
     "Subject: renewals integration\n\nHi Sam,\n\nAs promised, the {K} for the renewals job is {V} - can you put it wherever it needs to go?\n\nThanks, Priya (treasurer)\n"),
    ("shop_shared_passwords_sheet_csv", "title",
     "System,Owner,Note,Value\nTill,{U},front desk,see safe\n{K},{U},updated {D},{V}\n"),
]

HOSTS = ["pos-db.bikeshop.lan", "10.0.4.12", "workshop-db.velo.internal", "club-db.velonorth.lan",
         "timing-db.racehq.internal", "fit-db.studio.lan", "api.tradein.internal", "10.20.0.7"]
USERS = ["shopadmin", "mech_dan", "clubsec", "timing", "fitter", "parts_buyer", "deploy", "owner"]


def build(registry):
    rng = random.Random(SEED)
    out = []
    n = 0
    for k, (kind, style, tmpl) in enumerate(KINDS):
        for j in range(4):
            ti = (5 * k + 7 * j + 3 * (k // 5)) % 12
            tname, words, _desc, _kind = TYPES[ti]
            key = key_style(words, style)
            value = registry.draw(lambda: gen_value(rng, tname))
            fill = {"K": key, "H": rng.choice(HOSTS), "U": rng.choice(USERS),
                    "N": str(rng.randrange(1000, 9999)), "N2": str(rng.randrange(10, 99)),
                    "D": "2025-%02d-%02dT%02d:%02d:11Z" % (rng.randint(1, 12), rng.randint(1, 28),
                                                         rng.randrange(24), rng.randrange(60))}
            text, s, e = place(tmpl, value, fill)
            n += 1
            out.append(record("p180-s-%04d" % n, tname, kind, text, s, e, "everyday"))
    return out
