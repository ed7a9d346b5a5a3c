"""Everyday part: 45 data/business container kinds x 4 records, 22 common secret types."""
import random
from common import *

URL_TYPES = {"postgres_url_password": ("postgresql://etl_loader:", "@pg-warehouse.corp.example:5432/dwh"),
             "mysql_url_password": ("mysql://crm_sync:", "@mysql-crm.corp.example:3306/crm"),
             "redis_url_password": ("redis://default:", "@cache-bi.corp.example:6379/2")}
VAR = {"anthropic_api_key": "ANTHROPIC_API_KEY", "aws_secret_access_key": "AWS_SECRET_ACCESS_KEY",
       "database_password": "DB_PASSWORD", "datadog_api_key": "DD_API_KEY",
       "dockerhub_personal_access_token": "DOCKERHUB_TOKEN", "github_classic_pat": "GITHUB_TOKEN",
       "github_fine_grained_pat": "GH_FINE_GRAINED_TOKEN", "gitlab_personal_access_token": "GITLAB_TOKEN",
       "google_gemini_api_key": "GEMINI_API_KEY", "huggingface_access_token": "HF_TOKEN",
       "jwt_signing_secret": "JWT_SECRET", "mysql_url_password": "CRM_DATABASE_URL",
       "npm_access_token": "NPM_TOKEN", "openai_project_api_key": "OPENAI_API_KEY",
       "postgres_url_password": "WAREHOUSE_DSN", "redis_url_password": "REDIS_URL",
       "sendgrid_api_key": "SENDGRID_API_KEY", "slack_bot_token": "SLACK_BOT_TOKEN",
       "smtp_password": "SMTP_PASSWORD", "stripe_live_secret_key": "STRIPE_SECRET_KEY",
       "telegram_bot_token": "TELEGRAM_BOT_TOKEN", "twilio_auth_token": "TWILIO_AUTH_TOKEN"}
TYPES = sorted(VAR)


def gen_value(rng, t):
    if t == "anthropic_api_key": return "sk-ant-api03-" + rs(rng, B64U, 93) + "AA"
    if t == "aws_secret_access_key": return rs(rng, AN + "/+", 40)
    if t in ("database_password", "smtp_password") or t in URL_TYPES: return password(rng)
    if t == "datadog_api_key": return rs(rng, HEX, 32)
    if t == "dockerhub_personal_access_token": return "dckr_pat_" + rs(rng, B64U, 27)
    if t == "github_classic_pat": return gh_token(rng, "ghp_")
    if t == "github_fine_grained_pat": return "github_pat_11" + rs(rng, UP + DG, 20) + "_" + rs(rng, AN, 59)
    if t == "gitlab_personal_access_token": return "glpat-" + rs(rng, B64U, 20)
    if t == "google_gemini_api_key": return "AIza" + rs(rng, B64U, 35)
    if t == "huggingface_access_token": return "hf_" + rs(rng, AN, 34)
    if t == "jwt_signing_secret": return rs(rng, HEX, 64)
    if t == "npm_access_token": return gh_token(rng, "npm_")
    if t == "openai_project_api_key": return "sk-proj-" + rs(rng, B64U, 74) + "T3BlbkFJ" + rs(rng, B64U, 74)
    if t == "sendgrid_api_key": return "SG." + rs(rng, B64U, 22) + "." + rs(rng, B64U, 43)
    if t == "slack_bot_token": return f"xoxb-{rs(rng, DG, 12)}-{rs(rng, DG, 13)}-{rs(rng, AN, 24)}"
    if t == "stripe_live_secret_key": return "sk_live_51" + rs(rng, AN, 97)
    if t == "telegram_bot_token": return f"{rng.randint(1000000000, 7999999999)}:AA{rs(rng, B64U, 33)}"
    if t == "twilio_auth_token": return rs(rng, HEX, 32)
    raise KeyError(t)


# {N} variable name, {V} value (with URL wrapper for DSN types)
KINDS = {
 "pgadmin_servers_json_export": '{{\n  "Servers": {{\n    "1": {{\n      "Name": "dwh-prod",\n      "Host": "pg-warehouse.corp.example",\n      "Comment": "{N}={V}"\n    }}\n  }}\n}}',
 "dbeaver_connection_notes_field": '"description": "reporting conn; {N} = {V}",\n"folder": "Finance"',
 "airflow_variables_export_json": '{{\n  "{N}": "{V}",\n  "dag_owner": "data-platform"\n}}',
 "airflow_task_instance_log_line": '[2024-03-11, 02:15:09 UTC] {{subprocess.py:93}} INFO - export {N}={V}\n[2024-03-11, 02:15:09 UTC] {{subprocess.py:93}} INFO - running dbt build',
 "dbt_profiles_yml_env_fallback": 'analytics:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      # {N}\n      pass: "{V}"\n      threads: 8',
 "dagster_run_config_yaml": 'resources:\n  warehouse:\n    config:\n      {N}: "{V}"\nops:\n  load_orders: {{}}',
 "prefect_deployment_job_variables": 'deployments:\n  - name: nightly-ledger\n    job_variables:\n      env:\n        {N}: "{V}"',
 "kafka_connect_connector_config_json": '{{\n  "name": "orders-sink",\n  "config": {{\n    "connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector",\n    "{N}": "{V}"\n  }}\n}}',
 "logstash_pipeline_env_reference_resolved": 'output {{\n  http {{\n    url => "https://ingest.corp.example/bulk"\n    # resolved {N}\n    headers => {{ "X-Secret" => "{V}" }}\n  }}\n}}',
 "fluent_bit_service_env_section": '[SERVICE]\n    Flush 5\n[OUTPUT]\n    Name  http\n    Match *\n    Header X-{N} {V}',
 "spark_defaults_conf_property": 'spark.executor.memory          8g\nspark.executorEnv.{N}  {V}\nspark.sql.shuffle.partitions   400',
 "hive_site_xml_custom_property": '<property>\n  <name>custom.{N}</name>\n  <value>{V}</value>\n</property>',
 "trino_catalog_properties_file": 'connector.name=postgresql\nconnection-url=jdbc:postgresql://pg-warehouse.corp.example:5432/dwh\n{N}={V}',
 "superset_config_py_override": 'ROW_LIMIT = 50000\n{N} = "{V}"\nFEATURE_FLAGS = {{"ALERT_REPORTS": True}}',
 "metabase_admin_env_export_txt": 'MB_DB_TYPE=postgres\nMB_SITE_NAME=Finance BI\n{N}={V}',
 "tableau_tds_datasource_xml_attr": "<connection class='postgres' server='pg-warehouse.corp.example' dbname='dwh' {N}='{V}' />",
 "powerbi_gateway_datasource_note": 'Gateway: GW-FIN-01\nData source: Sales DW\nCredential note: {N} {V}\nPrivacy level: Organizational',
 "looker_lkml_connection_comment": '# connection "dwh" uses {N}: {V}\nconnection: "dwh"\ninclude: "/views/*.view.lkml"',
 "redash_query_runner_options_json": '{{"options": {{"host": "pg-warehouse.corp.example", "dbname": "dwh", "{N}": "{V}"}}, "type": "pg"}}',
 "salesforce_dataloader_config_properties": 'sfdc.endpoint=https://login.salesforce.example\nsfdc.username=integration@corp.example\n# {N}\nprocess.extra={V}',
 "hubspot_contacts_csv_export_row": 'Record ID,First Name,Notes\n501243,Dana,"ops asked to store {N}: {V}"',
 "odoo_server_conf_options": '[options]\naddons_path = /opt/odoo/addons\n; {N}\nextra_secret = {V}',
 "netsuite_saved_search_csv_row": 'Internal ID,Memo,Amount\n88213,"integration key {N}={V}",0.00',
 "quickbooks_iif_memo_line": '!TRNS\tTRNSID\tTRNSTYPE\tMEMO\nTRNS\t1042\tGENERAL JOURNAL\t{N} {V}',
 "xero_bank_statement_csv_reference": 'Date,Amount,Payee,Reference\n2024-02-29,-12.50,SaaS Vendor,{N}:{V}',
 "sap_gui_scripting_vbs_comment": "' recorded by SAP GUI scripting\n' {N}={V}\nsession.findById(\"wnd[0]/tbar[0]/okcd\").text = \"/nVA01\"",
 "stripe_sigma_sql_comment": '-- {N} used by finance export job: {V}\nselect id, amount from charges where created > now() - interval 7 day',
 "bamboohr_custom_report_csv": 'Employee #,Name,Custom Note\n1107,R. Ibarra,"{N} {V}"',
 "workday_eib_spreadsheet_cell_xml": '<Row><Cell><Data ss:Type="String">{N}</Data></Cell><Cell><Data ss:Type="String">{V}</Data></Cell></Row>',
 "jira_issue_csv_export_description": 'Issue key,Summary,Description\nDATA-2291,Nightly load fails,"Set {N}={V} and rerun"',
 "servicenow_incident_xml_work_notes": '<incident>\n  <number>INC0012931</number>\n  <work_notes>temporary {N}: {V}</work_notes>\n</incident>',
 "zendesk_ticket_json_comment_body": '{{"ticket": {{"id": 40312, "comment": {{"body": "Use {N}={V} for the export", "public": false}}}}}}',
 "sentry_event_json_extra_context": '{{"event_id": "9f1c", "level": "error", "extra": {{"{N}": "{V}"}}, "platform": "python"}}',
 "python_traceback_locals_dump": 'Traceback (most recent call last):\n  File "etl/load.py", line 88, in run\n    conn = connect(cfg)\n    cfg = {{\'{N}\': \'{V}\', \'retries\': 3}}\nOperationalError: timeout',
 "java_crash_hs_err_environment": '#  SIGSEGV (0xb) at pc=0x00007f3a\nEnvironment Variables:\n{N}={V}\nJAVA_HOME=/usr/lib/jvm/java-17',
 "windows_event_log_xml_eventdata": '<EventData>\n  <Data Name="CommandLine">etl.exe /{N}:{V}</Data>\n</EventData>',
 "journalctl_json_entry_message": '{{"_SYSTEMD_UNIT":"etl-nightly.service","MESSAGE":"env {N}={V}","PRIORITY":"6"}}',
 "opentelemetry_span_attributes_json": '{{"name": "db.query", "attributes": {{"db.system": "postgresql", "app.{N}": "{V}"}}}}',
 "nginx_access_log_query_string": '10.2.4.19 - - [11/Mar/2024:02:15:09 +0000] "GET /export?{N}={V}&fmt=csv HTTP/1.1" 200 5123',
 "haproxy_log_captured_header": 'Mar 11 02:15:09 lb1 haproxy[712]: 10.2.4.19:51234 fe_api be_bi/bi1 0/0/1/22/23 200 811 {{{N}: {V}}} "GET /report HTTP/1.1"',
 "pg_dump_plain_sql_insert_row": "INSERT INTO public.app_settings (name, value) VALUES ('{N}', '{V}');",
 "mysqldump_extended_insert_row": "INSERT INTO `integration_config` VALUES (7,'{N}','{V}','2024-02-01 09:00:00');",
 "mongoexport_jsonl_document": '{{"_id":{{"$oid":"65f0a1"}},"service":"billing","{N}":"{V}"}}',
 "restic_snapshot_ls_env_file_cat": '$ restic dump latest /srv/app/.env\nAPP_ENV=production\n{N}={V}',
 "backup_manifest_yaml_hook_env": 'backup:\n  name: crm-nightly\n  pre_hook:\n    env:\n      {N}: "{V}"',
}


def render(kind, t, value):
    tpl = KINDS[kind]
    pre, post = URL_TYPES.get(t, ("", ""))
    a, b = tpl.split("{V}")
    a = a.replace("{N}", VAR[t]); b = b.replace("{N}", VAR[t])
    a = a.replace("{{", "{").replace("}}", "}"); b = b.replace("{{", "{").replace("}}", "}")
    bd = Builder(); bd.lit(a + pre); bd.val(value, t); bd.lit(post + b)
    return bd.text(), bd.spans


def generate():
    rng = random.Random(34001)
    used = {t: 0 for t in TYPES}
    recs = []
    for kind in sorted(KINDS):
        chosen = []
        for _ in range(4):
            cands = sorted((used[t], rng.random(), t) for t in TYPES if t not in chosen)
            t = cands[0][2]; chosen.append(t); used[t] += 1
            v = gen_value(rng, t)
            text, spans = render(kind, t, v)
            recs.append({"type": t, "container": kind, "text": text, "secrets": spans, "source": "everyday"})
    return recs
