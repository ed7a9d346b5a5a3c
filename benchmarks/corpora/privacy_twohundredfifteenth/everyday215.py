"""Everyday source: 12 secret types of the upholstery / restoration / antique-dealer world x 45 container kinds."""
import random

from common215 import (SLOT, B62, HEXL, LOWALNUM, B32, rs, rbytes, b64u, uuid4, owner_pw, jwt,
                       fletcher16, crc16_ccitt_false, nkey_encode, style_key, fill, positive)

SEED_VALUES = 21501
SEED_PAIRING = 21511

# (type, key words, description, generator-name)
TYPES = [
    ("upholstery_job_sheet_admin_password", ["job", "sheet", "admin", "password"],
     "owner-chosen admin password of the upholstery job-sheet system (jobs, fabric allowances, labour)", "pw"),
    ("fabric_sample_library_db_password", ["fabric", "library", "db", "password"],
     "owner-chosen password of the database behind the fabric-sample and foam-stock library", "pw"),
    ("condition_report_portal_password", ["condition", "portal", "password"],
     "owner-chosen password of the restoration condition-report and photo portal", "pw"),
    ("provenance_register_db_password", ["provenance", "db", "password"],
     "owner-chosen password of the provenance and auction-lot register database", "pw"),
    ("collection_delivery_scheduler_password", ["slot", "scheduler", "password"],
     "owner-chosen password of the workshop collection and delivery slot scheduler", "pw"),
    ("dealer_fair_stand_pos_password", ["fair", "pos", "password"],
     "owner-chosen login password of the till used on dealer-fair stands", "pw"),
    ("restoration_photo_store_api_key", ["photo", "store", "api", "key"],
     "`rps_` + 30 base62 + 4 lower-case hex of the real Fletcher-16 of those 30 characters; key of the restoration photo store (layout invented)", "rps"),
    ("auction_lot_webhook_signing_secret", ["lot", "webhook", "secret"],
     "`lotwh_` + 64 lower-case hex (32 random bytes); signs auction-lot status webhooks (prefix invented)", "lotwh"),
    ("valuation_certificate_signing_jwt", ["valuation", "cert", "jwt"],
     "EdDSA-shaped JWT (real base64url JSON header and payload, 64 random signature bytes); bearer token of the valuation-certificate signing service", "jwt"),
    ("export_customs_broker_api_token", ["customs", "broker", "token"],
     "`ecx_` + 36 lower-case base36 + `_` + 4 lower-case hex of the real CRC-16/CCITT-FALSE of the body; token of the export customs-broker API (layout invented)", "ecx"),
    ("workshop_sensor_nats_user_seed", ["nats", "user", "seed"],
     "NATS user nkey seed (`SU` + 56 Base32, 32 random bytes, real CRC-16/XMODEM); signs in the workshop humidity and temperature sensors", "nkey"),
    ("fair_stand_staff_totp_seed", ["stand", "totp", "secret"],
     "RFC 4648 Base32 TOTP seed of 20 random bytes (32 characters, no padding); second factor of the dealer-fair stand staff login", "totp"),
]

PW_TYPES = [t[0] for t in TYPES if t[3] == "pw"]

HOSTS = ["jobs.tackandtwine.lan", "db.hessianworks.lan", "photos.oldoakrestoration.example",
         "lots.gavelandlot.example", "slots.tackandtwine.lan", "pos.patinaandprovenance.example",
         "10.42.0.17", "10.42.3.8", "192.168.50.21"]
USERS = ["workshop", "restorer", "dealer_admin", "gavel", "upholsterer", "slots_svc", "fairstand"]


def gen_value(rng, kind):
    if kind == "pw":
        return owner_pw(rng)
    if kind == "rps":
        body = rs(rng, B62, 30)
        return "rps_" + body + "%04x" % fletcher16(body.encode())
    if kind == "lotwh":
        return "lotwh_" + rbytes(rng, 32).hex()
    if kind == "jwt":
        hdr = {"alg": "EdDSA", "typ": "JWT", "kid": "valcert-" + rs(rng, HEXL, 6)}
        pl = {"iss": "https://certs.patinaandprovenance.example", "sub": "valuation-signer",
              "aud": "valuation-api", "iat": 1735700000 + rng.randrange(9000000),
              "scope": "certificate:sign", "jti": uuid4(rng)}
        pl["exp"] = pl["iat"] + 31536000
        return jwt(hdr, pl, rbytes(rng, 64))
    if kind == "ecx":
        body = rs(rng, LOWALNUM, 36)
        return "ecx_" + body + "_%04x" % crc16_ccitt_false(body.encode())
    if kind == "nkey":
        return nkey_encode(20 << 3, rbytes(rng, 32), seed=True)
    if kind == "totp":
        import base64
        return base64.b32encode(rbytes(rng, 20)).decode()
    raise ValueError(kind)


# container kinds: (name, style, template).  §K key, SLOT value, §H host, §U user, §P port, §I uuid, §N number
V = SLOT
CONTAINERS = [
    ("job_sheets_laravel_dotenv", "upper",
     "APP_NAME=\"Tack & Twine Jobs\"\nAPP_ENV=production\nDB_HOST=§H\nDB_USERNAME=§U\n§K=\"" + V + "\"\nQUEUE_CONNECTION=redis\n"),
    ("job_sheets_rails_credentials_yml_plain", "snake",
     "# bin/rails credentials:edit (decrypted view)\nsecret_key_base_rotation: false\njob_sheets:\n  host: §H\n  §K: \"" + V + "\"\n  foam_allowance_pct: 12\n"),
    ("job_sheets_django_settings_py", "upper",
     "ALLOWED_HOSTS = [\"§H\"]\nJOB_SHEET_PAGE_SIZE = 50\n§K = \"" + V + "\"\nFABRIC_ALLOWANCE_METRES = 0.5\n"),
    ("fabric_samples_fastapi_pydantic_settings_py", "snake",
     "class Settings(BaseSettings):\n    db_host: str = \"§H\"\n    db_user: str = \"§U\"\n    §K: str = \"" + V + "\"\n    swatch_dir: str = \"/srv/swatches\"\n"),
    ("fabric_samples_prisma_dotenv", "upper",
     "# used by prisma/schema.prisma\nSWATCH_BUCKET=fabric-swatches\n§K='" + V + "'\nSHADOW_DB_HOST=§H\n"),
    ("fabric_samples_sequelize_config_json", "camel",
     "{\n  \"production\": {\n    \"username\": \"§U\",\n    \"host\": \"§H\",\n    \"dialect\": \"mariadb\",\n    \"§K\": \"" + V + "\"\n  }\n}\n"),
    ("condition_reports_nuxt_runtime_config_ts", "camel",
     "export default defineNuxtConfig({\n  runtimeConfig: {\n    reportsHost: '§H',\n    §K: '" + V + "',\n    public: { photoMaxMb: 25 }\n  }\n})\n"),
    ("condition_reports_spring_boot_application_properties", "dot",
     "spring.application.name=condition-reports\nreports.storage.host=§H\nreports.§K=" + V + "\nreports.photo.max-size=25MB\n"),
    ("condition_photos_kotlin_buildconfig_gradle_kts", "upper",
     "android {\n    defaultConfig {\n        buildConfigField(\"String\", \"PHOTO_HOST\", \"\\\"§H\\\"\")\n        buildConfigField(\"String\", \"§K\", \"\\\"" + V + "\\\"\")\n    }\n}\n"),
    ("condition_photos_flutter_dart_define_json", "upper",
     "{\n  \"API_BASE\": \"https://§H\",\n  \"§K\": \"" + V + "\",\n  \"PHOTO_QUALITY\": \"85\"\n}\n"),
    ("provenance_records_quarkus_application_properties", "dot",
     "quarkus.datasource.db-kind=postgresql\nquarkus.datasource.username=§U\nprovenance.§K=" + V + "\nquarkus.http.port=§P\n"),
    ("provenance_records_rust_rocket_toml", "snake",
     "[release]\naddress = \"0.0.0.0\"\nport = §P\n\n[release.provenance]\n§K = \"" + V + "\"\narchive_host = \"§H\"\n"),
    ("auction_lots_symfony_parameters_yaml", "snake",
     "parameters:\n    lots.sale_prefix: 'GL'\n    lots.§K: '" + V + "'\n    lots.catalogue_host: '§H'\n"),
    ("auction_lots_elixir_config_exs", "snake",
     "import Config\n\nconfig :gavel_lots, GavelLots.Repo,\n  hostname: \"§H\",\n  username: \"§U\"\n\nconfig :gavel_lots, §K: \"" + V + "\"\n"),
    ("auction_lots_go_viper_config_yaml", "snake",
     "server:\n  port: §P\nsaleroom:\n  catalogue_host: §H\n  §K: \"" + V + "\"\n  buyer_premium_pct: 25\n"),
    ("collection_slots_express_config_js", "camel",
     "module.exports = {\n  slotLengthMinutes: 30,\n  depotHost: '§H',\n  §K: '" + V + "',\n  vanCount: 2,\n};\n"),
    ("collection_slots_remix_env_server_ts", "camel",
     "// app/env.server.ts\nexport const env = {\n  depotHost: process.env.DEPOT_HOST ?? \"§H\",\n  §K: process.env.SLOT_OVERRIDE ?? \"" + V + "\",\n};\n"),
    ("delivery_routes_aspnet_appsettings_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"DeliveryRoutes\": {\n    \"DepotHost\": \"§H\",\n    \"§K\": \"" + V + "\"\n  }\n}\n"),
    ("delivery_routes_java_jdbc_properties", "dot",
     "jdbc.url=jdbc:postgresql://§H:5432/routes\njdbc.username=§U\nroutes.§K=" + V + "\njdbc.pool.max=8\n"),
    ("dealer_fair_stand_electron_store_json", "camel",
     "{\n  \"standNumber\": \"B§N\",\n  \"printer\": \"Star TSP143\",\n  \"§K\": \"" + V + "\",\n  \"syncHost\": \"§H\"\n}\n"),
    ("dealer_fair_pos_ionic_environment_prod_ts", "camel",
     "export const environment = {\n  production: true,\n  apiUrl: 'https://§H/api',\n  §K: '" + V + "',\n};\n"),
    ("valuation_certs_wagtail_settings_production_py", "upper",
     "from .base import *  # noqa\n\nDEBUG = False\nWAGTAIL_SITE_NAME = \"Patina & Provenance valuations\"\n§K = \"" + V + "\"\n"),
    ("valuation_certs_ghost_config_production_json", "camel",
     "{\n  \"url\": \"https://§H\",\n  \"database\": { \"client\": \"mysql\" },\n  \"valuations\": { \"§K\": \"" + V + "\" }\n}\n"),
    ("insurance_exports_wrangler_toml_vars", "upper",
     "name = \"insurance-exports\"\nmain = \"src/index.ts\"\n\n[vars]\nINSURER_HOST = \"§H\"\n§K = \"" + V + "\"\n"),
    ("customs_exports_python_configparser_ini", "snake",
     "[broker]\nhost = §H\nuser = §U\n§K = " + V + "\ncommodity_default = 9403.60\n"),
    ("customs_exports_mojolicious_conf", "snake",
     "{\n  hypnotoad => { listen => ['http://*:§P'] },\n  customs   => { host => '§H', §K => '" + V + "' },\n};\n"),
    ("workshop_sensors_micropython_secrets_py", "upper",
     "# secrets.py on the humidity logger\nWIFI_SSID = \"workshop-iot\"\nBROKER = \"§H\"\n§K = \"" + V + "\"\n"),
    ("workshop_sensors_home_assistant_secrets_yaml", "snake",
     "# secrets.yaml\nworkshop_latitude: 51.752\n§K: \"" + V + "\"\nveneer_room_target_rh: 55\n"),
    ("workshop_sensors_esphome_substitutions_yaml", "snake",
     "substitutions:\n  device_name: veneer-room-rh\n  §K: \"" + V + "\"\n\nesphome:\n  name: ${device_name}\n"),
    ("fabric_suppliers_as2_partner_xml", "pascal",
     "<PartnerProfile id=\"hessian-mills\">\n  <Endpoint>https://§H/as2</Endpoint>\n  <§K>" + V + "</§K>\n  <Mdn>sync</Mdn>\n</PartnerProfile>\n"),
    ("foam_orders_n8n_credentials_json", "camel",
     "[{\n  \"name\": \"Foam supplier orders\",\n  \"type\": \"httpHeaderAuth\",\n  \"data\": { \"host\": \"§H\", \"§K\": \"" + V + "\" }\n}]\n"),
    ("workshop_ops_ansible_host_vars_yml", "snake",
     "---\nansible_host: §H\nansible_user: §U\n§K: \"" + V + "\"\nbackup_hour: 3\n"),
    ("workshop_ops_pulumi_stack_yaml_config", "camel",
     "config:\n  aws:region: eu-west-2\n  workshop:depotHost: §H\n  workshop:§K: \"" + V + "\"\n"),
    ("workshop_ops_systemd_unit_environment", "upper",
     "[Service]\nUser=§U\nEnvironment=\"DEPOT_HOST=§H\"\nEnvironment=\"§K=" + V + "\"\nExecStart=/opt/workshop/bin/jobsd\n"),
    ("workshop_ops_fly_toml_env", "upper",
     "app = \"tack-and-twine-jobs\"\nprimary_region = \"lhr\"\n\n[env]\n  DEPOT_HOST = \"§H\"\n  §K = \"" + V + "\"\n"),
    ("workshop_ops_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  branches:\n    main:\n      - step:\n          script:\n            - export §K='" + V + "'\n            - ./deploy.sh §H\n"),
    ("workshop_ops_jenkinsfile_environment_block", "upper",
     "pipeline {\n  agent any\n  environment {\n    DEPOT_HOST = '§H'\n    §K = '" + V + "'\n  }\n  stages { stage('deploy') { steps { sh './deploy.sh' } } }\n}\n"),
    ("workshop_ops_fish_history", "upper",
     "- cmd: cd ~/src/provenance\n  when: 1736341\u00a7N0\n- cmd: set -gx §K '" + V + "'\n  when: 1736341\u00a7N7\n- cmd: make migrate\n"),
    ("workshop_ops_powershell_profile_ps1", "upper",
     "# Microsoft.PowerShell_profile.ps1\nSet-Location C:\\Workshop\n$env:DEPOT_HOST = \"§H\"\n$env:§K = '" + V + "'\n"),
    ("restorers_telegram_group_export", "spaced",
     "[12.03.2025 08:4\u00a7N] Maggie (french polisher): morning all, the new §K is " + V + " – don't write it on the job board\n[12.03.2025 08:5\u00a7N] Tom: ta\n"),
    ("dealer_email_thread_forward", "spaced",
     "---------- Forwarded message ---------\nFrom: Hugh <hugh@patinaandprovenance.example>\nSubject: Re: stand B§N logins\n\nFor Olympia the §K is " + V + " (same as Battersea).\n"),
    ("workshop_trello_card_comment", "spaced",
     "Card: Wingback re-cover #§N\nComment by Priya: set up the new tablet, §K = " + V + " , reminder to move it to the vault\n"),
    ("saleroom_notion_page_export_md", "spaced",
     "# Sale day checklist\n\n- [x] Paddles printed\n- [ ] Lot photos uploaded\n- §K: `" + V + "`\n- Porters in by 07:30\n"),
    ("workshop_job_board_photo_ocr", "title",
     "JOB BOARD  wk 11\nRe-spring chaise (Mrs K)   DUE FRI\n§K: " + V + "\nFoam order -> Hessian Mills\n"),
    ("fabric_stock_excel_csv_export", "title",
     "Swatch Ref,Supplier,Metres In Stock,§K\nLU-§N12,Hessian Mills,14.5," + V + "\nVL-§N40,Chenille & Co,3.0,\n"),
]
SPARE_CONTAINERS = ["auction_lots_ktor_application_conf", "collection_slots_hasura_metadata_env", "workshop_ops_nomad_job_hcl_env"]


def pairing(rng):
    """15 blocks of 3 kinds; each block deals a seeded permutation of the 12 types, four per kind."""
    names = [c[0] for c in CONTAINERS]
    deal = {}
    for b in range(15):
        perm = [t[0] for t in TYPES]
        rng.shuffle(perm)
        for k in range(3):
            deal[names[3 * b + k]] = perm[4 * k:4 * k + 4]
    return deal


def build(reg, start_index):
    rng = random.Random(SEED_VALUES)
    prng = random.Random(SEED_PAIRING)
    deal = pairing(prng)
    tmap = {t[0]: t for t in TYPES}
    out = []
    idx = start_index
    for name, style, tpl in CONTAINERS:
        for typ in deal[name]:
            words, kind = tmap[typ][1], tmap[typ][3]
            value = reg.draw(lambda: gen_value(rng, kind))
            text, s, e = fill(tpl, value, K=style_key(words, style), H=rng.choice(HOSTS),
                              U=rng.choice(USERS), P=str(rng.choice([8080, 8443, 9000, 3000])),
                              N=str(rng.randint(1, 9)), I=uuid4(rng))
            out.append(positive("%s-s-%04d" % ("p215", idx), typ, name, text, s, e, "everyday"))
            idx += 1
    return out
