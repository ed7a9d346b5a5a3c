"""Everyday secrets in 45 legal / HR / public-sector container kinds (4 each)."""
import random
from common import *


def _pw(rng):
    return rs(rng, 1, "ABCDEFGHJKLMNPQRSTUVWXYZ") + rs(rng, 5, "abcdefghijkmnpqrstuvwxyz") + rng.choice("!*.-_") + rs(rng, 4, "23456789") + rs(rng, 3, ALNUM)


def _url(scheme, user, port, db):
    def g(rng):
        v = rs(rng, 22, ALNUM)
        return v, "%s://%s:%s@<<host>>:%d/%s" % (scheme, user, mark(v), port, db)
    return g


def _plain(spec):
    def g(rng):
        v = shape(rng, spec) if "{" in spec else spec
        return v, mark(v)
    return g


def _pwg(rng):
    v = _pw(rng)
    return v, mark(v)


def _tg(rng):
    v = "%d:AA%s" % (rng.randint(5000000000, 7999999999), rs(rng, 33, B64URL))
    return v, mark(v)


TYPES = {
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY", _plain("{a30}{s10}")),
    "github_personal_access_token": ("GITHUB_TOKEN", _plain("ghp_{a36}")),
    "slack_bot_token": ("SLACK_BOT_TOKEN", lambda r: (lambda v: (v, mark(v)))("xoxb-%d-%d-%s" % (r.randint(10**10, 10**11), r.randint(10**12, 10**13), rs(r, 24)))),
    "stripe_live_secret_key": ("STRIPE_SECRET_KEY", _plain("sk_live_51{a97}")),
    "sendgrid_api_key": ("SENDGRID_API_KEY", _plain("SG.{b22}.{b43}")),
    "twilio_auth_token": ("TWILIO_AUTH_TOKEN", _plain("{h32}")),
    "database_password": ("DB_PASSWORD", _pwg),
    "smtp_password": ("SMTP_PASSWORD", _pwg),
    "postgres_url_password": ("DATABASE_URL", _url("postgresql", "caseapp", 5432, "casefiles")),
    "mysql_url_password": ("HRIS_DB_URL", _url("mysql", "hris_ro", 3306, "personnel")),
    "redis_url_password": ("SESSION_REDIS_URL", _url("redis", "default", 6379, "0")),
    "openai_project_api_key": ("OPENAI_API_KEY", _plain("sk-proj-{b58}T3BlbkFJ{b58}")),
    "anthropic_api_key": ("ANTHROPIC_API_KEY", _plain("sk-ant-api03-{b93}AA")),
    "jwt_signing_secret": ("JWT_SIGNING_SECRET", _plain("{h64}")),
    "datadog_api_key": ("DD_API_KEY", _plain("{h32}")),
    "telegram_bot_token": ("TELEGRAM_BOT_TOKEN", _tg),
    "azure_storage_account_key": ("AZURE_STORAGE_KEY", _plain("{s86}==")),
}

LONG = lambda rng, n, pre="": paragraphs(rng, n, pre)

C = {}
C["clio_matter_export_csv_row"] = 'Matter Number,Client,Responsible Attorney,Practice Area,Custom Field: <<k>>,Opened\n<<case>>,"<<agency>>",<<person>>,Employment,<<r>>,<<date>>\n'
C["relativity_load_file_dat_line"] = "\u00feControlNumber\u00fe\u0014\u00feCustodian\u00fe\u0014\u00feExtractedText\u00fe\n\u00feHRD<<num>>\u00fe\u0014\u00fe<<person>>\u00fe\u0014\u00feFrom IT: the <<k>> for the case portal is <<r>> please keep it out of the file\u00fe\n"
C["docusign_connect_config_xml"] = '<?xml version="1.0"?>\n<ConnectConfiguration name="HR offer letters">\n  <UrlToPublishTo>https://<<host>>/esign/events</UrlToPublishTo>\n  <Setting key="<<k>>"><<r>></Setting>\n  <IncludeDocuments>false</IncludeDocuments>\n</ConnectConfiguration>\n'
C["adobe_sign_webhook_setup_json"] = '{\n  "name": "contracts-signed-<<num>>",\n  "scope": "ACCOUNT",\n  "webhookSubscriptionEvents": ["AGREEMENT_WORKFLOW_COMPLETED"],\n  "webhookUrlInfo": {"url": "https://<<host>>/hooks/sign"},\n  "applicationEnv": {"<<k>>": "<<r>>"}\n}\n'
C["sharepoint_library_web_config"] = '<configuration>\n  <appSettings>\n    <add key="RecordsLibrary" value="/sites/legal/Shared Documents" />\n    <add key="<<k>>" value="<<r>>" />\n  </appSettings>\n</configuration>\n'
C["imanage_worksite_ini_section"] = "; WorkSite indexer, maintained by <<person>>\n[Indexer]\nLibrary=LEGAL01\nServer=<<host>>\n<<k>>=<<r>>\nBatchSize=<<num>>\n"
C["payroll_sftp_batch_script"] = "@echo off\nREM nightly payroll export to carrier (<<agency>>)\nset <<k>>=<<r>>\nsftp -b upload.txt <<user>>@<<host>>\nif errorlevel 1 echo FAILED >> payroll_<<date>>.log\n"
C["benefits_carrier_edi_834_notes"] = "ISA*00*          *00*          *ZZ*AGENCYHR       *ZZ*CARRIER        *260101*1200*^*00501*0000<<num>>*0*P*:~\nGS*BE*AGENCYHR*CARRIER*20260101*1200*<<num>>*X*005010X220A1~\nNTE*ADD*<<k>> <<r>>~\nST*834*0001*005010X220A1~\n"
C["workday_integration_launch_params"] = "Integration System: INT_Payroll_Outbound_<<num>>\nLaunch Parameters\n  Effective Date ........ <<date>>\n  Endpoint .............. https://<<host>>/inbound\n  <<k>> ........ <<r>>\n  Launched by ........... <<person>>\n"
C["bamboohr_sync_lambda_env"] = "Function: hris-directory-sync\nRuntime: python3.12\nEnvironment variables\n  BAMBOO_SUBDOMAIN   agency\n  <<k>>   <<r>>\n  LOG_LEVEL   INFO\n"
C["procurement_rfp_portal_question"] = "RFP <<case>> \u2013 Clarification Q<<num>>\nBidder question: our test harness needs sandbox access; is the following acceptable in the response pack?\n    <<k>>: <<r>>\nAgency answer (<<person>>): Do not include credentials in bid documents. Answer published <<date>>.\n"
C["vendor_onboarding_form_ocr"] = "VENDOR REGISTRATION FORM  (scanned, OCR page 2 of 3)\nLegal name of supplier: .... <<person2>> Consulting Ltd\nTax ID: .... 9<<num>>\nIntegration contact: .... <<person>>\nAPI credential (<<k>>): .... <<r>>\nSignature: ____________    Date: <<date>>\n"
C["board_meeting_minutes_long"] = "MINUTES OF THE BOARD OF <<agency>>\nHeld on <<date>> at <<time>>\n\n<<long1>>\n\nItem 7. IT handover. The outgoing contractor read out the <<k>> (<<r>>) so that it could be stored in the vault; the chair asked that it be rotated.\n\n<<long2>>\n\nThe meeting closed at 18:05.\n"
C["council_session_transcript_long"] = "CITY COUNCIL \u2013 VERBATIM TRANSCRIPT \u2013 <<date>>\n\n<<long1>>\n\nCLERK: For the record, the portal integration uses <<k>> equals <<r>>, which the vendor emailed to us.\nCHAIR: Thank you, we will ask IT to change that.\n\n<<long2>>\n"
C["employment_contract_docx_xml"] = '<w:document><w:body>\n<w:p><w:r><w:t>EMPLOYMENT AGREEMENT between <<agency>> and <<person>></w:t></w:r></w:p>\n<w:p><w:r><w:t xml:space="preserve">Onboarding note (delete before sending): <<k>> = <<r>></w:t></w:r></w:p>\n</w:body></w:document>\n'
C["litigation_hold_notice_email"] = "From: <<person>> <legal@agency.example>\nTo: records-custodians@agency.example\nSubject: Litigation hold \u2013 <<case>>\nDate: <<date>>\n\nPlease preserve all documents relating to the matter.\nThe export job for the mail archive runs with <<k>>=<<r>> until collection is complete.\n\nOffice of General Counsel\n"
C["foia_response_redaction_log"] = "FOIA request <<case>> \u2013 redaction log\nPage | Exemption | Reviewer | Note\n12 | (b)(6) | <<person>> | home address withheld\n14 | none | <<person2>> | config excerpt released: <<k>>: <<r>>\n15 | (b)(5) | <<person>> | deliberative\n"
C["court_efiling_api_properties"] = "# e-filing gateway client\nefiling.court.endpoint=https://<<host>>/efm/v5\nefiling.firm.id=<<num>>\nefiling.<<k>>=<<r>>\nefiling.retry.max=3\n"
C["case_management_sql_dump_insert"] = "-- dump of table integration_settings (<<date>>)\nINSERT INTO integration_settings (id, name, value, updated_by) VALUES\n  (<<num>>, '<<k>>', '<<r>>', '<<user>>');\n"
C["hr_ticket_servicenow_json"] = '{"number": "HRC00<<num>>", "short_description": "Benefits export failing", "assigned_to": "<<person>>",\n "work_notes": "Carrier says auth fails. Current <<k>> is <<r>> per the runbook.", "state": "In Progress"}\n'
C["timesheet_import_xlsx_csv"] = "EmployeeID,Name,Week,Hours,Approver,Comment\n<<emp>>,<<person>>,<<date>>,37.5,<<person2>>,\"set <<k>> to <<r>> for import tool\"\n"
C["grievance_investigation_notes_long"] = "CONFIDENTIAL \u2013 GRIEVANCE INVESTIGATION <<case>>\nInvestigator: <<person>>\n\n<<long1>>\n\nExhibit 4 is a screenshot of the shared HR mailbox configuration showing <<k>> <<r>> in plain text; the complainant says it was visible to all staff.\n\n<<long2>>\n"
C["e_discovery_processing_yaml"] = "matter: <<case>>\ncustodians:\n  - <<person>>\nprocessing:\n  ocr: true\n  dedupe: global\nsource_credentials:\n  <<k>>: <<r>>\n"
C["records_retention_policy_pdf_text_long"] = "RECORDS RETENTION AND DISPOSAL POLICY \u2013 <<agency>>\n\n<<long1>>\n\nAppendix C (system access for the disposal tool): <<k>> <<r>>\n\f\nPage 31 of 58\n\n<<long2>>\n"
C["document_assembly_template_vars"] = '{\n  "template": "settlement_letter_v4",\n  "variables": {\n    "ClientName": "<<person>>",\n    "MatterNo": "<<case>>",\n    "<<k>>": "<<r>>"\n  }\n}\n'
C["pension_fund_extract_fixed_width"] = "HDR PENSIONEXTRACT <<date>> <<agency>>\nCFG <<k>>                <<r>>\nREC <<emp>> 000<<num>> <<amount>>\nTRL 000001\n"
C["ldap_sync_powershell_profile"] = "# profile.ps1 for the HR directory sync account\nImport-Module ActiveDirectory\n$env:<<k>> = '<<r>>'\nSet-Location C:\\Jobs\\HRSync\n"
C["laserfiche_workflow_rule_xml"] = '<Workflow name="Route signed contracts">\n  <Activity type="WebRequest">\n    <Header name="<<k>>"><<r>></Header>\n    <Url>https://<<host>>/contracts</Url>\n  </Activity>\n</Workflow>\n'
C["open_data_portal_harvest_cfg"] = "[harvest:procurement-awards]\nsource = https://<<host>>/awards.csv\nschedule = daily\n<<k>> = <<r>>\nlicense = cc-by-4.0\n"
C["grants_management_cron_env"] = "# /etc/cron.d/grants-sync  (<<person>>)\n<<k>>=<<r>>\n15 2 * * * grants /opt/grants/bin/sync --since <<date>>\n"
C["notary_queue_console_log"] = "[<<date>> <<time>>] notary-queue INFO  session started for <<person>>\n[<<date>> <<time>>] notary-queue DEBUG config loaded: <<k>>=<<r>>\n[<<date>> <<time>>] notary-queue INFO  3 documents waiting\n"
C["exam_scoring_python_settings"] = '"""Settings for the civil-service exam scoring service."""\nEXAM_CYCLE = "<<date>>"\n<<k>> = "<<r>>"\nPASS_MARK = 70\n'
C["purchase_order_approval_email_thread"] = "On <<date>> <<person2>> wrote:\n> PO <<num>> is approved, please raise it in the portal.\n> The supplier portal login for finance is:\n> <<k>>: <<r>>\n\nThanks, raised. <<person>>\n"
C["scanned_fax_cover_ocr"] = "FAX COVER SHEET\nTO: <<agency>>    FROM: <<person>>\nPAGES: 4 (including cover)\nRE: payroll interface\nMESSAGE: as discussed, <<k>> is <<r>>\n         please confirm receipt.\n"
C["policy_committee_agenda_markdown"] = "# Policy Committee \u2013 <<date>>\n\n1. Apologies\n2. Minutes of previous meeting\n3. Remote-work policy draft (<<person>>)\n\n> Note for secretariat only: the agenda tool's <<k>> is `<<r>>`.\n\n4. AOB\n"
C["legal_aid_intake_form_json"] = '{"intake_id": "LA-<<num>>", "applicant": "<<person>>", "matter_type": "housing",\n "caseworker_notes": "SMS gateway key for reminders: <<k>>=<<r>>", "received": "<<date>>"}\n'
C["payroll_run_audit_log"] = "<<date>>T<<time>>:01Z payroll-run=<<num>> step=calc status=ok\n<<date>>T<<time>>:02Z payroll-run=<<num>> step=bank-file env <<k>>=<<r>>\n<<date>>T<<time>>:07Z payroll-run=<<num>> step=post status=ok\n"
C["benefits_enrollment_portal_har_entry"] = '{"request": {"method": "POST", "url": "https://<<host>>/enroll/api/v2/elections",\n  "headers": [{"name": "X-Employee", "value": "<<emp>>"}, {"name": "<<k>>", "value": "<<r>>"}]},\n "response": {"status": 201}}\n'
C["tender_scoring_ods_content_xml"] = '<table:table table:name="Scoring">\n<table:table-row><table:table-cell><text:p>Supplier</text:p></table:table-cell><table:table-cell><text:p>Score</text:p></table:table-cell></table:table-row>\n<table:table-row><table:table-cell><text:p><<k>></text:p></table:table-cell><table:table-cell><text:p><<r>></text:p></table:table-cell></table:table-row>\n</table:table>\n'
C["contract_lifecycle_yaml_connector"] = "connector: clm-erp-bridge\nowner: <<person>>\nerp:\n  base_url: https://<<host>>\n  <<k>>: \"<<r>>\"\nsync_interval_minutes: 30\n"
C["it_handover_memo_long"] = "MEMORANDUM\nTo: Incoming systems administrator\nFrom: <<person>>\nRe: Handover of the case-management platform\n\n<<long1>>\n\n6. Remaining secret not yet in the vault: <<k>> <<r>> (used by the nightly export).\n\n<<long2>>\n"
C["municipal_permit_system_ini"] = "[Permits]\nJurisdiction=<<agency>>\nFeeSchedule=2026\n\n[Gateway]\n<<k>>=<<r>>\nTimeoutSeconds=45\n"
C["docket_monitor_bot_config_toml"] = '[monitor]\ncourts = ["district", "appeals"]\nnotify = "<<person>>"\n\n[secrets]\n<<k>> = "<<r>>"\n'
C["hris_webhook_delivery_log"] = "delivery <<num>> event=employee.terminated target=https://<<host>>/hooks status=401\n  request headers: content-type=application/json <<k>>=<<r>>\n  retry scheduled in 300s\n"
C["minutes_action_items_rtf"] = "{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Calibri;}}\n\\b Action items \\b0\\par\n1. <<person>> to rotate <<k>> (currently <<r>>)\\par\n2. Circulate minutes by <<date>>\\par\n}\n"

KINDS = sorted(C)
LONG_KINDS = [k for k in KINDS if k.endswith("_long")]


def generate(pool):
    rng = random.Random(5801)
    types = sorted(TYPES)
    use = {t: 0 for t in types}
    out = []
    for kind in KINDS:
        chosen = []
        for _ in range(4):
            cand = sorted((t for t in types if t not in chosen), key=lambda t: (use[t], rng.random()))
            chosen.append(cand[0]); use[cand[0]] += 1
        for t in chosen:
            keyname, g = TYPES[t]
            while True:
                v, r = g(rng)
                if v not in pool:
                    break
            pool.add(v)
            d = fillers(rng)
            d["r"] = fill(r, d)
            d["k"] = keyname
            if kind in LONG_KINDS:
                d["long1"] = paragraphs(rng, rng.randint(25, 40), "{i}. ")
                d["long2"] = paragraphs(rng, rng.randint(25, 40), "")
            text, spans = unmark(fill(C[kind], d), t)
            out.append({"type": t, "container": kind, "text": text, "secrets": spans, "source": "everyday"})
    return out
