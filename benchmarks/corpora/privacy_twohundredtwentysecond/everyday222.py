"""Everyday source: 12 locksmith secret types x 45 container kinds, 4 records per kind."""
import base64
import json
import random

from common222 import (MARK, owner_password, rand, rbytes, b64u_nopad, jwt, style_key, fill, positive, ALNUM)

SEED_VALUES = 22201
SEED_PAIRING = 22211

# ------------------------------------------------------------- check-digit helpers
DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3], [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6], [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7], [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]


def damm_digit(digits):
    i = 0
    for ch in digits:
        i = DAMM[i][int(ch)]
    return str(i)


def crc16_ccitt_false(data):
    crc = 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


A36 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def mod37_36_check(body):
    p = 36
    for ch in body:
        p = (p + A36.index(ch)) % 36
        if p == 0:
            p = 36
        p = (p * 2) % 37
    return A36[(1 - p) % 36]


def mod37_36_valid(s):
    p = 36
    for ch in s[:-1]:
        p = (p + A36.index(ch)) % 36 or 36
        p = (p * 2) % 37
    return (p + A36.index(s[-1])) % 36 == 1


# ------------------------------------------------------------- the 12 types
def g_kcl(rng):
    acct = rand(rng, "d", 9)
    return "kcl_" + acct + damm_digit(acct) + "_" + rand(rng, "an", 32)


def g_slb(rng):
    body = rand(rng, "lb32", 32)
    return "slb_" + body + "_" + "%04x" % crc16_ccitt_false(body.encode())


def g_saw(rng):
    body = rand(rng, A36, 31)
    return "saw_" + body + mod37_36_check(body)


def g_jwt(rng):
    payload = {"sub": "fitter-%03d" % rng.randint(1, 240), "van": "V%02d" % rng.randint(1, 30),
               "scope": "callout:accept callout:close", "iat": 1760000000 + rng.randint(0, 9000000)}
    payload["exp"] = payload["iat"] + 28800
    return jwt(rng, "HS384", {}, payload, key=rbytes(rng, 48))


def g_paserk(rng):
    return "k4.local." + b64u_nopad(rbytes(rng, 32))


def g_wg(rng):
    k = bytearray(rbytes(rng, 32))
    k[0] &= 248
    k[31] &= 127
    k[31] |= 64
    return base64.b64encode(bytes(k)).decode()


TYPES = [
    # name, kind ('pw' or 'gen'), generator, description
    ("key_cutting_pos_admin_password", "pw", None, "owner-chosen admin password of the key-cutting counter POS"),
    ("safe_service_records_db_password", "pw", None, "owner-chosen password of the safe-engineer service-records database"),
    ("master_key_chart_vault_password", "pw", None, "owner-chosen password that opens the master-key chart store"),
    ("van_stock_tracker_password", "pw", None, "owner-chosen password of the van stock (blanks, cylinders) tracker"),
    ("lockout_dispatch_console_password", "pw", None, "owner-chosen password of the emergency lock-out call-out dispatch console"),
    ("access_control_installer_password", "pw", None, "owner-chosen installer password of the access-control commissioning console"),
    ("key_code_lookup_api_key", "gen", g_kcl, "key of the key-code (bitting) lookup API: `kcl_` + 9-digit dealer number + its real Damm check digit + `_` + 32 base62 (layout invented)"),
    ("smart_lock_bridge_token", "gen", g_slb, "token of the smart-lock bridge: `slb_` + 32 lower-case Base32 + `_` + 4 lower-case hex of the real CRC-16/CCITT-FALSE of those 32 (layout invented)"),
    ("safe_audit_webhook_secret", "gen", g_saw, "signs safe-audit-trail webhooks: `saw_` + 31 upper-case alphanumerics + one real ISO 7064 MOD 37,36 check character (layout invented)"),
    ("callout_app_session_jwt", "gen", g_jwt, "session token of the call-out fitter app: real HS384 JWT (base64url JSON, HMAC-SHA384 under a discarded key)"),
    ("lock_audit_paserk_local_key", "gen", g_paserk, "PASERK `k4.local.` symmetric key that seals lock-audit exports (base64url of 32 random bytes)"),
    ("van_router_wireguard_private_key", "gen", g_wg, "WireGuard private key of the van 4G router (standard Base64 of 32 bytes, Curve25519-clamped)"),
]

# ------------------------------------------------------------- the 45 kinds
M = MARK
KINDS = [
    ("key_counter_django_local_settings_py", "upper",
     "# key counter POS - local overrides, not committed\nfrom .base import *  # noqa\nDEBUG = False\nALLOWED_HOSTS = [\"pos.keyhouse.lan\"]\n{K} = \"" + M + "\"\nTILL_PRINTER = \"/dev/usb/lp0\"\n"),
    ("key_counter_dotnet_appsettings_production_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"KeyCounter\": {\n    \"Till\": \"T2\",\n    \"{K}\": \"" + M + "\",\n    \"BlankCatalogue\": \"silca-2024\"\n  }\n}\n"),
    ("safe_service_laravel_env", "upper",
     "APP_NAME=\"Safe Service Records\"\nAPP_ENV=production\nAPP_URL=https://safes.strongroom-eng.example\nDB_CONNECTION=pgsql\n{K}=" + M + "\nQUEUE_CONNECTION=redis\n"),
    ("safe_service_rails_secrets_yml", "snake",
     "production:\n  engineer_portal_host: safes.strongroom-eng.example\n  {K}: \"" + M + "\"\n  certificate_prefix: SSE\n"),
    ("master_key_chart_electron_store_json", "camel",
     "{\n  \"windowBounds\": {\"width\": 1280, \"height\": 800},\n  \"lastChart\": \"GMK-Harbourside-Flats.mkc\",\n  \"{K}\": \"" + M + "\",\n  \"autoBackup\": true\n}\n"),
    ("master_key_chart_qt_settings_conf", "pascal",
     "[General]\nLastOpened=C:/Charts/St-Aldhelm-School.mkc\n{K}=" + M + "\nShowDifferAsPins=true\n\n[Printing]\nPaper=A3\n"),
    ("van_stock_flutter_dart_define_json", "upper",
     "{\n  \"API_BASE\": \"https://stock.vanlocks.example/v2\",\n  \"{K}\": \"" + M + "\",\n  \"SENTRY_ENV\": \"vans\"\n}\n"),
    ("van_stock_android_gradle_properties", "dot",
     "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\nvanstock.{K}=" + M + "\nvanstock.depot=LEEDS-2\n"),
    ("van_stock_expo_app_config_js", "camel",
     "export default {\n  name: 'Van Stock',\n  slug: 'van-stock',\n  extra: {\n    apiBase: 'https://stock.vanlocks.example/v2',\n    {K}: '" + M + "',\n  },\n};\n"),
    ("lockout_dispatch_go_config_yaml", "snake",
     "listen: \":8085\"\nregion: north-west\ndispatch:\n  max_radius_km: 35\n  {K}: \"" + M + "\"\n  sms_fallback: true\n"),
    ("lockout_dispatch_node_dotenv", "upper",
     "NODE_ENV=production\nPORT=4100\nDISPATCH_REGION=north-west\n{K}=\"" + M + "\"\nLOG_LEVEL=info\n"),
    ("lockout_dispatch_fastify_config_ts", "camel",
     "export const config = {\n  port: 4100,\n  region: 'north-west',\n  {K}: '" + M + "',\n  surgeAfterHour: 22,\n} as const;\n"),
    ("access_ctrl_home_assistant_secrets_yaml", "snake",
     "# secrets.yaml on the commissioning Pi\ncontroller_host: 10.40.2.15\n{K}: \"" + M + "\"\nmqtt_broker: 10.40.2.2\n"),
    ("access_ctrl_python_configparser_ini", "snake",
     "[controller]\nhost = 10.40.2.15\nport = 3001\n\n[installer]\nname = j.hartley\n{K} = " + M + "\n"),
    ("access_ctrl_powershell_profile_ps1", "pascal",
     "# commissioning laptop profile\nSet-Location C:\\Commissioning\n$ControllerHost = '10.40.2.15'\n${K} = '" + M + "'\nImport-Module .\\DoorTools.psm1\n"),
    ("key_code_fastapi_pydantic_env", "upper",
     "# read by pydantic BaseSettings\nKEYCODE_DB_URL=postgresql://keycode@db.keycode.lan/keycode\n{K}=" + M + "\nKEYCODE_RATE_LIMIT=120/minute\n"),
    ("key_code_symfony_parameters_yaml", "dot",
     "parameters:\n    app.keycode.cache_ttl: 3600\n    app.{K}: '" + M + "'\n    app.keycode.region: GB\n"),
    ("smart_lock_esp_idf_sdkconfig_defaults", "upper",
     "CONFIG_ESPTOOLPY_FLASHSIZE_4MB=y\nCONFIG_BRIDGE_WIFI_SSID=\"lockshop-bench\"\nCONFIG_{K}=\"" + M + "\"\nCONFIG_LOG_DEFAULT_LEVEL_INFO=y\n"),
    ("smart_lock_zigbee2mqtt_configuration_yaml", "snake",
     "homeassistant: true\nmqtt:\n  server: mqtt://10.40.2.2\n  base_topic: locks\nadvanced:\n  {K}: \"" + M + "\"\n  log_level: warning\n"),
    ("smart_lock_node_red_flows_cred_json", "camel",
     "{\n  \"a41f2c9e.0b7d\": {\n    \"user\": \"bridge\",\n    \"{K}\": \"" + M + "\"\n  }\n}\n"),
    ("safe_audit_elixir_config_runtime_exs", "snake",
     "import Config\n\nconfig :safe_audit, SafeAudit.Repo, pool_size: 10\nconfig :safe_audit, {K}: \"" + M + "\"\n"),
    ("safe_audit_spring_application_yml", "kebab",
     "spring:\n  application:\n    name: safe-audit\nsafe-audit:\n  {K}: \"" + M + "\"\n  retention-days: 2555\n"),
    ("safe_audit_ktor_application_conf", "camel",
     "ktor {\n  deployment { port = 8088 }\n}\nsafeAudit {\n  {K} = \"" + M + "\"\n  exportDir = /srv/audit\n}\n"),
    ("lock_ops_docker_compose_yml", "upper",
     "services:\n  dispatch:\n    image: registry.lockshop.lan/dispatch:2.4\n    environment:\n      - TZ=Europe/London\n      - {K}=" + M + "\n    restart: unless-stopped\n"),
    ("lock_ops_k8s_configmap_yaml", "upper",
     "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: keyshop-env\n  namespace: keyshop\ndata:\n  REGION: north-west\n  {K}: \"" + M + "\"\n"),
    ("lock_ops_nomad_job_hcl", "upper",
     "job \"keycode\" {\n  group \"api\" {\n    task \"api\" {\n      driver = \"docker\"\n      env {\n        {K} = \"" + M + "\"\n      }\n    }\n  }\n}\n"),
    ("lock_ops_systemd_environment_file", "upper",
     "# /etc/default/safe-audit\nAUDIT_LISTEN=127.0.0.1:8088\n{K}=" + M + "\n"),
    ("lock_ops_supervisord_conf", "upper",
     "[program:vanstock]\ncommand=/srv/vanstock/bin/worker\nautorestart=true\nenvironment=DEPOT=\"LEEDS-2\",{K}=\"" + M + "\"\n"),
    ("lock_ops_github_actions_workflow_env", "upper",
     "name: nightly-export\non:\n  schedule:\n    - cron: '15 2 * * *'\nenv:\n  {K}: " + M + "\njobs:\n  export:\n    runs-on: ubuntu-latest\n"),
    ("lock_ops_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  branches:\n    main:\n      - step:\n          name: deploy\n          script:\n            - export {K}=" + M + "\n            - ./deploy.sh\n"),
    ("lock_ops_fly_toml", "upper",
     "app = \"keyshop-dispatch\"\nprimary_region = \"lhr\"\n\n[env]\n  REGION = \"north-west\"\n  {K} = \"" + M + "\"\n"),
    ("lock_ops_render_yaml", "upper",
     "services:\n  - type: web\n    name: safe-records\n    env: ruby\n    envVars:\n      - key: {K}\n        value: " + M + "\n"),
    ("lock_ops_pm2_ecosystem_config_js", "upper",
     "module.exports = {\n  apps: [{\n    name: 'keycode-api',\n    script: './dist/main.js',\n    env_production: { NODE_ENV: 'production', {K}: '" + M + "' },\n  }],\n};\n"),
    ("lock_ops_cloud_init_user_data", "upper",
     "#cloud-config\nwrite_files:\n  - path: /etc/lockshop/env\n    permissions: '0600'\n    content: |\n      {K}=" + M + "\nruncmd:\n  - systemctl restart lockshop\n"),
    ("lock_ops_pulumi_stack_yaml", "camel",
     "config:\n  aws:region: eu-west-2\n  keyshop:{K}: " + M + "\n  keyshop:replicas: \"2\"\n"),
    ("lock_ops_ansible_inventory_ini", "snake",
     "[dispatch]\ndispatch01.lockshop.lan ansible_user=deploy {K}=" + M + "\n\n[dispatch:vars]\nregion=north-west\n"),
    ("lock_ops_fish_history", "upper",
     "- cmd: cd ~/src/keyshop\n  when: 1761210011\n- cmd: set -gx {K} '" + M + "'\n  when: 1761210045\n- cmd: make run\n  when: 1761210052\n"),
    ("lock_ops_psreadline_history_txt", "upper",
     "cd C:\\src\\dispatch\ngit pull\n$env:{K} = \"" + M + "\"\ndotnet run --project Dispatch.Api\n"),
    ("lock_ops_jupyter_notebook_cell_json", "snake",
     "{\n \"cell_type\": \"code\",\n \"execution_count\": 3,\n \"metadata\": {},\n \"source\": [\n  \"import os\\n\",\n  \"os.environ['{K}'] = '" + M + "'\\n\",\n  \"df = load_jobs()\"\n ]\n}\n"),
    ("workshop_slack_dm_paste", "spaced",
     "[09:12] Dan (workshop): morning, the new {K} is " + M + " - van 3 still has the old one\n[09:13] Priya: cheers, will update the tablets\n"),
    ("shop_email_to_contractor", "spaced",
     "Subject: Re: access for Monday\n\nHi Tom,\n\nAs discussed the {K} is " + M + " . Please change it after the install and let me know.\n\nThanks,\nKaren\nHarbourside Locks & Safes\n"),
    ("key_tag_photo_ocr", "title",
     "HARBOURSIDE LOCKS\nWORKSHOP CABINET - HOOK 14\n{K}: " + M + "\nDO NOT REMOVE FROM SHOP\n"),
    ("job_sheet_trello_card_comment", "spaced",
     "Card: Lockout - 14 Marlowe Rd (night call)\nComment by Sam: dispatch was down again, logged in with the {K} " + M + " from the office laptop, all fine now\n"),
    ("van_stock_excel_csv_export", "title",
     "Setting,Value,Updated By,Updated\nDepot,LEEDS-2,kp,2025-10-02\n{K}," + M + ",kp,2025-10-02\nLow Stock Alert,5,kp,2025-10-02\n"),
    ("safe_engineer_notion_page_export_md", "title",
     "# Safe engineer onboarding\n\n- Bring your own Lishi set\n- **{K}:** " + M + "\n- Ask Mo for the timelock manuals\n"),
]
SPARE_KIND = ("lock_ops_caddy_env_file", "upper")


def build(prefix_id, start_index=1):
    rng_v = random.Random(SEED_VALUES)
    rng_p = random.Random(SEED_PAIRING)
    assert len(KINDS) == 45 and len(TYPES) == 12
    assignments = []  # (kind_index, type_index)
    for block in range(15):
        perm = list(range(12))
        rng_p.shuffle(perm)
        for j in range(3):
            for t in perm[4 * j:4 * j + 4]:
                assignments.append((block * 3 + j, t))
    return assignments, rng_v


def make_records(registry, ids):
    assignments, rng = build(None)
    recs = []
    for ki, ti in assignments:
        kname, style, tpl = KINDS[ki]
        tname, tkind, gen, _ = TYPES[ti]
        if tkind == "pw":
            value = registry.draw(lambda: owner_password(rng))
        else:
            value = registry.draw(lambda: gen(rng))
        key = style_key(tname, style)
        text, start = fill(tpl, value, K=key)
        recs.append(positive(ids(), tname, kname, text, start, value, "everyday"))
    return recs
