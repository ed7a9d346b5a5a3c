"""Everyday records: 45 fuel / forecourt / car-wash container kinds x 4."""
from common142 import G, keystyle, span_rec

TYPES = [  # (type, key base, generator spec)
    ("fs_forecourt_controller_login_password", "fcc_login_password", "pw"),
    ("fs_tank_gauge_console_password", "atg_console_password", "pw"),
    ("fs_wash_tunnel_plc_password", "tunnel_plc_password", "pw"),
    ("fs_backoffice_sql_password", "backoffice_db_password", "pw"),
    ("fs_price_sign_wifi_passphrase", "pricesign_wifi_psk", "pw"),
    ("fs_loyalty_platform_api_key", "loyalty_api_key", "h40"),
    ("fs_fleet_card_gateway_client_secret", "fleet_gateway_client_secret", "a44"),
    ("fs_wash_membership_jwt_signing_secret", "membership_jwt_secret", "b64:48"),
    ("fs_ocpp_charge_point_auth_key", "ocpp_auth_key", "h40"),
    ("fs_pump_event_webhook_secret", "pump_webhook_secret", "'pwh_'|a32"),
    ("fs_hydrogen_dispenser_mqtt_token", "h2_mqtt_token", "b64u:30"),
    ("fs_pricebook_sftp_password", "pricebook_sftp_password", "pw"),
]

# (kind, key style, template) ; {K} key, {V} value
KINDS = [
    ("doms_forecourt_pss_ini", "snake", "[ForecourtController]\nHost=192.168.20.5\nPort=5001\n{K}={V}\nPumps=1-12\n"),
    ("fusion_forecourt_xml_settings", "camel", "<FusionSettings site=\"0417\">\n  <Link host=\"fusion.station.internal\" {K}=\"{V}\" timeout=\"30\"/>\n</FusionSettings>\n"),
    ("tank_poller_go_constants", "pascal", "package atg\n\nconst (\n\tConsoleAddr = \"10.20.0.40:10001\"\n\t{K}   = \"{V}\"\n)\n"),
    ("atg_serial_bridge_python_settings", "upper", "SERIAL_PORT = \"/dev/ttyUSB0\"\nBAUD = 9600\n{K} = \"{V}\"\nPOLL_SECONDS = 300\n"),
    ("price_sign_platformio_build_flags", "upper", "[env:esp32dev]\nplatform = espressif32\nboard = esp32dev\nbuild_flags =\n  -DSIGN_ID=7\n  -D{K}=\\\"{V}\\\"\n"),
    ("wash_tunnel_iec_structured_text", "pascal", "VAR_GLOBAL CONSTANT\n    TunnelLength : INT := 42;\n    {K} : STRING(64) := '{V}';\nEND_VAR\n"),
    ("membership_flutter_dart_define_run", "upper", "flutter run --flavor prod --dart-define=API_BASE=https://wash.example.com --dart-define={K}={V}\n"),
    ("membership_nextjs_env_production", "upper", "NEXT_PUBLIC_SITE=https://club.wash.example.com\n{K}={V}\nNEXTAUTH_URL=https://club.wash.example.com\n"),
    ("loyalty_quarkus_application_properties", "dot", "quarkus.http.port=8085\nloyalty.{K}={V}\nquarkus.log.level=INFO\n"),
    ("fleet_gateway_micronaut_yaml", "kebab", "micronaut:\n  application:\n    name: fleet-gateway\nfleet:\n  {K}: \"{V}\"\n"),
    ("backoffice_laravel_dotenv", "upper", "APP_NAME=StationOffice\nAPP_ENV=production\n{K}=\"{V}\"\nQUEUE_CONNECTION=database\n"),
    ("cstore_dotnet_web_config_appsettings", "pascal", "<configuration>\n  <appSettings>\n    <add key=\"{K}\" value=\"{V}\" />\n  </appSettings>\n</configuration>\n"),
    ("pricebook_sqlcmd_setvar_script", "upper", ":setvar SiteCode \"0417\"\n:setvar {K} \"{V}\"\nUSE Pricebook;\n"),
    ("ocpp_pm2_ecosystem_config_js", "upper", "module.exports = {\n  apps: [{\n    name: 'csms',\n    env: { NODE_ENV: 'production', {K}: '{V}' }\n  }]\n};\n"),
    ("h2_dispenser_cargo_config_env", "upper", "[env]\nDISPENSER_ID = \"H2-02\"\n{K} = \"{V}\"\n"),
    ("wash_pos_lazarus_pascal_const", "pascal", "unit WashSecrets;\ninterface\nconst\n  {K} = '{V}';\nimplementation\nend.\n"),
    ("pump_audit_lua_script", "snake", "local site = \"0417\"\nlocal {K} = \"{V}\"\nreturn { site = site }\n"),
    ("forecourt_edge_nix_module", "camel", "{ config, ... }:\n{\n  services.forecourtEdge = {\n    enable = true;\n    {K} = \"{V}\";\n  };\n}\n"),
    ("tank_monitor_grafana_alloy_river", "snake", "prometheus.remote_write \"tanks\" {\n  endpoint {\n    url = \"https://metrics.station.internal/push\"\n    {K} = \"{V}\"\n  }\n}\n"),
    ("fuel_dispatch_nomad_job_env", "upper", "job \"dispatch\" {\n  group \"api\" {\n    task \"web\" {\n      env {\n        {K} = \"{V}\"\n      }\n    }\n  }\n}\n"),
    ("station_network_stack_config_yaml", "camel", "config:\n  station:region: eu-west\n  station:{K}: {V}\n"),
    ("wash_controller_supervisord_conf", "upper", "[program:washctl]\ncommand=/opt/washctl/bin/washctl\nenvironment=SITE=\"0417\",{K}=\"{V}\"\n"),
    ("price_feed_compose_environment_list", "upper", "services:\n  pricefeed:\n    image: registry.example.com/pricefeed:2.3\n    environment:\n      - {K}={V}\n"),
    ("loyalty_dbt_profiles_yml", "snake", "loyalty:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: dwh.station.internal\n      {K}: \"{V}\"\n"),
    ("fleet_recon_prefect_block_json", "snake", "{\n  \"block_type\": \"fleet-recon\",\n  \"data\": {\"host\": \"recon.internal\", \"{K}\": \"{V}\"}\n}\n"),
    ("ev_roaming_gradle_properties", "camel", "org.gradle.jvmargs=-Xmx2g\n{K}={V}\n"),
    ("cstore_powershell_profile_ps1", "upper", "$env:SITE_CODE = \"0417\"\n$env:{K} = \"{V}\"\nSet-Location C:\\BackOffice\n"),
    ("pump_firmware_yocto_local_conf", "upper", "MACHINE = \"pumpctl-imx6\"\n{K} = \"{V}\"\nDISTRO = \"forecourt\"\n"),
    ("tank_alarm_telegraf_conf", "snake", "[[outputs.mqtt]]\n  servers = [\"tcp://broker.station.internal:1883\"]\n  {K} = \"{V}\"\n"),
    ("wash_app_ios_xcconfig", "upper", "PRODUCT_BUNDLE_IDENTIFIER = com.example.washclub\n{K} = {V}\n"),
    ("wash_app_android_local_properties", "dot", "sdk.dir=/Users/dev/Library/Android/sdk\n{K}={V}\n"),
    ("loyalty_kiosk_tauri_conf_json", "camel", "{\n  \"productName\": \"LoyaltyKiosk\",\n  \"plugins\": {\"backend\": {\"{K}\": \"{V}\"}}\n}\n"),
    ("fuel_price_wrangler_toml_vars", "upper", "name = \"fuel-prices\"\nmain = \"src/index.ts\"\n\n[vars]\n{K} = \"{V}\"\n"),
    ("forecourt_balena_env_add_line", "upper", "balena env add {K} '{V}' --fleet forecourt-edge\n"),
    ("membership_billing_sinatra_config_ru", "upper", "require './app'\nENV['{K}'] ||= '{V}'\nrun WashBilling\n"),
    ("ev_session_erlang_sys_config", "snake", "[{csms, [\n  {listen_port, 9000},\n  {{K}, \"{V}\"}\n]}].\n"),
    ("backoffice_reports_jupyter_cell_json", "snake", "{\"cell_type\": \"code\", \"source\": [\"import pandas as pd\\n\", \"{K} = '{V}'\\n\"]}\n"),
    ("atg_poller_crontab_header", "upper", "SHELL=/bin/bash\n{K}={V}\n*/15 * * * * /opt/atg/poll.sh\n"),
    ("loyalty_hasura_env_yaml", "upper", "env:\n  - name: HASURA_GRAPHQL_ENABLE_CONSOLE\n    value: \"false\"\n  - name: {K}\n    value: \"{V}\"\n"),
    ("fleet_api_postman_environment_json", "snake", "{\n  \"name\": \"fleet-prod\",\n  \"values\": [{\"key\": \"{K}\", \"value\": \"{V}\", \"enabled\": true}]\n}\n"),
    ("forecourt_ops_mattermost_paste", "snake", "@here site 0417 back online after the pump 7 swap. {K} is {V} until Monday, please do not change it\n"),
    ("tank_alarm_sms_forward_text", "upper", "Fwd from Dave (tank alarms): login for console at 0417 -> {K} {V} (reset after delivery check)\n"),
    ("carwash_site_manager_email_reply", "snake", "Hi Priya,\n\nthe tunnel guys asked for it again, so here it is: {K} = {V}\n\nThanks,\nMarco\n"),
    ("pos_support_screenshare_chat_log", "snake", "[14:02] tech_ana: can you read me the value on the config screen?\n[14:03] store0417: {K} says {V}\n"),
    ("station_handover_notebook_ocr", "snake", "HANDOVER 06:00  pumps ok  carwash bay 2 brush slow\n{K}: {V}\nsafe drop 3x  -- J.\n"),
]


def build():
    g = G(14201)
    out = []
    n = 0
    for ki, (kind, style, tpl) in enumerate(KINDS):
        for j in range(4):
            ti = (5 * ki + 7 * j) % len(TYPES)
            typ, base, spec = TYPES[ti]
            v = g.spec(spec)
            text = tpl.replace("{K}", keystyle(base, style)).replace("{V}", v)
            n += 1
            out.append(span_rec("p142-s-%04d" % n, typ, kind, text, v, "everyday"))
    return out
