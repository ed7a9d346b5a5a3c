"""Everyday source: 12 secret types of the guesthouse world x 45 container kinds."""
import base64
import json
import random
import re

import common247 as C

# type -> (key words, description, kind)
TYPES = [
    ("pms_front_desk_supervisor_password", ["pms", "supervisor", "password"],
     "owner-chosen supervisor password of the property-management system's front desk (overbooking overrides, refunds, night audit)", "pw"),
    ("channel_manager_extranet_password", ["channel", "manager", "password"],
     "owner-chosen login password of the in-house channel-manager extranet (rates and availability pushed to the OTAs)", "pw"),
    ("door_lock_hub_admin_password", ["lock", "hub", "admin", "password"],
     "owner-chosen admin password of the smart-lock hub that issues room and front-door codes", "pw"),
    ("guest_wifi_portal_admin_password", ["wifi", "portal", "admin", "password"],
     "owner-chosen admin password of the guest Wi-Fi captive portal / controller", "pw"),
    ("booking_engine_db_password", ["booking", "db", "password"],
     "owner-chosen password of the direct-booking engine's database", "pw"),
    ("self_checkin_kiosk_service_password", ["kiosk", "service", "password"],
     "owner-chosen service password of the lobby self check-in kiosk", "pw"),
    ("room_key_encoder_mod97_key", ["keycard", "encoder", "api", "key"],
     "`rke_` + 8-digit property number + its real ISO 7064 MOD 97-10 check pair + `_` + 24 base62; key of the RFID key-card encoder API (layout invented)", "gen"),
    ("housekeeping_app_damm_token", ["housekeeping", "api", "token"],
     "`hka-` + 20 lower-case alphanumerics + `-` + 10-digit staff-device number + its real Damm check digit; token of the housekeeping task app (layout invented)", "gen"),
    ("booking_site_laravel_app_key", ["app", "key"],
     "Laravel `APP_KEY`: `base64:` + standard Base64 of exactly 32 random bytes; encrypts the booking site's cookies and queued payloads", "gen"),
    ("guest_portal_paserk_local_key", ["paseto", "local", "key"],
     "PASERK `k4.local.` + unpadded base64url of exactly 32 random bytes (a PASETO v4 symmetric key); signs the guest portal's magic-link tokens", "gen"),
    ("checkin_kiosk_hs384_jwt", ["kiosk", "api", "jwt"],
     "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 under a discarded key); bearer token of the check-in kiosk API", "gen"),
    ("guest_vpn_wireguard_private_key", ["wireguard", "private", "key"],
     "WireGuard private key: standard Base64 of 32 random bytes clamped as X25519 wants (low 3 bits of byte 0 cleared, top bit of byte 31 cleared, bit 6 set); the site-to-site VPN between the guesthouse and the PMS host", "gen"),
]
TYPE_NAMES = [t[0] for t in TYPES]
KEYWORDS = {t[0]: t[1] for t in TYPES}
PW_TYPES = [t[0] for t in TYPES if t[3] == "pw"]


def gen_value(typ, rng):
    if typ in PW_TYPES:
        return C.password(rng)
    if typ == "room_key_encoder_mod97_key":
        prop = C.rs(rng, C.DIGITS, 8)
        return "rke_" + prop + C.mod97_10_check(prop) + "_" + C.rs(rng, C.ALNUM, 24)
    if typ == "housekeeping_app_damm_token":
        dev = C.rs(rng, C.DIGITS, 10)
        return "hka-" + C.rs(rng, C.LOWER_ALNUM, 20) + "-" + dev + C.damm_digit(dev)
    if typ == "booking_site_laravel_app_key":
        return "base64:" + C.b64(C.rbytes(rng, 32))
    if typ == "guest_portal_paserk_local_key":
        return "k4.local." + C.b64url_nopad(C.rbytes(rng, 32))
    if typ == "checkin_kiosk_hs384_jwt":
        iat = 1740000000 + rng.randint(0, 9000000)
        payload = {"iss": "checkin.pension-aurora.example", "sub": "kiosk-lobby-%d" % rng.randint(1, 4),
                   "scope": "checkin:write keycard:issue", "iat": iat, "exp": iat + 86400 * 30}
        return C.jwt_hs({"alg": "HS384", "typ": "JWT"}, payload, C.rbytes(rng, 48), "HS384")
    if typ == "guest_vpn_wireguard_private_key":
        k = bytearray(C.rbytes(rng, 32))
        k[0] &= 248
        k[31] &= 127
        k[31] |= 64
        return C.b64(bytes(k))
    raise ValueError(typ)


def validate_value(typ, v):
    if typ in PW_TYPES:
        return bool(C.PW_RE.match(v))
    if typ == "room_key_encoder_mod97_key":
        m = re.fullmatch(r"rke_([0-9]{8})([0-9]{2})_[A-Za-z0-9]{24}", v)
        return bool(m) and C.mod97_10_valid(m.group(1) + m.group(2))
    if typ == "housekeeping_app_damm_token":
        m = re.fullmatch(r"hka-[a-z0-9]{20}-([0-9]{11})", v)
        return bool(m) and C.damm_digit(m.group(1)) == "0"
    if typ == "booking_site_laravel_app_key":
        if not v.startswith("base64:"):
            return False
        try:
            return len(base64.b64decode(v[7:], validate=True)) == 32
        except Exception:
            return False
    if typ == "guest_portal_paserk_local_key":
        m = re.fullmatch(r"k4\.local\.([A-Za-z0-9_-]{43})", v)
        return bool(m) and len(C.b64url_decode(m.group(1))) == 32
    if typ == "checkin_kiosk_hs384_jwt":
        return C.jwt_valid(v) and json.loads(C.b64url_decode(v.split(".")[0]))["alg"] == "HS384"
    if typ == "guest_vpn_wireguard_private_key":
        try:
            b = base64.b64decode(v, validate=True)
        except Exception:
            return False
        return len(b) == 32 and b[0] & 7 == 0 and b[31] & 128 == 0 and b[31] & 64 == 64
    return False


# container kind -> (key style, template); {K} key, {V} value, {U} a uuid4 filler
CONTAINERS = [
    ("booking_site_laravel_env", "upper",
     'APP_NAME="Pension Aurora Bookings"\nAPP_ENV=production\nAPP_DEBUG=false\nAPP_URL=https://book.pension-aurora.example\n{K}={V}\nDB_CONNECTION=mysql\nDB_HOST=10.20.0.12\nQUEUE_CONNECTION=redis\n'),
    ("booking_site_netlify_toml", "upper",
     '[build]\n  command = "npm run build"\n  publish = "dist"\n\n[context.production.environment]\n  SITE_LOCALE = "en-GB"\n  {K} = "{V}"\n  BOOKING_API_BASE = "https://api.harbourview-hostel.example"\n'),
    ("pms_rails_credentials_yml_dec", "snake",
     "# bin/rails credentials:show --environment production\nactive_record_encryption_rotation: false\npms:\n  {K}: {V}\n  housekeeping_sync_interval: 300\nsmtp:\n  address: smtp.oldmill-bnb.example\n"),
    ("pms_spring_application_yml", "kebab",
     'spring:\n  application:\n    name: pms-core\n  datasource:\n    url: jdbc:postgresql://10.20.0.14:5432/pms\npms:\n  integrations:\n    {K}: "{V}"\nserver:\n  port: 8081\n'),
    ("pms_aspnet_appsettings_json", "pascal",
     '{\n  "Logging": { "LogLevel": { "Default": "Information" } },\n  "AllowedHosts": "*",\n  "Pms": {\n    "PropertyCode": "AUR-01",\n    "{K}": "{V}"\n  }\n}\n'),
    ("pms_elixir_runtime_exs", "snake",
     'import Config\n\nif config_env() == :prod do\n  config :pms, Pms.Repo, pool_size: 10\n\n  config :pms, :integrations,\n    {K}: "{V}",\n    timezone: "Europe/Lisbon"\nend\n'),
    ("pms_laravel_config_services_php", "snake",
     "<?php\n\nreturn [\n    'channel_sync' => [\n        'endpoint' => 'https://sync.pension-aurora.example',\n        '{K}' => '{V}',\n        'timeout' => 15,\n    ],\n];\n"),
    ("booking_engine_deno_env", "upper",
     '# .env  (deno run --env-file=.env main.ts)\nPORT=8080\n{K}="{V}"\nKV_PATH=/var/lib/booking/kv.sqlite\n'),
    ("booking_engine_fly_toml", "upper",
     'app = "harbourview-booking"\nprimary_region = "lhr"\n\n[env]\n  LOG_LEVEL = "info"\n  {K} = "{V}"\n\n[http_service]\n  internal_port = 3000\n  force_https = true\n'),
    ("booking_engine_sveltekit_env_private", "upper",
     '# .env  ($env/static/private)\nBOOKING_TZ=Europe/Dublin\n{K}={V}\nPUBLIC_SITE_NAME="Old Mill B&B"\n'),
    ("guest_app_flutter_dart_define_json", "upper",
     '{\n  "APP_FLAVOR": "prod",\n  "API_BASE_URL": "https://api.pension-aurora.example",\n  "{K}": "{V}"\n}\n'),
    ("guest_app_expo_app_config_js", "camel",
     'export default {\n  expo: {\n    name: "Harbourview Guest",\n    slug: "harbourview-guest",\n    extra: {\n      {K}: "{V}",\n      eas: { projectId: "{U}" },\n    },\n  },\n};\n'),
    ("guest_app_android_local_properties", "dot",
     "## This file must *NOT* be checked into Version Control Systems,\n# as it contains information specific to your local configuration.\nsdk.dir=/Users/marta/Library/Android/sdk\n{K}={V}\n"),
    ("guest_app_ios_info_plist", "pascal",
     "<dict>\n  <key>CFBundleDisplayName</key>\n  <string>Old Mill Stay</string>\n  <key>{K}</key>\n  <string>{V}</string>\n  <key>NSCameraUsageDescription</key>\n  <string>Scan your booking QR code</string>\n</dict>\n"),
    ("checkin_kiosk_electron_store_json", "camel",
     '{\n  "kioskId": "lobby-2",\n  "locale": "de-AT",\n  "{K}": "{V}",\n  "idleTimeoutSec": 90\n}\n'),
    ("checkin_kiosk_pi_firstrun_sh", "upper",
     "#!/bin/bash\nset +e\nCURRENT_HOSTNAME=$(tr -d \" \\t\\n\\r\" < /etc/hostname)\necho kiosk-lobby > /etc/hostname\nexport {K}='{V}'\nsystemctl enable kiosk.service\nrm -f /boot/firstrun.sh\n"),
    ("door_lock_hub_home_assistant_secrets_yaml", "snake",
     '# secrets.yaml\nlatitude_home: 45.8150\nlongitude_home: 15.9819\n{K}: "{V}"\nmqtt_broker: 192.168.50.2\n'),
    ("door_lock_hub_esphome_yaml", "snake",
     'esphome:\n  name: frontdoor-lock\n  friendly_name: Front door\nesp32:\n  board: esp32dev\nsubstitutions:\n  {K}: "{V}"\nlogger:\n  level: WARN\n'),
    ("door_lock_hub_node_red_flows_cred_json", "camel",
     '{\n  "4f2a1c3b.9d8e7": {\n    "user": "lockhub",\n    "{K}": "{V}"\n  }\n}\n'),
    ("guest_wifi_unifi_system_properties", "dot",
     "# UniFi Network Application - system.properties\nunifi.https.port=8443\nportal.redirect.https=true\n{K}={V}\n"),
    ("guest_wifi_mikrotik_rsc_export", "kebab",
     '# 2025-03-04 11:02:17 by RouterOS 7.14.1\n/ip hotspot profile\nset [ find default=yes ] html-directory=hotspot login-by=http-chap\n/container envs\nadd key={K} name=portal value="{V}"\n'),
    ("guest_wifi_pfsense_config_xml", "snake",
     "<captiveportal>\n  <guests>\n    <zone>guests</zone>\n    <{K}>{V}</{K}>\n    <idletimeout>60</idletimeout>\n  </guests>\n</captiveportal>\n"),
    ("channel_sync_pydantic_settings_py", "upper",
     'from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    ICAL_POLL_SECONDS: int = 600\n    {K}: str = "{V}"\n    OTA_TIMEZONE: str = "Europe/Rome"\n'),
    ("channel_sync_celery_config_py", "snake",
     'broker_url = "redis://10.20.0.21:6379/3"\ntask_default_queue = "ota-sync"\n{K} = "{V}"\nbeat_schedule = {"pull-ical": {"task": "sync.pull_ical", "schedule": 600.0}}\n'),
    ("channel_sync_airflow_connections_json", "snake",
     '{\n  "ota_sync_api": {\n    "conn_type": "http",\n    "host": "sync.oldmill-bnb.example",\n    "extra": {"{K}": "{V}"}\n  }\n}\n'),
    ("channel_sync_n8n_credentials_export_json", "camel",
     '[\n  {\n    "id": "12",\n    "name": "Channel sync",\n    "type": "httpHeaderAuth",\n    "data": { "{K}": "{V}" }\n  }\n]\n'),
    ("ical_sync_cloudflare_dev_vars", "upper",
     '# .dev.vars  (wrangler dev)\nICAL_SOURCE_HOST=calendar.pension-aurora.example\n{K}="{V}"\n'),
    ("ops_docker_compose_override_yml", "upper",
     'services:\n  pms:\n    environment:\n      TZ: Europe/Madrid\n      {K}: "{V}"\n    ports:\n      - "8081:8081"\n'),
    ("ops_ansible_group_vars_yml", "snake",
     '---\n# group_vars/guesthouse_servers.yml\nntp_servers: [0.pool.ntp.org]\n{K}: "{V}"\nbackup_hour: 3\n'),
    ("ops_terragrunt_hcl_inputs", "snake",
     'include "root" {\n  path = find_in_parent_folders()\n}\n\ninputs = {\n  region = "eu-west-1"\n  {K} = "{V}"\n}\n'),
    ("ops_nomad_job_template_hcl", "upper",
     'job "pms" {\n  group "web" {\n    task "app" {\n      driver = "docker"\n      template {\n        destination = "secrets/app.env"\n        env         = true\n        data        = <<EOH\n{K}={V}\nEOH\n      }\n    }\n  }\n}\n'),
    ("ops_k8s_configmap_data", "upper",
     'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: pms-config\n  namespace: guesthouse\ndata:\n  TZ: Europe/Athens\n  {K}: "{V}"\n'),
    ("ops_devcontainer_json", "upper",
     '{\n  "name": "booking-engine",\n  "image": "mcr.microsoft.com/devcontainers/typescript-node:20",\n  "containerEnv": {\n    "{K}": "{V}"\n  },\n  "forwardPorts": [3000]\n}\n'),
    ("ops_bitbucket_pipelines_yml", "upper",
     'image: node:20\npipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy booking site\n          script:\n            - export {K}="{V}"\n            - npm ci && npm run deploy\n'),
    ("ops_circleci_config_yml", "upper",
     'version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/php:8.3\n    environment:\n      {K}: "{V}"\n    steps:\n      - checkout\n      - run: composer install --no-dev\n'),
    ("ops_fish_history", "upper",
     "- cmd: cd ~/code/pms\n  when: 1741080211\n- cmd: set -gx {K} '{V}'\n  when: 1741080254\n- cmd: php artisan queue:restart\n  when: 1741080301\n"),
    ("ops_tmux_scrollback_capture", "upper",
     "deploy@pms-01:~$ sudo systemctl is-active pms\nactive\ndeploy@pms-01:~$ {K}='{V}' ./bin/console app:reindex\n [OK] 42 reservations reindexed\ndeploy@pms-01:~$\n"),
    ("ops_systemd_unit_override_conf", "upper",
     '# /etc/systemd/system/channel-sync.service.d/override.conf\n[Service]\nEnvironment="{K}={V}"\nRestart=on-failure\n'),
    ("ops_rundeck_job_yaml", "snake",
     "- name: nightly-ical-import\n  group: guesthouse\n  sequence:\n    commands:\n      - exec: /opt/sync/import.sh\n  options:\n    - name: {K}\n      value: '{V}'\n"),
    ("owners_whatsapp_group_export_txt", "spaced",
     "04/03/2025, 21:12 - Jonas: did anyone change it after the locksmith?\n04/03/2025, 21:14 - Marta: yes the new {K} is {V}\n04/03/2025, 21:15 - Jonas: thanks, updating the tablet now\n"),
    ("housekeeping_rota_csv_export", "title",
     'Date,Room,Cleaner,Notes\n2025-03-04,Room 3,Ines,deep clean\n2025-03-04,Dorm B,Pavel,"{K}: {V}"\n2025-03-05,Room 5,Ines,linen change\n'),
    ("front_desk_notebook_photo_ocr", "title",
     "FRONT DESK - handover book (phone photo, OCR)\nTue 4 Mar   late arrivals: Rm 2 (23:30), Rm 7\n{K} : {V}\nboiler man coming Thu am\n"),
    ("guest_messaging_inbox_internal_note", "spaced",
     "Internal note (not visible to guest) - reservation HM4K2PX9QZ\nCleaner could not log in again. {K} is {V} , I reset it this morning.\n"),
    ("trello_card_comment_paste", "spaced",
     "Card: Move booking site to the new host\nComment by jonas.k - 4 Mar 2025 10:02\ndone. {K} = {V} (same as on the old box)\n"),
    ("owner_voice_memo_transcript", "spaced",
     "Voice memo 00:41 - transcript\nok so before I forget, the {K} is {V} , and the boiler guy comes on Thursday.\n"),
]
assert len(CONTAINERS) == 45 and len({c[0] for c in CONTAINERS}) == 45


def build(registry):
    rng_v = random.Random(C.SEEDS["everyday_values"])
    rng_p = random.Random(C.SEEDS["everyday_pairing"])
    pairing = []
    for b in range(15):
        perm = TYPE_NAMES[:]
        rng_p.shuffle(perm)
        for i in range(3):
            kind = CONTAINERS[b * 3 + i]
            for t in perm[4 * i:4 * i + 4]:
                pairing.append((kind, t))
    recs = []
    for (kind, style, tpl), typ in pairing:
        val = registry.draw(gen_value, typ, rng_v)
        key = C.style_key(KEYWORDS[typ], style)
        text = tpl.replace("{K}", key).replace("{U}", C.uuid4(rng_v)).replace("{V}", val)
        recs.append({"type": typ, "container": kind, "text": text,
                     "secrets": [C.span_record(text, val, typ)], "source": "everyday"})
    return recs
