"""Everyday part: 45 data-engineering / analytics container kinds x 4 records, common secret types."""
import random
from common import R, uniq, mark, finalize, ALNUM, HEXL, B64, DIG, LOWNUM, UPNUM, human_pw, random_pw, USERS, HOSTS, PEOPLE, DBS

SEED = 5401


def _aws(r): return uniq(lambda: R(r, B64, 40))
def _ghp(r): return uniq(lambda: "ghp_" + R(r, ALNUM, 36))
def _xoxb(r): return uniq(lambda: "xoxb-" + R(r, DIG, 12) + "-" + R(r, DIG, 13) + "-" + R(r, ALNUM, 24))
def _oai(r): return uniq(lambda: "sk-proj-" + R(r, ALNUM + "-_", 74) + "T3BlbkFJ" + R(r, ALNUM + "-_", 74))
def _ant(r): return uniq(lambda: "sk-ant-api03-" + R(r, ALNUM + "-_", 93) + "AA")
def _stripe(r): return uniq(lambda: "sk_live_51" + R(r, ALNUM, 97))
def _sg(r): return uniq(lambda: "SG." + R(r, ALNUM + "-_", 22) + "." + R(r, ALNUM + "-_", 43))
def _dd(r): return uniq(lambda: R(r, HEXL, 32))
def _jwt(r): return uniq(lambda: R(r, ALNUM, 48))
def _twilio(r): return uniq(lambda: R(r, HEXL, 32))
def _tg(r): return uniq(lambda: str(r.randint(5000000000, 7999999999)) + ":AA" + R(r, ALNUM + "-_", 33))
def _azure(r): return uniq(lambda: R(r, B64, 86) + "==")

# type -> (ENV_KEY, label, generator, url-template or None)
TYPES = {
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", "AWS secret key", _aws, None),
    "database_password": ("DB_PASSWORD", "warehouse DB password", lambda r: random_pw(r), None),
    "postgres_url_password": ("WAREHOUSE_URL", "warehouse URL", lambda r: random_pw(r, 12, 18),
                              "postgresql://{u}:{V}@{h}:5432/{d}"),
    "mysql_url_password": ("SOURCE_DB_URL", "source DB URL", lambda r: random_pw(r, 12, 18),
                           "mysql://{u}:{V}@{h}:3306/{d}"),
    "redis_url_password": ("CACHE_URL", "cache URL", lambda r: random_pw(r, 16, 24), "redis://default:{V}@{h}:6379/0"),
    "github_personal_access_token": ("GITHUB_TOKEN", "GitHub token", _ghp, None),
    "slack_bot_token": ("SLACK_BOT_TOKEN", "Slack alert bot token", _xoxb, None),
    "openai_project_api_key": ("OPENAI_API_KEY", "OpenAI key", _oai, None),
    "anthropic_api_key": ("ANTHROPIC_API_KEY", "Anthropic key", _ant, None),
    "stripe_live_secret_key": ("STRIPE_SECRET_KEY", "Stripe live key", _stripe, None),
    "sendgrid_api_key": ("SENDGRID_API_KEY", "SendGrid key", _sg, None),
    "datadog_api_key": ("DD_API_KEY", "Datadog API key", _dd, None),
    "jwt_signing_secret": ("JWT_SECRET", "embed signing secret", _jwt, None),
    "smtp_password": ("SMTP_PASSWORD", "report mailer SMTP password", lambda r: human_pw(r), None),
    "twilio_auth_token": ("TWILIO_AUTH_TOKEN", "Twilio auth token", _twilio, None),
    "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", "Telegram bot token", _tg, None),
    "snowflake_user_password": ("SNOWFLAKE_PASSWORD", "Snowflake password", lambda r: human_pw(r), None),
    "azure_storage_account_key": ("AZURE_STORAGE_KEY", "storage account key", _azure, None),
}

# kind -> template. Fields: @K env key, @k lower key, @L label, @V value (or rendered URL), @U user, @H host, @D db, @P person, @N number
KINDS = {
 "ipynb_code_cell_json_source": '{\n "cell_type": "code",\n "execution_count": @N,\n "metadata": {},\n "source": [\n  "import os\\n",\n  "os.environ[\\"@K\\"] = \\"@V\\"\\n",\n  "df = load_table(\\"@D.orders\\")"\n ]\n}',
 "ipynb_stream_stdout_output": '{"output_type": "stream", "name": "stdout", "text": ["loaded config for @D\\n", "@k=@V\\n", "rows: 18234\\n"]}',
 "papermill_injected_parameters_cell": '# Parameters\nrun_date = "2025-03-@N"\ntarget_schema = "@D"\n@k = "@V"\n',
 "databricks_notebook_source_export": '# Databricks notebook source\n# MAGIC %md ## nightly load for @D\n\n# COMMAND ----------\n\n@k = "@V"  # TODO: move to a secret scope\nspark.conf.set("fs.azure.account.auth.type", "SharedKey")\n',
 "zeppelin_paragraph_json": '{"title": "load @D", "text": "%python\\n@k = \'@V\'\\nz.show(spark.table(\'@D.daily\'))", "status": "FINISHED", "id": "paragraph_17@N"}',
 "colab_form_param_cell": '#@title Connection settings\n@k = "@V" #@param {type:"string"}\nuser = "@U" #@param {type:"string"}\n',
 "airflow_dag_default_args_py": 'default_args = {\n    "owner": "@U",\n    "retries": 2,\n    "env": {"@K": "@V"},\n}\nwith DAG("load_@D", default_args=default_args, schedule="@daily") as dag:\n    ...\n',
 "dagster_run_config_yaml": 'resources:\n  warehouse:\n    config:\n      user: @U\n      @k: "@V"\nops:\n  load_@D:\n    config:\n      partition: "2025-03-@N"\n',
 "prefect_block_document_json": '{"block_type_slug": "secret", "name": "@D-@k", "data": {"value": "@V"}, "is_anonymous": false}',
 "dbt_profiles_yml_target": 'analytics:\n  target: prod\n  outputs:\n    prod:\n      type: postgres\n      host: @H\n      user: @U\n      # @L below, rotate after migration\n      @k: "@V"\n      dbname: @D\n      threads: 8\n',
 "luigi_cfg_task_section": '[core]\ndefault-scheduler-host=@H\n\n[LoadTask]\nschema=@D\n@k=@V\n',
 "meltano_yml_plugin_config": 'plugins:\n  extractors:\n  - name: tap-@D\n    config:\n      host: @H\n      user: @U\n      @k: @V\n',
 "airbyte_source_config_json": '{"sourceDefinitionId": "decd338e-5647-4c0b-adf4-da0e75f5a750", "connectionConfiguration": {"host": "@H", "username": "@U", "@k": "@V", "database": "@D"}}',
 "fivetran_setup_form_notes": 'Fivetran connector setup for @D (done by @P)\n- Host: @H\n- User: @U\n- @L: @V\n- Sync frequency: 6h\n',
 "kafka_connect_config_json": '{"name": "sink-@D", "config": {"connector.class": "io.confluent.connect.jdbc.JdbcSinkConnector", "topics": "events", "@k": "@V"}}',
 "spark_submit_conf_script": '#!/bin/sh\nspark-submit \\\n  --master yarn \\\n  --conf spark.executorEnv.@K=@V \\\n  jobs/load_@D.py\n',
 "great_expectations_datasource_yaml": 'datasources:\n  @D_ds:\n    class_name: Datasource\n    execution_engine:\n      class_name: SqlAlchemyExecutionEngine\n    # @L\n    @k: "@V"\n',
 "snowsight_worksheet_sql": '-- Worksheet: @D cleanup (@P)\n-- @L: @V\nUSE WAREHOUSE TRANSFORM_WH;\nSELECT COUNT(*) FROM @D.PUBLIC.ORDERS;\n',
 "bigquery_query_history_row": 'job_id,user_email,query\nbquxjob_4f1@N,@U@data.example,"SELECT * FROM @D.t WHERE note = \'@k=@V\'"\n',
 "redshift_query_editor_tab": '/* tab: scratch_@N  owner: @U */\n-- @k: @V\nselect trunc(loaded_at), count(*) from @D.events group by 1;\n',
 "metabase_native_question_note": 'Question #@N "Daily revenue" (native query)\nDescription: runs against @D. If the connection breaks, the @L is @V.\n',
 "superset_database_extra_json": '{"database_name": "@D", "sqlalchemy_uri": "postgresql://@U@@H/@D", "extra": "{\\"engine_params\\": {\\"connect_args\\": {\\"@k\\": \\"@V\\"}}}"}',
 "tableau_tds_connection_xml": "<connection class='postgres' dbname='@D' server='@H' username='@U'>\n  <!-- @L: @V -->\n</connection>\n",
 "powerbi_m_query_source_step": 'let\n    Token = "@V",\n    Source = Json.Document(Web.Contents("https://api.data.example/@D", [Headers=[Authorization="Bearer " & Token]]))\nin\n    Source\n',
 "lookml_connection_comment": '# connection: @D_prod\n# @L (ask @P before changing): @V\nexplore: orders {}\n',
 "excel_config_sheet_csv": 'Setting,Value,Owner\nschema,@D,@U\n@K,@V,@P\nrefresh,daily,@P\n',
 "apps_script_properties_call": "function setup() {\n  PropertiesService.getScriptProperties().setProperty('@K', '@V');\n  SpreadsheetApp.getActive().getSheetByName('@D').activate();\n}\n",
 "xlsx_shared_strings_xml": '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3"><si><t>@K</t></si><si><t>@V</t></si><si><t>@D</t></si></sst>',
 "data_dictionary_csv_row": 'column,type,description\nsrc_conn,string,"connection for @D; @L = @V"\nloaded_at,timestamp,load time\n',
 "standup_call_webvtt_cue": 'WEBVTT\n\n00:04:1@N.000 --> 00:04:19.500\n<v @P>Quick one, the @L for the new pipeline is @V, I will put it in the vault later.\n',
 "zoom_call_transcript_txt": '[00:12:@N] @P: so for @D we use the @L, it is @V\n[00:12:51] @U: ok, got it\n',
 "screenshot_ocr_text_block": 'OCR (screenshot_@N.png)\n| Connection settings  |\n| Host  @H |\n| @L  @V |\n| [ Test ]  [ Save ] |\n',
 "tesseract_tsv_word_rows": 'level\tpage_num\tblock_num\tword_num\tconf\ttext\n5\t1\t1\t1\t96\t@K\n5\t1\t1\t2\t91\t@V\n5\t1\t1\t3\t95\t@D\n',
 "data_quality_incident_ticket": 'DQ-@N: null spike in @D.orders\nRoot cause: loader failed to authenticate.\nFix: reset @L to @V and re-ran backfill.\n',
 "warehouse_migration_runbook_md": '## Step 4 - repoint loaders\n1. Stop the @D jobs.\n2. Set `@K` to `@V` in the runner.\n3. Restart and watch lag.\n',
 "rmarkdown_setup_chunk": '```{r setup, include=FALSE}\nSys.setenv(@K = "@V")\nlibrary(DBI)\n```\n',
 "sas_autoexec_options": '/* autoexec.sas for @U */\n%let @k = @V;\noptions validvarname=any;\nlibname @D "/data/@D";\n',
 "renviron_user_file": '# ~/.Renviron (@P)\nR_LIBS_USER=~/R/library\n@K=@V\n',
 "dvc_config_local_section": "['remote \"lake\"']\n    url = s3://lake-@D/dvc\n    @k = @V\n",
 "mlflow_run_params_json": '{"run_id": "a1b2c3d4e5@N", "params": {"dataset": "@D", "@k": "@V", "epochs": "12"}}',
 "nifi_parameter_context_json": '{"parameterContext": {"component": {"name": "@D-params", "parameters": [{"parameter": {"name": "@k", "sensitive": false, "value": "@V"}}]}}}',
 "debezium_connector_properties": 'name=cdc-@D\nconnector.class=io.debezium.connector.postgresql.PostgresConnector\ndatabase.hostname=@H\n# @L\n@k=@V\n',
 "streamlit_secrets_toml": '# .streamlit/secrets.toml\n[connections.@D]\nhost = "@H"\n@k = "@V"\n',
 "kedro_credentials_yml": 'dev_@D:\n  type: credentials\n  @k: "@V"\n  username: @U\n',
 "etl_cron_shell_wrapper": '#!/bin/bash\n# nightly @D load, installed by @P\nexport @K="@V"\n/opt/etl/bin/run --schema @D >> /var/log/etl.log 2>&1\n',
}


def _fill(tpl, rng, t, value):
    key, label, _, url = TYPES[t]
    u, h, d = rng.choice(USERS), rng.choice(HOSTS), rng.choice(DBS)
    shown = url.format(u=u, h=h, d=d, V=mark(value)) if url else mark(value)
    s = tpl.replace("@K", key).replace("@k", key.lower()).replace("@L", label)
    s = s.replace("@U", u).replace("@H", h).replace("@D", d).replace("@P", rng.choice(PEOPLE))
    s = s.replace("@N", str(rng.randint(10, 99)))
    return s.replace("@V", shown)


def generate():
    rng = random.Random(SEED)
    usage = {t: 0 for t in TYPES}
    recs = []
    for kind in sorted(KINDS):
        chosen = []
        for _ in range(4):
            cands = sorted((usage[t], rng.random(), t) for t in TYPES if t not in chosen)
            t = cands[0][2]
            chosen.append(t); usage[t] += 1
        for t in chosen:
            value = TYPES[t][2](rng)
            text, spans = finalize(_fill(KINDS[kind], rng, t, value), [t])
            recs.append({"type": t, "container": kind, "text": text, "secrets": spans, "source": "everyday"})
    return recs
