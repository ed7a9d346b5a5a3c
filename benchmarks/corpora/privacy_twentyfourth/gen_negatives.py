"""Hard negatives: 15 classes x 5 new base kinds x 3 instances, plus documentation values."""
import base64, hashlib, hmac, json, random
from common import rand, ruuid, b58check, bech32_encode, b64json, b64u_nopad, pem, FIRST

SEED = 24006
WRAPPERS = {
    'in_backstage_techdocs_page': lambda rng, body: '# Runbook: %s\n\n!!! note\n    Copied from the service page, reviewed by %s.\n\n```\n%s\n```\n' % (rng.choice(['billing', 'search', 'ingest', 'auth']), rng.choice(FIRST), body),
    'in_pull_request_review_thread': lambda rng, body: '**%s** commented on `%s` line %d:\n> %s\n\nLooks fine to me, nothing sensitive here.' % (rng.choice(FIRST), rng.choice(['config/app.yml', 'deploy/values.yaml', 'README.md', 'src/setup.ts']), rng.randint(3, 240), body.replace('\n', '\n> ')),
}


def rb(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def _ws_accept(key):
    return b64(hashlib.sha1((key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').encode()).digest())


def _ws(rng):
    key = b64(rb(rng, 16))
    return 'GET /live HTTP/1.1\nHost: ws.example.com\nUpgrade: websocket\nConnection: Upgrade\nSec-WebSocket-Key: %s\nSec-WebSocket-Version: 13\n\nHTTP/1.1 101 Switching Protocols\nUpgrade: websocket\nConnection: Upgrade\nSec-WebSocket-Accept: %s' % (key, _ws_accept(key))


def _ssh_ed25519_pub(rng):
    blob = b'\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20' + rb(rng, 32)
    return 'ssh-ed25519 ' + b64(blob)


BASE = {
    'anti_forgery_or_challenge': {
        'rails_authenticity_token_form': lambda r: '<form action="/session" method="post">\n  <input type="hidden" name="authenticity_token" value="%s" autocomplete="off">\n  <input type="email" name="email">\n</form>' % rand(r, 'b64u', 86),
        'angular_xsrf_token_cookie': lambda r: 'Set-Cookie: XSRF-TOKEN=%s; Path=/; Secure; SameSite=Strict\n...\nX-XSRF-TOKEN: (same value echoed by HttpClient)' % ruuid(r),
        'turnstile_cf_response_field': lambda r: 'POST /signup\ncontent-type: application/x-www-form-urlencoded\n\nemail=new%%40example.com&cf-turnstile-response=0.%s' % rand(r, 'b64u', 180),
        'scram_client_nonce_exchange_log': lambda r: 'C: n,,n=%s,r=%s\nS: r=%s%s,s=%s,i=4096' % (r.choice(FIRST), rand(r, 'b64', 24), '%s', rand(r, 'b64', 18), b64(rb(r, 16))),
        'websocket_sec_key_handshake': _ws,
    },
    'base64_non_secret_payload': {
        'har_response_content_base64': lambda r: '"content": {\n  "size": 27,\n  "mimeType": "application/json",\n  "text": "%s",\n  "encoding": "base64"\n}' % b64(json.dumps({'status': 'ok', 'build': r.randint(100, 999)}).encode()),
        'protobuf_any_value_b64_json': lambda r: '{"@type": "type.googleapis.com/google.protobuf.Any", "typeUrl": "type.googleapis.com/shop.v1.Cart", "value": "%s"}' % b64(b'\n\x08cart-%03d\x12\x04EUR1' % r.randint(0, 999) + rb(r, 12)),
        'email_inline_image_cid_part': lambda r: 'Content-Type: image/png\nContent-Transfer-Encoding: base64\nContent-ID: <logo%d@example.com>\n\n%s' % (r.randint(1, 99), b64(b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + rb(r, 45))),
        'font_woff2_data_uri_css': lambda r: '@font-face {\n  font-family: "Inter Sub";\n  src: url(data:font/woff2;base64,%s) format("woff2");\n}' % b64(b'wOF2\x00\x01\x00\x00' + rb(r, 60)),
        'k8s_configmap_binarydata_logo': lambda r: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: branding-%d\nbinaryData:\n  favicon.ico: %s' % (r.randint(1, 9), b64(b'\x00\x00\x01\x00\x01\x00\x10\x10' + rb(r, 48))),
    },
    'ciphertext_or_sealed_value': {
        'sops_encrypted_yaml_value': lambda r: 'db:\n    password: ENC[AES256_GCM,data:%s,iv:%s,tag:%s,type:str]\nsops:\n    age:\n        - recipient: %s\n    lastmodified: "2026-03-0%dT10:00:00Z"\n    version: 3.9.1' % (b64(rb(r, 18)), b64(rb(r, 32)), b64(rb(r, 16)), bech32_encode('age', rb(r, 32)), r.randint(1, 9)),
        'ansible_vault_encrypted_block': lambda r: 'db_password: !vault |\n    $ANSIBLE_VAULT;1.1;AES256\n    ' + '\n    '.join(rand(r, 'hex', 80) for _ in range(4)),
        'gcp_kms_encrypt_ciphertext_b64': lambda r: '$ gcloud kms encrypt --key app-key --keyring prod --location global --plaintext-file secret.txt --ciphertext-file - | base64\n%s' % b64(b'\n$\x00' + rb(r, 70)),
        'tink_encrypted_keyset_json': lambda r: '{"encryptedKeyset": "%s", "keysetInfo": {"primaryKeyId": %d, "keyInfo": [{"typeUrl": "type.googleapis.com/google.crypto.tink.AesGcmKey", "status": "ENABLED", "keyId": %d, "outputPrefixType": "TINK"}]}}' % (b64(rb(r, 96)), r.randint(10 ** 8, 10 ** 9), r.randint(10 ** 8, 10 ** 9)),
        'openssl_enc_salted_b64': lambda r: '$ cat notes.txt.enc | base64\n%s\n(encrypted with the team passphrase from the vault, not included here)' % b64(b'Salted__' + rb(r, 56)),
    },
    'digest_or_checksum': {
        'go_sum_h1_lines': lambda r: '\n'.join('github.com/%s/%s v1.%d.%d h1:%s' % (r.choice(['spf13', 'google', 'stretchr', 'klauspost']), r.choice(['cobra', 'uuid', 'testify', 'compress']), r.randint(0, 20), r.randint(0, 9), b64(rb(r, 32))) for _ in range(3)),
        'package_lock_integrity_sha512': lambda r: '"node_modules/%s": {\n  "version": "4.%d.%d",\n  "resolved": "https://registry.npmjs.org/x/-/x-4.0.0.tgz",\n  "integrity": "sha512-%s"\n}' % (r.choice(['lodash', 'chalk', 'debug', 'semver']), r.randint(0, 9), r.randint(0, 9), b64(rb(r, 64))),
        'gradle_verification_metadata_sha256': lambda r: '<component group="com.squareup.okio" name="okio" version="3.%d.0">\n   <artifact name="okio-3.%d.0.jar">\n      <sha256 value="%s" origin="Generated by Gradle"/>\n   </artifact>\n</component>' % (r.randint(0, 9), r.randint(0, 9), rand(r, 'hex', 64)),
        'flatpak_manifest_sha256_source': lambda r: '{\n  "type": "archive",\n  "url": "https://download.example.org/libfoo-2.%d.tar.xz",\n  "sha256": "%s"\n}' % (r.randint(0, 30), rand(r, 'hex', 64)),
        'terraform_lock_hcl_hashes': lambda r: 'provider "registry.terraform.io/hashicorp/aws" {\n  version = "5.%d.0"\n  hashes = [\n    "h1:%s",\n    "zh:%s",\n  ]\n}' % (r.randint(10, 90), b64(rb(r, 32)), rand(r, 'hex', 64)),
    },
    'opaque_random_identifier': {
        'mongodb_objectid_export': lambda r: '\n'.join('{"_id": {"$oid": "%s"}, "sku": "SKU-%d"}' % (rand(r, 'hex', 24), r.randint(1000, 9999)) for _ in range(3)),
        'cuid2_record_keys_json': lambda r: json.dumps({'items': [{'id': r.choice('abcdefghijklmnopqrstuvwxyz') + rand(r, 'lan', 23), 'title': 'draft %d' % i} for i in range(3)]}),
        'ksuid_event_ids_log': lambda r: '\n'.join('event_id=%s type=order.%s' % (rand(r, 'an', 27), r.choice(['created', 'paid', 'shipped'])) for _ in range(3)),
        'discord_snowflake_ids_json': lambda r: json.dumps({'guild_id': str(r.randint(10 ** 17, 10 ** 18)), 'channel_id': str(r.randint(10 ** 17, 10 ** 18)), 'message_id': str(r.randint(10 ** 17, 10 ** 18))}),
        'azure_subscription_guid_inventory': lambda r: 'Name              SubscriptionId                        TenantId\n%s\n%s' % ('prod-core         %s  %s' % (ruuid(r), ruuid(r)), 'dev-sandbox       %s  %s' % (ruuid(r), ruuid(r))),
    },
    'password_prose_no_value': {
        'kids_online_safety_worksheet': lambda r: 'Lesson %d: A good password is like a toothbrush — don\u2019t share it and change it if someone saw it. Activity: think of three silly words and join them, but do NOT write your real password on this sheet!' % r.randint(1, 12),
        'it_onboarding_checklist_passwords': lambda r: 'Day %d checklist for %s:\n[ ] set up the password manager\n[ ] enable a hardware key\n[ ] never paste passwords into chat — IT will never ask for yours' % (r.randint(1, 5), r.choice(FIRST).title()),
        'novel_excerpt_forgotten_password': lambda r: 'Chapter %d. She typed the password again, slower this time, and the screen shook its little head at her. Somewhere in %s\u2019s notebook there had been a word, a street name maybe, but the notebook was gone.' % (r.randint(2, 30), r.choice(FIRST).title()),
        'hr_policy_passphrase_length': lambda r: 'Policy %d.%d — Passphrases must be at least %d characters, may contain spaces, and are never expired on a schedule; change them only on suspicion of compromise.' % (r.randint(1, 9), r.randint(1, 9), r.choice([14, 15, 16])),
        'pentest_finding_summary_weak_passwords': lambda r: 'Finding P-%03d (High): %d of %d sampled domain accounts used seasonal passwords. Cleartext values were not retained in this report; hashes were destroyed after cracking statistics were computed.' % (r.randint(1, 200), r.randint(5, 40), r.randint(200, 900)),
    },
    'placeholder_or_redacted': {
        'github_actions_log_triple_star_mask': lambda r: '2026-03-%02dT10:%02d:11.%dZ Run ./deploy.sh --token ***\n2026-03-%02dT10:%02d:12.%dZ Authenticated as ***' % (r.randint(1, 28), r.randint(0, 59), r.randint(100, 999), r.randint(1, 28), r.randint(0, 59), r.randint(100, 999)),
        'helm_values_changeme_placeholder': lambda r: 'postgresql:\n  auth:\n    username: app%d\n    password: "CHANGE_ME"\n    existingSecret: ""' % r.randint(1, 99),
        'dotenv_example_empty_values': lambda r: '# copy to .env and fill in\nAPP_PORT=%d\nSTRIPE_SECRET_KEY=\nOPENAI_API_KEY=\nDATABASE_URL=postgres://USER:PASSWORD@localhost:5432/DBNAME' % r.randint(3000, 9000),
        'gitlab_ci_masked_marker_output': lambda r: '$ echo "token is $DEPLOY_TOKEN"\ntoken is [MASKED]\n$ ./release.sh v1.%d.0' % r.randint(0, 40),
        'terraform_variable_default_placeholder': lambda r: 'variable "db_password" {\n  type      = string\n  sensitive = true\n  default   = "REPLACE_ME_%d"\n}' % r.randint(1, 9),
    },
    'public_blockchain_data': {
        'bitcoin_p2sh_address_donation': lambda r: 'Donations (BTC, P2SH): %s — thank you!' % b58check(b'\x05' + rb(r, 20)),
        'cardano_addr1_payment_address': lambda r: 'Send ADA to %s (payment address, shelley era)' % bech32_encode('addr', b'\x01' + rb(r, 56)),
        'osmosis_bech32_delegator': lambda r: 'delegator_address: %s\nvalidator_address: %s' % (bech32_encode('osmo', rb(r, 20)), bech32_encode('osmovaloper', rb(r, 20))),
        'ethereum_block_explorer_hashes': lambda r: 'Block #%d\nHash: 0x%s\nParent Hash: 0x%s\nMiner: 0x%s' % (r.randint(19000000, 21000000), rand(r, 'hex', 64), rand(r, 'hex', 64), rand(r, 'hex', 40)),
        'lightning_node_pubkey_uri': lambda r: 'Open a channel to our node: 0%d%s@ln.example.org:9735' % (r.choice([2, 3]), rand(r, 'hex', 64)),
    },
    'public_key_or_certificate': {
        'ssh_ed25519_known_hosts_line': lambda r: 'git.example.org,203.0.113.%d %s' % (r.randint(1, 254), _ssh_ed25519_pub(r)),
        'age_recipient_public_key': lambda r: '# recipients.txt — public keys only\n%s  # %s laptop' % (bech32_encode('age', rb(r, 32)), r.choice(FIRST)),
        'wireguard_peer_public_key_conf': lambda r: '[Peer]\nPublicKey = %s\nAllowedIPs = 10.8.0.%d/32\nEndpoint = vpn.example.net:51820' % (b64(rb(r, 32)), r.randint(2, 250)),
        'x509_pem_public_key_spki': lambda r: pem('PUBLIC KEY', bytes.fromhex('302a300506032b6570032100') + rb(r, 32)),
        'dkim_txt_record_p_tag': lambda r: 'sel%d._domainkey.example.com. 3600 IN TXT "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA%s"' % (r.randint(1, 9), rand(r, 'b64', 300)),
    },
    'publishable_client_key': {
        'recaptcha_v3_site_key_script': lambda r: '<script src="https://www.google.com/recaptcha/api.js?render=6L%s"></script>' % rand(r, 'b64u', 38),
        'braintree_tokenization_key_dropin': lambda r: "braintree.dropin.create({ authorization: 'production_%s_%s', container: '#dropin' });" % (rand(r, 'lan', 8), rand(r, 'lan', 16)),
        'sentry_browser_dsn_public_key': lambda r: 'Sentry.init({ dsn: "https://%s@o%d.ingest.sentry.io/%d" });' % (rand(r, 'hex', 32), r.randint(100000, 999999), r.randint(1000000, 9999999)),
        'launchdarkly_client_side_id_init': lambda r: "const client = LDClient.initialize('%s', { key: 'anon' });" % rand(r, 'hex', 24),
        'segment_analytics_js_write_key': lambda r: 'analytics.load("%s"); analytics.page();' % rand(r, 'an', 32),
    },
    'secret_store_reference': {
        'kubernetes_secretkeyref_env_yaml': lambda r: 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials-%d\n        key: password' % r.randint(1, 9),
        'onepassword_op_uri_ref': lambda r: 'DATABASE_PASSWORD="op://Prod-%d/postgres/password"\nSTRIPE_KEY="op://Prod-%d/stripe/credential"' % (r.randint(1, 9), r.randint(1, 9)),
        'cloudformation_secretsmanager_dynamic_ref': lambda r: 'MasterUserPassword: "{{resolve:secretsmanager:prod/rds-%d:SecretString:password}}"' % r.randint(1, 99),
        'infisical_run_env_injection': lambda r: '$ infisical run --env=prod --path=/api-%d -- npm start' % r.randint(1, 9),
        'github_actions_secrets_context': lambda r: '- run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN_%d }}' % r.randint(1, 9),
    },
    'security_config_no_secret': {
        'sshd_config_hardening_block': lambda r: 'PermitRootLogin no\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nMaxAuthTries %d\nPubkeyAuthentication yes' % r.randint(2, 6),
        'pwquality_conf_minlen': lambda r: '# /etc/security/pwquality.conf\nminlen = %d\ndcredit = -1\nucredit = -1\nenforce_for_root' % r.randint(12, 16),
        'login_defs_password_aging': lambda r: 'PASS_MAX_DAYS   %d\nPASS_MIN_DAYS   1\nPASS_WARN_AGE   14\nENCRYPT_METHOD  YESCRYPT' % r.choice([90, 180, 365]),
        'hsts_header_nginx_add_header': lambda r: 'add_header Strict-Transport-Security "max-age=%d; includeSubDomains; preload" always;' % r.choice([31536000, 63072000]),
        'spring_password_encoder_bean': lambda r: '@Bean\nPasswordEncoder passwordEncoder() {\n    return new BCryptPasswordEncoder(%d);\n}' % r.randint(10, 14),
    },
    'test_fixture_fake_credential': {
        'rspec_let_fake_api_key': lambda r: 'let(:api_key) { "fake-api-key-for-specs-%d" }\nit "rejects bad keys" do\n  expect(client(api_key).ping).to be_unauthorized\nend' % r.randint(1, 99),
        'phpunit_xml_env_dummy_secret': lambda r: '<php>\n  <env name="APP_SECRET" value="dummy_test_secret_%d"/>\n  <env name="MAILER_DSN" value="null://null"/>\n</php>' % r.randint(1, 99),
        'cypress_fixture_login_json': lambda r: '{\n  "email": "test.user%d@example.com",\n  "password": "password123"\n}' % r.randint(1, 99),
        'junit_application_test_properties': lambda r: 'spring.datasource.url=jdbc:h2:mem:test%d\nspring.datasource.username=sa\nspring.datasource.password=test' % r.randint(1, 99),
        'docker_compose_test_override_dummy': lambda r: 'services:\n  db-test-%d:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: test\n      POSTGRES_USER: test' % r.randint(1, 99),
    },
    'tracing_correlation_header': {
        'w3c_traceparent_tracestate_headers': lambda r: 'traceparent: 00-%s-%s-01\ntracestate: vendor=%s' % (rand(r, 'hex', 32), rand(r, 'hex', 16), rand(r, 'hex', 16)),
        'aws_x_amzn_trace_id_header': lambda r: 'X-Amzn-Trace-Id: Root=1-%s-%s;Parent=%s;Sampled=1' % (rand(r, 'hex', 8), rand(r, 'hex', 24), rand(r, 'hex', 16)),
        'jaeger_uber_trace_id_header': lambda r: 'uber-trace-id: %s:%s:0:1' % (rand(r, 'hex', 16), rand(r, 'hex', 16)),
        'x_correlation_id_gateway_log': lambda r: '%s kong[%d]: GET /v2/orders 200 correlation_id=%s latency=%dms' % ('2026-03-12T10:%02d:00Z' % r.randint(0, 59), r.randint(100, 999), ruuid(r), r.randint(3, 400)),
        'akamai_reference_error_id_page': lambda r: 'Access Denied\nYou don\'t have permission to access this server.\nReference #18.%s.%d.%s' % (rand(r, 'hex', 8), r.randint(1700000000, 1799999999), rand(r, 'hex', 8)),
    },
    'vcs_or_build_identifier': {
        'git_log_oneline_graph': lambda r: '\n'.join('* %s %s' % (rand(r, 'hex', 7), m) for m in r.sample(['fix: retry on 503', 'feat: add export', 'chore: bump deps', 'docs: update runbook', 'refactor: split worker'], 3)),
        'docker_images_image_id_table': lambda r: 'REPOSITORY        TAG       IMAGE ID       CREATED        SIZE\napi               1.%d.0    %s   2 days ago     212MB\nworker            latest    %s   5 weeks ago    98MB' % (r.randint(0, 9), rand(r, 'hex', 12), rand(r, 'hex', 12)),
        'gerrit_change_id_footer': lambda r: 'Fix flaky retry test\n\nBug: %d\nChange-Id: I%s' % (r.randint(1000, 99999), rand(r, 'hex', 40)),
        'fossil_timeline_checkin_hashes': lambda r: '10:%02d [%s] Merge trunk. (user: %s tags: trunk)' % (r.randint(0, 59), rand(r, 'hex', 10), r.choice(FIRST)),
        'circleci_workflow_id_url': lambda r: 'https://app.circleci.com/pipelines/github/example/api/%d/workflows/%s' % (r.randint(100, 9999), ruuid(r)),
    },
}


def _jwtio():
    h = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9'
    p = 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ'
    return h + '.' + p + '.' + b64u_nopad(hmac.new(b'your-256-bit-secret', (h + '.' + p).encode(), hashlib.sha256).digest())


JWTIO_TOKEN = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'
RFC4231_1 = 'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7'
RFC4231_2 = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843'
RFC8032_SK = '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'
RFC8032_PK = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a'
RFC5802_PROOF = 'v0X8v3Bz2T0CJGbJQyF0X+HI4Ts='

DOCS = {
    'jwtio_debugger_default_hs256_token': ('The jwt.io debugger opens with this sample: %s — verify it with the default secret "your-256-bit-secret".' % JWTIO_TOKEN, ['your-256-bit-secret', JWTIO_TOKEN]),
    'rfc4231_hmac_sha256_test_case1': ('RFC 4231 test case 1: Key = 0x0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b (20 bytes), Data = "Hi There", HMAC-SHA-256 = %s' % RFC4231_1, [RFC4231_1]),
    'rfc4231_hmac_sha256_test_case2_jefe': ('RFC 4231 test case 2: Key = "Jefe", Data = "what do ya want for nothing?", HMAC-SHA-256 = %s' % RFC4231_2, [RFC4231_2]),
    'rfc8032_ed25519_test1_secret_key': ('RFC 8032 section 7.1, TEST 1: SECRET KEY %s PUBLIC KEY %s MESSAGE (length 0 bytes)' % (RFC8032_SK, RFC8032_PK), [RFC8032_SK, RFC8032_PK]),
    'aws_docs_example_access_key_pair': ('From the AWS CLI docs: aws_access_key_id = AKIAIOSFODNN7EXAMPLE, aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY (example values, not real).', ['wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']),
    'docker_registry_htpasswd_testuser': ('Registry docs, native basic auth: docker run --entrypoint htpasswd httpd:2 -Bbn testuser testpassword > auth/htpasswd', ['testpassword']),
    'grafana_docs_default_admin_login': ('Grafana getting started: sign in with the default username admin and password admin, then you will be asked to change it.', ['admin']),
    'anvil_test_junk_mnemonic': ('Foundry anvil prints: Mnemonic: test test test test test test test test test test test junk — the well-known development mnemonic, never fund it.', ['test test test test test test test test test test test junk']),
    'elastic_legacy_changeme_default': ('Old Elastic Stack docs (6.x): the built-in user elastic had the default password changeme until you ran setup-passwords.', ['changeme']),
    'rfc5802_scram_sha1_pencil_example': ('RFC 5802 section 5 example: user "user", password "pencil", salt QSXCR+Q6sek8bf92, i=4096, client proof p=%s' % RFC5802_PROOF, ['pencil', RFC5802_PROOF]),
}


def recompute_docs():
    """Recompute the computable documentation values; return {name: bool}."""
    out = {}
    out['jwtio_hs256'] = _jwtio() == JWTIO_TOKEN
    out['rfc4231_case1'] = hmac.new(b'\x0b' * 20, b'Hi There', hashlib.sha256).hexdigest() == RFC4231_1
    out['rfc4231_case2'] = hmac.new(b'Jefe', b'what do ya want for nothing?', hashlib.sha256).hexdigest() == RFC4231_2
    out['rfc8032_test1_pubkey'] = _ed25519_pub(bytes.fromhex(RFC8032_SK)).hex() == RFC8032_PK
    salted = hashlib.pbkdf2_hmac('sha1', b'pencil', base64.b64decode('QSXCR+Q6sek8bf92'), 4096)
    ck = hmac.new(salted, b'Client Key', hashlib.sha1).digest()
    am = b'n=user,r=fyko+d2lbbFgONRv9qkxdawL,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096,c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j'
    sig = hmac.new(hashlib.sha1(ck).digest(), am, hashlib.sha1).digest()
    out['rfc5802_client_proof'] = base64.b64encode(bytes(a ^ b for a, b in zip(ck, sig))).decode() == RFC5802_PROOF
    return out


def _ed25519_pub(sk):
    q = 2 ** 255 - 19
    d = -121665 * pow(121666, q - 2, q) % q
    I = pow(2, (q - 1) // 4, q)
    by = 4 * pow(5, q - 2, q) % q
    xx = (by * by - 1) * pow(d * by * by + 1, q - 2, q)
    bx = pow(xx, (q + 3) // 8, q)
    if (bx * bx - xx) % q:
        bx = bx * I % q
    if bx % 2:
        bx = q - bx

    def add(P, Q):
        x1, y1 = P
        x2, y2 = Q
        t = d * x1 * x2 * y1 * y2
        return ((x1 * y2 + x2 * y1) * pow(1 + t, q - 2, q) % q, (y1 * y2 + x1 * x2) * pow(1 - t, q - 2, q) % q)
    h = hashlib.sha512(sk).digest()
    a = 2 ** 254 + sum(2 ** i * ((h[i // 8] >> (i % 8)) & 1) for i in range(3, 254))
    R, P = (0, 1), (bx, by)
    while a:
        if a & 1:
            R = add(R, P)
        P = add(P, P)
        a >>= 1
    return (R[1] | ((R[0] & 1) << 255)).to_bytes(32, 'little')


def build():
    rng = random.Random(SEED)
    recs = []
    for cls in sorted(BASE):
        for kind in sorted(BASE[cls]):
            f = BASE[cls][kind]
            body = f(rng)
            if kind == 'scram_client_nonce_exchange_log':
                cn = body.split('r=')[1].split('\n')[0]
                body = body.replace('r=%s', 'r=' + cn, 1)
            recs.append({'class': cls, 'container': kind, 'text': body, 'source': 'negative'})
            for wname in sorted(WRAPPERS):
                b2 = f(rng)
                if kind == 'scram_client_nonce_exchange_log':
                    cn = b2.split('r=')[1].split('\n')[0]
                    b2 = b2.replace('r=%s', 'r=' + cn, 1)
                recs.append({'class': cls, 'container': '%s__%s' % (kind, wname), 'text': WRAPPERS[wname](rng, b2), 'source': 'negative'})
    for kind in sorted(DOCS):
        recs.append({'class': 'vendor_documentation_value', 'container': kind, 'text': DOCS[kind][0], 'source': 'negative'})
    return recs
