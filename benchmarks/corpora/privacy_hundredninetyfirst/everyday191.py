"""Everyday source: 12 secret types of the pet-grooming / kennel / daycare world x 45 container kinds."""
import random

from common191 import (SLOT, B62, B32, DIGITS, HEX, LALNUM, keyname, owner_pw, rbytes, rstr, b64, b64url,
                       jwt_hs, adler32_hex, uuid4, span_record)

SEED = 19101
PAIR_SEED = 19111
S = SLOT

# type -> (key words, description, generator)


def _jwt(rng):
    payload = {
        "iss": "cams.pawdaycare.example",
        "sub": "owner_%d" % rng.randint(10000, 99999),
        "cam": "playroom-%d" % rng.randint(1, 9),
        "scope": "stream:view",
        "iat": 1760000000 + rng.randint(0, 9000000),
    }
    payload["exp"] = payload["iat"] + 86400
    return jwt_hs(rng, {"typ": "JWT", "kid": "cam%d" % rng.randint(1, 20)}, payload, "HS256")


def _wgi(rng):
    body = rstr(rng, B62, 32)
    return "wgi_" + body + "_" + adler32_hex(body)


def _totp(rng):
    import base64
    return base64.b32encode(rbytes(rng, 20)).decode()


TYPES = [
    ("grooming_book_admin_password", ["grooming", "book", "admin", "password"],
     "owner-chosen admin password of the grooming appointment book", lambda r: owner_pw(r)),
    ("kennel_board_login_password", ["kennel", "board", "password"],
     "owner-chosen login of the kennel and cattery occupancy board", lambda r: owner_pw(r)),
    ("vaccine_check_portal_password", ["vaccine", "portal", "password"],
     "owner-chosen password of the vet portal used to check vaccination records before check-in", lambda r: owner_pw(r)),
    ("walker_keyholding_app_password", ["keyholding", "app", "password"],
     "owner-chosen password of the dog-walker key-holding log app", lambda r: owner_pw(r)),
    ("daycare_webcam_nvr_password", ["webcam", "nvr", "password"],
     "owner-chosen admin password of the daycare webcam recorder (NVR)", lambda r: owner_pw(r)),
    ("petfood_subscription_db_password", ["subscription", "db", "password"],
     "owner-chosen password of the database behind pet-food subscription deliveries", lambda r: owner_pw(r)),
    ("owner_webcam_viewer_jwt", ["webcam", "viewer", "jwt"],
     "HS256 JWT (real base64url JSON, real HMAC-SHA256 under a discarded key) that lets an owner watch the daycare webcam", _jwt),
    ("walker_gps_ingest_key", ["gps", "ingest", "key"],
     "`wgi_` + 32 base62 + `_` + 8 hex Adler-32 of the body, key of the dog-walker GPS route ingest (prefix and checksum invented)", _wgi),
    ("deposit_webhook_signing_secret", ["deposit", "webhook", "secret"],
     "`dpwh_` + base64url of 32 random bytes (43 characters), signing secret of the deposit / no-show fee webhooks (prefix invented)",
     lambda r: "dpwh_" + b64url(rbytes(r, 32))),
    ("claim_form_encryption_key", ["claim", "encryption", "key"],
     "`base64:` + standard Base64 of 32 random bytes (Laravel APP_KEY style), key that encrypts stored pet-insurance claim forms",
     lambda r: "base64:" + b64(rbytes(r, 32))),
    ("kennel_door_totp_seed", ["door", "totp", "seed"],
     "RFC 4648 Base32 of 20 random bytes (32 characters, no padding), TOTP seed of the kennel door keypad staff codes", _totp),
    ("petfood_courier_api_token", ["courier", "api", "token"],
     "`pfc_` + 8 hex key id + `.` + base64url of 32 bytes, token of the pet-food delivery courier API (layout invented)",
     lambda r: "pfc_" + rstr(r, HEX, 8) + "." + b64url(rbytes(r, 32))),
]
PASSWORD_TYPES = [t[0] for t in TYPES[:6]]


def H(rng):
    return rng.choice(["kennel-db.pawhaven.internal", "10.20.4.%d" % rng.randint(2, 250), "groom-api.pawhaven.lan",
                       "db.dogdaycare.local", "172.16.8.%d" % rng.randint(2, 250)])


def U(rng):
    return rng.choice(["groomadmin", "kennel_app", "daycare_ops", "walker_sync", "frontdesk", "svc_bookings"])


# container kinds: (name, key style, template builder(key, rng) -> template with SLOT)
def C(name, style, fn):
    return (name, style, fn)


CONTAINERS = [
    C("grooming_book_nextjs_env_local", "upper", lambda k, r:
      "# .env.local – grooming appointment book (Next.js)\nNEXT_PUBLIC_SALON_NAME=\"Paw Haven Grooming\"\n"
      "NEXT_PUBLIC_BOOKING_SLOT_MINUTES=30\nDATABASE_HOST=%s\n%s=%s\nNODE_ENV=production\n" % (H(r), k, S)),
    C("grooming_book_nuxt_runtime_config_ts", "camel", lambda k, r:
      "// nuxt.config.ts\nexport default defineNuxtConfig({\n  runtimeConfig: {\n    salonTimezone: 'Europe/London',\n"
      "    %s: '%s',\n    public: { breedListUrl: '/api/breeds' },\n  },\n})\n" % (k, S)),
    C("grooming_salon_django_settings_prod_py", "upper", lambda k, r:
      "# settings/prod.py\nfrom .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"book.pawhaven.example\"]\n"
      "COAT_NOTES_MAX_LEN = 2000\n%s = \"%s\"\n" % (k, S)),
    C("grooming_salon_rails_database_yml", "snake", lambda k, r:
      "production:\n  adapter: postgresql\n  host: %s\n  database: salon_appointments\n  username: %s\n  %s: \"%s\"\n  pool: 10\n"
      % (H(r), U(r), k, S)),
    C("kennel_board_laravel_config_database_php", "snake", lambda k, r:
      "<?php\n// config/kennel.php\nreturn [\n    'runs_per_block' => 12,\n    'cattery_pods' => 8,\n    '%s' => '%s', // TODO: move to .env\n"
      "    'checkout_hour' => 11,\n];\n" % (k, S)),
    C("kennel_board_dotnet_user_secrets_json", "pascal", lambda k, r:
      "{\n  \"ConnectionStrings:Occupancy\": \"Server=%s;Database=KennelBoard;Trusted_Connection=False\",\n"
      "  \"KennelBoard:%s\": \"%s\",\n  \"KennelBoard:RefreshSeconds\": \"20\"\n}\n" % (H(r), k, S)),
    C("cattery_board_spring_application_properties", "kebab", lambda k, r:
      "spring.application.name=cattery-board\nspring.datasource.url=jdbc:postgresql://%s:5432/cattery\n"
      "cattery.board.pods=14\ncattery.board.%s=%s\nmanagement.endpoints.web.exposure.include=health\n" % (H(r), k, S)),
    C("cattery_board_quarkus_application_yaml", "kebab", lambda k, r:
      "quarkus:\n  http:\n    port: 8085\ncattery:\n  occupancy:\n    refresh: 30s\n    %s: \"%s\"\n" % (k, S)),
    C("vaccine_check_fastapi_pydantic_env", "upper", lambda k, r:
      "# .env read by pydantic Settings (vaccination check service)\nAPP_NAME=vaccine-check\nREQUIRE_RABIES=true\n"
      "REQUIRE_KENNEL_COUGH=true\n%s='%s'\nLOG_LEVEL=info\n" % (k, S)),
    C("vaccine_check_go_viper_config_yaml", "snake", lambda k, r:
      "server:\n  addr: \":8088\"\nvaccines:\n  required: [rabies, dhpp, bordetella]\n  grace_days: 14\nvetportal:\n  base_url: https://vets.example.org/api\n"
      "  %s: '%s'\n" % (k, S)),
    C("vaccine_check_rust_config_toml", "snake", lambda k, r:
      "[service]\nbind = \"0.0.0.0:7400\"\n\n[vet_portal]\nuser = \"%s\"\n%s = \"%s\"\ntimeout_secs = 10\n" % (U(r), k, S)),
    C("walker_gps_flutter_dart_define_json", "upper", lambda k, r:
      "{\n  \"FLAVOR\": \"prod\",\n  \"ROUTE_SAMPLE_SECONDS\": \"15\",\n  \"%s\": \"%s\",\n  \"MAP_STYLE\": \"outdoors\"\n}\n" % (k, S)),
    C("walker_gps_react_native_config_env", "upper", lambda k, r:
      "# .env.production (react-native-config)\nAPI_URL=https://walks.pawhaven.example\nGEOFENCE_METERS=40\n%s=%s\n" % (k, S)),
    C("walker_gps_android_gradle_properties", "camel", lambda k, r:
      "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\nwalkerMinSdk=24\n%s=%s\n" % (k, S)),
    C("walker_app_ios_xcconfig", "upper", lambda k, r:
      "// Release.xcconfig – dog walker app\nPRODUCT_BUNDLE_IDENTIFIER = example.pawhaven.walker\nWALK_API_HOST = walks.pawhaven.example\n"
      "%s = %s\n" % (k, S)),
    C("keyholding_log_sqlite_seed_sql", "snake", lambda k, r:
      "-- seed.sql for the key-holding log\nCREATE TABLE IF NOT EXISTS app_settings (name TEXT PRIMARY KEY, value TEXT);\n"
      "INSERT INTO app_settings VALUES ('keysafe_reminder_hours', '24');\nINSERT INTO app_settings VALUES ('%s', '%s');\n" % (k, S)),
    C("daycare_webcam_frigate_config_yml", "snake", lambda k, r:
      "mqtt:\n  host: 10.20.9.%d\ncameras:\n  playroom_a:\n    ffmpeg:\n      inputs:\n        - path: rtsp://10.20.9.31:554/stream1\n          roles: [detect]\n"
      "# owner-view sidecar\n%s: \"%s\"\n" % (r.randint(2, 200), k, S)),
    C("daycare_webcam_go2rtc_yaml", "snake", lambda k, r:
      "streams:\n  nap_room: rtsp://10.20.9.32:554/h264\napi:\n  listen: \":1984\"\nlog:\n  level: info\nextra:\n  %s: %s\n" % (k, S)),
    C("daycare_webcam_motioneye_conf", "snake", lambda k, r:
      "# motioneye.conf\nlisten 0.0.0.0\nport 8765\nmedia_path /var/lib/motioneye\n%s %s\nlog_level info\n" % (k, S)),
    C("daycare_stream_nginx_rtmp_conf", "snake", lambda k, r:
      "rtmp {\n  server {\n    listen 1935;\n    application daycare {\n      live on;\n      # checked by on_publish hook\n"
      "      set $%s %s;\n    }\n  }\n}\n" % (k, S)),
    C("petfood_subscription_remix_server_env_ts", "camel", lambda k, r:
      "// app/env.server.ts\nexport const env = {\n  deliveryWindowDays: Number(process.env.DELIVERY_WINDOW_DAYS ?? 7),\n"
      "  %s: \"%s\", // TODO move to Fly secrets\n};\n" % (k, S)),
    C("petfood_delivery_celery_config_py", "upper", lambda k, r:
      "# celeryconfig.py – kibble box dispatch\nbroker_url = \"redis://%s:6379/3\"\ntask_routes = {\"dispatch.*\": {\"queue\": \"boxes\"}}\n"
      "%s = \"%s\"\n" % (H(r), k, S)),
    C("petfood_delivery_sidekiq_yml", "snake", lambda k, r:
      ":concurrency: 5\n:queues:\n  - deliveries\n  - reminders\n:petfood:\n  :%s: \"%s\"\n" % (k, S)),
    C("deposit_fees_node_config_production_json", "camel", lambda k, r:
      "{\n  \"noShowFeePence\": 2500,\n  \"depositPercent\": 30,\n  \"payments\": {\n    \"%s\": \"%s\"\n  }\n}\n" % (k, S)),
    C("noshow_fees_woocommerce_wp_options_sql", "snake", lambda k, r:
      "INSERT INTO `wp_options` (`option_name`, `option_value`, `autoload`) VALUES\n('pawhaven_noshow_fee', '25.00', 'yes'),\n"
      "('pawhaven_%s', '%s', 'no');\n" % (k, S)),
    C("insurance_claims_mulesoft_properties", "dot", lambda k, r:
      "# claims-api.properties (Mule)\nhttp.port=8081\nclaims.insurer.endpoint=https://claims.insurer.example/v2\nclaims.%s=%s\n" % (k, S)),
    C("insurance_claims_elixir_runtime_exs", "snake", lambda k, r:
      "import Config\n\nconfig :pet_claims, PetClaims.Repo,\n  hostname: \"%s\",\n  pool_size: 10\n\nconfig :pet_claims, %s: \"%s\"\n" % (H(r), k, S)),
    C("insurance_claims_dotnet_web_config_xml", "pascal", lambda k, r:
      "<configuration>\n  <appSettings>\n    <add key=\"ClaimPdfFolder\" value=\"D:\\claims\\out\" />\n    <add key=\"%s\" value=\"%s\" />\n"
      "  </appSettings>\n</configuration>\n" % (k, S)),
    C("grooming_kiosk_tauri_conf_json", "camel", lambda k, r:
      "{\n  \"productName\": \"Groom Kiosk\",\n  \"identifier\": \"example.pawhaven.kiosk\",\n  \"plugins\": {\n    \"store\": { \"%s\": \"%s\" }\n  }\n}\n" % (k, S)),
    C("pet_ops_helm_values_yaml", "camel", lambda k, r:
      "replicaCount: 2\nimage:\n  repository: registry.pawhaven.example/kennel-board\n  tag: \"3.4.1\"\nenv:\n  %s: \"%s\"\n" % (k, S)),
    C("pet_ops_docker_swarm_stack_yml", "upper", lambda k, r:
      "version: \"3.8\"\nservices:\n  booking:\n    image: pawhaven/booking:2.9\n    environment:\n      - TZ=Europe/Dublin\n      - %s=%s\n"
      "    deploy:\n      replicas: 2\n" % (k, S)),
    C("pet_ops_github_actions_workflow_env", "upper", lambda k, r:
      "name: nightly-occupancy-report\non:\n  schedule:\n    - cron: '15 2 * * *'\njobs:\n  report:\n    runs-on: ubuntu-latest\n    env:\n"
      "      REPORT_TZ: Europe/London\n      %s: '%s'\n    steps:\n      - run: ./scripts/report.sh\n" % (k, S)),
    C("pet_ops_bitbucket_pipelines_yml", "upper", lambda k, r:
      "pipelines:\n  branches:\n    main:\n      - step:\n          name: deploy walker api\n          script:\n            - export %s=\"%s\"\n"
      "            - ./deploy.sh walker-api\n" % (k, S)),
    C("pet_ops_ansible_vault_plaintext_yml", "snake", lambda k, r:
      "---\n# group_vars/daycare/vault.yml (decrypted for editing – re-encrypt!)\nvault_daycare_site: hove\nvault_%s: \"%s\"\n" % (k, S)),
    C("pet_ops_pulumi_stack_config_yaml", "camel", lambda k, r:
      "config:\n  aws:region: eu-west-2\n  kennelboard:instanceType: t3.small\n  kennelboard:%s: %s\n" % (k, S)),
    C("pet_ops_nomad_job_hcl_env", "upper", lambda k, r:
      "job \"vaccine-check\" {\n  group \"api\" {\n    task \"server\" {\n      driver = \"docker\"\n      env {\n        PORT = \"7400\"\n"
      "        %s = \"%s\"\n      }\n    }\n  }\n}\n" % (k, S)),
    C("pet_ops_fish_history", "upper", lambda k, r:
      "- cmd: cd ~/src/kennel-board\n  when: 1761234567\n- cmd: set -gx %s '%s'\n  when: 1761234601\n- cmd: npm run dev\n  when: 1761234633\n" % (k, S)),
    C("pet_ops_powershell_profile_ps1", "upper", lambda k, r:
      "# Microsoft.PowerShell_profile.ps1 on the front-desk PC\nSet-Location C:\\Salon\n$env:%s = \"%s\"\nImport-Module SalonTools\n" % (k, S)),
    C("groomer_team_slack_thread_paste", "spaced", lambda k, r:
      "Jess (groomer) 08:12\nmorning! the poodle at 9 needs a teddy cut, notes in the book\nSam 08:14\nfor the new tablet the %s is %s  – i'll change it friday\n" % (k, S)),
    C("kennel_manager_telegram_chat_export", "spaced", lambda k, r:
      "[14.03.2025 19:40] Aoife: run 7 is free from Sunday, the husky goes home early\n[14.03.2025 19:42] Mark: ok. %s -> %s\n"
      "[14.03.2025 19:43] Aoife: thx, deleting this later\n" % (k, S)),
    C("daycare_owner_support_zendesk_ticket", "spaced", lambda k, r:
      "Ticket #%d – Webcam not loading for owner\nInternal note (agent): reset done on our side. For reference, %s: %s\n"
      "Public reply: Hi! Please try the link again, Biscuit is napping on camera 2.\n" % (r.randint(20000, 90000), k, S)),
    C("walker_onboarding_notion_page", "title", lambda k, r:
      "Walker Onboarding – Week 1\n\n1. Collect keysafe codes from the office (never by text).\n2. Install the walker app.\n"
      "3. %s: %s\n4. Shadow a group walk on the common.\n" % (k, S)),
    C("kennel_whiteboard_photo_ocr", "title", lambda k, r:
      "KENNEL WHITEBOARD – WK 11\nRUN 1 Bella (lab) OUT SAT\nRUN 2 Milo (cockapoo) meds 8am\nCATTERY POD 3 Luna\n%s  %s\nCALL VET RE: Rex booster\n" % (k, S)),
    C("grooming_salon_airtable_csv_export", "title", lambda k, r:
      "Name,Role,Start Date,%s,Notes\nPriya,Senior Groomer,2023-04-01,%s,hand-strip specialist\n" % (k, S)),
    C("petfood_ops_json_log_line", "camel", lambda k, r:
      "{\"ts\":\"2025-05-02T06:01:13Z\",\"level\":\"debug\",\"svc\":\"box-dispatch\",\"msg\":\"loaded config\",\"config\":{\"route\":\"north\",\"%s\":\"%s\"}}\n" % (k, S)),
]
SPARE_CONTAINERS = ["vaccine_check_netlify_toml_env"]


def pairing():
    """15 blocks of three kinds; each block deals a seeded permutation of the 12 types, four per kind."""
    rng = random.Random(PAIR_SEED)
    out = []
    for b in range(15):
        perm = list(range(12))
        rng.shuffle(perm)
        for j in range(3):
            out.append(perm[4 * j:4 * j + 4])
    return out


def generate(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    n = start_id
    pairs = pairing()
    for ci, (cname, style, fn) in enumerate(CONTAINERS):
        for ti in pairs[ci]:
            tname, words, _desc, gen = TYPES[ti]
            k = keyname(words, style)
            val = reg.take(lambda: gen(rng))
            tpl = fn(k, rng)
            recs.append(span_record("p191-s-%04d" % n, tname, cname, tpl, val, "everyday"))
            n += 1
    return recs
