from common144 import *
TYPES = [('cea_climate_computer_web_password', 'pw'), ('cea_fertigation_api_key', lambda r: 'fgk_' + A(r, 32)),
 ('cea_irrigation_controller_password', 'pw'), ('cea_seed_to_sale_sync_token', lambda r: B64(r, 30)),
 ('cea_led_driver_console_password', 'pw'), ('cea_alerting_webhook_secret', lambda r: 'gah_' + H(r, 40)),
 ('cea_grower_dashboard_admin_password', 'pw'), ('cea_sensor_gateway_mqtt_token', lambda r: B64U(r, 27)),
 ('cea_greenhouse_wifi_passphrase', 'pw'), ('cea_harvest_label_signing_key', lambda r: H(r, 64)),
 ('cea_packing_scale_ftp_password', 'pw'), ('cea_lighting_schedule_api_token', lambda r: 'lsk.' + A(r, 36))]
def key(t, style):
    w = t.split('_')[1:]
    if style == 'U': return '_'.join(w).upper()
    if style == 'c': return w[0] + ''.join(x.capitalize() for x in w[1:])
    if style == 'k': return '-'.join(w)
    if style == 'P': return ''.join(x.capitalize() for x in w)
    if style == 'd': return '.'.join(w)
    return '_'.join(w)
K = [
 ('climate_computer_hmi_kiosk_ini', 's', "[hmi]\nscreen = compartment_overview\nrefresh_s = 15\n{K} = {V}\n"),
 ('irrigation_controller_lua_recipe', 's', "-- fertigation recipe loader\nlocal cfg = {{\n  valve_group = 'B2',\n  {K} = \"{V}\",\n}}\nreturn cfg\n"),
 ('led_schedule_crontab_env_header', 'U', "# photoperiod 18/6 for bay 4\n{K}={V}\n0 4 * * * /opt/led/ramp_up.sh bay4\n"),
 ('nutrient_doser_micropython_boot_py', 'U', "# boot.py on the EC/pH doser\nimport network\n{K} = '{V}'\nPH_SETPOINT = 5.8\n"),
 ('ph_probe_arduino_secrets_h', 'U', "#pragma once\n#define PH_PROBE_ID \"tank-3\"\n#define {K} \"{V}\"\n"),
 ('grow_dashboard_streamlit_secrets_toml', 's', "[grower]\nfarm = \"north-bay\"\n{K} = \"{V}\"\n"),
 ('seed_to_sale_sync_fastapi_settings_py', 'U', "class Settings(BaseSettings):\n    LICENSE_NO: str = 'demo'\n    {K}: str = \"{V}\"\n"),
 ('harvest_scale_node_red_flow_json', 'c', "[{{\"id\": \"a1f\", \"type\": \"http request\", \"name\": \"scale push\", \"{K}\": \"{V}\"}}]\n"),
 ('packing_line_plc_codesys_gvl', 'P', "VAR_GLOBAL CONSTANT\n    sLineName : STRING := 'pack-2';\n    s{K} : STRING := '{V}';\nEND_VAR\n"),
 ('grower_alerting_alertmanager_yml', 's', "receivers:\n  - name: grower-oncall\n    webhook_configs:\n      - url: http://alerts.internal/hook\n        {K}: '{V}'\n"),
 ('climate_api_spring_boot_yaml', 'k', "greenhouse:\n  climate:\n    {K}: {V}\n    poll-seconds: 30\n"),
 ('vertical_farm_ansible_group_vars', 's', "---\nfarm_site: rack-hall-2\n{K}: \"{V}\"\n"),
 ('rack_controller_systemd_dropin_conf', 'U', "[Service]\nEnvironment=RACK_ZONE=hall2\nEnvironment={K}={V}\n"),
 ('fertigation_django_settings_local_py', 'U', "DEBUG = False\n{K} = '{V}'\nALLOWED_HOSTS = ['fert.internal']\n"),
 ('grow_app_expo_app_config_ts', 'c', "export default {{\n  name: 'GrowLog',\n  extra: {{ {K}: '{V}' }},\n}};\n"),
 ('grower_app_android_strings_xml', 's', "<resources>\n    <string name=\"app_name\">Grower</string>\n    <string name=\"{K}\">{V}</string>\n</resources>\n"),
 ('sensor_gateway_esphome_substitutions', 's', "substitutions:\n  device: bay3-gw\n  {K}: \"{V}\"\n"),
 ('lighting_dali_gateway_json_export', 'c', "{{\"gateway\": \"dali-07\", \"lines\": 4, \"{K}\": \"{V}\"}}\n"),
 ('co2_dosing_csharp_appsettings_development_json', 'P', "{{\n  \"Co2\": {{ \"Ppm\": 900 }},\n  \"{K}\": \"{V}\"\n}}\n"),
 ('greenhouse_sql_seed_insert', 's', "INSERT INTO integration_settings (name, value) VALUES ('{K}', '{V}');\n"),
 ('weather_station_telegraf_inputs_http', 's', "[[inputs.http]]\n  urls = [\"http://wx.internal/now\"]\n  {K} = \"{V}\"\n"),
 ('harvest_forecast_jupyter_cell', 'U', "# cell 3\n{K} = \"{V}\"\nyield_kg = model.predict(bays)\n"),
 ('packhouse_label_printer_zpl_job', 'U', "^XA\n^FX {K}={V}\n^FO50,50^A0N,40^FDLot 2211^FS\n^XZ\n"),
 ('vertical_farm_cargo_config_toml', 'U', "[env]\nRACK_ROWS = \"12\"\n{K} = \"{V}\"\n"),
 ('climate_export_r_renviron', 'U', "GREENHOUSE_TZ=Europe/Amsterdam\n{K}={V}\n"),
 ('dosing_service_elixir_runtime_exs', 's', "import Config\nconfig :doser, bay: 4\nconfig :doser, {K}: \"{V}\"\n"),
 ('grow_ops_makefile_vars', 'U', "FARM ?= westland\n{K} ?= {V}\ndeploy:\n\t./ship.sh $(FARM)\n"),
 ('led_controller_cmake_cache_txt', 'U', "LED_CHANNELS:STRING=6\n{K}:STRING={V}\n"),
 ('seed_to_sale_laravel_config_php', 's', "<?php\nreturn [\n    'state' => 'CO',\n    '{K}' => '{V}',\n];\n"),
 ('irrigation_plc_node_opcua_config_js', 'c', "module.exports = {{\n  endpoint: 'opc.tcp://irr.internal:4840',\n  {K}: '{V}',\n}};\n"),
 ('grower_portal_vue_env_staging', 'U', "VITE_FARM=hall-3\nVITE_{K}={V}\n"),
 ('fertigation_k8s_sealed_input_yaml', 's', "apiVersion: v1\nkind: Secret\nstringData:\n  {K}: {V}\n"),
 ('climate_plc_step7_db_source', 'P', "DATA_BLOCK \"Settings\"\n  s{K} : STRING := '{V}';\nEND_DATA_BLOCK\n"),
 ('greenhouse_powershell_dsc_config', 'P', "Configuration Greenhouse {{\n    $Script:{K} = '{V}'\n}}\n"),
 ('sensor_fleet_golang_config_go', 'P', "package config\n\nconst {K} = \"{V}\"\n"),
 ('packing_scale_kotlin_buildconfig', 'U', "buildConfigField(\"String\", \"{K}\", \"\\\"{V}\\\"\")\n"),
 ('harvest_app_swift_plist_entry', 'P', "<key>{K}</key>\n<string>{V}</string>\n"),
 ('grow_room_haproxy_userlist_note', 's', "# {K} below, rotate at season end\n# {V}\nuserlist growers\n"),
 ('vertical_farm_woodpecker_ci_yaml', 'U', "steps:\n  deploy:\n    image: alpine\n    environment:\n      {K}: {V}\n"),
 ('dashboard_grafana_provisioning_yaml', 'c', "apiVersion: 1\ndatasources:\n  - name: climate\n    secureJsonData:\n      {K}: {V}\n"),
 ('head_grower_whatsapp_paste', 's', "ok here it is for the night shift: {V} (that's the {K} thing)\n"),
 ('propagation_team_teams_message', 's', "Quick one - {K} for bay 6 is {V} until Friday.\n"),
 ('packhouse_manager_sms_forward', 's', "Fwd: new {K} {V} - dont lose it\n"),
 ('greenhouse_ticket_zammad_note', 's', "Internal note: reset done. New {K}: {V}\nCustomer informed by phone.\n"),
 ('climate_pc_windows_sticky_note_ocr', 's', "BAY 1-4 CLIMATE\n{K}\n{V}\nsee Jan for changes\n"),
]
def build(seed=14401):
    r = random.Random(seed); out = []; uq = Uniq()
    for ki, (kind, st, tpl) in enumerate(K):
        for j in range(4):
            t, g = TYPES[(5 * ki + 7 * j) % 12]
            v = uq.take(lambda: owner_pw(r) if g == 'pw' else g(r))
            k = key(t, st)
            pre = tpl.split('{V}')[0].replace('{{', '{').replace('}}', '}').replace('{K}', k)
            text = tpl.replace('{K}', k).replace('{V}', '\x00').replace('{{', '{').replace('}}', '}')
            s = text.index('\x00'); text = text.replace('\x00', v)
            out.append(dict(type=t, container=kind, text=text, secrets=[dict(value=v, start=s, end=s + len(v), type=t)], source='everyday'))
    return out, [k[0] for k in K], [t[0] for t in TYPES]
