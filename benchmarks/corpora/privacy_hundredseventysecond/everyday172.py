"""Everyday records: 12 secret types of the driving-school world x 45 container kinds x 4."""
from common172 import (SLOT as V, b62, hexl, b64, b64url, jwt_hs256, owner_pw, keyname,
                       positive, digits, lowd, uuid4)

SEED = 17201

# (type, description, generator)
TYPES = [
    ("lesson_booking_db_password", "owner-chosen password of the lesson-booking database account",
     lambda r: owner_pw(r)),
    ("instructor_diary_admin_password", "owner-chosen password of the instructor diary web admin",
     lambda r: owner_pw(r)),
    ("dashcam_nvr_admin_password", "owner-chosen admin password of the dual-control car dashcam / NVR box",
     lambda r: owner_pw(r)),
    ("licensing_test_booking_portal_password", "owner-chosen password of the licensing-authority test-booking portal login",
     lambda r: owner_pw(r)),
    ("court_efiling_account_password", "owner-chosen password of the court e-filing account that files certificates of completion",
     lambda r: owner_pw(r)),
    ("fuel_card_portal_password", "owner-chosen password of the fleet fuel-card portal",
     lambda r: owner_pw(r)),
    ("mock_test_app_api_key", "`mtq_live_` + 32 base62 API key of the mock-test app backend (prefix invented)",
     lambda r: "mtq_live_" + b62(r, 32)),
    ("identity_check_webhook_secret", "`idvwh_` + 40 base62 signing secret of the online-course identity-check webhook (prefix invented)",
     lambda r: "idvwh_" + b62(r, 40)),
    ("telematics_device_hmac_key", "64 lower-case hex HMAC key shared with the dual-control car telematics box",
     lambda r: hexl(r, 64)),
    ("course_timer_jwt_signing_key", "Base64 of 32 random bytes, HMAC key that signs the online-course seat-time tokens",
     lambda r: b64(r, 32)),
    ("learner_financing_oauth_client_secret", "base64url of 36 random bytes (48 characters), OAuth client secret of the learner-financing partner",
     lambda r: b64url(r, 36)),
    ("theory_bank_export_bearer_jwt", "HS256 JWT (real base64url JSON header and payload, real HMAC) used as bearer token for the theory question-bank export",
     lambda r: jwt_hs256(r, {"iss": "https://auth.theorybank.example", "sub": "export-bot-" + digits(r, 3),
                              "aud": "question-bank", "scope": "bank:export",
                              "iat": 1717000000 + r.randrange(9000000), "jti": uuid4(r)})),
]
PASSWORD_TYPES = {t[0] for t in TYPES[:6]}


def _h(r):
    return r.choice(["db", "pg", "sql", "core", "main"]) + "-" + digits(r, 2)


# (kind, key style, template function(key, rng) -> template with one slot)
KINDS = [
    ("lesson_booking_laravel_env", "upper", lambda k, r:
        f"APP_NAME=LessonBooker\nAPP_ENV=production\nDB_HOST={_h(r)}.lessons.internal\nDB_DATABASE=bookings\n{k}={V}\nQUEUE_CONNECTION=redis\n"),
    ("instructor_diary_django_settings_local_py", "upper", lambda k, r:
        f"# settings/local.py - instructor diary\nDEBUG = False\nALLOWED_HOSTS = ['diary.drivewell.example']\n{k} = '{V}'\nTIME_ZONE = 'Europe/London'\n"),
    ("learner_portal_nextjs_env_production", "upper", lambda k, r:
        f"NEXT_PUBLIC_SITE_URL=https://learn.drivewell.example\nNEXT_PUBLIC_REGION=uk-south\n{k}=\"{V}\"\nNODE_OPTIONS=--max-old-space-size=2048\n"),
    ("mock_test_app_react_native_dotenv", "upper", lambda k, r:
        f"# .env.production (react-native-config)\nAPI_BASE=https://mock.theoryace.example/v2\nBUILD_FLAVOUR=store\n{k}={V}\n"),
    ("theory_bank_fastapi_pydantic_settings_py", "snake", lambda k, r:
        f"class Settings(BaseSettings):\n    bank_name: str = \"uk-car-2024\"\n    page_size: int = 50\n    {k}: str = \"{V}\"\n\n    model_config = SettingsConfigDict(env_file='.env')\n"),
    ("dashcam_uploader_go_config_yaml", "snake", lambda k, r:
        f"uploader:\n  bucket: clips-{digits(r, 4)}\n  chunk_mb: 8\n  {k}: \"{V}\"\n  retry: 5\n"),
    ("telematics_ingest_elixir_runtime_exs", "snake", lambda k, r:
        f"import Config\n\nconfig :ingest, Ingest.Boxes,\n  port: 5023,\n  {k}: \"{V}\",\n  max_frames: 4096\n"),
    ("dual_control_obd_dongle_ini", "snake", lambda k, r:
        f"[dongle]\nserial = OBD{digits(r, 7)}\nreport_interval_s = 15\n\n[cloud]\nendpoint = mqtts://t.fleetbox.example:8883\n{k} = {V}\n"),
    ("traffic_school_moodle_config_php", "snake", lambda k, r:
        f"<?php\nunset($CFG);\nglobal $CFG;\n$CFG = new stdClass();\n$CFG->dbtype = 'pgsql';\n$CFG->dbhost = '{_h(r)}.school.lan';\n$CFG->{k} = '{V}';\n$CFG->wwwroot = 'https://course.safelanes.example';\n"),
    ("id_check_service_kotlin_application_conf", "camel", lambda k, r:
        f"idcheck {{\n  provider = \"selfie-match\"\n  timeoutSeconds = 20\n  {k} = \"{V}\"\n}}\n"),
    ("course_timer_sveltekit_env_private", "upper", lambda k, r:
        f"# $env/static/private\nPUBLIC_COURSE_ID=TVS-8HR-{digits(r, 3)}\nSEAT_TIME_MIN_SECONDS=28800\n{k}={V}\n"),
    ("dmv_booking_bridge_spring_application_yaml", "kebab", lambda k, r:
        f"bridge:\n  authority:\n    base-url: https://tests.licensing.example/api\n    office-code: {digits(r, 3)}\n    {k}: {V}\n  poll-minutes: 10\n"),
    ("court_efiling_worker_dotnet_appsettings_json", "pascal", lambda k, r:
        f"{{\n  \"EFiling\": {{\n    \"CourtCode\": \"CNTY-{digits(r, 3)}\",\n    \"Username\": \"school{digits(r, 4)}\",\n    \"{k}\": \"{V}\"\n  }}\n}}\n"),
    ("fuel_card_reconciler_python_ini", "snake", lambda k, r:
        f"[fuelcard]\naccount = FC{digits(r, 8)}\nstatement_day = 3\n{k} = {V}\n\n[export]\nformat = csv\n"),
    ("payments_financing_rails_database_yml", "snake", lambda k, r:
        f"production:\n  adapter: postgresql\n  host: {_h(r)}.pay.internal\n  database: financing_prod\n  {k}: \"{V}\"\n  pool: 10\n"),
    ("student_payments_serverless_env_json", "camel", lambda k, r:
        f"{{\n  \"stage\": \"prod\",\n  \"region\": \"eu-west-2\",\n  \"{k}\": \"{V}\",\n  \"logLevel\": \"info\"\n}}\n"),
    ("instructor_app_flutter_dart_define_json", "upper", lambda k, r:
        f"{{\n  \"FLAVOR\": \"prod\",\n  \"API_HOST\": \"api.drivewell.example\",\n  \"{k}\": \"{V}\"\n}}\n"),
    ("instructor_app_ios_release_xcconfig", "upper", lambda k, r:
        f"// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.drivewell.instructor\nMARKETING_VERSION = 4.{r.randrange(10)}.{r.randrange(10)}\n{k} = {V}\n"),
    ("learner_app_android_local_properties", "dot", lambda k, r:
        f"sdk.dir=/Users/build/Library/Android/sdk\nflavor.default=learner\n{k}={V}\n"),
    ("dashcam_relay_mediamtx_yml", "camel", lambda k, r:
        f"rtspAddress: :8554\npaths:\n  car{digits(r, 2)}:\n    source: publisher\n# relay credentials\n{k}: {V}\n"),
    ("fleet_maintenance_airflow_variables_json", "snake", lambda k, r:
        f"{{\n  \"service_interval_km\": \"15000\",\n  \"mot_reminder_days\": \"30\",\n  \"{k}\": \"{V}\"\n}}\n"),
    ("booking_infra_pulumi_stack_yaml", "camel", lambda k, r:
        f"config:\n  aws:region: eu-west-2\n  booking:instanceCount: \"3\"\n  booking:{k}:\n    value: {V}\n"),
    ("school_k8s_deployment_env_value_yaml", "upper", lambda k, r:
        f"    spec:\n      containers:\n        - name: booking-api\n          image: registry.drivewell.example/booking:{digits(r, 3)}\n          env:\n            - name: {k}\n              value: \"{V}\"\n"),
    ("booking_ci_gitlab_ci_yml", "upper", lambda k, r:
        f"variables:\n  DOCKER_DRIVER: overlay2\n  {k}: \"{V}\"\n\ntest:\n  stage: test\n  script:\n    - make test\n"),
    ("theory_bank_circleci_config_yml", "upper", lambda k, r:
        f"version: 2.1\njobs:\n  export:\n    docker:\n      - image: cimg/python:3.12\n    environment:\n      {k}: {V}\n    steps:\n      - checkout\n"),
    ("school_ops_docker_swarm_stack_yml", "upper", lambda k, r:
        f"services:\n  diary:\n    image: diary:{digits(r, 2)}\n    environment:\n      - TZ=Europe/Dublin\n      - {k}={V}\n    deploy:\n      replicas: 2\n"),
    ("test_centre_kiosk_windows_reg_export", "pascal", lambda k, r:
        f"Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\SafeLanes\\Kiosk]\n\"CentreId\"=\"TC{digits(r, 4)}\"\n\"{k}\"=\"{V}\"\n\"AutoStart\"=dword:00000001\n"),
    ("school_office_powershell_dsc_ps1", "pascal", lambda k, r:
        f"Configuration OfficePc {{\n    Node 'OFFICE-{digits(r, 2)}' {{\n        Environment Booking {{\n            Name  = '{k}'\n            Value = '{V}'\n            Ensure = 'Present'\n        }}\n    }}\n}}\n"),
    ("dashcam_pi_systemd_environment_file", "upper", lambda k, r:
        f"# /etc/default/dashcam-sync\nCAR_ID=DW{digits(r, 3)}\nWIFI_IFACE=wlan0\n{k}={V}\n"),
    ("obd_tracker_zephyr_prj_conf", "upper", lambda k, r:
        f"CONFIG_MODEM=y\nCONFIG_MQTT_LIB=y\nCONFIG_APP_REPORT_PERIOD=30\nCONFIG_APP_{k}=\"{V}\"\n"),
    ("progress_log_supabase_seed_sql", "snake", lambda k, r:
        f"-- seed.sql\ninsert into app_settings (name, value) values\n  ('max_lessons_per_week', '6'),\n  ('{k}', '{V}');\n"),
    ("learner_progress_jupyter_cell_source", "upper", lambda k, r:
        f"{{\"cell_type\": \"code\", \"source\": [\"import pandas as pd\\n\", \"{k} = '{V}'\\n\", \"df = load_progress({k})\\n\"]}}"
        .replace(f"load_progress({k})", "load_progress()")),
    ("test_booking_bruno_environment_bru", "snake", lambda k, r:
        f"vars {{\n  base_url: https://tests.licensing.example\n  centre: {digits(r, 4)}\n}}\nvars:secret [\n  {k}\n]\n# local override\n{k}: {V}\n"),
    ("certificate_filing_lambda_env_json", "upper", lambda k, r:
        f"{{\n  \"Variables\": {{\n    \"COURT_ENDPOINT\": \"https://efile.county.example/ecf\",\n    \"{k}\": \"{V}\"\n  }}\n}}\n"),
    ("school_website_drupal_settings_php", "snake", lambda k, r:
        f"<?php\n$settings['hash_salt_file'] = '../private/salt.txt';\n$settings['{k}'] = '{V}';\n$settings['trusted_host_patterns'] = ['^www\\.safelanes\\.example$'];\n"),
    ("diary_sync_rust_config_ron", "snake", lambda k, r:
        f"(\n    instance: \"diary-sync-{digits(r, 2)}\",\n    batch: 200,\n    {k}: \"{V}\",\n)\n"),
    ("booking_api_micronaut_application_yml", "kebab", lambda k, r:
        f"micronaut:\n  application:\n    name: booking-api\nbooking:\n  {k}: '{V}'\n  slots-per-day: 9\n"),
    ("fleet_fuel_cron_crontab", "upper", lambda k, r:
        f"MAILTO=ops@drivewell.example\n{k}={V}\n15 2 * * * /opt/fleet/bin/pull-fuel-statements\n"),
    ("instructor_shell_zsh_history", "upper", lambda k, r:
        f": 1718{digits(r, 6)}:0;cd ~/src/booking\n: 1718{digits(r, 6)}:0;export {k}='{V}'\n: 1718{digits(r, 6)}:0;php artisan migrate --force\n"),
    ("learner_support_zendesk_ticket_paste", "spaced", lambda k, r:
        f"Ticket #{digits(r, 5)} - internal note\nCustomer can't see their lessons. I checked with the {k} which is {V} and it logs in fine, so it's the sync.\n"),
    ("instructor_whatsapp_group_message", "spaced", lambda k, r:
        f"[09:{r.randrange(10, 59)}] Sam (ADI): for anyone covering tomorrow, {k}: {V} - delete after reading pls\n"),
    ("office_manager_email_to_web_agency", "spaced", lambda k, r:
        f"Subject: Access for the booking fixes\n\nHi both,\nas requested, the {k} is {V}\nLet me know once the calendar bug is sorted.\nThanks, Priya\n"),
    ("car_visor_sticky_note_ocr", "title", lambda k, r:
        f"[OCR car DW{digits(r, 2)} sun visor]\n{k}\n{V}\nDon't share!!\n"),
    ("school_dev_discord_channel_paste", "spaced", lambda k, r:
        f"#booking-dev  jordan - Today at {r.randrange(10, 12)}:{r.randrange(10, 59)}\nstaging is broken again, using the prod {k} for now: {V}\n"),
    ("dmv_bridge_debug_log_line", "upper", lambda k, r:
        f"2024-06-1{r.randrange(10)}T07:{r.randrange(10, 59)}:{r.randrange(10, 59)}Z DEBUG bridge.auth env loaded office=204 {k}={V} retries=3\n"),
]


def generate(reg):
    import random
    rng = random.Random(SEED)
    out = []
    n = 0
    assert len(KINDS) == 45 and len(TYPES) == 12
    for ki, (kind, style, fn) in enumerate(KINDS):
        for j in range(4):
            ti = (7 * ki + 3 * j + ki // 12) % 12
            tname, _desc, gen = TYPES[ti]
            value = reg.draw(lambda: gen(rng))
            key = keyname(tname, style)
            tpl = fn(key, rng)
            n += 1
            out.append(positive("%s-s-%04d" % ("p172", n), tname, kind, tpl, value, "everyday"))
    return out
