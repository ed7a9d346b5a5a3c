"""Everyday records: 45 energy-developer container kinds x 4 (12 types, shifted cyclic pairing)."""
import random
from shapes108 import SLOT, place, gen, HEX, B62, ALNUM, B64U, B64

# type, ENV_KEY, camelKey, human label, spec
TYPES = [
    ("nrg_csms_postgres_password", "CSMS_DB_PASS", "csmsDbPass", "CSMS Postgres password", ["PW"]),
    ("nrg_charge_point_ocpp_basic_password", "CP_BASIC_AUTH_PASS", "cpBasicAuthPass", "OCPP basic-auth password for the charge points", ["PW"]),
    ("nrg_meter_head_end_api_key", "HES_API_KEY", "hesApiKey", "meter head-end API key", [(HEX, 32)]),
    ("nrg_inverter_cloud_client_secret", "INVERTER_CLOUD_CLIENT_SECRET", "inverterCloudClientSecret", "inverter cloud client secret", [(B64U, 43)]),
    ("nrg_historian_service_password", "HISTORIAN_SVC_PASS", "historianSvcPass", "historian service account password", ["PW"]),
    ("nrg_openadr_vtn_client_secret", "VTN_CLIENT_SECRET", "vtnClientSecret", "OpenADR VTN client secret", [(B62, 40)]),
    ("nrg_ocpi_credentials_token_c", "OCPI_TOKEN_C", "ocpiTokenC", "OCPI credentials token C", ["UUID"]),
    ("nrg_battery_gateway_mqtt_password", "BESS_MQTT_PASS", "bessMqttPass", "battery gateway MQTT password", ["PW"]),
    ("nrg_tariff_api_bearer_jwt", "TARIFF_API_BEARER", "tariffApiBearer", "tariff API bearer token", ["JWT:https://tariffs.example.net/"]),
    ("nrg_dr_webhook_signing_secret", "DR_WEBHOOK_SIGNING_SECRET", "drWebhookSigningSecret", "demand-response webhook signing secret", [(HEX, 64)]),
    ("nrg_meter_data_bucket_secret_key", "METER_ARCHIVE_SECRET_KEY", "meterArchiveSecretKey", "meter-data archive bucket secret key", [(B64[:-2] + "+/", 40)]),
    ("nrg_scada_vpn_preshared_key", "SCADA_VPN_PSK", "scadaVpnPsk", "SCADA VPN pre-shared key", ["PW"]),
]

S = SLOT
# kind -> template with %K% (ENV key), %C% (camel key), %L% (label), S slot
CONTAINERS = [
    ("everest_module_config_yaml", "active_modules:\n  ocpp:\n    module: OCPP201\n    config_module:\n      %C%: \"" + S + "\"\n      ChargePointConfigPath: config.json\n"),
    ("steve_csms_application_properties", "# SteVe CSMS prod\nserver.port = 8180\nsteve.%C% = " + S + "\ndb.schema = stevedb\n"),
    ("citrineos_local_dotenv", "NODE_ENV=production\nCITRINE_HOST=csms.site.local\n%K%=" + S + "\nLOG_LEVEL=info\n"),
    ("ocpp_simulator_launch_json", "{\n  \"name\": \"Run CP simulator\",\n  \"env\": {\"%K%\": \"" + S + "\", \"CP_ID\": \"DEPOT3-CP07\"}\n}\n"),
    ("node_red_energy_flow_settings_js", "module.exports = {\n  uiPort: 1880,\n  %C%: '" + S + "',\n  flowFile: 'pv-flows.json'\n};\n"),
    ("home_energy_dashboard_secrets_toml", "[site]\nname = \"Hillcrest PV + BESS\"\n\n[secrets]\n%C% = \"" + S + "\"\n"),
    ("victron_venus_rc_local_export", "#!/bin/sh\n# /data/rc.local on Cerbo GX\nexport %K%=\"" + S + "\"\n/data/dbus-bridge/start.sh &\n"),
    ("openems_edge_felix_cfg", "# io.openems.edge.bridge.modbus.cfg\nip=\"192.168.20.15\"\n%C%=\"" + S + "\"\nport=I\"502\"\n"),
    ("emhass_config_yaml_secret", "retrieve_hass_conf:\n  freq: 30\n  %C%: " + S + "\n  time_zone: Europe/Berlin\n"),
    ("grafana_energy_provisioning_datasource", "apiVersion: 1\ndatasources:\n  - name: MeterDB\n    type: postgres\n    secureJsonData:\n      %C%: " + S + "\n"),
    ("telegraf_modbus_agent_env_file", "# /etc/default/telegraf\nINFLUX_URL=http://historian.site.local:8086\n%K%=" + S + "\n"),
    ("openhab_services_cfg_line", "# services/energy.cfg\nenergy:refresh=60\nenergy:%C%=" + S + "\n"),
    ("iobroker_adapter_native_json", "{\"common\": {\"name\": \"sma-em\"}, \"native\": {\"%C%\": \"" + S + "\", \"interval\": 15}}\n"),
    ("evcc_yaml_site_block", "site:\n  title: Garage\n  meters:\n    grid: gridmeter\n  # %L%\n  %C%: " + S + "\n"),
    ("gurux_director_device_export_xml", "<GXDLMSDevice>\n  <Name>Substation feeder 4</Name>\n  <%C%>" + S + "</%C%>\n  <ClientAddress>16</ClientAddress>\n</GXDLMSDevice>\n"),
    ("openadr_ven_python_settings", "VEN_NAME = 'ven-hvac-07'\nVTN_URL = 'https://vtn.example.com/OpenADR2/Simple/2.0b'\n%K% = '" + S + "'\n"),
    ("pi_af_connector_app_config", "<appSettings>\n  <add key=\"AFServer\" value=\"PIAF01\" />\n  <add key=\"%C%\" value=\"" + S + "\" />\n</appSettings>\n"),
    ("ignition_gateway_script_python", "# Ignition gateway timer script\nhost = 'scada-hist.site.local'\n%C% = \"" + S + "\"\nsystem.db.refresh()\n"),
    ("kepware_project_export_json", "{\"project\": {\"channels\": [{\"common.ALLTYPES_NAME\": \"Inverters\", \"%C%\": \"" + S + "\"}]}}\n"),
    ("ansible_charger_fleet_group_vars", "---\ncharger_fw_channel: stable\n%C%: \"" + S + "\"\nntp_server: ntp.site.local\n"),
    ("helm_csms_values_override_yaml", "csms:\n  replicas: 3\n  env:\n    - name: %K%\n      value: \"" + S + "\"\n"),
    ("systemd_ocpp_gateway_dropin", "[Service]\nEnvironment=\"%K%=" + S + "\"\nExecStart=/opt/ocpp-gw/bin/gw\n"),
    ("github_actions_tariff_sync_step", "- name: Sync tariffs\n  run: ./sync-tariffs.sh\n  env:\n    %K%: " + S + "\n"),
    ("azure_function_local_settings_json", "{\n  \"IsEncrypted\": false,\n  \"Values\": {\"FUNCTIONS_WORKER_RUNTIME\": \"python\", \"%K%\": \"" + S + "\"}\n}\n"),
    ("esp32_meter_reader_secrets_h", "#pragma once\n#define WIFI_SSID \"meterroom\"\n#define %K% \"" + S + "\"\n"),
    ("arduino_p1_reader_sketch_const", "// P1 port reader\nconst char* %C% = \"" + S + "\";\nvoid setup() { Serial.begin(115200); }\n"),
    ("rust_ocpp_server_config_rs", "pub const LISTEN: &str = \"0.0.0.0:9000\";\npub const %K%: &str = \"" + S + "\";\n"),
    ("go_csms_main_flag_default", "var %C% = flag.String(\"%C%\", \"" + S + "\", \"%L%\")\n"),
    ("kotlin_charger_app_build_gradle", "android {\n  defaultConfig {\n    buildConfigField \"String\", \"%K%\", \"\\\"" + S + "\\\"\"\n  }\n}\n"),
    ("jupyter_load_forecast_notebook_cell", "In [3]: %C% = \"" + S + "\"\nIn [4]: df = fetch_interval_data(meter='MTR-88121', key=%C%)\n"),
    ("dbt_profiles_meter_warehouse", "meter_wh:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      %C%: \"" + S + "\"\n"),
    ("airflow_hes_conn_extra_cli", "$ airflow connections add hes_api --conn-type http --conn-extra '{\"%C%\": \"" + S + "\"}'\n"),
    ("commissioning_sheet_csv_row", "site,asset,field,value\nDEPOT3,CP07,%C%," + S + "\n"),
    ("installer_whatsapp_handover_message", "[07/03/26, 16:42] Jonas (installer): all 12 chargers online. %L%: " + S + " - keep it in the vault pls\n"),
    ("utility_ops_slack_thread_reply", "@grid-ops can someone rotate this? I pasted it in the wrong channel yesterday: " + S + " (%L%)\n"),
    ("jira_ev_rollout_ticket_comment", "EVR-412 comment by m.osei: Staging works now, I set the %L% to " + S + " on the staging CSMS.\n"),
    ("vendor_support_email_reply", "Hi Priya,\n\nas requested for the remote session, the %L% is " + S + "\n\nRegards,\nField service\n"),
    ("onenote_site_visit_notes", "Site visit Hillcrest 14 May\n- inverter fw 4.12 ok\n- %L%: " + S + "\n- BESS SoC calibrated\n"),
    ("csms_debug_log_line", "2026-05-14T09:12:44Z DEBUG csms.auth loaded config %C%=" + S + " source=env\n"),
    ("pytest_fixture_conftest_py", "@pytest.fixture\ndef hes_client():\n    return HesClient(base='https://hes.test', %C%=\"" + S + "\")\n"),
    ("postman_environment_export_json", "{\"name\": \"CSMS prod\", \"values\": [{\"key\": \"%C%\", \"value\": \"" + S + "\", \"enabled\": true}]}\n"),
    ("powershell_historian_setup_ps1", "$env:%K% = '" + S + "'\n& .\\Install-HistorianCollector.ps1 -Site 'SUB-NORTH'\n"),
    ("crontab_meter_export_line", "15 2 * * * %K%='" + S + "' /opt/mdm/export_intervals.sh >> /var/log/mdm.log 2>&1\n"),
    ("nix_flake_energy_module", "services.energy-bridge = {\n  enable = true;\n  %C% = \"" + S + "\";\n};\n"),
    ("dockerfile_ocpp_proxy_env", "FROM python:3.12-slim\nENV %K%=" + S + "\nCMD [\"python\", \"-m\", \"ocpp_proxy\"]\n"),
]


def build(seed=10801):
    rng = random.Random(seed)
    out = []
    for ci, (kind, tpl) in enumerate(CONTAINERS):
        for j in range(4):
            t = TYPES[(ci + j * 3) % len(TYPES)]
            name, env, camel, label, spec = t
            v = gen(rng, spec)
            text, s, e = place(tpl.replace("%K%", env).replace("%C%", camel).replace("%L%", label), v)
            out.append({"type": name, "container": kind, "text": text,
                        "secrets": [{"value": v, "start": s, "end": e, "type": name}], "source": "everyday"})
    return out
