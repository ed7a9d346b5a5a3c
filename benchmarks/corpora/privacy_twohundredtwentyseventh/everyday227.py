"""Everyday source: 12 secret types of a sign shop x 45 container kinds x 4."""
import base64
import json
import random

from common227 import (ALNUM, DIGITS, HEX, LALNUM, MARK, bech32_encode, damm_digit, fletcher16,
                       make_jwt, mod3736_char, owner_password, positive, rbytes, rs, style_key)

SEED_VALUES = 22701
SEED_PAIRING = 22711

# type -> (key words, description, generator name)
TYPES = [
    ("sign_shop_job_tracker_password", ["job", "tracker", "password"],
     "owner-chosen password of the sign-shop job tracker (quotes, jobs, installs)"),
    ("vinyl_cut_server_password", ["cut", "server", "password"],
     "owner-chosen password of the vinyl-cutter / plotter cut server"),
    ("led_sign_controller_admin_password", ["led", "controller", "admin", "password"],
     "owner-chosen admin password of the LED message-sign controller"),
    ("laser_engraver_station_password", ["engraver", "station", "password"],
     "owner-chosen password of the laser-engraver workstation"),
    ("proof_portal_admin_password", ["proof", "portal", "admin", "password"],
     "owner-chosen admin password of the customer proof-approval portal"),
    ("install_crew_app_password", ["install", "app", "password"],
     "owner-chosen password of the installer field app"),
    ("led_panel_push_token", ["led", "push", "token"],
     "`lpt_` + 28 base62 + `_` + 4 lower-case hex of the real Fletcher-16 of those 28 characters; "
     "token the shop uses to push messages to LED panels (layout invented)"),
    ("proof_portal_api_key", ["proof", "api", "key"],
     "`ppk_` + 10-digit shop number + its real Damm check digit + `_` + 32 base62; key of the proof-portal API "
     "(layout invented)"),
    ("sign_order_webhook_secret", ["order", "webhook", "secret"],
     "`sow_` + 32 lower-case alphanumerics + 1 real ISO 7064 MOD 37,36 check character; signs order webhooks "
     "from the web-to-sign shop (layout invented)"),
    ("installer_app_hs384_jwt", ["installer", "jwt"],
     "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 under a discarded key); bearer token of "
     "the installer app"),
    ("quote_app_rails_master_key", ["rails", "master", "key"],
     "Rails `config/master.key`: 32 lower-case hex; decrypts the quote app's credentials"),
    ("artwork_vault_age_secret_key", ["artwork", "age", "key"],
     "age X25519 identity `AGE-SECRET-KEY-1` + 58 upper-case Bech32 characters with a real BIP-173 checksum "
     "over 32 random bytes; decrypts the customer-artwork backups"),
]
TYPE_NAMES = [t[0] for t in TYPES]
TYPE_WORDS = {t[0]: t[1] for t in TYPES}
TYPE_DESC = {t[0]: t[2] for t in TYPES}
PASSWORD_TYPES = TYPE_NAMES[:6]


def gen_value(rng, typ):
    if typ in PASSWORD_TYPES:
        return owner_password(rng)
    if typ == "led_panel_push_token":
        body = rs(rng, ALNUM, 28)
        return "lpt_%s_%04x" % (body, fletcher16(body.encode()))
    if typ == "proof_portal_api_key":
        shop = str(rng.randint(1, 9)) + rs(rng, DIGITS, 9)
        return "ppk_%s%s_%s" % (shop, damm_digit(shop), rs(rng, ALNUM, 32))
    if typ == "sign_order_webhook_secret":
        body = rs(rng, LALNUM, 32)
        return "sow_" + body + mod3736_char(body)
    if typ == "installer_app_hs384_jwt":
        iat = 1700000000 + rng.randint(0, 30000000)
        payload = {"sub": "crew-%d" % rng.randint(10, 99), "van": "VN%02d" % rng.randint(1, 20),
                   "scope": "jobs:read photos:write", "iat": iat, "exp": iat + 43200}
        return make_jwt(rng, "HS384", payload)
    if typ == "quote_app_rails_master_key":
        return rs(rng, HEX, 32)
    if typ == "artwork_vault_age_secret_key":
        return bech32_encode("age-secret-key-", rbytes(rng, 32)).upper()
    raise KeyError(typ)


# container kinds: (name, key style, template).  «K» key, «V» value slot, «H» host, «U» user, «N» number
CONTAINERS = [
    ("job_tracker_symfony_dotenv_local", "upper",
     "###> symfony/framework-bundle ###\nAPP_ENV=prod\nAPP_DEBUG=0\n###< symfony/framework-bundle ###\n"
     "DATABASE_URL=\"postgresql://jobs@db.«H»:5432/jobs?serverVersion=15\"\n«K»=«V»\nJOBS_PER_PAGE=«N»\n"),
    ("job_tracker_symfony_services_yaml_parameters", "snake",
     "# config/services.yaml\nparameters:\n    app.shop_name: 'Hartley Signs'\n    «K»: '«V»'\n"
     "    app.proof_expiry_days: «N»\n\nservices:\n    _defaults:\n        autowire: true\n"),
    ("job_tracker_phoenix_runtime_exs", "snake",
     "import Config\n\nif config_env() == :prod do\n  config :sign_jobs, SignJobs.Repo,\n"
     "    hostname: \"db.«H»\",\n    pool_size: «N»\n\n  config :sign_jobs, :integrations,\n    «K»: \"«V»\"\nend\n"),
    ("job_tracker_fastapi_pydantic_settings_py", "snake",
     "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n"
     "    shop_host: str = \"jobs.«H»\"\n    worker_count: int = «N»\n    «K»: str = \"«V»\"\n\n\nsettings = Settings()\n"),
    ("job_tracker_go_viper_config_yaml", "camel",
     "server:\n  listen: \":8080\"\n  host: jobs.«H»\nintegrations:\n  «K»: «V»\n  retries: «N»\n"),
    ("quote_app_nuxt_runtime_config_ts", "camel",
     "export default defineNuxtConfig({\n  runtimeConfig: {\n    «K»: '«V»',\n"
     "    public: { quoteHost: 'https://quote.«H»', maxUploadMb: «N» },\n  },\n})\n"),
    ("quote_app_rails_credentials_yml_dec", "snake",
     "# rails credentials:edit (decrypted view)\nsecret_key_base_rotation: false\nquote:\n  host: quote.«H»\n"
     "  «K»: «V»\n  vat_rate: 20\n"),
    ("quote_app_dotnet_appsettings_development_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"Quote\": {\n"
     "    \"Host\": \"https://quote.«H»\",\n    \"«K»\": \"«V»\",\n    \"MaxPanels\": «N»\n  }\n}\n"),
    ("quote_app_spring_application_yaml", "kebab",
     "spring:\n  application:\n    name: sign-quote\nsign-quote:\n  base-url: https://quote.«H»\n"
     "  «K»: \"«V»\"\n  panel-limit: «N»\n"),
    ("proof_portal_quarkus_application_properties", "dot",
     "quarkus.http.port=8080\nquarkus.datasource.jdbc.url=jdbc:postgresql://db.«H»:5432/proofs\n"
     "proof.«K»=«V»\nproof.reminder-days=«N»\n"),
    ("proof_portal_nestjs_config_ts", "camel",
     "import { registerAs } from '@nestjs/config';\n\nexport default registerAs('proof', () => ({\n"
     "  host: 'proofs.«H»',\n  «K»: '«V»',\n  maxRevisions: «N»,\n}));\n"),
    ("proof_portal_laravel_env", "upper",
     "APP_NAME=\"Proof Portal\"\nAPP_URL=https://proofs.«H»\nLOG_CHANNEL=stack\nQUEUE_CONNECTION=redis\n«K»=\"«V»\"\n"
     "PROOF_WATERMARK_OPACITY=0.«N»\n"),
    ("proof_portal_strapi_config_plugins_js", "camel",
     "module.exports = ({ env }) => ({\n  upload: { config: { sizeLimit: «N» * 1024 * 1024 } },\n"
     "  proofs: {\n    enabled: true,\n    config: { «K»: env('PROOF_SECRET', '«V»') },\n  },\n});\n"),
    ("proof_portal_hugo_config_toml", "snake",
     "baseURL = \"https://proofs.«H»/\"\ntitle = \"Artwork proofs\"\n\n[params]\n  gallery_columns = «N»\n"
     "  «K» = \"«V»\"\n"),
    ("led_controller_esp32_platformio_ini_build_flags", "upper",
     "[env:esp32dev]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nmonitor_speed = 115200\n"
     "build_flags =\n    -D PANEL_COLUMNS=«N»\n    -D «K»=\\\"«V»\\\"\n"),
    ("led_controller_nodered_flows_cred_json", "camel",
     "{\n  \"7f3a9c21.d4e5b8\": {\n    \"user\": \"«U»\",\n    \"«K»\": \"«V»\"\n  },\n"
     "  \"2b81e0aa.c19f44\": { \"broker\": \"mqtt.«H»\" }\n}\n"),
    ("led_controller_home_assistant_secrets_yaml", "snake",
     "# secrets.yaml\nwifi_ssid: \"Workshop\"\nshop_latitude: 53.«N»\n«K»: \"«V»\"\n"),
    ("led_controller_zephyr_prj_conf", "upper",
     "CONFIG_NETWORKING=y\nCONFIG_NET_IPV4=y\nCONFIG_LED_STRIP=y\nCONFIG_APP_PANEL_ROWS=«N»\n"
     "CONFIG_APP_«K»=\"«V»\"\n"),
    ("engraver_station_lightburn_device_json", "camel",
     "{\n  \"DeviceList\": [\n    {\n      \"DisplayName\": \"CO2 60W\",\n      \"Port\": \"«H»:23\",\n"
     "      \"BedWidth\": «N»0,\n      \"«K»\": \"«V»\"\n    }\n  ]\n}\n"),
    ("engraver_station_powershell_profile_ps1", "pascal",
     "# Microsoft.PowerShell_profile.ps1 on the engraving PC\nSet-Location C:\\Jobs\\Engrave\n"
     "$JobShare = '\\\\nas.«H»\\engrave'\n$«K» = '«V»'\nImport-Module EngraveTools\n"),
    ("engraver_station_windows_registry_reg_export", "pascal",
     "Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\HartleySigns\\Engrave]\n"
     "\"Server\"=\"«H»\"\n\"«K»\"=\"«V»\"\n\"Copies\"=dword:0000000«N»\n"),
    ("rip_server_systemd_unit_environment", "upper",
     "[Unit]\nDescription=RIP hot-folder watcher\nAfter=network-online.target\n\n[Service]\nUser=rip\n"
     "Environment=\"RIP_QUEUE=/srv/rip/in\"\nEnvironment=\"«K»=«V»\"\nExecStart=/opt/rip/bin/watcher --threads «N»\n"
     "Restart=on-failure\n"),
    ("rip_server_supervisord_conf", "upper",
     "[program:ripwatch]\ncommand=/opt/rip/bin/watcher --threads «N»\nautostart=true\n"
     "environment=RIP_QUEUE=\"/srv/rip/in\",«K»=\"«V»\"\nstdout_logfile=/var/log/ripwatch.log\n"),
    ("rip_server_nomad_job_hcl", "upper",
     "job \"ripwatch\" {\n  datacenters = [\"shop\"]\n  group \"rip\" {\n    count = «N»\n    task \"watch\" {\n"
     "      driver = \"docker\"\n      env {\n        RIP_QUEUE = \"/srv/rip/in\"\n        «K» = \"«V»\"\n"
     "      }\n    }\n  }\n}\n"),
    ("sign_ops_ansible_group_vars_yml", "snake",
     "---\n# group_vars/shopfloor.yml\nntp_server: ntp.«H»\nplotter_count: «N»\n«K»: \"«V»\"\n"),
    ("sign_ops_pulumi_stack_yaml", "camel",
     "config:\n  aws:region: eu-west-2\n  signshop:instanceCount: \"«N»\"\n  signshop:«K»: «V»\n"),
    ("sign_ops_docker_swarm_stack_yml", "upper",
     "version: \"3.8\"\nservices:\n  jobs:\n    image: registry.«H»/jobs:1.«N»\n    environment:\n"
     "      - TZ=Europe/London\n      - «K»=«V»\n    deploy:\n      replicas: 2\n"),
    ("sign_ops_fly_toml_env", "upper",
     "app = \"sign-jobs\"\nprimary_region = \"lhr\"\n\n[env]\n  TZ = \"Europe/London\"\n  «K» = \"«V»\"\n\n"
     "[http_service]\n  internal_port = 80«N»\n"),
    ("sign_ops_render_yaml_envvars", "upper",
     "services:\n  - type: web\n    name: proofs\n    env: node\n    envVars:\n      - key: NODE_ENV\n"
     "        value: production\n      - key: «K»\n        value: «V»\n      - key: WEB_CONCURRENCY\n        value: «N»\n"),
    ("sign_ops_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy\n          script:\n"
     "            - export «K»=«V»\n            - ./deploy.sh --parallel «N»\n"),
    ("sign_ops_circleci_config_yml", "upper",
     "version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/python:3.12\n    environment:\n"
     "      «K»: «V»\n      PANEL_BATCH: «N»\n    steps:\n      - checkout\n"),
    ("sign_ops_azure_pipelines_yml_variables", "upper",
     "trigger:\n  - main\nvariables:\n  buildConfiguration: Release\n  «K»: '«V»'\n  panelBatch: «N»\n"
     "steps:\n  - script: dotnet publish -c $(buildConfiguration)\n"),
    ("sign_ops_fish_history", "upper",
     "- cmd: cd ~/src/sign-jobs\n  when: 17094«N»12\n- cmd: set -gx «K» '«V»'\n  when: 17094«N»40\n"
     "- cmd: make deploy\n  when: 17094«N»55\n"),
    ("sign_ops_powershell_psreadline_history", "upper",
     "cd C:\\src\\proof-portal\ngit pull\n$env:«K» = \"«V»\"\nnpm run build -- --workers «N»\n"),
    ("sign_ops_direnv_envrc", "upper",
     "# .envrc\nuse flake\nexport SHOP_HOST=jobs.«H»\nexport «K»='«V»'\nexport PANEL_BATCH=«N»\n"),
    ("sign_ops_tmux_scrollback_capture", "upper",
     "rip@printroom:~$ uptime\n 09:1«N» up 41 days,  3 users,  load average: 0.41, 0.38, 0.30\n"
     "rip@printroom:~$ «K»=«V» ./bin/ripwatch --once\n[ripwatch] queue empty, 0 jobs\nrip@printroom:~$ \n"),
    ("sign_ops_postman_environment_json", "camel",
     "{\n  \"name\": \"Sign shop – production\",\n  \"values\": [\n"
     "    { \"key\": \"baseUrl\", \"value\": \"https://api.«H»\", \"enabled\": true },\n"
     "    { \"key\": \"«K»\", \"value\": \"«V»\", \"enabled\": true }\n  ]\n}\n"),
    ("sign_ops_insomnia_export_yaml", "camel",
     "_type: export\n__export_format: 4\nresources:\n  - _id: env_«N»a1\n    _type: environment\n"
     "    name: Production\n    data:\n      host: api.«H»\n      «K»: «V»\n"),
    ("sign_ops_jupyter_notebook_cell_json", "upper",
     "{\n \"cell_type\": \"code\",\n \"execution_count\": «N»,\n \"metadata\": {},\n \"source\": [\n"
     "  \"import os\\n\",\n  \"os.environ[\\\"«K»\\\"] = \\\"«V»\\\"\\n\",\n  \"jobs = load_jobs()\"\n ]\n}\n"),
    ("sign_shop_whatsapp_group_export_txt", "spaced",
     "14/03/2024, 08:5«N» - Dean Hartley: van 2 is at the retail park fit\n"
     "14/03/2024, 08:58 - Priya: can someone send me the «K»?\n14/03/2024, 09:01 - Dean Hartley: «V»\n"
     "14/03/2024, 09:02 - Priya: ta\n"),
    ("sign_shop_trello_card_comment", "spaced",
     "Card: Retail park totem – install day\nComment by Sam K.:\nBooked access platform for «N» hrs. "
     "For the handover, «K» is «V» (change it after the job please).\n"),
    ("sign_shop_notion_page_export_md", "title",
     "# Shop systems\n\n| System | Host | Notes |\n|---|---|---|\n| Jobs | jobs.«H» | nightly backup |\n"
     "| «K» | – | «V» |\n| Plotters | «N» on floor | – |\n"),
    ("install_van_dashboard_photo_ocr", "title",
     "IMG_40«N».jpg – text found:\nVAN 3  CHECK OIL FRIDAY\n«K»\n«V»\nLADDER TAG DUE MAY\n"),
    ("sign_shop_excel_xlsx_csv_export", "title",
     "System,Owner,Value,Last changed\nJobs host,Dean,jobs.«H»,2024-02-1«N»\n«K»,Dean,«V»,2024-03-02\n"
     "Plotter count,Sam,«N»,2023-11-20\n"),
    ("sign_shop_discord_dm_paste", "spaced",
     "Priya — Today at 10:«N»\nhey, for the weekend shift the «K» is «V»\nPriya — Today at 10:4«N»\n"
     "don't post it in #general 🙏\n"),
]
SPARE_CONTAINER = "sign_ops_justfile_export_block"
HOSTS = ["hartley-signs.example", "brightline-signs.example", "oakmere-graphics.example",
         "kestrel-engraving.example"]
USERS = ["dean", "priya", "sam", "workshop", "rip", "install"]


def render(rng, container, typ, value):
    name, style, tpl = container
    key = style_key(TYPE_WORDS[typ], style)
    t = tpl.replace("«K»", key).replace("«H»", rng.choice(HOSTS)).replace("«U»", rng.choice(USERS))
    t = t.replace("«N»", str(rng.randint(2, 9)))
    t = t.replace("«V»", MARK)
    return t


def pairing():
    rng = random.Random(SEED_PAIRING)
    out = []  # list of (container, [types])
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for k in range(3):
            out.append((CONTAINERS[3 * b + k], perm[4 * k:4 * k + 4]))
    return out


def build(registry, next_id):
    rng = random.Random(SEED_VALUES)
    recs = []
    for container, types in pairing():
        for typ in types:
            value = registry.draw(lambda: gen_value(rng, typ))
            tpl = render(rng, container, typ, value)
            recs.append(positive(next_id(), typ, container[0], tpl, value, "everyday"))
    return recs
