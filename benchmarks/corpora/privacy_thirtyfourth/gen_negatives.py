"""Hard negatives: 15 classes x 3 data-system base kinds x 4 presentations + 5 documentation values."""
import random, base64, hashlib, hmac, struct
from common import *

def _b64(r, n): return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()
K = {
 "public_key_or_certificate": {
  "snowflake_rsa_public_key_alter_user": lambda r: f"ALTER USER LOADER_SVC SET RSA_PUBLIC_KEY='MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{_b64(r, 180)[:220]}IDAQAB';",
  "pg_ssl_server_cert_pem_view": lambda r: "-----BEGIN CERTIFICATE-----\nMIID" + _b64(r, 45)[:60] + "\n" + _b64(r, 45)[:60] + "\n-----END CERTIFICATE-----",
  "sftp_partner_known_hosts_entry": lambda r: f"files.partner.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{_b64(r, 32)[:43]}",
 },
 "placeholder_or_redacted": {
  "dbt_profiles_env_var_placeholder": lambda r: "password: \"{{ env_var('DBT_PASSWORD') }}\"  # set in CI, never here",
  "airflow_connection_redacted_uri": lambda r: f"postgres://etl_loader:***@pg-warehouse.corp.example:5432/dwh (conn_id dwh_{r.randint(1, 99)})",
  "erp_config_template_changeme": lambda r: f"db_password = <CHANGE_ME_{r.randint(10, 99)}>\nadmin_passwd = YOUR_ADMIN_PASSWORD_HERE",
 },
 "digest_or_checksum": {
  "backup_sha256sums_listing": lambda r: f"{rs(r, HEX, 64)}  dwh_{r.randint(1, 28):02d}.dump.gz",
  "parquet_file_crc_metadata": lambda r: f"row_group 0: crc32c=0x{rs(r, HEX, 8)} md5={rs(r, HEX, 32)}",
  "git_lfs_pointer_oid": lambda r: f"version https://git-lfs.github.com/spec/v1\noid sha256:{rs(r, HEX, 64)}\nsize {r.randint(1000, 99999)}",
 },
 "ciphertext_or_sealed_value": {
  "ansible_vault_encrypted_block": lambda r: "$ANSIBLE_VAULT;1.1;AES256\n" + rs(r, DG + "abcdef", 64) + "\n" + rs(r, DG + "abcdef", 64),
  "pgcrypto_encrypted_bytea_column": lambda r: f"ssn_enc | \\x{rs(r, HEX, 96)}",
  "kms_ciphertext_blob_cli_output": lambda r: '{"CiphertextBlob": "AQICAHh' + _b64(r, 90) + '"}',
 },
 "masked_partial_value": {
  "payment_card_masked_pan_export": lambda r: f"card,exp\n4111 **** **** {r.randint(1000, 9999)},0{r.randint(1, 9)}/27",
  "crm_api_key_last_four_display": lambda r: f"API key: ••••••••••••{rs(r, AN, 4)} (created by admin)",
  "iban_masked_payroll_report": lambda r: f"Employee 10{r.randint(10, 99)}  IBAN DE** **** **** **** **{r.randint(10, 99)} {r.randint(10, 99)}",
 },
 "opaque_random_identifier": {
  "stripe_charge_id_ledger_row": lambda r: f"ch_{rs(r, AN, 24)},EUR,{r.randint(10, 999)}.00,succeeded",
  "salesforce_record_id_csv": lambda r: f"Id,Name\n001{rs(r, AN, 15)},Acme GmbH",
  "trace_span_id_otel_log": lambda r: f"trace_id={rs(r, HEX, 32)} span_id={rs(r, HEX, 16)} db.statement=SELECT 1",
 },
 "code_identifier_lookalike": {
  "sql_column_password_hash_ddl": lambda r: f"CREATE TABLE users (id bigint, password_hash varchar({r.choice([60, 72, 128])}), api_token_id uuid);",
  "dbt_macro_name_secret_lookup": lambda r: "{% macro get_secret_name(env) %}" + f"warehouse_password_{r.randint(1, 9)}" + "{% endmacro %}",
  "etl_config_schema_key_list": lambda r: f"required keys: db_password, api_secret, smtp_password (schema v{r.randint(1, 9)})",
 },
 "password_prose_no_value": {
  "dba_ticket_rotation_request": lambda r: f"Please rotate the warehouse service password before quarter close (ticket DBA-{r.randint(100, 999)}); send it via the vault, not chat.",
  "postmortem_credential_exposure_summary": lambda r: f"Root cause: a connection string with a password was logged for {r.randint(2, 9)} minutes; the password was rotated.",
  "hr_onboarding_sso_instructions": lambda r: f"New hires set their own payroll portal password on day {r.randint(1, 3)}; IT never asks for it.",
 },
 "secret_store_reference": {
  "airflow_secrets_backend_lookup": lambda r: f"Variable.get('warehouse_pw', deserialize_json=False)  # from secrets backend path airflow/variables/warehouse_pw_{r.randint(1, 9)}",
  "snowflake_secret_reference_udf": lambda r: f"SECRETS = ('cred' = integrations.partner_api_{r.randint(1, 9)})",
  "vault_kv_get_field_command": lambda r: f"$ vault kv get -field=password secret/data/erp/db{r.randint(1, 9)}",
 },
 "test_fixture_fake_credential": {
  "dbt_test_seed_fake_passwords": lambda r: f"user_id,password\n{r.randint(1, 9)},not-a-real-password\n{r.randint(10, 99)},fixture-pw-dummy",
  "pytest_conftest_dummy_dsn": lambda r: f"DSN = 'postgresql://test:test@localhost:{r.randint(5400, 5499)}/test_db'",
  "testcontainers_fixture_password": lambda r: f"PostgreSQLContainer(\"postgres:16\").withPassword(\"test\")  // fixture {r.randint(1, 99)}",
 },
 "publishable_client_key": {
  "segment_analytics_js_write_key_public": lambda r: f"analytics.load(\"pk_public_demo_{rs(r, LO, 8)}\")  // browser-side key, public by design",
  "algolia_search_only_key_frontend": lambda r: f"searchClient('{rs(r, UP + DG, 10)}', 'search-only-key: {rs(r, HEX, 8)}')",
  "mapbox_public_token_dashboard": lambda r: f"mapboxgl.accessToken = 'pk.eyJ1IjoiYmktZGFzaCJ9.{rs(r, B64U, 22)}';",
 },
 "base64_non_secret_payload": {
  "bi_dashboard_png_thumbnail_data_uri": lambda r: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAA" + _b64(r, 48),
  "kafka_message_value_base64_json": lambda r: "value: " + base64.b64encode(f'{{"order_id": {r.randint(1000, 9999)}, "status": "shipped"}}'.encode()).decode(),
  "pdf_invoice_attachment_base64_head": lambda r: "JVBERi0xLjcK" + _b64(r, 45),
 },
 "license_or_serial_identifier": {
  "sap_installation_number_license": lambda r: f"Installation number: 00{r.randint(10**8, 10**9)}  System ID: PRD  Hardware key: {rs(r, UP, 11)}",
  "tableau_product_key_masked_listing": lambda r: f"Product key TC{r.randint(10, 99)}-{rs(r, UP + DG, 4)}-****-****-{rs(r, UP + DG, 4)} (Creator, 25 seats)",
  "invoice_number_sequence_export": lambda r: f"INV-{r.randint(2020, 2024)}-{r.randint(10**5, 10**6)}, PO-{rs(r, UP + DG, 8)}",
 },
 "url_or_anchor_lookalike": {
  "metabase_public_dashboard_link": lambda r: f"https://bi.corp.example/dashboard/{r.randint(1, 400)}-revenue#tab={r.randint(1, 9)}",
  "grafana_explore_url_state": lambda r: f"https://grafana.corp.example/explore?orgId=1&left=%7B%22datasource%22:%22{rs(r, AN, 9)}%22%7D",
  "s3_object_versioned_url": lambda r: f"s3://acme-exports/ledger/2024/03/part-{r.randint(0, 99):05d}.parquet?versionId={rs(r, AN, 32)}",
 },
 "version_or_build_string": {
  "postgres_version_banner": lambda r: f"PostgreSQL 16.{r.randint(0, 4)} on x86_64-pc-linux-gnu, compiled by gcc 12.2.0, 64-bit",
  "docker_image_digest_pin": lambda r: f"image: apache/airflow:2.{r.randint(7, 9)}.1@sha256:{rs(r, HEX, 64)}",
  "odoo_server_version_info": lambda r: f"server_version: 17.0+e-{r.randint(2023, 2024)}{r.randint(10, 12)}{r.randint(10, 28)}, build {rs(r, HEX, 12)}",
 },
}
WRAP = {
 "": lambda s, r: s,
 "__in_sql_result_grid": lambda s, r: "-[ RECORD 1 ]----\nnote | " + s.replace("\n", "\n     | ") + "\n(1 row)",
 "__in_airflow_task_log": lambda s, r: "[2024-03-11, 02:15:09 UTC] {taskinstance.py:1159} INFO - " + s.replace("\n", "\n[2024-03-11, 02:15:09 UTC] INFO - "),
 "__in_jira_ticket_comment": lambda s, r: f"Comment by data-ops ({r.randint(1, 28)} Mar):\n{{noformat}}\n{s}\n{{noformat}}",
}

def totp(secret, t, digits=8):
    c = struct.pack(">Q", t // 30)
    h = hmac.new(secret, c, hashlib.sha1).digest(); o = h[-1] & 15
    return str((struct.unpack(">I", h[o:o + 4])[0] & 0x7fffffff) % 10 ** digits).zfill(digits)

DOC_VALUES = {"aws_iam_docs_example_secret_key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
              "oracle_scott_tiger_sample_schema": "tiger",
              "mssql_container_docs_strong_password": "yourStrong(!)Password",
              "rfc2202_hmac_sha1_jefe_case": "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79",
              "rfc6238_totp_sha1_seed": "12345678901234567890"}

def doc_records():
    h = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha1).hexdigest()
    assert h == DOC_VALUES["rfc2202_hmac_sha1_jefe_case"]
    assert totp(b"12345678901234567890", 59) == "94287082"
    return [
     ("aws_iam_docs_example_secret_key", "AWS documentation example, not a real key:\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"),
     ("oracle_scott_tiger_sample_schema", "Oracle sample schema from the docs: connect scott/tiger and query EMP and DEPT."),
     ("mssql_container_docs_strong_password", "From the SQL Server container quickstart: -e \"MSSQL_SA_PASSWORD=yourStrong(!)Password\" (replace before use)."),
     ("rfc2202_hmac_sha1_jefe_case", f"RFC 2202 test case 2: key = \"Jefe\", data = \"what do ya want for nothing?\", HMAC-SHA-1 = 0x{h}"),
     ("rfc6238_totp_sha1_seed", "RFC 6238 Appendix B test seed (ASCII) 12345678901234567890, T = 59 s, TOTP (SHA-1, 8 digits) = 94287082"),
    ]

def generate():
    rng = random.Random(34006)
    recs = []
    for cls in sorted(K):
        for kind in sorted(K[cls]):
            for w in WRAP:
                recs.append({"class": cls, "container": kind + w, "text": WRAP[w](K[cls][kind](rng), rng), "source": "negative"})
    for kind, text in doc_records():
        recs.append({"class": "vendor_documentation_value", "container": kind, "text": text, "source": "negative"})
    return recs
