from common import *
import hashlib, hmac
def h(r, n): return rs(r, HEX, n)
def b64r(r, n): return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()
def b64ur(r, n): return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(n))).decode().rstrip('=')

K = {  # class -> {base kind: f(r)->text}
 'anti_forgery_or_challenge': {
  'rails_authenticity_token_hidden_input': lambda r: '<input type="hidden" name="authenticity_token" value="%s" autocomplete="off" />' % b64ur(r, 64),
  'sveltekit_csrf_origin_check_error': lambda r: 'Error: Cross-site POST form submissions are forbidden (origin check) request-id=%s' % uuid4(r),
  'apple_sign_in_nonce_param': lambda r: 'https://appleid.apple.com/auth/authorize?client_id=com.acme.web&nonce=%s&state=%s&response_mode=form_post' % (h(r, 32), b64ur(r, 16)),
  'totp_enrollment_challenge_id': lambda r: '{"challenge_id": "%s", "expires_in": 300, "type": "totp_enroll"}' % uuid4(r),
  'captcha_friendly_puzzle_solution': lambda r: 'frc-captcha-solution=%s.%s.AgAD' % (h(r, 32), b64ur(r, 40)),
 },
 'base64_non_secret_payload': {
  'email_inline_png_cid_part': lambda r: 'Content-Type: image/png\nContent-ID: <logo@acme>\nContent-Transfer-Encoding: base64\n\n' + base64.b64encode(b'\x89PNG\r\n\x1a\n' + bytes(r.randrange(256) for _ in range(54))).decode(),
  'graphql_relay_global_id': lambda r: '{"node": {"id": "%s", "__typename": "Order"}}' % base64.b64encode(('Order:%d' % r.randint(1000, 99999)).encode()).decode(),
  'kubernetes_configmap_binarydata_font': lambda r: 'binaryData:\n  font.woff2: ' + base64.b64encode(b'wOF2' + bytes(r.randrange(256) for _ in range(40))).decode(),
  'saml_response_metadata_b64_xml': lambda r: 'SAMLMetadata=' + base64.b64encode(('<md:EntityDescriptor entityID="https://idp.acme.lan/%s"/>' % h(r, 6)).encode()).decode(),
  'protobuf_any_value_b64_json': lambda r: '{"@type": "type.googleapis.com/acme.Event", "value": "%s"}' % base64.b64encode(('evt-%d|page_view' % r.randint(1, 10**6)).encode()).decode(),
 },
 'ciphertext_or_sealed_value': {
  'sops_encrypted_yaml_value': lambda r: 'db_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (b64r(r, 18), b64r(r, 32), b64r(r, 16)),
  'ansible_vault_encrypted_string': lambda r: 'db_pass: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ' + '\n  '.join(h(r, 80) for _ in range(4)),
  'gcp_kms_encrypt_response_json': lambda r: '{"name": "projects/acme/locations/global/keyRings/app/cryptoKeys/db/cryptoKeyVersions/1", "ciphertext": "%s"}' % b64r(r, 90),
  'jwe_compact_serialization_token': lambda r: 'eyJhbGciOiJSU0EtT0FFUC0yNTYiLCJlbmMiOiJBMjU2R0NNIn0.%s.%s.%s.%s' % (b64ur(r, 256), b64ur(r, 12), b64ur(r, 60), b64ur(r, 16)),
  'git_crypt_encrypted_file_head': lambda r: '$ xxd secrets.env | head -2\n00000000: 0047 4954 4352 5950 5400 %s  .GITCRYPT.\n' % ' '.join(h(r, 4) for _ in range(3)),
 },
 'digest_or_checksum': {
  'go_sum_module_hash_lines': lambda r: 'golang.org/x/net v0.%d.0 h1:%s=\ngolang.org/x/net v0.%d.0/go.mod h1:%s=' % (r.randint(10, 30), b64r(r, 32)[:43], r.randint(10, 30), b64r(r, 32)[:43]),
  'npm_lockfile_integrity_field': lambda r: '"node_modules/lodash": {"version": "4.17.21", "integrity": "sha512-%s=="}' % b64r(r, 64)[:86],
  'sha256sums_release_file': lambda r: '%s  acme-cli_2.4.1_linux_amd64.tar.gz\n%s  acme-cli_2.4.1_darwin_arm64.tar.gz' % (h(r, 64), h(r, 64)),
  'subresource_integrity_script_tag': lambda r: '<script src="https://cdn.acme.lan/app.js" integrity="sha384-%s" crossorigin="anonymous"></script>' % b64r(r, 48),
  'etag_response_header_dump': lambda r: 'HTTP/2 200\netag: "%s"\ncache-control: max-age=3600' % h(r, 40),
 },
 'opaque_random_identifier': {
  'snowflake_query_id_history': lambda r: 'QUERY_ID: %s-0000-%s-0000-%s  STATUS: SUCCESS' % (h(r, 8), h(r, 4), h(r, 12)),
  'mongodb_objectid_export': lambda r: '{"_id": {"$oid": "%s"}, "sku": "TSHIRT-M"}' % h(r, 24),
  'cuid2_record_keys_csv': lambda r: 'id,title\n%s,First post\n%s,Second post' % (rs(r, L + D, 24), rs(r, L + D, 24)),
  'stripe_customer_ids_report': lambda r: 'customer,plan\ncus_%s,pro\ncus_%s,team' % (rs(r, AN, 14), rs(r, AN, 14)),
  'aws_x_amz_request_id_dump': lambda r: 'x-amz-request-id: %s\nx-amz-id-2: %s' % (rs(r, U + D, 16), b64r(r, 57)),
 },
 'password_prose_no_value': {
  'it_newsletter_passphrase_tips': lambda r: 'Tip of the week: use a passphrase of four or more random words and never reuse your work password on other sites. (issue %d)' % r.randint(10, 99),
  'incident_retro_password_reset': lambda r: 'Retro #%d: after the phishing wave we forced a password reset for 214 accounts; nobody shared passwords in chat this time.' % r.randint(100, 999),
  'app_store_review_forgot_password': lambda r: '★★☆☆☆ The "forgot password" email takes %d minutes to arrive and the reset link expires. Please fix.' % r.randint(5, 40),
  'code_review_do_not_log_password': lambda r: 'nit (line %d): please don\'t log the password field here, mask it like we do for the token.' % r.randint(10, 400),
  'router_manual_default_password_label': lambda r: 'The default Wi-Fi password is printed on the label on the bottom of the router (model AX%d). Change it after setup.' % r.randint(1000, 9999),
 },
 'placeholder_or_redacted': {
  'dotenv_sample_your_key_here': lambda r: 'OPENAI_API_KEY=your-key-here\nSTRIPE_SECRET_KEY=sk_live_...\nDB_PASSWORD=<db-password>  # v%d' % r.randint(1, 9),
  'helm_values_empty_secret_comment': lambda r: 'auth:\n  # -- set via --set auth.password or existingSecret\n  password: ""\n  existingSecret: app-db-%d' % r.randint(1, 9),
  'gitleaks_report_redacted_secret': lambda r: '{"RuleID": "generic-api-key", "Secret": "REDACTED", "File": "config/app.yml", "StartLine": %d}' % r.randint(1, 300),
  'ci_log_masked_variables': lambda r: '$ echo "deploying with token $DEPLOY_TOKEN"\ndeploying with token [MASKED]\nJob %d succeeded' % r.randint(10**6, 10**7),
  'docs_asterisk_masked_key': lambda r: 'API key: ************************%s (shown once at creation)' % rs(r, L + D, 4),
 },
 'public_blockchain_data': {
  'solana_explorer_tx_signature': lambda r: 'Signature: %s\nSlot: %d\nStatus: Finalized' % (rs(r, B58, 88), r.randint(2 * 10**8, 3 * 10**8)),
  'ens_resolver_address_record': lambda r: 'vitalik-fan.eth -> 0x%s (resolver 0x%s)' % (h(r, 40), h(r, 40)),
  'etherscan_contract_abi_header': lambda r: 'Contract 0x%s\nCompiler v0.8.%d+commit.%s' % (h(r, 40), r.randint(10, 26), h(r, 8)),
  'bitcoin_block_header_hash': lambda r: 'block %d hash 00000000000000000002%s merkle %s' % (r.randint(800000, 900000), h(r, 44), h(r, 64)),
  'ipfs_cid_pin_listing': lambda r: 'bafybei%s recursive\nbafkrei%s recursive' % (rs(r, L + '234567', 52), rs(r, L + '234567', 52)),
 },
 'public_key_or_certificate': {
  'wireguard_peer_public_key_block': lambda r: '[Peer]\nPublicKey = %s\nAllowedIPs = 10.8.0.%d/32\nEndpoint = vpn.acme.lan:51820' % (b64r(r, 32), r.randint(2, 250)),
  'age_recipient_public_key_list': lambda r: '# team recipients\nage1%s\nage1%s' % (rs(r, BECH, 58), rs(r, BECH, 58)),
  'ssh_known_hosts_ed25519_line': lambda r: 'git.acme.lan ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA%s' % b64r(r, 32)[:43],
  'tls_certificate_sha256_fingerprint': lambda r: 'SHA256 Fingerprint=' + ':'.join(h(r, 2).upper() for _ in range(32)),
  'dkim_dns_txt_record': lambda r: 'sel1._domainkey.acme.lan. 300 IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s"' % b64r(r, 180),
 },
 'publishable_client_key': {
  'google_maps_js_loader_key': lambda r: '<script src="https://maps.googleapis.com/maps/api/js?key=AIza%s&callback=initMap" async></script>' % rs(r, B64U, 35),
  'sentry_browser_dsn_init': lambda r: 'Sentry.init({ dsn: "https://%s@o%d.ingest.sentry.io/%d" });' % (h(r, 32), r.randint(10**5, 10**6), r.randint(10**6, 10**7)),
  'algolia_docsearch_public_key': lambda r: "docsearch({ appId: '%s', apiKey: '%s', indexName: 'acme-docs' });" % (rs(r, U + D, 10), h(r, 32)),
  'segment_analytics_write_key_snippet': lambda r: 'analytics.load("%s");' % rs(r, AN, 32),
  'onesignal_web_app_id_init': lambda r: 'OneSignal.init({ appId: "%s" });' % uuid4(r),
 },
 'secret_store_reference': {
  'doppler_secret_reference_yaml': lambda r: 'env:\n  - name: DB_PASSWORD\n    valueFrom: doppler://acme/prd/DB_PASSWORD_%d' % r.randint(1, 9),
  'onepassword_op_reference_env': lambda r: 'STRIPE_SECRET_KEY=op://Prod/Stripe-%d/credential' % r.randint(1, 99),
  'k8s_secret_key_ref_env': lambda r: 'env:\n- name: API_TOKEN\n  valueFrom:\n    secretKeyRef:\n      name: api-%s\n      key: token' % h(r, 5),
  'github_actions_secrets_expression': lambda r: 'env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN_%d }}' % r.randint(1, 9),
  'infisical_secret_path_reference': lambda r: 'infisical run --env=prod --path=/apps/api-%d -- npm start' % r.randint(1, 9),
 },
 'security_config_no_secret': {
  'sshd_config_hardening_block': lambda r: 'PasswordAuthentication no\nPermitRootLogin no\nMaxAuthTries %d\nKexAlgorithms curve25519-sha256' % r.randint(3, 6),
  'pam_pwquality_conf': lambda r: 'minlen = %d\ndcredit = -1\nucredit = -1\nretry = 3' % r.randint(12, 16),
  'hsts_preload_header_line': lambda r: 'Strict-Transport-Security: max-age=%d; includeSubDomains; preload' % r.choice([31536000, 63072000]),
  'argon2_params_config_yaml': lambda r: 'password_hashing:\n  algorithm: argon2id\n  memory_kib: %d\n  iterations: 3' % r.choice([19456, 65536]),
  'oauth_token_ttl_settings': lambda r: 'access_token_ttl: %dm\nrefresh_token_ttl: 30d\nrotate_refresh_tokens: true' % r.randint(5, 60),
 },
 'test_fixture_fake_credential': {
  'rspec_let_fake_api_key': lambda r: 'let(:api_key) { "test_key_%d" }\nit "rejects invalid keys" do' % r.randint(1, 99),
  'jest_mock_env_dummy_secret': lambda r: "process.env.JWT_SECRET = 'test-secret';\nprocess.env.STRIPE_KEY = 'sk_test_dummy%d';" % r.randint(1, 9),
  'phpunit_xml_env_fake_password': lambda r: '<php>\n  <env name="DB_PASSWORD" value="secret"/>\n  <env name="APP_KEY" value="base64:fake%d"/>\n</php>' % r.randint(1, 9),
  'cypress_fixture_login_user': lambda r: '{"email": "cypress+%d@example.com", "password": "Password123!"}' % r.randint(1, 99),
  'junit_testcontainers_mysql_test_creds': lambda r: 'new MySQLContainer<>("mysql:8").withUsername("test").withPassword("test"); // case %d' % r.randint(1, 99),
 },
 'tracing_correlation_header': {
  'aws_xray_trace_header': lambda r: 'X-Amzn-Trace-Id: Root=1-%s-%s;Parent=%s;Sampled=1' % (h(r, 8), h(r, 24), h(r, 16)),
  'honeycomb_trace_header': lambda r: 'X-Honeycomb-Trace: 1;trace_id=%s,parent_id=%s' % (h(r, 32), h(r, 16)),
  'jaeger_uber_trace_id_header': lambda r: 'uber-trace-id: %s:%s:0:1' % (h(r, 16), h(r, 16)),
  'elastic_apm_traceparent_log': lambda r: 'elasticapm traceparent=00-%s-%s-01 transaction=GET /orders' % (h(r, 32), h(r, 16)),
  'heroku_request_id_router_log': lambda r: 'at=info method=GET path="/" host=acme.herokuapp.com request_id=%s fwd="203.0.113.%d"' % (uuid4(r), r.randint(1, 254)),
 },
 'vcs_or_build_identifier': {
  'git_log_oneline_output': lambda r: '\n'.join('%s %s' % (h(r, 40), m) for m in ['fix login redirect', 'bump deps', 'add metrics']),
  'svn_info_revision_uuid': lambda r: 'Repository UUID: %s\nRevision: %d' % (uuid4(r), r.randint(1000, 99999)),
  'docker_image_id_listing': lambda r: 'REPOSITORY  TAG  IMAGE ID\napi  1.9  %s\nweb  2.0  %s' % (h(r, 12), h(r, 12)),
  'github_actions_run_summary': lambda r: 'Run #%d  commit %s  job id %d' % (r.randint(100, 9999), h(r, 40), r.randint(10**10, 10**11)),
  'jenkins_build_fingerprint_md5': lambda r: 'Fingerprint of app.jar: MD5 %s (build #%d)' % (h(r, 32), r.randint(10, 999)),
 },
}
WRAP = {
 '__in_pull_request_description': lambda t: '## Context\nSharing the relevant snippet below, nothing sensitive:\n\n```\n%s\n```' % t,
 '__in_oncall_handoff_email': lambda t: 'Subject: on-call handoff\n\nFYI, this is what I saw during my shift:\n\n%s\n\n-- ops' % t,
}

def _jwt_io():
    hdr = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'
    pl = 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ'
    sig = base64.urlsafe_b64encode(hmac.new(b'your-256-bit-secret', (hdr + '.' + pl).encode(), hashlib.sha256).digest()).decode().rstrip('=')
    return hdr + '.' + pl + '.' + sig

DOCS = {  # kind -> (text, [documentation values that must appear])
 'aws_docs_example_access_key_pair': ('# from the AWS CLI user guide\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']),
 'jwt_io_default_hs256_example': ('Encoded (jwt.io default, secret "your-256-bit-secret"):\n' + _jwt_io(), ['your-256-bit-secret']),
 'rfc4231_hmac_sha256_case2': ('RFC 4231 test case 2: Key = "Jefe", Data = "what do ya want for nothing?"\nHMAC-SHA-256 = ' + hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha256).hexdigest(), ['Jefe']),
 'recaptcha_v2_test_keys_docs': ('reCAPTCHA v2 automated-test keys (all verifications pass):\nSite key: 6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI\nSecret key: 6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe', ['6LeIxAcTAAAAAGG-vFI1TnRWxMZNFuojJ4WifJWe']),
 'hcaptcha_test_secret_docs': ('hCaptcha integration testing: sitekey 10000000-ffff-ffff-ffff-000000000001, secret 0x0000000000000000000000000000000000000000', ['0x0000000000000000000000000000000000000000']),
 'turnstile_dummy_secret_docs': ('Cloudflare Turnstile testing: always-passes secret key 1x0000000000000000000000000000000AA (site key 1x00000000000000000000AA)', ['1x0000000000000000000000000000000AA']),
 'grafana_default_admin_docs': ('Grafana: the default login is admin / admin; you will be asked to change the password on first login.', []),
 'elastic_changeme_legacy_docs': ('# legacy docker-compose from the Elastic 6.x docs\nELASTIC_PASSWORD=changeme', ['changeme']),
 'keycloak_dev_admin_docs': ('bin/kc.sh start-dev with KC_BOOTSTRAP_ADMIN_USERNAME=admin and KC_BOOTSTRAP_ADMIN_PASSWORD=admin (getting-started guide)', []),
 'rfc3962_kerberos_pbkdf2_vector': ('RFC 3962 Appendix B: Iteration count = 1, Pass phrase = "password", Salt = "ATHENA.MIT.EDUraeburn"\n128-bit PBKDF2 output: ' + hashlib.pbkdf2_hmac('sha1', b'password', b'ATHENA.MIT.EDUraeburn', 1, 16).hex(), ['ATHENA.MIT.EDUraeburn']),
}
JWT_IO_SIG = 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
RFC4231_2 = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
RFC3962_1 = 'cdedb5281bb2f801565a1122b2563515'

def gen(r):
    recs = []
    for cls in sorted(K):
        for kind in sorted(K[cls]):
            f = K[cls][kind]
            recs.append({'class': cls, 'container': kind, 'text': f(r), 'source': 'negative'})
            for w in sorted(WRAP):
                recs.append({'class': cls, 'container': kind + w, 'text': WRAP[w](f(r)), 'source': 'negative'})
    for kind in sorted(DOCS):
        recs.append({'class': 'vendor_documentation_value', 'container': kind, 'text': DOCS[kind][0], 'source': 'negative'})
    return recs
