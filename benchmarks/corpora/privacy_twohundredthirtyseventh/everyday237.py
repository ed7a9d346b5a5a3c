"""Everyday source: 12 secret types of the dental world x 45 container kinds."""
import base64
import random

from common237 import (ALNUM, DIGITS, HEX, LALNUM, MARK, UPPER, make_jwt, owner_password, place,
                       rbytes, rstr, style_key, uuid4)

SEED_VALUES = 23701
SEED_PAIRING = 23711

# ------------------------------------------------------------ check algorithms
VERHOEFF_D = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
    [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
    [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
    [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VERHOEFF_P = [
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
    [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
    [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VERHOEFF_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_check(digits):
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][int(ch)]]
    return str(VERHOEFF_INV[c])


def verhoeff_valid(digits):
    c = 0
    for i, ch in enumerate(reversed(digits)):
        c = VERHOEFF_D[c][VERHOEFF_P[i % 8][int(ch)]]
    return c == 0


def crc16_ccitt_false(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


B36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def luhn36_check(body):
    n = 36
    factor = 2
    total = 0
    for ch in reversed(body):
        addend = factor * B36.index(ch)
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return B36[(n - total % n) % n]


def luhn36_valid(s):
    n = 36
    factor = 1
    total = 0
    for ch in reversed(s):
        addend = factor * B36.index(ch)
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return total % n == 0


assert crc16_ccitt_false(b"123456789") == 0x29B1
assert verhoeff_check("236") == "3" and verhoeff_valid("2363")

DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"

# ------------------------------------------------------------ the 12 types
TYPES = [
    # name, key words, description
    ("practice_management_db_password", ["pms", "db", "password"],
     "owner-chosen password of the practice-management (charting / billing) database server"),
    ("xray_imaging_bridge_password", ["imaging", "bridge", "password"],
     "owner-chosen admin password of the X-ray imaging bridge (sensor software to chart)"),
    ("intraoral_scanner_cart_password", ["scanner", "cart", "password"],
     "owner-chosen login password of the intraoral-scanner cart PC"),
    ("autoclave_logger_web_password", ["autoclave", "logger", "password"],
     "owner-chosen web-UI password of the sterilisation (autoclave) cycle data logger"),
    ("dental_lab_case_portal_password", ["lab", "portal", "password"],
     "owner-chosen password of the dental lab's case-submission portal"),
    ("ortho_planning_console_password", ["ortho", "console", "password"],
     "owner-chosen password of the orthodontic treatment-planning console"),
    ("imaging_relay_verhoeff_key", ["imaging", "relay", "key"],
     "`dxr_` + 9-digit practice number + its real Verhoeff check digit + `_` + 30 base62; key of the "
     "imaging relay that pushes radiographs to the cloud archive (layout invented)"),
    ("lab_webhook_crc16_secret", ["lab", "webhook", "secret"],
     "`dlw_` + 36 base62 + `_` + 4 upper-case hex of the real CRC-16/CCITT-FALSE of those 36 characters; "
     "signs the dental lab's case-status webhooks (layout invented)"),
    ("recall_gateway_luhn36_token", ["recall", "gateway", "token"],
     "`rcl_` + 31 lower-case base-36 characters + 1 real Luhn mod 36 check character; token of the "
     "recall / reminder SMS gateway (layout invented)"),
    ("branch_wireguard_private_key", ["wireguard", "private", "key"],
     "WireGuard private key: standard Base64 of 32 random bytes clamped as an X25519 scalar "
     "(low 3 bits clear, top bit clear, bit 254 set); the branch-surgery VPN"),
    ("patient_portal_django_secret_key", ["django", "secret", "key"],
     "Django `SECRET_KEY`: 50 characters from Django's own generator alphabet "
     "(a-z 0-9 !@#$%^&*(-_=+)); signs the patient portal's sessions"),
    ("treatment_plan_hs512_jwt", ["treatment", "plan", "jwt"],
     "real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 under a discarded key); bearer "
     "token of the treatment-plan sharing API"),
]
PASSWORD_TYPES = TYPES[:6]


def gen_value(tname, rng):
    if tname.endswith("_password"):
        return owner_password(rng)
    if tname == "imaging_relay_verhoeff_key":
        num = str(rng.randint(1, 9)) + rstr(rng, DIGITS, 8)
        return "dxr_" + num + verhoeff_check(num) + "_" + rstr(rng, ALNUM, 30)
    if tname == "lab_webhook_crc16_secret":
        body = rstr(rng, ALNUM, 36)
        return "dlw_" + body + "_" + "%04X" % crc16_ccitt_false(body.encode())
    if tname == "recall_gateway_luhn36_token":
        body = rstr(rng, B36, 31)
        return "rcl_" + body + luhn36_check(body)
    if tname == "branch_wireguard_private_key":
        k = bytearray(rbytes(rng, 32))
        k[0] &= 248
        k[31] &= 127
        k[31] |= 64
        return base64.b64encode(bytes(k)).decode()
    if tname == "patient_portal_django_secret_key":
        return rstr(rng, DJANGO_ALPHABET, 50)
    if tname == "treatment_plan_hs512_jwt":
        payload = {"sub": "plan_" + rstr(rng, LALNUM, 12), "practice": "bb-%04d" % rng.randint(100, 9999),
                   "scope": rng.choice(["plan:read", "plan:share", "plan:read plan:sign"]),
                   "iat": 1718000000 + rng.randint(0, 9000000)}
        payload["exp"] = payload["iat"] + rng.choice([3600, 86400, 604800])
        return make_jwt(rng, "HS512", payload)
    raise KeyError(tname)


def check_value(tname, v):
    import re
    from common237 import PW_WIDE_RE, jwt_ok
    if tname.endswith("_password"):
        return bool(PW_WIDE_RE.match(v))
    if tname == "imaging_relay_verhoeff_key":
        m = re.fullmatch(r"dxr_([0-9]{10})_[A-Za-z0-9]{30}", v)
        return bool(m) and verhoeff_valid(m.group(1))
    if tname == "lab_webhook_crc16_secret":
        m = re.fullmatch(r"dlw_([A-Za-z0-9]{36})_([0-9A-F]{4})", v)
        return bool(m) and int(m.group(2), 16) == crc16_ccitt_false(m.group(1).encode())
    if tname == "recall_gateway_luhn36_token":
        m = re.fullmatch(r"rcl_([0-9a-z]{32})", v)
        return bool(m) and luhn36_valid(m.group(1))
    if tname == "branch_wireguard_private_key":
        try:
            k = base64.b64decode(v, validate=True)
        except Exception:
            return False
        return len(k) == 32 and k[0] & 7 == 0 and k[31] & 128 == 0 and k[31] & 64 == 64 and len(v) == 44
    if tname == "patient_portal_django_secret_key":
        return len(v) == 50 and all(c in DJANGO_ALPHABET for c in v)
    if tname == "treatment_plan_hs512_jwt":
        import json
        h = json.loads(base64.urlsafe_b64decode(v.split(".")[0] + "=="))
        return jwt_ok(v) and h.get("alg") == "HS512"
    return False


# ------------------------------------------------------------ 45 container kinds
# @K@ = key in the kind's style, @V@ = the value.
KINDS = [
    ("practice_site_nextjs_env_local", "upper",
     "# .env.local - brightbite booking site (never commit)\nNEXT_PUBLIC_SITE_URL=https://book.brightbite-dental.example\n"
     "NEXT_PUBLIC_PRACTICE_ID=bb-0192\n@K@=@V@\nREDIS_URL=redis://cache.brightbite.internal:6379/0\n"),
    ("practice_site_wordpress_wp_config_php", "upper",
     "<?php\n/** brightbite-dental.example - wp-config.php (excerpt) */\ndefine( 'DB_NAME', 'bb_wp' );\n"
     "define( 'DB_HOST', 'localhost' );\ndefine( '@K@', '@V@' );\ndefine( 'WP_DEBUG', false );\n"),
    ("practice_site_django_settings_production_py", "upper",
     "# smileline/settings/production.py\nfrom .base import *  # noqa\nDEBUG = False\n"
     "ALLOWED_HOSTS = [\"portal.smileline-ortho.example\"]\n@K@ = \"@V@\"\nTIME_ZONE = \"Europe/London\"\n"),
    ("practice_site_netlify_toml_context_env", "upper",
     "[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[context.production.environment]\n"
     "  NODE_VERSION = \"20\"\n  @K@ = \"@V@\"\n"),
    ("patient_app_capacitor_config_ts", "camel",
     "import type { CapacitorConfig } from '@capacitor/cli';\n\nconst config: CapacitorConfig = {\n"
     "  appId: 'example.brightbite.patient',\n  appName: 'BrightBite',\n  webDir: 'www',\n  plugins: {\n"
     "    PracticeBridge: { host: 'api.brightbite-dental.example', @K@: '@V@' },\n  },\n};\nexport default config;\n"),
    ("patient_app_react_native_config_env", "upper",
     "# .env.production (react-native-config)\nAPI_BASE=https://api.brightbite-dental.example/v2\n"
     "SENTRY_ENV=production\n@K@=@V@\n"),
    ("patient_app_gradle_properties", "camel",
     "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\nbrightbiteApiHost=api.brightbite-dental.example\n@K@=@V@\n"),
    ("patient_app_release_xcconfig", "upper",
     "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = example.brightbite.patient\n"
     "API_HOST = api.brightbite-dental.example\n@K@ = @V@\n"),
    ("pms_open_dental_freedentalconfig_xml", "pascal",
     "<?xml version=\"1.0\"?>\n<ConnectionSettings>\n  <DatabaseConnection>\n    <ComputerName>OD-SERVER</ComputerName>\n"
     "    <Database>opendental</Database>\n    <User>odadmin</User>\n    <@K@>@V@</@K@>\n"
     "    <NoShowOnStartup>True</NoShowOnStartup>\n  </DatabaseConnection>\n</ConnectionSettings>\n"),
    ("pms_sync_windows_service_exe_config", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n"
     "    <add key=\"PracticeCode\" value=\"BB0192\" />\n    <add key=\"@K@\" value=\"@V@\" />\n"
     "    <add key=\"SyncIntervalMinutes\" value=\"5\" />\n  </appSettings>\n</configuration>\n"),
    ("imaging_twain_bridge_ini", "pascal",
     "[Bridge]\nPmsPath=C:\\OpenDental\\OpenDental.exe\nSensorModel=Size2\nOperatory=OP3\n[Security]\n@K@=@V@\n"),
    ("imaging_orthanc_configuration_json", "pascal",
     "{\n  \"Name\" : \"BRIGHTBITE-PACS\",\n  \"DicomAet\" : \"BBPACS\",\n  \"DicomPort\" : 4242,\n"
     "  \"AuthenticationEnabled\" : true,\n  \"@K@\" : \"@V@\"\n}\n"),
    ("scanner_cart_autounattend_xml", "pascal",
     "<component name=\"Microsoft-Windows-Shell-Setup\">\n  <AutoLogon>\n    <Username>scanner</Username>\n"
     "    <Enabled>true</Enabled>\n  </AutoLogon>\n  <!-- cart provisioning, SCANCART-02 -->\n"
     "  <@K@>@V@</@K@>\n</component>\n"),
    ("scanner_cart_powershell_dsc_psd1", "pascal",
     "@{\n    AllNodes = @(\n        @{\n            NodeName = 'SCANCART-02'\n            Role = 'IntraoralScanner'\n"
     "            @K@ = '@V@'\n            PSDscAllowPlainTextPassword = $true\n        }\n    )\n}\n"),
    ("autoclave_logger_arduino_secrets_h", "upper",
     "// arduino_secrets.h - autoclave B cycle logger\n#define SECRET_SSID \"BB-Clinical\"\n"
     "#define @K@ \"@V@\"\n#define LOGGER_ID 7\n"),
    ("autoclave_logger_telegraf_conf", "snake",
     "[[inputs.modbus]]\n  name = \"autoclave_b\"\n  controller = \"tcp://10.30.0.41:502\"\n\n[[outputs.http]]\n"
     "  url = \"https://logger.brightbite.internal/ingest\"\n  @K@ = \"@V@\"\n"),
    ("clinic_iot_zigbee2mqtt_configuration_yaml", "snake",
     "homeassistant: false\nmqtt:\n  base_topic: clinic/z2m\n  server: mqtt://10.30.0.5\n  user: z2m\n"
     "  @K@: '@V@'\nserial:\n  port: /dev/ttyUSB0\n"),
    ("lab_cad_exocad_settings_xml", "camel",
     "<settings profile=\"crownworks-lab\">\n  <setting name=\"exportFolder\" value=\"D:\\cases\\out\"/>\n"
     "  <setting name=\"@K@\" value=\"@V@\"/>\n</settings>\n"),
    ("lab_mill_controller_bridge_ini", "pascal",
     "; mill bridge - lab mill 2 (5-axis)\n[Network]\nAddress=10.40.0.22\nPort=8750\n[Remote]\n@K@=@V@\n"),
    ("lab_printer_fleet_json", "camel",
     "{\n  \"fleet\": \"lab-printers\",\n  \"printers\": [\"Form4-Glossy\", \"Form3B-Teeth\"],\n  \"@K@\": \"@V@\"\n}\n"),
    ("lab_erp_nestjs_configuration_ts", "camel",
     "export default () => ({\n  port: parseInt(process.env.PORT ?? '3000', 10),\n"
     "  cases: { intakeQueue: 'lab-cases' },\n  @K@: '@V@',\n});\n"),
    ("lab_erp_prisma_dotenv", "upper",
     "# lab-erp (prisma)\nDB_HOST=db.crownworks-lab.internal\nSHADOW_DB=lab_shadow\n@K@=\"@V@\"\n"),
    ("lab_erp_quarkus_application_properties", "dot",
     "quarkus.http.port=8080\nquarkus.datasource.db-kind=postgresql\n%prod.crownworks.@K@=@V@\n"),
    ("ortho_planner_tauri_conf_json", "camel",
     "{\n  \"productName\": \"SmileLine Planner\",\n  \"identifier\": \"example.smileline.planner\",\n"
     "  \"plugins\": { \"planner\": { \"@K@\": \"@V@\" } }\n}\n"),
    ("ortho_planner_ron_config", "snake",
     "(\n    clinic: \"SmileLine Ortho\",\n    planner_host: \"plan.smileline.internal\",\n    @K@: \"@V@\",\n)\n"),
    ("ortho_planner_viper_config_toml", "snake",
     "[planner]\nexport_dir = \"D:/ortho/exports\"\nstage_limit = 42\n\n[auth]\n@K@ = \"@V@\"\n"),
    ("ortho_analytics_dbt_profiles_yml", "snake",
     "smileline:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: warehouse.smileline.internal\n"
     "      user: dbt_ortho\n      @K@: \"@V@\"\n      dbname: ortho\n"),
    ("ortho_analytics_jupyter_ipynb_cell", "snake",
     "{\"cells\": [{\"cell_type\": \"code\", \"execution_count\": 3, \"metadata\": {}, \"outputs\": [], "
     "\"source\": [\"import pandas as pd\\n\", \"@K@ = '@V@'\\n\", \"recalls = load_recalls(@K@)\\n\"]}]}\n"),
    ("ops_kustomize_secret_generator_env", "upper",
     "# overlays/prod/practice.env (secretGenerator: envs)\nPRACTICE_CODE=BB0192\n@K@=@V@\n"),
    ("ops_argocd_repository_secret_yaml", "camel",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: practice-config\n  namespace: argocd\nstringData:\n"
     "  url: https://git.brightbite.internal/ops/practice.git\n  @K@: \"@V@\"\n"),
    ("ops_github_actions_workflow_env", "upper",
     "name: deploy-portal\non: { push: { branches: [main] } }\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
     "    env:\n      @K@: @V@\n    steps:\n      - uses: actions/checkout@v4\n"),
    ("ops_gitlab_ci_variables_yml", "upper",
     "variables:\n  DEPLOY_HOST: \"portal.smileline.internal\"\n  @K@: \"@V@\"\n\ndeploy:\n  stage: deploy\n"
     "  script: ./deploy.sh\n"),
    ("ops_jenkinsfile_groovy_def", "camel",
     "// Jenkinsfile (lab-erp)\ndef @K@ = '@V@'\npipeline {\n  agent any\n  stages { stage('deploy') { steps { sh './deploy.sh' } } }\n}\n"),
    ("ops_packer_pkrvars_hcl", "snake",
     "# scanner-cart.pkrvars.hcl\niso_url = \"https://images.brightbite.internal/win11.iso\"\n@K@ = \"@V@\"\n"),
    ("ops_salt_pillar_sls", "snake",
     "practice:\n  imaging:\n    host: img01.brightbite.internal\n    @K@: '@V@'\n"),
    ("ops_chef_data_bag_item_json", "snake",
     "{\n  \"id\": \"practice_brightbite\",\n  \"environment\": \"production\",\n  \"@K@\": \"@V@\"\n}\n"),
    ("ops_puppet_hiera_common_yaml", "snake",
     "---\nprofile::dental::site: 'brightbite'\nprofile::dental::@K@: '@V@'\n"),
    ("ops_podman_quadlet_container_unit", "upper",
     "[Container]\nImage=registry.brightbite.internal/portal:2.4\nEnvironment=@K@=@V@\nPublishPort=8443:8443\n\n"
     "[Install]\nWantedBy=default.target\n"),
    ("ops_zsh_extended_history", "upper",
     ": 1718012345:0;cd ~/deploy/portal\n: 1718012352:0;export @K@='@V@'\n: 1718012360:4;./deploy.sh prod\n"),
    ("ops_direnv_envrc", "upper",
     "# .envrc (lab-erp)\nexport DB_HOST=db.crownworks-lab.internal\nexport @K@=\"@V@\"\n"),
    ("practice_slack_channel_export_json", "spaced",
     "[{\"type\": \"message\", \"user\": \"U04PRACT1\", \"text\": \"new @K@ after the server move: @V@ \"},"
     " {\"type\": \"message\", \"user\": \"U04PRACT2\", \"text\": \"thanks, updated the binder\"}]\n"),
    ("front_desk_teams_chat_copy", "spaced",
     "[09:12] Karen (Front Desk): the @K@ got reset by the IT guy\n[09:13] Karen (Front Desk): it's now @V@\n"
     "[09:15] Dr. Patel: ok thanks, I'll try after my 9:30\n"),
    ("it_msp_connectwise_ticket_note", "spaced",
     "Ticket #48213 - BrightBite Dental - imaging PC will not connect\nInternal note (tech): reset the @K@ to @V@ "
     "and confirmed the operatory 3 sensor captures again. Customer informed.\n"),
    ("practice_google_sheets_csv_export", "title",
     "System,Field,Value,Updated By\nImaging,Server,img01.brightbite.internal,KP\nImaging,@K@,@V@,KP\n"),
    ("reception_monitor_post_it_ocr", "title",
     "[photo OCR, sticky note on reception monitor]\n@K@:\n@V@\n(do not remove - Karen)\n"),
]


def render(kind, key, value):
    tpl = KINDS_BY_NAME[kind][1].replace("@K@", key).replace("@V@", MARK)
    return place(tpl, value)


KINDS_BY_NAME = {k[0]: (k[1], k[2]) for k in KINDS}


def pairing():
    """15 blocks of 3 kinds; each block deals a permutation of the 12 types, 4 to each kind."""
    rng = random.Random(SEED_PAIRING)
    out = []
    names = [k[0] for k in KINDS]
    for b in range(15):
        perm = list(range(12))
        rng.shuffle(perm)
        for i in range(3):
            kind = names[b * 3 + i]
            for t in perm[i * 4:(i + 1) * 4]:
                out.append((kind, TYPES[t][0]))
    return out


def generate(reg):
    rng = random.Random(SEED_VALUES)
    recs = []
    types = {t[0]: t for t in TYPES}
    for kind, tname in pairing():
        style = KINDS_BY_NAME[kind][0]
        key = style_key(types[tname][1], style)
        value = reg.draw(lambda: gen_value(tname, rng))
        text, s, e = render(kind, key, value)
        recs.append({"type": tname, "container": kind, "text": text,
                     "secrets": [{"value": value, "start": s, "end": e, "type": tname}], "source": "everyday"})
    return recs
