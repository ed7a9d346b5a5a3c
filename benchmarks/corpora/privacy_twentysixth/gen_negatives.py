"""Hard negatives: 15 classes x 5 new base kinds x 3 (plain + 2 wrappers) + documentation values."""
import base64, hashlib, hmac, json, random, string
from common import rs, uuid4, HEX, ALNUM, B64URL, jwt_like, b64u

SEED = 26006
def hx(r, n): return rs(r, n, HEX)
def b64(r, n): return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()

K = {
 'base64_non_secret_payload': {
  'jupyter_output_image_png_b64': lambda r: '"outputs": [{"data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAA%s", "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "output_type": "display_data"}]' % b64(r, 90),
  'js_inline_sourcemap_comment': lambda r: 'console.log("ready");\n//# sourceMappingURL=data:application/json;charset=utf-8;base64,%s\n' % base64.b64encode(json.dumps({'version': 3, 'sources': ['src/main.ts'], 'mappings': 'AAAA,SAAS' + rs(r, 12, 'ACEGIKMOQSUWY;,')}).encode()).decode(),
  'grpc_web_text_frame_b64': lambda r: 'HTTP/1.1 200 OK\ncontent-type: application/grpc-web-text\n\nAAAAA%s\n' % b64(r, 45),
  'eml_pdf_attachment_part': lambda r: '--b1_%s\nContent-Type: application/pdf; name="invoice-%d.pdf"\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjcK%s\n' % (hx(r, 12), r.randint(1000, 9999), b64(r, 57)),
  'favicon_ico_data_uri_html': lambda r: '<link rel="icon" href="data:image/x-icon;base64,AAABAAEAEBAAAAEAIABoBAAAFgAAACgAAAAQ%s">' % b64(r, 48),
 },
 'ciphertext_or_sealed_value': {
  'sealedsecret_encrypteddata_yaml': lambda r: 'apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: api-env\nspec:\n  encryptedData:\n    DB_PASSWORD: AgB%s\n' % b64(r, 180).replace('=', ''),
  'vault_transit_ciphertext_output': lambda r: '$ vault write transit/encrypt/orders plaintext=$(base64 <<< "order-4411")\nKey            Value\n---            -----\nciphertext     vault:v1:%s\nkey_version    1\n' % b64(r, 42),
  'rails_credentials_yml_enc_blob': lambda r: '# config/credentials.yml.enc\n%s--%s--%s\n' % (b64(r, 96), b64(r, 12), b64(r, 16)),
  'dotenv_vault_production_cipher': lambda r: '# .env.vault (encrypted; DOTENV_KEY lives in the CI settings)\nDOTENV_VAULT_PRODUCTION="%s"\n' % b64(r, 120),
  'chef_encrypted_data_bag_json': lambda r: json.dumps({'id': 'mysql', 'password': {'encrypted_data': b64(r, 48), 'iv': b64(r, 12), 'auth_tag': b64(r, 16), 'version': 3, 'cipher': 'aes-256-gcm'}}, indent=1),
 },
 'code_identifier_lookalike': {
  'rust_enum_credential_variants': lambda r: 'pub enum CredentialKind {\n    ApiKey,\n    PersonalAccessToken,\n    ClientSecret,\n    PasswordHash%s,\n}\n' % rs(r, 3, string.digits),
  'go_const_header_names': lambda r: 'const (\n\tHeaderAPIKey        = "X-Api-Key"\n\tHeaderAuthToken     = "X-Auth-Token"\n\tHeaderSessionSecret = "X-Session-Secret-V%d"\n)\n' % r.randint(1, 9),
  'sql_schema_password_hash_column': lambda r: 'CREATE TABLE users_%s (\n  id bigint primary key,\n  password_hash text not null,\n  api_token_digest char(64),\n  secret_rotated_at timestamptz\n);\n' % rs(r, 4, 'abcdefgh'),
  'csharp_options_class_password_prop': lambda r: 'public sealed class SmtpOptions%s\n{\n    public string Host { get; set; } = "";\n    public string Password { get; set; } = "";\n    public string ApiKeyHeaderName { get; set; } = "X-Api-Key";\n}\n' % r.randint(1, 99),
  'kotlin_data_class_token_field': lambda r: 'data class TokenResponse(\n    val accessToken: String,\n    val refreshToken: String,\n    val expiresIn: Long = %d,\n    val tokenType: String = "Bearer",\n)\n' % r.choice([900, 1800, 3600]),
 },
 'digest_or_checksum': {
  'cargo_lock_checksum_entries': lambda r: '[[package]]\nname = "serde"\nversion = "1.0.%d"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "%s"\n' % (r.randint(150, 230), hx(r, 64)),
  'yarn_berry_lock_checksum': lambda r: '"lodash@npm:^4.17.21":\n  version: 4.17.21\n  resolution: "lodash@npm:4.17.21"\n  checksum: 10c0/%s\n  languageName: node\n' % hx(r, 128),
  'oci_image_manifest_digests': lambda r: json.dumps({'schemaVersion': 2, 'mediaType': 'application/vnd.oci.image.manifest.v1+json', 'config': {'digest': 'sha256:' + hx(r, 64), 'size': r.randint(1000, 9000)}, 'layers': [{'digest': 'sha256:' + hx(r, 64), 'size': r.randint(10**6, 10**8)}]}, indent=1),
  'nix_flake_lock_narhash': lambda r: '"nixpkgs": {\n  "locked": {\n    "lastModified": %d,\n    "narHash": "sha256-%s=",\n    "rev": "%s",\n    "type": "github"\n  }\n}' % (1764000000 + r.randint(0, 10**6), b64(r, 32)[:43], hx(r, 40)),
  'helm_chart_lock_digest': lambda r: 'dependencies:\n- name: postgresql\n  repository: oci://registry-1.docker.io/bitnamicharts\n  version: 16.%d.0\ndigest: sha256:%s\ngenerated: "2026-11-%02dT10:00:00Z"\n' % (r.randint(0, 9), hx(r, 64), r.randint(1, 28)),
 },
 'license_or_serial_identifier': {
  'vehicle_vin_fleet_csv': lambda r: 'plate,vin,model\nB-AC %d,%s,Transit\nB-AC %d,%s,Vito\n' % (r.randint(1000, 9999), rs(r, 17, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'), r.randint(1000, 9999), rs(r, 17, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789')),
  'imei_device_inventory': lambda r: 'asset,device,imei\nPH-%03d,Pixel 8,%s\nPH-%03d,iPhone 15,%s\n' % (r.randint(1, 999), rs(r, 15, string.digits), r.randint(1, 999), rs(r, 15, string.digits)),
  'mac_address_dhcp_leases': lambda r: '\n'.join('lease 10.0.0.%d { hardware ethernet %s; client-hostname "host-%d"; }' % (r.randint(2, 250), ':'.join(hx(r, 2) for _ in range(6)), r.randint(1, 99)) for _ in range(3)),
  'gtin14_pallet_labels': lambda r: 'SSCC/GTIN labels\n(01)%s (10)LOT%s (17)2711%02d\n' % (rs(r, 14, string.digits), rs(r, 6, string.digits), r.randint(1, 28)),
  'orcid_author_list': lambda r: 'Authors: A. Ruiz (ORCID 0000-000%d-%s-%s), K. Obi (ORCID 0000-000%d-%s-%s)\n' % (r.randint(1, 3), rs(r, 4, string.digits), rs(r, 4, string.digits), r.randint(1, 3), rs(r, 4, string.digits), rs(r, 3, string.digits) + 'X'),
 },
 'masked_partial_value': {
  'kubectl_describe_secret_byte_counts': lambda r: 'Name:         api-env\nNamespace:    prod\nType:  Opaque\n\nData\n====\nDB_PASSWORD:  %d bytes\nSTRIPE_KEY:   %d bytes\n' % (r.randint(12, 32), r.randint(100, 110)),
  'npm_token_list_truncated_ids': lambda r: '$ npm token list\n┌────────┬─────────┬────────────┬──────────┐\n│ id     │ token   │ created    │ readonly │\n│ %s │ npm_%s… │ 2026-11-%02d │ no       │\n' % (hx(r, 6), rs(r, 4, ALNUM), r.randint(1, 28)),
  'doppler_secrets_list_masked_table': lambda r: '$ doppler secrets\n┌──────────────┬──────────────────┐\n│ NAME         │ VALUE            │\n│ STRIPE_KEY   │ sk_live_******%s │\n│ DB_PASSWORD  │ ****************  │\n' % rs(r, 4, ALNUM),
  'op_item_get_concealed_field': lambda r: '$ op item get "Staging DB"\nID:          %s\nFields:\n  username:    app\n  password:    [use \'op item get %s --reveal\' to reveal]\n' % (rs(r, 26, string.ascii_lowercase + string.digits), rs(r, 6, string.ascii_lowercase)),
  'terraform_output_sensitive_marker': lambda r: '$ terraform output\ndb_endpoint = "db-%s.cluster.internal:5432"\ndb_password = <sensitive>\napi_key = <sensitive>\n' % hx(r, 6),
 },
 'opaque_random_identifier': {
  'k8s_event_involved_object_uid': lambda r: 'LAST SEEN   TYPE     REASON    OBJECT           UID\n2m          Normal   Pulled    pod/api-%s   %s\n' % (rs(r, 5, 'bcdfghjklmnpqrstvwxz2456789'), uuid4(r)),
  'sqs_receive_message_ids': lambda r: json.dumps({'Messages': [{'MessageId': uuid4(r), 'ReceiptHandle': 'AQEB' + b64(r, 60).replace('=', ''), 'MD5OfBody': hx(r, 32)}]}, indent=1),
  'cloudfront_request_id_log': lambda r: '2026-11-%02d 10:12:%02d LHR62-C5 1047 203.0.113.7 GET d111111abcdef8.cloudfront.net /index.html 200 - Mozilla/5.0 - - Hit %s== example.org https\n' % (r.randint(1, 28), r.randint(0, 59), b64(r, 40).rstrip('=')),
  'snowflake_query_id_history': lambda r: 'QUERY_ID                              STATUS    ELAPSED\n01b%s-0000-%s-0000-%s  SUCCESS   1.2s\n' % (hx(r, 5), hx(r, 4), hx(r, 12)),
  'temporal_workflow_run_ids': lambda r: 'WorkflowId: order-sync-%d\nRunId: %s\nTaskQueue: orders\nStatus: Completed\n' % (r.randint(10000, 99999), uuid4(r)),
 },
 'password_prose_no_value': {
  'nist_800_63b_summary_notes': lambda r: 'Notes on NIST SP 800-63B: memorized secrets at least 8 characters, allow up to %d, no composition rules, check against breached lists, no periodic rotation without cause.\n' % r.choice([64, 128]),
  'password_manager_comparison_blog': lambda r: 'We compared %d password managers. The best ones generate long random passwords, sync end-to-end encrypted vaults and warn you when a password shows up in a breach.\n' % r.randint(5, 12),
  'support_macro_reset_instructions': lambda r: 'Macro #%d – Password reset\nHi {{ticket.requester.first_name}}, use "Forgot password?" on the sign-in page; the link expires after 30 minutes. We will never ask for your password by e-mail.\n' % r.randint(100, 999),
  'podcast_transcript_password_talk': lambda r: '[%02d:%02d] HOST: so the password on the sticky note thing, everyone laughs, but the real problem is reuse. GUEST: right, one leaked password and every account falls.\n' % (r.randint(10, 59), r.randint(0, 59)),
  'ux_research_login_friction_notes': lambda r: 'Session %d: participant forgot which password she used, tried three, got locked out; suggests passkeys and a clearer "show password" toggle.\n' % r.randint(1, 20),
 },
 'placeholder_or_redacted': {
  'cookiecutter_json_secret_defaults': lambda r: json.dumps({'project_slug': 'svc_%s' % rs(r, 4, string.ascii_lowercase), 'django_secret_key': '{{ random_ascii_string(50) }}', 'db_password': '<set-me>', 'sentry_dsn': ''}, indent=1),
  'envsubst_template_dollar_vars': lambda r: '# app.conf.tpl (rendered with envsubst)\ndb_password = ${DB_PASSWORD}\napi_key = ${API_KEY:-}\nlisten = 0.0.0.0:%d\n' % r.choice([8080, 8443, 9000]),
  'appsettings_template_user_secrets_comment': lambda r: '{\n  "ConnectionStrings": {\n    "Default": "Server=localhost;Database=app%d;User Id=app;Password=__FROM_USER_SECRETS__"\n  }\n}\n' % r.randint(1, 9),
  'jinja2_config_template_vars': lambda r: '[database]\nuser = {{ db_user }}\npassword = {{ vault_db_password }}\npool = %d\n' % r.randint(5, 20),
  'curl_docs_your_token_placeholder': lambda r: 'curl https://api.example.com/v%d/me \\\n  -H "Authorization: Bearer YOUR_ACCESS_TOKEN"\n' % r.randint(1, 3),
 },
 'public_key_or_certificate': {
  'pgp_public_key_armor_block': lambda r: '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ%s\n%s\n=%s\n-----END PGP PUBLIC KEY BLOCK-----\n' % (b64(r, 45)[:59], b64(r, 48), b64(r, 3)),
  'ssh_ecdsa_sha2_nistp256_pub': lambda r: 'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB%s= ops@bastion-%d\n' % (b64(r, 63)[:86], r.randint(1, 9)),
  'ca_certificates_crt_entry': lambda r: '# Example Root CA %d\n-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIE%s\n%s\n-----END CERTIFICATE-----\n' % (r.randint(1, 9), b64(r, 33), b64(r, 48)),
  'nostr_npub_profile_link': lambda r: 'Follow me on nostr: nostr:npub1%s\n' % rs(r, 58, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'),
  'webauthn_credential_public_key_json': lambda r: json.dumps({'credentialId': b64u(bytes(r.getrandbits(8) for _ in range(32))), 'publicKey': {'kty': 'EC', 'crv': 'P-256', 'x': b64u(bytes(r.getrandbits(8) for _ in range(32))), 'y': b64u(bytes(r.getrandbits(8) for _ in range(32)))}, 'signCount': r.randint(1, 400)}, indent=1),
 },
 'publishable_client_key': {
  'stripe_js_publishable_key_init': lambda r: "const stripe = Stripe('pk_live_51%s');\n" % rs(r, 97, ALNUM),
  'algolia_search_only_key_instantsearch': lambda r: "const searchClient = algoliasearch('%s', '%s'); // search-only key\n" % (rs(r, 10, string.ascii_uppercase + string.digits), hx(r, 32)),
  'firebase_web_config_snippet': lambda r: 'const firebaseConfig = {\n  apiKey: "AIza%s",\n  authDomain: "acme-%s.firebaseapp.com",\n  projectId: "acme-%s",\n  appId: "1:%d:web:%s"\n};\n' % (rs(r, 35, ALNUM + '-_'), hx(r, 4), hx(r, 4), r.randint(10**11, 10**12), hx(r, 22)),
  'supabase_anon_key_create_client': lambda r: "export const supabase = createClient('https://%s.supabase.co', '%s')\n" % (rs(r, 20, string.ascii_lowercase), jwt_like(r, {'iss': 'supabase', 'role': 'anon', 'ref': rs(r, 20, string.ascii_lowercase)})),
  'hcaptcha_sitekey_div': lambda r: '<div class="h-captcha" data-sitekey="%s"></div>\n' % uuid4(r),
 },
 'secret_store_reference': {
  'azure_keyvault_reference_app_setting': lambda r: '{ "name": "DbPassword", "value": "@Microsoft.KeyVault(SecretUri=https://kv-%s.vault.azure.net/secrets/db-password/)" }\n' % rs(r, 6, string.ascii_lowercase),
  'aws_secretsmanager_arn_env_mapping': lambda r: 'secrets:\n  - name: DB_PASSWORD\n    valueFrom: arn:aws:secretsmanager:eu-west-1:%d:secret:prod/db-%s\n' % (r.randint(10**11, 10**12 - 1), rs(r, 6, ALNUM)),
  'bws_run_secret_id_cmd': lambda r: '$ bws run --project-id %s -- npm start\n' % uuid4(r),
  'csi_secretproviderclass_yaml': lambda r: 'apiVersion: secrets-store.csi.x-k8s.io/v1\nkind: SecretProviderClass\nspec:\n  provider: vault\n  parameters:\n    objects: |\n      - objectName: "db-password"\n        secretPath: "secret/data/app-%d"\n' % r.randint(1, 9),
  'chamber_exec_service_cmd': lambda r: '$ chamber exec billing-%s -- ./bin/server\n' % rs(r, 3, string.ascii_lowercase),
 },
 'test_fixture_fake_credential': {
  'jest_process_env_fake_token': lambda r: "beforeEach(() => {\n  process.env.API_TOKEN = 'fake-token-for-tests-%d';\n});\n" % r.randint(1, 99),
  'go_table_test_fake_password': lambda r: 'tests := []struct{ user, pass string }{\n\t{"alice", "not-a-real-password-%d"},\n\t{"bob", ""},\n}\n' % r.randint(1, 99),
  'nock_intercept_fake_bearer': lambda r: "nock('https://api.example.test').matchHeader('authorization', 'Bearer test-bearer-%d').get('/me').reply(200, {})\n" % r.randint(1, 99),
  'playwright_auth_fixture_fake_user': lambda r: "await page.fill('#password', 'playwright-dummy-pass-%d');\n" % r.randint(1, 99),
  'mockserver_expectation_fake_key': lambda r: json.dumps({'httpRequest': {'path': '/v1/charge', 'headers': {'X-Api-Key': ['mock-key-%d' % r.randint(1, 99)]}}, 'httpResponse': {'statusCode': 200}}, indent=1),
 },
 'url_or_anchor_lookalike': {
  'cloudinary_transformation_urls': lambda r: 'https://res.cloudinary.com/acme/image/upload/c_fill,w_%d/v%d/products/%s.jpg\n' % (r.choice([320, 640]), r.randint(10**9, 2 * 10**9), rs(r, 20, string.ascii_lowercase + string.digits)),
  'notion_page_urls_with_ids': lambda r: 'See https://www.notion.so/acme/Onboarding-%s and https://www.notion.so/acme/Runbook-%s\n' % (hx(r, 32), hx(r, 32)),
  'figma_file_node_urls': lambda r: 'Design: https://www.figma.com/design/%s/Checkout?node-id=%d-%d\n' % (rs(r, 22, ALNUM), r.randint(1, 999), r.randint(1, 9999)),
  'arxiv_doi_reference_links': lambda r: '[%d] https://doi.org/10.%d/%s  https://arxiv.org/abs/25%02d.%05d\n' % (r.randint(1, 40), r.randint(1000, 9999), rs(r, 8, string.ascii_lowercase + string.digits), r.randint(1, 12), r.randint(0, 99999)),
  'matrix_to_room_permalinks': lambda r: 'Join https://matrix.to/#/!%s:matrix.org/$%s?via=matrix.org\n' % (rs(r, 18, ALNUM), rs(r, 43, B64URL)),
 },
 'version_or_build_string': {
  'java_version_full_output': lambda r: 'openjdk version "21.0.%d" 2026-10-21 LTS\nOpenJDK Runtime Environment Temurin-21.0.%d+%d (build 21.0.%d+%d-LTS)\n' % ((r.randint(1, 9),) * 1 + (r.randint(1, 9), r.randint(1, 15), r.randint(1, 9), r.randint(1, 15))),
  'rustc_vv_commit_hash': lambda r: 'rustc 1.%d.0 (%s 2026-11-%02d)\ncommit-hash: %s\nhost: x86_64-unknown-linux-gnu\n' % (r.randint(80, 95), hx(r, 9), r.randint(1, 28), hx(r, 40)),
  'kernel_uname_a_output': lambda r: 'Linux build-%d 6.%d.%d-%d-generic #%d-Ubuntu SMP PREEMPT_DYNAMIC x86_64 GNU/Linux\n' % (r.randint(1, 9), r.randint(5, 12), r.randint(0, 30), r.randint(10, 60), r.randint(10, 90)),
  'pip_freeze_vcs_pins': lambda r: 'requests==2.32.%d\nmylib @ git+https://github.com/acme/mylib@%s\n' % (r.randint(0, 5), hx(r, 40)),
  'ios_build_number_list': lambda r: 'TestFlight builds: 4.%d.0 (%d), 4.%d.1 (%d)\n' % (r.randint(1, 9), r.randint(2000, 2999), r.randint(1, 9), r.randint(3000, 3999)),
 },
}
WRAP = {
 'gitea_issue_comment': lambda body: '**@mira** commented 2 hours ago\n\nNot a secret, just for context:\n\n```\n%s\n```\n' % body.rstrip('\n'),
 'mkdocs_material_page': lambda body: '!!! note "Reference"\n\n    ' + body.rstrip('\n').replace('\n', '\n    ') + '\n',
}

def pbkdf2_rfc6070():
    return hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 1, 20).hex()

def hkdf_rfc5869_case1():
    ikm, salt, info = b'\x0b' * 22, bytes(range(13)), bytes(range(0xf0, 0xfa))
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    t, okm = b'', b''
    for i in range(1, 3):
        t = hmac.new(prk, t + info + bytes([i]), hashlib.sha256).digest(); okm += t
    return okm[:42].hex()

DOCS = {
 'rfc6070_pbkdf2_sha1_case1': ('0c60c80f961f0e71f3a9b524af6012062fe037a6', lambda: 'RFC 6070 test vector 1: P = "password", S = "salt", c = 1, dkLen = 20\nDK = %s\n' % pbkdf2_rfc6070()),
 'rfc5869_hkdf_sha256_case1': ('3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865', lambda: 'RFC 5869 A.1: IKM = 0x0b x 22, salt = 0x000102…0c, info = 0xf0…f9, L = 42\nOKM = %s\n' % hkdf_rfc5869_case1()),
 'postgres_image_docs_mysecretpassword': ('mysecretpassword', lambda: '$ docker run --name some-postgres -e POSTGRES_PASSWORD=mysecretpassword -d postgres\n'),
 'mysql_image_docs_my_secret_pw': ('my-secret-pw', lambda: '$ docker run --name some-mysql -e MYSQL_ROOT_PASSWORD=my-secret-pw -d mysql:tag\n'),
 'minio_default_minioadmin_login': ('minioadmin', lambda: 'MinIO quickstart: the console listens on :9001, default credentials minioadmin / minioadmin — change them before exposing the server.\n'),
 'azurite_devstoreaccount1_well_known_key': ('Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==', lambda: 'UseDevelopmentStorage=true expands to AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;\n'),
 'localstack_test_test_credentials': ('test', lambda: '# LocalStack accepts any credentials\nexport AWS_ACCESS_KEY_ID=test AWS_SECRET_ACCESS_KEY=test AWS_DEFAULT_REGION=us-east-1\n'),
 'mssql_docs_yourstrong_passw0rd': ('<YourStrong@Passw0rd>', lambda: 'sudo docker run -e "ACCEPT_EULA=Y" -e "MSSQL_SA_PASSWORD=<YourStrong@Passw0rd>" -p 1433:1433 -d mcr.microsoft.com/mssql/server:2022-latest\n'),
 'wordpress_compose_docs_examplepass': ('examplepass', lambda: 'services:\n  wordpress:\n    image: wordpress\n    environment:\n      WORDPRESS_DB_USER: exampleuser\n      WORDPRESS_DB_PASSWORD: examplepass\n'),
}

def build():
    r = random.Random(SEED)
    recs = []
    for cls in sorted(K):
        for kind in sorted(K[cls]):
            recs.append({'class': cls, 'container': kind, 'text': K[cls][kind](r), 'source': 'negative'})
            for w in sorted(WRAP):
                recs.append({'class': cls, 'container': kind + '__in_' + w, 'text': WRAP[w](K[cls][kind](r)), 'source': 'negative'})
    for kind in sorted(DOCS):
        recs.append({'class': 'vendor_documentation_value', 'container': kind, 'text': DOCS[kind][1](), 'source': 'negative'})
    return recs
