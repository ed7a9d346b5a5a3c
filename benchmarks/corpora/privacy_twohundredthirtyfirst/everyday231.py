"""Everyday source: 12 secret types of the optician world x 45 container kinds."""
import base64
import hashlib
import random

import common231 as C

# type name -> (key words, description, generator name)
TYPES = [
    ("practice_management_db_password", ["practice", "db", "password"],
     "owner-chosen password of the optometry practice-management database (patients' recall dates, appointments, dispensing records)", "pw"),
    ("lens_lab_portal_password", ["lab", "portal", "password"],
     "owner-chosen password of the lens-lab order portal (job tickets, lens codes, tray numbers)", "pw"),
    ("frame_workshop_erp_password", ["workshop", "erp", "password"],
     "owner-chosen password of the spectacle-frame maker's ERP (acetate sheets, hinges, batches)", "pw"),
    ("optical_till_admin_password", ["till", "admin", "password"],
     "owner-chosen admin password of the optician shop till / POS", "pw"),
    ("edger_service_menu_password", ["edger", "service", "password"],
     "owner-chosen password of the lens edger / tracer service menu", "pw"),
    ("oct_imaging_server_password", ["imaging", "server", "password"],
     "owner-chosen password of the OCT / fundus-camera imaging server", "pw"),
    ("recall_sms_luhn_token", ["recall", "sms", "token"],
     "`rcl_` + 10-digit practice number + its real Luhn check digit + `_` + 24 base62; token of the recall-reminder SMS bridge (layout invented)", "luhn"),
    ("lab_bridge_adler_api_key", ["lab", "bridge", "api", "key"],
     "`lbk_` + 32 lower-case hex + 8 lower-case hex of the real Adler-32 of those 32 ASCII characters; API key of the lens-lab order bridge (layout invented)", "adler"),
    ("eyewear_shop_django_secret_key", ["django", "secret", "key"],
     "Django `SECRET_KEY` form: 50 characters from a-z 0-9 and `-_=+*^@` (a subset of Django's own alphabet); signs sessions of the eyewear web shop", "django"),
    ("imaging_viewer_hs512_jwt", ["viewer", "service", "jwt"],
     "real HS512 JWT (base64url JSON, HMAC-SHA512 under a discarded key); service token of the retinal-image viewer", "jwt"),
    ("booking_webhook_ed25519_pkcs8_key", ["webhook", "signing", "key"],
     "Ed25519 private key as standard Base64 of its 48-byte PKCS#8 DER (fixed 16-byte prefix + 32 random bytes); signs booking webhooks", "pkcs8"),
    ("frame_archive_age_identity", ["archive", "age", "identity"],
     "age X25519 identity: `AGE-SECRET-KEY-1` + 58 upper-case Bech32 characters with a real Bech32 checksum over 32 random bytes; decrypts the frame-design archive", "age"),
]

DJANGO_ALPHA = C.LOWER_ALNUM + "-_=+*^@"


def gen_value(kind, rng):
    if kind == "pw":
        return C.owner_password(rng)
    if kind == "luhn":
        num = "".join(rng.choice(C.DIGITS) for _ in range(10))
        return "rcl_" + num + C.luhn_digit(num) + "_" + C.rstr(rng, C.ALNUM, 24)
    if kind == "adler":
        body = C.rstr(rng, C.HEX, 32)
        return "lbk_" + body + C.adler_hex(body)
    if kind == "django":
        while True:
            v = C.rstr(rng, DJANGO_ALPHA, 50)
            if v[0] in C.LOWER_ALNUM and v[-1] in C.LOWER_ALNUM:
                return v
    if kind == "jwt":
        payload = {"sub": "viewer-" + C.rstr(rng, C.LOWER_ALNUM, 6), "scope": "images:read",
                   "site": rng.choice(["high-st", "mall", "clinic-2"]), "iat": 1700000000 + rng.randint(0, 9999999)}
        return C.make_jwt(rng, {"alg": "HS512", "typ": "JWT"}, payload, hashlib.sha512, 64)
    if kind == "pkcs8":
        return base64.b64encode(C.PKCS8_ED25519_PREFIX + C.rbytes(rng, 32)).decode()
    if kind == "age":
        return C.bech32_encode("age-secret-key-", list(C.rbytes(rng, 32))).upper()
    raise ValueError(kind)


def check_value(kind, v):
    import re
    if kind == "pw":
        return bool(C.PW_EVERYDAY_RE.match(v))
    if kind == "luhn":
        m = re.fullmatch(r"rcl_([0-9]{11})_[A-Za-z0-9]{24}", v)
        return bool(m) and C.luhn_ok(m.group(1))
    if kind == "adler":
        m = re.fullmatch(r"lbk_([0-9a-f]{32})([0-9a-f]{8})", v)
        return bool(m) and C.adler_hex(m.group(1)) == m.group(2)
    if kind == "django":
        return len(v) == 50 and all(c in DJANGO_ALPHA for c in v)
    if kind == "jwt":
        return C.jwt_ok(v) and '"HS512"' in base64.urlsafe_b64decode(v.split(".")[0] + "==").decode()
    if kind == "pkcs8":
        b = base64.b64decode(v)
        return len(b) == 48 and b[:16] == C.PKCS8_ED25519_PREFIX
    if kind == "age":
        return v.startswith("AGE-SECRET-KEY-1") and len(v) == 74 and C.bech32_ok(v)
    return False


# container name, key style, template ({K} key, {V} value)
CONTAINERS = [
    ("optom_practice_django_settings_py", "upper",
     "# opticare/settings/production.py\nfrom .base import *  # noqa\n\nDEBUG = False\nALLOWED_HOSTS = [\"recall.brightoptics.example\"]\n{K} = '{V}'\nTIME_ZONE = \"Europe/London\"\n"),
    ("optom_practice_spring_application_properties", "dot",
     "# practice-sync service\nspring.application.name=practice-sync\nserver.port=8085\n{K}={V}\nlogging.level.root=INFO\n"),
    ("optom_practice_aspnet_appsettings_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"Practice\": {\n    \"Branch\": \"HighStreet\",\n    \"{K}\": \"{V}\"\n  },\n  \"AllowedHosts\": \"*\"\n}\n"),
    ("optom_practice_nestjs_config_ts", "camel",
     "// src/config/practice.config.ts\nimport { registerAs } from '@nestjs/config';\n\nexport default registerAs('practice', () => ({\n  branch: 'mall',\n  {K}: '{V}',\n  recallDays: 730,\n}));\n"),
    ("optom_practice_quarkus_application_properties", "dot",
     "quarkus.http.port=8090\nquarkus.datasource.db-kind=postgresql\n%prod.{K}={V}\nquarkus.log.level=INFO\n"),
    ("lens_lab_rocket_toml", "snake",
     "[default]\naddress = \"0.0.0.0\"\nport = 8000\n\n[release]\n{K} = \"{V}\"\nlog_level = \"critical\"\n"),
    ("lens_lab_dotnet_user_secrets_json", "pascal",
     "{\n  \"LabBridge:Endpoint\": \"https://orders.lenslab.example/api\",\n  \"LabBridge:{K}\": \"{V}\"\n}\n"),
    ("lens_lab_clojure_edn_config", "kebab",
     ";; resources/config.edn\n{:lab-id \"LL-0442\"\n :http {:port 3000}\n :{K} \"{V}\"\n :tray-prefix \"T\"}\n"),
    ("lens_lab_erlang_sys_config", "snake",
     "%% sys.config\n[{lab_gateway, [\n    {listen_port, 8443},\n    {{K}, \"{V}\"},\n    {max_jobs, 400}\n]}].\n"),
    ("frame_maker_trytond_conf", "snake",
     "[database]\nuri = postgresql://tryton@localhost:5432/\n\n[framemaker]\n{K} = {V}\n\n[web]\nlisten = 0.0.0.0:8000\n"),
    ("frame_maker_freecad_macro_py", "snake",
     "# FreeCAD macro: export temple profiles to the workshop server\nimport FreeCAD, Part\n\nSERVER = \"cnc-host.lan\"\n{K} = \"{V}\"\n\nfor obj in FreeCAD.ActiveDocument.Objects:\n    pass\n"),
    ("frame_maker_grbl_sender_json", "camel",
     "{\n  \"machine\": \"acetate-mill-2\",\n  \"baudRate\": 115200,\n  \"{K}\": \"{V}\",\n  \"spindleMax\": 24000\n}\n"),
    ("frame_maker_octoprint_config_yaml", "camel",
     "# octoprint config.yaml (nylon frame printer)\nserver:\n  host: 0.0.0.0\nplugins:\n  framesync:\n    {K}: \"{V}\"\n    interval: 60\n"),
    ("eyewear_shop_wp_config_php", "upper",
     "<?php\n/* wp-config.php (eyewear shop) */\ndefine( 'DB_NAME', 'eyewear_wp' );\ndefine( '{K}', '{V}' );\ndefine( 'WP_DEBUG', false );\n"),
    ("eyewear_shop_saleor_env", "upper",
     "ALLOWED_HOSTS=shop.brightoptics.example\nDEFAULT_CURRENCY=GBP\n{K}={V}\nEMAIL_URL=smtp://relay.lan:25\n"),
    ("eyewear_shop_strapi_plugins_js", "camel",
     "// config/plugins.js\nmodule.exports = ({ env }) => ({\n  framesFeed: {\n    enabled: true,\n    config: { {K}: '{V}', pageSize: 50 },\n  },\n});\n"),
    ("eyewear_shop_netlify_toml_context", "upper",
     "[build]\n  command = \"npm run build\"\n  publish = \"dist\"\n\n[context.production.environment]\n  {K} = \"{V}\"\n  NODE_VERSION = \"20\"\n"),
    ("edger_station_registry_export_reg", "pascal",
     "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\EdgerLink\\Station1]\n\"Port\"=\"COM3\"\n\"{K}\"=\"{V}\"\n\"TracerModel\"=\"T-900\"\n"),
    ("edger_station_autoit_au3", "pascal",
     "; EdgerLink auto-login\n#include <AutoItConstants.au3>\nLocal $sStation = \"EDGER-1\"\nLocal ${K} = \"{V}\"\nWinWaitActive(\"EdgerLink\")\n"),
    ("edger_station_inno_setup_iss", "pascal",
     "; edger-bridge installer\n[Setup]\nAppName=Edger Bridge\nAppVersion=3.2\n\n[Registry]\nRoot: HKLM; Subkey: \"Software\\EdgerBridge\"; ValueType: string; ValueName: \"{K}\"; ValueData: \"{V}\"\n"),
    ("imaging_orthanc_json", "pascal",
     "{\n  \"Name\" : \"OCT-ARCHIVE\",\n  \"DicomAet\" : \"OCTARCH\",\n  \"{K}\" : \"{V}\",\n  \"HttpPort\" : 8042\n}\n"),
    ("imaging_wildfly_standalone_xml", "kebab",
     "<subsystem xmlns=\"urn:jboss:domain:naming:2.0\">\n  <bindings>\n    <simple name=\"java:global/{K}\" value=\"{V}\"/>\n  </bindings>\n</subsystem>\n"),
    ("imaging_export_crontab", "upper",
     "# nightly OCT export\nMAILTO=\"\"\n{K}='{V}'\n15 2 * * * /opt/octexport/run.sh >> /var/log/octexport.log 2>&1\n"),
    ("imaging_mirth_channel_xml", "camel",
     "<channel version=\"4.4.0\">\n  <name>OCT to PMS</name>\n  <exportData>\n    <configurationMap>\n      <entry><string>{K}</string><string>{V}</string></entry>\n    </configurationMap>\n  </exportData>\n</channel>\n"),
    ("optics_ops_salt_pillar_sls", "snake",
     "# pillar/practice.sls\npractice:\n  branch: high-street\n  {K}: '{V}'\n  backups: true\n"),
    ("optics_ops_hiera_yaml", "snake",
     "---\nprofile::practice::branch: 'mall'\nprofile::practice::{K}: '{V}'\nprofile::practice::ntp: 'pool.ntp.org'\n"),
    ("optics_ops_k8s_secret_stringdata", "upper",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: practice-app\ntype: Opaque\nstringData:\n  {K}: \"{V}\"\n"),
    ("optics_ops_helm_values_yaml", "camel",
     "image:\n  repository: registry.lan/practice-app\n  tag: \"2.8.1\"\nsecrets:\n  {K}: \"{V}\"\nreplicaCount: 2\n"),
    ("optics_ops_tfvars_json", "snake",
     "{\n  \"region\": \"eu-west-2\",\n  \"branch_count\": 3,\n  \"{K}\": \"{V}\"\n}\n"),
    ("optics_ops_github_actions_env", "upper",
     "name: deploy\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      {K}: '{V}'\n    steps:\n      - uses: actions/checkout@v4\n"),
    ("optics_ops_gitlab_ci_variables", "upper",
     "variables:\n  DEPLOY_ENV: production\n  {K}: \"{V}\"\n\ndeploy:\n  script:\n    - ./deploy.sh\n"),
    ("optics_ops_jenkinsfile_environment", "upper",
     "pipeline {\n  agent any\n  environment {\n    BRANCH_SITE = 'mall'\n    {K} = '{V}'\n  }\n  stages { stage('Deploy') { steps { sh './deploy.sh' } } }\n}\n"),
    ("optics_ops_woodpecker_yml", "upper",
     "steps:\n  build:\n    image: python:3.12\n    environment:\n      {K}: '{V}'\n    commands:\n      - make test\n"),
    ("optics_ops_systemd_unit_env", "upper",
     "[Unit]\nDescription=Practice sync worker\n\n[Service]\nEnvironment=\"{K}={V}\"\nExecStart=/opt/practice/bin/sync\nRestart=always\n"),
    ("optics_ops_supervisord_conf", "upper",
     "[program:labbridge]\ncommand=/opt/labbridge/run\nenvironment=LAB_ID=\"LL-0442\",{K}=\"{V}\"\nautorestart=true\n"),
    ("optics_ops_zsh_history", "upper",
     ": 1712049311:0;cd ~/practice-app\n: 1712049322:0;export {K}='{V}'\n: 1712049330:0;./manage.py runserver\n"),
    ("optics_ops_dockerfile_env", "upper",
     "FROM python:3.12-slim\nWORKDIR /app\nENV {K}='{V}'\nCOPY . .\nCMD [\"gunicorn\", \"app:app\"]\n"),
    ("optician_teams_chat_paste", "spaced",
     "[09:14] Priya (Dispensing): morning! the {K} for the new branch is {V} - don't put it in the rota sheet pls\n[09:15] Tom: got it, thanks\n"),
    ("lens_lab_jira_ticket_comment", "spaced",
     "LAB-2214 Order bridge stopped sending jobs\nComment by R. Okafor:\nRe-entered the {K} as {V} on the bridge box, jobs are flowing again. Will rotate on Monday.\n"),
    ("frame_maker_slack_thread_export", "spaced",
     "#workshop  Ana 16:02  anyone know the {K}?\n#workshop  Ben 16:04  {V} (same as the acetate room whiteboard)\n"),
    ("optom_practice_onenote_page_export", "spaced",
     "Practice IT notes - updated by manager\n\nWi-Fi: guest network only for patients\n{K}: {V}\nBackup disk swaps on Fridays\n"),
    ("eyewear_shop_sheets_csv_export", "title",
     "Branch,System,{K},Owner\nHigh Street,Shop,{V},J. Marsh\n"),
    ("edger_station_label_photo_ocr", "title",
     "[OCR of a label stuck on the edger cabinet]\nEDGER 2 - SERVICE\n{K}: {V}\nDo not remove this label\n"),
    ("optician_outlook_forward", "spaced",
     "From: Helen Carter\nSent: Tuesday 09:02\nSubject: FW: access for locum\n\nHi Sam, locum starts tomorrow. The {K} is {V} - please delete this mail afterwards.\nHelen\n"),
    ("optom_practice_http_client_env_json", "camel",
     "{\n  \"prod\": {\n    \"host\": \"https://practice.brightoptics.example\",\n    \"{K}\": \"{V}\"\n  }\n}\n"),
]

N_PER_KIND = 4


def pairing(rng):
    """45 kinds in 15 blocks of three; each block deals a permutation of the 12 types."""
    assign = []
    for b in range(15):
        perm = list(range(12))
        rng.shuffle(perm)
        for k in range(3):
            assign.append(perm[k * 4:(k + 1) * 4])
    return assign


def build(reg):
    rng_v = random.Random(C.SEEDS["everyday_values"])
    rng_p = random.Random(C.SEEDS["everyday_pairing"])
    assign = pairing(rng_p)
    recs = []
    n = 0
    for ci, (cname, style, tmpl) in enumerate(CONTAINERS):
        for ti in assign[ci]:
            tname, words, _desc, kind = TYPES[ti]
            key = C.style_key(words, style)
            value = reg.draw(lambda: gen_value(kind, rng_v))
            text = C.fill(tmpl, value, K=key)
            n += 1
            recs.append(C.make_record("%s-s-%04d" % (C.PREFIX, 0), tname, cname, text, value, "everyday"))
    return recs
