"""Hard negatives: 16 classes; 75 base kinds x 3 (plain + two wrappers) + 10 documentation values."""
import base64, hashlib, hmac, json, random, struct, zlib
from common import *

SEED = 25006
WRAP = {
 'in_jira_ticket_comment': lambda body, r: 'PLAT-%d · comment by %s\n\nFYI, this is what I found while checking the ticket:\n\n{noformat}\n%s{noformat}\n' % (r.randint(1000, 9999), r.choice(['d.okafor', 'mhansen', 'yuki.t', 'bgarcia']), body),
 'in_notion_team_wiki': lambda body, r: '# Platform wiki / Reference\n\n> Last edited by %s\n\n```\n%s```\n\nNothing in this block is a credential.\n' % (r.choice(['Ines', 'Tomasz', 'Aiyana', 'Chidi']), body),
}


def isbn13(r):
    d = [9, 7, 8] + [r.randrange(10) for _ in range(9)]
    c = (10 - sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10
    s = ''.join(map(str, d + [c]))
    return '%s-%s-%s-%s-%s' % (s[:3], s[3], s[4:8], s[8:12], s[12])


def ean13(r):
    d = [4] + [r.randrange(10) for _ in range(11)]
    c = (10 - sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10
    return ''.join(map(str, d + [c]))


def _sshrsa(r):
    def st(b): return len(b).to_bytes(4, 'big') + b
    n = (r.getrandbits(2048) | (1 << 2047) | 1).to_bytes(256, 'big')
    return 'ssh-rsa ' + b64(st(b'ssh-rsa') + st(b'\x01\x00\x01') + st(b'\x00' + n))


def _spki_p256(r):
    der = tlv(0x30, tlv(0x30, OID_EC + OID_P256) + tlv(0x03, b'\x00\x04' + rbytes(r, 64)))
    s = b64(der)
    return '-----BEGIN PUBLIC KEY-----\n%s\n%s\n-----END PUBLIC KEY-----' % (s[:64], s[64:])


def _armor(label, r, n):
    s = b64(rbytes(r, n))
    return '-----BEGIN %s-----\n%s\n-----END %s-----' % (label, '\n'.join(s[i:i + 64] for i in range(0, len(s), 64)), label)


def _ulid(r):
    return '01J' + rs(r, '0123456789ABCDEFGHJKMNPQRSTVWXYZ', 23)


def _uuid7(r):
    h = '%012x' % r.randint(0x0190000000000, 0x019a000000000) + '7' + hx(r, 3) + r.choice('89ab') + hx(r, 15)
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


K = {
 # publishable_client_key
 ('publishable_client_key', 'posthog_project_key_init'): lambda r: "posthog.init('phc_%s', {\n  api_host: 'https://eu.i.posthog.com',\n  person_profiles: 'identified_only',\n})\n" % an(r, 43),
 ('publishable_client_key', 'clerk_publishable_key_next_env'): lambda r: "# .env.local (safe to expose, it ships in the browser bundle)\nNEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_%s\n" % b64(('clerk.%s.example$' % rs(r, LOW, 7)).encode()).rstrip('='),
 ('publishable_client_key', 'mapbox_public_token_gl_js'): lambda r: "mapboxgl.accessToken = 'pk.%s.%s';\nconst map = new mapboxgl.Map({ container: 'map', style: 'mapbox://styles/mapbox/streets-v12' });\n" % (b64u(json.dumps({'u': 'acme-' + rs(r, LOW, 5), 'a': rs(r, LOWNUM, 25)}, separators=(',', ':')).encode()), rs(r, B64U, 22)),
 ('publishable_client_key', 'turnstile_site_key_widget'): lambda r: '<form action="/signup" method="post">\n  <div class="cf-turnstile" data-sitekey="0x4AAAAAAA%s" data-theme="light"></div>\n</form>\n' % rs(r, B64U, 14),
 ('publishable_client_key', 'paypal_js_sdk_client_id_script'): lambda r: '<script src="https://www.paypal.com/sdk/js?client-id=A%s&currency=EUR&intent=capture"></script>\n' % rs(r, B64U, 79),
 # public_key_or_certificate
 ('public_key_or_certificate', 'ssh_rsa_authorized_keys_line'): lambda r: 'restrict,command="/usr/local/bin/backup-only" %s backup@%s\n' % (_sshrsa(r), rs(r, LOW, 6)),
 ('public_key_or_certificate', 'minisign_public_key_file'): lambda r: (lambda kid: 'untrusted comment: minisign public key %s\n%s\n' % (kid.hex().upper(), b64(b'Ed' + kid + rbytes(r, 32))))(rbytes(r, 8)),
 ('public_key_or_certificate', 'jwks_endpoint_rsa_public_jwk'): lambda r: json.dumps({'keys': [{'kty': 'RSA', 'use': 'sig', 'alg': 'RS256', 'kid': hx(r, 40), 'n': b64u(b'\xc1' + rbytes(r, 255)), 'e': 'AQAB'}]}, indent=2) + '\n',
 ('public_key_or_certificate', 'cosign_public_key_pem_file'): lambda r: '# cosign.pub — verify images with: cosign verify --key cosign.pub registry.example.com/app:1.4.2\n' + _spki_p256(r) + '\n',
 ('public_key_or_certificate', 'tailscale_status_node_keys'): lambda r: json.dumps({'Self': {'HostName': 'build-' + rs(r, LOW, 4), 'PublicKey': 'nodekey:' + hx(r, 64), 'DiscoKey': 'discokey:' + hx(r, 64), 'TailscaleIPs': ['100.%d.%d.%d' % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254))]}}, indent=2) + '\n',
 # placeholder_or_redacted
 ('placeholder_or_redacted', 'readme_angle_bracket_placeholder'): lambda r: "## Quick start\n\n```bash\nexport %s=<your-api-key-here>\nexport DATABASE_URL=postgres://<user>:<password>@localhost:5432/<db>\n```\n" % r.choice(['OPENAI_API_KEY', 'STRIPE_SECRET_KEY', 'SENDGRID_API_KEY']),
 ('placeholder_or_redacted', 'compose_env_interpolation_required'): lambda r: "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}\n      POSTGRES_USER: ${POSTGRES_USER:-app}\n",
 ('placeholder_or_redacted', 'openapi_security_scheme_example'): lambda r: "components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n      description: Your API key, e.g. `YOUR_API_KEY`\n",
 ('placeholder_or_redacted', 'helm_template_values_reference'): lambda r: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: {{ include "app.fullname" . }}-db\nstringData:\n  password: {{ required "db.password is required" .Values.db.password | quote }}\n',
 ('placeholder_or_redacted', 'terraform_tfvars_example_todo'): lambda r: '# terraform.tfvars.example — copy to terraform.tfvars\nregion      = "eu-central-1"\ndb_password = "TODO-set-in-terraform-cloud"\napi_token   = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"\n',
 # masked_partial_value
 ('masked_partial_value', 'stripe_dashboard_last4_listing'): lambda r: 'NAME              TOKEN               LAST USED\nStandard key      sk_live_...%s     %d min ago\nRestricted (CI)   rk_live_...%s     never\n' % (an(r, 4), r.randint(2, 59), an(r, 4)),
 ('masked_partial_value', 'gh_auth_status_masked_token'): lambda r: "github.com\n  ✓ Logged in to github.com account %s (keyring)\n  - Active account: true\n  - Git operations protocol: https\n  - Token: gho_************************************\n  - Token scopes: 'gist', 'read:org', 'repo', 'workflow'\n" % rs(r, LOW, 7),
 ('masked_partial_value', 'vercel_env_ls_encrypted_column'): lambda r: '> Environment Variables found for acme/%s\n\n name                value        environments   created\n DATABASE_URL        Encrypted    Production     %dd ago\n STRIPE_SECRET_KEY   Encrypted    Production     %dd ago\n' % (rs(r, LOW, 6), r.randint(2, 90), r.randint(2, 90)),
 ('masked_partial_value', 'aws_iam_access_key_last_chars'): lambda r: 'Access keys (1)\n  Access key ID        ****************%s\n  Status               Active\n  Last used            %d days ago (eu-west-1, s3)\n' % (rs(r, UPNUM, 4), r.randint(1, 30)),
 ('masked_partial_value', 'circleci_project_env_masked_ui'): lambda r: 'Environment Variables\n  Name                 Value\n  NPM_TOKEN            xxxx%s\n  SLACK_WEBHOOK_URL    xxxx%s\n' % (an(r, 4), an(r, 4)),
 # digest_or_checksum
 ('digest_or_checksum', 'pip_requirements_hash_pins'): lambda r: 'requests==2.32.3 \\\n    --hash=sha256:%s \\\n    --hash=sha256:%s\n' % (hx(r, 64), hx(r, 64)),
 ('digest_or_checksum', 'sha256sums_release_file'): lambda r: ''.join('%s  app_1.%d.%d_%s.tar.gz\n' % (hx(r, 64), r.randint(0, 9), r.randint(0, 9), p) for p in ('linux_amd64', 'linux_arm64', 'darwin_arm64')),
 ('digest_or_checksum', 'composer_lock_dist_shasum'): lambda r: json.dumps({'name': 'monolog/monolog', 'version': '3.7.0', 'dist': {'type': 'zip', 'url': 'https://api.github.com/repos/Seldaek/monolog/zipball/' + hx(r, 40), 'reference': hx(r, 40), 'shasum': ''}}, indent=4) + '\n',
 ('digest_or_checksum', 'pnpm_lock_integrity_sha512'): lambda r: "  /lodash@4.17.21:\n    resolution: {integrity: sha512-%s==}\n    dev: false\n" % rs(r, B64, 86),
 ('digest_or_checksum', 'nuget_packages_lock_contenthash'): lambda r: json.dumps({'version': 1, 'dependencies': {'net8.0': {'Serilog': {'type': 'Direct', 'requested': '[4.0.1, )', 'resolved': '4.0.1', 'contentHash': rs(r, B64, 86) + '=='}}}}, indent=2) + '\n',
 # opaque_random_identifier
 ('opaque_random_identifier', 'uuid_v7_request_ids_log'): lambda r: ''.join('%s INFO request_id=%s path=/api/orders status=200\n' % ('2026-03-1%dT10:%02d:11Z' % (i, r.randint(0, 59)), _uuid7(r)) for i in range(3)),
 ('opaque_random_identifier', 'ulid_primary_keys_sql'): lambda r: "INSERT INTO events (id, kind) VALUES\n  ('%s', 'signup'),\n  ('%s', 'login');\n" % (_ulid(r), _ulid(r)),
 ('opaque_random_identifier', 'nanoid_short_links_csv'): lambda r: 'slug,target,clicks\n' + ''.join('%s,https://example.com/p/%d,%d\n' % (rs(r, B64U, 21), r.randint(100, 999), r.randint(0, 5000)) for _ in range(3)),
 ('opaque_random_identifier', 'stripe_object_ids_webhook_json'): lambda r: json.dumps({'id': 'evt_' + an(r, 24), 'type': 'payment_intent.succeeded', 'data': {'object': {'id': 'pi_' + an(r, 24), 'customer': 'cus_' + an(r, 14), 'latest_charge': 'ch_' + an(r, 24)}}}, indent=2) + '\n',
 ('opaque_random_identifier', 'aws_ec2_describe_resource_ids'): lambda r: 'INSTANCES  i-0%s  t3.medium  running\nVOLUMES    vol-0%s  gp3  100\nSECURITYGROUPS  sg-0%s  web-sg\n' % (hx(r, 16), hx(r, 16), hx(r, 16)),
 # ciphertext_or_sealed_value
 ('ciphertext_or_sealed_value', 'age_armored_ciphertext'): lambda r: _armor('AGE ENCRYPTED FILE', r, 150) + '\n',
 ('ciphertext_or_sealed_value', 'pgp_armored_message'): lambda r: '-----BEGIN PGP MESSAGE-----\n\n%s\n=%s\n-----END PGP MESSAGE-----\n' % ('\n'.join((lambda s: [s[i:i + 64] for i in range(0, len(s), 64)])(b64(b'\x84\x5e\x03' + rbytes(r, 180)))), b64(rbytes(r, 3))),
 ('ciphertext_or_sealed_value', 'jwe_compact_serialization'): lambda r: 'token=%s.%s.%s.%s.%s\n' % (b64u(b'{"alg":"RSA-OAEP-256","enc":"A256GCM"}'), b64u(rbytes(r, 256)), b64u(rbytes(r, 12)), b64u(rbytes(r, 90)), b64u(rbytes(r, 16))),
 ('ciphertext_or_sealed_value', 'fernet_token_ciphertext'): lambda r: "cipher = Fernet(key_from_kms())\nblob = b'%s'\n" % base64.urlsafe_b64encode(b'\x80' + struct.pack('>Q', r.randint(1700000000, 1760000000)) + rbytes(r, 16) + rbytes(r, 48) + rbytes(r, 32)).decode(),
 ('ciphertext_or_sealed_value', 'aws_kms_encrypt_cli_output'): lambda r: json.dumps({'CiphertextBlob': 'AQICAHh' + rs(r, B64, 180) + '==', 'KeyId': 'arn:aws:kms:eu-west-1:%d:key/%s' % (r.randint(10**11, 10**12 - 1), uuid4(r)), 'EncryptionAlgorithm': 'SYMMETRIC_DEFAULT'}, indent=4) + '\n',
 # password_prose_no_value
 ('password_prose_no_value', 'password_reset_email_template'): lambda r: 'Subject: Reset your password\n\nHi {{first_name}},\n\nSomeone asked to reset the password for your account. If it was you, use the link below within %d minutes. We will never ask you for your password by e-mail.\n' % r.choice([15, 30, 60]),
 ('password_prose_no_value', 'security_awareness_quiz'): lambda r: 'Q%d. Which of these is the safest way to share a database password with a new colleague?\n  a) paste it in the team chat\n  b) send it by e-mail\n  c) share it through the password manager vault\n  d) write it on a sticky note\n' % r.randint(1, 20),
 ('password_prose_no_value', 'sprint_retro_rotation_notes'): lambda r: 'Retro sprint %d\n- Went well: rotated all service account passwords before the audit\n- To improve: the API key rotation runbook is out of date\n- Action: %s owns the token expiry alerts\n' % (r.randint(30, 80), r.choice(['Ama', 'Jonas', 'Mei'])),
 ('password_prose_no_value', 'changelog_entry_password_hashing'): lambda r: '## [%d.%d.0]\n### Security\n- Passwords are now hashed with Argon2id (memory 64 MiB, 3 passes); old bcrypt hashes are upgraded on next login.\n- API tokens are shown only once after creation.\n' % (r.randint(2, 9), r.randint(0, 20)),
 ('password_prose_no_value', 'terms_of_service_account_security_clause'): lambda r: '%d.3 Account security. You are responsible for keeping your password and API keys confidential and for all activity under your account. Notify us without undue delay if you suspect unauthorised use.\n' % r.randint(4, 12),
 # code_identifier_lookalike
 ('code_identifier_lookalike', 'java_header_name_constants'): lambda r: 'public final class Headers {\n    public static final String API_KEY_HEADER = "X-Api-Key";\n    public static final String PASSWORD_PARAM = "password";\n    public static final String SECRET_TOKEN_COOKIE = "__Host-session";\n}\n',
 ('code_identifier_lookalike', 'python_enum_secret_kinds'): lambda r: 'class SecretKind(str, Enum):\n    API_KEY = "api_key"\n    DB_PASSWORD = "db_password"\n    PRIVATE_KEY = "private_key"\n    OAUTH_CLIENT_SECRET = "oauth_client_secret"\n',
 ('code_identifier_lookalike', 'typescript_i18n_password_keys'): lambda r: 'export const en = {\n  "auth.password.label": "Password",\n  "auth.password.tooShort": "Use at least %d characters",\n  "settings.apiToken.regenerate": "Regenerate token",\n};\n' % r.choice([10, 12, 14]),
 ('code_identifier_lookalike', 'graphql_schema_token_fields'): lambda r: 'type Mutation {\n  rotateApiKey(id: ID!): ApiKeyPayload!\n  updatePassword(current: String!, next: String!): Boolean!\n}\n\ntype ApiKeyPayload {\n  keyPrefix: String!\n  lastFour: String!\n}\n',
 ('code_identifier_lookalike', 'protobuf_credential_message_fields'): lambda r: 'message Credential {\n  string secret_ref = 1;  // e.g. "vault:kv/app#token"\n  string password_hash = 2;\n  int64 token_expires_at = 3;\n}\n',
 # url_or_anchor_lookalike
 ('url_or_anchor_lookalike', 'docs_anchor_links_api_keys'): lambda r: 'See https://docs.example.com/authentication#create-a-personal-access-token and https://docs.example.com/security#rotating-api-keys-and-secrets before opening a ticket.\n',
 ('url_or_anchor_lookalike', 'github_blob_permalink_commit'): lambda r: 'The check lives here: https://github.com/acme/%s/blob/%s/src/auth/tokens.py#L%d-L%d\n' % (rs(r, LOW, 6), hx(r, 40), r.randint(10, 50), r.randint(51, 99)),
 ('url_or_anchor_lookalike', 'youtube_playlist_video_ids'): lambda r: 'Onboarding videos: https://www.youtube.com/watch?v=%s&list=PL%s&index=%d\n' % (rs(r, B64U, 11), rs(r, B64U, 32), r.randint(1, 9)),
 ('url_or_anchor_lookalike', 'cdn_hashed_asset_urls'): lambda r: '<link rel="stylesheet" href="/assets/index-%s.css">\n<script type="module" src="https://cdn.example.com/static/js/main.%s.js"></script>\n' % (rs(r, B64U, 8), hx(r, 20)),
 ('url_or_anchor_lookalike', 'google_docs_share_links'): lambda r: 'Design doc: https://docs.google.com/document/d/1%s/edit?usp=sharing\nSheet: https://docs.google.com/spreadsheets/d/1%s/edit#gid=0\n' % (rs(r, B64U, 43), rs(r, B64U, 43)),
 # license_or_serial_identifier
 ('license_or_serial_identifier', 'spdx_license_identifier_headers'): lambda r: '// SPDX-FileCopyrightText: 2026 Acme GmbH\n// SPDX-License-Identifier: %s\n' % r.choice(['Apache-2.0', 'MIT OR Apache-2.0', 'GPL-3.0-or-later WITH Classpath-exception-2.0', 'BSD-3-Clause']),
 ('license_or_serial_identifier', 'windows_kms_client_setup_keys'): lambda r: 'Public KMS client setup keys (GVLK) from the Microsoft docs, used with slmgr /ipk:\n  Windows 10/11 Pro          W269N-WFGWX-YVC9B-4J6C9-T83GX\n  Windows 10/11 Enterprise   NPPR9-FWDCX-D2C8J-H872K-2YT43\n  Windows 10/11 Education    NW6C2-QMPVW-D7KKK-3GKT6-VCFB2\n',
 ('license_or_serial_identifier', 'isbn_bibliography_entries'): lambda r: '@book{ref%d,\n  title = {Security Engineering},\n  isbn  = {%s},\n}\n@book{ref%d,\n  title = {Cryptography Engineering},\n  isbn  = {%s},\n}\n' % (r.randint(1, 99), isbn13(r), r.randint(100, 199), isbn13(r)),
 ('license_or_serial_identifier', 'hardware_asset_serial_inventory'): lambda r: 'asset_tag,model,serial\n' + ''.join('IT-%05d,%s,%s\n' % (r.randint(1, 99999), m, rs(r, UPNUM, 12)) for m in ('MacBook Pro 14', 'ThinkPad T14', 'Dell U2723QE')),
 ('license_or_serial_identifier', 'ean13_barcode_stock_list'): lambda r: 'EAN13          QTY  ITEM\n' + ''.join('%s  %3d  %s\n' % (ean13(r), r.randint(1, 300), it) for it in ('USB-C cable 2m', 'HDMI adapter', 'Keyboard DE')),
 # version_or_build_string
 ('version_or_build_string', 'semver_build_metadata_changelog'): lambda r: 'Released %d.%d.0-rc.%d+build.2026%02d%02d.%s to staging.\n' % (r.randint(1, 9), r.randint(0, 30), r.randint(1, 5), r.randint(1, 12), r.randint(1, 28), hx(r, 7)),
 ('version_or_build_string', 'android_build_fingerprint'): lambda r: 'ro.build.fingerprint=google/husky/husky:14/AP1A.2403%02d.0%d/%d:user/release-keys\n' % (r.randint(1, 28), r.randint(10, 99), r.randint(10000000, 99999999)),
 ('version_or_build_string', 'browser_user_agent_strings'): lambda r: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Safari/537.36\n' % (r.randint(120, 135), r.randint(6000, 7000), r.randint(10, 200)),
 ('version_or_build_string', 'git_describe_long_versions'): lambda r: '$ git describe --long --tags --dirty\nv%d.%d.%d-%d-g%s\n' % (r.randint(0, 3), r.randint(0, 20), r.randint(0, 9), r.randint(1, 80), hx(r, 7)),
 ('version_or_build_string', 'docker_image_tags_calver'): lambda r: 'image: registry.example.com/platform/api:2026.%02d.%02d-%s\n' % (r.randint(1, 12), r.randint(1, 28), hx(r, 7)),
 # secret_store_reference
 ('secret_store_reference', 'vault_agent_inject_annotations'): lambda r: 'metadata:\n  annotations:\n    vault.hashicorp.com/agent-inject: "true"\n    vault.hashicorp.com/role: "%s"\n    vault.hashicorp.com/agent-inject-secret-db: "database/creds/%s-ro"\n' % (rs(r, LOW, 6), rs(r, LOW, 6)),
 ('secret_store_reference', 'doppler_run_command_ref'): lambda r: '$ doppler run --project %s --config prd -- npm start\n' % rs(r, LOW, 6),
 ('secret_store_reference', 'ecs_secrets_ssm_valuefrom'): lambda r: json.dumps({'secrets': [{'name': 'DB_PASSWORD', 'valueFrom': 'arn:aws:ssm:eu-west-1:%d:parameter/prod/db_password' % r.randint(10**11, 10**12 - 1)}]}, indent=2) + '\n',
 ('secret_store_reference', 'external_secrets_remote_ref_yaml'): lambda r: 'apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nspec:\n  data:\n    - secretKey: api-token\n      remoteRef:\n        key: prod/%s\n        property: token\n' % rs(r, LOW, 6),
 ('secret_store_reference', 'gcp_secret_manager_resource_name'): lambda r: 'gcloud run deploy api --set-env-vars=DB_PASSWORD_REF=projects/%d/secrets/db-password/versions/latest\n' % r.randint(10**11, 10**12 - 1),
 # test_fixture_fake_credential
 ('test_fixture_fake_credential', 'pytest_monkeypatch_fake_env'): lambda r: 'def test_charge(monkeypatch):\n    monkeypatch.setenv("STRIPE_SECRET_KEY", "sk_test_fake_not_real_%d")\n    assert charge(100).ok\n' % r.randint(1, 99),
 ('test_fixture_fake_credential', 'vcrpy_cassette_filtered_header'): lambda r: 'interactions:\n- request:\n    headers:\n      Authorization:\n      - DUMMY\n    method: GET\n    uri: https://api.example.com/v1/items?page=%d\n' % r.randint(1, 9),
 ('test_fixture_fake_credential', 'storybook_mock_login_args'): lambda r: "export const Filled = { args: { email: 'test@example.com', password: 'hunter2' } };\n",
 ('test_fixture_fake_credential', 'wiremock_stub_fake_bearer'): lambda r: json.dumps({'request': {'method': 'GET', 'url': '/v1/me', 'headers': {'Authorization': {'equalTo': 'Bearer test-token-%d' % r.randint(1, 99)}}}, 'response': {'status': 200}}, indent=2) + '\n',
 ('test_fixture_fake_credential', 'factory_bot_fake_password'): lambda r: 'FactoryBot.define do\n  factory :user do\n    email { "user%d@example.test" }\n    password { "password" }\n  end\nend\n' % r.randint(1, 99),
 # base64_non_secret_payload
 ('base64_non_secret_payload', 'graphql_relay_global_ids'): lambda r: json.dumps({'data': {'node': {'id': b64(('User:%d' % r.randint(1, 99999)).encode()), 'orders': {'edges': [{'node': {'id': b64(('Order:%d' % r.randint(1, 99999)).encode())}}]}}}}) + '\n',
 ('base64_non_secret_payload', 'cursor_pagination_next_token'): lambda r: json.dumps({'items': [], 'next_cursor': b64(json.dumps({'offset': r.randint(1, 50) * 50, 'sort': 'created_at', 'dir': 'desc'}).encode())}) + '\n',
 ('base64_non_secret_payload', 'svg_data_uri_markdown_badge'): lambda r: '![build](data:image/svg+xml;base64,%s)\n' % b64(('<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="20"><rect width="100%%" height="20" fill="#4c1"/></svg>' % r.randint(80, 120)).encode()),
 ('base64_non_secret_payload', 'saml_authnrequest_redirect_param'): lambda r: 'https://idp.example.com/sso?SAMLRequest=%s&RelayState=%%2Fdashboard\n' % b64(zlib.compress(('<samlp:AuthnRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_%s" Version="2.0" IssueInstant="2026-03-0%dT10:00:00Z"/>' % (hx(r, 32), r.randint(1, 9))).encode())[2:-4]).replace('+', '%2B').replace('/', '%2F').replace('=', '%3D'),
 ('base64_non_secret_payload', 'mobileconfig_payload_icon_data'): lambda r: '<key>PayloadDisplayName</key>\n<string>Wi-Fi (guest)</string>\n<key>Icon</key>\n<data>\n%s\n</data>\n' % b64(b'\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR' + rbytes(r, 60)),
}

# documentation values (one record each); recomputed in build.check_docs()
DOC_TEXT = {
 'rfc2202_hmac_sha1_test_case1': 'RFC 2202 test case 1 (HMAC-SHA1):\n  key  = 0x0b repeated 20 times\n  data = "Hi There"\n  HMAC = 0xb617318655057264e28bc0b6fb378c8ef146be00\n',
 'rfc6238_totp_sha1_seed': 'RFC 6238 appendix B uses the ASCII seed "12345678901234567890" (base32 GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ); at T = 59 s the 8-digit SHA-1 TOTP is 94287082.\n',
 'rfc4226_hotp_secret_table': 'RFC 4226 appendix D: Secret = "12345678901234567890"\n  Count 0 -> 755224\n  Count 1 -> 287082\n',
 'rfc7914_scrypt_password_nacl': 'RFC 7914 section 12: scrypt (P="password", S="NaCl", N=1024, r=8, p=16, dkLen=64) =\nfd ba be 1c 9d 34 72 00 78 56 e7 19 0d 01 e9 fe 7c 6a d7 cb c8 23 78 30 e7 73 76 63 4b 37 31 62 2e af 30 d9 2e 22 a3 88 6f f1 09 27 9d 98 30 da c7 27 af b9 4a 83 ee 6d 83 60 cb df a2 cc 06 40\n',
 'ieee80211i_psk_ieee_password': 'IEEE 802.11i annex H.4 test vector: passphrase "password", SSID "IEEE" -> PSK f42c6fc52df0ebef9ebb4b90b38a5f902e83fe1b135a70e23aed762e9710a12e\n',
 'rfc6749_client_s6bhdrkqt3_example': 'RFC 6749 section 2.3.1 example:\n  Authorization: Basic czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3\n(client_id s6BhdRkqt3, client_secret 7Fjfp0ZBr1KtDRbnfVdmIw)\n',
 'rfc7617_basic_aladdin_example': 'RFC 7617 section 2 example: user-id "Aladdin", password "open sesame":\n  Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\n',
 'rfc2617_digest_mufasa_example': 'RFC 2617 section 3.5 example: username="Mufasa", realm="testrealm@host.com", password "Circle Of Life", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093", uri="/dir/index.html", qop=auth, nc=00000001, cnonce="0a4f113b", response="6629fae49393a05397450978507c4ef1"\n',
 'rabbitmq_guest_default_login': 'RabbitMQ docs: the default user guest / guest can only connect from localhost; create a new user before exposing the management UI on :15672.\n',
 'neo4j_initial_default_login': 'Neo4j docs: the first login uses username neo4j and password neo4j, and you are forced to change it immediately.\n',
}
DOC_VALUES = {'rfc6749_client_s6bhdrkqt3_example': '7Fjfp0ZBr1KtDRbnfVdmIw', 'rfc7617_basic_aladdin_example': 'open sesame',
              'rfc2617_digest_mufasa_example': 'Circle Of Life', 'ieee80211i_psk_ieee_password': 'f42c6fc52df0ebef9ebb4b90b38a5f902e83fe1b135a70e23aed762e9710a12e',
              'rfc2202_hmac_sha1_test_case1': 'b617318655057264e28bc0b6fb378c8ef146be00', 'rfc6238_totp_sha1_seed': 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
              'rfc4226_hotp_secret_table': '12345678901234567890', 'rfc7914_scrypt_password_nacl': 'fd ba be 1c 9d 34 72 00',
              'rabbitmq_guest_default_login': 'guest / guest', 'neo4j_initial_default_login': 'password neo4j'}


def recompute():
    """Return {name: bool}: published values recomputed with the standard library."""
    out = {}
    out['rfc2202_hmac_sha1'] = hmac.new(b'\x0b' * 20, b'Hi There', 'sha1').hexdigest() == 'b617318655057264e28bc0b6fb378c8ef146be00'
    def hotp(key, ctr, digits, algo='sha1'):
        h = hmac.new(key, struct.pack('>Q', ctr), algo).digest(); o = h[-1] & 15
        return str((int.from_bytes(h[o:o + 4], 'big') & 0x7fffffff) % 10 ** digits).zfill(digits)
    seed = b'12345678901234567890'
    out['rfc6238_totp_t59'] = hotp(seed, 59 // 30, 8) == '94287082' and base64.b32encode(seed).decode() == 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'
    out['rfc4226_hotp_0_1'] = hotp(seed, 0, 6) == '755224' and hotp(seed, 1, 6) == '287082'
    out['rfc7914_scrypt'] = hashlib.scrypt(b'password', salt=b'NaCl', n=1024, r=8, p=16, maxmem=64 * 1024 * 1024, dklen=64).hex() == 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b3731622eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640'
    out['ieee80211i_psk'] = hashlib.pbkdf2_hmac('sha1', b'password', b'IEEE', 4096, 32).hex() == 'f42c6fc52df0ebef9ebb4b90b38a5f902e83fe1b135a70e23aed762e9710a12e'
    out['rfc6749_basic'] = b64(b's6BhdRkqt3:7Fjfp0ZBr1KtDRbnfVdmIw') == 'czZCaGRSa3F0Mzo3RmpmcDBaQnIxS3REUmJuZlZkbUl3'
    out['rfc7617_basic'] = b64(b'Aladdin:open sesame') == 'QWxhZGRpbjpvcGVuIHNlc2FtZQ=='
    md5 = lambda s: hashlib.md5(s.encode()).hexdigest()
    ha1 = md5('Mufasa:testrealm@host.com:Circle Of Life'); ha2 = md5('GET:/dir/index.html')
    out['rfc2617_digest'] = md5('%s:dcd98b7102dd2f0e8b11d0f600bfb0c093:00000001:0a4f113b:auth:%s' % (ha1, ha2)) == '6629fae49393a05397450978507c4ef1'
    return out


def build():
    r = random.Random(SEED)
    recs = []
    for (cls, kind) in sorted(K):
        f = K[(cls, kind)]
        recs.append({'class': cls, 'container': kind, 'text': f(r), 'source': 'negative'})
        for w in sorted(WRAP):
            recs.append({'class': cls, 'container': kind + '__' + w, 'text': WRAP[w](f(r), r), 'source': 'negative'})
    for kind in sorted(DOC_TEXT):
        recs.append({'class': 'vendor_documentation_value', 'container': kind, 'text': DOC_TEXT[kind], 'source': 'negative'})
    return recs
