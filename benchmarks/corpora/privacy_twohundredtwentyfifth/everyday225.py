"""Everyday source: 12 secret types of the farrier / vet / livery world x 45 container kinds."""
import base64
import random
import zlib

from common225 import (ALNUM, DIGITS, HEX, LOWER, UPALNUM, b64url_nopad, fill, key_in_style,
                       make_jwt, owner_password, rbytes, rstr, span_record, uuid4)

SEED_VALUES = 22501
SEED_PAIRING = 22511

# ------------------------------------------------------------ check algorithms
VH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
        [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
        [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
        [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def verhoeff_digit(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VH_D[c][VH_P[(i + 1) % 8][int(ch)]]
    return str(VH_INV[c])


def verhoeff_ok(num):
    c = 0
    for i, ch in enumerate(reversed(num)):
        c = VH_D[c][VH_P[i % 8][int(ch)]]
    return c == 0


def _m97_numeric(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def mod97_10_check(body):
    return "%02d" % (98 - _m97_numeric(body + "00") % 97)


def mod97_10_ok(s):
    return _m97_numeric(s) % 97 == 1


B32L = "abcdefghijklmnopqrstuvwxyz234567"
DJANGO_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)"


# ------------------------------------------------------------ the 12 types
def g_vhg(rng):
    practice = str(rng.randint(1, 9)) + rstr(rng, DIGITS, 9)
    return "vhg_" + practice + verhoeff_digit(practice) + "_" + rstr(rng, ALNUM, 32)


def g_rpw(rng):
    body = rstr(rng, B32L, 32)
    return "rpw_" + body + "_" + "%08x" % (zlib.crc32(body.encode()) & 0xFFFFFFFF)


def g_jwt(rng):
    payload = {"sub": "vet:" + uuid4(rng), "prc": "EQ" + rstr(rng, DIGITS, 5),
               "scope": rng.choice(["visits:rw", "records:r", "rx:rw"]),
               "iat": 1717000000 + rng.randint(0, 9000000)}
    payload["exp"] = payload["iat"] + 43200
    return make_jwt(rng, payload, "HS512")


def g_appkey(rng):
    return "base64:" + base64.b64encode(rbytes(rng, 32)).decode()


def g_django(rng):
    return rstr(rng, DJANGO_ALPHABET, 50)


def g_hps(rng):
    body = rstr(rng, UPALNUM, 28)
    return "hps_" + body + mod97_10_check(body)


TYPES = [
    # name, key words, generator, description
    ("farrier_round_planner_password", ["round", "planner", "password"], "pw",
     "owner-chosen password of the farrier's shoeing-round planner"),
    ("livery_yard_portal_password", ["livery", "portal", "password"], "pw",
     "owner-chosen admin password of the livery-yard portal (stalls, turnout, invoices)"),
    ("equine_vet_pms_db_password", ["pms", "db", "password"], "pw",
     "owner-chosen password of the equine vet practice-management database"),
    ("forge_stock_tracker_password", ["forge", "stock", "password"], "pw",
     "owner-chosen password of the forge stock tracker (shoes, nails, pads, studs)"),
    ("hoof_xray_archive_password", ["xray", "archive", "password"], "pw",
     "owner-chosen password of the hoof radiograph archive"),
    ("yard_gate_controller_password", ["gate", "controller", "password"], "pw",
     "owner-chosen admin password of the yard gate / CCTV controller"),
    ("vet_hl7_gateway_key", ["hl7", "gateway", "key"], g_vhg,
     "`vhg_` + 10-digit practice number + its real Verhoeff check digit + `_` + 32 base62; "
     "key of the lab-results HL7 gateway (layout invented)"),
    ("round_planner_webhook_secret", ["webhook", "signing", "secret"], g_rpw,
     "`rpw_` + 32 lower-case RFC 4648 Base32 letters + `_` + 8 lower-case hex of the real CRC-32 "
     "of those 32; signs round-planner webhooks (layout invented)"),
    ("vet_visit_app_hs512_jwt", ["session", "jwt"], g_jwt,
     "real HS512 JWT (base64url JSON header and payload, HMAC-SHA512 under a discarded key); "
     "service token of the vet visit app"),
    ("clinical_export_laravel_app_key", ["app", "key"], g_appkey,
     "Laravel APP_KEY form: `base64:` + standard Base64 of 32 random bytes; encrypts the clinical-notes export"),
    ("yard_portal_django_secret_key", ["django", "secret", "key"], g_django,
     "Django SECRET_KEY form: 50 characters of `a-z0-9!@#$%^&*(-_=+)`; signs livery-portal sessions"),
    ("horse_passport_sync_token", ["passport", "sync", "token"], g_hps,
     "`hps_` + 28 upper-case base36 + 2 real ISO 7064 MOD 97-10 check digits (letters as 10-35, as in IBANs); "
     "token of the passport-database sync job (layout invented)"),
]
TYPE_NAMES = [t[0] for t in TYPES]

H = ["rounds.brooksidefarrier.example", "pms.oakvet.example", "portal.hollowfieldlivery.example",
     "10.20.0.14", "stock.brooksidefarrier.lan", "xray.oakvet.lan", "gate.hollowfieldlivery.lan"]
U = ["tom.ashby", "rounds_app", "pms_worker", "sarah.k", "yardadmin", "forge", "j.whitlock"]

# container kind, key style, template ({k} key, {v} value, {h} host, {u} user, {n} number)
CONTAINERS = [
    ("farrier_rounds_sveltekit_env_local", "upper",
     "# .env.local (SvelteKit) – do not commit\nPUBLIC_ROUNDS_REGION=uk-south\nPRIVATE_{k}={v}\nPUBLIC_MAP_STYLE=outdoors\n"),
    ("farrier_rounds_astro_config_mjs", "camel",
     "import {{ defineConfig }} from 'astro/config';\n\nexport default defineConfig({{\n  site: 'https://{h}',\n  vite: {{ define: {{ '{k}': JSON.stringify('{v}') }} }},\n}});\n"),
    ("farrier_rounds_wordpress_wp_config_php", "upper",
     "<?php\n// farrier bookings plugin\ndefine( 'DB_NAME', 'farrier_wp' );\ndefine( 'FARRIER_{k}', '{v}' );\n$table_prefix = 'fw_';\n"),
    ("livery_portal_strapi_config_server_js", "upper",
     "module.exports = ({{ env }}) => ({{\n  host: env('HOST', '0.0.0.0'),\n  port: env.int('PORT', 1337),\n  yard: {{ credential: env('{k}', '{v}') }},\n}});\n"),
    ("livery_portal_nestjs_registeras_ts", "camel",
     "import {{ registerAs }} from '@nestjs/config';\n\nexport default registerAs('livery', () => ({{\n  host: process.env.LIVERY_HOST ?? '{h}',\n  {k}: process.env.LIVERY_CREDENTIAL ?? '{v}',\n}}));\n"),
    ("vet_pms_deno_env_get_fallback_ts", "upper",
     "const {k} = Deno.env.get(\"{k}\") ?? \"{v}\";\nexport const pms = {{ host: \"{h}\", {k} }};\n"),
    ("vet_pms_rust_config_default_toml", "snake",
     "[server]\nbind = \"0.0.0.0:8088\"\n\n[pms]\nhost = \"{h}\"\n{k} = \"{v}\"\n"),
    ("hoof_xray_wildfly_system_properties_xml", "camel",
     "<system-properties>\n    <property name=\"xray.host\" value=\"{h}\"/>\n    <property name=\"{k}\" value=\"{v}\"/>\n</system-properties>\n"),
    ("hoof_xray_dotnet_user_secrets_json", "pascal",
     "{{\n  \"ConnectionStrings:Archive\": \"Host={h};Database=xray\",\n  \"HoofXray:{k}\": \"{v}\"\n}}\n"),
    ("hoof_xray_web_config_appsettings", "pascal",
     "<configuration>\n  <appSettings>\n    <add key=\"ArchiveHost\" value=\"{h}\" />\n    <add key=\"{k}\" value=\"{v}\" />\n  </appSettings>\n</configuration>\n"),
    ("livery_portal_dynaconf_settings_toml", "upper",
     "[default]\nYARD_NAME = \"Hollowfield Livery\"\n\n[production]\n{k} = \"{v}\"\n"),
    ("livery_portal_flask_instance_config_py", "upper",
     "# instance/config.py\nDEBUG = False\nSERVER_NAME = \"{h}\"\n{k} = \"{v}\"\n"),
    ("forge_stock_figaro_application_yml", "upper",
     "# config/application.yml (figaro)\nproduction:\n  STOCK_HOST: \"{h}\"\n  {k}: \"{v}\"\n"),
    ("forge_stock_codeigniter_dotted_env", "dot",
     "CI_ENVIRONMENT = production\napp.baseURL = 'https://{h}/'\nforge.{k} = '{v}'\n"),
    ("forge_stock_android_strings_xml", "snake",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources>\n    <string name=\"app_name\">Forge Stock</string>\n    <string name=\"{k}\" translatable=\"false\">{v}</string>\n</resources>\n"),
    ("hoof_xray_ios_secrets_plist", "pascal",
     "<plist version=\"1.0\">\n<dict>\n\t<key>ArchiveHost</key>\n\t<string>{h}</string>\n\t<key>{k}</key>\n\t<string>{v}</string>\n</dict>\n</plist>\n"),
    ("farrier_app_envied_env_dart", "camel",
     "@Envied(path: '.env.prod')\nabstract class Env {{\n  @EnviedField(varName: 'ROUNDS_HOST', defaultValue: '{h}')\n  static const String roundsHost = _Env.roundsHost;\n  @EnviedField(defaultValue: '{v}')\n  static const String {k} = _Env.{k};\n}}\n"),
    ("farrier_app_tauri_conf_json", "camel",
     "{{\n  \"productName\": \"Farrier Rounds\",\n  \"plugins\": {{\n    \"rounds\": {{ \"endpoint\": \"https://{h}\", \"{k}\": \"{v}\" }}\n  }}\n}}\n"),
    ("yard_gate_arduino_secrets_h", "upper",
     "// arduino_secrets.h – yard gate controller\n#define SECRET_SSID \"YardNet\"\n#define SECRET_{k} \"{v}\"\n"),
    ("yard_gate_micropython_secrets_py", "snake",
     "secrets = {{\n    \"ssid\": \"YardNet\",\n    \"{k}\": \"{v}\",\n    \"broker\": \"{h}\",\n}}\n"),
    ("yard_gate_openhab_services_cfg", "dot",
     "# services/yardgate.cfg\nyardgate.host={h}\nyardgate.{k}={v}\n"),
    ("yard_cctv_frigate_config_yml", "snake",
     "mqtt:\n  host: {h}\n  user: {u}\ncameras:\n  stable_row:\n    ffmpeg:\n      inputs:\n        - path: rtsp://10.0.8.21:554/stream1\nyard:\n  {k}: \"{v}\"\n"),
    ("yard_sensors_grafana_ini", "snake",
     "[server]\nhttp_port = 3000\ndomain = {h}\n\n[yard]\n{k} = {v}\n"),
    ("farrier_ops_podman_quadlet_container", "upper",
     "[Container]\nImage=registry.brooksidefarrier.example/rounds:latest\nEnvironment=ROUNDS_ENV=prod\nEnvironment={k}={v}\nPublishPort=8080:8080\n"),
    ("farrier_ops_helm_values_yaml", "camel",
     "replicaCount: 2\nimage:\n  repository: ghcr.io/brooksidefarrier/rounds\nsecrets:\n  {k}: \"{v}\"\n"),
    ("farrier_ops_terraform_tfvars_json", "snake",
     "{{\n  \"region\": \"eu-west-2\",\n  \"{k}\": \"{v}\"\n}}\n"),
    ("livery_ops_ansible_group_vars_yml", "snake",
     "---\nlivery_host: {h}\nlivery_admin_user: {u}\n{k}: \"{v}\"\n"),
    ("farrier_ops_gitlab_ci_variables_yml", "upper",
     "variables:\n  DEPLOY_HOST: \"{h}\"\n  {k}: \"{v}\"\n\ndeploy:\n  script: ./deploy.sh\n"),
    ("farrier_ops_azure_pipelines_yml", "upper",
     "trigger: [main]\nvariables:\n  - name: {k}\n    value: '{v}'\nsteps:\n  - script: ./release.sh\n"),
    ("farrier_ops_woodpecker_ci_yml", "upper",
     "steps:\n  deploy:\n    image: alpine:3.20\n    environment:\n      {k}: \"{v}\"\n    commands: [./deploy.sh]\n"),
    ("farrier_ops_vagrantfile_provision_env", "upper",
     "Vagrant.configure(\"2\") do |config|\n  config.vm.box = \"debian/bookworm64\"\n  config.vm.provision \"shell\", env: {{ \"{k}\" => '{v}' }}, path: \"provision.sh\"\nend\n"),
    ("farrier_ops_makefile_exports", "upper",
     "export ROUNDS_HOST := {h}\nexport {k} := {v}\n\ndeploy:\n\t./deploy.sh\n"),
    ("farrier_ops_crontab_env_lines", "upper",
     "SHELL=/bin/bash\n{k}={v}\n15 5 * * 1-6 /opt/rounds/bin/sync-rounds >> /var/log/rounds.log 2>&1\n"),
    ("farrier_ops_zsh_extended_history", "upper",
     ": 1717401122:0;cd ~/src/rounds\n: 1717401130:0;export {k}='{v}'\n: 1717401141:0;npm run migrate\n"),
    ("farrier_ops_railway_variables_history", "upper",
     "$ railway link\n$ railway variables --set '{k}={v}'\n$ railway up --detach\n"),
    ("farrier_ops_netlify_env_set_history", "upper",
     "$ netlify env:set {k} '{v}' --context production\n$ netlify deploy --prod\n"),
    ("livery_yard_messenger_chat_paste", "spaced",
     "Sarah (yard manager): can you get the {k} sorted before Saturday's shoeing day?\nYou: it's {v} for now, I'll change it after\nSarah: 👍\n"),
    ("farrier_google_docs_handover_note", "spaced",
     "Handover – week 23\n• Round planner moved to the new box ({h})\n• {k}: {v}\n• Call Tom re: the Clydesdale's bar shoes\n"),
    ("vet_practice_jira_service_desk_comment", "spaced",
     "Internal comment – VET-{n}\nReset done. New {k} is {v} – please share with the on-call vet only.\n"),
    ("livery_whiteboard_photo_ocr", "title",
     "TACK ROOM RULES\nNo dogs in the feed room\n{k}: {v}\nFarrier: Tues + Fri"),
    ("farrier_google_sheets_tsv_export", "title",
     "Service\tUser\t{k}\tNotes\nrounds\t{u}\t{v}\tprod\n"),
    ("farrier_github_issue_comment", "spaced",
     "@{u} the deploy failed because the {k} was wrong, I've put `{v}` in the runner for now - will rotate.\n"),
    ("vet_pms_postman_environment_json", "camel",
     "{{\n  \"name\": \"PMS prod\",\n  \"values\": [\n    {{ \"key\": \"baseUrl\", \"value\": \"https://{h}\", \"enabled\": true }},\n    {{ \"key\": \"{k}\", \"value\": \"{v}\", \"enabled\": true }}\n  ]\n}}\n"),
    ("vet_pms_http_client_private_env_json", "camel",
     "{{\n  \"prod\": {{\n    \"host\": \"{h}\",\n    \"{k}\": \"{v}\"\n  }}\n}}\n"),
    ("vet_pms_vscode_launch_json_env", "upper",
     "{{\n  \"configurations\": [{{\n    \"name\": \"PMS worker\",\n    \"type\": \"python\",\n    \"env\": {{ \"{k}\": \"{v}\" }}\n  }}]\n}}\n"),
]
SPARE_KINDS = ["vet_pms_pytest_ini_env_block"]
CONTAINER_NAMES = [c[0] for c in CONTAINERS]


def pairing():
    """45 kinds in 15 blocks of 3; each block deals a seeded permutation of the 12 types."""
    rng = random.Random(SEED_PAIRING)
    out = []
    for b in range(15):
        perm = list(range(12))
        rng.shuffle(perm)
        for j in range(3):
            kind = CONTAINERS[b * 3 + j]
            for t in perm[j * 4:(j + 1) * 4]:
                out.append((kind, TYPES[t]))
    return out


def generate(reg, start_id):
    rng = random.Random(SEED_VALUES)
    recs = []
    n = start_id
    for (cname, style, tpl), (tname, words, gen, _d) in pairing():
        if gen == "pw":
            value = reg.draw(lambda: owner_password(rng))
        else:
            value = reg.draw(lambda: gen(rng))
        key = key_in_style(words, style)
        text = fill(tpl, value, k=key, h=rng.choice(H), u=rng.choice(U), n=rng.randint(1000, 9999))
        recs.append(span_record(f"p225-s-{n:04d}", tname, cname, text, value, "everyday"))
        n += 1
    return recs
