"""Everyday source: 12 secret types of the surf world x 45 container kinds, 4 records per kind."""
import base64
import random

import common235 as C

SEED_VALUES = 23501
SEED_PAIRING = 23511

HOSTS = ["bookings.saltline-surfschool.example", "rentals.kelpcove-boards.example",
         "patrol.northpoint-slsc.example", "bay.greenroom-shapes.example",
         "cam.driftwood-point.example", "10.20.4.17", "192.168.88.40"]


def _swb(rng):
    body = C.rs(rng, C.ALNUM, 28)
    return "swb_" + body + C.adler32_hex(body)


def _ssk(rng):
    school = C.rs(rng, C.DIGITS, 8)
    return "ssk_" + school + C.damm_digit(school) + "_" + C.rs(rng, C.ALNUM, 32)


def _lgw(rng):
    return "lgw_" + C.mod97_append(C.rs(rng, C.LOWER_ALNUM, 30))


def _laravel(rng):
    return "base64:" + base64.b64encode(C.rbytes(rng, 32)).decode()


def _age(rng):
    return C.bech32_encode("age-secret-key-", C.rbytes(rng, 32)).upper()


def _jwt384(rng):
    iat = 1735700000 + rng.randrange(20000000)
    payload = {"sub": "instr-%04d" % rng.randrange(10000), "school": rng.choice(["saltline", "kelpcove", "driftwood"]),
               "role": rng.choice(["instructor", "head_coach", "beach_marshal"]), "iat": iat, "exp": iat + 86400 * 30}
    return C.jwt_hmac(rng, "HS384", payload)


# name, key words, generator, description
TYPES = [
    ("surf_lesson_booking_admin_password", ["booking", "admin", "password"], None,
     "owner-chosen admin password of the surf-lesson booking back office (slots, instructors, waivers)"),
    ("board_rental_till_password", ["rental", "till", "password"], None,
     "owner-chosen password of the board / wetsuit rental till"),
    ("shaping_bay_cnc_console_password", ["cnc", "console", "password"], None,
     "owner-chosen password of the CNC shaping machine console in the shaping bay"),
    ("lifeguard_patrol_roster_password", ["patrol", "roster", "password"], None,
     "owner-chosen password of the lifesaving club's patrol roster portal"),
    ("surfcam_nvr_admin_password", ["surfcam", "nvr", "password"], None,
     "owner-chosen admin password of the surf-cam network video recorder"),
    ("tide_station_gateway_password", ["tide", "station", "password"], None,
     "owner-chosen admin password of the beach weather / tide station gateway"),
    ("swell_feed_adler32_key", ["swell", "feed", "key"], _swb,
     "`swb_` + 28 base62 + 8 lower-case hex of the real Adler-32 of those 28 characters; ingest key of the swell / surf-report feed (layout invented)"),
    ("lesson_server_damm_key", ["lesson", "server", "key"], _ssk,
     "`ssk_` + 8-digit school number + its real Damm check digit + `_` + 32 base62; server key of the lesson booking API (layout invented)"),
    ("patrol_alert_mod97_secret", ["alert", "webhook", "secret"], _lgw,
     "`lgw_` + 30 lower-case alphanumerics + 2 real ISO 7064 MOD 97-10 check digits (letters valued 10-35, as in IBAN); signs patrol-alert webhooks (layout invented)"),
    ("booking_site_laravel_app_key", ["app", "key"], _laravel,
     "Laravel `APP_KEY`: `base64:` + standard Base64 of 32 random bytes; encrypts the booking site's cookies and sessions"),
    ("board_backup_age_identity", ["backup", "age", "identity"], _age,
     "age X25519 identity `AGE-SECRET-KEY-1` + 58 upper-case Bech32 characters with a real Bech32 checksum; decrypts the shaping files backup"),
    ("instructor_app_hs384_jwt", ["instructor", "app", "jwt"], _jwt384,
     "real HS384 JWT (base64url JSON header and payload, HMAC-SHA384 under a discarded key); bearer token of the instructor app"),
]


def T(style, tpl):
    return (style, tpl)


# container kind -> (key style, template). {k} key, {v} value, {h} host, {u} user, {n} number
KINDS = {
    "lesson_site_laravel_dotenv": T("upper", "APP_NAME=\"Saltline Surf School\"\nAPP_ENV=production\nAPP_URL=https://{h}\nDB_HOST=127.0.0.1\n{k}={v}\nQUEUE_CONNECTION=redis\n"),
    "lesson_site_laravel_config_services_php": T("snake", "<?php\n\nreturn [\n    'booking' => [\n        'endpoint' => 'https://{h}/api',\n        '{k}' => '{v}',\n        'timeout' => 15,\n    ],\n];\n"),
    "lesson_site_rails_config_settings_yml": T("snake", "production:\n  school_name: Saltline Surf School\n  host: {h}\n  {k}: \"{v}\"\n  lesson_slots_per_day: {n}\n"),
    "lesson_site_phoenix_runtime_exs": T("snake", "import Config\n\nif config_env() == :prod do\n  config :saltline, SaltlineWeb.Endpoint, url: [host: \"{h}\", port: 443]\n  config :saltline, :lessons,\n    {k}: \"{v}\",\n    max_group: {n}\nend\n"),
    "lesson_site_nuxt_runtime_config_ts": T("camel", "export default defineNuxtConfig({{\n  runtimeConfig: {{\n    {k}: '{v}',\n    public: {{ apiBase: 'https://{h}/api' }}\n  }}\n}})\n"),
    "lesson_site_fly_toml_env_block": T("upper", "app = \"saltline-lessons\"\nprimary_region = \"syd\"\n\n[env]\n  PORT = \"8080\"\n  {k} = \"{v}\"\n\n[http_service]\n  internal_port = 8080\n"),
    "lesson_site_spring_application_yml": T("kebab", "server:\n  port: 8443\nsaltline:\n  booking:\n    base-url: https://{h}\n    {k}: {v}\n    slot-minutes: 90\n"),
    "lesson_site_aspnet_user_secrets_json": T("pascal", "{{\n  \"Saltline:BaseUrl\": \"https://{h}\",\n  \"Saltline:{k}\": \"{v}\",\n  \"Saltline:MaxStudents\": \"{n}\"\n}}\n"),
    "rental_till_electron_store_json": T("camel", "{{\n  \"shopName\": \"Kelp Cove Boards\",\n  \"printer\": \"EPSON TM-m30\",\n  \"{k}\": \"{v}\",\n  \"syncHost\": \"{h}\"\n}}\n"),
    "rental_till_flutter_dart_define_json": T("upper", "{{\n  \"API_BASE\": \"https://{h}\",\n  \"{k}\": \"{v}\",\n  \"FLAVOR\": \"prod\"\n}}\n"),
    "rental_till_android_local_properties": T("dot", "sdk.dir=/Users/{u}/Library/Android/sdk\nkelpcove.api.host={h}\nkelpcove.{k}={v}\n"),
    "rental_till_windows_registry_export_reg": T("pascal", "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\KelpCove\\Till]\n\"Server\"=\"{h}\"\n\"{k}\"=\"{v}\"\n\"Drawer\"=dword:00000001\n"),
    "shaping_bay_cnc_controller_ini": T("pascal", "[Machine]\nModel=KKL-5X\nSpindleMaxRpm=24000\n\n[Network]\nHost={h}\n{k}={v}\n"),
    "shaping_bay_linuxcnc_machine_ini": T("upper", "[EMC]\nMACHINE = shaping-bay-router\nDEBUG = 0\n\n[SAL]\nREMOTE_HOST = {h}\n{k} = {v}\n\n[TRAJ]\nCOORDINATES = XYZA\n"),
    "shaping_bay_octoprint_config_yaml": T("snake", "server:\n  host: 0.0.0.0\n  port: 5000\nplugins:\n  shapebridge:\n    remote: {h}\n    {k}: '{v}'\n"),
    "shaping_bay_node_red_settings_js": T("camel", "module.exports = {{\n    uiPort: process.env.PORT || 1880,\n    functionGlobalContext: {{\n        {k}: '{v}',\n        bayHost: '{h}'\n    }},\n    logging: {{ console: {{ level: 'info' }} }}\n}};\n"),
    "surfcam_go2rtc_yaml": T("snake", "streams:\n  point_left: rtsp://{h}:554/Streaming/Channels/101\napi:\n  listen: \":1984\"\nextra:\n  {k}: \"{v}\"\n"),
    "surfcam_mediamtx_yml": T("camel", "logLevel: info\nrtspAddress: :8554\npaths:\n  pointcam:\n    source: rtsp://{h}:554/stream1\n    sourceOnDemand: yes\n# integration\n{k}: \"{v}\"\n"),
    "surfcam_ffmpeg_relay_systemd_unit": T("upper", "[Unit]\nDescription=Surf cam relay\nAfter=network-online.target\n\n[Service]\nEnvironment=CAM_HOST={h}\nEnvironment={k}={v}\nExecStart=/usr/local/bin/cam-relay.sh\nRestart=always\n"),
    "tide_station_esphome_secrets_yaml": T("snake", "# secrets.yaml for tide-station-02\nwifi_ssid: \"SLSC-Patrol\"\n{k}: \"{v}\"\nota_host: {h}\n"),
    "tide_station_platformio_ini_build_flags": T("upper", "[env:tide_station]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n    -D STATION_ID={n}\n    -D {k}=\\\"{v}\\\"\n"),
    "tide_station_weewx_conf": T("snake", "[Station]\n    location = \"Driftwood Point tide pole\"\n    station_type = Vantage\n\n[StdRESTful]\n    [[SurfReport]]\n        server_url = https://{h}/ingest\n        {k} = {v}\n"),
    "tide_station_mosquitto_bridge_conf": T("snake", "connection tide-bridge\naddress {h}:8883\ntopic tide/# out 1\nremote_clientid tide-02\n# {k} {v}\n"),
    "lifeguard_club_drupal_settings_php": T("snake", "<?php\n$databases['default']['default'] = ['driver' => 'mysql', 'host' => 'localhost'];\n$settings['{k}'] = '{v}';\n$settings['trusted_host_patterns'] = ['^patrol\\.northpoint-slsc\\.example$'];\n"),
    "lifeguard_club_firebase_functions_env": T("upper", "# functions/.env\nCLUB_NAME=Northpoint SLSC\nROSTER_HOST={h}\n{k}={v}\n"),
    "lifeguard_roster_apps_script_properties": T("upper", "function setup() {{\n  const props = PropertiesService.getScriptProperties();\n  props.setProperty('ROSTER_HOST', '{h}');\n  props.setProperty('{k}', '{v}');\n}}\n"),
    "lifeguard_radio_gateway_openwrt_uci": T("snake", "config radio 'gateway'\n\toption enabled '1'\n\toption server '{h}'\n\toption {k} '{v}'\n\toption channel '{n}'\n"),
    "surf_ops_ansible_group_vars_yml": T("snake", "---\nschool_domain: saltline-surfschool.example\nbooking_host: {h}\n{k}: \"{v}\"\nntp_servers:\n  - 0.pool.ntp.org\n"),
    "surf_ops_terraform_tfvars_json": T("snake", "{{\n  \"region\": \"ap-southeast-2\",\n  \"booking_host\": \"{h}\",\n  \"{k}\": \"{v}\",\n  \"instance_count\": 2\n}}\n"),
    "surf_ops_helm_values_yaml": T("camel", "replicaCount: 2\nimage:\n  repository: ghcr.io/saltline/lessons\n  tag: \"2.14.1\"\nconfig:\n  host: {h}\n  {k}: \"{v}\"\n"),
    "surf_ops_nomad_job_hcl_env": T("upper", "job \"lessons\" {{\n  group \"web\" {{\n    task \"app\" {{\n      driver = \"docker\"\n      env {{\n        BOOKING_HOST = \"{h}\"\n        {k} = \"{v}\"\n      }}\n    }}\n  }}\n}}\n"),
    "surf_ops_systemd_environment_file": T("upper", "# /etc/saltline/lessons.env\nBOOKING_HOST={h}\n{k}={v}\nWORKERS=3\n"),
    "surf_ops_bitbucket_pipelines_yml": T("upper", "image: node:20\npipelines:\n  branches:\n    main:\n      - step:\n          name: Deploy\n          script:\n            - export {k}={v}\n            - ./deploy.sh {h}\n"),
    "surf_ops_circleci_config_yml": T("upper", "version: 2.1\njobs:\n  deploy:\n    docker:\n      - image: cimg/python:3.12\n    environment:\n      TARGET_HOST: {h}\n      {k}: {v}\n    steps:\n      - checkout\n"),
    "surf_ops_azure_pipelines_variables": T("upper", "trigger:\n  - main\nvariables:\n  TARGET_HOST: '{h}'\n  {k}: '{v}'\npool:\n  vmImage: ubuntu-latest\n"),
    "surf_ops_supervisord_program_conf": T("upper", "[program:roster-sync]\ncommand=/opt/roster/bin/sync\nautostart=true\nenvironment=ROSTER_HOST=\"{h}\",{k}=\"{v}\"\nuser={u}\n"),
    "surf_ops_fish_history": T("upper", "- cmd: cd ~/saltline/lessons\n  when: 1718251230\n- cmd: set -gx {k} '{v}'\n  when: 1718251288\n- cmd: ./manage.sh sync --host {h}\n  when: 1718251301\n"),
    "surf_ops_powershell_console_history": T("upper", "cd C:\\KelpCove\\Till\n$env:TILL_HOST = '{h}'\n$env:{k} = '{v}'\n.\\Till.Sync.exe --once\n"),
    "surf_ops_bash_history_docker_run": T("upper", "docker pull ghcr.io/kelpcove/till-sync:1.8\ndocker run -d --name till-sync -e TILL_HOST={h} -e {k}={v} ghcr.io/kelpcove/till-sync:1.8\ndocker logs -f till-sync\n"),
    "surf_ops_kubectl_describe_pod_env": T("upper", "Containers:\n  lessons:\n    Image:          ghcr.io/saltline/lessons:2.14.1\n    Environment:\n      BOOKING_HOST:   {h}\n      {k}:   {v}\n    Mounts:          <none>\n"),
    "shaper_notion_page_export_md": T("title", "# Shaping bay – machine notes\n\n| Item | Value |\n|---|---|\n| Router host | {h} |\n| {k} | {v} |\n| Last service | 2024-03-02 |\n"),
    "surf_school_whatsapp_group_export_txt": T("spaced", "12/06/24, 06:41 - Mia (Saltline): morning crew, swell is 4ft, lessons on\n12/06/24, 06:43 - Jonah: can someone send the {k} again? new tablet\n12/06/24, 06:44 - Mia (Saltline): {v}\n12/06/24, 06:44 - Mia (Saltline): delete after you log in pls\n"),
    "lifeguard_club_telegram_chat_export_json": T("spaced", "{{\n  \"name\": \"Northpoint Patrol Captains\",\n  \"messages\": [\n    {{\"id\": {n}, \"from\": \"Priya\", \"text\": \"{k} for the roster laptop is {v} – don't post it in the main group\"}}\n  ]\n}}\n"),
    "rental_shop_trello_card_comment": T("spaced", "Card: Till swap before summer\nComment by Luca – 3 Nov:\nNew till is set up. {k}: {v} (same login as the old one, user {u}). Moving the card to Done.\n"),
    "shaping_bay_sticky_note_photo_ocr": T("title", "[OCR – IMG_2231.jpg, yellow sticky on CNC monitor]\nDONT TOUCH SETTINGS\n{k}:\n{v}\nask Kai before updating firmware\n"),
}

SPARE_KIND = "surf_school_google_keep_note"
USERS = ["mia", "jonah", "luca", "priya", "kai", "tane", "ella"]


def generate(registry):
    rng_v = random.Random(SEED_VALUES)
    rng_p = random.Random(SEED_PAIRING)
    kinds = list(KINDS)
    assert len(kinds) == 45 and len(TYPES) == 12
    deal = []
    for b in range(15):
        perm = list(range(12))
        rng_p.shuffle(perm)
        for j in range(3):
            deal.append((kinds[b * 3 + j], perm[j * 4:(j + 1) * 4]))
    out = []
    for kind, tidx in deal:
        style, tpl = KINDS[kind]
        for ti in tidx:
            name, words, gen, _ = TYPES[ti]
            if gen is None:
                val = registry.draw(lambda: C.password(rng_v))
            else:
                val = registry.draw(lambda: gen(rng_v))
            k = C.keyname(words, style)
            text = tpl.format(k=k, v=val, h=rng_v.choice(HOSTS[:5]), u=rng_v.choice(USERS),
                              n=rng_v.randint(3, 60))
            out.append((name, kind, text, val))
    return out
