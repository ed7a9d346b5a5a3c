"""Everyday: 45 container kinds x 4 records, common secret types."""
import random
from common import G, mark, place

TYPES = {
    "aws_secret_access_key": ("AWS secret access key", lambda g: g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+", 40)),
    "database_password": ("database password", lambda g: g.pw(14, 20)),
    "stripe_live_secret_key": ("Stripe live secret key", lambda g: "sk_live_51" + g.an(97)),
    "sendgrid_api_key": ("SendGrid API key", lambda g: "SG." + g.b64u(22) + "." + g.b64u(43)),
    "slack_bot_token": ("Slack bot token", lambda g: "xoxb-" + g.dig(12) + "-" + g.dig(13) + "-" + g.an(24)),
    "twilio_auth_token": ("Twilio auth token", lambda g: g.hex(32)),
    "smtp_password": ("SMTP relay password", lambda g: g.pw(12, 18)),
    "postgres_url_password": ("Postgres connection URL", lambda g: g.pwsafe(14, 20)),
    "mysql_url_password": ("MySQL connection URL", lambda g: g.pwsafe(14, 20)),
    "redis_url_password": ("Redis URL", lambda g: g.pwsafe(16, 24)),
    "jwt_signing_secret": ("JWT signing secret", lambda g: g.b64ubytes(36)),
    "openai_project_api_key": ("OpenAI API key", lambda g: "sk-proj-" + g.b64u(74) + "T3BlbkFJ" + g.b64u(74)),
    "google_gemini_api_key": ("Gemini API key", lambda g: "AIza" + g.b64u(35)),
    "telegram_bot_token": ("Telegram bot token", lambda g: g.dig(10) + ":AA" + g.b64u(33)),
    "datadog_api_key": ("Datadog API key", lambda g: g.hex(32)),
    "anthropic_api_key": ("Anthropic API key", lambda g: "sk-ant-api03-" + g.b64u(93) + "AA"),
}
TYPE_ORDER = sorted(TYPES)

def display(t, g, V):
    if t == "postgres_url_password":
        return "postgresql://ledger_svc:%s@pg-fin-%s.bank.example:5432/gl" % (V, g.low(3))
    if t == "mysql_url_password":
        return "mysql://pos_sync:%s@mysql-%s.retail.example:3306/till" % (V, g.low(3))
    if t == "redis_url_password":
        return "redis://default:%s@cache-%s.claims.example:6379/2" % (V, g.low(3))
    return V

# kind -> template; {L} label, {D} displayed value, {N} a person name, {R} a ref number
KINDS = {
 "claims_adjuster_ticket_comment": "Ticket CLM-{R} · comment by {N}\nThe FNOL importer keeps failing auth. Vendor support says to re-enter the {L} in the connector.\n{L}: {D}\nPlease rotate after go-live.",
 "payroll_cutover_checklist_row": "Step;Owner;Status;Notes\n14;{N};DONE;Payroll export connector set up — {L} = {D}\n15;{N};OPEN;Parallel run with last month's payslips",
 "bank_feed_onboarding_email": "Subject: Bank feed onboarding – cash management integration\n\nHi {N},\n\nas discussed, here is what the treasury connector needs. {L}: {D}\n\nKind regards,\nTreasury Operations",
 "pharmacy_claims_switch_memo": "MEMO – Pharmacy claims switch migration\nTo: dispensary leads  From: {N}\nThe new adjudication bridge logs in with the {L} below. Keep this memo in the locked drawer.\n\n    {L} …… {D}\n",
 "hospital_interface_engine_runbook": "## Interface engine runbook – ADT feed\n\n1. Stop the inbound channel.\n2. Update the {L} in the channel settings:\n   `{D}`\n3. Restart and watch the queue depth for 10 minutes.",
 "insurance_broker_portal_note": "Broker portal – internal note ({N})\nQuote API was re-keyed after the audit. New {L} is {D} — only for the renewals team.",
 "tax_season_preparer_handover": "Tax season handover – prepared by {N}\n- e-file transmitter software: ok\n- {L} for the document upload robot: {D}\n- client portal: see binder",
 "law_firm_matter_intake_form": "MATTER INTAKE FORM\nMatter no.: {R}\nResponsible attorney: {N}\nIT / e-discovery vendor access\n  {L}: {D}\nConflicts check: cleared",
 "court_efiling_support_case": "E-filing support case #{R}\nCustomer: {N}\nDescription: Filing agent could not authenticate against the clerk gateway. Customer pasted their {L} in the case so we could reproduce: {D}\nResolution: pending",
 "pos_rollout_store_visit_report": "STORE VISIT REPORT – POS rollout wave 3\nStore {R} / technician {N}\nTerminals paired: 4/4\nBack-office sync {L}: {D}\nOpen items: receipt printer paper jam",
 "warehouse_shift_handover_whiteboard_ocr": "WAREH0USE SH1FT HAND0VER\nDock 3 scanner rebooted. Label printer ok.\n{L}: {D}\nAsk {N} before changing anything!!",
 "freight_forwarder_edi_setup_email": "Subject: EDI setup – customs declarations\n\nDear {N},\n\nplease configure your broker software with the following. {L} -> {D}\n\nBest regards, EDI desk",
 "customs_broker_declaration_notes": "Declaration notes {R}\n• HS codes checked by {N}\n• Customs gateway {L}: {D}\n• Duties prepaid, DDP",
 "credit_union_it_change_request": "CHANGE REQUEST CR-{R}\nRequester: {N}\nSystem: member statements mailer\nImplementation: replace {L} with {D} in the job config\nBackout: restore previous value",
 "loan_servicing_batch_job_log": "[{R}] BATCH loan_escrow_recalc started\n[{R}] loading config … {L}={D}\n[{R}] 1843 loans processed, 0 errors",
 "accounting_month_end_close_sheet_csv": "task,owner,due,comment\nbank reconciliation,{N},WD2,done\nAP automation login,{N},WD3,\"{L}: {D}\"\naccruals,{N},WD4,",
 "expense_tool_admin_slack_thread": "#finance-systems\n{N}: anyone have the {L} for the expense tool integration?\n{N}: {D}\n{N}: thanks, will move it to the vault later",
 "auditor_pbc_request_reply": "PBC request 27 – IT general controls\nAuditor question: provide evidence of service account configuration.\nClient response ({N}): screenshot attached; for reference the {L} is {D}.",
 "medical_billing_clearinghouse_email": "Subject: Clearinghouse credentials for 837 submissions\n\n{N},\nthe practice management system needs this {L}: {D}\nPlease confirm once the test claim goes through.",
 "dental_practice_server_sticker_ocr": "DENTAL PRACTICE SERVER – D0 N0T UNPLUG\nImaging bridge {L}:\n{D}\ninstalled by {N}",
 "telehealth_vendor_onboarding_doc": "Telehealth vendor onboarding – section 4 Integrations\n\nThe scheduling sync uses a {L}. Current value: {D}\n\nOwner: {N} (clinical systems)",
 "hipaa_risk_assessment_finding": "Finding RA-{R} (High): credential stored in plain text\nEvidence: config excerpt shows {L} {D}\nRecommendation: move to secrets manager; owner {N}",
 "government_grant_portal_helpdesk_email": "Subject: RE: Grant portal integration error\n\nDear {N},\nthank you for the details. We tested with the {L} you sent ({D}) and the submission API now accepts the request.\n\nGrants helpdesk",
 "municipal_tax_office_it_ticket": "IT ticket {R} – property tax module\nReported by {N}\nThe nightly export to the county system fails. Current {L}: {D}\nPriority: normal",
 "procurement_tender_portal_note": "Tender portal – supplier integration\nContact: {N}\nPlease use {L} {D} for the catalogue upload job.",
 "ecommerce_agency_handover_pdf_text": "HANDOVER DOCUMENT – Online store relaunch\nPage 7 of 12\nPayments & notifications\n{L}: {D}\nPrepared by {N}",
 "marketplace_seller_support_chat_copy": "[Seller support chat]\nAgent {N}: To finish the integration I need the {L}.\nSeller: here it is {D}\nAgent {N}: Thank you, the sync is running now.",
 "subscription_billing_migration_tracker_tsv": "item\towner\tvalue\tstatus\nbilling webhook\t{N}\t{L} {D}\tmigrated",
 "fraud_ops_shift_notes": "Fraud ops – night shift notes ({N})\n02:10 chargeback spike on BIN range, rules tightened\n02:40 case-tool alerting re-enabled, {L} = {D}\n03:15 quiet",
 "atm_fleet_vendor_visit_log": "ATM FLEET – vendor visit log\nSite {R}: cassette swap, journal printer replaced\nMonitoring agent {L}: {D}\nEngineer: {N}",
 "branch_it_binder_page_ocr": "BRANCH IT B1NDER – page 3\nBack-office PC and queue system\n{L}: {D}\nQuesti0ns -> {N}",
 "brokerage_compliance_chat_export": "[compliance-desk] {N}: reminder that credentials must not go into chat\n[compliance-desk] {N}: understood, but the market data bridge is down, {L} is {D}\n[compliance-desk] {N}: logged",
 "trading_desk_incident_postmortem": "Postmortem – market data outage\nTimeline: 09:31 feed handler crash loop\nRoot cause: expired {L}; replaced with {D} at 09:58 by {N}\nAction items: monitoring on credential expiry",
 "real_estate_escrow_closing_email": "Subject: Closing next Tuesday – escrow system access\n\nHi {N}, for the wire-instruction portal our title software uses this {L}: {D}\nPlease keep it confidential.",
 "mortgage_broker_crm_note": "CRM note – {N}\nLender API integration re-authorised. {L}: {D}\nNext: test rate lock callback",
 "payroll_bureau_client_letter_ocr": "PAYR0LL BUREAU – Client Letter\nDear {N},\nyour payslip portal connector has been configured with the {L} {D}.\nYours faithfully, Client Services",
 "hr_onboarding_it_form": "NEW STARTER IT FORM\nName: {N}\nDepartment: Payroll\nSystems: HRIS, time clocks\nIntegration ({L}): {D}",
 "food_distributor_route_planner_note": "Route planner settings – {N}\nTelematics sync {L}: {D}\nDepot opens 05:00",
 "pharma_qa_validation_protocol": "Validation protocol VP-{R}\nTest step 6: verify LIMS connector authenticates.\nInput data: {L} = {D}\nExpected: HTTP 200. Tester: {N}",
 "lab_results_portal_vendor_ticket": "Vendor ticket {R}\nFrom: {N}\nThe results portal rejects our uploads. {L}: {D}\nCan you check on your side?",
 "nonprofit_donation_platform_handbook": "Donation platform handbook – Treasurer section\nThe gift-aid export uses the {L} below.\n{L}: {D}\nUpdated by {N}",
 "insurance_underwriting_spreadsheet_notes": "Underwriting model – Notes tab\nData pull from rating API needs {L}\n{D}\nlast checked by {N}",
 "collections_agency_call_wrapup": "Call wrap-up – agent {N}\nCustomer agreed payment plan. Dialler integration re-connected with {L} {D} after outage.",
 "point_of_sale_vendor_fax_ocr": "FAX – POS VEND0R SUPP0RT\nTo: store manager {N}\nPlease enter the following {L} in the back office:\n{D}\nPages: 1/1",
 "shipping_desk_sticky_note_ocr": "SHIPPING DESK\ncarrier label API\n{L}\n{D}\n- {N}",
}

NAMES = ["Amara Okafor", "Jonas Weber", "Priya Raman", "Lucía Torres", "Tomasz Nowak", "Mei Lin", "Samuel Adeyemi", "Ingrid Berg", "Omar Haddad", "Grace Mensah", "Hiro Tanaka", "Ana Costa"]

def build(rng, pool):
    g = G(rng)
    recs = []
    use = {t: 0 for t in TYPE_ORDER}
    for kind in KINDS:
        chosen = []
        for _ in range(4):
            cands = sorted([t for t in TYPE_ORDER if t not in chosen], key=lambda t: (use[t], rng.random()))
            t = cands[0]; chosen.append(t); use[t] += 1
            lab, fn = TYPES[t]
            v = pool.take(lambda: fn(g))
            tmpl = KINDS[kind]
            # only the first {L} gets the label; the value marker appears once
            d = display(t, g, mark(0))
            s = tmpl.replace("{D}", d).replace("{L}", lab)
            while "{N}" in s:
                s = s.replace("{N}", rng.choice(NAMES), 1)
            while "{R}" in s:
                s = s.replace("{R}", str(rng.randint(10000, 99999)), 1)
            text, spans = place(s, [(v, t)])
            recs.append({"type": t, "container": kind, "text": text, "secrets": spans, "source": "everyday"})
    return recs
