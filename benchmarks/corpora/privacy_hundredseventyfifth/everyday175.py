"""Everyday source: 12 secret types of the hearing-care world x 45 container kinds x 4."""
import random

import common175 as C

V = C.SLOT


def _rfs(rng):
    return "rfs_live_" + C.rstr(rng, C.B62, 32)


def _rcl(rng):
    return "rclwh_" + C.rstr(rng, C.B62, 40)


def _ltk(rng):
    return C.rstr(rng, C.UHEX, 32)


def _tele_jwt(rng):
    payload = {
        "iss": "https://tele.hearwell-clinics.example",
        "sub": "aud-%05d" % rng.randint(100, 99999),
        "sid": C.uuid4(rng),
        "role": rng.choice(["audiologist", "patient", "assistant"]),
        "scope": "remote-fitting session:join",
        "iat": 1718000000 + rng.randint(0, 9000000),
    }
    payload["exp"] = payload["iat"] + 3600
    return C.jwt_hs256(rng, payload)


def _ci_key(rng):
    return C.b64(C.rbytes(rng, 32))


def _hcos(rng):
    return C.b64url_nopad(C.rbytes(rng, 30))


# name, key words, description, generator, is owner-chosen password
TYPES = [
    ("noah_clinic_database_password", ["noah", "db", "password"],
     "owner-chosen password of the Noah (HIMSA) clinic database service account", None, True),
    ("fitting_software_admin_password", ["fitting", "admin", "password"],
     "owner-chosen admin password of the manufacturer fitting-software installation", None, True),
    ("audiometer_bridge_admin_password", ["audiometer", "bridge", "password"],
     "owner-chosen admin password of the audiometer integration bridge web UI", None, True),
    ("manufacturer_portal_login_password", ["manufacturer", "portal", "password"],
     "owner-chosen password of a hearing-aid manufacturer's professional ordering / warranty portal", None, True),
    ("claims_clearinghouse_login_password", ["claims", "portal", "password"],
     "owner-chosen password of the insurance / national-health device claims portal", None, True),
    ("school_screening_tablet_password", ["screening", "tablet", "password"],
     "owner-chosen login password of the school hearing-screening tablet app", None, True),
    ("remote_fitting_session_api_key", ["remote", "fitting", "api", "key"],
     "`rfs_live_` + 32 base62 API key of the remote-fitting session service (prefix invented)", _rfs, False),
    ("recall_webhook_signing_secret", ["recall", "webhook", "secret"],
     "`rclwh_` + 40 base62 signing secret of the booking / recall-reminder webhooks (prefix invented)", _rcl, False),
    ("asha_companion_bonding_ltk", ["asha", "bonding", "key"],
     "32 upper-case hex Bluetooth LE long-term key exported from an ASHA companion-app bond", _ltk, False),
    ("tele_audiology_session_jwt", ["tele", "session", "token"],
     "HS256 JWT (real base64url JSON header and payload, real HMAC) of a tele-audiology session", _tele_jwt, False),
    ("cochlear_records_encryption_key", ["ci", "records", "enc", "key"],
     "Base64 of 32 random bytes, AES-256 field-encryption key of the cochlear-implant clinic records", _ci_key, False),
    ("hearing_cloud_oauth_client_secret", ["hearing", "cloud", "client", "secret"],
     "base64url of 30 random bytes (40 characters), OAuth client secret of the manufacturer hearing cloud", _hcos, False),
]

# name, key style, template ({K} = key name in style, slot = value)
CONTAINERS = [
    ("fitting_hub_dotenv_production", "upper",
     "# fitting-hub .env.production\nAPP_ENV=production\nCLINIC_ID={clinic}\nNOAH_SERVER={host}\n{K}=" + V + "\nLOG_LEVEL=info\n"),
    ("noah_bridge_appsettings_json", "pascal",
     '{\n  "Logging": { "LogLevel": { "Default": "Warning" } },\n  "NoahBridge": {\n    "Server": "{host}",\n    "ClinicCode": "{clinic}",\n    "{K}": "' + V + '"\n  }\n}\n'),
    ("audiometer_link_app_config_xml", "pascal",
     '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="AudiometerPort" value="COM{n}" />\n    <add key="{K}" value="' + V + '" />\n    <add key="ClinicCode" value="{clinic}" />\n  </appSettings>\n</configuration>\n'),
    ("clinic_booking_django_settings_py", "upper",
     "# booking/settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"{host}\"]\n{K} = \"" + V + "\"\nRECALL_DAYS_AFTER_FITTING = 365\n"),
    ("recall_worker_celery_config_py", "snake",
     "# recall_worker/celeryconfig.py\nbroker_url = \"redis://{host}:6379/{n}\"\ntask_default_queue = \"recall-reminders\"\n{K} = \"" + V + "\"\ntimezone = \"Europe/London\"\n"),
    ("claims_service_spring_application_yml", "kebab",
     "spring:\n  application:\n    name: device-claims-service\nclaims:\n  submitter-id: SUB{n}{n}7\n  {K}: \"" + V + "\"\n  retry-max: 3\n"),
    ("tele_audiology_nestjs_config_ts", "camel",
     "// src/config/tele.config.ts\nimport { registerAs } from '@nestjs/config';\n\nexport default registerAs('tele', () => ({\n  roomPrefix: 'fit-{clinic}',\n  {K}: process.env.TELE_OVERRIDE ?? '" + V + "',\n  maxParticipants: 3,\n}));\n"),
    ("companion_app_flutter_secrets_dart", "camel",
     "// lib/env/secrets.dart  (do not commit)\nclass Secrets {\n  static const String clinicCode = '{clinic}';\n  static const String {K} = '" + V + "';\n}\n"),
    ("companion_android_gradle_properties", "camel",
     "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\nashaMinSdk=29\n{K}=" + V + "\n"),
    ("companion_ios_secrets_plist", "pascal",
     '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n  <key>ClinicCode</key>\n  <string>{clinic}</string>\n  <key>{K}</key>\n  <string>' + V + '</string>\n</dict>\n</plist>\n'),
    ("asha_firmware_zephyr_defconfig", "upper",
     "CONFIG_BT=y\nCONFIG_BT_PERIPHERAL=y\nCONFIG_BT_DEVICE_NAME=\"HW-Streamer-{n}\"\nCONFIG_{K}=\"" + V + "\"\nCONFIG_LOG=y\n"),
    ("screening_tablet_expo_app_json", "camel",
     '{\n  "expo": {\n    "name": "EarCheck Schools",\n    "slug": "earcheck-schools",\n    "extra": {\n      "programme": "KS1-{n}",\n      "{K}": "' + V + '"\n    }\n  }\n}\n'),
    ("clinic_pms_laravel_config_services_php", "snake",
     "<?php\n\nreturn [\n    'noah' => [\n        'host' => env('NOAH_HOST', '{host}'),\n        '{K}' => env('OVERRIDE_SECRET', '" + V + "'),\n    ],\n];\n"),
    ("repair_tracker_rails_secrets_yml", "snake",
     "production:\n  repair_lab_code: RL{n}\n  {K}: \"" + V + "\"\n  courier_account: \"{user}\"\n"),
    ("warranty_api_go_config_toml", "snake",
     "[server]\naddr = \":8080\"\n\n[warranty]\nupstream = \"https://{host}/api\"\n{K} = \"" + V + "\"\n"),
    ("audiogram_ingest_rust_env_fallback_rs", "upper",
     "// src/settings.rs\npub fn secret() -> String {\n    std::env::var(\"{K}\").unwrap_or_else(|_| \"" + V + "\".to_string())\n}\n"),
    ("cochlear_records_hapi_fhir_properties", "dot",
     "hapi.fhir.server_address=https://{host}/fhir\nhapi.fhir.fhir_version=R4\nci.{K}=" + V + "\n"),
    ("screening_stats_r_renviron", "upper",
     "R_LIBS_USER=~/R/library\nSCREENING_DB_HOST={host}\n{K}=" + V + "\n"),
    ("noah_module_registry_export_reg", "pascal",
     'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\HearWell\\NoahModule]\n"Server"="{host}"\n"{K}"="' + V + '"\n"Port"=dword:0000{n}a2\n'),
    ("fitting_station_powershell_profile_ps1", "pascal",
     "# Microsoft.PowerShell_profile.ps1 on FIT-{n}\nSet-Location C:\\Fitting\n${K} = '" + V + "'\n$ClinicCode = '{clinic}'\n"),
    ("clinic_infra_terraform_auto_tfvars_json", "snake",
     '{\n  "region": "eu-west-2",\n  "clinic_code": "{clinic}",\n  "{K}": "' + V + '",\n  "instance_type": "t3.small"\n}\n'),
    ("recall_sms_helm_values_prod_yaml", "camel",
     "replicaCount: 2\nimage:\n  repository: registry.hearwell.lan/recall-sms\nsecrets:\n  {K}: \"" + V + "\"\n"),
    ("tele_audiology_compose_override_yml", "upper",
     "services:\n  tele:\n    environment:\n      - CLINIC_CODE={clinic}\n      - {K}=" + V + "\n"),
    ("audiology_ci_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  branches:\n    main:\n      - step:\n          name: deploy\n          script:\n            - export {K}=" + V + "\n            - ./deploy.sh\n"),
    ("claims_etl_dbt_profiles_yml", "snake",
     "claims_etl:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: {host}\n      user: {user}\n      {K}: \"" + V + "\"\n      dbname: claims\n"),
    ("noah_sync_nssm_install_cmd", "upper",
     "nssm install NoahSync C:\\NoahSync\\noahsync.exe\nnssm set NoahSync AppEnvironmentExtra {K}=" + V + "\nnssm start NoahSync\n"),
    ("screening_programme_ipynb_cell", "upper",
     '{\n "cell_type": "code",\n "source": [\n  "import os\\n",\n  "os.environ[\\"{K}\\"] = \\"' + V + '\\"\\n",\n  "df = load_screening(\\"term{n}\\")"\n ]\n}\n'),
    ("hearing_cloud_bicep_parameters_json", "camel",
     '{\n  "$schema": "https://schema.management.azure.com/schemas/2019-04-01/deploymentParameters.json#",\n  "parameters": {\n    "clinicCode": { "value": "{clinic}" },\n    "{K}": { "value": "' + V + '" }\n  }\n}\n'),
    ("clinic_wifi_ansible_host_vars_yml", "snake",
     "---\nansible_host: {host}\nfitting_rooms: {n}\n{K}: \"" + V + "\"\n"),
    ("telehealth_nginx_upstream_header_conf", "train",
     "location /api/ {\n    proxy_pass http://{host}:8443;\n    proxy_set_header X-{K} \"" + V + "\";\n}\n"),
    ("audiometer_bridge_supervisord_conf", "upper",
     "[program:audiometer-bridge]\ncommand=/opt/bridge/bin/bridge --port 90{n}\nenvironment={K}=\"" + V + "\",BRIDGE_MODE=\"serial\"\nautorestart=true\n"),
    ("repair_desk_wp_config_php", "upper",
     "<?php\ndefine( 'DB_NAME', 'repairs' );\ndefine( '{K}', '" + V + "' );\ndefine( 'WP_DEBUG', false );\n"),
    ("booking_site_netlify_toml", "upper",
     "[build]\n  command = \"npm run build\"\n\n[context.production.environment]\n  CLINIC_CODE = \"{clinic}\"\n  {K} = \"" + V + "\"\n"),
    ("recall_lambda_sam_template_yaml", "upper",
     "Resources:\n  RecallFn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Environment:\n        Variables:\n          {K}: \"" + V + "\"\n"),
    ("fitting_cloud_functions_local_settings_json", "pascal",
     '{\n  "IsEncrypted": false,\n  "Values": {\n    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",\n    "{K}": "' + V + '"\n  }\n}\n'),
    ("claims_gateway_ktor_application_conf", "camel",
     "ktor {\n  deployment { port = 8080 }\n}\nclaims {\n  payer = \"{clinic}\"\n  {K} = \"" + V + "\"\n}\n"),
    ("audiology_dev_vscode_launch_json", "upper",
     '{\n  "configurations": [\n    {\n      "name": "Noah bridge (debug)",\n      "type": "coreclr",\n      "env": { "{K}": "' + V + '" }\n    }\n  ]\n}\n'),
    ("clinic_ops_fish_history", "upper",
     "- cmd: cd ~/src/recall\n  when: 17{n}00001\n- cmd: set -x {K} " + V + "\n  when: 17{n}00044\n"),
    ("hearing_team_teams_chat_paste", "spaced",
     "[10:4{n}] {user}: the {K} for {clinic} is " + V + " - can you update the fitting PCs before clinic opens?\n"),
    ("fitting_support_freshservice_ticket", "spaced",
     "Ticket #{n}4471 - Fitting PC cannot reach Noah\nPrivate note: reset done, {K} now " + V + " (told the clinic lead by phone)\n"),
    ("audiologist_sticky_note_ocr", "title",
     "FITTING ROOM {n}\n{K}: " + V + "\nNOAH USER: {user}\n"),
    ("clinic_manager_outlook_email", "spaced",
     "Hi,\n\nAs requested for the {clinic} clinic: the {K} is " + V + "\nPlease keep this to yourself.\n\nThanks,\n{user}\n"),
    ("companion_app_logcat_debug_line", "camel",
     "11-0{n} 09:12:44.218  4211  4290 D HearCompanion: init {K}=" + V + " asha=true\n"),
    ("noah_bridge_serilog_json_log", "pascal",
     '{"@t":"2024-06-0{n}T08:01:12.443Z","@mt":"Connecting with {K} {Secret}","Secret":"' + V + '","Clinic":"{clinic}"}\n'),
    ("audiology_repo_git_stash_patch", "upper",
     "diff --git a/deploy/.env b/deploy/.env\n--- a/deploy/.env\n+++ b/deploy/.env\n@@ -1,3 +1,3 @@\n CLINIC_CODE={clinic}\n-{K}=\n+{K}=" + V + "\n"),
]

HOSTS = ["noah01.hearwell.lan", "fit-srv.earcare.internal", "10.20.4.15", "audiosrv.clinic.lan",
         "noah.hearingcentre.internal", "192.168.40.12"]
USERS = ["a.okafor", "j.lindqvist", "reception", "m.haddad", "audtech2", "s.ferreira", "k.nowak"]
CLINICS = ["HW-LDS", "HW-BRS", "EC-OSL", "HW-DUB", "EC-MAN", "HW-GLA"]


def pair_type(kind, j):
    return (7 * kind + 3 * j + kind // 4) % 12


def generate(reg, seed=17501):
    rng = random.Random(seed)
    recs = []
    for k, (cname, style, tmpl) in enumerate(CONTAINERS):
        for j in range(4):
            ti = pair_type(k, j)
            tname, words, _desc, gen, is_pw = TYPES[ti]
            if is_pw:
                value = reg.draw(lambda: C.password(rng))
            else:
                value = reg.draw(lambda: gen(rng))
            key = C.keyname(words, style)
            text, s, e = C.fill(tmpl, value, K=key, host=rng.choice(HOSTS), user=rng.choice(USERS),
                                clinic=rng.choice(CLINICS), n=rng.randint(1, 9))
            recs.append(C.record(None, tname, cname, text, s, e, "everyday"))
    return recs
