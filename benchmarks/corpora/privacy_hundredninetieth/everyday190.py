"""Everyday source: 12 secret types of the garden-centre world x 45 container kinds, 4 each."""
import random
import zlib

from common190 import (SLOT, B62, HEX, b64std, b64url_nopad, fill, jwt_hs, make_record, password,
                       rbytes, rs, style_key, uuid4)

SEED = 19001
PAIR_SEED = 19011

# (type, key words, description, generator name)
TYPES = [
    ("garden_pos_supervisor_password", "pos supervisor password",
     "owner-chosen supervisor password of the garden-centre till (refunds, price overrides)", "pw"),
    ("nursery_stock_db_password", "stock db password",
     "owner-chosen password of the database behind nursery stock and pot-size inventory", "pw"),
    ("climate_controller_web_password", "climate controller password",
     "owner-chosen login password of the greenhouse climate controller's web interface", "pw"),
    ("loyalty_scheme_smtp_password", "loyalty smtp password",
     "owner-chosen SMTP password of the loyalty-scheme mailer (points statements, vouchers)", "pw"),
    ("plant_passport_portal_password", "plant passport portal password",
     "owner-chosen login password of the plant-passport and phytosanitary records portal", "pw"),
    ("cafe_booking_admin_password", "cafe bookings admin password",
     "owner-chosen admin password of the café table and workshop-event booking back office", "pw"),
    ("irrigation_controller_api_token", "irrigation api token",
     "`irv1.` + 32 lower-case hex + `.` + 8 lower-case hex CRC-32 of the hex body; API token of the "
     "irrigation controller (prefix and checksum layout invented)", "irv"),
    ("click_collect_webhook_secret", "click collect webhook secret",
     "`whsec_` + standard Base64 of 24 random bytes (32 characters; Svix-style signing secret) for the "
     "click-and-collect order webhooks", "whsec"),
    ("grower_feed_hmac_key", "grower feed hmac key",
     "64 lower-case hex (32 random bytes), HMAC key that signs the growers' availability-list feed", "hex64"),
    ("delivery_slot_service_jwt", "delivery slots jwt",
     "HS512 JWT (real base64url JSON header and payload, real HMAC-SHA512 under a discarded key), service "
     "token of the delivery-van slot API", "jwt"),
    ("seed_shop_secret_key_base", "seed shop secret key base",
     "128 lower-case hex (64 random bytes), cookie / session signing key of the seed and bulb mail-order shop", "hex128"),
    ("greenhouse_sensor_gateway_token", "sensor gateway token",
     "`gsgw_` + base64url of 30 random bytes (40 characters), bearer token of the greenhouse sensor gateway "
     "(prefix invented)", "gsgw"),
]

HOSTS = ["till01.gardencentre.lan", "stockdb.nursery.internal", "climate.glasshouse.lan", "mail.gardencentre.lan",
         "passport.nursery.internal", "bookings.cafe.lan", "irrigation.glasshouse.lan", "collect.seedshop.internal",
         "feeds.nursery.internal", "slots.vans.internal", "shop.seedshop.internal", "gw3.glasshouse.lan",
         "10.40.2.17", "10.40.8.3", "192.168.50.12"]
USERS = ["pos_admin", "stock_app", "grower", "loyalty-mailer", "passport_clerk", "cafe_admin", "irrigation",
         "collect_svc", "feeds", "vanslots", "seedshop", "sensorgw", "nursery_ops", "hannah.b", "raj.p"]


def gen_value(kind, rng):
    if kind == "pw":
        return password(rng)
    if kind == "irv":
        body = rs(rng, HEX, 32)
        return "irv1.%s.%08x" % (body, zlib.crc32(body.encode()) & 0xFFFFFFFF)
    if kind == "whsec":
        return "whsec_" + b64std(rbytes(rng, 24))
    if kind == "hex64":
        return rbytes(rng, 32).hex()
    if kind == "hex128":
        return rbytes(rng, 64).hex()
    if kind == "gsgw":
        return "gsgw_" + b64url_nopad(rbytes(rng, 30))
    if kind == "jwt":
        payload = {"iss": "slots.vans.internal", "sub": "svc-delivery-" + rs(rng, "0123456789", 3),
                   "aud": "van-slot-api", "scope": "slots:read slots:write", "iat": 1717000000 + rng.randrange(9000000),
                   "jti": uuid4(rng)}
        payload["exp"] = payload["iat"] + 31536000
        return jwt_hs(rng, "HS512", payload)
    raise ValueError(kind)


S = SLOT
# container kind, key style, template ({k} key, {h} host, {u} user, {n} number, {d} date, S slot)
CONTAINERS = [
    ("garden_pos_django_settings_py", "upper",
     "# settings/production.py – garden centre POS\nDEBUG = False\nALLOWED_HOSTS = ['{h}']\nTIME_ZONE = 'Europe/London'\n{k} = '" + S + "'\nLOYALTY_POINTS_PER_POUND = 1\n"),
    ("nursery_inventory_dotenv_file", "upper",
     "# .env – nursery stock service\nAPP_ENV=production\nSTOCK_DB_HOST={h}\nSTOCK_DB_USER={u}\n{k}=" + S + "\nPOT_SIZES=P9,1L,2L,3L,5L,10L\n"),
    ("potsize_api_pydantic_settings_py", "snake",
     "class Settings(BaseSettings):\n    db_host: str = \"{h}\"\n    default_pot_size: str = \"2L\"\n    {k}: str = \"" + S + "\"\n    model_config = SettingsConfigDict(env_file=\".env\")\n"),
    ("climate_controller_node_config_js", "camel",
     "// config/local.js – glasshouse climate bridge\nmodule.exports = {{\n  controllerHost: '{h}',\n  ventStepPercent: 5,\n  {k}: '" + S + "',\n  pollSeconds: 30,\n}};\n"),
    ("irrigation_scheduler_yaml", "snake",
     "zones:\n  - id: bench-{n}\n    start: \"05:30\"\n    minutes: 12\ncontroller:\n  host: {h}\n  {k}: \"" + S + "\"\n"),
    ("greenhouse_esphome_secrets_yaml", "snake",
     "# secrets.yaml (ESPHome, glasshouse sensors)\nwifi_ssid: \"Glasshouse-IoT\"\nota_port: 3232\n{k}: \"" + S + "\"\napi_host: {h}\n"),
    ("greenhouse_mosquitto_bridge_conf", "snake",
     "# /etc/mosquitto/conf.d/bridge.conf\nconnection glasshouse-bridge\naddress {h}:8883\ntopic sensors/# out 1\n# {k} " + S + "\nremote_clientid bench-{n}\n"),
    ("plant_passport_laravel_env", "upper",
     "APP_NAME=\"Plant Passport Desk\"\nAPP_URL=https://{h}\nDB_CONNECTION=pgsql\nDB_USERNAME={u}\n{k}=\"" + S + "\"\nQUEUE_CONNECTION=redis\n"),
    ("phyto_certificate_spring_application_yml", "kebab",
     "spring:\n  application:\n    name: phyto-certificates\nphyto:\n  endpoint: https://{h}/api\n  {k}: " + S + "\n  batch-size: {n}\n"),
    ("phyto_certificate_java_properties", "dotted",
     "# phyto-export.properties\nexport.host={h}\nexport.user={u}\n{k}=" + S + "\nexport.retry=3\n"),
    ("loyalty_scheme_rails_credentials_yml", "snake",
     "# bin/rails credentials:edit (decrypted view)\nloyalty:\n  points_per_pound: 1\n  {k}: " + S + "\nsmtp_host: {h}\n"),
    ("loyalty_app_flutter_env_dart", "camel",
     "// lib/env/env.dart (generated, do not commit)\nclass Env {{\n  static const apiHost = 'https://{h}';\n  static const {k} = '" + S + "';\n  static const cardPrefix = '6337';\n}}\n"),
    ("click_collect_nextjs_env_local", "upper",
     "# .env.local\nNEXT_PUBLIC_SHOP_NAME=\"Greenacre Garden Centre\"\nNEXT_PUBLIC_COLLECT_SLOTS_URL=https://{h}/slots\n{k}=" + S + "\n"),
    ("click_collect_nestjs_config_ts", "camel",
     "export default registerAs('collect', () => ({{\n  host: '{h}',\n  slotMinutes: 15,\n  {k}: '" + S + "',\n  maxOrdersPerSlot: {n},\n}}));\n"),
    ("delivery_van_slots_go_config_toml", "snake",
     "[server]\nlisten = \":8080\"\n\n[slots]\nvans = 3\nslot_minutes = 60\nupstream = \"https://{h}\"\n{k} = \"" + S + "\"\n"),
    ("driver_app_android_local_properties", "dotted",
     "## local.properties (not in VCS)\nsdk.dir=/home/{u}/Android/Sdk\nslots.base.url=https://{h}\n{k}=" + S + "\n"),
    ("driver_app_ios_info_plist", "pascal",
     "<dict>\n  <key>SlotsBaseURL</key>\n  <string>https://{h}</string>\n  <key>{k}</key>\n  <string>" + S + "</string>\n</dict>\n"),
    ("seed_shop_woocommerce_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'seedshop_wp' );\ndefine( 'DB_HOST', '{h}' );\ndefine( '{k}', '" + S + "' );\n$table_prefix = 'wp_';\n"),
    ("seed_shop_magento_env_php", "snake",
     "<?php\nreturn [\n    'backend' => ['frontName' => 'admin_{n}'],\n    'bulb_shop' => [\n        '{k}' => '" + S + "',\n        'host' => '{h}',\n    ],\n];\n"),
    ("bulb_mailorder_shopify_app_toml", "snake",
     "# shopify.app.toml – bulb pre-order app\nname = \"bulb-preorders\"\napplication_url = \"https://{h}\"\n\n[settings]\n{k} = \"" + S + "\"\n"),
    ("bulb_mailorder_netlify_toml", "upper",
     "[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[build.environment]\n  NODE_VERSION = \"20\"\n  {k} = \"" + S + "\"\n"),
    ("grower_availability_airflow_connection_json", "snake",
     "{{\n  \"conn_id\": \"grower_availability\",\n  \"conn_type\": \"http\",\n  \"host\": \"{h}\",\n  \"extra\": {{\"{k}\": \"" + S + "\", \"format\": \"csv\"}}\n}}\n"),
    ("grower_feed_cron_bash_script", "upper",
     "#!/usr/bin/env bash\n# pulls grower availability lists at 06:10\nset -euo pipefail\nexport FEED_HOST={h}\nexport {k}='" + S + "'\n/opt/feeds/pull --since yesterday\n"),
    ("grower_feed_powershell_profile_ps1", "pascal",
     "# Microsoft.PowerShell_profile.ps1 on the buying PC\n$FeedHost = '{h}'\n${k} = '" + S + "'\nSet-Location D:\\Availability\n"),
    ("cafe_bookings_symfony_env_local", "upper",
     "###> symfony/framework-bundle ###\nAPP_ENV=prod\n###< symfony/framework-bundle ###\nBOOKINGS_HOST={h}\n{k}=" + S + "\n"),
    ("cafe_bookings_dotnet_appsettings_json", "pascal",
     "{{\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Warning\" }} }},\n  \"Bookings\": {{\n    \"Host\": \"{h}\",\n    \"{k}\": \"" + S + "\"\n  }}\n}}\n"),
    ("events_calendar_wp_options_sql", "snake",
     "INSERT INTO wp_options (option_name, option_value, autoload) VALUES\n  ('events_venue', 'Greenacre Café Barn', 'yes'),\n  ('{k}', '" + S + "', 'no');\n"),
    ("garden_ops_docker_compose_yml", "upper",
     "services:\n  stock-api:\n    image: registry.nursery.internal/stock-api:2.{n}\n    environment:\n      DB_HOST: {h}\n      {k}: \"" + S + "\"\n"),
    ("garden_ops_k8s_configmap_yaml", "snake",
     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: glasshouse-bridge\ndata:\n  controller_host: \"{h}\"\n  {k}: \"" + S + "\"\n"),
    ("garden_ops_terraform_tfvars", "snake",
     "region       = \"eu-west-2\"\nsite_name    = \"greenacre\"\n{k} = \"" + S + "\"\nvan_count    = 3\n"),
    ("garden_ops_gitlab_ci_variables_yml", "upper",
     "variables:\n  DEPLOY_HOST: {h}\n  {k}: \"" + S + "\"\n\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n"),
    ("garden_ops_ansible_group_vars_yml", "snake",
     "---\nnursery_site: greenacre\nntp_server: {h}\n{k}: \"" + S + "\"\nbackup_hour: 2\n"),
    ("garden_ops_helm_values_yaml", "camel",
     "replicaCount: 2\nimage:\n  tag: \"1.{n}.0\"\nconfig:\n  upstreamHost: {h}\n  {k}: \"" + S + "\"\n"),
    ("garden_ops_zsh_history", "upper",
     ": 1718{n}:0;cd ~/src/stock-api\n: 1718{n}:0;export {k}='" + S + "'\n: 1718{n}:0;make migrate\n"),
    ("garden_ops_vagrantfile_ruby", "snake",
     "Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"debian/bookworm64\"\n  config.vm.provision \"shell\", env: {{ \"{k}\" => \"" + S + "\" }}, path: \"provision.sh\"\nend\n"),
    ("till_windows_ini_file", "pascal",
     "[Till]\nTillNumber={n}\nServer={h}\n[Security]\n{k}=" + S + "\nLockAfterMinutes=5\n"),
    ("label_printer_bridge_cfg", "snake",
     "# /etc/labelbridge.cfg – pot-label printer bridge\nprinter = zebra-gk420t\nlabel_size = 50x25\nupstream = {h}\n{k} = " + S + "\n"),
    ("stock_sync_jupyter_cell_json", "snake",
     "{{\n \"cell_type\": \"code\",\n \"source\": [\n  \"host = '{h}'\\n\",\n  \"{k} = '" + S + "'\\n\",\n  \"df = pull_stock(host)\"\n ]\n}}\n"),
    ("nursery_manager_whatsapp_message", "spaced",
     "[07:{n}] Sue (nursery manager): morning! new {k} is " + S + " – the old one stopped working after the update\n[07:{n}] Tom: 👍 thanks\n"),
    ("garden_centre_teams_chat_export", "spaced",
     "Priya Shah  09:14\nanyone know the {k}? the till on {h} is asking for it again\nDanny Cole  09:16\nit's " + S + " (don't put it on the noticeboard)\n"),
    ("grower_rep_email_reply", "spaced",
     "Hi Mark,\n\nThanks for the call. As agreed, the {k} for the availability upload is " + S + " and the host is {h}.\n\nBest,\nElena\nHillside Perennials Ltd\n"),
    ("it_support_freshdesk_ticket", "spaced",
     "Ticket #{n}4 – Café bookings page down\nInternal note (agent): reset done. Customer confirmed {k} = " + S + " works on {h}. Closing.\n"),
    ("potting_shed_whiteboard_photo_ocr", "title",
     "POTTING SHED – WEEK 23\nWater benches 4-9 @ 6am\nPlug plants arrive Tue\n{k}: " + S + "\nDO NOT LEAVE HOSE ON\n"),
    ("weekly_ops_meeting_minutes_docx", "title",
     "Weekly Ops Meeting – Minutes\n3. IT: new systems in the glasshouse are live.\n   {k}: " + S + " (to be changed after handover)\n4. Café: Christmas wreath workshops fully booked.\n"),
    ("handover_google_sheet_csv", "title",
     "System,Host,User,Secret,Notes\nTill server,{h},{u},see safe,\n{k},{h},{u}," + S + ",changed {d}\n"),
]
SPARE_CONTAINERS = ["garden_pos_sentry_breadcrumb_json", "grower_feed_nix_module"]


def build(reg):
    rng = random.Random(SEED)
    prng = random.Random(PAIR_SEED)
    ntypes = len(TYPES)
    # 15 blocks of three kinds; each block deals its own permutation of the 12 types, 4 per kind
    assign = []
    for b in range(15):
        perm = list(range(ntypes))
        prng.shuffle(perm)
        for j in range(3):
            assign.append(perm[4 * j:4 * j + 4])
    recs = []
    for ci, (kind, style, tmpl) in enumerate(CONTAINERS):
        for ti in assign[ci]:
            typ, kw, _desc, gk = TYPES[ti]
            value = reg.draw(gen_value, gk, rng)
            key = style_key(kw.split(), style)
            t = tmpl.format(k=key, h=rng.choice(HOSTS), u=rng.choice(USERS), n=rng.randint(10, 59),
                            d="2024-0%d-1%d" % (rng.randint(1, 9), rng.randint(0, 9)))
            text, s, e = fill(t, value)
            recs.append((typ, kind, text, s, e))
    return [dict(type=t, container=c, text=x, start=s, end=e, source="everyday") for t, c, x, s, e in recs]
