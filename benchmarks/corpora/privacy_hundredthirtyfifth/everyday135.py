"""Everyday records: 45 container kinds x 4, 12 common secret types of parking / toll developers."""
TYPES = [  # (span type, key snake name, shape)
    ("pt_lpr_camera_web_password", "lpr_cam_admin_pass", "{pw}"),
    ("pt_pay_station_sftp_password", "paystation_sftp_pass", "{pw}"),
    ("pt_gate_controller_admin_password", "gate_ctrl_admin_pw", "{pw}"),
    ("pt_violation_db_password", "citation_db_password", "{pw}"),
    ("pt_toll_host_api_key", "toll_host_api_key", "{hex:40}"),
    ("pt_permit_portal_jwt_secret", "permit_jwt_secret", "{b64u:48}"),
    ("pt_reservation_webhook_secret", "resv_webhook_signing", "rwh_{an:36}"),
    ("pt_transponder_master_key", "tag_master_key", "{HEX:32}"),
    ("pt_meter_fleet_mqtt_token", "meter_mqtt_token", "{b64:30}"),
    ("pt_occupancy_feed_bearer", "occupancy_feed_bearer", "ocf_{lan:40}"),
    ("pt_citation_export_hmac_key", "citation_export_hmac", "{b64:32}"),
    ("pt_rsu_snmp_auth_phrase", "rsu_snmpv3_auth", "{pw}"),
]

KINDS = [
    ("anpr_camera_provisioning_json", '{\n  "site": "garage-{N}",\n  "camera": {"model": "lpr-cam-2", "ip": "10.40.{N}.21",\n    "{KC}": "\x00"}\n}'),
    ("pay_station_kiosk_registry_reg", 'Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SOFTWARE\\LotKiosk\\Uplink]\n"Host"="uplink{N}.example.net"\n"{KP}"="\x00"'),
    ("gate_controller_busybox_rc_local", '#!/bin/sh\n# /etc/rc.local on gate controller G{N}\nexport {KU}=\x00\n/opt/gate/bin/gated -c /etc/gate.conf &\nexit 0'),
    ("citation_backoffice_spring_properties", 'spring.datasource.url=jdbc:postgresql://db{N}.internal:5432/citations\nbackoffice.{KD}=\x00\nbackoffice.batch.size=500'),
    ("toll_host_gradle_properties", 'org.gradle.jvmargs=-Xmx2g\nsystemProp.{KD}=\x00\nsystemProp.toll.region=r{N}'),
    ("permit_portal_laravel_env", 'APP_NAME="Permit Portal"\nAPP_ENV=production\nDB_HOST=10.8.{N}.4\n{KU}=\x00\nQUEUE_CONNECTION=redis'),
    ("reservation_api_pydantic_settings_py", 'class Settings(BaseSettings):\n    lot_id: int = {N}\n    {K}: str = "\x00"\n    model_config = SettingsConfigDict(env_prefix="RESV_")'),
    ("rsu_openwrt_uci_snippet", "config roadside 'uplink'\n\toption host 'rsu{N}.example.org'\n\toption {K} '\x00'\n\toption interval '30'"),
    ("meter_fleet_nomad_job_hcl", 'task "meter-bridge" {\n  driver = "docker"\n  env {\n    METER_ZONE = "{N}"\n    {KU} = "\x00"\n  }\n}'),
    ("occupancy_chirpstack_integration_toml", '[integration.http]\nendpoint="https://occ{N}.example.com/uplink"\n{K}="\x00"'),
    ("garage_bms_niagara_station_xml", '<p n="GarageFans{N}" t="b:Folder">\n  <p n="{KC}" t="b:String" v="\x00"/>\n</p>'),
    ("lane_controller_systemd_env_line", '[Service]\nExecStart=/usr/local/bin/lanectl --lane {N}\nEnvironment="{KU}=\x00"\nRestart=always'),
    ("lane_tag_reader_windows_ini", '[Reader]\nPort=COM{N}\nProtocol=6C\n{KP}=\x00\nTimeoutMs=250'),
    ("enforcement_handheld_buildconfig_field", 'android {\n  defaultConfig {\n    buildConfigField "String", "{KU}", "\\"\x00\\""\n    versionCode {N}\n  }\n}'),
    ("parker_app_secrets_xcconfig", '// Secrets.xcconfig (build {N})\nAPI_HOST = api.example.com\n{KU} = \x00'),
    ("parker_app_flutter_dart_defines_json", '{\n  "FLAVOR": "prod",\n  "BUILD": "{N}",\n  "{KU}": "\x00"\n}'),
    ("permit_portal_nextjs_env_production", 'NEXT_PUBLIC_SITE=https://permits.example.org\n{KU}=\x00\nNODE_OPTIONS=--max-old-space-size={N}0'),
    ("toll_backoffice_web_config_appsettings", '<appSettings>\n  <add key="Plaza" value="{N}" />\n  <add key="{KP}" value="\x00" />\n</appSettings>'),
    ("violation_ocr_celeryconfig_py", "broker_url = 'redis://10.2.{N}.9:6379/0'\n{KU} = '\x00'\ntask_acks_late = True"),
    ("plate_review_configmap_yaml", 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: plate-review-{N}\ndata:\n  {KU}: "\x00"'),
    ("toll_rating_cobol_working_storage", '       WORKING-STORAGE SECTION.\n       01  WS-PLAZA-NO        PIC 9(4) VALUE {N}.\n       01  WS-{KH}   PIC X(60) VALUE \'\x00\'.'),
    ("garage_gate_plc_structured_text", 'VAR_GLOBAL CONSTANT\n    gateNo : INT := {N};\n    {KC} : STRING(64) := \'\x00\';\nEND_VAR'),
    ("barrier_arm_esphome_yaml", 'esphome:\n  name: barrier-{N}\napi:\n  encryption:\n    key: !secret api_key\nsubstitutions:\n  {K}: "\x00"'),
    ("lpr_edge_compose_override_yml", 'services:\n  lpr-edge:\n    environment:\n      - SITE={N}\n      - {KU}=\x00'),
    ("gantry_infra_pulumi_stack_yaml", 'config:\n  gantry:region: r{N}\n  gantry:{KC}: \x00'),
    ("violation_etl_airflow_variables_json", '{\n  "etl_schedule": "0 */{N} * * *",\n  "{K}": "\x00"\n}'),
    ("parking_lake_spark_defaults_conf", 'spark.executor.memory 4g\nspark.hadoop.{KD} \x00\nspark.sql.shuffle.partitions {N}0'),
    ("permit_renewal_actions_workflow_yml", 'jobs:\n  renew:\n    runs-on: ubuntu-latest\n    env:\n      {KU}: \x00\n    steps:\n      - run: ./renew.sh --batch {N}'),
    ("reservation_gitlab_ci_variables", 'variables:\n  LOT: "{N}"\n  {KU}: "\x00"\ndeploy:\n  script: make deploy'),
    ("toll_ops_powershell_profile", '# profile.ps1 - toll ops jump box {N}\n$env:{KU} = \'\x00\'\nSet-Location C:\\TollOps'),
    ("meter_collection_vba_module", 'Attribute VB_Name = "CoinAudit{N}"\nPrivate Const {KU} As String = "\x00"\nPublic Sub Upload()'),
    ("pay_station_firmware_config_h", '#ifndef PS_CONFIG_H\n#define PS_CONFIG_H\n#define PS_UNIT {N}\n#define {KU} "\x00"\n#endif'),
    ("lane_firmware_rust_consts", 'pub const LANE_ID: u16 = {N};\npub const {KU}: &str = "\x00";'),
    ("occupancy_api_go_vars", 'package config\n\nvar (\n\tZone = {N}\n\t{KP} = "\x00"\n)'),
    ("citation_mailer_rails_credentials_dump", '$ bin/rails credentials:show\nsecret_key_base: (hidden)\nnotices:\n  {K}: \x00\n  batch: {N}'),
    ("transponder_provisioning_kotlin_consts", 'object TagProvisioning {\n    const val BATCH = {N}\n    const val {KU} = "\x00"\n}'),
    ("garage_signage_lua_table", 'return {\n  sign_id = {N},\n  {K} = "\x00",\n}'),
    ("parking_analytics_notebook_cell_json", '{"cell_type": "code", "execution_count": {N}, "source": ["{K} = \'\x00\'\\n", "df = load_sessions()"]}'),
    ("pay_station_support_teams_paste", '[09:{N}] Dana K: lane box won\'t sync, I set {K} to \x00 on it, can someone check the uplink?'),
    ("toll_incident_pagerduty_note", 'Incident #{N}4 note: rotated {K}; temporary value \x00 until the vault sync finishes.'),
    ("garage_ops_confluence_runbook_step", 'Step {N}. On the gate PC open C:\\gate\\conf.ini and set {KP} = \x00, then restart GateSvc.'),
    ("lpr_vendor_support_email_reply", 'Hi team,\n\nfor site {N} the camera-side {K} is \x00 - please change it after the firmware update.\n\nRegards,\nField support'),
    ("violation_processing_jira_comment", 'VIOL-{N}21: reproduced on staging with {K}=\x00, the export job fails at row 4123.'),
    ("meter_tech_field_sms_export", '2026-03-0{N} 07:12, Tech Ravi: zone meters need {K} \x00 for the new uplink'),
    ("lane_controller_syslog_debug_line", 'Mar  4 04:12:0{N} lane07 gated[412]: DEBUG loaded cfg {K}=\x00 from /etc/gate.conf'),
]


def build(G, next_id):
    recs = []
    for k, (kind, tpl) in enumerate(KINDS):
        for j in range(4):
            ti = (5 * k + 7 * j) % len(TYPES)
            typ, key, shape = TYPES[ti]
            v = G.fresh(lambda: G.shape(shape))
            from common135 import cases, make
            kw = cases(key)
            kw["N"] = str(1 + (k + j) % 9)
            recs.append(make(next_id(), typ, kind, tpl, v, "everyday", **kw))
    return recs
