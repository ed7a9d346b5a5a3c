import base64, hashlib, hmac, struct
from common import *

def luhn_ok(n):
    s = 0
    for i, d in enumerate(reversed(n)):
        d = int(d)
        if i % 2: d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0

TEST_CARDS = ['4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '378282246310005',
              '6011111111111117', '3056930009020004', '4000000000000002', '4000000000009995', '5105105105105100']

def pem_body(r, n):
    b = b64(r, n); return '\n'.join(b[i:i + 64] for i in range(0, len(b), 64))

BASE = {
 'test_fixture_fake_credential': {
   'faker_user_fixture_json': lambda r: '[\n  { "email": "%s@example.com", "password": "password123", "name": "Test User" },\n  { "email": "locked@example.com", "password": "changeme", "locked": true }\n]' % r.choice(['jane.doe', 'john.roe', 'test.user']),
   'cypress_fixture_login_users': lambda r: '// cypress/fixtures/users.json (fake, local mock server only)\n{ "admin": { "username": "admin", "password": "admin" }, "guest": { "username": "guest%d", "password": "guest" } }' % r.randint(1, 99)},
 'scrubbed_cassette_value': {
   'vcr_filtered_sensitive_data_yaml': lambda r: 'request:\n  method: post\n  uri: https://api.payments.test/v1/charges\n  headers:\n    Authorization:\n    - Bearer <STRIPE_API_KEY>\n    X-Request-Id:\n    - req_%s' % rs(r, AN, 14),
   'polly_har_redacted_headers_json': lambda r: '{ "name": "authorization", "value": "[REDACTED by polly beforePersist]" },\n{ "name": "cookie", "value": "session=<filtered>; _ga=GA1.2.%d.%d" }' % (r.randint(10**8, 10**9), r.randint(10**8, 10**9))},
 'mock_token_lookalike': {
   'msw_handler_unsigned_mock_jwt': lambda r: "http.post('/api/login', () => HttpResponse.json({ token: '%s' }))  // alg none, fake" % (b64url_json({'alg': 'none', 'typ': 'JWT'}) + '.' + b64url_json({'sub': 'mock-user-%d' % r.randint(1, 999), 'role': 'tester'}) + '.'),
   'wiremock_stub_fake_bearer_token': lambda r: '"response": { "status": 200, "jsonBody": { "access_token": "mock-access-token-%04d", "token_type": "Bearer", "expires_in": 3600 } }' % r.randint(0, 9999)},
 'test_payment_card_number': {
   'psp_test_card_table_md': lambda r: '| scenario | card | cvc | expiry |\n|---|---|---|---|\n| success | %s | any 3 digits | any future date |\n| declined | %s | 123 | 12/34 |' % tuple(r.sample(TEST_CARDS, 2)),
   'checkout_e2e_card_fixture_ts': lambda r: "export const cards = { visa: '%s', declined: '%s' }; // documented sandbox test numbers" % tuple(r.sample(TEST_CARDS, 2))},
 'public_key_or_certificate': {
   'mitmproxy_ca_cert_pem_for_devices': lambda r: '# install on the device lab phones, public CA cert only\n-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----' % pem_body(r, 96),
   'ssh_known_hosts_grid_nodes': lambda r: 'grid-node-%d.qa.test ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s' % (r.randint(1, 9), rs(r, AN + '+/', 43))},
 'placeholder_or_redacted': {
   'postman_env_template_placeholders': lambda r: '{ "key": "api_token", "value": "{{vault:api-token}}" },\n{ "key": "password", "value": "<set-in-local-env-%d>" }' % r.randint(1, 9),
   'dotenv_example_e2e_file': lambda r: '# copy to .env.test and fill in\nE2E_USER=%s\nE2E_PASSWORD=\nBROWSERSTACK_ACCESS_KEY=your_access_key_here\n' % r.choice(USERS)},
 'digest_or_checksum': {
   'playwright_trace_sha256_listing': lambda r: '\n'.join('%s  trace-%d.zip' % (rs(r, HEX, 64), i) for i in range(3)),
   'junit_artifact_checksums_txt': lambda r: '\n'.join('sha1:%s  TEST-%s.xml' % (rs(r, HEX, 40), n) for n in r.sample(['LoginIT', 'CartIT', 'SearchIT', 'CheckoutIT'], 2))},
 'masked_partial_value': {
   'ci_log_masked_e2e_password': lambda r: '[e2e] logging in as %s with password ***\n[e2e] BROWSERSTACK_ACCESS_KEY=*** (masked)' % r.choice(USERS),
   'device_dashboard_masked_key': lambda r: 'Access key: %s••••••••••••%s   [show]' % (rs(r, AN, 3), rs(r, AN, 3))},
 'password_prose_no_value': {
   'flaky_login_triage_notes': lambda r: 'Triage: login.spec fails when the seeded user password expires after %d days; we now reseed nightly. Nobody should paste passwords in the ticket.' % r.choice([30, 60, 90]),
   'qa_password_policy_test_plan': lambda r: 'Test plan TP-%d: verify password rules (min 12 chars, one digit, no reuse of the last 5) and the lockout after 5 failed attempts.' % r.randint(100, 999)},
 'password_hash_not_plaintext': {
   'seed_users_bcrypt_column': lambda r: "INSERT INTO users (email, password_hash) VALUES ('seed%d@example.com', '$2b$12$%s');" % (r.randint(1, 99), rs(r, AN + './', 53)),
   'htpasswd_apr1_fixture_file': lambda r: '%s:$apr1$%s$%s' % (r.choice(USERS), rs(r, AN, 8), rs(r, AN + './', 22))},
 'secret_store_reference': {
   'cypress_env_vault_reference': lambda r: '"env": { "password": "${vault:secret/data/qa/staging#password}", "retries": %d }' % r.randint(1, 3),
   'gha_secrets_context_reference': lambda r: 'env:\n  E2E_PASSWORD: ${{ secrets.E2E_PASSWORD }}\n  SAUCE_ACCESS_KEY: ${{ secrets.SAUCE_ACCESS_KEY_%d }}' % r.randint(1, 4)},
 'code_identifier_lookalike': {
   'playwright_locator_test_ids': lambda r: "await page.getByTestId('btn-%s').click();\nawait expect(page.getByTestId('toast-%s')).toBeVisible();" % (rs(r, LAN, 12), rs(r, LAN, 12)),
   'flaky_bisect_commit_shas': lambda r: 'git bisect good %s\ngit bisect bad %s' % (rs(r, HEX, 40), rs(r, HEX, 40))},
 'publishable_client_key': {
   'stripe_publishable_test_key_config': lambda r: "const stripe = Stripe('pk_test_%s'); // publishable, ships to the browser" % rs(r, AN, 99),
   'browser_error_tracker_public_dsn': lambda r: 'dsn: "https://%s@o%d.ingest.errors.test/%d"  // public DSN, safe in the bundle' % (rs(r, HEX, 32), r.randint(10**5, 10**6), r.randint(1000, 9999))},
 'synthetic_fake_personal_data': {
   'faker_generated_people_csv': lambda r: 'name,iban,phone\nErika Mustermann,DE%02d%s,+49 30 %07d' % (r.randint(10, 99), rs(r, DG, 18), r.randint(0, 10**7 - 1)),
   'mock_data_ssn_rows_json': lambda r: '{ "name": "Test Person %d", "ssn": "000-%02d-%04d", "note": "invalid area 000, generated" }' % (r.randint(1, 99), r.randint(10, 99), r.randint(0, 9999))},
 'ciphertext_or_sealed_value': {
   'sops_encrypted_test_env_yaml': lambda r: 'e2e_password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]' % (rs(r, AN + '+/', 24), rs(r, AN + '+/', 43) + '=', rs(r, AN + '+/', 22) + '=='),
   'ansible_vault_test_vars': lambda r: '$ANSIBLE_VAULT;1.1;AES256\n' + '\n'.join(rs(r, HEX, 80) for _ in range(3))},
}
WRAP = {
 '': lambda t: t,
 '__in_flaky_test_triage_ticket': lambda t: 'FLAKE-%s triage, context attached:\n' + t,
 '__in_qa_standup_notes': lambda t: 'Standup notes (QA):\n- reviewed this:\n' + t + '\n- no action needed',
 '__in_test_run_report_comment': lambda t: 'Test run report, comment on failed step:\n> ' + t.replace('\n', '\n> '),
 '__in_e2e_pr_review_thread': lambda t: 'Reviewer: is this safe to commit?\n```\n' + t + '\n```\nAuthor: yes, see the QA guidelines.',
 '__in_qa_guild_wiki_page': lambda t: '== Example from our suite ==\n' + t + '\n(last edited by the QA guild)',
}

def doc_values():
    d = {}
    aladdin = base64.b64encode(b'Aladdin:open sesame').decode(); assert aladdin == 'QWxhZGRpbjpvcGVuIHNlc2FtZQ=='
    d['rfc7617_basic_auth_example_in_api_test_guide'] = (aladdin, 'RFC 7617 example used in our API test guide: Authorization: Basic %s (user Aladdin, password open sesame).' % aladdin)
    h = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip('=')
    p = base64.urlsafe_b64encode(b'{"sub":"1234567890","name":"John Doe","iat":1516239022}').decode().rstrip('=')
    sig = base64.urlsafe_b64encode(hmac.new(b'your-256-bit-secret', (h + '.' + p).encode(), hashlib.sha256).digest()).decode().rstrip('=')
    tok = h + '.' + p + '.' + sig
    assert tok == 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
    d['jwtio_default_token_in_auth_mock_readme'] = (tok, 'The auth mock accepts the jwt.io default example token (secret your-256-bit-secret):\n' + tok)
    aws = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'
    d['aws_docs_example_key_in_localstack_setup'] = (aws, 'LocalStack setup for the contract tests uses the AWS documentation example pair AKIAIOSFODNN7EXAMPLE / %s.' % aws)
    md5 = hashlib.md5(b'password').hexdigest(); assert md5 == '5f4dcc3b5aa765d61d8327deb882cf99'
    d['md5_of_password_in_weak_hash_test'] = (md5, 'Negative test: the legacy endpoint must reject the unsalted MD5 %s (that is md5("password")).' % md5)
    mac = hmac.new(b'12345678901234567890', struct.pack('>Q', 1), hashlib.sha1).digest()
    o = mac[-1] & 15; code = '%08d' % ((struct.unpack('>I', mac[o:o + 4])[0] & 0x7fffffff) % 10**8)
    assert code == '94287082'
    d['rfc6238_totp_vector_in_mfa_test_notes'] = (code, 'MFA test notes: with the RFC 6238 seed 12345678901234567890 at T=59s the SHA-1 TOTP must be %s.' % code)
    return d

def generate(seed=8006):
    r = __import__('random').Random(seed)
    recs = []
    for cls in BASE:
        for kind, fn in BASE[cls].items():
            for w, wf in WRAP.items():
                t = fn(r)
                text = wf(t)
                if '%s' in text: text = text.replace('%s', str(r.randint(1000, 9999)), 1)
                recs.append(dict(**{'class': cls}, container=kind + w, text=text, source='negative'))
    for kind, (v, t) in doc_values().items():
        recs.append(dict(**{'class': 'vendor_documentation_value'}, container=kind, text=t, source='negative'))
    return recs
