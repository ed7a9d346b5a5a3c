"""Everyday part: 45 office-automation container kinds x 4 records."""
import random
from common import shape, owner_password, fill, place, SLOT, jwt, ruuid

# type -> (key name, value spec)
TYPES = {
    'aws_secret_access_key': ('AwsSecretAccessKey', '{a40}'),
    'database_password': ('DbPassword', '{P}'),
    'github_personal_access_token': ('GitHubToken', 'ghp_{a36}'),
    'slack_bot_token': ('SlackBotToken', 'xoxb-{d12}-{d13}-{a24}'),
    'sendgrid_api_key': ('SendGridKey', 'SG.{s22}.{s43}'),
    'smtp_password': ('SmtpPassword', '{P}'),
    'stripe_live_secret_key': ('StripeSecret', 'sk_live_51{a96}'),
    'twilio_auth_token': ('TwilioAuthToken', '{h32}'),
    'jwt_signing_secret': ('JwtSigningSecret', '{s48}'),
    # new office / back-office types
    'sharepoint_app_only_client_secret': ('SpClientSecret', '{a3}8Q~{s34}'),
    'power_bi_gateway_recovery_key': ('GatewayRecoveryKey', '{P}'),
    'uipath_orchestrator_client_secret': ('OrchestratorClientSecret', '{a16}{s8}'),
    'access_backend_database_password': ('BackendDbPwd', '{P}'),
    'sas_metadata_server_password': ('MetaPass', '{P}'),
    'core_banking_service_account_password': ('CoreBankingSvcPassword', '{P}'),
    'dataverse_environment_client_secret': ('DataverseSecret', '{a3}7Q~{s34}'),
}
REPEATS = ['aws_secret_access_key', 'database_password', 'github_personal_access_token', 'slack_bot_token',
           'sendgrid_api_key', 'smtp_password', 'stripe_live_secret_key', 'twilio_auth_token', 'jwt_signing_secret']

# container kind -> template ({k} key name, {v} value)
KINDS = {
 'excel_vba_standard_module_bas': 'Attribute VB_Name = "modRates"\nOption Explicit\n\'refresh premium tables from {host}\nPublic Const {k} As String = "{v}"\nPublic Const RatesServer As String = "{host}"\n',
 'access_frontend_startup_form_cls': 'Private Sub Form_Load()\n    \' link claims tables on start-up ({user})\n    Dim {k} As String\n    {k} = "{v}"\n    Call RelinkTables("{host}", {k})\nEnd Sub\n',
 'power_automate_cloud_flow_definition_json': '{\n  "definition": {\n    "parameters": {\n      "{k} (cr7a1_{k})": {"defaultValue": "{v}", "type": "String"},\n      "ServiceHost (cr7a1_host)": {"defaultValue": "{host}", "type": "String"}\n    }\n  }\n}\n',
 'power_apps_canvas_source_pa_yaml': 'App As appinfo:\n    OnStart: |-\n        =Set(gblHost, "{host}");\n        Set(gbl{k}, "{v}");\n        Set(gblUser, "{user}")\n',
 'power_bi_onprem_gateway_setup_ps1': '# gateway install on {host}\n$gwUser = "{user}"\n${k} = "{v}"\nAdd-DataGatewayCluster -Name "BI-GW-{n}" -RecoveryKey (ConvertTo-SecureString ${k} -AsPlainText -Force)\n',
 'power_query_m_parameter_query': '// parameter query, claims model\nlet\n    Host = "{host}",\n    {k} = "{v}" meta [IsParameterQuery=true, Type="Text", IsParameterQueryRequired=true]\nin\n    {k}\n',
 'sharepoint_list_item_csv_export': 'Title,Environment,Owner,{k},Modified\n"Claims intake bot",PROD,{user},"{v}",2024-03-0{n}\n',
 'sharepoint_spfx_serve_json': '{\n  "$schema": "https://developer.microsoft.com/json-schemas/spfx-build/spfx-serve.schema.json",\n  "port": 4321,\n  "initialPage": "https://{host}/_layouts/workbench.aspx",\n  "{k}": "{v}"\n}\n',
 'sas_eg_project_program_sas': '/* EG project: lapse study, owner {user} */\n%let srv = {host};\n%let {k} = {v};\nlibname lapse odbc dsn=LAPSE user={user} password="&{k}";\n',
 'sas_stored_process_prologue': '*ProcessBody;\n%global {k};\n%let {k}={v};\n%stpbegin;\nproc print data=reserves.ibnr_{n}; run;\n%stpend;\n',
 'r_actuarial_reserving_rmd': '---\ntitle: "Chain-ladder reserving Q{n}"\n---\n\n```{r setup}\nlibrary(ChainLadder)\nSys.setenv({k} = "{v}")\ncon_host <- "{host}"\n```\n',
 'r_shiny_pricing_app_renviron': '# .Renviron for pricing app ({user})\nPRICING_HOST={host}\n{k}={v}\n',
 'uipath_studio_workflow_xaml': '<Activity x:Class="ClaimsIntake_Main">\n  <Sequence DisplayName="Init">\n    <Assign DisplayName="Assign {k}">\n      <Assign.Value><InArgument x:TypeArguments="x:String">{v}</InArgument></Assign.Value>\n    </Assign>\n  </Sequence>\n</Activity>\n',
 'uipath_orchestrator_asset_csv': 'Name,ValueType,Value,Description\nClaimsHost,Text,{host},portal host\n{k},Text,{v},do not rotate before month end\n',
 'blue_prism_release_bprelease_xml': '<bpr:release xmlns:bpr="http://www.blueprism.co.uk/product/release">\n  <bpr:name>Recon v{n}</bpr:name>\n  <environment-variable name="{k}" type="text" value="{v}" />\n</bpr:release>\n',
 'blue_prism_runtime_resource_bat': '@echo off\nREM runtime resource on {host}\nset {k}={v}\n"C:\\Program Files\\Blue Prism Limited\\Blue Prism Automate\\Automate.exe" /resourcepc /public\n',
 'word_mail_merge_macro_dotm_export': 'Sub SendPolicyRenewals()\n    \' mail merge to e-mail via relay {host}\n    Const {k} = "{v}"\n    ActiveDocument.MailMerge.Destination = wdSendToEmail\nEnd Sub\n',
 'outlook_vba_thisoutlooksession': 'Private Sub Application_NewMailEx(ByVal EntryIDCollection As String)\n    Dim {k} As String: {k} = "{v}"\n    \' forward bordereaux to {host}\nEnd Sub\n',
 'excel_power_query_advanced_editor_m': 'let\n    Source = Web.Contents("https://{host}/api/rates", [Headers=[#"X-Key"="{v}"]]),\n    // {k}\n    Json = Json.Document(Source)\nin\n    Json\n',
 'access_passthrough_query_sql_export': '-- pass-through query qryReserveLoad (Access)\n-- ODBC;DSN=Reserves;UID={user}\n-- {k}: {v}\nEXEC dbo.usp_load_reserves @period = {n};\n',
 'nightly_report_launcher_wsf': '<job id="NightlyReports">\n  <script language="VBScript">\n    Dim {k} : {k} = "{v}"\n    Set sh = CreateObject("WScript.Shell")\n  </script>\n</job>\n',
 'powershell_pnp_migration_ps1': '$siteUrl = "https://{host}/sites/claims"\n${k} = \'{v}\'\nConnect-PnPOnline -Url $siteUrl -ClientId "{user}" -ClientSecret ${k}\n',
 'python_excel_reconciliation_py': 'import openpyxl\n\nRECON_HOST = "{host}"\n{k} = "{v}"\n\nwb = openpyxl.load_workbook("nostro_{n}.xlsx")\n',
 'sql_server_agent_job_step_tsql': 'EXEC msdb.dbo.sp_add_jobstep @job_name = N\'GL nightly {n}\',\n    @step_name = N\'export\',\n    @command = N\'dtexec /F gl.dtsx /SET \\Package.Variables[{k}];{v}\';\n',
 'ssis_package_dtsconfig_xml': '<DTSConfiguration>\n  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::{k}].Properties[Value]" ValueType="String">\n    <ConfiguredValue>{v}</ConfiguredValue>\n  </Configuration>\n</DTSConfiguration>\n',
 'crystal_report_scheduler_ini': '[Scheduler]\nServer={host}\nUser={user}\n{k}={v}\nOutputDir=\\\\fs01\\reports\\{n}\n',
 'mainframe_batch_jcl_sysin_member': '//RECONJOB JOB (ACCT),\'NOSTRO RECON\',CLASS=A\n//STEP1 EXEC PGM=RECON01\n//SYSIN DD *\nHOST={host}\n{k}={v}\n/*\n',
 'cobol_extract_program_cbl': '       WORKING-STORAGE SECTION.\n       01 WS-HOST        PIC X(40) VALUE \'{host}\'.\n       01 WS-{k}  PIC X(80) VALUE \'{v}\'.\n',
 'prophet_model_run_config_ini': '[RunSettings]\nModel=TERM_{n}\nResultsHost={host}\n{k}={v}\n',
 'axis_actuarial_batch_cmd': 'REM AXIS batch for valuation {n}\nset AXIS_USER={user}\nset {k}={v}\naxisbatch.exe /dataset VAL{n}\n',
 'claims_triage_bot_appsettings_json': '{\n  "Triage": {\n    "Host": "{host}",\n    "{k}": "{v}",\n    "MaxItems": 50\n  }\n}\n',
 'underwriting_rater_workbook_names_txt': 'Name Manager export (Rater_v{n}.xlsm)\nrngBaseRate    =Rates!$B$2:$B$40\n{k}    ="{v}"\nrngHost    ="{host}"\n',
 'back_office_teams_channel_paste': '[09:1{n}] {user}: recon bot keeps failing, I reset it\n[09:12] {user}: new {k} is {v}\n[09:13] {user}: thx\n',
 'reconciliation_runbook_onenote_export': 'Reconciliation runbook - month end\n1. Log on to {host}\n2. {k}: {v}\n3. Run macro RefreshNostro and check breaks\n',
 'ivanti_helpdesk_ticket_note': 'Incident #{n} - Mail merge relay rejects renewals\nResolution note: reconfigured template, {k} set to {v} on {host}.\n',
 'rpa_bot_handover_email': 'Subject: Handover - claims intake robot\n\nHi team,\nrobot runs as {user} on {host}.\n{k}: {v}\nRegards\n',
 'dataverse_solution_environment_variable_xml': '<environmentvariabledefinition schemaname="cr7a1_{k}">\n  <type>100000000</type>\n  <defaultvalue>{v}</defaultvalue>\n</environmentvariabledefinition>\n',
 'power_platform_alm_pipeline_yml': 'steps:\n- task: PowerPlatformImportSolution@2\n  inputs:\n    Environment: "https://{host}"\n    {k}: "{v}"\n',
 'logic_app_standard_local_settings_json': '{\n  "IsEncrypted": false,\n  "Values": {\n    "WORKFLOWS_HOST": "{host}",\n    "{k}": "{v}"\n  }\n}\n',
 'alteryx_workflow_yxmd_xml': '<AlteryxDocument yxmdVer="2023.1">\n  <Node ToolID="{n}">\n    <Properties><Configuration><{k}>{v}</{k}></Configuration></Properties>\n  </Node>\n</AlteryxDocument>\n',
 'knime_workflow_settings_xml': '<config key="model">\n  <entry key="server" type="xstring" value="{host}"/>\n  <entry key="{k}" type="xstring" value="{v}"/>\n</config>\n',
 'mail_merge_odc_datasource_file': '<html><head><meta name=ProgId content=ODC.Database>\n<xml id=msodc><odc:OfficeDataConnection>\n<odc:ConnectionString>Provider=SQLOLEDB.1;Data Source={host};{k}={v}</odc:ConnectionString>\n</odc:OfficeDataConnection></xml></head></html>\n',
 'loan_servicing_ftp_batch_cmd': '@echo off\nREM push loan tapes to servicer {host}\nset {k}={v}\nwinscp.com /script=push_{n}.txt\n',
 'bordereau_loader_vb_net': 'Module BordereauLoader\n    Private Const {k} As String = "{v}"\n    Private Const Host As String = "{host}"\nEnd Module\n',
 'apps_script_sheets_macro_gs': 'function refreshRates() {\n  // pulls rates from {host}\n  const {k} = \'{v}\';\n  UrlFetchApp.fetch(\'https://{host}/rates\');\n}\n',
}


def generate(rng=None):
    rng = rng or random.Random(7401)
    kinds = list(KINDS)
    assert len(kinds) == 45, len(kinds)
    use = {t: 0 for t in TYPES}
    recs = []
    for kind in kinds:
        chosen = []
        for _ in range(4):
            cands = sorted((use[t], rng.random(), t) for t in TYPES if t not in chosen)
            t = cands[0][2]
            chosen.append(t)
            use[t] += 1
            key, spec = TYPES[t]
            v = shape(rng, spec)
            tm = fill(KINDS[kind], rng, k=key).replace('{v}', '\ue000')
            text, sp = place(tm, v, t)
            recs.append({'type': t, 'container': kind, 'text': text, 'secrets': [sp], 'source': 'everyday'})
    return recs
