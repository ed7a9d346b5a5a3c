"""Everyday records: 45 container kinds x 4, 12 types, cyclic pairing."""
import random
from gen157 import *

TYPES = [
    ('ron_session_db_password', 'pw', ['ron', 'session', 'db', 'password']),
    ('title_plant_search_password', 'pw', ['title', 'plant', 'search', 'password']),
    ('escrow_ledger_sql_password', 'pw', ['escrow', 'ledger', 'sql', 'password']),
    ('erecording_portal_password', 'pw', ['erecording', 'portal', 'password']),
    ('closing_package_sftp_password', 'pw', ['closing', 'sftp', 'password']),
    ('notary_journal_admin_password', 'pw', ['journal', 'admin', 'password']),
    ('wire_verify_api_key', 'wvk', ['wire', 'verify', 'api', 'key']),
    ('payoff_webhook_signing_secret', 'pwh', ['payoff', 'webhook', 'secret']),
    ('esign_envelope_hmac_key', 'hex64', ['envelope', 'hmac', 'key']),
    ('settlement_oauth_client_secret', 'b64', ['settlement', 'client', 'secret']),
    ('title_search_service_jwt', 'jwt', ['title', 'search', 'jwt']),
    ('recording_submit_token', 'tok48', ['recording', 'submit', 'token']),
]


def gen_value(r, kind):
    if kind == 'pw': return password(r)
    if kind == 'wvk': return 'wvk_live_' + rs(r, ALNUM, 32)
    if kind == 'pwh': return 'pwhsec_' + rs(r, HEX, 40)
    if kind == 'hex64': return rs(r, HEX, 64)
    if kind == 'b64': return b64(r, 30)
    if kind == 'jwt': return jwt(r, 'titlesearch.internal', 'svc-' + rs(r, LOW, 6))
    if kind == 'tok48': return rs(r, ALNUM, 48)

# (kind, key style, template) -- {K} key, {V} value, {H} host
KINDS = [
 ('ron_video_session_wowza_xml', 'pascal', '<Root>\n  <Server>\n    <Name>ron-media-{H}</Name>\n    <{K}>{V}</{K}>\n  </Server>\n</Root>\n'),
 ('ron_kba_vendor_spring_yaml', 'kebab', 'spring:\n  application:\n    name: kba-bridge\nidentity:\n  vendor:\n    {K}: "{V}"\n'),
 ('ron_recording_archiver_hcl', 'snake', 'archive "session_video" {\n  bucket = "ron-recordings-{H}"\n  {K} = "{V}"\n}\n'),
 ('notary_journal_electron_builder_yml', 'camel', 'appId: com.example.notaryjournal\npublish:\n  provider: generic\nextraMetadata:\n  {K}: {V}\n'),
 ('notary_seal_stamp_printer_ini', 'pascal', '[SealPrinter]\nModel=RS-220\nPort=USB001\n{K}={V}\n'),
 ('notary_commission_tracker_rails_database_yml', 'snake', 'production:\n  adapter: postgresql\n  host: db-{H}.internal\n  {K}: {V}\n'),
 ('title_plant_index_loader_cobol_copybook', 'upper', '       01  WS-PLANT-CONFIG.\n           05  WS-COUNTY      PIC X(8)  VALUE "TRAVIS".\n           05  WS-{K}  PIC X(64) VALUE "{V}".\n'),
 ('title_plant_starter_sqlite_seed_sql', 'snake', "INSERT INTO service_config (name, value) VALUES ('{K}', '{V}');\n"),
 ('title_search_scraper_scrapy_settings_py', 'upper', 'BOT_NAME = "countysearch"\nROBOTSTXT_OBEY = True\n{K} = "{V}"\n'),
 ('title_exam_worker_rq_settings_py', 'upper', 'REDIS_URL = "redis://rq-{H}.internal:6379/2"\nQUEUES = ["exam", "curative"]\n{K} = "{V}"\n'),
 ('abstract_ocr_lambda_samconfig_toml', 'pascal', 'version = 0.1\n[default.deploy.parameters]\nstack_name = "abstract-ocr"\nparameter_overrides = "{K}={V}"\n'),
 ('escrow_ledger_dotnet_user_secrets_json', 'pascal', '{\n  "Ledger:{K}": "{V}"\n}\n'),
 ('escrow_disbursement_quarkus_properties', 'kebab', 'quarkus.http.port=8085\ndisbursement.{K}={V}\n'),
 ('escrow_reconcile_go_config_toml', 'snake', '[reconcile]\nbank = "trust-account"\n{K} = "{V}"\n'),
 ('settlement_statement_jasper_properties', 'dot', 'report.name=alta_settlement\nreport.{K}={V}\n'),
 ('settlement_calc_elixir_runtime_exs', 'snake', 'import Config\nconfig :settlement, Settlement.Repo,\n  hostname: "pg-{H}",\n  {K}: "{V}"\n'),
 ('wire_callback_verifier_fastapi_env', 'upper', 'APP_MODULE=verifier.main:app\n{K}={V}\n'),
 ('wire_fraud_rules_drools_kmodule_props', 'dot', 'drools.dialect.default=java\nwirecheck.{K}={V}\n'),
 ('payoff_request_bot_cron_sh', 'upper', '#!/bin/sh\n# nightly payoff letter pulls\n{K}="{V}" /opt/payoff/bin/pull --lenders all\n'),
 ('payoff_letter_parser_julia_toml', 'snake', '[parser]\nlenders = ["servicer-a", "servicer-b"]\n{K} = "{V}"\n'),
 ('erecording_submitter_windows_service_config', 'pascal', '<configuration>\n  <appSettings>\n    <add key="{K}" value="{V}" />\n  </appSettings>\n</configuration>\n'),
 ('erecording_county_adapter_groovy', 'camel', 'county {\n    name = "Maricopa"\n    {K} = \'{V}\'\n}\n'),
 ('recorder_fee_calc_r_renviron', 'upper', 'R_LIBS_USER=~/R/library\n{K}={V}\n'),
 ('recording_queue_sidekiq_yml', 'snake', ':concurrency: 4\n:queues:\n  - recordings\n:{K}: {V}\n'),
 ('closing_package_pdfbox_props', 'dot', 'pdf.stamp.font=Helvetica\nclosing.{K}={V}\n'),
 ('closing_doc_merge_handlebars_config_json', 'camel', '{\n  "templateDir": "./cd_templates",\n  "{K}": "{V}"\n}\n'),
 ('closing_scheduler_nestjs_config_ts', 'camel', "export default () => ({\n  port: 3004,\n  {K}: '{V}',\n});\n"),
 ('signing_agent_app_flutter_env_dart', 'camel', "class Env {\n  static const String {K} = '{V}';\n}\n"),
 ('signing_agent_android_gradle_properties', 'camel', 'org.gradle.jvmargs=-Xmx2g\n{K}={V}\n'),
 ('mobile_notary_route_swift_plist', 'pascal', '<dict>\n  <key>{K}</key>\n  <string>{V}</string>\n</dict>\n'),
 ('title_agency_wordpress_wp_cli_yml', 'snake', 'path: wp\nurl: https://agency-{H}.example.com\n{K}: {V}\n'),
 ('title_agency_office_nas_rclone_conf', 'snake', '[closings]\ntype = sftp\nhost = nas-{H}.local\n{K} = {V}\n'),
 ('county_index_etl_airbyte_yaml', 'snake', 'source:\n  name: county-index\n  configuration:\n    {K}: "{V}"\n'),
 ('underwriter_rate_api_kong_yaml', 'snake', '_format_version: "3.0"\nconsumers:\n- username: rate-desk\n  {K}: {V}\n'),
 ('lender_portal_keycloak_realm_json', 'camel', '{\n  "realm": "lenders",\n  "{K}": "{V}"\n}\n'),
 ('closing_disclosure_batch_makefile', 'upper', 'export {K} := {V}\nrun:\n\tpython -m cdbatch\n'),
 ('escrow_officer_justfile', 'upper', 'set export\n{K} := "{V}"\nsync:\n  ./bin/sync-ledger\n'),
 ('plat_map_gis_qgis_project_xml', 'camel', '<datasource>dbname=\'plats\' host=gis-{H} {K}=\'{V}\'</datasource>\n'),
 ('survey_tiff_ingest_nifi_parameter_context_json', 'dot', '{\n  "parameters": [\n    {"name": "{K}", "value": "{V}", "sensitive": false}\n  ]\n}\n'),
 ('title_ops_rundeck_job_yaml', 'snake', '- name: refresh-plant\n  options:\n  - name: {K}\n    value: {V}\n'),
 ('closer_teams_chat_paste', 'spaced', '[10:42] Dana (closer): the {K} for the Ridgeview file is {V} - don\'t put it in the file notes\n'),
 ('notary_signing_agent_text_thread', 'spaced', 'Agent 2:14 PM: ok heading to the signing now\nOffice 2:15 PM: {K} is {V} if the upload stalls again\n'),
 ('escrow_desk_sticky_note_ocr', 'spaced', 'OCR (desk photo, sticky note):\n{K}\n{V}\n-- do not remove from monitor\n'),
 ('title_examiner_voicemail_transcript', 'spaced', 'Voicemail transcript: hi it\'s Marco from title, quick one, the {K} is {V} okay call me back\n'),
 ('closing_coordinator_zendesk_internal_note', 'spaced', 'Internal note (not visible to customer): reset done, new {K} {V} - share by phone only.\n'),
]


def build(seed=15701):
    r = random.Random(seed)
    out = []
    for k, (kind, style, tmpl) in enumerate(KINDS):
        for j in range(4):
            t, vk, words = TYPES[(7 * k + 5 * j) % 12]
            out.append((kind, style, tmpl, t, vk, words))
    return out


def generate(reg, seed=15701):
    r = random.Random(seed)
    recs = []
    for kind, style, tmpl, t, vk, words in build(seed):
        v = reg.take(lambda: gen_value(r, vk))
        key = key_style(words, style)
        text, s = place(tmpl, v, K=key, H=rs(r, LOW + DIG, 4))
        recs.append(rec(t, kind, text, v, s, 'everyday'))
    return recs
