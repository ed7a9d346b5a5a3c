"""Everyday secrets in 45 finance / trading container kinds (4 records each)."""
from common import Gen, MARK, fill, make, URLSAFE, ALNUM, HEX

SEED = 6001

TYPES = {
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", lambda g: g.s(40, ALNUM + "/+")),
    "database_password": ("LEDGER_DB_PASSWORD", lambda g: g.pw()),
    "github_personal_access_token": ("GITHUB_TOKEN", lambda g: "ghp_" + g.s(36)),
    "jwt_signing_secret": ("JWT_SIGNING_SECRET", lambda g: g.hx(64)),
    "openai_project_api_key": ("OPENAI_API_KEY", lambda g: "sk-proj-" + g.s(58, URLSAFE) + "T3BlbkFJ" + g.s(58, URLSAFE)),
    "sendgrid_api_key": ("SENDGRID_API_KEY", lambda g: "SG." + g.s(22, URLSAFE) + "." + g.s(43, URLSAFE)),
    "slack_bot_token": ("SLACK_BOT_TOKEN", lambda g: "xoxb-" + g.digits(12) + "-" + g.digits(13) + "-" + g.s(24)),
    "smtp_password": ("SMTP_PASSWORD", lambda g: g.pw()),
    "stripe_live_secret_key": ("STRIPE_SECRET_KEY", lambda g: "sk_live_51" + g.s(96)),
    "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", lambda g: g.digits(10) + ":AA" + g.s(33, URLSAFE)),
    "twilio_auth_token": ("TWILIO_AUTH_TOKEN", lambda g: g.hx(32)),
    "datadog_api_key": ("DD_API_KEY", lambda g: g.hx(32)),
    "anthropic_api_key": ("ANTHROPIC_API_KEY", lambda g: "sk-ant-api03-" + g.s(93, URLSAFE) + "AA"),
    "azure_storage_account_key": ("AZURE_STORAGE_KEY", lambda g: g.b64(64)),
    "postgres_url_password": ("RECON_DATABASE_URL", None),
    "redis_url_password": ("QUOTE_CACHE_URL", None),
}


def vctx(g, t):
    if t == "postgres_url_password":
        return "postgresql://" + g.user() + ":" + MARK + "@" + g.host() + ":5432/recon"
    if t == "redis_url_password":
        return "redis://:" + MARK + "@" + g.host() + ":6379/2"
    return MARK


def value(g, t):
    f = TYPES[t][1]
    return f(g) if f else g.pw()


def iban(g):
    bban = "NWBK" + g.digits(14)
    n = int("".join(str(int(c, 36)) for c in bban + "GB00"))
    return "GB%02d%s" % (98 - n % 97, bban)


K = {
 "quickfix_acceptor_session_cfg": "[DEFAULT]\nConnectionType=acceptor\nSocketAcceptPort=9876\nFileStorePath=/var/fix/store\n\n[SESSION]\nBeginString=FIX.4.4\nSenderCompID=DESK@@N@@\nTargetCompID=BROKER\n# ops: left here until the vault sidecar lands\n@@K@@=@@VC@@\n",
 "market_data_feed_handler_toml": "[feed]\nvenue = \"XLON\"\nmulticast_group = \"239.1.@@n@@.10\"\nsymbols = [\"VOD.L\", \"BARC.L\"]\n\n[secrets]\n@@k@@ = \"@@VC@@\"\n",
 "reconciliation_airflow_dag_py": "from airflow import DAG\nfrom airflow.operators.python import PythonOperator\n\n# nostro recon, break threshold 0.01\n@@K@@ = \"@@VC@@\"\n\nwith DAG(\"nostro_recon_@@n@@\", schedule=\"0 6 * * 1-5\") as dag:\n    PythonOperator(task_id=\"match\", python_callable=run_match)\n",
 "mt940_statement_import_ini": "[import]\nformat=MT940\naccount=@@IBAN@@\nstatement_dir=\\\\fileshare\\treasury\\mt940\n\n[notify]\n@@k@@=@@VC@@\n",
 "swift_gateway_sftp_profile_xml": "<profile name=\"swift-alliance-lite-@@n@@\">\n  <host>@@H@@</host>\n  <bic>NWBKGB2L</bic>\n  <param key=\"@@K@@\">@@VC@@</param>\n</profile>\n",
 "ubl_invoice_note_xml": "<Invoice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Invoice-2\">\n  <cbc:ID>INV-@@N@@</cbc:ID>\n  <cbc:Note>integration setting pasted by mistake: @@K@@=@@VC@@</cbc:Note>\n  <cac:PayeeFinancialAccount><cbc:ID>@@IBAN@@</cbc:ID></cac:PayeeFinancialAccount>\n</Invoice>\n",
 "journal_entry_export_csv": "entry_id,account,debit,credit,memo\nJE-@@N@@,4000-100,1200.00,,accrual reversal\nJE-@@N@@,2100-200,,1200.00,\"temp cred for export job @@K@@=@@VC@@\"\n",
 "excel_vba_module_bas": "Attribute VB_Name = \"modRefresh\"\nOption Explicit\n' refreshes the FX sheet from the rates service\nPrivate Const @@K@@ As String = \"@@VC@@\"\n\nSub RefreshRates()\n    Sheets(\"FX\").Range(\"A1\").Value = Now\nEnd Sub\n",
 "google_apps_script_gs": "// Treasury cash sheet sync\nconst SHEET_ID = '1x@@n@@Q';\nconst @@K@@ = '@@VC@@';\n\nfunction syncBalances() {\n  SpreadsheetApp.openById(SHEET_ID).getSheetByName('Cash');\n}\n",
 "cash_position_sheet_csv": "Entity,Bank,Account,Balance EUR,Notes\nFinCo BV,ING,@@IBAN@@,1520340.12,\nFinCo Ltd,NatWest,@@N@@,88211.07,\"@@K@@ @@VC@@ (for the sweep macro)\"\n",
 "compliance_jira_issue_json": "{\"key\": \"COMP-@@n@@\", \"fields\": {\"summary\": \"Credential found in trade-capture export\", \"description\": \"The export header contained @@K@@: @@VC@@ - rotate and confirm.\", \"labels\": [\"mar\", \"surveillance\"]}}\n",
 "surveillance_alert_email_eml": "From: surveillance@corp.example\nTo: desk-heads@corp.example\nSubject: Alert @@N@@ - spoofing pattern review\n\nThe alert engine config we received from the vendor still reads\n  @@K@@=@@VC@@\nplease have it moved before the audit.\n",
 "kyc_vendor_integration_env": "# KYC provider integration (staging copy of prod)\nKYC_BASE_URL=https://kyc.corp.example/v2\nKYC_TIMEOUT_MS=8000\n@@K@@=@@VC@@\n",
 "payment_processor_tfvars": "region        = \"eu-west-1\"\nmerchant_name = \"finco-eu\"\n@@k@@ = \"@@VC@@\"\nsettlement_iban = \"@@IBAN@@\"\n",
 "card_issuing_webhook_log": "2024-03-0@@d@@T10:2@@d@@:11Z INFO webhook card.authorization id=auth_@@N@@ status=approved\n2024-03-0@@d@@T10:2@@d@@:12Z DEBUG loaded config @@K@@=@@VC@@\n",
 "ledger_compose_yaml": "services:\n  ledger:\n    image: registry.corp.example/ledger:4.2\n    environment:\n      LEDGER_MODE: \"double-entry\"\n      @@K@@: \"@@VC@@\"\n",
 "risk_spark_submit_sh": "#!/bin/sh\nexport @@K@@='@@VC@@'\nspark-submit --master yarn --class com.corp.risk.VaR \\\n  --conf spark.executor.memory=8g var-engine.jar --date \"$1\"\n",
 "quant_notebook_cell_json": "{\"cell_type\": \"code\", \"execution_count\": @@n@@, \"source\": [\"import os\\n\", \"os.environ['@@K@@'] = '@@VC@@'\\n\", \"px = load_prices('GB00B03MLX29')\\n\"]}\n",
 "backtest_run_yaml": "strategy: mean_reversion_v3\nuniverse: ftse350\nstart: 2019-01-01\ncredentials:\n  @@k@@: '@@VC@@'\nslippage_bps: 2\n",
 "broker_api_settings_py": "# broker connectivity settings\nBROKER_HOST = \"@@H@@\"\nACCOUNT_ID = \"U@@N@@\"\n@@K@@ = \"@@VC@@\"\nMAX_ORDER_NOTIONAL = 250000\n",
 "crypto_mm_bot_config_json": "{\n  \"exchange\": \"venue-a\",\n  \"pairs\": [\"BTC-EUR\", \"ETH-EUR\"],\n  \"spread_bps\": 12,\n  \"@@k@@\": \"@@VC@@\"\n}\n",
 "order_router_log4j2_properties": "appender.console.type = Console\nlogger.oms.name = com.corp.oms\nlogger.oms.level = INFO\n# alerting appender\nappender.alert.@@k@@ = @@VC@@\n",
 "pnl_report_crontab": "# m h dom mon dow command\n15 18 * * 1-5 @@K@@='@@VC@@' /opt/pnl/bin/daily_pnl --book EQ-@@n@@\n",
 "month_end_close_checklist_md": "## Month-end close - checklist\n\n- [x] accruals booked (JE-@@N@@)\n- [x] intercompany matched\n- [ ] bank rec for @@IBAN@@\n- [ ] export job: `@@K@@=@@VC@@` (temporary, remove after close)\n",
 "audit_evidence_request_email": "Subject: PBC item 14 - access to payment system\n\nHi, for the walkthrough the auditors asked how the batch connects. Current setting:\n\n@@K@@ = @@VC@@\n\nThanks, AP team\n",
 "sox_control_workpaper_txt": "Control: ITGC-07 (privileged access to GL)\nTest step 3: inspected job configuration on @@H@@\nObservation: plaintext setting @@K@@ set to @@VC@@ in job file\nConclusion: exception raised, ticket COMP-@@n@@\n",
 "sap_extractor_connection_ini": "[SAP_BW]\nashost=@@H@@\nsysnr=00\nclient=100\n[downstream]\n@@K@@=@@VC@@\n",
 "netsuite_suitescript_config_js": "/**\n * @NApiVersion 2.1\n * @NScriptType ScheduledScript\n */\ndefine([], () => {\n  const CONFIG = { subsidiary: @@n@@, @@k@@: '@@VC@@' };\n  return { execute: () => CONFIG };\n});\n",
 "vendor_payment_run_log": "[payrun @@N@@] selecting open items due <= 2024-04-30\n[payrun @@N@@] 312 invoices, total 1,204,332.18 EUR\n[payrun @@N@@] using notifier @@K@@=@@VC@@\n",
 "nacha_generator_env": "ODFI_ROUTING=0210000@@d@@@@d@@\nCOMPANY_ID=1@@N@@\nBATCH_SEC_CODE=CCD\n@@K@@=@@VC@@\n",
 "sepa_pain001_pipeline_yaml": "pipeline: sepa-credit-transfer\nmessage: pain.001.001.09\ndebtor_iban: @@IBAN@@\nsecrets:\n  - name: @@K@@\n    value: \"@@VC@@\"\n",
 "fx_rates_serverless_yml": "service: fx-rates-ingest\nprovider:\n  name: aws\n  environment:\n    RATES_SOURCE: ecb\n    @@K@@: '@@VC@@'\nfunctions:\n  ingest:\n    handler: handler.run\n",
 "kdb_tickerplant_q": "/ tickerplant bootstrap\n\\p 5010\n.u.tick[`sym`trade`quote;`:/data/tplog]\n.cfg.@@k@@:\"@@VC@@\"\n",
 "desk_chatbot_config_json": "{\"bot\": \"fx-desk-helper\", \"channels\": [\"#fx-flow\", \"#rates\"], \"@@k@@\": \"@@VC@@\", \"quiet_hours\": \"22-06\"}\n",
 "broker_onboarding_pdf_text": "BROKER-DEALER ONBOARDING FORM (page 3 of 5)\nLEI: 5493001KJTIIGC8Y1R@@d@@@@d@@\nConnectivity contact: ops@corp.example\nTechnical credential supplied: @@K@@ @@VC@@\nSigned: ______________\n",
 "payments_postmortem_md": "# Postmortem: card settlement delay\n\n**Impact:** 41 minutes of delayed settlement files.\n\n**Timeline**\n- 09:14 deploy of settlement-svc with `@@K@@=@@VC@@` hard-coded\n- 09:55 rollback\n",
 "snowflake_worksheet_sql": "-- finance DWH worksheet\nUSE WAREHOUSE FIN_WH;\n-- integration param: @@K@@ = '@@VC@@'\nSELECT account_id, SUM(amount) FROM gl.postings WHERE period = '2024-03' GROUP BY 1;\n",
 "powerbi_gateway_datasource_json": "{\"datasourceName\": \"GL_Postings\", \"connectionDetails\": {\"server\": \"@@H@@\", \"database\": \"gl\"}, \"credentialDetails\": {\"@@k@@\": \"@@VC@@\"}}\n",
 "tableau_tds_xml": "<datasource formatted-name='Trades' inline='true'>\n  <connection class='postgres' server='@@H@@' dbname='trades'>\n    <attribute name='@@k@@' value='@@VC@@'/>\n  </connection>\n</datasource>\n",
 "mainframe_loan_batch_jcl": "//LNSVC@@d@@@@d@@ JOB (ACCT),'LOAN BATCH',CLASS=A\n//STEP1 EXEC PGM=LNPOST\n//SYSIN DD *\n  @@K@@=@@VC@@\n/*\n",
 "cobol_parm_card_txt": "000100 PARM-CARD FOR CORE BANKING EXTRACT\n000200 BRANCH=0@@d@@@@d@@ CYCLE=EOD\n000300 @@K@@ @@VC@@\n",
 "payments_gitlab_ci_yml": "stages: [test, deploy]\ndeploy_prod:\n  stage: deploy\n  variables:\n    @@K@@: \"@@VC@@\"\n  script:\n    - ./deploy.sh payments-api\n",
 "payments_helm_values_yaml": "replicaCount: 3\nimage:\n  repository: registry.corp.example/payments-api\nenv:\n  - name: @@K@@\n    value: \"@@VC@@\"\n",
 "trading_ops_runbook_wiki": "h2. Restart the order gateway\n# ssh to @@H@@\n# check session seq numbers\n# if the alerting hook fails, export {{@@K@@=@@VC@@}} and rerun\n",
 "risk_report_rmd": "---\ntitle: \"Weekly VaR\"\noutput: html_document\n---\n\n```{r setup}\nSys.setenv(@@K@@ = \"@@VC@@\")\nlibrary(dplyr)\n```\n",
}

KINDS = sorted(K)


def gen():
    g = Gen(SEED)
    types = sorted(TYPES)
    use = {t: 0 for t in types}
    out = []
    for kind in KINDS:
        chosen = []
        for _ in range(4):
            cand = [t for t in types if t not in chosen]
            m = min(use[t] for t in cand)
            t = g.pick([t for t in cand if use[t] == m])
            chosen.append(t)
            use[t] += 1
        for t in chosen:
            key = TYPES[t][0]
            tpl = fill(K[kind], K=key, k=key.lower(), VC=vctx(g, t), H=g.host(), N=g.digits(6),
                       n=g.digits(2), d=g.digits(1), IBAN=iban(g))
            v = value(g, t)
            text, spans = make(tpl, [v], [t])
            out.append({"type": t, "container": kind, "text": text, "secrets": spans, "source": "everyday"})
    return out
