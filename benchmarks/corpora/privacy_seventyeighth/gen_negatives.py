import random, hashlib, hmac, base64
from common import rs, shape, uuid4, HEXL, ALNUM, B64, USERS, HOSTS, DBS


def _scram(r):
    return 'SCRAM-SHA-256$4096:%s$%s:%s' % (base64.b64encode(bytes(r.randrange(256) for _ in range(16))).decode(),
        base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode(), base64.b64encode(bytes(r.randrange(256) for _ in range(32))).decode())


def _pem(r, label):
    body = base64.b64encode(bytes(r.randrange(256) for _ in range(r.choice([270, 294])))).decode()
    return '-----BEGIN %s-----\n' % label + '\n'.join(body[i:i + 64] for i in range(0, len(body), 64)) + '\n-----END %s-----' % label


BASE = {
 'password_hash_not_plaintext': [
  ('pg_authid_scram_verifier_rows', lambda r: " rolname   | rolpassword\n-----------+------------\n %s | %s\n %s | %s\n" % (r.choice(USERS), _scram(r), r.choice(USERS), _scram(r))),
  ('mysql_user_authentication_string_dump', lambda r: "user\thost\tplugin\tauthentication_string\n%s\t%%\tmysql_native_password\t*%s\n%s\t10.%%\tmysql_native_password\t*%s\n" % (r.choice(USERS), shape(r, '{X40}'), r.choice(USERS), shape(r, '{X40}'))),
 ],
 'ciphertext_or_sealed_value': [
  ('pgcrypto_pgp_sym_encrypt_column_dump', lambda r: " id | ssn_enc\n----+---------\n %d | \\xc30d04070302%s\n" % (r.randint(1, 999), shape(r, '{H96}'))),
  ('sqlserver_always_encrypted_varbinary_cells', lambda r: "CustomerId  TaxId (encrypted)\n%d  0x01%s\n%d  0x01%s\n" % (r.randint(100, 999), shape(r, '{X94}'), r.randint(100, 999), shape(r, '{X94}'))),
 ],
 'masked_partial_value': [
  ('atlas_connection_string_masked_password', lambda r: "Connection string (Atlas UI):\nmongodb+srv://%s:<db_password>@cluster%d.%s.mongodb.example/\nPassword shown as: %s********\n" % (r.choice(USERS), r.randint(0, 9), shape(r, '{l5}'), shape(r, '{l2}'))),
  ('snowflake_masking_policy_query_output', lambda r: "SELECT email, card_no FROM customers LIMIT 2;\n***MASKED*** | ************%s\n***MASKED*** | ************%s\n" % (shape(r, '{D4}'), shape(r, '{D4}'))),
 ],
 'placeholder_or_redacted': [
  ('pgpass_angle_bracket_template', lambda r: "# template, fill in on the host\n%s:5432:%s:%s:<PASSWORD_FROM_VAULT>\n" % (r.choice(HOSTS), r.choice(DBS), r.choice(USERS))),
  ('ticket_paste_redacted_dsn', lambda r: "DSN in the error: postgresql://%s:[REDACTED]@%s:5432/%s?sslmode=require (ticket DBA-%d)\n" % (r.choice(USERS), r.choice(HOSTS), r.choice(DBS), r.randint(1000, 9999))),
 ],
 'secret_store_reference': [
  ('dbt_env_var_password_reference', lambda r: "      user: %s\n      password: \"{{ env_var('DBT_%s_PASSWORD') }}\"\n" % (r.choice(USERS), r.choice(DBS).upper())),
  ('k8s_secretkeyref_postgres_password', lambda r: "        - name: PGPASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: %s-pg-app\n              key: password\n" % r.choice(DBS)),
 ],
 'public_key_or_certificate': [
  ('postgres_server_crt_pem', lambda r: "# /var/lib/postgresql/server.crt\n" + _pem(r, 'CERTIFICATE') + "\n"),
  ('snowflake_rsa_public_key_statement', lambda r: "ALTER USER %s SET RSA_PUBLIC_KEY='MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s';\n" % (r.choice(USERS), shape(r, '{B300}'))),
 ],
 'code_identifier_lookalike': [
  ('alembic_revision_chain_log', lambda r: "INFO  [alembic.runtime.migration] Running upgrade %s -> %s, add index on events\nINFO  [alembic.runtime.migration] Running upgrade %s -> %s, drop legacy column\n" % (shape(r, '{H12}'), shape(r, '{H12}'), shape(r, '{H12}'), shape(r, '{H12}'))),
  ('elasticsearch_cat_indices_uuid_column', lambda r: "health status index uuid pri rep docs.count\ngreen open logs-%d %s 1 1 %d\ngreen open logs-%d %s 1 1 %d\n" % (r.randint(1, 30), shape(r, '{b22}'), r.randint(10**5, 10**7), r.randint(1, 30), shape(r, '{b22}'), r.randint(10**5, 10**7))),
 ],
 'digest_or_checksum': [
  ('pgbackrest_manifest_file_checksums', lambda r: "[target:file]\npg_data/base/1/%d={\"checksum\":\"%s\",\"size\":8192}\npg_data/global/pg_control={\"checksum\":\"%s\",\"size\":8192}\n" % (r.randint(1000, 20000), shape(r, '{H40}'), shape(r, '{H40}'))),
  ('mongodump_archive_sha256sums', lambda r: "%s  %s-%d.archive.gz\n%s  oplog-%d.bson.gz\n" % (shape(r, '{H64}'), r.choice(DBS), r.randint(1, 99), shape(r, '{H64}'), r.randint(1, 99))),
 ],
 'uuid_or_request_identifier': [
  ('bigquery_job_id_audit_log', lambda r: "jobId: bquxjob_%s_%s\nlocation: EU\nstatus: DONE\n" % (shape(r, '{H8}'), shape(r, '{H11}'))),
  ('snowflake_query_id_history', lambda r: "QUERY_ID                              STATUS\n%s-0000-%s-0000-%s  SUCCESS\n" % (shape(r, '{H8}'), shape(r, '{H4}'), shape(r, '{H12}'))),
 ],
 'version_or_build_string': [
  ('select_version_banner_outputs', lambda r: "PostgreSQL 16.%d on x86_64-pc-linux-gnu, compiled by gcc 12.2.0, 64-bit\nMySQL 8.0.%d-commercial\n" % (r.randint(0, 9), r.randint(20, 40))),
  ('mongod_buildinfo_git_version', lambda r: "{ version: '7.0.%d', gitVersion: '%s', allocator: 'tcmalloc' }\n" % (r.randint(1, 15), shape(r, '{H40}'))),
 ],
 'test_fixture_fake_credential': [
  ('testcontainers_default_credentials', lambda r: "PostgreSQLContainer<?> pg = new PostgreSQLContainer<>(\"postgres:16\")\n    .withUsername(\"test\").withPassword(\"test\"); // fixture %d\n" % r.randint(1, 99)),
  ('sample_schema_readme_dummy_login', lambda r: "The sample %s schema ships with the demo login demo / demo; it is reset on every container start (fixture %d).\n" % (r.choice(['pagila', 'sakila', 'northwind', 'chinook']), r.randint(1, 99))),
 ],
 'password_prose_no_value': [
  ('dba_rotation_policy_memo', lambda r: "Policy: replication and superuser passwords are rotated every %d days by the vault database engine; nobody types them, and they are never pasted into tickets.\n" % r.choice([30, 45, 60, 90])),
  ('replica_password_reset_howto', lambda r: "To reset the %s password: run ALTER ROLE in a psql session, read the new value from the vault UI, and update the pgpass entry on %s. Do not write the value here.\n" % (r.choice(USERS), r.choice(HOSTS))),
 ],
 'publishable_client_key': [
  ('algolia_search_only_key_frontend', lambda r: "const client = algoliasearch('%s', '%s'); // search-only key, safe in the browser\n" % (shape(r, '{U10}'), shape(r, '{H32}'))),
  ('supabase_anon_key_client_config', lambda r: "NEXT_PUBLIC_SUPABASE_URL=https://%s.supabase.co\nNEXT_PUBLIC_SUPABASE_ANON_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.%s.%s\n" % (shape(r, '{l20}'), base64.urlsafe_b64encode(('{"iss":"supabase","ref":"%s","role":"anon"}' % shape(r, '{l20}')).encode()).decode().rstrip('='), shape(r, '{b43}'))),
 ],
 'replication_position_identifier': [
  ('postgres_lsn_replication_status', lambda r: " application_name | sent_lsn   | replay_lsn\n standby%d         | %X/%s | %X/%s\n" % (r.randint(1, 9), r.randint(1, 255), shape(r, '{X8}'), r.randint(1, 255), shape(r, '{X8}'))),
  ('mysql_gtid_executed_set', lambda r: "Executed_Gtid_Set: %s:1-%d,\n%s:1-%d\n" % (uuid4(r), r.randint(10**5, 10**8), uuid4(r), r.randint(10, 9999))),
 ],
 'database_object_identifier': [
  ('mongodb_objectid_export', lambda r: '{ "_id": ObjectId("%s"), "sku": "A-%d" }\n{ "_id": ObjectId("%s"), "sku": "B-%d" }\n' % (shape(r, '{H24}'), r.randint(1, 999), shape(r, '{H24}'), r.randint(1, 999))),
  ('oracle_rowid_query_output', lambda r: "ROWID              ORDER_ID\n%s %d\n%s %d\n" % ('AAA' + shape(r, '{A15}'), r.randint(1, 10**6), 'AAA' + shape(r, '{A15}'), r.randint(1, 10**6))),
 ],
}
WRAPPERS = [('', '{T}'),
 ('__in_dba_oncall_pager_note', "Pager note (no secrets inside, checked):\n{T}-- end of note"),
 ('__in_data_platform_jira_comment', "Comment on DATA-{n}:\n{code}\n{T}{code}"),
 ('__in_postgres_mailing_list_reply', "On {n} May, a reader wrote:\n> output below\n{T}> thanks"),
 ('__in_db_change_advisory_record', "CAB record {n} | evidence attached:\n{T}Approved by the data platform lead."),
 ('__in_replication_incident_postmortem', "## Postmortem {n} - evidence\n```\n{T}```\n"),
]

# documentation values (published; recomputed in check_docs)
RFC7677_PROOF = 'dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ='
RFC7677_SERVERSIG = '6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4='
RFC5802_PROOF = 'v0X8v3Bz2T0CJGbJQyF0X+HI4Ts='
MYSQL_DOC_HASH = '*6C8989366EAF75BB670AD8EA7A7FC1176A95CEF4'
RFC4231_TC2 = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
DOCS = [
 ('rfc7677_scram_client_proof_in_pooler_doc', "The pooler's SCRAM test follows the RFC 7677 example (user 'user', password 'pencil'): the expected client proof is p=%s\n" % RFC7677_PROOF),
 ('rfc7677_server_signature_in_driver_test_notes', "Driver test notes: after the RFC 7677 exchange the server must answer v=%s\n" % RFC7677_SERVERSIG),
 ('rfc5802_sha1_proof_in_mongo_auth_wiki', "Wiki - SCRAM-SHA-1 as in RFC 5802 section 5 (user 'user', password 'pencil'): client-final-message ends with p=%s\n" % RFC5802_PROOF),
 ('mysql_manual_password_function_example', "From the MySQL manual: SELECT PASSWORD('mypass'); returns %s (the old mysql_native_password hash format).\n" % MYSQL_DOC_HASH),
 ('rfc4231_hmac_sha256_case2_in_cdc_webhook_spec', "CDC webhook spec: verify your HMAC code against RFC 4231 test case 2 (key 'Jefe'); HMAC-SHA-256 must be %s\n" % RFC4231_TC2),
]


def _scram_calc(hname, pw, salt_b64, it, cnonce, snonce_full):
    salted = hashlib.pbkdf2_hmac(hname, pw.encode(), base64.b64decode(salt_b64), it)
    ck = hmac.new(salted, b'Client Key', hname).digest()
    sk = hashlib.new(hname, ck).digest()
    cfb = 'n=user,r=' + cnonce
    sfirst = 'r=%s,s=%s,i=%d' % (snonce_full, salt_b64, it)
    cfin = 'c=biws,r=' + snonce_full
    am = (cfb + ',' + sfirst + ',' + cfin).encode()
    sig = hmac.new(sk, am, hname).digest()
    proof = bytes(a ^ b for a, b in zip(ck, sig))
    srvk = hmac.new(salted, b'Server Key', hname).digest()
    return base64.b64encode(proof).decode(), base64.b64encode(hmac.new(srvk, am, hname).digest()).decode()


def check_docs():
    p, s = _scram_calc('sha256', 'pencil', 'W22ZaJ0SNY7soEsUEjb6gQ==', 4096, 'rOprNGfwEbeRWgbNEkqO', 'rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0')
    assert (p, s) == (RFC7677_PROOF, RFC7677_SERVERSIG), (p, s)
    p1, _ = _scram_calc('sha1', 'pencil', 'QSXCR+Q6sek8bf92', 4096, 'fyko+d2lbbFgONRv9qkxdawL', 'fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j')
    assert p1 == RFC5802_PROOF, p1
    assert '*' + hashlib.sha1(hashlib.sha1(b'mypass').digest()).hexdigest().upper() == MYSQL_DOC_HASH
    assert hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha256).hexdigest() == RFC4231_TC2
    return [RFC7677_PROOF, RFC7677_SERVERSIG, RFC5802_PROOF, MYSQL_DOC_HASH, RFC4231_TC2]


def build(seed=7806):
    rng = random.Random(seed)
    out = []
    for cls in sorted(BASE):
        for kind, fn in BASE[cls]:
            for suf, w in WRAPPERS:
                t = fn(rng)
                text = w.replace('{n}', str(rng.randint(100, 999))).replace('{code}', '```').replace('{T}', t)
                out.append(dict(**{'class': cls}, container=kind + suf, text=text, source='negative'))
    for kind, text in DOCS:
        out.append(dict(**{'class': 'vendor_documentation_value'}, container=kind, text=text, source='negative'))
    return out
