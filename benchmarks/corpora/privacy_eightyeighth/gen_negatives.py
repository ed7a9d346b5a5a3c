"""Hard negatives from the BI / statistics world: look like secrets, are not."""
import hashlib, hmac, random, struct
from common import *

def g_luid(r):
    return "<workbooks>\n" + "".join("  <workbook id=\"%s\" name=\"%s\" contentUrl=\"%s\"/>\n" % (uuid4(r), d, d.replace("_", "")) for d in r.sample(DBS, 3)) + "</workbooks>\n"
def g_pbi_url(r):
    return "https://app.powerbi.com/groups/%s/reports/%s/ReportSection%s?ctid=%s\n" % (uuid4(r), uuid4(r), rs(r, 20, HEXL), uuid4(r))
def g_sf_qid(r):
    return "query_id: 01b%s-0000-%s-0000-%s\nstatus: SUCCESS rows=%d\n" % (rs(r, 5, HEXL), rs(r, 4, HEXL), rs(r, 12, HEXL), r.randint(10, 99999))
def g_bq_job(r):
    return "Waiting on bqjob_r%s_0000019%s_1 ... (%ds) Current status: DONE\n" % (rs(r, 16, HEXL), rs(r, 9, HEXL), r.randint(1, 30))
def g_renv(r):
    return "\"%s\": {\n  \"Package\": \"%s\", \"Version\": \"1.%d.%d\", \"Source\": \"Repository\",\n  \"Hash\": \"%s\"\n}\n" % (("dplyr", "ggplot2", "data.table", "survey", "lme4")[r.randrange(5)], "pkg", r.randint(0, 9), r.randint(0, 9), rs(r, 32, HEXL))
def g_cran_md5(r):
    return "Package: %s\nVersion: 0.%d.%d\nMD5sum: %s\nNeedsCompilation: yes\n" % (r.choice(["haven", "readxl", "srvyr", "tidyr"]), r.randint(1, 9), r.randint(0, 9), rs(r, 32, HEXL))
def g_mb_masked(r):
    return "{\"engine\": \"postgres\", \"details\": {\"host\": \"%s\", \"user\": \"%s\", \"password\": \"**MetabasePass**\"}}\n" % (r.choice(HOSTS), r.choice(USERS))
def g_gw_masked(r):
    return "Data source: %s  |  Authentication: Basic  |  Username: %s  |  Password: ********  (stored by gateway)\n" % (r.choice(DBS), r.choice(USERS))
def g_keyring(r):
    return "con <- dbConnect(odbc::odbc(), \"%s\", UID = \"%s\",\n  PWD = keyring::key_get(\"%s\", \"%s\"))\n" % (r.choice(DBS), r.choice(USERS), r.choice(DBS), r.choice(USERS))
def g_askpass(r):
    return "pw <- rstudioapi::askForPassword(\"Password for %s\")\nSys.setenv(PBI_CLIENT_SECRET = Sys.getenv(\"VAULT_%s\"))\n" % (r.choice(HOSTS), rs(r, 6, string.ascii_uppercase))
def g_pbi_enc(r):
    return "\"credentialDetails\": {\"credentialType\": \"Basic\", \"credentials\": \"%s\", \"encryptedConnection\": \"Encrypted\", \"encryptionAlgorithm\": \"RSA-OAEP\"}\n" % b64bytes(r, 256)
def g_superset_enc(r):
    return "dbs row %d: encrypted_extra = '%s'  -- EncryptedType, key held by the app\n" % (r.randint(1, 40), "gAAAAA" + b64bytes(r, 90, url=True))
def g_palette(r):
    return "<color-palette name=\"Finance %d\" type=\"regular\">\n" % r.randint(1, 9) + "".join("  <color>#%s</color>\n" % rs(r, 6, HEXL.upper()) for _ in range(6)) + "</color-palette>\n"
def g_theme(r):
    return "{\"name\": \"Corp theme\", \"dataColors\": [" + ", ".join("\"#%s\"" % rs(r, 6, HEXL) for _ in range(8)) + "]}\n"
def g_tpl_odbc(r):
    return "Driver={ODBC Driver 18 for SQL Server};Server=%s;Database=%s;UID=<your_user>;PWD=<your_password>;\n" % (r.choice(HOSTS), r.choice(DBS))
def g_tpl_env(r):
    return "# .Renviron template - copy and fill in\nDWH_USER=changeme\nDWH_PASSWORD=\nTABLEAU_PAT_SECRET=YOUR_PAT_SECRET_HERE  # %s\n" % r.choice(DBS)
def g_policy(r):
    return "Policy BI-%d: service accounts for scheduled extracts get passwords from the vault; never type them into workbooks, .pbix parameters or Stata do-files. Rotate every %d days.\n" % (r.randint(10, 99), r.choice([30, 60, 90]))
def g_faq(r):
    return "Q: The %s refresh asks for a password again. A: your cached credential expired; re-enter it in the gateway, not in the report. Nobody from IT will ask for it by mail.\n" % r.choice(DBS)
def g_clsid(r):
    return "HKEY_CLASSES_ROOT\\CLSID\\{%s}\\InprocServer32 = MSOLEDBSQL19.DLL\nProvider GUID {%s}\n" % (uuid4(r, True), uuid4(r, True))
def g_pq_queryid(r):
    return "<Item><ItemLocation><ItemType>Formula</ItemType><ItemPath>Section1/%s</ItemPath></ItemLocation><StableEntries><Entry Type=\"QueryID\" Value=\"s%s\"/></StableEntries></Item>\n" % (r.choice(DBS), uuid4(r))
def g_qualtrics(r):
    return "ResponseId,StartDate,Q1,Q2\n" + "".join("R_%s,%s,%d,%d\n" % (rs(r, 15), "2026-03-%02d" % r.randint(1, 28), r.randint(1, 5), r.randint(1, 5)) for _ in range(3))
def g_smk(r):
    return "{\"respondent_id\": \"%s\", \"collector_id\": \"%s\", \"survey_id\": \"%s\", \"response_status\": \"completed\"}\n" % (rs(r, 11, string.digits), rs(r, 9, string.digits), rs(r, 9, string.digits))
def g_mb_hash(r):
    q = {"database": r.randint(1, 9), "type": "query", "query": {"source-table": r.randint(10, 99), "aggregation": [["count"]]}}
    return "https://%s/question#%s\n" % (r.choice(HOSTS), b64url_json(q))
def g_looker_qid(r):
    return "https://%s/explore/finance/orders?qid=%s&toggle=vis\n" % (r.choice(HOSTS), rs(r, 22))
def g_seed(r):
    return "set.seed(%d)\nboot_res <- boot(dat, stat_fn, R = %d)\n# digest of input: %s\n" % (r.randint(1, 99999), r.choice([999, 1999, 4999]), rs(r, 64, HEXL))
def g_stata_sig(r):
    return ". set seed %d\n. datasignature\n  %d:%d(%d):%d:%d\n" % (r.randint(1, 99999), r.randint(100, 9999), r.randint(5, 40), r.randint(10000, 99999), r.randint(10**8, 10**9), r.randint(10**8, 10**9))
def g_public_mb(r):
    return "Public link (anyone can view): https://%s/public/dashboard/%s\n" % (r.choice(HOSTS), uuid4(r))
def g_tab_public(r):
    return "Embed: https://public.tableau.com/views/%s_%d/Overview?:showVizHome=no&:embed=true\n" % (r.choice(DBS).title().replace("_", ""), r.randint(10, 99))
def g_vignette(r):
    return "# from the package vignette -- a local demo database\ncon <- dbConnect(RPostgres::Postgres(), dbname = \"demo\", user = \"demo\", password = \"demo\")\n"
def g_fixture(r):
    return "test_that(\"login fails\", {\n  expect_error(connect_dwh(user = \"fake_user_%d\", password = \"not-a-real-password\"))\n})\n" % r.randint(1, 99)

CLASSES = {
 "bi_content_object_guid": [("tableau_rest_workbook_luid_listing", g_luid), ("powerbi_report_url_guids", g_pbi_url)],
 "warehouse_query_job_identifier": [("snowflake_query_history_id", g_sf_qid), ("bq_cli_job_wait_line", g_bq_job)],
 "r_package_integrity_checksum": [("renv_lock_package_hash", g_renv), ("cran_packages_md5sum_entry", g_cran_md5)],
 "masked_connection_password_field": [("metabase_api_redacted_details", g_mb_masked), ("gateway_datasource_masked_row", g_gw_masked)],
 "credential_lookup_in_analysis_code": [("r_keyring_key_get_call", g_keyring), ("rstudioapi_askforpassword_prompt", g_askpass)],
 "rsa_oaep_encrypted_gateway_credential": [("powerbi_encrypted_credentials_body", g_pbi_enc), ("superset_fernet_encrypted_extra", g_superset_enc)],
 "visualization_palette_hex_values": [("tableau_preferences_tps_palette", g_palette), ("powerbi_theme_json_datacolors", g_theme)],
 "connection_template_placeholder": [("odbc_string_angle_placeholders", g_tpl_odbc), ("renviron_template_changeme", g_tpl_env)],
 "password_governance_prose": [("bi_coe_credential_policy_text", g_policy), ("refresh_failure_faq_answer", g_faq)],
 "odbc_driver_class_identifier": [("oledb_provider_clsid_registry", g_clsid), ("power_query_stable_query_id", g_pq_queryid)],
 "survey_respondent_identifier": [("qualtrics_response_id_csv", g_qualtrics), ("surveymonkey_respondent_json", g_smk)],
 "url_fragment_encoded_query_state": [("metabase_adhoc_question_hash", g_mb_hash), ("looker_explore_qid_link", g_looker_qid)],
 "reproducibility_seed_and_digest": [("r_set_seed_boot_digest", g_seed), ("stata_datasignature_output", g_stata_sig)],
 "intentionally_public_dashboard_link": [("metabase_public_dashboard_uuid", g_public_mb), ("tableau_public_embed_url", g_tab_public)],
 "vignette_sample_login_value": [("r_package_vignette_demo_login", g_vignette), ("testthat_fake_credential_case", g_fixture)],
}
WRAPPERS = {
 "in_bi_coe_wiki_page": ("== Analytics CoE wiki: how our data sources are wired ==\n", "(last edited by the BI platform team)\n"),
 "in_dashboard_release_notes": ("Release notes, finance dashboards v{n}:\n", "No credentials are included in this note.\n"),
 "in_analyst_helpdesk_ticket": ("Helpdesk ticket BI-{n}{n}, pasted by the requester:\n", "Status: waiting for customer\n"),
 "in_stats_consulting_email": ("Hi,\nbelow is what I see on my side:\n\n", "\nThanks, {user}\n"),
 "in_report_qa_checklist": ("QA checklist item {n} - verify before publishing:\n```\n", "```\n"),
}

# published example values (recomputed where a computation exists)
RFC4231_TC2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
RFC6238_T59_SHA1 = "94287082"
RFC2617_RESPONSE = "6629fae49393a05397450978507c4ef1"
MSSQL_DOC_SA = "<YourStrong@Passw0rd>"
AWS_DOC_AKID = "AKIAIOSFODNN7EXAMPLE"

def _totp(secret, t, digits=8):
    mac = hmac.new(secret, struct.pack(">Q", t // 30), hashlib.sha1).digest()
    o = mac[-1] & 15
    return str((struct.unpack(">I", mac[o:o + 4])[0] & 0x7fffffff) % 10 ** digits).zfill(digits)

def _digest():
    md5 = lambda s: hashlib.md5(s.encode()).hexdigest()
    ha1 = md5("Mufasa:testrealm@host.com:Circle Of Life"); ha2 = md5("GET:/dir/index.html")
    return md5(":".join([ha1, "dcd98b7102dd2f0e8b11d0f600bfb0c093", "00000001", "0a4f113b", "auth", ha2]))

def published_checks():
    assert hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest() == RFC4231_TC2
    assert _totp(b"12345678901234567890", 59) == RFC6238_T59_SHA1
    assert _digest() == RFC2617_RESPONSE

DOCS = [
 ("rfc4231_jefe_hmac_vector_in_embed_signing_guide", "Embed-signing guide, step 3: check your HMAC code against RFC 4231 test case 2 (key \"Jefe\", data \"what do ya want for nothing?\"):\nexpected HMAC-SHA256 = %s\n" % RFC4231_TC2),
 ("rfc6238_totp_seed_in_bi_sso_test_notes", "SSO test notes: with the RFC 6238 seed 12345678901234567890 at T=59 the SHA-1 TOTP must be %s; if not, the server clock is off.\n" % RFC6238_T59_SHA1),
 ("rfc2617_mufasa_digest_in_odata_feed_docs", "OData feed auth explained with the RFC 2617 example: user Mufasa, password \"Circle Of Life\", realm testrealm@host.com -> response=\"%s\".\n" % RFC2617_RESPONSE),
 ("mssql_container_docs_sa_placeholder", "Quickstart (copied from the vendor docs): docker run -e \"ACCEPT_EULA=Y\" -e \"MSSQL_SA_PASSWORD=%s\" -p 1433:1433 mcr.microsoft.com/mssql/server:2022-latest\n" % MSSQL_DOC_SA),
 ("aws_docs_example_access_key_id_in_athena_howto", "Athena how-to: aws configure shows the documentation key id %s; replace it with yours, never commit the real one.\n" % AWS_DOC_AKID),
]
DOC_VALUES = [RFC4231_TC2, RFC6238_T59_SHA1, RFC2617_RESPONSE, MSSQL_DOC_SA, AWS_DOC_AKID]

def generate(seed=8806):
    published_checks()
    r = random.Random(seed)
    recs = []
    for cls, kinds in CLASSES.items():
        for kind, fn in kinds:
            recs.append({"class": cls, "container": kind, "text": fn(r), "source": "negative"})
            for w, (h, t) in WRAPPERS.items():
                recs.append({"class": cls, "container": kind + "__" + w, "text": fill(r, h) + fn(r) + fill(r, t), "source": "negative"})
    for kind, text in DOCS:
        recs.append({"class": "published_reference_example_value", "container": kind, "text": text, "source": "negative"})
    return recs
