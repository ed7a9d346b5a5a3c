"""Everyday source: 12 secret types of the sailing / charter / marina world x 45 container kinds x 4."""
import base64, random
import common185 as C

SEED = 18501

# type -> (key words, description, generator)
def _nmea(rng):
    return C.crc_b62_token(rng, "n2kgw_")

def _ais(rng):
    return "aisfd_" + C.b64url_nopad(C.rbytes(rng, 24))

def _roster(rng):
    return "srwh_" + C.b64url_nopad(C.rbytes(rng, 32))

def _crewjwt(rng):
    return C.jwt(rng, "HS384", {"kid": "pa-" + C.rs(rng, C.LOWALNUM, 6)}, {
        "iss": "crewlist-submitter", "sub": "svc-crewlist-" + C.rs(rng, C.LOWALNUM, 5),
        "aud": "port-authority-fal5-api", "scope": "crewlist:submit voyage:read",
        "iat": 1700000000 + rng.randint(0, 40000000), "jti": C.uuid4(rng)})

def _appkey(rng):
    return C.rs(rng, C.HEXU, 32)

def _fernet(rng):
    return base64.urlsafe_b64encode(C.rbytes(rng, 32)).decode()

def _pw(rng):
    return C.password(rng)

TYPES = [
    ("charter_booking_admin_password", ["charter", "admin", "password"], "owner-chosen admin password of the yacht-charter booking engine back office", _pw),
    ("race_scoring_db_password", ["scoring", "db", "password"], "owner-chosen password of the database behind race-committee scoring (handicaps, start sequences, results)", _pw),
    ("shore_power_gateway_password", ["shore", "power", "gateway", "password"], "owner-chosen login password of the shore-power metering gateway on the pontoons", _pw),
    ("fuel_dock_pos_manager_password", ["fuel", "pos", "manager", "password"], "owner-chosen manager password of the fuel-dock point of sale", _pw),
    ("sailing_school_smtp_password", ["school", "smtp", "password"], "owner-chosen SMTP password of the sailing-school enrolment mailer", _pw),
    ("survey_vault_share_password", ["survey", "vault", "password"], "owner-chosen password of the insurance and survey document vault share", _pw),
    ("nmea_gateway_cloud_token", ["nmea", "gateway", "token"], "`n2kgw_` + 30 base62 + 6-character base62 CRC-32 of the body, cloud token of the NMEA 2000 gateway (prefix and checksum layout invented)", _nmea),
    ("ais_feed_station_key", ["ais", "feed", "key"], "`aisfd_` + base64url of 24 random bytes (32 characters), station key for sharing the AIS receiver feed (prefix invented)", _ais),
    ("skipper_roster_webhook_secret", ["roster", "webhook", "secret"], "`srwh_` + base64url of 32 random bytes (43 characters), signing secret of the skipper-roster webhooks (prefix invented)", _roster),
    ("crew_list_port_api_jwt", ["port", "api", "jwt"], "HS384 JWT (real base64url JSON header and payload, real HMAC-SHA384 under a discarded key), service token for crew-list submissions to the port authority", _crewjwt),
    ("berth_meter_lorawan_appkey", ["lorawan", "app", "key"], "32 upper-case hex (LoRaWAN AppKey, AES-128) of a berth shore-power meter", _appkey),
    ("survey_docs_fernet_key", ["docs", "fernet", "key"], "Fernet key (url-safe Base64 of 32 random bytes, 44 characters with `=`) encrypting the insurance / survey documents at rest", _fernet),
]
PASSWORD_TYPES = [t[0] for t in TYPES if t[0].endswith("_password")]

# kind -> (style, template). §K§ key, §V§ value, §H§ host, §U§ user
KINDS = [
    ("charter_engine_django_settings_py", "upper", "# charter_engine/settings/production.py\nfrom .base import *  # noqa\nDEBUG = False\nALLOWED_HOSTS = ['§H§']\n§K§ = '§V§'\nCHARTER_BASE_PORTS = ['Lefkas', 'Split', 'Palma']\n"),
    ("charter_engine_dotenv_production", "upper", "APP_ENV=production\nAPP_URL=https://§H§\nCHARTER_CURRENCY=EUR\n§K§=§V§\nSEASON_START=2025-04-01\n"),
    ("booking_nestjs_config_factory_ts", "camel", "export default () => ({\n  port: parseInt(process.env.PORT ?? '3000', 10),\n  fleetBase: 'lefkas',\n  §K§: '§V§',\n  hostname: '§H§',\n});\n"),
    ("skipper_roster_pydantic_dotenv", "upper", "# .env read by pydantic-settings (RosterSettings)\nROSTER_TIMEZONE=Europe/Athens\nROSTER_DB_HOST=§H§\n§K§=\"§V§\"\nROSTER_MAX_SKIPPERS=42\n"),
    ("sailing_school_moodle_config_php", "lower", "<?php  // Moodle configuration file\nunset($CFG);\nglobal $CFG;\n$CFG = new stdClass();\n$CFG->wwwroot   = 'https://§H§';\n$CFG->§K§ = '§V§';\n$CFG->dataroot  = '/var/moodledata';\nrequire_once(__DIR__ . '/lib/setup.php');\n"),
    ("sailing_school_laravel_config_mail_php", "snake", "<?php\n\nreturn [\n    'default' => env('MAIL_MAILER', 'smtp'),\n    'from' => ['address' => 'courses@§H§', 'name' => 'RYA Dinghy Courses'],\n    '§K§' => '§V§',\n];\n"),
    ("race_scoring_spring_application_properties", "dotted", "spring.application.name=race-scoring\nspring.datasource.url=jdbc:postgresql://§H§:5432/scoring\nspring.datasource.username=§U§\n§K§=§V§\nscoring.handicap.system=PY\n"),
    ("race_results_hugo_params_toml", "camel", "baseURL = 'https://results.§H§/'\ntitle = 'Autumn Series Results'\n[params]\n  clubName = 'Harbour Sailing Club'\n  §K§ = '§V§'\n  discardAfter = 4\n"),
    ("race_results_netlify_toml_build_env", "upper", "[build]\n  command = \"npm run build\"\n  publish = \"public\"\n[build.environment]\n  NODE_VERSION = \"20\"\n  §K§ = \"§V§\"\n"),
    ("start_sequence_pi_controller_ini", "snake", "[horn]\ngpio_pin = 17\nsequence = 5-4-1-0\n[uplink]\nhost = §H§\nuser = §U§\n§K§ = §V§\n"),
    ("berth_allocation_rails_secrets_yml", "snake", "production:\n  berth_grid: pontoons_a_to_h\n  §K§: \"§V§\"\n  mailer_host: §H§\n"),
    ("shore_power_modbus_gateway_json", "camel", "{\n  \"gatewayId\": \"sp-gw-07\",\n  \"modbus\": {\"port\": \"/dev/ttyUSB0\", \"baud\": 9600},\n  \"upstream\": \"§H§\",\n  \"§K§\": \"§V§\",\n  \"pollSeconds\": 60\n}\n"),
    ("shore_power_chirpstack_region_toml", "snake", "[network]\nnet_id = \"000000\"\nenabled_regions = [\"eu868\"]\n\n[integration.mqtt]\nserver = \"tcp://§H§:1883\"\n§K§ = \"§V§\"\n"),
    ("nmea2000_signalk_settings_json", "camel", "{\n  \"interfaces\": {},\n  \"ssl\": false,\n  \"pipedProviders\": [{\"id\": \"n2k-on-ve.can-socket\", \"enabled\": true}],\n  \"§K§\": \"§V§\",\n  \"vesselName\": \"Blue Tern\"\n}\n"),
    ("nmea_gateway_esp32_platformio_ini", "upper", "[env:esp32dev]\nplatform = espressif32\nboard = esp32dev\nframework = arduino\nbuild_flags =\n  -DCLOUD_HOST=\\\"§H§\\\"\n  -D§K§=\\\"§V§\\\"\n"),
    ("ais_receiver_systemd_dropin_conf", "upper", "# /etc/systemd/system/ais-forwarder.service.d/override.conf\n[Service]\nEnvironment=AIS_UDP_PORT=10110\nEnvironment=\"§K§=§V§\"\nEnvironment=AIS_UPSTREAM=§H§\n"),
    ("boat_telemetry_node_red_flows_json", "camel", "[\n  {\"id\": \"a1f3\", \"type\": \"mqtt-broker\", \"broker\": \"§H§\", \"port\": \"8883\",\n   \"§K§\": \"§V§\", \"name\": \"boat-telemetry\"}\n]\n"),
    ("boat_telemetry_grafana_datasource_yaml", "camel", "apiVersion: 1\ndatasources:\n  - name: BoatTelemetry\n    type: influxdb\n    url: http://§H§:8086\n    secureJsonData:\n      §K§: §V§\n"),
    ("fuel_dock_pos_windows_registry_reg", "pascal", "Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\FuelDockPOS\\Settings]\n\"PumpCount\"=dword:00000004\n\"ServerHost\"=\"§H§\"\n\"§K§\"=\"§V§\"\n"),
    ("fuel_dock_pos_dotnet_user_secrets_json", "pascal", "{\n  \"FuelDock:Currency\": \"EUR\",\n  \"FuelDock:Host\": \"§H§\",\n  \"FuelDock:§K§\": \"§V§\"\n}\n"),
    ("fuel_pump_controller_c_header", "upper", "#ifndef PUMP_CONFIG_H\n#define PUMP_CONFIG_H\n#define PUMP_COUNT 4\n#define POS_HOST \"§H§\"\n#define §K§ \"§V§\"\n#endif\n"),
    ("crew_list_submitter_java_properties", "dotted", "# crew-list submitter\nportauthority.endpoint=https://§H§/fal5\nportauthority.vessel.flag=MT\n§K§=§V§\n"),
    ("crew_list_lambda_env_json", "upper", "{\n  \"Variables\": {\n    \"STAGE\": \"prod\",\n    \"PORT_API_HOST\": \"§H§\",\n    \"§K§\": \"§V§\"\n  }\n}\n"),
    ("port_authority_soap_client_xml", "camel", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<clientConfig>\n  <endpoint>https://§H§/nsw/soap</endpoint>\n  <senderId>§U§</senderId>\n  <§K§>§V§</§K§>\n</clientConfig>\n"),
    ("survey_vault_nextcloud_config_php", "snake", "<?php\n$CONFIG = array (\n  'instanceid' => 'ocx1a7b2c3d4',\n  'trusted_domains' => array (0 => '§H§'),\n  '§K§' => '§V§',\n  'overwriteprotocol' => 'https',\n);\n"),
    ("survey_vault_rclone_conf", "snake", "[surveyvault]\ntype = webdav\nurl = https://§H§/remote.php/dav\nvendor = nextcloud\nuser = §U§\n§K§ = §V§\n"),
    ("insurance_docs_sync_cron_sh", "upper", "#!/bin/sh\n# nightly sync of insurance certificates, run from cron at 02:15\nexport SYNC_TARGET=§H§\nexport §K§='§V§'\n/usr/local/bin/docsync --since yesterday\n"),
    ("marina_ops_ansible_host_vars_yml", "snake", "---\nansible_host: §H§\nansible_user: §U§\n§K§: \"§V§\"\nmarina_pontoons: [A, B, C, D]\n"),
    ("marina_ops_github_actions_env", "upper", "name: deploy-berth-app\non: [push]\nenv:\n  DEPLOY_HOST: §H§\n  §K§: §V§\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"),
    ("marina_ops_bitbucket_pipelines_yml", "upper", "pipelines:\n  default:\n    - step:\n        name: Test\n        script:\n          - export §K§=§V§\n          - npm test\n"),
    ("marina_ops_docker_swarm_stack_yml", "upper", "version: '3.8'\nservices:\n  charter-api:\n    image: registry.§H§/charter-api:2.4\n    environment:\n      - NODE_ENV=production\n      - §K§=§V§\n"),
    ("marina_ops_nomad_job_hcl", "upper", "job \"race-scoring\" {\n  group \"web\" {\n    task \"app\" {\n      env {\n        DB_HOST = \"§H§\"\n        §K§ = \"§V§\"\n      }\n    }\n  }\n}\n"),
    ("marina_ops_pulumi_stack_yaml", "camel", "config:\n  aws:region: eu-west-1\n  charter-engine:hostname: §H§\n  charter-engine:§K§: §V§\n"),
    ("charter_app_react_native_dotenv", "upper", "API_BASE=https://api.§H§\nMAP_STYLE=nautical\n§K§=§V§\n"),
    ("charter_app_ios_xcconfig", "upper", "// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.harbourcharter.app\nAPI_HOST = §H§\n§K§ = §V§\n"),
    ("charter_app_android_gradle_properties", "camel", "org.gradle.jvmargs=-Xmx2048m\nandroid.useAndroidX=true\n§K§=§V§\napiHost=§H§\n"),
    ("harbourmaster_fish_shell_history", "upper", "- cmd: cd ~/berth-app\n  when: 1718012345\n- cmd: set -x §K§ '§V§'\n  when: 1718012399\n- cmd: ./manage.py runserver\n  when: 1718012410\n"),
    ("race_officer_slack_thread", "spaced", "Mira (race officer) 18:42\nScoring laptop is back from repair. For tomorrow's start sequence use §U§, the §K§ is §V§ — I'll change it after the series.\nJon 18:44\nthanks, noted\n"),
    ("charter_broker_email_thread", "spaced", "From: ops@§H§\nSubject: Re: handover for Saturday turnaround\n\nHi Elena,\nas discussed on the phone, the §K§ is §V§ until the new system goes live.\nBest, Nikos\n"),
    ("marina_office_signal_chat", "spaced", "[09:12] Harbour office: pontoon C meters are offline again\n[09:13] Harbour office: §K§ → §V§\n[09:15] Dock hand: got it, heading down\n"),
    ("berth_ticket_zendesk_comment", "spaced", "Ticket #48211 — Internal note (Agent: Sam)\nCustomer could not log in. Reset done; new §K§: §V§\nPlease rotate after the audit.\n"),
    ("yacht_club_committee_minutes_text", "title", "HARBOUR SAILING CLUB — IT SUB-COMMITTEE MINUTES\nItem 4. Systems access\nThe secretary confirmed the following for the handover file.\n§K§: §V§\nAction: treasurer to move this into the password manager.\n"),
    ("chandlery_whiteboard_photo_ocr", "title", "CHANDLERY OFFICE - DO NOT WIPE\nVHF check 0900\n§K§ §V§\nRopes order: 3x 10mm braid\n"),
    ("marina_ops_handover_sheet_csv", "title", "System,Host,User,Secret,Notes\n§K§,§H§,§U§,§V§,rotate in spring\n"),
    ("charter_engine_datadog_log_json", "camel", "{\"timestamp\":\"2025-05-03T07:14:22Z\",\"service\":\"charter-engine\",\"status\":\"warn\",\"message\":\"config dump on boot\",\"attributes\":{\"host\":\"§H§\",\"§K§\":\"§V§\"}}\n"),
]
SPARE_KINDS = ["race_scoring_powershell_profile_ps1", "telemetry_telegraf_d_influx_conf"]

HOSTS = ["charter.harbourops.internal", "scoring.yachtclub.lan", "meters.marina.local", "pos.fueldock.lan",
         "mail.sailschool.internal", "vault.surveydocs.internal", "gw.boatnet.lan", "10.20.4.17", "192.168.8.40",
         "berths.marina.internal", "crewlist.portcalls.internal", "results.yachtclub.lan"]
USERS = ["harbourmaster", "race_officer", "svc_meter", "dockhand", "bosun", "scorer", "charter_ops", "svc_crewlist"]


def pairing(rng):
    slots = [t for t in range(12) for _ in range(15)]
    rng.shuffle(slots)
    kinds = [slots[i * 4:(i + 1) * 4] for i in range(45)]
    for _ in range(10000):
        bad = [k for k in range(45) if len(set(kinds[k])) < 4]
        if not bad:
            return kinds
        k = bad[0]
        dup = [i for i in range(4) if kinds[k][i] in kinds[k][:i]][0]
        o = rng.randrange(45)
        j = rng.randrange(4)
        a, b = kinds[k][dup], kinds[o][j]
        if o != k and b not in kinds[k] and a not in kinds[o]:
            kinds[k][dup], kinds[o][j] = b, a
    raise RuntimeError("pairing failed")


def generate(reg):
    rng = random.Random(SEED)
    pairs = pairing(rng)
    out = []
    for ki, (kind, style, tpl) in enumerate(KINDS):
        for ti in pairs[ki]:
            tname, words, _desc, gen = TYPES[ti]
            v = reg.draw(lambda: gen(rng))
            key = C.keyname(words, style)
            text, s, e = C.fill(tpl, v, K=key, H=rng.choice(HOSTS), U=rng.choice(USERS))
            out.append(dict(type=tname, container=kind, text=text, value=v, start=s, end=e, source="everyday"))
    return out
