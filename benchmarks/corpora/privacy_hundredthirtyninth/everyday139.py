"""Everyday secrets: 12 types x 45 container kinds of the ski / marina / outdoor-booking world."""
import random
from common139 import *

TYPES = [  # (type, key base, generator)
    ('alp_lift_gate_reader_password', 'gate_reader_pass', lambda r: owner_pw(r)),
    ('alp_snowmaking_scada_password', 'snowmaking_hmi_pw', lambda r: owner_pw(r)),
    ('alp_fuel_dock_pump_admin_password', 'fueldock_admin_pw', lambda r: owner_pw(r)),
    ('alp_avalanche_logger_password', 'wx_logger_password', lambda r: owner_pw(r)),
    ('alp_hut_wifi_router_password', 'hut_router_pass', lambda r: owner_pw(r)),
    ('alp_season_pass_api_key', 'season_pass_api_key', lambda r: 'spk_' + rs(r, 36)),
    ('alp_groomer_telemetry_token', 'groomer_telemetry_token', lambda r: rb64(r, 30)),
    ('alp_slip_portal_jwt_secret', 'slip_portal_jwt_secret', lambda r: rb64(r, 48, url=True, pad=False)),
    ('alp_campsite_booking_webhook_secret', 'campsite_webhook_secret', lambda r: 'cbw_' + rhex(r, 40)),
    ('alp_rental_pos_client_secret', 'rental_pos_client_secret', lambda r: rs(r, 44, ALNUM + '-_')),
    ('alp_rfid_pass_encoding_key', 'pass_encoding_key', lambda r: rhex(r, 32, upper=True)),
    ('alp_snow_report_feed_token', 'snow_report_feed_token', lambda r: 'srf.' + rs(r, 12, LOWER_ALNUM) + '.' + rs(r, 32)),
]


def style(key, st):
    if st == 'U':
        return key.upper()
    if st == 'c':
        p = key.split('_')
        return p[0] + ''.join(x.title() for x in p[1:])
    if st == 'P':
        return ''.join(x.title() for x in key.split('_'))
    if st == 'k':
        return key.replace('_', '-')
    if st == 'd':
        return key.replace('_', '.')
    return key

# (kind, key style, template) ; {K} key, {V} value
KINDS = [
    ('lift_gate_axess_reader_ini', 's', '[reader]\nlane=GATE-07\nhost=10.40.7.21\n{K}={V}\nbeep_on_valid=1\n'),
    ('turnstile_controller_toml', 's', '[turnstile]\nsite = "north-base"\nbus = "rs485"\n{K} = "{V}"\n'),
    ('season_pass_django_settings_py', 'U', 'PASS_OFFICE_HOST = "passes.resort.internal"\n{K} = "{V}"\nPASS_PHOTO_BUCKET = "pass-photos"\n'),
    ('pass_sales_express_dotenv', 'U', 'NODE_ENV=production\nPASS_SALES_PORT=8080\n{K}={V}\n'),
    ('snowmaking_plc_node_red_flow_json', 'c', '{"id":"a1c3","type":"snowgun-config","name":"trail 14 guns","{K}":"{V}","z":"f2"}'),
    ('snowgun_fan_controller_c_header', 'U', '#pragma once\n#define SNOWGUN_BUS_ID 14\n#define {K} "{V}"\n#define WETBULB_LIMIT_C (-2.5)\n'),
    ('groomer_cab_tablet_android_xml', 'c', '<resources>\n  <string name="fleet_host">groomers.resort.internal</string>\n  <string name="{K}">{V}</string>\n</resources>\n'),
    ('groomer_gps_mqtt_bridge_yaml', 's', 'mqtt:\n  host: mqtt.resort.internal\n  topic: groomers/+/gps\n  {K}: "{V}"\n'),
    ('marina_slip_rails_database_yml', 's', 'production:\n  adapter: postgresql\n  host: slipdb.marina.internal\n  {K}: "{V}"\n'),
    ('fuel_dock_pos_windows_registry_export', 'P', 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\HarbourFuel\\Pump]\n"{K}"="{V}"\n"PumpCount"=dword:00000004\n'),
    ('fuel_pump_controller_modbus_json', 'c', '{"pumps":[1,2,3,4],"modbusPort":"/dev/ttyUSB0","{K}":"{V}"}'),
    ('harbour_master_fastapi_env_py', 'U', 'import os\n{K} = os.getenv("{K}", "{V}")\nHARBOUR_TZ = "Europe/Oslo"\n'),
    ('campground_wordpress_wp_config_php', 'U', "<?php\ndefine( 'CAMP_BOOKING_HOST', 'book.campground.example.com' );\ndefine( '{K}', '{V}' );\n"),
    ('campsite_map_vue_env_local', 'U', 'VITE_MAP_TILES=https://tiles.example.org\nVITE_{K}={V}\n'),
    ('hut_reservation_symfony_parameters_yaml', 's', 'parameters:\n    hut_booking.host: huts.alpineclub.example.org\n    {K}: \'{V}\'\n'),
    ('hut_router_openwrt_rc_shell', 'U', '#!/bin/sh\n# hut uplink bootstrap\nexport {K}="{V}"\n/etc/init.d/network restart\n'),
    ('rental_shop_pos_electron_config_json', 'c', '{\n  "shopId": "rent-basecamp-02",\n  "{K}": "{V}",\n  "printer": "TM-T88"\n}\n'),
    ('ski_tuning_bench_arduino_sketch', 'U', '#include <WiFi.h>\nconst char* TUNING_HOST = "10.12.0.5";\nconst char* {K} = "{V}";\nvoid setup() {}\n'),
    ('avalanche_station_campbell_crbasic', 'P', "' CR1000X program, Col du Vent station\nConst {K} = \"{V}\"\nPublic AirTC, RH, HS\n"),
    ('weather_mast_raspberry_systemd_unit', 'U', '[Service]\nExecStart=/usr/local/bin/wxmast\nEnvironment={K}={V}\nRestart=always\n'),
    ('snow_report_hugo_config_toml', 's', '[params]\n  resort = "Pic Blanc"\n  {K} = "{V}"\n'),
    ('lift_status_svelte_server_ts', 'U', 'export const LIFT_STATUS_URL = "https://lifts.resort.internal/v2";\nexport const {K} = "{V}";\n'),
    ('pass_scanner_swift_constants', 'c', 'enum PassScanner {\n    static let host = "scan.resort.internal"\n    static let {K} = "{V}"\n}\n'),
    ('marina_app_react_native_config_ts', 'c', 'export default {\n  api: "https://slips.marina.example.net",\n  {K}: "{V}",\n};\n'),
    ('dockwalk_handheld_kotlin_object', 'c', 'object DockwalkConfig {\n    const val HOST = "slips.marina.internal"\n    const val {K} = "{V}"\n}\n'),
    ('boatyard_travel_lift_csharp_appconfig', 'P', '<configuration>\n  <appSettings>\n    <add key="{K}" value="{V}" />\n  </appSettings>\n</configuration>\n'),
    ('resort_infra_terraform_tfvars', 's', 'region       = "eu-central-2"\nlift_vpc_cidr = "10.40.0.0/16"\n{K} = "{V}"\n'),
    ('resort_k8s_sealed_input_secret_yaml', 'k', 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: pass-office\nstringData:\n  {K}: "{V}"\n'),
    ('pass_office_helm_values_yaml', 'c', 'passOffice:\n  replicas: 2\n  env:\n    {K}: "{V}"\n'),
    ('snowmaking_ansible_group_vars', 's', '---\nsnowmaking_hosts: [gun-ctl-01, gun-ctl-02]\n{K}: "{V}"\n'),
    ('marina_jenkinsfile_environment_block', 'U', "pipeline {\n  agent any\n  environment {\n    {K} = '{V}'\n  }\n}\n"),
    ('booking_bitbucket_pipelines_yml', 'U', 'pipelines:\n  default:\n    - step:\n        script:\n          - export {K}={V}\n          - ./deploy.sh\n'),
    ('rental_fleet_makefile_vars', 'U', 'SHOP ?= basecamp\n{K} := {V}\n\ndeploy:\n\t./push.sh $(SHOP)\n'),
    ('lift_ops_fish_config', 'U', 'set -gx LIFT_OPS_HOST lifts.resort.internal\nset -gx {K} {V}\n'),
    ('trail_cam_bash_cron_script', 'U', '#!/usr/bin/env bash\n# pull trail-cam stills every 10 min\n{K}="{V}"\ncurl -s "$CAM_URL" -o /srv/cams/latest.jpg\n'),
    ('pass_photo_etl_r_renviron', 'U', 'PASS_DB_HOST=passdb.resort.internal\n{K}={V}\n'),
    ('tide_gauge_matlab_script', 'c', "% tide gauge ingest\nstationId = 'MAR-03';\n{K} = '{V}';\n"),
    ('hut_booking_elixir_runtime_exs', 's', 'import Config\nconfig :hut_booking, HutBooking.Api,\n  {K}: "{V}"\n'),
    ('lift_line_camera_scala_conf', 'c', 'liftcam {\n  host = "cams.resort.internal"\n  {K} = "{V}"\n}\n'),
    ('ski_school_slack_message_paste', 's', '[09:12] marta.k: can someone check the ski school sync? it uses {K}={V} from the old box\n[09:13] dev-ops: on it\n'),
    ('marina_ops_whatsapp_export_line', 's', '14/02/2026, 07:41 - Jon Harbour: new fuel dock login after the reset: {K} {V}\n'),
    ('lift_maintenance_zendesk_internal_note', 's', 'Internal note (lift maintenance): gate reader swapped at chair 4. Config carried over, {K} is {V} until the vendor visit.\n'),
    ('campground_ops_google_doc_runbook', 's', 'Step 3. Log in to the booking admin and set {K} to {V} (copied from the old server), then restart the sync job.\n'),
    ('snowmaking_night_shift_log_entry', 's', '02:35 compressor 2 tripped, reset. Remote access via HMI, {K} {V} (same as last season).\n'),
    ('weather_station_journalctl_debug', 's', 'Mar 03 05:00:01 wxmast-col python3[812]: DEBUG upload cfg host=wx.resort.internal {K}={V} interval=600\n'),
]


def build(seed=13901):
    rng = random.Random(seed)
    out = []
    for ki, (kind, st, tpl) in enumerate(KINDS):
        for j in range(4):
            ti = (5 * ki + 7 * j) % len(TYPES)
            typ, key, gen = TYPES[ti]
            v = gen(rng)
            text, s, e = fill(tpl, v, K=style(key, st))
            out.append(('everyday', typ, kind, text, s, e))
    return out
