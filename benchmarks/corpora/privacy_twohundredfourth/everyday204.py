"""Everyday source: 12 secret types x 45 container kinds, 4 records per kind."""
import base64
import random

from common204 import (B62, B64URL, CROCKFORD, HEX, MARK, b62_int, b64, b64u, crc32_b62,
                       crockford_check, jwt, password, rbytes, record, rs, style_key, uuid4)

SEED = 20401
PAIR_SEED = 20411

# (type, key words, description, generator kind)
TYPES = [
    ("timetable_publisher_admin_password", ["timetable", "admin", "password"],
     "owner-chosen admin password of the crossing-timetable and sailings publisher", "pw"),
    ("vehicle_deck_booking_db_password", ["deck", "booking", "db", "password"],
     "owner-chosen password of the database behind vehicle-deck and foot-passenger ticketing", "pw"),
    ("passenger_manifest_db_password", ["manifest", "db", "password"],
     "owner-chosen password of the manifest and passenger-count database", "pw"),
    ("pilot_boarding_portal_password", ["pilot", "portal", "password"],
     "owner-chosen password of the pilot boarding-request and tide-window portal", "pw"),
    ("berth_allocation_admin_password", ["berth", "admin", "password"],
     "owner-chosen admin password of the berth and slipway allocation tool", "pw"),
    ("crew_certificate_tracker_password", ["crew", "certs", "password"],
     "owner-chosen password of the crew certificate and drill tracker", "pw"),
    ("resident_card_api_token", ["resident", "card", "token"],
     "`rsc_` + 30 base62 + 6 base62 of the real CRC-32 of the 30-character body, API token of the island resident-card service (prefix and checksum invented)", "rsc"),
    ("vessel_wireguard_private_key", ["vessel", "wg", "private", "key"],
     "standard Base64 of a clamped 32-byte Curve25519 private key (44 characters, one `=`), WireGuard key of the ship-to-shore tunnel", "wg"),
    ("season_pass_qr_signing_secret", ["season", "pass", "signing", "secret"],
     "`spq_` + base64url of 32 random bytes (43 characters), signs the QR codes on season passes (prefix invented)", "spq"),
    ("port_return_webhook_secret", ["port", "returns", "webhook", "secret"],
     "`prw_v1_` + 48 lower-case hex, signing secret of the port-authority returns webhooks (prefix invented)", "prw"),
    ("ticketing_session_jwt", ["ticketing", "session", "jwt"],
     "HS384 JWT (real base64url JSON, real HMAC-SHA384 under a discarded key), session token of the ticketing back office", "jwt"),
    ("tide_window_api_key", ["tide", "window", "api", "key"],
     "`TDW-` + four groups of 5 Crockford Base32 characters + `-` + a real Crockford mod-37 check symbol, key of the tide-window service (layout invented)", "tdw"),
]
TYPE_NAMES = [t[0] for t in TYPES]


def gen_value(kind, rng):
    if kind == "pw":
        return password(rng)
    if kind == "rsc":
        body = rs(rng, B62, 30)
        return "rsc_" + body + crc32_b62(body)
    if kind == "wg":
        b = bytearray(rbytes(rng, 32))
        b[0] &= 248
        b[31] &= 127
        b[31] |= 64
        return b64(bytes(b))
    if kind == "spq":
        return "spq_" + b64u(rbytes(rng, 32))
    if kind == "prw":
        return "prw_v1_" + rs(rng, HEX, 48)
    if kind == "jwt":
        iat = 1767000000 + rng.randrange(9000000)
        payload = {"sub": "agent-%d" % rng.randrange(100, 999), "desk": rng.choice(["ticket-office", "kiosk-2", "linkspan-gate"]),
                   "iat": iat, "exp": iat + 28800, "jti": uuid4(rng)}
        return jwt(rng, {"alg": "HS384", "typ": "JWT"}, payload, alg_key=rbytes(rng, 48))
    if kind == "tdw":
        body = rs(rng, CROCKFORD, 20)
        return "TDW-" + "-".join(body[i:i + 5] for i in range(0, 20, 5)) + "-" + crockford_check(body)
    raise ValueError(kind)


HOSTS = ["quay.lan", "ferryco.internal", "harbour.example", "islandlink.example", "pilotage.lan", "slipway.internal"]
USERS = ["deckops", "svc_sailings", "purser_app", "pilot_desk", "berthmaster", "crewcerts", "ticketing", "harbour_ro"]
ROUTES = ["Oban-Craignure", "Ardrossan-Brodick", "Lymington-Yarmouth", "Stromness-Scrabster", "Cowes-Southampton",
          "Largs-Cumbrae", "Tobermory-Kilchoan", "Mallaig-Armadale"]

# (name, key style, template) -- @K@ key, @V@ value, @H@ host, @U@ user, @R@ route, @N@ number
CONTAINERS = [
    ("timetable_nuxt_env", "upper",
     "# .env  (timetable publisher, Nuxt 3)\nNUXT_PUBLIC_SITE_URL=https://timetables.@H@\nNUXT_GTFS_FEED=/data/gtfs/@N@.zip\nNUXT_@K@=@V@\nNUXT_PUBLIC_DEFAULT_ROUTE=@R@\n"),
    ("timetable_laravel_config_services_php", "snake",
     "<?php\n// config/services.php\nreturn [\n    'sailings' => [\n        'base_url' => 'https://sailings.@H@',\n        'user' => '@U@',\n        '@K@' => '@V@',\n        'cache_ttl' => @N@,\n    ],\n];\n"),
    ("sailings_fastapi_pydantic_settings_py", "snake",
     "from pydantic_settings import BaseSettings\n\n\nclass Settings(BaseSettings):\n    route_code: str = \"@R@\"\n    db_user: str = \"@U@\"\n    @K@: str = \"@V@\"\n    poll_seconds: int = @N@\n"),
    ("sailings_spring_boot_application_properties", "dot",
     "# application-prod.properties\nspring.application.name=sailings-api\nsailings.db.host=db.@H@\nsailings.db.user=@U@\nsailings.@K@=@V@\nserver.port=80@N@\n"),
    ("ticketing_nestjs_config_module_ts", "camel",
     "// src/config/ticketing.config.ts\nimport { registerAs } from '@nestjs/config';\n\nexport default registerAs('ticketing', () => ({\n  host: 'tickets.@H@',\n  user: '@U@',\n  @K@: '@V@',\n  seatHoldSeconds: @N@,\n}));\n"),
    ("ticketing_django_local_settings_py", "upper",
     "# local_settings.py (ticket office)\nDEBUG = False\nALLOWED_HOSTS = [\"tickets.@H@\"]\nTICKET_DESK_USER = \"@U@\"\n@K@ = \"@V@\"\nSAILING_CUTOFF_MINUTES = @N@\n"),
    ("vehicle_deck_quarkus_application_properties", "dot",
     "# src/main/resources/application.properties\nquarkus.http.port=80@N@\nquarkus.datasource.username=@U@\ndeckplan.@K@=@V@\ndeckplan.lane.count=12\n"),
    ("vehicle_deck_go_viper_config_yaml", "snake",
     "# config.yaml (deckplan service, loaded with viper)\nlisten: \":80@N@\"\nroute: @R@\nstore:\n  host: deckdb.@H@\n  user: @U@\n  @K@: \"@V@\"\n"),
    ("manifest_rails_database_yml", "snake",
     "# config/database.yml\nproduction:\n  adapter: postgresql\n  host: manifest-db.@H@\n  username: @U@\n  @K@: \"@V@\"\n  pool: @N@\n"),
    ("manifest_symfony_dotenv_local", "upper",
     "###> manifest app ###\nAPP_ENV=prod\nMANIFEST_DSN_HOST=manifest.@H@\nMANIFEST_USER=@U@\n@K@='@V@'\n###< manifest app ###\n"),
    ("pilot_dispatch_bun_env_production", "upper",
     "# .env.production (pilot dispatch, Bun)\nPORT=30@N@\nPILOT_STATION=@R@\n@K@=\"@V@\"\nLOG_LEVEL=info\n"),
    ("pilot_dispatch_vapor_dotenv_production", "upper",
     "# .env.production (Vapor pilot-request API)\nDATABASE_HOST=pilotdb.@H@\nDATABASE_USERNAME=@U@\n@K@=@V@\nBOARDING_WINDOW_MINUTES=@N@\n"),
    ("berth_allocation_aspnet_user_secrets_json", "pascal",
     "{\n  \"BerthPlanner:Host\": \"berths.@H@\",\n  \"BerthPlanner:User\": \"@U@\",\n  \"BerthPlanner:@K@\": \"@V@\",\n  \"BerthPlanner:SlipwayCount\": @N@\n}\n"),
    ("berth_allocation_ktor_application_yaml", "camel",
     "ktor:\n  deployment:\n    port: 80@N@\nberths:\n  harbour: \"@R@\"\n  dbUser: \"@U@\"\n  @K@: \"@V@\"\n"),
    ("crew_certs_flutter_dart_define_json", "upper",
     "{\n  \"CERTS_API_URL\": \"https://crew.@H@/api\",\n  \"CERTS_USER\": \"@U@\",\n  \"@K@\": \"@V@\",\n  \"DRILL_REMINDER_DAYS\": \"@N@\"\n}\n"),
    ("crew_certs_react_native_config_env", "upper",
     "# .env (react-native-config, crew drills app)\nAPI_BASE=https://drills.@H@\n@K@=@V@\nSYNC_INTERVAL=@N@\n"),
    ("season_pass_android_local_properties", "dot",
     "## local.properties (season-pass app)\nsdk.dir=/home/@U@/Android/Sdk\nseasonpass.api.host=passes.@H@\nseasonpass.@K@=@V@\n"),
    ("season_pass_ios_info_plist", "pascal",
     "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>PassApiHost</key>\n  <string>passes.@H@</string>\n  <key>@K@</key>\n  <string>@V@</string>\n  <key>PassRoute</key>\n  <string>@R@</string>\n</dict>\n</plist>\n"),
    ("resident_card_supabase_functions_env", "upper",
     "# supabase/functions/.env\nRESIDENT_CARD_REGION=@R@\n@K@=@V@\nRESIDENT_DISCOUNT_PCT=@N@\n"),
    ("resident_card_firebase_runtimeconfig_json", "snake",
     "{\n  \"residents\": {\n    \"island\": \"@R@\",\n    \"@K@\": \"@V@\",\n    \"discount_pct\": \"@N@\"\n  }\n}\n"),
    ("ais_feed_node_red_flows_cred_json", "camel",
     "{\n  \"7f3a@N@.aisin\": {\n    \"user\": \"@U@\",\n    \"@K@\": \"@V@\"\n  }\n}\n"),
    ("ais_feed_telegraf_conf", "snake",
     "[[inputs.socket_listener]]\n  service_address = \"udp://:10110\"\n  data_format = \"value\"\n\n[[outputs.http]]\n  url = \"https://ais.@H@/ingest\"\n  username = \"@U@\"\n  @K@ = \"@V@\"\n"),
    ("ais_feed_vector_toml", "snake",
     "[sources.nmea]\ntype = \"socket\"\nmode = \"udp\"\naddress = \"0.0.0.0:10110\"\n\n[sinks.aishub]\ntype = \"http\"\ninputs = [\"nmea\"]\nuri = \"https://ais.@H@/v1\"\nauth.strategy = \"bearer\"\n@K@ = \"@V@\"\n"),
    ("port_returns_airflow_connections_yaml", "snake",
     "port_authority_returns:\n  conn_type: http\n  host: returns.@H@\n  login: @U@\n  extra:\n    @K@: \"@V@\"\n    batch_size: @N@\n"),
    ("ticketing_api_json_debug_log_line", "camel",
     "{\"level\":\"debug\",\"ts\":\"2026-0@N@\",\"msg\":\"loaded config\",\"service\":\"ticketing-api\",\"host\":\"tickets.@H@\",\"@K@\":\"@V@\",\"route\":\"@R@\"}\n"),
    ("tide_windows_grafana_datasource_yaml", "camel",
     "apiVersion: 1\ndatasources:\n  - name: tide-windows\n    type: marcusolsson-json-datasource\n    url: https://tides.@H@\n    basicAuthUser: @U@\n    secureJsonData:\n      @K@: \"@V@\"\n"),
    ("harbour_ops_ansible_group_vars_yml", "snake",
     "# group_vars/ferry_terminals.yml\nterminal_route: \"@R@\"\nservice_user: \"@U@\"\n@K@: \"@V@\"\nntp_server: ntp.@H@\n"),
    ("harbour_ops_pulumi_stack_yaml", "camel",
     "config:\n  aws:region: eu-west-2\n  ferryops:route: @R@\n  ferryops:@K@: \"@V@\"\n  ferryops:dbUser: @U@\n"),
    ("harbour_ops_kubernetes_secret_stringdata_yaml", "upper",
     "apiVersion: v1\nkind: Secret\nmetadata:\n  name: sailings-env\n  namespace: ferry\ntype: Opaque\nstringData:\n  DB_USER: @U@\n  @K@: \"@V@\"\n"),
    ("harbour_ops_nomad_job_hcl_env", "upper",
     "job \"deckplan\" {\n  group \"api\" {\n    task \"server\" {\n      env {\n        ROUTE = \"@R@\"\n        @K@ = \"@V@\"\n      }\n    }\n  }\n}\n"),
    ("harbour_ops_github_actions_workflow_env", "upper",
     "name: publish-timetable\non: [push]\nenv:\n  SITE_HOST: timetables.@H@\n  @K@: \"@V@\"\njobs:\n  build:\n    runs-on: ubuntu-latest\n"),
    ("harbour_ops_bitbucket_pipelines_yml", "upper",
     "pipelines:\n  branches:\n    main:\n      - step:\n          name: deploy manifests\n          script:\n            - export DEPLOY_USER=@U@\n            - export @K@='@V@'\n            - ./deploy.sh @R@\n"),
    ("harbour_ops_jenkinsfile_environment", "upper",
     "pipeline {\n  agent any\n  environment {\n    ROUTE = '@R@'\n    @K@ = '@V@'\n  }\n  stages { stage('deploy') { steps { sh './deploy.sh' } } }\n}\n"),
    ("harbour_ops_powershell_profile_ps1", "pascal",
     "# Microsoft.PowerShell_profile.ps1 (ops laptop)\n$env:FerryHost = \"ops.@H@\"\n$env:@K@ = '@V@'\nSet-Location C:\\ferry\\scripts\n"),
    ("harbour_ops_fish_history", "upper",
     "- cmd: cd ~/src/deckplan\n  when: 17694@N@\n- cmd: set -x @K@ '@V@'\n  when: 17694@N@\n- cmd: make migrate ROUTE=@R@\n  when: 17694@N@\n"),
    ("harbour_ops_direnv_envrc", "upper",
     "# .envrc\nexport ROUTE=@R@\nexport DB_USER=@U@\nexport @K@='@V@'\nlayout python3\n"),
    ("vessel_gateway_openwrt_uci_config", "snake",
     "config shoreside 'uplink'\n\toption host 'gw.@H@'\n\toption user '@U@'\n\toption @K@ '@V@'\n\toption interval '@N@'\n"),
    ("vessel_gateway_esphome_secrets_yaml", "snake",
     "# secrets.yaml (bridge sensors)\nwifi_ssid: \"MV-@N@-Crew\"\napi_host: \"sensors.@H@\"\n@K@: \"@V@\"\n"),
    ("deckhands_signal_group_export", "spaced",
     "[09:4@N@] Morag: anyone got the @K@? relief purser can't get in\n[09:47] Eilidh: @V@\n[09:48] Morag: ta, deleting this after the 10:15 sailing\n"),
    ("ferry_dev_slack_thread_paste", "spaced",
     "Callum  11:02\nfor the @R@ cutover the @K@ is @V@ (rotating after the weekend)\nIona  11:04\n:thumbsup: got it\n"),
    ("pilot_station_teams_chat_copy", "spaced",
     "[14:2@N@] Duty Pilot Desk\nNew laptop on the launch. @K@: @V@\n[14:31] Coxswain\nok, logged in\n"),
    ("ticket_office_zendesk_ticket_comment", "spaced",
     "Internal note #@N@\nCustomer cannot see their car-deck booking on @R@. I reset the integration; @K@ now @V@ - please don't paste this in the public reply.\n"),
    ("bridge_whiteboard_photo_ocr", "title",
     "WHEELHOUSE BOARD  (photo IMG_20@N@)\nROUTE: @R@\nLOOKOUT ROTA - see crew app\n@K@ = @V@\nDRILL: ABANDON SHIP THURS 1400\n"),
    ("crossing_ops_excel_csv_export", "title",
     "System,Owner,Field,Value,Notes\nDeckplan,@U@,Host,deck.@H@,\nDeckplan,@U@,@K@,@V@,rotate quarterly\nDeckplan,@U@,Route,@R@,\n"),
    ("ferry_it_confluence_runbook_page", "title",
     "Runbook: night-before sailing checks (@R@)\n1. Log in to the back office at https://ops.@H@\n2. @K@: @V@\n3. Confirm the manifest export ran (expect ~@N@ rows)\n"),
]
SPARE_CONTAINER = ("harbour_ops_taskfile_yml", "upper")


def pairing():
    """15 blocks of 3 kinds; each block deals a seeded permutation of the 12 types, 4 per kind."""
    rng = random.Random(PAIR_SEED)
    out = []
    for b in range(15):
        perm = list(range(12))
        rng.shuffle(perm)
        for j in range(3):
            out.append(perm[4 * j:4 * j + 4])
    return out


def build(reg):
    rng = random.Random(SEED)
    recs = []
    pairs = pairing()
    for ci, (cname, style, tpl) in enumerate(CONTAINERS):
        for ti in pairs[ci]:
            tname, words, _desc, kind = TYPES[ti]
            value = reg.draw(lambda: gen_value(kind, rng))
            key = style_key(words, style)
            t = tpl
            for tok, val in (("@K@", key), ("@H@", rng.choice(HOSTS)), ("@U@", rng.choice(USERS)),
                             ("@R@", rng.choice(ROUTES))):
                t = t.replace(tok, val)
            while "@N@" in t:
                t = t.replace("@N@", str(rng.randint(10, 99)), 1)
            t = t.replace("@V@", MARK)
            recs.append(record(None, tname, cname, t, value, "everyday"))
    return recs
