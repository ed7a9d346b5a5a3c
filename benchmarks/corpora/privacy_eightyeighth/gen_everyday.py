"""Everyday: 45 BI / statistics container kinds x 4 records, 16 new span types."""
import random
from common import *

def _tableau_pat(r):
    return b64bytes(r, 16) + ":" + rs(r, 32)

def _aad_secret(r):
    return rs(r, 3) + "8Q~" + rs(r, 34, AL + "~_.-")

TYPES = {
    "warehouse_service_login_password": owner_password,
    "tableau_pat_secret_string": _tableau_pat,
    "powerbi_app_registration_client_secret": _aad_secret,
    "looker_api3_client_secret_value": lambda r: rs(r, 24),
    "metabase_api_key_mb": lambda r: "mb_" + b64bytes(r, 32),
    "snowflake_analyst_password": owner_password,
    "report_mailer_smtp_password": owner_password,
    "athena_iam_secret_access_key": lambda r: rs(r, 40, AL + "/+"),
    "databricks_sql_warehouse_pat": lambda r: "dapi" + rs(r, 32, HEXL) + ("-" + str(r.randint(2, 3)) if r.random() < .5 else ""),
    "bigquery_oauth_refresh_token_value": lambda r: "1//0" + rs(r, 99, AL + "-_"),
    "redash_user_api_key_value": lambda r: rs(r, 40),
    "superset_flask_secret_key_value": lambda r: b64bytes(r, 42),
    "posit_connect_api_key_value": lambda r: rs(r, 32),
    "github_pat_for_private_r_packages": lambda r: gh_token(r, "ghp_"),
    "slack_incoming_webhook_report_url": lambda r: "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, 8, string.ascii_uppercase + string.digits), rs(r, 10, string.ascii_uppercase + string.digits), rs(r, 24)),
    "sqlserver_sql_auth_password": owner_password,
}

# {K} UPPER_KEY, {k} lower_key; @@ value
KINDS = {
 "renviron_home_file": "# ~/.Renviron  (read by R at startup)\nR_LIBS_USER=~/R/library\n{K}=@@\nDWH_HOST={host}\n",
 "rprofile_site_hook": "## Rprofile.site\nlocal({\n  options(repos = c(CRAN = \"https://cran.r-project.org\"))\n  Sys.setenv({K} = \"@@\")\n})\n",
 "rstudio_connections_pane_code": "con <- DBI::dbConnect(odbc::odbc(),\n  Driver = \"ODBC Driver 18 for SQL Server\", Server = \"{host}\",\n  Database = \"{db}\", UID = \"{user}\",\n  {k} = \"@@\")  # pasted from Connections pane\n",
 "rmarkdown_setup_chunk": "```{r setup, include=FALSE}\nknitr::opts_chunk$set(echo = FALSE)\n{k} <- \"@@\"\nsrc <- \"{db}\"\n```\n",
 "quarto_environment_file": "# _environment.local (quarto render picks this up)\nQUARTO_PROFILE=finance\n{K}=\"@@\"\n",
 "shiny_global_r_file": "# global.R -- shared by ui.R and server.R\nlibrary(shiny)\npool_host <- \"{host}\"\n{k} <- '@@'\n",
 "plumber_api_filter_block": "#* @filter auth\nfunction(req, res) {\n  {k} <- \"@@\"\n  plumber::forward()\n}\n",
 "odbc_ini_dsn_section": "[{db}]\nDriver=PostgreSQL Unicode\nServername={host}\nPort={port}\nUsername={user}\n{k}=@@\n",
 "tableau_tds_datasource_xml": "<datasource formatted-name='{db}' inline='true'>\n  <connection class='postgres' dbname='{db}' server='{host}' username='{user}' {k}='@@' />\n</datasource>\n",
 "tableau_prep_flow_json": "{\"connections\": {\"c{n}\": {\"connectionType\": \"sqlserver\", \"server\": \"{host}\", \"{k}\": \"@@\"}}}\n",
 "tsc_python_publish_script": "import tableauserverclient as TSC\n{K} = \"@@\"\nserver = TSC.Server(\"https://{host}\", use_server_version=True)\n",
 "powerbi_gateway_datasource_json": "{\"datasourceType\": \"Sql\", \"connectionDetails\": \"{\\\"server\\\":\\\"{host}\\\",\\\"database\\\":\\\"{db}\\\"}\", \"{k}\": \"@@\"}\n",
 "excel_odc_connection_file": "<odc:OfficeDataConnection xmlns:odc=\"urn:schemas-microsoft-com:office:odc\">\n <odc:Connection odc:Type=\"OLEDB\">\n  <odc:ConnectionString>Provider=MSOLEDBSQL;Data Source={host};Initial Catalog={db};{k}=@@</odc:ConnectionString>\n </odc:Connection>\n</odc:OfficeDataConnection>\n",
 "power_query_m_let_block": "let\n    {k} = \"@@\",\n    Source = Sql.Database(\"{host}\", \"{db}\")\nin\n    Source\n",
 "looker_sdk_ini_file": "[Looker]\nbase_url=https://{host}:19999\nclient_id={user}\n{k}=@@\nverify_ssl=True\n",
 "looker_action_hub_env": "ACTION_HUB_BASE_URL=https://actions.corp.example\nACTION_HUB_LABEL=\"Finance hub\"\n{K}=@@\n",
 "metabase_compose_env_block": "  metabase:\n    image: metabase/metabase:v0.5{n}\n    environment:\n      MB_DB_TYPE: postgres\n      {K}: \"@@\"\n",
 "metabase_settings_export_json": "[{\"key\": \"site-name\", \"value\": \"Analytics\"}, {\"key\": \"{k}\", \"value\": \"@@\"}]\n",
 "superset_config_py_module": "# superset_config.py\nROW_LIMIT = 5000\n{K} = \"@@\"\nSQLALCHEMY_TRACK_MODIFICATIONS = False\n",
 "superset_database_import_yaml": "database_name: {db}\nsqlalchemy_uri: postgresql://{user}:XXXXXXXXXX@{host}/{db}\nextra:\n  {k}: @@\n",
 "redash_dotenv_file": "REDASH_LOG_LEVEL=INFO\nREDASH_REDIS_URL=redis://redis:6379/0\n{K}=@@\n",
 "redash_data_source_options_json": "{\"name\": \"{db}\", \"type\": \"pg\", \"options\": {\"host\": \"{host}\", \"user\": \"{user}\", \"{k}\": \"@@\"}}\n",
 "qlik_load_script_connect": "// Main sheet\nLIB CONNECT TO '{db} (corp_{user})';\nSET v{K} = '@@';\nSales: LOAD * FROM [lib://{db}/sales.qvd] (qvd);\n",
 "qlikview_include_qvs_file": "// config.qvs, included with $(Must_Include=config.qvs)\nSET vServer = '{host}';\nLET v_{k} = '@@';\n",
 "sas_autoexec_file": "/* autoexec.sas */\noptions compress=yes;\n%let {k} = @@;\nlibname dwh odbc dsn={db} user={user};\n",
 "sas_macro_let_program": "%macro refresh_{db};\n  %let {k}=@@;\n  proc sql; connect to odbc (dsn={db}); quit;\n%mend;\n",
 "stata_profile_do_file": "* profile.do -- runs when Stata starts\nset more off\nglobal {K} \"@@\"\nglobal DWH \"{host}\"\n",
 "spss_syntax_file": "* refresh.sps.\nDEFINE !{k} () '@@' !ENDDEFINE.\nGET DATA /TYPE=ODBC /CONNECT='DSN={db}'.\n",
 "jupyter_notebook_cell_json": "{\"cell_type\": \"code\", \"execution_count\": {n}, \"source\": [\"import pandas as pd\\n\", \"{K} = \\\"@@\\\"\\n\"], \"outputs\": []}\n",
 "dbeaver_data_sources_json": "{\"connections\": {\"postgres-jdbc-{n}\": {\"name\": \"{db}\", \"configuration\": {\"host\": \"{host}\", \"user\": \"{user}\", \"{k}\": \"@@\"}}}}\n",
 "pentaho_kettle_properties": "# ~/.kettle/kettle.properties\nDWH_HOST={host}\nDWH_DB={db}\n{K}=@@\n",
 "ssis_dtsconfig_xml": "<DTSConfiguration>\n  <Configuration ConfiguredType=\"Property\" Path=\"\\Package.Variables[User::{k}].Properties[Value]\" ValueType=\"String\">\n    <ConfiguredValue>@@</ConfiguredValue>\n  </Configuration>\n</DTSConfiguration>\n",
 "ssrs_shared_datasource_rds": "<DataSource Name=\"{db}\">\n  <ConnectionProperties>\n    <Extension>SQL</Extension>\n    <ConnectString>Data Source={host};Initial Catalog={db}</ConnectString>\n    <!-- {k} = @@ (remove before deploy) -->\n  </ConnectionProperties>\n</DataSource>\n",
 "alteryx_workflow_constant_xml": "<Constants>\n  <Question><Name>{k}</Name><Value>@@</Value><IsNumeric value=\"False\" /></Question>\n</Constants>\n",
 "knime_flow_variable_xml": "<config key=\"flow_variables\">\n  <entry key=\"name\" type=\"xstring\" value=\"{k}\"/>\n  <entry key=\"value\" type=\"xstring\" value=\"@@\"/>\n</config>\n",
 "vba_adodb_module_bas": "Attribute VB_Name = \"modRefresh\"\nConst {K} As String = \"@@\"\nSub RefreshAll()\n    ThisWorkbook.RefreshAll\nEnd Sub\n",
 "apps_script_sheets_file": "// Code.gs bound to the KPI sheet\nconst {K} = '@@';\nfunction onOpen() { SpreadsheetApp.getUi().createMenu('KPI').addToUi(); }\n",
 "report_cron_mailx_script": "#!/bin/sh\n# cron: 0 6 * * 1 /opt/reports/weekly.sh\nexport {K}='@@'\nRscript /opt/reports/weekly.R | mailx -s \"Weekly KPIs\" finance@corp.example\n",
 "scheduled_report_email_body": "Subject: [Scheduled] Daily {db} refresh - FAILED\n\nThe subscription run on {day} failed.\nDebug context: {k}=@@ host={host}\n-- Report scheduler\n",
 "streamlit_secrets_toml_section": "# .streamlit/secrets.toml\n[connections.{db}]\ndialect = \"mssql\"\nhost = \"{host}\"\n{k} = \"@@\"\n",
 "grafana_datasource_provision_yaml": "apiVersion: 1\ndatasources:\n  - name: {db}\n    type: postgres\n    url: {host}:{port}\n    secureJsonData:\n      {k}: \"@@\"\n",
 "spotfire_information_link_log": "INFO  {day} InformationLinkService - opening data source '{db}' as {user}; {k}='@@'\n",
 "bi_analyst_teams_chat_paste": "[{day} 09:{n}] {user}: for the refresh job use {k} @@ until Friday\n",
 "dataiku_project_variables_json": "{\"standard\": {\"region\": \"emea\"}, \"local\": {\"{k}\": \"@@\"}}\n",
 "sqlalchemy_engine_repr_output": "In [{n}]: engine.url.render_as_string(hide_password=False)\nOut[{n}]: 'mssql+pyodbc://{user}@{host}/{db}?driver=ODBC+Driver+18&{k}=@@'\n",
}

def generate(seed=8801):
    r = random.Random(seed)
    types = sorted(TYPES)
    use = {t: 0 for t in types}
    recs = []
    for kind in KINDS:
        chosen = []
        for _ in range(4):
            cand = [t for t in types if t not in chosen]
            m = min(use[t] for t in cand)
            t = r.choice([t for t in cand if use[t] == m])
            chosen.append(t); use[t] += 1
        for t in chosen:
            v = TYPES[t](r)
            tpl = fill(r, KINDS[kind], {"{K}": t.upper(), "{k}": t})
            text, span = make_rec(tpl, v, t)
            recs.append({"type": t, "container": kind, "text": text, "secrets": [span], "source": "everyday"})
    return recs
