"""Hard negatives in developer-paste containers: 15 classes x 3 base kinds x 4 presentations + 5 documentation values."""
import base64, hashlib, hmac, random
from common import *

SEED = 36006


def _b64(r, n):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


K = {
 "base64_non_secret_payload": [
  ("ipynb_display_data_png_base64", lambda r: "\"outputs\": [{\"data\": {\"image/png\": \"iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB" + _b64(r, 36) + "\"}, \"output_type\": \"display_data\"}]"),
  ("terminal_base64_of_changelog_text", lambda r: "$ echo 'release %d.%d: fixed pagination' | base64\n" % (r.randint(1, 9), r.randint(0, 20)) + base64.b64encode(b"release notes build %d\n" % r.randint(100, 999)).decode()),
  ("chat_preview_thumbnail_data_uri", lambda r: "preview: data:image/gif;base64,R0lGODlhAQABAIAAAP" + _b64(r, 24)),
 ],
 "ciphertext_or_sealed_value": [
  ("sealed_secrets_encrypteddata_yaml", lambda r: "spec:\n  encryptedData:\n    password: AgB" + _b64(r, 120).replace("=", "") + "\n"),
  ("age_armored_file_paste", lambda r: "-----BEGIN AGE ENCRYPTED FILE-----\n" + _b64(r, 48) + "\n" + _b64(r, 30) + "\n-----END AGE ENCRYPTED FILE-----"),
  ("git_crypt_blob_hexdump_head", lambda r: "00000000: 0047 4954 4352 5950 5400 %s  .GITCRYPT.\n" % " ".join(rs(r, HEX, 4) for _ in range(3))),
 ],
 "code_identifier_lookalike": [
  ("review_comment_env_var_names", lambda r: "nit: rename %s to API_TOKEN_SECRET_NAME for consistency with VAULT_PASSWORD_PATH" % r.choice(["GITHUB_TOKEN_ENV_KEY", "DB_PASSWORD_FIELD", "STRIPE_KEY_VAR"])),
  ("secret_getter_function_names", lambda r: "def get_api_key_from_keychain():\n    ...\ndef rotate_access_token_%d():\n    ..." % r.randint(1, 9)),
  ("camelcase_token_fields_diff", lambda r: "-  refreshTokenExpiresAt: number;\n+  refreshTokenExpiresAtMs: number;\n+  passwordResetTokenTtl%d: number;" % r.randint(1, 99)),
 ],
 "digest_or_checksum": [
  ("git_log_oneline_shas", lambda r: "\n".join("%s %s" % (rs(r, HEX, 7), m) for m in ["fix lint", "bump deps", "docs: typo"])),
  ("npm_lockfile_integrity_sha512", lambda r: "\"integrity\": \"sha512-" + _b64(r, 64) + "\""),
  ("cargo_lock_checksum_line", lambda r: "[[package]]\nname = \"serde\"\nversion = \"1.0.%d\"\nchecksum = \"%s\"" % (r.randint(100, 200), rs(r, HEX, 64))),
 ],
 "license_or_serial_identifier": [
  ("ide_about_dialog_license_id", lambda r: "Licensed to Dev Team\nLicense ID: %s\nSubscription is active until June 30, 2025" % rs(r, UP + DIG, 10)),
  ("systeminfo_product_id_line", lambda r: "Product ID:                %s-%s-%s-%s" % (rs(r, DIG, 5), rs(r, DIG, 5), rs(r, DIG, 5), rs(r, UP, 5))),
  ("app_store_receipt_transaction_ids", lambda r: "original_transaction_id: %s\ntransaction_id: %s" % (rs(r, DIG, 15), rs(r, DIG, 15))),
 ],
 "masked_partial_value": [
  ("ci_log_masked_secret_stars", lambda r: "Run ./deploy.sh\n  env:\n    API_TOKEN: ***\n    REGION: eu-west-%d" % r.randint(1, 3)),
  ("token_settings_page_last_four", lambda r: "Personal access tokens\n  ci-bot  ghp_••••••••••••••••%s  expires in %d days" % (rs(r, ALNUM, 4), r.randint(2, 90))),
  ("dashboard_key_reveal_masked_row", lambda r: "Secret key   sk_live_…%s   [Reveal]   created %d days ago" % (rs(r, ALNUM, 4), r.randint(1, 300))),
 ],
 "opaque_random_identifier": [
  ("request_id_uuid_terminal_lines", lambda r: "\n".join("x-request-id: %s" % uuid4(r) for _ in range(2))),
  ("docker_ps_container_ids", lambda r: "CONTAINER ID   IMAGE\n%s   postgres:16\n%s   redis:7" % (rs(r, HEX, 12), rs(r, HEX, 12))),
  ("workflow_run_ids_listing", lambda r: "run %s  completed  success\nrun %s  completed  failure" % (rs(r, DIG, 10), rs(r, DIG, 10))),
 ],
 "password_prose_no_value": [
  ("standup_note_rotation_prose", lambda r: "Standup: rotated the staging DB password yesterday, new one is in the vault under team/%d, ping me if login fails." % r.randint(1, 99)),
  ("commit_message_removed_hardcoded_password", lambda r: "Remove hard-coded password from test config\n\nThe value now comes from the CI secret store (ticket OPS-%d)." % r.randint(100, 999)),
  ("wiki_password_policy_paragraph", lambda r: "Passwords must be at least %d characters, never reused, and never pasted into chat or tickets." % r.randint(12, 16)),
 ],
 "placeholder_or_redacted": [
  ("env_example_angle_placeholders", lambda r: "API_KEY=<your-api-key>\nDB_PASSWORD=<set-me-%d>" % r.randint(1, 99)),
  ("issue_template_redacted_token", lambda r: "Token used: [REDACTED]\nVersion: 2.%d.0" % r.randint(0, 20)),
  ("helm_set_your_password_here", lambda r: "$ helm install app ./chart --set db.password=YOUR_PASSWORD_HERE --set replicas=%d" % r.randint(1, 5)),
 ],
 "public_key_or_certificate": [
  ("authorized_keys_ed25519_entry", lambda r: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + _b64(r, 24)[:43] + " ana@laptop-%d" % r.randint(1, 9)),
  ("openpgp_public_key_block_paste", lambda r: "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ" + _b64(r, 45) + "\n=" + rs(r, ALNUM, 4) + "\n-----END PGP PUBLIC KEY BLOCK-----"),
  ("minisign_public_key_file", lambda r: "untrusted comment: minisign public key %s\nRWQ%s" % (rs(r, HEX.upper(), 16), _b64(r, 39)[:53])),
 ],
 "publishable_client_key": [
  ("stripe_publishable_key_checkout_js", lambda r: "const stripe = Stripe('pk_live_51%s');" % rs(r, ALNUM, 60)),
  ("sentry_dsn_public_key_init", lambda r: "Sentry.init({ dsn: 'https://%s@o%d.ingest.sentry.io/%d' });" % (rs(r, HEX, 32), r.randint(10**5, 10**6), r.randint(10**6, 10**7))),
  ("posthog_project_key_snippet", lambda r: "posthog.init('phc_%s', { api_host: 'https://eu.posthog.com' })" % rs(r, ALNUM, 43)),
 ],
 "secret_store_reference": [
  ("actions_secrets_context_reference", lambda r: "env:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN_%d }}" % r.randint(1, 9)),
  ("ssm_parameter_path_reference", lambda r: "$ aws ssm get-parameter --name /dev/api/db_password_%d --with-decryption --query Parameter.Version" % r.randint(1, 9)),
  ("k8s_secret_key_ref_env", lambda r: "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-creds-%d\n        key: password" % r.randint(1, 9)),
 ],
 "test_fixture_fake_credential": [
  ("jest_mock_env_fake_token", lambda r: "process.env.API_TOKEN = 'fake-token-for-tests-%d';" % r.randint(1, 99)),
  ("rspec_let_dummy_password", lambda r: "let(:password) { 'password%d' }" % r.randint(1, 9)),
  ("compose_test_db_password_test", lambda r: "services:\n  testdb:\n    environment:\n      POSTGRES_PASSWORD: test\n    ports: ['5%03d:5432']" % r.randint(400, 499)),
 ],
 "url_or_anchor_lookalike": [
  ("blob_permalink_commit_sha", lambda r: "https://git.dev.example/acme/api/blob/%s/src/auth.ts#L%d" % (rs(r, HEX, 40), r.randint(1, 300))),
  ("chat_message_permalink", lambda r: "https://acme.slack.example/archives/C%s/p%s" % (rs(r, UP + DIG, 10), rs(r, DIG, 16))),
  ("shared_doc_edit_url_id", lambda r: "https://docs.dev.example/document/d/%s/edit" % rs(r, URLSAFE, 44)),
 ],
 "version_or_build_string": [
  ("node_repl_version_banner", lambda r: "Welcome to Node.js v%d.%d.%d." % (r.randint(18, 22), r.randint(0, 15), r.randint(0, 9))),
  ("pip_freeze_listing", lambda r: "requests==2.%d.0\nurllib3==2.%d.%d" % (r.randint(25, 32), r.randint(0, 2), r.randint(0, 9))),
  ("uname_kernel_build_line", lambda r: "Linux dev-box 6.%d.0-%d-generic #%d-Ubuntu SMP x86_64 GNU/Linux" % (r.randint(1, 9), r.randint(10, 40), r.randint(10, 90))),
 ],
}

WRAP = {
 "in_weechat_paste": lambda r, t: "2024-04-18 10:%02d:00\tana\tlooks harmless to me:\n%s\n" % (r.randint(0, 59), t),
 "in_review_comment_quote": lambda r, t: "Review comment on line %d:\n> %s\n" % (r.randint(1, 400), t.replace("\n", "\n> ")),
 "in_clipboard_entry": lambda r, t: "[clipboard item %d]\ntext=%s\n" % (r.randint(1, 99), t.replace("\n", "\\n")),
}

STRIPE_DOC = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"
BASIC = base64.b64encode(b"Aladdin:open sesame").decode()
HMAC4231 = hmac.new(b"Jefe", b"what do ya want for nothing?", hashlib.sha256).hexdigest()
assert BASIC == "QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
assert HMAC4231 == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
DOCS = [
 ("stripe_api_reference_test_key", "From the Stripe API reference sample request:\ncurl https://api.stripe.com/v1/charges -u %s:" % STRIPE_DOC, STRIPE_DOC),
 ("rfc7617_basic_aladdin_example", "RFC 7617 example: Authorization: Basic %s" % BASIC, BASIC),
 ("rfc4231_hmac_sha256_case_two", "RFC 4231 test case 2 (key \"Jefe\"): HMAC-SHA-256 = %s" % HMAC4231, HMAC4231),
 ("mysql_image_docs_root_password", "From the mysql image docs: docker run --name some-mysql -e MYSQL_ROOT_PASSWORD=my-secret-pw -d mysql:tag", "my-secret-pw"),
 ("postgres_image_docs_password", "From the postgres image docs: docker run --name some-postgres -e POSTGRES_PASSWORD=mysecretpassword -d postgres", "mysecretpassword"),
]


def generate():
    rng = random.Random(SEED)
    out = []
    for cls in sorted(K):
        for base, f in K[cls]:
            out.append((cls, base, f(rng)))
            for w in sorted(WRAP):
                out.append((cls, base + "__" + w, WRAP[w](rng, f(rng))))
    for kind, text, _ in DOCS:
        out.append(("vendor_documentation_value", kind, text))
    return out


BASE_KINDS = [b for c in K for b, _ in K[c]]
DOC_VALUES = [v for _, _, v in DOCS]
