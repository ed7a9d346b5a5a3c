"""Everyday secrets: 45 container kinds of the elevator / building-automation world x 4."""
from common140 import Gen, rec

TYPES = [
    ('lift_controller_service_tool_password', 'service_tool_pass', lambda g: g.pw()),
    ('machine_room_terminal_password', 'mr_terminal_pass', lambda g: g.pw()),
    ('bms_supervisor_db_password', 'bms_db_pass', lambda g: g.pw()),
    ('dispatch_app_sftp_password', 'dispatch_sftp_pass', lambda g: g.pw()),
    ('remote_monitoring_api_key', 'rm_api_key', lambda g: g.hx(40)),
    ('bacnet_gateway_bearer_token', 'gw_bearer', lambda g: 'bgw_' + g.s(36)),
    ('inspection_app_jwt_signing_secret', 'inspection_jwt_secret', lambda g: g.hx(64)),
    ('emergency_phone_sip_secret', 'sip_auth_secret', lambda g: g.s(20)),
    ('chiller_telemetry_mqtt_token', 'mqtt_token', lambda g: g.b64(24, url=True, pad=False)),
    ('boiler_portal_oauth_client_secret', 'oauth_client_secret', lambda g: g.s(48)),
    ('dispatch_webhook_signing_key', 'webhook_signing_key', lambda g: 'dwh_' + g.s(40)),
    ('escalator_camera_bucket_secret_key', 'bucket_secret_key', lambda g: g.b64(30)),
]

KINDS = [
    ('elevator_controller_yocto_local_conf', '# local.conf for lift-ctl image\nMACHINE = "liftctl-imx8"\n{K} = "{V}"\nIMAGE_INSTALL:append = " canopen-tools"'),
    ('lift_gateway_openrc_conf_d', '# /etc/conf.d/liftgw\nLIFTGW_OPTS="--site tower-b"\n{KU}="{V}"'),
    ('remote_monitoring_node_red_credentials', '{"id":"a3f1.liftmon","type":"http request","name":"RM uplink"}\n// credentials tab: {K}: {V}'),
    ('bacnet_router_ini_section', '[bacnet-router]\ndevice_instance=260001\nport=47808\n{K}={V}\n'),
    ('modbus_poller_cpp_constexpr', '// chiller plant poller\nconstexpr int kUnitId = 3;\nconstexpr const char* {KC} = "{V}";'),
    ('niagara_station_program_object_java', 'public class BRmBridge extends BComponent {\n  private static final String {KJ} = "{V}";\n}'),
    ('ahu_trend_export_r_script', 'library(httr)\n{K} <- "{V}"\nahu <- GET("https://bms.tower-b.internal/trend/AHU-3")'),
    ('chiller_plant_grafana_datasource_yaml', 'apiVersion: 1\ndatasources:\n  - name: chiller-influx\n    secureJsonData:\n      {K}: {V}'),
    ('boiler_room_telegraf_conf', '[[inputs.modbus]]\n  name = "boiler-1"\n  controller = "tcp://10.40.2.11:502"\n[[outputs.http]]\n  headers = {"X-{KH}" = "{V}"}'),
    ('escalator_vibration_edge_fluent_bit_conf', '[OUTPUT]\n    Name  http\n    Host  ingest.escalator-ops.example.com\n    Header X-{KH} {V}'),
    ('technician_app_react_native_config_js', "export default {\n  siteApi: 'https://dispatch.example.com/v2',\n  {KC}: '{V}',\n};"),
    ('dispatch_kotlin_local_properties', 'sdk.dir=/opt/android-sdk\ndispatch.{K}={V}'),
    ('inspection_app_capacitor_config_ts', "const config: CapacitorConfig = {\n  appId: 'com.example.liftinspect',\n  plugins: { Sync: { {KC}: '{V}' } },\n};"),
    ('machine_room_putty_session_reg', 'Windows Registry Editor Version 5.00\n\n[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\MR-Tower-B]\n"HostName"="10.40.1.5"\n"{KU}"="{V}"'),
    ('machine_room_tmux_script_sh', '#!/bin/sh\ntmux new-session -d -s mr\ntmux send-keys -t mr "export {KU}={V}" C-m'),
    ('hoistway_camera_onvif_yaml', 'cameras:\n  pit_cam_1:\n    onvif: 10.40.3.21\n    {K}: "{V}"'),
    ('emergency_phone_asterisk_extensions_conf', '[lift-phones]\n; car 4 autodialer\nexten => 7004,1,Set(CHANNEL(hangup_handler_push)=lift-log,s,1)\n; {K} {V}'),
    ('emergency_line_freeswitch_vars_xml', '<include>\n  <X-PRE-PROCESS cmd="set" data="{K}={V}"/>\n</include>'),
    ('dispatch_celery_config_py', "broker_url = 'redis://redis.dispatch.internal:6379/2'\n{KU} = '{V}'"),
    ('work_order_symfony_env_local', 'APP_ENV=prod\n{KU}={V}\nMAILER_DSN=null://null'),
    ('inspection_report_latex_macro', '\\newcommand{\\sitename}{Tower B}\n\\newcommand{\\{KL}}{{V}}'),
    ('bms_integration_camunda_bpmn_field', '<camunda:inputParameter name="{K}">{V}</camunda:inputParameter>'),
    ('chiller_optimizer_matlab_m_file', "% chiller staging optimiser\n{K} = '{V}';\nplant = load('plant_b.mat');"),
    ('hvac_fault_detection_sas_macro', '%let {K} = {V};\nproc import datafile="/data/ahu_faults.csv" out=faults; run;'),
    ('boiler_sequencer_structured_text_var', 'VAR_GLOBAL CONSTANT\n    {KC} : STRING(80) := \'{V}\';\nEND_VAR'),
    ('lift_monitoring_helm_values_yaml', 'liftmon:\n  replicaCount: 2\n  secrets:\n    {K}: "{V}"'),
    ('bms_pipeline_bitbucket_pipelines_yml', 'pipelines:\n  default:\n    - step:\n        script:\n          - export {KU}="{V}"\n          - ./deploy-bms.sh'),
    ('escalator_analytics_dbt_profiles_yml', 'escalator_analytics:\n  outputs:\n    prod:\n      type: postgres\n      {K}: "{V}"'),
    ('gateway_fleet_salt_pillar_sls', 'liftgw:\n  site: tower-b\n  {K}: {V}'),
    ('gateway_fleet_chef_data_bag_json', '{\n  "id": "liftgw_tower_b",\n  "{K}": "{V}"\n}'),
    ('energy_dashboard_svelte_env', 'PUBLIC_SITE=tower-b\n{KU}={V}'),
    ('lift_modem_openwrt_rc_local', '# /etc/rc.local\n/usr/bin/liftmodem --apn iot.example --{KD} {V} &\nexit 0'),
    ('access_turnstile_arduino_config_h', '#pragma once\n#define {KU} "{V}"\n#define TURNSTILE_ID 12'),
    ('elevator_iot_esp_idf_sdkconfig', 'CONFIG_LIFT_SITE="tower-b"\nCONFIG_{KU}="{V}"'),
    ('hvac_controller_platformio_ini', '[env:ahu3]\nplatform = espressif32\nbuild_flags = -D{KU}=\\"{V}\\"'),
    ('boiler_gateway_supervisord_conf', '[program:boilergw]\ncommand=/opt/boilergw/bin/run\nenvironment={KU}="{V}",SITE="plant-2"'),
    ('dispatch_service_systemd_dropin', '[Service]\nEnvironment="{KU}={V}"'),
    ('bms_connector_quarkus_properties', 'quarkus.http.port=8085\nbms.{KD}={V}'),
    ('elevator_portal_nextjs_env_local', 'NEXT_PUBLIC_SITE_NAME=Tower B\n{KU}={V}'),
    ('technician_teams_chat_message', 'Marek (Field Tech) 07:42: for the car 3 job the {KS} is {V} — delete after'),
    ('machine_room_sticky_note_ocr', 'MR-B / CAR 1-4\n{KS}: {V}\n(do not remove)'),
    ('service_desk_servicenow_work_note', 'Work notes (Ana K.): reset done on the lift gateway, new {KS} = {V} , closing INC0041733.'),
    ('inspection_ticket_youtrack_comment', 'Kai: inspector portal sync failing again; using {KS} {V} from the old runbook, please rotate.'),
    ('bms_vendor_mattermost_paste', '@bms-integrators here is the {KS} for the chiller bridge: {V}'),
    ('night_shift_handover_email_text', 'Hi team,\nboiler 2 tripped at 02:10, reset. For the portal the {KS} is {V} until Monday.\nRegards, Leon'),
]


def build(used, seed=14001):
    g = Gen(seed, used)
    out = []
    n = 0
    for ki, (kind, tmpl) in enumerate(KINDS):
        for j in range(4):
            typ, key, fn = TYPES[(5 * ki + 7 * j) % len(TYPES)]
            v = g.uniq(lambda: fn(g))
            t = (tmpl.replace('{KU}', key.upper()).replace('{KC}', ''.join(p.capitalize() for p in key.split('_')))
                 .replace('{KJ}', key.upper()).replace('{KH}', key.replace('_', '-').title())
                 .replace('{KL}', key.replace('_', '')).replace('{KD}', key.replace('_', '-'))
                 .replace('{KS}', key.replace('_', ' ')).replace('{K}', key))
            n += 1
            out.append(rec('E%04d' % n, typ, kind, t, v, 'everyday'))
    return out
