"""Hard negatives: 16 classes, every container kind new."""
import base64, hashlib, hmac, random, struct
from common import rs, HEXL, ALNUM, B64U, uuid4, b64url_json, LOWALNUM as LOW

B64A = ALNUM + '+/'


def b64r(r, n):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


K = {}
K['base64_non_secret_payload'] = {
 'css_font_face_woff2_data_uri': lambda r: '@font-face {\n  font-family: "Icons";\n  src: url(data:font/woff2;base64,d09GMgABAAAA' + b64r(r, 90) + ') format("woff2");\n}\n',
 'protobuf_any_value_base64_json': lambda r: '{"@type": "type.googleapis.com/acme.v1.Event", "value": "' + b64r(r, 48) + '"}\n',
 'mime_inline_png_attachment_part': lambda r: 'Content-Type: image/png; name="chart.png"\nContent-Transfer-Encoding: base64\n\niVBORw0KGgoAAAANSUhEUgAA' + b64r(r, 54) + '\n',
}
K['ciphertext_or_sealed_value'] = {
 'ansible_vault_inline_vaulttext': lambda r: 'db_password: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  ' + '\n  '.join(rs(r, HEXL, 80) for _ in range(4)) + '\n',
 'sops_encrypted_yaml_enc_value': lambda r: 'api_token: ENC[AES256_GCM,data:' + b64r(r, 30) + ',iv:' + b64r(r, 32) + ',tag:' + b64r(r, 16) + ',type:str]\nsops:\n  version: 3.8.1\n',
 'jwe_compact_five_part_token': lambda r: 'session=' + b64url_json({'alg': 'RSA-OAEP-256', 'enc': 'A256GCM'}) + '.' + rs(r, B64U, 342) + '.' + rs(r, B64U, 16) + '.' + rs(r, B64U, 40) + '.' + rs(r, B64U, 22) + '\n',
}
K['code_identifier_lookalike'] = {
 'graphql_schema_password_fields': lambda r: 'input ResetPasswordInput {\n  resetToken: String!\n  newPassword: String!\n  confirmNewPassword: String!\n}\n',
 'java_enum_credential_kinds': lambda r: 'public enum CredentialKind {\n    API_KEY, ACCESS_TOKEN, CLIENT_SECRET, PRIVATE_KEY_PEM, PASSWORD_HASH\n}\n',
 'i18n_yaml_password_prompts': lambda r: 'en:\n  auth:\n    password_label: "Password"\n    secret_key_hint: "Paste your secret key"\n    token_expired: "Your token has expired"\n',
}
K['digest_or_checksum'] = {
 'cargo_lock_checksum_lines': lambda r: ''.join(f'[[package]]\nname = "{n}"\nversion = "{r.randint(0, 3)}.{r.randint(0, 20)}.{r.randint(0, 9)}"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "{rs(r, HEXL, 64)}"\n\n' for n in r.sample(['serde', 'tokio', 'anyhow', 'rand', 'regex', 'bytes'], 2)),
 'go_sum_h1_hash_lines': lambda r: ''.join(f'github.com/{m} v1.{r.randint(0, 9)}.{r.randint(0, 9)} h1:{b64r(r, 32)}\n' for m in r.sample(['spf13/cobra', 'google/uuid', 'pkg/errors', 'stretchr/testify'], 3)),
 'docker_pull_digest_output': lambda r: f'$ docker pull nginx:1.25\nDigest: sha256:{rs(r, HEXL, 64)}\nStatus: Downloaded newer image for nginx:1.25\n',
}
K['license_or_serial_identifier'] = {
 'isbn13_reading_list': lambda r: ''.join(f'- 978{rs(r, "0123456789", 10)}  ({t})\n' for t in ('Designing Data-Intensive Applications', 'The Pragmatic Programmer', 'Refactoring')),
 'vin_fleet_inventory_csv': lambda r: 'unit,vin,plate\n' + ''.join(f'{i},{rs(r, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789", 17)},B-{r.randint(1000, 9999)}\n' for i in range(1, 4)),
 'imei_device_register': lambda r: 'Device register (warehouse)\n' + ''.join(f'handset {i}: IMEI {rs(r, "0123456789", 15)}\n' for i in range(1, 4)),
}
K['masked_partial_value'] = {
 'card_payment_receipt_last_four': lambda r: f'RECEIPT #{r.randint(10000, 99999)}\nVISA **** **** **** {r.randint(1000, 9999)}\nAUTH CODE: {rs(r, "0123456789", 6)}\n',
 'gitlab_ci_job_log_masked_tokens': lambda r: f'$ curl -H "PRIVATE-TOKEN: [MASKED]" https://gitlab.corp.example/api/v4/projects/{r.randint(10, 999)}\n$ echo $DEPLOY_KEY\n[MASKED]\n',
 'ansible_no_log_censored_output': lambda r: 'TASK [create db user] ****\nok: [db01] => {"censored": "the output has been hidden due to the fact that \'no_log: true\' was specified for this result", "changed": false}\n',
}
K['opaque_random_identifier'] = {
 'mongodb_objectid_log_lines': lambda r: ''.join(f'2024-03-0{i} INFO order {rs(r, HEXL, 24)} shipped\n' for i in range(1, 4)),
 'ulid_event_ids_jsonl': lambda r: ''.join('{"event_id": "01H' + rs(r, '0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23) + '", "kind": "click"}\n' for _ in range(3)),
 'stripe_object_ids_list': lambda r: f'customer: cus_{rs(r, ALNUM, 14)}\npayment_intent: pi_3{rs(r, ALNUM, 23)}\ncharge: ch_3{rs(r, ALNUM, 23)}\n',
}
K['password_prose_no_value'] = {
 'it_newsletter_password_manager_tip': lambda r: 'IT tip of the month: use the company password manager, turn on two-factor login, and never paste a password into chat, not even to us.\n',
 'changelog_entry_password_reset_fix': lambda r: f'## {r.randint(2, 4)}.{r.randint(0, 9)}.{r.randint(0, 9)}\n- Fixed: password reset e-mails were sent twice.\n- Changed: API tokens now expire after 90 days.\n',
 'podcast_transcript_password_hygiene': lambda r: 'HOST: So what is the one thing listeners should change today?\nGUEST: Stop reusing passwords. Pick a long passphrase for the manager and let it generate the rest.\n',
}
K['placeholder_or_redacted'] = {
 'helm_values_changeme_defaults': lambda r: 'auth:\n  adminPassword: "changeme"\n  apiKey: ""\n  existingSecret: ""\n',
 'env_example_angle_placeholders': lambda r: '# .env.example\nSTRIPE_SECRET_KEY=<your-stripe-secret-key>\nDATABASE_URL=postgres://<user>:<password>@localhost:5432/<db>\n',
 'k8s_secret_manifest_replace_me': lambda r: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\nstringData:\n  API_TOKEN: REPLACE_ME\n  DB_PASSWORD: REPLACE_ME\n',
}
K['public_key_or_certificate'] = {
 'ssh_known_hosts_ed25519_lines': lambda r: ''.join(f'{h} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(r, B64A, 43)}\n' for h in ('git.corp.example', '10.0.0.7')),
 'wireguard_peer_public_key_conf': lambda r: f'[Peer]\nPublicKey = {b64r(r, 32)}\nAllowedIPs = 10.8.0.{r.randint(2, 250)}/32\nEndpoint = vpn.corp.example:51820\n',
 'age_recipient_public_keys': lambda r: '# recipients.txt\n' + ''.join('age1' + rs(r, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58) + '\n' for _ in range(2)),
}
K['publishable_client_key'] = {
 'stripe_publishable_key_checkout_js': lambda r: f"const stripe = Stripe('pk_live_51{rs(r, ALNUM, 97)}');\nstripe.redirectToCheckout({{ sessionId }});\n",
 'firebase_web_config_apikey': lambda r: f'const firebaseConfig = {{\n  apiKey: "AIza{rs(r, B64U, 35)}",\n  authDomain: "shop-{r.randint(100, 999)}.firebaseapp.com",\n  projectId: "shop-{r.randint(100, 999)}",\n}};\n',
 'sentry_browser_dsn_public_key': lambda r: f"Sentry.init({{ dsn: 'https://{rs(r, HEXL, 32)}@o{r.randint(10**5, 10**6)}.ingest.sentry.io/{r.randint(10**6, 10**7)}' }});\n",
}
K['secret_store_reference'] = {
 'kubernetes_secretkeyref_env': lambda r: 'env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-creds\n        key: password\n',
 'github_actions_secrets_context_refs': lambda r: '      - run: ./deploy.sh\n        env:\n          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n',
 'azure_keyvault_reference_appsetting': lambda r: f'{{ "name": "StripeKey", "value": "@Microsoft.KeyVault(SecretUri=https://kv-{r.randint(100, 999)}.vault.azure.net/secrets/stripe-key/)" }}\n',
}
K['test_fixture_fake_credential'] = {
 'pytest_fixture_fake_api_key': lambda r: f'@pytest.fixture\ndef api_key():\n    return "fake-api-key-for-tests-{r.randint(1, 99)}"\n',
 'rspec_let_dummy_password': lambda r: f"let(:password) {{ 'dummy-spec-password-{r.randint(1, 99)}' }}\n",
 'storybook_mock_auth_token': lambda r: f"export const LoggedIn = {{ args: {{ token: 'mock-storybook-token-{r.randint(1, 99)}' }} }};\n",
}
K['url_or_anchor_lookalike'] = {
 'youtube_watch_links': lambda r: ''.join(f'https://www.youtube.com/watch?v={rs(r, B64U, 11)}\n' for _ in range(3)),
 'google_docs_share_links': lambda r: f'Spec: https://docs.google.com/document/d/1{rs(r, B64U, 43)}/edit?usp=sharing\n',
 'git_commit_permalinks': lambda r: ''.join(f'https://git.corp.example/platform/api/commit/{rs(r, HEXL, 40)}\n' for _ in range(2)),
}
K['version_or_build_string'] = {
 'pip_freeze_pinned_list': lambda r: ''.join(f'{p}=={r.randint(0, 5)}.{r.randint(0, 30)}.{r.randint(0, 9)}\n' for p in ('requests', 'urllib3', 'cryptography', 'pydantic')),
 'chrome_user_agent_strings': lambda r: f'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{r.randint(110, 125)}.0.{r.randint(1000, 6999)}.{r.randint(10, 200)} Safari/537.36\n',
 'android_getprop_build_fingerprint': lambda r: f'ro.build.fingerprint=google/oriole/oriole:14/AP1A.{r.randint(240000, 249999)}.{r.randint(1, 20):03d}/{r.randint(10**7, 10**8)}:user/release-keys\n',
}

K['base64_non_secret_payload']['webauthn_client_data_json_b64'] = lambda r: '{"clientDataJSON": "' + base64.urlsafe_b64encode(('{"type":"webauthn.get","challenge":"' + rs(r, B64U, 43) + '","origin":"https://shop.example"}').encode()).decode().rstrip('=') + '"}\n'
K['ciphertext_or_sealed_value']['kms_encrypted_env_lambda_console'] = lambda r: 'Environment variables (encrypted at rest with aws/lambda)\nDB_PASSWORD  AQICAHh' + b64r(r, 120) + '\n'
K['code_identifier_lookalike']['terraform_variable_sensitive_declarations'] = lambda r: 'variable "db_password" {\n  type      = string\n  sensitive = true\n}\nvariable "api_token" {\n  type      = string\n  sensitive = true\n}\n'
K['digest_or_checksum']['git_lfs_pointer_oid'] = lambda r: f'version https://git-lfs.github.com/spec/v1\noid sha256:{rs(r, HEXL, 64)}\nsize {r.randint(10**5, 10**8)}\n'
K['license_or_serial_identifier']['iban_payee_list_csv'] = lambda r: 'payee,iban\n' + ''.join(f'{n},DE{r.randint(10, 99)}{rs(r, "0123456789", 18)}\n' for n in ('Stadtwerke', 'Hausverwaltung'))
K['masked_partial_value']['aws_iam_console_access_key_tail'] = lambda r: f'Access keys\nAKIA************{rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 4)}   Active   Created 2024-02-{r.randint(10, 28)}\nSecret access key: not shown again\n'
K['opaque_random_identifier']['aws_request_id_log_lines'] = lambda r: ''.join(f'START RequestId: {uuid4(r)} Version: $LATEST\n' for _ in range(2))
K['password_prose_no_value']['parent_group_chat_wifi_question'] = lambda r: 'Does anyone know the Wi-Fi password for the school hall? I asked at the desk but they said to check the newsletter.\n'
K['placeholder_or_redacted']['incident_report_redacted_token_note'] = lambda r: 'Incident 2024-03: a bot token (xoxb-REDACTED) was posted in #general and revoked within 4 minutes.\n'
K['public_key_or_certificate']['jwks_json_rsa_modulus'] = lambda r: '{"keys": [{"kty": "RSA", "kid": "' + rs(r, HEXL, 16) + '", "use": "sig", "alg": "RS256", "e": "AQAB", "n": "' + rs(r, B64U, 342) + '"}]}\n'
K['publishable_client_key']['mapbox_gl_public_token_init'] = lambda r: "mapboxgl.accessToken = 'pk." + b64url_json({'u': 'acme', 'a': rs(r, LOW, 25)}) + '.' + rs(r, B64U, 22) + "';\n"
K['secret_store_reference']['doppler_run_command_wrapper'] = lambda r: '$ doppler run --project api --config prd -- npm start\n> api@1.4.0 start\n> node server.js\n'
K['test_fixture_fake_credential']['phpunit_dataprovider_fake_passwords'] = lambda r: f"public static function passwords(): array {{\n    return [['not-a-real-secret-{r.randint(1, 99)}'], ['example-only-{r.randint(1, 99)}']];\n}}\n"
K['url_or_anchor_lookalike']['figma_file_share_urls'] = lambda r: f'https://www.figma.com/design/{rs(r, ALNUM, 22)}/Checkout-flow?node-id={r.randint(1, 999)}-{r.randint(1, 9999)}\n'
K['version_or_build_string']['dotnet_info_commit_hash'] = lambda r: f'.NET SDK:\n Version:   8.0.{r.randint(100, 399)}\n Commit:    {rs(r, HEXL, 10)}\n Workload version: 8.0.{r.randint(100, 399)}-manifests.{rs(r, HEXL, 8)}\n'


def rfc4226_hotp(secret, counter):
    h = hmac.new(secret, struct.pack('>Q', counter), hashlib.sha1).digest()
    o = h[-1] & 15
    return '%06d' % ((int.from_bytes(h[o:o + 4], 'big') & 0x7fffffff) % 10**6)


DOCS = {
 'rfc6749_client_credentials_example': ('7Fjfp0ZBr1KtDRbnfVdmIw', 'RFC 6749 §2.3.1 shows client authentication in the request body:\n\n    client_id=s6BhdRkqt3&client_secret=7Fjfp0ZBr1KtDRbnfVdmIw\n\nThe spec discourages this form.\n'),
 'rfc4226_hotp_test_secret_vectors': ('12345678901234567890', None),
 'rfc3962_pbkdf2_athena_vector': ('ATHENA.MIT.EDUraeburn', None),
 'redis_conf_requirepass_foobared_sample': ('foobared', '# From the sample redis.conf shipped with Redis:\n# requirepass foobared\n'),
 'minio_default_minioadmin_credentials': ('minioadmin', 'MinIO quickstart: log in to the console with the default minioadmin / minioadmin and change it before exposing the server.\n'),
}
DOC_VALUES = {k: v[0] for k, v in DOCS.items()}


def doc_text(kind):
    if kind == 'rfc4226_hotp_test_secret_vectors':
        s = b'12345678901234567890'
        return 'RFC 4226 Appendix D test values, secret = "12345678901234567890" (ASCII):\n' + ''.join(f'  count {c}: HOTP {rfc4226_hotp(s, c)}\n' for c in range(3))
    if kind == 'rfc3962_pbkdf2_athena_vector':
        dk = hashlib.pbkdf2_hmac('sha1', b'password', b'ATHENA.MIT.EDUraeburn', 1, 16).hex()
        return 'RFC 3962 Appendix B, iteration count 1, pass phrase "password", salt "ATHENA.MIT.EDUraeburn":\n  128-bit PBKDF2 output: ' + ' '.join(dk[i:i + 2] for i in range(0, 32, 2)) + '\n'
    return DOCS[kind][1]


def recomputed_ok():
    s = b'12345678901234567890'
    return ([rfc4226_hotp(s, c) for c in range(3)] == ['755224', '287082', '359152'] and
            hashlib.pbkdf2_hmac('sha1', b'password', b'ATHENA.MIT.EDUraeburn', 1, 16).hex() == 'cdedb5281bb2f801565a1122b2563515')


WRAPPERS = {
 'in_github_details_block': lambda t: '<details><summary>output</summary>\n\n```\n' + t + '```\n</details>\n',
 'in_mailing_list_digest_entry': lambda t: 'Today\'s Topics:\n   3. Re: config question (Sam)\n------------------------------\nMessage: 3\n\n' + t + '\n------------------------------\n',
}


def build(seed=30006):
    r = random.Random(seed)
    recs = []
    for cls in sorted(K):
        for kind in sorted(K[cls]):
            recs.append({'class': cls, 'container': kind, 'text': K[cls][kind](r), 'source': 'negative'})
            for w in sorted(WRAPPERS):
                recs.append({'class': cls, 'container': f'{kind}__{w}', 'text': WRAPPERS[w](K[cls][kind](r)), 'source': 'negative'})
    for kind in sorted(DOCS):
        recs.append({'class': 'vendor_documentation_value', 'container': kind, 'text': doc_text(kind), 'source': 'negative'})
    return recs
