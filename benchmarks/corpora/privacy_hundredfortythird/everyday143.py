"""Everyday records: 12 court-world types x 45 containers x 4."""
import random
from common143 import *

TYPES = [
 ('court_cms_database_password', 'owner', 'cms db password'),
 ('efiling_service_account_password', 'owner', 'efiling service password'),
 ('jury_portal_admin_password', 'owner', 'jury portal admin password'),
 ('courtroom_recorder_web_password', 'owner', 'recorder web password'),
 ('probation_sftp_password', 'owner', 'probation sftp password'),
 ('clerk_smtp_relay_password', 'owner', 'clerk smtp password'),
 ('efsp_gateway_api_key', 'efk', 'efsp api key'),
 ('docket_webhook_signing_secret', 'dks', 'docket webhook secret'),
 ('jury_sms_gateway_token', 'b64u', 'jury sms token'),
 ('recording_storage_secret_key', 'b64k', 'recording storage secret key'),
 ('warrant_interface_jwt_secret', 'hex64', 'warrant jwt secret'),
 ('fee_processor_client_secret', 'an48', 'fee processor client secret'),
]

def gen_value(r, kind):
    if kind == 'owner': return owner_pw(r)
    if kind == 'efk': return 'efk_live_' + an(r, 40)
    if kind == 'dks': return 'dks1.' + hexs(r, 48)
    if kind == 'b64u': return b64bytes(r, 33, url=True, pad=False)
    if kind == 'b64k': return b64bytes(r, 30)
    if kind == 'hex64': return hexs(r, 64)
    return an(r, 48)

def keyname(label, style):
    w = label.split()
    if style == 'snake': return '_'.join(w)
    if style == 'upper': return '_'.join(w).upper()
    if style == 'camel': return w[0] + ''.join(x.capitalize() for x in w[1:])
    if style == 'kebab': return '-'.join(w)
    if style == 'pascal': return ''.join(x.capitalize() for x in w)
    if style == 'dot': return '.'.join(w)
    return label  # spaced

# (container kind, key style, template with {K} and {V})
CONTAINERS = [
 ('docket_sync_erlang_sys_config', 'snake', '[{docket_sync, [\n    {cms_host, "cms.court.internal"},\n    {{K}, "{V}"},\n    {poll_seconds, 30}\n]}].'),
 ('efiling_gateway_elixir_runtime_exs', 'snake', 'import Config\n\nconfig :efiling_gateway, EfilingGateway.Upstream,\n  base_url: "https://efsp.example.com/ecf/v4",\n  {K}: "{V}",\n  timeout: 15_000'),
 ('case_index_clojure_edn_profile', 'kebab', '{:profile :staging\n :case-index {:es-url "http://search.court.internal:9200"\n              :{K} "{V}"\n              :batch 500}}'),
 ('jury_portal_scala_hocon_conf', 'camel', 'jury-portal {\n  summons.batchSize = 200\n  {K} = "{V}"\n  smtp.host = "relay.court.internal"\n}'),
 ('court_calendar_dhall_record', 'camel', 'let Calendar = ./types.dhall\nin  { host = "calendar.court.internal"\n    , {K} = "{V}"\n    , slots = 48\n    } : Calendar'),
 ('recording_ingest_nixos_module', 'camel', '{ config, pkgs, ... }:\n{\n  services.recordingIngest = {\n    enable = true;\n    {K} = "{V}";\n    spool = "/var/spool/ftr";\n  };\n}'),
 ('warrant_bridge_cobol_working_storage', 'kebab', '       WORKING-STORAGE SECTION.\n       01  WS-BRIDGE-CONFIG.\n           05  WS-HOST          PIC X(30) VALUE "WARRANTS.DOJ.INTERNAL".\n           05  WS-{K}  PIC X(64) VALUE "{V}".'),
 ('fee_batch_jcl_sysin_card', 'upper', '//FEEBATCH JOB (ACCT),\'NIGHTLY FEES\',CLASS=A,MSGCLASS=X\n//STEP01   EXEC PGM=FEEPOST\n//SYSIN    DD *\n  {K}={V}\n  RUNDATE=CURRENT\n/*'),
 ('clerk_desktop_delphi_dfm', 'pascal', 'object dmClerk: TdmClerk\n  object conCMS: TFDConnection\n    Params.Strings = (\n      \'Server=cms.court.internal\'\n      \'{K}={V}\')\n    LoginPrompt = False\n  end\nend'),
 ('probation_reporting_odbc_dsn_entry', 'pascal', '[ProbationDW]\nDriver      = ODBC Driver 18 for SQL Server\nServer      = dw.probation.internal\n{K} = {V}\nTrustServerCertificate = yes'),
 ('jury_mailer_perl_config_pm', 'snake', 'package JuryMailer::Config;\nuse strict;\nour %CFG = (\n    relay => \'relay.court.internal\',\n    {K} => \'{V}\',\n);\n1;'),
 ('ecf_review_tomcat_context_xml', 'camel', '<Context>\n  <Environment name="{K}" type="java.lang.String"\n               value="{V}" override="false"/>\n</Context>'),
 ('court_cms_wildfly_standalone_xml', 'camel', '<subsystem xmlns="urn:jboss:domain:naming:2.0">\n  <bindings>\n    <simple name="java:global/cms/{K}" value="{V}"/>\n  </bindings>\n</subsystem>'),
 ('docket_etl_airflow_variables_json', 'snake', '{\n  "docket_etl_source": "odyssey_replica",\n  "{K}": "{V}",\n  "docket_etl_window_days": "3"\n}'),
 ('case_search_logstash_pipeline_conf', 'snake', 'output {\n  http {\n    url => "https://cases.example.org/ingest"\n    headers => { "X-{K}" => "{V}" }\n  }\n}'),
 ('courtroom_dsp_qsys_lua_script', 'snake', '-- Q-SYS control script, courtroom 4B\nlocal host = "10.20.4.15"\nlocal {K} = "{V}"\nTimer.CallAfter(function() Connect(host) end, 2)'),
 ('jury_kiosk_windows_unattend_xml', 'pascal', '<AutoLogon>\n  <Enabled>true</Enabled>\n  <Username>jurykiosk</Username>\n  <!-- {K} -->\n  <Password><Value>{V}</Value><PlainText>true</PlainText></Password>\n</AutoLogon>'),
 ('clerk_pc_autohotkey_script', 'pascal', '; clerk counter hotkeys\n{K} := "{V}"\n^!d::Run, https://cms.court.internal/docket'),
 ('efiling_worker_ansible_host_vars_yaml', 'snake', '---\nefiling_worker_queue: filings\n{K}: "{V}"\nefiling_worker_concurrency: 4'),
 ('case_api_terraform_tfvars', 'snake', 'environment = "uat"\nregion      = "us-gov-west-1"\n{K} = "{V}"'),
 ('fee_processor_azure_functions_local_settings_json', 'pascal', '{\n  "IsEncrypted": false,\n  "Values": {\n    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",\n    "{K}": "{V}"\n  }\n}'),
 ('jury_sms_netlify_toml', 'upper', '[build]\n  command = "npm run build"\n[context.production.environment]\n  {K} = "{V}"'),
 ('docket_scraper_scrapy_settings_py', 'upper', 'BOT_NAME = "docketbot"\nROBOTSTXT_OBEY = True\n{K} = "{V}"\nDOWNLOAD_DELAY = 1.5'),
 ('transcript_sync_sidekiq_yml', 'snake', ':concurrency: 5\n:queues:\n  - transcripts\n:{K}: "{V}"'),
 ('warrant_queue_nats_server_conf', 'snake', 'port: 4222\nauthorization {\n  user: warrantq\n  # {K}\n  password: "{V}"\n}'),
 ('court_cms_liquibase_properties', 'dot', 'changeLogFile=db/changelog/master.xml\nurl=jdbc:postgresql://cms-db.court.internal:5432/cms\n{K}={V}'),
 ('case_db_flyway_conf', 'dot', 'flyway.url=jdbc:sqlserver://casedb.court.internal;databaseName=cases\nflyway.user=flyway\nflyway.{K}={V}'),
 ('court_analytics_jupyter_notebook_cell', 'snake', '{\n "cell_type": "code",\n "source": [\n  "import pandas as pd\\n",\n  "{K} = \'{V}\'\\n"\n ]\n}'),
 ('jury_portal_angular_environment_ts', 'camel', 'export const environment = {\n  production: false,\n  apiBase: \'https://jury.example.org/api\',\n  {K}: \'{V}\',\n};'),
 ('efiling_portal_webpack_define_plugin', 'upper', 'new webpack.DefinePlugin({\n  \'process.env.{K}\': JSON.stringify(\'{V}\'),\n  \'process.env.PORTAL\': JSON.stringify(\'efile\'),\n})'),
 ('probation_app_swift_xcconfig', 'upper', '// Staging.xcconfig\nAPI_HOST = probation.example.org\n{K} = {V}'),
 ('probation_android_gradle_properties', 'camel', 'org.gradle.jvmargs=-Xmx2g\nandroid.useAndroidX=true\nprobation.{K}={V}'),
 ('recording_archive_rclone_conf', 'snake', '[courtaudio]\ntype = s3\nprovider = Other\nendpoint = https://objects.court.internal\n{K} = {V}'),
 ('recording_encoder_gstreamer_launch_sh', 'upper', '#!/bin/sh\n{K}=\'{V}\'\nexport {K}\ngst-launch-1.0 pulsesrc ! opusenc ! oggmux ! filesink location=/srv/rec/4b.ogg'),
 ('court_mail_postfix_main_cf_comment', 'snake', '# main.cf (clerk relay)\nrelayhost = [relay.court.internal]:587\n# {K} = {V}\nsmtp_sasl_auth_enable = yes'),
 ('jury_print_vendor_winscp_ini', 'pascal', '[Sessions\\jury-print]\nHostName=sftp.print-vendor.example.com\nUserName=jurysummons\n{K}={V}'),
 ('court_ci_azure_pipelines_yml', 'upper', 'trigger:\n  - main\nvariables:\n  {K}: \'{V}\'\nsteps:\n  - script: dotnet test'),
 ('court_ci_jenkinsfile_environment', 'upper', 'pipeline {\n  agent any\n  environment {\n    {K} = \'{V}\'\n  }\n  stages { stage(\'test\') { steps { sh \'make test\' } } }\n}'),
 ('court_ci_gitlab_ci_variables', 'upper', 'variables:\n  {K}: "{V}"\n  FF_USE_FASTZIP: "true"\nunit:\n  script: pytest -q'),
 ('clerk_office_slack_huddle_note', 'spaced', 'huddle notes (clerk office): go-live moved to Thursday; {K} is {V} until IT rotates it'),
 ('court_it_zulip_message', 'spaced', '@**Dana** the {K} for staging: {V} (pls don\'t paste in #general)'),
 ('judge_chambers_webex_chat', 'spaced', '[10:42] Law clerk: here is the {K} you asked for — {V}'),
 ('efiling_support_jira_service_desk_comment', 'spaced', 'Internal comment: reproduced with the filer account; {K} used: {V} — will reset after the fix.'),
 ('jury_office_voicemail_transcript', 'spaced', 'Voicemail transcript: "Hi, it\'s Pat from the jury office, the {K} is {V}, call me back if it fails."'),
 ('court_it_whiteboard_photo_ocr', 'spaced', 'OCR of whiteboard photo (server room 2):\nPATCH NIGHT SAT 22:00\n{K}: {V}\nDO NOT ERASE'),
]

def build(seed=14301, reg=None):
    r = random.Random(seed); out = []
    n = 0
    for k, (kind, style, tpl) in enumerate(CONTAINERS):
        for j in range(4):
            typ, gk, label = TYPES[(7 * k + 5 * j) % 12]
            v = reg.take(lambda: gen_value(r, gk))
            K = keyname(label, style)
            if kind == 'warrant_bridge_cobol_working_storage': K = K.upper()
            t = tpl.replace('{K}', K)
            n += 1
            out.append(pos_rec(None, typ, kind, t, v, 'everyday'))
    return out
