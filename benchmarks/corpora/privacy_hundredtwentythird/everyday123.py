"""Everyday transit-world containers x 4 records."""
import common123
TYPES = [  # (type, key stem, generator)
    ("transit_avl_db_password", "avl_db_password", lambda g: g.pw()),
    ("transit_gtfs_rt_feed_api_key", "gtfsrt_feed_key", lambda g: g.hex(32)),
    ("transit_fare_backend_hmac_secret", "fare_hmac_secret", lambda g: g.b64(32)),
    ("transit_depot_cmms_password", "cmms_password", lambda g: g.pw()),
    ("transit_trip_planner_api_token", "planner_token", lambda g: "tpk_" + g.an(40)),
    ("transit_pid_display_mqtt_secret", "pid_mqtt_secret", lambda g: g.an(28)),
    ("transit_crew_roster_db_password", "roster_db_password", lambda g: g.pw()),
    ("transit_ticket_validator_signing_key", "validator_signing_key", lambda g: g.hex(64)),
    ("transit_maas_oauth_client_secret", "maas_client_secret", lambda g: g.b64u(48)),
    ("transit_fare_gateway_sftp_password", "fare_sftp_password", lambda g: g.pw()),
    ("transit_apc_bucket_secret_key", "apc_bucket_secret_key", lambda g: g.s(common123.AN + "+/", 40)),
    ("transit_rider_app_session_jwt", "rider_session_jwt", None),
]

def up(k): return k.upper()
def camel(k):
    p = k.split("_"); return p[0] + "".join(x.capitalize() for x in p[1:])
def kebab(k): return k.replace("_", "-")

# (kind, template); {K} upper, {c} camel, {k} snake, {b} kebab, {v} value
KINDS = [
 ("gtfs_rt_poller_dotenv_file", "# poller for vehicle positions\nFEED_URL=https://feeds.transit.example.com/rt/vp.pb\n{K}={v}\nPOLL_SECONDS=15\n"),
 ("onebusaway_data_sources_xml_bean", '<bean id="gtfsRealtimeSource" class="org.onebusaway.transit_data_federation.impl.realtime.gtfs_realtime.GtfsRealtimeSource">\n  <property name="{c}" value="{v}"/>\n</bean>\n'),
 ("opentripplanner_router_config_updater", '{\n  "updaters": [{\n    "type": "stop-time-updater",\n    "url": "https://rt.example.net/tripupdates",\n    "headers": { "{b}": "{v}" }\n  }]\n}\n'),
 ("gtfs_validator_ci_step_env", "- name: Validate GTFS\n  run: java -jar gtfs-validator.jar -i feed.zip -o out\n  env:\n    {K}: {v}\n"),
 ("netex_export_job_properties", "netex.export.codespace=RBX\nnetex.export.{k}={v}\nnetex.export.target=s3://netex-archive\n"),
 ("siri_vm_subscriber_spring_yaml", "siri:\n  subscriber:\n    endpoint: https://siri.example.org/vm\n    {c}: {v}\n    heartbeat: PT60S\n"),
 ("fare_backend_appsettings_json", '{\n  "FareEngine": {\n    "Region": "north",\n    "{c}": "{v}"\n  }\n}\n'),
 ("ticket_validator_firmware_ini", "[validator]\nstation=STN-0412\n{k}={v}\nreader=desfire\n"),
 ("pid_display_controller_lua_conf", 'local cfg = {\n  broker = "mqtts://pid.example.internal",\n  {k} = "{v}",\n}\nreturn cfg\n'),
 ("passenger_info_signage_player_xml", '<player id="PIS-17">\n  <source>https://pis.example.com/departures</source>\n  <{k}>{v}</{k}>\n</player>\n'),
 ("avl_cad_service_windows_registry_export", 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\TransitAVL\\Gateway]\n"{c}"="{v}"\n'),
 ("crew_scheduler_django_settings_py", "# crew rostering service\nROSTER_REGION = 'depot-east'\n{K} = '{v}'\n"),
 ("depot_maintenance_maximo_mxe_properties", "mxe.int.dfltuser=mxintadm\nmxe.depot.{k}={v}\nmxe.db.schemaowner=maximo\n"),
 ("rolling_stock_telemetry_telegraf_toml", '[[outputs.influxdb_v2]]\n  urls = ["http://telemetry.depot.internal:8086"]\n  {k} = "{v}"\n'),
 ("signalling_historian_odbc_ini", "[SignalHistorian]\nDriver=PostgreSQL Unicode\nServer=10.40.2.11\n{k}={v}\n"),
 ("trip_planner_nextjs_env_local", "NEXT_PUBLIC_MAP_STYLE=transit-light\n{K}={v}\n"),
 ("maas_gateway_kong_declarative_yaml", "consumers:\n  - username: maas-partner-a\n    plugins:\n      - name: request-transformer\n        config:\n          add:\n            headers: [\"{b}:{v}\"]\n"),
 ("rider_app_android_local_properties", "sdk.dir=/opt/android-sdk\n{k}={v}\n"),
 ("rider_app_ios_xcconfig", "TRANSIT_API_HOST = api.transit.example.com\n{K} = {v}\n"),
 ("gtfs_feed_publisher_makefile", "publish:\n\tcurl -fsS -X POST https://feeds.example.com/upload \\\n\t  -H '{b}: {v}' -F feed=@gtfs.zip\n"),
 ("fare_clearing_airflow_variables_json", '{\n  "fare_clearing_bucket": "clearing-eu",\n  "{k}": "{v}"\n}\n'),
 ("apc_counting_sensor_docker_compose", "services:\n  apc-ingest:\n    image: apc/ingest:4.2\n    environment:\n      - {K}={v}\n"),
 ("depot_yard_plc_gateway_node_red_flow", '[{"id":"a1f","type":"mqtt-broker","name":"yard","credentials":{"{c}":"{v}"}}]\n'),
 ("journey_planner_kotlin_build_gradle_kts", 'android {\n  defaultConfig {\n    buildConfigField("String", "{K}", "\\"{v}\\"")\n  }\n}\n'),
 ("timetable_import_powershell_script", "$env:{K} = '{v}'\n.\\Import-Timetable.ps1 -Season winter\n"),
 ("transit_ops_fish_config_line", "set -gx {K} {v}\n"),
 ("vehicle_onboard_router_config_cli", "config system interface\n  set name wwan0\n  set {b} {v}\nend\n"),
 ("fare_reconciliation_sql_agent_job_step", "-- step 2 of nightly reconciliation\nEXEC dbo.usp_PullSettlement @endpoint = 'https://acq.example.com', @{c} = '{v}';\n"),
 ("gtfs_shapes_qgis_project_datasource", "<datasource>dbname='gtfs' host=gis.transit.internal port=5432 user='gis' {k}='{v}' table=\"public\".\"shapes\"</datasource>\n"),
 ("railway_ops_tmux_session_history", "  4021  cd ~/ops/crew\n  4022  export {K}='{v}'\n  4023  ./roster-sync --day tomorrow\n"),
 ("bus_depot_ansible_host_vars", "---\ndepot_code: WLD\n{k}: \"{v}\"\n"),
 ("tram_control_nomad_job_hcl", 'task "rt-bridge" {\n  env {\n    {K} = "{v}"\n  }\n}\n'),
 ("station_kiosk_electron_config_json", '{\n  "kioskId": "KSK-88",\n  "{c}": "{v}"\n}\n'),
 ("crew_app_flutter_dart_env", "const String {c} = '{v}';\n"),
 ("transit_data_dbt_profiles_env_override", "export DBT_ENV_SECRET_{K}='{v}'\ndbt run --select marts.ridership\n"),
 ("rail_asset_registry_helm_values", "registry:\n  replicas: 2\n  {c}: {v}\n"),
 ("gtfs_rt_protobuf_fetch_python_snippet", "import requests\nresp = requests.get('https://rt.example.org/gtfsrt/alerts', headers={'{b}': '{v}'})\n"),
 ("fare_backend_go_config_struct_literal", 'var cfg = Config{\n\tRegion: "south",\n\t{C}: "{v}",\n}\n'),
 ("depot_wiki_dokuwiki_page", "====== Depot server notes ======\n  * host: cmms.depot.internal\n  * {k}: {v}\n"),
 ("control_room_teamspeak_like_chat_log", "[06:12] <ops-lead> night shift, use this for the feed box: {v}\n[06:13] <dispatcher2> ok thx\n"),
 ("agency_open_data_helpdesk_ticket", "Ticket #44817 (GTFS-RT outage)\nCustomer wrote: our poller is failing, we set {k} to {v} as instructed, still 401.\n"),
 ("rail_ops_handover_email_body", "Hi Jonas,\n\nfor the weekend possession the {k} is {v} - please rotate after Monday.\n\nThanks, Mira\n"),
 ("transit_hackathon_notebook_cell_output", "In [7]: print(cfg['{k}'])\n{v}\n"),
 ("signalling_fat_test_report_table", "| item | value |\n|---|---|\n| test rig | IXL-B |\n| {k} | {v} |\n"),
 ("fare_api_hoppscotch_environment_json", '[{"name":"fare-staging","variables":[{"key":"{k}","value":"{v}"}]}]\n'),
]

def generate(g):
    recs = []
    for ki, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            ti = (7 * ki + 5 * j) % len(TYPES)
            typ, stem, gen = TYPES[ti]
            if gen is None:
                v = g.jwt({"sub": "rider-" + g.digits(7), "iss": "https://auth.rider.example.com", "scope": "tickets:read tickets:buy", "exp": 1790000000 + g.r.randrange(10**6)})
            else:
                v = gen(g)
            C = "".join(x.capitalize() for x in stem.split("_"))
            pre, post = tpl.split("{v}")
            rep = lambda s: s.replace("{K}", stem.upper()).replace("{k}", stem).replace("{c}", camel(stem)).replace("{b}", kebab(stem)).replace("{C}", C)
            pre, post = rep(pre), rep(post)
            recs.append({"type": typ, "container": kind, "text": pre + v + post,
                         "secrets": [{"value": v, "start": len(pre), "end": len(pre) + len(v), "type": typ}], "source": "everyday"})
    return recs
