"""Everyday source: 12 secret types of this world x 45 container kinds, 4 records per kind."""
import base64
import random

from common218 import (MARK as M, B62, HEX, LOWER_ALNUM, CROCKFORD, rs, owner_password, rbytes, uuid4,
                       adler32_hex, crockford_check_symbol, bech32_encode, jwt_hs, key_in_style, positive)

SEED_VALUES = 21801
SEED_PAIRING = 21811

HOSTS = ["ringside.barkfield.lan", "db.clearround-agility.example", "pool.aquapaws-hydro.example",
         "classes.steadyrecall.example", "10.40.7.21", "rota.hollybankdogs.lan", "172.20.3.14",
         "kcdesk.hollybankdogs.lan", "timing.clearround-agility.example", "192.168.50.9"]

# (type, key words, kind, description)
TYPES = [
    ("puppy_course_booking_admin_password", ["booking", "admin", "password"], "pw",
     "owner-chosen admin password of the puppy-course and class booking system (courses, waiting lists, pay-as-you-go passes)"),
    ("agility_results_db_password", ["results", "db", "password"], "pw",
     "owner-chosen password of the database behind agility run timings, faults and placings"),
    ("show_entry_ring_card_portal_password", ["ring", "card", "portal", "password"], "pw",
     "owner-chosen password of the competition-entry portal that prints ring cards and running orders"),
    ("hydrotherapy_session_notes_db_password", ["hydro", "notes", "db", "password"], "pw",
     "owner-chosen password of the canine-hydrotherapy session-notes and vet-referral database"),
    ("trainer_rota_field_hire_password", ["rota", "login", "password"], "pw",
     "owner-chosen login password of the trainer rota and field-hire calendar"),
    ("kennel_registration_desk_password", ["kc", "desk", "password"], "pw",
     "owner-chosen password of the kennel-club registration and vaccination/microchip check desk"),
    ("agility_run_timing_ingest_token", ["timing", "ingest", "token"], "gen",
     "`art_` + 32 base62 + `_` + 8 lower-case hex of the real Adler-32 of those 32 characters; token the ring timing gates use to post run times (layout invented)"),
    ("class_pass_webhook_signing_secret", ["class", "pass", "webhook", "secret"], "gen",
     "Standard Webhooks signing secret `whsec_` + standard Base64 of 32 random bytes; signs pay-as-you-go class-pass redemptions"),
    ("vet_referral_exchange_jwt", ["vet", "referral", "jwt"], "gen",
     "real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 under a discarded key); bearer token of the vet-referral exchange"),
    ("microchip_lookup_api_key", ["microchip", "lookup", "key"], "gen",
     "`mcl_` + 26 Crockford Base32 + the real Crockford mod-37 check symbol of those 26; key of the microchip-database lookup service (prefix invented)"),
    ("hydro_notes_backup_age_identity", ["backup", "age", "identity"], "gen",
     "age X25519 identity `AGE-SECRET-KEY-1` + upper-case Bech32 of 32 random bytes with the real Bech32 checksum; decrypts the nightly hydrotherapy-notes backup"),
    ("field_gate_wireguard_private_key", ["gate", "wg", "private", "key"], "gen",
     "WireGuard private key: standard Base64 of 32 random bytes clamped as Curve25519 scalars (44 characters); VPN of the field-hire gate controller"),
]
TYPE_NAMES = [t[0] for t in TYPES]
KEYWORDS = {t[0]: t[1] for t in TYPES}
PW_TYPES = [t[0] for t in TYPES if t[2] == "pw"]


def gen_value(t, rng):
    if t in PW_TYPES:
        return owner_password(rng)
    if t == "agility_run_timing_ingest_token":
        body = rs(rng, B62, 32)
        return "art_" + body + "_" + adler32_hex(body)
    if t == "class_pass_webhook_signing_secret":
        return "whsec_" + base64.b64encode(rbytes(rng, 32)).decode()
    if t == "vet_referral_exchange_jwt":
        payload = {"iss": "referrals.pawpoint-vets.example", "sub": "practice-%d" % rng.randint(1000, 9999),
                   "aud": "hydro-intake", "scope": "referral:write", "iat": 1767225600 + rng.randint(0, 9000000)}
        payload["exp"] = payload["iat"] + 31536000
        return jwt_hs(rng, payload, "HS512")
    if t == "microchip_lookup_api_key":
        body = rs(rng, CROCKFORD, 26)
        return "mcl_" + body + crockford_check_symbol(body)
    if t == "hydro_notes_backup_age_identity":
        return bech32_encode("age-secret-key-", rbytes(rng, 32)).upper()
    if t == "field_gate_wireguard_private_key":
        b = bytearray(rbytes(rng, 32))
        b[0] &= 248
        b[31] &= 127
        b[31] |= 64
        return base64.b64encode(bytes(b)).decode()
    raise KeyError(t)


def H(rng):
    return rng.choice(HOSTS)


# container kinds: name -> (style, template function(key, rng) -> template with MARK)
def _kinds():
    K = []

    def k(name, style):
        def deco(fn):
            K.append((name, style, fn))
            return fn
        return deco

    @k("puppy_classes_laravel_config_services_php", "snake")
    def _(key, r):
        return ("<?php\n\nreturn [\n    'mailgun' => [\n        'domain' => env('MAILGUN_DOMAIN'),\n    ],\n"
                f"    'puppy_booking' => [\n        'host' => '{H(r)}',\n        '{key}' => '{M}',\n"
                "        'waitlist_days' => 14,\n    ],\n];\n")

    @k("puppy_classes_rails_database_yml", "snake")
    def _(key, r):
        return (f"production:\n  adapter: postgresql\n  host: {H(r)}\n  database: puppy_courses\n"
                f"  username: courses_app\n  {key}: \"{M}\"\n  pool: 5\n")

    @k("class_bookings_adonisjs_dotenv", "upper")
    def _(key, r):
        return (f"TZ=Europe/London\nPORT=3333\nHOST=0.0.0.0\nAPP_NAME=steady-recall-bookings\n"
                f"DB_HOST={H(r)}\n{key}={M}\nSESSION_DRIVER=cookie\n")

    @k("class_bookings_nestjs_configmodule_ts", "camel")
    def _(key, r):
        return ("import { registerAs } from '@nestjs/config';\n\nexport default registerAs('bookings', () => ({\n"
                f"  host: process.env.BOOKINGS_HOST ?? '{H(r)}',\n  maxPuppiesPerClass: 8,\n  {key}: '{M}',\n}}));\n")

    @k("class_bookings_sveltekit_env_private", "upper")
    def _(key, r):
        return (f"# .env (SvelteKit $env/static/private)\nORIGIN=https://classes.steadyrecall.example\n{key}=\"{M}\"\n"
                "PUBLIC_CLASS_TERM=spring\n")

    @k("agility_timing_dotnet_user_secrets_json", "pascal")
    def _(key, r):
        return ("{\n  \"Timing:GateCount\": \"2\",\n" f"  \"Timing:{key}\": \"{M}\",\n"
                "  \"Logging:LogLevel:Default\": \"Information\"\n}\n")

    @k("agility_timing_rust_figment_toml", "snake")
    def _(key, r):
        return (f"[default]\nring_count = 3\nfault_penalty = 5\n\n[release]\nresults_host = \"{H(r)}\"\n"
                f"{key} = \"{M}\"\n")

    @k("agility_results_go_const_block", "camel")
    def _(key, r):
        return ("package results\n\n// TODO move to env before the club show\nconst (\n"
                f"\tresultsHost = \"{H(r)}\"\n\t{key} = \"{M}\"\n\tmaxFaults = 20\n)\n")

    @k("agility_results_dynaconf_settings_toml", "snake")
    def _(key, r):
        return (f"[production]\ndebug = false\ncourse_time_rounding = \"0.01\"\n{key} = \"{M}\"\n"
                f"results_db_host = \"{H(r)}\"\n")

    @k("ring_cards_flask_instance_config_py", "upper")
    def _(key, r):
        return ("# instance/config.py - not in git\nDEBUG = False\nRING_CARD_PAPER = \"A6\"\n"
                f"{key} = \"{M}\"\nSQLALCHEMY_ECHO = False\n")

    @k("ring_cards_micronaut_application_yml", "kebab")
    def _(key, r):
        return (f"micronaut:\n  application:\n    name: ring-cards\nringcards:\n  printer: zebra-ring2\n"
                f"  {key}: '{M}'\n")

    @k("competition_entries_wordpress_wp_config_php", "upper")
    def _(key, r):
        return ("<?php\ndefine( 'DB_NAME', 'entries_wp' );\ndefine( 'WP_DEBUG', false );\n"
                f"define( '{key}', '{M}' );\n$table_prefix = 'ent_';\n")

    @k("competition_entries_drupal_settings_local_php", "snake")
    def _(key, r):
        return ("<?php\n$settings['hash_salt_file'] = '../private/salt.txt';\n"
                f"$settings['entries']['{key}'] = '{M}';\n$config['system.logging']['error_level'] = 'hide';\n")

    @k("competition_entries_strapi_dotenv", "upper")
    def _(key, r):
        return (f"HOST=0.0.0.0\nPORT=1337\nDATABASE_CLIENT=postgres\nDATABASE_HOST={H(r)}\n{key}={M}\n")

    @k("hydro_notes_spring_application_yml", "kebab")
    def _(key, r):
        return (f"spring:\n  datasource:\n    url: jdbc:postgresql://{H(r)}:5432/hydro\nhydro:\n  pool-temp-c: 30\n"
                f"  {key}: {M}\n")

    @k("hydro_notes_laminas_local_php", "snake")
    def _(key, r):
        return ("<?php\n// config/autoload/local.php\nreturn [\n    'hydro' => [\n"
                f"        '{key}' => '{M}',\n        'session_minutes' => 20,\n    ],\n];\n")

    @k("vet_referrals_hapi_fhir_application_properties", "dot")
    def _(key, r):
        return ("hapi.fhir.fhir_version=R4\nhapi.fhir.server_address=https://fhir.pawpoint-vets.example/fhir\n"
                f"referrals.{key}={M}\n")

    @k("vet_referrals_mule_secure_properties_yaml", "dot")
    def _(key, r):
        return (f"http:\n  port: \"8081\"\n{key}: \"{M}\"\nreferral.queue: \"hydro-intake\"\n")

    @k("vaccination_checks_celery_config_py", "snake")
    def _(key, r):
        return ("broker_url = 'redis://localhost:6379/3'\ntimezone = 'Europe/London'\n"
                f"beat_schedule = {{'booster-reminders': {{'task': 'vacc.remind', 'schedule': 3600.0}}}}\n{key} = '{M}'\n")

    @k("microchip_checks_deno_dotenv", "upper")
    def _(key, r):
        return (f"# loaded with jsr:@std/dotenv\nCHIP_DB_REGION=uk\n{key}={M}\nLOG_LEVEL=info\n")

    @k("microchip_checks_wrangler_dev_vars", "upper")
    def _(key, r):
        return (f"# .dev.vars - local secrets for wrangler dev\nENVIRONMENT=\"dev\"\n{key}=\"{M}\"\n")

    @k("trainer_rota_apps_script_properties_gs", "camel")
    def _(key, r):
        return ("function setup() {\n  const props = PropertiesService.getScriptProperties();\n"
                f"  props.setProperty('rotaSheetId', '{rs(r, B62, 20)}');\n  props.setProperty('{key}', '{M}');\n}}\n")

    @k("trainer_rota_power_automate_flow_json", "camel")
    def _(key, r):
        return ("{\n  \"definition\": {\n    \"parameters\": {\n"
                f"      \"{key}\": {{ \"type\": \"String\", \"defaultValue\": \"{M}\" }},\n"
                "      \"rotaList\": { \"type\": \"String\", \"defaultValue\": \"Trainer Rota\" }\n    }\n  }\n}\n")

    @k("field_hire_supabase_functions_dotenv", "upper")
    def _(key, r):
        return (f"# supabase/functions/.env\nFIELD_SLOT_MINUTES=60\n{key}={M}\n")

    @k("field_hire_firebase_runtimeconfig_json", "snake")
    def _(key, r):
        return ("{\n  \"fieldhire\": {\n    \"default_slot\": \"60\",\n"
                f"    \"{key}\": \"{M}\"\n  }}\n}}\n")

    @k("class_pass_app_android_strings_xml", "snake")
    def _(key, r):
        return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    <string name=\"app_name\">Class Pass</string>\n"
                f"    <string name=\"{key}\" translatable=\"false\">{M}</string>\n</resources>\n")

    @k("class_pass_app_ios_xcconfig", "upper")
    def _(key, r):
        return (f"// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = example.steadyrecall.classpass\n{key} = {M}\n")

    @k("class_pass_app_react_native_config_env", "upper")
    def _(key, r):
        return (f"# .env.production (react-native-config)\nAPI_URL=https://classes.steadyrecall.example/api\n{key}={M}\n")

    @k("kennel_registrations_dancer2_config_yml", "snake")
    def _(key, r):
        return (f"appname: \"KennelDesk\"\ntemplate: \"template_toolkit\"\nplugins:\n  KennelDesk:\n"
                f"    {key}: \"{M}\"\n")

    @k("kennel_registrations_nginx_set_directives", "snake")
    def _(key, r):
        return ("location /kc-sync/ {\n    proxy_pass http://127.0.0.1:8088;\n"
                f"    set ${key} \"{M}\";\n    proxy_set_header X-Desk-Auth ${key};\n}}\n")

    @k("kennel_ops_kubernetes_secret_stringdata_yaml", "upper")
    def _(key, r):
        return ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: kennel-desk\n  namespace: dogclub\n"
                f"type: Opaque\nstringData:\n  {key}: \"{M}\"\n")

    @k("kennel_ops_helm_values_yaml", "camel")
    def _(key, r):
        return (f"replicaCount: 1\nimage:\n  tag: \"2.4.1\"\nenv:\n  {key}: \"{M}\"\ningress:\n  enabled: true\n")

    @k("kennel_ops_terraform_variables_tf_default", "snake")
    def _(key, r):
        return (f"variable \"{key}\" {{\n  type      = string\n  sensitive = true\n  default   = \"{M}\"\n}}\n")

    @k("kennel_ops_gitlab_ci_variables_yml", "upper")
    def _(key, r):
        return (f"variables:\n  DOCKER_DRIVER: overlay2\n  {key}: \"{M}\"\n\ndeploy:\n  stage: deploy\n  script: ./deploy.sh\n")

    @k("kennel_ops_azure_pipelines_yml", "upper")
    def _(key, r):
        return (f"trigger:\n- main\nvariables:\n  buildConfiguration: Release\n  {key}: '{M}'\nsteps:\n- script: dotnet build\n")

    @k("kennel_ops_supervisord_program_environment", "upper")
    def _(key, r):
        return (f"[program:ring-sync]\ncommand=/srv/ring-sync/bin/run\nenvironment=HOME=\"/srv/ring-sync\",{key}=\"{M}\"\n"
                "autorestart=true\n")

    @k("kennel_ops_crontab_environment_line", "upper")
    def _(key, r):
        return (f"MAILTO=ops@hollybankdogs.example\n{key}={M}\n15 2 * * * /srv/bin/nightly-results-export\n")

    @k("kennel_ops_zsh_history", "upper")
    def _(key, r):
        return (f": 1767301122:0;cd ~/src/ring-cards\n: 1767301130:0;export {key}='{M}'\n: 1767301141:0;make run\n")

    @k("kennel_ops_windows_batch_set", "upper")
    def _(key, r):
        return (f"@echo off\nREM start the ring laptop sync\nset {key}={M}\nstart \"\" ringsync.exe --quiet\n")

    @k("agility_club_slack_thread_paste", "spaced")
    def _(key, r):
        return (f"Maya 9:12 AM\ncan someone check the results box before Saturday?\nTom 9:14 AM\n"
                f"{key} is {M} (same one as the big show) - I'll rotate it after\n")

    @k("hydro_clinic_teams_chat_export", "spaced")
    def _(key, r):
        return (f"[10:02] Priya Shah: pool laptop won't log in again\n[10:04] Sam Okafor: try the {key}: {M}\n"
                "[10:05] Priya Shah: in, thanks\n")

    @k("trainers_jira_ticket_comment", "spaced")
    def _(key, r):
        return (f"DOGS-{r.randint(100, 999)} Rota sync failing after rebuild\nComment by Alex:\n"
                f"Reproduced locally once I set the {key} to {M} - looks like the env was blank in prod.\n")

    @k("puppy_class_github_issue_comment", "spaced")
    def _(key, r):
        return (f"@kennel-dev the staging box is up again. For testing, {key} = {M}\n"
                "Please don't put it in the PR description this time.\n")

    @k("ring_card_whiteboard_photo_ocr", "title")
    def _(key, r):
        return f"RING 2 - NOVICE JUMPERS\nScribes: Jan / Ola\n{key}: {M}\nCall-out 10 dogs ahead\n"

    @k("class_pass_google_sheets_csv_export", "title")
    def _(key, r):
        return (f"Setting,Value,Updated By\nTerm Start,2026-01-12,Jo\n{key},{M},Jo\nMax Dogs,8,Sam\n")

    return K


KINDS = _kinds()
SPARE_KINDS = ["kennel_ops_nomad_variables_hcl", "vet_referrals_camel_k_integration_properties"]


def pairing(rng):
    """15 blocks of three kinds; each block deals a fresh permutation of the 12 types, four per kind."""
    out = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng.shuffle(perm)
        for j in range(3):
            kind = KINDS[b * 3 + j]
            out.append((kind, perm[j * 4:(j + 1) * 4]))
    return out


def build(reg):
    rv = random.Random(SEED_VALUES)
    rp = random.Random(SEED_PAIRING)
    recs = []
    for (name, style, fn), types in pairing(rp):
        for t in types:
            value = reg.draw(lambda: gen_value(t, rv))
            key = key_in_style(KEYWORDS[t], style)
            tpl = fn(key, rv)
            recs.append(positive(t, name, tpl, value, "everyday"))
    return recs
