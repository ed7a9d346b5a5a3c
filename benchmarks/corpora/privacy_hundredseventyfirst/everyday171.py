"""Everyday source: 12 secret types of the pool / aquatic / water-park world x 45 container kinds."""
import random
import re

from common171 import (POOL_WORDS as C_WORDS, MARK, ALNUM, HEX, owner_pw, rs, b64, b64url, jwt_hs256, keyname, rec, split_words)

SEED = 17101

HOSTS = ["chemlog.bluelagoon.internal", "routes.aquaservice.lan", "db01.splashcity.internal",
         "pumproom-gw.bluelagoon.internal", "10.40.2.17", "ticketing.wavecove.internal",
         "sftp.countyhealth-upload.example", "turnstile-ctl.aquacentre.lan", "plc-wave01.wavecove.lan",
         "lessons.swimacademy.internal", "172.20.8.41", "mq.aquaservice.lan"]
USERS = ["svc_chemlog", "poolops", "aquatics_admin", "route_worker", "lgscheduler", "wq_uploader",
         "turnstile_svc", "hmi_eng", "frontdesk", "tech_rivera", "ops_nguyen", "dosing_bot"]

# (type name, key words, kind, description)
TYPES = [
    ("chem_log_portal_password", "chem log portal password", "pw",
     "owner-chosen password of the pool-service chemical-log portal (chlorine, pH, saturation index readings)"),
    ("lifeguard_roster_admin_password", "lifeguard roster admin password", "pw",
     "owner-chosen password of the lifeguard scheduling / roster admin account"),
    ("chlorinator_controller_web_password", "chlorinator controller web password", "pw",
     "owner-chosen password of the salt-chlorinator / automation controller local web UI"),
    ("health_report_sftp_password", "health report sftp password", "pw",
     "owner-chosen password of the SFTP drop for health-department water-quality reports"),
    ("turnstile_controller_admin_password", "turnstile controller admin password", "pw",
     "owner-chosen password of the membership turnstile / access controller"),
    ("wave_plc_hmi_engineering_password", "wave plc hmi engineering password", "pw",
     "owner-chosen engineering password of the wave-machine / slide PLC HMI"),
    ("lesson_waitlist_api_key", "lesson waitlist api key", "key",
     "`swl_live_` + 32 alphanumerics, swim-lesson enrolment / waitlist API key (prefix invented)"),
    ("wristband_topup_hmac_key", "wristband topup hmac key", "key",
     "64-hex HMAC key that signs RFID-wristband cashless top-up messages"),
    ("route_planner_service_jwt", "route planner service jwt", "key",
     "HS256 JWT (real base64url JSON header and payload, real HMAC) of the pool-service route planner"),
    ("pump_gateway_device_key", "pump gateway device key", "key",
     "Base64 (32 random bytes) shared access key of the pump / heater IoT gateway"),
    ("ticketing_webhook_signing_secret", "ticketing webhook signing secret", "key",
     "`tkwhsec_` + base64url (32 bytes) water-park ticketing webhook signing secret (prefix invented)"),
    ("cert_tracker_oauth_client_secret", "cert tracker oauth client secret", "key",
     "base64url (36 random bytes, 48 characters) OAuth client secret of the lifeguard-certification tracker"),
]


def gen_value(rng, tname):
    if tname.endswith("_password"):
        return owner_pw(rng)
    if tname == "lesson_waitlist_api_key":
        return "swl_live_" + rs(rng, ALNUM, 32)
    if tname == "wristband_topup_hmac_key":
        return rs(rng, HEX, 64)
    if tname == "route_planner_service_jwt":
        iat = 1735000000 + rng.randint(0, 20000000)
        payload = {"iss": "route-planner.aquaservice.lan", "sub": "svc-route-optimizer-%02d" % rng.randint(1, 40),
                   "aud": "pool-service-api", "iat": iat, "exp": iat + 31536000,
                   "scope": rng.choice(["routes:write chemlog:read", "routes:read stops:write", "routes:write techs:read"])}
        return jwt_hs256(rng, payload)
    if tname == "pump_gateway_device_key":
        return b64(rng, 32)
    if tname == "ticketing_webhook_signing_secret":
        return "tkwhsec_" + b64url(rng, 32)
    if tname == "cert_tracker_oauth_client_secret":
        return b64url(rng, 36)
    raise KeyError(tname)


# Container kinds: (name, key style, template).  Tokens: <<K>> styled key of the secret, <<V>> value slot,
# <<k:words>> a neighbour key in the same style, <<H>> host, <<U>> user, <<P>> port, <<N>> small number.
KINDS = [
    ("pool_route_api_dotenv_production", "upper",
     "# pool-route-api production\nNODE_ENV=production\n<<k:chem db host>>=<<H>>\n<<k:route worker user>>=<<U>>\n<<K>>=<<V>>\n<<k:stop batch size>>=<<N>>\n"),
    ("chem_log_django_settings_local_py", "upper",
     "# settings_local.py -- do not commit (it got committed)\nDEBUG = False\nALLOWED_HOSTS = [\"<<H>>\"]\n<<k:chemlog sync user>> = \"<<U>>\"\n<<K>> = \"<<V>>\"\nLSI_WARN_THRESHOLD = -0.3\n"),
    ("swim_lesson_rails_secrets_yml", "snake",
     "production:\n  <<k:lesson api host>>: <<H>>\n  <<k:enrolment sync user>>: <<U>>\n  <<K>>: \"<<V>>\"\n  <<k:waitlist max per class>>: <<N>>\n"),
    ("lifeguard_scheduler_symfony_parameters_yaml", "snake",
     "parameters:\n    <<k:roster mailer host>>: '<<H>>'\n    <<k:roster service user>>: '<<U>>'\n    <<K>>: '<<V>>'\n    <<k:shift overlap minutes>>: <<N>>\n"),
    ("chlorinator_esp32_arduino_secrets_h", "upper",
     "// secrets.h for the ESP32 ORP/pH bridge on the chlorinator\n#pragma once\n#define <<k:mqtt broker host>> \"<<H>>\"\n#define <<k:bridge user>> \"<<U>>\"\n#define <<K>> \"<<V>>\"\n#define <<k:sample interval s>> <<N>>\n"),
    ("pump_controller_home_assistant_secrets_yaml", "snake",
     "# secrets.yaml (Home Assistant, pump room)\n<<k:pool controller host>>: <<H>>\n<<k:pool controller user>>: <<U>>\n<<K>>: \"<<V>>\"\n<<k:heater min temp c>>: 26\n"),
    ("water_sensor_telegraf_conf", "snake",
     "[[outputs.http]]\n  url = \"https://<<H>>/ingest/wq\"\n  <<k:ingest user>> = \"<<U>>\"\n  <<K>> = \"<<V>>\"\n  data_format = \"json\"\n  timeout = \"<<N>>s\"\n"),
    ("water_quality_node_red_settings_js", "camel",
     "module.exports = {\n    uiPort: 1880,\n    <<k:chem probe host>>: \"<<H>>\",\n    <<k:chem probe user>>: \"<<U>>\",\n    <<K>>: \"<<V>>\",\n    flowFile: 'flows_pumproom.json'\n};\n"),
    ("health_report_uploader_powershell_ps1", "pascal",
     "# Upload-WaterQualityReport.ps1 (runs nightly on the office PC)\n$<<k:report host>> = '<<H>>'\n$<<k:report user>> = '<<U>>'\n$<<K>> = '<<V>>'\n$ReportDate = (Get-Date).AddDays(-1).ToString('yyyy-MM-dd')\n"),
    ("turnstile_gateway_windows_app_config", "pascal",
     "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"<<k:controller host>>\" value=\"<<H>>\" />\n    <add key=\"<<k:controller user>>\" value=\"<<U>>\" />\n    <add key=\"<<K>>\" value=\"<<V>>\" />\n    <add key=\"<<k:entry gate count>>\" value=\"<<N>>\" />\n  </appSettings>\n</configuration>\n"),
    ("membership_portal_nextjs_env_local", "upper",
     "# .env.local (membership portal)\nNEXT_PUBLIC_SITE_NAME=\"Splash City Members\"\n<<k:members api host>>=<<H>>\n<<K>>=\"<<V>>\"\n<<k:session max age>>=<<N>>\n"),
    ("lane_booking_express_config_json", "camel",
     "{\n  \"port\": 8080,\n  \"<<k:lane db host>>\": \"<<H>>\",\n  \"<<k:lane db user>>\": \"<<U>>\",\n  \"<<K>>\": \"<<V>>\",\n  \"<<k:lanes per slot>>\": <<N>>\n}\n"),
    ("wristband_pos_dotnet_appsettings_production_json", "pascal",
     "{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } },\n  \"Wristband\": {\n    \"<<k:topup host>>\": \"<<H>>\",\n    \"<<k:terminal user>>\": \"<<U>>\",\n    \"<<K>>\": \"<<V>>\",\n    \"<<k:max topup usd>>\": 200\n  }\n}\n"),
    ("ticketing_spring_boot_application_properties", "dot",
     "server.port=8443\nticketing.<<k:gate host>>=<<H>>\nticketing.<<k:gate user>>=<<U>>\nticketing.<<K>>=<<V>>\nticketing.<<k:daily capacity>>=<<N>>00\n"),
    ("wave_plc_opcua_gateway_ini", "snake",
     "[opcua]\nendpoint = opc.tcp://<<H>>:4840\n<<k:session user>> = <<U>>\n<<K>> = <<V>>\n\n[wave]\n<<k:pattern count>> = <<N>>\n"),
    ("slide_dispatch_codesys_gvl_st", "camel",
     "VAR_GLOBAL\n    sPlcHost : STRING := '<<H>>';\n    sHmiUser : STRING := '<<U>>';\n    s<<KP>> : STRING := '<<V>>';\n    iDispatchIntervalS : INT := <<N>>;\nEND_VAR\n"),
    ("heater_controller_go_config_yaml", "snake",
     "heater:\n  <<k:controller host>>: <<H>>\n  <<k:controller user>>: <<U>>\n  <<K>>: \"<<V>>\"\n  <<k:setpoint c>>: 28\n  <<k:poll seconds>>: <<N>>\n"),
    ("route_app_flutter_env_dart", "camel",
     "// lib/env.dart -- generated, then edited by hand\nclass Env {\n  static const String <<k:api host>> = '<<H>>';\n  static const String <<k:tech user>> = '<<U>>';\n  static const String <<K>> = '<<V>>';\n  static const int <<k:stops per day>> = <<N>>;\n}\n"),
    ("route_app_android_local_properties", "dot",
     "sdk.dir=/Users/dev/Library/Android/sdk\nroute.<<k:api host>>=<<H>>\nroute.<<k:tech user>>=<<U>>\nroute.<<K>>=<<V>>\n"),
    ("swim_app_ios_xcconfig", "upper",
     "// Release.xcconfig (swim lesson parent app)\nPRODUCT_BUNDLE_IDENTIFIER = com.swimacademy.parents\n<<k:lesson api host>> = <<H>>\n<<K>> = <<V>>\n<<k:min ios>> = 15.0\n"),
    ("lesson_waitlist_fastify_plugin_ts", "camel",
     "import fp from 'fastify-plugin';\n\nexport default fp(async (app) => {\n  app.decorate('waitlistCfg', {\n    <<k:host>>: '<<H>>',\n    <<k:user>>: '<<U>>',\n    <<K>>: '<<V>>',\n    <<k:max waitlist>>: <<N>>,\n  });\n});\n"),
    ("aquatic_k8s_secret_stringdata_yaml", "kebab",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: aquatic-backend\n  namespace: aquatics\ntype: Opaque\nstringData:\n  <<k:service host>>: <<H>>\n  <<K>>: \"<<V>>\"\n"),
    ("aquatic_helm_values_override_yaml", "camel",
     "# values-prod.yaml\nreplicaCount: <<N>>\nconfig:\n  <<k:backend host>>: <<H>>\n  <<k:backend user>>: <<U>>\n  <<K>>: \"<<V>>\"\n"),
    ("aquatic_terraform_tfvars_json", "snake",
     "{\n  \"region\": \"us-west-2\",\n  \"<<k:app host>>\": \"<<H>>\",\n  \"<<k:app user>>\": \"<<U>>\",\n  \"<<K>>\": \"<<V>>\",\n  \"<<k:instance count>>\": <<N>>\n}\n"),
    ("aquatic_pulumi_stack_config_yaml", "camel",
     "config:\n  aws:region: us-east-2\n  aquatic-infra:<<k:app host>>: <<H>>\n  aquatic-infra:<<K>>: <<V>>\n  aquatic-infra:<<k:node count>>: \"<<N>>\"\n"),
    ("pool_ops_ansible_inventory_ini", "snake",
     "[pumproom]\npumproom01 ansible_host=<<H>> ansible_user=<<U>> <<K>>=<<V>>\n\n[pumproom:vars]\n<<k:dosing interval>>=<<N>>\n"),
    ("waterpark_docker_compose_environment_yml", "upper",
     "services:\n  gate-api:\n    image: registry.wavecove.lan/gate-api:2.4\n    environment:\n      - <<k:gate host>>=<<H>>\n      - <<k:gate user>>=<<U>>\n      - <<K>>=<<V>>\n      - <<k:workers>>=<<N>>\n"),
    ("chem_dosing_systemd_dropin_conf", "upper",
     "# /etc/systemd/system/chem-dosing.service.d/override.conf\n[Service]\nEnvironment=<<k:dosing host>>=<<H>>\nEnvironment=<<k:dosing user>>=<<U>>\nEnvironment=\"<<K>>=<<V>>\"\nRestartSec=<<N>>\n"),
    ("water_sensor_supervisord_conf", "upper",
     "[program:wq-collector]\ncommand=/opt/wq/bin/collector --interval <<N>>\nuser=<<U>>\nenvironment=<<k:collector host>>=\"<<H>>\",<<K>>=\"<<V>>\"\nautorestart=true\n"),
    ("ticketing_github_actions_env_block_yml", "upper",
     "name: deploy-ticketing\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      <<k:gate host>>: <<H>>\n      <<K>>: <<V>>\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./scripts/deploy.sh\n"),
    ("health_report_jenkinsfile_environment", "upper",
     "pipeline {\n  agent any\n  environment {\n    <<k:report host>> = '<<H>>'\n    <<k:report user>> = '<<U>>'\n    <<K>> = '<<V>>'\n  }\n  stages { stage('upload') { steps { sh './upload_wq_reports.sh' } } }\n}\n"),
    ("lane_booking_php_config_array_php", "snake",
     "<?php\nreturn [\n    '<<k:db host>>' => '<<H>>',\n    '<<k:db user>>' => '<<U>>',\n    '<<K>>' => '<<V>>',\n    '<<k:lanes>>' => <<N>>,\n];\n"),
    ("certification_sync_python_config_toml", "snake",
     "[cert_sync]\n<<k:tracker host>> = \"<<H>>\"\n<<k:tracker user>> = \"<<U>>\"\n<<K>> = \"<<V>>\"\n<<k:expiry warn days>> = 30\n"),
    ("wave_scada_ignition_tag_json", "camel",
     "{\n  \"tagType\": \"Folder\",\n  \"name\": \"WavePool\",\n  \"parameters\": {\n    \"<<k:plc host>>\": \"<<H>>\",\n    \"<<k:plc user>>\": \"<<U>>\",\n    \"<<K>>\": \"<<V>>\",\n    \"<<k:pattern slot>>\": <<N>>\n  }\n}\n"),
    ("pump_telemetry_vector_toml", "snake",
     "[sinks.pumproom_http]\ntype = \"http\"\ninputs = [\"pump_metrics\"]\nuri = \"https://<<H>>/v1/metrics\"\n<<k:sink user>> = \"<<U>>\"\n<<K>> = \"<<V>>\"\n"),
    ("wristband_topup_openresty_conf", "snake",
     "location /topup {\n    set $<<k:upstream host>> \"<<H>>\";\n    set $<<K>> \"<<V>>\";\n    access_by_lua_file /etc/openresty/topup_auth.lua;\n    proxy_pass http://$<<k:upstream host>>:<<N>>80;\n}\n"),
    ("lesson_enrolment_elixir_runtime_exs", "snake",
     "import Config\n\nconfig :swim_lessons, SwimLessons.Enrolment,\n  <<k:api host>>: \"<<H>>\",\n  <<k:api user>>: \"<<U>>\",\n  <<K>>: \"<<V>>\",\n  <<k:class size>>: <<N>>\n"),
    ("route_planner_rust_consts_rs", "upper",
     "// src/config.rs\npub const <<k:planner host>>: &str = \"<<H>>\";\npub const <<k:planner user>>: &str = \"<<U>>\";\npub const <<K>>: &str = \"<<V>>\";\npub const <<k:max stops>>: usize = <<N>>;\n"),
    ("chem_log_jupyter_notebook_cell", "snake",
     "In [<<N>>]:\nimport pandas as pd\n<<k:portal host>> = \"<<H>>\"\n<<K>> = \"<<V>>\"\ndf = pd.read_csv(\"chem_readings_2025.csv\")\ndf[[\"free_cl\", \"ph\", \"lsi\"]].describe()\n"),
    ("pool_tech_zsh_history", "upper",
     ": 1741<<N>>0000:0;cd ~/route-tools\n: 1741<<N>>0042:0;export <<k:route host>>=<<H>>\n: 1741<<N>>0051:0;export <<K>>='<<V>>'\n: 1741<<N>>0063:0;./sync_stops.sh --day mon\n"),
    ("service_tech_whatsapp_message", "spaced",
     "[07:<<N>>, 14/05] Marco (route 3): morning! new <<K>> for <<H>> is <<V>> - the old one stopped working after the update\n[07:<<N>>, 14/05] Dana: thx 👍\n"),
    ("pump_room_whiteboard_photo_ocr", "title",
     "PUMP ROOM - DO NOT ERASE\nFilter PSI clean: 12  /  backwash at 20\n<<K>>: <<V>>\nHost: <<H>>\nCall Dana if salt cell alarm\n"),
    ("aquatics_director_email_to_vendor", "spaced",
     "Subject: Re: controller access for the service visit\n\nHi Tom,\n\nfor Thursday's visit the <<K>> is <<V>> (user <<U>> on <<H>>). Please change it once you're done.\n\nBest,\nAngela\nAquatics Director, Splash City\n"),
    ("guard_room_teams_chat_paste", "spaced",
     "Jordan Lee 6:<<N>> AM\n@Sam the <<K>> is <<V>>\nSam Ortiz 6:<<N>> AM\ngot it, logging into <<H>> now\n"),
    ("lane_booking_sentry_event_json", "snake",
     "{\n  \"event_id\": \"<<EVID>>\",\n  \"level\": \"error\",\n  \"message\": \"ConnectionError: upstream <<H>> refused\",\n  \"extra\": {\n    \"<<k:upstream user>>\": \"<<U>>\",\n    \"<<K>>\": \"<<V>>\"\n  }\n}\n"),
]


def fill(tpl, style, key_words, rng, evid):
    def nk(m):
        return keyname(m.group(1).split(), style)
    t = re.sub(r"<<k:([a-z ]+)>>", nk, tpl)
    t = t.replace("<<KP>>", keyname(key_words, "pascal"))
    t = t.replace("<<K>>", keyname(key_words, style))
    t = t.replace("<<H>>", rng.choice(HOSTS)).replace("<<U>>", rng.choice(USERS))
    t = t.replace("<<N>>", str(rng.randint(10, 59))).replace("<<EVID>>", evid)
    t = t.replace("<<V>>", MARK)
    return t


def build(reg, start_index=1):
    rng = random.Random(SEED)
    out = []
    i = start_index
    for k, (kname, style, tpl) in enumerate(KINDS):
        for j in range(4):
            t = (7 * k + 5 * j + k // 12) % 12
            tname, words, _, _ = TYPES[t]
            value = reg.draw(gen_value, rng, tname)
            evid = rs(rng, HEX, 32)
            reg.add(evid)
            text = fill(tpl, style, split_words(words), rng, evid)
            out.append(rec("p171-s-%04d" % i, tname, kname, text, value, "everyday"))
            i += 1
    return out
