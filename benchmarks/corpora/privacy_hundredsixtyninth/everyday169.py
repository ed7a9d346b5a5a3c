"""Everyday source: 12 secret types of the golf / country-club world x 45 container kinds x 4."""
import random
import string

from common169 import (MARK, Registry, b64, b64url, case, host, jwt_hs256, password, record, rhex, rs, ALNUM,
                       user, uuid4)

SEED = 16901

TYPES = [
    "tee_sheet_admin_password",
    "pro_shop_pos_db_password",
    "cart_tablet_unlock_passcode",
    "irrigation_central_login_password",
    "halfway_house_wifi_passphrase",
    "member_statement_sftp_password",
    "tee_time_booking_api_key",
    "handicap_sync_oauth_client_secret",
    "scoring_leaderboard_jwt",
    "turf_sensor_mqtt_hmac_key",
    "dues_billing_webhook_signing_secret",
    "range_dispenser_device_token",
]
PASSWORD_TYPES = set(TYPES[:6])


def make_value(rng, t):
    if t in PASSWORD_TYPES:
        return password(rng)
    if t == "tee_time_booking_api_key":
        return "ttbk_live_" + rs(rng, ALNUM, 32)
    if t == "handicap_sync_oauth_client_secret":
        return b64url(rng, 36)
    if t == "scoring_leaderboard_jwt":
        iat = 1718000000 + rng.randrange(9000000)
        return jwt_hs256(rng, {"sub": "leaderboard-kiosk-%d" % rng.randint(1, 9), "scope": "scores:write",
                               "event": "club-champ-%d" % rng.randint(2023, 2026), "iat": iat, "exp": iat + 86400 * 4})
    if t == "turf_sensor_mqtt_hmac_key":
        return rhex(rng, 64)
    if t == "dues_billing_webhook_signing_secret":
        return "dbws_" + b64url(rng, 24)
    if t == "range_dispenser_device_token":
        return b64(rng, 30)
    raise KeyError(t)


def F(rng):
    """A few harmless filler values."""
    return {
        "host": host(rng), "port": rng.choice([5432, 3306, 1433, 6379, 8883, 22, 443, 8080]),
        "user": user(rng), "course": rng.randint(1000, 9999), "tz": rng.choice(
            ["America/Chicago", "America/New_York", "Europe/London", "Australia/Sydney", "America/Phoenix"]),
        "interval": rng.choice([8, 9, 10, 12]), "holes": rng.choice([9, 18, 27, 36]),
        "ver": "%d.%d.%d" % (rng.randint(1, 4), rng.randint(0, 12), rng.randint(0, 30)),
        "club": rng.choice(["Pine Hollow GC", "Oak Ridge Country Club", "Heron Bay Links", "Cedar Flats Golf Club",
                            "Willow Creek CC", "Stonebridge Golf & Country Club"]),
        "name": rng.choice(["Dana", "Marcus", "Priya", "Tom", "Keiko", "Luis", "Annette", "Ravi", "Bridget"]),
        "ticket": rng.randint(1200, 9800),
    }


# (container kind, key case style, template). Template placeholders: {K} key name, {V} value slot,
# plus filler fields from F().
KINDS = [
    ("tee_sheet_laravel_dotenv", "upper",
     "APP_NAME=TeeSheet\nAPP_ENV=production\nDB_HOST={host}\nDB_PORT={port}\nTEE_INTERVAL_MINUTES={interval}\n{K}={V}\nQUEUE_CONNECTION=redis\n"),
    ("tee_time_api_django_settings_py", "upper",
     "TIME_ZONE = \"{tz}\"\nALLOWED_HOSTS = [\"{host}\"]\nCOURSE_ID = {course}\n{K} = \"{V}\"\nTEE_SLOT_MINUTES = {interval}\n"),
    ("member_portal_nextjs_env_production", "upper",
     "NEXT_PUBLIC_CLUB_NAME=\"{club}\"\nNEXT_PUBLIC_COURSE_ID={course}\n{K}={V}\nNEXTAUTH_URL=https://{host}\n"),
    ("handicap_sync_rails_credentials_yml", "snake",
     "# rails credentials:edit (decrypted buffer)\nhandicap_sync:\n  course_id: {course}\n  {K}: \"{V}\"\n  region: us\nsecret_key_base_rotated: true\n"),
    ("gps_cart_android_gradle_properties", "camel",
     "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\ncartFleetCourseId={course}\n{K}={V}\nversionName={ver}\n"),
    ("cart_tablet_kotlin_buildconfig_field", "upper",
     "android {{\n  defaultConfig {{\n    buildConfigField \"int\", \"HOLES\", \"{holes}\"\n    buildConfigField \"String\", \"{K}\", \"\\\"{V}\\\"\"\n  }}\n}}\n"),
    ("course_tablet_swift_info_plist", "pascal",
     "<dict>\n  <key>CFBundleShortVersionString</key>\n  <string>{ver}</string>\n  <key>{K}</key>\n  <string>{V}</string>\n  <key>CourseId</key>\n  <integer>{course}</integer>\n</dict>\n"),
    ("pro_shop_pos_windows_ini", "pascal",
     "[Server]\nHost={host}\nPort={port}\n\n[Till]\nRegister=3\n{K}={V}\nReceiptFooter=Thanks for playing {club}\n"),
    ("pro_shop_inventory_csharp_appsettings_json", "pascal",
     "{{\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Information\" }} }},\n  \"ProShop\": {{\n    \"StoreCode\": \"PS{course}\",\n    \"{K}\": \"{V}\"\n  }}\n}}\n"),
    ("fnb_ordering_express_config_js", "camel",
     "module.exports = {{\n  port: {port},\n  kitchenPrinter: '10.20.4.17',\n  {K}: '{V}',\n  halfwayHouseOpen: '07:00',\n}};\n"),
    ("halfway_house_kds_electron_store_json", "camel",
     "{{\n  \"station\": \"halfway-house\",\n  \"theme\": \"dark\",\n  \"{K}\": \"{V}\",\n  \"autoBumpSeconds\": 240\n}}\n"),
    ("irrigation_dashboard_grafana_provisioning_yaml", "snake",
     "apiVersion: 1\ndatasources:\n  - name: turf-influx\n    type: influxdb\n    url: http://{host}:8086\n    jsonData:\n      {K}: \"{V}\"\n"),
    ("turf_sensor_node_red_flows_cred_json", "camel",
     "{{\n  \"3f2c9a.7b1e\": {{\n    \"broker\": \"{host}\",\n    \"{K}\": \"{V}\"\n  }}\n}}\n"),
    ("turf_sensor_esp32_platformio_ini", "upper",
     "[env:moisture_probe]\nplatform = espressif32\nboard = esp32dev\nbuild_flags =\n  -D GREEN_ID={holes}\n  -D {K}=\\\"{V}\\\"\n"),
    ("weather_station_python_config_ini", "snake",
     "[station]\nname = north-range\nlatitude = 35.{course}\n\n[upload]\nhost = {host}\n{K} = {V}\n"),
    ("scoring_leaderboard_phoenix_config_exs", "snake",
     "import Config\n\nconfig :leaderboard, Leaderboard.Scores,\n  holes: {holes},\n  {K}: \"{V}\",\n  refresh_ms: 5000\n"),
    ("leaderboard_rust_settings_toml", "snake",
     "[server]\nbind = \"0.0.0.0:{port}\"\n\n[scoring]\nround_cutoff = \"18:30\"\n{K} = \"{V}\"\n"),
    ("locker_controller_arduino_secrets_h", "upper",
     "// arduino_secrets.h -- locker room bank B\n#define SECRET_BANK \"B\"\n#define {K} \"{V}\"\n#define LOCKER_COUNT 96\n"),
    ("range_dispenser_modbus_gateway_yaml", "snake",
     "gateway:\n  serial: /dev/ttyUSB0\n  baud: 19200\ncloud:\n  endpoint: https://{host}/v1/dispense\n  {K}: {V}\n"),
    ("bag_storage_rfid_php_config_php", "snake",
     "<?php\n$config['bag_room_readers'] = 4;\n$config['db_host'] = '{host}';\n$config['{K}'] = '{V}';\n"),
    ("dues_billing_spring_application_properties", "dotted",
     "spring.application.name=dues-billing\nbilling.cycle-day=1\nclub.{K}={V}\nlogging.level.root=INFO\n"),
    ("member_statements_dotnet_user_secrets_json", "pascal",
     "{{\n  \"Statements:PdfFooter\": \"{club}\",\n  \"Statements:{K}\": \"{V}\",\n  \"Statements:BatchSize\": \"250\"\n}}\n"),
    ("caddie_scheduler_flask_instance_config_py", "upper",
     "# instance/config.py\nCADDIE_SHIFT_START = \"06:30\"\nLOOP_FEE_CENTS = 4500\n{K} = '{V}'\n"),
    ("caddie_app_expo_app_config_ts", "camel",
     "export default {{\n  name: 'CaddieLoop',\n  version: '{ver}',\n  extra: {{\n    courseId: {course},\n    {K}: '{V}',\n  }},\n}};\n"),
    ("club_infra_terraform_tfvars", "snake",
     "region        = \"us-east-2\"\ncourse_id     = {course}\n{K} = \"{V}\"\ninstance_type = \"t3.small\"\n"),
    ("club_k8s_configmap_data_yaml", "kebab",
     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: teesheet-config\ndata:\n  tee-interval: \"{interval}\"\n  {K}: \"{V}\"\n"),
    ("club_docker_compose_override_yml", "upper",
     "services:\n  teesheet:\n    image: registry.club.example/teesheet:{ver}\n    environment:\n      - COURSE_ID={course}\n      - {K}={V}\n"),
    ("club_ci_github_actions_workflow_yml", "upper",
     "name: deploy-teesheet\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      {K}: {V}\n    steps:\n      - uses: actions/checkout@v4\n"),
    ("club_ci_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  branches:\n    main:\n      - step:\n          name: migrate\n          script:\n            - export {K}='{V}'\n            - ./bin/migrate --course {course}\n"),
    ("club_ops_ansible_vault_view_output", "snake",
     "$ ansible-vault view group_vars/clubhouse/vault.yml\nVault password:\n---\nvault_course_id: {course}\nvault_{K}: \"{V}\"\n"),
    ("club_ops_chef_data_bag_json", "snake",
     "{{\n  \"id\": \"teesheet\",\n  \"course_id\": {course},\n  \"{K}\": \"{V}\"\n}}\n"),
    ("club_ops_saltstack_pillar_sls", "snake",
     "clubhouse:\n  ntp_server: {host}\n  {K}: '{V}'\n  holes: {holes}\n"),
    ("tee_sheet_systemd_unit_environment", "upper",
     "[Service]\nUser={user}\nEnvironment=\"COURSE_ID={course}\"\nEnvironment=\"{K}={V}\"\nExecStart=/opt/teesheet/bin/server\n"),
    ("member_portal_wordpress_wp_config_php", "upper",
     "define( 'DB_NAME', 'members' );\ndefine( 'WP_DEBUG', false );\ndefine( '{K}', '{V}' );\n$table_prefix = 'club_';\n"),
    ("handicap_sync_quarkus_application_properties", "kebab",
     "quarkus.http.port=8080\nhandicap.sync.cron=0 */15 * * * ?\nhandicap.sync.{K}={V}\n"),
    ("scoring_svelte_vite_env_local", "upper",
     "VITE_EVENT_NAME=\"Member-Guest\"\nVITE_HOLES={holes}\nVITE_{K}={V}\n"),
    ("irrigation_pi_bash_history", "upper",
     "  311  cd /opt/lynx-bridge\n  312  export {K}='{V}'\n  313  ./bridge --zones 1-48 --dry-run\n  314  journalctl -u lynx-bridge -n 50\n"),
    ("pro_shop_powershell_transcript", "pascal",
     "**********************\nPS C:\\ProShop> $CourseId = {course}\nPS C:\\ProShop> ${K} = '{V}'\nPS C:\\ProShop> .\\Sync-Inventory.ps1 -Verbose\n"),
    ("fnb_toast_bridge_jupyter_cell", "upper",
     "In [4]:\nimport os\nos.environ[\"{K}\"] = \"{V}\"\norders = fetch_halfway_orders(date=\"today\")\n"),
    ("greenkeeper_whatsapp_message", "spaced",
     "[06:12, {ticket}] {name}: morning crew, irrigation cycle finished on 14 and 15\n[06:14, {ticket}] {name}: the {K} is {V} if the tablet asks again\n"),
    ("golf_ops_slack_thread_paste", "spaced",
     "{name}  9:41 AM\ncan someone check the tee sheet sync?\n{name}  9:43 AM\nfixed. fwiw {K}: {V} (rotating friday)\n"),
    ("pro_shop_sticky_note_ocr", "title",
     "PRO SHOP - DO NOT REMOVE\nRegister 2 reboot: hold power 10s\n{K}: {V}\nCall {name} x214\n"),
    ("club_manager_email_to_it", "spaced",
     "Subject: before the member-guest\n\nHi {name},\n\nThe vendor set things up yesterday. For your records the {K} is {V} and the course id is {course}.\n\nThanks,\nGeneral Manager, {club}\n"),
    ("tee_sheet_helpdesk_freshservice_ticket", "spaced",
     "Ticket #{ticket} - Tee sheet not syncing to kiosk\nRequester: {name} (Starter)\nDescription: kiosk shows error 503. I re-entered the {K} {V} but it still fails.\nPriority: High\n"),
    ("starter_shift_handover_pdf_text", "title",
     "STARTER SHIFT HANDOVER - {club}\nFirst tee time 06:40 / interval {interval} min\nCart count: 72\n{K}  {V}\nRain plan: carts path only\n"),
]


def generate(reg):
    rng = random.Random(SEED)
    out = []
    for k, (kind, style, tmpl) in enumerate(KINDS):
        for j in range(4):
            t = TYPES[(11 * k + 7 * j + k // 12) % 12]
            v = reg.draw(make_value, rng, t)
            f = F(rng)
            text = tmpl.format(K=case(style, t), V=MARK, **f)
            out.append((t, kind, text, v))
    return out
