"""Hard negatives: 15 classes x 2 base kinds x 6 presentations + 5 documentation values."""
import random, hashlib, hmac, base64, json
from common import R, ALNUM, HEXL, B64, B64U, DIG, UPPER, LOWNUM, UPNUM, PEOPLE, DBS, USERS, HOSTS

SEED = 5406


def _pem(rng, lines):
    return "\n".join(R(rng, B64, 64) for _ in range(lines)) + "\n" + R(rng, B64, 40) + "=="


def _uuid(rng):
    h = R(rng, HEXL, 32)
    return "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:]])


def k_sf_pubkey(r):
    return ("DESC USER %s;\nproperty        | value\nRSA_PUBLIC_KEY  | MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s\nRSA_PUBLIC_KEY_FP | SHA256:%s=" % (r.choice(USERS).upper(), R(r, B64, 120), R(r, B64, 43)))

def k_ca_pem(r):
    return "# truststore CA for the Kafka cluster (public certificate)\n-----BEGIN CERTIFICATE-----\nMIID" + _pem(r, 5) + "\n-----END CERTIFICATE-----"

def k_dbt_placeholders(r):
    return "prod:\n  type: snowflake\n  user: \"{{ env_var('DBT_USER') }}\"\n  password: \"{{ env_var('DBT_PASSWORD') }}\"\n  # replace <your-warehouse-password> locally, never commit it\n  role: %s" % r.choice(["TRANSFORMER", "REPORTER", "LOADER"])

def k_redacted_fields(r):
    return json.dumps({"database_name": r.choice(DBS), "host": r.choice(HOSTS), "username": r.choice(USERS), "password": "[REDACTED]", "api_token": "█" * r.randint(12, 20), "exported_by": r.choice(PEOPLE)}, ensure_ascii=False)

def k_surrogate_md5(r):
    rows = []
    for _ in range(4):
        oid = str(r.randint(100000, 999999)); day = "2025-03-%02d" % r.randint(1, 28)
        rows.append("%s,%s,%s" % (oid, day, hashlib.md5((oid + "-" + day).encode()).hexdigest()))
    return "order_id,order_date,order_sk  -- dbt_utils.generate_surrogate_key\n" + "\n".join(rows)

def k_parquet_sha(r):
    return "\n".join("%s  part-%05d-%s.snappy.parquet" % (hashlib.sha256(R(r, ALNUM, 20).encode()).hexdigest(), i, _uuid(r)) for i in range(3))

def k_sops(r):
    return "password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s==,type:str]\nsops:\n  version: 3.9.0" % (R(r, B64, 24), R(r, B64, 43) + "=", R(r, B64, 22))

def k_fernet(r):
    return "key | val | is_encrypted\nwarehouse_pw | gAAAAAB%s= | True" % R(r, B64U, 112)

def k_masked_keys(r):
    return "Name            Token              Created\nci-loader       dapi••••••••%s   2025-02-1%d\nlooker-sync     dapi••••••••%s   2025-03-0%d" % (R(r, HEXL, 4), r.randint(0, 9), R(r, HEXL, 4), r.randint(1, 9))

def k_masked_pw_col(r):
    return "user_name,email,password,last_login\n%s,%s@data.example,********,2025-03-0%d\n%s,%s@data.example,********,2025-02-2%d" % (r.choice(USERS), r.choice(PEOPLE).lower().replace(" ", "."), r.randint(1, 9), r.choice(USERS), r.choice(PEOPLE).lower().replace(" ", "."), r.randint(0, 9))

def k_dbt_nodes(r):
    return "\n".join("model.analytics.%s  (checksum sha256: %s)" % (n, R(r, HEXL, 16)) for n in r.sample(["fct_orders", "dim_customers", "stg_events", "int_sessions", "fct_revenue"], 3))

def k_cell_ids(r):
    return json.dumps({"cells": [{"id": R(r, HEXL, 8) + "-" + R(r, HEXL, 4), "cell_type": "code", "execution_count": i} for i in range(1, 4)], "metadata": {"kernelspec": {"name": "python3"}}})

def k_bq_jobs(r):
    return "Job ID                                    Status   Bytes\n" + "\n".join("bquxjob_%s_%s   DONE     %d" % (R(r, HEXL, 8), R(r, HEXL, 11), r.randint(10**6, 10**9)) for _ in range(3))

def k_sf_query_ids(r):
    return "QUERY_ID,WAREHOUSE_NAME,EXECUTION_STATUS\n" + "\n".join("01%s-%s-%s-0000-%s,TRANSFORM_WH,SUCCESS" % (R(r, HEXL, 6), R(r, HEXL, 4), R(r, HEXL, 4), R(r, HEXL, 12)) for _ in range(3))

def k_scram(r):
    return "rolname | rolpassword\n" + "\n".join("%s | SCRAM-SHA-256$4096:%s$%s:%s" % (u, R(r, B64, 22) + "==", R(r, B64, 43) + "=", R(r, B64, 43) + "=") for u in r.sample(USERS, 2))

def k_pbkdf2(r):
    return "id|username|password\n" + "\n".join("%d|%s|pbkdf2:sha256:600000$%s$%s" % (i, u, R(r, ALNUM, 16), R(r, HEXL, 64)) for i, u in enumerate(r.sample(USERS, 2), 1))

def k_policy(r):
    return "Data governance policy, section %d: service-account passwords for the warehouse are rotated every 90 days, stored only in the secrets manager and never written into notebooks, dashboards or spreadsheets. Analysts request access through the data platform team." % r.randint(3, 9)

def k_call_talk(r):
    return "%s: do you have the password for the staging warehouse?\n%s: I do, but I will not say it on the call. Check the vault entry, it was reset on Monday.\n%s: fair, I will look there." % tuple(r.sample(PEOPLE, 2) + [r.choice(PEOPLE)])

def k_dbutils_get(r):
    return "pw = dbutils.secrets.get(scope=\"%s\", key=\"warehouse-password\")\ntoken = dbutils.secrets.get(\"%s\", \"slack-bot-token\")" % (r.choice(DBS), r.choice(DBS))

def k_backend_ref(r):
    return "[secrets]\nbackend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend\nbackend_kwargs = {\"connections_prefix\": \"airflow/connections\", \"variables_prefix\": \"airflow/variables/%s\"}" % r.choice(DBS)

def k_pytest_fake(r):
    return "@pytest.fixture\ndef warehouse_creds():\n    return {\"user\": \"test_user\", \"password\": \"not-a-real-password\", \"account\": \"test-account-%d\"}" % r.randint(1, 99)

def k_compose_demo(r):
    return "# local demo only\nservices:\n  postgres:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: postgres\n      POSTGRES_PASSWORD: postgres\n    ports: [\"54%02d:5432\"]" % r.randint(10, 99)

def k_segment_write(r):
    return "<script>\n  analytics.load(\"%s\");\n  analytics.page();\n</script>  <!-- Segment write key: browser-side, public by design -->" % R(r, ALNUM, 32)

def k_mapbox_pk(r):
    return "mapboxgl.accessToken = 'pk.eyJ1IjoiZGF0YXRlYW0iLCJhIjoi%s'; // public token, URL-restricted" % (R(r, B64U, 22) + "In0." + R(r, B64U, 22))

def k_pip_freeze(r):
    return "\n".join(["pandas==2.2.%d" % r.randint(0, 3), "pyarrow==15.0.%d" % r.randint(0, 2), "snowflake-connector-python==3.%d.1" % r.randint(5, 12), "dbt-core==1.8.%d" % r.randint(0, 7), "apache-airflow==2.9.%d" % r.randint(0, 3)])

def k_spark_env(r):
    return "Runtime Information\nJava Version  17.0.%d (Azul Zulu)\nScala Version  version 2.12.18\nSpark  3.5.%d\nDatabricks Runtime  14.3.x-scala2.12\nGit commit  %s" % (r.randint(1, 12), r.randint(0, 3), R(r, HEXL, 40))

def k_faker_rows(r):
    names = ["Leona Pratt", "Jonas Ekberg", "Mira Castell", "Tobias Wren", "Ada Folau", "Ilya Marsh"]
    return "customer_id,name,device_id,signup_code\n" + "\n".join("%s,%s,%s,%s" % (_uuid(r), n, R(r, HEXL, 16), R(r, UPNUM, 10)) for n in r.sample(names, 3))

def k_txn_head(r):
    return "   txn_id               amount  currency  merchant_ref\n" + "\n".join("%d  %s  %7.2f  EUR       %s" % (i, "tx_" + R(r, LOWNUM, 16), r.uniform(1, 900), R(r, UPNUM, 12)) for i in range(3)) + "\n[3 rows x 4 columns]  (synthetic sample)"

def k_cursor(r):
    cs = [base64.b64encode(json.dumps({"offset": r.randint(100, 90000), "sort": "updated_at"}).encode()).decode() for _ in range(2)]
    return "page 1 next_cursor: %s\npage 2 next_cursor: %s" % tuple(cs)

def k_kafka_key(r):
    keys = [base64.b64encode(json.dumps({"customer_id": r.randint(10**5, 10**6), "region": r.choice(["eu", "us", "apac"])}).encode()).decode() for _ in range(2)]
    return "partition offset key(base64)\n0 %d %s\n1 %d %s" % (r.randint(1000, 9999), keys[0], r.randint(1000, 9999), keys[1])


BASES = {
 "public_key_or_certificate": [("snowflake_desc_user_rsa_public_key", k_sf_pubkey), ("kafka_truststore_ca_pem_cell", k_ca_pem)],
 "placeholder_or_redacted": [("dbt_profile_env_var_placeholders", k_dbt_placeholders), ("bi_connection_export_redacted_json", k_redacted_fields)],
 "digest_or_checksum": [("dbt_surrogate_key_md5_sample", k_surrogate_md5), ("lakehouse_parquet_sha256_manifest", k_parquet_sha)],
 "ciphertext_or_sealed_value": [("sops_encrypted_profile_field", k_sops), ("airflow_fernet_encrypted_variable_row", k_fernet)],
 "masked_partial_value": [("workspace_token_list_masked", k_masked_keys), ("bi_user_admin_masked_password_csv", k_masked_pw_col)],
 "code_identifier_lookalike": [("dbt_manifest_node_checksums", k_dbt_nodes), ("ipynb_cell_id_metadata", k_cell_ids)],
 "uuid_or_request_identifier": [("bq_job_history_listing", k_bq_jobs), ("snowflake_query_history_ids_csv", k_sf_query_ids)],
 "password_hash_not_plaintext": [("pg_authid_scram_verifier_rows", k_scram), ("superset_ab_user_pbkdf2_rows", k_pbkdf2)],
 "password_prose_no_value": [("data_governance_rotation_paragraph", k_policy), ("onboarding_call_password_refusal", k_call_talk)],
 "secret_store_reference": [("dbutils_secrets_get_calls", k_dbutils_get), ("airflow_secrets_backend_cfg", k_backend_ref)],
 "test_fixture_fake_credential": [("pytest_fixture_fake_warehouse_creds", k_pytest_fake), ("local_demo_compose_default_login", k_compose_demo)],
 "publishable_client_key": [("segment_browser_write_key_snippet", k_segment_write), ("mapbox_public_token_embed", k_mapbox_pk)],
 "version_or_build_string": [("notebook_pip_freeze_output", k_pip_freeze), ("spark_ui_runtime_information", k_spark_env)],
 "synthetic_sample_data_row": [("faker_customer_sample_csv", k_faker_rows), ("pandas_head_synthetic_transactions", k_txn_head)],
 "encoded_non_secret_payload": [("api_pagination_cursor_log", k_cursor), ("kafka_base64_message_keys", k_kafka_key)],
}
NEW_CLASSES = ["synthetic_sample_data_row", "encoded_non_secret_payload"]

WRAPPERS = [
 ("in_notebook_markdown_cell", lambda r, t: "### Notes (%s)\n\n```\n%s\n```\n" % (r.choice(PEOPLE), t)),
 ("in_data_quality_ticket", lambda r, t: "DQ-%d  status: triage\nAttached output:\n%s\n-- no credentials in this ticket" % (r.randint(100, 999), t)),
 ("in_bi_tile_description", lambda r, t: "Tile: %s health\nDescription:\n%s" % (r.choice(DBS), t)),
 ("in_call_transcript_excerpt", lambda r, t: "[00:%02d:%02d] %s: I'm sharing my screen, you can see this:\n%s\n[00:%02d:10] %s: yep, looks fine." % (r.randint(10, 40), r.randint(0, 59), r.choice(PEOPLE), t, r.randint(41, 59), r.choice(PEOPLE))),
 ("in_screenshot_ocr_dump", lambda r, t: "[OCR text, screenshot_%d.png, confidence 0.%d]\n%s" % (r.randint(100, 999), r.randint(80, 99), t)),
]

# documentation values (recomputed and asserted at build time)
JWT_IO_HEADER = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
JWT_IO_PAYLOAD = "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ"
JWT_IO_SIG = "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
RFC4231_TC2 = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
RFC2202_TC2 = "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"
SHA1_ABC = "a9993e364706816aba3e25717850c26c9cd0d89d"
MD5_EMPTY = "d41d8cd98f00b204e9800998ecf8427e"


def verify_docs():
    sig = base64.urlsafe_b64encode(hmac.new(b"your-256-bit-secret", (JWT_IO_HEADER + "." + JWT_IO_PAYLOAD).encode(), hashlib.sha256).digest()).decode().rstrip("=")
    assert sig == JWT_IO_SIG
    assert hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest() == RFC4231_TC2
    assert hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha1).hexdigest() == RFC2202_TC2
    assert hashlib.sha1(b"abc").hexdigest() == SHA1_ABC
    assert hashlib.md5(b"").hexdigest() == MD5_EMPTY
    return [JWT_IO_HEADER + "." + JWT_IO_PAYLOAD + "." + JWT_IO_SIG, RFC4231_TC2, RFC2202_TC2, SHA1_ABC, MD5_EMPTY]


DOCS = [
 ("jwt_io_debugger_sample_in_embed_guide", "BI embedding guide, step 2: paste the sample token from the jwt.io debugger to check your decoder (it is signed with the well-known demo secret):\n%s"),
 ("rfc4231_case2_vector_in_webhook_verifier_notes", "Webhook verifier unit test uses RFC 4231 test case 2 (key \"Jefe\", data \"what do ya want for nothing?\"), expected HMAC-SHA-256:\n%s"),
 ("rfc2202_case2_vector_in_connector_tests", "Connector signature test, RFC 2202 test case 2, expected HMAC-SHA-1 = %s"),
 ("fips180_sha1_abc_in_checksum_notebook", "Sanity check cell: hashlib.sha1(b'abc').hexdigest() should print %s (FIPS 180 example)"),
 ("rfc1321_md5_empty_in_dedup_docs", "Dedup docs: rows whose payload hash is %s are empty payloads (MD5 of the empty string) and are skipped."),
]


def generate():
    rng = random.Random(SEED)
    recs = []
    for cls in sorted(BASES):
        for kind, fn in BASES[cls]:
            recs.append({"class": cls, "container": kind, "text": fn(rng), "source": "negative"})
            for wname, wf in WRAPPERS:
                recs.append({"class": cls, "container": kind + "__" + wname, "text": wf(rng, fn(rng)), "source": "negative"})
    for (kind, tpl), val in zip(DOCS, verify_docs()):
        recs.append({"class": "vendor_documentation_value", "container": kind, "text": tpl % val, "source": "negative"})
    return recs
