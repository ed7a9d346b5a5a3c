"""Everyday part: 45 maritime container kinds x 4 records, 12 maritime types, cyclic pairing."""
import random
from common113 import *

S = SLOT
TYPES = [  # (type, KEY NAME, generator)
    ("shipops_ais_stream_api_key", "AIS_STREAM_API_KEY", lambda r: hexs(r, 32)),
    ("shipops_pcs_portal_password", "PCS_PORTAL_PASSWORD", sea_password),
    ("shipops_tos_oracle_password", "TOS_DB_PASSWORD", sea_password),
    ("shipops_carrier_booking_client_secret", "CARRIER_BOOKING_CLIENT_SECRET", lambda r: rs(r, ALNUM, 40)),
    ("shipops_container_tracking_bearer_jwt", "CONTAINER_TRACKING_TOKEN",
     lambda r: jwt(r, {"sub": "svc-tracking-%d" % r.randint(100, 999), "scope": "events:read", "iat": 1760000000 + r.randint(0, 9999999)})),
    ("shipops_edi_as2_partner_password", "AS2_PARTNER_PASSWORD", sea_password),
    ("shipops_vsat_modem_admin_password", "VSAT_ADMIN_PASSWORD", sea_password),
    ("shipops_customs_gateway_api_token", "CUSTOMS_GATEWAY_TOKEN", lambda r: b64(r, 36)),
    ("shipops_bunker_quote_api_key", "BUNKER_QUOTE_API_KEY", uuid4),
    ("shipops_charter_webhook_signing_secret", "CHARTER_WEBHOOK_SECRET", lambda r: "whsec_" + b64(r, 24)),
    ("shipops_onboard_wifi_psk", "CREW_WIFI_PSK", sea_password),
    ("shipops_noon_report_sftp_password", "NOON_REPORT_SFTP_PASSWORD", sea_password),
]

CONTAINERS = [
    ("ais_ingest_nginx_env_directive", "# nginx.conf on ais-ingest-01\nenv {K}=" + S + ";\nworker_processes auto;\n"),
    ("berth_planner_spring_application_yaml", "berth:\n  planner:\n    base-url: https://berth.example.net/api\n    {kd}: " + S + "\n"),
    ("tos_gate_groovy_plugin_def", "// N4-style gate plugin\ndef {K} = \"" + S + "\"\ndef gateHost = 'gate01.example.net'\n"),
    ("pcs_portal_elixir_runtime_exs", "import Config\nconfig :pcs_portal,\n  {k}: \"" + S + "\",\n  port: 4000\n"),
    ("vessel_tracker_flutter_dart_define", "$ flutter run --release --dart-define={K}=" + S + " --dart-define=ENV=staging\n"),
    ("edi_translator_app_config_appsettings_add", "<appSettings>\n  <add key=\"{K}\" value=\"" + S + "\" />\n  <add key=\"Partner\" value=\"HAMBURG-TERM\" />\n</appSettings>\n"),
    ("customs_filing_perl_config_module", "package CustomsFiling::Config;\nour ${K} = '" + S + "';\n1;\n"),
    ("bunker_pricing_r_renviron_file", "# ~/.Renviron for the bunker price model\n{K}=" + S + "\nR_LIBS_USER=~/R/library\n"),
    ("charter_party_tool_ini_section", "[chartering]\nendpoint = https://charter.example.com\n{k} = " + S + "\n"),
    ("onboard_router_openwrt_uci_wireless", "config wifi-iface 'crew'\n\toption ssid 'CREW-NET'\n\toption {k} '" + S + "'\n"),
    ("container_tracking_deno_env_set", "Deno.env.set(\"{K}\", \"" + S + "\");\nawait startTracker();\n"),
    ("carrier_booking_csharp_const_field", "internal static class BookingSettings {\n    internal const string {K} = \"" + S + "\";\n}\n"),
    ("noon_report_power_query_m", "let\n    {K} = \"" + S + "\",\n    Source = Json.Document(Web.Contents(\"https://noon.example.net/v2\"))\nin\n    Source\n"),
    ("ais_feed_node_config_module_exports", "module.exports = {\n  feedUrl: 'wss://ais.example.net/stream',\n  {k}: '" + S + "',\n};\n"),
    ("vessel_performance_dhall_record", "{ vesselImo = \"IMO 9811000\"\n, {k} = \"" + S + "\"\n}\n"),
    ("edi_mapping_xslt_param", "<xsl:param name=\"{k}\" select=\"'" + S + "'\"/>\n"),
    ("terminal_gate_ocr_lua_config", "-- gate OCR lane config\n{k} = \"" + S + "\"\nlane = 4\n"),
    ("fleet_dashboard_nuxt_runtime_config", "export default defineNuxtConfig({\n  runtimeConfig: { {k}: '" + S + "' },\n})\n"),
    ("weather_routing_cpp_define_header", "#pragma once\n#define {K} \"" + S + "\"\n#define ROUTE_GRID_DEG 0.25\n"),
    ("port_ops_ansible_ini_host_vars", "[tos_servers]\ntos01 ansible_host=198.51.100.14 {k}=" + S + "\n"),
    ("stowage_planner_quarkus_properties", "quarkus.http.port=8085\nstowage.{kd}=" + S + "\n"),
    ("ship_email_fetchmailrc_poll_block", "poll mail.example.net protocol IMAP\n  user \"vessel.9811000\" there with {kd} \"" + S + "\"\n"),
    ("vts_console_nomad_job_env_block", "task \"vts-console\" {\n  env {\n    {K} = \"" + S + "\"\n  }\n}\n"),
    ("customs_edi_github_actions_env_map", "jobs:\n  send:\n    env:\n      {K}: " + S + "\n"),
    ("mooring_sensor_platformio_build_flags", "[env:esp32]\nboard = esp32dev\nbuild_flags = -D{K}=\\\"" + S + "\\\"\n"),
    ("ais_router_systemd_setcredential", "[Service]\nExecStart=/usr/local/bin/ais-router\nSetCredential={k}:" + S + "\n"),
    ("reefer_monitor_docker_run_env_flag", "$ docker run -d -e {K}=" + S + " reefer-monitor:2.3\n"),
    ("tos_schema_liquibase_properties", "changeLogFile: tos/changelog.xml\nurl: jdbc:oracle:thin:@tosdb.example.net:1521/TOS\n{k}: " + S + "\n"),
    ("bunker_invoice_apps_script_properties", "PropertiesService.getScriptProperties().setProperty('{K}', '" + S + "');\n"),
    ("port_ops_mattermost_message_paste", "[09:14] k.jansen: for the sandbox just use {K}=" + S + " until IT rotates it\n"),
    ("vessel_master_email_forward_excerpt", "---------- Forwarded message ---------\nSubject: shore access\n\nCaptain, the {k} is " + S + " (valid until drydock).\n"),
    ("container_yard_helmfile_values_gotmpl", "yardService:\n  {k}: \"" + S + "\"\n  replicas: 2\n"),
    ("ais_pipeline_airflow_variables_json", "{\n  \"ais_bucket\": \"ais-raw\",\n  \"{k}\": \"" + S + "\"\n}\n"),
    ("shipping_api_insomnia_environment_json", "{\"_type\": \"environment\", \"data\": {\"{k}\": \"" + S + "\"}}\n"),
    ("port_iot_balena_env_add_cli", "$ balena env add {K} " + S + " --device 7f3a9c1\n"),
    ("crew_app_capacitor_config_ts", "const config: CapacitorConfig = {\n  appId: 'net.example.crew',\n  plugins: { Sync: { {k}: '" + S + "' } },\n};\n"),
    ("edi_gateway_erlang_sys_config", "[{edi_gw, [{{k}, \"" + S + "\"}, {port, 4080}]}].\n"),
    ("charter_analytics_stata_global", "global {K} \"" + S + "\"\nimport delimited \"fixtures.csv\", clear\n"),
    ("port_billing_abap_constants", "CONSTANTS lc_{k} TYPE string VALUE '" + S + "'.\n"),
    ("ship_telemetry_telegraf_inputs_http", "[[inputs.http]]\n  urls = [\"https://vdr.example.net/metrics\"]\n  {k} = \"" + S + "\"\n"),
    ("ais_notebook_databricks_widget", "dbutils.widgets.text(\"{k}\", \"" + S + "\")\n"),
    ("port_gate_dockerfile_env_line", "FROM python:3.12-slim\nENV {K}=" + S + "\nCMD [\"python\", \"gate.py\"]\n"),
    ("ship_chandler_wp_config_define", "define( '{K}', '" + S + "' );\n"),
    ("vessel_ops_jira_comment_paste", "Comment by ops-desk: reproduced with {K}=" + S + " on the test vessel, see logs.\n"),
    ("bridge_pc_windows_batch_set", "@echo off\nset {K}=" + S + "\nstart ecdis-sync.exe\n"),
]


def build():
    rng = random.Random(11301)
    out = []
    n = 0
    for ci, (kind, tpl) in enumerate(CONTAINERS):
        for j in range(4):
            typ, key, gen = TYPES[(ci * 5 + j * 3) % len(TYPES)]
            v = gen(rng)
            text, st = fill(tpl, v, K=key, k=key.lower(), kd=key.lower().replace("_", "-"))
            n += 1
            out.append(rec("", typ, kind, text, st, v, "everyday"))
    return out
