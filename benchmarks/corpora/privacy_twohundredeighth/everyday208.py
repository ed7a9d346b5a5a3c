"""Everyday source: 12 secret types of the sweep / mason / watch-repair world x 45 container kinds."""
import random
import string

from common208 import (SLOT, B62, B36U, HEXL, owner_password, rstr, rbytes, b64u, jwt, adler32_hex,
                       mod97_digits, style_key, place, record, uuid4)
import base64

SEED = 20801
PAIR_SEED = 20811

# type -> (key words, description, generator kind)
TYPES = [
    ("sweep_certificate_portal_password", ["sweep", "cert", "portal", "password"],
     "owner-chosen password of the sweep-certificate portal (certificates issued after each sweep, appointment rounds)", "pw"),
    ("memorial_permit_portal_password", ["cemetery", "permit", "password"],
     "owner-chosen password of the cemetery-permit and memorial-application portal", "pw"),
    ("lettering_quote_db_password", ["quote", "db", "password"],
     "owner-chosen password of the database behind stone and lettering quotes", "pw"),
    ("watch_service_desk_admin_password", ["service", "desk", "admin", "password"],
     "owner-chosen admin password of the watch service-ticket desk", "pw"),
    ("spares_stock_db_password", ["spares", "db", "password"],
     "owner-chosen password of the parts and spares stock database", "pw"),
    ("valuation_archive_login_password", ["valuation", "archive", "password"],
     "owner-chosen login password of the insurance-valuation archive", "pw"),
    ("sweep_round_api_token", ["round", "api", "token"],
     "API token of the sweep appointment-round planner: `srt_` + 28 upper-case base36 + 2 digits of the real ISO 7064 MOD 97-10 check over the body (letters A=10 ... Z=35; prefix and check invented)", "srt"),
    ("reminder_webhook_signing_secret", ["reminder", "webhook", "secret"],
     "signing secret of the customer-reminder webhooks: `rmd_whsec_` + base64url of 32 random bytes (43 characters; prefix invented)", "rmd"),
    ("workshop_timer_device_psk", ["timer", "psk"],
     "pre-shared key of the workshop bench timers (TLS-PSK): 64 lower-case hex (256-bit, no prefix; the PSK identity is public)", "psk"),
    ("valuation_share_link_jwt", ["share", "link", "jwt"],
     "token in the insurance-valuation share links: real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 under a discarded key)", "jwt"),
    ("movement_records_fernet_key", ["records", "fernet", "key"],
     "Fernet key that encrypts the watch movement records: URL-safe Base64 of 32 random bytes (44 characters, one `=`)", "fernet"),
    ("spares_supplier_api_key", ["spares", "api", "key"],
     "API key of the spares-supplier stock feed: `spk_live_` + 32 base62 + `_` + 8 hex of the real Adler-32 of the 32-character body (layout invented)", "spk"),
]


def gen_value(kind, rng):
    if kind == "pw":
        return owner_password(rng)
    if kind == "srt":
        body = rstr(rng, B36U, 28)
        return "srt_" + body + mod97_digits(body)
    if kind == "rmd":
        return "rmd_whsec_" + b64u(rbytes(rng, 32))
    if kind == "psk":
        return rbytes(rng, 32).hex()
    if kind == "jwt":
        sub = "val-" + rstr(rng, string.digits, 6)
        return jwt(rng, "HS512", {"sub": sub, "scope": "valuation:read", "iat": 1718000000 + rng.randint(0, 9999999),
                                  "exp": 1730000000 + rng.randint(0, 9999999), "jti": uuid4(rng)})
    if kind == "fernet":
        return base64.urlsafe_b64encode(rbytes(rng, 32)).decode()
    if kind == "spk":
        body = rstr(rng, B62, 32)
        return "spk_live_" + body + "_" + adler32_hex(body)
    raise ValueError(kind)


# container kind -> (style, template). {K} = key name, SLOT = value. {U} user, {H} host
K = "{K}"
V = SLOT
CONTAINERS = [
    ("sweep_certs_rails_credentials_yml_dec", "snake",
     "# bin/rails credentials:show (production)\nsecret_key_base: <redacted by rails>\ncertificates:\n  host: certs.sootandsons.lan\n  " + K + ": " + V + "\n  pdf_bucket: sweep-certs-prod\n"),
    ("sweep_certs_remix_dotenv", "upper",
     "# .env for the Remix certificate app\nNODE_ENV=production\nSESSION_COOKIE_NAME=__sweep\nCERT_HOST=certs.sootandsons.lan\n" + K + "=" + V + "\n"),
    ("sweep_rounds_adonis_env_ts", "upper",
     "// start/env.ts – validated by Env.rules; values below are the current .env\n// PORT=3333\n// HOST=0.0.0.0\n// " + K + "=" + V + "\n// ROUNDS_REGION=north-yorkshire\n"),
    ("sweep_rounds_django_environ_env", "upper",
     "DJANGO_SETTINGS_MODULE=rounds.settings.prod\nDATABASE_URL=postgres://rounds@db.flueline.lan:5432/rounds\n" + K + "='" + V + "'\nALLOWED_HOSTS=rounds.flueline.lan\n"),
    ("appointment_rounds_sinatra_config_ru", "snake",
     "# config.ru\nrequire './app'\nset :environment, :production\nset :" + K + ", '" + V + "'\nset :rounds_calendar, 'weekly'\nrun RoundsApp\n"),
    ("appointment_rounds_elixir_runtime_exs", "snake",
     "import Config\n\nconfig :rounds, Rounds.Repo,\n  hostname: \"db.flueline.lan\",\n  database: \"rounds_prod\"\n\nconfig :rounds, " + K + ": \"" + V + "\"\n"),
    ("memorial_inscriptions_laravel_env", "upper",
     "APP_NAME=\"Inscriptions\"\nAPP_ENV=production\nDB_CONNECTION=mysql\nDB_HOST=10.4.0.12\n" + K + "=" + V + "\nQUEUE_CONNECTION=redis\n"),
    ("memorial_inscriptions_craft_cms_general_php", "camel",
     "<?php\n// config/general.php\nreturn [\n    'devMode' => false,\n    'siteUrl' => 'https://inscriptions.chiselandsons.example',\n    '" + K + "' => '" + V + "',\n];\n"),
    ("cemetery_permits_dotnet_appsettings_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"Permits\": {\n    \"Council\": \"Harrogate\",\n    \"" + K + "\": \"" + V + "\"\n  }\n}\n"),
    ("cemetery_permits_clojure_edn_config", "kebab",
     ";; resources/config.edn\n{:http {:port 8080}\n :permits {:council \"Ripon\"\n           :" + K + " \"" + V + "\"}}\n"),
    ("lettering_quotes_strapi_env", "upper",
     "HOST=0.0.0.0\nPORT=1337\nAPP_KEYS=see-vault\nDATABASE_CLIENT=postgres\n" + K + "=" + V + "\n"),
    ("lettering_quotes_flask_instance_config_py", "upper",
     "# instance/config.py (not in git)\nDEBUG = False\nQUOTE_CURRENCY = \"GBP\"\n" + K + " = \"" + V + "\"\nLETTER_COST_PER_CHAR = 3.40\n"),
    ("stone_quotes_spring_bootstrap_properties", "dot",
     "spring.application.name=stone-quotes\nspring.datasource.url=jdbc:postgresql://db.quarrymark.lan:5432/quotes\nspring.datasource.username=quotes\n" + K + "=" + V + "\n"),
    ("stone_quotes_micronaut_application_yml", "kebab",
     "micronaut:\n  application:\n    name: stone-quotes\nquotes:\n  vat-rate: 0.2\n  " + K + ": '" + V + "'\n"),
    ("watch_service_tickets_express_config_js", "camel",
     "// config/production.js\nmodule.exports = {\n  port: 8081,\n  ticketPrefix: 'WS',\n  " + K + ": '" + V + "',\n};\n"),
    ("watch_service_tickets_deno_env", "upper",
     "# .env read by Deno std/dotenv\nDENO_ENV=production\nTICKETS_KV=/var/lib/tickets/kv.sqlite\n" + K + "=\"" + V + "\"\n"),
    ("movement_records_fastapi_env_prod", "upper",
     "APP_MODULE=movements.main:app\nWORKERS=2\nMOVEMENTS_DB=postgresql+psycopg://movements@db.benchtime.lan/movements\n" + K + "=" + V + "\n"),
    ("movement_records_sqlalchemy_alembic_ini", "snake",
     "[alembic]\nscript_location = migrations\n\n[movements]\nsqlalchemy_url = postgresql://movements@db.benchtime.lan/movements\n" + K + " = " + V + "\n"),
    ("spares_stock_odoo_conf", "snake",
     "[options]\naddons_path = /opt/odoo/addons,/opt/spares/addons\ndb_host = 10.4.0.20\ndb_user = odoo\n" + K + " = " + V + "\nlimit_time_cpu = 600\n"),
    ("spares_stock_erpnext_common_site_config_json", "snake",
     "{\n \"background_workers\": 1,\n \"redis_cache\": \"redis://redis-cache:6379\",\n \"" + K + "\": \"" + V + "\",\n \"socketio_port\": 9000\n}\n"),
    ("customer_reminders_n8n_env", "upper",
     "N8N_HOST=reminders.benchtime.lan\nN8N_PROTOCOL=https\nGENERIC_TIMEZONE=Europe/London\n" + K + "=" + V + "\n"),
    ("customer_reminders_laravel_horizon_php", "snake",
     "<?php\n// config/reminders.php\nreturn [\n    'send_days_before' => 14,\n    '" + K + "' => env('REMINDERS_OVERRIDE', '" + V + "'),\n];\n"),
    ("insurance_valuations_nextjs_env_local", "upper",
     "# .env.local\nNEXT_PUBLIC_SITE_NAME=Valuations\nVALUATION_PDF_DIR=/srv/valuations\n" + K + "=" + V + "\n"),
    ("insurance_valuations_go_toml_config", "snake",
     "[server]\naddr = \":8090\"\n\n[valuations]\ninsurer_list = [\"Hiscox\", \"Aviva\"]\n" + K + " = \"" + V + "\"\n"),
    ("workshop_timer_platformio_ini", "upper",
     "[env:benchtimer]\nplatform = espressif32\nboard = esp32dev\nbuild_flags =\n    -D TIMER_BENCH_ID=3\n    -D " + K + "=\\\"" + V + "\\\"\n"),
    ("workshop_timer_zephyr_prj_conf", "upper",
     "CONFIG_NETWORKING=y\nCONFIG_MQTT_LIB=y\nCONFIG_BENCH_TIMER_ID=4\nCONFIG_" + K + "=\"" + V + "\"\n"),
    ("bench_timer_nodered_settings_js", "camel",
     "module.exports = {\n    uiPort: 1880,\n    flowFile: 'bench-timers.json',\n    functionGlobalContext: {\n        " + K + ": '" + V + "'\n    }\n};\n"),
    ("timegrapher_bridge_rust_config_toml", "snake",
     "[serial]\nport = \"/dev/ttyUSB0\"\nbaud = 115200\n\n[upload]\nendpoint = \"https://movements.benchtime.lan/api/readings\"\n" + K + " = \"" + V + "\"\n"),
    ("sweep_van_tablet_android_gradle_properties", "dot",
     "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\nsweepvan.flavor=field\n" + K + "=" + V + "\n"),
    ("sweep_van_tablet_swift_xcconfig", "upper",
     "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = lan.flueline.sweepvan\nROUNDS_BASE_HOST = rounds.flueline.lan\n" + K + " = " + V + "\n"),
    ("quote_builder_vite_env", "upper",
     "VITE_APP_TITLE=Memorial quote builder\nVITE_FONT_CDN=/fonts\nQUOTE_SERVER_ONLY=1\n" + K + "=" + V + "\n"),
    ("quote_builder_angular_environment_ts", "camel",
     "export const environment = {\n  production: true,\n  apiBase: '/api',\n  " + K + ": '" + V + "',\n};\n"),
    ("workshop_ops_docker_swarm_stack_yml", "upper",
     "services:\n  tickets:\n    image: registry.benchtime.lan/tickets:2.4\n    deploy:\n      replicas: 2\n    environment:\n      - " + K + "=" + V + "\n"),
    ("workshop_ops_k8s_configmap_yaml", "upper",
     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: spares-config\ndata:\n  SPARES_REGION: \"uk\"\n  " + K + ": \"" + V + "\"\n"),
    ("workshop_ops_terraform_tfvars", "snake",
     "region        = \"eu-west-2\"\ninstance_type = \"t3.small\"\n" + K + " = \"" + V + "\"\n"),
    ("workshop_ops_gitlab_ci_variables_yml", "upper",
     "variables:\n  DOCKER_DRIVER: overlay2\n  " + K + ": \"" + V + "\"\n\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n"),
    ("workshop_ops_justfile_exports", "upper",
     "set dotenv-load := false\n\nexport " + K + " := \"" + V + "\"\n\ndeploy:\n    ./scripts/deploy.sh\n"),
    ("workshop_ops_zsh_history", "upper",
     ": 1718031200:0;cd ~/src/rounds\n: 1718031214:0;export " + K + "='" + V + "'\n: 1718031230:0;npm run sync\n"),
    ("workshop_ops_cmd_setx_history", "upper",
     "C:\\Users\\bench> setx " + K + " \"" + V + "\"\n\nSUCCESS: Specified value was saved.\nC:\\Users\\bench> echo done\n"),
    ("workshop_ops_supervisord_conf_environment", "upper",
     "[program:reminders]\ncommand=/opt/reminders/bin/worker\nautorestart=true\nenvironment=REMINDERS_ENV=\"prod\"," + K + "=\"" + V + "\"\n"),
    ("sweeps_whatsapp_group_export", "spaced",
     "[12/06/2024, 07:41:09] Dave (rounds): van 2 is on the Harrogate round today\n[12/06/2024, 07:42:30] Kerry: new " + K + " is " + V + " – don't put it on the fridge this time\n[12/06/2024, 07:43:02] Dave (rounds): 👍\n"),
    ("masons_discord_channel_paste", "spaced",
     "#yard-it  —  Today at 10:14\nMo: moved the lettering machine onto the new switch\nMo: " + K + " for the new box: " + V + "\nAlys: ta, saved\n"),
    ("watch_bench_notebook_photo_ocr", "title",
     "BENCH 2 - NOTES\nTimegrapher re-levelled 11/06\n" + K + ": " + V + "\nOrder more 2.5mm crystals\n"),
    ("valuation_register_numbers_csv_export", "title",
     "Item,Owner,Valuer,Notes\n\"Omega Seamaster 166.010\",\"client 2231\",\"RJ\",\"re-valued for insurer\"\n\"Office PC\",\"workshop\",\"RJ\",\"" + K + ": " + V + "\"\n"),
    ("repair_jira_ticket_comment", "spaced",
     "WRK-412  Bench PC rebuild\nComment by Rhys J. – 11/Jun/24 16:02\nRebuilt and re-joined. The " + K + " is now " + V + " (rotated). Closing.\n"),
]
SPARE_KIND = ("workshop_ops_nixos_module_nix", "camel",
              "{ config, ... }: {\n  services.rounds.enable = true;\n  services.rounds." + K + " = \"" + V + "\";\n}\n")


def pairing():
    """45 kinds in 15 blocks of three; each block deals a seeded permutation of the 12 types, 4 per kind."""
    rng = random.Random(PAIR_SEED)
    out = []
    for b in range(15):
        perm = list(range(12))
        rng.shuffle(perm)
        for j in range(3):
            out.append(perm[4 * j:4 * j + 4])
    return out


def generate(reg):
    rng = random.Random(SEED)
    recs = []
    pairs = pairing()
    for ci, (kind, style, tpl) in enumerate(CONTAINERS):
        for ti in pairs[ci]:
            tname, words, _desc, gk = TYPES[ti]
            value = reg.draw(lambda: gen_value(gk, rng))
            key = style_key(words, style)
            text, s, e = place(tpl.replace("{K}", key), value)
            recs.append(("everyday", tname, kind, text, value, s, e, None))
    return recs
