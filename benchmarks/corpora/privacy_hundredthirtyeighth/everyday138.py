import random
from common138 import *
TYPES = [
 ("aq_pen_sensor_hub_password", lambda r: owner_pw(r)),
 ("aq_feed_barge_hmi_password", lambda r: owner_pw(r)),
 ("aq_elog_sync_db_password", lambda r: owner_pw(r)),
 ("aq_cold_store_sftp_password", lambda r: owner_pw(r)),
 ("aq_catch_report_api_key", lambda r: s(r, HEX, 32)),
 ("aq_vms_relay_token", lambda r: b64url(r, 30)),
 ("aq_auction_session_signing_secret", lambda r: s(r, HEX, 64)),
 ("aq_trace_ledger_bearer", lambda r: "trl_" + s(r, B62, 36)),
 ("aq_grading_line_mqtt_client_secret", lambda r: s(r, B62, 40)),
 ("aq_hatchery_webhook_secret", lambda r: "hwk_" + s(r, LOAL, 32)),
 ("aq_sonar_bucket_secret_key", lambda r: s(r, B62, 40)),
 ("aq_biomass_camera_hmac_key", lambda r: b64url(r, 32)),
]
KINDS = [
 ("pen_sensor_hub_openwrt_uci_config", "config service 'hub'\n\toption host 'pen07.farm.internal'\n\toption {k} '{v}'\n"),
 ("feed_barge_wincc_vbscript_action", 'Dim {k}\n{k} = "{v}"\nHMIRuntime.Trace "barge sync start"\n'),
 ("feed_camera_gstreamer_launch_sh", "#!/bin/sh\nexport {K}='{v}'\ngst-launch-1.0 rtspsrc location=rtsp://cam3.pen.local/stream ! fakesink\n"),
 ("oxygen_dosing_codesys_global_constant", "VAR_GLOBAL CONSTANT\n    {K} : STRING(80) := '{v}';\nEND_VAR\n"),
 ("wellboat_delouser_ros2_params_yaml", "delouser_node:\n  ros__parameters:\n    {k}: \"{v}\"\n"),
 ("elog_tablet_android_local_properties", "sdk.dir=/opt/android-sdk\n{k}={v}\n"),
 ("vms_transponder_relay_rust_const", 'pub const {K}: &str = "{v}";\n'),
 ("catch_report_camel_route_xml", '<camelContext id="catch">\n  <propertyPlaceholder id="props"/>\n  <property key="{k}" value="{v}"/>\n</camelContext>\n'),
 ("haul_logbook_ios_xcconfig", "PRODUCT_NAME = HaulLog\n{K} = {v}\n"),
 ("landing_declaration_rails_credentials_yml", "production:\n  landing_portal:\n    {k}: {v}\n"),
 ("auction_clock_erlang_sys_config", '[{auction_clock, [{{k}, "{v}"}]}].\n'),
 ("auction_bidding_deno_jsonc", '{\n  // bidding service\n  "env": { "{K}": "{v}" }\n}\n'),
 ("grading_line_tia_portal_db_source", "DATA_BLOCK \"GraderCfg\"\nVAR\n  {k} : String := '{v}';\nEND_VAR\n"),
 ("fillet_line_julia_config_jl", '# fillet line\nconst {K} = "{v}"\n'),
 ("cold_store_sensor_bridge_lua", 'local {k} = "{v}"\nbridge.start()\n'),
 ("cold_room_ammonia_alarm_tcl", 'set {k} "{v}"\nalarm::arm\n'),
 ("blast_freezer_monitor_nixos_module", '{ ... }: {\n  services.freezerMon.{k} = "{v}";\n}\n'),
 ("reefer_gateway_terraform_tfvars", 'region = "eu-north-1"\n{k} = "{v}"\n'),
 ("trace_epcis_hasura_metadata_yaml", "remote_schemas:\n- name: epcis\n  definition:\n    headers:\n    - name: {k}\n      value: {v}\n"),
 ("trace_ledger_fabric_connection_profile_json", '{"client": {"organization": "ProcessorMSP"}, "{k}": "{v}"}\n'),
 ("processing_plant_abap_constant", "CONSTANTS gc_{k} TYPE string VALUE '{v}'.\n"),
 ("hatchery_ras_pi_crontab_line", "*/5 * * * * {K}='{v}' /opt/ras/push.sh\n"),
 ("hatchery_water_quality_notebook_cell", '{"cell_type": "code", "source": ["{k} = \'{v}\'\\n"]}\n'),
 ("smolt_counter_dotnet_user_secrets_json", '{\n  "Counter:{k}": "{v}"\n}\n'),
 ("sea_lice_count_shiny_renviron", "R_LIBS_USER=~/R\n{K}={v}\n"),
 ("biomass_estimator_hydra_yaml", "defaults:\n  - _self_\ncloud:\n  {k}: ${oc.env:{K},{v}}\n"),
 ("rov_net_inspection_gradle_properties", "org.gradle.jvmargs=-Xmx2g\n{k}={v}\n"),
 ("mooring_load_cell_zephyr_prj_conf", 'CONFIG_MOORING_CLOUD=y\nCONFIG_MOORING_{K}="{v}"\n'),
 ("buoy_telemetry_micropython_secrets_py", '# secrets.py on the buoy\n{K} = "{v}"\n'),
 ("feed_silo_home_assistant_secrets_yaml", 'silo_host: 10.20.4.9\n{k}: "{v}"\n'),
 ("wheelhouse_pc_windows_reg_file", 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\Wheelhouse]\n"{k}"="{v}"\n'),
 ("quota_dashboard_streamlit_secrets_toml", '[quota]\n{k} = "{v}"\n'),
 ("fish_auction_vite_env_production", "VITE_API_BASE=/api\nVITE_{K}={v}\n"),
 ("seafood_export_mule_properties_yaml", 'edi:\n  as2:\n    {k}: "{v}"\n'),
 ("processing_mes_nifi_parameter_context", '{"parameters":[{"parameter":{"name":"{k}","sensitive":false,"value":"{v}"}}]}\n'),
 ("cold_chain_kafka_connect_connector_json", '{"name":"cold-sink","config":{"tasks.max":"1","{k}":"{v}"}}\n'),
 ("farm_ops_github_actions_env_block", "env:\n  {K}: {v}\njobs:\n  sync:\n    runs-on: ubuntu-latest\n"),
 ("farm_ops_woodpecker_ci_yaml", "steps:\n  push:\n    image: alpine\n    environment:\n      {K}: {v}\n"),
 ("skipper_whatsapp_chat_export_line", "[04.03.26, 05:12:44] Skipper Hansen: the {h} for the logbook app is {v} do not lose it\n"),
 ("fish_plant_shift_whiteboard_photo_ocr", "NIGHT SHIFT - LINE 2\nFILLET MACHINE PC\n{h}: {v}\nCALL MAINT 4411\n"),
 ("farm_manager_jira_comment", "*Update:* reset done, the new {h} is {v} - please rotate after the audit.\n"),
 ("auction_support_zendesk_macro_text", "Hi {{ticket.requester.first_name}}, your bidding portal {h} is {v} and it expires Friday.\n"),
 ("vms_incident_pagerduty_note", "Note added by on-call: relay failed, set {K}={v} manually on vms-relay-2.\n"),
 ("processing_qa_onenote_page_export", "QA audit prep\n- HACCP binder\n- trace portal {h}: {v}\n"),
 ("hatchery_slack_huddle_transcript", "Huddle transcript 09:14 Ingrid: okay so the {h} is {v} right? 09:15 Tor: yes\n"),
]
def gen(u):
    r = random.Random(13801); out = []
    for ki, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            t, f = TYPES[(5 * ki + 7 * j) % 12]
            k = t[3:]; v = u.take(lambda: f(r))
            text, st = fill(tpl, k=k, K=k.upper(), h=k.replace("_", " "), v=v)
            out.append(dict(type=t, container=kind, text=text, secrets=[dict(value=v, start=st, end=st+len(v), type=t)], source="everyday"))
    return out
