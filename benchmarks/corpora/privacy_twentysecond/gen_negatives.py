"""Hard negatives: look-alikes that are not secrets, 16 classes (seed 22006)."""
import base64, hashlib, hmac, json, random, struct
from common import (rs, uuid4, HEX, ALNUM, URL, LOWALNUM, UPALNUM, B64, b58enc, b58check_enc, bech32_enc,
                    convertbits, BECH, _polymod, _hrp_exp)

SEED = 22006
CROCK = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'


def _rb(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def _b64(r, n):
    return base64.b64encode(_rb(r, n)).decode()


def _wrap64(s, w=64):
    return '\n'.join(s[i:i + w] for i in range(0, len(s), w))


def segwit_addr(r):
    data = [0] + convertbits(_rb(r, 20), 8, 5)
    pm = _polymod(_hrp_exp('bc') + data + [0] * 6) ^ 1
    return 'bc1' + ''.join(BECH[x] for x in data + [(pm >> 5 * (5 - i)) & 31 for i in range(6)])


B = {}


def kind(cls):
    def deco(f):
        B[f.__name__] = (cls, f)
        return f
    return deco


# ---- anti_forgery_or_challenge ----
@kind('anti_forgery_or_challenge')
def laravel_blade_csrf_meta_tag(r):
    return '<head>\n  <meta charset="utf-8">\n  <meta name="csrf-token" content="%s">\n  <title>Dashboard</title>\n</head>' % rs(r, ALNUM, 40)


@kind('anti_forgery_or_challenge')
def spring_security_csrf_hidden_input(r):
    return '<form method="post" action="/logout">\n  <input type="hidden" name="_csrf" value="%s"/>\n  <button>Sign out</button>\n</form>' % uuid4(r)


@kind('anti_forgery_or_challenge')
def oidc_authorize_state_nonce_url(r):
    return 'GET /authorize?response_type=code&client_id=web-portal&redirect_uri=https%%3A%%2F%%2Fapp.example%%2Fcb&scope=openid&state=%s&nonce=%s HTTP/1.1' % (rs(r, URL, 32), rs(r, URL, 32))


@kind('anti_forgery_or_challenge')
def webauthn_challenge_options_json(r):
    return json.dumps({'publicKey': {'challenge': base64.urlsafe_b64encode(_rb(r, 32)).decode().rstrip('='), 'timeout': 60000,
                                     'rpId': 'login.example.com', 'userVerification': 'preferred'}}, indent=2)


@kind('anti_forgery_or_challenge')
def altcha_challenge_json(r):
    salt = rs(r, HEX, 24)
    num = r.randint(1000, 90000)
    ch = hashlib.sha256((salt + str(num)).encode()).hexdigest()
    return json.dumps({'algorithm': 'SHA-256', 'challenge': ch, 'maxnumber': 100000, 'salt': salt,
                       'signature': rs(r, HEX, 64)})


# ---- base64_non_secret_payload ----
@kind('base64_non_secret_payload')
def jupyter_notebook_png_output(r):
    png = b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + _rb(r, 60)
    return '"outputs": [{\n  "data": {"image/png": "%s", "text/plain": ["<Figure size 640x480>"]},\n  "output_type": "display_data"\n}]' % base64.b64encode(png).decode()


@kind('base64_non_secret_payload')
def svg_data_uri_css_background(r):
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d"><circle cx="8" cy="8" r="%d" fill="#%s"/></svg>' % (r.randint(12, 32), r.randint(12, 32), r.randint(3, 8), rs(r, HEX, 6))
    return '.badge::before {\n  content: "";\n  background-image: url("data:image/svg+xml;base64,%s");\n}' % base64.b64encode(svg.encode()).decode()


@kind('base64_non_secret_payload')
def eml_attachment_base64_pdf(r):
    pdf = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n' + _rb(r, 48)
    return 'Content-Type: application/pdf; name="invoice-%d.pdf"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment\n\n%s' % (r.randint(1000, 9999), _wrap64(base64.b64encode(pdf).decode(), 76))


@kind('base64_non_secret_payload')
def graphql_cursor_pagination_json(r):
    cur = base64.b64encode(('arrayconnection:%d' % r.randint(10, 9999)).encode()).decode()
    return json.dumps({'data': {'repository': {'issues': {'pageInfo': {'endCursor': cur, 'hasNextPage': True}}}}}, indent=2)


@kind('base64_non_secret_payload')
def pubsub_push_message_data_json(r):
    evt = json.dumps({'event': 'order.shipped', 'order_id': r.randint(10000, 99999), 'carrier': 'DHL'})
    return json.dumps({'message': {'data': base64.b64encode(evt.encode()).decode(), 'messageId': str(r.randint(10**15, 10**16)),
                                   'publishTime': '2024-05-02T10:11:12.345Z'}, 'subscription': 'projects/shop/subscriptions/orders-push'}, indent=2)


# ---- ciphertext_or_sealed_value ----
@kind('ciphertext_or_sealed_value')
def age_encrypted_armor_block(r):
    return '-----BEGIN AGE ENCRYPTED FILE-----\n%s\n-----END AGE ENCRYPTED FILE-----' % _wrap64(_b64(r, 180))


@kind('ciphertext_or_sealed_value')
def jasypt_enc_property(r):
    return '# application-prod.properties (jasypt, key injected at runtime)\nspring.datasource.username=orders\nspring.datasource.password=ENC(%s)' % _b64(r, 48)


@kind('ciphertext_or_sealed_value')
def chef_encrypted_data_bag_json(r):
    return json.dumps({'id': 'mysql', 'password': {'encrypted_data': _b64(r, 48), 'iv': _b64(r, 16), 'version': 1, 'cipher': 'aes-256-cbc'}}, indent=2)


@kind('ciphertext_or_sealed_value')
def aws_kms_encrypt_cli_output(r):
    return json.dumps({'CiphertextBlob': 'AQICAH' + _b64(r, 150), 'KeyId': 'arn:aws:kms:eu-west-1:%d:key/%s' % (r.randint(10**11, 10**12 - 1), uuid4(r)),
                       'EncryptionAlgorithm': 'SYMMETRIC_DEFAULT'}, indent=2)


@kind('ciphertext_or_sealed_value')
def pgp_message_armor_block(r):
    return '-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----' % (_wrap64('hQEMA' + _b64(r, 200)), _b64(r, 3))


# ---- digest_or_checksum ----
@kind('digest_or_checksum')
def pip_requirements_hash_pins(r):
    return 'requests==2.32.3 \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s\nurllib3==2.2.2 \\\n    --hash=sha256:%s' % (rs(r, HEX, 64), rs(r, HEX, 64), rs(r, HEX, 64))


@kind('digest_or_checksum')
def composer_lock_dist_shasum(r):
    return json.dumps({'name': 'monolog/monolog', 'version': '3.7.0', 'dist': {'type': 'zip', 'url': 'https://api.github.com/repos/Seldaek/monolog/zipball/%s' % rs(r, HEX, 40),
                                                                               'reference': rs(r, HEX, 40), 'shasum': ''}}, indent=4)


@kind('digest_or_checksum')
def nix_store_path_listing(r):
    alph = '0123456789abcdfghijklmnpqrsvwxyz'
    return '\n'.join('/nix/store/%s-%s' % (rs(r, alph, 32), n) for n in ['openssl-3.0.14', 'python3-3.12.4', 'curl-8.9.1-bin'])


@kind('digest_or_checksum')
def debian_release_sha256_section(r):
    return 'SHA256:\n %s  %d main/binary-amd64/Packages\n %s  %d main/binary-amd64/Packages.xz' % (rs(r, HEX, 64), r.randint(10**6, 10**8), rs(r, HEX, 64), r.randint(10**5, 10**7))


@kind('digest_or_checksum')
def sha512sum_check_output(r):
    return '$ cat SHA512SUMS\n%s  node-v20.15.0-linux-x64.tar.xz\n$ sha512sum -c SHA512SUMS\nnode-v20.15.0-linux-x64.tar.xz: OK' % rs(r, HEX, 128)


# ---- opaque_random_identifier ----
@kind('opaque_random_identifier')
def ulid_order_ids_csv(r):
    return 'order_id,status,total\n' + '\n'.join('%s,%s,%d.%02d' % ('01J' + rs(r, CROCK, 23), r.choice(['paid', 'refunded', 'shipped']), r.randint(5, 500), r.randint(0, 99)) for _ in range(3))


@kind('opaque_random_identifier')
def nanoid_short_links_table(r):
    return '| slug | target | clicks |\n|---|---|---|\n' + '\n'.join('| %s | https://docs.example.com/%s | %d |' % (rs(r, URL, 21), p, r.randint(0, 900)) for p in ['install', 'faq', 'pricing'])


@kind('opaque_random_identifier')
def twilio_message_sid_log(r):
    return '\n'.join('[sms] queued sid=SM%s to=+4479%08d status=%s' % (rs(r, HEX, 32), r.randint(0, 10**8 - 1), s) for s in ['queued', 'sent', 'delivered'])


@kind('opaque_random_identifier')
def aws_ec2_instance_ids_table(r):
    return 'INSTANCE_ID          STATE    TYPE\n' + '\n'.join('i-0%s  running  t3.medium' % rs(r, HEX, 16) for _ in range(3))


@kind('opaque_random_identifier')
def youtube_video_ids_playlist(r):
    return '# onboarding playlist\n' + '\n'.join('https://www.youtube.com/watch?v=%s' % rs(r, URL, 11) for _ in range(4))


# ---- password_prose_no_value ----
@kind('password_prose_no_value')
def helpdesk_macro_reset_instructions(r):
    return 'Macro: password reset (v%d)\nHi {{ticket.requester.first_name}}, to reset your password open the self-service portal, choose "Forgot password" and follow the link we email you. Our staff will never ask you for your password.' % r.randint(2, 9)


@kind('password_prose_no_value')
def security_awareness_quiz_answers(r):
    return 'Q%d. Is it OK to share your password with IT over chat? Answer: No. Q%d. What makes a strong password? Answer: a long passphrase that you do not reuse, stored in the password manager.' % (r.randint(1, 5), r.randint(6, 9))


@kind('password_prose_no_value')
def release_notes_password_field_fix(r):
    return '## %d.%d.%d\n- Fixed: the password field lost focus after a failed login.\n- Fixed: "show password" toggle is now announced by screen readers.\n- Changed: minimum password length is now %d.' % (r.randint(1, 4), r.randint(0, 20), r.randint(0, 9), r.choice([12, 14, 15]))


@kind('password_prose_no_value')
def meeting_minutes_password_rotation_policy(r):
    return 'Minutes, infra sync %d/%d\n- Agreed to rotate the database passwords every quarter via the vault job.\n- Nobody pastes passwords into tickets; use one-time share links.\n- Owner: %s' % (r.randint(1, 28), r.randint(1, 12), r.choice(['Ana', 'Jeroen', 'Sam']))


@kind('password_prose_no_value')
def user_forum_locked_out_complaint(r):
    return 'I typed my password wrong %d times and now I am locked out for an hour?? The password is correct, I checked caps lock. Support please help.' % r.randint(3, 6)


# ---- placeholder_or_redacted ----
@kind('placeholder_or_redacted')
def terraform_plan_sensitive_value(r):
    return '  # aws_db_instance.main will be updated in-place\n  ~ resource "aws_db_instance" "main" {\n        id       = "orders-%s"\n      ~ password = (sensitive value)\n    }' % rs(r, LOWALNUM, 6)


@kind('placeholder_or_redacted')
def argocd_secret_plus_mask_diff(r):
    return '===== /Secret %s/app-credentials ======\ndata:\n-  api-key: ++++++++\n+  api-key: ++++++++++' % r.choice(['prod', 'staging'])


@kind('placeholder_or_redacted')
def docker_inspect_env_redacted_stars(r):
    return '"Env": [\n    "PATH=/usr/local/sbin:/usr/local/bin",\n    "DB_PASSWORD=********",\n    "STRIPE_SECRET_KEY=sk_live_****************%s"\n]' % rs(r, ALNUM, 4)


@kind('placeholder_or_redacted')
def openapi_example_angle_placeholder(r):
    return 'components:\n  securitySchemes:\n    bearerAuth:\n      type: http\n      scheme: bearer\n      description: "Send `Authorization: Bearer <YOUR_API_TOKEN>`"\n  examples:\n    token: {value: "<token>"}'


@kind('placeholder_or_redacted')
def splunk_log_masked_authorization(r):
    return '%s host=web-%d sourcetype=access_combined uri=/api/v2/orders authorization="Bearer [MASKED:%d chars]" status=200' % ('2024-06-%02dT10:00:00Z' % r.randint(1, 28), r.randint(1, 9), r.randint(40, 60))


# ---- public_blockchain_data ----
@kind('public_blockchain_data')
def bitcoin_bech32_address_invoice(r):
    return 'Invoice #%d\nPay %.5f BTC to %s\nThis address is single-use; do not reuse.' % (r.randint(100, 999), r.uniform(0.001, 0.05), segwit_addr(r))


@kind('public_blockchain_data')
def ethereum_tx_receipt_json(r):
    return json.dumps({'transactionHash': '0x' + rs(r, HEX, 64), 'blockHash': '0x' + rs(r, HEX, 64), 'from': '0x' + rs(r, HEX, 40),
                       'to': '0x' + rs(r, HEX, 40), 'status': '0x1', 'gasUsed': hex(r.randint(21000, 300000))}, indent=2)


@kind('public_blockchain_data')
def solana_wallet_address_donation(r):
    return 'Donations (SOL): %s\nThank you for supporting the project!' % b58enc(_rb(r, 32))


@kind('public_blockchain_data')
def cosmos_validator_operator_address(r):
    return 'validator: %s\ncommission: 5%%\ndelegator reward address: %s' % (bech32_enc('cosmosvaloper', _rb(r, 20)), bech32_enc('cosmos', _rb(r, 20)))


@kind('public_blockchain_data')
def litecoin_legacy_address_list(r):
    return '\n'.join('%s  %d.%04d LTC' % (b58check_enc(b'\x30' + _rb(r, 20)), r.randint(0, 40), r.randint(0, 9999)) for _ in range(3))


# ---- public_key_or_certificate ----
@kind('public_key_or_certificate')
def minisign_public_key_line(r):
    return 'Verify releases with:\n  minisign -Vm release.tar.gz -P RWQ%s' % base64.b64encode(_rb(r, 39)).decode()[:53]


@kind('public_key_or_certificate')
def ssh_ecdsa_authorized_keys_line(r):
    blob = b'\x00\x00\x00\x13ecdsa-sha2-nistp256\x00\x00\x00\x08nistp256\x00\x00\x00\x41\x04' + _rb(r, 64)
    return 'ecdsa-sha2-nistp256 %s deploy@ci-runner-%d' % (base64.b64encode(blob).decode(), r.randint(1, 9))


@kind('public_key_or_certificate')
def jwks_json_public_rsa_key(r):
    n = base64.urlsafe_b64encode(b'\xc1' + _rb(r, 255)).decode().rstrip('=')
    return json.dumps({'keys': [{'kty': 'RSA', 'use': 'sig', 'kid': rs(r, HEX, 16), 'alg': 'RS256', 'n': n, 'e': 'AQAB'}]}, indent=2)


@kind('public_key_or_certificate')
def signify_openbsd_pubkey_file(r):
    return 'untrusted comment: openbsd 7.5 base public key\nRWR%s' % base64.b64encode(_rb(r, 40)).decode()[:53]


@kind('public_key_or_certificate')
def tls_csr_pem_paste(r):
    return '-----BEGIN CERTIFICATE REQUEST-----\n%s\n-----END CERTIFICATE REQUEST-----' % _wrap64('MIICnjCCAYYCAQAw' + _b64(r, 300))


# ---- publishable_client_key ----
@kind('publishable_client_key')
def mapbox_public_pk_token_init(r):
    head = base64.b64encode(json.dumps({'u': 'maps-' + rs(r, 'abcdefghijklmnopqrstuvwxyz', 5), 'a': 'cl' + rs(r, LOWALNUM, 23)}, separators=(',', ':')).encode()).decode().rstrip('=')
    return "mapboxgl.accessToken = 'pk.%s.%s';\nconst map = new mapboxgl.Map({ container: 'map' });" % (head, rs(r, URL, 22))


@kind('publishable_client_key')
def posthog_project_api_key_snippet(r):
    return "posthog.init('phc_%s', { api_host: 'https://eu.i.posthog.com' })" % rs(r, ALNUM, 43)


@kind('publishable_client_key')
def firebase_web_config_api_key(r):
    return "const firebaseConfig = {\n  apiKey: \"AIza%s\",\n  authDomain: \"%s.firebaseapp.com\",\n  projectId: \"%s\",\n};" % (rs(r, URL, 35), 'shop-' + rs(r, LOWALNUM, 5), 'shop-' + rs(r, LOWALNUM, 5))


@kind('publishable_client_key')
def clerk_publishable_key_env(r):
    host = 'clerk.%s.example$' % rs(r, 'abcdefghijklmnopqrstuvwxyz', 7)
    return 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_%s' % base64.b64encode(host.encode()).decode().rstrip('=')


@kind('publishable_client_key')
def adyen_client_key_dropin(r):
    return "const checkout = await AdyenCheckout({\n  environment: 'live',\n  clientKey: 'live_%s',\n});" % rs(r, UPALNUM, 32)


# ---- secret_store_reference ----
@kind('secret_store_reference')
def aws_ssm_parameter_ref_ecs_task(r):
    return json.dumps({'secrets': [{'name': 'DB_PASSWORD', 'valueFrom': 'arn:aws:ssm:eu-west-1:%d:parameter/prod/orders/db_password' % r.randint(10**11, 10**12 - 1)}]}, indent=2)


@kind('secret_store_reference')
def vault_agent_template_secret_ref(r):
    return 'template {\n  destination = "/etc/app/db.env"\n  contents = <<EOT\n{{ with secret "kv/data/%s/db" }}DB_PASSWORD={{ .Data.data.password }}{{ end }}\nEOT\n}' % r.choice(['orders', 'billing'])


@kind('secret_store_reference')
def external_secrets_remote_ref_yaml(r):
    return 'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n    - secretKey: stripe-key\n      remoteRef:\n        key: prod/payments/stripe\n        property: secret_key'


@kind('secret_store_reference')
def gcp_secret_manager_version_path(r):
    return 'gcloud secrets versions access latest --secret=db-password --project=%s\n# referenced as projects/%d/secrets/db-password/versions/latest' % ('shop-' + rs(r, LOWALNUM, 5), r.randint(10**11, 10**12 - 1))


@kind('secret_store_reference')
def azure_pipelines_secret_variable_macro(r):
    return 'steps:\n- script: ./deploy.sh\n  env:\n    DB_PASSWORD: $(dbPassword)\n    API_TOKEN: $(apiToken%d)' % r.randint(1, 3)


# ---- security_config_no_secret ----
@kind('security_config_no_secret')
def fail2ban_jail_local_sshd(r):
    return '[sshd]\nenabled = true\nport = ssh\nmaxretry = %d\nfindtime = 10m\nbantime = %dh' % (r.randint(3, 6), r.randint(1, 24))


@kind('security_config_no_secret')
def modsecurity_crs_setup_conf(r):
    return 'SecAction "id:900000,phase:1,pass,t:none,nolog,setvar:tx.blocking_paranoia_level=%d"\nSecRuleEngine On' % r.randint(1, 4)


@kind('security_config_no_secret')
def nginx_tls_protocols_ciphers_block(r):
    return 'ssl_protocols TLSv1.2 TLSv1.3;\nssl_prefer_server_ciphers off;\nssl_session_timeout %dm;\nssl_stapling on;' % r.randint(5, 60)


@kind('security_config_no_secret')
def postgres_pg_hba_scram_lines(r):
    return '# TYPE  DATABASE  USER  ADDRESS        METHOD\nhostssl all       all   10.%d.0.0/16   scram-sha-256\nlocal   all       postgres             peer' % r.randint(0, 255)


@kind('security_config_no_secret')
def windows_account_lockout_policy_gpo(r):
    return 'Account lockout threshold: %d invalid logon attempts\nAccount lockout duration: 30 minutes\nMinimum password length: 14 characters\nPassword must meet complexity requirements: Enabled' % r.randint(5, 10)


# ---- test_fixture_fake_credential ----
@kind('test_fixture_fake_credential')
def factory_bot_user_password_fixture(r):
    return 'FactoryBot.define do\n  factory :user do\n    email { "user%d@example.test" }\n    password { "password" }\n  end\nend' % r.randint(1, 99)


@kind('test_fixture_fake_credential')
def pytest_conftest_fake_token(r):
    return '@pytest.fixture\ndef api_client():\n    return Client(base_url="http://localhost:%d", token="test-token")' % r.randint(8000, 8999)


@kind('test_fixture_fake_credential')
def storybook_login_form_args(r):
    return "export const Filled = {\n  args: { username: 'demo%d', password: 'hunter2', remember: true },\n};" % r.randint(1, 9)


@kind('test_fixture_fake_credential')
def wiremock_stub_fake_bearer(r):
    return json.dumps({'request': {'method': 'GET', 'url': '/v1/me', 'headers': {'Authorization': {'equalTo': 'Bearer fake-token-for-tests'}}},
                       'response': {'status': 200, 'jsonBody': {'id': r.randint(1, 99)}}}, indent=2)


@kind('test_fixture_fake_credential')
def vitest_msw_handler_fake_api_key(r):
    return "http.get('/api/items', ({ request }) => {\n  expect(request.headers.get('x-api-key')).toBe('test_api_key_123')\n  return HttpResponse.json([{ id: %d }])\n})" % r.randint(1, 99)


# ---- tracing_correlation_header ----
@kind('tracing_correlation_header')
def x_request_id_access_log(r):
    return '10.0.%d.%d - - [02/May/2024:10:11:12 +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29" request_id=%s' % (r.randint(0, 255), r.randint(0, 255), uuid4(r))


@kind('tracing_correlation_header')
def newrelic_distributed_trace_header(r):
    payload = {'v': [0, 1], 'd': {'ty': 'App', 'ac': str(r.randint(10**6, 10**7)), 'ap': str(r.randint(10**8, 10**9)), 'id': rs(r, HEX, 16), 'tr': rs(r, HEX, 32), 'pr': 0.5, 'sa': False, 'ti': r.randint(1700000000000, 1730000000000)}}
    return 'newrelic: %s' % base64.b64encode(json.dumps(payload, separators=(',', ':')).encode()).decode()


@kind('tracing_correlation_header')
def grpc_metadata_request_id_log(r):
    return 'level=info msg="finished unary call" grpc.method=GetOrder grpc.code=OK x-request-id=%s x-b3-traceid=%s' % (rs(r, HEX, 32), rs(r, HEX, 16))


@kind('tracing_correlation_header')
def sentry_trace_baggage_headers(r):
    tid = rs(r, HEX, 32)
    return 'sentry-trace: %s-%s-1\nbaggage: sentry-trace_id=%s,sentry-environment=production,sentry-release=web%%40%d.%d.0' % (tid, rs(r, HEX, 16), tid, r.randint(1, 5), r.randint(0, 30))


@kind('tracing_correlation_header')
def cloudfront_x_amz_cf_id_header(r):
    return 'HTTP/2 200\nx-cache: Hit from cloudfront\nx-amz-cf-pop: FRA56-P%d\nx-amz-cf-id: %s==' % (r.randint(1, 9), rs(r, URL, 54))


# ---- vcs_or_build_identifier ----
@kind('vcs_or_build_identifier')
def git_bisect_log_commits(r):
    return '# bad: [%s] Merge pull request #%d\ngit bisect bad %s\n# good: [%s] Bump version\ngit bisect good %s' % ((lambda a, b: (a, r.randint(100, 999), a, b, b))(rs(r, HEX, 40), rs(r, HEX, 40)))


@kind('vcs_or_build_identifier')
def github_actions_run_id_url(r):
    return 'Build failed: https://github.com/acme/shop/actions/runs/%d/job/%d (commit %s)' % (r.randint(10**9, 10**10), r.randint(10**10, 10**11), rs(r, HEX, 7))


@kind('vcs_or_build_identifier')
def gradle_build_scan_url_id(r):
    return 'BUILD SUCCESSFUL in %ds\nPublishing build scan...\nhttps://gradle.com/s/%s' % (r.randint(10, 300), rs(r, LOWALNUM, 13))


@kind('vcs_or_build_identifier')
def jenkins_build_changelog_commit(r):
    return 'Started by an SCM change\nChecking out Revision %s (refs/remotes/origin/main)\nCommit message: "fix flaky test"\nBuild #%d' % (rs(r, HEX, 40), r.randint(100, 5000))


@kind('vcs_or_build_identifier')
def git_describe_version_string(r):
    return '$ git describe --tags --long --dirty\nv%d.%d.%d-%d-g%s' % (r.randint(0, 5), r.randint(0, 30), r.randint(0, 9), r.randint(1, 80), rs(r, HEX, 12))


WRAPPERS = {
 '': lambda r, t: t,
 '__in_zendesk_ticket_reply': lambda r, t: 'Hi %s,\n\nThanks for the details. For reference, this is what we see on our side:\n\n%s\n\nBest regards,\nSupport team' % (r.choice(['Chris', 'Amal', 'Jo']), t),
 '__in_confluence_postmortem_page': lambda r, t: 'h2. Timeline\n\n* 10:%02d alert fired\n* 10:%02d on-call pasted the snippet below\n\n{noformat}\n%s\n{noformat}\n\nh2. Follow-ups' % (r.randint(0, 29), r.randint(30, 59), t),
}


# ---- vendor documentation values (quoted from memory; computable ones recomputed) ----
def _hotp(key, counter, digits=6):
    mac = hmac.new(key, struct.pack('>Q', counter), hashlib.sha1).digest()
    off = mac[-1] & 15
    return str((int.from_bytes(mac[off:off + 4], 'big') & 0x7fffffff) % 10 ** digits).zfill(digits)


def doc_values():
    """Returns list of (kind, text, values) and the list of recomputation checks."""
    checks = []
    k = b'12345678901234567890'
    assert _hotp(k, 0) == '755224' and _hotp(k, 1) == '287082'
    checks.append('rfc4226_hotp')
    b32 = base64.b32encode(k).decode()
    assert b32 == 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ' and _hotp(k, 59 // 30, 8) == '94287082'
    checks.append('rfc6238_totp')
    h2202 = hmac.new(b'\x0b' * 20, b'Hi There', hashlib.sha1).hexdigest()
    assert h2202 == 'b617318655057264e28bc0b6fb378c8ef146be00'
    checks.append('rfc2202_hmac_sha1')
    jwk_k = 'AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow'
    si = 'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ'
    sig = base64.urlsafe_b64encode(hmac.new(base64.urlsafe_b64decode(jwk_k + '=='), si.encode(), hashlib.sha256).digest()).decode().rstrip('=')
    assert sig == 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk'
    checks.append('rfc7515_a1_hs256')
    md5 = lambda s: hashlib.md5(s.encode()).hexdigest()
    resp = md5('%s:dcd98b7102dd2f0e8b11d0f600bfb0c093:00000001:0a4f113b:auth:%s' % (md5('Mufasa:testrealm@host.com:Circle Of Life'), md5('GET:/dir/index.html')))
    assert resp == '6629fae49393a05397450978507c4ef1'
    checks.append('rfc2617_digest')
    basic = base64.b64encode(b'Aladdin:open sesame').decode()
    assert basic == 'QWxhZGRpbjpvcGVuIHNlc2FtZQ=='
    checks.append('rfc7617_basic')
    I = hmac.new(b'Bitcoin seed', bytes(range(16)), hashlib.sha512).digest()
    xprv = b58check_enc(bytes.fromhex('0488ade4') + b'\0' * 9 + I[32:] + b'\0' + I[:32])
    assert xprv.startswith('xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPGJxW')
    checks.append('bip32_tv1_master')
    azurite = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='
    assert len(base64.b64decode(azurite)) == 64
    docs = [
     ('rfc4226_hotp_appendix_d_secret', 'RFC 4226 Appendix D test values: the shared secret is the ASCII string "12345678901234567890"; HOTP for count 0 is 755224 and for count 1 is 287082.', ['12345678901234567890']),
     ('rfc6238_totp_base32_seed', 'otpauth://totp/Example:alice@example.test?secret=%s&issuer=Example&digits=8  (RFC 6238 SHA-1 seed; at T=59 the code is 94287082)' % b32, [b32]),
     ('rfc2202_hmac_sha1_case1', 'RFC 2202 test_case 1: key = 0x%s, data = "Hi There", digest = 0x%s' % ('0b' * 20, h2202), ['0b' * 20]),
     ('rfc7515_appendix_a1_jwk', 'RFC 7515 A.1 example HMAC key: {"kty":"oct","k":"%s"}; the example JWS signature is %s.' % (jwk_k, sig), [jwk_k]),
     ('azurite_devstoreaccount1_key', 'Azurite / storage emulator well-known account: AccountName=devstoreaccount1;AccountKey=%s;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;' % azurite, [azurite]),
     ('rabbitmq_guest_default_docs', 'RabbitMQ ships with a default user guest / password guest that can only connect from localhost (see the access-control guide).', ['guest']),
     ('oracle_scott_tiger_sample_schema', 'Classic Oracle sample schema: CONNECT scott/tiger, then SELECT * FROM emp;', ['tiger']),
     ('redis_conf_foobared_example', '# From the stock redis.conf:\n# requirepass foobared', ['foobared']),
     ('mssql_container_docs_sa_password', 'docker run -e "ACCEPT_EULA=Y" -e "MSSQL_SA_PASSWORD=yourStrong(!)Password" -p 1433:1433 -d mcr.microsoft.com/mssql/server:2022-latest  (example from the image docs)', ['yourStrong(!)Password']),
     ('rfc2617_digest_mufasa_example', 'RFC 2617 example: username="Mufasa", realm="testrealm@host.com", password "Circle Of Life", response="%s"' % resp, ['Circle Of Life']),
     ('rfc7617_basic_aladdin_example', 'RFC 7617 example: Authorization: Basic %s  (user Aladdin, password "open sesame")' % basic, [basic, 'open sesame']),
     ('bip32_test_vector1_master_xprv', 'BIP-32 test vector 1, seed 000102030405060708090a0b0c0d0e0f, chain m: ext prv %s' % xprv, [xprv]),
    ]
    return docs, checks


def build():
    r = random.Random(SEED)
    recs = []
    for name in sorted(B):
        cls, f = B[name]
        for wname in sorted(WRAPPERS):
            text = WRAPPERS[wname](r, f(r))
            recs.append((cls, name + wname, text))
    docs, checks = doc_values()
    for kind_, text, vals in docs:
        recs.append(('vendor_documentation_value', kind_, text))
    return recs, docs, checks
