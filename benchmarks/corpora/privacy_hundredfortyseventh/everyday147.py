"""Everyday records: 45 container kinds x 4, 12 drone-world secret types."""
import random
from gen147 import *

TYPES = [
    ('uav_gcs_operator_password', 'gcs_operator_password', owner_pw),
    ('uav_companion_ssh_password', 'companion_ssh_password', owner_pw),
    ('uav_telemetry_radio_aes_key', 'telemetry_radio_aes_key', lambda r: hexs(r, 32)),
    ('uav_mavlink_signing_passphrase', 'mavlink_signing_passphrase', owner_pw),
    ('uav_fleet_api_token', 'fleet_api_token', lambda r: 'uft_' + s(r, ALNUM, 36)),
    ('uav_video_downlink_rtsp_password', 'downlink_rtsp_password', owner_pw),
    ('uav_imagery_bucket_secret_key', 'imagery_bucket_secret_key', lambda r: s(r, ALNUM + '/+', 40)),
    ('uav_dispatch_webhook_signing_secret', 'dispatch_webhook_secret', lambda r: 'ddwh_' + s(r, ALNUM, 40)),
    ('uav_remote_id_signing_key', 'remote_id_signing_key', lambda r: hexs(r, 64)),
    ('uav_maintenance_db_password', 'maintenance_db_password', owner_pw),
    ('uav_field_hotspot_passphrase', 'field_hotspot_passphrase', owner_pw),
    ('uav_airspace_client_secret', 'airspace_client_secret', lambda r: s(r, ALNUM, 48)),
]

# (kind, key style, template)  {K} key, {V} value
KINDS = [
    ('px4_params_file_line', 'upper', '# Onboard parameters for Vehicle 1\n1\t1\tCOM_RC_IN_MODE\t1\t6\n# companion helper reads this block too\n# {K}\t{V}\n1\t1\tMAV_SYS_ID\t1\t6\n'),
    ('ardupilot_lua_applet_local', 'snake', '-- scripts/fleet_hb.lua\nlocal FLEET_HOST = "fleet.example.com"\nlocal {K} = "{V}"\nlocal function update()\n  gcs:send_text(6, "hb")\n  return update, 1000\nend\nreturn update()\n'),
    ('qgroundcontrol_settings_ini', 'camel', '[LinkConfigurations]\ncount=1\nLink0\\name=SiK 915\n[FleetSync]\nserver=fleet.example.com\n{K}={V}\n'),
    ('mission_planner_config_xml', 'pascal', '<?xml version="1.0"?>\n<Config>\n  <BaudRate>57600</BaudRate>\n  <{K}>{V}</{K}>\n  <Language>en-GB</Language>\n</Config>\n'),
    ('mavproxy_mavinit_scr', 'upper', '# ~/.mavinit.scr\nset moddebug 1\nmodule load fleet_bridge\nfleet_bridge set {K} {V}\noutput add 10.20.0.5:14550\n'),
    ('mavsdk_python_mission_script', 'upper', 'import asyncio\nfrom mavsdk import System\n\n{K} = "{V}"  # TODO move out of repo\n\nasync def run():\n    drone = System()\n    await drone.connect(system_address="udp://:14540")\n'),
    ('ros2_node_params_yaml', 'snake', 'fleet_bridge_node:\n  ros__parameters:\n    fleet_host: fleet.example.com\n    {K}: "{V}"\n    publish_rate_hz: 5\n'),
    ('ros2_launch_py_parameter', 'snake', 'def generate_launch_description():\n    return LaunchDescription([\n        Node(package="uplink_bridge", executable="bridge",\n             parameters=[{"{K}": "{V}", "rate": 10}]),\n    ])\n'),
    ('companion_systemd_environment_file', 'upper', '# /etc/default/uav-companion\nMAVLINK_ENDPOINT=udp://127.0.0.1:14550\n{K}={V}\nLOG_LEVEL=info\n'),
    ('jetson_netplan_wifi_yaml', 'snake', 'network:\n  version: 2\n  wifis:\n    wlan0:\n      dhcp4: true\n      access-points:\n        "fieldkit-ap":\n          # {K}\n          password: "{V}"\n'),
    ('mediamtx_paths_yaml', 'camel', 'paths:\n  gimbal_cam:\n    source: rtsp://10.20.0.9:8554/main\n    # {K}\n    readPass: {V}\n    readUser: viewer\n'),
    ('gstreamer_rtspsrc_shell_script', 'upper', '#!/bin/sh\n{K}=\'{V}\'\ngst-launch-1.0 rtspsrc location=rtsp://10.20.0.9:8554/main latency=50 ! decodebin ! autovideosink\n'),
    ('opendronemap_nodeodm_compose_yaml', 'upper', 'services:\n  nodeodm:\n    image: opendronemap/nodeodm\n    environment:\n      - {K}={V}\n    ports: ["3000:3000"]\n'),
    ('webodm_local_settings_py', 'upper', '# webodm/local_settings.py\nDEBUG = False\nALLOWED_HOSTS = ["maps.example.com"]\n{K} = "{V}"\n'),
    ('photogrammetry_batch_job_json', 'camel', '{\n  "project": "quarry-north-2024",\n  "overlap": 0.8,\n  "{K}": "{V}",\n  "outputs": ["ortho", "dsm"]\n}\n'),
    ('metashape_python_script_constant', 'upper', 'import Metashape\n\ndoc = Metashape.Document()\n{K} = "{V}"\nchunk = doc.addChunk()\n'),
    ('tiling_pipeline_gnumakefile', 'upper', 'TILES_DIR := out/tiles\n{K} ?= {V}\n\ntiles:\n\tgdal2tiles.py -z 12-20 ortho.tif $(TILES_DIR)\n'),
    ('flight_log_uploader_go_const', 'camel', 'package uploader\n\nconst (\n\tlogBucket = "ulog-archive"\n\t{K} = "{V}"\n)\n'),
    ('fleet_dashboard_nextjs_env_local', 'upper', 'NEXT_PUBLIC_MAP_STYLE=streets\n{K}={V}\nFLEET_API_BASE=https://fleet.example.com/api\n'),
    ('fleet_api_pydantic_settings_class', 'snake', 'class Settings(BaseSettings):\n    fleet_name: str = "north-ops"\n    {K}: str = "{V}"\n    model_config = SettingsConfigDict(env_file=".env")\n'),
    ('maintenance_tracker_flask_cfg', 'upper', '# instance/maintenance.cfg\nSQLALCHEMY_TRACK_MODIFICATIONS = False\n{K} = \'{V}\'\nHOURS_BETWEEN_INSPECTIONS = 25\n'),
    ('delivery_dispatch_nestjs_config_ts', 'camel', 'export default () => ({\n  dispatch: {\n    region: "eu-west",\n    {K}: "{V}",\n  },\n});\n'),
    ('dispatch_kafka_client_properties', 'dot', 'bootstrap.servers=kafka.internal:9093\nsecurity.protocol=SASL_SSL\n{K}={V}\n'),
    ('remote_id_broadcast_c_header', 'upper', '#ifndef RID_CONFIG_H\n#define RID_CONFIG_H\n#define RID_OPERATOR_ID "FIN-OP-DEMO"\n#define {K} "{V}"\n#endif\n'),
    ('remote_id_network_service_toml', 'snake', '[network_remote_id]\nendpoint = "https://rid.example.com/v1"\n{K} = "{V}"\nheartbeat_s = 1\n'),
    ('airspace_authorization_client_yaml', 'snake', 'airspace:\n  provider_url: https://airspace.example.com\n  client_id: ops-north\n  {K}: {V}\n'),
    ('telemetry_relay_rust_config_rs', 'upper', 'pub struct RelayConfig;\nimpl RelayConfig {\n    pub const {K}: &str = "{V}";\n    pub const PORT: u16 = 14550;\n}\n'),
    ('video_downlink_srt_config_json', 'snake', '{\n  "listen": "srt://0.0.0.0:9000",\n  "latency_ms": 120,\n  "{K}": "{V}"\n}\n'),
    ('gcs_tauri_conf_json', 'camel', '{\n  "productName": "FieldGCS",\n  "plugins": {\n    "fleet": { "{K}": "{V}" }\n  }\n}\n'),
    ('sitl_dockerfile_env_line', 'upper', 'FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y python3-pip\nENV {K}={V}\nCMD ["sim_vehicle.py", "-v", "ArduCopter"]\n'),
    ('fleet_argo_workflow_yaml', 'upper', 'spec:\n  templates:\n    - name: stitch\n      container:\n        image: registry.internal/stitcher:3\n        env:\n          - name: {K}\n            value: "{V}"\n'),
    ('drone_dock_gateway_ini', 'snake', '[dock]\nmodbus_host = 10.30.0.2\nroof_motor_unit = 3\n\n[uplink]\n{K} = {V}\n'),
    ('drone_dock_plc_structured_text', 'pascal', 'VAR_GLOBAL CONSTANT\n    DockId : STRING := \'DOCK-07\';\n    {K} : STRING := \'{V}\';\nEND_VAR\n'),
    ('survey_laptop_powershell_profile', 'pascal', '# Microsoft.PowerShell_profile.ps1\nSet-Location D:\\surveys\n$env:{K} = "{V}"\nImport-Module FieldTools\n'),
    ('geoserver_datastore_xml', 'camel', '<dataStore>\n  <name>ortho_index</name>\n  <connectionParameters>\n    <entry key="host">postgis.internal</entry>\n    <entry key="{K}">{V}</entry>\n  </connectionParameters>\n</dataStore>\n'),
    ('qgis_plugin_python_constant', 'upper', '# flightlines_plugin/config.py\nPLUGIN_NAME = "Flight lines"\n{K} = "{V}"\nDEFAULT_GSD_CM = 2.5\n'),
    ('ios_gcs_xcconfig', 'upper', '// Release.xcconfig\nPRODUCT_BUNDLE_IDENTIFIER = com.example.fieldgcs\n{K} = {V}\n'),
    ('android_gcs_local_properties', 'dot', '## local.properties - do not commit\nsdk.dir=/Users/pilot/Library/Android/sdk\n{K}={V}\n'),
    ('unity_sim_scriptable_object_asset', 'camel', '%YAML 1.1\n--- !u!114 &11400000\nMonoBehaviour:\n  m_Name: FleetSimSettings\n  {K}: {V}\n  spawnCount: 12\n'),
    ('nomad_job_template_stanza', 'upper', 'task "tiler" {\n  driver = "docker"\n  env {\n    {K} = "{V}"\n  }\n}\n'),
    ('pilot_signal_chat_paste', 'spaced', 'Ops lead: we are at the quarry, GCS is up\nOps lead: {K} is {V} - delete after you log in\nPilot: thanks, got it\n'),
    ('field_crew_sms_forward', 'spaced', 'Fwd from +44 7700 900123:\n"{K}: {V} - hangar 2 laptop"\n'),
    ('maintenance_logbook_scan_ocr', 'spaced', 'AIRFRAME HX-07  |  25 h inspection  |  motors OK\nnote for next tech - {K} = {V}\nsigned: R. Okafor\n'),
    ('dispatch_mattermost_paste', 'spaced', '@here dispatch console moved to the new box.\n{K}: `{V}`\nping me if the webhook test fails\n'),
    ('survey_client_jira_comment', 'spaced', 'Re: SURV-212 upload failing\nI reset it on our side. New {K} is {V}\nplease retry the batch.\n'),
]


def build(rng_seed=14701):
    rng = random.Random(rng_seed)
    out = []
    for ki, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            t_name, key, gen = TYPES[(5 * ki + 7 * j) % 12]
            v = gen(rng)
            k = key.replace('_', ' ') if style == 'spaced' else case_key(key, style)
            text, a, b = place(tpl, v, K=k)
            out.append({'type': t_name, 'container': kind, 'text': text,
                        'secrets': [{'value': v, 'start': a, 'end': b, 'type': t_name}], 'source': 'everyday'})
    return out
