"""Everyday source: 12 secret types of the tree-surgery / firewood world x 45
container kinds, 4 records per kind."""
import base64
import random

import common219 as C

MARK = "\u0001V\u0001"

# type -> (key words, description, generator name)
TYPES = [
    ("tree_survey_app_admin_password", ["survey", "admin", "password"],
     "owner-chosen admin password of the tree survey and TPO-check app", "pw"),
    ("quote_risk_portal_password", ["quotes", "portal", "password"],
     "owner-chosen password of the quotes and risk-assessment portal", "pw"),
    ("crew_rota_db_password", ["rota", "db", "password"],
     "owner-chosen password of the climbing and chipper crew rota database", "pw"),
    ("moisture_logger_console_password", ["moisture", "console", "password"],
     "owner-chosen password of the log-moisture and seasoning-batch logger console", "pw"),
    ("delivery_rounds_backoffice_password", ["rounds", "backoffice", "password"],
     "owner-chosen password of the delivery-rounds and bulk-bag order back office", "pw"),
    ("waste_transfer_register_password", ["wtn", "register", "password"],
     "owner-chosen password of the waste-transfer-note register", "pw"),
    ("tpo_lookup_api_key", ["tpo", "lookup", "api", "key"],
     "key of the TPO / conservation-area lookup API: `tpk_` + 10-digit account + its real Verhoeff check digit + `_` + 32 base62 (layout invented)", "tpk"),
    ("moisture_probe_ingest_token", ["probe", "ingest", "token"],
     "token of the log-moisture probe ingest endpoint: `mpi_` + 40 base62 + `_` + 8 lower-case hex of the real Adler-32 of those 40 (layout invented)", "mpi"),
    ("stump_job_webhook_secret", ["stump", "webhook", "secret"],
     "signs stump-grinding job webhooks: `sjw_` + 30 lower-case base36 + one real Luhn mod 36 check character (layout invented)", "sjw"),
    ("delivery_driver_app_jwt", ["driver", "app", "jwt"],
     "bearer token of the delivery-driver app: real HS512 JWT (base64url JSON, HMAC-SHA512 under a discarded key)", "jwt"),
    ("service_log_backup_age_key", ["backup", "age", "identity"],
     "age identity that decrypts the equipment-service-log backups: `AGE-SECRET-KEY-1` + upper-case Bech32 of 32 random bytes with the real Bech32 checksum", "age"),
    ("seasoning_label_fernet_key", ["label", "fernet", "key"],
     "Fernet key that seals seasoning-batch QR labels: base64url of 32 random bytes (44 characters with one `=`)", "fernet"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_INFO = {t[0]: t for t in TYPES}

HOSTS = ["survey.oakridge-tree.lan", "yard.birchfell-logs.lan", "quotes.hollybank-arb.example",
         "db01.ashgrove-firewood.example", "10.40.2.17", "192.168.20.5", "kiln.birchfell-logs.lan",
         "rota.oakridge-tree.lan", "api.ashgrove-firewood.example", "nas.hollybank-arb.lan"]
USERS = ["arb_admin", "yardops", "survey_svc", "rota_app", "kiln", "deliveries", "wtn_clerk", "quotes"]


def gen_value(kind, rng):
    if kind == "pw":
        return C.owner_password(rng)
    if kind == "tpk":
        acct = C.rstr(rng, C.DIG, 10)
        return "tpk_" + acct + C.verhoeff_digit(acct) + "_" + C.rstr(rng, C.AN, 32)
    if kind == "mpi":
        body = C.rstr(rng, C.AN, 40)
        return "mpi_" + body + "_" + C.adler_hex(body)
    if kind == "sjw":
        body = C.rstr(rng, C.LAN, 30)
        return "sjw_" + body + C.luhn_mod_n_char(body)
    if kind == "jwt":
        iat = 1717000000 + rng.randrange(20000000)
        payload = {"sub": "driver-%03d" % rng.randrange(1000), "van": "VN%02d" % rng.randrange(1, 30),
                   "scope": "rounds:read drops:write", "iat": iat, "exp": iat + 43200}
        return C.jwt_hmac(rng, "HS512", payload)
    if kind == "age":
        return C.bech32_encode("age-secret-key-", C.rbytes(rng, 32)).upper()
    if kind == "fernet":
        return base64.urlsafe_b64encode(C.rbytes(rng, 32)).decode()
    raise ValueError(kind)


def check_value(t, v):
    import re
    kind = TYPE_INFO[t][3]
    if kind == "pw":
        return bool(C.PW_RE.match(v))
    if kind == "tpk":
        m = re.fullmatch(r"tpk_(\d{11})_[A-Za-z0-9]{32}", v)
        return bool(m) and C.verhoeff_ok(m.group(1))
    if kind == "mpi":
        m = re.fullmatch(r"mpi_([A-Za-z0-9]{40})_([0-9a-f]{8})", v)
        return bool(m) and C.adler_hex(m.group(1)) == m.group(2)
    if kind == "sjw":
        m = re.fullmatch(r"sjw_([0-9a-z]{31})", v)
        return bool(m) and C.luhn_mod_n_ok(m.group(1))
    if kind == "jwt":
        return C.jwt_ok(v) and '"HS512"' in C.b64u_dec(v.split(".")[0]).decode()
    if kind == "age":
        if not re.fullmatch(r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}", v):
            return False
        hrp, data = C.bech32_decode(v)
        return hrp == "age-secret-key-" and data is not None and len(data) == 32
    if kind == "fernet":
        try:
            return len(v) == 44 and len(base64.urlsafe_b64decode(v)) == 32
        except Exception:
            return False
    return False


# container kinds: (name, style, template). {k} key, {v} value slot, others fillers
CONTAINERS = [
    ("tree_survey_flask_instance_config_py", "upper",
     "# instance/config.py – survey app, not in git\nDEBUG = False\nSERVER_NAME = \"{host}\"\nSQLALCHEMY_DATABASE_URI = \"postgresql://{user}@{host}/survey\"\n{k} = \"{v}\"\nTREE_TAG_PREFIX = \"T\"\n"),
    ("tree_survey_qgis_plugin_settings_ini", "snake",
     "[General]\nplugin_version=2.4.1\nlast_project=/home/{user}/surveys/{site}.qgz\n\n[sync]\nendpoint=https://{host}/api/v2\n{k}={v}\nbatch_size=250\n"),
    ("tpo_checker_sveltekit_env", "upper",
     "# .env for the TPO checker (sveltekit)\nPUBLIC_SITE_NAME=\"TPO checker\"\nORIGIN=https://{host}\n{k}={v}\nCOUNCIL_FEED_TIMEOUT_MS=8000\n"),
    ("tpo_checker_astro_config_mjs", "camel",
     "import {{ defineConfig }} from 'astro/config';\n\nconst secrets = {{\n  {k}: '{v}',\n}};\n\nexport default defineConfig({{ site: 'https://{host}', vite: {{ define: {{ __S__: JSON.stringify(secrets) }} }} }});\n"),
    ("quote_builder_wordpress_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'quotes' );\ndefine( 'DB_USER', '{user}' );\ndefine( 'DB_HOST', '{host}' );\ndefine( 'ARB_{k}', '{v}' );\n$table_prefix = 'wpq_';\n"),
    ("quote_builder_strapi_env", "upper",
     "HOST=0.0.0.0\nPORT=1337\nAPP_KEYS=toBeModified1,toBeModified2\nDATABASE_CLIENT=postgres\nDATABASE_HOST={host}\n{k}={v}\n"),
    ("risk_assessment_vue_vite_env_local", "upper",
     "# .env.local (risk assessments, vite)\nVITE_API_BASE=https://{host}/ra\nVITE_{k}={v}\nVITE_SITE_PHOTOS_MAX=12\n"),
    ("risk_assessment_aspnet_user_secrets_json", "pascal",
     "{{\n  \"ConnectionStrings:Ra\": \"Server={host};Database=ra;Trusted_Connection=False\",\n  \"Arb:{k}\": \"{v}\",\n  \"Arb:WindSpeedLimitMph\": \"35\"\n}}\n"),
    ("crew_rota_rust_config_toml", "snake",
     "[server]\nbind = \"0.0.0.0:8088\"\n\n[rota]\ncrews = [\"climb-a\", \"climb-b\", \"chipper-1\"]\n{k} = \"{v}\"\nweek_starts = \"monday\"\n"),
    ("crew_rota_phoenix_runtime_exs", "snake",
     "import Config\n\nconfig :crew_rota, CrewRota.Repo,\n  hostname: \"{host}\",\n  username: \"{user}\",\n  {k}: \"{v}\",\n  pool_size: 5\n"),
    ("chipper_crew_react_native_env", "upper",
     "API_URL=https://{host}\n{k}={v}\nSENTRY_ENV=production\nCHIPPER_FLEET=CH-04,CH-07\n"),
    ("climbing_crew_swift_xcconfig", "upper",
     "// Release.xcconfig – climbing crew app\nPRODUCT_BUNDLE_IDENTIFIER = uk.oakridge.climb\nAPI_HOST = {host}\n{k} = {v}\n"),
    ("moisture_logger_esphome_secrets_yaml", "snake",
     "# ESPHome secrets for the moisture loggers\nwifi_ssid: \"BirchfellYard\"\nota_host: \"{host}\"\n{k}: \"{v}\"\n"),
    ("moisture_logger_arduino_secrets_h", "upper",
     "// arduino_secrets.h – kiln bay 3 logger\n#define SECRET_SSID \"BirchfellKiln\"\n#define SECRET_{k} \"{v}\"\n#define LOG_INTERVAL_S 900\n"),
    ("seasoning_kiln_plc_gateway_json", "camel",
     "{{\n  \"gateway\": \"kiln-gw-02\",\n  \"upstream\": \"https://{host}/kiln\",\n  \"{k}\": \"{v}\",\n  \"bays\": [1, 2, 3, 4]\n}}\n"),
    ("seasoning_batches_rails_database_yml", "snake",
     "production:\n  adapter: postgresql\n  host: {host}\n  database: seasoning_production\n  username: {user}\n  {k}: \"{v}\"\n"),
    ("seasoning_batches_laminas_local_php", "snake",
     "<?php\nreturn [\n    'db' => [\n        'hostname' => '{host}',\n        'username' => '{user}',\n        '{k}' => '{v}',\n    ],\n];\n"),
    ("delivery_rounds_express_config_json", "camel",
     "{{\n  \"port\": 3000,\n  \"depot\": \"Birchfell Yard\",\n  \"{k}\": \"{v}\",\n  \"roundsPerDay\": 4\n}}\n"),
    ("delivery_rounds_kotlin_local_properties", "dot",
     "## local.properties – not committed\nsdk.dir=/home/{user}/Android/Sdk\nrounds.{k}={v}\nrounds.api.host={host}\n"),
    ("bulk_bag_orders_medusa_env", "upper",
     "MEDUSA_ADMIN_ONBOARDING_TYPE=default\nSTORE_CORS=https://{host}\nDATABASE_URL=postgres://{user}@{host}:5432/bags\n{k}={v}\n"),
    ("bulk_bag_orders_shopify_app_toml", "snake",
     "# shopify.app.toml (bulk bags)\nname = \"bulk-bags\"\napplication_url = \"https://{host}\"\n\n[build]\ndev_store_url = \"ashgrove-firewood.myshopify.com\"\n\n[custom]\n{k} = \"{v}\"\n"),
    ("stump_jobs_nestjs_env_development", "upper",
     "NODE_ENV=development\nJOBS_DB_HOST={host}\nJOBS_DB_USER={user}\n{k}={v}\nGRINDER_DEPTH_DEFAULT_MM=300\n"),
    ("stump_jobs_spring_application_properties", "dot",
     "spring.application.name=stump-jobs\nspring.datasource.url=jdbc:postgresql://{host}:5432/stumps\nspring.datasource.username={user}\narb.stump.{k}={v}\n"),
    ("waste_transfer_codeigniter_env", "dot",
     "CI_ENVIRONMENT = production\napp.baseURL = 'https://{host}/'\ndatabase.default.hostname = {host}\nwtn.{k} = {v}\n"),
    ("waste_notes_pyramid_production_ini", "dot",
     "[app:main]\nuse = egg:waste_notes\nsqlalchemy.url = postgresql://{user}@{host}/wtn\nwaste.{k} = {v}\n\n[server:main]\nuse = egg:waitress#main\nlisten = *:6543\n"),
    ("equipment_service_log_electron_config_json", "camel",
     "{{\n  \"window\": {{ \"width\": 1280, \"height\": 800 }},\n  \"syncHost\": \"{host}\",\n  \"{k}\": \"{v}\",\n  \"saws\": [\"MS 261\", \"MS 201T\", \"MS 462\"]\n}}\n"),
    ("equipment_service_log_sqlite_backup_sh", "upper",
     "#!/bin/sh\n# nightly backup of the service log db\nset -eu\nexport BACKUP_HOST={host}\nexport {k}='{v}'\nsqlite3 /srv/servicelog/log.db \".backup /tmp/log.db\"\n"),
    ("yard_cctv_frigate_config_yml", "snake",
     "mqtt:\n  host: {host}\n  user: {user}\n  {k}: \"{v}\"\ncameras:\n  gate:\n    ffmpeg:\n      inputs:\n        - path: rtsp://10.40.2.31:554/stream1\n"),
    ("firewood_shop_remix_env", "upper",
     "SESSION_COOKIE_NAME=__firewood\nSHOP_URL=https://{host}\n{k}={v}\nDELIVERY_ZONES=TN,ME,RH\n"),
    ("firewood_shop_django_env_file", "upper",
     "DJANGO_SETTINGS_MODULE=firewood.settings.prod\nALLOWED_HOSTS={host}\n{k}={v}\nLOG_CRATE_PRICE_PENCE=11500\n"),
    ("arb_ops_docker_compose_override_yml", "upper",
     "services:\n  api:\n    environment:\n      DB_HOST: {host}\n      {k}: \"{v}\"\n      TZ: Europe/London\n"),
    ("arb_ops_helm_values_yaml", "camel",
     "replicaCount: 2\nimage:\n  repository: registry.oakridge-tree.lan/arb/api\n  tag: \"1.18.3\"\nconfig:\n  host: {host}\n  {k}: \"{v}\"\n"),
    ("arb_ops_terraform_tfvars_json", "snake",
     "{{\n  \"region\": \"eu-west-2\",\n  \"db_host\": \"{host}\",\n  \"{k}\": \"{v}\",\n  \"yard_cidr\": \"10.40.0.0/16\"\n}}\n"),
    ("arb_ops_ansible_vars_plaintext_yml", "snake",
     "# group_vars/yard.yml (to be vaulted – not yet!)\nyard_host: {host}\nyard_admin: {user}\n{k}: \"{v}\"\n"),
    ("arb_ops_gitlab_ci_variables_yml", "upper",
     "variables:\n  DEPLOY_HOST: \"{host}\"\n  {k}: \"{v}\"\n\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n"),
    ("arb_ops_circleci_config_yml", "upper",
     "version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/python:3.12\n    environment:\n      TARGET: {host}\n      {k}: {v}\n    steps: [checkout]\n"),
    ("arb_ops_zsh_extended_history", "upper",
     ": 1716203311:0;cd ~/src/arb-api\n: 1716203340:0;export {k}='{v}'\n: 1716203352:0;make run\n"),
    ("arb_ops_tmux_scrollback_log", "upper",
     "{user}@{host}:~/rota$ {k}='{v}' ./bin/migrate --env prod\nmigrating... 14 applied\n{user}@{host}:~/rota$ \n"),
    ("arb_ops_launchd_plist", "upper",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\"><dict>\n  <key>Label</key><string>uk.oakridge.sync</string>\n  <key>EnvironmentVariables</key>\n  <dict>\n    <key>{k}</key><string>{v}</string>\n  </dict>\n</dict></plist>\n"),
    ("arb_ops_kubernetes_secret_stringdata_yaml", "upper",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: arb-api\ntype: Opaque\nstringData:\n  {k}: \"{v}\"\n"),
    ("crew_whatsapp_group_export_txt", "spaced",
     "12/05/2024, 07:41 - Dan (climber): morning, van 2 is at the yard\n12/05/2024, 07:43 - Priya (office): the {k} is {v} until Friday\n12/05/2024, 07:44 - Dan (climber): cheers\n"),
    ("office_outlook_email_forward", "spaced",
     "From: office@hollybank-arb.example\nSubject: FW: new system logins\n\nHi Sam,\n\nForwarding as asked – {k}: {v}\n\nThanks, Jo\n"),
    ("yard_jira_ticket_comment", "spaced",
     "ARB-412 Kiln logger offline after firmware update\nComment by {user}: reset done, {k} now {v} (will rotate once stable)\n"),
    ("depot_whiteboard_photo_ocr", "title",
     "DEPOT BOARD - WEEK 20\nCHIPPER CH-07 SERVICE DUE\n{k}: {v}\nBULK BAGS: 42 IN STOCK\n"),
    ("quotes_google_sheet_csv_export", "title",
     "System,Field,Value,Updated\nQuotes,Host,{host},2024-05-09\nQuotes,{k},{v},2024-05-09\n"),
]
SPARE_KIND = "survey_tablet_capacitor_config_json"
CONTAINER_NAMES = [c[0] for c in CONTAINERS]


def render(cont, tname, value, rng):
    name, style, tpl = cont
    words = TYPE_INFO[tname][1]
    k = C.keyname(words, style)
    fill = {"host": rng.choice(HOSTS), "user": rng.choice(USERS),
            "site": rng.choice(["beech_lane", "glebe_farm", "mill_wood", "church_row"])}
    text = tpl.format(k=k, v=MARK, **fill)
    start = text.index(MARK)
    text = text.replace(MARK, value)
    return text, start


def pairing():
    rng = random.Random(C.SEEDS["everyday_pairing"])
    deal = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            deal.append(perm[4 * j: 4 * j + 4])
    return deal


def generate(reg):
    rng = random.Random(C.SEEDS["everyday_values"])
    deal = pairing()
    recs = []
    for ci, cont in enumerate(CONTAINERS):
        for tname in deal[ci]:
            kind = TYPE_INFO[tname][3]
            v = reg.draw(lambda: gen_value(kind, rng))
            text, start = render(cont, tname, v, rng)
            recs.append({"type": tname, "container": cont[0], "text": text,
                         "secrets": [{"value": v, "start": start, "end": start + len(v), "type": tname}],
                         "source": "everyday"})
    return recs
