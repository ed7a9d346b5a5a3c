"""Everyday source: 12 secret types of the music-school / dance-studio / dojo world x 45 container kinds."""
import random
import common199 as C

SEED = 19901
PAIR_SEED = 19911

# name, key words, description, generator kind
TYPES = [
    ("timetable_admin_console_password", ["timetable", "admin", "password"],
     "owner-chosen password of the class-timetable and term-enrolment admin console", "pw"),
    ("grading_records_db_password", ["grading", "db", "password"],
     "owner-chosen password of the database behind belt-grading and exam-grade records", "pw"),
    ("instrument_loan_register_password", ["loan", "register", "password"],
     "owner-chosen password of the instrument loan register", "pw"),
    ("parent_portal_admin_password", ["parent", "portal", "admin", "password"],
     "owner-chosen admin password of the parent portal", "pw"),
    ("practice_room_kiosk_exit_password", ["practice", "kiosk", "exit", "password"],
     "owner-chosen password that leaves kiosk mode on the practice-room booking tablets", "pw"),
    ("exam_entry_portal_password", ["exam", "entry", "password"],
     "owner-chosen password of the exam-board entry portal account", "pw"),
    ("recital_ticket_webhook_secret", ["ticket", "webhook", "secret"],
     "`tixwh_` + base64url of 32 random bytes (43 characters), signing secret of the recital ticketing webhooks (prefix invented)", "tixwh"),
    ("attendance_qr_totp_seed", ["attendance", "totp", "seed"],
     "RFC 4648 Base32 of 20 random bytes (32 characters, no padding), TOTP seed that makes the rotating attendance QR codes", "totp"),
    ("instructor_payroll_api_token", ["payroll", "api", "token"],
     "`ipr_` + 36 base62 + 6 base62 CRC-32 of the body, token of the instructor payroll export API (prefix and checksum invented)", "ipr"),
    ("dbs_check_client_secret", ["dbs", "client", "secret"],
     "48 base64url characters, client secret of the DBS (criminal-record check) umbrella-body API", "dbs"),
    ("parent_portal_session_jwt", ["session", "jwt"],
     "HS384 JWT (real base64url JSON, real HMAC-SHA384 under a discarded key) signing parent-portal sessions", "jwt"),
    ("recital_livestream_key", ["livestream", "stream", "key"],
     "five groups of four lower-case alphanumerics joined by `-`, stream key of the recital live stream", "stream"),
]

# container kind, style, template ({K} key, {V} value)
CONTAINERS = [
    ("timetable_nuxt_runtime_env", "upper",
     "# .env.production  (timetable app)\nNUXT_PUBLIC_SITE_URL=https://timetable.brightnotes.example\nNUXT_{K}={V}\nNUXT_TERM=spring-{Y}\n"),
    ("timetable_laravel_config_database_php", "snake",
     "<?php\n// config/studio.php\nreturn [\n    'term_weeks' => 12,\n    '{K}' => env('STUDIO_SECRET_OVERRIDE', '{V}'),\n    'room_count' => {N},\n];\n"),
    ("enrolment_django_settings_prod_py", "upper",
     "# enrolment/settings/prod.py\nfrom .base import *  # noqa\nDEBUG = False\nALLOWED_HOSTS = [\"enrol.brightnotes.example\"]\n{K} = \"{V}\"\nTERM_CAPACITY = {N}\n"),
    ("enrolment_fastapi_settings_toml", "snake",
     "# settings.toml for the enrolment API\n[default]\nterm = \"autumn-{Y}\"\n\n[production]\n{K} = \"{V}\"\nmax_pupils_per_class = 14\n"),
    ("grading_rails_database_yml", "snake",
     "# config/studio_secrets.yml (grading app)\nproduction:\n  dojo_name: Kaze Dojo\n  {K}: \"{V}\"\n  belt_levels: 10\n"),
    ("grading_spring_application_properties", "dot",
     "# grading-service application.properties\nspring.application.name=grading-service\nserver.port=8084\n{K}={V}\ngrading.kyu.count=10\n"),
    ("grading_quarkus_application_yaml", "kebab",
     "# src/main/resources/application.yaml\nquarkus:\n  http:\n    port: 8086\ndojo:\n  {K}: {V}\n  belt-colours: white,yellow,orange,green,blue,brown,black\n"),
    ("instrument_loans_aspnet_user_secrets_json", "pascal",
     "{\n  \"LoanRegister\": {\n    \"{K}\": \"{V}\",\n    \"DepositPounds\": 40\n  }\n}\n"),
    ("instrument_loans_go_viper_config_yaml", "snake",
     "# loans.yaml (viper)\nlisten: \":8090\"\nregister:\n  instruments: [violin, cello, flute, clarinet]\n  {K}: '{V}'\n"),
    ("instrument_loans_airtable_script_js", "camel",
     "// Airtable scripting block: sync loan returns\nconst {K} = '{V}';\nconst table = base.getTable('Instrument loans');\nconst query = await table.selectRecordsAsync({fields: ['Serial', 'Pupil']});\n"),
    ("recital_tickets_remix_server_ts", "camel",
     "// app/services/tickets.server.ts\nexport const ticketConfig = {\n  venue: \"St Cecilia Hall\",\n  {K}: \"{V}\",\n  seatsPerRow: 20,\n};\n"),
    ("recital_tickets_symfony_env_local", "upper",
     "###> recital tickets ###\nAPP_ENV=prod\n{K}={V}\nBOX_OFFICE_EMAIL=boxoffice@brightnotes.example\n###< recital tickets ###\n"),
    ("parent_portal_expo_app_config_js", "camel",
     "// app.config.js\nexport default {\n  name: 'BrightNotes Parents',\n  slug: 'brightnotes-parents',\n  extra: {\n    {K}: '{V}',\n    eas: { projectId: '{UUID}' },\n  },\n};\n"),
    ("parent_portal_flutter_dart_define_json", "upper",
     "{\n  \"APP_FLAVOR\": \"prod\",\n  \"{K}\": \"{V}\",\n  \"API_BASE\": \"https://portal.brightnotes.example/api\"\n}\n"),
    ("parent_portal_firebase_functions_config_json", "snake",
     "$ firebase functions:config:get\n{\n  \"portal\": {\n    \"{K}\": \"{V}\",\n    \"region\": \"europe-west2\"\n  }\n}\n"),
    ("attendance_qr_esp32_arduino_secrets_h", "upper",
     "// arduino_secrets.h -- attendance QR scanner at studio door {N}\n#pragma once\n#define WIFI_SSID \"BrightNotes-Staff\"\n#define {K} \"{V}\"\n"),
    ("attendance_qr_raspberry_pi_systemd_dropin_conf", "upper",
     "# /etc/systemd/system/attendance-kiosk.service.d/override.conf\n[Service]\nEnvironment=\"KIOSK_ROOM=studio-{N}\"\nEnvironment=\"{K}={V}\"\nRestart=always\n"),
    ("attendance_scanner_android_gradle_properties", "dot",
     "# gradle.properties (attendance scanner app)\norg.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n{K}={V}\n"),
    ("practice_rooms_wordpress_plugin_options_php", "snake",
     "<?php\n// wp-content/plugins/practice-rooms/options.php\nupdate_option( 'practice_rooms_open_hour', 8 );\nupdate_option( '{K}', '{V}' );\n"),
    ("practice_rooms_supabase_edge_env", "upper",
     "# supabase/functions/.env  (practice-room booking edge functions)\nROOM_SLOT_MINUTES=45\n{K}={V}\n"),
    ("practice_rooms_home_assistant_secrets_yaml", "snake",
     "# /config/secrets.yaml  (practice-room door relays)\nstudio_latitude: 51.4545\n{K}: \"{V}\"\nroom_b_relay_ip: 10.20.0.{N}\n"),
    ("exam_entries_dotnet_web_config_xml", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"ExamSession\" value=\"Summer{Y}\" />\n    <add key=\"{K}\" value=\"{V}\" />\n  </appSettings>\n</configuration>\n"),
    ("exam_entries_python_configparser_ini", "snake",
     "; exam_entries.ini\n[board]\nsession = summer-{Y}\ncentre = {N}\n\n[auth]\n{K} = {V}\n"),
    ("payroll_export_sage_connector_json", "camel",
     "{\n  \"connector\": \"instructor-payroll-export\",\n  \"schedule\": \"0 6 * * 1\",\n  \"{K}\": \"{V}\",\n  \"currency\": \"GBP\"\n}\n"),
    ("payroll_export_cron_shell_script", "upper",
     "#!/bin/sh\n# /usr/local/bin/export-instructor-hours.sh  (cron, Mondays 06:00)\nset -eu\nexport {K}='{V}'\nexec /opt/payroll/export --week last\n"),
    ("dbs_checks_java_jndi_context_xml", "camel",
     "<!-- META-INF/context.xml (staff vetting service) -->\n<Context>\n  <Environment name=\"{K}\" type=\"java.lang.String\" value=\"{V}\" override=\"false\"/>\n</Context>\n"),
    ("dbs_checks_php_dotenv", "upper",
     "# .env  (staff vetting module)\nAPP_URL=https://staff.brightnotes.example\n{K}=\"{V}\"\nDBS_RENEWAL_MONTHS=36\n"),
    ("dojo_members_vue_vite_env_local", "upper",
     "# .env.local  (dojo members app)\nVITE_DOJO_NAME=\"Kaze Dojo\"\n{K}={V}\n"),
    ("dance_studio_sveltekit_hooks_server_ts", "camel",
     "// src/hooks.server.ts (dance studio booking site)\nconst studioSecrets = {\n  {K}: '{V}',\n  classTypes: ['ballet', 'tap', 'contemporary'],\n};\nexport const handle = async ({ event, resolve }) => resolve(event);\n"),
    ("dance_studio_mindbody_sync_yaml", "snake",
     "# sync.yaml  (dance studio class sync)\nsource: timetable\nstudios: [studio_a, studio_b]\ncredentials:\n  {K}: {V}\n"),
    ("livestream_obs_profile_basic_ini", "pascal",
     "[General]\nName=Recital{Y}\n\n[Output]\nMode=Simple\n\n[Studio]\n{K}={V}\n"),
    ("studio_ops_helm_values_yaml", "camel",
     "# values-prod.yaml (brightnotes chart)\nreplicaCount: 2\nimage:\n  tag: \"2.{N}.0\"\nsecrets:\n  {K}: \"{V}\"\n"),
    ("studio_ops_kubernetes_configmap_data_yaml", "kebab",
     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: studio-api\n  namespace: brightnotes\ndata:\n  {K}: \"{V}\"\n  log-level: info\n"),
    ("studio_ops_github_actions_workflow_env", "upper",
     "# .github/workflows/deploy.yml\nname: deploy\non: { push: { branches: [main] } }\nenv:\n  {K}: {V}\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"),
    ("studio_ops_bitbucket_pipelines_yml", "upper",
     "# bitbucket-pipelines.yml\npipelines:\n  branches:\n    main:\n      - step:\n          script:\n            - export {K}={V}\n            - ./deploy.sh\n"),
    ("studio_ops_pulumi_stack_yaml", "camel",
     "# Pulumi.prod.yaml\nconfig:\n  aws:region: eu-west-2\n  brightnotes:{K}: {V}\n"),
    ("studio_ops_nomad_job_hcl", "upper",
     "job \"studio-api\" {\n  group \"api\" {\n    task \"server\" {\n      env {\n        {K} = \"{V}\"\n      }\n    }\n  }\n}\n"),
    ("studio_ops_fish_history", "upper",
     "- cmd: cd ~/src/brightnotes\n  when: 17726{N}1180\n- cmd: set -gx {K} {V}\n  when: 17726{N}1242\n- cmd: npm run sync\n  when: 17726{N}1277\n"),
    ("studio_ops_powershell_transcript_log", "upper",
     "**********************\nWindows PowerShell transcript start\nUsername: STUDIO\\frontdesk\n**********************\nPS C:\\studio> $env:{K} = '{V}'\nPS C:\\studio> .\\sync-timetable.ps1\n"),
    ("music_teachers_telegram_group_export", "spaced",
     "[{D} 18:02] Marta (piano): anyone have the {K}?\n[{D} 18:04] Jonas (strings): {V}\n[{D} 18:04] Marta (piano): thanks!\n"),
    ("dojo_senseis_signal_chat_paste", "spaced",
     "Sensei Okafor: new {K} after the grading night, it is {V} — delete after reading\nSensei Lind: 👍\n"),
    ("parent_support_zendesk_ticket_comment", "spaced",
     "Internal note (not visible to requester)\nReset done. The {K} is now {V} until Mr Haddad changes it at login.\n"),
    ("front_desk_sticky_note_photo_ocr", "title",
     "OCR (IMG_{N}.jpg, front desk monitor):\nWIFI: BrightNotes-Guest\n{K}: {V}\nDo NOT give to parents!\n"),
    ("term_enrolment_excel_csv_export", "title",
     "Setting,Value,Updated By\nTerm,Spring {Y},office\n{K},{V},office\nMax Class Size,14,office\n"),
    ("studio_api_json_structured_log_line", "camel",
     "{\"level\":\"debug\",\"ts\":\"{Y}-03-0{M}T09:12:44Z\",\"msg\":\"loaded settings\",\"{K}\":\"{V}\",\"svc\":\"studio-api\"}\n"),
]
SPARE_CONTAINERS = ["studio_ops_justfile"]


def gen_value(kind, rng, reg):
    if kind == "pw":
        return reg.draw(lambda: C.password(rng))
    if kind == "tixwh":
        return reg.draw(lambda: "tixwh_" + C.b64u(C.rbytes(rng, 32)))
    if kind == "totp":
        return reg.draw(lambda: C.base64.b32encode(C.rbytes(rng, 20)).decode())
    if kind == "ipr":
        def f():
            body = C.rs(rng, C.B62, 36)
            return "ipr_" + body + C.crc32_b62(body)
        return reg.draw(f)
    if kind == "dbs":
        return reg.draw(lambda: C.rs(rng, C.B64URL, 48))
    if kind == "jwt":
        def f():
            payload = {"sub": "parent_" + C.rs(rng, C.DIGITS, 5), "role": "parent",
                       "studio": "brightnotes", "iat": 1767225600 + rng.randrange(10 ** 7)}
            payload["exp"] = payload["iat"] + 3600 * 12
            return C.jwt(rng, "HS384", payload)
        return reg.draw(f)
    if kind == "stream":
        return reg.draw(lambda: "-".join(C.rs(rng, C.LOWER_ALNUM, 4) for _ in range(5)))
    raise ValueError(kind)


def pairing():
    """15 blocks of three kinds; each block deals a permutation of the 12 types, four per kind."""
    prng = random.Random(PAIR_SEED)
    out = []
    for b in range(15):
        perm = list(range(12))
        prng.shuffle(perm)
        for k in range(3):
            ci = b * 3 + k
            for t in perm[k * 4:(k + 1) * 4]:
                out.append((ci, t))
    return out


def build(reg, start_id):
    rng = random.Random(SEED)
    recs = []
    n = start_id
    for ci, ti in pairing():
        cname, style, tmpl = CONTAINERS[ci]
        tname, words, _desc, kind = TYPES[ti]
        value = gen_value(kind, rng, reg)
        key = C.style_key(words, style)
        text = C.fill(tmpl, value, K=key, N=rng.randint(2, 9), Y=rng.choice([2025, 2026]),
                      D="0%d.0%d.26" % (rng.randint(1, 9), rng.randint(1, 9)),
                      M=rng.randint(1, 9), UUID=reg.draw(lambda: C.uuid4(rng)))
        recs.append(C.make_record("%s-s-%04d" % (C.PREFIX, n), tname, cname, text, value, "everyday"))
        n += 1
    return recs
