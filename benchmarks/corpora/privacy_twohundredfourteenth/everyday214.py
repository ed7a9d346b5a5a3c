"""Everyday source: 12 secret types of this world x 45 container kinds (4 records each)."""
import base64
import hashlib
import hmac
import random
import re

from common214 import (MARK, LALNUM, DIGITS, HEX, B36, pick, owner_password, rbytes, jwt,
                       fletcher16_hex, crockford_b32, crockford_check, luhn_mod_n_check,
                       keyname, place, positive_record, uuid4)

SEED = 21401
PAIR_SEED = 21411

# type -> (description, key words, generator name)
TYPES = [
    ("placement_test_admin_password", "owner-chosen admin password of the placement-test and level-report back office", ["placement", "admin", "password"]),
    ("timetable_room_booking_db_password", "owner-chosen password of the class-timetable and room-booking database", ["timetable", "db", "password"]),
    ("homestay_matching_portal_password", "owner-chosen password of the homestay / host-family matching portal", ["homestay", "portal", "password"]),
    ("tutor_matching_console_password", "owner-chosen password of the tutor-matching and lesson-credit console", ["tutor", "console", "password"]),
    ("exam_registration_portal_password", "owner-chosen password of the exam-registration (candidate numbers) portal", ["exam", "registration", "password"]),
    ("invigilator_rota_app_password", "owner-chosen password of the invigilator-rota app", ["invigilator", "rota", "password"]),
    ("level_report_signing_key", "`lrsk_` + 48 lower-case hex + `_` + 4 hex of the real Fletcher-16 checksum of those 48 characters; signs level-report PDFs (layout invented)", ["level", "report", "signing", "key"]),
    ("certificate_verify_hmac_secret", "`cvs_` + Crockford Base32 of 25 random bytes (40 characters) + the real Crockford mod-37 check symbol; HMAC secret behind the public certificate-verification page (layout invented)", ["certificate", "verify", "secret"]),
    ("lesson_credit_ledger_fernet_token", "Fernet token (base64url with padding of version byte 0x80, fixed timestamp, 16-byte IV, 32-byte ciphertext, real HMAC-SHA256 under a discarded key; 120 characters, starts `gAAAAA`); bearer token of the lesson-credit ledger worker", ["lesson", "credit", "token"]),
    ("tutor_app_session_jwt", "real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 under a discarded key); session of the tutor-matching app", ["tutor", "session", "jwt"]),
    ("visa_letter_webhook_secret", "Svix-style `whsec_` + standard Base64 of 24 random bytes (32 characters); signs the visa-letter request webhooks", ["visa", "letter", "webhook", "secret"]),
    ("exam_centre_api_key", "`ecak_` + 6-digit key id + `.` + 32 lower-case base36 + a real Luhn mod 36 check character over key id and body; key of the exam-centre registration API (layout invented)", ["exam", "centre", "api", "key"]),
]
TYPE_NAMES = [t[0] for t in TYPES]
PASSWORD_TYPES = TYPE_NAMES[:6]


def gen_value(rng, typ):
    if typ in PASSWORD_TYPES:
        return owner_password(rng)
    if typ == "level_report_signing_key":
        body = pick(rng, HEX, 48)
        return "lrsk_" + body + "_" + fletcher16_hex(body)
    if typ == "certificate_verify_hmac_secret":
        b = rbytes(rng, 25)
        return "cvs_" + crockford_b32(b) + crockford_check(b)
    if typ == "lesson_credit_ledger_fernet_token":
        ts = (1767225600 + rng.randint(0, 10 ** 7)).to_bytes(8, "big")
        body = b"\x80" + ts + rbytes(rng, 16) + rbytes(rng, 32)
        mac = hmac.new(rbytes(rng, 16), body, hashlib.sha256).digest()
        return base64.urlsafe_b64encode(body + mac).decode()
    if typ == "tutor_app_session_jwt":
        payload = {"sub": "tutor-%05d" % rng.randint(1, 99999), "role": rng.choice(["tutor", "coordinator"]),
                   "agency": rng.choice(["lingua-hub", "northbridge-tutors", "kingsway-lang"]),
                   "credits_scope": "read:write", "iat": 1767225600 + rng.randint(0, 10 ** 6),
                   "exp": 1767312000 + rng.randint(0, 10 ** 6)}
        return jwt(rng, "HS512", payload)
    if typ == "visa_letter_webhook_secret":
        return "whsec_" + base64.b64encode(rbytes(rng, 24)).decode()
    if typ == "exam_centre_api_key":
        kid = pick(rng, DIGITS, 6)
        body = pick(rng, B36, 32)
        return "ecak_" + kid + "." + body + luhn_mod_n_check(kid + body)
    raise ValueError(typ)


def check_value(typ, v):
    """Return a problem string or None."""
    from common214 import PW_RE, crockford_b32_decode, jwt_problem
    if typ in PASSWORD_TYPES:
        return None if PW_RE.match(v) else "password shape"
    if typ == "level_report_signing_key":
        m = re.fullmatch(r"lrsk_([0-9a-f]{48})_([0-9a-f]{4})", v)
        return None if m and fletcher16_hex(m.group(1)) == m.group(2) else "lrsk fletcher16"
    if typ == "certificate_verify_hmac_secret":
        m = re.fullmatch(r"cvs_([0-9A-HJKMNP-TV-Z]{40})([0-9A-HJKMNP-TV-Z*~$=U])", v)
        if not m:
            return "cvs shape"
        b = crockford_b32_decode(m.group(1), 25)
        return None if crockford_check(b) == m.group(2) else "cvs crockford check"
    if typ == "lesson_credit_ledger_fernet_token":
        try:
            b = base64.urlsafe_b64decode(v)
        except Exception:
            return "fernet not base64url"
        return None if len(b) == 89 and b[0] == 0x80 and len(v) == 120 else "fernet frame"
    if typ == "tutor_app_session_jwt":
        p = jwt_problem(v)
        if p:
            return p
        return None if '"HS512"' in base64.urlsafe_b64decode(v.split(".")[0] + "==").decode() else "not HS512"
    if typ == "visa_letter_webhook_secret":
        m = re.fullmatch(r"whsec_([A-Za-z0-9+/]{32})", v)
        return None if m and len(base64.b64decode(m.group(1))) == 24 else "whsec frame"
    if typ == "exam_centre_api_key":
        m = re.fullmatch(r"ecak_([0-9]{6})\.([0-9a-z]{32})([0-9a-z])", v)
        return None if m and luhn_mod_n_check(m.group(1) + m.group(2)) == m.group(3) else "ecak luhn mod 36"
    return "unknown type"


M = MARK
# kind -> (style, template); {K} is the key name; MARK is where the value goes.
KINDS = [
    ("placement_tests_django_local_settings_py", "upper",
     "# local_settings.py - placement-test service (prod)\nDEBUG = False\nALLOWED_HOSTS = [\"placement.linguahub.lan\"]\nCEFR_BANDS = (\"A1\", \"A2\", \"B1\", \"B2\", \"C1\", \"C2\")\n{K} = \"" + M + "\"\nTIME_ZONE = \"Europe/London\"\n"),
    ("placement_tests_flask_instance_config_py", "upper",
     "# instance/config.py\nSQLALCHEMY_ECHO = False\nPLACEMENT_MAX_ITEMS = 60\n{K} = '" + M + "'\nSESSION_COOKIE_SECURE = True\n"),
    ("placement_tests_sveltekit_dotenv", "upper",
     "# .env (SvelteKit, adapter-node)\nPUBLIC_SCHOOL_NAME=\"Linguahub Bristol\"\nORIGIN=https://test.linguahub.example\n{K}=" + M + "\nBODY_SIZE_LIMIT=2M\n"),
    ("level_reports_phoenix_runtime_exs", "snake",
     "# config/runtime.exs\nimport Config\nconfig :level_reports, LevelReports.Repo,\n  pool_size: 10\nconfig :level_reports, :secrets,\n  {K}: \"" + M + "\"\n"),
    ("level_reports_fastify_config_json", "camel",
     "{\n  \"port\": 3040,\n  \"logLevel\": \"info\",\n  \"reportTemplate\": \"cefr-v3\",\n  \"{K}\": \"" + M + "\",\n  \"pdfQueue\": \"reports\"\n}\n"),
    ("level_reports_micronaut_application_yml", "kebab",
     "micronaut:\n  application:\n    name: level-reports\nreports:\n  storage: s3://lh-level-reports\n  {K}: \"" + M + "\"\n"),
    ("timetable_laravel_config_database_php", "snake",
     "<?php\n// config/timetable.php\nreturn [\n    'week_starts' => 'monday',\n    'periods_per_day' => 6,\n    '{K}' => '" + M + "',\n];\n"),
    ("timetable_remix_dotenv", "upper",
     "# .env for the timetable (Remix) app\nNODE_ENV=production\nTERM_START=2026-01-05\n{K}=\"" + M + "\"\nROOMS_CSV=/srv/timetable/rooms.csv\n"),
    ("room_booking_aspnet_user_secrets_json", "pascal",
     "{\n  \"RoomBooking:Building\": \"Queen Square\",\n  \"RoomBooking:{K}\": \"" + M + "\",\n  \"RoomBooking:SlotMinutes\": \"45\"\n}\n"),
    ("room_booking_quarkus_application_properties", "dot",
     "# src/main/resources/application.properties\nquarkus.http.port=8088\nbooking.rooms.max-capacity=24\nbooking.{K}=" + M + "\nquarkus.log.level=INFO\n"),
    ("homestay_matching_strapi_dotenv", "upper",
     "HOST=0.0.0.0\nPORT=1337\nDATABASE_CLIENT=postgres\n{K}=" + M + "\nHOMESTAY_MAX_DISTANCE_KM=12\n"),
    ("homestay_matching_payload_cms_config_ts", "camel",
     "// payload.config.ts (homestay matching)\nexport default buildConfig({\n  serverURL: 'https://homestay.linguahub.example',\n  custom: {\n    {K}: '" + M + "',\n    matchRadiusKm: 12,\n  },\n})\n"),
    ("homestay_matching_react_native_config_env", "upper",
     "# .env.production (react-native-config)\nAPI_BASE=https://homestay.linguahub.example/api\nSHOW_HOST_PHOTOS=true\n{K}=" + M + "\n"),
    ("host_family_portal_wordpress_wp_config_php", "upper",
     "<?php\ndefine( 'WP_HOME', 'https://hosts.linguahub.example' );\ndefine( 'WP_DEBUG', false );\ndefine( '{K}', '" + M + "' );\n$table_prefix = 'hf_';\n"),
    ("host_family_portal_drupal_settings_php", "snake",
     "<?php\n// sites/default/settings.local.php\n$settings['host_family_region'] = 'bristol';\n$settings['{K}'] = '" + M + "';\n$config['system.logging']['error_level'] = 'hide';\n"),
    ("tutor_matching_spring_application_yaml", "kebab",
     "spring:\n  application:\n    name: tutor-matching\ntutors:\n  match-window-days: 14\n  {K}: '" + M + "'\n"),
    ("tutor_matching_go_envconfig_toml", "snake",
     "# tutor-matcher.toml\n[server]\nlisten = \":8091\"\n\n[matching]\nmax_candidates = 5\n{K} = \"" + M + "\"\n"),
    ("lesson_credits_sinatra_config_yml", "snake",
     "production:\n  credit_unit_minutes: 45\n  refund_window_days: 7\n  {K}: \"" + M + "\"\n"),
    ("lesson_credits_vapor_swift_dotenv", "upper",
     "# .env.production (Vapor)\nLOG_LEVEL=notice\nCREDITS_CURRENCY=GBP\n{K}=" + M + "\n"),
    ("exam_registrations_nestjs_config_yaml", "camel",
     "examRegistrations:\n  sessionCode: \"2026-S1\"\n  lateFeeGbp: 45\n  {K}: \"" + M + "\"\n"),
    ("exam_registrations_adonis_dotenv", "upper",
     "PORT=3333\nHOST=0.0.0.0\nAPP_NAME=exam-registrations\n{K}=" + M + "\nSESSION_DRIVER=cookie\n"),
    ("exam_registrations_dotnet_web_config_xml", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"ExamSession\" value=\"2026-S1\" />\n    <add key=\"{K}\" value=\"" + M + "\" />\n  </appSettings>\n</configuration>\n"),
    ("candidate_numbers_mojolicious_conf", "snake",
     "# candidate_numbers.conf (Mojolicious)\n{\n  centre   => 'GB 471',\n  {K} => '" + M + "',\n  hypnotoad => { listen => ['http://*:8093'] },\n}\n"),
    ("certificate_verify_cloudflare_worker_dev_vars", "upper",
     "# .dev.vars for the certificate-verify Worker\nVERIFY_BASE_URL=\"https://verify.linguahub.example\"\n{K}=\"" + M + "\"\n"),
    ("certificate_verify_netlify_toml", "upper",
     "[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[build.environment]\n  NODE_VERSION = \"20\"\n  {K} = \"" + M + "\"\n"),
    ("visa_letters_celery_worker_dotenv", "upper",
     "# /etc/visa-letters/worker.env\nCELERY_CONCURRENCY=2\nLETTER_TEMPLATE=cas-support-v4\n{K}=" + M + "\n"),
    ("visa_letters_n8n_credentials_json", "camel",
     "[\n  {\n    \"name\": \"Visa letter service\",\n    \"type\": \"httpHeaderAuth\",\n    \"data\": { \"{K}\": \"" + M + "\" }\n  }\n]\n"),
    ("invigilator_rota_streamlit_secrets_toml", "snake",
     "# .streamlit/secrets.toml\n[rota]\nexam_window = \"2026-05-11/2026-06-19\"\n{K} = \"" + M + "\"\n"),
    ("invigilator_rota_apps_script_properties_json", "camel",
     "{\n  \"properties\": {\n    \"rotaSheetId\": \"tab:invigilators\",\n    \"{K}\": \"" + M + "\"\n  }\n}\n"),
    ("invigilator_rota_electron_store_json", "camel",
     "{\n  \"windowBounds\": {\"width\": 1280, \"height\": 800},\n  \"lastCentre\": \"Queen Square\",\n  \"{K}\": \"" + M + "\"\n}\n"),
    ("school_ops_docker_swarm_stack_yml", "upper",
     "version: \"3.8\"\nservices:\n  placement:\n    image: registry.linguahub.lan/placement:2.4\n    environment:\n      {K}: \"" + M + "\"\n    deploy:\n      replicas: 2\n"),
    ("school_ops_helm_values_yaml", "camel",
     "replicaCount: 2\nimage:\n  repository: registry.linguahub.lan/timetable\n  tag: \"3.1.0\"\nconfig:\n  {K}: \"" + M + "\"\n"),
    ("school_ops_terraform_tfvars", "snake",
     "region      = \"eu-west-2\"\nschool_code = \"lh-bristol\"\n{K} = \"" + M + "\"\n"),
    ("school_ops_gitlab_ci_yml_variables", "upper",
     "variables:\n  DOCKER_DRIVER: overlay2\n  {K}: \"" + M + "\"\n\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n"),
    ("school_ops_circleci_config_yml", "upper",
     "version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/python:3.12\n    environment:\n      {K}: \"" + M + "\"\n    steps:\n      - checkout\n"),
    ("school_ops_zsh_extended_history", "upper",
     ": 1767601122:0;cd ~/srv/linguahub\n: 1767601140:0;export {K}='" + M + "'\n: 1767601151:0;make deploy-staging\n"),
    ("school_ops_tmux_scrollback_capture", "upper",
     "deploy@lh-app01:~$ env | grep -i lh_\nLH_ENV=production\n{K}=" + M + "\ndeploy@lh-app01:~$ systemctl restart lh-web\n"),
    ("school_ops_cron_d_file", "upper",
     "# /etc/cron.d/lh-nightly\nSHELL=/bin/bash\n{K}=" + M + "\n15 2 * * * www-data /srv/lh/bin/nightly-export\n"),
    ("school_ops_openrc_conf_d", "upper",
     "# /etc/conf.d/lh-worker\ncommand_user=\"lh:lh\"\n{K}=\"" + M + "\"\noutput_log=\"/var/log/lh-worker.log\"\n"),
    ("staffroom_slack_thread_export", "spaced",
     "Marta Ruiz  10:42\nnew {K} is " + M + " (I rotated it this morning)\nDavid Okafor  10:44\nthanks, updating the runbook\n"),
    ("exam_office_outlook_email_reply", "spaced",
     "From: exams@linguahub.example\nSubject: RE: access for the May session\n\nHi Tom,\nthe {K} for the May session is " + M + " - please keep it to the exams team.\nBest, Aisha\n"),
    ("tutor_ops_discord_channel_paste", "spaced",
     "[#tutor-ops] kenji_t: posting for the night cover: {K} -> " + M + "\n[#tutor-ops] mira: got it, deleting after\n"),
    ("director_of_studies_jira_ticket_comment", "spaced",
     "LH-1847 Timetable clash for Room 4B\nComment (Director of Studies): reproduced on staging, {K} there is " + M + " if you need to log in.\n"),
    ("staffroom_whiteboard_photo_ocr", "title",
     "STAFFROOM - WEEK 3\nCover: Room 2 (B1 evening)\n{K}: " + M + "\nFire drill Thursday 11:00\n"),
    ("lesson_credit_google_sheets_csv_export", "title",
     "Setting,Value,Owner,Updated\nCredit Unit,45 min,Finance,2026-01-05\n{K}," + M + ",Ops,2026-01-07\n"),
]
SPARE_KIND = ("front_desk_post_it_photo_ocr", "title")
KIND_NAMES = [k[0] for k in KINDS]


def build(reg):
    assert len(KINDS) == 45 and len(TYPES) == 12
    rng = random.Random(SEED)
    prng = random.Random(PAIR_SEED)
    tinfo = {t[0]: t for t in TYPES}
    out = []
    # 15 blocks of 3 kinds; each block a permutation of the 12 types dealt 4 per kind.
    for b in range(15):
        perm = TYPE_NAMES[:]
        prng.shuffle(perm)
        for j in range(3):
            kind, style, tpl = KINDS[3 * b + j]
            for typ in perm[4 * j:4 * j + 4]:
                key = keyname(tinfo[typ][2], style)
                value = reg.draw(lambda: gen_value(rng, typ))
                text, s, e = place(tpl.replace("{K}", key), value)
                out.append((typ, kind, text, s, e))
    return out
