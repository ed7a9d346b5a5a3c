"""Everyday records: 45 pharmacy-world container kinds x 4, 12 types (seed 14601)."""
import random
from common146 import owner_pw, spec, place, camel

TYPES = [  # (type, KEY, generator)
    ("rx_pms_database_password", "PMS_DB_PASSWORD", lambda R: owner_pw(R)),
    ("erx_gateway_api_key", "ERX_GATEWAY_API_KEY", lambda R: spec(R, "lit:erxg_live_|an:32")),
    ("dispensing_cabinet_admin_password", "CABINET_ADMIN_PASSWORD", lambda R: owner_pw(R)),
    ("erx_inbound_webhook_secret", "ERX_WEBHOOK_SECRET", lambda R: spec(R, "lit:whrx1.|b64u:32")),
    ("pharmacy_robot_service_password", "ROBOT_SVC_PASSWORD", lambda R: owner_pw(R)),
    ("wholesaler_ordering_api_token", "WHOLESALER_API_TOKEN", lambda R: spec(R, "hx:40")),
    ("wholesaler_as2_partner_password", "AS2_PARTNER_PASSWORD", lambda R: owner_pw(R)),
    ("pmp_reporting_client_secret", "PMP_CLIENT_SECRET", lambda R: spec(R, "an:48")),
    ("pmp_upload_sftp_password", "PMP_SFTP_PASSWORD", lambda R: owner_pw(R)),
    ("compounding_app_jwt_secret", "COMPOUNDING_JWT_SECRET", lambda R: spec(R, "b64:48")),
    ("rx_label_printer_web_password", "LABEL_PRINTER_PASSWORD", lambda R: owner_pw(R)),
    ("claims_switch_hmac_key", "CLAIMS_HMAC_KEY", lambda R: spec(R, "HX:64")),
]

K = [  # (container kind, template with {K} {k} {c} and {V})
 ("rx_gateway_quarkus_application_properties", "# src/main/resources/application.properties\nquarkus.http.port=8085\nrx.gateway.{k}={V}\nquarkus.log.level=INFO\n"),
 ("dispensing_cabinet_programdata_ini", "; C:\\ProgramData\\CabinetSync\\sync.ini\n[Server]\nHost=cab-sync.pharmacy.internal\n{K}={V}\nPollSeconds=30\n"),
 ("pms_dotnet_web_config_appsettings", "<appSettings>\n  <add key=\"ClaimsTimeout\" value=\"30\" />\n  <add key=\"{K}\" value=\"{V}\" />\n</appSettings>\n"),
 ("robot_controller_ros_params_yaml", "rx_robot_bridge:\n  ros__parameters:\n    picker_host: 10.40.2.15\n    {k}: \"{V}\"\n    gripper_speed: 0.4\n"),
 ("wholesaler_edi_mule_properties", "# mule-app.properties (wholesaler 850/855 flows)\nedi.partner.id=WHSL01\nedi.{k}={V}\n"),
 ("pmp_uploader_cron_bash_script", "#!/usr/bin/env bash\n# nightly ASAP upload, run from cron at 02:10\nset -euo pipefail\n{K}='{V}'\n/opt/pmp/bin/upload --state OH --file \"$1\"\n"),
 ("rx_label_service_pyproject_tool_section", "[tool.rxlabel]\nprinter_pool = \"front-counter\"\n{k} = \"{V}\"\n"),
 ("compounding_app_nextjs_env_production", "NEXT_PUBLIC_SITE=compounding.example.com\n{K}={V}\n"),
 ("erx_hl7_mirth_channel_xml", "<channel version=\"4.4.0\">\n  <name>NewRx inbound</name>\n  <property name=\"{c}\">{V}</property>\n</channel>\n"),
 ("pms_docker_compose_environment", "services:\n  pms-api:\n    image: registry.example.com/pms-api:7.2\n    environment:\n      - {K}={V}\n      - TZ=America/Chicago\n"),
 ("cabinet_sync_kustomize_secret_generator", "secretGenerator:\n  - name: cabinet-sync\n    literals:\n      - {k}={V}\n"),
 ("pms_podman_quadlet_container_unit", "[Container]\nImage=registry.example.com/pms-worker:3.1\nEnvironment={K}={V}\n[Install]\nWantedBy=default.target\n"),
 ("rx_portal_caddyfile_env_block", "rx.example.com {\n    reverse_proxy pms-api:8080\n    # env for the upstream: {K} {V}\n}\n"),
 ("wholesaler_order_bot_deno_ts_const", "// order_bot.ts — Deno cron that posts the nightly 850\nconst {c} = \"{V}\";\nDeno.cron(\"order\", \"0 3 * * *\", () => postOrder({c}));\n"),
 ("pmp_reporter_go_viper_yaml", "reporter:\n  state: KY\n  {k}: {V}\n  retry: 3\n"),
 ("rx_api_rails_database_yml", "production:\n  adapter: postgresql\n  host: rxdb.internal\n  {k}: <%= ENV.fetch('{K}', '{V}') %>\n"),
 ("dispense_log_fluent_bit_conf", "[OUTPUT]\n    Name  http\n    Host  logs.pharmacy.internal\n    Header X-{c} {V}\n"),
 ("pharmacy_ci_circleci_config_yml", "jobs:\n  deploy:\n    environment:\n      {K}: {V}\n    steps: [checkout]\n"),
 ("pharmacy_ci_bitbucket_pipelines_yml", "pipelines:\n  default:\n    - step:\n        script:\n          - export {K}={V}\n          - make test\n"),
 ("pharmacy_ci_drone_yml", "kind: pipeline\nname: pms\nsteps:\n- name: integration\n  environment:\n    {K}: {V}\n"),
 ("pms_legacy_vbscript", "' nightly_export.vbs\nDim {c}\n{c} = \"{V}\"\nSet conn = CreateObject(\"ADODB.Connection\")\n"),
 ("pms_access_vba_module", "Option Compare Database\nPublic Const {K} As String = \"{V}\"\n"),
 ("pms_visual_foxpro_prg", "* rxsync.prg\nLOCAL l{c}\nl{c} = \"{V}\"\nDO rx_sync WITH l{c}\n"),
 ("cabinet_firmware_yocto_local_conf", "# conf/local.conf for the cabinet image\nMACHINE = \"cabinet-imx8\"\n{K} = \"{V}\"\n"),
 ("rx_analytics_dbt_profiles_yml", "rx_analytics:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      {k}: \"{V}\"\n"),
 ("rx_analytics_spark_defaults_conf", "spark.master                 yarn\nspark.rx.{c}          {V}\n"),
 ("label_print_bartender_xml_script", "<XMLScript Version=\"2.0\">\n  <Command Name=\"PrintRxLabel\">\n    <Setting Name=\"{K}\">{V}</Setting>\n  </Command>\n</XMLScript>\n"),
 ("pmp_sftp_filezilla_sitemanager_xml", "<Server>\n  <Host>sftp.pmp-upload.example.net</Host>\n  <Port>22</Port>\n  <!-- {K} -->\n  <Comment>{V}</Comment>\n</Server>\n"),
 ("erx_gateway_helmfile_yaml", "releases:\n  - name: erx-gateway\n    chart: ./charts/erx\n    set:\n      - name: env.{K}\n        value: {V}\n"),
 ("wholesaler_edi_biztalk_binding_xml", "<SendPort Name=\"WHSL_850_Out\">\n  <TransportTypeData>&lt;{c}&gt;{V}&lt;/{c}&gt;</TransportTypeData>\n</SendPort>\n"),
 ("pms_sqlserver_agent_job_step", "EXEC msdb.dbo.sp_add_jobstep @job_name = N'rx_nightly',\n  @command = N'rxsync.exe /{c}:{V} /mode:full';\n"),
 ("pharmacy_app_flutter_dart_env", "// lib/env.dart\nclass Env {\n  static const {c} = '{V}';\n}\n"),
 ("pharmacy_app_capacitor_config_json", "{\n  \"appId\": \"com.example.refills\",\n  \"plugins\": { \"RxBridge\": { \"{c}\": \"{V}\" } }\n}\n"),
 ("robot_plc_twincat_structured_text", "VAR_GLOBAL CONSTANT\n    {K} : STRING(80) := '{V}';\nEND_VAR\n"),
 ("compounding_scale_labview_ini", "[CompoundScale]\nComPort=COM4\n{c}=\"{V}\"\n"),
 ("rx_claims_nestjs_config_ts", "export default () => ({\n  claims: { {c}: process.env.{K} ?? '{V}' },\n});\n"),
 ("pharmacy_ops_puppet_hiera_yaml", "---\nprofile::pms::db_host: rxdb.internal\nprofile::pms::{k}: '{V}'\n"),
 ("pharmacy_ops_salt_pillar_sls", "pms:\n  service_user: rxsvc\n  {k}: {V}\n"),
 ("pharmacy_ops_chef_data_bag_json", "{\n  \"id\": \"pms\",\n  \"{k}\": \"{V}\"\n}\n"),
 ("rx_ingest_aws_sam_template_yaml", "Resources:\n  RxIngestFn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Environment:\n        Variables:\n          {K}: {V}\n"),
 ("pharmacist_signal_chat_paste", "[09:12] Aisha: cabinet sync broke again after the update\n[09:13] Aisha: {K} is {V} if you want to retry\n"),
 ("pharmacy_tech_outlook_mail_body", "Hi Marco,\n\nfor the weekend rollout the {k} is {V} - it goes into the vault on Monday.\n\nThanks, Priya\n"),
 ("dispensary_freshdesk_ticket_note", "Private note (agent): customer confirmed the {k} over the phone: {V}. Reset scheduled after go-live.\n"),
 ("night_pharmacist_pager_message", "PAGE 02:41 robot down in bay 3. {K}={V} use it to restart the picker service\n"),
 ("pharmacy_counter_label_photo_ocr", "OCR (photo of label stuck on the till monitor):\n{k}\n{V}\ndo not remove\n"),
]


def build():
    R = random.Random(14601)
    out = []
    for i, (kind, tpl) in enumerate(K):
        for j in range(4):
            t, key, gen = TYPES[(5 * i + 7 * j) % 12]
            v = gen(R)
            txt = tpl.replace("{K}", key).replace("{k}", key.lower()).replace("{c}", camel(key))
            text, s, e = place(txt, v)
            out.append(dict(type=t, container=kind, text=text,
                            secrets=[dict(value=v, start=s, end=e, type=t)], source="everyday"))
    return out
