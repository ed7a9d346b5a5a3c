"""Everyday secrets of ground-segment developers: 45 container kinds x 4 records, 12 types."""
from common119 import Gen, HEX, AN, LOW, DIG, UP

TYPES = [  # (type, key name, generator)
    ('gs_mcs_archive_db_password', 'MCS_ARCHIVE_DB_PW', lambda g: g.pw()),
    ('gs_antenna_controller_admin_password', 'ACU_ADMIN_PW', lambda g: g.pw()),
    ('gs_payload_sftp_drop_password', 'PAYLOAD_DROP_PW', lambda g: g.pw()),
    ('gs_ops_broker_password', 'OPS_BROKER_PW', lambda g: g.pw()),
    ('gs_tle_feed_api_key', 'TLE_FEED_API_KEY', lambda g: g.tok('', 40, AN)),
    ('gs_eo_order_portal_token', 'EO_ORDER_TOKEN', lambda g: g.tok('eot_', 36, AN)),
    ('gs_telemetry_bucket_secret_key', 'TM_BUCKET_SECRET_KEY', lambda g: g.tok('', 40, AN + '+/')),
    ('gs_telecommand_link_hmac_key', 'TC_LINK_HMAC_KEY', lambda g: g.tok('', 64, HEX)),
    ('gs_iot_uplink_app_key', 'IOT_UPLINK_APPKEY', lambda g: g.tok('', 32, '0123456789ABCDEF')),
    ('gs_conjunction_service_client_secret', 'CA_SERVICE_CLIENT_SECRET', lambda g: g.tok('', 48, AN + '-_')),
    ('gs_pass_scheduler_jwt', 'PASS_SCHEDULER_BEARER', lambda g: g.jwt({'sub': 'sched-svc', 'aud': 'gs-scheduler', 'scope': 'passes:write'})),
    ('gs_launch_manifest_signing_secret', 'MANIFEST_SIGNING_SECRET', lambda g: g.tok('whsec_', 32, AN)),
]

# container kind -> template; {k} key name, {v} value, {kl} lower key
KINDS = [
    ('yamcs_instance_yaml_datalink_args', 'dataLinks:\n  - name: tm_realtime\n    class: org.yamcs.tctm.TcpTmDataLink\n    args:\n      host: gs-fep01.example.net\n      {kl}: "{v}"\n'),
    ('openc3_plugin_txt_variable', 'VARIABLE target_name SAT1\nVARIABLE {kl} {v}\nTARGET SAT1 <%= target_name %>\n'),
    ('satnogs_client_dotenv_line', 'SATNOGS_STATION_ID=2271\nSATNOGS_RX_DEVICE=rtlsdr\n{k}={v}\n'),
    ('gnuradio_grc_yaml_variable_block', 'blocks:\n- name: {kl}\n  id: variable\n  parameters:\n    comment: ""\n    value: \'"{v}"\'\n  states: {{coordinate: [184, 12], rotation: 0, state: enabled}}\n'),
    ('gpredict_qth_ini_section', '[QTH]\nLOCATION=Svalbard pad B\nLAT=78.2297\nLON=15.4078\nALT=458\n{k}={v}\n'),
    ('cosmos_cmd_tlm_server_txt', 'INTERFACE INST_INT tcpip_client_interface.rb gs-fep02.example.net 8081 8082 10.0 nil\n  OPTION {k} {v}\n  MAP_TARGET INST\n'),
    ('hamlib_rotctld_systemd_unit', '[Service]\nExecStart=/usr/bin/rotctld -m 202 -r /dev/ttyUSB1 -T 0.0.0.0\nEnvironment="{k}={v}"\nRestart=always\n'),
    ('gmat_script_create_variable', "Create Variable orbitId;\nCreate String {k};\n{k} = '{v}';\nGMAT orbitId = 42;\n"),
    ('orekit_data_context_java_props', '# orekit.properties\norekit.data.path=/opt/orekit-data\n{kl}={v}\n'),
    ('stk_connect_script_line', 'New / */Satellite LEO_7\nSetAttr * {k} "{v}"\nSetState */Satellite/LEO_7 Classical TwoBody\n'),
    ('ccsds_sle_provider_config', 'PROVIDER-ID = GS-ANT-03\nPEER-ID = MCS-PRIMARY\n{k} = {v}\nSERVICE-TYPE = RAF\n'),
    ('xtce_spacesystem_ancillary_data', '<xtce:SpaceSystem name="SAT1">\n  <xtce:AncillaryDataSet>\n    <xtce:AncillaryData name="{k}">{v}</xtce:AncillaryData>\n  </xtce:AncillaryDataSet>\n</xtce:SpaceSystem>\n'),
    ('cfs_cmake_toolchain_set', 'set(CFE_SYSTEM_PSPNAME pc-linux)\nset({k} "{v}" CACHE STRING "")\n'),
    ('fprime_topology_fpp_constant', 'module Ref {{\n  constant {k} = "{v}"\n  instance comm: Svc.ByteStreamBufferAdapter base id 0x4000\n}}\n'),
    ('ansible_group_vars_ground_stations', '# group_vars/ground_stations.yml\nacu_vendor: vertex\n{kl}: "{v}"\nntp_servers: [10.20.0.1]\n'),
    ('nomad_job_hcl_template_env', 'task "tm-ingest" {{\n  driver = "docker"\n  env {{\n    {k} = "{v}"\n  }}\n}}\n'),
    ('saltstack_pillar_sls', 'ground:\n  station: inuvik\n  {kl}: {v}\n'),
    ('chef_data_bag_json_item', '{{\n  "id": "mcs",\n  "{kl}": "{v}",\n  "env": "prod"\n}}\n'),
    ('puppet_hiera_common_yaml', '---\nprofile::mcs::host: mcs01.example.net\nprofile::mcs::{kl}: \'{v}\'\n'),
    ('k8s_kustomize_configmap_generator', 'configMapGenerator:\n- name: tm-archiver\n  literals:\n  - {k}={v}\n'),
    ('airflow_connection_extra_json', 'airflow connections add eo_orders --conn-type http --conn-host orders.example.com --conn-extra \'{{"{kl}": "{v}"}}\'\n'),
    ('dagster_run_config_yaml', 'resources:\n  eo_catalog:\n    config:\n      base_url: https://catalog.example.com\n      {kl}: "{v}"\n'),
    ('prefect_block_save_python', 'from prefect.blocks.system import String\nString(value="{v}").save("{kl}", overwrite=True)\n'),
    ('snakemake_config_yaml', 'scenes: data/scenes.tsv\ndem: srtm30\n{kl}: "{v}"\n'),
    ('matlab_startup_m_setenv', "% startup.m for the flight dynamics team\naddpath('/opt/fds/lib');\nsetenv('{k}', '{v}');\n"),
    ('labview_ini_token', '[LabVIEW]\nserver.tcp.enabled=True\n{k}="{v}"\n'),
    ('idl_startup_pro_setenv', "; idl_startup.pro\n!PATH = '/opt/eo/idl:' + !PATH\nSETENV, '{k}={v}'\n"),
    ('fortran_namelist_file', '&ops_config\n  station_code = \'KSX\',\n  {kl} = \'{v}\',\n/\n'),
    ('modelica_parameter_string', 'model LinkBudget\n  parameter String {kl} = "{v}";\n  parameter Real eirp = 52.3;\nend LinkBudget;\n'),
    ('octave_rc_putenv', "% ~/.octaverc\nputenv('{k}', '{v}');\npkg load signal\n"),
    ('ros2_launch_py_parameter', "Node(package='gs_bridge', executable='acu_node',\n     parameters=[{{'acu_host': '10.30.1.5', '{kl}': '{v}'}}])\n"),
    ('zephyr_overlay_dts_property', '&wifi0 {{\n\tstatus = "okay";\n\t{kl} = "{v}";\n}};\n'),
    ('platformio_ini_build_flags', '[env:gs_beacon]\nplatform = espressif32\nboard = esp32dev\nbuild_flags = -D {k}=\\"{v}\\"\n'),
    ('arduino_secrets_h_define', '// arduino_secrets.h\n#define SECRET_SSID "gs-lab"\n#define {k} "{v}"\n'),
    ('vhdl_generic_constant', 'constant {k} : string := "{v}";\nconstant FRAME_LEN : integer := 1115;\n'),
    ('tcl_expect_ground_script_set', 'set host gs-acu03.example.net\nset {kl} "{v}"\nspawn telnet $host\n'),
    ('openmct_plugin_config_js', "openmct.install(YamcsPlugin({{\n  yamcsDictionaryEndpoint: '/yamcs-proxy/',\n  {kl}: '{v}'\n}}));\n"),
    ('grafana_agent_river_block', 'prometheus.remote_write "gs" {{\n  endpoint {{\n    url = "https://metrics.example.net/api/v1/push"\n    bearer_token = "{v}"\n  }}\n}}\n'),
    ('vector_toml_sink_section', '[sinks.tm_archive]\ntype = "http"\nuri = "https://archive.example.net/ingest"\nauth.strategy = "bearer"\nauth.token = "{v}"\n'),
    ('telegraf_conf_output_plugin', '[[outputs.influxdb_v2]]\n  urls = ["http://10.40.0.9:8086"]\n  token = "{v}"\n  organization = "groundseg"\n'),
    ('mission_ops_confluence_storage_macro', '<ac:structured-macro ac:name="code"><ac:plain-text-body><![CDATA[export {k}={v}]]></ac:plain-text-body></ac:structured-macro>\n'),
    ('flight_ops_mattermost_slash_paste', '/remind @fdyn tomorrow 06:00 rotate it again, current {k} is {v}\n'),
    ('pass_plan_excel_csv_export', 'pass_id,station,aos,los,{kl}\nP-20260412-031,SVB,2026-04-12T03:11Z,2026-04-12T03:22Z,{v}\n'),
    ('windows_cmd_set_line', 'C:\\gs\\tools> set {k}={v}\nC:\\gs\\tools> acu_cli.exe status --all\n'),
    ('powershell_dsc_configuration', 'Configuration GroundHost {{\n  Environment Acu {{\n    Name = "{k}"\n    Value = "{v}"\n    Ensure = "Present"\n  }}\n}}\n'),
]


def build(used):
    g = Gen(11901, used)
    out = []
    for i, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            t, key, f = TYPES[(7 * i + 5 * j) % len(TYPES)]
            v = f(g)
            text = tpl.replace('{k}', key).replace('{kl}', key.lower()).replace('{{', '{').replace('}}', '}')
            text = text.replace('{v}', '\ue000')
            s = text.index('\ue000'); text = text.replace('\ue000', v)
            out.append({'type': t, 'container': kind, 'text': text,
                        'secrets': [{'value': v, 'start': s, 'end': s + len(v), 'type': t}], 'source': 'everyday'})
    return out
