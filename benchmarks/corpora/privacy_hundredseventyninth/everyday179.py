"""Everyday source: 12 secret types of the florist / wedding / event world x 45 container kinds."""
import json
import string
from common179 import (MARK, B62, B64U, HEXL, HEXU, rstr, b64, b64u_nopad, rbytes, uuid4,
                       owner_password, style_key, make_record, jwt_shaped)

SEED = 17901

# type, key words, description, generator
def _tix(r):
    return "tix_live_" + rstr(r, B62, 32)

def _ctrwh(r):
    return "ctrwh_" + rstr(r, HEXL, 48)

def _grs(r):
    return "grs_rt." + b64u_nopad(rbytes(r, 48))

def _van(r):
    return rstr(r, HEXU, 32)

def _checkin_jwt(r):
    iat = 1767225600 + r.randint(0, 20000000)
    payload = {"sub": "staff-" + str(r.randint(100, 999)), "evt": "evt_" + rstr(r, B62, 10),
               "scope": "checkin:scan", "iat": iat, "exp": iat + 43200}
    return jwt_shaped(r, "ES256", payload, 64, kid="ck-" + rstr(r, string.ascii_lowercase + string.digits, 6))

def _inst(r):
    return b64(rbytes(r, 32))

TYPES = [
    ("florist_relay_terminal_password", ["florist", "relay", "password"],
     "owner-chosen password of the florist wire-service relay terminal login", owner_password),
    ("wedding_portal_admin_password", ["wedding", "portal", "admin", "password"],
     "owner-chosen admin password of the wedding-planning portal back office", owner_password),
    ("venue_calendar_db_password", ["venue", "calendar", "db", "password"],
     "owner-chosen password of the database account behind the venue and vendor booking calendar", owner_password),
    ("rsvp_mailer_smtp_password", ["rsvp", "smtp", "password"],
     "owner-chosen SMTP password of the guest-list RSVP mailer", owner_password),
    ("seating_planner_login_password", ["seating", "planner", "password"],
     "owner-chosen login password of the table-seating and floor-plan tool", owner_password),
    ("cold_room_controller_password", ["cold", "room", "controller", "password"],
     "owner-chosen web-UI password of the flower cold-room refrigeration controller", owner_password),
    ("event_ticketing_api_key", ["ticketing", "api", "key"],
     "`tix_live_` + 32 base62, API key of the in-house event ticketing and check-in service (prefix invented)", _tix),
    ("esign_contract_webhook_secret", ["esign", "webhook", "secret"],
     "`ctrwh_` + 48 lower-case hex, webhook signing secret of the photographer / DJ contract e-signing service (prefix invented)", _ctrwh),
    ("gift_registry_sync_refresh_token", ["registry", "sync", "refresh", "token"],
     "`grs_rt.` + base64url of 48 random bytes (64 chars), OAuth refresh token of the gift-registry sync (prefix invented)", _grs),
    ("van_tracker_aes_key", ["van", "tracker", "aes", "key"],
     "32 upper-case hex, AES-128 key of the delivery-van GPS trackers' uplink", _van),
    ("checkin_app_session_jwt", ["checkin", "session", "token"],
     "ES256-shaped JWT (real base64url JSON header and payload, random 64-byte signature) of the door check-in app", _checkin_jwt),
    ("instalment_plan_signing_key", ["instalment", "signing", "key"],
     "Base64 of 32 random bytes (44 chars with `=` padding), HMAC key that signs deposit / instalment payment-plan links", _inst),
]

PASSWORD_TYPES = {t[0] for t in TYPES[:6]}


def _host(r):
    return r.choice(["bloomdesk", "petalhub", "vowplanner", "venuebook", "stemroom", "seatwise"]) + \
        "." + r.choice(["florist.lan", "weddingstudio.internal", "eventops.lan", "venuedesk.internal"])


# Each container: name, style, template(key, r) -> str with MARK
def c_django(k, r):
    return (f"# florist_relay/settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\n"
            f"ALLOWED_HOSTS = [\"relay.bloomdesk.example\"]\nRELAY_SHOP_CODE = \"{r.randint(10000, 99999)}\"\n"
            f"{k} = \"{MARK}\"\nRELAY_TIMEOUT_SECONDS = 20\n")

def c_wrangler_vars(k, r):
    return f"# .dev.vars (wrangler dev)\nPORTAL_ORIGIN=http://localhost:8787\n{k}=\"{MARK}\"\nGUEST_UPLOAD_BUCKET=wedding-guest-photos\n"

def c_wrangler_toml(k, r):
    return (f"name = \"rsvp-worker\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2025-06-01\"\n\n"
            f"[vars]\nRSVP_DEADLINE_DAYS = \"21\"\n{k} = \"{MARK}\"\n\n[[kv_namespaces]]\nbinding = \"RSVPS\"\nid = \"{rstr(r, HEXL, 32)}\"\n")

def c_strapi(k, r):
    return (f"// config/database.js (venue CMS)\nmodule.exports = ({{ env }}) => ({{\n  connection: {{\n    client: 'postgres',\n"
            f"    connection: {{\n      host: env('DATABASE_HOST', '{_host(r)}'),\n      port: 5432,\n      database: 'venue_cms',\n"
            f"      user: 'strapi',\n      {k}: '{MARK}',\n    }},\n  }},\n}});\n")

def c_ghost(k, r):
    return (f"{{\n  \"url\": \"https://journal.bloomandvow.example\",\n  \"server\": {{ \"port\": 2368, \"host\": \"127.0.0.1\" }},\n"
            f"  \"mail\": {{\n    \"transport\": \"SMTP\",\n    \"options\": {{ \"service\": \"Mailgun\", \"{k}\": \"{MARK}\" }}\n  }},\n"
            f"  \"paths\": {{ \"contentPath\": \"content/\" }}\n}}\n")

def c_magento(k, r):
    return (f"<?php\nreturn [\n    'backend' => ['frontName' => 'admin_{rstr(r, string.ascii_lowercase, 6)}'],\n"
            f"    'gift_shop' => [\n        'registry_endpoint' => 'https://registry.example/api',\n        '{k}' => '{MARK}',\n    ],\n"
            f"    'MAGE_MODE' => 'production',\n];\n")

def c_shopify_toml(k, r):
    return (f"# shopify.app.toml\nclient_id = \"{rstr(r, HEXL, 32)}\"\nname = \"registry-sync\"\napplication_url = \"https://registry-sync.example\"\n\n"
            f"[build]\nautomatically_update_urls_on_dev = true\n\n[registry_sync]\n{k} = \"{MARK}\"\n")

def c_drupal(k, r):
    return (f"<?php\n// sites/default/settings.php (venue site)\n$databases['default']['default'] = [\n  'driver' => 'mysql',\n"
            f"  'database' => 'venue_site',\n  'host' => '{_host(r)}',\n];\n$settings['{k}'] = '{MARK}';\n$settings['hash_salt'] = file_get_contents('/etc/drupal/salt.txt');\n")

def c_joomla(k, r):
    return (f"<?php\nclass JConfig {{\n\tpublic $sitename = 'St Aidan Chapel Bookings';\n\tpublic $dbtype = 'mysqli';\n"
            f"\tpublic $host = 'localhost';\n\tpublic ${k} = '{MARK}';\n\tpublic $mailer = 'smtp';\n}}\n")

def c_fly(k, r):
    return (f"  501  fly apps list\n  502  fly secrets set {k}='{MARK}' -a ticket-door\n  503  fly deploy -a ticket-door\n  504  fly logs -a ticket-door\n")

def c_heroku(k, r):
    return (f"$ heroku login\n$ heroku config:set {k}={MARK} --app florist-relay-eu\nSetting {k} and restarting ⬢ florist-relay-eu... done, v{r.randint(40, 180)}\n")

def c_render(k, r):
    return (f"services:\n  - type: web\n    name: rsvp-api\n    runtime: python\n    buildCommand: pip install -r requirements.txt\n"
            f"    envVars:\n      - key: PYTHON_VERSION\n        value: 3.12.4\n      - key: {k}\n        value: {MARK}\n")

def c_do_spec(k, r):
    return (f"name: seating-app\nservices:\n- name: web\n  github:\n    repo: vowstudio/seating-app\n    branch: main\n"
            f"  envs:\n  - key: {k}\n    scope: RUN_TIME\n    value: \"{MARK}\"\n")

def c_appengine(k, r):
    return (f"runtime: python312\nentrypoint: gunicorn -b :$PORT registry_sync.wsgi\n\nenv_variables:\n  REGISTRY_REGION: \"eu\"\n  {k}: \"{MARK}\"\n")

def c_ebext(k, r):
    return (f"option_settings:\n  aws:elasticbeanstalk:application:environment:\n    NODE_ENV: production\n    {k}: '{MARK}'\n"
            f"  aws:elasticbeanstalk:container:nodejs:\n    ProxyServer: nginx\n")

def c_ansible(k, r):
    return (f"---\n# group_vars/event_ops.yml\nevent_ops_timezone: Europe/London\nevent_ops_user: deploy\n{k}: \"{MARK}\"\nevent_ops_backup_hour: 3\n")

def c_hiera(k, r):
    return (f"---\ncoldroom::setpoint_c: 4\ncoldroom::alarm_high_c: 8\ncoldroom::{k}: '{MARK}'\nntp::servers:\n  - 0.pool.ntp.org\n")

def c_kustomize(k, r):
    return (f"apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - deployment.yaml\n"
            f"secretGenerator:\n  - name: checkin-env\n    literals:\n      - {k}={MARK}\n      - LOG_LEVEL=info\n")

def c_gha(k, r):
    return (f"name: deploy-portal\non:\n  push:\n    branches: [main]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
            f"    env:\n      {k}: {MARK}\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm ci && npm run deploy\n")

def c_bitbucket(k, r):
    return (f"image: python:3.12\npipelines:\n  branches:\n    main:\n      - step:\n          name: relay smoke test\n"
            f"          script:\n            - export {k}=\"{MARK}\"\n            - python -m relay.smoke\n")

def c_travis(k, r):
    return (f"language: node_js\nnode_js:\n  - 20\nenv:\n  global:\n    - REGISTRY_MODE=sync\n    - {k}={MARK}\nscript: npm test\n")

def c_pm2(k, r):
    return (f"module.exports = {{\n  apps: [{{\n    name: 'ticket-door',\n    script: 'dist/server.js',\n    env_production: {{\n"
            f"      NODE_ENV: 'production',\n      {k}: '{MARK}',\n    }},\n  }}],\n}};\n")

def c_nodeconfig(k, r):
    return (f"{{\n  \"server\": {{ \"port\": 4100 }},\n  \"seating\": {{\n    \"maxTables\": 60,\n    \"{k}\": \"{MARK}\"\n  }}\n}}\n")

def c_dynaconf(k, r):
    return (f"[default]\nRELAY_POLL_SECONDS = 30\n\n[production]\n{k} = \"{MARK}\"\nRELAY_HOST = \"{_host(r)}\"\n")

def c_configparser(k, r):
    return (f"[monitor]\ninterval = 60\nsensor_count = 6\n\n[controller]\nhost = 192.168.{r.randint(1, 30)}.{r.randint(2, 250)}\n"
            f"user = admin\n{k} = {MARK}\n")

def c_rocket(k, r):
    return (f"[default]\naddress = \"0.0.0.0\"\nport = 8000\n\n[release]\n{k} = \"{MARK}\"\nlog_level = \"normal\"\n")

def c_micronaut(k, r):
    return (f"micronaut:\n  application:\n    name: esign-service\nesign:\n  callback-path: /hooks/esign\n  {k}: '{MARK}'\n")

def c_ktor(k, r):
    return (f"ktor {{\n    deployment {{ port = 8080 }}\n    application {{ modules = [ com.vanroute.ApplicationKt.module ] }}\n}}\n"
            f"tracker {{\n    broker = \"tcp://{_host(r)}:1883\"\n    {k} = \"{MARK}\"\n}}\n")

def c_webconfig(k, r):
    return (f"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"PlanCurrency\" value=\"GBP\" />\n"
            f"    <add key=\"{k}\" value=\"{MARK}\" />\n  </appSettings>\n</configuration>\n")

def c_usersecrets(k, r):
    return (f"{{\n  \"ConnectionStrings:Plans\": \"Server=(localdb)\\\\mssqllocaldb;Database=Plans;Trusted_Connection=True\",\n"
            f"  \"{k}\": \"{MARK}\"\n}}\n")

def c_ci4env(k, r):
    return (f"#--------------------------------------------------------------------\n# ENVIRONMENT\n#--------------------------------------------------------------------\n"
            f"CI_ENVIRONMENT = production\napp.baseURL = 'https://deposits.vowstudio.example/'\n{k} = '{MARK}'\n")

def c_gradle(k, r):
    return (f"org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n{k}={MARK}\nkotlin.code.style=official\n")

def c_plist(k, r):
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n\t<key>CFBundleName</key>\n\t<string>DoorCheck</string>\n"
            f"\t<key>{k}</key>\n\t<string>{MARK}</string>\n</dict>\n</plist>\n")

def c_expo(k, r):
    return (f"export default {{\n  name: 'RSVP Companion',\n  slug: 'rsvp-companion',\n  extra: {{\n    apiBase: 'https://rsvp.example/api',\n"
            f"    {k}: '{MARK}',\n  }},\n}};\n")

def c_platformio(k, r):
    return (f"[env:coldroom_esp32]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n"
            f"  -DSETPOINT_C=4\n  -D{k}=\\\"{MARK}\\\"\nmonitor_speed = 115200\n")

def c_micropython(k, r):
    return (f"# config.py on the van tracker (MicroPython)\nWIFI_SSID = \"VanDepot\"\nGPS_BAUD = 9600\n{k} = \"{MARK}\"\nREPORT_EVERY_S = 45\n")

def c_ha_secrets(k, r):
    return (f"# secrets.yaml (Home Assistant, cold room)\nlatitude_home: 51.{r.randint(1000, 9999)}\n{k}: \"{MARK}\"\n"
            f"mqtt_user: coldroom\n")

def c_nodered(k, r):
    nid = rstr(r, HEXL, 16)
    return (f"{{\n  \"{nid}\": {{\n    \"user\": \"relay\",\n    \"{k}\": \"{MARK}\"\n  }}\n}}\n")

def c_appsscript(k, r):
    return (f"function setupRsvpSheet() {{\n  const props = PropertiesService.getScriptProperties();\n"
            f"  props.setProperty('{k}', '{MARK}');\n  SpreadsheetApp.getActive().toast('RSVP sheet ready');\n}}\n")

def c_n8n(k, r):
    return (f"[\n  {{\n    \"id\": \"{r.randint(10, 99)}\",\n    \"name\": \"Vendor booking API\",\n    \"type\": \"httpHeaderAuth\",\n"
            f"    \"data\": {{ \"name\": \"X-Api-Key\", \"{k}\": \"{MARK}\" }}\n  }}\n]\n")

def c_powerquery(k, r):
    return (f"let\n    {k} = \"{MARK}\",\n    Source = Json.Document(Web.Contents(\"https://seating.example/api/tables\", "
            f"[Headers=[#\"X-Key\"={k}]])),\n    Tables = Table.FromRecords(Source[tables])\nin\n    Tables\n")

def c_slack_dm(k, r):
    return (f"[10:{r.randint(10, 59)}] Priya: can you check the Hartley wedding timeline before 2?\n"
            f"[10:{r.randint(10, 59)}] Tom: sure. btw the {k} is {MARK} if you need to get in before me\n[10:{r.randint(10, 59)}] Priya: 👍\n")

def c_trello(k, r):
    return (f"Card: Oakwood Barn – final walkthrough\nComment by Jess M.:\nVenue coordinator needs access tonight. {k} = {MARK} "
            f"(please change it after the Saturday event)\n")

def c_signal(k, r):
    return (f"Signal · Florist team\nMaya: van 2 is loaded, 14 centrepieces + arch\nMaya: {k} → {MARK}\nMaya: delete after reading pls\n")

def c_van_ocr(k, r):
    return (f"DELIVERY ROUTE 3  07:42\nStops 6   Next: Fernhill House\n{k}:  {MARK}\nBattery 81%   Temp 5.1 °C\n")

def c_fish(k, r):
    return (f"- cmd: cd ~/src/seating-tool\n  when: 17{r.randint(10000000, 99999999)}\n- cmd: set -gx {k} {MARK}\n"
            f"  when: 17{r.randint(10000000, 99999999)}\n- cmd: npm run dev\n")

def c_psreadline(k, r):
    return (f"cd C:\\venue\\booking-sync\n$env:{k} = \"{MARK}\"\n.\\sync-calendar.ps1 -Month 06\nGet-Content .\\sync.log -Tail 20\n")

def c_journal(k, r):
    return (f"Jun 14 09:{r.randint(10, 59)}:02 door01 checkin-api[{r.randint(1000, 9999)}]: starting with config dump\n"
            f"Jun 14 09:{r.randint(10, 59)}:02 door01 checkin-api[{r.randint(1000, 9999)}]: {k}={MARK}\n"
            f"Jun 14 09:{r.randint(10, 59)}:03 door01 checkin-api[{r.randint(1000, 9999)}]: listening on :8443\n")

def c_stackoverflow(k, r):
    return (f"Title: Seating chart drag-and-drop loses table ids after save\n\nHere is my config (sanitised):\n\n"
            f"    const {k} = \"{MARK}\";\n    const tables = await fetchTables(eventId);\n\nWhat am I doing wrong?\n")

def c_sheet_csv(k, r):
    return (f"Vendor,Contact,Phone,Notes\nBloom & Birch,Ana,+44 7700 900{r.randint(100, 999)},\"{k}: {MARK}\"\n"
            f"Oakwood Barn,Rob,+44 7700 900{r.randint(100, 999)},gate code on email\n")

CONTAINERS = [
    ("florist_relay_django_production_settings_py", "upper", c_django),
    ("wedding_portal_wrangler_dev_vars", "upper", c_wrangler_vars),
    ("checkin_api_journalctl_output", "upper", c_journal),
    ("venue_cms_strapi_database_js", "camel", c_strapi),
    ("florist_blog_ghost_config_production_json", "camel", c_ghost),
    ("gift_shop_magento_env_php", "snake", c_magento),
    ("registry_app_shopify_app_toml", "snake", c_shopify_toml),
    ("venue_site_drupal_settings_php", "snake", c_drupal),
    ("chapel_site_joomla_configuration_php", "lower", c_joomla),
    ("ticket_door_fly_secrets_set_history", "upper", c_fly),
    ("florist_relay_heroku_config_set_history", "upper", c_heroku),
    ("rsvp_api_render_blueprint_yaml", "upper", c_render),
    ("seating_tool_stackoverflow_question", "camel", c_stackoverflow),
    ("registry_sync_appengine_app_yaml", "upper", c_appengine),
    ("vendor_contacts_google_sheets_csv", "title", c_sheet_csv),
    ("event_ops_ansible_group_vars_yml", "snake", c_ansible),
    ("cold_room_puppet_hiera_yaml", "snake", c_hiera),
    ("checkin_kustomization_secret_generator_yaml", "upper", c_kustomize),
    ("wedding_portal_github_actions_workflow_yml", "upper", c_gha),
    ("florist_relay_bitbucket_pipelines_yml", "upper", c_bitbucket),
    ("venue_pc_psreadline_history", "upper", c_psreadline),
    ("ticket_door_pm2_ecosystem_config_js", "upper", c_pm2),
    ("seating_api_node_config_default_json", "camel", c_nodeconfig),
    ("florist_relay_dynaconf_settings_toml", "upper", c_dynaconf),
    ("cold_room_monitor_configparser_ini", "snake", c_configparser),
    ("planner_laptop_fish_history", "upper", c_fish),
    ("esign_service_micronaut_application_yml", "kebab", c_micronaut),
    ("van_tracker_ktor_application_conf", "camel", c_ktor),
    ("payment_plans_aspnet_web_config_xml", "pascal", c_webconfig),
    ("payment_plans_dotnet_user_secrets_json", "colon", c_usersecrets),
    ("deposit_portal_codeigniter_env", "dot", c_ci4env),
    ("checkin_app_gradle_properties", "camel", c_gradle),
    ("checkin_app_ios_info_plist", "pascal", c_plist),
    ("rsvp_app_expo_app_config_js", "camel", c_expo),
    ("cold_room_sensor_platformio_ini", "upper", c_platformio),
    ("van_tracker_micropython_config_py", "upper", c_micropython),
    ("cold_room_home_assistant_secrets_yaml", "snake", c_ha_secrets),
    ("florist_relay_node_red_flows_cred_json", "camel", c_nodered),
    ("rsvp_sheet_apps_script_gs", "upper", c_appsscript),
    ("vendor_booking_n8n_credentials_export_json", "camel", c_n8n),
    ("seating_chart_excel_power_query_m", "pascal", c_powerquery),
    ("planner_slack_direct_message", "spaced", c_slack_dm),
    ("wedding_trello_card_comment", "spaced", c_trello),
    ("florist_team_signal_message", "spaced", c_signal),
    ("delivery_van_tablet_screenshot_ocr", "title", c_van_ocr),
]

EXTRA_CONTAINERS = [  # written, kept as spares so the rotation stays 45
    ("venue_api_rocket_toml", "snake", c_rocket),
    ("gift_registry_travis_yml", "upper", c_travis),
    ("rsvp_worker_wrangler_toml", "upper", c_wrangler_toml),
    ("seating_app_digitalocean_app_spec_yaml", "upper", c_do_spec),
    ("venue_booking_ebextensions_options_config", "upper", c_ebext),
]


def pairing(kind, j):
    return (5 * kind + 3 * j) % 12


def generate(reg):
    r = __import__("random").Random(SEED)
    recs = []
    n = 0
    for ki, (cname, style, fn) in enumerate(CONTAINERS):
        for j in range(4):
            tname, words, _desc, gen = TYPES[pairing(ki, j)]
            value = reg.draw(gen, r)
            key = style_key(words, style)
            tpl = fn(key, r)
            n += 1
            recs.append(make_record(f"p179-s-{n:04d}", tname, cname, tpl, value, "everyday"))
    return recs
